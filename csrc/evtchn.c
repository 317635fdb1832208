/*
 * Event channels: the per-domain port table and EVTCHNOP_* (xen/common/event_channel.c at
 * RELEASE-4.2.0, "event_channel.c" below; every check is in that file's order).
 *
 * Ports live in buckets of HT_EVTCHN_PER_BUCKET, allocated on demand as get_free_port()
 * does: the lowest free port is taken, and a new bucket is allocated only when every port
 * of the allocated ones is in use; a port is valid exactly when its bucket exists
 * (port_is_valid, xen/include/xen/event.h).  evtchn_init() reserves port 0 when the domain
 * is made (its bucket comes with the domain).  Buckets come from a pool allocated with the
 * machine, so the journal can name every field.
 *
 * Beside the ports: the shared-info pending and mask bitmaps (4096 bits each, for every
 * port whether its bucket exists or not), and per vcpu the vcpu_info upcall bits
 * (evtchn_upcall_pending, evtchn_upcall_mask, evtchn_pending_sel), the virq table
 * (virq_to_evtchn) and the head of its pirq port list (pirq_evtchn_head); per domain the
 * pirq map (pirq_to_evtchn).
 */
#include <string.h>

#include "engine.h"

#define PER_BUCKET HT_EVTCHN_PER_BUCKET
#define MAX_PORTS HT_MAX_EVTCHN_PORTS   /* MAX_EVTCHNS(d): 64-bit shared info, 64 * 64 */
#define BUCKETS_PER_DOMAIN (MAX_PORTS / PER_BUCKET)
#define BITMAP_WORDS (MAX_PORTS / 64)
#define POOL_BUCKETS 256
#define NO_BUCKET 0xffffu
#define DANGLING 0x8000u   /* planted XSA-47: the bucket was published, then freed */
/* nr_pirqs is nr_irqs_gsi (an 8-bit host option) + extra_dom0_irqs 256 at most. */
#define MAX_PIRQS 512
#define EXTRA_DOMU_IRQS 32    /* extra_domU_irqs (common/domain.c, 4.2) */
#define EXTRA_DOM0_IRQS 256   /* extra_dom0_irqs */
/* XSA-344's fix preempts reset and destroy every 64 ports ((i & 0x3f) == 0). */
#define PREEMPT_PORTS 64

_Static_assert(MAX_PORTS % PER_BUCKET == 0, "buckets must tile the port space");
_Static_assert(POOL_BUCKETS < DANGLING, "pool indices must leave the dangling bit free");
_Static_assert(255 + EXTRA_DOM0_IRQS < MAX_PIRQS, "the pirq map must hold every pirq");
_Static_assert(MAX_PORTS <= 0xffff, "ports are stored in 16 bits");

struct evtchn_vcpu {
    uint64_t pending_sel;        /* vcpu_info.evtchn_pending_sel */
    uint8_t upcall_pending;      /* vcpu_info.evtchn_upcall_pending */
    uint8_t upcall_mask;         /* vcpu_info.evtchn_upcall_mask */
    uint16_t pirq_head;          /* v->pirq_evtchn_head */
    uint16_t virq_to_evtchn[HT_VIRQ_COUNT];
};

struct evtchn_domain {
    uint64_t pending[BITMAP_WORDS];   /* shared_info evtchn_pending */
    uint64_t mask[BITMAP_WORDS];      /* shared_info evtchn_mask */
    uint16_t bucket_of[BUCKETS_PER_DOMAIN];   /* pool index, NO_BUCKET, or | DANGLING */
    uint32_t max_port;    /* the emulator's limit (domain_set_max_evtchn; 4.2 has none) */
    uint32_t next_hint;   /* planted alloc_next_fit: where the next search starts */
    struct evtchn_vcpu vcpu[HT_MAX_VCPUS];
    uint16_t pirq_to_evtchn[MAX_PIRQS];
};

/* What the oracle hooks capture before a call (scratch: not journalled, not digested). */
struct evtchn_pre {
    bool lowest_valid;    /* the call allocates a port in slot; lowest is the one it must take */
    bool alloc_valid;     /* the call allocates a port in alloc_slot (evtchn.9) */
    uint8_t alloc_slot;
    uint8_t slot;
    uint32_t lowest;
    bool peer_valid;      /* the call closes an interdomain port whose peer is (peer_slot, q) */
    uint8_t peer_slot;
    uint16_t peer_domid;
    uint16_t closer;
    uint32_t peer_port;
};

struct evtchn_state {
    struct evtchn_domain dom[HT_MAX_DOMAINS];
    uint16_t next_free[POOL_BUCKETS];   /* the pool's free list */
    uint16_t free_head;
    uint16_t pad;
    struct ht_evtchn bucket[POOL_BUCKETS][PER_BUCKET];
    struct evtchn_pre pre;
};

static struct evtchn_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_EVTCHN);
}

static struct evtchn_domain *dom(const ht_machine *m, uint8_t slot)
{
    return &state(m)->dom[slot];
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct evtchn_state);
}

static void init(ht_machine *m, void *raw)
{
    (void)m;
    struct evtchn_state *s = raw;
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        memset(s->dom[slot].bucket_of, 0xff, sizeof s->dom[slot].bucket_of);
    for (uint16_t b = 0; b < POOL_BUCKETS; b++)
        s->next_free[b] = b + 1 < POOL_BUCKETS ? (uint16_t)(b + 1) : (uint16_t)NO_BUCKET;
    s->free_head = 0;
}

/* ---- bitmaps -------------------------------------------------------------------------- */

static bool bit(const uint64_t *map, uint32_t i)
{
    return (map[i / 64] >> (i % 64)) & 1u;
}

/* Sets or clears bit i; returns its old value (test_and_set_bit / test_and_clear_bit). */
static bool bit_put(ht_machine *m, uint64_t *map, uint32_t i, bool on)
{
    bool was = bit(map, i);
    uint64_t w = map[i / 64], b = 1ull << (i % 64);
    j64(m, &map[i / 64], on ? (w | b) : (w & ~b));
    return was;
}

/* ---- the port table ------------------------------------------------------------------- */

/* The entry of a port without side effects: NULL when the bucket is not there (also for a
 * dangling one when !dangling_ok).  The audit and the oracle look through this. */
static struct ht_evtchn *entry(const ht_machine *m, uint8_t slot, uint32_t port,
                               bool dangling_ok)
{
    if (port >= MAX_PORTS)
        return NULL;
    uint16_t b = dom(m, slot)->bucket_of[port / PER_BUCKET];
    if (b == NO_BUCKET || ((b & DANGLING) && !dangling_ok))
        return NULL;
    return &state(m)->bucket[b & ~DANGLING][port % PER_BUCKET];
}

static bool dangling(const ht_machine *m, uint8_t slot, uint32_t port)
{
    uint16_t b = port < MAX_PORTS ? dom(m, slot)->bucket_of[port / PER_BUCKET] : NO_BUCKET;
    return b != NO_BUCKET && (b & DANGLING);
}

/* A use of a freed bucket (planted XSA-47): what a sanitizer would report. */
static void report_dangling(ht_machine *m, uint8_t slot, uint32_t port)
{
    report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, port, ~0ull,
                     NO_BUCKET, dom(m, slot)->bucket_of[port / PER_BUCKET] & ~DANGLING);
}

struct ht_evtchn *evtchn_port(ht_machine *m, uint8_t slot, uint32_t port)
{
    if (dangling(m, slot, port))
        report_dangling(m, slot, port);
    return entry(m, slot, port, true);
}

/* The number of valid ports: buckets are allocated in order, so the valid ports are
 * 0 .. valid - 1 (get_free_port allocates the bucket of the first invalid port). */
static uint32_t valid_ports(const ht_machine *m, uint8_t slot)
{
    const struct evtchn_domain *d = dom(m, slot);
    uint32_t n = 0;
    while (n < BUCKETS_PER_DOMAIN && d->bucket_of[n] != NO_BUCKET)
        n++;
    return n * PER_BUCKET;
}

uint32_t evtchn_max_port(const ht_machine *m, uint8_t slot)
{
    return dom(m, slot)->max_port;
}

void evtchn_set_max_port(ht_machine *m, uint8_t slot, uint32_t max_port)
{
    j32(m, &dom(m, slot)->max_port, max_port);
}

