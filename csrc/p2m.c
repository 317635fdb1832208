/*
 * Memory primitives: p2m entries, frames, M2P, the host free list, internal allocations
 * and fault injection.
 *
 * These keep their own bookkeeping (per-domain type counts, frames owned per domain) that
 * is independent of the Xen counters the call handlers maintain (tot_pages, shr_pages,
 * paged_pages, nr_shared_mfns).  The audit compares the two, which is how a handler that
 * forgets a counter update, as several real Xen bugs did, is caught.
 */
#include "engine.h"

bool type_is_ram(uint8_t t)
{
    switch (t) {
    case HT_P2M_TYPE_RAM_RW:
    case HT_P2M_TYPE_RAM_LOGDIRTY:
    case HT_P2M_TYPE_RAM_RO:
    case HT_P2M_TYPE_RAM_PAGING_OUT:
    case HT_P2M_TYPE_RAM_PAGED:
    case HT_P2M_TYPE_RAM_PAGING_IN:
    case HT_P2M_TYPE_RAM_SHARED:
        return true;
    default:
        return false;
    }
}

bool type_is_sharable(uint8_t t)
{
    return t == HT_P2M_TYPE_RAM_RW || t == HT_P2M_TYPE_RAM_LOGDIRTY;
}

bool type_is_pageable(uint8_t t)
{
    return t == HT_P2M_TYPE_RAM_RW || t == HT_P2M_TYPE_RAM_LOGDIRTY;
}

bool type_is_paging(uint8_t t)
{
    return t == HT_P2M_TYPE_RAM_PAGING_OUT || t == HT_P2M_TYPE_RAM_PAGED ||
           t == HT_P2M_TYPE_RAM_PAGING_IN;
}

/* The targets add_to_physmap accepts.  paging_out is not a hole: it still has its frame. */
bool type_is_hole(uint8_t t)
{
    return t == HT_P2M_TYPE_MMIO_DM || t == HT_P2M_TYPE_INVALID ||
           t == HT_P2M_TYPE_RAM_PAGING_IN || t == HT_P2M_TYPE_RAM_PAGED;
}

/* An entry that holds nothing: never populated, removed, or mmio_dm without a frame.  EPT
 * stores such an entry as all zeroes, whatever type or access was asked for (ept_set_entry,
 * arch/x86/mm/p2m-ept.c, RELEASE-4.2.0, L357-378), and reads it back as (mmio_dm,
 * INVALID_MFN, p2m_access_n) (ept_get_entry, L500-501). */
bool p2m_is_empty_hole(const ht_p2m_entry *e)
{
    return e->mfn == HT_MFN_INVALID &&
           (e->type == HT_P2M_TYPE_INVALID || e->type == HT_P2M_TYPE_MMIO_DM);
}

static bool paging_in_without_frame(uint8_t type, uint32_t mfn)
{
    return type == HT_P2M_TYPE_RAM_PAGING_IN && mfn == HT_MFN_INVALID;
}

bool p2m_set(ht_machine *m, uint8_t slot, uint64_t gfn, uint8_t type, uint32_t mfn,
             uint8_t access)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e)
        return false;
    struct ht_domain *d = &m->dom[slot];
    if (e->type != type) {
        jadd(m, &d->type_count[e->type & 15], -1);
        jadd(m, &d->type_count[type & 15], 1);
    }
    int64_t was = paging_in_without_frame(e->type, e->mfn);
    int64_t now = paging_in_without_frame(type, mfn);
    if (was != now)
        jadd(m, &d->paging_in_nomfn, now - was);
    j32(m, &e->mfn, mfn);
    j8(m, &e->type, type);
    j8(m, &e->access, access);
    if (mfn != HT_MFN_INVALID && gfn > d->max_mapped_gfn)
        j64(m, &d->max_mapped_gfn, gfn);
    return true;
}

void p2m_locate(const ht_machine *m, uint32_t global, uint8_t *slot, uint64_t *gfn)
{
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++) {
        const ht_domain_pub *p = &m->dom_pub[s];
        if (p->in_use && global >= p->p2m_base && global - p->p2m_base < p->p2m_size) {
            *slot = s;
            *gfn = global - p->p2m_base;
            return;
        }
    }
    *slot = HT_NO_SLOT;
    *gfn = 0;
}

bool p2m_map_private(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t mfn, uint8_t type)
{
    if (!p2m_set(m, slot, gfn, type, mfn, m->dom[slot].default_access))
        return false;
    frame_set_m2p(m, mfn, (uint32_t)gfn);
    return true;
}

void p2m_clear(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e)
        return;
    if (mfn_is_ram(m, e->mfn) && e->type != HT_P2M_TYPE_RAM_SHARED)
        frame_set_m2p(m, e->mfn, HT_M2P_INVALID);
    p2m_set(m, slot, gfn, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, m->dom[slot].default_access);
}

/* ---- frames -------------------------------------------------------------------------- */

static void owned_adjust(ht_machine *m, uint16_t owner, int64_t delta)
{
    if (owner < HT_MAX_DOMAINS)
        jadd(m, &m->dom[owner].owned, delta);
    else if (owner == HT_OWNER_COW)
        jadd(m, &m->cow_frames, delta);
    else if (owner == HT_OWNER_XEN)
        jadd(m, &m->host.xen_frames, delta);
}

