/*
 * The guest ops of do_tmem_op (hypercall 38): new and destroy pool, new/put/get page,
 * flushes, read, write, xchg and unknown commands, with do_tmem_put, do_tmem_get and the
 * copies between a tmem page and the caller's page (xen/common/tmem.c and tmem_xen.c at
 * RELEASE-4.2.0; doc follows RELEASE-4.2.1 where 4.2.0 has no check).
 *
 * A page's data is its frame's content token.  A whole-page copy copies the token; a copy
 * of part of a page (an approximation: a token cannot be cut) makes a new token from both
 * tokens and the range; a copy of nothing changes nothing; a zero page is token 0.
 */
#include "tmem.h"

void tmem_read_oid(const ht_list *list, uint64_t oid[3])
{
    for (uint32_t w = 0; w < 3; w++)
        if (!ht_list_get(list, w, 0, &oid[w]))
            oid[w] = 0;  /* cannot happen: dispatch checked the fixed length */
}

static uint32_t partial_token(uint32_t src, uint32_t dst, uint32_t tmem_offset,
                              uint32_t pfn_offset, uint32_t len)
{
    uint32_t words[5] = {src, dst, tmem_offset, pfn_offset, len};
    uint64_t h = ht_fnv(0xcbf29ce484222325ull, words, sizeof words);
    return (uint32_t)(h ^ (h >> 32));
}

/* cli_get_page (tmem_xen.c): the caller's gfn must be populated ram_rw (RELEASE-4.2.1; a
 * shared gfn is not unshared, a paged one not paged in).  4.2.0 lacks the "return NULL"
 * and goes on with whatever page it found (planted bug tmem_cmfn_unchecked): the engine
 * reports that and fails the copy as 4.2.1 does. */
static bool caller_page(ht_machine *m, uint64_t cmfn, uint32_t *mfn)
{
    const ht_p2m_entry *e = p2m_entry(m, m->caller.slot, cmfn);
    if (e && e->type == HT_P2M_TYPE_RAM_RW && mfn_is_ram(m, e->mfn)) {
        *mfn = e->mfn;
        return true;
    }
    if (ht_bug(m, HT_BUG_TMEM_CMFN_UNCHECKED))
        report_violation(m, HT_INV_MEMORY_SAFETY, m->caller.domid, cmfn,
                         e ? e->mfn : HT_MFN_INVALID, HT_P2M_TYPE_RAM_RW,
                         e ? e->type : HT_P2M_TYPE_INVALID);
    m->last.reason = HT_R_TMEM_BAD_CMFN;
    return false;
}

/* The range rules of tmh_copy_{from,to}_client: 1 whole page, 0 part of it (possibly
 * nothing), -1 outside the page.  4.2.0 adds offset and length in 32 bits, so a sum that
 * wraps passes its test (planted bug tmem_copy_overflow): the engine reports the copy far
 * outside the page and copies nothing, as for any range beyond the page. */
static int range_kind(ht_machine *m, uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len)
{
    if (len == TMEM_PAGE && tmem_offset == 0 && pfn_offset == 0)
        return 1;
    uint64_t t = (uint64_t)tmem_offset + len, p = (uint64_t)pfn_offset + len;
    if (t <= TMEM_PAGE && p <= TMEM_PAGE)
        return 0;
    if (ht_bug(m, HT_BUG_TMEM_COPY_OVERFLOW) && (uint32_t)t <= TMEM_PAGE &&
        (uint32_t)p <= TMEM_PAGE)
        report_violation(m, HT_INV_MEMORY_SAFETY, m->caller.domid, tmem_offset, pfn_offset,
                         TMEM_PAGE, (int64_t)(t > p ? t : p));
    return -1;
}

/* 4.2.1 (b9eeb603e4): any of the three above a page is -EINVAL, first of all; the fix
 * that planted bug tmem_copy_overflow takes away. */
static bool range_fields_refused(const ht_machine *m, uint32_t tmem_offset,
                                 uint32_t pfn_offset, uint32_t len)
{
    return ht_doc(m) && !ht_bug(m, HT_BUG_TMEM_COPY_OVERFLOW) &&
           (tmem_offset > TMEM_PAGE || pfn_offset > TMEM_PAGE || len > TMEM_PAGE);
}

