"""A structure-aware mutator for atheris (``atheris.Setup(..., custom_mutator=mutate)``).

libFuzzer mutates bytes; our inputs are call sequences.  A byte mutation rarely adds a
whole well-formed call, and random generation — which finds most two- and three-call bugs
within a few thousand inputs — is not one of libFuzzer's moves.  The mutator splits an
input at call boundaries (mirroring csrc/fuzz.c's decoder) and edits calls: inserts a new
random call, deletes, duplicates or regenerates one's arguments, swaps two; sometimes
starts afresh; and otherwise changes bytes (a different strategy, payload or literal inside
a call).  libFuzzer keeps what yields new coverage, as always.

The mutator itself runs in C (csrc/fuzz_mutate.c: one call per mutation; in Python it cost
more per input than running the input).  This module keeps the same grammar in Python for
what runs outside libFuzzer's loop: ``split_calls`` (tests, seeds) and ``random_input`` (the
benchmark's random arm, calibration).  With a custom mutator libFuzzer
mutates with nothing else: its own mutations, its dictionary (-dict) and its comparison hints
go unused.  (atheris.Mutate, which applies one of libFuzzer's mutations, can be called from
here if it is looked up after atheris.Fuzz() has started, which replaces the module's stub;
this mutator does not call it.)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from haptrace.binding.fuzz import call_for_byte, mutator
from haptrace.catalogue import CATALOGUE

from .boot import MAX_CALLS
from .encode import LITERAL

# The decoder reads, per call: the call byte, then per argument a control byte and a payload
# byte, and for a literal (CTRL % 16 == LITERAL) width-1 more payload bytes.
_CALL_FOR_BYTE = call_for_byte()


def split_calls(data: bytes) -> list[bytes]:
    """The input cut into one piece per call, as the decoder will read it: a call starts
    wherever a byte is left (a call without arguments is one byte), and the last piece may
    lack argument bytes, which the decoder reads as 0."""
    pieces: list[bytes] = []
    position = 0
    while position < len(data) and len(pieces) < MAX_CALLS:
        start = position
        call = CATALOGUE[_CALL_FOR_BYTE[data[position]]]
        position += 1
        for arg in call.args:
            control = data[position] if position < len(data) else 0
            position += 2
            if control % 16 == LITERAL:
                position += (arg.bits + 7) // 8 - 1
        pieces.append(data[start : min(position, len(data))])
    return pieces


def random_call(rng: random.Random) -> bytes:
    """One random call: random bytes of the right length for the call the first picks."""
    head = rng.randrange(256)
    call = CATALOGUE[_CALL_FOR_BYTE[head]]
    out = bytearray([head])
    for arg in call.args:
        control = rng.randrange(256)
        out += bytes([control, rng.randrange(256)])
        if control % 16 == LITERAL:
            out += rng.randbytes((arg.bits + 7) // 8 - 1)
    return bytes(out)


def random_input(rng: random.Random, max_size: int) -> bytes:
    calls = rng.randrange(2, 24)
    out = b"".join(random_call(rng) for _ in range(calls))
    return out[:max_size]


def make_mutator() -> Callable[[bytes, int, int], bytes]:
    """The mutator to give atheris.Setup(custom_mutator=...): the engine's (see
    csrc/fuzz_mutate.c), in the default build."""
    return mutator()
