"""The search's engine-state signal and resource-aware insertion (issue 18): a call's third
feature is its family's abstract class of what it acts on, so the same call and result on a
differently bound port is new state to the fuzzer; the mutator inserts, after calls that
make a resource, calls that take it far more often than a random call would."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from fuzz_grammar import layouts
from test_grammar import DOM0, TARGET, caller, pool, sel, small

from fuzz.lean import LeanTarget
from fuzz.mutator import make_mutator, schedule
from haptrace.binding.fuzz import (
    FEATURES,
    FEATURES_PER_CALL,
    OUTCOME_BUCKETS,
    TRANSITION_BUCKETS,
    FeatureArray,
)
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


# ---- value feedback, resource-aware splicing and scheduling (issue 18, second half) -------

VIRQ = sel("evtchn_bind_virq") + caller(1, 0) + small(2) + small(0)  # global: vcpu 0


def _port_of(data: bytes, index: int, arg: int = 0) -> int:
    return int(TARGET.run(data).calls[index]["arg"][arg])


def test_an_inserted_port_consumer_names_the_port_the_call_before_made() -> None:
    """After bind_virq, an inserted call that takes a port, by the same guest, names the
    virq's port about half the time: the dependent insertion makes the match outright
    (before it, the decoder's random pool pick among the boot's ports and the new one did,
    about one time in six)."""
    mutate = make_mutator()
    virq_port = _port_of(VIRQ + bind_vcpu(pool(0), 1), 1)
    xenver = sel("xenver_version") + bytes((0,))
    base = VIRQ + xenver
    takes = {
        call.id: next(
            i for i, arg in enumerate(call.args) if getattr(arg, "uses", None) is Resource.PORT
        )
        for call in CATALOGUE
        if any(getattr(arg, "uses", None) is Resource.PORT for arg in call.args)
    }
    virq_id, xenver_id = lookup("evtchn_bind_virq").id, lookup("xenver_version").id
    named: Counter[bool] = Counter()
    for seed in range(12000):
        out = mutate(base, 256, seed)
        ids = [layout.call.id for layout in layouts(out)]
        if len(ids) != 3 or ids[0] != virq_id or ids.count(xenver_id) != 1:
            continue
        k = 1 if ids[1] != xenver_id else 2
        if ids[k] not in takes or ids[k] == virq_id:
            continue
        outcome = TARGET.run(out)
        if len(outcome.calls) <= k:
            continue
        rec = outcome.calls[k]
        same_guest = int(rec["caller"]) == int(outcome.calls[0]["caller"])
        named[int(rec["arg"][takes[ids[k]]]) == virq_port and same_guest] += 1
    assert sum(named.values()) > 300
    assert named[True] / sum(named.values()) > 0.35, named


def mutations_with_kept(kept: tuple[bytes, ...], data: bytes, seeds: int) -> list[bytes]:
    """``seeds`` mutations of ``data`` (at most 256 bytes) with ``kept`` kept as the harness
    keeps inputs (in order, scheduling on), and scheduling off again after."""
    mutate = make_mutator()
    try:
        _favoured(*kept)
        return [mutate(data, 256, seed) for seed in range(seeds)]
    finally:
        schedule(on=False)


def scheduled_runner() -> Callable[[bytes], object]:
    """Turns scheduling on and returns a runner that runs inputs as the harness does
    (features reported), so that the engine keeps those that reach new state; the caller
    turns scheduling off (``schedule(on=False)``)."""
    target = LeanTarget()
    run = target.runner()
    target.executor.report_features(FeatureArray(FEATURES))
    schedule(target.machine.engine)
    return run


def _favoured(*donors: bytes) -> None:
    """Turns scheduling on and runs the donors as the harness does, so that the engine
    keeps them (each reaches state the one before did not)."""
    run = scheduled_runner()
    for donor in donors:
        run(donor)


def test_a_spliced_call_acts_on_what_the_recipient_made() -> None:
    """bind_vcpu spliced from a donor, where it named the older of two IPI ports the donor
    made, into an input that made two ports of its own: its pick is remapped to one the
    recipient made, the newest half the time (unremapped, it would name the older: the
    payload stays 1)."""
    ipi = sel("evtchn_bind_ipi") + caller(1, 0) + small(0)
    donor = ipi + ipi + bind_vcpu(pool(1), 1)
    recipient = alloc_unbound(1, 2) + VIRQ
    outputs = mutations_with_kept((donor,), recipient, 30000)
    spliced = [
        out
        for out in outputs
        if [layout.call.name for layout in layouts(out)]
        == ["evtchn_alloc_unbound", "evtchn_bind_virq", "evtchn_bind_vcpu"]
        and out.startswith(recipient)
    ]
    assert len(spliced) > 40
    virq_port = _port_of(recipient + bind_vcpu(pool(0), 1), 2)
    unbound_port = _port_of(recipient + bind_vcpu(pool(1), 1), 2)
    ports = Counter(_port_of(out, 2) for out in spliced)
    # (a few outputs of that shape come from byte edits of the kept donor instead)
    assert ports[virq_port] + ports[unbound_port] > 0.9 * len(spliced), ports
    assert ports[virq_port] > 0.4 * len(spliced), ports


def test_scheduling_mutates_favoured_inputs_and_is_off_by_default() -> None:
    """With scheduling on, about one mutation in four starts from a kept input (one that
    reached new state) instead of the one given, or splices calls into one; off, the mutator
    is a function of its arguments, whatever ran before."""
    mutate = make_mutator()
    xenver = sel("xenver_version") + bytes((0,))
    base = xenver + xenver
    before = [mutate(base, 256, seed) for seed in range(2000)]
    donor = alloc_unbound(1, 2) + sel("evtchn_bind_interdomain") + caller(2, 0) + small(1) + pool()
    on = mutations_with_kept((donor,), base, 2000)
    assert [mutate(base, 256, seed) for seed in range(2000)] == before
    from_donor = sum(1 for out in on if out and layouts(out)[0].call.name == "evtchn_alloc_unbound")
    assert 0.15 < from_donor / len(on) < 0.4, from_donor


def test_a_port_domain_0_made_in_a_guest_is_used_by_that_guest() -> None:
    """alloc_unbound by domain 0 makes a port in a guest (its dom a pool pick); an inserted
    evtchn_bind_vcpu of that port works only if that guest calls it.  The dependent
    insertion names the guest outright (the producer's dom rewritten as a small value) and
    calls the consumer as that guest."""
    mutate = make_mutator()
    xenver = sel("xenver_version") + bytes((0,))
    base = sel("evtchn_alloc_unbound") + DOM0 + pool(2) + small(0) + xenver  # the 2nd guest
    wanted = ["evtchn_alloc_unbound", "evtchn_bind_vcpu", "xenver_version"]
    worked: Counter[bool] = Counter()
    for seed in range(30000):
        out = mutate(base, 256, seed)
        if [layout.call.name for layout in layouts(out)] != wanted:
            continue
        outcome = TARGET.run(out)
        if len(outcome.calls) < 2 or outcome.raws[0] != 0:
            continue
        made_in = int(outcome.calls[0]["arg"][0])
        rec = outcome.calls[1]
        worked[outcome.raws[1] == 0 and int(rec["caller"]) == made_in] += 1
    assert sum(worked.values()) > 50
    # About one in five (one in twenty-five before: the guest a caller byte picks is rarely
    # the one the port was made in).
    assert worked[True] / sum(worked.values()) > 0.12, worked


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
    # The boot's mapping of the status frame (fuzz/boot.py RESOURCE_BOOT) goes first: while
    # it lives, domain 3 cannot leave v2.
    unmap = sel("unmap_resource") + b"\x00" + small(0)
    v1 = unmap + sel("gnttab_set_version") + caller(3, 0) + small(1)
    c = TARGET.run(v1 + shared)
    assert c.raws == (0, 0, 0)
    assert _state_features(v1 + shared)[-1] != _state_features(shared)[-1]


# ---- state classes of rings, ioreq servers and domains; linked insertions; frontier -------

READ_PAGED = sel("guest_read") + DOM0 + small(2) + small(10) + small(0)  # the boot's paged gfn
PUT_PAGED = sel("ring_put_response") + DOM0 + small(2) + pool(0) + small(10) + small(0) + small(1)
KICK_PAGING = sel("evtchn_send") + DOM0 + small(2) + small(1)  # the paging ring's port
CREATE = sel("ioreq_server_create") + DOM0 + small(1) + small(0)
DESTROY = sel("ioreq_server_destroy") + DOM0 + small(1) + small(0)
MAP_IOREQ = (
    sel("map_resource") + DOM0 + small(1) + small(0) + small(0) + small(1) + small(1) + small(1)
) + bytes((0,))
SET_TARGET = sel("domain_set_target") + DOM0 + small(4) + small(1)
CREATE_BY_4 = sel("ioreq_server_create") + caller(4, 0) + small(1) + small(0)
DESTROY_4 = sel("domain_destroy") + DOM0 + small(4)
XENVER = sel("xenver_version") + bytes((0,))


def test_a_ring_kick_that_consumes_a_response_for_a_page_in_is_new_state() -> None:
    """evtchn_send on the paging ring's port succeeds alike with a response waiting for a
    gfn the guest is paging in and with one for a gfn still paged out; the ring's class (the
    responses waiting, the type of the gfn the oldest names) tells them apart, and the
    response itself is new state once the guest's access asked for the page."""
    requested, unrequested = READ_PAGED + PUT_PAGED + KICK_PAGING, PUT_PAGED + KICK_PAGING
    assert TARGET.run(requested).raws == (-11, 0, 0)
    assert TARGET.run(unrequested).raws == (0, 0)
    a, b = _state_features(requested), _state_features(unrequested)
    assert a[-1] != b[-1] and a[-2] != b[-2]
    # A kick of an empty ring is another state again.
    assert _state_features(KICK_PAGING)[-1] not in (a[-1], b[-1])


