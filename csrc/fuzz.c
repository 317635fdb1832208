/*
 * The fuzzing executor: decode an input's bytes into a call sequence from the catalogue's
 * grammar, run it on the machine restored to its snapshot, and check the oracles after
 * every call.  One cffi call per input: per-call Python dispatch is what limits a fuzzer
 * written in Python (limits.md §4), so decoding, execution and checking all happen here.
 *
 * The grammar (fuzz_grammar.c cuts inputs by it, fuzz_decode.c reads them, fuzz/encode.py
 * writes it for seeds, tests/fuzz/fuzz_grammar.py reads it back; the numbers are
 * haptrace/catalogue/limits.py's FUZZ_*):
 *
 *   input  := call*
 *   call   := SEL SEL CALLER ARG*      one ARG per catalogue argument, by its shape
 *
 *   SEL SEL  a 16-bit selector, high byte first.  The calls share the 65536 selectors in
 *            proportion to their weight, each its family's Family.fuzz_weight (generated:
 *            ht_family_fuzz_weight), in catalogue order: neighbouring selectors name calls
 *            of one family, and every call with a weight has one (the generator checks the
 *            weights total at most FUZZ_SELECTORS), however many calls there are.
 *   CALLER   CALLER % 16: FUZZ_CALLER_LITERAL (15): the domain (2 bytes, little endian) and
 *            vcpu (1 byte) follow (one that does not exist is refused).  Otherwise by the
 *            call's Call.caller: TOOLSTACK: domain 0 (vcpu 0), a guest from 14
 *            (FUZZ_CALLER_TOOLSTACK_GUEST: an unprivileged caller); ANY: domain 0, a guest
 *            from 11 (FUZZ_CALLER_ANY_GUEST); GUEST: a guest.  The guest is a running vcpu
 *            of a running guest (not dying, crashed or paused, nor waiting on a ring),
 *            CALLER / 16 picking it; domain 0 when none runs.
 *   scalar   := CTRL PAYLOAD [MORE]    CTRL % 16 picks the strategy:
 *     0-12 pool    PAYLOAD: a live value of the argument's kind, most recent first: a
 *                  (domain, gfn) pair an earlier call used successfully (the domain and the
 *                  gfn after it, argument or list element, are chosen together), a live
 *                  domain (for a guest caller, DOMID_SELF or its own id half the time), a
 *                  gfn seen before, a handle/port/grant/mapping/mfn an earlier call made, a
 *                  valid enum value, a combination of a flag set's flags (PAYLOAD's bit i
 *                  keeps the i-th), a small number
 *     13 small     PAYLOAD: the value itself
 *     14 special   PAYLOAD picks a boundary value (0, 1, all ones, DOMID_SELF, the grant flag
 *                  bit, the first gfn past a p2m, the next handle, ...)
 *     15 literal   PAYLOAD MORE: the argument's width in bytes, little endian (hostile values)
 *            The length argument of an input list takes, with a pool strategy, the list's
 *            own length; its special values are 0, the length -1 and +1, max_length, past
 *            it, the length + 2^32, all ones and twice the length (hostile claimed counts).
 *   list     := (HEAD [EXT] FIELD*)+   an IN or INOUT list, in chunks.  HEAD % 8 elements
 *            are written out, each field by field as a scalar of the field's width and
 *            resource; HEAD / 8 is the chunk's shape:
 *              0-23 plain    the list ends with these elements
 *              24-27 run     EXT + 1 more: each the one before plus one in its first
 *                            resource field (runs of neighbouring gfns)
 *              28 scatter    EXT + 1 more, live values from the pools (scattered ones)
 *              29 more       another chunk follows (at most FUZZ_LIST_CHUNKS in all)
 *              30 max        the list is max_length long: the elements, then a run
 *              31 beyond     max_length + 1 elements: the engine refuses the call
 *            A fixed-length list has its fixed length (a run completes it) unless beyond.
 *   room     := ROOM             an OUT list: the room the caller gives, ROOM % 8: 0-4 what
 *            its length argument claims (at most max_length), 5 none (a NULL handle), 6 one
 *            element less, 7 one more.  The call writes its elements there.
 *
 * Lists live in the executor's word pool (pool, pool_words): each call's lists follow the
 * previous call's, and a list the pool has no room left for is cut short.  Valid values
 * dominate (a call with two domains is otherwise rarely well formed); byte mutations reach
 * the hostile strategies easily.  Decoding stops when the bytes run out or after max_calls
 * calls.  A call starts wherever a byte is left, and the bytes a call cut off at the end
 * lacks read as 0: a pool pick, an empty list chunk.
 */
