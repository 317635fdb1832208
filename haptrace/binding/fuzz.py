"""The engine's fuzzing entry points (csrc/fuzz.c, csrc/fuzz_mutate.c): the executor that
runs one input in one C call, where it reports the input (its sinks), the feature counters
libFuzzer reads, the structure-aware mutator and the dictionary.

Lean, as haptrace.binding.lean is: no numpy and no catalogue, for the fuzz harness's start-up.
The constants and tables below are the same in every build of the engine; they are read from
the default build, which any process can load (the instrumented builds need libFuzzer first).
"""

from __future__ import annotations

import array
from collections.abc import Callable
from typing import Any, Protocol

from haptrace.errors import InvalidArgument

from .lean import Engine, EngineMachine, engine

_DEFAULT = engine("default")

# Executor flags (csrc/include/haptrace.h).
CHECK_INVARIANTS: int = _DEFAULT.lib.HT_FUZZ_CHECK_INVARIANTS
# Finding kinds (FuzzResult.finding).
NONE: int = _DEFAULT.lib.HT_FUZZ_NONE
UNDOCUMENTED: int = _DEFAULT.lib.HT_FUZZ_UNDOCUMENTED
INVARIANT: int = _DEFAULT.lib.HT_FUZZ_INVARIANT
# Coverage features: per call, the bucket of its (call, reason, failed, effect) outcome, after
# OUTCOME_BUCKETS the bucket of the transition from the previous call's outcome, and after
# those the bucket of the abstract state the call met (a value of FEATURES or more: none).
OUTCOME_BUCKETS: int = _DEFAULT.lib.HT_FUZZ_OUTCOME_BUCKETS
TRANSITION_BUCKETS: int = _DEFAULT.lib.HT_FUZZ_TRANSITION_BUCKETS
STATE_BUCKETS: int = _DEFAULT.lib.HT_FUZZ_STATE_BUCKETS
FEATURES_PER_CALL: int = _DEFAULT.lib.HT_FUZZ_FEATURES_PER_CALL
FEATURES: int = _DEFAULT.lib.HT_FUZZ_FEATURES
MUTATE_SLACK: int = _DEFAULT.lib.HT_FUZZ_MUTATE_SLACK
# The grammar's numbers (haptrace/catalogue/limits.py), from the build: this module does not
# load the catalogue.
SELECTORS = _DEFAULT.limit("FUZZ_SELECTORS")  # a call's two-byte selector
LIST_WORDS = _DEFAULT.limit("FUZZ_LIST_WORDS")  # the word pool an input's lists get
LIST_SHIFT = _DEFAULT.limit("LIST_SHIFT")  # a list slot: word offset << LIST_SHIFT | count
ERRNO_BITS = _DEFAULT.limit("ERRNO_BITS")  # spec keys: call << ERRNO_BITS | errno


def spec_keys() -> int:
    """How many spec keys (call << ERRNO_BITS | errno) there can be: the catalogue's calls
    << ERRNO_BITS."""
    return int(_DEFAULT.lib.ht_fuzz_spec_keys())


def call_for_selector(selector: int) -> int:
    """The call a 16-bit selector names (the calls share the selectors by family weight)."""
    if not 0 <= selector < SELECTORS:
        raise InvalidArgument(f"a selector is 0..{SELECTORS - 1}, not {selector}")
    return int(_DEFAULT.lib.ht_fuzz_call_for_selector(selector))


def selector_for_call(call: int) -> int | None:
    """The first selector that names call ``call``, or None for a call whose family has no
    fuzz weight."""
    selector = int(_DEFAULT.lib.ht_fuzz_selector_for_call(call))
    return None if selector < 0 else selector


def dictionary_entries() -> list[bytes]:
    """The libFuzzer dictionary the engine builds from its call table (csrc/fuzz_mutate.c)."""
    ffi, lib = _DEFAULT.ffi, _DEFAULT.lib
    buffer = ffi.new("uint8_t[]", 256)
    out: list[bytes] = []
    while True:
        size = lib.ht_fuzz_dict_entry(len(out), buffer, 256)
        if size == 0:
            return out
        out.append(bytes(ffi.buffer(buffer, size)))


def mutator(build: Engine | None = None) -> Callable[[bytes, int, int], bytes]:
    """atheris' custom mutator, ``mutate(data, max_size, seed) -> bytes``, as one call into
    the engine's mutator (``ht_fuzz_mutate``) with a buffer reused across calls.  With empty
    ``data`` it makes a fresh random input of 2 to 23 calls."""
    ffi, lib = (build or _DEFAULT).ffi, (build or _DEFAULT).lib
    slack = MUTATE_SLACK
    mutate_c = lib.ht_fuzz_mutate
    state = {"cap": 0, "buffer": ffi.NULL}

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        if max_size + slack > state["cap"]:
            state["cap"] = max_size + slack
            state["buffer"] = ffi.new("uint8_t[]", state["cap"])
        buffer = state["buffer"]
        size = mutate_c(data, len(data), max_size, seed & 0xFFFFFFFF, buffer, state["cap"])
        return bytes(ffi.buffer(buffer, size))

    return mutate


