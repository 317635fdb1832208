"""The columnar codec of one chunk (format version 2, and version 1 for reading): :class:`Chunk`
<-> chunk map.

A chunk's calls are stored call-major: the records are grouped by call id (a stable sort,
so each group keeps trace order), and each field of each call becomes its own *stream*:
``memshr_nominate_gfn``'s gfns, its handles, ``guest_write``'s values, the gfns of every
``decrease_reservation``'s extent list, ...  A stream holds one kind of value, so it packs
tightly: the narrowest of 1, 2, 4 or 8 bytes per value, delta-coded when that is narrower
still (handles are a counter), a single number when every value is the same (rc 0, errno
0, the caller), and byte-shuffled (byte 0 of every value, then byte 1, ...) so that zstd
sees long runs of equal high bytes.  On the mixed workload of the benchmark this takes 5.5
bytes per call against 8.4 for the same columns in trace order (docs/trace-format.md,
"Measurements").

Stream order in the payload (version 2):

1. the call ids, one per call, in trace order; then each call's caller and vcpu;
2. for each call id present, ascending: each argument slot the call has (one value per
   record of that call; a list's slot holds its element count, or an OUT list's room),
   then for each list the caller fills, one stream per element field holding the elements
   of the group's lists one list after another; rc (zigzag: 0 -> 0, -1 -> 1, 1 -> 2, ...),
   errno, each output slot, holding values only for the records that succeeded (rc !=
   -1), and for each list the call writes, one stream per element field, for every record.

The map's ``cols`` list gives ``[codec, width, base]`` for each stream in that order and
``pool`` the list words the chunk holds; the value counts follow from the call ids, the
counts and rc, so the payload carries no lengths.  Version 1 had no caller streams and no
lists.  Encoding is numpy; decoding is one C call per chunk (csrc/codec.c), which checks
every stream against the directory, the payload, the fields' widths and the lists' limits,
and writes the columns in trace order and the lists into the pool.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import zstandard

from haptrace.binding import codec as engine_codec
from haptrace.binding.codec import DecodeError
from haptrace.catalogue import CATALOGUE, MAX_ARGS, MAX_OUTPUTS, PROFILES, ListArg
from haptrace.errors import brief

from . import legacy
from .chunk import COUNT_MASK, Chunk, check_output_lists, element_words
from .entry_calls import map_entry_calls
from .errors import TraceCorrupt, TraceError
from .layout import (
    MAX_CHUNK_CALLS,
    MAX_CHUNK_POOL_WORDS,
    MAX_RAW_BYTES_PER_CALL,
    MAX_RAW_BYTES_PER_CALL_V1,
    MAX_RAW_BYTES_PER_WORD,
    CallTable,
    is_int,
)
from .model import FORMAT_VERSION, Expectation, undef_problem

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
# Per call: (slot, list) of the lists the caller fills, and of those the call writes.
_INPUT_LISTS = tuple(
    tuple((s, a) for s, a in enumerate(c.args) if isinstance(a, ListArg) and a.is_input)
    for c in CATALOGUE
)
_OUTPUT_LISTS = tuple(
    tuple((s, a) for s, a in enumerate(c.args) if isinstance(a, ListArg) and a.is_output)
    for c in CATALOGUE
)
# Per call and slot: a list's stride, 0 for a scalar.
_STRIDES = tuple(
    tuple(a.stride if isinstance(a, ListArg) else 0 for a in c.args) for c in CATALOGUE
)

UInts = npt.NDArray[np.unsignedinteger[Any]]


def _width(high: int) -> int:
    return 1 if high < 1 << 8 else 2 if high < 1 << 16 else 4 if high < 1 << 32 else 8


def _zigzag(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint64]:
    return ((values << 1) ^ (values >> 63)).view(np.uint64)


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
            # Whole rows: a take of contiguous rows is twice as fast as one of a column slice.
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

        def add_elements(refs: UInts, lst: ListArg, words: npt.NDArray[np.uint64]) -> None:
            base, _ = element_words(refs, lst.stride)
            for f in range(lst.stride):
                add(words[base + f])

        add(calls)
        add(chunk.caller)
        add(chunk.vcpu)
        pool_words = 0
        start = 0
        for call in present.tolist():
            end = start + int(counts[call])
            group = args[start:end]
            for slot in range(_NARGS[call]):
                stride = _STRIDES[call][slot]
                if stride:  # a list: its element count
                    lengths = group[:, slot] & np.uint64(COUNT_MASK)
                    pool_words += int(lengths.sum()) * stride
                    add(lengths)
                else:
                    add(group[:, slot])
            for slot, lst in _INPUT_LISTS[call]:
                add_elements(group[:, slot], lst, chunk.pool)
            group_rc = rc[start:end]
            add(_zigzag(group_rc))
            add(errno[start:end])
            if _NOUTS[call]:
                succeeded = outputs[start:end][group_rc != -1]
                for slot in range(_NOUTS[call]):
                    add(succeeded[:, slot])
            for slot, lst in _OUTPUT_LISTS[call]:
                add_elements(group[:, slot], lst, chunk.out_pool)
            start = end
        payload = b"".join(parts)
        encoded: dict[str, Any] = {
            "t": "chunk",
            "n": n,
            "raw": len(payload),
            "pool": pool_words,
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
        # Version 3: the undefined outputs of the recorded results ("" ) and of the
        # alternatives, written only when there are some (a chunk without keeps its bytes).
        undef = [[index, "", mask] for index, mask in sorted(chunk.undef.items())] + [
            [index, profile, e.undef]
            for index, alternatives in sorted(chunk.alternatives.items())
            for profile, e in alternatives.items()
            if e.undef
        ]
        if undef:
            encoded["undef"] = sorted(undef, key=lambda entry: (entry[0], entry[1]))
        return encoded


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


class _Blocks:
    """The memory blocks of a decoder's recent chunks, handed out again once no chunk uses
    them.  A replay holds a chunk or two at a time, but glibc does not always keep a freed
    block for the next one: a block allocated by the read-ahead thread and freed by the
    replaying one goes back to the kernel, and every chunk then paid for fresh pages again
    (perf on a replay of bench_replay's trace: a tenth of the time in the kernel zeroing
    them)."""

    KEEP = 4  # blocks kept: the read-ahead queue's chunks, the one replaying, and one spare

    def __init__(self) -> None:
        self._blocks: list[npt.NDArray[np.uint8]] = []

    def take(self, size: int) -> npt.NDArray[np.uint8]:
        for block in self._blocks:
            # References: the list's, the loop variable's and getrefcount's argument.  Any
            # more is a chunk (its columns are views of the block) still in use somewhere.
            if len(block) >= size and sys.getrefcount(block) == 3:
                return block[:size]
        block = np.empty(size, dtype=np.uint8)
        self._blocks.append(block)
        if len(self._blocks) > self.KEEP:
            del self._blocks[0]
        return block[:size]


class _Columns:
    """A chunk's columns for n calls, left uninitialised (decoding writes every cell) and
    carved out of one block of memory; the lists' words (``pool`` and ``expect_pool``)
    apart.

    One block, not seven arrays: fresh memory costs a page fault per 4 KiB page on its first
    write, 3-5 ms for the ~8 MB of a 65536-call chunk, several times the decoding itself
    (measured: 0.9 ms to fill a reused block, 5.2 ms for five fresh arrays).  The decoder
    reuses blocks itself (_Blocks) rather than count on the allocator to keep freed ones.
    """

    BYTES_PER_CALL = 8 * MAX_ARGS + 8 * MAX_OUTPUTS + 8 + 4 * 2

    def __init__(self, n: int, pool_words: int, blocks: _Blocks | None = None) -> None:
        size = n * self.BYTES_PER_CALL
        block = blocks.take(size) if blocks is not None else np.empty(size, dtype=np.uint8)
        self.block = block
        args_end = 8 * MAX_ARGS * n
        outputs_end = args_end + 8 * MAX_OUTPUTS * n
        self.args = block[:args_end].view(np.uint64).reshape(n, MAX_ARGS)
        self.outputs = block[args_end:outputs_end].view(np.uint64).reshape(n, MAX_OUTPUTS)
        self.rc = block[outputs_end : outputs_end + 8 * n].view(np.int64)
        narrow = outputs_end + 8 * n
        self.errno = block[narrow : narrow + 2 * n].view(np.uint16)
        self.calls = block[narrow + 2 * n : narrow + 4 * n].view(np.uint16)
        self.caller = block[narrow + 4 * n : narrow + 6 * n].view(np.uint16)
        self.vcpu = block[narrow + 6 * n : narrow + 8 * n].view(np.uint16)
        self.pool = np.empty(pool_words, dtype=np.uint64)
        self.expect_pool = np.empty(pool_words, dtype=np.uint64)

    def buffers(self) -> dict[str, npt.NDArray[Any]]:
        """The columns by the names of engine_codec.COLUMNS."""
        return {
            "call": self.calls,
            "caller": self.caller,
            "vcpu": self.vcpu,
            "arg": self.args,
            "rc": self.rc,
            "err": self.errno,
            "out": self.outputs,
            "pool": self.pool,
            "expect_pool": self.expect_pool,
        }


class ChunkDecoder:
    """Turns chunk maps of one trace back into validated chunks; TraceCorrupt on any
    inconsistency, TraceError when the trace uses a call this catalogue cannot map.  A
    version 1 trace's chunks come out as the current calls' (:mod:`tracer.legacy`)."""

    def __init__(self, table: CallTable, source: str, version: int = FORMAT_VERSION) -> None:
        self._table = table
        self._source = source
        self._version = version
        self._zstd = zstandard.ZstdDecompressor()
        self._remap = np.ascontiguousarray(table.remap, dtype=np.int32)
        self._nargs, self._nouts = table.shapes()
        self._scratch: npt.NDArray[np.uint8] | None = None
        self._blocks = _Blocks()

    def decode(self, obj: Mapping[str, Any], index: int) -> Chunk:
        where = f"{self._source}: chunk {index}"
        n, raw, pool_words, cols, data = _chunk_fields(obj, where, self._version)
        payload = self._decompress(data, raw, where)
        directory = _directory(cols, where)
        columns = _Columns(n, pool_words, self._blocks)
        # The streams are decoded, checked and put in trace order in C (csrc/codec.c):
        # about 10 ns a call, against 60-80 for the same work in numpy.
        error = engine_codec.decode_chunk(
            payload,
            directory,
            n,
            self._remap,
            self._scratch_for(n, pool_words),
            columns.buffers(),
            # Version 3 changed the header only: its payload is laid out as version 2's.
            version=min(self._version, 2),
            pool_words=pool_words,
            file_nargs=self._nargs if self._version == 1 else None,
            file_nouts=self._nouts if self._version == 1 else None,
        )
        if error is not None:
            raise self._problem(error, cols, len(payload), columns, where)
        chunk = Chunk(
            columns.calls,
            columns.args,
            columns.rc,
            columns.errno,
            columns.outputs,
            {},
            _notes(obj["notes"], n, where),
            columns.caller,
            columns.vcpu,
            columns.pool,
            columns.expect_pool,
        )
        alternatives = _alternatives(obj["alt"], chunk, where, self._version)
        undef = _undef(obj.get("undef"), chunk, alternatives, where, self._version)
        chunk = Chunk(
            chunk.calls,
            chunk.args,
            chunk.rc,
            chunk.errno,
            chunk.outputs,
            alternatives,
            chunk.notes,
            chunk.caller,
            chunk.vcpu,
            chunk.pool,
            chunk.out_pool,
            undef,
        )
        if self._version == 1:
            return legacy.upgrade_chunk(chunk, where)
        return map_entry_calls(chunk, self._table, where)

    def _scratch_for(self, n: int, pool_words: int) -> npt.NDArray[np.uint8]:
        """Scratch memory for ht_decode_chunk, kept from chunk to chunk (see _Columns)."""
        size = engine_codec.scratch_bytes(n, len(self._remap), pool_words)
        if self._scratch is None or len(self._scratch) < size:
            self._scratch = np.empty(size, dtype=np.uint8)
        return self._scratch

    def _problem(
        self, error: DecodeError, cols: list[Any], size: int, columns: _Columns, where: str
    ) -> TraceError:
        rc, errno = columns.rc, columns.errno
        kind, stream = error.kind, error.stream
        if kind == engine_codec.UNMAPPED_CALL:
            return TraceError(f"{where}: {self._table.problem(error.value)}")
        if kind == engine_codec.SHORT_DIRECTORY:
            text = f"the stream directory has {len(cols)} entries, fewer than the calls need"
        elif kind == engine_codec.BAD_COLUMN:
            text = (
                f"stream {stream} is described as {brief(cols[stream])},"
                " expected [codec 0-2, width 1/2/4/8, base]"
            )
        elif kind == engine_codec.EMPTY_STREAM:
            text = f"stream {stream} is empty but not CONST"
        elif kind == engine_codec.PAYLOAD_SHORT:
            text = (
                f"stream {stream} needs {error.need} bytes at offset {error.offset},"
                f" but the payload has {size}"
            )
        elif kind == engine_codec.TOO_LARGE:
            text = (
                f"stream {stream} holds {error.value}, more than its field's maximum {error.limit}"
            )
        elif kind == engine_codec.LEFT_OVER:
            text = (
                f"{error.value} streams and {error.need} payload bytes left over"
                " after the last call"
            )
        elif kind == engine_codec.ARG_WIDTH:
            call = CATALOGUE[error.call]
            arg = call.args[error.col]
            text = (
                f"record {error.row}: {call.name} argument {arg.name} ="
                f" {error.value:#x} does not fit in {error.limit.bit_length()} bits"
            )
        elif kind == engine_codec.LIST_LENGTH:
            call = CATALOGUE[error.call]
            lst = call.args[error.col]
            fixed = isinstance(lst, ListArg) and lst.fixed_length is not None
            text = (
                f"record {error.row}: {call.name} list {lst.name} has {error.value} elements;"
                f" it takes {'exactly' if fixed else 'at most'} {error.limit}"
            )
        elif kind == engine_codec.POOL_SIZE:
            if error.value > error.limit:
                call = CATALOGUE[error.call]
                text = (
                    f"record {error.row}: {call.name} list {call.args[error.col].name} ends"
                    f" at word {error.value}, past the {error.limit}-word pool the chunk"
                    " declares"
                )
            else:
                text = (
                    f"the lists take {error.value} words, but the chunk declares a pool of"
                    f" {error.limit}"
                )
        elif kind == engine_codec.ELEMENT_WIDTH:
            call = CATALOGUE[error.call]
            lst = call.args[error.col]
            member = ""
            if isinstance(lst, ListArg) and not lst.scalar:
                member = f".{lst.fields[error.member].name}"
            text = (
                f"record {error.row}: {call.name} {lst.name}[{error.element}]{member} ="
                f" {error.value:#x} does not fit in {error.limit.bit_length()} bits"
            )
        elif kind == engine_codec.BAD_SHAPE:
            text = (
                f"the call table gives file call {error.value} more than {MAX_ARGS}"
                f" arguments or {MAX_OUTPUTS} outputs"
            )
        else:  # HT_DECODE_RC_ERRNO
            row = error.row
            text = f"record {row}: rc {int(rc[row])} with errno {int(errno[row])}"
        return TraceCorrupt(f"{where}: {text}")

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


def _chunk_fields(
    obj: Mapping[str, Any], where: str, version: int
) -> tuple[int, int, int, list[Any], bytes]:
    expected = {"n": int, "raw": int, "cols": list, "data": bytes, "alt": list, "notes": list}
    if version >= 2:
        expected["pool"] = int
    for key, kind in expected.items():
        value = obj.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            found = "nothing" if value is None else type(value).__name__
            raise TraceCorrupt(f"{where}: field {key!r} is {found}, expected {kind.__name__}")
    n: int = obj["n"]
    raw: int = obj["raw"]
    pool_words: int = obj.get("pool", 0)
    if not 1 <= n <= MAX_CHUNK_CALLS:
        raise TraceCorrupt(f"{where} holds {n} calls; a chunk holds 1 to {MAX_CHUNK_CALLS}")
    if not 0 <= pool_words <= MAX_CHUNK_POOL_WORDS:
        raise TraceCorrupt(
            f"{where} declares {pool_words} list words; a chunk holds 0 to {MAX_CHUNK_POOL_WORDS}"
        )
    per_call = MAX_RAW_BYTES_PER_CALL if version >= 2 else MAX_RAW_BYTES_PER_CALL_V1
    limit = n * per_call + pool_words * MAX_RAW_BYTES_PER_WORD
    if not 0 <= raw <= limit:
        raise TraceCorrupt(
            f"{where}: {raw} payload bytes for {n} calls and {pool_words} list words; at most"
            f" {limit} bytes are possible"
        )
    return n, raw, pool_words, obj["cols"], obj["data"]


def _directory(cols: list[Any], where: str) -> npt.NDArray[np.uint64]:
    """The stream directory as a (streams, 3) uint64 array of [codec, width, base]; each
    entry's codec and width are checked in C as its stream is read."""
    try:
        directory = np.array(cols, dtype=np.uint64)
        if directory.ndim == 2 and directory.shape[1] == 3:
            return np.ascontiguousarray(directory)
        if not cols:
            return np.zeros((0, 3), dtype=np.uint64)
    except (TypeError, ValueError, OverflowError):
        pass
    for index, col in enumerate(cols):
        well_formed = isinstance(col, list) and len(col) == 3
        if not (well_formed and all(is_int(v, 0, U64_MAX) for v in col)):
            raise TraceCorrupt(
                f"{where}: stream {index} is described as {brief(col)},"
                " expected [codec 0-2, width 1/2/4/8, base]"
            )
    raise TraceCorrupt(f"{where}: the stream directory is not a list of [codec, width, base]")


