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

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class, fuzz_want) ------------------- */

/* The pool record a present client's slot pool_id names, or TMEM_NONE. */
static uint32_t slot_pool(const struct tmem_client *c, uint64_t pool_id)
{
    if (!c->present || pool_id >= TMEM_POOLS || c->pool[pool_id] > TMEM_POOL_RECORDS)
        return TMEM_NONE;
    return c->pool[pool_id];
}

/* A guest op on a page or object of one of its pools (its first argument the pool_id). */
static bool page_op(uint32_t call)
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
        return true;
    default:
        return false;
    }
}

/* The pool the calling guest's slot pool_id names (its record in *pool), or NULL. */
static const struct tmem_pool *callers_pool(const ht_machine *m, uint8_t caller_slot,
                                            uint64_t pool_id, uint32_t *pool)
{
    const struct tmem_state *s = tmem_state(m);
    *pool = slot_pool(&s->client[caller_slot], pool_id);
    return *pool == TMEM_NONE ? NULL : &s->pool[*pool];
}

/* The pool record cli_id's slot pool_id names, or TMEM_NONE. */
static uint32_t client_pool(const ht_machine *m, uint64_t cli_id, uint64_t pool_id)
{
    const struct tmem_client *c = tmem_client_of(m, cli_id, NULL);
    return c ? slot_pool(c, pool_id) : TMEM_NONE;
}

/* The page record a pool's save cursor names when it is a listed page of the pool (the
 * page TMEMC_SAVE_GET_NEXT_PAGE last returned), else TMEM_NONE. */
static uint32_t cursor_page(const ht_machine *m, const struct tmem_pool *p, uint32_t pool)
{
    const struct tmem_state *s = tmem_state(m);
    uint32_t pi = p->cur;
    if (pi == TMEM_NONE || pi > s->page_hwm || pi > s->layout.page_cap)
        return TMEM_NONE;
    const struct tmem_page *pg = tmem_pg(m, pi);
    return pg->kind != TMEM_PAGE_FREE && pg->pool == pool && pg->on_pers ? pi : TMEM_NONE;
}

/* Where a pool's save cursor is: 0 nowhere, 1 on a listed page with one after it, 2 on the
 * last listed page, 3 naming no listed page of the pool. */
static uint32_t cursor_class(const ht_machine *m, const struct tmem_pool *p, uint32_t pool)
{
    if (p->cur == TMEM_NONE)
        return 0;
    uint32_t pi = cursor_page(m, p, pool);
    if (pi == TMEM_NONE)
        return 3;
    return tmem_pg(m, pi)->cnext != TMEM_NONE ? 1u : 2u;
}

/* The n words of a fixed-length list argument (an oid, a uuid), read from the words the
 * decoder wrote. */
static bool fuzz_words(const ht_machine *m, uint64_t ref, uint32_t n, uint64_t *words)
{
    uint64_t offset = ref >> HT_LIST_SHIFT;
    if (!m->pool || (uint32_t)ref != n || offset > m->pool_words || m->pool_words - offset < n)
        return false;
    memcpy(words, m->pool + offset, n * sizeof *words);
    return true;
}

/* The oid a page op's list argument holds. */
static bool fuzz_oid(const ht_machine *m, uint64_t ref, uint64_t oid[3])
{
    return fuzz_words(m, ref, 3, oid);
}

/* Whether a page op names the page (its object for a flush_object) the pool's save cursor
 * names. */
static bool names_cursor(const ht_machine *m, uint32_t call, const uint64_t *arg, uint32_t pool)
{
    const struct tmem_pool *p = &tmem_state(m)->pool[pool];
    uint32_t pi = cursor_page(m, p, pool);
    uint64_t oid[3];
    if (pi == TMEM_NONE || !fuzz_oid(m, arg[1], oid))
        return false;
    uint32_t obj = tmem_obj_peek(m, pool, oid);
    if (obj == TMEM_NONE || obj != tmem_pg(m, pi)->obj)
        return false;
    return call == HT_CALL_tmem_flush_object || tmem_pg(m, pi)->index == (uint32_t)arg[2];
}

