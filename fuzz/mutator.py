"""The structure-aware mutator for atheris (``atheris.Setup(..., custom_mutator=mutate)``),
and random inputs of the fuzzer's own grammar, both made by the engine (csrc/fuzz_mutate.c).

libFuzzer mutates bytes; our inputs are call sequences.  A byte mutation rarely adds a
whole well-formed call, and random generation — which finds most two- and three-call bugs
within a few thousand inputs — is not one of libFuzzer's moves.  The mutator splits an
input at call boundaries (where csrc/fuzz.c's decoder does) and edits calls: inserts a new
random call, deletes, duplicates or regenerates one's arguments, swaps two, gives one
another caller, edits one's list (inserts, deletes or duplicates an element, changes the
length the call claims or the list's shape, swaps a live resource into an element) or
swaps a live resource into an argument; sometimes starts afresh; and otherwise changes
bytes (a different strategy, payload, literal, list head or caller inside a call).
An inserted call is often a dependent one: it takes a resource an earlier call makes and
names that call's value (value feedback from the catalogue).  With scheduling on
(``schedule``, the harness), inputs that reached new engine state are mutated more often
and their calls spliced into others, their resources remapped to the recipient's.
libFuzzer keeps what yields new coverage, as always.

The mutator runs in C, one call per mutation (in Python it cost more per input than running
the input); this module is a thin wrapper over it.  With a custom mutator libFuzzer mutates
with nothing else: its own mutations, its dictionary (-dict) and its comparison hints go
unused.  (atheris.Mutate, which applies one of libFuzzer's mutations, can be called from a
custom mutator if it is looked up after atheris.Fuzz() has started, which replaces the
module's stub; this mutator does not call it.)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from haptrace.binding.fuzz import favour, mutator
from haptrace.binding.lean import Engine

_FRESH = mutator()  # the default build's: every build makes the same bytes


def make_mutator() -> Callable[[bytes, int, int], bytes]:
    """The mutator to give atheris.Setup(custom_mutator=...): the engine's (see
    csrc/fuzz_mutate.c), in the default build."""
    return mutator()


def random_input(rng: random.Random, max_size: int) -> bytes:
    """A fresh random input of 2 to 23 calls, cut to ``max_size`` bytes: what the engine's
    mutator makes from nothing, seeded from ``rng`` (for the benchmark's random arm,
    calibration and tests)."""
    return _FRESH(b"", max_size, rng.getrandbits(32))


def schedule(build: Engine | None = None, on: bool = True) -> None:
    """Turn the engine's scheduling on (or off) for this process: inputs whose runs reach
    engine state no earlier input reached are kept, mutated more often and spliced into
    others (csrc/fuzz_favour.h).  The harness turns it on; elsewhere the mutator stays a
    function of its arguments."""
    favour(build, on)
