/*
 * Sanitizer stress test of the haptrace C engine (built with ASan + UBSan by
 * tests/native/test_sanitizers.py; also useful by hand with larger budgets).
 *
 *     stress SEED [CALLS] [-v | -vv]
 *
 * For each "run" it builds a small machine (the profile alternates doc / xen-4.2, the rest
 * of the host is drawn from the seed, sometimes with tight memory), creates three domains,
 * enables sharing and some rings, and usually leaves what a toolstack would: shared pages,
 * grants (one mapped read-only), foreign mappings, paged-out gfns, restricted access, a
 * full access ring.  It takes a snapshot and records the state digest.  Then, until the
 * call budget is spent, it runs random sequences of 1-40 calls and restores, checking after
 * every restore that the digest is the snapshot's again.  Now and then it keeps a clean
 * sequence's state instead and takes a new snapshot there, so the machine drifts into
 * deeper states that short sequences could not reach.
 *
 * Calls are picked uniformly over the catalogue, or from the calls a sharing / paging tool
 * makes, mostly by domain 0's vcpu 0, sometimes by a guest's vcpu (DOMID_SELF then names
 * the guest) and rarely by one that does not exist (which the engine must refuse).  List
 * arguments get a few elements of the list's fields (gfns as for scalar gfns), now and then
 * a reference the engine must refuse (past the record's words, or over the list's limit).  Arguments follow ht_calls[].arg_uses / arg_bits: mostly plausible values (domids
 * 0..4, gfns 0..140, and handles, ports, grefs, mappings and (domain, gfn) pairs from the
 * outputs of earlier calls), sometimes hostile ones (random bits within the argument's
 * width, and rarely beyond it, which the dispatcher must refuse).  Some calls start a walk
 * (the same call over consecutive gfns) or are followed by what a pager or sharing tool
 * does next (evict after nominate, respond after a request, map after a grant).  "Narrow"
 * sequences use only domains 1-2 and gfns 0-3, so calls collide on the same pages.  Some
 * sequences run with planted bugs on (off again before the restore: the digest covers
 * state, not the bug mask), some with the transition oracle, some through ht_batch or the
 * fixed-arity entry points; ht_check runs after calls now and then.  A watchdog reports an
 * engine that hangs, and engine bugs found earlier are replayed first (regressions()).
 *
 * Exit status 0: every restore gave the snapshot's digest back and the audit found nothing
 * on a clean engine (no planted bug on since the last clean state).  1: a failure, after
 * printing the seed and the offending sequence.  -v prints per-call success counts (how
 * deep the run went), -vv also every call that builds a starting state.
 */
#define _POSIX_C_SOURCE 200809L   /* alarm, signal, write, _exit: the hang watchdog */

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"

#define MAX_SEQ 40   /* calls per sequence at most */
#define POOL 16
#define NKINDS 7     /* HT_RES_NONE .. HT_RES_MAPPING */
#define POOL_RING HT_RES_NONE   /* that pool slot holds rings instead: (domid, ring kind) */
#define TRIPLES 16
#define FRAMES_MAX 4096          /* the host configurations new_machine draws */
#define GFN_CAPACITY 8192
#define SHARE_MAX 256

/* ---- random numbers (splitmix64: deterministic for a seed) ---------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint64_t below(uint64_t n)
{
    return n ? rnd() % n : 0;
}

static int chance(unsigned one_in)
{
    return below(one_in) == 0;
}

static uint64_t width_mask(unsigned bits)
{
    return bits >= 64 ? ~0ull : (1ull << bits) - 1;
}

/* ---- resources produced by earlier calls ---------------------------------------------- */

struct triple {
    uint64_t domid, gfn, handle;   /* gfn carries bit 62 when it is a gref */
};

/* Pool entries remember the domain they belong to (gfns, grefs, ports), so a later call
 * can name the same (domain, resource) pair: chains such as grant_access -> grant_map ->
 * nominate_gref or paging nominate -> evict -> guest access then happen often. */
struct entry {
    uint64_t domid, value;
};

struct pools {
    struct entry v[NKINDS][POOL];
    unsigned n[NKINDS];
    struct triple t[TRIPLES];
    unsigned nt;
    uint64_t ring_gfn[8];          /* per domid 0..7: the gfn the rings were given */
};

static void pool_add(struct pools *p, unsigned kind, uint64_t domid, uint64_t value)
{
    if (kind >= NKINDS)
        return;
    p->v[kind][p->n[kind] % POOL] = (struct entry){domid, value};
    p->n[kind]++;
}

static const struct entry *pool_entry(const struct pools *p, unsigned kind)
{
    if (kind >= NKINDS)
        return NULL;
    unsigned n = p->n[kind] < POOL ? p->n[kind] : POOL;
    return n ? &p->v[kind][below(n)] : NULL;
}

static int pool_pick(const struct pools *p, unsigned kind, uint64_t *value)
{
    const struct entry *e = pool_entry(p, kind);
    if (!e)
        return 0;
    *value = e->value;
    return 1;
}

static void triple_add(struct pools *p, uint64_t domid, uint64_t gfn, uint64_t handle)
{
    p->t[p->nt % TRIPLES] = (struct triple){domid, gfn, handle};
    p->nt++;
}

static const struct triple *triple_pick(const struct pools *p)
{
    unsigned n = p->nt < TRIPLES ? p->nt : TRIPLES;
    return n ? &p->t[below(n)] : NULL;
}

/* ---- one recorded call ---------------------------------------------------------------- */

#define REC_WORDS 64   /* list words one record carries at most */

struct rec {
    uint32_t call;
    uint32_t via;     /* 0 ht_call, 1 ht_callN, 2 ht_batch */
    uint64_t arg[HT_ARGS];   /* a list's slot: offset << HT_LIST_SHIFT | count into words */
    int64_t raw;
    uint16_t caller, vcpu;   /* who makes the call */
    uint32_t nwords;
    uint64_t words[REC_WORDS];   /* the record's lists (its pool when run alone) */
};

static const char *call_name(uint32_t call)
{
    return call < HT_NCALLS ? ht_calls[call].name : "(unknown call)";
}

static void print_rec(FILE *f, unsigned i, const struct rec *r)
{
    unsigned n = r->call < HT_NCALLS ? ht_calls[r->call].nargs : HT_ARGS;
    static const char *const via[] = {"call", "callN", "batch"};
    fprintf(f, "  %2u @%u.%u %-22s (", i, r->caller, r->vcpu, call_name(r->call));
    for (unsigned a = 0; a < n; a++)
        fprintf(f, "%s%#" PRIx64, a ? ", " : "", r->arg[a]);
    fprintf(f, ") = %" PRId64 " [%s]", r->raw, via[r->via]);
    if (r->nwords) {
        fprintf(f, " words [");
        for (unsigned w = 0; w < r->nwords; w++)
            fprintf(f, "%s%#" PRIx64, w ? ", " : "", r->words[w]);
        fprintf(f, "]");
    }
    fprintf(f, "\n");
}

