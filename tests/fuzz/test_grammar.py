"""The fuzz grammar (csrc/fuzz.c's header comment): call choice by selector, callers, lists
and output lists' room, decoded by the engine from bytes built here by hand, and the
numbers C and Python share for it (a test fails on drift)."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from fuzz_grammar import call_of, layouts, split_calls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.boot import DOMAINS
from fuzz.encode import SELECTOR
from fuzz.mutator import random_input
from fuzz.target import FUZZ_CONFIG, MAX_CALLS, FuzzOutcome, FuzzTarget
from fuzz.target import boot as boot_records
from haptrace.binding import lean
from haptrace.binding.fuzz import LIST_WORDS, call_for_selector, selector_for_call
from haptrace.catalogue import CATALOGUE, Caller, ListArg, lookup
from haptrace.catalogue import limits as catalogue_limits
from haptrace.catalogue.limits import (
    DOMID_SELF,
    FUZZ_CALLER_LITERAL,
    FUZZ_CTRL_LITERAL,
    FUZZ_CTRL_POOL_LAST,
    FUZZ_CTRL_SMALL,
    FUZZ_CTRL_SPECIAL,
    FUZZ_CTRL_STRATEGIES,
    FUZZ_LIST_BEYOND,
    FUZZ_LIST_ELEMENTS,
    FUZZ_LIST_EXTRA,
    FUZZ_LIST_MAX,
    FUZZ_LIST_MORE,
    FUZZ_LIST_RUN,
    FUZZ_LIST_SCATTER,
    FUZZ_ROOM_LONG,
    FUZZ_ROOM_NULL,
    FUZZ_ROOM_SHORT,
    FUZZ_SELECTORS,
    LIST_SHIFT,
    RAW_REFUSED_LIMIT,
)
from haptrace.catalogue.model import ERRNO_BITS
from replay import Machine

TARGET = FuzzTarget()
DECREASE = lookup("decrease_reservation")
POPULATE = lookup("populate_physmap")
INCREASE = lookup("increase_reservation")
MAX_LENGTH = next(a for a in DECREASE.args if isinstance(a, ListArg)).max_length

# ---- building inputs by hand --------------------------------------------------------------


def sel(name: str) -> bytes:
    return SELECTOR[lookup(name).id].to_bytes(2, "big")


def small(value: int) -> bytes:
    return bytes((FUZZ_CTRL_SMALL, value))


def special(payload: int) -> bytes:
    return bytes((FUZZ_CTRL_SPECIAL, payload))


def literal(value: int, bits: int) -> bytes:
    return bytes((FUZZ_CTRL_LITERAL,)) + value.to_bytes((bits + 7) // 8, "little")


def pool(payload: int = 0) -> bytes:
    return bytes((0, payload))


def caller(domid: int, vcpu: int) -> bytes:
    return bytes((FUZZ_CALLER_LITERAL,)) + domid.to_bytes(2, "little") + bytes((vcpu,))


DOM0 = b"\x00"


def head(shape: int, count: int) -> bytes:
    return bytes((shape * FUZZ_LIST_ELEMENTS + count,))


def decrease(who: bytes, domid: bytes, length: bytes, the_list: bytes) -> bytes:
    return sel("decrease_reservation") + who + domid + length + small(0) + the_list


def list_at(outcome: FuzzOutcome, index: int, slot: int) -> list[int]:
    ref = int(outcome.calls[index]["arg"][slot])
    offset, count = ref >> LIST_SHIFT, ref & ((1 << LIST_SHIFT) - 1)
    return list(outcome.pool[offset : offset + count])


def count_at(outcome: FuzzOutcome, index: int, slot: int) -> int:
    return int(outcome.calls[index]["arg"][slot]) & ((1 << LIST_SHIFT) - 1)


def words_before(outcome: FuzzOutcome, index: int, slot: int) -> int:
    """The pool words the lists decoded before call index's input list in slot took: the
    earlier calls' lists, and this call's input lists before it (output rooms come last)."""
    used = 0
    for i, row in enumerate(outcome.calls[: index + 1]):
        for s, spec in enumerate(CATALOGUE[int(row["call"])].args):
            if not isinstance(spec, ListArg) or (i == index and (s >= slot or not spec.is_input)):
                continue
            ref = int(row["arg"][s])
            count = ref & ((1 << LIST_SHIFT) - 1)
            if ref and count <= spec.max_length:
                used = max(used, (ref >> LIST_SHIFT) + count * spec.stride)
    return used


def caller_of(outcome: FuzzOutcome, index: int) -> tuple[int, int]:
    return int(outcome.calls[index]["caller"]), int(outcome.calls[index]["vcpu"])


# ---- the numbers C and Python share ---------------------------------------------------------


def test_the_build_shares_the_catalogues_numbers() -> None:
    build = lean.engine()
    for name, (value, _) in catalogue_limits.shared().items():
        assert build.limit(name) == value, name
    assert build.limit("ERRNO_BITS") == ERRNO_BITS
    with pytest.raises(Exception, match="no number"):
        build.limit("NO_SUCH_NUMBER")


def _catalogue_shares() -> list[tuple[int, int]]:
    """[start, end) of each call's share of the selectors' line, from the catalogue."""
    out, total = [], 0
    for call in CATALOGUE:
        out.append((total, total + call.family.fuzz_weight))
        total += call.family.fuzz_weight
    return out


def test_selectors_follow_the_catalogues_fuzz_weights() -> None:
    shares = _catalogue_shares()
    total = shares[-1][1]
    assert 0 < total <= FUZZ_SELECTORS
    counts: Counter[int] = Counter()
    for selector in range(FUZZ_SELECTORS):
        point = selector * total // FUZZ_SELECTORS
        expected = next(c for c, (start, end) in enumerate(shares) if start <= point < end)
        call = call_for_selector(selector)
        assert call == expected, selector
        counts[call] += 1
    for call in CATALOGUE:
        first = selector_for_call(call.id)
        if call.family.fuzz_weight == 0:
            assert first is None and counts[call.id] == 0
            continue
        assert first is not None and call_for_selector(first) == call.id
        assert first == 0 or call_for_selector(first - 1) != call.id
        # A call's share of the selectors is its weight's share of the total.
        assert abs(counts[call.id] - FUZZ_SELECTORS * call.family.fuzz_weight / total) <= 1
    assert {
        c.id: selector_for_call(c.id) for c in CATALOGUE if selector_for_call(c.id) is not None
    } == SELECTOR


# ---- the walk agrees with the decoder --------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400))
def test_split_calls_cuts_where_the_decoder_starts_each_call(data: bytes) -> None:
    pieces = split_calls(data)
    joined = b"".join(pieces)
    assert data.startswith(joined)
    assert joined == data or len(pieces) == MAX_CALLS
    outcome = TARGET.run(data)
    assert len(pieces) == len(outcome.calls)
    assert [call_of(p) for p in pieces] == [int(c["call"]) for c in outcome.calls]


def test_split_calls_on_random_inputs() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        data = random_input(rng, 4096)
        pieces = split_calls(data)
        outcome = TARGET.run(data)
        assert len(pieces) == len(outcome.calls)
        assert [call_of(p) for p in pieces] == [int(c["call"]) for c in outcome.calls]
        assert b"".join(pieces) == data[: len(b"".join(pieces))]


def test_random_inputs_are_whole_calls() -> None:
    """The engine's fresh inputs are whole calls, each of which splits alone as itself."""
    rng = random.Random(5)
    for _ in range(500):
        data = random_input(rng, 4096)
        pieces = split_calls(data)
        assert b"".join(pieces) == data and 2 <= len(pieces) <= 23
        for call in pieces:
            assert split_calls(call) == [call]
            assert split_calls(call + b"\x00")[0] == call