static void set_entry(ht_machine *m, struct ht_evtchn *c, uint8_t st, uint8_t flags,
                      uint16_t remote_dom, uint32_t value)
{
    j8(m, &c->state, st);
    j8(m, &c->flags, flags);
    j16(m, &c->remote_dom, remote_dom);
    j32(m, &c->value, value);
}

static void pool_put(ht_machine *m, uint16_t b)
{
    struct evtchn_state *s = state(m);
    j16(m, &s->next_free[b], s->free_head);
    j16(m, &s->free_head, b);
}

/* The bucket of the domain's bucket index i (get_free_port's xzalloc_array and the
 * per-port xsm_alloc_security_evtchn loop).  Bucket 0 comes with the domain: it is not
 * charged to the Xen heap.  Returns 0 or -HT_ENOMEM; *array is set when the bucket itself
 * could not be allocated (rather than its ports' labels). */
static int bucket_alloc(ht_machine *m, uint8_t slot, uint32_t i, bool *array)
{
    struct evtchn_state *s = state(m);
    struct evtchn_domain *d = dom(m, slot);
    bool charged = i != 0;
    *array = true;
    if (charged && !xenheap_take(m))
        return -HT_ENOMEM;
    uint16_t b = s->free_head;
    if (b == NO_BUCKET) {
        if (charged)
            xenheap_give(m);
        return -HT_ENOMEM;
    }
    *array = false;
    j16(m, &s->free_head, s->next_free[b]);
    ht_journal_blob(m, s->bucket[b], sizeof s->bucket[b]);
    memset(s->bucket[b], 0, sizeof s->bucket[b]);
    /* The ports' security labels: one allocation for the 128 (a failure at any one is the
     * same failure).  4.2.0 stored the bucket pointer before this loop and freed the
     * bucket on failure, leaving the pointer (XSA-47); 99b9ab0b3e stores it after. */
    if (charged && fault_fires(m, HT_FAULT_SITE_XEN_ALLOC)) {
        if (ht_bug(m, HT_BUG_EVTCHN_BUCKET_DANGLING))
            j16(m, &d->bucket_of[i], (uint16_t)(b | DANGLING));
        pool_put(m, b);
        xenheap_give(m);
        return -HT_ENOMEM;
    }
    j16(m, &d->bucket_of[i], b);
    return 0;
}

/* get_free_port (event_channel.c): a dying domain gets nothing; otherwise the lowest free
 * valid port, or the first port of a new bucket. */
int evtchn_get_free_port(ht_machine *m, uint8_t slot, uint32_t *port)
{
    /* get_free_port (common/event_channel.c, RELEASE-4.17.0 and RELEASE-4.2.0): "if (
     * d->is_dying ) return -EINVAL;", which f8a7ef4fec added so that no port comes after
     * evtchn_destroy.  Planted evtchn_alloc_in_dying_domain takes the check away. */
    if (dom_flag(m, slot, HT_DF_DYING) && !ht_bug(m, HT_BUG_EVTCHN_ALLOC_IN_DYING_DOMAIN)) {
        m->last.reason = HT_R_EVTCHN_DYING;
        return -HT_EINVAL;
    }
    struct evtchn_domain *d = dom(m, slot);
    uint32_t valid = valid_ports(m, slot);
    uint32_t top = valid <= d->max_port ? valid : d->max_port + 1;
    uint32_t start = ht_bug(m, HT_BUG_ALLOC_NEXT_FIT) && d->next_hint < top ? d->next_hint : 0;
    bool reported = false;
    for (uint32_t i = 0; i < top; i++) {
        uint32_t p = (start + i) % top;
        if (dangling(m, slot, p) && !reported) {
            report_dangling(m, slot, p);  /* the scan reads freed memory */
            reported = true;
        }
        if (entry(m, slot, p, true)->state == HT_EVTCHN_STATE_FREE) {
            *port = p;
            j32(m, &d->next_hint, p + 1);
            return 0;
        }
    }
    if (valid > d->max_port || valid == MAX_PORTS) {
        m->last.reason = HT_R_EVTCHN_NO_FREE_PORT;
        return -HT_ENOSPC;
    }
    bool array;
    int rc = bucket_alloc(m, slot, valid / PER_BUCKET, &array);
    if (rc) {
        m->last.reason = HT_R_EVTCHN_NO_BUCKET;
        /* 2e9c2bc292: a get_free_port that ignored the failure of the bucket's allocation
         * handed out the port, and its caller wrote the port's state through the missing
         * bucket. */
        if (array && ht_bug(m, HT_BUG_GET_FREE_PORT_IGNORES_ERROR))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, valid, ~0ull,
                             0, 1);
        return rc;
    }
    *port = valid;
    j32(m, &d->next_hint, valid + 1);
    return 0;
}

/* ---- delivery ------------------------------------------------------------------------- */

static uint32_t vcpu_index(uint32_t vcpu)
{
    return vcpu < HT_MAX_VCPUS ? vcpu : 0;  /* notify vcpus are checked when bound */
}

/* vcpu_mark_events_pending (arch/x86/domain.c): the first upcall kicks the vcpu, which
 * unblocks it.  An HVM vcpu gets the callback interrupt instead (only vcpu 0, unless the
 * guest set up the callback vector); the engine wakes any vcpu, as if it had. */
static void mark_events_pending(ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu_index(vcpu)];
    if (v->upcall_pending)
        return;
    j8(m, &v->upcall_pending, 1);
    sched_vcpu_unblock(m, slot, vcpu);
}

/* evtchn_set_pending (event_channel.c): set the bit; if it was clear and the port is not
 * masked, flag its word in the vcpu's pending_sel and raise the upcall; then wake the
 * domain's pollers of the port (masked or not). */
static void set_pending(ht_machine *m, uint8_t slot, uint32_t vcpu, uint32_t port)
{
    struct evtchn_domain *d = dom(m, slot);
    if (bit_put(m, d->pending, port, true))
        return;
    struct evtchn_vcpu *v = &d->vcpu[vcpu_index(vcpu)];
    uint64_t sel = 1ull << (port / 64);
    if (!bit(d->mask, port) && !(v->pending_sel & sel)) {
        j64(m, &v->pending_sel, v->pending_sel | sel);
        mark_events_pending(m, slot, vcpu);
    }
    sched_wake_pollers(m, slot, port);
}

bool evtchn_is_pending(const ht_machine *m, uint8_t slot, uint32_t port)
{
    return port < MAX_PORTS && bit(dom(m, slot)->pending, port);
}

/* The shared-info pending bit as a dom0 kernel sees it: __xen_evtchn_do_upcall reads
 * evtchn_pending (Linux, drivers/xen/events/events_2l.c) to find the ports to deliver. */
int ht_evtchn_pending(const ht_machine *m, uint32_t domid, uint32_t port)
{
    if (domid > UINT16_MAX)
        return -1;
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        return -1;
    return evtchn_is_pending(m, slot, port) ? 1 : 0;
}

/* local_events_need_delivery (asm-x86/event.h): an upcall pending and not masked.  An HVM
 * vcpu asks whether its callback interrupt can be delivered; the engine reads the same
 * two bits (block unmasks them first, as it enables interrupts). */
bool evtchn_events_need_delivery(const ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    const struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu_index(vcpu)];
    return v->upcall_pending && !v->upcall_mask;
}

/* local_event_delivery_enable. */
void evtchn_enable_delivery(ht_machine *m, uint8_t slot, uint32_t vcpu)
{
    j8(m, &dom(m, slot)->vcpu[vcpu_index(vcpu)].upcall_mask, 0);
}

/* virq_is_global (event_channel.c): timer, debug and xenoprof are per-vcpu; the arch ones
 * are global on x86 (arch_virq_is_global). */
static bool virq_is_global(uint32_t virq)
{
    return virq != HT_VIRQ_TIMER && virq != HT_VIRQ_DEBUG && virq != HT_VIRQ_XENOPROF;
}

/* send_guest_vcpu_virq / send_guest_global_virq (event_channel.c): the port in the virq
 * table (vcpu 0's for a global virq), set pending on the vcpu it notifies; none: dropped. */
void evtchn_send_virq(ht_machine *m, uint8_t slot, uint32_t virq, uint32_t vcpu)
{
    if (virq >= HT_VIRQ_COUNT || vcpu >= m->dom[slot].nvcpus)
        return;
    bool global = virq_is_global(virq);
    uint32_t port = dom(m, slot)->vcpu[global ? 0 : vcpu].virq_to_evtchn[virq];
    if (port == 0)
        return;
    const struct ht_evtchn *c = evtchn_port(m, slot, port);
    set_pending(m, slot, global && c ? c->notify_vcpu : vcpu, port);
}