def _alternatives(
    entries: list[Any], chunk: Chunk, where: str, version: int
) -> dict[int, dict[str, Expectation]]:
    """The profile alternatives of a chunk; their output lists must fit the record's."""
    n = len(chunk)
    out: dict[int, dict[str, Expectation]] = {}
    for entry in entries:
        if (
            not isinstance(entry, list)
            or len(entry) != 5
            or not is_int(entry[0], 0, n - 1)
            or not isinstance(entry[1], str)
            or entry[1] not in PROFILES
            or not is_int(entry[2], -(2**63), 2**63 - 1)
            or not is_int(entry[3], 0, 0xFFFF)
            or not isinstance(entry[4], list)
        ):
            raise TraceCorrupt(
                f"{where}: alternative {brief(entry)}, expected"
                f" [index < {n}, profile, rc, errno, [outputs]]"
            )
        call = CATALOGUE[int(chunk.calls[entry[0]])]
        outputs = _alternative_outputs(entry, call, chunk, where, version)
        out.setdefault(entry[0], {})[entry[1]] = Expectation(entry[2], entry[3], outputs)
    return out


def _alternative_outputs(
    entry: list[Any], call: Any, chunk: Chunk, where: str, version: int
) -> tuple[Any, ...]:
    """An alternative's outputs: scalars within 64 bits, then (version 2) the call's output
    lists, fitting the record's room."""
    values = entry[4]
    nouts = MAX_OUTPUTS if version == 1 else len(call.outputs)
    scalars, lists = values[:nouts], values[nouts:]
    if (
        not all(is_int(v, 0, U64_MAX) for v in scalars)
        or len(lists) > (len(call.output_lists) if version >= 2 else 0)
        or (lists and len(scalars) != nouts)
    ):
        raise TraceCorrupt(
            f"{where}: alternative {brief(entry)} does not give {call.name}'s outputs"
        )
    frozen = tuple(_freeze(v) for v in lists)
    if lists:
        try:
            check_output_lists(call, chunk.args[entry[0]], (*scalars, *frozen), where)
        except TraceError as exc:
            raise TraceCorrupt(f"{where}: alternative of record {entry[0]}: {exc}") from None
    return (*scalars, *frozen)