/* ---- argument generation -------------------------------------------------------------- */

/* Narrow sequences name only domains 1-2 and gfns 0-3, so calls collide on the same pages
 * (the same tuple linked twice, a gfn overwritten while shared, ...). */
static int narrow;

static uint64_t plausible_domid(void)
{
    if (narrow && !chance(8))
        return 1 + below(2);
    static const uint64_t odd[] = {0x7ff0, 0x7ff3, 0x7fef, 0xffff, 5, 31};
    if (chance(24))
        return odd[below(sizeof odd / sizeof odd[0])];
    return below(5);
}

static uint64_t plausible_gfn(const struct pools *p, uint64_t domid)
{
    uint64_t v;
    if (narrow && !chance(8))
        return below(4);
    switch (below(24)) {
    case 0:
        return below(141) | (1ull << 62);   /* the grant-reference flag */
    case 1:
        if (pool_pick(p, HT_RES_GREF, &v))
            return v | (1ull << 62);
        return below(4) | (1ull << 62);
    case 2: {
        static const uint64_t huge[] = {~0ull, 1ull << 32, 0xffffffffull, 0x7fffffffull,
                                        1ull << 63, 255, 256, 8191, 8192};
        return huge[below(sizeof huge / sizeof huge[0])];
    }
    case 3:
        return domid < 8 && p->ring_gfn[domid] ? p->ring_gfn[domid] : 60;
    default:
        return below(141);
    }
}

/* Values for arguments that use no resource: per call where a generic small number would
 * almost never do anything interesting, otherwise small numbers with a few edge values. */
static uint64_t plain_arg(uint32_t call, unsigned i)
{
    switch (call) {
    case HT_CALL_domain_create:
        switch (i) {
        case 1: return chance(8) ? below(1u << 12) : below(100);           /* pages */
        case 2: return chance(3) ? 0 : below(200);                         /* max_pages */
        case 3: return chance(3) ? 0 : 64 + below(256);                    /* p2m_size */
        case 4: return below(10);                                          /* vcpus */
        case 5: return below(4);                                           /* flags */
        default: break;
        }
        break;
    case HT_CALL_set_hvm_param:
        if (i == 1)
            return chance(4) ? below(40) : 27 + below(3);
        if (i == 2)
            return chance(4) ? below(141) : 40 + below(24);
        break;
    case HT_CALL_mem_paging_load:
        if (i == 2)
            return chance(6) ? below(1u << 14) : (1 + below(1000)) << 12;
        break;
    case HT_CALL_hvm_set_mem_access:
        if (i == 1)
            return below(12);
        if (i == 3)
            return chance(8) ? ~0ull - below(2) : below(9);
        break;
    case HT_CALL_increase_reservation:
    case HT_CALL_decrease_reservation:
    case HT_CALL_populate_physmap:
        if (i == 1)
            return chance(16) ? ~0ull >> below(8) : below(9);
        if (i == 2)
            return chance(16) ? 17 + below(4) : below(4);
        if (i == 3 && call != HT_CALL_decrease_reservation)
            return chance(4) ? below(20) : 0;
        break;
    case HT_CALL_hvm_set_mem_type:
        if (i == 1)
            return below(4);
        if (i == 3)
            return chance(8) ? ~0ull - below(2) : below(9);
        break;
    case HT_CALL_domain_memory_mapping:
        if (i == 2)
            return chance(6) ? below(8192) : 4096 + below(64);
        if (i == 3)
            return chance(8) ? below(100) : below(5);
        if (i == 4)
            return below(2);
        break;
    case HT_CALL_domain_setmaxmem:
        return chance(4) ? rnd() & 0xffffffffu : (32 + below(200)) * 4;
    case HT_CALL_caller_privilege:
        return below(4);
    case HT_CALL_inject_fault:
        return i == 0 ? below(6) : below(4);
    case HT_CALL_ring_get_request:
    case HT_CALL_ring_put_response:
        if (i == 1)
            return below(5);
        if (i == 3)
            return below(10);
        if (i == 4)
            return below(16);
        break;
    case HT_CALL_guest_write:
        if (i == 2)
            return rnd() & 0xffffffffu;
        if (i == 3)
            return chance(8) ? below(12) : below(2);
        break;
    case HT_CALL_guest_read:
    case HT_CALL_guest_exec:
        if (i == 2)
            return chance(8) ? below(12) : below(2);
        break;
    case HT_CALL_domain_set_max_evtchn:
        return chance(2) ? below(8) : below(5000);
    case HT_CALL_assign_device:
        return below(4);
    default:
        break;
    }
    static const uint64_t edge[] = {0, 1, 2, 3, 0xff, 0x100, 0xffffffffull, ~0ull};
    if (chance(8))
        return edge[below(sizeof edge / sizeof edge[0])];
    return chance(2) ? below(4) : below(16);
}

static uint64_t make_arg(const struct pools *p, uint32_t call, unsigned i, uint64_t *prev)
{
    const struct ht_call_desc *d = &ht_calls[call];
    unsigned bits = d->arg_bits[i];
    if (chance(400))
        return rnd();                       /* perhaps too wide: the dispatcher refuses */
    if (chance(20))
        return rnd() & width_mask(bits);    /* hostile, but within the C width */
    uint64_t v = 0, domid = 0;
    int dom_arg = -1;
    for (unsigned k = i; k-- > 0;) {        /* the nearest domain argument before this one */
        if (d->arg_uses[k] == HT_RES_DOMAIN) {
            domid = prev[k];
            dom_arg = (int)k;
            break;
        }
    }
    unsigned uses = d->arg_uses[i];
    if (dom_arg >= 0 && (uses == HT_RES_GFN || uses == HT_RES_GREF || uses == HT_RES_PORT) &&
        chance(2)) {
        /* A (domain, resource) pair an earlier call used or made: name both again. */
        const struct entry *e = pool_entry(p, uses);
        if (e && e->domid <= 0xffff && !narrow) {
            prev[dom_arg] = e->domid;
            return e->value & width_mask(bits);
        }
    }
    switch (uses) {
    case HT_RES_DOMAIN:
        v = plausible_domid();
        break;
    case HT_RES_GFN:
        v = plausible_gfn(p, domid);
        break;
    case HT_RES_HANDLE:
        if (!chance(4) && pool_pick(p, HT_RES_HANDLE, &v))
            break;
        v = below(24);
        break;
    case HT_RES_GREF:
        if (!chance(4) && pool_pick(p, HT_RES_GREF, &v))
            break;
        v = chance(8) ? 2046 + below(4) : below(6);
        break;
    case HT_RES_PORT:
        if (!chance(4) && pool_pick(p, HT_RES_PORT, &v))
            break;
        v = below(6);
        break;
    case HT_RES_MAPPING:
        if (!chance(4) && pool_pick(p, HT_RES_MAPPING, &v))
            break;
        v = chance(8) ? 254 + below(4) : below(6);
        break;
    default:
        v = plain_arg(call, i);
        break;
    }
    return v & width_mask(bits);
}

