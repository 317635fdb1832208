/*
 * do_tmem_control's sub-ops (xc_tmem_control), TMEM_AUTH (xc_tmem_auth) and TMEM_RESTORE_NEW
 * (xc_tmem_restore_new_pool): xen/common/tmem.c at RELEASE-4.2.0, doc following
 * RELEASE-4.2.1 (XSA-15) where 4.2.0 has no check.
 *
 * Each op runs under tmem_rwlock held for writing and makes no client for its caller.  A
 * "-1" result of Xen's is -EPERM.
 */
#include "tmem.h"

/* XSA-15 (998f42b36c, RELEASE-4.2.1): "if (!tmh_current_is_privileged()) return -EPERM"
 * at the top of do_tmem_control.  4.2.0 has the test commented out ("don't fail...
 * mystery"), so any domain may control every client.  The one place the profiles differ
 * on privilege. */
static bool control_refused(const ht_machine *m)
{
    return ht_doc(m) && !caller_is_priv(m);
}

/* The gate and the privilege test every sub-op starts with; 0 to go on. */
static int64_t control_gate(ht_machine *m)
{
    int64_t rc = tmem_gate(m);
    if (rc)
        return rc;
    tmem_call_begin(m, true);
    if (control_refused(m))
        return tmem_result(m, ht_fail(m, HT_EPERM, HT_R_TMEM_NOT_PRIVILEGED));
    return 0;
}

/* A sub-op that reaches its own code: the gate passed and tmem_result follows. */
#define CONTROL(body)                                                      \
    do {                                                                   \
        int64_t rc_ = control_gate(m);                                     \
        if (rc_)                                                           \
            return rc_;                                                    \
        return tmem_result(m, (body));                                     \
    } while (0)

/* Whether a sub-op would run its own code (the gate and the privilege test pass), for
 * the refusals that must change nothing. */
static bool control_runs(const ht_machine *m)
{
    return tmem_enabled(m) && !control_refused(m);
}

static struct tmem_client *client_of(ht_machine *m, uint32_t cli_id)
{
    return tmem_client_of(m, cli_id, NULL);
}

/* ---- freeze, thaw, destroy -------------------------------------------------------------- */

/* tmemc_freeze_pools (tmem.c): TMEMC_DESTROY is a thaw ("destroyed" is only the word the
 * log line uses). */
static int64_t freeze_pools(ht_machine *m, uint32_t cli_id, bool freeze)
{
    struct tmem_state *s = tmem_state(m);
    if ((uint16_t)cli_id == TMEM_CLI_NULL) {
        for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
            if (s->client[slot].present)
                j8(m, &s->client[slot].frozen, freeze);
        OK(0, NONE);
    }
    struct tmem_client *c = client_of(m, cli_id);
    if (!c)
        FAIL(EPERM, TMEM_CTL_NO_CLIENT);
    j8(m, &c->frozen, freeze);
    OK(0, NONE);
}

/* tmem_control_thaw(cli_id) */
int64_t ht_h_tmem_control_thaw(ht_machine *m, uint32_t cli_id)
{
    CONTROL(freeze_pools(m, cli_id, false));
}

/* tmem_control_freeze(cli_id) */
int64_t ht_h_tmem_control_freeze(ht_machine *m, uint32_t cli_id)
{
    CONTROL(freeze_pools(m, cli_id, true));
}

/* tmem_control_destroy(cli_id) */
int64_t ht_h_tmem_control_destroy(ht_machine *m, uint32_t cli_id)
{
    CONTROL(freeze_pools(m, cli_id, false));
}

/* tmemc_flush_mem (tmem.c): every client only; kb rounds up to pages in 32 bits. */
static int64_t flush_mem(ht_machine *m, uint32_t cli_id, uint32_t kb)
{
    if ((uint16_t)cli_id != TMEM_CLI_NULL)
        FAIL(EPERM, TMEM_CTL_NOT_ALL);
    uint32_t npages = (kb + 3u) >> 2;
    uint32_t flushed_pages = (uint32_t)tmem_relinquish_npages(m, npages);
    uint32_t flushed_kb = flushed_pages << 2;
    OK((int32_t)flushed_kb, NONE);
}