/* tmh_copy_from_client: the data for a tmem page whose frame holds *data. */
static int64_t copy_in(ht_machine *m, const struct tmem_src *src, uint32_t tmem_offset,
                       uint32_t pfn_offset, uint32_t len, uint32_t *data)
{
    if (range_fields_refused(m, tmem_offset, pfn_offset, len))
        FAIL(EINVAL, TMEM_RANGE_FIELD);
    if (tmem_offset == 0 && pfn_offset == 0 && len == 0) {
        *data = 0;  /* memset(tmem_va, 0, PAGE_SIZE): NEW_PAGE */
        return 1;
    }
    uint32_t from = src->data, mfn;
    if (!src->from_buffer) {
        if (!caller_page(m, src->cmfn, &mfn))
            return ht_fail(m, HT_EFAULT, HT_R_TMEM_BAD_CMFN);
        from = m->frame[mfn].content;
    }
    int kind = range_kind(m, tmem_offset, pfn_offset, len);
    if (kind == 1)
        *data = from;
    else if (kind == 0 && len)
        *data = partial_token(from, *data, tmem_offset, pfn_offset, len);
    else if (kind < 0 && ht_doc(m))
        FAIL(EINVAL, TMEM_RANGE_SUM);
    else if (kind < 0)
        m->last.reason = HT_R_TMEM_RANGE_IGNORED;
    return 1;
}

/* tmh_copy_to_client: the caller's page gets the tmem page's data (or the control
 * buffer, for SAVE_GET_NEXT_PAGE). */
static int64_t copy_out(ht_machine *m, uint32_t data, uint64_t cmfn, uint32_t tmem_offset,
                        uint32_t pfn_offset, uint32_t len, uint32_t *to_buffer)
{
    if (range_fields_refused(m, tmem_offset, pfn_offset, len))
        FAIL(EINVAL, TMEM_RANGE_FIELD);
    uint32_t mfn = HT_MFN_INVALID, old = 0;
    if (to_buffer)
        old = *to_buffer;
    else if (!caller_page(m, cmfn, &mfn))
        return ht_fail(m, HT_EFAULT, HT_R_TMEM_BAD_CMFN);
    else
        old = m->frame[mfn].content;
    int kind = range_kind(m, tmem_offset, pfn_offset, len);
    uint32_t now = old;
    if (kind == 1)
        now = data;
    else if (kind == 0 && len)
        now = partial_token(data, old, tmem_offset, pfn_offset, len);
    else if (kind < 0 && ht_doc(m))
        FAIL(EINVAL, TMEM_RANGE_SUM);
    else if (kind < 0)
        m->last.reason = HT_R_TMEM_RANGE_IGNORED;
    if (to_buffer)
        *to_buffer = now;
    else
        j32(m, &m->frame[mfn].content, now);
    return 1;
}

static void set_data(ht_machine *m, uint32_t pi, uint32_t data)
{
    struct tmem_page *p = tmem_pg(m, pi);
    j32(m, &p->data, data);
    j32(m, &m->frame[p->frame].content, data);
}

/* do_tmem_dup_put (tmem.c): replace the data of an existing page, keeping its place in
 * the LRU.  A failure drops the page (the old copy is lost). */
static int64_t dup_put(ht_machine *m, uint32_t pi, const struct tmem_src *src,
                       uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_page *p = tmem_pg(m, pi);
    struct tmem_pool *pool = &s->pool[p->pool];
    struct tmem_client *owner = &s->client[pool->owner];
    uint32_t oi = p->obj;
    int64_t rc;
    enum ht_reason_id why;
    if (owner->live_migrating) {
        rc = -HT_ENOSPC;
        why = HT_R_TMEM_DUP_MIGRATING;
    } else {
        /* copy_uncompressed: pgp_free_data, then a fresh frame (the one just freed, from
         * A, unless a persistent owner is over max_pages). */
        tmem_page_free(m, p->pool, p->frame);
        j32(m, &p->frame, tmem_page_alloc(m, p->pool));
        if (p->frame == HT_MFN_INVALID) {
            rc = -HT_ENOSPC;
            why = HT_R_TMEM_DUP_NO_FRAME;
        } else {
            uint32_t data = m->frame[p->frame].content;
            rc = copy_in(m, src, tmem_offset, pfn_offset, len, &data);
            why = m->last.reason;
            if (rc == 1) {
                set_data(m, pi, data);
                if (pool->shared)
                    j16(m, &tmem_obj(m, oi)->last_client, m->dom_pub[pool->owner].domid);
                if (pool->persistent)
                    j64(m, &owner->succ_pers_puts, owner->succ_pers_puts + 1);
                return ht_ok(m, 1, why == HT_R_TMEM_RANGE_IGNORED ? why : HT_R_TMEM_PUT_DUP);
            }
            j64(m, &s->failed_copies, s->failed_copies + 1);
        }
    }
    tmem_page_unlink(m, pi);
    tmem_page_delete(m, pi);
    if (tmem_obj(m, oi)->npages == 0)
        tmem_obj_free(m, oi);
    m->last.reason = why;
    return rc;
}

