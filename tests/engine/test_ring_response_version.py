"""A vm_event response's version (ring_put_response_versioned).

Xen 4.17's vm_event_resume (common/vm_event.c, RELEASE-4.17.0) skips a response whose
version is not VM_EVENT_INTERFACE_VERSION (7), but only after vm_event_get_response has
consumed it: its ring slot is free again and waiters are woken, while the response itself
does nothing (no page-in resume, no unpause of the vcpu its request paused).  Xen 4.2's
mem_event_response_t has no version field (public/mem_event.h, RELEASE-4.2.0): every
response acts, whatever a helper means by a version, and the doc profile follows 4.2."""

from __future__ import annotations

from haptrace.catalogue import ENUMS, REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

RING = ENUMS["ring"].values
PAUSED = ENUMS["ring_flags"].values["vcpu_paused"]
REASON = {r.id: r.text for r in REASONS}
PAGING = RING["paging"]
SLOTS_4_17 = 8  # vm_event_request_t is 400 bytes: 8 slots in a page


def _pager(profile: str) -> tuple[Machine, int]:
    """Domain 1 with a paging ring and gfns 0x10..0x1f paged out."""
    m = Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=64, vcpus=1),)), profile=profile)
    assert m.set_hvm_param(1, ENUMS["hvm_param"].values["paging_ring_pfn"], 0x3F).ok
    port = m.mem_paging_enable(1).output("port")
    for gfn in range(0x10, 0x20):
        assert m.mem_paging_nominate(1, gfn).ok and m.mem_paging_evict(1, gfn).ok
    return m, port


def _guest_faults_and_pager_answers(profile: str, version: int) -> Machine:
    """The guest's vcpu reads a paged gfn (paused, a request with vcpu_paused), the pager
    loads the page and answers with a response of that version, and kicks the ring."""
    m, port = _pager(profile)
    assert m.guest_read(1, 0x10, 0).errno_name == "EAGAIN"
    request = m.ring_get_request(1, PAGING)
    assert request.ok and request.output("flags") & PAUSED
    assert m.mem_paging_load(1, 0x10, 0xCAFE000).ok
    assert m.ring_put_response_versioned(1, PAGING, 0x10, 0, PAUSED, version).ok
    assert m.evtchn_send(1, port).ok
    return m


def test_4_17_drops_a_response_of_another_version_so_the_vcpu_stays_paused() -> None:
    m = _guest_faults_and_pager_answers("xen-4.17", version=0)
    read = m.guest_read(1, 0x11, 0)
    assert read.errno_name == "EBUSY" and read.reason == REASON["GUEST_VCPU_PAUSED"]
    assert m.check() == []


def test_4_17_acts_on_a_response_of_version_7() -> None:
    m = _guest_faults_and_pager_answers("xen-4.17", version=7)
    assert m.guest_read(1, 0x10, 0).ok
    assert m.check() == []


def test_4_2_and_doc_have_no_version_field_and_act_on_any_response() -> None:
    for profile in ("xen-4.2", "doc"):
        m = _guest_faults_and_pager_answers(profile, version=0)
        assert m.guest_read(1, 0x10, 0).ok, profile
        assert m.check() == [], profile


def _foreign_page_ins(m: Machine, gfns: range) -> list[int]:
    """dom0 maps each gfn (ENOENT: a page-in request if the ring has a slot) and takes
    the requests off the ring: the gfns it got requests for."""
    for gfn in gfns:
        assert m.foreign_map(1, gfn, 0).errno_name == "ENOENT"
    got = []
    while (request := m.ring_get_request(1, PAGING)).ok:
        got.append(request.output("gfn"))
    return got


def test_4_17_frees_the_slot_of_a_dropped_response() -> None:
    m, port = _pager("xen-4.17")
    first = _foreign_page_ins(m, range(0x10, 0x10 + SLOTS_4_17 + 1))
    assert first == list(range(0x10, 0x10 + SLOTS_4_17))  # the ninth found the ring full
    for gfn in first:  # xenpaging's answers: loaded, version never set
        assert m.mem_paging_load(1, gfn, 0xCAFE000).ok
        assert m.ring_put_response_versioned(1, PAGING, gfn, 0, 0, 0x1234).ok
    assert m.evtchn_send(1, port).ok
    # The slots are free again: eight more page-ins go on the ring.
    assert _foreign_page_ins(m, range(0x18, 0x20)) == list(range(0x18, 0x20))
    assert m.foreign_map(1, 0x10, 0).ok  # the first load made the page present
    assert m.check() == []


def test_unconsumed_responses_still_fill_the_response_ring() -> None:
    m, _port = _pager("xen-4.17")
    for _ in range(SLOTS_4_17):
        assert m.ring_put_response_versioned(1, PAGING, 0x10, 0, 0, 0).ok
    assert m.ring_put_response_versioned(1, PAGING, 0x10, 0, 0, 0).errno_name == "ENOSPC"


def test_4_17_ignores_an_unpause_of_a_vcpu_no_request_paused_where_4_2_counts_below_zero() -> None:
    # vm_event_resume acts only "if ( atomic_read(&v->vm_event_pause_count) )", and
    # vm_event_vcpu_unpause refuses to go below zero (common/vm_event.c, RELEASE-4.17.0);
    # 4.2's vcpu_unpause takes the count to -1 and the vcpu cannot run.
    for profile, runs in (("xen-4.17", True), ("xen-4.2", False)):
        m, port = _pager(profile)
        assert m.ring_put_response_versioned(1, PAGING, 0x20, 0, PAUSED, 7).ok
        assert m.evtchn_send(1, port).ok
        assert m.guest_read(1, 0x20, 0).ok == runs, profile


def test_4_17_a_second_response_to_one_paused_vcpu_does_not_pause_it_the_other_way() -> None:
    m, port = _pager("xen-4.17")
    assert m.guest_read(1, 0x10, 0).errno_name == "EAGAIN"  # paused once
    assert m.mem_paging_load(1, 0x10, 0xCAFE000).ok
    for _ in range(2):  # the second finds vm_event_pause_count 0: nothing happens
        assert m.ring_put_response_versioned(1, PAGING, 0x10, 0, PAUSED, 7).ok
    assert m.evtchn_send(1, port).ok
    assert m.guest_read(1, 0x10, 0).ok
    assert m.check() == []
