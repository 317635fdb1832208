/*
 * Event channels: the per-domain port table (xen/common/event_channel.c at RELEASE-4.2.0).
 *
 * Ports live in buckets of HT_EVTCHN_PER_BUCKET, allocated on demand as get_free_port()
 * does: the lowest free port is taken, and a new bucket is allocated only when every port
 * of the allocated ones is in use.  evtchn_init() reserves port 0 when the domain is made
 * (its bucket comes with the domain).  Buckets come from a pool allocated with the machine,
 * so the journal can name every field; an exhausted pool is Xen's failed xzalloc (ENOMEM).
 */
#include <string.h>

#include "engine.h"

#define PER_BUCKET HT_EVTCHN_PER_BUCKET
#define BUCKETS_PER_DOMAIN (HT_MAX_EVTCHN_PORTS / PER_BUCKET)
#define POOL_BUCKETS 256
#define NO_BUCKET 0xffffu

struct evtchn_state {
    uint16_t bucket_of[HT_MAX_DOMAINS][BUCKETS_PER_DOMAIN]; /* NO_BUCKET: not allocated */
    uint16_t next_free[POOL_BUCKETS];                       /* the pool's free list */
    uint16_t free_head;
    uint16_t pad;
    uint32_t max_port[HT_MAX_DOMAINS];   /* highest usable port (set_max_evtchn) */
    struct ht_evtchn bucket[POOL_BUCKETS][PER_BUCKET];
};

_Static_assert(HT_MAX_EVTCHN_PORTS % PER_BUCKET == 0, "buckets must tile the port space");

static struct evtchn_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_EVTCHN);
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
    memset(s->bucket_of, 0xff, sizeof s->bucket_of);
    for (uint16_t b = 0; b < POOL_BUCKETS; b++)
        s->next_free[b] = b + 1 < POOL_BUCKETS ? (uint16_t)(b + 1) : (uint16_t)NO_BUCKET;
    s->free_head = 0;
}

struct ht_evtchn *evtchn_port(const ht_machine *m, uint8_t slot, uint32_t port)
{
    struct evtchn_state *s = state(m);
    if (port >= HT_MAX_EVTCHN_PORTS)
        return NULL;
    uint16_t b = s->bucket_of[slot][port / PER_BUCKET];
    return b == NO_BUCKET ? NULL : &s->bucket[b][port % PER_BUCKET];
}

uint32_t evtchn_max_port(const ht_machine *m, uint8_t slot)
{
    return state(m)->max_port[slot];
}

void evtchn_set_max_port(ht_machine *m, uint8_t slot, uint32_t max_port)
{
    j32(m, &state(m)->max_port[slot], max_port);
}

/* A zeroed bucket for the domain's bucket index i, or false when the pool is empty. */
static bool bucket_alloc(ht_machine *m, uint8_t slot, uint32_t i)
{
    struct evtchn_state *s = state(m);
    uint16_t b = s->free_head;
    if (b == NO_BUCKET)
        return false;
    j16(m, &s->free_head, s->next_free[b]);
    j16(m, &s->bucket_of[slot][i], b);
    ht_journal_blob(m, s->bucket[b], sizeof s->bucket[b]);
    memset(s->bucket[b], 0, sizeof s->bucket[b]);
    return true;
}

/* get_free_port (event_channel.c): the lowest free port, allocating its bucket if every
 * allocated port is in use.  0 with *port, or -ENOSPC / -ENOMEM. */
int evtchn_get_free_port(ht_machine *m, uint8_t slot, uint32_t *port)
{
    struct evtchn_state *s = state(m);
    uint32_t limit = s->max_port[slot];
    uint32_t p = 0;
    for (; p <= limit; p++) {
        struct ht_evtchn *c = evtchn_port(m, slot, p);
        if (!c)
            break;
        if (c->state == HT_EVTCHN_STATE_FREE) {
            *port = p;
            return 0;
        }
    }
    if (p > limit) {
        m->last.reason = HT_R_EVTCHN_NO_FREE_PORT;
        return -HT_ENOSPC;
    }
    if (!bucket_alloc(m, slot, p / PER_BUCKET)) {
        m->last.reason = HT_R_EVTCHN_NO_BUCKET;
        return -HT_ENOMEM;
    }
    *port = p;
    return 0;
}

void evtchn_set(ht_machine *m, struct ht_evtchn *c, uint8_t st, uint8_t flags,
                uint16_t remote_dom, uint32_t value)
{
    j8(m, &c->state, st);
    j8(m, &c->flags, flags);
    j16(m, &c->remote_dom, remote_dom);
    j32(m, &c->value, value);
}