/* How many of slot's pool slots name pool. */
static uint32_t slots_naming(const struct tmem_client *c, uint32_t pool)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < TMEM_POOLS; i++)
        n += c->pool[i] == pool;
    return n;
}

/* The live shared pool whose uuid is uuid, else TMEM_NONE. */
static uint32_t shared_pool_of(const struct tmem_state *s, const uint64_t uuid[2])
{
    for (uint32_t gs = 0; gs < TMEM_SHARED; gs++) {
        uint32_t sp = s->shared[gs];
        if (sp && sp <= TMEM_POOL_RECORDS && s->pool[sp].uuid[0] == uuid[0] &&
            s->pool[sp].uuid[1] == uuid[1])
            return sp;
    }
    return TMEM_NONE;
}

/* What a page op (its pool record, its oid list and index in arg[1] and arg[2]) names in
 * the pool: 0 no object, 1 an object but not the page, 2 the page (a flush_object: the
 * object). */
static uint32_t held_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint32_t pool)
{
    uint64_t oid[3];
    if (!fuzz_oid(m, arg[1], oid))
        return 0;
    uint32_t obj = tmem_obj_peek(m, pool, oid);
    if (obj == TMEM_NONE)
        return 0;
    if (call == HT_CALL_tmem_flush_object)
        return 2;
    return tmem_page_find(m, obj, (uint32_t)arg[2]) != TMEM_NONE ? 2u : 1u;
}

/* Whether a call allocates a tmem page without tmem_ensure_avail_pages first, as the
 * toolstack's restore put does (tmemc_restore_put_page calls do_tmem_put directly,
 * common/tmem.c, RELEASE-4.2.0), so that on a host at midsize its page comes from
 * tmem_relinquish_pages.  A guest's put and new_page evict ephemeral pages into tmem's own
 * free list first (do_tmem_op's TMEM_PUT_PAGE and TMEM_NEW_PAGE cases), so theirs comes from
 * that list.  A guest's TMEM_WRITE skips it too but is left out: writes are the page ops
 * whose range checks the fuzzer searches by their scalars, and a want on each would take
 * their mutations (not measured). */
static bool allocates_unevicted(uint32_t call)
{
    return call == HT_CALL_tmem_control_restore_put_page;
}

/* The class of a pool record a call names: its kind (live, persistent, shared, holding
 * pages), what the op names in it, and for a restore put whether tmem is the allocator's
 * only source (tmem_scarce: the host at midsize_alloc_zone_pages, so the page comes from
 * tmem_relinquish_pages; on a larger host that is above fuzz.c's own scarcity of one free
 * frame). */
static uint32_t pool_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint32_t pool)
{
    const struct tmem_pool *p = &tmem_state(m)->pool[pool];
    return 0x10u | (uint32_t)(p->live != 0) << 3 | (uint32_t)(p->persistent != 0) << 2 |
           (uint32_t)(p->shared != 0) << 1 | (p->npages != 0) |
           held_class(m, call, arg, pool) << 8 |
           (uint32_t)(allocates_unevicted(call) && tmem_scarce(m)) << 10;
}

