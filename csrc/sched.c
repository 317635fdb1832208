/*
 * sched_op (xen/common/schedule.c at RELEASE-4.2.0, "schedule.c" below) and the shutdown
 * state it shares with the rest of the engine (domain_shutdown and domain_resume,
 * xen/common/domain.c, "domain.c").
 *
 * Per vcpu: _VPF_blocked, whether it is in the domain's poll_mask, the port it polls
 * (poll_evtchn: 0 none, -1 any) and whether its poll timer is set.  Per domain: the
 * shutdown code (-1 until a reason is recorded) and the two watchdogs.  There is no
 * clock: the scheduler never runs anything, so yield is a no-op and a blocked vcpu stays
 * blocked until an event wakes it; timers fire when the scenario says so
 * (sched_poll_timeout, sched_watchdog_expire).
 */
#include <string.h>

#include "engine.h"

#define NR_DOMAIN_WATCHDOG_TIMERS 2   /* xen/include/xen/sched.h (4.2) */
#define POLL_MAX_PORTS 128            /* do_poll: "Fairly arbitrary limit." */

struct sched_vcpu {
    uint8_t blocked;       /* _VPF_blocked in pause_flags */
    uint8_t polling;       /* the vcpu's bit in d->poll_mask */
    uint8_t poll_timer;    /* v->poll_timer is set (the poll had a timeout) */
    uint8_t pad;
    int32_t poll_evtchn;   /* v->poll_evtchn */
};

struct sched_domain {
    int32_t shutdown_code;    /* d->shutdown_code; HT_SHUTDOWN_CODE_NONE until recorded */
    uint8_t watchdog_inuse;   /* d->watchdog_inuse_map */
    uint8_t watchdog_armed;   /* bit i: watchdog_timer[i] is set and has not fired */
    uint16_t pad;
    struct sched_vcpu vcpu[HT_MAX_VCPUS];
};

/* What the oracle hook captures before a call (scratch: not journalled, not digested). */
struct sched_pre {
    int32_t code[HT_MAX_DOMAINS];
    uint16_t domid[HT_MAX_DOMAINS];
    uint8_t in_use[HT_MAX_DOMAINS];
};

struct sched_state {
    struct sched_domain dom[HT_MAX_DOMAINS];
    struct sched_pre pre;
};

static struct sched_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_SCHED);
}

static struct sched_domain *dom(const ht_machine *m, uint8_t slot)
{
    return &state(m)->dom[slot];
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct sched_state);
}

/* ---- blocking and waking ---------------------------------------------------------------- */

static struct sched_vcpu *vcpu_of(const ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    return &dom(m, slot)->vcpu[vcpu < HT_MAX_VCPUS ? vcpu : 0];
}

/* Ends a poll: out of poll_mask, no port, no timer. */
static void poll_end(ht_machine *m, struct sched_vcpu *v)
{
    j8(m, &v->polling, 0);
    j32(m, (uint32_t *)(void *)&v->poll_evtchn, 0);
    j8(m, &v->poll_timer, 0);
}

/* vcpu_unblock (schedule.c): clears _VPF_blocked; a polling vcpu's poll ends with it. */
void sched_vcpu_unblock(ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    struct sched_vcpu *v = vcpu_of(m, slot, vcpu);
    if (!v->blocked)
        return;
    j8(m, &v->blocked, 0);
    if (v->poll_evtchn != 0 || v->polling)
        poll_end(m, v);
}

/* evtchn_set_pending's loop over poll_mask (event_channel.c): a vcpu polling any port, or
 * this one, stops polling and is unblocked. */
void sched_wake_pollers(ht_machine *m, uint8_t slot, uint32_t port)
{
    for (uint32_t i = 0; i < m->dom[slot].nvcpus && i < HT_MAX_VCPUS; i++) {
        struct sched_vcpu *v = vcpu_of(m, slot, i);
        if (!v->polling || (v->poll_evtchn > 0 && (uint32_t)v->poll_evtchn != port))
            continue;
        poll_end(m, v);
        sched_vcpu_unblock(m, slot, i);
    }
}

bool sched_vcpu_blocked(const ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    return vcpu < HT_MAX_VCPUS && vcpu_of(m, slot, vcpu)->blocked;
}

