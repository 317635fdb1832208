# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""Typed functions for every catalogue call, bound to each :class:`Machine`.

``bind_calls`` makes one closure per call over a machine's engine pointer.  A call
with scalar arguments only then costs one Python frame, no attribute lookups and one
result tuple, and each Machine wraps it in a FastCall (csrc/python/percall.c), which
runs the common case in C; a call with lists hands its values to ``call_lists``.
``CallMethods`` carries the same signatures and documentation as methods, for help()
and type checkers; each Machine sets its own functions as instance attributes, which
shadow them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .result import CallResult

CATALOGUE_REVISION = "f545c1f1dcb0503d"

CALL_NAMES = ('memshr_control', 'memshr_ring_enable', 'memshr_ring_disable', 'memshr_domain_resume', 'memshr_nominate_gfn', 'memshr_nominate_gref', 'memshr_share_gfns', 'memshr_share_grefs', 'memshr_add_to_physmap', 'memshr_debug_gfn', 'memshr_debug_gref', 'memshr_audit', 'sharing_freed_pages', 'sharing_used_frames', 'mem_paging_enable', 'mem_paging_disable', 'mem_paging_nominate', 'mem_paging_evict', 'mem_paging_prep', 'mem_paging_load', 'mem_access_enable', 'mem_access_disable', 'mem_access_resume', 'hvm_set_mem_access', 'hvm_get_mem_access', 'increase_reservation', 'decrease_reservation', 'populate_physmap', 'current_reservation', 'maximum_reservation', 'maximum_ram_page', 'remove_from_physmap', 'domain_getinfo', 'domain_setmaxmem', 'domain_pause', 'domain_unpause', 'domain_create', 'domain_destroy', 'caller_privilege', 'set_hvm_param', 'assign_device', 'hvm_set_mem_type', 'shadow_logdirty', 'domain_memory_mapping', 'guest_read', 'guest_write', 'foreign_map', 'foreign_unmap', 'grant_access', 'grant_end_access', 'grant_map', 'grant_unmap', 'ring_get_request', 'ring_put_response', 'evtchn_send', 'domain_set_max_evtchn', 'inject_fault', 'evtchn_alloc_unbound', 'evtchn_bind_interdomain', 'evtchn_bind_virq', 'evtchn_bind_ipi', 'evtchn_bind_pirq', 'evtchn_close', 'evtchn_notify', 'evtchn_status', 'evtchn_bind_vcpu', 'evtchn_unmask', 'evtchn_reset', 'evtchn_op_raw', 'evtchn_guest_mask', 'evtchn_guest_clear', 'evtchn_guest_upcall', 'evtchn_guest_upcall_mask', 'evtchn_raise_virq', 'sched_yield', 'sched_block', 'sched_shutdown', 'sched_shutdown_code', 'sched_poll', 'sched_remote_shutdown', 'sched_watchdog', 'sched_op_raw', 'domain_resume', 'sched_watchdog_expire', 'sched_poll_timeout', )

# A parameter that must be given but comes after a list's optional length argument.
REQUIRED: Any = object()

# Results without outputs, by packed value, one table per call.  A result is an
# immutable value, the same for every machine, and building a tuple subclass costs
# more than a dict lookup: the per-call functions hand out these shared instances.
KNOWN_LIMIT = 512  # per call: value calls return many different values
KNOWN_RESULTS: tuple[dict[int, CallResult], ...] = tuple(
    {} for _ in range(85)
)


def remember(known: dict[int, CallResult], call_id: int, packed: int) -> CallResult:
    """The result ``packed`` of a call without outputs, kept in ``known`` if there
    is room."""
    result = CallResult((call_id, packed))
    if len(known) < KNOWN_LIMIT:
        known[packed] = result
    return result


