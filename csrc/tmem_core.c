/*
 * tmem's machinery (xen/common/tmem.c, tmem_xen.c, include/xen/tmem_xen.h and the tmem
 * paths of common/page_alloc.c, all at RELEASE-4.2.0): records and their lists, the frames
 * tmem holds and gives back, eviction, objects, pools and clients.
 *
 * Where 4.2 goes wrong in a way that corrupts memory or hangs, the clean engine does what
 * the fixed code does and the planted bug (ht_bug) reproduces 4.2, reporting what a real
 * hypervisor would have done to itself; every such place names its bug.
 */
#include <stdlib.h>
#include <string.h>

#include "tmem.h"

#define MIDSIZE_ALLOC_FRAC 128   /* page_alloc.c: midsize_alloc_zone_pages */
#define MAX_EVICTS 10            /* tmem_relinquish_pages: max_evictions */
#define GOLDEN_RATIO_PRIME 0x9e37fffffffc0001ull  /* xen/hash.h, 64 bits */

struct obj_key {                 /* an object in the order pool_destroy_objs walks them */
    uint64_t bucket, oid2, oid1, oid0;
    uint32_t obj, pad;
};

/* ---- layout and accessors ------------------------------------------------------------- */

static uint64_t align8(uint64_t n)
{
    return (n + 7) & ~7ull;
}

static uint64_t pow2_at_least(uint64_t n)
{
    uint64_t p = 1;
    while (p < n)
        p <<= 1;
    return p;
}

struct tmem_layout tmem_layout_for(const ht_host_config *config)
{
    struct tmem_layout l = {0};
    uint64_t frames = config->total_frames;
    /* Every live page holds a frame, and every live object a page; the rest of the page
     * records are for pages flushed while their owner live-migrates (TMEM_PAGE_INV). */
    l.obj_cap = (uint32_t)(frames + 1);
    l.page_cap = (uint32_t)(frames + 256);
    l.obj_mask = (uint32_t)(pow2_at_least(l.obj_cap) - 1);
    l.page_mask = (uint32_t)(pow2_at_least(l.page_cap) - 1);
    uint64_t off = align8(sizeof(struct tmem_state));
    l.avail_off = off;
    off += align8(frames * sizeof(uint32_t));
    l.obj_off = off;
    off += align8(((uint64_t)l.obj_cap + 1) * sizeof(struct tmem_obj));
    l.page_off = off;
    off += align8(((uint64_t)l.page_cap + 1) * sizeof(struct tmem_page));
    l.obj_hash_off = off;
    off += align8(((uint64_t)l.obj_mask + 1) * sizeof(uint32_t));
    l.page_hash_off = off;
    off += align8(((uint64_t)l.page_mask + 1) * sizeof(uint32_t));
    l.scratch_off = off;
    off += align8((uint64_t)l.obj_cap * sizeof(struct obj_key));
    off += align8((uint64_t)l.page_cap * sizeof(uint64_t));
    l.bytes = off;
    return l;
}

struct tmem_state *tmem_state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_TMEM);
}

static char *base(const ht_machine *m)
{
    return (char *)tmem_state(m);
}

struct tmem_obj *tmem_obj(const ht_machine *m, uint32_t i)
{
    return (struct tmem_obj *)(base(m) + tmem_state(m)->layout.obj_off) + i;
}

struct tmem_page *tmem_pg(const ht_machine *m, uint32_t i)
{
    return (struct tmem_page *)(base(m) + tmem_state(m)->layout.page_off) + i;
}

uint32_t *tmem_avail(const ht_machine *m)
{
    return (uint32_t *)(base(m) + tmem_state(m)->layout.avail_off);
}

void *tmem_scratch(const ht_machine *m)
{
    return base(m) + tmem_state(m)->layout.scratch_off;
}

static uint32_t *obj_heads(const ht_machine *m)
{
    return (uint32_t *)(base(m) + tmem_state(m)->layout.obj_hash_off);
}

static uint32_t *page_heads(const ht_machine *m)
{
    return (uint32_t *)(base(m) + tmem_state(m)->layout.page_hash_off);
}

static struct tmem_pool *pool_of(const ht_machine *m, uint32_t pool)
{
    return &tmem_state(m)->pool[pool];
}

/* ---- gates, clients, the call ---------------------------------------------------------- */

/* Whether the profile's hypervisor has tmem at all: 4.13 removed it (commit c492e19fdd);
 * at RELEASE-4.17.0 hypercall 38 is "tmem_op - - - - -" in xen/include/hypercall-defs.c,
 * so every caller meets do_ni_hypercall's -ENOSYS. */
static bool tmem_in_profile(const ht_machine *m)
{
    return m->profile != HT_PROFILE_XEN_4_17;
}

/* opt_tmem and tmem_initialized: the state exists only on a host booted with tmem. */
bool tmem_enabled(const ht_machine *m)
{
    return tmem_in_profile(m) && m->config.option[HT_OPT_TMEM] != 0 && tmem_state(m) != NULL;
}

/* do_tmem_op (tmem.c, RELEASE-4.2.0): "if ( !tmem_initialized ) return -ENODEV", before the
 * op is read; a profile without tmem has no do_tmem_op (tmem_in_profile). */
int64_t tmem_gate(ht_machine *m)
{
    if (!tmem_in_profile(m))
        FAIL(ENOSYS, TMEM_REMOVED);
    if (!tmem_enabled(m))
        FAIL(ENODEV, TMEM_DISABLED);
    return 0;
}

bool tmem_x86_32(const ht_machine *m)
{
    return m->config.arch == HT_ARCH_X86_32;
}

/* tmh_client_from_cli_id (tmem_xen.h): cli_id_t is a domid_t, so only the low 16 bits of
 * the ABI's u32 count; rcu_lock_domain_by_id finds no domain for the DOMID_* specials. */
struct tmem_client *tmem_client_of(const ht_machine *m, uint64_t cli_id, uint8_t *slot)
{
    uint8_t s = ht_slot(m, (uint16_t)cli_id);
    if (slot)
        *slot = s;
    if (s == HT_NO_SLOT || !tmem_state(m)->client[s].present)
        return NULL;
    return &tmem_state(m)->client[s];
}

/* client_create (tmem.c): the allocation (fault site xen_alloc), then
 * tmh_set_client_from_id, which refuses a dying domain. */
