/*
 * The fuzzer's structure-aware mutator and its dictionary, in C.
 *
 * libFuzzer calls the custom mutator once per input it tries.  Written in Python (it was
 * fuzz/mutator.py's make_mutator) it cost more than the engine's whole run of the input: a
 * seeded random.Random alone is 600 words of Mersenne Twister set-up.  Here one call does
 * it.  The moves are the ones fuzz/mutator.py documents, on the grammar csrc/fuzz.c
 * describes, cut where the decoder cuts (fz_walk, fuzz_grammar.c):
 *   10%  a fresh random input of 2 to 23 calls (random generation finds most two- and
 *        three-call bugs quickly, and is not one of libFuzzer's moves), one call in four
 *        catalogue-shaped (shaped_call: the dictionary's forms);
 *   35%  one to three byte edits: flip a bit, replace, insert or erase a byte, copy a range;
 *   else one call-level edit on the input cut at call boundaries: insert a fresh call (2 in
 *        8; one time in six one related to the calls before it: one that takes a resource
 *        kind they make, or one of their families, as syzkaller chooses; half the time a
 *        dependent one, which names the value an earlier call made: dependent_call),
 *        delete one, repeat one, regenerate one's arguments keeping the call, swap two,
 *        edit one call's list (insert, delete or duplicate an element, change the length
 *        the call claims or the list's shape, swap a live resource into an element; an
 *        output list's room) or swap a live resource into one of its arguments, or give
 *        one call another caller.
 * With scheduling on (the harness; fuzz_favour.h), before any of that: one time in four an
 * input that reached new engine state is mutated instead of the one given, one time in
 * eight calls of one are spliced into the one given (splice, remap_spliced), one time in
 * eight calls of the one given, or of another kept input, are spliced into one before its
 * last call (splice_into_kept), and one time in eight a call its last call's family asked
 * for is inserted before that call (want_insertion; fuzz_want.c).
 * The input is hostile (any bytes, any size): every index below is bounded by size or cap.
 */
#include <string.h>

#include "fuzz_favour.h"
#include "fuzz_grammar.h"

#define STRATEGIES HT_FUZZ_CTRL_STRATEGIES
#define POOL_PICK 0
#define MAX_PIECES HT_FUZZ_MAX_CALLS  /* the decoder runs at most this many */
#define CALL_BYTES 2048               /* room for one call the mutator makes or edits */

/* splitmix64: small, fast, and good enough to pick mutations. */
struct rng {
    uint64_t s;
};

static uint64_t next64(struct rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n > 0. */
static size_t below(struct rng *r, size_t n)
{
    return (size_t)(next64(r) % n);
}

static uint8_t byte(struct rng *r)
{
    return (uint8_t)next64(r);
}

/* Bytes with a capacity: what does not fit is dropped (a call cut short still decodes). */
struct buf {
    uint8_t b[CALL_BYTES];
    size_t len;
};

static void put(struct buf *o, uint8_t v)
{
    if (o->len < CALL_BYTES)
        o->b[o->len++] = v;
}

/* Inserts n bytes of src (NULL: zeros) at offset at (at most len); false if they do not fit. */
static bool insert(struct buf *o, size_t at, const uint8_t *src, size_t n)
{
    if (at > o->len || n > CALL_BYTES - o->len)
        return false;
    memmove(o->b + at + n, o->b + at, o->len - at);
    if (src)
        memcpy(o->b + at, src, n);
    else
        memset(o->b + at, 0, n);
    o->len += n;
    return true;
}

static void erase(struct buf *o, size_t at, size_t n)
{
    if (at >= o->len)
        return;
    if (n > o->len - at)
        n = o->len - at;
    memmove(o->b + at, o->b + at + n, o->len - at - n);
    o->len -= n;
}

/* ---- random parts of calls ------------------------------------------------------------ */

static void random_scalar(struct rng *r, uint8_t bits, struct buf *o)
{
    uint8_t control = byte(r);
    put(o, control);
    for (size_t i = 0; i < fz_scalar_bytes(control, bits); i++)
        put(o, byte(r));
}

/* A caller byte: by the call's own rule nearly always; a literal domain and vcpu (domains
 * 0-3, vcpus 0-1: the fuzz machine's) one time in 128. */
static void random_caller(struct rng *r, struct buf *o)
{
    uint8_t c = byte(r);
    if (c % STRATEGIES != HT_FUZZ_CALLER_LITERAL) {
        put(o, c);
        return;
    }
    if (below(r, 8)) {
        put(o, (uint8_t)(c & ~(STRATEGIES - 1)));
        return;
    }
    put(o, c);
    put(o, (uint8_t)below(r, 4));
    put(o, 0);
    put(o, (uint8_t)below(r, 2));
}

static void random_element(struct rng *r, const struct ht_list_desc *l, struct buf *o)
{
    for (uint32_t f = 0; f < l->stride; f++)
        random_scalar(r, l->field_bits[f], o);
}

/* The number of elements a chunk writes out: one or two mostly, up to seven. */
static uint8_t random_count(struct rng *r)
{
    size_t roll = below(r, 100);
    return roll < 10 ? 0 : roll < 45 ? 1 : roll < 70 ? 2 : roll < 85 ? 3 : (uint8_t)(4 + below(r, 4));
}

/* A list's last chunk's shape: plain mostly, then runs, scatters, and now and then
 * max_length (the longest a call may give, and the costliest to run) or beyond it. */
static uint8_t random_shape(struct rng *r)
{
    size_t roll = below(r, 100);
    if (roll < 80)
        return (uint8_t)below(r, HT_FUZZ_LIST_RUN);
    if (roll < 90)
        return (uint8_t)(HT_FUZZ_LIST_RUN + below(r, HT_FUZZ_LIST_SCATTER - HT_FUZZ_LIST_RUN));
    if (roll < 97)
        return HT_FUZZ_LIST_SCATTER;
    return roll < 98 ? HT_FUZZ_LIST_MAX : HT_FUZZ_LIST_BEYOND;
}

static void random_chunk(struct rng *r, const struct ht_list_desc *l, uint8_t shape,
                         struct buf *o)
{
    uint8_t count = random_count(r);
    put(o, (uint8_t)(shape * HT_FUZZ_LIST_ELEMENTS + count));
    if (fz_list_has_ext(shape))
        put(o, byte(r));
    for (uint8_t e = 0; e < count; e++)
        random_element(r, l, o);
}

static void random_list(struct rng *r, const struct ht_list_desc *l, struct buf *o)
{
    if (below(r, 100) < 15)  /* two chunks: a longer list written out */
        random_chunk(r, l, HT_FUZZ_LIST_MORE, o);
    random_chunk(r, l, random_shape(r), o);
}

/* The arguments of call, by their shapes. */
static void random_args(struct rng *r, uint32_t call, struct buf *o)
{
    const struct ht_call_desc *d = &ht_calls[call];
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (!l)
            random_scalar(r, d->arg_bits[a], o);
        else if (l->direction == HT_DIR_OUT)
            put(o, byte(r));
        else
            random_list(r, l, o);
    }
}

/* One random call: a random selector (the selectors are weighted by family), a caller, then
 * arguments of the right shape for its call. */
static void random_call(struct rng *r, struct buf *o)
{
    uint8_t high = byte(r), low = byte(r);
    put(o, high);
    put(o, low);
    random_caller(r, o);
    random_args(r, fz_call_for_selector((uint32_t)high << 8 | low), o);
}

/* ---- resource-aware insertion (syzkaller's choice of calls) ------------------------------ */

/* For each resource kind, the calls with a selector that take one (an argument or a list
 * field of the kind); for each family, its calls with a selector.  Built once from the
 * catalogue's generated tables. */
static uint16_t consumer[HT_RES_COUNT][HT_NCALLS], nconsumers[HT_RES_COUNT];
static uint16_t member[HT_NFAMILIES][HT_NCALLS], nmembers[HT_NFAMILIES];
/* The calls with a selector on a domain as a whole: every argument names a domain
 * (domain_destroy, a pause, maximum_gpfn, an evtchn reset, a ring's enable). */