void evtchn_send_global_virq(ht_machine *m, uint32_t virq)
{
    evtchn_send_virq(m, 0, virq, 0);  /* global_virq_handlers[virq] ?: dom0 */
}

/* ---- pirq lists (link_pirq_port / unlink_pirq_port) ------------------------------------ */

static void link_pirq(ht_machine *m, uint8_t slot, uint32_t port, struct ht_evtchn *c,
                      uint32_t vcpu)
{
    struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu_index(vcpu)];
    j16(m, &c->pirq_prev, 0);
    j16(m, &c->pirq_next, v->pirq_head);
    struct ht_evtchn *head = v->pirq_head ? entry(m, slot, v->pirq_head, true) : NULL;
    if (head)
        j16(m, &head->pirq_prev, (uint16_t)port);
    j16(m, &v->pirq_head, (uint16_t)port);
}

static void unlink_pirq(ht_machine *m, uint8_t slot, struct ht_evtchn *c, uint32_t vcpu)
{
    struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu_index(vcpu)];
    struct ht_evtchn *prev = c->pirq_prev ? entry(m, slot, c->pirq_prev, true) : NULL;
    struct ht_evtchn *next = c->pirq_next ? entry(m, slot, c->pirq_next, true) : NULL;
    if (prev)
        j16(m, &prev->pirq_next, c->pirq_next);
    else
        j16(m, &v->pirq_head, c->pirq_next);
    if (next)
        j16(m, &next->pirq_prev, c->pirq_prev);
}

/* ---- close ------------------------------------------------------------------------------ */

/* __evtchn_close (event_channel.c): 0, or the raw error with the reason set.  op: the
 * EVTCHNOP_close path (the loops of reset and destroy report a dangling bucket once
 * themselves), where the planted close_frees_port_zero lets port 0 go. */
static int64_t close_port(ht_machine *m, uint8_t slot, uint32_t port, bool op)
{
    struct ht_evtchn *c = op ? evtchn_port(m, slot, port) : entry(m, slot, port, true);
    if (!c)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    /* "Guest cannot close a Xen-attached event channel." */
    if (c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)
        FAIL(EINVAL, EVTCHN_XEN_PORT);
    struct evtchn_domain *d = dom(m, slot);
    switch (c->state) {
    case HT_EVTCHN_STATE_RESERVED:
        if (op && ht_bug(m, HT_BUG_CLOSE_FREES_PORT_ZERO))
            break;
        FAIL(EINVAL, EVTCHN_CLOSED_PORT);
    case HT_EVTCHN_STATE_FREE:
        FAIL(EINVAL, EVTCHN_CLOSED_PORT);
    case HT_EVTCHN_STATE_UNBOUND:
    case HT_EVTCHN_STATE_IPI:
        break;
    case HT_EVTCHN_STATE_PIRQ:
        /* pirq_guest_unbind (PV: nothing is bound in the engine), pirq->evtchn = 0, and off
         * the notified vcpu's list. */
        if (c->value < MAX_PIRQS)
            j16(m, &d->pirq_to_evtchn[c->value], 0);
        /* Planted pirq_close_skips_unlink (modelled on e301a706eb, 4.17 evtchn_close): the
         * unlink is bypassed when the pirq's structure is already gone, which the fix's
         * author suspected of the reset and destruction loops; here, in those loops, for a
         * port evtchn_bind_vcpu moved off vcpu 0: the freed port stays on that vcpu's list. */
        if (!(!op && c->notify_vcpu != 0 && ht_bug(m, HT_BUG_PIRQ_CLOSE_SKIPS_UNLINK)))
            unlink_pirq(m, slot, c, c->notify_vcpu);
        break;
    case HT_EVTCHN_STATE_VIRQ:
        /* Every vcpu whose table names the port (4.17 looks at one vcpu only: vcpu 0 for a
         * global virq, 7cf8a2d0ec).  Planted global_virq_close_wrong_vcpu: the one vcpu is
         * the notified one whatever the virq, so a global virq moved off vcpu 0 by
         * EVTCHNOP_bind_vcpu stays in vcpu 0's table, naming the freed port. */
        if (ht_bug(m, HT_BUG_GLOBAL_VIRQ_CLOSE_WRONG_VCPU)) {
            uint32_t v = c->notify_vcpu < HT_MAX_VCPUS ? c->notify_vcpu : 0;
            if (c->value < HT_VIRQ_COUNT && d->vcpu[v].virq_to_evtchn[c->value] == port)
                j16(m, &d->vcpu[v].virq_to_evtchn[c->value], 0);
            break;
        }
        for (uint32_t v = 0; v < HT_MAX_VCPUS; v++)
            if (c->value < HT_VIRQ_COUNT && d->vcpu[v].virq_to_evtchn[c->value] == port)
                j16(m, &d->vcpu[v].virq_to_evtchn[c->value], 0);
        break;
    case HT_EVTCHN_STATE_INTERDOMAIN: {
        /* The peer becomes unbound, accepting the closer again (a Xen port stays Xen's). */
        uint8_t peer = ht_slot(m, c->remote_dom);
        struct ht_evtchn *c2 = peer == HT_NO_SLOT ? NULL : evtchn_port(m, peer, c->value);
        /* "BUG_ON(!port_is_valid(d2, port2))" (4.17 evtchn_close; 4.2 __evtchn_close has
         * it too).  Planted evtchn_port_valid_shrinks (XSA-338, e59ce972d1 'evtchn: relax
         * port_is_valid()'): port_is_valid also tested the domain's current limit, which
         * domain_set_max_evtchn may lower below a port already bound, so the assertion
         * fires on a pairing that is sound (a host crash).  The engine reports the pairing
         * Xen's own check denies and goes on with the close. */
        if (c2 && c->value > dom(m, peer)->max_port &&
            ht_bug(m, HT_BUG_EVTCHN_PORT_VALID_SHRINKS))
            report_violation(m, HT_INV_EVTCHN_INTERDOMAIN, m->dom_pub[slot].domid, port,
                             ~0ull, dom(m, peer)->max_port, c->value);
        /* Planted evtchn_reset_leaves_peer (modelled on XSA-343, evtchn_reset): the reset's
         * close of a port moved to another vcpu leaves its peer bound. */
        bool leave = ht_bug(m, HT_BUG_CLOSE_LEAVES_PEER_BOUND) ||
                     (!op && c->notify_vcpu != 0 && ht_bug(m, HT_BUG_EVTCHN_RESET_LEAVES_PEER));
        if (c2 && c2->state == HT_EVTCHN_STATE_INTERDOMAIN && !leave)
            set_entry(m, c2, HT_EVTCHN_STATE_UNBOUND, c2->flags, m->dom_pub[slot].domid, 0);
        break;
    }
    default:
        break;
    }
    /* "Clear pending event to avoid unexpected behavior on re-bind"; the mask is kept.
     * "Reset binding to vcpu0 when the channel is freed."  Planted evtchn_close_keeps_pending
     * (120785c177, 2008, 'evtchn: Avoid spurious event-channel notifications across
     * unbind/bind', which added the clear; RELEASE-4.2.0 __evtchn_close and 4.17
     * evtchn_free's evtchn_port_clear_pending have it): the pending bit stays. */
    if (!ht_bug(m, HT_BUG_EVTCHN_CLOSE_KEEPS_PENDING))
        bit_put(m, d->pending, port, false);
    set_entry(m, c, HT_EVTCHN_STATE_FREE, 0, 0, 0);
    /* Planted evtchn_free_keeps_vcpu (modelled on the code before c1a9064dc7, which added
     * this reset; 4.2 __evtchn_close and 4.17 evtchn_free keep it): the freed port keeps
     * the vcpu EVTCHNOP_bind_vcpu gave it, and evtchn_bind_pirq, which links the port on
     * vcpu 0's pirq list without setting notify_vcpu_id, leaves it notifying that vcpu. */
    if (!ht_bug(m, HT_BUG_EVTCHN_FREE_KEEPS_VCPU))
        j8(m, &c->notify_vcpu, 0);
    j16(m, &c->pirq_prev, 0);
    j16(m, &c->pirq_next, 0);
    return 0;
}

