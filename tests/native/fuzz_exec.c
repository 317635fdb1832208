/*
 * Sanitizer test of the fuzz executor, its decoder and the mutator (csrc/fuzz*.c), built
 * with ASan + UBSan by tests/native/test_sanitizers.py:
 *
 *     fuzz_exec SEED ROUNDS
 *
 * It boots a small machine the way fuzz/boot.py does (three domains, sharing on, a paging
 * ring, a page shared and one paged out), snapshots it, and runs ROUNDS inputs through
 * ht_fuzz_exec: random bytes, the mutator's inputs (grown from earlier ones, so lists, long
 * lists and callers of every kind come up), dictionary entries spliced in, and inputs cut
 * anywhere; the second half of the rounds with the mutator's scheduling on.  Every buffer
 * is allocated at exactly the size the API documents, and the word
 * pool at sizes from none to a few words to the full FUZZ_LIST_WORDS, so a write past any of
 * them is a sanitizer report.  It checks what the API promises: at most max_calls calls,
 * the words their lists took within the pool, every list the engine ran inside them, no
 * finding on the clean engine, and the snapshot's digest after a final restore.
 * Exit status 0, or 1 after printing the seed and the offending input.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen/ht_catalogue.h"
#include "haptrace.h"

static uint64_t state;

static uint64_t next64(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static size_t below(size_t n)
{
    return (size_t)(next64() % n);
}

/* The call with the n arguments given and the rest 0 (ht_call reads every argument slot
 * the call has: domain_create's grant and vmtrace limits too). */
static void call_n(ht_machine *m, const char *name, const uint64_t *given, size_t n)
{
    uint64_t args[HT_MAX_ARGS] = {0};
    memcpy(args, given, (n < HT_MAX_ARGS ? n : HT_MAX_ARGS) * sizeof args[0]);
    int32_t id = ht_fuzz_call_id(name);
    if (id < 0 || ht_call(m, (uint32_t)id, args, NULL, 0, NULL) < 0) {
        fprintf(stderr, "fuzz_exec: boot call %s failed\n", name);
        exit(1);
    }
}

#define CALL(m, name, ...)                                                                     \
    call_n(m, name, (const uint64_t[]){__VA_ARGS__},                                           \
           sizeof((const uint64_t[]){__VA_ARGS__}) / sizeof(uint64_t))

static ht_machine *boot(void)
{
    ht_host_config config = {0};
    config.total_frames = 128;
    config.gfn_capacity = 65536;
    config.share_capacity = 24;
    config.xenheap_units = 96;
    config.audit_compiled = 1;
    char error[256];
    ht_machine *m = ht_machine_new(&config, error, sizeof error);
    if (!m) {
        fprintf(stderr, "fuzz_exec: %s\n", error);
        exit(1);
    }
    const uint64_t domains[3][6] = {{1, 32, 32, 48, 2, 1}, {2, 32, 32, 48, 2, 1},
                                    {3, 16, 16, 32, 1, 0}};
    for (int d = 0; d < 3; d++)
        call_n(m, "domain_create", domains[d], 6);
    CALL(m, "memshr_control", 1, 1);
    CALL(m, "memshr_control", 2, 1);
    CALL(m, "set_hvm_param", 2, 27, 31);
    CALL(m, "mem_paging_enable", 2);
    CALL(m, "memshr_nominate_gfn", 1, 8);
    CALL(m, "memshr_nominate_gfn", 2, 8);
    CALL(m, "memshr_share_gfns", 1, 8, 2, 2, 8, 3);
    CALL(m, "mem_paging_nominate", 2, 10);
    CALL(m, "mem_paging_evict", 2, 10);
    ht_fuzz_seed_pair(m, 1, 8, 2);
    ht_fuzz_seed_pair(m, 2, 10, 0);
    ht_set_oracle(m, 1);
    if (ht_check(m, NULL, 0)) {
        fprintf(stderr, "fuzz_exec: the booted machine violates an invariant\n");
        exit(1);
    }
    ht_snapshot(m);
    return m;
}

static void fail(uint64_t seed, const char *what, const uint8_t *data, size_t len)
{
    fprintf(stderr, "fuzz_exec: seed %" PRIu64 ": %s\ninput:", seed, what);
    for (size_t i = 0; i < len; i++)
        fprintf(stderr, " %02x", data[i]);
    fprintf(stderr, "\n");
    exit(1);
}

