"""The end of a guest's fault, and a paused domain's woken vcpus (xen-4.2, xen-4.17).

- hvm_hap_nested_page_fault (arch/x86/hvm/hvm.c, RELEASE-4.2.0, L1423-1447) does what it
  put off in this order: the page-in (p2m_mem_paging_populate), the ENOMEM notification
  (mem_sharing_notify_enomem with allow_sleep), then the request p2m_mem_access_check
  built for an n2rwx conversion (mem_access_send_req).  The first two may sleep for a ring
  slot, and the access request goes out only after them.  RELEASE-4.17.0 keeps the order
  (hvm.c L2000-2023: populate, the sharing ring check, monitor_traps).
- A vcpu woken from a ring's wait queue while the toolstack has its domain paused goes on
  with its operation as soon as the unpause lets it run (domain_unpause_by_systemcontroller
  -> domain_unpause -> vcpu_wake, common/domain.c, RELEASE-4.2.0, L758-778)."""

from __future__ import annotations

import pytest
from ring_machines import ACCESS, FLAGS, P2M, PARAM, REASON, RING, enomem_machine
from ring_machines import answer as _answer
from ring_machines import requests as _requests

from replay import DomainConfig, HostConfig, Machine, MachineConfig


def _paging_ring_full(profile: str) -> tuple[Machine, int]:
    """A paging ring filled by 64 foreign page-ins, an access ring, gfn 0x81 nominated and
    n2rwx."""
    m = Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=256),)), profile=profile)
    assert m.set_hvm_param(1, PARAM["paging_ring_pfn"], 0xFF).ok
    port = m.mem_paging_enable(1).output("port")
    assert m.set_hvm_param(1, PARAM["access_ring_pfn"], 0xFE).ok
    assert m.mem_access_enable(1).ok
    for gfn in range(64):
        assert m.mem_paging_nominate(1, gfn).ok and m.mem_paging_evict(1, gfn).ok
        assert m.foreign_map(1, gfn, 0).errno_name == "ENOENT"
    assert m.mem_paging_nominate(1, 0x81).ok
    assert m.hvm_set_mem_access(1, ACCESS["n2rwx"], 0x81, 1).ok
    return m, port


@pytest.mark.parametrize("profile", ("xen-4.2", "xen-4.17"))
def test_the_n2rwx_request_follows_a_page_in_that_slept_for_a_slot(profile: str) -> None:
    m, port = _paging_ring_full(profile)
    assert m.guest_read(1, 0x81, 0).reason == REASON["GUEST_RING_FULL"]
    # Converted already (p2m.c L1259-1263), but the request waits for the page-in.
    assert int(m.p2m(1)[0x81]["access"]) == ACCESS["rwx"]
    assert not m.ring_get_request(1, RING["access"]).ok
    # A response frees a slot: the vcpu puts its page-in, then its access request.
    assert m.ring_get_request(1, RING["paging"]).output("gfn") == 0
    _answer(m, "paging", port, 0, 0)
    assert _requests(m, "paging")[-1] == (0x81, 0, FLAGS["vcpu_paused"] | FLAGS["evict_fail"])
    assert _requests(m, "access") == [(0x81, 0, 0)]
    assert m.check() == []


@pytest.mark.parametrize("profile", ("xen-4.2",))
def test_the_n2rwx_request_follows_an_enomem_notification_that_slept(profile: str) -> None:
    """xen-4.2's second ENOMEM notification sleeps (hvm.c L1429-1441) and the access
    request waits behind it (L1443-1447)."""
    m, port = enomem_machine(profile)
    assert m.set_hvm_param(1, PARAM["access_ring_pfn"], 0x3E).ok
    assert m.mem_access_enable(1).ok
    assert m.hvm_set_mem_access(1, ACCESS["n2rwx"], 0x11, 1).ok
    for _ in range(63):  # foreign notifications leave one free slot
        assert m.foreign_map(1, 0x11, 1).errno_name == "ENOMEM"
    assert m.guest_write(1, 0x11, 0x55, 0).reason == REASON["GUEST_RING_FULL"]
    assert not m.ring_get_request(1, RING["access"]).ok
    assert len(_requests(m, "sharing")) == 64
    paused = FLAGS["vcpu_paused"]
    _answer(m, "sharing", port, 0x11, 0)  # wakes it; still paused by its first request
    assert not m.ring_get_request(1, RING["access"]).ok
    _answer(m, "sharing", port, 0x11, paused)  # it runs on: ENOMEM request, then access
    assert _requests(m, "sharing") == [(0x11, 0, paused)]
    assert _requests(m, "access") == [(0x11, 0, 0)]
    assert m.check() == []