void frame_set_owner(ht_machine *m, uint32_t mfn, uint16_t owner)
{
    ht_frame *f = &m->frame[mfn];
    owned_adjust(m, f->owner, -1);
    owned_adjust(m, owner, 1);
    j16(m, &f->owner, owner);
}

void frame_set_m2p(ht_machine *m, uint32_t mfn, uint32_t m2p)
{
    j32(m, &m->frame[mfn].m2p, m2p);
}

void frame_set_wcount(ht_machine *m, uint32_t mfn, uint8_t count)
{
    ht_frame *f = &m->frame[mfn];
    j8(m, &f->bits, (uint8_t)((f->bits & ~HT_FRAME_WCOUNT_MASK) | (count & HT_FRAME_WCOUNT_MASK)));
}

/* Hands out mfn, already unlinked from the free list, to owner. */
static void frame_take(ht_machine *m, uint32_t mfn, uint16_t owner)
{
    ht_frame *f = &m->frame[mfn];
    jadd(m, &m->host.free_frames, -1);
    j32(m, &f->link, HT_MFN_INVALID);
    j32(m, &f->m2p, HT_M2P_INVALID);
    j32(m, &f->content, 0);
    j8(m, &f->refs, 0);
    j8(m, &f->bits, HT_FRAME_ALLOCATED);
    frame_set_owner(m, mfn, owner);
}

/* The host heap's free list: a frame for owner, or HT_MFN_INVALID when the heap is empty. */
uint32_t frame_alloc_heap(ht_machine *m, uint16_t owner)
{
    uint32_t mfn = m->free_head;
    if (mfn == HT_MFN_INVALID)
        return HT_MFN_INVALID;
    j32(m, &m->free_head, m->frame[mfn].link);
    frame_take(m, mfn, owner);
    return mfn;
}

/* Whether a family takes a request for 2^order frames over before alloc_heap_pages
 * searches the heap (ht_family_ops.heap_alloc: tmem under scarcity, page_alloc.c
 * RELEASE-4.2.0 "goto try_tmem"). */
static bool heap_taken_over(ht_machine *m, uint32_t order, bool probe, uint32_t *mfn)
{
    for (uint32_t i = 0; i < m->heap_hooks; i++)
        if (ht_families[m->heap_hook[i]]->heap_alloc(m, order, probe, mfn))
            return true;
    return false;
}

bool heap_can_serve(ht_machine *m, uint32_t order)
{
    uint32_t mfn = HT_MFN_INVALID;
    if (heap_taken_over(m, order, true, &mfn))
        return mfn != HT_MFN_INVALID;
    return (uint64_t)m->host.free_frames >= (1ull << order);
}

/* One frame of a request for 2^order frames (alloc_heap_pages).  An order-0 request may be
 * taken over by a family, which then hands over a frame it held: Xen scrubs it for the new
 * owner (tmem_relinquish_pages, tmh_scrub_page).  The frames of a larger extent come from
 * the heap, which heap_can_serve checked for the whole extent. */
static uint32_t frame_alloc_owner(ht_machine *m, uint16_t owner, uint32_t order)
{
    uint32_t mfn = HT_MFN_INVALID;
    if (order == 0 && heap_taken_over(m, 0, false, &mfn)) {
        if (mfn == HT_MFN_INVALID)
            return HT_MFN_INVALID;
        ht_frame *f = &m->frame[mfn];
        j32(m, &f->link, HT_MFN_INVALID);
        j32(m, &f->m2p, HT_M2P_INVALID);
        j32(m, &f->content, 0);
        j8(m, &f->refs, 0);
        j8(m, &f->bits, HT_FRAME_ALLOCATED);
        frame_set_owner(m, mfn, owner);
        return mfn;
    }
    return frame_alloc_heap(m, owner);
}

uint32_t frame_alloc(ht_machine *m, uint8_t slot)
{
    return frame_alloc_owner(m, slot, 0);
}

/* A frame for Xen itself (alloc_xenheap_page / alloc_domheap_page(NULL)): owned by no
 * domain, counted in host.xen_frames until frame_release gives it back. */
uint32_t frame_alloc_xen(ht_machine *m)
{
    return frame_alloc_owner(m, HT_OWNER_XEN, 0);
}

static bool block_is_free(const ht_machine *m, uint64_t base, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        if (m->frame[base + i].owner != HT_OWNER_FREE)
            return false;
    return true;
}

/* The end (exclusive) of the frames a block below limit may use. */
static uint64_t block_end(const ht_machine *m, uint64_t limit)
{
    return limit < m->config.total_frames ? limit : m->config.total_frames;
}

uint64_t frame_free_blocks(const ht_machine *m, uint32_t order, uint64_t limit, uint64_t want)
{
    if (order > HT_MAX_ORDER)
        return 0;
    uint64_t n = 1ull << order, end = block_end(m, limit), found = 0;
    for (uint64_t base = 0; base + n <= end && found < want; base += n)
        found += block_is_free(m, base, n);
    return found;
}