def bind_calls(
    machine: Any,
    out: memoryview,
    entry_points: tuple[Any, ...],
    bad_value: Callable[[int, tuple[Any, ...]], Exception],
    refused: Callable[[int, int, tuple[int, ...]], Exception],
    call_lists: Callable[[int, tuple[Any, ...]], CallResult],
) -> tuple[Callable[..., CallResult], ...]:
    """One function per call, in catalogue order, closed over ``machine`` (the engine
    pointer), ``out`` (its last result's output array, as 64-bit integers), the
    fixed-arity entry points ht_call0..ht_call8 and the list path."""
    call0 = entry_points[0]
    call1 = entry_points[1]
    call2 = entry_points[2]
    call3 = entry_points[3]
    call4 = entry_points[4]
    call5 = entry_points[5]
    call6 = entry_points[6]

    known0 = KNOWN_RESULTS[0]
    def memshr_control(domid: int, enable: int) -> CallResult:
        try:
            packed = call2(machine, 0, domid, enable)
        except (TypeError, OverflowError):
            raise bad_value(0, (domid, enable, )) from None
        result = known0.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known0, 0, packed)
        raise refused(0, packed >> 16, (domid, enable, ))

    known1 = KNOWN_RESULTS[1]
    def memshr_ring_enable(domid: int) -> CallResult:
        try:
            packed = call1(machine, 1, domid)
        except (TypeError, OverflowError):
            raise bad_value(1, (domid, )) from None
        if packed >= 0:
            return CallResult((1, packed, out[0]))
        result = known1.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known1, 1, packed)
        raise refused(1, packed >> 16, (domid, ))

    known2 = KNOWN_RESULTS[2]
    def memshr_ring_disable(domid: int) -> CallResult:
        try:
            packed = call1(machine, 2, domid)
        except (TypeError, OverflowError):
            raise bad_value(2, (domid, )) from None
        result = known2.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known2, 2, packed)
        raise refused(2, packed >> 16, (domid, ))

    known3 = KNOWN_RESULTS[3]
    def memshr_domain_resume(domid: int) -> CallResult:
        try:
            packed = call1(machine, 3, domid)
        except (TypeError, OverflowError):
            raise bad_value(3, (domid, )) from None
        result = known3.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known3, 3, packed)
        raise refused(3, packed >> 16, (domid, ))

    known4 = KNOWN_RESULTS[4]
    def memshr_nominate_gfn(domid: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 4, domid, gfn)
        except (TypeError, OverflowError):
            raise bad_value(4, (domid, gfn, )) from None
        if packed >= 0:
            return CallResult((4, packed, out[0]))
        result = known4.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known4, 4, packed)
        raise refused(4, packed >> 16, (domid, gfn, ))

    known5 = KNOWN_RESULTS[5]
    def memshr_nominate_gref(domid: int, gref: int) -> CallResult:
        try:
            packed = call2(machine, 5, domid, gref)
        except (TypeError, OverflowError):
            raise bad_value(5, (domid, gref, )) from None
        if packed >= 0:
            return CallResult((5, packed, out[0]))
        result = known5.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known5, 5, packed)
        raise refused(5, packed >> 16, (domid, gref, ))

    known6 = KNOWN_RESULTS[6]
    def memshr_share_gfns(source_domain: int, source_gfn: int, source_handle: int, client_domain: int, client_gfn: int, client_handle: int) -> CallResult:
        try:
            packed = call6(machine, 6, source_domain, source_gfn, source_handle, client_domain, client_gfn, client_handle)
        except (TypeError, OverflowError):
            raise bad_value(6, (source_domain, source_gfn, source_handle, client_domain, client_gfn, client_handle, )) from None
        result = known6.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known6, 6, packed)
        raise refused(6, packed >> 16, (source_domain, source_gfn, source_handle, client_domain, client_gfn, client_handle, ))

    known7 = KNOWN_RESULTS[7]
    def memshr_share_grefs(source_domain: int, source_gref: int, source_handle: int, client_domain: int, client_gref: int, client_handle: int) -> CallResult:
        try:
            packed = call6(machine, 7, source_domain, source_gref, source_handle, client_domain, client_gref, client_handle)
        except (TypeError, OverflowError):
            raise bad_value(7, (source_domain, source_gref, source_handle, client_domain, client_gref, client_handle, )) from None
        result = known7.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known7, 7, packed)
        raise refused(7, packed >> 16, (source_domain, source_gref, source_handle, client_domain, client_gref, client_handle, ))

    known8 = KNOWN_RESULTS[8]
    def memshr_add_to_physmap(source_domain: int, source_gfn: int, source_handle: int, client_domain: int, client_gfn: int) -> CallResult:
        try:
            packed = call5(machine, 8, source_domain, source_gfn, source_handle, client_domain, client_gfn)
        except (TypeError, OverflowError):
            raise bad_value(8, (source_domain, source_gfn, source_handle, client_domain, client_gfn, )) from None
        result = known8.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known8, 8, packed)
        raise refused(8, packed >> 16, (source_domain, source_gfn, source_handle, client_domain, client_gfn, ))

    known9 = KNOWN_RESULTS[9]
    def memshr_debug_gfn(domid: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 9, domid, gfn)
        except (TypeError, OverflowError):
            raise bad_value(9, (domid, gfn, )) from None
        result = known9.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known9, 9, packed)
        raise refused(9, packed >> 16, (domid, gfn, ))

    known10 = KNOWN_RESULTS[10]
    def memshr_debug_gref(domid: int, gref: int) -> CallResult:
        try:
            packed = call2(machine, 10, domid, gref)
        except (TypeError, OverflowError):
            raise bad_value(10, (domid, gref, )) from None
        result = known10.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known10, 10, packed)
        raise refused(10, packed >> 16, (domid, gref, ))

    known11 = KNOWN_RESULTS[11]
    def memshr_audit() -> CallResult:
        try:
            packed = call0(machine, 11)
        except (TypeError, OverflowError):
            raise bad_value(11, ()) from None
        result = known11.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known11, 11, packed)
        raise refused(11, packed >> 16, ())

    known12 = KNOWN_RESULTS[12]
    def sharing_freed_pages() -> CallResult:
        try:
            packed = call0(machine, 12)
        except (TypeError, OverflowError):
            raise bad_value(12, ()) from None
        result = known12.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known12, 12, packed)
        raise refused(12, packed >> 16, ())

    known13 = KNOWN_RESULTS[13]
    def sharing_used_frames() -> CallResult:
        try:
            packed = call0(machine, 13)
        except (TypeError, OverflowError):
            raise bad_value(13, ()) from None
        result = known13.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known13, 13, packed)
        raise refused(13, packed >> 16, ())

    known14 = KNOWN_RESULTS[14]
    def mem_paging_enable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 14, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(14, (domain_id, )) from None
        if packed >= 0:
            return CallResult((14, packed, out[0]))
        result = known14.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known14, 14, packed)
        raise refused(14, packed >> 16, (domain_id, ))

    known15 = KNOWN_RESULTS[15]
    def mem_paging_disable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 15, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(15, (domain_id, )) from None
        result = known15.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known15, 15, packed)
        raise refused(15, packed >> 16, (domain_id, ))

    known16 = KNOWN_RESULTS[16]
    def mem_paging_nominate(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 16, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(16, (domain_id, gfn, )) from None
        result = known16.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known16, 16, packed)
        raise refused(16, packed >> 16, (domain_id, gfn, ))

    known17 = KNOWN_RESULTS[17]
    def mem_paging_evict(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 17, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(17, (domain_id, gfn, )) from None
        result = known17.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known17, 17, packed)
        raise refused(17, packed >> 16, (domain_id, gfn, ))

    known18 = KNOWN_RESULTS[18]
    def mem_paging_prep(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 18, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(18, (domain_id, gfn, )) from None
        result = known18.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known18, 18, packed)
        raise refused(18, packed >> 16, (domain_id, gfn, ))

    known19 = KNOWN_RESULTS[19]
    def mem_paging_load(domain_id: int, gfn: int, buffer: int) -> CallResult:
        try:
            packed = call3(machine, 19, domain_id, gfn, buffer)
        except (TypeError, OverflowError):
            raise bad_value(19, (domain_id, gfn, buffer, )) from None
        result = known19.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known19, 19, packed)
        raise refused(19, packed >> 16, (domain_id, gfn, buffer, ))

    known20 = KNOWN_RESULTS[20]
    def mem_access_enable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 20, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(20, (domain_id, )) from None
        if packed >= 0:
            return CallResult((20, packed, out[0]))
        result = known20.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known20, 20, packed)
        raise refused(20, packed >> 16, (domain_id, ))

    known21 = KNOWN_RESULTS[21]
    def mem_access_disable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 21, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(21, (domain_id, )) from None
        result = known21.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known21, 21, packed)
        raise refused(21, packed >> 16, (domain_id, ))

    known22 = KNOWN_RESULTS[22]
    def mem_access_resume(domain_id: int, gfn: int = 0) -> CallResult:
        try:
            packed = call2(machine, 22, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(22, (domain_id, gfn, )) from None
        result = known22.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known22, 22, packed)
        raise refused(22, packed >> 16, (domain_id, gfn, ))

    known23 = KNOWN_RESULTS[23]
    def hvm_set_mem_access(dom: int, memaccess: int, first_pfn: int, nr: int) -> CallResult:
        try:
            packed = call4(machine, 23, dom, memaccess, first_pfn, nr)
        except (TypeError, OverflowError):
            raise bad_value(23, (dom, memaccess, first_pfn, nr, )) from None
        result = known23.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known23, 23, packed)
        raise refused(23, packed >> 16, (dom, memaccess, first_pfn, nr, ))

    known24 = KNOWN_RESULTS[24]
    def hvm_get_mem_access(dom: int, pfn: int) -> CallResult:
        try:
            packed = call2(machine, 24, dom, pfn)
        except (TypeError, OverflowError):
            raise bad_value(24, (dom, pfn, )) from None
        if packed >= 0:
            return CallResult((24, packed, out[0]))
        result = known24.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known24, 24, packed)
        raise refused(24, packed >> 16, (dom, pfn, ))

    def increase_reservation(domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0) -> CallResult:
        return call_lists(25, (domid, nr_extents, extent_order, mem_flags, ))

    def decrease_reservation(domid: int, nr_extents: int | None = None, extent_order: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(26, (domid, nr_extents, extent_order, extent_start, ))

    def populate_physmap(domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(27, (domid, nr_extents, extent_order, mem_flags, extent_start, ))

    known28 = KNOWN_RESULTS[28]
    def current_reservation(domid: int) -> CallResult:
        try:
            packed = call1(machine, 28, domid)
        except (TypeError, OverflowError):
            raise bad_value(28, (domid, )) from None
        result = known28.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known28, 28, packed)
        raise refused(28, packed >> 16, (domid, ))

    known29 = KNOWN_RESULTS[29]
    def maximum_reservation(domid: int) -> CallResult:
        try:
            packed = call1(machine, 29, domid)
        except (TypeError, OverflowError):
            raise bad_value(29, (domid, )) from None
        result = known29.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known29, 29, packed)
        raise refused(29, packed >> 16, (domid, ))

    known30 = KNOWN_RESULTS[30]
    def maximum_ram_page() -> CallResult:
        try:
            packed = call0(machine, 30)
        except (TypeError, OverflowError):
            raise bad_value(30, ()) from None
        result = known30.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known30, 30, packed)
        raise refused(30, packed >> 16, ())

    known31 = KNOWN_RESULTS[31]
    def remove_from_physmap(domid: int, gpfn: int) -> CallResult:
        try:
            packed = call2(machine, 31, domid, gpfn)
        except (TypeError, OverflowError):
            raise bad_value(31, (domid, gpfn, )) from None
        result = known31.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known31, 31, packed)
        raise refused(31, packed >> 16, (domid, gpfn, ))

    known32 = KNOWN_RESULTS[32]
    def domain_getinfo(first_domid: int) -> CallResult:
        try:
            packed = call1(machine, 32, first_domid)
        except (TypeError, OverflowError):
            raise bad_value(32, (first_domid, )) from None
        if packed >= 0:
            return CallResult((32, packed, out[0], out[1], out[2], out[3], out[4], out[5]))
        result = known32.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known32, 32, packed)
        raise refused(32, packed >> 16, (first_domid, ))

    known33 = KNOWN_RESULTS[33]
    def domain_setmaxmem(domid: int, max_memkb: int) -> CallResult:
        try:
            packed = call2(machine, 33, domid, max_memkb)
        except (TypeError, OverflowError):
            raise bad_value(33, (domid, max_memkb, )) from None
        result = known33.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known33, 33, packed)
        raise refused(33, packed >> 16, (domid, max_memkb, ))

    known34 = KNOWN_RESULTS[34]
    def domain_pause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 34, domid)
        except (TypeError, OverflowError):
            raise bad_value(34, (domid, )) from None
        result = known34.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known34, 34, packed)
        raise refused(34, packed >> 16, (domid, ))

    known35 = KNOWN_RESULTS[35]
    def domain_unpause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 35, domid)
        except (TypeError, OverflowError):
            raise bad_value(35, (domid, )) from None
        result = known35.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known35, 35, packed)
        raise refused(35, packed >> 16, (domid, ))

    known36 = KNOWN_RESULTS[36]
    def domain_create(domid: int, pages: int, max_pages: int = 0, p2m_size: int = 0, vcpus: int = 1, flags: int = 1) -> CallResult:
        try:
            packed = call6(machine, 36, domid, pages, max_pages, p2m_size, vcpus, flags)
        except (TypeError, OverflowError):
            raise bad_value(36, (domid, pages, max_pages, p2m_size, vcpus, flags, )) from None
        result = known36.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known36, 36, packed)
        raise refused(36, packed >> 16, (domid, pages, max_pages, p2m_size, vcpus, flags, ))

    known37 = KNOWN_RESULTS[37]
    def domain_destroy(domid: int) -> CallResult:
        try:
            packed = call1(machine, 37, domid)
        except (TypeError, OverflowError):
            raise bad_value(37, (domid, )) from None
        result = known37.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known37, 37, packed)
        raise refused(37, packed >> 16, (domid, ))

    known38 = KNOWN_RESULTS[38]
    def caller_privilege(domid: int, level: int) -> CallResult:
        try:
            packed = call2(machine, 38, domid, level)
        except (TypeError, OverflowError):
            raise bad_value(38, (domid, level, )) from None
        result = known38.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known38, 38, packed)
        raise refused(38, packed >> 16, (domid, level, ))

    known39 = KNOWN_RESULTS[39]
    def set_hvm_param(dom: int, param: int, value: int) -> CallResult:
        try:
            packed = call3(machine, 39, dom, param, value)
        except (TypeError, OverflowError):
            raise bad_value(39, (dom, param, value, )) from None
        result = known39.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known39, 39, packed)
        raise refused(39, packed >> 16, (dom, param, value, ))

    known40 = KNOWN_RESULTS[40]
    def assign_device(domid: int, machine_bdf: int) -> CallResult:
        try:
            packed = call2(machine, 40, domid, machine_bdf)
        except (TypeError, OverflowError):
            raise bad_value(40, (domid, machine_bdf, )) from None
        result = known40.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known40, 40, packed)
        raise refused(40, packed >> 16, (domid, machine_bdf, ))

    known41 = KNOWN_RESULTS[41]
    def hvm_set_mem_type(dom: int, mem_type: int, first_pfn: int, nr: int) -> CallResult:
        try:
            packed = call4(machine, 41, dom, mem_type, first_pfn, nr)
        except (TypeError, OverflowError):
            raise bad_value(41, (dom, mem_type, first_pfn, nr, )) from None
        result = known41.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known41, 41, packed)
        raise refused(41, packed >> 16, (dom, mem_type, first_pfn, nr, ))

    known42 = KNOWN_RESULTS[42]
    def shadow_logdirty(domid: int, enable: int) -> CallResult:
        try:
            packed = call2(machine, 42, domid, enable)
        except (TypeError, OverflowError):
            raise bad_value(42, (domid, enable, )) from None
        result = known42.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known42, 42, packed)
        raise refused(42, packed >> 16, (domid, enable, ))

    known43 = KNOWN_RESULTS[43]
    def domain_memory_mapping(domid: int, first_gfn: int, first_mfn: int, nr_mfns: int, add_mapping: int) -> CallResult:
        try:
            packed = call5(machine, 43, domid, first_gfn, first_mfn, nr_mfns, add_mapping)
        except (TypeError, OverflowError):
            raise bad_value(43, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, )) from None
        result = known43.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known43, 43, packed)
        raise refused(43, packed >> 16, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, ))

    known44 = KNOWN_RESULTS[44]
    def guest_read(domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 44, domid, gfn, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(44, (domid, gfn, vcpu, )) from None
        if packed >= 0:
            return CallResult((44, packed, out[0]))
        result = known44.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known44, 44, packed)
        raise refused(44, packed >> 16, (domid, gfn, vcpu, ))

    known45 = KNOWN_RESULTS[45]
    def guest_write(domid: int, gfn: int, value: int = 0, vcpu: int = 0) -> CallResult:
        try:
            packed = call4(machine, 45, domid, gfn, value, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(45, (domid, gfn, value, vcpu, )) from None
        result = known45.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known45, 45, packed)
        raise refused(45, packed >> 16, (domid, gfn, value, vcpu, ))

    known46 = KNOWN_RESULTS[46]
    def foreign_map(domid: int, gfn: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 46, domid, gfn, writable)
        except (TypeError, OverflowError):
            raise bad_value(46, (domid, gfn, writable, )) from None
        if packed >= 0:
            return CallResult((46, packed, out[0]))
        result = known46.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known46, 46, packed)
        raise refused(46, packed >> 16, (domid, gfn, writable, ))

    known47 = KNOWN_RESULTS[47]
    def foreign_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 47, mapping)
        except (TypeError, OverflowError):
            raise bad_value(47, (mapping, )) from None
        result = known47.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known47, 47, packed)
        raise refused(47, packed >> 16, (mapping, ))

    known48 = KNOWN_RESULTS[48]
    def grant_access(domid: int, gfn: int, readonly: int = 0) -> CallResult:
        try:
            packed = call3(machine, 48, domid, gfn, readonly)
        except (TypeError, OverflowError):
            raise bad_value(48, (domid, gfn, readonly, )) from None
        if packed >= 0:
            return CallResult((48, packed, out[0]))
        result = known48.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known48, 48, packed)
        raise refused(48, packed >> 16, (domid, gfn, readonly, ))

    known49 = KNOWN_RESULTS[49]
    def grant_end_access(domid: int, gref: int) -> CallResult:
        try:
            packed = call2(machine, 49, domid, gref)
        except (TypeError, OverflowError):
            raise bad_value(49, (domid, gref, )) from None
        result = known49.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known49, 49, packed)
        raise refused(49, packed >> 16, (domid, gref, ))

    known50 = KNOWN_RESULTS[50]
    def grant_map(domid: int, gref: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 50, domid, gref, writable)
        except (TypeError, OverflowError):
            raise bad_value(50, (domid, gref, writable, )) from None
        if packed >= 0:
            return CallResult((50, packed, out[0]))
        result = known50.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known50, 50, packed)
        raise refused(50, packed >> 16, (domid, gref, writable, ))

    known51 = KNOWN_RESULTS[51]
    def grant_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 51, mapping)
        except (TypeError, OverflowError):
            raise bad_value(51, (mapping, )) from None
        result = known51.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known51, 51, packed)
        raise refused(51, packed >> 16, (mapping, ))

    known52 = KNOWN_RESULTS[52]
    def ring_get_request(domid: int, ring: int) -> CallResult:
        try:
            packed = call2(machine, 52, domid, ring)
        except (TypeError, OverflowError):
            raise bad_value(52, (domid, ring, )) from None
        if packed >= 0:
            return CallResult((52, packed, out[0], out[1], out[2], out[3]))
        result = known52.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known52, 52, packed)
        raise refused(52, packed >> 16, (domid, ring, ))

    known53 = KNOWN_RESULTS[53]
    def ring_put_response(domid: int, ring: int, gfn: int, vcpu_id: int, flags: int) -> CallResult:
        try:
            packed = call5(machine, 53, domid, ring, gfn, vcpu_id, flags)
        except (TypeError, OverflowError):
            raise bad_value(53, (domid, ring, gfn, vcpu_id, flags, )) from None
        result = known53.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known53, 53, packed)
        raise refused(53, packed >> 16, (domid, ring, gfn, vcpu_id, flags, ))

    known54 = KNOWN_RESULTS[54]
    def evtchn_send(domid: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 54, domid, port)
        except (TypeError, OverflowError):
            raise bad_value(54, (domid, port, )) from None
        result = known54.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known54, 54, packed)
        raise refused(54, packed >> 16, (domid, port, ))

    known55 = KNOWN_RESULTS[55]
    def domain_set_max_evtchn(domid: int, max_port: int) -> CallResult:
        try:
            packed = call2(machine, 55, domid, max_port)
        except (TypeError, OverflowError):
            raise bad_value(55, (domid, max_port, )) from None
        result = known55.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known55, 55, packed)
        raise refused(55, packed >> 16, (domid, max_port, ))

    known56 = KNOWN_RESULTS[56]
    def inject_fault(site: int, nth: int = 1) -> CallResult:
        try:
            packed = call2(machine, 56, site, nth)
        except (TypeError, OverflowError):
            raise bad_value(56, (site, nth, )) from None
        result = known56.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known56, 56, packed)
        raise refused(56, packed >> 16, (site, nth, ))

    known57 = KNOWN_RESULTS[57]
    def evtchn_alloc_unbound(dom: int, remote_dom: int) -> CallResult:
        try:
            packed = call2(machine, 57, dom, remote_dom)
        except (TypeError, OverflowError):
            raise bad_value(57, (dom, remote_dom, )) from None
        if packed >= 0:
            return CallResult((57, packed, out[0]))
        result = known57.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known57, 57, packed)
        raise refused(57, packed >> 16, (dom, remote_dom, ))

    known58 = KNOWN_RESULTS[58]
    def evtchn_bind_interdomain(remote_dom: int, remote_port: int) -> CallResult:
        try:
            packed = call2(machine, 58, remote_dom, remote_port)
        except (TypeError, OverflowError):
            raise bad_value(58, (remote_dom, remote_port, )) from None
        if packed >= 0:
            return CallResult((58, packed, out[0]))
        result = known58.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known58, 58, packed)
        raise refused(58, packed >> 16, (remote_dom, remote_port, ))

    known59 = KNOWN_RESULTS[59]
    def evtchn_bind_virq(virq: int, vcpu: int) -> CallResult:
        try:
            packed = call2(machine, 59, virq, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(59, (virq, vcpu, )) from None
        if packed >= 0:
            return CallResult((59, packed, out[0]))
        result = known59.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known59, 59, packed)
        raise refused(59, packed >> 16, (virq, vcpu, ))

    known60 = KNOWN_RESULTS[60]
    def evtchn_bind_ipi(vcpu: int) -> CallResult:
        try:
            packed = call1(machine, 60, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(60, (vcpu, )) from None
        if packed >= 0:
            return CallResult((60, packed, out[0]))
        result = known60.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known60, 60, packed)
        raise refused(60, packed >> 16, (vcpu, ))

    known61 = KNOWN_RESULTS[61]
    def evtchn_bind_pirq(pirq: int, flags: int = 0) -> CallResult:
        try:
            packed = call2(machine, 61, pirq, flags)
        except (TypeError, OverflowError):
            raise bad_value(61, (pirq, flags, )) from None
        if packed >= 0:
            return CallResult((61, packed, out[0]))
        result = known61.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known61, 61, packed)
        raise refused(61, packed >> 16, (pirq, flags, ))

    known62 = KNOWN_RESULTS[62]
    def evtchn_close(port: int) -> CallResult:
        try:
            packed = call1(machine, 62, port)
        except (TypeError, OverflowError):
            raise bad_value(62, (port, )) from None
        result = known62.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known62, 62, packed)
        raise refused(62, packed >> 16, (port, ))

    known63 = KNOWN_RESULTS[63]
    def evtchn_notify(port: int) -> CallResult:
        try:
            packed = call1(machine, 63, port)
        except (TypeError, OverflowError):
            raise bad_value(63, (port, )) from None
        result = known63.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known63, 63, packed)
        raise refused(63, packed >> 16, (port, ))

    known64 = KNOWN_RESULTS[64]
    def evtchn_status(dom: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 64, dom, port)
        except (TypeError, OverflowError):
            raise bad_value(64, (dom, port, )) from None
        if packed >= 0:
            return CallResult((64, packed, out[0], out[1], out[2], out[3], out[4]))
        result = known64.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known64, 64, packed)
        raise refused(64, packed >> 16, (dom, port, ))

    known65 = KNOWN_RESULTS[65]
    def evtchn_bind_vcpu(port: int, vcpu: int) -> CallResult:
        try:
            packed = call2(machine, 65, port, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(65, (port, vcpu, )) from None
        result = known65.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known65, 65, packed)
        raise refused(65, packed >> 16, (port, vcpu, ))

    known66 = KNOWN_RESULTS[66]
    def evtchn_unmask(port: int) -> CallResult:
        try:
            packed = call1(machine, 66, port)
        except (TypeError, OverflowError):
            raise bad_value(66, (port, )) from None
        result = known66.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known66, 66, packed)
        raise refused(66, packed >> 16, (port, ))

    known67 = KNOWN_RESULTS[67]
    def evtchn_reset(dom: int) -> CallResult:
        try:
            packed = call1(machine, 67, dom)
        except (TypeError, OverflowError):
            raise bad_value(67, (dom, )) from None
        result = known67.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known67, 67, packed)
        raise refused(67, packed >> 16, (dom, ))

    known68 = KNOWN_RESULTS[68]
    def evtchn_op_raw(cmd: int) -> CallResult:
        try:
            packed = call1(machine, 68, cmd)
        except (TypeError, OverflowError):
            raise bad_value(68, (cmd, )) from None
        result = known68.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known68, 68, packed)
        raise refused(68, packed >> 16, (cmd, ))

    known69 = KNOWN_RESULTS[69]
    def evtchn_guest_mask(domid: int, port: int, masked: int = 1) -> CallResult:
        try:
            packed = call3(machine, 69, domid, port, masked)
        except (TypeError, OverflowError):
            raise bad_value(69, (domid, port, masked, )) from None
        result = known69.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known69, 69, packed)
        raise refused(69, packed >> 16, (domid, port, masked, ))

    known70 = KNOWN_RESULTS[70]
    def evtchn_guest_clear(domid: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 70, domid, port)
        except (TypeError, OverflowError):
            raise bad_value(70, (domid, port, )) from None
        result = known70.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known70, 70, packed)
        raise refused(70, packed >> 16, (domid, port, ))

    known71 = KNOWN_RESULTS[71]
    def evtchn_guest_upcall(domid: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call2(machine, 71, domid, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(71, (domid, vcpu, )) from None
        result = known71.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known71, 71, packed)
        raise refused(71, packed >> 16, (domid, vcpu, ))

    known72 = KNOWN_RESULTS[72]
    def evtchn_guest_upcall_mask(domid: int, vcpu: int, masked: int = 1) -> CallResult:
        try:
            packed = call3(machine, 72, domid, vcpu, masked)
        except (TypeError, OverflowError):
            raise bad_value(72, (domid, vcpu, masked, )) from None
        result = known72.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known72, 72, packed)
        raise refused(72, packed >> 16, (domid, vcpu, masked, ))

    known73 = KNOWN_RESULTS[73]
    def evtchn_raise_virq(domid: int, virq: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 73, domid, virq, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(73, (domid, virq, vcpu, )) from None
        result = known73.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known73, 73, packed)
        raise refused(73, packed >> 16, (domid, virq, vcpu, ))

    known74 = KNOWN_RESULTS[74]
    def sched_yield() -> CallResult:
        try:
            packed = call0(machine, 74)
        except (TypeError, OverflowError):
            raise bad_value(74, ()) from None
        result = known74.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known74, 74, packed)
        raise refused(74, packed >> 16, ())

    known75 = KNOWN_RESULTS[75]
    def sched_block() -> CallResult:
        try:
            packed = call0(machine, 75)
        except (TypeError, OverflowError):
            raise bad_value(75, ()) from None
        result = known75.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known75, 75, packed)
        raise refused(75, packed >> 16, ())

    known76 = KNOWN_RESULTS[76]
    def sched_shutdown(reason: int) -> CallResult:
        try:
            packed = call1(machine, 76, reason)
        except (TypeError, OverflowError):
            raise bad_value(76, (reason, )) from None
        result = known76.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known76, 76, packed)
        raise refused(76, packed >> 16, (reason, ))

    known77 = KNOWN_RESULTS[77]
    def sched_shutdown_code(reason: int) -> CallResult:
        try:
            packed = call1(machine, 77, reason)
        except (TypeError, OverflowError):
            raise bad_value(77, (reason, )) from None
        result = known77.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known77, 77, packed)
        raise refused(77, packed >> 16, (reason, ))

    def sched_poll(ports: Sequence[int], nr_ports: int | None = None, timeout: int = 0) -> CallResult:
        return call_lists(78, (ports, nr_ports, timeout, ))

    known79 = KNOWN_RESULTS[79]
    def sched_remote_shutdown(domain_id: int, reason: int) -> CallResult:
        try:
            packed = call2(machine, 79, domain_id, reason)
        except (TypeError, OverflowError):
            raise bad_value(79, (domain_id, reason, )) from None
        result = known79.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known79, 79, packed)
        raise refused(79, packed >> 16, (domain_id, reason, ))

    known80 = KNOWN_RESULTS[80]
    def sched_watchdog(id: int, timeout: int) -> CallResult:
        try:
            packed = call2(machine, 80, id, timeout)
        except (TypeError, OverflowError):
            raise bad_value(80, (id, timeout, )) from None
        result = known80.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known80, 80, packed)
        raise refused(80, packed >> 16, (id, timeout, ))

    known81 = KNOWN_RESULTS[81]
    def sched_op_raw(cmd: int) -> CallResult:
        try:
            packed = call1(machine, 81, cmd)
        except (TypeError, OverflowError):
            raise bad_value(81, (cmd, )) from None
        result = known81.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known81, 81, packed)
        raise refused(81, packed >> 16, (cmd, ))

    known82 = KNOWN_RESULTS[82]
    def domain_resume(domid: int) -> CallResult:
        try:
            packed = call1(machine, 82, domid)
        except (TypeError, OverflowError):
            raise bad_value(82, (domid, )) from None
        result = known82.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known82, 82, packed)
        raise refused(82, packed >> 16, (domid, ))

    known83 = KNOWN_RESULTS[83]
    def sched_watchdog_expire(domid: int, id: int) -> CallResult:
        try:
            packed = call2(machine, 83, domid, id)
        except (TypeError, OverflowError):
            raise bad_value(83, (domid, id, )) from None
        result = known83.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known83, 83, packed)
        raise refused(83, packed >> 16, (domid, id, ))

    known84 = KNOWN_RESULTS[84]
    def sched_poll_timeout(domid: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call2(machine, 84, domid, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(84, (domid, vcpu, )) from None
        result = known84.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known84, 84, packed)
        raise refused(84, packed >> 16, (domid, vcpu, ))

    return (
        memshr_control,
        memshr_ring_enable,
        memshr_ring_disable,
        memshr_domain_resume,
        memshr_nominate_gfn,
        memshr_nominate_gref,
        memshr_share_gfns,
        memshr_share_grefs,
        memshr_add_to_physmap,
        memshr_debug_gfn,
        memshr_debug_gref,
        memshr_audit,
        sharing_freed_pages,
        sharing_used_frames,
        mem_paging_enable,
        mem_paging_disable,
        mem_paging_nominate,
        mem_paging_evict,
        mem_paging_prep,
        mem_paging_load,
        mem_access_enable,
        mem_access_disable,
        mem_access_resume,
        hvm_set_mem_access,
        hvm_get_mem_access,
        increase_reservation,
        decrease_reservation,
        populate_physmap,
        current_reservation,
        maximum_reservation,
        maximum_ram_page,
        remove_from_physmap,
        domain_getinfo,
        domain_setmaxmem,
        domain_pause,
        domain_unpause,
        domain_create,
        domain_destroy,
        caller_privilege,
        set_hvm_param,
        assign_device,
        hvm_set_mem_type,
        shadow_logdirty,
        domain_memory_mapping,
        guest_read,
        guest_write,
        foreign_map,
        foreign_unmap,
        grant_access,
        grant_end_access,
        grant_map,
        grant_unmap,
        ring_get_request,
        ring_put_response,
        evtchn_send,
        domain_set_max_evtchn,
        inject_fault,
        evtchn_alloc_unbound,
        evtchn_bind_interdomain,
        evtchn_bind_virq,
        evtchn_bind_ipi,
        evtchn_bind_pirq,
        evtchn_close,
        evtchn_notify,
        evtchn_status,
        evtchn_bind_vcpu,
        evtchn_unmask,
        evtchn_reset,
        evtchn_op_raw,
        evtchn_guest_mask,
        evtchn_guest_clear,
        evtchn_guest_upcall,
        evtchn_guest_upcall_mask,
        evtchn_raise_virq,
        sched_yield,
        sched_block,
        sched_shutdown,
        sched_shutdown_code,
        sched_poll,
        sched_remote_shutdown,
        sched_watchdog,
        sched_op_raw,
        domain_resume,
        sched_watchdog_expire,
        sched_poll_timeout,
    )


class CallMethods:
    """One method per call of the catalogue, each returning a CallResult."""

    __slots__ = ()

    if TYPE_CHECKING:
        _bound: tuple[Callable[..., CallResult], ...]

    def memshr_control(self, domid: int, enable: int) -> CallResult:
        """Turn sharing on or off for a domain (unsharing happens lazily).

        Hypercall: domctl 36 / XEN_DOMCTL_mem_sharing_op 57.
        Caller: toolstack.
        ``domid``: the target domain.
        ``enable``: non-zero enables; Xen keeps only the low 8 bits.
        Documented codes (doc): EPERM, ESRCH, EACCES, EXDEV, ENODEV, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EXDEV, ENODEV, ENOSYS.
        """
        return self._bound[0](domid, enable)

    def memshr_ring_enable(self, domid: int) -> CallResult:
        """Create the ring on which Xen posts ENOMEM notifications for unsharing.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_SHARING
        3 / XEN_DOMCTL_MEM_EVENT_OP_SHARING_ENABLE 0.
        Caller: toolstack.
        ``domid``: the target domain.
        Output ``port``: the ring's event-channel port in the domain.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, ENODEV, EINVAL,
        ENOSPC, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV,
        EINVAL, ENOSPC, ENOSYS.
        """
        return self._bound[1](domid)

    def memshr_ring_disable(self, domid: int) -> CallResult:
        """Tear down the sharing ring and wake every vcpu blocked on it.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_SHARING
        3 / XEN_DOMCTL_MEM_EVENT_OP_SHARING_DISABLE 1.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        """
        return self._bound[2](domid)

    def memshr_domain_resume(self, domid: int) -> CallResult:
        """Consume the helper's responses on the sharing ring and unpause the vcpus they name.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_RESUME 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[3](domid)

    def memshr_nominate_gfn(self, domid: int, gfn: int) -> CallResult:
        """Select a page for sharing; returns its handle (the existing one if the page is
        already shared).

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_NOMINATE_GFN 0.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Output ``handle``: the sharing handle of the page.
        Documented codes (doc): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, ENODEV, EINVAL,
        ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, ENODEV,
        EINVAL, ENOSYS.
        """
        return self._bound[4](domid, gfn)

    def memshr_nominate_gref(self, domid: int, gref: int) -> CallResult:
        """Same as memshr_nominate_gfn, the page named by a grant reference of the domain.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_NOMINATE_GREF 1.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        Output ``handle``: the sharing handle of the page.
        Documented codes (doc): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, ENODEV, EINVAL,
        ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, ENODEV,
        EINVAL, ENOSYS.
        """
        return self._bound[5](domid, gref)

    def memshr_share_gfns(self, source_domain: int, source_gfn: int, source_handle: int, client_domain: int, client_gfn: int, client_handle: int) -> CallResult:
        """Share two nominated pages: the client's tuples move to the source frame; the client
        handle becomes invalid. A gfn with bit 62 set (XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG)
        is read as a grant reference of that domain.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_SHARE 2.
        Caller: toolstack.
        ``source_domain``: the domain of the source page.
        ``source_gfn``: the source gfn.
        ``source_handle``: the handle nominate returned for the source page.
        ``client_domain``: the domain of the client page (may equal the source).
        ``client_gfn``: the client gfn.
        ``client_handle``: the handle nominate returned for the client page.
        Documented codes (doc): EPERM, ESRCH, C_HANDLE_INVALID, S_HANDLE_INVALID, ENODEV,
        EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, C_HANDLE_INVALID, S_HANDLE_INVALID,
        ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[6](source_domain, source_gfn, source_handle, client_domain, client_gfn, client_handle)

    def memshr_share_grefs(self, source_domain: int, source_gref: int, source_handle: int, client_domain: int, client_gref: int, client_handle: int) -> CallResult:
        """Same as memshr_share_gfns, the pages named by grant references.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_SHARE 2.
        Caller: toolstack.
        ``source_domain``: the domain of the source page.
        ``source_gref``: a grant reference of the source domain.
        ``source_handle``: the handle nominate returned for the source page.
        ``client_domain``: the domain of the client page (may equal the source).
        ``client_gref``: a grant reference of the client domain.
        ``client_handle``: the handle nominate returned for the client page.
        Documented codes (doc): EPERM, ESRCH, C_HANDLE_INVALID, S_HANDLE_INVALID, ENODEV,
        EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, C_HANDLE_INVALID, S_HANDLE_INVALID,
        ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[7](source_domain, source_gref, source_handle, client_domain, client_gref, client_handle)

    def memshr_add_to_physmap(self, source_domain: int, source_gfn: int, source_handle: int, client_domain: int, client_gfn: int) -> CallResult:
        """Map an existing shared frame into a hole of the client's physmap.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_ADD_PHYSMAP 7.
        Caller: toolstack.
        ``source_domain``: the domain of the shared source page.
        ``source_gfn``: the source gfn.
        ``source_handle``: the handle of the source page.
        ``client_domain``: the domain that receives the mapping.
        ``client_gfn``: the client gfn; must be a hole (invalid, mmio_dm, paged, paging_in).
        Documented codes (doc): EPERM, ENOENT, ESRCH, C_HANDLE_INVALID, S_HANDLE_INVALID,
        ENOMEM, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, C_HANDLE_INVALID,
        S_HANDLE_INVALID, ENOMEM, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[8](source_domain, source_gfn, source_handle, client_domain, client_gfn)

    def memshr_debug_gfn(self, domid: int, gfn: int) -> CallResult:
        """Return the number of (domain, gfn) tuples mapping the shared frame behind a gfn.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_DEBUG_GFN 4.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Returns: the number of tuples mapping the frame (1 or more).
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[9](domid, gfn)

    def memshr_debug_gref(self, domid: int, gref: int) -> CallResult:
        """Same as memshr_debug_gfn, the page named by a grant reference.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_DEBUG_GREF 6.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        Returns: the number of tuples mapping the frame (1 or more).
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[10](domid, gref)

    def memshr_audit(self) -> CallResult:
        """Audit the sharing subsystem; returns the number of errors found.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_AUDIT 8.
        Caller: toolstack.
        Returns: the number of errors Xen's own audit found (should be 0).
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        """
        return self._bound[11]()

    def sharing_freed_pages(self) -> CallResult:
        """Total pages freed by sharing on the host (nr_saved_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_freed_pages 18.
        Caller: toolstack.
        Returns: the host-wide count of pages freed by sharing.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        """
        return self._bound[12]()

    def sharing_used_frames(self) -> CallResult:
        """Total frames occupied by shared pages on the host (nr_shared_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_shared_pages 19.
        Caller: toolstack.
        Returns: the host-wide count of frames in the shared state.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        """
        return self._bound[13]()

    def mem_paging_enable(self, domain_id: int) -> CallResult:
        """Create the paging ring on which Xen posts page-in requests.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_PAGING 1
        / XEN_DOMCTL_MEM_EVENT_OP_PAGING_ENABLE 0.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Output ``port``: the ring's event-channel port in the domain.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV, EINVAL,
        ENOSPC, EMLINK, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV,
        EINVAL, ENOSPC, EMLINK, ENOSYS.
        """
        return self._bound[14](domain_id)

    def mem_paging_disable(self, domain_id: int) -> CallResult:
        """Tear down the paging ring; paged-out gfns stay paged out.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_PAGING 1
        / XEN_DOMCTL_MEM_EVENT_OP_PAGING_DISABLE 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        """
        return self._bound[15](domain_id)

    def mem_paging_nominate(self, domain_id: int, gfn: int) -> CallResult:
        """Mark a gfn for eviction (p2m type ram_paging_out); every access now faults.

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_nominate 0.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[16](domain_id, gfn)

    def mem_paging_evict(self, domain_id: int, gfn: int) -> CallResult:
        """Free the frame of a nominated gfn (p2m type ram_paged, no frame).

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_evict 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[17](domain_id, gfn)

    def mem_paging_prep(self, domain_id: int, gfn: int) -> CallResult:
        """Finish a page-in whose frame is still present (no buffer).

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_prep 2.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[18](domain_id, gfn)

    def mem_paging_load(self, domain_id: int, gfn: int, buffer: int) -> CallResult:
        """Page a gfn back in from the pager's buffer (prep with a buffer).

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_prep 2.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``buffer``: address of the pager's page buffer; the emulator takes bits 12 and up as
        the page's content.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EFAULT, ENODEV, EINVAL,
        ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENOMEM, EFAULT, ENODEV, EINVAL,
        ENOSYS.
        """
        return self._bound[19](domain_id, gfn, buffer)

    def mem_access_enable(self, domain_id: int) -> CallResult:
        """Create the access ring on which Xen posts access violations (Intel EPT only).

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_ACCESS 2
        / XEN_DOMCTL_MEM_EVENT_OP_ACCESS_ENABLE 0.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Output ``port``: the ring's event-channel port in the domain.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV, EINVAL,
        ENOSPC, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV,
        EINVAL, ENOSPC, ENOSYS.
        """
        return self._bound[20](domain_id)

    def mem_access_disable(self, domain_id: int) -> CallResult:
        """Tear down the access ring.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_ACCESS 2
        / XEN_DOMCTL_MEM_EVENT_OP_ACCESS_DISABLE 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        """
        return self._bound[21](domain_id)

    def mem_access_resume(self, domain_id: int, gfn: int = 0) -> CallResult:
        """Consume the listener's responses on the access ring and unpause the vcpus they name
        (gfn is unused).

        Hypercall: memory_op 12 / XENMEM_access_op 21 / XENMEM_access_op_resume 0.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: unused by Xen 4.2.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[22](domain_id, gfn)

    def hvm_set_mem_access(self, dom: int, memaccess: int, first_pfn: int, nr: int) -> CallResult:
        """Set the access type of a range of gfns, or the domain default when first_pfn is ~0.

        Hypercall: hvm_op 34 / HVMOP_set_mem_access 12.
        Caller: toolstack.
        ``dom``: the target domain.
        ``memaccess``: the access type.
        ``first_pfn``: the first gfn, or ~0 for the domain default.
        ``nr``: the number of gfns.
        Documented codes (doc): EPERM, ESRCH, ENOMEM, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENOMEM, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[23](dom, memaccess, first_pfn, nr)

    def hvm_get_mem_access(self, dom: int, pfn: int) -> CallResult:
        """Read the access type of a gfn, or the domain default when pfn is ~0.

        Hypercall: hvm_op 34 / HVMOP_get_mem_access 13.
        Caller: toolstack.
        ``dom``: the target domain.
        ``pfn``: the gfn, or ~0 for the domain default.
        Output ``memaccess``: the access type.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ERANGE, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ERANGE, ENOSYS.
        """
        return self._bound[24](dom, pfn)

    def increase_reservation(self, domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0) -> CallResult:
        """Allocate pages to a domain without mapping them; each extent's first frame is
        written to extent_start.

        Hypercall: memory_op 12 / XENMEM_increase_reservation 0.
        Caller: any.
        ``domid``: the target domain.
        ``nr_extents``: the number of extents (xen_ulong_t; 4.2 keeps only its low 32 bits
        in memop_args).
        ``extent_order``: log2 of the pages per extent.
        ``mem_flags``: XENMEMF_* flags; address_bits 1..12 make the op do nothing.
        ``extent_start``: where Xen writes each new extent's first machine frame (empty: a
        NULL handle, nothing written) (out list; length nr_extents; 64-bit elements;
        elements make mfn; at most 4096).
        Returns: the number of extents fully processed; a missing domain, a caller that is
        not privileged for it, an unsupported extent order or address width all give 0.
        Documented codes (doc): EACCES.
        Documented codes (xen-4.2): EACCES.
        """
        return self._bound[25](domid, nr_extents, extent_order, mem_flags)

    def decrease_reservation(self, domid: int, nr_extents: int | None = None, extent_order: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        """Remove gfns from a domain and free their pages (shared gfns are unshared first;
        paged gfns are dropped).

        Hypercall: memory_op 12 / XENMEM_decrease_reservation 1.
        Caller: any.
        ``domid``: the target domain.
        ``nr_extents``: the number of extents (xen_ulong_t; 4.2 keeps only its low 32 bits
        in memop_args).
        ``extent_order``: log2 of the pages per extent.
        ``extent_start``: the base gfn of each extent, as libxc passes them (xen_pfn_t
        extent_start[]) (in list; length nr_extents; 64-bit elements; elements use gfn; at
        most 4096).
        Returns: the number of extents fully processed; a missing domain, a caller that is
        not privileged for it, an unsupported extent order or address width all give 0; the
        first gfn that cannot be removed ends the op.
        Documented codes (doc): EACCES.
        Documented codes (xen-4.2): EACCES.
        """
        return self._bound[26](domid, nr_extents, extent_order, extent_start)

    def populate_physmap(self, domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        """Allocate pages and map them at gfns (replacing what was there).

        Hypercall: memory_op 12 / XENMEM_populate_physmap 6.
        Caller: any.
        ``domid``: the target domain.
        ``nr_extents``: the number of extents (xen_ulong_t; 4.2 keeps only its low 32 bits
        in memop_args).
        ``extent_order``: log2 of the pages per extent.
        ``mem_flags``: XENMEMF_* flags; address_bits 1..12 make the op do nothing.
        ``extent_start``: the base gfn of each extent, as libxc passes them (xen_pfn_t
        extent_start[]) (in list; length nr_extents; 64-bit elements; elements use gfn; at
        most 4096).
        Returns: the number of extents fully processed; a missing domain, a caller that is
        not privileged for it, an unsupported extent order or address width all give 0; the
        first allocation that fails ends the op.
        Documented codes (doc): EACCES.
        Documented codes (xen-4.2): EACCES.
        """
        return self._bound[27](domid, nr_extents, extent_order, mem_flags, extent_start)

    def current_reservation(self, domid: int) -> CallResult:
        """The domain's tot_pages.

        Hypercall: memory_op 12 / XENMEM_current_reservation 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Returns: tot_pages of the domain.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[28](domid)

    def maximum_reservation(self, domid: int) -> CallResult:
        """The domain's max_pages.

        Hypercall: memory_op 12 / XENMEM_maximum_reservation 4.
        Caller: toolstack.
        ``domid``: the target domain.
        Returns: max_pages of the domain.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[29](domid)

    def maximum_ram_page(self) -> CallResult:
        """The host's highest frame number plus one (max_page); never fails.

        Hypercall: memory_op 12 / XENMEM_maximum_ram_page 2.
        Caller: toolstack.
        Returns: max_page of the host.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        """
        return self._bound[30]()

    def remove_from_physmap(self, domid: int, gpfn: int) -> CallResult:
        """Clear a gfn's p2m entry and drop its page (a shared gfn leaves the rmap correctly;
        see planted bug remove_from_physmap_shared).

        Hypercall: memory_op 12 / XENMEM_remove_from_physmap 15.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gpfn``: the gfn to remove.
        Documented codes (doc): EPERM, ENOENT, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, EACCES.
        """
        return self._bound[31](domid, gpfn)

    def domain_getinfo(self, first_domid: int) -> CallResult:
        """Information on the first domain whose id is first_domid or higher (libxc with
        max_doms 1); check the returned domid.

        Hypercall: domctl 36 / XEN_DOMCTL_getdomaininfo 5.
        Caller: toolstack.
        ``first_domid``: the lowest domain id to report.
        Output ``domid``: the domain reported.
        Output ``flags``: XEN_DOMINF_* bits: dying 1, hvm_guest 2, shutdown 4, paused 8,
        blocked 16 (every vcpu blocked); the shutdown reason in bits 16-31: 0xffff until one
        is recorded, crash 3 after a crash.
        Output ``tot_pages``: pages the domain holds (nr_pages).
        Output ``max_pages``: the domain's allocation limit.
        Output ``shr_pages``: the domain's (domain, gfn) tuples in shared frames
        (nr_shared_pages).
        Output ``paged_pages``: the domain's gfns paged out (nr_paged_pages).
        Returns: the number of domains reported (1).
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[32](first_domid)

    def domain_setmaxmem(self, domid: int, max_memkb: int) -> CallResult:
        """Set the domain's max_pages from a size in KiB (4.2 accepts a limit below tot_pages:
        the domain just cannot allocate until it shrinks).

        Hypercall: domctl 36 / XEN_DOMCTL_max_mem 11.
        Caller: toolstack.
        ``domid``: the target domain.
        ``max_memkb``: the new limit in KiB (pages = KiB / 4).
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[33](domid, max_memkb)

    def domain_pause(self, domid: int) -> CallResult:
        """Pause every vcpu of the domain (by the toolstack; idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_pausedomain 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[34](domid)

    def domain_unpause(self, domid: int) -> CallResult:
        """Undo domain_pause (idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_unpausedomain 4.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[35](domid)

    def domain_create(self, domid: int, pages: int, max_pages: int = 0, p2m_size: int = 0, vcpus: int = 1, flags: int = 1) -> CallResult:
        """Create a domain whose first `pages` gfns are populated (the toolstack's domain
        build).

        Kind: event.
        Caller: toolstack.
        ``domid``: the new domain's id (1 to 0x7fef).
        ``pages``: gfns 0..pages-1 are populated.
        ``max_pages``: the allocation limit; 0 means `pages`.
        ``p2m_size``: the guest physical address width, in gfns; 0 means twice `pages` (at
        least 64).
        ``vcpus``: the number of vcpus (0 to 8).
        ``flags``: domain_flags bits (default: HAP).
        Documented codes (doc): ENOMEM, EEXIST, EINVAL.
        Documented codes (xen-4.2): ENOMEM, EEXIST, EINVAL.
        """
        return self._bound[36](domid, pages, max_pages, p2m_size, vcpus, flags)

    def domain_destroy(self, domid: int) -> CallResult:
        """Destroy a domain: relinquish its shared pages, drop paged gfns, free its frames and
        tear its rings down.  Frames still mapped by others keep it dying until they are
        unmapped.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[37](domid)

    def caller_privilege(self, domid: int, level: int) -> CallResult:
        """Set how far the toolstack may act on a domain (IS_PRIV_FOR and the XSM policy).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``level``: the privilege level.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[38](domid, level)

    def set_hvm_param(self, dom: int, param: int, value: int) -> CallResult:
        """Set an HVM parameter (the ring gfns are params 27, 28 and 29).

        Hypercall: hvm_op 34 / HVMOP_set_param 0.
        Caller: toolstack.
        ``dom``: the target domain.
        ``param``: the parameter index.
        ``value``: the new value.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[39](dom, param, value)

    def assign_device(self, domid: int, machine_bdf: int) -> CallResult:
        """Assign a PCI device to a domain for passthrough (the domain then needs the IOMMU).

        Hypercall: domctl 36 / XEN_DOMCTL_assign_device 37.
        Caller: toolstack.
        ``domid``: the target domain.
        ``machine_bdf``: the device's PCI segment/bus/device/fn.
        Documented codes (doc): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[40](domid, machine_bdf)

    def hvm_set_mem_type(self, dom: int, mem_type: int, first_pfn: int, nr: int) -> CallResult:
        """Change gfns between ram_rw and ram_ro, or mark holes as emulated MMIO (mmio_dm).

        Hypercall: hvm_op 34 / HVMOP_set_mem_type 8.
        Caller: toolstack.
        ``dom``: the target domain.
        ``mem_type``: the new type.
        ``first_pfn``: the first gfn.
        ``nr``: the number of gfns.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[41](dom, mem_type, first_pfn, nr)

    def shadow_logdirty(self, domid: int, enable: int) -> CallResult:
        """Turn log-dirty mode on or off: every ram_rw gfn becomes ram_logdirty, and back.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``enable``: non-zero turns log-dirty mode on.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[42](domid, enable)

    def domain_memory_mapping(self, domid: int, first_gfn: int, first_mfn: int, nr_mfns: int, add_mapping: int) -> CallResult:
        """Map (or unmap) device MMIO frames at holes of a domain (p2m mmio_direct).

        Hypercall: domctl 36 / XEN_DOMCTL_memory_mapping 39.
        Caller: toolstack.
        ``domid``: the target domain.
        ``first_gfn``: the first gfn.
        ``first_mfn``: the first MMIO frame (beyond host RAM).
        ``nr_mfns``: the number of frames.
        ``add_mapping``: non-zero maps, zero unmaps.
        Documented codes (doc): EPERM, ESRCH, EBUSY, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EBUSY, EINVAL.
        """
        return self._bound[43](domid, first_gfn, first_mfn, nr_mfns, add_mapping)

    def guest_read(self, domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        """A guest vcpu reads a gfn (paged gfns are paged in; access rights checked).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``vcpu``: the guest vcpu that makes the access.
        Output ``value``: the content token read.
        Documented codes (doc): ENOENT, ESRCH, EAGAIN, EFAULT, EBUSY, EINVAL.
        Documented codes (xen-4.2): ENOENT, ESRCH, EAGAIN, EFAULT, EBUSY, EINVAL.
        """
        return self._bound[44](domid, gfn, vcpu)

    def guest_write(self, domid: int, gfn: int, value: int = 0, vcpu: int = 0) -> CallResult:
        """A guest vcpu writes a gfn: a shared gfn is unshared (copy-on-write), which
        invalidates the handle of a frame that had one tuple.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``value``: the content token written.
        ``vcpu``: the guest vcpu that makes the access.
        Documented codes (doc): ENOENT, ESRCH, EAGAIN, ENOMEM, EFAULT, EBUSY, EINVAL.
        Documented codes (xen-4.2): ENOENT, ESRCH, EAGAIN, ENOMEM, EFAULT, EBUSY, EINVAL.
        """
        return self._bound[45](domid, gfn, value, vcpu)

    def foreign_map(self, domid: int, gfn: int, writable: int) -> CallResult:
        """The toolstack or a device model maps a guest gfn (xc_map_foreign_range); the mapping
        holds a page reference, a writable one also unshares.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``writable``: non-zero maps writable.
        Output ``mapping``: the mapping.
        Documented codes (doc): ENOENT, ESRCH, ENOMEM, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ENOENT, ESRCH, ENOMEM, EINVAL, ENOSPC.
        """
        return self._bound[46](domid, gfn, writable)

    def foreign_unmap(self, mapping: int) -> CallResult:
        """Drop a foreign mapping (frees the page if its domain no longer holds it).

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[47](mapping)

    def grant_access(self, domid: int, gfn: int, readonly: int = 0) -> CallResult:
        """The guest grants access to one of its gfns (initialises its grant table on first
        use).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``readonly``: non-zero grants read-only access.
        Output ``gref``: the grant reference.
        Documented codes (doc): ESRCH, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ESRCH, EINVAL, ENOSPC.
        """
        return self._bound[48](domid, gfn, readonly)

    def grant_end_access(self, domid: int, gref: int) -> CallResult:
        """The guest revokes a grant (the entry keeps its stale frame number).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        Documented codes (doc): ESRCH, EBUSY, EINVAL.
        Documented codes (xen-4.2): ESRCH, EBUSY, EINVAL.
        """
        return self._bound[49](domid, gref)

    def grant_map(self, domid: int, gref: int, writable: int) -> CallResult:
        """A backend maps a guest's grant (GNTTABOP_map_grant_ref); a writable map of a shared
        page unshares it.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        ``writable``: non-zero maps writable.
        Output ``mapping``: the mapping.
        Documented codes (doc): EPERM, ESRCH, EAGAIN, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, ESRCH, EAGAIN, EINVAL, ENOSPC.
        """
        return self._bound[50](domid, gref, writable)

    def grant_unmap(self, mapping: int) -> CallResult:
        """Drop a grant mapping.

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[51](mapping)

    def ring_get_request(self, domid: int, ring: int) -> CallResult:
        """The helper takes the oldest request off a ring.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``ring``: the ring kind.
        Output ``gfn``: the gfn concerned.
        Output ``vcpu_id``: the vcpu that caused it.
        Output ``flags``: ring_flags bits.
        Output ``p2mt``: the p2m type when the request was made.
        Documented codes (doc): ESRCH, ENODEV, EINVAL, ENODATA.
        Documented codes (xen-4.2): ESRCH, ENODEV, EINVAL, ENODATA.
        """
        return self._bound[52](domid, ring)

    def ring_put_response(self, domid: int, ring: int, gfn: int, vcpu_id: int, flags: int) -> CallResult:
        """The helper posts a response; Xen acts on it at the next kick or resume.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``ring``: the ring kind.
        ``gfn``: a guest frame number of the target domain.
        ``vcpu_id``: the vcpu to unpause if flags has vcpu_paused.
        ``flags``: ring_flags bits.
        Documented codes (doc): ESRCH, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ESRCH, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[53](domid, ring, gfn, vcpu_id, flags)

    def evtchn_send(self, domid: int, port: int) -> CallResult:
        """The helper kicks a ring's event channel: Xen consumes its responses.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``port``: the ring's port.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[54](domid, port)

    def domain_set_max_evtchn(self, domid: int, max_port: int) -> CallResult:
        """Limit the domain's event-channel ports to 0..max_port (toolstack).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``max_port``: the highest usable port (at most 4095).
        Documented codes (doc): ESRCH.
        Documented codes (xen-4.2): ESRCH.
        """
        return self._bound[55](domid, max_port)

    def inject_fault(self, site: int, nth: int = 1) -> CallResult:
        """Make the nth next pass through an internal failure site fail (one-shot).

        Kind: event.
        Caller: toolstack.
        ``site``: the failure site.
        ``nth``: 1 fails the next pass.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[56](site, nth)

    def evtchn_alloc_unbound(self, dom: int, remote_dom: int) -> CallResult:
        """Allocate the lowest free port of dom, unbound and accepting a binding from
        remote_dom (the toolstack's xenstore and console rings; a guest with DOMID_SELF).

        Hypercall: event_channel_op 32 / EVTCHNOP_alloc_unbound 6.
        Caller: any.
        ``dom``: the domain the port is made in (DOMID_SELF: the caller).
        ``remote_dom``: the domain id allowed to bind (DOMID_SELF: the caller); any value,
        not checked to exist.
        Output ``port``: the new port.
        Documented codes (doc): EPERM, ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[57](dom, remote_dom)

    def evtchn_bind_interdomain(self, remote_dom: int, remote_port: int) -> CallResult:
        """Bind a new port of the caller to an unbound port of remote_dom that accepts the
        caller (loopback with DOMID_SELF allowed); the new local port is set pending.

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_interdomain 0.
        Caller: any.
        ``remote_dom``: the domain of the unbound port (DOMID_SELF: the caller).
        ``remote_port``: the unbound port in remote_dom.
        Output ``local_port``: the new port.
        Documented codes (doc): ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[58](remote_dom, remote_port)

    def evtchn_bind_virq(self, virq: int, vcpu: int) -> CallResult:
        """Bind a new port of the caller to a virtual IRQ: a per-vcpu VIRQ on any vcpu, a
        global one on vcpu 0 only.

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_virq 1.
        Caller: guest.
        ``virq``: the virtual IRQ.
        ``vcpu``: the vcpu to notify (0 for a global VIRQ).
        Output ``port``: the new port.
        Documented codes (doc): ENOENT, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ENOENT, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        """
        return self._bound[59](virq, vcpu)

    def evtchn_bind_ipi(self, vcpu: int) -> CallResult:
        """Bind a new port of the caller for inter-processor notifications to one of its vcpus.

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_ipi 7.
        Caller: guest.
        ``vcpu``: the vcpu to notify.
        Output ``port``: the new port.
        Documented codes (doc): ENOENT, ENOMEM, EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ENOENT, ENOMEM, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[60](vcpu)

    def evtchn_bind_pirq(self, pirq: int, flags: int = 0) -> CallResult:
        """Bind a new port of the caller to a physical IRQ number (an HVM guest binds the
        number; a PV domain binds the machine IRQ, which needs access to it).

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_pirq 2.
        Caller: guest.
        ``pirq``: the pirq (below nr_irqs_gsi + 32; + 256 for domain 0).
        ``flags``: BIND_PIRQ__WILL_SHARE (1) or 0.
        Output ``port``: the new port.
        Documented codes (doc): EPERM, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        """
        return self._bound[61](pirq, flags)

    def evtchn_close(self, port: int) -> CallResult:
        """Close a port of the caller: an interdomain peer becomes unbound and accepts the
        closer again; the port's pending bit is cleared (its mask is kept).

        Hypercall: event_channel_op 32 / EVTCHNOP_close 3.
        Caller: guest.
        ``port``: the caller's port.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        """
        return self._bound[62](port)

    def evtchn_notify(self, port: int) -> CallResult:
        """EVTCHNOP_send (libxc's xc_evtchn_notify): notify the remote end of an interdomain
        port (a Xen port runs its consumer: a ring resumes), or the caller's own vcpu
        through an IPI port; on an unbound port the event is dropped.

        Hypercall: event_channel_op 32 / EVTCHNOP_send 4.
        Caller: any.
        ``port``: the caller's port.
        Documented codes (doc): EACCES, EFAULT, EINVAL.
        Documented codes (xen-4.2): EACCES, EFAULT, EINVAL.
        """
        return self._bound[63](port)

    def evtchn_status(self, dom: int, port: int) -> CallResult:
        """The state of a port of dom: closed (free or reserved), unbound, interdomain, pirq,
        virq or ipi, with its notified vcpu (Xen's own ports are shown too).

        Hypercall: event_channel_op 32 / EVTCHNOP_status 5.
        Caller: any.
        ``dom``: the domain (DOMID_SELF: the caller).
        ``port``: the port of dom.
        Output ``status``: EVTCHNSTAT_*.
        Output ``vcpu``: the vcpu notified.
        Output ``remote_dom``: unbound: who may bind; interdomain: the peer.
        Output ``remote_port``: interdomain: the peer's port.
        Output ``irq``: pirq: the pirq; virq: the virq.
        Documented codes (doc): EPERM, ESRCH, EACCES, EFAULT, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EFAULT, EINVAL.
        """
        return self._bound[64](dom, port)

    def evtchn_bind_vcpu(self, port: int, vcpu: int) -> CallResult:
        """Make a port of the caller notify another of its vcpus (unbound, interdomain, global
        virq and pirq ports).

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_vcpu 8.
        Caller: guest.
        ``port``: the caller's port.
        ``vcpu``: the vcpu to notify.
        Documented codes (doc): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL.
        """
        return self._bound[65](port, vcpu)

    def evtchn_unmask(self, port: int) -> CallResult:
        """Clear a port's mask bit; if it is pending, raise an upcall on its vcpu (any valid
        port, whatever its state).

        Hypercall: event_channel_op 32 / EVTCHNOP_unmask 9.
        Caller: guest.
        ``port``: the caller's port.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        """
        return self._bound[66](port)

    def evtchn_reset(self, dom: int) -> CallResult:
        """Close every port of dom that a guest may close (port 0 and Xen's ports stay);
        interdomain peers become unbound.

        Hypercall: event_channel_op 32 / EVTCHNOP_reset 10.
        Caller: any.
        ``dom``: the domain (DOMID_SELF: the caller).
        Documented codes (doc): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EFAULT.
        """
        return self._bound[67](dom)

    def evtchn_op_raw(self, cmd: int) -> CallResult:
        """event_channel_op with any cmd and an unreadable (NULL) argument: a sub-op of 4.2
        fails to copy its struct in, any other cmd is unknown.

        Hypercall: event_channel_op 32.
        Caller: any.
        ``cmd``: the sub-op.
        Documented codes (doc): EFAULT, ENOSYS.
        Documented codes (xen-4.2): EFAULT, ENOSYS.
        """
        return self._bound[68](cmd)

    def evtchn_guest_mask(self, domid: int, port: int, masked: int = 1) -> CallResult:
        """A guest sets or clears a port's mask bit in its shared info (a plain write: clearing
        it raises nothing; EVTCHNOP_unmask does).

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``port``: the port (any below 4096: the bitmap exists for all).
        ``masked``: non-zero masks.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[69](domid, port, masked)

    def evtchn_guest_clear(self, domid: int, port: int) -> CallResult:
        """A guest clears a port's pending bit in its shared info, having handled it.

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``port``: the port.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[70](domid, port)

    def evtchn_guest_upcall(self, domid: int, vcpu: int = 0) -> CallResult:
        """A guest vcpu takes its event upcall: it clears evtchn_upcall_pending and its
        evtchn_pending_sel word, as Linux's xen_evtchn_do_upcall does first.

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``vcpu``: the vcpu.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[71](domid, vcpu)

    def evtchn_guest_upcall_mask(self, domid: int, vcpu: int, masked: int = 1) -> CallResult:
        """A guest vcpu sets or clears its evtchn_upcall_mask (a paravirtualised guest's
        interrupt flag; SCHEDOP_block clears it).

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``vcpu``: the vcpu.
        ``masked``: non-zero masks upcalls.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[72](domid, vcpu, masked)

    def evtchn_raise_virq(self, domid: int, virq: int, vcpu: int = 0) -> CallResult:
        """Xen raises a virtual IRQ for a domain (a debug key, console input, a timer): the
        bound port is set pending; an unbound virq is dropped.

        Kind: event.
        Caller: toolstack.
        ``domid``: the domain.
        ``virq``: the virtual IRQ.
        ``vcpu``: the vcpu, for a per-vcpu virq (0 for a global one).
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[73](domid, virq, vcpu)

    def sched_yield(self) -> CallResult:
        """Voluntarily yield the CPU (the engine schedules nothing: it just returns).

        Hypercall: sched_op 29 / SCHEDOP_yield 0.
        Caller: guest.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        """
        return self._bound[74]()

    def sched_block(self) -> CallResult:
        """Unmask the vcpu's event upcalls and block it until an event is delivered; with an
        upcall already pending it does not block (the reason says which).

        Hypercall: sched_op 29 / SCHEDOP_block 1.
        Caller: guest.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        """
        return self._bound[75]()

    def sched_shutdown(self, reason: int) -> CallResult:
        """Shut the calling domain down (every vcpu paused, VIRQ_DOM_EXC to domain 0); the
        first reason recorded sticks.  Domain 0 would halt the host: not modelled.

        Hypercall: sched_op 29 / SCHEDOP_shutdown 2.
        Caller: guest.
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        """
        return self._bound[76](reason)

    def sched_shutdown_code(self, reason: int) -> CallResult:
        """Record a shutdown reason without shutting down (a crash dump to come); a reason
        already recorded is kept.

        Hypercall: sched_op 29 / SCHEDOP_shutdown_code 5.
        Caller: guest.
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        """
        return self._bound[77](reason)

    def sched_poll(self, ports: Sequence[int], nr_ports: int | None = None, timeout: int = 0) -> CallResult:
        """Block the vcpu until one of the ports is pending (or the timeout); returns at once
        if one already is or an upcall is due.  The reason says whether it blocked.

        Hypercall: sched_op 29 / SCHEDOP_poll 3.
        Caller: guest.
        ``ports``: the caller's ports to wait on (evtchn_port_t ports[]) (in list; length
        nr_ports; 32-bit elements; elements use port; at most 4096).
        ``nr_ports``: the number of ports (at most 128).
        ``timeout``: absolute system time to give up at, 0 for none (the engine has no
        clock: sched_poll_timeout fires it).
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        """
        return self._bound[78](ports, nr_ports, timeout)

    def sched_remote_shutdown(self, domain_id: int, reason: int) -> CallResult:
        """The toolstack (or a domain's device model) shuts a domain down with a reason; the
        first reason recorded sticks.

        Hypercall: sched_op 29 / SCHEDOP_remote_shutdown 4.
        Caller: toolstack.
        ``domain_id``: the domain (DOMID_SELF is not translated).
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EFAULT.
        """
        return self._bound[79](domain_id, reason)

    def sched_watchdog(self, id: int, timeout: int) -> CallResult:
        """Arm a domain watchdog: id 0 takes a free one of the two and returns its id; id 1 or
        2 re-arms it, or with timeout 0 frees it.

        Hypercall: sched_op 29 / SCHEDOP_watchdog 6.
        Caller: guest.
        ``id``: 0 for a new watchdog, or the id of one in use.
        ``timeout``: seconds until it fires; 0 frees the watchdog.
        Returns: the new watchdog's id (1 or 2) when id is 0, otherwise 0.
        Documented codes (doc): EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[80](id, timeout)

    def sched_op_raw(self, cmd: int) -> CallResult:
        """sched_op with any cmd and an unreadable (NULL) argument: yield and block run, a 4.2
        sub-op with an argument fails to copy it in, any other cmd is unknown.

        Hypercall: sched_op 29.
        Caller: guest.
        ``cmd``: the sub-op.
        Documented codes (doc): EFAULT, ENOSYS.
        Documented codes (xen-4.2): EFAULT, ENOSYS.
        """
        return self._bound[81](cmd)

    def domain_resume(self, domid: int) -> CallResult:
        """Undo a shutdown (XEN_DOMCTL_resumedomain): the vcpus paused for it run again and the
        recorded reason is forgotten.

        Hypercall: domctl 36 / XEN_DOMCTL_resumedomain 27.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[82](domid)

    def sched_watchdog_expire(self, domid: int, id: int) -> CallResult:
        """A domain's watchdog timer fires: the domain shuts down with reason watchdog (first
        reason sticks), unless it is already shutting down or dying.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``id``: the watchdog's id (1 or 2).
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[83](domid, id)

    def sched_poll_timeout(self, domid: int, vcpu: int = 0) -> CallResult:
        """The timeout of a vcpu's poll passes: the vcpu stops polling and runs.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``vcpu``: the polling vcpu.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[84](domid, vcpu)