/* do_tmem_put (tmem.c). */
int64_t tmem_put(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index,
                 const struct tmem_src *src, uint32_t tmem_offset, uint32_t pfn_offset,
                 uint32_t len)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_pool *p = &s->pool[pool];
    struct tmem_client *owner = &s->client[p->owner];
    uint32_t oi = tmem_obj_find(m, pool, oid), pi;
    if (oi && (pi = tmem_page_find(m, oi, index)) != TMEM_NONE) {
        s->now.put_obj = oi;
        return dup_put(m, pi, src, tmem_offset, pfn_offset, len);
    }
    /* "no puts allowed into a frozen pool (except dup puts)": the owner's flag. */
    if (owner->frozen)
        FAIL(EFROZEN, TMEM_FROZEN);
    bool new_obj = oi == TMEM_NONE;
    if (new_obj && (oi = tmem_obj_new(m, pool, oid)) == TMEM_NONE)
        FAIL(ENOMEM, TMEM_NO_METADATA);
    s->now.put_obj = oi;
    pi = tmem_page_new(m, oi, index);
    int64_t rc = 1;
    if (pi == TMEM_NONE) {
        if (new_obj)
            tmem_obj_free(m, oi);
        FAIL(ENOMEM, TMEM_NO_METADATA);
    }
    if (len != 0 && owner->compress) {
        /* do_tmem_put_compress reads the whole source page first; a token does not
         * compress, so the page is stored as it is ("compress_poor"). */
        uint32_t mfn;
        if (!src->from_buffer && !caller_page(m, src->cmfn, &mfn)) {
            rc = -HT_EFAULT;
            j64(m, &s->failed_copies, s->failed_copies + 1);
            goto delete;
        }
        j64(m, &owner->compress_poor, owner->compress_poor + 1);
    }
    uint32_t frame = tmem_page_alloc(m, pool);
    if (frame == HT_MFN_INVALID) {
        rc = -HT_ENOMEM;
        goto delete;
    }
    j32(m, &tmem_pg(m, pi)->frame, frame);
    uint32_t data = m->frame[frame].content;
    rc = copy_in(m, src, tmem_offset, pfn_offset, len, &data);
    if (rc != 1) {
        j64(m, &s->failed_copies, s->failed_copies + 1);
        goto delete;
    }
    set_data(m, pi, data);
    if (p->persistent)
        tmem_pers_append(m, pi);
    else
        tmem_lru_append(m, pi);
    /* obj->last_client = client->cli_id: the pool owner's id, whoever puts. */
    if (p->shared)
        j16(m, &tmem_obj(m, oi)->last_client, m->dom_pub[p->owner].domid);
    if (p->persistent)
        j64(m, &owner->succ_pers_puts, owner->succ_pers_puts + 1);
    return ht_ok(m, 1, m->last.reason == HT_R_TMEM_RANGE_IGNORED ? m->last.reason : HT_R_NONE);

delete:;
    enum ht_reason_id why = m->last.reason;
    tmem_page_unlink(m, pi);
    tmem_page_delete(m, pi);
    if (new_obj)
        tmem_obj_free(m, oi);
    m->last.reason = why;
    return rc;
}

/* do_tmem_get (tmem.c).  A private ephemeral pool hands its page over: unlinked before
 * the copy, deleted after it. */
