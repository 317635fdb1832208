/*
 * The transition oracle: the invariants of xen-semantics section 9 that relate the state
 * before a call to the state after it (5, 6, 7, 8, 10 and 13), and each family's own
 * transition checks (struct ht_family_ops oracle_pre / oracle_post).
 *
 * It is deliberately independent of the handlers: it reads the state before the call,
 * lets the handler run, and checks the result against what the documentation promises.
 * A planted bug in a handler (say, share skipping its handle check) cannot also disable
 * the check that catches it.
 */
#include <string.h>

#include "engine.h"

/* The gfn an argument names, without side effects; false if it names none. */
static bool peek_gfn(ht_machine *m, uint8_t slot, uint8_t uses, uint64_t value, uint64_t *gfn)
{
    bool gref = uses == HT_RES_GREF || (uses == HT_RES_GFN && (value & HT_GFN_GREF_FLAG));
    if (!gref) {
        *gfn = value;
        return true;
    }
    uint64_t ref = (uint32_t)(value & ~HT_GFN_GREF_FLAG);
    const struct ht_grant *g = gnttab_entry(m, slot, (uint32_t)ref);
    if (gnttab_version(m, slot) == 0 || !g)
        return false;
    *gfn = g->frame;
    return true;
}

/* Whether the domain has sharing on once the call is done: 4.17's sharing memop enables it
 * on its target itself (mem_sharing_memop's auto-enable, RELEASE-4.17.0; the client of a
 * share with itself too); in 4.2 only the sharing domctl changes it, so this is the flag the
 * call found. */
static bool sharing_after(const ht_machine *m, const struct ht_pre_gfn *pg)
{
    return pg->sharing || dom_flag(m, pg->slot, HT_DF_SHARING);
}

static void capture(ht_machine *m, struct ht_pre_gfn *pg, uint8_t slot, uint64_t gfn)
{
    memset(pg, 0, sizeof *pg);
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    pg->valid = true;
    pg->slot = slot;
    pg->gfn = gfn;
    pg->type = e ? e->type : HT_P2M_TYPE_INVALID;
    pg->mfn = e ? e->mfn : HT_MFN_INVALID;
    pg->sharing = dom_flag(m, slot, HT_DF_SHARING);
    pg->shr_pages = m->dom[slot].type_count[HT_P2M_TYPE_RAM_SHARED];
    if (mfn_is_ram(m, pg->mfn)) {
        const ht_frame *f = &m->frame[pg->mfn];
        pg->refs = f->refs;
        pg->wcount = frame_wcount(f);
        pg->content = f->content;
        const struct ht_share *s = share_of(m, pg->mfn);
        if (s) {
            pg->handle = s->handle;
            pg->tuples = s->rmap_count;
        }
    }
}

void oracle_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    const struct ht_call_desc *desc = &ht_calls[call];
    struct ht_pre *pre = &m->pre;
    pre->last_handle = m->host.last_handle;
    pre->g[0].valid = pre->g[1].valid = false;
    int pair = 0;
    uint8_t slot = HT_NO_SLOT;
    for (int i = 0; i < desc->nargs && pair < 2; i++) {
        uint8_t uses = desc->arg_uses[i];
        if (uses == HT_RES_DOMAIN) {
            slot = ht_slot(m, arg[i]);
        } else if ((uses == HT_RES_GFN || uses == HT_RES_GREF) && slot != HT_NO_SLOT) {
            uint64_t gfn;
            if (m->dom_pub[slot].in_use && peek_gfn(m, slot, uses, arg[i], &gfn))
                capture(m, &pre->g[pair], slot, gfn);
            pair++;
            slot = HT_NO_SLOT;
        }
    }
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->oracle_pre)
            ht_families[f]->oracle_pre(m, call, arg);
}

/* The state of a gfn after the call. */
static const ht_p2m_entry *now(ht_machine *m, const struct ht_pre_gfn *pg)
{
    if (!m->dom_pub[pg->slot].in_use)
        return NULL;
    return p2m_entry(m, pg->slot, pg->gfn);
}

