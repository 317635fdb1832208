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

CATALOGUE_REVISION = "da1b5d4dd97e0363"

CALL_NAMES = ('memshr_control', 'memshr_ring_enable', 'memshr_ring_disable', 'memshr_domain_resume', 'memshr_nominate_gfn', 'memshr_nominate_gref', 'memshr_share_gfns', 'memshr_share_grefs', 'memshr_add_to_physmap', 'memshr_debug_gfn', 'memshr_debug_gref', 'memshr_audit', 'memshr_range_share', 'memshr_fork', 'memshr_fork_reset', 'sharing_freed_pages', 'sharing_used_frames', 'mem_paging_enable', 'mem_paging_disable', 'mem_paging_nominate', 'mem_paging_evict', 'mem_paging_prep', 'mem_paging_load', 'mem_access_enable', 'mem_access_disable', 'mem_access_resume', 'hvm_set_mem_access', 'hvm_get_mem_access', 'mem_access_set_multi', 'set_access_required', 'increase_reservation', 'decrease_reservation', 'populate_physmap', 'current_reservation', 'maximum_reservation', 'maximum_ram_page', 'remove_from_physmap', 'maximum_gpfn', 'domain_getinfo', 'domain_setmaxmem', 'domain_set_target', 'domain_pause', 'domain_unpause', 'domain_create', 'domain_destroy', 'caller_privilege', 'set_hvm_param', 'assign_device', 'hvm_set_mem_type', 'shadow_logdirty', 'domain_memory_mapping', 'guest_read', 'guest_write', 'guest_exec', 'foreign_map', 'foreign_unmap', 'grant_access', 'grant_end_access', 'grant_map', 'grant_unmap', 'ring_get_request', 'ring_put_response', 'ring_put_response_versioned', 'evtchn_send', 'domain_set_max_evtchn', 'vm_event_resume', 'vm_event_get_version', 'inject_fault', 'evtchn_alloc_unbound', 'evtchn_bind_interdomain', 'evtchn_bind_virq', 'evtchn_bind_ipi', 'evtchn_bind_pirq', 'evtchn_close', 'evtchn_notify', 'evtchn_status', 'evtchn_bind_vcpu', 'evtchn_unmask', 'evtchn_reset', 'evtchn_op_raw', 'evtchn_guest_mask', 'evtchn_guest_clear', 'evtchn_guest_upcall', 'evtchn_guest_upcall_mask', 'evtchn_raise_virq', 'gnttab_set_version', 'sched_yield', 'sched_block', 'sched_shutdown', 'sched_shutdown_code', 'sched_poll', 'sched_remote_shutdown', 'sched_watchdog', 'sched_op_raw', 'domain_resume', 'sched_watchdog_expire', 'sched_poll_timeout', 'acquire_resource', 'resource_size', 'map_resource', 'unmap_resource', 'ioreq_server_create', 'ioreq_server_destroy', 'tmem_new_pool', 'tmem_destroy_pool', 'tmem_new_page', 'tmem_put_page', 'tmem_get_page', 'tmem_flush_page', 'tmem_flush_object', 'tmem_read', 'tmem_write', 'tmem_xchg', 'tmem_op_other', 'tmem_auth', 'tmem_restore_new_pool', 'tmem_control_thaw', 'tmem_control_freeze', 'tmem_control_flush', 'tmem_control_destroy', 'tmem_control_list', 'tmem_control_set_weight', 'tmem_control_set_cap', 'tmem_control_set_compress', 'tmem_control_query_freeable_mb', 'tmem_control_save_begin', 'tmem_control_save_get_version', 'tmem_control_save_get_maxpools', 'tmem_control_save_get_client_weight', 'tmem_control_save_get_client_cap', 'tmem_control_save_get_client_flags', 'tmem_control_save_get_pool_flags', 'tmem_control_save_get_pool_npages', 'tmem_control_save_get_pool_uuid', 'tmem_control_save_get_next_page', 'tmem_control_save_get_next_inv', 'tmem_control_save_end', 'tmem_control_restore_begin', 'tmem_control_restore_put_page', 'tmem_control_restore_flush_page', 'tmem_control_other', 'memory_exchange', 'memory_exchange_and_pin', 'memory_unpin', 'advance_time', 'createdomain', 'destroydomain', 'getdomaininfo', 'getdomaininfolist', 'physinfo', 'get_hvm_param', 'getpageframeinfo3', 'monitor_op', 'vcpu_initialise', 'vcpu_up', 'vcpu_down', 'vcpu_is_up', 'vcpu_get_runstate_info', 'vcpu_register_runstate_memory_area', 'vcpu_set_periodic_timer', 'vcpu_stop_periodic_timer', 'vcpu_set_singleshot_timer', 'vcpu_stop_singleshot_timer', 'vcpu_register_vcpu_info', 'vcpu_send_nmi', 'vcpu_get_physid', 'vcpu_register_vcpu_time_memory_area', 'vcpu_op_raw', 'set_timer_op', 'guest_timer_interrupt', 'xenver_version', 'xenver_extraversion', 'xenver_compile_info', 'xenver_capabilities', 'xenver_changeset', 'xenver_platform_parameters', 'xenver_get_features', 'xenver_pagesize', 'xenver_guest_handle', 'xenver_commandline', 'xenver_raw', 'multicall', 'set_trap_table', 'mmu_update', 'set_gdt', 'stack_switch', 'set_callbacks', 'fpu_taskswitch', 'set_debugreg', 'get_debugreg', 'update_descriptor', 'update_va_mapping', 'iret', 'set_segment_base', 'mmuext_op', 'physdev_set_iopl', 'physdev_irq_unmask_notify', 'physdev_set_iobitmap', 'physdev_apic_read', 'physdev_apic_write', 'physdev_alloc_irq_vector', 'physdev_irq_status_query', 'physdev_op_raw', 'vm_assist', 'nmi_op_register', 'nmi_op_unregister', 'console_io_write', 'console_io_read', 'console_io_raw', 'hypercall_raw', 'serial_input', 'serial_output', 'grant_entry_write', 'gnttab_setup_table', 'gnttab_query_size', )

# A parameter that must be given but comes after a list's optional length argument.
REQUIRED: Any = object()

