/*
 * State-driven insertions (issue 18, deep8): the calls a family asks for before a call whose
 * state the fuzzer had not seen (ht_family_ops.fuzz_want), written out in the fuzz grammar
 * (fuzz.c's header comment) so that the mutator can insert them before that call in the
 * kept input (fuzz_mutate.c want_insertion).
 *
 * A state class tells the fuzzer how close a call came to a check's other side (an
 * exchange's free blocks below its address limit, the status frames a mapping holds when a
 * guest leaves v2); the input that reached a class is kept, but the call that moves the
 * class one step on is a specific call with specific values (the decrease of the gfn that
 * backs the frame below the limit; the unmap of the mapping that holds the frame), which
 * random insertions reach one time in tens of thousands.  The family that computed the
 * class knows which call that is, as syzkaller's descriptions know which call makes the
 * resource another needs.  Fuzzing feedback only: nothing here models Xen.
 */
#include <string.h>

#include "fuzz_want.h"

/* The wants of the calls of the current input whose state may be new (fuzz.c), encoded,
 * with each call's index and caller. */
static struct note {
    size_t at, n;
    uint8_t bytes[FZ_WANTS][FZ_WANT_BYTES];
    size_t len[FZ_WANTS];
    bool after[FZ_WANTS];  /* a follow-up (ht_fuzz_want.after) */
    uint16_t caller, vcpu;
} notes[FZ_WANT_NOTES];
static size_t nnotes;

struct out {
    uint8_t *b;
    size_t len, cap;
    bool full;
};

static void put(struct out *o, uint8_t v)
{
    if (o->len < o->cap)
        o->b[o->len++] = v;
    else
        o->full = true;
}

/* A literal scalar: the control byte, then the value's width in bytes, little endian; a
 * value below 256 as a small number (the control byte and the value: the decoder's
 * HT_FUZZ_CTRL_SMALL is the payload itself), two bytes where a 16-bit literal took three
 * and a 64-bit one nine.  Since res12: a counter climbed a want at a time (a domain's ioreq
 * servers, a create each) grows its kept input by every want it inserts, and libFuzzer's
 * inputs stop at 256 bytes: a chain whose first step was kept from a long input ran out of
 * room before the counter crossed its threshold. */
static void literal(struct out *o, uint8_t bits, uint64_t v)
{
    if (v < 256) {
        put(o, HT_FUZZ_CTRL_SMALL);
        put(o, (uint8_t)v);
        return;
    }
    put(o, HT_FUZZ_CTRL_LITERAL);
    for (size_t i = 0; i < fz_scalar_bytes(HT_FUZZ_CTRL_LITERAL, bits); i++)
        put(o, (uint8_t)(v >> (8 * i)));
}

/* Whether argument a is the length argument of an IN or INOUT list of the call. */
static bool in_list_length(const struct ht_call_desc *d, int a)
{
    for (int b = 0; b < d->nargs && b < HT_MAX_ARGS; b++) {
        const struct ht_list_desc *l = fz_list_of(d, b);
        if (l && l->length_slot == a && l->direction != HT_DIR_OUT)
            return true;
    }
    return false;
}

size_t fz_want_encode(const struct ht_fuzz_want *w, uint8_t *out, size_t cap)
{
    if (w->call >= HT_NCALLS || w->nwords > HT_FUZZ_WANT_WORDS)
        return 0;
    int32_t selector = ht_fuzz_selector_for_call(w->call);
    if (selector < 0)
        return 0;
    const struct ht_call_desc *d = &ht_calls[w->call];
    bool counted = false;
    for (int a = 0; a < HT_MAX_ARGS; a++)
        counted |= w->count[a] != 0;
    size_t next = 0;  /* the next list's first word, when counted */
    struct out o = {out, 0, cap, false};
    put(&o, (uint8_t)((uint32_t)selector >> 8));
    put(&o, (uint8_t)selector);
    if (w->caller == 0 && d->caller != HT_CALLER_GUEST) {
        put(&o, 0);  /* domain 0: a caller byte of mode 0 (fuzz_decode.c decode_caller) */
    } else {
        put(&o, HT_FUZZ_CALLER_LITERAL);
        put(&o, (uint8_t)w->caller);
        put(&o, (uint8_t)(w->caller >> 8));
        put(&o, 0);  /* vcpu 0 */
    }
    for (int a = 0; a < d->nargs && a < HT_MAX_ARGS; a++) {
        const struct ht_list_desc *l = fz_list_of(d, a);
        if (l && l->direction == HT_DIR_OUT) {
            put(&o, 0);  /* room for what its length claims */
        } else if (l) {
            /* One plain chunk of the elements written out, each field a literal. */
            uint32_t n = counted ? w->count[a] : l->stride ? w->nwords / l->stride : 0;
            const uint64_t *words = w->word + (counted ? next : 0);
            if (n >= HT_FUZZ_LIST_ELEMENTS || (l->length_slot == 0xff && n != l->fixed_length))
                return 0;
            if (counted && (size_t)n * l->stride > w->nwords - next)
                return 0;  /* more elements than words */
            next += counted ? (size_t)n * l->stride : 0;
            put(&o, (uint8_t)n);
            for (uint32_t e = 0; e < n; e++)
                for (uint32_t f = 0; f < l->stride; f++)
                    literal(&o, l->field_bits[f], words[e * l->stride + f]);
        } else if (in_list_length(d, a)) {
            put(&o, 0);  /* a pool pick: the list's own length */
            put(&o, 0);
        } else {
            literal(&o, d->arg_bits[a], w->arg[a]);
        }
    }
    return o.full ? 0 : o.len;
}