bool tmem_client_create(ht_machine *m, uint8_t slot)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_client *c = &s->client[slot];
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC) || dom_flag(m, slot, HT_DF_DYING))
        return false;
    j8(m, &c->present, 1);
    j8(m, &c->frozen, 0);
    j8(m, &c->was_frozen, 0);
    j8(m, &c->live_migrating, 0);
    /* client->compress = tmh_compression_enabled(), 0 on __i386__. */
    j8(m, &c->compress, (uint8_t)(m->config.option[HT_OPT_TMEM_COMPRESS] && !tmem_x86_32(m)));
    j8(m, &c->auth_required, (uint8_t)(m->config.option[HT_OPT_TMEM_SHARED_AUTH] != 0));
    j32(m, &c->weight, 0);
    j32(m, &c->cap, 0);
    for (int i = 0; i < TMEM_POOLS; i++)
        j32(m, &c->pool[i], TMEM_NONE);
    j32(m, &c->lru_head, TMEM_NONE);
    j32(m, &c->lru_tail, TMEM_NONE);
    js64(m, &c->eph_count, 0);
    j32(m, &c->inv_head, TMEM_NONE);
    j32(m, &c->inv_tail, TMEM_NONE);
    j32(m, &c->inv_cur, TMEM_NONE);
    j64(m, &s->client_seq, s->client_seq + 1);
    j64(m, &c->seq, s->client_seq);
    for (int i = 0; i < TMEM_SHARED; i++) {
        j64(m, &c->auth[i][0], ~0ull);
        j64(m, &c->auth[i][1], ~0ull);
    }
    j64(m, &c->succ_eph_gets, 0);
    j64(m, &c->succ_pers_puts, 0);
    j64(m, &c->succ_pers_gets, 0);
    j64(m, &c->compress_poor, 0);
    return true;
}

/* do_tmem_op's start: total_tmem_ops counts every op once tmem is initialised. */
void tmem_call_begin(ht_machine *m, bool write_locked)
{
    struct tmem_state *s = tmem_state(m);
    j64(m, &s->total_ops, s->total_ops + 1);
    s->now.put_obj = TMEM_NONE;
    s->now.write_locked = write_locked;
}

/* do_tmem_op's "out:": errored_tmem_ops counts the ops that returned an error. */
int64_t tmem_result(ht_machine *m, int64_t raw)
{
    struct tmem_state *s = tmem_state(m);
    if (raw < 0)
        j64(m, &s->errored_ops, s->errored_ops + 1);
    s->now.put_obj = TMEM_NONE;
    s->now.write_locked = false;
    return raw;
}

/* ---- the frames tmem holds ----------------------------------------------------------- */

/* tmh_page_list_put / _get (tmem_xen.h): A, tmem's own free list, is a stack. */
static void avail_push(ht_machine *m, uint32_t frame)
{
    struct tmem_state *s = tmem_state(m);
    j32(m, &tmem_avail(m)[s->avail], frame);
    j32(m, &s->avail, s->avail + 1);
}

static uint32_t avail_pop(ht_machine *m)
{
    struct tmem_state *s = tmem_state(m);
    if (s->avail == 0)
        return HT_MFN_INVALID;
    j32(m, &s->avail, s->avail - 1);
    return tmem_avail(m)[s->avail];
}

int64_t tmem_midsize(const ht_machine *m)
{
    /* max(total_avail_pages / 128) over every free_heap_pages while opt_tmem: the heap is
     * fullest at boot, when it held every frame. */
    return (int64_t)(m->config.total_frames / MIDSIZE_ALLOC_FRAC);
}

/* alloc_heap_pages (page_alloc.c): an order-0 allocation skips the heap for tmem when
 * "total_avail_pages <= midsize_alloc_zone_pages && tmem_freeable_pages()". */
bool tmem_scarce(const ht_machine *m)
{
    const struct tmem_state *s = tmem_state(m);
    return m->host.free_frames <= tmem_midsize(m) && (int64_t)s->avail + s->freeable > 0;
}

/* tmh_free_mb (tmem_xen.h): (A + total_free_pages()) >> 8, where total_free_pages() is
 * total_avail_pages - midsize_alloc_zone_pages as an unsigned long. */
static uint64_t free_mb(const ht_machine *m)
{
    uint64_t total_free = (uint64_t)(m->host.free_frames - tmem_midsize(m));
    return ((uint64_t)tmem_state(m)->avail + total_free) >> 8;
}

/* ---- lists ------------------------------------------------------------------------------ */

static void lru_unlink(ht_machine *m, uint32_t pi)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_client *c = &s->client[p->lru_client];
    if (p->gprev)
        j32(m, &tmem_pg(m, p->gprev)->gnext, p->gnext);
    else
        j32(m, &s->lru_head, p->gnext);
    if (p->gnext)
        j32(m, &tmem_pg(m, p->gnext)->gprev, p->gprev);
    else
        j32(m, &s->lru_tail, p->gprev);
    if (p->cprev)
        j32(m, &tmem_pg(m, p->cprev)->cnext, p->cnext);
    else
        j32(m, &c->lru_head, p->cnext);
    if (p->cnext)
        j32(m, &tmem_pg(m, p->cnext)->cprev, p->cprev);
    else
        j32(m, &c->lru_tail, p->cprev);
    j32(m, &p->gprev, TMEM_NONE);
    j32(m, &p->gnext, TMEM_NONE);
    j32(m, &p->cprev, TMEM_NONE);
    j32(m, &p->cnext, TMEM_NONE);
    j8(m, &p->on_lru, 0);
}

/* list_add_tail on global_ephemeral_page_list and the client's ephemeral_page_list. */
static void lru_link_tail(ht_machine *m, uint32_t pi, uint8_t client)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_client *c = &s->client[client];
    j32(m, &p->gprev, s->lru_tail);
    j32(m, &p->gnext, TMEM_NONE);
    if (s->lru_tail)
        j32(m, &tmem_pg(m, s->lru_tail)->gnext, pi);
    else
        j32(m, &s->lru_head, pi);
    j32(m, &s->lru_tail, pi);
    j32(m, &p->cprev, c->lru_tail);
    j32(m, &p->cnext, TMEM_NONE);
    if (c->lru_tail)
        j32(m, &tmem_pg(m, c->lru_tail)->cnext, pi);
    else
        j32(m, &c->lru_head, pi);
    j32(m, &c->lru_tail, pi);
    j8(m, &p->lru_client, client);
    j8(m, &p->on_lru, 1);
}

/* do_tmem_put's insert_page: an ephemeral page goes to the tails of the global list and
 * of its pool owner's, and both counts grow. */
void tmem_lru_append(ht_machine *m, uint32_t pi)
{
    struct tmem_state *s = tmem_state(m);
    uint8_t owner = pool_of(m, tmem_pg(m, pi)->pool)->owner;
    lru_link_tail(m, pi, owner);
    jadd(m, &s->eph_count, 1);
    jadd(m, &s->client[owner].eph_count, 1);
}

/* do_tmem_get on a shared ephemeral pool: list_del + list_add_tail on both lists (the
 * client's list is the pool owner's); no count changes. */
void tmem_lru_touch(ht_machine *m, uint32_t pi)
{
    uint8_t owner = pool_of(m, tmem_pg(m, pi)->pool)->owner;
    lru_unlink(m, pi);
    lru_link_tail(m, pi, owner);
}

