"""Measure one engine build's fuzzing speed on fixed inputs, for comparing builds in one run:

    python -m fuzz.calibrate --engine default|cov|asan [--seconds S]

Prints one JSON line: engine, execs_per_s, calls_per_s.  The inputs are the same
pseudo-random sequences for every build (seeded), run through the executor without
libFuzzer's loop, so the figures differ only by what the build costs: the instrumented
builds are loaded as the harness loads them (fuzz/harness.py load_native), so the cov build
pays its counters and comparison hooks into libFuzzer, and the asan build its checks and the
ASan runtime under the whole interpreter.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time


def measure(seconds: float) -> dict[str, float]:
    from .mutator import random_input
    from .target import FuzzTarget

    target = FuzzTarget()
    rng = random.Random(20261121)
    inputs = [random_input(rng, 256) for _ in range(4096)]
    execs = calls = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for data in inputs[:256]:
            calls += target.run_fast(data).ncalls
        execs += 256
        inputs.append(inputs.pop(0))
    elapsed = time.perf_counter() - started
    return {"execs_per_s": execs / elapsed, "calls_per_s": calls / elapsed}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m fuzz.calibrate")
    parser.add_argument("--engine", choices=("default", "cov", "asan"), default="default")
    parser.add_argument("--seconds", type=float, default=2.0)
    options = parser.parse_args(args)
    from .harness import UsageError, load_native

    try:
        load_native(options.engine, "fuzz.calibrate", args)
    except UsageError as exc:
        parser.exit(2, f"{parser.prog}: {exc}\n")
    from haptrace.binding import check_build

    line = {"engine": check_build(), **measure(options.seconds)}
    sys.stdout.write(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()