/* The loop of evtchn_reset and evtchn_destroy over every valid port, errors ignored;
 * destroy first clears each port's Xen consumer.  XSA-344: neither preempted. */
static void close_all(ht_machine *m, uint8_t slot, bool destroy)
{
    uint32_t valid = valid_ports(m, slot), closed = 0;
    bool reported = false;
    for (uint32_t p = 0; p < valid; p++) {
        /* port_is_valid holds for a dangling bucket too: Xen closes whatever the freed
         * memory now holds (another domain's ports, once it is reused). */
        if (dangling(m, slot, p) && !reported) {
            report_dangling(m, slot, p);
            reported = true;
        }
        struct ht_evtchn *c = entry(m, slot, p, true);
        if (destroy)
            j8(m, &c->flags, (uint8_t)(c->flags & ~HT_EVTCHN_FLAGS_XEN_CONSUMER));
        closed += close_port(m, slot, p, false) == 0;
    }
    if (closed > PREEMPT_PORTS && ht_bug(m, HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE))
        report_violation(m, HT_INV_LIVENESS, m->dom_pub[slot].domid, ~0ull, ~0ull,
                         PREEMPT_PORTS, closed);
}

/* ---- the Xen consumers (the mem_event rings) ------------------------------------------- */

/* alloc_unbound_xen_event_channel (event_channel.c): an unbound port of slot accepting
 * remote_dom, consumed by Xen, notifying vcpu 0. */
int evtchn_alloc_xen(ht_machine *m, uint8_t slot, uint16_t remote_dom, uint32_t *port)
{
    int rc = evtchn_get_free_port(m, slot, port);
    if (rc)
        return rc;
    struct ht_evtchn *c = evtchn_port(m, slot, *port);
    set_entry(m, c, HT_EVTCHN_STATE_UNBOUND, HT_EVTCHN_FLAGS_XEN_CONSUMER, remote_dom, 0);
    j8(m, &c->notify_vcpu, 0);
    return 0;
}

/* free_xen_event_channel: nothing on a dying domain (evtchn_destroy closes it); otherwise
 * the consumer is cleared and the port closed, so a helper's bound port becomes unbound. */
void evtchn_free(ht_machine *m, uint8_t slot, uint32_t port)
{
    if (dom_flag(m, slot, HT_DF_DYING))
        return;
    struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (!c)
        return;
    j8(m, &c->flags, (uint8_t)(c->flags & ~HT_EVTCHN_FLAGS_XEN_CONSUMER));
    close_port(m, slot, port, false);
}

/* notify_via_xen_event_channel: Xen kicks the helper's port bound to its own (a request
 * is on the ring); an unbound Xen port notifies nobody. */
void evtchn_notify_xen(ht_machine *m, uint8_t slot, uint32_t port)
{
    if (dom_flag(m, slot, HT_DF_DYING))
        return;
    const struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (!c || c->state != HT_EVTCHN_STATE_INTERDOMAIN)
        return;
    uint8_t peer = ht_slot(m, c->remote_dom);
    const struct ht_evtchn *c2 = peer == HT_NO_SLOT ? NULL : evtchn_port(m, peer, c->value);
    if (c2)
        set_pending(m, peer, c2->notify_vcpu, c->value);
}

/* ---- EVTCHNOP_* ------------------------------------------------------------------------ */

/* do_event_channel_op copies the op's struct in first, and (for ops with outputs) back out
 * on success, keeping the change if that fails ("Cleaning up here would be a mess!"): each
 * copy is fault site `copy` (copy_fails, fault.c). */

/* rcu_lock_domain_by_any_id (common/domain.c, RELEASE-4.17.0), as evtchn_alloc_unbound
 * looks its domain up at 4.17 (common/event_channel.c): DOMID_SELF is the caller, any
 * other id is found (a guest's own numeric id included) or ESRCH; no privilege yet. */
static int64_t any_id_lookup_4_17(ht_machine *m, uint16_t dom_arg, uint8_t *slot)
{
    uint8_t s = dom_arg == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, dom_arg);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    *slot = s;
    return 0;
}

/* evtchn_alloc_unbound(dom, remote_dom) -> port */
int64_t ht_h_evtchn_alloc_unbound(ht_machine *m, uint16_t dom_arg, uint16_t remote_dom,
                                  uint64_t *port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot;
    bool in_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    int64_t rc = in_4_17 ? any_id_lookup_4_17(m, dom_arg, &slot)
                         : target_self_or_priv(m, dom_arg, &slot);  /* rcu_lock_target_domain_by_id */
    if (rc)
        return rc;
    uint32_t p;
    int err = evtchn_get_free_port(m, slot, &p);
    if (err)
        return err;  /* get_free_port named the reason */
    /* 4.17's xsm_evtchn_unbound(XSM_TARGET, d, ...) after the port is found
     * (evtchn_alloc_unbound, common/event_channel.c, RELEASE-4.17.0; xsm/dummy.h
     * xsm_default_action): the domain itself, its device model or the control domain,
     * else EPERM; the port stays free. */
    if (in_4_17 && slot != m->caller.slot && !caller_priv_for(m, slot))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, slot))  /* xsm_evtchn_unbound: the port stays free */
        FAIL(EACCES, XSM_DENIED);
    /* remote_dom is not checked; DOMID_SELF means the caller (not dom). */
    uint16_t remote = remote_dom == HT_DOMID_SELF ? m->caller.domid : remote_dom;
    set_entry(m, evtchn_port(m, slot, p), HT_EVTCHN_STATE_UNBOUND, 0, remote, 0);
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *port = p;
    OK(0, NONE);
}

/* evtchn_bind_interdomain(remote_dom, remote_port) -> local_port */
int64_t ht_h_evtchn_bind_interdomain(ht_machine *m, uint16_t remote_dom, uint32_t remote_port,
                                     uint64_t *local_port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t lslot = m->caller.slot;
    uint8_t rslot = ht_slot(m, remote_dom == HT_DOMID_SELF ? m->caller.domid : remote_dom);
    if (rslot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    /* The local port is allocated first: a full or dying caller hides the remote errors. */
    uint32_t lport;
    int err = evtchn_get_free_port(m, lslot, &lport);
    if (err)
        return err;  /* get_free_port named the reason */
    struct ht_evtchn *rchn = evtchn_port(m, rslot, remote_port);
    if (!rchn)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    if (rchn->state != HT_EVTCHN_STATE_UNBOUND || rchn->remote_dom != m->caller.domid)
        FAIL(EINVAL, EVTCHN_REMOTE_NOT_UNBOUND);
    if (caller_xsm_denied(m, rslot))  /* xsm_evtchn_interdomain */
        FAIL(EACCES, XSM_DENIED);
    struct ht_evtchn *lchn = evtchn_port(m, lslot, lport);
    set_entry(m, lchn, HT_EVTCHN_STATE_INTERDOMAIN, 0, m->dom_pub[rslot].domid, remote_port);
    set_entry(m, rchn, HT_EVTCHN_STATE_INTERDOMAIN, rchn->flags, m->caller.domid, lport);
    /* "We may have lost notifications on the remote unbound port": the local one is set
     * pending, on the vcpu it notifies (0). */
    set_pending(m, lslot, lchn->notify_vcpu, lport);
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *local_port = lport;
    OK(0, NONE);
}

/* evtchn_bind_virq(virq, vcpu) -> port */
int64_t ht_h_evtchn_bind_virq(ht_machine *m, uint32_t virq, uint32_t vcpu, uint64_t *port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    if (virq >= HT_VIRQ_COUNT)  /* virq < 0 as an int is 2^31 or more here */
        FAIL(EINVAL, EVTCHN_BAD_VIRQ);
    if (virq_is_global(virq) && vcpu != 0)
        FAIL(EINVAL, EVTCHN_GLOBAL_VIRQ_VCPU);
    if (vcpu >= m->dom[slot].nvcpus)
        FAIL(ENOENT, EVTCHN_NO_VCPU);
    struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu];
    if (v->virq_to_evtchn[virq] != 0)
        FAIL(EEXIST, EVTCHN_VIRQ_BOUND);
    uint32_t p;
    int err = evtchn_get_free_port(m, slot, &p);
    if (err)
        return err;  /* get_free_port named the reason */
    struct ht_evtchn *c = evtchn_port(m, slot, p);
    set_entry(m, c, HT_EVTCHN_STATE_VIRQ, 0, 0, virq);
    j8(m, &c->notify_vcpu, (uint8_t)vcpu);
    j16(m, &v->virq_to_evtchn[virq], (uint16_t)p);
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *port = p;
    OK(0, NONE);
}

