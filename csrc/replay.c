/*
 * Replay: run recorded calls, each by its recorded caller, remap the resources the
 * emulator hands out differently from the recording host, and compare every result (output
 * lists element by element) with the recorded one.
 *
 * A recorded handle (port, grant reference, mapping, mfn) is bound to the emulator's value the
 * first time an output produces it; later arguments naming the recorded value get the
 * emulator's (in list elements too), and a value no earlier call produced passes through
 * as a literal.  Bindings
 * are a bijection: an output whose recorded value is already bound to another emulated
 * value, or whose emulated value is already bound to another recorded one, diverges.
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

/* ---- an open-addressing map from u64 to u64 ------------------------------------------- */

struct u64map {
    uint64_t *key;
    uint64_t *val;
    uint8_t *used;
    size_t cap;   /* a power of two */
    size_t len;
};

static size_t slot_of(const struct u64map *map, uint64_t key)
{
    return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 17) & (map->cap - 1);
}

static bool map_get(const struct u64map *map, uint64_t key, uint64_t *val)
{
    if (!map->cap)
        return false;
    for (size_t i = slot_of(map, key);; i = (i + 1) & (map->cap - 1)) {
        if (!map->used[i])
            return false;
        if (map->key[i] == key) {
            *val = map->val[i];
            return true;
        }
    }
}

static bool map_grow(struct u64map *map)
{
    struct u64map bigger = {.cap = map->cap ? map->cap * 2 : 64};
    bigger.key = malloc(bigger.cap * sizeof *bigger.key);
    bigger.val = malloc(bigger.cap * sizeof *bigger.val);
    bigger.used = calloc(bigger.cap, 1);
    if (!bigger.key || !bigger.val || !bigger.used) {
        free(bigger.key);
        free(bigger.val);
        free(bigger.used);
        return false;
    }
    for (size_t i = 0; i < map->cap; i++) {
        if (!map->used[i])
            continue;
        size_t j = slot_of(&bigger, map->key[i]);
        while (bigger.used[j])
            j = (j + 1) & (bigger.cap - 1);
        bigger.used[j] = 1;
        bigger.key[j] = map->key[i];
        bigger.val[j] = map->val[i];
    }
    bigger.len = map->len;
    free(map->key);
    free(map->val);
    free(map->used);
    *map = bigger;
    return true;
}

static bool map_put(struct u64map *map, uint64_t key, uint64_t val)
{
    if ((map->len + 1) * 2 > map->cap && !map_grow(map))
        return false;
    size_t i = slot_of(map, key);
    while (map->used[i] && map->key[i] != key)
        i = (i + 1) & (map->cap - 1);
    if (!map->used[i])
        map->len++;
    map->used[i] = 1;
    map->key[i] = key;
    map->val[i] = val;
    return true;
}

static void map_free(struct u64map *map)
{
    free(map->key);
    free(map->val);
    free(map->used);
    memset(map, 0, sizeof *map);
}

/* ---- runs of bindings ------------------------------------------------------------------------
 *
 * Handles are never reused and both Xen and the emulator hand them out from a counter, so a
 * trace binds recorded h, h+1, h+2, ... to emulated e, e+1, e+2, ...: runs.  A binding that
 * extends the last run, or starts a new run above every earlier one on both sides, is kept
 * as a run; anything else goes to the hash maps.  A trace recorded on the emulator binds
 * every handle in one run, so a replay's memory does not grow with the number of handles
 * (a 10M-call trace binds about a million) and lookups stay in cache. */

struct run {
    uint64_t recorded;  /* the first recorded value */
    uint64_t emulated;  /* the emulated value it is bound to */
    uint64_t count;     /* recorded + i is bound to emulated + i for i < count */
};

struct runs {
    struct run *v;
    size_t len, cap;
};

