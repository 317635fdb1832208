"""The emulated Xen x86_64 HAP host, driven from Python.

>>> from replay import Machine
>>> m = Machine()                                   # two HAP domains of 4096 pages
>>> m.memshr_control(1, 1).rc
0
>>> m.memshr_nominate_gfn(1, 0x10).output("handle")
2

Every catalogue call is a method (generated into ``haptrace/binding/_calls.py``) returning a
:class:`CallResult`.  :meth:`Machine.batch` runs a numpy array of calls in one C call;
:meth:`Machine.check` runs the invariant audit; :meth:`Machine.snapshot` and
:meth:`Machine.restore` make and roll back to a snapshot in time proportional to what
changed.  State views (:meth:`Machine.p2m`, :meth:`Machine.domain_table`, ...) are numpy
arrays over the engine's own memory, without copying.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

try:
    from haptrace._percall import FastCall
except ModuleNotFoundError as exc:  # a source tree without the build shadows the install
    from haptrace.engines import not_built

    raise not_built("haptrace._percall", exc) from exc
from haptrace.catalogue import CATALOGUE, MAX_ARGS, MAX_OUTPUTS, PROFILES, Call, lookup
from haptrace.catalogue.limits import (
    DEFAULT_PROFILE,
    LIST_SHIFT,
    PACK,
    RAW_BAD_ARG0,
    RAW_BAD_CALLER,
    RAW_BAD_LIST0,
    RAW_BAD_VALUE0,
    RAW_CALLER_DOWN,
    RAW_REFUSED_LIMIT,
    RAW_UNKNOWN_CALL,
    RAW_UNSUPPORTED,
)
from haptrace.catalogue.model import ListArg
from haptrace.errors import (
    ArgumentTypeError,
    ConfigError,
    EngineError,
    HaptraceError,
    InputError,
    InvalidArgument,
    MachineTooLarge,
    UnknownCall,
    brief,
)

from . import _native
from ._calls import CALL_NAMES, KNOWN_RESULTS, REQUIRED, CallMethods, bind_calls, remember
from ._native import ffi, lib
from .abi import (
    DEFAULT_ABI,
    GuestMemory,
    HypercallResult,
    HypercallRunner,
    hypercall_array,
)
from .config import DEFAULT_MAX_MEMORY, MIN_GFN_CAPACITY, MachineConfig, check_profile, host_options
from .lean import EngineMachine
from .result import CallResult, pack

MAX_OUTS = MAX_OUTPUTS

# One call of a batch: the call, the calling domain and vcpu, and the argument slots (a
# list argument's slot holds offset << LIST_SHIFT | count into the batch's word pool).
CALL_DTYPE = np.dtype(
    [("call", "<u4"), ("caller", "<u2"), ("vcpu", "<u2"), ("arg", "<u8", (MAX_ARGS,))]
)
RESULT_DTYPE = np.dtype(
    [("rc", "<i8"), ("err", "<u4"), ("reason", "<u4"), ("out", "<u8", (MAX_OUTS,))]
)
P2M_DTYPE = np.dtype(
    [("mfn", "<u4"), ("rmap_next", "<u4"), ("type", "u1"), ("access", "u1"), ("pin", "<u2")]
)
FRAME_DTYPE = np.dtype(
    [
        ("m2p", "<u4"),
        ("link", "<u4"),
        ("content", "<u4"),
        ("owner", "<u2"),
        ("refs", "u1"),
        ("bits", "u1"),
    ]
)
DOMAIN_DTYPE = np.dtype(
    [
        ("tot_pages", "<i8"),
        ("max_pages", "<i8"),
        ("shr_pages", "<i8"),
        ("paged_pages", "<i8"),
        ("p2m_base", "<u4"),
        ("p2m_size", "<u4"),
        ("domid", "<u2"),
        ("in_use", "u1"),
        ("flags", "u1"),
        ("pad", "<u4"),
    ]
)
HOST_DTYPE = np.dtype(
    [
        ("last_handle", "<u8"),
        ("freed_pages", "<i8"),
        ("used_frames", "<i8"),
        ("free_frames", "<i8"),
        ("xenheap_free", "<i8"),
        ("share_free", "<i8"),
        ("total_frames", "<u8"),
        ("gfn_used", "<u8"),
        ("xen_frames", "<i8"),
        ("freed_drift", "<i8"),
    ]
)

for _dtype, _ctype in (
    (CALL_DTYPE, "ht_call_rec"),
    (RESULT_DTYPE, "ht_result"),
    (P2M_DTYPE, "ht_p2m_entry"),
    (FRAME_DTYPE, "ht_frame"),
    (DOMAIN_DTYPE, "ht_domain_pub"),
    (HOST_DTYPE, "ht_host_pub"),
):
    if _dtype.itemsize != ffi.sizeof(_ctype):  # pragma: no cover - a layout bug
        raise EngineError(f"numpy layout of {_ctype} does not match the C struct")

# Batch flags (csrc/include/haptrace.h).
STOP_ON_UNDOCUMENTED: int = lib.HT_BATCH_STOP_ON_UNDOCUMENTED
CHECK_INVARIANTS: int = lib.HT_BATCH_CHECK_INVARIANTS
STOP_ON_REFUSED: int = lib.HT_BATCH_STOP_ON_REFUSED
STOPPED_BY_INVARIANT = 8

_NOUTS = tuple(len(call.outputs) for call in CATALOGUE)
_REFUSED = RAW_REFUSED_LIMIT
MAX_VIOLATIONS = 1 << 16  # the most violations check() collects in one buffer
_SERIALS = itertools.count(1)  # tells machines apart for snapshots (ids can be reused)
# The fixed-arity engine entry points, by number of arguments, and the documented methods
# whose docstrings the bound per-call functions take.
_ENTRY_POINTS = tuple(getattr(lib, f"ht_call{arity}") for arity in range(MAX_ARGS + 1))
_METHODS = tuple(getattr(CallMethods, name) for name in CALL_NAMES)
# The same entry points as addresses, for the per-call fast path (haptrace._percall), which
# calls them from C; they belong to whichever engine build haptrace.binding._native loaded.
_ENTRY_ADDRESSES = tuple(
    int(ffi.cast("uintptr_t", ffi.addressof(lib, f"ht_call{arity}")))
    for arity in range(MAX_ARGS + 1)
)


@dataclass(frozen=True)
class Violation:
    """A broken invariant, with what the engine says broke it."""

    invariant: str  # e.g. "sharing.1"
    statement: str
    domid: int | None
    gfn: int | None
    mfn: int | None
    expected: int
    actual: int

    def __str__(self) -> str:
        where = []
        if self.domid is not None:
            where.append(f"domain {self.domid}")
        if self.gfn is not None:
            where.append(f"gfn {self.gfn:#x}")
        if self.mfn is not None:
            where.append(f"mfn {self.mfn:#x}")
        place = f" at {', '.join(where)}" if where else ""
        return (
            f"{self.invariant} violated{place}: {self.statement}"
            f" (expected {self.expected}, found {self.actual})"
        )


@dataclass(frozen=True)
class PlantedBug:
    index: int
    name: str
    source: str
    description: str


PLANTED_BUGS: tuple[PlantedBug, ...] = tuple(
    PlantedBug(i, name, source, text)
    for i, (name, source, text) in enumerate(
        zip(_native.BUG_NAMES, _native.BUG_SOURCES, _native.BUG_TEXTS, strict=True)
    )
)
INVARIANTS: tuple[tuple[str, str], ...] = tuple(
    zip(_native.INVARIANT_NAMES, _native.INVARIANT_TEXTS, strict=True)
)


def bug_mask(names: Iterable[str]) -> int:
    """The engine's bit mask for planted bug names; InputError names the unknown ones."""
    by_name = {bug.name: bug.index for bug in PLANTED_BUGS}
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        raise ArgumentTypeError(f"planted bugs are a list of names, not {brief(names)}")
    mask = 0
    for name in names:
        if not isinstance(name, str) or name not in by_name:
            known = ", ".join(sorted(by_name))
            raise InvalidArgument(f"unknown planted bug {brief(name)}; known: {known}")
        mask |= 1 << by_name[name]
    return mask


