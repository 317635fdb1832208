"""The columnar codec of one chunk (format version 1): :class:`Chunk` <-> chunk map.

A chunk's calls are stored call-major: the records are grouped by call id (a stable sort,
so each group keeps trace order), and each field of each call becomes its own *stream*:
``memshr_nominate_gfn``'s gfns, its handles, ``guest_write``'s values, ...  A stream holds
one kind of value, so it packs tightly: the narrowest of 1, 2, 4 or 8 bytes per value,
delta-coded when that is narrower still (handles are a counter), a single number when
every value is the same (rc 0, errno 0), and byte-shuffled (byte 0 of every value, then
byte 1, ...) so that zstd sees long runs of equal high bytes.  On the mixed workload of
the benchmark this takes 5.5 bytes per call against 8.4 for the same columns in trace order
(docs/trace-format.md, "Measurements").

Stream order in the payload:

1. the call ids, one per call, in trace order;
2. for each call id present, ascending: each argument slot the call has (one value per
   record of that call), then rc (zigzag: 0 -> 0, -1 -> 1, 1 -> 2, ...), then errno, then
   each output slot, holding values only for the records that succeeded (rc != -1).

The map's ``cols`` list gives ``[codec, width, base]`` for each stream in that order; the
value counts follow from the call ids and rc, so the payload carries no lengths.  Decoding
is numpy throughout: one sort of the call ids, then slice writes and one gather per column.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import zstandard

from haptrace.catalogue import CATALOGUE, MAX_ARGS, MAX_OUTPUTS, PROFILES

from .chunk import Chunk
from .errors import TraceCorrupt, TraceError
from .layout import (
    MAX_CHUNK_CALLS,
    MAX_RAW_BYTES_PER_CALL,
    CallTable,
    is_int,
)
from .model import Expectation

PLAIN = 0  # ``width`` bytes per value, shuffled
DELTA = 1  # ``base`` is the first value; then count-1 zigzag steps, shuffled
CONST = 2  # every value is ``base``; no payload bytes
WIDTHS: Mapping[int, np.dtype[Any]] = {
    1: np.dtype("<u1"),
    2: np.dtype("<u2"),
    4: np.dtype("<u4"),
    8: np.dtype("<u8"),
}
DEFAULT_LEVEL = 3  # zstd: level 1 makes 6% larger files, level 9 2% smaller but 3x slower
U64_MAX = 2**64 - 1

_NARGS = np.array([len(c.args) for c in CATALOGUE], dtype=np.intp)
_NOUTS = np.array([len(c.outputs) for c in CATALOGUE], dtype=np.intp)

UInts = npt.NDArray[np.unsignedinteger[Any]]


def _width(high: int) -> int:
    return 1 if high < 1 << 8 else 2 if high < 1 << 16 else 4 if high < 1 << 32 else 8


def _zigzag(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint64]:
    return ((values << 1) ^ (values >> 63)).view(np.uint64)


def _unzigzag(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    # uint64 arithmetic wraps, which is what makes this the exact inverse of _zigzag.
    out: npt.NDArray[np.uint64] = (values >> np.uint64(1)) ^ np.negative(values & np.uint64(1))
    return out


# ---- encoding -------------------------------------------------------------------------------


class ChunkEncoder:
    """Turns chunks into chunk maps.  Not thread-safe (one zstd context)."""

    def __init__(self, level: int = DEFAULT_LEVEL) -> None:
        # The content size lets the reader check sizes before decompressing; the checksum
        # (xxhash64, ~1% of decode time) turns a flipped bit into an error, not bad data.
        self._zstd = zstandard.ZstdCompressor(
            level=level, write_content_size=True, write_checksum=True
        )

    def encode(self, chunk: Chunk) -> dict[str, Any]:
        """The chunk map of a valid chunk (the writer validates first)."""
        n = len(chunk)
        calls = chunk.calls
        counts = np.bincount(calls, minlength=len(CATALOGUE))
        present = np.flatnonzero(counts)
        if len(present) > 1:
            order = np.argsort(calls, kind="stable")
            args, rc = np.take(chunk.args, order, axis=0), np.take(chunk.rc, order)
            errno, outputs = np.take(chunk.errno, order), np.take(chunk.outputs, order, axis=0)
        else:  # one call only: already grouped
            args, rc, errno, outputs = chunk.args, chunk.rc, chunk.errno, chunk.outputs
        cols: list[list[int]] = []
        parts: list[bytes] = []

        def add(values: UInts) -> None:
            col, data = _encode_stream(values)
            cols.append(col)
            parts.append(data)

        add(calls)
        start = 0
        for call in present.tolist():
            end = start + int(counts[call])
            for slot in range(_NARGS[call]):
                add(args[start:end, slot])
            group_rc = rc[start:end]
            add(_zigzag(group_rc))
            add(errno[start:end])
            if _NOUTS[call]:
                succeeded = outputs[start:end][group_rc != -1]
                for slot in range(_NOUTS[call]):
                    add(succeeded[:, slot])
            start = end
        payload = b"".join(parts)
        return {
            "t": "chunk",
            "n": n,
            "raw": len(payload),
            "cols": cols,
            "data": self._zstd.compress(payload),
            "alt": [
                [index, profile, e.rc, e.errno, list(e.outputs)]
                for index, alternatives in sorted(chunk.alternatives.items())
                for profile, e in alternatives.items()
            ],
            "notes": [
                [index, note, remark] for index, (note, remark) in sorted(chunk.notes.items())
            ],
        }


def _encode_stream(values: UInts) -> tuple[list[int], bytes]:
    if len(values) == 0:
        return [CONST, 1, 0], b""
    high = int(values.max())
    low = int(values.min())
    if low == high:
        return [CONST, 1, low], b""
    width = _width(high)
    if width > 1 and len(values) > 2:
        wide = values.astype(np.uint64, copy=False)
        steps = _zigzag(np.diff(wide).view(np.int64))
        delta_width = _width(int(steps.max()))
        if delta_width < width:
            return [DELTA, delta_width, int(wide[0])], _shuffle(steps, delta_width)
    return [PLAIN, width, 0], _shuffle(values, width)


def _shuffle(values: UInts, width: int) -> bytes:
    narrow = np.ascontiguousarray(values, dtype=WIDTHS[width])
    if width == 1:
        return narrow.tobytes()
    planes = narrow.view(np.uint8).reshape(len(narrow), width)
    return b"".join(planes[:, byte].tobytes() for byte in range(width))


# ---- decoding -------------------------------------------------------------------------------


class _Columns:
    """A chunk's columns for n calls, left uninitialised (decoding writes every cell) and
    carved out of one block of memory.

    One block, not five arrays: fresh memory costs a page fault per 4 KiB page on its first
    write, 3-5 ms for the ~7 MB of a 65536-call chunk, several times the decoding itself.
    glibc hands a freed block of this size back for the next allocation, but five smaller
    arrays freed together exceed its trim threshold and go back to the kernel (measured:
    0.9 ms to fill a reused block, 5.2 ms for five fresh arrays).
    """

    BYTES_PER_CALL = 8 * MAX_ARGS + 8 * MAX_OUTPUTS + 8 + 2 + 2

    def __init__(self, n: int, block: npt.NDArray[np.uint8] | None = None) -> None:
        if block is None:
            block = np.empty(n * self.BYTES_PER_CALL, dtype=np.uint8)
        self.block = block
        self.args = block[: 48 * n].view(np.uint64).reshape(n, MAX_ARGS)
        self.outputs = block[48 * n : 96 * n].view(np.uint64).reshape(n, MAX_OUTPUTS)
        self.rc = block[96 * n : 104 * n].view(np.int64)
        self.errno = block[104 * n : 106 * n].view(np.uint16)
        self.calls = block[106 * n : 108 * n].view(np.uint16)

    def head(self, n: int) -> _Columns:
        """The first n rows' worth of this storage, as columns for n calls."""
        return _Columns(n, self.block[: n * self.BYTES_PER_CALL])


