"""Xen's hypercall numbers and the HVM hypercall table of 4.2 (reference 1.2; the note
/work/notes/pv.md section 6).

The numbers are enumerations of the catalogue, so the C side (``HT_HYPERCALL_*`` and the
sub-op filters' ``HT_GNTTABOP_*``, ``HT_VCPUOP_*``, ``HT_PHYSDEVOP_*``, ``HT_XENMEM_HVM_*``)
and every catalogue call's ``Numbers`` chain read them from one place.  Which of them an
HVM guest reaches is ``HVM_TABLE_4_2`` (rendered as ``HT_HVM_TABLE_4_2_*`` for
``csrc/hvm_table.c``): a guest of an HVM domain calling a hypercall the table lacks gets
-ENOSYS before any handler check.  The dispatcher applies that gate to every call from its
catalogue hypercall number (``csrc/dispatch.c``), and ``with_hvm_gate`` documents the
ENOSYS for every such call; the sub-op filters stay with the handlers.
"""

from __future__ import annotations

import dataclasses

from .common import code, enum
from .errnos import ENOSYS
from .model import Call, Code, Kind, Numbers, Reason

HYPERCALL = enum(
    "hypercall",
    "hypercall numbers (__HYPERVISOR_*, public/xen.h at 4.2; 39 is reserved for XenClient)",
    set_trap_table=0,
    mmu_update=1,
    set_gdt=2,
    stack_switch=3,
    set_callbacks=4,
    fpu_taskswitch=5,
    sched_op_compat=6,
    platform_op=7,
    set_debugreg=8,
    get_debugreg=9,
    update_descriptor=10,
    memory_op=12,
    multicall=13,
    update_va_mapping=14,
    set_timer_op=15,
    event_channel_op_compat=16,
    xen_version=17,
    console_io=18,
    physdev_op_compat=19,
    grant_table_op=20,
    vm_assist=21,
    update_va_mapping_otherdomain=22,
    iret=23,
    vcpu_op=24,
    set_segment_base=25,
    mmuext_op=26,
    xsm_op=27,
    nmi_op=28,
    sched_op=29,
    callback_op=30,
    xenoprof_op=31,
    event_channel_op=32,
    physdev_op=33,
    hvm_op=34,
    sysctl=35,
    domctl=36,
    kexec_op=37,
    tmem_op=38,
    xc_reserved_op=39,
    # public/xen.h at RELEASE-4.17.0 (39 became argo_op there; 48 is arch_0, mca on x86)
    xenpmu_op=40,
    dm_op=41,
    hypfs_op=42,
    mca=48,
    paging_domctl_cont=49,  # __HYPERVISOR_arch_1 (asm/hypercall.h at RELEASE-4.17.0)
)

# The hvm64 column of xen/include/hypercall-defs.c at RELEASE-4.17.0 (default Kconfig: no
# ARGO): the hypercalls a guest of an HVM domain reaches there (csrc/hvm_table.c).
HVM_TABLE_4_17 = frozenset(
    {
        "platform_op",
        "memory_op",
        "multicall",
        "set_timer_op",
        "xen_version",
        "console_io",
        "grant_table_op",
        "vm_assist",
        "vcpu_op",
        "mmuext_op",
        "xsm_op",
        "sched_op",
        "event_channel_op",
        "physdev_op",
        "hvm_op",
        "sysctl",
        "domctl",
        "xenpmu_op",
        "dm_op",
        "hypfs_op",
        "paging_domctl_cont",
    }
)
GNTTABOP = enum(
    "gnttabop",
    "grant-table sub-ops (GNTTABOP_*, public/grant_table.h at 4.2)",
    map_grant_ref=0,
    unmap_grant_ref=1,
    setup_table=2,
    dump_table=3,
    transfer=4,
    copy=5,
    query_size=6,
    unmap_and_replace=7,
    set_version=8,
    get_status_frames=9,
    get_version=10,
    swap_grant_ref=11,
)
PHYSDEVOP = enum(
    "physdevop",
    "physdev_op sub-ops the engine names (PHYSDEVOP_*, public/physdev.h at 4.2; the seed's"
    " ASSIGN_VECTOR is alloc_irq_vector)",
    irq_unmask_notify=4,
    irq_status_query=5,
    set_iopl=6,
    set_iobitmap=7,
    apic_read=8,
    apic_write=9,
    alloc_irq_vector=10,
    eoi=12,
    map_pirq=13,
    unmap_pirq=14,
    get_free_pirq=23,
)
VCPUOP = enum(
    "vcpuop",
    "vcpu_op sub-ops (VCPUOP_*, public/vcpu.h at 4.2)",
    initialise=0,
    up=1,
    down=2,
    is_up=3,
    get_runstate_info=4,
    register_runstate_memory_area=5,
    set_periodic_timer=6,
    stop_periodic_timer=7,
    set_singleshot_timer=8,
    stop_singleshot_timer=9,
    register_vcpu_info=10,
    send_nmi=11,
    get_physid=12,
    register_vcpu_time_memory_area=13,
)
XENMEM_HVM_DENIED = enum(
    "xenmem_hvm_denied",
    "XENMEM_* sub-ops hvm_memory_op refuses an HVM guest (-ENOSYS, hvm.c at 4.2)",
    memory_map=9,
    machine_memory_map=10,
    machphys_mapping=12,
)