/* The fuzzer's class of the state a tmem call meets (csrc/fuzz.c state_class).
 * - A guest's page op: the pool its pool_id names among the caller's (no client, no such
 *   pool, or the pool's kind: persistent or ephemeral, shared or private, holding no page,
 *   one, or more), whether its oid and index name an object and a page the pool holds; for
 *   a persistent pool whether the caller has room below max_pages (a persistent page counts
 *   in tot_pages, so a put at max_pages fails), and for a flush whether it names the page
 *   the pool's save cursor names.  A get whose copy fails takes the same path from a
 *   persistent pool (do_tmem_get's bad_copy, which 4.2.0 left with the object locked) as
 *   from a private ephemeral one (which unlinked the page first), so the outcome alone
 *   keeps only the first seen; a put that stores and one that fails likewise.  A get of a
 *   page the pool holds and one of an oid it does not (a miss) were one class: the first to
 *   reach it kept it, and when that was the miss the get of a held page was never new
 *   (issue 18, tmem12).
 * - TMEMC_RESTORE_PUT_PAGE and RESTORE_FLUSH_PAGE: the same of the pool their cli_id and
 *   pool_id name (0x200 none), and for a restore put whether tmem is the allocator's only
 *   source (allocates_unevicted).
 * - TMEMC_SAVE_GET_NEXT_PAGE: the pool it names (none, ephemeral, or persistent with no
 *   page, one or more) and where the pool's save cursor is, so each step of a save stream
 *   is a state of its own; a step whose buffer cannot hold a page and its handle is one
 *   class (refused before the list and the cursor are read).
 * - new_pool: whether the caller has a client and a free slot, whether it asks for a
 *   shared pool, and then whether a live shared pool has its uuid and how many of the
 *   caller's slots name that pool already (none, one, more).
 * - destroy_pool: the slot's pool as a page op's, and for a shared pool how many of the
 *   caller's slots name it (one, more: shared_pool_quit takes one entry off its share list).
 * Not a Xen decision: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    const struct tmem_state *s = tmem_state(m);
    if (!s || caller_slot >= HT_MAX_DOMAINS)
        return 0;
    if (call == HT_CALL_tmem_control_save_get_next_page) {
        uint32_t pool = client_pool(m, arg[0], arg[1]);
        if (pool == TMEM_NONE)
            return 0x200u;
        const struct tmem_pool *p = &s->pool[pool];
        if (!p->persistent)
            return 0x201u;
        /* tmemc_save_get_next_page (common/tmem.c, RELEASE-4.2.0) refuses a buffer too
         * small for a page and its handle before it reads the list or the cursor: such a
         * step meets neither, and one class stands for it. */
        if ((uint32_t)arg[2] < TMEM_PAGE + TMEM_HANDLE_BYTES)
            return 0x340u;
        uint32_t pages = p->npages < 2 ? (uint32_t)p->npages : 2u;
        return 0x310u | cursor_class(m, p, pool) << 2 | pages;
    }
    if (call == HT_CALL_tmem_control_restore_put_page ||
        call == HT_CALL_tmem_control_restore_flush_page) {
        uint32_t pool = client_pool(m, arg[0], arg[1]);
        /* The page op's arguments follow the cli_id: pool_id, oid, index. */
        return pool == TMEM_NONE ? 0x200u : pool_class(m, call, arg + 1, pool);
    }
    const struct tmem_client *c = &s->client[caller_slot];
    if (call == HT_CALL_tmem_new_pool) {
        uint64_t uuid[2];
        bool shared = (arg[1] & HT_TMEM_POOL_FLAGS_SHARED) != 0;
        uint32_t cls = 0x20u | (uint32_t)(c->present != 0) << 1 |
                       (uint32_t)(c->present && slots_naming(c, TMEM_NONE) > 0) << 2 |
                       (uint32_t)shared;
        if (!shared || !c->present || !fuzz_words(m, arg[0], 2, uuid))
            return cls;
        uint32_t sp = shared_pool_of(s, uuid);
        uint32_t mine = sp == TMEM_NONE ? 0 : slots_naming(c, sp);
        return cls | (uint32_t)(sp != TMEM_NONE) << 3 | (mine < 2 ? mine : 2u) << 4;
    }
    if (call == HT_CALL_tmem_destroy_pool) {
        if (!c->present)
            return 1;
        uint32_t pool = slot_pool(c, arg[0]);
        if (pool == TMEM_NONE)
            return 2;
        uint32_t mine = s->pool[pool].shared ? slots_naming(c, pool) : 0;
        return 0x40u | pool_class(m, call, arg, pool) | (mine < 2 ? mine : 2u) << 12;
    }
    if (!page_op(call))
        return 0;
    if (!c->present)
        return 1;
    uint32_t pool = slot_pool(c, arg[0]);  /* every page op's first argument: its pool_id */
    if (pool == TMEM_NONE)
        return 2;
    const struct tmem_pool *p = &s->pool[pool];
    uint32_t cls = pool_class(m, call, arg, pool);
    if (!p->persistent)
        return cls;
    const ht_domain_pub *d = &m->dom_pub[caller_slot];
    bool flush = call == HT_CALL_tmem_flush_page || call == HT_CALL_tmem_flush_object;
    return cls | (uint32_t)(p->npages > 1) << 5 | (uint32_t)(d->tot_pages >= d->max_pages) << 6 |
           (uint32_t)(flush && names_cursor(m, call, arg, pool)) << 7;
}