/* The sharing calls that name two pages: usually give them pages that were nominated, so
 * shares succeed and the rmaps grow. */
static void sharing_pair(const struct pools *p, uint32_t call, uint64_t *arg)
{
    const struct triple *s = triple_pick(p), *c = triple_pick(p);
    if (!s || !c || chance(3))
        return;
    arg[0] = s->domid;
    arg[2] = s->handle;
    arg[3] = c->domid;
    if (call == HT_CALL_memshr_share_grefs) {
        arg[1] = (uint32_t)s->gfn;
        arg[4] = (uint32_t)c->gfn;
    } else {
        arg[1] = s->gfn;
        /* add_to_physmap wants a hole; a planted bug lets it overwrite a page, even the
         * source's own gfn, so name nominated gfns too. */
        arg[4] = call == HT_CALL_memshr_add_to_physmap && !chance(3) ? 64 + below(77) : c->gfn;
    }
    if (call != HT_CALL_memshr_add_to_physmap)
        arg[5] = c->handle;
    else
        arg[5] = 0;
}

/* Calls a sharing/paging tool issues: a quarter of the picks come from these, so the
 * interesting states are reached more often than uniform picks alone would. */
static const uint32_t focus[] = {
    HT_CALL_memshr_nominate_gfn,  HT_CALL_memshr_nominate_gfn, HT_CALL_memshr_share_gfns,
    HT_CALL_memshr_share_gfns,    HT_CALL_memshr_add_to_physmap, HT_CALL_memshr_debug_gfn,
    HT_CALL_memshr_nominate_gref, HT_CALL_memshr_share_grefs,  HT_CALL_guest_write,
    HT_CALL_guest_read,           HT_CALL_mem_paging_nominate, HT_CALL_mem_paging_evict,
    HT_CALL_mem_paging_load,      HT_CALL_mem_paging_prep,     HT_CALL_grant_access,
    HT_CALL_grant_map,            HT_CALL_foreign_map,         HT_CALL_ring_get_request,
    HT_CALL_ring_put_response,    HT_CALL_evtchn_send,         HT_CALL_decrease_reservation,
    HT_CALL_populate_physmap,     HT_CALL_remove_from_physmap, HT_CALL_inject_fault,
    HT_CALL_hvm_set_mem_access,   HT_CALL_mem_access_resume,   HT_CALL_memshr_domain_resume,
    HT_CALL_domain_setmaxmem,     HT_CALL_increase_reservation,
};

/* What narrow sequences mostly call: the page-level sharing operations. */
static const uint32_t narrow_focus[] = {
    HT_CALL_memshr_nominate_gfn,  HT_CALL_memshr_nominate_gfn,   HT_CALL_memshr_share_gfns,
    HT_CALL_memshr_share_gfns,    HT_CALL_memshr_add_to_physmap, HT_CALL_memshr_add_to_physmap,
    HT_CALL_remove_from_physmap,  HT_CALL_populate_physmap,      HT_CALL_decrease_reservation,
    HT_CALL_guest_write,          HT_CALL_memshr_debug_gfn,      HT_CALL_foreign_map,
};

/* The list in slot i of a call: a few elements of its fields appended to the record's
 * words (gfns of the call's domain, as for scalar gfns), or now and then a reference the
 * engine must refuse (past the record's words, or longer than the list's limit). */
static void make_list(const struct pools *p, struct rec *r, unsigned i)
{
    const struct ht_list_desc *l = &ht_lists[ht_calls[r->call].arg_list[i] - 1];
    uint64_t domid = r->arg[0] == HT_DOMID_SELF ? r->caller : r->arg[0];
    if (chance(40)) {
        static const uint64_t hostile[] = {5000, 1ull << 31, 0xffffffffull};
        r->arg[i] = chance(2) ? ((uint64_t)below(1u << 20) << HT_LIST_SHIFT) | (1 + below(4))
                              : hostile[below(3)];
        return;
    }
    uint64_t count = chance(6) ? 0 : 1 + below(8);
    if (r->nwords + count * l->stride > REC_WORDS)
        count = (REC_WORDS - r->nwords) / l->stride;
    uint64_t offset = r->nwords;
    for (uint64_t e = 0; e < count; e++) {
        for (uint32_t f = 0; f < l->stride; f++) {
            uint64_t v = 0;
            if (l->direction != HT_DIR_OUT)
                v = l->field_uses[f] == HT_RES_GFN ? plausible_gfn(p, domid) : below(16);
            r->words[r->nwords++] = v & width_mask(l->field_bits[f]);
        }
    }
    r->arg[i] = count ? (offset << HT_LIST_SHIFT) | count : 0;
}

/* Who makes a call: mostly domain 0's vcpu 0, sometimes a guest's vcpu, rarely one that
 * does not exist. */
static void make_caller(struct rec *r)
{
    if (chance(4)) {
        r->caller = (uint16_t)(1 + below(3));
        r->vcpu = (uint16_t)below(3);
    }
    if (chance(100)) {
        r->caller = chance(2) ? 9 : 1;
        r->vcpu = chance(2) ? 0 : HT_MAX_VCPUS + 1;
    }
}

static void make_call(const struct pools *p, struct rec *r)
{
    memset(r, 0, sizeof *r);
    make_caller(r);
    if (chance(300)) {
        static const uint32_t bad[] = {HT_NCALLS, HT_NCALLS + 1, 0xffffffffu, 1000};
        r->call = bad[below(4)];
        for (unsigned i = 0; i < HT_ARGS; i++)
            r->arg[i] = rnd();
        return;
    }
    if (narrow && !chance(3))
        r->call = narrow_focus[below(sizeof narrow_focus / sizeof narrow_focus[0])];
    else if (chance(3))
        r->call = focus[below(sizeof focus / sizeof focus[0])];
    else
        r->call = (uint32_t)below(HT_NCALLS);
    for (unsigned i = 0; i < ht_calls[r->call].nargs; i++)
        r->arg[i] = ht_calls[r->call].arg_list[i] ? 0 : make_arg(p, r->call, i, r->arg);
    for (unsigned i = 0; i < ht_calls[r->call].nargs; i++)
        if (ht_calls[r->call].arg_list[i])
            make_list(p, r, i);
    if ((r->call == HT_CALL_ring_get_request || r->call == HT_CALL_ring_put_response) &&
        chance(2)) {
        const struct entry *e = pool_entry(p, POOL_RING);   /* a ring that was enabled */
        if (e) {
            r->arg[0] = e->domid;
            r->arg[1] = e->value;
        }
    }
    if (r->call == HT_CALL_memshr_share_gfns || r->call == HT_CALL_memshr_share_grefs ||
        r->call == HT_CALL_memshr_add_to_physmap)
        sharing_pair(p, r->call, r->arg);
}