static uint16_t domain_wide[HT_NCALLS], ndomain_wide;
static bool tables_ready;

_Static_assert(HT_NCALLS <= 0xffff, "call ids are kept in 16 bits here");

static void build_tables(void)
{
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        if (ht_fuzz_selector_for_call(c) < 0)
            continue;
        const struct ht_call_desc *d = &ht_calls[c];
        member[d->family][nmembers[d->family]++] = (uint16_t)c;
        bool takes[HT_RES_COUNT] = {false};
        for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
            const struct ht_list_desc *l = fz_list_of(d, a);
            if (!l && d->arg_uses[a] < HT_RES_COUNT)
                takes[d->arg_uses[a]] = true;
            /* Arg.fuzz_uses: a value that names the resource for one value of another
             * argument (acquire_resource's id, of an ioreq server) takes it too. */
            if (!l && d->arg_hint_uses[a] != HT_RES_NONE && d->arg_hint_uses[a] < HT_RES_COUNT)
                takes[d->arg_hint_uses[a]] = true;
            for (uint32_t f = 0; l && l->direction != HT_DIR_OUT && f < l->stride; f++)
                if (l->field_uses[f] < HT_RES_COUNT)
                    takes[l->field_uses[f]] = true;
        }
        for (uint32_t k = 0; k < HT_RES_COUNT; k++)
            if (takes[k])
                consumer[k][nconsumers[k]++] = (uint16_t)c;
        bool whole = d->nargs > 0 && d->nlists == 0;
        for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++)
            whole &= d->arg_uses[a] == HT_RES_DOMAIN;
        if (whole)
            domain_wide[ndomain_wide++] = (uint16_t)c;
    }
    tables_ready = true;
}

/* The resource kinds a call makes: its outputs' and its output lists' fields'. */
static uint32_t kinds_made(uint32_t call)
{
    const struct ht_call_desc *d = &ht_calls[call];
    uint32_t made = 0;
    for (int o = 0; o < d->nouts; o++)
        if (d->out_makes[o] < HT_RES_COUNT)
            made |= 1u << d->out_makes[o];
    for (int a = 0; d->nlists && a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        for (uint32_t f = 0; l && l->direction != HT_DIR_IN && f < l->stride; f++)
            if (l->field_makes[f] < HT_RES_COUNT)
                made |= 1u << l->field_makes[f];
    }
    /* Domains and gfns are everywhere: every call takes them, and the pools start with them. */
    return made & ~(1u << HT_RES_NONE | 1u << HT_RES_DOMAIN | 1u << HT_RES_GFN);
}

/* A call for an insertion after the calls before it (calls[0..n)): one that takes a
 * resource kind one of them makes (the decoder hands it the made value from its pools), or
 * one of the family of one of them; false when they make nothing and have no family mates.
 * A random call finds a call that uses what an earlier one made one time in hundreds (the
 * catalogue has hundreds of calls); chains of dependent calls need it every time. */
static bool related_call(struct rng *r, const uint32_t *calls, size_t n, uint32_t *out)
{
    if (!tables_ready)
        build_tables();
    if (n == 0)
        return false;
    /* A call on a domain as a whole one time in four (shallow8): what an earlier call
     * built in a domain meets the domain's teardown, pause or reset, as a file's state
     * meets its close (a page shared at a domain's high-water mark meets
     * relinquish_shared_pages at its destruction).  Half the related calls are linked to an
     * earlier call's domains (link_domains), so it names theirs.  A random call is
     * domain_destroy one time in 500; one of these (27 calls), one time in 27. */
    if (ndomain_wide && below(r, 4) == 0) {
        *out = domain_wide[below(r, ndomain_wide)];
        return true;
    }
    if (below(r, 2)) {
        uint32_t made = 0;
        for (size_t i = 0; i < n; i++)
            made |= kinds_made(calls[i]);
        uint32_t kinds[HT_RES_COUNT], nk = 0;
        for (uint32_t k = 0; k < HT_RES_COUNT; k++)
            if ((made >> k & 1u) && nconsumers[k])
                kinds[nk++] = k;
        if (nk) {
            uint32_t k = kinds[below(r, nk)];
            *out = consumer[k][below(r, nconsumers[k])];
            return true;
        }
    }
    /* The family of the nearest call half the time: chains grow at their end. */
    uint32_t family = ht_calls[calls[below(r, 2) ? n - 1 : below(r, n)]].family;
    if (!nmembers[family])
        return false;
    *out = member[family][below(r, nmembers[family])];
    return true;
}

/* One call of the given call id: its first selector, a caller (half the time the caller
 * byte given, that of the call it follows: a guest's chain of calls on its own port or page
 * is made by one guest), arguments of its shape. */
static void random_call_of(struct rng *r, uint32_t call, int caller, struct buf *o)
{
    int32_t selector = ht_fuzz_selector_for_call(call);
    put(o, (uint8_t)((uint32_t)selector >> 8));
    put(o, (uint8_t)selector);
    if (caller >= 0 && caller % STRATEGIES != HT_FUZZ_CALLER_LITERAL && below(r, 2))
        put(o, (uint8_t)caller);
    else
        random_caller(r, o);
    random_args(r, call, o);
}

/* Appends src[0..n) to out (length *len, capacity cap), as much as fits. */
static void append(uint8_t *out, size_t *len, size_t cap, const uint8_t *src, size_t n)
{
    size_t room = cap - *len;
    if (n > room)
        n = room;
    memmove(out + *len, src, n);
    *len += n;
}

static size_t random_input(struct rng *r, uint8_t *out, size_t max_size)
{
    size_t calls = 2 + below(r, 22), len = 0;
    struct buf call;
    for (size_t i = 0; i < calls && len < max_size; i++) {
        call.len = 0;
        random_call(r, &call);
        append(out, &len, max_size, call.b, call.len);
    }
    return len;
}

/* ---- catalogue-shaped calls (the dictionary's forms, issues 9-14 shallow8) --------------- */

/* A call in one of the dictionary's forms (ht_fuzz_dict_entry), built from the catalogue's
 * call table: every scalar a pool pick and every input list one element of pool picks
 * (SHAPED_PLAIN); the same with the last argument all ones (SHAPED_LAST_ONES: a list's last
 * field, an output list one element more room); or every input list that an argument
 * claims the length of given empty and claimed one element long (SHAPED_CLAIMS_OVER: the
 * length special "one over", the first access already past the list).  Unlike the
 * dictionary's entries, the payloads are random (which live value, the default or not, a
 * later domain or length tied to the first by the control byte's top bits) and so is the
 * caller byte.  A random call is well formed in few of its arguments at once: of 2,400
 * random memory_exchange calls in 50,000 random inputs, 110 passed its argument checks and
 * 6 of those claimed more extents than their lists held, the two bugs of the range check
 * (XSA-29, XSA-212); a claim past the list in a call that is otherwise well formed was one
 * mutation the mutator never made. */
enum { SHAPED_PLAIN, SHAPED_LAST_ONES, SHAPED_CLAIMS_OVER, SHAPED_FORMS };

static void all_ones(struct buf *o, uint8_t bits);

/* A pool pick with a random payload; the control byte's top bits (which no strategy reads)
 * random too: they tie a later domain, number or length to the call's first. */
static void shaped_pick(struct rng *r, struct buf *o)
{
    put(o, (uint8_t)(below(r, HT_FUZZ_CTRL_POOL_LAST + 1) | below(r, 4) << 6));
    put(o, byte(r));
}

/* Whether argument a claims the length of an input list of the call. */
static bool claims_input_list(const struct ht_call_desc *d, int a)
{
    for (int b = 0; d->nlists && b < d->nargs && b < HT_MAX_ARGS; b++) {
        const struct ht_list_desc *l = fz_list_of(d, b);
        if (l && l->direction != HT_DIR_OUT && l->length_slot == a)
            return true;
    }
    return false;
}

