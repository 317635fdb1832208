/*
 * Entry points: one call (by array or by fixed arity, the latter for the per-call Python
 * API), and batches.  The dispatch table and the argument widths come from the generated
 * catalogue; every argument is checked against its C width before any handler runs.
 */
#include <string.h>

#include "engine.h"

static int64_t refuse(ht_machine *m, int64_t raw)
{
    memset(&m->last, 0, sizeof m->last);
    m->last.rc = -1;
    m->last.reason = raw == HT_RAW_UNKNOWN_CALL ? HT_R_REFUSED_UNKNOWN_CALL
                                                : HT_R_REFUSED_ARGUMENT_WIDTH;
    return raw;
}

int64_t ht_run(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    if (call >= HT_NCALLS)
        return refuse(m, HT_RAW_UNKNOWN_CALL);
    const struct ht_call_desc *desc = &ht_calls[call];
    for (int i = 0; i < desc->nargs; i++) {
        if (desc->arg_bits[i] < 64 && (arg[i] >> desc->arg_bits[i]) != 0)
            return refuse(m, HT_RAW_BAD_ARG0 - i);
    }
    uint64_t out[HT_MAX_OUTS] = {0};
    m->last.reason = HT_R_NONE;
    if (m->oracle_on)
        oracle_pre(m, call, arg);
    int64_t raw = ht_handlers[call](m, arg, out);
    if (raw < 0)
        memset(out, 0, sizeof out);  /* outputs exist only on success */
    if (m->oracle_on)
        oracle_post(m, call, arg, raw, out);
    m->last.rc = raw < 0 ? -1 : raw;
    m->last.err = raw < 0 ? (uint32_t)-raw : 0;
    memcpy(m->last.out, out, sizeof out);
    return raw;
}

int64_t ht_call(ht_machine *m, uint32_t call, const uint64_t *args, ht_result *res)
{
    uint64_t arg[HT_MAX_ARGS] = {0};
    if (call < HT_NCALLS)
        memcpy(arg, args, ht_calls[call].nargs * sizeof *arg);
    int64_t raw = ht_run(m, call, arg);
    if (res)
        *res = m->last;
    return raw;
}

/* raw * HT_PACK + reason.  Success values never approach 2^47 (they are counts of pages
 * or domains), so the product cannot overflow; clamping keeps that a guarantee. */
static int64_t packed(ht_machine *m, const uint64_t *arg, uint32_t call)
{
    int64_t raw = ht_run(m, call, arg);
    if (raw >= (INT64_C(1) << 47))
        raw = (INT64_C(1) << 47) - 1;
    return raw * HT_PACK + (int64_t)(m->last.reason & 0xffffu);
}

int64_t ht_call0(ht_machine *m, uint32_t call)
{
    const uint64_t arg[HT_MAX_ARGS] = {0};
    return packed(m, arg, call);
}

int64_t ht_call1(ht_machine *m, uint32_t call, uint64_t a0)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0};
    return packed(m, arg, call);
}

int64_t ht_call2(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1};
    return packed(m, arg, call);
}

int64_t ht_call3(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2};
    return packed(m, arg, call);
}

int64_t ht_call4(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2, a3};
    return packed(m, arg, call);
}

int64_t ht_call5(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2, a3, a4};
    return packed(m, arg, call);
}

int64_t ht_call6(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2, a3, a4, a5};
    return packed(m, arg, call);
}

const ht_result *ht_last(const ht_machine *m)
{
    return &m->last;
}

/* Functions with the signatures of ht_call0..ht_call6 that do nothing: the benchmark's
 * floor for the per-call API, a bare cffi call of the same arity. */
int64_t ht_noop0(ht_machine *m, uint32_t call)
{
    (void)m;
    return (int64_t)call;
}

int64_t ht_noop1(ht_machine *m, uint32_t call, uint64_t a0)
{
    return ht_noop0(m, call) + (int64_t)(a0 & 0);
}

int64_t ht_noop2(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1)
{
    return ht_noop1(m, call, a0) + (int64_t)(a1 & 0);
}

int64_t ht_noop3(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2)
{
    return ht_noop2(m, call, a0, a1) + (int64_t)(a2 & 0);
}

int64_t ht_noop4(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3)
{
    return ht_noop3(m, call, a0, a1, a2) + (int64_t)(a3 & 0);
}

int64_t ht_noop5(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4)
{
    return ht_noop4(m, call, a0, a1, a2, a3) + (int64_t)(a4 & 0);
}

int64_t ht_noop6(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5)
{
    return ht_noop5(m, call, a0, a1, a2, a3, a4) + (int64_t)(a5 & 0);
}

int ht_code_documented(const ht_machine *m, uint32_t call, uint32_t err)
{
    if (call >= HT_NCALLS || err >= 64)
        return 0;
    return (int)((ht_calls[call].doc_codes[m->profile] >> err) & 1u);
}

void ht_set_oracle(ht_machine *m, int on)
{
    m->oracle_on = on != 0;
}

size_t ht_batch(ht_machine *m, const ht_call_rec *calls, size_t n, ht_result *results,
                uint32_t flags, uint32_t *stop_reason)
{
    bool oracle_was = m->oracle_on;
    if (flags & HT_BATCH_CHECK_INVARIANTS)
        m->oracle_on = true;
    uint32_t stop = 0;
    size_t i = 0;
    while (i < n) {
        const ht_call_rec *c = &calls[i];
        int64_t raw = ht_run(m, c->call, c->arg);
        results[i++] = m->last;
        if (raw <= HT_RAW_REFUSED_LIMIT) {
            if (flags & HT_BATCH_STOP_ON_REFUSED) {
                stop = HT_BATCH_STOP_ON_REFUSED;
                break;
            }
            continue;
        }
        if ((flags & HT_BATCH_STOP_ON_UNDOCUMENTED) && raw < 0 &&
            !ht_code_documented(m, c->call, (uint32_t)-raw)) {
            stop = HT_BATCH_STOP_ON_UNDOCUMENTED;
            break;
        }
        if ((flags & HT_BATCH_CHECK_INVARIANTS) && (m->npending || ht_check(m, NULL, 0))) {
            stop = 8;
            break;
        }
    }
    m->oracle_on = oracle_was;
    if (stop_reason)
        *stop_reason = stop;
    return i;
}