/* A walk repeats one call over consecutive gfns (and grefs), the way a sharing or paging
 * tool scans memory; it fills rings and mapping tables that single calls never fill. */
struct walk {
    unsigned left;
    struct rec r;
    struct rec follow[4];   /* what a tool does next after some calls, in order */
    unsigned nfollow;
};

static void follow(struct walk *w, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                   uint64_t a3, uint64_t a4)
{
    if (w->nfollow < 4)
        w->follow[w->nfollow++] = (struct rec){.call = call, .arg = {a0, a1, a2, a3, a4}};
}

/* After a call (its result known, or in a batch assumed to succeed), queue the calls a
 * pager or a sharing tool would make next, some of the time. */
static void plan_follow(const struct pools *p, struct walk *w, const struct rec *r,
                        const ht_result *res)
{
    if (w->nfollow || !chance(2) || r->call >= HT_NCALLS)
        return;
    const uint64_t *a = r->arg;
    uint64_t v;
    switch (r->call) {
    case HT_CALL_mem_paging_nominate:
        follow(w, HT_CALL_mem_paging_evict, a[0], a[1], 0, 0, 0);
        if (chance(2))
            follow(w, chance(2) ? HT_CALL_guest_read : HT_CALL_foreign_map, a[0], a[1], below(2),
                   0, 0);
        break;
    case HT_CALL_mem_paging_evict:
    case HT_CALL_guest_read:
    case HT_CALL_guest_write:
        switch (below(4)) {
        case 0: follow(w, HT_CALL_mem_paging_load, a[0], a[1], (1 + below(99)) << 12, 0, 0); break;
        case 1: follow(w, HT_CALL_mem_paging_prep, a[0], a[1], 0, 0, 0); break;
        case 2: follow(w, HT_CALL_guest_read, a[0], a[1], below(2), 0, 0); break;
        default: follow(w, HT_CALL_ring_get_request, a[0], HT_RING_PAGING, 0, 0, 0); break;
        }
        break;
    case HT_CALL_ring_get_request:
        if (!res || r->raw < 0)
            break;
        follow(w, HT_CALL_ring_put_response, a[0], a[1], res->out[0], res->out[1],
               res->out[2] & (chance(4) ? ~0u : ~(uint64_t)HT_RING_FLAGS_DROP_PAGE));
        if (a[1] == HT_RING_PAGING && chance(2))
            follow(w, HT_CALL_mem_paging_load, a[0], res->out[0], (1 + below(99)) << 12, 0, 0);
        if (pool_pick(p, HT_RES_PORT, &v) && chance(2))
            follow(w, HT_CALL_evtchn_send, a[0], v, 0, 0, 0);
        else if (a[1] == HT_RING_ACCESS)
            follow(w, HT_CALL_mem_access_resume, a[0], 0, 0, 0, 0);
        else if (a[1] == HT_RING_SHARING)
            follow(w, HT_CALL_memshr_domain_resume, a[0], 0, 0, 0, 0);
        break;
    case HT_CALL_grant_access:
        if (!res || r->raw < 0)
            break;
        follow(w, HT_CALL_grant_map, a[0], res->out[0], chance(4), 0, 0);
        follow(w, chance(2) ? HT_CALL_memshr_nominate_gref : HT_CALL_memshr_debug_gref, a[0],
               res->out[0], 0, 0, 0);
        break;
    case HT_CALL_memshr_nominate_gfn:
        if (!res || r->raw < 0)
            break;
        /* The same gfn of another domain, then share the two. */
        v = 1 + below(3);
        follow(w, HT_CALL_memshr_nominate_gfn, v, a[1], 0, 0, 0);
        follow(w, HT_CALL_memshr_debug_gfn, a[0], a[1], 0, 0, 0);
        break;
    case HT_CALL_hvm_set_mem_access:
        follow(w, chance(2) ? HT_CALL_guest_read : HT_CALL_guest_write, a[0], a[2], below(2),
               below(2), 0);
        follow(w, HT_CALL_ring_get_request, a[0], HT_RING_ACCESS, 0, 0, 0);
        break;
    default:
        break;
    }
}

static void next_call(const struct pools *p, struct walk *w, struct rec *r)
{
    if (w->nfollow) {
        *r = w->follow[0];
        memmove(&w->follow[0], &w->follow[1], --w->nfollow * sizeof w->follow[0]);
        const struct ht_call_desc *d = &ht_calls[r->call];
        for (unsigned i = 0; i < d->nargs; i++)
            r->arg[i] &= width_mask(d->arg_bits[i]);
        return;
    }
    if (w->left) {
        w->left--;
        *r = w->r;
        const struct ht_call_desc *d = &ht_calls[r->call];
        for (unsigned i = 0; i < d->nargs; i++) {
            if (d->arg_uses[i] == HT_RES_GFN || d->arg_uses[i] == HT_RES_GREF)
                r->arg[i] = (r->arg[i] + 1) & width_mask(d->arg_bits[i]);
        }
        w->r = *r;
        return;
    }
    make_call(p, r);
    if (r->call < HT_NCALLS && chance(8)) {
        w->left = 1 + (unsigned)below(chance(4) ? 70 : 12);
        w->r = *r;
    }
}

/* ---- running calls -------------------------------------------------------------------- */

static int64_t call_fixed(ht_machine *m, uint32_t call, const uint64_t *a)
{
    unsigned n = call < HT_NCALLS ? ht_calls[call].nargs : (unsigned)below(HT_ARGS + 1);
    int64_t packed;
    switch (n) {
    case 0: packed = ht_call0(m, call); break;
    case 1: packed = ht_call1(m, call, a[0]); break;
    case 2: packed = ht_call2(m, call, a[0], a[1]); break;
    case 3: packed = ht_call3(m, call, a[0], a[1], a[2]); break;
    case 4: packed = ht_call4(m, call, a[0], a[1], a[2], a[3]); break;
    case 5: packed = ht_call5(m, call, a[0], a[1], a[2], a[3], a[4]); break;
    case 6: packed = ht_call6(m, call, a[0], a[1], a[2], a[3], a[4], a[5]); break;
    case 7: packed = ht_call7(m, call, a[0], a[1], a[2], a[3], a[4], a[5], a[6]); break;
    default: packed = ht_call8(m, call, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]); break;
    }
    /* packed = raw * HT_PACK + reason, reason in [0, 0xffff]: floor division. */
    int64_t reason = packed & 0xffff;
    return (packed - reason) / HT_PACK;
}

