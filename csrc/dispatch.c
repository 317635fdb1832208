/*
 * Entry points: one call (by array, or by fixed arity for the per-call Python API), and
 * batches.  The dispatch table, the argument widths and the list descriptions come from the
 * generated catalogue.  Before any handler runs, every scalar is checked against its C
 * width, every list reference against the pool it points into and its refusal limit, and
 * every element of an input list against its fields' widths: a handler only ever sees
 * arguments of the catalogue's shape, and reads lists through ht_list's bounds checks.
 */
#include <string.h>

#include "engine.h"

/* Refused input: no Xen result.  Written to dst, the caller's result slot (m->last for a
 * single call, the batch's own slot for a batch call). */
static int64_t refuse_into(ht_result *dst, int64_t raw)
{
    memset(dst, 0, sizeof *dst);
    dst->rc = -1;
    if (raw == HT_RAW_UNKNOWN_CALL)
        dst->reason = HT_R_REFUSED_UNKNOWN_CALL;
    else if (raw == HT_RAW_BAD_CALLER)
        dst->reason = HT_R_REFUSED_CALLER;
    else if (raw == HT_RAW_CALLER_DOWN)
        dst->reason = HT_R_REFUSED_CALLER_DOWN;
    else if (raw <= HT_RAW_BAD_LIST0)
        dst->reason = HT_R_REFUSED_LIST;
    else
        dst->reason = HT_R_REFUSED_ARGUMENT_WIDTH;
    return raw;
}

static int64_t refuse(ht_machine *m, int64_t raw)
{
    return refuse_into(&m->last, raw);
}

static inline uint32_t list_offset(uint64_t ref)
{
    return (uint32_t)(ref >> HT_LIST_SHIFT);
}

static inline uint32_t list_count(uint64_t ref)
{
    return (uint32_t)ref;
}

ht_list ht_list_at(ht_machine *m, uint64_t ref, uint32_t index)
{
    uint32_t n = list_count(ref);
    ht_list l = {NULL, n, ht_lists[index].stride, &m->list_written[index]};
    if (n)
        l.w = m->pool + list_offset(ref);
    return l;
}

/* Whether the list in slot i lies inside the pool, within its limit, with input elements
 * of the right widths; OUT lists are cleared, so a handler never reads stale words. */
static bool list_ok(ht_machine *m, const struct ht_list_desc *d, uint64_t ref)
{
    uint64_t n = list_count(ref), offset = list_offset(ref);
    if (n > d->max_length)
        return false;
    if (d->length_slot == 0xff && n != d->fixed_length)
        return false;
    if (n == 0)
        return true;
    uint64_t words = n * d->stride;
    if (!m->pool || offset > m->pool_words || words > m->pool_words - offset)
        return false;
    uint64_t *w = m->pool + offset;
    if (d->direction == HT_DIR_OUT) {
        memset(w, 0, words * sizeof *w);
        return true;
    }
    for (uint64_t i = 0; i < n; i++)
        for (uint32_t f = 0; f < d->stride; f++)
            if (d->field_bits[f] < 64 && (w[i * d->stride + f] >> d->field_bits[f]) != 0)
                return false;
    return true;
}

static inline __attribute__((always_inline)) int64_t
run(ht_machine *m, uint32_t call, const uint64_t *arg, bool entry, bool scalars_checked,
    ht_result *dst);

int64_t ht_run(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    return run(m, call, arg, false, false, &m->last);
}

int64_t ht_run_scalars_checked(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    return run(m, call, arg, false, true, &m->last);
}

/* A multicall entry's result is its raw value, which the multicall writes back; its other
 * outputs go nowhere (do_multicall, xen/common/multicall.c at RELEASE-4.2.0 and
 * RELEASE-4.17.0, copies back only the entry's result field: the sub-call writes the rest
 * into its own guest structures, which the entry does not carry).  They go to a scratch result, not m->last: the multicall's own outputs
 * may be m->last's (a single call) while its handler runs the entries. */
int64_t ht_run_entry(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    ht_result scratch;
    int64_t raw = run(m, call, arg, true, false, &scratch);
    m->last.reason = scratch.reason;   /* a refused entry's reason too, as for a single call */
    return raw;
}

/* Runs one call and writes its result to dst: m->last for a single call, the batch's own
 * result slot for a batch call, so the handler's outputs land where the caller reads them
 * with no copy (the batch is bound by its record and result streams).  Handlers say why
 * through m->last.reason in either case: it is copied to dst at the end.  Inlined into its
 * callers: the batch loop is the hot one, and a call's entry and exit cost was a
 * measurable part of it.  scalars_checked (the ABI layer's calls): the caller has tested
 * the scalar arguments against their widths, and a call without lists is not tested again. */
