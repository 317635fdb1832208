"""Reading traces, binary or text: :func:`open_trace`, :func:`read_trace`, :func:`load_trace`.

:func:`open_trace` streams: it reads the header at once and the calls one chunk at a time
as you iterate, so memory stays flat however long the trace is.  After the iteration,
``truncated`` says whether the file was cut off (a recorder killed mid-run): every complete
chunk was returned, and only the unfinished tail is missing.  With ``strict=True`` a cut-off
file raises :class:`TraceTruncated` at the end instead.

Every trace is untrusted: each error is a :class:`TraceError` (truncated, corrupt,
unsupported version) whose message says what was found and what was expected.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, Protocol, Self

import msgpack

from .chunk import Chunk
from .codec import ChunkDecoder
from .errors import TextFormError, TraceCorrupt, TraceError, TraceTruncated, UnsupportedVersion
from .layout import (
    DEFAULT_CHUNK_CALLS,
    MAGIC,
    MAX_TEXT_BYTES,
    PREAMBLE,
    READABLE_VERSIONS,
    parse_end,
    parse_header,
    read_preamble,
    unpacker,
)
from .model import FORMAT_VERSION, Header, Record, Trace
from .textform import MAGIC as TEXT_MAGIC
from .textform import parse_trace

DEFAULT_MAX_CALLS = 1 << 20  # read_trace/load_trace build one Record per call
_UNPACK_ERRORS = (msgpack.exceptions.UnpackException, ValueError, TypeError)
_TEXT_VERSION = re.compile(r"# haptrace trace v([0-9]+)\s*$")


class TraceStream(Protocol):
    """What :func:`open_trace` returns, for a binary or a text trace alike."""

    path: Path
    kind: Literal["binary", "text"]
    header: Header

    @property
    def truncated(self) -> bool:
        """After iterating: the file was cut off before its end record."""

    @property
    def calls(self) -> int:
        """Calls returned so far."""

    @property
    def tail_note(self) -> str:
        """Comment lines after the last call (known after iterating)."""

    def __iter__(self) -> Iterator[Chunk]: ...

    def close(self) -> None: ...

    def __enter__(self) -> TraceStream: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


class Closing:
    """A context manager whose exit calls close() (the trace readers, the read-ahead)."""

    def close(self) -> None:
        """Release the file (text traces hold none)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class TraceReader(Closing):
    """A binary trace opened for streaming.  Iterate to get its chunks (each iteration
    starts again from the first chunk; one iteration at a time).

    ``header`` is read at once; ``calls``, ``chunks``, ``truncated`` and ``tail_note``
    describe what the last iteration read.  ``table`` maps the file's call ids to this
    catalogue's (chunks come out in this catalogue's ids).
    """

    kind: Literal["binary", "text"] = "binary"

    def __init__(self, path: str | os.PathLike[str], *, strict: bool = False) -> None:
        self.path = Path(path)
        self.strict = strict
        self.truncated = False
        self.calls = 0
        self.chunks = 0
        self.tail_note = ""
        self._source = str(self.path)
        try:
            self._file: IO[bytes] = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise TraceError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        try:
            preamble = read_preamble(self._file, self._source)
            stream = unpacker(self._file)
            try:
                obj = stream.unpack()
            except msgpack.OutOfData:
                raise TraceTruncated(
                    f"{self._source}: the file ends inside the header: the recording was cut"
                    " off before its first call"
                ) from None
            except _UNPACK_ERRORS as exc:
                raise TraceCorrupt(
                    f"{self._source}: the header is not valid msgpack ({exc})"
                ) from None
            self.header, self.table = parse_header(obj, preamble, self._source)
            # Offset of the first chunk: iterations start here.
            self.data_start = PREAMBLE.size + stream.tell()
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()

    def __iter__(self) -> Iterator[Chunk]:
        decoder = ChunkDecoder(self.table, self._source, self.header.format_version)
        self._file.seek(self.data_start)
        stream = unpacker(self._file)
        self.calls = self.chunks = 0
        self.truncated = False
        self.tail_note = ""
        while True:
            try:
                obj = stream.unpack()
            except msgpack.OutOfData:
                self._cut_off(stream.tell())
                return
            except _UNPACK_ERRORS as exc:
                raise TraceCorrupt(
                    f"{self._source}: the object after chunk {self.chunks} is not valid"
                    f" msgpack ({exc})"
                ) from None
            kind = obj.get("t") if isinstance(obj, dict) else None
            if kind == "chunk":
                chunk = decoder.decode(obj, self.chunks)
                self.chunks += 1
                self.calls += len(chunk)
                yield chunk
            elif kind == "end":
                self._end(obj, stream)
                return
            else:
                raise TraceCorrupt(
                    f"{self._source}: after chunk {self.chunks} came {_describe(obj)},"
                    " expected a chunk or the end record"
                )

    def _end(self, obj: dict[str, Any], stream: Any) -> None:
        calls, chunks, self.tail_note = parse_end(obj, self._source)
        if (calls, chunks) != (self.calls, self.chunks):
            raise TraceCorrupt(
                f"{self._source}: the end record counts {calls} calls in {chunks} chunks,"
                f" but the file holds {self.calls} calls in {self.chunks} chunks"
            )
        try:
            found = _describe(stream.unpack())
        except msgpack.OutOfData:
            if self.data_start + stream.tell() == os.fstat(self._file.fileno()).st_size:
                return
            found = "a partial object"
        except _UNPACK_ERRORS:
            found = "bytes that are not msgpack"
        raise TraceCorrupt(f"{self._source}: {found} follows the end record")

    def _cut_off(self, consumed: int) -> None:
        self.truncated = True
        left = os.fstat(self._file.fileno()).st_size - self.data_start - consumed
        if self.strict:
            tail = f" and {left} bytes of an unfinished chunk" if left else ""
            raise TraceTruncated(
                f"{self._source}: the trace was cut off after {self.calls} calls in"
                f" {self.chunks} complete chunks{tail} (no end record); the recorder did not"
                " close it cleanly.  Read it without strict mode to use the complete part"
            )


