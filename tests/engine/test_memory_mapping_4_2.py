"""XEN_DOMCTL_memory_mapping and decrease_reservation's extent order as RELEASE-4.2.0 runs
them (the xen-4.2 profile; issue 10's remaining deviations).

XEN_DOMCTL_memory_mapping (arch/x86/domctl.c, RELEASE-4.2.0, L825-875) checks the frame
range's wrap, an unprivileged caller's I/O-memory rights, the domain and the XSM hook, then
runs set_mmio_p2m_entry or clear_mmio_p2m_entry (arch/x86/mm/p2m.c L742-805) over every
gfn and ignores what they return: no HVM, dying, count, hole or RAM-frame check, no EBUSY.
A RAM gfn mapped over loses only its M2P entry: the frame stays the domain's, counted.
What the engine does not reproduce answers unsupported before anything changes.

decrease_reservation (common/memory.c, RELEASE-4.2.0, L232-277) checks no extent order
(XSA-31 added the bound): the pages go one by one up to the first that cannot be removed;
"1 << a->extent_order" past 30 is undefined behaviour, unsupported."""

from __future__ import annotations

import pytest

from haptrace.catalogue import ENUMS, REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

P2M = ENUMS["p2m_type"].values
CONFIG = MachineConfig(
    HostConfig(),
    (DomainConfig(1, pages=64), DomainConfig(2, pages=64), DomainConfig(3, pages=16, pv=True)),
)
DEVICE = 0x100000  # beyond host RAM (16384 frames)
INVALID = 0xFFFFFFFF


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def tot_pages(m: Machine, domid: int) -> int:
    value: int = m.domain_getinfo(domid).output("tot_pages")
    return value


def test_a_ram_gfn_is_mapped_over_and_its_frame_kept() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    r = m.domain_memory_mapping(1, 0x10, DEVICE, 2, 1)  # 0x10, 0x11: RAM
    assert r.ok
    for i in range(2):
        entry = m.p2m(1)[0x10 + i]
        assert int(entry["type"]) == P2M["mmio_direct"]
        assert int(entry["mfn"]) == DEVICE + i
        frame = m.frames()[0x10 + i]  # the domain's frames are mfn = gfn here
        assert int(frame["owner"]) == 1 and int(frame["m2p"]) == INVALID
    assert tot_pages(m, 1) == 64
    assert m.guest_read(1, 0x10, 0).errno_name == "EFAULT"
    assert m.check() == []
    # doc (and xen-4.17) refuse: a gfn is not a hole.
    for profile in ("doc", "xen-4.17"):
        d = Machine(CONFIG, profile=profile)
        assert d.domain_memory_mapping(1, 0x10, DEVICE, 2, 1).errno_name == "EBUSY"


def test_no_count_bound_and_gfns_beyond_the_p2m_are_skipped() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    # 0x7e, 0x7f are the p2m's last gfns (128); 0x80.. are beyond, refused by ept_set_entry.
    assert m.domain_memory_mapping(1, 0x7E, DEVICE, 100, 1).ok
    assert int(m.p2m(1)[0x7F]["mfn"]) == DEVICE + 1
    # gfn + i wraps past 2^64 - 1 to gfn 0.
    assert m.domain_memory_mapping(1, 2**64 - 1, DEVICE, 2, 1).ok
    assert int(m.p2m(1)[0]["type"]) == P2M["mmio_direct"]
    assert int(m.p2m(1)[0]["mfn"]) == DEVICE + 1
    assert m.check() == []
    assert Machine(CONFIG, profile="doc").domain_memory_mapping(1, 0x40, DEVICE, 65, 1).rc < 0


def test_unmapping_ignores_what_is_not_mmio_direct_and_the_frame_named() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.domain_memory_mapping(1, 0x41, DEVICE + 7, 1, 1).ok
    # 0x40 is a hole, 0x41 mmio_direct (of another frame than first_mfn + 1), 0x42 a hole,
    # 0x3f RAM: one entry cleared, the rest left, 0.
    assert m.domain_memory_mapping(1, 0x3F, DEVICE, 4, 0).ok
    assert int(m.p2m(1)[0x41]["type"]) == P2M["invalid"]
    assert int(m.p2m(1)[0x3F]["type"]) == P2M["ram_rw"]
    assert m.check() == []


