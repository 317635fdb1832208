"""xen-4.17's createdomain gives the grant table the frame limit the caller asked for
(grant_table_init, common/grant_table.c, RELEASE-4.17.0), which acquire_resource's size
reports, and physinfo answers 4.17's XEN_SYSCTL_PHYSCAP_* bits; doc and xen-4.2 keep 4.2's
32 frames and capability bits."""

from __future__ import annotations

from replay import DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64),))
GRANT_TABLE = 1  # XENMEM_resource_grant_table
PAGE = 4096


def _created_size(profile: str, **kwargs: int) -> int:
    m = Machine(CONFIG, profile=profile)
    created = m.createdomain(0, **kwargs)
    assert created.ok, created
    size = m.resource_size(int(created.output("domain")), GRANT_TABLE, 0)
    assert size.ok, size
    return int(size.output("size")) // PAGE


def test_4_17_table_takes_max_grant_frames() -> None:
    assert _created_size("xen-4.17", max_grant_frames=40, max_maptrack_frames=0, grant_opts=1) == 40


def test_4_17_negative_frames_are_xen_default_of_64() -> None:
    assert _created_size("xen-4.17") == 64  # the catalogue's default: -1, version 2


def test_doc_keeps_32_frames() -> None:
    # The doc profile has acquire_resource (seed 003) over 4.2's createdomain; xen-4.2 has
    # no acquire_resource at all.
    assert _created_size("doc", max_grant_frames=40, grant_opts=0) == 32


def test_physinfo_capabilities_per_profile() -> None:
    caps = {
        p: int(Machine(CONFIG, profile=p).physinfo().output("capabilities"))
        for p in ("xen-4.2", "xen-4.17")
    }
    assert caps["xen-4.2"] == 0x3  # hvm, hvm_directio
    # hvm pv directio hap shadow iommu_hap_pt_share vmtrace (Intel) gnttab_v1 gnttab_v2
    assert caps["xen-4.17"] == 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x100 | 0x200
    amd = MachineConfig(HostConfig(vendor="amd"), CONFIG.domains)
    assert int(Machine(amd, profile="xen-4.17").physinfo().output("capabilities")) == 0x33F
