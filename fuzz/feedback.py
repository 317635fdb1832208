"""Semantic coverage feedback for atheris when the engine is not built with coverage.

atheris only sees edges in instrumented Python code.  Without native coverage the engine is
a black box to it, so we give it a signal of our own: one instrumented Python function per
(call, reason) bucket — every check the engine makes names a reason, so distinct buckets
are distinct decision points in the engine — and one per hashed transition between
consecutive outcomes, which rewards inputs that reach a check from a new direction.  Calling
a function marks its edges covered for the current input.

With native coverage (clang, -fsanitize=fuzzer-no-link) libFuzzer sees the engine's own
edges and this signal is kept as a complement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from replay._native import lib

# The buckets are computed by the engine (csrc/fuzz.c); their counts come from its header.
OUTCOME_BUCKETS: int = lib.HT_FUZZ_OUTCOME_BUCKETS
TRANSITION_BUCKETS: int = lib.HT_FUZZ_TRANSITION_BUCKETS


def _functions(count: int, prefix: str) -> list[Callable[[], int]]:
    source = "\n".join(f"def {prefix}{i}():\n    return {i}\n" for i in range(count))
    namespace: dict[str, Any] = {}
    # The source is generated right here from integers: exec is the point, not a risk.
    exec(compile(source, f"<haptrace {prefix} features>", "exec"), namespace)
    return [namespace[f"{prefix}{i}"] for i in range(count)]


class Feedback:
    """The feature functions, instrumented by ``instrument`` (atheris.instrument_func)."""

    def __init__(self, instrument: Callable[[Callable[[], int]], Callable[[], int]]) -> None:
        count = OUTCOME_BUCKETS + TRANSITION_BUCKETS
        self.table = [instrument(f) for f in _functions(count, "f")]

    def hit(self, features: set[int] | list[int]) -> None:
        """Mark an input's features (the bucket indices the engine computed)."""
        table = self.table
        for feature in features:
            table[feature]()