void tmem_pers_append(ht_machine *m, uint32_t pi)
{
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_pool *pool = pool_of(m, p->pool);
    j32(m, &p->cprev, pool->pers_tail);
    j32(m, &p->cnext, TMEM_NONE);
    if (pool->pers_tail)
        j32(m, &tmem_pg(m, pool->pers_tail)->cnext, pi);
    else
        j32(m, &pool->pers_head, pi);
    j32(m, &pool->pers_tail, pi);
    j8(m, &p->on_pers, 1);
}

/* A page leaves its pool's persistent_page_list.  Xen keeps a page the save cursor points
 * at in the list while the owner live-migrates (a zombie whose list node pgp_free then
 * overwrites with inv_oid), and otherwise leaves the cursor pointing at freed memory: the
 * engine moves the cursor back to the page's predecessor instead, so the stream goes on
 * with the page after it. */
static void pers_unlink(ht_machine *m, uint32_t pi)
{
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_pool *pool = pool_of(m, p->pool);
    /* Planted tmem_save_cursor_dangling (pgp_delist, RELEASE-4.2.0: the page cur_pgp names
     * stays listed only "if ( client->live_migrating )"; otherwise list_del_init, and
     * pgp_free frees it under the cursor): the cursor keeps naming the freed page, marked
     * so that tmemc_save_get_next_page's step from it is reported. */
    if (pool->cur == pi && !tmem_state(m)->client[pool->owner].live_migrating &&
        ht_bug(m, HT_BUG_TMEM_SAVE_CURSOR_DANGLING))
        j32(m, &pool->cur, pi | TMEM_CUR_FREED);
    else if (pool->cur == pi)
        j32(m, &pool->cur, p->cprev);
    if (p->cprev)
        j32(m, &tmem_pg(m, p->cprev)->cnext, p->cnext);
    else
        j32(m, &pool->pers_head, p->cnext);
    if (p->cnext)
        j32(m, &tmem_pg(m, p->cnext)->cprev, p->cprev);
    else
        j32(m, &pool->pers_tail, p->cprev);
    j32(m, &p->cprev, TMEM_NONE);
    j32(m, &p->cnext, TMEM_NONE);
    j8(m, &p->on_pers, 0);
}

static void inv_append(ht_machine *m, uint32_t pi, uint8_t slot)
{
    struct tmem_client *c = &tmem_state(m)->client[slot];
    struct tmem_page *p = tmem_pg(m, pi);
    j32(m, &p->gprev, c->inv_tail);
    j32(m, &p->gnext, TMEM_NONE);
    if (c->inv_tail)
        j32(m, &tmem_pg(m, c->inv_tail)->gnext, pi);
    else
        j32(m, &c->inv_head, pi);
    j32(m, &c->inv_tail, pi);
}

/* ---- records -------------------------------------------------------------------------- */

static uint32_t obj_bucket_of(const ht_machine *m, uint32_t pool, const uint64_t oid[3])
{
    uint64_t h = (pool * 0x9e3779b97f4a7c15ull) ^ (oid[0] * 0xc2b2ae3d27d4eb4full) ^
                 (oid[1] * 0x165667b19e3779f9ull) ^ (oid[2] * 0x27d4eb2f165667c5ull);
    return (uint32_t)((h ^ (h >> 29)) & tmem_state(m)->layout.obj_mask);
}

static uint32_t page_bucket_of(const ht_machine *m, uint32_t obj, uint32_t index)
{
    uint64_t h = ((uint64_t)obj << 32 | index) * 0x9e3779b97f4a7c15ull;
    return (uint32_t)((h ^ (h >> 31)) & tmem_state(m)->layout.page_mask);
}

/* tmem_malloc (tmem.c): an object or page record; a failure counts in alloc_failed. */
static bool record_fails(ht_machine *m, bool arena_full)
{
    struct tmem_state *s = tmem_state(m);
    if (!arena_full && !fault_fires(m, HT_FAULT_SITE_XEN_ALLOC))
        return false;
    j64(m, &s->alloc_failed, s->alloc_failed + 1);
    return true;
}

uint32_t tmem_obj_find(ht_machine *m, uint32_t pool, const uint64_t oid[3])
{
    for (uint32_t i = obj_heads(m)[obj_bucket_of(m, pool, oid)]; i; i = tmem_obj(m, i)->hnext) {
        struct tmem_obj *o = tmem_obj(m, i);
        if (o->pool != pool || memcmp(o->oid, oid, sizeof o->oid) != 0)
            continue;
        /* obj_find spins on the object's lock: left held by a failed get in 4.2.0. */
        if (o->locked)
            report_violation(m, HT_INV_LIVENESS, m->caller.domid, HT_NONE64, HT_NONE64, 0, 1);
        return i;
    }
    return TMEM_NONE;
}

uint32_t tmem_obj_peek(const ht_machine *m, uint32_t pool, const uint64_t oid[3])
{
    for (uint32_t i = obj_heads(m)[obj_bucket_of(m, pool, oid)]; i; i = tmem_obj(m, i)->hnext) {
        const struct tmem_obj *o = tmem_obj(m, i);
        if (o->pool == pool && memcmp(o->oid, oid, sizeof o->oid) == 0)
            return i;
    }
    return TMEM_NONE;
}

/* obj_new (tmem.c): allocate, initialise and insert an object. */
uint32_t tmem_obj_new(ht_machine *m, uint32_t pool, const uint64_t oid[3])
{
    struct tmem_state *s = tmem_state(m);
    bool full = s->obj_free == TMEM_NONE && s->obj_hwm >= s->layout.obj_cap;
    if (record_fails(m, full))
        return TMEM_NONE;
    uint32_t i = s->obj_free;
    if (i)
        j32(m, &s->obj_free, tmem_obj(m, i)->hnext);
    else
        j32(m, &s->obj_hwm, i = s->obj_hwm + 1);
    struct tmem_obj *o = tmem_obj(m, i);
    struct tmem_pool *p = pool_of(m, pool);
    for (int w = 0; w < 3; w++)
        j64(m, &o->oid[w], oid[w]);
    j32(m, &o->pool, pool);
    uint32_t *head = &obj_heads(m)[obj_bucket_of(m, pool, oid)];
    j32(m, &o->hnext, *head);
    j32(m, head, i);
    j32(m, &o->pprev, TMEM_NONE);
    j32(m, &o->pnext, p->obj_head);
    if (p->obj_head)
        j32(m, &tmem_obj(m, p->obj_head)->pprev, i);
    j32(m, &p->obj_head, i);
    j32(m, &o->page_head, TMEM_NONE);
    j32(m, &o->npages, 0);
    j16(m, &o->last_client, TMEM_CLI_NULL);
    j8(m, &o->live, 1);
    j8(m, &o->locked, 0);
    return i;
}

