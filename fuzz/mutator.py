"""A structure-aware mutator for atheris (``atheris.Setup(..., custom_mutator=mutate)``).

libFuzzer mutates bytes; our inputs are call sequences.  A byte mutation rarely adds a
whole well-formed call, and random generation — which finds most two- and three-call bugs
within a few thousand inputs — is not one of libFuzzer's moves.  This mutator splits an
input at call boundaries (mirroring csrc/fuzz.c's decoder) and edits calls: inserts a new
random call, deletes, duplicates or regenerates one, swaps two; sometimes starts afresh;
and otherwise changes bytes (a different strategy, payload or literal inside a call).
libFuzzer keeps what yields new coverage, as always.  With a custom mutator libFuzzer
mutates with nothing else: its own mutations, its dictionary (-dict) and its comparison hints
go unused.  (atheris.Mutate, which applies one of libFuzzer's mutations, can be called from
here if it is looked up after atheris.Fuzz() has started, which replaces the module's stub;
this mutator does not call it.)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from haptrace.catalogue import CATALOGUE
from replay._native import lib

from .encode import LITERAL
from .target import MAX_CALLS

# The decoder reads, per call: the call byte, then per argument a control byte and a payload
# byte, and for a literal (CTRL % 16 == LITERAL) width-1 more payload bytes.
_CALL_FOR_BYTE = [int(lib.ht_fuzz_call_for_byte(b)) for b in range(256)]


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


def mutate_bytes(data: bytes, max_size: int, rng: random.Random) -> bytes:
    """A few byte-level edits: flip, replace, insert, erase, copy a range."""
    out = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        op = rng.randrange(5)
        at = rng.randrange(len(out)) if out else 0
        if op == 0 and out:
            out[at] ^= 1 << rng.randrange(8)
        elif op == 1 and out:
            out[at] = rng.randrange(256)
        elif op == 2:
            out.insert(at, rng.randrange(256))
        elif op == 3 and len(out) > 1:
            del out[at]
        elif out:
            length = rng.randrange(1, min(8, len(out)) + 1)
            start = rng.randrange(len(out) - length + 1)
            out[at:at] = out[start : start + length]
    return bytes(out[:max_size])


def make_mutator() -> Callable[[bytes, int, int], bytes]:
    """The mutator to give atheris.Setup(custom_mutator=...)."""

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        roll = rng.random()
        if roll < 0.10 or not data:
            return random_input(rng, max_size)
        if roll < 0.45:
            return mutate_bytes(data, max_size, rng)
        calls = split_calls(data)
        if not calls:
            return random_input(rng, max_size)
        op = rng.randrange(6)
        index = rng.randrange(len(calls))
        if op <= 1:  # insert a fresh call
            calls.insert(rng.randrange(len(calls) + 1), random_call(rng))
        elif op == 2 and len(calls) > 1:  # delete a call
            del calls[index]
        elif op == 3:  # repeat a call (the same call on the next page, or twice)
            calls.insert(index, calls[index])
        elif op == 4:  # regenerate a call's arguments, keeping which call it is
            fresh = random_call(rng)
            calls[index] = calls[index][:1] + fresh[1:] if fresh[0] == calls[index][0] else fresh
        else:  # swap two calls
            other = rng.randrange(len(calls))
            calls[index], calls[other] = calls[other], calls[index]
        return b"".join(calls)[:max_size]

    return mutate