class ChunkDecoder:
    """Turns chunk maps of one trace back into validated chunks; TraceCorrupt on any
    inconsistency, TraceError when the trace uses a call this catalogue cannot map."""

    def __init__(self, table: CallTable, source: str) -> None:
        self._table = table
        self._source = source
        self._zstd = zstandard.ZstdDecompressor()
        self._nargs = np.array(table.nargs, dtype=np.intp)
        self._nouts = np.array(table.nouts, dtype=np.intp)
        self._scratch: _Columns | None = None

    def decode(self, obj: Mapping[str, Any], index: int) -> Chunk:
        where = f"{self._source}: chunk {index}"
        n, raw, cols, data = _chunk_fields(obj, where)
        streams = _Streams(self._decompress(data, raw, where), cols, where)
        table = self._table
        file_calls = streams.take(n, high=len(table.names) - 1)
        counts = np.bincount(file_calls.astype(np.intp, copy=False), minlength=len(table.names))
        present = np.flatnonzero(counts)
        mapped = table.remap[present]
        if (mapped < 0).any():
            raise TraceError(f"{where}: {table.problem(int(present[mapped < 0][0]))}")
        final = _Columns(n)
        # Streams come call-major.  With one call in the chunk that is trace order already;
        # otherwise fill scratch columns and gather them into trace order after.
        grouped = final if len(present) == 1 else self._grouped(n)
        grouped.args.fill(0)
        grouped.outputs.fill(0)
        start = 0
        for file_id in present.tolist():
            end = start + int(counts[file_id])
            self._fill_group(grouped, streams, start, end, file_id)
            start = end
        streams.finish()
        if grouped is not final:
            order = np.argsort(file_calls, kind="stable")
            inverse = np.empty(n, dtype=np.intp)
            inverse[order] = np.arange(n)
            # A gather per column: ~5x faster than scattering each stream to its rows.
            # mode="clip" (inverse is a permutation, so nothing is clipped) because with
            # the default "raise", take(out=...) goes through a temporary copy.
            np.take(grouped.args, inverse, axis=0, out=final.args, mode="clip")
            np.take(grouped.outputs, inverse, axis=0, out=final.outputs, mode="clip")
            np.take(grouped.rc, inverse, out=final.rc, mode="clip")
            np.take(grouped.errno, inverse, out=final.errno, mode="clip")
        final.calls[:] = file_calls if table.identity else table.remap[file_calls.astype(np.intp)]
        chunk = Chunk(
            final.calls,
            final.args,
            final.rc,
            final.errno,
            final.outputs,
            _alternatives(obj["alt"], n, where),
            _notes(obj["notes"], n, where),
        )
        problem = chunk.validate()
        if problem is not None:
            raise TraceCorrupt(f"{where}: {problem}")
        return chunk

    def _grouped(self, n: int) -> _Columns:
        """Scratch columns for the call-major order, kept from chunk to chunk (freeing and
        reallocating them costs the page faults _Columns explains)."""
        if self._scratch is None or len(self._scratch.rc) < n:
            self._scratch = _Columns(n)
        return self._scratch.head(n)

    def _fill_group(
        self, columns: _Columns, streams: _Streams, start: int, end: int, file_id: int
    ) -> None:
        """Decode one call's streams into rows start:end (argument and output columns
        zeroed beforehand: one memset is ~5x faster than zeroing the unused slots)."""
        count = end - start
        args = columns.args[start:end]
        for slot in range(self._nargs[file_id]):
            args[:, slot] = streams.take(count)
        rc = columns.rc[start:end]
        rc[:] = _unzigzag(streams.take(count).astype(np.uint64)).view(np.int64)
        columns.errno[start:end] = streams.take(count, high=0xFFFF)
        nouts = int(self._nouts[file_id])
        if not nouts:
            return
        outputs = columns.outputs[start:end]
        succeeded = np.flatnonzero(rc != -1)
        rows = slice(None) if len(succeeded) == count else succeeded
        for slot in range(nouts):
            outputs[rows, slot] = streams.take(len(succeeded))

    def _decompress(self, data: bytes, raw: int, where: str) -> bytes:
        # The size check comes before decompression: a few bytes of zstd can claim
        # gigabytes, and a frame without a size would make zstandard guess.
        try:
            claimed = zstandard.frame_content_size(data)
        except zstandard.ZstdError as exc:
            raise TraceCorrupt(f"{where}: the payload is not a zstd frame ({exc})") from None
        if claimed != raw:
            found = "no size" if claimed < 0 else f"{claimed} bytes"
            raise TraceCorrupt(
                f"{where}: the zstd frame declares {found}, the chunk map {raw} bytes"
            )
        try:
            payload = self._zstd.decompress(data, max_output_size=raw, allow_extra_data=False)
        except zstandard.ZstdError as exc:
            raise TraceCorrupt(f"{where}: the zstd payload does not decompress ({exc})") from None
        if len(payload) != raw:
            raise TraceCorrupt(
                f"{where}: the payload decompressed to {len(payload)} bytes, expected {raw}"
            )
        return payload