/* The lowest gfn of slot that is a ram_rw page of its own (what a put may copy from). */
static bool ram_gfn(const ht_machine *m, uint8_t slot, uint64_t *gfn)
{
    for (uint64_t g = 0; g < m->dom_pub[slot].p2m_size; g++) {
        const ht_p2m_entry *e = &m->p2m[gidx(m, slot, g)];
        if (e->type == HT_P2M_TYPE_RAM_RW && mfn_is_ram(m, e->mfn) &&
            m->frame[e->mfn].owner == slot) {
            *gfn = g;
            return true;
        }
    }
    return false;
}

/* The fuzzer's state-driven insertions (fuzz_class above), each the call that moves the
 * call's class a step:
 * - a guest's put into its persistent pool at max_pages: the toolstack raising its
 *   max_pages by a page (domain_setmaxmem);
 * - a save stream's step (TMEMC_SAVE_GET_NEXT_PAGE) on a persistent pool:
 *   - whose buffer is too small for a page and its handle (refused before the cursor is
 *     read): the same step with a buffer that holds them, before it (tmem12: the small
 *     step's cursor states were each a class, and their chains one want longer);
 *   - whose cursor is on a listed page: the owner's flush of that page (its oid and index,
 *     which the step before returned);
 *   - of fewer than two pages with no cursor yet: the owner's put of another page into it
 *     (the first page's object, the next index, the owner's lowest ram_rw gfn), so that
 *     the stream has a page to return (its first step skips the first page);
 *   - otherwise (no cursor yet, or one naming no listed page): a step of the same stream
 *     before it, with a buffer of a page and its handle (the size the step's check needs),
 *     which moves the cursor;
 *   and, for a step with room that lands on a page, the follow-up after it: the owner's
 *   flush of that page (tmem12, with main's follow-up wants);
 * - a guest's flush of the page its pool's save cursor names: the follow-up after it, the
 *   toolstack's next step of that stream (tmem12).
 * Each takes values that must match another call's output or the machine's state at once
 * (the client's pool id, an oid and index, a gfn, max_pages in KiB, a buffer size), which
 * random insertions rarely gave.  Not a Xen decision: fuzzing feedback only. */
/* The lowest gfn of slot that maps no RAM (a copy to or from it fails), else the first gfn
 * past its p2m. */
static uint64_t hole_gfn(const ht_machine *m, uint8_t slot)
{
    uint64_t g = 0;
    while (g < m->dom_pub[slot].p2m_size && mfn_is_ram(m, m->p2m[gidx(m, slot, g)].mfn))
        g++;
    return g;
}

/* For a guest's page op on an object its pool holds (a get, put, new_page or flush of it;
 * not a read or a write, the ops whose range checks the fuzzer searches by their scalars,
 * whose mutations a want would take: with them tmem_copy_overflow was found in 1 of 3 60 s
 * trials, 3 of 3 before, load 3-6): a get of one of the object's pages (the page the op names, else the
 * object's first) with its copy failing, before it (the caller's lowest hole as the cmfn:
 * do_tmem_get's bad_copy path, common/tmem.c, RELEASE-4.2.0), so the kept op is the next
 * op on an object a failed copy left behind (the class cannot see an object's past).  A
 * random get had to repeat the oid and index and name a hole together.  Until tmem12 only a
 * get of a held page asked, and when its state's first input was one whose wants were not
 * noted (fuzz.c notes and keeps the first new states of an input only) nothing else did.
 * Fuzzing feedback only. */