HVM_TABLE_4_2 = enum(
    "hvm_table_4_2",
    "the hypercalls with a slot in 4.2's hvm_hypercall64_table (hvm.c at RELEASE-4.2.0; the"
    " 32-bit table has the same slots): a guest of an HVM domain gets -ENOSYS for any other"
    " (hvm_do_hypercall)",
    memory_op=HYPERCALL.values["memory_op"],
    grant_table_op=HYPERCALL.values["grant_table_op"],
    vcpu_op=HYPERCALL.values["vcpu_op"],
    physdev_op=HYPERCALL.values["physdev_op"],
    xen_version=HYPERCALL.values["xen_version"],
    event_channel_op=HYPERCALL.values["event_channel_op"],
    sched_op=HYPERCALL.values["sched_op"],
    set_timer_op=HYPERCALL.values["set_timer_op"],
    hvm_op=HYPERCALL.values["hvm_op"],
    sysctl=HYPERCALL.values["sysctl"],
    tmem_op=HYPERCALL.values["tmem_op"],
)


def hypercall(name: str, *subops: tuple[str, int]) -> Numbers:
    """The Numbers chain of a call: the hypercall by its enumeration name, then sub-ops."""
    return Numbers(((name, HYPERCALL.values[name]), *subops))


def hvm_enosys(what: str) -> Code:
    """The ENOSYS of a guest of an HVM domain that 4.2's HVM hypercall table turns away."""
    return code(
        ENOSYS,
        f"the caller is a guest of an HVM domain and 4.2's HVM hypercall table has no {what}"
        " (hvm.c: hvm_hypercall64_table and its sub-op filters)",
    )


def hvm_enosys_rows(hypercall_name: str, what: str) -> dict[str, tuple[Code, ...]]:
    """The HVM table's ENOSYS per profile for a hypercall whose slot (with no sub-op filter
    of 4.17 left on the path) the 4.17 table has or lacks: doc and xen-4.2 follow 4.2's
    table; in xen-4.17 the ENOSYS remains only if 4.17's table lacks the hypercall (a path
    it opens reaches the handler, whose xen-4.17 row says what it answers, or is answered
    unsupported where the engine does not model it: csrc/hvm_table.c path_modelled_4_17)."""
    enosys = (hvm_enosys(what),)
    return {
        "doc": enosys,
        "xen-4.2": enosys,
        "xen-4.17": () if hypercall_name in HVM_TABLE_4_17 else (hvm_enosys_4_17(what),),
    }


def hvm_enosys_4_17(what: str) -> Code:
    """The ENOSYS of a guest of an HVM domain that 4.17's HVM hypercall table turns away."""
    return code(
        ENOSYS,
        f"the caller is a guest of an HVM domain and 4.17's HVM hypercall table has no {what}"
        " (xen/include/hypercall-defs.c and hvm/hypercall.c's sub-op filters)",
    )


def with_hvm_gate(call: Call) -> Call:
    """The call with the ENOSYS of a guest of an HVM domain first among its codes, in each
    profile whose HVM hypercall table lacks the hypercall it is issued through (the
    dispatcher gates it, csrc/dispatch.c and hvm_table.c): doc and xen-4.2 follow 4.2's
    table, xen-4.17 4.17's (a path 4.17 opens that 4.2 closed is answered unsupported)."""
    if call.numbers is None or call.kind is not Kind.HYPERCALL:
        return call
    name = call.numbers.chain[0][0]
    gates = {
        profile: None
        if (name in HVM_TABLE_4_17 if profile == "xen-4.17" else name in HVM_TABLE_4_2.values)
        else (hvm_enosys_4_17(name) if profile == "xen-4.17" else hvm_enosys(name))
        for profile in call.codes
    }
    # A profile that documents ENOSYS for the call already (tmem in 4.17: gone for every
    # caller) needs no second condition for it.
    codes: dict[str, tuple[Code, ...]] = {}
    for profile, documented in call.codes.items():
        gate = gates[profile]
        skip = gate is None or any(c.errno == ENOSYS for c in documented)
        codes[profile] = documented if gate is None or skip else (gate, *documented)
    return dataclasses.replace(call, codes=codes)


REASONS: tuple[Reason, ...] = (
    Reason("HVM_NO_HYPERCALL", "hvm: 4.2's HVM hypercall table has no such hypercall"),
    Reason("HVM_SUBOP_FILTERED", "hvm: 4.2's HVM hypercall table filters this sub-op out"),
    Reason(
        "HVM_4_17_PATH",
        "hvm: 4.17's HVM hypercall table lets an HVM guest reach a handler 4.2's did not;"
        " the engine models the 4.2 paths only",
    ),
)
