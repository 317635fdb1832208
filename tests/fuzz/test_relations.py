"""Values a call's decoding ties to others (csrc/fuzz_decode.c) and the host's scarcity as
feedback (csrc/fuzz.c): a tmem object id an earlier call named comes back whole, a later
plain number or list length of a call may repeat its first, a batch entry may name the
batch's own call and list, and a call that leaves the host without free frames is another
outcome than one that leaves plenty.  Each test fails without its change."""

from __future__ import annotations

from test_grammar import DOM0, TARGET, caller, head, list_at, pool, sel, small

from fuzz.boot import DOMAINS
from fuzz.target import FUZZ_CONFIG, FuzzOutcome, FuzzTarget
from fuzz.target import boot as boot_records
from haptrace.catalogue import CATALOGUE, Kind, lookup
from haptrace.catalogue.limits import FUZZ_CTRL_SPECIAL, FUZZ_ROOM_NULL, LIST_SHIFT
from replay import Machine

# A pool pick whose control byte has its top bit (keys) or top two bits (numbers, lengths,
# entry calls) set: no strategy reads those bits.
TOP = 0x80
TOP2 = 0xC0


def oid(*words: int) -> bytes:
    return head(0, len(words)) + b"".join(small(w) for w in words)


def tmem_put(oid_bytes: bytes) -> bytes:
    return sel("tmem_put_page") + caller(1, 0) + pool() + oid_bytes + small(0) + small(0x10)


def tmem_flush(oid_bytes: bytes) -> bytes:
    return sel("tmem_flush_object") + caller(1, 0) + pool() + oid_bytes


def test_a_tmem_object_id_comes_back_whole() -> None:
    """After a put of object (5, 6, 7) that succeeded, a flush whose id's first word is a
    pool pick with the top bit names (5, 6, 7); without the bit, or with a head of no
    elements and an even shape, the id is made afresh (0, 1, 2: a run from a plain 0)."""
    put = tmem_put(oid(5, 6, 7))
    slot = 1
    again = TARGET.run(put + tmem_flush(head(0, 1) + bytes((TOP, 0))))
    assert list_at(again, 0, slot) == [5, 6, 7]
    assert list_at(again, 1, slot) == [5, 6, 7]
    fresh = TARGET.run(put + tmem_flush(head(0, 1) + bytes((0, 0))))
    assert list_at(fresh, 1, slot) == [0, 1, 2]
    assert list_at(TARGET.run(put + tmem_flush(head(1, 0))), 1, slot) == [5, 6, 7]
    assert list_at(TARGET.run(put + tmem_flush(head(0, 0))), 1, slot) == [0, 1, 2]
    # The first key of an input has nothing to repeat, and a key a failed call named (a put
    # by domain 3, which has no tmem client: ENODEV) is not remembered.
    assert list_at(TARGET.run(tmem_flush(head(0, 1) + bytes((TOP, 0)))), 0, slot) == [0, 1, 2]
    failed = sel("tmem_put_page") + caller(3, 0) + pool() + oid(5, 6, 7) + small(0) + small(0x10)
    outcome = TARGET.run(failed + tmem_flush(head(0, 1) + bytes((TOP, 0))))
    assert outcome.raws[0] < 0 and list_at(outcome, 1, slot) == [0, 1, 2]


def words(outcome: FuzzOutcome, slot: int, stride: int) -> list[int]:
    """The first element of the first call's list in slot, all its fields."""
    offset = int(outcome.calls[0]["arg"][slot]) >> LIST_SHIFT
    return list(outcome.pool[offset : offset + stride])


def exchange(header: bytes, nr_out: bytes, in_list: bytes, out_list: bytes) -> bytes:
    return sel("memory_exchange") + DOM0 + header + pool() + in_list + nr_out + out_list


def header(in_order: bytes, out_order: bytes) -> bytes:
    return head(0, 1) + small(1) + small(1) + in_order + out_order + small(0) + small(0)


def test_a_later_plain_number_may_repeat_the_first() -> None:
    """An exchange's out_order repeats its in_order (a pool pick giving 1) when its control
    byte has the top two bits; otherwise it is a plain pick of its own (0 here)."""
    lists = head(0, 1) + small(0x10), head(0, 1) + small(0x10)
    same = TARGET.run(exchange(header(pool(5), bytes((TOP2, 0))), pool(), *lists))
    assert words(same, 0, 6)[2:4] == [1, 1]
    other = TARGET.run(exchange(header(pool(5), bytes((0, 0))), pool(), *lists))
    assert words(other, 0, 6)[2:4] == [1, 0]