static uint32_t domid_of(const ht_machine *m, const struct ht_pre_gfn *pg)
{
    return m->dom_pub[pg->slot].domid;
}

static void content_kept(ht_machine *m, const struct ht_pre_gfn *pg)
{
    const ht_p2m_entry *e = now(m, pg);
    if (!pg->valid || !e || !mfn_is_ram(m, pg->mfn) || !mfn_is_ram(m, e->mfn))
        return;
    uint32_t after = m->frame[e->mfn].content;
    if (after != pg->content)
        report_violation(m, HT_INV_CONTENT, domid_of(m, pg), pg->gfn, e->mfn, pg->content,
                         after);
}

static void check_nominate(ht_machine *m, const struct ht_pre_gfn *pg, uint64_t handle,
                           bool by_gref)
{
    if (!pg->valid)
        return;
    uint32_t domid = domid_of(m, pg);
    if (pg->type == HT_P2M_TYPE_RAM_SHARED) {
        if (handle != pg->handle)
            report_violation(m, HT_INV_NOMINATE_DEBUG, domid, pg->gfn, pg->mfn,
                             (int64_t)pg->handle, (int64_t)handle);
        return;
    }
    /* A new nomination: only of a sharable page with no other reference (by gfn), or (by
     * gref) with the backend's one grant mapping (doc) or exactly three references
     * (page_make_sharable, mem_sharing.c, RELEASE-4.2.0, L633, expected_refcnt 3 at
     * L1334; RELEASE-4.17.0 L730, L2043), with a fresh handle. */
    bool refs_ok = !by_gref ? pg->refs == 0 : ht_doc(m) ? pg->refs == 1 : pg->refs == 3;
    if (!type_is_sharable(pg->type) || pg->wcount || !refs_ok)
        report_violation(m, HT_INV_NOMINATE_DEBUG, domid, pg->gfn, pg->mfn, 0, pg->type);
    if (handle <= m->pre.last_handle)
        report_violation(m, HT_INV_HANDLES, domid, pg->gfn, pg->mfn,
                         (int64_t)m->pre.last_handle + 1, (int64_t)handle);
    if (!sharing_after(m, pg))
        report_violation(m, HT_INV_SHARING_DISABLED, domid, pg->gfn, pg->mfn, 0, 1);
    const ht_p2m_entry *e = now(m, pg);
    const struct ht_share *s = e ? share_of(m, e->mfn) : NULL;
    if (!e || e->type != HT_P2M_TYPE_RAM_SHARED || !s || s->handle != handle)
        report_violation(m, HT_INV_NOMINATE_DEBUG, domid, pg->gfn, pg->mfn, (int64_t)handle,
                         s ? (int64_t)s->handle : 0);
    content_kept(m, pg);
}

static void check_share(ht_machine *m, const uint64_t *arg, bool add_physmap)
{
    const struct ht_pre_gfn *src = &m->pre.g[0], *cli = &m->pre.g[1];
    if (!src->valid || !cli->valid)
        return;
    if (!add_physmap && src->mfn == cli->mfn)
        return;  /* the documented no-op: both name one frame, or both are holes */
    uint32_t sdom = domid_of(m, src), cdom = domid_of(m, cli);
    /* The handles given must have been the frames' own. */
    if (src->type != HT_P2M_TYPE_RAM_SHARED || src->handle != arg[2])
        report_violation(m, HT_INV_SHARE, sdom, src->gfn, src->mfn, (int64_t)src->handle,
                         (int64_t)arg[2]);
    if (!add_physmap && (cli->type != HT_P2M_TYPE_RAM_SHARED || cli->handle != arg[5]))
        report_violation(m, HT_INV_SHARE, cdom, cli->gfn, cli->mfn, (int64_t)cli->handle,
                         (int64_t)arg[5]);
    if (add_physmap && !type_is_hole(cli->type))
        report_violation(m, HT_INV_SHARE, cdom, cli->gfn, cli->mfn, HT_P2M_TYPE_INVALID,
                         cli->type);
    if (!sharing_after(m, src) || !sharing_after(m, cli))
        report_violation(m, HT_INV_SHARING_DISABLED, sharing_after(m, src) ? cdom : sdom,
                         sharing_after(m, src) ? cli->gfn : src->gfn, ~0ull, 0, 1);
    /* Both gfns now on the source frame, which kept its handle and gained the tuples. */
    const ht_p2m_entry *se = now(m, src), *ce = now(m, cli);
    const struct ht_share *s = se ? share_of(m, se->mfn) : NULL;
    uint32_t gained = add_physmap ? 1 : cli->tuples;
    if (!se || !ce || se->mfn != src->mfn || ce->mfn != src->mfn || !s ||
        s->handle != src->handle || s->rmap_count != src->tuples + gained)
        report_violation(m, HT_INV_SHARE, sdom, src->gfn, src->mfn,
                         (int64_t)(src->tuples + gained), s ? (int64_t)s->rmap_count : -1);
    content_kept(m, src);
}

