"""Encoding traces as fuzz inputs, so that corpus/ traces seed the fuzzer.

Writes the byte format csrc/fuzz.c decodes (see its header comment; keep the two in sync):
a call byte, then per argument a control byte and its payload.  Resource arguments that an
earlier call of the trace produced are encoded as references into the decoder's pools, so
that a seed drives the same dataflow on the fuzz machine even where the emulator hands out
other values; everything else is a literal.
"""

from __future__ import annotations

from collections.abc import Iterable

from haptrace.binding.fuzz import call_for_byte
from haptrace.catalogue import Resource
from tracer.model import Record

POOL_SIZE = 8  # csrc/fuzz.c POOL
POOL, SMALL, SPECIAL, LITERAL = 0, 13, 14, 15  # control bytes (CTRL % 16: the strategy)
_POOLED = (Resource.HANDLE, Resource.GREF, Resource.PORT, Resource.MAPPING)

# The first byte that decodes to each call (the decoder weights calls by family).
CALL_BYTE: dict[int, int] = {}
for _byte, _call in reversed(list(enumerate(call_for_byte()))):
    CALL_BYTE[_call] = _byte


class _Pools:
    """A mirror of the decoder's pools: eight distinct values per kind, newest first."""

    def __init__(self) -> None:
        self.values: dict[Resource, list[int]] = {r: [] for r in _POOLED}

    def add(self, resource: Resource, value: int) -> None:
        values = self.values[resource]
        if value in values:
            return
        values.insert(0, value)
        del values[POOL_SIZE:]

    def index(self, resource: Resource, value: int) -> int | None:
        """The payload that picks ``value`` (its age: 0 the newest)."""
        values = self.values[resource]
        return values.index(value) if value in values else None


def encode(records: Iterable[Record]) -> bytes:
    """The fuzz input that decodes to ``records`` (their results feed the pools)."""
    out = bytearray()
    pools = _Pools()
    for record in records:
        call = record.spec
        if call.id not in CALL_BYTE:
            continue  # a call the decoder's table leaves out cannot be seeded
        out.append(CALL_BYTE[call.id])
        for spec, value in zip(call.args, record.args, strict=True):
            slot = pools.index(spec.uses, value) if spec.uses in _POOLED else None
            if slot is not None:
                out += bytes((POOL, slot))
            else:
                out.append(LITERAL)
                out += value.to_bytes((spec.bits + 7) // 8, "little")
        if record.rc != -1:
            for output, value in zip(call.outputs, record.outputs, strict=False):
                if output.makes in _POOLED and output.makes is not None:
                    pools.add(output.makes, value)
    return bytes(out)