/* ---- shutdown ------------------------------------------------------------------------- */

int32_t sched_shutdown_code(const ht_machine *m, uint8_t slot)
{
    return dom(m, slot)->shutdown_code;
}

static void set_code(ht_machine *m, uint8_t slot, int32_t code)
{
    j32(m, (uint32_t *)(void *)&dom(m, slot)->shutdown_code, (uint32_t)code);
}

/* domain_shutdown (domain.c): "if ( d->shutdown_code == -1 ) d->shutdown_code = reason;
 * reason = d->shutdown_code;", then once: every vcpu paused for the shutdown (no vcpu
 * defers it in the engine, so the shutdown is final at once) and
 * __domain_finalise_shutdown tells domain 0 (VIRQ_DOM_EXC; a suspend with a suspend event
 * channel would notify that instead, but XEN_DOMCTL_subscribe is not modelled). */
void domain_shutdown(ht_machine *m, uint8_t slot, uint8_t reason)
{
    if (sched_shutdown_code(m, slot) == HT_SHUTDOWN_CODE_NONE ||
        (reason == HT_SHUTDOWN_REASON_CRASH && ht_bug(m, HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE)))
        set_code(m, slot, reason);
    if (dom_flag(m, slot, HT_DF_SHUTDOWN))  /* d->is_shutting_down */
        return;
    dom_set_flag(m, slot, HT_DF_SHUTDOWN, true);
    evtchn_send_global_virq(m, HT_VIRQ_DOM_EXC);
}

/* What a shutdown call returns: the first reason, or the one kept. */
static int64_t shut_down(ht_machine *m, uint8_t slot, uint32_t reason)
{
    bool first = sched_shutdown_code(m, slot) == HT_SHUTDOWN_CODE_NONE;
    domain_shutdown(m, slot, (uint8_t)reason);  /* Xen keeps the low 8 bits: (u8)reason */
    if (!first)
        OK(0, SHUTDOWN_REASON_KEPT);
    OK(0, SHUTDOWN_STARTED);
}

/* ---- sched_op --------------------------------------------------------------------------- */

/* do_yield: the scheduler picks again; the engine runs nothing else. */
int64_t ht_h_sched_yield(ht_machine *m)
{
    (void)m;
    OK(0, NONE);
}

/* do_block: "local_event_delivery_enable(); set_bit(_VPF_blocked, ...); Check for events
 * /after/ blocking: avoids wakeup waiting race." */
int64_t ht_h_sched_block(ht_machine *m)
{
    uint8_t slot = m->caller.slot;
    uint32_t vcpu = m->caller.vcpu;
    struct sched_vcpu *v = vcpu_of(m, slot, vcpu);
    evtchn_enable_delivery(m, slot, vcpu);
    j8(m, &v->blocked, 1);
    if (evtchn_events_need_delivery(m, slot, vcpu)) {
        j8(m, &v->blocked, 0);
        OK(0, SCHED_UPCALL_PENDING);
    }
    OK(0, SCHED_BLOCKED);
}

/* sched_shutdown(reason): SCHEDOP_shutdown, domain_shutdown(current->domain, (u8)reason). */
int64_t ht_h_sched_shutdown(ht_machine *m, uint32_t reason)
{
    if (copy_fails(m))
        FAIL(EFAULT, SCHED_COPY_IN);
    if (m->caller.slot == 0)  /* dom0_shutdown: the host halts or restarts */
        UNSUPPORTED(SHUTDOWN_HOST);
    return shut_down(m, m->caller.slot, reason);
}

/* sched_shutdown_code(reason): "if ( d->shutdown_code == -1 ) d->shutdown_code =
 * (u8)sched_shutdown.reason;" */
int64_t ht_h_sched_shutdown_code(ht_machine *m, uint32_t reason)
{
    if (copy_fails(m))
        FAIL(EFAULT, SCHED_COPY_IN);
    uint8_t slot = m->caller.slot;
    if (sched_shutdown_code(m, slot) != HT_SHUTDOWN_CODE_NONE)
        OK(0, SHUTDOWN_REASON_KEPT);
    set_code(m, slot, (uint8_t)reason);
    OK(0, NONE);
}