#include <string.h>

#include "fuzz_decode.h"
#include "fuzz_favour.h"
#include "fuzz_want.h"

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

/* The host's free frames a call left, as a class: plenty (0), a few (under a sixteenth of
 * the host), one, or none.  A call that leaves the heap empty or at its last frames looks
 * like any other allocation to the counters' signs, so the input was not kept, and the
 * calls that meet scarcity (an allocation that fails, or turns to tmem at
 * midsize_alloc_zone_pages: alloc_heap_pages, common/page_alloc.c, RELEASE-4.2.0) were
 * never tried after it.  Not a Xen decision: fuzzing feedback only. */
enum { SCARCE_PLENTY, SCARCE_FEW, SCARCE_ONE_FRAME, SCARCE_NONE };

static uint32_t scarcity(const ht_machine *m)
{
    int64_t free_frames = m->host.free_frames;
    return free_frames <= 0 ? SCARCE_NONE
           : free_frames == 1 ? SCARCE_ONE_FRAME
           : free_frames < (int64_t)(m->config.total_frames / 16) ? SCARCE_FEW
                                                                   : SCARCE_PLENTY;
}

static uint32_t effect(const struct counters *a, const struct counters *b)
{
    return (((sign3(a->freed, b->freed) * 3 + sign3(a->used, b->used)) * 3 +
             sign3(a->shr, b->shr)) * 3 + sign3(a->paged, b->paged)) * 3 +
           sign3(a->tot, b->tot);
}

/* What a call did at the armed internal-failure sites (fault.c: inject_fault's one-shot
 * countdowns), as a value: for each site armed before it, how many passes through the
 * site it made (none, one, two, more) and whether the injected failure fired in it, mixed
 * over the sites; 0 when no site was armed or the call passed none.  syzkaller's fail_nth
 * walks a call's failure points one by one because each leaves other state behind: a
 * handler's first allocation failing and its second (a bucket published, then its labels'
 * allocation failing) return the same code for the same reason, and a chunk loop's check
 * failing in its first chunk or its second differ only in what the call had done by then.
 * So the fuzzer saw one outcome for all of them, and an input whose fault fired at the
 * second pass was not kept over one that fired at the first; an armed fault the call
 * passed but did not reach (a count one too high) was invisible.  Not a Xen decision:
 * fuzzing feedback only. */
struct fault_arm {
    uint32_t countdown[HT_FAULT_SITE_COUNT];
    bool armed;
};

static struct fault_arm fault_arm(const ht_machine *m)
{
    struct fault_arm a = {.armed = false};
    for (uint32_t s = 0; s < HT_FAULT_SITE_COUNT; s++) {
        a.countdown[s] = m->fault_countdown[s];
        a.armed |= a.countdown[s] != 0;
    }
    return a;
}

/* Which internal-failure sites the call passed through and how often (none, one, two, more
 * each), armed or not (fault.c counts every pass): how far into its handler a call got, in
 * the handler's own failure points.  An evtchn allocation that needs a new bucket passes the
 * Xen-heap site twice where one that finds a free port passes it never; an exchange's pin
 * bookkeeping passes the copy site once per chunk.  0 when it passed none.  (Made part of
 * every call's state, it gave calls of families without a class a state of their own, and
 * cost a quarter of the inputs per second with no shallow bug found sooner: it only says
 * whether a kept call has failure points to be asked for, want_faults.)  Fuzzing feedback
 * only. */
static uint32_t sites_passed(const ht_machine *m)
{
    uint32_t value = 0;
    for (uint32_t s = 0; s < HT_FAULT_SITE_COUNT; s++) {
        uint32_t passes = m->fault_passes[s];
        if (passes)
            value = value * 31u + 1u + s * 4u + (passes < 3 ? passes : 3u);
    }
    return value;
}

/* The failure points a call passed, as the calls that would fail each (syzkaller's fail_nth:
 * a kept call is failed at each of its failure points in turn): inject_fault(site, passes)
 * before the call fails the site's last pass, the one after most of the call's work, where
 * a fail path has the most to undo.  Noted for the call (fuzz_want.c) when the state it
 * set was new (a call with a state class), so the mutator inserts one before it in the
 * kept input.  Fuzzing feedback only. */
static void want_faults(const ht_machine *m, const ht_call_rec *rec, size_t index)
{
    if (rec->call == HT_CALL_inject_fault)
        return;
    for (uint32_t s = 0; s < HT_FAULT_SITE_COUNT; s++) {
        if (!m->fault_passes[s])
            continue;
        struct ht_fuzz_want w = {.call = HT_CALL_inject_fault, .caller = 0};
        w.arg[0] = s;
        w.arg[1] = m->fault_passes[s];
        if (!fz_want_add(rec, index, &w))
            return;
    }
}