/* evtchn_bind_ipi(vcpu) -> port */
int64_t ht_h_evtchn_bind_ipi(ht_machine *m, uint32_t vcpu, uint64_t *port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    if (vcpu >= m->dom[slot].nvcpus)
        FAIL(ENOENT, EVTCHN_NO_VCPU);
    uint32_t p;
    int err = evtchn_get_free_port(m, slot, &p);
    if (err)
        return err;  /* get_free_port named the reason */
    struct ht_evtchn *c = evtchn_port(m, slot, p);
    set_entry(m, c, HT_EVTCHN_STATE_IPI, 0, 0, 0);
    j8(m, &c->notify_vcpu, (uint8_t)vcpu);
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *port = p;
    OK(0, NONE);
}

/* d->nr_pirqs (domain_create, common/domain.c): the host's GSIs and the extra IRQs of a
 * guest or of domain 0 (nr_irqs, the cap, is larger on any host the engine models). */
static uint32_t nr_pirqs(const ht_machine *m, uint8_t slot)
{
    uint32_t extra = m->dom_pub[slot].domid == 0 ? EXTRA_DOM0_IRQS : EXTRA_DOMU_IRQS;
    return (uint32_t)m->config.option[HT_OPT_NR_IRQS_GSI] + extra;
}

/* evtchn_bind_pirq(pirq, flags) -> port */
int64_t ht_h_evtchn_bind_pirq(ht_machine *m, uint32_t pirq, uint32_t flags, uint64_t *port)
{
    (void)flags;  /* BIND_PIRQ__WILL_SHARE matters only to pirq_guest_bind */
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    bool hvm = dom_is_hvm(m, slot);
    if (pirq >= nr_pirqs(m, slot))
        FAIL(EINVAL, EVTCHN_BAD_PIRQ);
    /* irq_access_permitted: domain 0 is given every pirq (construct_dom0,
     * irqs_permit_access(dom0, 0, nr_pirqs - 1)); nothing grants a PV guest any. */
    if (!hvm && m->dom_pub[slot].domid != 0)
        FAIL(EPERM, EVTCHN_PIRQ_NO_ACCESS);
    struct evtchn_domain *d = dom(m, slot);
    if (d->pirq_to_evtchn[pirq] != 0)
        FAIL(EEXIST, EVTCHN_PIRQ_BOUND);
    uint32_t p;
    int err = evtchn_get_free_port(m, slot, &p);
    if (err)
        return err;  /* get_free_port named the reason */
    if (fault_fires(m, HT_FAULT_SITE_XEN_ALLOC))  /* pirq_get_info: the port stays free */
        FAIL(ENOMEM, EVTCHN_PIRQ_NOMEM);
    /* pirq_guest_bind (PV): the pirq must be mapped to a machine IRQ, and the engine maps
     * none (PHYSDEVOP_map_pirq is not modelled): pirq_spin_lock_irq_desc finds nothing. */
    if (!hvm)
        FAIL(EINVAL, EVTCHN_PIRQ_UNMAPPED);
    struct ht_evtchn *c = evtchn_port(m, slot, p);
    set_entry(m, c, HT_EVTCHN_STATE_PIRQ, 0, 0, pirq);
    j16(m, &d->pirq_to_evtchn[pirq], (uint16_t)p);
    link_pirq(m, slot, p, c, 0);  /* on vcpu 0's list: the port notifies vcpu 0 */
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *port = p;
    OK(0, NONE);
}

/* evtchn_close(port) */
int64_t ht_h_evtchn_close(ht_machine *m, uint32_t port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    int64_t rc = close_port(m, m->caller.slot, port, true);
    if (rc)
        return rc;
    OK(0, NONE);
}

/* evtchn_notify(port): EVTCHNOP_send, evtchn_send(current->domain, port) */
int64_t ht_h_evtchn_notify(ht_machine *m, uint32_t port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    const struct ht_evtchn *lchn = evtchn_port(m, slot, port);
    if (!lchn)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    /* "Guest cannot send via a Xen-attached event channel." */
    if (lchn->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)
        FAIL(EINVAL, EVTCHN_XEN_PORT);
    uint8_t peer = lchn->state == HT_EVTCHN_STATE_INTERDOMAIN ? ht_slot(m, lchn->remote_dom)
                                                              : HT_NO_SLOT;
    if (peer != HT_NO_SLOT && caller_xsm_denied(m, peer))  /* xsm_evtchn_send */
        FAIL(EACCES, XSM_DENIED);
    switch (lchn->state) {
    case HT_EVTCHN_STATE_INTERDOMAIN: {
        uint32_t rport = lchn->value;
        const struct ht_evtchn *rchn = peer == HT_NO_SLOT ? NULL : evtchn_port(m, peer, rport);
        if (!rchn)
            OK(0, NONE);  /* cannot happen: a peer's port lives as long as the binding */
        if (rchn->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER) {
            ring_notify(m, peer, rport);  /* (*xen_notification_fn(rchn))(rvcpu, rport) */
            OK(0, EVTCHN_SEND_XEN);
        }
        set_pending(m, peer, rchn->notify_vcpu, rport);
        OK(0, NONE);
    }
    case HT_EVTCHN_STATE_IPI:
        set_pending(m, slot, lchn->notify_vcpu, port);
        OK(0, NONE);
    case HT_EVTCHN_STATE_UNBOUND:
        OK(0, EVTCHN_SEND_DROPPED);  /* "silently drop the notification" */
    default:
        FAIL(EINVAL, EVTCHN_WRONG_STATE);
    }
}

/* evtchn_status(dom, port) -> status, vcpu, remote_dom, remote_port, irq.  Xen writes only
 * the union member of the port's state; the engine reports 0 in the others. */
/* evtchn_status's gate at 4.2 (common/event_channel.c, RELEASE-4.2.0): the domain
 * (rcu_lock_target_domain_by_id: DOMID_SELF, ESRCH, IS_PRIV_FOR's EPERM), the port, then
 * xsm_evtchn_status. */
static int64_t status_gate_4_2(ht_machine *m, uint16_t dom_arg, uint32_t port, uint8_t *slot,
                               const struct ht_evtchn **c)
{
    int64_t rc = target_self_or_priv(m, dom_arg, slot);
    if (rc)
        return rc;
    *c = evtchn_port(m, *slot, port);
    if (!*c)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    if (caller_xsm_denied(m, *slot))  /* xsm_evtchn_status */
        FAIL(EACCES, XSM_DENIED);
    return 0;
}

/* evtchn_status's gate at 4.17 (common/event_channel.c, RELEASE-4.17.0):
 * rcu_lock_domain_by_any_id (DOMID_SELF, ESRCH), _evtchn_from_port (EINVAL), then
 * "if ( consumer_is_xen(chn) ) { rc = -EACCES; ... }" (4.15's f60ab5337f: a vm_event
 * ring's port), and only then the privilege, xsm_evtchn_status(XSM_TARGET): the domain
 * itself, its device model or the control domain (else EPERM; a FLASK refusal EACCES). */
static int64_t status_gate_4_17(ht_machine *m, uint16_t dom_arg, uint32_t port, uint8_t *slot,
                                const struct ht_evtchn **c)
{
    uint8_t s = dom_arg == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, dom_arg);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    *c = evtchn_port(m, s, port);
    if (!*c)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    if ((*c)->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)
        FAIL(EACCES, EVTCHN_XEN_CONSUMER);
    if (s != m->caller.slot && !caller_priv_for(m, s))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, s))
        FAIL(EACCES, XSM_DENIED);
    *slot = s;
    return 0;
}

