/*
 * multicall (do_multicall, xen/common/multicall.c at RELEASE-4.2.0; the entry's dispatch,
 * do_multicall_call, asm-x86/multicall.h: the PV hypercall table), and the multicall.1 and
 * multicall.2 checks of the transition oracle.
 *
 * An entry names a catalogue call and its argument words (multicall.py gives the layout);
 * it runs through the engine's dispatch as the same caller (ht_run_entry) and its raw
 * result is written back.  4.2 gives multicall to PV domains only.  Continuations are
 * transparent: a preempted batch is re-entered at once, as the guest would re-issue it.
 */
#include <string.h>

#include "engine.h"

#define ENTRY_ARGS 6   /* multicall_entry_t: args[6] */
#define MAX_DEPTH 4    /* the engine's bound on nesting (only the reentry bug nests) */

/* Fields of an entry (multicall.py: ENTRY). */
enum { F_CALL = 0, F_ARG0 = 1, F_RESULT = 1 + ENTRY_ARGS, F_COUNT };
_Static_assert(F_COUNT == HT_MAX_FIELDS, "an entry is eight words");

/* Nothing here is machine state: the nesting flag is set and cleared within one call, and
 * the oracle's copies of the entries live only from a call's start to its end.  None of it
 * is journalled or digested. */
struct multicall_state {
    uint8_t in_multicall[HT_MAX_DOMAINS][HT_MAX_VCPUS];   /* _MCSF_in_multicall */
    uint32_t depth;                                       /* nesting (the reentry bug) */
    /* The oracle's side: entries as they were when each running multicall started. */
    uint32_t odepth;
    uint8_t ended[MAX_DEPTH + 1];   /* the multicall at that level ran an iret entry */
    uint32_t pre_n[MAX_DEPTH + 1];
    uint64_t pre[MAX_DEPTH + 1][HT_MULTICALL_MAX_ENTRIES * F_COUNT];
};

static struct multicall_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_MULTICALL);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct multicall_state);
}

/* The argument slot of multicall's entry list. */
static uint32_t list_slot(void)
{
    const struct ht_call_desc *d = &ht_calls[HT_CALL_multicall];
    uint32_t slot = 0;
    while (slot + 1 < d->nargs && !d->arg_list[slot])
        slot++;
    return slot;
}

/* Whether an entry can be run at all: it names a hypercall of the catalogue, with scalar
 * arguments that fit their C types.  An entry that does not is malformed input, and the
 * whole batch is refused before any entry runs. */
static bool entry_well_formed(const ht_list *calls, uint32_t i)
{
    uint64_t call = 0;
    ht_list_get(calls, i, F_CALL, &call);
    if (call >= HT_NCALLS || ht_calls[call].kind != HT_KIND_HYPERCALL)
        return false;
    const struct ht_call_desc *d = &ht_calls[call];
    for (uint32_t a = 0; a < d->nargs && a < ENTRY_ARGS; a++) {
        uint64_t value = 0;
        ht_list_get(calls, i, F_ARG0 + a, &value);
        if (!d->arg_list[a] && d->arg_bits[a] < 64 && (value >> d->arg_bits[a]) != 0)
            return false;
    }
    return true;
}

/* hypercall_preempt_check(): the host option stands for work that is always pending. */
static bool preempt_pending(const ht_machine *m)
{
    return m->config.option[HT_OPT_HYPERCALL_PREEMPT] != 0;
}

/* An entry's list argument (a nested batch's, the one kind an entry may carry) names a list
 * relative to the batch's own: offset 0 is the batch's list, so `arg0=0x1` is the batch's
 * first entry whether the trace's earlier calls put lists before it in the pool or not
 * (the batch API packs a trace's lists one after another; the per-call API puts each
 * call's at 0).  A reference past the pool stays past it (list_ok refuses it). */
static uint64_t batch_relative(const ht_machine *m, const ht_list *calls, uint64_t ref)
{
    if ((uint32_t)ref == 0 || !m->pool || calls->w < m->pool)
        return ref;
    uint64_t base = (uint64_t)(calls->w - m->pool), offset = ref >> HT_LIST_SHIFT;
    if (offset > m->pool_words || base > m->pool_words - offset)
        return (uint64_t)UINT32_MAX << HT_LIST_SHIFT | (uint32_t)ref;
    return (base + offset) << HT_LIST_SHIFT | (uint32_t)ref;
}