def test_a_cut_off_last_call_reads_its_missing_bytes_as_zero() -> None:
    whole = decrease(caller(1, 0), literal(DOMID_SELF, 16), pool(), head(0, 2))
    whole += small(0x10) + small(0x11)
    assert split_calls(whole) == [whole]
    for cut in range(1, len(whole)):
        padded = whole[:cut] + bytes(len(whole) - cut)
        short, full = TARGET.run(whole[:cut]), TARGET.run(padded)
        assert short.calls[:1].tobytes() == full.calls[:1].tobytes()
        assert list_at(short, 0, 3) == list_at(full, 0, 3)


# ---- callers ---------------------------------------------------------------------------------


def test_a_guest_balloons_itself_with_domid_self() -> None:
    data = decrease(caller(1, 1), literal(DOMID_SELF, 16), pool(), head(0, 2))
    data += small(0x10) + small(0x12)
    data += sel("populate_physmap") + caller(1, 0) + literal(DOMID_SELF, 16) + pool() + small(0)
    data += small(0) + head(0, 1) + small(0x10)
    outcome = TARGET.run(data)
    assert [caller_of(outcome, i) for i in range(2)] == [(1, 1), (1, 0)]
    assert int(outcome.calls[0]["arg"][0]) == DOMID_SELF
    assert list_at(outcome, 0, 3) == [0x10, 0x12]
    assert int(outcome.calls[0]["arg"][1]) == 2  # the pool strategy: the list's length
    assert outcome.raws == (2, 1)


