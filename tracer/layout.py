"""The binary trace format's layout: preamble, limits, header and call table (the whole
format is described in docs/trace-format.md; the chunk codec is :mod:`tracer.codec`).

A trace file is, in order:

1. a 16-byte **preamble**: the magic ``b"\\x89HTRACE\\n"``, the format version (uint16
   little-endian), a state byte (0: being written or cut off, 1: closed cleanly) and five
   zero bytes.  The state byte is the only byte ever rewritten: the writer sets it last,
   just before renaming ``PATH.incomplete`` to ``PATH``;
2. a **header** map (``"t": "header"``): profile, machine, source, planted bugs, symbols,
   and the call-name table of the catalogue that wrote it;
3. any number of **chunk** maps (``"t": "chunk"``), each up to :data:`MAX_CHUNK_CALLS`
   calls in columnar streams compressed as one zstd frame (:mod:`tracer.codec`);
4. an **end** map (``"t": "end"``) with the call and chunk counts and the closing comment.

Everything after the preamble is a stream of msgpack objects read with a bounded
``msgpack.Unpacker``.  A file without its end map was cut off: every complete chunk still
reads, and the reader reports the missing tail.

A change to any of this bumps :data:`FORMAT_VERSION`; every older version keeps a reader.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

import msgpack
import numpy as np
import numpy.typing as npt

from haptrace.binding.config import MachineConfig
from haptrace.catalogue import (
    BY_NAME,
    CATALOGUE,
    MAX_ARGS,
    MAX_OUTPUTS,
    PROFILES,
    Call,
    ListArg,
    Resource,
)
from haptrace.errors import ConfigError, brief

from . import legacy
from .errors import TraceCorrupt, TraceTruncated, UnsupportedVersion
from .model import FORMAT_VERSION, SOURCES, Header, profiles_problem

MAGIC = b"\x89HTRACE\n"  # high byte first: never text, and line-ending mangling shows
PREAMBLE = struct.Struct("<8sHB5x")
STATE_OFFSET = 10  # the byte the writer patches on a clean close
STATE_WRITING = 0
STATE_CLOSED = 1
READABLE_VERSIONS = (1, 2, 3)  # every version this haptrace reads; a new version appends

# ---- limits: every size a reader accepts -------------------------------------------------
# A trace is untrusted input.  These bound the memory one object can make the reader
# allocate, whatever the bytes say.  Writers stay far below them.
DEFAULT_CHUNK_CALLS = 65536  # ~2 ms to decode, ~7 MiB decoded: overheads amortised, RAM flat
MAX_CHUNK_CALLS = 262144  # decoding one such chunk may take ~100 MiB (columns, payload)
# Decompressed payload bytes per call at most: a 2-byte call id, caller and vcpu, then 8
# bytes for each of 8 arguments, rc, errno and 6 outputs (version 1: no caller, 6 arguments).
MAX_RAW_BYTES_PER_CALL = 3 * 2 + 8 * (MAX_ARGS + 1 + 1 + MAX_OUTPUTS)
MAX_RAW_BYTES_PER_CALL_V1 = 2 + 8 * (6 + 1 + 1 + 6)
# List words a chunk may hold (the input lists and OUT lists' room; the expected output
# lists take as many again): 8 MiB each.  A call's lists take at most 8 x 4096 x 8 words,
# so a writer cuts a chunk early when its lists would pass this.
MAX_CHUNK_POOL_WORDS = 1 << 20
# Payload bytes per list word at most: the word as an input element and as an output one.
MAX_RAW_BYTES_PER_WORD = 2 * 8
MAX_BIN = 48 << 20  # a compressed chunk payload (zstd never grows data by more than ~1%)
MAX_STR = 1 << 20  # a note, a name, a version string
MAX_ARRAY = MAX_CHUNK_CALLS  # the longest list: one side-map entry per call of a chunk
MAX_MAP = 64  # header, chunk and end maps have a dozen keys
MAX_OBJECT = 64 << 20  # one msgpack object (a chunk with its side maps)
MAX_CALL_TABLE = 65535  # call ids are stored as at most 16 bits
MAX_TEXT_BYTES = 64 << 20  # a text-form trace (text traces are for people; keep them small)
# A text trace is parsed whole, one Python object per call (~500 bytes each): its lines and
# calls are bounded so its memory is (~130 MiB at most), whatever the bytes hold.  Longer
# traces are recorded in the binary form, which streams.
MAX_TEXT_LINES = 1 << 20
MAX_TEXT_CALLS = 1 << 18
READ_SIZE = 1 << 20


def unpacker(stream: IO[bytes]) -> Any:
    """A msgpack stream reader with every limit set (msgpack's defaults allow 100 MiB+)."""
    return msgpack.Unpacker(
        stream,
        read_size=min(READ_SIZE, MAX_OBJECT),
        max_buffer_size=MAX_OBJECT,
        max_bin_len=MAX_BIN,
        max_str_len=MAX_STR,
        max_array_len=MAX_ARRAY,
        max_map_len=MAX_MAP,
        max_ext_len=0,  # the format uses no extension types
        raw=False,
        strict_map_key=True,
    )


def packb(obj: object) -> bytes:
    data: bytes = msgpack.packb(obj, use_bin_type=True)
    return data


# ---- preamble -----------------------------------------------------------------------------


def pack_preamble(state: int) -> bytes:
    return PREAMBLE.pack(MAGIC, FORMAT_VERSION, state)


@dataclass(frozen=True)
class Preamble:
    version: int
    closed: bool


def read_preamble(stream: IO[bytes], source: str) -> Preamble:
    """Check the magic and the version; UnsupportedVersion names both versions."""
    data = stream.read(PREAMBLE.size)
    if len(data) < PREAMBLE.size:
        if data and MAGIC.startswith(data[: len(MAGIC)]):
            raise TraceTruncated(
                f"{source}: the file ends after {len(data)} bytes, inside the"
                f" {PREAMBLE.size}-byte preamble; the recording was cut off before it started"
            )
        raise TraceCorrupt(f"{source}: not a haptrace trace (too short to hold the magic)")
    magic, version, state = PREAMBLE.unpack(data)
    if magic != MAGIC:
        raise TraceCorrupt(
            f"{source}: not a haptrace trace (found magic {magic!r}, expected {MAGIC!r});"
            f" text-form traces start with '# haptrace trace v{FORMAT_VERSION}'"
        )
    if version not in READABLE_VERSIONS:
        newest = max(READABLE_VERSIONS)
        hint = (
            "it was written by a newer haptrace: upgrade haptrace to read it"
            if version > newest
            else "no reader exists for it"
        )
        raise UnsupportedVersion(
            f"{source}: trace format version {version}, but this haptrace reads versions"
            f" {', '.join(map(str, READABLE_VERSIONS))}; {hint}"
        )
    if state not in (STATE_WRITING, STATE_CLOSED):
        raise TraceCorrupt(f"{source}: preamble state byte is {state}, expected 0 or 1")
    return Preamble(version, state == STATE_CLOSED)


# ---- the call table -----------------------------------------------------------------------


def list_shape(call: Call) -> list[list[int]]:
    """[slot, direction, stride] of each list argument of ``call``: what a version 2 file
    must agree on with this catalogue to decode the call's streams."""
    return [
        [slot, _DIRECTIONS.index(arg.direction.value), arg.stride]
        for slot, arg in enumerate(call.args)
        if isinstance(arg, ListArg)
    ]


_DIRECTIONS = ("in", "out", "inout")


@dataclass(frozen=True)
class CallTable:
    """The call ids of one trace, mapped to this catalogue by name.

    ``remap[file_id]`` is the current id, or -1 where the name is unknown or its shape
    changed (argument or output count, or in version 2 its list arguments); chunks that use
    such an id are refused with :meth:`problem`.  A version 1 table is compared with the
    calls as version 1 had them (:mod:`tracer.legacy`).
    """

    names: tuple[str, ...]
    nargs: tuple[int, ...]
    nouts: tuple[int, ...]
    lists: tuple[tuple[tuple[int, ...], ...], ...]
    remap: npt.NDArray[np.int32]
    identity: bool
    version: int = FORMAT_VERSION

    @classmethod
    def current(cls) -> CallTable:
        """This catalogue's table (what writers store)."""
        return _CURRENT_TABLE

    @classmethod
    def from_entries(cls, entries: Sequence[Any], version: int = FORMAT_VERSION) -> CallTable:
        names, nargs, nouts, lists = [], [], [], []
        max_args = 6 if version == 1 else MAX_ARGS
        for index, entry in enumerate(entries):
            size = 3 if version == 1 else 4
            if (
                not isinstance(entry, list)
                or len(entry) != size
                or not isinstance(entry[0], str)
                or not is_int(entry[1], 0, max_args)
                or not is_int(entry[2], 0, MAX_OUTPUTS)
                or (size == 4 and not _is_shape(entry[3]))
            ):
                expected = (
                    "[name, nargs, nouts]"
                    if version == 1
                    else ("[name, nargs, nouts, [[slot, direction, stride], ...]]")
                )
                raise TraceCorrupt(
                    f"header call table entry {index} is {brief(entry)}, expected {expected}"
                )
            names.append(entry[0])
            nargs.append(entry[1])
            nouts.append(entry[2])
            lists.append(tuple(tuple(item) for item in entry[3]) if size == 4 else ())
        remap = np.full(len(names), -1, dtype=np.int32)
        for file_id, name in enumerate(names):
            call = BY_NAME.get(name)
            if call is None:
                continue
            if version == 1:
                matches = legacy.v1_shape(call) == (nargs[file_id], nouts[file_id])
            else:
                shape = tuple(tuple(item) for item in list_shape(call))
                matches = (len(call.args), len(call.outputs), shape) == (
                    nargs[file_id],
                    nouts[file_id],
                    lists[file_id],
                )
            if matches:
                remap[file_id] = call.id
        identity = (
            version == FORMAT_VERSION
            and len(names) == len(CATALOGUE)
            and bool((remap == np.arange(len(names))).all())
        )
        return cls(tuple(names), tuple(nargs), tuple(nouts), tuple(lists), remap, identity, version)

    def entries(self) -> list[list[Any]]:
        return [
            [name, a, o, [list(item) for item in shape]]
            for name, a, o, shape in zip(
                self.names, self.nargs, self.nouts, self.lists, strict=True
            )
        ]

    def shapes(self) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
        """Each file call's argument and output counts, for the version 1 decoder."""
        return np.array(self.nargs, dtype=np.uint8), np.array(self.nouts, dtype=np.uint8)

    def problem(self, file_id: int) -> str:
        """Why ``file_id`` cannot be mapped to this catalogue."""
        name = self.names[file_id]
        call = BY_NAME.get(name)
        if call is None:
            return (
                f"the trace uses call {name!r}, which this catalogue does not have;"
                " replay it with the haptrace version that recorded it"
            )
        if self.version == 1 and legacy.v1_shape(call) is None:
            return (
                f"the version 1 trace uses call {name!r}, which version 1 did not have in"
                " this form; the trace is damaged"
            )
        if (self.nargs[file_id], self.nouts[file_id]) == (len(call.args), len(call.outputs)):
            return (
                f"the trace's {name} has list arguments"
                f" {[list(item) for item in self.lists[file_id]]} ([slot,"
                f" direction, stride]), but this catalogue's has {list_shape(call)}; the"
                " call changed since the recording"
            )
        return (
            f"the trace's {name} takes {self.nargs[file_id]} arguments and gives"
            f" {self.nouts[file_id]} outputs, but this catalogue's takes {len(call.args)}"
            f" and gives {len(call.outputs)}; the call changed since the recording"
        )


def _is_shape(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, list)
        and len(item) == 3
        and is_int(item[0], 0, MAX_ARGS - 1)
        and is_int(item[1], 0, len(_DIRECTIONS) - 1)
        and is_int(item[2], 1, 64)
        for item in value
    )