/* obj_free (tmem.c): rb_erase and free; the object holds no page. */
void tmem_obj_free(ht_machine *m, uint32_t oi)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_obj *o = tmem_obj(m, oi);
    struct tmem_pool *p = pool_of(m, o->pool);
    uint32_t *link = &obj_heads(m)[obj_bucket_of(m, o->pool, o->oid)];
    while (*link != oi)
        link = &tmem_obj(m, *link)->hnext;
    j32(m, link, o->hnext);
    if (o->pprev)
        j32(m, &tmem_obj(m, o->pprev)->pnext, o->pnext);
    else
        j32(m, &p->obj_head, o->pnext);
    if (o->pnext)
        j32(m, &tmem_obj(m, o->pnext)->pprev, o->pprev);
    j8(m, &o->live, 0);
    j8(m, &o->locked, 0);
    j32(m, &o->pool, TMEM_NONE);
    j32(m, &o->hnext, s->obj_free);
    j32(m, &s->obj_free, oi);
}

uint32_t tmem_page_find(const ht_machine *m, uint32_t obj, uint32_t index)
{
    for (uint32_t i = page_heads(m)[page_bucket_of(m, obj, index)]; i; i = tmem_pg(m, i)->hnext) {
        const struct tmem_page *p = tmem_pg(m, i);
        if (p->kind == TMEM_PAGE_LIVE && p->obj == obj && p->index == index)
            return i;
    }
    return TMEM_NONE;
}

/* pgp_alloc + pgp_add_to_obj (tmem.c): a page record in the object, counted in the pool's
 * pgp_count at once, with no data yet. */
uint32_t tmem_page_new(ht_machine *m, uint32_t oi, uint32_t index)
{
    struct tmem_state *s = tmem_state(m);
    bool full = s->page_free == TMEM_NONE && s->page_hwm >= s->layout.page_cap;
    if (record_fails(m, full))
        return TMEM_NONE;
    uint32_t i = s->page_free;
    if (i)
        j32(m, &s->page_free, tmem_pg(m, i)->hnext);
    else
        j32(m, &s->page_hwm, i = s->page_hwm + 1);
    struct tmem_page *p = tmem_pg(m, i);
    struct tmem_obj *o = tmem_obj(m, oi);
    j32(m, &p->pool, o->pool);
    j32(m, &p->obj, oi);
    j32(m, &p->index, index);
    j32(m, &p->frame, HT_MFN_INVALID);
    j32(m, &p->data, 0);
    j32(m, &p->gprev, TMEM_NONE);
    j32(m, &p->gnext, TMEM_NONE);
    j32(m, &p->cprev, TMEM_NONE);
    j32(m, &p->cnext, TMEM_NONE);
    j8(m, &p->kind, TMEM_PAGE_LIVE);
    j8(m, &p->on_lru, 0);
    j8(m, &p->on_pers, 0);
    uint32_t *head = &page_heads(m)[page_bucket_of(m, oi, index)];
    j32(m, &p->hnext, *head);
    j32(m, head, i);
    j32(m, &p->oprev, TMEM_NONE);
    j32(m, &p->onext, o->page_head);
    if (o->page_head)
        j32(m, &tmem_pg(m, o->page_head)->oprev, i);
    j32(m, &o->page_head, i);
    j32(m, &o->npages, o->npages + 1);
    jadd(m, &pool_of(m, o->pool)->npages, 1);
    return i;
}

/* pgp_delete_from_obj (tmem.c): out of the object's radix tree; still counted in the
 * pool and still on its lists. */
void tmem_page_unlink(ht_machine *m, uint32_t pi)
{
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_obj *o = tmem_obj(m, p->obj);
    uint32_t *link = &page_heads(m)[page_bucket_of(m, p->obj, p->index)];
    while (*link != pi)
        link = &tmem_pg(m, *link)->hnext;
    j32(m, link, p->hnext);
    if (p->oprev)
        j32(m, &tmem_pg(m, p->oprev)->onext, p->onext);
    else
        j32(m, &o->page_head, p->onext);
    if (p->onext)
        j32(m, &tmem_pg(m, p->onext)->oprev, p->oprev);
    j32(m, &p->hnext, TMEM_NONE);
    j32(m, &p->oprev, TMEM_NONE);
    j32(m, &p->onext, TMEM_NONE);
    j32(m, &o->npages, o->npages - 1);
}

static void page_release(ht_machine *m, uint32_t pi)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    j8(m, &p->kind, TMEM_PAGE_FREE);
    j32(m, &p->obj, TMEM_NONE);
    j32(m, &p->pool, TMEM_NONE);
    j32(m, &p->hnext, s->page_free);
    j32(m, &s->page_free, pi);
}

/* pgp_delist (tmem.c): off the LRUs (the counts are the pool owner's: pool->client), or off
 * the persistent list, onto the owner's invalidated list while it live-migrates. */
static void page_delist(ht_machine *m, uint32_t pi)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_pool *pool = pool_of(m, p->pool);
    struct tmem_client *owner = &s->client[pool->owner];
    if (!pool->persistent) {
        if (p->on_lru) {
            lru_unlink(m, pi);
            jadd(m, &s->eph_count, -1);
            jadd(m, &owner->eph_count, -1);
        }
        return;
    }
    if (p->on_pers)
        pers_unlink(m, pi);
    if (owner->live_migrating)
        inv_append(m, pi, pool->owner);
}

/* pgp_free (tmem.c): the data frame goes back to tmem, the pool counts one page less; a
 * persistent page of a live-migrating owner stays as a record of what was flushed. */
static void page_free(ht_machine *m, uint32_t pi)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_pool *pool = pool_of(m, p->pool);
    if (p->frame != HT_MFN_INVALID) {
        tmem_page_free(m, p->pool, p->frame);
        j32(m, &p->frame, HT_MFN_INVALID);
    }
    jadd(m, &pool->npages, -1);
    if (pool->persistent && s->client[pool->owner].live_migrating) {
        const struct tmem_obj *o = tmem_obj(m, p->obj);
        for (int w = 0; w < 3; w++)
            j64(m, &p->inv_oid[w], o->oid[w]);
        j32(m, &p->inv_pool, pool->local_id);
        j8(m, &p->kind, TMEM_PAGE_INV);
        j32(m, &p->obj, TMEM_NONE);
        j32(m, &p->pool, TMEM_NONE);
        return;
    }
    page_release(m, pi);
}

