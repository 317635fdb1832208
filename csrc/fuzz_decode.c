/*
 * One call of a fuzz input, decoded from its bytes (fuzz.c's header comment gives the
 * grammar; fuzz_grammar.c says where each part lies): who calls, and each argument's value,
 * a list's elements field by field, an output list's room.  Valid values dominate (live
 * domains, gfns and handles an earlier call used or made, the list's own length); the
 * hostile strategies are a byte away.  The input is hostile: every value is cut to its C
 * width, every list to the pool, and nothing here can fail.
 */
#include <string.h>

#include "fuzz_decode.h"

#define STRATEGIES HT_FUZZ_CTRL_STRATEGIES

static uint64_t mask(uint8_t bits, uint64_t v)
{
    return bits >= 64 ? v : v & ((1ull << bits) - 1);
}

static void ring_add(struct fz_ring *r, uint64_t value)
{
    for (uint8_t i = 0; i < r->count; i++)
        if (r->value[i] == value)
            return;
    r->value[r->next] = value;
    r->next = (uint8_t)((r->next + 1) % HT_FUZZ_POOL);
    if (r->count < HT_FUZZ_POOL)
        r->count++;
}

static uint64_t ring_recent(const struct fz_ring *r, uint8_t b)
{
    return r->value[(r->next + HT_FUZZ_POOL - 1 - b % r->count) % HT_FUZZ_POOL];
}

static void pair_add(struct fz_pools *pl, uint64_t domid, uint64_t gfn, uint64_t handle)
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
    pl->pair_next = (uint8_t)((pl->pair_next + 1) % FZ_PAIRS);
    if (pl->pairs < FZ_PAIRS)
        pl->pairs++;
}

static void seed_keys(struct fz_pools *pl, const ht_machine *m);

void fz_pools_init(struct fz_pools *pl, const ht_machine *m)
{
    memset(pl, 0, sizeof *pl);
    pl->last_pair = -1;
    for (uint64_t g = 0; g < 4; g++)
        ring_add(&pl->kind[HT_RES_GFN], g);
    for (uint32_t i = 0; i < m->fuzz_seeds; i++) {
        pair_add(pl, m->fuzz_seed[i][0], m->fuzz_seed[i][1], m->fuzz_seed[i][2]);
        ring_add(&pl->kind[HT_RES_GFN], m->fuzz_seed[i][1]);
        if (m->fuzz_seed[i][2])
            ring_add(&pl->kind[HT_RES_HANDLE], m->fuzz_seed[i][2]);
    }
    for (uint32_t i = 0; i < m->fuzz_values; i++)  /* kinds checked by ht_fuzz_seed_made */
        ring_add(&pl->kind[m->fuzz_value[i][0]], m->fuzz_value[i][1]);
    seed_keys(pl, m);
}

/* ---- who calls ------------------------------------------------------------------------ */

/* Whether a domain's vcpus run: a live domain neither dying, shut down (a crash included)
 * nor paused. */
static bool domain_runs(const ht_machine *m, int slot)
{
    return m->dom_pub[slot].in_use &&
           !(m->dom_pub[slot].flags & (HT_DF_DYING | HT_DF_SHUTDOWN | HT_DF_PAUSED));
}

/* Whether a vcpu runs: up (a PV guest's vcpus are down until it brings them up), not paused
 * for a ring's response, nor waiting for room on one, nor blocked (sched_block,
 * sched_poll). */
static bool vcpu_runs(const ht_machine *m, int slot, uint32_t vcpu)
{
    const struct ht_vcpu *v = &m->dom[slot].vcpu[vcpu];
    return !vcpu_ring_held(v) && vcpu_is_up(m, (uint8_t)slot, vcpu) &&
           !sched_vcpu_blocked(m, (uint8_t)slot, vcpu);
}

/* A running vcpu of a running guest, b picking the guest (mod their number) and then
 * (b / their number) its vcpu; false when there is none.  Each guest is as likely as any
 * other whatever its vcpus: counting vcpus made a one-vcpu guest (a device model, a PV
 * guest with its other vcpus down) half as likely a caller as a two-vcpu one, and the
 * calls only such a guest makes on itself (leaving its grant-table version, binding its
 * own ports) rarer still.  Only a running vcpu makes hypercalls, so a caller the fuzzer
 * picks is always one. */
static bool pick_guest(const ht_machine *m, uint8_t b, uint16_t *domid, uint16_t *vcpu)
{
    uint8_t slots[HT_MAX_DOMAINS], running[HT_MAX_DOMAINS][HT_MAX_VCPUS], nrun[HT_MAX_DOMAINS];
    uint32_t n = 0;
    for (int s = 1; s < HT_MAX_DOMAINS; s++) {
        if (!domain_runs(m, s))
            continue;
        uint8_t k = 0;
        for (uint32_t v = 0; v < m->dom[s].nvcpus && v < HT_MAX_VCPUS; v++)
            if (vcpu_runs(m, s, v))
                running[n][k++] = (uint8_t)v;
        if (k) {
            slots[n] = (uint8_t)s;
            nrun[n++] = k;
        }
    }
    if (n == 0)
        return false;
    uint32_t g = b % n;
    *domid = m->dom_pub[slots[g]].domid;
    *vcpu = running[g][(b / n) % nrun[g]];
    return true;
}

/* A running vcpu of a running device model (a guest with a target: domain_set_target), b
 * picking it; false when there is none. */
static bool pick_device_model(const ht_machine *m, uint8_t b, uint16_t *domid, uint16_t *vcpu)
{
    uint16_t ids[HT_MAX_DOMAINS * HT_MAX_VCPUS], vcpus[HT_MAX_DOMAINS * HT_MAX_VCPUS];
    uint32_t n = 0;
    for (int s = 1; s < HT_MAX_DOMAINS; s++) {
        if (!domain_runs(m, s) || m->dom[s].target == HT_NO_SLOT)
            continue;
        for (uint32_t v = 0; v < m->dom[s].nvcpus && v < HT_MAX_VCPUS; v++) {
            if (vcpu_runs(m, s, v)) {
                ids[n] = m->dom_pub[s].domid;
                vcpus[n++] = (uint16_t)v;
            }
        }
    }
    if (n == 0)
        return false;
    *domid = ids[b % n];
    *vcpu = vcpus[b % n];
    return true;
}

