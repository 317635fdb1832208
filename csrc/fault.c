/*
 * Injected internal failures (the fault family): a one-shot countdown per site, like
 * syzkaller's fail_nth.  The sites are where Xen can fail internally in ways the
 * documentation mentions (a page lock race, a type-reference race, an allocation, a p2m
 * update, a copy); the handlers ask fault_fires() at each.
 */
#include "engine.h"

bool fault_fires(ht_machine *m, uint32_t site)
{
    uint32_t *c = &m->fault_countdown[site];
    m->fault_passes[site] += m->fault_passes[site] < UINT32_MAX;
    if (*c == 0)
        return false;
    uint32_t before = *c;
    j32(m, c, before - 1);
    return before == 1;
}

/* copy_from_guest / copy_to_guest failing: the copy site, for every handler that copies an
 * argument struct or a result (Xen's -EFAULT). */
bool copy_fails(ht_machine *m)
{
    return fault_fires(m, HT_FAULT_SITE_COPY);
}

/* inject_fault(site, nth) */
int64_t ht_h_inject_fault(ht_machine *m, uint32_t site, uint32_t nth)
{
    if (site >= HT_FAULT_SITE_COUNT || nth == 0)
        FAIL(EINVAL, FAULT_BAD);
    j32(m, &m->fault_countdown[site], (uint32_t)nth);
    OK(0, NONE);
}

const struct ht_family_ops ht_family_fault = {0};