/* sched_poll(ports, nr_ports, timeout): do_poll (schedule.c). */
int64_t ht_h_sched_poll(ht_machine *m, ht_list ports, uint32_t nr_ports, uint64_t timeout)
{
    if (copy_fails(m))
        FAIL(EFAULT, SCHED_COPY_IN);
    if (nr_ports > POLL_MAX_PORTS)
        FAIL(EINVAL, POLL_TOO_MANY);
    /* guest_handle_okay never fails for an HVM guest; a PV guest's handle is an address
     * the engine does not have (the list is what the caller gave). */
    uint8_t slot = m->caller.slot;
    uint32_t vcpu = m->caller.vcpu;
    struct sched_vcpu *v = vcpu_of(m, slot, vcpu);
    j8(m, &v->blocked, 1);
    j32(m, (uint32_t *)(void *)&v->poll_evtchn, (uint32_t)-1);
    j8(m, &v->polling, 1);
    int64_t rc = 0;
    enum ht_reason_id why = HT_R_SCHED_UPCALL_PENDING;
    uint64_t port = 0;
    if (evtchn_events_need_delivery(m, slot, vcpu))
        goto out;
    for (uint32_t i = 0; i < nr_ports; i++) {
        if (!ht_list_get(&ports, i, 0, &port)) {  /* __copy_from_guest_offset */
            rc = -HT_EFAULT;
            why = HT_R_POLL_LIST_SHORT;
            goto out;
        }
        if (port >= HT_MAX_EVTCHN_PORTS) {  /* port >= MAX_EVTCHNS(d): no bucket check */
            rc = -HT_EINVAL;
            why = HT_R_POLL_BAD_PORT;
            goto out;
        }
        /* XSA-221 (4.4 to 4.8): evtchn_port_is_pending(d, evtchn_from_port(d, port))
         * dereferenced the channel of a port whose bucket was never allocated. */
        if (ht_bug(m, HT_BUG_POLL_UNALLOCATED_BUCKET) && !evtchn_port(m, slot, (uint32_t)port))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, port, ~0ull, 1, 0);
        if (evtchn_is_pending(m, slot, (uint32_t)port)) {
            why = HT_R_POLL_PORT_PENDING;
            goto out;
        }
    }
    if (nr_ports == 1)
        j32(m, (uint32_t *)(void *)&v->poll_evtchn, (uint32_t)port);
    if (timeout != 0)  /* set_timer(&v->poll_timer, timeout): fired by sched_poll_timeout */
        j8(m, &v->poll_timer, 1);
    OK(0, POLL_BLOCKED);
out:
    poll_end(m, v);
    j8(m, &v->blocked, 0);
    if (rc)
        return ht_fail(m, (int)-rc, why);
    return ht_ok(m, 0, why);
}

/* sched_remote_shutdown(domain_id, reason): SCHEDOP_remote_shutdown (schedule.c). */
int64_t ht_h_sched_remote_shutdown(ht_machine *m, uint16_t domain_id, uint32_t reason)
{
    if (copy_fails(m))
        FAIL(EFAULT, SCHED_COPY_IN);
    uint8_t slot = ht_slot(m, domain_id);  /* rcu_lock_domain_by_id: DOMID_SELF is no id */
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!caller_priv_for(m, slot))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, slot))  /* xsm_schedop_shutdown */
        FAIL(EACCES, XSM_DENIED);
    if (slot == 0)  /* domain_shutdown of domain 0: dom0_shutdown, the host halts */
        UNSUPPORTED(SHUTDOWN_HOST);
    return shut_down(m, slot, reason);
}

