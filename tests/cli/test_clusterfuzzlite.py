"""The ClusterFuzzLite configuration (.clusterfuzzlite/) as far as it can run here: its
build script's packaging step makes one PyInstaller executable of the fuzzer and a seed
corpus, and the executable fuzzes and reports a planted bug as a crash (issue 17,
scale-out).  The builder image itself (Dockerfile) is not run here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_support import ROOT

CFL = ROOT / ".clusterfuzzlite"


def test_the_configuration_is_complete() -> None:
    assert (CFL / "project.yaml").read_text().splitlines()[-1] == "language: python"
    dockerfile = (CFL / "Dockerfile").read_text()
    assert "FROM gcr.io/oss-fuzz-base/base-builder-python" in dockerfile
    assert "COPY .clusterfuzzlite/build.sh $SRC/" in dockerfile
    assert os.access(CFL / "build.sh", os.X_OK)
    assert list(CFL.glob("*_fuzzer.py")) == [CFL / "haptrace_fuzzer.py"]


@pytest.mark.slow
def test_the_packaged_fuzzer_reports_a_planted_bug_as_a_crash(tmp_path: Path) -> None:
    out, work = tmp_path / "out", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    bin_dir = str(Path(sys.executable).parent)  # this venv's pyinstaller and python3
    env = dict(os.environ, OUT=str(out), WORK=str(work), SKIP_INSTALL="1")
    env["PATH"] = bin_dir + os.pathsep + env["PATH"]
    built = subprocess.run(
        ["bash", str(CFL / "build.sh")], env=env, capture_output=True, text=True, timeout=900
    )
    assert built.returncode == 0, built.stderr[-3000:]
    fuzzer = out / "haptrace_fuzzer"
    assert os.access(fuzzer, os.X_OK)
    seeds = tmp_path / "seeds"
    with zipfile.ZipFile(out / "haptrace_fuzzer_seed_corpus.zip") as archive:
        archive.extractall(seeds)
    assert len(list(seeds.iterdir())) > 50  # the regression corpus, encoded

    # The executable runs alone: no haptrace, atheris or Python of this venv on its path.
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(fuzzer, alone / "haptrace_fuzzer")
    run_env = {"PATH": "/usr/bin:/bin", "HAPTRACE_PLANTED_BUGS": "nr_saved_underflow"}
    ran = subprocess.run(
        [str(alone / "haptrace_fuzzer"), "-runs=200000", "-seed=1", f"-artifact_prefix={alone}/"]
        + [str(seeds)],
        env=run_env,
        cwd=alone,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = ran.stdout + ran.stderr
    assert ran.returncode != 0, log[-3000:]
    assert "Uncaught Python exception" in log
    assert "HaptraceFinding: haptrace (doc, bugs ['nr_saved_underflow'])" in log
    assert list(alone.glob("crash-*")), log[-3000:]