void oracle_post(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                 const uint64_t *out)
{
    const struct ht_pre_gfn *g0 = &m->pre.g[0];
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->oracle_post)
            ht_families[f]->oracle_post(m, call, arg, raw, out);
    if (m->host.last_handle < m->pre.last_handle)
        report_violation(m, HT_INV_HANDLES, 0xffffffffu, ~0ull, ~0ull,
                         (int64_t)m->pre.last_handle, (int64_t)m->host.last_handle);
    if (raw < 0)
        return;
    switch (call) {
    case HT_CALL_memshr_nominate_gfn:
        check_nominate(m, g0, out[0], false);
        break;
    case HT_CALL_memshr_nominate_gref:
        check_nominate(m, g0, out[0], true);
        break;
    case HT_CALL_memshr_debug_gfn:
    case HT_CALL_memshr_debug_gref:
        if (g0->valid && (g0->type != HT_P2M_TYPE_RAM_SHARED || (uint64_t)raw != g0->tuples))
            report_violation(m, HT_INV_NOMINATE_DEBUG, domid_of(m, g0), g0->gfn, g0->mfn,
                             g0->tuples, raw);
        break;
    case HT_CALL_memshr_share_gfns:
    case HT_CALL_memshr_share_grefs:
        check_share(m, arg, false);
        break;
    case HT_CALL_memshr_add_to_physmap:
        check_share(m, arg, true);
        break;
    case HT_CALL_guest_read:
    case HT_CALL_guest_exec:  /* an instruction fetch reads the frame as a read does */
        if (g0->valid && mfn_is_ram(m, g0->mfn) && out[0] != g0->content)
            report_violation(m, HT_INV_CONTENT, domid_of(m, g0), g0->gfn, g0->mfn, g0->content,
                             (int64_t)out[0]);
        content_kept(m, g0);
        break;
    case HT_CALL_guest_write:
        /* Copy-on-write: the other tuples of the old frame must still read the old data. */
        if (g0->valid && g0->type == HT_P2M_TYPE_RAM_SHARED && g0->tuples > 1 &&
            share_of(m, g0->mfn) && m->frame[g0->mfn].content != g0->content)
            report_violation(m, HT_INV_CONTENT, domid_of(m, g0), g0->gfn, g0->mfn, g0->content,
                             m->frame[g0->mfn].content);
        break;
    case HT_CALL_foreign_map:
    case HT_CALL_grant_map:
        content_kept(m, g0);
        break;
    case HT_CALL_mem_paging_nominate:
        if (g0->valid && (!type_is_pageable(g0->type) || g0->refs || g0->wcount))
            report_violation(m, HT_INV_PAGING_TRANSITION, domid_of(m, g0), g0->gfn, g0->mfn, 0,
                             g0->type);
        break;
    case HT_CALL_mem_paging_evict:
        if (g0->valid && (g0->type != HT_P2M_TYPE_RAM_PAGING_OUT || g0->refs || g0->wcount))
            report_violation(m, HT_INV_PAGING_TRANSITION, domid_of(m, g0), g0->gfn, g0->mfn,
                             HT_P2M_TYPE_RAM_PAGING_OUT, g0->type);
        break;
    default:
        break;
    }
}
