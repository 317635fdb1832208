"""Columnar chunks of records: the unit the msgpack format stores and the replay engine runs.

A :class:`Chunk` holds up to a few tens of thousands of calls as numpy columns, so that
reading, checking and replaying a long trace never makes one Python object per call.  A
list argument's slot holds ``offset << LIST_SHIFT | count`` into the chunk's word ``pool``,
as a batch's does for the engine (an OUT list's count is the room the caller gave); the
output lists a call wrote are at the same offsets in ``out_pool``.  Lists never overlap: each
record owns its words.  Rare per-record extras (profile alternatives, text-form comments)
sit in small side maps keyed by the record's index within the chunk.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding.machine import CALL_DTYPE
from haptrace.catalogue import (
    CATALOGUE,
    MAX_ARGS,
    MAX_OUTPUTS,
    REASONS,
    UNDEFINED_OUTPUT_REASONS,
    Arg,
    Call,
    ListArg,
)
from haptrace.catalogue.limits import LIST_SHIFT
from haptrace.errors import brief

from .errors import TraceError
from .model import (
    ArgValue,
    Expectation,
    OutValue,
    Record,
    join_outputs,
    split_outputs,
    undef_problem,
)

COUNT_MASK = (1 << LIST_SHIFT) - 1
_NARGS = np.array([len(c.args) for c in CATALOGUE], dtype=np.uint8)
_NOUTS = np.array([len(c.outputs) for c in CATALOGUE], dtype=np.uint8)
# Per call, the mask of all its scalar outputs; per reason, whether a success for it leaves
# them undefined (Reason.outputs_undefined).
_OUT_MASKS = np.array([(1 << len(c.outputs)) - 1 for c in CATALOGUE], dtype=np.uint32)
_UNDEFINED_BY_REASON = np.array(
    [i in UNDEFINED_OUTPUT_REASONS for i in range(len(REASONS))], dtype=bool
)


def undefined_outputs(
    ids: npt.NDArray[Any], rc: npt.NDArray[Any], reasons: npt.NDArray[Any]
) -> dict[int, int]:
    """The undefined-output masks of engine results, by index: a success whose reason
    leaves the call's outputs unwritten (Reason.outputs_undefined).  Vectorised: the side
    map it returns is as small as the results that have one."""
    if not len(ids):
        return {}
    hit = np.take(_UNDEFINED_BY_REASON, reasons, mode="clip") & (rc != -1)
    if not hit.any():
        return {}
    rows = np.nonzero(hit)[0]
    masks = _OUT_MASKS[ids[rows]]
    return {int(r): int(m) for r, m in zip(rows, masks, strict=True) if m}


def clear_undefined(outputs: npt.NDArray[np.uint64], undef: Mapping[int, int]) -> None:
    """Zeroes the undefined outputs in place: what the engine left there is no value, and a
    trace stores 0 for it (the text form's `?` reads back as 0)."""
    for row, mask in undef.items():
        for slot in range(MAX_OUTPUTS):
            if mask >> slot & 1:
                outputs[row, slot] = 0


def _no_u16() -> npt.NDArray[np.uint16]:
    return np.zeros(0, dtype=np.uint16)


def _no_u64() -> npt.NDArray[np.uint64]:
    return np.zeros(0, dtype=np.uint64)


def _slot_tables() -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """Per call and slot: whether it is a list, its stride (0 for a scalar), and the widest
    value a scalar may hold (all ones for a list reference, checked apart)."""
    is_list = np.zeros((len(CATALOGUE), MAX_ARGS), dtype=bool)
    stride = np.zeros((len(CATALOGUE), MAX_ARGS), dtype=np.uint64)
    limits = np.zeros((len(CATALOGUE), MAX_ARGS), dtype=np.uint64)
    for call in CATALOGUE:
        for slot, arg in enumerate(call.args):
            if isinstance(arg, ListArg):
                is_list[call.id, slot] = True
                stride[call.id, slot] = arg.stride
                limits[call.id, slot] = np.uint64(2**64 - 1)
            else:
                limits[call.id, slot] = np.uint64(arg.max_value)
    return is_list, stride, limits


_IS_LIST, _STRIDE, _ARG_LIMITS = _slot_tables()
_HAS_LISTS: npt.NDArray[np.bool_] = np.asarray(_IS_LIST.any(axis=1))
# (call, slot, list) of every list argument of the catalogue.
_LISTS: tuple[tuple[Call, int, ListArg], ...] = tuple(
    (call, slot, arg)
    for call in CATALOGUE
    for slot, arg in enumerate(call.args)
    if isinstance(arg, ListArg)
)


@dataclass(frozen=True)
class Chunk:
    """``calls`` (n,) uint16 catalogue ids; ``args`` (n, 8) uint64, unused slots 0, a list's
    slot ``offset << 32 | count`` into ``pool`` (0 for an empty list); ``rc`` (n,) int64;
    ``errno`` (n,) uint16; ``outputs`` (n, 6) uint64, 0 where a call has no such output or
    failed; ``caller`` and ``vcpu`` (n,) uint16, who made each call (zeros when not given:
    domain 0's vcpu 0); ``pool`` the words of the input lists (an OUT list's room is zeros);
    ``out_pool``, as long as ``pool``, the output lists each call wrote, at its lists'
    offsets."""

    calls: npt.NDArray[np.uint16]
    args: npt.NDArray[np.uint64]
    rc: npt.NDArray[np.int64]
    errno: npt.NDArray[np.uint16]
    outputs: npt.NDArray[np.uint64]
    alternatives: Mapping[int, Mapping[str, Expectation]] = field(default_factory=dict)
    notes: Mapping[int, tuple[str, str]] = field(default_factory=dict)  # (note, remark)
    caller: npt.NDArray[np.uint16] = field(default_factory=_no_u16)
    vcpu: npt.NDArray[np.uint16] = field(default_factory=_no_u16)
    pool: npt.NDArray[np.uint64] = field(default_factory=_no_u64)
    out_pool: npt.NDArray[np.uint64] = field(default_factory=_no_u64)
    # The recorded results' undefined scalar outputs (Record.undef), by index: rare, so a
    # side map; an alternative carries its own (Expectation.undef).
    undef: Mapping[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "alternatives", MappingProxyType(dict(self.alternatives)))
        object.__setattr__(self, "notes", MappingProxyType(dict(self.notes)))
        object.__setattr__(self, "undef", MappingProxyType(dict(self.undef)))
        n = len(self.calls)
        for name in ("caller", "vcpu"):
            if n and len(getattr(self, name)) == 0:
                object.__setattr__(self, name, np.zeros(n, dtype=np.uint16))
        if len(self.pool) and len(self.out_pool) == 0:
            object.__setattr__(self, "out_pool", np.zeros(len(self.pool), dtype=np.uint64))

    def __len__(self) -> int:
        return int(self.calls.shape[0])

    @property
    def has_lists(self) -> bool:
        """Whether any call of the chunk has list arguments (the pool is then in use)."""
        return len(self.pool) > 0

    @classmethod
    def empty(cls) -> Chunk:
        return cls.from_records([])

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Chunk:
        """The chunk of ``records``; TraceError names a record whose arguments or outputs
        do not have the shape its call gives them."""
        items = list(records)
        n = len(items)
        calls = np.zeros(n, dtype=np.uint16)
        who = np.zeros((2, n), dtype=np.uint16)
        args = np.zeros((n, MAX_ARGS), dtype=np.uint64)
        rc = np.zeros(n, dtype=np.int64)
        errno = np.zeros(n, dtype=np.uint16)
        outputs = np.zeros((n, MAX_OUTPUTS), dtype=np.uint64)
        pool: list[int] = []
        out_pool: list[int] = []
        alternatives: dict[int, Mapping[str, Expectation]] = {}
        notes: dict[int, tuple[str, str]] = {}
        undef: dict[int, int] = {}
        for index, record in enumerate(items):
            call = record.spec
            calls[index] = record.call
            who[0, index] = _u16(record.caller, index, "caller")
            who[1, index] = _u16(record.vcpu, index, "vcpu")
            if len(record.args) != len(call.args):
                raise TraceError(
                    f"record {index}: {call.name} takes {len(call.args)} arguments,"
                    f" not {len(record.args)}"
                )
            lists = _pack_lists(call, record, index, pool, out_pool)
            for slot, (arg, value) in enumerate(zip(call.args, record.args, strict=True)):
                args[index, slot] = lists[slot] if isinstance(arg, ListArg) else value
            rc[index] = record.rc
            errno[index] = record.errno
            scalars, _ = split_outputs(call, record.outputs)
            outputs[index, : len(scalars)] = scalars
            for profile, result in (("", record.result), *record.alternatives.items()):
                problem = undef_problem(call, result)
                if problem is not None:
                    where = f"record {index}" + (f" ({profile})" if profile else "")
                    raise TraceError(f"{where}: {problem}")
            if record.undef:
                undef[index] = record.undef
            if record.alternatives:
                for profile, alternative in record.alternatives.items():
                    check_output_lists(
                        call, args[index], alternative.outputs, f"record {index} ({profile})"
                    )
                alternatives[index] = record.alternatives
            if record.note or record.remark:
                notes[index] = (record.note, record.remark)
        return cls(
            calls,
            args,
            rc,
            errno,
            outputs,
            alternatives,
            notes,
            who[0],
            who[1],
            np.array(pool, dtype=np.uint64),
            np.array(out_pool, dtype=np.uint64),
            undef,
        )

    def record(self, index: int) -> Record:
        call_id = int(self.calls[index])
        call = CATALOGUE[call_id]
        row = self.args[index]
        args: list[ArgValue] = []
        for slot, arg in enumerate(call.args):
            value = int(row[slot])
            if isinstance(arg, ListArg):
                count = value & COUNT_MASK
                args.append(
                    _elements(self.pool, value >> LIST_SHIFT, count, arg) if arg.is_input else count
                )
            else:
                args.append(value)
        rc = int(self.rc[index])
        note, remark = self.notes.get(index, ("", ""))
        return Record(
            call=call_id,
            args=tuple(args),
            rc=rc,
            errno=int(self.errno[index]),
            outputs=self.expectation_outputs(index, rc != -1, self.outputs[index], self.out_pool),
            alternatives=self.alternatives.get(index, {}),
            note=note,
            remark=remark,
            caller=int(self.caller[index]),
            vcpu=int(self.vcpu[index]),
            undef=self.undef.get(index, 0),
        )

    def expectation_outputs(
        self,
        index: int,
        ok: bool,
        scalars: npt.NDArray[np.uint64],
        out_pool: npt.NDArray[np.uint64],
    ) -> tuple[OutValue, ...]:
        """Record ``index``'s outputs as an Expectation holds them: ``scalars`` (a row of
        outputs) and its output lists read from ``out_pool``."""
        call = CATALOGUE[int(self.calls[index])]
        nouts = int(_NOUTS[call.id])
        values = tuple(int(v) for v in scalars[:nouts]) if ok else ()
        lists = tuple(
            _elements(
                out_pool,
                int(self.args[index, slot]) >> LIST_SHIFT,
                int(self.args[index, slot]) & COUNT_MASK,
                lst,
            )
            for slot, lst in enumerate(call.args)
            if isinstance(lst, ListArg) and lst.is_output
        )
        return join_outputs(call, ok, values, lists)

    def records(self) -> list[Record]:
        return [self.record(i) for i in range(len(self))]

    def call_records(self) -> npt.NDArray[Any]:
        """The calls as a batch for :meth:`replay.Machine.batch` (lists refer into
        ``pool``)."""
        out = np.zeros(len(self), dtype=CALL_DTYPE)
        out["call"] = self.calls
        out["caller"] = self.caller
        out["vcpu"] = self.vcpu
        out["arg"] = self.args
        return out

    def slice(self, start: int, stop: int) -> Chunk:
        """Records ``start`` to ``stop`` as a chunk of their own (their lists copied into a
        pool of their own)."""
        if start == 0 and stop == len(self):
            return self
        calls = self.calls[start:stop]
        args, pool, out_pool = compact_lists(calls, self.args[start:stop], self.pool, self.out_pool)
        return Chunk(
            calls,
            args,
            self.rc[start:stop],
            self.errno[start:stop],
            self.outputs[start:stop],
            _shift(self.alternatives, start, stop),
            _shift(self.notes, start, stop),
            self.caller[start:stop],
            self.vcpu[start:stop],
            pool,
            out_pool,
            _shift(self.undef, start, stop),
        )

    def undef_column(self) -> npt.NDArray[np.uint32] | None:
        """The undefined-output masks as a column for the replay loop (ht_columns.undef),
        built from the side map in one assignment; None when no record has one."""
        if not self.undef:
            return None
        column = np.zeros(len(self), dtype=np.uint32)
        column[list(self.undef)] = list(self.undef.values())
        return column

    def list_words(self) -> npt.NDArray[np.uint64]:
        """The pool words each record's lists take (n,)."""
        if not self.has_lists:
            return np.zeros(len(self), dtype=np.uint64)
        counts = np.where(_IS_LIST[self.calls], self.args & np.uint64(COUNT_MASK), 0)
        words: npt.NDArray[np.uint64] = (counts * _STRIDE[self.calls]).sum(axis=1)
        return words.astype(np.uint64)

    def validate(self) -> str | None:
        """What is wrong with this chunk's columns, or None: call ids in the catalogue,
        callers, argument values within their C widths, lists within their limits, inside
        the pool and apart, their elements within their fields' widths, rc and errno
        consistent.  Vectorised."""
        n = len(self)
        shapes = {
            "args": (self.args.shape, (n, MAX_ARGS)),
            "rc": (self.rc.shape, (n,)),
            "errno": (self.errno.shape, (n,)),
            "outputs": (self.outputs.shape, (n, MAX_OUTPUTS)),
            "caller": (self.caller.shape, (n,)),
            "vcpu": (self.vcpu.shape, (n,)),
            "out_pool": (self.out_pool.shape, self.pool.shape),
        }
        for name, (shape, wanted) in shapes.items():
            if shape != wanted:
                return f"column {name} has shape {shape}, expected {wanted}"
        if n == 0:
            return None
        if int(self.calls.max()) >= len(CATALOGUE):
            bad = int(self.calls[self.calls >= len(CATALOGUE)][0])
            return f"unknown call id {bad}"
        widths = np.take(_ARG_LIMITS, self.calls, axis=0)  # take: 4x faster than [...]
        over = self.args > widths
        if over.any():
            row, col = map(int, np.argwhere(over)[0])
            call = CATALOGUE[int(self.calls[row])]
            arg = call.args[col]
            assert isinstance(arg, Arg)
            return (
                f"record {row}: {call.name} argument {arg.name} ="
                f" {int(self.args[row, col]):#x} does not fit in {arg.bits} bits"
            )
        bad_rc = ((self.rc < -1) & (self.errno > 0)) | ((self.rc == -1) & (self.errno == 0))
        if bad_rc.any():
            row = int(np.argwhere(bad_rc)[0][0])
            return f"record {row}: rc {int(self.rc[row])} with errno {int(self.errno[row])}"
        if _HAS_LISTS[self.calls].any():
            return self._validate_lists()
        return None

    def _validate_lists(self) -> str | None:
        rows, slots = np.nonzero(_IS_LIST[self.calls])
        refs = self.args[rows, slots]
        counts = refs & np.uint64(COUNT_MASK)
        offsets = refs >> np.uint64(LIST_SHIFT)
        ends = offsets + counts * _STRIDE[self.calls[rows], slots]
        for call, slot, lst in _LISTS:
            mine = (self.calls[rows] == call.id) & (slots == slot)
            if not mine.any():
                continue
            limit = lst.fixed_length if lst.fixed_length is not None else lst.max_length
            wrong = counts[mine] != limit if lst.fixed_length is not None else counts[mine] > limit
            if wrong.any():
                row = int(rows[mine][np.argmax(wrong)])
                count = int(counts[mine][np.argmax(wrong)])
                rule = "exactly" if lst.fixed_length is not None else "at most"
                return (
                    f"record {row}: {call.name} list {lst.name} has {count} elements;"
                    f" it takes {rule} {limit}"
                )
        used = counts > 0
        outside = used & (ends > np.uint64(len(self.pool)))
        if outside.any():
            at = int(np.argmax(outside))
            return (
                f"record {int(rows[at])}: {CATALOGUE[int(self.calls[rows[at]])].name} list in"
                f" slot {int(slots[at])} ends at word {int(ends[at])}, past the"
                f" {len(self.pool)}-word pool"
            )
        order = np.argsort(offsets[used], kind="stable")
        starts, stops = offsets[used][order], ends[used][order]
        overlap = stops[:-1] > starts[1:]
        if overlap.any():
            at = int(np.flatnonzero(used)[order][int(np.argmax(overlap)) + 1])
            return f"record {int(rows[at])}: its list in slot {int(slots[at])} overlaps another"
        for call, slot, lst in _LISTS:
            problem = self._check_elements(call, slot, lst)
            if problem is not None:
                return problem
        return None

    def _check_elements(self, call: Call, slot: int, lst: ListArg) -> str | None:
        """Elements (input and output) within their fields' widths."""
        narrow = [(f, spec) for f, spec in enumerate(lst.fields) if spec.bits < 64]
        rows = np.flatnonzero(self.calls == call.id)
        if not narrow or not len(rows):
            return None
        base, owner = element_words(self.args[rows, slot], lst.stride)
        for words, what in ((self.pool, "holds"), (self.out_pool, "was given")):
            for f, spec in narrow:
                over = words[base + f] > np.uint64(spec.max_value)
                if over.any():
                    at = int(np.argmax(over))
                    return (
                        f"record {int(rows[owner[at]])}: {call.name} {lst.name} element"
                        f" {what} {int(words[base[at] + f]):#x} in {spec.name}, wider than"
                        f" {spec.bits} bits"
                    )
        return None


def element_words(
    refs: npt.NDArray[np.uint64], stride: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """For list references ``refs`` (one per record) of elements ``stride`` words wide: the
    pool word of field 0 of every element, list after list, and the index into ``refs`` of
    the list each element belongs to."""
    counts = (refs & np.uint64(COUNT_MASK)).astype(np.int64)
    offsets = (refs >> np.uint64(LIST_SHIFT)).astype(np.int64)
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(refs)), counts)
    firsts = np.cumsum(counts) - counts
    base = offsets[owner] + (np.arange(total) - firsts[owner]) * stride
    return base, owner