@dataclass(frozen=True)
class Snapshot:
    """A point :meth:`Machine.restore` can return to (valid until the next snapshot of
    the same machine, and only on that machine)."""

    machine: int  # the serial number of the Machine that took it
    generation: int


@dataclass(frozen=True)
class BatchOutcome:
    """What :meth:`Machine.batch` did: one result per call run, and why it stopped early."""

    results: npt.NDArray[Any]
    ran: int
    stop: int  # 0, STOP_ON_UNDOCUMENTED, STOP_ON_REFUSED or STOPPED_BY_INVARIANT


def calls_array(calls: Iterable[tuple[str | int, Iterable[int]]]) -> npt.NDArray[Any]:
    """A batch of calls without lists from (call name or id, arguments) pairs, arguments in
    catalogue order, all made by domain 0's vcpu 0 (:func:`pack_calls` takes lists and
    callers)."""
    items = list(calls)
    records = np.zeros(len(items), dtype=CALL_DTYPE)
    for index, (name_or_id, args) in enumerate(items):
        call = lookup(name_or_id)
        if call.lists:
            raise InvalidArgument(f"{call.name} takes lists: build its batch with pack_calls")
        values = list(args)
        if len(values) != len(call.args):
            raise InvalidArgument(
                f"{call.name} takes {len(call.args)} arguments, not {len(values)}"
            )
        records[index]["call"] = call.id
        for position, value in enumerate(values):
            records[index]["arg"][position] = _check_width(call, position, value)
    return records


@dataclass(frozen=True)
class PackedCall:
    """One call's argument slots and the words its lists put in a pool."""

    slots: tuple[int, ...]  # MAX_ARGS values; a list's slot is relative to words' start
    words: tuple[int, ...]
    out_lists: tuple[tuple[int, int, int], ...]  # (slot, word offset, count) to read back


def pack_values(call: Call, values: Sequence[Any], base: int = 0) -> PackedCall:
    """A call's input values (its ``input_args``, lists as sequences, length arguments None
    for the list's length) as argument slots and pool words starting at word ``base``.
    Everything is checked against the catalogue here, so the engine never refuses it."""
    inputs = call.input_args
    if len(values) != len(inputs):
        raise ArgumentTypeError(f"{call.name} takes {len(inputs)} arguments, not {len(values)}")
    given = {arg.name: value for arg, value in zip(inputs, values, strict=True)}
    # Input lists first: a length argument left out is its list's length.
    elements_of = {
        arg.name: _list_words(call, arg, given[arg.name]) for arg in call.lists if arg.is_input
    }
    slots: list[int] = []
    words: list[int] = []
    out_lists: list[tuple[int, int, int]] = []
    for position, arg in enumerate(call.args):
        if isinstance(arg, ListArg):
            if arg.is_input:
                elements = elements_of[arg.name]
            else:
                elements = [0] * (_out_length(call, arg, given) * arg.stride)
            count = len(elements) // arg.stride
            if count > arg.max_length:
                raise InvalidArgument(
                    f"{call.name}: {arg.name} has {count} elements; at most {arg.max_length}"
                )
            if arg.fixed_length is not None and count != arg.fixed_length:
                raise InvalidArgument(
                    f"{call.name}: {arg.name} must have exactly {arg.fixed_length} elements"
                )
            offset = base + len(words)
            if arg.is_output:
                out_lists.append((position, offset, count))
            slots.append((offset << LIST_SHIFT) | count if count else 0)
            words.extend(elements)
            continue
        value = given.get(arg.name, REQUIRED)
        if value is None and arg.length_of is not None:
            target = call.arg(arg.length_of)
            assert isinstance(target, ListArg)
            if not target.is_input:
                raise InvalidArgument(
                    f"{call.name}: give {arg.name}, the room for the output list {target.name}"
                )
            value = len(elements_of[target.name]) // target.stride
        if value is REQUIRED:
            raise ArgumentTypeError(f"{call.name}: missing argument {arg.name}")
        slots.append(_check_width(call, position, value))
    slots += [0] * (MAX_ARGS - len(slots))
    return PackedCall(tuple(slots), tuple(words), tuple(out_lists))


