/*
 * vcpu_op, set_timer_op and the vcpu timers, at RELEASE-4.2.0: do_vcpu_op
 * (xen/common/domain.c), arch_do_vcpu_op and map_vcpu_info (xen/arch/x86/domain.c),
 * do_set_timer_op, vcpu_periodic_timer_work and vcpu_singleshot_timer_fn
 * (xen/common/schedule.c), and hvm_vcpu_op (xen/arch/x86/hvm/hvm.c), which a guest of an
 * HVM domain passes first (hvm_table.c).
 *
 * Each vcpu keeps what these calls read and write: initialised and down (the _VPF_down
 * pause flag), its timers, its runstate accounting, its NMI flag and its registered areas.
 * Timers fire on the virtual clock (clock.c); a firing is send_timer_event, a VIRQ_TIMER for
 * the vcpu, counted until the guest takes it (guest_timer_interrupt).
 *
 * Modelling choices, each said in docs/profiles.md: every vcpu that runs has a physical CPU
 * of its own (no RUNSTATE_runnable); a vcpu runs when it is up and neither its domain nor
 * it is paused; an HVM domain's vcpus are all initialised and up from creation (its guest
 * brought its APs up with INIT-SIPI, which 4.2 gives no vcpu_op for); a PV domain's vcpu 0
 * is initialised and up (the toolstack's domain build) and the others are down until the
 * guest initialises them, which needs a PV context the engine does not model.
 *
 * xen-4.17 (RELEASE-4.17.0: do_vcpu_op in arch/x86/domain.c, common_vcpu_op and
 * map_vcpu_info in common/domain.c) has no hvm_vcpu_op: an HVM guest makes every sub-op.
 * What differs from 4.2 is modelled here, each at its decision: the vcpuid check, an HVM
 * vcpu's initialise (a vcpu_hvm_context), the last vcpu's down, map_vcpu_info's ENXIO and
 * an HVM guest's gfn, and register_vcpu_time_memory_area, which exists in 4.17.
 */
#include <string.h>

#include "engine.h"

#define MAX_VIRT_CPUS 8192             /* x86_64: GDT_LDT_MBYTES << 3 (asm-x86/config.h) */
#define MILLISECS(ms) ((int64_t)(ms) * 1000000)
#define STIME_DELTA_MAX ((int64_t)(~0ull >> 2))   /* xen/time.h, from 4.2.1 (XSA-20) */
#define PV_TICK MILLISECS(10)          /* "PV guests by default have a 100Hz ticker" */
#define VCPU_INFO_BYTES 64             /* sizeof(vcpu_info_t) on x86_64 */
#define VCPU_INFO_ALIGN 8              /* alignof(vcpu_info_t): its xen_ulong_t fields */
#define PAGE_BYTES 4096
#define HYPERVISOR_VIRT_END 0xffff880000000000ull   /* x86_64 asm-x86/config.h */
#define ADDR_OK_BELOW (1ull << 47)     /* __addr_ok (asm-x86/x86_64/uaccess.h) */
#define TIMER_HUGE_SHIFT 50            /* do_set_timer_op: "more than about 13 days" */
#define NO_MFN HT_NONE64

_Static_assert(HT_MAX_VCPUS <= 32, "vcpus beyond XEN_LEGACY_MAX_VCPUS would need the "
                                   "dummy vcpu_info checks of VCPUOP_initialise");

struct vcpu_rec {
    uint8_t initialised;    /* v->is_initialised */
    uint8_t down;           /* _VPF_down */
    uint8_t runstate;       /* RUNSTATE_* as of the last accounting */
    uint8_t nmi_pending;    /* v->nmi_pending */
    uint32_t timer_events;  /* VIRQ_TIMER events delivered, not yet taken by the guest */
    int64_t period;         /* periodic_period (ns); 0: no periodic timer */
    int64_t last_tick;      /* periodic_last_event */
    int64_t singleshot;     /* the singleshot timer's deadline; HT_TIME_NEVER: stopped */
    int64_t entry_time;     /* runstate.state_entry_time */
    int64_t time[HT_RUNSTATE_COUNT];   /* runstate.time[], up to entry_time */
    uint64_t runstate_area; /* the registered runstate_guest address, 0: none */
    uint64_t vcpu_info_mfn; /* arch.pv_vcpu.vcpu_info_mfn; NO_MFN: INVALID_MFN */
    uint32_t vcpu_info_offset;
    uint32_t pad;
    uint64_t time_area;     /* 4.17's arch.time_info_guest address, 0: none */
};

struct vcpu_state {
    struct vcpu_rec v[HT_MAX_DOMAINS][HT_MAX_VCPUS];
};

static struct vcpu_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_VCPU);
}

static struct vcpu_rec *rec(const ht_machine *m, uint8_t slot, uint32_t v)
{
    return &state(m)->v[slot][v];
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct vcpu_state);
}

