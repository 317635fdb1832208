/*
 * The state audit behind ht_check: every state invariant of xen-semantics section 9 that
 * the model can express, each reported with the domain, gfn and frame that break it.
 *
 * It compares the Xen counters the handlers keep (tot_pages, shr_pages, paged_pages,
 * freed_pages, used_frames) with what the state actually holds, walks every shared frame's
 * rmap, and walks every p2m entry.  Cost is linear in the machine's size; fuzzing runs it
 * on a small machine after every call, replay at the end or every N calls.
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

void audit_add(struct ht_audit *a, uint32_t inv, uint32_t domid, uint64_t gfn, uint64_t mfn,
               int64_t expected, int64_t actual)
{
    if (a->n < a->max)
        a->out[a->n] = (ht_violation){inv, domid, gfn, mfn, expected, actual};
    a->n++;
}


static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static bool bit_test_set(uint64_t *bits, uint64_t i)
{
    bool was = (bits[i / 64] >> (i % 64)) & 1u;
    bits[i / 64] |= 1ull << (i % 64);
    return was;
}

/* What one walk over the frames finds for the checks after it.  A full audit used to walk
 * the frames three times (the transient dom_cow count, the shared frames, the M2P side);
 * on a machine of a million frames each walk is ~17 MB of memory traffic, most of an
 * audit's cost, and replay audits its first calls one by one. */
struct frame_census {
    int64_t transient_cow; /* dom_cow frames their owner let go of, held by references */
    int64_t owned_named;   /* frames a domain owns whose M2P entry names a gfn */
    uint32_t nshared;      /* frames that claim to be shared, listed in m->scratch_shared */
    bool overflow;         /* more than the list holds: the shared check walks the frames */
};

static bool claims_shared(const ht_frame *f)
{
    bool cow = f->owner == HT_OWNER_COW && (f->bits & HT_FRAME_ALLOCATED);
    return cow || f->m2p == HT_M2P_SHARED;
}

/* A frame whose M2P entry must name a gfn that maps it back: a domain's, naming a gfn, and
 * not one xen-4.2 left behind mmio_dm with its entry stale (HT_FRAME_M2P_STALE: its gfn
 * maps another frame or nothing, as in 4.2; mmio_dm_frame_orphan). */
static bool owned_and_named(const ht_frame *f)
{
    return f->owner < HT_MAX_DOMAINS && f->m2p < HT_M2P_SHARED && !(f->bits & HT_FRAME_M2P_STALE);
}

static void take_census(const ht_machine *m, struct frame_census *c)
{
    uint32_t cap = m->config.share_capacity + 1;
    memset(c, 0, sizeof *c);
    for (uint32_t mfn = 0; mfn < m->config.total_frames; mfn++) {
        const ht_frame *f = &m->frame[mfn];
        if (f->owner == HT_OWNER_COW && !(f->bits & HT_FRAME_ALLOCATED))
            c->transient_cow++;
        if (owned_and_named(f))
            c->owned_named++;
        if (claims_shared(f)) {
            if (c->nshared < cap)
                m->scratch_shared[c->nshared++] = mfn;
            else
                c->overflow = true;
        }
    }
}