def test_callers_follow_each_calls_catalogue_rule() -> None:
    """Toolstack calls come from domain 0 nearly always, calls either may make from a guest a
    good part of the time, and every guest caller is a running vcpu of a live guest."""
    vcpus = {domid: n for domid, _, _, _, n, _ in DOMAINS}
    by_rule: dict[Caller, Counter[bool]] = {rule: Counter() for rule in Caller}
    rng = random.Random(21)
    for _ in range(3000):
        outcome = TARGET.run(random_input(rng, 256))
        for index, row in enumerate(outcome.calls):
            domid, vcpu = caller_of(outcome, index)
            call = CATALOGUE[int(row["call"])]
            by_rule[call.caller][domid != 0] += 1
            if domid and outcome.raws[index] > RAW_REFUSED_LIMIT:
                # A guest the input created later may call too.
                assert (domid in vcpus and vcpu < vcpus[domid]) or domid not in vcpus
    toolstack, either = by_rule[Caller.TOOLSTACK], by_rule[Caller.ANY]
    assert 0.02 < toolstack[True] / toolstack.total() < 0.12
    assert 0.15 < either[True] / either.total() < 0.45


def test_a_guest_caller_is_a_running_vcpu() -> None:
    """Domain 1 paused: a call a guest makes comes from domain 2, 3 or 4 (CALLER / 16 picks
    among the running vcpus: domain 4's vcpu 1 is down), whatever its byte."""
    pause = sel("domain_pause") + DOM0 + small(1)
    seen = set()
    for pick in range(16):
        who = bytes((pick * 16 + 13,))  # 13: any guest, for a call either may make
        data = pause + decrease(who, pool(), pool(), head(0, 1) + small(0x30))
        outcome = TARGET.run(data)
        assert outcome.raws[0] == 0
        seen.add(caller_of(outcome, 1))
    assert seen == {(2, 0), (2, 1), (3, 0), (4, 0)}


