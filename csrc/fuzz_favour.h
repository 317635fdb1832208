/*
 * The inputs that reached new engine state, kept for the mutator (issue 18: scheduling).
 *
 * libFuzzer chooses which corpus input to mutate by its own features' rarity; with
 * thousands of inputs that each hold one new outcome or transition, the few that reached a
 * new state class (fuzz.c's third feature per call: a port bound another way, a page of
 * another type) are chosen as rarely as the rest, and the chains of dependent calls the
 * deep bugs need grow from exactly those.  The executor (fuzz.c) copies an input whose run
 * set a state bucket this process had not seen before into a small ring; the mutator
 * (fuzz_mutate.c) mutates one of them instead of libFuzzer's choice now and then (the one
 * whose state is rarest among a few drawn), and splices calls from them into libFuzzer's.  Per process, as libFuzzer's corpus is per
 * worker; off until the harness turns it on (ht_fuzz_favour, haptrace.h), so that elsewhere
 * (tests, tools, the benchmark's random arm) the mutator stays a function of its arguments.
 */
#ifndef HT_FUZZ_FAVOUR_H
#define HT_FUZZ_FAVOUR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FZ_FAVOURED 64           /* inputs kept (the one whose state is most common goes) */
#define FZ_FAVOURED_BYTES 1024   /* longer inputs are not kept (the harness's -max_len is 256) */
#define FZ_KEPT_PER_INPUT 3      /* new states of one input kept, each cut after its call */

/* How many inputs are kept. */
size_t fz_favoured_count(void);

/* Kept input i, its length in *size; NULL when there is no such input. */
const uint8_t *fz_favoured(size_t i, size_t *size);

/* How many calls kept input i's last call asked for (fuzz_want.c), and the w-th of them in
 * the grammar (its length in *size; NULL when there is none): the mutator inserts one
 * before that call, or appends it after that call when *after says it is a follow-up. */
size_t fz_favoured_wants(size_t i);
const uint8_t *fz_favoured_want(size_t i, size_t w, size_t *size, bool *after);
/* The caller of kept input i's last call as it ran, a literal caller (4 bytes), when it
 * asked for a call; NULL otherwise. */
const uint8_t *fz_favoured_want_caller(size_t i);

/* How often the state kept input i was the first to reach has been reached since (its
 * rarity: the mutator prefers the rarest); UINT32_MAX when there is no such input. */
uint32_t fz_favoured_hits(size_t i);

/* How many inputs have run since one reached an outcome no earlier input of the process
 * reached (0 while scheduling is off): the mutator's fresh share grows with it. */
uint64_t fz_stalled_inputs(void);


#endif
