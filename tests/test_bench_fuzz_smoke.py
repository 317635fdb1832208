"""The planted-bug benchmark runs (quick form, two bugs, all three arms: the haptrace fuzz
subprocess, the Hypothesis state machine and the random arm of benchmarks/fuzz_arms.py) and
ends with its machine-readable line."""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAST_LINE = re.compile(
    r"haptrace_detected=(\d+)/(\d+) hypothesis_detected=(\d+)/(\d+)"
    r" random_detected=(\d+)/(\d+) median_speedup_vs_hypothesis=(\d+\.\d\d|nan)"
    r" deep_haptrace_detected=(\d+)/(\d+) deep_random_detected=(\d+)/(\d+)"
    r" deep_hypothesis_detected=(\d+)/(\d+) deep_median_speedup_vs_random=(\d+\.\d\d|nan)"
    r" trigger_not_modelled=(\d+) unreachable_in_profile=(\d+)"
)


@pytest.mark.slow
def test_bench_fuzz_quick_run(tmp_path: Path) -> None:
    results = tmp_path / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_fuzz.py"),
            "--quick",
            "--bugs",
            "resume_no_ring,gref_unchecked",
            "--budget",
            "60",
            "--json",
            str(results),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    found = LAST_LINE.fullmatch(lines[-1])
    assert found, f"bad summary line: {lines[-1]!r}"
    counts = [int(v) for v in found.groups()[:6]]
    assert counts[1] == counts[3] == counts[5] == 2, lines[-1]  # 2 bugs x 1 trial per arm
    assert "target: haptrace detects every planted bug" in done.stdout
    # Every arm ran to an answer: no trial ended in a crash of the arm itself.
    report = json.loads(results.read_text())
    assert report["last_line"] == lines[-1]
    for trial in report["trials"]:
        assert "stderr_tail" not in trial, trial
    # resume_no_ring is one call from the boot state: all three arms find it within the
    # budget.  (Hypothesis has a rule per catalogue call, about 280 now: seed 1001 needed
    # 6,000 steps, 25 s, where the catalogue of 100 calls took it 0.4 s.)
    resume = report["summary"]["per_bug"]["resume_no_ring"]
    assert {arm: resume[arm]["found"] for arm in resume} == {
        "haptrace": 1,
        "hypothesis": 1,
        "random": 1,
    }, resume


def test_a_deep_bug_another_arm_never_detected_gives_a_lower_bound_apart() -> None:
    # random ran on b and c and detected neither: its time is at least the budget, so the
    # ratio budget/haptrace median is a lower bound, said apart from the target's ratio
    # (which counts the bugs both detect: none here).
    spec = importlib.util.spec_from_file_location(
        "bench_fuzz", ROOT / "benchmarks" / "bench_fuzz.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_fuzz"] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)

    def arm(found: int, seconds: float | None) -> dict[str, Any]:
        return {"found": found, "trials": 2, "median_seconds": seconds}

    summary = {
        "per_bug": {
            "a": {"haptrace": arm(0, None), "random": arm(0, None)},
            "b": {"haptrace": arm(2, 10.0), "random": arm(0, None)},
            "c": {"haptrace": arm(2, 60.0), "random": arm(0, None)},
        }
    }
    bounds = bench.speedup_lower_bounds(summary, ["a", "b", "c"], "random", 300.0)
    assert bounds == {"b": 30.0, "c": 5.0}
    options = argparse.Namespace(deep_budget=300.0)
    lines = bench.deep_targets(summary, ["a", "b", "c"], ["haptrace", "random"], options)
    assert "not met (n/a (no bug detected by both) over 0 bug(s))" in lines[2]
    assert lines[3] == (
        "  where random detected none in its budget (2 bug(s)), its time is at least the"
        " budget: haptrace's median is at least 17.5x shorter (median of budget/haptrace"
        " median; least 5.0x)"
    )
