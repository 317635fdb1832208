"""vcpu_op and the vcpu timers (Xen 4.2's do_vcpu_op, arch_do_vcpu_op, hvm_vcpu_op,
do_set_timer_op and the schedule.c timers), through the Python API, on the virtual clock."""

from __future__ import annotations

import pytest
from pv_machines import HVM, MS, PV, frame_of, machine, reason

from haptrace.catalogue import ENUMS, PROFILES
from replay import Machine

RUNSTATE = ENUMS["runstate"].values
VCPUOP = ENUMS["vcpuop"].values
HVM_ALLOWED = {
    "register_runstate_memory_area",
    "get_runstate_info",
    "set_periodic_timer",
    "stop_periodic_timer",
    "set_singleshot_timer",
    "stop_singleshot_timer",
    "register_vcpu_info",
}


def test_an_hvm_guest_reaches_only_the_seven_sub_ops_hvm_vcpu_op_lets_through() -> None:
    m = machine()
    with m.caller(HVM, 0):
        for name, cmd in VCPUOP.items():
            out = m.vcpu_op_raw(cmd, 100)  # a vcpu the domain does not have
            if name in HVM_ALLOWED:
                assert out.errno_name == "ENOENT", name
            else:
                assert out.errno_name == "ENOSYS", name  # before the vcpuid checks
                assert out.reason == reason("HVM_SUBOP_FILTERED")


def test_a_pv_domain_starts_with_vcpu_0_up_and_the_others_down_and_uninitialised() -> None:
    m = machine()
    with m.caller(PV, 0):
        assert [m.vcpu_is_up(v).rc for v in (0, 1)] == [1, 0]
        assert m.vcpu_up(1).reason == reason("VCPU_NOT_INITIALISED")
        # Initialising it needs a PV context: the engine says so instead of guessing.
        out = m.vcpu_initialise(1, 0x8000)
        assert out.unsupported and out.reason == reason("VCPU_PV_CONTEXT_UNSUPPORTED")
        assert m.vcpu_initialise(0, 0x8000).errno_name == "EEXIST"
    assert m.check() == []


def test_down_and_up_of_an_initialised_pv_vcpu() -> None:
    m = machine()
    assert m.vcpu_down(0).ok  # dom0's own vcpu: it is down, and its calls are refused after
    assert m.current_caller() == (0, 0)
    m2 = machine()
    with m2.caller(PV, 0):
        assert m2.vcpu_down(1).ok and m2.vcpu_down(1).ok  # idempotent
        assert m2.vcpu_up(0).ok  # already up: 0
        assert m2.vcpu_is_up(0).rc == 1


def test_runstate_accounting_follows_the_clock_and_pauses() -> None:
    m = machine()
    assert m.advance_time(7 * MS).ok
    with m.caller(HVM, 0):
        info = m.vcpu_get_runstate_info(1).outputs_dict
    assert info["state"] == RUNSTATE["running"]
    assert info["time_running"] == 7 * MS and info["time_offline"] == 0
    assert m.domain_pause(HVM).ok
    assert m.advance_time(3 * MS).ok
    assert m.domain_unpause(HVM).ok
    assert m.advance_time(2 * MS).ok
    with m.caller(HVM, 0):
        info = m.vcpu_get_runstate_info(1).outputs_dict
    assert info["time_running"] == 9 * MS
    assert info["time_offline"] == 3 * MS
    assert info["state_entry_time"] == 10 * MS
    with m.caller(PV, 0):
        down = m.vcpu_get_runstate_info(1).outputs_dict
    assert down["state"] == RUNSTATE["offline"] and down["time_offline"] == 12 * MS


def test_a_periodic_timer_ticks_while_the_vcpu_runs_and_stops_with_it() -> None:
    m = machine()
    with m.caller(HVM, 1):
        assert m.vcpu_set_periodic_timer(1, 2 * MS).ok
    assert m.advance_time(5 * MS).rc == 2  # at 2 and 4 ms (dom0's 10 ms tick not yet)
    assert m.guest_timer_interrupt(HVM, 1).rc == 2
    assert m.guest_timer_interrupt(HVM, 1).rc == 0  # taken
    assert m.domain_pause(HVM).ok
    assert m.advance_time(10 * MS).rc == 2  # dom0's ticks at 10 ms and PV's at 10 ms
    assert m.guest_timer_interrupt(HVM, 1).rc == 0  # descheduled: no ticks
    assert m.domain_unpause(HVM).ok
    assert m.advance_time(0).rc == 1  # overdue: one tick as soon as it runs again
    with m.caller(HVM, 0):
        assert m.vcpu_stop_periodic_timer(1).ok
    assert m.advance_time(20 * MS).rc == 4  # dom0 and the PV guest's vcpu 0 only
    assert m.guest_timer_interrupt(HVM, 1).rc == 1


