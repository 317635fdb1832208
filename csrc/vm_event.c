/*
 * The vm_event domctl's RESUME and GET_VERSION ops (XEN_DOMCTL_vm_event_op 2 and 3), which
 * Xen 4.2's mem_event domctl (domctl 56, arch/x86/mm/mem_event.c: mem_event_domctl) does
 * not have: it runs its prologue, then each mode's switch (and the mode switch itself for
 * an unknown mode) answers -ENOSYS.  ENABLE and DISABLE are the ring families' calls.
 */
#include "engine.h"

/* The prologue, then 4.2's -ENOSYS for an op it does not know. */
static int64_t unknown_op(ht_machine *m, uint64_t domid)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domid, &slot, &noop);
    if (rc || noop)
        return rc;
    FAIL(ENOSYS, VM_EVENT_NO_SUCH_OP);
}

/* vm_event_resume(domid, ring) */
int64_t ht_h_vm_event_resume(ht_machine *m, uint16_t domid, uint32_t ring)
{
    (void)ring;  /* any mode, known or not, ends in -ENOSYS in 4.2 */
    return unknown_op(m, domid);
}

/* vm_event_get_version(domid) -> version */
int64_t ht_h_vm_event_get_version(ht_machine *m, uint16_t domid, uint64_t *version)
{
    (void)version;
    return unknown_op(m, domid);
}