/* census: the full check's frame walk; NULL for the fast check (no walk). */
static void check_counters(ht_machine *m, struct ht_audit *s, const struct frame_census *census)
{
    int64_t shr_sum = 0, tot_sum = 0;
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        const struct ht_domain *d = &m->dom[slot];
        if (!p->in_use)
            continue;
        shr_sum += p->shr_pages;
        tot_sum += p->tot_pages;
        /* paged_pages may go below zero in 4.2 by the ledger's drift (an atomic_t that
         * getdomaininfo reports as 2^64-1): what must not go below zero is the counter less
         * its drift. */
        int64_t paged_undrifted = p->paged_pages - d->paged_drift;
        if (p->shr_pages < 0 || paged_undrifted < 0 || p->tot_pages < 0)
            audit_add(s, HT_INV_NONNEG, p->domid, HT_NONE64, HT_NONE64, 0,
                p->shr_pages < 0 ? p->shr_pages : paged_undrifted < 0 ? p->paged_pages : p->tot_pages);
        /* sharing.4, with xen-4.2's stale tuples still counted (the ledger). */
        int64_t shared = d->type_count[HT_P2M_TYPE_RAM_SHARED] + d->stale_tuples;
        if (p->shr_pages != shared || d->stale_tuples < 0)
            audit_add(s, HT_INV_SHR_PAGES, p->domid, HT_NONE64, HT_NONE64, shared, p->shr_pages);
        int64_t paged = d->type_count[HT_P2M_TYPE_RAM_PAGED] + d->paging_in_nomfn + d->paged_drift;
        if (p->paged_pages != paged)
            audit_add(s, HT_INV_PAGED_PAGES, p->domid, HT_NONE64, HT_NONE64, paged, p->paged_pages);
        if (p->tot_pages != d->owned)
            audit_add(s, HT_INV_TOT_PAGES, p->domid, HT_NONE64, HT_NONE64, d->owned, p->tot_pages);
    }
    const ht_host_pub *h = &m->host;
    /* freed_pages less its xen-4.2 drift (the ledger, as paged_drift above): what the
     * model's tuples account for. */
    int64_t freed = h->freed_pages - h->freed_drift;
    if (freed < 0 || h->used_frames < 0 || m->dead_tuples < 0)
        audit_add(s, HT_INV_NONNEG, HT_NONE_DOM, HT_NONE64, HT_NONE64, 0,
            freed < 0 ? h->freed_pages : h->used_frames < 0 ? h->used_frames : m->dead_tuples);
    /* sharing.1, with the tuples of destroyed domains that 4.2 and 4.17 leave on their
     * frames (the dead-tuple ledger): no shr_pages counts them any more, nr_saved_mfns and
     * nr_shared_mfns still do. */
    if (shr_sum + m->dead_tuples != freed + h->used_frames)
        audit_add(s, HT_INV_SHR_SUM, HT_NONE_DOM, HT_NONE64, HT_NONE64, shr_sum + m->dead_tuples,
            freed + h->used_frames);

    /* Frames held only by references after their owner let go of them (a client frame
     * merged away while mapped) are accounted apart.  The full check counts them and uses
     * Xen's used_frames; the fast one counts every dom_cow frame from the primitives. */
    int64_t accounted;
    if (census) {
        accounted = h->free_frames + tot_sum + h->used_frames + census->transient_cow +
                    h->xen_frames;
    } else {
        accounted = h->free_frames + tot_sum + m->cow_frames + h->xen_frames;
    }
    if (accounted != (int64_t)m->config.total_frames)
        audit_add(s, HT_INV_CONSERVATION, HT_NONE_DOM, HT_NONE64, HT_NONE64, (int64_t)m->config.total_frames,
            accounted);
}

/* What the shared-frame walk carries from frame to frame. */
struct shared_walk {
    uint64_t *tuple_seen;
    uint64_t *handles;
    size_t nhandles;
    /* Tuples that do not map their frame as ram_shared, per domain: a violation unless
     * the domain's stale-tuple ledger (xen-4.2's remove_from_physmap) accounts for every
     * one of them; with an empty ledger each is reported where it is found. */
    int64_t stale[HT_MAX_DOMAINS];
    /* Tuples of destroyed domains, likewise against the dead-tuple ledger. */
    int64_t dead;
};

