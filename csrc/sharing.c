/*
 * Memory sharing: xc_memshr_* and xc_sharing_*, after xen-semantics section 2.
 *
 * A shared frame is owned by dom_cow, has M2P SHARED, and its frame.link names a sharing
 * record (handle + rmap).  The rmap is a singly linked list threaded through the p2m
 * entries of the (domain, gfn) tuples that map the frame.  Every tuple holds one internal
 * allocation unit (Xen's gfn_info), every record one sharing-metadata unit.
 */
#include "engine.h"

const struct ht_share *share_peek(const ht_machine *m, uint32_t mfn)
{
    if (!mfn_is_ram(m, mfn))
        return NULL;
    const ht_frame *f = &m->frame[mfn];
    if (f->owner != HT_OWNER_COW || f->m2p != HT_M2P_SHARED || !(f->bits & HT_FRAME_ALLOCATED))
        return NULL;
    if (f->link >= m->config.share_capacity)
        return NULL;
    return &m->share[f->link];
}

struct ht_share *share_of(ht_machine *m, uint32_t mfn)
{
    return share_peek(m, mfn) ? &m->share[m->frame[mfn].link] : NULL;
}

static uint32_t record_alloc(ht_machine *m)
{
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC) || m->share_free_head == HT_GIDX_NONE)
        return HT_GIDX_NONE;
    uint32_t index = m->share_free_head;
    j32(m, &m->share_free_head, m->share[index].rmap_head);
    jadd(m, &m->host.share_free, -1);
    return index;
}

static void record_free(ht_machine *m, uint32_t index)
{
    struct ht_share *s = &m->share[index];
    j64(m, &s->handle, 0);
    j32(m, &s->rmap_count, 0);
    j32(m, &s->rmap_head, m->share_free_head);
    j32(m, &m->share_free_head, index);
    jadd(m, &m->host.share_free, 1);
}

/* Whether the entry of (slot, gfn) is a stale tuple: on a shared frame's rmap without
 * mapping it (xen-4.2's remove_from_physmap leaves one; the domain's ledger says whether
 * it has any, so the walk happens only then).  The rmap links through the p2m entry
 * itself, so while it is stale the gfn cannot become a tuple again. */
bool p2m_is_stale_tuple(const ht_machine *m, uint8_t slot, uint64_t gfn)
{
    if (m->dom[slot].stale_tuples <= 0 || gfn >= m->dom_pub[slot].p2m_size)
        return false;
    uint32_t global = gidx(m, slot, gfn);
    const ht_p2m_entry *e = &m->p2m[global];
    if (e->type == HT_P2M_TYPE_RAM_SHARED)
        return false;
    if (e->rmap_next != HT_GIDX_NONE)
        return true;  /* rmap_remove clears the link of a tuple it takes off */
    for (uint32_t i = 0; i < m->config.share_capacity; i++) {
        const struct ht_share *s = &m->share[i];
        uint32_t walked = 0;
        for (uint32_t g = s->handle ? s->rmap_head : HT_GIDX_NONE;
             g != HT_GIDX_NONE && walked <= s->rmap_count; g = m->p2m[g].rmap_next, walked++)
            if (g == global)
                return true;
    }
    return false;
}

/* What a shared frame's rmap holds besides tuples that map it: RMAP_DEAD when a tuple's
 * domain is gone, else RMAP_STALE when a tuple's entry does not map it, else RMAP_LIVE. */
enum rmap_kind { RMAP_LIVE, RMAP_STALE, RMAP_DEAD };

static enum rmap_kind rmap_kind(const ht_machine *m, const struct ht_share *s, uint32_t mfn)
{
    enum rmap_kind kind = RMAP_LIVE;
    uint32_t walked = 0;
    for (uint32_t g = s->rmap_head; g != HT_GIDX_NONE && walked <= s->rmap_count;
         g = m->p2m[g].rmap_next, walked++) {
        uint8_t slot;
        uint64_t gfn;
        p2m_locate(m, g, &slot, &gfn);
        if (slot == HT_NO_SLOT)
            return RMAP_DEAD;
        if (m->p2m[g].type != HT_P2M_TYPE_RAM_SHARED || m->p2m[g].mfn != mfn)
            kind = RMAP_STALE;
    }
    return kind;
}

static void rmap_add(ht_machine *m, struct ht_share *s, uint32_t global)
{
    j32(m, &m->p2m[global].rmap_next, s->rmap_head);
    j32(m, &s->rmap_head, global);
    j32(m, &s->rmap_count, s->rmap_count + 1);
}

void rmap_remove(ht_machine *m, struct ht_share *s, uint32_t global)
{
    uint32_t *link = &s->rmap_head;
    for (uint32_t hops = 0; *link != HT_GIDX_NONE && hops <= s->rmap_count; hops++) {
        if (*link == global) {
            j32(m, link, m->p2m[global].rmap_next);
            j32(m, &m->p2m[global].rmap_next, HT_GIDX_NONE);
            j32(m, &s->rmap_count, s->rmap_count - 1);
            return;
        }
        link = &m->p2m[*link].rmap_next;
    }
}

/* The type an unshared gfn gets.  4.2: "p2m_change_type(d, gfn, p2m_ram_shared,
 * p2m_ram_rw)" -- ram_rw even in log-dirty mode, which paging_mark_dirty handles
 * (__mem_sharing_unshare_page, arch/x86/mm/mem_sharing.c, RELEASE-4.2.0, L1240-1253).  The
 * doc profile keeps a log-dirty domain's gfns ram_logdirty. */
