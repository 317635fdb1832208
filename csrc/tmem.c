/*
 * The tmem family: transcendent memory (xen/common/tmem.c and tmem_xen.c, RELEASE-4.2.0).
 * This file holds the family's hooks; tmem.h lists the files that hold the rest.
 *
 * A host booted without tmem has no tmem state at all (every op answers ENODEV).  With it,
 * the state holds the clients, pools, objects and pages, the frames tmem keeps (A, its free
 * list) and the statistics TMEMC_LIST reports; tmem_core.c says how they relate to Xen's.
 */
#include <string.h>

#include "tmem.h"

static size_t state_bytes(const ht_host_config *config)
{
    if (config->option[HT_OPT_TMEM] == 0)
        return 0;
    return (size_t)tmem_layout_for(config).bytes;
}

static void init(ht_machine *m, void *raw)
{
    struct tmem_state *s = raw;
    if (!s)
        return;
    /* Constant for the machine's life: written before any snapshot can exist. */
    s->layout = tmem_layout_for(&m->config);
    for (int gs = 0; gs < TMEM_SHARED; gs++)
        s->shared[gs] = TMEM_NONE;
}

/* A new domain has no tmem client until its first op (d->tmem = NULL). */
static void domain_init(ht_machine *m, uint8_t slot)
{
    struct tmem_state *s = tmem_state(m);
    if (s)
        j8(m, &s->client[slot].present, 0);
}

/* domain_kill calls tmem_destroy(d->tmem) before relinquishing the domain's memory. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct tmem_state *s = tmem_state(m);
    if (s && s->client[slot].present)
        tmem_client_destroy(m, slot);
}

/* alloc_heap_pages (page_alloc.c): with tmem on, an order-0 or order >= 9 request skips
 * the heap while total_avail_pages <= midsize_alloc_zone_pages and tmem has freeable
 * pages, and tmem_relinquish_pages answers it: a frame for order 0 (scrubbed by the
 * allocator for its new owner), nothing for larger orders, so the allocation fails even
 * though the heap has frames. */
static bool heap_alloc(ht_machine *m, uint32_t order, bool probe, uint32_t *mfn)
{
    if (!tmem_enabled(m) || !(order == 0 || order >= 9) || !tmem_scarce(m))
        return false;
    if (order > 0)
        *mfn = HT_MFN_INVALID;
    else if (probe)
        *mfn = tmem_can_relinquish(m) ? 0 : HT_MFN_INVALID;
    else
        *mfn = tmem_relinquish(m, false);
    return true;
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct tmem_state *s = tmem_state(m);
    if (!s)
        return h;
    h = ht_fnv(h, s, offsetof(struct tmem_state, now));
    h = ht_fnv(h, tmem_avail(m), s->avail * sizeof(uint32_t));
    h = ht_fnv(h, tmem_obj(m, 0), ((size_t)s->obj_hwm + 1) * sizeof(struct tmem_obj));
    h = ht_fnv(h, tmem_pg(m, 0), ((size_t)s->page_hwm + 1) * sizeof(struct tmem_page));
    const char *b = (const char *)s;
    h = ht_fnv(h, b + s->layout.obj_hash_off, ((size_t)s->layout.obj_mask + 1) * 4);
    h = ht_fnv(h, b + s->layout.page_hash_off, ((size_t)s->layout.page_mask + 1) * 4);
    return h;
}

/* ---- the audit -------------------------------------------------------------------------- */

static uint32_t domid_of(const ht_machine *m, uint8_t slot)
{
    return slot < HT_MAX_DOMAINS ? m->dom_pub[slot].domid : HT_NONE_DOM;
}

