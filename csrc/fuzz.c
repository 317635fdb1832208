/*
 * The fuzzing executor: decode an input's bytes into a call sequence from the catalogue's
 * grammar, run it on the machine restored to its snapshot, and check the oracles after
 * every call.  One cffi call per input: per-call Python dispatch is what limits a fuzzer
 * written in Python (limits.md §4), so decoding, execution and checking all happen here.
 *
 * Byte format (fuzz/encode.py writes the same format for seeds; keep the two in sync):
 *   call   := CALLBYTE ARG*        ht_fuzz_call_for_byte(CALLBYTE) is the catalogue id;
 *                                  the byte table weights calls by family
 *   ARG    := CTRL PAYLOAD         CTRL % 16 picks the strategy:
 *     0-12 pool    PAYLOAD 1 byte: a live value of the argument's kind, most recent first:
 *                  a (domain, gfn) pair an earlier call used successfully (the domain and
 *                  the gfn after it are chosen together), a live domain, a gfn seen before,
 *                  a handle/port/grant/mapping an earlier call produced, a valid enum value
 *     13 small     PAYLOAD 1 byte: the value itself
 *     14 special   PAYLOAD 1 byte: a boundary value (0, 1, all ones, DOMID_SELF, the grant
 *                  flag bit, the first gfn past a p2m, the next handle, ...)
 *     15 literal   PAYLOAD the argument's width in bytes, little endian (hostile values)
 * Valid values dominate (a call with two domains is otherwise rarely well formed); byte
 * mutations reach the hostile strategies easily.
 * Decoding stops when the bytes run out or after max_calls calls.  A call starts wherever a
 * byte is left: a call without arguments is that one byte, and the argument bytes a call
 * cut off at the end lacks read as 0 (fuzz/mutator.py's split_calls cuts the same way).
 */
#include <string.h>

#include "engine.h"

#define POOL HT_FUZZ_POOL
#define PAIRS 16

struct reader {
    const uint8_t *p;
    size_t left;
};

static uint8_t take(struct reader *r)
{
    if (!r->left)
        return 0;
    r->left--;
    return *r->p++;
}

/* A ring of distinct values, picked most recent first. */
struct ring64 {
    uint64_t value[POOL];
    uint8_t count, next;
};

static void ring_add(struct ring64 *r, uint64_t value)
{
    for (uint8_t i = 0; i < r->count; i++)
        if (r->value[i] == value)
            return;
    r->value[r->next] = value;
    r->next = (uint8_t)((r->next + 1) % POOL);
    if (r->count < POOL)
        r->count++;
}

static uint64_t ring_recent(const struct ring64 *r, uint8_t b)
{
    return r->value[(r->next + POOL - 1 - b % r->count) % POOL];
}

/* (domain, gfn) pairs that earlier calls used successfully, with the handle a nominate
 * of the pair produced: a later call picks a pair whole, so its domain, gfn and handle
 * arguments agree, which is what sharing needs and random bytes rarely give. */
struct pools {
    struct ring64 kind[HT_RES_MAPPING + 1];
    uint64_t pair_domain[PAIRS], pair_gfn[PAIRS], pair_handle[PAIRS];
    uint8_t pairs, pair_next;
    int last_pair;         /* the pair this call picked last (-1 none): the next differs */
    bool pending_gfn, pending_handle;
    uint64_t gfn, handle;  /* what the picked pair passes to the next gfn / handle args */
};

static void pair_add(struct pools *pl, uint64_t domid, uint64_t gfn, uint64_t handle)
{
    for (uint8_t i = 0; i < pl->pairs; i++) {
        if (pl->pair_domain[i] == domid && pl->pair_gfn[i] == gfn) {
            if (handle)
                pl->pair_handle[i] = handle;
            return;
        }
    }
    pl->pair_domain[pl->pair_next] = domid;
    pl->pair_gfn[pl->pair_next] = gfn;
    pl->pair_handle[pl->pair_next] = handle;
    pl->pair_next = (uint8_t)((pl->pair_next + 1) % PAIRS);
    if (pl->pairs < PAIRS)
        pl->pairs++;
}

static uint64_t mask(uint8_t bits, uint64_t v)
{
    return bits >= 64 ? v : v & ((1ull << bits) - 1);
}

/* Calls by byte, weighted by family: the families with the most documented behaviour get
 * the most bytes.  Built once; the weights are fuzzing policy, not call semantics. */
static uint8_t call_table[256];
static bool call_table_ready;

