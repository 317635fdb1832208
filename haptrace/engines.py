"""The builds of the C engine, by the name HAPTRACE_ENGINE gives them, in a module of its own
(floor 0, importing nothing): the binding's loader (haptrace.binding.lean) imports them, and
whatever else names a build (``haptrace fuzz --native-coverage``) names the same modules.

"cov" is compiled with SanitizerCoverage, so that libFuzzer sees the engine's own edges;
"asan" adds ASan and UBSan.  Both are extra modules of ``HAPTRACE_NATIVE_COVERAGE=1 pip
install .`` (csrc/native_coverage.py) and need libFuzzer's symbols loaded globally before they
are imported (fuzz/harness.py arranges that).
"""

from __future__ import annotations

ENGINE_MODULES: dict[str, str] = {
    "default": "haptrace._engine",
    "cov": "haptrace._engine_cov",
    "asan": "haptrace._engine_asan",
}


def not_built(module: str, reason: BaseException) -> ImportError:
    """The error for a compiled module (the engine, the per-call fast path) that is not
    there, saying what to do.  The usual cause: Python runs in a clone of the repository
    after a plain `pip install .`, and the clone's haptrace/ (sources only) shadows the
    installed package."""
    from pathlib import Path

    package = Path(__file__).resolve().parent
    if (package.parent / "setup.py").is_file() and (package.parent / "csrc").is_dir():
        return ImportError(
            f"{module} is not built in {package}: Python imported haptrace from its source"
            " tree (the current directory or PYTHONPATH puts the clone ahead of the installed"
            " package); run from another directory, or install in place with"
            f" `pip install -e .` ({reason})"
        )
    return ImportError(
        f"{module} is not built: install the package with `pip install .` ({reason})"
    )