void tmem_page_delete(ht_machine *m, uint32_t pi)
{
    page_delist(m, pi);
    page_free(m, pi);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* obj_destroy (tmem.c): radix_tree_destroy calls pgp_destroy on every page in index order,
 * then obj_free. */
void tmem_obj_destroy(ht_machine *m, uint32_t oi)
{
    struct tmem_state *s = tmem_state(m);
    uint64_t *keys = (uint64_t *)((char *)tmem_scratch(m) +
                                  align8((uint64_t)s->layout.obj_cap * sizeof(struct obj_key)));
    size_t n = 0;
    for (uint32_t pi = tmem_obj(m, oi)->page_head; pi; pi = tmem_pg(m, pi)->onext)
        keys[n++] = (uint64_t)tmem_pg(m, pi)->index << 32 | pi;
    qsort(keys, n, sizeof *keys, cmp_u64);
    for (size_t k = 0; k < n; k++) {
        uint32_t pi = (uint32_t)keys[k];
        tmem_page_unlink(m, pi);
        tmem_page_delete(m, pi);
    }
    tmem_obj_free(m, oi);
}

/* ---- frames ----------------------------------------------------------------------------- */

/* tmem_page_free: an ephemeral frame goes to A (tmh_free_page, freeable_page_count--); a
 * persistent one is stolen back from its owner (steal_page: tot_pages--) onto A. */
void tmem_page_free(ht_machine *m, uint32_t pool, uint32_t frame)
{
    struct tmem_state *s = tmem_state(m);
    if (!pool_of(m, pool)->persistent) {
        avail_push(m, frame);
        jadd(m, &s->freeable, -1);
        return;
    }
    uint16_t owner = m->frame[frame].owner;
    if (owner < HT_MAX_DOMAINS)
        jadd(m, &m->dom_pub[owner].tot_pages, -1);
    frame_set_owner(m, frame, HT_OWNER_XEN);
    avail_push(m, frame);
}

/* alloc_domheap_pages(d, 0, MEMF_tmem) as tmem's own allocations make it: under scarcity
 * the heap is skipped for tmem_relinquish_pages (no scrub: MEMF_tmem), else the heap. */
static uint32_t heap_frame(ht_machine *m, uint16_t owner)
{
    if (!tmem_scarce(m))
        return frame_alloc_heap(m, owner);
    uint32_t f = tmem_relinquish(m, true);
    if (f != HT_MFN_INVALID && owner != HT_OWNER_XEN)
        frame_set_owner(m, f, owner);
    return f;
}

/* tmem_page_alloc (tmem.c): a persistent pool's frame is charged to its owner
 * (_tmh_alloc_page_thispool: NULL at max_pages, else A through donate_page, else the
 * heap); an ephemeral pool's comes from A, else the heap, and is Xen's (tmh_alloc_page,
 * freeable_page_count++).  On failure m->last.reason says why. */
uint32_t tmem_page_alloc(ht_machine *m, uint32_t pool)
{
    struct tmem_state *s = tmem_state(m);
    const struct tmem_pool *p = pool_of(m, pool);
    uint32_t f;
    if (p->persistent) {
        uint8_t d = p->owner;
        ht_domain_pub *dp = &m->dom_pub[d];
        bool full = dp->tot_pages >= dp->max_pages || dom_flag(m, d, HT_DF_DYING);
        if (full)
            f = HT_MFN_INVALID;
        else if ((f = avail_pop(m)) != HT_MFN_INVALID)
            frame_set_owner(m, f, d);  /* donate_page */
        else
            f = heap_frame(m, d);
        if (f != HT_MFN_INVALID)
            jadd(m, &dp->tot_pages, 1);
        else
            m->last.reason = full ? HT_R_TMEM_MAX_PAGES : HT_R_TMEM_NO_FRAME;
    } else {
        f = avail_pop(m);
        if (f == HT_MFN_INVALID)
            f = heap_frame(m, HT_OWNER_XEN);
        if (f != HT_MFN_INVALID)
            jadd(m, &s->freeable, 1);
        else
            m->last.reason = HT_R_TMEM_NO_FRAME;
    }
    if (f == HT_MFN_INVALID)
        j64(m, &s->alloc_page_failed, s->alloc_page_failed + 1);
    return f;
}

/* ---- eviction ----------------------------------------------------------------------------- */

/* client_over_quota (tmem.c), as written: true when the client's share of the ephemeral
 * pages is *below* its share of the weights. */
static bool over_quota(const struct tmem_state *s, const struct tmem_client *c)
{
    int64_t total = (int32_t)s->weight_total;
    if (total == 0 || c->weight == 0 || c->eph_count == 0)
        return false;
    return (s->eph_count * 100) / c->eph_count > (total * 100) / (int64_t)c->weight;
}

/* tmem_try_to_evict_pgp (tmem.c): a page of a dying pool, or of the object the current
 * put holds locked (or one left locked), cannot be evicted. */
static bool evictable(const ht_machine *m, uint32_t pi)
{
    const struct tmem_state *s = tmem_state(m);
    const struct tmem_page *p = tmem_pg(m, pi);
    if (pool_of(m, p->pool)->dying)
        return false;
    if (p->kind == TMEM_PAGE_ORPHAN)
        return true;
    return p->obj != s->now.put_obj && !tmem_obj(m, p->obj)->locked;
}

/* tmem_evict (tmem.c): the caller's client's list when it is over quota and not empty
 * (and then only that list), else the global list; the first evictable page from the
 * head (the oldest). */
static uint32_t evict_candidate(const ht_machine *m)
{
    const struct tmem_state *s = tmem_state(m);
    const struct tmem_client *c = &s->client[m->caller.slot];
    if (c->present && over_quota(s, c) && c->lru_head) {
        for (uint32_t pi = c->lru_head; pi; pi = tmem_pg(m, pi)->cnext)
            if (evictable(m, pi))
                return pi;
        return TMEM_NONE;
    }
    for (uint32_t pi = s->lru_head; pi; pi = tmem_pg(m, pi)->gnext)
        if (evictable(m, pi))
            return pi;
    return TMEM_NONE;
}

static bool evict(ht_machine *m)
{
    struct tmem_state *s = tmem_state(m);
    j64(m, &s->evict_attempts, s->evict_attempts + 1);
    uint32_t pi = evict_candidate(m);
    if (pi == TMEM_NONE)
        return false;
    struct tmem_page *p = tmem_pg(m, pi);
    if (p->kind == TMEM_PAGE_ORPHAN) {
        /* pgp_delete_from_obj finds another page, or none, where the orphan was: 4.2
         * deletes the wrong page or asserts (planted bug tmem_get_bad_copy_orphan). */
        report_violation(m, HT_INV_MEMORY_SAFETY, HT_NONE_DOM, p->index, p->frame, 0, 1);
        tmem_page_delete(m, pi);
    } else {
        uint32_t oi = p->obj;
        tmem_page_unlink(m, pi);
        tmem_page_delete(m, pi);
        if (tmem_obj(m, oi)->npages == 0)
            tmem_obj_free(m, oi);
    }
    j64(m, &s->evicted, s->evicted + 1);
    return true;
}

/* tmem_ensure_avail_pages (tmem.c), before PUT_PAGE and NEW_PAGE: evict while less than
 * 1 MiB is free (tmh_free_mb() == 0); stop after eleven failed evictions. */
void tmem_ensure_avail_pages(ht_machine *m)
{
    int failed_evict = 10;
    while (free_mb(m) == 0) {
        if (evict(m))
            continue;
        if (failed_evict-- <= 0)
            break;
    }
}

/* tmem_relinquish_pages(0, memflags) (tmem.c): a frame from A, evicting up to ten pages to
 * get one; MEMF_tmem (for_tmem) when tmem allocates for itself. */
uint32_t tmem_relinquish(ht_machine *m, bool for_tmem)
{
    struct tmem_state *s = tmem_state(m);
    if ((int64_t)s->avail + s->freeable == 0 || tmem_x86_32(m))
        return HT_MFN_INVALID;
    j64(m, &s->relinq_attempts, s->relinq_attempts + 1);
    /* tmh_called_from_tmem: read_lock(&tmem_rwlock), which this op may hold for writing
     * (it made the caller's client, or it is a control op): Xen's rwlocks do not nest. */
    if (for_tmem && s->now.write_locked && ht_bug(m, HT_BUG_TMEM_RELINQUISH_DEADLOCK))
        report_violation(m, HT_INV_LIVENESS, m->caller.domid, HT_NONE64, HT_NONE64, 0, 1);
    int max_evictions = MAX_EVICTS;
    uint64_t evicts = 0;
    uint32_t f;
    while ((f = avail_pop(m)) == HT_MFN_INVALID) {
        if (max_evictions-- <= 0 || !evict(m))
            break;
        evicts++;
    }
    if (evicts > s->max_evicts_per_relinq)
        j64(m, &s->max_evicts_per_relinq, evicts);
    if (f != HT_MFN_INVALID)
        j64(m, &s->relinq_pgs, s->relinq_pgs + 1);
    return f;
}

/* What tmem_relinquish would give, without giving it: a frame from A, or the page the
 * first eviction would take. */
bool tmem_can_relinquish(ht_machine *m)
{
    const struct tmem_state *s = tmem_state(m);
    if ((int64_t)s->avail + s->freeable == 0 || tmem_x86_32(m))
        return false;
    return s->avail > 0 || evict_candidate(m) != TMEM_NONE;
}

/* tmem_relinquish_npages (tmem.c): evict until A holds n frames (or nothing can be
 * evicted), then give every frame of A back to the heap, scrubbed
 * (tmh_release_avail_pages_to_host); the frames A held. */
uint64_t tmem_relinquish_npages(ht_machine *m, uint64_t n)
{
    struct tmem_state *s = tmem_state(m);
    uint64_t avail;
    while ((avail = s->avail) < n) {
        if (!evict(m))
            break;
    }
    uint32_t f;
    while ((f = avail_pop(m)) != HT_MFN_INVALID) {
        j32(m, &m->frame[f].content, 0);
        frame_release(m, f);
    }
    return avail;
}

/* ---- pools ------------------------------------------------------------------------------ */

static uint32_t pool_alloc(ht_machine *m)
{
    struct tmem_state *s = tmem_state(m);
    /* pool_alloc: tmh_alloc_infra, an xmalloc (fault site xen_alloc). */
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC))
        return TMEM_NONE;
    uint32_t i = s->pool_free;
    if (i)
        j32(m, &s->pool_free, s->pool[i].next_free);
    else if (s->pool_hwm < TMEM_POOL_RECORDS)
        j32(m, &s->pool_hwm, i = s->pool_hwm + 1);
    else
        return TMEM_NONE;
    struct tmem_pool *p = &s->pool[i];
    j8(m, &p->live, 1);
    j8(m, &p->shared, 0);
    j8(m, &p->persistent, 0);
    j8(m, &p->dying, 0);
    j8(m, &p->leaked, 0);
    j8(m, &p->owner, 0);
    j8(m, &p->local_id, 0);
    j8(m, &p->global_slot, TMEM_NO_SLOT);
    j32(m, &p->obj_head, TMEM_NONE);
    j32(m, &p->pers_head, TMEM_NONE);
    j32(m, &p->pers_tail, TMEM_NONE);
    j32(m, &p->cur, TMEM_NONE);
    j32(m, &p->next_free, TMEM_NONE);
    js64(m, &p->npages, 0);
    j64(m, &p->uuid[0], 0);
    j64(m, &p->uuid[1], 0);
    return i;
}

