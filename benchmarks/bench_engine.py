"""Engine benchmark: batch vs per-call replay, memory per gfn, and restore cost.

Run from the repository root::

    python benchmarks/bench_engine.py            # 4 domains x 262144 gfns
    python benchmarks/bench_engine.py --quick    # 4 domains x 16384 gfns (smoke run)

Workload
    Four HAP domains, each fully populated (pages = p2m_size = N, max_pages = N + 1024), on
    a host with 4N + 65536 frames and a p2m arena of exactly 4N entries (``gfn_capacity``
    is set, so nothing is over-allocated).  Sharing is enabled on all four domains, and
    domains 3 and 4 get a paging ring on their last gfn.  The call sequence is what a
    sharing / paging toolstack issues while walking gfns in order, 64 at a time: it
    nominates every 4th gfn in domains 1 and 2 and shares the pair, shares every 16th
    three ways (domain 3 too) and reads its tuple count (debug_gfn), writes some shared
    gfns from the guest (copy-on-write) and reads others, frees a domain-3 gfn and fills
    the hole with add_to_physmap, nominates and evicts every odd gfn of domain 4 (and some
    of domain 3), and pages every 8th evicted gfn back in the way a pager does (the guest
    touches it, the pager takes the request, loads the page, responds and kicks the event
    channel, and the guest reads it again).  It ends each chunk with the sharing counters
    and domain_getinfo.

    The sequence is built once by running it through the per-call API on a fresh machine,
    so handles and ports are the ones the engine really hands out; the measurements then
    reuse the same concrete arguments.  Every measured run starts from a freshly built
    machine (building one takes tens of milliseconds, less than a restore of a whole run,
    and keeps the undo journal out of the measured path, as in replay).  All runs do the
    same work: the batch results are compared with the per-call results, and every run's
    final state digest with the first one's.

Measurements (one process; (a)-(c) repeated and interleaved, medians reported)
    (a) batch: the whole sequence as a CALL_DTYPE array through ``Machine.batch``, into a
        result array allocated beforehand (``out=``), as a replayer reuses its chunk buffer.
    (b) per-call API: the same sequence through the machine's methods, bound beforehand:
        ``for f, args in plan: f(*args)``.  Each method is a FastCall
        (csrc/python/percall.c), which calls the engine's entry point from C.
    (b') the same through the generated Python functions the FastCalls wrap (``__wrapped__``:
        the path taken for keyword arguments and unusual argument types), which call the
        engine through cffi.
    (c) cffi noop: ``lib.ht_noopK(m._m, call, a0, ...)`` with each call's own arguments
        in the same loop shape: the cost of the loop plus a bare cffi call of the same
        arity that does nothing, the floor for (b).
    Also, for the breakdown: the raw fixed-arity entry points (``lib.ht_call2`` etc.) in the
        same loop shape, i.e. (b) without the Python wrapper; and ``Machine.batch`` without
        ``out=``, which allocates and zeroes a fresh result array on every call.
    (d) ``bytes_per_gfn``: ``Machine.state_bytes()`` / 4N.
    (e) ``restore_us``: on the big machine, the median time of ``restore()`` after a
        16-call input (a window of the same sequence, run through ``batch``; only the
        restore is timed), 2000 samples taken at 8 points spread over the sequence.
    The cyclic GC is off inside timed loops (as timeit does).  The machine is shared and
    noisy, so the ratios are computed per repetition from runs made side by side.

Targets
    batch >= 4x the cffi noop rate (a bare cffi call: what a Python replayer calling the
    engine per call could at best reach); batch >= 10x the per-call API;
    per-call API >= 40% of the cffi noop rate;
    (together they ask for a per-call API between 0.4x the cffi noop rate and a tenth of the
    batch rate; the FastCall path is faster than a bare cffi call, so batch/API falls below
    10x: the line also gives batch over the Python path (b'), for which it was set);
    <= 32 bytes of state per gfn; restore after a 16-call input < 5 microseconds.
    A missed target is printed as MISSED; the exit status is 0 either way.

The last line of output is machine-readable:
``batch_calls_per_s=<int> api_calls_per_s=<int> cffi_noop_calls_per_s=<int>
bytes_per_gfn=<float> restore_us=<float>``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from haptrace.binding._native import lib
from haptrace.catalogue import MAX_ARGS, lookup
from replay import CALL_DTYPE, RESULT_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig

DOMAINS = (1, 2, 3, 4)
PAGING_DOMAINS = (3, 4)
PARAM_PAGING_RING = 27
RING_PAGING = 1
FLAG_VCPU_PAUSED = 1
CHUNK = 64
RESTORE_WINDOW = 16
RESTORE_POINTS = 8
RESTORE_SAMPLES = 2000

TARGET_BATCH_OVER_API = 10.0
TARGET_BATCH_OVER_NOOP = 4.0
TARGET_API_OVER_NOOP = 0.40
TARGET_BYTES_PER_GFN = 32.0
TARGET_RESTORE_US = 5.0

Plan = list[tuple[str, tuple[int, ...]]]


def make_config(n: int) -> MachineConfig:
    host = HostConfig(
        total_frames=4 * n + 65536,
        gfn_capacity=4 * n,
        share_capacity=n // 4 + 4096,  # one record per shared gfn pair, and headroom
        xenheap_units=1 << 22,
    )
    domains = tuple(
        DomainConfig(domid, pages=n, max_pages=n + 1024, p2m_size=n, vcpus=2) for domid in DOMAINS
    )
    return MachineConfig(host=host, domains=domains)


def fresh_machine(config: MachineConfig, n: int) -> tuple[Machine, dict[int, int]]:
    """A machine in the state every measurement starts from, and its paging ring ports."""
    m = Machine(config)
    return m, prepare(m, n)


def prepare(m: Any, n: int) -> dict[int, int]:
    """Turn sharing on for every domain and give the paging domains a ring on their last
    gfn; returns the rings' ports.  ``m`` is a Machine or a recording of one."""
    for domid in DOMAINS:
        assert m.memshr_control(domid, 1).ok
    ports = {}
    for domid in PAGING_DOMAINS:
        assert m.set_hvm_param(domid, PARAM_PAGING_RING, n - 1).ok
        result = m.mem_paging_enable(domid)
        assert result.ok, result
        ports[domid] = result.output("port")
    return ports


