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
from typing import Any, cast

from replay._native import lib

# The buckets are computed by the engine (csrc/fuzz.c); their counts come from its header.
OUTCOME_BUCKETS: int = lib.HT_FUZZ_OUTCOME_BUCKETS
TRANSITION_BUCKETS: int = lib.HT_FUZZ_TRANSITION_BUCKETS


def _function(index: int) -> Callable[[], int]:
    namespace: dict[str, Any] = {}
    # The source is generated right here from an integer: exec is the point, not a risk.
    exec(compile(f"def f{index}():\n    return {index}\n", f"<feature {index}>", "exec"), namespace)
    return cast(Callable[[], int], namespace[f"f{index}"])


class Feedback:
    """Feature functions, made and instrumented (atheris.instrument_func) the first time a
    feature is hit: an input reaches a few thousand of the 20480 buckets in a run, and
    instrumenting them all up front would cost seconds of startup."""

    def __init__(self, instrument: Callable[[Callable[[], int]], Callable[[], int]]) -> None:
        self.instrument = instrument
        self.table: list[Callable[[], int] | None] = [None] * (OUTCOME_BUCKETS + TRANSITION_BUCKETS)

    def hit(self, features: set[int] | list[int]) -> None:
        """Mark an input's features (the bucket indices the engine computed)."""
        table = self.table
        for feature in features:
            function = table[feature]
            if function is None:
                function = table[feature] = self.instrument(_function(feature))
            function()
