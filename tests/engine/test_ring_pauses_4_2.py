"""Ring pauses and the rings' wait queues as Xen 4.2.0 has them (the xen-4.2 profile).

- A vcpu's pause is a count (vcpu_pause_nosync / vcpu_unpause, common/domain.c,
  RELEASE-4.2.0, L734-744) that a response can take below zero; vcpu_runnable wants it 0.
- A guest write that cannot unshare puts two ENOMEM requests and pauses twice: the fault's
  lookup with P2M_UNSHARE (p2m.c __get_gfn_type_access L174-182) and the fault's end
  (hvm.c hvm_hap_nested_page_fault L1429-1441).  The doc profile puts one.
- A guest vcpu that finds a ring full sleeps on its wait queue (mem_event_wait_slot,
  mem_event.c L388-393), FIFO, and finishes the operation it slept in by itself once woken
  and runnable; the ring's disable refuses while it sleeps (L212-216).
- Black-eyed vcpus are woken only while fewer vcpus are online than slots are free
  (mem_event_wake_blocked L117-173), so no running vcpu ever finds the access ring full
  while the domain has no more vcpus than the ring has slots."""

from __future__ import annotations

from ring_machines import ACCESS, FLAGS, P2M, PARAM, REASON, RING, enomem_machine
from ring_machines import answer as _answer
from ring_machines import requests as _requests

from replay import DomainConfig, HostConfig, Machine, MachineConfig


def _config(pages: int = 64, vcpus: int = 1) -> MachineConfig:
    return MachineConfig(HostConfig(), (DomainConfig(1, pages=pages, vcpus=vcpus),))


def test_a_failed_guest_write_puts_two_enomem_requests_in_4_2_and_one_in_doc() -> None:
    for profile, count in (("doc", 1), ("xen-4.2", 2)):
        m, port = enomem_machine(profile)
        assert m.guest_write(1, 0x11, 0x55, 0).errno_name == "ENOMEM"
        paused = FLAGS["vcpu_paused"]
        assert _requests(m, "sharing") == [(0x11, 0, paused)] * count, profile
        assert m.decrease_reservation(1, None, 0, [0x41]).rc == 1
        _answer(m, "sharing", port, 0x11, paused)
        # xen-4.2: paused twice, one response is not enough.
        write = m.guest_write(1, 0x11, 0x55, 0)
        assert write.ok == (count == 1), profile
        if count == 2:
            assert write.reason == REASON["GUEST_VCPU_PAUSED"]
            _answer(m, "sharing", port, 0x11, paused)
            assert m.guest_write(1, 0x11, 0x55, 0).ok
        assert m.check() == []


def test_a_response_naming_a_running_vcpu_takes_its_count_below_zero_in_4_2() -> None:
    for profile in ("doc", "xen-4.2"):
        m, port = enomem_machine(profile)
        _answer(m, "sharing", port, 0x10, FLAGS["vcpu_paused"])
        read = m.guest_read(1, 0x10, 0)
        if profile == "doc":
            assert read.ok
        else:  # vcpu_runnable: pause_count -1 is not 0
            assert read.reason == REASON["GUEST_VCPU_PAUSED"]
        assert m.check() == []