static uint8_t private_type(const ht_machine *m, uint8_t slot)
{
    if (!ht_doc(m))
        return HT_P2M_TYPE_RAM_RW;
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

/* The access a gfn gets when sharing changes its entry.  4.2 writes every such entry with
 * p2m->default_access: p2m_change_type (arch/x86/mm/p2m.c, RELEASE-4.2.0, L702; nominate's
 * and unshare's type changes) and set_shared_p2m_entry (L834; share's moved tuples and
 * unshare's copy).  The doc profile keeps the entry's own access. */
static uint8_t sharing_access(const ht_machine *m, uint8_t slot, uint8_t old)
{
    return ht_doc(m) ? old : m->dom[slot].default_access;
}

/* ---- unshare (section 2.8) ----------------------------------------------------------- */

int unshare_page(ht_machine *m, uint8_t slot, uint64_t gfn, bool destroy)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || e->type != HT_P2M_TYPE_RAM_SHARED)
        return 0;  /* already unshared */
    uint32_t mfn = e->mfn, global = gidx(m, slot, gfn);
    struct ht_share *s = share_of(m, mfn);
    ht_domain_pub *p = &m->dom_pub[slot];
    if (!s) {
        /* Xen BUGs here.  Only a planted bug can get us here; report, do not crash. */
        report_violation(m, HT_INV_SHARED_TUPLE, p->domid, gfn, mfn, 1, 0);
        return 0;
    }
    if (s->rmap_count == 1) {
        /* The last tuple: the frame stops being shared and its handle dies. */
        uint32_t record = m->frame[mfn].link;
        rmap_remove(m, s, global);
        jadd(m, &p->shr_pages, -1);
        xenheap_give(m);
        record_free(m, record);
        jadd(m, &m->host.used_frames, -1);
        if (destroy) {
            frame_set_m2p(m, mfn, HT_M2P_INVALID);
            frame_release(m, mfn);
            return 0;
        }
        /* page_make_private: back to the domain in place, without a max_pages check. */
        frame_set_owner(m, mfn, slot);
        frame_set_m2p(m, mfn, (uint32_t)gfn);
        j32(m, &m->frame[mfn].link, HT_MFN_INVALID);
        jadd(m, &p->tot_pages, 1);
        p2m_set(m, slot, gfn, private_type(m, slot), mfn, sharing_access(m, slot, e->access));
        return 0;
    }
    /* Not the last tuple: one saved page goes away, provisionally. */
    jadd(m, &m->host.freed_pages, -1);
    if (destroy) {
        rmap_remove(m, s, global);
        jadd(m, &p->shr_pages, -1);
        xenheap_give(m);
        return 0;
    }
    uint32_t copy;
    if (!frame_alloc_for(m, slot, &copy)) {
        if (!ht_bug(m, HT_BUG_NR_SAVED_UNDERFLOW))
            jadd(m, &m->host.freed_pages, 1);  /* the undo of 77ece196fa */
        return -HT_ENOMEM;
    }
    j32(m, &m->frame[copy].content, m->frame[mfn].content);
    rmap_remove(m, s, global);
    jadd(m, &p->shr_pages, -1);
    xenheap_give(m);
    p2m_set(m, slot, gfn, private_type(m, slot), copy, sharing_access(m, slot, e->access));
    frame_set_m2p(m, copy, (uint32_t)gfn);
    return 0;
}

/* Whether the profile's relinquish walk stops below the p2m's high-water mark:
 * relinquish_shared_pages (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0, L1269-1270) walks
 * "gfn < p2m->max_mapped_pfn", and max_mapped_pfn is the highest gfn ever mapped, itself
 * included (ept_set_entry, arch/x86/mm/p2m-ept.c, RELEASE-4.2.0, L430-433), so a gfn
 * shared there is never unshared (fixed by 088ee1d47b).  RELEASE-4.17.0's walks "gfn <=
 * p2m->max_mapped_pfn" (L1423-1424); the doc profile unshares everything. */
static bool relinquish_stops_below_mark(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_2;
}

void relinquish_shared_pages(ht_machine *m, uint8_t slot)
{
    const ht_domain_pub *p = &m->dom_pub[slot];
    /* Nothing shared lies beyond the high-water mark, so the full walk is the whole p2m.
     * xen-4.2 stops before the mark's gfn, as 4.2 does; the tuple it leaves outlives the
     * domain, recorded in the dead-tuple ledger when the domain goes (sharing_domain_gone).
     * Planted relinquish_skips_last_gfn is the same walk in doc and xen-4.17, where
     * nothing records the tuple.  "if ( atomic_read(&d->shr_pages) == 0 ) break;"
     * (L1275-1276; 4.17 L1431-1432) ends the walk early. */
    uint64_t end = p->p2m_size;
    bool stop_below = relinquish_stops_below_mark(m) ||
                      ht_bug(m, HT_BUG_RELINQUISH_SKIPS_LAST_GFN);
    if (stop_below && m->dom[slot].max_mapped_gfn < end)
        end = m->dom[slot].max_mapped_gfn;
    for (uint64_t g = 0; g < end && p->shr_pages > 0; g++) {
        ht_p2m_entry *e = &m->p2m[p->p2m_base + g];
        if (e->type != HT_P2M_TYPE_RAM_SHARED)
            continue;
        unshare_page(m, slot, g, true);
        p2m_set(m, slot, g, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, e->access);
    }
}

/* ---- tuples that outlive their domain ------------------------------------------------ */

/* The tuples of `slot` that stay on their frames' rmaps once it is gone: its stale tuples
 * (remove_from_physmap's, which relinquish_shared_pages never sees: it walks the p2m for
 * ram_shared entries, RELEASE-4.2.0 L1277-1278, RELEASE-4.17.0 L1434-1435), and in xen-4.2
 * a gfn still shared at the high-water mark its walk stops below.  What the ledgers
 * account for, not what a planted bug leaves. */
int64_t sharing_tuples_left(const ht_machine *m, uint8_t slot)
{
    int64_t left = m->dom[slot].stale_tuples;
    uint64_t mark = m->dom[slot].max_mapped_gfn;
    const ht_domain_pub *p = &m->dom_pub[slot];
    if (relinquish_stops_below_mark(m) && mark < p->p2m_size &&
        m->p2m[p->p2m_base + mark].type == HT_P2M_TYPE_RAM_SHARED)
        left++;
    return left;
}

/* A destroy of a domain whose tuples would outlive it needs a dead-domain entry to name
 * them by (struct ht_dead_domain): with none left, the destroy is not modelled. */
int64_t sharing_destroy_check(ht_machine *m, uint8_t slot)
{
    if (sharing_tuples_left(m, slot) > 0 && m->ndead >= HT_MAX_DEAD_DOMAINS)
        UNSUPPORTED(DESTROY_DEAD_DOMAINS_FULL);
    return 0;
}

/* domain_kill, before it relinquishes: the slice's domain id, kept for its tuples. */
void sharing_domain_dies(ht_machine *m, uint8_t slot)
{
    if (sharing_tuples_left(m, slot) <= 0 || m->ndead >= HT_MAX_DEAD_DOMAINS)
        return;
    const ht_domain_pub *p = &m->dom_pub[slot];
    struct ht_dead_domain *d = &m->dead[m->ndead];
    j32(m, &d->p2m_base, p->p2m_base);
    j32(m, &d->p2m_size, p->p2m_size);
    j16(m, &d->domid, p->domid);
    j32(m, &m->ndead, m->ndead + 1);
}

/* The domain is gone (its struct freed, its id free): its tuples that outlive it leave
 * its shr_pages, which no one reads any more, for the dead-tuple ledger. */
void sharing_domain_gone(ht_machine *m, uint8_t slot)
{
    int64_t left = sharing_tuples_left(m, slot);
    if (left > 0)
        jadd(m, &m->dead_tuples, left);
}

/* The (domain id, gfn) a tuple of a destroyed domain names, from the dead-domain table. */
bool dead_tuple_locate(const ht_machine *m, uint32_t global, uint16_t *domid, uint64_t *gfn)
{
    for (uint32_t i = 0; i < m->ndead && i < HT_MAX_DEAD_DOMAINS; i++) {
        const struct ht_dead_domain *d = &m->dead[i];
        if (global >= d->p2m_base && global - d->p2m_base < d->p2m_size) {
            *domid = d->domid;
            *gfn = global - d->p2m_base;
            return true;
        }
    }
    return false;
}