/* One frame that claims to be shared: its share, handle and rmap. */
static void check_shared_frame(ht_machine *m, struct ht_audit *s, struct shared_walk *w,
                               uint32_t mfn)
{
    uint64_t *tuple_seen = w->tuple_seen;
    int64_t *stale = w->stale;
    const struct ht_share *sh = share_of(m, mfn);
    if (!sh) {
        audit_add(s, HT_INV_SHARED_FRAME, HT_NONE_DOM, HT_NONE64, mfn, 1, 0);
        return;
    }
    if (sh->handle == 0 || sh->handle > m->host.last_handle)
        audit_add(s, HT_INV_HANDLES, HT_NONE_DOM, HT_NONE64, mfn, (int64_t)m->host.last_handle,
            (int64_t)sh->handle);
    if (w->nhandles <= m->config.share_capacity)
        w->handles[w->nhandles++] = sh->handle;
    if (sh->rmap_count == 0)
        audit_add(s, HT_INV_SHARED_FRAME, HT_NONE_DOM, HT_NONE64, mfn, 1, 0);
    uint32_t walked = 0;
    for (uint32_t g = sh->rmap_head; g != HT_GIDX_NONE && walked <= sh->rmap_count;
         g = m->p2m[g].rmap_next, walked++) {
        uint8_t slot;
        uint64_t gfn;
        p2m_locate(m, g, &slot, &gfn);
        if (slot == HT_NO_SLOT) {
            w->dead++;
            if (m->dead_tuples == 0)
                audit_add(s, HT_INV_SHARED_FRAME, HT_NONE_DOM, HT_NONE64, mfn, 0, 1);  /* dead domain */
            if (bit_test_set(tuple_seen, g))
                audit_add(s, HT_INV_SHARED_TUPLE, HT_NONE_DOM, HT_NONE64, mfn, 1, 2);
            continue;
        }
        uint32_t domid = m->dom_pub[slot].domid;
        const ht_p2m_entry *e = &m->p2m[g];
        if (e->type != HT_P2M_TYPE_RAM_SHARED || e->mfn != mfn) {
            stale[slot]++;
            if (m->dom[slot].stale_tuples == 0)
                audit_add(s, HT_INV_SHARED_FRAME, domid, gfn, mfn, HT_P2M_TYPE_RAM_SHARED,
                    e->type);
        }
        if (bit_test_set(tuple_seen, g))
            audit_add(s, HT_INV_SHARED_TUPLE, domid, gfn, mfn, 1, 2);  /* in two rmaps */
    }
    if (walked != sh->rmap_count)
        audit_add(s, HT_INV_SHARED_FRAME, HT_NONE_DOM, HT_NONE64, mfn, sh->rmap_count, walked);
}

/* Walks the frames that claim to be shared (the census's list, in frame order, or every
 * frame when the list overflowed): owner, rmap, handles; marks every tuple seen. */
static void check_shared_frames(ht_machine *m, struct ht_audit *s, uint64_t *tuple_seen,
                                uint64_t *handles, const struct frame_census *census)
{
    struct shared_walk w = {.tuple_seen = tuple_seen, .handles = handles};
    if (census->overflow) {
        for (uint32_t mfn = 0; mfn < m->config.total_frames; mfn++)
            if (claims_shared(&m->frame[mfn]))
                check_shared_frame(m, s, &w, mfn);
    } else {
        for (uint32_t k = 0; k < census->nshared; k++)
            check_shared_frame(m, s, &w, m->scratch_shared[k]);
    }
    int64_t dead = w.dead;
    int64_t *stale = w.stale;
    size_t nhandles = w.nhandles;
    if (m->dead_tuples != 0 && dead != m->dead_tuples)
        audit_add(s, HT_INV_SHARED_FRAME, HT_NONE_DOM, HT_NONE64, HT_NONE64, m->dead_tuples, dead);
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        if (m->dom_pub[slot].in_use && m->dom[slot].stale_tuples != 0 &&
            stale[slot] != m->dom[slot].stale_tuples)
            audit_add(s, HT_INV_SHARED_FRAME, m->dom_pub[slot].domid, HT_NONE64, HT_NONE64,
                m->dom[slot].stale_tuples, stale[slot]);
    qsort(handles, nhandles, sizeof *handles, cmp_u64);
    for (size_t i = 1; i < nhandles; i++)
        if (handles[i] == handles[i - 1])
            audit_add(s, HT_INV_HANDLES, HT_NONE_DOM, HT_NONE64, HT_NONE64, 1, 2);
}