/* do_multicall_call for one entry: the nested case first (the inner do_multicall finds
 * _MCSF_in_multicall set), then what the engine cannot run, then the call itself. */
static int64_t run_entry(ht_machine *m, const ht_list *calls, uint32_t i, bool *unsupported)
{
    uint64_t call = 0, arg[HT_MAX_ARGS] = {0};
    ht_list_get(calls, i, F_CALL, &call);
    for (uint32_t a = 0; a < ENTRY_ARGS; a++)
        ht_list_get(calls, i, F_ARG0 + a, &arg[a]);
    const struct ht_call_desc *d = &ht_calls[call];
    if (call == HT_CALL_multicall && !ht_bug(m, HT_BUG_MULTICALL_REENTRY))
        return -HT_EINVAL;
    for (uint32_t a = 0; a < d->nargs && a < ENTRY_ARGS; a++)
        if (d->arg_list[a])
            arg[a] = batch_relative(m, calls, arg[a]);
    if ((d->nlists && call != HT_CALL_multicall) || d->nargs > ENTRY_ARGS) {
        /* Its lists would need the guest's memory behind the entry's pointers. */
        *unsupported = true;
        return HT_RAW_UNSUPPORTED;
    }
    int64_t raw = ht_run_entry(m, (uint32_t)call, arg);
    if (raw == HT_RAW_UNSUPPORTED)
        *unsupported = true;
    else if (raw <= HT_RAW_REFUSED_LIMIT)
        raw = -HT_EFAULT;   /* (reentry bug) a nested list outside the caller's memory */
    return raw;
}

/* Whether an entry naming `call` ends its batch (XSA-213, 22c096c99d): a PV guest's iret
 * leaves kernel mode (pv_do_multicall_call's mc_exit); 4.17's hvm_do_multicall_call has no
 * such exit (an HVM guest's iret entry is only ENOSYS: no hvm64 slot), and 4.2 gives an
 * HVM guest no multicall at all.  The handler and the multicall.1 check share it. */
static bool iret_ends_batch(const ht_machine *m, uint64_t call)
{
    return call == HT_CALL_iret && !dom_is_hvm(m, m->caller.slot);
}

/* multicall(calls, nr_calls) */
int64_t ht_h_multicall(ht_machine *m, ht_list calls, uint32_t nr_calls)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_MULTICALL, 0);
    if (rc)
        return rc;
    struct multicall_state *s = state(m);
    uint8_t *busy = &s->in_multicall[m->caller.slot][m->caller.vcpu];
    if (*busy) {
        if (!ht_bug(m, HT_BUG_MULTICALL_REENTRY))
            FAIL(EINVAL, MULTICALL_NESTED);
        if (s->depth >= MAX_DEPTH) {
            /* Each level is a do_multicall frame on the hypervisor stack. */
            report_violation(m, HT_INV_MEMORY_SAFETY, m->caller.domid, HT_NONE64, HT_NONE64,
                             MAX_DEPTH, s->depth + 1);
            FAIL(EINVAL, MULTICALL_STACK);
        }
    }
    uint32_t have = nr_calls < calls.n ? nr_calls : calls.n;
    for (uint32_t i = 0; i < have; i++)
        if (!entry_well_formed(&calls, i)) {
            m->last.reason = HT_R_MULTICALL_BAD_ENTRY;
            return HT_RAW_BAD_LIST0 - (int64_t)list_slot();
        }
    bool was_busy = *busy, unsupported = false;
    *busy = 1;
    s->depth++;
    enum ht_reason_id why = HT_R_NONE;
    rc = 0;
    uint32_t i = 0;
    while (i < nr_calls && rc == 0 && why == HT_R_NONE) {
        uint32_t start = i;   /* one invocation; the next is its continuation */
        for (; i < nr_calls; i++) {
            /* 4.2.5 (8c0eed2cc8) never preempts before the first entry. */
            if (preempt_pending(m) && (i > start || ht_bug(m, HT_BUG_MULTICALL_PREEMPT_FIRST)))
                break;
            uint64_t call;
            if (!ht_list_get(&calls, i, F_CALL, &call)) {   /* __copy_from_guest */
                rc = -HT_EFAULT;
                why = HT_R_MULTICALL_SHORT;
                break;
            }
            int64_t raw = run_entry(m, &calls, i, &unsupported);
            ht_list_put(&calls, i, F_RESULT, (uint64_t)raw);
            /* XSA-213 (22c096c99d): an iret leaves kernel mode, so the batch ends there,
             * with that entry's result (a PV guest's: 4.17's hvm_do_multicall_call has no
             * such exit, and an HVM guest's iret entry is only ENOSYS). */
            if (iret_ends_batch(m, call) && !ht_bug(m, HT_BUG_MULTICALL_IRET_CONTINUES)) {
                rc = raw;
                why = HT_R_MULTICALL_EXIT;
                i++;
                break;
            }
        }
        if (i == start && rc == 0 && why == HT_R_NONE) {
            /* The continuation starts where this one did: the guest re-issues the same
             * batch forever. */
            report_violation(m, HT_INV_LIVENESS, m->caller.domid, HT_NONE64, HT_NONE64,
                             start + 1, start);
            why = HT_R_MULTICALL_NO_PROGRESS;
        }
    }
    s->depth--;
    *busy = was_busy;
    if (unsupported)
        UNSUPPORTED(MULTICALL_ENTRY_UNSUPPORTED);
    return ht_ok(m, rc, why);
}

