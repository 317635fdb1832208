"""The seed's PV-only hypercalls as a HAP guest and a PV domain see them, vm_assist and
nmi_op, and dom0's console (Xen 4.2's do_console_io and the serial input ring)."""

from __future__ import annotations

import pytest
from pv_machines import HVM, PV, PV_ONLY, as_bytes, call_with_short_list, machine, reason

from haptrace.catalogue import PROFILES


@pytest.mark.parametrize(("name", "args"), PV_ONLY)
def test_an_hvm_guest_gets_enosys_and_a_pv_domain_unsupported(
    name: str, args: tuple[int, ...]
) -> None:
    m = machine()
    with m.caller(HVM, 0):
        assert m.call(name, *args).errno_name == "ENOSYS"
    for caller in (0, PV):
        with m.caller(caller, 0):
            out = m.call(name, *args)
        assert out.unsupported, (name, caller)
        assert out.reason in (reason("PV_STATE_UNSUPPORTED"), reason("PV_PHYSDEV_UNSUPPORTED"))
    assert m.check() == []


def test_physdev_irq_status_query_reaches_an_hvm_guest_but_no_pirq_is_mapped() -> None:
    m = machine()
    with m.caller(HVM, 0):
        assert m.physdev_irq_status_query(9).reason == reason("PHYSDEV_PIRQ_UNMAPPED")
        for cmd, unsupported in ((13, True), (14, True), (12, True), (23, True), (7, False)):
            out = m.physdev_op_raw(cmd, 0)
            assert out.unsupported == unsupported, cmd
    with m.caller(PV, 0):
        assert m.physdev_irq_status_query(9).unsupported


def test_vm_assist_sets_and_clears_the_domain_s_flag() -> None:
    m = machine()
    with m.caller(PV, 0):
        for kind in range(4):
            assert m.vm_assist(0, kind).ok and m.vm_assist(1, kind).ok
        assert m.vm_assist(0, 4).reason == reason("VMASST_TYPE")
        assert m.vm_assist(7, 0).reason == reason("VMASST_CMD")


@pytest.mark.parametrize("profile", PROFILES)
def test_nmi_registration_follows_the_seed_only_in_the_doc_profile(profile: str) -> None:
    m = machine(profile)
    assert m.nmi_op_register(0xFFFF800000001000).ok  # dom0 vcpu 0, canonical
    assert m.nmi_op_register(0x0000800000000000).reason == reason("NMI_NOT_CANONICAL")
    with m.caller(PV, 0):
        guest = m.nmi_op_register(0x1000)
        assert m.nmi_op_unregister().ok
    if profile == "doc":
        assert guest.reason == reason("NMI_NOT_DOM0_VCPU0")
    else:
        assert guest.ok


def test_dom0_writes_the_console_log_in_chunks_cut_at_nul() -> None:
    m = machine()
    text = bytes(range(1, 128)) + b"ab\0cd" + b"x" * 200
    assert m.console_io_write(None, list(text)).ok
    chunks = [text[i : i + 127] for i in range(0, len(text), 127)]
    expected = b"".join(c.partition(b"\0")[0] for c in chunks)
    assert m.serial_output(1000).rc == len(expected)
    # serial_output consumed the log: read it again after a second write
    assert m.console_io_write(None, list(b"hello")).ok
    assert as_bytes(m.serial_output(10), "chars")[:5] == b"hello"
    assert m.console_io_write(0x80000000, []).ok  # a negative count writes nothing
    assert m.serial_output(10).rc == 0


def test_a_short_write_faults_after_the_chunks_before_it() -> None:
    m = machine()
    out = m.console_io_write(300, list(b"y" * 200))
    assert out.errno_name == "EFAULT"
    assert m.serial_output(1000).rc == 127  # the first chunk; the second faulted


def test_the_console_log_keeps_the_newest_4096_bytes() -> None:
    m = machine()
    data = bytes((i % 26) + 65 for i in range(5000))
    assert m.console_io_write(None, list(data[:4000])).ok
    assert m.console_io_write(None, list(data[4000:])).ok
    assert as_bytes(m.serial_output(4096), "chars") == data[-4096:]


def test_serial_input_fills_dom0_s_ring_and_ctrl_a_switches_it_to_xen() -> None:
    m = machine()
    assert m.serial_input(None, list(b"x" * 130)).rc == 128  # the ring holds 128
    assert m.serial_input(None, [0x01, 0x41]).reason == reason("SERIAL_RING_FULL")
    first = m.console_io_read(100)
    assert first.rc == 100 and as_bytes(first)[:100] == b"x" * 100
    assert m.console_io_read(100).rc == 28
    assert m.serial_input(None, [0x44]).rc == 1
    # A negative count (an int) reads nothing, whatever room the guest gave.
    for count in (0x80000000, 0xFFFFFFFF):
        out, _ = call_with_short_list(
            m, "console_io_read", (4,), "buffer", keep=4, claim={"count": count}
        )
        assert (out.rc, out.errno) == (0, 0)
    assert m.console_io_read(4).rc == 1
    # One or two CTRL-As are input; three switch the input to Xen's debug keys.
    assert m.serial_input(None, [0x01, 0x01, 0x42]).rc == 3
    assert as_bytes(m.console_io_read(3)) == b"\x01\x01\x42"
    out = m.serial_input(None, [0x01, 0x01, 0x01, 0x68])
    assert out.unsupported and out.reason == reason("SERIAL_FOR_XEN")
    assert m.serial_input(None, [0x01, 0x01, 0x01, 0x43]).rc == 1  # back to dom0
    assert as_bytes(m.console_io_read(5))[:1] == b"C"


def test_a_read_into_a_short_buffer_faults_after_the_bytes_it_copied() -> None:
    m = machine()
    # The ring wraps after 128: fill it to 120, read 120, then write 20 more (8 + 12).
    assert m.serial_input(None, list(b"z" * 120)).rc == 120
    assert m.console_io_read(120).rc == 120
    assert m.serial_input(None, list(range(1, 21))).rc == 20
    out, words = call_with_short_list(m, "console_io_read", (20,), "buffer", keep=10)
    assert out.errno_name == "EFAULT"
    assert words[:8] == list(range(1, 9))  # the first run (to the ring's end) was copied
    assert m.console_io_read(20).rc == 12  # the first run was consumed


def test_console_io_is_dom0_s_and_an_hvm_guest_has_none() -> None:
    m = machine()
    with m.caller(PV, 0):
        assert m.console_io_read(4).reason == reason("CONSOLE_NOT_DOM0")
    with m.caller(HVM, 0):
        assert m.console_io_write(None, [65]).reason == reason("HVM_NO_HYPERCALL")
    raw = m.console_io_raw(1, 4)
    assert raw.unsupported and raw.reason == reason("CONSOLE_RAW_HAS_CALL")