static uint32_t armed_sites_met(const struct fault_arm *before, const ht_machine *m)
{
    uint32_t value = 0;
    for (uint32_t s = 0; before->armed && s < HT_FAULT_SITE_COUNT; s++) {
        uint32_t was = before->countdown[s], now = m->fault_countdown[s];
        if (!was || now >= was)  /* not armed, unpassed, or armed again by the call */
            continue;
        uint32_t passes = was - now, fired = now == 0;
        value = value * 31u + 1u + s * 8u + (passes < 3 ? passes : 3u) * 2u + fired;
    }
    return value;
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
                        uint32_t flags, bool full_checks, const ht_fuzz_buffers *out,
                        ht_fuzz_result *res);

/* Whether each call of the input last run met its state with an injected fault still
 * waiting (a site armed before it that it did not pass): such a call reaches the state it
 * would reach with no fault armed, but an input kept for it carries the armed fault, and
 * the calls the mutator inserts before its last call (its family's wants, splices) meet
 * that fault instead (issue 18, deep10: a device model's create, asked for by its destroy,
 * failed with ENOMEM at the Xen-heap fault a random inject_fault had left armed in the
 * prefix of the first input that reached the state, and the state, marked seen, was asked
 * for nothing again).  The state is kept, and its wants noted, from an input with no fault
 * waiting (favour_if_new_state).  Fuzzing feedback only. */
static uint8_t fault_waiting[HT_FUZZ_MAX_CALLS];

/* Whether a state bucket is one no input of this process set (and scheduling is on): the
 * first call of an input that sets one has its family's wants noted (fuzz_want.c), read
 * before it runs, for either result, and kept if the bucket it set was new.  Below, with
 * the buckets. */
static bool state_unseen(uint32_t bucket);

/* The abstract state a call meets (its family's fuzz_class, 0: none), read before it runs:
 * the same call and result on a port bound to another domain, or on a domain holding other
 * kinds of ports, is new state to the fuzzer, as a syscall on another kind of file is to
 * syzkaller.  Edges and outcomes alone do not see it: the handler takes the same path. */
static uint32_t page_class(ht_machine *m, const ht_call_rec *rec, const uint64_t *pool,
                           size_t pool_words);

/* murmur3's finaliser: every bit of h reaches the low bits a bucket index keeps.  (The
 * state's feature was (call * 2654435761 ^ state * 40503) % 8192, which keeps only the low
 * 13 bits of the state: the page class, at bit 16 and up, and the families' marker bits
 * above bit 12 never reached a feature.) */
static uint32_t mix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    return h ^ (h >> 16);
}

/* The state bucket of a call, its class and whether it failed. */
static uint32_t state_bucket(uint32_t call, uint32_t state, bool failed)
{
    return mix32(call * 2654435761u ^ mix32(state) ^ failed) % HT_FUZZ_STATE_BUCKETS;
}

/* A family's class, with the call's lists readable: the machine holds the executor's pool
 * while the class is read, as it does while the call runs (ht_run_pool), so a class can read
 * a list argument (an exchange's header) as its handler will.  Only the pool words the
 * decoder wrote are lent, and the class changes nothing. */
static uint32_t lent_pool_class(ht_machine *m, const struct ht_family_ops *ops,
                                const ht_call_rec *rec, uint8_t slot, const uint64_t *pool,
                                size_t pool_words)
{
    uint64_t *held = m->pool;
    size_t held_words = m->pool_words;
    m->pool = (uint64_t *)(uintptr_t)pool;  /* read only: fuzz_class takes a const machine */
    m->pool_words = pool ? pool_words : 0;
    uint32_t family = ops->fuzz_class(m, rec->call, rec->arg, slot);
    m->pool = held;
    m->pool_words = held_words;
    return family;
}

static uint32_t state_class(ht_machine *m, const ht_call_rec *rec, const uint64_t *pool,
                            size_t pool_words)
{
    if (rec->call >= HT_NCALLS)
        return 0;
    const struct ht_family_ops *ops = ht_families[ht_calls[rec->call].family];
    uint8_t slot = ht_slot(m, rec->caller);
    if (slot == HT_NO_SLOT)
        return 0;
    /* A family's class and the page's together: a ring_put_response's ring and the gfn
     * it answers, a domain op's domain and the page it maps. */
    uint32_t family = ops->fuzz_class ? lent_pool_class(m, ops, rec, slot, pool, pool_words) : 0;
    /* And the host's memory when it is all but gone (no free frame, or one): a call that
     * meets it takes the allocator's last-frame and ENOMEM paths, and the input that got
     * the host there (a balloon-up of exactly its free frames, or one less) is kept, so
     * that the calls that need the scarcity grow from it. */
    uint32_t scarce = scarcity(m) >= SCARCE_ONE_FRAME ? scarcity(m) : 0u;
    uint32_t state = family ^ page_class(m, rec, pool, pool_words) << 16;
    return scarce ? mix32(state) ^ scarce : state;
}