STIME_DELTA_MAX = (1 << 62) - 1  # xen/time.h from 4.2.1: the longest legal timer delay


@pytest.mark.parametrize("profile", PROFILES)
def test_the_clock_stops_short_of_where_a_legal_period_would_wrap(profile: str) -> None:
    """The fuzzer's false livelock on a clean engine: the clock moved to 7e18 ns, then a
    legal 3e18 ns period made "last + period" wrap past 2^63 into the past.  System time
    stays below 2^62 ns (csrc/clock.c), where no legal delay can wrap it."""
    m = machine(profile)
    refused = m.advance_time(0x62002227E080CF90)
    assert (refused.rc, refused.errno_name) == (-1, "EINVAL")
    assert refused.reason == reason("CLOCK_OVERFLOW")
    assert m.advance_time(STIME_DELTA_MAX - 10 * MS).ok
    with m.caller(HVM, 1):
        assert m.vcpu_set_periodic_timer(1, STIME_DELTA_MAX).ok
    assert m.advance_time(10 * MS).ok  # up to the horizon: due ticks fire, nothing spins
    assert m.check() == []
    assert m.advance_time(1).errno_name == "EINVAL"


def test_pv_vcpus_tick_at_100_hz_by_default_and_hvm_vcpus_do_not() -> None:
    m = machine()
    assert m.advance_time(30 * MS).rc == 6  # dom0 and PV vcpu 0: 3 each; PV vcpu 1 is down
    assert m.guest_timer_interrupt(PV, 0).rc == 3
    assert m.guest_timer_interrupt(PV, 1).rc == 0
    assert m.guest_timer_interrupt(HVM, 0).rc == 0


def test_singleshot_timers_fire_once_at_their_deadline_or_at_once_when_past() -> None:
    m = machine()
    with m.caller(HVM, 0):
        assert m.vcpu_set_singleshot_timer(0, 3 * MS, 1).ok
    assert m.advance_time(2 * MS).rc == 0
    assert m.advance_time(1 * MS).rc == 1
    assert m.advance_time(5 * MS).rc == 0
    with m.caller(HVM, 0):
        assert m.vcpu_set_singleshot_timer(0, 1 * MS, 0).ok  # past, no future flag
        assert m.vcpu_set_singleshot_timer(0, 1 * MS, 1).errno_name == "ETIME"
        assert m.vcpu_set_singleshot_timer(0, 20 * MS, 0).ok
        assert m.vcpu_stop_singleshot_timer(0).ok
    assert m.advance_time(30 * MS).rc == 6  # only the PV ticks
    assert m.guest_timer_interrupt(HVM, 0).rc == 2


def test_set_timer_op_shares_the_singleshot_timer_and_never_fails() -> None:
    m = machine()
    with m.caller(HVM, 1):
        assert m.set_timer_op(4 * MS).ok
        assert m.vcpu_stop_singleshot_timer(1).ok  # the same timer
    assert m.advance_time(5 * MS).ok
    assert m.guest_timer_interrupt(HVM, 1).rc == 0
    with m.caller(HVM, 1):
        assert m.set_timer_op(9 * MS).ok
        assert m.set_timer_op(0).ok  # 0 stops it
        assert m.set_timer_op((1 << 64) - 1).reason == reason("TIMER_HUGE")  # negative
    assert m.advance_time(99 * MS).ok
    assert m.guest_timer_interrupt(HVM, 1).rc == 0
    assert m.advance_time(1 * MS).ok  # now + 100 ms
    assert m.guest_timer_interrupt(HVM, 1).rc == 1
    with m.caller(HVM, 1):
        assert m.set_timer_op(m_now(m) + (1 << 50) + 1).reason == reason("TIMER_HUGE")
        assert m.set_timer_op(m_now(m) + (1 << 50) - 1).reason == ""
        assert m.set_timer_op(1).ok  # in the past: fires at once
    assert m.guest_timer_interrupt(HVM, 1).rc == 1


