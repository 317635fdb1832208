/*
 * Decoding a chunk's payload streams (trace format versions 1 and 2, tracer/codec.py) into
 * the columns replay runs.  The payload is untrusted: every stream's description, length
 * and value is checked (list lengths against their limits, the words the lists take
 * against the pool the chunk declares, list elements against their fields' widths), and
 * the first problem is returned as an ht_decode_error naming the record for the Python
 * side to word; nothing is written outside the caller's buffers.
 *
 * Layout (see tracer/codec.py): stream 0 holds the n file call ids in trace order; in
 * version 2 streams 1 and 2 hold each call's caller and vcpu.  Then, for each file call id
 * present, ascending: one stream per argument slot (a list's slot holds its element count,
 * or for an OUT list the room), then (version 2) for each list the caller fills, one
 * stream per element field holding the elements of every record's list in turn; rc
 * (zigzag), errno, one stream per output slot holding values only for the records that did
 * not fail (rc != -1), and (version 2) for each list the call writes, one stream per
 * element field, for every record.  Records of one call keep their trace order within its
 * streams, so the k-th value of a call's stream belongs to that call's k-th record.  The
 * lists are laid out in the pool in stream order.
 */
#include <string.h>

#include "engine.h"

enum { PLAIN = 0, DELTA = 1, CONST = 2 };

struct reader {
    const uint8_t *payload;
    size_t len, offset;
    const uint64_t *dir; /* codec, width, base per stream */
    size_t nstreams, index;
    ht_decode_error *err;
};

static int fail(ht_decode_error *err, uint32_t kind, uint64_t stream)
{
    err->kind = kind;
    err->stream = stream;
    return -1;
}

static uint64_t unzigzag(uint64_t v)
{
    return (v >> 1) ^ (0 - (v & 1));
}

/* The next stream's count values into out[0..count), each checked against high. */
static int read_stream(struct reader *r, size_t count, uint64_t high, uint64_t *out)
{
    ht_decode_error *err = r->err;
    if (r->index >= r->nstreams)
        return fail(err, HT_DECODE_SHORT_DIRECTORY, r->index);
    size_t stream = r->index++;
    uint64_t codec = r->dir[3 * stream], width = r->dir[3 * stream + 1];
    uint64_t base = r->dir[3 * stream + 2];
    if (codec > CONST || !(width == 1 || width == 2 || width == 4 || width == 8))
        return fail(err, HT_DECODE_BAD_COLUMN, stream);
    if (codec == CONST) {
        if (count && base > high) {
            err->value = base;
            err->limit = high;
            return fail(err, HT_DECODE_TOO_LARGE, stream);
        }
        for (size_t k = 0; k < count; k++)
            out[k] = base;
        return 0;
    }
    if (count == 0)
        return fail(err, HT_DECODE_EMPTY_STREAM, stream);
    size_t values = codec == DELTA ? count - 1 : count;
    size_t w = (size_t)width;
    if (values > (r->len - r->offset) / w) {
        err->need = (uint64_t)values * w;
        err->offset = r->offset;
        err->value = r->len;
        return fail(err, HT_DECODE_PAYLOAD_SHORT, stream);
    }
    const uint8_t *planes = r->payload + r->offset;
    r->offset += values * w;
    /* Byte-shuffled: byte b of value k is at planes[b * values + k]. */
    uint64_t *dest = codec == DELTA ? out + 1 : out;
    for (size_t k = 0; k < values; k++)
        dest[k] = planes[k];
    for (size_t b = 1; b < w; b++) {
        const uint8_t *plane = planes + b * values;
        for (size_t k = 0; k < values; k++)
            dest[k] |= (uint64_t)plane[k] << (8 * b);
    }
    if (codec == DELTA) {
        out[0] = base;
        for (size_t k = 1; k < count; k++)
            out[k] = out[k - 1] + unzigzag(out[k]); /* uint64 wraps, as the encoder's did */
    }
    if (high != UINT64_MAX) {
        for (size_t k = 0; k < count; k++) {
            if (out[k] > high) {
                err->value = out[k];
                err->limit = high;
                return fail(err, HT_DECODE_TOO_LARGE, stream);
            }
        }
    }
    return 0;
}

