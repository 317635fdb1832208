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

CATALOGUE_REVISION = "32855ef14f84005e"

CALL_NAMES = ('memshr_control', 'memshr_ring_enable', 'memshr_ring_disable', 'memshr_domain_resume', 'memshr_nominate_gfn', 'memshr_nominate_gref', 'memshr_share_gfns', 'memshr_share_grefs', 'memshr_add_to_physmap', 'memshr_debug_gfn', 'memshr_debug_gref', 'memshr_audit', 'memshr_range_share', 'memshr_fork', 'memshr_fork_reset', 'sharing_freed_pages', 'sharing_used_frames', 'mem_paging_enable', 'mem_paging_disable', 'mem_paging_nominate', 'mem_paging_evict', 'mem_paging_prep', 'mem_paging_load', 'mem_access_enable', 'mem_access_disable', 'mem_access_resume', 'hvm_set_mem_access', 'hvm_get_mem_access', 'mem_access_set_multi', 'set_access_required', 'increase_reservation', 'decrease_reservation', 'populate_physmap', 'current_reservation', 'maximum_reservation', 'maximum_ram_page', 'remove_from_physmap', 'maximum_gpfn', 'domain_getinfo', 'domain_setmaxmem', 'domain_pause', 'domain_unpause', 'domain_create', 'domain_destroy', 'caller_privilege', 'set_hvm_param', 'assign_device', 'hvm_set_mem_type', 'shadow_logdirty', 'domain_memory_mapping', 'guest_read', 'guest_write', 'foreign_map', 'foreign_unmap', 'grant_access', 'grant_end_access', 'grant_map', 'grant_unmap', 'ring_get_request', 'ring_put_response', 'evtchn_send', 'domain_set_max_evtchn', 'vm_event_resume', 'vm_event_get_version', 'inject_fault', 'createdomain', 'destroydomain', 'getdomaininfo', 'getdomaininfolist', 'physinfo', 'get_hvm_param', 'getpageframeinfo3', 'monitor_op', )

# A parameter that must be given but comes after a list's optional length argument.
REQUIRED: Any = object()