def m_now(m: Machine) -> int:
    """The clock, read the way a guest reads it: the runstate's accounting stamps."""
    with m.caller(HVM, 0):
        info = m.vcpu_get_runstate_info(0).outputs_dict
    return int(info["time_running"] + info["time_offline"] + info["time_blocked"])


def test_the_runstate_area_replaces_and_pv_addresses_are_range_checked() -> None:
    m = machine()
    with m.caller(PV, 0):
        assert m.vcpu_register_runstate_memory_area(0, 0x7000).ok
        assert m.vcpu_register_runstate_memory_area(0, 0x8000).ok  # replaces
        assert m.vcpu_register_runstate_memory_area(0, 0xFFFF880000000000).ok  # above Xen
        assert m.vcpu_register_runstate_memory_area(0, 0xFFFF800000000000).errno_name == "EFAULT"
    with m.caller(HVM, 0):
        assert m.vcpu_register_runstate_memory_area(0, 0xFFFF800000000000).ok  # translated


@pytest.mark.parametrize("profile", PROFILES)
def test_vcpu_info_holds_a_reference_and_a_writable_type_until_the_domain_dies(
    profile: str,
) -> None:
    m = machine(profile)
    mfn = frame_of(m, PV, 0x10)
    frames = m.frames()
    refs, bits = int(frames[mfn]["refs"]), int(frames[mfn]["bits"])
    with m.caller(PV, 0):
        assert m.vcpu_register_vcpu_info(1, mfn, 0x40).ok  # vcpu 1 is down: allowed
        assert m.vcpu_register_vcpu_info(0, mfn, 0).ok
        assert m.vcpu_register_vcpu_info(0, mfn, 0).reason == reason("VCPU_INFO_REGISTERED")
    assert int(frames[mfn]["refs"]) == refs + 2
    assert int(frames[mfn]["bits"]) & 0x3F == (bits & 0x3F) + 2
    assert m.check() == []
    free = int(m.host_counters()[0]["free_frames"])
    assert m.domain_destroy(PV).ok
    assert PV not in m.domain_ids()
    assert int(m.host_counters()[0]["free_frames"]) == free + 64
    assert m.check() == []


def test_an_hvm_guest_cannot_register_a_vcpu_info_in_4_2_0() -> None:
    m = machine()
    with m.caller(HVM, 0):
        out = m.vcpu_register_vcpu_info(0, frame_of(m, HVM, 0x10), 0)
    assert out.errno_name == "EINVAL" and out.reason == reason("VCPU_INFO_HVM_4_2_0")


def test_an_hvm_guest_registers_a_vcpu_info_in_a_gfn_of_its_own_in_4_17() -> None:
    """map_vcpu_info at RELEASE-4.17.0 (common/domain.c): the gfn's frame via
    get_page_from_gfn(P2M_UNSHARE), a reference and a writable type, until the domain dies."""
    m = machine("xen-4.17")
    mfn = frame_of(m, HVM, 0x10)
    frames = m.frames()
    refs, bits = int(frames[mfn]["refs"]), int(frames[mfn]["bits"])
    with m.caller(HVM, 0):
        assert m.vcpu_register_vcpu_info(0, 0x10, 8).ok  # a gfn, 8-aligned
        assert m.vcpu_register_vcpu_info(0, 0x10, 0).reason == reason("VCPU_INFO_REGISTERED")
        # vcpu 1 is up and not the caller ("yourself or ... offline VCPUS").
        assert m.vcpu_register_vcpu_info(1, 0x11, 0).reason == reason("VCPU_INFO_NOT_DOWN")
    with m.caller(HVM, 1):
        assert m.vcpu_register_vcpu_info(1, 0x11, 4).errno_name == "ENXIO"  # misaligned
        assert m.vcpu_register_vcpu_info(1, 0x3FFF, 0).reason == reason("VCPU_INFO_BAD_FRAME")
    assert int(frames[mfn]["refs"]) == refs + 1
    assert int(frames[mfn]["bits"]) & 0x3F == (bits & 0x3F) + 1
    assert m.check() == []
    assert m.domain_destroy(HVM).ok
    assert m.check() == []