/* mem_sharing_notify_enomem (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0): the request
 * names the caller's vcpu, and a vcpu of the domain itself ("v->domain == d") is paused
 * with it.  Callers that may sleep wait for a slot before they get here. */
void sharing_notify_enomem(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    if (!ring_has_slot(m, slot, HT_RING_SHARING))
        return;  /* no ring, or full: the notification is dropped */
    bool pause = ht_caller_is(m, slot);
    uint32_t vcpu = m->caller.vcpu;
    uint32_t flags = pause ? HT_RING_FLAGS_VCPU_PAUSED : 0;
    ring_put_request(m, slot, HT_RING_SHARING, gfn, vcpu, flags, HT_P2M_TYPE_RAM_SHARED);
    if (pause)
        vcpu_pause_on(m, slot, vcpu, HT_RING_SHARING);
}

/* ---- the xen-4.17 profile's decisions --------------------------------------------------- */

static bool is_4_17(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_17;
}

/* CONFIG_MEM_SHARING (xen-4.17 only; 4.2 always built sharing on x86_64): without it
 * subarch_memory_op (arch/x86/x86_64/mm.c, RELEASE-4.17.0) has no XENMEM_sharing_op case
 * and arch_do_domctl (arch/x86/domctl.c) no XEN_DOMCTL_mem_sharing_op case: -ENOSYS. */
bool sharing_built(const ht_machine *m)
{
    return !is_4_17(m) || m->config.option[HT_OPT_NO_MEM_SHARING] == 0;
}

/* mem_sharing_control(d, true, 0)'s checks (arch/x86/mm/mem_sharing.c, RELEASE-4.17.0):
 * not HVM or no VMX (AMD is refused) -EOPNOTSUPP, no HAP -ENODEV, an IOMMU -EXDEV. */
