"""The hypercall ABI layer (csrc/abi.c) from Python: raw hypercalls against the caller's
memory, decoded into catalogue calls and run on a :class:`~haptrace.binding.machine.Machine`.

>>> memory = GuestMemory()
>>> buf = memory.add(0x7F0000001000, 4096)          # a hypercall buffer of the caller
>>> out = m.hypercall(36, (0x7F0000001000,), memory)  # a domctl whose struct is in buf

:class:`GuestMemory` is a set of byte buffers at guest virtual addresses; the engine reads
and writes them in place (no copies), and anything outside them is a bad pointer (EFAULT,
as in Xen).  :class:`HypercallResult` says what the hypercall returned and which catalogue
calls it became, each with its :class:`~haptrace.binding.result.CallResult`.
"""

from __future__ import annotations

import mmap
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.catalogue import CATALOGUE, Call, ListArg
from haptrace.catalogue.errnos import errno_name
from haptrace.catalogue.limits import LIST_SHIFT, RAW_UNSUPPORTED
from haptrace.errors import EngineError, InvalidArgument

from ._native import ffi, lib
from .result import CallResult, pack, reason_text

READ: int = lib.HT_REGION_READ
WRITE: int = lib.HT_REGION_WRITE
KINDS = ("calls", "answered", "unsupported")  # by HT_ABI_CALLS, _ANSWERED, _UNSUPPORTED
DEFAULT_ABI = "4.17"
_LOG_CALLS = 64  # catalogue calls one hypercall may report (a multicall of 64 entries)
_LOG_WORDS = 1 << 16
# A raw hypercall (ht_hypercall_rec): the privcmd ioctl's op and five arguments.
HYPERCALL_DTYPE = np.dtype([("op", "<u8"), ("arg", "<u8", (5,))])
if HYPERCALL_DTYPE.itemsize != ffi.sizeof("ht_hypercall_rec"):  # pragma: no cover
    raise EngineError("numpy layout of ht_hypercall_rec does not match the C struct")


def abi_index(name: str) -> int:
    """The engine's index of ABI version ``name``; InvalidArgument names the known ones."""
    index = int(lib.ht_abi_index(name.encode()))
    if index < 0:
        known: list[str] = []
        while (entry := lib.ht_abi_name(len(known))) != ffi.NULL:
            known.append(ffi.string(entry).decode())
        raise InvalidArgument(f"no hypercall ABI {name!r}; known: {', '.join(known)}")
    return index


@dataclass
class Region:
    """``data`` at guest virtual address ``base``."""

    base: int
    data: bytearray | mmap.mmap
    readable: bool = True
    writable: bool = True

    @property
    def end(self) -> int:
        return self.base + len(self.data)


class GuestMemory:
    """The caller's memory: non-overlapping regions of bytes at guest virtual addresses."""

    def __init__(self) -> None:
        self.regions: list[Region] = []
        self._cdata: Any = None

    def add(
        self,
        base: int,
        data: int | bytes | bytearray,
        readable: bool = True,
        writable: bool = True,
    ) -> bytearray:
        """A region at ``base``: ``data`` bytes (copied), or that many zero bytes.  Returns
        the region's buffer, which hypercalls read and write in place."""
        buf = bytearray(data)  # an int: that many zero bytes
        self._insert(Region(base, buf, readable, writable))
        return buf

    def share(self, base: int, buffer: mmap.mmap) -> None:
        """A region at ``base`` that is ``buffer`` itself, not a copy: a shared mapping the
        caller reads and writes too (the privcmd server's hypercall-buffer arenas)."""
        self._insert(Region(base, buffer))

    def _insert(self, region: Region) -> None:
        base, size = region.base, len(region.data)
        if not base >= 0 or base + size > 1 << 64 or not size:
            raise InvalidArgument(f"a region at {base:#x} of {size} bytes is not possible")
        for r in self.regions:
            if base < r.end and r.base < base + size:
                raise InvalidArgument(f"a region at {base:#x} overlaps the one at {r.base:#x}")
        self.regions.append(region)
        self._cdata = None

    def region(self, addr: int) -> Region:
        for r in self.regions:
            if r.base <= addr < r.end:
                return r
        raise InvalidArgument(f"{addr:#x} is not in the caller's memory")

    def read(self, addr: int, length: int) -> bytes:
        r = self.region(addr)
        if addr + length > r.end:
            raise InvalidArgument(f"{addr:#x}+{length} runs past its region")
        return bytes(r.data[addr - r.base : addr - r.base + length])

    def write(self, addr: int, data: bytes) -> None:
        r = self.region(addr)
        if addr + len(data) > r.end:
            raise InvalidArgument(f"{addr:#x}+{len(data)} runs past its region")
        r.data[addr - r.base : addr - r.base + len(data)] = data

    def snapshot(self) -> dict[int, bytes]:
        """Every region's bytes, by base."""
        return {r.base: bytes(r.data) for r in self.regions}

    def c_regions(self) -> tuple[Any, int]:
        """The ht_guest_region array (kept alive with this object) and its length."""
        if self._cdata is None:
            regions = ffi.new("ht_guest_region[]", max(len(self.regions), 1))
            keep = []
            for i, r in enumerate(self.regions):
                host = ffi.from_buffer(r.data)
                keep.append(host)
                regions[i].base = r.base
                regions[i].len = len(r.data)
                regions[i].host = ffi.cast("uint8_t *", host)
                regions[i].flags = (READ if r.readable else 0) | (WRITE if r.writable else 0)
            self._cdata = (regions, keep)
        return self._cdata[0], len(self.regions)


