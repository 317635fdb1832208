/*
 * The fuzzer's structure-aware mutator and its dictionary, in C.
 *
 * libFuzzer calls the custom mutator once per input it tries.  Written in Python (it was
 * fuzz/mutator.py's make_mutator) it cost more than the engine's whole run of the input: a
 * seeded random.Random alone is 600 words of Mersenne Twister set-up.  Here one call does
 * it.  The moves are the ones fuzz/mutator.py documents, on the byte format csrc/fuzz.c
 * decodes (see its header comment):
 *   10%  a fresh random input of 2 to 23 calls (random generation finds most two- and
 *        three-call bugs quickly, and is not one of libFuzzer's moves);
 *   35%  one to three byte edits: flip a bit, replace, insert or erase a byte, copy a range;
 *   else one call-level edit on the input cut at call boundaries (as the decoder cuts it):
 *        insert a fresh call (2 in 6), delete one, repeat one, regenerate one's arguments
 *        keeping the call, or swap two.
 * The input is hostile (any bytes, any size): every index below is bounded by size or cap.
 */
#include <string.h>

#include "engine.h"

#define CTRL_LITERAL HT_FUZZ_CTRL_LITERAL
#define POOL_PICK 0
#define SMALL HT_FUZZ_CTRL_SMALL
#define SPECIAL HT_FUZZ_CTRL_SPECIAL
#define MAX_PIECES HT_FUZZ_MAX_CALLS  /* the decoder runs at most this many */
#define MAX_CALL_BYTES (1 + HT_MAX_ARGS * 9) /* call byte + (ctrl, 8 literal bytes) per arg */

_Static_assert(MAX_CALL_BYTES <= HT_FUZZ_MUTATE_SLACK, "a call must fit in the slack");

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

static size_t literal_extra(const struct ht_call_desc *d, int arg)
{
    return (size_t)((d->arg_bits[arg] + 7) / 8) - 1;
}

/* The arguments of call (control byte, payload, and a literal's further bytes) into out,
 * which holds MAX_CALL_BYTES; returns their length. */
static size_t random_args(struct rng *r, uint32_t call, uint8_t *out)
{
    const struct ht_call_desc *d = &ht_calls[call];
    size_t n = 0;
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        uint8_t control = byte(r);
        out[n++] = control;
        out[n++] = byte(r);
        if (control % 16 == CTRL_LITERAL)
            for (size_t i = 0; i < literal_extra(d, a); i++)
                out[n++] = byte(r);
    }
    return n;
}

/* One random call: a random call byte, then arguments of the right shape for its call. */
static size_t random_call(struct rng *r, uint8_t *out)
{
    out[0] = byte(r);
    return 1 + random_args(r, ht_fuzz_call_for_byte(out[0]), out + 1);
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
    uint8_t call[MAX_CALL_BYTES];
    for (size_t i = 0; i < calls && len < max_size; i++)
        append(out, &len, max_size, call, random_call(r, call));
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
        const struct ht_call_desc *d = &ht_calls[ht_fuzz_call_for_byte(data[pos])];
        pos++;
        for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
            uint8_t control = pos < size ? data[pos] : 0;
            pos += 2;
            if (control % 16 == CTRL_LITERAL)
                pos += literal_extra(d, a);
        }
    }
    start[n] = pos < size ? pos : size;
    return n;
}