@pytest.mark.parametrize("profile", ("xen-4.2", "xen-4.17"))
def test_a_woken_vcpu_of_a_paused_domain_runs_on_at_the_unpause(profile: str) -> None:
    m, port = _paging_ring_full(profile)
    assert m.hvm_set_mem_access(1, ACCESS["rwx"], 0x81, 1).ok
    assert m.guest_read(1, 0x81, 0).reason == REASON["GUEST_RING_FULL"]
    assert m.domain_pause(1).ok
    assert m.ring_get_request(1, RING["paging"]).output("gfn") == 0
    _answer(m, "paging", port, 0, 0)  # wakes the sleeper: the paused domain holds it
    assert int(m.p2m(1)[0x81]["type"]) == P2M["ram_paging_out"]
    assert m.domain_unpause(1).ok
    # It ran at once: p2m_mem_paging_populate went on (p2m.c L1061-1093).
    assert int(m.p2m(1)[0x81]["type"]) == P2M["ram_paging_in"]
    requests = _requests(m, "paging")
    assert requests[-1] == (0x81, 0, FLAGS["vcpu_paused"] | FLAGS["evict_fail"])
    assert m.check() == []


def test_a_woken_vcpu_of_a_resumed_domain_runs_on_at_the_resume() -> None:
    """domain_resume (common/domain.c, RELEASE-4.2.0, L569-594) unpauses the vcpus the
    shutdown paused, and the domain."""
    m, port = _paging_ring_full("xen-4.2")
    assert m.hvm_set_mem_access(1, ACCESS["rwx"], 0x81, 1).ok
    assert m.guest_read(1, 0x81, 0).reason == REASON["GUEST_RING_FULL"]
    assert m.sched_remote_shutdown(1, 0).ok
    assert m.ring_get_request(1, RING["paging"]).output("gfn") == 0
    _answer(m, "paging", port, 0, 0)
    assert int(m.p2m(1)[0x81]["type"]) == P2M["ram_paging_out"]
    assert m.domain_resume(1).ok
    assert int(m.p2m(1)[0x81]["type"]) == P2M["ram_paging_in"]
    assert m.check() == []


def test_a_4_17_write_that_cannot_unshare_notifies_once_and_never_sleeps() -> None:
    """RELEASE-4.17.0: the fault's lookup notifies without sleeping (p2m.c L307-317,
    mem_sharing_notify_enomem(..., false), mem_sharing.c L657-682); the fault's end only
    checks that a sharing ring exists (hvm.c L1939-1947, L2003-2015).  4.2 notifies again
    at its end, sleeping for a slot (hvm.c L1429-1441)."""
    m, _ = enomem_machine("xen-4.17")
    assert m.guest_write(1, 0x11, 0x55, 0).reason == REASON["GUEST_UNSHARE_NOMEM_PAUSED"]
    assert _requests(m, "sharing") == [(0x11, 0, FLAGS["vcpu_paused"])]
    # With the ring full (filled by foreign notifications, which pause nobody) the
    # lookup's notification is dropped: the vcpu is neither paused nor asleep, and the
    # ring's disable passes (4.2: the vcpu sleeps for a slot, disable answers EBUSY).
    for profile, sleeps in (("xen-4.2", True), ("xen-4.17", False)):
        m, _ = enomem_machine(profile)
        for _ in range(64):
            assert m.foreign_map(1, 0x11, 1).errno_name == "ENOMEM"
        write = m.guest_write(1, 0x11, 0x55, 0)
        if sleeps:
            assert write.reason == REASON["GUEST_RING_FULL"]
            assert m.memshr_ring_disable(1).errno_name == "EBUSY"
        else:
            assert write.reason == REASON["GUEST_UNSHARE_NOMEM_DROPPED"]
            assert m.guest_read(1, 0x12, 0).ok
            assert m.memshr_ring_disable(1).ok
        assert m.check() == [], profile
