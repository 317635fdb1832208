"""The decoder's byte grammar read in Python, as the tests' reference for the engine's
decoder and mutator (csrc/fuzz.c, csrc/fuzz_mutate.c): the fuzzer itself only runs the C one.

Per call the decoder reads the call byte, then per argument a control byte and a payload
byte, and for a literal (CTRL % 16 == LITERAL) width-1 more payload bytes."""

from __future__ import annotations

from fuzz.boot import MAX_CALLS
from fuzz.encode import LITERAL
from haptrace.binding.fuzz import call_for_byte
from haptrace.catalogue import CATALOGUE

CALL_FOR_BYTE = call_for_byte()


def split_calls(data: bytes) -> list[bytes]:
    """The input cut into one piece per call, as the decoder will read it: a call starts
    wherever a byte is left (a call without arguments is one byte), and the last piece may
    lack argument bytes, which the decoder reads as 0."""
    pieces: list[bytes] = []
    position = 0
    while position < len(data) and len(pieces) < MAX_CALLS:
        start = position
        call = CATALOGUE[CALL_FOR_BYTE[data[position]]]
        position += 1
        for arg in call.args:
            control = data[position] if position < len(data) else 0
            position += 2
            if control % 16 == LITERAL:
                position += (arg.bits + 7) // 8 - 1
        pieces.append(data[start : min(position, len(data))])
    return pieces