/* Whether the previous call's guest caller (pl->caller, pl->caller_vcpu) can call again. */
static bool previous_guest_runs(const ht_machine *m, const struct fz_pools *pl)
{
    uint8_t slot = pl->caller ? ht_slot(m, pl->caller) : HT_NO_SLOT;
    return slot != HT_NO_SLOT && slot < HT_MAX_DOMAINS && domain_runs(m, slot) &&
           pl->caller_vcpu < m->dom[slot].nvcpus && pl->caller_vcpu < HT_MAX_VCPUS &&
           vcpu_runs(m, slot, pl->caller_vcpu);
}

/* The caller byte's guest choices besides CALLER / 16's uniform pick (which those choices
 * leave alone, so that every guest and vcpu stays reachable from it):
 * - a guest's own call, modes 0-3 (a quarter): the previous call's guest again, when it
 *   was one and still runs.  A guest's state is built by several of its own calls (a
 *   tmem object put, got, flushed; a port bound, moved, closed); with each guest picked
 *   afresh a chain of three such calls had one chance in sixteen of one caller;
 * - a call either may make, mode 11 (a quarter of its guest modes), and a toolstack call
 *   made by a guest with CALLER / 16 from 8: a device model (a guest with a target), when
 *   one runs.  XSM_DM_PRIV and XSM_TARGET (xsm/dummy.h, RELEASE-4.17.0) let the target's
 *   device model through where any other guest is refused at the first check, so its
 *   calls are the ones that reach a handler (acquire_resource and map_resource of its
 *   target's frames, its target's reservation ops); picked as one guest in four, it made
 *   them one time in sixteen. */
static void decode_caller(const ht_machine *m, const struct fz_pools *pl,
                          const struct ht_call_desc *d, const uint8_t *data, size_t size,
                          size_t at, ht_call_rec *rec)
{
    uint8_t c = fz_byte(data, size, at), mode = c % STRATEGIES, g = (uint8_t)(c / STRATEGIES);
    rec->caller = 0;
    rec->vcpu = 0;
    if (mode == HT_FUZZ_CALLER_LITERAL) {
        /* Any domain and vcpu: one that does not exist is refused (RAW_BAD_CALLER). */
        rec->caller = (uint16_t)(fz_byte(data, size, at + 1) | fz_byte(data, size, at + 2) << 8);
        rec->vcpu = fz_byte(data, size, at + 3);
        return;
    }
    bool guest = d->caller == HT_CALLER_GUEST ||
                 (d->caller == HT_CALLER_ANY && mode >= HT_FUZZ_CALLER_ANY_GUEST) ||
                 (d->caller == HT_CALLER_TOOLSTACK && mode >= HT_FUZZ_CALLER_TOOLSTACK_GUEST);
    if (!guest)
        return;
    if (d->caller == HT_CALLER_GUEST && mode < 4 && previous_guest_runs(m, pl)) {
        rec->caller = pl->caller;
        rec->vcpu = pl->caller_vcpu;
        return;
    }
    bool model = (d->caller == HT_CALLER_ANY && mode == HT_FUZZ_CALLER_ANY_GUEST) ||
                 (d->caller == HT_CALLER_TOOLSTACK && g >= 8);
    if (model && pick_device_model(m, g, &rec->caller, &rec->vcpu))
        return;
    pick_guest(m, g, &rec->caller, &rec->vcpu);
}

/* ---- values ---------------------------------------------------------------------------- */

/* A pair, most recent first: half the time the newest (chains of calls on one gfn), else
 * any.  A call that takes a handle picks among the pairs that have one; the second pick of
 * a call avoids the first; own picks among the pairs of the calling domain. */
static int pick_pair(const struct fz_pools *pl, uint8_t b, bool need_handle, bool own)
{
    int candidates[FZ_PAIRS], n = 0;
    for (uint8_t age = 0; age < pl->pairs; age++) {
        int i = (pl->pair_next + FZ_PAIRS - 1 - age) % FZ_PAIRS;
        if ((!need_handle || pl->pair_handle[i]) && i != pl->last_pair &&
            (!own || pl->pair_domain[i] == pl->caller))
            candidates[n++] = i;
    }
    if (n == 0)
        return -1;
    return candidates[b % 4 < 2 ? 0 : (b >> 2) % n];
}

static uint64_t take_pair(struct fz_pools *pl, int i)
{
    pl->last_pair = i;
    pl->pending_gfn = true;
    pl->gfn = pl->pair_gfn[i];
    pl->pending_handle = pl->pair_handle[i] != 0;
    pl->handle = pl->pair_handle[i];
    return pl->pair_domain[i];
}

static uint64_t pick_any_domain(const ht_machine *m, struct fz_pools *pl, uint8_t b,
                                bool need_pair, bool need_handle);

/* A domain for a pool pick.  A call's later domain value repeats its first one time in
 * four (b's top two bits set), and half the time (the top bit) when no page follows it:
 * calls whose two domains must agree (an exchange's in_domid and out_domid, a grant's
 * domain and its mapper's target) otherwise rarely get one twice, as a missing id never
 * does; a domain a page follows mostly takes a pair of its own (two sharing domains). */
static uint64_t pick_domain(const ht_machine *m, struct fz_pools *pl, uint8_t b, bool need_pair,
                            bool need_handle)
{
    if (pl->have_domain && b >= (need_pair ? 0xc0 : 0x80))
        return pl->domain;
    uint64_t d = pick_any_domain(m, pl, b, need_pair, need_handle);
    if (!pl->have_domain) {
        pl->have_domain = true;
        pl->domain = d;
    }
    return d;
}

/* A pair is picked only for a domain a gfn or a handle follows (need_pair): a call that
 * names no page of the domain gains nothing from one, and since the pairs are the boot's
 * sharing and paging domains' pages, picking them there made those domains four times as
 * likely as the others (a device model, a PV guest) for every event-channel, grant-table,
 * resource or exchange call. */