static uint32_t want_failed_get(const ht_machine *m, uint32_t call, const uint64_t *arg,
                                uint8_t caller_slot, struct ht_fuzz_want *want)
{
    const struct tmem_client *c = &tmem_state(m)->client[caller_slot];
    uint64_t oid[3];
    uint32_t pool = slot_pool(c, arg[0]);
    if (pool == TMEM_NONE || !fuzz_oid(m, arg[1], oid))
        return 0;
    uint32_t obj = tmem_obj_peek(m, pool, oid);
    if (obj == TMEM_NONE || tmem_obj(m, obj)->page_head == TMEM_NONE)
        return 0;
    uint32_t index = tmem_pg(m, tmem_obj(m, obj)->page_head)->index;
    if (call != HT_CALL_tmem_flush_object && tmem_page_find(m, obj, (uint32_t)arg[2]) != TMEM_NONE)
        index = (uint32_t)arg[2];
    *want = (struct ht_fuzz_want){.call = HT_CALL_tmem_get_page,
                                  .caller = m->dom_pub[caller_slot].domid, .nwords = 3};
    want->arg[0] = arg[0];
    want->arg[2] = index;
    want->arg[3] = hole_gfn(m, caller_slot);
    memcpy(want->word, oid, sizeof oid);
    return 1;
}

/* For a guest's put into its persistent pool at max_pages: the toolstack raising its
 * max_pages by a page (domain_setmaxmem). */
static uint32_t want_max_pages(const ht_machine *m, const uint64_t *arg, uint8_t caller_slot,
                               struct ht_fuzz_want *want)
{
    const ht_domain_pub *d = &m->dom_pub[caller_slot];
    uint32_t pool;
    const struct tmem_pool *p = callers_pool(m, caller_slot, arg[0], &pool);
    if (!p || !p->persistent || d->tot_pages < d->max_pages)
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_domain_setmaxmem, .caller = 0};
    want->arg[0] = d->domid;
    want->arg[1] = ((uint64_t)d->max_pages + 1) * (TMEM_PAGE / 1024);
    return 1;
}

/* For a restore put (allocates_unevicted) into a live pool while the host has frames
 * above midsize_alloc_zone_pages and tmem has a frame to give: the toolstack's
 * increase_reservation, for the first guest with room for them, of exactly the free frames
 * above midsize (order 0), after which the put's page comes from tmem_relinquish_pages
 * (alloc_heap_pages' tmem path, page_alloc.c, RELEASE-4.2.0) and its class's scarcity bit
 * flips.  A random balloon-up leaves exactly that many only through a special value (the
 * host's free frames or one less: on a host whose midsize is more than a frame, never), and
 * a restore put into a live client's pool had to follow it.  Fuzzing feedback only. */
static uint32_t want_scarcity(const ht_machine *m, const uint64_t *arg,
                              struct ht_fuzz_want *want)
{
    const struct tmem_state *s = tmem_state(m);
    uint32_t pool = client_pool(m, arg[0], arg[1]);  /* cli_id, pool_id */
    int64_t above = (int64_t)m->host.free_frames - tmem_midsize(m);
    if (pool == TMEM_NONE || !s->pool[pool].live || tmem_scarce(m) || above <= 0 ||
        (int64_t)s->avail + s->freeable == 0)
        return 0;
    for (uint8_t slot = 1; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *d = &m->dom_pub[slot];
        if (!d->in_use || dom_flag(m, slot, HT_DF_DYING) ||
            (int64_t)d->max_pages - (int64_t)d->tot_pages < above)
            continue;
        *want = (struct ht_fuzz_want){.call = HT_CALL_increase_reservation, .caller = 0};
        want->arg[0] = d->domid;
        want->arg[1] = (uint64_t)above;
        return 1;
    }
    return 0;
}