/* Feed what a successful call made into the pools. */
static void harvest(struct pools *p, const struct rec *r, const ht_result *res)
{
    if (r->raw < 0 || r->call >= HT_NCALLS)
        return;
    const struct ht_call_desc *d = &ht_calls[r->call];
    uint64_t domid = d->nargs && d->arg_uses[0] == HT_RES_DOMAIN ? r->arg[0] : ~0ull;
    for (unsigned j = 0; j < d->nouts; j++)
        if (d->out_makes[j] != HT_RES_NONE)
            pool_add(p, d->out_makes[j], domid, res->out[j]);
    /* The (domain, gfn) pairs a successful call named, in lists too. */
    uint64_t dom = ~0ull;
    for (unsigned i = 0; i < d->nargs; i++) {
        if (d->arg_uses[i] == HT_RES_DOMAIN)
            dom = r->arg[i] == HT_DOMID_SELF ? r->caller : r->arg[i];
        else if (d->arg_uses[i] == HT_RES_GFN && dom != ~0ull)
            pool_add(p, HT_RES_GFN, dom, r->arg[i]);
        else if (d->arg_list[i] && dom != ~0ull) {
            const struct ht_list_desc *l = &ht_lists[d->arg_list[i] - 1];
            uint64_t count = (uint32_t)r->arg[i], offset = r->arg[i] >> HT_LIST_SHIFT;
            for (uint64_t e = 0; e < count && offset + (e + 1) * l->stride <= r->nwords; e++)
                if (l->field_uses[0] == HT_RES_GFN && l->direction != HT_DIR_OUT)
                    pool_add(p, HT_RES_GFN, dom, r->words[offset + e * l->stride]);
        }
    }
    if (r->call == HT_CALL_mem_paging_enable)
        pool_add(p, POOL_RING, r->arg[0], HT_RING_PAGING);
    if (r->call == HT_CALL_mem_access_enable)
        pool_add(p, POOL_RING, r->arg[0], HT_RING_ACCESS);
    if (r->call == HT_CALL_memshr_ring_enable)
        pool_add(p, POOL_RING, r->arg[0], HT_RING_SHARING);
    if (r->call == HT_CALL_ring_get_request && r->arg[0] < 8)
        pool_add(p, HT_RES_GFN, r->arg[0], res->out[0]);   /* the gfn a request names */
    if (r->call == HT_CALL_memshr_nominate_gfn)
        triple_add(p, r->arg[0], r->arg[1], res->out[0]);
    if (r->call == HT_CALL_memshr_nominate_gref)
        triple_add(p, r->arg[0], r->arg[1] | (1ull << 62), res->out[0]);
    if (r->call == HT_CALL_set_hvm_param && r->arg[1] >= 27 && r->arg[1] <= 29 && r->arg[0] < 8)
        p->ring_gfn[r->arg[0]] = r->arg[2];
}

/* ---- the driver ----------------------------------------------------------------------- */

static uint64_t per_call_ok[HT_NCALLS], per_call_runs[HT_NCALLS];

struct stats {
    uint64_t calls, sequences, restores, resnapshots, machines, checks, batches;
    uint64_t refused, ok, failed, tainted_violations;
};

static uint64_t seed_arg;
static int verbose;

/* The watchdog: a sequence that does not finish within WATCHDOG_S seconds means the engine
 * hangs.  The message is formatted before each sequence; the handler only writes it. */
#define WATCHDOG_S 20
static char hang_message[200];
static size_t hang_length;

static void on_alarm(int sig)
{
    (void)sig;
    if (write(2, hang_message, hang_length) < 0)
        _exit(3);
    _exit(1);
}

static void watch(unsigned machine, uint64_t seq)
{
    int n = snprintf(hang_message, sizeof hang_message,
                     "stress: FAILED: the engine hangs: seed %" PRIu64 ", machine %u, sequence %"
                     PRIu64 " did not finish in %d s; rerun: stress %" PRIu64 "\n",
                     seed_arg, machine, seq, WATCHDOG_S, seed_arg);
    hang_length = n > 0 ? (size_t)n : 0;
    alarm(WATCHDOG_S);
}

static void fail_header(const char *what, unsigned machine, uint64_t seq, const ht_machine *m)
{
    fprintf(stderr, "stress: FAILED: %s\n", what);
    fprintf(stderr, "stress: seed %" PRIu64 ", machine %u (profile %s), sequence %" PRIu64
                    "; rerun: stress %" PRIu64 "\n",
            seed_arg, machine, ht_profile(m) == HT_PROFILE_DOC ? "doc" : "xen-4.2", seq,
            seed_arg);
}

static void print_sequence(const struct rec *seq, unsigned n, uint64_t bugs, int oracle)
{
    fprintf(stderr, "stress: the sequence (planted bugs %#" PRIx64 ", oracle %s):\n", bugs,
            oracle ? "on" : "off");
    for (unsigned i = 0; i < n; i++)
        print_rec(stderr, i, &seq[i]);
}

static void print_violations(const ht_violation *v, size_t found)
{
    for (size_t i = 0; i < found && i < 16; i++) {
        const char *name = ht_invariant_name(v[i].invariant);
        fprintf(stderr, "  violation %s: domid %#x gfn %#" PRIx64 " mfn %#" PRIx64
                        " expected %" PRId64 " actual %" PRId64 "\n",
                name ? name : "?", v[i].domid, v[i].gfn, v[i].mfn, v[i].expected, v[i].actual);
    }
}

/* A copy of the state the digest covers, taken at each snapshot, to say where a restore
 * went wrong when the digests differ. */
struct copy {
    ht_host_pub host;
    ht_domain_pub dom_pub[HT_MAX_DOMAINS];
    struct ht_domain *dom;
    ht_frame *frame;
    ht_p2m_entry *p2m;
    struct ht_share *share;
    struct ht_mapping map[HT_MAX_MAPPINGS];
    uint32_t free_head, share_free_head;
};

static void copy_take(struct copy *c, const ht_machine *m)
{
    c->host = m->host;
    memcpy(c->dom_pub, m->dom_pub, sizeof c->dom_pub);
    memcpy(c->dom, m->dom, sizeof m->dom);
    memcpy(c->frame, m->frame, m->config.total_frames * sizeof *m->frame);
    memcpy(c->p2m, m->p2m, m->config.gfn_capacity * sizeof *m->p2m);
    memcpy(c->share, m->share, m->config.share_capacity * sizeof *m->share);
    memcpy(c->map, m->map, sizeof c->map);
    c->free_head = m->free_head;
    c->share_free_head = m->share_free_head;
}

static void first_diff(const char *what, const void *a, const void *b, size_t len, size_t item)
{
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < len; i++) {
        if (x[i] != y[i]) {
            fprintf(stderr, "  %s differs first at byte %zu (item %zu): snapshot %#x, now %#x\n",
                    what, i, i / item, x[i], y[i]);
            return;
        }
    }
}