/* The pages the call names (each gfn after a domain: an argument, or a list's first
 * element), as state: whether one is its p2m's high-water mark, and whether one lies above
 * it, inside the p2m (shallow8). */
static uint32_t page_class(ht_machine *m, const ht_call_rec *rec, const uint64_t *pool,
                           size_t pool_words)
{
    const struct ht_call_desc *d = &ht_calls[rec->call];
    uint8_t slot = HT_NO_SLOT;
    uint32_t class = 0;
    for (int a = 0; a < d->nargs; a++) {
        uint64_t gfn;
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (!l && d->arg_uses[a] == HT_RES_DOMAIN) {
            slot = ht_slot(m, rec->arg[a] == HT_DOMID_SELF ? rec->caller : rec->arg[a]);
            continue;
        }
        if (slot == HT_NO_SLOT)
            continue;
        if (!l && d->arg_uses[a] == HT_RES_GFN) {
            gfn = rec->arg[a];
        } else if (l && l->direction != HT_DIR_OUT && l->field_uses[0] == HT_RES_GFN &&
                   (uint32_t)rec->arg[a] && (rec->arg[a] >> HT_LIST_SHIFT) < pool_words && pool) {
            gfn = pool[rec->arg[a] >> HT_LIST_SHIFT];
        } else {
            continue;
        }
        uint8_t owner = slot;
        slot = HT_NO_SLOT;  /* the domain's first page only */
        if (!p2m_entry(m, owner, gfn))
            continue;
        uint64_t mark = m->dom[owner].max_mapped_gfn;
        /* Whether the gfn is the p2m's high-water mark (max_mapped_pfn, what maximum_gpfn
         * answers): a value feature for a boundary of the state the argument indexes, as a
         * value profile sees a compare's operands meet.  Loops bounded by it (relinquish,
         * the access ranges) treat that gfn apart, and no pool offers it: random bytes name
         * it one gfn in a thousand, and the input that did is kept.  And whether it lies
         * above the mark, inside the p2m: the hole a call that maps a page there makes the
         * new mark (memshr_add_to_physmap's client gfn, a populate's extent), which plain
         * numbers past 15 reach one pick in 256; the mark's own gfn may be one the calls
         * that need it refuse (the fuzz machine's domain 2: its paging ring's page).  Every
         * (domain, gfn) of the call counts: an add_to_physmap's client page is its second.
         * The page's type, access, pin and references are not part of the state: they never
         * reached a feature before the state was mixed (see mix32), and once they did, the
         * new page states crowded the kept inputs out (a 300 s deep-tier run missed the
         * ioreq bugs it had found in 30-60 s). */
        class |= gfn == mark ? 0x4000u : gfn > mark ? 0x8000u : 0u;
    }
    return class;
}

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
                       uint32_t flags, const ht_fuzz_buffers *out, ht_fuzz_result *res)
{
    if (flags & FUZZ_TEST_MAGIC_FLAG) {
        bool found = test_magic(data, len);
        *res = (ht_fuzz_result){0, found ? FUZZ_TEST_MAGIC_FOUND : HT_FUZZ_NONE, 0,
                                found ? FUZZ_TEST_MAGIC : 0, 0};
        return 0;
    }
    /* The structural invariants are walked once, at the end of the input; only if they
     * fail is the input run again with the walk after every call, to name the call. */
    size_t n = fuzz_pass(m, data, len, max_calls, flags, false, out, res);
    if (res->finding || !(flags & HT_FUZZ_CHECK_INVARIANTS) || violated(m, true) < 0)
        return n;
    return fuzz_pass(m, data, len, max_calls, flags, true, out, res);
}

/* An in-out list's words as the decoder wrote them, kept while the call runs and written
 * back after it (issue 18, deep8): the pool an outcome hands back (ht_fuzz_buffers.pool) is
 * what the calls were given, so that a finding's calls, recorded from it, run as they ran.
 * With the call's write-back left there, an exchange's header came back with nr_exchanged
 * past its resume point (and a paravirtualised caller's out list with machine frames for
 * gpfns), and the minimiser's run of it resumed elsewhere: no finding of
 * exchange_fail_frees_stolen could be recorded.  Lists past FZ_INOUT_WORDS keep the
 * write-back. */