/* For a guest's destroy_pool of a shared pool that one slot of its own names: its own
 * new_pool of that pool's uuid and kind (shared, persistent as the pool is, the spec
 * version), which joins it in a second slot (shared_pool_join, common/tmem.c,
 * RELEASE-4.2.0), so that the destroy's class moves from one slot to two.  A random
 * new_pool had to repeat the uuid's two words and the flags together.  Fuzzing feedback
 * only. */
static uint32_t want_second_slot(const ht_machine *m, const uint64_t *arg, uint8_t caller_slot,
                                 struct ht_fuzz_want *want)
{
    const struct tmem_client *c = &tmem_state(m)->client[caller_slot];
    uint32_t pool;
    const struct tmem_pool *p = callers_pool(m, caller_slot, arg[0], &pool);
    if (!p || !p->live || !p->shared || slots_naming(c, pool) != 1 || slots_naming(c, TMEM_NONE) == 0)
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_tmem_new_pool,
                                  .caller = m->dom_pub[caller_slot].domid, .nwords = 2};
    want->word[0] = p->uuid[0];
    want->word[1] = p->uuid[1];
    want->arg[1] = HT_TMEM_POOL_FLAGS_SHARED | (p->persistent ? HT_TMEM_POOL_FLAGS_PERSIST : 0) |
                   HT_TMEM_POOL_FLAGS_SPEC_V1;
    return 1;
}

/* The page a save stream's step with room lands on (tmemc_save_get_next_page,
 * common/tmem.c, RELEASE-4.2.0: the page after the cursor, or after the first page when
 * there is no cursor yet), else TMEM_NONE (also for a cursor naming no listed page). */
static uint32_t landing_page(const ht_machine *m, const struct tmem_pool *p, uint32_t pool)
{
    if (p->cur == TMEM_NONE)
        return p->pers_head != TMEM_NONE ? tmem_pg(m, p->pers_head)->cnext : TMEM_NONE;
    uint32_t cur = cursor_page(m, p, pool);
    return cur != TMEM_NONE ? tmem_pg(m, cur)->cnext : TMEM_NONE;
}

/* The owner's flush of page pi of its persistent pool p (its oid and index). */
static void flush_of(const ht_machine *m, const struct tmem_pool *p, uint32_t pi,
                     struct ht_fuzz_want *want)
{
    const struct tmem_page *pg = tmem_pg(m, pi);
    *want = (struct ht_fuzz_want){.call = HT_CALL_tmem_flush_page,
                                  .caller = m->dom_pub[p->owner].domid, .nwords = 3};
    want->arg[0] = p->local_id;  /* the owner's own pool id */
    want->arg[2] = pg->index;
    memcpy(want->word, tmem_obj(m, pg->obj)->oid, 3 * sizeof(uint64_t));
}

/* For a save stream's step (see fuzz_want's comment above for the calls before it), and
 * for a step with room that will land on a page, the follow-up (ht_fuzz_want.after): the
 * owner's flush of that page, appended after the step, so that the stream's cursor names a
 * page that is gone (pgp_delist keeps it listed only while the owner live-migrates). */