static void copy_compare(const struct copy *c, const ht_machine *m)
{
    first_diff("host", &c->host, &m->host, sizeof c->host, sizeof c->host);
    first_diff("dom_pub", c->dom_pub, m->dom_pub, sizeof c->dom_pub, sizeof c->dom_pub[0]);
    first_diff("dom", c->dom, m->dom, sizeof m->dom, sizeof m->dom[0]);
    first_diff("frame", c->frame, m->frame, m->config.total_frames * sizeof *m->frame,
               sizeof *m->frame);
    first_diff("p2m", c->p2m, m->p2m, m->host.gfn_used * sizeof *m->p2m, sizeof *m->p2m);
    first_diff("share", c->share, m->share, m->config.share_capacity * sizeof *m->share,
               sizeof *m->share);
    first_diff("map", c->map, m->map, sizeof c->map, sizeof c->map[0]);
    if (c->free_head != m->free_head || c->share_free_head != m->share_free_head)
        fprintf(stderr, "  free list heads differ\n");
}

/* One call of the starting state, its outputs going into the base pools. */
static int64_t setup(ht_machine *m, struct pools *pools, uint32_t call, uint64_t a0, uint64_t a1,
                     uint64_t a2, uint64_t a3)
{
    struct rec r = {.call = call, .arg = {a0, a1, a2, a3}};
    ht_result res;
    r.raw = ht_call(m, call, r.arg, NULL, 0, &res);
    harvest(pools, &r, &res);
    if (verbose > 1)
        print_rec(stderr, 0, &r);
    return r.raw;
}

static ht_machine *new_machine(unsigned run, struct pools *pools)
{
    ht_host_config cfg = {0};
    cfg = (ht_host_config){
        .arch = chance(16) ? HT_ARCH_X86_32 : HT_ARCH_X86_64,
        .vendor = chance(4) ? (uint32_t)below(HT_VENDOR_COUNT) : HT_VENDOR_INTEL,
        .profile = run % 2 ? HT_PROFILE_XEN_4_2 : HT_PROFILE_DOC,
        .audit_compiled = !chance(4),
        /* Sometimes tight: three domains of 64 pages leave a few dozen frames free. */
        .total_frames = chance(4) ? 200 + below(100) : FRAMES_MAX,
        .gfn_capacity = GFN_CAPACITY,
        .share_capacity = chance(4) ? 16 + below(16) : SHARE_MAX,   /* <= total_frames */
        .xenheap_units = chance(4) ? 20 + below(40) : 512,
    };
    if (cfg.share_capacity > cfg.total_frames)
        cfg.share_capacity = cfg.total_frames;
    char err[128];
    ht_machine *m = ht_machine_new(&cfg, err, sizeof err);
    if (!m) {
        fprintf(stderr, "stress: ht_machine_new: %s\n", err);
        exit(1);
    }
    /* A bad configuration must be refused with a message, never crash. */
    ht_host_config bad = cfg;
    bad.total_frames = 0;
    if (ht_machine_new(&bad, err, sizeof err) != NULL || ht_machine_new(NULL, NULL, 0) != NULL) {
        fprintf(stderr, "stress: a bad configuration was accepted\n");
        exit(1);
    }

    memset(pools, 0, sizeof *pools);
    ht_result res;
    for (uint64_t domid = 1; domid <= 3; domid++) {
        uint64_t args[HT_ARGS] = {domid, 64, 64 + below(16), 128, 2, HT_DOMAIN_FLAGS_HAP};
        if (ht_call(m, HT_CALL_domain_create, args, NULL, 0, &res) != 0) {
            fprintf(stderr, "stress: domain_create(%" PRIu64 ") failed: errno %u\n", domid,
                    res.err);
            exit(1);
        }
    }
    for (uint64_t domid = 1; domid <= 3; domid++) {
        if (domid == 3 && chance(2))
            continue;   /* sharing on some domains */
        setup(m, pools, HT_CALL_memshr_control, domid, 1, 0, 0);
    }
    /* Rings on some domains, each on its own gfn (params 27, 28, 29). */
    for (uint64_t domid = 1; domid <= 3; domid++) {
        for (uint32_t k = 0; k < 3; k++) {
            if (!chance(2))
                continue;
            uint64_t gfn = 40 + 4 * domid + k;
            setup(m, pools, HT_CALL_set_hvm_param, domid, 27 + k, gfn, 0);
            static const uint32_t enable[] = {HT_CALL_mem_paging_enable,
                                              HT_CALL_mem_access_enable,
                                              HT_CALL_memshr_ring_enable};
            setup(m, pools, enable[k], domid, 0, 0, 0);
        }
    }
    if (chance(4))
        return m;   /* a plain start now and then */

    /* What a sharing / paging toolstack leaves behind, on random gfns of each domain:
     * nominated and shared pages, grants (one mapped read-only, as nominate_gref wants),
     * foreign mappings, paged-out gfns, and gfns whose access is restricted. */
    for (uint64_t domid = 1; domid <= 3; domid++) {
        for (unsigned i = 0; i < 4; i++) {
            uint64_t gfn = below(32);
            if (setup(m, pools, HT_CALL_memshr_nominate_gfn, domid, gfn, 0, 0) != 0)
                continue;
            uint64_t client_handle = m->last.out[0];
            if (domid > 1 && chance(2) &&
                setup(m, pools, HT_CALL_memshr_nominate_gfn, 1, gfn, 0, 0) == 0) {
                uint64_t args[HT_ARGS] = {1, gfn, m->last.out[0], domid, gfn, client_handle};
                ht_call(m, HT_CALL_memshr_share_gfns, args, NULL, 0, NULL);
            }
        }
        uint64_t gfn = 32 + below(8);
        if (setup(m, pools, HT_CALL_grant_access, domid, gfn, chance(2), 0) == 0) {
            uint64_t gref = m->last.out[0];
            if (chance(2))
                setup(m, pools, HT_CALL_grant_map, domid, gref, 0, 0);
        }
        setup(m, pools, HT_CALL_grant_access, domid, below(64), chance(2), 0);
        if (chance(2))
            setup(m, pools, HT_CALL_foreign_map, domid, below(64), chance(2), 0);
        for (unsigned i = 0; i < 3; i++) {
            gfn = 48 + below(16);
            if (setup(m, pools, HT_CALL_mem_paging_nominate, domid, gfn, 0, 0) == 0 && chance(3))
                setup(m, pools, HT_CALL_mem_paging_evict, domid, gfn, 0, 0);
        }
        if (chance(2)) {
            gfn = below(64);
            setup(m, pools, HT_CALL_hvm_set_mem_access, domid, below(10), gfn, 1 + below(4));
        }
    }
    /* Now and then a full ring: n2rwx accesses post an event each without pausing the
     * vcpu, so reading 64 such gfns fills the access ring (where there is one). */
    if (chance(3)) {
        uint64_t domid = 1 + below(3);
        setup(m, pools, HT_CALL_hvm_set_mem_access, domid, HT_ACCESS_N2RWX, 0, 64);
        for (uint64_t gfn = 0; gfn < 64; gfn++)
            setup(m, pools, HT_CALL_guest_read, domid, gfn, 0, 0);
        setup(m, pools, HT_CALL_hvm_set_mem_access, domid, HT_ACCESS_R, 0, 8);
    }
    /* Many gfns paged out of one domain (page-ins then fill its paging ring quickly). */
    if (chance(3)) {
        uint64_t domid = 1 + below(3);
        for (uint64_t gfn = 0; gfn < 40; gfn++) {
            if (setup(m, pools, HT_CALL_mem_paging_nominate, domid, gfn, 0, 0) == 0)
                setup(m, pools, HT_CALL_mem_paging_evict, domid, gfn, 0, 0);
        }
        for (uint64_t gfn = 0; gfn < 40; gfn += 1 + below(2))
            setup(m, pools, HT_CALL_foreign_map, domid, gfn, 0, 0);
    }
    /* Guest accesses to what was set up: page-in requests and access events on the rings. */
    for (unsigned i = 0; i < 6; i++) {
        const struct entry *e = pool_entry(pools, HT_RES_GFN);
        if (e)
            setup(m, pools, chance(2) ? HT_CALL_guest_read : HT_CALL_guest_write, e->domid,
                  e->value, below(2), below(2));
    }
    return m;
}