def test_a_guest_vcpu_sleeps_for_its_second_enomem_request_and_puts_it_once_woken() -> None:
    m, port = enomem_machine("xen-4.2")
    paused = FLAGS["vcpu_paused"]
    # 63 foreign notifications (a writable map of the shared gfn cannot unshare) leave one
    # free slot.
    for _ in range(63):
        assert m.foreign_map(1, 0x11, 1).errno_name == "ENOMEM"
    # The fault's first request takes the last slot; its second waits on the queue.
    write = m.guest_write(1, 0x11, 0x55, 0)
    assert write.reason == REASON["GUEST_RING_FULL"]
    assert m.memshr_ring_disable(1).reason == REASON["RING_WAITERS"]
    requests = _requests(m, "sharing")
    assert len(requests) == 64 and requests[-1] == (0x11, 0, paused)
    # The first response consumed wakes the sleeper (off the queue: disable would pass),
    # but it is still paused by its first request and black-eyed; the second response
    # (its own) releases both, and it runs on: its second request is put by itself.
    _answer(m, "sharing", port, 0x11, 0)
    assert not m.ring_get_request(1, RING["sharing"]).ok
    _answer(m, "sharing", port, 0x11, paused)
    assert _requests(m, "sharing") == [(0x11, 0, paused)]
    assert m.guest_read(1, 0x10, 0).reason == REASON["GUEST_VCPU_PAUSED"]
    _answer(m, "sharing", port, 0x11, paused)
    assert m.guest_read(1, 0x10, 0).ok
    assert m.memshr_ring_disable(1).ok
    assert m.check() == []


def test_a_vcpu_woken_from_the_paging_queue_finishes_its_page_in_without_a_retry() -> None:
    for profile in ("doc", "xen-4.2"):
        m = Machine(_config(pages=128), profile=profile)
        assert m.set_hvm_param(1, PARAM["paging_ring_pfn"], 0x7F).ok
        port = m.mem_paging_enable(1).output("port")
        for gfn in range(64):  # 64 foreign page-ins fill the ring
            assert m.mem_paging_nominate(1, gfn).ok and m.mem_paging_evict(1, gfn).ok
            assert m.foreign_map(1, gfn, 0).errno_name == "ENOENT"
        assert m.mem_paging_nominate(1, 0x41).ok
        assert m.guest_read(1, 0x41, 0).reason == REASON["GUEST_RING_FULL"]
        assert m.mem_paging_disable(1).reason == REASON["RING_WAITERS"]
        assert m.ring_get_request(1, RING["paging"]).output("gfn") == 0
        assert m.ring_put_response(1, RING["paging"], 0, 0, 0).ok
        assert m.evtchn_send(1, port).ok
        gfn_type = int(m.p2m(1)[0x41]["type"])
        if profile == "doc":  # woken, it retries when the trace runs it again
            assert gfn_type == P2M["ram_paging_out"]
            assert m.guest_read(1, 0x41, 0).errno_name == "EAGAIN"
        else:  # it went on inside p2m_mem_paging_populate (p2m.c L1061-1093)
            assert gfn_type == P2M["ram_paging_in"]
            assert m.guest_read(1, 0x41, 0).reason == REASON["GUEST_VCPU_PAUSED"]
        last = _requests(m, "paging")[-1]
        assert last == (0x41, 0, FLAGS["vcpu_paused"] | FLAGS["evict_fail"]), profile
        assert m.check() == []


def test_no_running_vcpu_finds_the_access_ring_full_in_4_2() -> None:
    """n2rwx events from 3 vcpus, answered one at a time: black eyes keep the number of
    online vcpus at most the free slots, so no vcpu ever sleeps on the access queue."""
    m = Machine(_config(pages=256, vcpus=3), profile="xen-4.2")
    assert m.set_hvm_param(1, PARAM["access_ring_pfn"], 0xFF).ok
    assert m.mem_access_enable(1).ok
    assert m.hvm_set_mem_access(1, ACCESS["n2rwx"], 0, 200).ok
    gfn, reasons = 0, set()
    for _ in range(300):
        for vcpu in range(3):
            if gfn < 200:
                out = m.guest_read(1, gfn, vcpu)
                reasons.add(out.reason)
                gfn += out.ok
        req = m.ring_get_request(1, RING["access"])
        if req.ok:
            assert m.ring_put_response(1, RING["access"], req.output("gfn"), 0, 0).ok
            assert m.mem_access_resume(1, 0).ok
    assert gfn == 200
    assert REASON["GUEST_VCPU_PAUSED"] in reasons  # black eyes happened
    assert REASON["GUEST_RING_FULL"] not in reasons
    assert m.mem_access_disable(1).ok
    assert m.check() == []