#define FZ_INOUT_WORDS 4096
static uint64_t inout_saved[FZ_INOUT_WORDS];

/* Saves each in-out list of rec that lies in the pool into the save area (with restore,
 * writes them back); false if they did not fit. */
static bool each_inout(const ht_call_rec *rec, size_t pool_words, bool restore, uint64_t *pool)
{
    const struct ht_call_desc *d = &ht_calls[rec->call];
    size_t saved = 0;
    for (int a = 0; d->nlists && a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (!l || l->direction != HT_DIR_INOUT)
            continue;
        uint64_t count = (uint32_t)rec->arg[a], offset = rec->arg[a] >> HT_LIST_SHIFT;
        uint64_t words = count * l->stride;
        if (count == 0 || offset > pool_words || words > pool_words - offset)
            continue;
        if (words > FZ_INOUT_WORDS - saved)
            return false;
        if (restore)
            memcpy(pool + offset, inout_saved + saved, words * sizeof *pool);
        else
            memcpy(inout_saved + saved, pool + offset, words * sizeof *pool);
        saved += words;
    }
    return true;
}

/* The spec key of a call's result: call << HT_ERRNO_BITS | errno (0: no errno the
 * catalogue could document). */
static uint32_t spec_key(uint32_t call, int64_t raw)
{
    bool coded = raw < 0 && raw > -(INT64_C(1) << HT_ERRNO_BITS);
    return call << HT_ERRNO_BITS | (coded ? (uint32_t)-raw : 0u);
}

static size_t fuzz_pass(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                        uint32_t flags, bool full_checks, const ht_fuzz_buffers *out,
                        ht_fuzz_result *res)
{
    uint32_t previous = 0;
    memset(res, 0, sizeof *res);
    if (m->journal.on)
        ht_restore(m);
    /* List references hold a word offset of 32 bits. */
    size_t pool_words = out->pool ? out->pool_words : 0, used = 0;
    if (pool_words > UINT32_MAX)
        pool_words = UINT32_MAX;
    struct fz_pools pl;
    fz_pools_init(&pl, m);
    fz_want_reset();
    size_t n = 0, pos = 0;
    /* Decoding changes no state: a call's counters before are the last call's after. */
    struct counters before = read_counters(m);
    while (n < max_calls && pos < len) {
        struct fz_layout layout;
        pos = fz_walk(data, len, pos, &layout);
        ht_call_rec *rec = &out->calls[n];
        fz_decode_call(m, &pl, data, len, &layout, rec, out->pool, pool_words, &used);
        uint32_t state = state_class(m, rec, out->pool, pool_words);
        bool noting = state && fz_want_room() &&
                      (state_unseen(state_bucket(rec->call, state, false)) ||
                       state_unseen(state_bucket(rec->call, state, true)));
        if (noting)
            fz_want_note(m, rec, n, out->pool, pool_words);
        bool inout = out->pool && ht_calls[rec->call].nlists &&
                     each_inout(rec, pool_words, false, out->pool);
        struct fault_arm arm = fault_arm(m);
        memset(m->fault_passes, 0, sizeof m->fault_passes);
        int64_t raw = ht_run_record(m, rec, out->pool, pool_words);
        uint32_t faults = armed_sites_met(&arm, m), passed = sites_passed(m);
        bool waiting = arm.armed && !faults;
        if (n < HT_FUZZ_MAX_CALLS)
            fault_waiting[n] = waiting;
        if (noting && waiting)
            fz_want_drop(n);  /* kept only from an input with no fault waiting */
        uint32_t call = rec->call;
        out->outcomes[n] = (ht_fuzz_call){call, m->last.reason, raw};
        struct counters after = read_counters(m);
        /* A failure and a success at the same check are different outcomes; so are two
         * successes that change the counters differently, a guest's call and domain 0's,
         * and calls that leave the host's memory scarce in different degrees. */
        uint32_t key = (((call * HT_NREASONS + m->last.reason) * 2u + (raw < 0)) * 2u +
                        (rec->caller != 0)) * 243u + effect(&before, &after);
        /* Scarcity moves the key by an odd multiple (so a key's bucket, modulo the
         * power-of-two bucket counts, moves too) and leaves it alone with plenty: the
         * buckets keep their resolution (a factor of 4 in the key had left 1 bucket in 4). */
        key ^= scarcity(m) * 0x9e3779b1u;
        /* And where the call met an injected failure (armed_sites_met): the same code after
         * another failure point is another outcome, and another state, so the input whose
         * failure left the rarer state behind is kept and grown (its next call meets it). */
        if (faults)
            key ^= mix32(faults) | 1u;
        /* And the state, for a call that met an armed site. */
        if (faults)
            state = mix32(state ^ faults * 0x27d4eb2du) | 1u;
        uint32_t *feature = out->features + HT_FUZZ_FEATURES_PER_CALL * n;
        feature[0] = key % HT_FUZZ_OUTCOME_BUCKETS;
        feature[1] =
            HT_FUZZ_OUTCOME_BUCKETS + (previous * 7919u + key) % HT_FUZZ_TRANSITION_BUCKETS;
        feature[2] = state ? HT_FUZZ_OUTCOME_BUCKETS + HT_FUZZ_TRANSITION_BUCKETS +
                                 state_bucket(call, state, raw < 0)
                           : HT_FUZZ_FEATURES;
        if (noting && !state_unseen(state_bucket(call, state, raw < 0)))
            fz_want_drop(n);  /* the bucket it set was not new */
        else if (passed && state && !waiting && state_unseen(state_bucket(call, state, raw < 0)) &&
                 !fz_want_pending(n, 0, &(const uint8_t *){NULL}, &(bool){false}))
            /* kept, and its family asked for nothing: fail it at the sites it passed.  A
             * family's want moves the call's own class a step; fail-nth wants beside it took
             * most of the insertions meant for it. */
            want_faults(m, rec, n);
        previous = key;
        before = after;
        out->spec[n] = spec_key(call, raw);
        n++;
        fz_pools_feed(&pl, m, rec, raw, out->pool);
        if (inout)
            each_inout(rec, pool_words, true, out->pool);
        if (raw < 0 && raw > HT_RAW_REFUSED_LIMIT && !ht_code_documented(m, call, (uint32_t)-raw)) {
            *res = (ht_fuzz_result){(uint32_t)n, HT_FUZZ_UNDOCUMENTED, (uint32_t)(n - 1),
                                    (uint32_t)-raw, (uint32_t)used};
            return n;
        }
        if (flags & HT_FUZZ_CHECK_INVARIANTS) {
            int inv = violated(m, full_checks);
            if (inv >= 0) {
                *res = (ht_fuzz_result){(uint32_t)n, HT_FUZZ_INVARIANT, (uint32_t)(n - 1),
                                        (uint32_t)inv, (uint32_t)used};
                return n;
            }
        }
    }
    res->ncalls = (uint32_t)n;
    res->words = (uint32_t)used;
    return n;
}

