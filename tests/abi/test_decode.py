"""The ABI layer's own rules, on hypercalls built byte by byte: bad pointers (EFAULT as in
Xen, nothing run, nothing written), the interface version (EACCES), unknown hypercalls and
commands (Xen's certain answer) against known but unmodelled ones (the unsupported outcome,
still decoded), multicall entry by entry, lists from the caller's arrays (a copy fault where
the memory ends), copy backs exactly where Xen writes."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haptrace.abi import ABIS
from haptrace.binding.abi import GuestMemory
from haptrace.catalogue import REASONS
from haptrace.catalogue.limits import RAW_UNSUPPORTED
from haptrace.errors import InvalidArgument
from replay import DomainConfig, HostConfig, Machine, MachineConfig

ABI = ABIS["4.17"]
BASE = 0x7F0000000000
DOMCTL, SYSCTL, MEMORY_OP, MULTICALL, HVM_OP, EVENT_CHANNEL_OP = 36, 35, 12, 13, 34, 32
EFAULT, EACCES, EINVAL, ENOSYS = 14, 13, 22, 38
CONFIG = MachineConfig(
    HostConfig(),
    (DomainConfig(1, pages=64, max_pages=96, vcpus=2), DomainConfig(2, pages=64)),
)


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def domctl(cmd: int, domain: int, union: bytes = b"", version: int = 0x15) -> bytes:
    return struct.pack("<IIH6x", cmd, version, domain) + union.ljust(128, b"\xaa")


def memory(size: int = 0x2000, **kw: bool) -> tuple[GuestMemory, bytearray]:
    mem = GuestMemory()
    return mem, mem.add(BASE, size, **kw)


def entry(op: int, *args: int) -> bytes:
    values = list(args) + [0] * (6 - len(args))
    return struct.pack("<QQ6Q", op, 0xDEADBEEF, *values)


# ---- the frame's own checks ---------------------------------------------------------------


def test_an_interface_version_other_than_this_xens_is_eacces_and_runs_nothing() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:144] = domctl(5, 1, version=0x14)
    before = bytes(buf)
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert (out.raw, out.kind, out.reason) == (-EACCES, "answered", reason("ABI_INTERFACE_VERSION"))
    assert out.calls == () and bytes(buf) == before


@pytest.mark.parametrize("pointer", [0, BASE + 0x2000 - 100, BASE - 8])
def test_a_struct_outside_the_callers_memory_is_efault(pointer: int) -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    if pointer == BASE + 0x2000 - 100:  # starts inside, runs past the end
        buf[-100:] = domctl(5, 1)[:100]
    out = m.hypercall(DOMCTL, (pointer,), mem)
    assert (out.raw, out.reason, out.calls) == (-EFAULT, reason("ABI_ARG_FAULT"), ())


def test_a_struct_spanning_two_adjacent_regions_is_read_whole() -> None:
    m = Machine(CONFIG)
    mem = GuestMemory()
    raw = domctl(5, 2)
    first = mem.add(BASE, raw[:50])
    second = mem.add(BASE + 50, raw[50:])
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert out.raw == 0 and out.calls[0].result.output("info")[0][0] == 2
    assert struct.unpack_from("<H", first, 8)[0] == 2 and len(second) == 94


def test_a_copy_back_into_read_only_memory_is_efault_after_the_call_ran() -> None:
    m = Machine(CONFIG)
    mem, buf = memory(writable=False)
    create = struct.pack("<I16sIIIIii", 0, b"", 1 | 2, 0, 1, 0, 0, 0).ljust(64, b"\0")
    buf[0:144] = domctl(1, 0, create)
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert (out.raw, out.reason) == (-EFAULT, reason("ABI_COPYBACK_FAULT"))
    assert [c.call.name for c in out.calls] == ["createdomain"]
    assert 3 in m.domain_ids()  # Xen created it before the copy back failed


# ---- what is not modelled, and what does not exist ------------------------------------------


@pytest.mark.parametrize("op", [11, 38, 43, 50, 56, 4096])
def test_a_hypercall_this_xen_does_not_serve_is_enosys(op: int) -> None:
    out = Machine(CONFIG).hypercall(op, (0, 0))
    assert (out.raw, out.kind, out.reason) == (-ENOSYS, "answered", reason("ABI_NO_SUCH_HYPERCALL"))


@pytest.mark.parametrize("op", [24, 29, 33, 41])
def test_a_served_hypercall_without_a_model_is_unsupported_but_decoded(op: int) -> None:
    out = Machine(CONFIG).hypercall(op, (1, 2))
    assert out.unsupported and out.raw == RAW_UNSUPPORTED and out.kind == "unsupported"
    assert (out.op, out.reason) == (op, reason("ABI_HYPERCALL_NOT_MODELLED"))
    assert out.errno == 0


def test_xen_version_says_the_version_and_its_other_commands_are_unsupported() -> None:
    # do_xen_version (common/kernel.c, RELEASE-4.17.0): XENVER_version is major << 16 |
    # minor, the argument unread; the string commands are not decoded (yet).
    machine = Machine(CONFIG, "xen-4.17")
    out = machine.hypercall(17, (0, 0))
    assert (out.raw, out.kind, out.cmd) == (0x40011, "calls", 0)
    assert [c.call.name for c in out.calls] == ["xenver_version"]
    extra = machine.hypercall(17, (1, 0x1000))
    assert extra.unsupported and extra.reason == reason("ABI_COMMAND_NOT_MODELLED")


@pytest.mark.parametrize("cmd", [8, 29, 63])
def test_a_memory_op_this_xen_does_not_know_is_enosys(cmd: int) -> None:
    out = Machine(CONFIG).hypercall(MEMORY_OP, (cmd, 0))
    assert (out.raw, out.cmd, out.reason) == (-ENOSYS, cmd, reason("ABI_NO_SUCH_COMMAND"))


def test_a_known_command_without_a_rule_is_unsupported_with_its_number() -> None:
    m = Machine(CONFIG)
    out = m.hypercall(MEMORY_OP, (11, 0))  # XENMEM_exchange
    assert (out.unsupported, out.cmd, out.reason) == (
        True,
        11,
        reason("ABI_COMMAND_NOT_MODELLED"),
    )
    mem, buf = memory()
    buf[0:144] = domctl(15, 1)  # XEN_DOMCTL_max_vcpus
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert (out.unsupported, out.cmd) == (True, 15)
    buf[0:144] = domctl(120, 1)  # no such domctl: Xen would look the domain up first
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert (out.unsupported, out.reason) == (True, reason("ABI_UNKNOWN_COMMAND"))
    assert m.hypercall(HVM_OP, (12, BASE), mem).raw == -ENOSYS  # moved to dm_op in 4.9
    assert m.hypercall(HVM_OP, (25, BASE), mem).unsupported  # altp2m


def test_sub_ops_decode_to_their_number_even_when_unsupported() -> None:
    m = Machine(CONFIG)
    assert m.memshr_control(1, 1).ok
    mem, buf = memory()
    buf[0:48] = struct.pack("<BxHxxxxQ", 4, 1, 0x10).ljust(48, b"\0")  # debug_mfn
    out = m.hypercall(MEMORY_OP, (22, BASE), mem)
    assert (out.unsupported, out.subop, out.reason) == (True, 4, reason("ABI_NOT_IN_CATALOGUE"))
    buf[0] = 11  # no such sharing sub-op
    out = m.hypercall(MEMORY_OP, (22, BASE), mem)
    assert (out.unsupported, out.subop, out.reason) == (True, 11, reason("ABI_SUBOP_NOT_MODELLED"))
    buf[0] = 3  # debug_gfn
    out = m.hypercall(MEMORY_OP, (22, BASE), mem)
    assert (out.raw, out.subop, out.rule) == (-EINVAL, 3, "memory_op/XENMEM_sharing_op/op=3")


def test_memory_op_continuations() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:2] = struct.pack("<H", 1)
    out = m.hypercall(MEMORY_OP, (14 | 1 << 6, BASE), mem)  # maximum_gpfn, start_extent 1
    assert (out.raw, out.reason, out.calls) == (-EINVAL, reason("ABI_START_EXTENT"), ())
    out = m.hypercall(MEMORY_OP, (1 | 5 << 6, BASE), mem)  # decrease_reservation resumed
    assert (out.unsupported, out.reason) == (True, reason("ABI_CONTINUATION"))


def test_a_handlers_unsupported_answer_writes_nothing() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:2] = struct.pack("<H", 0)  # maximum_gpfn of the PV domain 0
    buf[0x100:0x140] = entry(MEMORY_OP, 14, BASE)
    before = bytes(buf)
    out = m.hypercall(MULTICALL, (BASE + 0x100, 1), mem)
    assert out.unsupported and out.kind == "unsupported" and "PV" in out.reason
    assert [c.call.name for c in out.calls] == ["maximum_gpfn"]
    assert bytes(buf) == before  # no result could be written for the entry


# ---- multicall ----------------------------------------------------------------------------


def test_multicall_runs_entries_in_order_and_writes_only_each_result() -> None:
    m = Machine(CONFIG)
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    mem, buf = memory()
    sharing = struct.pack("<BxHxxxxQ", 0, 1, 0x10).ljust(48, b"\0")
    buf[0:48] = sharing
    buf[0x100:0x1C0] = entry(MEMORY_OP, 22, BASE) + entry(MEMORY_OP, 19)
    out = m.hypercall(MULTICALL, (BASE + 0x100, 2), mem)
    assert out.raw == 0 and [c.entry for c in out.calls] == [0, 1]
    assert [c.call.name for c in out.calls] == ["memshr_nominate_gfn", "sharing_used_frames"]
    assert struct.unpack_from("<Q", buf, 0x108)[0] == 0
    assert struct.unpack_from("<Q", buf, 0x148)[0] == 1  # one shared frame
    assert struct.unpack_from("<Q", buf, 0x10)[0] == 2  # the handle, in the op's struct
    # Only the result field of each entry was written (a release build's multicall).
    assert buf[0x100:0x108] == entry(MEMORY_OP, 22, BASE)[:8]
    assert buf[0x110:0x140] == entry(MEMORY_OP, 22, BASE)[16:]


def test_a_nested_multicall_entry_fails_alone_and_the_batch_goes_on() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:0x80] = entry(MULTICALL, BASE + 0x400, 1) + entry(MEMORY_OP, 18)
    out = m.hypercall(MULTICALL, (BASE, 2), mem)
    assert out.raw == 0
    assert struct.unpack_from("<q", buf, 8)[0] == -EINVAL
    assert struct.unpack_from("<q", buf, 0x48)[0] == 0
    assert [c.call.name for c in out.calls] == ["sharing_freed_pages"]


def test_a_multicall_list_outside_memory_runs_nothing() -> None:
    m = Machine(CONFIG)
    mem, buf = memory(0x100)
    buf[0:0x40] = entry(MEMORY_OP, 18)
    out = m.hypercall(MULTICALL, (BASE, 5), mem)  # five entries do not fit
    assert (out.raw, out.calls) == (-EFAULT, ())
    assert struct.unpack_from("<Q", buf, 8)[0] == 0xDEADBEEF


def test_a_result_that_cannot_be_written_ends_the_batch_with_efault() -> None:
    m = Machine(CONFIG)
    mem, _ = memory(0x80, writable=False)
    mem.regions[0].data[0:0x80] = entry(MEMORY_OP, 18) + entry(MEMORY_OP, 19)
    out = m.hypercall(MULTICALL, (BASE, 2), mem)
    assert out.raw == -EFAULT and [c.call.name for c in out.calls] == ["sharing_freed_pages"]


def test_an_unsupported_entry_ends_the_multicall_unsupported() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    # xen_version's extraversion (cmd 1) is decoded but not modelled.
    buf[0:0xC0] = entry(MEMORY_OP, 18) + entry(17, 1, 0) + entry(MEMORY_OP, 19)
    out = m.hypercall(MULTICALL, (BASE, 3), mem)
    assert out.unsupported and [c.call.name for c in out.calls] == ["sharing_freed_pages"]
    assert struct.unpack_from("<Q", buf, 8)[0] == 0  # the first result was written
    assert struct.unpack_from("<Q", buf, 0x48)[0] == 0xDEADBEEF
    assert struct.unpack_from("<Q", buf, 0x88)[0] == 0xDEADBEEF  # the third never ran


# ---- lists --------------------------------------------------------------------------------


def reservation(handle: int, nr: int, domid: int = 1, order: int = 0) -> bytes:
    return struct.pack("<QQIIH6x", handle, nr, order, 0, domid)


def test_an_extent_array_ending_early_is_a_copy_fault_where_it_ends() -> None:
    m = Machine(CONFIG)
    mem = GuestMemory()
    args = mem.add(BASE, reservation(BASE + 0x1000 - 16, 3))
    del args
    mem.add(BASE + 0x1000 - 16, struct.pack("<QQ", 0x10, 0x11))  # two of three gfns
    out = m.hypercall(MEMORY_OP, (1, BASE), mem)  # decrease_reservation
    assert out.raw == 2
    call = out.calls[0]
    assert call.args == (1, 3, 0, (0x10, 0x11))
    assert call.result.reason == reason("RESERVATION_COPY_FAULT")


def test_increase_reservation_writes_back_the_frames_of_the_extents_done() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:32] = reservation(BASE + 0x100, 2)
    buf[0x100:0x118] = b"\xee" * 24
    out = m.hypercall(MEMORY_OP, (0, BASE), mem)
    assert out.raw == 2
    frames = struct.unpack_from("<QQ", buf, 0x100)
    assert frames == out.calls[0].result.output("extent_start")
    assert buf[0x110:0x118] == b"\xee" * 8  # beyond the list: untouched
    buf[0:32] = reservation(0, 1)  # a NULL handle: nothing is written back
    assert m.hypercall(MEMORY_OP, (0, BASE), mem).raw == 1
    buf[0:32] = reservation(BASE + 0x10000, 1)  # not NULL, reaching nothing
    out = m.hypercall(MEMORY_OP, (0, BASE), mem)
    assert (out.unsupported, out.reason) == (True, reason("ABI_LIST_UNREPRESENTABLE"))


def test_set_access_multi_reads_its_two_arrays_together() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:32] = struct.pack("<BBHIQQQ", 4, 11, 1, 3, ~0 & (1 << 64) - 1, BASE + 0x100, BASE + 0x200)
    buf[0x100:0x118] = struct.pack("<QQQ", 0x10, 0x11, 0x12)
    buf[0x200:0x203] = bytes([7, 5, 3])
    out = m.hypercall(MEMORY_OP, (21, BASE), mem)
    assert out.calls[0].args == (1, 3, ((0x10, 7), (0x11, 5), (0x12, 3)))
    assert out.raw == -19  # ENODEV in 4.2: the domain has no access ring


def test_getpageframeinfo3_writes_types_over_the_gfns() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:144] = domctl(61, 1, struct.pack("<QQ", 3, BASE + 0x200))
    buf[0x200:0x218] = struct.pack("<QQQ", 0x10, 0x5000, 0x11)
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert out.raw == 0
    assert struct.unpack_from("<QQQ", buf, 0x200) == (0, 0xF0000000, 0)


def test_getdomaininfolist_records_are_zeroed_then_filled_and_the_rest_untouched() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:136] = struct.pack("<II", 6, 0x15) + struct.pack("<H2xIQI", 1, 4, BASE + 0x400, 0).ljust(
        128, b"\0"
    )
    buf[0x400 : 0x400 + 4 * 112] = b"\xcc" * (4 * 112)
    out = m.hypercall(SYSCTL, (BASE,), mem)
    assert out.raw == 0 and struct.unpack_from("<I", buf, 8 + 16)[0] == 2  # num_domains
    first = buf[0x400 : 0x400 + 112]
    # flags: HVM, running (its vcpus run), and the shutdown code -1 in bits 16-31 (none
    # recorded yet)
    assert struct.unpack_from("<H2xIQQ", first) == (1, 0xFFFF0022, 64, 96)
    assert first[2:4] == b"\0\0" and first[97:104] == b"\0" * 7  # padding: zeroed
    assert buf[0x400 + 224 : 0x400 + 448] == b"\xcc" * 224  # records 3 and 4: untouched


def test_get_access_writes_back_only_the_access_field() -> None:
    m = Machine(CONFIG)
    assert m.hvm_set_mem_access(1, 5, 0x10, 1).ok
    mem, buf = memory()
    op = struct.pack("<BBHIQQQ", 1, 0xEE, 1, 0x1234, 0x10, 0xAAAA, 0xBBBB)
    buf[0:32] = op
    out = m.hypercall(MEMORY_OP, (21, BASE), mem)
    assert out.raw == 0
    assert buf[0:32] == op[:1] + bytes([5]) + op[2:]


def evtchn_status(m: Machine, dom: int, port: int) -> tuple[int, bytes]:
    """EVTCHNOP_status of (dom, port) from a struct whose OUT bytes are 0xaa."""
    mem, buf = memory()
    buf[0:24] = struct.pack("<H2xI", dom, port) + b"\xaa" * 16
    out = m.hypercall(EVENT_CHANNEL_OP, (5, BASE), mem)
    return out.raw, bytes(buf[0:24])


def test_evtchn_status_writes_only_the_union_member_of_the_ports_state() -> None:
    m = Machine(CONFIG)
    unbound = int(m.evtchn_alloc_unbound(1, 0).output("port"))
    peer = int(m.evtchn_alloc_unbound(1, 0).output("port"))
    local = int(m.evtchn_bind_interdomain(1, peer).output("local_port"))
    # closed (a free port): status and vcpu, the union left as the caller had it
    assert evtchn_status(m, 1, 5) == (0, struct.pack("<H2xIII", 1, 5, 0, 0) + b"\xaa" * 8)
    # unbound: u.unbound.dom alone (2 bytes)
    raw, buf = evtchn_status(m, 1, unbound)
    assert raw == 0 and buf[8:] == struct.pack("<IIH", 1, 0, 0) + b"\xaa" * 6
    # interdomain: u.interdomain.dom and .port; the padding between them untouched
    raw, buf = evtchn_status(m, 1, peer)
    assert raw == 0 and buf[8:] == struct.pack("<IIH", 2, 0, 0) + b"\xaa\xaa" + (
        struct.pack("<I", local)
    )
    # a failure (port beyond the table): nothing written back
    raw, buf = evtchn_status(m, 1, 1 << 20)
    assert raw == -EINVAL and buf[8:] == b"\xaa" * 16


def test_event_channel_ops_without_a_rule_are_unsupported_not_enosys() -> None:
    # do_event_channel_op's cmd is an int: the frame does not model the truncation.
    out = Machine(CONFIG).hypercall(EVENT_CHANNEL_OP, (1, 0))  # EVTCHNOP_bind_virq
    assert out.unsupported and out.reason == reason("ABI_COMMAND_NOT_MODELLED")
    assert Machine(CONFIG).hypercall(EVENT_CHANNEL_OP, (99, 0)).unsupported


def test_a_prep_with_a_buffer_is_a_load() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:24] = struct.pack("<BxHxxxxQQ", 2, 1, 0, 0x10)
    assert m.hypercall(MEMORY_OP, (20, BASE), mem).calls[0].call.name == "mem_paging_prep"
    buf[0:24] = struct.pack("<BxHxxxxQQ", 2, 1, BASE + 0x1000, 0x10)
    assert m.hypercall(MEMORY_OP, (20, BASE), mem).calls[0].call.name == "mem_paging_load"


def test_createdomain_fields_the_engine_does_not_model_must_be_zero() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    create = struct.pack("<I16sIIIIiiIIII", 0, b"", 3, 1, 1, 0, 0, 0, 0, 0, 0, 0)
    buf[0:144] = domctl(1, 0, create)  # iommu_opts 1
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert (out.unsupported, out.reason, out.calls) == (
        True,
        reason("ABI_FIELD_NOT_MODELLED"),
        (),
    )


def test_a_dying_domains_ring_enable_succeeds_without_writing_the_port() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.foreign_map(1, 0x10, 0).ok and m.domain_destroy(1).ok  # a zombie
    mem, buf = memory()
    buf[0:144] = domctl(56, 1, struct.pack("<III", 0, 1, 0x5555))
    out = m.hypercall(DOMCTL, (BASE,), mem)
    assert out.raw == 0 and out.calls[0].result.reason == reason("MEM_EVENT_DYING_NOOP")
    assert struct.unpack_from("<I", buf, 16 + 8)[0] == 0x5555  # as the caller left it


def test_the_caller_makes_the_calls() -> None:
    m = Machine(CONFIG)
    mem, buf = memory()
    buf[0:2] = struct.pack("<H", 0x7FF0)  # DOMID_SELF
    with m.caller(1, 1):
        out = m.hypercall(MEMORY_OP, (3, BASE), mem)  # current_reservation
    assert out.raw == 64 and out.calls[0].caller == (1, 1)


def test_bad_requests_are_input_errors() -> None:
    m = Machine(CONFIG)
    with pytest.raises(InvalidArgument, match="no hypercall ABI"):
        m.hypercall(17, (), abi="3.0")
    with pytest.raises(InvalidArgument, match="at most 5"):
        m.hypercall(17, (1, 2, 3, 4, 5, 6))
    mem = GuestMemory()
    mem.add(BASE, 16)
    with pytest.raises(InvalidArgument, match="overlaps"):
        mem.add(BASE + 8, 16)


def test_the_batch_entry_runs_what_single_hypercalls_run() -> None:
    one, many = Machine(CONFIG), Machine(CONFIG)
    mem, buf = memory()
    buf[0:2] = struct.pack("<H", 1)
    hypercalls = [(MEMORY_OP, (3, BASE)), (MEMORY_OP, (4, BASE)), (38, ()), (17, (1, 0))]
    singles = [one.hypercall(op, args, mem).raw for op, args in hypercalls]
    assert list(many.hypercall_batch(hypercalls, mem)) == singles
    assert singles == [64, 96, -ENOSYS, RAW_UNSUPPORTED]
    assert one.state_digest() == many.state_digest()


# ---- hostile input ----------------------------------------------------------------------

_POINTER = st.one_of(
    st.integers(BASE, BASE + 0x3F0),
    st.sampled_from([0, BASE - 1, BASE + 0x400, (1 << 64) - 1, (1 << 64) - 8]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    op=st.sampled_from([12, 13, 34, 35, 36, 17, 38, 99]),
    cmd=st.one_of(st.integers(0, 90), st.integers(0, (1 << 64) - 1)),
    pointers=st.lists(_POINTER, min_size=4, max_size=4),
    data=st.binary(min_size=0x400, max_size=0x400),
    writable=st.booleans(),
)
def test_random_hypercalls_never_crash_and_keep_the_machine_sound(
    op: int, cmd: int, pointers: list[int], data: bytes, writable: bool
) -> None:
    m = Machine(CONFIG)
    image = bytearray(data)
    # Pointers and a plausible domctl/sysctl header in the buffer, so the decoder follows
    # them into structs, lists and multicall entries.
    for i, p in enumerate(pointers):
        struct.pack_into("<Q", image, 0x20 + 8 * i, p)
    struct.pack_into("<II", image, 0, cmd & 0xFF, 0x15)
    mem = GuestMemory()
    buf = mem.add(BASE, image, writable=writable)
    if op == MEMORY_OP:
        args = (cmd, pointers[0], 0, 0, 0)
    else:
        args = (pointers[0], pointers[1], pointers[2], pointers[3], 0)
    out = m.hypercall(op, args, mem)
    assert out.unsupported or -1024 < out.raw < (1 << 63)
    assert out.kind in ("calls", "answered", "unsupported")
    assert m.check() == []
    if not writable:
        assert bytes(buf) == bytes(image)  # nothing is written into read-only memory
