"""The Xen 4.17 hypercall ABI as the 4.17 tools use it (x86_64; reference xen-4.17.md
sections 1.3 and 2.0, every offset measured against Debian's libxen-dev 4.17 headers, and
tests/abi/test_headers.py checks every one again).

Facts only, from the public headers and the RELEASE-4.17.0 sources (cited per rule); no Xen
code.  Which catalogue call each command becomes does not depend on the profile: the profile
decides what the call then answers.
"""

from __future__ import annotations

from .model import (
    Abi,
    Answer,
    ArgEquals,
    CField,
    Const,
    Constant,
    Copyback,
    Frame,
    FrameKind,
    ListFrom,
    OnlyIf,
    Rule,
    Run,
    Select,
    Struct,
    Unknown,
    Unsupported,
    When,
    arg,
    header,
)

EINVAL = 22  # the errno numbers are Xen's (public/errno.h; haptrace.catalogue.errnos)

# ---- numbers ------------------------------------------------------------------------------


def _numbers(header_file: str, **values: int) -> tuple[Constant, ...]:
    return tuple(Constant(macro, value, header_file) for macro, value in values.items())


HYPERCALLS = _numbers(
    "xen/xen.h",
    __HYPERVISOR_set_trap_table=0,
    __HYPERVISOR_mmu_update=1,
    __HYPERVISOR_set_gdt=2,
    __HYPERVISOR_stack_switch=3,
    __HYPERVISOR_set_callbacks=4,
    __HYPERVISOR_fpu_taskswitch=5,
    __HYPERVISOR_sched_op_compat=6,
    __HYPERVISOR_platform_op=7,
    __HYPERVISOR_set_debugreg=8,
    __HYPERVISOR_get_debugreg=9,
    __HYPERVISOR_update_descriptor=10,
    __HYPERVISOR_memory_op=12,
    __HYPERVISOR_multicall=13,
    __HYPERVISOR_update_va_mapping=14,
    __HYPERVISOR_set_timer_op=15,
    __HYPERVISOR_event_channel_op_compat=16,
    __HYPERVISOR_xen_version=17,
    __HYPERVISOR_console_io=18,
    __HYPERVISOR_physdev_op_compat=19,
    __HYPERVISOR_grant_table_op=20,
    __HYPERVISOR_vm_assist=21,
    __HYPERVISOR_update_va_mapping_otherdomain=22,
    __HYPERVISOR_iret=23,
    __HYPERVISOR_vcpu_op=24,
    __HYPERVISOR_set_segment_base=25,
    __HYPERVISOR_mmuext_op=26,
    __HYPERVISOR_xsm_op=27,
    __HYPERVISOR_nmi_op=28,
    __HYPERVISOR_sched_op=29,
    __HYPERVISOR_callback_op=30,
    __HYPERVISOR_xenoprof_op=31,
    __HYPERVISOR_event_channel_op=32,
    __HYPERVISOR_physdev_op=33,
    __HYPERVISOR_hvm_op=34,
    __HYPERVISOR_sysctl=35,
    __HYPERVISOR_domctl=36,
    __HYPERVISOR_kexec_op=37,
    __HYPERVISOR_tmem_op=38,
    __HYPERVISOR_argo_op=39,
    __HYPERVISOR_xenpmu_op=40,
    __HYPERVISOR_dm_op=41,
    __HYPERVISOR_hypfs_op=42,
    __HYPERVISOR_arch_0=48,
    __HYPERVISOR_arch_1=49,
)
# The hypercalls the PV64 column of 4.17's table serves in some build
# (xen/include/hypercall-defs.c): tmem_op has no handler, and 11, 43..47, 50..55 and every
# number above are not in the table; those answer -ENOSYS (call_handlers_pv64's default).
SERVED = tuple(c.macro for c in HYPERCALLS if c.macro not in ("__HYPERVISOR_tmem_op",))

MEMORY_OPS = _numbers(
    "xen/memory.h",
    XENMEM_increase_reservation=0,
    XENMEM_decrease_reservation=1,
    XENMEM_maximum_ram_page=2,
    XENMEM_current_reservation=3,
    XENMEM_maximum_reservation=4,
    XENMEM_machphys_mfn_list=5,
    XENMEM_populate_physmap=6,
    XENMEM_add_to_physmap=7,
    XENMEM_memory_map=9,
    XENMEM_machine_memory_map=10,
    XENMEM_exchange=11,
    XENMEM_machphys_mapping=12,
    XENMEM_set_memory_map=13,
    XENMEM_maximum_gpfn=14,
    XENMEM_remove_from_physmap=15,
    XENMEM_set_pod_target=16,
    XENMEM_get_pod_target=17,
    XENMEM_get_sharing_freed_pages=18,
    XENMEM_get_sharing_shared_pages=19,
    XENMEM_paging_op=20,
    XENMEM_access_op=21,
    XENMEM_sharing_op=22,
    XENMEM_add_to_physmap_batch=23,
    XENMEM_claim_pages=24,
    XENMEM_machphys_compat_mfn_list=25,
    XENMEM_get_vnumainfo=26,
    XENMEM_reserved_device_memory_map=27,
    XENMEM_acquire_resource=28,
)
MEMORY_SUBOPS = _numbers(
    "xen/memory.h",
    XENMEM_paging_op_nominate=0,
    XENMEM_paging_op_evict=1,
    XENMEM_paging_op_prep=2,
    XENMEM_access_op_set_access=0,
    XENMEM_access_op_get_access=1,
    XENMEM_access_op_set_access_multi=4,
    XENMEM_sharing_op_nominate_gfn=0,
    XENMEM_sharing_op_nominate_gref=1,
    XENMEM_sharing_op_share=2,
    XENMEM_sharing_op_debug_gfn=3,
    XENMEM_sharing_op_debug_mfn=4,
    XENMEM_sharing_op_debug_gref=5,
    XENMEM_sharing_op_add_physmap=6,
    XENMEM_sharing_op_audit=7,
    XENMEM_sharing_op_range_share=8,
    XENMEM_sharing_op_fork=9,
    XENMEM_sharing_op_fork_reset=10,
)
# Hypervisor-internal (xen/include/xen/hypercall.h): memory_op's cmd is op | start << 6.
INTERNAL = (Constant("MEMOP_EXTENT_SHIFT", 6, ""),)