static uint64_t pick_any_domain(const ht_machine *m, struct fz_pools *pl, uint8_t b,
                                bool need_pair, bool need_handle)
{
    if (pl->caller) {
        if (b % 4 < 2) {
            /* A guest names itself: by DOMID_SELF (with one of its own pairs' pages, when
             * it has one) or by its id, which Xen treats as any other domain's
             * (IS_PRIV_FOR). */
            if (b % 4 == 1)
                return pl->caller;
            int i = need_pair ? pick_pair(pl, (uint8_t)(b >> 2), need_handle, true) : -1;
            if (i >= 0)
                take_pair(pl, i);
            return HT_DOMID_SELF;
        }
        /* Another domain: the choice below reads the bits the test above did not.  (It
         * read b itself, whose bit 1 is always set here, so a guest's (b >> 1) % 4 was odd
         * and named only the second and fourth live guests: domain 2 never named domain 1,
         * its device model never its target.) */
        b = (uint8_t)(b >> 2);
        /* A device model names its target half the time: the domain it has the rights on
         * (XSM_DM_PRIV, xsm/dummy.h: d->target), which its dm_op, acquire_resource and HVM
         * ops name; otherwise a guest other than itself is refused at that check. */
        uint8_t self = ht_slot(m, pl->caller);
        uint8_t target = self == HT_NO_SLOT ? HT_NO_SLOT : m->dom[self].target;
        if (target != HT_NO_SLOT && target < HT_MAX_DOMAINS && m->dom_pub[target].in_use &&
            b % 2 == 0)
            return m->dom_pub[target].domid;
        b = (uint8_t)(b >> 1);
    }
    bool pair = need_pair && pl->pairs && (b & 1);
    int i = pair ? pick_pair(pl, (uint8_t)(b >> 1), need_handle, false) : -1;
    if (i < 0 && need_handle && pair)
        i = pick_pair(pl, (uint8_t)(b >> 1), false, false);
    if (i >= 0)
        return take_pair(pl, i);
    uint16_t ids[HT_MAX_DOMAINS];
    int n = 0;
    for (int s = 1; s < HT_MAX_DOMAINS; s++)
        if (m->dom_pub[s].in_use)
            ids[n++] = m->dom_pub[s].domid;
    /* Live guests mostly; domain 0 and a missing id now and then. */
    if (n == 0 || (b >> 1) % 16 == 15)
        return (b >> 1) % 32 == 31 ? 0 : 9 + (b >> 5);
    return ids[(b >> 1) % n];
}

/* The high-water mark (max_mapped_pfn, what maximum_gpfn answers) of the pick-th live guest
 * (modulo their number): the last gfn a walk bounded by it must reach (relinquish_shared_pages,
 * arch/x86/mm/mem_sharing.c, whose RELEASE-4.2.0 loop stops one short, fixed by
 * 088ee1d47b).  No pool holds it: a plain number stops at 15, a small one names it one
 * pick in 4,096, and the fuzz machine's guests' marks are 7 to 31.  0 with no live guest. */
static uint64_t high_water_mark(const ht_machine *m, uint8_t pick)
{
    uint8_t live[HT_MAX_DOMAINS], n = 0;
    for (uint8_t s = 1; s < HT_MAX_DOMAINS; s++)
        if (m->dom_pub[s].in_use)
            live[n++] = s;
    return n ? m->dom[live[pick % n]].max_mapped_gfn : 0;
}

/* The gfn just above the high-water mark of the guest in slot (shallow9): a pool pick of a
 * gfn after a domain argument, one in sixteen (a gfn without a sentinel: those take
 * theirs one pick in four, payloads 3 mod 4), names it for that domain, where the special
 * value above names some live guest's (one in four of them) one special pick in 25.  It is
 * the hole where a page mapped becomes the domain's new mark (memshr_add_to_physmap's
 * client gfn, a populate's extent): the fuzz machine's guests are populated up to their
 * marks, so the holes a call that maps a page needs lie above them, and the small values
 * reach 32-47 one pick in 256.  Fuzzing feedback, not a Xen decision. */
static uint64_t above_mark(const ht_machine *m, uint8_t slot)
{
    return m->dom[slot].max_mapped_gfn + 1;
}

/* The slot of a live guest (not domain 0) by its id, or HT_NO_SLOT. */
static uint8_t guest_slot(const ht_machine *m, uint64_t domid)
{
    uint8_t slot = domid && domid < HT_DOMID_FIRST_RESERVED ? ht_slot(m, domid)
                                                          : HT_NO_SLOT;
    return slot != HT_NO_SLOT && m->dom_pub[slot].in_use ? slot : HT_NO_SLOT;
}

/* A boundary value, one of twenty-five equally likely: a fixed one (0, 1, all ones,
 * DOMID_SELF, the grant flag bit, powers of two and one below them, the catalogue's
 * EVTCHN_PER_BUCKET and one below it: the first port of a domain's second bucket, which
 * nothing else names, as plain numbers stop at 15 and the port pool holds the ports calls
 * made, in the first bucket), or one the machine's
 * state makes: the first gfn past some domain's p2m, the next handle, some guest's p2m
 * high-water mark (high_water_mark) and the gfn just above it, and the host's free
 * frames and one less (a count of pages or extents that exhausts the host's memory, or
 * leaves one frame: an allocation beyond it finds the heap empty, or scarce, as
 * page_alloc.c's callers that fall back on tmem_relinquish_pages meet it).  (Giving the
 * state's values half the picks halved all ones, which calls that need it twice miss.) */
static uint64_t special(uint8_t bits, uint8_t b, const ht_machine *m)
{
    static const uint64_t table[] = {
        0, 1, 2, ~0ull, HT_DOMID_SELF, 0x7ff3, HT_GFN_GREF_FLAG, HT_GFN_GREF_FLAG | 1, 2047,
        2048, 4095, 4096, 0xffff, 0x7fffffff, 0x80000000ull, 63, 64,
        HT_EVTCHN_PER_BUCKET - 1, HT_EVTCHN_PER_BUCKET,
    };
    uint8_t n = (uint8_t)(sizeof table / sizeof table[0]), pick = b % (n + 6);
    if (pick < n)
        return mask(bits, table[pick]);
    uint64_t free_frames = (uint64_t)m->host.free_frames;
    switch (pick - n) {
    case 0:  /* the first gfn past some domain's p2m */
        return mask(bits, m->dom_pub[1 + b % (HT_MAX_DOMAINS - 1)].p2m_size);
    case 1:
        return mask(bits, m->host.last_handle + 1);  /* the next handle */
    case 2:
        return mask(bits, high_water_mark(m, (uint8_t)(b / (n + 6))));
    case 3:
        /* The gfn just above some guest's mark (shallow8): the hole where a page mapped
         * makes the mark (the value profile's "one past" of the compare the mark is in). */
        return mask(bits, high_water_mark(m, (uint8_t)(b / (n + 6))) + 1);
    case 4:
        return mask(bits, free_frames);
    default:
        return mask(bits, free_frames ? free_frames - 1 : 0);
    }
}

/* A scalar's encoding: its control byte, payload, and a literal's value. */
struct scalar {
    uint8_t ctrl, b;
    uint64_t literal;
};

