/*
 * State-driven insertions (fuzz_want.c): the calls a family asks for before a call whose
 * state was new, written in the fuzz grammar for the mutator.
 */
#ifndef HT_FUZZ_WANT_H
#define HT_FUZZ_WANT_H

#include "fuzz_grammar.h"

#define FZ_WANTS 2          /* calls a kept input may ask for */
#define FZ_WANT_BYTES 128   /* the most one takes in the grammar */

/* w in the grammar into out (at most cap bytes); 0 when it does not fit or names a call
 * without a selector. */
size_t fz_want_encode(const struct ht_fuzz_want *w, uint8_t *out, size_t cap);

/* A new input: nothing noted yet. */
void fz_want_reset(void);

/* Whether a call of the current input has been noted already. */
bool fz_want_noted(void);

/* The wants of the call rec (the input's call index), read from the machine before it
 * runs (its lists in pool, pool_words), unless an earlier call of the input was noted: the
 * first call whose state may be new. */
void fz_want_note(ht_machine *m, const ht_call_rec *rec, size_t index, const uint64_t *pool,
                  size_t pool_words);

/* Want i of call index of the current input, in *bytes; its length, 0 for none. */
size_t fz_want_pending(size_t index, size_t i, const uint8_t **bytes);

#endif
