"""GNTTABOP_setup_table and GNTTABOP_query_size through the 4.17 ABI, on structs laid out
as Debian's xen/grant_table.h lays them out (tests/abi/test_headers.py checks the layout):
the count in the hypercall's third argument is checked before the struct is read, the
status is the only field setup_table writes back, query_size's counts are written only
with GNTST_okay, and a paravirtualised caller's frame list must hold nr_frames entries
(common/grant_table.c, RELEASE-4.17.0)."""

from __future__ import annotations

import struct

from haptrace.abi import ABIS
from haptrace.binding.abi import GuestMemory
from haptrace.catalogue import REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

ABI = ABIS["4.17"]
BASE = 0x7F0000000000
GRANT_TABLE_OP = ABI.constant("__HYPERVISOR_grant_table_op")
SETUP_TABLE = ABI.constant("GNTTABOP_setup_table")
QUERY_SIZE = ABI.constant("GNTTABOP_query_size")
EFAULT, EINVAL = 14, 22
GNTST_OKAY, GNTST_BAD_DOMAIN = 0, -2
CONFIG = MachineConfig(
    HostConfig(),
    (DomainConfig(1, pages=64), DomainConfig(2, pages=64, pv=True)),
)
SETUP = ABI.struct("gnttab_setup_table")
QUERY = ABI.struct("gnttab_query_size")


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def setup_struct(dom: int, nr_frames: int, frame_list: int) -> bytes:
    raw = bytearray(b"\xaa" * SETUP.size)
    struct.pack_into("<H", raw, SETUP.field("dom").offset, dom)
    struct.pack_into("<I", raw, SETUP.field("nr_frames").offset, nr_frames)
    struct.pack_into("<Q", raw, SETUP.field("frame_list").offset, frame_list)
    return bytes(raw)


def query_struct(dom: int) -> bytes:
    raw = bytearray(b"\xaa" * QUERY.size)
    struct.pack_into("<H", raw, QUERY.field("dom").offset, dom)
    return bytes(raw)


def status(buf: bytearray, layout_offset: int) -> int:
    value: int = struct.unpack_from("<h", buf, layout_offset)[0]
    return value


def machine() -> Machine:
    return Machine(CONFIG, profile="xen-4.17")


def test_setup_table_grows_the_table_and_writes_only_the_status_and_the_frames() -> None:
    m = machine()
    mem = GuestMemory()
    buf = mem.add(BASE, setup_struct(2, 3, BASE + 0x100) + b"\0" * (0x100 - SETUP.size))
    frames = mem.add(BASE + 0x100, b"\xee" * 32)
    out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem)
    assert out.raw == 0 and [c.call.name for c in out.calls] == ["gnttab_setup_table"]
    assert status(buf, SETUP.field("status").offset) == GNTST_OKAY
    written = struct.unpack_from("<QQQ", frames, 0)
    assert written == out.calls[0].result.output("frame_list")
    assert all(f != 0xFFFFFFFFFFFFFFFF for f in written)  # a PV domain's machine frames
    assert frames[24:] == b"\xee" * 8  # beyond nr_frames: untouched
    # __copy_field_to_guest(uop, &op, status): the padding after status stays the caller's
    assert buf[10:16] == b"\xaa" * 6
    assert m.gnttab_query_size(1, 2).outputs[:2] == (3, 32)  # a config domain: a limit of 32


def test_a_translated_domains_frames_read_as_invalid_m2p_entries() -> None:
    m = machine()
    mem = GuestMemory()
    mem.add(BASE, setup_struct(1, 2, BASE + 0x100))
    frames = mem.add(BASE + 0x100, 16)
    assert m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem).raw == 0
    assert struct.unpack_from("<QQ", frames, 0) == (0xFFFFFFFFFFFFFFFF,) * 2


def test_a_count_other_than_one_is_einval_before_the_struct_is_read() -> None:
    m = machine()
    for count in (0, 2, 0xFFFFFFFF):
        out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, 0, count))  # no memory at all
        assert (out.raw, out.reason, out.calls) == (-EINVAL, reason("GNT_SETUP_COUNT"), ())
        out = m.hypercall(GRANT_TABLE_OP, (QUERY_SIZE, 0, count))
        assert (out.raw, out.calls) == (-EINVAL, ())
    # only the count's 32 bits are the count (an unsigned int)
    mem = GuestMemory()
    mem.add(BASE, query_struct(1))
    assert m.hypercall(GRANT_TABLE_OP, (QUERY_SIZE, BASE, (7 << 32) | 1), mem).raw == 0


def test_a_pv_callers_short_frame_list_is_efault_and_grows_nothing() -> None:
    m = machine()
    mem = GuestMemory()
    buf = mem.add(BASE, setup_struct(1, 4, BASE + 0x100))
    mem.add(BASE + 0x100, 24)  # room for 3 of 4 frames
    before = bytes(buf)
    out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem)
    assert (out.raw, out.calls[0].result.reason) == (-EFAULT, reason("GNT_SETUP_LIST_FAULT"))
    assert bytes(buf) == before
    assert m.gnttab_query_size(1, 1).outputs[0] == 1


def test_a_failing_status_is_written_back_with_a_zero_return() -> None:
    m = machine()
    mem = GuestMemory()
    buf = mem.add(BASE, setup_struct(7, 0, 0))  # no frames wanted: a NULL list is okay
    out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem)
    assert out.raw == 0 and status(buf, SETUP.field("status").offset) == GNTST_BAD_DOMAIN
    # guest_handle_okay comes before the domain: a NULL list for one frame is EFAULT
    buf[:] = setup_struct(7, 1, 0)
    out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem)
    assert out.raw == -EFAULT and buf[8:10] == b"\xaa\xaa"


def test_query_size_writes_the_counts_only_with_gntst_okay() -> None:
    m = machine()
    mem = GuestMemory()
    buf = mem.add(BASE, query_struct(1))
    assert m.hypercall(GRANT_TABLE_OP, (QUERY_SIZE, BASE, 1), mem).raw == 0
    nr, most = struct.unpack_from("<II", buf, QUERY.field("nr_frames").offset)
    assert (nr, most, status(buf, QUERY.field("status").offset)) == (1, 32, GNTST_OKAY)
    buf[:] = query_struct(9)
    assert m.hypercall(GRANT_TABLE_OP, (QUERY_SIZE, BASE, 1), mem).raw == 0
    assert buf[4:12] == b"\xaa" * 8  # the counts as the caller had them
    assert status(buf, QUERY.field("status").offset) == GNTST_BAD_DOMAIN


def test_a_4_17_guest_grows_its_own_table_and_grants_entry_512() -> None:
    m = machine()
    for _ in range(512):
        assert m.grant_access(1, 0x10).rc == 0
    assert m.grant_access(1, 0x10).errno_name == "ENOSPC"
    mem = GuestMemory()
    mem.add(BASE, setup_struct(0x7FF0, 2, BASE + 0x100))  # DOMID_SELF
    mem.add(BASE + 0x100, 16)
    with m.caller(1, 0):
        out = m.hypercall(GRANT_TABLE_OP, (SETUP_TABLE, BASE, 1), mem)
    assert out.raw == 0 and out.calls[0].caller == (1, 0)
    assert m.grant_access(1, 0x10).output("gref") == 512
    assert m.check() == []