static inline struct scalar read_scalar(const uint8_t *data, size_t size, size_t at,
                                        uint8_t bits)
{
    struct scalar s;
    if (at + 2 <= size) {  /* the common case: both bytes are there */
        s.ctrl = data[at];
        s.b = data[at + 1];
    } else {
        s.ctrl = fz_byte(data, size, at);
        s.b = fz_byte(data, size, at + 1);
    }
    s.literal = s.b;
    if (s.ctrl % STRATEGIES == HT_FUZZ_CTRL_LITERAL)
        for (unsigned i = 1; i < (bits + 7u) / 8u; i++)
            s.literal |= (uint64_t)fz_byte(data, size, at + 1 + i) << (8 * i);
    return s;
}

/* What a value is: its width, the resource it names, its enumeration (count 0: none), and
 * for a domain, whether a handle argument belongs to it. */
struct shape {
    uint8_t bits, kind, enum_first, enum_count;
    bool need_pair, need_handle;  /* a domain: a gfn or handle follows it; a handle does */
    uint64_t flag_mask;  /* a flag set's values ORed (0: not a flag set) */
    bool has_default;    /* the catalogue gives the argument a default: */
    uint64_t dflt;       /* that value */
    bool has_sentinel;   /* the catalogue gives the argument a sentinel (Arg.sentinel): */
    uint64_t sentinel;   /* that value */
    bool out_length;     /* the length of an output list: a count of things the call makes */
    bool field;          /* a list element's field (a struct member) */
    bool has_boundary;   /* the catalogue gives the field a boundary (Field.boundary): */
    uint64_t boundary;   /* that value */
};

/* A combination of a flag set's values: bit i of b keeps the set's i-th lowest flag (the
 * catalogue's flag sets have at most eight). */
static uint64_t flag_combination(uint64_t mask, uint8_t b)
{
    uint64_t out = 0;
    for (unsigned i = 0; mask && i < 8; i++, mask &= mask - 1)
        if (b >> i & 1u)
            out |= mask & (~mask + 1);
    return out;
}

/* A plain number: 0 or 1 half the time (a vcpu, an order, a flag), 2 one time in eight and
 * 3 one in sixteen (a version, a vcpu count, an order, the nth pass of a fault site: 2 was
 * as rare as 15 when the rest was uniform), else 0 to 15 from b's high half (b % 16 picked
 * the case, and taking the value from it too left values out). */
static uint64_t plain_number(uint8_t bits, uint8_t b)
{
    uint8_t c = b % 16u;
    return mask(bits, c < 8 ? b % 2u : c < 10 ? 2u : c == 10 ? 3u : b >> 4);
}

/* A pool pick of a value without a pair: a live value of its kind, the argument's default
 * half the time (b's top bit set: the value the text form may omit, which is the one
 * callers pass: an extent order or mem_flags of 0, a pad that must be 0, a first frame of
 * 0), a valid enumeration value, or a plain number.  The default came one time in four,
 * and a plain number a quarter of the rest: a call with two such gates (acquire_resource's
 * pad and start_extent) then passed both one time in four.  The plain number takes the
 * payload's other seven bits, bit 0 standing in for the top one, so that its values still
 * reach 0 to 15. */
static uint64_t live_value(const struct fz_pools *pl, const struct shape *v, uint8_t b)
{
    if (v->kind != HT_RES_NONE && v->kind < HT_RES_COUNT && pl->kind[v->kind].count)
        return ring_recent(&pl->kind[v->kind], b);
    if (v->has_default) {
        if (b >= 0x80)
            return mask(v->bits, v->dflt);
        b = (uint8_t)(b | (b & 1u) << 7);
    }
    if (v->flag_mask)
        return flag_combination(v->flag_mask, b);
    if (v->enum_count)
        return v->enum_first + (uint64_t)(b % v->enum_count);
    return plain_number(v->bits, b);
}

static inline uint64_t decode_value(const ht_machine *m, struct fz_pools *pl, struct scalar s,
                                    const struct shape *v)
{
    /* A picked pair's gfn and handle belong to the next gfn and handle value only, whatever
     * strategy that value then takes. */
    bool pending = (v->kind == HT_RES_GFN && pl->pending_gfn) ||
                   (v->kind == HT_RES_HANDLE && pl->pending_handle);
    uint64_t passed = v->kind == HT_RES_GFN ? pl->gfn : pl->handle;
    if (v->kind == HT_RES_GFN)
        pl->pending_gfn = false;
    if (v->kind == HT_RES_HANDLE)
        pl->pending_handle = false;
    switch (s.ctrl % STRATEGIES) {
    case HT_FUZZ_CTRL_SMALL:
        return mask(v->bits, s.b);
    case HT_FUZZ_CTRL_SPECIAL:
        return special(v->bits, s.b, m);
    case HT_FUZZ_CTRL_LITERAL:
        return mask(v->bits, s.literal);
    default:
        break;
    }
    if (v->kind == HT_RES_DOMAIN)
        return pick_domain(m, pl, s.b, v->need_pair, v->need_handle);
    /* A value the interface gives a meaning of its own (the default access's pfn ~0) one
     * pool pick in four: no pool holds it, and as one special value in 21 of one strategy
     * in 16 a pair of calls naming it (setting the default, reading it back) was out of
     * reach; at one pick in eight a 60 s run found such a pair one time in two. */
    if (v->has_sentinel && s.b % 4 == 3)
        return mask(v->bits, v->sentinel);
    /* A field's boundary (Field.boundary: the lowest out.address_bits with a zone), or one
     * of the three values past it, one pool pick in eight: a dictionary entry from the
     * catalogue for the constant the handler compares the field with.  Plain numbers reach
     * 14 and 15 one pick in fifty, and the values past them never; an exchange whose
     * limit lies just above a frame another call freed was out of reach. */
    if (v->has_boundary && s.b % 8 == 5)
        return mask(v->bits, v->boundary + (s.b >> 3) % 4);
    /* The length of an output list (the extents increase_reservation allocates, the frames
     * a mapping takes) is the host's free frames or one less one pool pick in eight: a
     * count that leaves the host without a frame, or with one, where the allocations that
     * follow fail or turn to tmem (page_alloc.c's midsize rule).  As two special values in
     * 21 it came one time in 168, and the plain numbers stop at 15, far below the 39 frames
     * the fuzz machine keeps free. */
    if (v->out_length && s.b % 8 == 6) {
        uint64_t free_frames = (uint64_t)m->host.free_frames;
        return mask(v->bits, s.b & 8 && free_frames ? free_frames - 1 : free_frames);
    }
    if (pending)
        return passed;
    /* A plain number (no resource, enumeration, flag set or default) repeats the call's
     * first plain number of its width one pool pick in four (the control byte's top two
     * bits, which no strategy reads): fields that must agree (an exchange's in_order and
     * out_order, whose sizes must match) were two independent picks.  Taken from the
     * control byte, the payload's values all stay reachable. */
    /* A struct member with a default (Field.default: an exchange header's orders) still
     * ties: the two orders must agree whatever they are. */
    bool plain = v->kind == HT_RES_NONE && !v->enum_count && !v->flag_mask &&
                 (!v->has_default || v->field);
    if (plain && pl->have_number && pl->number_bits == v->bits && s.ctrl >= 0xc0)
        return pl->number;
    uint64_t value = live_value(pl, v, s.b);
    if (plain && !pl->have_number) {
        pl->have_number = true;
        pl->number_bits = v->bits;
        pl->number = value;
    }
    return value;
}