# Results without outputs, by packed value, one table per call.  A result is an
# immutable value, the same for every machine, and building a tuple subclass costs
# more than a dict lookup: the per-call functions hand out these shared instances.
KNOWN_LIMIT = 512  # per call: value calls return many different values
KNOWN_RESULTS: tuple[dict[int, CallResult], ...] = tuple(
    {} for _ in range(215)
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
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
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known39, 39, packed)
        raise refused(39, packed >> 16, (domid, max_memkb, ))

    known40 = KNOWN_RESULTS[40]
    def domain_set_target(domid: int, target: int) -> CallResult:
        try:
            packed = call2(machine, 40, domid, target)
        except (TypeError, OverflowError):
            raise bad_value(40, (domid, target, )) from None
        result = known40.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known40, 40, packed)
        raise refused(40, packed >> 16, (domid, target, ))

    known41 = KNOWN_RESULTS[41]
    def domain_pause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 41, domid)
        except (TypeError, OverflowError):
            raise bad_value(41, (domid, )) from None
        result = known41.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known41, 41, packed)
        raise refused(41, packed >> 16, (domid, ))

    known42 = KNOWN_RESULTS[42]
    def domain_unpause(domid: int) -> CallResult:
        try:
            packed = call1(machine, 42, domid)
        except (TypeError, OverflowError):
            raise bad_value(42, (domid, )) from None
        result = known42.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known42, 42, packed)
        raise refused(42, packed >> 16, (domid, ))

    known43 = KNOWN_RESULTS[43]
    def domain_create(domid: int, pages: int, max_pages: int = 0, p2m_size: int = 0, vcpus: int = 1, flags: int = 1, max_grant_frames: int = 0, vmtrace_frames: int = 0) -> CallResult:
        try:
            packed = call8(machine, 43, domid, pages, max_pages, p2m_size, vcpus, flags, max_grant_frames, vmtrace_frames)
        except (TypeError, OverflowError):
            raise bad_value(43, (domid, pages, max_pages, p2m_size, vcpus, flags, max_grant_frames, vmtrace_frames, )) from None
        result = known43.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known43, 43, packed)
        raise refused(43, packed >> 16, (domid, pages, max_pages, p2m_size, vcpus, flags, max_grant_frames, vmtrace_frames, ))

    known44 = KNOWN_RESULTS[44]
    def domain_destroy(domid: int) -> CallResult:
        try:
            packed = call1(machine, 44, domid)
        except (TypeError, OverflowError):
            raise bad_value(44, (domid, )) from None
        result = known44.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known44, 44, packed)
        raise refused(44, packed >> 16, (domid, ))

    known45 = KNOWN_RESULTS[45]
    def caller_privilege(domid: int, level: int) -> CallResult:
        try:
            packed = call2(machine, 45, domid, level)
        except (TypeError, OverflowError):
            raise bad_value(45, (domid, level, )) from None
        result = known45.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known45, 45, packed)
        raise refused(45, packed >> 16, (domid, level, ))

    known46 = KNOWN_RESULTS[46]
    def set_hvm_param(dom: int, param: int, value: int) -> CallResult:
        try:
            packed = call3(machine, 46, dom, param, value)
        except (TypeError, OverflowError):
            raise bad_value(46, (dom, param, value, )) from None
        result = known46.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known46, 46, packed)
        raise refused(46, packed >> 16, (dom, param, value, ))

    known47 = KNOWN_RESULTS[47]
    def assign_device(domid: int, machine_bdf: int) -> CallResult:
        try:
            packed = call2(machine, 47, domid, machine_bdf)
        except (TypeError, OverflowError):
            raise bad_value(47, (domid, machine_bdf, )) from None
        result = known47.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known47, 47, packed)
        raise refused(47, packed >> 16, (domid, machine_bdf, ))

    known48 = KNOWN_RESULTS[48]
    def hvm_set_mem_type(dom: int, mem_type: int, first_pfn: int, nr: int) -> CallResult:
        try:
            packed = call4(machine, 48, dom, mem_type, first_pfn, nr)
        except (TypeError, OverflowError):
            raise bad_value(48, (dom, mem_type, first_pfn, nr, )) from None
        result = known48.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known48, 48, packed)
        raise refused(48, packed >> 16, (dom, mem_type, first_pfn, nr, ))

    known49 = KNOWN_RESULTS[49]
    def shadow_logdirty(domid: int, enable: int) -> CallResult:
        try:
            packed = call2(machine, 49, domid, enable)
        except (TypeError, OverflowError):
            raise bad_value(49, (domid, enable, )) from None
        result = known49.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known49, 49, packed)
        raise refused(49, packed >> 16, (domid, enable, ))

    known50 = KNOWN_RESULTS[50]
    def domain_memory_mapping(domid: int, first_gfn: int, first_mfn: int, nr_mfns: int, add_mapping: int) -> CallResult:
        try:
            packed = call5(machine, 50, domid, first_gfn, first_mfn, nr_mfns, add_mapping)
        except (TypeError, OverflowError):
            raise bad_value(50, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, )) from None
        result = known50.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known50, 50, packed)
        raise refused(50, packed >> 16, (domid, first_gfn, first_mfn, nr_mfns, add_mapping, ))

    known51 = KNOWN_RESULTS[51]
    def guest_read(domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 51, domid, gfn, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(51, (domid, gfn, vcpu, )) from None
        if packed >= 0:
            return CallResult((51, packed, out[0]))
        result = known51.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known51, 51, packed)
        raise refused(51, packed >> 16, (domid, gfn, vcpu, ))

    known52 = KNOWN_RESULTS[52]
    def guest_write(domid: int, gfn: int, value: int = 0, vcpu: int = 0) -> CallResult:
        try:
            packed = call4(machine, 52, domid, gfn, value, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(52, (domid, gfn, value, vcpu, )) from None
        result = known52.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known52, 52, packed)
        raise refused(52, packed >> 16, (domid, gfn, value, vcpu, ))

    known53 = KNOWN_RESULTS[53]
    def guest_exec(domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 53, domid, gfn, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(53, (domid, gfn, vcpu, )) from None
        if packed >= 0:
            return CallResult((53, packed, out[0]))
        result = known53.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known53, 53, packed)
        raise refused(53, packed >> 16, (domid, gfn, vcpu, ))

    known54 = KNOWN_RESULTS[54]
    def foreign_map(domid: int, gfn: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 54, domid, gfn, writable)
        except (TypeError, OverflowError):
            raise bad_value(54, (domid, gfn, writable, )) from None
        if packed >= 0:
            return CallResult((54, packed, out[0]))
        result = known54.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known54, 54, packed)
        raise refused(54, packed >> 16, (domid, gfn, writable, ))

    known55 = KNOWN_RESULTS[55]
    def foreign_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 55, mapping)
        except (TypeError, OverflowError):
            raise bad_value(55, (mapping, )) from None
        result = known55.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known55, 55, packed)
        raise refused(55, packed >> 16, (mapping, ))

    known56 = KNOWN_RESULTS[56]
    def grant_access(domid: int, gfn: int, readonly: int = 0) -> CallResult:
        try:
            packed = call3(machine, 56, domid, gfn, readonly)
        except (TypeError, OverflowError):
            raise bad_value(56, (domid, gfn, readonly, )) from None
        if packed >= 0:
            return CallResult((56, packed, out[0]))
        result = known56.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known56, 56, packed)
        raise refused(56, packed >> 16, (domid, gfn, readonly, ))

    known57 = KNOWN_RESULTS[57]
    def grant_end_access(domid: int, gref: int) -> CallResult:
        try:
            packed = call2(machine, 57, domid, gref)
        except (TypeError, OverflowError):
            raise bad_value(57, (domid, gref, )) from None
        result = known57.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known57, 57, packed)
        raise refused(57, packed >> 16, (domid, gref, ))

    known58 = KNOWN_RESULTS[58]
    def grant_map(domid: int, gref: int, writable: int) -> CallResult:
        try:
            packed = call3(machine, 58, domid, gref, writable)
        except (TypeError, OverflowError):
            raise bad_value(58, (domid, gref, writable, )) from None
        if packed >= 0:
            return CallResult((58, packed, out[0]))
        result = known58.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known58, 58, packed)
        raise refused(58, packed >> 16, (domid, gref, writable, ))

    known59 = KNOWN_RESULTS[59]
    def grant_unmap(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 59, mapping)
        except (TypeError, OverflowError):
            raise bad_value(59, (mapping, )) from None
        result = known59.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known59, 59, packed)
        raise refused(59, packed >> 16, (mapping, ))

    known60 = KNOWN_RESULTS[60]
    def ring_get_request(domid: int, ring: int) -> CallResult:
        try:
            packed = call2(machine, 60, domid, ring)
        except (TypeError, OverflowError):
            raise bad_value(60, (domid, ring, )) from None
        if packed >= 0:
            return CallResult((60, packed, out[0], out[1], out[2], out[3]))
        result = known60.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known60, 60, packed)
        raise refused(60, packed >> 16, (domid, ring, ))

    known61 = KNOWN_RESULTS[61]
    def ring_put_response(domid: int, ring: int, gfn: int, vcpu_id: int, flags: int) -> CallResult:
        try:
            packed = call5(machine, 61, domid, ring, gfn, vcpu_id, flags)
        except (TypeError, OverflowError):
            raise bad_value(61, (domid, ring, gfn, vcpu_id, flags, )) from None
        result = known61.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known61, 61, packed)
        raise refused(61, packed >> 16, (domid, ring, gfn, vcpu_id, flags, ))

    known62 = KNOWN_RESULTS[62]
    def ring_put_response_versioned(domid: int, ring: int, gfn: int, vcpu_id: int, flags: int, version: int) -> CallResult:
        try:
            packed = call6(machine, 62, domid, ring, gfn, vcpu_id, flags, version)
        except (TypeError, OverflowError):
            raise bad_value(62, (domid, ring, gfn, vcpu_id, flags, version, )) from None
        result = known62.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known62, 62, packed)
        raise refused(62, packed >> 16, (domid, ring, gfn, vcpu_id, flags, version, ))

    known63 = KNOWN_RESULTS[63]
    def evtchn_send(domid: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 63, domid, port)
        except (TypeError, OverflowError):
            raise bad_value(63, (domid, port, )) from None
        result = known63.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known63, 63, packed)
        raise refused(63, packed >> 16, (domid, port, ))

    known64 = KNOWN_RESULTS[64]
    def domain_set_max_evtchn(domid: int, max_port: int) -> CallResult:
        try:
            packed = call2(machine, 64, domid, max_port)
        except (TypeError, OverflowError):
            raise bad_value(64, (domid, max_port, )) from None
        result = known64.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known64, 64, packed)
        raise refused(64, packed >> 16, (domid, max_port, ))

    known65 = KNOWN_RESULTS[65]
    def vm_event_resume(domid: int, ring: int) -> CallResult:
        try:
            packed = call2(machine, 65, domid, ring)
        except (TypeError, OverflowError):
            raise bad_value(65, (domid, ring, )) from None
        result = known65.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known65, 65, packed)
        raise refused(65, packed >> 16, (domid, ring, ))

    known66 = KNOWN_RESULTS[66]
    def vm_event_get_version(domid: int) -> CallResult:
        try:
            packed = call1(machine, 66, domid)
        except (TypeError, OverflowError):
            raise bad_value(66, (domid, )) from None
        if packed >= 0:
            return CallResult((66, packed, out[0]))
        result = known66.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known66, 66, packed)
        raise refused(66, packed >> 16, (domid, ))

    known67 = KNOWN_RESULTS[67]
    def inject_fault(site: int, nth: int = 1) -> CallResult:
        try:
            packed = call2(machine, 67, site, nth)
        except (TypeError, OverflowError):
            raise bad_value(67, (site, nth, )) from None
        result = known67.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known67, 67, packed)
        raise refused(67, packed >> 16, (site, nth, ))

    known68 = KNOWN_RESULTS[68]
    def evtchn_alloc_unbound(dom: int, remote_dom: int) -> CallResult:
        try:
            packed = call2(machine, 68, dom, remote_dom)
        except (TypeError, OverflowError):
            raise bad_value(68, (dom, remote_dom, )) from None
        if packed >= 0:
            return CallResult((68, packed, out[0]))
        result = known68.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known68, 68, packed)
        raise refused(68, packed >> 16, (dom, remote_dom, ))

    known69 = KNOWN_RESULTS[69]
    def evtchn_bind_interdomain(remote_dom: int, remote_port: int) -> CallResult:
        try:
            packed = call2(machine, 69, remote_dom, remote_port)
        except (TypeError, OverflowError):
            raise bad_value(69, (remote_dom, remote_port, )) from None
        if packed >= 0:
            return CallResult((69, packed, out[0]))
        result = known69.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known69, 69, packed)
        raise refused(69, packed >> 16, (remote_dom, remote_port, ))

    known70 = KNOWN_RESULTS[70]
    def evtchn_bind_virq(virq: int, vcpu: int) -> CallResult:
        try:
            packed = call2(machine, 70, virq, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(70, (virq, vcpu, )) from None
        if packed >= 0:
            return CallResult((70, packed, out[0]))
        result = known70.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known70, 70, packed)
        raise refused(70, packed >> 16, (virq, vcpu, ))

    known71 = KNOWN_RESULTS[71]
    def evtchn_bind_ipi(vcpu: int) -> CallResult:
        try:
            packed = call1(machine, 71, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(71, (vcpu, )) from None
        if packed >= 0:
            return CallResult((71, packed, out[0]))
        result = known71.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known71, 71, packed)
        raise refused(71, packed >> 16, (vcpu, ))

    known72 = KNOWN_RESULTS[72]
    def evtchn_bind_pirq(pirq: int, flags: int = 0) -> CallResult:
        try:
            packed = call2(machine, 72, pirq, flags)
        except (TypeError, OverflowError):
            raise bad_value(72, (pirq, flags, )) from None
        if packed >= 0:
            return CallResult((72, packed, out[0]))
        result = known72.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known72, 72, packed)
        raise refused(72, packed >> 16, (pirq, flags, ))

    known73 = KNOWN_RESULTS[73]
    def evtchn_close(port: int) -> CallResult:
        try:
            packed = call1(machine, 73, port)
        except (TypeError, OverflowError):
            raise bad_value(73, (port, )) from None
        result = known73.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known73, 73, packed)
        raise refused(73, packed >> 16, (port, ))

    known74 = KNOWN_RESULTS[74]
    def evtchn_notify(port: int) -> CallResult:
        try:
            packed = call1(machine, 74, port)
        except (TypeError, OverflowError):
            raise bad_value(74, (port, )) from None
        result = known74.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known74, 74, packed)
        raise refused(74, packed >> 16, (port, ))

    known75 = KNOWN_RESULTS[75]
    def evtchn_status(dom: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 75, dom, port)
        except (TypeError, OverflowError):
            raise bad_value(75, (dom, port, )) from None
        if packed >= 0:
            return CallResult((75, packed, out[0], out[1], out[2], out[3], out[4]))
        result = known75.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known75, 75, packed)
        raise refused(75, packed >> 16, (dom, port, ))

    known76 = KNOWN_RESULTS[76]
    def evtchn_bind_vcpu(port: int, vcpu: int) -> CallResult:
        try:
            packed = call2(machine, 76, port, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(76, (port, vcpu, )) from None
        result = known76.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known76, 76, packed)
        raise refused(76, packed >> 16, (port, vcpu, ))

    known77 = KNOWN_RESULTS[77]
    def evtchn_unmask(port: int) -> CallResult:
        try:
            packed = call1(machine, 77, port)
        except (TypeError, OverflowError):
            raise bad_value(77, (port, )) from None
        result = known77.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known77, 77, packed)
        raise refused(77, packed >> 16, (port, ))

    known78 = KNOWN_RESULTS[78]
    def evtchn_reset(dom: int) -> CallResult:
        try:
            packed = call1(machine, 78, dom)
        except (TypeError, OverflowError):
            raise bad_value(78, (dom, )) from None
        result = known78.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known78, 78, packed)
        raise refused(78, packed >> 16, (dom, ))

    known79 = KNOWN_RESULTS[79]
    def evtchn_op_raw(cmd: int) -> CallResult:
        try:
            packed = call1(machine, 79, cmd)
        except (TypeError, OverflowError):
            raise bad_value(79, (cmd, )) from None
        result = known79.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known79, 79, packed)
        raise refused(79, packed >> 16, (cmd, ))

    known80 = KNOWN_RESULTS[80]
    def evtchn_guest_mask(domid: int, port: int, masked: int = 1) -> CallResult:
        try:
            packed = call3(machine, 80, domid, port, masked)
        except (TypeError, OverflowError):
            raise bad_value(80, (domid, port, masked, )) from None
        result = known80.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known80, 80, packed)
        raise refused(80, packed >> 16, (domid, port, masked, ))

    known81 = KNOWN_RESULTS[81]
    def evtchn_guest_clear(domid: int, port: int) -> CallResult:
        try:
            packed = call2(machine, 81, domid, port)
        except (TypeError, OverflowError):
            raise bad_value(81, (domid, port, )) from None
        result = known81.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known81, 81, packed)
        raise refused(81, packed >> 16, (domid, port, ))

    known82 = KNOWN_RESULTS[82]
    def evtchn_guest_upcall(domid: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call2(machine, 82, domid, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(82, (domid, vcpu, )) from None
        result = known82.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known82, 82, packed)
        raise refused(82, packed >> 16, (domid, vcpu, ))

    known83 = KNOWN_RESULTS[83]
    def evtchn_guest_upcall_mask(domid: int, vcpu: int, masked: int = 1) -> CallResult:
        try:
            packed = call3(machine, 83, domid, vcpu, masked)
        except (TypeError, OverflowError):
            raise bad_value(83, (domid, vcpu, masked, )) from None
        result = known83.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known83, 83, packed)
        raise refused(83, packed >> 16, (domid, vcpu, masked, ))

    known84 = KNOWN_RESULTS[84]
    def evtchn_raise_virq(domid: int, virq: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call3(machine, 84, domid, virq, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(84, (domid, virq, vcpu, )) from None
        result = known84.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known84, 84, packed)
        raise refused(84, packed >> 16, (domid, virq, vcpu, ))

    known85 = KNOWN_RESULTS[85]
    def gnttab_set_version(version: int) -> CallResult:
        try:
            packed = call1(machine, 85, version)
        except (TypeError, OverflowError):
            raise bad_value(85, (version, )) from None
        result = known85.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known85, 85, packed)
        raise refused(85, packed >> 16, (version, ))

    known86 = KNOWN_RESULTS[86]
    def sched_yield() -> CallResult:
        try:
            packed = call0(machine, 86)
        except (TypeError, OverflowError):
            raise bad_value(86, ()) from None
        result = known86.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known86, 86, packed)
        raise refused(86, packed >> 16, ())

    known87 = KNOWN_RESULTS[87]
    def sched_block() -> CallResult:
        try:
            packed = call0(machine, 87)
        except (TypeError, OverflowError):
            raise bad_value(87, ()) from None
        result = known87.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known87, 87, packed)
        raise refused(87, packed >> 16, ())

    known88 = KNOWN_RESULTS[88]
    def sched_shutdown(reason: int) -> CallResult:
        try:
            packed = call1(machine, 88, reason)
        except (TypeError, OverflowError):
            raise bad_value(88, (reason, )) from None
        result = known88.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known88, 88, packed)
        raise refused(88, packed >> 16, (reason, ))

    known89 = KNOWN_RESULTS[89]
    def sched_shutdown_code(reason: int) -> CallResult:
        try:
            packed = call1(machine, 89, reason)
        except (TypeError, OverflowError):
            raise bad_value(89, (reason, )) from None
        result = known89.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known89, 89, packed)
        raise refused(89, packed >> 16, (reason, ))

    def sched_poll(ports: Sequence[int], nr_ports: int | None = None, timeout: int = 0) -> CallResult:
        return call_lists(90, (ports, nr_ports, timeout, ))

    known91 = KNOWN_RESULTS[91]
    def sched_remote_shutdown(domain_id: int, reason: int) -> CallResult:
        try:
            packed = call2(machine, 91, domain_id, reason)
        except (TypeError, OverflowError):
            raise bad_value(91, (domain_id, reason, )) from None
        result = known91.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known91, 91, packed)
        raise refused(91, packed >> 16, (domain_id, reason, ))

    known92 = KNOWN_RESULTS[92]
    def sched_watchdog(id: int, timeout: int) -> CallResult:
        try:
            packed = call2(machine, 92, id, timeout)
        except (TypeError, OverflowError):
            raise bad_value(92, (id, timeout, )) from None
        result = known92.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known92, 92, packed)
        raise refused(92, packed >> 16, (id, timeout, ))

    known93 = KNOWN_RESULTS[93]
    def sched_op_raw(cmd: int) -> CallResult:
        try:
            packed = call1(machine, 93, cmd)
        except (TypeError, OverflowError):
            raise bad_value(93, (cmd, )) from None
        result = known93.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known93, 93, packed)
        raise refused(93, packed >> 16, (cmd, ))

    known94 = KNOWN_RESULTS[94]
    def domain_resume(domid: int) -> CallResult:
        try:
            packed = call1(machine, 94, domid)
        except (TypeError, OverflowError):
            raise bad_value(94, (domid, )) from None
        result = known94.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known94, 94, packed)
        raise refused(94, packed >> 16, (domid, ))

    known95 = KNOWN_RESULTS[95]
    def sched_watchdog_expire(domid: int, id: int) -> CallResult:
        try:
            packed = call2(machine, 95, domid, id)
        except (TypeError, OverflowError):
            raise bad_value(95, (domid, id, )) from None
        result = known95.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known95, 95, packed)
        raise refused(95, packed >> 16, (domid, id, ))

    known96 = KNOWN_RESULTS[96]
    def sched_poll_timeout(domid: int, vcpu: int = 0) -> CallResult:
        try:
            packed = call2(machine, 96, domid, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(96, (domid, vcpu, )) from None
        result = known96.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known96, 96, packed)
        raise refused(96, packed >> 16, (domid, vcpu, ))

    def acquire_resource(domid: int, type: int, id: int, nr_frames: int | None = None, pad: int = 0, frame: int = 0, frame_list: Sequence[int] = REQUIRED, start_extent: int = 0) -> CallResult:
        return call_lists(97, (domid, type, id, nr_frames, pad, frame, frame_list, start_extent, ))

    known98 = KNOWN_RESULTS[98]
    def resource_size(domid: int, type: int, id: int) -> CallResult:
        try:
            packed = call3(machine, 98, domid, type, id)
        except (TypeError, OverflowError):
            raise bad_value(98, (domid, type, id, )) from None
        if packed >= 0:
            return CallResult((98, packed, out[0]))
        result = known98.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known98, 98, packed)
        raise refused(98, packed >> 16, (domid, type, id, ))

    def map_resource(domid: int, type: int, id: int, frame: int = 0, nr_frames: int | None = None, writable: int = 1) -> CallResult:
        return call_lists(99, (domid, type, id, frame, nr_frames, writable, ))

    known100 = KNOWN_RESULTS[100]
    def unmap_resource(mapping: int) -> CallResult:
        try:
            packed = call1(machine, 100, mapping)
        except (TypeError, OverflowError):
            raise bad_value(100, (mapping, )) from None
        result = known100.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known100, 100, packed)
        raise refused(100, packed >> 16, (mapping, ))

    known101 = KNOWN_RESULTS[101]
    def ioreq_server_create(domid: int, handle_bufioreq: int) -> CallResult:
        try:
            packed = call2(machine, 101, domid, handle_bufioreq)
        except (TypeError, OverflowError):
            raise bad_value(101, (domid, handle_bufioreq, )) from None
        if packed >= 0:
            return CallResult((101, packed, out[0]))
        result = known101.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known101, 101, packed)
        raise refused(101, packed >> 16, (domid, handle_bufioreq, ))

    known102 = KNOWN_RESULTS[102]
    def ioreq_server_destroy(domid: int, id: int) -> CallResult:
        try:
            packed = call2(machine, 102, domid, id)
        except (TypeError, OverflowError):
            raise bad_value(102, (domid, id, )) from None
        result = known102.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known102, 102, packed)
        raise refused(102, packed >> 16, (domid, id, ))

    def tmem_new_pool(uuid: Sequence[int], flags: int) -> CallResult:
        return call_lists(103, (uuid, flags, ))

    known104 = KNOWN_RESULTS[104]
    def tmem_destroy_pool(pool_id: int) -> CallResult:
        try:
            packed = call1(machine, 104, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(104, (pool_id, )) from None
        result = known104.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known104, 104, packed)
        raise refused(104, packed >> 16, (pool_id, ))

    def tmem_new_page(pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(105, (pool_id, oid, index, ))

    def tmem_put_page(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(106, (pool_id, oid, index, cmfn, ))

    def tmem_get_page(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(107, (pool_id, oid, index, cmfn, ))

    def tmem_flush_page(pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(108, (pool_id, oid, index, ))

    def tmem_flush_object(pool_id: int, oid: Sequence[int]) -> CallResult:
        return call_lists(109, (pool_id, oid, ))

    def tmem_read(pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        return call_lists(110, (pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn, ))

    def tmem_write(pool_id: int, oid: Sequence[int], index: int, tmem_offset: int, pfn_offset: int, len: int, cmfn: int) -> CallResult:
        return call_lists(111, (pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn, ))

    def tmem_xchg(pool_id: int, oid: Sequence[int], index: int, cmfn: int) -> CallResult:
        return call_lists(112, (pool_id, oid, index, cmfn, ))

    known113 = KNOWN_RESULTS[113]
    def tmem_op_other(cmd: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 113, cmd, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(113, (cmd, pool_id, )) from None
        result = known113.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known113, 113, packed)
        raise refused(113, packed >> 16, (cmd, pool_id, ))

    def tmem_auth(cli_id: int, uuid: Sequence[int], auth: int) -> CallResult:
        return call_lists(114, (cli_id, uuid, auth, ))

    def tmem_restore_new_pool(cli_id: int, pool_id: int, flags: int, uuid: Sequence[int]) -> CallResult:
        return call_lists(115, (cli_id, pool_id, flags, uuid, ))

    known116 = KNOWN_RESULTS[116]
    def tmem_control_thaw(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 116, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(116, (cli_id, )) from None
        result = known116.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known116, 116, packed)
        raise refused(116, packed >> 16, (cli_id, ))

    known117 = KNOWN_RESULTS[117]
    def tmem_control_freeze(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 117, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(117, (cli_id, )) from None
        result = known117.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known117, 117, packed)
        raise refused(117, packed >> 16, (cli_id, ))

    known118 = KNOWN_RESULTS[118]
    def tmem_control_flush(cli_id: int, kb: int) -> CallResult:
        try:
            packed = call2(machine, 118, cli_id, kb)
        except (TypeError, OverflowError):
            raise bad_value(118, (cli_id, kb, )) from None
        result = known118.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known118, 118, packed)
        raise refused(118, packed >> 16, (cli_id, kb, ))

    known119 = KNOWN_RESULTS[119]
    def tmem_control_destroy(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 119, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(119, (cli_id, )) from None
        result = known119.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known119, 119, packed)
        raise refused(119, packed >> 16, (cli_id, ))

    def tmem_control_list(cli_id: int, len: int | None = None, use_long: int = REQUIRED) -> CallResult:
        return call_lists(120, (cli_id, len, use_long, ))

    known121 = KNOWN_RESULTS[121]
    def tmem_control_set_weight(cli_id: int, weight: int) -> CallResult:
        try:
            packed = call2(machine, 121, cli_id, weight)
        except (TypeError, OverflowError):
            raise bad_value(121, (cli_id, weight, )) from None
        result = known121.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known121, 121, packed)
        raise refused(121, packed >> 16, (cli_id, weight, ))

    known122 = KNOWN_RESULTS[122]
    def tmem_control_set_cap(cli_id: int, cap: int) -> CallResult:
        try:
            packed = call2(machine, 122, cli_id, cap)
        except (TypeError, OverflowError):
            raise bad_value(122, (cli_id, cap, )) from None
        result = known122.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known122, 122, packed)
        raise refused(122, packed >> 16, (cli_id, cap, ))

    known123 = KNOWN_RESULTS[123]
    def tmem_control_set_compress(cli_id: int, compress: int) -> CallResult:
        try:
            packed = call2(machine, 123, cli_id, compress)
        except (TypeError, OverflowError):
            raise bad_value(123, (cli_id, compress, )) from None
        result = known123.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known123, 123, packed)
        raise refused(123, packed >> 16, (cli_id, compress, ))

    known124 = KNOWN_RESULTS[124]
    def tmem_control_query_freeable_mb() -> CallResult:
        try:
            packed = call0(machine, 124)
        except (TypeError, OverflowError):
            raise bad_value(124, ()) from None
        result = known124.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known124, 124, packed)
        raise refused(124, packed >> 16, ())

    known125 = KNOWN_RESULTS[125]
    def tmem_control_save_begin(cli_id: int, live: int) -> CallResult:
        try:
            packed = call2(machine, 125, cli_id, live)
        except (TypeError, OverflowError):
            raise bad_value(125, (cli_id, live, )) from None
        result = known125.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known125, 125, packed)
        raise refused(125, packed >> 16, (cli_id, live, ))

    known126 = KNOWN_RESULTS[126]
    def tmem_control_save_get_version() -> CallResult:
        try:
            packed = call0(machine, 126)
        except (TypeError, OverflowError):
            raise bad_value(126, ()) from None
        result = known126.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known126, 126, packed)
        raise refused(126, packed >> 16, ())

    known127 = KNOWN_RESULTS[127]
    def tmem_control_save_get_maxpools() -> CallResult:
        try:
            packed = call0(machine, 127)
        except (TypeError, OverflowError):
            raise bad_value(127, ()) from None
        result = known127.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known127, 127, packed)
        raise refused(127, packed >> 16, ())

    known128 = KNOWN_RESULTS[128]
    def tmem_control_save_get_client_weight(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 128, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(128, (cli_id, )) from None
        result = known128.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known128, 128, packed)
        raise refused(128, packed >> 16, (cli_id, ))

    known129 = KNOWN_RESULTS[129]
    def tmem_control_save_get_client_cap(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 129, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(129, (cli_id, )) from None
        result = known129.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known129, 129, packed)
        raise refused(129, packed >> 16, (cli_id, ))

    known130 = KNOWN_RESULTS[130]
    def tmem_control_save_get_client_flags(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 130, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(130, (cli_id, )) from None
        result = known130.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known130, 130, packed)
        raise refused(130, packed >> 16, (cli_id, ))

    known131 = KNOWN_RESULTS[131]
    def tmem_control_save_get_pool_flags(cli_id: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 131, cli_id, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(131, (cli_id, pool_id, )) from None
        result = known131.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known131, 131, packed)
        raise refused(131, packed >> 16, (cli_id, pool_id, ))

    known132 = KNOWN_RESULTS[132]
    def tmem_control_save_get_pool_npages(cli_id: int, pool_id: int) -> CallResult:
        try:
            packed = call2(machine, 132, cli_id, pool_id)
        except (TypeError, OverflowError):
            raise bad_value(132, (cli_id, pool_id, )) from None
        result = known132.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known132, 132, packed)
        raise refused(132, packed >> 16, (cli_id, pool_id, ))

    def tmem_control_save_get_pool_uuid(cli_id: int, pool_id: int) -> CallResult:
        return call_lists(133, (cli_id, pool_id, ))

    known134 = KNOWN_RESULTS[134]
    def tmem_control_save_get_next_page(cli_id: int, pool_id: int, bufsize: int) -> CallResult:
        try:
            packed = call3(machine, 134, cli_id, pool_id, bufsize)
        except (TypeError, OverflowError):
            raise bad_value(134, (cli_id, pool_id, bufsize, )) from None
        if packed >= 0:
            return CallResult((134, packed, out[0], out[1], out[2], out[3], out[4], out[5]))
        result = known134.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known134, 134, packed)
        raise refused(134, packed >> 16, (cli_id, pool_id, bufsize, ))

    known135 = KNOWN_RESULTS[135]
    def tmem_control_save_get_next_inv(cli_id: int, bufsize: int) -> CallResult:
        try:
            packed = call2(machine, 135, cli_id, bufsize)
        except (TypeError, OverflowError):
            raise bad_value(135, (cli_id, bufsize, )) from None
        if packed >= 0:
            return CallResult((135, packed, out[0], out[1], out[2], out[3], out[4]))
        result = known135.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known135, 135, packed)
        raise refused(135, packed >> 16, (cli_id, bufsize, ))

    known136 = KNOWN_RESULTS[136]
    def tmem_control_save_end(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 136, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(136, (cli_id, )) from None
        result = known136.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known136, 136, packed)
        raise refused(136, packed >> 16, (cli_id, ))

    known137 = KNOWN_RESULTS[137]
    def tmem_control_restore_begin(cli_id: int) -> CallResult:
        try:
            packed = call1(machine, 137, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(137, (cli_id, )) from None
        result = known137.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known137, 137, packed)
        raise refused(137, packed >> 16, (cli_id, ))

    def tmem_control_restore_put_page(cli_id: int, pool_id: int, oid: Sequence[int], index: int, data: int, bufsize: int) -> CallResult:
        return call_lists(138, (cli_id, pool_id, oid, index, data, bufsize, ))

    def tmem_control_restore_flush_page(cli_id: int, pool_id: int, oid: Sequence[int], index: int) -> CallResult:
        return call_lists(139, (cli_id, pool_id, oid, index, ))

    known140 = KNOWN_RESULTS[140]
    def tmem_control_other(subop: int, cli_id: int) -> CallResult:
        try:
            packed = call2(machine, 140, subop, cli_id)
        except (TypeError, OverflowError):
            raise bad_value(140, (subop, cli_id, )) from None
        result = known140.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known140, 140, packed)
        raise refused(140, packed >> 16, (subop, cli_id, ))

    def memory_exchange(exchange: Sequence[Sequence[int]], nr_in: int | None = None, in_extents: Sequence[int] = REQUIRED, nr_out: int | None = None, out_extents: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(141, (exchange, nr_in, in_extents, nr_out, out_extents, ))

    def memory_exchange_and_pin(exchange: Sequence[Sequence[int]], nr_in: int | None = None, in_extents: Sequence[int] = REQUIRED, nr_out: int | None = None, out_extents: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(142, (exchange, nr_in, in_extents, nr_out, out_extents, ))

    def memory_unpin(domid: int, nr_extents: int | None = None, extent_order: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(143, (domid, nr_extents, extent_order, extent_start, ))

    known144 = KNOWN_RESULTS[144]
    def advance_time(ns: int) -> CallResult:
        try:
            packed = call1(machine, 144, ns)
        except (TypeError, OverflowError):
            raise bad_value(144, (ns, )) from None
        result = known144.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known144, 144, packed)
        raise refused(144, packed >> 16, (ns, ))

    known145 = KNOWN_RESULTS[145]
    def createdomain(domid: int, flags: int = 0, max_vcpus: int = 1, max_evtchn_port: int = 0, max_grant_frames: int = 4294967295, max_maptrack_frames: int = 4294967295, grant_opts: int = 2, emulation_flags: int = 0) -> CallResult:
        try:
            packed = call8(machine, 145, domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags)
        except (TypeError, OverflowError):
            raise bad_value(145, (domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags, )) from None
        if packed >= 0:
            return CallResult((145, packed, out[0]))
        result = known145.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known145, 145, packed)
        raise refused(145, packed >> 16, (domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags, ))

    known146 = KNOWN_RESULTS[146]
    def destroydomain(domid: int) -> CallResult:
        try:
            packed = call1(machine, 146, domid)
        except (TypeError, OverflowError):
            raise bad_value(146, (domid, )) from None
        result = known146.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known146, 146, packed)
        raise refused(146, packed >> 16, (domid, ))

    def getdomaininfo(domid: int) -> CallResult:
        return call_lists(147, (domid, ))

    def getdomaininfolist(first_domain: int, max_domains: int | None = None) -> CallResult:
        return call_lists(148, (first_domain, max_domains, ))

    known149 = KNOWN_RESULTS[149]
    def physinfo() -> CallResult:
        try:
            packed = call0(machine, 149)
        except (TypeError, OverflowError):
            raise bad_value(149, ()) from None
        if packed >= 0:
            return CallResult((149, packed, out[0], out[1], out[2]))
        result = known149.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known149, 149, packed)
        raise refused(149, packed >> 16, ())

    known150 = KNOWN_RESULTS[150]
    def get_hvm_param(dom: int, param: int) -> CallResult:
        try:
            packed = call2(machine, 150, dom, param)
        except (TypeError, OverflowError):
            raise bad_value(150, (dom, param, )) from None
        if packed >= 0:
            return CallResult((150, packed, out[0]))
        result = known150.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known150, 150, packed)
        raise refused(150, packed >> 16, (dom, param, ))

    def getpageframeinfo3(domid: int, num: int | None = None, array: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(151, (domid, num, array, ))

    known152 = KNOWN_RESULTS[152]
    def monitor_op(domid: int, op: int, event: int, u_lo: int = 0, u_hi: int = 0) -> CallResult:
        try:
            packed = call5(machine, 152, domid, op, event, u_lo, u_hi)
        except (TypeError, OverflowError):
            raise bad_value(152, (domid, op, event, u_lo, u_hi, )) from None
        if packed >= 0:
            return CallResult((152, packed, out[0]))
        result = known152.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known152, 152, packed)
        raise refused(152, packed >> 16, (domid, op, event, u_lo, u_hi, ))

    known153 = KNOWN_RESULTS[153]
    def vcpu_initialise(vcpuid: int, ctxt: int) -> CallResult:
        try:
            packed = call2(machine, 153, vcpuid, ctxt)
        except (TypeError, OverflowError):
            raise bad_value(153, (vcpuid, ctxt, )) from None
        result = known153.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known153, 153, packed)
        raise refused(153, packed >> 16, (vcpuid, ctxt, ))

    known154 = KNOWN_RESULTS[154]
    def vcpu_up(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 154, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(154, (vcpuid, )) from None
        result = known154.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known154, 154, packed)
        raise refused(154, packed >> 16, (vcpuid, ))

    known155 = KNOWN_RESULTS[155]
    def vcpu_down(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 155, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(155, (vcpuid, )) from None
        result = known155.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known155, 155, packed)
        raise refused(155, packed >> 16, (vcpuid, ))

    known156 = KNOWN_RESULTS[156]
    def vcpu_is_up(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 156, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(156, (vcpuid, )) from None
        result = known156.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known156, 156, packed)
        raise refused(156, packed >> 16, (vcpuid, ))

    known157 = KNOWN_RESULTS[157]
    def vcpu_get_runstate_info(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 157, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(157, (vcpuid, )) from None
        if packed >= 0:
            return CallResult((157, packed, out[0], out[1], out[2], out[3], out[4], out[5]))
        result = known157.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known157, 157, packed)
        raise refused(157, packed >> 16, (vcpuid, ))

    known158 = KNOWN_RESULTS[158]
    def vcpu_register_runstate_memory_area(vcpuid: int, addr: int) -> CallResult:
        try:
            packed = call2(machine, 158, vcpuid, addr)
        except (TypeError, OverflowError):
            raise bad_value(158, (vcpuid, addr, )) from None
        result = known158.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known158, 158, packed)
        raise refused(158, packed >> 16, (vcpuid, addr, ))

    known159 = KNOWN_RESULTS[159]
    def vcpu_set_periodic_timer(vcpuid: int, period_ns: int) -> CallResult:
        try:
            packed = call2(machine, 159, vcpuid, period_ns)
        except (TypeError, OverflowError):
            raise bad_value(159, (vcpuid, period_ns, )) from None
        result = known159.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known159, 159, packed)
        raise refused(159, packed >> 16, (vcpuid, period_ns, ))

    known160 = KNOWN_RESULTS[160]
    def vcpu_stop_periodic_timer(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 160, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(160, (vcpuid, )) from None
        result = known160.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known160, 160, packed)
        raise refused(160, packed >> 16, (vcpuid, ))

    known161 = KNOWN_RESULTS[161]
    def vcpu_set_singleshot_timer(vcpuid: int, timeout_abs_ns: int, flags: int = 0) -> CallResult:
        try:
            packed = call3(machine, 161, vcpuid, timeout_abs_ns, flags)
        except (TypeError, OverflowError):
            raise bad_value(161, (vcpuid, timeout_abs_ns, flags, )) from None
        result = known161.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known161, 161, packed)
        raise refused(161, packed >> 16, (vcpuid, timeout_abs_ns, flags, ))

    known162 = KNOWN_RESULTS[162]
    def vcpu_stop_singleshot_timer(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 162, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(162, (vcpuid, )) from None
        result = known162.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known162, 162, packed)
        raise refused(162, packed >> 16, (vcpuid, ))

    known163 = KNOWN_RESULTS[163]
    def vcpu_register_vcpu_info(vcpuid: int, mfn: int, offset: int) -> CallResult:
        try:
            packed = call3(machine, 163, vcpuid, mfn, offset)
        except (TypeError, OverflowError):
            raise bad_value(163, (vcpuid, mfn, offset, )) from None
        result = known163.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known163, 163, packed)
        raise refused(163, packed >> 16, (vcpuid, mfn, offset, ))

    known164 = KNOWN_RESULTS[164]
    def vcpu_send_nmi(vcpuid: int, arg: int = 0) -> CallResult:
        try:
            packed = call2(machine, 164, vcpuid, arg)
        except (TypeError, OverflowError):
            raise bad_value(164, (vcpuid, arg, )) from None
        result = known164.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known164, 164, packed)
        raise refused(164, packed >> 16, (vcpuid, arg, ))

    known165 = KNOWN_RESULTS[165]
    def vcpu_get_physid(vcpuid: int) -> CallResult:
        try:
            packed = call1(machine, 165, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(165, (vcpuid, )) from None
        if packed >= 0:
            return CallResult((165, packed, out[0]))
        result = known165.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known165, 165, packed)
        raise refused(165, packed >> 16, (vcpuid, ))

    known166 = KNOWN_RESULTS[166]
    def vcpu_register_vcpu_time_memory_area(vcpuid: int, addr: int) -> CallResult:
        try:
            packed = call2(machine, 166, vcpuid, addr)
        except (TypeError, OverflowError):
            raise bad_value(166, (vcpuid, addr, )) from None
        result = known166.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known166, 166, packed)
        raise refused(166, packed >> 16, (vcpuid, addr, ))

    known167 = KNOWN_RESULTS[167]
    def vcpu_op_raw(cmd: int, vcpuid: int) -> CallResult:
        try:
            packed = call2(machine, 167, cmd, vcpuid)
        except (TypeError, OverflowError):
            raise bad_value(167, (cmd, vcpuid, )) from None
        result = known167.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known167, 167, packed)
        raise refused(167, packed >> 16, (cmd, vcpuid, ))

    known168 = KNOWN_RESULTS[168]
    def set_timer_op(timeout: int) -> CallResult:
        try:
            packed = call1(machine, 168, timeout)
        except (TypeError, OverflowError):
            raise bad_value(168, (timeout, )) from None
        result = known168.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known168, 168, packed)
        raise refused(168, packed >> 16, (timeout, ))

    known169 = KNOWN_RESULTS[169]
    def guest_timer_interrupt(domid: int, vcpu: int) -> CallResult:
        try:
            packed = call2(machine, 169, domid, vcpu)
        except (TypeError, OverflowError):
            raise bad_value(169, (domid, vcpu, )) from None
        result = known169.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known169, 169, packed)
        raise refused(169, packed >> 16, (domid, vcpu, ))

    known170 = KNOWN_RESULTS[170]
    def xenver_version() -> CallResult:
        try:
            packed = call0(machine, 170)
        except (TypeError, OverflowError):
            raise bad_value(170, ()) from None
        result = known170.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known170, 170, packed)
        raise refused(170, packed >> 16, ())

    def xenver_extraversion() -> CallResult:
        return call_lists(171, ())

    def xenver_compile_info() -> CallResult:
        return call_lists(172, ())

    def xenver_capabilities() -> CallResult:
        return call_lists(173, ())

    def xenver_changeset() -> CallResult:
        return call_lists(174, ())

    known175 = KNOWN_RESULTS[175]
    def xenver_platform_parameters() -> CallResult:
        try:
            packed = call0(machine, 175)
        except (TypeError, OverflowError):
            raise bad_value(175, ()) from None
        if packed >= 0:
            return CallResult((175, packed, out[0]))
        result = known175.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known175, 175, packed)
        raise refused(175, packed >> 16, ())

    known176 = KNOWN_RESULTS[176]
    def xenver_get_features(submap_idx: int = 0) -> CallResult:
        try:
            packed = call1(machine, 176, submap_idx)
        except (TypeError, OverflowError):
            raise bad_value(176, (submap_idx, )) from None
        if packed >= 0:
            return CallResult((176, packed, out[0]))
        result = known176.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known176, 176, packed)
        raise refused(176, packed >> 16, (submap_idx, ))

    known177 = KNOWN_RESULTS[177]
    def xenver_pagesize(arg: int = 0) -> CallResult:
        try:
            packed = call1(machine, 177, arg)
        except (TypeError, OverflowError):
            raise bad_value(177, (arg, )) from None
        result = known177.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known177, 177, packed)
        raise refused(177, packed >> 16, (arg, ))

    def xenver_guest_handle() -> CallResult:
        return call_lists(178, ())

    def xenver_commandline() -> CallResult:
        return call_lists(179, ())

    known180 = KNOWN_RESULTS[180]
    def xenver_raw(cmd: int) -> CallResult:
        try:
            packed = call1(machine, 180, cmd)
        except (TypeError, OverflowError):
            raise bad_value(180, (cmd, )) from None
        result = known180.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known180, 180, packed)
        raise refused(180, packed >> 16, (cmd, ))

    def multicall(calls: Sequence[Sequence[int]], nr_calls: int | None = None) -> CallResult:
        return call_lists(181, (calls, nr_calls, ))

    known182 = KNOWN_RESULTS[182]
    def set_trap_table(table: int) -> CallResult:
        try:
            packed = call1(machine, 182, table)
        except (TypeError, OverflowError):
            raise bad_value(182, (table, )) from None
        result = known182.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known182, 182, packed)
        raise refused(182, packed >> 16, (table, ))

    known183 = KNOWN_RESULTS[183]
    def mmu_update(req: int, count: int, pdone: int, foreigndom: int) -> CallResult:
        try:
            packed = call4(machine, 183, req, count, pdone, foreigndom)
        except (TypeError, OverflowError):
            raise bad_value(183, (req, count, pdone, foreigndom, )) from None
        result = known183.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known183, 183, packed)
        raise refused(183, packed >> 16, (req, count, pdone, foreigndom, ))

    known184 = KNOWN_RESULTS[184]
    def set_gdt(frame_list: int, entries: int) -> CallResult:
        try:
            packed = call2(machine, 184, frame_list, entries)
        except (TypeError, OverflowError):
            raise bad_value(184, (frame_list, entries, )) from None
        result = known184.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known184, 184, packed)
        raise refused(184, packed >> 16, (frame_list, entries, ))

    known185 = KNOWN_RESULTS[185]
    def stack_switch(ss: int, esp: int) -> CallResult:
        try:
            packed = call2(machine, 185, ss, esp)
        except (TypeError, OverflowError):
            raise bad_value(185, (ss, esp, )) from None
        result = known185.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known185, 185, packed)
        raise refused(185, packed >> 16, (ss, esp, ))

    known186 = KNOWN_RESULTS[186]
    def set_callbacks(event_address: int, failsafe_address: int, syscall_address: int) -> CallResult:
        try:
            packed = call3(machine, 186, event_address, failsafe_address, syscall_address)
        except (TypeError, OverflowError):
            raise bad_value(186, (event_address, failsafe_address, syscall_address, )) from None
        result = known186.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known186, 186, packed)
        raise refused(186, packed >> 16, (event_address, failsafe_address, syscall_address, ))

    known187 = KNOWN_RESULTS[187]
    def fpu_taskswitch(set: int) -> CallResult:
        try:
            packed = call1(machine, 187, set)
        except (TypeError, OverflowError):
            raise bad_value(187, (set, )) from None
        result = known187.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known187, 187, packed)
        raise refused(187, packed >> 16, (set, ))

    known188 = KNOWN_RESULTS[188]
    def set_debugreg(reg: int, value: int) -> CallResult:
        try:
            packed = call2(machine, 188, reg, value)
        except (TypeError, OverflowError):
            raise bad_value(188, (reg, value, )) from None
        result = known188.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known188, 188, packed)
        raise refused(188, packed >> 16, (reg, value, ))

    known189 = KNOWN_RESULTS[189]
    def get_debugreg(reg: int) -> CallResult:
        try:
            packed = call1(machine, 189, reg)
        except (TypeError, OverflowError):
            raise bad_value(189, (reg, )) from None
        result = known189.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known189, 189, packed)
        raise refused(189, packed >> 16, (reg, ))

    known190 = KNOWN_RESULTS[190]
    def update_descriptor(ma: int, desc: int) -> CallResult:
        try:
            packed = call2(machine, 190, ma, desc)
        except (TypeError, OverflowError):
            raise bad_value(190, (ma, desc, )) from None
        result = known190.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known190, 190, packed)
        raise refused(190, packed >> 16, (ma, desc, ))

    known191 = KNOWN_RESULTS[191]
    def update_va_mapping(va: int, val: int, flags: int) -> CallResult:
        try:
            packed = call3(machine, 191, va, val, flags)
        except (TypeError, OverflowError):
            raise bad_value(191, (va, val, flags, )) from None
        result = known191.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known191, 191, packed)
        raise refused(191, packed >> 16, (va, val, flags, ))

    known192 = KNOWN_RESULTS[192]
    def iret() -> CallResult:
        try:
            packed = call0(machine, 192)
        except (TypeError, OverflowError):
            raise bad_value(192, ()) from None
        result = known192.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known192, 192, packed)
        raise refused(192, packed >> 16, ())

    known193 = KNOWN_RESULTS[193]
    def set_segment_base(which: int, base: int) -> CallResult:
        try:
            packed = call2(machine, 193, which, base)
        except (TypeError, OverflowError):
            raise bad_value(193, (which, base, )) from None
        result = known193.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known193, 193, packed)
        raise refused(193, packed >> 16, (which, base, ))

    known194 = KNOWN_RESULTS[194]
    def mmuext_op(ops: int, count: int, pdone: int, foreigndom: int) -> CallResult:
        try:
            packed = call4(machine, 194, ops, count, pdone, foreigndom)
        except (TypeError, OverflowError):
            raise bad_value(194, (ops, count, pdone, foreigndom, )) from None
        result = known194.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known194, 194, packed)
        raise refused(194, packed >> 16, (ops, count, pdone, foreigndom, ))

    known195 = KNOWN_RESULTS[195]
    def physdev_set_iopl(arg: int) -> CallResult:
        try:
            packed = call1(machine, 195, arg)
        except (TypeError, OverflowError):
            raise bad_value(195, (arg, )) from None
        result = known195.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known195, 195, packed)
        raise refused(195, packed >> 16, (arg, ))

    known196 = KNOWN_RESULTS[196]
    def physdev_irq_unmask_notify() -> CallResult:
        try:
            packed = call0(machine, 196)
        except (TypeError, OverflowError):
            raise bad_value(196, ()) from None
        result = known196.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known196, 196, packed)
        raise refused(196, packed >> 16, ())

    known197 = KNOWN_RESULTS[197]
    def physdev_set_iobitmap(bitmap: int, nr_ports: int) -> CallResult:
        try:
            packed = call2(machine, 197, bitmap, nr_ports)
        except (TypeError, OverflowError):
            raise bad_value(197, (bitmap, nr_ports, )) from None
        result = known197.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known197, 197, packed)
        raise refused(197, packed >> 16, (bitmap, nr_ports, ))

    known198 = KNOWN_RESULTS[198]
    def physdev_apic_read(apic_physbase: int, reg: int) -> CallResult:
        try:
            packed = call2(machine, 198, apic_physbase, reg)
        except (TypeError, OverflowError):
            raise bad_value(198, (apic_physbase, reg, )) from None
        result = known198.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known198, 198, packed)
        raise refused(198, packed >> 16, (apic_physbase, reg, ))

    known199 = KNOWN_RESULTS[199]
    def physdev_apic_write(apic_physbase: int, reg: int, value: int) -> CallResult:
        try:
            packed = call3(machine, 199, apic_physbase, reg, value)
        except (TypeError, OverflowError):
            raise bad_value(199, (apic_physbase, reg, value, )) from None
        result = known199.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known199, 199, packed)
        raise refused(199, packed >> 16, (apic_physbase, reg, value, ))

    known200 = KNOWN_RESULTS[200]
    def physdev_alloc_irq_vector(irq: int) -> CallResult:
        try:
            packed = call1(machine, 200, irq)
        except (TypeError, OverflowError):
            raise bad_value(200, (irq, )) from None
        result = known200.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known200, 200, packed)
        raise refused(200, packed >> 16, (irq, ))

    known201 = KNOWN_RESULTS[201]
    def physdev_irq_status_query(irq: int) -> CallResult:
        try:
            packed = call1(machine, 201, irq)
        except (TypeError, OverflowError):
            raise bad_value(201, (irq, )) from None
        if packed >= 0:
            return CallResult((201, packed, out[0]))
        result = known201.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known201, 201, packed)
        raise refused(201, packed >> 16, (irq, ))

    known202 = KNOWN_RESULTS[202]
    def physdev_op_raw(cmd: int, arg: int) -> CallResult:
        try:
            packed = call2(machine, 202, cmd, arg)
        except (TypeError, OverflowError):
            raise bad_value(202, (cmd, arg, )) from None
        result = known202.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known202, 202, packed)
        raise refused(202, packed >> 16, (cmd, arg, ))

    known203 = KNOWN_RESULTS[203]
    def vm_assist(cmd: int, type: int) -> CallResult:
        try:
            packed = call2(machine, 203, cmd, type)
        except (TypeError, OverflowError):
            raise bad_value(203, (cmd, type, )) from None
        result = known203.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known203, 203, packed)
        raise refused(203, packed >> 16, (cmd, type, ))

    known204 = KNOWN_RESULTS[204]
    def nmi_op_register(handler_address: int) -> CallResult:
        try:
            packed = call1(machine, 204, handler_address)
        except (TypeError, OverflowError):
            raise bad_value(204, (handler_address, )) from None
        result = known204.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known204, 204, packed)
        raise refused(204, packed >> 16, (handler_address, ))

    known205 = KNOWN_RESULTS[205]
    def nmi_op_unregister() -> CallResult:
        try:
            packed = call0(machine, 205)
        except (TypeError, OverflowError):
            raise bad_value(205, ()) from None
        result = known205.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known205, 205, packed)
        raise refused(205, packed >> 16, ())

    def console_io_write(count: int | None = None, buffer: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(206, (count, buffer, ))

    def console_io_read(count: int | None = None) -> CallResult:
        return call_lists(207, (count, ))

    known208 = KNOWN_RESULTS[208]
    def console_io_raw(cmd: int, count: int) -> CallResult:
        try:
            packed = call2(machine, 208, cmd, count)
        except (TypeError, OverflowError):
            raise bad_value(208, (cmd, count, )) from None
        result = known208.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known208, 208, packed)
        raise refused(208, packed >> 16, (cmd, count, ))

    known209 = KNOWN_RESULTS[209]
    def hypercall_raw(op: int, a0: int, a1: int, a2: int, a3: int, a4: int) -> CallResult:
        try:
            packed = call6(machine, 209, op, a0, a1, a2, a3, a4)
        except (TypeError, OverflowError):
            raise bad_value(209, (op, a0, a1, a2, a3, a4, )) from None
        result = known209.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known209, 209, packed)
        raise refused(209, packed >> 16, (op, a0, a1, a2, a3, a4, ))

    def serial_input(count: int | None = None, chars: Sequence[int] = REQUIRED) -> CallResult:
        return call_lists(210, (count, chars, ))

    def serial_output(count: int | None = None) -> CallResult:
        return call_lists(211, (count, ))

    known212 = KNOWN_RESULTS[212]
    def grant_entry_write(domid: int, gref: int, flags: int, grantee: int, frame: int) -> CallResult:
        try:
            packed = call5(machine, 212, domid, gref, flags, grantee, frame)
        except (TypeError, OverflowError):
            raise bad_value(212, (domid, gref, flags, grantee, frame, )) from None
        result = known212.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known212, 212, packed)
        raise refused(212, packed >> 16, (domid, gref, flags, grantee, frame, ))

    def gnttab_setup_table(count: int = 1, dom: int = 32752, nr_frames: int | None = None) -> CallResult:
        return call_lists(213, (count, dom, nr_frames, ))

    known214 = KNOWN_RESULTS[214]
    def gnttab_query_size(count: int = 1, dom: int = 32752) -> CallResult:
        try:
            packed = call2(machine, 214, count, dom)
        except (TypeError, OverflowError):
            raise bad_value(214, (count, dom, )) from None
        if packed >= 0:
            return CallResult((214, packed, out[0], out[1], out[2]))
        result = known214.get(packed)
        if result is not None:
            return result
        if packed > -65536000000 or packed >> 16 == -1000003:
            return remember(known214, 214, packed)
        raise refused(214, packed >> 16, (count, dom, ))

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
        domain_set_target,
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
        guest_exec,
        foreign_map,
        foreign_unmap,
        grant_access,
        grant_end_access,
        grant_map,
        grant_unmap,
        ring_get_request,
        ring_put_response,
        ring_put_response_versioned,
        evtchn_send,
        domain_set_max_evtchn,
        vm_event_resume,
        vm_event_get_version,
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
        gnttab_set_version,
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
        acquire_resource,
        resource_size,
        map_resource,
        unmap_resource,
        ioreq_server_create,
        ioreq_server_destroy,
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
        memory_exchange,
        memory_exchange_and_pin,
        memory_unpin,
        advance_time,
        createdomain,
        destroydomain,
        getdomaininfo,
        getdomaininfolist,
        physinfo,
        get_hvm_param,
        getpageframeinfo3,
        monitor_op,
        vcpu_initialise,
        vcpu_up,
        vcpu_down,
        vcpu_is_up,
        vcpu_get_runstate_info,
        vcpu_register_runstate_memory_area,
        vcpu_set_periodic_timer,
        vcpu_stop_periodic_timer,
        vcpu_set_singleshot_timer,
        vcpu_stop_singleshot_timer,
        vcpu_register_vcpu_info,
        vcpu_send_nmi,
        vcpu_get_physid,
        vcpu_register_vcpu_time_memory_area,
        vcpu_op_raw,
        set_timer_op,
        guest_timer_interrupt,
        xenver_version,
        xenver_extraversion,
        xenver_compile_info,
        xenver_capabilities,
        xenver_changeset,
        xenver_platform_parameters,
        xenver_get_features,
        xenver_pagesize,
        xenver_guest_handle,
        xenver_commandline,
        xenver_raw,
        multicall,
        set_trap_table,
        mmu_update,
        set_gdt,
        stack_switch,
        set_callbacks,
        fpu_taskswitch,
        set_debugreg,
        get_debugreg,
        update_descriptor,
        update_va_mapping,
        iret,
        set_segment_base,
        mmuext_op,
        physdev_set_iopl,
        physdev_irq_unmask_notify,
        physdev_set_iobitmap,
        physdev_apic_read,
        physdev_apic_write,
        physdev_alloc_irq_vector,
        physdev_irq_status_query,
        physdev_op_raw,
        vm_assist,
        nmi_op_register,
        nmi_op_unregister,
        console_io_write,
        console_io_read,
        console_io_raw,
        hypercall_raw,
        serial_input,
        serial_output,
        grant_entry_write,
        gnttab_setup_table,
        gnttab_query_size,
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EXDEV, ENODEV, ENOSYS,
        EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV,
        EINVAL, ENOSPC, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[2](domid)

    def memshr_domain_resume(self, domid: int) -> CallResult:
        """Consume the helper's responses on the sharing ring and unpause the vcpus they name.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_RESUME 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, EXDEV,
        ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENXIO, E2BIG, ENOMEM, EEXIST,
        EXDEV, ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENXIO, C_HANDLE_INVALID,
        S_HANDLE_INVALID, EXDEV, ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENXIO, C_HANDLE_INVALID,
        S_HANDLE_INVALID, EXDEV, ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, C_HANDLE_INVALID,
        S_HANDLE_INVALID, ENOMEM, EXDEV, ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EXDEV, ENODEV, EINVAL, ENOSYS,
        EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENXIO, EXDEV, ENODEV, EINVAL,
        ENOSYS, EOPNOTSUPP.
        """
        return self._bound[10](domid, gref)

    def memshr_audit(self) -> CallResult:
        """Audit the sharing subsystem; returns the number of errors found.

        Hypercall: memory_op 12 / XENMEM_sharing_op 22 / XENMEM_SHARING_OP_AUDIT 8.
        Caller: toolstack.
        Returns: the number of errors Xen's own audit found (should be 0).
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, E2BIG, ENOMEM, EEXIST, EXDEV,
        ENODEV, EINVAL, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EBUSY, EXDEV, ENODEV, EINVAL, ENOSYS,
        EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EXDEV, ENODEV, EINVAL, ENOSYS,
        EOPNOTSUPP.
        """
        return self._bound[14](domid, flags, pad)

    def sharing_freed_pages(self) -> CallResult:
        """Total pages freed by sharing on the host (nr_saved_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_freed_pages 18.
        Caller: toolstack.
        Returns: the host-wide count of pages freed by sharing.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[15]()

    def sharing_used_frames(self) -> CallResult:
        """Total frames occupied by shared pages on the host (nr_shared_mfns).

        Hypercall: memory_op 12 / XENMEM_get_sharing_shared_pages 19.
        Caller: toolstack.
        Returns: the host-wide count of frames in the shared state.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, ENODEV,
        EINVAL, ENOSPC, EMLINK, ENOSYS, EOPNOTSUPP.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EBUSY, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EFAULT, ENODEV, EINVAL,
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
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EBUSY, EINVAL,
        ENOSPC, ENOSYS, EOPNOTSUPP.
        """
        return self._bound[23](domain_id)

    def mem_access_disable(self, domain_id: int) -> CallResult:
        """Tear down the access ring.

        Hypercall: domctl 36 / XEN_DOMCTL_mem_event_op 56 / XEN_DOMCTL_MEM_EVENT_OP_ACCESS 2
        / XEN_DOMCTL_MEM_EVENT_OP_ACCESS_DISABLE 1.
        Caller: toolstack.
        ``domain_id``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EBUSY, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, ENOMEM, EACCES, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, ENODEV, EINVAL, ENOSYS.
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
        Documented codes (xen-4.17): EPERM, ESRCH, ENOMEM, EACCES, EFAULT, ENODEV, EINVAL,
        ENOSYS.
        """
        return self._bound[28](domain_id, nr, entries)

    def set_access_required(self, domain_id: int, access_required: int) -> CallResult:
        """Whether an access violation with no listener crashes the domain (1) or lifts the
        restriction (0).

        Hypercall: domctl 36 / XEN_DOMCTL_set_access_required 64.
        Caller: toolstack.
        ``domain_id``: the target domain.
        ``access_required``: non-zero: crash the domain when nobody listens.
        Documented codes (doc): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
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
        Documented codes (xen-4.17): EACCES.
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
        first gfn that cannot be removed ends the op; in the doc profile an extent covering
        a pinned gfn (exchange_and_pin) ends the op, untouched.
        Documented codes (doc): EACCES.
        Documented codes (xen-4.2): EACCES.
        Documented codes (xen-4.17): EACCES.
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
        first allocation that fails ends the op; in the doc profile an extent covering a
        pinned gfn (exchange_and_pin) ends the op, untouched.
        Documented codes (doc): EACCES.
        Documented codes (xen-4.2): EACCES.
        Documented codes (xen-4.17): EACCES.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
        """
        return self._bound[34](domid)

    def maximum_ram_page(self) -> CallResult:
        """The host's highest frame number plus one (max_page); never fails.

        Hypercall: memory_op 12 / XENMEM_maximum_ram_page 2.
        Caller: toolstack.
        Returns: max_page of the host.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[35]()

    def remove_from_physmap(self, domid: int, gpfn: int) -> CallResult:
        """Clear a gfn's p2m entry and drop its page (a shared gfn leaves the rmap correctly;
        see planted bug remove_from_physmap_shared).  In xen-4.2 the page is not freed: it
        stays the domain's, counted in tot_pages, mapped nowhere.

        Hypercall: memory_op 12 / XENMEM_remove_from_physmap 15.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gpfn``: the gfn to remove.
        Documented codes (doc): EPERM, ENOENT, ESRCH, EACCES, EBUSY.
        Documented codes (xen-4.2): EPERM, ENOENT, ESRCH.
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, EACCES.
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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
        """
        return self._bound[37](domid)

    def domain_getinfo(self, first_domid: int) -> CallResult:
        """Information on the first domain whose id is first_domid or higher (libxc with
        max_doms 1); check the returned domid.

        Hypercall: domctl 36 / XEN_DOMCTL_getdomaininfo 5.
        Caller: toolstack.
        ``first_domid``: the lowest domain id to report.
        Output ``domid``: the domain reported.
        Output ``flags``: XEN_DOMINF_* bits: dying 1, hvm_guest 2, shutdown 4, paused 8,
        blocked 16 (every online vcpu blocked), running 32 (an online vcpu runs); the
        shutdown reason in bits 16-31: 0xffff until one is recorded, crash 3 after a crash.
        Output ``tot_pages``: pages the domain holds (nr_pages).
        Output ``max_pages``: the domain's allocation limit.
        Output ``shr_pages``: the domain's (domain, gfn) tuples in shared frames
        (nr_shared_pages).
        Output ``paged_pages``: the domain's gfns paged out (nr_paged_pages).
        Returns: the number of domains reported (1).
        Documented codes (doc): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
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
        Documented codes (doc): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
        """
        return self._bound[39](domid, max_memkb)

    def domain_set_target(self, domid: int, target: int) -> CallResult:
        """Make a domain the device model of another (d->target): it becomes privileged for its
        target (IS_PRIV_FOR, XSM_DM_PRIV) and holds it until it is itself gone.

        Hypercall: domctl 36 / XEN_DOMCTL_set_target 46.
        Caller: toolstack.
        ``domid``: the device-model domain.
        ``target``: the domain it serves.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[40](domid, target)

    def domain_pause(self, domid: int) -> CallResult:
        """Pause every vcpu of the domain (by the toolstack; idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_pausedomain 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[41](domid)

    def domain_unpause(self, domid: int) -> CallResult:
        """Undo domain_pause (idempotent).

        Hypercall: domctl 36 / XEN_DOMCTL_unpausedomain 4.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[42](domid)

    def domain_create(self, domid: int, pages: int, max_pages: int = 0, p2m_size: int = 0, vcpus: int = 1, flags: int = 1, max_grant_frames: int = 0, vmtrace_frames: int = 0) -> CallResult:
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
        ``max_grant_frames``: the grant table's frame limit, 1 to 64 (0: 32, 4.2's only
        limit; 4.2 takes no other).
        ``vmtrace_frames``: each vcpu's processor-trace buffer in frames: 0, or a power of
        two up to 16384 on an HVM domain of an Intel host (not in 4.2).
        Documented codes (doc): ENOMEM, EEXIST, EINVAL.
        Documented codes (xen-4.2): ENOMEM, EEXIST, EINVAL.
        Documented codes (xen-4.17): ENOMEM, EEXIST, EINVAL.
        """
        return self._bound[43](domid, pages, max_pages, p2m_size, vcpus, flags, max_grant_frames, vmtrace_frames)

    def domain_destroy(self, domid: int) -> CallResult:
        """Destroy a domain: relinquish its shared pages, drop paged gfns, free its frames and
        tear its rings down.  Frames still mapped by others keep it dying until they are
        unmapped.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[44](domid)

    def caller_privilege(self, domid: int, level: int) -> CallResult:
        """Set how far the toolstack may act on a domain (IS_PRIV_FOR and the XSM policy).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``level``: the privilege level.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[45](domid, level)

    def set_hvm_param(self, dom: int, param: int, value: int) -> CallResult:
        """Set an HVM parameter (the ring gfns are params 27, 28 and 29).

        Hypercall: hvm_op 34 / HVMOP_set_param 0.
        Caller: toolstack.
        ``dom``: the target domain.
        ``param``: the parameter index.
        ``value``: the new value.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[46](dom, param, value)

    def assign_device(self, domid: int, machine_bdf: int) -> CallResult:
        """Assign a PCI device to a domain for passthrough (the domain then needs the IOMMU).

        Hypercall: domctl 36 / XEN_DOMCTL_assign_device 37.
        Caller: toolstack.
        ``domid``: the target domain.
        ``machine_bdf``: the device's PCI segment/bus/device/fn.
        Documented codes (doc): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.2): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.17): EPERM, EACCES, EXDEV, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[47](domid, machine_bdf)

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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[48](dom, mem_type, first_pfn, nr)

    def shadow_logdirty(self, domid: int, enable: int) -> CallResult:
        """Turn log-dirty mode on or off: every ram_rw gfn becomes ram_logdirty, and back.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``enable``: non-zero turns log-dirty mode on.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[49](domid, enable)

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
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.17): EPERM, ESRCH, EBUSY, EINVAL.
        """
        return self._bound[50](domid, first_gfn, first_mfn, nr_mfns, add_mapping)

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
        Documented codes (xen-4.17): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        """
        return self._bound[51](domid, gfn, vcpu)

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
        Documented codes (xen-4.17): ENOENT, ESRCH, EAGAIN, ENOMEM, EACCES, EFAULT, EBUSY,
        EINVAL.
        """
        return self._bound[52](domid, gfn, value, vcpu)

    def guest_exec(self, domid: int, gfn: int, vcpu: int = 0) -> CallResult:
        """A guest vcpu fetches an instruction from a gfn (xen-access's exec mode): the fault
        path of a read with access type x (hvm_hap_nested_page_fault's access_x,
        RELEASE-4.2.0 hvm.c L1315-1343; npfec.insn_fetch, RELEASE-4.17.0 hvm.c L1841-1870):
        the entry's access must allow x, rx2rw lets it through unchanged, a shared gfn is
        not unshared, a paged gfn is paged in.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gfn``: a guest frame number of the target domain.
        ``vcpu``: the guest vcpu that makes the access.
        Output ``value``: the content token fetched.
        Documented codes (doc): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        Documented codes (xen-4.2): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        Documented codes (xen-4.17): ENOENT, ESRCH, EAGAIN, EACCES, EFAULT, EBUSY, EINVAL.
        """
        return self._bound[53](domid, gfn, vcpu)

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
        Documented codes (xen-4.17): ENOENT, ESRCH, ENOMEM, EINVAL, ENOSPC.
        """
        return self._bound[54](domid, gfn, writable)

    def foreign_unmap(self, mapping: int) -> CallResult:
        """Drop a foreign mapping (frees the page if its domain no longer holds it).

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[55](mapping)

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
        Documented codes (xen-4.17): ESRCH, EINVAL, ENOSPC.
        """
        return self._bound[56](domid, gfn, readonly)

    def grant_end_access(self, domid: int, gref: int) -> CallResult:
        """The guest revokes a grant (the entry keeps its stale frame number).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: a grant reference of the target domain.
        Documented codes (doc): ESRCH, EBUSY, EINVAL.
        Documented codes (xen-4.2): ESRCH, EBUSY, EINVAL.
        Documented codes (xen-4.17): ESRCH, EBUSY, EINVAL.
        """
        return self._bound[57](domid, gref)

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
        Documented codes (xen-4.17): EPERM, ESRCH, EAGAIN, EINVAL, ENOSPC.
        """
        return self._bound[58](domid, gref, writable)

    def grant_unmap(self, mapping: int) -> CallResult:
        """Drop a grant mapping.

        Kind: event.
        Caller: toolstack.
        ``mapping``: a mapping made by foreign_map or grant_map.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[59](mapping)

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
        Documented codes (xen-4.17): ESRCH, ENODEV, EINVAL, ENODATA.
        """
        return self._bound[60](domid, ring)

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
        Documented codes (xen-4.17): ESRCH, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[61](domid, ring, gfn, vcpu_id, flags)

    def ring_put_response_versioned(self, domid: int, ring: int, gfn: int, vcpu_id: int, flags: int, version: int) -> CallResult:
        """The helper posts a response whose version field it wrote: in xen-4.17, Xen consumes
        a response of another version than 7 (its slot is free again) and drops it (no page-
        in resume, no unpause); xen-4.2 and doc have no version field and act on it as on
        ring_put_response.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``ring``: the ring kind.
        ``gfn``: a guest frame number of the target domain.
        ``vcpu_id``: the vcpu to unpause if flags has vcpu_paused.
        ``flags``: ring_flags bits.
        ``version``: the response's version field (VM_EVENT_INTERFACE_VERSION is 7).
        Documented codes (doc): ESRCH, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ESRCH, ENODEV, EINVAL, ENOSPC.
        Documented codes (xen-4.17): ESRCH, ENODEV, EINVAL, ENOSPC.
        """
        return self._bound[62](domid, ring, gfn, vcpu_id, flags, version)

    def evtchn_send(self, domid: int, port: int) -> CallResult:
        """The helper kicks a ring's event channel: Xen consumes its responses.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``port``: the ring's port.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[63](domid, port)

    def domain_set_max_evtchn(self, domid: int, max_port: int) -> CallResult:
        """Limit the domain's event-channel ports to 0..max_port (toolstack).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``max_port``: the highest usable port (at most 4095).
        Documented codes (doc): ESRCH.
        Documented codes (xen-4.2): ESRCH.
        Documented codes (xen-4.17): ESRCH.
        """
        return self._bound[64](domid, max_port)

    def vm_event_resume(self, domid: int, ring: int) -> CallResult:
        """Have Xen consume the helper's responses on one of a domain's rings (4.17's
        XEN_VM_EVENT_RESUME).

        Hypercall: domctl 36 / XEN_DOMCTL_vm_event_op 56 / XEN_VM_EVENT_RESUME 2.
        Caller: toolstack.
        ``domid``: the target domain.
        ``ring``: the ring (vm_event mode).
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[65](domid, ring)

    def vm_event_get_version(self, domid: int) -> CallResult:
        """The vm_event interface version (4.17: 7).  libxc names DOMID_INVALID.

        Hypercall: domctl 36 / XEN_DOMCTL_vm_event_op 56 / XEN_VM_EVENT_GET_VERSION 3.
        Caller: toolstack.
        ``domid``: the target domain.
        Output ``version``: VM_EVENT_INTERFACE_VERSION.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        """
        return self._bound[66](domid)

    def inject_fault(self, site: int, nth: int = 1) -> CallResult:
        """Make the nth next pass through an internal failure site fail (one-shot).

        Kind: event.
        Caller: toolstack.
        ``site``: the failure site.
        ``nth``: 1 fails the next pass.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[67](site, nth)

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
        Documented codes (xen-4.17): EPERM, ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[68](dom, remote_dom)

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
        Documented codes (xen-4.17): ESRCH, ENOMEM, EACCES, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[69](remote_dom, remote_port)

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
        Documented codes (xen-4.17): ENOENT, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        """
        return self._bound[70](virq, vcpu)

    def evtchn_bind_ipi(self, vcpu: int) -> CallResult:
        """Bind a new port of the caller for inter-processor notifications to one of its vcpus.

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_ipi 7.
        Caller: guest.
        ``vcpu``: the vcpu to notify.
        Output ``port``: the new port.
        Documented codes (doc): ENOENT, ENOMEM, EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ENOENT, ENOMEM, EFAULT, EINVAL, ENOSPC.
        Documented codes (xen-4.17): ENOENT, ENOMEM, EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[71](vcpu)

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
        Documented codes (xen-4.17): EPERM, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSPC.
        """
        return self._bound[72](pirq, flags)

    def evtchn_close(self, port: int) -> CallResult:
        """Close a port of the caller: an interdomain peer becomes unbound and accepts the
        closer again; the port's pending bit is cleared (its mask is kept).

        Hypercall: event_channel_op 32 / EVTCHNOP_close 3.
        Caller: guest.
        ``port``: the caller's port.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[73](port)

    def evtchn_notify(self, port: int) -> CallResult:
        """EVTCHNOP_send (libxc's xc_evtchn_notify): notify the remote end of an interdomain
        port (a Xen port runs its consumer: a ring resumes), or the caller's own vcpu
        through an IPI port; on an unbound port the event is dropped.

        Hypercall: event_channel_op 32 / EVTCHNOP_send 4.
        Caller: any.
        ``port``: the caller's port.
        Documented codes (doc): EACCES, EFAULT, EINVAL.
        Documented codes (xen-4.2): EACCES, EFAULT, EINVAL.
        Documented codes (xen-4.17): EACCES, EFAULT, EINVAL.
        """
        return self._bound[74](port)

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
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EFAULT, EINVAL.
        """
        return self._bound[75](dom, port)

    def evtchn_bind_vcpu(self, port: int, vcpu: int) -> CallResult:
        """Make a port of the caller notify another of its vcpus (unbound, interdomain, global
        virq and pirq ports).

        Hypercall: event_channel_op 32 / EVTCHNOP_bind_vcpu 8.
        Caller: guest.
        ``port``: the caller's port.
        ``vcpu``: the vcpu to notify.
        Documented codes (doc): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.17): ENOENT, EFAULT, EINVAL.
        """
        return self._bound[76](port, vcpu)

    def evtchn_unmask(self, port: int) -> CallResult:
        """Clear a port's mask bit; if it is pending, raise an upcall on its vcpu (any valid
        port, whatever its state).

        Hypercall: event_channel_op 32 / EVTCHNOP_unmask 9.
        Caller: guest.
        ``port``: the caller's port.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[77](port)

    def evtchn_reset(self, dom: int) -> CallResult:
        """Close every port of dom that a guest may close (port 0 and Xen's ports stay);
        interdomain peers become unbound.

        Hypercall: event_channel_op 32 / EVTCHNOP_reset 10.
        Caller: any.
        ``dom``: the domain (DOMID_SELF: the caller).
        Documented codes (doc): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EFAULT.
        """
        return self._bound[78](dom)

    def evtchn_op_raw(self, cmd: int) -> CallResult:
        """event_channel_op with any cmd and an unreadable (NULL) argument: a sub-op of 4.2
        fails to copy its struct in, any other cmd is unknown.

        Hypercall: event_channel_op 32.
        Caller: any.
        ``cmd``: the sub-op.
        Documented codes (doc): EFAULT, ENOSYS.
        Documented codes (xen-4.2): EFAULT, ENOSYS.
        Documented codes (xen-4.17): EFAULT, ENOSYS.
        """
        return self._bound[79](cmd)

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
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[80](domid, port, masked)

    def evtchn_guest_clear(self, domid: int, port: int) -> CallResult:
        """A guest clears a port's pending bit in its shared info, having handled it.

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``port``: the port.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[81](domid, port)

    def evtchn_guest_upcall(self, domid: int, vcpu: int = 0) -> CallResult:
        """A guest vcpu takes its event upcall: it clears evtchn_upcall_pending and its
        evtchn_pending_sel word, as Linux's xen_evtchn_do_upcall does first.

        Kind: event.
        Caller: toolstack.
        ``domid``: the guest.
        ``vcpu``: the vcpu.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[82](domid, vcpu)

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
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[83](domid, vcpu, masked)

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
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[84](domid, virq, vcpu)

    def gnttab_set_version(self, version: int) -> CallResult:
        """The calling guest switches its own grant table between v1 (512 entries a frame) and
        v2 (256, and one status frame per 8 frames).  The first 8 entries are kept and
        converted, the others cleared; leaving v2 frees the status frames.

        Hypercall: grant_table_op 20 / GNTTABOP_set_version 8.
        Caller: guest.
        ``version``: the layout wanted, 1 or 2.
        Documented codes (doc): EBUSY, EINVAL.
        Documented codes (xen-4.2): EBUSY, EINVAL.
        Documented codes (xen-4.17): EBUSY, EINVAL.
        """
        return self._bound[85](version)

    def sched_yield(self) -> CallResult:
        """Voluntarily yield the CPU (the engine schedules nothing: it just returns).

        Hypercall: sched_op 29 / SCHEDOP_yield 0.
        Caller: guest.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[86]()

    def sched_block(self) -> CallResult:
        """Unmask the vcpu's event upcalls and block it until an event is delivered; with an
        upcall already pending it does not block (the reason says which).

        Hypercall: sched_op 29 / SCHEDOP_block 1.
        Caller: guest.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[87]()

    def sched_shutdown(self, reason: int) -> CallResult:
        """Shut the calling domain down (every vcpu paused, VIRQ_DOM_EXC to domain 0); the
        first reason recorded sticks.  Domain 0 would halt the host: not modelled.

        Hypercall: sched_op 29 / SCHEDOP_shutdown 2.
        Caller: guest.
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[88](reason)

    def sched_shutdown_code(self, reason: int) -> CallResult:
        """Record a shutdown reason without shutting down (a crash dump to come); a reason
        already recorded is kept.

        Hypercall: sched_op 29 / SCHEDOP_shutdown_code 5.
        Caller: guest.
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[89](reason)

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
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[90](ports, nr_ports, timeout)

    def sched_remote_shutdown(self, domain_id: int, reason: int) -> CallResult:
        """The toolstack (or a domain's device model) shuts a domain down with a reason; the
        first reason recorded sticks.

        Hypercall: sched_op 29 / SCHEDOP_remote_shutdown 4.
        Caller: toolstack.
        ``domain_id``: the domain (DOMID_SELF is not translated).
        ``reason``: SHUTDOWN_*; Xen keeps its low 8 bits.
        Documented codes (doc): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EFAULT.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EFAULT.
        """
        return self._bound[91](domain_id, reason)

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
        Documented codes (xen-4.17): EFAULT, EINVAL, ENOSPC.
        """
        return self._bound[92](id, timeout)

    def sched_op_raw(self, cmd: int) -> CallResult:
        """sched_op with any cmd and an unreadable (NULL) argument: yield and block run, a 4.2
        sub-op with an argument fails to copy it in, any other cmd is unknown.

        Hypercall: sched_op 29.
        Caller: guest.
        ``cmd``: the sub-op.
        Documented codes (doc): EFAULT, ENOSYS.
        Documented codes (xen-4.2): EFAULT, ENOSYS.
        Documented codes (xen-4.17): EFAULT, ENOSYS.
        """
        return self._bound[93](cmd)

    def domain_resume(self, domid: int) -> CallResult:
        """Undo a shutdown (XEN_DOMCTL_resumedomain): the vcpus paused for it run again and the
        recorded reason is forgotten.

        Hypercall: domctl 36 / XEN_DOMCTL_resumedomain 27.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
        """
        return self._bound[94](domid)

    def sched_watchdog_expire(self, domid: int, id: int) -> CallResult:
        """A domain's watchdog timer fires: the domain shuts down with reason watchdog (first
        reason sticks), unless it is already shutting down or dying.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``id``: the watchdog's id (1 or 2).
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[95](domid, id)

    def sched_poll_timeout(self, domid: int, vcpu: int = 0) -> CallResult:
        """The timeout of a vcpu's poll passes: the vcpu stops polling and runs.

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``vcpu``: the polling vcpu.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[96](domid, vcpu)

    def acquire_resource(self, domid: int, type: int, id: int, nr_frames: int | None = None, pad: int = 0, frame: int = 0, frame_list: Sequence[int] = REQUIRED, start_extent: int = 0) -> CallResult:
        """XENMEM_acquire_resource as the hypercall: with an empty frame_list (a NULL handle) a
        size query, else the machine frames of frames [frame, frame+nr_frames) of the
        resource, written to frame_list (the caller is paravirtualised; no reference is
        taken: only a mapping holds one).  Grant tables grow as needed; ioreq pages are
        allocated on first use; a failure leaves earlier 32-frame steps done.

        Hypercall: memory_op 12 / XENMEM_acquire_resource 28.
        Caller: any.
        ``domid``: the target domain.
        ``type``: the resource type.
        ``id``: grant table: 0 shared, 1 status; ioreq server: its id; vmtrace: the vcpu.
        ``nr_frames``: frames wanted (0 for a size query).
        ``pad``: must be 0.
        ``frame``: the first frame (ioreq server: 0 buffered ioreq, 1 ioreq).
        ``frame_list``: where Xen writes each frame's machine frame number; empty: a NULL
        handle (inout list; length nr_frames; 64-bit elements; elements make mfn; at most
        4096).
        ``start_extent``: frames already done by an earlier continuation (cmd >> 6).
        Output ``max_frames``: a size query's answer (0 for a mapping request).
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EFAULT, EINVAL.
        """
        return self._bound[97](domid, type, id, nr_frames, pad, frame, frame_list, start_extent)

    def resource_size(self, domid: int, type: int, id: int) -> CallResult:
        """xenforeignmemory_resource_size: a resource's size in bytes (privcmd's
        IOCTL_PRIVCMD_MMAP_RESOURCE size query, then frames << 12).

        Hypercall: memory_op 12 / XENMEM_acquire_resource 28.
        Caller: toolstack.
        ``domid``: the target domain.
        ``type``: the resource type (Xen keeps 16 bits of privcmd's 32).
        ``id``: as acquire_resource's id.
        Output ``size``: the resource's size in bytes.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[98](domid, type, id)

    def map_resource(self, domid: int, type: int, id: int, frame: int = 0, nr_frames: int | None = None, writable: int = 1) -> CallResult:
        """xenforeignmemory_map_resource: acquire frames [frame, frame+nr_frames) of a resource
        and map them into the caller (each mapped frame holds a page reference until
        unmap_resource).  nr_frames 0 is the library's size query: a mapping of no frames.

        Hypercall: memory_op 12 / XENMEM_acquire_resource 28.
        Caller: toolstack.
        ``domid``: the target domain.
        ``type``: the resource type (Xen keeps 16 bits of privcmd's 32).
        ``id``: as acquire_resource's id.
        ``frame``: the first frame (privcmd's idx keeps its low 32 bits).
        ``nr_frames``: frames to map.
        ``writable``: non-zero maps them writable (PROT_WRITE).
        ``mfns``: the machine frames mapped, in order (out list; length nr_frames; 64-bit
        elements; elements make mfn; at most 4096).
        Output ``mapping``: the mapping.
        Documented codes (doc): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, ENOMEM, EACCES, EINVAL, ENOSPC.
        """
        return self._bound[99](domid, type, id, frame, nr_frames, writable)

    def unmap_resource(self, mapping: int) -> CallResult:
        """xenforeignmemory_unmap_resource: drop a resource mapping's page references (frames
        Xen no longer holds are freed; a dying domain whose last mapped frame goes is gone).

        Kind: hypercall.
        Caller: toolstack.
        ``mapping``: a mapping made by map_resource.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[100](mapping)

    def ioreq_server_create(self, domid: int, handle_bufioreq: int) -> CallResult:
        """xendevicemodel_create_ioreq_server: the caller becomes the emulator of a new ioreq
        server of an HVM domain (the lowest free of 8); its pages come on first acquire.

        Hypercall: dm_op 41 / XEN_DMOP_create_ioreq_server 1.
        Caller: toolstack.
        ``domid``: the target domain.
        ``handle_bufioreq``: buffered ioreq handling (an int; the dm_op struct keeps its low
        8 bits).
        Output ``id``: the server's id.
        Documented codes (doc): EPERM, ESRCH, ENOMEM, EACCES, EINVAL, ENOSPC, ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, ENOMEM, EACCES, EINVAL, ENOSPC.
        """
        return self._bound[101](domid, handle_bufioreq)

    def ioreq_server_destroy(self, domid: int, id: int) -> CallResult:
        """xendevicemodel_destroy_ioreq_server: Xen lets go of the server's pages (a page still
        mapped stays until unmapped) and of its emulator.

        Hypercall: dm_op 41 / XEN_DMOP_destroy_ioreq_server 6.
        Caller: toolstack.
        ``domid``: the target domain.
        ``id``: the server.
        Documented codes (doc): EPERM, ENOENT, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOENT, ESRCH, EACCES, EINVAL.
        """
        return self._bound[102](domid, id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[103](uuid, flags)

    def tmem_destroy_pool(self, pool_id: int) -> CallResult:
        """Empty the caller's slot and flush the pool (leave it, if others share it).

        Hypercall: tmem_op 38 / TMEM_DESTROY_POOL 2.
        Caller: guest.
        ``pool_id``: the pool to destroy (any value: no pool check).
        Returns: 1: a pool was destroyed; 0: the slot was empty or pool_id is 16 or more.
        Documented codes (doc): ENOMEM, ENODEV.
        Documented codes (xen-4.2): ENOMEM, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[104](pool_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[105](pool_id, oid, index)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[106](pool_id, oid, index, cmfn)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[107](pool_id, oid, index, cmfn)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[108](pool_id, oid, index)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[109](pool_id, oid)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[110](pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[111](pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[112](pool_id, oid, index, cmfn)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[113](cmd, pool_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[114](cli_id, uuid, auth)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[115](cli_id, pool_id, flags, uuid)

    def tmem_control_thaw(self, cli_id: int) -> CallResult:
        """Thaw a client (or every client, cli_id 0xffff): puts are allowed again.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_THAW 0.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[116](cli_id)

    def tmem_control_freeze(self, cli_id: int) -> CallResult:
        """Freeze a client (or every client): new keys are refused with EFROZEN.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_FREEZE 1.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: 0.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[117](cli_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[118](cli_id, kb)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[119](cli_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[120](cli_id, len, use_long)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[121](cli_id, weight)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[122](cli_id, cap)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[123](cli_id, compress)

    def tmem_control_query_freeable_mb(self) -> CallResult:
        """MiB tmem could give back: its free frames and its ephemeral pages.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_QUERY_FREEABLE_MB 8.
        Caller: toolstack.
        Returns: (free frames tmem holds + ephemeral pages) >> 8.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[124]()

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[125](cli_id, live)

    def tmem_control_save_get_version(self) -> CallResult:
        """The tmem spec version.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_VERSION 11.
        Caller: toolstack.
        Returns: 1 (TMEM_SPEC_VERSION).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[126]()

    def tmem_control_save_get_maxpools(self) -> CallResult:
        """The pools a client may have.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_MAXPOOLS 12.
        Caller: toolstack.
        Returns: 16 (MAX_POOLS_PER_DOMAIN).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[127]()

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[128](cli_id)

    def tmem_control_save_get_client_cap(self, cli_id: int) -> CallResult:
        """A client's cap (read back like the weight).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_CLIENT_CAP 14.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: the cap.
        Documented codes (doc): EPERM, ENOENT, ENODEV.
        Documented codes (xen-4.2): EPERM, ENOENT, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[129](cli_id)

    def tmem_control_save_get_client_flags(self, cli_id: int) -> CallResult:
        """A client's flags: compress (1) and whether it was frozen before save_begin (2).

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_SAVE_GET_CLIENT_FLAGS 15.
        Caller: toolstack.
        ``cli_id``: the client (domain) the sub-op acts on; Xen keeps the low 16 bits, and
        0xffff (CLI_ID_NULL) means every client.
        Returns: TMEM_CLIENT_COMPRESS | TMEM_CLIENT_FROZEN (was_frozen, not frozen).
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[130](cli_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[131](cli_id, pool_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[132](cli_id, pool_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[133](cli_id, pool_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[134](cli_id, pool_id, bufsize)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[135](cli_id, bufsize)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[136](cli_id)

    def tmem_control_restore_begin(self, cli_id: int) -> CallResult:
        """Make a tmem client for domain cli_id, to restore into.

        Hypercall: tmem_op 38 / TMEM_CONTROL 0 / TMEMC_RESTORE_BEGIN 30.
        Caller: toolstack.
        ``cli_id``: the domain to restore into; Xen keeps the low 16 bits, and 0xffff
        (CLI_ID_NULL) means every client.
        Returns: 1.
        Documented codes (doc): EPERM, ENODEV.
        Documented codes (xen-4.2): EPERM, ENODEV.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[137](cli_id)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[138](cli_id, pool_id, oid, index, data, bufsize)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[139](cli_id, pool_id, oid, index)

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
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[140](subop, cli_id)

    def memory_exchange(self, exchange: Sequence[Sequence[int]], nr_in: int | None = None, in_extents: Sequence[int] = REQUIRED, nr_out: int | None = None, out_extents: Sequence[int] = REQUIRED) -> CallResult:
        """XENMEM_exchange: exchange input extents of a domain for new output extents, chunk by
        chunk; nr_exchanged counts the input extents of the completed chunks (on failure,
        the rest are untouched).  The domain's page count never changes.

        Hypercall: memory_op 12 / XENMEM_exchange 11.
        Caller: any.
        ``exchange``: the struct's scalar fields (xen_memory_exchange; in.mem_flags is
        ignored): Xen writes nr_exchanged back, on failure too (inout list; 1 elements;
        elements {in_domid:16, out_domid:16, in_order:32, out_order:32, out_mem_flags:32,
        nr_exchanged:64}; at most 1).
        ``nr_in``: in.nr_extents.
        ``in_extents``: in.extent_start: the first gfn of each input extent (in list; length
        nr_in; 64-bit elements; elements use gfn; at most 4096).
        ``nr_out``: out.nr_extents.
        ``out_extents``: out.extent_start: the gpfn for each output extent; Xen writes the
        extent's first machine frame back (for a paravirtualised target; for every target
        when pinning) (inout list; length nr_out; 64-bit elements; elements make mfn; at
        most 4096).
        Documented codes (doc): EPERM, ESRCH, ENOMEM, EFAULT, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, ENOMEM, EFAULT, EINVAL.
        Documented codes (xen-4.17): EPERM, ESRCH, ENOMEM, EFAULT, EINVAL.
        """
        return self._bound[141](exchange, nr_in, in_extents, nr_out, out_extents)

    def memory_exchange_and_pin(self, exchange: Sequence[Sequence[int]], nr_in: int | None = None, in_extents: Sequence[int] = REQUIRED, nr_out: int | None = None, out_extents: Sequence[int] = REQUIRED) -> CallResult:
        """Seed 004's XENMEM_exchange_and_pin: an exchange whose outputs are pinned (their p2m
        mapping does not change until unpinned) and whose machine frames are written back
        for every domain, translated or not.  Only ordinary read-write guest memory can be
        exchanged and pinned.

        Hypercall: memory_op 12 / XENMEM_exchange_and_pin 26.
        Caller: any.
        ``exchange``: the struct's scalar fields (xen_memory_exchange; in.mem_flags is
        ignored): Xen writes nr_exchanged back, on failure too (inout list; 1 elements;
        elements {in_domid:16, out_domid:16, in_order:32, out_order:32, out_mem_flags:32,
        nr_exchanged:64}; at most 1).
        ``nr_in``: in.nr_extents.
        ``in_extents``: in.extent_start: the first gfn of each input extent (in list; length
        nr_in; 64-bit elements; elements use gfn; at most 4096).
        ``nr_out``: out.nr_extents.
        ``out_extents``: out.extent_start: the gpfn for each output extent; Xen writes the
        extent's first machine frame back (for a paravirtualised target; for every target
        when pinning) (inout list; length nr_out; 64-bit elements; elements make mfn; at
        most 4096).
        Documented codes (doc): EPERM, ESRCH, ENOMEM, EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): none.
        """
        return self._bound[142](exchange, nr_in, in_extents, nr_out, out_extents)

    def memory_unpin(self, domid: int, nr_extents: int | None = None, extent_order: int = 0, extent_start: Sequence[int] = REQUIRED) -> CallResult:
        """Seed 004's XENMEM_unpin (struct xen_unpin: an extent list): unpin every page of the
        extents, or none if any is not pinned.

        Hypercall: memory_op 12 / XENMEM_unpin 27.
        Caller: any.
        ``domid``: the target domain.
        ``nr_extents``: in.nr_extents.
        ``extent_order``: in.extent_order.
        ``extent_start``: in.extent_start: the first gfn of each extent (in list; length
        nr_extents; 64-bit elements; elements use gfn; at most 4096).
        Documented codes (doc): EPERM, ESRCH, EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): none.
        """
        return self._bound[143](domid, nr_extents, extent_order, extent_start)

    def advance_time(self, ns: int) -> CallResult:
        """Time passes: Xen's system time moves forward by ns, and every timer that falls due
        on the way fires, in deadline order (a timer due now fires first).

        Kind: event.
        Caller: toolstack.
        ``ns``: how far the clock moves, in nanoseconds.
        Returns: the number of timer events delivered on the way (VIRQ_TIMER to vcpus).
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[144](ns)

    def createdomain(self, domid: int, flags: int = 0, max_vcpus: int = 1, max_evtchn_port: int = 0, max_grant_frames: int = 4294967295, max_maptrack_frames: int = 4294967295, grant_opts: int = 2, emulation_flags: int = 0) -> CallResult:
        """Create an empty domain (no memory; paused by the controller), at the id given or,
        for 0 or a reserved id, at the next free id after Xen's rover.

        Hypercall: domctl 36 / XEN_DOMCTL_createdomain 1.
        Caller: toolstack.
        ``domid``: the id asked for (domctl.domain; a new domain's, so no resource in use);
        0 or a reserved id lets Xen choose.
        ``flags``: XEN_DOMCTL_CDF_* bits: hvm 1, hap 2, s3_integrity 4, oos_off 8 (4.17 adds
        xs_domain 16, iommu 32, nested_virt 64, vpmu 128).
        ``max_vcpus``: vcpus to create (4.17: 0 is EINVAL, the vcpus are not modelled; 4.2
        ignores it).
        ``max_evtchn_port``: the event-channel port limit (4.17).
        ``max_grant_frames``: grant-table frames at most (4.17: an int32_t, negative for
        Xen's default of 64; the table's limit; 4.2 ignores it and gives 32).
        ``max_maptrack_frames``: maptrack frames at most (4.17: an int32_t, negative for
        Xen's default of 1024; only checked).
        ``grant_opts``: grant-table options (4.17): XEN_DOMCTL_GRANT_version(v) in bits 0-3,
        the highest version the domain may use (1 or 2; not kept).
        ``emulation_flags``: arch.emulation_flags: the emulated devices of an HVM domain
        (4.17).
        Output ``domain``: the new domain's id.
        Documented codes (doc): EPERM, ENOMEM, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOMEM, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOMEM, EEXIST, EINVAL.
        """
        return self._bound[145](domid, flags, max_vcpus, max_evtchn_port, max_grant_frames, max_maptrack_frames, grant_opts, emulation_flags)

    def destroydomain(self, domid: int) -> CallResult:
        """Kill a domain (domain_kill): relinquish its memory and rings; a dying domain is
        finished off (0).

        Hypercall: domctl 36 / XEN_DOMCTL_destroydomain 2.
        Caller: toolstack.
        ``domid``: the target domain.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[146](domid)

    def getdomaininfo(self, domid: int) -> CallResult:
        """The record of the first domain whose id is domid or higher (Xen rewrites
        domctl.domain to the id found).

        Hypercall: domctl 36 / XEN_DOMCTL_getdomaininfo 5.
        Caller: toolstack.
        ``domid``: the lowest domain id to report.
        ``info``: the domain's record (out list; 1 elements; elements {domain:16, flags:32,
        tot_pages:64, max_pages:64, shr_pages:64, paged_pages:64, nr_online_vcpus:32,
        max_vcpu_id:32}; at most 1).
        Documented codes (doc): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES.
        """
        return self._bound[147](domid)

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
        Documented codes (xen-4.17): EPERM, EACCES, EFAULT.
        """
        return self._bound[148](first_domain, max_domains)

    def physinfo(self) -> CallResult:
        """The host's memory and capabilities (CPU topology is not modelled).

        Hypercall: sysctl 35 / XEN_SYSCTL_physinfo 3.
        Caller: toolstack.
        Output ``total_pages``: host RAM in pages.
        Output ``free_pages``: pages on the host's free list.
        Output ``capabilities``: XEN_SYSCTL_PHYSCAP_* bits (4.2: hvm 1, hvm_directio 2;
        4.17: hvm 1, pv 2, directio 4, hap 8, shadow 16, iommu_hap_pt_share 32, vmtrace 64,
        gnttab_v1 256, gnttab_v2 512).
        Documented codes (doc): EPERM.
        Documented codes (xen-4.2): EPERM.
        Documented codes (xen-4.17): EPERM.
        """
        return self._bound[149]()

    def get_hvm_param(self, dom: int, param: int) -> CallResult:
        """Read an HVM parameter (the ring gfns are params 27, 28 and 29; 0: unset).

        Hypercall: hvm_op 34 / HVMOP_get_param 1.
        Caller: toolstack.
        ``dom``: the target domain (DOMID_SELF: the caller).
        ``param``: the parameter index.
        Output ``value``: the parameter's value.
        Documented codes (doc): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.2): EPERM, ESRCH, EACCES, EINVAL.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[150](dom, param)

    def getpageframeinfo3(self, domid: int, num: int | None = None, array: Sequence[int] = REQUIRED) -> CallResult:
        """Replace each gfn of array by its page's type: 0 for RAM of the domain, XTAB
        (0xf0000000) for no page (a hole, paged out, MMIO).

        Hypercall: domctl 36 / XEN_DOMCTL_getpageframeinfo3 61.
        Caller: toolstack.
        ``domid``: the target domain.
        ``num``: the gfns in array (at most 1024).
        ``array``: gfns in, page types out (xen_pfn_t array[]) (inout list; length num;
        64-bit elements; at most 4096).
        Documented codes (doc): EPERM, ESRCH, E2BIG, ENOMEM, EACCES, EFAULT, ENOSYS.
        Documented codes (xen-4.2): EPERM, ESRCH, E2BIG, ENOMEM, EACCES, EFAULT, ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, E2BIG, ENOMEM, EACCES, EFAULT.
        """
        return self._bound[151](domid, num, array)

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
        Documented codes (xen-4.17): EPERM, ENOSYS.
        """
        return self._bound[152](domid, op, event, u_lo, u_hi)

    def vcpu_initialise(self, vcpuid: int, ctxt: int) -> CallResult:
        """Give a vcpu its first context (PV: a vcpu_guest_context; an HVM vcpu in 4.17: a
        vcpu_hvm_context).  A PV context names page tables and descriptor tables, an HVM one
        register state, which the engine does not model: a call that gets past Xen's checks
        is answered unsupported.

        Hypercall: vcpu_op 24 / VCPUOP_initialise 0.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``ctxt``: the guest address of the vcpu_guest_context.
        Documented codes (doc): ENOENT, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, ENOMEM, EFAULT, EEXIST, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, ENOMEM, EFAULT, EEXIST.
        """
        return self._bound[153](vcpuid, ctxt)

    def vcpu_up(self, vcpuid: int) -> CallResult:
        """Make an initialised vcpu runnable (0 also when it is already up).

        Hypercall: vcpu_op 24 / VCPUOP_up 1.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, EINVAL.
        """
        return self._bound[154](vcpuid)

    def vcpu_down(self, vcpuid: int) -> CallResult:
        """Make a vcpu non-runnable (0 also when it is already down; the last vcpu may go down:
        4.2 does not shut the domain down).

        Hypercall: vcpu_op 24 / VCPUOP_down 2.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT.
        """
        return self._bound[155](vcpuid)

    def vcpu_is_up(self, vcpuid: int) -> CallResult:
        """Whether a vcpu is up.

        Hypercall: vcpu_op 24 / VCPUOP_is_up 3.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Returns: 1 if the vcpu is up, else 0.
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT.
        """
        return self._bound[156](vcpuid)

    def vcpu_get_runstate_info(self, vcpuid: int) -> CallResult:
        """The vcpu's run state and the time it has spent in each (vcpu_runstate_get).

        Hypercall: vcpu_op 24 / VCPUOP_get_runstate_info 4.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Output ``state``: the current run state.
        Output ``state_entry_time``: system time of the last state change (ns).
        Output ``time_running``: ns spent running.
        Output ``time_runnable``: ns spent runnable (always 0: every vcpu has a CPU).
        Output ``time_blocked``: ns spent blocked.
        Output ``time_offline``: ns spent offline (down or paused).
        Documented codes (doc): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.17): ENOENT, EFAULT.
        """
        return self._bound[157](vcpuid)

    def vcpu_register_runstate_memory_area(self, vcpuid: int, addr: int) -> CallResult:
        """Register the guest address where Xen keeps the vcpu's runstate (a later registration
        replaces it; the writes to guest memory are not modelled).

        Hypercall: vcpu_op 24 / VCPUOP_register_runstate_memory_area 5.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``addr``: the guest virtual address of the area.
        Documented codes (doc): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.17): ENOENT, EFAULT.
        """
        return self._bound[158](vcpuid, addr)

    def vcpu_set_periodic_timer(self, vcpuid: int, period_ns: int) -> CallResult:
        """Arm the vcpu's periodic timer (a VIRQ_TIMER every period while the vcpu runs).

        Hypercall: vcpu_op 24 / VCPUOP_set_periodic_timer 6.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``period_ns``: the period in ns.
        Documented codes (doc): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL.
        Documented codes (xen-4.17): ENOENT, EFAULT, EINVAL.
        """
        return self._bound[159](vcpuid, period_ns)

    def vcpu_stop_periodic_timer(self, vcpuid: int) -> CallResult:
        """Stop the vcpu's periodic timer.

        Hypercall: vcpu_op 24 / VCPUOP_stop_periodic_timer 7.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Documented codes (doc): ENOENT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EINVAL.
        Documented codes (xen-4.17): ENOENT.
        """
        return self._bound[160](vcpuid)

    def vcpu_set_singleshot_timer(self, vcpuid: int, timeout_abs_ns: int, flags: int = 0) -> CallResult:
        """Arm the calling vcpu's singleshot timer at an absolute system time (a deadline
        already past fires at once).

        Hypercall: vcpu_op 24 / VCPUOP_set_singleshot_timer 8.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``timeout_abs_ns``: the deadline: system time in ns (an s_time_t).
        ``flags``: VCPU_SSHOTTMR_* bits.
        Documented codes (doc): ENOENT, EFAULT, EINVAL, ETIME.
        Documented codes (xen-4.2): ENOENT, EFAULT, EINVAL, ETIME.
        Documented codes (xen-4.17): ENOENT, EFAULT, EINVAL, ETIME.
        """
        return self._bound[161](vcpuid, timeout_abs_ns, flags)

    def vcpu_stop_singleshot_timer(self, vcpuid: int) -> CallResult:
        """Stop the calling vcpu's singleshot timer.

        Hypercall: vcpu_op 24 / VCPUOP_stop_singleshot_timer 9.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Documented codes (doc): ENOENT, EINVAL.
        Documented codes (xen-4.2): ENOENT, EINVAL.
        Documented codes (xen-4.17): ENOENT, EINVAL.
        """
        return self._bound[162](vcpuid)

    def vcpu_register_vcpu_info(self, vcpuid: int, mfn: int, offset: int) -> CallResult:
        """Move the vcpu's vcpu_info into a page of the guest's (PV: a machine frame the domain
        owns; Xen keeps a reference and a writable type on it until the domain dies).

        Hypercall: vcpu_op 24 / VCPUOP_register_vcpu_info 10.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``mfn``: the frame (PV: a machine frame of the domain; HVM: a gfn).
        ``offset``: where in the frame the vcpu_info goes.
        Documented codes (doc): ENOENT, ENOMEM, EFAULT, EINVAL.
        Documented codes (xen-4.2): ENOENT, ENOMEM, EFAULT, EINVAL.
        Documented codes (xen-4.17): ENOENT, ENXIO, ENOMEM, EFAULT, EINVAL.
        """
        return self._bound[163](vcpuid, mfn, offset)

    def vcpu_send_nmi(self, vcpuid: int, arg: int = 0) -> CallResult:
        """Send an NMI to a vcpu (its nmi_pending; delivery into a PV guest is not modelled).

        Hypercall: vcpu_op 24 / VCPUOP_send_nmi 11.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``arg``: the argument handle; must be NULL (0).
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, EINVAL.
        """
        return self._bound[164](vcpuid, arg)

    def vcpu_get_physid(self, vcpuid: int) -> CallResult:
        """The physical CPU of a vcpu pinned to one (vcpu affinity is not modelled: no vcpu is
        pinned, as in 4.2 without dom0_vcpus_pin).

        Hypercall: vcpu_op 24 / VCPUOP_get_physid 12.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Output ``phys_id``: APIC id | ACPI id << 32.
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, EINVAL.
        """
        return self._bound[165](vcpuid)

    def vcpu_register_vcpu_time_memory_area(self, vcpuid: int, addr: int) -> CallResult:
        """Register a vcpu_time_info area: compiled out of 4.2 (#if 0), so unknown there; 4.17
        keeps the address (its updates of guest memory are not modelled).

        Hypercall: vcpu_op 24 / VCPUOP_register_vcpu_time_memory_area 13.
        Caller: guest.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        ``addr``: the guest virtual address of the area.
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, EFAULT.
        """
        return self._bound[166](vcpuid, addr)

    def vcpu_op_raw(self, cmd: int, vcpuid: int) -> CallResult:
        """vcpu_op with any other cmd (unknown to 4.2).  A cmd that has its own call above is
        answered unsupported: the raw form does not carry its arguments.

        Hypercall: vcpu_op 24.
        Caller: guest.
        ``cmd``: the VCPUOP_* command.
        ``vcpuid``: the vcpu of the calling domain (an int in Xen).
        Documented codes (doc): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): ENOENT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): ENOENT, ENOSYS.
        """
        return self._bound[167](cmd, vcpuid)

    def set_timer_op(self, timeout: int) -> CallResult:
        """Arm (or, with 0, stop) the calling vcpu's singleshot timer at an absolute system
        time; a deadline wrapped negative or more than 2^50 ns ahead is replaced by now +
        100 ms (Linux workaround).  Never fails.

        Hypercall: set_timer_op 15.
        Caller: guest.
        ``timeout``: the deadline in ns of system time (an s_time_t).
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[168](timeout)

    def guest_timer_interrupt(self, domid: int, vcpu: int) -> CallResult:
        """A guest vcpu takes its timer interrupts: the VIRQ_TIMER events Xen delivered to it
        since it last did (singleshot, periodic and set_timer_op timers).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``vcpu``: the vcpu.
        Returns: the number of timer events taken.
        Documented codes (doc): ESRCH, EINVAL.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL.
        """
        return self._bound[169](domid, vcpu)

    def xenver_version(self) -> CallResult:
        """The hypervisor's version, major << 16 | minor (4.2: 0x00040002).  Linux also calls
        it to have pending events delivered (force_evtchn_callback).

        Hypercall: xen_version 17 / XENVER_version 0.
        Caller: any.
        Returns: major << 16 | minor.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[170]()

    def xenver_extraversion(self) -> CallResult:
        """The version's suffix (xen_extraversion_t).

        Hypercall: xen_version 17 / XENVER_extraversion 1.
        Caller: any.
        ``buffer``: the 16-byte buffer Xen fills: the suffix, e.g. ".0", NUL-terminated (out
        list; 16 elements; 8-bit elements; at most 16).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[171]()

    def xenver_compile_info(self) -> CallResult:
        """Who built the hypervisor, where, when and with what (struct xen_compile_info).

        Hypercall: xen_version 17 / XENVER_compile_info 2.
        Caller: any.
        ``buffer``: the 144-byte buffer Xen fills: compiler[64], compile_by[16],
        compile_domain[32], compile_date[32], each NUL-terminated (out list; 144 elements;
        8-bit elements; at most 144).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[172]()

    def xenver_capabilities(self) -> CallResult:
        """The guest interfaces the hypervisor supports, space-separated (xen-3.0-x86_64 ...;
        the hvm-3.0-* ones when the CPU has HVM support).

        Hypercall: xen_version 17 / XENVER_capabilities 3.
        Caller: any.
        ``buffer``: the 1024-byte buffer Xen fills: the list, NUL-terminated (out list; 1024
        elements; 8-bit elements; at most 1024).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[173]()

    def xenver_changeset(self) -> CallResult:
        """The source revision the hypervisor was built from (xen_changeset_info_t).

        Hypercall: xen_version 17 / XENVER_changeset 4.
        Caller: any.
        ``buffer``: the 64-byte buffer Xen fills: the revision, NUL-terminated (out list; 64
        elements; 8-bit elements; at most 64).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[174]()

    def xenver_platform_parameters(self) -> CallResult:
        """Where the hypervisor's virtual address range starts (HYPERVISOR_VIRT_START).

        Hypercall: xen_version 17 / XENVER_platform_parameters 5.
        Caller: any.
        Output ``virt_start``: HYPERVISOR_VIRT_START.
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[175]()

    def xenver_get_features(self, submap_idx: int = 0) -> CallResult:
        """A feature submap of the calling domain (4.2 has submap 0 only).

        Hypercall: xen_version 17 / XENVER_get_features 6.
        Caller: any.
        ``submap_idx``: which 32-bit submap.
        Output ``submap``: the feature bits.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[176](submap_idx)

    def xenver_pagesize(self, arg: int = 0) -> CallResult:
        """The page size (4096); the argument must be NULL.

        Hypercall: xen_version 17 / XENVER_pagesize 7.
        Caller: any.
        ``arg``: the argument handle: must be NULL (0).
        Returns: PAGE_SIZE (4096).
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[177](arg)

    def xenver_guest_handle(self) -> CallResult:
        """The calling domain's handle (the toolstack's UUID for it; the engine's domains are
        created without one, so it is all zero, as domain 0's is in Xen).

        Hypercall: xen_version 17 / XENVER_guest_handle 8.
        Caller: any.
        ``buffer``: the 16-byte buffer Xen fills: the 16 handle bytes (out list; 16
        elements; 8-bit elements; at most 16).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[178]()

    def xenver_commandline(self) -> CallResult:
        """The hypervisor's boot command line (any caller may read it in 4.2).

        Hypercall: xen_version 17 / XENVER_commandline 9.
        Caller: any.
        ``buffer``: the 1024-byte buffer Xen fills: the command line, NUL-terminated (out
        list; 1024 elements; 8-bit elements; at most 1024).
        Documented codes (doc): EFAULT.
        Documented codes (xen-4.2): EFAULT.
        Documented codes (xen-4.17): EFAULT.
        """
        return self._bound[179]()

    def xenver_raw(self, cmd: int) -> CallResult:
        """xen_version with any other cmd (unknown to 4.2, build_id 10 included).  A cmd that
        has its own call above is answered unsupported: the raw form does not carry its
        buffer.

        Hypercall: xen_version 17.
        Caller: any.
        ``cmd``: the XENVER_* command.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOSYS.
        """
        return self._bound[180](cmd)

    def multicall(self, calls: Sequence[Sequence[int]], nr_calls: int | None = None) -> CallResult:
        """Run a batch of hypercalls in order, each entry's result written back; a failing
        entry does not stop the batch.  A nested multicall entry gets -EINVAL; an entry that
        is an environment event is refused (not a hypercall); an entry whose call takes
        lists, or more than six arguments, is answered unsupported, and so is the whole
        batch then.  An iret entry ends the batch (the XSA-213 fix).

        Hypercall: multicall 13.
        Caller: any.
        ``calls``: the entries (multicall_entry_t) (inout list; length nr_calls; elements
        {call:32, arg0:64, arg1:64, arg2:64, arg3:64, arg4:64, arg5:64, result:64}; at most
        256).
        ``nr_calls``: the number of entries (an unsigned int).
        Documented codes (doc): EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[181](calls, nr_calls)

    def set_trap_table(self, table: int) -> CallResult:
        """Load the PV guest's virtual IDT (an array of trap_info ending with a zero address;
        NULL clears it). From a PV domain it is answered unsupported: the engine does not
        model the PV guest's MMU and CPU state.

        Hypercall: set_trap_table 0.
        Caller: guest.
        ``table``: the guest address of the trap_info array.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[182](table)

    def mmu_update(self, req: int, count: int, pdone: int, foreigndom: int) -> CallResult:
        """Update PV page-table entries and M2P entries (MMU_NORMAL_PT_UPDATE,
        MMU_MACHPHYS_UPDATE, ...) from an array of {ptr, val} requests. From a PV domain it
        is answered unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: mmu_update 1.
        Caller: guest.
        ``req``: the guest address of the mmu_update_t array.
        ``count``: the number of elements (an unsigned int).
        ``pdone``: where Xen writes how many were done (NULL: nowhere).
        ``foreigndom``: the domain whose frames the ops name (DOMID_SELF).
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[183](req, count, pdone, foreigndom)

    def set_gdt(self, frame_list: int, entries: int) -> CallResult:
        """Load the PV guest's GDT from a list of frames. From a PV domain it is answered
        unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: set_gdt 2.
        Caller: guest.
        ``frame_list``: the guest address of the frame list.
        ``entries``: the number of descriptors.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[184](frame_list, entries)

    def stack_switch(self, ss: int, esp: int) -> CallResult:
        """Set the kernel stack used on a ring switch. From a PV domain it is answered
        unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: stack_switch 3.
        Caller: guest.
        ``ss``: the stack segment.
        ``esp``: the stack pointer.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[185](ss, esp)

    def set_callbacks(self, event_address: int, failsafe_address: int, syscall_address: int) -> CallResult:
        """Set the PV guest's event, failsafe and syscall entry points. From a PV domain it is
        answered unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: set_callbacks 4.
        Caller: guest.
        ``event_address``: the event upcall entry.
        ``failsafe_address``: the failsafe entry.
        ``syscall_address``: the syscall entry.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[186](event_address, failsafe_address, syscall_address)

    def fpu_taskswitch(self, set: int) -> CallResult:
        """Set (1) or clear (0) CR0.TS for the PV guest. From a PV domain it is answered
        unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: fpu_taskswitch 5.
        Caller: guest.
        ``set``: non-zero sets the task-switched flag.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[187](set)

    def set_debugreg(self, reg: int, value: int) -> CallResult:
        """Write a debug register of the PV vcpu. From a PV domain it is answered unsupported:
        the engine does not model the PV guest's MMU and CPU state.

        Hypercall: set_debugreg 8.
        Caller: guest.
        ``reg``: the debug register (0-7).
        ``value``: the value.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[188](reg, value)

    def get_debugreg(self, reg: int) -> CallResult:
        """Read a debug register of the PV vcpu. From a PV domain it is answered unsupported:
        the engine does not model the PV guest's MMU and CPU state.

        Hypercall: get_debugreg 9.
        Caller: guest.
        ``reg``: the debug register (0-7).
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[189](reg)

    def update_descriptor(self, ma: int, desc: int) -> CallResult:
        """Write one descriptor of a PV GDT or LDT page (by machine address). From a PV domain
        it is answered unsupported: the engine does not model the PV guest's MMU and CPU
        state.

        Hypercall: update_descriptor 10.
        Caller: guest.
        ``ma``: the machine address of the descriptor.
        ``desc``: the descriptor.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[190](ma, desc)

    def update_va_mapping(self, va: int, val: int, flags: int) -> CallResult:
        """Update the PV page-table entry that maps a virtual address (and flush). From a PV
        domain it is answered unsupported: the engine does not model the PV guest's MMU and
        CPU state.

        Hypercall: update_va_mapping 14.
        Caller: guest.
        ``va``: the virtual address.
        ``val``: the new PTE.
        ``flags``: UVMF_* flush flags.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[191](va, val, flags)

    def iret(self) -> CallResult:
        """Return from a PV guest's exception frame (ends a multicall: see multicall). From a
        PV domain it is answered unsupported: the engine does not model the PV guest's MMU
        and CPU state.

        Hypercall: iret 23.
        Caller: guest.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[192]()

    def set_segment_base(self, which: int, base: int) -> CallResult:
        """Set the FS, GS (kernel or user) base, or the GS selector, of a 64-bit PV vcpu. From
        a PV domain it is answered unsupported: the engine does not model the PV guest's MMU
        and CPU state.

        Hypercall: set_segment_base 25.
        Caller: guest.
        ``which``: SEGBASE_*.
        ``base``: the base.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[193](which, base)

    def mmuext_op(self, ops: int, count: int, pdone: int, foreigndom: int) -> CallResult:
        """Extended MMU operations on an array of ops: pin and unpin page tables, NEW_BASEPTR
        (CR3), SET_LDT, TLB flushes and INVLPG (local, multi, all), FLUSH_CACHE.  In
        xen-4.17 an HVM guest reaches do_mmuext_op: its prologue is modelled up to the XSM
        check, the ops themselves are answered unsupported. From a PV domain it is answered
        unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: mmuext_op 26.
        Caller: guest.
        ``ops``: the guest address of the mmuext_op_t array.
        ``count``: the number of elements (an unsigned int).
        ``pdone``: where Xen writes how many were done (NULL: nowhere).
        ``foreigndom``: the domain whose frames the ops name (DOMID_SELF).
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): EPERM, ESRCH, EACCES, EINVAL.
        """
        return self._bound[194](ops, count, pdone, foreigndom)

    def physdev_set_iopl(self, arg: int) -> CallResult:
        """Set the PV vcpu's I/O privilege level. From a PV domain it is answered unsupported:
        the engine does not model the PV guest's MMU and CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_set_iopl 6.
        Caller: guest.
        ``arg``: the guest address of struct physdev_set_iopl.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[195](arg)

    def physdev_irq_unmask_notify(self) -> CallResult:
        """Tell Xen the guest unmasked its physical IRQs (legacy since 0x00030202). From a PV
        domain it is answered unsupported: the engine does not model the PV guest's MMU and
        CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_irq_unmask_notify 4.
        Caller: guest.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[196]()

    def physdev_set_iobitmap(self, bitmap: int, nr_ports: int) -> CallResult:
        """Set the PV vcpu's I/O port bitmap. From a PV domain it is answered unsupported: the
        engine does not model the PV guest's MMU and CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_set_iobitmap 7.
        Caller: guest.
        ``bitmap``: the guest address of the bitmap.
        ``nr_ports``: the number of ports it covers.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[197](bitmap, nr_ports)

    def physdev_apic_read(self, apic_physbase: int, reg: int) -> CallResult:
        """Read an IO-APIC register (privileged). From a PV domain it is answered unsupported:
        the engine does not model the PV guest's MMU and CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_apic_read 8.
        Caller: guest.
        ``apic_physbase``: the IO-APIC's physical base.
        ``reg``: the register.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[198](apic_physbase, reg)

    def physdev_apic_write(self, apic_physbase: int, reg: int, value: int) -> CallResult:
        """Write an IO-APIC register (privileged). From a PV domain it is answered unsupported:
        the engine does not model the PV guest's MMU and CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_apic_write 9.
        Caller: guest.
        ``apic_physbase``: the IO-APIC's physical base.
        ``reg``: the register.
        ``value``: the value.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[199](apic_physbase, reg, value)

    def physdev_alloc_irq_vector(self, irq: int) -> CallResult:
        """Assign a vector to an IRQ (the seed's PHYSDEVOP_ASSIGN_VECTOR). From a PV domain it
        is answered unsupported: the engine does not model the PV guest's MMU and CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_alloc_irq_vector 10.
        Caller: guest.
        ``irq``: the IRQ.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[200](irq)

    def physdev_irq_status_query(self, irq: int) -> CallResult:
        """Whether a physical IRQ needs an EOI notification (the one PV physdev op of the seed
        an HVM guest may make).  No pirq of an HVM domain is ever mapped in the engine
        (PHYSDEVOP_map_pirq is not modelled), so an HVM guest always gets EINVAL. From a PV
        domain it is answered unsupported: the engine does not model the PV guest's MMU and
        CPU state.

        Hypercall: physdev_op 33 / PHYSDEVOP_irq_status_query 5.
        Caller: guest.
        ``irq``: the pirq (an int).
        Output ``flags``: XENIRQSTAT_* bits.
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[201](irq)

    def physdev_op_raw(self, cmd: int, arg: int) -> CallResult:
        """physdev_op with any other cmd.  An HVM guest gets -ENOSYS outside hvm_physdev_op's
        five sub-ops; those four without a call of their own here (eoi, map_pirq,
        unmap_pirq, get_free_pirq) and every PV physdev path are answered unsupported.

        Hypercall: physdev_op 33.
        Caller: guest.
        ``cmd``: the PHYSDEVOP_* command.
        ``arg``: the guest address of the op's struct.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[202](cmd, arg)

    def vm_assist(self, cmd: int, type: int) -> CallResult:
        """Turn a PV assist on or off for the calling domain (4gb_segments,
        4gb_segments_notify, writable_pagetables, pae_extended_cr3: only the flag is kept;
        xenver_get_features reports pae_extended_cr3).

        Hypercall: vm_assist 21.
        Caller: guest.
        ``cmd``: enable or disable.
        ``type``: the assist.
        Documented codes (doc): EINVAL, ENOSYS.
        Documented codes (xen-4.2): EINVAL, ENOSYS.
        Documented codes (xen-4.17): EINVAL, ENOSYS.
        """
        return self._bound[203](cmd, type)

    def nmi_op_register(self, handler_address: int) -> CallResult:
        """Register the calling vcpu's NMI callback (the PV trap table entry itself is not
        kept: nothing the engine models reads it).

        Hypercall: nmi_op 28 / XENNMI_register_callback 0.
        Caller: guest.
        ``handler_address``: the callback's address.
        Documented codes (doc): EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.2): EFAULT, EINVAL, ENOSYS.
        Documented codes (xen-4.17): EFAULT, EINVAL, ENOSYS.
        """
        return self._bound[204](handler_address)

    def nmi_op_unregister(self) -> CallResult:
        """Clear the calling vcpu's NMI callback.

        Hypercall: nmi_op 28 / XENNMI_unregister_callback 1.
        Caller: guest.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[205]()

    def console_io_write(self, count: int | None = None, buffer: Sequence[int] = REQUIRED) -> CallResult:
        """Domain 0 writes to Xen's console: the bytes go to the console log in chunks of 127,
        in 4.2 each cut at its first NUL (sercon_puts takes a C string); 4.17 writes every
        byte of a chunk (conring_puts takes a length).

        Hypercall: console_io 18 / CONSOLEIO_write 0.
        Caller: any.
        ``count``: the number of bytes (4.2: an int, 0 or negative writes nothing; 4.17: an
        unsigned int).
        ``buffer``: the bytes (in list; length count; 8-bit elements; at most 4096).
        Documented codes (doc): EPERM, EFAULT, ENOSYS.
        Documented codes (xen-4.2): EPERM, EFAULT, ENOSYS.
        Documented codes (xen-4.17): EPERM, EFAULT.
        """
        return self._bound[206](count, buffer)

    def console_io_read(self, count: int | None = None) -> CallResult:
        """Domain 0 reads what arrived on the serial line (the 128-byte input ring filled by
        serial_input), up to count bytes.

        Hypercall: console_io 18 / CONSOLEIO_read 1.
        Caller: any.
        ``count``: the most bytes to read (4.2: an int, 0 or negative reads nothing; 4.17:
        an unsigned int, above INT_MAX refused).
        ``buffer``: where the bytes go (out list; length count; 8-bit elements; at most
        4096).
        Returns: the number of bytes read.
        Documented codes (doc): EPERM, EFAULT, ENOSYS.
        Documented codes (xen-4.2): EPERM, EFAULT, ENOSYS.
        Documented codes (xen-4.17): EPERM, E2BIG, EFAULT.
        """
        return self._bound[207](count)

    def console_io_raw(self, cmd: int, count: int) -> CallResult:
        """console_io with any other cmd.  write and read have calls of their own: the raw form
        of those is answered unsupported.

        Hypercall: console_io 18.
        Caller: any.
        ``cmd``: the CONSOLEIO_* command.
        ``count``: the count argument.
        Documented codes (doc): EPERM, ENOSYS.
        Documented codes (xen-4.2): EPERM, ENOSYS.
        Documented codes (xen-4.17): EPERM, ENOSYS.
        """
        return self._bound[208](cmd, count)

    def hypercall_raw(self, op: int, a0: int, a1: int, a2: int, a3: int, a4: int) -> CallResult:
        """Any hypercall number with its first five raw arguments.  Numbers Xen has no handler
        for in the caller's table are -ENOSYS; a number Xen would dispatch is answered
        unsupported (the engine models hypercalls through the calls of the catalogue, not
        from raw registers).

        Kind: hypercall.
        Caller: any.
        ``op``: the hypercall number (rax; an HVM guest's eax: its low 32 bits).
        ``a0``: the first argument (the sub-op of a filtered hypercall).
        ``a1``: the second argument.
        ``a2``: the third argument.
        ``a3``: the fourth argument.
        ``a4``: the fifth argument.
        Documented codes (doc): ENOSYS.
        Documented codes (xen-4.2): ENOSYS.
        Documented codes (xen-4.17): ENOSYS.
        """
        return self._bound[209](op, a0, a1, a2, a3, a4)

    def serial_input(self, count: int | None = None, chars: Sequence[int] = REQUIRED) -> CallResult:
        """Bytes arrive on Xen's serial line: they go to domain 0's input ring (128 bytes;
        bytes that find it full are dropped), except CTRL-A three times, which switches the
        input between domain 0 and Xen.  Input for Xen's debug keys is not modelled: such a
        byte is answered unsupported.

        Kind: event.
        Caller: toolstack.
        ``count``: the number of bytes.
        ``chars``: the bytes, in order (in list; length count; 8-bit elements; at most
        4096).
        Returns: the number of bytes domain 0's ring took.
        Documented codes (doc): EINVAL.
        Documented codes (xen-4.2): EINVAL.
        Documented codes (xen-4.17): EINVAL.
        """
        return self._bound[210](count, chars)

    def serial_output(self, count: int | None = None) -> CallResult:
        """The host reads what Xen wrote to its console, oldest first (the log keeps the newest
        4096 bytes).

        Kind: event.
        Caller: toolstack.
        ``count``: the most bytes to take.
        ``chars``: where the bytes go (out list; length count; 8-bit elements; at most
        4096).
        Returns: the number of bytes taken.
        Documented codes (doc): none.
        Documented codes (xen-4.2): none.
        Documented codes (xen-4.17): none.
        """
        return self._bound[211](count)

    def grant_entry_write(self, domid: int, gref: int, flags: int, grantee: int, frame: int) -> CallResult:
        """Grant entry gref of a domain's table now holds what its bytes say: someone with the
        table's frames mapped (the guest, or a toolstack through acquire_resource) wrote it,
        and Xen reads the entry when it is mapped (map_grant_ref).

        Kind: event.
        Caller: toolstack.
        ``domid``: the target domain.
        ``gref``: the entry's index (any entry the table's frames hold).
        ``flags``: the entry's GTF_* flags: type in bits 0-1 (permit_access 1; another type
        grants nothing here), readonly bit 2.
        ``grantee``: the entry's domid: the domain allowed to map it.
        ``frame``: the granted frame: a gfn of a translated domain, a machine frame of a PV
        one.
        Documented codes (doc): ESRCH, EINVAL, ENOSPC.
        Documented codes (xen-4.2): ESRCH, EINVAL.
        Documented codes (xen-4.17): ESRCH, EINVAL, ENOSPC.
        """
        return self._bound[212](domid, gref, flags, grantee, frame)

    def gnttab_setup_table(self, count: int = 1, dom: int = 32752, nr_frames: int | None = None) -> CallResult:
        """GNTTABOP_setup_table: the table of dom grows to nr_frames if it has fewer
        (gnttab_grow_table; under v2 with its status frames), a table at version 0 becomes
        v1, and the first nr_frames frames are written to frame_list: machine frames for a
        paravirtualised dom, the M2P entry (all ones: the engine maps no grant frame into a
        physmap) for a translated one.  The outcome is the status output; the hypercall
        returns 0 unless count is not 1 or a copy faults.

        Hypercall: grant_table_op 20 / GNTTABOP_setup_table 2.
        Caller: any.
        ``count``: the hypercall's count of ops (only 1 is accepted).
        ``dom``: the domain whose table (DOMID_SELF: the caller's own).
        ``nr_frames``: the frames wanted (the table grows to this many).
        ``frame_list``: where Xen writes frame i of the table (xen_pfn_t) (out list; length
        nr_frames; 64-bit elements; elements make mfn; at most 4096).
        Output ``status``: GNTST_* (written into the struct).
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[213](count, dom, nr_frames)

    def gnttab_query_size(self, count: int = 1, dom: int = 32752) -> CallResult:
        """GNTTABOP_query_size: the current and the maximum frames of dom's table (4.2: the
        host-wide max_nr_grant_frames, 32; 4.17: the domain's max_grant_frames).  The
        outcome is the status output; the frame counts are written only with GNTST_okay (the
        struct is copied back whole, as the caller gave it otherwise).

        Hypercall: grant_table_op 20 / GNTTABOP_query_size 6.
        Caller: any.
        ``count``: the hypercall's count of ops (only 1 is accepted).
        ``dom``: the domain whose table (DOMID_SELF: the caller's own).
        Output ``nr_frames``: the table's current frames (GNTST_okay only).
        Output ``max_nr_frames``: the frames it may grow to (GNTST_okay only).
        Output ``status``: GNTST_* (written into the struct).
        Documented codes (doc): EFAULT, EINVAL.
        Documented codes (xen-4.2): EFAULT, EINVAL.
        Documented codes (xen-4.17): EFAULT, EINVAL.
        """
        return self._bound[214](count, dom)