/* Orphans (planted bug tmem_get_bad_copy_orphan) outlive their pool in 4.2, on the LRU
 * with a dangling pool pointer: report it and drop them with the pool. */
static void drop_orphans(ht_machine *m, uint32_t pool)
{
    struct tmem_state *s = tmem_state(m);
    for (uint32_t pi = s->lru_head, next; pi; pi = next) {
        next = tmem_pg(m, pi)->gnext;
        if (tmem_pg(m, pi)->pool == pool && tmem_pg(m, pi)->kind == TMEM_PAGE_ORPHAN) {
            report_violation(m, HT_INV_MEMORY_SAFETY, HT_NONE_DOM, tmem_pg(m, pi)->index,
                             tmem_pg(m, pi)->frame, 0, 1);
            tmem_page_delete(m, pi);
        }
    }
}

static void pool_free(ht_machine *m, uint32_t pool)
{
    struct tmem_state *s = tmem_state(m);
    if (ht_bug(m, HT_BUG_TMEM_GET_BAD_COPY_ORPHAN))
        drop_orphans(m, pool);
    j8(m, &s->pool[pool].live, 0);
    j32(m, &s->pool[pool].next_free, s->pool_free);
    j32(m, &s->pool_free, pool);
}

static int cmp_obj_key(const void *a, const void *b)
{
    const struct obj_key *x = a, *y = b;
    if (x->bucket != y->bucket)
        return x->bucket < y->bucket ? -1 : 1;
    if (x->oid2 != y->oid2)
        return x->oid2 < y->oid2 ? -1 : 1;
    if (x->oid1 != y->oid1)
        return x->oid1 < y->oid1 ? -1 : 1;
    if (x->oid0 != y->oid0)
        return x->oid0 < y->oid0 ? -1 : 1;
    return 0;
}

/* pool_destroy_objs (tmem.c): the pool is marked dying (and stays so: a shared pool that
 * survives a sharer leaving never has a page evicted again), then every object, or every
 * object whose last_client is domid, is destroyed, bucket by bucket (oid_hash:
 * hash_long(oid0 ^ oid1 ^ oid2) & 255) and in oid_compare order within a bucket. */