@dataclass(frozen=True)
class DecodedCall:
    """One catalogue call a hypercall became: its arguments (lists as tuples, as the call
    read them; OUT lists as the room given), who made it, its result, and the multicall
    entry it came from (None for a direct hypercall)."""

    call: Call
    args: tuple[Any, ...]
    caller: tuple[int, int]
    result: CallResult
    entry: int | None

    def __str__(self) -> str:
        shown = ", ".join(_show(v) for v in self.args)
        at = f"[{self.entry}] " if self.entry is not None else ""
        return f"{at}{self.call.name}({shown}) -> {self.result}"


@dataclass(frozen=True)
class HypercallResult:
    """What a hypercall returned (``raw``: the value, minus the errno, or RAW_UNSUPPORTED),
    how (``kind``: the catalogue ``calls`` it ran decided it, the ABI ``answered`` itself,
    or it is ``unsupported``), why, what was decoded, and the calls it became."""

    raw: int
    kind: str
    reason: str
    op: int
    cmd: int | None
    subop: int | None
    rule: str | None
    calls: tuple[DecodedCall, ...]

    @property
    def unsupported(self) -> bool:
        return self.raw == RAW_UNSUPPORTED

    @property
    def errno(self) -> int:
        return -self.raw if -1024 < self.raw < 0 else 0

    @property
    def errno_name(self) -> str:
        return errno_name(self.errno) if self.errno else ""

    def __str__(self) -> str:
        what = f"hypercall {self.op}"
        if self.cmd is not None:
            what += f" cmd {self.cmd}"
        if self.subop is not None:
            what += f" sub-op {self.subop}"
        if self.unsupported:
            result = "unsupported"
        elif self.errno:
            result = f"-{self.errno_name}"
        else:
            result = str(self.raw)
        text = f"{what} = {result} ({self.kind}"
        text += f": {self.reason})" if self.reason else ")"
        return "\n  ".join([text, *(str(c) for c in self.calls)])


def unsupported_result(op: int, cmd: int, subop: int, decoded: int, reason: int) -> HypercallResult:
    """The HypercallResult of a hypercall another process's engine ran and found unsupported
    (`haptrace run`'s in-process path), from the decoded part of its ht_abi_outcome: the
    hypercall, command and sub-op (``decoded``'s HT_ABI_HAS_* bits say which were), and the
    reason; its calls and rule stay in that process."""
    return HypercallResult(
        raw=RAW_UNSUPPORTED,
        kind=KINDS[2],
        reason=reason_text(reason),
        op=op,
        cmd=cmd if decoded & lib.HT_ABI_HAS_CMD else None,
        subop=subop if decoded & lib.HT_ABI_HAS_SUBOP else None,
        rule=None,
        calls=(),
    )


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return f"{value:#x}"


def _list_value(lst: ListArg, words: Sequence[int]) -> tuple[Any, ...]:
    if lst.scalar:
        return tuple(words)
    return tuple(tuple(words[i : i + lst.stride]) for i in range(0, len(words), lst.stride))


