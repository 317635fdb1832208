"""Building the C engine for the native tests: the compiler, the engine's sources, and
compiling sources to objects side by side (a file per core: the engine is most of each
build's time, and the sanitizer tests build it with the same flags)."""

from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CSRC = ROOT / "csrc"
INCLUDES = ["-I", str(CSRC), "-I", str(CSRC / "include"), "-I", str(CSRC / "gen")]


def gcc() -> str:
    found = shutil.which("gcc")
    if found is None:
        pytest.fail("gcc is not on PATH: the native tests need it (it is part of the dev setup)")
    return found


def engine_sources() -> list[Path]:
    sources = sorted(CSRC.glob("*.c")) + sorted((CSRC / "gen").glob("*.c"))
    assert len(sources) > 5, f"engine sources not found under {CSRC}"
    return sources


def run_compiler(command: list[str], cwd: Path | None = None, timeout: float = 300) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, (
        f"compilation failed ({done.returncode}):\n{' '.join(command)}\n{done.stderr}"
    )


def compile_each(sources: list[Path], flags: list[str], out: Path) -> list[Path]:
    """Each of ``sources`` compiled with ``flags`` to an object in ``out`` (named by its
    position: csrc/ and csrc/gen/ may share a file name), a file per core at a time."""
    objects = [out / f"{i:03d}-{source.stem}.o" for i, source in enumerate(sources)]
    compiler = gcc()

    def one(pair: tuple[Path, Path]) -> None:
        run_compiler([compiler, *flags, "-c", str(pair[0]), "-o", str(pair[1])], out)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(one, zip(sources, objects, strict=True)))
    return objects