def _chunk_fields(obj: Mapping[str, Any], where: str) -> tuple[int, int, list[Any], bytes]:
    expected = {"n": int, "raw": int, "cols": list, "data": bytes, "alt": list, "notes": list}
    for key, kind in expected.items():
        value = obj.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            found = "nothing" if value is None else type(value).__name__
            raise TraceCorrupt(f"{where}: field {key!r} is {found}, expected {kind.__name__}")
    n: int = obj["n"]
    raw: int = obj["raw"]
    if not 1 <= n <= MAX_CHUNK_CALLS:
        raise TraceCorrupt(f"{where} holds {n} calls; a chunk holds 1 to {MAX_CHUNK_CALLS}")
    if not 0 <= raw <= n * MAX_RAW_BYTES_PER_CALL:
        raise TraceCorrupt(
            f"{where}: {raw} payload bytes for {n} calls; at most"
            f" {MAX_RAW_BYTES_PER_CALL} bytes per call are possible"
        )
    return n, raw, obj["cols"], obj["data"]


class _Streams:
    """Reads the payload's streams in order, checking each directory entry and length."""

    def __init__(self, payload: bytes, cols: list[Any], where: str) -> None:
        self.payload = payload
        self.cols = cols
        self.where = where
        self.offset = 0
        self.index = 0

    def take(self, count: int, high: int = U64_MAX) -> UInts:
        """The next stream's ``count`` values; TraceCorrupt if one exceeds ``high``."""
        codec, width, base = self._next_col()
        if codec == CONST:
            values: UInts = np.broadcast_to(np.uint64(base), (count,))  # no copy
            top = base if count else 0
        elif count == 0:
            raise TraceCorrupt(f"{self.where}: stream {self.index - 1} is empty but not CONST")
        elif codec == PLAIN:
            values = self._unshuffle(count, width)
            top = int(values.max()) if high < (1 << 8 * width) - 1 else 0
        else:
            values = np.empty(count, dtype=np.uint64)
            values[0] = base
            np.cumsum(
                _unzigzag(self._unshuffle(count - 1, width).astype(np.uint64)), out=values[1:]
            )
            values[1:] += np.uint64(base)
            top = int(values.max()) if high < U64_MAX else 0
        if top > high:
            raise TraceCorrupt(
                f"{self.where}: stream {self.index - 1} holds {top}, more than its field's"
                f" maximum {high}"
            )
        return values

    def _next_col(self) -> tuple[int, int, int]:
        if self.index >= len(self.cols):
            raise TraceCorrupt(
                f"{self.where}: the stream directory has {len(self.cols)} entries,"
                " fewer than the calls need"
            )
        col = self.cols[self.index]
        self.index += 1
        if (
            not isinstance(col, list)
            or len(col) != 3
            or col[0] not in (PLAIN, DELTA, CONST)
            or col[1] not in WIDTHS
            or not is_int(col[2], 0, U64_MAX)
        ):
            raise TraceCorrupt(
                f"{self.where}: stream {self.index - 1} is described as {col!r},"
                " expected [codec 0-2, width 1/2/4/8, base]"
            )
        return col[0], col[1], col[2]

    def _unshuffle(self, count: int, width: int) -> UInts:
        size = count * width
        if self.offset + size > len(self.payload):
            raise TraceCorrupt(
                f"{self.where}: stream {self.index - 1} needs {size} bytes at offset"
                f" {self.offset}, but the payload has {len(self.payload)}"
            )
        planes = np.frombuffer(self.payload, np.uint8, size, self.offset)
        self.offset += size
        if width == 1:
            return planes
        # One strided write per byte plane: 3x faster than a transposed copy.
        out = np.empty((count, width), dtype=np.uint8)
        for byte in range(width):
            out[:, byte] = planes[byte * count : (byte + 1) * count]
        values: UInts = out.view(WIDTHS[width]).reshape(count)
        return values

    def finish(self) -> None:
        if self.index != len(self.cols) or self.offset != len(self.payload):
            raise TraceCorrupt(
                f"{self.where}: {len(self.cols) - self.index} streams and"
                f" {len(self.payload) - self.offset} payload bytes left over after the last call"
            )


