"""The engine's replay loop (csrc/replay.c): the resource map, the loop over a chunk's columns
or over call records, and the state of one gfn for reports.

The wrappers hand the engine numpy arrays as they are (made contiguous in the C types, which
costs nothing for the arrays the trace reader decodes): the loop runs a chunk in one C call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.catalogue import MAX_ARGS
from haptrace.errors import EngineError, InvalidArgument

from ._native import ffi, lib
from .machine import CALL_DTYPE, MAX_OUTS, RESULT_DTYPE, Machine

# What a recorded call returned (ht_expect): rc and errno as libxc reports them, the mask
# of outputs left undefined (bit i: output i matches any value), outputs.
EXPECT_DTYPE = np.dtype(
    [("rc", "<i8"), ("err", "<u4"), ("undef", "<u4"), ("out", "<u8", (MAX_OUTS,))]
)
if EXPECT_DTYPE.itemsize != ffi.sizeof("ht_expect"):  # pragma: no cover - a layout bug
    raise EngineError("numpy layout of ht_expect does not match the C struct")

# Why the loop stopped (ht_replay_stop.kind).
DONE: int = lib.HT_REPLAY_DONE
DIVERGED: int = lib.HT_REPLAY_DIVERGED
UNDOCUMENTED: int = lib.HT_REPLAY_UNDOCUMENTED
INVARIANT: int = lib.HT_REPLAY_INVARIANT
REFUSED: int = lib.HT_REPLAY_REFUSED
# Flags: LENIENT remaps resources but takes a result that differs from the recorded one as no
# divergence (the latest output wins), for minimising.
LENIENT: int = lib.HT_REPLAY_LENIENT
# ReplayStop.field of an output list element.
FIELD_LIST: int = lib.HT_REPLAY_FIELD_LIST


class RemapTable:
    """Recorded-to-emulated bindings of handles, ports, grant references, mappings and mfns
    (``ht_remap``), filled in by the replay loop."""

    def __init__(self) -> None:
        pointer = lib.ht_remap_new()
        if pointer == ffi.NULL:  # pragma: no cover - out of memory
            raise EngineError("cannot allocate the replay's resource map")
        self._r: Any = ffi.gc(pointer, lib.ht_remap_free)

    def lookup(self, kind: int, domid: int, recorded: int) -> int | None:
        """The emulator's value for the ``recorded`` one of resource kind ``kind``
        (HT_RES_*; grant refs and ports are per domain), or None if none is bound."""
        value = ffi.new("uint64_t *")
        if lib.ht_remap_lookup(self._r, kind, domid, recorded, value):
            return int(value[0])
        return None

    def size(self) -> int:
        """How many bindings the map holds."""
        return int(lib.ht_remap_size(self._r))

    def memory_bytes(self) -> int:
        """Bytes the map holds (its runs and hash tables)."""
        return int(lib.ht_remap_bytes(self._r))

    def unsupported(self) -> tuple[int, int, int]:
        """How many calls the engine answered unsupported so far, and the first one's trace
        index and reason id (0, 0, 0 when none)."""
        index = ffi.new("uint64_t *")
        reason = ffi.new("uint32_t *")
        count = int(lib.ht_remap_unsupported(self._r, index, reason))
        return count, int(index[0]), int(reason[0])


def _pointer(values: npt.NDArray[Any], dtype: Any, ctype: str) -> tuple[Any, Any]:
    """A C pointer to ``values`` (and the array it points into, to keep alive)."""
    part = np.ascontiguousarray(values, dtype=dtype)
    return ffi.cast(ctype, ffi.from_buffer(part)), part


def _results_pointer(results: npt.NDArray[Any] | None, count: int) -> Any:
    if results is None:
        return ffi.NULL
    if results.dtype != RESULT_DTYPE or not results.flags.c_contiguous:
        raise InvalidArgument("results must be a contiguous RESULT_DTYPE array")
    if not results.flags.writeable or len(results) < count:
        raise InvalidArgument(f"results must be writeable and hold {count} results")
    return ffi.cast("ht_result *", ffi.from_buffer(results))


def _check_rows(name: str, values: npt.NDArray[Any], count: int, width: int = 0) -> None:
    if len(values) < count or (width and (values.ndim != 2 or values.shape[1] != width)):
        shape = f"({count}, {width})" if width else f"{count}"
        raise InvalidArgument(f"{name} must hold at least {shape} values, not {values.shape}")


@dataclass(frozen=True)
class ReplayStop:
    """How far one run of the replay loop got and why it stopped (``ht_replay_stop``).

    ``field`` is -1 for rc/errno, 0..5 for a scalar output, or FIELD_LIST for element
    ``element`` (field ``member``) of the output list in argument slot ``slot``."""

    ran: int
    kind: int
    field: int
    slot: int = 0
    element: int = 0
    member: int = 0
    recorded: int = 0
    emulated: int = 0


def _stop(ran: int, stop: Any) -> ReplayStop:
    return ReplayStop(
        int(ran),
        int(stop.kind),
        int(stop.field),
        int(stop.slot),
        int(stop.element),
        int(stop.member),
        int(stop.recorded),
        int(stop.emulated),
    )


def _pool_pointers(
    pool: npt.NDArray[np.uint64] | None, expect_pool: npt.NDArray[np.uint64] | None
) -> tuple[Any, int, Any]:
    """(pool, words, expected output lists) as C pointers: the pool must be writeable (the
    loop remaps input lists in it and the calls write their output lists there)."""
    if pool is None or len(pool) == 0:
        return ffi.NULL, 0, ffi.NULL
    if pool.dtype != np.uint64 or not pool.flags.c_contiguous or not pool.flags.writeable:
        raise InvalidArgument("pool must be a writeable contiguous uint64 array")
    words = ffi.cast("uint64_t *", ffi.from_buffer(pool, require_writable=True))
    if expect_pool is None:
        return words, len(pool), ffi.NULL
    if expect_pool.dtype != np.uint64 or not expect_pool.flags.c_contiguous:
        raise InvalidArgument("expect_pool must be a contiguous uint64 array")
    if len(expect_pool) != len(pool):
        raise InvalidArgument(
            f"expect_pool holds {len(expect_pool)} words but the pool {len(pool)}"
        )
    return words, len(pool), ffi.cast("uint64_t *", ffi.from_buffer(expect_pool))


def replay_columns(
    machine: Machine,
    remap: RemapTable,
    calls: npt.NDArray[Any],
    args: npt.NDArray[Any],
    rc: npt.NDArray[Any],
    errno: npt.NDArray[Any],
    outputs: npt.NDArray[Any],
    count: int,
    first_index: int,
    check_every: int,
    flags: int = 0,
    results: npt.NDArray[Any] | None = None,
    *,
    caller: npt.NDArray[Any] | None = None,
    vcpu: npt.NDArray[Any] | None = None,
    pool: npt.NDArray[np.uint64] | None = None,
    expect_pool: npt.NDArray[np.uint64] | None = None,
    undef: npt.NDArray[np.uint32] | None = None,
) -> ReplayStop:
    """Runs the first ``count`` calls of a chunk's columns (``ht_replay_columns``): call ids,
    callers and vcpus (None: domain 0's vcpu 0), rows of arguments whose lists refer into
    ``pool``, and the expected rc, errno, rows of outputs and output lists (``expect_pool``,
    at the pool's offsets) and, optionally, each call's mask of outputs left undefined
    (``undef``, uint32: bit i, output i matches any value).  Each call runs as its caller;
    its resource arguments and list elements are remapped through ``remap`` (in ``pool``,
    which the calls also write their output lists into: pass a copy), its result compared
    with the expected one and a failure's code checked against the profile; every
    ``check_every`` calls (counted from ``first_index``, 0: never) the invariants are
    checked.  ``results``, if given, receives
    each call's result.  The loop stops after a call that diverges (DIVERGED), returns an
    undocumented code, breaks an invariant or is refused."""
    for name, values, width in (
        ("calls", calls, 0),
        ("args", args, MAX_ARGS),
        ("rc", rc, 0),
        ("errno", errno, 0),
        ("outputs", outputs, MAX_OUTS),
    ):
        _check_rows(name, values, count, width)
    call_p, _calls = _pointer(calls, np.uint16, "uint16_t *")
    arg_p, _args = _pointer(args, np.uint64, "uint64_t *")
    rc_p, _rc = _pointer(rc, np.int64, "int64_t *")
    err_p, _err = _pointer(errno, np.uint16, "uint16_t *")
    out_p, _out = _pointer(outputs, np.uint64, "uint64_t *")
    who: list[Any] = []
    for name, column in (("caller", caller), ("vcpu", vcpu)):
        if column is None:
            who.append((ffi.NULL, None))
            continue
        _check_rows(name, column, count)
        who.append(_pointer(column, np.uint16, "uint16_t *"))
    undef_p: Any = ffi.NULL
    if undef is not None:
        _check_rows("undef", undef, count)
        undef_p, _undef = _pointer(undef, np.uint32, "uint32_t *")
    pool_p, words, expect_p = _pool_pointers(pool, expect_pool)
    # The arrays stay referenced (the underscored names, who) until the C call returns.
    columns = ffi.new(
        "ht_columns *",
        {
            "call": call_p,
            "caller": who[0][0],
            "vcpu": who[1][0],
            "arg": arg_p,
            "rc": rc_p,
            "err": err_p,
            "out": out_p,
            "pool": pool_p,
            "pool_words": words,
            "expect_pool": expect_p,
            "undef": undef_p,
        },
    )
    stop = ffi.new("ht_replay_stop *")
    ran = lib.ht_replay_columns(
        machine._m,
        remap._r,
        columns,
        count,
        first_index,
        check_every,
        flags,
        _results_pointer(results, count),
        stop,
    )
    return _stop(ran, stop)


def replay_records(
    machine: Machine,
    remap: RemapTable,
    calls: npt.NDArray[Any],
    expect: npt.NDArray[Any],
    first_index: int = 0,
    check_every: int = 1,
    flags: int = 0,
    results: npt.NDArray[Any] | None = None,
    pool: npt.NDArray[np.uint64] | None = None,
    expect_pool: npt.NDArray[np.uint64] | None = None,
) -> tuple[int, int, int]:
    """``replay_columns`` over CALL_DTYPE records and EXPECT_DTYPE expectations
    (``ht_replay``), for sequences built in memory (the minimiser's); lists refer into
    ``pool``.  Returns (calls run, stop kind, stop field)."""
    if calls.dtype != CALL_DTYPE or expect.dtype != EXPECT_DTYPE:
        raise InvalidArgument("calls must be CALL_DTYPE and expect EXPECT_DTYPE records")
    if len(expect) < len(calls):
        raise InvalidArgument(f"{len(calls)} calls but {len(expect)} expectations")
    calls = np.ascontiguousarray(calls)
    expect = np.ascontiguousarray(expect)
    pool_p, words, expect_p = _pool_pointers(pool, expect_pool)
    stop = ffi.new("ht_replay_stop *")
    ran = lib.ht_replay(
        machine._m,
        remap._r,
        ffi.cast("ht_call_rec *", ffi.from_buffer(calls)),
        ffi.cast("ht_expect *", ffi.from_buffer(expect)),
        len(calls),
        pool_p,
        words,
        expect_p,
        first_index,
        check_every,
        flags,
        _results_pointer(results, len(calls)),
        stop,
    )
    return int(ran), int(stop.kind), int(stop.field)


@dataclass(frozen=True)
class GfnInfo:
    """What one (domain, gfn) looks like in the engine (``ht_gfn_info``), enums as numbers."""

    type: int
    access: int
    mfn: int
    owner: int
    refs: int
    content: int
    handle: int
    tuples: int


def describe_gfn(machine: Machine, domid: int, gfn: int) -> GfnInfo | None:
    """The state of gfn ``gfn`` of domain ``domid``, or None if there is no such gfn."""
    info = ffi.new("ht_gfn_info *")
    if lib.ht_describe_gfn(machine._m, domid, gfn, info) != 0:
        return None
    return GfnInfo(
        int(info.type),
        int(info.access),
        int(info.mfn),
        int(info.owner),
        int(info.refs),
        int(info.content),
        int(info.handle),
        int(info.tuples),
    )
