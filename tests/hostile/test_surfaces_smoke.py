"""Each hostile-input surface (fuzz/surfaces) fuzzes for a few seconds without a finding:
no exception outside the package root, no internal error, no slow input, RSS under the
cap; and the benchmark that runs them for minutes prints its table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.surfaces.targets import SURFACES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("surface", list(SURFACES))
def test_surface_smoke(surface: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fuzz.surfaces.runner", surface, "--seconds", "4"]
        + ["--seed", "3", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    tally = json.loads((tmp_path / f"{surface}.json").read_text())
    assert tally["findings"] == [], tally["findings"]
    assert tally["inputs"] > 20, tally
    assert sum(tally["exit_statuses"].values()) == tally["inputs"]
    assert "70" not in tally["exit_statuses"]


def test_the_benchmark_prints_each_surface(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "hostile_surfaces.py"), "--seconds", "2"]
        + ["header", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines[0].split()[:3] == ["surface", "seconds", "inputs"]
    assert lines[1].startswith("header ") and "no findings" in lines[-1]
