"""Rewriting an older trace in the current format version (``haptrace upgrade``).

A trace is read by the reader of its version (version 1's calls converted to the current
ones by :mod:`tracer.legacy`) and written back in the same form, binary or text, as the
current version; a text trace keeps every line but the magic line and the calls whose
meaning changed, so its comments and layout survive.  :class:`Upgraded` says what was
converted.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from haptrace.catalogue import BY_NAME, ListArg

from . import legacy
from .errors import TraceError
from .model import FORMAT_VERSION
from .reader import TraceReader, read_text, sniff
from .textform import MAGIC, TextFormatter, parse_trace
from .writer import TraceWriter

_CHANGED = {BY_NAME[name].id: name for name in legacy.V1_ARGS}


@dataclass
class Upgraded:
    """What an upgrade read and wrote."""

    source: Path
    output: Path
    form: str  # "binary" or "text"
    version: int  # the version the source was in
    calls: int = 0
    converted: Counter[str] = field(default_factory=Counter)  # calls converted, by name
    truncated: bool = False

    def describe(self) -> str:
        """One paragraph for people: what was read, written and converted."""
        head = (
            f"upgraded {self.source} ({self.form}, format version {self.version}) to"
            f" {self.output} (version {FORMAT_VERSION}): {self.calls} calls"
        )
        if self.version == FORMAT_VERSION:
            return f"{head}; it was already version {FORMAT_VERSION}: rewritten unchanged"
        parts = []
        for name, count in sorted(self.converted.items()):
            lst = BY_NAME[name].arg("extent_start")
            assert isinstance(lst, ListArg)
            if lst.is_input:
                parts.append(
                    f"{count} {name} (extent_start + i << extent_order became a list of"
                    " nr_extents gfns)"
                )
            else:
                parts.append(f"{count} {name} (room 0 for extent_start: nothing written back)")
        if not parts:
            return f"{head}; no call needed converting"
        return f"{head}; converted {', '.join(parts)}"


def upgrade_trace(
    source: str | os.PathLike[str], output: str | os.PathLike[str], *, sync: bool = True
) -> Upgraded:
    """Rewrites the trace at ``source`` as the current format version at ``output``, in
    the same form (binary or text); ``output`` may be ``source``."""
    path, target = Path(source), Path(output)
    if sniff(path) == "text":
        return _upgrade_text(path, target)
    with TraceReader(path) as reader:
        done = Upgraded(path, target, "binary", reader.header.format_version)
        header = replace(reader.header, format_version=FORMAT_VERSION)
        writer = TraceWriter(target, header, sync=sync)
        try:
            for chunk in reader:
                if done.version == legacy.VERSION:  # only version 1's calls changed meaning
                    ids, counts = np.unique(chunk.calls, return_counts=True)
                    for call, count in zip(ids.tolist(), counts.tolist(), strict=True):
                        if call in _CHANGED:
                            done.converted[_CHANGED[call]] += count
                writer.write_chunk(chunk)
            writer.tail_note = reader.tail_note
        except BaseException:
            writer.discard()
            raise
        writer.close()
        done.calls = reader.calls
        done.truncated = reader.truncated
    return done


def _upgrade_text(path: Path, target: Path) -> Upgraded:
    """A text trace rewritten line by line: the magic line, and the lines of the calls
    whose meaning changed, rendered as the current version writes them; every other line
    (header, comments, blank lines, the other calls) stays as it was."""
    text = read_text(path)
    trace = parse_trace(text, str(path))
    done = Upgraded(path, target, "text", trace.header.format_version, len(trace.records))
    if done.version != FORMAT_VERSION:
        lines = text.split("\n")
        lines[0] = MAGIC
        formatter = TextFormatter(trace.header)  # follows the symbols the calls bind
        for record, number in zip(trace.records, trace.record_lines, strict=True):
            line = formatter.record_lines(replace(record, note=""))[-1]
            if done.version == legacy.VERSION and record.call in _CHANGED:
                done.converted[record.spec.name] += 1
                lines[number - 1] = line
        text = "\n".join(lines)
    temporary = target.with_name(target.name + ".incomplete")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise TraceError(f"{target}: cannot write: {exc.strerror or exc}") from None
    return done


__all__ = ["Upgraded", "upgrade_trace"]