static void pool_destroy_objs(ht_machine *m, uint32_t pool, bool selective, uint16_t domid)
{
    struct tmem_pool *p = pool_of(m, pool);
    struct obj_key *keys = tmem_scratch(m);
    size_t n = 0;
    j8(m, &p->dying, 1);
    for (uint32_t oi = p->obj_head; oi; oi = tmem_obj(m, oi)->pnext) {
        const struct tmem_obj *o = tmem_obj(m, oi);
        uint64_t x = (o->oid[0] ^ o->oid[1] ^ o->oid[2]) * GOLDEN_RATIO_PRIME;
        keys[n++] = (struct obj_key){x & 0xff, o->oid[2], o->oid[1], o->oid[0], oi, 0};
    }
    qsort(keys, n, sizeof *keys, cmp_obj_key);
    for (size_t k = 0; k < n; k++)
        if (!selective || tmem_obj(m, keys[k].obj)->last_client == domid)
            tmem_obj_destroy(m, keys[k].obj);
}

/* shared_pool_reassign (tmem.c): the first sharer left becomes the owner, and the pool's
 * id becomes its slot for the pool.  4.2 moves the old owner's whole ephemeral list to the
 * front of the new owner's and the pool's page count with it (planted bug
 * tmem_reassign_splices_all); the engine moves the pool's own pages.  4.2 also clears the
 * old owner's slot pool_id: a slot its callers clear themselves (destroy_pool before,
 * client_flush after), and the wrong one when a client joined the uuid twice, which then
 * loses its other slot or, as its own new owner, finds none (ASSERT, pool id 16).  The
 * engine leaves the slots to the callers. */
static void shared_pool_reassign(ht_machine *m, uint32_t pool)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_pool *p = pool_of(m, pool);
    uint8_t gs = p->global_slot;
    if (s->nsharers[gs] == 0)
        return;
    uint8_t old = p->owner, new = s->sharer[gs][0];
    uint8_t id = 0;
    while (id < TMEM_POOLS && s->client[new].pool[id] != pool)
        id++;
    if (id == TMEM_POOLS)
        id = 0;  /* cannot happen: a share-list entry stands for a slot naming the pool */
    bool all = ht_bug(m, HT_BUG_TMEM_REASSIGN_SPLICES_ALL);
    if (new != old) {
        /* list_splice_init(old, new): the moved pages go to the front, in their order. */
        uint32_t moved_tail = TMEM_NONE;
        int64_t moved = 0;
        for (uint32_t pi = s->client[old].lru_head, next; pi; pi = next) {
            next = tmem_pg(m, pi)->cnext;
            if (!all && tmem_pg(m, pi)->pool != pool)
                continue;
            struct tmem_page *pg = tmem_pg(m, pi);
            struct tmem_client *oc = &s->client[old], *nc = &s->client[new];
            if (pg->cprev)
                j32(m, &tmem_pg(m, pg->cprev)->cnext, pg->cnext);
            else
                j32(m, &oc->lru_head, pg->cnext);
            if (pg->cnext)
                j32(m, &tmem_pg(m, pg->cnext)->cprev, pg->cprev);
            else
                j32(m, &oc->lru_tail, pg->cprev);
            uint32_t after = moved_tail ? tmem_pg(m, moved_tail)->cnext : nc->lru_head;
            j32(m, &pg->cprev, moved_tail);
            j32(m, &pg->cnext, after);
            if (moved_tail)
                j32(m, &tmem_pg(m, moved_tail)->cnext, pi);
            else
                j32(m, &nc->lru_head, pi);
            if (after)
                j32(m, &tmem_pg(m, after)->cprev, pi);
            else
                j32(m, &nc->lru_tail, pi);
            j8(m, &pg->lru_client, new);
            moved_tail = pi;
            moved++;
        }
        int64_t count = all ? p->npages : moved;
        jadd(m, &s->client[new].eph_count, count);
        jadd(m, &s->client[old].eph_count, -count);
    }
    j8(m, &p->owner, new);
    j8(m, &p->local_id, id);
}

/* shared_pool_quit (tmem.c): destroy the objects the client touched last, take one of its
 * entries off the share list, hand the pool on if it was the owner; the sharers left (0:
 * the global slot is freed), or -1 when the client was not on the list. */
static int shared_pool_quit(ht_machine *m, uint32_t pool, uint8_t slot)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_pool *p = pool_of(m, pool);
    uint8_t gs = p->global_slot;
    pool_destroy_objs(m, pool, true, m->dom_pub[slot].domid);
    uint16_t n = s->nsharers[gs], i = 0;
    while (i < n && s->sharer[gs][i] != slot)
        i++;
    if (i == n)
        return -1;
    for (; i + 1 < n; i++)
        j8(m, &s->sharer[gs][i], s->sharer[gs][i + 1]);
    n--;
    /* Planted tmem_quit_drops_every_slot (modelled on 7ec4b2f89e, 2015, issue 2: with a
     * domain holding two slots of one shared pool, shared_pool_quit took the domain off
     * the share list and dropped its count as if it had one): every entry of the client
     * goes, while its other slot still names the pool. */
    if (ht_bug(m, HT_BUG_TMEM_QUIT_DROPS_EVERY_SLOT)) {
        uint16_t kept = 0;
        for (uint16_t k = 0; k < n; k++)
            if (s->sharer[gs][k] != slot)
                j8(m, &s->sharer[gs][kept++], s->sharer[gs][k]);
        n = kept;
    }
    j16(m, &s->nsharers[gs], n);
    if (p->owner == slot)
        shared_pool_reassign(m, pool);
    if (s->nsharers[gs])
        return s->nsharers[gs];
    j32(m, &s->shared[gs], TMEM_NONE);
    j8(m, &p->global_slot, TMEM_NO_SLOT);
    return 0;
}

static void pool_flush_as(ht_machine *m, uint32_t pool, uint8_t slot, bool leak_if_migrating)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_pool *p = pool_of(m, pool);
    if (p->shared && p->global_slot != TMEM_NO_SLOT && shared_pool_quit(m, pool, slot) > 0)
        return;
    if (leak_if_migrating && s->client[p->owner].live_migrating) {
        /* "can't destroy pool while client is live-migrating": the slot was cleared and
         * the pool is left as it is, reachable from nowhere. */
        j8(m, &p->leaked, 1);
        return;
    }
    pool_destroy_objs(m, pool, false, 0);
    if (s->client[p->owner].pool[p->local_id] == pool)
        j32(m, &s->client[p->owner].pool[p->local_id], TMEM_NONE);
    pool_free(m, pool);
}

/* pool_flush(pool, cli_id, destroy = 1) (tmem.c), for destroy_pool. */
void tmem_pool_flush(ht_machine *m, uint32_t pool, uint8_t slot)
{
    pool_flush_as(m, pool, slot, true);
}

static bool uuid_authorised(const struct tmem_state *s, const struct tmem_client *c,
                            const uint64_t uuid[2])
{
    if (!c->auth_required || s->global_auth)
        return true;
    for (int i = 0; i < TMEM_SHARED; i++)
        if (c->auth[i][0] == uuid[0] && c->auth[i][1] == uuid[1])
            return true;
    return false;
}