static int64_t enable_checks_4_17(ht_machine *m, uint8_t slot)
{
    if (!dom_is_hvm(m, slot) || m->config.vendor != HT_VENDOR_INTEL)
        FAIL(EOPNOTSUPP, SHARING_NOT_VMX);
    if (!dom_flag(m, slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    if (dom_flag(m, slot, HT_DF_IOMMU))
        FAIL(EXDEV, CONTROL_PASSTHROUGH);
    return 0;
}

/* mem_sharing_memop at RELEASE-4.17.0: "if ( !mem_sharing_enabled(d) && (rc =
 * mem_sharing_control(d, true, 0)) ) return rc;" -- a domain with sharing off has it
 * turned on by the first sharing op, which fails only where the enable would. */
static int64_t auto_enable_4_17(ht_machine *m, uint8_t slot)
{
    if (dom_flag(m, slot, HT_DF_SHARING))
        return 0;
    int64_t rc = enable_checks_4_17(m, slot);
    if (rc)
        return rc;
    dom_set_flag(m, slot, HT_DF_SHARING, true);
    return 0;
}

/* ---- gates --------------------------------------------------------------------------- */

/* The XENMEM_sharing_op prologue on the (source) domain: section 2.2; at 4.17 the live
 * remote lookup, XSM, then the auto-enable (auto_enable_4_17). */
static int64_t sharing_gate(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (!sharing_built(m))
        FAIL(ENOSYS, NO_MEM_SHARING);
    int64_t rc = target_memop(m, domid, slot);
    if (rc)
        return rc;
    if (is_4_17(m))
        return auto_enable_4_17(m, *slot);
    if (!dom_flag(m, *slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    if (!dom_flag(m, *slot, HT_DF_SHARING)) {
        if (ht_doc(m))
            FAIL(EINVAL, SHARING_DISABLED);
        FAIL(ENODEV, SHARING_DISABLED_GATE);
    }
    return 0;
}

/* The client domain of share and add_to_physmap. */
static int64_t client_gate(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, CLIENT_NO_DOMAIN);
    if (ht_caller_is(m, s))
        FAIL(EPERM, CLIENT_IS_CALLER);
    if (!caller_priv_for(m, s))
        FAIL(EPERM, CLIENT_NOT_PRIVILEGED);
    if (dom_flag(m, s, HT_DF_DYING))
        FAIL(EINVAL, CLIENT_DYING);
    if (!dom_flag(m, s, HT_DF_SHARING))
        FAIL(EINVAL, CLIENT_SHARING_DISABLED);
    *slot = s;
    return 0;
}

/* mem_sharing_gref_to_gfn (common/grant_table.c, RELEASE-4.17.0): "if ( gt->gt_version <
 * 1 ) rc = -EINVAL; else if ( ref >= nr_grant_entries(gt) ) rc = -ENOENT", the entry's
 * frame, then "if ( !rc && (flags & GTF_type_mask) != GTF_permit_access ) rc = -ENXIO".
 * A 4.17 table is at version 1 from grant_table_init, so the EINVAL has no way in. */
static int64_t gref_to_gfn_4_17(ht_machine *m, uint8_t slot, uint64_t gref, uint64_t *gfn)
{
    if (gnttab_version(m, slot) < 1)
        FAIL(EINVAL, GREF_TABLE_UNINITIALISED);
    if (gref >= gnttab_nr_entries(m, slot))
        FAIL(ENOENT, GREF_OUT_OF_RANGE);
    const struct ht_grant *g = gnttab_entry(m, slot, (uint32_t)gref);
    if (!g || !(grant_flags(g) & HT_GNT_PERMIT))
        FAIL(ENXIO, GREF_NOT_GRANTED);
    *gfn = g->frame;
    return 0;
}

/* 4.2's mem_sharing_gref_to_gfn (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0): -1 (EINVAL
 * from its callers) when gt_version < 1, then the entry's frame with no range check (the
 * planted gref_unchecked) and no permit check. */
int64_t gref_to_gfn(ht_machine *m, uint8_t slot, uint64_t gref, uint64_t *gfn)
{
    if (m->profile == HT_PROFILE_XEN_4_17)
        return gref_to_gfn_4_17(m, slot, gref, gfn);
    if (gnttab_version(m, slot) < 1)
        FAIL(EINVAL, GREF_TABLE_UNINITIALISED);
    uint32_t entries = gnttab_nr_entries(m, slot);
    if (gref >= entries) {
        if (!ht_bug(m, HT_BUG_GREF_UNCHECKED))
            FAIL(EINVAL, GREF_OUT_OF_RANGE);
        /* 4.2 reads past the table.  Our shadow bounds check records what a sanitizer
         * would report, then carries on with a wrapped index instead of corrupting. */
        report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, gref, ~0ull,
                         entries - 1, (int64_t)gref);
        gref %= entries;
    }
    const struct ht_grant *g = gnttab_entry(m, slot, (uint32_t)gref);
    struct ht_grant entry = g ? *g : (struct ht_grant){0};
    /* The documentation calls an entry that grants nothing invalid; 4.2 reads its frame
     * field regardless (the permit check came in 4.8). */
    if (ht_doc(m) && !(grant_flags(&entry) & HT_GNT_PERMIT))
        FAIL(EINVAL, GREF_NOT_GRANTED);
    *gfn = entry.frame;
    return 0;
}

/* ---- control and ring ---------------------------------------------------------------- */

/* memshr_control(domid, enable) */
int64_t ht_h_memshr_control(ht_machine *m, uint16_t domid, uint32_t enable)
{
    uint8_t slot;
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    int64_t rc = target_control(m, domid, &slot, true);
    if (rc)
        return rc;
    bool on = (uint8_t)enable != 0;  /* the domctl keeps only a u8 */
    if (is_4_17(m)) {
        /* mem_sharing_domctl -> mem_sharing_control(d, enable, 0) at RELEASE-4.17.0:
         * disabling checks nothing. */
        if (!sharing_built(m))
            FAIL(ENOSYS, NO_MEM_SHARING);
        rc = on ? enable_checks_4_17(m, slot) : 0;
        if (rc)
            return rc;
        dom_set_flag(m, slot, HT_DF_SHARING, on);
        OK(0, NONE);
    }
    if (!dom_flag(m, slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    if (on && dom_flag(m, slot, HT_DF_IOMMU))
        FAIL(EXDEV, CONTROL_PASSTHROUGH);
    dom_set_flag(m, slot, HT_DF_SHARING, on);
    OK(0, NONE);
}

/* memshr_ring_enable(domid) -> port */
int64_t ht_h_memshr_ring_enable(ht_machine *m, uint16_t domid, uint64_t *port)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domid, &slot, &noop);
    if (rc || noop)
        return rc;
    /* vm_event_domctl (common/vm_event.c, RELEASE-4.17.0) has no sharing mode without
     * CONFIG_MEM_SHARING: the switch's default, -ENOSYS. */
    if (!sharing_built(m))
        FAIL(ENOSYS, NO_MEM_SHARING);
    if (is_4_17(m) && hardware_domain_is_hvm(m))
        FAIL(EOPNOTSUPP, RING_HVM_HARDWARE_DOMAIN);
    if (!dom_flag(m, slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    if (m->dom[slot].ring[HT_RING_SHARING].present) {
        if (ht_doc(m))
            FAIL(EINVAL, RING_PRESENT);
        FAIL(EBUSY, RING_PRESENT);
    }
    return ring_enable(m, slot, HT_RING_SHARING, HT_HVM_PARAM_SHARING_RING_PFN, port);
}

/* memshr_ring_disable(domid) */
int64_t ht_h_memshr_ring_disable(ht_machine *m, uint16_t domid)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domid, &slot, &noop);
    if (rc || noop)
        return rc;
    /* The documentation promises ENODEV for a domain without HAP; 4.2 only looks for the
     * ring (which such a domain cannot have) and returns EINVAL. */
    if (ht_doc(m) && !dom_flag(m, slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    return ring_disable(m, slot, HT_RING_SHARING);
}

/* 4.17 moved the resume out of XENMEM_sharing_op (its sub-op 3 is debug_gfn there) into
 * XEN_DOMCTL_vm_event_op RESUME of the sharing mode: vm_event_domctl (common/vm_event.c,
 * RELEASE-4.17.0) runs its prologue, has no sharing mode without CONFIG_MEM_SHARING, and
 * answers -ENODEV for a domain without the ring before it drains the responses. */
static int64_t resume_4_17(ht_machine *m, uint16_t domid)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domid, &slot, &noop);
    if (rc || noop)
        return rc;
    if (!sharing_built(m))
        FAIL(ENOSYS, NO_MEM_SHARING);
    if (!m->dom[slot].ring[HT_RING_SHARING].present)
        FAIL(ENODEV, RESUME_NO_RING_4_17);
    ring_process_responses(m, slot, HT_RING_SHARING);
    OK(0, NONE);
}

/* memshr_domain_resume(domid) */
int64_t ht_h_memshr_domain_resume(ht_machine *m, uint16_t domid)
{
    if (is_4_17(m))
        return resume_4_17(m, domid);
    uint8_t slot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    if (!m->dom[slot].ring[HT_RING_SHARING].present) {
        /* 4.2 - 4.5 never check for the ring and spin on its zeroed lock. */
        if (ht_bug(m, HT_BUG_RESUME_NO_RING))
            report_violation(m, HT_INV_LIVENESS, domid, ~0ull, ~0ull, 0, 1);
        OK(0, RESUME_NO_RING);
    }
    ring_process_responses(m, slot, HT_RING_SHARING);
    OK(0, NONE);
}

/* ---- nominate (section 2.5) ---------------------------------------------------------- */

static int64_t nominate(ht_machine *m, uint8_t slot, uint64_t gfn, int64_t gref,
                        uint64_t *handle)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !mfn_is_ram(m, e->mfn))
        FAIL(EINVAL, NOMINATE_NOT_POPULATED);
    if (e->type == HT_P2M_TYPE_RAM_SHARED) {
        const struct ht_share *s = share_of(m, e->mfn);
        if (!s)
            FAIL(EINVAL, NOMINATE_NOT_POPULATED);
        *handle = s->handle;
        OK(0, NOMINATE_ALREADY_SHARED);
    }
    if (!type_is_sharable(e->type))
        FAIL(EINVAL, NOMINATE_NOT_SHARABLE);
    uint32_t mfn = e->mfn;
    const ht_frame *f = &m->frame[mfn];
    /* page_make_sharable: the shared type, then the type count, then the refcount. */
    if (frame_wcount(f) > 0)
        FAIL(EINVAL, NOMINATE_TYPE_IN_USE);
    if (fault_fires(m, HT_FAULT_SITE_TYPE_REF))
        FAIL(EEXIST, NOMINATE_TYPE_RACE);
    /* doc (xen-semantics): a gref page is expected to be mapped by exactly one (read-only)
     * grant mapping.  4.2 and 4.17 look at the page's count alone: page_make_sharable
     * wants "page->count_info == (PGC_allocated | (2 + expected_refcnt))"
     * (mem_sharing.c, RELEASE-4.2.0, L633; RELEASE-4.17.0 L730), expected_refcnt 0 for a
     * gfn and 3 for a gref (L1319, L1334; RELEASE-4.17.0 L2043): exactly three references
     * besides the allocation's and its own, whoever holds them -- each grant or foreign
     * mapping takes one (__gnttab_map_grant_ref, common/grant_table.c, RELEASE-4.2.0,
     * L578-666: one per map op without device_map; get_page_from_l1e for a foreign map),
     * and a writable one a type count, refused above. */
    const struct ht_grant *g = gref < 0 ? NULL : gnttab_entry(m, slot, (uint32_t)gref);
    bool refs_ok = gref < 0        ? f->refs == 0
                   : !ht_doc(m)    ? f->refs == 3
                                   : f->refs == 1 && g && grant_maps(g) == 1;
    if (!refs_ok)
        FAIL(E2BIG, NOMINATE_EXTRA_REFS);
    if (fault_fires(m, HT_FAULT_SITE_PAGE_LOCK))
        FAIL(ENOENT, NOMINATE_PAGE_LOCK);
    /* A gfn populated again over its stale tuple (xen-4.2's remove_from_physmap): 4.2
     * gives it a second gfn_info on a new frame's list; the engine's rmap links through
     * the entry, which the stale tuple still uses. */
    if (p2m_is_stale_tuple(m, slot, gfn))
        UNSUPPORTED(STALE_TUPLE_SHARED_AGAIN);
    uint32_t record = record_alloc(m);
    if (record == HT_GIDX_NONE)
        FAIL(ENOMEM, NOMINATE_NO_METADATA);
    /* The handle is taken here, so a failure below still consumes it. */
    uint64_t new_handle = m->host.last_handle + 1;
    j64(m, &m->host.last_handle, new_handle);
    if (!xenheap_take(m)) {
        record_free(m, record);
        FAIL(ENOMEM, NOMINATE_NO_RMAP);
    }
    if (fault_fires(m, HT_FAULT_SITE_P2M_SET)) {
        xenheap_give(m);
        record_free(m, record);
        FAIL(ENOMEM, NOMINATE_P2M_CHANGE);
    }
    ht_domain_pub *p = &m->dom_pub[slot];
    frame_set_owner(m, mfn, HT_OWNER_COW);
    frame_set_m2p(m, mfn, HT_M2P_SHARED);
    j32(m, &m->frame[mfn].link, record);
    jadd(m, &p->tot_pages, -1);
    struct ht_share *s = &m->share[record];
    j64(m, &s->handle, new_handle);
    j32(m, &s->rmap_head, HT_GIDX_NONE);
    j32(m, &s->rmap_count, 0);
    rmap_add(m, s, gidx(m, slot, gfn));
    /* p2m_change_type(d, gfn, p2mt, p2m_ram_shared) (mem_sharing_nominate_page, L903):
     * default_access in 4.2. */
    p2m_set(m, slot, gfn, HT_P2M_TYPE_RAM_SHARED, mfn, sharing_access(m, slot, e->access));
    jadd(m, &p->shr_pages, 1);
    jadd(m, &m->host.used_frames, 1);
    *handle = new_handle;
    OK(0, NONE);
}