def _freeze(value: Any) -> Any:
    """msgpack arrays as the tuples the model holds."""
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _undef(
    entries: Any,
    chunk: Chunk,
    alternatives: dict[int, dict[str, Expectation]],
    where: str,
    version: int,
) -> dict[int, int]:
    """The chunk's ``undef`` key (version 3): ``[index, profile, mask]`` entries, profile ""
    for the recorded result, each naming a result that succeeded and only outputs its call
    has.  Sets each alternative's mask in ``alternatives``; returns the recorded ones."""
    if entries is None:
        return {}
    if version < 3 or not isinstance(entries, list):
        raise TraceCorrupt(f"{where}: field 'undef' is {brief(entries)}; version 3 has a list")
    n = len(chunk)
    out: dict[int, int] = {}
    for entry in entries:
        if (
            not isinstance(entry, list)
            or len(entry) != 3
            or not is_int(entry[0], 0, n - 1)
            or not isinstance(entry[1], str)
            or not is_int(entry[2], 1, 2**MAX_OUTPUTS - 1)
        ):
            raise TraceCorrupt(
                f"{where}: undefined outputs {brief(entry)}, expected"
                f' [index < {n}, profile or "", mask 1-{2**MAX_OUTPUTS - 1}]'
            )
        index, profile, mask = entry
        call = CATALOGUE[int(chunk.calls[index])]
        if profile == "":
            result = Expectation(int(chunk.rc[index]), int(chunk.errno[index]), (), mask)
            seen = index in out
            out[index] = mask
        elif profile in alternatives.get(index, {}):
            alternative = alternatives[index][profile]
            seen = alternative.undef != 0
            result = dataclasses.replace(alternative, undef=mask)
            alternatives[index][profile] = result
        else:
            raise TraceCorrupt(f"{where}: undefined outputs {brief(entry)} of no alternative")
        problem = "given twice" if seen else undef_problem(call, result)
        if problem is not None:
            raise TraceCorrupt(f"{where}: undefined outputs of record {index}: {problem}")
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
            raise TraceCorrupt(
                f"{where}: note {brief(entry)}, expected [index < {n}, note, remark]"
            )
        out[entry[0]] = (entry[1], entry[2])
    return out
