"""What the deep tier's chains need from the search (issue 18): the boot's keys and mapping
in every input's pools (csrc/fuzz_decode.c seed_keys, fuzz/boot.py seed_pairs), and state
classes that see how close a call came to a check's other side (csrc/exchange.c and
csrc/gnttab.c fuzz_class: the value profile of an exchange's allocation below its
address_bits limit; which status frames a mapping holds when a table leaves v2).  Each test
fails on the engine before these changes."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from fuzz_grammar import layouts
from test_grammar import (
    DOM0,
    TARGET,
    caller,
    caller_of,
    decrease,
    head,
    list_at,
    literal,
    pool,
    sel,
    small,
)
from test_search import STATE_START, VIRQ, mutations_with_kept

from fuzz.boot import TMEM_BOOT
from fuzz.encode import encode
from fuzz.findings import FindingStore
from fuzz.mutator import make_mutator, random_input
from fuzz.target import FUZZ_CONFIG, FuzzOutcome, FuzzTarget, boot
from haptrace.catalogue import ENUMS, Caller, ListArg, lookup
from haptrace.catalogue.limits import LIST_SHIFT
from replay import Machine
from tracer.model import Record

# A pool pick whose control byte has its top bit set: a key repeats the newest one.
TOP = 0x80
# TMEM_POOL_SHARED | TMEM_SPEC_VERSION 1 (public/tmem.h).
SHARED_V1 = literal(0x01000002, 32)


def _run(target: FuzzTarget, data: bytes) -> tuple[FuzzOutcome, list[int]]:
    """The outcome and the state features of its calls."""
    outcome = target.run(data)
    return outcome, [f for f in target.features(len(outcome.calls)) if f >= STATE_START]


def test_an_inputs_first_key_repeats_the_boots() -> None:
    """A guest's tmem_new_pool whose uuid repeats a key, as the input's first call, names
    the uuid of the boot's shared pool (7, 0): the boot's keys start the remembered keys.
    Before, the first key of an input had nothing to repeat and was made afresh ((0, 0): a
    private pool's uuid), and a guest joining the boot's shared pool twice, which
    tmem_quit_drops_every_slot needs, had to draw two 64-bit words alike."""
    shared_uuid = next(args[0] for _, name, args in TMEM_BOOT if args[1] == 0x01000002)
    repeat = head(0, 1) + bytes((TOP, 0))
    join = sel("tmem_new_pool") + caller(2, 0) + repeat + SHARED_V1
    outcome = TARGET.run(join)
    assert list_at(outcome, 0, 0) == list(shared_uuid)
    assert outcome.raws == (1,)  # domain 2's second slot of the same pool
    # And the chain is the planted bug's: the second slot destroyed drops both.
    bug = FuzzTarget(bugs=("tmem_quit_drops_every_slot",))
    destroy = sel("tmem_destroy_pool") + caller(2, 0) + small(1)
    assert bug.run(join + destroy).finding != 0
    assert TARGET.run(join + destroy).finding == 0


def test_only_keys_are_seeded_and_each_once() -> None:
    """seed_fuzz_key keeps a fixed-length list that names no resource, once; an argument
    that is no key (a scalar, a gfn list) is not kept."""
    machine = FuzzTarget().lean.machine
    new_pool = lookup("tmem_new_pool").id
    assert not machine.seed_fuzz_key(new_pool, 0, (7, 0))  # the boot seeded it already
    assert not machine.seed_fuzz_key(lookup("decrease_reservation").id, 3, (1,))
    assert machine.seed_fuzz_key(new_pool, 0, (9, 9))


def _map_status(frame: int) -> bytes:
    """The toolstack maps domain 3's grant status frame ``frame``, read-only."""
    args = small(3) + small(1) + small(1) + small(frame) + small(1) + small(0)
    return sel("map_resource") + DOM0 + args + bytes((0,))


UNMAP = sel("unmap_resource") + DOM0
SET_V1 = sel("gnttab_set_version") + caller(3, 0) + small(1)


def test_the_boots_mapping_is_in_the_pool() -> None:
    """After the input's own map_resource, an unmap's second pool pick names the boot's
    mapping (of domain 3's first status frame) where it named the input's again: the
    input's was the only mapping a pool held."""
    boots = TARGET.run(UNMAP + pool(0))
    assert boots.raws == (0,)
    boot_mapping = int(boots.calls[0]["arg"][0])
    newest, older = (TARGET.run(_map_status(1) + UNMAP + pool(b)) for b in (0, 1))
    assert newest.raws == older.raws == (0, 0)
    assert int(newest.calls[1]["arg"][0]) != boot_mapping
    assert int(older.calls[1]["arg"][0]) == boot_mapping


def test_leaving_v2_sees_which_status_frames_are_mapped() -> None:
    """gnttab_set_version(1) by domain 3 meets a state of its own for each of: the boot's
    mapping of its first status frame alone; that and a later frame's mapping (which grew
    the table); neither (the boot's unmapped); the later frame's alone.  The refusal (EBUSY)
    takes one path whichever frame is mapped, so only the class tells them apart; the last
    is gnttab_grown_status_unchecked's trigger."""
    chains = (
        SET_V1,
        _map_status(1) + SET_V1,
        UNMAP + pool(0) + SET_V1,
        UNMAP + pool(0) + _map_status(1) + SET_V1,
    )
    states = [_run(TARGET, chain)[1][-1] for chain in chains]
    assert len(set(states)) == 4
    assert [TARGET.run(chain).raws[-1] for chain in chains] == [-16, -16, 0, -16]
    bug = FuzzTarget(bugs=("gnttab_grown_status_unchecked",))
    assert bug.run(chains[-1]).finding != 0


def _exchange(bits: int, gfns: tuple[int, ...]) -> bytes:
    """The toolstack exchanges domain 2's ``gfns`` (order 0 both ways) for frames below
    ``bits`` address bits."""
    header = head(0, 1) + b"".join(small(v) for v in (2, 2, 0, 0, bits, 0))
    extents = head(0, len(gfns)) + b"".join(small(g) for g in gfns)
    return sel("memory_exchange") + DOM0 + header + pool(0) + extents + pool(0) + extents


# Domain 1 gives back its gfn 2, whose frame lies below 2^14 bytes.
GIVE_BACK = decrease(DOM0, small(1), pool(0), head(0, 1) + small(2))


def test_an_exchange_below_an_address_limit_sees_the_free_frames_there() -> None:
    """An exchange with out.address_bits 14 meets another state when a frame below the
    limit was freed before it, and another for one extent or two: the first chunk takes
    the one free frame and the second fails (ENOMEM either way), which
    exchange_fail_frees_stolen needs.  Without a limit (0) or with one above the host's
    frames (19) it meets the unlimited class, one for both, apart from those four."""
    one, two = (0x12,), (0x12, 0x13)
    states = {
        (freed, gfns): _run(TARGET, (GIVE_BACK if freed else b"") + _exchange(14, gfns))[1]
        for freed in (False, True)
        for gfns in (one, two)
    }
    assert all(len(s) == 1 for s in states.values())
    assert len({s[0] for s in states.values()}) == 4
    unlimited = {_run(TARGET, GIVE_BACK + _exchange(bits, two))[1][0] for bits in (0, 19)}
    assert len(unlimited) == 1 and not unlimited & {s[0] for s in states.values()}
    assert TARGET.run(GIVE_BACK + _exchange(14, two)).raws == (1, -12)
    bug = FuzzTarget(bugs=("exchange_fail_frees_stolen",))
    assert bug.run(GIVE_BACK + _exchange(14, two)).finding != 0


def test_an_exchange_headers_orders_and_resume_point_default_to_zero() -> None:
    """Field.default: a pool pick with the payload's top bit set gives the exchange header's
    in_order, out_order and nr_exchanged their default, 0 (a plain number's payload 0x85
    was 1), so the three that must be 0 together on a first call come out so more often."""
    header = head(0, 1) + small(2) + small(2) + pool(0x85) + pool(0x85) + small(14) + pool(0x85)
    extents = head(0, 1) + small(0x12)
    data = sel("memory_exchange") + DOM0 + header + pool(0) + extents + pool(0) + extents
    outcome = TARGET.run(data)
    offset = int(outcome.calls[0]["arg"][0]) >> LIST_SHIFT
    assert list(outcome.pool[offset + 2 : offset + 6]) == [0, 0, 14, 0]


def test_a_later_list_may_repeat_the_first_lists_count() -> None:
    """An exchange's out list written with no element, its length a pool pick with the
    control byte's top two bits set, takes the in list's count (3, a run of live gfns) and
    nr_out claims it: nr_in == nr_out and neither list is shorter than its claim.  Without
    those bits the out list is as its head says (empty)."""
    header = head(0, 1) + b"".join(small(v) for v in (2, 2, 0, 0, 0, 0))
    in_list = head(0, 3) + small(0x12) + small(0x13) + small(0x14)

    def exchange(nr_out_ctrl: int) -> FuzzOutcome:
        out_list = head(0, 0)
        data = sel("memory_exchange") + DOM0 + header + pool(0) + in_list
        return TARGET.run(data + bytes((nr_out_ctrl, 0)) + out_list)

    tied, free = exchange(0xC0), exchange(0x00)
    assert len(list_at(tied, 0, 4)) == 3
    assert int(tied.calls[0]["arg"][1]) == int(tied.calls[0]["arg"][3]) == 3
    assert list_at(free, 0, 4) == []


def test_a_guest_call_inserted_after_a_call_on_a_guest_is_often_that_guests() -> None:
    """The mutator's insertions of a guest's own call after the toolstack's map of domain
    3's status frame are made by domain 3 well over the one time in four that a uniform pick
    of the four running guests gives: the guest a call acted on reacts to it
    (csrc/fuzz_mutate.c guest_reacts)."""
    mutate = make_mutator()
    base = _map_status(1)
    by: Counter[bool] = Counter()
    for seed in range(60000):
        out = mutate(base, 256, seed)
        calls = layouts(out)
        if len(calls) != 2 or calls[0].call.name != "map_resource":
            continue
        if calls[1].call.caller is not Caller.GUEST or out[: calls[0].end] != base:
            continue
        outcome = TARGET.run(out)
        if len(outcome.calls) == 2:
            by[int(outcome.calls[1]["caller"]) == 3] += 1
    assert sum(by.values()) >= 100
    assert by[True] / sum(by.values()) > 0.35


def test_a_relation_insertion_may_be_the_named_guests_own_call() -> None:
    """After the toolstack's map of domain 3's status frame, the mutator inserts domain 3's
    gnttab_set_version (a guest's own call, of no resource) a few times in a thousand
    mutations: a relation insertion makes a guest's own call a third of the time, by the
    guest the earlier call named.  As a random call it came about once in 30,000."""
    mutate = make_mutator()
    base = _map_status(1)
    reacted = 0
    for seed in range(40000):
        out = mutate(base, 256, seed)
        calls = layouts(out)
        if len(calls) < 2 or not out.startswith(base):
            continue
        if calls[1].call.name != "gnttab_set_version":
            continue
        outcome = TARGET.run(out)
        reacted += len(outcome.calls) > 1 and int(outcome.calls[1]["caller"]) == 3
    assert reacted >= 12


def test_an_exchanges_address_bits_take_the_catalogues_boundary() -> None:
    """out_mem_flags, a pool pick whose payload is 5 mod 8, is the field's Field.boundary
    (14, the lowest address_bits with a zone) plus the payload's bits 3-4 (14 to 17); a
    plain number's payload 5 gave 1."""
    header_words = (2, 2, 0, 0)
    extents = head(0, 1) + small(0x12)
    picks = {}
    for payload in (5, 5 | 8, 5 | 16, 5 | 24):
        header = head(0, 1) + b"".join(small(v) for v in header_words) + pool(payload) + small(0)
        data = sel("memory_exchange") + DOM0 + header + pool(0) + extents + pool(0) + extents
        outcome = TARGET.run(data)
        offset = int(outcome.calls[0]["arg"][0]) >> LIST_SHIFT
        picks[payload] = int(outcome.pool[offset + 4])
    assert picks == {5: 14, 13: 15, 21: 16, 29: 17}
    header_arg = lookup("memory_exchange").args[0]
    assert isinstance(header_arg, ListArg)
    assert [f.name for f in header_arg.fields if f.boundary is not None] == ["out_mem_flags"]


def test_a_kept_inputs_front_takes_calls_of_other_inputs() -> None:
    """With scheduling on, the mutator splices calls of the input libFuzzer chose (or of
    another kept input) into a kept input, before its last call (the one that reached the
    new state): from the kept unmap of the boot's status-frame mapping and domain 3's switch
    to v1, and libFuzzer's choice mapping a grown status frame, it makes the three-call chain
    of gnttab_grown_status_unchecked (unmap, map, switch) about one mutation in 25 (none
    in 4,000 before).
    Before, a kept input's calls went only into libFuzzer's choice, where the unmap, remapped
    to the map before it, dropped the grown frame's mapping instead."""
    unmap = UNMAP + pool(0)
    kept = unmap + SET_V1
    mapping = _map_status(1)
    bug = FuzzTarget(bugs=("gnttab_grown_status_unchecked",))
    assert bug.run(unmap + mapping + SET_V1).finding != 0
    # The unmap alone first, so that the chain is kept whole (cut after the switch,
    # whose state is the new one) and not cut after the unmap.
    outputs = mutations_with_kept((unmap, kept), mapping, 4000)
    chains = sum(1 for out in outputs if out.startswith(unmap) and bug.run(out).finding != 0)
    assert chains >= 40, chains


XENVER = sel("xenver_version") + bytes((0,))


def _mutations_calling(kept: bytes, *names: str) -> list[bytes]:
    """Of 4,000 mutations with ``kept`` kept, those whose calls are ``names`` in order."""
    outputs = mutations_with_kept((kept,), XENVER, 4000)
    return [out for out in outputs if [c.call.name for c in layouts(out)] == list(names)]


def _findings(bug: str, *kept: bytes) -> int:
    """How many of 4,000 mutations of an unrelated input detect the bug, with the inputs
    kept (scheduling on) in order."""
    target = FuzzTarget(bugs=(bug,))
    outputs = mutations_with_kept(kept, XENVER, 4000)
    return sum(1 for out in outputs if target.run(out).finding != 0)


def test_an_exchange_with_no_free_frame_below_its_limit_asks_for_one() -> None:
    """A kept exchange whose class says no free block lies below its address limit (14 bits:
    frames 0-3) asks for domain 0's decrease of the gfn that maps the lowest frame there
    (domain 1's gfn 0), and the mutator inserts it before the exchange
    (csrc/exchange.c fuzz_want, csrc/fuzz_want.c): with two extents that is
    exchange_fail_frees_stolen's chain, found in about one mutation in eight.  Before,
    the decrease had to be a random insertion naming domain 1 and one of its first four
    gfns."""
    exchange = _exchange(14, (0x12, 0x13))
    assert FuzzTarget(bugs=("exchange_fail_frees_stolen",)).run(exchange).finding == 0
    assert _findings("exchange_fail_frees_stolen", exchange) >= 200


def test_leaving_v2_asks_for_each_status_frames_mapping_to_flip() -> None:
    """A kept switch to v1 by domain 3 after the boot's mapping of its first status frame was
    dropped asks for that frame mapped again and for its first grown status frame mapped
    (csrc/gnttab.c fuzz_want): the second, inserted before the switch, is
    gnttab_grown_status_unchecked's chain.  Kept after the boot's mapping instead, the
    switch asks for that mapping's unmap, one step of the chain.  Before, neither call was
    inserted but by chance."""
    unmap = UNMAP + pool(0)
    assert _findings("gnttab_grown_status_unchecked", unmap, unmap + SET_V1) >= 200
    target = FuzzTarget()
    outputs = mutations_with_kept((SET_V1,), XENVER, 4000)
    names = Counter(tuple(c.call.name for c in layouts(out)) for out in outputs)
    assert names[("unmap_resource", "gnttab_set_version")] >= 200, names.most_common(5)
    # The inserted unmaps: an unmap the switch follows (a mutation may also leave an unmap
    # alone, which this does not count).
    unmapped = [
        out
        for out in outputs
        if tuple(c.call.name for c in layouts(out)[:2]) == ("unmap_resource", "gnttab_set_version")
    ]
    assert all(target.run(out).raws[:2] == (0, 0) for out in unmapped[:50])


def test_an_exchange_stopped_at_its_first_page_meets_the_mending_class() -> None:
    """An exchange below an address limit whose first page cannot be stolen (domain 2's gfn
    10, paged out by the boot) stops there with EINVAL and never meets the allocation, so
    it meets the class of exchanges to mend (csrc/exchange.c fuzz_class), not the one of
    those that reach the allocation: the first exchange to reach a class is the one kept,
    and one stopped at steal_page had kept the class from those that reach it."""
    stopped = _exchange(14, (0x0A, 0x13))
    outcome, states = _run(TARGET, stopped)
    assert outcome.raws == (-22,)
    reached = _run(TARGET, _exchange(14, (0x12, 0x13)))[1]
    assert len(states) == 1 and len(reached) == 1 and states != reached


def _exchange_of(header: tuple[int, ...], gfns: tuple[int, ...], name: str) -> bytes:
    """Domain 0's exchange (or exchange_and_pin) with the header's six fields and ``gfns``
    as both lists."""
    fields = head(0, 1) + b"".join(small(v) for v in header)
    extents = head(0, len(gfns)) + b"".join(small(g) for g in gfns)
    return sel(name) + DOM0 + fields + pool(0) + extents + pool(0) + extents


def _exchanges(kept: bytes, mutations: int) -> Counter[tuple[int, int, int]]:
    """The exchanges of ``mutations`` mutations of ``kept`` (kept as the harness keeps it),
    by extents claimed, out.address_bits and result."""
    ids = {lookup("memory_exchange").id, lookup("memory_exchange_and_pin").id}
    seen: Counter[tuple[int, int, int]] = Counter()
    for out in mutations_with_kept((kept,), kept, mutations):
        outcome = TARGET.run(out)
        for i, call in enumerate(outcome.calls):
            if int(call["call"]) in ids:
                offset = int(call["arg"][0]) >> LIST_SHIFT  # one element of six fields
                header = outcome.pool[offset : offset + 6]
                bits = header[4] if len(header) == 6 else -1
                seen[(int(call["arg"][1]), bits, outcome.raws[i])] += 1
    return seen


def test_an_exchange_that_fails_its_argument_checks_asks_for_itself_mended() -> None:
    """A kept exchange whose in and out domains differ asks for itself mended (one extent
    of order 0, the domains alike, a page that would be stolen): one mutation in ten of it
    holds an exchange that succeeds with one extent.  Before, the exchange had no class
    and asked for nothing."""
    broken = _exchange_of((2, 3, 0, 0, 0, 0), (0x30,), "memory_exchange")
    assert TARGET.run(broken).raws == (-22,)
    assert _exchanges(broken, 2000)[(1, 0, 0)] >= 100


def test_a_one_extent_exchange_asks_for_a_second() -> None:
    """A kept exchange of one extent asks for itself with a second extent (the domain's
    nearest page that would be stolen), its limit kept: one mutation in ten holds an
    exchange of two extents that succeeds, or, below a limit with no free frame (14 bits),
    fails ENOMEM as the first did.  Before, none of 2,000 did; a limited one asked only for
    a frame freed below its limit, and one extent cannot fail after a completed chunk."""
    for name in ("memory_exchange", "memory_exchange_and_pin"):
        one = _exchange_of((2, 2, 0, 0, 0, 0), (0x12,), name)
        assert TARGET.run(one).raws == (0,)
        assert _exchanges(one, 2000)[(2, 0, 0)] >= 100, name
    limited = _exchange_of((2, 2, 0, 0, 14, 0), (0x12,), "memory_exchange")
    assert TARGET.run(limited).raws == (-12,)
    assert _exchanges(limited, 2000)[(2, 14, -12)] >= 100


def test_a_two_extent_exchange_asks_for_a_tight_limit() -> None:
    """A kept memory_exchange of two extents without a limit, every page of which would be
    stolen, asks for itself below the tightest limit under which no frame is free (14 bits
    on the fuzz machine), where it fails ENOMEM: the class that asks for a frame freed
    below the limit.  Before, 19 of 4,000 mutations reached a limit of 14 to 18 bits."""
    two = _exchange_of((2, 2, 0, 0, 0, 0), (0x12, 0x13), "memory_exchange")
    assert TARGET.run(two).raws == (0,)
    seen = _exchanges(two, 2000)
    limited = sum(
        n
        for (extents, bits, raw), n in seen.items()
        if extents == 2 and 14 <= bits <= 18 and raw == -12
    )
    assert limited >= 100, seen.most_common(8)


def test_a_two_extent_exchange_and_pin_is_failed_at_its_second_chunk() -> None:
    """A kept exchange_and_pin of two extents asks for nothing of its family, so the
    fail-nth want fails its pin bookkeeping's second pass: its second chunk fails after the
    first completed, exchange_fail_frees_stolen's trigger, in one mutation in ten.  Before,
    an exchange without a limit had no class and was never failed so."""
    two = _exchange_of((2, 2, 0, 0, 0, 0), (0x12, 0x13), "memory_exchange_and_pin")
    assert _findings("exchange_fail_frees_stolen", two) >= 200


def test_each_new_state_of_an_input_is_kept() -> None:
    """An input whose unmap of the boot's status-frame mapping and domain 3's switch to v1
    both reach new state is kept twice, cut after each: the switch then asks for its grown
    status frame's map, and the chain detects gnttab_grown_status_unchecked.  Before, only
    the first new state of an input was kept (the unmap), and the switch's state, marked
    seen, was never kept nor asked for anything."""
    assert _findings("gnttab_grown_status_unchecked", UNMAP + pool(0) + SET_V1) >= 100


def test_a_switch_to_v1_and_one_to_another_version_meet_different_states() -> None:
    """Domain 3's refused switch to version 15 and its switch to v1 (refused too, EBUSY: the
    boot's mapping holds its status frame) meet different states: only the switch to v1
    checks the status frames, and the first switch to reach the class was kept for it."""
    bad = sel("gnttab_set_version") + caller(3, 0) + small(15)
    (_, first), (_, second) = _run(TARGET, bad), _run(TARGET, SET_V1)
    assert TARGET.run(bad).raws == (-22,) and TARGET.run(SET_V1).raws == (-16,)
    assert first and second and first != second


def test_an_exchanges_finding_is_recorded_as_it_ran(tmp_path: Path) -> None:
    """The outcome's pool holds an in-out list as the call was given it (the exchange header's
    resume point 0, not the 1 its first chunk wrote back), so exchange_fail_frees_stolen's
    finding is recorded and minimised: before, the minimiser's run resumed at the written-back
    point and raised "the sequence does not reproduce"."""
    bug = FuzzTarget(bugs=("exchange_fail_frees_stolen",))
    data = GIVE_BACK + _exchange(14, (0x12, 0x13))
    outcome = bug.run(data)
    assert outcome.finding != 0
    offset = int(outcome.calls[1]["arg"][0]) >> LIST_SHIFT
    assert outcome.pool[offset + 5] == 0
    finding = FindingStore(bug, tmp_path).record(data, outcome)
    assert finding is not None
    assert (finding.directory / "trace.trace").exists()


# tmem (issue 18, deep9): domain 1's persistent pool 0 holds the boot's one page, object id
# (0, 1, 2), index 0, and domain 1 has room below max_pages for two more persistent pages
# (each counts in its tot_pages).
BOOT_OID = head(0, 3) + b"".join(literal(w, 64) for w in (0, 1, 2))
SAVE = sel("tmem_control_save_get_next_page") + DOM0 + small(1) + small(0) + literal(8192, 32)
ROOM = sel("domain_setmaxmem") + DOM0 + small(1) + small(34 * 4)  # a page above its 33


def _tmem_page(name: str, index: int) -> bytes:
    """Domain 1's put (from its gfn 0x10 + index) or flush of (0, 1, 2) ``index`` in its
    pool 0."""
    cmfn = small(0x10 + index) if name == "tmem_put_page" else b""
    return sel(name) + caller(1, 0) + small(0) + BOOT_OID + small(index) + cmfn


PUT, PUT_AT_MAX = _tmem_page("tmem_put_page", 1), _tmem_page("tmem_put_page", 3)
FILL = PUT + _tmem_page("tmem_put_page", 2)  # domain 1 at max_pages


def test_a_save_streams_steps_and_a_persistent_put_at_max_pages_meet_states() -> None:
    """tmem_control_save_get_next_page meets a state of its own for a pool of one page, of
    two, and with its cursor on the last page (csrc/tmem.c fuzz_class); a put into the
    persistent pool meets one at max_pages and another with room.  Before, a control op
    had no class and a put's named only the pool's kind, so a stream's second step, and
    the put that max_pages refuses, were nothing new."""
    chains = (SAVE, PUT + SAVE, PUT + SAVE + SAVE)
    outcomes = [_run(TARGET, chain) for chain in chains]
    assert [o.raws[-1] for o, _ in outcomes] == [-1, 1, -1]
    assert len({states[-1] for _, states in outcomes}) == 3
    full, roomy = _run(TARGET, FILL + PUT_AT_MAX), _run(TARGET, FILL + ROOM + PUT_AT_MAX)
    assert (full[0].raws[-1], roomy[0].raws[-1]) == (-12, 1)  # ENOMEM at max_pages
    assert full[1][-1] != roomy[1][-1]
    bug = FuzzTarget(bugs=("tmem_save_cursor_dangling",))
    flush = _tmem_page("tmem_flush_page", 1)
    assert bug.run(PUT + SAVE + flush + SAVE).finding != 0
    assert TARGET.run(PUT + SAVE + flush + SAVE).finding == 0


def test_a_save_stream_asks_for_the_page_and_the_flush_it_needs() -> None:
    """A kept stream step whose cursor is on a page asks for the owner's flush of that page
    (csrc/tmem.c fuzz_want): inserted before the next step it is tmem_save_cursor_dangling's
    chain.  A kept step on a pool of one page asks for the owner's put of another, one on a
    pool of two with no cursor yet for a step of the same stream before it, and a kept put
    refused at max_pages for the toolstack's setmaxmem a page higher: each inserted before
    the call that asked moves it a step.  Before, each was a random
    insertion with the client's pool id, an oid, an index and a gfn (or max_pages in KiB)
    right at once."""
    two_steps = PUT + SAVE + SAVE
    assert FuzzTarget(bugs=("tmem_save_cursor_dangling",)).run(two_steps).finding == 0
    assert _findings("tmem_save_cursor_dangling", PUT + SAVE, two_steps) >= 100
    for kept, want in (
        (SAVE, "tmem_put_page"),
        (PUT + SAVE, "tmem_control_save_get_next_page"),
        (FILL + PUT_AT_MAX, "domain_setmaxmem"),
    ):
        names = [c.call.name for c in layouts(kept)]
        names.insert(len(names) - 1, want)  # before the call that asked
        outputs = mutations_with_kept((kept,), XENVER, 4000)
        asked = [out for out in outputs if [c.call.name for c in layouts(out)] == names]
        # 4000 mutations insert a want about once in eight; a kept put at max_pages also
        # asks for its Xen-heap site's fail-nth (shallow9), which takes about half of its.
        assert len(asked) >= 50, (want, len(asked))
        assert all(TARGET.run(out).raws[-2] >= 0 for out in asked[:20])


def _tmem_get(oid: bytes, index: int) -> bytes:
    """Domain 1's get of ``oid`` ``index`` from its persistent pool 0 into its gfn 0x10."""
    return sel("tmem_get_page") + caller(1, 0) + small(0) + oid + small(index) + small(0x10)


def test_a_get_of_a_held_page_is_new_state_after_a_miss() -> None:
    """A get that names a page the pool holds meets a state of its own, apart from a get of
    an oid the pool has not and from a get of an index its object has not (csrc/tmem.c
    fuzz_class: what a page op names in its pool), so kept after a miss it still asks for
    the same get with its copy failing before it: tmem_get_bad_copy_lock's chain.  Before,
    the three were one class: the first get to reach it kept it, and when that was a miss
    (which asks for nothing) the chain was never tried again (1 trial in 3 had it at once,
    the others after 90k to 450k inputs)."""
    held, other_index = _tmem_get(BOOT_OID, 0), _tmem_get(BOOT_OID, 1)
    miss = _tmem_get(head(0, 3) + b"".join(literal(w, 64) for w in (5, 5, 5)), 0)
    outcomes = [_run(TARGET, data) for data in (held, other_index, miss)]
    assert [o.raws for o, _ in outcomes] == [(1,), (0,), (0,)]
    assert len({states[-1] for _, states in outcomes}) == 3
    assert _findings("tmem_get_bad_copy_lock", miss, held) >= 200


def test_any_op_on_a_held_object_asks_for_a_failed_get_of_it() -> None:
    """A kept flush_object of the object domain 1's persistent pool holds (the boot's page)
    asks for a get of its page with the copy failing before it (csrc/tmem.c fuzz_want), as a
    kept get of the page does: inserted, the flush is the next op on an object the failed
    copy left behind, tmem_get_bad_copy_lock's chain.  Before, only a get asked, and when
    the get's state had been reached by an input whose wants were not noted, no kept input
    asked at all (a 60 s trial of seed 11001 missed the bug)."""
    flush_object = sel("tmem_flush_object") + caller(1, 0) + small(0) + BOOT_OID
    assert FuzzTarget(bugs=("tmem_get_bad_copy_lock",)).run(flush_object).finding == 0
    asked = _mutations_calling(flush_object, "tmem_get_page", "tmem_flush_object")
    assert len(asked) >= 200
    assert all(TARGET.run(out).raws == (-14, 1) for out in asked[:20])
    assert _findings("tmem_get_bad_copy_lock", flush_object) >= 200


DESTROY_SHARED = sel("tmem_destroy_pool") + caller(2, 0) + small(0)  # the boot's uuid 7:0


def test_a_destroy_of_a_shared_slot_asks_for_a_second_slot_of_its_pool() -> None:
    """Domain 2's destroy_pool of its slot of the boot's shared pool meets a state of its
    own, and another once a second slot of the caller names the pool (csrc/tmem.c
    fuzz_class); kept, it asks for the caller's own new_pool of the pool's uuid and flags
    (fuzz_want), which inserted before it is tmem_quit_drops_every_slot's chain.  Before,
    destroy_pool had no class, and the join had to repeat the uuid and the flags at
    random."""
    join = sel("tmem_new_pool") + caller(2, 0) + head(0, 1) + bytes((TOP, 0)) + SHARED_V1
    one, two = _run(TARGET, DESTROY_SHARED), _run(TARGET, join + DESTROY_SHARED)
    assert (one[0].raws, two[0].raws) == ((1,), (1, 1))
    assert one[1] and two[1] and one[1][-1] != two[1][-1]
    assert FuzzTarget(bugs=("tmem_quit_drops_every_slot",)).run(DESTROY_SHARED).finding == 0
    asked = _mutations_calling(DESTROY_SHARED, "tmem_new_pool", "tmem_destroy_pool")
    assert len(asked) >= 200
    assert _findings("tmem_quit_drops_every_slot", DESTROY_SHARED) >= 200


def _restore_put(pool_id: int) -> bytes:
    """The toolstack restores a page (9, 9, 9) 0 of 4096 bytes into domain 1's pool."""
    oid = head(0, 3) + b"".join(literal(w, 64) for w in (9, 9, 9))
    args = small(1) + small(pool_id) + oid + small(0) + small(5) + literal(4096, 32)
    return sel("tmem_control_restore_put_page") + DOM0 + args


def test_a_restore_put_asks_for_the_host_at_midsize() -> None:
    """A restore put into a live pool meets a state of its own (csrc/tmem.c fuzz_class: the
    pool it names), and kept while the host has frames above midsize_alloc_zone_pages it
    asks for the toolstack's balloon-up of a guest by exactly those frames (fuzz_want), after
    which its page comes from tmem_relinquish_pages: inserted before it, that is
    tmem_relinquish_deadlock's chain.  Before, a restore put had no class, and the
    balloon-up had to leave the host's last frame at random before a restore put with a
    live client and pool."""
    for pool_id in (0, 2):  # persistent, private ephemeral
        put = _restore_put(pool_id)
        assert FuzzTarget(bugs=("tmem_relinquish_deadlock",)).run(put).finding == 0
        asked = _mutations_calling(put, "increase_reservation", "tmem_control_restore_put_page")
        assert len(asked) >= 200
        assert all(TARGET.run(out).raws[0] > 0 for out in asked[:20])
        assert _findings("tmem_relinquish_deadlock", put) >= 200
    refused = sel("tmem_control_restore_put_page") + DOM0 + small(3) + small(0)
    assert _run(TARGET, refused)[1][-1] != _run(TARGET, _restore_put(0))[1][-1]


def test_a_save_step_with_too_small_a_buffer_is_one_state_and_asks_for_room() -> None:
    """A save stream's step whose buffer cannot hold a page and its handle is refused
    before the list and the cursor are read (ENOMEM), so it meets one state whatever the
    pool's pages and cursor are (csrc/tmem.c fuzz_class), and kept it asks for the same step
    with a buffer that holds them before it (fuzz_want), which moves the cursor.  Before,
    each cursor state of a small step was a class of its own whose chain (put, step, flush,
    step) was one want longer than a large step's, and most random buffers are small."""
    cramped = sel("tmem_control_save_get_next_page") + DOM0 + small(1) + small(0) + small(16)
    chains = (cramped, PUT + cramped, PUT + SAVE + cramped)
    outcomes = [_run(TARGET, chain) for chain in chains]
    assert [o.raws[-1] for o, _ in outcomes] == [-12, -12, -12]
    assert len({states[-1] for _, states in outcomes}) == 1
    names = ("tmem_put_page", "tmem_control_save_get_next_page", "tmem_control_save_get_next_page")
    asked = _mutations_calling(PUT + cramped, *names)
    assert len(asked) >= 100
    assert all(int(TARGET.run(out).calls[1]["arg"][2]) >= 4096 + 32 for out in asked[:20])


def test_a_save_step_and_the_flush_of_its_page_ask_for_what_follows() -> None:
    """A kept step with room on a pool of two pages asks for the owner's flush of the page
    it lands on, appended after it, and a kept flush of the page the stream's cursor names
    asks for the stream's next step after it (csrc/tmem.c fuzz_want's follow-ups,
    ht_fuzz_want.after): from a kept put and step, two follow-ups are
    tmem_save_cursor_dangling's chain.  Before, the flush had to be a random call after
    the step with the page's oid and index, and the next step the owner's cli_id, its pool
    id and a buffer of 4,128 bytes or more, at once."""
    step = ("tmem_put_page", "tmem_control_save_get_next_page")
    flush = _tmem_page("tmem_flush_page", 1)
    flushed = _mutations_calling(PUT + SAVE, *step, "tmem_flush_page")
    assert len(flushed) >= 50
    assert all(TARGET.run(out).raws == (1, 1, 1) for out in flushed[:20])
    stepped = _mutations_calling(PUT + SAVE + flush, *step, "tmem_flush_page", step[1])
    assert len(stepped) >= 50
    assert _findings("tmem_save_cursor_dangling", PUT + SAVE + flush) >= 100


CREATE = sel("ioreq_server_create") + DOM0 + small(1) + small(0)
DESTROY_BY_4 = sel("ioreq_server_destroy") + caller(4, 0) + small(1) + small(0)


def test_a_dm_op_by_a_guest_that_is_no_device_model_asks_to_make_it_one() -> None:
    """A kept destroy of the toolstack's server for domain 1 by domain 4, refused because
    domain 4 is not domain 1's device model, asks for the toolstack's
    domain_set_target(4, 1) (csrc/resource.c fuzz_want): inserted before it, the destroy is
    a second device model's, ioreq_destroy_by_other_emulator's chain.  Before, the
    relation was a random insertion naming both domains in order."""
    assert TARGET.run(CREATE + DESTROY_BY_4).raws == (0, -1)  # EPERM: no device model
    bug = FuzzTarget(bugs=("ioreq_destroy_by_other_emulator",))
    assert bug.run(CREATE + DESTROY_BY_4).finding == 0
    assert _findings("ioreq_destroy_by_other_emulator", CREATE + DESTROY_BY_4) >= 100


SET_TARGET_4_1 = sel("domain_set_target") + DOM0 + small(4) + small(1)
CREATE_BY_4 = sel("ioreq_server_create") + caller(4, 0) + small(1) + small(0)
DESTROY_DOMAIN_4 = sel("domain_destroy") + DOM0 + small(4)


def test_a_domains_destroy_asks_for_its_device_model_relation() -> None:
    """A kept destroy of domain 4, which serves no target, asks for the toolstack's
    domain_set_target(4, 1); kept after that call, it asks for domain 4's own ioreq server
    on domain 1 (csrc/domain.c fuzz_want, csrc/ioreq.c ioreq_emulator_want): inserted before
    the destroy, that is ioreq_emulator_unreferenced's chain.  Before, the destroy asked for
    nothing, and a kept device model's create was followed by its destroy in no mutation of
    4,000."""
    target = FuzzTarget()
    asked = _mutations_calling(DESTROY_DOMAIN_4, "domain_set_target", "domain_destroy")
    assert len(asked) >= 200, len(asked)
    assert all(target.run(out).raws == (0, 0) for out in asked[:20])
    bug = "ioreq_emulator_unreferenced"
    assert FuzzTarget(bugs=(bug,)).run(SET_TARGET_4_1 + DESTROY_DOMAIN_4).finding == 0
    assert _findings(bug, SET_TARGET_4_1 + DESTROY_DOMAIN_4) >= 100


def test_a_domain_that_cannot_issue_dm_op_is_asked_for_no_relation() -> None:
    """The doc profile's HVM guests' hypercall table (4.2's) lacks dm_op, so none of them can
    become an emulator: a kept destroy of domain 3 (domain 1's device model since boot) asks
    for no create of its, which would only be refused (ENOSYS), and one of domain 2 (no
    device model) for no domain_set_target.  Their insertions would take the kept destroys'
    share of the mutations (and their fail-nth wants' place) for nothing."""
    assert TARGET.run(sel("ioreq_server_create") + caller(3, 0) + small(1) + small(0)).raws == (
        -38,
    )
    for domid, asked in ((3, "ioreq_server_create"), (2, "domain_set_target")):
        destroy = sel("domain_destroy") + DOM0 + small(domid)
        outputs = mutations_with_kept((destroy,), XENVER, 4000)
        names = Counter(tuple(c.call.name for c in layouts(out)) for out in outputs)
        assert names[(asked, "domain_destroy")] < 20, (domid, names.most_common(5))


def test_a_state_reached_with_a_fault_waiting_is_kept_from_an_input_without_one() -> None:
    """An input that arms the Xen-heap fault (inject_fault(xen_alloc, 1)) and then makes
    domain 4 domain 1's device model and destroys it reaches the destroy's state without
    passing the armed site; kept for it, its destroy would ask for domain 4's ioreq server,
    and the create inserted before the destroy would meet the armed fault (ENOMEM).  Such a
    call is not kept (csrc/fuzz.c fault_waiting): the same chain without the fault, run
    after it, is, and its wants detect ioreq_emulator_unreferenced.  Before, the first input
    was kept, the second's state was already seen, and no mutation detected the bug."""
    xen_alloc = lookup("inject_fault").args[0]
    assert xen_alloc.enum == "fault_site"
    arm = sel("inject_fault") + DOM0 + small(2) + small(1)  # fault_site xen_alloc
    dirty = arm + SET_TARGET_4_1 + DESTROY_DOMAIN_4
    assert TARGET.run(arm + SET_TARGET_4_1 + CREATE_BY_4).raws == (0, 0, -12)
    clean = SET_TARGET_4_1 + DESTROY_DOMAIN_4
    assert _findings("ioreq_emulator_unreferenced", dirty, clean) >= 100


# Issue 18, deep11: the classes and wants of the chains found only sometimes.
SET_V2_BY_0 = sel("gnttab_set_version") + caller(0, 0) + small(2)
SET_V1_BY_0 = sel("gnttab_set_version") + caller(0, 0) + small(1)


def test_leaving_v2_is_a_state_of_each_guest() -> None:
    """Domain 0's switch to v2 and back, kept first, meets a class of its own, not the one of
    domain 3's switch to v1 after the boot's mapping was dropped (csrc/gnttab.c fuzz_class,
    keyed by the guest): that switch is kept too, and its wants (its grown status frame
    mapped) detect gnttab_grown_status_unchecked.  Before, domain 0's switch took the class,
    its wants (a map of domain 0's own frames, which acquire_resource refuses) led nowhere,
    and domain 3's switch, its class seen, was never kept."""
    dom0 = SET_V2_BY_0 + SET_V1_BY_0
    assert TARGET.run(dom0).raws == (0, 0)
    unmap = UNMAP + pool(0)
    # 103 of 4,000 mutations (none before)
    assert _findings("gnttab_grown_status_unchecked", dom0, unmap, unmap + SET_V1) >= 50


def test_domain_0_leaving_v2_asks_for_no_map_of_its_own_frames() -> None:
    """acquire_resource refuses domain 0 its own frames (EPERM), so domain 0's switch from v2
    to v1 asks for none of them mapped: such wants would take the kept switch's insertions
    for a refused call."""
    outputs = mutations_with_kept((SET_V2_BY_0 + SET_V1_BY_0,), XENVER, 4000)
    between = ["gnttab_set_version", "map_resource", "gnttab_set_version"]
    maps = [out for out in outputs if [c.call.name for c in layouts(out)] == between]
    own = sum(1 for out in maps if int(TARGET.run(out).calls[1]["arg"][0]) == 0)
    assert own < 20, own  # 254 before


def test_a_guests_switch_to_v1_from_v1_asks_for_v2_first() -> None:
    """Domain 1's switch to v1 on a table not at v2 asks for its own switch to v2 before it
    (csrc/gnttab.c fuzz_want), so that the switch leaves v2: kept, that switch asks for
    domain 1's grown status frame mapped, gnttab_grown_status_unchecked's chain on a guest
    whose table the boot left alone.  Before, the switch asked for nothing of its family."""
    v1, v2 = (sel("gnttab_set_version") + caller(1, 0) + small(v) for v in (1, 2))
    outputs = mutations_with_kept((v1,), XENVER, 4000)
    asked = [
        out
        for out in outputs
        if [(int(c["caller"]), int(c["arg"][0])) for c in TARGET.run(out).calls] == [(1, 2), (1, 1)]
    ]
    assert len(asked) >= 150, len(asked)  # 514 of 4,000 (1 before)
    assert _findings("gnttab_grown_status_unchecked", v1, v2 + v1) >= 50


def _servers(out: bytes) -> int:
    """The servers domain 1 holds after the input's creates."""
    outcome = TARGET.run(out)
    create = lookup("ioreq_server_create").id
    return sum(
        1
        for call, raw in zip(outcome.calls, outcome.raws, strict=True)
        if int(call["call"]) == create and int(call["arg"][0]) == 1 and raw == 0
    )


def test_a_create_asks_for_one_more_server_before_it() -> None:
    """A kept ioreq_server_create that takes a free id asks for the same create before it
    (csrc/resource.c fuzz_want): one mutation of a kept input of three in 14 holds a fourth
    server, each step of the climb to the table's limit that ioreq_create_full_writes_past
    needs.  Before, the fourth came from a random insertion or a splice of the create (one
    mutation in 40)."""
    three = CREATE * 3
    outputs = mutations_with_kept((three,), XENVER, 4000)
    more = sum(1 for out in outputs if _servers(out) >= 4)
    assert more >= 200, more  # 102 before


DESTROY = sel("ioreq_server_destroy") + DOM0 + small(1) + small(0)


def test_a_destroy_asks_for_its_servers_frame_mapped_and_for_its_server() -> None:
    """A kept destroy of a server whose pages no mapping holds asks for the emulator's map of
    the server's ioreq frame before it (csrc/resource.c fuzz_want): that is
    ioreq_pages_freed_while_mapped's chain, found in one mutation in 16.  A destroy
    that names no server asks for the create that makes it.  Before, the destroy asked for
    the fail-nth of its Xen-heap site, and the map had to be a random insertion naming the
    server's type, id and frame together."""
    bug = "ioreq_pages_freed_while_mapped"
    assert TARGET.run(CREATE + DESTROY).raws == (0, 0)
    assert FuzzTarget(bugs=(bug,)).run(CREATE + DESTROY).finding == 0
    assert _findings(bug, CREATE + DESTROY) >= 100
    assert TARGET.run(DESTROY).raws == (-2,)  # ENOENT
    made = _mutations_calling(DESTROY, "ioreq_server_create", "ioreq_server_destroy")
    assert len(made) >= 200, len(made)
    assert all(TARGET.run(out).raws == (0, 0) for out in made[:20])


# ---- the ring protocol's next step (csrc/ring.c fuzz_want) -----------------------------------


def _ring_call(name: str, *args: int) -> bytes:
    return encode([Record(lookup(name).id, args, 0, 0)])


def _paging_port() -> int:
    """The port of domain 2's paging ring, as the fuzz machine's boot made it."""
    enable = next(r for r in boot(Machine(FUZZ_CONFIG)) if r.spec.name == "mem_paging_enable")
    return int(enable.outputs[0])  # type: ignore[arg-type]


def test_a_kept_kick_asks_for_the_helpers_next_step() -> None:
    """Domain 2's guest touches its paged-out gfn 10 (a page-in request on the paging ring)
    and the pager kicks the ring.  Kept, the kick asks for the request taken
    (ring_get_request) before it; kept with the request taken, for the response that
    answers its gfn and vcpu with vcpu_paused (ring_put_response), which the kick then
    consumes: without a prep, paging_resume_unprepared's chain.  Before, the response had to
    name gfn 10 and vcpu 0 by chance: 9 of 4,000 mutations took the request, none found the
    bug."""
    port = _paging_port()
    touch = _ring_call("guest_read", 2, 10, 0)
    kick = _ring_call("evtchn_send", 2, port)
    take = _ring_call("ring_get_request", 2, 1)
    target = FuzzTarget(bugs=("paging_resume_unprepared",))
    taken = 0
    for out in mutations_with_kept((touch + kick,), XENVER, 4000):
        calls = target.run(out).calls
        taken += any(
            int(c["call"]) == lookup("ring_get_request").id and list(c["arg"][:2]) == [2, 1]
            for c in calls
        )
    assert taken >= 200
    assert target.run(touch + take + kick).finding == 0
    assert _findings("paging_resume_unprepared", touch + take + kick) >= 100


def test_a_kept_response_asks_for_the_kick_after_it() -> None:
    """The pager posts a response on domain 2's paging ring asking an unpause of vcpu 5
    (domain 2 has two).  Kept, the response asks for its follow-up: the kick on the ring's
    port, appended after it (csrc/ring.c want_kick, ht_fuzz_want.after), which has Xen
    consume the response: response_vcpu_unchecked's chain.  Before, the kick had to be a
    call grown at the frontier that named domain 2 and its ring's port by chance."""
    paging = ENUMS["ring"].values["paging"]
    paused = ENUMS["ring_flags"].values["vcpu_paused"]
    put = _ring_call("ring_put_response", 2, paging, 0, 5, paused)
    kick = _ring_call("evtchn_send", 2, _paging_port())
    target = FuzzTarget(bugs=("response_vcpu_unchecked",))
    assert target.run(put).finding == 0
    assert target.run(put + kick).finding != 0
    kicked = _mutations_calling(put, "ring_put_response", "evtchn_send")
    assert sum(1 for out in kicked if target.run(out).finding != 0) >= 200
    assert _findings("response_vcpu_unchecked", put) >= 200


# ---- follow-ups of a page-out left half-done (csrc/guest.c, csrc/paging.c fuzz_want) --------


def test_a_kept_access_to_a_paged_gfn_asks_for_its_populate_and_drop_after_it() -> None:
    """Domain 2's guest executes its gfn 10, paged out at the boot: a page-in starts.  Kept,
    the access asks for domain 0's populate_physmap and decrease_reservation of that gfn,
    appended after it (ht_fuzz_want.after): the populate over the half-done page-in is
    physmap_add_paging_in_oob's chain.  Before, the populate grown after the access had to
    name domain 2 and gfn 10 by chance."""
    touch = _ring_call("guest_exec", 2, 10, 0)
    target = FuzzTarget(bugs=("physmap_add_paging_in_oob",))
    assert target.run(touch).finding == 0
    populated = _mutations_calling(touch, "guest_exec", "populate_physmap")
    dropped = _mutations_calling(touch, "guest_exec", "decrease_reservation")
    named = [
        out
        for out in populated + dropped
        if [list(c["arg"][:1]) for c in target.run(out).calls[1:]] == [[2]]
    ]
    assert len(named) >= 300
    assert _findings("physmap_add_paging_in_oob", touch) >= 100


def test_an_access_to_an_ordinary_gfn_asks_for_nothing() -> None:
    """The same access to domain 2's gfn 12, an ordinary page, asks for no follow-up: its
    mutations end with a populate of that gfn no more often than chance."""
    touch = _ring_call("guest_exec", 2, 12, 0)
    assert len(_mutations_calling(touch, "guest_exec", "populate_physmap")) < 20


def test_a_pagers_leaving_asks_for_the_drop_of_a_gfn_it_left_paged() -> None:
    """Domain 2's pager leaves (mem_paging_disable) with gfn 10 paged.  Kept, the leaving
    asks for domain 0's decrease_reservation of that gfn after it: the drop with no ring to
    tell, paged_drop_drift's chain."""
    leave = _ring_call("mem_paging_disable", 2)
    target = FuzzTarget(bugs=("paged_drop_drift",))
    assert target.run(leave).finding == 0
    dropped = _mutations_calling(leave, "mem_paging_disable", "decrease_reservation")
    assert len(dropped) >= 300
    assert _findings("paged_drop_drift", leave) >= 100


def test_a_new_state_an_input_may_not_keep_is_left_for_the_next() -> None:
    """An input whose first three calls reach new state (domain 1's guest binds a virq, the
    pager posts a response, the toolstack pauses domain 1) keeps those three; its fourth,
    the pager's leaving with gfn 10 paged, is neither kept nor marked seen, so the next
    input that leaves is kept and asks for the drop of gfn 10 after it (paged_drop_drift).
    Marked seen, as it was, the leaving was never kept nor asked for anything (0 of 4,000
    mutations found the bug).  The three are run again so that the leaving's state is the
    rarest kept."""
    paging = ENUMS["ring"].values["paging"]
    paused = ENUMS["ring_flags"].values["vcpu_paused"]
    three = (
        VIRQ
        + _ring_call("ring_put_response", 2, paging, 0, 5, paused)
        + _ring_call("domain_pause", 1)
    )
    leave = _ring_call("mem_paging_disable", 2)
    assert _findings("paged_drop_drift", three + leave, leave, three, three) >= 150


def test_a_kept_input_given_up_before_its_wants_were_tried_is_kept_again() -> None:
    """Domain 0 reads domain 1's default access (pfn ~0), which asks for the default set to
    n2rwx before it (get_default_access_oob's chain).  Read a thousand times more, its state
    is the most common, and a hundred random inputs that fill the kept table give it up
    first, its want never tried.  Its state is then left unseen with its hits cleared, so
    the next read is kept again, and once the random inputs run again it is the rarest
    kept state: mutations find the bug.  Marked seen, as it was, the read was never kept
    again (0 of 4,000 mutations)."""
    read = _ring_call("hvm_get_mem_access", 1, 2**64 - 1)
    fill = tuple(random_input(random.Random(seed), 256) for seed in range(100))
    kept = (read, *([read] * 1000), *fill, read, *fill)
    assert _findings("get_default_access_oob", *kept) >= 5


# ---- res12: the shallow chains found only sometimes --------------------------------------------

_VIRQ = lookup("evtchn_bind_virq").args[0]
assert _VIRQ.enum == "virq"
CONSOLE, TIMER = 2, 0  # VIRQ_CONSOLE (global), VIRQ_TIMER (per vcpu): public/xen.h


def _bind_virq(virq: int, vcpu: int) -> bytes:
    return sel("evtchn_bind_virq") + caller(1, 0) + small(virq) + small(vcpu)


def _bind_vcpu(vcpu: int) -> bytes:
    """Domain 1 moves the port its previous call made to ``vcpu``."""
    return sel("evtchn_bind_vcpu") + caller(1, 0) + pool() + small(vcpu)


CLOSE_1 = sel("evtchn_close") + caller(1, 0) + pool()


def test_moving_a_global_virqs_port_is_new_state() -> None:
    """Domain 1 binds the global VIRQ_CONSOLE and moves its port to vcpu 1: the move meets a
    state of its own, not the one of a bind_vcpu to the vcpu the port already notifies
    (csrc/evtchn.c fuzz_class: whether the call moves the port), and the close of the moved
    port one of its own, not the one of a per-vcpu VIRQ_TIMER's port bound on vcpu 1
    (whether the virq is global).  Before, the no-op bind (vcpu 0 being the likelier value)
    and the timer's close, reached first, took those classes, and the move and the close
    that global_virq_close_wrong_vcpu needs were never kept."""
    stay, move = (_bind_virq(CONSOLE, 0) + _bind_vcpu(v) for v in (0, 1))
    timer = _bind_virq(TIMER, 1) + CLOSE_1
    assert TARGET.run(stay).raws == TARGET.run(move).raws == (0, 0)
    assert TARGET.run(timer).raws == TARGET.run(move + CLOSE_1).raws[1:] == (0, 0)
    assert _run(TARGET, stay)[1][-1] != _run(TARGET, move)[1][-1]
    assert _run(TARGET, timer)[1][-1] != _run(TARGET, move + CLOSE_1)[1][-1]
    bug = "global_virq_close_wrong_vcpu"
    assert FuzzTarget(bugs=(bug,)).run(timer).finding == 0
    assert FuzzTarget(bugs=(bug,)).run(move).finding == 0
    # Kept, the move's frontier takes the close: 16 of 4,000 mutations detect the bug.
    assert _findings(bug, stay, move) >= 8


def _size(who: bytes, domid: int, type_: int, id_: int) -> bytes:
    return sel("resource_size") + who + small(domid) + small(type_) + small(id_)


GRANT_TABLE, SHARED = 1, 0  # XENMEM_resource_grant_table, XENMEM_resource_grant_table_id_shared
SIZE_BY_0 = _size(DOM0, 1, GRANT_TABLE, SHARED)
SIZE_BY_3 = _size(caller(3, 0), 1, GRANT_TABLE, SHARED)  # domain 1's device model since boot


def test_a_device_models_resource_call_is_a_state_apart_from_the_toolstacks() -> None:
    """With the resource answered to a translated caller (acquire_eacces_no_unlock on), domain
    3's size query of its target's grant table and domain 0's take one path and one result,
    but meet different states (csrc/resource.c fuzz_class: resource_caller).  Before, the
    toolstack's query, far the likelier, took the class, and the device model's was never
    kept nor asked for its mapping."""
    target = FuzzTarget(bugs=("acquire_eacces_no_unlock",))
    assert target.run(SIZE_BY_0).raws == target.run(SIZE_BY_3).raws == (0,)
    states = [
        [f for f in target.features(len(target.run(d).calls)) if f >= STATE_START][-1]
        for d in (SIZE_BY_0, SIZE_BY_3)
    ]
    assert states[0] != states[1]


def test_a_size_query_asks_for_its_resources_first_frame_mapped() -> None:
    """A kept size query by domain 0 or a device model asks for the same caller's map of the
    resource's first frame before it (csrc/resource.c fuzz_want): the device model's map of
    its target's grant frame is acquire_eacces_no_unlock's one call (it is refused, EACCES,
    with the bug off).  Before, the query asked for nothing and the map took a random call
    naming the device model, its target, the grant table and a frame within it together."""
    asked = _mutations_calling(SIZE_BY_3, "map_resource", "resource_size")
    assert len(asked) >= 200, len(asked)
    ran = [TARGET.run(out) for out in asked[:20]]
    assert all(caller_of(o, 0) == (3, 0) and o.raws == (-13, -13) for o in ran)
    mapped = _mutations_calling(SIZE_BY_0, "map_resource", "resource_size")
    assert len(mapped) >= 200 and all(TARGET.run(out).raws == (0, 0) for out in mapped[:20])
    assert _findings("acquire_eacces_no_unlock", SIZE_BY_0, SIZE_BY_3) >= 100


def test_a_resource_call_by_a_guest_no_device_model_asks_to_make_it_one() -> None:
    """Domain 2's size query of domain 1's grant table (refused: domain 2 is no device model)
    asks for the toolstack's domain_set_target(2, 1) before it: the query is then a device
    model's, kept for its own state, and asks for its map."""
    by_2 = _size(caller(2, 0), 1, GRANT_TABLE, SHARED)
    asked = _mutations_calling(by_2, "domain_set_target", "resource_size")
    assert len(asked) >= 200, len(asked)
    assert all(TARGET.run(out).calls[0]["arg"][:2].tolist() == [2, 1] for out in asked[:20])


def test_each_domains_ioreq_servers_climb_in_states_of_their_own() -> None:
    """Domain 0's create of a second server on domain 1 and on domain 2 meet different
    states (csrc/resource.c fuzz_class, keyed by the domain whose table it is): a climb to
    a table's limit (ioreq_create_full_writes_past) on one domain whose step was first
    reached by a dead-end input does not end the other's.  Before, every HVM domain's
    count of servers was one class."""
    on_2 = sel("ioreq_server_create") + DOM0 + small(2) + small(0)
    one, two = _run(TARGET, CREATE * 2), _run(TARGET, on_2 * 2)
    assert one[0].raws == two[0].raws == (0, 0)
    assert one[1][-1] != two[1][-1]


def test_a_want_is_written_in_the_fewest_bytes() -> None:
    """A kept create's want, domain 0's create before it, is inserted as the seven bytes a
    create by domain 0 of small numbers takes (csrc/fuzz_want.c: a caller byte of mode 0,
    small values), not eleven (a literal caller and literal scalars): a counter climbed a
    want at a time fits twice as many steps in libFuzzer's 256 bytes before the kept call
    is cut."""
    asked = _mutations_calling(CREATE, "ioreq_server_create", "ioreq_server_create")
    inserted = [out for out in asked if out.startswith(CREATE) and len(out) > len(CREATE)]
    assert len(inserted) >= 200, len(inserted)
    assert all(TARGET.run(out).raws == (0, 0) for out in inserted[:20])
