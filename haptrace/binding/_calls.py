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

CATALOGUE_REVISION = "f10421546d9cef44"

CALL_NAMES = ('memshr_control', 'memshr_ring_enable', 'memshr_ring_disable', 'memshr_domain_resume', 'memshr_nominate_gfn', 'memshr_nominate_gref', 'memshr_share_gfns', 'memshr_share_grefs', 'memshr_add_to_physmap', 'memshr_debug_gfn', 'memshr_debug_gref', 'memshr_audit', 'sharing_freed_pages', 'sharing_used_frames', 'mem_paging_enable', 'mem_paging_disable', 'mem_paging_nominate', 'mem_paging_evict', 'mem_paging_prep', 'mem_paging_load', 'mem_access_enable', 'mem_access_disable', 'mem_access_resume', 'hvm_set_mem_access', 'hvm_get_mem_access', 'increase_reservation', 'decrease_reservation', 'populate_physmap', 'current_reservation', 'maximum_reservation', 'maximum_ram_page', 'remove_from_physmap', 'domain_getinfo', 'domain_setmaxmem', 'domain_pause', 'domain_unpause', 'domain_create', 'domain_destroy', 'caller_privilege', 'set_hvm_param', 'assign_device', 'hvm_set_mem_type', 'shadow_logdirty', 'domain_memory_mapping', 'guest_read', 'guest_write', 'foreign_map', 'foreign_unmap', 'grant_access', 'grant_end_access', 'grant_map', 'grant_unmap', 'ring_get_request', 'ring_put_response', 'evtchn_send', 'domain_set_max_evtchn', 'inject_fault', 'tmem_new_pool', 'tmem_destroy_pool', 'tmem_new_page', 'tmem_put_page', 'tmem_get_page', 'tmem_flush_page', 'tmem_flush_object', 'tmem_read', 'tmem_write', 'tmem_xchg', 'tmem_op_other', 'tmem_auth', 'tmem_restore_new_pool', 'tmem_control_thaw', 'tmem_control_freeze', 'tmem_control_flush', 'tmem_control_destroy', 'tmem_control_list', 'tmem_control_set_weight', 'tmem_control_set_cap', 'tmem_control_set_compress', 'tmem_control_query_freeable_mb', 'tmem_control_save_begin', 'tmem_control_save_get_version', 'tmem_control_save_get_maxpools', 'tmem_control_save_get_client_weight', 'tmem_control_save_get_client_cap', 'tmem_control_save_get_client_flags', 'tmem_control_save_get_pool_flags', 'tmem_control_save_get_pool_npages', 'tmem_control_save_get_pool_uuid', 'tmem_control_save_get_next_page', 'tmem_control_save_get_next_inv', 'tmem_control_save_end', 'tmem_control_restore_begin', 'tmem_control_restore_put_page', 'tmem_control_restore_flush_page', 'tmem_control_other', )

# A parameter that must be given but comes after a list's optional length argument.
REQUIRED: Any = object()

