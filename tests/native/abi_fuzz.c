/*
 * Hostile hypercalls for the ABI layer (csrc/abi.c), run under ASan and UBSan by
 * test_sanitizers.py.  Each round fills a guest buffer with random bytes sprinkled with
 * pointers into (and just outside) itself and with plausible domctl/sysctl/multicall
 * headers, maps it in one or two regions with random access rights, and issues a random
 * hypercall whose arguments point into it.  The log gets arrays of exactly their declared
 * size, so a write past one is a sanitizer report.  What comes back must be a plausible
 * raw result, and the machine must stay sound (ht_check) and restore exactly.
 *
 *     ./abi_fuzz SEED ROUNDS
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "gen/ht_abi.h"

#define BASE 0x7f0000000000ull
#define SIZE 4096

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

static uint64_t pointer(void)
{
    switch (below(6)) {
    case 0:
        return 0;
    case 1:
        return BASE - below(64);
    case 2:
        return BASE + SIZE - below(128);
    case 3:
        return ~0ull - below(64);
    default:
        return BASE + below(SIZE);
    }
}

static void put64(uint8_t *buf, uint64_t off, uint64_t v)
{
    if (off + 8 <= SIZE)
        memcpy(buf + off, &v, 8);
}

int main(int argc, char **argv)
{
    state = argc > 1 ? strtoull(argv[1], NULL, 0) * 2654435761u + 1 : 1;
    uint64_t rounds = argc > 2 ? strtoull(argv[2], NULL, 0) : 10000;
    char err[256];
    ht_host_config cfg = {.total_frames = 1024, .gfn_capacity = 4096, .share_capacity = 64,
                          .xenheap_units = 256};
    cfg.option[HT_OPT_CREATEDOMAIN_GFNS] = 64;
    ht_machine *m = ht_machine_new(&cfg, err, sizeof err);
    if (!m) {
        fprintf(stderr, "abi_fuzz: %s\n", err);
        return 2;
    }
    for (uint64_t d = 1; d <= 2; d++) {
        uint64_t create[HT_MAX_ARGS] = {d, 64, 96, 128, 2, 1};
        if (ht_call(m, HT_CALL_domain_create, create, NULL, 0, NULL) != 0)
            return 2;
        uint64_t control[HT_MAX_ARGS] = {d, 1};
        ht_call(m, HT_CALL_memshr_control, control, NULL, 0, NULL);
    }
    uint64_t digest = ht_state_digest(m);
    ht_snapshot(m);
    static const uint64_t ops[] = {12, 13, 34, 35, 36, 17, 38, 13, 36, 12};
    uint64_t calls = 0, unsupported = 0, answered = 0;
    for (uint64_t r = 0; r < rounds; r++) {
        uint8_t *buf = malloc(SIZE);
        /* Mostly small bytes: small domain ids, sub-ops and gfns get deep into the calls. */
        for (uint64_t i = 0; i < SIZE; i++)
            buf[i] = (uint8_t)(below(4) ? below(3) : next());
        for (int k = 0; k < 24; k++)
            put64(buf, below(SIZE / 8) * 8, pointer());
        uint64_t op = below(8) ? ops[below(sizeof ops / sizeof *ops)] : below(64);
        static const uint64_t domctls[] = {1, 2, 3, 4, 5, 11, 56, 57, 61, 64, 77, 15};
        static const uint64_t sysctls[] = {3, 6, 1};
        static const uint64_t memops[] = {0, 1, 2, 3, 4, 6, 14, 15, 18, 19, 20, 21, 22, 11};
        uint64_t cmd = below(4) ? below(90) : next();
        if (op == 36 && below(4))
            cmd = domctls[below(sizeof domctls / sizeof *domctls)];
        if (op == 35 && below(4))
            cmd = sysctls[below(sizeof sysctls / sizeof *sysctls)];
        if ((op == 12 || op == 13) && below(4))
            cmd = memops[below(sizeof memops / sizeof *memops)];
        if (op == 35 || op == 36) {  /* a header that passes the version check */
            uint32_t header[2] = {(uint32_t)cmd, 0x15};
            memcpy(buf, header, sizeof header);
        }
        if (op == 13) {  /* multicall entries of memory_op with pointer arguments */
            for (uint64_t e = 0; e < 4; e++) {
                put64(buf, e * 64, below(3) ? 12 : below(40));
                put64(buf, e * 64 + 16, below(2) ? cmd : below(30));
                put64(buf, e * 64 + 24, pointer());
            }
        }
        ht_guest_region regions[2];
        size_t nregions = 1;
        uint32_t flags = (uint32_t)(1 + below(3));
        if (below(3) == 0) {  /* two adjacent regions, access split */
            uint64_t cut = below(SIZE);
            regions[0] = (ht_guest_region){BASE, cut, buf, flags, 0};
            regions[1] = (ht_guest_region){BASE + cut, SIZE - cut, buf + cut,
                                            (uint32_t)(1 + below(3)), 0};
            nregions = 2;
        } else {
            regions[0] = (ht_guest_region){BASE, SIZE, buf, flags, 0};
        }
        ht_hypercall_rec hc = {op, {op == 12 ? cmd : BASE + below(64), pointer(), below(8),
                                    pointer(), next()}};
        if (op == 13)
            hc.arg[0] = BASE, hc.arg[1] = below(6);
        if ((op == 35 || op == 36) && below(4))
            hc.arg[0] = BASE;  /* the header written above */
        size_t cap = below(6), pool_cap = below(64);
        ht_abi_call *log_calls = cap ? malloc(cap * sizeof *log_calls) : NULL;
        uint64_t *pool = pool_cap ? malloc(pool_cap * sizeof *pool) : NULL;
        ht_abi_log log = {log_calls, cap, 0, pool, pool_cap, 0};
        ht_abi_outcome out;
        int64_t raw = ht_hypercall(m, HT_ABI_4_17, &hc, regions, nregions, &log, &out);
        if (raw != HT_RAW_UNSUPPORTED && (raw <= -1024 || out.raw != raw)) {
            fprintf(stderr, "abi_fuzz: round %" PRIu64 ": op %" PRIu64 " gave %" PRId64 "\n",
                    r, op, raw);
            return 1;
        }
        calls += log.n;
        unsupported += out.kind == HT_ABI_UNSUPPORTED;
        answered += out.kind == HT_ABI_ANSWERED;
        free(log_calls);
        free(pool);
        free(buf);
        if (r % 64 == 63) {
            ht_violation v[4];
            size_t n = ht_check(m, v, 4);
            if (n) {
                fprintf(stderr, "abi_fuzz: round %" PRIu64 ": invariant %s violated\n", r,
                        ht_invariant_name(v[0].invariant));
                return 1;
            }
            ht_restore(m);
            if (ht_state_digest(m) != digest) {
                fprintf(stderr, "abi_fuzz: restore was not exact\n");
                return 1;
            }
        }
    }
    ht_snapshot_end(m);
    ht_machine_free(m);
    printf("abi_fuzz: %" PRIu64 " hypercalls, %" PRIu64 " catalogue calls, %" PRIu64
           " answered by the ABI, %" PRIu64 " unsupported; all restores exact\n",
           rounds, calls, answered, unsupported);
    return 0;
}