/* tmem_control_flush(cli_id, kb) */
int64_t ht_h_tmem_control_flush(ht_machine *m, uint32_t cli_id, uint32_t kb)
{
    CONTROL(flush_mem(m, cli_id, kb));
}

/* tmem_control_list(cli_id, len, use_long, buf).  The long report needs statistics the
 * engine does not keep (radix-tree nodes among them): refused, where it would be written. */
int64_t ht_h_tmem_control_list(ht_machine *m, uint32_t cli_id, uint32_t len, uint32_t use_long,
                               ht_list buf)
{
    if (use_long && control_runs(m) &&
        ((uint16_t)cli_id == TMEM_CLI_NULL || client_of(m, cli_id)))
        return ht_refuse_value(m, 2, HT_R_TMEM_LONG_LIST);
    CONTROL(tmem_list(m, cli_id, &buf, len));
}

/* ---- set_weight, set_cap, set_compress, query_freeable_mb -------------------------------- */

enum set_var { SET_WEIGHT, SET_CAP, SET_COMPRESS };

/* tmemc_set_var_one (tmem.c): client_weight_total, an atomic_t, follows the weights (and
 * keeps a destroyed client's).  Compression cannot change on __i386__ (-1, ignored). */
static void set_var_one(ht_machine *m, struct tmem_client *c, enum set_var var, uint32_t v)
{
    struct tmem_state *s = tmem_state(m);
    switch (var) {
    case SET_WEIGHT:
        j32(m, &s->weight_total, s->weight_total - c->weight + v);
        j32(m, &c->weight, v);
        break;
    case SET_CAP:
        j32(m, &c->cap, v);
        break;
    case SET_COMPRESS:
        if (!tmem_x86_32(m))
            j8(m, &c->compress, v != 0);
        break;
    }
}

/* tmemc_set_var (tmem.c): tmemc_set_var_one's result is ignored either way: 0. */
static int64_t set_var(ht_machine *m, uint32_t cli_id, enum set_var var, uint32_t v)
{
    struct tmem_state *s = tmem_state(m);
    if ((uint16_t)cli_id == TMEM_CLI_NULL) {
        for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
            if (s->client[slot].present)
                set_var_one(m, &s->client[slot], var, v);
        OK(0, NONE);
    }
    struct tmem_client *c = client_of(m, cli_id);
    if (!c)
        FAIL(EPERM, TMEM_CTL_NO_CLIENT);
    set_var_one(m, c, var, v);
    OK(0, NONE);
}

/* tmem_control_set_weight(cli_id, weight) */
int64_t ht_h_tmem_control_set_weight(ht_machine *m, uint32_t cli_id, uint32_t weight)
{
    CONTROL(set_var(m, cli_id, SET_WEIGHT, weight));
}

/* tmem_control_set_cap(cli_id, cap) */
int64_t ht_h_tmem_control_set_cap(ht_machine *m, uint32_t cli_id, uint32_t cap)
{
    CONTROL(set_var(m, cli_id, SET_CAP, cap));
}

/* tmem_control_set_compress(cli_id, compress) */
int64_t ht_h_tmem_control_set_compress(ht_machine *m, uint32_t cli_id, uint32_t compress)
{
    CONTROL(set_var(m, cli_id, SET_COMPRESS, compress));
}

static int64_t freeable_mb(ht_machine *m)
{
    const struct tmem_state *s = tmem_state(m);
    OK(((int64_t)s->avail + s->freeable) >> 8, NONE);  /* tmh_freeable_pages() >> 8 */
}

/* tmem_control_query_freeable_mb() */
int64_t ht_h_tmem_control_query_freeable_mb(ht_machine *m)
{
    CONTROL(freeable_mb(m));
}

/* ---- save and restore (tmemc_save_subop and friends) -------------------------------------- */

/* TMEMC_SAVE_BEGIN: freeze the client, remembering whether it was; live sets
 * live_migrating (and nothing but SAVE_END clears it). */
static int64_t save_begin(ht_machine *m, uint32_t cli_id, uint32_t live)
{
    struct tmem_client *c = client_of(m, cli_id);
    if (!c)
        OK(0, TMEM_SAVE_NOTHING);
    uint8_t p = 0;
    while (p < TMEM_POOLS && c->pool[p] == TMEM_NONE)
        p++;
    if (p == TMEM_POOLS)
        OK(0, TMEM_SAVE_NOTHING);
    j8(m, &c->was_frozen, c->frozen);
    j8(m, &c->frozen, 1);
    if (live)
        j8(m, &c->live_migrating, 1);
    OK(1, NONE);
}

