"""Fuzz inputs from traces: records encode into the grammar the C decoder reads (csrc/fuzz.c),
with their callers and lists, and decode to the same calls; resources an earlier call made
are references into the decoder's pools."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fuzz_grammar import call_of, layouts, split_calls
from test_grammar import caller_of, count_at, list_at

from fuzz.encode import LITERAL, MAX_ELEMENTS, POOL, SELECTOR, SMALL, encode, list_length
from fuzz.mutator import make_mutator, random_input
from fuzz.target import MAX_CALLS, FuzzOutcome, FuzzTarget
from haptrace.catalogue import CATALOGUE, Direction, ListArg, lookup
from haptrace.catalogue.limits import (
    DOMID_SELF,
    FUZZ_CALLER_LITERAL,
    FUZZ_CTRL_STRATEGIES,
    FUZZ_LIST_ELEMENTS,
    FUZZ_ROOM_NULL,
    LIST_SHIFT,
)
from tracer.model import Record

ROOT = Path(__file__).resolve().parents[2]
TRACES = sorted((ROOT / "corpus").rglob("*.trace.txt"))


@pytest.fixture(scope="module")
def target() -> FuzzTarget:
    return FuzzTarget()


def _records(path: Path) -> list[Record]:
    from replay.engine import open_source

    chunks, _ = open_source(path).open_chunks()
    return [r for chunk in chunks for r in chunk.records()]


def _arguments(piece: bytes) -> list[bytes]:
    """The bytes of each argument of the call a piece encodes."""
    (layout,) = layouts(piece)
    assert layout.end == len(piece)
    return [piece[arg.start : arg.end] for arg in layout.args]


def _exact_positions(piece: bytes) -> list[bool]:
    """Per scalar argument of the call a piece encodes: whether its value is given exactly
    (small or literal), not picked from a pool."""
    return [arg[0] % FUZZ_CTRL_STRATEGIES in (SMALL, LITERAL) for arg in _arguments(piece)]


def _elements_at(outcome: FuzzOutcome, index: int, slot: int, spec: ListArg) -> tuple[object, ...]:
    """The elements of call index's list in slot as the trace model holds them: words, or
    a struct list's elements as tuples of their fields."""
    words = list_at(outcome, index, slot)
    if spec.stride == 1:
        return tuple(words)
    ref = int(outcome.calls[index]["arg"][slot])
    count, offset = ref & ((1 << LIST_SHIFT) - 1), ref >> LIST_SHIFT
    flat = outcome.pool[offset : offset + count * spec.stride]
    return tuple(tuple(flat[i : i + spec.stride]) for i in range(0, len(flat), spec.stride))


@pytest.mark.parametrize("path", TRACES, ids=lambda p: str(p.relative_to(ROOT / "corpus")))
def test_an_encoded_trace_decodes_to_its_calls(target: FuzzTarget, path: Path) -> None:
    records = _records(path)[:MAX_CALLS]
    data = encode(records)
    pieces = split_calls(data)
    assert b"".join(pieces) == data
    assert len(pieces) == len(records)
    outcome = target.run(data)
    assert outcome.finding == 0
    assert [int(c["call"]) for c in outcome.calls] == [r.call for r in records]
    for index, (record, piece) in enumerate(zip(records, pieces, strict=True)):
        assert caller_of(outcome, index) == (record.caller, record.vcpu)
        for slot, (spec, exact) in enumerate(
            zip(record.spec.args, _exact_positions(piece), strict=True)
        ):
            if isinstance(spec, ListArg) and spec.direction is Direction.IN:
                # A list longer than the encoding writes out (and not a run) is cut.
                given = tuple(record.args[slot])  # type: ignore[arg-type]
                kept = given[: list_length(spec, given)]
                assert _elements_at(outcome, index, slot, spec) == kept
            elif isinstance(spec, ListArg) and spec.is_input:
                # An INOUT list is seen as the call wrote it back (an exchange's
                # nr_exchanged, a multicall entry's result), on the fuzz machine, not the
                # trace's: its length is what the encoding fixes.
                decoded = _elements_at(outcome, index, slot, spec)
                assert len(decoded) == len(tuple(record.args[slot]))
            elif exact and not isinstance(spec, ListArg):
                decoded = int(outcome.calls[index]["arg"][slot])
                assert decoded == record.args[slot], f"{record.spec.name} {spec.name}"


def test_resources_an_earlier_call_produced_are_pool_references() -> None:
    nominate = lookup("memshr_nominate_gfn")
    share = lookup("memshr_share_gfns")
    records = [
        Record(nominate.id, (1, 0x10), 0, 0, (7,)),
        Record(nominate.id, (2, 0x10), 0, 0, (8,)),
        Record(share.id, (1, 0x10, 7, 2, 0x10, 8), 0, 0),
        Record(share.id, (1, 0x10, 99, 2, 0x10, 8), 0, 0),  # 99: never produced
    ]
    pieces = split_calls(encode(records))
    assert _exact_positions(pieces[2]) == [True, True, False, True, True, False]
    assert _exact_positions(pieces[3]) == [True, True, True, True, True, False]
    # the newest handle is pool slot 0, the one before it slot 1
    assert _arguments(pieces[2])[2] == bytes((POOL, 1))
    assert _arguments(pieces[2])[5] == bytes((POOL, 0))
    assert _arguments(pieces[3])[2] == bytes((SMALL, 99))
    assert _arguments(pieces[3])[1] == bytes((SMALL, 0x10))
    big = encode([Record(nominate.id, (1, 0x1234), 0, 0, (7,))])
    assert _arguments(big)[1] == bytes((LITERAL,)) + (0x1234).to_bytes(8, "little")