/* alloc_unbound_xen_event_channel: an unbound port of slot whose consumer is Xen. */
int evtchn_alloc_xen(ht_machine *m, uint8_t slot, uint16_t remote_dom, uint32_t *port)
{
    int rc = evtchn_get_free_port(m, slot, port);
    if (rc)
        return rc;
    struct ht_evtchn *c = evtchn_port(m, slot, *port);
    evtchn_set(m, c, HT_EVTCHN_STATE_UNBOUND, HT_EVTCHN_FLAGS_XEN_CONSUMER, remote_dom, 0);
    j8(m, &c->notify_vcpu, 0);
    return 0;
}

/* free_xen_event_channel: back to free. */
void evtchn_free(ht_machine *m, uint8_t slot, uint32_t port)
{
    struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (c)
        evtchn_set(m, c, HT_EVTCHN_STATE_FREE, 0, 0, 0);
}

/* evtchn_init: port 0 is reserved when the domain is made. */
static void domain_init(ht_machine *m, uint8_t slot)
{
    struct evtchn_state *s = state(m);
    j32(m, &s->max_port[slot], HT_MAX_EVTCHN_PORTS - 1);
    uint32_t port;
    if (evtchn_get_free_port(m, slot, &port) == 0)
        evtchn_set(m, evtchn_port(m, slot, port), HT_EVTCHN_STATE_RESERVED, 0, 0, 0);
}

/* evtchn_destroy: every port closed, the buckets freed. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct evtchn_state *s = state(m);
    for (uint32_t i = 0; i < BUCKETS_PER_DOMAIN; i++) {
        uint16_t b = s->bucket_of[slot][i];
        if (b == NO_BUCKET)
            continue;
        j16(m, &s->next_free[b], s->free_head);
        j16(m, &s->free_head, b);
        j16(m, &s->bucket_of[slot][i], NO_BUCKET);
    }
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct evtchn_state *s = state(m);
    h = ht_fnv(h, s->bucket_of, sizeof s->bucket_of);
    h = ht_fnv(h, s->max_port, sizeof s->max_port);
    h = ht_fnv(h, &s->free_head, sizeof s->free_head);
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        for (uint32_t i = 0; i < BUCKETS_PER_DOMAIN; i++)
            if (s->bucket_of[slot][i] != NO_BUCKET)
                h = ht_fnv(h, s->bucket[s->bucket_of[slot][i]], sizeof s->bucket[0]);
    return h;
}

/* The port table's own consistency, and its agreement with the rings that own ports. */
static void audit(ht_machine *m, struct ht_audit *a)
{
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        if (!p->in_use || dom_flag(m, slot, HT_DF_DYING))
            continue;
        const struct ht_evtchn *zero = evtchn_port(m, slot, 0);
        if (!zero || zero->state != HT_EVTCHN_STATE_RESERVED)
            audit_add(a, HT_INV_EVTCHN_TABLE, p->domid, HT_NONE64, HT_NONE64, HT_EVTCHN_STATE_RESERVED,
                      zero ? zero->state : -1);
        for (uint32_t port = 1; port < HT_MAX_EVTCHN_PORTS; port++) {
            const struct ht_evtchn *c = evtchn_port(m, slot, port);
            if (!c) {
                port = (port / PER_BUCKET + 1) * PER_BUCKET - 1;
                continue;
            }
            if (!(c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER))
                continue;
            bool owned = false;
            for (uint32_t k = 1; k <= HT_RING_COUNT; k++)
                owned |= m->dom[slot].ring[k].present && m->dom[slot].ring[k].port == port;
            if (c->state != HT_EVTCHN_STATE_UNBOUND || !owned)
                audit_add(a, HT_INV_EVTCHN_TABLE, p->domid, port, HT_NONE64, 1, owned);
        }
        for (uint32_t k = 1; k <= HT_RING_COUNT; k++) {
            const struct ht_ring *r = &m->dom[slot].ring[k];
            if (!r->present)
                continue;
            const struct ht_evtchn *c = evtchn_port(m, slot, r->port);
            if (!c || !(c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER))
                audit_add(a, HT_INV_EVTCHN_TABLE, p->domid, r->port, HT_NONE64, 1, 0);
        }
    }
}

const struct ht_family_ops ht_family_evtchn = {
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
};