def _list_words(call: Call, arg: ListArg, value: Any) -> list[int]:
    if value is REQUIRED or value is None:
        raise ArgumentTypeError(f"{call.name}: missing argument {arg.name}")
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ArgumentTypeError(f"{call.name}: {arg.name} must be a list, not {brief(value)}")
    words: list[int] = []
    for index, element in enumerate(value):
        parts = (element,) if arg.scalar else element
        if arg.scalar is False and (
            isinstance(parts, (str, bytes)) or not isinstance(parts, Iterable)
        ):
            raise InvalidArgument(f"{call.name}: {arg.name}[{index}] must have {arg.stride} fields")
        fields = tuple(parts)
        if len(fields) != arg.stride:
            raise InvalidArgument(
                f"{call.name}: {arg.name}[{index}] must have {arg.stride} fields, not {len(fields)}"
            )
        for field, part in zip(arg.fields, fields, strict=True):
            try:
                number = operator.index(part)
            except TypeError:
                raise ArgumentTypeError(
                    f"{call.name}: {arg.name}[{index}]"
                    + ("" if arg.scalar else f".{field.name}")
                    + f"={brief(part)} is not an integer"
                ) from None
            if not 0 <= number <= field.max_value:
                raise InvalidArgument(
                    f"{call.name}: {arg.name}[{index}]"
                    + ("" if arg.scalar else f".{field.name}")
                    + f"={part!r} is not an integer of {field.bits} bits"
                )
            words.append(number)
    return words


def _out_length(call: Call, arg: ListArg, given: dict[str, Any]) -> int:
    if arg.fixed_length is not None:
        return arg.fixed_length
    assert isinstance(arg.length, str)
    value = given.get(arg.length)
    if value is None or value is REQUIRED:
        raise InvalidArgument(f"{call.name}: give {arg.length}, the room for {arg.name}")
    try:
        number = operator.index(value)
    except TypeError:
        raise ArgumentTypeError(f"{call.name}: {arg.length} must be an integer") from None
    if not 0 <= number <= arg.max_length:
        raise InvalidArgument(
            f"{call.name}: {arg.length}={number} is more room than {arg.name} can have"
            f" ({arg.max_length})"
        )
    return number


def pack_calls(
    calls: Iterable[tuple[str | int, Sequence[Any]] | tuple[str | int, Sequence[Any], int, int]],
) -> tuple[npt.NDArray[Any], npt.NDArray[np.uint64]]:
    """A batch and its word pool from (call, input values[, caller domid, vcpu]) tuples;
    values as :func:`pack_values` takes them."""
    items = list(calls)
    records = np.zeros(len(items), dtype=CALL_DTYPE)
    pool: list[int] = []
    for index, item in enumerate(items):
        call = lookup(item[0])
        packed = pack_values(call, item[1], base=len(pool))
        pool.extend(packed.words)
        records[index]["call"] = call.id
        if len(item) == 4:
            records[index]["caller"] = _check_caller(item[2], "domid")
            records[index]["vcpu"] = _check_caller(item[3], "vcpu")
        records[index]["arg"] = packed.slots
    return records, np.array(pool, dtype=np.uint64)


def _check_caller(value: object, what: str) -> int:
    return check_integer(value, f"the caller's {what}", 0xFFFF)


def check_integer(value: object, what: str, high: int, low: int = 0) -> int:
    """``value`` as a plain int within [low, high]: ArgumentTypeError when it is not an
    integer (anything with ``__index__`` is), InvalidArgument when it is out of range."""
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentTypeError(f"{what} must be an integer, not {brief(value)}") from None
    if not low <= number <= high:
        raise InvalidArgument(f"{what} must be between {low} and {high:#x}, not {number}")
    return number


def _check_width(call: Call, position: int, value: object) -> int:
    """``value`` as a plain int if it fits the argument.  Anything with ``__index__`` is an
    integer here, as it is to cffi on the per-call fast path: numpy integers, and bools
    (``enable=True`` is 1)."""
    spec = call.args[position]
    if isinstance(spec, ListArg):
        raise InvalidArgument(f"{call.name}: {spec.name} is a list")
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentTypeError(
            f"{call.name}: {spec.name} must be a non-negative integer, not {brief(value)}"
        ) from None
    if number < 0:
        raise InvalidArgument(
            f"{call.name}: {spec.name} must be a non-negative integer, not {number}"
        )
    if number > spec.max_value:
        raise InvalidArgument(
            f"{call.name}: {spec.name}={number:#x} does not fit in {spec.bits} bits"
        )
    return number