def favour(build: Engine | None = None, on: bool = True) -> None:
    """Turns the mutator's scheduling on or off in this process (``ht_fuzz_favour``): while
    on, the executor keeps the inputs that reach new engine state and the mutator mutates
    and splices them (csrc/fuzz_favour.h)."""
    (build or _DEFAULT).lib.ht_fuzz_favour(1 if on else 0)


class FuzzResult(Protocol):
    """What the executor says about the last input (``ht_fuzz_result``)."""

    @property
    def ncalls(self) -> int: ...  # calls decoded and run

    @property
    def finding(self) -> int: ...  # NONE, UNDOCUMENTED, INVARIANT, or a test hook's kind

    @property
    def at(self) -> int: ...  # index of the call that raised it

    @property
    def detail(self) -> int: ...  # the errno or the invariant id

    @property
    def words(self) -> int: ...  # the pool words the calls' lists took


class FeatureArray:
    """One 8-bit counter per feature bucket, in memory the engine writes while it runs an
    input (the executor's feature sink), with the table of as many PCs that libFuzzer takes
    with such counters.  The PCs are the counters' own addresses: distinct, and never code.
    """

    def __init__(self, size: int = FEATURES) -> None:
        ffi = _DEFAULT.ffi
        self.size = size
        self._counters: Any = ffi.new("uint8_t[]", size)
        self._pcs: Any = ffi.new("uintptr_t[]", 2 * size)
        self.start = int(ffi.cast("uintptr_t", self._counters))
        self.pcs_start = int(ffi.cast("uintptr_t", self._pcs))
        self.pcs_end = self.pcs_start + 2 * size * ffi.sizeof("uintptr_t")
        # (PC, PCFlags) pairs: PC = the counter's address; flags 0 (not a function entry).
        table = memoryview(ffi.buffer(self._pcs)).cast("Q")
        table[0::2] = array.array("Q", range(self.start, self.start + size))

    @property
    def end(self) -> int:
        return self.start + self.size

    def set(self) -> set[int]:
        """The buckets whose counter is nonzero."""
        values = bytes(_DEFAULT.ffi.buffer(self._counters))
        return {index for index, value in enumerate(values) if value}