/* memshr_nominate_gfn(domid, gfn) -> handle */
int64_t ht_h_memshr_nominate_gfn(ht_machine *m, uint16_t domid, uint64_t gfn, uint64_t *handle)
{
    uint8_t slot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    return nominate(m, slot, gfn, -1, handle);
}

/* memshr_nominate_gref(domid, gref) -> handle */
int64_t ht_h_memshr_nominate_gref(ht_machine *m, uint16_t domid, uint32_t gref, uint64_t *handle)
{
    uint8_t slot;
    uint64_t gfn;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    rc = gref_to_gfn(m, slot, gref, &gfn);
    if (rc)
        return rc;
    return nominate(m, slot, gfn, (int64_t)(gref % gnttab_nr_entries(m, slot)), handle);
}

/* ---- share (section 2.6) ------------------------------------------------------------- */

static int64_t share_pages(ht_machine *m, uint8_t sslot, uint64_t sgfn, uint64_t sh,
                           uint8_t cslot, uint64_t cgfn, uint64_t ch)
{
    uint32_t smfn = p2m_mfn(m, sslot, sgfn), cmfn = p2m_mfn(m, cslot, cgfn);
    if (smfn == cmfn)
        OK(0, SHARE_SAME_FRAME);  /* no handle checks: even two holes "share" */
    struct ht_share *ss = share_of(m, smfn), *cs = share_of(m, cmfn);
    /* Frames are grabbed in ascending mfn order, and the error names the one that failed;
     * INVALID_MFN (a hole) is the highest. */
    if (smfn < cmfn) {
        if (!ss)
            FAIL(S_HANDLE_INVALID, SHARE_SOURCE_NOT_SHARED);
        if (!cs)
            FAIL(C_HANDLE_INVALID, SHARE_CLIENT_NOT_SHARED);
    } else {
        if (!cs)
            FAIL(C_HANDLE_INVALID, SHARE_CLIENT_NOT_SHARED);
        if (!ss)
            FAIL(S_HANDLE_INVALID, SHARE_SOURCE_NOT_SHARED);
    }
    if (!ht_bug(m, HT_BUG_SHARE_SKIPS_HANDLE_CHECK)) {
        if (ss->handle != sh)
            FAIL(S_HANDLE_INVALID, SHARE_SOURCE_HANDLE);
        if (cs->handle != ch)
            FAIL(C_HANDLE_INVALID, SHARE_CLIENT_HANDLE);
    }
    /* mem_sharing_share_pages (RELEASE-4.2.0, L1009-1025; share_pages at RELEASE-4.17.0,
     * L1090-1108) moves every gfn_info of the client page, stale ones too, looks its
     * domain up by id and calls set_shared_p2m_entry on each.  A tuple of a domain that
     * is gone hits "BUG_ON(!d)" (get_domain_by_id, 4.17 rcu_lock_domain_by_id: the host
     * panics), or, with its id taken by a new domain, maps that domain's gfn over whatever
     * it holds.  A stale tuple's set_shared_p2m_entry (arch/x86/mm/p2m.c, RELEASE-4.2.0
     * L808-841; RELEASE-4.17.0 L1281-1316) reads the page_info of whatever its entry now
     * holds (mfn_to_page of INVALID_MFN for a cleared entry: memory-unsafe, the ASSERTs
     * compiled out) and maps the gfn again.  Neither is modelled. */
    enum rmap_kind kind = rmap_kind(m, cs, cmfn);
    if (kind == RMAP_DEAD)
        UNSUPPORTED(SHARE_CLIENT_DEAD_TUPLE);
    if (kind == RMAP_STALE)
        UNSUPPORTED(SHARE_CLIENT_STALE_TUPLE);
    /* Every tuple of the client frame moves to the source frame; shr_pages are unchanged
     * because the tuples move rather than being recreated.  Bounded by the tuple count, as
     * rmap_remove is: a planted bug can link a tuple twice and make the rmap a cycle. */
    for (uint32_t moves = cs->rmap_count; cs->rmap_head != HT_GIDX_NONE && moves > 0; moves--) {
        uint32_t global = cs->rmap_head;
        rmap_remove(m, cs, global);
        j32(m, &m->p2m[global].mfn, smfn);
        /* set_shared_p2m_entry(d, gfn, smfn) (mem_sharing_share_pages, L1023): the moved
         * entry takes its domain's default_access in 4.2. */
        uint8_t owner;
        uint64_t tgfn;
        p2m_locate(m, global, &owner, &tgfn);
        if (owner != HT_NO_SLOT)
            j8(m, &m->p2m[global].access, sharing_access(m, owner, m->p2m[global].access));
        rmap_add(m, ss, global);
    }
    record_free(m, m->frame[cmfn].link);
    frame_set_m2p(m, cmfn, HT_M2P_INVALID);
    frame_release(m, cmfn);
    jadd(m, &m->host.used_frames, -1);
    jadd(m, &m->host.freed_pages, 1);
    OK(0, NONE);
}

