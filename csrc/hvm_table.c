/*
 * The HVM hypercall table: which hypercalls, and which of their sub-ops, a guest of an HVM
 * domain reaches (xen/arch/x86/hvm/hvm.c at RELEASE-4.2.0: hvm_do_hypercall,
 * hvm_hypercall64_table, and the filters hvm_memory_op, hvm_grant_table_op, hvm_vcpu_op and
 * hvm_physdev_op).  Every family that handles a hypercall an HVM guest can make asks here
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

bool hvm_hypercall_in_table(ht_machine *m, uint64_t number)
{
    if (!dom_is_hvm(m, m->caller.slot))
        return true;
    /* hvm_do_hypercall reads eax: the low 32 bits of the number. */
    uint32_t nr = (uint32_t)number;
    /* Both profiles follow 4.2's table; a later profile's table is one more case here. */
    if (nr >= NR_HYPERCALLS || !in_table_4_2(nr)) {
        m->last.reason = HT_R_HVM_NO_HYPERCALL;
        return false;
    }
    return true;
}

bool hvm_hypercall_allowed(ht_machine *m, uint64_t number, uint64_t subop)
{
    if (!hvm_hypercall_in_table(m, number))
        return false;
    if (!dom_is_hvm(m, m->caller.slot))
        return true;
    uint32_t nr = (uint32_t)number;
    if (!subop_allowed_4_2(nr, subop)) {
        m->last.reason = HT_R_HVM_SUBOP_FILTERED;
        return false;
    }
    return true;
}