class TextTraceReader(Closing):
    """A text-form trace (parsed whole: text traces are small), served as chunks."""

    kind: Literal["binary", "text"] = "text"

    def __init__(self, path: Path, trace: Trace) -> None:
        self.path = path
        self.trace = trace
        self.header = trace.header
        self.truncated = False
        self.calls = 0
        self.tail_note = trace.tail_note

    def __iter__(self) -> Iterator[Chunk]:
        self.calls = 0
        records = self.trace.records
        for start in range(0, len(records), DEFAULT_CHUNK_CALLS):
            chunk = Chunk.from_records(records[start : start + DEFAULT_CHUNK_CALLS])
            self.calls += len(chunk)
            yield chunk


def sniff(path: str | os.PathLike[str]) -> Literal["binary", "text"]:
    """Whether ``path`` holds a binary trace (its magic, or a cut-off prefix of it) or text."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(MAGIC))
    except OSError as exc:
        raise TraceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not head:
        raise TraceCorrupt(f"{path}: not a haptrace trace (the file is empty)")
    return "binary" if MAGIC.startswith(head) else "text"


def open_trace(path: str | os.PathLike[str], *, strict: bool = False) -> TraceStream:
    """Open a binary or text trace for streaming: ``.header`` now, chunks as you iterate,
    then ``.truncated`` and ``.calls``.  Use it as a context manager."""
    if sniff(path) == "binary":
        return TraceReader(path, strict=strict)
    return TextTraceReader(Path(path), _parse_text(Path(path)))


def read_trace(
    path: str | os.PathLike[str], *, strict: bool = False, max_calls: int = DEFAULT_MAX_CALLS
) -> Trace:
    """A whole binary trace in memory, one Record per call (for small traces)."""
    with TraceReader(path, strict=strict) as source:
        return _collect(source, max_calls)


def load_trace(
    path: str | os.PathLike[str], *, strict: bool = False, max_calls: int = DEFAULT_MAX_CALLS
) -> Trace:
    """A whole trace in memory from a binary file or a text-form file (told apart by the
    magic bytes)."""
    with open_trace(path, strict=strict) as source:
        return _collect(source, max_calls)


def _collect(source: TraceStream, max_calls: int) -> Trace:
    records: list[Record] = []
    for chunk in source:
        if source.calls > max_calls:
            raise TraceError(
                f"{source.path} holds more than {max_calls} calls, too many to hold as"
                " records; stream it with open_trace() instead"
            )
        records.extend(chunk.records())
    header = source.header
    if source.truncated and header.complete:
        header = replace(header, complete=False)
    return Trace(header, records, source.tail_note)


def read_text(path: str | os.PathLike[str]) -> str:
    """The contents of a text-form file, within the size limit, checked to be UTF-8 and
    of a text-form version this haptrace reads."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise TraceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise TraceCorrupt(
            f"{path}: a text-form trace larger than {MAX_TEXT_BYTES >> 20} MiB, the most the"
            " text reader takes; split it, or keep long traces in the binary form (what"
            " haptrace record writes)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise TraceCorrupt(
            f"{path}: not a haptrace trace (no binary magic {MAGIC!r}, and not UTF-8 text)"
        ) from None
    version = _TEXT_VERSION.match(text.split("\n", 1)[0])
    if version and int(version.group(1)) not in READABLE_VERSIONS:
        newer = int(version.group(1)) > FORMAT_VERSION
        raise UnsupportedVersion(
            f"{path}: text form version {version.group(1)}, but this haptrace reads"
            f" versions {', '.join(map(str, READABLE_VERSIONS))}"
            + ("; upgrade haptrace to read it" if newer else "")
        )
    return text


def _parse_text(path: Path) -> Trace:
    text = read_text(path)
    try:
        return parse_trace(text, source=str(path))
    except TextFormError as exc:
        if _TEXT_VERSION.match(text.split("\n", 1)[0]):
            raise
        raise TraceCorrupt(
            f"not a haptrace trace: {path} starts with neither the binary magic nor"
            f" {TEXT_MAGIC!r}, and does not parse as the text form ({exc})"
        ) from None


def _describe(obj: object) -> str:
    if isinstance(obj, dict):
        return f"a map of type {obj.get('t')!r}"
    return f"a {type(obj).__name__}"


__all__ = [
    "TextTraceReader",
    "TraceReader",
    "TraceStream",
    "load_trace",
    "open_trace",
    "read_text",
    "read_trace",
    "sniff",
]