static size_t mutate_calls(struct rng *r, const uint8_t *data, size_t size, uint8_t *out,
                           size_t max_size)
{
    size_t start[MAX_PIECES + 1];
    size_t n = split(data, size, start);
    if (n == 0)
        return random_input(r, out, max_size);
    /* The output as a list of pieces: indexes into data's pieces, or FRESH for the one new
     * call a mutation may make. */
    enum { FRESH = MAX_PIECES + 1 };
    size_t order[MAX_PIECES + 1], count = n;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    uint8_t fresh[MAX_CALL_BYTES];
    size_t fresh_len = 0;
    size_t op = below(r, 6), index = below(r, n);
    if (op <= 1) { /* insert a fresh call */
        size_t at = below(r, n + 1);
        fresh_len = random_call(r, fresh);
        memmove(order + at + 1, order + at, (count - at) * sizeof order[0]);
        order[at] = FRESH;
        count++;
    } else if (op == 2 && n > 1) { /* delete a call */
        memmove(order + index, order + index + 1, (count - index - 1) * sizeof order[0]);
        count--;
    } else if (op == 3) { /* repeat a call (the same call on the next page, or twice) */
        memmove(order + index + 1, order + index, (count - index) * sizeof order[0]);
        count++;
    } else if (op == 4) { /* regenerate a call's arguments, keeping which call it is */
        fresh[0] = data[start[index]];
        fresh_len = 1 + random_args(r, ht_fuzz_call_for_byte(fresh[0]), fresh + 1);
        order[index] = FRESH;
    } else if (op == 5) { /* swap two calls */
        size_t other = below(r, n);
        size_t t = order[index];
        order[index] = order[other];
        order[other] = t;
    }
    size_t len = 0;
    for (size_t i = 0; i < count && len < max_size; i++) {
        if (order[i] == FRESH)
            append(out, &len, max_size, fresh, fresh_len);
        else
            append(out, &len, max_size, data + start[order[i]],
                   start[order[i] + 1] - start[order[i]]);
    }
    return len;
}

size_t ht_fuzz_mutate(const uint8_t *data, size_t size, size_t max_size, uint32_t seed,
                      uint8_t *out, size_t cap)
{
    if (cap < HT_FUZZ_MUTATE_SLACK || max_size > cap - HT_FUZZ_MUTATE_SLACK)
        max_size = cap >= HT_FUZZ_MUTATE_SLACK ? cap - HT_FUZZ_MUTATE_SLACK : 0;
    struct rng r = {seed * 0x2545f4914f6cdd1dull + 1};
    size_t roll = below(&r, 100);
    if (roll < 10 || size == 0)
        return random_input(&r, out, max_size);
    if (roll < 45) {
        /* Edits work on the whole input, which may be longer than max_size, then cut. */
        size_t keep = size < max_size ? size : max_size;
        memcpy(out, data, keep);
        size_t len = mutate_bytes(&r, out, keep, keep + HT_FUZZ_MUTATE_SLACK / 2);
        return len < max_size ? len : max_size;
    }
    return mutate_calls(&r, data, size, out, max_size);
}

/* ---- the dictionary ------------------------------------------------------------------- */

/* The first byte that decodes to call, or -1 if the call table leaves it out. */
static int call_byte(uint32_t call)
{
    for (uint32_t b = 0; b < 256; b++)
        if (ht_fuzz_call_for_byte(b) == call)
            return (int)b;
    return -1;
}

/* The call with a pool pick for every argument; a domain pick takes the newest (domain,
 * gfn) pair (payload 1), so the call names the page the call before it named.  With
 * literal_last, the last argument is an all-ones literal instead: hostile values go there. */
static size_t dict_call(uint32_t call, int head, bool literal_last, uint8_t *out, size_t cap)
{
    const struct ht_call_desc *d = &ht_calls[call];
    uint8_t entry[MAX_CALL_BYTES];
    size_t n = 0;
    entry[n++] = (uint8_t)head;
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        if (literal_last && a == d->nargs - 1) {
            entry[n++] = CTRL_LITERAL;
            for (size_t i = 0; i <= literal_extra(d, a); i++)
                entry[n++] = 0xff;
        } else {
            entry[n++] = POOL_PICK;
            entry[n++] = d->arg_uses[a] == HT_RES_DOMAIN ? 1 : 0;
        }
    }
    if (n > cap)
        return 0;
    memcpy(out, entry, n);
    return n;
}

size_t ht_fuzz_dict_entry(uint32_t index, uint8_t *out, size_t cap)
{
    /* Per call with a call byte: the pool-pick entry, then (if it takes arguments) the
     * literal one; then four argument tokens. */
    uint32_t i = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        int head = call_byte(c);
        if (head < 0)
            continue;
        if (i++ == index)
            return dict_call(c, head, false, out, cap);
        if (ht_calls[c].nargs && i++ == index)
            return dict_call(c, head, true, out, cap);
    }
    static const uint8_t tokens[4][2] = {{SPECIAL, 6}, {SMALL, 0x10}, {POOL_PICK, 1},
                                         {POOL_PICK, 2}};
    if (index >= i && index - i < 4 && cap >= 2) {
        memcpy(out, tokens[index - i], 2);
        return 2;
    }
    return 0;
}