/* The run holding value (its recorded side, or its emulated side when by_emulated). */
static const struct run *run_find(const struct runs *runs, uint64_t value, bool by_emulated)
{
    size_t lo = 0, hi = runs->len;
    while (lo < hi) {  /* the last run whose start is <= value: runs ascend on both sides */
        size_t mid = lo + (hi - lo) / 2;
        uint64_t start = by_emulated ? runs->v[mid].emulated : runs->v[mid].recorded;
        if (start <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return NULL;
    const struct run *run = &runs->v[lo - 1];
    uint64_t start = by_emulated ? run->emulated : run->recorded;
    return value - start < run->count ? run : NULL;
}

/* Keeps recorded -> emulated as a run if it extends the last one or ascends past it on
 * both sides; false when it does not fit (or memory runs out), for the hash maps. */
static bool run_add(struct runs *runs, uint64_t recorded, uint64_t emulated)
{
    if (runs->len) {
        struct run *last = &runs->v[runs->len - 1];
        uint64_t rec_end = last->recorded + last->count, emu_end = last->emulated + last->count;
        if (recorded == rec_end && emulated == emu_end && rec_end && emu_end) {
            last->count++;  /* rec_end/emu_end zero would mean the run wrapped past 2^64 */
            return true;
        }
        if (recorded < rec_end || emulated < emu_end || !rec_end || !emu_end)
            return false;
    }
    if (runs->len == runs->cap) {
        size_t cap = runs->cap ? runs->cap * 2 : 16;
        struct run *v = realloc(runs->v, cap * sizeof *v);
        if (!v)
            return false;
        runs->v = v;
        runs->cap = cap;
    }
    runs->v[runs->len++] = (struct run){recorded, emulated, 1};
    return true;
}

/* ---- the resource map ------------------------------------------------------------------- */

#define NKINDS HT_RES_COUNT /* indexed by HT_RES_* */

/* The bindings of one kind of resource: runs, and hash maps both ways for the rest.  A
 * value is bound in at most one of the two places (bind checks both before adding). */
struct bindings {
    struct runs runs;
    struct u64map to_emulated;
    struct u64map to_recorded;
};

struct ht_remap {
    struct bindings kind[NKINDS];
    /* Calls the engine answered unsupported (a path it does not model): counted apart,
     * never compared with the recording, and the first one kept for the report. */
    uint64_t unsupported;
    uint64_t first_unsupported;
    uint32_t first_unsupported_reason;
};

static bool to_emulated(const struct bindings *b, uint64_t recorded, uint64_t *emulated)
{
    if (map_get(&b->to_emulated, recorded, emulated))  /* first: lenient rebinding lands here */
        return true;
    const struct run *run = run_find(&b->runs, recorded, false);
    if (!run)
        return false;
    *emulated = run->emulated + (recorded - run->recorded);
    return true;
}

static bool to_recorded(const struct bindings *b, uint64_t emulated, uint64_t *recorded)
{
    if (map_get(&b->to_recorded, emulated, recorded))
        return true;
    const struct run *run = run_find(&b->runs, emulated, true);
    if (!run)
        return false;
    *recorded = run->recorded + (emulated - run->emulated);
    return true;
}

static bool bind(struct bindings *b, uint64_t recorded, uint64_t emulated)
{
    return run_add(&b->runs, recorded, emulated) ||
           (map_put(&b->to_emulated, recorded, emulated) &&
            map_put(&b->to_recorded, emulated, recorded));
}

/* Whether the emulator chooses values of this kind (the catalogue's Resource.remapped):
 * handles, grant references, ports, mappings, mfns. */
static bool remapped(uint8_t kind)
{
    return kind < NKINDS && (HT_RES_REMAPPED_MASK >> kind) & 1;
}

/* Whether a value of this kind is numbered per domain (grant references and ports are;
 * handles, mappings and mfns are host-wide): its bindings are kept per domain, the key
 * carrying the domain the value belongs to. */
static bool per_domain(uint8_t kind)
{
    return kind < NKINDS && (HT_RES_PER_DOMAIN_MASK >> kind) & 1;
}

static uint64_t remap_key(uint8_t kind, uint64_t domid, uint64_t value)
{
    if (per_domain(kind))
        return (domid << 32) | (value & 0xffffffffu);
    return value;
}

/* The emulator's value from a looked-up binding: per-domain values are 32 bits wide. */
static uint64_t emulated_value(uint8_t kind, uint64_t bound)
{
    return per_domain(kind) ? bound & 0xffffffffu : bound;
}

/* The domain a per-domain value of a call belongs to (Call.owner_of): the domain argument
 * in slot owner, DOMID_SELF being the caller as rcu_lock_domain_by_any_id reads it
 * (common/domain.c, RELEASE-4.2.0), or the calling domain itself.  Domain arguments are
 * never remapped, so the recorded arguments name the same domain as the emulated ones. */
static uint64_t owner_domain(const ht_machine *m, uint8_t owner, const uint64_t *arg)
{
    if (owner >= HT_MAX_ARGS)  /* HT_OWNER_CALLER */
        return m->caller.domid;
    return arg[owner] == HT_DOMID_SELF ? m->caller.domid : arg[owner];
}

ht_remap *ht_remap_new(void)
{
    return calloc(1, sizeof(ht_remap));
}

void ht_remap_free(ht_remap *r)
{
    if (!r)
        return;
    for (int k = 0; k < NKINDS; k++) {
        free(r->kind[k].runs.v);
        map_free(&r->kind[k].to_emulated);
        map_free(&r->kind[k].to_recorded);
    }
    free(r);
}

int ht_remap_lookup(const ht_remap *r, uint32_t kind, uint64_t domid, uint64_t recorded,
                    uint64_t *emulated)
{
    if (kind >= NKINDS)
        return 0;
    if (!to_emulated(&r->kind[kind], remap_key((uint8_t)kind, domid, recorded), emulated))
        return 0;
    *emulated = emulated_value((uint8_t)kind, *emulated);
    return 1;
}

uint64_t ht_remap_unsupported(const ht_remap *r, uint64_t *first_index, uint32_t *first_reason)
{
    *first_index = r->first_unsupported;
    *first_reason = r->first_unsupported_reason;
    return r->unsupported;
}

size_t ht_remap_size(const ht_remap *r)
{
    size_t n = 0;
    for (int k = 0; k < NKINDS; k++) {
        n += r->kind[k].to_emulated.len;
        for (size_t i = 0; i < r->kind[k].runs.len; i++)
            n += (size_t)r->kind[k].runs.v[i].count;
    }
    return n;
}

size_t ht_remap_bytes(const ht_remap *r)
{
    size_t n = sizeof *r;
    for (int k = 0; k < NKINDS; k++) {
        const struct bindings *b = &r->kind[k];
        n += b->runs.cap * sizeof *b->runs.v;
        n += b->to_emulated.cap * (2 * sizeof(uint64_t) + 1);
        n += b->to_recorded.cap * (2 * sizeof(uint64_t) + 1);
    }
    return n;
}

/* ---- the replay loop ---------------------------------------------------------------------- */

static void stop_at(ht_replay_stop *stop, size_t index, uint32_t kind, int32_t field,
                    uint64_t recorded, uint64_t emulated)
{
    memset(stop, 0, sizeof *stop);
    stop->index = index;
    stop->kind = kind;
    stop->field = field;
    stop->recorded = recorded;
    stop->emulated = emulated;
}

/* Compares one output; binds a resource output the first time it is seen.  Returns false
 * on a divergence (or when the map cannot grow, reported as one on that field).  Lenient
 * (minimisation): never diverges; the latest emulated value wins the binding. */
static bool output_matches(ht_remap *r, uint8_t kind, uint64_t domid, uint64_t recorded,
                           uint64_t emulated, bool lenient)
{
    if (!remapped(kind))
        return lenient || recorded == emulated;
    struct bindings *b = &r->kind[kind];
    uint64_t bound;
    recorded = remap_key(kind, domid, recorded);
    emulated = remap_key(kind, domid, emulated);
    if (lenient)  /* the maps are looked up first, so these bindings win over runs */
        return map_put(&b->to_emulated, recorded, emulated) &&
               map_put(&b->to_recorded, emulated, recorded);
    if (to_emulated(b, recorded, &bound))
        return bound == emulated;
    if (to_recorded(b, emulated, &bound))
        return false;  /* the emulator's value already stands for another recorded one */
    return bind(b, recorded, emulated);
}

/* One recorded call: the call, who made it, its recorded arguments. */
struct record {
    uint32_t call;
    uint16_t caller;
    uint16_t vcpu;
    const uint64_t *arg;
};

/* What one recorded call expects. */
struct expected {
    int64_t rc;
    uint32_t err;
    uint32_t undef;  /* outputs left undefined: not compared (ht_expect.undef) */
    const uint64_t *out;
};

/* The word pool a run's list arguments refer into, and the expected output lists at the
 * same offsets (NULL: output lists are not compared). */
struct lists {
    uint64_t *pool;
    size_t words;
    const uint64_t *expect;
};

/* The words of the list in slot a of a record, or NULL when the reference does not lie in
 * the pool (the dispatcher then refuses the call; nothing is read or remapped). */
static uint64_t *list_words(const struct lists *l, const struct ht_list_desc *d, uint64_t ref,
                            uint64_t *count)
{
    uint64_t n = (uint32_t)ref, offset = ref >> HT_LIST_SHIFT;
    *count = n;
    if (n == 0 || n > d->max_length || !l->pool || offset > l->words ||
        n * d->stride > l->words - offset)
        return NULL;
    return l->pool + offset;
}

/* Remaps the resource fields of an input list's elements in place (the pool is replay's
 * working copy, one list per record). */
static void remap_list_in(const ht_machine *m, const ht_remap *r, const struct ht_list_desc *d,
                          const struct lists *l, const uint64_t *arg, uint64_t ref)
{
    uint64_t n;
    uint64_t *w = list_words(l, d, ref, &n);
    if (!w || d->direction == HT_DIR_OUT)
        return;
    for (uint32_t f = 0; f < d->stride; f++) {
        uint8_t kind = d->field_uses[f];
        if (!remapped(kind))
            continue;
        uint64_t domid = owner_domain(m, d->field_owner[f], arg);
        for (uint64_t i = 0; i < n; i++) {
            uint64_t *v = &w[i * d->stride + f], bound;
            if (to_emulated(&r->kind[kind], remap_key(kind, domid, *v), &bound))
                *v = emulated_value(kind, bound);
        }
    }
}

/* Compares the output lists a call wrote with the recorded ones, element by element and
 * through the resource map; false with *stop filled in at the first difference. */
static bool output_lists_match(const ht_machine *m, ht_remap *r, const struct ht_call_desc *desc,
                               const struct record *rec, const struct lists *l, bool lenient,
                               size_t i, ht_replay_stop *stop)
{
    for (int a = 0; a < desc->nargs; a++) {
        if (!desc->arg_list[a])
            continue;
        const struct ht_list_desc *d = &ht_lists[desc->arg_list[a] - 1];
        uint64_t n;
        const uint64_t *got = list_words(l, d, rec->arg[a], &n);
        if (!got || d->direction == HT_DIR_IN)
            continue;
        const uint64_t *want = l->expect + (got - l->pool);
        for (uint64_t e = 0; e < n; e++) {
            for (uint32_t f = 0; f < d->stride; f++) {
                uint64_t word = e * d->stride + f;
                uint64_t domid = owner_domain(m, d->field_owner[f], rec->arg);
                if (output_matches(r, d->field_makes[f], domid, want[word], got[word], lenient))
                    continue;
                stop_at(stop, i, HT_REPLAY_DIVERGED, HT_REPLAY_FIELD_LIST, want[word],
                        got[word]);
                stop->slot = (uint32_t)a;
                stop->element = (uint32_t)e;
                stop->member = f;
                return false;
            }
        }
    }
    return true;
}

/* Makes the record's caller the machine's; false when it does not exist (the engine
 * refuses the call, as ht_batch does).  Resolved for every record, as ht_batch does: an
 * earlier record may have destroyed the calling domain. */
static bool take_caller(ht_machine *m, const struct record *rec)
{
    return ht_set_caller(m, rec->caller, rec->vcpu) == 0;
}

/* Runs record i (call, caller, recorded arguments, expected result); returns
 * HT_REPLAY_DONE or why the replay stops there (with *stop filled in). */
static uint32_t replay_one(ht_machine *m, ht_remap *r, const struct record *rec,
                           const struct expected *x, const struct lists *l, size_t i,
                           uint64_t first_index, uint64_t check_every, bool lenient,
                           ht_result *result, ht_replay_stop *stop)
{
    uint32_t call = rec->call;
    const struct ht_call_desc *desc = call < HT_NCALLS ? &ht_calls[call] : NULL;
    const uint64_t *arg = rec->arg;
    uint64_t remapped_arg[HT_MAX_ARGS];
    int64_t raw;
    if (!take_caller(m, rec)) {
        memset(&m->last, 0, sizeof m->last);
        m->last.rc = -1;
        m->last.reason = HT_R_REFUSED_CALLER;
        raw = HT_RAW_BAD_CALLER;
    } else {
        /* Most calls name no handle, port, grant, mapping or mfn: they run on the recorded
         * arguments as they are, as a batch would. */
        if (desc && (desc->remaps & 1)) {
            memcpy(remapped_arg, rec->arg, sizeof remapped_arg);
            for (int a = 0; a < desc->nargs; a++) {
                if (desc->arg_list[a]) {
                    remap_list_in(m, r, &ht_lists[desc->arg_list[a] - 1], l, rec->arg,
                                  rec->arg[a]);
                    continue;
                }
                uint8_t kind = desc->arg_uses[a];
                uint64_t bound;
                if (!remapped(kind))
                    continue;
                uint64_t domid = owner_domain(m, desc->arg_owner[a], rec->arg);
                if (to_emulated(&r->kind[kind], remap_key(kind, domid, arg[a]), &bound))
                    remapped_arg[a] = emulated_value(kind, bound);
            }
            arg = remapped_arg;
        }
        raw = ht_run_pool(m, call, arg, l->pool, l->words);
    }
    if (result)
        *result = m->last;
    const ht_result *got = &m->last;
    bool check_now = check_every && (first_index + i + 1) % check_every == 0;
    if (raw == HT_RAW_UNSUPPORTED) {
        /* Not modelled: nothing to compare the recording with.  Count it apart and go on;
         * the handler changed nothing, so the invariants are still checked on schedule. */
        if (!r->unsupported++) {
            r->first_unsupported = first_index + i;
            r->first_unsupported_reason = got->reason;
        }
        if (check_now && (m->npending || ht_check(m, NULL, 0))) {
            stop_at(stop, i, HT_REPLAY_INVARIANT, -1, 0, 0);
            return HT_REPLAY_INVARIANT;
        }
        return HT_REPLAY_DONE;
    }
    if (raw <= HT_RAW_REFUSED_LIMIT) {
        stop_at(stop, i, HT_REPLAY_REFUSED, -1, 0, (uint64_t)raw);
        return HT_REPLAY_REFUSED;
    }
    /* Invariants first: a call that breaks one and also returns something unexpected is
     * reported for the broken invariant, the more severe finding. */
    if (check_now && (m->npending || ht_check(m, NULL, 0))) {
        stop_at(stop, i, HT_REPLAY_INVARIANT, -1, 0, 0);
        return HT_REPLAY_INVARIANT;
    }
    if (!lenient && (got->rc != x->rc || got->err != x->err)) {
        stop_at(stop, i, HT_REPLAY_DIVERGED, -1, (uint64_t)x->rc, (uint64_t)got->rc);
        return HT_REPLAY_DIVERGED;
    }
    if (raw >= 0) {
        for (int o = 0; o < desc->nouts; o++) {
            if ((x->undef >> o) & 1)  /* the recording's `?`: whatever Xen left there */
                continue;
            bool same =
                desc->remaps & 2
                    ? output_matches(r, desc->out_makes[o],
                                     owner_domain(m, desc->out_owner[o], rec->arg), x->out[o],
                                     got->out[o], lenient)
                    : lenient || x->out[o] == got->out[o];
            if (!same) {
                stop_at(stop, i, HT_REPLAY_DIVERGED, o, x->out[o], got->out[o]);
                return HT_REPLAY_DIVERGED;
            }
        }
    }
    if (desc->nlists && l->expect && !output_lists_match(m, r, desc, rec, l, lenient, i, stop))
        return HT_REPLAY_DIVERGED;
    if (raw < 0 && !ht_code_documented(m, call, got->err)) {
        stop_at(stop, i, HT_REPLAY_UNDOCUMENTED, -1, got->err, got->err);
        return HT_REPLAY_UNDOCUMENTED;
    }
    return HT_REPLAY_DONE;
}

size_t ht_replay(ht_machine *m, ht_remap *r, const ht_call_rec *calls, const ht_expect *expect,
                 size_t n, uint64_t *pool, size_t pool_words, const uint64_t *expect_pool,
                 uint64_t first_index, uint64_t check_every, uint32_t flags,
                 ht_result *results, ht_replay_stop *stop)
{
    bool lenient = (flags & HT_REPLAY_LENIENT) != 0;
    struct lists l = {pool, pool ? pool_words : 0, pool ? expect_pool : NULL};
    struct ht_caller caller_was = m->caller;
    size_t ran = n;
    stop_at(stop, n, HT_REPLAY_DONE, 0, 0, 0);
    for (size_t i = 0; i < n; i++) {
        struct record rec = {calls[i].call, calls[i].caller, calls[i].vcpu, calls[i].arg};
        struct expected x = {expect[i].rc, expect[i].err, expect[i].undef, expect[i].out};
        if (replay_one(m, r, &rec, &x, &l, i, first_index, check_every, lenient,
                       results ? &results[i] : NULL, stop) != HT_REPLAY_DONE) {
            ran = i + 1;
            break;
        }
    }
    m->caller = caller_was;
    return ran;
}

/* The columns were just written by the read-ahead thread, on the other core: the loop asks
 * for the rows it will read PREFETCH_AHEAD calls ahead (perf: a quarter of replay_one's
 * samples sat on the first load of a call's expected outputs). */
#define PREFETCH_AHEAD 16

size_t ht_replay_columns(ht_machine *m, ht_remap *r, const ht_columns *c, size_t n,
                         uint64_t first_index, uint64_t check_every, uint32_t flags,
                         ht_result *results, ht_replay_stop *stop)
{
    bool lenient = (flags & HT_REPLAY_LENIENT) != 0;
    struct lists l = {c->pool, c->pool ? c->pool_words : 0, c->pool ? c->expect_pool : NULL};
    struct ht_caller caller_was = m->caller;
    size_t ran = n;
    stop_at(stop, n, HT_REPLAY_DONE, 0, 0, 0);
    for (size_t i = 0; i < n; i++) {
        if (i + PREFETCH_AHEAD < n) {
            __builtin_prefetch(&c->arg[(i + PREFETCH_AHEAD) * HT_ARGS]);
            __builtin_prefetch(&c->out[(i + PREFETCH_AHEAD) * HT_OUTS]);
        }
        struct record rec = {c->call[i], c->caller ? c->caller[i] : 0, c->vcpu ? c->vcpu[i] : 0,
                             &c->arg[i * HT_ARGS]};
        struct expected x = {c->rc[i], c->err[i], c->undef ? c->undef[i] : 0,
                             &c->out[i * HT_OUTS]};
        if (replay_one(m, r, &rec, &x, &l, i, first_index, check_every, lenient,
                       results ? &results[i] : NULL, stop) != HT_REPLAY_DONE) {
            ran = i + 1;
            break;
        }
    }
    m->caller = caller_was;
    return ran;
}

int ht_describe_gfn(ht_machine *m, uint32_t domid, uint64_t gfn, ht_gfn_info *out)
{
    memset(out, 0, sizeof *out);
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        return -1;
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    out->type = e ? e->type : HT_P2M_TYPE_INVALID;
    out->access = e ? e->access : 0;
    out->mfn = e ? e->mfn : HT_MFN_INVALID;
    if (mfn_is_ram(m, out->mfn)) {
        const ht_frame *f = &m->frame[out->mfn];
        out->owner = f->owner;
        out->refs = f->refs;
        out->wcount = frame_wcount(f);
        out->content = f->content;
        const struct ht_share *s = share_of(m, out->mfn);
        if (s) {
            out->handle = s->handle;
            out->tuples = s->rmap_count;
        }
    }
    return 0;
}