static void build_call_table(void)
{
    static const uint8_t weight[HT_NFAMILIES] = {
        [HT_FAMILY_SHARING] = 6, [HT_FAMILY_PAGING] = 4, [HT_FAMILY_ACCESS] = 2,
        [HT_FAMILY_MEMORY] = 3,  [HT_FAMILY_DOMAIN] = 1, [HT_FAMILY_GUEST] = 4,
        [HT_FAMILY_RING] = 3,    [HT_FAMILY_FAULT] = 2,
    };
    uint32_t total = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++)
        total += weight[ht_calls[c].family];
    for (uint32_t b = 0; b < 256; b++) {
        uint32_t point = b * total / 256, sum = 0, c = 0;
        while (c + 1 < HT_NCALLS && sum + weight[ht_calls[c].family] <= point)
            sum += weight[ht_calls[c++].family];
        call_table[b] = (uint8_t)c;
    }
    call_table_ready = true;
}

int ht_fuzz_seed_pair(ht_machine *m, uint32_t domid, uint64_t gfn, uint64_t handle)
{
    if (m->fuzz_seeds >= 8)
        return -1;
    m->fuzz_seed[m->fuzz_seeds][0] = domid;
    m->fuzz_seed[m->fuzz_seeds][1] = gfn;
    m->fuzz_seed[m->fuzz_seeds][2] = handle;
    m->fuzz_seeds++;
    return 0;
}

uint32_t ht_fuzz_call_for_byte(uint32_t b)
{
    if (!call_table_ready)
        build_call_table();
    return call_table[b & 0xff];
}

/* A pair, most recent first: half the time the newest (chains of calls on one gfn), else
 * any.  A call that takes a handle picks among the pairs that have one; the second pick of
 * a call avoids the first. */
static int pick_pair(const struct pools *pl, uint8_t b, bool need_handle)
{
    int candidates[PAIRS], n = 0;
    for (uint8_t age = 0; age < pl->pairs; age++) {
        int i = (pl->pair_next + PAIRS - 1 - age) % PAIRS;
        if ((!need_handle || pl->pair_handle[i]) && i != pl->last_pair)
            candidates[n++] = i;
    }
    if (n == 0)
        return -1;
    return candidates[b % 4 < 2 ? 0 : (b >> 2) % n];
}

static uint64_t pick_domain(const ht_machine *m, struct pools *pl, uint8_t b, bool need_handle)
{
    int i = pl->pairs && (b & 1) ? pick_pair(pl, (uint8_t)(b >> 1), need_handle) : -1;
    if (i < 0 && need_handle && pl->pairs && (b & 1))
        i = pick_pair(pl, (uint8_t)(b >> 1), false);
    if (i >= 0) {
        pl->last_pair = i;
        pl->pending_gfn = true;
        pl->gfn = pl->pair_gfn[i];
        pl->pending_handle = pl->pair_handle[i] != 0;
        pl->handle = pl->pair_handle[i];
        return pl->pair_domain[i];
    }
    uint16_t ids[HT_MAX_DOMAINS];
    int n = 0;
    for (int s = 1; s < HT_MAX_DOMAINS; s++)
        if (m->dom_pub[s].in_use)
            ids[n++] = m->dom_pub[s].domid;
    /* Live guests mostly; domain 0 (the caller) and a missing id now and then. */
    if (n == 0 || (b >> 1) % 16 == 15)
        return (b >> 1) % 32 == 31 ? 0 : 9 + (b >> 5);
    return ids[(b >> 1) % n];
}

static uint64_t special(uint8_t bits, uint8_t b, const ht_machine *m)
{
    static const uint64_t table[] = {
        0, 1, 2, ~0ull, 0x7ff0, 0x7ff3, 1ull << 62, (1ull << 62) | 1, 2047, 2048,
        4095, 4096, 0xffff, 0x7fffffff, 0x80000000ull, 63, 64,
    };
    uint8_t n = (uint8_t)(sizeof table / sizeof table[0]);
    if (b % (n + 2) == n) {
        /* The first gfn past some domain's p2m. */
        return mask(bits, m->dom_pub[1 + b % (HT_MAX_DOMAINS - 1)].p2m_size);
    }
    if (b % (n + 2) == n + 1)
        return mask(bits, m->host.last_handle + 1);  /* the next handle */
    return mask(bits, table[b % n]);
}