int64_t ht_h_evtchn_status(ht_machine *m, uint16_t dom_arg, uint32_t port, uint64_t *status,
                           uint64_t *vcpu, uint64_t *remote_dom, uint64_t *remote_port,
                           uint64_t *irq)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot;
    const struct ht_evtchn *c;
    int64_t rc = m->profile == HT_PROFILE_XEN_4_17 ? status_gate_4_17(m, dom_arg, port, &slot, &c)
                                                   : status_gate_4_2(m, dom_arg, port, &slot, &c);
    if (rc)
        return rc;
    uint64_t st = HT_EVTCHN_STATUS_CLOSED, rdom = 0, rport = 0, value = 0;
    switch (c->state) {
    case HT_EVTCHN_STATE_UNBOUND:
        st = HT_EVTCHN_STATUS_UNBOUND;
        rdom = c->remote_dom;
        break;
    case HT_EVTCHN_STATE_INTERDOMAIN:
        st = HT_EVTCHN_STATUS_INTERDOMAIN;
        rdom = c->remote_dom;
        rport = c->value;
        break;
    case HT_EVTCHN_STATE_PIRQ:
        st = HT_EVTCHN_STATUS_PIRQ;
        value = c->value;
        break;
    case HT_EVTCHN_STATE_VIRQ:
        st = HT_EVTCHN_STATUS_VIRQ;
        value = c->value;
        break;
    case HT_EVTCHN_STATE_IPI:
        st = HT_EVTCHN_STATUS_IPI;
        break;
    default:
        break;  /* free and reserved are both "closed" */
    }
    uint64_t notify = c->notify_vcpu;
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_OUT);
    *status = st;
    *vcpu = notify;
    *remote_dom = rdom;
    *remote_port = rport;
    *irq = value;
    OK(0, NONE);
}

/* evtchn_bind_vcpu(port, vcpu) */
int64_t ht_h_evtchn_bind_vcpu(ht_machine *m, uint32_t port, uint32_t vcpu)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    if (vcpu >= m->dom[slot].nvcpus)
        FAIL(ENOENT, EVTCHN_NO_VCPU);
    struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (!c)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    /* "Guest cannot re-bind a Xen-attached event channel." */
    if (c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)
        FAIL(EINVAL, EVTCHN_XEN_PORT);
    switch (c->state) {
    case HT_EVTCHN_STATE_VIRQ:
        if (!virq_is_global(c->value))
            FAIL(EINVAL, EVTCHN_WRONG_STATE);
        j8(m, &c->notify_vcpu, (uint8_t)vcpu);
        OK(0, NONE);
    case HT_EVTCHN_STATE_UNBOUND:
    case HT_EVTCHN_STATE_INTERDOMAIN:
        j8(m, &c->notify_vcpu, (uint8_t)vcpu);
        OK(0, NONE);
    case HT_EVTCHN_STATE_PIRQ:
        /* Relinked on the new vcpu's list (and the IRQ's affinity follows). */
        if (c->notify_vcpu != vcpu) {
            unlink_pirq(m, slot, c, c->notify_vcpu);
            j8(m, &c->notify_vcpu, (uint8_t)vcpu);
            link_pirq(m, slot, port, c, vcpu);
        }
        OK(0, NONE);
    default:
        FAIL(EINVAL, EVTCHN_WRONG_STATE);
    }
}

/* evtchn_unmask(port): any valid port, whatever its state. */
int64_t ht_h_evtchn_unmask(ht_machine *m, uint32_t port)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot = m->caller.slot;
    const struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (!c)
        FAIL(EINVAL, EVTCHN_BAD_PORT);
    struct evtchn_domain *d = dom(m, slot);
    uint32_t vcpu = c->notify_vcpu;
    struct evtchn_vcpu *v = &d->vcpu[vcpu_index(vcpu)];
    uint64_t sel = 1ull << (port / 64);
    if (bit_put(m, d->mask, port, false) && bit(d->pending, port) && !(v->pending_sel & sel)) {
        j64(m, &v->pending_sel, v->pending_sel | sel);
        mark_events_pending(m, slot, vcpu);
    }
    OK(0, NONE);
}

/* evtchn_reset(dom) */
int64_t ht_h_evtchn_reset(ht_machine *m, uint16_t dom_arg)
{
    if (copy_fails(m))
        FAIL(EFAULT, EVTCHN_COPY_IN);
    uint8_t slot;
    int64_t rc = target_self_or_priv(m, dom_arg, &slot);
    if (rc)
        return rc;
    if (caller_xsm_denied(m, slot))  /* xsm_evtchn_reset */
        FAIL(EACCES, XSM_DENIED);
    close_all(m, slot, false);
    OK(0, NONE);
}

/* evtchn_op_raw(cmd): do_event_channel_op with a NULL argument. */
int64_t ht_h_evtchn_op_raw(ht_machine *m, uint32_t cmd)
{
    if (cmd < HT_EVTCHNOP_COUNT)  /* every 4.2 sub-op copies its struct in first */
        FAIL(EFAULT, EVTCHN_COPY_IN);
    FAIL(ENOSYS, EVTCHN_UNKNOWN_OP);
}

/* ---- what guests write in their shared info, and what Xen raises ----------------------- */

static int64_t guest_port(ht_machine *m, uint16_t domid, uint32_t port, uint8_t *slot)
{
    *slot = ht_slot(m, domid);
    if (*slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (port >= MAX_PORTS)
        FAIL(EINVAL, EVTCHN_PORT_RANGE);
    return 0;
}

static int64_t guest_vcpu(ht_machine *m, uint16_t domid, uint32_t vcpu, uint8_t *slot)
{
    *slot = ht_slot(m, domid);
    if (*slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (vcpu >= m->dom[*slot].nvcpus)
        FAIL(EINVAL, EVTCHN_NO_VCPU);
    return 0;
}

/* evtchn_guest_mask(domid, port, masked) */
int64_t ht_h_evtchn_guest_mask(ht_machine *m, uint16_t domid, uint32_t port, uint32_t masked)
{
    uint8_t slot;
    int64_t rc = guest_port(m, domid, port, &slot);
    if (rc)
        return rc;
    bit_put(m, dom(m, slot)->mask, port, masked != 0);
    OK(0, NONE);
}

/* evtchn_guest_clear(domid, port) */
int64_t ht_h_evtchn_guest_clear(ht_machine *m, uint16_t domid, uint32_t port)
{
    uint8_t slot;
    int64_t rc = guest_port(m, domid, port, &slot);
    if (rc)
        return rc;
    bit_put(m, dom(m, slot)->pending, port, false);
    OK(0, NONE);
}

/* evtchn_guest_upcall(domid, vcpu) */
int64_t ht_h_evtchn_guest_upcall(ht_machine *m, uint16_t domid, uint32_t vcpu)
{
    uint8_t slot;
    int64_t rc = guest_vcpu(m, domid, vcpu, &slot);
    if (rc)
        return rc;
    struct evtchn_vcpu *v = &dom(m, slot)->vcpu[vcpu];
    j8(m, &v->upcall_pending, 0);
    j64(m, &v->pending_sel, 0);
    OK(0, NONE);
}

/* evtchn_guest_upcall_mask(domid, vcpu, masked) */
int64_t ht_h_evtchn_guest_upcall_mask(ht_machine *m, uint16_t domid, uint32_t vcpu,
                                      uint32_t masked)
{
    uint8_t slot;
    int64_t rc = guest_vcpu(m, domid, vcpu, &slot);
    if (rc)
        return rc;
    j8(m, &dom(m, slot)->vcpu[vcpu].upcall_mask, masked != 0);
    OK(0, NONE);
}

/* evtchn_raise_virq(domid, virq, vcpu) */
int64_t ht_h_evtchn_raise_virq(ht_machine *m, uint16_t domid, uint32_t virq, uint32_t vcpu)
{
    uint8_t slot;
    int64_t rc = guest_vcpu(m, domid, vcpu, &slot);
    if (rc)
        return rc;
    if (virq >= HT_VIRQ_COUNT)
        FAIL(EINVAL, EVTCHN_BAD_VIRQ);
    if (virq_is_global(virq) && vcpu != 0)
        FAIL(EINVAL, EVTCHN_GLOBAL_VIRQ_VCPU);
    bool bound = dom(m, slot)->vcpu[vcpu].virq_to_evtchn[virq] != 0;
    evtchn_send_virq(m, slot, virq, vcpu);
    if (!bound)
        OK(0, EVTCHN_VIRQ_UNBOUND);
    OK(0, NONE);
}

/* ---- the family's hooks --------------------------------------------------------------- */

/* evtchn_init: a fresh table (the slot may be reused), port 0 reserved. */
static void domain_init(ht_machine *m, uint8_t slot)
{
    struct evtchn_domain *d = dom(m, slot);
    ht_journal_blob(m, d, sizeof *d);
    memset(d, 0, sizeof *d);
    memset(d->bucket_of, 0xff, sizeof d->bucket_of);
    d->max_port = MAX_PORTS - 1;
    uint32_t port;
    if (evtchn_get_free_port(m, slot, &port) == 0)
        set_entry(m, evtchn_port(m, slot, port), HT_EVTCHN_STATE_RESERVED, 0, 0, 0);
}

/* evtchn_destroy: every port closed (Xen's own included), then the buckets freed. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    close_all(m, slot, true);
    struct evtchn_domain *d = dom(m, slot);
    for (uint32_t i = 0; i < BUCKETS_PER_DOMAIN; i++) {
        uint16_t b = d->bucket_of[i];
        if (b == NO_BUCKET)
            continue;
        if (b & DANGLING)  /* xfree of the dangling pointer: a double free */
            report_dangling(m, slot, i * PER_BUCKET);
        else
            pool_put(m, b);
        if (i != 0 && !(b & DANGLING))
            xenheap_give(m);
        j16(m, &d->bucket_of[i], NO_BUCKET);
    }
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct evtchn_state *s = state(m);
    h = ht_fnv(h, s->dom, sizeof s->dom);
    h = ht_fnv(h, s->next_free, sizeof s->next_free);
    h = ht_fnv(h, &s->free_head, sizeof s->free_head);
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        for (uint32_t i = 0; i < BUCKETS_PER_DOMAIN; i++)
            if (s->dom[slot].bucket_of[i] != NO_BUCKET)
                h = ht_fnv(h, s->bucket[s->dom[slot].bucket_of[i] & ~DANGLING],
                           sizeof s->bucket[0]);
    return h;
}

