"""Section 2.11's counter table, row by row, through the Python API: for each event, the
change of used_frames (nr_shared_mfns), freed_pages (nr_saved_mfns), shr_pages and
tot_pages of the domains involved, and the host's free frames.

Each row builds its own small machine, reads the counters before and after the one event,
and compares the deltas with the table.  The counters are read twice, through
``Machine.counters()`` and through the calls (sharing_used_frames, sharing_freed_pages,
domain_getinfo), and the two must agree.  The invariants must hold after every row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from haptrace.catalogue import PROFILES
from replay import DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(
    HostConfig(total_frames=1024, share_capacity=64),
    (DomainConfig(1, pages=64), DomainConfig(2, pages=64), DomainConfig(3, pages=64)),
)


@dataclass(frozen=True)
class Counters:
    used: int
    freed: int
    shr: dict[int, int]
    tot: dict[int, int]
    free: int


def read(m: Machine) -> Counters:
    counters = m.counters()
    domains = {d: v for d, v in counters["domains"].items() if d != 0}
    by_api = Counters(
        counters["used_frames"],
        counters["freed_pages"],
        {d: v["shr_pages"] for d, v in domains.items()},
        {d: v["tot_pages"] for d, v in domains.items()},
        counters["free_frames"],
    )
    info = {d: m.domain_getinfo(d) for d in domains}
    by_calls = Counters(
        m.sharing_used_frames().rc,
        m.sharing_freed_pages().rc,
        {d: r.output("shr_pages") for d, r in info.items()},
        {d: r.output("tot_pages") for d, r in info.items()},
        int(m.host_counters()[0]["free_frames"]),
    )
    assert by_api == by_calls, "counters() and the calls disagree"
    # invariant 1, with the xen-4.2 ledger of what nr_saved_mfns owes (docs/profiles.md)
    drift = int(m.host_counters()[0]["freed_drift"])
    assert sum(by_api.shr.values()) == by_api.freed - drift + by_api.used
    return by_api


def deltas(before: Counters, after: Counters) -> dict[str, int]:
    out = {
        "used": after.used - before.used,
        "freed": after.freed - before.freed,
        "free": after.free - before.free,
    }
    for domid in before.shr:
        out[f"shr{domid}"] = after.shr.get(domid, 0) - before.shr[domid]
        out[f"tot{domid}"] = after.tot.get(domid, 0) - before.tot[domid]
    return {k: v for k, v in out.items() if v}


def machine(profile: str, bugs: tuple[str, ...] = ()) -> Machine:
    m = Machine(CONFIG, profile=profile, bugs=bugs)
    m.set_oracle(True)
    for domid in (1, 2, 3):
        assert m.memshr_control(domid, 1).ok
    return m


def nominate(m: Machine, domid: int, gfn: int) -> int:
    return int(m.memshr_nominate_gfn(domid, gfn).output("handle"))


def shared_pair(m: Machine) -> int:
    """Domain 1's gfn 0x10 and domain 2's gfn 0x10 on one frame (two tuples)."""
    source, client = nominate(m, 1, 0x10), nominate(m, 2, 0x10)
    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x10, client).ok
    return source


def event(m: Machine, action: Callable[[], object]) -> dict[str, int]:
    before = read(m)
    action()
    after = read(m)
    assert m.check() == []
    return deltas(before, after)


@pytest.fixture(params=PROFILES)
def profile(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_nominate_new(profile: str) -> None:
    m = machine(profile)
    assert event(m, lambda: nominate(m, 1, 0x10)) == {"used": 1, "shr1": 1, "tot1": -1}


def test_nominate_already_shared(profile: str) -> None:
    m = machine(profile)
    handle = nominate(m, 1, 0x10)
    assert event(m, lambda: m.memshr_nominate_gfn(1, 0x10)) == {}
    assert nominate(m, 1, 0x10) == handle


@pytest.mark.parametrize("tuples", [1, 2, 3])
def test_share_moves_a_client_frame_of_any_size(profile: str, tuples: int) -> None:
    """A client frame of m tuples: used -1, freed +1 whatever m is; shr_pages and tot_pages
    unchanged (the tuples move); the client frame goes back to the host."""
    m = machine(profile)
    source = nominate(m, 1, 0x10)
    client = nominate(m, 2, 0x20)
    for gfn in range(0x21, 0x20 + tuples):  # grow the client frame to m tuples
        other = nominate(m, 2, gfn)
        assert m.memshr_share_gfns(2, 0x20, client, 2, gfn, other).ok
    assert m.memshr_debug_gfn(2, 0x20).rc == tuples
    row = event(m, lambda: m.memshr_share_gfns(1, 0x10, source, 2, 0x20, client))
    assert row == {"used": -1, "freed": 1, "free": 1}
    assert m.memshr_debug_gfn(1, 0x10).rc == tuples + 1


def test_add_to_physmap_ok(profile: str) -> None:
    m = machine(profile)
    source = nominate(m, 1, 0x10)
    m.decrease_reservation(3, None, 0, [0x30])  # a hole in domain 3
    row = event(m, lambda: m.memshr_add_to_physmap(1, 0x10, source, 3, 0x30))
    assert row == {"freed": 1, "shr3": 1}


@pytest.mark.parametrize("evicted", [False, True], ids=["paging_in-frame", "paging_in-no-frame"])
def test_add_to_physmap_over_a_gfn_being_paged_in(profile: str, evicted: bool) -> None:
    """(+1 host free frame if a paging_in frame was replaced; the gfn leaves paged_pages.)"""
    m = machine(profile)
    source = nominate(m, 1, 0x10)
    assert m.set_hvm_param(3, 27, 0x3F).ok
    assert m.mem_paging_enable(3).ok
    assert m.mem_paging_nominate(3, 0x30).ok
    if evicted:
        assert m.mem_paging_evict(3, 0x30).ok
    # The guest's own access starts the page-in in both profiles (4.2 maps a paging_out
    # gfn for a foreign caller without one: do_mmu_update, arch/x86/mm.c L3567-3586).
    assert m.guest_read(3, 0x30).errno_name == "EAGAIN"
    assert m.p2m_types(3)[0x30] == 11  # ram_paging_in
    paged = m.domain_getinfo(3).output("paged_pages")
    assert paged == int(evicted)
    row = event(m, lambda: m.memshr_add_to_physmap(1, 0x10, source, 3, 0x30))
    if evicted:
        assert row == {"freed": 1, "shr3": 1}
    else:  # the paging_in frame belonged to domain 3 and goes back to the host
        assert row == {"freed": 1, "shr3": 1, "free": 1, "tot3": -1}
    # xen-4.2 decrements for any paging_in, this one never counted (mem_sharing.c
    # L1105-1107; 4.17's add_to_physmap keeps the same check, "p2m_is_paging(cmfn_type) &&
    # cmfn_type != p2m_ram_paging_out"): paged_pages reads -1, as getdomaininfo's 64-bit
    # field shows it.
    drifted = profile in ("xen-4.2", "xen-4.17") and not evicted
    assert m.domain_getinfo(3).output("paged_pages") == (2**64 - 1 if drifted else 0)


def test_add_to_physmap_p2m_set_failure_changes_nothing(profile: str) -> None:
    """Nothing in doc; 4.2 (and 4.17) count a freed page on this failure, with the drift in
    the ledger (mem_sharing_add_to_physmap, mem_sharing.c, RELEASE-4.2.0, L1096-1101,
    L1119)."""
    m = machine(profile)
    source = nominate(m, 1, 0x10)
    result: list[object] = []
    row = event(m, lambda: result.append(m.memshr_add_to_physmap(1, 0x10, source, 3, 0x1000)))
    assert str(result[0]).startswith("memshr_add_to_physmap = -1 ENOENT")
    assert row == ({} if profile == "doc" else {"freed": 1})
    assert m.check() == []


def test_add_to_physmap_p2m_set_failure_with_the_4_2_bug_counts_a_freed_page(
    profile: str,
) -> None:
    """The table's "(bug)" row: freed +1 although nothing was added."""
    m = machine(profile, bugs=("add_physmap_failure_accounting",))
    source = nominate(m, 1, 0x10)
    before = m.counters()
    assert not m.memshr_add_to_physmap(1, 0x10, source, 3, 0x1000).ok
    after = m.counters()
    assert after["freed_pages"] - before["freed_pages"] == 1
    assert after["used_frames"] == before["used_frames"]
    assert [v.invariant for v in m.check()] == ["sharing.1"]