static uint64_t decode_arg(struct reader *r, const ht_machine *m, struct pools *pl,
                           uint32_t call, int arg)
{
    const struct ht_call_desc *d = &ht_calls[call];
    uint8_t bits = d->arg_bits[arg], kind = d->arg_uses[arg];
    uint8_t ctrl = take(r), b = take(r);
    /* A picked pair's gfn and handle belong to the next gfn and handle argument only,
     * whatever strategy that argument then takes. */
    bool pending = (kind == HT_RES_GFN && pl->pending_gfn) ||
                   (kind == HT_RES_HANDLE && pl->pending_handle);
    uint64_t passed = kind == HT_RES_GFN ? pl->gfn : pl->handle;
    if (kind == HT_RES_GFN)
        pl->pending_gfn = false;
    if (kind == HT_RES_HANDLE)
        pl->pending_handle = false;
    switch (ctrl % 16) {
    case 13:
        return mask(bits, b);
    case 14:
        return special(bits, b, m);
    case 15: {
        uint64_t v = b;
        for (int i = 1; i < (bits + 7) / 8; i++)
            v |= (uint64_t)take(r) << (8 * i);
        return mask(bits, v);
    }
    default:
        break;
    }
    if (kind == HT_RES_DOMAIN) {
        bool need_handle = false;
        for (int a = arg + 1; a < d->nargs && d->arg_uses[a] != HT_RES_DOMAIN; a++)
            need_handle |= d->arg_uses[a] == HT_RES_HANDLE;
        return pick_domain(m, pl, b, need_handle);
    }
    if (pending)
        return passed;
    if (kind != HT_RES_NONE && pl->kind[kind].count)
        return ring_recent(&pl->kind[kind], b);
    if (d->arg_enum_count[arg])
        return d->arg_enum_first[arg] + (uint64_t)(b % d->arg_enum_count[arg]);
    /* Plain numbers: 0 or 1 half the time (a vcpu, an order, a flag), else small. */
    return mask(bits, b % 16u < 8 ? b % 2u : b % 16u);
}

/* What a call did to the counters that sharing and paging bugs disturb, as a feature: the
 * sign of the change of freed_pages, used_frames, total shr_pages, total paged_pages and
 * total tot_pages (3^5 = 243 combinations).  Two calls with the same reason but different
 * effects (a decrease that drops a paged gfn, one that frees a page) are different
 * outcomes to the fuzzer. */
struct counters {
    int64_t freed, used, shr, paged, tot;
};

static struct counters read_counters(const ht_machine *m)
{
    struct counters c = {m->host.freed_pages, m->host.used_frames, 0, 0, 0};
    for (int s = 0; s < HT_MAX_DOMAINS; s++) {
        if (!m->dom_pub[s].in_use)
            continue;
        c.shr += m->dom_pub[s].shr_pages;
        c.paged += m->dom_pub[s].paged_pages;
        c.tot += m->dom_pub[s].tot_pages;
    }
    return c;
}

static uint32_t sign3(int64_t before, int64_t after)
{
    return after > before ? 2u : after < before ? 1u : 0u;
}

static uint32_t effect(const struct counters *a, const struct counters *b)
{
    return (((sign3(a->freed, b->freed) * 3 + sign3(a->used, b->used)) * 3 +
             sign3(a->shr, b->shr)) * 3 + sign3(a->paged, b->paged)) * 3 +
           sign3(a->tot, b->tot);
}

/* The invariants after a call: the oracle's transition checks and the counters always; the
 * structural walk too when full.  Returns the first violated invariant, or -1. */
static int violated(ht_machine *m, bool full)
{
    ht_violation v;
    if (m->npending || (full ? ht_check(m, &v, 1) : check_counters_only(m, &v, 1))) {
        if (m->npending)
            v = m->pending[0];
        m->npending = 0;
        return (int)v.invariant;
    }
    return -1;
}

static size_t fuzz_pass(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                        uint32_t flags, bool full_checks, ht_call_rec *calls_out,
                        ht_fuzz_call *outcomes, uint32_t *features, uint32_t *spec,
                        ht_fuzz_result *res);

/* A test hook, not a planted bug (those model Xen's bugs): it exists to show that native
 * coverage reaches C branches the Python feedback cannot see.  Only tests set the flag
 * (fuzz/target.py FuzzTarget(test_magic=True), through the harness's --test-hook=magic);
 * the flag bit and the finding kind stay out of haptrace.h, and outside the HT_FUZZ_* values,
 * so that no real caller can collide with them.  fuzz/target.py mirrors the three values.
 * With the flag, an input only probes for the magic: no call is decoded or run.  With the
 * calls running as well, the thousands of inputs that the engine's own edges and the Python
 * features keep spread libFuzzer's effort so thin that the magic was not found in 1-2 million
 * inputs (measured with the cov build), where alone it takes well under 100,000. */
