/*
 * Grant entries as bytes (the gntbytes family): a write of a grant table's shared frames,
 * which Xen reads when a grant is mapped (map_grant_ref, common/grant_table.c,
 * RELEASE-4.17.0).  The entries are the gnttab family's state (gnttab.c).
 */
#include "engine.h"

#define GTF_TYPE_MASK 3u      /* public/grant_table.h: GTF_type_mask */
#define GTF_PERMIT_ACCESS 1u  /* GTF_permit_access */
#define GTF_READONLY 4u       /* GTF_readonly (1 << _GTF_readonly, 2) */

/* grant_entry_write(domid, gref, flags, grantee, frame): the v1 or v2 entry's fields as
 * its bytes now say (GTF_* flags: the type in bits 0-1, GTF_readonly bit 2). */
int64_t ht_h_grant_entry_write(ht_machine *m, uint16_t domid, uint32_t gref, uint32_t flags,
                               uint16_t grantee, uint64_t frame)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, GRANT_ENTRY_DYING);
    /* Only a permit_access entry grants a mapping (GTF_type_mask 3, GTF_permit_access 1);
     * the engine models no transfer or transitive grant, so any other type grants nothing,
     * as _set_status_v1 refuses it. */
    uint16_t held = (flags & GTF_TYPE_MASK) == GTF_PERMIT_ACCESS
                        ? (uint16_t)(HT_GNT_PERMIT | ((flags & GTF_READONLY) ? HT_GNT_READONLY : 0))
                        : 0;
    int64_t rc = gnttab_write_entry(m, slot, gref, held, grantee, (uint32_t)frame);
    if (rc)
        return rc;
    OK(0, NONE);
}

const struct ht_family_ops ht_family_gntbytes = {0};
