"""The HVM hypercall table of Xen 4.2 (hvm.c: hvm_do_hypercall, hvm_hypercall64_table and
its sub-op filters), shared by every family: a guest of an HVM domain meets it before any
handler; the control domain and PV guests use the PV table."""

from __future__ import annotations

import pytest
from pv_machines import HVM, PV, machine, reason

from haptrace.catalogue import ENUMS

HYPERCALL = ENUMS["hypercall"].values
IN_THE_4_2_TABLE = {
    "memory_op",
    "grant_table_op",
    "vcpu_op",
    "physdev_op",
    "xen_version",
    "event_channel_op",
    "sched_op",
    "set_timer_op",
    "hvm_op",
    "sysctl",
    "tmem_op",
}
# A sub-op each filtered slot lets through, and one it refuses.
SUBOPS = {
    "memory_op": (1, 9),  # decrease_reservation; memory_map
    "grant_table_op": (6, 3),  # query_size; dump_table
    "vcpu_op": (4, 0),  # get_runstate_info; initialise
    "physdev_op": (5, 6),  # irq_status_query; set_iopl
}


@pytest.mark.parametrize("number", range(70))
def test_an_hvm_guest_reaches_exactly_the_eleven_slots(number: int) -> None:
    m = machine()
    name = next((n for n, v in HYPERCALL.items() if v == number), None)
    allowed, _ = SUBOPS.get(name or "", (0, 0))
    with m.caller(HVM, 0):
        out = m.hypercall_raw(number, allowed, 0, 0, 0, 0)
    if name in IN_THE_4_2_TABLE:
        assert out.unsupported and out.reason == reason("RAW_DISPATCHED")
    else:
        assert out.errno_name == "ENOSYS" and out.reason == reason("HVM_NO_HYPERCALL")


@pytest.mark.parametrize("name", sorted(SUBOPS))
def test_the_filtered_slots_refuse_other_sub_ops(name: str) -> None:
    m = machine()
    allowed, refused = SUBOPS[name]
    with m.caller(HVM, 1):
        assert m.hypercall_raw(HYPERCALL[name], allowed, 0, 0, 0, 0).unsupported
        out = m.hypercall_raw(HYPERCALL[name], refused, 0, 0, 0, 0)
    assert out.errno_name == "ENOSYS" and out.reason == reason("HVM_SUBOP_FILTERED")


def test_memory_op_is_filtered_on_the_command_bits_only() -> None:
    m = machine()
    with m.caller(HVM, 0):
        # memory_map with a continuation's start extent in the upper bits is still refused
        assert m.hypercall_raw(HYPERCALL["memory_op"], 9 | 5 << 6, 0, 0, 0, 0).errno == 38


def test_an_hvm_guest_s_eax_is_the_low_32_bits_of_the_number() -> None:
    m = machine()
    with m.caller(HVM, 0):
        assert m.hypercall_raw(1 << 32 | HYPERCALL["xen_version"], 0, 0, 0, 0, 0).unsupported
    with m.caller(PV, 0):  # a PV guest's rax is compared in full
        out = m.hypercall_raw(1 << 32 | HYPERCALL["xen_version"], 0, 0, 0, 0, 0)
    assert out.errno_name == "ENOSYS" and out.reason == reason("RAW_NO_HANDLER")


@pytest.mark.parametrize("caller", [0, PV])
def test_pv_callers_use_the_pv_table(caller: int) -> None:
    m = machine()
    with m.caller(caller, 0):
        for number in range(64):
            out = m.hypercall_raw(number, 0, 0, 0, 0, 0)
            empty = number == 11 or 39 <= number <= 47 or number > 48
            assert out.errno_name == ("ENOSYS" if empty else ""), number
            assert out.unsupported == (not empty), number