#define FUZZ_TEST_MAGIC_FLAG 0x80000000u
#define FUZZ_TEST_MAGIC_FOUND 0x100u
#define FUZZ_TEST_MAGIC 0x59e53ac7u /* the bytes c7 3a e5 59, in this order */

/* Whether the bytes hold the magic anywhere.  One byte per nested branch, so that each byte
 * matched is a new edge for SanitizerCoverage and the fuzzer can climb them one at a time
 * (checked in clang 14's IR at -O2: four separate byte compares, not one 32-bit compare). */
static bool test_magic(const uint8_t *data, size_t len)
{
    for (size_t i = 0; len >= 4 && i <= len - 4; i++) {
        if (data[i] == (FUZZ_TEST_MAGIC & 0xff)) {
            if (data[i + 1] == (FUZZ_TEST_MAGIC >> 8 & 0xff)) {
                if (data[i + 2] == (FUZZ_TEST_MAGIC >> 16 & 0xff)) {
                    if (data[i + 3] == FUZZ_TEST_MAGIC >> 24)
                        return true;
                }
            }
        }
    }
    return false;
}

/* One input, without the sinks: what ht_fuzz_exec (haptrace.h) documents. */
static size_t fuzz_run(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                       uint32_t flags, ht_call_rec *calls_out, ht_fuzz_call *outcomes,
                       uint32_t *features, uint32_t *spec, ht_fuzz_result *res)
{
    if (flags & FUZZ_TEST_MAGIC_FLAG) {
        bool found = test_magic(data, len);
        *res = (ht_fuzz_result){0, found ? FUZZ_TEST_MAGIC_FOUND : HT_FUZZ_NONE, 0,
                                found ? FUZZ_TEST_MAGIC : 0};
        return 0;
    }
    /* The structural invariants are walked once, at the end of the input; only if they
     * fail is the input run again with the walk after every call, to name the call. */
    size_t n = fuzz_pass(m, data, len, max_calls, flags, false, calls_out, outcomes, features,
                         spec, res);
    if (res->finding || !(flags & HT_FUZZ_CHECK_INVARIANTS) || violated(m, true) < 0)
        return n;
    return fuzz_pass(m, data, len, max_calls, flags, true, calls_out, outcomes, features, spec,
                     res);
}