bool vcpu_is_up(const ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    return vcpu < m->dom[slot].nvcpus && !rec(m, slot, vcpu)->down;
}

static bool running(const ht_machine *m, uint8_t slot, uint32_t v);

/* getdomaininfo's loop (common/domctl.c, RELEASE-4.2.0, and the same at RELEASE-4.17.0):
 * over the vcpus that are not down (_VPF_down), XEN_DOMINF_blocked (16) stays only if every
 * one has VPF_blocked, XEN_DOMINF_running (32) is set if any is_running, and both are
 * dropped when none is online ("info->nr_online_vcpus ? flags : 0").  is_running: the vcpu
 * is on a physical CPU, which in the engine (every runnable vcpu has a CPU of its own) is a
 * vcpu that runs (up, neither it nor its domain paused) and is not blocked in
 * SCHEDOP_block or poll.  *online is nr_online_vcpus. */
uint32_t vcpu_dominf_flags(const ht_machine *m, uint8_t slot, uint32_t *online)
{
    uint32_t flags = DOMINF_BLOCKED, n = 0;
    for (uint32_t v = 0; v < m->dom[slot].nvcpus; v++) {
        if (rec(m, slot, v)->down)
            continue;
        n++;
        bool blocked = sched_vcpu_blocked(m, slot, v);
        if (!blocked)
            flags &= ~DOMINF_BLOCKED;
        if (!blocked && running(m, slot, v))
            flags |= DOMINF_RUNNING;
    }
    *online = n;
    return n ? flags : 0;
}

/* arch_get_domain_info (arch/x86/domctl.c, RELEASE-4.17.0), which getdomaininfo calls last:
 * "if ( paging_mode_hap(d) ) info->flags |= XEN_DOMINF_hap" -- HT_DF_HAP is the engine's
 * paging_mode_hap.  getdomaininfo at RELEASE-4.2.0 has no such bit (nor the hook), so the
 * 4.2 and doc profiles add nothing. */
uint32_t dominf_arch_flags(const ht_machine *m, uint8_t slot)
{
    if (m->profile == HT_PROFILE_XEN_4_17 && (m->dom_pub[slot].flags & HT_DF_HAP))
        return DOMINF_HAP;
    return 0;
}

/* vcpu_runnable at 4.2 (sched.h): up, and no pause of the domain or of the vcpu itself
 * (the toolstack's pause, a shutdown or crash, a dying domain, a mem_event ring's pause). */
static bool running(const ht_machine *m, uint8_t slot, uint32_t v)
{
    const struct ht_vcpu *hv = &m->dom[slot].vcpu[v];
    return !rec(m, slot, v)->down &&
           !dom_flag(m, slot, HT_DF_PAUSED | HT_DF_SHUTDOWN | HT_DF_DYING) &&
           !vcpu_ring_held(hv);
}

/* ---- runstate accounting (vcpu_runstate_change / vcpu_runstate_get, schedule.c) ------- */

/* Brings the vcpu's runstate up to the current instant.  Time moves only by advance_time,
 * which accounts before it moves (fire_due), so a state recorded here held until now; a
 * state that changed and changed back within one instant is not seen (Xen would have
 * stamped the instant as the entry time). */
static void runstate_sync(ht_machine *m, uint8_t slot, uint32_t v)
{
    struct vcpu_rec *r = rec(m, slot, v);
    uint8_t now_state = running(m, slot, v) ? HT_RUNSTATE_RUNNING : HT_RUNSTATE_OFFLINE;
    if (now_state == r->runstate)
        return;
    int64_t now = ht_now(m);
    js64(m, &r->time[r->runstate], r->time[r->runstate] + (now - r->entry_time));
    j8(m, &r->runstate, now_state);
    js64(m, &r->entry_time, now);
}

/* ---- timers ------------------------------------------------------------------------- */

/* send_timer_event: a VIRQ_TIMER for the vcpu.  The event-channel table does not bind
 * VIRQs yet, so the event is counted until the guest takes it. */
static void send_timer_event(ht_machine *m, uint8_t slot, uint32_t v)
{
    struct vcpu_rec *r = rec(m, slot, v);
    if (r->timer_events != UINT32_MAX)
        j32(m, &r->timer_events, r->timer_events + 1);
}

/* s_time_t addition as Xen's two's complement arithmetic does it (the XSA-20 overflow). */
static int64_t stime_add(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}

/* The periodic timer runs only while the vcpu runs: it is stopped when the vcpu is
 * descheduled and re-armed (or fired, if overdue) when it runs again (schedule.c). */
static int64_t periodic_deadline(const ht_machine *m, uint8_t slot, uint32_t v)
{
    const struct vcpu_rec *r = rec(m, slot, v);
    if (r->period == 0 || !running(m, slot, v))
        return HT_TIME_NEVER;
    return stime_add(r->last_tick, r->period);
}