/* tmem.1: slots, pools and the shared slots agree with each other. */
static void audit_slots(ht_machine *m, struct ht_audit *a)
{
    const struct tmem_state *s = tmem_state(m);
    uint16_t refs[TMEM_POOL_RECORDS + 1] = {0};
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const struct tmem_client *c = &s->client[slot];
        if (!c->present)
            continue;
        if (!m->dom_pub[slot].in_use || dom_flag(m, slot, HT_DF_DYING))
            audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, slot), HT_NONE64, HT_NONE64, 0, 1);
        for (uint8_t i = 0; i < TMEM_POOLS; i++) {
            uint32_t pool = c->pool[i];
            if (pool == TMEM_NONE)
                continue;
            const struct tmem_pool *p = pool <= TMEM_POOL_RECORDS ? &s->pool[pool] : NULL;
            if (!p || !p->live || p->leaked) {
                audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, slot), i, HT_NONE64, 1, 0);
                continue;
            }
            refs[pool]++;
            if (!p->shared && (p->owner != slot || p->local_id != i))
                audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, slot), i, HT_NONE64, p->owner,
                          slot);
        }
    }
    uint16_t listed[TMEM_POOL_RECORDS + 1] = {0};
    for (uint8_t gs = 0; gs < TMEM_SHARED; gs++) {
        uint32_t pool = s->shared[gs];
        if (pool == TMEM_NONE)
            continue;
        const struct tmem_pool *p = &s->pool[pool];
        if (!p->live || !p->shared || p->global_slot != gs || s->nsharers[gs] == 0)
            audit_add(a, HT_INV_TMEM_SLOTS, HT_NONE_DOM, gs, HT_NONE64, 1, 0);
        for (uint8_t other = 0; other < gs; other++) {
            uint32_t q = s->shared[other];
            if (q && s->pool[q].uuid[0] == p->uuid[0] && s->pool[q].uuid[1] == p->uuid[1])
                audit_add(a, HT_INV_TMEM_SLOTS, HT_NONE_DOM, gs, HT_NONE64, other, gs);
        }
        /* The share list is the slots that name the pool: each entry a slot of that
         * client, as many entries per client as slots. */
        for (uint16_t k = 0; k < s->nsharers[gs]; k++) {
            uint8_t slot = s->sharer[gs][k];
            uint16_t mine = 0, entries = 0;
            for (uint8_t i = 0; slot < HT_MAX_DOMAINS && i < TMEM_POOLS; i++)
                mine += s->client[slot].pool[i] == pool;
            for (uint16_t j = 0; j < s->nsharers[gs]; j++)
                entries += s->sharer[gs][j] == slot;
            if (slot >= HT_MAX_DOMAINS || !s->client[slot].present || mine != entries)
                audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, slot), gs, HT_NONE64, mine,
                          entries);
        }
        listed[pool] = s->nsharers[gs];
        if (p->owner >= HT_MAX_DOMAINS || s->client[p->owner].pool[p->local_id] != pool)
            audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, p->owner), p->local_id, HT_NONE64,
                      pool, 0);
    }
    for (uint32_t pool = 1; pool <= s->pool_hwm; pool++) {
        const struct tmem_pool *p = &s->pool[pool];
        if (!p->live)
            continue;
        bool owner_live = p->owner < HT_MAX_DOMAINS && s->client[p->owner].present;
        bool named = p->leaked ? refs[pool] == 0
                               : (p->shared ? refs[pool] == listed[pool] && refs[pool] > 0
                                            : refs[pool] == 1);
        if (!owner_live || !named)
            audit_add(a, HT_INV_TMEM_SLOTS, domid_of(m, p->owner), pool, HT_NONE64, 1,
                      refs[pool]);
    }
}

/* tmem.2: counts and lists. */
static void audit_pages(ht_machine *m, struct ht_audit *a)
{
    const struct tmem_state *s = tmem_state(m);
    int64_t eph_pages = 0, owner_pages[HT_MAX_DOMAINS] = {0};
    for (uint32_t pool = 1; pool <= s->pool_hwm; pool++) {
        const struct tmem_pool *p = &s->pool[pool];
        if (!p->live)
            continue;
        int64_t reachable = 0, persistent = 0;
        for (uint32_t oi = p->obj_head; oi; oi = tmem_obj(m, oi)->pnext) {
            const struct tmem_obj *o = tmem_obj(m, oi);
            uint32_t n = 0;
            for (uint32_t pi = o->page_head; pi; pi = tmem_pg(m, pi)->onext) {
                const struct tmem_page *pg = tmem_pg(m, pi);
                n++;
                if (pg->kind != TMEM_PAGE_LIVE || pg->pool != pool || pg->obj != oi ||
                    tmem_page_find(m, oi, pg->index) != pi)
                    audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, p->owner), pg->index,
                              pg->frame, TMEM_PAGE_LIVE, pg->kind);
                if (!p->persistent && (!pg->on_lru || pg->lru_client != p->owner))
                    audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, p->owner), pg->index,
                              pg->frame, p->owner, pg->on_lru ? pg->lru_client : -1);
                if (p->persistent && !pg->on_pers)
                    audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, p->owner), pg->index,
                              pg->frame, 1, 0);
            }
            if (n != o->npages || n == 0 || !o->live || o->pool != pool)
                audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, p->owner), oi, HT_NONE64,
                          o->npages, n);
            reachable += n;
        }
        for (uint32_t pi = p->pers_head; pi; pi = tmem_pg(m, pi)->cnext)
            persistent++;
        if (reachable != p->npages || (p->persistent && persistent != p->npages))
            audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, p->owner), pool, HT_NONE64,
                      p->npages, reachable);
        if (!p->persistent) {
            eph_pages += p->npages;
            if (p->owner < HT_MAX_DOMAINS)
                owner_pages[p->owner] += p->npages;
        }
    }
    int64_t global = 0;
    for (uint32_t pi = s->lru_head; pi; pi = tmem_pg(m, pi)->gnext)
        global++;
    if (global != s->eph_count || global != eph_pages)
        audit_add(a, HT_INV_TMEM_PAGES, HT_NONE_DOM, HT_NONE64, HT_NONE64, eph_pages, global);
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const struct tmem_client *c = &s->client[slot];
        int64_t listed = 0;
        for (uint32_t pi = c->lru_head; pi; pi = tmem_pg(m, pi)->cnext)
            listed++;
        if (listed != c->eph_count || listed != owner_pages[slot])
            audit_add(a, HT_INV_TMEM_PAGES, domid_of(m, slot), HT_NONE64, HT_NONE64,
                      owner_pages[slot], c->eph_count != listed ? c->eph_count : listed);
    }
}