class Executor:
    """``ht_fuzz_exec`` on one machine: restores the machine's snapshot, decodes an input into
    at most ``max_calls`` calls and runs them, each as the caller it decodes to, checking the
    documented codes and, with CHECK_INVARIANTS in ``flags``, the invariants after every
    call; stops at the first finding.  Keeps its buffers (the calls decoded, their outcomes,
    features and spec keys, and the word pool of ``pool_words`` words their lists live in)
    from input to input."""

    def __init__(
        self, machine: EngineMachine, max_calls: int, flags: int, pool_words: int = LIST_WORDS
    ) -> None:
        if not 0 < max_calls <= 1 << 16:
            raise InvalidArgument(f"max_calls must be between 1 and 65536, not {max_calls}")
        if not 0 <= pool_words < 1 << LIST_SHIFT:
            raise InvalidArgument(f"pool_words must be below 2**{LIST_SHIFT}, not {pool_words}")
        ffi = machine.engine.ffi
        self.machine = machine
        self.max_calls = max_calls
        self.flags = flags
        self.pool_words = pool_words
        self._ffi = ffi
        self._exec = machine.engine.lib.ht_fuzz_exec
        self._calls = ffi.new("ht_call_rec[]", max_calls)
        self._outcomes = ffi.new("ht_fuzz_call[]", max_calls)
        self._features = ffi.new("uint32_t[]", FEATURES_PER_CALL * max_calls)
        self._spec = ffi.new("uint32_t[]", max_calls)
        self._pool = ffi.new("uint64_t[]", max(pool_words, 1))
        self._buffers = ffi.new(
            "ht_fuzz_buffers *",
            {
                "calls": self._calls,
                "outcomes": self._outcomes,
                "features": self._features,
                "spec": self._spec,
                "pool": self._pool,
                "pool_words": pool_words,
            },
        )
        self._result = ffi.new("ht_fuzz_result *")
        self._sinks = ffi.new("ht_fuzz_sinks *")
        self._pinned: list[Any] = []  # what the sinks point into, kept alive
        # run(data) -> result: one input, reporting nowhere but the buffers above (a closure
        # over them, for the findings path's and the benchmarks' loops).
        self.run = self._run_function()

    @property
    def result(self) -> FuzzResult:
        """The last input's result (the same object, updated by every run)."""
        result: FuzzResult = self._result
        return result

    def _run_function(self) -> Callable[[bytes], FuzzResult]:
        exec_, m, max_calls, flags = self._exec, self.machine.pointer, self.max_calls, self.flags
        buffers, result, null = self._buffers, self._result, self._ffi.NULL

        # The closure holds the executor (and so its machine and pinned sinks): it hands the
        # C call raw pointers into them, which must not be freed while it can still run.
        def run(data: bytes, _owner: object = self) -> FuzzResult:
            """Runs one input, reporting nowhere but the executor's buffers; returns the
            result (the same object, updated by every run)."""
            exec_(m, data, len(data), max_calls, flags, buffers, result, null)
            out: FuzzResult = result
            return out

        return run

    def runner(self) -> Callable[[bytes], int]:
        """``run(data) -> finding``: runs one input (one C call), reports its features, spec
        keys and counts into the sinks, and returns its finding kind (0: none)."""
        exec_, m, max_calls, flags = self._exec, self.machine.pointer, self.max_calls, self.flags
        buffers, result, sinks = self._buffers, self._result, self._sinks

        def run(data: bytes, _owner: object = self) -> int:  # holds the executor, as above
            return int(exec_(m, data, len(data), max_calls, flags, buffers, result, sinks))

        return run

    # ---- where the runner reports ----------------------------------------------------------

    def report_features(self, counters: FeatureArray) -> None:
        """Each input's feature buckets set to 1 in ``counters`` (libFuzzer clears them)."""
        if counters.size < FEATURES:
            raise InvalidArgument(f"the feature counters must hold {FEATURES} buckets")
        # By address: the counters may come from another build's ffi than this executor's.
        self._sinks.features = self._ffi.cast("uint8_t *", counters.start)
        self._pinned.append(counters)

    def report_counts(self, totals: Any, spec: Any) -> None:
        """Each input counted in ``totals`` (two native unsigned 64-bit integers: inputs,
        calls) and its spec keys marked with a 1 in ``spec`` (one byte per key, keys past
        its end left out).  Both are writable buffers (an mmap, a bytearray, a memoryview),
        which must outlive the executor's use of them."""
        totals_c = self._ffi.from_buffer("uint8_t[]", totals, require_writable=True)
        spec_c = self._ffi.from_buffer("uint8_t[]", spec, require_writable=True)
        if len(totals_c) < 16:
            raise InvalidArgument("the totals need 16 bytes: inputs and calls")
        self._pinned += [totals_c, spec_c]
        self._sinks.totals = self._ffi.cast("uint64_t *", totals_c)
        self._sinks.spec = spec_c
        self._sinks.spec_len = len(spec_c)

    # ---- the last input, call by call ----------------------------------------------------

    def calls_buffer(self, count: int) -> memoryview:
        """The first ``count`` calls the last input decoded to, as ``ht_call_rec`` bytes
        (the layout of haptrace.binding.machine.CALL_DTYPE)."""
        count = self._checked(count)
        size = count * self._ffi.sizeof("ht_call_rec")
        return memoryview(self._ffi.buffer(self._calls, size))

    def outcomes(self, count: int) -> list[tuple[int, int, int]]:
        """(call, reason, raw result) of the last input's first ``count`` calls."""
        return [
            (int(o.call), int(o.reason), int(o.raw))
            for o in self._outcomes[0 : self._checked(count)]
        ]

    def features(self, count: int) -> list[int]:
        """The coverage feature buckets of the last input's first ``count`` calls (a call
        whose family gives no abstract state has two)."""
        words = self._ffi.unpack(self._features, FEATURES_PER_CALL * self._checked(count))
        return [int(v) for v in words if v < FEATURES]

    def spec_keys(self, count: int) -> list[int]:
        """(call << ERRNO_BITS | errno) of the last input's first ``count`` calls."""
        return [int(v) for v in self._ffi.unpack(self._spec, self._checked(count))]

    def pool(self) -> list[int]:
        """The words the last input's lists took in the pool (its calls' list slots refer
        into them), output lists as the calls wrote them."""
        return [int(v) for v in self._ffi.unpack(self._pool, int(self._result.words))]

    def _checked(self, count: int) -> int:
        if not 0 <= count <= self.max_calls:
            raise InvalidArgument(f"count must be between 0 and {self.max_calls}, not {count}")
        return count