static struct shape arg_shape(const struct ht_call_desc *d, int a)
{
    struct shape v = {d->arg_bits[a], d->arg_uses[a], d->arg_enum_first[a],
                      d->arg_enum_count[a], false, false, d->arg_flag_mask[a],
                      d->arg_has_default[a] != 0, d->arg_default[a],
                      d->arg_has_sentinel[a] != 0, d->arg_sentinel[a], false, false,
                      false, 0};
    for (int b = 0; d->nlists && b < d->nargs; b++) {
        const struct ht_list_desc *l = fz_list_of(d, b);
        v.out_length |= l && l->direction == HT_DIR_OUT && l->length_slot == a;
    }
    for (int b = a + 1; v.kind == HT_RES_DOMAIN && b < d->nargs; b++) {
        if (d->arg_uses[b] == HT_RES_DOMAIN)
            break;
        const struct ht_list_desc *l = fz_list_of(d, b);
        for (uint32_t f = 0; l && l->direction != HT_DIR_OUT && f < l->stride; f++)
            v.need_pair |= l->field_uses[f] == HT_RES_GFN;
        v.need_pair |= d->arg_uses[b] == HT_RES_GFN || d->arg_uses[b] == HT_RES_HANDLE;
        v.need_handle |= d->arg_uses[b] == HT_RES_HANDLE;
    }
    return v;
}

/* A list element's field; a domain field wants a pair when a gfn or handle field follows
 * it in the element. */
static struct shape field_shape(const struct ht_list_desc *l, uint32_t f)
{
    struct shape v = {l->field_bits[f], l->field_uses[f], l->field_enum_first[f],
                      l->field_enum_count[f], false, false, 0, l->field_has_default[f] != 0,
                      l->field_default[f], false, 0, false, true,
                      l->field_has_boundary[f] != 0, l->field_boundary[f]};
    for (uint32_t g = f + 1; v.kind == HT_RES_DOMAIN && g < l->stride; g++) {
        if (l->field_uses[g] == HT_RES_DOMAIN)
            break;
        v.need_pair |= l->field_uses[g] == HT_RES_GFN || l->field_uses[g] == HT_RES_HANDLE;
        v.need_handle |= l->field_uses[g] == HT_RES_HANDLE;
    }
    return v;
}

/* ---- lists ----------------------------------------------------------------------------- */

/* The field a run counts up and a scatter fills: the first that names a resource. */
static uint32_t resource_field(const struct ht_list_desc *l)
{
    for (uint32_t f = 0; f < l->stride; f++)
        if (l->field_uses[f] != HT_RES_NONE)
            return f;
    return 0;
}

/* Whether a list is a key: of fixed length, small, and naming no resource in its fields
 * (a tmem object id, a uuid). */
static bool is_key(const struct ht_list_desc *l)
{
    if (l->length_slot != 0xff || l->stride == 0 || l->stride > HT_MAX_FIELDS ||
        (uint64_t)l->stride * l->fixed_length > FZ_KEY_WORDS)
        return false;
    for (uint32_t f = 0; f < l->stride; f++)
        if (l->field_uses[f] != HT_RES_NONE)
            return false;
    return true;
}

static bool key_fits(const struct fz_key *k, const struct ht_list_desc *l)
{
    return k->stride == l->stride && k->length == l->fixed_length &&
           memcmp(k->bits, l->field_bits, l->stride) == 0;
}

/* The most recent key of the list's shape an earlier call named, or NULL. */
static const struct fz_key *recent_key(const struct fz_pools *pl, const struct ht_list_desc *l)
{
    for (uint8_t age = 0; age < pl->keys; age++) {
        const struct fz_key *k = &pl->key[(pl->key_next + FZ_KEYS - 1 - age) % FZ_KEYS];
        if (key_fits(k, l))
            return k;
    }
    return NULL;
}

/* Remembers the key a call that did not fail named (words: its stride * fixed_length
 * words), unless it is the most recent one of its shape already. */
static void remember_key(struct fz_pools *pl, const struct ht_list_desc *l, const uint64_t *w)
{
    size_t words = (size_t)l->stride * l->fixed_length;
    const struct fz_key *last = recent_key(pl, l);
    if (last && memcmp(last->word, w, words * sizeof *w) == 0)
        return;
    struct fz_key *k = &pl->key[pl->key_next];
    memset(k, 0, sizeof *k);
    k->stride = l->stride;
    k->length = l->fixed_length;
    memcpy(k->bits, l->field_bits, l->stride);
    memcpy(k->word, w, words * sizeof *w);
    pl->key_next = (uint8_t)((pl->key_next + 1) % FZ_KEYS);
    if (pl->keys < FZ_KEYS)
        pl->keys++;
}

/* The keys the boot named (ht_fuzz_seed_key), oldest first, so that an input's pools start
 * with them as if an earlier call of the input had named them.  A key no call of the input
 * makes (a shared tmem pool's uuid, which a guest joining that pool must name) was out of
 * the pools' reach: only the input's own successful calls fed them, and a uuid the boot's
 * guests share came from random words, two 64-bit words at once. */
_Static_assert(sizeof(((ht_machine *)0)->fuzz_key_word[0]) >= FZ_KEY_WORDS * sizeof(uint64_t),
               "a seed key holds the most words a key may have");

static void seed_keys(struct fz_pools *pl, const ht_machine *m)
{
    for (uint32_t i = 0; i < m->fuzz_keys && i < 4; i++)
        if (m->fuzz_key_list[i] < HT_NLISTS)
            remember_key(pl, &ht_lists[m->fuzz_key_list[i]], m->fuzz_key_word[i]);
}