/* The ticks of a periodic timer from its deadline to the clock's target come as one: the
 * deadline the clock is told is the last tick before the target, and fire_due counts every
 * tick up to it.  Between two ticks nothing of this vcpu changes (a call runs at one
 * instant, and the clock moves only by advance_time), so the guest sees the same VIRQ_TIMER
 * count either way; the clock's work stays bounded by the timers, not the time. */
static int64_t periodic_last_due(const ht_machine *m, uint8_t slot, uint32_t v, int64_t upto)
{
    const struct vcpu_rec *r = rec(m, slot, v);
    int64_t first = periodic_deadline(m, slot, v);
    if (first == HT_TIME_NEVER || first > upto || r->period <= 0 || first < r->last_tick)
        return first;  /* not due, or XSA-20's wrapped deadline: one at a time */
    uint64_t ticks = (uint64_t)(upto - first) / (uint64_t)r->period;
    return (int64_t)((uint64_t)first + ticks * (uint64_t)r->period);
}

static bool live(const ht_machine *m, uint8_t slot)
{
    return m->dom_pub[slot].in_use && !dom_flag(m, slot, HT_DF_DYING);
}

static int64_t next_deadline(const ht_machine *m)
{
    int64_t next = HT_TIME_NEVER;
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        if (!live(m, slot))
            continue;
        for (uint32_t v = 0; v < m->dom[slot].nvcpus; v++) {
            int64_t p = periodic_last_due(m, slot, v, ht_clock_target(m));
            int64_t s = rec(m, slot, v)->singleshot;
            if (p < next)
                next = p;
            if (s < next)
                next = s;
        }
    }
    return next;
}

/* Everything due at the current instant, once: vcpu_singleshot_timer_fn, and
 * vcpu_periodic_timer_work ("if now >= next: send, last = now; set_timer(now + period)").
 * It first accounts each vcpu's runstate up to now. */
static uint32_t fire_due(ht_machine *m)
{
    int64_t now = ht_now(m);
    uint32_t events = 0;
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        if (!live(m, slot))
            continue;
        for (uint32_t v = 0; v < m->dom[slot].nvcpus; v++) {
            struct vcpu_rec *r = rec(m, slot, v);
            runstate_sync(m, slot, v);
            if (r->singleshot <= now) {
                js64(m, &r->singleshot, HT_TIME_NEVER);
                send_timer_event(m, slot, v);
                events++;
            }
            int64_t first = periodic_deadline(m, slot, v);
            if (first <= now) {
                /* Every tick from the first due to now (periodic_last_due), each a
                 * send_timer_event, and last = the instant of the last, as
                 * vcpu_periodic_timer_work leaves it.  A tick that fell due while the vcpu
                 * was descheduled comes once when it runs again (schedule.c runs the
                 * overdue timer work on the way in), and the ticks go on from there.  A
                 * deadline that wrapped (XSA-20) fires once, at now. */
                int64_t base = first >= r->entry_time ? first : r->entry_time;
                uint64_t ticks = 1;
                int64_t last = now;
                if (first >= r->last_tick && r->period > 0) {
                    ticks += (uint64_t)(now - base) / (uint64_t)r->period;
                    last = (int64_t)((uint64_t)base + (ticks - 1) * (uint64_t)r->period);
                }
                uint64_t total = r->timer_events + ticks;  /* send_timer_event, ticks times */
                j32(m, &r->timer_events, total > UINT32_MAX ? UINT32_MAX : (uint32_t)total);
                js64(m, &r->last_tick, last);
                events += ticks > UINT32_MAX - events ? UINT32_MAX - events : (uint32_t)ticks;
            }
        }
    }
    return events;
}

/* ---- do_vcpu_op's prologue ------------------------------------------------------------ */

/* The HVM filter (hvm_vcpu_op), then do_vcpu_op's vcpuid checks ("int vcpuid"): 0 with *v
 * the vcpu of the calling domain, or the error. */
static int64_t vcpu_target(ht_machine *m, uint32_t cmd, uint32_t vcpuid, uint32_t *v)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_VCPU_OP, cmd);
    if (rc)
        return rc;
    /* 4.17's do_vcpu_op (arch/x86/domain.c, RELEASE-4.17.0) takes vcpuid unsigned and asks
     * domain_vcpu() only: "if ( (v = domain_vcpu(d, vcpuid)) == NULL ) return -ENOENT;". */
    if (m->profile == HT_PROFILE_XEN_4_17) {
        if (vcpuid >= m->dom[m->caller.slot].nvcpus)
            FAIL(ENOENT, VCPU_MISSING);
        *v = vcpuid;
        return 0;
    }
    int32_t id = (int32_t)vcpuid;
    if (id < 0 || id >= MAX_VIRT_CPUS)
        FAIL(EINVAL, VCPU_RANGE);
    if ((uint32_t)id >= m->dom[m->caller.slot].nvcpus)
        FAIL(ENOENT, VCPU_MISSING);
    *v = (uint32_t)id;
    return 0;
}