/* do_tmem_new_pool (tmem.c): flag checks, the pool allocation, the slot (d_poolid of
 * this_cli's client for RESTORE_NEW, the caller's lowest free one for NEW_POOL), then a
 * shared pool joins the live one with its uuid or takes a global slot. */
int64_t tmem_new_pool(ht_machine *m, uint64_t this_cli, uint32_t d_poolid, uint32_t flags,
                      const uint64_t uuid[2])
{
    struct tmem_state *s = tmem_state(m);
    bool restore = (uint16_t)this_cli != TMEM_CLI_NULL;
    bool shared = (flags & HT_TMEM_POOL_FLAGS_SHARED) != 0;
    if ((flags >> 24) != TMEM_SPEC_VERSION)
        FAIL(EPERM, TMEM_SPEC_VERSION);
    if (((flags >> 4) & 0xf) != 0)
        FAIL(EPERM, TMEM_PAGE_SIZE);
    if (flags & HT_TMEM_POOL_FLAGS_PRECOMPRESSED)
        FAIL(EPERM, TMEM_PRECOMPRESSED);
    if (flags & 0x00ffff00u)
        FAIL(EPERM, TMEM_RESERVED_BITS);
    uint32_t pool = pool_alloc(m);
    if (pool == TMEM_NONE)
        FAIL(ENOMEM, TMEM_POOL_ALLOC);
    uint8_t slot;
    struct tmem_client *c;
    if (restore) {
        c = tmem_client_of(m, this_cli, &slot);
        if (!c || d_poolid >= TMEM_POOLS || c->pool[d_poolid] != TMEM_NONE) {
            pool_free(m, pool);
            FAIL(EPERM, TMEM_RESTORE_NO_TARGET);
        }
    } else {
        slot = m->caller.slot;
        c = &s->client[slot];
        if (!c->present) {
            /* RESTORE_NEW with CLI_ID_NULL does not make the caller's client: 4.2 asserts
             * and dereferences NULL.  The engine refuses. */
            pool_free(m, pool);
            FAIL(EPERM, TMEM_RESTORE_NO_CALLER_CLIENT);
        }
        for (d_poolid = 0; d_poolid < TMEM_POOLS; d_poolid++)
            if (c->pool[d_poolid] == TMEM_NONE)
                break;
        if (d_poolid >= TMEM_POOLS) {
            pool_free(m, pool);
            FAIL(EPERM, TMEM_NO_SLOT);
        }
    }
    bool made_private = false;
    if (shared && ((uuid[0] == ~0ull && uuid[1] == ~0ull) || !uuid_authorised(s, c, uuid))) {
        shared = false;
        made_private = true;
    }
    struct tmem_pool *p = &s->pool[pool];
    if (shared) {
        uint8_t first_unused = TMEM_NO_SLOT;
        for (uint8_t gs = 0; gs < TMEM_SHARED; gs++) {
            uint32_t sp = s->shared[gs];
            if (sp && s->pool[sp].uuid[0] == uuid[0] && s->pool[sp].uuid[1] == uuid[1]) {
                j32(m, &c->pool[d_poolid], sp);
                /* shared_pool_join: a list entry per slot naming the pool, so fewer than
                 * TMEM_SHARERS exist while this client has a free slot. */
                j8(m, &s->sharer[gs][s->nsharers[gs]], slot);
                j16(m, &s->nsharers[gs], (uint16_t)(s->nsharers[gs] + 1));
                pool_free(m, pool);
                OK(d_poolid, TMEM_POOL_JOINED);
            }
            if (!sp && first_unused == TMEM_NO_SLOT)
                first_unused = gs;
        }
        if (first_unused == TMEM_NO_SLOT) {
            pool_free(m, pool);
            FAIL(EPERM, TMEM_NO_SHARED_SLOT);
        }
        j32(m, &s->shared[first_unused], pool);
        j8(m, &p->global_slot, first_unused);
        j8(m, &s->sharer[first_unused][0], slot);
        j16(m, &s->nsharers[first_unused], 1);
    }
    j8(m, &p->shared, shared);
    j8(m, &p->owner, slot);
    j32(m, &c->pool[d_poolid], pool);
    j8(m, &p->local_id, (uint8_t)d_poolid);
    j8(m, &p->persistent, (uint8_t)(flags & HT_TMEM_POOL_FLAGS_PERSIST));
    j64(m, &p->uuid[0], uuid[0]);
    j64(m, &p->uuid[1], uuid[1]);
    if (made_private)
        OK(d_poolid, TMEM_POOL_MADE_PRIVATE);
    OK(d_poolid, TMEM_POOL_CREATED);
}

/* ---- clients ------------------------------------------------------------------------------ */

/* SAVE_END and client_free: the invalidated records go (pgp_free_from_inv_list).  4.2
 * leaves cur_pgp pointing into the freed list; the engine resets it. */
void tmem_inv_free(ht_machine *m, uint8_t slot)
{
    struct tmem_client *c = &tmem_state(m)->client[slot];
    for (uint32_t pi = c->inv_head, next; pi; pi = next) {
        next = tmem_pg(m, pi)->gnext;
        page_release(m, pi);
    }
    j32(m, &c->inv_head, TMEM_NONE);
    j32(m, &c->inv_tail, TMEM_NONE);
    j32(m, &c->inv_cur, TMEM_NONE);
}

/* tmem_destroy (tmem.c), from domain_kill before the domain's memory is relinquished:
 * client_flush(client, 1) destroys every pool in slot order, then the client goes.  Xen
 * leaks a pool whose owner is live-migrating and then frees the client under it; the
 * engine destroys such pools, the ones leaked earlier included (planted bug
 * tmem_destroy_migrating_leak keeps their records alive, owned by no client). */
void tmem_client_destroy(ht_machine *m, uint8_t slot)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_client *c = &s->client[slot];
    bool leak = ht_bug(m, HT_BUG_TMEM_DESTROY_MIGRATING_LEAK);
    for (int i = 0; i < TMEM_POOLS; i++) {
        uint32_t pool = c->pool[i];
        if (pool == TMEM_NONE)
            continue;
        pool_flush_as(m, pool, slot, leak);
        j32(m, &c->pool[i], TMEM_NONE);
    }
    for (uint32_t pool = 1; pool <= s->pool_hwm; pool++) {
        struct tmem_pool *p = &s->pool[pool];
        if (!p->live || !p->leaked || p->owner != slot)
            continue;
        pool_destroy_objs(m, pool, false, 0);
        if (!leak)
            pool_free(m, pool);
    }
    tmem_inv_free(m, slot);
    j8(m, &c->present, 0);
    j8(m, &c->frozen, 0);
    j8(m, &c->live_migrating, 0);
}
