"""HAPTRACE_NATIVE_COVERAGE=0|1|auto: which engines `pip install` builds, with which compiler.

The probe is run for real against the clang of this machine when there is one; the cases
without clang point PATH at a directory that has none.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CSRC = Path(__file__).resolve().parents[2] / "csrc"
sys.path.insert(0, str(CSRC))
from native_coverage import NativeCoverageUnavailable, resolve  # noqa: E402

sys.path.remove(str(CSRC))


def _without_clang(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "bin"
    empty.mkdir()
    return {"PATH": str(empty)}


def test_off_by_default_and_with_zero() -> None:
    assert resolve({}) is False
    environ = {"HAPTRACE_NATIVE_COVERAGE": "0", "CC": "gcc"}
    assert resolve(environ) is False
    assert environ == {"HAPTRACE_NATIVE_COVERAGE": "0", "CC": "gcc"}  # untouched


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(NativeCoverageUnavailable, match="use 0, 1 or auto"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "yes"})


def test_auto_without_clang_builds_the_default_engine_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    environ = {"HAPTRACE_NATIVE_COVERAGE": "auto"}
    monkeypatch.setenv("PATH", _without_clang(tmp_path)["PATH"])
    assert resolve(environ) is False
    assert environ["HAPTRACE_NATIVE_COVERAGE"] == "0"  # what csrc/build_engine.py reads
    assert "CC" not in environ and "HAPTRACE_COVERAGE_CC" not in environ
    assert "clang is not installed" in capsys.readouterr().err


def test_one_without_clang_fails_with_the_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", _without_clang(tmp_path)["PATH"])
    with pytest.raises(NativeCoverageUnavailable, match="apt-get install -y clang"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "1"})


def test_a_coverage_compiler_that_is_not_clang_is_refused_for_one_and_skipped_for_auto() -> None:
    with pytest.raises(NativeCoverageUnavailable, match="is not clang"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "1", "HAPTRACE_COVERAGE_CC": "gcc"})
    environ = {"HAPTRACE_NATIVE_COVERAGE": "auto", "HAPTRACE_COVERAGE_CC": "gcc"}
    assert resolve(environ) is False
    assert environ["HAPTRACE_NATIVE_COVERAGE"] == "0"


def test_a_cc_that_is_not_clang_is_kept_for_the_default_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CC=gcc names the default engine's compiler only; the clang looked for is on PATH.
    monkeypatch.setenv("PATH", _without_clang(tmp_path)["PATH"])
    with pytest.raises(NativeCoverageUnavailable, match="clang is not installed"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "1", "CC": "gcc"})


def test_a_clang_that_cannot_link_the_sanitizers_is_caught(tmp_path: Path) -> None:
    # A "clang" that exists but fails every build, as one without its runtime does.
    fake = tmp_path / "clang"
    fake.write_text("#!/bin/sh\necho 'cannot find libclang_rt.asan' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(NativeCoverageUnavailable, match="cannot build with"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "1", "CC": str(fake)})
    with pytest.raises(NativeCoverageUnavailable, match="cannot build with"):
        resolve({"HAPTRACE_NATIVE_COVERAGE": "1", "HAPTRACE_COVERAGE_CC": str(fake)})


@pytest.mark.native
def test_auto_with_a_working_clang_builds_the_instrumented_engines() -> None:
    clang = shutil.which("clang")
    if clang is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install clang (apt-get install -y clang libclang-rt-dev)")
        pytest.skip("clang is not installed (apt-get install -y clang libclang-rt-dev)")
    environ = {"HAPTRACE_NATIVE_COVERAGE": "auto", "CC": "gcc"}
    assert resolve(environ) is True
    # CC stays the default engine's compiler; clang builds only the instrumented modules.
    assert environ == {"HAPTRACE_NATIVE_COVERAGE": "1", "CC": "gcc", "HAPTRACE_COVERAGE_CC": clang}


def test_ci_has_the_instrumented_engines_built() -> None:
    """Under CI=true the native-coverage tests must run, not skip: the README's test command
    builds these modules whenever clang works, and .ci/run installs clang."""
    if os.environ.get("CI") != "true":
        pytest.skip("only checked under CI=true (outside CI the modules are optional)")
    for module in ("haptrace._engine_cov", "haptrace._engine_asan"):
        assert importlib.util.find_spec(module) is not None, f"{module} was not built"


def _compilers(module: str) -> str:
    """The compiler identifications in a built module's .comment section (gcc and clang
    each write theirs; the C runtime's start files add gcc's to any link)."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None, f"{module} was not built"
    done = subprocess.run(
        ["readelf", "-p", ".comment", spec.origin], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_ci_builds_only_the_instrumented_engines_with_clang() -> None:
    """The README's test command sets no CC: the default engine keeps the system compiler
    (gcc here), and only the two instrumented modules are clang's (setup.py's build_ext)."""
    if os.environ.get("CI") != "true":
        pytest.skip("only checked under CI=true (outside CI the build's CC is unknown)")
    assert "clang version" not in _compilers("haptrace._engine")
    for module in ("haptrace._engine_cov", "haptrace._engine_asan"):
        assert "clang version" in _compilers(module), module
