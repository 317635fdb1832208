/*
 * The HVM hypercall table: which hypercalls, and which of their sub-ops, a guest of an HVM
 * domain reaches (xen/arch/x86/hvm/hvm.c at RELEASE-4.2.0: hvm_do_hypercall,
 * hvm_hypercall64_table, and the filters hvm_memory_op, hvm_grant_table_op, hvm_vcpu_op and
 * hvm_physdev_op; for xen-4.17, xen/include/hypercall-defs.c and hvm/hypercall.c at
 * RELEASE-4.17.0).  Every family that handles a hypercall an HVM guest can make asks here
 * first; what the table lacks is -ENOSYS before any handler check.  The control domain
 * and PV guests use the PV table (x86_64/entry.S: hypercall_table) and reach every handler.
 *
 * Not modelled: the guest's privilege level (hvm_do_hypercall's -EPERM for SS.DPL 3, and
 * the XSA-76 ring 1/2 hole), since a call carries no CPL; and Viridian hypercalls (eax bit
 * 31), since no domain is a Viridian guest.
 */
#include "engine.h"

#define NR_HYPERCALLS 64   /* NR_hypercalls (asm-x86/config.h) */
#define MEMOP_CMD_MASK 0x3f   /* (1 << MEMOP_EXTENT_SHIFT) - 1 (common/memory.c) */

/* hvm_hypercall64_table at 4.2: the hypercalls with a slot (the 32-bit table has the same
 * slots, and hvm_do_hypercall tests that one for every caller). */
static bool in_table_4_2(uint32_t nr)
{
    switch (nr) {
    /* The catalogue's hvm_table_4_2 (haptrace/catalogue/hypercalls.py), which also gives
     * every call issued through another hypercall its documented ENOSYS. */
    case HT_HVM_TABLE_4_2_MEMORY_OP:
    case HT_HVM_TABLE_4_2_GRANT_TABLE_OP:
    case HT_HVM_TABLE_4_2_VCPU_OP:
    case HT_HVM_TABLE_4_2_PHYSDEV_OP:
    case HT_HVM_TABLE_4_2_XEN_VERSION:
    case HT_HVM_TABLE_4_2_EVENT_CHANNEL_OP:
    case HT_HVM_TABLE_4_2_SCHED_OP:
    case HT_HVM_TABLE_4_2_SET_TIMER_OP:
    case HT_HVM_TABLE_4_2_HVM_OP:
    case HT_HVM_TABLE_4_2_SYSCTL:
    case HT_HVM_TABLE_4_2_TMEM_OP:
        return true;
    default:
        return false;
    }
}

/* The sub-op filters the table's slots point at (hvm_memory_op, hvm_grant_table_op's
 * grant_table_op_is_allowed, hvm_vcpu_op, hvm_physdev_op at 4.2). */
static bool subop_allowed_4_2(uint32_t nr, uint64_t subop)
{
    switch (nr) {
    case HT_HYPERCALL_MEMORY_OP:
        switch (subop & MEMOP_CMD_MASK) {
        case HT_XENMEM_HVM_DENIED_MEMORY_MAP:
        case HT_XENMEM_HVM_DENIED_MACHINE_MEMORY_MAP:
        case HT_XENMEM_HVM_DENIED_MACHPHYS_MAPPING:
            return false;
        default:
            return true;
        }
    case HT_HYPERCALL_GRANT_TABLE_OP:
        switch (subop) {
        case HT_GNTTABOP_QUERY_SIZE:
        case HT_GNTTABOP_SETUP_TABLE:
        case HT_GNTTABOP_SET_VERSION:
        case HT_GNTTABOP_GET_VERSION:
        case HT_GNTTABOP_COPY:
        case HT_GNTTABOP_MAP_GRANT_REF:
        case HT_GNTTABOP_UNMAP_GRANT_REF:
        case HT_GNTTABOP_SWAP_GRANT_REF:
            return true;
        default:
            return false;  /* "all other commands need auditing" */
        }
    case HT_HYPERCALL_VCPU_OP:
        switch (subop) {
        case HT_VCPUOP_REGISTER_RUNSTATE_MEMORY_AREA:
        case HT_VCPUOP_GET_RUNSTATE_INFO:
        case HT_VCPUOP_SET_PERIODIC_TIMER:
        case HT_VCPUOP_STOP_PERIODIC_TIMER:
        case HT_VCPUOP_SET_SINGLESHOT_TIMER:
        case HT_VCPUOP_STOP_SINGLESHOT_TIMER:
        case HT_VCPUOP_REGISTER_VCPU_INFO:
            return true;
        default:
            return false;
        }
    case HT_HYPERCALL_PHYSDEV_OP:
        switch (subop) {
        case HT_PHYSDEVOP_MAP_PIRQ:
        case HT_PHYSDEVOP_UNMAP_PIRQ:
        case HT_PHYSDEVOP_EOI:
        case HT_PHYSDEVOP_IRQ_STATUS_QUERY:
        case HT_PHYSDEVOP_GET_FREE_PIRQ:
            return true;
        default:
            return false;
        }
    default:
        return true;  /* the other slots call do_<hypercall> unfiltered */
    }
}