int ht_fuzz_seed_key(ht_machine *m, uint32_t call, uint32_t arg, const uint64_t *words,
                     size_t n)
{
    if (call >= HT_NCALLS || arg >= ht_calls[call].nargs || arg >= HT_MAX_ARGS)
        return -1;
    uint32_t list = ht_calls[call].arg_list[arg];
    if (list == 0 || list > HT_NLISTS)
        return 0;
    const struct ht_list_desc *l = &ht_lists[list - 1];
    if (l->direction == HT_DIR_OUT || !is_key(l))
        return 0;
    size_t size = (size_t)l->stride * l->fixed_length;
    if (n != size || !words)
        return -1;
    for (uint32_t i = 0; i < m->fuzz_keys && i < 4; i++)
        if (m->fuzz_key_list[i] == list - 1 &&
            memcmp(m->fuzz_key_word[i], words, size * sizeof *words) == 0)
            return 0;
    if (m->fuzz_keys >= 4)
        return -1;
    m->fuzz_key_list[m->fuzz_keys] = list - 1;
    memset(m->fuzz_key_word[m->fuzz_keys], 0, sizeof m->fuzz_key_word[m->fuzz_keys]);
    memcpy(m->fuzz_key_word[m->fuzz_keys], words, size * sizeof *words);
    m->fuzz_keys++;
    return 1;
}

/* A pool pick of a batch entry's call id (Field.call_id: a multicall entry): the call
 * that holds the batch one time in four (the control byte's top two bits: a batch inside
 * a batch, which do_multicall's _MCSF_in_multicall check guards, common/multicall.c,
 * RELEASE-4.2.0), else a hypercall picked by weight as a call's selector is.  It was a
 * plain number, 0 to 15: the sharing calls, and never the batch's own (180). */
static uint64_t entry_call(const struct fz_pools *pl, struct scalar s)
{
    if (s.ctrl >= 0xc0)
        return pl->call;
    /* A hypercall whose arguments are words: an entry's lists would need the guest's
     * memory behind its pointers, which the engine answers unsupported (multicall.c
     * run_entry), so the picks that land on one move on to the next call that has none. */
    uint32_t c = fz_call_for_selector((uint32_t)s.b << 8 | (uint8_t)(s.b * 37u));
    for (uint32_t i = 0; i < HT_NCALLS; i++, c = (c + 1) % HT_NCALLS)
        if (ht_calls[c].kind == HT_KIND_HYPERCALL && !ht_calls[c].nlists)
            return c;
    return pl->call;
}

/* Whether word f of a batch entry (after its call-id field) is an argument the entry's
 * call takes as a list.  A pool pick of it is then a list reference: the batch's own list,
 * the one list the engine keeps where an entry can name it (its count at offset 0: an
 * entry's reference is relative to the batch's list, multicall.c batch_relative). */
static bool entry_takes_list(const struct ht_list_desc *l, const uint64_t *entry, uint32_t f)
{
    if (l->call_field >= f)
        return false;
    uint64_t call = entry[l->call_field];
    uint32_t a = f - l->call_field - 1;
    return call < HT_NCALLS && a < ht_calls[call].nargs && a < HT_MAX_ARGS &&
           ht_calls[call].arg_list[a];
}

/* Decodes an IN or INOUT list into pool at *used; returns its slot value (offset << 32 |
 * count, 0 for an empty list) and its count in *count. */
static uint64_t decode_list(const ht_machine *m, struct fz_pools *pl, const uint8_t *data,
                            size_t size, const struct fz_arg_layout *a,
                            const struct ht_list_desc *l, bool tied, uint64_t *pool,
                            size_t pool_words, size_t *used, uint64_t *count)
{
    size_t last_head = a->head[a->chunks - 1];
    uint8_t shape = fz_list_shape(fz_byte(data, size, last_head));
    uint8_t ext = fz_list_has_ext(shape) ? fz_byte(data, size, last_head + 1) : 0;
    bool fixed = l->length_slot == 0xff;
    uint64_t n = a->nelems;
    if (shape == HT_FUZZ_LIST_BEYOND)
        n = (fixed ? l->fixed_length : l->max_length) + 1ull;
    else if (fixed)
        n = l->fixed_length;
    else if (tied)
        n = pl->list_count;  /* the call's first list's count (tied_length) */
    else if (shape == HT_FUZZ_LIST_MAX)
        n = l->max_length;
    else if (fz_list_has_ext(shape))
        n += 1 + ext % HT_FUZZ_LIST_EXTRA;
    if (!fixed && !pl->list_count)
        pl->list_count = n;
    *count = n;
    if (n > l->max_length)
        return n;  /* refused before any handler runs: nothing to write */
    size_t room = (pool_words - *used) / l->stride;
    if (n > room)
        n = room;  /* the pool is full: the list the caller gives is shorter */
    *count = n;
    if (n == 0)
        return 0;
    uint64_t *w = pool + *used;
    uint32_t stride = l->stride, rf = resource_field(l);
    /* The elements written out, field by field. */
    uint64_t given = a->nelems < n ? a->nelems : n;
    uint64_t self = n;  /* this list's reference from one of its entries (batch_relative) */
    for (uint64_t e = 0; e < given; e++) {
        size_t at = a->elem[e];
        for (uint32_t f = 0; f < stride; f++) {
            struct shape v = field_shape(l, f);
            struct scalar s = read_scalar(data, size, at, v.bits);
            uint64_t *el = w + e * stride;
            bool pool_pick = s.ctrl % STRATEGIES <= HT_FUZZ_CTRL_POOL_LAST;
            if (pool_pick && f == l->call_field)
                el[f] = entry_call(pl, s);
            else if (pool_pick && entry_takes_list(l, el, f))
                el[f] = self;
            else
                el[f] = decode_value(m, pl, s, &v);
            at += 1 + fz_scalar_bytes(s.ctrl, v.bits);
        }
    }
    /* The rest: a run of neighbours from the last element written out (or from a live
     * value), or scattered live values.  Each element copies the one before and changes its
     * resource field; a run's field is the base plus the distance from it (a list of
     * max_length elements is cheap to make). */
    struct shape v = field_shape(l, rf);
    uint64_t e = given;
    if (e == 0 && n > 0) {
        memset(w, 0, stride * sizeof *w);
        w[rf] = live_value(pl, &v, ext);
        e = 1;
    }
    uint64_t base = e ? w[(e - 1) * stride + rf] : 0, first = e;
    for (; e < n; e++) {
        uint64_t *el = w + e * stride;
        for (uint32_t f = 0; f < stride; f++)
            el[f] = el[(int64_t)f - (int64_t)stride];
        if (shape == HT_FUZZ_LIST_SCATTER)
            el[rf] = live_value(pl, &v, (uint8_t)(ext + e));
        else
            el[rf] = mask(v.bits, base + (e - first + 1));
    }
    /* A key repeats the most recent key of its shape an earlier call that did not fail
     * named (fz_pools_feed), half the time:
     * when its first element's first field is a pool pick with the control byte's top bit
     * set (no strategy reads it), or, with no element written out, when the head's shape
     * is odd.  A tmem object's put, get and flush name it by a three-word id no call makes,
     * so no pool held it: a get that fails and the op on the same object after it (the
     * object's lock) needed the id drawn twice alike. */
    if (fixed && n == l->fixed_length && is_key(l)) {
        uint8_t ctrl = given ? fz_byte(data, size, a->elem[0]) : 0;
        bool repeat = given ? ctrl >= 0x80 && ctrl % STRATEGIES <= HT_FUZZ_CTRL_POOL_LAST
                            : shape % 2 == 1;
        const struct fz_key *k = repeat ? recent_key(pl, l) : NULL;
        if (k)
            memcpy(w, k->word, (size_t)n * stride * sizeof *w);
    }
    for (uint64_t e = 0; e < n && e < HT_FUZZ_POOL; e++)
        for (uint32_t f = 0; f < stride; f++)
            if (l->field_uses[f] == HT_RES_GFN)
                ring_add(&pl->kind[HT_RES_GFN], w[e * stride + f]);
    uint64_t slot = (uint64_t)*used << HT_LIST_SHIFT | n;
    *used += n * stride;
    return slot;
}

