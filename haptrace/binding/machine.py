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

import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace._percall import FastCall
from haptrace.catalogue import CATALOGUE, PROFILES, Call, lookup
from haptrace.errors import ConfigError, EngineError, InputError, InvalidArgument, UnknownCall

from . import _native
from ._calls import CALL_NAMES, KNOWN_RESULTS, CallMethods, bind_calls, remember
from ._native import ffi, lib
from .config import MachineConfig, check_profile
from .lean import EngineMachine
from .result import PACK, CallResult, pack

MAX_ARGS = 6
MAX_OUTS = 6

CALL_DTYPE = np.dtype([("call", "<u4"), ("pad", "<u4"), ("arg", "<u8", (MAX_ARGS,))])
RESULT_DTYPE = np.dtype(
    [("rc", "<i8"), ("err", "<u4"), ("reason", "<u4"), ("out", "<u8", (MAX_OUTS,))]
)
P2M_DTYPE = np.dtype(
    [("mfn", "<u4"), ("rmap_next", "<u4"), ("type", "u1"), ("access", "u1"), ("pad", "<u2")]
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
_REFUSED = _native.RAW_REFUSED_LIMIT
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
    mask = 0
    for name in names:
        if name not in by_name:
            known = ", ".join(sorted(by_name))
            raise InputError(f"unknown planted bug {name!r}; known: {known}")
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
    """A batch from (call name or id, arguments) pairs, arguments in catalogue order."""
    items = list(calls)
    records = np.zeros(len(items), dtype=CALL_DTYPE)
    for index, (name_or_id, args) in enumerate(items):
        call = lookup(name_or_id)
        values = list(args)
        if len(values) != len(call.args):
            raise InvalidArgument(
                f"{call.name} takes {len(call.args)} arguments, not {len(values)}"
            )
        records[index]["call"] = call.id
        for position, value in enumerate(values):
            records[index]["arg"][position] = _check_width(call, position, value)
    return records


def _check_width(call: Call, position: int, value: object) -> int:
    """``value`` as a plain int if it fits the argument.  Anything with ``__index__`` is an
    integer here, as it is to cffi on the per-call fast path: numpy integers, and bools
    (``enable=True`` is 1)."""
    spec = call.args[position]
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        number = -1
    if number < 0:
        raise InvalidArgument(
            f"{call.name}: {spec.name} must be a non-negative integer, not {value!r}"
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
        profile: str = "doc",
        bugs: Iterable[str] = (),
    ) -> None:
        self.config = config if config is not None else MachineConfig.default()
        self.profile = check_profile(profile)
        host = self.config.host
        # The machine through the C API (haptrace.binding.lean), which owns the pointer.
        self.engine = EngineMachine(
            _native.BUILD,
            {
                "arch": _enum_index("arch", host.arch),
                "vendor": _enum_index("vendor", host.vendor),
                "profile": PROFILES.index(self.profile),
                "audit_compiled": int(host.audit_compiled),
                "total_frames": host.total_frames,
                "gfn_capacity": self.config.gfn_capacity,
                "share_capacity": host.share_capacity,
                "xenheap_units": host.xenheap_units,
            },
        )
        self._m = self.engine.pointer
        self._last = lib.ht_last(self._m)
        # The per-call functions, closed over the engine pointer; as instance attributes
        # they shadow the documented methods of CallMethods (see _calls.py).  They
        # hold the pointer, not the Machine, so no reference cycle delays freeing it.
        # Outputs are read through a memoryview of the result's output array: indexing it
        # gives a Python int in half the time a cdata index takes.
        outputs = memoryview(ffi.buffer(self._last.out)).cast("Q")
        self._bound = bind_calls(self._m, outputs, _ENTRY_POINTS, _bad_value, _refused)
        # Each is then wrapped in a FastCall (csrc/python/percall.c), which runs the common
        # case in C and hands keyword arguments, unusual argument types and rare results to
        # the Python function or to _finish, so the two paths cannot disagree.
        machine = int(ffi.cast("uintptr_t", self._m))
        out = int(ffi.cast("uintptr_t", self._last.out))
        for call, function, method in zip(CATALOGUE, self._bound, _METHODS, strict=True):
            function.__doc__ = method.__doc__
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
        if raw > _REFUSED:
            return CallResult((call, pack(raw, reason)))
        raise _refused(call, raw, args)

    def last_result(self, call: int) -> CallResult:
        """The engine's result of the last call it ran on this machine, by any path (a
        batch, a replay), as a result of call ``call``."""
        last = self._last
        raw = int(last.rc) if last.rc >= 0 else -int(last.err)
        nouts = len(CATALOGUE[call].outputs) if raw >= 0 else 0
        outputs = tuple(int(v) for v in ffi.unpack(last.out, nouts))
        return CallResult((call, pack(raw, int(last.reason)), *outputs))

    def call(self, name_or_id: str | int, *args: int, **kwargs: int) -> CallResult:
        """Any catalogue call by name or id, arguments by position or by name."""
        spec = lookup(name_or_id)
        values = bind_arguments(spec, args, kwargs)
        arg = ffi.new("uint64_t[6]", values + [0] * (MAX_ARGS - len(values)))
        return self._done(spec.id, lib.ht_call(self._m, spec.id, arg, ffi.NULL), tuple(values))

    def batch(
        self,
        calls: npt.NDArray[Any],
        flags: int = 0,
        out: npt.NDArray[Any] | None = None,
    ) -> BatchOutcome:
        """Run an array of CALL_DTYPE records in one C call.

        ``flags`` may stop at the first undocumented code (STOP_ON_UNDOCUMENTED), at the
        first refused record (STOP_ON_REFUSED), or check the invariants after every call
        and stop at the first violation (CHECK_INVARIANTS).  ``out``, a contiguous
        RESULT_DTYPE array at least as long as ``calls``, receives the results instead of
        a freshly allocated array (callers running many batches reuse one buffer); the
        outcome's ``results`` is then a view of its first ``len(calls)`` records (those
        past the calls that ran keep what they held).
        """
        if calls.dtype != CALL_DTYPE:
            raise InvalidArgument(f"a batch must have dtype CALL_DTYPE, not {calls.dtype}")
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
        stop = ffi.new("uint32_t *")
        ran = lib.ht_batch(
            self._m,
            ffi.cast("ht_call_rec *", ffi.from_buffer(calls)),
            len(calls),
            ffi.cast("ht_result *", ffi.from_buffer(results)),
            flags,
            stop,
        )
        return BatchOutcome(results, int(ran), int(stop[0]))

    def documented(self, call: str | int, errno: int) -> bool:
        """Whether the profile documents ``errno`` for ``call``."""
        return errno in lookup(call).errnos(self.profile)

    # ---- invariants, snapshots, bugs -----------------------------------------------------

    def check(self, limit: int = 64) -> list[Violation]:
        """Run the invariant audit (and collect what the transition oracle found since the
        last check).  Returns at most ``limit`` violations; empty means all hold."""
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
        slot = int(lib.ht_domain_slot(self._m, domid)) if 0 <= domid < 2**32 else -1
        if slot < 0:
            raise InputError(f"no domain {domid} on this machine")
        return slot


def _enum_index(name: str, label: str) -> int:
    from haptrace.catalogue import ENUMS

    return ENUMS[name].values[label]


def bind_arguments(call: Call, args: tuple[int, ...], kwargs: dict[str, int]) -> list[int]:
    """Arguments in catalogue order from positional and keyword values and defaults."""
    if len(args) > len(call.args):
        raise InvalidArgument(f"{call.name} takes {len(call.args)} arguments, not {len(args)}")
    values: list[int | None] = list(args) + [None] * (len(call.args) - len(args))
    for name, value in kwargs.items():
        try:
            position = [a.name for a in call.args].index(name)
        except ValueError:
            names = ", ".join(a.name for a in call.args) or "none"
            raise InvalidArgument(
                f"{call.name} has no argument {name!r} (arguments: {names})"
            ) from None
        if values[position] is not None:
            raise InvalidArgument(f"{call.name}: {name} given twice")
        values[position] = value
    out: list[int] = []
    for position, given in enumerate(values):
        spec = call.args[position]
        if given is not None:
            value = given
        elif spec.default is not None:
            value = spec.default
        else:
            raise InvalidArgument(f"{call.name}: missing argument {spec.name}")
        out.append(_check_width(call, position, value))
    return out


def _bad_value(call: int, args: tuple[object, ...]) -> InvalidArgument:
    spec = CATALOGUE[call]
    for position, value in enumerate(args):
        try:
            _check_width(spec, position, value)
        except InvalidArgument as exc:
            return exc
    return InvalidArgument(f"{spec.name}: arguments {args!r} are not valid")


def _finish(call: int, packed: int, args: tuple[int, ...]) -> CallResult:
    """What the generated functions do with a result that is not a shared instance yet:
    remember it, or raise if the engine refused the call (for haptrace._percall)."""
    if packed > _REFUSED * PACK:
        return remember(KNOWN_RESULTS[call], call, packed)
    raise _refused(call, packed >> 16, args)


def _refused(call: int, raw: int, args: tuple[int, ...]) -> InputError:
    if raw == _native.RAW_UNKNOWN_CALL or not 0 <= call < len(CATALOGUE):
        return UnknownCall(f"no call has id {call}")
    position = _native.RAW_BAD_ARG0 - raw
    spec = CATALOGUE[call]
    if 0 <= position < len(spec.args) and position < len(args):
        arg = spec.args[position]
        return InvalidArgument(
            f"{spec.name}: {arg.name}={args[position]:#x} does not fit in {arg.bits} bits"
        )
    return InvalidArgument(f"{spec.name}: the engine refused the call (code {raw})")
