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

The harness does not go through atheris' counters: ``FeatureCounters`` hands libFuzzer an
array of 8-bit counters of its own, once (with the first input), as one module, through
``__sanitizer_cov_8bit_counters_init`` and ``__sanitizer_cov_pcs_init`` (what a module built
with SanitizerCoverage calls when it loads), and the engine sets the bytes itself while it
runs the input (``ht_fuzz_exec``'s sinks).  That takes the Python loop over the features (a
``_trace_branch`` call each, about 25 per input) out of every input.  ``Feedback`` remains
for harnesses that report features from Python (docs/fuzzing.md's ClusterFuzzLite target).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from typing import Protocol

from haptrace.binding.fuzz import FEATURES, FeatureArray
from haptrace.errors import EngineError

# The buckets are computed by the engine (csrc/fuzz.c); their counts come from its header.
BUCKETS = FEATURES


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


class LibFuzzerMissing(EngineError):
    """libFuzzer's coverage entry points are not loaded in this process."""


_registered: list[FeatureCounters] = []  # kept alive: libFuzzer reads them until exit


class FeatureCounters:
    """One 8-bit counter per feature bucket, in an array libFuzzer reads directly.

    ``register()`` hands the array to libFuzzer as a single module, with a table of as many
    PCs (libFuzzer requires the two to match, and counts the PCs of counters it has seen set
    as its ``cov:``).  The PCs are the counters' own addresses: distinct, and never code, so
    nothing mistakes them for an edge of the engine.  It is done once per process, before
    fuzzing starts or with its first input: libFuzzer's module table holds 4096 entries and
    is not bounds-checked.
    """

    def __init__(self) -> None:
        self.array = FeatureArray(BUCKETS)  # the counters and their PC table, in C memory
        self.registered = False

    def register(self) -> None:
        """Give the counters to the libFuzzer loaded in this process (once per process)."""
        if _registered:
            raise EngineError("feature counters are already registered in this process")
        process = ctypes.CDLL(None)
        try:
            # getattr: a dunder name written inside a class body would be name-mangled.
            counters_init = getattr(process, "__sanitizer_cov_8bit_counters_init")
            pcs_init = getattr(process, "__sanitizer_cov_pcs_init")
        except AttributeError as exc:
            raise LibFuzzerMissing(
                "libFuzzer's __sanitizer_cov_* functions are not loaded globally"
                " (fuzz/harness.py loads atheris' libFuzzer with RTLD_GLOBAL first)"
            ) from exc
        for function in (counters_init, pcs_init):
            function.restype = None
            function.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
        counters_init(self.array.start, self.array.end)
        pcs_init(self.array.pcs_start, self.array.pcs_end)
        _registered.append(self)
        self.registered = True
