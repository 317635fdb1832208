"""What the deep tier's chains need from the search (issue 18): the boot's keys and mapping
in every input's pools (csrc/fuzz_decode.c seed_keys, fuzz/boot.py seed_pairs), and state
classes that see how close a call came to a check's other side (csrc/exchange.c and
csrc/gnttab.c fuzz_class: the value profile of an exchange's allocation below its
address_bits limit; which status frames a mapping holds when a table leaves v2).  Each test
fails on the engine before these changes."""

from __future__ import annotations

from test_grammar import DOM0, TARGET, caller, decrease, head, list_at, literal, pool, sel, small
from test_search import STATE_START

from fuzz.boot import TMEM_BOOT
from fuzz.target import FuzzOutcome, FuzzTarget
from haptrace.catalogue import lookup

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
    frames (19) it meets none."""
    one, two = (0x12,), (0x12, 0x13)
    states = {
        (freed, gfns): _run(TARGET, (GIVE_BACK if freed else b"") + _exchange(14, gfns))[1]
        for freed in (False, True)
        for gfns in (one, two)
    }
    assert all(len(s) == 1 for s in states.values())
    assert len({s[0] for s in states.values()}) == 4
    for bits in (0, 19):
        assert _run(TARGET, GIVE_BACK + _exchange(bits, two))[1] == []
    assert TARGET.run(GIVE_BACK + _exchange(14, two)).raws == (1, -12)
    bug = FuzzTarget(bugs=("exchange_fail_frees_stolen",))
    assert bug.run(GIVE_BACK + _exchange(14, two)).finding != 0
