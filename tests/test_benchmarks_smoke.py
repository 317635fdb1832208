"""The engine benchmark runs (in its quick form) and ends with its machine-readable line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(
    r"batch_calls_per_s=\d+ api_calls_per_s=\d+ cffi_noop_calls_per_s=\d+"
    r" bytes_per_gfn=\d+\.\d restore_us=\d+\.\d\d"
)


def test_bench_engine_quick_run() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_engine.py"), "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) > 5, done.stdout
    assert SUMMARY.fullmatch(lines[-1]), f"bad summary line: {lines[-1]!r}"
    assert "targets:" in done.stdout