def _decoded(record: Any, pool: Any, pool_used: int) -> DecodedCall:
    call = CATALOGUE[int(record.rec.call)]
    args: list[Any] = []
    lists: dict[str, tuple[Any, ...]] = {}
    for position, spec in enumerate(call.args):
        slot = int(record.rec.arg[position])
        if not isinstance(spec, ListArg):
            args.append(slot)
            continue
        count, offset = slot & ((1 << LIST_SHIFT) - 1), slot >> LIST_SHIFT
        words = count * spec.stride
        if offset + words > pool_used:  # pragma: no cover - the log pool is large enough
            raise EngineError("the hypercall log's pool overflowed")
        value = _list_value(spec, [int(pool[offset + i]) for i in range(words)])
        lists[spec.name] = value
        args.append(value if spec.is_input else count)
    result = record.result
    raw = int(result.rc) if result.rc >= 0 else -int(result.err)
    scalars = tuple(int(v) for v in result.out[0 : len(call.outputs)]) if raw >= 0 else ()
    out_lists = tuple(lists[lst.name] for lst in call.output_lists)
    if out_lists and not scalars:
        scalars = (0,) * len(call.outputs)
    entry = int(record.entry)
    return DecodedCall(
        call,
        tuple(args),
        (int(record.rec.caller), int(record.rec.vcpu)),
        CallResult((call.id, pack(raw, int(result.reason)), *scalars, *out_lists)),
        None if entry == 0xFFFFFFFF else entry,
    )


def _argument(value: object, what: str) -> int:
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        number = -1
    if not 0 <= number < 1 << 64:
        raise InvalidArgument(f"{what} must be an integer of 64 bits, not {value!r}")
    return number