static uint32_t want_save_step(const ht_machine *m, const uint64_t *arg,
                               struct ht_fuzz_want *want, uint32_t cap)
{
    const struct tmem_state *s = tmem_state(m);
    uint8_t owner;
    const struct tmem_client *c = tmem_client_of(m, arg[0], &owner);
    uint32_t pool = client_pool(m, arg[0], arg[1]);
    if (!c || pool == TMEM_NONE || !s->pool[pool].persistent ||
        s->pool[pool].pers_head == TMEM_NONE)
        return 0;
    const struct tmem_pool *p = &s->pool[pool];
    uint32_t cur = cursor_page(m, p, pool), n = 0;
    uint64_t gfn = 0;
    bool small = (uint32_t)arg[2] < TMEM_PAGE + TMEM_HANDLE_BYTES;
    if (small || (cur == TMEM_NONE && (p->cur != TMEM_NONE || p->npages > 1))) {
        want[n] = (struct ht_fuzz_want){.call = HT_CALL_tmem_control_save_get_next_page,
                                        .caller = 0};
        want[n].arg[0] = arg[0];
        want[n].arg[1] = arg[1];
        want[n++].arg[2] = TMEM_PAGE + TMEM_HANDLE_BYTES;
    } else if (cur != TMEM_NONE) {
        flush_of(m, p, cur, &want[n++]);
    } else if (ram_gfn(m, owner, &gfn)) {
        const struct tmem_page *pg = tmem_pg(m, p->pers_head);
        want[n] = (struct ht_fuzz_want){.call = HT_CALL_tmem_put_page,
                                        .caller = m->dom_pub[owner].domid, .nwords = 3};
        want[n].arg[0] = arg[1];  /* the client's own pool id */
        want[n].arg[2] = (uint32_t)(pg->index + 1);
        want[n].arg[3] = gfn;
        memcpy(want[n++].word, tmem_obj(m, pg->obj)->oid, 3 * sizeof(uint64_t));
    }
    uint32_t land = small ? TMEM_NONE : landing_page(m, p, pool);
    if (land != TMEM_NONE && n < cap) {
        flush_of(m, p, land, &want[n]);
        want[n++].after = 1;
    }
    return n;
}

/* For a guest's flush of the page its persistent pool's save cursor names (fuzz_class's
 * flush bit): the follow-up, the toolstack's next step of that stream with room for a page
 * and its handle, which steps from the cursor (tmemc_save_get_next_page, common/tmem.c,
 * RELEASE-4.2.0).  Appended after the flush: the kept flush is the frontier, and a step
 * grown there had to name the owner's cli_id, its pool id and a buffer of 4,128 bytes or
 * more at once.  Fuzzing feedback only. */
static uint32_t want_next_step(const ht_machine *m, uint32_t call, const uint64_t *arg,
                               uint8_t caller_slot, struct ht_fuzz_want *want)
{
    uint32_t pool;
    const struct tmem_pool *p = callers_pool(m, caller_slot, arg[0], &pool);
    if (!p || !p->persistent || !names_cursor(m, call, arg, pool))
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_tmem_control_save_get_next_page,
                                  .caller = 0, .after = 1};
    want->arg[0] = m->dom_pub[p->owner].domid;
    want->arg[1] = p->local_id;
    want->arg[2] = TMEM_PAGE + TMEM_HANDLE_BYTES;
    return 1;
}

static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    const struct tmem_state *s = tmem_state(m);
    if (!s || cap == 0 || caller_slot >= HT_MAX_DOMAINS)
        return 0;
    if (call == HT_CALL_tmem_destroy_pool)
        return want_second_slot(m, arg, caller_slot, want);
    if (allocates_unevicted(call))
        return want_scarcity(m, arg, want);
    if (call == HT_CALL_tmem_control_save_get_next_page)
        return want_save_step(m, arg, want, cap);
    uint32_t n = 0;
    if (call == HT_CALL_tmem_put_page)
        n = want_max_pages(m, arg, caller_slot, want);
    /* A flush of the page a save stream's cursor names asks for the stream's next step
     * alone: a second want would halve the follow-up's share of the kept flush's
     * mutations (87 against 189 of 4,000 detect tmem_save_cursor_dangling). */
    if ((call == HT_CALL_tmem_flush_page || call == HT_CALL_tmem_flush_object) &&
        want_next_step(m, call, arg, caller_slot, want))
        return 1;
    /* Not for reads, writes and xchg: their range checks need their own scalars mutated
     * (want_failed_get's comment). */
    bool copies_range = call == HT_CALL_tmem_read || call == HT_CALL_tmem_write ||
                        call == HT_CALL_tmem_xchg;
    if (!page_op(call) || copies_range)
        return n;
    return n < cap ? n + want_failed_get(m, call, arg, caller_slot, want + n) : n;
}

const struct ht_family_ops ht_family_tmem = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .heap_alloc = heap_alloc,
};
