"""Run one input surface under atheris and keep its tally: inputs tried, the exit-status
histogram, the findings (each input saved), the slowest input and the peak RSS.

    python -m fuzz.surfaces.runner SURFACE --seconds N --seed S --out DIR [--runs N]

The tally is ``DIR/SURFACE.json``, rewritten every few hundred inputs and at the end; the
runner ends the run itself (after ``--seconds`` or ``--runs``), since libFuzzer ends one
by calling exit() from C, after which no Python code runs.  Findings
are ``DIR/SURFACE-finding-<sha1>`` (the input) with the message in ``.txt`` beside it.  A
finding is an exception outside the package root or an internal error (the targets raise
Finding), an input taking over ``--time-bound`` seconds, or the RSS passing ``--max-rss``.
The run is libFuzzer's: the same seed, seeds and options give the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import atheris

SEED_LIMIT = 64 << 10  # seed files larger than this are left out (libFuzzer's -max_len)


class Tally:
    def __init__(self, surface: str, out: Path, seconds: float, time_bound: float, max_rss: int):
        self.surface = surface
        self.out = out
        self.seconds = seconds
        self.time_bound = time_bound
        self.max_rss = max_rss
        self.started = time.monotonic()
        self.inputs = 0
        self.statuses: Counter[int] = Counter()
        self.findings: list[dict[str, Any]] = []
        self.slowest = 0.0

    def finding(self, data: bytes, message: str) -> None:
        name = f"{self.surface}-finding-{hashlib.sha1(data).hexdigest()[:16]}"
        (self.out / name).write_bytes(data)
        (self.out / f"{name}.txt").write_text(message + "\n")
        if all(f["input"] != name for f in self.findings):
            self.findings.append({"input": name, "message": message[:500]})

    def write(self) -> None:
        report = {
            "surface": self.surface,
            "inputs": self.inputs,
            "seconds": round(time.monotonic() - self.started, 1),
            "exit_statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "findings": self.findings,
            "slowest_input_s": round(self.slowest, 3),
            "peak_rss_mib": round(peak_rss_mib(), 1),
        }
        path = self.out / f"{self.surface}.json"
        path.with_suffix(".tmp").write_text(json.dumps(report, indent=2) + "\n")
        os.replace(path.with_suffix(".tmp"), path)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed_directory(surface: str, out: Path) -> Path:
    """A corpus directory holding the surface's seeds: real traces (and the reproducers)."""
    from .structured import ROOT, TRACES

    corpus = out / f"{surface}-corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    if surface == "binary":
        paths = sorted(TRACES.glob("*.trace")) + sorted(
            (ROOT / "tests" / "data" / "hostile").glob("*.trace")
        )
    elif surface == "text":
        paths = sorted(TRACES.glob("*.txt")) + sorted((ROOT / "corpus").glob("*/*.txt"))[:40]
    else:
        paths = []
    for path in paths:
        data = path.read_bytes()
        if len(data) <= SEED_LIMIT:
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("surface", choices=("binary", "text", "header", "api"))
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("surfaces"))
    parser.add_argument("--time-bound", type=float, default=5.0, help="seconds per input")
    parser.add_argument("--max-rss", type=int, default=2048, help="MiB")
    options = parser.parse_args(argv)
    out = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    # Python coverage for libFuzzer: the packages an input flows through, instrumented as
    # they are imported (the targets import them).
    with atheris.instrument_imports(include=["haptrace", "tracer", "replay", "fuzz.surfaces"]):
        from .targets import SURFACES, Finding

    target = SURFACES[options.surface]
    tally = Tally(options.surface, out, options.seconds, options.time_bound, options.max_rss)

    def test_one_input(data: bytes) -> None:
        started = time.monotonic()
        try:
            tally.statuses[target(data)] += 1
        except Finding as exc:
            tally.statuses[70] += 1
            tally.finding(data, str(exc))
        took = time.monotonic() - started
        tally.slowest = max(tally.slowest, took)
        if took > tally.time_bound:
            tally.finding(data, f"took {took:.1f}s, over the {tally.time_bound}s bound")
        if peak_rss_mib() > tally.max_rss:
            tally.finding(data, f"RSS {peak_rss_mib():.0f} MiB, over the {tally.max_rss} MiB cap")
        tally.inputs += 1
        if tally.inputs % 256 == 0:
            tally.write()
        done = options.runs is not None and tally.inputs >= options.runs
        if done or time.monotonic() - tally.started > tally.seconds:
            tally.write()
            sys.stdout.flush()
            os._exit(0)

    libfuzzer = [
        sys.argv[0],
        f"-seed={options.seed}",
        "-max_len=65536",
        f"-max_total_time={int(options.seconds) + 60}",
        "-rss_limit_mb=0",  # the tally checks RSS against the declared cap itself
        "-timeout=600",  # libFuzzer's own; the tally checks --time-bound per input
        "-print_final_stats=0",
        f"-artifact_prefix={out}/{options.surface}-",
        str(seed_directory(options.surface, out)),
    ]
    tally.write()
    atheris.Setup(libfuzzer, test_one_input)
    try:
        atheris.Fuzz()
    finally:
        tally.write()


if __name__ == "__main__":
    main()