DOMCTLS = _numbers(
    "xen/domctl.h",
    XEN_DOMCTL_INTERFACE_VERSION=0x15,
    XEN_DOMCTL_createdomain=1,
    XEN_DOMCTL_destroydomain=2,
    XEN_DOMCTL_pausedomain=3,
    XEN_DOMCTL_unpausedomain=4,
    XEN_DOMCTL_getdomaininfo=5,
    XEN_DOMCTL_setvcpuaffinity=9,
    XEN_DOMCTL_shadow_op=10,
    XEN_DOMCTL_max_mem=11,
    XEN_DOMCTL_setvcpucontext=12,
    XEN_DOMCTL_getvcpucontext=13,
    XEN_DOMCTL_getvcpuinfo=14,
    XEN_DOMCTL_max_vcpus=15,
    XEN_DOMCTL_scheduler_op=16,
    XEN_DOMCTL_setdomainhandle=17,
    XEN_DOMCTL_setdebugging=18,
    XEN_DOMCTL_irq_permission=19,
    XEN_DOMCTL_iomem_permission=20,
    XEN_DOMCTL_ioport_permission=21,
    XEN_DOMCTL_hypercall_init=22,
    XEN_DOMCTL_settimeoffset=24,
    XEN_DOMCTL_getvcpuaffinity=25,
    XEN_DOMCTL_resumedomain=27,
    XEN_DOMCTL_sendtrigger=28,
    XEN_DOMCTL_subscribe=29,
    XEN_DOMCTL_gethvmcontext=33,
    XEN_DOMCTL_sethvmcontext=34,
    XEN_DOMCTL_set_address_size=35,
    XEN_DOMCTL_get_address_size=36,
    XEN_DOMCTL_assign_device=37,
    XEN_DOMCTL_bind_pt_irq=38,
    XEN_DOMCTL_memory_mapping=39,
    XEN_DOMCTL_ioport_mapping=40,
    XEN_DOMCTL_set_ext_vcpucontext=42,
    XEN_DOMCTL_get_ext_vcpucontext=43,
    XEN_DOMCTL_test_assign_device=45,
    XEN_DOMCTL_set_target=46,
    XEN_DOMCTL_deassign_device=47,
    XEN_DOMCTL_unbind_pt_irq=48,
    XEN_DOMCTL_get_device_group=50,
    XEN_DOMCTL_debug_op=54,
    XEN_DOMCTL_gethvmcontext_partial=55,
    XEN_DOMCTL_vm_event_op=56,
    XEN_DOMCTL_mem_sharing_op=57,
    XEN_DOMCTL_gettscinfo=59,
    XEN_DOMCTL_settscinfo=60,
    XEN_DOMCTL_getpageframeinfo3=61,
    XEN_DOMCTL_setvcpuextstate=62,
    XEN_DOMCTL_getvcpuextstate=63,
    XEN_DOMCTL_set_access_required=64,
    XEN_DOMCTL_audit_p2m=65,
    XEN_DOMCTL_set_virq_handler=66,
    XEN_DOMCTL_set_broken_page_p2m=67,
    XEN_DOMCTL_setnodeaffinity=68,
    XEN_DOMCTL_getnodeaffinity=69,
    XEN_DOMCTL_cacheflush=71,
    XEN_DOMCTL_get_vcpu_msrs=72,
    XEN_DOMCTL_set_vcpu_msrs=73,
    XEN_DOMCTL_setvnumainfo=74,
    XEN_DOMCTL_psr_cmt_op=75,
    XEN_DOMCTL_monitor_op=77,
    XEN_DOMCTL_psr_alloc=78,
    XEN_DOMCTL_soft_reset=79,
    XEN_DOMCTL_vuart_op=81,
    XEN_DOMCTL_get_cpu_policy=82,
    XEN_DOMCTL_set_cpu_policy=83,
    XEN_DOMCTL_vmtrace_op=84,
    XEN_DOMCTL_get_paging_mempool_size=85,
    XEN_DOMCTL_set_paging_mempool_size=86,
    XEN_VM_EVENT_ENABLE=0,
    XEN_VM_EVENT_DISABLE=1,
    XEN_VM_EVENT_RESUME=2,
    XEN_VM_EVENT_GET_VERSION=3,
    XEN_DOMCTL_VM_EVENT_OP_PAGING=1,
    XEN_DOMCTL_VM_EVENT_OP_MONITOR=2,
    XEN_DOMCTL_VM_EVENT_OP_SHARING=3,
    XEN_DOMCTL_MEM_SHARING_CONTROL=0,
)
# The domctls the reference lists for the 4.17 tools; every other known domctl is decoded
# and reported unsupported (its answer needs the domain lookup first).
SYSCTLS = _numbers(
    "xen/sysctl.h",
    XEN_SYSCTL_INTERFACE_VERSION=0x15,
    XEN_SYSCTL_readconsole=1,
    XEN_SYSCTL_tbuf_op=2,
    XEN_SYSCTL_physinfo=3,
    XEN_SYSCTL_sched_id=4,
    XEN_SYSCTL_perfc_op=5,
    XEN_SYSCTL_getdomaininfolist=6,
    XEN_SYSCTL_debug_keys=7,
    XEN_SYSCTL_getcpuinfo=8,
    XEN_SYSCTL_availheap=9,
    XEN_SYSCTL_get_pmstat=10,
    XEN_SYSCTL_cpu_hotplug=11,
    XEN_SYSCTL_pm_op=12,
    XEN_SYSCTL_page_offline_op=14,
    XEN_SYSCTL_lockprof_op=15,
    XEN_SYSCTL_cputopoinfo=16,
    XEN_SYSCTL_numainfo=17,
    XEN_SYSCTL_cpupool_op=18,
    XEN_SYSCTL_scheduler_op=19,
    XEN_SYSCTL_coverage_op=20,
    XEN_SYSCTL_psr_cmt_op=21,
    XEN_SYSCTL_pcitopoinfo=22,
    XEN_SYSCTL_psr_alloc=23,
    XEN_SYSCTL_get_cpu_levelling_caps=25,
    XEN_SYSCTL_get_cpu_featureset=26,
    XEN_SYSCTL_livepatch_op=27,
    XEN_SYSCTL_get_cpu_policy=29,
)
HVM_OPS = _numbers(
    "xen/hvm/hvm_op.h",
    HVMOP_set_param=0,
    HVMOP_get_param=1,
    HVMOP_flush_tlbs=5,
    HVMOP_pagetable_dying=9,
    HVMOP_get_time=10,
    HVMOP_xentrace=11,
    HVMOP_get_mem_type=15,
    HVMOP_set_evtchn_upcall_vector=23,
    HVMOP_guest_request_vm_event=24,
    HVMOP_altp2m=25,
)
XENVER_OPS = _numbers(
    "xen/version.h",
    XENVER_version=0,
    XENVER_extraversion=1,
    XENVER_compile_info=2,
    XENVER_capabilities=3,
    XENVER_changeset=4,
    XENVER_platform_parameters=5,
    XENVER_get_features=6,
    XENVER_pagesize=7,
    XENVER_guest_handle=8,
    XENVER_commandline=9,
    XENVER_build_id=10,
)
EVTCHN_OPS = _numbers(
    "xen/event_channel.h",
    EVTCHNOP_bind_interdomain=0,
    EVTCHNOP_bind_virq=1,
    EVTCHNOP_bind_pirq=2,
    EVTCHNOP_close=3,
    EVTCHNOP_send=4,
    EVTCHNOP_status=5,
    EVTCHNOP_alloc_unbound=6,
    EVTCHNOP_bind_ipi=7,
    EVTCHNOP_bind_vcpu=8,
    EVTCHNOP_unmask=9,
    EVTCHNOP_reset=10,
    EVTCHNOP_init_control=11,
    EVTCHNOP_expand_array=12,
    EVTCHNOP_set_priority=13,
)  # EVTCHNOP_reset_cont (14) is __XEN__-only in the header: unknown here, so unsupported
GNTTAB_OPS = _numbers(
    "xen/grant_table.h",
    GNTTABOP_map_grant_ref=0,
    GNTTABOP_unmap_grant_ref=1,
    GNTTABOP_setup_table=2,
    GNTTABOP_dump_table=3,
    GNTTABOP_transfer=4,
    GNTTABOP_copy=5,
    GNTTABOP_query_size=6,
    GNTTABOP_unmap_and_replace=7,
    GNTTABOP_set_version=8,
    GNTTABOP_get_status_frames=9,
    GNTTABOP_get_version=10,
    GNTTABOP_swap_grant_ref=11,
    GNTTABOP_cache_flush=12,
)
OTHER = (
    Constant("DOMID_INVALID", 0x7FF4, "xen/xen.h"),
    Constant("XEN_INVALID_MAX_VCPU_ID", 0xFFFFFFFF, "xen/domctl.h"),
    Constant("XEN_DOMCTL_PFINFO_XTAB", 0xF0000000, "xen/domctl.h"),
    Constant("VM_EVENT_INTERFACE_VERSION", 7, "xen/vm_event.h"),
)