static inline __attribute__((always_inline)) int64_t
run(ht_machine *m, uint32_t call, const uint64_t *arg, bool entry, bool scalars_checked,
    ht_result *dst)
{
    if (call >= HT_NCALLS)
        return refuse_into(dst, HT_RAW_UNKNOWN_CALL);
    const struct ht_call_desc *desc = &ht_calls[call];
    if (desc->nlists == 0) {
        if (scalars_checked)
            goto checked;  /* the caller tested every argument against its width */
        /* Scalars only (most calls): one test for all of them; which one is too wide is
         * looked for only when one is. */
        uint64_t wide = 0;
        for (int i = 0; i < desc->nargs; i++)
            wide |= desc->arg_bits[i] < 64 ? arg[i] >> desc->arg_bits[i] : 0;
        if (wide == 0)
            goto checked;
    }
    for (int i = 0; i < desc->nargs; i++) {
        if (desc->arg_list[i]) {
            if (!list_ok(m, &ht_lists[desc->arg_list[i] - 1], arg[i]))
                return refuse_into(dst, HT_RAW_BAD_LIST0 - i);
            /* Only this call's lists are counted (and read back by the callers of ht_list_at
             * and the ABI layer): clearing the whole table cost more than most handlers. */
            m->list_written[desc->arg_list[i] - 1] = 0;
        } else if (desc->arg_bits[i] < 64 && (arg[i] >> desc->arg_bits[i]) != 0) {
            return refuse_into(dst, HT_RAW_BAD_ARG0 - i);
        }
    }
checked:
    /* A vcpu that is down is not running: it makes no hypercall (environment events are
     * made by the machine's surroundings, not by the caller's vcpu).  The entries of a
     * multicall it is running go on: Xen deschedules a vcpu that took itself down only on
     * its way back to the guest. */
    if (desc->kind == HT_KIND_HYPERCALL && !entry &&
        !vcpu_is_up(m, m->caller.slot, m->caller.vcpu))
        return refuse_into(dst, HT_RAW_CALLER_DOWN);
    _Static_assert(HT_MAX_OUTS == HT_OUTS, "a result holds every output of every call");
    uint64_t *out = dst->out;
    memset(out, 0, HT_OUTS * sizeof *out);
    m->last.reason = HT_R_NONE;
    if (m->oracle_on)
        oracle_pre(m, call, arg);
    /* hvm_do_hypercall (arch/x86/hvm/hvm.c, RELEASE-4.2.0; hvm/hypercall.c, RELEASE-4.17.0):
     * a guest of an HVM domain reaches only the hypercalls of the profile's HVM table; any
     * other (4.2: domctl, and every PV-only hypercall) is -ENOSYS before its handler runs.  Sub-op filters stay with the
     * handlers, which know the sub-op a call carries. */
    int64_t raw = desc->kind == HT_KIND_HYPERCALL && desc->hypercall != HT_NO_HYPERCALL
                      ? hvm_table_gate(m, desc->hypercall)
                      : 0;
    if (raw == 0)
        raw = ht_handlers[call](m, arg, out);
    if (raw <= HT_RAW_REFUSED_LIMIT && raw != HT_RAW_UNSUPPORTED) {
        /* The handler refused malformed input (a multicall entry naming no hypercall): not a
         * Xen result, and nothing was changed; the reason it named says why. */
        dst->rc = -1;
        dst->err = 0;
        dst->reason = m->last.reason;
        memset(out, 0, HT_OUTS * sizeof *out);
        return raw;
    }
    if (raw < 0)
        memset(out, 0, HT_OUTS * sizeof *out);  /* outputs exist only on success */
    if (m->oracle_on && raw > HT_RAW_REFUSED_LIMIT)
        oracle_post(m, call, arg, raw, out);
    dst->rc = raw < 0 ? -1 : raw;
    /* Errnos, and the unsupported outcome as err -HT_RAW_UNSUPPORTED; a handler refusing
     * malformed input (a multicall entry naming no hypercall) reads like refuse()'s. */
    dst->err = raw < 0 && (raw > HT_RAW_REFUSED_LIMIT || raw == HT_RAW_UNSUPPORTED)
                   ? (uint32_t)-raw : 0;
    dst->reason = m->last.reason;
    return raw;
}

/* The caller (domid, vcpu) as struct ht_caller, or false when it does not exist: the
 * control domain, or a live domain's vcpu. */
static bool resolve_caller(const ht_machine *m, uint32_t domid, uint32_t vcpu,
                           struct ht_caller *out)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT || vcpu >= m->dom[slot].nvcpus)
        return false;
    *out = (struct ht_caller){.domid = (uint16_t)domid, .slot = slot, .vcpu = vcpu};
    return true;
}

int ht_set_caller(ht_machine *m, uint32_t domid, uint32_t vcpu)
{
    return resolve_caller(m, domid, vcpu, &m->caller) ? 0 : -1;
}

uint32_t ht_caller_domid(const ht_machine *m)
{
    return m->caller.domid;
}