# ---- header ---------------------------------------------------------------------------------


def header_map(header: Header, chunk_calls: int) -> dict[str, Any]:
    """The header as the plain map the file stores (the current format version)."""
    return {
        "t": "header",
        "profile": header.profile,
        "source": header.source,
        "xen_version": header.xen_version,
        "bugs": list(header.bugs),
        "catalogue_revision": header.catalogue_revision,
        "complete": header.complete,
        "machine": header.machine.to_dict(),
        "symbols": [
            [resource.value, value, name]
            for (resource, value), name in sorted(
                header.symbols.items(), key=lambda item: (item[0][0].value, item[0][1])
            )
        ],
        "calls": CallTable.current().entries(),
        "chunk_calls": chunk_calls,
        "profiles": list(header.profiles),
    }


def parse_header(obj: object, preamble: Preamble, source: str) -> tuple[Header, CallTable]:
    """The Header and call table a header map describes; TraceCorrupt says what is wrong."""
    if not isinstance(obj, dict) or obj.get("t") != "header":
        raise TraceCorrupt(f"{source}: the first object after the preamble is not the header")
    fields = _Fields(obj, f"{source}: header")
    profile = fields.text("profile")
    if profile not in PROFILES:
        raise TraceCorrupt(
            f"{source}: header profile {profile!r} is not one of {', '.join(PROFILES)}"
        )
    trace_source = fields.text("source")
    if trace_source not in SOURCES:
        raise TraceCorrupt(
            f"{source}: header source {trace_source!r} is not one of {', '.join(SOURCES)}"
        )
    try:
        machine = MachineConfig.from_dict(fields.get("machine", dict))
    except ConfigError as exc:
        raise TraceCorrupt(f"{source}: header machine configuration: {exc}") from None
    bugs = fields.get("bugs", list)
    if not all(isinstance(b, str) for b in bugs):
        raise TraceCorrupt(f"{source}: header bugs must be a list of names")
    calls = fields.get("calls", list)
    if len(calls) > MAX_CALL_TABLE:
        raise TraceCorrupt(f"{source}: header call table has {len(calls)} entries")
    table = CallTable.from_entries(calls, preamble.version)
    # Version 3 declares the profiles the trace speaks for (empty: every one); older
    # versions have no such key and speak for every profile.
    profiles: list[Any] = fields.get("profiles", list) if preamble.version >= 3 else []
    if not all(isinstance(p, str) for p in profiles):
        raise TraceCorrupt(f"{source}: header profiles must be a list of profile names")
    problem = profiles_problem(profile, tuple(profiles))
    if problem:
        raise TraceCorrupt(f"{source}: header {problem}")
    header = Header(
        profile=profile,
        machine=machine,
        source=trace_source,
        xen_version=fields.text("xen_version"),
        bugs=tuple(bugs),
        catalogue_revision=fields.text("catalogue_revision"),
        format_version=preamble.version,
        complete=fields.get("complete", bool) and preamble.closed,
        symbols=_symbols(fields.get("symbols", list), source),
        profiles=tuple(profiles),
    )
    return header, table