class Recorder:
    """Runs calls through the per-call API and records them (the plan) and their results."""

    def __init__(self, m: Machine) -> None:
        self.m = m
        self.plan: Plan = []
        self.raw: list[int] = []

    def __call__(self, name: str, *args: int) -> Any:
        result = getattr(self.m, name)(*args)
        self.plan.append((name, args))
        self.raw.append(result.raw)
        return result


def build_plan(m: Machine, n: int, ports: dict[int, int]) -> Recorder:
    """The workload, walking gfns in chunks of 64 (the last chunk holds the ring gfn)."""
    call = Recorder(m)
    handle_1: dict[int, int] = {}
    for base in range(0, n - CHUNK, CHUNK):
        chunk = range(base, base + CHUNK)
        for g in chunk:
            if g % 4 == 0:  # share (1, g) with (2, g); every 16th with (3, g) as well
                h1 = call("memshr_nominate_gfn", 1, g).output("handle")
                h2 = call("memshr_nominate_gfn", 2, g).output("handle")
                call("memshr_share_gfns", 1, g, h1, 2, g, h2)
                handle_1[g] = h1
                if g % 16 == 0:
                    h3 = call("memshr_nominate_gfn", 3, g).output("handle")
                    call("memshr_share_gfns", 1, g, h1, 3, g, h3)
                    call("memshr_debug_gfn", 1, g)
            if g % 32 == 0:
                call("guest_write", 2, g, 0xC0DE0000 | g % 0x10000, 0)  # copy-on-write
            if g % 32 == 16:
                call("guest_read", 1, g, 0)
            if g % 64 == 36:  # free a gfn of domain 3, then map a shared page there
                call("remove_from_physmap", 3, g)
                call("memshr_add_to_physmap", 1, g, handle_1[g], 3, g)
            if g % 2 == 1:
                call("mem_paging_nominate", 4, g)
                call("mem_paging_evict", 4, g)
            if g % 16 == 5:
                call("mem_paging_nominate", 3, g)
                call("mem_paging_evict", 3, g)
        for g in chunk:
            if g % 8 == 1:  # the guest touches a paged gfn; the pager brings it back
                call("guest_read", 4, g, 0)
                request = call("ring_get_request", 4, RING_PAGING)
                gfn = request.output("gfn")
                call("mem_paging_load", 4, gfn, (0x100000 + gfn) << 12)
                call("ring_put_response", 4, RING_PAGING, gfn, 0, FLAG_VCPU_PAUSED)
                call("evtchn_send", 4, ports[4])
                call("guest_read", 4, g, 0)
        call("sharing_freed_pages")
        call("sharing_used_frames")
        call("domain_getinfo", 1)
    return call