/* tmem_control_save_begin(cli_id, live) */
int64_t ht_h_tmem_control_save_begin(ht_machine *m, uint32_t cli_id, uint32_t live)
{
    CONTROL(save_begin(m, cli_id, live));
}

static int64_t constant(ht_machine *m, int64_t value)
{
    return ht_ok(m, value, HT_R_NONE);
}

/* tmem_control_save_get_version() */
int64_t ht_h_tmem_control_save_get_version(ht_machine *m)
{
    CONTROL(constant(m, TMEM_SPEC_VERSION));
}

/* tmem_control_save_get_maxpools() */
int64_t ht_h_tmem_control_save_get_maxpools(ht_machine *m)
{
    CONTROL(constant(m, TMEM_POOLS));
}

/* 4.2.0 reads the client's fields without looking for a client (planted bug
 * tmem_save_null_client); 4.2.1 (c15cdd31b5) breaks out with -1. */
static struct tmem_client *saved_client(ht_machine *m, uint32_t cli_id)
{
    struct tmem_client *c = client_of(m, cli_id);
    if (!c) {
        if (ht_bug(m, HT_BUG_TMEM_SAVE_NULL_CLIENT))
            report_violation(m, HT_INV_MEMORY_SAFETY, (uint16_t)cli_id, HT_NONE64, HT_NONE64,
                             1, 0);
        m->last.reason = HT_R_TMEM_CTL_NO_CLIENT;
    }
    return c;
}

/* "client->weight == -1 ? -2 : client->weight" in an int: 0xffffffff and 0xfffffffe come
 * back as -2; the other values of 2^31 and up as other negative numbers, which libxc
 * reads as errors or as plain negative results: the engine does not run those reads. */
static bool negative_readback(uint32_t v)
{
    return v >= 0x80000000u && v < 0xfffffffeu;
}

static int64_t read_back(ht_machine *m, uint32_t v)
{
    if (v >= 0xfffffffeu)
        FAIL(ENOENT, TMEM_CTL_SENTINEL);
    OK(v, NONE);
}

static int64_t client_value(ht_machine *m, uint32_t cli_id, bool cap)
{
    struct tmem_client *c = saved_client(m, cli_id);
    if (!c)
        return ht_fail(m, HT_EPERM, HT_R_TMEM_CTL_NO_CLIENT);
    return read_back(m, cap ? c->cap : c->weight);
}

static int64_t refused_readback(ht_machine *m, uint32_t cli_id, bool cap)
{
    const struct tmem_client *c = control_runs(m) ? client_of(m, cli_id) : NULL;
    if (c && negative_readback(cap ? c->cap : c->weight))
        return ht_refuse_value(m, 0, HT_R_TMEM_NEGATIVE_READBACK);
    return 0;
}

/* tmem_control_save_get_client_weight(cli_id) */
int64_t ht_h_tmem_control_save_get_client_weight(ht_machine *m, uint32_t cli_id)
{
    int64_t refused = refused_readback(m, cli_id, false);
    if (refused)
        return refused;
    CONTROL(client_value(m, cli_id, false));
}

/* tmem_control_save_get_client_cap(cli_id) */
int64_t ht_h_tmem_control_save_get_client_cap(ht_machine *m, uint32_t cli_id)
{
    int64_t refused = refused_readback(m, cli_id, true);
    if (refused)
        return refused;
    CONTROL(client_value(m, cli_id, true));
}

/* TMEMC_SAVE_GET_CLIENT_FLAGS: was_frozen, not frozen. */
static int64_t client_flags(ht_machine *m, uint32_t cli_id)
{
    struct tmem_client *c = saved_client(m, cli_id);
    if (!c)
        return ht_fail(m, HT_EPERM, HT_R_TMEM_CTL_NO_CLIENT);
    OK((c->compress ? 1 : 0) | (c->was_frozen ? 2 : 0), NONE);
}

