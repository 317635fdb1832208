/*
 * Hostile chunks for the trace decoder (csrc/codec.c), run under ASan and UBSan by
 * test_sanitizers.py.  Each round builds a random stream directory (codecs and widths
 * valid or not, CONST entries often, so decoding gets deep), a random payload, a random
 * call-id map, a format version (2 mostly: caller and vcpu streams, list counts, element
 * streams and expected output lists, and a declared pool; 1: the file's own argument and
 * output counts), and decodes into buffers of exactly the documented sizes, each allocated
 * on its own so that any write past one is a sanitizer report.  A decode that succeeds
 * must give catalogue call ids, arguments within their widths, lists within their limits
 * and inside the pool without overlapping, and rc/errno pairs that agree.
 *
 *     ./codec_fuzz SEED ROUNDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

static uint64_t state;

static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static uint64_t below(uint64_t n)
{
    return n ? next() % n : 0;
}

static uint64_t any_value(void)
{
    switch (below(4)) {
    case 0:
        return below(3);
    case 1:
        return below(1u << 16);
    case 2:
        return ~0ull - below(3);
    default:
        return next();
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SEED ROUNDS\n", argv[0]);
        return 2;
    }
    state = strtoull(argv[1], NULL, 10) * 0x9e3779b97f4a7c15ull + 1;
    unsigned long rounds = strtoul(argv[2], NULL, 10);
    unsigned long decoded = 0, refused = 0, with_lists = 0, refused_lists = 0;
    for (unsigned long round = 0; round < rounds; round++) {
        size_t n = 1 + below(64);
        size_t nfile_ids = 1 + below(6); /* at most 8: count[] below */
        int32_t *remap = malloc(nfile_ids * sizeof *remap);
        for (size_t i = 0; i < nfile_ids; i++)
            remap[i] = below(5) ? (int32_t)below(HT_NCALLS) : -1;
        uint32_t version = below(4) ? 2 : 1;
        uint8_t *file_nargs = malloc(nfile_ids), *file_nouts = malloc(nfile_ids);
        for (size_t i = 0; i < nfile_ids; i++) {
            const struct ht_call_desc *d = remap[i] >= 0 ? &ht_calls[remap[i]] : &ht_calls[0];
            file_nargs[i] = below(8) ? d->nargs : (uint8_t)below(HT_ARGS + 3);
            file_nouts[i] = below(8) ? d->nouts : (uint8_t)below(HT_OUTS + 3);
        }
        /* Half the rounds build a well-formed chunk (the directory a writer would give
         * for random call ids, CONST streams and shuffled PLAIN ones, lists of a few
         * elements) and then perhaps damage one thing; the other half are random
         * directories and payloads. */
        size_t cap = 1024;
        uint64_t *dir = malloc(3 * cap * sizeof *dir);
        size_t nstreams = 0, len = 0, pool_words = 0;
        uint8_t *payload = malloc(8192);