class Machine(CallMethods):
    """One emulated host: its configuration, its profile and its planted bugs."""

    def __init__(
        self,
        config: MachineConfig | None = None,
        profile: str = DEFAULT_PROFILE,
        bugs: Iterable[str] = (),
        max_memory: int = DEFAULT_MAX_MEMORY,
        shared: bool = False,
    ) -> None:
        """``max_memory``: the most bytes the machine may take (MachineTooLarge, before
        anything is allocated, for a configuration that needs more).  ``shared``: the
        machine is carved from a region the programs of `haptrace run` map and run
        hypercalls on in their own processes (``self.shared``; csrc/shared.c)."""
        if config is not None and not isinstance(config, MachineConfig):
            raise ConfigError(f"config must be a MachineConfig, not {brief(config)}")
        self.config = config if config is not None else MachineConfig.default()
        self.profile = check_profile(profile)
        bug_mask(bugs)  # checked before the engine allocates anything
        engine_config = _engine_config(self.config, self.profile)
        check_memory(self.config, engine_config, max_memory)
        # The machine through the C API (haptrace.binding.lean), which owns the pointer.
        self.engine = EngineMachine(_native.BUILD, engine_config, DEFAULT_ABI if shared else None)
        self.shared = self.engine.shared
        self._m = self.engine.pointer
        self._last = lib.ht_last(self._m)
        # The per-call functions, closed over the engine pointer; as instance attributes
        # they shadow the documented methods of CallMethods (see _calls.py).  They
        # hold the pointer, not the Machine, so no reference cycle delays freeing it.
        # Outputs are read through a memoryview of the result's output array: indexing it
        # gives a Python int in half the time a cdata index takes.
        outputs = memoryview(ffi.buffer(self._last.out)).cast("Q")
        last = self._last

        def refused(call: int, raw: int, args: tuple[int, ...]) -> HaptraceError:
            return _refused(call, raw, args, int(last.reason))

        self._bound = bind_calls(
            self._m, outputs, _ENTRY_POINTS, _bad_value, refused, self._call_lists
        )
        # Each is then wrapped in a FastCall (csrc/python/percall.c), which runs the common
        # case in C and hands keyword arguments, unusual argument types and rare results to
        # the Python function or to _finish, so the two paths cannot disagree.
        machine = int(ffi.cast("uintptr_t", self._m))
        out = int(ffi.cast("uintptr_t", self._last.out))
        for call, bound, method in zip(CATALOGUE, self._bound, _METHODS, strict=True):
            function = _signature_checked(call, bound)
            function.__doc__ = method.__doc__
            if call.lists:
                # Lists are packed by _call_lists; the fast path carries scalars only.
                self.__dict__[call.name] = function
                continue
            arity = len(call.args)
            self.__dict__[call.name] = FastCall(
                function,
                _finish,
                self._m,
                machine,
                _ENTRY_ADDRESSES[arity],
                out,
                call.id,
                arity,
                function.__defaults__ or (),  # the trailing arguments' defaults
                len(call.outputs),
                KNOWN_RESULTS[call.id],
                CallResult,
            )
        self._abi_runners: dict[str, HypercallRunner] = {}
        self._serial = next(_SERIALS)
        self._generation = 0
        self._snapshot_active = False
        self.set_bugs(bugs)
        for domain in self.config.domains:
            result = self.domain_create(
                domain.domid,
                domain.pages,
                domain.max_pages,
                domain.p2m_size,
                domain.vcpus,
                domain.flags,
            )
            if not result.ok:
                asked = sum(d.pages for d in self.config.domains)
                raise ConfigError(
                    f"domain {domain.domid} cannot be created: {result.reason}"
                    f" ({result.errno_name}); the domains ask for {asked} pages on a host of"
                    f" {self.config.host.total_frames} frames (HostConfig.total_frames)"
                )

    def __repr__(self) -> str:
        ids = ", ".join(str(d) for d in self.domain_ids())
        return f"<Machine profile={self.profile} domains=[{ids}]>"

    # ---- calls ---------------------------------------------------------------------------

    # The generated functions (_calls.py) build results inline; this builds the
    # result of the generic call().

    def _done(self, call: int, raw: int, args: tuple[int, ...]) -> CallResult:
        reason = int(self._last.reason)
        if raw >= 0:
            count = _NOUTS[call]
            outputs = tuple(ffi.unpack(self._last.out, count)) if count else ()
            return CallResult((call, pack(raw, reason), *outputs))
        if raw > _REFUSED or raw == RAW_UNSUPPORTED:
            return CallResult((call, pack(raw, reason)))
        raise _refused(call, raw, args, reason)

    def last_result(self, call: int) -> CallResult:
        """The engine's result of the last call it ran on this machine, by any path (a
        batch, a replay), as a result of call ``call``."""
        last = self._last
        raw = int(last.rc) if last.rc >= 0 else -int(last.err)
        nouts = len(CATALOGUE[call].outputs) if raw >= 0 else 0
        outputs = tuple(int(v) for v in ffi.unpack(last.out, nouts))
        return CallResult((call, pack(raw, int(last.reason)), *outputs))

    def call(
        self,
        name_or_id: str | int,
        *args: Any,
        caller: tuple[int, int] | None = None,
        **kwargs: Any,
    ) -> CallResult:
        """Any catalogue call by name or id, arguments by position or by name (lists as
        sequences); ``caller`` (domid, vcpu) makes it on behalf of that vcpu."""
        spec = lookup(name_or_id)
        values = bind_arguments(spec, args, kwargs)
        if caller is not None:
            with self.caller(*caller):
                return self._call_values(spec, values)
        return self._call_values(spec, values)

    def _call_values(self, spec: Call, values: list[Any]) -> CallResult:
        if spec.lists:
            return self._call_lists(spec.id, tuple(values))
        arg = ffi.new(f"uint64_t[{MAX_ARGS}]", values + [0] * (MAX_ARGS - len(values)))
        raw = lib.ht_call(self._m, spec.id, arg, ffi.NULL, 0, ffi.NULL)
        return self._done(spec.id, raw, tuple(values))

    def _call_lists(self, call_id: int, values: tuple[Any, ...]) -> CallResult:
        """A call with list arguments: packed into one word pool, run in one C call; the
        output lists are read back from the pool."""
        spec = CATALOGUE[call_id]
        packed = pack_values(spec, values)
        slots = ffi.new(f"uint64_t[{MAX_ARGS}]", packed.slots)
        pool = ffi.new("uint64_t[]", packed.words) if packed.words else ffi.NULL
        raw = int(lib.ht_call(self._m, call_id, slots, pool, len(packed.words), ffi.NULL))
        if raw <= _REFUSED and raw != RAW_UNSUPPORTED:
            raise _refused(call_id, raw, packed.slots, int(self._last.reason))
        reason = int(self._last.reason)
        count = _NOUTS[call_id]
        scalars = tuple(ffi.unpack(self._last.out, count)) if count and raw >= 0 else ()
        if not spec.output_lists:
            return CallResult((call_id, pack(raw, reason), *scalars))
        if len(scalars) < count:
            scalars = (0,) * count
        lists = []
        for (_slot, offset, length), lst in zip(packed.out_lists, spec.output_lists, strict=True):
            words = ffi.unpack(pool + offset, length * lst.stride) if length else []
            if lst.scalar:
                lists.append(tuple(words))
            else:
                lists.append(
                    tuple(
                        tuple(words[i : i + lst.stride]) for i in range(0, len(words), lst.stride)
                    )
                )
        return CallResult((call_id, pack(raw, reason), *scalars, *lists))

    @contextmanager
    def caller(self, domid: int, vcpu: int = 0) -> Iterator[None]:
        """Make the calls of the ``with`` block on behalf of ``domid``'s vcpu ``vcpu`` (a
        guest acting on itself, with DOMID_SELF resolved to it), then go back."""
        before = self.current_caller()
        self.set_caller(domid, vcpu)
        try:
            yield
        finally:
            lib.ht_set_caller(self._m, *before)

    def set_caller(self, domid: int, vcpu: int = 0) -> None:
        """Make every following call on behalf of ``domid``'s vcpu ``vcpu`` (domain 0's
        vcpu 0 until set)."""
        domid = _check_caller(domid, "domid")
        vcpu = _check_caller(vcpu, "vcpu")
        if lib.ht_set_caller(self._m, domid, vcpu) != 0:
            raise InvalidArgument(f"no vcpu {vcpu} of domain {domid} can make calls")

    def current_caller(self) -> tuple[int, int]:
        """(domid, vcpu) of the caller the next call is made by."""
        return int(lib.ht_caller_domid(self._m)), int(lib.ht_caller_vcpu(self._m))

    def batch(
        self,
        calls: npt.NDArray[Any],
        flags: int = 0,
        out: npt.NDArray[Any] | None = None,
        pool: npt.NDArray[np.uint64] | None = None,
    ) -> BatchOutcome:
        """Run an array of CALL_DTYPE records in one C call, each made by the caller its
        record names; list arguments refer into ``pool`` (see :func:`pack_calls`), into
        which output lists are written back.

        ``flags`` may stop at the first undocumented code (STOP_ON_UNDOCUMENTED), at the
        first refused record (STOP_ON_REFUSED), or check the invariants after every call
        and stop at the first violation (CHECK_INVARIANTS).  ``out``, a contiguous
        RESULT_DTYPE array at least as long as ``calls``, receives the results instead of
        a freshly allocated array (callers running many batches reuse one buffer); the
        outcome's ``results`` is then a view of its first ``len(calls)`` records (those
        past the calls that ran keep what they held).
        """
        if not isinstance(calls, np.ndarray):
            raise ArgumentTypeError(f"a batch is a CALL_DTYPE array, not {brief(calls)}")
        if calls.dtype != CALL_DTYPE:
            raise InvalidArgument(f"a batch must have dtype CALL_DTYPE, not {calls.dtype}")
        flags = check_integer(flags, "batch flags", 0xFFFFFFFF)
        for name, given in (("out", out), ("pool", pool)):
            if given is not None and not isinstance(given, np.ndarray):
                raise ArgumentTypeError(f"{name} must be a numpy array, not {brief(given)}")
        calls = np.ascontiguousarray(calls)
        if out is None:
            results = np.zeros(len(calls), dtype=RESULT_DTYPE)
        else:
            if out.dtype != RESULT_DTYPE or not out.flags.c_contiguous or not out.flags.writeable:
                raise InvalidArgument("out must be a writeable contiguous RESULT_DTYPE array")
            if len(out) < len(calls):
                raise InvalidArgument(
                    f"out holds {len(out)} results but the batch has {len(calls)} calls"
                )
            results = out[: len(calls)]
        if len(calls) == 0:
            return BatchOutcome(results, 0, 0)
        if pool is not None and (
            pool.dtype != np.uint64 or not pool.flags.c_contiguous or not pool.flags.writeable
        ):
            raise InvalidArgument("pool must be a writeable contiguous uint64 array")
        words = ffi.cast("uint64_t *", ffi.from_buffer(pool)) if pool is not None else ffi.NULL
        stop = ffi.new("uint32_t *")
        ran = lib.ht_batch(
            self._m,
            ffi.cast("ht_call_rec *", ffi.from_buffer(calls)),
            len(calls),
            words,
            0 if pool is None else len(pool),
            ffi.cast("ht_result *", ffi.from_buffer(results)),
            flags,
            stop,
        )
        return BatchOutcome(results, int(ran), int(stop[0]))

    def hypercall(
        self,
        op: int,
        args: Sequence[int] = (),
        memory: GuestMemory | None = None,
        abi: str = DEFAULT_ABI,
    ) -> HypercallResult:
        """A raw hypercall of ABI version ``abi`` (its number and up to five arguments),
        made by the current caller against ``memory`` (the caller's buffers, read and
        written in place): decoded into catalogue calls, run, and the results written back
        as that Xen writes them (haptrace.binding.abi)."""
        return self._hypercalls(abi).run(op, args, memory if memory is not None else GuestMemory())

    def hypercall_lean(
        self,
        op: int,
        args: Sequence[int],
        memory: GuestMemory,
        watched: frozenset[int],
        abi: str = DEFAULT_ABI,
    ) -> int | HypercallResult:
        """``hypercall`` with its five arguments as a privcmd_hypercall_t holds them, for a
        caller that needs only the value: that alone (nothing decoded), unless the
        hypercall is unsupported or ran a call whose catalogue id is in ``watched``, when
        it is the whole HypercallResult (the privcmd server's per-call path)."""
        return self._hypercalls(abi).run_lean(op, args, memory, watched)

    def hypercall_local(
        self,
        op: int,
        args: Sequence[int],
        memory: GuestMemory,
        deferred: frozenset[int],
        abi: str = DEFAULT_ABI,
    ) -> int | None:
        """The hypercall as a program's shim runs it in its own process (`haptrace run`,
        csrc/shared.c): its value, or None when it is left to the privcmd server with
        nothing run and nothing written (haptrace.binding.abi.HypercallRunner.run_local)."""
        return self._hypercalls(abi).run_local(op, args, memory, deferred)

    def observe_hypercall(
        self,
        op: int,
        args: Sequence[int],
        before: GuestMemory,
        after: GuestMemory,
        host_raw: int,
        abi: str = DEFAULT_ABI,
    ) -> HypercallResult:
        """A raw hypercall a real hypervisor made (``haptrace record``), decoded without
        running it: the catalogue calls it stands for, with arguments as the caller's
        memory ``before`` it held them and the results the hypervisor gave (``host_raw``,
        and the outputs it wrote into ``after``).  The machine is only the decoder's
        context: its state does not change."""
        return self._hypercalls(abi).observe(op, args, before, after, host_raw)

    def hypercall_batch(
        self,
        hypercalls: npt.NDArray[Any] | Sequence[tuple[int, Sequence[int]]],
        memory: GuestMemory,
        abi: str = DEFAULT_ABI,
        raw: npt.NDArray[np.int64] | None = None,
    ) -> npt.NDArray[np.int64]:
        """Hypercalls (a HYPERCALL_DTYPE array, or (number, arguments) pairs) run in one C
        call against ``memory``; what each returned (into ``raw`` if given; nothing else
        is decoded)."""
        records = hypercalls if isinstance(hypercalls, np.ndarray) else hypercall_array(hypercalls)
        out = raw if raw is not None else np.zeros(len(records), dtype=np.int64)
        self._hypercalls(abi).batch(records, memory, out)
        return out[: len(records)]

    def _hypercalls(self, abi: str) -> HypercallRunner:
        runner = self._abi_runners.get(abi)
        if runner is None:
            runner = self._abi_runners[abi] = HypercallRunner(self._m, abi)
        return runner

    def documented(self, call: str | int, errno: int) -> bool:
        """Whether the profile documents ``errno`` for ``call``."""
        spec = lookup(call)
        return check_integer(errno, "an errno", 2**64 - 1) in spec.errnos(self.profile)

    # ---- invariants, snapshots, bugs -----------------------------------------------------

    def check(self, limit: int = 64) -> list[Violation]:
        """Run the invariant audit (and collect what the transition oracle found since the
        last check).  Returns at most ``limit`` violations; empty means all hold."""
        limit = check_integer(limit, "the violation limit", MAX_VIOLATIONS)
        buffer = ffi.new("ht_violation[]", limit)
        found = int(lib.ht_check(self._m, buffer, limit))
        out = []
        for index in range(min(found, limit)):
            v = buffer[index]
            out.append(
                Violation(
                    invariant=INVARIANTS[v.invariant][0],
                    statement=INVARIANTS[v.invariant][1],
                    domid=None if v.domid == 0xFFFFFFFF else int(v.domid),
                    gfn=None if v.gfn == 2**64 - 1 else int(v.gfn),
                    mfn=None if v.mfn == 2**64 - 1 else int(v.mfn),
                    expected=int(v.expected),
                    actual=int(v.actual),
                )
            )
        return out

    def set_oracle(self, on: bool) -> None:
        """Run the transition oracle on every call (off by default; check() reports)."""
        lib.ht_set_oracle(self._m, int(on))

    def snapshot(self) -> Snapshot:
        """Start recording changes; restore() returns here.  A new snapshot replaces the
        previous one."""
        lib.ht_snapshot(self._m)
        self._generation += 1
        self._snapshot_active = True
        return Snapshot(self._serial, self._generation)

    def current_snapshot(self) -> Snapshot | None:
        """The snapshot restore() returns to now, if any."""
        return Snapshot(self._serial, self._generation) if self._snapshot_active else None

    def restore(self, snapshot: Snapshot) -> None:
        """Undo every change made since ``snapshot``; the snapshot stays valid."""
        if not isinstance(snapshot, Snapshot):
            raise ArgumentTypeError(
                f"restore takes a Snapshot from snapshot(), not {brief(snapshot)}"
            )
        if snapshot.machine != self._serial:
            raise InputError("this snapshot was taken on another machine")
        if not self._snapshot_active or snapshot.generation != self._generation:
            raise InputError("this snapshot is no longer valid (a newer one replaced it)")
        if lib.ht_restore(self._m) != 0:  # pragma: no cover - guarded above
            raise EngineError("the engine has no active snapshot")

    def end_snapshot(self) -> None:
        lib.ht_snapshot_end(self._m)
        self._snapshot_active = False

    def journal_length(self) -> int:
        return int(lib.ht_journal_length(self._m))

    def state_digest(self) -> int:
        """A hash of the whole machine state (equal digests: equal states)."""
        return int(lib.ht_state_digest(self._m))

    def state_bytes(self) -> int:
        """Bytes of machine state at its configured capacities."""
        return int(lib.ht_state_bytes(self._m))

    @property
    def bugs(self) -> tuple[str, ...]:
        mask = int(lib.ht_bugs(self._m))
        return tuple(bug.name for bug in PLANTED_BUGS if mask >> bug.index & 1)

    def set_bugs(self, names: Iterable[str]) -> None:
        """Turn planted bugs on by name (all others off)."""
        if lib.ht_set_bugs(self._m, bug_mask(names)) != 0:  # pragma: no cover
            raise EngineError("the engine refused the planted-bug mask")

    # ---- state views (numpy, no copies) --------------------------------------------------

    def _view(self, pointer: Any, dtype: np.dtype[Any], count: int) -> npt.NDArray[Any]:
        # The keepalive ties the buffer (and so the array) to this machine's lifetime.
        owned = ffi.gc(pointer, self._keepalive)
        return np.frombuffer(ffi.buffer(owned, dtype.itemsize * count), dtype=dtype)

    def _keepalive(self, _pointer: Any) -> None:
        """Destructor of view pointers: does nothing; its reference keeps self alive."""

    def host_counters(self) -> npt.NDArray[Any]:
        """The host counters as a one-element structured array (live, not a copy)."""
        return self._view(lib.ht_host(self._m), HOST_DTYPE, 1)

    def domain_table(self) -> npt.NDArray[Any]:
        """Every domain slot's counters (live); use ``in_use`` and ``domid``."""
        return self._view(lib.ht_domains(self._m), DOMAIN_DTYPE, _native.MAX_DOMAINS)

    def frames(self) -> npt.NDArray[Any]:
        return self._view(lib.ht_frames(self._m), FRAME_DTYPE, self.config.host.total_frames)

    def p2m(self, domid: int) -> npt.NDArray[Any]:
        """The p2m entries of one domain (live): fields mfn, type, access, rmap_next."""
        slot = self._slot(domid)
        row = self.domain_table()[slot]
        base, size = int(row["p2m_base"]), int(row["p2m_size"])
        arena = self._view(lib.ht_p2m_arena(self._m), P2M_DTYPE, base + size)
        return arena[base : base + size]

    def p2m_types(self, domid: int) -> npt.NDArray[Any]:
        return self.p2m(domid)["type"]

    def evtchn_pending(self, domid: int, port: int) -> bool:
        """Whether ``port`` of ``domid`` is pending in its shared info (what a dom0 kernel's
        upcall handler reads); False for a domain that does not exist."""
        return bool(lib.ht_evtchn_pending(self._m, domid, port) == 1)

    def gnttab_version(self, domid: int) -> int | None:
        """The version of ``domid``'s grant table (0 before first use; None: no such
        domain): the layout of its frames' bytes (the privcmd server's gntdev)."""
        version = int(lib.ht_gnttab_version(self._m, domid))
        return None if version < 0 else version

    def grant_entry(self, domid: int, gref: int) -> tuple[int, int, int] | None:
        """Grant entry ``gref`` of ``domid`` as the engine holds it: (GTF_* flags, grantee
        (0xffff: any domain), frame); all zero for an entry never written; None when there
        is no such domain."""
        out = ffi.new("uint64_t[3]")
        if int(lib.ht_gnttab_entry(self._m, domid, gref, out)) < 0:
            return None
        return int(out[0]), int(out[1]), int(out[2])

    def domain_ids(self) -> list[int]:
        table = self.domain_table()
        return sorted(int(d) for d in table["domid"][table["in_use"] == 1])

    def counters(self) -> dict[str, Any]:
        """A plain copy of the counters: host-wide and per domain."""
        host = self.host_counters()[0]
        table = self.domain_table()
        domains = {}
        for row in table[table["in_use"] == 1]:
            domains[int(row["domid"])] = {
                name: int(row[name])
                for name in ("tot_pages", "max_pages", "shr_pages", "paged_pages", "flags")
            }
        return {
            "freed_pages": int(host["freed_pages"]),
            "used_frames": int(host["used_frames"]),
            "free_frames": int(host["free_frames"]),
            "last_handle": int(host["last_handle"]),
            "domains": domains,
        }

    def _slot(self, domid: int) -> int:
        domid = check_integer(domid, "a domain id", 2**32 - 1)
        slot = int(lib.ht_domain_slot(self._m, domid))
        if slot < 0:
            raise InputError(f"no domain {domid} on this machine")
        return slot


