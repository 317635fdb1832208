/*
 * The virtual clock: Xen's system time, NOW() (xen/common/timer.c, RELEASE-4.2.0), and the
 * advance_time event that moves it.
 *
 * Time moves only by advance_time; a call runs at one instant.  Timers belong to families
 * (their next_deadline and fire_due hooks, csrc/engine.h): the clock moves to the earliest
 * deadline, lets every family fire what is due, and repeats until the target time.  As in
 * Xen's timer softirq (timer.c: timer_softirq_action), a timer whose handler re-arms it at
 * or before the current time runs again at once; Xen then never leaves the softirq (XSA-20
 * was such a timer).  The clock reports that as host.liveness and moves on, so a run that
 * meets it ends instead of spinning.
 */
#include "engine.h"

struct clock_state {
    int64_t now;     /* ns of system time; starts at 0 when the machine is made */
    int64_t target;  /* where the advance_time under way goes (now between advances) */
};

static struct clock_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_CLOCK);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct clock_state);
}

int64_t ht_now(const ht_machine *m)
{
    return state(m)->now;
}

int64_t ht_clock_target(const ht_machine *m)
{
    const struct clock_state *s = state(m);
    return s->target > s->now ? s->target : s->now;
}

/* The earliest deadline any family has armed. */
static int64_t earliest(const ht_machine *m)
{
    int64_t next = HT_TIME_NEVER;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++) {
        if (!ht_families[f]->next_deadline)
            continue;
        int64_t d = ht_families[f]->next_deadline(m);
        if (d < next)
            next = d;
    }
    return next;
}

uint32_t clock_run_due(ht_machine *m)
{
    uint32_t events = 0;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->fire_due)
            events += ht_families[f]->fire_due(m);
    /* Every timer due now has run once; one due again re-armed itself in the past. */
    if (earliest(m) <= state(m)->now) {
        report_violation(m, HT_INV_LIVENESS, HT_NONE_DOM, HT_NONE64, HT_NONE64,
                         state(m)->now + 1, earliest(m));
        m->last.reason = HT_R_CLOCK_LIVELOCK;
    }
    return events;
}

/* How far system time may go: 2^62 - 1 ns, about 146 years of uptime.  Xen's timers add a
 * delay of up to STIME_DELTA_MAX (2^62 - 1: xen/include/xen/time.h from 4.2.1, checked in
 * do_vcpu_op's VCPUOP_set_periodic_timer, common/domain.c RELEASE-4.17.0) to NOW() in
 * s_time_t, e.g. a periodic timer's "now + v->periodic_period" (vcpu_periodic_timer_work,
 * common/schedule.c RELEASE-4.2.0): Xen relies on NOW()
 * staying far below 2^62, which a real host's uptime always does.  Past it, a legal period
 * would wrap the next deadline into the past and the clock would report a livelock that no
 * real Xen can reach (the fuzzer found one: advance_time to 7e18 ns, then a 3e18 ns period).
 * So the environment never moves the clock there. */
#define CLOCK_HORIZON ((int64_t)(~0ull >> 2))

/* advance_time(ns) */
int64_t ht_h_advance_time(ht_machine *m, uint64_t ns)
{
    struct clock_state *s = state(m);
    if (ns > (uint64_t)(CLOCK_HORIZON - s->now))
        FAIL(EINVAL, CLOCK_OVERFLOW);
    int64_t target = s->now + (int64_t)ns;
    j64(m, (uint64_t *)(void *)&s->target, (uint64_t)target);
    m->last.reason = HT_R_NONE;
    /* What is due now runs first, and the families account for the instant they leave. */
    int64_t events = clock_run_due(m);
    while (m->last.reason != HT_R_CLOCK_LIVELOCK) {
        int64_t next = earliest(m);
        if (next > target)
            break;
        if (next > s->now)
            j64(m, (uint64_t *)(void *)&s->now, (uint64_t)next);
        events += clock_run_due(m);
    }
    /* After a livelock the emulated CPU would spin forever: the clock stops firing and
     * moves on, so the run ends instead of spinning too. */
    j64(m, (uint64_t *)(void *)&s->now, (uint64_t)target);
    return ht_ok(m, events, (enum ht_reason_id)m->last.reason);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m), sizeof(struct clock_state));
}

const struct ht_family_ops ht_family_clock = {
    .state_bytes = state_bytes,
    .digest = digest,
};