/* The hvm64 column of xen/include/hypercall-defs.c at RELEASE-4.17.0, with Xen's default
 * Kconfig (no ARGO; HVM, IOREQ_SERVER, HYPFS and GRANT_TABLE on): tmem_op is gone, and
 * platform_op, multicall, console_io, vm_assist, mmuext_op, xsm_op, domctl, xenpmu_op,
 * dm_op, hypfs_op and paging_domctl_cont came in. */
static bool in_table_4_17(uint32_t nr)
{
    switch (nr) {
    case HT_HYPERCALL_PLATFORM_OP:
    case HT_HYPERCALL_MEMORY_OP:
    case HT_HYPERCALL_MULTICALL:
    case HT_HYPERCALL_SET_TIMER_OP:
    case HT_HYPERCALL_XEN_VERSION:
    case HT_HYPERCALL_CONSOLE_IO:
    case HT_HYPERCALL_GRANT_TABLE_OP:
    case HT_HYPERCALL_VM_ASSIST:
    case HT_HYPERCALL_VCPU_OP:
    case HT_HYPERCALL_MMUEXT_OP:
    case HT_HYPERCALL_XSM_OP:
    case HT_HYPERCALL_SCHED_OP:
    case HT_HYPERCALL_EVENT_CHANNEL_OP:
    case HT_HYPERCALL_PHYSDEV_OP:
    case HT_HYPERCALL_HVM_OP:
    case HT_HYPERCALL_SYSCTL:
    case HT_HYPERCALL_DOMCTL:
    case HT_HYPERCALL_XENPMU_OP:
    case HT_HYPERCALL_DM_OP:
    case HT_HYPERCALL_HYPFS_OP:
    case HT_HYPERCALL_PAGING_DOMCTL_CONT:
        return true;
    default:
        return false;
    }
}

/* The sub-op filters at RELEASE-4.17.0 (arch/x86/hvm/hypercall.c): hvm_memory_op refuses
 * only machine_memory_map and machphys_mapping (memory_map passes); hvm_grant_table_op and
 * hvm_physdev_op keep 4.2's lists for a guest that is not the hardware domain; vcpu_op
 * goes to do_vcpu_op unfiltered (hvm_vcpu_op is gone). */
static bool subop_allowed_4_17(uint32_t nr, uint64_t subop)
{
    switch (nr) {
    case HT_HYPERCALL_MEMORY_OP:
        switch (subop & MEMOP_CMD_MASK) {
        case HT_XENMEM_HVM_DENIED_MACHINE_MEMORY_MAP:
        case HT_XENMEM_HVM_DENIED_MACHPHYS_MAPPING:
            return false;
        default:
            return true;
        }
    case HT_HYPERCALL_VCPU_OP:
        return true;
    default:
        return subop_allowed_4_2(nr, subop);
    }
}

/* The slots 4.17's table opens whose HVM path the engine models (xen-4.17 only): there the
 * handler runs as for any other guest rather than answering unsupported.
 * - multicall: do_multicall runs each entry through the hvm64 handlers
 *   (hvm_do_multicall_call, arch/x86/hvm/hypercall.c, RELEASE-4.17.0), which the engine
 *   does by running each entry as the same caller, through this table; a guest at CPL 0
 *   continues the batch (mc_continue), and only pv_do_multicall_call ends it at an iret.
 * - domctl: do_domctl (common/domctl.c, RELEASE-4.17.0) looks the domain up, then
 *   xsm_domctl (xsm/dummy.h) asks XSM_PRIV (XSM_XS_PRIV for getdomaininfo, XSM_DM_PRIV for
 *   the pass-through mappings the catalogue lacks), which refuses a guest as it refuses a
 *   PV guest: -EPERM.
 * - dm_op: dm_op (arch/x86/hvm/dm.c, RELEASE-4.17.0) is the same for every caller
 *   (rcu_lock_remote_domain_by_id, then XSM_DM_PRIV), as csrc/ioreq.c models it.
 * - console_io: do_console_io (drivers/char/console.c, RELEASE-4.17.0) asks
 *   xsm_console_io (xsm/dummy.h) first, for every caller: XSM_PRIV unless the domain is
 *   the console domain (d->is_console, which no engine domain is), so a guest gets -EPERM
 *   as a PV guest does; the control domain's paths are csrc/pvonly.c's.
 * - vm_assist: do_vm_assist (common/domain.c, RELEASE-4.17.0) checks the type against
 *   arch_vm_assist_valid_mask (arch/x86/include/asm/domain.h), whose HVM mask
 *   csrc/pvonly.c applies.
 * - mmuext_op: do_mmuext_op (arch/x86/mm.c, RELEASE-4.17.0) serves an HVM caller up to
 *   its XSM check (the foreign domain, which must be PV); csrc/pvonly.c models that much
 *   and answers the ops themselves unsupported.
 * - vcpu_op: do_vcpu_op (arch/x86/domain.c, RELEASE-4.17.0) and common_vcpu_op serve an
 *   HVM vcpu as a PV one but for arch_initialise_vcpu's HVM context and map_vcpu_info's
 *   gfn, which csrc/vcpu.c models. */