def plan_array(plan: Plan, ids: dict[str, int]) -> Any:
    records = np.zeros(len(plan), dtype=CALL_DTYPE)
    records["call"] = [ids[name] for name, _ in plan]
    padded = [args + (0,) * (MAX_ARGS - len(args)) for _, args in plan]
    records["arg"] = np.array(padded, dtype=np.uint64)
    return records


def timed(loop: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call of ``loop`` takes (cyclic GC off, as in timeit), and its value."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        value = loop()
        return time.perf_counter() - start, value
    finally:
        gc.enable()


def run_calls(plan: list[tuple[Callable[..., object], tuple[Any, ...]]]) -> None:
    for f, args in plan:
        f(*args)


# The fixed-arity entry points the generated methods call, by number of arguments.
RAW_ENTRY = tuple(getattr(lib, f"ht_call{arity}") for arity in range(7))
# Functions of the same signatures that do nothing: the floor for the per-call API.
NOOP_ENTRY = tuple(getattr(lib, f"ht_noop{arity}") for arity in range(7))


def per_call_rate(
    config: MachineConfig,
    n: int,
    plan: list[tuple[str, tuple[int, ...]]],
    reference_digest: int,
    label: str,
    bind: Callable[[Any, str], Callable[..., object]],
) -> tuple[float, Any]:
    """Calls per second of ``plan`` through ``bind(machine, name)`` on a fresh machine,
    bound beforehand; the run must end in the reference state.  Returns the machine too."""
    m, _ = fresh_machine(config, n)
    bound = {name: bind(m, name) for name in {name for name, _ in plan}}
    calls = [(bound[name], args) for name, args in plan]
    seconds, _ = timed(lambda: run_calls(calls))
    if m.state_digest() != reference_digest:
        raise SystemExit(f"{label} run ended in a different state than the first run")
    return len(plan) / seconds, m


def _wrapped(m: Any, name: str) -> Callable[..., object]:
    """The generated Python function a machine's method wraps (the fallback path)."""
    function: Callable[..., object] = getattr(m, name).__wrapped__
    return function


def median(values: list[float]) -> float:
    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="4 x 16384 gfns (smoke run)")
    parser.add_argument("--repeats", type=int, default=0, help="repetitions of (a)-(c)")
    options = parser.parse_args()
    n = 16384 if options.quick else 262144
    repeats = options.repeats or (3 if options.quick else 5)

    config = make_config(n)
    started = time.perf_counter()
    m, ports = fresh_machine(config, n)
    build_time = time.perf_counter() - started
    state_bytes = m.state_bytes()
    bytes_per_gfn = state_bytes / (len(DOMAINS) * n)

    started = time.perf_counter()
    recorder = build_plan(m, n, ports)
    plan, expected_raw = recorder.plan, np.array(recorder.raw, dtype=np.int64)
    plan_time = time.perf_counter() - started
    reference_digest = m.state_digest()
    del m, recorder

    names = sorted({name for name, _ in plan})
    ids = {name: lookup(name).id for name in names}
    records = plan_array(plan, ids)
    calls = len(plan)
    mix = Counter(name for name, _ in plan)
    outcomes = Counter("ok" if raw >= 0 else f"-{-raw}" for raw in expected_raw.tolist())

    print(f"engine benchmark: 4 domains x {n} gfns ({'quick' if options.quick else 'full'})")
    print(
        f"  host: {config.host.total_frames} frames, gfn_capacity {config.gfn_capacity},"
        f" share_capacity {config.host.share_capacity}; fresh machine built in"
        f" {build_time * 1e3:.1f} ms"
    )
    print(
        f"  workload: {calls} calls built through the per-call API in {plan_time:.2f} s;"
        f" results: {dict(sorted(outcomes.items()))}"
    )
    print("  call mix: " + ", ".join(f"{name} {count}" for name, count in mix.most_common()))

    batch_rates, api_rates, noop_rates, raw_rates, alloc_batch_rates = [], [], [], [], []
    python_rates: list[float] = []
    batch_over_api, api_over_noop, batch_over_python = [], [], []
    batch_over_noop: list[float] = []
    # The result buffer of (a): allocated and touched once, reused by every repetition.
    result_buffer = np.zeros(calls, dtype=RESULT_DTYPE)
    result_buffer["rc"] = 1
    for repeat in range(repeats + 1):  # repeat 0 is an untimed warm-up
        # (a) batch, on a fresh machine
        m, _ = fresh_machine(config, n)
        seconds, outcome = timed(lambda m=m: m.batch(records, out=result_buffer))
        results = outcome.results
        got = np.where(results["rc"] >= 0, results["rc"], -results["err"].astype(np.int64))
        if outcome.ran != calls or not np.array_equal(got, expected_raw):
            raise SystemExit("batch results differ from the per-call results: not the same work")
        if m.state_digest() != reference_digest:
            raise SystemExit("batch run ended in a different state than the per-call run")
        batch_rate = calls / seconds
        del m, outcome, results

        # (b) per-call API, on a fresh machine, methods bound beforehand
        api_rate, m = per_call_rate(config, n, plan, reference_digest, "per-call", getattr)
        del m
        # (b') the generated Python functions the methods wrap, on a fresh machine
        python_rate, m = per_call_rate(
            config,
            n,
            plan,
            reference_digest,
            "Python-path",
            lambda m, name: getattr(m, name).__wrapped__,
        )

        # (c) bare cffi call of the same arity that does nothing
        pointer = m._m
        noop_plan = [(NOOP_ENTRY[len(args)], (pointer, ids[name], *args)) for name, args in plan]
        seconds, _ = timed(lambda p=noop_plan: run_calls(p))
        noop_rate = calls / seconds
        del noop_plan, m

        # breakdown: the raw fixed-arity entry points, without the Python wrapper
        m, _ = fresh_machine(config, n)
        pointer = m._m
        raw_plan = [(RAW_ENTRY[len(args)], (pointer, ids[name], *args)) for name, args in plan]
        seconds, _ = timed(lambda p=raw_plan: run_calls(p))
        if m.state_digest() != reference_digest:
            raise SystemExit("raw entry-point run ended in a different state")
        raw_rate = calls / seconds
        del raw_plan, m

        # breakdown: Machine.batch allocating a fresh result array
        m, _ = fresh_machine(config, n)
        seconds, outcome = timed(lambda m=m: m.batch(records))
        if outcome.ran != calls or m.state_digest() != reference_digest:
            raise SystemExit("allocating batch run ended in a different state")
        alloc_batch_rate = calls / seconds
        del m, outcome

        if repeat == 0:
            continue
        alloc_batch_rates.append(alloc_batch_rate)
        batch_rates.append(batch_rate)
        api_rates.append(api_rate)
        python_rates.append(python_rate)
        batch_over_python.append(batch_rate / python_rate)
        noop_rates.append(noop_rate)
        raw_rates.append(raw_rate)
        batch_over_api.append(batch_rate / api_rate)
        api_over_noop.append(api_rate / noop_rate)
        batch_over_noop.append(batch_rate / noop_rate)
        print(
            f"  repeat {repeat}/{repeats}: batch {batch_rate / 1e6:.2f} M/s"
            f" (allocating {alloc_batch_rate / 1e6:.2f}),"
            f" api {api_rate / 1e6:.3f} M/s (Python path {python_rate / 1e6:.3f}),"
            f" raw entry points {raw_rate / 1e6:.3f} M/s,"
            f" cffi noop {noop_rate / 1e6:.3f} M/s"
        )

    # (e) restore after a 16-call input, at points spread over the sequence
    m, _ = fresh_machine(config, n)
    chunk_calls = calls // (n // CHUNK - 1)
    points = [
        (calls * k // (RESTORE_POINTS + 1)) // chunk_calls * chunk_calls
        for k in range(RESTORE_POINTS)
    ]
    per_point = 2 * RESTORE_SAMPLES // RESTORE_POINTS  # half timed via restore(), half bare
    restore_samples: list[float] = []
    bare_samples: list[float] = []
    journal_lengths = []
    done = 0
    clock = time.perf_counter
    for point in points:
        if done < point:
            m.batch(records[done:point])
            done = point
        snapshot = m.snapshot()
        digest = m.state_digest()
        window = records[point : point + RESTORE_WINDOW]
        gc.disable()
        for sample in range(per_point):
            m.batch(window)
            if sample == 0:
                journal_lengths.append(m.journal_length())
            if sample % 2:
                start = clock()
                m.restore(snapshot)
                restore_samples.append(clock() - start)
            else:
                start = clock()
                lib.ht_restore(m._m)
                bare_samples.append(clock() - start)
        gc.enable()
        if m.state_digest() != digest:
            raise SystemExit("restore did not return to the snapshot's state")
        m.end_snapshot()
    del m
    restore_us = median(restore_samples) * 1e6
    bare_restore_us = median(bare_samples) * 1e6

    batch = median(batch_rates)
    api = median(api_rates)
    python = median(python_rates)
    noop = median(noop_rates)
    raw = median(raw_rates)
    alloc_batch = median(alloc_batch_rates)
    ratio_batch_api = median(batch_over_api)
    ratio_batch_python = median(batch_over_python)
    ratio_api_noop = median(api_over_noop)
    ratio_batch_noop = median(batch_over_noop)
    print(
        f"  median rates over {repeats} repeats: batch {batch / 1e6:.2f} M calls/s"
        f" ({1e9 / batch:.0f} ns/call), per-call API {api / 1e6:.3f} M/s ({1e9 / api:.0f} ns),"
        f" Python path {python / 1e6:.3f} M/s ({1e9 / python:.0f} ns),"
        f" raw entry points {raw / 1e6:.3f} M/s ({1e9 / raw:.0f} ns),"
        f" cffi noop {noop / 1e6:.3f} M/s ({1e9 / noop:.0f} ns)"
    )
    print(
        f"  batch without out= (medians): {alloc_batch / 1e6:.2f} M/s"
        f" ({1e9 / alloc_batch:.0f} ns/call); allocating a fresh"
        f" {calls * RESULT_DTYPE.itemsize / 2**20:.0f} MiB result array, whose pages fault on"
        f" first touch, adds {(calls / alloc_batch - calls / batch) * 1e3:.1f} ms per run"
    )
    print(
        f"  per-call time split (medians): loop + bare cffi call {1e9 / noop:.0f} ns,"
        f" + engine work {1e9 / raw - 1e9 / noop:.0f} ns,"
        f" + Python wrapper (function, result) {1e9 / python - 1e9 / raw:.0f} ns on the"
        f" Python path; the FastCall path in all {1e9 / api:.0f} ns, no cffi call"
    )
    print(
        f"  restore after a {RESTORE_WINDOW}-call input: median {restore_us:.2f} us via"
        f" Machine.restore, {bare_restore_us:.2f} us via lib.ht_restore"
        f" ({len(restore_samples) + len(bare_samples)} samples at {len(points)} points;"
        f" journal entries per input {min(journal_lengths)}-{max(journal_lengths)})"
    )
    print(f"  state: {state_bytes} bytes for {len(DOMAINS) * n} gfns")
    if options.quick:
        print("  (quick run: fixed costs dominate at this size; the targets are for the full run)")
    print("targets:")
    print(
        f"  batch >= {TARGET_BATCH_OVER_API:.0f}x per-call API: {ratio_batch_api:.1f}x"
        f" (median of per-repeat ratios; {ratio_batch_python:.1f}x over the Python path)"
        f" -> {verdict(ratio_batch_api >= TARGET_BATCH_OVER_API)}"
    )
    print(
        f"  batch >= {TARGET_BATCH_OVER_NOOP:.0f}x cffi noop: {ratio_batch_noop:.1f}x"
        f" (median of per-repeat ratios) -> {verdict(ratio_batch_noop >= TARGET_BATCH_OVER_NOOP)}"
    )
    print(
        f"  per-call API >= {TARGET_API_OVER_NOOP:.0%} of cffi noop: {ratio_api_noop:.1%}"
        f" (median of per-repeat ratios) -> {verdict(ratio_api_noop >= TARGET_API_OVER_NOOP)}"
    )
    print(
        f"  state <= {TARGET_BYTES_PER_GFN:.0f} bytes per gfn: {bytes_per_gfn:.1f}"
        f" -> {verdict(bytes_per_gfn <= TARGET_BYTES_PER_GFN)}"
    )
    print(
        f"  restore after a 16-call input < {TARGET_RESTORE_US:.0f} us: {restore_us:.2f} us"
        f" -> {verdict(restore_us < TARGET_RESTORE_US)}"
    )
    print(
        f"batch_calls_per_s={batch:.0f} api_calls_per_s={api:.0f}"
        f" cffi_noop_calls_per_s={noop:.0f} bytes_per_gfn={bytes_per_gfn:.1f}"
        f" restore_us={restore_us:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