def test_an_hvm_guest_s_gfn_that_needs_a_fixup_is_unsupported_in_4_17() -> None:
    # A shared gfn would be unshared first (P2M_UNSHARE): not modelled.
    m = machine("xen-4.17")
    assert m.memshr_control(HVM, 1).ok
    assert m.memshr_nominate_gfn(HVM, 0x10).ok
    with m.caller(HVM, 0):
        out = m.vcpu_register_vcpu_info(0, 0x10, 0)
    assert out.unsupported and out.reason == reason("VCPU_INFO_GFN_FIXUP_4_17")


def test_an_hvm_vcpu_goes_down_and_up_and_cannot_be_reinitialised_in_4_17() -> None:
    """common_vcpu_op and arch_initialise_vcpu at RELEASE-4.17.0: no hvm_vcpu_op filter."""
    m = machine("xen-4.17")
    with m.caller(HVM, 1):
        assert m.vcpu_down(0).ok
        assert m.vcpu_is_up(0).rc == 0
        assert m.check() == []  # vcpu.1: a down HVM vcpu is fine in 4.17
        assert m.vcpu_initialise(0, 0x1000).reason == reason("VCPU_ALREADY_INITIALISED")
        assert m.vcpu_up(0).ok
        assert m.vcpu_is_up(0).rc == 1
        assert m.vcpu_register_vcpu_time_memory_area(0, 0x1000).ok
    # The last vcpu up powers the domain off instead of going down.
    with m.caller(HVM, 0):
        assert m.vcpu_down(1).ok
        assert m.vcpu_down(0).reason == reason("VCPU_DOWN_LAST_4_17")
    assert m.check() == []


def test_send_nmi_and_get_physid_of_a_pv_vcpu() -> None:
    m = machine()
    with m.caller(PV, 0):
        assert m.vcpu_send_nmi(1).ok
        assert m.vcpu_send_nmi(1, 0x10).errno_name == "EINVAL"
        assert m.vcpu_get_physid(0).reason == reason("VCPU_NOT_PINNED")
        raw = m.vcpu_op_raw(VCPUOP["send_nmi"], 0)
    assert raw.unsupported and raw.reason == reason("VCPU_RAW_HAS_CALL")


def test_vcpu_state_is_per_domain_and_reset_with_a_reused_slot() -> None:
    m = machine()
    with m.caller(PV, 0):
        assert m.vcpu_down(1).ok
        assert m.vcpu_set_periodic_timer(0, 5 * MS).ok
    assert m.domain_destroy(PV).ok
    assert m.domain_create(7, 16, 0, 0, 2, 2).ok  # pv, two vcpus: the slot is reused
    with m.caller(7, 0):
        assert [m.vcpu_is_up(v).rc for v in (0, 1)] == [1, 0]
    assert m.advance_time(10 * MS).rc == 2  # dom0 and the new guest's default 10 ms ticks
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_getdomaininfo_reports_running_and_blocked_over_the_online_vcpus(profile: str) -> None:
    """getdomaininfo's loop (common/domctl.c, RELEASE-4.2.0 and 4.17.0): over the vcpus that
    are not down, blocked (16) only if every one is blocked, running (32) if one runs, both
    dropped with none online; nr_online_vcpus counts them."""
    m = machine(profile)

    def info(domid: int) -> tuple[int, int]:
        record = m.getdomaininfo(domid).output("info")[0]
        return int(record[1]) & 0x30, int(record[6])

    assert info(PV) == (32, 1)  # vcpu 0 runs; vcpu 1 is down and not counted
    with m.caller(PV, 0):
        assert m.sched_block().ok
    # The down vcpu 1 does not count: every online vcpu is blocked, none runs.
    assert info(PV) == (16, 1)
    assert m.domain_getinfo(PV).output("flags") & 0x30 == 16
    assert info(HVM) == (32, 2)
    with m.caller(HVM, 1):
        assert m.sched_block().ok
    assert info(HVM) == (32, 2)  # vcpu 0 still runs: not blocked
    assert m.domain_pause(HVM).ok
    assert info(HVM) == (0, 2)  # paused: no vcpu runs, and vcpu 0 is not blocked
