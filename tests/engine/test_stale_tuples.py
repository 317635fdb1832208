"""Stale and dead rmap tuples (issue 10).

XENMEM_remove_from_physmap on a shared gfn clears its entry and leaves the tuple and
shr_pages (p2m_remove_page, arch/x86/mm/p2m.c, RELEASE-4.2.0 and RELEASE-4.17.0), recorded
in the domain's stale-tuple ledger so that sharing.2 and sharing.4 still hold; Xen's unshare
then sees two entries and copies, leaving the frame shared by the stale tuple alone.

relinquish_shared_pages never sees a stale tuple, and RELEASE-4.2.0's walks "gfn <
p2m->max_mapped_pfn", so a gfn shared at the high-water mark is never unshared either:
those tuples outlive their domain, recorded in the host's dead-tuple ledger (sharing.1 and
sharing.2), and the audit names them by the dead domain's id, which a new domain may take.

The paths over such tuples the engine does not model answer unsupported, and the planted
bugs (the tuple unrecorded) are still caught."""

from __future__ import annotations

import pytest

from haptrace.catalogue import REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
KEEPERS = ["xen-4.2", "xen-4.17"]  # the profiles whose remove_from_physmap keeps the tuple


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def stale(profile: str = "xen-4.2", bugs: tuple[str, ...] = ()) -> tuple[Machine, int]:
    """Domain 1's 0x10 shared with domain 2's 0x10, then domain 2's removed; returns the
    machine and the handle of the frame."""
    m = Machine(CONFIG, profile=profile, bugs=bugs)
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x10).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x10, client).ok
    r = m.remove_from_physmap(2, 0x10)
    assert r.ok
    return m, source


def high_water(profile: str, bugs: tuple[str, ...] = ()) -> tuple[Machine, int]:
    """Domain 1's 0x10 shared with domain 2's 0x3f (its p2m's high-water mark), then
    domain 2 destroyed; returns the machine and the handle of the frame."""
    m = Machine(CONFIG, profile=profile, bugs=bugs)
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    assert m.maximum_gpfn(2).rc == 0x3F
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x3F).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x3F, client).ok
    assert m.domain_destroy(2).ok
    return m, source


def shr_pages(m: Machine, domid: int) -> int:
    value: int = m.counters()["domains"][domid]["shr_pages"]
    return value


@pytest.mark.parametrize("profile", KEEPERS)
def test_the_tuple_stays_counted_and_the_ledger_keeps_the_invariants(profile: str) -> None:
    m, _ = stale(profile)
    assert m.memshr_debug_gfn(1, 0x10).rc == 2
    assert shr_pages(m, 2) == 1
    assert m.memshr_audit().rc == 2  # "Incorrect P2M", "Incorrect P2M type"
    assert m.check() == []
    # domain 1's write: not the last gfn, so a copy; the frame keeps the stale tuple alone
    assert m.guest_write(1, 0x10, 7).ok
    assert shr_pages(m, 1) == 0 and shr_pages(m, 2) == 1
    assert m.sharing_used_frames().rc == 1
    assert m.check() == []


def test_doc_drops_the_tuple() -> None:
    m, _ = stale("doc")
    assert m.memshr_debug_gfn(1, 0x10).rc == 1 and shr_pages(m, 2) == 0
    assert m.check() == []


@pytest.mark.parametrize("profile", ["doc", "xen-4.2", "xen-4.17"])
def test_the_planted_bug_is_the_tuple_unrecorded(profile: str) -> None:
    m, _ = stale(profile, bugs=("remove_from_physmap_shared",))
    assert {v.invariant for v in m.check()} == {"sharing.2", "sharing.4"}


@pytest.mark.parametrize("profile", KEEPERS)
def test_sharing_a_gfn_again_over_its_stale_tuple_is_unsupported(profile: str) -> None:
    m, _ = stale(profile)
    assert m.populate_physmap(2, 1, 0, 0, (0x10,)).rc == 1  # populated again
    r = m.memshr_nominate_gfn(2, 0x10)
    assert r.unsupported and r.reason == reason("STALE_TUPLE_SHARED_AGAIN")
    assert m.check() == []


@pytest.mark.parametrize("profile", KEEPERS)
def test_add_to_physmap_onto_a_stale_tuples_gfn_is_unsupported(profile: str) -> None:
    m, source = stale(profile)
    r = m.memshr_add_to_physmap(1, 0x10, source, 2, 0x10)
    assert r.unsupported and r.reason == reason("STALE_TUPLE_SHARED_AGAIN")


@pytest.mark.parametrize("profile", KEEPERS)
def test_a_share_moving_a_stale_tuple_is_unsupported(profile: str) -> None:
    m, source = stale(profile)
    other = m.memshr_nominate_gfn(1, 0x20).output("handle")
    # the frame with the stale tuple is the client: Xen would map the stale gfn again
    r = m.memshr_share_gfns(1, 0x20, other, 1, 0x10, source)
    assert r.unsupported and r.reason == reason("SHARE_CLIENT_STALE_TUPLE")
    # as the source, its tuples stay where they are: modelled
    third = m.memshr_nominate_gfn(1, 0x21).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 1, 0x21, third).ok
    assert m.memshr_debug_gfn(1, 0x10).rc == 3
    assert m.check() == []