size_t ht_decode_scratch_bytes(size_t n, size_t nfile_ids, size_t pool_words)
{
    /* values (u64, one per call or per list word), file ids and order (u32 each), counts
     * and starts (u32 per id + 1) */
    size_t values = n > pool_words ? n : pool_words;
    return values * sizeof(uint64_t) + n * 2 * sizeof(uint32_t) +
           2 * (nfile_ids + 1) * sizeof(uint32_t);
}

/* The records of one call id in the chunk, in trace order. */
struct group {
    const uint32_t *rows;
    size_t count;
    uint32_t call;  /* this catalogue's id */
};

static uint64_t field_max(uint8_t bits)
{
    return bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

/* Fails with kind at record row's argument slot `slot` holding value (limit: its maximum). */
static int fail_at(struct reader *r, uint32_t kind, const struct group *g, size_t row, int slot,
                   uint64_t value, uint64_t limit)
{
    ht_decode_error *err = r->err;
    err->row = row;
    err->col = (uint64_t)slot;
    err->call = g->call;
    err->value = value;
    err->limit = limit;
    return fail(err, kind, r->index - 1);
}

/* The elements of every record's list in slot `slot` (field by field), read into the words
 * the list's reference names in dest (the pool, or the expected output lists). */
static int read_elements(struct reader *r, const struct group *g, int slot,
                         const struct ht_list_desc *d, const ht_chunk_out *out, uint64_t *dest,
                         uint64_t *values)
{
    size_t total = 0;
    for (size_t k = 0; k < g->count; k++)
        total += (uint32_t)out->arg[(size_t)g->rows[k] * HT_ARGS + (size_t)slot];
    for (uint32_t f = 0; f < d->stride; f++) {
        if (read_stream(r, total, UINT64_MAX, values))
            return -1;
        uint64_t high = field_max(d->field_bits[f]);
        size_t next = 0;
        for (size_t k = 0; k < g->count; k++) {
            uint64_t ref = out->arg[(size_t)g->rows[k] * HT_ARGS + (size_t)slot];
            uint64_t n = (uint32_t)ref, base = ref >> HT_LIST_SHIFT;
            for (uint64_t e = 0; e < n; e++) {
                uint64_t v = values[next++];
                if (v > high) {
                    r->err->element = e;
                    r->err->member = f;
                    return fail_at(r, HT_DECODE_ELEMENT_WIDTH, g, g->rows[k], slot, v, high);
                }
                dest[base + e * d->stride + f] = v;
            }
        }
    }
    return 0;
}

/* A list's element counts (one per record of the group): each checked against its limit
 * and given the next words of the pool. */
static int read_counts(struct reader *r, const struct group *g, int slot,
                       const struct ht_list_desc *d, size_t pool_words, size_t *cursor,
                       const ht_chunk_out *out, const uint64_t *values)
{
    bool fixed = d->length_slot == 0xff;
    for (size_t k = 0; k < g->count; k++) {
        uint64_t v = values[k];
        size_t row = g->rows[k];
        if (v > d->max_length || (fixed && v != d->fixed_length))
            return fail_at(r, HT_DECODE_LIST_LENGTH, g, row, slot, v,
                           fixed ? d->fixed_length : d->max_length);
        uint64_t words = v * d->stride;
        if (words > pool_words - *cursor)
            return fail_at(r, HT_DECODE_POOL_SIZE, g, row, slot, *cursor + words, pool_words);
        out->arg[row * HT_ARGS + (size_t)slot] = v ? ((uint64_t)*cursor << HT_LIST_SHIFT) | v : 0;
        *cursor += (size_t)words;
    }
    return 0;
}

/* The argument streams of one call: scalars checked against their widths, lists' counts
 * by read_counts. */
static int read_args(struct reader *r, const struct group *g, int nargs, uint32_t version,
                     size_t pool_words, size_t *cursor, const ht_chunk_out *out,
                     uint64_t *values)
{
    const struct ht_call_desc *desc = &ht_calls[g->call];
    for (int slot = 0; slot < nargs; slot++) {
        if (read_stream(r, g->count, UINT64_MAX, values))
            return -1;
        uint8_t list = version >= 2 && slot < desc->nargs ? desc->arg_list[slot] : 0;
        if (list) {
            if (read_counts(r, g, slot, &ht_lists[list - 1], pool_words, cursor, out, values))
                return -1;
            continue;
        }
        /* A version 1 trace's slot that is a list now held a scalar (extent_start): it is
         * kept as it is, for the reader to convert. */
        bool scalar = slot < desc->nargs && !desc->arg_list[slot];
        uint8_t bits = scalar ? desc->arg_bits[slot] : 64;
        uint64_t *column = out->arg + slot;
        for (size_t k = 0; k < g->count; k++) {
            if (bits < 64 && values[k] >> bits)
                return fail_at(r, HT_DECODE_ARG_WIDTH, g, g->rows[k], slot, values[k],
                               field_max(bits));
            column[(size_t)g->rows[k] * HT_ARGS] = values[k];
        }
    }
    return 0;
}

int ht_decode_chunk(const ht_chunk_in *in, void *scratch, const ht_chunk_out *out,
                    ht_decode_error *err)
{
    memset(err, 0, sizeof *err);
    size_t n = in->n, nfile_ids = in->nfile_ids, pool_words = in->pool_words;
    bool v2 = in->version >= 2;
    if (n == 0 || nfile_ids == 0 || nfile_ids > UINT32_MAX - 1 ||
        (v2 && pool_words && (!out->pool || !out->expect_pool)) ||
        (!v2 && (pool_words || !in->file_nargs || !in->file_nouts)) ||
        in->version < 1 || in->version > 2)
        return fail(err, HT_DECODE_SHORT_DIRECTORY, 0);
    struct reader r = {in->payload, in->len, 0, in->dir, in->nstreams, 0, err};
    uint64_t *values = scratch;
    uint32_t *fid = (uint32_t *)(values + (n > pool_words ? n : pool_words));
    uint32_t *order = fid + n;
    uint32_t *counts = order + n;
    uint32_t *starts = counts + nfile_ids + 1;
    const int32_t *remap = in->remap;

    if (read_stream(&r, n, nfile_ids - 1, values))
        return -1;
    memset(counts, 0, (nfile_ids + 1) * sizeof *counts);
    for (size_t i = 0; i < n; i++) {
        fid[i] = (uint32_t)values[i];
        counts[fid[i]]++;
    }
    if (v2) {
        uint16_t *who[2] = {out->caller, out->vcpu};
        for (int c = 0; c < 2; c++) {
            if (read_stream(&r, n, 0xffff, values))
                return -1;
            for (size_t i = 0; i < n; i++)
                who[c][i] = (uint16_t)values[i];
        }
    } else {
        memset(out->caller, 0, n * sizeof *out->caller);
        memset(out->vcpu, 0, n * sizeof *out->vcpu);
    }
    uint32_t start = 0;
    for (size_t id = 0; id < nfile_ids; id++) {
        starts[id] = start;
        start += counts[id];
        if (counts[id] && (remap[id] < 0 || (size_t)remap[id] >= HT_NCALLS)) {
            err->value = id;
            return fail(err, HT_DECODE_UNMAPPED_CALL, 0);
        }
        if (counts[id] && !v2 && (in->file_nargs[id] > HT_ARGS || in->file_nouts[id] > HT_OUTS)) {
            err->value = id;
            return fail(err, HT_DECODE_BAD_SHAPE, 0);
        }
    }
    for (size_t i = 0; i < n; i++) /* a counting sort: each call's records, in trace order */
        order[starts[fid[i]]++] = (uint32_t)i;

    /* The argument and output cells no stream fills are zeroed group by group below, on
     * the rows being written anyway: a memset of both arrays first wrote ~6 MB per 65536
     * calls a second time. */
    if (pool_words) {
        memset(out->pool, 0, pool_words * sizeof *out->pool);
        memset(out->expect_pool, 0, pool_words * sizeof *out->expect_pool);
    }
    uint32_t first = 0;
    size_t cursor = 0;  /* the next free word of the pool */
    for (size_t id = 0; id < nfile_ids; id++) {
        size_t count = counts[id];
        if (!count)
            continue;
        struct group g = {order + first, count, (uint32_t)remap[id]};
        first += (uint32_t)count;
        const struct ht_call_desc *desc = &ht_calls[g.call];
        int nargs = v2 ? desc->nargs : in->file_nargs[id];
        int nouts = v2 ? desc->nouts : in->file_nouts[id];
        const uint32_t *rows = g.rows;
        if (read_args(&r, &g, nargs, in->version, pool_words, &cursor, out, values))
            return -1;
        for (size_t k = 0; k < count; k++)
            for (int slot = nargs; slot < HT_ARGS; slot++)
                out->arg[(size_t)rows[k] * HT_ARGS + (size_t)slot] = 0;
        for (int slot = 0; v2 && slot < nargs; slot++) {
            uint8_t list = desc->arg_list[slot];
            if (list && ht_lists[list - 1].direction != HT_DIR_OUT &&
                read_elements(&r, &g, slot, &ht_lists[list - 1], out, out->pool, values))
                return -1;
        }
        if (read_stream(&r, count, UINT64_MAX, values))
            return -1;
        size_t succeeded = 0;
        for (size_t k = 0; k < count; k++) {
            int64_t rc = (int64_t)unzigzag(values[k]);
            out->rc[rows[k]] = rc;
            succeeded += rc != -1;
        }
        if (read_stream(&r, count, 0xffff, values))
            return -1;
        for (size_t k = 0; k < count; k++) {
            size_t row = rows[k];
            out->err[row] = (uint16_t)values[k];
            /* outputs exist only on success, and only the call's own */
            for (int slot = out->rc[row] != -1 ? nouts : 0; slot < HT_OUTS; slot++)
                out->out[row * HT_OUTS + (size_t)slot] = 0;
        }
        for (int slot = 0; slot < nouts; slot++) {
            if (read_stream(&r, succeeded, UINT64_MAX, values))
                return -1;
            size_t next = 0;
            for (size_t k = 0; k < count; k++) {
                size_t row = rows[k];
                if (out->rc[row] != -1)
                    out->out[row * HT_OUTS + (size_t)slot] = values[next++];
            }
        }
        for (int slot = 0; v2 && slot < nargs; slot++) {
            uint8_t list = desc->arg_list[slot];
            if (list && ht_lists[list - 1].direction != HT_DIR_IN &&
                read_elements(&r, &g, slot, &ht_lists[list - 1], out, out->expect_pool,
                              values))
                return -1;
        }
    }
    if (r.index != in->nstreams || r.offset != in->len) {
        err->value = in->nstreams - r.index;
        err->need = in->len - r.offset;
        return fail(err, HT_DECODE_LEFT_OVER, r.index);
    }
    if (cursor != pool_words) {
        err->value = cursor;
        err->limit = pool_words;
        return fail(err, HT_DECODE_POOL_SIZE, r.index);
    }
    for (size_t i = 0; i < n; i++) {
        int64_t rc = out->rc[i];
        uint16_t e = out->err[i];
        if ((rc < -1 && e) || (rc == -1 && !e)) {
            err->row = i;
            return fail(err, HT_DECODE_RC_ERRNO, 0);
        }
        out->call[i] = (uint16_t)remap[fid[i]];
    }
    return 0;
}
