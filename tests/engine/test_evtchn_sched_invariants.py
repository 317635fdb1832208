"""The event-channel and sched invariants (evtchn.1-7, sched.1): each is violated by a
deliberately broken state (a planted bug, or the memory a real one corrupts) and holds
on long random runs of the two families' calls; snapshot, restore and the state digest
cover the families' state."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from haptrace.catalogue import ENUMS, PROFILES
from haptrace.catalogue.limits import DOMID_SELF
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(
    HostConfig(),
    (
        DomainConfig(1, pages=64, vcpus=2),
        DomainConfig(2, pages=64, vcpus=2),
        DomainConfig(3, pages=16, hap=False, pv=True),
    ),
)
FAULT = ENUMS["fault_site"].values
VIRQ = ENUMS["virq"].values


def ok(result: CallResult) -> CallResult:
    assert result.ok, result
    return result


def _fill(m: Machine, domid: int, ports: int) -> None:
    with m.caller(domid, 0):
        for _ in range(ports):
            ok(m.evtchn_bind_ipi(0))


def _dangling_bucket_reused(m: Machine) -> None:
    """Domain 1's second bucket fails its labels (XSA-47: with the bug it stays published,
    freed); domain 2 then gets that memory for its own second bucket (port 128)."""
    _fill(m, 1, 127)
    ok(m.inject_fault(FAULT["xen_alloc"], 2))
    with m.caller(1, 0):
        assert m.evtchn_bind_ipi(0).errno_name == "ENOMEM"
    _fill(m, 2, 127)


# Each scenario breaks one invariant when its planted bug is on.
def _port_zero(m: Machine) -> None:
    with m.caller(1, 0):
        m.evtchn_close(0)
        m.evtchn_bind_ipi(0)


def _peer_left_bound(m: Machine) -> None:
    port = int(ok(m.evtchn_alloc_unbound(1, 0)).output("port"))
    local = int(ok(m.evtchn_bind_interdomain(1, port)).output("local_port"))
    ok(m.evtchn_close(local))


def _xen_port_freed(m: Machine) -> None:
    _dangling_bucket_reused(m)
    ok(m.set_hvm_param(2, 27, 0x3F))
    assert ok(m.mem_paging_enable(2)).output("port") == 128  # in the reused memory
    ok(m.domain_destroy(1))  # evtchn_destroy walks the dangling bucket too


def _virq_elsewhere(m: Machine) -> None:
    _dangling_bucket_reused(m)
    _fill(m, 2, 1)  # domain 2's port 128
    with m.caller(1, 0):
        ok(m.evtchn_bind_virq(VIRQ["timer"], 1))  # lands in domain 2's bucket


def _pirq_elsewhere(m: Machine) -> None:
    _dangling_bucket_reused(m)
    _fill(m, 2, 1)
    with m.caller(1, 0):
        ok(m.evtchn_bind_pirq(5))


def _next_fit(m: Machine) -> None:
    _fill(m, 1, 2)
    with m.caller(1, 0):
        ok(m.evtchn_close(1))
        ok(m.evtchn_bind_ipi(0))


def _crash_after_a_reason(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.sched_shutdown_code(1))
    m.set_hvm_param(1, 27, 0x3F)
    ok(m.mem_paging_enable(1))
    ok(m.mem_paging_nominate(1, 0x10))
    ok(m.mem_paging_evict(1, 0x10))
    ok(m.mem_paging_disable(1))
    m.guest_read(1, 0x10)


def _port_of_a_dying_domain(m: Machine) -> None:
    ok(m.foreign_map(1, 0x10, 0))  # keeps domain 1 dying once destroyed
    ok(m.domain_destroy(1))
    m.evtchn_alloc_unbound(1, 2)


def _pending_port_reused(m: Machine) -> None:
    with m.caller(1, 0):
        port = ok(m.evtchn_bind_ipi(0)).output("port")
        ok(m.evtchn_notify(port))
        ok(m.evtchn_close(port))
        m.evtchn_bind_ipi(0)  # the same port


BROKEN: dict[str, tuple[str, Callable[[Machine], None]]] = {
    "evtchn.1": ("close_frees_port_zero", _port_zero),
    "evtchn.2": ("close_leaves_peer_bound", _peer_left_bound),
    "evtchn.3": ("close_leaves_peer_bound", _peer_left_bound),
    "evtchn.4": ("evtchn_bucket_dangling", _xen_port_freed),
    "evtchn.5": ("evtchn_bucket_dangling", _virq_elsewhere),
    "evtchn.6": ("evtchn_bucket_dangling", _pirq_elsewhere),
    "evtchn.7": ("alloc_next_fit", _next_fit),
    "evtchn.8": ("evtchn_alloc_in_dying_domain", _port_of_a_dying_domain),
    "evtchn.9": ("evtchn_close_keeps_pending", _pending_port_reused),
    "sched.1": ("crash_overwrites_shutdown_code", _crash_after_a_reason),
}


def _violations(
    profile: str, bugs: tuple[str, ...], scenario: Callable[[Machine], None]
) -> set[str]:
    m = Machine(CONFIG, profile=profile, bugs=bugs)
    m.set_oracle(True)
    scenario(m)
    return {v.invariant for v in m.check()}


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("invariant", sorted(BROKEN))
def test_a_broken_state_violates_the_invariant(invariant: str, profile: str) -> None:
    bug, scenario = BROKEN[invariant]
    assert invariant in _violations(profile, (bug,), scenario)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("invariant", sorted(BROKEN))
def test_the_same_scenario_is_clean_without_the_bug(invariant: str, profile: str) -> None:
    assert _violations(profile, (), BROKEN[invariant][1]) == set()


def test_every_family_invariant_has_a_broken_state() -> None:
    from haptrace.catalogue import INVARIANTS

    ours = {i.name for i in INVARIANTS if i.name.split(".")[0] in ("evtchn", "sched")}
    assert ours == set(BROKEN)


# ---- random runs ---------------------------------------------------------------------------

DOMAINS = (0, 1, 2, 3, DOMID_SELF, 9)
Op = Callable[[Machine, random.Random], CallResult]


def _port(r: random.Random) -> int:
    return r.choice((0, 1, 2, 3, 4, 5, 6, 7, 127, 128, 129, 300, 4095, 4096))


OPS: tuple[Op, ...] = (
    lambda m, r: m.evtchn_alloc_unbound(r.choice(DOMAINS), r.choice(DOMAINS)),
    lambda m, r: m.evtchn_bind_interdomain(r.choice(DOMAINS), _port(r)),
    lambda m, r: m.evtchn_bind_virq(r.randrange(26), r.randrange(3)),
    lambda m, r: m.evtchn_bind_ipi(r.randrange(3)),
    lambda m, r: m.evtchn_bind_pirq(r.randrange(90), 0),
    lambda m, r: m.evtchn_close(_port(r)),
    lambda m, r: m.evtchn_notify(_port(r)),
    lambda m, r: m.evtchn_status(r.choice(DOMAINS), _port(r)),
    lambda m, r: m.evtchn_bind_vcpu(_port(r), r.randrange(3)),
    lambda m, r: m.evtchn_unmask(_port(r)),
    lambda m, r: m.evtchn_reset(r.choice(DOMAINS)),
    lambda m, r: m.evtchn_op_raw(r.randrange(16)),
    lambda m, r: m.evtchn_guest_mask(r.choice(DOMAINS), _port(r), r.randrange(2)),
    lambda m, r: m.evtchn_guest_clear(r.choice(DOMAINS), _port(r)),
    lambda m, r: m.evtchn_guest_upcall(r.choice(DOMAINS), r.randrange(3)),
    lambda m, r: m.evtchn_guest_upcall_mask(r.choice(DOMAINS), r.randrange(3), r.randrange(2)),
    lambda m, r: m.evtchn_raise_virq(r.choice(DOMAINS), r.randrange(26), r.randrange(3)),
    lambda m, r: m.sched_yield(),
    lambda m, r: m.sched_block(),
    lambda m, r: m.sched_shutdown(r.randrange(6)),
    lambda m, r: m.sched_shutdown_code(r.randrange(6)),
    lambda m, r: m.sched_poll([_port(r) for _ in range(r.randrange(3))], None, r.randrange(2)),
    lambda m, r: m.sched_remote_shutdown(r.choice(DOMAINS), r.randrange(6)),
    lambda m, r: m.sched_watchdog(r.randrange(4), r.randrange(3)),
    lambda m, r: m.sched_op_raw(r.randrange(9)),
    lambda m, r: m.domain_resume(r.choice(DOMAINS)),
    lambda m, r: m.sched_watchdog_expire(r.choice(DOMAINS), r.randrange(4)),
    lambda m, r: m.sched_poll_timeout(r.choice(DOMAINS), r.randrange(3)),
    lambda m, r: m.inject_fault(r.choice((FAULT["copy"], FAULT["xen_alloc"])), r.randrange(1, 4)),
    lambda m, r: m.domain_destroy(r.choice((1, 2))),
    lambda m, r: m.domain_create(r.choice((1, 2)), 16, 0, 0, 2),
    lambda m, r: m.set_hvm_param(r.choice((1, 2)), 27, 0x3F),
    lambda m, r: m.mem_paging_enable(r.choice((1, 2))),
    lambda m, r: m.mem_paging_disable(r.choice((1, 2))),
    lambda m, r: m.evtchn_send(r.choice((1, 2)), _port(r)),
)
CALLERS = ((0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0))


def _random_run(m: Machine, seed: int, length: int) -> list[tuple[object, ...]]:
    r = random.Random(seed)
    trace: list[tuple[object, ...]] = []
    for _ in range(length):
        live = m.domain_ids()
        caller = r.choice([c for c in CALLERS if c[0] in live])
        op = r.choice(OPS)
        with m.caller(*caller):
            result = op(m, r)
        if result.unsupported:
            trace.append(("unsupported", result.reason))
            continue
        if not result.ok:
            assert m.documented(result.call_id, result.errno), result
        trace.append((result.rc, result.errno, result.outputs, result.reason))
    return trace


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("seed", range(4))
def test_random_runs_keep_every_invariant(profile: str, seed: int) -> None:
    m = Machine(CONFIG, profile=profile)
    m.set_oracle(True)
    r = random.Random(1000 + seed)
    for _ in range(60):
        _random_run(m, r.randrange(1 << 30), 25)
        assert m.check() == []


# ---- snapshots and the digest --------------------------------------------------------------


def _booted(profile: str) -> Machine:
    m = Machine(CONFIG, profile=profile)
    port = int(ok(m.evtchn_alloc_unbound(1, 0)).output("port"))
    ok(m.evtchn_bind_interdomain(1, port))
    with m.caller(1, 0):
        ok(m.evtchn_bind_virq(VIRQ["timer"], 1))
        ok(m.evtchn_bind_pirq(3))
        ok(m.sched_watchdog(0, 30))
    with m.caller(2, 1):
        ok(m.evtchn_guest_upcall_mask(2, 1, 1))
        ok(m.sched_poll([1], None, 5))
    return m


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("seed", range(3))
def test_restore_gives_back_the_families_state_and_behaviour(profile: str, seed: int) -> None:
    m, untouched = _booted(profile), _booted(profile)
    digest = m.state_digest()
    assert digest == untouched.state_digest()  # deterministic
    snapshot = m.snapshot()
    _random_run(m, seed, 200)
    assert m.state_digest() != digest
    m.restore(snapshot)
    assert m.state_digest() == digest
    assert _random_run(m, 77 + seed, 200) == _random_run(untouched, 77 + seed, 200)
    assert m.state_digest() == untouched.state_digest()


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.evtchn_guest_clear(0, 1),  # a pending bit
        lambda m: m.evtchn_guest_mask(1, 7),  # a mask bit
        lambda m: m.evtchn_guest_upcall_mask(1, 0, 1),  # a vcpu_info bit
        lambda m: m.evtchn_bind_virq(VIRQ["debug"], 0),  # a virq table
        lambda m: m.evtchn_bind_vcpu(3, 1),  # a pirq list
        lambda m: m.sched_watchdog(1, 0),  # a watchdog
        lambda m: m.sched_shutdown_code(2),  # a shutdown code
        lambda m: m.sched_poll_timeout(2, 1),  # a poll
    ],
)
def test_the_digest_sees_the_families_state(change: Callable[[Machine], CallResult]) -> None:
    m = _booted("doc")
    digest = m.state_digest()
    with m.caller(1, 0):
        ok(change(m))
    assert m.state_digest() != digest