/* ---- the audit --------------------------------------------------------------------------- */

static bool ring_owns(const ht_machine *m, uint8_t slot, uint32_t port)
{
    for (uint32_t k = 1; k <= HT_RING_COUNT; k++)
        if (m->dom[slot].ring[k].present && m->dom[slot].ring[k].port == port)
            return true;
    return false;
}

static void audit_port(ht_machine *m, struct ht_audit *a, uint8_t slot, uint32_t p,
                       const struct ht_evtchn *c, uint32_t *pirq_ports)
{
    uint32_t domid = m->dom_pub[slot].domid;
    const struct evtchn_domain *d = dom(m, slot);
    uint32_t nvcpus = m->dom[slot].nvcpus;
    if (c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER) {
        bool bound = c->state == HT_EVTCHN_STATE_UNBOUND ||
                     c->state == HT_EVTCHN_STATE_INTERDOMAIN;
        if (!bound || !ring_owns(m, slot, p))
            audit_add(a, HT_INV_EVTCHN_XEN_PORTS, domid, p, HT_NONE64, 1, c->state);
    }
    switch (c->state) {
    case HT_EVTCHN_STATE_INTERDOMAIN: {
        uint8_t peer = ht_slot(m, c->remote_dom);
        const struct ht_evtchn *c2 =
            peer == HT_NO_SLOT || dom_flag(m, peer, HT_DF_DYING) ? NULL
                                                                 : entry(m, peer, c->value, false);
        if (!c2 || c2->state != HT_EVTCHN_STATE_INTERDOMAIN || c2->remote_dom != domid ||
            c2->value != p || (peer == slot && c->value == p))
            audit_add(a, HT_INV_EVTCHN_INTERDOMAIN, domid, p, HT_NONE64, c->remote_dom,
                      c2 ? (int64_t)c2->state : -1);
        break;
    }
    case HT_EVTCHN_STATE_VIRQ: {
        uint32_t holder = c->value < HT_VIRQ_COUNT && virq_is_global(c->value) ? 0
                                                                               : c->notify_vcpu;
        if (c->value >= HT_VIRQ_COUNT || holder >= nvcpus ||
            d->vcpu[holder].virq_to_evtchn[c->value] != p)
            audit_add(a, HT_INV_EVTCHN_VIRQ, domid, p, HT_NONE64, p, c->value);
        break;
    }
    case HT_EVTCHN_STATE_IPI:
        if (c->notify_vcpu >= nvcpus)
            audit_add(a, HT_INV_EVTCHN_VIRQ, domid, p, HT_NONE64, nvcpus, c->notify_vcpu);
        break;
    case HT_EVTCHN_STATE_PIRQ:
        (*pirq_ports)++;
        if (c->value >= MAX_PIRQS || d->pirq_to_evtchn[c->value] != p)
            audit_add(a, HT_INV_EVTCHN_PIRQ, domid, p, HT_NONE64, p, c->value);
        break;
    default:
        break;
    }
}

/* The pirq lists: well linked, each entry a pirq port of the list's vcpu; returns the
 * number of entries (bounded, so a cycle cannot hang the audit). */
static uint32_t audit_pirq_list(ht_machine *m, struct ht_audit *a, uint8_t slot, uint32_t v)
{
    uint32_t domid = m->dom_pub[slot].domid, n = 0, prev = 0;
    for (uint32_t p = dom(m, slot)->vcpu[v].pirq_head; p != 0; n++) {
        const struct ht_evtchn *c = entry(m, slot, p, false);
        if (n > MAX_PORTS || !c || c->state != HT_EVTCHN_STATE_PIRQ || c->notify_vcpu != v ||
            c->pirq_prev != prev) {
            audit_add(a, HT_INV_EVTCHN_PIRQ, domid, p, HT_NONE64, v, c ? c->notify_vcpu : -1);
            return n;
        }
        prev = p;
        p = c->pirq_next;
    }
    return n;
}

static void audit_domain(ht_machine *m, struct ht_audit *a, uint8_t slot)
{
    uint32_t domid = m->dom_pub[slot].domid;
    const struct evtchn_domain *d = dom(m, slot);
    const struct ht_evtchn *zero = entry(m, slot, 0, false);
    if (!zero || zero->state != HT_EVTCHN_STATE_RESERVED || zero->flags || zero->notify_vcpu)
        audit_add(a, HT_INV_EVTCHN_PORT_ZERO, domid, 0, HT_NONE64, HT_EVTCHN_STATE_RESERVED,
                  zero ? zero->state : -1);
    uint32_t valid = valid_ports(m, slot), pirq_ports = 0;
    for (uint32_t p = 1; p < valid; p++) {
        const struct ht_evtchn *c = entry(m, slot, p, false);
        if (c)
            audit_port(m, a, slot, p, c, &pirq_ports);
    }
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
        for (uint32_t q = 0; q < HT_VIRQ_COUNT; q++) {
            uint32_t p = d->vcpu[v].virq_to_evtchn[q];
            if (p == 0)
                continue;
            const struct ht_evtchn *c = entry(m, slot, p, false);
            bool ok = c && c->state == HT_EVTCHN_STATE_VIRQ && c->value == q &&
                      v < m->dom[slot].nvcpus &&
                      (virq_is_global(q) ? v == 0 : c->notify_vcpu == v);
            if (!ok)
                audit_add(a, HT_INV_EVTCHN_VIRQ, domid, p, HT_NONE64, q, c ? c->state : -1);
        }
    }
    for (uint32_t q = 0; q < MAX_PIRQS; q++) {
        uint32_t p = d->pirq_to_evtchn[q];
        const struct ht_evtchn *c = p ? entry(m, slot, p, false) : NULL;
        if (p && (!c || c->state != HT_EVTCHN_STATE_PIRQ || c->value != q))
            audit_add(a, HT_INV_EVTCHN_PIRQ, domid, p, HT_NONE64, q, c ? c->state : -1);
    }
    uint32_t listed = 0;
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++)
        listed += audit_pirq_list(m, a, slot, v);
    if (listed != pirq_ports)
        audit_add(a, HT_INV_EVTCHN_PIRQ, domid, HT_NONE64, HT_NONE64, pirq_ports, listed);
    for (uint32_t k = 1; k <= HT_RING_COUNT; k++) {
        const struct ht_ring *r = &m->dom[slot].ring[k];
        const struct ht_evtchn *c = r->present ? entry(m, slot, r->port, false) : NULL;
        if (r->present && (!c || !(c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)))
            audit_add(a, HT_INV_EVTCHN_XEN_PORTS, domid, r->port, HT_NONE64, 1, 0);
    }
}