def _enum_index(name: str, label: str) -> int:
    from haptrace.catalogue import ENUMS

    return ENUMS[name].values[label]


_UNSET: Any = object()


def bind_arguments(call: Call, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
    """The call's input values (``call.input_args``, in catalogue order) from positional
    and keyword values and defaults.  Scalars of a call without lists come back checked;
    a list's length argument left out is None (the list's length)."""
    inputs = call.input_args
    if len(args) > len(inputs):
        raise ArgumentTypeError(f"{call.name} takes {len(inputs)} arguments, not {len(args)}")
    values: list[Any] = list(args) + [_UNSET] * (len(inputs) - len(args))
    names = [a.name for a in inputs]
    for name, value in kwargs.items():
        try:
            position = names.index(name)
        except ValueError:
            known = ", ".join(names) or "none"
            raise ArgumentTypeError(
                f"{call.name} has no argument {name!r} (arguments: {known})"
            ) from None
        if values[position] is not _UNSET:
            raise ArgumentTypeError(f"{call.name}: {name} given twice")
        values[position] = value
    out: list[Any] = []
    for given, spec in zip(values, inputs, strict=True):
        if given is not _UNSET:
            value = given
        elif isinstance(spec, ListArg):
            raise ArgumentTypeError(f"{call.name}: missing argument {spec.name}")
        elif spec.default is not None:
            value = spec.default
        elif spec.length_of is not None:
            value = None
        else:
            raise ArgumentTypeError(f"{call.name}: missing argument {spec.name}")
        out.append(value)
    if not call.lists:
        return [_check_width(call, position, value) for position, value in enumerate(out)]
    return out


def _engine_config(config: MachineConfig, profile: str) -> dict[str, Any]:
    """The ht_host_config fields of a (checked) configuration."""
    host = config.host
    return {
        "arch": _enum_index("arch", host.arch),
        "vendor": _enum_index("vendor", host.vendor),
        "profile": PROFILES.index(profile),
        "audit_compiled": int(host.audit_compiled),
        "total_frames": host.total_frames,
        "gfn_capacity": config.gfn_capacity,
        "share_capacity": host.share_capacity,
        "xenheap_units": host.xenheap_units,
        "option": host_options(host),
    }


def check_memory(
    config: MachineConfig, engine_config: dict[str, Any], max_memory: int = DEFAULT_MAX_MEMORY
) -> None:
    """MachineTooLarge when the machine ``config`` describes would take more than
    ``max_memory`` bytes; the message names the setting that costs the most."""
    max_memory = check_integer(max_memory, "max_memory", 2**63 - 1)
    need = int(lib.ht_config_bytes(ffi.new("ht_host_config *", engine_config)))
    if need <= max_memory:
        return
    host = config.host
    # The costliest of the arrays the configuration sizes: the frames, or the p2m arena
    # (set by gfn_capacity, or four times the domains' p2m past its 65,536-entry floor).
    frames = host.total_frames * ffi.sizeof("ht_frame")
    arena = config.gfn_capacity * ffi.sizeof("ht_p2m_entry")
    field, written = "host total_frames", f"total_frames={host.total_frames}"
    if arena > frames and host.gfn_capacity:
        field, written = "host gfn_capacity", f"gfn_capacity={host.gfn_capacity}"
    elif arena > frames and config.gfn_capacity > MIN_GFN_CAPACITY:
        largest = max(config.domains, key=lambda d: d.effective_p2m_size)
        name = "p2m_size" if largest.p2m_size else "pages"
        field = f"domain {largest.domid} {name}"
        written = f"{name}={getattr(largest, name)}"
    raise MachineTooLarge(
        f"{field}: {written} makes a machine of {_mib(need)}, over the memory cap of"
        f" {_mib(max_memory)} (raise it with --max-memory, or Machine(max_memory=...))",
        field,
    )


def _mib(size: int) -> str:
    return f"{size / (1 << 20):,.1f} MiB"


def _signature_checked(
    spec: Call, function: Callable[..., CallResult]
) -> Callable[..., CallResult]:
    """``function`` raising what ``call()`` raises when given the wrong number or names of
    arguments (Python's own TypeError names neither the call nor the arguments it takes).
    The fast path (FastCall) never reaches it with a well-formed call."""

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> CallResult:
        try:
            return function(*args, **kwargs)
        except TypeError as exc:
            if isinstance(exc, HaptraceError):
                raise
            bind_arguments(spec, args, kwargs)  # raises ArgumentTypeError naming the mistake
            raise

    return checked


def _bad_value(call: int, args: tuple[object, ...]) -> InvalidArgument:
    spec = CATALOGUE[call]
    for position, value in enumerate(args):
        try:
            _check_width(spec, position, value)
        except InvalidArgument as exc:
            return exc
    return InvalidArgument(f"{spec.name}: arguments {brief(args)} are not valid")


def _finish(call: int, packed: int, args: tuple[int, ...]) -> CallResult:
    """What the generated functions do with a result that is not a shared instance yet:
    remember it, or raise if the engine refused the call (for haptrace._percall)."""
    if packed > _REFUSED * PACK or packed >> 16 == RAW_UNSUPPORTED:
        return remember(KNOWN_RESULTS[call], call, packed)
    raise _refused(call, packed >> 16, args, packed & 0xFFFF)


def _refused(call: int, raw: int, args: tuple[int, ...], reason: int = 0) -> HaptraceError:
    if raw == RAW_UNKNOWN_CALL or not 0 <= call < len(CATALOGUE):
        return UnknownCall(f"no call has id {call}")
    spec = CATALOGUE[call]
    if raw == RAW_BAD_CALLER:
        return InvalidArgument(f"{spec.name}: the calling domain or vcpu does not exist")
    if raw == RAW_CALLER_DOWN:
        return InvalidArgument(f"{spec.name}: the calling vcpu is down and cannot make calls")
    if RAW_BAD_VALUE0 - MAX_ARGS < raw <= RAW_BAD_VALUE0:
        slot = RAW_BAD_VALUE0 - raw
        if 0 <= slot < len(spec.args) and slot < len(args):
            return InvalidArgument(
                f"{spec.name}: the engine does not model {spec.args[slot].name}="
                f"{args[slot]:#x} in this call"
            )
    if raw <= RAW_BAD_LIST0:
        slot = RAW_BAD_LIST0 - raw
        name = spec.args[slot].name if 0 <= slot < len(spec.args) else f"slot {slot}"
        return InvalidArgument(f"{spec.name}: the engine refused list {name}")
    position = RAW_BAD_ARG0 - raw
    if 0 <= position < len(spec.args) and position < len(args):
        arg = spec.args[position]
        if isinstance(arg, ListArg):
            return InvalidArgument(f"{spec.name}: the engine refused list {arg.name}")
        return InvalidArgument(
            f"{spec.name}: {arg.name}={args[position]:#x} does not fit in {arg.bits} bits"
        )
    return InvalidArgument(f"{spec.name}: the engine refused the call (code {raw})")
