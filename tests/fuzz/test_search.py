"""The search's engine-state signal and resource-aware insertion (issue 18): a call's third
feature is its family's abstract class of what it acts on, so the same call and result on a
differently bound port is new state to the fuzzer; the mutator inserts, after calls that
make a resource, calls that take it far more often than a random call would."""

from __future__ import annotations

from collections import Counter

from fuzz_grammar import layouts
from test_grammar import TARGET, caller, pool, sel, small

from fuzz.mutator import make_mutator
from haptrace.binding.fuzz import FEATURES, FEATURES_PER_CALL, OUTCOME_BUCKETS, TRANSITION_BUCKETS
from haptrace.catalogue import CATALOGUE, Resource, lookup

STATE_START = OUTCOME_BUCKETS + TRANSITION_BUCKETS


def _state_features(data: bytes) -> list[int]:
    outcome = TARGET.run(data)
    n = len(outcome.calls)
    return [f for f in TARGET.features(n) if f >= STATE_START]


def alloc_unbound(dom: int, remote: int) -> bytes:
    return sel("evtchn_alloc_unbound") + bytes((0,)) + small(dom) + small(remote)


def bind_vcpu(port: bytes, vcpu: int) -> bytes:
    return sel("evtchn_bind_vcpu") + caller(1, 0) + port + small(vcpu)


def test_three_features_per_call_and_state_only_from_families_that_give_it() -> None:
    assert FEATURES_PER_CALL == 3 and FEATURES == STATE_START + (FEATURES - STATE_START)
    # evtchn gives a class; a call of a family without the hook (xen_version) gives none.
    data = alloc_unbound(1, 2) + sel("xenver_version") + bytes((0,))
    outcome = TARGET.run(data)
    assert [CATALOGUE[int(c["call"])].name for c in outcome.calls] == [
        "evtchn_alloc_unbound",
        "xenver_version",
    ]
    features = TARGET.features(2)
    assert len(features) == 5 and all(f < FEATURES for f in features)
    assert len([f for f in features if f >= STATE_START]) == 1


def test_the_same_call_on_a_differently_bound_port_is_new_state() -> None:
    """bind_vcpu of domain 1's unbound port, and of the same port once domain 2 bound it:
    the same call, caller and result, but another state feature."""
    unbound = alloc_unbound(1, 2) + bind_vcpu(pool(), 1)
    interdomain = (
        alloc_unbound(1, 2)
        + sel("evtchn_bind_interdomain")
        + caller(2, 0)
        + small(1)
        + pool()
        + bind_vcpu(pool(1), 1)  # the older of the two ports: domain 1's
    )
    a, b = TARGET.run(unbound), TARGET.run(interdomain)
    assert a.raws[-1] == 0 and b.raws[-1] == 0, (a.raws, b.raws)
    assert a.raws[:1] == b.raws[:1] == (0,)
    port_a, port_b = int(a.calls[-1]["arg"][0]), int(b.calls[-1]["arg"][0])
    assert port_a == port_b  # domain 1's port in both
    assert _state_features(unbound)[-1] != _state_features(interdomain)[-1]


def test_insertions_after_a_resource_maker_take_the_resource() -> None:
    """After alloc_unbound (it makes a port), a fifth of the inserted calls or more take a
    port, four times the share of a random call."""
    mutate = make_mutator()
    base = alloc_unbound(1, 2) + alloc_unbound(2, 1)
    takes_port = {
        call.id
        for call in CATALOGUE
        if any(getattr(arg, "uses", None) is Resource.PORT for arg in call.args)
    }
    inserted: Counter[bool] = Counter()
    for seed in range(20000):
        out = mutate(base, 512, seed)
        calls = [layout.call.id for layout in layouts(out)]
        if len(calls) == 3 and calls.count(lookup("evtchn_alloc_unbound").id) == 2:
            new = next(
                c for i, c in enumerate(calls) if i == 2 or c != lookup("evtchn_alloc_unbound").id
            )
            inserted[new in takes_port] += 1
    total = sum(inserted.values())
    assert total > 500
    share = inserted[True] / total
    random_share = len(takes_port) / len(CATALOGUE)
    assert share > 0.2 and share > 4 * random_share, (share, random_share)


def map_resource(domid: int, type_: int, id_: int) -> bytes:
    """map_resource(domid, type, id, frame 0, 1 frame, writable), its room as claimed."""
    args = small(domid) + small(type_) + small(id_) + small(0) + small(1) + small(1)
    return sel("map_resource") + bytes((0,)) + args + bytes((0,))


def test_a_status_frame_mapping_is_new_state() -> None:
    """map_resource of domain 3's grant table (v2 since boot): its status frame and its
    shared frame succeed alike, on the same path, but are different state to the fuzzer,
    and so is the same table once it is v1 (the class has the target's version)."""
    status, shared = map_resource(3, 1, 1), map_resource(3, 1, 0)
    a, b = TARGET.run(status), TARGET.run(shared)
    assert a.raws == b.raws == (0,)
    assert _state_features(status) != _state_features(shared)
    v1 = sel("gnttab_set_version") + caller(3, 0) + small(1)
    c = TARGET.run(v1 + shared)
    assert c.raws == (0, 0)
    assert _state_features(v1 + shared)[-1] != _state_features(shared)[-1]