static int64_t share_common(ht_machine *m, uint16_t source_domain, uint64_t sgfn,
                            uint64_t source_handle, uint16_t client_domain, uint64_t cgfn,
                            uint64_t client_handle, bool grefs)
{
    uint8_t sslot, cslot;
    int64_t rc = sharing_gate(m, source_domain, &sslot);
    if (rc)
        return rc;
    rc = client_gate(m, client_domain, &cslot);
    if (rc)
        return rc;
    /* share_grefs is share_gfns with the grant-reference flag set on both fields.  A
     * failed translation is -EINVAL in 4.2 (mem_sharing_domctl, RELEASE-4.2.0: "if (
     * mem_sharing_gref_to_gfn(d, gref, &sgfn) < 0 ) ... return -EINVAL"); 4.17's
     * mem_sharing_memop returns its code as it is ("if ( rc < 0 ) ... goto out"). */
    bool as_is = m->profile == HT_PROFILE_XEN_4_17;
    if (grefs || (sgfn & HT_GFN_GREF_FLAG)) {
        uint64_t gref = (uint32_t)(sgfn & ~HT_GFN_GREF_FLAG);
        rc = gref_to_gfn(m, sslot, gref, &sgfn);
        if (rc)
            return as_is ? rc : ht_fail(m, HT_EINVAL, m->last.reason);
    }
    if (grefs || (cgfn & HT_GFN_GREF_FLAG)) {
        uint64_t gref = (uint32_t)(cgfn & ~HT_GFN_GREF_FLAG);
        rc = gref_to_gfn(m, cslot, gref, &cgfn);
        if (rc)
            return as_is ? rc : ht_fail(m, HT_EINVAL, m->last.reason);
    }
    return share_pages(m, sslot, sgfn, source_handle, cslot, cgfn, client_handle);
}

/* memshr_share_gfns(source_domain, source_gfn, source_handle, client_domain, client_gfn,
 *                   client_handle) */
int64_t ht_h_memshr_share_gfns(ht_machine *m, uint16_t source_domain, uint64_t source_gfn,
                               uint64_t source_handle, uint16_t client_domain, uint64_t client_gfn,
                               uint64_t client_handle)
{
    return share_common(m, source_domain, source_gfn, source_handle, client_domain, client_gfn,
                        client_handle, false);
}

/* memshr_share_grefs(source_domain, source_gref, source_handle, client_domain, client_gref,
 *                    client_handle) */
int64_t ht_h_memshr_share_grefs(ht_machine *m, uint16_t source_domain, uint32_t source_gref,
                                uint64_t source_handle, uint16_t client_domain,
                                uint32_t client_gref, uint64_t client_handle)
{
    return share_common(m, source_domain, source_gref, source_handle, client_domain, client_gref,
                        client_handle, true);
}

/* ---- add_to_physmap (section 2.7) ---------------------------------------------------- */

/* memshr_add_to_physmap(source_domain, source_gfn, source_handle, client_domain,
 *                       client_gfn) */
int64_t ht_h_memshr_add_to_physmap(ht_machine *m, uint16_t source_domain, uint64_t source_gfn,
                                   uint64_t source_handle, uint16_t client_domain,
                                   uint64_t client_gfn)
{
    uint8_t sslot, cslot;
    int64_t rc = sharing_gate(m, source_domain, &sslot);
    if (rc)
        return rc;
    rc = client_gate(m, client_domain, &cslot);
    if (rc)
        return rc;
    uint64_t sgfn = source_gfn, cgfn = client_gfn;
    if (sgfn & HT_GFN_GREF_FLAG)
        FAIL(EINVAL, ADD_PHYSMAP_GREF);
    uint32_t smfn = p2m_mfn(m, sslot, sgfn);
    struct ht_share *ss = share_of(m, smfn);
    if (!ss)
        FAIL(S_HANDLE_INVALID, SHARE_SOURCE_NOT_SHARED);
    if (ss->handle != source_handle)
        FAIL(S_HANDLE_INVALID, SHARE_SOURCE_HANDLE);
    uint8_t ctype = p2m_type(m, cslot, cgfn);
    if (!type_is_hole(ctype) && !ht_bug(m, HT_BUG_ADD_PHYSMAP_HOLE_CHECK))
        FAIL(C_HANDLE_INVALID, ADD_PHYSMAP_NOT_HOLE);
    if (p2m_is_stale_tuple(m, cslot, cgfn))
        UNSUPPORTED(STALE_TUPLE_SHARED_AGAIN);  /* as in nominate */
    if (!xenheap_take(m))
        FAIL(ENOMEM, ADD_PHYSMAP_NO_RMAP);
    ht_p2m_entry *e = p2m_entry(m, cslot, cgfn);
    if (!e || fault_fires(m, HT_FAULT_SITE_P2M_SET)) {
        xenheap_give(m);
        /* "ret = -ENOENT; mem_sharing_gfn_destroy(...)" and then, on the way out, the
         * unconditional "atomic_inc(&nr_saved_mfns)" (mem_sharing_add_to_physmap,
         * arch/x86/mm/mem_sharing.c, RELEASE-4.2.0, L1096-1101, L1119): no tuple was added
         * but the counter counts one.  xen-4.2 does it and records the drift in the ledger
         * (the planted bug leaves it unrecorded); the doc profile counts nothing, unless
         * the planted bug puts the real accounting back. */
        bool bug = ht_bug(m, HT_BUG_ADD_PHYSMAP_ACCOUNTING);
        if (bug || !ht_doc(m))
            jadd(m, &m->host.freed_pages, 1);
        if (!ht_doc(m) && !bug)
            jadd(m, &m->host.freed_drift, 1);
        FAIL(ENOENT, ADD_PHYSMAP_P2M_SET);
    }
    ht_domain_pub *cp = &m->dom_pub[cslot];
    uint32_t old_mfn = e->mfn;
    /* "if (p2m_is_paging(cmfn_type) && cmfn_type != p2m_ram_paging_out)
     * atomic_dec(&cd->paged_pages)" (mem_sharing_add_to_physmap, arch/x86/mm/mem_sharing.c,
     * RELEASE-4.2.0, L1105-1107): 4.2 decrements for a paging_in gfn with its frame too,
     * which was never counted -- the xen-4.2 profile does, and the drift ledger records it;
     * the doc profile decrements only for the gfns counted as paged. */
    bool counted = ctype == HT_P2M_TYPE_RAM_PAGED ||
                   (ctype == HT_P2M_TYPE_RAM_PAGING_IN && old_mfn == HT_MFN_INVALID);
    if (counted || (!ht_doc(m) && ctype == HT_P2M_TYPE_RAM_PAGING_IN)) {
        jadd(m, &cp->paged_pages, -1);
        if (!counted)
            jadd(m, &m->dom[cslot].paged_drift, -1);
    }
    mmio_dm_frame_orphan(m, e);
    /* 2a62721ee2 ("Don't leak it": test_and_clear_bit(_PGC_allocated) then put_page on the
     * paging-in gfn's valid frame, mem_sharing_add_to_physmap, RELEASE-4.2.0).  Planted
     * add_physmap_leaks_paging_in is the code before it: the prepped frame is left as it
     * was, owned and counted, its M2P naming cgfn. */
    if (ctype == HT_P2M_TYPE_RAM_PAGING_IN && mfn_is_ram(m, old_mfn) &&
        !ht_bug(m, HT_BUG_ADD_PHYSMAP_LEAKS_PAGING_IN)) {
        frame_set_m2p(m, old_mfn, HT_M2P_INVALID);
        frame_release(m, old_mfn);
    }
    /* With the hole check planted away, a populated gfn is overwritten: its frame keeps
     * its M2P entry and its place in tot_pages, leaked as in 8d204daa8f. */
    /* "set_p2m_entry(p2m, cgfn, smfn, PAGE_ORDER_4K, p2m_ram_shared, a)" with a from the
     * client lookup (mem_sharing_add_to_physmap, L1061-1063, L1094): an empty EPT entry
     * reads back as access n ("*a = p2m_access_n", p2m-ept.c ept_get_entry L500-501), so
     * on Intel 4.2 maps a never-populated or removed hole with r=w=x=0.  Paged entries
     * keep the access they carry; the doc profile keeps whatever the hole holds. */
    uint8_t access = e->access;
    if (!ht_doc(m) && m->config.vendor == HT_VENDOR_INTEL && p2m_is_empty_hole(e))
        access = HT_ACCESS_N;
    p2m_set(m, cslot, cgfn, HT_P2M_TYPE_RAM_SHARED, smfn, access);
    rmap_add(m, ss, gidx(m, cslot, cgfn));
    jadd(m, &cp->shr_pages, 1);
    jadd(m, &m->host.freed_pages, 1);
    OK(0, NONE);
}

