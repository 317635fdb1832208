"""The installed distribution holds every module of the source tree: a new subpackage that
setuptools does not pick up would work from a checkout (tests, editable installs) and break
`pip install .`, the README's first command."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("haptrace", "replay", "tracer", "fuzz")


def _source_modules() -> set[str]:
    out = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            out.add(path.relative_to(ROOT).as_posix())
    return out


@pytest.mark.slow
def test_a_wheel_holds_every_module(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "HAPTRACE_NATIVE_COVERAGE": "0"},
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("haptrace-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(m for m in _source_modules() if m not in names)
    assert not missing, f"modules left out of the wheel: {missing}"