/* Whether a later IN or INOUT list of a call repeats the element count of its first list
 * whose length an argument gives: when its own length argument is a pool pick with the
 * control byte's top two bits set (which no strategy reads; the same bits that make the
 * length repeat the first length, below), so the list and its claimed length agree.  An
 * exchange's in and out lists (nr_in == nr_out at equal orders, memory_exchange's size
 * check, common/memory.c, RELEASE-4.2.0) had independent counts, which matched one exchange
 * in four, and the length's repeat alone then claimed more or fewer than its list held. */
static bool tied_length(const struct fz_pools *pl, const struct ht_list_desc *l,
                        const struct fz_layout *layout, const uint8_t *data, size_t size)
{
    if (!pl->list_count || l->length_slot == 0xff || l->length_slot >= HT_MAX_ARGS ||
        layout->arg[l->length_slot].kind != FZ_SCALAR)
        return false;
    uint8_t ctrl = fz_byte(data, size, layout->arg[l->length_slot].start);
    return ctrl >= 0xc0 && ctrl % STRATEGIES <= HT_FUZZ_CTRL_POOL_LAST;
}

/* The room an OUT list gets for a length argument's value: ROOM % FUZZ_ROOM_MODES. */
static uint64_t room_for(const struct ht_list_desc *l, uint64_t length, uint8_t room)
{
    uint64_t most = l->max_length;
    switch (room % HT_FUZZ_ROOM_MODES) {
    case HT_FUZZ_ROOM_NULL:
        return 0;
    case HT_FUZZ_ROOM_SHORT:
        return length ? (length - 1 < most ? length - 1 : most) : 0;
    case HT_FUZZ_ROOM_LONG:
        return length < most ? length + 1 : most + 1;
    default:
        return length < most ? length : most;
    }
}

static uint64_t decode_room(const struct ht_list_desc *l, uint64_t length, uint8_t room,
                            size_t pool_words, size_t *used)
{
    uint64_t n = room_for(l, length, room);
    if (n > l->max_length)
        return n;  /* refused: nothing to write */
    size_t fits = (pool_words - *used) / l->stride;
    if (n > fits)
        n = fits;
    if (n == 0)
        return 0;
    uint64_t slot = (uint64_t)*used << HT_LIST_SHIFT | n;
    *used += n * l->stride;  /* the engine clears the room before the call */
    return slot;
}

/* A length argument's special values, for a list of n elements: 0, one short, one over,
 * the limit, past it, n with bit 32 set (4.2 keeps nr_extents' low 32 bits), all ones, and
 * twice n. */
static uint64_t length_special(const struct ht_list_desc *l, uint64_t n, uint8_t b)
{
    const uint64_t table[] = {0, n - 1, n + 1, l->max_length, l->max_length + 1ull,
                              n | 1ull << 32, ~0ull, 2 * n};
    return table[b % (sizeof table / sizeof table[0])];
}

/* The IN or INOUT list whose length argument a is, or -1. */
static int list_of_length(const struct ht_call_desc *d, int a)
{
    for (int b = 0; b < d->nargs; b++) {
        const struct ht_list_desc *l = fz_list_of(d, b);
        if (l && l->length_slot == a && l->direction != HT_DIR_OUT)
            return b;
    }
    return -1;
}