int64_t tmem_get(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index,
                 uint64_t cmfn, uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len,
                 uint32_t *to_buffer)
{
    struct tmem_state *s = tmem_state(m);
    struct tmem_pool *p = &s->pool[pool];
    struct tmem_client *owner = &s->client[p->owner];
    if (p->npages == 0)
        FAIL(EEMPTY, TMEM_EMPTY);
    uint32_t oi = tmem_obj_find(m, pool, oid);
    if (oi == TMEM_NONE)
        OK(0, TMEM_MISS);
    bool handed_over = !p->shared && !p->persistent;
    uint32_t pi = tmem_page_find(m, oi, index);
    if (pi == TMEM_NONE)
        OK(0, TMEM_MISS);
    if (handed_over)
        tmem_page_unlink(m, pi);
    int64_t rc = copy_out(m, tmem_pg(m, pi)->data, cmfn, tmem_offset, pfn_offset, len,
                          to_buffer);
    if (rc != 1) {
        /* bad_copy: 4.2.0 returns with the object still locked (planted bug
         * tmem_get_bad_copy_lock); every version leaves a handed-over page unlinked but
         * counted (planted bug tmem_get_bad_copy_orphan), where the engine drops it. */
        enum ht_reason_id why = m->last.reason;
        j64(m, &s->failed_copies, s->failed_copies + 1);
        if (ht_bug(m, HT_BUG_TMEM_GET_BAD_COPY_LOCK))
            j8(m, &tmem_obj(m, oi)->locked, 1);
        if (handed_over && ht_bug(m, HT_BUG_TMEM_GET_BAD_COPY_ORPHAN)) {
            j8(m, &tmem_pg(m, pi)->kind, TMEM_PAGE_ORPHAN);
        } else if (handed_over) {
            tmem_page_delete(m, pi);
            if (tmem_obj(m, oi)->npages == 0)
                tmem_obj_free(m, oi);
        }
        m->last.reason = why;
        return rc;
    }
    enum ht_reason_id why = m->last.reason == HT_R_TMEM_RANGE_IGNORED ? m->last.reason
                                                                      : HT_R_NONE;
    if (handed_over) {
        tmem_page_delete(m, pi);
        if (tmem_obj(m, oi)->npages == 0)
            tmem_obj_free(m, oi);
        if (why == HT_R_NONE)
            why = HT_R_TMEM_GET_DESTRUCTIVE;
    } else if (!p->persistent) {
        tmem_lru_touch(m, pi);
        j16(m, &tmem_obj(m, oi)->last_client, m->caller.domid);
    }
    if (p->persistent)
        j64(m, &owner->succ_pers_gets, owner->succ_pers_gets + 1);
    else
        j64(m, &owner->succ_eph_gets, owner->succ_eph_gets + 1);
    return ht_ok(m, 1, why);
}

/* do_tmem_flush_page (tmem.c): -EFROZEN is tested after the flush. */
int64_t tmem_flush_page(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index)
{
    struct tmem_state *s = tmem_state(m);
    uint32_t oi = tmem_obj_find(m, pool, oid);
    if (oi) {
        uint32_t pi = tmem_page_find(m, oi, index);
        if (pi) {
            tmem_page_unlink(m, pi);
            tmem_page_delete(m, pi);
            if (tmem_obj(m, oi)->npages == 0)
                tmem_obj_free(m, oi);
        }
    }
    if (s->client[s->pool[pool].owner].frozen)
        FAIL(EFROZEN, TMEM_FROZEN);
    OK(1, NONE);
}

/* ---- do_tmem_op ----------------------------------------------------------------------- */

/* After tmem_initialized: the caller's client, made on first use by every op but
 * CONTROL, AUTH and RESTORE_NEW (under the write lock), then for every op but NEW_POOL
 * and DESTROY_POOL the pool check ((u32)pool_id < 16 and the slot in use). */