#define CONST_STREAM(base)                                                               \
    do {                                                                                 \
        uint64_t *e_ = &dir[3 * nstreams++];                                             \
        e_[0] = 2;                                                                       \
        e_[1] = 1;                                                                       \
        e_[2] = (base);                                                                  \
    } while (0)
        if (below(2)) {
            size_t count[8] = {0};
            uint64_t id_stream_base = below(nfile_ids);
            for (size_t i = 0; i < n; i++)
                count[below(2) ? id_stream_base : below(nfile_ids)]++;
            /* the id stream: CONST when one id, else PLAIN bytes giving the ids */
            int one_id = count[id_stream_base] == n;
            dir[0] = one_id ? 2 : 0;
            dir[1] = 1;
            dir[2] = one_id ? id_stream_base : 0;
            nstreams = 1;
            if (!one_id) {
                size_t at = 0;
                for (size_t id = 0; id < nfile_ids; id++)
                    for (size_t k = 0; k < count[id]; k++)
                        payload[at++] = (uint8_t)id;
                for (size_t i = n - 1; i > 0; i--) { /* shuffle the trace order */
                    size_t j2 = below(i + 1);
                    uint8_t t = payload[i];
                    payload[i] = payload[j2];
                    payload[j2] = t;
                }
                len = n;
            }
            if (version >= 2) {
                CONST_STREAM(0);       /* callers: domain 0 */
                CONST_STREAM(below(3)); /* vcpus */
            }
            for (size_t id = 0; id < nfile_ids; id++) {
                if (!count[id] || remap[id] < 0)
                    continue;
                const struct ht_call_desc *d = &ht_calls[remap[id]];
                int nargs = version >= 2 ? d->nargs : file_nargs[id];
                int nouts = version >= 2 ? d->nouts : file_nouts[id];
                uint64_t elements[HT_ARGS] = {0}; /* per list slot: elements in the group */
                for (int a = 0; a < nargs && nstreams + 32 < cap; a++) {
                    uint8_t list = version >= 2 && a < d->nargs ? d->arg_list[a] : 0;
                    if (list) {
                        /* the same count for the group's records: a few, now and then a
                         * hostile one */
                        uint64_t c = below(8) ? below(4) : any_value();
                        CONST_STREAM(c);
                        if (c <= 4096)
                            elements[a] = c * count[id];
                        pool_words += (size_t)(c <= 4096 ? c * count[id] : 0) *
                                      ht_lists[list - 1].stride;
                    } else if (below(3) == 0 && len + count[id] * 2 < 8000) {
                        uint64_t *e = &dir[3 * nstreams++];
                        e[0] = 0; /* PLAIN, 2 bytes a value, small values */
                        e[1] = 2;
                        e[2] = 0;
                        for (size_t v = 0; v < 2 * count[id]; v++)
                            payload[len++] = (uint8_t)(v < count[id] ? below(16) : 0);
                    } else {
                        CONST_STREAM(0);
                    }
                }
                for (int pass = 0; pass < 2; pass++) { /* input elements, then rc.. */
                    if (pass == 1) {
                        CONST_STREAM(0); /* rc 0 */
                        CONST_STREAM(0); /* errno 0 */
                        for (int o = 0; o < nouts && nstreams < cap; o++)
                            CONST_STREAM(0);
                    }
                    for (int a = 0; version >= 2 && a < nargs; a++) {
                        if (!d->arg_list[a])
                            continue;
                        const struct ht_list_desc *l = &ht_lists[d->arg_list[a] - 1];
                        int wanted = pass == 0 ? l->direction != HT_DIR_OUT
                                               : l->direction != HT_DIR_IN;
                        for (uint32_t f = 0; wanted && f < l->stride && nstreams < cap; f++) {
                            if (elements[a] && below(2) && len + elements[a] < 8000) {
                                uint64_t *e = &dir[3 * nstreams++];
                                e[0] = 0; /* PLAIN, 1 byte an element */
                                e[1] = 1;
                                e[2] = 0;
                                for (uint64_t v = 0; v < elements[a]; v++)
                                    payload[len++] = (uint8_t)next();
                            } else {
                                CONST_STREAM(below(4) ? below(0x100) : any_value());
                            }
                        }
                    }
                }
            }
            switch (below(10)) { /* damage one thing, or nothing */
            case 0:
                if (nstreams)
                    dir[3 * below(nstreams) + below(3)] = any_value();
                break;
            case 1:
                if (len)
                    payload[below(len)] ^= (uint8_t)(1u << below(8));
                break;
            case 2:
                if (nstreams)
                    nstreams--;
                break;
            case 3:
                len = len ? len - 1 : 0;
                break;
            case 4:
                pool_words += below(3);
                break;
            case 5:
                pool_words = pool_words ? pool_words - 1 : 0;
                break;
            default:
                break;
            }
        } else {
            static const uint64_t widths[] = {1, 2, 4, 8, 0, 3};
            nstreams = below(48);
            for (size_t st = 0; st < nstreams; st++) {
                dir[3 * st] = below(8) ? below(3) : 3 + below(5); /* codec */
                dir[3 * st + 1] = widths[below(8) ? below(4) : 4 + below(2)];
                dir[3 * st + 2] = below(2) ? below(nfile_ids + 2) : any_value();
                if (below(3) == 0)
                    dir[3 * st] = 2; /* CONST: no payload needed, so decoding goes deeper */
            }
            len = below(4) ? below(n * 24) : below(64);
            for (size_t i = 0; i < len; i++)
                payload[i] = (uint8_t)(below(3) ? below(4) : next());
            pool_words = below(2) ? below(64) : 0;
        }
        if (version == 1)
            pool_words = 0;
        /* The payload exactly as long as len, so reading past it is a sanitizer report. */
        uint8_t *exact = malloc(len + 1);
        memcpy(exact, payload, len);
        free(payload);
        payload = exact;

        ht_chunk_out out = {
            malloc(n * sizeof(uint16_t)),
            malloc(n * sizeof(uint16_t)),
            malloc(n * sizeof(uint16_t)),
            malloc(n * HT_ARGS * sizeof(uint64_t)),
            malloc(n * sizeof(int64_t)),
            malloc(n * sizeof(uint16_t)),
            malloc(n * HT_OUTS * sizeof(uint64_t)),
            pool_words ? malloc(pool_words * sizeof(uint64_t)) : NULL,
            pool_words ? malloc(pool_words * sizeof(uint64_t)) : NULL,
        };
        ht_chunk_in in = {payload, len, dir, nstreams, n, pool_words, remap, nfile_ids,
                          version == 1 ? file_nargs : NULL, version == 1 ? file_nouts : NULL,
                          version};
        void *scratch = malloc(ht_decode_scratch_bytes(n, nfile_ids, pool_words));
        ht_decode_error err;
        int rc = ht_decode_chunk(&in, scratch, &out, &err);
        if (rc == 0) {
            decoded++;
            with_lists += pool_words > 0;
            uint8_t *used = calloc(pool_words + 1, 1); /* lists must not overlap */
            for (size_t i = 0; i < n; i++) {
                if (out.call[i] >= HT_NCALLS) {
                    fprintf(stderr, "round %lu: call id %u out of range\n", round, out.call[i]);
                    return 1;
                }
                const struct ht_call_desc *d = &ht_calls[out.call[i]];
                for (int a = 0; a < d->nargs; a++) {
                    uint64_t v = out.arg[i * HT_ARGS + a];
                    if (version >= 2 && d->arg_list[a]) {
                        const struct ht_list_desc *l = &ht_lists[d->arg_list[a] - 1];
                        uint64_t c = (uint32_t)v, at = v >> HT_LIST_SHIFT;
                        if (c > l->max_length || (c && at + c * l->stride > pool_words)) {
                            fprintf(stderr, "round %lu: list outside its limits\n", round);
                            return 1;
                        }
                        for (uint64_t w = 0; c && w < c * l->stride; w++) {
                            if (used[at + w]++) {
                                fprintf(stderr, "round %lu: lists overlap\n", round);
                                return 1;
                            }
                        }
                    } else if (d->arg_bits[a] < 64 && !d->arg_list[a] && v >> d->arg_bits[a]) {
                        fprintf(stderr, "round %lu: argument wider than its field\n", round);
                        return 1;
                    }
                }
                if ((out.rc[i] < -1 && out.err[i]) || (out.rc[i] == -1 && !out.err[i])) {
                    fprintf(stderr, "round %lu: rc %lld with errno %u\n", round,
                            (long long)out.rc[i], out.err[i]);
                    return 1;
                }
            }
            free(used);
        } else {
            refused++;
            refused_lists += err.kind >= HT_DECODE_LIST_LENGTH;
            if (err.kind < HT_DECODE_SHORT_DIRECTORY || err.kind > HT_DECODE_BAD_SHAPE) {
                fprintf(stderr, "round %lu: unknown error kind %u\n", round, err.kind);
                return 1;
            }
        }
        free(out.call);
        free(out.caller);
        free(out.vcpu);
        free(out.arg);
        free(out.rc);
        free(out.err);
        free(out.out);
        free(out.pool);
        free(out.expect_pool);
        free(scratch);
        free(payload);
        free(dir);
        free(remap);
        free(file_nargs);
        free(file_nouts);
    }
    printf("%lu rounds: %lu decoded (%lu with lists), %lu refused (%lu for their lists)\n",
           rounds, decoded, with_lists, refused, refused_lists);
    /* a fuzzer that never gets through, or never through lists, proves little */
    return decoded && with_lists && refused_lists ? 0 : 1;
}
