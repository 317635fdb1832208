"""guest_exec: a guest's instruction fetch, the fault path of a read with access type x.

hvm_hap_nested_page_fault (arch/x86/hvm/hvm.c, RELEASE-4.2.0, L1306-1447; RELEASE-4.17.0
L1737-2025) decides a violation from the entry's access and the fault's access_r,
access_w and access_x (L1315-1343), and p2m_mem_access_check (arch/x86/mm/p2m.c,
RELEASE-4.2.0, L1239-1320) converts rx2rw only on a write and n2rwx on anything.  The rest
of the fault acts on access_w alone: a fetch is a read of the frame."""

from __future__ import annotations

import pytest
from ring_machines import ACCESS, FLAGS, P2M, PARAM, REASON, RING

from replay import DomainConfig, HostConfig, Machine, MachineConfig

PROFILES = ("doc", "xen-4.2", "xen-4.17")

# Which access values let an instruction fetch through (the fault's switch, hvm.c L1315-1343).
EXEC_ALLOWED = {"x", "rx", "wx", "rwx", "rx2rw"}


def _machine(profile: str, pages: int = 64) -> Machine:
    return Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=pages),)), profile=profile)


def _with_listener(profile: str) -> tuple[Machine, int]:
    m = _machine(profile)
    assert m.set_hvm_param(1, PARAM["access_ring_pfn"], 0x3F).ok
    port = m.mem_access_enable(1).output("port")
    return m, port


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("access", sorted(set(ACCESS) - {"default"}))
def test_an_instruction_fetch_faults_where_the_access_has_no_x(profile: str, access: str) -> None:
    m, _ = _with_listener(profile)
    content = m.guest_read(1, 0x10, 0).output("value")
    assert m.hvm_set_mem_access(1, ACCESS[access], 0x10, 1).ok
    fetch = m.guest_exec(1, 0x10, 0)
    request = m.ring_get_request(1, RING["access"])
    if access in EXEC_ALLOWED:
        assert fetch.ok and fetch.output("value") == content
        assert not request.ok
        # rx2rw is converted only by a write (p2m.c L1253-1258): a fetch leaves it.
        assert m.hvm_get_mem_access(1, 0x10).output("memaccess") == ACCESS[access]
    elif access == "n2rwx":  # converted, told, not paused (p2m.c L1259-1263, L1299-1300)
        assert fetch.ok
        assert request.output("gfn") == 0x10 and request.output("flags") == 0
        assert m.hvm_get_mem_access(1, 0x10).output("memaccess") == ACCESS["rwx"]
    else:  # a violation: the vcpu is paused with a VCPU_PAUSED request (p2m.c L1292-1319)
        assert fetch.reason == REASON["GUEST_ACCESS_VIOLATION"]
        assert request.output("gfn") == 0x10
        assert request.output("flags") == FLAGS["vcpu_paused"]
        assert m.guest_read(1, 0x11, 0).reason == REASON["GUEST_VCPU_PAUSED"]
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_reads_and_writes_pass_an_rw_gfn_that_a_fetch_does_not(profile: str) -> None:
    """xen-access's exec mode sets rw everywhere (xen-access.c, RELEASE-4.2.0, L510-514)."""
    m, _ = _with_listener(profile)
    assert m.hvm_set_mem_access(1, ACCESS["rw"], 0, 63).ok
    assert m.guest_write(1, 0x10, 0x77, 0).ok
    assert m.guest_read(1, 0x10, 0).output("value") == 0x77
    assert m.guest_exec(1, 0x10, 0).errno_name == "EAGAIN"
    assert m.ring_get_request(1, RING["access"]).output("gfn") == 0x10
    assert m.hvm_set_mem_access(1, ACCESS["rwx"], 0x10, 1).ok
    assert m.ring_put_response(1, RING["access"], 0x10, 0, FLAGS["vcpu_paused"]).ok
    assert m.mem_access_resume(1, 0).ok
    assert m.guest_exec(1, 0x10, 0).output("value") == 0x77
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_without_a_listener_a_fetch_lifts_the_restriction_or_crashes(profile: str) -> None:
    """p2m_mem_access_check with no listener (p2m.c L1267-1289): rwx, or with
    access_required the domain is crashed.  (4.17 sets access only with a listener.)"""
    m, _ = _with_listener(profile)
    assert m.hvm_set_mem_access(1, ACCESS["rw"], 0x10, 2).ok
    assert m.mem_access_disable(1).ok
    assert m.guest_exec(1, 0x10, 0).ok
    assert int(m.p2m(1)[0x10]["access"]) == ACCESS["rwx"]
    assert int(m.p2m(1)[0x11]["access"]) == ACCESS["rw"]
    assert m.set_access_required(1, 1).ok
    assert m.guest_exec(1, 0x11, 0).reason == REASON["GUEST_ACCESS_REQUIRED_CRASH"]


@pytest.mark.parametrize("profile", PROFILES)
def test_a_fetch_from_a_shared_gfn_does_not_unshare(profile: str) -> None:
    """Only access_w asks the lookup for P2M_UNSHARE and unshares at L1379-1386."""
    m = _machine(profile)
    assert m.memshr_control(1, 1).ok
    h0 = m.memshr_nominate_gfn(1, 0x10).output("handle")
    h1 = m.memshr_nominate_gfn(1, 0x11).output("handle")
    assert m.memshr_share_gfns(1, 0x10, h0, 1, 0x11, h1).ok
    before = m.domain_getinfo(1).output("shr_pages")
    assert m.guest_exec(1, 0x11, 0).output("value") == m.guest_read(1, 0x10, 0).output("value")
    assert m.domain_getinfo(1).output("shr_pages") == before == 2
    assert int(m.p2m(1)[0x11]["type"]) == P2M["ram_shared"]
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_a_fetch_from_a_paged_gfn_starts_a_page_in(profile: str) -> None:
    """Whatever the access, "paged = p2m_is_paged(p2mt) || p2mt == p2m_ram_paging_out"
    (L1375-1376): p2m_mem_paging_populate at the fault's end (L1427-1428)."""
    m = _machine(profile, pages=128)
    assert m.set_hvm_param(1, PARAM["paging_ring_pfn"], 0x7F).ok
    assert m.mem_paging_enable(1).ok
    assert m.mem_paging_nominate(1, 0x20).ok and m.mem_paging_evict(1, 0x20).ok
    assert m.guest_exec(1, 0x20, 0).reason == REASON["GUEST_PAGE_IN"]
    request = m.ring_get_request(1, RING["paging"])
    assert request.output("gfn") == 0x20 and request.output("flags") & FLAGS["vcpu_paused"]
    assert m.check() == []