_Static_assert(HT_FUZZ_FEATURES ==
                   HT_FUZZ_OUTCOME_BUCKETS + HT_FUZZ_TRANSITION_BUCKETS + HT_FUZZ_STATE_BUCKETS,
               "HT_FUZZ_FEATURES must count every feature bucket");

/* ---- inputs that reached new state (fuzz_favour.h) -------------------------------------- */

static struct {
    uint8_t b[FZ_FAVOURED_BYTES];
    size_t len;
    uint32_t bucket;  /* the state bucket it was the first to set */
    /* The calls its last call's family asked for before it (fuzz_want.c). */
    uint8_t want[FZ_WANTS][FZ_WANT_BYTES];
    size_t want_len[FZ_WANTS], nwants;
    bool want_after[FZ_WANTS];  /* a follow-up, appended after that call */
    uint8_t want_caller[4];  /* that call's caller, a literal caller (fz_want_caller) */
} favoured[FZ_FAVOURED];
static size_t nfavoured;
/* The state buckets some input of this process has set, and how many calls of the inputs
 * run since set each (saturating): a bucket's rarity. */
static uint8_t state_seen[HT_FUZZ_STATE_BUCKETS];
static uint32_t state_hits[HT_FUZZ_STATE_BUCKETS];

static bool favouring;

static bool state_unseen(uint32_t bucket)
{
    return favouring && !state_seen[bucket];
}

size_t fz_favoured_count(void)
{
    return favouring ? nfavoured : 0;
}

const uint8_t *fz_favoured(size_t i, size_t *size)
{
    if (i >= nfavoured)
        return NULL;
    *size = favoured[i].len;
    return favoured[i].b;
}

const uint8_t *fz_favoured_want(size_t i, size_t w, size_t *size, bool *after)
{
    if (i >= nfavoured || w >= favoured[i].nwants)
        return NULL;
    *size = favoured[i].want_len[w];
    *after = favoured[i].want_after[w];
    return favoured[i].want[w];
}

size_t fz_favoured_wants(size_t i)
{
    return i < nfavoured ? favoured[i].nwants : 0;
}