/* tmem_control_save_get_client_flags(cli_id) */
int64_t ht_h_tmem_control_save_get_client_flags(ht_machine *m, uint32_t cli_id)
{
    CONTROL(client_flags(m, cli_id));
}

/* tmemc_save_subop's pool: none without a client, for an id of 16 or more, or an empty
 * slot. */
static uint32_t saved_pool(ht_machine *m, uint32_t cli_id, uint32_t pool_id, uint8_t *slot)
{
    const struct tmem_client *c = tmem_client_of(m, cli_id, slot);
    if (!c || pool_id >= TMEM_POOLS)
        return TMEM_NONE;
    return c->pool[pool_id];
}

/* TMEMC_SAVE_GET_POOL_FLAGS: 4.2.0 leaves out the spec version, which 4.2.1 (df1d5936f1)
 * adds so that its own RESTORE_NEW accepts the flags back. */
static int64_t pool_flags(ht_machine *m, uint32_t cli_id, uint32_t pool_id)
{
    uint32_t pool = saved_pool(m, cli_id, pool_id, NULL);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    const struct tmem_pool *p = &tmem_state(m)->pool[pool];
    int64_t flags = (p->persistent ? 1 : 0) | (p->shared ? 2 : 0);
    if (ht_doc(m))
        flags |= (int64_t)TMEM_SPEC_VERSION << 24;
    OK(flags, NONE);
}

/* tmem_control_save_get_pool_flags(cli_id, pool_id) */
int64_t ht_h_tmem_control_save_get_pool_flags(ht_machine *m, uint32_t cli_id, uint32_t pool_id)
{
    CONTROL(pool_flags(m, cli_id, pool_id));
}

static int64_t pool_npages(ht_machine *m, uint32_t cli_id, uint32_t pool_id)
{
    uint32_t pool = saved_pool(m, cli_id, pool_id, NULL);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    OK(tmem_state(m)->pool[pool].npages, NONE);
}

/* tmem_control_save_get_pool_npages(cli_id, pool_id) */
int64_t ht_h_tmem_control_save_get_pool_npages(ht_machine *m, uint32_t cli_id,
                                               uint32_t pool_id)
{
    CONTROL(pool_npages(m, cli_id, pool_id));
}

/* TMEMC_SAVE_END: live migration ends, the invalidated list goes, the client is frozen as
 * it was before SAVE_BEGIN. */
static void save_end_of(ht_machine *m, uint8_t slot)
{
    struct tmem_client *c = &tmem_state(m)->client[slot];
    j8(m, &c->live_migrating, 0);
    tmem_inv_free(m, slot);
    j8(m, &c->frozen, c->was_frozen);
}

/* TMEMC_SAVE_GET_POOL_UUID: the uuid into the buffer (4.2.1: copy_to_guest, its result
 * ignored).  4.2.0 lost the "break" in a 2010 cleanup (restored by 474260a434), so it runs
 * on into SAVE_END's code. */
static int64_t pool_uuid(ht_machine *m, uint32_t cli_id, uint32_t pool_id, ht_list *uuid)
{
    uint8_t slot;
    uint32_t pool = saved_pool(m, cli_id, pool_id, &slot);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    const struct tmem_pool *p = &tmem_state(m)->pool[pool];
    ht_list_put(uuid, 0, 0, p->uuid[0]);
    ht_list_put(uuid, 1, 0, p->uuid[1]);
    if (ht_doc(m))
        OK(0, NONE);
    save_end_of(m, slot);
    OK(0, TMEM_CTL_UUID_FALLTHROUGH);
}

/* tmem_control_save_get_pool_uuid(cli_id, pool_id, uuid) */
int64_t ht_h_tmem_control_save_get_pool_uuid(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             ht_list uuid)
{
    CONTROL(pool_uuid(m, cli_id, pool_id, &uuid));
}

/* 4.2.0's save_get_next_page, restore_put_page and restore_flush_page take the pool id as
 * an int, so one of 2^31 or more passes the "pool_id >= MAX_POOLS_PER_DOMAIN" test and
 * indexes before the slots (planted bug tmem_pool_id_signed; 2bdde48224 made it a u32). */