/* sched_watchdog(id, timeout): domain_watchdog (schedule.c). */
int64_t ht_h_sched_watchdog(ht_machine *m, uint32_t id, uint32_t timeout)
{
    if (copy_fails(m))
        FAIL(EFAULT, SCHED_COPY_IN);
    struct sched_domain *d = dom(m, m->caller.slot);
    if (id > NR_DOMAIN_WATCHDOG_TIMERS)
        FAIL(EINVAL, WATCHDOG_BAD_ID);
    if (id == 0) {
        /* The lowest free timer, set to NOW() + SECONDS(timeout): a timeout of 0 fires at
         * once in Xen; here, as every timer, when the scenario says. */
        for (uint32_t k = 0; k < NR_DOMAIN_WATCHDOG_TIMERS; k++) {
            if (d->watchdog_inuse & (1u << k))
                continue;
            j8(m, &d->watchdog_inuse, (uint8_t)(d->watchdog_inuse | (1u << k)));
            j8(m, &d->watchdog_armed, (uint8_t)(d->watchdog_armed | (1u << k)));
            OK(k + 1, NONE);
        }
        FAIL(ENOSPC, WATCHDOG_NO_SLOT);
    }
    uint32_t k = id - 1;
    if (!(d->watchdog_inuse & (1u << k)))
        FAIL(EINVAL, WATCHDOG_NOT_IN_USE);
    if (timeout == 0) {  /* stop_timer and free the slot */
        j8(m, &d->watchdog_inuse, (uint8_t)(d->watchdog_inuse & ~(1u << k)));
        j8(m, &d->watchdog_armed, (uint8_t)(d->watchdog_armed & ~(1u << k)));
    } else {
        j8(m, &d->watchdog_armed, (uint8_t)(d->watchdog_armed | (1u << k)));
    }
    OK(0, NONE);
}

/* sched_op_raw(cmd): do_sched_op with a NULL argument. */
int64_t ht_h_sched_op_raw(ht_machine *m, uint32_t cmd)
{
    if (cmd == HT_SCHEDOP_YIELD)
        return ht_h_sched_yield(m);
    if (cmd == HT_SCHEDOP_BLOCK)
        return ht_h_sched_block(m);
    if (cmd < HT_SCHEDOP_COUNT)  /* the others copy their struct in first */
        FAIL(EFAULT, SCHED_COPY_IN);
    FAIL(ENOSYS, SCHED_UNKNOWN_OP);
}

/* domain_resume(domid): XEN_DOMCTL_resumedomain (common/domctl.c) and domain_resume
 * (domain.c): the shutdown is undone and "d->shutdown_code = -1".  A guest of an HVM domain
 * never gets here: 4.2's hvm_hypercall64_table has no domctl slot (the dispatcher's gate). */
int64_t ht_h_domain_resume(ht_machine *m, uint16_t domid)
{
    if (!caller_is_priv(m))  /* do_domctl: IS_PRIV(current->domain) */
        FAIL(EPERM, NOT_PRIVILEGED);
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (caller_xsm_denied(m, slot))  /* xsm_resumedomain */
        FAIL(EACCES, XSM_DENIED);
    dom_set_flag(m, slot, HT_DF_SHUTDOWN, false);
    set_code(m, slot, HT_SHUTDOWN_CODE_NONE);
    /* domain_resume ends with "domain_unpause(d)", which wakes every vcpu (common/
     * domain.c, RELEASE-4.2.0, L569-594, L758-765; RELEASE-4.17.0 L1038-1063): a vcpu
     * woken from a ring's wait queue during the shutdown goes on where it slept. */
    ring_vcpus_continue(m, slot);
    OK(0, NONE);
}

/* sched_watchdog_expire(domid, id): domain_watchdog_timeout (schedule.c). */
int64_t ht_h_sched_watchdog_expire(ht_machine *m, uint16_t domid, uint32_t id)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    struct sched_domain *d = dom(m, slot);
    if (id < 1 || id > NR_DOMAIN_WATCHDOG_TIMERS || !(d->watchdog_armed & (1u << (id - 1))))
        FAIL(EINVAL, WATCHDOG_NOT_ARMED);
    bool quiet = dom_flag(m, slot, HT_DF_SHUTDOWN) || dom_flag(m, slot, HT_DF_DYING);
    if (slot == 0 && !quiet)  /* domain 0's watchdog restarts the host */
        UNSUPPORTED(SHUTDOWN_HOST);
    j8(m, &d->watchdog_armed, (uint8_t)(d->watchdog_armed & ~(1u << (id - 1))));
    if (quiet)  /* "if ( d->is_shutting_down || d->is_dying ) return;" */
        OK(0, WATCHDOG_IGNORED);
    return shut_down(m, slot, HT_SHUTDOWN_REASON_WATCHDOG);
}

