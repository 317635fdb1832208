"""xen-4.2's stale rmap tuples (issue 10): XENMEM_remove_from_physmap on a shared gfn
clears its entry and leaves the tuple and shr_pages (p2m_remove_page, arch/x86/mm/p2m.c,
RELEASE-4.2.0), recorded in the domain's stale-tuple ledger so that sharing.2 and
sharing.4 still hold; 4.2's unshare then sees two entries and copies, leaving the frame
shared by the stale tuple alone.  The paths over a stale tuple the engine does not model
answer unsupported, and the planted bug (the tuple unrecorded) is still caught."""

from __future__ import annotations

import pytest

from haptrace.catalogue import REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))


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


def shr_pages(m: Machine, domid: int) -> int:
    value: int = m.counters()["domains"][domid]["shr_pages"]
    return value


def test_the_tuple_stays_counted_and_the_ledger_keeps_the_invariants() -> None:
    m, _ = stale()
    assert m.memshr_debug_gfn(1, 0x10).rc == 2
    assert shr_pages(m, 2) == 1
    assert m.memshr_audit().rc == 2  # "Incorrect P2M", "Incorrect P2M type"
    assert m.check() == []
    # domain 1's write: not the last gfn, so a copy; the frame keeps the stale tuple alone
    assert m.guest_write(1, 0x10, 7).ok
    assert shr_pages(m, 1) == 0 and shr_pages(m, 2) == 1
    assert m.sharing_used_frames().rc == 1
    assert m.check() == []


@pytest.mark.parametrize("profile", ["doc", "xen-4.17"])
def test_the_other_profiles_drop_the_tuple(profile: str) -> None:
    m, _ = stale(profile)
    assert m.memshr_debug_gfn(1, 0x10).rc == 1 and shr_pages(m, 2) == 0
    assert m.check() == []


@pytest.mark.parametrize("profile", ["doc", "xen-4.2", "xen-4.17"])
def test_the_planted_bug_is_the_tuple_unrecorded(profile: str) -> None:
    m, _ = stale(profile, bugs=("remove_from_physmap_shared",))
    assert {v.invariant for v in m.check()} == {"sharing.2", "sharing.4"}


def test_sharing_a_gfn_again_over_its_stale_tuple_is_unsupported() -> None:
    m, _ = stale()
    assert m.populate_physmap(2, 1, 0, 0, (0x10,)).rc == 1  # populated again
    r = m.memshr_nominate_gfn(2, 0x10)
    assert r.unsupported and r.reason == reason("STALE_TUPLE_SHARED_AGAIN")
    assert m.check() == []


def test_add_to_physmap_onto_a_stale_tuples_gfn_is_unsupported() -> None:
    m, source = stale()
    r = m.memshr_add_to_physmap(1, 0x10, source, 2, 0x10)
    assert r.unsupported and r.reason == reason("STALE_TUPLE_SHARED_AGAIN")


def test_a_share_moving_a_stale_tuple_is_unsupported() -> None:
    m, source = stale()
    other = m.memshr_nominate_gfn(1, 0x20).output("handle")
    # the frame with the stale tuple is the client: 4.2 would map the stale gfn again
    r = m.memshr_share_gfns(1, 0x20, other, 1, 0x10, source)
    assert r.unsupported and r.reason == reason("SHARE_CLIENT_STALE_TUPLE")
    # as the source, its tuples stay where they are: modelled
    third = m.memshr_nominate_gfn(1, 0x21).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 1, 0x21, third).ok
    assert m.memshr_debug_gfn(1, 0x10).rc == 3
    assert m.check() == []


@pytest.mark.parametrize("call", ["domain_destroy", "destroydomain"])
def test_destroying_a_domain_with_stale_tuples_is_unsupported(call: str) -> None:
    m, _ = stale()
    r = getattr(m, call)(2)
    assert r.unsupported and r.reason == reason("DESTROY_STALE_TUPLES")
    assert getattr(m, call)(1).ok  # domain 1 holds none
    assert m.check() == []