/* ---- debug, audit, stats ------------------------------------------------------------- */

static int64_t debug_count(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    const struct ht_share *s = share_of(m, p2m_mfn(m, slot, gfn));
    if (!s)
        FAIL(EINVAL, DEBUG_NOT_SHARED);
    OK((int64_t)s->rmap_count, NONE);
}

/* memshr_debug_gfn(domid, gfn) */
int64_t ht_h_memshr_debug_gfn(ht_machine *m, uint16_t domid, uint64_t gfn)
{
    uint8_t slot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    return debug_count(m, slot, gfn);
}

/* memshr_debug_gref(domid, gref) */
int64_t ht_h_memshr_debug_gref(ht_machine *m, uint16_t domid, uint32_t gref)
{
    uint8_t slot;
    uint64_t gfn;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    rc = gref_to_gfn(m, slot, gref, &gfn);
    if (rc)
        return rc;
    return debug_count(m, slot, gfn);
}

/* Xen 4.2's own audit (section 2.10): walks every live shared frame and counts errors. */
uint64_t xen_sharing_audit(ht_machine *m)
{
    uint64_t errors = 0, found = 0;
    for (uint32_t mfn = 0; mfn < m->config.total_frames; mfn++) {
        const ht_frame *f = &m->frame[mfn];
        if (f->owner != HT_OWNER_COW || !(f->bits & HT_FRAME_ALLOCATED))
            continue;
        found++;
        if (f->m2p != HT_M2P_SHARED || f->link >= m->config.share_capacity) {
            errors++;
            continue;
        }
        const struct ht_share *s = &m->share[f->link];
        if (s->rmap_count == 0)
            errors++;
        /* mem_sharing_audit (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0; audit() at
         * RELEASE-4.17.0 is the same walk) counts each check of a tuple apart: a tuple of a
         * domain that is gone is one error ("Unknown dom", then continue: not in nr_gfns);
         * otherwise a p2m entry that is not this frame is one ("Incorrect P2M") and one
         * that is not p2m_ram_shared another ("Incorrect P2M type"), so a stale tuple whose
         * entry was cleared is two; "(nr_gfns + 1) != type count" is one more per frame.
         * The doc profile counts one error per bad tuple and compares every tuple walked. */
        bool per_check = !ht_doc(m);
        uint32_t walked = 0, counted = 0;
        for (uint32_t g = s->rmap_head; g != HT_GIDX_NONE && walked <= s->rmap_count;
             g = m->p2m[g].rmap_next, walked++) {
            uint8_t slot;
            uint64_t gfn;
            p2m_locate(m, g, &slot, &gfn);
            bool other_frame = m->p2m[g].mfn != mfn;
            bool not_shared = m->p2m[g].type != HT_P2M_TYPE_RAM_SHARED;
            if (!per_check) {
                if (slot == HT_NO_SLOT || other_frame || not_shared)
                    errors++;
                continue;
            }
            if (slot == HT_NO_SLOT) {
                /* A tuple of a destroyed domain (the dead-tuple ledger): 4.2 looks its id
                 * up ("d = get_domain_by_id(g->domain)"; 4.17 rcu_lock_domain_by_id) and
                 * finds nothing ("Unknown dom"), or the domain that has the id now, whose
                 * entry at the gfn it checks like any other (get_gfn_query_unlocked: a
                 * gfn beyond its p2m reads INVALID_MFN, not ram_shared). */
                uint16_t domid;
                uint64_t dgfn;
                uint8_t now = HT_NO_SLOT;
                if (dead_tuple_locate(m, g, &domid, &dgfn))
                    now = ht_slot(m, domid);
                if (now == HT_NO_SLOT) {
                    errors++;
                    continue;
                }
                const ht_p2m_entry *e = p2m_entry(m, now, dgfn);
                other_frame = !e || e->mfn != mfn;
                not_shared = !e || e->type != HT_P2M_TYPE_RAM_SHARED;
            }
            errors += (uint64_t)other_frame + (uint64_t)not_shared;
            counted++;
        }
        if ((per_check ? counted : walked) != s->rmap_count)
            errors++;  /* the type count disagrees with the tuples */
    }
    if (found != (uint64_t)m->host.used_frames)
        errors++;
    return errors;
}