static void check_p2m(ht_machine *m, struct ht_audit *s, const uint64_t *tuple_seen,
                      uint64_t *frame_mapped, const struct frame_census *census)
{
    int64_t named_mapped = 0; /* owned_and_named frames some p2m entry maps */
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        if (!p->in_use)
            continue;
        for (uint64_t gfn = 0; gfn < p->p2m_size; gfn++) {
            uint32_t g = p->p2m_base + (uint32_t)gfn;
            const ht_p2m_entry *e = &m->p2m[g];
            switch (e->type) {
            case HT_P2M_TYPE_RAM_SHARED:
                if (!((tuple_seen[g / 64] >> (g % 64)) & 1u))
                    audit_add(s, HT_INV_SHARED_TUPLE, p->domid, gfn, e->mfn, 1, 0);
                continue;
            case HT_P2M_TYPE_RAM_PAGED:
                if (e->mfn != HT_MFN_INVALID)
                    audit_add(s, HT_INV_PAGED_FRAME, p->domid, gfn, e->mfn, -1, e->mfn);
                continue;
            case HT_P2M_TYPE_RAM_PAGING_OUT:
                if (!mfn_is_ram(m, e->mfn) || m->frame[e->mfn].owner != slot)
                    audit_add(s, HT_INV_PAGED_FRAME, p->domid, gfn, e->mfn, slot,
                        mfn_is_ram(m, e->mfn) ? m->frame[e->mfn].owner : -1);
                break;
            case HT_P2M_TYPE_RAM_RW:
            case HT_P2M_TYPE_RAM_LOGDIRTY:
            case HT_P2M_TYPE_RAM_RO:
                break;
            case HT_P2M_TYPE_RAM_PAGING_IN:
                if (e->mfn == HT_MFN_INVALID)
                    continue;
                break;
            case HT_P2M_TYPE_MMIO_DM:
                /* xen-4.2's HVMOP_set_mem_type keeps a RAM frame behind mmio_dm: still the
                 * domain's, its M2P naming the gfn (hvm.c L4146; p2m.c p2m_change_type). */
                if (e->mfn == HT_MFN_INVALID)
                    continue;
                break;
            default:
                continue;
            }
            /* A private gfn with a frame (RAM, or a RAM frame behind mmio_dm). */
            if (!mfn_is_ram(m, e->mfn)) {
                audit_add(s, HT_INV_P2M_M2P, p->domid, gfn, e->mfn, 0, 1);
                continue;
            }
            const ht_frame *f = &m->frame[e->mfn];
            if (f->owner != slot || f->m2p != gfn)
                audit_add(s, HT_INV_P2M_M2P, p->domid, gfn, e->mfn, (int64_t)gfn,
                    f->owner != slot ? -(int64_t)f->owner - 1 : (int64_t)f->m2p);
            if (bit_test_set(frame_mapped, e->mfn))
                audit_add(s, HT_INV_P2M_M2P, p->domid, gfn, e->mfn, 1, 2);  /* mapped twice */
            else if (owned_and_named(f))
                named_mapped++;
        }
    }
    /* From the frames' side: an M2P entry must name a gfn that maps the frame back.  When
     * every such frame of the census is mapped, none is left to report: the walk that
     * names the others is needed only when some are not. */
    if (named_mapped == census->owned_named)
        return;
    for (uint32_t mfn = 0; mfn < m->config.total_frames; mfn++) {
        const ht_frame *f = &m->frame[mfn];
        if (!owned_and_named(f))
            continue;
        if ((frame_mapped[mfn / 64] >> (mfn % 64)) & 1u)
            continue;
        audit_add(s, HT_INV_P2M_M2P, m->dom_pub[f->owner].domid, f->m2p, mfn, mfn,
            p2m_mfn(m, (uint8_t)f->owner, f->m2p));
    }
}

size_t ht_check(ht_machine *m, ht_violation *out, size_t max)
{
    struct ht_audit s = {out, max, 0};
    size_t pending = m->npending < 16 ? m->npending : 16;
    for (size_t i = 0; i < pending; i++) {
        if (s.n < s.max)
            s.out[s.n] = m->pending[i];
        s.n++;
    }
    s.n += m->npending - pending;
    m->npending = 0;

    struct frame_census census;
    take_census(m, &census);
    check_counters(m, &s, &census);
    /* Scratch space was sized when the machine was made, so a check cannot fail. */
    memset(m->scratch_tuples, 0, (m->host.gfn_used / 64 + 1) * sizeof *m->scratch_tuples);
    memset(m->scratch_frames, 0, (m->config.total_frames / 64 + 1) * sizeof *m->scratch_frames);
    check_shared_frames(m, &s, m->scratch_tuples, m->scratch_handles, &census);
    check_p2m(m, &s, m->scratch_tuples, m->scratch_frames, &census);
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->audit)
            ht_families[f]->audit(m, &s);
    return s.n;
}

size_t check_counters_only(ht_machine *m, ht_violation *out, size_t max)
{
    struct ht_audit s = {out, max, 0};
    check_counters(m, &s, NULL);
    return s.n;
}

void report_violation(ht_machine *m, enum ht_invariant_id inv, uint32_t domid, uint64_t gfn,
                      uint64_t mfn, int64_t expected, int64_t actual)
{
    if (m->npending < sizeof m->pending / sizeof m->pending[0])
        m->pending[m->npending] = (ht_violation){inv, domid, gfn, mfn, expected, actual};
    m->npending++;
}
