"""Replay benchmark: record a long mixed trace, replay it end to end, compare with the engine.

Run from the repository root::

    python benchmarks/bench_replay.py             # 10M calls, 4 domains x 262144 gfns
    python benchmarks/bench_replay.py --quick     # 1M calls, 4 domains x 16384 gfns

Workload
    The machine of benchmarks/bench_engine.py (four fully populated HAP domains, sharing on
    everywhere, paging rings for domains 3 and 4), recorded from a Python script through
    ``tracer.RecordingMachine`` and the per-call API, so every handle and port in the trace
    is one the emulator really handed out.  The script walks the gfns in rounds, 64 at a
    time, and each round leaves the gfns as it found them, so rounds repeat until the trace
    has the calls asked for: a quarter of the gfns (a different quarter each round) are
    nominated in domains 1 and 2 and shared, one in four at random three ways with domain
    3; a random sharer reads each and every sharer writes a random value, in random order
    (copy-on-write unshares each copy in turn); three in four of the odd gfns of one paging
    domain (3 or 4, alternating by round) are nominated and evicted, then touched by the
    guest in random order and paged back in the way a pager does (the request taken from
    the ring, the page loaded, the response put, the event channel kicked, the guest
    reading again); each 64 gfns end with the sharing counters and domain_getinfo of a
    random domain.  The results mix successes with the documented ENOENT of a guest
    touching a paged gfn; the choices come from a seeded generator (``--seed``).

Measurements (each in a fresh child process, so memory is the replay's own; three rounds,
interleaved, medians reported)
    replay: ``replay.replay(open_source(trace))``, what ``haptrace replay`` runs: read the
        file, decode each chunk, execute it in C with resource remapping, compare every
        result with the recorded one, audit the invariants (after every call for the first
        calls, then at the end).  calls / wall time.
    engine batch: the same calls through ``Machine.batch`` a chunk at a time on a fresh
        machine, timing only the batch calls (decoding and building the call arrays are
        left out; results are compared afterwards, also untimed, to prove the same work).
    bytes_per_call: the trace file's size / calls.
    peak_rss_mb: the replay child's peak resident set (ru_maxrss), for the whole trace and
        for a prefix a tenth as long (written from the same recording): flat memory means
        the two are close.

Targets
    replay >= 50% of the engine-only batch rate; <= 8 bytes per call on disk; a 10M-call
    replay under 300 MB peak RSS, with memory flat in trace length.  A missed target is
    printed as MISSED; the exit status is 0 either way.

The last line of output is machine-readable:
``replay_calls_per_s=<int> engine_batch_calls_per_s=<int> bytes_per_call=<float>
peak_rss_mb=<float>``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_engine import (
    CHUNK,
    DOMAINS,
    FLAG_VCPU_PAUSED,
    RING_PAGING,
    make_config,
    prepare,
)

from replay import RESULT_DTYPE, Machine
from replay.engine import open_source, replay
from tracer.format import TraceWriter, open_trace
from tracer.recorder import RecordingMachine

TARGET_REPLAY_OVER_BATCH = 0.50
TARGET_BYTES_PER_CALL = 8.0
TARGET_PEAK_RSS_MB = 300.0
ROUNDS = 3


def record(path: Path, n: int, calls: int, seed: int) -> float:
    """Record at least ``calls`` calls of the workload to ``path``; returns seconds."""
    started = time.perf_counter()
    rng = random.Random(seed)
    m = RecordingMachine(Machine(make_config(n)), path, sync=False)
    ports = prepare(m, n)
    nominate, share = m.memshr_nominate_gfn, m.memshr_share_gfns
    read, write, debug = m.guest_read, m.guest_write, m.memshr_debug_gfn
    paging_nominate, evict = m.mem_paging_nominate, m.mem_paging_evict
    get_request, load = m.ring_get_request, m.mem_paging_load
    put_response, send = m.ring_put_response, m.evtchn_send
    freed, used, getinfo = m.sharing_freed_pages, m.sharing_used_frames, m.domain_getinfo
    round_number = 0
    reported = 0
    while m.calls < calls:
        shared_residue = round_number % 4
        pager = 4 if round_number % 2 == 0 else 3
        for base in range(0, n - CHUNK, CHUNK):
            for g in range(base + shared_residue, base + CHUNK, 4):
                h1 = nominate(1, g).output("handle")
                h2 = nominate(2, g).output("handle")
                assert share(1, g, h1, 2, g, h2).ok
                sharers = [1, 2]
                if rng.random() < 0.25:
                    h3 = nominate(3, g).output("handle")
                    assert share(1, g, h1, 3, g, h3).ok
                    debug(1, g)
                    sharers.append(3)
                read(rng.choice(sharers), g, 0)
                rng.shuffle(sharers)
                for domid in sharers:  # copy-on-write, until the last sharer's frame is private
                    write(domid, g, rng.getrandbits(32), 0)
            paged = [g for g in range(base + 1, base + CHUNK, 2) if rng.random() < 0.75]
            for g in paged:
                paging_nominate(pager, g)
                evict(pager, g)
            rng.shuffle(paged)
            for g in paged:
                assert read(pager, g, 0).errno  # paged out: the vcpu waits for the pager
                gfn = get_request(pager, RING_PAGING).output("gfn")
                load(pager, gfn, (0x100000 + gfn) << 12)
                put_response(pager, RING_PAGING, gfn, 0, FLAG_VCPU_PAUSED)
                send(pager, ports[pager])
                assert read(pager, g, 0).ok
            freed()
            used()
            getinfo(rng.choice(DOMAINS))
            if m.calls >= calls:
                break
            if m.calls - reported >= 1_000_000:
                reported = m.calls
                print(f"  recorded {m.calls / 1e6:.0f}M calls", file=sys.stderr, flush=True)
        round_number += 1
    m.close()
    return time.perf_counter() - started


def write_prefix(source: Path, target: Path, calls: int) -> int:
    """Copy the first chunks of ``source`` holding about ``calls`` calls to ``target``."""
    copied = 0
    with open_trace(source) as reader, TraceWriter(target, reader.header, sync=False) as writer:
        for chunk in reader:
            if copied >= calls:
                break
            writer.write_chunk(chunk)
            copied += len(chunk)
    return copied


# ---- the child processes ------------------------------------------------------------------


def child_replay(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    report = replay(open_source(path))
    seconds = time.perf_counter() - started
    return {
        "calls": report.calls,
        "seconds": seconds,
        "outcome": report.outcome.name,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_engine(path: Path) -> dict[str, Any]:
    seconds = 0.0
    calls = 0
    mismatches = 0
    with open_trace(path) as reader:
        m = Machine(reader.header.machine, profile=reader.header.profile)
        buffer = np.zeros(0, dtype=RESULT_DTYPE)
        for chunk in reader:
            records = chunk.call_records()
            if len(buffer) < len(records):
                buffer = np.zeros(len(records), dtype=RESULT_DTYPE)
                buffer["rc"] = 1  # touch the pages before timing
            start = time.perf_counter()
            outcome = m.batch(records, out=buffer)
            seconds += time.perf_counter() - start
            results = outcome.results
            mismatches += int(
                np.count_nonzero((results["rc"] != chunk.rc) | (results["err"] != chunk.errno))
            )
            calls += outcome.ran
    return {
        "calls": calls,
        "seconds": seconds,
        "mismatches": mismatches,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(mode: str, path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, f"--child-{mode}", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {mode} child failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="1M calls on 4 x 16384 gfns")
    parser.add_argument("--calls", type=int, default=0, help="calls to record")
    parser.add_argument("--seed", type=int, default=1, help="seed of the workload's choices")
    parser.add_argument("--keep", type=Path, help="write the traces here and keep them")
    parser.add_argument("--child-replay", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-engine", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child_replay:
        print(json.dumps(child_replay(options.child_replay)))
        return 0
    if options.child_engine:
        print(json.dumps(child_engine(options.child_engine)))
        return 0

    n = 16384 if options.quick else 262144
    wanted = options.calls or (1_000_000 if options.quick else 10_000_000)
    with tempfile.TemporaryDirectory(prefix="bench-replay-") as scratch:
        directory = options.keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        trace = directory / "workload.trace"
        prefix = directory / "workload-prefix.trace"
        print(f"replay benchmark: {wanted} calls on 4 domains x {n} gfns")
        record_seconds = record(trace, n, wanted, options.seed)
        with open_trace(trace) as reader:
            calls = sum(len(chunk) for chunk in reader)
            chunks = reader.chunks
        size = trace.stat().st_size
        prefix_calls = write_prefix(trace, prefix, calls // 10)
        print(
            f"  recorded {calls} calls in {chunks} chunks in {record_seconds:.1f} s"
            f" ({calls / record_seconds / 1e6:.2f} M calls/s through RecordingMachine);"
            f" {size / 2**20:.1f} MiB on disk; prefix trace {prefix_calls} calls"
        )

        replay_rates, batch_rates, ratios, rss, prefix_rss = [], [], [], [], []
        for index in range(1, ROUNDS + 1):
            replayed = run_child("replay", trace)
            engine = run_child("engine", trace)
            short = run_child("replay", prefix)
            if replayed["outcome"] != "PASS" or replayed["calls"] != calls:
                raise SystemExit(f"the replay did not pass: {replayed}")
            if engine["mismatches"] or engine["calls"] != calls:
                raise SystemExit(f"the engine batch run did not redo the recording: {engine}")
            replay_rate = calls / replayed["seconds"]
            batch_rate = calls / engine["seconds"]
            replay_rates.append(replay_rate)
            batch_rates.append(batch_rate)
            ratios.append(replay_rate / batch_rate)
            rss.append(replayed["peak_rss_mb"])
            prefix_rss.append(short["peak_rss_mb"])
            print(
                f"  round {index}/{ROUNDS}: replay {replay_rate / 1e6:.2f} M calls/s"
                f" ({replayed['seconds']:.2f} s), engine batch {batch_rate / 1e6:.2f} M calls/s,"
                f" peak RSS {replayed['peak_rss_mb']:.0f} MB"
                f" ({short['peak_rss_mb']:.0f} MB for the prefix)"
            )
    replay_rate = statistics.median(replay_rates)
    batch_rate = statistics.median(batch_rates)
    ratio = statistics.median(ratios)
    bytes_per_call = size / calls
    peak = max(rss)
    growth = statistics.median(rss) - statistics.median(prefix_rss)
    print(
        f"  medians: replay {replay_rate / 1e6:.2f} M calls/s ({1e9 / replay_rate:.0f} ns/call),"
        f" engine batch {batch_rate / 1e6:.2f} M calls/s ({1e9 / batch_rate:.0f} ns/call);"
        f" peak RSS {peak:.0f} MB for {calls} calls, {statistics.median(prefix_rss):.0f} MB"
        f" for {prefix_calls} ({growth:+.0f} MB for {calls - prefix_calls} more calls)"
    )
    print("targets:")
    print(
        f"  replay >= {TARGET_REPLAY_OVER_BATCH:.0%} of engine batch: {ratio:.1%}"
        f" (median of per-round ratios) -> {verdict(ratio >= TARGET_REPLAY_OVER_BATCH)}"
    )
    print(
        f"  <= {TARGET_BYTES_PER_CALL:g} bytes per call: {bytes_per_call:.2f}"
        f" -> {verdict(bytes_per_call <= TARGET_BYTES_PER_CALL)}"
    )
    flat = peak < TARGET_PEAK_RSS_MB and growth < 0.1 * TARGET_PEAK_RSS_MB
    print(
        f"  peak RSS < {TARGET_PEAK_RSS_MB:.0f} MB and flat in trace length: {peak:.0f} MB,"
        f" {growth:+.0f} MB from {prefix_calls} to {calls} calls -> {verdict(flat)}"
    )
    print(
        f"replay_calls_per_s={replay_rate:.0f} engine_batch_calls_per_s={batch_rate:.0f}"
        f" bytes_per_call={bytes_per_call:.2f} peak_rss_mb={peak:.1f}"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