# Results without outputs, by packed value, one table per call.  A result is an
# immutable value, the same for every machine, and building a tuple subclass costs
# more than a dict lookup: the per-call functions hand out these shared instances.
KNOWN_LIMIT = 512  # per call: value calls return many different values
KNOWN_RESULTS: tuple[dict[int, CallResult], ...] = tuple(
    {} for _ in range(95)
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

    def tmem_new_pool(uuid: Sequence[int], flags: int) -> CallResult:
        return call_lists(57, (uuid, flags, ))

    known58 = KNOWN_RESULTS[58]
    def tmem_destroy_pool(pool_id: int) -> CallResult:
        try:
            packed = call1(machine, 58, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(58, (pool_id, )) from None
        result = known58.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known58, 58, packed)
        raise refused(58, packed >> 16, (pool_id, ))

    def tmem_new_page(pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(59, (pool_id, oid, index, ))

    def tmem_put_page(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(60, (pool_id, oid, index, cmfn, ))

    def tmem_get_page(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(61, (pool_id, oid, index, cmfn, ))

    def tmem_flush_page(pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(62, (pool_id, oid, index, ))

    def tmem_flush_object(pool_id: int, oid: Sequence[int]) -> CallResult:
        return call_lists(63, (pool_id, oid, ))

    def tmem_read(pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        return call_lists(64, (pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn, ))

    def tmem_write(pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        return call_lists(65, (pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn, ))

    def tmem_xchg(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(66, (pool_id, oid, index, cmfn, ))

    known67 = KNOWN_RESULTS[67]
    def tmem_op_other(cmd: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 67, cmd, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(67, (cmd, pool_id, )) from None
        result = known67.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known67, 67, packed)
        raise refused(67, packed >> 16, (cmd, pool_id, ))

    def tmem_auth(cli_id: int, uuid: Sequence[int], auth: int) -> CallResult:
        return call_lists(68, (cli_id, uuid, auth, ))

    def tmem_restore_new_pool(cli_id: int, pool_id: int, flags: int, uuid: Sequence[int]) -> CallResult:
        return call_lists(69, (cli_id, pool_id, flags, uuid, ))

    known70 = KNOWN_RESULTS[70]
    def tmem_control_thaw(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 70, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(70, (cli_id, )) from None
        result = known70.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known70, 70, packed)
        raise refused(70, packed >> 16, (cli_id, ))

    known71 = KNOWN_RESULTS[71]
    def tmem_control_freeze(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 71, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(71, (cli_id, )) from None
        result = known71.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known71, 71, packed)
        raise refused(71, packed >> 16, (cli_id, ))

    known72 = KNOWN_RESULTS[72]
    def tmem_control_flush(cli_id: int, kb: int) -> CallResult:
        try:
            packed = call2(machine, 72, cli_id, kb)
        except (TypeError, OverflowError):
            raise bad_value(72, (cli_id, kb, )) from None
        result = known72.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known72, 72, packed)
        raise refused(72, packed >> 16, (cli_id, kb, ))

    known73 = KNOWN_RESULTS[73]
    def tmem_control_destroy(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 73, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(73, (cli_id, )) from None
        result = known73.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known73, 73, packed)
        raise refused(73, packed >> 16, (cli_id, ))

    def tmem_control_list(cli_id: int, len: int | None = None, use_long: int = REQUIRED) -> CallResult:
        return call_lists(74, (cli_id, len, use_long, ))

    known75 = KNOWN_RESULTS[75]
    def tmem_control_set_weight(cli_id: int, weight: int) -> CallResult:
        try:
            packed = call2(machine, 75, cli_id, weight)
        except (TypeError, OverflowError):
            raise bad_value(75, (cli_id, weight, )) from None
        result = known75.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known75, 75, packed)
        raise refused(75, packed >> 16, (cli_id, weight, ))

    known76 = KNOWN_RESULTS[76]
    def tmem_control_set_cap(cli_id: int, cap: int) -> CallResult:
        try:
            packed = call2(machine, 76, cli_id, cap)
        except (TypeError, OverflowError):
            raise bad_value(76, (cli_id, cap, )) from None
        result = known76.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known76, 76, packed)
        raise refused(76, packed >> 16, (cli_id, cap, ))

    known77 = KNOWN_RESULTS[77]
    def tmem_control_set_compress(cli_id: int, compress: int) -> CallResult:
        try:
            packed = call2(machine, 77, cli_id, compress)
        except (TypeError, OverflowError):
            raise bad_value(77, (cli_id, compress, )) from None
        result = known77.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known77, 77, packed)
        raise refused(77, packed >> 16, (cli_id, compress, ))

    known78 = KNOWN_RESULTS[78]
    def tmem_control_query_freeable_mb() -> CallResult:
        try:
            packed = call0(machine, 78)
        except (TypeError, OverflowError):
            raise bad_value(78, ()) from None
        result = known78.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known78, 78, packed)
        raise refused(78, packed >> 16, ())

    known79 = KNOWN_RESULTS[79]
    def tmem_control_save_begin(cli_id: int, live: int) -> CallResult:
        try:
            packed = call2(machine, 79, cli_id, live)
        except (TypeError, OverflowError):
            raise bad_value(79, (cli_id, live, )) from None
        result = known79.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known79, 79, packed)
        raise refused(79, packed >> 16, (cli_id, live, ))

    known80 = KNOWN_RESULTS[80]
    def tmem_control_save_get_version() -> CallResult:
        try:
            packed = call0(machine, 80)
        except (TypeError, OverflowError):
            raise bad_value(80, ()) from None
        result = known80.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known80, 80, packed)
        raise refused(80, packed >> 16, ())

    known81 = KNOWN_RESULTS[81]
    def tmem_control_save_get_maxpools() -> CallResult:
        try:
            packed = call0(machine, 81)
        except (TypeError, OverflowError):
            raise bad_value(81, ()) from None
        result = known81.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known81, 81, packed)
        raise refused(81, packed >> 16, ())

    known82 = KNOWN_RESULTS[82]
    def tmem_control_save_get_client_weight(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 82, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(82, (cli_id, )) from None
        result = known82.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known82, 82, packed)
        raise refused(82, packed >> 16, (cli_id, ))

    known83 = KNOWN_RESULTS[83]
    def tmem_control_save_get_client_cap(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 83, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(83, (cli_id, )) from None
        result = known83.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known83, 83, packed)
        raise refused(83, packed >> 16, (cli_id, ))

    known84 = KNOWN_RESULTS[84]
    def tmem_control_save_get_client_flags(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 84, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(84, (cli_id, )) from None
        result = known84.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known84, 84, packed)
        raise refused(84, packed >> 16, (cli_id, ))

    known85 = KNOWN_RESULTS[85]
    def tmem_control_save_get_pool_flags(cli_id: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 85, cli_id, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(85, (cli_id, pool_id, )) from None
        result = known85.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known85, 85, packed)
        raise refused(85, packed >> 16, (cli_id, pool_id, ))

    known86 = KNOWN_RESULTS[86]
    def tmem_control_save_get_pool_npages(cli_id: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 86, cli_id, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(86, (cli_id, pool_id, )) from None
        result = known86.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known86, 86, packed)
        raise refused(86, packed >> 16, (cli_id, pool_id, ))

    def tmem_control_save_get_pool_uuid(cli_id: int, pool_id: int) -> CallResult:
        return call_lists(87, (cli_id, pool_id, ))

    known88 = KNOWN_RESULTS[88]
    def tmem_control_save_get_next_page(cli_id: int, pool_id: int, bufsize: int) -> CallResult:
        try:
            packed = call3(machine, 88, cli_id, pool_id, bufsize)
        except (TypeError, OverflowError):
            raise bad_value(88, (cli_id, pool_id, bufsize, )) from None
        if packed >= 0:
            return CallResult((88, packed, out[0], out[1], out[2], out[3], out[4], out[5]))
        result = known88.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known88, 88, packed)
        raise refused(88, packed >> 16, (cli_id, pool_id, bufsize, ))

    known89 = KNOWN_RESULTS[89]
    def tmem_control_save_get_next_inv(cli_id: int, bufsize: int) -> CallResult:
        try:
            packed = call2(machine, 89, cli_id, bufsize)
        except (TypeError, OverflowError):
            raise bad_value(89, (cli_id, bufsize, )) from None
        if packed >= 0:
            return CallResult((89, packed, out[0], out[1], out[2], out[3], out[4]))
        result = known89.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known89, 89, packed)
        raise refused(89, packed >> 16, (cli_id, bufsize, ))

    known90 = KNOWN_RESULTS[90]
    def tmem_control_save_end(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 90, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(90, (cli_id, )) from None
        result = known90.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known90, 90, packed)
        raise refused(90, packed >> 16, (cli_id, ))

    known91 = KNOWN_RESULTS[91]
    def tmem_control_restore_begin(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 91, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(91, (cli_id, )) from None
        result = known91.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known91, 91, packed)
        raise refused(91, packed >> 16, (cli_id, ))

    def tmem_control_restore_put_page(cli_id: int, pool_id: int, oid: Sequence[int], index: int, data: int, bufsize: int) -> CallResult:
        return call_lists(92, (cli_id, pool_id, oid, index, data, bufsize, ))

    def tmem_control_restore_flush_page(cli_id: int, pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(93, (cli_id, pool_id, oid, index, ))

    known94 = KNOWN_RESULTS[94]
    def tmem_control_other(subop: int, cli_id: int) -> CallResult:
        try:
            packed = call2(machine, 94, subop, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(94, (subop, cli_id, )) from None
        result = known94.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known94, 94, packed)
        raise refused(94, packed >> 16, (subop, cli_id, ))

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
        tmem_new_pool,
        tmem_destroy_pool,
        tmem_new_page,
        tmem_put_page,
        tmem_get_page,
        tmem_flush_page,
        tmem_flush_object,
        tmem_read,
        tmem_write,
        tmem_xchg,
        tmem_op_other,
        tmem_auth,
        tmem_restore_new_pool,
        tmem_control_thaw,
        tmem_control_freeze,
        tmem_control_flush,
        tmem_control_destroy,
        tmem_control_list,
        tmem_control_set_weight,
        tmem_control_set_cap,
        tmem_control_set_compress,
        tmem_control_query_freeable_mb,
        tmem_control_save_begin,
        tmem_control_save_get_version,
        tmem_control_save_get_maxpools,
        tmem_control_save_get_client_weight,
        tmem_control_save_get_client_cap,
        tmem_control_save_get_client_flags,
        tmem_control_save_get_pool_flags,
        tmem_control_save_get_pool_npages,
        tmem_control_save_get_pool_uuid,
        tmem_control_save_get_next_page,
        tmem_control_save_get_next_inv,
        tmem_control_save_end,
        tmem_control_restore_begin,
        tmem_control_restore_put_page,
        tmem_control_restore_flush_page,
        tmem_control_other,
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
        Output ``flags``: XEN_DOMINF_* bits: dying 1, hvm_guest 2, shutdown 4, paused 8; the
        shutdown reason (crash 3) in bits 16 and up.
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

    def tmem_new_pool(self, uuid: Sequence[int], flags: int) -> CallResult:
        """Create a pool in the caller's lowest free slot, or join the live shared pool with
        the same uuid (a shared pool with uuid all ones, or without authorisation under
        tmem_shared_auth, is made private).

        Hypercall: tmem_op 38 / TMEM_NEW_POOL 1.
        Caller: guest.
        ``uuid``: the shared pool's uuid: uuid[0], uuid[1] (in list; 2 elements; 64-bit
        elements; at most 4096).
        ``flags``: TMEM_POOL_* flags.
        Output ``pool_id``: the new pool's local id (the value).
        Returns: the pool's local id, 0..15.
        Documented codes (doc): EPERM, ENOMEM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOMEM, ENODEV.
        """
        return self._bound[57](uuid, flags)

    def tmem_destroy_pool(self, pool_id: int) -> CallResult:
        """Empty the caller's slot and flush the pool (leave it, if others share it).

        Hypercall: tmem_op 38 / TMEM_DESTROY_POOL 2.
        Caller: guest.
        ``pool_id``: the pool to destroy (any value: no pool check).
        Returns: 1: a pool was destroyed; 0: the slot was empty or pool_id is 16 or more.
        Documented codes (doc): ENOMEM, ENODEV.
        Documented codes (xen-4.2): ENOMEM, ENODEV.
        """
        return self._bound[58](pool_id)

    def tmem_new_page(self, pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        """Store a page of zeroes under (oid, index): a put that copies nothing.

        Hypercall: tmem_op 38 / TMEM_NEW_PAGE 3.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        Returns: 1 (the page is stored; never 0).
        Documented codes (doc): ENOMEM, ENODEV, ENOSPC, EFROZEN.
        Documented codes (xen-4.2): ENOMEM, ENODEV, ENOSPC, EFROZEN.
        """
        return self._bound[59](pool_id, oid, index)

    def tmem_put_page(self, pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        """Copy the caller's page at cmfn into the pool under (oid, index), replacing what the
        key held.

        Hypercall: tmem_op 38 / TMEM_PUT_PAGE 4.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        ``cmfn``: a gfn of the calling domain: the page copied from (put, write) or to (get,
        read).
        Returns: 1 (the page is stored; never 0).
        Documented codes (doc): ENOMEM, EFAULT, ENODEV, ENOSPC, EFROZEN.
        Documented codes (xen-4.2): ENOMEM, EFAULT, ENODEV, ENOSPC, EFROZEN.
        """
        return self._bound[60](pool_id, oid, index, cmfn)

    def tmem_get_page(self, pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        """Copy the page under (oid, index) to the caller's cmfn; a private ephemeral pool
        gives it up (the get is destructive), a shared one moves it to the LRU tail.

        Hypercall: tmem_op 38 / TMEM_GET_PAGE 5.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        ``cmfn``: a gfn of the calling domain: the page copied from (put, write) or to (get,
        read).
        Returns: 1: the page was copied; 0: no such object or page (a miss).
        Documented codes (doc): ENOMEM, EFAULT, ENODEV, EEMPTY.
        Documented codes (xen-4.2): ENOMEM, EFAULT, ENODEV, EEMPTY.
        """
        return self._bound[61](pool_id, oid, index, cmfn)

    def tmem_flush_page(self, pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        """Drop the page under (oid, index), if there is one.

        Hypercall: tmem_op 38 / TMEM_FLUSH_PAGE 6.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        Returns: 1, whether or not the page was there.
        Documented codes (doc): ENOMEM, ENODEV, EFROZEN.
        Documented codes (xen-4.2): ENOMEM, ENODEV, EFROZEN.
        """
        return self._bound[62](pool_id, oid, index)

    def tmem_flush_object(self, pool_id: int, oid: Sequence[int]) -> CallResult:
        """Drop the object oid with all its pages, if there is one.

        Hypercall: tmem_op 38 / TMEM_FLUSH_OBJECT 7.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        Returns: 1, whether or not the page was there.
        Documented codes (doc): ENOMEM, ENODEV, EFROZEN.
        Documented codes (xen-4.2): ENOMEM, ENODEV, EFROZEN.
        """
        return self._bound[63](pool_id, oid)

    def tmem_read(self, pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        """A get of len bytes from tmem_offset of the page to pfn_offset of cmfn (destructive
        in a private ephemeral pool, like a get).

        Hypercall: tmem_op 38 / TMEM_READ 8.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        ``tmem_offset``: offset in the tmem page.
        ``pfn_offset``: offset in the guest page.
        ``len``: bytes to copy (4096 with both offsets 0: the whole page).
        ``cmfn``: a gfn of the calling domain: the page copied from (put, write) or to (get,
        read).
        Returns: 1: the page was copied; 0: no such object or page (a miss) (4.2.0 copies
        nothing for a range beyond the page, and still says 1).
        Documented codes (doc): ENOMEM, EFAULT, ENODEV, EINVAL, EEMPTY.
        Documented codes (xen-4.2): ENOMEM, EFAULT, ENODEV, EEMPTY.
        """
        return self._bound[64](pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn)

    def tmem_write(self, pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        """A put of len bytes from pfn_offset of cmfn to tmem_offset of the page (into a fresh
        frame: the rest of the page is what that frame held before).

        Hypercall: tmem_op 38 / TMEM_WRITE 9.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        ``tmem_offset``: offset in the tmem page.
        ``pfn_offset``: offset in the guest page.
        ``len``: bytes to copy (4096 with both offsets 0: the whole page).
        ``cmfn``: a gfn of the calling domain: the page copied from (put, write) or to (get,
        read).
        Returns: 1 (the page is stored; never 0) (4.2.0 copies nothing for a range beyond
        the page).
        Documented codes (doc): ENOMEM, EFAULT, ENODEV, EINVAL, ENOSPC, EFROZEN.
        Documented codes (xen-4.2): ENOMEM, EFAULT, ENODEV, ENOSPC, EFROZEN.
        """
        return self._bound[65](pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn)

    def tmem_xchg(self, pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        """TMEM_XCHG: not implemented in Xen; 0 after the pool check.

        Hypercall: tmem_op 38 / TMEM_XCHG 10.
        Caller: guest.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page's index within the object.
        ``cmfn``: a gfn of the calling domain: the page copied from (put, write) or to (get,
        read).
        Returns: 0.
        Documented codes (doc): ENOMEM, ENODEV.
        Documented codes (xen-4.2): ENOMEM, ENODEV.
        """
        return self._bound[66](pool_id, oid, index, cmfn)

    def tmem_op_other(self, cmd: int, pool_id: int) -> CallResult:
        """tmem_op with a command Xen does not define: 0 after making the caller's client and
        the pool check (not ENOSYS).  The engine refuses the defined commands (0-10, 101,
        102): each is a call of its own.

        Hypercall: tmem_op 38.
        Caller: guest.
        ``cmd``: the command number.
        ``pool_id``: the caller's pool id (a local id 0..15; compared unsigned).
        Returns: 0.
        Documented codes (doc): ENOMEM, ENODEV.
        Documented codes (xen-4.2): ENOMEM, ENODEV.
        """
        return self._bound[67](cmd, pool_id)

    def tmem_auth(self, cli_id: int, uuid: Sequence[int], auth: int) -> CallResult:
        """xc_tmem_auth: allow (auth 1) or forbid (auth 0) a client to create or join the
        shared pool uuid; cli_id 0xffff sets the global switch that lets every uuid through.
        No privilege check in any 4.x tmem_op path.

        Hypercall: tmem_op 38 / TMEM_AUTH 101.
        Caller: toolstack.
        ``cli_id``: the client to authorise; Xen keeps the low 16 bits, and 0xffff
        (CLI_ID_NULL) means every client.
        ``uuid``: the shared pool uuid (in list; 2 elements; 64-bit elements; at most 4096).
        ``auth``: 1 to allow, 0 to forbid (Xen keeps the low 8 bits).
        Returns: 1: the uuid is (or was) in the table, or the global switch was set; 0:
        forbidding a uuid the table does not hold.
        Documented codes (doc): ENOMEM, ENODEV, EINVAL.
        Documented codes (xen-4.2): ENOMEM, ENODEV, EINVAL.
        """
        return self._bound[68](cli_id, uuid, auth)

    def tmem_restore_new_pool(self, cli_id: int, pool_id: int, flags: int, uuid: Sequence[int]) -> CallResult:
        """xc_tmem_restore_new_pool: create a pool in slot pool_id of client cli_id (cli_id
        0xffff: like new_pool, for the caller).  No privilege check in any 4.x tmem_op path.

        Hypercall: tmem_op 38 / TMEM_RESTORE_NEW 102.
        Caller: toolstack.
        ``cli_id``: the client to create the pool in; Xen keeps the low 16 bits, and 0xffff
        (CLI_ID_NULL) means every client.
        ``pool_id``: the slot to create the pool in (ignored for cli_id 0xffff).
        ``flags``: TMEM_POOL_* flags.
        ``uuid``: the shared pool's uuid (in list; 2 elements; 64-bit elements; at most
        4096).
        Returns: the pool's local id.
        Documented codes (doc): EPERM, ENOMEM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOMEM, ENODEV.
        """
        return self._bound[69](cli_id, pool_id, flags, uuid)

    def tmem_control_thaw(self, cli_id: int) -> CallResult:
        """Thaw a client (or every client, cli_id 0xffff): puts are allowed again.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_THAW 0.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[70](cli_id)

    def tmem_control_freeze(self, cli_id: int) -> CallResult:
        """Freeze a client (or every client): new keys are refused with EFROZEN.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_FREEZE 1.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[71](cli_id)

    def tmem_control_flush(self, cli_id: int, kb: int) -> CallResult:
        """Evict ephemeral pages until tmem holds kb KiB of free frames, then give every free
        frame tmem holds back to the heap.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_FLUSH 2.
        Caller: toolstack.
        ``cli_id``: must be 0xffff (every client); Xen keeps the low 16 bits, and 0xffff
        (CLI_ID_NULL) means every client.
        ``kb``: KiB wanted.
        Returns: the KiB given back (4 x the frames tmem held after evicting; may differ
        from kb).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[72](cli_id, kb)

    def tmem_control_destroy(self, cli_id: int) -> CallResult:
        """Named destroy, but 4.2 only thaws the client (or every client): nothing is
        destroyed.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_DESTROY 3.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[73](cli_id)

    def tmem_control_list(self, cli_id: int, len: int | None = None, use_long: int = REQUIRED) -> CallResult:
        """The text report of one client (C= and P= lines) or of everything (cli_id 0xffff: G=,
        S=, C=, P= and T= lines) into buf; lines that do not fit are left out.  Cycle counts
        read 0 (the emulated host has no clock); the engine refuses use_long 1.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_LIST 4.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        ``len``: the buffer's size in bytes (arg1).
        ``use_long``: arg2: 0 for the short report (the long one is refused).
        ``buf``: the report: lines of text, each ending in a newline, NUL after the last
        (out list; length len; 8-bit elements; at most 65536).
        Returns: 0 whatever was written.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[74](cli_id, len, use_long)

    def tmem_control_set_weight(self, cli_id: int, weight: int) -> CallResult:
        """Set a client's weight (or every client's): it steers which LRU eviction scans.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SET_WEIGHT 5.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        ``weight``: the weight (arg1).
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[75](cli_id, weight)

    def tmem_control_set_cap(self, cli_id: int, cap: int) -> CallResult:
        """Set a client's cap (or every client's): stored and reported, never enforced.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SET_CAP 6.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        ``cap``: the cap (arg1).
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[76](cli_id, cap)

    def tmem_control_set_compress(self, cli_id: int, compress: int) -> CallResult:
        """Turn a client's compression on or off (or every client's; no effect on x86_32).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SET_COMPRESS 7.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        ``compress``: non-zero turns compression on (arg1).
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[77](cli_id, compress)

    def tmem_control_query_freeable_mb(self) -> CallResult:
        """MiB tmem could give back: its free frames and its ephemeral pages.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_QUERY_FREEABLE_MB 8.
        Caller: toolstack.
        Returns: (free frames tmem holds + ephemeral pages) >> 8.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        """
        return self._bound[78]()

    def tmem_control_save_begin(self, cli_id: int, live: int) -> CallResult:
        """Start saving a client: freeze it (remembering whether it was frozen) and, with live
        set, mark it live-migrating.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_BEGIN 10.
        Caller: toolstack.
        ``cli_id``: the client to save; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``live``: non-zero: live migration (arg1).
        Returns: 1: started; 0: no such client, or it has no pool.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        """
        return self._bound[79](cli_id, live)

    def tmem_control_save_get_version(self) -> CallResult:
        """The tmem spec version.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_VERSION 11.
        Caller: toolstack.
        Returns: 1 (TMEM_SPEC_VERSION).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        """
        return self._bound[80]()

    def tmem_control_save_get_maxpools(self) -> CallResult:
        """The pools a client may have.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_MAXPOOLS 12.
        Caller: toolstack.
        Returns: 16 (MAX_POOLS_PER_DOMAIN).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        """
        return self._bound[81]()

    def tmem_control_save_get_client_weight(self, cli_id: int) -> CallResult:
        """A client's weight.  A weight of 2^31 or more reads back as a negative number, which
        libxc cannot tell from an error: the engine refuses to read one (but 0xffffffff and
        0xfffffffe, which Xen turns into -2).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_CLIENT_WEIGHT 13.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: the weight.
        Documented codes (doc): EPERM, ENOENT, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOENT, ENODEV.
        """
        return self._bound[82](cli_id)

    def tmem_control_save_get_client_cap(self, cli_id: int) -> CallResult:
        """A client's cap (read back like the weight).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_CLIENT_CAP 14.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: the cap.
        Documented codes (doc): EPERM, ENOENT, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOENT, ENODEV.
        """
        return self._bound[83](cli_id)

    def tmem_control_save_get_client_flags(self, cli_id: int) -> CallResult:
        """A client's flags: compress (1) and whether it was frozen before save_begin (2).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_CLIENT_FLAGS 15.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: TMEM_CLIENT_COMPRESS | TMEM_CLIENT_FROZEN (was_frozen, not frozen).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[84](cli_id)

    def tmem_control_save_get_pool_flags(self, cli_id: int, pool_id: int) -> CallResult:
        """A pool's flags as new_pool takes them (4.2.0 leaves out the spec version, so its own
        restore refuses them).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_POOL_FLAGS 16.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        Returns: persist | shared << 1 | pageshift << 4, and in doc spec version 1 << 24.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[85](cli_id, pool_id)

    def tmem_control_save_get_pool_npages(self, cli_id: int, pool_id: int) -> CallResult:
        """The pages a pool holds.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_POOL_NPAGES 17.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        Returns: the page count.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[86](cli_id, pool_id)

    def tmem_control_save_get_pool_uuid(self, cli_id: int, pool_id: int) -> CallResult:
        """A pool's uuid into buf (4.2.0 then runs on into SAVE_END: the client is thawed back
        to its state before save_begin and stops live-migrating).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_POOL_UUID 18.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        ``uuid``: the pool's uuid[0], uuid[1] (out list; 2 elements; 64-bit elements; at
        most 4096).
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[87](cli_id, pool_id)

    def tmem_control_save_get_next_page(self, cli_id: int, pool_id: int, bufsize: int) -> CallResult:
        """The next page of a persistent pool's save stream: its handle and its data.  The
        cursor starts at the first page and advances before it copies, so the first page is
        never returned (every version).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_NEXT_PAGE 19.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        ``bufsize``: the buffer's size in bytes (arg1).
        Output ``page_pool_id``: the handle's pool id (4.2.0 leaves it unwritten: 0).
        Output ``oid0``: the handle's oid[0].
        Output ``oid1``: the handle's oid[1].
        Output ``oid2``: the handle's oid[2].
        Output ``page_index``: the handle's page index.
        Output ``data``: the page's content token.
        Returns: 1.
        Documented codes (doc): EPERM, ENOMEM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOMEM, ENODEV.
        """
        return self._bound[88](cli_id, pool_id, bufsize)

    def tmem_control_save_get_next_inv(self, cli_id: int, bufsize: int) -> CallResult:
        """The next persistent page flushed while the client was live-migrating.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_NEXT_INV 20.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``bufsize``: the buffer's size (arg1).
        Output ``page_pool_id``: the handle's pool id (4.2.0 leaves it unwritten: 0).
        Output ``oid0``: the handle's oid[0].
        Output ``oid1``: the handle's oid[1].
        Output ``oid2``: the handle's oid[2].
        Output ``page_index``: the handle's page index.
        Returns: 1: a handle; 0: none (no client, bufsize below 32, or the list was walked).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        """
        return self._bound[89](cli_id, bufsize)

    def tmem_control_save_end(self, cli_id: int) -> CallResult:
        """End saving a client: stop live-migrating, drop the flushed-page list and restore the
        frozen state save_begin saw.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_END 21.
        Caller: toolstack.
        ``cli_id``: the client saved; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[90](cli_id)

    def tmem_control_restore_begin(self, cli_id: int) -> CallResult:
        """Make a tmem client for domain cli_id, to restore into.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_RESTORE_BEGIN 30.
        Caller: toolstack.
        ``cli_id``: the domain to restore into; Xen keeps the low 16 bits, and 0xffff
        (CLI_ID_NULL) means every client.
        Returns: 1.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[91](cli_id)

    def tmem_control_restore_put_page(self, cli_id: int, pool_id: int, oid: Sequence[int], index: int, data: int, bufsize: int) -> CallResult:
        """Put a saved page into client cli_id's pool (xc_tmem_control_oid): a put of bufsize
        bytes from the toolstack's buffer, whose content is the token data.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_RESTORE_PUT_PAGE 32.
        Caller: toolstack.
        ``cli_id``: the client restored; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page index (arg2).
        ``data``: the content token of the buffer's page.
        ``bufsize``: bytes to copy (arg1; 4096: the whole page).
        Returns: 1 (the page is stored; never 0).
        Documented codes (doc): EPERM, ENOMEM, ENODEV, EINVAL, ENOSPC, EFROZEN.
        Documented codes (xen-4.2): EPERM, ENOMEM, ENODEV, ENOSPC, EFROZEN.
        """
        return self._bound[92](cli_id, pool_id, oid, index, data, bufsize)

    def tmem_control_restore_flush_page(self, cli_id: int, pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        """Flush a page of client cli_id's pool (xc_tmem_control_oid).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_RESTORE_FLUSH_PAGE 33.
        Caller: toolstack.
        ``cli_id``: the client restored; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL)
        means every client.
        ``pool_id``: the pool's local id in that client.
        ``oid``: the object id: three 64-bit words (struct oid) (in list; 3 elements; 64-bit
        elements; at most 4096).
        ``index``: the page index (arg2).
        Returns: 1, whether or not the page was there.
        Documented codes (doc): EPERM, ENODEV, EFROZEN.
        Documented codes (xen-4.2): EPERM, ENODEV, EFROZEN.
        """
        return self._bound[93](cli_id, pool_id, oid, index)

    def tmem_control_other(self, subop: int, cli_id: int) -> CallResult:
        """A control sub-op Xen does not define (9, 22-29, 31, 34 and up): -1.  The engine
        refuses the defined ones: each is a call of its own.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0.
        Caller: toolstack.
        ``subop``: the sub-op number.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: never succeeds.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        """
        return self._bound[94](subop, cli_id)