/* memshr_audit() */
int64_t ht_h_memshr_audit(ht_machine *m)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (ht_doc(m) && !m->config.audit_compiled)
        FAIL(ENOSYS, AUDIT_NOT_COMPILED);
    if (!sharing_built(m))
        FAIL(ENOSYS, NO_MEM_SHARING);
    /* audit() (mem_sharing.c, RELEASE-4.17.0): MEM_SHARING_AUDIT is !defined(NDEBUG), and
     * a release build answers -EOPNOTSUPP; the memop runs it before any domain lookup. */
    if (is_4_17(m) && m->config.option[HT_OPT_RELEASE_BUILD])
        FAIL(EOPNOTSUPP, AUDIT_RELEASE);
    OK((int64_t)xen_sharing_audit(m), NONE);
}

/* ---- sub-ops Xen 4.2 does not have -------------------------------------------------- *
 *
 * range_share (4.17 sub-op 8), fork (9) and fork_reset (10): 4.2's mem_sharing_memop
 * (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0) runs the prologue on mso.domain (the target
 * lookup of do_mem_event_op, then the HAP-and-enabled check), and its switch's default
 * answers -ENOSYS.  The sub-op's own fields are never read. */
static int64_t no_such_sub_op(ht_machine *m, uint64_t domid)
{
    uint8_t slot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    FAIL(ENOSYS, SHARING_NO_SUCH_OP);
}

/* range_share (mem_sharing.c, RELEASE-4.17.0): nominate each gfn in both domains and
 * share the pair; ENOMEM stops the walk, any other error skips the gfn.  The engine has no
 * preemption here, so the walk runs to its end in one call (opaque only says where it
 * starts).  What the last gfn's share or nominate returned leaks out, except -EINVAL. */
static int64_t range_share_walk(ht_machine *m, uint8_t sslot, uint8_t cslot, uint64_t start,
                                uint64_t last)
{
    int64_t rc = 0;
    for (uint64_t gfn = start; gfn <= last; gfn++) {
        uint64_t sh = 0, ch = 0;
        rc = nominate(m, sslot, gfn, -1, &sh);
        if (rc == -HT_ENOMEM)
            return rc;
        if (rc == 0) {
            rc = nominate(m, cslot, gfn, -1, &ch);
            if (rc == -HT_ENOMEM)
                return rc;
            if (rc == 0)
                rc = share_pages(m, sslot, gfn, sh, cslot, gfn, ch);
        }
        if (gfn == UINT64_MAX)
            break;
    }
    return rc == -HT_EINVAL ? 0 : rc;
}

/* memshr_range_share(source_domain, client_domain, first_gfn, last_gfn, opaque, pad) */
int64_t ht_h_memshr_range_share(ht_machine *m, uint16_t source_domain, uint16_t client_domain,
                                uint64_t first_gfn, uint64_t last_gfn, uint64_t opaque,
                                uint64_t pad)
{
    if (!is_4_17(m))
        return no_such_sub_op(m, source_domain);
    uint8_t sslot, cslot;
    int64_t rc = sharing_gate(m, source_domain, &sslot);
    if (rc)
        return rc;
    /* mem_sharing_memop's XENMEM_sharing_op_range_share case, in its order. */
    if (pad)
        FAIL(EINVAL, RANGE_PAD);
    if (opaque && (opaque < first_gfn || opaque > last_gfn))
        FAIL(EINVAL, RANGE_OPAQUE);
    rc = client_gate(m, client_domain, &cslot);
    if (rc)
        return rc;
    if (!dom_flag(m, sslot, HT_DF_PAUSED) || !dom_flag(m, cslot, HT_DF_PAUSED))
        FAIL(EINVAL, RANGE_NOT_PAUSED);
    uint64_t smax = m->dom[sslot].max_mapped_gfn, cmax = m->dom[cslot].max_mapped_gfn;
    if (smax < first_gfn || smax < last_gfn || cmax < first_gfn || cmax < last_gfn)
        FAIL(EINVAL, RANGE_BEYOND_MAX_GPFN);
    rc = range_share_walk(m, sslot, cslot, opaque ? opaque : first_gfn, last_gfn);
    if (rc < 0)
        return rc;
    OK(0, NONE);
}

/* memshr_fork(domid, parent_domain, flags, pad): XENMEM_sharing_op_fork at RELEASE-4.17.0
 * up to fork() itself, which the engine does not model (a VM fork copies the parent's
 * vcpu, HVM and p2m state): unsupported once every check has passed. */
int64_t ht_h_memshr_fork(ht_machine *m, uint16_t domid, uint16_t parent_domain, uint16_t flags,
                         uint32_t pad)
{
    if (!is_4_17(m))
        return no_such_sub_op(m, domid);
    uint8_t slot, pslot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    if (pad || (flags & ~(HT_FORK_WITH_IOMMU_ALLOWED | HT_FORK_BLOCK_INTERRUPTS)))
        FAIL(EINVAL, FORK_FLAGS);
    rc = target_memop(m, parent_domain, &pslot);  /* rcu_lock_live_remote_domain_by_id */
    if (rc)
        return rc;
    if (m->dom[pslot].nvcpus != m->dom[slot].nvcpus)
        FAIL(EINVAL, FORK_VCPUS);
    rc = auto_enable_4_17(m, pslot);
    if (rc)
        return rc;
    /* fork(): "if ( !d->controller_pause_count ) return -EBUSY;" */
    if (!dom_flag(m, slot, HT_DF_PAUSED))
        FAIL(EBUSY, FORK_NOT_PAUSED);
    UNSUPPORTED(FORK_NOT_MODELLED);
}

/* memshr_fork_reset(domid, flags, pad): the engine makes no forks, so no domain has a
 * parent and 4.17's "rc = -ENOSYS; if ( !d->parent ) goto out;" answers every valid one. */
int64_t ht_h_memshr_fork_reset(ht_machine *m, uint16_t domid, uint16_t flags, uint32_t pad)
{
    if (!is_4_17(m))
        return no_such_sub_op(m, domid);
    uint8_t slot;
    int64_t rc = sharing_gate(m, domid, &slot);
    if (rc)
        return rc;
    uint32_t resets = HT_FORK_RESET_STATE | HT_FORK_RESET_MEMORY;
    if (pad || !(flags & resets) || (flags & ~resets))
        FAIL(EINVAL, FORK_FLAGS);
    FAIL(ENOSYS, FORK_NO_PARENT);
}

/* sharing_freed_pages(): the counter is returned as the hypercall's value, so a negative
 * (underflowed) counter reaches libxc as an error, exactly as on Xen. */
int64_t ht_h_sharing_freed_pages(ht_machine *m)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    /* Without CONFIG_MEM_SHARING asm/mem_sharing.h's inline stubs return 0. */
    if (!sharing_built(m))
        OK(0, NO_MEM_SHARING);
    OK(m->host.freed_pages, NONE);
}

/* sharing_used_frames() */
int64_t ht_h_sharing_used_frames(ht_machine *m)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (!sharing_built(m))
        OK(0, NO_MEM_SHARING);
    OK(m->host.used_frames, NONE);
}

const struct ht_family_ops ht_family_sharing = {0};