def test_pv_and_dying_domains() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    digest = m.state_digest()
    assert m.domain_memory_mapping(3, 0x4, DEVICE, 1, 1).ok  # not translated: nothing
    assert m.domain_memory_mapping(3, 0x4, DEVICE, 1, 0).ok
    # Only the rights granted: the domain's I/O-memory rangeset (not part of the p2m).
    assert m.state_digest() != digest
    assert int(m.p2m(3)[0x4]["type"]) != P2M["mmio_direct"]
    assert m.foreign_map(2, 0x10, 0).ok
    assert m.domain_destroy(2).ok
    assert m.domain_memory_mapping(2, 0x40, DEVICE, 1, 1).ok
    assert int(m.p2m(2)[0x40]["type"]) == P2M["mmio_direct"]
    assert m.check() == []


def test_a_device_model_without_rights_is_refused_and_with_rights_unsupported() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.domain_set_target(2, 1).ok
    with m.caller(2, 0):
        assert m.domain_memory_mapping(1, 0x40, DEVICE, 1, 1).errno_name == "EPERM"
    assert m.domain_memory_mapping(2, 0x40, DEVICE, 1, 1).ok  # iomem_permit_access(2, ...)
    digest = m.state_digest()
    with m.caller(2, 0):
        r = m.domain_memory_mapping(1, 0x40, DEVICE, 1, 1)
    assert r.unsupported and r.reason == reason("MMIO_IOMEM_CAPS")
    assert m.state_digest() == digest


@pytest.mark.parametrize(
    ("gfn", "mfn", "nr", "why"),
    [
        (0x40, 0x100, 1, "MMIO_MAP_HOST_RAM"),
        (0x40, 0xFFFFFFF0, 0x20, "MMIO_MAP_FRAME_TOO_WIDE"),
        (0x40, DEVICE, 2**31, "MMIO_MAP_COUNT_OVERFLOW"),
    ],
)
def test_unsupported_ranges_change_nothing(gfn: int, mfn: int, nr: int, why: str) -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    digest = m.state_digest()
    r = m.domain_memory_mapping(1, gfn, mfn, nr, 1)
    assert r.unsupported and r.reason == reason(why)
    assert m.state_digest() == digest


def test_host_ram_beyond_the_p2m_or_in_a_pv_domain_is_never_mapped() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.domain_memory_mapping(1, 0x1000, 0x100, 1, 1).ok
    assert m.domain_memory_mapping(3, 0x4, 0x100, 1, 1).ok
    assert m.check() == []


def test_shared_and_paged_gfns_are_unsupported() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x10).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x10, client).ok
    assert m.set_hvm_param(1, 27, 0x3F).ok and m.mem_paging_enable(1).ok
    assert m.mem_paging_nominate(1, 0x20).ok and m.mem_paging_evict(1, 0x20).ok
    digest = m.state_digest()
    r = m.domain_memory_mapping(1, 0x1F, DEVICE, 3, 1)  # 0x20 is paged
    assert r.unsupported and r.reason == reason("MMIO_MAP_OVER_PAGED")
    r = m.domain_memory_mapping(1, 0xF, DEVICE, 2, 1)  # 0x10 is shared
    assert r.unsupported and r.reason == reason("MMIO_MAP_OVER_SHARED")
    assert m.state_digest() == digest


def test_decrease_reservation_has_no_order_bound_in_4_2() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.decrease_reservation(1, None, 0, [0x24]).rc == 1
    # Order 19: 0x20-0x23 go, 0x24 (a hole) ends the op; the extent is not counted.
    assert m.decrease_reservation(1, None, 19, [0x20]).rc == 0
    assert tot_pages(m, 1) == 59
    # Order 30 from gfn 0x30: up to the p2m's end (0x40-0x7f are holes: stops at 0x40).
    assert m.decrease_reservation(1, None, 30, [0x30]).rc == 0
    assert tot_pages(m, 1) == 43
    assert m.check() == []
    for profile in ("doc", "xen-4.17"):
        d = Machine(CONFIG, profile=profile)
        assert d.decrease_reservation(1, None, 19, [0x20]).rc == 0
        assert tot_pages(d, 1) == 64