def test_a_later_list_length_may_repeat_the_first() -> None:
    """nr_out, a special pick with the top two bits, takes nr_in (the in list's two
    elements); without them it is the special value its payload picks (0)."""
    in_list = head(0, 2) + small(0x10) + small(0x11)
    out_list = head(0, 1) + small(0x10)
    nr_out = lookup("memory_exchange").args.index(
        next(a for a in lookup("memory_exchange").args if a.name == "nr_out")
    )
    repeat = bytes((TOP2 | FUZZ_CTRL_SPECIAL, 0))
    outcome = TARGET.run(exchange(header(pool(), pool()), repeat, in_list, out_list))
    assert int(outcome.calls[0]["arg"][nr_out]) == 2
    plain = bytes((FUZZ_CTRL_SPECIAL, 0))
    outcome = TARGET.run(exchange(header(pool(), pool()), plain, in_list, out_list))
    assert int(outcome.calls[0]["arg"][nr_out]) == 0


def batch(entry_call: bytes, arg0: bytes) -> bytes:
    entry = entry_call + arg0 + small(1) + b"".join(small(0) for _ in range(5))
    return sel("multicall") + DOM0 + head(0, 1) + entry + pool()


def test_a_batch_entry_may_name_its_own_batch() -> None:
    """A multicall entry's call id, a pool pick with the top two bits, is multicall itself,
    and its first argument (a list) a pool pick: the batch's own list.  With
    multicall_reentry on that recursion is found; the fixed engine refuses the nested batch.
    Without the bits the entry names a hypercall whose arguments are all words."""
    data = batch(bytes((TOP2, 0)), pool())
    outcome = TARGET.run(data)
    entry = words(outcome, 0, 8)
    assert entry[0] == lookup("multicall").id
    assert entry[1] == int(outcome.calls[0]["arg"][0])  # the list's own reference
    assert outcome.finding == 0
    buggy = FuzzTarget(bugs=("multicall_reentry",)).run(data)
    assert buggy.finding != 0
    for b in range(0, 256, 7):
        call = CATALOGUE[words(TARGET.run(batch(pool(b), pool())), 0, 8)[0]]
        assert call.kind is Kind.HYPERCALL and not call.lists, call.name


def test_leaving_the_host_without_free_frames_is_another_outcome() -> None:
    """Balloon-ups of domain 4 by 2 and by 3 extents leave the host plenty and give one
    outcome feature; by all its free frames, or all but one, each gives another."""
    machine = Machine(FUZZ_CONFIG)
    boot_records(machine)
    free = int(machine.counters()["free_frames"])
    assert DOMAINS[3][0] == 4 and free > 8

    def feature(extents: int) -> int:
        data = sel("increase_reservation") + DOM0 + small(4) + small(extents)
        outcome = TARGET.run(data + small(0) + small(0) + bytes((FUZZ_ROOM_NULL,)))
        assert outcome.raws == (extents,) and outcome.finding == 0
        return TARGET.features(1)[0]

    plenty = feature(2)
    assert feature(3) == plenty
    # Down to the last frames (tmem gives the last ones in doc): none, one, a few, plenty.
    assert len({feature(extents) for extents in range(2, free + 1)}) >= 3


def test_a_tmem_page_ops_state_is_the_pool_it_names() -> None:
    """A get whose copy fails (cmfn 0x30, past domain 1's RAM) from domain 1's persistent pool
    (0) and from its private ephemeral pool (2): the same outcome, but another state class
    (the pool's kind), so the first is kept though the second was seen."""
    from haptrace.binding.fuzz import OUTCOME_BUCKETS, TRANSITION_BUCKETS

    state: dict[int, list[int]] = {}
    for pool_id in (0, 2):
        data = sel("tmem_get_page") + caller(1, 0) + small(pool_id) + oid(0, 1, 2)
        outcome = TARGET.run(data + small(0) + small(0x30))
        assert outcome.raws == (-14,)
        start = OUTCOME_BUCKETS + TRANSITION_BUCKETS
        state[pool_id] = [f for f in TARGET.features(1) if start <= f]
    assert state[0] and state[2] and state[0] != state[2]