static uint32_t signed_pool(ht_machine *m, uint32_t cli_id, uint32_t pool_id, uint8_t *slot)
{
    if ((int32_t)pool_id < 0 && ht_bug(m, HT_BUG_TMEM_POOL_ID_SIGNED) &&
        tmem_client_of(m, cli_id, NULL))
        report_violation(m, HT_INV_MEMORY_SAFETY, (uint16_t)cli_id, pool_id, HT_NONE64, 0,
                         (int32_t)pool_id);
    return saved_pool(m, cli_id, pool_id, slot);
}

/* tmemc_save_get_next_page (tmem.c): the save cursor starts at the first page and steps
 * before it copies, so the first page is never returned (every version).  With one page
 * the step reads the list head as a page (every version); the engine says -1 there, as
 * at the end of the list. */
static int64_t next_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id, uint32_t bufsize,
                         uint64_t *out)
{
    struct tmem_state *s = tmem_state(m);
    uint32_t pool = signed_pool(m, cli_id, pool_id, NULL);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    struct tmem_pool *p = &s->pool[pool];
    if (!p->persistent)
        FAIL(EPERM, TMEM_CTL_EPHEMERAL);
    if (bufsize < TMEM_PAGE + TMEM_HANDLE_BYTES)
        FAIL(ENOMEM, TMEM_CTL_SMALL_BUFFER);
    if (p->pers_head == TMEM_NONE)
        FAIL(EPERM, TMEM_CTL_END_OF_PAGES);
    if (p->cur & TMEM_CUR_FREED) {
        /* "list_is_last(&pool->cur_pgp->us.pool_pers_pages, ...)" on the page pgp_free freed
         * (planted tmem_save_cursor_dangling): the read is reported instead of made, and
         * the stream starts over. */
        report_violation(m, HT_INV_MEMORY_SAFETY, (uint16_t)cli_id, pool_id, HT_NONE64, 0,
                         p->cur & ~TMEM_CUR_FREED);
        j32(m, &p->cur, TMEM_NONE);
    }
    if (p->cur == TMEM_NONE)
        j32(m, &p->cur, p->pers_head);
    else if (tmem_pg(m, p->cur)->cnext == TMEM_NONE)
        FAIL(EPERM, TMEM_CTL_END_OF_PAGES);
    uint32_t pi = tmem_pg(m, p->cur)->cnext;
    if (pi == TMEM_NONE)
        FAIL(EPERM, TMEM_CTL_END_OF_PAGES);
    j32(m, &p->cur, pi);
    const struct tmem_page *pg = tmem_pg(m, pi);
    const struct tmem_obj *o = tmem_obj(m, pg->obj);
    uint64_t oid[3] = {o->oid[0], o->oid[1], o->oid[2]};
    uint32_t index = pg->index, data = 0;
    int64_t rc = tmem_get(m, pool, oid, index, 0, 0, 0, TMEM_PAGE, &data);
    if (rc < 0)
        return rc;
    out[0] = ht_doc(m) ? pool_id : 0;  /* 4.2.0 never writes h->pool_id */
    out[1] = oid[0];
    out[2] = oid[1];
    out[3] = oid[2];
    out[4] = index;
    out[5] = data;
    return rc;
}

/* tmem_control_save_get_next_page(cli_id, pool_id, bufsize) -> handle and data */
int64_t ht_h_tmem_control_save_get_next_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             uint32_t bufsize, uint64_t *page_pool_id,
                                             uint64_t *oid0, uint64_t *oid1, uint64_t *oid2,
                                             uint64_t *page_index, uint64_t *data)
{
    uint64_t out[6] = {0};
    int64_t rc = control_gate(m);
    if (rc)
        return rc;
    rc = tmem_result(m, next_page(m, cli_id, pool_id, bufsize, out));
    *page_pool_id = out[0];
    *oid0 = out[1];
    *oid1 = out[2];
    *oid2 = out[3];
    *page_index = out[4];
    *data = out[5];
    return rc;
}

/* tmemc_save_get_next_inv (tmem.c): the invalidated list from its start; past the last
 * entry the cursor resets and the answer is 0. */