static int64_t prologue(ht_machine *m, bool pool_op, uint32_t pool_id, uint32_t *pool)
{
    struct tmem_state *s = tmem_state(m);
    uint8_t slot = m->caller.slot;
    if (!s->client[slot].present) {
        s->now.write_locked = true;
        if (!tmem_client_create(m, slot))
            FAIL(ENOMEM, TMEM_NO_CLIENT);
    }
    if (!pool_op) {
        s->now.write_locked = true;
        return 0;
    }
    if (pool_id >= TMEM_POOLS || s->client[slot].pool[pool_id] == TMEM_NONE)
        FAIL(ENODEV, TMEM_NO_POOL);
    *pool = s->client[slot].pool[pool_id];
    return 0;
}

/* Runs one guest op: the gate, the counters around it, the prologue, then the op. */
#define GUEST_OP(pool_op, pool_id, body)                                   \
    do {                                                                   \
        int64_t rc_ = tmem_gate(m);                                        \
        if (rc_)                                                           \
            return rc_;                                                    \
        tmem_call_begin(m, false);                                         \
        uint32_t pool = TMEM_NONE;                                         \
        rc_ = prologue(m, (pool_op), (pool_id), &pool);                    \
        if (rc_)                                                           \
            return tmem_result(m, rc_);                                    \
        (void)pool;                                                        \
        return tmem_result(m, (body));                                     \
    } while (0)

/* tmem_new_pool(uuid, flags) -> pool_id */
int64_t ht_h_tmem_new_pool(ht_machine *m, ht_list uuid, uint32_t flags, uint64_t *pool_id)
{
    uint64_t u[2] = {0, 0};
    ht_list_get(&uuid, 0, 0, &u[0]);
    ht_list_get(&uuid, 1, 0, &u[1]);
    int64_t rc = tmem_gate(m);
    if (rc)
        return rc;
    tmem_call_begin(m, false);
    uint32_t unused;
    rc = prologue(m, false, 0, &unused);
    if (rc == 0)
        rc = tmem_new_pool(m, TMEM_CLI_NULL, 0, flags, u);
    if (rc >= 0)
        *pool_id = (uint64_t)rc;
    return tmem_result(m, rc);
}

/* do_tmem_destroy_pool (tmem.c): no pool check; 4.2.1 returns 0 for an id of 16 or more,
 * 4.2.0 indexes the slots with it (planted bug tmem_destroy_pool_unchecked). */
static int64_t destroy_pool(ht_machine *m, uint32_t pool_id)
{
    struct tmem_state *s = tmem_state(m);
    uint8_t slot = m->caller.slot;
    struct tmem_client *c = &s->client[slot];
    if (pool_id >= TMEM_POOLS) {
        if (ht_bug(m, HT_BUG_TMEM_DESTROY_POOL_UNCHECKED))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->caller.domid, pool_id, HT_NONE64,
                             TMEM_POOLS - 1, pool_id);
        OK(0, TMEM_DESTROY_NO_POOL);
    }
    uint32_t pool = c->pool[pool_id];
    if (pool == TMEM_NONE)
        OK(0, TMEM_DESTROY_NO_POOL);
    j32(m, &c->pool[pool_id], TMEM_NONE);
    tmem_pool_flush(m, pool, slot);
    if (s->pool[pool].live && s->pool[pool].leaked)
        OK(1, TMEM_DESTROY_LEAKED);
    OK(1, NONE);
}

/* tmem_destroy_pool(pool_id) */
int64_t ht_h_tmem_destroy_pool(ht_machine *m, uint32_t pool_id)
{
    GUEST_OP(false, 0, destroy_pool(m, pool_id));
}

static int64_t put_page(ht_machine *m, uint32_t pool, const ht_list *oid, uint32_t index,
                        uint64_t cmfn, uint32_t len)
{
    uint64_t o[3];
    tmem_read_oid(oid, o);
    struct tmem_src src = {false, cmfn, 0};
    tmem_ensure_avail_pages(m);
    return tmem_put(m, pool, o, index, &src, 0, 0, len);
}

/* tmem_new_page(pool_id, oid, index): tmem_ensure_avail_pages, then a put of nothing. */
int64_t ht_h_tmem_new_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index)
{
    GUEST_OP(true, pool_id, put_page(m, pool, &oid, index, 0, 0));
}

/* tmem_put_page(pool_id, oid, index, cmfn) */
int64_t ht_h_tmem_put_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                           uint64_t cmfn)
{
    GUEST_OP(true, pool_id, put_page(m, pool, &oid, index, cmfn, TMEM_PAGE));
}

