"""The trace format's public API: open, read, load and write traces.

    from tracer.format import TraceWriter, open_trace

    with TraceWriter("run.trace", header) as writer:   # PATH.incomplete until closed
        writer.write_batch(calls, results)
    with open_trace("run.trace") as trace:              # binary or text form
        for chunk in trace:                             # one columnar Chunk at a time
            ...
        trace.truncated                                 # the recording was cut off

The byte layout, every limit and the version policy are in docs/trace-format.md; the code
is split by job: :mod:`tracer.layout` (preamble, header, limits), :mod:`tracer.codec`
(chunk columns), :mod:`tracer.writer` and :mod:`tracer.reader`.
"""

from .layout import DEFAULT_CHUNK_CALLS, MAGIC, MAX_CHUNK_CALLS, READABLE_VERSIONS
from .model import FORMAT_VERSION
from .reader import (
    TextTraceReader,
    TraceReader,
    TraceStream,
    load_trace,
    open_trace,
    read_text,
    read_trace,
    sniff,
)
from .writer import TraceWriter, incomplete_path

__all__ = [
    "DEFAULT_CHUNK_CALLS",
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_CHUNK_CALLS",
    "READABLE_VERSIONS",
    "TextTraceReader",
    "TraceReader",
    "TraceStream",
    "TraceWriter",
    "incomplete_path",
    "load_trace",
    "open_trace",
    "read_text",
    "read_trace",
    "sniff",
]
