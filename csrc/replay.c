/*
 * Replay: run recorded calls, remap the resources the emulator hands out differently from
 * the recording host, and compare every result with the recorded one.
 *
 * A recorded handle (port, grant reference, mapping) is bound to the emulator's value the
 * first time an output produces it; later arguments naming the recorded value get the
 * emulator's, and a value no earlier call produced passes through as a literal.  Bindings
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

/* ---- the resource map ------------------------------------------------------------------- */

#define NKINDS 7 /* indexed by HT_RES_* */

struct ht_remap {
    struct u64map to_emulated[NKINDS];
    struct u64map to_recorded[NKINDS];
};

static bool remapped(uint8_t kind)
{
    return kind == HT_RES_HANDLE || kind == HT_RES_GREF || kind == HT_RES_PORT ||
           kind == HT_RES_MAPPING;
}

/* Grant references and event-channel ports are numbered per domain, so their bindings are
 * kept per domain: the key carries the domain the call names.  Handles and mappings are
 * host-wide. */
static uint64_t remap_key(uint8_t kind, uint64_t domid, uint64_t value)
{
    if (kind == HT_RES_GREF || kind == HT_RES_PORT)
        return (domid << 32) | (value & 0xffffffffu);
    return value;
}

/* The domain a call is about: its first domain argument (0 when it names none). */
static uint64_t call_domain(const struct ht_call_desc *desc, const uint64_t *arg)
{
    for (int a = 0; a < desc->nargs; a++)
        if (desc->arg_uses[a] == HT_RES_DOMAIN)
            return arg[a];
    return 0;
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
        map_free(&r->to_emulated[k]);
        map_free(&r->to_recorded[k]);
    }
    free(r);
}

int ht_remap_lookup(const ht_remap *r, uint32_t kind, uint64_t domid, uint64_t recorded,
                    uint64_t *emulated)
{
    if (kind >= NKINDS)
        return 0;
    if (!map_get(&r->to_emulated[kind], remap_key((uint8_t)kind, domid, recorded), emulated))
        return 0;
    if (kind == HT_RES_GREF || kind == HT_RES_PORT)
        *emulated &= 0xffffffffu;
    return 1;
}

size_t ht_remap_size(const ht_remap *r)
{
    size_t n = 0;
    for (int k = 0; k < NKINDS; k++)
        n += r->to_emulated[k].len;
    return n;
}

/* ---- the replay loop ---------------------------------------------------------------------- */

static void stop_at(ht_replay_stop *stop, size_t index, uint32_t kind, int32_t field,
                    uint64_t recorded, uint64_t emulated)
{
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
    uint64_t bound;
    recorded = remap_key(kind, domid, recorded);
    emulated = remap_key(kind, domid, emulated);
    if (lenient)
        return map_put(&r->to_emulated[kind], recorded, emulated) &&
               map_put(&r->to_recorded[kind], emulated, recorded);
    if (map_get(&r->to_emulated[kind], recorded, &bound))
        return bound == emulated;
    if (map_get(&r->to_recorded[kind], emulated, &bound))
        return false;  /* the emulator's value already stands for another recorded one */
    return map_put(&r->to_emulated[kind], recorded, emulated) &&
           map_put(&r->to_recorded[kind], emulated, recorded);
}

size_t ht_replay(ht_machine *m, ht_remap *r, const ht_call_rec *calls, const ht_expect *expect,
                 size_t n, uint64_t first_index, uint64_t check_every, uint32_t flags,
                 ht_result *results, ht_replay_stop *stop)
{
    bool lenient = (flags & HT_REPLAY_LENIENT) != 0;
    stop_at(stop, n, HT_REPLAY_DONE, 0, 0, 0);
    for (size_t i = 0; i < n; i++) {
        const ht_call_rec *c = &calls[i];
        const ht_expect *x = &expect[i];
        uint64_t arg[HT_MAX_ARGS];
        memcpy(arg, c->arg, sizeof arg);
        const struct ht_call_desc *desc = c->call < HT_NCALLS ? &ht_calls[c->call] : NULL;
        uint64_t domid = desc ? call_domain(desc, c->arg) : 0;
        if (desc) {
            for (int a = 0; a < desc->nargs; a++) {
                uint8_t kind = desc->arg_uses[a];
                uint64_t emulated;
                if (remapped(kind) &&
                    map_get(&r->to_emulated[kind], remap_key(kind, domid, arg[a]), &emulated))
                    arg[a] = kind == HT_RES_GREF || kind == HT_RES_PORT ? emulated & 0xffffffffu
                                                                         : emulated;
            }
        }
        int64_t raw = ht_call(m, c->call, arg, results ? &results[i] : NULL);
        if (raw <= HT_RAW_REFUSED_LIMIT) {
            stop_at(stop, i, HT_REPLAY_REFUSED, -1, 0, (uint64_t)raw);
            return i + 1;
        }
        const ht_result *got = &m->last;
        /* Invariants first: a call that breaks one and also returns something unexpected
         * is reported for the broken invariant, the more severe finding. */
        if (check_every && (first_index + i + 1) % check_every == 0 &&
            (m->npending || ht_check(m, NULL, 0))) {
            stop_at(stop, i, HT_REPLAY_INVARIANT, -1, 0, 0);
            return i + 1;
        }
        if (!lenient && (got->rc != x->rc || got->err != x->err)) {
            stop_at(stop, i, HT_REPLAY_DIVERGED, -1, (uint64_t)x->rc, (uint64_t)got->rc);
            return i + 1;
        }
        if (raw >= 0) {
            for (int o = 0; o < desc->nouts; o++) {
                if (!output_matches(r, desc->out_makes[o], domid, x->out[o], got->out[o],
                                    lenient)) {
                    stop_at(stop, i, HT_REPLAY_DIVERGED, o, x->out[o], got->out[o]);
                    return i + 1;
                }
            }
        } else if (!ht_code_documented(m, c->call, got->err)) {
            stop_at(stop, i, HT_REPLAY_UNDOCUMENTED, -1, got->err, got->err);
            return i + 1;
        }
    }
    return n;
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
