"""ABI benchmark: raw Xen 4.17 hypercalls decoded and run, against the engine's batch of the
same catalogue calls.

Run from the repository root::

    python benchmarks/bench_abi.py            # 4096 gfns per tool
    python benchmarks/bench_abi.py --quick    # 512 gfns per tool (smoke run)

Workload
    The mix a pager and a sharing tool issue, laid out in one arena of hypercall buffers
    as libxenctrl 4.17 issues them (every XENMEM op as a one-entry multicall, its argument
    struct in another buffer; domctls and sysctls as whole structs with interface version
    0x15), packed one after another (see Arena).  On a host with a paged domain (1) and
    two sharing domains (2, 3): per gfn, the pager nominates, evicts and pages the gfn
    back in (paging_op prep with a page buffer), the sharing tool nominates the gfn in
    both domains, shares the pair and reads its tuple count (debug_gfn); every 8 gfns the
    pager reads the domain's record
    (sysctl getdomaininfolist) and the sharing tool reads the two sharing counters.

    The stream is built once by running it hypercall by hypercall (Machine.hypercall), so
    the handles in it are the ones the engine hands out; the catalogue calls each hypercall
    became form the engine's batch.  Both paths then run from the same snapshot, in one C
    call each, and must end in the same state (digest).

Measurements (one process; repeated, interleaved, medians)
    abi: the whole stream through ``Machine.hypercall_batch`` (ht_hypercall_batch: decode,
        run, write back, per hypercall);
    batch: the catalogue calls through ``Machine.batch`` into a preallocated result array;
    both as catalogue calls per second (here one per hypercall).  The restore between runs
    is not timed.

Target
    the ABI path reaches at least 50% of the batch rate (decoding costs less than the
    engine).  A missed target is printed as MISSED; the exit status is 0 either way.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import struct
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from haptrace.binding.abi import GuestMemory, hypercall_array
from replay import (
    RESULT_DTYPE,
    DomainConfig,
    HostConfig,
    Machine,
    MachineConfig,
    pack_calls,
)

ARENA = 0x7F0000000000
PAGE = 4096
MEMORY_OP, MULTICALL, SYSCTL = 12, 13, 35
XENMEM_PAGING_OP, XENMEM_SHARING_OP = 20, 22
FREED, SHARED = 18, 19
PAGING_RING = 0x7FF  # the paging ring's gfn in domain 1


class Arena:
    """The hypercall buffers of the stream, one after another in one region.  libxencall
    copies each argument into one of a few cached buffers (at page + 0x10) right before
    its hypercall; a stream built in advance needs every argument at once, so here they
    are packed 16 bytes apart instead (the structs' own layouts are the real ones)."""

    def __init__(self, size: int) -> None:
        self.memory = GuestMemory()
        self.data = self.memory.add(ARENA, size)
        self.used = 0

    def buffer(self, payload: bytes, aligned: bool = False) -> int:
        """Places ``payload`` in a fresh buffer; its guest address."""
        if aligned:
            self.used = (self.used + PAGE - 1) // PAGE * PAGE
        offset = self.used
        if offset + len(payload) > len(self.data):
            raise SystemExit("the arena is too small for the stream")
        self.data[offset : offset + len(payload)] = payload
        self.used += (len(payload) + 15) // 16 * 16
        return ARENA + offset

    def memop(self, cmd: int, arg: bytes) -> tuple[int, tuple[int, ...]]:
        """A XENMEM op as libxc 4.16+ issues it: a one-entry multicall."""
        argp = self.buffer(arg) if arg else 0
        entry = struct.pack("<QQ6Q", MEMORY_OP, 0, cmd, argp, 0, 0, 0, 0)
        return MULTICALL, (self.buffer(entry), 1)


def paging_op(op: int, domid: int, gfn: int, buffer: int = 0) -> bytes:
    return struct.pack("<BxHxxxxQQ", op, domid, buffer, gfn)


def sharing_op(op: int, domid: int, *words: int) -> bytes:
    return struct.pack("<BxHxxxx", op, domid) + b"".join(struct.pack("<Q", w) for w in words).ljust(
        40, b"\0"
    )


def share(sd: int, sgfn: int, sh: int, cd: int, cgfn: int, ch: int) -> bytes:
    return struct.pack("<BxHxxxxQQQQH6x", 2, sd, sgfn, sh, cgfn, ch, cd)


def infolist(arena: Arena, first: int, count: int) -> tuple[int, tuple[int, ...]]:
    records = arena.buffer(bytes(112 * count))
    body = struct.pack("<HxxIQI", first, count, records, 0).ljust(128, b"\0")
    return SYSCTL, (arena.buffer(struct.pack("<II", 6, 0x15) + body),)


def make_machine(n: int) -> Machine:
    pages = max(n, PAGING_RING + 1)
    config = MachineConfig(
        HostConfig(total_frames=4 * pages + 65536),
        (
            DomainConfig(1, pages=pages, max_pages=pages + 64),
            DomainConfig(2, pages=n),
            DomainConfig(3, pages=n),
        ),
    )
    m = Machine(config, profile="xen-4.17")
    assert m.set_hvm_param(1, 27, PAGING_RING).ok and m.mem_paging_enable(1).ok
    assert m.memshr_control(2, 1).ok and m.memshr_control(3, 1).ok
    return m


def build_stream(m: Machine, n: int) -> tuple[Arena, list[tuple[int, tuple[int, ...]]], list[Any]]:
    """The hypercalls, run once hypercall by hypercall (so the handles are real); the
    catalogue calls they became."""
    arena = Arena(1024 * n + 2 * PAGE)
    page = arena.buffer(bytes(PAGE), aligned=True)  # the pager's page, page-aligned (4.2)
    stream: list[tuple[int, tuple[int, ...]]] = []
    calls: list[Any] = []

    def run(op: int, args: tuple[int, ...]) -> int:
        out = m.hypercall(op, args, arena.memory)
        if out.raw < 0 or out.unsupported:
            raise SystemExit(f"the stream's hypercall {op}{args} failed: {out}")
        stream.append((op, args))
        calls.extend(out.calls)
        return out.raw

    def written_handle(entry: int) -> int:
        argp = struct.unpack_from("<Q", arena.data, entry - ARENA + 24)[0]
        return int(struct.unpack_from("<Q", arena.data, argp - ARENA + 16)[0])

    for g in range(n):
        for op in (0, 1):  # nominate, evict
            run(*arena.memop(XENMEM_PAGING_OP, paging_op(op, 1, g)))
        run(*arena.memop(XENMEM_PAGING_OP, paging_op(2, 1, g, page)))  # prep = load
        op2, args2 = arena.memop(XENMEM_SHARING_OP, sharing_op(0, 2, g))
        run(op2, args2)
        op3, args3 = arena.memop(XENMEM_SHARING_OP, sharing_op(0, 3, g))
        run(op3, args3)
        sh, ch = written_handle(args2[0]), written_handle(args3[0])
        run(*arena.memop(XENMEM_SHARING_OP, share(2, g, sh, 3, g, ch)))
        run(*arena.memop(XENMEM_SHARING_OP, sharing_op(3, 2, g)))  # debug_gfn
        if g % 8 == 7:
            run(*infolist(arena, 1, 1))
            run(*arena.memop(FREED, b""))
            run(*arena.memop(SHARED, b""))
    return arena, stream, calls


def timed(loop: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        loop()
        return time.perf_counter() - start
    finally:
        gc.enable()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="512 gfns per tool (smoke run)")
    parser.add_argument("--repeats", type=int, default=0)
    options = parser.parse_args()
    n = 512 if options.quick else 4096
    repeats = options.repeats or (3 if options.quick else 7)

    m = make_machine(n)
    start_digest = m.state_digest()
    snapshot = m.snapshot()
    arena, stream, calls = build_stream(m, n)
    end_digest = m.state_digest()
    # Runs write their results back into the arena; the inputs they read stay as they are,
    # so every run decodes the same calls.
    m.restore(snapshot)
    if m.state_digest() != start_digest:
        raise SystemExit("restore did not return to the start")

    items = [(c.call.id, _inputs(c), c.caller[0], c.caller[1]) for c in calls]
    records, pool = pack_calls(items)
    out = np.zeros(len(records), dtype=RESULT_DTYPE)
    hypercalls = hypercall_array(stream)
    raw = np.zeros(len(hypercalls), dtype=np.int64)
    mix = Counter(c.call.name for c in calls)
    print(f"ABI benchmark: {n} gfns per tool ({'quick' if options.quick else 'full'})")
    print(
        f"  stream: {len(stream)} hypercalls ({sum(1 for op, _ in stream if op == 13)}"
        f" one-entry multicalls), {len(calls)} catalogue calls"
    )
    print("  call mix: " + ", ".join(f"{name} {count}" for name, count in mix.most_common()))

    abi_rates, batch_rates = [], []
    for _ in range(repeats):
        m.restore(snapshot)
        seconds = timed(lambda: m.hypercall_batch(hypercalls, arena.memory, raw=raw))
        if m.state_digest() != end_digest:
            raise SystemExit("the ABI run ended in another state than the stream's first run")
        abi_rates.append(len(calls) / seconds)
        m.restore(snapshot)
        seconds = timed(lambda: m.batch(records, out=out, pool=pool))
        if m.state_digest() != end_digest:
            raise SystemExit("the batch run ended in another state than the ABI run")
        batch_rates.append(len(calls) / seconds)
    abi, batch = statistics.median(abi_rates), statistics.median(batch_rates)
    ratios = [a / b for a, b in zip(abi_rates, batch_rates, strict=True)]
    ratio = statistics.median(ratios)
    print(f"  abi:   {abi:12.0f} calls/s (median of {repeats})")
    print(f"  batch: {batch:12.0f} calls/s")
    print(f"  abi / batch: {ratio:.2f} (per repetition: {', '.join(f'{r:.2f}' for r in ratios)})")
    print("targets:")
    print(f"  abi >= 50% of batch: {ratio:.2f} {'MET' if ratio >= 0.5 else 'MISSED'}")
    print(f"abi_calls_per_s={abi:.0f} engine_batch_calls_per_s={batch:.0f}")
    return 0


def _inputs(call: Any) -> list[Any]:
    """A decoded call's input values as pack_calls takes them (OUT lists: their room)."""
    spec = call.call
    values = []
    for arg, value in zip(spec.args, call.args, strict=True):
        if getattr(arg, "is_list", False) and not arg.is_input:
            continue  # the room comes from the length argument
        values.append(value)
    return values


if __name__ == "__main__":
    raise SystemExit(main())
