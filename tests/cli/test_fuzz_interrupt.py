"""Ctrl-C ends a fuzz run as a time limit does: the summary printed and summary.json
written (issue 17, progress)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.slow
def test_an_interrupted_fuzz_run_writes_its_summary(tmp_path: Path) -> None:
    artifacts = tmp_path / "artifacts"
    run = subprocess.Popen(
        [sys.executable, "-m", "haptrace", "fuzz", "--max-time", "120", "--no-seeds"]
        + ["--artifacts", str(artifacts)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        # Ctrl-C as a terminal delivers it: a suite started in the background by a
        # non-interactive shell inherits SIGINT ignored, which Python then keeps ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    counters = artifacts / "fuzz-stats.jsonl"
    deadline = time.monotonic() + 60
    # Fuzzing has started once its first status line is written (every 5 seconds).
    while not counters.exists() and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    os.kill(run.pid, signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert out.startswith("interrupted: fuzzed "), out
    assert "no findings" in out
    summary = json.loads((artifacts / "summary.json").read_text())
    assert summary["interrupted"] is True
    assert summary["execs"] > 0
    assert summary["seconds"] < 60