/* evtchn.8: domain_kill closed every port of a dying domain (evtchn_destroy, common/
 * event_channel.c, RELEASE-4.17.0: "After this barrier no new event-channel allocations can
 * occur"), so none may be in use again while it dies. */
static void audit_dying(ht_machine *m, struct ht_audit *a, uint8_t slot)
{
    uint32_t valid = valid_ports(m, slot);
    for (uint32_t p = 0; p < valid; p++) {
        const struct ht_evtchn *c = entry(m, slot, p, false);
        if (c && c->state != HT_EVTCHN_STATE_FREE)
            audit_add(a, HT_INV_EVTCHN_DYING_CLOSED, m->dom_pub[slot].domid, p, HT_NONE64,
                      HT_EVTCHN_STATE_FREE, c->state);
    }
}

static void audit(ht_machine *m, struct ht_audit *a)
{
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        if (!m->dom_pub[slot].in_use)
            continue;
        if (dom_flag(m, slot, HT_DF_DYING))
            audit_dying(m, a, slot);
        else
            audit_domain(m, a, slot);
    }
}

/* ---- the transition oracle: the lowest free port, and a closed port's peer ------------- */

/* What get_free_port must return for slot, or false when it must fail. */
static bool lowest_free(const ht_machine *m, uint8_t slot, uint32_t *port)
{
    const struct evtchn_domain *d = dom(m, slot);
    uint32_t valid = valid_ports(m, slot);
    for (uint32_t p = 0; p < valid && p <= d->max_port; p++) {
        if (entry(m, slot, p, true)->state == HT_EVTCHN_STATE_FREE) {
            *port = p;
            return true;
        }
    }
    *port = valid;
    return valid <= d->max_port && valid < MAX_PORTS;
}

static void transition_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    struct evtchn_pre *pre = &state(m)->pre;
    pre->lowest_valid = pre->peer_valid = pre->alloc_valid = false;
    uint8_t slot = m->caller.slot;
    switch (call) {
    case HT_CALL_evtchn_alloc_unbound:
        slot = ht_slot(m, ht_resolve_domid(m, arg[0]));
        break;
    case HT_CALL_evtchn_bind_interdomain:
    case HT_CALL_evtchn_bind_virq:
    case HT_CALL_evtchn_bind_ipi:
    case HT_CALL_evtchn_bind_pirq:
        break;
    case HT_CALL_evtchn_close: {
        const struct ht_evtchn *c = entry(m, slot, (uint32_t)arg[0], false);
        if (c && c->state == HT_EVTCHN_STATE_INTERDOMAIN && !(c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER)) {
            pre->peer_valid = true;
            pre->peer_slot = ht_slot(m, c->remote_dom);
            pre->peer_domid = c->remote_dom;
            pre->peer_port = c->value;
            pre->closer = m->caller.domid;
        }
        return;
    }
    default:
        return;
    }
    if (slot == HT_NO_SLOT || !m->dom_pub[slot].in_use)
        return;
    pre->slot = slot;
    pre->alloc_valid = true;
    pre->alloc_slot = slot;
    pre->lowest_valid = lowest_free(m, slot, &pre->lowest);
}

static void transition_post(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                        const uint64_t *out)
{
    (void)arg;
    const struct evtchn_pre *pre = &state(m)->pre;
    if (raw != 0)
        return;
    if (call == HT_CALL_evtchn_close) {
        if (!pre->peer_valid || pre->peer_slot == HT_NO_SLOT)
            return;
        const struct ht_evtchn *c2 = entry(m, pre->peer_slot, pre->peer_port, false);
        if (!c2 || c2->state != HT_EVTCHN_STATE_UNBOUND || c2->remote_dom != pre->closer)
            report_violation(m, HT_INV_EVTCHN_UNBOUND_PEER, pre->peer_domid, pre->peer_port,
                             ~0ull, pre->closer, c2 ? c2->remote_dom : -1);
        return;
    }
    bool allocates = call == HT_CALL_evtchn_alloc_unbound ||
                     call == HT_CALL_evtchn_bind_interdomain ||
                     call == HT_CALL_evtchn_bind_virq || call == HT_CALL_evtchn_bind_ipi ||
                     call == HT_CALL_evtchn_bind_pirq;
    if (allocates && pre->lowest_valid && out[0] != pre->lowest)
        report_violation(m, HT_INV_EVTCHN_LOWEST_FREE, m->dom_pub[pre->slot].domid, out[0],
                         ~0ull, pre->lowest, (int64_t)out[0]);
    /* evtchn.9: the port handed out has no event pending (its close cleared it).  Not after
     * bind_interdomain, which sets its new port pending itself ("We may have lost
     * notifications on the remote unbound port", evtchn_bind_interdomain, RELEASE-4.2.0). */
    if (allocates && call != HT_CALL_evtchn_bind_interdomain && pre->alloc_valid &&
        out[0] < MAX_PORTS && bit(dom(m, pre->alloc_slot)->pending, (uint32_t)out[0]))
        report_violation(m, HT_INV_EVTCHN_FRESH_NOT_PENDING, m->dom_pub[pre->alloc_slot].domid,
                         out[0], ~0ull, 0, 1);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The kinds of ports a domain holds besides port 0: a bit per binding state, and whether
 * some port, and some interdomain port, notifies a vcpu other than 0. */
static uint32_t port_kinds(const ht_machine *m, uint8_t slot)
{
    uint32_t kinds = 0, valid = valid_ports(m, slot);
    for (uint32_t p = 1; p < valid; p++) {
        const struct ht_evtchn *c = entry(m, slot, p, false);
        if (!c || c->state == HT_EVTCHN_STATE_FREE)
            continue;
        kinds |= 1u << (c->state & 7);
        if (c->notify_vcpu)
            kinds |= c->state == HT_EVTCHN_STATE_INTERDOMAIN ? 0x300u : 0x100u;
    }
    return kinds;
}

/* A port call's class is the binding of the port it names (in the domain the first domain
 * argument names, else the caller's), with its notified vcpu and Xen consumer; any other
 * call's, the kinds of ports its domain holds.  Two more bits (res12):
 * - for a virq port, whether its virq is global: evtchn_close (event_channel.c,
 *   RELEASE-4.17.0, ECS_VIRQ) clears vcpu 0's virq table entry for a global virq and the
 *   notified vcpu's for a per-vcpu one, and evtchn_bind_vcpu (same tag) moves only a
 *   global virq's port (else -EINVAL).  Without the bit a per-vcpu virq bound on vcpu 1 and
 *   a global one moved there were one class, and the close of whichever came first was the
 *   only one kept;
 * - for evtchn_bind_vcpu, whether it names one of the domain's vcpus other than the one the
 *   port notifies (domain_vcpu, then notify_vcpu_id changes): a bind to the vcpu the port
 *   already notifies and a move were one class and one outcome, and the first to reach it
 *   (mostly the no-op, vcpu 0 being the likelier value) was the one kept.
 * Not Xen decisions: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    const struct ht_call_desc *d = &ht_calls[call];
    uint8_t slot = caller_slot;
    bool named = false;
    for (int a = 0; a < d->nargs; a++) {
        if (d->arg_uses[a] == HT_RES_DOMAIN && !named) {
            named = true;
            uint64_t domid = arg[a] == HT_DOMID_SELF ? m->dom_pub[caller_slot].domid : arg[a];
            slot = ht_slot(m, domid);
            if (slot == HT_NO_SLOT)
                return 0;
        } else if (d->arg_uses[a] == HT_RES_PORT) {
            const struct ht_evtchn *c = entry(m, slot, (uint32_t)arg[a], false);
            if (!c)
                return 1;
            bool global = c->state == HT_EVTCHN_STATE_VIRQ && virq_is_global(c->value);
            bool moves = call == HT_CALL_evtchn_bind_vcpu && a + 1 < d->nargs &&
                         arg[a + 1] < m->dom[slot].nvcpus && arg[a + 1] != c->notify_vcpu;
            return 0x1000u | (uint32_t)moves << 6 | (uint32_t)global << 5 |
                   (uint32_t)(c->state & 7) << 2 | (c->notify_vcpu != 0) << 1 |
                   ((c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER) != 0);
        }
    }
    return 0x2000u | port_kinds(m, slot);
}

const struct ht_family_ops ht_family_evtchn = {
    .fuzz_class = fuzz_class,
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .oracle_pre = transition_pre,
    .oracle_post = transition_post,
};