uint32_t ht_caller_vcpu(const ht_machine *m)
{
    return m->caller.vcpu;
}

/* Runs one call with the pool its lists refer to; the pool is the caller's, not state. */
int64_t ht_run_pool(ht_machine *m, uint32_t call, const uint64_t *arg,
                             uint64_t *pool, size_t pool_words)
{
    m->pool = pool;
    m->pool_words = pool ? pool_words : 0;
    int64_t raw = ht_run(m, call, arg);
    m->pool = NULL;
    m->pool_words = 0;
    return raw;
}

int64_t ht_call(ht_machine *m, uint32_t call, const uint64_t *args, uint64_t *pool,
                size_t pool_words, ht_result *res)
{
    uint64_t arg[HT_MAX_ARGS] = {0};
    if (call < HT_NCALLS)
        memcpy(arg, args, ht_calls[call].nargs * sizeof *arg);
    int64_t raw = ht_run_pool(m, call, arg, pool, pool_words);
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

int64_t ht_call7(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2, a3, a4, a5, a6};
    return packed(m, arg, call);
}

int64_t ht_call8(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7)
{
    const uint64_t arg[HT_MAX_ARGS] = {a0, a1, a2, a3, a4, a5, a6, a7};
    return packed(m, arg, call);
}

const ht_result *ht_last(const ht_machine *m)
{
    return &m->last;
}

/* Functions with the signatures of ht_call0..ht_call8 that do nothing: the benchmark's
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

int64_t ht_noop7(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6)
{
    return ht_noop6(m, call, a0, a1, a2, a3, a4, a5) + (int64_t)(a6 & 0);
}

int64_t ht_noop8(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7)
{
    return ht_noop7(m, call, a0, a1, a2, a3, a4, a5, a6) + (int64_t)(a7 & 0);
}

int ht_code_documented(const ht_machine *m, uint32_t call, uint32_t err)
{
    if (call >= HT_NCALLS)
        return 0;
    const struct ht_call_desc *d = &ht_calls[call];
    const uint16_t *codes = d->codes[m->profile];
    for (uint32_t i = 0; i < d->ncodes[m->profile] && codes[i] <= err; i++)
        if (codes[i] == err)
            return 1;
    return 0;
}

void ht_set_oracle(ht_machine *m, int on)
{
    m->oracle_on = on != 0;
}

size_t ht_batch(ht_machine *m, const ht_call_rec *calls, size_t n, uint64_t *pool,
                size_t pool_words, ht_result *results, uint32_t flags, uint32_t *stop_reason)
{
    bool oracle_was = m->oracle_on;
    struct ht_caller caller_was = m->caller;
    if (flags & HT_BATCH_CHECK_INVARIANTS)
        m->oracle_on = true;
    uint32_t stop = 0;
    size_t i = 0;
    m->pool = pool;
    m->pool_words = pool ? pool_words : 0;
    while (i < n) {
        const ht_call_rec *c = &calls[i];
        int64_t raw;
        if (resolve_caller(m, c->caller, c->vcpu, &m->caller))
            raw = run(m, c->call, c->arg, false, false, &results[i]);
        else
            raw = refuse_into(&results[i], HT_RAW_BAD_CALLER);
        i++;
        if (raw <= HT_RAW_REFUSED_LIMIT && raw != HT_RAW_UNSUPPORTED) {
            if (flags & HT_BATCH_STOP_ON_REFUSED) {
                stop = HT_BATCH_STOP_ON_REFUSED;
                break;
            }
            continue;
        }
        if ((flags & HT_BATCH_STOP_ON_UNDOCUMENTED) && raw < 0 && raw != HT_RAW_UNSUPPORTED &&
            !ht_code_documented(m, c->call, (uint32_t)-raw)) {
            stop = HT_BATCH_STOP_ON_UNDOCUMENTED;
            break;
        }
        if ((flags & HT_BATCH_CHECK_INVARIANTS) && (m->npending || ht_check(m, NULL, 0))) {
            stop = 8;
            break;
        }
    }
    /* ht_last() reads the batch's last call, as after single calls. */
    if (i)
        m->last = results[i - 1];
    m->pool = NULL;
    m->pool_words = 0;
    m->oracle_on = oracle_was;
    m->caller = caller_was;
    if (stop_reason)
        *stop_reason = stop;
    return i;
}

int64_t ht_run_record(ht_machine *m, const ht_call_rec *rec, uint64_t *pool, size_t pool_words)
{
    struct ht_caller was = m->caller;
    int64_t raw;
    if (resolve_caller(m, rec->caller, rec->vcpu, &m->caller))
        raw = ht_run_pool(m, rec->call, rec->arg, pool, pool_words);
    else
        raw = refuse(m, HT_RAW_BAD_CALLER);
    m->caller = was;
    return raw;
}
