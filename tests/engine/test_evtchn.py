"""Event channels through the Machine API: what each EVTCHNOP does to the port table, the
pending and mask bits and the upcalls, as xen/common/event_channel.c does at
RELEASE-4.2.0.  Every test runs in both profiles (they agree on these calls) with the
transition oracle on, and ends with a clean audit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haptrace.catalogue import ENUMS, PROFILES, REASONS
from haptrace.catalogue.limits import DOMID_SELF
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(
    HostConfig(),
    (
        DomainConfig(1, pages=64, vcpus=2),
        DomainConfig(2, pages=64),
        DomainConfig(3, pages=16, hap=False, pv=True),
    ),
)
STATUS = ENUMS["evtchn_status"].values
VIRQ = ENUMS["virq"].values
FAULT = ENUMS["fault_site"].values
SHUTDOWN = ENUMS["shutdown_reason"].values


@pytest.fixture(params=PROFILES)
def m(request: pytest.FixtureRequest) -> Iterator[Machine]:
    machine = Machine(CONFIG, profile=request.param)
    machine.set_oracle(True)
    yield machine
    assert machine.check() == []


def ok(result: CallResult) -> CallResult:
    assert result.ok, result
    return result


def port_of(result: CallResult, name: str = "port") -> int:
    return int(ok(result).output(name))


def status(m: Machine, domid: int, port: int) -> dict[str, int]:
    return dict(ok(m.evtchn_status(domid, port)).outputs_dict)


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def blocked(m: Machine, domid: int) -> bool:
    """XEN_DOMINF_blocked: every vcpu of the domain is blocked (asked by domain 0)."""
    with m.caller(0, 0):
        return bool(ok(m.domain_getinfo(domid)).output("flags") & 16)


def poll(m: Machine, ports: list[int], domid: int = 0, vcpu: int = 0) -> str:
    """What a poll by (domid, vcpu) answers, with the vcpu's upcalls masked first (as a
    guest polls: otherwise any pending upcall ends the poll before the ports are read)."""
    ok(m.evtchn_guest_upcall_mask(domid, vcpu, 1))
    with m.caller(domid, vcpu):
        return ok(m.sched_poll(ports, None, 0)).reason


# ---- allocation ------------------------------------------------------------------------


def test_ports_are_the_lowest_free_ones_and_are_reused_after_a_close(m: Machine) -> None:
    with m.caller(1, 0):
        assert [port_of(m.evtchn_bind_ipi(0)) for _ in range(4)] == [1, 2, 3, 4]
        ok(m.evtchn_close(2))
        assert port_of(m.evtchn_bind_ipi(1)) == 2  # below 5: the lowest free port
        assert port_of(m.evtchn_alloc_unbound(DOMID_SELF, 0)) == 5


def test_a_new_bucket_of_128_ports_is_allocated_only_when_the_others_are_full(
    m: Machine,
) -> None:
    with m.caller(1, 0):
        assert m.evtchn_status(DOMID_SELF, 128).errno_name == "EINVAL"  # not valid yet
        for expected in range(1, 128):
            assert port_of(m.evtchn_bind_ipi(0)) == expected
        before = int(m.host_counters()["xenheap_free"][0])
        assert port_of(m.evtchn_bind_ipi(0)) == 128
        assert int(m.host_counters()["xenheap_free"][0]) == before - 1  # the bucket
        assert status(m, DOMID_SELF, 255)["status"] == STATUS["closed"]  # valid now
        assert m.evtchn_status(DOMID_SELF, 256).errno_name == "EINVAL"


def test_all_4096_ports_then_enospc(m: Machine) -> None:
    with m.caller(2, 0):
        for _ in range(4095):
            ok(m.evtchn_bind_ipi(0))
        full = m.evtchn_alloc_unbound(DOMID_SELF, 0)
        assert full.errno_name == "ENOSPC" and full.reason == reason("EVTCHN_NO_FREE_PORT")
        assert status(m, DOMID_SELF, 4095)["status"] == STATUS["ipi"]


def test_a_failed_allocation_leaves_the_port_free(m: Machine) -> None:
    m.caller_privilege(1, ENUMS["privilege"].values["xsm_deny"])
    assert m.evtchn_alloc_unbound(1, 0).errno_name == "EACCES"
    m.caller_privilege(1, ENUMS["privilege"].values["full"])
    assert port_of(m.evtchn_alloc_unbound(1, 0)) == 1  # the same port again


def test_a_failed_copy_out_keeps_the_port_as_xen_does(m: Machine) -> None:
    ok(m.inject_fault(FAULT["copy"], 2))
    result = m.evtchn_alloc_unbound(1, 0)
    assert result.errno_name == "EFAULT" and result.reason == reason("EVTCHN_COPY_OUT")
    assert status(m, 1, 1) == {
        "status": STATUS["unbound"],
        "vcpu": 0,
        "remote_dom": 0,
        "remote_port": 0,
        "irq": 0,
    }


# ---- unbound and interdomain --------------------------------------------------------


def test_alloc_unbound_names_the_caller_for_domid_self_and_checks_no_remote(m: Machine) -> None:
    with m.caller(1, 0):
        mine = port_of(m.evtchn_alloc_unbound(DOMID_SELF, DOMID_SELF))
        assert status(m, DOMID_SELF, mine)["remote_dom"] == 1  # the caller, not dom
    anyone = port_of(m.evtchn_alloc_unbound(1, 0x7FEF))  # no such domain: stored as given
    assert status(m, 1, anyone)["remote_dom"] == 0x7FEF


def test_bind_interdomain_links_both_ends_and_sets_the_local_one_pending(m: Machine) -> None:
    remote = port_of(m.evtchn_alloc_unbound(1, 0))
    local = port_of(m.evtchn_bind_interdomain(1, remote), "local_port")
    assert status(m, 0, local)["status"] == STATUS["interdomain"]
    assert (status(m, 0, local)["remote_dom"], status(m, 0, local)["remote_port"]) == (1, remote)
    assert (status(m, 1, remote)["remote_dom"], status(m, 1, remote)["remote_port"]) == (0, local)
    # the local port is pending ("we may have lost notifications"): a poll returns at once
    assert poll(m, [local]) == reason("POLL_PORT_PENDING")
    assert poll(m, [remote], 1) == reason("POLL_BLOCKED")  # the remote end is not touched


def test_only_the_domain_an_unbound_port_names_may_bind_it(m: Machine) -> None:
    remote = port_of(m.evtchn_alloc_unbound(1, 2))  # for domain 2
    assert m.evtchn_bind_interdomain(1, remote).reason == reason("EVTCHN_REMOTE_NOT_UNBOUND")
    with m.caller(2, 0):
        ok(m.evtchn_bind_interdomain(1, remote))
        # bound now: nobody else may bind it
        assert m.evtchn_bind_interdomain(1, remote).errno_name == "EINVAL"


def test_the_local_port_is_allocated_before_the_remote_one_is_checked(m: Machine) -> None:
    """A full caller gets ENOSPC even for a bad remote port."""
    m.domain_set_max_evtchn(0, 0)
    assert m.evtchn_bind_interdomain(1, 200).errno_name == "ENOSPC"


def test_loopback_both_ends_in_one_domain(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.evtchn_bind_ipi(0))  # port 1, so the loopback ends are 2 and 3
        unbound = port_of(m.evtchn_alloc_unbound(DOMID_SELF, DOMID_SELF))
        local = port_of(m.evtchn_bind_interdomain(DOMID_SELF, unbound), "local_port")
        assert (unbound, local) == (2, 3)
        assert status(m, DOMID_SELF, local)["remote_port"] == unbound
        ok(m.evtchn_guest_clear(1, local))
        ok(m.evtchn_notify(local))  # sets the other end pending
        assert poll(m, [unbound], 1) == reason("POLL_PORT_PENDING")
        ok(m.evtchn_close(unbound))
        assert status(m, DOMID_SELF, local)["status"] == STATUS["unbound"]
        assert status(m, DOMID_SELF, local)["remote_dom"] == 1


def test_close_makes_the_peer_unbound_for_the_closer_which_can_bind_again(m: Machine) -> None:
    remote = port_of(m.evtchn_alloc_unbound(1, 0))
    local = port_of(m.evtchn_bind_interdomain(1, remote), "local_port")
    with m.caller(1, 0):
        ok(m.evtchn_close(remote))  # domain 1 closes its end
    peer = status(m, 0, local)
    assert (peer["status"], peer["remote_dom"]) == (STATUS["unbound"], 1)
    with m.caller(1, 0):  # domain 1 may bind to domain 0's now unbound port
        again = port_of(m.evtchn_bind_interdomain(0, local), "local_port")
    assert again == remote  # the lowest free port of domain 1 again
    assert status(m, 0, local)["status"] == STATUS["interdomain"]


def test_send_notifies_the_peer_and_drops_on_an_unbound_port(m: Machine) -> None:
    remote = port_of(m.evtchn_alloc_unbound(1, 0))
    with m.caller(1, 0):
        dropped = m.evtchn_notify(remote)
        assert dropped.ok and dropped.reason == reason("EVTCHN_SEND_DROPPED")
    local = port_of(m.evtchn_bind_interdomain(1, remote), "local_port")
    ok(m.evtchn_notify(local))
    assert poll(m, [remote], 1) == reason("POLL_PORT_PENDING")


# ---- virqs, ipis, pirqs --------------------------------------------------------------


def test_per_vcpu_and_global_virqs(m: Machine) -> None:
    with m.caller(1, 0):
        timer0 = port_of(m.evtchn_bind_virq(VIRQ["timer"], 0))
        timer1 = port_of(m.evtchn_bind_virq(VIRQ["timer"], 1))  # per-vcpu: one per vcpu
        assert timer0 != timer1
        debug = port_of(m.evtchn_bind_virq(VIRQ["console"], 0))  # global: vcpu 0 only
        assert m.evtchn_bind_virq(VIRQ["console"], 0).errno_name == "EEXIST"
        # a global virq's notified vcpu can move, a per-vcpu one's cannot
        ok(m.evtchn_bind_vcpu(debug, 1))
        assert status(m, DOMID_SELF, debug)["vcpu"] == 1
        assert m.evtchn_bind_vcpu(timer0, 1).reason == reason("EVTCHN_WRONG_STATE")
        assert status(m, DOMID_SELF, timer1) == {
            "status": STATUS["virq"],
            "vcpu": 1,
            "remote_dom": 0,
            "remote_port": 0,
            "irq": VIRQ["timer"],
        }
        ok(m.evtchn_close(timer1))
        assert port_of(m.evtchn_bind_virq(VIRQ["timer"], 1)) == timer1  # unbound again


def test_a_raised_virq_is_pending_on_the_vcpu_it_notifies(m: Machine) -> None:
    with m.caller(1, 1):
        console = port_of(m.evtchn_bind_virq(VIRQ["console"], 0))
        ok(m.evtchn_bind_vcpu(console, 1))
        assert m.sched_block().reason == reason("SCHED_BLOCKED")
    assert m.evtchn_raise_virq(1, VIRQ["debug"]).reason == reason("EVTCHN_VIRQ_UNBOUND")
    ok(m.evtchn_raise_virq(1, VIRQ["console"]))
    with m.caller(1, 1):  # vcpu 1 got the upcall and runs again: block returns at once
        assert m.sched_block().reason == reason("SCHED_UPCALL_PENDING")


def test_ipi_send_sets_the_port_pending_on_its_vcpu_and_wakes_it(m: Machine) -> None:
    with m.caller(1, 0):
        ipi = port_of(m.evtchn_bind_ipi(1))
    with m.caller(1, 1):
        assert m.sched_block().reason == reason("SCHED_BLOCKED")
    with m.caller(1, 0):
        assert not blocked(m, 1)
        ok(m.evtchn_notify(ipi))
    assert not blocked(m, 1)
    with m.caller(1, 1):  # its upcall is due: it would not block again
        assert m.sched_poll([ipi], None, 0).reason == reason("SCHED_UPCALL_PENDING")


def test_pirqs_bind_for_an_hvm_guest_and_follow_their_vcpu(m: Machine) -> None:
    with m.caller(1, 0):
        port = port_of(m.evtchn_bind_pirq(7))
        assert status(m, DOMID_SELF, port)["irq"] == 7
        assert status(m, DOMID_SELF, port)["status"] == STATUS["pirq"]
        ok(m.evtchn_bind_vcpu(port, 1))  # relinked on vcpu 1's pirq list
        assert status(m, DOMID_SELF, port)["vcpu"] == 1
        ok(m.evtchn_close(port))
        assert port_of(m.evtchn_bind_pirq(7)) == port  # the pirq is free again


def test_the_pirq_space_follows_the_hosts_gsis(m: Machine) -> None:
    small = Machine(
        MachineConfig(HostConfig(nr_irqs_gsi=16), (DomainConfig(1, pages=16),)),
        profile=m.profile,
    )
    with small.caller(1, 0):
        assert small.evtchn_bind_pirq(16 + 31).ok
        assert small.evtchn_bind_pirq(16 + 32).errno_name == "EINVAL"
    # domain 0 has 256 more; being paravirtualised it needs a machine IRQ the engine lacks
    assert small.evtchn_bind_pirq(16 + 255).reason == reason("EVTCHN_PIRQ_UNMAPPED")
    assert small.evtchn_bind_pirq(16 + 256).reason == reason("EVTCHN_BAD_PIRQ")


# ---- masks, upcalls, unmask ----------------------------------------------------------


def test_a_masked_port_raises_no_upcall_until_it_is_unmasked(m: Machine) -> None:
    with m.caller(1, 0):
        ipi = port_of(m.evtchn_bind_ipi(0))
        ok(m.evtchn_guest_mask(1, ipi))
        ok(m.evtchn_notify(ipi))
        assert m.sched_block().reason == reason("SCHED_BLOCKED")  # pending but masked
    with m.caller(1, 1):
        ok(m.evtchn_unmask(ipi))  # unmask only acts on the caller's domain: port 1 of 1
    with m.caller(1, 0):
        assert m.sched_block().reason == reason("SCHED_UPCALL_PENDING")
        ok(m.evtchn_guest_upcall(1, 0))  # the guest takes the upcall
        assert m.sched_block().reason == reason("SCHED_BLOCKED")


def test_unmask_applies_to_any_valid_port_even_a_free_one(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.evtchn_guest_mask(1, 100))  # bits exist for every port below 4096
        assert m.evtchn_unmask(100).ok  # free, but in an allocated bucket
        assert m.evtchn_unmask(0).ok  # reserved
        assert m.evtchn_unmask(128).errno_name == "EINVAL"


def test_close_clears_pending_but_keeps_the_mask(m: Machine) -> None:
    with m.caller(1, 0):
        ipi = port_of(m.evtchn_bind_ipi(0))
        ok(m.evtchn_guest_mask(1, ipi))
        ok(m.evtchn_notify(ipi))
        ok(m.evtchn_close(ipi))
        again = port_of(m.evtchn_bind_ipi(0))
        assert again == ipi
        assert poll(m, [ipi], 1) == reason("POLL_BLOCKED")  # not pending any more
    with m.caller(1, 0):
        ok(m.evtchn_notify(again))  # still masked: no upcall, but pending (the poll ends)
        assert m.sched_block().reason == reason("SCHED_BLOCKED")


# ---- Xen's own ports: the mem_event rings --------------------------------------------


def test_a_rings_port_is_xens_and_refuses_the_guest(m: Machine) -> None:
    m.set_hvm_param(1, 27, 0x3F)
    ring = port_of(m.mem_paging_enable(1))
    if m.profile == "xen-4.17":
        # evtchn_status refuses a Xen consumer's port (4.15's f60ab5337f, RELEASE-4.17.0).
        assert m.evtchn_status(1, ring).reason == reason("EVTCHN_XEN_CONSUMER")
    else:
        assert status(m, 1, ring)["status"] == STATUS["unbound"]  # shown like any other
        assert status(m, 1, ring)["remote_dom"] == 0  # accepts the enabling domain
    with m.caller(1, 0):
        for refused in (m.evtchn_close(ring), m.evtchn_notify(ring), m.evtchn_bind_vcpu(ring, 1)):
            assert refused.reason == reason("EVTCHN_XEN_PORT")
        ok(m.evtchn_reset(DOMID_SELF))  # reset closes what it may: the ring's port stays
    assert m.evtchn_status(1, ring).errno_name == ("EACCES" if m.profile == "xen-4.17" else "")


def test_the_helper_binds_the_rings_port_and_kicks_it_with_a_real_send(m: Machine) -> None:
    m.set_hvm_param(1, 27, 0x3F)
    ring = port_of(m.mem_paging_enable(1))
    local = port_of(m.evtchn_bind_interdomain(1, ring), "local_port")
    ok(m.mem_paging_nominate(1, 0x20))
    ok(m.mem_paging_evict(1, 0x20))
    ok(m.evtchn_guest_clear(0, local))  # the bind set it pending
    assert m.guest_read(1, 0x20).errno_name == "EAGAIN"  # a page-in request on the ring
    # Xen notified the helper's port (notify_via_xen_event_channel)
    assert poll(m, [local]) == reason("POLL_PORT_PENDING")
    request = ok(m.ring_get_request(1, 1))
    ok(m.mem_paging_load(1, 0x20, 0xCAFE000))
    ok(m.ring_put_response(1, 1, 0x20, request.output("vcpu_id"), request.output("flags")))
    sent = ok(m.evtchn_notify(local))  # EVTCHNOP_send: Xen's consumer resumes the ring
    assert sent.reason == reason("EVTCHN_SEND_XEN")
    assert m.guest_read(1, 0x20).ok  # the vcpu was unpaused
    ok(m.mem_paging_disable(1))  # free_xen_event_channel: the helper's end is unbound
    assert (status(m, 0, local)["status"], status(m, 0, local)["remote_dom"]) == (
        STATUS["unbound"],
        1,
    )


# ---- reset and destruction -----------------------------------------------------------


def test_reset_closes_every_port_but_port_zero_and_xens(m: Machine) -> None:
    remote = port_of(m.evtchn_alloc_unbound(1, 0))
    local = port_of(m.evtchn_bind_interdomain(1, remote), "local_port")
    with m.caller(1, 0):
        ipi = port_of(m.evtchn_bind_ipi(0))
        virq = port_of(m.evtchn_bind_virq(VIRQ["timer"], 0))
    ok(m.evtchn_reset(1))  # domain 0 resets domain 1 (no pause needed in 4.2)
    for port in (remote, ipi, virq):
        assert status(m, 1, port)["status"] == STATUS["closed"]
    assert (status(m, 0, local)["status"], status(m, 0, local)["remote_dom"]) == (
        STATUS["unbound"],
        1,
    )
    with m.caller(1, 0):
        assert port_of(m.evtchn_bind_virq(VIRQ["timer"], 0)) == 1  # the table was cleared


def test_a_destroyed_domains_peers_become_unbound_and_dom0_hears_dom_exc(m: Machine) -> None:
    dom_exc = port_of(m.evtchn_bind_virq(VIRQ["dom_exc"], 0))
    remote = port_of(m.evtchn_alloc_unbound(2, 0))
    local = port_of(m.evtchn_bind_interdomain(2, remote), "local_port")
    ok(m.evtchn_guest_clear(0, local))
    ok(m.domain_destroy(2))
    assert (status(m, 0, local)["status"], status(m, 0, local)["remote_dom"]) == (
        STATUS["unbound"],
        2,
    )
    assert poll(m, [dom_exc]) == reason("POLL_PORT_PENDING")


def test_status_by_a_guest_needs_domid_self(m: Machine) -> None:
    with m.caller(1, 0):
        assert status(m, DOMID_SELF, 0)["status"] == STATUS["closed"]  # reserved
        by_id = m.evtchn_status(1, 0)
        assert m.evtchn_status(2, 0).errno_name == "EPERM"
    # 4.17 looks the domain up by any id and asks XSM_TARGET, which lets a domain name itself
    # (evtchn_status, RELEASE-4.17.0); 4.2's IS_PRIV_FOR does not.
    assert by_id.errno_name == ("" if m.profile == "xen-4.17" else "EPERM")


def test_an_unknown_event_channel_op(m: Machine) -> None:
    assert m.evtchn_op_raw(13).errno_name == "ENOSYS"  # FIFO's set_priority came in 4.4
    assert m.evtchn_op_raw(0).errno_name == "EFAULT"  # a 4.2 op: its struct is unreadable