void fz_want_reset(void)
{
    nnotes = 0;
}

bool fz_want_room(void)
{
    return nnotes < FZ_WANT_NOTES;
}

void fz_want_drop(size_t index)
{
    if (nnotes && notes[nnotes - 1].at == index)
        nnotes--;
}

static const struct note *note_at(size_t index)
{
    for (size_t i = 0; i < nnotes; i++)
        if (notes[i].at == index)
            return &notes[i];
    return NULL;
}

void fz_want_note(ht_machine *m, const ht_call_rec *rec, size_t index, const uint64_t *pool,
                  size_t pool_words)
{
    if (nnotes >= FZ_WANT_NOTES)
        return;
    struct note *note = &notes[nnotes++];
    note->at = index;
    note->n = 0;
    note->caller = rec->caller;
    note->vcpu = rec->vcpu;
    if (rec->call >= HT_NCALLS)
        return;
    const struct ht_family_ops *ops = ht_families[ht_calls[rec->call].family];
    uint8_t slot = ht_slot(m, rec->caller);
    if (!ops->fuzz_want || slot == HT_NO_SLOT)
        return;
    struct ht_fuzz_want want[FZ_WANTS];
    memset(want, 0, sizeof want);
    /* The call's lists readable, as fuzz.c lends them to fuzz_class (an exchange's header):
     * only the words the decoder wrote, read only. */
    uint64_t *held = m->pool;
    size_t held_words = m->pool_words;
    m->pool = (uint64_t *)(uintptr_t)pool;
    m->pool_words = pool ? pool_words : 0;
    uint32_t n = ops->fuzz_want(m, rec->call, rec->arg, slot, want, FZ_WANTS);
    m->pool = held;
    m->pool_words = held_words;
    for (uint32_t i = 0; i < n && i < FZ_WANTS; i++) {
        size_t len = fz_want_encode(&want[i], note->bytes[note->n], FZ_WANT_BYTES);
        if (len) {
            note->after[note->n] = want[i].after != 0;
            note->len[note->n++] = len;
        }
    }
}

bool fz_want_add(const ht_call_rec *rec, size_t index, const struct ht_fuzz_want *w)
{
    struct note *note = NULL;
    for (size_t i = 0; i < nnotes && !note; i++)
        if (notes[i].at == index)
            note = &notes[i];
    if (!note) {
        if (nnotes >= FZ_WANT_NOTES)
            return false;
        note = &notes[nnotes++];
        *note = (struct note){.at = index, .n = 0, .caller = rec->caller, .vcpu = rec->vcpu};
    }
    if (note->n >= FZ_WANTS)
        return false;
    size_t len = fz_want_encode(w, note->bytes[note->n], FZ_WANT_BYTES);
    if (len) {
        note->after[note->n] = w->after != 0;
        note->len[note->n++] = len;
    }
    return true;
}

size_t fz_want_pending(size_t index, size_t i, const uint8_t **bytes, bool *after)
{
    const struct note *note = note_at(index);
    if (!note || i >= note->n)
        return 0;
    *bytes = note->bytes[i];
    *after = note->after[i];
    return note->len[i];
}

size_t fz_want_caller(size_t index, uint8_t out[4])
{
    const struct note *note = note_at(index);
    if (!note || note->n == 0)
        return 0;
    out[0] = HT_FUZZ_CALLER_LITERAL;
    out[1] = (uint8_t)note->caller;
    out[2] = (uint8_t)(note->caller >> 8);
    out[3] = (uint8_t)note->vcpu;
    return 4;
}
