"""Trace format benchmark: bytes per call on disk, encode and decode rates.

Two workloads, each recorded on 4 domains x 262144 gfns through ``Machine.batch``, written
with ``TraceWriter.write_batch`` and read back chunk by chunk with ``open_trace`` while
holding the previous chunk, as a replay would:

* ``mixed``: nominate 40%, share 20% with handles from earlier nominations, guest write
  15%, guest read 10%, debug 10%, freed-pages 5% (scalar arguments only);
* ``lists``: ballooning, list-heavy: decrease_reservation 35% and populate_physmap 35% of
  extent lists of 1-16 random (non-contiguous) gfns, increase_reservation 10% with room
  for the 1-16 frames it writes back, current_reservation 10%, guest read 10%; half the
  calls made by the guest itself (DOMID_SELF, the caller column not constant).

    python benchmarks/bench_trace_format.py [--calls N] [--repeat R] [--level L]
                                            [--workload mixed|lists|both]

One machine-readable line per workload, the last one last:
``workload=… trace_calls=… list_words=… bytes_per_call=… bytes_per_list_word=…
encode_calls_per_s=… decode_calls_per_s=… decode_peak_rss_mb=…`` (encode: write_batch
time only; decode: the best of R passes in wall time, in a fresh process whose peak RSS is
reported, to show memory stays flat in trace length; bytes_per_list_word: the file's bytes
over the words the lists hold, input and output).
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
from haptrace.catalogue.limits import DOMID_SELF, LIST_SHIFT
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


LIST_MIX = {  # call: share of the list-heavy workload
    "decrease_reservation": 0.35,
    "populate_physmap": 0.35,
    "increase_reservation": 0.10,
    "current_reservation": 0.10,
    "guest_read": 0.10,
}
MAX_EXTENTS = 16

Batch = tuple[Any, Any, Any, Any]  # calls, results, pool before, pool after


def machine_config() -> MachineConfig:
    host = HostConfig(
        total_frames=len(DOMAINS) * GFNS + 65536,
        share_capacity=len(DOMAINS) * GFNS,
        xenheap_units=1 << 22,
    )
    return MachineConfig(host, tuple(DomainConfig(d, pages=GFNS) for d in DOMAINS))


def list_config() -> MachineConfig:
    """Domains at half their p2m with room to balloon up: lists of gfns come and go."""
    host = HostConfig(total_frames=len(DOMAINS) * GFNS + 65536, xenheap_units=1 << 22)
    return MachineConfig(
        host,
        tuple(DomainConfig(d, pages=GFNS // 2, max_pages=GFNS, p2m_size=GFNS) for d in DOMAINS),
    )


def list_workload(machine: Machine, total: int, seed: int = 1) -> Iterator[Batch]:
    """Batches of the list-heavy workload, with the pool before and after each batch."""
    rng = np.random.default_rng(seed)
    ids = np.array([lookup(name).id for name in LIST_MIX])
    increase, read, current = (
        lookup(n).id for n in ("increase_reservation", "guest_read", "current_reservation")
    )
    done = 0
    while done < total:
        count = min(BATCH, total - done)
        calls = np.zeros(count, dtype=CALL_DTYPE)
        calls["call"] = rng.choice(ids, size=count, p=list(LIST_MIX.values()))
        domains = rng.integers(1, len(DOMAINS) + 1, count)
        guest = rng.random(count) < 0.5  # the guest itself, naming DOMID_SELF
        calls["caller"] = np.where(guest, domains, 0)
        args = calls["arg"]
        args[:, 0] = np.where(guest, DOMID_SELF, domains)
        extents = rng.integers(1, MAX_EXTENTS + 1, count).astype(np.uint64)
        listed = ~np.isin(calls["call"], [read, current])
        lengths = np.where(listed, extents, 0).astype(np.uint64)
        offsets = np.cumsum(lengths) - lengths
        refs = (offsets << np.uint64(LIST_SHIFT)) | lengths
        slot = np.where(calls["call"] == lookup("decrease_reservation").id, 3, 4)
        args[listed, 1] = lengths[listed]  # nr_extents: the list's length
        args[np.flatnonzero(listed), slot[listed]] = refs[listed]
        reads = calls["call"] == read
        args[reads, 1] = rng.integers(0, GFNS, int(reads.sum()))
        pool = rng.integers(0, GFNS, int(lengths.sum())).astype(np.uint64)
        rooms = np.repeat(calls["call"] == increase, lengths.astype(np.int64))
        pool[rooms] = 0  # increase_reservation's room: written by the call
        before = pool.copy()
        results = machine.batch(calls, pool=pool).results
        done += count
        yield calls, results, before, pool


def workload(machine: Machine, total: int, seed: int = 1) -> Iterator[Batch]:
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
    yield start, machine.batch(start).results, None, None
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
        yield calls, results, None, None


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


def measure(name: str, options: argparse.Namespace) -> str:
    """Record, write and read back one workload; its machine-readable line."""
    config = machine_config() if name == "mixed" else list_config()
    batches = workload if name == "mixed" else list_workload
    machine = Machine(config)
    words = 0
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.trace"
        encoding = 0.0
        with TraceWriter(path, Header(machine=machine.config), level=options.level) as writer:
            for calls, results, before, after in batches(machine, options.calls):
                started = time.perf_counter()
                writer.write_batch(calls, results, before, after)
                encoding += time.perf_counter() - started
                words += 0 if before is None else len(before)
        del machine
        size = os.path.getsize(path)
        # Decode in a fresh process, so that its peak RSS is the reader's alone.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            rate, rss = pool.submit(decode, path, options.repeat).result()
    mix = MIX if name == "mixed" else LIST_MIX
    print(
        f"workload {name}: {options.calls} calls, {len(DOMAINS)} domains x {GFNS} gfns, mix {mix}"
    )
    print(f"file: {size} bytes, zstd level {options.level}, {words} list words")
    per_word = f"{size / words:.2f}" if words else "-"
    return (
        f"workload={name} trace_calls={options.calls} list_words={words}"
        f" bytes_per_call={size / options.calls:.2f} bytes_per_list_word={per_word}"
        f" encode_calls_per_s={options.calls / encoding:.0f} decode_calls_per_s={rate:.0f}"
        f" decode_peak_rss_mb={rss:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--level", type=int, default=3, help="zstd level")
    parser.add_argument("--workload", choices=("mixed", "lists", "both"), default="both")
    options = parser.parse_args()
    names = ("mixed", "lists") if options.workload == "both" else (options.workload,)
    lines = [measure(name, options) for name in names]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
