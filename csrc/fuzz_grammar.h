/*
 * The fuzz input grammar's layout: where each part of a call lies in an input's bytes.
 *
 * The decoder (fuzz.c) and the mutator (fuzz_mutate.c) both cut inputs with fz_walk, so
 * they agree on where every call, caller, argument, list chunk and element starts; fuzz.c's
 * header comment describes the grammar, and its numbers are the catalogue's (HT_FUZZ_*,
 * haptrace/catalogue/limits.py).  Bytes past the end of an input read as 0, so a call cut
 * off at the end still has a layout: its missing parts are short (a 0 control byte is a
 * pool pick, a 0 list head is an empty chunk).  Every offset may lie past the input's end.
 */
#ifndef HT_FUZZ_GRAMMAR_H
#define HT_FUZZ_GRAMMAR_H

#include "engine.h"

/* The explicit elements one list can hold: FUZZ_LIST_CHUNKS chunks of at most
 * FUZZ_LIST_ELEMENTS - 1 each. */
#define FZ_MAX_ELEMS (HT_FUZZ_LIST_CHUNKS * (HT_FUZZ_LIST_ELEMENTS - 1))

_Static_assert(HT_FUZZ_LIST_ELEMENTS * (HT_FUZZ_LIST_BEYOND + 1) == 256,
               "a list head's count and shape must cover its byte exactly");
_Static_assert(HT_FUZZ_LIST_RUN < HT_FUZZ_LIST_SCATTER &&
                   HT_FUZZ_LIST_SCATTER + 1 == HT_FUZZ_LIST_MORE &&
                   HT_FUZZ_LIST_MORE + 1 == HT_FUZZ_LIST_MAX &&
                   HT_FUZZ_LIST_MAX + 1 == HT_FUZZ_LIST_BEYOND,
               "list shapes: plain, run, scatter, more, max, beyond, in this order");
_Static_assert(HT_FUZZ_CALLER_ANY_GUEST < HT_FUZZ_CALLER_TOOLSTACK_GUEST &&
                   HT_FUZZ_CALLER_TOOLSTACK_GUEST < HT_FUZZ_CALLER_LITERAL &&
                   HT_FUZZ_CALLER_LITERAL < HT_FUZZ_CTRL_STRATEGIES,
               "caller byte: dom0, then guests, then the literal");
_Static_assert(HT_FUZZ_ROOM_NULL < HT_FUZZ_ROOM_SHORT && HT_FUZZ_ROOM_SHORT < HT_FUZZ_ROOM_LONG &&
                   HT_FUZZ_ROOM_LONG < HT_FUZZ_ROOM_MODES,
               "room modes: the length's room, then none, one less, one more");

enum fz_arg_kind { FZ_SCALAR, FZ_LIST, FZ_ROOM };

/* One argument's bytes: [start, end).  A list's chunks start at head[c] and their elements
 * end at chunk_end[c]; its explicit element e starts at elem[e] (chunk chunk_of[e]).  The
 * list fields are set for lists only. */
struct fz_arg_layout {
    size_t start, end;
    uint8_t kind;      /* enum fz_arg_kind */
    uint8_t chunks;    /* lists: chunks */
    uint8_t nelems;    /* lists: explicit elements */
    size_t head[HT_FUZZ_LIST_CHUNKS];
    size_t chunk_end[HT_FUZZ_LIST_CHUNKS];
    size_t elem[FZ_MAX_ELEMS];
    uint8_t chunk_of[FZ_MAX_ELEMS];
};

/* One call's bytes: [start, end), its selector at start, its caller byte at caller. */
struct fz_layout {
    uint32_t call;
    size_t start, end, caller;
    uint8_t nargs;
    struct fz_arg_layout arg[HT_MAX_ARGS];
};

static inline uint8_t fz_byte(const uint8_t *data, size_t size, size_t at)
{
    return at < size ? data[at] : 0;
}

/* Bytes a scalar takes after its control byte: a payload byte, or a literal's width. */
static inline size_t fz_scalar_bytes(uint8_t ctrl, uint8_t bits)
{
    return 1 + (ctrl % HT_FUZZ_CTRL_STRATEGIES == HT_FUZZ_CTRL_LITERAL ? (bits + 7u) / 8u - 1u
                                                                        : 0u);
}

/* Bytes a caller takes after its byte: the literal's domain and vcpu. */
static inline size_t fz_caller_bytes(uint8_t c)
{
    return c % HT_FUZZ_CTRL_STRATEGIES == HT_FUZZ_CALLER_LITERAL ? 3u : 0u;
}

static inline uint8_t fz_list_count(uint8_t head)
{
    return head % HT_FUZZ_LIST_ELEMENTS;
}

static inline uint8_t fz_list_shape(uint8_t head)
{
    return head / HT_FUZZ_LIST_ELEMENTS;
}

/* Whether a chunk's head is followed by an EXT byte (a run or a scatter). */
static inline bool fz_list_has_ext(uint8_t shape)
{
    return shape >= HT_FUZZ_LIST_RUN && shape <= HT_FUZZ_LIST_SCATTER;
}

/* The list descriptor of argument a of call d, or NULL for a scalar. */
static inline const struct ht_list_desc *fz_list_of(const struct ht_call_desc *d, int a)
{
    return d->arg_list[a] ? &ht_lists[d->arg_list[a] - 1] : NULL;
}

/* The call a selector names (weighted by family, csrc/fuzz_grammar.c). */
uint32_t fz_call_for_selector(uint32_t selector);

/* Cuts the call starting at pos: fills *out (may be NULL) and returns where the next call
 * starts (may be past size). */
size_t fz_walk(const uint8_t *data, size_t size, size_t pos, struct fz_layout *out);

/* The end of explicit element e of a list argument's layout. */
static inline size_t fz_elem_end(const struct fz_arg_layout *a, uint8_t e)
{
    if (e + 1 < a->nelems && a->chunk_of[e + 1] == a->chunk_of[e])
        return a->elem[e + 1];
    return a->chunk_end[a->chunk_of[e]];
}

#endif