@pytest.mark.parametrize("profile", KEEPERS)
@pytest.mark.parametrize("call", ["domain_destroy", "destroydomain"])
def test_a_stale_tuple_outlives_its_domain(call: str, profile: str) -> None:
    m, _ = stale(profile)
    assert getattr(m, call)(2).ok
    assert m.check() == []
    assert 2 not in m.counters()["domains"]
    # the frame is still shared by domain 1's gfn and the dead domain's tuple
    assert m.memshr_debug_gfn(1, 0x10).rc == 2
    assert m.sharing_used_frames().rc == 1 and m.sharing_freed_pages().rc == 1
    # "Incorrect P2M" and "Incorrect P2M type" become "Unknown dom" and "Mismatched counts"
    assert m.memshr_audit().rc == 2
    assert m.guest_write(1, 0x10, 7).ok  # a copy: the dead tuple keeps the frame shared
    assert m.sharing_used_frames().rc == 1 and m.sharing_freed_pages().rc == 0
    assert m.check() == []


def test_xen_4_2_leaves_the_high_water_gfn_shared() -> None:
    m, _ = high_water("xen-4.2")
    assert m.check() == []
    assert m.memshr_debug_gfn(1, 0x10).rc == 2
    assert m.sharing_freed_pages().rc == 1 and m.sharing_used_frames().rc == 1
    assert m.memshr_audit().rc == 2


@pytest.mark.parametrize("profile", ["doc", "xen-4.17"])
def test_the_other_profiles_unshare_the_high_water_gfn(profile: str) -> None:
    m, _ = high_water(profile)
    assert m.check() == []
    assert m.memshr_debug_gfn(1, 0x10).rc == 1
    assert m.sharing_freed_pages().rc == 0 and m.memshr_audit().rc == 0


@pytest.mark.parametrize("profile", ["doc", "xen-4.17"])
def test_the_relinquish_bug_is_the_dead_tuple_unrecorded(profile: str) -> None:
    m, _ = high_water(profile, bugs=("relinquish_skips_last_gfn",))
    assert {v.invariant for v in m.check()} == {"sharing.1", "sharing.2"}


def test_a_share_moving_a_dead_tuple_is_unsupported() -> None:
    m, source = high_water("xen-4.2")
    other = m.memshr_nominate_gfn(1, 0x20).output("handle")
    # 4.2 looks the dead tuple's domain up: BUG_ON(!d)
    r = m.memshr_share_gfns(1, 0x20, other, 1, 0x10, source)
    assert r.unsupported and r.reason == reason("SHARE_CLIENT_DEAD_TUPLE")
    assert m.check() == []


def test_the_audit_looks_a_dead_tuples_id_up_again() -> None:
    m, source = high_water("xen-4.2")
    assert m.domain_create(domid=2, pages=32, max_pages=64).ok  # 0x3f is a hole
    assert m.memshr_control(2, 1).ok
    assert m.memshr_audit().rc == 2  # the new domain's 0x3f: no frame, not shared
    # the frame plugged in at the new domain's 0x3f: the dead (2, 0x3f) maps it again
    assert m.memshr_add_to_physmap(1, 0x10, source, 2, 0x3F).ok
    assert m.memshr_audit().rc == 0
    assert m.check() == []
    assert m.guest_write(2, 0x3F, 5).ok  # a copy; the tuple left names the copy's gfn
    assert m.memshr_audit().rc == 2
    assert m.check() == []


def test_a_destroy_with_no_dead_domain_entry_left_is_unsupported() -> None:
    m = Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=64),)), profile="xen-4.2")
    assert m.memshr_control(1, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    refused = None
    for domid in range(10, 30):
        assert m.domain_create(domid=domid, pages=4).ok and m.memshr_control(domid, 1).ok
        client = m.memshr_nominate_gfn(domid, 3).output("handle")
        assert m.memshr_share_gfns(1, 0x10, source, domid, 3, client).ok
        r = m.domain_destroy(domid)
        if r.unsupported:
            refused = domid
            assert r.reason == reason("DESTROY_DEAD_DOMAINS_FULL")
            break
        assert r.ok
    assert refused is not None
    assert refused in m.counters()["domains"]  # nothing changed
    assert m.memshr_debug_gfn(1, 0x10).rc == refused - 10 + 2
    assert m.check() == []


def test_the_ledger_counts_exactly_the_dead_tuples_it_records() -> None:
    # xen-4.2 records domain 2's high-water tuple; a third domain's tuple left by the
    # planted relinquish_skips_shared (its walk skipped) is one more than the ledger holds
    config = MachineConfig(
        HostConfig(),
        (DomainConfig(1, pages=64), DomainConfig(2, pages=64), DomainConfig(3, pages=64)),
    )
    m = Machine(config, profile="xen-4.2", bugs=("relinquish_skips_shared",))
    for domid in (1, 2, 3):
        assert m.memshr_control(domid, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    for domid, gfn in ((2, 0x3F), (3, 0x20)):
        client = m.memshr_nominate_gfn(domid, gfn).output("handle")
        assert m.memshr_share_gfns(1, 0x10, source, domid, gfn, client).ok
    assert m.domain_destroy(2).ok
    assert m.check() == []  # the skipped walk left only the high-water tuple
    assert m.domain_destroy(3).ok
    assert {v.invariant for v in m.check()} == {"sharing.1", "sharing.2"}