static void shaped_call(struct rng *r, uint32_t call, int form, struct buf *o)
{
    const struct ht_call_desc *d = &ht_calls[call];
    int32_t selector = ht_fuzz_selector_for_call(call);
    put(o, (uint8_t)((uint32_t)selector >> 8));
    put(o, (uint8_t)selector);
    random_caller(r, o);
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        bool last = form == SHAPED_LAST_ONES && a == d->nargs - 1;
        if (!l) {
            if (last) {
                all_ones(o, d->arg_bits[a]);
            } else if (form == SHAPED_CLAIMS_OVER && claims_input_list(d, a)) {
                /* length_special (fuzz_decode.c): payload 2 modulo its 8 values is n + 1 */
                put(o, HT_FUZZ_CTRL_SPECIAL);
                put(o, (uint8_t)(2 + 8 * below(r, 32)));
            } else {
                shaped_pick(r, o);
            }
        } else if (l->direction == HT_DIR_OUT) {
            put(o, last ? 0xff : (uint8_t)below(r, 5));  /* one more room; what it claims */
        } else if (form == SHAPED_CLAIMS_OVER && l->length_slot != 0xff) {
            put(o, 0);  /* a plain chunk of no element: the list is empty */
        } else {
            put(o, 1);  /* one element written out, a plain list */
            for (uint32_t f = 0; f < l->stride; f++) {
                if (last && f + 1 == l->stride)
                    all_ones(o, l->field_bits[f]);
                else
                    shaped_pick(r, o);
            }
        }
    }
}

/* A catalogue-shaped call of a random selector's call, in a random form. */
static void random_shaped_call(struct rng *r, struct buf *o)
{
    uint32_t selector = (uint32_t)below(r, HT_FUZZ_SELECTORS);
    shaped_call(r, fz_call_for_selector(selector), (int)below(r, SHAPED_FORMS), o);
}

/* The mutator's fresh input: a random input (random_input) whose calls are catalogue-shaped
 * one time in four.  (random_input itself, the benchmark's random arm, is unchanged.) */
static size_t fresh_input(struct rng *r, uint8_t *out, size_t max_size)
{
    size_t calls = 2 + below(r, 22), len = 0;
    struct buf call;
    for (size_t i = 0; i < calls && len < max_size; i++) {
        call.len = 0;
        if (below(r, 4) == 0)
            random_shaped_call(r, &call);
        else
            random_call(r, &call);
        append(out, &len, max_size, call.b, call.len);
    }
    return len;
}

/* Byte-level edits on out[0..len), in place (capacity cap). */
static size_t mutate_bytes(struct rng *r, uint8_t *out, size_t len, size_t cap)
{
    size_t edits = 1 + below(r, 3);
    for (size_t e = 0; e < edits; e++) {
        size_t op = below(r, 5);
        size_t at = len ? below(r, len) : 0;
        if (op == 0 && len) {
            out[at] ^= (uint8_t)(1u << below(r, 8));
        } else if (op == 1 && len) {
            out[at] = byte(r);
        } else if (op == 2) {
            if (len < cap) {
                memmove(out + at + 1, out + at, len - at);
                out[at] = byte(r);
                len++;
            }
        } else if (op == 3 && len > 1) {
            memmove(out + at, out + at + 1, len - at - 1);
            len--;
        } else if (len) {
            /* Copy a range of at most 8 bytes to before position at. */
            size_t most = len < 8 ? len : 8;
            size_t n = 1 + below(r, most);
            size_t start = below(r, len - n + 1);
            if (n > cap - len)
                n = cap - len;
            uint8_t copy[8];
            memcpy(copy, out + start, n);
            memmove(out + at + n, out + at, len - at);
            memcpy(out + at, copy, n);
            len += n;
        }
    }
    return len;
}

/* Where the decoder starts each call of data (at most MAX_PIECES): piece i is
 * data[start[i] .. start[i + 1]).  A call cut off at the end is the last, short piece. */
static size_t split(const uint8_t *data, size_t size, size_t start[MAX_PIECES + 1])
{
    size_t n = 0, pos = 0;
    while (pos < size && n < MAX_PIECES) {
        start[n++] = pos;
        pos = fz_walk(data, size, pos, NULL);
    }
    start[n] = pos < size ? pos : size;
    return n;
}

/* ---- editing one call ------------------------------------------------------------------ */

/* Replaces the bytes [at, end) of o with a pool pick: a live resource instead. */
static void swap_in_live(struct rng *r, struct buf *o, size_t at, size_t end)
{
    erase(o, at, end - at);
    uint8_t pick[2] = {(uint8_t)below(r, HT_FUZZ_CTRL_POOL_LAST + 1), byte(r)};
    insert(o, at, pick, 2);
}

/* Where field f of the element starting at at begins. */
static size_t field_at(const struct buf *o, const struct ht_list_desc *l, size_t at, uint32_t f)
{
    for (uint32_t g = 0; g < f; g++)
        at += 1 + fz_scalar_bytes(at < o->len ? o->b[at] : 0, l->field_bits[g]);
    return at;
}

static uint32_t resource_field(const struct ht_list_desc *l)
{
    for (uint32_t f = 0; f < l->stride; f++)
        if (l->field_uses[f] != HT_RES_NONE)
            return f;
    return 0;
}

/* A new length claim for the list: the length argument as a small, special or pool value,
 * or the shape of the list's last chunk (adding or dropping its EXT byte). */
static void edit_length(struct rng *r, struct buf *o, const struct fz_layout *lay, int a,
                        const struct ht_list_desc *l)
{
    const struct fz_arg_layout *arg = &lay->arg[a];
    if (l->length_slot != 0xff && below(r, 2)) {
        const struct fz_arg_layout *len = &lay->arg[l->length_slot];
        static const uint8_t controls[] = {POOL_PICK, HT_FUZZ_CTRL_SMALL, HT_FUZZ_CTRL_SPECIAL};
        uint8_t scalar[2] = {controls[below(r, 3)], byte(r)};
        erase(o, len->start, len->end - len->start);
        insert(o, len->start, scalar, 2);
        return;
    }
    size_t head = arg->head[arg->chunks - 1];
    uint8_t old = o->b[head], shape = random_shape(r);
    o->b[head] = (uint8_t)(shape * HT_FUZZ_LIST_ELEMENTS + fz_list_count(old));
    bool had = fz_list_has_ext(fz_list_shape(old)), has = fz_list_has_ext(shape);
    if (has && !had) {
        uint8_t ext = byte(r);
        insert(o, head + 1, &ext, 1);
    } else if (had && !has) {
        erase(o, head + 1, 1);
    }
}

/* One structural edit of list argument a. */
static void edit_list(struct rng *r, struct buf *o, const struct fz_layout *lay, int a,
                      const struct ht_list_desc *l)
{
    const struct fz_arg_layout *arg = &lay->arg[a];
    size_t op = below(r, 5);
    if (op == 3) {
        edit_length(r, o, lay, a, l);
        return;
    }
    if (arg->nelems == 0)
        op = 0;  /* nothing to delete, duplicate or change: add one */
    if (op == 0) { /* insert an element into a chunk with room for one */
        uint8_t chunk = (uint8_t)below(r, arg->chunks);
        if (fz_list_count(o->b[arg->head[chunk]]) == HT_FUZZ_LIST_ELEMENTS - 1)
            return;
        struct buf element = {.len = 0};
        random_element(r, l, &element);
        /* Before one of the chunk's elements, or at its end. */
        size_t at = arg->chunk_end[chunk];
        for (uint8_t e = 0; e < arg->nelems; e++)
            if (arg->chunk_of[e] == chunk && below(r, 2)) {
                at = arg->elem[e];
                break;
            }
        if (insert(o, at, element.b, element.len))
            o->b[arg->head[chunk]]++;
        return;
    }
    uint8_t e = (uint8_t)below(r, arg->nelems);
    size_t start = arg->elem[e], end = fz_elem_end(arg, e);
    size_t head = arg->head[arg->chunk_of[e]];
    if (op == 1) { /* delete it */
        erase(o, start, end - start);
        o->b[head]--;
    } else if (op == 2) { /* duplicate it */
        uint8_t copy[CALL_BYTES];
        if (fz_list_count(o->b[head]) == HT_FUZZ_LIST_ELEMENTS - 1 || end - start > CALL_BYTES)
            return;
        memcpy(copy, o->b + start, end - start);
        if (insert(o, end, copy, end - start))
            o->b[head]++;
    } else { /* a live resource into its resource field */
        uint32_t f = resource_field(l);
        size_t at = field_at(o, l, start, f);
        uint8_t control = at < o->len ? o->b[at] : 0;
        swap_in_live(r, o, at, at + 1 + fz_scalar_bytes(control, l->field_bits[f]));
    }
}

