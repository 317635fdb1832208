"""Trace format benchmark: bytes per call on disk, encode and decode rates.

Records a mixed workload on 4 domains x 262144 gfns through ``Machine.batch`` (nominate
40%, share 20% with handles from earlier nominations, guest write 15%, guest read 10%,
debug 10%, freed-pages 5%), writes it with ``TraceWriter.write_batch``, then reads it back
chunk by chunk with ``open_trace`` while holding the previous chunk, as a replay would.

    python benchmarks/bench_trace_format.py [--calls N] [--repeat R] [--level L]

The last line is machine-readable:
``trace_calls=… bytes_per_call=… encode_calls_per_s=… decode_calls_per_s=… decode_peak_rss_mb=…``
(encode: write_batch time only; decode: the best of R passes in wall time, in a fresh
process whose peak RSS is reported, to show memory stays flat in trace length.)
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from haptrace.catalogue import lookup
from replay import CALL_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig
from tracer.format import TraceWriter, open_trace
from tracer.model import Header

GFNS = 262144
DOMAINS = (1, 2, 3, 4)
BATCH = 65536
MIX = {  # call: share of the workload
    "memshr_nominate_gfn": 0.40,
    "memshr_share_gfns": 0.20,
    "guest_write": 0.15,
    "guest_read": 0.10,
    "memshr_debug_gfn": 0.10,
    "sharing_freed_pages": 0.05,
}


def machine_config() -> MachineConfig:
    host = HostConfig(
        total_frames=len(DOMAINS) * GFNS + 65536,
        share_capacity=len(DOMAINS) * GFNS,
        xenheap_units=1 << 22,
    )
    return MachineConfig(host, tuple(DomainConfig(d, pages=GFNS) for d in DOMAINS))


def workload(machine: Machine, total: int, seed: int = 1) -> Iterator[tuple[Any, Any]]:
    """(calls, results) batches of the mixed workload, as Machine.batch ran them."""
    rng = np.random.default_rng(seed)
    ids = np.array([lookup(name).id for name in MIX])
    share, write, freed = (
        lookup(n).id for n in ("memshr_share_gfns", "guest_write", "sharing_freed_pages")
    )
    nominate = lookup("memshr_nominate_gfn").id
    start = np.zeros(len(DOMAINS), dtype=CALL_DTYPE)
    start["call"] = lookup("memshr_control").id
    start["arg"][:, 0] = DOMAINS
    start["arg"][:, 1] = 1
    yield start, machine.batch(start).results
    pool = np.zeros((0, 3), dtype=np.uint64)  # (domain, gfn, handle) of recent nominations
    done = len(start)
    while done < total:
        count = min(BATCH, total - done)
        calls = np.zeros(count, dtype=CALL_DTYPE)
        calls["call"] = rng.choice(ids, size=count, p=list(MIX.values()))
        args = calls["arg"]
        args[:, 0] = rng.integers(1, len(DOMAINS) + 1, count)
        args[:, 1] = rng.integers(0, GFNS, count)
        writes = calls["call"] == write
        args[writes, 2] = rng.integers(0, 1 << 32, int(writes.sum()))
        args[calls["call"] == freed] = 0
        shares = np.flatnonzero(calls["call"] == share)
        if len(pool) < 2:
            calls["call"][shares] = nominate
        else:
            pick = pool[rng.integers(0, len(pool), (len(shares), 2))]
            args[shares, 0:3] = pick[:, 0]
            args[shares, 3:6] = pick[:, 1]
        results = machine.batch(calls).results
        made = (calls["call"] == nominate) & (results["rc"] == 0)
        fresh = np.stack([args[made, 0], args[made, 1], results["out"][made, 0]], axis=1)
        pool = np.concatenate([pool, fresh])[-4096:]
        done += count
        yield calls, results


def decode(path: Path, repeat: int) -> tuple[float, float]:
    """Best decode rate (calls/s) over ``repeat`` passes, and this process's peak RSS (MB)."""
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        held = None
        with open_trace(path, strict=True) as source:
            for chunk in source:
                held = chunk  # a consumer holds the chunk it works on
        best = max(best, source.calls / (time.perf_counter() - started))
        assert held is not None
    return best, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--level", type=int, default=3, help="zstd level")
    options = parser.parse_args()

    machine = Machine(machine_config())
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.trace"
        encoding = 0.0
        with TraceWriter(path, Header(machine=machine.config), level=options.level) as writer:
            for calls, results in workload(machine, options.calls):
                started = time.perf_counter()
                writer.write_batch(calls, results)
                encoding += time.perf_counter() - started
        del machine
        size = os.path.getsize(path)
        # Decode in a fresh process, so that its peak RSS is the reader's alone.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            rate, rss = pool.submit(decode, path, options.repeat).result()
    print(f"workload: {options.calls} calls, {len(DOMAINS)} domains x {GFNS} gfns, mix {MIX}")
    print(f"file: {size} bytes, zstd level {options.level}")
    print(
        f"trace_calls={options.calls} bytes_per_call={size / options.calls:.2f}"
        f" encode_calls_per_s={options.calls / encoding:.0f} decode_calls_per_s={rate:.0f}"
        f" decode_peak_rss_mb={rss:.0f}"
    )


if __name__ == "__main__":
    main()