static int64_t get_page(ht_machine *m, uint32_t pool, const ht_list *oid, uint32_t index,
                        uint64_t cmfn, uint32_t tmem_offset, uint32_t pfn_offset,
                        uint32_t len)
{
    uint64_t o[3];
    tmem_read_oid(oid, o);
    return tmem_get(m, pool, o, index, cmfn, tmem_offset, pfn_offset, len, NULL);
}

/* tmem_get_page(pool_id, oid, index, cmfn) */
int64_t ht_h_tmem_get_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                           uint64_t cmfn)
{
    GUEST_OP(true, pool_id, get_page(m, pool, &oid, index, cmfn, 0, 0, TMEM_PAGE));
}

static int64_t flush_page(ht_machine *m, uint32_t pool, const ht_list *oid, uint32_t index)
{
    uint64_t o[3];
    tmem_read_oid(oid, o);
    return tmem_flush_page(m, pool, o, index);
}

/* tmem_flush_page(pool_id, oid, index) */
int64_t ht_h_tmem_flush_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index)
{
    GUEST_OP(true, pool_id, flush_page(m, pool, &oid, index));
}

/* do_tmem_flush_object (tmem.c): -EFROZEN is tested after the flush. */
static int64_t flush_object(ht_machine *m, uint32_t pool, const ht_list *oid)
{
    struct tmem_state *s = tmem_state(m);
    uint64_t o[3];
    tmem_read_oid(oid, o);
    uint32_t oi = tmem_obj_find(m, pool, o);
    if (oi)
        tmem_obj_destroy(m, oi);
    if (s->client[s->pool[pool].owner].frozen)
        FAIL(EFROZEN, TMEM_FROZEN);
    OK(1, NONE);
}

/* tmem_flush_object(pool_id, oid) */
int64_t ht_h_tmem_flush_object(ht_machine *m, uint32_t pool_id, ht_list oid)
{
    GUEST_OP(true, pool_id, flush_object(m, pool, &oid));
}

/* tmem_read(pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn) */
int64_t ht_h_tmem_read(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                       uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len, uint64_t cmfn)
{
    GUEST_OP(true, pool_id, get_page(m, pool, &oid, index, cmfn, tmem_offset, pfn_offset, len));
}

static int64_t write_op(ht_machine *m, uint32_t pool, const ht_list *oid, uint32_t index,
                     uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len, uint64_t cmfn)
{
    uint64_t o[3];
    tmem_read_oid(oid, o);
    struct tmem_src src = {false, cmfn, 0};
    /* TMEM_WRITE does not call tmem_ensure_avail_pages. */
    return tmem_put(m, pool, o, index, &src, tmem_offset, pfn_offset, len);
}

/* tmem_write(pool_id, oid, index, tmem_offset, pfn_offset, len, cmfn) */
int64_t ht_h_tmem_write(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                        uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len, uint64_t cmfn)
{
    GUEST_OP(true, pool_id, write_op(m, pool, &oid, index, tmem_offset, pfn_offset, len, cmfn));
}

static int64_t zero(ht_machine *m, enum ht_reason_id why)
{
    return ht_ok(m, 0, why);
}

/* tmem_xchg(pool_id, oid, index, cmfn): "tmem_xchg op not implemented yet", 0. */
int64_t ht_h_tmem_xchg(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                       uint64_t cmfn)
{
    (void)oid;
    (void)index;
    (void)cmfn;
    GUEST_OP(true, pool_id, zero(m, HT_R_TMEM_XCHG));
}

static bool defined_command(uint32_t cmd)
{
    return cmd <= 10 || cmd == 101 || cmd == 102;
}

/* tmem_op_other(cmd, pool_id): "op %d not implemented", 0, after the pool check.  The
 * defined commands are calls of their own: the engine refuses them here. */
int64_t ht_h_tmem_op_other(ht_machine *m, uint32_t cmd, uint32_t pool_id)
{
    if (tmem_enabled(m) && defined_command(cmd))
        return ht_refuse_value(m, 0, HT_R_TMEM_CMD_HAS_CALL);
    GUEST_OP(true, pool_id, zero(m, HT_R_TMEM_UNKNOWN_CMD));
}
