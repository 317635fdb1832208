"""XENMEM_populate_physmap on a PV target writes each populated extent's machine frame back
over its gfn in extent_start (populate_physmap, common/memory.c, RELEASE-4.17.0:
!paging_mode_translate(d)); an HVM target's list is left as the caller wrote it.  The
catalogue call is the same either way, so the trace is too."""

from __future__ import annotations

import struct

from haptrace.binding.abi import GuestMemory
from replay import DomainConfig, HostConfig, Machine, MachineConfig

BASE = 0x7F0000000000
MEMORY_OP, POPULATE = 12, 6
CONFIG = MachineConfig(
    HostConfig(),
    (DomainConfig(1, pages=16, max_pages=64), DomainConfig(3, pages=16, max_pages=64, pv=True)),
)


def _populate(domid: int, gfns: list[int]) -> tuple[Machine, int, list[int]]:
    m = Machine(CONFIG, profile="xen-4.17")
    mem = GuestMemory()
    buf = mem.add(BASE, 0x1000)
    # struct xen_memory_reservation: extent_start, nr_extents, extent_order, mem_flags, domid
    buf[0:32] = struct.pack("<QQIIH6x", BASE + 0x100, len(gfns), 0, 0, domid)
    buf[0x100 : 0x100 + 8 * len(gfns)] = struct.pack(f"<{len(gfns)}Q", *gfns)
    out = m.hypercall(MEMORY_OP, (POPULATE, BASE), mem)
    back = list(struct.unpack_from(f"<{len(gfns)}Q", buf, 0x100))
    return m, out.raw, back


def test_a_pv_target_learns_each_new_frame() -> None:
    m, raw, back = _populate(3, [0x30, 0x31])
    assert raw == 2
    p2m = m.p2m(3)
    assert back == [int(p2m[0x30]["mfn"]), int(p2m[0x31]["mfn"])]
    assert back != [0x30, 0x31]  # (frames and gfns differ here)


def test_a_pv_target_keeps_the_gfns_of_extents_not_done() -> None:
    # The second extent lies beyond the p2m: the op stops after the first.
    m, raw, back = _populate(3, [0x20, 0x7FFFFFF])
    assert raw == 1
    assert back == [int(m.p2m(3)[0x20]["mfn"]), 0x7FFFFFF]


def test_an_hvm_target_list_is_left_alone() -> None:
    _m, raw, back = _populate(1, [0x20, 0x21])
    assert (raw, back) == (2, [0x20, 0x21])
