/*
 * Decoding a chunk's payload streams (trace format version 1, tracer/codec.py) into the
 * columns replay runs.  The payload is untrusted: every stream's description, length and
 * value is checked, and the first problem is returned as an ht_decode_error for the
 * Python side to word; nothing is written outside the caller's buffers.
 *
 * Layout (see tracer/codec.py): stream 0 holds the n file call ids in trace order; then,
 * for each file call id present, ascending, one stream per argument slot, rc (zigzag),
 * errno, and one stream per output slot holding values only for the records that did not
 * fail (rc != -1).  Records of one call keep their trace order within its streams, so the
 * k-th value of a call's stream belongs to that call's k-th record.
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

size_t ht_decode_scratch_bytes(size_t n, size_t nfile_ids)
{
    /* values (u64), file ids and order (u32 each), counts and starts (u32 per id + 1) */
    return n * (sizeof(uint64_t) + 2 * sizeof(uint32_t)) + 2 * (nfile_ids + 1) * sizeof(uint32_t);
}

int ht_decode_chunk(const uint8_t *payload, size_t len, const uint64_t *dir, size_t nstreams,
                    size_t n, const int32_t *remap, size_t nfile_ids, void *scratch,
                    const ht_chunk_out *out, ht_decode_error *err)
{
    memset(err, 0, sizeof *err);
    if (n == 0 || nfile_ids == 0 || nfile_ids > UINT32_MAX - 1)
        return fail(err, HT_DECODE_SHORT_DIRECTORY, 0);
    struct reader r = {payload, len, 0, dir, nstreams, 0, err};
    uint64_t *values = scratch;
    uint32_t *fid = (uint32_t *)(values + n);
    uint32_t *order = fid + n;
    uint32_t *counts = order + n;
    uint32_t *starts = counts + nfile_ids + 1;

    if (read_stream(&r, n, nfile_ids - 1, values))
        return -1;
    memset(counts, 0, (nfile_ids + 1) * sizeof *counts);
    for (size_t i = 0; i < n; i++) {
        fid[i] = (uint32_t)values[i];
        counts[fid[i]]++;
    }
    uint32_t start = 0;
    for (size_t id = 0; id < nfile_ids; id++) {
        starts[id] = start;
        start += counts[id];
        if (counts[id] && (remap[id] < 0 || (size_t)remap[id] >= HT_NCALLS)) {
            err->value = id;
            return fail(err, HT_DECODE_UNMAPPED_CALL, 0);
        }
    }
    for (size_t i = 0; i < n; i++) /* a counting sort: each call's records, in trace order */
        order[starts[fid[i]]++] = (uint32_t)i;

    memset(out->arg, 0, n * HT_ARGS * sizeof *out->arg);
    memset(out->out, 0, n * HT_OUTS * sizeof *out->out);
    uint32_t first = 0;
    for (size_t id = 0; id < nfile_ids; id++) {
        size_t count = counts[id];
        if (!count)
            continue;
        const uint32_t *rows = order + first;
        first += (uint32_t)count;
        const struct ht_call_desc *desc = &ht_calls[remap[id]];
        for (int slot = 0; slot < desc->nargs; slot++) {
            if (read_stream(&r, count, UINT64_MAX, values))
                return -1;
            uint8_t bits = desc->arg_bits[slot];
            for (size_t k = 0; k < count; k++) {
                if (bits < 64 && values[k] >> bits) {
                    err->row = rows[k];
                    err->col = (uint64_t)slot;
                    err->call = (uint64_t)remap[id];
                    err->value = values[k];
                    return fail(err, HT_DECODE_ARG_WIDTH, r.index - 1);
                }
                out->arg[(size_t)rows[k] * HT_ARGS + (size_t)slot] = values[k];
            }
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
        for (size_t k = 0; k < count; k++)
            out->err[rows[k]] = (uint16_t)values[k];
        for (int slot = 0; slot < desc->nouts; slot++) {
            if (read_stream(&r, succeeded, UINT64_MAX, values))
                return -1;
            size_t next = 0;
            for (size_t k = 0; k < count; k++) {
                size_t row = rows[k];
                if (out->rc[row] != -1)
                    out->out[row * HT_OUTS + (size_t)slot] = values[next++];
            }
        }
    }
    if (r.index != nstreams || r.offset != len) {
        err->value = nstreams - r.index;
        err->need = len - r.offset;
        return fail(err, HT_DECODE_LEFT_OVER, r.index);
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
