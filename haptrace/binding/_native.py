"""The engine build this process uses, checked against the catalogue: the cffi ``ffi`` and
``lib`` the rest of the binding calls, and the engine's name tables.

The build is the one ``HAPTRACE_ENGINE`` selects, loaded by haptrace.binding.lean (which
the fuzz harness uses on its own, without the catalogue); this module adds the check that
the build was generated from this catalogue.  cffi objects are untyped, so ``Any`` is
confined to the binding (see the mypy override in pyproject.toml); everything above it is
typed strictly.
"""

from __future__ import annotations

from typing import Any

from haptrace.catalogue import REVISION
from haptrace.errors import StaleBuildError

from . import lean

BUILD: lean.Engine = lean.engine()
ENGINE: str = BUILD.name

ffi: Any = BUILD.ffi
lib: Any = BUILD.lib

BUILT_REVISION: str = BUILD.revision()
if BUILT_REVISION != REVISION:  # pragma: no cover - only with a stale build
    raise StaleBuildError(
        f"the compiled engine was generated from catalogue revision {BUILT_REVISION}, but"
        f" the Python catalogue is {REVISION}: rebuild with `pip install .`"
    )

NULL: Any = ffi.NULL

REASONS: tuple[str, ...] = BUILD.names("reason_text")
INVARIANT_NAMES: tuple[str, ...] = BUILD.names("invariant_name")
INVARIANT_TEXTS: tuple[str, ...] = BUILD.names("invariant_text")
BUG_NAMES: tuple[str, ...] = BUILD.names("bug_name")
BUG_TEXTS: tuple[str, ...] = BUILD.names("bug_text")
BUG_SOURCES: tuple[str, ...] = BUILD.names("bug_source")

MAX_DOMAINS: int = lib.HT_MAX_DOMAINS

__all__ = ["BUILD", "ENGINE", "ffi", "lib"]