static bool path_modelled_4_17(uint32_t nr)
{
    switch (nr) {
    case HT_HYPERCALL_MULTICALL:
    case HT_HYPERCALL_DOMCTL:
    case HT_HYPERCALL_DM_OP:
    case HT_HYPERCALL_CONSOLE_IO:
    case HT_HYPERCALL_VM_ASSIST:
    case HT_HYPERCALL_MMUEXT_OP:
    case HT_HYPERCALL_VCPU_OP:
        return true;
    default:
        return false;
    }
}

/* The profile's table: 4.2's for doc and xen-4.2 (the seed follows it), 4.17's for
 * xen-4.17.  0 when the call goes on, else the reason the table turns it away. */
static enum ht_reason_id table_refusal(const ht_machine *m, uint32_t nr, uint64_t subop)
{
    bool in_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    if (nr >= NR_HYPERCALLS || !(in_4_17 ? in_table_4_17(nr) : in_table_4_2(nr)))
        return HT_R_HVM_NO_HYPERCALL;
    if (!(in_4_17 ? subop_allowed_4_17(nr, subop) : subop_allowed_4_2(nr, subop)))
        return HT_R_HVM_SUBOP_FILTERED;
    return HT_R_NONE;
}

int64_t hvm_gate(ht_machine *m, uint64_t number, uint64_t subop)
{
    if (!dom_is_hvm(m, m->caller.slot))
        return 0;
    /* hvm_do_hypercall reads eax: the low 32 bits of the number. */
    uint32_t nr = (uint32_t)number;
    enum ht_reason_id refusal = table_refusal(m, nr, subop);
    if (refusal != HT_R_NONE)
        return ht_fail(m, HT_ENOSYS, refusal);
    if (m->profile == HT_PROFILE_XEN_4_17 && !path_modelled_4_17(nr) &&
        (nr >= NR_HYPERCALLS || !in_table_4_2(nr) || !subop_allowed_4_2(nr, subop)))
        return ht_unsupported(m, HT_R_HVM_4_17_PATH);
    return 0;
}

/* hvm_do_hypercall (arch/x86/hvm/hvm.c, RELEASE-4.2.0: an eax of NR_hypercalls or more, or
 * with no slot in the table, is -ENOSYS before any handler); arch/x86/hvm/hypercall.c,
 * RELEASE-4.17.0, the same test on the hvm64 column of hypercall-defs.c): the hypercall
 * alone, before the handler and its sub-op filters.  A slot only 4.17's table has reaches a
 * handler the engine models as 4.2 let it be reached: unsupported, not a guess. */
int64_t hvm_table_gate(ht_machine *m, uint64_t number)
{
    if (!dom_is_hvm(m, m->caller.slot))
        return 0;
    /* hvm_do_hypercall reads eax: the low 32 bits of the number. */
    uint32_t nr = (uint32_t)number;
    bool in_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    if (nr >= NR_HYPERCALLS || !(in_4_17 ? in_table_4_17(nr) : in_table_4_2(nr)))
        return ht_fail(m, HT_ENOSYS, HT_R_HVM_NO_HYPERCALL);
    if (in_4_17 && !in_table_4_2(nr) && !path_modelled_4_17(nr))
        return ht_unsupported(m, HT_R_HVM_4_17_PATH);
    return 0;
}

bool hvm_table_has(const ht_machine *m, uint8_t slot, uint64_t number)
{
    if (!dom_is_hvm(m, slot))
        return true;
    uint32_t nr = (uint32_t)number;  /* eax, as hvm_table_gate reads it */
    bool in_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    return nr < NR_HYPERCALLS && (in_4_17 ? in_table_4_17(nr) : in_table_4_2(nr)) &&
           (!in_4_17 || in_table_4_2(nr) || path_modelled_4_17(nr));
}