const uint8_t *fz_favoured_want_caller(size_t i)
{
    return i < nfavoured && favoured[i].nwants ? favoured[i].want_caller : NULL;
}

uint32_t fz_favoured_hits(size_t i)
{
    return i < nfavoured ? state_hits[favoured[i].bucket] : UINT32_MAX;
}

/* ---- the stall: inputs since one last reached new behaviour (the adaptive fresh share) ---- */

/* The outcome buckets some input of this process set, and how many inputs have run since
 * an input set one no earlier input set.  The mutator makes more fresh random inputs the
 * longer it is (fuzz_mutate.c, fresh_permille).  The transitions are left out (pairs of
 * outcomes keep coming long after the calls stop doing anything new), and so are the
 * states: a new state came every twenty inputs or so for minutes (a port bound another
 * way, a page of another type), so the count rarely passed a few dozen and the share
 * stayed near its floor, where random inputs find the shallow bugs a mutated corpus does
 * not (exchange_missing_domain_ok, seeds 11007-11010: 229k, 144k, 7.6k and 30k inputs,
 * then 56k, 40k, 24k and 26k).  New states still keep inputs (favour_if_new_state). */
static uint8_t behaviour_seen[HT_FUZZ_OUTCOME_BUCKETS];
static uint64_t stalled_inputs;

static void count_stall(const uint32_t *features, size_t n)
{
    /* An input that decoded no call (an empty one, or the test hook's, which runs none)
     * reached nothing and says nothing of the corpus's growth: with the hook on, libFuzzer's
     * native edges are the only signal, and a share grown on it turned the climb to the
     * magic into random inputs (tests/fuzz/test_native_coverage.py). */
    if (n == 0)
        return;
    bool fresh = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t outcome = features[HT_FUZZ_FEATURES_PER_CALL * i];
        if (outcome < HT_FUZZ_OUTCOME_BUCKETS && !behaviour_seen[outcome]) {
            behaviour_seen[outcome] = 1;
            fresh = true;
        }
    }
    stalled_inputs = fresh ? 0 : stalled_inputs + 1;
}

uint64_t fz_stalled_inputs(void)
{
    return favouring ? stalled_inputs : 0;
}

uint64_t ht_fuzz_stalled_inputs(void)
{
    return fz_stalled_inputs();
}

void ht_fuzz_favour(int on)
{
    favouring = on != 0;
    nfavoured = 0;
    memset(state_seen, 0, sizeof state_seen);
    memset(state_hits, 0, sizeof state_hits);
    memset(behaviour_seen, 0, sizeof behaviour_seen);
    stalled_inputs = 0;
}

/* Keeps data if its n calls set a state bucket no input of this process set before, and
 * counts the hits of every state bucket its calls set.  The calls up to the first new one
 * are what reached it, and only they are kept: the calls after it were not needed, and
 * the mutator inserts calls after the last call of a kept input (its frontier).  A
 * full table gives up the input whose state is now the most common (FairFuzz's rare
 * branches: a state every input reaches has nothing left to teach), not the oldest: a
 * state one input in a million reaches stays until something rarer comes. */
/* Keeps data cut after its call at (the one that set the new state bucket), with what that
 * call's family asked for before it (fuzz_want.c), in the slot of the kept input whose
 * state is now the most common when the table is full. */
static void keep_favoured(const uint8_t *data, size_t len, size_t at, uint32_t bucket)
{
    /* Kept up to the call that reached the new state: the chain's frontier is its last
     * call, where the mutator grows it (fuzz_mutate.c). */
    size_t end = 0;
    for (size_t i = 0; i <= at && end < len; i++)
        end = fz_walk(data, len, end, NULL);
    len = end < len ? end : len;
    if (len > FZ_FAVOURED_BYTES || len == 0)
        return;
    size_t slot = nfavoured;
    if (nfavoured == FZ_FAVOURED) {
        slot = 0;
        for (size_t i = 1; i < FZ_FAVOURED; i++)
            if (state_hits[favoured[i].bucket] > state_hits[favoured[slot].bucket])
                slot = i;
    } else {
        nfavoured++;
    }
    memcpy(favoured[slot].b, data, len);
    favoured[slot].len = len;
    favoured[slot].bucket = bucket;
    favoured[slot].nwants = 0;
    fz_want_caller(at, favoured[slot].want_caller);
    const uint8_t *want;
    bool after = false;
    for (size_t w = 0, n; w < FZ_WANTS && (n = fz_want_pending(at, w, &want, &after)) != 0;
         w++) {
        memcpy(favoured[slot].want[w], want, n);
        favoured[slot].want_len[w] = n;
        favoured[slot].want_after[w] = after;
        favoured[slot].nwants++;
    }
}

