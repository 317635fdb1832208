"""Encoding traces as fuzz inputs, so that corpus/ traces seed the fuzzer.

Writes the grammar csrc/fuzz.c decodes (see its header comment): per call its selector, its
caller, then each argument by its shape: a scalar's control byte and payload, a list's
chunks of elements written out field by field, an output list's room.  Resource values that
an earlier call of the trace produced (handles, grant references, ports, mappings, mfns) are
encoded as references into the decoder's pools, so that a seed drives the same dataflow on
the fuzz machine even where the emulator hands out other values; a length argument that
claims its list's own length is the decoder's "the list's length"; everything else is
exact (a small value or a literal).

Every number shared with the decoder comes from haptrace/catalogue/limits.py, and the
selectors from the engine (generated from the catalogue's fuzz weights):
tests/fuzz/test_encode.py checks both against the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from haptrace.binding.fuzz import selector_for_call
from haptrace.catalogue import CATALOGUE, Call, Caller, ListArg, Resource, Returns
from haptrace.catalogue.limits import (
    FUZZ_CALLER_LITERAL,
    FUZZ_CTRL_LITERAL,
    FUZZ_CTRL_SMALL,
    FUZZ_LIST_CHUNKS,
    FUZZ_LIST_ELEMENTS,
    FUZZ_LIST_EXTRA,
    FUZZ_LIST_MORE,
    FUZZ_LIST_RUN,
    FUZZ_POOL,
    FUZZ_ROOM_LONG,
    FUZZ_ROOM_NULL,
    FUZZ_ROOM_SHORT,
)
from tracer.model import ArgValue, OutValue, Record

POOL = 0  # a control byte of the pool strategies (FUZZ_CTRL_POOL_LAST and below)
SMALL = FUZZ_CTRL_SMALL
LITERAL = FUZZ_CTRL_LITERAL
# The kinds whose values the decoder takes from its pools by age; the values of the others
# (domains, gfns) are named by the caller and encoded as they are.
POOLED = (Resource.HANDLE, Resource.GREF, Resource.PORT, Resource.MAPPING, Resource.MFN)
# The most elements one list can write out (FUZZ_LIST_CHUNKS chunks of at most 7); a run of
# neighbours it ends with takes one more byte however long (up to FUZZ_LIST_EXTRA + 1).
MAX_ELEMENTS = FUZZ_LIST_CHUNKS * (FUZZ_LIST_ELEMENTS - 1)

# The first selector of each call (the decoder weights calls by family); a call whose family
# has no fuzz weight has none and cannot be seeded.
SELECTOR: dict[int, int] = {
    call.id: selector for call in CATALOGUE if (selector := selector_for_call(call.id)) is not None
}


class _Pools:
    """A mirror of the decoder's pools of the pooled kinds: FUZZ_POOL distinct values per
    kind, newest first."""

    def __init__(self) -> None:
        self.values: dict[Resource, list[int]] = {r: [] for r in POOLED}

    def add(self, resource: Resource | None, value: int) -> None:
        if resource not in self.values or resource is None:
            return
        values = self.values[resource]
        if value in values:
            return
        values.insert(0, value)
        del values[FUZZ_POOL:]

    def index(self, resource: Resource | None, value: int) -> int | None:
        """The payload that picks ``value`` (its age: 0 the newest)."""
        if resource not in self.values or resource is None:
            return None
        values = self.values[resource]
        return values.index(value) if value in values else None


def exact(value: int, bits: int) -> bytes:
    """A strategy that gives ``value`` whatever the pools hold: small, or a literal of the
    argument's width."""
    if value < 256:
        return bytes((SMALL, value))
    return bytes((LITERAL,)) + value.to_bytes((bits + 7) // 8, "little")


def _value(pools: _Pools, resource: Resource | None, bits: int, value: int) -> bytes:
    slot = pools.index(resource, value)
    return bytes((POOL, slot)) if slot is not None else exact(value, bits)


def caller_bytes(call: Call, caller: int, vcpu: int) -> bytes:
    """Domain 0's vcpu 0 in one byte where the call's rule gives it; anyone else named."""
    if (caller, vcpu) == (0, 0) and call.caller is not Caller.GUEST:
        return bytes((0,))
    return bytes((FUZZ_CALLER_LITERAL,)) + caller.to_bytes(2, "little") + bytes((vcpu,))


def _element(pools: _Pools, lst: ListArg, element: Sequence[int]) -> bytes:
    return b"".join(
        _value(pools, field.uses, field.bits, value)
        for field, value in zip(lst.fields, element, strict=True)
    )


def resource_field(lst: ListArg) -> int:
    """The field a run counts up: the first that names a resource (csrc/fuzz_decode.c)."""
    return next((i for i, f in enumerate(lst.fields) if f.uses is not None), 0)


def _run_start(lst: ListArg, elements: Sequence[tuple[int, ...]]) -> int:
    """Where the run the list ends with starts: the first element from which each is the one
    before plus one in the resource field (the rest the same), as a run chunk makes them
    (at most FUZZ_LIST_EXTRA after the first); len(elements) when there is no such run of
    three or more."""
    field = resource_field(lst)
    top = lst.fields[field].max_value
    start = len(elements) - 1
    while start > 0 and len(elements) - start <= FUZZ_LIST_EXTRA:
        before, after = elements[start - 1], elements[start]
        stepped = before[:field] + ((before[field] + 1) & top,) + before[field + 1 :]
        if stepped != after:
            break
        start -= 1
    return start if len(elements) - start >= 3 else len(elements)


def list_bytes(pools: _Pools, lst: ListArg, elements: Sequence[int | Sequence[int]]) -> bytes:
    """The list's elements written out, FUZZ_LIST_ELEMENTS - 1 to a chunk, chunks chained by
    MORE; a run of neighbours it ends with is one run chunk's tail (a plain or run head ends
    the list).  Written out, a list holds at most MAX_ELEMENTS: a longer one is cut."""
    per_chunk = FUZZ_LIST_ELEMENTS - 1
    fields = [(e,) if isinstance(e, int) else tuple(e) for e in elements]
    start = _run_start(lst, fields)
    given, extra = fields[: start + 1], len(fields) - start - 1
    if start == len(fields):
        given, extra = fields[:MAX_ELEMENTS], 0
    given = given[:MAX_ELEMENTS]
    out = bytearray()
    while True:
        chunk, given = given[:per_chunk], given[per_chunk:]
        if given:
            out.append(FUZZ_LIST_MORE * FUZZ_LIST_ELEMENTS + len(chunk))
        elif extra:
            out.append(FUZZ_LIST_RUN * FUZZ_LIST_ELEMENTS + len(chunk))
            out.append(extra - 1)  # EXT: EXT + 1 more
        else:
            out.append(len(chunk))  # plain
        for element in chunk:
            out += _element(pools, lst, element)
        if not given:
            return bytes(out)


def list_length(lst: ListArg, elements: Sequence[int | Sequence[int]]) -> int:
    """How many elements the decoder gives the list list_bytes writes."""
    fields = [(e,) if isinstance(e, int) else tuple(e) for e in elements]
    start = _run_start(lst, fields)
    if start < len(fields):
        return min(start + 1, MAX_ELEMENTS) + len(fields) - start - 1
    return min(len(fields), MAX_ELEMENTS)


def room_byte(lst: ListArg, length: int, room: int) -> int:
    """The ROOM byte for an output list: the length's own room, none, one less or one more
    (another room is given as the length's)."""
    if room == 0 and min(length, lst.max_length) != 0:
        return FUZZ_ROOM_NULL
    if length and room == min(length - 1, lst.max_length) and room != min(length, lst.max_length):
        return FUZZ_ROOM_SHORT
    if room == min(length + 1, lst.max_length + 1) and room != min(length, lst.max_length):
        return FUZZ_ROOM_LONG
    return 0


def encode_call(pools: _Pools, record: Record) -> bytes:
    """One record's call bytes (its outputs are not fed to the pools here)."""
    call = record.spec
    selector = SELECTOR[call.id]
    out = bytearray(selector.to_bytes(2, "big"))
    out += caller_bytes(call, record.caller, record.vcpu)
    values = {spec.name: value for spec, value in zip(call.args, record.args, strict=True)}
    for spec, value in zip(call.args, record.args, strict=True):
        if isinstance(spec, ListArg):
            if spec.is_input:
                out += list_bytes(pools, spec, _elements(value))
            else:
                length = spec.fixed_length
                if length is None:
                    length = _int(values[str(spec.length)])
                out.append(room_byte(spec, length, _int(value)))
            continue
        number = _int(value)
        listed = call.arg(spec.length_of) if spec.length_of else None
        if isinstance(listed, ListArg) and listed.is_input:
            given = values[listed.name]
            if number == list_length(listed, _elements(given)):
                out += bytes((POOL, 0))  # the list's own length
                continue
        out += _value(pools, spec.uses, spec.bits, number)
    return bytes(out)


def feed(pools: _Pools, record: Record) -> None:
    """What the decoder's pools get from a call that succeeded: its scalar outputs' resources,
    then each output list's first FUZZ_POOL elements written (a count-returning call wrote as
    many as it returns)."""
    call = record.spec
    if record.rc == -1:
        return
    scalars = record.outputs[: len(call.outputs)]
    for output, value in zip(call.outputs, scalars, strict=False):
        pools.add(output.makes, _int(value))
    lists: list[OutValue] = list(record.outputs[len(call.outputs) :])
    for lst, written in zip(call.output_lists, lists, strict=False):
        elements = _elements(written)
        if call.returns is Returns.COUNT:
            elements = elements[: max(record.rc, 0)]
        for element in elements[:FUZZ_POOL]:
            values = (element,) if isinstance(element, int) else tuple(element)
            for field, value in zip(lst.fields, values, strict=True):
                pools.add(field.makes, value)


def encode(records: Iterable[Record]) -> bytes:
    """The fuzz input that decodes to ``records`` (their results feed the pools)."""
    out = bytearray()
    pools = _Pools()
    for record in records:
        if record.call not in SELECTOR:
            continue  # a call without a fuzz weight cannot be seeded
        out += encode_call(pools, record)
        feed(pools, record)
    return bytes(out)


def _int(value: ArgValue | OutValue) -> int:
    if not isinstance(value, int):
        raise TypeError(f"a scalar value, not {value!r}")
    return value


def _elements(value: ArgValue | OutValue) -> list[int | Sequence[int]]:
    if isinstance(value, int):
        raise TypeError(f"a list, not {value!r}")
    return list(value)
