"""GNTTABOP_setup_table's growth on the engine (csrc/gntsize.c, gnttab.c gnttab_setup):
all or nothing when the host runs out of frames, the frames a PV domain's list hands out
held by Xen, a 4.17 guest granting past its first frame, the table never past its maximum
(invariant gnttab.1), and a dying domain's frames not modelled (unsupported)."""

from __future__ import annotations

import pytest

from haptrace.catalogue import REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

OKAY, GENERAL_ERROR = 0, 0xFFFF
DOMID_SELF = 0x7FF0


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def machine(profile: str, total_frames: int = 4096) -> Machine:
    config = MachineConfig(
        HostConfig(total_frames=total_frames),
        (DomainConfig(1, pages=64), DomainConfig(2, pages=64, pv=True)),
    )
    return Machine(config, profile=profile)


@pytest.mark.parametrize("profile", ["doc", "xen-4.2", "xen-4.17"])
def test_a_growth_the_host_cannot_back_changes_nothing(profile: str) -> None:
    m = machine(profile, total_frames=128 + 4)  # 4 frames over the domains' 128
    before = m.counters()["free_frames"]
    r = m.gnttab_setup_table(1, 2, 6)
    assert r.output("status") == GENERAL_ERROR and r.reason == reason("GNT_SETUP_NO_MEMORY")
    assert m.counters()["free_frames"] == before  # the frames backed on the way went back
    assert m.gnttab_query_size(1, 2).output("nr_frames") == (1 if profile == "xen-4.17" else 4)
    r = m.gnttab_setup_table(1, 2, 4)
    assert r.output("status") == OKAY and m.counters()["free_frames"] == before - 4
    assert len(set(r.output("frame_list"))) == 4
    assert m.check() == []


@pytest.mark.parametrize("profile", ["doc", "xen-4.2", "xen-4.17"])
def test_the_table_never_grows_past_its_maximum(profile: str) -> None:
    m = machine(profile)
    for frames in (31, 32, 33, 64, 65, 4096):
        with m.caller(1, 0):
            status = m.gnttab_setup_table(1, DOMID_SELF, frames).output("status")
        assert status == (OKAY if frames <= 32 else GENERAL_ERROR)
    assert m.gnttab_query_size(1, 1).output("nr_frames") == 32
    assert m.check() == []


def test_a_4_17_guest_grants_the_entries_of_a_grown_table() -> None:
    m = machine("xen-4.17")
    for gref in range(512):
        assert m.grant_access(1, 0x10).output("gref") == gref
    assert m.grant_access(1, 0x10).errno_name == "ENOSPC"
    with m.caller(1, 0):
        assert m.gnttab_setup_table(1, DOMID_SELF, 3).output("status") == OKAY
    for gref in range(512, 1536):
        assert m.grant_access(1, 0x10).output("gref") == gref
    assert m.grant_access(1, 0x10).errno_name == "ENOSPC"
    assert m.check() == []


def test_a_dying_domains_frames_are_not_modelled() -> None:
    m = machine("xen-4.17")
    assert m.foreign_map(1, 0x10, 0).rc == 0
    m.domain_destroy(1)  # dying while dom0 still maps one of its pages
    assert 1 in m.domain_ids()
    r = m.gnttab_setup_table(1, 1, 2)
    assert r.unsupported and r.reason == reason("GNT_SETUP_DYING")
    assert m.gnttab_setup_table(1, 1, 0).output("status") == OKAY
