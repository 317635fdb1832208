"""Semantic coverage feedback for atheris: what libFuzzer sees of the engine's behaviour.

Without native coverage the engine is a black box to libFuzzer, so we give it a signal of
our own: one libFuzzer counter per feature bucket the engine computes (csrc/fuzz.c): the
(call, reason, failed, effect) outcome of each call — every check the engine makes names a
reason, so distinct buckets are distinct decision points — and the hashed transition between
consecutive outcomes, which rewards inputs that reach a check from a new direction.  Bumping
a bucket's counter marks it covered for the current input.

The counters are the ones atheris' own Python instrumentation uses (``_reserve_counter``
reserves one, ``_trace_branch`` bumps it: what an instrumented branch compiles to), all
reserved up front.  atheris hands the counters reserved since the previous input to
libFuzzer as a new module, and libFuzzer keeps at most 4096 modules: its table has no bounds
check in release builds, so the 4097th overwrites the module count and the run dies with
"deadly signal" (seen after 8-11 s when each feature got an instrumented function of its
own, made the first time the feature was hit: one new module per input that hit a new
feature).  Reserved before fuzzing starts, they are one module.

With native coverage (clang, -fsanitize=fuzzer-no-link) libFuzzer sees the engine's own
edges as well and this signal is kept as a complement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from replay._native import lib

# The buckets are computed by the engine (csrc/fuzz.c); their counts come from its header.
OUTCOME_BUCKETS: int = lib.HT_FUZZ_OUTCOME_BUCKETS
TRANSITION_BUCKETS: int = lib.HT_FUZZ_TRANSITION_BUCKETS
BUCKETS = OUTCOME_BUCKETS + TRANSITION_BUCKETS


class CounterSource(Protocol):
    """The atheris module, as far as feedback uses it."""

    def _reserve_counter(self) -> int: ...

    def _trace_branch(self, counter: int) -> object: ...


class Feedback:
    """One coverage counter per feature bucket, reserved when made."""

    def __init__(self, source: CounterSource) -> None:
        self.source = source
        self.counters = [source._reserve_counter() for _ in range(BUCKETS)]

    @classmethod
    def for_atheris(cls) -> Feedback:
        """Counters of atheris (imported here: the harness decides how it is loaded)."""
        import atheris

        return cls(atheris)

    def hit(self, features: Iterable[int]) -> None:
        """Mark an input's features (the bucket indices the engine computed)."""
        # Looked up per input, as atheris' instrumented code does: until atheris.Fuzz()
        # starts, the module's _trace_branch is a stub that counts nothing, and Fuzz()
        # replaces it with libFuzzer's (bound once before that, every bump was lost).
        bump, counters = self.source._trace_branch, self.counters
        for feature in features:
            bump(counters[feature])