static struct vcpu_rec *target(const ht_machine *m, uint32_t v)
{
    return rec(m, m->caller.slot, v);
}

/* arch_initialise_vcpu for an HVM vcpu at RELEASE-4.17.0 (arch/x86/domain.c): it copies a
 * struct vcpu_hvm_context ("if ( copy_from_guest(&ctxt, arg, 1) ) return -EFAULT;", no
 * allocation first), then "v->is_initialised ? -EEXIST : arch_set_info_hvm_guest(v,
 * &ctxt)": the register state it loads (CR0, CR3, segments) is not modelled. */
static int64_t initialise_hvm_4_17(ht_machine *m, uint32_t v)
{
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    if (target(m, v)->initialised)
        FAIL(EEXIST, VCPU_ALREADY_INITIALISED);
    UNSUPPORTED(VCPU_HVM_CONTEXT_UNSUPPORTED);
}

/* vcpu_initialise(vcpuid, ctxt) */
int64_t ht_h_vcpu_initialise(ht_machine *m, uint32_t vcpuid, uint64_t ctxt)
{
    (void)ctxt;
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_INITIALISE, vcpuid, &v);
    if (rc)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17 && dom_is_hvm(m, m->caller.slot))
        return initialise_hvm_4_17(m, v);
    /* default_initialise_vcpu (4.17: common/domain.c) keeps 4.2's order for a PV vcpu. */
    /* (v->vcpu_info == &dummy_vcpu_info: only vcpus from 32 up, which no domain has.) */
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC))   /* alloc_vcpu_guest_context */
        FAIL(ENOMEM, VCPU_CONTEXT_NOMEM);
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    if (target(m, v)->initialised)
        FAIL(EEXIST, VCPU_ALREADY_INITIALISED);
    /* arch_set_info_guest validates and loads a PV context: its page tables (CR3), GDT
     * frames and callbacks belong to the PV MMU, which the engine does not model. */
    UNSUPPORTED(VCPU_PV_CONTEXT_UNSUPPORTED);
}

/* vcpu_up(vcpuid) */
int64_t ht_h_vcpu_up(ht_machine *m, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_UP, vcpuid, &v);
    if (rc)
        return rc;
    struct vcpu_rec *r = target(m, v);
    if (!r->initialised && !ht_bug(m, HT_BUG_VCPU_UP_UNINITIALISED))
        FAIL(EINVAL, VCPU_NOT_INITIALISED);
    runstate_sync(m, m->caller.slot, v);
    j8(m, &r->down, 0);   /* test_and_clear_bit(_VPF_down); vcpu_wake */
    runstate_sync(m, m->caller.slot, v);
    OK(0, NONE);
}

/* common_vcpu_op's VCPUOP_down at RELEASE-4.17.0 (common/domain.c): when every other vcpu
 * of the domain is down ("Last vcpu going down?"), domain_shutdown(d, SHUTDOWN_poweroff)
 * and the vcpu stays up; 4.2 takes the last vcpu down like any other. */
static bool last_vcpu_up_4_17(const ht_machine *m, uint32_t v)
{
    uint8_t slot = m->caller.slot;
    for (uint32_t i = 0; i < m->dom[slot].nvcpus; i++)
        if (i != v && !rec(m, slot, i)->down)
            return false;
    return true;
}

/* vcpu_down(vcpuid) */
int64_t ht_h_vcpu_down(ht_machine *m, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_DOWN, vcpuid, &v);
    if (rc)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17 && last_vcpu_up_4_17(m, v)) {
        domain_shutdown(m, m->caller.slot, HT_SHUTDOWN_REASON_POWEROFF);
        OK(0, VCPU_DOWN_LAST_4_17);
    }
    runstate_sync(m, m->caller.slot, v);
    j8(m, &target(m, v)->down, 1);   /* test_and_set_bit(_VPF_down); vcpu_sleep_nosync */
    runstate_sync(m, m->caller.slot, v);
    OK(0, NONE);
}

/* vcpu_is_up(vcpuid) */
int64_t ht_h_vcpu_is_up(ht_machine *m, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_IS_UP, vcpuid, &v);
    if (rc)
        return rc;
    OK(!target(m, v)->down, NONE);
}

/* vcpu_get_runstate_info(vcpuid) -> state, state_entry_time, time[4] (vcpu_runstate_get:
 * the current stint is added to its state's time). */