void fz_decode_call(const ht_machine *m, struct fz_pools *pl, const uint8_t *data, size_t size,
                    const struct fz_layout *layout, ht_call_rec *rec, uint64_t *pool,
                    size_t pool_words, size_t *used)
{
    const struct ht_call_desc *d = &ht_calls[layout->call];
    memset(rec, 0, sizeof *rec);
    rec->call = layout->call;
    pl->call = layout->call;
    decode_caller(m, pl, d, data, size, layout->caller, rec);
    pl->caller = rec->caller;
    pl->caller_vcpu = rec->vcpu;
    pl->pending_gfn = pl->pending_handle = pl->have_domain = false;
    pl->have_number = pl->have_length = false;
    pl->list_count = 0;
    pl->last_pair = -1;
    uint64_t count[HT_MAX_ARGS] = {0};
    uint8_t page_slot = HT_NO_SLOT;  /* the slot of the call's latest domain argument */
    /* Scalars and input lists in order (a picked pair passes its gfn to the next gfn,
     * whether an argument or a list element); a length argument whose list is given takes
     * its value from the list once it is decoded. */
    for (int a = 0; a < d->nargs; a++) {
        const struct fz_arg_layout *al = &layout->arg[a];
        if (al->kind == FZ_LIST) {
            const struct ht_list_desc *l = fz_list_of(d, a);
            rec->arg[a] = decode_list(m, pl, data, size, al, l,
                                      tied_length(pl, l, layout, data, size), pool,
                                      pool_words, used, &count[a]);
        } else if (al->kind == FZ_SCALAR) {
            struct shape v = arg_shape(d, a);
            /* Arg.fuzz_uses: the value names a live resource when an earlier argument
             * says so (acquire_resource's id, an ioreq server's once the type is one). */
            uint8_t when = d->arg_hint_slot[a];
            if (d->arg_hint_uses[a] != HT_RES_NONE && when < a &&
                rec->arg[when] == d->arg_hint_value[a])
                v.kind = d->arg_hint_uses[a];
            struct scalar s = read_scalar(data, size, al->start, v.bits);
            uint8_t strategy = s.ctrl % STRATEGIES;
            if (d->nlists && list_of_length(d, a) >= 0 &&
                (strategy <= HT_FUZZ_CTRL_POOL_LAST || strategy == HT_FUZZ_CTRL_SPECIAL))
                continue;  /* the list's length, or a special value of it: below */
            if (v.kind == HT_RES_GFN && strategy <= HT_FUZZ_CTRL_POOL_LAST && !v.has_sentinel &&
                !pl->pending_gfn && s.b % 16 == 15 && page_slot != HT_NO_SLOT)
                rec->arg[a] = above_mark(m, page_slot);
            else
                rec->arg[a] = decode_value(m, pl, s, &v);
            if (v.kind == HT_RES_GFN)
                ring_add(&pl->kind[HT_RES_GFN], rec->arg[a]);
            if (v.kind == HT_RES_DOMAIN)
                page_slot = guest_slot(m, rec->arg[a] == HT_DOMID_SELF ? rec->caller
                                                                       : rec->arg[a]);
        }
    }
    if (!d->nlists)
        return;
    for (int a = 0; a < d->nargs; a++) {
        const struct fz_arg_layout *al = &layout->arg[a];
        int b = al->kind == FZ_SCALAR ? list_of_length(d, a) : -1;
        if (b < 0)
            continue;
        struct scalar s = read_scalar(data, size, al->start, d->arg_bits[a]);
        uint8_t strategy = s.ctrl % STRATEGIES;
        if (strategy > HT_FUZZ_CTRL_POOL_LAST && strategy != HT_FUZZ_CTRL_SPECIAL)
            continue;
        /* A later length repeats the first one time in four (the control byte's top two
         * bits): two lists whose claimed sizes must agree (an exchange's nr_in and nr_out)
         * took independent hostile counts, which rarely matched. */
        if (pl->have_length && s.ctrl >= 0xc0)
            rec->arg[a] = pl->length;
        else if (strategy <= HT_FUZZ_CTRL_POOL_LAST)
            rec->arg[a] = count[b];
        else
            rec->arg[a] = mask(d->arg_bits[a], length_special(fz_list_of(d, b), count[b], s.b));
        if (!pl->have_length) {
            pl->have_length = true;
            pl->length = rec->arg[a];
        }
    }
    /* Output lists last: their room follows their length argument. */
    for (int a = 0; a < d->nargs; a++) {
        const struct fz_arg_layout *al = &layout->arg[a];
        if (al->kind != FZ_ROOM)
            continue;
        const struct ht_list_desc *l = fz_list_of(d, a);
        uint64_t length = l->length_slot == 0xff ? l->fixed_length : rec->arg[l->length_slot];
        rec->arg[a] = decode_room(l, length, fz_byte(data, size, al->start), pool_words, used);
    }
}

void fz_pools_feed(struct fz_pools *pl, const ht_machine *m, const ht_call_rec *rec,
                   int64_t raw, const uint64_t *pool)
{
    const struct ht_call_desc *d = &ht_calls[rec->call];
    if (raw < 0)
        return;
    for (int o = 0; o < d->nouts; o++)
        if (d->out_makes[o] != HT_RES_NONE && d->out_makes[o] < HT_RES_COUNT)
            ring_add(&pl->kind[d->out_makes[o]], m->last.out[o]);
    if (rec->call == HT_CALL_ring_get_request)
        ring_add(&pl->kind[HT_RES_GFN], m->last.out[0]);
    /* What output lists hold: the elements the call wrote (a count-returning call wrote as
     * many as it returns), the first HT_FUZZ_POOL of them. */
    for (int a = 0; d->nlists && a < d->nargs; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (!l || l->direction == HT_DIR_IN)
            continue;
        uint64_t n = (uint32_t)rec->arg[a], offset = rec->arg[a] >> HT_LIST_SHIFT;
        if (d->returns == HT_RETURNS_COUNT && (uint64_t)raw < n)
            n = (uint64_t)raw;
        for (uint64_t e = 0; e < n && e < HT_FUZZ_POOL; e++)
            for (uint32_t f = 0; f < l->stride; f++)
                if (l->field_makes[f] != HT_RES_NONE && l->field_makes[f] < HT_RES_COUNT)
                    ring_add(&pl->kind[l->field_makes[f]], pool[offset + e * l->stride + f]);
    }
    /* The keys it named (fz_pools_feed is called for calls that did not fail): a key a
     * failed call named (a made-up object id) would crowd out the boot's and the input's
     * live objects, which the chains on one object need. */
    for (int a = 0; d->nlists && a < d->nargs; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (l && l->direction != HT_DIR_OUT && is_key(l) &&
            (uint32_t)rec->arg[a] == l->fixed_length)
            remember_key(pl, l, pool + (rec->arg[a] >> HT_LIST_SHIFT));
    }
    /* A (domain, gfn) pair that worked is worth naming again, together, with the handle if
     * the call produced one for it; a list's first element stands for the list. */
    uint64_t domid = 0, handle = 0;
    bool have_domain = false;
    for (int o = 0; o < d->nouts; o++)
        if (d->out_makes[o] == HT_RES_HANDLE)
            handle = m->last.out[o];
    for (int a = 0; a < d->nargs; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (d->arg_uses[a] == HT_RES_DOMAIN) {
            domid = rec->arg[a] == HT_DOMID_SELF ? rec->caller : rec->arg[a];
            have_domain = true;
            continue;
        }
        if (!have_domain)
            continue;
        if (!l && d->arg_uses[a] == HT_RES_GFN) {
            pair_add(pl, domid, rec->arg[a], handle);
            have_domain = false;
        } else if (l && l->direction != HT_DIR_OUT && (uint32_t)rec->arg[a] &&
                   (uint32_t)rec->arg[a] <= l->max_length && l->field_uses[0] == HT_RES_GFN) {
            pair_add(pl, domid, pool[rec->arg[a] >> HT_LIST_SHIFT], handle);
            have_domain = false;
        }
    }
}