def test_unshare_last_tuple(profile: str) -> None:
    m = machine(profile)
    nominate(m, 1, 0x10)
    row = event(m, lambda: m.guest_write(1, 0x10, 0x1234))
    assert row == {"used": -1, "shr1": -1, "tot1": 1}
    assert m.memshr_debug_gfn(1, 0x10).errno_name == "EINVAL"  # the handle is gone


def test_unshare_not_last_ok(profile: str) -> None:
    m = machine(profile)
    shared_pair(m)
    row = event(m, lambda: m.guest_write(2, 0x10, 0x5678))
    assert row == {"freed": -1, "shr2": -1, "tot2": 1, "free": -1}
    assert m.memshr_debug_gfn(1, 0x10).rc == 1  # the frame keeps its other tuple


def test_unshare_not_last_enomem_changes_nothing(profile: str) -> None:
    m = machine(profile)
    shared_pair(m)
    assert m.populate_physmap(2, None, 0, 0, [0x40]).rc == 1  # back to max_pages
    result: list[object] = []
    row = event(m, lambda: result.append(m.foreign_map(2, 0x10, 1)))
    assert str(result[0]).startswith("foreign_map = -1 ENOMEM")
    assert row == {}


def test_unshare_not_last_enomem_on_a_guest_write_without_a_ring(profile: str) -> None:
    """The same from a guest write: nothing changes but the domain (crashed, no ring)."""
    m = machine(profile)
    shared_pair(m)
    m.populate_physmap(2, None, 0, 0, [0x40])
    before = read(m)
    assert m.guest_write(2, 0x10, 1).errno_name == "ENOMEM"
    assert deltas(before, read(m)) == {}
    assert m.check() == []


def _keep_visible(m: Machine, domid: int) -> None:
    """A read-only foreign mapping keeps a destroyed domain dying (and visible) with that
    one page: the rest of its pages go back to the host."""
    assert m.foreign_map(domid, 0x30, 0).ok


def test_destroy_unshare_last(profile: str) -> None:
    """used -1, shr_pages -1, tot_pages unchanged by the shared page; the frame goes back to
    the host (+1 on top of the domain's own private pages)."""
    m = machine(profile)
    nominate(m, 1, 0x10)
    _keep_visible(m, 1)
    row = event(m, lambda: m.domain_destroy(1))
    private = -row.pop("tot1")  # the private pages freed with the domain
    assert private == 63 - 1
    assert row == {"used": -1, "shr1": -1, "free": private + 1}


def test_destroy_unshare_not_last(profile: str) -> None:
    """freed -1, shr_pages -1; the frame stays (domain 1 still maps it)."""
    m = machine(profile)
    shared_pair(m)
    _keep_visible(m, 2)
    row = event(m, lambda: m.domain_destroy(2))
    private = -row.pop("tot2")
    assert private == 63 - 1
    assert row == {"freed": -1, "shr2": -1, "free": private}
    assert m.memshr_debug_gfn(1, 0x10).rc == 1