/* Edits one argument of the call in o (its bytes whole, the layout its walk): a list's
 * structure, an output list's room, or a live resource into an argument.  False when the
 * call has no argument. */
static bool edit_args(struct rng *r, struct buf *o, const struct fz_layout *lay)
{
    const struct ht_call_desc *d = &ht_calls[lay->call];
    if (d->nargs == 0)
        return false;
    /* A list if the call has one (lists are what this edit is for), else a resource. */
    int lists[HT_MAX_ARGS], nlists = 0, resources[HT_MAX_ARGS], nresources = 0;
    for (int a = 0; a < d->nargs; a++) {
        if (lay->arg[a].kind != FZ_SCALAR)
            lists[nlists++] = a;
        else if (d->arg_uses[a] != HT_RES_NONE)
            resources[nresources++] = a;
    }
    if (nlists && (nresources == 0 || below(r, 4))) {
        int a = lists[below(r, (size_t)nlists)];
        if (lay->arg[a].kind == FZ_ROOM)
            o->b[lay->arg[a].start] = byte(r);
        else
            edit_list(r, o, lay, a, fz_list_of(d, a));
        return true;
    }
    int a = nresources ? resources[below(r, (size_t)nresources)] : (int)below(r, d->nargs);
    swap_in_live(r, o, lay->arg[a].start, lay->arg[a].end);
    return true;
}

/* The call piece data[start, start + n) whole into o, with its layout: a call cut off at the
 * end of the input gets the zeros the decoder reads there.  False when the call does not fit
 * in o (then only its first bytes are there). */
static bool whole_call(const uint8_t *data, size_t start, size_t n, struct buf *o,
                       struct fz_layout *lay)
{
    o->len = n < CALL_BYTES ? n : CALL_BYTES;
    memcpy(o->b, data + start, o->len);
    size_t end = fz_walk(o->b, o->len, 0, lay);
    if (end > CALL_BYTES)
        return false;
    if (end > o->len)
        insert(o, o->len, NULL, end - o->len);
    fz_walk(o->b, o->len, 0, lay);
    return true;
}

/* ---- value feedback: a call that takes what an earlier call made ------------------------ */

/* The calls of data's pieces (MAX_PIECES at most). */
static void piece_calls(const uint8_t *data, size_t size, const size_t *start, size_t n,
                        uint32_t *calls)
{
    for (size_t i = 0; i < n; i++)
        calls[i] = fz_call_for_selector((uint32_t)fz_byte(data, size, start[i]) << 8 |
                                        fz_byte(data, size, start[i] + 1));
}

/* How many of calls[from, to) make a value of kind k.  The decoder's pool pick with payload
 * b takes the b-th most recent distinct value of its kind (fuzz_decode.c ring_recent), so
 * this count, as a payload, names the value call from - 1 made, as long as the calls
 * between succeed and make values not seen before (the common case: ports, handles and
 * grant references are handed out fresh). */
static size_t makers_between(const uint32_t *calls, size_t from, size_t to, uint32_t k)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += kinds_made(calls[i]) >> k & 1u;
    return n;
}

/* Rewrites scalar argument arg of the call in o as a pool pick with payload b. */
static void set_pool_pick(struct rng *r, struct buf *o, const struct fz_arg_layout *arg, size_t b)
{
    uint8_t pick[2] = {(uint8_t)below(r, HT_FUZZ_CTRL_POOL_LAST + 1), (uint8_t)b};
    erase(o, arg->start, arg->end - arg->start);
    insert(o, arg->start, pick, 2);
}

/* Whether the caller byte c (at data[at]) of a call makes domain 0 the caller (decode_caller,
 * fuzz_decode.c). */
static bool dom0_calls(const struct ht_call_desc *d, const uint8_t *data, size_t size, size_t at)
{
    uint8_t c = fz_byte(data, size, at), mode = c % STRATEGIES;
    if (mode == HT_FUZZ_CALLER_LITERAL)
        return (fz_byte(data, size, at + 1) | fz_byte(data, size, at + 2)) == 0;
    if (d->caller == HT_CALLER_TOOLSTACK)
        return mode < HT_FUZZ_CALLER_TOOLSTACK_GUEST;
    return d->caller == HT_CALLER_ANY && mode < HT_FUZZ_CALLER_ANY_GUEST;
}

/* The guest a domain argument's bytes name outright (a small value or a literal from 1 to
 * last), or 0. */
static uint16_t named_guest(const uint8_t *data, size_t size, const struct fz_arg_layout *arg,
                            uint16_t last)
{
    uint8_t mode = fz_byte(data, size, arg->start) % STRATEGIES;
    if (mode != HT_FUZZ_CTRL_SMALL && mode != HT_FUZZ_CTRL_LITERAL)
        return 0;
    uint16_t v = (uint16_t)(fz_byte(data, size, arg->start + 1) |
                            (mode == HT_FUZZ_CTRL_LITERAL ? fz_byte(data, size, arg->start + 2) << 8
                                                          : 0));
    return v >= 1 && v <= last ? v : 0;
}

/* A call to insert at piece index at that takes a value an earlier call (a producer) made,
 * and names that value: libFuzzer's value profile and comparison hints find arguments that
 * must equal an earlier output byte by byte; here the catalogue says which outputs feed
 * which arguments (Call.outputs' makes, Arg.uses), so the match is made outright.  The
 * consumer is called by the producer's caller three times in four (a guest's port is its
 * own), its arguments of the made kind are pool picks of the producer's value, and its
 * domain arguments take the producer's first domain argument's bytes half the time (the
 * value an interdomain bind names is the domain the port was made in).  A guest's value made
 * by domain 0 in that guest (a port alloc_unbound made in it) is the guest's to use: half
 * the time the consumer is called by that guest, as a literal caller, and when the
 * producer's domain argument does not name the guest outright, the producer, rewritten
 * into *pfix (*pfixed: its piece index, else SIZE_MAX), names guest 1 to 3 as a small
 * value.  False when no earlier
 * call makes a kind some call takes. */