def test_ioreq_server_states_tell_the_chain_to_a_freed_mapping_apart() -> None:
    """Mapping a server's frame, and destroying the server while the mapping holds it, take
    the paths that the same calls take without a server or without a mapping; the
    resource family's class (the server, its pages, its mappings) tells them apart."""
    assert TARGET.run(CREATE + MAP_IOREQ + DESTROY).raws == (0, 0, 0)
    with_server = _state_features(CREATE + MAP_IOREQ)[-1]
    without = _state_features(MAP_IOREQ)[-1]
    assert with_server != without
    mapped = _state_features(CREATE + MAP_IOREQ + DESTROY)[-1]
    unmapped = _state_features(CREATE + DESTROY)[-1]
    assert mapped != unmapped


def test_a_device_model_and_the_domain_it_emulates_for_are_new_state() -> None:
    """A server created by domain 4 once it is domain 1's device model, and domain 4's
    destruction while it emulates that server, are new state: the same calls' classes
    differ from those without the relation or without the server."""
    related = SET_TARGET + CREATE_BY_4 + DESTROY_4
    assert TARGET.run(related).raws == (0, 0, 0)
    assert TARGET.run(CREATE_BY_4).raws[0] != 0  # not a device model: refused
    assert _state_features(related)[1] != _state_features(CREATE_BY_4)[0]
    assert _state_features(related)[2] != _state_features(SET_TARGET + DESTROY_4)[1]


