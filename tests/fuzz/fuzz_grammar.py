"""The decoder's byte grammar read in Python, as the tests' reference for the engine's
decoder and mutator (csrc/fuzz.c describes the grammar, csrc/fuzz_grammar.c cuts inputs by
it): the fuzzer itself only runs the C one.

Per call: a two-byte selector, a caller byte (and a literal's three more), then per argument
by its catalogue shape: a scalar's control byte and payload (a literal: the argument's width
in bytes); a list's chunks (a head, an EXT byte for a run or a scatter, the elements written
out field by field, another chunk after a MORE); an output list's room byte.  Bytes past the
end read as 0."""

from __future__ import annotations

from dataclasses import dataclass, field

from fuzz.boot import MAX_CALLS
from haptrace.binding.fuzz import call_for_selector
from haptrace.catalogue import CATALOGUE, Call, ListArg
from haptrace.catalogue.limits import (
    FUZZ_CALLER_LITERAL,
    FUZZ_CTRL_LITERAL,
    FUZZ_CTRL_STRATEGIES,
    FUZZ_LIST_CHUNKS,
    FUZZ_LIST_ELEMENTS,
    FUZZ_LIST_MORE,
    FUZZ_LIST_RUN,
    FUZZ_LIST_SCATTER,
)


def _byte(data: bytes, at: int) -> int:
    return data[at] if at < len(data) else 0


def scalar_size(data: bytes, at: int, bits: int) -> int:
    """Bytes of the scalar at ``at``: its control byte, a payload byte or a literal."""
    literal = _byte(data, at) % FUZZ_CTRL_STRATEGIES == FUZZ_CTRL_LITERAL
    return 2 + ((bits + 7) // 8 - 1 if literal else 0)


@dataclass
class ArgLayout:
    start: int
    end: int
    kind: str  # "scalar", "list", "room"
    heads: list[int] = field(default_factory=list)
    elements: list[int] = field(default_factory=list)  # where each element written out starts


@dataclass
class CallLayout:
    call: Call
    start: int
    end: int
    caller: int  # offset of the caller byte
    args: list[ArgLayout]


def walk(data: bytes, position: int) -> CallLayout:
    """The call starting at ``position`` (its parts may lie past the end of ``data``)."""
    start = position
    call = CATALOGUE[call_for_selector(_byte(data, position) << 8 | _byte(data, position + 1))]
    caller = position + 2
    literal = _byte(data, caller) % FUZZ_CTRL_STRATEGIES == FUZZ_CALLER_LITERAL
    position = caller + 1 + (3 if literal else 0)
    args = []
    for arg in call.args:
        begin = position
        if not isinstance(arg, ListArg):
            position += scalar_size(data, position, arg.bits)
            args.append(ArgLayout(begin, position, "scalar"))
        elif not arg.is_input:
            position += 1
            args.append(ArgLayout(begin, position, "room"))
        else:
            layout = ArgLayout(begin, begin, "list")
            for chunk in range(FUZZ_LIST_CHUNKS):
                head = _byte(data, position)
                shape = head // FUZZ_LIST_ELEMENTS
                layout.heads.append(position)
                position += 2 if FUZZ_LIST_RUN <= shape <= FUZZ_LIST_SCATTER else 1
                for _ in range(head % FUZZ_LIST_ELEMENTS):
                    layout.elements.append(position)
                    for member in arg.fields:
                        position += scalar_size(data, position, member.bits)
                if shape != FUZZ_LIST_MORE or chunk == FUZZ_LIST_CHUNKS - 1:
                    break
            layout.end = position
            args.append(layout)
    return CallLayout(call, start, position, caller, args)


def layouts(data: bytes) -> list[CallLayout]:
    """Every call the decoder reads from ``data`` (at most MAX_CALLS)."""
    out: list[CallLayout] = []
    position = 0
    while position < len(data) and len(out) < MAX_CALLS:
        out.append(walk(data, position))
        position = out[-1].end
    return out


def split_calls(data: bytes) -> list[bytes]:
    """The input cut into one piece per call, as the decoder will read it: a call starts
    wherever a byte is left, and the last piece may lack bytes, which the decoder reads as
    0."""
    return [data[layout.start : min(layout.end, len(data))] for layout in layouts(data)]


def call_of(piece: bytes) -> int:
    """The call a piece (or an input) starts with."""
    return call_for_selector(_byte(piece, 0) << 8 | _byte(piece, 1))