static bool dependent_call(struct rng *r, const uint8_t *data, size_t size, const size_t *start,
                           const uint32_t *calls, size_t at, struct buf *o, struct buf *pfix,
                           size_t *pfixed)
{
    if (!tables_ready)
        build_tables();
    size_t producers[MAX_PIECES], np = 0;
    for (size_t i = 0; i < at; i++) {
        uint32_t made = kinds_made(calls[i]);
        for (uint32_t k = 0; k < HT_RES_COUNT; k++)
            if ((made >> k & 1u) && nconsumers[k]) {
                producers[np++] = i;
                break;
            }
    }
    if (np == 0)
        return false;
    /* The nearest producer half the time: chains grow at their end. */
    size_t p = producers[below(r, 2) ? np - 1 : below(r, np)];
    uint32_t made = kinds_made(calls[p]), kinds[HT_RES_COUNT], nk = 0;
    for (uint32_t k = 0; k < HT_RES_COUNT; k++)
        if ((made >> k & 1u) && nconsumers[k])
            kinds[nk++] = k;
    uint32_t k = kinds[below(r, nk)];
    uint32_t call = consumer[k][below(r, nconsumers[k])];
    int32_t selector = ht_fuzz_selector_for_call(call);
    put(o, (uint8_t)((uint32_t)selector >> 8));
    put(o, (uint8_t)selector);
    struct fz_layout prod;
    fz_walk(data, size, start[p], &prod);
    const struct ht_call_desc *d = &ht_calls[call], *pd = &ht_calls[calls[p]];
    int pdom = -1;
    for (int a = 0; a < pd->nargs && a < prod.nargs; a++)
        if (pd->arg_uses[a] == HT_RES_DOMAIN && prod.arg[a].kind == FZ_SCALAR) {
            pdom = a;
            break;
        }
    uint16_t guest = 0;
    if ((HT_RES_PER_DOMAIN_MASK >> k & 1u) && pdom >= 0 && d->caller != HT_CALLER_TOOLSTACK &&
        dom0_calls(pd, data, size, prod.caller) && below(r, 2)) {
        guest = named_guest(data, size, &prod.arg[pdom], 3);  /* the fuzz machine's guests 1-3 */
        struct fz_layout fixed;
        if (!guest && whole_call(data, start[p], start[p + 1] - start[p], pfix, &fixed)) {
            guest = (uint16_t)(1 + below(r, 3));
            uint8_t value[2] = {HT_FUZZ_CTRL_SMALL, (uint8_t)guest};
            erase(pfix, fixed.arg[pdom].start, fixed.arg[pdom].end - fixed.arg[pdom].start);
            insert(pfix, fixed.arg[pdom].start, value, 2);
            *pfixed = p;
        }
    }
    if (guest) {
        put(o, HT_FUZZ_CALLER_LITERAL);
        put(o, (uint8_t)guest);
        put(o, 0);
        put(o, (uint8_t)(below(r, 4) == 0));  /* vcpu 0 mostly: a PV guest's 1 may be down */
    } else if (below(r, 4)) {
        uint8_t c = fz_byte(data, size, prod.caller);
        for (size_t b = 0; b < 1 + fz_caller_bytes(c); b++)
            put(o, fz_byte(data, size, prod.caller + b));
    } else {
        random_caller(r, o);
    }
    random_args(r, call, o);
    struct fz_layout lay;
    if (fz_walk(o->b, o->len, 0, &lay) > o->len)
        return true;  /* cut short (no room): the call as it is */
    size_t distance = makers_between(calls, p + 1, at, k);
    /* A hinted argument (Arg.fuzz_uses) names the value only when the argument it depends
     * on has the hint's value: that one, earlier, is set to it as a small value. */
    int when = -1;
    uint8_t when_value = 0;
    /* Last argument first: an edit moves only the bytes after it. */
    for (int a = d->nargs - 1; a >= 0; a--) {
        const struct fz_arg_layout *arg = &lay.arg[a];
        if (arg->kind != FZ_SCALAR)
            continue;
        bool hinted = d->arg_hint_uses[a] == k && d->arg_hint_slot[a] < a &&
                      d->arg_hint_value[a] <= 0xff;
        if (d->arg_uses[a] == k || hinted) {
            set_pool_pick(r, o, arg, distance);
            if (hinted) {
                when = d->arg_hint_slot[a];
                when_value = (uint8_t)d->arg_hint_value[a];
            }
        } else if (a == when) {
            uint8_t value[2] = {HT_FUZZ_CTRL_SMALL, when_value};
            erase(o, arg->start, arg->end - arg->start);
            insert(o, arg->start, value, 2);
        } else if (d->arg_uses[a] == HT_RES_DOMAIN && pdom >= 0 && below(r, 2)) {
            uint8_t bytes[16];
            size_t from = prod.arg[pdom].start, n = prod.arg[pdom].end - from;
            if (n > sizeof bytes)
                continue;
            for (size_t b = 0; b < n; b++)
                bytes[b] = fz_byte(data, size, from + b);
            if (*pfixed == p) { /* the producer names the guest now */
                bytes[0] = HT_FUZZ_CTRL_SMALL;
                bytes[1] = (uint8_t)guest;
                n = 2;
            }
            erase(o, arg->start, arg->end - arg->start);
            insert(o, arg->start, bytes, n);
        }
    }
    return true;
}

/* ---- domain links: a call on the domains an earlier call named --------------------------- */

/* The fuzz machine's guests are domains 1 to LINK_GUESTS (fuzz/boot.py DOMAINS). */
#define LINK_GUESTS 4

/* The calls a guest may make on another domain's behalf (a toolstack or either-side call
 * with a domain argument: a device model's calls on its target), by family. */
static uint16_t relation_call[HT_NFAMILIES][HT_NCALLS], nrelation[HT_NFAMILIES];
static uint32_t relation_family[HT_NFAMILIES], nrelation_families;
static bool relation_ready;
/* And a guest's own calls (Call.caller GUEST), by family: a relation insertion makes one
 * of them a third of the time, called by the guest the earlier call named (issue 18): the
 * toolstack acts on a guest and the guest reacts (it leaves v2 once its status frame is
 * mapped, it touches a gfn the pager evicted).  As a random call, gnttab_set_version came
 * one insertion in 750, and from the guest an earlier call named one in four of those. */
static uint16_t own_call[HT_NFAMILIES][HT_NCALLS], nown[HT_NFAMILIES];
static uint32_t own_family[HT_NFAMILIES], nown_families;

static void build_relation_calls(void)
{
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        const struct ht_call_desc *d = &ht_calls[c];
        if (ht_fuzz_selector_for_call(c) < 0)
            continue;
        if (d->caller == HT_CALLER_GUEST) {
            if (!nown[d->family])
                own_family[nown_families++] = d->family;
            own_call[d->family][nown[d->family]++] = (uint16_t)c;
            continue;
        }
        bool domain = false;
        for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++)
            domain |= !fz_list_of(d, a) && d->arg_uses[a] == HT_RES_DOMAIN;
        if (!domain)
            continue;
        if (!nrelation[d->family])
            relation_family[nrelation_families++] = d->family;
        relation_call[d->family][nrelation[d->family]++] = (uint16_t)c;
    }
    relation_ready = true;
}

/* A call for a relation insertion: a family with such calls, then one of its calls (the
 * families evenly: a small family's device-model op is not drowned by the big ones). */
static bool relation_pick(struct rng *r, uint32_t *out)
{
    if (!relation_ready)
        build_relation_calls();
    if (!nrelation_families)
        return false;
    if (nown_families && below(r, 3) == 0) {
        uint32_t g = own_family[below(r, nown_families)];
        *out = own_call[g][below(r, nown[g])];
        return true;
    }
    uint32_t f = relation_family[below(r, nrelation_families)];
    *out = relation_call[f][below(r, nrelation[f])];
    return true;
}

/* Which of p's guests (guest[0..ns), 0: not a guest) makes a fresh call that only a guest
 * makes, on its own state (Call.caller GUEST: a guest's version switch, its access to its
 * own page), half the time: the guest the earlier call acted on reacts to it.  The
 * toolstack maps a guest's status frame and the guest then leaves v2; it pages a gfn out
 * and the guest touches it.  Otherwise (ns) the caller byte picks any running guest, one
 * of four: a chain of a toolstack call on domain 3 and domain 3's own call then came one
 * time in four at best. */
static size_t guest_reacts(struct rng *r, const struct ht_call_desc *d, const uint16_t *guest,
                           size_t ns)
{
    if (d->caller != HT_CALLER_GUEST || ns == 0 || below(r, 2))
        return ns;
    size_t i = below(r, ns);
    for (size_t k = 0; k < ns; k++, i = (i + 1) % ns)
        if (guest[i])
            return i;
    return ns;
}

