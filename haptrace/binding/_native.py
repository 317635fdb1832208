"""The cffi binding layer: the only module that touches the compiled engine's ``ffi`` and
``lib``.  cffi objects are untyped, so ``Any`` is confined here (see the mypy override in
pyproject.toml); everything above this module is typed strictly.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from haptrace.catalogue import REVISION
from haptrace.engines import ENGINE_MODULES
from haptrace.errors import InputError, StaleBuildError

# Which build of the engine this process uses, by HAPTRACE_ENGINE.  The fuzz harness sets it
# (--engine): "cov" is compiled with SanitizerCoverage, so that libFuzzer sees the engine's own
# edges; "asan" adds ASan and UBSan.  Both are extra modules of
# `HAPTRACE_NATIVE_COVERAGE=1 pip install .` (csrc/build_engine.py), and both need
# libFuzzer's symbols loaded globally before they are imported (the harness arranges that).
_BUILD = "HAPTRACE_NATIVE_COVERAGE=1 pip install ."

ENGINE: str = os.environ.get("HAPTRACE_ENGINE") or "default"
if ENGINE not in ENGINE_MODULES:
    raise InputError(
        f"HAPTRACE_ENGINE={ENGINE!r} is not an engine build: use one of"
        f" {', '.join(ENGINE_MODULES)} (or leave it unset for the default)"
    )
try:
    _module = importlib.import_module(ENGINE_MODULES[ENGINE])
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installation
    if ENGINE == "default":
        raise ImportError(
            f"the haptrace C engine is not built: install the package with `pip install .` ({exc})"
        ) from exc
    raise InputError(
        f"HAPTRACE_ENGINE={ENGINE}: the {ENGINE} engine ({ENGINE_MODULES[ENGINE]}) is not"
        f" built: install with `{_BUILD}` (clang 14 or later and its runtime, e.g."
        " `apt-get install -y clang libclang-rt-dev`)"
    ) from exc
except ImportError as exc:  # pragma: no cover - depends on how the process was started
    if ENGINE == "default" or "undefined symbol" not in str(exc):
        raise
    # The instrumented builds call into libFuzzer (__sancov_lowest_stack, and ASan's runtime
    # for asan), which only a fuzzing process has loaded.
    raise InputError(
        f"HAPTRACE_ENGINE={ENGINE}: {ENGINE_MODULES[ENGINE]} needs libFuzzer's symbols loaded"
        " first; run it under the fuzz harness (haptrace fuzz --native-coverage / --sanitizers,"
        f" or haptrace-fuzz-worker --engine={ENGINE}) ({exc})"
    ) from exc

ffi: Any = _module.ffi
lib: Any = _module.lib

BUILT_REVISION: str = ffi.string(lib.ht_catalogue_revision()).decode()
if BUILT_REVISION != REVISION:  # pragma: no cover - only with a stale build
    raise StaleBuildError(
        f"the compiled engine was generated from catalogue revision {BUILT_REVISION}, but"
        f" the Python catalogue is {REVISION}: rebuild with `pip install .`"
    )

NULL: Any = ffi.NULL


def strings(getter: Any) -> tuple[str, ...]:
    """Every entry of a C name table (the getter returns NULL past the end)."""
    out: list[str] = []
    while True:
        pointer = getter(len(out))
        if pointer == ffi.NULL:
            return tuple(out)
        out.append(ffi.string(pointer).decode())


REASONS: tuple[str, ...] = strings(lib.ht_reason_text)
INVARIANT_NAMES: tuple[str, ...] = strings(lib.ht_invariant_name)
INVARIANT_TEXTS: tuple[str, ...] = strings(lib.ht_invariant_text)
BUG_NAMES: tuple[str, ...] = strings(lib.ht_bug_name)
BUG_TEXTS: tuple[str, ...] = strings(lib.ht_bug_text)
BUG_SOURCES: tuple[str, ...] = strings(lib.ht_bug_source)

RAW_REFUSED_LIMIT: int = lib.HT_RAW_REFUSED_LIMIT
RAW_UNKNOWN_CALL: int = lib.HT_RAW_UNKNOWN_CALL
RAW_BAD_ARG0: int = lib.HT_RAW_BAD_ARG0
MAX_DOMAINS: int = lib.HT_MAX_DOMAINS

__all__ = ["ffi", "lib"]