/* Engine bugs found by this program or by targeted searches, replayed on every run. */
static void regressions(void)
{
    ht_host_config cfg = {.total_frames = 512, .gfn_capacity = 1024, .share_capacity = 64,
                          .xenheap_units = 256};
    char err[128];
    ht_machine *m = ht_machine_new(&cfg, err, sizeof err);
    if (!m) {
        fprintf(stderr, "stress: ht_machine_new: %s\n", err);
        exit(1);
    }
    for (uint64_t domid = 1; domid <= 2; domid++) {
        uint64_t create[HT_ARGS] = {domid, 8, 16, 16, 1, HT_DOMAIN_FLAGS_HAP};
        uint64_t control[HT_ARGS] = {domid, 1};
        ht_call(m, HT_CALL_domain_create, create, NULL, 0, NULL);
        ht_call(m, HT_CALL_memshr_control, control, NULL, 0, NULL);
    }
    /* No snapshot here: a looping engine would grow the journal until memory ran out. */
    /* With add_physmap_hole_check planted, add_to_physmap onto the source gfn itself links
     * its tuple twice (a cycle in the rmap threaded through the p2m), and a second one
     * splices two frames' rmaps; share_pages then looped forever (fixed in sharing.c). */
    static const struct rec cycle[] = {
        {.call = HT_CALL_memshr_nominate_gfn, .arg = {1, 0}},
        {.call = HT_CALL_memshr_nominate_gfn, .arg = {2, 3}},
        {.call = HT_CALL_memshr_nominate_gfn, .arg = {2, 0}},
        {.call = HT_CALL_memshr_add_to_physmap, .arg = {2, 3, 3, 1, 3}},
        {.call = HT_CALL_memshr_nominate_gfn, .arg = {1, 2}},
        {.call = HT_CALL_memshr_add_to_physmap, .arg = {1, 2, 5, 1, 2}},
        {.call = HT_CALL_memshr_add_to_physmap, .arg = {1, 2, 5, 1, 3}},
        {.call = HT_CALL_memshr_share_gfns, .arg = {2, 3, 3, 1, 2, 5}},
    };
    ht_set_bugs(m, 1ull << HT_BUG_ADD_PHYSMAP_HOLE_CHECK);
    snprintf(hang_message, sizeof hang_message,
             "stress: FAILED: the engine hangs in the rmap-cycle regression scenario\n");
    hang_length = strlen(hang_message);
    alarm(5);
    for (size_t i = 0; i < sizeof cycle / sizeof cycle[0]; i++)
        ht_call(m, cycle[i].call, cycle[i].arg, NULL, 0, NULL);
    alarm(0);
    ht_violation viol[16];
    if (ht_check(m, viol, 16) == 0) {
        fprintf(stderr, "stress: FAILED: rmap-cycle regression scenario: the audit does not"
                        " report the corrupted rmaps\n");
        exit(1);
    }
    ht_machine_free(m);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s SEED [CALLS] [-v | -vv]\n", argv[0]);
        return 2;
    }
    seed_arg = strtoull(argv[1], NULL, 0);
    uint64_t budget = argc > 2 ? strtoull(argv[2], NULL, 0) : 20000;
    verbose = argc > 3 ? (strcmp(argv[3], "-vv") == 0 ? 2 : strcmp(argv[3], "-v") == 0) : 0;
    rng_state = seed_arg * 0x2545f4914f6cdd1dull + 1;
    signal(SIGALRM, on_alarm);
    regressions();

    struct stats st = {0};
    struct copy copy;
    copy.dom = malloc(sizeof ((ht_machine *)0)->dom);
    copy.frame = malloc(FRAMES_MAX * sizeof *copy.frame);
    copy.p2m = malloc(GFN_CAPACITY * sizeof *copy.p2m);
    copy.share = malloc(SHARE_MAX * sizeof *copy.share);
    if (!copy.dom || !copy.frame || !copy.p2m || !copy.share)
        return 2;

    struct rec seq[MAX_SEQ];
    ht_call_rec batch[MAX_SEQ];
    uint64_t batch_pool[MAX_SEQ * REC_WORDS];
    ht_result results[MAX_SEQ];
    ht_violation viol[16];
    unsigned run = 0;

    while (st.calls < budget) {
        struct pools base, cur;
        ht_machine *m = new_machine(run, &base);
        st.machines++;
        if (ht_restore(m) != -1) {
            fprintf(stderr, "stress: ht_restore without a snapshot did not refuse\n");
            return 1;
        }
        size_t found = ht_check(m, viol, 16);
        if (found) {
            fail_header("the audit fails on a freshly built machine", run, 0, m);
            print_violations(viol, found);
            return 1;
        }
        ht_snapshot(m);
        uint64_t digest = ht_state_digest(m);
        copy_take(&copy, m);
        uint64_t sequences_here = 200 + below(800);

        for (uint64_t s = 0; s < sequences_here && st.calls < budget; s++) {
            cur = base;
            watch(run, s);
            unsigned n = 1 + (unsigned)below(MAX_SEQ);
            uint64_t bugs = 0;
            narrow = chance(4);
            if (chance(narrow ? 3 : 6)) {
                bugs = chance(2) ? 1ull << below(HT_NBUGS) : rnd() & width_mask(HT_NBUGS);
                if (ht_set_bugs(m, bugs) != 0) {
                    fprintf(stderr, "stress: ht_set_bugs refused a valid mask\n");
                    return 1;
                }
            }
            int oracle = chance(3);
            ht_set_oracle(m, oracle);
            int use_batch = chance(8);
            struct walk walk = {0};

            if (use_batch) {
                size_t words = 0;  /* the batch's pool: each record's words in turn */
                for (unsigned i = 0; i < n; i++) {
                    next_call(&cur, &walk, &seq[i]);
                    plan_follow(&cur, &walk, &seq[i], NULL);
                    seq[i].via = 2;
                    batch[i].call = seq[i].call;
                    batch[i].caller = seq[i].caller;
                    batch[i].vcpu = seq[i].vcpu;
                    memcpy(batch[i].arg, seq[i].arg, sizeof batch[i].arg);
                    for (unsigned a = 0; seq[i].call < HT_NCALLS && a < HT_ARGS; a++)
                        if (ht_calls[seq[i].call].arg_list[a] && (uint32_t)batch[i].arg[a])
                            batch[i].arg[a] += (uint64_t)words << HT_LIST_SHIFT;
                    memcpy(batch_pool + words, seq[i].words, seq[i].nwords * sizeof *batch_pool);
                    words += seq[i].nwords;
                }
                uint32_t flags = (uint32_t)below(8), stop = 99;
                size_t ran = ht_batch(m, batch, n, words ? batch_pool : NULL, words, results,
                                      flags, &stop);
                if (ran > n || (ran < n && stop == 0) || (stop && !(stop & (flags | 8)))) {
                    fail_header("ht_batch's count or stop reason is inconsistent", run, s, m);
                    fprintf(stderr, "stress: ran %zu of %u, flags %u, stop %u\n", ran, n,
                            flags, stop);
                    return 1;
                }
                for (size_t i = 0; i < ran; i++) {
                    seq[i].raw = results[i].rc < 0 ? -(int64_t)results[i].err : results[i].rc;
                    harvest(&cur, &seq[i], &results[i]);
                    if (results[i].rc < 0 && results[i].err == 0)
                        st.refused++;   /* refused by the dispatcher: rc -1, no errno */
                    else if (results[i].rc < 0)
                        st.failed++;
                    else
                        st.ok++;
                }
                n = (unsigned)ran;
                st.calls += ran;
                st.batches++;
                if (stop == 8 && !bugs) {
                    fail_header("ht_batch stopped at a violation with no planted bug on", run, s,
                                m);
                    print_sequence(seq, n, bugs, oracle);
                    return 1;
                }
            } else {
                for (unsigned i = 0; i < n; i++) {
                    struct rec *r = &seq[i];
                    next_call(&cur, &walk, r);
                    ht_result res;
                    if (ht_set_caller(m, r->caller, r->vcpu) != 0) {
                        r->via = 0;   /* no such caller: nothing to run */
                        r->raw = HT_RAW_BAD_CALLER;
                        memset(&res, 0, sizeof res);
                    } else if (chance(2)) {
                        r->via = 0;
                        r->raw = ht_call(m, r->call, r->arg, r->nwords ? r->words : NULL,
                                         r->nwords, &res);
                    } else {
                        /* The fixed-arity entry points take no pool: a list that is not
                         * empty is refused. */
                        r->via = 1;
                        r->raw = call_fixed(m, r->call, r->arg);
                        res = *ht_last(m);
                    }
                    ht_set_caller(m, 0, 0);
                    st.calls++;
                    if (r->raw <= HT_RAW_REFUSED_LIMIT)
                        st.refused++;
                    else if (r->raw < 0)
                        st.failed++;
                    else
                        st.ok++;
                    if (r->raw > HT_RAW_REFUSED_LIMIT && r->call < HT_NCALLS && r->raw < 0)
                        (void)ht_code_documented(m, r->call, (uint32_t)-r->raw);
                    harvest(&cur, r, &res);
                    plan_follow(&cur, &walk, r, &res);
                    if (r->call < HT_NCALLS) {
                        per_call_runs[r->call]++;
                        per_call_ok[r->call] += r->raw >= 0;
                    }
                    if (chance(8)) {
                        found = ht_check(m, viol, 16);
                        st.checks++;
                        if (found && !bugs) {
                            fail_header("the audit or the oracle reports a violation with no"
                                        " planted bug on",
                                        run, s, m);
                            print_sequence(seq, i + 1, bugs, oracle);
                            print_violations(viol, found);
                            return 1;
                        }
                        if (found)
                            st.tainted_violations++;
                    }
                }
            }
            st.sequences++;
            if (!bugs) {
                /* A clean engine keeps every invariant, whatever the calls were. */
                found = ht_check(m, viol, 16);
                st.checks++;
                if (found) {
                    fail_header("the audit or the oracle reports a violation with no planted"
                                " bug on",
                                run, s, m);
                    print_sequence(seq, n, bugs, oracle);
                    print_violations(viol, found);
                    return 1;
                }
            }
            ht_set_bugs(m, 0);
            ht_set_oracle(m, 0);
            (void)ht_journal_length(m);

            if (!bugs && chance(40)) {
                /* Keep this state: the next sequences start from it. */
                ht_snapshot(m);
                digest = ht_state_digest(m);
                copy_take(&copy, m);
                base = cur;
                st.resnapshots++;
                continue;
            }
            if (ht_restore(m) != 0) {
                fail_header("ht_restore refused with a snapshot active", run, s, m);
                return 1;
            }
            st.restores++;
            uint64_t now = ht_state_digest(m);
            if (now != digest || ht_journal_length(m) != 0) {
                fail_header("restore did not give the snapshot's state back", run, s, m);
                fprintf(stderr, "stress: digest %#" PRIx64 " after restore, %#" PRIx64
                                " at the snapshot; journal length %zu\n",
                        now, digest, ht_journal_length(m));
                print_sequence(seq, n, bugs, oracle);
                copy_compare(&copy, m);
                return 1;
            }
        }
        if (verbose)
            fprintf(stderr, "stress: machine %u done: state %" PRIu64 " bytes, %" PRIu64
                            " calls so far\n",
                    run, ht_state_bytes(m), st.calls);
        if (chance(2))
            ht_snapshot_end(m);
        ht_machine_free(m);
        run++;
    }

    if (verbose) {
        for (uint32_t c = 0; c < HT_NCALLS; c++)
            fprintf(stderr, "  %-22s %8" PRIu64 " runs %8" PRIu64 " succeeded\n", ht_calls[c].name,
                    per_call_runs[c], per_call_ok[c]);
    }
    /* The name tables end with NULL. */
    if (ht_invariant_name(1u << 20) || ht_bug_name(HT_NBUGS) || ht_reason_text(~0u))
        return 1;
    free(copy.dom);
    free(copy.frame);
    free(copy.p2m);
    free(copy.share);
    printf("stress: seed %" PRIu64 ": %" PRIu64 " calls (%" PRIu64 " ok, %" PRIu64
           " failed, %" PRIu64 " refused), %" PRIu64 " sequences (%" PRIu64 " batches), %" PRIu64
           " restores, %" PRIu64 " re-snapshots, %" PRIu64 " machines, %" PRIu64
           " checks: all restores exact\n",
           seed_arg, st.calls, st.ok, st.failed, st.refused, st.sequences, st.batches,
           st.restores, st.resnapshots, st.machines, st.checks);
    return 0;
}
