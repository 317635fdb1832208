"""Value feedback for arguments that must match another call's output or a state value
(issue 18): acquire_resource's id is drawn from the live ioreq servers when its type is
ioreq_server (Arg.fuzz_uses); a gfn at its p2m's high-water mark (what maximum_gpfn
answers) is a state of its own; so is each number of ioreq servers a domain has, so that
the fuzzer climbs to the table's limit a create at a time."""

from __future__ import annotations

from collections import Counter

from fuzz_grammar import layouts
from test_grammar import DOM0, TARGET, pool, sel, small
from test_search import STATE_START

from fuzz.mutator import make_mutator
from haptrace.catalogue import lookup
from haptrace.catalogue.limits import FUZZ_ROOM_NULL
from haptrace.catalogue.model import FuzzUses

CREATE = sel("ioreq_server_create") + DOM0 + small(1) + small(0)  # for domain 1, no bufioreq


def _map(type_: int, id_: bytes) -> bytes:
    """map_resource(domain 1, type, id, frame 1, 1 frame, writable), its room as claimed."""
    args = small(1) + small(type_) + id_ + small(1) + small(1) + small(1)
    return sel("map_resource") + DOM0 + args + bytes((0,))


def _state(data: bytes) -> list[int]:
    outcome = TARGET.run(data)
    return [f for f in TARGET.features(len(outcome.calls)) if f >= STATE_START]


def test_the_catalogue_hints_acquire_resources_id_only_for_the_fuzzer() -> None:
    for name in ("acquire_resource", "resource_size", "map_resource"):
        arg = next(a for a in lookup(name).args if a.name == "id")
        assert arg.fuzz_uses is not None and arg.fuzz_uses.when == "type"
        assert arg.uses is None  # replay does not remap it
    assert isinstance(arg.fuzz_uses, FuzzUses)


def test_an_ioreq_id_pool_pick_names_the_newest_server() -> None:
    """After two creates (ids 0 and 1), map_resource's id as a pool pick of payload 0 is the
    newest server's, 1, when the type is ioreq_server (a plain number 0 before the hint);
    for a grant table it stays a plain number."""
    ioreq = TARGET.run(CREATE + CREATE + _map(0, pool(0)))
    assert ioreq.raws == (0, 0, 0)
    assert int(ioreq.calls[2]["arg"][2]) == 1
    grant = TARGET.run(CREATE + CREATE + _map(1, pool(0)))
    assert int(grant.calls[2]["arg"][2]) == 0


def test_each_number_of_ioreq_servers_is_new_state() -> None:
    """The k-th create on a domain meets another state for every k up to the table's eight,
    and the ninth (the table full) another again."""
    classes = [_state(CREATE * k)[-1] for k in range(1, 10)]
    assert TARGET.run(CREATE * 9).raws == (0,) * 8 + (-28,)  # ENOSPC
    assert len(set(classes)) == 9


def test_a_gfn_at_the_high_water_mark_is_new_state() -> None:
    """memshr_nominate_gfn of domain 1's highest mapped gfn (maximum_gpfn's answer) takes
    the path a nominate of any plain page takes; the high-water mark is state of its own,
    and two gfns below it are not."""
    top = TARGET.run(sel("maximum_gpfn") + DOM0 + small(1)).raws[0]
    assert top > 2

    def nominate(gfn: int) -> bytes:
        return sel("memshr_nominate_gfn") + DOM0 + small(1) + small(gfn)

    outcomes = [TARGET.run(nominate(g)).raws for g in (top - 2, top - 1, top)]
    assert outcomes == [(0,), (0,), (0,)]
    # The sharing family has no class of its own: a plain page is no state at all.
    below, next_below, edge = (_state(nominate(g)) for g in (top - 2, top - 1, top))
    assert below == next_below == []
    assert len(edge) == 1


def test_a_call_on_a_host_with_one_free_frame_is_new_state() -> None:
    """The same nominate after a balloon-up of domain 4 by 2 extents, and after one of the
    host's free frames less one (an output list's length, pool payload 14) or all of them
    (payload 6; tmem then gives an ephemeral page's frame back): the page and the call's
    path are the same, the host's memory is not."""

    def balloon(extents: bytes) -> bytes:
        return (
            sel("increase_reservation")
            + DOM0
            + small(4)
            + extents
            + small(0)
            + small(0)
            + bytes((FUZZ_ROOM_NULL,))
        )

    nominate = sel("memshr_nominate_gfn") + DOM0 + small(1) + small(0x10)
    plenty, scarce, all_of_it = (balloon(e) + nominate for e in (small(2), pool(14), pool(6)))
    for data in (plenty, scarce, all_of_it):
        assert TARGET.run(data).raws[1] == 0
    assert _state(scarce)[-1] == _state(all_of_it)[-1]  # one frame left either way
    # A nominate of a plain page is no state (the sharing family has no class); on a host
    # down to its last frame it is.
    assert _state(plenty) == [] and len(_state(scarce)) == 1


def test_a_dependent_insertion_after_a_create_maps_that_server() -> None:
    """After ioreq_server_create, the mutator's insertions of map_resource, acquire_resource
    and resource_size (their id is hinted as an ioreq server's) name the ioreq_server type
    most of the time: a dependent insertion sets the type and picks the id from the pool
    (a random type is ioreq_server one time in three, and in four or more of its values)."""
    mutate = make_mutator()
    xenver = sel("xenver_version") + bytes((0,))
    base = CREATE + xenver
    hinted = {"map_resource", "acquire_resource", "resource_size"}
    names_of_base = ("ioreq_server_create", "xenver_version")
    typed: Counter[bool] = Counter()
    for seed in range(20000):
        out = mutate(base, 256, seed)
        names = [layout.call.name for layout in layouts(out)]
        if len(names) != 3 or names[0] != names_of_base[0] or names.count(names_of_base[1]) != 1:
            continue
        k = 1 if names[1] != "xenver_version" else 2
        if names[k] not in hinted:
            continue
        outcome = TARGET.run(out)
        if len(outcome.calls) > k:
            typed[int(outcome.calls[k]["arg"][1]) & 0xFFFF == 0] += 1
    assert sum(typed.values()) > 30, typed
    assert typed[True] / sum(typed.values()) > 0.6, typed