/* The buddy allocator hands out naturally aligned blocks; the engine takes the lowest free
 * one (which block Xen picks is not observable beyond the frame numbers, which replay
 * remaps).  Its frames are unlinked from the free list in one walk. */
uint32_t frame_alloc_block(ht_machine *m, uint16_t owner, uint32_t order, uint64_t limit)
{
    if (order > HT_MAX_ORDER)
        return HT_MFN_INVALID;
    uint64_t n = 1ull << order, end = block_end(m, limit), base = 0;
    if (n == 1 && end == m->config.total_frames)
        return frame_alloc_owner(m, owner, 0);
    while (base + n <= end && !block_is_free(m, base, n))
        base += n;
    if (base + n > end)
        return HT_MFN_INVALID;
    uint32_t *link = &m->free_head;
    for (uint64_t left = n; *link != HT_MFN_INVALID && left;) {
        uint32_t mfn = *link;
        if (mfn < base || mfn >= base + n) {
            link = &m->frame[mfn].link;
            continue;
        }
        j32(m, link, m->frame[mfn].link);
        frame_take(m, mfn, owner);
        left--;
    }
    return (uint32_t)base;
}

/* assign_pages: obeys the domain's max_pages and dying state, as Xen's allocator does. */
bool frame_alloc_extent_for(ht_machine *m, uint8_t slot, uint32_t order, uint32_t *mfn)
{
    ht_domain_pub *p = &m->dom_pub[slot];
    if (dom_flag(m, slot, HT_DF_DYING) || p->tot_pages + 1 > p->max_pages)
        return false;
    uint32_t got = frame_alloc_owner(m, slot, order);
    if (got == HT_MFN_INVALID)
        return false;
    jadd(m, &p->tot_pages, 1);
    *mfn = got;
    return true;
}

bool frame_alloc_for(ht_machine *m, uint8_t slot, uint32_t *mfn)
{
    return frame_alloc_extent_for(m, slot, 0, mfn);
}

/* Back to the host heap.  A domain's page also leaves its tot_pages (free_domheap_pages). */
static void frame_free(ht_machine *m, uint32_t mfn)
{
    ht_frame *f = &m->frame[mfn];
    uint16_t owner = f->owner;
    if (owner < HT_MAX_DOMAINS)
        jadd(m, &m->dom_pub[owner].tot_pages, -1);
    frame_set_owner(m, mfn, HT_OWNER_FREE);
    j32(m, &f->m2p, HT_M2P_INVALID);
    j8(m, &f->bits, 0);
    j8(m, &f->refs, 0);
    j32(m, &f->link, m->free_head);
    j32(m, &m->free_head, mfn);
    jadd(m, &m->host.free_frames, 1);
    if (owner < HT_MAX_DOMAINS)
        domain_maybe_gone(m, (uint8_t)owner);
}

void frame_free_if_unused(ht_machine *m, uint32_t mfn)
{
    const ht_frame *f = &m->frame[mfn];
    if (f->owner != HT_OWNER_FREE && !(f->bits & HT_FRAME_ALLOCATED) && f->refs == 0)
        frame_free(m, mfn);
}

void frame_release(ht_machine *m, uint32_t mfn)
{
    ht_frame *f = &m->frame[mfn];
    j8(m, &f->bits, (uint8_t)(f->bits & ~HT_FRAME_ALLOCATED));
    frame_free_if_unused(m, mfn);
}

void frame_get(ht_machine *m, uint32_t mfn)
{
    ht_frame *f = &m->frame[mfn];
    j8(m, &f->refs, (uint8_t)(f->refs + 1));
}

void frame_put(ht_machine *m, uint32_t mfn)
{
    ht_frame *f = &m->frame[mfn];
    if (f->refs > 0)
        j8(m, &f->refs, (uint8_t)(f->refs - 1));
    frame_free_if_unused(m, mfn);
}

/* ---- internal allocations and fault injection ----------------------------------------- */

bool xenheap_take(ht_machine *m)
{
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC) || m->host.xenheap_free <= 0)
        return false;
    jadd(m, &m->host.xenheap_free, -1);
    return true;
}

void xenheap_give(ht_machine *m)
{
    jadd(m, &m->host.xenheap_free, 1);
}

/* The values of i in [0, nr) for which gfn + i (an unsigned long, wrapping as Xen's
 * xen_pfn_t arithmetic does) falls in a p2m of size gfns: one range [*lo, *hi), empty when
 * *lo == *hi.  Not a Xen function: it bounds the engine's loops over a hostile count.
 * nr and size are at most 2^31, so the range cannot wrap twice. */
void gfn_range_in_p2m(uint64_t gfn, uint64_t nr, uint64_t size, uint64_t *lo, uint64_t *hi)
{
    if (gfn < size) {
        *lo = 0;
        *hi = nr < size - gfn ? nr : size - gfn;
        return;
    }
    *lo = 0 - gfn;  /* the first i at which gfn + i wraps to 0 */
    if (*lo >= nr) {
        *hi = *lo;
        return;
    }
    *hi = nr - *lo <= size ? nr : *lo + size;
}