/* Keeps data if its n calls set a state bucket no input of this process set before, and
 * counts the hits of every state bucket its calls set.  The calls up to a new one are what
 * reached it, and only they are kept: the calls after it were not needed, and the mutator
 * inserts calls after the last call of a kept input (its frontier).  Each of the first
 * FZ_KEPT_PER_INPUT new buckets of an input is kept so (issue 18, deep8: only the first
 * was, and a rare state an input reached after another new one was marked seen and never
 * kept, nor asked for its wants); the later ones are left unseen for the next input that
 * reaches them (below).  A full table gives up the input whose state is now the
 * most common (FairFuzz's rare branches: a state every input reaches has nothing left to
 * teach), not the oldest: a state one input in a million reaches stays until something
 * rarer comes. */
static void favour_if_new_state(const uint8_t *data, size_t len, const uint32_t *features,
                                size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t f = features[HT_FUZZ_FEATURES_PER_CALL * i + 2];
        if (f < HT_FUZZ_FEATURES && f >= HT_FUZZ_FEATURES - HT_FUZZ_STATE_BUCKETS) {
            uint32_t b = f - (HT_FUZZ_FEATURES - HT_FUZZ_STATE_BUCKETS);
            if (i < HT_FUZZ_MAX_CALLS && fault_waiting[i]) {
                state_hits[b] += state_hits[b] < UINT32_MAX;
                continue;  /* not kept, nor seen, while a fault waits (fault_waiting) */
            }
            if (!state_seen[b] && kept == FZ_KEPT_PER_INPUT) {
                /* Not kept, nor seen: an input that reaches more new states than it may
                 * keep leaves the rest to the next input that reaches them.  Marked seen,
                 * such a state was never kept nor asked for its wants, and early inputs
                 * reach dozens: a pager's leaving with a gfn left paged, whose want is
                 * paged_drop_drift's last step, took 134,000 inputs on one seed. */
                state_hits[b] += state_hits[b] < UINT32_MAX;
                continue;
            }
            if (!state_seen[b]) {
                kept++;
                keep_favoured(data, len, i, b);
            }
            state_seen[b] = 1;
            state_hits[b] += state_hits[b] < UINT32_MAX;
        }
    }
}

uint32_t ht_fuzz_exec(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                      uint32_t flags, const ht_fuzz_buffers *out, ht_fuzz_result *res,
                      const ht_fuzz_sinks *sinks)
{
    size_t n = fuzz_run(m, data, len, max_calls, flags, out, res);
    if (!sinks)
        return res->finding;
    /* Each feature once per input (a byte set to 1, not a hit count): hit counts would fill
     * the corpus with inputs that differ only in how often they repeat a call. */
    if (sinks->features) {
        for (size_t i = 0; i < HT_FUZZ_FEATURES_PER_CALL * n; i++)
            if (out->features[i] < HT_FUZZ_FEATURES)
                sinks->features[out->features[i]] = 1;
        /* A fuzzing process: keep the inputs that reach new state for the mutator's
         * scheduling and splicing. */
        if (favouring) {
            favour_if_new_state(data, len, out->features, n);
            count_stall(out->features, n);
        }
    }
    if (sinks->spec)
        for (size_t i = 0; i < n; i++)
            if (out->spec[i] < sinks->spec_len)
                sinks->spec[out->spec[i]] = 1;
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
    return HT_NCALLS << HT_ERRNO_BITS;
}

size_t ht_fuzz_documented_keys(const ht_machine *m, uint32_t *out, size_t cap)
{
    size_t n = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        const struct ht_call_desc *d = &ht_calls[c];
        for (uint32_t i = 0; i < d->ncodes[m->profile]; i++) {
            if (n < cap)
                out[n] = c << HT_ERRNO_BITS | d->codes[m->profile][i];
            n++;
        }
    }
    return n;
}

int ht_fuzz_seed_made(ht_machine *m, uint32_t call, const uint64_t *out)
{
    if (call >= HT_NCALLS)
        return -1;
    const struct ht_call_desc *d = &ht_calls[call];
    int kept = 0;
    for (int o = 0; o < d->nouts && o < HT_OUTS; o++) {
        uint8_t kind = d->out_makes[o];
        if (kind == HT_RES_NONE || kind == HT_RES_DOMAIN || kind >= HT_RES_COUNT ||
            m->fuzz_values >= 8)
            continue;
        m->fuzz_value[m->fuzz_values][0] = kind;
        m->fuzz_value[m->fuzz_values][1] = out[o];
        m->fuzz_values++;
        kept++;
    }
    return kept;
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