def _macros(table: tuple[Constant, ...], prefix: str) -> tuple[str, ...]:
    return tuple(c.macro for c in table if c.macro.startswith(prefix))


# ---- struct layouts -----------------------------------------------------------------------


def F(
    name: str,
    offset: int,
    size: int,
    c: str = "",
    count: int = 1,
    signed: bool = False,
    handle: bool = False,
    part: bool = False,
) -> CField:
    return CField(name, offset, size, signed, count, handle, c, part)


STRUCTS = (
    Struct(
        "multicall_entry",
        "multicall_entry_t",
        64,
        (F("op", 0, 8), F("result", 8, 8), F("args", 16, 8, count=6)),
        header="xen/xen.h",
    ),
    Struct(
        "xen_domctl",
        "struct xen_domctl",
        144,
        (
            F("cmd", 0, 4),
            F("interface_version", 4, 4),
            F("domain", 8, 2),
            F("u", 16, 1, count=128),
        ),
        header="xen/domctl.h",
    ),
    Struct(
        "xen_sysctl",
        "struct xen_sysctl",
        136,
        (F("cmd", 0, 4), F("interface_version", 4, 4), F("u", 8, 1, count=128)),
        header="xen/sysctl.h",
    ),
    Struct(
        "xen_domctl_createdomain",
        "struct xen_domctl_createdomain",
        64,
        (
            F("ssidref", 0, 4),
            F("handle", 4, 1, count=16),
            F("flags", 20, 4),
            F("iommu_opts", 24, 4),
            F("max_vcpus", 28, 4),
            F("max_evtchn_port", 32, 4),
            F("max_grant_frames", 36, 4, signed=True),
            F("max_maptrack_frames", 40, 4, signed=True),
            F("grant_opts", 44, 4),
            F("vmtrace_size", 48, 4),
            F("cpupool_id", 52, 4),
            F("emulation_flags", 56, 4, c="arch.emulation_flags"),
            F("misc_flags", 60, 4, c="arch.misc_flags"),
        ),
        header="xen/domctl.h",
    ),
    Struct(
        "xen_domctl_getdomaininfo",
        "struct xen_domctl_getdomaininfo",
        112,
        (
            F("domain", 0, 2),
            F("flags", 4, 4),
            F("tot_pages", 8, 8),
            F("max_pages", 16, 8),
            F("outstanding_pages", 24, 8),
            F("shr_pages", 32, 8),
            F("paged_pages", 40, 8),
            F("shared_info_frame", 48, 8),
            F("cpu_time", 56, 8),
            F("nr_online_vcpus", 64, 4),
            F("max_vcpu_id", 68, 4),
            F("ssidref", 72, 4),
            F("handle", 76, 1, count=16),
            F("cpupool", 92, 4),
            F("gpaddr_bits", 96, 1),
            F("emulation_flags", 104, 4, c="arch_config.emulation_flags"),
            F("misc_flags", 108, 4, c="arch_config.misc_flags"),
        ),
        header="xen/domctl.h",
    ),
    Struct("xen_domctl_max_mem", "struct xen_domctl_max_mem", 8, (F("max_memkb", 0, 8),)),
    Struct(
        "xen_domctl_vm_event_op",
        "struct xen_domctl_vm_event_op",
        12,
        (
            F("op", 0, 4),
            F("mode", 4, 4),
            F("port", 8, 4, c="u.enable.port"),
            F("version", 8, 4, c="u.version"),
        ),
    ),
    Struct(
        "xen_domctl_mem_sharing_op",
        "struct xen_domctl_mem_sharing_op",
        2,
        (F("op", 0, 1), F("enable", 1, 1, c="u.enable")),
    ),
    Struct(
        "xen_domctl_getpageframeinfo3",
        "struct xen_domctl_getpageframeinfo3",
        16,
        (F("num", 0, 8), F("array", 8, 8, handle=True)),
    ),
    Struct(
        "xen_domctl_set_access_required",
        "struct xen_domctl_set_access_required",
        1,
        (F("access_required", 0, 1),),
    ),
    Struct(
        "xen_domctl_monitor_op",
        "struct xen_domctl_monitor_op",
        24,
        (
            F("op", 0, 4),
            F("event", 4, 4),
            F("u_lo", 8, 8, c="u", part=True),
            F("u_hi", 16, 8, c="u.mov_to_cr.bitmask"),
        ),
    ),
    Struct(
        "xen_sysctl_physinfo",
        "struct xen_sysctl_physinfo",
        112,
        (
            F("threads_per_core", 0, 4),
            F("cores_per_socket", 4, 4),
            F("nr_cpus", 8, 4),
            F("max_cpu_id", 12, 4),
            F("nr_nodes", 16, 4),
            F("max_node_id", 20, 4),
            F("cpu_khz", 24, 4),
            F("capabilities", 28, 4),
            F("arch_capabilities", 32, 4),
            F("total_pages", 40, 8),
            F("free_pages", 48, 8),
            F("scrub_pages", 56, 8),
            F("outstanding_pages", 64, 8),
            F("max_mfn", 72, 8),
            F("hw_cap", 80, 4, count=8),
        ),
        header="xen/sysctl.h",
    ),
    Struct(
        "xen_sysctl_getdomaininfolist",
        "struct xen_sysctl_getdomaininfolist",
        24,
        (
            F("first_domain", 0, 2),
            F("max_domains", 4, 4),
            F("buffer", 8, 8, handle=True),
            F("num_domains", 16, 4),
        ),
    ),
    Struct(
        "xen_memory_reservation",
        "struct xen_memory_reservation",
        32,
        (
            F("extent_start", 0, 8, handle=True),
            F("nr_extents", 8, 8),
            F("extent_order", 16, 4),
            F("mem_flags", 20, 4),
            F("domid", 24, 2),
        ),
        header="xen/memory.h",
    ),
    Struct("xen_memory_domain", "struct xen_memory_domain", 2, (F("domid", 0, 2),)),
    Struct(
        "xen_remove_from_physmap",
        "struct xen_remove_from_physmap",
        16,
        (F("domid", 0, 2), F("gpfn", 8, 8)),
    ),
    Struct(
        "xen_mem_paging_op",
        "struct xen_mem_paging_op",
        24,
        (F("op", 0, 1), F("domain", 2, 2), F("buffer", 8, 8, handle=True), F("gfn", 16, 8)),
    ),
    Struct(
        "xen_mem_access_op",
        "struct xen_mem_access_op",
        32,
        (
            F("op", 0, 1),
            F("access", 1, 1),
            F("domid", 2, 2),
            F("nr", 4, 4),
            F("pfn", 8, 8),
            F("pfn_list", 16, 8, handle=True),
            F("access_list", 24, 8, handle=True),
        ),
    ),
    Struct(
        "xen_mem_sharing_op",
        "struct xen_mem_sharing_op",
        48,
        (
            F("op", 0, 1),
            F("domain", 2, 2),
            F("gfn", 8, 8, c="u.nominate.u.gfn"),
            F("grant_ref", 8, 4, c="u.nominate.u.grant_ref"),
            F("handle", 16, 8, c="u.nominate.handle"),
            F("source_gfn", 8, 8, c="u.share.source_gfn"),
            F("source_handle", 16, 8, c="u.share.source_handle"),
            F("client_gfn", 24, 8, c="u.share.client_gfn"),
            F("client_handle", 32, 8, c="u.share.client_handle"),
            F("client_domain", 40, 2, c="u.share.client_domain"),
            F("first_gfn", 8, 8, c="u.range.first_gfn"),
            F("last_gfn", 16, 8, c="u.range.last_gfn"),
            F("opaque", 24, 8, c="u.range.opaque"),
            F("range_client_domain", 32, 2, c="u.range.client_domain"),
            F("range_pad", 34, 2, count=3, c="u.range._pad"),
            F("parent_domain", 8, 2, c="u.fork.parent_domain"),
            F("fork_flags", 10, 2, c="u.fork.flags"),
            F("fork_pad", 12, 4, c="u.fork.pad"),
            F("debug_gfn", 8, 8, c="u.debug.u.gfn"),
            F("debug_gref", 8, 4, c="u.debug.u.gref"),
        ),
    ),
    Struct(
        "evtchn_alloc_unbound",
        "struct evtchn_alloc_unbound",
        8,
        (F("dom", 0, 2), F("remote_dom", 2, 2), F("port", 4, 4)),
        header="xen/event_channel.h",
    ),
    Struct(
        "evtchn_bind_interdomain",
        "struct evtchn_bind_interdomain",
        12,
        (F("remote_dom", 0, 2), F("remote_port", 4, 4), F("local_port", 8, 4)),
        header="xen/event_channel.h",
    ),
    Struct(
        "evtchn_status",
        "struct evtchn_status",
        24,
        (
            F("dom", 0, 2),
            F("port", 4, 4),
            F("status", 8, 4),
            F("vcpu", 12, 4),
            F("unbound_dom", 16, 2, c="u.unbound.dom"),
            F("remote_dom", 16, 2, c="u.interdomain.dom"),
            F("remote_port", 20, 4, c="u.interdomain.port"),
            F("irq", 16, 4, c="u.pirq"),
            F("virq", 16, 4, c="u.virq"),
        ),
        header="xen/event_channel.h",
    ),
    Struct(
        "gnttab_setup_table",
        "struct gnttab_setup_table",
        24,
        (
            F("dom", 0, 2),
            F("nr_frames", 4, 4),
            F("status", 8, 2, signed=True),
            F("frame_list", 16, 8, handle=True),
        ),
        header="xen/grant_table.h",
    ),
    Struct(
        "gnttab_query_size",
        "struct gnttab_query_size",
        16,
        (
            F("dom", 0, 2),
            F("nr_frames", 4, 4),
            F("max_nr_frames", 8, 4),
            F("status", 12, 2, signed=True),
        ),
        header="xen/grant_table.h",
    ),
    Struct(
        "xen_hvm_param",
        "struct xen_hvm_param",
        16,
        (F("domid", 0, 2), F("index", 4, 4), F("value", 8, 8)),
        header="xen/hvm/hvm_op.h",
    ),
)

