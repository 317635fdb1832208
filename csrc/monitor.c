/*
 * The monitor family: XEN_DOMCTL_monitor_op (domctl 77), the VM monitor ops an
 * introspection tool enables.  Xen 4.2 has no domctl 77: its do_domctl refuses an
 * unprivileged caller, then hands the unknown command to arch_do_domctl, whose default is
 * iommu_do_domctl's -ENOSYS, without a domain lookup.  The family has no state in the 4.2
 * profiles; 4.17's per-domain monitor settings will live here.
 */
#include "engine.h"

/* monitor_op(domid, op, event, u_lo, u_hi) -> capabilities */
int64_t ht_h_monitor_op(ht_machine *m, uint16_t domid, uint32_t op, uint32_t event,
                        uint64_t u_lo, uint64_t u_hi, uint64_t *capabilities)
{
    (void)domid;  /* 4.2 does not look the domain up for a command it does not know */
    (void)op;
    (void)event;
    (void)u_lo;
    (void)u_hi;
    (void)capabilities;
    /* do_domctl (common/domctl.c, RELEASE-4.2.0): IS_PRIV(current->domain). */
    if (!caller_is_priv(m))
        FAIL(EPERM, MONITOR_NOT_PRIV);
    /* arch_do_domctl default -> iommu_do_domctl default (drivers/passthrough/iommu.c). */
    FAIL(ENOSYS, MONITOR_NO_OP);
}

const struct ht_family_ops ht_family_monitor = {0};