static int64_t next_inv(ht_machine *m, uint32_t cli_id, uint32_t bufsize, uint64_t *out)
{
    struct tmem_client *c = client_of(m, cli_id);
    if (!c || bufsize < TMEM_HANDLE_BYTES || c->inv_head == TMEM_NONE)
        OK(0, NONE);
    uint32_t pi;
    if (c->inv_cur == TMEM_NONE) {
        pi = c->inv_head;
    } else if (tmem_pg(m, c->inv_cur)->gnext == TMEM_NONE) {
        j32(m, &c->inv_cur, TMEM_NONE);
        OK(0, NONE);
    } else {
        pi = tmem_pg(m, c->inv_cur)->gnext;
    }
    j32(m, &c->inv_cur, pi);
    const struct tmem_page *pg = tmem_pg(m, pi);
    out[0] = pg->inv_pool;
    out[1] = pg->inv_oid[0];
    out[2] = pg->inv_oid[1];
    out[3] = pg->inv_oid[2];
    out[4] = pg->index;
    OK(1, NONE);
}

/* tmem_control_save_get_next_inv(cli_id, bufsize) -> handle */
int64_t ht_h_tmem_control_save_get_next_inv(ht_machine *m, uint32_t cli_id, uint32_t bufsize,
                                            uint64_t *page_pool_id, uint64_t *oid0,
                                            uint64_t *oid1, uint64_t *oid2,
                                            uint64_t *page_index)
{
    uint64_t out[5] = {0};
    int64_t rc = control_gate(m);
    if (rc)
        return rc;
    rc = tmem_result(m, next_inv(m, cli_id, bufsize, out));
    *page_pool_id = out[0];
    *oid0 = out[1];
    *oid1 = out[2];
    *oid2 = out[3];
    *page_index = out[4];
    return rc;
}

static int64_t save_end(ht_machine *m, uint32_t cli_id)
{
    uint8_t slot;
    if (!saved_client(m, cli_id))
        return ht_fail(m, HT_EPERM, HT_R_TMEM_CTL_NO_CLIENT);
    tmem_client_of(m, cli_id, &slot);
    save_end_of(m, slot);
    OK(0, NONE);
}

/* tmem_control_save_end(cli_id) */
int64_t ht_h_tmem_control_save_end(ht_machine *m, uint32_t cli_id)
{
    CONTROL(save_end(m, cli_id));
}

/* TMEMC_RESTORE_BEGIN: a client for another domain (client_create). */
static int64_t restore_begin(ht_machine *m, uint32_t cli_id)
{
    uint8_t slot;
    if (tmem_client_of(m, cli_id, &slot) || slot == HT_NO_SLOT ||
        !tmem_client_create(m, slot))
        FAIL(EPERM, TMEM_CTL_RESTORE_EXISTS);
    OK(1, NONE);
}

/* tmem_control_restore_begin(cli_id) */
int64_t ht_h_tmem_control_restore_begin(ht_machine *m, uint32_t cli_id)
{
    CONTROL(restore_begin(m, cli_id));
}

/* tmemc_restore_put_page (tmem.c): do_tmem_put of bufsize bytes from the buffer (no
 * tmem_ensure_avail_pages).  4.2.1 refuses a length above a page; 4.2.0 copies nothing. */
static int64_t restore_put(ht_machine *m, uint32_t cli_id, uint32_t pool_id, const ht_list *oid,
                           uint32_t index, uint32_t data, uint32_t bufsize)
{
    uint32_t pool = signed_pool(m, cli_id, pool_id, NULL);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    uint64_t o[3];
    tmem_read_oid(oid, o);
    struct tmem_src src = {true, 0, data};
    int64_t rc = tmem_put(m, pool, o, index, &src, 0, 0, bufsize);
    if (rc == -HT_EINVAL)
        m->last.reason = HT_R_TMEM_CTL_RESTORE_BIG;
    return rc;
}

/* tmem_control_restore_put_page(cli_id, pool_id, oid, index, data, bufsize) */
int64_t ht_h_tmem_control_restore_put_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                           ht_list oid, uint32_t index, uint32_t data,
                                           uint32_t bufsize)
{
    CONTROL(restore_put(m, cli_id, pool_id, &oid, index, data, bufsize));
}

static int64_t restore_flush(ht_machine *m, uint32_t cli_id, uint32_t pool_id, const ht_list *oid,
                             uint32_t index)
{
    uint32_t pool = signed_pool(m, cli_id, pool_id, NULL);
    if (!pool)
        FAIL(EPERM, TMEM_CTL_NO_POOL);
    uint64_t o[3];
    tmem_read_oid(oid, o);
    return tmem_flush_page(m, pool, o, index);
}