int64_t ht_h_vcpu_get_runstate_info(ht_machine *m, uint32_t vcpuid, uint64_t *state_,
                                    uint64_t *state_entry_time, uint64_t *time_running,
                                    uint64_t *time_runnable, uint64_t *time_blocked,
                                    uint64_t *time_offline)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_GET_RUNSTATE_INFO, vcpuid, &v);
    if (rc)
        return rc;
    runstate_sync(m, m->caller.slot, v);
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    const struct vcpu_rec *r = target(m, v);
    int64_t time[HT_RUNSTATE_COUNT];
    memcpy(time, r->time, sizeof time);
    time[r->runstate] += ht_now(m) - r->entry_time;
    *state_ = r->runstate;
    *state_entry_time = (uint64_t)r->entry_time;
    *time_running = (uint64_t)time[HT_RUNSTATE_RUNNING];
    *time_runnable = (uint64_t)time[HT_RUNSTATE_RUNNABLE];
    *time_blocked = (uint64_t)time[HT_RUNSTATE_BLOCKED];
    *time_offline = (uint64_t)time[HT_RUNSTATE_OFFLINE];
    OK(0, NONE);
}

/* vcpu_register_runstate_memory_area(vcpuid, addr) (arch_do_vcpu_op): the address is
 * checked with guest_handle_okay, which an HVM guest always passes (paging_mode_external)
 * and a PV guest passes outside Xen's range (__addr_ok); the runstate is then written
 * there at once, its failures ignored (guest memory writes are not modelled). */
int64_t ht_h_vcpu_register_runstate_memory_area(ht_machine *m, uint32_t vcpuid, uint64_t addr)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_REGISTER_RUNSTATE_MEMORY_AREA, vcpuid, &v);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    if (!dom_is_hvm(m, m->caller.slot) && addr >= ADDR_OK_BELOW && addr < HYPERVISOR_VIRT_END)
        FAIL(EFAULT, VCPU_ADDR_RESERVED);
    j64(m, &target(m, v)->runstate_area, addr);
    OK(0, NONE);
}

/* vcpu_set_periodic_timer(vcpuid, period_ns): the period is a uint64_t compared with the
 * s_time_t bounds as unsigned; vcpu_force_reschedule then runs the timer work at once. */
int64_t ht_h_vcpu_set_periodic_timer(ht_machine *m, uint32_t vcpuid, uint64_t period_ns)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_SET_PERIODIC_TIMER, vcpuid, &v);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    if (period_ns < (uint64_t)MILLISECS(1))
        FAIL(EINVAL, VCPU_PERIOD_SHORT);
    /* The XSA-20 fix (dfa0cb6a14, 4.2.1); 4.2.0 lacks it (the planted bug). */
    if (period_ns > (uint64_t)STIME_DELTA_MAX && !ht_bug(m, HT_BUG_PERIODIC_TIMER_OVERFLOW))
        FAIL(EINVAL, VCPU_PERIOD_LONG);
    js64(m, &target(m, v)->period, (int64_t)period_ns);
    clock_run_due(m);
    OK(0, NONE);
}

/* vcpu_stop_periodic_timer(vcpuid) */
int64_t ht_h_vcpu_stop_periodic_timer(ht_machine *m, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_STOP_PERIODIC_TIMER, vcpuid, &v);
    if (rc)
        return rc;
    js64(m, &target(m, v)->period, 0);
    OK(0, NONE);
}

/* vcpu_set_singleshot_timer(vcpuid, timeout_abs_ns, flags): only on the calling vcpu
 * ("v != current"), checked before the struct is copied; set_timer with a deadline
 * already past fires it at once. */
int64_t ht_h_vcpu_set_singleshot_timer(ht_machine *m, uint32_t vcpuid, uint64_t timeout_abs_ns,
                                       uint32_t flags)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_SET_SINGLESHOT_TIMER, vcpuid, &v);
    if (rc)
        return rc;
    if (v != m->caller.vcpu)
        FAIL(EINVAL, VCPU_NOT_SELF);
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    int64_t deadline = (int64_t)timeout_abs_ns;
    if ((flags & HT_SSHOT_FLAGS_FUTURE) && deadline < ht_now(m))
        FAIL(ETIME, VCPU_DEADLINE_PAST);
    js64(m, &target(m, v)->singleshot, deadline);
    clock_run_due(m);
    OK(0, NONE);
}

/* vcpu_stop_singleshot_timer(vcpuid) */
int64_t ht_h_vcpu_stop_singleshot_timer(ht_machine *m, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_STOP_SINGLESHOT_TIMER, vcpuid, &v);
    if (rc)
        return rc;
    if (v != m->caller.vcpu)
        FAIL(EINVAL, VCPU_NOT_SELF);
    js64(m, &target(m, v)->singleshot, HT_TIME_NEVER);
    OK(0, NONE);
}

