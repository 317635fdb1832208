"""The C mutator on lists and callers (csrc/fuzz_mutate.c): its call-level edits insert,
delete and duplicate list elements, change the length a call claims and the list's shape,
swap live resources into elements and give calls other callers, and what it makes decodes
to valid and to hostile lists."""

from __future__ import annotations

import random
from collections import Counter

from fuzz_grammar import layouts, split_calls
from test_grammar import (
    DOM0,
    TARGET,
    caller,
    caller_of,
    count_at,
    decrease,
    head,
    list_at,
    literal,
    pool,
    sel,
    small,
)

from fuzz.mutator import make_mutator
from haptrace.catalogue import lookup
from haptrace.catalogue.limits import DOMID_SELF, FUZZ_CTRL_POOL_LAST, RAW_REFUSED_LIMIT

DECREASE = lookup("decrease_reservation").id
INCREASE = lookup("increase_reservation").id

BASE = (
    sel("memshr_nominate_gfn")
    + DOM0
    + small(1)
    + small(0x10)
    + decrease(caller(1, 0), literal(DOMID_SELF, 16), pool(), head(0, 3))
    + small(0x20)
    + small(0x21)
    + small(0x30)
    + sel("increase_reservation")
    + DOM0
    + small(2)
    + small(2)
    + small(0)
    + small(0)
    + b"\x00"
    + sel("guest_read")
    + DOM0
    + small(2)
    + small(0x11)
    + small(0)
)


def _reservations(data: bytes) -> list[tuple[int, int, int, tuple[int, int], tuple[int, ...]]]:
    """(call, elements given, claimed length, caller, elements) of each reservation op."""
    outcome = TARGET.run(data)
    out = []
    for index, row in enumerate(outcome.calls):
        call = int(row["call"])
        if call == DECREASE:
            count, elements = count_at(outcome, index, 3), tuple(list_at(outcome, index, 3))
        elif call == INCREASE:
            count, elements = count_at(outcome, index, 4), ()
        else:
            continue
        claimed = int(row["arg"][1])
        out.append((call, count, claimed, caller_of(outcome, index), elements))
    return out


def _whole(data: bytes) -> bool:
    """Whether the input is whole calls (its last call is not cut off)."""
    calls = layouts(data)
    return not calls or calls[-1].end <= len(data)


def test_the_base_input_decodes_as_written() -> None:
    assert len(split_calls(BASE)) == 4 and _whole(BASE)
    assert _reservations(BASE) == [
        (DECREASE, 3, 3, (1, 0), (0x20, 0x21, 0x30)),
        (INCREASE, 2, 2, (0, 0), ()),
    ]


def test_mutations_edit_lists_and_callers_and_stay_structured() -> None:
    mutate = make_mutator()
    base = _reservations(BASE)[0]
    counts: Counter[int] = Counter()  # elements given, relative to the base's 3
    claims: Counter[str] = Counter()
    callers: set[tuple[int, int]] = set()
    swapped = shapes = whole = 0
    base_layout = layouts(BASE)[1].args[3]
    for seed in range(20000):
        out = mutate(BASE, 256, seed)
        whole += _whole(out)
        for call, count, claimed, who, elements in _reservations(out):
            if call != DECREASE:
                continue
            counts[count - base[1]] += 1
            claims["valid" if claimed == count else "hostile"] += 1
            callers.add(who)
            if elements and elements[0] != 0x20 and count == 3:
                swapped += 1
        for layout in layouts(out):
            last_head = layout.args[3].heads[-1] if layout.call.id == DECREASE else len(out)
            if last_head < len(out):
                shapes += out[last_head] // 8 != BASE[base_layout.heads[0]] // 8
    # Elements inserted and duplicated (+1), deleted (-1); runs and max_length (more).
    assert counts[1] > 50 and counts[-1] > 50 and counts[0] > 1000
    assert any(delta > 1 for delta in counts)
    assert claims["valid"] > 1000 and claims["hostile"] > 50
    assert len(callers) >= 4 and (0, 0) in callers  # the guest, domain 0, other guests
    assert swapped > 20 and shapes > 20
    assert 0.6 < whole / 20000 < 1  # byte edits cut some calls short


def test_a_swapped_in_resource_is_a_pool_pick() -> None:
    """Some mutations leave the decrease's list with an element whose control byte is a
    pool pick where the base had a small value."""
    mutate = make_mutator()
    base_elements = layouts(BASE)[1].args[3].elements
    found = 0
    for seed in range(20000):
        out = mutate(BASE, 256, seed)
        if len(out) != len(BASE) or out[: base_elements[0]] != BASE[: base_elements[0]]:
            continue
        found += any(out[at] <= FUZZ_CTRL_POOL_LAST for at in base_elements)
    assert found > 10


def test_mutated_inputs_with_lists_run_cleanly() -> None:
    """Whatever the mutator makes of list-carrying inputs runs without a finding on the clean
    engine or a crash, and some of it is refused (a list past its limit)."""
    mutate = make_mutator()
    rng = random.Random(7)
    data = BASE
    refused = 0
    for seed in range(5000):
        data = mutate(data, 256, seed) or BASE
        if rng.random() < 0.05:
            data = BASE
        outcome = TARGET.run(data)
        assert outcome.finding == 0, (data.hex(), outcome)
        refused += any(raw <= RAW_REFUSED_LIMIT for raw in outcome.raws)
    assert refused > 0
