/*
 * The fuzz grammar's call choice and layout (fuzz_grammar.h): which call a selector names,
 * and where the parts of a call lie in an input.  The decoder and the mutator both use it.
 */
#include <string.h>

#include "fuzz_grammar.h"

/* The calls' shares of the selectors: call c holds the points [start[c], start[c + 1]) of
 * a line of total points, each call weighing its family's fuzz weight (generated from
 * Family.fuzz_weight, and checked by the generator to total at most HT_FUZZ_SELECTORS, so
 * every call with a weight gets a selector).  Calls are in catalogue order, families
 * together: neighbouring selectors name calls of one family.  Built once; the weights
 * are fuzzing policy, not call semantics. */
_Static_assert(HT_FUZZ_SELECTORS == 1 << 16, "a selector is two bytes");

static uint32_t start[HT_NCALLS + 1];
/* The call holding the first point of each block of 256 selectors (the selector's high
 * byte): a selector's call is that one or one after it, so finding it is a short walk (one
 * or two calls with today's weights) instead of a binary search per call decoded. */
static uint32_t first_of_block[256];
static bool table_ready;

/* The point of the line a selector names. */
static uint32_t point_of(uint32_t selector)
{
    return (uint32_t)((uint64_t)(selector % HT_FUZZ_SELECTORS) * start[HT_NCALLS] /
                      HT_FUZZ_SELECTORS);
}

/* The call whose share holds the point, walking from call c (whose share starts at or
 * before it): a call without weight has an empty share and is walked over. */
static uint32_t call_at(uint32_t c, uint32_t point)
{
    while (c + 1 < HT_NCALLS && start[c + 1] <= point)
        c++;
    return c;
}

static void build_table(void)
{
    uint32_t total = 0;
    for (uint32_t c = 0; c < HT_NCALLS; c++) {
        start[c] = total;
        total += ht_family_fuzz_weight[ht_calls[c].family];
    }
    start[HT_NCALLS] = total;
    uint32_t c = 0;
    for (uint32_t block = 0; block < 256; block++)
        first_of_block[block] = c = call_at(c, point_of(block << 8));
    table_ready = true;
}

uint32_t fz_call_for_selector(uint32_t selector)
{
    if (!table_ready)
        build_table();
    selector %= HT_FUZZ_SELECTORS;
    return call_at(first_of_block[selector >> 8], point_of(selector));
}

uint32_t ht_fuzz_call_for_selector(uint32_t selector)
{
    return fz_call_for_selector(selector);
}

int32_t ht_fuzz_selector_for_call(uint32_t call)
{
    if (!table_ready)
        build_table();
    if (call >= HT_NCALLS || start[call] == start[call + 1])
        return -1;
    /* The smallest selector whose point reaches the call's share. */
    uint64_t total = start[HT_NCALLS];
    uint64_t selector = ((uint64_t)start[call] * HT_FUZZ_SELECTORS + total - 1) / total;
    return (int32_t)selector;
}

static size_t walk_scalar(const uint8_t *data, size_t size, size_t pos, uint8_t bits)
{
    return pos + 1 + fz_scalar_bytes(fz_byte(data, size, pos), bits);
}

/* An IN or INOUT list: chunks of HEAD [EXT] and the elements written out, field by field. */
static size_t walk_list(const uint8_t *data, size_t size, size_t pos,
                        const struct ht_list_desc *l, struct fz_arg_layout *out)
{
    uint8_t chunks = 0, nelems = 0;
    for (;;) {
        uint8_t head = fz_byte(data, size, pos), shape = fz_list_shape(head);
        if (out)
            out->head[chunks] = pos;
        pos += 1 + (fz_list_has_ext(shape) ? 1u : 0u);
        for (uint8_t e = 0; e < fz_list_count(head); e++) {
            if (out) {
                out->elem[nelems] = pos;
                out->chunk_of[nelems] = chunks;
            }
            nelems++;
            for (uint32_t f = 0; f < l->stride; f++)
                pos = walk_scalar(data, size, pos, l->field_bits[f]);
        }
        if (out)
            out->chunk_end[chunks] = pos;
        chunks++;
        if (shape != HT_FUZZ_LIST_MORE || chunks == HT_FUZZ_LIST_CHUNKS)
            break;
    }
    if (out) {
        out->chunks = chunks;
        out->nelems = nelems;
    }
    return pos;
}

size_t fz_walk(const uint8_t *data, size_t size, size_t pos, struct fz_layout *out)
{
    uint32_t selector = (uint32_t)fz_byte(data, size, pos) << 8 | fz_byte(data, size, pos + 1);
    uint32_t call = fz_call_for_selector(selector);
    const struct ht_call_desc *d = &ht_calls[call];
    if (out) {
        out->call = call;
        out->start = pos;
        out->caller = pos + 2;
        out->nargs = d->nargs;
    }
    pos += 2;
    pos += 1 + fz_caller_bytes(fz_byte(data, size, pos));
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        struct fz_arg_layout *arg = out ? &out->arg[a] : NULL;
        const struct ht_list_desc *l = fz_list_of(d, a);
        size_t begin = pos;
        uint8_t kind;
        if (!l) {
            kind = FZ_SCALAR;
            pos = walk_scalar(data, size, pos, d->arg_bits[a]);
        } else if (l->direction == HT_DIR_OUT) {
            kind = FZ_ROOM;
            pos += 1;
        } else {
            kind = FZ_LIST;
            pos = walk_list(data, size, pos, l, arg);
        }
        if (arg) {
            arg->start = begin;
            arg->end = pos;
            arg->kind = kind;  /* chunks and elements are set for lists only */
        }
    }
    if (out)
        out->end = pos;
    return pos;
}