def _symbols(entries: list[Any], source: str) -> dict[tuple[Resource, int], str]:
    kinds = {r.value: r for r in Resource}
    out: dict[tuple[Resource, int], str] = {}
    for entry in entries:
        if (
            not isinstance(entry, list)
            or len(entry) != 3
            or not isinstance(entry[0], str)  # a list or map is not hashable: no lookup
            or entry[0] not in kinds
            or not is_int(entry[1], 0, 2**64 - 1)
            or not isinstance(entry[2], str)
        ):
            raise TraceCorrupt(
                f"{source}: header symbol {brief(entry)}, expected [resource, value, name]"
            )
        out[(kinds[entry[0]], entry[1])] = entry[2]
    return out


def parse_end(obj: Mapping[str, Any], source: str) -> tuple[int, int, str]:
    """(calls, chunks, tail note) of the end map."""
    fields = _Fields(obj, f"{source}: end record")
    calls = fields.get("calls", int)
    chunks = fields.get("chunks", int)
    return calls, chunks, fields.text("tail_note")


def is_int(value: object, low: int, high: int) -> bool:
    """An int (not a bool) within [low, high]."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


class _Fields:
    """Typed access to a decoded map, with errors that name the field."""

    def __init__(self, obj: Mapping[str, Any], where: str) -> None:
        self.obj = obj
        self.where = where

    def get(self, key: str, kind: type) -> Any:
        if key not in self.obj:
            raise TraceCorrupt(f"{self.where} has no {key!r} field")
        value = self.obj[key]
        # bool is an int subclass: a bool where a count belongs is corruption, not 0 or 1.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TraceCorrupt(
                f"{self.where}: {key!r} is a {type(value).__name__}, expected {kind.__name__}"
            )
        return value

    def text(self, key: str) -> str:
        value: str = self.get(key, str)
        return value


_CURRENT_TABLE = CallTable.from_entries(
    [[call.name, len(call.args), len(call.outputs), list_shape(call)] for call in CATALOGUE]
)