@pytest.mark.parametrize("order", [31, 32, 2**32 - 1])
def test_decrease_reservation_order_past_30_is_unsupported(order: int) -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    digest = m.state_digest()
    r = m.decrease_reservation(1, None, order, [0x20])
    assert r.unsupported and r.reason == reason("DECREASE_ORDER_UNDEFINED")
    assert m.state_digest() == digest
    # An empty list never reaches the shift: 0, as for any order.
    assert m.decrease_reservation(1, None, order, []).rc == 0


MEM = ENUMS["mem_type"].values


def test_set_mem_type_over_a_device_frame_is_unsupported_in_4_2() -> None:
    """p2m_change_type (p2m.c, RELEASE-4.2.0, L688-707) would make the device frame behind
    mmio_direct RAM; xen-4.17's allow_p2m_type_change (hvm/dm.c L217-227) refuses it."""
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.domain_memory_mapping(1, 0x40, DEVICE, 1, 1).ok
    digest = m.state_digest()
    r = m.hvm_set_mem_type(1, MEM["ram_ro"], 0x3E, 3)  # 0x3e, 0x3f RAM, then 0x40
    assert r.unsupported and r.reason == reason("MEM_TYPE_OTHER_FRAME")
    assert m.state_digest() == digest
    # A paged gfn before it ends 4.2's loop first: EINVAL, as before.
    assert m.set_hvm_param(1, 27, 0x3F).ok and m.mem_paging_enable(1).ok
    assert m.mem_paging_nominate(1, 0x3E).ok and m.mem_paging_evict(1, 0x3E).ok
    assert m.hvm_set_mem_type(1, MEM["ram_ro"], 0x3E, 3).errno_name == "EINVAL"
    for profile in ("doc", "xen-4.17"):
        d = Machine(CONFIG, profile=profile)
        assert d.domain_memory_mapping(1, 0x40, DEVICE, 1, 1).ok
        assert d.hvm_set_mem_type(1, MEM["ram_ro"], 0x40, 1).errno_name == "EINVAL"


DOMID_SELF = 0x7FF0


def _paging_ring_full(profile: str) -> Machine:
    """Domain 1 (128 pages) with 0x00-0x40 paged out and its paging ring (at 0x7f) full of
    the drop requests of domain 0's decrease_reservation of 0x00-0x3f (foreign: each takes
    a slot, none sleeps)."""
    m = Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=128),)), profile=profile)
    assert m.set_hvm_param(1, 27, 0x7F).ok and m.mem_paging_enable(1).ok
    for gfn in range(0x41):
        assert m.mem_paging_nominate(1, gfn).ok and m.mem_paging_evict(1, gfn).ok
    assert m.decrease_reservation(1, None, 0, list(range(0x40))).rc == 0x40
    return m


def test_a_guests_own_drop_that_finds_the_ring_full_is_unsupported_in_4_2() -> None:
    """p2m_mem_paging_drop_page's mem_event_claim_slot (p2m.c, RELEASE-4.2.0, L990-1002)
    sleeps for a slot when the caller is the domain itself (__mem_event_claim_slot,
    mem_event.c L412-419): the hypercall does not return until a slot frees."""
    m = _paging_ring_full("xen-4.2")
    digest = m.state_digest()
    with m.caller(1, 0):
        r = m.decrease_reservation(DOMID_SELF, None, 0, [0x50, 0x40])
    assert r.unsupported and r.reason == reason("DECREASE_GUEST_SLEEPS")
    assert m.state_digest() == digest
    # Domain 0's drop (foreign) never sleeps: without a slot the request is skipped.
    m = _paging_ring_full("xen-4.2")
    assert m.decrease_reservation(1, None, 0, [0x40]).rc == 1


def test_a_guests_own_drop_with_a_free_slot_runs() -> None:
    m = _paging_ring_full("xen-4.2")
    digest = m.state_digest()
    with m.caller(1, 0):
        r = m.decrease_reservation(DOMID_SELF, None, 0, [0x50])  # RAM: no drop, no slot
    assert r.rc == 1 and m.state_digest() != digest
    m = _paging_ring_full("doc")  # doc: the guest is treated as any caller
    with m.caller(1, 0):
        assert m.decrease_reservation(DOMID_SELF, None, 0, [0x40]).rc == 1