class HypercallRunner:
    """Runs raw hypercalls of one ABI version on one engine machine pointer."""

    def __init__(self, machine: Any, abi: str = DEFAULT_ABI) -> None:
        self._m = machine
        self.abi = abi
        self._index = abi_index(abi)
        self._calls = ffi.new("ht_abi_call[]", _LOG_CALLS)
        self._pool = ffi.new("uint64_t[]", _LOG_WORDS)
        self._log = ffi.new("ht_abi_log *")
        self._out = ffi.new("ht_abi_outcome *")
        self._hc = ffi.new("ht_hypercall_rec *")

    def _prepare(self, op: int, args: Iterable[int]) -> None:
        values = [_argument(a, "a hypercall argument") for a in args]
        if len(values) > 5:
            raise InvalidArgument(f"a hypercall takes at most 5 arguments, not {len(values)}")
        self._hc.op = _argument(op, "the hypercall number")
        for i in range(5):
            self._hc.arg[i] = values[i] if i < len(values) else 0
        log = self._log
        log.calls, log.cap, log.n = self._calls, _LOG_CALLS, 0
        log.pool, log.pool_cap, log.pool_used = self._pool, _LOG_WORDS, 0

    def run(self, op: int, args: Iterable[int], memory: GuestMemory) -> HypercallResult:
        self._prepare(op, args)
        regions, count = memory.c_regions()
        raw = int(
            lib.ht_hypercall(self._m, self._index, self._hc, regions, count, self._log, self._out)
        )
        return self._result(raw)

    def run_lean(
        self, op: int, args: Sequence[int], memory: GuestMemory, watched: frozenset[int]
    ) -> int | HypercallResult:
        """``run`` for the per-call path of `haptrace run`: the hypercall's value alone,
        with nothing decoded into Python objects, unless it is unsupported or ran a call
        whose catalogue id is in ``watched`` (then the whole HypercallResult).  ``args``
        are five 64-bit words (a privcmd_hypercall_t's: no check beyond cffi's)."""
        if len(args) != 5:
            raise InvalidArgument(f"a privcmd hypercall has 5 arguments, not {len(args)}")
        hc = self._hc
        hc.op = op
        hc.arg = args
        log = self._log
        log.calls, log.cap, log.n = self._calls, _LOG_CALLS, 0
        log.pool, log.pool_cap, log.pool_used = self._pool, _LOG_WORDS, 0
        regions, count = memory.c_regions()
        raw = int(lib.ht_hypercall(self._m, self._index, hc, regions, count, log, self._out))
        if raw == RAW_UNSUPPORTED:
            return self._result(raw)
        calls = self._calls
        for i in range(min(int(log.n), _LOG_CALLS)):
            if calls[i].rec.call in watched:
                return self._result(raw)
        return raw

    def run_local(
        self, op: int, args: Sequence[int], memory: GuestMemory, deferred: frozenset[int]
    ) -> int | None:
        """What the shim of `haptrace run` does in a program's process
        (ht_hypercall_local): the hypercall's value when it ran, or None when it is left to
        the server with nothing run or written (it would run a call in ``deferred``, is a
        multicall of several entries, or is unsupported or refused before any call ran)."""
        if len(args) != 5:
            raise InvalidArgument(f"a privcmd hypercall has 5 arguments, not {len(args)}")
        hc = self._hc
        hc.op = op
        hc.arg = args
        defer = ffi.new("uint8_t[]", (len(CATALOGUE) + 7) // 8)  # a bit per catalogue id
        for call in deferred:
            defer[call >> 3] |= 1 << (call & 7)
        raw = ffi.new("int64_t *")
        regions, count = memory.c_regions()
        ran = lib.ht_hypercall_local(
            self._m, self._index, hc, regions, count, defer, raw, self._out
        )
        return int(raw[0]) if ran else None

    def observe(
        self,
        op: int,
        args: Iterable[int],
        before: GuestMemory,
        after: GuestMemory,
        host_raw: int,
    ) -> HypercallResult:
        """Decodes a hypercall a real hypervisor made (nothing is run, nothing written):
        the calls it stands for with their arguments as ``before`` held them, and the
        results the hypervisor gave: ``host_raw`` (Xen's value or -errno), outputs and
        OUT lists read back from ``after`` where that Xen writes them."""
        if not -(1 << 63) <= host_raw < 1 << 63:
            raise InvalidArgument(f"a hypercall's value is 64 bits, not {host_raw!r}")
        self._prepare(op, args)
        b_regions, b_count = before.c_regions()
        a_regions, a_count = after.c_regions()
        raw = int(
            lib.ht_hypercall_observe(
                self._m,
                self._index,
                self._hc,
                b_regions,
                b_count,
                a_regions,
                a_count,
                host_raw,
                self._log,
                self._out,
            )
        )
        return self._result(raw)

    def _result(self, raw: int) -> HypercallResult:
        log = self._log
        out = self._out
        if log.n > log.cap or log.pool_used > log.pool_cap:
            raise EngineError(  # pragma: no cover - 64 entries of lists this long
                f"the hypercall ran {int(log.n)} calls; the log holds {_LOG_CALLS}"
            )
        calls = tuple(
            _decoded(self._calls[i], self._pool, int(log.pool_used)) for i in range(log.n)
        )
        decoded = int(out.decoded)
        return HypercallResult(
            raw=raw,
            kind=KINDS[int(out.kind)],
            reason=reason_text(int(out.reason)),
            op=int(out.op),
            cmd=int(out.cmd) if decoded & lib.HT_ABI_HAS_CMD else None,
            subop=int(out.subop) if decoded & lib.HT_ABI_HAS_SUBOP else None,
            rule=ffi.string(out.rule).decode() if out.rule != ffi.NULL else None,
            calls=calls,
        )

    def batch(
        self, hypercalls: npt.NDArray[Any], memory: GuestMemory, raw: npt.NDArray[np.int64]
    ) -> None:
        """Runs a HYPERCALL_DTYPE array in one C call (nothing decoded back), each one's
        return value into ``raw``."""
        if hypercalls.dtype != HYPERCALL_DTYPE or not hypercalls.flags.c_contiguous:
            raise InvalidArgument("hypercalls must be a contiguous HYPERCALL_DTYPE array")
        if raw.dtype != np.int64 or len(raw) < len(hypercalls) or not raw.flags.writeable:
            raise InvalidArgument("raw must be a writeable int64 array as long as the batch")
        regions, count = memory.c_regions()
        lib.ht_hypercall_batch(
            self._m,
            self._index,
            ffi.cast("ht_hypercall_rec *", ffi.from_buffer(hypercalls)),
            len(hypercalls),
            regions,
            count,
            ffi.cast("int64_t *", ffi.from_buffer(raw)),
        )


def hypercall_array(hypercalls: Sequence[tuple[int, Sequence[int]]]) -> npt.NDArray[Any]:
    """(number, arguments) pairs as a HYPERCALL_DTYPE array (Machine.hypercall_batch)."""
    records = np.zeros(len(hypercalls), dtype=HYPERCALL_DTYPE)
    for i, (op, args) in enumerate(hypercalls):
        if len(args) > 5:
            raise InvalidArgument(f"a hypercall takes at most 5 arguments, not {len(args)}")
        records[i]["op"] = _argument(op, "the hypercall number")
        for k, value in enumerate(args):
            records[i]["arg"][k] = _argument(value, "a hypercall argument")
    return records