def test_each_running_guest_is_an_equally_likely_caller() -> None:
    """CALLER / 16 picks the guest first, then its vcpu: a one-vcpu guest (domain 3, the
    device model; domain 4, whose vcpu 1 is down) calls as often as a two-vcpu one."""
    domains: Counter[int] = Counter()
    seen = set()
    for pick in range(16):
        who = bytes((pick * 16 + 14,))  # 13 and 14: any guest
        outcome = TARGET.run(decrease(who, pool(), pool(), head(0, 1) + small(0x30)))
        domains[caller_of(outcome, 0)[0]] += 1
        seen.add(caller_of(outcome, 0))
    assert domains == {1: 4, 2: 4, 3: 4, 4: 4}
    assert seen == {(1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (4, 0)}


def test_a_device_model_makes_a_share_of_the_guest_calls_of_the_toolstack_ops() -> None:
    """A call either may make, with caller mode 11 (a quarter of its guest modes), and a
    toolstack call a guest makes with CALLER / 16 from 8, come from the running device model
    (domain 3, domain 1's: XSM_DM_PRIV lets it through where other guests are refused);
    modes 12 to 14 and the toolstack's lower half pick any running guest (a larger share
    cost the PV guest the memory_exchange calls the XSA-29 bugs need)."""
    modes = ((11, {3}), (12, {1, 2, 3, 4}), (13, {1, 2, 3, 4}), (14, {1, 2, 3, 4}))
    for mode, callers in modes:
        seen = set()
        for pick in range(16):
            who = bytes((pick * 16 + mode,))
            outcome = TARGET.run(decrease(who, pool(), pool(), head(0, 1) + small(0x30)))
            seen.add(caller_of(outcome, 0)[0])
        assert seen == callers, mode
    mapped = Counter()
    for pick in range(16):
        who = bytes((pick * 16 + FUZZ_CALLER_LITERAL - 1,))  # 14: a guest, for a toolstack op
        data = sel("map_resource") + who + pool() * 6 + bytes((0,))
        mapped[caller_of(TARGET.run(data), 0)[0]] += 1
    assert mapped[3] == 8 + 2 and sum(mapped.values()) == 16, mapped


def test_a_guests_own_call_may_repeat_the_previous_guest() -> None:
    """A guest's own call with caller modes 0 to 3 is made by the previous call's guest when
    it still runs (a guest's chain of calls on its own state); from mode 4 on, and after a
    call of domain 0, CALLER / 16 picks."""
    set_version = sel("gnttab_set_version")
    for pick in range(16):
        first = set_version + bytes((pick * 16 + 4,)) + small(2)
        for mode, same in ((0, True), (3, True), (4, False)):
            outcome = TARGET.run(first + set_version + bytes((mode,)) + small(2))
            caller0, caller1 = caller_of(outcome, 0), caller_of(outcome, 1)
            if same:
                assert caller1 == caller0
            else:
                assert caller1 == caller_of(TARGET.run(set_version + bytes((mode,)) + small(2)), 0)
    alloc = sel("evtchn_alloc_unbound") + DOM0 + small(2) + small(0)
    after_dom0 = alloc + set_version + bytes((0,)) + small(2)
    assert caller_of(TARGET.run(after_dom0), 1) == caller_of(
        TARGET.run(set_version + bytes((0,)) + small(2)), 0
    )


def test_a_guest_names_every_other_domain_and_a_device_model_its_target() -> None:
    """A guest's pool pick of another domain names each live guest (domain 2 names domain 1:
    the pick once read the bit that had chosen "another domain", and named only the second
    and fourth live guests), and a device model names its target (domain 1) half the time."""
    named: dict[int, Counter[int]] = {2: Counter(), 3: Counter()}
    for domid in named:
        for b in range(256):
            data = sel("evtchn_alloc_unbound") + caller(domid, 0) + bytes((0, b)) + small(0)
            named[domid][int(TARGET.run(data).calls[0]["arg"][0])] += 1
    assert all(named[2][d] > 10 for d in (1, 3, 4)), named[2]
    assert named[3][1] > 64 + 12 and named[3][2] > 10 and named[3][4] > 10, named[3]


def test_a_domain_no_page_follows_is_any_live_domain() -> None:
    """A (domain, gfn) pair is picked only for a domain a gfn or handle follows: a pool pick
    of evtchn_alloc_unbound's domain names the live domains about equally (the pairs, the
    boot's sharing and paging pages, are domains 1 and 2's), while decrease_reservation's
    takes the pairs' domains half the time."""
    alloc: Counter[int] = Counter()
    drop: Counter[int] = Counter()
    for b in range(256):
        data = sel("evtchn_alloc_unbound") + DOM0 + bytes((0, b)) + small(0)
        alloc[int(TARGET.run(data).calls[0]["arg"][0])] += 1
        data = decrease(DOM0, bytes((0, b)), pool(), head(0, 1) + pool())
        drop[int(TARGET.run(data).calls[0]["arg"][0])] += 1
    for domid in (1, 2, 3, 4):
        assert 40 < alloc[domid] < 70, alloc
    assert drop[1] + drop[2] > 2 * (drop[3] + drop[4]), drop


def test_a_plain_number_favours_its_default() -> None:
    """A pool pick of an argument the catalogue gives a default takes it half the time (b
    from 0x80), besides what the plain numbers give: extent_order and mem_flags 0 come out
    close to five times in eight, inject_fault's nth 1 too; 2 stays common, and the plain
    numbers still reach 15."""
    zero_order = zero_flags = 0
    nth: Counter[int] = Counter()
    for b in range(256):
        data = sel("increase_reservation") + DOM0 + small(1) + small(1) + pool(b) + pool(b)
        row = TARGET.run(data + bytes((FUZZ_ROOM_NULL,))).calls[0]
        zero_order += int(row["arg"][2]) == 0
        zero_flags += int(row["arg"][3]) == 0
        nth[int(TARGET.run(sel("inject_fault") + DOM0 + pool() + pool(b)).calls[0]["arg"][1])] += 1
    assert zero_order == zero_flags and 0.58 < zero_order / 256 < 0.68
    assert 0.58 < nth[1] / 256 < 0.68 and nth[2] / 256 > 0.05 and nth[15] > 0


def test_special_values_know_the_hosts_free_frames() -> None:
    """The last two special values of a scalar are the host's free frames and one less: a
    balloon-up of domain 4 (ballooned down at boot, room for the whole host) by that many
    extents leaves the host one free frame, or none."""
    payloads: dict[int, int] = {}
    for payload in range(256):
        data = sel("domain_setmaxmem") + DOM0 + small(4) + special(payload)
        payloads.setdefault(int(TARGET.run(data).calls[0]["arg"][1]), payload)
    machine = Machine(FUZZ_CONFIG)
    boot_records(machine)
    free = int(machine.counters()["free_frames"])
    assert free > 2
    for left in (0, 1):
        data = sel("increase_reservation") + DOM0 + small(4) + special(payloads[free - left])
        outcome = TARGET.run(data + small(0) + small(0) + bytes((FUZZ_ROOM_NULL,)))
        assert outcome.raws == (free - left,) and outcome.finding == 0


def test_a_sentinel_is_one_pool_pick_in_four() -> None:
    """hvm_get_mem_access's pfn (Arg.sentinel ~0, the domain's default access) is ~0 for the
    pool picks whose payload is 3 mod 4, and a live gfn otherwise."""
    pfns = Counter()
    for b in range(256):
        data = sel("hvm_get_mem_access") + DOM0 + small(1) + pool(b)
        pfns[int(TARGET.run(data).calls[0]["arg"][1]) == (1 << 64) - 1] += 1
    assert pfns[True] == 64, pfns
    for b in (0, 6, 7, 14, 255):
        data = sel("hvm_get_mem_access") + DOM0 + small(1) + pool(b)
        assert (int(TARGET.run(data).calls[0]["arg"][1]) == (1 << 64) - 1) == (b % 4 == 3)


def test_an_output_lists_length_may_be_the_hosts_free_frames() -> None:
    """One pool pick in eight (payload 6 mod 8) of an output list's length is the host's free
    frames or one less: increase_reservation of domain 4 (ballooned down) by that many
    extents leaves the host no free frame, or one."""
    machine = Machine(FUZZ_CONFIG)
    boot_records(machine)
    free = int(machine.counters()["free_frames"])
    lengths = Counter()
    for b in range(256):
        data = sel("increase_reservation") + DOM0 + small(4) + pool(b) + small(0) + small(0)
        outcome = TARGET.run(data + bytes((FUZZ_ROOM_NULL,)))
        lengths[int(outcome.calls[0]["arg"][1])] += 1
        if b % 8 == 6:
            assert outcome.raws[0] == free - (1 if b & 8 else 0) and outcome.finding == 0
    assert lengths[free] == lengths[free - 1] == 16, lengths


def test_a_literal_caller_that_does_not_exist_is_refused() -> None:
    outcome = TARGET.run(decrease(caller(9, 0), small(1), pool(), head(0, 1) + small(0x20)))
    assert caller_of(outcome, 0) == (9, 0)
    assert outcome.raws[0] <= RAW_REFUSED_LIMIT and outcome.finding == 0


# ---- lists -----------------------------------------------------------------------------------


def test_list_shapes() -> None:
    """A run of neighbours, scattered live values, chunks chained by MORE, max_length, and
    past it (refused, nothing written)."""
    base = small(0x10)
    run = TARGET.run(decrease(DOM0, small(1), pool(), head(FUZZ_LIST_RUN, 1) + b"\x02" + base))
    assert list_at(run, 0, 3) == [0x10, 0x11, 0x12, 0x13]
    scatter = TARGET.run(
        decrease(DOM0, small(1), pool(), head(FUZZ_LIST_SCATTER, 1) + b"\x05" + base)
    )
    values = list_at(scatter, 0, 3)
    assert len(values) == 1 + 5 % FUZZ_LIST_EXTRA + 1 and values[0] == 0x10
    assert len(set(values[1:])) > 1  # from the gfn pool, not a run
    chained = head(FUZZ_LIST_MORE, 2) + small(1) + small(2) + head(0, 1) + small(3)
    assert list_at(TARGET.run(decrease(DOM0, small(1), pool(), chained)), 0, 3) == [1, 2, 3]
    longest = TARGET.run(decrease(DOM0, small(1), pool(), head(FUZZ_LIST_MAX, 1) + base))
    assert list_at(longest, 0, 3) == [0x10 + i for i in range(MAX_LENGTH)]
    assert int(longest.calls[0]["arg"][1]) == MAX_LENGTH
    beyond = TARGET.run(decrease(DOM0, small(1), pool(), head(FUZZ_LIST_BEYOND, 1) + base))
    assert count_at(beyond, 0, 3) == MAX_LENGTH + 1 and beyond.pool == ()
    assert beyond.raws[0] <= RAW_REFUSED_LIMIT


def test_hostile_claimed_lengths() -> None:
    """A length argument's special values: 0, one short, one over, the limit, past it, the
    count with bit 32 set, all ones, twice the count; small and literal ones are exact."""
    given = head(0, 2) + small(0x10) + small(0x11)
    claimed = []
    for payload in range(8):
        outcome = TARGET.run(decrease(DOM0, small(1), special(payload), given))
        claimed.append(int(outcome.calls[0]["arg"][1]))
        assert list_at(outcome, 0, 3) == [0x10, 0x11]
    assert claimed == [0, 1, 3, MAX_LENGTH, MAX_LENGTH + 1, 2 | 1 << 32, (1 << 64) - 1, 4]
    outcome = TARGET.run(decrease(DOM0, small(1), small(7), given))
    assert int(outcome.calls[0]["arg"][1]) == 7
    # Claiming more than it gave: the elements it has, then a copy fault.
    assert outcome.raws == (2,) and outcome.reasons[0] == _reason("RESERVATION_COPY_FAULT")


def test_output_lists_get_room() -> None:
    """increase_reservation's room: what the length claims, none, one less, one more; the
    frames it wrote are in the pool."""
    rooms = {}
    for mode in (0, FUZZ_ROOM_NULL, FUZZ_ROOM_SHORT, FUZZ_ROOM_LONG):
        data = sel("increase_reservation") + DOM0 + small(1) + small(2) + small(0) + small(0)
        outcome = TARGET.run(data + bytes((mode,)))
        rooms[mode] = count_at(outcome, 0, 4)
        frames = list_at(outcome, 0, 4)
        done = outcome.raws[0]
        # A NULL handle: nothing written, every extent done; short room: a copy fault.
        assert done == (2 if mode == FUZZ_ROOM_NULL else min(2, rooms[mode]))
        written = frames[: min(done, rooms[mode])]
        assert len(set(written)) == len(written) and all(written)
    assert rooms == {0: 2, FUZZ_ROOM_NULL: 0, FUZZ_ROOM_SHORT: 1, FUZZ_ROOM_LONG: 3}


def test_list_elements_feed_the_gfn_pool() -> None:
    """The newest gfn a later pool pick takes is the list's last element the decoder saw."""
    data = decrease(DOM0, small(1), pool(), head(0, 1) + small(0x25))
    data += sel("memshr_debug_gfn") + DOM0 + small(1) + pool(0)
    outcome = TARGET.run(data)
    assert int(outcome.calls[1]["arg"][1]) == 0x25


def test_a_full_pool_cuts_the_lists_short() -> None:
    small_pool = FuzzTarget()
    from haptrace.binding.fuzz import CHECK_INVARIANTS, Executor

    small_pool._executor = Executor(small_pool.lean.machine, MAX_CALLS, CHECK_INVARIANTS, 10)
    small_pool.run_fast = small_pool._executor.run
    data = decrease(DOM0, small(1), pool(), head(FUZZ_LIST_MAX, 1) + small(0x10)) * 2
    outcome = small_pool.run(data)
    assert count_at(outcome, 0, 3) == 10 and count_at(outcome, 1, 3) == 0
    assert int(outcome.calls[0]["arg"][1]) == 10  # the list's length is what it gave


def _reason(reason_id: str) -> int:
    from haptrace.catalogue import REASONS

    return next(i for i, r in enumerate(REASONS) if r.id == reason_id)


def _decoded_lists(seed: int, inputs: int) -> list[dict[str, Any]]:
    """Every reservation op random inputs decode to, with its caller, list and claim."""
    rng = random.Random(seed)
    seen = []
    for _ in range(inputs):
        data = random_input(rng, 256)
        outcome = TARGET.run(data)
        for index, row in enumerate(outcome.calls):
            call = CATALOGUE[int(row["call"])]
            if call not in (DECREASE, POPULATE):
                continue
            slot = next(i for i, a in enumerate(call.args) if isinstance(a, ListArg))
            seen.append(
                {
                    "caller": caller_of(outcome, index)[0],
                    "domid": int(row["arg"][0]),
                    "claimed": int(row["arg"][1]),
                    "count": count_at(outcome, index, slot),
                    "elements": list_at(outcome, index, slot),
                    "raw": outcome.raws[index],
                }
            )
    return seen


def test_random_inputs_hold_guests_own_reservation_ops_and_hostile_lists() -> None:
    seen = _decoded_lists(31, 12000)
    own = [s for s in seen if s["caller"] and s["domid"] == DOMID_SELF]
    # About one input in 150 (79 of these 12000), and about a quarter of them succeed: 4000
    # inputs held 20 and, by chance, no success.
    assert len(own) > 40 and sum(s["raw"] > 0 for s in own) > 5
    assert any(s["claimed"] == s["count"] and s["count"] > 1 for s in seen)
    assert any(s["claimed"] > s["count"] for s in seen)  # claims more than it gave
    assert any(0 < s["claimed"] < s["count"] for s in seen)  # claims fewer
    assert any(s["claimed"] == 0 and s["count"] for s in seen)
    assert any(s["count"] == MAX_LENGTH for s in seen)
    assert any(s["count"] == MAX_LENGTH + 1 and s["raw"] <= RAW_REFUSED_LIMIT for s in seen)
    runs = [s for s in seen if len(s["elements"]) >= 4]
    assert any(
        all(b == a + 1 for a, b in zip(s["elements"], s["elements"][1:], strict=False))
        for s in runs
    )
    assert any(len(set(s["elements"])) >= 3 for s in seen)  # scattered values


def tied_count(data: bytes, outcome: FuzzOutcome, index: int, layout: Any, slot: int) -> int | None:
    """The count a list takes from its call's first list whose length an argument gives
    (csrc/fuzz_decode.c tied_length; the first that is not empty): when its own length
    argument is a pool pick with the control byte's top two bits set; None otherwise."""
    call = CATALOGUE[int(outcome.calls[index]["call"])]
    spec = call.args[slot]
    assert isinstance(spec, ListArg) and isinstance(spec.length, str)
    ctrl = data[layout.args[call._position(spec.length)].start]
    if ctrl < 0xC0 or ctrl % FUZZ_CTRL_STRATEGIES > FUZZ_CTRL_POOL_LAST:
        return None
    for first, other in enumerate(call.args[:slot]):
        if isinstance(other, ListArg) and isinstance(other.length, str) and other.is_input:
            count = count_at(outcome, index, first)
            if count:  # an empty list leaves the next one first
                return count
    return None


def test_layouts_of_lists_match_the_decoders_counts() -> None:
    """Every explicit element the walk finds is decoded (a plain list's count is its
    elements written out; a fixed-length list's is its fixed length, a run completing it)."""
    rng = random.Random(41)
    checked = 0
    for _ in range(1000):
        data = random_input(rng, 256)
        outcome = TARGET.run(data)
        for index, layout in enumerate(layouts(data)[: len(outcome.calls)]):
            for slot, arg in enumerate(layout.args):
                if arg.kind != "list" or layout.end > len(data):
                    continue
                shape = data[arg.heads[-1]] // FUZZ_LIST_ELEMENTS
                if shape < FUZZ_LIST_RUN or shape == FUZZ_LIST_MORE:
                    spec = CATALOGUE[int(outcome.calls[index]["call"])].args[slot]
                    assert isinstance(spec, ListArg)
                    expected = spec.fixed_length
                    if expected is None:
                        expected = tied_count(data, outcome, index, layout, slot)
                    if expected is None:
                        expected = len(arg.elements)
                    # A list the word pool has no room left for is cut short.
                    room = (LIST_WORDS - words_before(outcome, index, slot)) // spec.stride
                    assert count_at(outcome, index, slot) == min(expected, room)
                    checked += 1
    assert checked > 100


def test_spec_keys_hold_errnos_past_eight_bits() -> None:
    assert TARGET.lean.machine.engine.lib.ht_fuzz_spec_keys() == len(CATALOGUE) << ERRNO_BITS
    outcome = TARGET.run(sel("memshr_nominate_gfn") + DOM0 + small(9) + small(1))
    assert outcome.raws[0] < 0
    key = TARGET.spec_keys(1)[0]
    assert key == lookup("memshr_nominate_gfn").id << ERRNO_BITS | -outcome.raws[0]
