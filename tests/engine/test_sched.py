"""sched_op through the Machine API (xen/common/schedule.c and domain.c at RELEASE-4.2.0):
block and poll report whether the vcpu blocked, and events wake it; the first shutdown
reason sticks, a crash and a watchdog included, until domain_resume; getdomaininfo shows
the code for every domain; timers fire when the scenario says; domain 0 shutting the host
down is refused as not modelled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from haptrace.catalogue import ENUMS, PROFILES, REASONS
from haptrace.catalogue.limits import DOMID_SELF
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(
    HostConfig(), (DomainConfig(1, pages=64, vcpus=2), DomainConfig(2, pages=64))
)
SHUTDOWN = ENUMS["shutdown_reason"].values
SCHEDOP = ENUMS["schedop"].values
VIRQ = ENUMS["virq"].values
NONE = 0xFFFF  # getdomaininfo's bits 16-31 before any reason is recorded (code -1)


@pytest.fixture(params=PROFILES)
def m(request: pytest.FixtureRequest) -> Iterator[Machine]:
    machine = Machine(CONFIG, profile=request.param)
    machine.set_oracle(True)
    yield machine
    assert machine.check() == []


def ok(result: CallResult) -> CallResult:
    assert result.ok, result
    return result


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


RUNNING = 32  # XEN_DOMINF_running: a vcpu of the domain runs


def flags(m: Machine, domid: int) -> int:
    """getdomaininfo's flags without XEN_DOMINF_hap (0x100), which 4.17's
    arch_get_domain_info adds for a HAP domain (tests/engine/test_xen417_differences.py)."""
    with m.caller(0, 0):
        info = ok(m.domain_getinfo(domid))
    assert info.output("domid") == domid
    return int(info.output("flags")) & ~0x100


def code(m: Machine, domid: int) -> int:
    return flags(m, domid) >> 16


# ---- yield, block, poll ------------------------------------------------------------------


def test_yield_returns_at_once(m: Machine) -> None:
    with m.caller(1, 0):
        assert ok(m.sched_yield()).reason == ""
        assert ok(m.sched_op_raw(SCHEDOP["yield"])).reason == ""


def test_block_blocks_until_an_event_and_unmasks_upcalls(m: Machine) -> None:
    ok(m.evtchn_guest_upcall_mask(1, 0, 1))
    with m.caller(1, 0):
        ipi = int(ok(m.evtchn_bind_ipi(0)).output("port"))
        assert ok(m.sched_block()).reason == reason("SCHED_BLOCKED")
    with m.caller(1, 1):
        assert ok(m.sched_op_raw(SCHEDOP["block"])).reason == reason("SCHED_BLOCKED")
    assert flags(m, 1) & (16 | RUNNING) == 16  # XEN_DOMINF_blocked: every vcpu is
    ok(m.evtchn_raise_virq(1, VIRQ["timer"], 1))  # unbound: nothing wakes
    assert flags(m, 1) & 16
    with m.caller(1, 1):
        ok(m.evtchn_notify(ipi))  # a send from a blocked vcpu: the engine does not police it
    # vcpu 0 got its upcall (block had unmasked it): it runs
    assert flags(m, 1) & (16 | RUNNING) == RUNNING
    with m.caller(1, 0):
        assert ok(m.sched_block()).reason == reason("SCHED_UPCALL_PENDING")


def test_poll_returns_at_once_for_a_pending_port_before_reading_the_rest(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.evtchn_guest_upcall_mask(1, 0, 1))
        ipi = int(ok(m.evtchn_bind_ipi(1)).output("port"))
        ok(m.evtchn_notify(ipi))
        # the bad port and the short list come after the pending one: never read
        assert ok(m.sched_poll([ipi, 5000], None, 0)).reason == reason("POLL_PORT_PENDING")
        assert ok(m.sched_poll([ipi], 3, 0)).reason == reason("POLL_PORT_PENDING")
        # ports in buckets never allocated are only bounded: a poll blocks on them
        assert ok(m.sched_poll([300], None, 0)).reason == reason("POLL_BLOCKED")


def test_an_upcall_due_ends_a_poll_before_its_ports_are_read(m: Machine) -> None:
    with m.caller(1, 0):
        ipi = int(ok(m.evtchn_bind_ipi(0)).output("port"))
        ok(m.evtchn_notify(ipi))  # upcall pending, not masked
        assert ok(m.sched_poll([4999], None, 0)).reason == reason("SCHED_UPCALL_PENDING")


def test_a_poll_of_one_port_wakes_only_for_that_port_masked_or_not(m: Machine) -> None:
    ok(m.evtchn_guest_upcall_mask(1, 0, 1))
    with m.caller(1, 0):
        first = int(ok(m.evtchn_bind_ipi(0)).output("port"))
        second = int(ok(m.evtchn_bind_ipi(0)).output("port"))
        ok(m.evtchn_guest_mask(1, first))
        assert ok(m.sched_poll([first], None, 0)).reason == reason("POLL_BLOCKED")
    with m.caller(1, 1):
        ok(m.evtchn_notify(second))
        assert flags(m, 1) & 16 == 0  # vcpu 1 runs; vcpu 0 still polls
        assert m.sched_poll_timeout(1, 0).errno_name == "EINVAL"  # no timeout was given
        ok(m.evtchn_notify(first))  # masked, yet it ends the poll
    ok(m.evtchn_guest_upcall_mask(1, 1, 1))
    with m.caller(1, 1):  # a poll of any port (none given): woken by anything
        assert ok(m.sched_poll([], None, 0)).reason == reason("POLL_BLOCKED")
        ok(m.evtchn_guest_clear(1, second))
    with m.caller(1, 0):
        ok(m.evtchn_notify(second))
    with m.caller(1, 1):
        assert ok(m.sched_block()).reason == reason("SCHED_BLOCKED")  # was woken: blocks anew


def test_a_polls_timeout_fires_by_the_scenario(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.evtchn_guest_upcall_mask(1, 0, 1))
        assert ok(m.sched_poll([1], None, 0x1000)).reason == reason("POLL_BLOCKED")
    ok(m.sched_poll_timeout(1, 0))
    assert m.sched_poll_timeout(1, 0).reason == reason("POLL_NOT_POLLING")  # fired once


# ---- shutdown ------------------------------------------------------------------------------


def test_a_domain_that_never_shut_down_reports_code_0xffff(m: Machine) -> None:
    # hvm_guest, running (a vcpu runs), and -1 << 16
    assert flags(m, 1) == NONE << 16 | RUNNING | 2
    assert flags(m, 0) == NONE << 16 | RUNNING  # domain 0 is paravirtualised


def test_shutdown_pauses_the_domain_and_tells_domain_0(m: Machine) -> None:
    dom_exc = int(ok(m.evtchn_bind_virq(VIRQ["dom_exc"], 0)).output("port"))
    ok(m.evtchn_guest_upcall_mask(0, 0, 1))
    with m.caller(1, 1):
        assert ok(m.sched_shutdown(SHUTDOWN["reboot"])).reason == reason("SHUTDOWN_STARTED")
    assert flags(m, 1) == SHUTDOWN["reboot"] << 16 | 4 | 2
    assert m.guest_read(1, 0x10).reason == reason("GUEST_DOMAIN_SHUT_DOWN")
    assert ok(m.sched_poll([dom_exc], None, 0)).reason == reason("POLL_PORT_PENDING")


def test_the_first_reason_sticks_for_shutdowns_crashes_and_watchdogs(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.sched_shutdown_code(SHUTDOWN["suspend"]))  # recorded, not shut down
        assert ok(m.sched_shutdown_code(SHUTDOWN["crash"])).reason == reason("SHUTDOWN_REASON_KEPT")
        wd = int(ok(m.sched_watchdog(0, 30)).rc)
    assert flags(m, 1) == SHUTDOWN["suspend"] << 16 | RUNNING | 2  # not shut down yet
    ok(m.sched_watchdog_expire(1, wd))  # shuts down, with the reason recorded first
    assert code(m, 1) == SHUTDOWN["suspend"] and flags(m, 1) & 4
    assert ok(m.sched_remote_shutdown(1, SHUTDOWN["poweroff"])).reason == reason(
        "SHUTDOWN_REASON_KEPT"
    )
    assert code(m, 1) == SHUTDOWN["suspend"]


def test_a_crash_keeps_an_earlier_reason(m: Machine) -> None:
    with m.caller(1, 0):
        ok(m.sched_shutdown_code(SHUTDOWN["reboot"]))
    m.set_hvm_param(1, 27, 0x3F)
    ok(m.mem_paging_enable(1))
    ok(m.mem_paging_nominate(1, 0x10))
    ok(m.mem_paging_evict(1, 0x10))
    ok(m.mem_paging_disable(1))
    assert m.guest_read(1, 0x10).reason == reason("GUEST_PAGED_NO_RING")  # crashed
    assert code(m, 1) == SHUTDOWN["reboot"] and flags(m, 1) & 4


def test_a_crash_without_an_earlier_reason_records_crash(m: Machine) -> None:
    m.set_hvm_param(1, 27, 0x3F)
    ok(m.mem_paging_enable(1))
    ok(m.mem_paging_nominate(1, 0x10))
    ok(m.mem_paging_evict(1, 0x10))
    ok(m.mem_paging_disable(1))
    m.guest_read(1, 0x10)
    assert flags(m, 1) == SHUTDOWN["crash"] << 16 | 4 | 2


def test_xen_keeps_the_low_8_bits_of_a_reason(m: Machine) -> None:
    with m.caller(2, 0):
        ok(m.sched_shutdown(0x105))
    assert code(m, 2) == 5  # (u8)0x105: soft_reset's number, which 4.2 does not know


def test_domain_resume_forgets_the_reason_and_lets_the_domain_run(m: Machine) -> None:
    ok(m.sched_remote_shutdown(2, SHUTDOWN["poweroff"]))
    assert m.guest_read(2, 0x10).errno_name == "EBUSY"
    ok(m.domain_resume(2))
    assert flags(m, 2) == NONE << 16 | RUNNING | 2
    assert m.guest_read(2, 0x10).ok
    ok(m.sched_remote_shutdown(2, SHUTDOWN["reboot"]))  # a new first reason
    assert code(m, 2) == SHUTDOWN["reboot"]


def test_domain_0_shutting_down_would_halt_the_host_and_is_refused(m: Machine) -> None:
    digest = m.state_digest()
    halt = m.sched_shutdown(SHUTDOWN["poweroff"])
    assert halt.unsupported and "halts or restarts the host" in halt.reason
    remote = m.sched_remote_shutdown(0, SHUTDOWN["reboot"])
    assert remote.unsupported and remote.reason
    assert m.state_digest() == digest  # answered before anything changed
    wd = int(ok(m.sched_watchdog(0, 5)).rc)
    armed = m.state_digest()
    assert m.sched_watchdog_expire(0, wd).unsupported
    assert m.state_digest() == armed  # the watchdog is still armed
    ok(m.sched_shutdown_code(SHUTDOWN["crash"]))  # recording a reason is fine
    assert code(m, 0) == SHUTDOWN["crash"]


def test_remote_shutdown_needs_privilege_for_the_target(m: Machine) -> None:
    with m.caller(1, 0):
        assert m.sched_remote_shutdown(2, 0).errno_name == "EPERM"
        assert m.sched_remote_shutdown(DOMID_SELF, 0).errno_name == "ESRCH"


# ---- watchdogs --------------------------------------------------------------------------


def test_watchdog_ids_rearm_and_free(m: Machine) -> None:
    with m.caller(1, 0):
        assert [ok(m.sched_watchdog(0, 10)).rc, ok(m.sched_watchdog(0, 10)).rc] == [1, 2]
        assert m.sched_watchdog(0, 10).errno_name == "ENOSPC"
        assert ok(m.sched_watchdog(1, 0)).rc == 0  # freed
        assert ok(m.sched_watchdog(0, 0)).rc == 1  # the lowest free id again
        assert ok(m.sched_watchdog(2, 60)).rc == 0  # re-armed
    ok(m.sched_watchdog_expire(1, 2))
    assert m.sched_watchdog_expire(1, 2).reason == reason("WATCHDOG_NOT_ARMED")  # fired
    assert code(m, 1) == SHUTDOWN["watchdog"]
    assert ok(m.sched_watchdog_expire(1, 1)).reason == reason("WATCHDOG_IGNORED")  # shut down


def test_watchdogs_die_with_their_domain(m: Machine) -> None:
    with m.caller(2, 0):
        assert ok(m.sched_watchdog(0, 10)).rc == 1
    ok(m.domain_destroy(2))
    ok(m.domain_create(2, 16))
    assert m.sched_watchdog_expire(2, 1).errno_name == "EINVAL"
    assert flags(m, 2) == NONE << 16 | RUNNING | 2  # a new domain: no reason


def test_hostile_poll_arguments_give_results_or_clear_refusals(m: Machine) -> None:
    from haptrace.errors import InvalidArgument

    ok(m.evtchn_guest_upcall_mask(1, 0, 1))
    with m.caller(1, 0):
        assert m.sched_poll([], 2**32 - 1, 0).errno_name == "EINVAL"  # more than 128
        assert m.sched_poll([1] * 128, None, 2**64 - 1).reason == reason("POLL_BLOCKED")
        assert m.sched_poll([2**32 - 1], None, 0).reason == reason("POLL_BAD_PORT")
        with pytest.raises(InvalidArgument, match="32 bits"):
            m.sched_poll([2**32], None, 0)
        with pytest.raises(InvalidArgument, match="at most"):
            m.sched_poll([1] * 4097, None, 0)
        with pytest.raises(InvalidArgument, match="nr_ports"):
            m.sched_poll([1], 2**32, 0)