def test_every_call_with_a_fuzz_weight_has_a_selector() -> None:
    assert sorted(SELECTOR) == [call.id for call in CATALOGUE if call.family.fuzz_weight]


def test_a_seed_drives_the_same_dataflow_on_the_fuzz_machine(target: FuzzTarget) -> None:
    """Handles are references to what the nominates returned here, whatever the recording
    said: the share of two fresh nominations succeeds on the booted fuzz machine."""
    nominate = lookup("memshr_nominate_gfn")
    share = lookup("memshr_share_gfns")
    records = [
        Record(nominate.id, (1, 0x14), 0, 0, (1002,)),
        Record(nominate.id, (2, 0x14), 0, 0, (1003,)),
        Record(share.id, (1, 0x14, 1002, 2, 0x14, 1003), 0, 0),
    ]
    outcome = target.run(encode(records))
    assert outcome.raws == (0, 0, 0)
    first, second = (int(v) for v in (outcome.calls[2]["arg"][2], outcome.calls[2]["arg"][5]))
    assert first != 1002 and second == first + 1


def test_lists_and_callers_round_trip(target: FuzzTarget) -> None:
    """A guest's own extent lists, a toolstack op with a long non-contiguous list (two chunks),
    a claim longer than the list, and an output list without room decode as recorded."""
    decrease = lookup("decrease_reservation")
    populate = lookup("populate_physmap")
    increase = lookup("increase_reservation")
    gfns = tuple(range(0x10, 0x20, 2)) + (0x1F, 0x01)  # ten, not contiguous
    records = [
        Record(decrease.id, (DOMID_SELF, 2, 0, (0x10, 0x12)), 2, 0, caller=1, vcpu=1),
        Record(populate.id, (DOMID_SELF, 2, 0, 0, (0x10, 0x12)), 2, 0, caller=1, vcpu=0),
        Record(decrease.id, (2, 10, 0, gfns), 10, 0),
        Record(decrease.id, (2, 5, 0, (0x1D,)), 1, 0),
        Record(increase.id, (2, 1, 0, 0, 0), 1, 0, ((),)),
    ]
    data = encode(records)
    pieces = split_calls(data)
    assert len(pieces) == 5 and b"".join(pieces) == data
    assert pieces[0][2:6] == bytes((FUZZ_CALLER_LITERAL, 1, 0, 1))
    assert pieces[2][2] == 0  # domain 0's vcpu 0: one byte
    outcome = target.run(data)
    assert [caller_of(outcome, i) for i in range(5)] == [(1, 1), (1, 0), (0, 0), (0, 0), (0, 0)]
    assert list_at(outcome, 0, 3) == [0x10, 0x12]
    assert list_at(outcome, 2, 3) == list(gfns)
    assert data.count(bytes((FUZZ_LIST_ELEMENTS * 29 + 7,))) >= 1  # a MORE chunk of seven
    assert int(outcome.calls[3]["arg"][1]) == 5 and count_at(outcome, 3, 3) == 1
    assert count_at(outcome, 4, 4) == 0 and pieces[4][-1] == FUZZ_ROOM_NULL
    assert outcome.raws == (2, 2, 10, 1, 1)


def test_a_long_run_is_one_chunk_and_a_long_scattered_list_is_cut(target: FuzzTarget) -> None:
    decrease = lookup("decrease_reservation")
    run = tuple(range(0x100, 0x100 + 200))
    scattered = tuple(range(0, 2 * 70, 2))  # 70 elements, every other gfn
    data = encode(
        [
            Record(decrease.id, (2, 200, 0, (0x7, *run)), 0, 0),
            Record(decrease.id, (2, 70, 0, scattered), 0, 0),
        ]
    )
    first, _ = layouts(data)
    assert first.end - first.start < 30  # one element written out, then the run's byte
    outcome = target.run(data)
    assert list_at(outcome, 0, 3) == [0x7, *run]
    assert int(outcome.calls[0]["arg"][1]) == 200  # claimed as recorded: one fewer than given
    assert list_at(outcome, 1, 3) == list(scattered[:MAX_ELEMENTS])
    assert int(outcome.calls[1]["arg"][1]) == 70


def test_calls_without_arguments_alone_and_in_a_row(target: FuzzTarget) -> None:
    """A call without arguments is its selector and caller byte."""
    freed = lookup("sharing_freed_pages")
    used = lookup("sharing_used_frames")
    alone = encode([Record(freed.id, (), 0, 0)])
    assert len(alone) == 3
    assert [int(c["call"]) for c in target.run(alone).calls] == [freed.id]
    row = [Record(freed.id, (), 0, 0), Record(used.id, (), 0, 0), Record(freed.id, (), 0, 0)]
    data = encode(row)
    assert [call_of(p) for p in split_calls(data)] == [r.call for r in row]
    assert [int(c["call"]) for c in target.run(data).calls] == [r.call for r in row]


def test_the_mutator_keeps_inputs_within_the_size_limit() -> None:
    mutate = make_mutator()
    target = FuzzTarget()
    rng = random.Random(11)
    data = random_input(rng, 256)
    for seed in range(500):
        data = mutate(data, 256, seed) or random_input(rng, 256)
        assert len(data) <= 256
        assert target.run(data).finding == 0
