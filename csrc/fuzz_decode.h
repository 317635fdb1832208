/*
 * Decoding one call of a fuzz input (fuzz_decode.c): its caller, its scalars, its lists, from
 * the bytes fz_walk laid out, with the live values earlier calls of the input used and made.
 * The executor (fuzz.c) runs the call and then feeds its results back into the pools.
 */
#ifndef HT_FUZZ_DECODE_H
#define HT_FUZZ_DECODE_H

#include "fuzz_grammar.h"

#define FZ_PAIRS 16
/* Keys remembered (fixed-length lists of plain numbers: a tmem object id), and the most
 * words one may hold. */
#define FZ_KEYS 4
#define FZ_KEY_WORDS 8

/* A ring of distinct values, picked most recent first. */
struct fz_ring {
    uint64_t value[HT_FUZZ_POOL];
    uint8_t count, next;
};

/* A key a call named: a fixed-length list whose fields name no resource (a tmem object id,
 * a pool's uuid), its shape and its words. */
struct fz_key {
    uint8_t stride;
    uint32_t length;
    uint8_t bits[HT_MAX_FIELDS];
    uint64_t word[FZ_KEY_WORDS];
};

/* What the input's calls so far used and made: per resource kind the last HT_FUZZ_POOL
 * distinct values, and the (domain, gfn) pairs that earlier calls used successfully, with
 * the handle a nominate of the pair produced: a later call picks a pair whole, so its
 * domain, gfn and handle arguments agree, which is what sharing needs and random bytes
 * rarely give. */
struct fz_pools {
    struct fz_ring kind[HT_RES_COUNT];
    uint64_t pair_domain[FZ_PAIRS], pair_gfn[FZ_PAIRS], pair_handle[FZ_PAIRS];
    uint8_t pairs, pair_next;
    /* The keys earlier calls that did not fail named, most recent at key_next - 1: no call makes one, so no
     * resource pool holds them, and a chain of operations on one object (put, get, flush)
     * needs its key again and again. */
    struct fz_key key[FZ_KEYS];
    uint8_t keys, key_next;
    /* The call being decoded: */
    uint32_t call;         /* its id */
    int last_pair;         /* the pair it picked last (-1 none): the next differs */
    bool pending_gfn, pending_handle;
    uint64_t gfn, handle;  /* what the picked pair passes to the next gfn / handle value */
    uint16_t caller;       /* its calling domain (0: domain 0); before its caller is
                              decoded, the previous call's */
    uint16_t caller_vcpu;  /* that caller's vcpu */
    bool have_domain;      /* it picked a domain already: */
    uint64_t domain;       /* that domain, which a later domain value may repeat */
    bool have_number;      /* it picked a plain number already: */
    uint8_t number_bits;   /* that number's width */
    uint64_t number;       /* and value, which a later one of that width may repeat */
    uint64_t list_count;   /* the element count of its first list whose length an
                              argument gives (0: none yet), which a later one may repeat */
    bool have_length;      /* it gave an input list's length argument a value already: */
    uint64_t length;       /* that value, which a later length argument may repeat */
};

/* The pools an input starts with: gfns 0..3 and the machine's seed pairs (the boot pages). */
void fz_pools_init(struct fz_pools *pl, const ht_machine *m);

/* Decodes the call that layout describes into rec (call, caller, argument slots); its lists
 * go into pool from word *used on (at most pool_words in all), and *used grows by them. */
void fz_decode_call(const ht_machine *m, struct fz_pools *pl, const uint8_t *data, size_t size,
                    const struct fz_layout *layout, ht_call_rec *rec, uint64_t *pool,
                    size_t pool_words, size_t *used);

/* What a call that ran left for later calls: the gfns it named, and, when it succeeded
 * (raw >= 0), the resources its outputs and output lists made and its (domain, gfn) pairs. */
void fz_pools_feed(struct fz_pools *pl, const ht_machine *m, const ht_call_rec *rec,
                   int64_t raw, const uint64_t *pool);

#endif