/* ---- multicall.1 and multicall.2 (the transition oracle) ------------------------------ */

static void entries_before(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    struct multicall_state *s = state(m);
    /* A level whose multicall got no oracle_post (the handler refused a malformed entry,
     * or the engine answered unsupported) is stale: every open level has a handler
     * running, so the levels past the handlers' depth are closed here. */
    if (s->odepth > s->depth)
        s->odepth = s->depth;
    if (s->odepth > 0 && s->odepth <= MAX_DEPTH + 1) {
        /* An entry of the running multicall: none may run after its iret. */
        uint32_t level = s->odepth - 1;
        if (s->ended[level])
            report_violation(m, HT_INV_MULTICALL_ENTRIES, m->caller.domid, HT_NONE64,
                             HT_NONE64, HT_CALL_iret, call);
        s->ended[level] |= iret_ends_batch(m, call);
    }
    if (call != HT_CALL_multicall)
        return;
    if (s->odepth > MAX_DEPTH) {
        s->odepth++;
        return;
    }
    ht_list l = ht_call_list(m, call, arg, list_slot());
    uint32_t n = l.n < HT_MULTICALL_MAX_ENTRIES ? l.n : HT_MULTICALL_MAX_ENTRIES;
    if (n)
        memcpy(s->pre[s->odepth], l.w, (size_t)n * F_COUNT * sizeof(uint64_t));
    s->pre_n[s->odepth] = n;
    s->ended[s->odepth] = 0;
    s->odepth++;
}

static void entries_after(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                          const uint64_t *out)
{
    (void)out;
    if (call != HT_CALL_multicall)
        return;
    struct multicall_state *s = state(m);
    if (s->odepth == 0)
        return;
    uint32_t level = --s->odepth;
    if (level > MAX_DEPTH)
        return;
    ht_list l = ht_call_list(m, call, arg, list_slot());
    const uint64_t *pre = s->pre[level];
    uint32_t n = s->pre_n[level] < l.n ? s->pre_n[level] : l.n;
    bool ended = false, changed = false;
    for (uint32_t i = 0; i < n; i++) {
        for (uint32_t f = 0; f < F_COUNT; f++) {
            uint64_t before = pre[i * F_COUNT + f], after = l.w[i * F_COUNT + f];
            if (before == after)
                continue;
            changed = true;
            if (f != F_RESULT || ended)
                report_violation(m, HT_INV_MULTICALL_ENTRIES, m->caller.domid, i, HT_NONE64,
                                 (int64_t)before, (int64_t)after);
        }
        ended |= iret_ends_batch(m, pre[i * F_COUNT + F_CALL]);
    }
    /* A multicall inside another: only -EINVAL, and no entry touched. */
    if (level > 0 && (raw != -HT_EINVAL || changed))
        report_violation(m, HT_INV_MULTICALL_NESTING, m->caller.domid, HT_NONE64, HT_NONE64,
                         -HT_EINVAL, raw);
}

const struct ht_family_ops ht_family_multicall = {
    .state_bytes = state_bytes,
    .oracle_pre = entries_before,
    .oracle_post = entries_after,
};