static size_t fuzz_pass(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                        uint32_t flags, bool full_checks, ht_call_rec *calls_out,
                        ht_fuzz_call *outcomes, uint32_t *features, uint32_t *spec,
                        ht_fuzz_result *res)
{
    uint32_t previous = 0;
    memset(res, 0, sizeof *res);
    if (m->journal.on)
        ht_restore(m);
    struct reader r = {data, len};
    struct pools pl;
    memset(&pl, 0, sizeof pl);
    for (uint64_t g = 0; g < 4; g++)
        ring_add(&pl.kind[HT_RES_GFN], g);
    for (uint32_t i = 0; i < m->fuzz_seeds; i++) {
        pair_add(&pl, m->fuzz_seed[i][0], m->fuzz_seed[i][1], m->fuzz_seed[i][2]);
        ring_add(&pl.kind[HT_RES_GFN], m->fuzz_seed[i][1]);
        if (m->fuzz_seed[i][2])
            ring_add(&pl.kind[HT_RES_HANDLE], m->fuzz_seed[i][2]);
    }
    size_t n = 0;
    while (n < max_calls && r.left > 0) {
        uint32_t call = ht_fuzz_call_for_byte(take(&r));
        const struct ht_call_desc *d = &ht_calls[call];
        ht_call_rec *rec = &calls_out[n];
        memset(rec, 0, sizeof *rec);
        rec->call = call;
        pl.pending_gfn = pl.pending_handle = false;
        pl.last_pair = -1;
        for (int a = 0; a < d->nargs; a++) {
            rec->arg[a] = decode_arg(&r, m, &pl, call, a);
            if (d->arg_uses[a] == HT_RES_GFN)
                ring_add(&pl.kind[HT_RES_GFN], rec->arg[a]);
        }
        struct counters before = read_counters(m);
        int64_t raw = ht_call(m, call, rec->arg, NULL, 0, NULL);
        outcomes[n] = (ht_fuzz_call){call, m->last.reason, raw};
        struct counters after = read_counters(m);
        /* A failure and a success at the same check are different outcomes; so are two
         * successes that change the counters differently. */
        uint32_t key = ((call * HT_NREASONS + m->last.reason) * 2u + (raw < 0)) * 243u +
                       effect(&before, &after);
        features[2 * n] = key % HT_FUZZ_OUTCOME_BUCKETS;
        features[2 * n + 1] =
            HT_FUZZ_OUTCOME_BUCKETS + (previous * 7919u + key) % HT_FUZZ_TRANSITION_BUCKETS;
        previous = key;
        spec[n] = call << 8 | (raw < 0 && raw > -256 ? (uint32_t)-raw : 0u);
        n++;
        if (raw >= 0) {
            for (int o = 0; o < d->nouts; o++)
                if (d->out_makes[o] != HT_RES_NONE && d->out_makes[o] <= HT_RES_MAPPING)
                    ring_add(&pl.kind[d->out_makes[o]], m->last.out[o]);
            if (call == HT_CALL_ring_get_request)
                ring_add(&pl.kind[HT_RES_GFN], m->last.out[0]);
            /* A (domain, gfn) pair that worked is worth naming again, together, with the
             * handle if the call produced one for it. */
            uint64_t domid = 0, handle = 0;
            bool have_domain = false;
            for (int o = 0; o < d->nouts; o++)
                if (d->out_makes[o] == HT_RES_HANDLE)
                    handle = m->last.out[o];
            for (int a = 0; a < d->nargs; a++) {
                if (d->arg_uses[a] == HT_RES_DOMAIN) {
                    domid = rec->arg[a];
                    have_domain = true;
                } else if (d->arg_uses[a] == HT_RES_GFN && have_domain) {
                    pair_add(&pl, domid, rec->arg[a], handle);
                    have_domain = false;
                }
            }
        } else if (raw > HT_RAW_REFUSED_LIMIT && !ht_code_documented(m, call, (uint32_t)-raw)) {
            *res = (ht_fuzz_result){(uint32_t)n, HT_FUZZ_UNDOCUMENTED, (uint32_t)(n - 1),
                                    (uint32_t)-raw};
            return n;
        }
        if (flags & HT_FUZZ_CHECK_INVARIANTS) {
            int inv = violated(m, full_checks);
            if (inv >= 0) {
                *res = (ht_fuzz_result){(uint32_t)n, HT_FUZZ_INVARIANT, (uint32_t)(n - 1),
                                        (uint32_t)inv};
                return n;
            }
        }
    }
    res->ncalls = (uint32_t)n;
    return n;
}

_Static_assert(HT_FUZZ_FEATURES == HT_FUZZ_OUTCOME_BUCKETS + HT_FUZZ_TRANSITION_BUCKETS,
               "HT_FUZZ_FEATURES must count every feature bucket");

uint32_t ht_fuzz_exec(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                      uint32_t flags, ht_call_rec *calls_out, ht_fuzz_call *outcomes,
                      uint32_t *features, uint32_t *spec, ht_fuzz_result *res,
                      const ht_fuzz_sinks *sinks)
{
    size_t n = fuzz_run(m, data, len, max_calls, flags, calls_out, outcomes, features, spec,
                        res);
    if (!sinks)
        return res->finding;
    /* Each feature once per input (a byte set to 1, not a hit count): hit counts would fill
     * the corpus with inputs that differ only in how often they repeat a call. */
    if (sinks->features)
        for (size_t i = 0; i < 2 * n; i++)
            if (features[i] < HT_FUZZ_FEATURES)
                sinks->features[features[i]] = 1;
    if (sinks->spec)
        for (size_t i = 0; i < n; i++)
            if (spec[i] < sinks->spec_len)
                sinks->spec[spec[i]] = 1;
    if (sinks->totals) {
        sinks->totals[0] += 1;
        sinks->totals[1] += n;
    }
    return res->finding;
}

int32_t ht_fuzz_call_id(const char *name)
{
    for (uint32_t c = 0; c < HT_NCALLS; c++)
        if (strcmp(ht_calls[c].name, name) == 0)
            return (int32_t)c;
    return -1;
}

uint32_t ht_fuzz_spec_keys(void)
{
    return HT_NCALLS << 8;
}

size_t ht_fuzz_documented_keys(const ht_machine *m, uint32_t *out, size_t cap)
{
    size_t n = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        for (uint32_t e = 1; e < 256; e++) {
            if (!ht_code_documented(m, c, e))
                continue;
            if (n < cap)
                out[n] = c << 8 | e;
            n++;
        }
    }
    return n;
}
