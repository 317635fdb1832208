"""HVMOP_set_mem_type between RAM and mmio_dm as 4.2.0 runs it (the xen-4.2 profile).

p2m_change_type (arch/x86/mm/p2m.c, RELEASE-4.2.0, L688-707; do_hvm_op, hvm.c L4146)
keeps the frame behind the new type: RAM made mmio_dm stays the domain's (counted, M2P
naming the gfn) and comes back with ram_rw.  What later calls do with the gfn: accesses
fault to the device model (EFAULT here), decrease_reservation frees the frame
(guest_remove_page only wants a valid mfn), remove_from_physmap finds no page (ENOENT),
and populate_physmap, add_to_physmap and domain_memory_mapping leave the frame behind,
allocated and unmapped (they invalidate the old M2P only for RAM types, p2m.c L596-618,
L754-768).  The doc profile refuses RAM made mmio_dm."""

from __future__ import annotations

from haptrace.catalogue import ENUMS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

P2M = ENUMS["p2m_type"].values
MEM = ENUMS["mem_type"].values
CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))


def _mmio_dm_over_ram() -> Machine:
    m = Machine(CONFIG, profile="xen-4.2")
    assert m.hvm_set_mem_type(1, MEM["mmio_dm"], 0x10, 1).ok
    entry = m.p2m(1)[0x10]
    assert int(entry["type"]) == P2M["mmio_dm"]
    assert m.domain_getinfo(1).output("tot_pages") == 64
    assert m.check() == []
    return m


def test_doc_refuses_ram_made_mmio_dm() -> None:
    m = Machine(CONFIG, profile="doc")
    assert m.hvm_set_mem_type(1, MEM["mmio_dm"], 0x10, 1).errno_name == "EINVAL"
    assert int(m.p2m(1)[0x10]["type"]) == P2M["ram_rw"]


def test_the_frame_behind_mmio_dm_comes_back_with_its_contents() -> None:
    m = _mmio_dm_over_ram()
    assert m.guest_read(1, 0x10, 0).errno_name == "EFAULT"
    assert m.hvm_set_mem_type(1, MEM["ram_rw"], 0x10, 1).ok
    assert m.guest_read(1, 0x10, 0).output("value") == 0x100010
    assert m.check() == []


def test_remove_and_free_of_a_frame_behind_mmio_dm() -> None:
    m = _mmio_dm_over_ram()
    assert m.remove_from_physmap(1, 0x10).errno_name == "ENOENT"
    assert m.decrease_reservation(1, None, 0, [0x10]).rc == 1
    assert m.domain_getinfo(1).output("tot_pages") == 63
    assert m.check() == []
    m = _mmio_dm_over_ram()
    assert m.domain_destroy(1).ok
    assert m.check() == []


def test_a_new_entry_over_mmio_dm_leaves_the_frame_behind() -> None:
    m = _mmio_dm_over_ram()
    assert m.decrease_reservation(1, None, 0, [0x20]).rc == 1  # room for one page
    assert m.populate_physmap(1, None, 0, 0, [0x10]).rc == 1
    assert int(m.p2m(1)[0x10]["type"]) == P2M["ram_rw"]
    assert m.domain_getinfo(1).output("tot_pages") == 64  # 63 + the new page; old kept
    assert m.check() == []
    m = _mmio_dm_over_ram()
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    handle = m.memshr_nominate_gfn(2, 0x20).output("handle")
    assert m.memshr_add_to_physmap(2, 0x20, handle, 1, 0x10).ok
    assert m.domain_getinfo(1).output("tot_pages") == 64  # the old frame is still counted
    assert m.check() == []
    m = _mmio_dm_over_ram()
    assert m.domain_memory_mapping(1, 0x10, 0x100000, 1, 1).ok
    assert m.domain_getinfo(1).output("tot_pages") == 64
    assert m.check() == []


def test_the_frame_left_behind_keeps_its_stale_m2p_entry() -> None:
    """Each new entry over the mmio_dm gfn leaves the old frame's M2P naming the gfn (4.2
    invalidates it only for RAM types: guest_physmap_add_entry, p2m.c L596-618;
    set_mmio_p2m_entry L754-768; mem_sharing_add_to_physmap, mem_sharing.c L1076-1115),
    and the audit accepts that stale entry (a frame stale otherwise, as planted
    add_physmap_leaks_paging_in leaves one, is still reported: tests/corpus)."""

    def over(m: Machine) -> None:
        assert m.decrease_reservation(1, None, 0, [0x20]).rc == 1  # room for one page
        assert m.populate_physmap(1, None, 0, 0, [0x10]).rc == 1

    def shared(m: Machine) -> None:
        assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
        handle = m.memshr_nominate_gfn(2, 0x20).output("handle")
        assert m.memshr_add_to_physmap(2, 0x20, handle, 1, 0x10).ok

    def mmio(m: Machine) -> None:
        assert m.domain_memory_mapping(1, 0x10, 0x100000, 1, 1).ok

    for replace in (over, shared, mmio):
        m = _mmio_dm_over_ram()
        old = int(m.p2m(1)[0x10]["mfn"])
        replace(m)
        frame = m.frames()[old]
        assert int(frame["m2p"]) == 0x10 and int(frame["owner"]) == 1, replace.__name__
        assert int(m.p2m(1)[0x10]["mfn"]) != old
        assert m.check() == [], replace.__name__