/* tmem.3 and tmem.4: the frames of the pages and of A, and the data they hold. */
static void audit_frames(ht_machine *m, struct ht_audit *a)
{
    const struct tmem_state *s = tmem_state(m);
    uint64_t *seen = tmem_scratch(m);
    memset(seen, 0, (m->config.total_frames / 64 + 1) * sizeof *seen);
    int64_t eph_frames = 0;
    for (uint32_t pi = 1; pi <= s->page_hwm; pi++) {
        const struct tmem_page *pg = tmem_pg(m, pi);
        if (pg->kind != TMEM_PAGE_LIVE && pg->kind != TMEM_PAGE_ORPHAN)
            continue;
        const struct tmem_pool *p = &s->pool[pg->pool];
        uint32_t f = pg->frame;
        if (!mfn_is_ram(m, f)) {
            audit_add(a, HT_INV_TMEM_FRAMES, domid_of(m, p->owner), pg->index, f, 0, 1);
            continue;
        }
        const ht_frame *fr = &m->frame[f];
        uint16_t want = p->persistent ? p->owner : HT_OWNER_XEN;
        if (fr->owner != want || !(fr->bits & HT_FRAME_ALLOCATED) ||
            fr->m2p != HT_M2P_INVALID || (seen[f / 64] >> (f % 64)) & 1u)
            audit_add(a, HT_INV_TMEM_FRAMES, domid_of(m, p->owner), pg->index, f, want,
                      fr->owner);
        seen[f / 64] |= 1ull << (f % 64);
        if (!p->persistent)
            eph_frames++;
        if (fr->content != pg->data)
            audit_add(a, HT_INV_TMEM_DATA, domid_of(m, p->owner), pg->index, f, pg->data,
                      fr->content);
    }
    for (uint32_t k = 0; k < s->avail; k++) {
        uint32_t f = tmem_avail(m)[k];
        if (!mfn_is_ram(m, f) || m->frame[f].owner != HT_OWNER_XEN ||
            !(m->frame[f].bits & HT_FRAME_ALLOCATED) || (seen[f / 64] >> (f % 64)) & 1u) {
            audit_add(a, HT_INV_TMEM_FRAMES, HT_NONE_DOM, HT_NONE64, f, HT_OWNER_XEN,
                      mfn_is_ram(m, f) ? m->frame[f].owner : -1);
            continue;
        }
        seen[f / 64] |= 1ull << (f % 64);
    }
    if (s->freeable != eph_frames)
        audit_add(a, HT_INV_TMEM_FRAMES, HT_NONE_DOM, HT_NONE64, HT_NONE64, eph_frames,
                  s->freeable);
}

static void audit(ht_machine *m, struct ht_audit *a)
{
    if (!tmem_state(m))
        return;
    audit_slots(m, a);
    audit_pages(m, a);
    audit_frames(m, a);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The fuzzer's class of the state a guest's page op meets (csrc/fuzz.c state_class): the
 * pool its pool_id names among the caller's (no client, no such pool, or the pool's kind:
 * persistent or ephemeral, shared or private, holding pages or not).  A get whose copy
 * fails takes the same path from a persistent pool (do_tmem_get's bad_copy, which 4.2.0
 * left with the object locked) as from a private ephemeral one (which unlinked the page
 * first), so the outcome alone keeps only the first seen; a put that stores and one that
 * fails likewise.  Not a Xen decision: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    switch (call) {
    case HT_CALL_tmem_new_page:
    case HT_CALL_tmem_put_page:
    case HT_CALL_tmem_get_page:
    case HT_CALL_tmem_flush_page:
    case HT_CALL_tmem_flush_object:
    case HT_CALL_tmem_read:
    case HT_CALL_tmem_write:
    case HT_CALL_tmem_xchg:
        break;
    default:
        return 0;
    }
    const struct tmem_state *s = tmem_state(m);
    if (!s || caller_slot >= HT_MAX_DOMAINS)
        return 0;
    const struct tmem_client *c = &s->client[caller_slot];
    if (!c->present)
        return 1;
    uint64_t id = arg[0];  /* every page op's first argument: its pool_id */
    if (id >= TMEM_POOLS || c->pool[id] == TMEM_NONE || c->pool[id] > TMEM_POOL_RECORDS)
        return 2;
    const struct tmem_pool *p = &s->pool[c->pool[id]];
    return 0x10u | (uint32_t)(p->live != 0) << 3 | (uint32_t)(p->persistent != 0) << 2 |
           (uint32_t)(p->shared != 0) << 1 | (p->npages != 0);
}

const struct ht_family_ops ht_family_tmem = {
    .fuzz_class = fuzz_class,
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .heap_alloc = heap_alloc,
};
