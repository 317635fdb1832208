"""The ABI benchmark runs (in its quick form) and ends with its machine-readable line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(r"abi_calls_per_s=\d+ engine_batch_calls_per_s=\d+")


def test_bench_abi_quick_run() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_abi.py"), "--quick", "--repeats", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert "one-entry multicalls" in lines[1] and "targets:" in done.stdout
    assert SUMMARY.fullmatch(lines[-1]), f"bad summary line: {lines[-1]!r}"
