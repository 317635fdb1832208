"""The PV families' invariants (vcpu.1, vcpu.2, multicall.1, multicall.2, xenver.1, and
host.liveness through the clock): each violated by a deliberately broken machine (its
planted bug) and never by a clean run; and snapshots, restore and the state digest cover
the families' state (vcpus, timers, the clock, the console, vm_assist)."""

from __future__ import annotations

import pytest
from pv_machines import HVM, MS, PV, entry, frame_of, machine

from haptrace.catalogue import INVARIANTS, PROFILES
from replay import Machine

OURS = {"vcpu.1", "vcpu.2", "multicall.1", "multicall.2", "xenver.1"}


def test_the_families_declare_their_invariants() -> None:
    assert {i.name for i in INVARIANTS} >= OURS


def _violated(m: Machine) -> set[str]:
    return {v.invariant for v in m.check()}


def test_vcpu_1_an_uninitialised_vcpu_brought_up() -> None:
    for bugs, expected in (((), set()), (("vcpu_up_uninitialised",), {"vcpu.1"})):
        m = machine(bugs=bugs)
        with m.caller(PV, 0):
            m.vcpu_up(1)
        assert _violated(m) == expected


def test_vcpu_2_and_liveness_a_period_that_overflows() -> None:
    for bugs, expected in (
        ((), set()),
        (("periodic_timer_overflow",), {"vcpu.2", "host.liveness"}),
    ):
        m = machine(bugs=bugs)
        with m.caller(HVM, 0):
            assert m.vcpu_set_periodic_timer(0, MS).ok
            assert m.advance_time(MS).rc == 1
            m.vcpu_set_periodic_timer(0, (1 << 63) - 1)
        assert _violated(m) == expected


def test_a_huge_period_without_a_tick_yet_does_not_overflow() -> None:
    m = machine(bugs=("periodic_timer_overflow",))
    with m.caller(HVM, 0):
        assert m.vcpu_set_periodic_timer(0, (1 << 63) - 1).ok  # last tick 0: no wrap
    assert m.advance_time(10 * MS).ok
    assert _violated(m) == {"vcpu.2"}  # the period alone is out of bounds


def test_the_clock_moves_on_after_a_livelock() -> None:
    m = machine(bugs=("periodic_timer_overflow",))
    with m.caller(HVM, 0):
        m.vcpu_set_periodic_timer(0, MS)
        m.advance_time(MS)
        m.vcpu_set_periodic_timer(0, (1 << 63) - 1)
    m.check()
    out = m.advance_time(5 * MS)
    assert out.ok and out.reason == "clock: a timer re-armed itself in the past; Xen never returns"
    assert "host.liveness" in _violated(m)


def test_multicall_1_entries_run_after_an_iret() -> None:
    for bugs, expected in (((), set()), (("multicall_iret_continues",), {"multicall.1"})):
        m = machine(bugs=bugs)
        m.set_oracle(True)
        m.multicall([entry("iret"), entry("xenver_version")])
        assert _violated(m) == expected


def test_multicall_2_a_multicall_inside_another() -> None:
    for bugs, expected in (
        ((), set()),
        (("multicall_reentry",), {"multicall.2", "host.memory_safety"}),
    ):
        m = machine(bugs=bugs)
        m.set_oracle(True)
        m.multicall([entry("xenver_version"), entry("multicall", 0 << 32 | 2, 2)])
        assert _violated(m) == expected


def test_liveness_a_multicall_preempted_before_its_first_entry() -> None:
    for bugs, expected in (((), set()), (("multicall_preempt_first",), {"host.liveness"})):
        m = machine(bugs=bugs, hypercall_preempt=1)
        out = m.multicall([entry("xenver_version")])
        assert out.ok
        assert _violated(m) == expected
    # Without pending work the first check never fires, bug or not.
    m = machine(bugs=("multicall_preempt_first",))
    assert m.multicall([entry("xenver_version")]).ok and _violated(m) == set()


def test_xenver_1_stack_bytes_after_a_string() -> None:
    for bugs, expected in (((), set()), (("xen_version_stack_leak",), {"xenver.1"})):
        m = machine(bugs=bugs)
        m.set_oracle(True)
        m.xenver_compile_info()
        assert _violated(m) == expected


@pytest.mark.parametrize("profile", PROFILES)
def test_sched_1_a_multicall_may_resume_a_shut_down_domain(profile: str) -> None:
    """domain_resume forgets the reason a shutdown recorded, also as a multicall entry: the
    multicall is checked against what its resume left (the fuzzer found a false sched.1 on
    the clean engine: sched_remote_shutdown, then a multicall of domain_resume)."""
    m = machine(profile)
    m.set_oracle(True)
    assert m.sched_remote_shutdown(HVM, 0).ok  # poweroff
    assert m.multicall([entry("domain_resume", HVM)]).ok
    assert _violated(m) == set()


def _busy_run(m: Machine) -> None:
    """Touches every kind of state these families keep."""
    m.set_oracle(True)
    with m.caller(PV, 0):
        m.vcpu_down(1)
        m.vcpu_set_periodic_timer(0, 3 * MS)
        m.vcpu_register_vcpu_info(0, frame_of(m, PV, 0x11), 0x80)
        m.vcpu_register_runstate_memory_area(0, 0x6000)
        m.vcpu_send_nmi(1)
        m.vm_assist(0, 2)
        m.nmi_op_register(0x2000)
    with m.caller(HVM, 1):
        m.vcpu_set_singleshot_timer(1, 7 * MS, 0)
        m.set_timer_op(9 * MS)
        m.xenver_extraversion()
    m.advance_time(11 * MS)
    m.guest_timer_interrupt(PV, 0)
    m.console_io_write(None, list(b"boot ok"))
    m.serial_input(None, list(b"ls\n"))
    m.console_io_read(2)
    m.multicall([entry("vcpu_is_up", 0), entry("xenver_version")])


@pytest.mark.parametrize("profile", PROFILES)
def test_a_busy_clean_run_breaks_nothing_and_is_deterministic(profile: str) -> None:
    first, second = machine(profile), machine(profile)
    _busy_run(first)
    _busy_run(second)
    assert first.check() == [] and second.check() == []
    assert first.state_digest() == second.state_digest()


@pytest.mark.parametrize("profile", PROFILES)
def test_restore_undoes_the_families_state(profile: str) -> None:
    m = machine(profile)
    booted = m.state_digest()
    snapshot = m.snapshot()
    _busy_run(m)
    changed = m.state_digest()
    assert changed != booted
    m.restore(snapshot)
    assert m.state_digest() == booted
    _busy_run(m)
    assert m.state_digest() == changed


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.advance_time(1),
        lambda m: m.call("vm_assist", 0, 1, caller=(PV, 0)),
        lambda m: m.console_io_write(None, [65]),
        lambda m: m.serial_input(None, [65]),
        lambda m: m.call("vcpu_down", 0, caller=(PV, 0)),
        lambda m: m.call("vcpu_set_singleshot_timer", 0, 10**9, 0, caller=(HVM, 0)),
        lambda m: m.call("vcpu_send_nmi", 0, caller=(PV, 0)),
    ],
)
def test_the_digest_sees_each_kind_of_state(change) -> None:  # type: ignore[no-untyped-def]
    m = machine()
    before = m.state_digest()
    snapshot = m.snapshot()
    change(m)
    assert m.state_digest() != before
    m.restore(snapshot)
    assert m.state_digest() == before