/* Links the fresh call in o (inserted after piece p) to the domains piece p names: chains
 * that need no made value still act on one domain, or on two in a relation one call set up
 * (domain_set_target(a, b), then a call by a on b; destroying the a that now serves b).
 * A random call names the domain an earlier call named one time in four (the live guests),
 * the pair of domains a two-domain call named one time in sixteen, and the earlier call's
 * guest as its caller almost never.  Here p's domain arguments that do not name a guest
 * outright are rewritten (always for a relation, else half the time) as a small value
 * naming one (p rewritten into *pfix, *pfixed = p), so the link holds whatever the
 * decoder's pools hold.  Then, for a relation, o is called by the guest one of p's domain
 * arguments names (or p's literal caller) and its domain arguments take another of them;
 * otherwise each of o's domain arguments takes one of p's half the time.  False when p
 * names no domain. */
static bool link_domains(struct rng *r, struct buf *o, const uint8_t *data, size_t size,
                         const size_t *start, size_t p, bool relation, struct buf *pfix,
                         size_t *pfixed)
{
    struct fz_layout prod, lay, fixed;
    fz_walk(data, size, start[p], &prod);
    if (fz_walk(o->b, o->len, 0, &lay) > o->len || prod.call >= HT_NCALLS)
        return false;
    const struct ht_call_desc *pd = &ht_calls[prod.call], *d = &ht_calls[lay.call];
    /* The donor's domains, as the bytes of a scalar each. */
    uint8_t src[HT_MAX_ARGS + 1][16];
    size_t srclen[HT_MAX_ARGS + 1], ns = 0;
    uint16_t guest[HT_MAX_ARGS + 1];
    bool rewrite = (relation || below(r, 2)) &&
                   whole_call(data, start[p], start[p + 1] - start[p], pfix, &fixed);
    for (int a = pd->nargs - 1; a >= 0 && a < prod.nargs; a--) {
        const struct fz_arg_layout *arg = &prod.arg[a];
        if (pd->arg_uses[a] != HT_RES_DOMAIN || arg->kind != FZ_SCALAR)
            continue;
        size_t n = arg->end - arg->start;
        uint16_t g = named_guest(data, size, arg, LINK_GUESTS);
        if (!g && rewrite) {
            g = (uint16_t)(1 + below(r, LINK_GUESTS));
            uint8_t value[2] = {HT_FUZZ_CTRL_SMALL, (uint8_t)g};
            erase(pfix, fixed.arg[a].start, fixed.arg[a].end - fixed.arg[a].start);
            insert(pfix, fixed.arg[a].start, value, 2);
            *pfixed = p;
        }
        if (g) {
            src[ns][0] = HT_FUZZ_CTRL_SMALL;
            src[ns][1] = (uint8_t)g;
            n = 2;
        } else {
            if (n > sizeof src[ns])
                continue;
            for (size_t b = 0; b < n; b++)
                src[ns][b] = fz_byte(data, size, arg->start + b);
            /* A pool pick with an even payload names a live domain, not a (domain, gfn)
             * pair: the same domain whatever pairs the pools hold. */
            if (n == 2 && src[ns][0] % STRATEGIES <= HT_FUZZ_CTRL_POOL_LAST)
                src[ns][1] &= (uint8_t)~1u;
        }
        srclen[ns] = n;
        guest[ns++] = g;
    }
    uint8_t c = fz_byte(data, size, prod.caller);
    if (c % STRATEGIES == HT_FUZZ_CALLER_LITERAL && ns < HT_MAX_ARGS + 1) {
        uint16_t g = (uint16_t)(fz_byte(data, size, prod.caller + 1) |
                                fz_byte(data, size, prod.caller + 2) << 8);
        if (g >= 1 && g <= LINK_GUESTS) {
            src[ns][0] = HT_FUZZ_CTRL_SMALL;
            src[ns][1] = (uint8_t)g;
            srclen[ns] = 2;
            guest[ns++] = g;
        }
    }
    if (ns == 0) {
        if (*pfixed == p)
            *pfixed = SIZE_MAX;
        return false;
    }
    /* A relation: o is called by the guest of source i, on the others. */
    size_t by = ns;
    if (relation) {
        size_t i = below(r, ns);
        if (guest[i])
            by = i;
    }
    for (int a = d->nargs - 1; a >= 0 && a < lay.nargs; a--) {
        const struct fz_arg_layout *arg = &lay.arg[a];
        if (d->arg_uses[a] != HT_RES_DOMAIN || arg->kind != FZ_SCALAR)
            continue;
        if (by == ns && below(r, 2))
            continue;
        size_t i = below(r, ns);
        if (by < ns && ns > 1 && i == by)
            i = (i + 1 + below(r, ns - 1)) % ns;
        erase(o, arg->start, arg->end - arg->start);
        insert(o, arg->start, src[i], srclen[i]);
    }
    if (by == ns)
        by = guest_reacts(r, d, guest, ns);
    if (by < ns) {
        uint8_t old = lay.caller < o->len ? o->b[lay.caller] : 0;
        uint8_t lit[4] = {HT_FUZZ_CALLER_LITERAL, (uint8_t)guest[by], 0, 0};
        erase(o, lay.caller, 1 + fz_caller_bytes(old));
        insert(o, lay.caller, lit, 4);
    }
    return true;
}

/* ---- resource-aware splicing ------------------------------------------------------------ */

/* Whether values of kind k are made by calls and matched by pool picks (not domains and
 * gfns, which every input starts with). */
static bool matched_kind(uint32_t k)
{
    return k < HT_RES_COUNT && k != HT_RES_NONE && k != HT_RES_DOMAIN && k != HT_RES_GFN;
}

/* Donor call s, spliced into the recipient after its piece at - 1 (the recipient's calls
 * rcalls[0..at)), as the calls donor[from, s) precede it there: each pool pick of a made
 * kind that named a value a donor call before from made (not spliced along) names a value
 * of that kind the recipient made before at instead, the newest half the time.  A pick of
 * a value a spliced call made is kept: the distance is the same. */
static void remap_spliced(struct rng *r, struct buf *o, const uint32_t *dcalls, size_t from,
                          size_t s, const uint32_t *rcalls, size_t at)
{
    struct fz_layout lay;
    if (fz_walk(o->b, o->len, 0, &lay) > o->len)
        return;
    const struct ht_call_desc *d = &ht_calls[lay.call];
    for (int a = d->nargs - 1; a >= 0; a--) {
        const struct fz_arg_layout *arg = &lay.arg[a];
        uint32_t k = d->arg_uses[a];
        if (arg->kind != FZ_SCALAR || !matched_kind(k) || arg->start + 1 >= o->len ||
            o->b[arg->start] % STRATEGIES > HT_FUZZ_CTRL_POOL_LAST)
            continue;
        /* The donor call the pick named: the payload-th most recent maker of k before s. */
        size_t payload = o->b[arg->start + 1], seen = 0, q = s;
        for (size_t i = s; i-- > 0;)
            if (kinds_made(dcalls[i]) >> k & 1u) {
                if (seen++ == payload) {
                    q = i;
                    break;
                }
            }
        if (q < s && q >= from)
            continue;  /* a spliced call made it */
        size_t makers[MAX_PIECES], nm = 0;
        for (size_t i = 0; i < at; i++)
            if (kinds_made(rcalls[i]) >> k & 1u)
                makers[nm++] = i;
        if (nm == 0)
            continue;
        size_t m = makers[below(r, 2) ? nm - 1 : below(r, nm)];
        set_pool_pick(r, o, arg, makers_between(dcalls, from, s, k) +
                                     makers_between(rcalls, m + 1, at, k));
    }
}

/* Crossover: one to four consecutive calls of donor inserted into data at a call boundary,
 * their resource arguments remapped (remap_spliced) so that they act on what data's calls
 * made, not on what the donor's calls left out of the splice made.  With before_last, the
 * boundary lies before data's last call (splice_into_kept). */
