/*
 * State-driven insertions (fuzz_want.c): the calls a family asks for before a call whose
 * state was new, written in the fuzz grammar for the mutator.
 */
#ifndef HT_FUZZ_WANT_H
#define HT_FUZZ_WANT_H

#include "fuzz_grammar.h"

#define FZ_WANTS 2          /* calls a kept input may ask for */
#define FZ_WANT_BYTES 128   /* the most one takes in the grammar */
#define FZ_WANT_NOTES 4     /* calls of one input whose wants are noted */

/* w in the grammar into out (at most cap bytes); 0 when it does not fit or names a call
 * without a selector. */
size_t fz_want_encode(const struct ht_fuzz_want *w, uint8_t *out, size_t cap);

/* A new input: nothing noted yet. */
void fz_want_reset(void);

/* Whether another call of the current input can be noted. */
bool fz_want_room(void);

/* The wants of the call rec (the input's call index), read from the machine before it
 * runs (its lists in pool, pool_words): a call whose state may be new. */
void fz_want_note(ht_machine *m, const ht_call_rec *rec, size_t index, const uint64_t *pool,
                  size_t pool_words);

/* Adds w to the wants of call rec (the input's call index), noting the call if it was not
 * (after it ran: fuzz.c's failure points); false when there is no room left. */
bool fz_want_add(const ht_call_rec *rec, size_t index, const struct ht_fuzz_want *w);

/* Forgets the note of call index, the last noted, whose state turned out not new. */
void fz_want_drop(size_t index);

/* Want i of call index of the current input, in *bytes, and whether it is a follow-up
 * (appended after the call, ht_fuzz_want.after) in *after; its length, 0 for none. */
size_t fz_want_pending(size_t index, size_t i, const uint8_t **bytes, bool *after);

/* The caller of call index of the current input, as a literal caller byte and its domain
 * and vcpu, in out; 4, or 0 when that call asked for nothing.  Inserting a call before it
 * may change who a caller byte names (a guest's own call by the previous call's guest), so
 * the mutator names its caller outright along with the insertion. */
size_t fz_want_caller(size_t index, uint8_t out[4]);

#endif
