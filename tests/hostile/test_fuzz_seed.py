"""Fuzzing is reproducible: the same seed, corpus and options give the same inputs (the
corpus), executions and findings (the summary, less its timings); the seed is printed and
recorded in ARTIFACTS/summary.json, drawn at random when not given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TIMINGS = ("seconds", "execs_per_s", "calls_per_s")


def _fuzz(artifacts: Path, *options: str) -> tuple[dict[str, Any], list[bytes], str]:
    done = subprocess.run(
        [sys.executable, "-m", "haptrace", "fuzz", "--no-seeds", "--runs", "1500"]
        + ["--artifacts", str(artifacts), *options],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads((artifacts / "summary.json").read_text())
    corpus = sorted(p.read_bytes() for p in (artifacts / "corpus").iterdir())
    return summary, corpus, done.stderr + done.stdout


@pytest.mark.slow
def test_two_runs_with_one_seed_are_identical(tmp_path: Path) -> None:
    first, first_corpus, output = _fuzz(tmp_path / "a", "--seed", "7")
    second, second_corpus, _ = _fuzz(tmp_path / "b", "--", "-seed=7")
    assert first["seed"] == second["seed"] == 7
    assert "seed 7" in output
    for timing in TIMINGS:
        first.pop(timing), second.pop(timing)
    assert first == second
    assert first["execs"] == 1500 and first["calls"] > 0
    assert first_corpus == second_corpus and len(first_corpus) > 10


@pytest.mark.slow
def test_a_run_without_a_seed_records_the_one_it_drew(tmp_path: Path) -> None:
    summary, _, output = _fuzz(tmp_path / "a")
    assert 1 <= summary["seed"] < 2**31
    assert f"seed {summary['seed']}" in output