static size_t splice_at(struct rng *r, const uint8_t *data, size_t size, const uint8_t *donor,
                        size_t dsize, uint8_t *out, size_t max_size, bool before_last)
{
    size_t rs[MAX_PIECES + 1], ds[MAX_PIECES + 1];
    uint32_t rcalls[MAX_PIECES], dcalls[MAX_PIECES];
    size_t n = split(data, size, rs), dn = split(donor, dsize, ds);
    piece_calls(data, size, rs, n, rcalls);
    piece_calls(donor, dsize, ds, dn, dcalls);
    size_t len = 0;
    if (dn == 0) {
        append(out, &len, max_size, data, size);
        return len;
    }
    size_t take = 1 + below(r, dn < 4 ? dn : 4), from = below(r, dn - take + 1);
    size_t at = before_last && n ? below(r, n) : below(r, n + 1);
    append(out, &len, max_size, data, rs[at]);
    for (size_t s = from; s < from + take && len < max_size; s++) {
        struct buf call;
        struct fz_layout lay;
        if (!whole_call(donor, ds[s], ds[s + 1] - ds[s], &call, &lay))
            continue;
        remap_spliced(r, &call, dcalls, from, s, rcalls, at);
        append(out, &len, max_size, call.b, call.len);
    }
    if (at < n)
        append(out, &len, max_size, data + rs[at], rs[n] - rs[at]);
    return len;
}

static size_t splice(struct rng *r, const uint8_t *data, size_t size, const uint8_t *donor,
                     size_t dsize, uint8_t *out, size_t max_size)
{
    return splice_at(r, data, size, donor, dsize, out, max_size, false);
}

/* Crossover the other way round (issue 18, deep8): one to four calls of a donor (the input
 * libFuzzer chose, or another kept input, half the time each) inserted into a kept input,
 * before its last call -- the call that reached the new state.  A kept input is cut after
 * that call (fuzz.c favour_if_new_state), so what can still change the state that call
 * meets lies before it: a deep chain is a few calls that each reached a new state with
 * the others' help (a frame freed below an exchange's address limit before the exchange;
 * the boot's status-frame mapping dropped, then a grown frame mapped, before the guest
 * leaves v2), and the kept inputs hold the later links while libFuzzer's corpus and the
 * other kept inputs hold the earlier ones.  The splice above puts kept calls into
 * libFuzzer's choice, one input among thousands, at any boundary; this one starts from the
 * kept input the rarity tournament picked, so the chains the scheduling holds grow at
 * their front as well as at their frontier. */
static size_t splice_into_kept(struct rng *r, const uint8_t *kept, size_t ksize,
                               const uint8_t *data, size_t size, uint8_t *out, size_t max_size)
{
    const uint8_t *donor = data;
    size_t dsize = size, favoured = fz_favoured_count();
    if (favoured > 1 && below(r, 2)) {
        size_t other = 0;
        const uint8_t *d = fz_favoured(below(r, favoured), &other);
        if (d && d != kept) {
            donor = d;
            dsize = other;
        }
    }
    return splice_at(r, kept, ksize, donor, dsize, out, max_size, true);
}

/* A state-driven insertion (issue 18, deep8): the call kept input i's last call asked for
 * (its family's fuzz_want, fuzz_want.c: the call that moves its state class a step, such
 * as the decrease that frees the frame below an exchange's address limit), inserted before
 * that call, or a follow-up appended after it (the kick that consumes a response the call
 * posted: the kept input ends with the call, so after it is the frontier).  0 when the
 * kept input asked for nothing. */
static size_t want_insertion(struct rng *r, size_t i, const uint8_t *kept, size_t ksize,
                             uint8_t *out, size_t max_size)
{
    size_t wants = fz_favoured_wants(i), wsize = 0, start[MAX_PIECES + 1];
    bool after = false;
    const uint8_t *want = wants ? fz_favoured_want(i, below(r, wants), &wsize, &after) : NULL;
    size_t n = split(kept, ksize, start);
    if (!want || n == 0)
        return 0;
    size_t len = 0;
    if (after) {
        append(out, &len, max_size, kept, ksize);
        append(out, &len, max_size, want, wsize);
        return len;
    }
    append(out, &len, max_size, kept, start[n - 1]);
    append(out, &len, max_size, want, wsize);
    /* The call that asked, called by whoever made it when it did: its caller byte might
     * name another guest after the insertion (a guest's own call by the previous call's). */
    struct buf last;
    struct fz_layout lay;
    const uint8_t *caller = fz_favoured_want_caller(i);
    if (caller && whole_call(kept, start[n - 1], ksize - start[n - 1], &last, &lay)) {
        uint8_t old = lay.caller < last.len ? last.b[lay.caller] : 0;
        erase(&last, lay.caller, 1 + fz_caller_bytes(old));
        insert(&last, lay.caller, caller, 4);
        append(out, &len, max_size, last.b, last.len);
        return len;
    }
    append(out, &len, max_size, kept + start[n - 1], ksize - start[n - 1]);
    return len;
}

static size_t mutate_calls(struct rng *r, const uint8_t *data, size_t size, uint8_t *out,
                           size_t max_size, bool frontier)
{
    size_t start[MAX_PIECES + 1];
    size_t n = split(data, size, start);
    if (n == 0)
        return random_input(r, out, max_size);
    /* The output as a list of pieces: indexes into data's pieces, or FRESH for the one new
     * or edited call a mutation may make. */
    enum { FRESH = MAX_PIECES + 1, PRODUCER = MAX_PIECES + 2 };
    size_t order[MAX_PIECES + 1], count = n;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    struct buf fresh = {.len = 0}, producer = {.len = 0};
    size_t fixed = SIZE_MAX;  /* the piece a dependent insertion rewrote into producer */
    struct fz_layout layout;
    size_t op = frontier ? 0 : below(r, 8), index = below(r, n);
    if (op <= 1) { /* insert a fresh call: two times in three a related or dependent one */
        size_t at = frontier ? n : below(r, n + 1), kind = below(r, 6);
        uint32_t before[MAX_PIECES], call;
        piece_calls(data, size, start, at, before);
        int caller = at ? fz_byte(data, size, start[at - 1] + 2) : -1;
        bool made = kind >= 3 && dependent_call(r, data, size, start, before, at, &fresh,
                                                 &producer, &fixed);
        bool relation = !made && kind == 1 && at && relation_pick(r, &call);
        if (relation)
            random_call_of(r, call, caller, &fresh);
        else if (!made && kind >= 2 && related_call(r, before, at, &call))
            random_call_of(r, call, caller, &fresh);
        else if (!made && below(r, 2))
            random_shaped_call(r, &fresh);  /* a random call, half the time well formed */
        else if (!made)
            random_call(r, &fresh);
        /* A relation call, and half the related and random calls, act on the domains an
         * earlier call named (the nearest half the time). */
        if (!made && at && (relation || below(r, 2)))
            link_domains(r, &fresh, data, size, start, below(r, 2) ? at - 1 : below(r, at),
                         relation, &producer, &fixed);
        memmove(order + at + 1, order + at, (count - at) * sizeof order[0]);
        order[at] = FRESH;
        count++;
        if (fixed < at)
            order[fixed] = PRODUCER;
    } else if (op == 2 && n > 1) { /* delete a call */
        memmove(order + index, order + index + 1, (count - index - 1) * sizeof order[0]);
        count--;
    } else if (op == 3) { /* repeat a call (the same call on the next page, or twice) */
        memmove(order + index + 1, order + index, (count - index) * sizeof order[0]);
        count++;
    } else if (op == 5) { /* swap two calls */
        size_t other = below(r, n);
        size_t t = order[index];
        order[index] = order[other];
        order[other] = t;
    } else if (op == 4 || op == 6 || op == 7) {
        bool whole = whole_call(data, start[index], start[index + 1] - start[index], &fresh,
                                &layout);
        order[index] = FRESH;
        if (whole && op == 7) { /* another caller */
            struct buf caller = {.len = 0};
            random_caller(r, &caller);
            size_t at = layout.caller;
            uint8_t old = at < fresh.len ? fresh.b[at] : 0;
            erase(&fresh, at, 1 + fz_caller_bytes(old));
            insert(&fresh, at, caller.b, caller.len);
        } else if (!whole || op == 4 || !edit_args(r, &fresh, &layout)) {
            /* regenerate the call's arguments, keeping the call and its caller (and so for
             * a call too long to edit in place) */
            size_t first = layout.nargs ? layout.arg[0].start : layout.end;
            size_t keep = first < fresh.len ? first : fresh.len;
            fresh.len = keep;
            random_args(r, layout.call, &fresh);
        }
    }
    size_t len = 0;
    for (size_t i = 0; i < count && len < max_size; i++) {
        if (order[i] == FRESH)
            append(out, &len, max_size, fresh.b, fresh.len);
        else if (order[i] == PRODUCER)
            append(out, &len, max_size, producer.b, producer.len);
        else
            append(out, &len, max_size, data + start[order[i]],
                   start[order[i] + 1] - start[order[i]]);
    }
    return len;
}