/* tmem_control_restore_flush_page(cli_id, pool_id, oid, index) */
int64_t ht_h_tmem_control_restore_flush_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             ht_list oid, uint32_t index)
{
    CONTROL(restore_flush(m, cli_id, pool_id, &oid, index));
}

static bool defined_subop(uint32_t subop)
{
    return subop <= 8 || (subop >= 10 && subop <= 21) || subop == 30 || subop == 32 ||
           subop == 33;
}

static int64_t unknown_subop(ht_machine *m)
{
    FAIL(EPERM, TMEM_CTL_UNKNOWN_SUBOP);
}

/* tmem_control_other(subop, cli_id): "default: ret = -1".  The defined sub-ops are calls of
 * their own: refused here. */
int64_t ht_h_tmem_control_other(ht_machine *m, uint32_t subop, uint32_t cli_id)
{
    (void)cli_id;
    if (control_runs(m) && defined_subop(subop))
        return ht_refuse_value(m, 0, HT_R_TMEM_SUBOP_HAS_CALL);
    CONTROL(unknown_subop(m));
}

/* ---- AUTH and RESTORE_NEW ------------------------------------------------------------------ */

/* tmemc_shared_pool_auth (tmem.c): auth is a bool_t, a char, so the low 8 bits of flags.
 * 4.2 writes entry -1 for any other value than 0 and 1 (fixed in the 2014 cleanup
 * ddaec70bec); the engine takes any other value as 1. */
static int64_t shared_pool_auth(ht_machine *m, uint32_t cli_id, const uint64_t uuid[2],
                                uint8_t auth)
{
    struct tmem_state *s = tmem_state(m);
    if ((uint16_t)cli_id == TMEM_CLI_NULL) {
        j8(m, &s->global_auth, auth);
        OK(1, NONE);
    }
    struct tmem_client *c = client_of(m, cli_id);
    if (!c)
        FAIL(EINVAL, TMEM_AUTH_NO_CLIENT);
    int free = -1;
    for (int i = 0; i < TMEM_SHARED; i++) {
        if (c->auth[i][0] == uuid[0] && c->auth[i][1] == uuid[1]) {
            if (auth == 0) {
                j64(m, &c->auth[i][0], ~0ull);
                j64(m, &c->auth[i][1], ~0ull);
            }
            OK(1, NONE);
        }
        if (auth != 0 && c->auth[i][0] == ~0ull && c->auth[i][1] == ~0ull && free == -1)
            free = i;
    }
    if (auth == 0)
        OK(0, NONE);
    if (free == -1)
        FAIL(ENOMEM, TMEM_AUTH_FULL);
    j64(m, &c->auth[free][0], uuid[0]);
    j64(m, &c->auth[free][1], uuid[1]);
    OK(1, NONE);
}

static void read_uuid(const ht_list *list, uint64_t uuid[2])
{
    for (uint32_t w = 0; w < 2; w++)
        if (!ht_list_get(list, w, 0, &uuid[w]))
            uuid[w] = 0;  /* cannot happen: dispatch checked the fixed length */
}

/* tmem_auth(cli_id, uuid, auth): no privilege check in any tmem_op path of 4.x. */
int64_t ht_h_tmem_auth(ht_machine *m, uint32_t cli_id, ht_list uuid, uint32_t auth)
{
    int64_t rc = tmem_gate(m);
    if (rc)
        return rc;
    uint64_t u[2];
    read_uuid(&uuid, u);
    tmem_call_begin(m, true);
    return tmem_result(m, shared_pool_auth(m, cli_id, u, (uint8_t)auth));
}

/* tmem_restore_new_pool(cli_id, pool_id, flags, uuid): do_tmem_new_pool for client cli_id
 * (the caller's for 0xffff), which it does not create. */
int64_t ht_h_tmem_restore_new_pool(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                   uint32_t flags, ht_list uuid)
{
    int64_t rc = tmem_gate(m);
    if (rc)
        return rc;
    uint64_t u[2];
    read_uuid(&uuid, u);
    tmem_call_begin(m, true);
    return tmem_result(m, tmem_new_pool(m, cli_id, pool_id, flags, u));
}