/* sched_poll_timeout(domid, vcpu): poll_timer_fn (schedule.c). */
int64_t ht_h_sched_poll_timeout(ht_machine *m, uint16_t domid, uint32_t vcpu)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (vcpu >= m->dom[slot].nvcpus)
        FAIL(EINVAL, SCHED_NO_VCPU);
    struct sched_vcpu *v = vcpu_of(m, slot, vcpu);
    if (!v->polling || !v->poll_timer)
        FAIL(EINVAL, POLL_NOT_POLLING);
    /* "if ( test_and_clear_bit(v->vcpu_id, v->domain->poll_mask) ) vcpu_unblock(v);" */
    j8(m, &v->polling, 0);
    sched_vcpu_unblock(m, slot, vcpu);
    OK(0, NONE);
}

/* ---- the family's hooks ------------------------------------------------------------------ */

/* domain_create: "d->shutdown_code = -1"; watchdog_domain_init; the vcpus run. */
static void domain_init(ht_machine *m, uint8_t slot)
{
    struct sched_domain *d = dom(m, slot);
    ht_journal_blob(m, d, sizeof *d);
    memset(d, 0, sizeof *d);
    d->shutdown_code = HT_SHUTDOWN_CODE_NONE;
}

/* watchdog_domain_destroy kills the timers; the vcpus go with the domain. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct sched_domain *d = dom(m, slot);
    j8(m, &d->watchdog_inuse, 0);
    j8(m, &d->watchdog_armed, 0);
    for (uint32_t i = 0; i < HT_MAX_VCPUS; i++) {
        poll_end(m, &d->vcpu[i]);
        j8(m, &d->vcpu[i].blocked, 0);
    }
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m)->dom, sizeof state(m)->dom);
}

/* sched.1, the state half: a shut-down domain has a recorded reason. */
static void audit(ht_machine *m, struct ht_audit *a)
{
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        if (m->dom_pub[slot].in_use && dom_flag(m, slot, HT_DF_SHUTDOWN) &&
            sched_shutdown_code(m, slot) == HT_SHUTDOWN_CODE_NONE)
            audit_add(a, HT_INV_SHUTDOWN_REASON, m->dom_pub[slot].domid, HT_NONE64, HT_NONE64,
                      0, HT_SHUTDOWN_CODE_NONE);
}

/* sched.1, the transition half: only domain_resume forgets a recorded reason. */
static void snapshot(ht_machine *m)
{
    struct sched_pre *pre = &state(m)->pre;
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        pre->in_use[slot] = m->dom_pub[slot].in_use;
        pre->domid[slot] = m->dom_pub[slot].domid;
        pre->code[slot] = dom(m, (uint8_t)slot)->shutdown_code;
    }
}

static void transition_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    (void)call;
    (void)arg;
    snapshot(m);
}

static void transition_post(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                        const uint64_t *out)
{
    (void)arg;
    (void)raw;
    (void)out;
    if (call == HT_CALL_domain_resume) {
        /* A resume may forget a reason.  The levels of a multicall share this one snapshot,
         * so a multicall that ran the resume as an entry is checked against what the resume
         * left, not against the reason before it (the fuzzer found that false sched.1:
         * sched_remote_shutdown, then a multicall of domain_resume). */
        snapshot(m);
        return;
    }
    const struct sched_pre *pre = &state(m)->pre;
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        if (!pre->in_use[slot] || !m->dom_pub[slot].in_use ||
            pre->domid[slot] != m->dom_pub[slot].domid)
            continue;
        int32_t now = sched_shutdown_code(m, slot);
        if (pre->code[slot] != HT_SHUTDOWN_CODE_NONE && now != pre->code[slot])
            report_violation(m, HT_INV_SHUTDOWN_REASON, pre->domid[slot], ~0ull, ~0ull,
                             pre->code[slot], now);
    }
}

const struct ht_family_ops ht_family_sched = {
    .state_bytes = state_bytes,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .oracle_pre = transition_pre,
    .oracle_post = transition_post,
};
