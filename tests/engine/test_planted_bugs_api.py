"""Every planted bug, through the Python API: a short call sequence that the audit (or the
transition oracle, or the documented-code check) catches with the bug on, and that runs
clean with it off, in both profiles.  ``haptrace bugs`` lists them all."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from click.testing import CliRunner
from tmem_bugs import TMEM_CAUGHT_BY, TMEM_CONFIG, TMEM_SEQUENCES

from haptrace.catalogue import PROFILES, lookup
from haptrace.catalogue.limits import DOMID_SELF
from haptrace.catalogue.tmem import TMEM_PROFILES
from haptrace.cli import cli
from replay import PLANTED_BUGS, CallResult, DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
Sequence = Callable[[Machine], Iterator[CallResult]]


def nr_saved_underflow(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(1, 0x11).output("handle")
    yield m.memshr_share_gfns(1, 0x10, source, 1, 0x11, client)
    yield m.populate_physmap(1, None, 0, 0, [0x40, 0x41])  # no room left for a private copy
    yield m.foreign_map(1, 0x11, 1)  # ENOMEM
    yield m.foreign_map(1, 0x11, 1)  # ENOMEM again


def add_physmap_failure_accounting(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    yield m.memshr_add_to_physmap(1, 0x10, source, 2, 0x1000)  # beyond the p2m: ENOENT


def gref_unchecked(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    yield m.grant_access(1, 0x10, 1)
    yield m.memshr_nominate_gref(1, 2048)  # past the 2048-entry table


def remove_from_physmap_shared(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(1, 0x11).output("handle")
    yield m.memshr_share_gfns(1, 0x10, source, 1, 0x11, client)
    yield m.remove_from_physmap(1, 0x11)


def share_skips_handle_check(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    m.memshr_nominate_gfn(2, 0x10)
    yield m.memshr_share_gfns(1, 0x10, source, 2, 0x10, source)  # the wrong client handle


def relinquish_skips_shared(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x10).output("handle")
    yield m.memshr_share_gfns(1, 0x10, source, 2, 0x10, client)
    yield m.domain_destroy(2)


def add_physmap_hole_check(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    yield m.memshr_add_to_physmap(1, 0x10, source, 2, 0x20)  # 0x20 is RAM, not a hole


def set_mem_access_unchecked(m: Machine) -> Iterator[CallResult]:
    # 4.17's access ops need the monitor ring (mem_access_memop); 4.2's do not mind it.
    yield m.set_hvm_param(1, 28, 0x3E)
    yield m.mem_access_enable(1)
    yield m.hvm_set_mem_access(1, 11, 0x10, 1)  # 11 is no access type (10 is 4.17's default)


def get_default_access_oob(m: Machine) -> Iterator[CallResult]:
    yield m.hvm_set_mem_access(1, 9, (1 << 64) - 1, 0)  # the default: n2rwx (9)
    yield m.hvm_get_mem_access(1, (1 << 64) - 1)  # 4.2 reads memaccess[9]


def physmap_add_paging_in_oob(m: Machine) -> Iterator[CallResult]:
    m.set_hvm_param(1, 27, 0x3F)
    m.mem_paging_enable(1)
    m.mem_paging_nominate(1, 0x10)
    m.mem_paging_evict(1, 0x10)
    yield m.foreign_map(1, 0x10, 0)  # ENOENT: the page-in starts, no frame yet
    yield m.populate_physmap(1, None, 0, 0, [0x10])  # 4.2 writes M2P[0xFFFFFFFFFF]


def response_vcpu_unchecked(m: Machine) -> Iterator[CallResult]:
    m.set_hvm_param(1, 28, 0x3F)
    m.mem_access_enable(1)
    m.hvm_set_mem_access(1, 1, 0x10, 1)  # read-only
    yield m.guest_write(1, 0x10, 1)  # EAGAIN: paused on an access event
    yield m.ring_get_request(1, 2)
    yield m.ring_put_response(1, 2, 0x10, 1, 1)  # vcpu 1 of a one-vcpu domain
    yield m.mem_access_resume(1)


def paged_drop_drift(m: Machine) -> Iterator[CallResult]:
    m.set_hvm_param(1, 27, 0x3F)
    m.mem_paging_enable(1)
    m.mem_paging_nominate(1, 0x10)
    m.mem_paging_evict(1, 0x10)
    m.mem_paging_disable(1)
    yield m.decrease_reservation(1, None, 0, [0x10])  # drops the paged gfn without a ring


def paging_resume_unprepared(m: Machine) -> Iterator[CallResult]:
    m.set_hvm_param(1, 27, 0x3F)
    port = m.mem_paging_enable(1).output("port")
    m.mem_paging_nominate(1, 0x10)
    m.mem_paging_evict(1, 0x10)
    yield m.guest_read(1, 0x10)  # EAGAIN: a page-in request, the vcpu paused
    yield m.ring_get_request(1, 1)
    yield m.ring_put_response(1, 1, 0x10, 0, 1)  # no prep, no load: no frame yet
    yield m.evtchn_send(1, port)  # the gfn must stay paging_in


def resume_no_ring(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    yield m.memshr_domain_resume(1)


def _fill_bucket_zero(m: Machine) -> None:
    """Ports 1 to 127 of the caller: the next port needs a new bucket."""
    for _ in range(127):
        assert m.evtchn_bind_ipi(0).ok


def evtchn_bucket_dangling(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        _fill_bucket_zero(m)
        yield m.inject_fault(2, 2)  # xen_alloc: the bucket comes, its ports' labels fail
        yield m.evtchn_bind_ipi(0)  # ENOMEM
        yield m.evtchn_status(DOMID_SELF, 130)  # fixed: EINVAL; bug: reads freed memory


def get_free_port_ignores_error(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        _fill_bucket_zero(m)
        yield m.inject_fault(2, 1)  # xen_alloc: the bucket itself cannot be allocated
        yield m.evtchn_alloc_unbound(DOMID_SELF, 0)  # ENOMEM; bug: writes through it


def poll_unallocated_bucket(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        yield m.sched_poll([200], None, 0)  # port 200's bucket was never allocated


def evtchn_close_all_unpreemptible(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        for _ in range(65):
            assert m.evtchn_bind_ipi(0).ok
        yield m.evtchn_reset(DOMID_SELF)  # 65 ports closed in one pass


def close_leaves_peer_bound(m: Machine) -> Iterator[CallResult]:
    port = m.evtchn_alloc_unbound(1, 0).output("port")  # in domain 1, for domain 0
    local = m.evtchn_bind_interdomain(1, port).output("local_port")
    yield m.evtchn_close(local)  # domain 1's port must become unbound


def evtchn_reset_leaves_peer(m: Machine) -> Iterator[CallResult]:
    port = m.evtchn_alloc_unbound(1, 2).output("port")  # in domain 1, for domain 2
    with m.caller(2, 0):
        assert m.evtchn_bind_interdomain(1, port).ok
    with m.caller(1, 0):
        yield m.evtchn_bind_vcpu(port, 1)  # domain 1's end notifies vcpu 1
    yield m.evtchn_reset(1)  # domain 2's port must become unbound


def pirq_close_skips_unlink(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        port = m.evtchn_bind_pirq(5, 0).output("port")
        yield m.evtchn_bind_vcpu(port, 1)  # onto vcpu 1's pirq list
    yield m.evtchn_reset(1)  # the port must leave the list


def global_virq_close_wrong_vcpu(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        port = m.evtchn_bind_virq(2, 0).output("port")  # VIRQ_CONSOLE: global
        yield m.evtchn_bind_vcpu(port, 1)
        yield m.evtchn_close(port)  # vcpu 0's table entry must go


def evtchn_free_keeps_vcpu(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        port = m.evtchn_alloc_unbound(DOMID_SELF, 0).output("port")
        yield m.evtchn_bind_vcpu(port, 1)
        yield m.evtchn_close(port)  # the freed port must notify vcpu 0 again
        yield m.evtchn_bind_pirq(5, 0)  # reuses the port, on vcpu 0's pirq list


def evtchn_close_keeps_pending(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        port = m.evtchn_bind_ipi(0).output("port")
        yield m.evtchn_notify(port)  # an event pending on the port
        yield m.evtchn_close(port)
        yield m.evtchn_bind_ipi(0)  # the same port, which must start with nothing pending


def evtchn_port_valid_shrinks(m: Machine) -> Iterator[CallResult]:
    port = m.evtchn_alloc_unbound(1, 2).output("port")  # in domain 1, for domain 2
    with m.caller(2, 0):
        local = m.evtchn_bind_interdomain(1, port).output("local_port")
    yield m.domain_set_max_evtchn(2, local - 1)  # domain 2's limit below its bound port
    with m.caller(1, 0):
        yield m.evtchn_close(port)  # the peer port is still a valid port


def close_frees_port_zero(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        yield m.evtchn_close(0)  # EINVAL: port 0 is reserved
        yield m.evtchn_bind_ipi(0)


def alloc_next_fit(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        assert m.evtchn_bind_ipi(0).output("port") == 1
        assert m.evtchn_bind_ipi(0).output("port") == 2
        yield m.evtchn_close(1)
        yield m.evtchn_bind_ipi(0)  # port 1 again


def crash_overwrites_shutdown_code(m: Machine) -> Iterator[CallResult]:
    with m.caller(1, 0):
        yield m.sched_shutdown_code(1)  # reboot, recorded before the crash
    m.set_hvm_param(1, 27, 0x3F)
    m.mem_paging_enable(1)
    m.mem_paging_nominate(1, 0x10)
    m.mem_paging_evict(1, 0x10)
    m.mem_paging_disable(1)
    yield m.guest_read(1, 0x10)  # paged out, no pager: the domain is crashed


def periodic_timer_overflow(m: Machine) -> Iterator[CallResult]:
    yield m.call("vcpu_set_periodic_timer", 0, 1_000_000, caller=(1, 0))
    yield m.advance_time(1_000_000)  # one tick: the last tick is now 1 ms
    yield m.call("vcpu_set_periodic_timer", 0, (1 << 63) - 1, caller=(1, 0))


def vcpu_up_uninitialised(m: Machine) -> Iterator[CallResult]:
    yield m.domain_create(5, 16, 0, 0, 2, 2)  # a PV guest: vcpu 1 down, never initialised
    yield m.call("vcpu_up", 1, caller=(5, 0))


def _entry(name: str, *args: int) -> tuple[int, ...]:
    return (lookup(name).id, *args, *(0,) * (6 - len(args)), 0)


def multicall_preempt_first(m: Machine) -> Iterator[CallResult]:
    yield m.multicall([_entry("xenver_version"), _entry("xenver_pagesize")])


def multicall_iret_continues(m: Machine) -> Iterator[CallResult]:
    yield m.multicall([_entry("iret"), _entry("vm_assist", 0, 3)])


def multicall_reentry(m: Machine) -> Iterator[CallResult]:
    yield m.multicall([_entry("multicall", 1, 1)])  # its own list: offset 0, one entry


def xen_version_stack_leak(m: Machine) -> Iterator[CallResult]:
    yield m.xenver_changeset()


def acquire_unknown_type_size(m: Machine) -> Iterator[CallResult]:
    yield m.resource_size(1, 3, 0)  # type 3 is unknown: EINVAL, or 4294967201 frames
    yield m.map_resource(1, 3, 0, 0, 1)


def acquire_eacces_no_unlock(m: Machine) -> Iterator[CallResult]:
    m.domain_set_target(2, 1)  # an HVM stubdom: a translated caller
    with m.caller(2):
        yield m.acquire_resource(1, 1, 0, None, 0, 5, [0])  # EACCES either way
    yield m.domain_destroy(1)


def ioreq_pages_freed_while_mapped(m: Machine) -> Iterator[CallResult]:
    server = m.ioreq_server_create(1, 0).output("id")  # buffered ioreq off
    yield m.map_resource(1, 0, server, 1, 1)  # the server's ioreq frame
    yield m.ioreq_server_destroy(1, server)  # the mapped page must stay Xen's


def ioreq_emulator_unreferenced(m: Machine) -> Iterator[CallResult]:
    m.domain_set_target(3, 1)  # domain 3 (PV: HVM callers have no dm_op) is the device model
    with m.caller(3, 0):
        yield m.ioreq_server_create(1, 0)
    yield m.domain_destroy(3)  # the server must keep its emulator


def ioreq_destroy_by_other_emulator(m: Machine) -> Iterator[CallResult]:
    m.domain_set_target(3, 1)  # domain 3 (PV: HVM callers have no dm_op) is the device model
    with m.caller(3, 0):
        server = m.ioreq_server_create(1, 0).output("id")
    yield m.ioreq_server_destroy(1, server)  # EPERM: the toolstack is not its emulator


def ioreq_create_full_writes_past(m: Machine) -> Iterator[CallResult]:
    for _ in range(8):  # the table's eight servers
        yield m.ioreq_server_create(1, 0)
    yield m.ioreq_server_create(1, 0)  # ENOSPC, after the slot past the table is written


def gnttab_status_freed_while_mapped(m: Machine) -> Iterator[CallResult]:
    with m.caller(1):
        yield m.gnttab_set_version(2)
    yield m.map_resource(1, 1, 1, 0, 1)  # status frame 0
    with m.caller(1):
        yield m.gnttab_set_version(1)  # EBUSY, or the mapped frame freed


def gnttab_grown_status_unchecked(m: Machine) -> Iterator[CallResult]:
    with m.caller(1):
        yield m.gnttab_set_version(2)
    yield m.map_resource(1, 1, 1, 1, 1)  # status frame 1: the table grows to 16 frames
    with m.caller(1):
        yield m.gnttab_set_version(1)  # EBUSY (and a crash), or the grown frame freed


def gnttab_status_left_listed(m: Machine) -> Iterator[CallResult]:
    with m.caller(1):
        yield m.gnttab_set_version(2)
    mapping = m.map_resource(1, 1, 1, 0, 1).output("mapping")  # backs status frame 0
    yield m.unmap_resource(mapping)
    with m.caller(1):
        yield m.gnttab_set_version(1)  # the status frame must leave the table


def gnttab_grow_failure_frees_listed(m: Machine) -> Iterator[CallResult]:
    free = m.physinfo().output("free_pages")
    m.domain_setmaxmem(1, (64 + free) * 4)
    yield m.increase_reservation(1, free - 1)  # one free frame left on the host
    # Domain 2's shared frames 4 and 5, never backed: the growth backs the first with the
    # last free frame and finds none for the second.
    yield m.map_resource(2, 1, 0, 4, 2)


def relinquish_skips_last_gfn(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    last = m.maximum_gpfn(2).raw  # 63: domain 2's highest mapped gfn
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, last).output("handle")
    yield m.memshr_share_gfns(1, 0x10, source, 2, last, client)
    yield m.domain_destroy(2)  # must unshare gfn 63 as well


def evtchn_alloc_in_dying_domain(m: Machine) -> Iterator[CallResult]:
    m.foreign_map(1, 0x10, 0)  # keeps domain 1 dying once destroyed
    yield m.domain_destroy(1)
    yield m.evtchn_alloc_unbound(1, 2)  # EINVAL, or port 0 of the dying domain
    with m.caller(2):
        yield m.evtchn_bind_interdomain(1, 0)  # EINVAL, or bound to the dying domain


def add_physmap_leaks_paging_in(m: Machine) -> Iterator[CallResult]:
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    m.set_hvm_param(2, 27, 0x3F)
    m.mem_paging_enable(2)
    m.mem_paging_nominate(2, 0x11)
    yield m.guest_read(2, 0x11)  # the page-in starts while the frame is still there
    yield m.memshr_add_to_physmap(1, 0x10, source, 2, 0x11)  # the prepped frame must go


def exchange_fail_frees_stolen(m: Machine) -> Iterator[CallResult]:
    yield m.decrease_reservation(1, None, 0, [0x20])  # the one free frame below frame 64
    # Domain 2's gfns 0x10 and 0x11 (frames above 64), outputs below 2^18 bytes' frame 64:
    # the first chunk takes the free frame, the second fails after its page was stolen.
    yield m.memory_exchange([(2, 2, 0, 0, 18, 0)], 2, [0x10, 0x11], 2, [0x10, 0x11])
    yield m.guest_read(2, 0x11)  # still its page


def exchange_missing_domain_ok(m: Machine) -> Iterator[CallResult]:
    yield m.memory_exchange([(77, 77, 0, 0, 0, 0)], None, [0x10], None, [0x10])


def exchange_unchecked_lists(m: Machine) -> Iterator[CallResult]:
    # Domain 0 (paravirtualised) claims 2 extents but gives lists of 1.
    yield m.memory_exchange([(1, 1, 0, 0, 0, 0)], 2, [0x10], 2, [0x10])


def exchange_resume_index_unchecked(m: Machine) -> Iterator[CallResult]:
    # Resuming at extent 5 of 6 with lists of 1: the first access jumps past them.
    yield m.memory_exchange([(1, 1, 0, 0, 0, 5)], 6, [0x10], 6, [0x10])


SEQUENCES: dict[str, Sequence] = {
    "nr_saved_underflow": nr_saved_underflow,
    "add_physmap_failure_accounting": add_physmap_failure_accounting,
    "gref_unchecked": gref_unchecked,
    "remove_from_physmap_shared": remove_from_physmap_shared,
    "share_skips_handle_check": share_skips_handle_check,
    "relinquish_skips_shared": relinquish_skips_shared,
    "add_physmap_hole_check": add_physmap_hole_check,
    "set_mem_access_unchecked": set_mem_access_unchecked,
    "get_default_access_oob": get_default_access_oob,
    "physmap_add_paging_in_oob": physmap_add_paging_in_oob,
    "response_vcpu_unchecked": response_vcpu_unchecked,
    "paged_drop_drift": paged_drop_drift,
    "paging_resume_unprepared": paging_resume_unprepared,
    "resume_no_ring": resume_no_ring,
    "evtchn_bucket_dangling": evtchn_bucket_dangling,
    "get_free_port_ignores_error": get_free_port_ignores_error,
    "poll_unallocated_bucket": poll_unallocated_bucket,
    "evtchn_close_all_unpreemptible": evtchn_close_all_unpreemptible,
    "close_leaves_peer_bound": close_leaves_peer_bound,
    "close_frees_port_zero": close_frees_port_zero,
    "evtchn_reset_leaves_peer": evtchn_reset_leaves_peer,
    "pirq_close_skips_unlink": pirq_close_skips_unlink,
    "global_virq_close_wrong_vcpu": global_virq_close_wrong_vcpu,
    "evtchn_free_keeps_vcpu": evtchn_free_keeps_vcpu,
    "evtchn_port_valid_shrinks": evtchn_port_valid_shrinks,
    "evtchn_close_keeps_pending": evtchn_close_keeps_pending,
    "alloc_next_fit": alloc_next_fit,
    "crash_overwrites_shutdown_code": crash_overwrites_shutdown_code,
    "periodic_timer_overflow": periodic_timer_overflow,
    "vcpu_up_uninitialised": vcpu_up_uninitialised,
    "multicall_preempt_first": multicall_preempt_first,
    "multicall_iret_continues": multicall_iret_continues,
    "multicall_reentry": multicall_reentry,
    "xen_version_stack_leak": xen_version_stack_leak,
    **TMEM_SEQUENCES,
    "acquire_unknown_type_size": acquire_unknown_type_size,
    "acquire_eacces_no_unlock": acquire_eacces_no_unlock,
    "gnttab_status_freed_while_mapped": gnttab_status_freed_while_mapped,
    "ioreq_pages_freed_while_mapped": ioreq_pages_freed_while_mapped,
    "ioreq_emulator_unreferenced": ioreq_emulator_unreferenced,
    "ioreq_create_full_writes_past": ioreq_create_full_writes_past,
    "ioreq_destroy_by_other_emulator": ioreq_destroy_by_other_emulator,
    "gnttab_grown_status_unchecked": gnttab_grown_status_unchecked,
    "gnttab_status_left_listed": gnttab_status_left_listed,
    "gnttab_grow_failure_frees_listed": gnttab_grow_failure_frees_listed,
    "add_physmap_leaks_paging_in": add_physmap_leaks_paging_in,
    "evtchn_alloc_in_dying_domain": evtchn_alloc_in_dying_domain,
    "relinquish_skips_last_gfn": relinquish_skips_last_gfn,
    "exchange_fail_frees_stolen": exchange_fail_frees_stolen,
    "exchange_missing_domain_ok": exchange_missing_domain_ok,
    "exchange_unchecked_lists": exchange_unchecked_lists,
    "exchange_resume_index_unchecked": exchange_resume_index_unchecked,
}
# The machine each sequence runs on (the tmem bugs need a host booted with tmem; a
# multicall one, a host whose hypercalls are always preempted).
TWO_VCPUS = MachineConfig(
    HostConfig(), (DomainConfig(1, pages=64, vcpus=2), DomainConfig(2, pages=64, vcpus=2))
)
# A PV device model (domain 3) for domain 1.
WITH_PV_DEVICE_MODEL = MachineConfig(
    HostConfig(), (*CONFIG.domains, DomainConfig(3, pages=16, hap=False, pv=True))
)
# A host with 64 frames free: a balloon-up of 63 leaves it its last one.
SMALL_HOST = MachineConfig(HostConfig(total_frames=192), CONFIG.domains)
CONFIGS = dict.fromkeys(TMEM_SEQUENCES, TMEM_CONFIG) | {
    "gnttab_grow_failure_frees_listed": SMALL_HOST,
    "ioreq_emulator_unreferenced": WITH_PV_DEVICE_MODEL,
    "ioreq_destroy_by_other_emulator": WITH_PV_DEVICE_MODEL,
    "multicall_preempt_first": MachineConfig(HostConfig(hypercall_preempt=True), CONFIG.domains),
    **dict.fromkeys(
        (
            "evtchn_reset_leaves_peer",
            "pirq_close_skips_unlink",
            "global_virq_close_wrong_vcpu",
            "evtchn_free_keeps_vcpu",
        ),
        TWO_VCPUS,
    ),
}
# What catches each bug: the invariants the audit or the transition oracle names.
CAUGHT_BY = {
    "nr_saved_underflow": {"sharing.1", "sharing.9"},
    "add_physmap_failure_accounting": {"sharing.1"},
    "gref_unchecked": {"host.memory_safety"},
    "remove_from_physmap_shared": {"sharing.2", "sharing.4"},
    "share_skips_handle_check": {"sharing.7"},
    "relinquish_skips_shared": {"sharing.1", "sharing.2"},
    "add_physmap_hole_check": {"sharing.7", "frames.18"},
    "set_mem_access_unchecked": {"host.memory_safety"},
    "get_default_access_oob": {"host.memory_safety"},
    "physmap_add_paging_in_oob": {"host.memory_safety"},
    "response_vcpu_unchecked": {"host.memory_safety"},
    "paged_drop_drift": {"paging.12"},
    "paging_resume_unprepared": {"paging.12", "frames.18"},
    "resume_no_ring": {"host.liveness"},
    "evtchn_bucket_dangling": {"host.memory_safety"},
    "get_free_port_ignores_error": {"host.memory_safety"},
    "poll_unallocated_bucket": {"host.memory_safety"},
    "evtchn_close_all_unpreemptible": {"host.liveness"},
    "close_leaves_peer_bound": {"evtchn.2", "evtchn.3"},
    "close_frees_port_zero": {"evtchn.1"},
    "evtchn_reset_leaves_peer": {"evtchn.2"},
    "pirq_close_skips_unlink": {"evtchn.6"},
    "global_virq_close_wrong_vcpu": {"evtchn.5"},
    "evtchn_free_keeps_vcpu": {"evtchn.6"},
    "evtchn_port_valid_shrinks": {"evtchn.2"},
    "evtchn_close_keeps_pending": {"evtchn.9"},
    "alloc_next_fit": {"evtchn.7"},
    "crash_overwrites_shutdown_code": {"sched.1"},
    "periodic_timer_overflow": {"vcpu.2", "host.liveness"},
    "vcpu_up_uninitialised": {"vcpu.1"},
    "multicall_preempt_first": {"host.liveness"},
    "multicall_iret_continues": {"multicall.1"},
    "multicall_reentry": {"multicall.2", "host.memory_safety"},
    "xen_version_stack_leak": {"xenver.1"},
    **TMEM_CAUGHT_BY,
    "acquire_unknown_type_size": {"resource.2"},
    "acquire_eacces_no_unlock": {"host.locks_balanced"},
    "gnttab_status_freed_while_mapped": {"resource.1"},
    "ioreq_pages_freed_while_mapped": {"resource.1"},
    "ioreq_emulator_unreferenced": {"ioreq.1"},
    "ioreq_create_full_writes_past": {"host.memory_safety"},
    "ioreq_destroy_by_other_emulator": {"ioreq.2"},
    "gnttab_grown_status_unchecked": {"resource.1"},
    "gnttab_status_left_listed": {"gnttab.1"},
    "gnttab_grow_failure_frees_listed": {"gnttab.1"},
    "add_physmap_leaks_paging_in": {"frames.18"},
    "evtchn_alloc_in_dying_domain": {"evtchn.8", "evtchn.2"},
    "relinquish_skips_last_gfn": {"sharing.1", "sharing.2"},
    "exchange_fail_frees_stolen": {"frames.18", "exchange.1"},
    "exchange_missing_domain_ok": {"exchange.1"},
    "exchange_unchecked_lists": {"host.memory_safety"},
    "exchange_resume_index_unchecked": {"host.memory_safety"},
}
BUGS = [bug.name for bug in PLANTED_BUGS]
# acquire_resource and the dm_ops do not exist in xen-4.2 (ENOSYS), tmem does not exist in
# xen-4.17 (ENOSYS): their bugs cannot be reached there.
ONLY_IN = {
    "acquire_unknown_type_size": ("doc", "xen-4.17"),
    "acquire_eacces_no_unlock": ("doc", "xen-4.17"),
    "gnttab_status_freed_while_mapped": ("doc", "xen-4.17"),
    "ioreq_pages_freed_while_mapped": ("doc", "xen-4.17"),
    "ioreq_emulator_unreferenced": ("doc", "xen-4.17"),
    "ioreq_create_full_writes_past": ("doc", "xen-4.17"),
    "ioreq_destroy_by_other_emulator": ("doc", "xen-4.17"),
    "gnttab_grown_status_unchecked": ("doc", "xen-4.17"),
    "gnttab_status_left_listed": ("doc", "xen-4.17"),
    "gnttab_grow_failure_frees_listed": ("doc", "xen-4.17"),
    **{name: TMEM_PROFILES for name in TMEM_CAUGHT_BY},
    # 4.17's resume is the vm_event domctl's, which checks for the ring (ENODEV)
    "resume_no_ring": ("doc", "xen-4.2"),
    # 4.17's access ops need the monitor ring (ENODEV first) and 4.17 reports n2rwx
    "get_default_access_oob": ("doc", "xen-4.2"),
    # 4.17's mem_sharing_gref_to_gfn range-checks the reference (ENOENT)
    "gref_unchecked": ("doc", "xen-4.2"),
    # xen-4.2's relinquish walk is the bug's (RELEASE-4.2.0's "gfn < max_mapped_pfn"), its
    # tuple recorded in the dead-tuple ledger: nothing for the bug to change there
    "relinquish_skips_last_gfn": ("doc", "xen-4.17"),
}
CASES = [(name, profile) for name in BUGS for profile in ONLY_IN.get(name, PROFILES)]
SUBSUMED_BY = {
    # 4.2.0 had neither exchange range check: its bug (XSA-29) also lets XSA-212's through.
    "exchange_resume_index_unchecked": ("exchange_unchecked_lists",),
    # close_leaves_peer_bound leaves the peer bound on every close, the reset's included.
    "evtchn_reset_leaves_peer": ("close_leaves_peer_bound",),
    # A close then an allocation is alloc_next_fit's trigger as well.
    "evtchn_free_keeps_vcpu": ("alloc_next_fit",),
    "evtchn_close_keeps_pending": ("alloc_next_fit",),
    # close_leaves_peer_bound breaks every interdomain close, this one's included.
    "evtchn_port_valid_shrinks": ("close_leaves_peer_bound",),
    # relinquish_skips_shared skips every shared gfn, the last one included.
    "relinquish_skips_last_gfn": ("relinquish_skips_shared",),
    # XSA-255's bug frees every mapped status frame, a grown one included.
    "gnttab_grown_status_unchecked": ("gnttab_status_freed_while_mapped",),
}


def test_every_planted_bug_has_a_sequence_here() -> None:
    assert sorted(SEQUENCES) == sorted(BUGS)
    assert len(BUGS) >= 6


def _run(name: str, profile: str, bugs: tuple[str, ...]) -> tuple[set[str], list[str]]:
    m = Machine(CONFIGS.get(name, CONFIG), profile=profile, bugs=bugs)
    assert m.bugs == bugs
    m.set_oracle(True)
    undocumented = [
        str(r)
        for r in SEQUENCES[name](m)
        if not r.ok and not r.unsupported and not m.documented(r.call_id, r.errno)
    ]
    return {v.invariant for v in m.check()}, undocumented


@pytest.mark.parametrize(("name", "profile"), CASES)
def test_the_sequence_is_caught_with_the_bug_on(name: str, profile: str) -> None:
    violated, undocumented = _run(name, profile, (name,))
    assert violated or undocumented, f"{name} went unnoticed in {profile}"
    assert violated == CAUGHT_BY[name]


@pytest.mark.parametrize(("name", "profile"), CASES)
def test_the_sequence_is_clean_with_the_bug_off(name: str, profile: str) -> None:
    assert _run(name, profile, ()) == (set(), [])


@pytest.mark.parametrize("name", BUGS)
def test_other_bugs_do_not_trip_on_the_sequence(name: str) -> None:
    """A bug's sequence is specific: with every other bug on it stays clean (so each
    reproducer points at its own bug)."""
    others = tuple(b for b in BUGS if b != name and b not in SUBSUMED_BY.get(name, ()))
    violated, undocumented = _run(name, "doc", others)
    assert not undocumented
    assert not violated, violated


def test_bugs_are_off_by_default_and_can_be_switched() -> None:
    m = Machine(CONFIG)
    assert m.bugs == ()
    m.set_bugs(["resume_no_ring", "gref_unchecked"])
    assert set(m.bugs) == {"resume_no_ring", "gref_unchecked"}
    m.set_bugs([])
    assert m.bugs == ()


def test_haptrace_bugs_lists_them_all() -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["bugs"])
    assert text.exit_code == 0
    for bug in PLANTED_BUGS:
        assert bug.name in text.stdout and bug.source in text.stdout
    listed = json.loads(runner.invoke(cli, ["bugs", "--json"]).stdout)
    assert [b["name"] for b in listed] == BUGS
    assert all(b["description"] and b["source"] for b in listed)