def _alternatives(entries: list[Any], n: int, where: str) -> dict[int, dict[str, Expectation]]:
    out: dict[int, dict[str, Expectation]] = {}
    for entry in entries:
        if (
            not isinstance(entry, list)
            or len(entry) != 5
            or not is_int(entry[0], 0, n - 1)
            or entry[1] not in PROFILES
            or not is_int(entry[2], -(2**63), 2**63 - 1)
            or not is_int(entry[3], 0, 0xFFFF)
            or not isinstance(entry[4], list)
            or len(entry[4]) > MAX_OUTPUTS
            or not all(is_int(v, 0, U64_MAX) for v in entry[4])
        ):
            raise TraceCorrupt(
                f"{where}: alternative {entry!r}, expected"
                f" [index < {n}, profile, rc, errno, [outputs]]"
            )
        out.setdefault(entry[0], {})[entry[1]] = Expectation(entry[2], entry[3], tuple(entry[4]))
    return out


def _notes(entries: list[Any], n: int, where: str) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    for entry in entries:
        if (
            not isinstance(entry, list)
            or len(entry) != 3
            or not is_int(entry[0], 0, n - 1)
            or not isinstance(entry[1], str)
            or not isinstance(entry[2], str)
        ):
            raise TraceCorrupt(f"{where}: note {entry!r}, expected [index < {n}, note, remark]")
        out[entry[0]] = (entry[1], entry[2])
    return out