/* The adaptive fresh share (issues 9-14): the extra fresh random inputs, per mille of the
 * mutations of libFuzzer's choice, after the corpus has gone `stalled` inputs without a new
 * outcome or state (fuzz_favour.h): none at first, half the extra share after
 * FRESH_HALF_STALL inputs, towards FRESH_EXTRA_MAX, back to none with the next new one.
 * Random inputs find the bugs one or two unrelated calls deep (a fault injected, then an
 * allocation that meets it) at 14,000 inputs/s where the mutator's one in ten made 1,000;
 * a fixed 30% share helped those but was no better on the whole tier and cost a deep bug.
 * While the corpus grows, mutating it is what pays; once it stops, random inputs are. The
 * kept inputs' scheduling (the frontier, the splices) is left its share. */
#define FRESH_EXTRA_MAX 700
#define FRESH_HALF_STALL 256

static size_t fresh_extra_permille(void)
{
    uint64_t stalled = fz_stalled_inputs();
    return (size_t)(FRESH_EXTRA_MAX * stalled / (stalled + FRESH_HALF_STALL));
}

size_t ht_fuzz_mutate(const uint8_t *data, size_t size, size_t max_size, uint32_t seed,
                      uint8_t *out, size_t cap)
{
    if (cap < HT_FUZZ_MUTATE_SLACK || max_size > cap - HT_FUZZ_MUTATE_SLACK)
        max_size = cap >= HT_FUZZ_MUTATE_SLACK ? cap - HT_FUZZ_MUTATE_SLACK : 0;
    struct rng r = {seed * 0x2545f4914f6cdd1dull + 1};
    /* Scheduling (fuzz_favour.h): one time in four an input that reached new engine state
     * is mutated instead of libFuzzer's choice, one time in eight calls of one are
     * spliced into it, one time in eight calls of it (or of another kept input) are
     * spliced into one, and one time in eight a kept input gets a call its last call asked
     * for (else the mutation goes on as below).  Nothing is kept unless the harness turned
     * it on. */
    size_t favoured = fz_favoured_count();
    bool libfuzzer_choice = true;  /* not a kept input: the extra fresh share may replace it */
    if (favoured && size) {
        /* The rarest state of four drawn (a tournament: rare states get most of the
         * effort, and no kept input gets none). */
        size_t pick = below(&r, favoured);
        for (int t = 0; t < 3; t++) {
            size_t other = below(&r, favoured);
            if (fz_favoured_hits(other) < fz_favoured_hits(pick))
                pick = other;
        }
        size_t fsize = 0;
        const uint8_t *fdata = fz_favoured(pick, &fsize);
        size_t how = below(&r, 8);
        if (fdata && how <= 1) {
            /* Half the time a call grows the kept chain at its frontier: its last call is
             * the one that reached the new state. */
            if (below(&r, 2))
                return mutate_calls(&r, fdata, fsize, out, max_size, true);
            data = fdata;
            size = fsize;
            libfuzzer_choice = false;
        } else if (fdata && how == 2) {
            return splice(&r, data, size, fdata, fsize, out, max_size);
        } else if (fdata && how == 3) {
            return splice_into_kept(&r, fdata, fsize, data, size, out, max_size);
        } else if (fdata && how == 4) {
            size_t len = want_insertion(&r, pick, fdata, fsize, out, max_size);
            if (len)
                return len;
        }
    }
    size_t roll = below(&r, 100);
    if (size == 0)
        return random_input(&r, out, max_size);  /* from nothing: the random arm's input */
    if (roll < 10)
        return fresh_input(&r, out, max_size);
    size_t extra = libfuzzer_choice ? fresh_extra_permille() : 0;
    if (extra && below(&r, 1000) < extra)
        return fresh_input(&r, out, max_size);
    if (roll < 45) {
        /* Edits work on the whole input, which may be longer than max_size, then cut. */
        size_t keep = size < max_size ? size : max_size;
        memcpy(out, data, keep);
        size_t len = mutate_bytes(&r, out, keep, keep + HT_FUZZ_MUTATE_SLACK / 2);
        return len < max_size ? len : max_size;
    }
    return mutate_calls(&r, data, size, out, max_size, false);
}

/* ---- the dictionary ------------------------------------------------------------------- */

/* A pool pick: a domain's takes the newest (domain, gfn) pair (payload 1), so the call
 * names the page the call before it named. */
static void pool_pick(struct buf *o, uint8_t kind)
{
    put(o, POOL_PICK);
    put(o, kind == HT_RES_DOMAIN ? 1 : 0);
}

static void all_ones(struct buf *o, uint8_t bits)
{
    put(o, HT_FUZZ_CTRL_LITERAL);
    for (size_t i = 0; i < fz_scalar_bytes(HT_FUZZ_CTRL_LITERAL, bits); i++)
        put(o, 0xff);
}

/* The call by domain 0 (or, for a guest's call, a guest) with a pool pick for every
 * argument, a list of one element of pool picks, and the room its length claims.  With
 * literal_last, the last argument (a list: its element's last field; an output list: its
 * room, one more than claimed) is all ones instead: hostile values go there. */
static size_t dict_call(uint32_t call, uint32_t selector, bool literal_last, uint8_t *out,
                        size_t cap)
{
    const struct ht_call_desc *d = &ht_calls[call];
    struct buf entry = {.len = 0};
    put(&entry, (uint8_t)(selector >> 8));
    put(&entry, (uint8_t)selector);
    put(&entry, 0);
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        bool hostile = literal_last && a == d->nargs - 1;
        if (!l) {
            if (hostile)
                all_ones(&entry, d->arg_bits[a]);
            else
                pool_pick(&entry, d->arg_uses[a]);
        } else if (l->direction == HT_DIR_OUT) {
            put(&entry, hostile ? 0xff : 0);
        } else {
            put(&entry, 1);  /* one element written out, a plain list */
            for (uint32_t f = 0; f < l->stride; f++) {
                if (hostile && f + 1 == l->stride)
                    all_ones(&entry, l->field_bits[f]);
                else
                    pool_pick(&entry, l->field_uses[f]);
            }
        }
    }
    if (entry.len > cap)
        return 0;
    memcpy(out, entry.b, entry.len);
    return entry.len;
}

size_t ht_fuzz_dict_entry(uint32_t index, uint8_t *out, size_t cap)
{
    /* Per call with a selector: the pool-pick entry, then (if it takes arguments) the
     * hostile one; then four argument tokens. */
    uint32_t i = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        int32_t selector = ht_fuzz_selector_for_call(c);
        if (selector < 0)
            continue;
        if (i++ == index)
            return dict_call(c, (uint32_t)selector, false, out, cap);
        if (ht_calls[c].nargs && i++ == index)
            return dict_call(c, (uint32_t)selector, true, out, cap);
    }
    static const uint8_t tokens[4][2] = {{HT_FUZZ_CTRL_SPECIAL, 6}, {HT_FUZZ_CTRL_SMALL, 0x10},
                                         {POOL_PICK, 1}, {POOL_PICK, 2}};
    if (index >= i && index - i < 4 && cap >= 2) {
        memcpy(out, tokens[index - i], 2);
        return 2;
    }
    return 0;
}
