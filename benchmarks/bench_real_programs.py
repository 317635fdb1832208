"""Real-program benchmark: a libxenctrl client loop under `haptrace run`, against the same
loop on a null device.

Run from the repository root (needs gcc or cc and Debian's libxen-dev)::

    python benchmarks/bench_real_programs.py            # 200000 calls per run
    python benchmarks/bench_real_programs.py --quick    # 2000 calls (smoke run)

Workload
    benchmarks/xcloop.c, built here against the real libxenctrl: N calls of
    xc_memshr_debug_gfn(1, 0x10), each one IOCTL_PRIVCMD_HYPERCALL of a one-entry multicall
    around XENMEM_sharing_op, with its two hypercall buffers, timed inside the client.

Measurements (one process; each path run ``--repeats`` times, interleaved, medians)
    run: the loop under `haptrace run` -- the shim decodes each hypercall in the ABI layer
        and runs it on the engine in the client's own process, on the machine the privcmd
        server shares with it (csrc/shared.c), writing the results into the client's
        buffers in place; ``--socket`` sends every hypercall over the Unix socket to the
        server instead (HAPTRACE_PRIVCMD_INPROCESS=0), for comparison;
    null device: the same loop with the shim answering every hypercall 0 itself (no
        server, no engine): the floor of libxenctrl plus the interposition.
    Both as hypercalls per second.

Target
    `haptrace run` reaches at least 50% of the null device's rate.  A missed target is
    printed as MISSED; the exit status is 0 either way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from haptrace.realprog.run import shim_path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.5


def build(out: Path) -> Path:
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        sys.exit("bench_real_programs: needs gcc or cc")
    exe = out / "xcloop"
    subprocess.run(
        [compiler, "-O2", "-o", str(exe), str(ROOT / "benchmarks" / "xcloop.c"), "-lxenctrl"],
        check=True,
    )
    return exe


def rate(output: str) -> float:
    calls, seconds = output.split()
    return int(calls) / float(seconds)


def under_run(exe: Path, calls: int, socket_only: bool) -> float:
    env = dict(os.environ)
    if socket_only:
        env["HAPTRACE_PRIVCMD_INPROCESS"] = "0"
    done = subprocess.run(
        [sys.executable, "-m", "haptrace", "run", "--", str(exe), str(calls)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return rate(done.stdout)


def on_null_device(exe: Path, calls: int) -> float:
    env = dict(os.environ, LD_PRELOAD=shim_path(), HAPTRACE_PRIVCMD_NULL="1")
    done = subprocess.run(
        [str(exe), str(calls)], capture_output=True, text=True, check=True, env=env
    )
    return rate(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2000 calls per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--calls",
        type=int,
        default=0,
        help="calls per run (200000; 2000 with --quick): in process a call takes about"
        " 0.5 us, so 20000 calls were a 10 ms measurement that page faults and scheduling"
        " swayed",
    )
    parser.add_argument(
        "--socket", action="store_true", help="every hypercall over the socket to the server"
    )
    args = parser.parse_args()
    calls = args.calls or (2000 if args.quick else 200000)
    with tempfile.TemporaryDirectory(prefix="bench-real-") as tmp:
        exe = build(Path(tmp))
        runs: list[float] = []
        nulls: list[float] = []
        for _ in range(args.repeats):
            runs.append(under_run(exe, calls, args.socket))
            nulls.append(on_null_device(exe, calls))
    run_rate, null_rate = statistics.median(runs), statistics.median(nulls)
    path = "socket" if args.socket else "in-process"
    print(f"xc_memshr_debug_gfn loop, {calls} calls per run, median of {args.repeats}, {path}")
    print(f"  haptrace run:  {run_rate:12.0f} calls/s  ({1e6 / run_rate:8.2f} us per call)")
    print(f"  null device:   {null_rate:12.0f} calls/s  ({1e6 / null_rate:8.2f} us per call)")
    ratio = run_rate / null_rate
    verdict = "met" if ratio >= TARGET else "MISSED"
    print(f"targets: run / null device = {ratio:.4f} (target >= {TARGET}): {verdict}")
    print(f"run_calls_per_s={run_rate:.0f} null_device_calls_per_s={null_rate:.0f}")


if __name__ == "__main__":
    main()
