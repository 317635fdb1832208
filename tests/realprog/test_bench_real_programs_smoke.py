"""The real-program benchmark runs (in its quick form) and ends with its machine-readable
line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from realprog_harness import HEADERS, require

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(r"run_calls_per_s=\d+ null_device_calls_per_s=\d+")


def test_bench_real_programs_quick_run() -> None:
    require(HEADERS, compiler=True)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_real_programs.py"),
            "--quick",
            "--repeats",
            "1",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert "targets:" in done.stdout
    assert SUMMARY.fullmatch(lines[-1]), f"bad summary line: {lines[-1]!r}"