/* get_page_from_gfn(d, gfn, NULL, P2M_UNSHARE) for an HVM domain at RELEASE-4.17.0
 * (p2m_get_page_from_gfn, arch/x86/mm/p2m.c): the fast path takes the frame of any RAM or
 * grant type that has one (not a shared one: P2M_UNSHARE) with get_page(page, d); when
 * that fails, a type that is neither RAM nor paging nor PoD is NULL (-EINVAL), and the
 * slow path (get_gfn_type_access with P2M_UNSHARE, which includes P2M_ALLOC) unshares a
 * shared gfn, pages a paged one in or populates PoD: those side effects are not modelled.
 * *mfn_out is the frame the checks after it (get_page, get_page_type) look at; an empty
 * one stands for NULL. */
static int64_t hvm_vcpu_info_frame_4_17(ht_machine *m, uint8_t slot, uint64_t gfn,
                                        uint64_t *mfn_out)
{
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t t = e ? e->type : HT_P2M_TYPE_INVALID;
    uint32_t mfn = e ? e->mfn : HT_MFN_INVALID;
    bool ram = t == HT_P2M_TYPE_RAM_RW || t == HT_P2M_TYPE_RAM_LOGDIRTY ||
               t == HT_P2M_TYPE_RAM_RO || t == HT_P2M_TYPE_RAM_PAGING_OUT ||
               t == HT_P2M_TYPE_RAM_PAGING_IN;
    bool grant = t == HT_P2M_TYPE_GRANT_MAP_RW || t == HT_P2M_TYPE_GRANT_MAP_RO;
    if ((ram || grant) && mfn_is_ram(m, mfn)) {
        const ht_frame *f = &m->frame[mfn];
        if (f->owner == slot && (f->bits & HT_FRAME_ALLOCATED) && f->refs != HT_FRAME_REFS_MAX) {
            *mfn_out = mfn;
            return 0;
        }
        if (grant)   /* not RAM, paging or PoD: NULL */
            FAIL(EINVAL, VCPU_INFO_BAD_FRAME);
        /* get_page failed on a RAM gfn: the slow path's get_page fails alike, unless the
         * type makes it page in first. */
        if (t == HT_P2M_TYPE_RAM_RW || t == HT_P2M_TYPE_RAM_LOGDIRTY || t == HT_P2M_TYPE_RAM_RO)
            FAIL(EINVAL, VCPU_INFO_BAD_FRAME);
        UNSUPPORTED(VCPU_INFO_GFN_FIXUP_4_17);
    }
    if (t == HT_P2M_TYPE_RAM_SHARED || type_is_paging(t) || t == HT_P2M_TYPE_POPULATE_ON_DEMAND)
        UNSUPPORTED(VCPU_INFO_GFN_FIXUP_4_17);
    FAIL(EINVAL, VCPU_INFO_BAD_FRAME);
}

/* vcpu_register_vcpu_info(vcpuid, mfn, offset): arch_do_vcpu_op copies the struct, then
 * map_vcpu_info.  A PV guest names a machine frame (it is not translated), which
 * get_page_from_gfn takes a reference on if the domain owns it; get_page_type(writable)
 * then holds a writable type until unmap_vcpu_info, when the domain dies.  (The new
 * vcpu_info's pending bits are the event-channel table's, not kept here.) */
int64_t ht_h_vcpu_register_vcpu_info(ht_machine *m, uint32_t vcpuid, uint64_t mfn,
                                     uint32_t offset)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_REGISTER_VCPU_INFO, vcpuid, &v);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    uint8_t slot = m->caller.slot;
    struct vcpu_rec *r = target(m, v);
    bool in_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    if (in_4_17) {
        /* map_vcpu_info at RELEASE-4.17.0 (common/domain.c): "offset > (PAGE_SIZE -
         * sizeof(*new_info))" and "offset & (align - 1)", align = alignof(vcpu_info_t), 8 on
         * x86_64 (a 64-bit shared info: no compat layout), are -ENXIO. */
        if (offset > PAGE_BYTES - VCPU_INFO_BYTES || (offset & (VCPU_INFO_ALIGN - 1)))
            FAIL(ENXIO, VCPU_INFO_OFFSET_4_17);
    } else if (offset > PAGE_BYTES - VCPU_INFO_BYTES) {
        FAIL(EINVAL, VCPU_INFO_OFFSET);
    }
    /* 4.2.0 initialises vcpu_info_mfn for PV vcpus only; an HVM vcpu's aliases hvm_vcpu
     * storage and reads 0, so the "already registered" test always fails (9b3db6d948).
     * 4.17's vcpu_info_mfn is INVALID_MFN for every vcpu until one is registered. */
    if (dom_is_hvm(m, slot) && !in_4_17)
        FAIL(EINVAL, VCPU_INFO_HVM_4_2_0);
    if (r->vcpu_info_mfn != NO_MFN)
        FAIL(EINVAL, VCPU_INFO_REGISTERED);
    /* "Run this command on yourself or on other offline VCPUS" (both versions). */
    if (v != m->caller.vcpu && !r->down)
        FAIL(EINVAL, VCPU_INFO_NOT_DOWN);
    if (dom_is_hvm(m, slot)) {   /* xen-4.17 only: 4.2.0 refused above */
        rc = hvm_vcpu_info_frame_4_17(m, slot, mfn, &mfn);
        if (rc)
            return rc;
    }
    const ht_frame *f = mfn < m->config.total_frames ? &m->frame[mfn] : NULL;
    if (!f || f->owner != slot || !(f->bits & HT_FRAME_ALLOCATED) ||
        f->refs == HT_FRAME_REFS_MAX || frame_wcount(f) == HT_FRAME_WCOUNT_MASK)
        FAIL(EINVAL, VCPU_INFO_BAD_FRAME);
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC))   /* __map_domain_page_global */
        FAIL(ENOMEM, VCPU_INFO_NO_MAP);
    frame_get(m, (uint32_t)mfn);
    frame_set_wcount(m, (uint32_t)mfn, (uint8_t)(frame_wcount(f) + 1));
    j64(m, &r->vcpu_info_mfn, mfn);
    j32(m, &r->vcpu_info_offset, offset);
    OK(0, NONE);
}