def compact_lists(
    calls: npt.NDArray[np.uint16],
    args: npt.NDArray[np.uint64],
    pool: npt.NDArray[np.uint64],
    out_pool: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """(args, pool, out_pool) with the lists the records refer to copied, in trace order,
    into pools of their own (args is a copy when any list moved)."""
    if len(pool) == 0 or not len(calls) or not _HAS_LISTS[calls].any():
        return args, _no_u64(), _no_u64()
    rows, slots = np.nonzero(_IS_LIST[calls])
    refs = args[rows, slots]
    counts = refs & np.uint64(COUNT_MASK)
    words = (counts * _STRIDE[calls[rows], slots]).astype(np.int64)
    firsts = np.cumsum(words) - words
    total = int(words.sum())
    owner = np.repeat(np.arange(len(refs)), words)
    source = (refs >> np.uint64(LIST_SHIFT)).astype(np.int64)[owner] + (
        np.arange(total) - firsts[owner]
    )
    moved = args.copy()
    moved[rows, slots] = np.where(
        counts > 0, (firsts.astype(np.uint64) << np.uint64(LIST_SHIFT)) | counts, 0
    )
    return moved, pool[source], out_pool[source]


def _u16(value: int, index: int, what: str) -> int:
    if not isinstance(value, int) or not 0 <= value <= 0xFFFF:
        raise TraceError(f"record {index}: the {what} {brief(value)} is not a 16-bit number")
    return value


def _elements(
    pool: npt.NDArray[np.uint64], offset: int, count: int, lst: ListArg
) -> tuple[int, ...] | tuple[tuple[int, ...], ...]:
    words = [int(v) for v in pool[offset : offset + count * lst.stride]]
    if lst.scalar:
        return tuple(words)
    return tuple(tuple(words[i : i + lst.stride]) for i in range(0, len(words), lst.stride))


def list_words_of(call: Call, lst: ListArg, value: object, where: str) -> list[int]:
    """The pool words of a list value (a sequence of ints, or of field tuples for a struct
    list); TraceError names what is wrong with it."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TraceError(f"{where}: {call.name} {lst.name} must be a list, not {brief(value)}")
    words: list[int] = []
    for index, element in enumerate(value):
        fields = (element,) if lst.scalar else element
        if (
            isinstance(fields, (str, bytes))
            or not isinstance(fields, Sequence)
            or len(fields) != lst.stride
        ):
            raise TraceError(
                f"{where}: {call.name} {lst.name}[{index}] must have {lst.stride} fields,"
                f" not {brief(element)}"
            )
        for spec, part in zip(lst.fields, fields, strict=True):
            try:
                number = operator.index(part)
            except TypeError:
                number = -1
            if not 0 <= number <= spec.max_value:
                raise TraceError(
                    f"{where}: {call.name} {lst.name}[{index}]={brief(part)} is not an integer"
                    f" of {spec.bits} bits"
                )
            words.append(number)
    return words


def _pack_lists(
    call: Call, record: Record, index: int, pool: list[int], out_pool: list[int]
) -> dict[int, int]:
    """Appends a record's lists to the pools; returns each list slot's reference."""
    refs: dict[int, int] = {}
    if not call.lists:
        return refs
    where = f"record {index}"
    _, lists = split_outputs(call, record.outputs)
    given = dict(zip((lst.name for lst in call.output_lists), lists, strict=False))
    for slot, (arg, value) in enumerate(zip(call.args, record.args, strict=True)):
        if not isinstance(arg, ListArg):
            continue
        if arg.is_input:
            words = list_words_of(call, arg, value, where)
        else:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise TraceError(
                    f"{where}: {call.name} {arg.name} is an output list: its argument is"
                    f" the room given, a number, not {brief(value)}"
                )
            words = [0] * (value * arg.stride)
        count = len(words) // arg.stride
        if count > arg.max_length or (arg.fixed_length is not None and count != arg.fixed_length):
            raise TraceError(
                f"{where}: {call.name} {arg.name} has {count} elements; it takes"
                + (
                    f" exactly {arg.fixed_length}"
                    if arg.fixed_length is not None
                    else f" at most {arg.max_length}"
                )
            )
        offset = len(pool)
        refs[slot] = (offset << LIST_SHIFT) | count if count else 0
        pool.extend(words)
        written = [0] * len(words)
        if arg.is_output and arg.name in given:
            written = list_words_of(call, arg, given[arg.name], f"{where} output")
            if len(written) != len(words):
                raise TraceError(
                    f"{where}: {call.name} wrote {len(written) // arg.stride} elements of"
                    f" {arg.name}, which has room for {count}"
                )
        out_pool.extend(written)
    return refs


def check_output_lists(
    call: Call, row: npt.NDArray[np.uint64], outputs: tuple[OutValue, ...], where: str
) -> None:
    """That the output lists of an expected result fit the record's lists (as many
    elements as the room, of the right widths); TraceError otherwise."""
    _, lists = split_outputs(call, outputs)
    for lst, value in zip(call.output_lists, lists, strict=False):
        slot = call.args.index(lst)
        count = int(row[slot]) & COUNT_MASK
        words = list_words_of(call, lst, value, where)
        if len(words) != count * lst.stride:
            raise TraceError(
                f"{where}: {call.name} {lst.name} has room for {count} elements, not"
                f" {len(words) // lst.stride}"
            )


def output_list_words(
    call: Call, row: npt.NDArray[np.uint64], outputs: tuple[OutValue, ...]
) -> list[tuple[int, list[int]]]:
    """(pool offset, words) of each output list of an expected result, for a record whose
    argument slots are ``row`` (lists missing from ``outputs`` are zeros)."""
    _, lists = split_outputs(call, outputs)
    out = []
    for index, lst in enumerate(call.output_lists):
        ref = int(row[call.args.index(lst)])
        count = ref & COUNT_MASK
        words = (
            list_words_of(call, lst, lists[index], call.name)
            if index < len(lists)
            else [0] * (count * lst.stride)
        )
        out.append((ref >> LIST_SHIFT, words))
    return out


def _shift(side: Mapping[int, Any], start: int, stop: int) -> dict[int, Any]:
    return {k - start: v for k, v in side.items() if start <= k < stop}


def concat(chunks: Iterable[Chunk]) -> Chunk:
    """One chunk from several (side maps re-indexed, lists moved into one pool)."""
    parts = list(chunks)
    if not parts:
        return Chunk.empty()
    if len(parts) == 1:
        return parts[0]
    alternatives: dict[int, Mapping[str, Expectation]] = {}
    notes: dict[int, tuple[str, str]] = {}
    undef: dict[int, int] = {}
    args = []
    offset = 0
    words = 0
    for part in parts:
        alternatives.update({offset + k: v for k, v in part.alternatives.items()})
        notes.update({offset + k: v for k, v in part.notes.items()})
        undef.update({offset + k: v for k, v in part.undef.items()})
        offset += len(part)
        moved = part.args
        if words and part.has_lists:
            lists = _IS_LIST[part.calls] & ((part.args & np.uint64(COUNT_MASK)) > 0)
            moved = part.args.copy()
            moved[lists] += np.uint64(words << LIST_SHIFT)
        args.append(moved)
        words += len(part.pool)
    return Chunk(
        np.concatenate([p.calls for p in parts]),
        np.concatenate(args),
        np.concatenate([p.rc for p in parts]),
        np.concatenate([p.errno for p in parts]),
        np.concatenate([p.outputs for p in parts]),
        alternatives,
        notes,
        np.concatenate([p.caller for p in parts]),
        np.concatenate([p.vcpu for p in parts]),
        np.concatenate([p.pool for p in parts]),
        np.concatenate([p.out_pool for p in parts]),
        undef,
    )


__all__ = [
    "COUNT_MASK",
    "Chunk",
    "clear_undefined",
    "compact_lists",
    "concat",
    "element_words",
    "undefined_outputs",
]