# Results without outputs, by packed value, one table per call.  A result is an
# immutable value, the same for every machine, and building a tuple subclass costs
# more than a dict lookup: the per-call functions hand out these shared instances.
KNOWN_LIMIT = 512  # per call: value calls return many different values
KNOWN_RESULTS: tuple[dict[int, CallResult], ...] = tuple(
    {} for _ in range(73)
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
    call8 = entry_points[8]

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
    def memshr_range_share(source_domain: int, client_domain: int, first_gfn: int, last_gfn: int, opaque: int = 0, pad: int = 0) -> CallResult:
        try:
            packed = call6(machine, 12, source_domain, client_domain, first_gfn, last_gfn, opaque, pad)
        except (TypeError, OverflowError):
            raise bad_value(12, (source_domain, client_domain, first_gfn, last_gfn, opaque, pad, )) from None
        result = known12.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known12, 12, packed)
        raise refused(12, packed >> 16, (source_domain, client_domain, first_gfn, last_gfn, opaque, pad, ))

    known13 = KNOWN_RESULTS[13]
    def memshr_fork(domid: int, parent_domain: int, flags: int = 0, pad: int = 0) -> CallResult:
        try:
            packed = call4(machine, 13, domid, parent_domain, flags, pad)
        except (TypeError, OverflowError):
            raise bad_value(13, (domid, parent_domain, flags, pad, )) from None
        result = known13.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known13, 13, packed)
        raise refused(13, packed >> 16, (domid, parent_domain, flags, pad, ))

    known14 = KNOWN_RESULTS[14]
    def memshr_fork_reset(domid: int, flags: int = 0, pad: int = 0) -> CallResult:
        try:
            packed = call3(machine, 14, domid, flags, pad)
        except (TypeError, OverflowError):
            raise bad_value(14, (domid, flags, pad, )) from None
        result = known14.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known14, 14, packed)
        raise refused(14, packed >> 16, (domid, flags, pad, ))

    known15 = KNOWN_RESULTS[15]
    def sharing_freed_pages() -> CallResult:
        try:
            packed = call0(machine, 15)
        except (TypeError, OverflowError):
            raise bad_value(15, ()) from None
        result = known15.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known15, 15, packed)
        raise refused(15, packed >> 16, ())

    known16 = KNOWN_RESULTS[16]
    def sharing_used_frames() -> CallResult:
        try:
            packed = call0(machine, 16)
        except (TypeError, OverflowError):
            raise bad_value(16, ()) from None
        result = known16.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known16, 16, packed)
        raise refused(16, packed >> 16, ())

    known17 = KNOWN_RESULTS[17]
    def mem_paging_enable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 17, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(17, (domain_id, )) from None
        if packed >= 0:
            return CallResult((17, packed, out[0]))
        result = known17.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known17, 17, packed)
        raise refused(17, packed >> 16, (domain_id, ))

    known18 = KNOWN_RESULTS[18]
    def mem_paging_disable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 18, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(18, (domain_id, )) from None
        result = known18.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known18, 18, packed)
        raise refused(18, packed >> 16, (domain_id, ))

    known19 = KNOWN_RESULTS[19]
    def mem_paging_nominate(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 19, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(19, (domain_id, gfn, )) from None
        result = known19.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known19, 19, packed)
        raise refused(19, packed >> 16, (domain_id, gfn, ))

    known20 = KNOWN_RESULTS[20]
    def mem_paging_evict(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 20, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(20, (domain_id, gfn, )) from None
        result = known20.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known20, 20, packed)
        raise refused(20, packed >> 16, (domain_id, gfn, ))

    known21 = KNOWN_RESULTS[21]
    def mem_paging_prep(domain_id: int, gfn: int) -> CallResult:
        try:
            packed = call2(machine, 21, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(21, (domain_id, gfn, )) from None
        result = known21.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known21, 21, packed)
        raise refused(21, packed >> 16, (domain_id, gfn, ))

    known22 = KNOWN_RESULTS[22]
    def mem_paging_load(domain_id: int, gfn: int, buffer: int) -> CallResult:
        try:
            packed = call3(machine, 22, domain_id, gfn, buffer)
        except (TypeError, OverflowError):
            raise bad_value(22, (domain_id, gfn, buffer, )) from None
        result = known22.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known22, 22, packed)
        raise refused(22, packed >> 16, (domain_id, gfn, buffer, ))

    known23 = KNOWN_RESULTS[23]
    def mem_access_enable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 23, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(23, (domain_id, )) from None
        if packed >= 0:
            return CallResult((23, packed, out[0]))
        result = known23.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known23, 23, packed)
        raise refused(23, packed >> 16, (domain_id, ))

    known24 = KNOWN_RESULTS[24]
    def mem_access_disable(domain_id: int) -> CallResult:
        try:
            packed = call1(machine, 24, domain_id)
        except (TypeError, OverflowError):
            raise bad_value(24, (domain_id, )) from None
        result = known24.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known24, 24, packed)
        raise refused(24, packed >> 16, (domain_id, ))

    known25 = KNOWN_RESULTS[25]
    def mem_access_resume(domain_id: int, gfn: int = 0) -> CallResult:
        try:
            packed = call2(machine, 25, domain_id, gfn)
        except (TypeError, OverflowError):
            raise bad_value(25, (domain_id, gfn, )) from None
        result = known25.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known25, 25, packed)
        raise refused(25, packed >> 16, (domain_id, gfn, ))

    known26 = KNOWN_RESULTS[26]
    def hvm_set_mem_access(dom: int, memaccess: int, first_pfn: int, nr: int) -> CallResult:
        try:
            packed = call4(machine, 26, dom, memaccess, first_pfn, nr)
        except (TypeError, OverflowError):
            raise bad_value(26, (dom, memaccess, first_pfn, nr, )) from None
        result = known26.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known26, 26, packed)
        raise refused(26, packed >> 16, (dom, memaccess, first_pfn, nr, ))

    known27 = KNOWN_RESULTS[27]
    def hvm_get_mem_access(dom: int, pfn: int) -> CallResult:
        try:
            packed = call2(machine, 27, dom, pfn)
        except (TypeError, OverflowError):
            raise bad_value(27, (dom, pfn, )) from None
        if packed >= 0:
            return CallResult((27, packed, out[0]))
        result = known27.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known27, 27, packed)
        raise refused(27, packed >> 16, (dom, pfn, ))

    def mem_access_set_multi(domain_id: int, nr: int | None = None, entries: Sequence[Sequence[int]] = REQUIRED) -> CallResult:
        return call_lists(28, (domain_id, nr, entries, ))

    known29 = KNOWN_RESULTS[29]
    def set_access_required(domain_id: int, access_required: int) -> CallResult:
        try:
            packed = call2(machine, 29, domain_id, access_required)
        except (TypeError, OverflowError):
            raise bad_value(29, (domain_id, access_required, )) from None
        result = known29.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known29, 29, packed)
        raise refused(29, packed >> 16, (domain_id, access_required, ))

    def increase_reservation(domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0) -> CallResult:
        return call_lists(30, (domid, nr_extents, extent_order, mem_flags, ))

    def decrease_reservation(domid: int, nr_extents: int | None = None, extent_order: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(31, (domid, nr_extents, extent_order, extent_start, ))

    def populate_physmap(domid: int, nr_extents: int | None = None, extent_order: int = 0, mem_flags: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(32, (domid, nr_extents, extent_order, mem_flags, extent_start, ))

    known33 = KNOWN_RESULTS[33]
    def current_reservation(domid: int) -> CallResult:
        try:
            packed = call1(machine, 33, domid)
        except (TypeError, OverflowError):
            raise bad_value(33, (domid, )) from None
        result = known33.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known33, 33, packed)
        raise refused(33, packed >> 16, (domid, ))

    known34 = KNOWN_RESULTS[34]
    def maximum_reservation(domid: int) -> CallResult:
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
    def maximum_ram_page() -> CallResult:
        try:
            packed = call0(machine, 35)
        except (TypeError, OverflowError):
            raise bad_value(35, ()) from None
        result = known35.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known35, 35, packed)
        raise refused(35, packed >> 16, ())

    known36 = KNOWN_RESULTS[36]
    def remove_from_physmap(domid: int, gpfn: int) -> CallResult:
        try:
            packed = call2(machine, 36, domid, gpfn)
        except (TypeError, OverflowError):
            raise bad_value(36, (domid, gpfn, )) from None
        result = known36.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known36, 36, packed)
        raise refused(36, packed >> 16, (domid, gpfn, ))

    known37 = KNOWN_RESULTS[37]
    def maximum_gpfn(domid: int) -> CallResult:
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
    def domain_getinfo(first_domid: int) -> CallResult:
        try:
            packed = call1(machine, 38, first_domid)
        except (TypeError, OverflowError):
            raise bad_value(38, (first_domid, )) from None
        if packed >= 0:
            return CallResult((38, packed, out[0], out[1], out[2], out[3], out[4], out[5]))
        result = known38.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known38, 38, packed)
        raise refused(38, packed >> 16, (first_domid, ))

    known39 = KNOWN_RESULTS[39]
    def domain_setmaxmem(domid: int, max_memkb: int) -> CallResult:
        try:
            packed = call2(machine, 39, domid, max_memkb)
        except (TypeError, OverflowError):
            raise bad_value(39, (domid, max_memkb, )) from None
        result = known39.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known39, 39, packed)
        raise refused(39, packed >> 16, (domid, max_memkb, ))

    known40 = KNOWN_RESULTS[40]
    def domain_pause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 40, domid)
        except (TypeError, OverflowError):
            raise bad_value(40, (domid, )) from None
        result = known40.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known40, 40, packed)
        raise refused(40, packed >> 16, (domid, ))

    known41 = KNOWN_RESULTS[41]
    def domain_unpause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 41, domid)
        except (TypeError, OverflowError):
            raise bad_value(41, (domid, )) from None
        result = known41.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known41, 41, packed)
        raise refused(41, packed >> 16, (domid, ))

    known42 = KNOWN_RESULTS[42]
    def domain_create(domid: int, pages: int, max_pages: int = 0, p2m_size: int = 0, vcpus: int = 1, flags: int = 1) -> CallResult:
        try:
            packed = call6(machine, 42, domid, pages, max_pages, p2m_size, vcpus, flags)
        except (TypeError, OverflowError):
            raise bad_value(42, (domid, pages, max_pages, p2m_size, vcpus, flags, )) from None
        result = known42.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known42, 42, packed)
        raise refused(42, packed >> 16, (domid, pages, max_pages, p2m_size, vcpus, flags, ))

    known43 = KNOWN_RESULTS[43]
    def domain_destroy(domid: int) -> CallResult:
        try:
            packed = call1(machine, 43, domid)
        except (TypeError, OverflowError):
            raise bad_value(43, (domid, )) from None
        result = known43.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known43, 43, packed)
        raise refused(43, packed >> 16, (domid, ))

    known44 = KNOWN_RESULTS[44]
    def caller_privilege(domid: int, level: int) -> CallResult:
        try:
            packed = call2(machine, 44, domid, level)
        except (TypeError, OverflowError):
            raise bad_value(44, (domid, level, )) from None
        result = known44.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known44, 44, packed)
        raise refused(44, packed >> 16, (domid, level, ))

    known45 = KNOWN_RESULTS[45]
    def set_hvm_param(dom: int, param: int, value: int) -> CallResult:
        try:
            packed = call3(machine, 45, dom, param, value)
        except (TypeError, OverflowError):
            raise bad_value(45, (dom, param, value, )) from None
        result = known45.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known45, 45, packed)
        raise refused(45, packed >> 16, (dom, param, value, ))

    known46 = KNOWN_RESULTS[46]
    def assign_device(domid: int, machine_bdf: int) -> CallResult:
        try:
            packed = call2(machine, 46, domid, machine_bdf)
        except (TypeError, OverflowError):
            raise bad_value(46, (domid, machine_bdf, )) from None
        result = known46.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known46, 46, packed)
        raise refused(46, packed >> 16, (domid, machine_bdf, ))

    known47 = KNOWN_RESULTS[47]
    def hvm_set_mem_type(dom: int, mem_type: int, first_pfn: int, nr: int) -> CallResult:
        try:
            packed = call4(machine, 47, dom, mem_type, first_pfn, nr)
        except (TypeError, OverflowError):
            raise bad_value(47, (dom, mem_type, first_pfn, nr, )) from None
        result = known47.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known47, 47, packed)
        raise refused(47, packed >> 16, (dom, mem_type, first_pfn, nr, ))

    known48 = KNOWN_RESULTS[48]
    def shadow_logdirty(domid: int, enable: int) -> CallResult:
        try:
            packed = call2(machine, 48, domid, enable)
        except (TypeError, OverflowError):
            raise bad_value(48, (domid, enable, )) from None
        result = known48.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known48, 48, packed)
        raise refused(48, packed >> 16, (domid, enable, ))

    known49 = KNOWN_RESULTS[49]
    def domain_memory_mapping(domid: int, first_gfn: int, first_mfn: int, nr_mfns: int, add_mapping: int) -> CallResult:
        try:
            packed = call5(machine, 49, domid, first_gfn, first_mfn, nr_mfns, add_mapping)
        except (TypeError, OverflowError):
            raise bad_value(49, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, )) from None
        result = known49.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known49, 49, packed)
        raise refused(49, packed >> 16, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, ))

    known50 = KNOWN_RESULTS[50]
    def guest_read(domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 50, domid, gfn, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(50, (domid, gfn, vcpu, )) from None
        if packed >= 0:
            return CallResult((50, packed, out[0]))
        result = known50.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known50, 50, packed)
        raise refused(50, packed >> 16, (domid, gfn, vcpu, ))

    known51 = KNOWN_RESULTS[51]
    def guest_write(domid: int, gfn: int, value: int = 0, vcpu: int = 0) -> CallResult:
        try:
            packed = call4(machine, 51, domid, gfn, value, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(51, (domid, gfn, value, vcpu, )) from None
        result = known51.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known51, 51, packed)
        raise refused(51, packed >> 16, (domid, gfn, value, vcpu, ))

    known52 = KNOWN_RESULTS[52]
    def foreign_map(domid: int, gfn: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 52, domid, gfn, writable)
        except (TypeError, OverflowError):
            raise bad_value(52, (domid, gfn, writable, )) from None
        if packed >= 0:
            return CallResult((52, packed, out[0]))
        result = known52.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known52, 52, packed)
        raise refused(52, packed >> 16, (domid, gfn, writable, ))

    known53 = KNOWN_RESULTS[53]
    def foreign_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 53, mapping)
        except (TypeError, OverflowError):
            raise bad_value(53, (mapping, )) from None
        result = known53.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known53, 53, packed)
        raise refused(53, packed >> 16, (mapping, ))

    known54 = KNOWN_RESULTS[54]
    def grant_access(domid: int, gfn: int, readonly: int = 0) -> CallResult:
        try:
            packed = call3(machine, 54, domid, gfn, readonly)
        except (TypeError, OverflowError):
            raise bad_value(54, (domid, gfn, readonly, )) from None
        if packed >= 0:
            return CallResult((54, packed, out[0]))
        result = known54.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known54, 54, packed)
        raise refused(54, packed >> 16, (domid, gfn, readonly, ))

    known55 = KNOWN_RESULTS[55]
    def grant_end_access(domid: int, gref: int) -> CallResult:
        try:
            packed = call2(machine, 55, domid, gref)
        except (TypeError, OverflowError):
            raise bad_value(55, (domid, gref, )) from None
        result = known55.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known55, 55, packed)
        raise refused(55, packed >> 16, (domid, gref, ))

    known56 = KNOWN_RESULTS[56]
    def grant_map(domid: int, gref: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 56, domid, gref, writable)
        except (TypeError, OverflowError):
            raise bad_value(56, (domid, gref, writable, )) from None
        if packed >= 0:
            return CallResult((56, packed, out[0]))
        result = known56.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known56, 56, packed)
        raise refused(56, packed >> 16, (domid, gref, writable, ))

    known57 = KNOWN_RESULTS[57]
    def grant_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 57, mapping)
        except (TypeError, OverflowError):
            raise bad_value(57, (mapping, )) from None
        result = known57.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known57, 57, packed)
        raise refused(57, packed >> 16, (mapping, ))

    known58 = KNOWN_RESULTS[58]
    def ring_get_request(domid: int, ring: int) -> CallResult:
        try:
            packed = call2(machine, 58, domid, ring)
        except (TypeError, OverflowError):
            raise bad_value(58, (domid, ring, )) from None
        if packed >= 0:
            return CallResult((58, packed, out[0], out[1], out[2], out[3]))
        result = known58.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known58, 58, packed)
        raise refused(58, packed >> 16, (domid, ring, ))

    known59 = KNOWN_RESULTS[59]
    def ring_put_response(domid: int, ring: int, gfn: int, vcpu_id: int, flags: int) -> CallResult:
        try:
            packed = call5(machine, 59, domid, ring, gfn, vcpu_id, flags)
        except (TypeError, OverflowError):
            raise bad_value(59, (domid, ring, gfn, vcpu_id, flags, )) from None
        result = known59.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known59, 59, packed)
        raise refused(59, packed >> 16, (domid, ring, gfn, vcpu_id, flags, ))

    known60 = KNOWN_RESULTS[60]
    def evtchn_send(domid: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 60, domid, port)
        except (TypeError, OverflowError):
            raise bad_value(60, (domid, port, )) from None
        result = known60.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known60, 60, packed)
        raise refused(60, packed >> 16, (domid, port, ))

    known61 = KNOWN_RESULTS[61]
    def domain_set_max_evtchn(domid: int, max_port: int) -> CallResult:
        try:
            packed = call2(machine, 61, domid, max_port)
        except (TypeError, OverflowError):
            raise bad_value(61, (domid, max_port, )) from None
        result = known61.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known61, 61, packed)
        raise refused(61, packed >> 16, (domid, max_port, ))

    known62 = KNOWN_RESULTS[62]
    def vm_event_resume(domid: int, ring: int) -> CallResult:
        try:
            packed = call2(machine, 62, domid, ring)
        except (TypeError, OverflowError):
            raise bad_value(62, (domid, ring, )) from None
        result = known62.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known62, 62, packed)
        raise refused(62, packed >> 16, (domid, ring, ))

    known63 = KNOWN_RESULTS[63]
    def vm_event_get_version(domid: int) -> CallResult:
        try:
            packed = call1(machine, 63, domid)
        except (TypeError, OverflowError):
            raise bad_value(63, (domid, )) from None
        if packed >= 0:
            return CallResult((63, packed, out[0]))
        result = known63.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known63, 63, packed)
        raise refused(63, packed >> 16, (domid, ))

    known64 = KNOWN_RESULTS[64]
    def inject_fault(site: int, nth: int = 1) -> CallResult:
        try:
            packed = call2(machine, 64, site, nth)
        except (TypeError, OverflowError):
            raise bad_value(64, (site, nth, )) from None
        result = known64.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known64, 64, packed)
        raise refused(64, packed >> 16, (site, nth, ))

    known65 = KNOWN_RESULTS[65]
    def createdomain(domid: int, flags: int = 0, max_vcpus: int = 1, max_evtchn_port: int = 0, max_grant_frames: int = 0, max_maptrack_frames: int = 0, grant_opts: int = 0, emulation_flags: int = 0) -> CallResult:
        try:
            packed = call8(machine, 65, domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags)
        except (TypeError, OverflowError):
            raise bad_value(65, (domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags, )) from None
        if packed >= 0:
            return CallResult((65, packed, out[0]))
        result = known65.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known65, 65, packed)
        raise refused(65, packed >> 16, (domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags, ))

    known66 = KNOWN_RESULTS[66]
    def destroydomain(domid: int) -> CallResult:
        try:
            packed = call1(machine, 66, domid)
        except (TypeError, OverflowError):
            raise bad_value(66, (domid, )) from None
        result = known66.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known66, 66, packed)
        raise refused(66, packed >> 16, (domid, ))

    def getdomaininfo(domid: int) -> CallResult:
        return call_lists(67, (domid, ))

    def getdomaininfolist(first_domain: int, max_domains: int | None = None) -> CallResult:
        return call_lists(68, (first_domain, max_domains, ))

    known69 = KNOWN_RESULTS[69]
    def physinfo() -> CallResult:
        try:
            packed = call0(machine, 69)
        except (TypeError, OverflowError):
            raise bad_value(69, ()) from None
        if packed >= 0:
            return CallResult((69, packed, out[0], out[1], out[2]))
        result = known69.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known69, 69, packed)
        raise refused(69, packed >> 16, ())

    known70 = KNOWN_RESULTS[70]
    def get_hvm_param(dom: int, param: int) -> CallResult:
        try:
            packed = call2(machine, 70, dom, param)
        except (TypeError, OverflowError):
            raise bad_value(70, (dom, param, )) from None
        if packed >= 0:
            return CallResult((70, packed, out[0]))
        result = known70.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known70, 70, packed)
        raise refused(70, packed >> 16, (dom, param, ))

    def getpageframeinfo3(domid: int, num: int | None = None, array: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(71, (domid, num, array, ))

    known72 = KNOWN_RESULTS[72]
    def monitor_op(domid: int, op: int, event: int, u_lo: int = 0, u_hi: int = 0) -> CallResult:
        try:
            packed = call5(machine, 72, domid, op, event, u_lo, u_hi)
        except (TypeError, OverflowError):
            raise bad_value(72, (domid, op, event, u_lo, u_hi, )) from None
        if packed >= 0:
            return CallResult((72, packed, out[0]))
        result = known72.get(packed)
        if result is not None:
            return result
        if packed > -65536000000:
            return remember(known72, 72, packed)
        raise refused(72, packed >> 16, (domid, op, event, u_lo, u_hi, ))

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
        memshr_range_share,
        memshr_fork,
        memshr_fork_reset,
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
        mem_access_set_multi,
        set_access_required,
        increase_reservation,
        decrease_reservation,
        populate_physmap,
        current_reservation,
        maximum_reservation,
        maximum_ram_page,
        remove_from_physmap,
        maximum_gpfn,
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
        vm_event_resume,
        vm_event_get_version,
        inject_fault,
        createdomain,
        destroydomain,
        getdomaininfo,
        getdomaininfolist,
        physinfo,
        get_hvm_param,
        getpageframeinfo3,
        monitor_op,
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

    def memshr_range_share(self, source_domain: int, client_domain: int, first_gfn: int, last_gfn: int, opaque: int = 0, pad: int = 0) -> CallResult:
        """Share every sharable gfn of [first_gfn, last_gfn] between two paused domains (4.7's
        range op; 4.17 sub-op 8).  Xen 4.2 has no such sub-op: it runs its sharing prologue
        and answers ENOSYS.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_sharing_op_range_share 8.
        Caller: toolstack.
        ``source_domain``: the domain whose pages are kept (mso.domain).
        ``client_domain``: the domain whose pages are replaced.
        ``first_gfn``: the first gfn of the range.
        ``last_gfn``: the last gfn of the range.
        ``opaque``: the continuation gfn (0: start at first_gfn).
        ``pad``: range._pad[0..2], which 4.17 requires to be 0.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[12](source_domain, client_domain, first_gfn, last_gfn, opaque, pad)

    def memshr_fork(self, domid: int, parent_domain: int, flags: int = 0, pad: int = 0) -> CallResult:
        """Make domid a fork of parent_domain (4.14's VM forking; 4.17 sub-op 9).  Xen 4.2 has
        no such sub-op: it runs its sharing prologue on domid and answers ENOSYS.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_sharing_op_fork 9.
        Caller: toolstack.
        ``domid``: the fork (mso.domain), an empty domain paused by the toolstack.
        ``parent_domain``: the domain forked.
        ``flags``: XENMEM_FORK_* bits (4.17).
        ``pad``: fork.pad, which 4.17 requires to be 0.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[13](domid, parent_domain, flags, pad)

    def memshr_fork_reset(self, domid: int, flags: int = 0, pad: int = 0) -> CallResult:
        """Reset a fork's state and/or memory to its parent's (4.17 sub-op 10).  Xen 4.2 has no
        such sub-op: it runs its sharing prologue and answers ENOSYS.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_sharing_op_fork_reset 10.
        Caller: toolstack.
        ``domid``: the fork.
        ``flags``: XENMEM_FORK_RESET_* bits (4.17).
        ``pad``: fork.pad, which 4.17 requires to be 0.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[14](domid, flags, pad)

    def sharing_freed_pages(self) -> CallResult:
        """Total pages freed by sharing on the host (nr_saved_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_freed_pages 18.
        Caller: toolstack.
        Returns: the host-wide count of pages freed by sharing.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        """
        return self._bound[15]()

    def sharing_used_frames(self) -> CallResult:
        """Total frames occupied by shared pages on the host (nr_shared_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_shared_pages 19.
        Caller: toolstack.
        Returns: the host-wide count of frames in the shared state.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        """
        return self._bound[16]()

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
        return self._bound[17](domain_id)

    def mem_paging_disable(self, domain_id: int) -> CallResult:
        """Tear down the paging ring; paged-out gfns stay paged out.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_PAGING 1
        / XEN_DOMCTL_MEM_EVENT_OP_PAGING_DISABLE 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        """
        return self._bound[18](domain_id)

    def mem_paging_nominate(self, domain_id: int, gfn: int) -> CallResult:
        """Mark a gfn for eviction (p2m type ram_paging_out); every access now faults.

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_nominate 0.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[19](domain_id, gfn)

    def mem_paging_evict(self, domain_id: int, gfn: int) -> CallResult:
        """Free the frame of a nominated gfn (p2m type ram_paged, no frame).

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_evict 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[20](domain_id, gfn)

    def mem_paging_prep(self, domain_id: int, gfn: int) -> CallResult:
        """Finish a page-in whose frame is still present (no buffer).

        Hypercall: memory_op 12 / XENMEM_paging_op 20 / XENMEM_paging_op_prep 2.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[21](domain_id, gfn)

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
        return self._bound[22](domain_id, gfn, buffer)

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
        return self._bound[23](domain_id)

    def mem_access_disable(self, domain_id: int) -> CallResult:
        """Tear down the access ring.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_ACCESS 2
        / XEN_DOMCTL_MEM_EVENT_OP_ACCESS_DISABLE 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        """
        return self._bound[24](domain_id)

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
        return self._bound[25](domain_id, gfn)

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
        return self._bound[26](dom, memaccess, first_pfn, nr)

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
        return self._bound[27](dom, pfn)

    def mem_access_set_multi(self, domain_id: int, nr: int | None = None, entries: Sequence[Sequence[int]] = REQUIRED) -> CallResult:
        """Set the access type of each gfn of a list to its own value (4.9's
        XENMEM_access_op_set_access_multi, 4.17 op 4).  Xen 4.2's XENMEM_access_op knows
        only resume: it runs its prologue and answers ENOSYS.

        Hypercall: memory_op 12 / XENMEM_access_op 21 / XENMEM_access_op_set_access_multi 4.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``nr``: the number of (gfn, access) pairs.
        ``entries``: the (gfn, access) pairs: Xen reads pfn_list[i] and access_list[i], two
        arrays, together (in list; length nr; elements {pfn:64, access:8}; at most 4096).
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        """
        return self._bound[28](domain_id, nr, entries)

    def set_access_required(self, domain_id: int, access_required: int) -> CallResult:
        """Whether an access violation with no listener crashes the domain (1) or lifts the
        restriction (0).

        Hypercall: domctl 36 / XEN_DOMCTL_set_access_required 64.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``access_required``: non-zero: crash the domain when nobody listens.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[29](domain_id, access_required)

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
        return self._bound[30](domid, nr_extents, extent_order, mem_flags)

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
        return self._bound[31](domid, nr_extents, extent_order, extent_start)

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
        return self._bound[32](domid, nr_extents, extent_order, mem_flags, extent_start)

    def current_reservation(self, domid: int) -> CallResult:
        """The domain's tot_pages.

        Hypercall: memory_op 12 / XENMEM_current_reservation 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Returns: tot_pages of the domain.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[33](domid)

    def maximum_reservation(self, domid: int) -> CallResult:
        """The domain's max_pages.

        Hypercall: memory_op 12 / XENMEM_maximum_reservation 4.
        Caller: toolstack.
        ``domid``: the target domain.
        Returns: max_pages of the domain.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[34](domid)

    def maximum_ram_page(self) -> CallResult:
        """The host's highest frame number plus one (max_page); never fails.

        Hypercall: memory_op 12 / XENMEM_maximum_ram_page 2.
        Caller: toolstack.
        Returns: max_page of the host.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        """
        return self._bound[35]()

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
        return self._bound[36](domid, gpfn)

    def maximum_gpfn(self, domid: int) -> CallResult:
        """The highest gfn the domain has ever had mapped (the p2m's max_mapped_pfn: a high-
        water mark).  For a paravirtualised domain the engine answers unsupported: it does
        not model a PV domain's own p2m size.

        Hypercall: memory_op 12 / XENMEM_maximum_gpfn 14.
        Caller: toolstack.
        ``domid``: the domain (DOMID_SELF: the caller).
        Returns: the domain's highest mapped gfn.
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[37](domid)

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
        return self._bound[38](first_domid)

    def domain_setmaxmem(self, domid: int, max_memkb: int) -> CallResult:
        """Set the domain's max_pages from a size in KiB (4.2 accepts a limit below tot_pages:
        the domain just cannot allocate until it shrinks).

        Hypercall: domctl 36 / XEN_DOMCTL_max_mem 11.
        Caller: toolstack.
        ``domid``: the target domain.
        ``max_memkb``: the new limit in KiB (pages = KiB / 4, kept in 4.2's 32-bit
        max_pages).
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[39](domid, max_memkb)

    def domain_pause(self, domid: int) -> CallResult:
        """Pause every vcpu of the domain (by the toolstack; idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_pausedomain 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[40](domid)

    def domain_unpause(self, domid: int) -> CallResult:
        """Undo domain_pause (idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_unpausedomain 4.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[41](domid)

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
        return self._bound[42](domid, pages, max_pages, p2m_size, vcpus, flags)

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
        return self._bound[43](domid)

    def caller_privilege(self, domid: int, level: int) -> CallResult:
        """Set how far the toolstack may act on a domain (IS_PRIV_FOR and the XSM policy).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``level``: the privilege level.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[44](domid, level)

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
        return self._bound[45](dom, param, value)

    def assign_device(self, domid: int, machine_bdf: int) -> CallResult:
        """Assign a PCI device to a domain for passthrough (the domain then needs the IOMMU).

        Hypercall: domctl 36 / XEN_DOMCTL_assign_device 37.
        Caller: toolstack.
        ``domid``: the target domain.
        ``machine_bdf``: the device's PCI segment/bus/device/fn.
        Documented codes (doc): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[46](domid, machine_bdf)

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
        return self._bound[47](dom, mem_type, first_pfn, nr)

    def shadow_logdirty(self, domid: int, enable: int) -> CallResult:
        """Turn log-dirty mode on or off: every ram_rw gfn becomes ram_logdirty, and back.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``enable``: non-zero turns log-dirty mode on.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[48](domid, enable)

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
        return self._bound[49](domid, first_gfn, first_mfn, nr_mfns, add_mapping)

    def guest_read(self, domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        """A guest vcpu reads a gfn (paged gfns are paged in; access rights checked).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``vcpu``: the guest vcpu that makes the access.
        Output ``value``: the content token read.
        Documented codes (doc): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        Documented codes (xen-4.2): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        """
        return self._bound[50](domid, gfn, vcpu)

    def guest_write(self, domid: int, gfn: int, value: int = 0, vcpu: int = 0) -> CallResult:
        """A guest vcpu writes a gfn: a shared gfn is unshared (copy-on-write), which
        invalidates the handle of a frame that had one tuple.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``value``: the content token written.
        ``vcpu``: the guest vcpu that makes the access.
        Documented codes (doc): ENOENT, ESRCH, EAGAIN, ENOMEM, EACCES, EFAULT, EBUSY,
        EINVAL.
        Documented codes (xen-4.2): ENOENT, ESRCH, EAGAIN, ENOMEM, EACCES, EFAULT, EBUSY,
        EINVAL.
        """
        return self._bound[51](domid, gfn, value, vcpu)

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
        return self._bound[52](domid, gfn, writable)

    def foreign_unmap(self, mapping: int) -> CallResult:
        """Drop a foreign mapping (frees the page if its domain no longer holds it).

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[53](mapping)

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
        return self._bound[54](domid, gfn, readonly)

    def grant_end_access(self, domid: int, gref: int) -> CallResult:
        """The guest revokes a grant (the entry keeps its stale frame number).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        Documented codes (doc): ESRCH, EBUSY, EINVAL.
        Documented codes (xen-4.2): ESRCH, EBUSY, EINVAL.
        """
        return self._bound[55](domid, gref)

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
        return self._bound[56](domid, gref, writable)

    def grant_unmap(self, mapping: int) -> CallResult:
        """Drop a grant mapping.

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[57](mapping)

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
        return self._bound[58](domid, ring)

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
        return self._bound[59](domid, ring, gfn, vcpu_id, flags)

    def evtchn_send(self, domid: int, port: int) -> CallResult:
        """The helper kicks a ring's event channel: Xen consumes its responses.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``port``: the ring's port.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        """
        return self._bound[60](domid, port)

    def domain_set_max_evtchn(self, domid: int, max_port: int) -> CallResult:
        """Limit the domain's event-channel ports to 0..max_port (toolstack).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``max_port``: the highest usable port (at most 4095).
        Documented codes (doc): ESRCH.
        Documented codes (xen-4.2): ESRCH.
        """
        return self._bound[61](domid, max_port)

    def vm_event_resume(self, domid: int, ring: int) -> CallResult:
        """Have Xen consume the helper's responses on one of a domain's rings (4.17's
        XEN_VM_EVENT_RESUME).

        Hypercall: domctl 36 / XEN_DOMCTL_vm_event_op 56 / XEN_VM_EVENT_RESUME 2.
        Caller: toolstack.
        ``domid``: the target domain.
        ``ring``: the ring (vm_event mode).
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[62](domid, ring)

    def vm_event_get_version(self, domid: int) -> CallResult:
        """The vm_event interface version (4.17: 7).  libxc names DOMID_INVALID.

        Hypercall: domctl 36 / XEN_DOMCTL_vm_event_op 56 / XEN_VM_EVENT_GET_VERSION 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Output ``version``: VM_EVENT_INTERFACE_VERSION.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[63](domid)

    def inject_fault(self, site: int, nth: int = 1) -> CallResult:
        """Make the nth next pass through an internal failure site fail (one-shot).

        Kind: event.
        Caller: toolstack.
        ``site``: the failure site.
        ``nth``: 1 fails the next pass.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        """
        return self._bound[64](site, nth)

    def createdomain(self, domid: int, flags: int = 0, max_vcpus: int = 1, max_evtchn_port: int = 0, max_grant_frames: int = 0, max_maptrack_frames: int = 0, grant_opts: int = 0, emulation_flags: int = 0) -> CallResult:
        """Create an empty domain (no memory; paused by the controller), at the id given or,
        for 0 or a reserved id, at the next free id after Xen's rover.

        Hypercall: domctl 36 / XEN_DOMCTL_createdomain 1.
        Caller: toolstack.
        ``domid``: the id asked for (domctl.domain; a new domain's, so no resource in use);
        0 or a reserved id lets Xen choose.
        ``flags``: XEN_DOMCTL_CDF_* bits: hvm 1, hap 2, s3_integrity 4, oos_off 8 (4.17 adds
        xs_domain 16, iommu 32, nested_virt 64, vpmu 128).
        ``max_vcpus``: vcpus to create (4.17; 4.2 ignores it).
        ``max_evtchn_port``: the event-channel port limit (4.17).
        ``max_grant_frames``: grant-table frames at most (4.17).
        ``max_maptrack_frames``: maptrack frames at most (4.17).
        ``grant_opts``: grant-table version and options (4.17).
        ``emulation_flags``: arch.emulation_flags: the emulated devices of an HVM domain
        (4.17).
        Output ``domain``: the new domain's id.
        Documented codes (doc): EPERM, ENOMEM, EINVAL.
        Documented codes (xen-4.2): EPERM, ENOMEM, EINVAL.
        """
        return self._bound[65](domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags)

    def destroydomain(self, domid: int) -> CallResult:
        """Kill a domain (domain_kill): relinquish its memory and rings; a dying domain is
        finished off (0).

        Hypercall: domctl 36 / XEN_DOMCTL_destroydomain 2.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[66](domid)

    def getdomaininfo(self, domid: int) -> CallResult:
        """The record of the first domain whose id is domid or higher (Xen rewrites
        domctl.domain to the id found).

        Hypercall: domctl 36 / XEN_DOMCTL_getdomaininfo 5.
        Caller: toolstack.
        ``domid``: the lowest domain id to report.
        ``info``: the domain's record (out list; 1 elements; elements {domain:16, flags:32,
        tot_pages:64, max_pages:64, shr_pages:64, paged_pages:64, nr_online_vcpus:32,
        max_vcpu_id:32}; at most 1).
        Documented codes (doc): EPERM, ESRCH, EACCES.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES.
        """
        return self._bound[67](domid)

    def getdomaininfolist(self, first_domain: int, max_domains: int | None = None) -> CallResult:
        """Records of up to max_domains domains from first_domain up, in id order.

        Hypercall: sysctl 35 / XEN_SYSCTL_getdomaininfolist 6.
        Caller: toolstack.
        ``first_domain``: the lowest domain id to report.
        ``max_domains``: room in buffer, in records.
        ``buffer``: where the records go (out list; length max_domains; elements {domain:16,
        flags:32, tot_pages:64, max_pages:64, shr_pages:64, paged_pages:64,
        nr_online_vcpus:32, max_vcpu_id:32}; at most 4096).
        Output ``num_domains``: the records written.
        Documented codes (doc): EPERM, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, EACCES, EFAULT.
        """
        return self._bound[68](first_domain, max_domains)

    def physinfo(self) -> CallResult:
        """The host's memory and capabilities (CPU topology is not modelled).

        Hypercall: sysctl 35 / XEN_SYSCTL_physinfo 3.
        Caller: toolstack.
        Output ``total_pages``: host RAM in pages.
        Output ``free_pages``: pages on the host's free list.
        Output ``capabilities``: XEN_SYSCTL_PHYSCAP_* bits (4.2: hvm 1, hvm_directio 2).
        Documented codes (doc): EPERM.
        Documented codes (xen-4.2): EPERM.
        """
        return self._bound[69]()

    def get_hvm_param(self, dom: int, param: int) -> CallResult:
        """Read an HVM parameter (the ring gfns are params 27, 28 and 29; 0: unset).

        Hypercall: hvm_op 34 / HVMOP_get_param 1.
        Caller: toolstack.
        ``dom``: the target domain (DOMID_SELF: the caller).
        ``param``: the parameter index.
        Output ``value``: the parameter's value.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[70](dom, param)

    def getpageframeinfo3(self, domid: int, num: int | None = None, array: Sequence[int] = REQUIRED) -> CallResult:
        """Replace each gfn of array by its page's type: 0 for RAM of the domain, XTAB
        (0xf0000000) for no page (a hole, paged out, MMIO).

        Hypercall: domctl 36 / XEN_DOMCTL_getpageframeinfo3 61.
        Caller: toolstack.
        ``domid``: the target domain.
        ``num``: the gfns in array (at most 1024).
        ``array``: gfns in, page types out (xen_pfn_t array[]) (inout list; length num;
        64-bit elements; at most 4096).
        Documented codes (doc): EPERM, ESRCH, E2BIG, ENOMEM, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, ESRCH, E2BIG, ENOMEM, EACCES, EFAULT.
        """
        return self._bound[71](domid, num, array)

    def monitor_op(self, domid: int, op: int, event: int, u_lo: int = 0, u_hi: int = 0) -> CallResult:
        """Enable, disable or query a monitor event of a domain.

        Hypercall: domctl 36 / XEN_DOMCTL_monitor_op 77.
        Caller: toolstack.
        ``domid``: the target domain.
        ``op``: XEN_DOMCTL_MONITOR_OP_*: enable 0, disable 1, get_capabilities 2,
        emulate_each_rep 3, control_registers 4.
        ``event``: XEN_DOMCTL_MONITOR_EVENT_*: write_ctrlreg 0, mov_to_msr 1, singlestep 2,
        software_breakpoint 3, guest_request 4, debug_exception 5, cpuid 6, ....
        ``u_lo``: bytes 0-7 of the event's union, little endian (mov_to_cr: index, sync,
        onchangeonly, pad1, pad2; debug_exception, guest_request: sync in byte 0).
        ``u_hi``: bytes 8-15 of the event's union (mov_to_cr: bitmask).
        Output ``capabilities``: get_capabilities: the bitmap of events the domain supports.
        Documented codes (doc): EPERM, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOSYS.
        """
        return self._bound[72](domid, op, event, u_lo, u_hi)