# ---- frames -------------------------------------------------------------------------------

FRAMES = (
    Frame(
        "__HYPERVISOR_memory_op",
        FrameKind.MEMORY_OP,
        commands=_macros(MEMORY_OPS, "XENMEM_"),
        unknown=Unknown.ENOSYS,
        doc="do_memory_op (common/memory.c): op = cmd & MEMOP_CMD_MASK; an op no switch"
        " knows reaches subarch_memory_op's default, -ENOSYS, having checked nothing",
    ),
    Frame(
        "__HYPERVISOR_domctl",
        FrameKind.STRUCT,
        commands=_macros(DOMCTLS, "XEN_DOMCTL_")[1:],
        unknown=Unknown.UNSUPPORTED,
        struct="xen_domctl",
        cmd="cmd",
        version_field="interface_version",
        version="XEN_DOMCTL_INTERFACE_VERSION",
        union=16,
        doc="do_domctl (common/domctl.c): copy_from_guest of the whole struct (EFAULT), the"
        " interface version (EACCES), the domain lookup (ESRCH), xsm_domctl, the command;"
        " copyback writes the whole struct back",
    ),
    Frame(
        "__HYPERVISOR_sysctl",
        FrameKind.STRUCT,
        commands=_macros(SYSCTLS, "XEN_SYSCTL_")[1:],
        unknown=Unknown.UNSUPPORTED,
        struct="xen_sysctl",
        cmd="cmd",
        version_field="interface_version",
        version="XEN_SYSCTL_INTERFACE_VERSION",
        union=8,
        doc="do_sysctl (common/sysctl.c): copy in (EFAULT), the interface version (EACCES),"
        " xsm_sysctl, the command; the whole struct is copied back when ret is 0",
    ),
    Frame(
        "__HYPERVISOR_hvm_op",
        FrameKind.OP_ARG,
        commands=_macros(HVM_OPS, "HVMOP_"),
        unknown=Unknown.ENOSYS,
        doc="do_hvm_op (arch/x86/hvm/hvm.c): switch (op), default -ENOSYS, nothing before",
    ),
    Frame(
        "__HYPERVISOR_event_channel_op",
        FrameKind.OP_ARG,
        commands=_macros(EVTCHN_OPS, "EVTCHNOP_"),
        unknown=Unknown.UNSUPPORTED,
        doc="do_event_channel_op (common/event_channel.c): switch (cmd), default -ENOSYS,"
        " nothing before; cmd is an int there (the upper half of the argument is dropped),"
        " which the frame does not model, so an unknown command is unsupported",
    ),
    Frame(
        "__HYPERVISOR_grant_table_op",
        FrameKind.OP_ARG,
        commands=_macros(GNTTAB_OPS, "GNTTABOP_"),
        unknown=Unknown.UNSUPPORTED,
        doc="do_grant_table_op (common/grant_table.c): cmd, the op's struct (or array) at"
        " arg1, the count in arg2; a negative count and opaque bits above GNTTABOP_CMD_MASK"
        " are -EINVAL before the switch, which the frame does not look at, so an unknown"
        " command is unsupported",
    ),
    Frame(
        "__HYPERVISOR_xen_version",
        FrameKind.OP_ARG,
        commands=_macros(XENVER_OPS, "XENVER_"),
        unknown=Unknown.UNSUPPORTED,
        doc="do_xen_version (common/kernel.c): switch (cmd), default -ENOSYS, nothing"
        " before; cmd is an int there, as event_channel_op's (an unknown command is"
        " unsupported)",
    ),
    Frame(
        "__HYPERVISOR_multicall",
        FrameKind.MULTICALL,
        doc="do_multicall (common/multicall.c): see csrc/abi.c",
    ),
)