/* A dictionary entry, exactly as large as it is. */
static uint8_t *dict_entry(uint32_t index, size_t *len)
{
    uint8_t scratch[4096];
    *len = ht_fuzz_dict_entry(index, scratch, sizeof scratch);
    uint8_t *out = malloc(*len ? *len : 1);
    memcpy(out, scratch, *len);
    return out;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fuzz_exec SEED ROUNDS\n");
        return 2;
    }
    uint64_t seed = strtoull(argv[1], NULL, 10);
    unsigned long rounds = strtoul(argv[2], NULL, 10);
    state = seed;
    ht_machine *m = boot();
    uint64_t digest = ht_state_digest(m);
    uint32_t entries = 0;
    while (ht_fuzz_dict_entry(entries, (uint8_t[256]){0}, 256))
        entries++;

    const size_t pools[] = {0, 1, 7, 64, 4097, HT_FUZZ_LIST_WORDS};
    size_t spec_len = ht_fuzz_spec_keys();
    uint8_t *features = malloc(HT_FUZZ_FEATURES), *spec = malloc(spec_len);
    uint64_t totals[2] = {0, 0};
    ht_fuzz_sinks sinks = {features, spec, spec_len, totals};
    uint8_t *input = NULL;
    size_t len = 0, inputs = 0, lists = 0, refused = 0, guests = 0;

    for (unsigned long round = 0; round < rounds; round++) {
        /* The second half with scheduling on, as the harness runs: the executor keeps inputs
         * that reach new state, with the calls they ask for (wants, fail-nth faults), and
         * the mutator mutates, splices and inserts from them. */
        if (round == rounds / 2)
            ht_fuzz_favour(1);
        /* The next input: random bytes, a mutation, a dictionary splice, a cut. */
        size_t roll = below(10), max = 1 + below(600);
        uint8_t *next;
        size_t next_len;
        if (roll == 0 || !input) {
            next_len = below(400);
            next = malloc(next_len ? next_len : 1);
            for (size_t i = 0; i < next_len; i++)
                next[i] = (uint8_t)next64();
        } else if (roll == 1 && entries) {
            size_t entry_len;
            uint8_t *entry = dict_entry((uint32_t)below(entries), &entry_len);
            size_t at = below(len + 1);
            next_len = len + entry_len;
            next = malloc(next_len ? next_len : 1);
            memcpy(next, input, at);
            memcpy(next + at, entry, entry_len);
            memcpy(next + at + entry_len, input + at, len - at);
            free(entry);
        } else if (roll == 2) {
            next_len = below(len + 1);
            next = malloc(next_len ? next_len : 1);
            memcpy(next, input, next_len);
        } else {
            size_t cap = max + HT_FUZZ_MUTATE_SLACK;
            uint8_t *out = malloc(cap);
            next_len = ht_fuzz_mutate(input, len, max, (uint32_t)next64(), out, cap);
            if (next_len > max)
                fail(seed, "the mutator wrote past max_size", input, len);
            next = malloc(next_len ? next_len : 1);
            memcpy(next, out, next_len);
            free(out);
        }
        free(input);
        input = next;
        len = next_len;

        uint32_t max_calls = 1 + (uint32_t)below(HT_FUZZ_MAX_CALLS);
        size_t words = pools[below(sizeof pools / sizeof pools[0])];
        ht_fuzz_buffers out = {
            malloc(max_calls * sizeof(ht_call_rec)),
            malloc(max_calls * sizeof(ht_fuzz_call)),
            malloc(HT_FUZZ_FEATURES_PER_CALL * max_calls * sizeof(uint32_t)),
            malloc(max_calls * sizeof(uint32_t)),
            words ? malloc(words * sizeof(uint64_t)) : NULL,
            words,
        };
        ht_fuzz_result res;
        memset(features, 0, HT_FUZZ_FEATURES);
        uint32_t finding = ht_fuzz_exec(m, input, len, max_calls, HT_FUZZ_CHECK_INVARIANTS, &out,
                                        &res, &sinks);
        inputs++;
        if (finding != HT_FUZZ_NONE)
            fail(seed, "a finding on the clean engine", input, len);
        if (res.ncalls > max_calls || res.words > words)
            fail(seed, "more calls or list words than the buffers hold", input, len);
        for (uint32_t i = 0; i < res.ncalls; i++) {
            const ht_call_rec *rec = &out.calls[i];
            guests += rec->caller != 0;
            if (out.outcomes[i].raw <= HT_RAW_REFUSED_LIMIT) {
                refused++;
                continue;
            }
            for (int a = 0; a < HT_MAX_ARGS; a++) {
                if (!ht_calls[rec->call].arg_list[a] || !rec->arg[a])
                    continue;
                uint64_t offset = rec->arg[a] >> HT_LIST_SHIFT, count = (uint32_t)rec->arg[a];
                const struct ht_list_desc *l = &ht_lists[ht_calls[rec->call].arg_list[a] - 1];
                lists++;
                if (offset + count * l->stride > res.words)
                    fail(seed, "a list the engine ran lies outside the words taken", input,
                         len);
            }
        }
        for (int k = 0; k < 5; k++)
            free(k == 0 ? (void *)out.calls : k == 1 ? (void *)out.outcomes
                         : k == 2 ? (void *)out.features : k == 3 ? (void *)out.spec
                                                                  : (void *)out.pool);
    }
    ht_restore(m);
    if (ht_state_digest(m) != digest)
        fail(seed, "the snapshot's digest did not come back", input, len);
    if (totals[0] != inputs || lists == 0 || guests == 0)
        fail(seed, "the sinks' counts, or no lists or guest callers at all", input, len);
    printf("fuzz_exec: seed %" PRIu64 ": %zu inputs, %zu lists, %zu refused calls, %zu guest"
           " callers; digest restored\n",
           seed, inputs, lists, refused, guests);
    free(input);
    free(features);
    free(spec);
    ht_machine_free(m);
    return 0;
}