def _inserted_domains(base: bytes, first: str, seeds: int) -> list[tuple[int, list[int]]]:
    """(caller, domain arguments) of the call a mutation of base (first + xen_version)
    inserted between or after them, for the inserted calls that take a domain."""
    mutate = make_mutator()
    found = []
    for seed in range(seeds):
        out = mutate(base, 256, seed)
        lays = layouts(out)
        names = [layout.call.name for layout in lays]
        if len(names) != 3 or names[0] != first or names.count("xenver_version") != 1:
            continue
        k = 1 if names[1] != "xenver_version" else 2
        outcome = TARGET.run(out)
        if len(outcome.calls) <= k or names[k] == first:
            continue
        rec, call = outcome.calls[k], lays[k].call
        domains = [
            int(rec["arg"][i])
            for i, arg in enumerate(call.args)
            if getattr(arg, "uses", None) is Resource.DOMAIN
        ]
        if domains:
            found.append((int(rec["caller"]), domains))
    return found


def test_an_inserted_call_acts_on_the_domain_the_call_before_named() -> None:
    """After domain_pause(3), an inserted call that takes a domain names domain 3 in a
    third of the cases or more: a random pick names each of the four guests about one time
    in four."""
    found = _inserted_domains(sel("domain_pause") + DOM0 + small(3) + XENVER, "domain_pause", 20000)
    assert len(found) > 800
    share = sum(1 for _, domains in found if domains[0] == 3) / len(found)
    assert share > 0.3, share


def test_a_relation_insertion_calls_as_the_device_model_on_its_target() -> None:
    """After domain_set_target(4, 1), an inserted call that takes a domain is made by
    domain 4 on domain 1 about one time in twenty: the device model's calls on its target
    (a random one is: a guest caller one time in sixteen, domain 4 one guest in four, and
    domain 1 one domain in four: one in 256)."""
    found = _inserted_domains(SET_TARGET + XENVER, "domain_set_target", 20000)
    assert len(found) > 1000
    share = sum(1 for who, domains in found if who == 4 and 1 in domains) / len(found)
    assert share > 0.025, share


def test_a_kept_input_is_cut_after_its_new_state_and_grown_there() -> None:
    """A kept input holds the calls up to the one that reached new state (the calls after
    it, which reached none, are gone), and half the mutations of it insert a call after
    its last call."""
    donor = alloc_unbound(1, 2) + XENVER + XENVER + XENVER
    base = XENVER + XENVER
    outputs = mutations_with_kept((donor,), base, 4000)
    grown = [
        out
        for out in outputs
        if [layout.call.name for layout in layouts(out)][:1] == ["evtchn_alloc_unbound"]
    ]
    assert len(grown) > 200
    two = sum(1 for out in grown if len(layouts(out)) == 2 and out.startswith(donor[:5]))
    assert two > 0.3 * len(grown), (two, len(grown))
    # The donor's three calls after its new state were cut: no mutation of it holds them.
    assert not any(out.startswith(donor) for out in grown)


def test_the_rarest_kept_state_is_mutated_most() -> None:
    """Of two kept inputs, the one whose state later inputs keep reaching is mutated less
    than the one whose state stays rare (a tournament on the states' hit counts)."""
    common = alloc_unbound(1, 2)
    rare = sel("evtchn_bind_ipi") + caller(3, 0) + small(0)
    mutate = make_mutator()
    run = scheduled_runner()
    try:
        run(common)
        run(rare)
        for _ in range(300):
            run(common)
        outputs = [mutate(XENVER + XENVER, 256, seed) for seed in range(4000)]
    finally:
        schedule(on=False)
    first = Counter(layouts(out)[0].call.name for out in outputs if out)
    assert first["evtchn_bind_ipi"] > 2 * first["evtchn_alloc_unbound"], first