# ---- decode rules -------------------------------------------------------------------------

_QUERY_CONTINUATION = Answer(EINVAL, "ABI_START_EXTENT")

DOMAININFO_RECORD = {
    "domain": "domain",
    "flags": "flags",
    "tot_pages": "tot_pages",
    "max_pages": "max_pages",
    "shr_pages": "shr_pages",
    "paged_pages": "paged_pages",
    "nr_online_vcpus": "nr_online_vcpus",
    "max_vcpu_id": "max_vcpu_id",
}


def _memop(
    command: str,
    action: Run | Unsupported,
    struct: str = "",
    select: tuple[Select, ...] = (),
    continuation: Answer | None = None,
    doc: str = "",
) -> Rule:
    return Rule("__HYPERVISOR_memory_op", command, action, struct, select, continuation, doc=doc)


def _domctl(
    command: str,
    action: Run,
    struct: str = "",
    select: tuple[Select, ...] = (),
    require_zero: tuple[str, ...] = (),
    doc: str = "",
) -> Rule:
    return Rule(
        "__HYPERVISOR_domctl",
        command,
        action,
        struct,
        select,
        require_zero=require_zero,
        doc=doc,
    )


def _reservation(call: str) -> Run:
    # increase_reservation's OUT list may be NULL (no frames wanted back: Xen skips it).
    extent = ListFrom(
        (arg("extent_start"),),
        arg("nr_extents"),
        sizes=(8,),
        null_empty=call == "increase_reservation",
        pv_frames=call == "populate_physmap",
    )
    args = {
        "domid": arg("domid"),
        "nr_extents": arg("nr_extents"),
        "extent_order": arg("extent_order"),
    }
    if call != "decrease_reservation":
        args["mem_flags"] = arg("mem_flags")
    return Run(call, args=args, lists={"extent_start": extent})


def _sharing(sub: str, action: Run | Unsupported) -> Rule:
    return _memop(
        "XENMEM_sharing_op",
        action,
        "xen_mem_sharing_op",
        select=(Select("op", SUBOP[sub]),),
        doc="mem_sharing_memop (arch/x86/mm/mem_sharing.c): the struct is copied back only"
        " when rc is 0",
    )


SUBOP = {c.macro: c.value for c in MEMORY_SUBOPS + DOMCTLS}