/* vcpu_send_nmi(vcpuid, arg) */
int64_t ht_h_vcpu_send_nmi(ht_machine *m, uint32_t vcpuid, uint64_t arg)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_SEND_NMI, vcpuid, &v);
    if (rc)
        return rc;
    if (arg != 0)   /* !guest_handle_is_null(arg) */
        FAIL(EINVAL, VCPU_NMI_ARG);
    j8(m, &target(m, v)->nmi_pending, 1);
    OK(0, NONE);
}

/* vcpu_get_physid(vcpuid) -> phys_id: is_pinned_vcpu (d->is_pinned, or an affinity of one
 * CPU); the engine pins no vcpu. */
int64_t ht_h_vcpu_get_physid(ht_machine *m, uint32_t vcpuid, uint64_t *phys_id)
{
    (void)phys_id;
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_GET_PHYSID, vcpuid, &v);
    if (rc)
        return rc;
    FAIL(EINVAL, VCPU_NOT_PINNED);
}

/* vcpu_register_vcpu_time_memory_area(vcpuid, addr): compiled out of 4.2 ("#if 0"), so
 * arch_do_vcpu_op's default.  At RELEASE-4.17.0 do_vcpu_op (arch/x86/domain.c) has it:
 * copy_from_guest (-EFAULT), guest_handle_okay (-EFAULT: an HVM caller always passes,
 * paging_mode_external; a PV one outside Xen's range), then arch.time_info_guest and
 * force_update_vcpu_system_time (a write to guest memory, not modelled). */
int64_t ht_h_vcpu_register_vcpu_time_memory_area(ht_machine *m, uint32_t vcpuid, uint64_t addr)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, HT_VCPUOP_REGISTER_VCPU_TIME_MEMORY_AREA, vcpuid, &v);
    if (rc)
        return rc;
    if (m->profile != HT_PROFILE_XEN_4_17)
        FAIL(ENOSYS, VCPU_UNKNOWN_CMD);
    if (copy_fails(m))
        FAIL(EFAULT, VCPU_COPY_FAULT);
    if (!dom_is_hvm(m, m->caller.slot) && addr >= ADDR_OK_BELOW && addr < HYPERVISOR_VIRT_END)
        FAIL(EFAULT, VCPU_ADDR_RESERVED);
    j64(m, &target(m, v)->time_area, addr);
    OK(0, NONE);
}

/* vcpu_op_raw(cmd, vcpuid) */
int64_t ht_h_vcpu_op_raw(ht_machine *m, uint32_t cmd, uint32_t vcpuid)
{
    uint32_t v;
    int64_t rc = vcpu_target(m, cmd, vcpuid, &v);
    if (rc)
        return rc;
    if (cmd < HT_VCPUOP_COUNT)
        UNSUPPORTED(VCPU_RAW_HAS_CALL);
    FAIL(ENOSYS, VCPU_UNKNOWN_CMD);
}

/* set_timer_op(timeout) (do_set_timer_op): the calling vcpu's singleshot timer; 0 stops
 * it, and a deadline wrapped negative or more than 2^50 ns ahead becomes now + 100 ms. */
int64_t ht_h_set_timer_op(ht_machine *m, uint64_t timeout)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_SET_TIMER_OP, 0);
    if (rc)
        return rc;
    struct vcpu_rec *r = target(m, m->caller.vcpu);
    int64_t deadline = (int64_t)timeout, now = ht_now(m);
    int64_t offset = (int64_t)((uint64_t)deadline - (uint64_t)now);
    if (deadline == 0) {
        js64(m, &r->singleshot, HT_TIME_NEVER);
        OK(0, NONE);
    }
    if (deadline < 0 || (offset > 0 && (uint32_t)(offset >> TIMER_HUGE_SHIFT) != 0)) {
        js64(m, &r->singleshot, now + MILLISECS(100));
        OK(0, TIMER_HUGE);
    }
    js64(m, &r->singleshot, deadline);
    clock_run_due(m);
    OK(0, NONE);
}

