"""The cffi binding layer: the only module that touches the compiled engine's ``ffi`` and
``lib``.  cffi objects are untyped, so ``Any`` is confined here (see the mypy override in
pyproject.toml); everything above this module is typed strictly.
"""

from __future__ import annotations

from typing import Any

from haptrace.catalogue import REVISION
from haptrace.errors import StaleBuildError

try:
    from haptrace._engine import ffi, lib
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"the haptrace C engine is not built: install the package with `pip install .` ({exc})"
    ) from exc

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