def _vm_event(op: str, mode: str | None, action: Run) -> Rule:
    select = [Select("op", SUBOP[op])]
    if mode is not None:
        select.append(Select("mode", SUBOP[mode]))
    return _domctl(
        "XEN_DOMCTL_vm_event_op",
        action,
        "xen_domctl_vm_event_op",
        select=tuple(select),
        doc="vm_event_domctl (common/vm_event.c); do_domctl copies back when ret is 0",
    )


_DOMAIN = {"domid": header("domain")}
_RINGS = (
    ("XEN_DOMCTL_VM_EVENT_OP_PAGING", "mem_paging", "domain_id"),
    ("XEN_DOMCTL_VM_EVENT_OP_MONITOR", "mem_access", "domain_id"),
    ("XEN_DOMCTL_VM_EVENT_OP_SHARING", "memshr_ring", "domid"),
)

RULES: tuple[Rule, ...] = (
    # -- memory_op ------------------------------------------------------------------------
    _memop(
        "XENMEM_increase_reservation",
        _reservation("increase_reservation"),
        "xen_memory_reservation",
    ),
    _memop(
        "XENMEM_decrease_reservation",
        _reservation("decrease_reservation"),
        "xen_memory_reservation",
    ),
    _memop(
        "XENMEM_populate_physmap",
        _reservation("populate_physmap"),
        "xen_memory_reservation",
        doc="populate_physmap (common/memory.c, RELEASE-4.17.0): for a PV target Xen"
        " writes each populated extent's first machine frame back over its gfn in"
        " extent_start (the list is IN to the catalogue call; the ABI layer writes the"
        " frames from the target's p2m)",
    ),
    _memop("XENMEM_maximum_ram_page", Run("maximum_ram_page")),
    _memop(
        "XENMEM_current_reservation",
        Run("current_reservation", args={"domid": arg("domid")}),
        "xen_memory_domain",
        continuation=_QUERY_CONTINUATION,
    ),
    _memop(
        "XENMEM_maximum_reservation",
        Run("maximum_reservation", args={"domid": arg("domid")}),
        "xen_memory_domain",
        continuation=_QUERY_CONTINUATION,
    ),
    _memop(
        "XENMEM_maximum_gpfn",
        Run("maximum_gpfn", args={"domid": arg("domid")}),
        "xen_memory_domain",
        continuation=_QUERY_CONTINUATION,
    ),
    _memop(
        "XENMEM_remove_from_physmap",
        Run("remove_from_physmap", args={"domid": arg("domid"), "gpfn": arg("gpfn")}),
        "xen_remove_from_physmap",
    ),
    _memop("XENMEM_get_sharing_freed_pages", Run("sharing_freed_pages")),
    _memop("XENMEM_get_sharing_shared_pages", Run("sharing_used_frames")),
    # paging_op: mem_paging_memop (arch/x86/mm/mem_paging.c) copies back after prep only.
    _memop(
        "XENMEM_paging_op",
        Run("mem_paging_nominate", args={"domain_id": arg("domain"), "gfn": arg("gfn")}),
        "xen_mem_paging_op",
        select=(Select("op", SUBOP["XENMEM_paging_op_nominate"]),),
    ),
    _memop(
        "XENMEM_paging_op",
        Run("mem_paging_evict", args={"domain_id": arg("domain"), "gfn": arg("gfn")}),
        "xen_mem_paging_op",
        select=(Select("op", SUBOP["XENMEM_paging_op_evict"]),),
    ),
    _memop(
        "XENMEM_paging_op",
        Run(
            "mem_paging_load",
            args={"domain_id": arg("domain"), "gfn": arg("gfn"), "buffer": arg("buffer")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        "xen_mem_paging_op",
        select=(Select("op", SUBOP["XENMEM_paging_op_prep"]), Select("buffer", nonzero=True)),
        doc="prep with a buffer is libxc's load: the catalogue call takes the buffer's"
        " address (page bytes are not modelled)",
    ),
    _memop(
        "XENMEM_paging_op",
        Run(
            "mem_paging_prep",
            args={"domain_id": arg("domain"), "gfn": arg("gfn")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        "xen_mem_paging_op",
        select=(Select("op", SUBOP["XENMEM_paging_op_prep"]),),
    ),
    # access_op: mem_access_memop (common/mem_access.c); 4.2's HVMOP_{set,get}_mem_access
    # are the same operations.
    _memop(
        "XENMEM_access_op",
        Run(
            "hvm_set_mem_access",
            args={
                "dom": arg("domid"),
                "memaccess": arg("access"),
                "first_pfn": arg("pfn"),
                "nr": arg("nr"),
            },
        ),
        "xen_mem_access_op",
        select=(Select("op", SUBOP["XENMEM_access_op_set_access"]),),
    ),
    _memop(
        "XENMEM_access_op",
        Run(
            "hvm_get_mem_access",
            args={"dom": arg("domid"), "pfn": arg("pfn")},
            outputs={"memaccess": arg("access")},
            copyback=Copyback.FIELDS,
            when=When.ZERO,
        ),
        "xen_mem_access_op",
        select=(Select("op", SUBOP["XENMEM_access_op_get_access"]),),
    ),
    _memop(
        "XENMEM_access_op",
        Run(
            "mem_access_set_multi",
            args={"domain_id": arg("domid"), "nr": arg("nr")},
            lists={
                "entries": ListFrom((arg("pfn_list"), arg("access_list")), arg("nr"), sizes=(8, 1))
            },
        ),
        "xen_mem_access_op",
        select=(Select("op", SUBOP["XENMEM_access_op_set_access_multi"]),),
    ),
    # sharing_op
    _sharing(
        "XENMEM_sharing_op_nominate_gfn",
        Run(
            "memshr_nominate_gfn",
            args={"domid": arg("domain"), "gfn": arg("gfn")},
            outputs={"handle": arg("handle")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_nominate_gref",
        Run(
            "memshr_nominate_gref",
            args={"domid": arg("domain"), "gref": arg("grant_ref")},
            outputs={"handle": arg("handle")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_share",
        Run(
            "memshr_share_gfns",
            args={
                "source_domain": arg("domain"),
                "source_gfn": arg("source_gfn"),
                "source_handle": arg("source_handle"),
                "client_domain": arg("client_domain"),
                "client_gfn": arg("client_gfn"),
                "client_handle": arg("client_handle"),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_debug_gfn",
        Run(
            "memshr_debug_gfn",
            args={"domid": arg("domain"), "gfn": arg("debug_gfn")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing("XENMEM_sharing_op_debug_mfn", Unsupported("ABI_NOT_IN_CATALOGUE")),
    _sharing(
        "XENMEM_sharing_op_debug_gref",
        Run(
            "memshr_debug_gref",
            args={"domid": arg("domain"), "gref": arg("debug_gref")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_add_physmap",
        Run(
            "memshr_add_to_physmap",
            args={
                "source_domain": arg("domain"),
                "source_gfn": arg("source_gfn"),
                "source_handle": arg("source_handle"),
                "client_domain": arg("client_domain"),
                "client_gfn": arg("client_gfn"),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    # audit returns before the copy back (mem_sharing_memop: op == audit).
    _sharing("XENMEM_sharing_op_audit", Run("memshr_audit")),
    _sharing(
        "XENMEM_sharing_op_range_share",
        Run(
            "memshr_range_share",
            args={
                "source_domain": arg("domain"),
                "client_domain": arg("range_client_domain"),
                "first_gfn": arg("first_gfn"),
                "last_gfn": arg("last_gfn"),
                "opaque": arg("opaque"),
                "pad": arg("range_pad"),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_fork",
        Run(
            "memshr_fork",
            args={
                "domid": arg("domain"),
                "parent_domain": arg("parent_domain"),
                "flags": arg("fork_flags"),
                "pad": arg("fork_pad"),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _sharing(
        "XENMEM_sharing_op_fork_reset",
        Run(
            "memshr_fork_reset",
            args={"domid": arg("domain"), "flags": arg("fork_flags"), "pad": arg("fork_pad")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    # -- domctl ---------------------------------------------------------------------------
    _domctl(
        "XEN_DOMCTL_createdomain",
        Run(
            "createdomain",
            args={
                "domid": header("domain"),
                "flags": arg("flags"),
                "max_vcpus": arg("max_vcpus"),
                "max_evtchn_port": arg("max_evtchn_port"),
                "max_grant_frames": arg("max_grant_frames"),
                "max_maptrack_frames": arg("max_maptrack_frames"),
                "grant_opts": arg("grant_opts"),
                "emulation_flags": arg("emulation_flags"),
            },
            outputs={"domain": header("domain")},
            copyback=Copyback.WHOLE,
        ),
        "xen_domctl_createdomain",
        require_zero=("iommu_opts", "vmtrace_size", "cpupool_id", "misc_flags"),
        doc="ssidref and handle are not modelled (ignored); iommu_opts, vmtrace_size,"
        " cpupool_id and misc_flags other than 0 are reported unsupported",
    ),
    _domctl("XEN_DOMCTL_destroydomain", Run("destroydomain", args=_DOMAIN)),
    _domctl("XEN_DOMCTL_pausedomain", Run("domain_pause", args=_DOMAIN)),
    _domctl("XEN_DOMCTL_unpausedomain", Run("domain_unpause", args=_DOMAIN)),
    _domctl(
        "XEN_DOMCTL_getdomaininfo",
        Run(
            "getdomaininfo",
            args=_DOMAIN,
            lists={
                "info": ListFrom(
                    (),
                    Const(1),
                    element="xen_domctl_getdomaininfo",
                    fields=DOMAININFO_RECORD,
                    zero=True,
                )
            },
            outputs={"info.domain": header("domain")},
            copyback=Copyback.WHOLE,
        ),
        "xen_domctl_getdomaininfo",
        doc="getdomaininfo() memsets the record, then fills it; do_domctl rewrites"
        " domctl.domain to the id found",
    ),
    _domctl(
        "XEN_DOMCTL_max_mem",
        Run("domain_setmaxmem", args={"domid": header("domain"), "max_memkb": arg("max_memkb")}),
        "xen_domctl_max_mem",
    ),
    *(
        _vm_event(
            "XEN_VM_EVENT_ENABLE",
            mode,
            Run(
                f"{prefix}_enable",
                args={name: header("domain")},
                outputs={"port": arg("port")},
                copyback=Copyback.WHOLE,
                when=When.ZERO,
            ),
        )
        for mode, prefix, name in _RINGS
    ),
    *(
        _vm_event(
            "XEN_VM_EVENT_DISABLE",
            mode,
            Run(
                f"{prefix}_disable",
                args={name: header("domain")},
                copyback=Copyback.WHOLE,
                when=When.ZERO,
            ),
        )
        for mode, prefix, name in _RINGS
    ),
    _vm_event(
        "XEN_VM_EVENT_RESUME",
        None,
        Run(
            "vm_event_resume",
            args={"domid": header("domain"), "ring": arg("mode")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _vm_event(
        "XEN_VM_EVENT_GET_VERSION",
        None,
        Run(
            "vm_event_get_version",
            args={"domid": header("domain")},
            outputs={"version": arg("version")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
    ),
    _domctl(
        "XEN_DOMCTL_mem_sharing_op",
        Run("memshr_control", args={"domid": header("domain"), "enable": arg("enable")}),
        "xen_domctl_mem_sharing_op",
        select=(Select("op", SUBOP["XEN_DOMCTL_MEM_SHARING_CONTROL"]),),
    ),
    _domctl(
        "XEN_DOMCTL_getpageframeinfo3",
        Run(
            "getpageframeinfo3",
            args={"domid": header("domain"), "num": arg("num")},
            lists={"array": ListFrom((arg("array"),), arg("num"), sizes=(8,))},
        ),
        "xen_domctl_getpageframeinfo3",
    ),
    _domctl(
        "XEN_DOMCTL_set_access_required",
        Run(
            "set_access_required",
            args={"domain_id": header("domain"), "access_required": arg("access_required")},
        ),
        "xen_domctl_set_access_required",
    ),
    _domctl(
        "XEN_DOMCTL_monitor_op",
        Run(
            "monitor_op",
            args={
                "domid": header("domain"),
                "op": arg("op"),
                "event": arg("event"),
                "u_lo": arg("u_lo"),
                "u_hi": arg("u_hi"),
            },
            outputs={"capabilities": arg("event")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        "xen_domctl_monitor_op",
    ),
    # -- sysctl ---------------------------------------------------------------------------
    Rule(
        "__HYPERVISOR_sysctl",
        "XEN_SYSCTL_physinfo",
        Run(
            "physinfo",
            outputs={
                "total_pages": arg("total_pages"),
                "free_pages": arg("free_pages"),
                "capabilities": arg("capabilities"),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
            zero=True,
        ),
        struct="xen_sysctl_physinfo",
        doc="the record is memset, then filled; CPU topology, scrub and outstanding pages,"
        " max_mfn and hw_cap are not modelled and stay 0",
    ),
    Rule(
        "__HYPERVISOR_sysctl",
        "XEN_SYSCTL_getdomaininfolist",
        Run(
            "getdomaininfolist",
            args={"first_domain": arg("first_domain"), "max_domains": arg("max_domains")},
            lists={
                "buffer": ListFrom(
                    (arg("buffer"),),
                    arg("max_domains"),
                    element="xen_domctl_getdomaininfo",
                    fields=DOMAININFO_RECORD,
                    zero=True,
                )
            },
            outputs={"num_domains": arg("num_domains")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="xen_sysctl_getdomaininfolist",
    ),
    # -- event_channel_op ---------------------------------------------------------------
    # Their order is the commands' numbers (the C tables want a command's rules together).
    Rule(
        "__HYPERVISOR_event_channel_op",
        "EVTCHNOP_bind_interdomain",
        Run(
            "evtchn_bind_interdomain",
            args={"remote_dom": arg("remote_dom"), "remote_port": arg("remote_port")},
            outputs={"local_port": arg("local_port")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="evtchn_bind_interdomain",
        doc="do_event_channel_op copies the struct in whole (EFAULT) and back whole when rc is 0",
    ),
    Rule(
        "__HYPERVISOR_event_channel_op",
        "EVTCHNOP_status",
        Run(
            "evtchn_status",
            args={"dom": arg("dom"), "port": arg("port")},
            outputs={
                "status": arg("status"),
                "vcpu": arg("vcpu"),
                "remote_dom": arg("remote_dom"),
                "remote_port": arg("remote_port"),
                "irq": arg("irq"),
            },
            only_if={
                "remote_dom": OnlyIf("status", (1, 2)),  # EVTCHNSTAT_unbound, _interdomain
                "remote_port": OnlyIf("status", (2,)),  # EVTCHNSTAT_interdomain
                "irq": OnlyIf("status", (3, 4)),  # EVTCHNSTAT_pirq, _virq
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="evtchn_status",
        doc="do_event_channel_op copies the struct in whole (EFAULT) and, when rc is 0, back"
        " whole; evtchn_status writes status and vcpu, and of the union only its case's"
        " member (closed and ipi leave it as the caller had it)",
    ),
    Rule(
        "__HYPERVISOR_event_channel_op",
        "EVTCHNOP_alloc_unbound",
        Run(
            "evtchn_alloc_unbound",
            args={"dom": arg("dom"), "remote_dom": arg("remote_dom")},
            outputs={"port": arg("port")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="evtchn_alloc_unbound",
        doc="do_event_channel_op copies the struct in whole (EFAULT) and back whole when rc is 0",
    ),
    # -- grant_table_op -------------------------------------------------------------------
    Rule(
        "__HYPERVISOR_grant_table_op",
        "GNTTABOP_setup_table",
        Run(
            "gnttab_setup_table",
            args={"count": Const(1), "dom": arg("dom"), "nr_frames": arg("nr_frames")},
            lists={"frame_list": ListFrom((arg("frame_list"),), arg("nr_frames"), sizes=(8,))},
            outputs={"status": arg("status")},
            copyback=Copyback.FIELDS,
            when=When.ZERO,
        ),
        struct="gnttab_setup_table",
        arg_check=ArgEquals(2, 4, 1, Answer(EINVAL, "GNT_SETUP_COUNT")),
        doc="gnttab_setup_table (common/grant_table.c): count (arg2, an unsigned int) must be"
        " 1 before the struct is read; the frame list is written element by element and only"
        " the status field is copied back (__copy_field_to_guest), also for a failing status",
    ),
    Rule(
        "__HYPERVISOR_grant_table_op",
        "GNTTABOP_query_size",
        Run(
            "gnttab_query_size",
            args={"count": Const(1), "dom": arg("dom")},
            outputs={
                "nr_frames": arg("nr_frames"),
                "max_nr_frames": arg("max_nr_frames"),
                "status": arg("status"),
            },
            only_if={
                "nr_frames": OnlyIf("status", (0,)),  # GNTST_okay
                "max_nr_frames": OnlyIf("status", (0,)),
            },
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="gnttab_query_size",
        arg_check=ArgEquals(2, 4, 1, Answer(EINVAL, "GNT_SETUP_COUNT")),
        doc="gnttab_query_size (common/grant_table.c): count must be 1; the struct is copied"
        " back whole, the counts filled only with GNTST_okay",
    ),
    # -- hvm_op ---------------------------------------------------------------------------
    Rule(
        "__HYPERVISOR_hvm_op",
        "HVMOP_set_param",
        Run(
            "set_hvm_param",
            args={"dom": arg("domid"), "param": arg("index"), "value": arg("value")},
        ),
        struct="xen_hvm_param",
    ),
    Rule(
        "__HYPERVISOR_hvm_op",
        "HVMOP_get_param",
        Run(
            "get_hvm_param",
            args={"dom": arg("domid"), "param": arg("index")},
            outputs={"value": arg("value")},
            copyback=Copyback.WHOLE,
            when=When.ZERO,
        ),
        struct="xen_hvm_param",
        doc="hvmop_get_param (arch/x86/hvm/hvm.c) copies the whole struct back on success",
    ),
    # -- xen_version ----------------------------------------------------------------------
    Rule(
        "__HYPERVISOR_xen_version",
        "XENVER_version",
        Run("xenver_version"),
        doc="do_xen_version (common/kernel.c): the value is (major << 16) + minor; the argument"
        " is not read.  `haptrace record` asks it to name the host's version in its trace",
    ),
)

XEN_4_17 = Abi(
    name="4.17",
    doc="Xen 4.17 as Debian's xen-utils-4.17 and libxen-dev 4.17 use it (x86_64)",
    constants=HYPERCALLS
    + MEMORY_OPS
    + MEMORY_SUBOPS
    + INTERNAL
    + DOMCTLS
    + SYSCTLS
    + HVM_OPS
    + EVTCHN_OPS
    + XENVER_OPS
    + GNTTAB_OPS
    + OTHER,
    structs=STRUCTS,
    frames=FRAMES,
    rules=RULES,
    hypercalls=SERVED,
)