/* guest_timer_interrupt(domid, vcpu) */
int64_t ht_h_guest_timer_interrupt(ht_machine *m, uint16_t domid, uint32_t vcpu)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (vcpu >= m->dom[slot].nvcpus)
        FAIL(EINVAL, GUEST_NO_VCPU);
    struct vcpu_rec *r = rec(m, slot, vcpu);
    uint32_t events = r->timer_events;
    j32(m, &r->timer_events, 0);
    OK(events, NONE);
}

/* ---- lifecycle ------------------------------------------------------------------------ */

/* alloc_vcpu and vcpu_initialise (common/domain.c, arch/x86/domain.c), then the domain
 * build: see the file comment for who starts up. */
static void domain_init(ht_machine *m, uint8_t slot)
{
    bool hvm = dom_is_hvm(m, slot);
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
        struct vcpu_rec *r = rec(m, slot, v);
        bool up = v < m->dom[slot].nvcpus && (hvm || v == 0);
        j8(m, &r->initialised, up);
        j8(m, &r->down, !up);
        j8(m, &r->nmi_pending, 0);
        j32(m, &r->timer_events, 0);
        js64(m, &r->period, !hvm && v < m->dom[slot].nvcpus ? PV_TICK : 0);
        js64(m, &r->last_tick, 0);
        js64(m, &r->singleshot, HT_TIME_NEVER);
        for (uint32_t s = 0; s < HT_RUNSTATE_COUNT; s++)
            js64(m, &r->time[s], 0);
        js64(m, &r->entry_time, ht_now(m));
        j8(m, &r->runstate,
           v < m->dom[slot].nvcpus && running(m, slot, v) ? HT_RUNSTATE_RUNNING
                                                          : HT_RUNSTATE_OFFLINE);
        j64(m, &r->runstate_area, 0);
        j64(m, &r->time_area, 0);
        j64(m, &r->vcpu_info_mfn, NO_MFN);
        j32(m, &r->vcpu_info_offset, 0);
    }
}

/* domain_relinquish_resources: unmap_vcpu_info for a PV domain's vcpus (4.2), dropping
 * the page's writable type and reference; the timers die with the vcpus. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
        struct vcpu_rec *r = rec(m, slot, v);
        if (r->vcpu_info_mfn != NO_MFN) {
            uint32_t mfn = (uint32_t)r->vcpu_info_mfn;
            frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) - 1));
            j64(m, &r->vcpu_info_mfn, NO_MFN);
            frame_put(m, mfn);
        }
        js64(m, &r->singleshot, HT_TIME_NEVER);
    }
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m), sizeof(struct vcpu_state));
}

/* vcpu.1 and vcpu.2. */
static void audit(ht_machine *m, struct ht_audit *a)
{
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        if (!live(m, slot))
            continue;
        uint32_t domid = m->dom_pub[slot].domid;
        bool hvm = dom_is_hvm(m, slot);
        for (uint32_t v = 0; v < m->dom[slot].nvcpus; v++) {
            const struct vcpu_rec *r = rec(m, slot, v);
            if (!r->down && !r->initialised)
                audit_add(a, HT_INV_VCPU_STATE, domid, HT_NONE64, HT_NONE64, 1, r->initialised);
            /* 4.17's VCPUOP_down takes an HVM vcpu down (common_vcpu_op, RELEASE-4.17.0). */
            bool hvm_down_ok = m->profile == HT_PROFILE_XEN_4_17;
            if (hvm && ((r->down && !hvm_down_ok) || !r->initialised))
                audit_add(a, HT_INV_VCPU_STATE, domid, HT_NONE64, HT_NONE64, 0, r->down);
            if (r->vcpu_info_mfn != NO_MFN) {
                const ht_frame *f = r->vcpu_info_mfn < m->config.total_frames
                                        ? &m->frame[r->vcpu_info_mfn] : NULL;
                if (!f || f->owner != slot || f->refs == 0 || frame_wcount(f) == 0)
                    audit_add(a, HT_INV_VCPU_STATE, domid, HT_NONE64, r->vcpu_info_mfn, slot,
                              f ? f->owner : -1);
            }
            if (r->period != 0 && (r->period < MILLISECS(1) || r->period > STIME_DELTA_MAX))
                audit_add(a, HT_INV_VCPU_TIMERS, domid, HT_NONE64, HT_NONE64, STIME_DELTA_MAX,
                          r->period);
        }
    }
}

const struct ht_family_ops ht_family_vcpu = {
    .state_bytes = state_bytes,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .next_deadline = next_deadline,
    .fire_due = fire_due,
};
