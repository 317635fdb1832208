/*
 * mem_event rings (sharing, paging, access) and their event channels, after xen-semantics
 * sections 2.4 and 3.1: the domctl prologue, mapping the ring page a HVM param names,
 * binding the Xen-consumer port, and the helper's side (taking requests, posting
 * responses, kicking the port).
 *
 * Each ring is modelled as two queues of 64 slots: requests from Xen to the helper and
 * responses back.  A guest vcpu that finds the request queue full sleeps on the ring's
 * wait queue until Xen consumes responses; ring_disable refuses while any vcpu sleeps
 * there.  In the doc profile a woken vcpu retries its access (the trace issues it again),
 * and a ring request pauses a vcpu with a flag per ring.  In xen-4.2 pauses are the
 * vcpu's pause count, the wait queue is FIFO and a woken vcpu finishes the operation it
 * slept in by itself as soon as it runs (wait_event returns inside Xen).
 */
#include "engine.h"

int64_t mem_event_prologue(ht_machine *m, uint64_t domid, uint8_t *slot, bool *noop)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    int64_t rc = target_control(m, domid, slot, true);
    if (rc)
        return rc;
    if (ht_caller_is(m, *slot))  /* mem_event_domctl: d == current->domain */
        FAIL(EINVAL, MEM_EVENT_SELF);
    if (dom_flag(m, *slot, HT_DF_DYING)) {
        if (ht_doc(m))
            FAIL(EINVAL, DOMAIN_DYING);
        *noop = true;  /* 4.2 returns 0 without doing anything, or writing the port */
        OK(0, MEM_EVENT_DYING_NOOP);
    }
    if (m->dom[*slot].nvcpus == 0)
        FAIL(EINVAL, NO_VCPUS);
    return 0;
}

/* vm_event_domctl's "if ( is_hvm_domain(hardware_domain) )" before enabling a paging or
 * sharing ring (common/vm_event.c, RELEASE-4.17.0: -EOPNOTSUPP, "hvm fixme: p2m_is_foreign
 * types need addressing").  The hardware domain is the engine's domain 0 (slot 0): HVM
 * only on a xen-4.17 host with the pvh_dom0 option (machine.c). */
bool hardware_domain_is_hvm(const ht_machine *m)
{
    return dom_is_hvm(m, 0);
}

/* The ring page: referenced and held with a writable type while the ring exists. */
static void ring_page_get(ht_machine *m, uint32_t mfn)
{
    frame_get(m, mfn);
    frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) + 1));
}

static void ring_page_put(ht_machine *m, uint32_t mfn)
{
    frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) - 1));
    frame_put(m, mfn);
}

int64_t ring_enable(ht_machine *m, uint8_t slot, uint32_t kind, uint32_t param,
                    uint64_t *port_out)
{
    struct ht_domain *d = &m->dom[slot];
    uint64_t gfn = d->hvm_param[param];
    if (gfn == 0) {
        /* vm_event_enable (common/vm_event.c, RELEASE-4.17.0): "if ( ring_gfn == 0 )
         * return -EOPNOTSUPP;"; 4.2's mem_event_enable answers -ENOSYS. */
        if (m->profile == HT_PROFILE_XEN_4_17)
            FAIL(EOPNOTSUPP, RING_NO_PARAM);
        FAIL(ENOSYS, RING_NO_PARAM);
    }
    /* prepare_ring_for_helper: a lookup with unshare semantics. */
    uint8_t type = p2m_type(m, slot, gfn);
    if (type_is_paging(type)) {
        paging_populate(m, slot, gfn);
        FAIL(ENOENT, RING_GFN_PAGED);
    }
    if (type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false) != 0) {
        sharing_notify_enomem(m, slot, gfn);
        FAIL(ENOENT, RING_GFN_SHARED);
    }
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !mfn_is_ram(m, e->mfn) || !type_is_ram(e->type))
        FAIL(EINVAL, RING_GFN_NOT_POPULATED);
    /* get_page_type(page, PGT_writable_page) (prepare_ring_for_helper, arch/x86/hvm/hvm.c,
     * RELEASE-4.2.0, L415-419) checks the page's type, not the p2m's: 4.2 takes a ram_ro
     * gfn as a ring.  The doc profile refuses it (reference section 2.4 c). */
    if (ht_doc(m) && e->type == HT_P2M_TYPE_RAM_RO)
        FAIL(EINVAL, RING_GFN_READ_ONLY);
    if (!xenheap_take(m))
        FAIL(ENOMEM, RING_MAP_FAILED);
    uint32_t mfn = e->mfn;
    ring_page_get(m, mfn);

    /* A Xen-consumer unbound port in the target domain, bound to the caller: the lowest
     * free one (alloc_unbound_xen_event_channel).  The engine charges the channel one
     * internal allocation unit as well. */
    uint32_t port;
    int err = evtchn_alloc_xen(m, slot, m->caller.domid, &port);
    if (err == -HT_ENOSPC) {
        ring_page_put(m, mfn);
        xenheap_give(m);
        FAIL(ENOSPC, RING_NO_PORT);
    }
    if (err || !xenheap_take(m)) {
        if (!err)
            evtchn_free(m, slot, port);
        ring_page_put(m, mfn);
        xenheap_give(m);
        FAIL(ENOMEM, RING_EVTCHN_NOMEM);
    }
    struct ht_ring *r = &d->ring[kind];
    j32(m, &r->port, port);
    j64(m, &r->gfn, gfn);
    j32(m, &r->mfn, mfn);
    j32(m, &r->req_prod, 0);
    j32(m, &r->req_cons, 0);
    j32(m, &r->rsp_prod, 0);
    j32(m, &r->rsp_cons, 0);
    j8(m, &r->present, 1);
    *port_out = port;
    OK(0, NONE);
}

static bool ring_has_waiters(const ht_machine *m, uint8_t slot, uint32_t kind)
{
    const struct ht_domain *d = &m->dom[slot];
    for (uint32_t v = 0; v < d->nvcpus; v++)
        if (d->vcpu[v].waiting_on == kind)
            return true;
    return false;
}

void ring_teardown(ht_machine *m, uint8_t slot, uint32_t kind)
{
    struct ht_domain *d = &m->dom[slot];
    struct ht_ring *r = &d->ring[kind];
    if (!r->present)
        return;
    /* mem_event_disable (arch/x86/mm/mem_event.c, RELEASE-4.2.0, L219-226) unpauses only
     * the vcpus carrying the ring's pause flag (mem_event_mark_and_pause's "blocked"
     * ones); a vcpu paused by a VCPU_PAUSED request stays paused in 4.2, until a domain
     * pause cycle or its destruction.  The doc profile releases both (reference 2.4). */
    bool release_requests = ht_doc(m) || dom_flag(m, slot, HT_DF_DYING);
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
        struct ht_vcpu *vc = &d->vcpu[v];
        if (release_requests)
            j8(m, &vc->paused_on, (uint8_t)(vc->paused_on & ~(1u << kind)));
        if (!ht_doc(m) && dom_flag(m, slot, HT_DF_DYING)) {
            /* A dying domain's vcpus never run again: what they owed is void. */
            j8(m, &vc->pause_count, 0);
            j8(m, &vc->vm_event_pauses, 0);
            j8(m, &vc->resume_op, HT_RESUME_NONE);
            j8(m, &vc->resume_access, 0);
        }
        j8(m, &vc->blocked_on, (uint8_t)(vc->blocked_on & ~(1u << kind)));
        if (vc->waiting_on == kind)
            j8(m, &vc->waiting_on, 0);
    }
    j8(m, &r->present, 0);
    evtchn_free(m, slot, r->port);
    ring_page_put(m, r->mfn);
    xenheap_give(m);  /* the ring mapping */
    xenheap_give(m);  /* the event channel */
}

int64_t ring_disable(ht_machine *m, uint8_t slot, uint32_t kind)
{
    if (!m->dom[slot].ring[kind].present)
        FAIL(EINVAL, RING_ABSENT);
    /* "if ( !list_empty(&med->wq.list) ) return -EBUSY" (mem_event_disable,
     * arch/x86/mm/mem_event.c, RELEASE-4.2.0, L212-216): a vcpu woken but not yet run is
     * off the list already. */
    if (ring_has_waiters(m, slot, kind))
        FAIL(EBUSY, RING_WAITERS);
    ring_teardown(m, slot, kind);
    ring_vcpus_continue(m, slot);  /* vcpus released from the ring's pause flag run */
    OK(0, NONE);
}

/* The ring's size: 4.2's mem_event ring holds 64 of its 40-byte mem_event_request_t in a
 * page; 4.17's vm_event_request_t is 400 bytes (VM_EVENT_INTERFACE_VERSION 7,
 * public/vm_event.h, RELEASE-4.17.0), so DEFINE_RING_TYPES(vm_event, ...) rounds
 * (4096 - 64) / 400 down to a power of two: 8 slots.  The engine's queues have room for
 * 64; a 4.17 ring uses the first 8. */
#define VM_EVENT_RING_SIZE_4_17 8u
/* VM_EVENT_INTERFACE_VERSION (public/vm_event.h, RELEASE-4.17.0). */
#define VM_EVENT_INTERFACE_VERSION_4_17 7u

static uint32_t ring_size(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_17 ? VM_EVENT_RING_SIZE_4_17 : HT_RING_SLOTS;
}

/* Requests that hold a slot.  4.2: "RING_FREE_REQUESTS = RING_SIZE - (req_prod_pvt -
 * rsp_cons)" with rsp_cons Xen's own response consumer (xen/include/public/io/ring.h,
 * RELEASE-4.2.0, L197-198; mem_event_ring_available, mem_event.c L106-115): requests and
 * responses share the 64 slots, and a request's slot is free again only once Xen has
 * consumed a response to it.  The doc profile frees it when the helper takes the request.
 * Responses a helper forges beyond the requests put free nothing more; and the engine's
 * request queue, apart from the responses', never holds more than 64 unread requests. */
static uint32_t ring_in_flight(const ht_machine *m, const struct ht_ring *r)
{
    uint32_t unread = r->req_prod - r->req_cons;
    if (ht_doc(m))
        return unread;
    uint32_t unanswered = r->rsp_cons >= r->req_prod ? 0 : r->req_prod - r->rsp_cons;
    return unanswered > unread ? unanswered : unread;
}

/* The free slots of a present ring (mem_event_ring_available's count before the producers'
 * claims; 0 for an absent ring). */
uint32_t ring_free_slots(ht_machine *m, uint8_t slot, uint32_t kind)
{
    const struct ht_ring *r = &m->dom[slot].ring[kind];
    uint32_t used = ring_in_flight(m, r);
    return r->present && used < ring_size(m) ? ring_size(m) - used : 0;
}

bool ring_has_slot(ht_machine *m, uint8_t slot, uint32_t kind)
{
    const struct ht_ring *r = &m->dom[slot].ring[kind];
    return r->present && ring_in_flight(m, r) < ring_size(m);
}

static void ring_wake(ht_machine *m, uint8_t slot, uint32_t kind);

/* vm_event_put_request (common/vm_event.c, RELEASE-4.17.0) gives the black eye only "if(
 * curr->domain == d && avail_req < d->max_vcpus && !atomic_read(&curr->vm_event_pause_count)
 * )": a vcpu that vm_event_vcpu_pause already paused for this request (a sync monitor
 * event, monitor_traps; a guest's page-in, p2m_mem_paging_populate; its unshare ENOMEM,
 * mem_sharing_notify_enomem -- each pauses before the put and sets VM_EVENT_FLAG_VCPU_PAUSED)
 * is not marked.  A running vcpu has no other vm_event pause, so the request's flag is the
 * count's test.  4.2's mem_event_put_request marks every such vcpu. */
static bool paused_by_vm_event_4_17(const ht_machine *m, uint32_t flags)
{
    return m->profile == HT_PROFILE_XEN_4_17 && (flags & HT_RING_FLAGS_VCPU_PAUSED);
}

/* mem_event_put_request (arch/x86/mm/mem_event.c, RELEASE-4.2.0): a request put while the
 * caller is another domain carries MEM_EVENT_FLAG_FOREIGN ("current->domain != d"); after
 * the put, a vcpu of the domain itself that leaves fewer free slots than the domain has
 * vcpus is paused until the ring has room again (mem_event_mark_and_pause). */
void ring_put_request(ht_machine *m, uint8_t slot, uint32_t kind, uint64_t gfn,
                      uint32_t vcpu, uint32_t flags, uint32_t p2mt)
{
    struct ht_ring *r = &m->dom[slot].ring[kind];
    if (!ht_caller_is(m, slot))
        flags |= HT_RING_FLAGS_FOREIGN;
    struct ht_ring_msg *msg = &r->req[r->req_prod % ring_size(m)];
    j64(m, &msg->gfn, gfn);
    j32(m, &msg->vcpu, vcpu);
    j32(m, &msg->flags, flags);
    j32(m, &msg->p2mt, p2mt);
    j32(m, &r->req_prod, r->req_prod + 1);
    /* notify_via_xen_event_channel(d, med->xen_port): a helper bound to the ring's port
     * sees it pending. */
    evtchn_notify_xen(m, slot, r->port);
    /* mem_event_release_slot (L238-249): "Kick any waiters" before the black eye. */
    if (!ht_doc(m))
        ring_wake(m, slot, kind);
    uint32_t avail = ring_size(m) - ring_in_flight(m, r);
    if (ht_caller_is(m, slot) && avail < m->dom[slot].nvcpus &&
        !paused_by_vm_event_4_17(m, flags)) {
        struct ht_vcpu *vc = &m->dom[slot].vcpu[m->caller.vcpu % HT_MAX_VCPUS];
        j8(m, &vc->blocked_on, (uint8_t)(vc->blocked_on | (1u << kind)));
    }
}

void vcpu_pause_on(ht_machine *m, uint8_t slot, uint32_t vcpu, uint32_t kind)
{
    struct ht_vcpu *vc = &m->dom[slot].vcpu[vcpu % HT_MAX_VCPUS];
    if (ht_doc(m)) {
        j8(m, &vc->paused_on, (uint8_t)(vc->paused_on | (1u << kind)));
        return;
    }
    /* vcpu_pause_nosync: atomic_inc(&v->pause_count) (common/domain.c L734-738); 4.17's
     * vm_event_vcpu_pause (common/vm_event.c, RELEASE-4.17.0) counts it in
     * v->vm_event_pause_count as well. */
    j8(m, &vc->pause_count, (uint8_t)(vc->pause_count + 1));
    if (m->profile == HT_PROFILE_XEN_4_17)
        j8(m, &vc->vm_event_pauses, (uint8_t)(vc->vm_event_pauses + 1));
}

/* vcpu_unpause: "if ( atomic_dec_and_test(&v->pause_count) ) vcpu_wake(v)" (common/
 * domain.c, RELEASE-4.2.0, L740-744).  Nothing guards the count: a response naming a vcpu
 * that no request paused takes it below zero, and vcpu_runnable (sched.h L643-648) then
 * holds the vcpu until a later pause brings the count back to zero. */
static void vcpu_unpause(ht_machine *m, struct ht_vcpu *vc)
{
    j8(m, &vc->pause_count, (uint8_t)(vc->pause_count - 1));
}

void vcpu_wait_on(ht_machine *m, uint8_t slot, uint32_t vcpu, uint32_t kind, uint8_t op,
                  uint64_t gfn, uint32_t flags)
{
    struct ht_vcpu *vc = &m->dom[slot].vcpu[vcpu % HT_MAX_VCPUS];
    j8(m, &vc->waiting_on, (uint8_t)kind);
    if (ht_doc(m))
        return;
    /* prepare_to_wait (common/wait.c, RELEASE-4.2.0, L221-233): "list_add_tail(&wqv->list,
     * &wq->list); vcpu_pause_nosync(curr)"; the vcpu's stack is saved and it goes on where
     * it slept (mem_event_wait_slot, mem_event.c L388-393) once woken and running. */
    struct ht_ring *r = &m->dom[slot].ring[kind];
    j16(m, &vc->wait_seq, r->wait_next);
    j16(m, &r->wait_next, (uint16_t)(r->wait_next + 1));
    j8(m, &vc->pause_count, (uint8_t)(vc->pause_count + 1));
    j8(m, &vc->resume_op, op);
    j64(m, &vc->resume_gfn, gfn);
    j32(m, &vc->resume_flags, flags);
}

void vcpu_ring_reset(ht_machine *m, struct ht_vcpu *v)
{
    j8(m, &v->paused_on, 0);
    j8(m, &v->waiting_on, 0);
    j8(m, &v->blocked_on, 0);
    j8(m, &v->pause_count, 0);
    j8(m, &v->vm_event_pauses, 0);
    j16(m, &v->wait_seq, 0);
    j8(m, &v->resume_op, HT_RESUME_NONE);
    j32(m, &v->resume_flags, 0);
    j8(m, &v->resume_access, 0);
    j64(m, &v->resume_gfn, 0);
}

/* vm_event_wake_blocked (common/vm_event.c, RELEASE-4.17.0): round-robin from the vcpu
 * after last_vcpu_wake_up, as 4.2, but "avail_req--" for each vcpu woken, stopping when no
 * free slot is left -- 4.2 stopped once as many vcpus were online as slots were free.  A
 * vcpu woken here may find the slot taken by a vcpu its response unpaused, and then sleeps
 * on the wait queue (vm_event_wait_slot): what makes vm_event_disable's EBUSY reachable
 * with few vcpus. */
static void ring_wake_blocked_4_17(ht_machine *m, uint8_t slot, uint32_t kind, uint32_t avail,
                                   uint32_t blocked)
{
    struct ht_domain *d = &m->dom[slot];
    struct ht_ring *r = &d->ring[kind];
    uint32_t n = d->nvcpus;
    for (uint32_t i = r->last_wake + 1u, j = 0; j < n; i++, j++) {
        uint32_t k = i % n;
        if (blocked == 0 || avail == 0)
            break;
        struct ht_vcpu *vc = &d->vcpu[k];
        if (vc->blocked_on & (1u << kind)) {
            j8(m, &vc->blocked_on, (uint8_t)(vc->blocked_on & ~(1u << kind)));
            avail--;
            blocked--;
            j8(m, &r->last_wake, (uint8_t)k);
        }
    }
}

/* mem_event_wake (arch/x86/mm/mem_event.c, RELEASE-4.2.0, L193-199), in xen-4.2;
 * vm_event_wake (common/vm_event.c, RELEASE-4.17.0) in xen-4.17, the same but for
 * ring_wake_blocked_4_17. */
static void ring_wake(ht_machine *m, uint8_t slot, uint32_t kind)
{
    struct ht_domain *d = &m->dom[slot];
    struct ht_ring *r = &d->ring[kind];
    if (!r->present)
        return;
    uint32_t avail = ring_size(m) - ring_in_flight(m, r);
    if (ring_has_waiters(m, slot, kind)) {
        /* mem_event_wake_queued (L181-187) -> wake_up_nr(&med->wq, avail_req) (common/
         * wait.c L96-111): the first avail_req sleepers, in arrival order, leave the queue
         * and lose the sleep's pause; each runs on when nothing else holds it. */
        for (; avail > 0; avail--) {
            struct ht_vcpu *first = NULL;
            for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
                struct ht_vcpu *vc = &d->vcpu[v];
                if (vc->waiting_on == kind &&
                    (!first || (int16_t)(uint16_t)(vc->wait_seq - first->wait_seq) < 0))
                    first = vc;
            }
            if (!first)
                break;
            j8(m, &first->waiting_on, 0);
            vcpu_unpause(m, first);
        }
        return;
    }
    /* mem_event_wake_blocked (L117-173): black-eyed vcpus are unpaused round-robin from the
     * one after med->last_vcpu_wake_up, only while fewer vcpus are online (without the
     * ring's pause flag) than there are free slots. */
    uint32_t n = d->nvcpus, blocked = 0;
    for (uint32_t v = 0; v < n; v++)
        blocked += (d->vcpu[v].blocked_on >> kind) & 1u;
    if (avail == 0 || blocked == 0 || n == 0)
        return;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        ring_wake_blocked_4_17(m, slot, kind, avail, blocked);
        return;
    }
    uint32_t online = n - blocked;
    for (uint32_t i = r->last_wake + 1u, j = 0; j < n; i++, j++) {
        uint32_t k = i % n;
        if (blocked == 0 || online >= avail)
            break;
        struct ht_vcpu *vc = &d->vcpu[k];
        if (vc->blocked_on & (1u << kind)) {
            j8(m, &vc->blocked_on, (uint8_t)(vc->blocked_on & ~(1u << kind)));
            online++;
            blocked--;
            j8(m, &r->last_wake, (uint8_t)k);
        }
    }
}

static uint32_t resume_ring(uint8_t op)
{
    return op == HT_RESUME_PAGE_IN        ? HT_RING_PAGING
           : op == HT_RESUME_SHARING_ENOMEM ? HT_RING_SHARING
                                            : HT_RING_ACCESS;
}

/* mem_access_send_req (arch/x86/mm/mem_access.c, RELEASE-4.2.0, L52-61), as the end of
 * hvm_hap_nested_page_fault calls it for the request p2m_mem_access_check built for an
 * n2rwx conversion (hvm.c L1443-1447; the request has no VCPU_PAUSED and p2mt 0, p2m.c
 * L1292-1311): mem_event_claim_slot, for the guest's own vcpu mem_event_wait_slot, sleeps
 * while the ring is full (L388-393), answers -ENOSYS without a ring (L358-359: the request
 * is dropped), then mem_event_put_request.  xen-4.17: monitor_traps (common/monitor.c,
 * RELEASE-4.17.0), called at the same place (hvm.c L2017-2023), claims with
 * vm_event_claim_slot and, for an async event, puts without pausing. */
void ring_send_access_event(ht_machine *m, uint8_t slot, uint32_t vcpu, uint64_t gfn)
{
    if (!m->dom[slot].ring[HT_RING_ACCESS].present)
        return;
    if (!ring_has_slot(m, slot, HT_RING_ACCESS)) {
        vcpu_wait_on(m, slot, vcpu, HT_RING_ACCESS, HT_RESUME_ACCESS, gfn, 0);
        return;
    }
    ring_put_request(m, slot, HT_RING_ACCESS, gfn, vcpu, 0, 0);
}

/* A vcpu that slept in a fault's page-in or ENOMEM notification, with an n2rwx request
 * still to send: the fault goes on to its end (hvm.c, RELEASE-4.2.0, L1427-1447;
 * RELEASE-4.17.0 L2000-2023), where the request goes out. */
static void resume_access_event(ht_machine *m, uint8_t slot, uint32_t v, uint64_t gfn)
{
    struct ht_vcpu *vc = &m->dom[slot].vcpu[v];
    if (!vc->resume_access)
        return;
    j8(m, &vc->resume_access, 0);
    ring_send_access_event(m, slot, v, gfn);
}

/* A woken vcpu runs on inside wait_event: mem_event_wait_try_grab again. */
static void vcpu_resume(ht_machine *m, uint8_t slot, uint32_t v)
{
    struct ht_vcpu *vc = &m->dom[slot].vcpu[v];
    uint8_t op = vc->resume_op;
    uint64_t gfn = vc->resume_gfn;
    uint32_t flags = vc->resume_flags;
    uint32_t kind = resume_ring(op);
    struct ht_caller issuer = m->caller;
    m->caller = (struct ht_caller){.domid = m->dom_pub[slot].domid, .slot = slot, .vcpu = v};
    if (!m->dom[slot].ring[kind].present) {
        /* mem_event_grab_slot: "if ( !med->ring_page ) return -ENOSYS" ends the wait
         * (mem_event.c L358-359). */
        j8(m, &vc->resume_op, HT_RESUME_NONE);
        if (op == HT_RESUME_PAGE_IN) {
            /* p2m_mem_paging_populate: "if ( v->domain == d ) vcpu_pause_nosync(v);
             * domain_crash(d)" (p2m.c L1048-1056). */
            vcpu_pause_on(m, slot, v, kind);
            domain_crash(m, slot);
            resume_access_event(m, slot, v, gfn);
        } else if (op == HT_RESUME_SHARING_ENOMEM) {
            /* hvm_hap_nested_page_fault: notify_enomem < 0 -> "rc = 0" (hvm.c L1429-1441);
             * the fault still sends its access request (L1443-1447) before it returns, and
             * then the EPT violation handler crashes the domain. */
            resume_access_event(m, slot, v, gfn);
            domain_crash(m, slot);
        }
        /* mem_access_send_req's -ENOSYS is dropped by its caller (hvm.c L1443-1447): the
         * request is lost and a violation's vcpu stays paused. */
    } else if (!ring_has_slot(m, slot, kind)) {
        vcpu_wait_on(m, slot, v, kind, op, gfn, flags);  /* -EBUSY: sleeps again */
    } else {
        j8(m, &vc->resume_op, HT_RESUME_NONE);
        if (op == HT_RESUME_PAGE_IN) {
            paging_populate_claimed(m, slot, gfn);
            resume_access_event(m, slot, v, gfn);
        } else if (op == HT_RESUME_SHARING_ENOMEM) {
            sharing_notify_enomem(m, slot, gfn);
            resume_access_event(m, slot, v, gfn);
        } else if (m->profile == HT_PROFILE_XEN_4_17 && (flags & HT_RING_FLAGS_VCPU_PAUSED)) {
            /* monitor_traps (common/monitor.c, RELEASE-4.17.0), once vm_event_claim_slot
             * returns: "vm_event_vcpu_pause(curr)" for a sync event, then the put. */
            vcpu_pause_on(m, slot, v, HT_RING_ACCESS);
            ring_put_request(m, slot, HT_RING_ACCESS, gfn, v, flags, 0);
        } else  /* the violation's pause came before the claim (p2m.c L1315-1316) */
            ring_put_request(m, slot, HT_RING_ACCESS, gfn, v, flags, 0);
    }
    m->caller = issuer;
}

void ring_vcpus_continue(ht_machine *m, uint8_t slot)
{
    if (ht_doc(m) || dom_flag(m, slot, HT_DF_PAUSED | HT_DF_SHUTDOWN | HT_DF_DYING))
        return;
    struct ht_domain *d = &m->dom[slot];
    for (;;) {
        /* The earliest sleeper first: the engine runs woken vcpus at once, in the order
         * they went to sleep (one of the schedules Xen may pick). */
        int next = -1;
        for (uint32_t v = 0; v < d->nvcpus; v++) {
            const struct ht_vcpu *vc = &d->vcpu[v];
            if (vc->resume_op == HT_RESUME_NONE || vcpu_ring_held(vc))
                continue;
            if (next < 0 ||
                (int16_t)(uint16_t)(vc->wait_seq - d->vcpu[next].wait_seq) < 0)
                next = (int)v;
        }
        if (next < 0 || dom_flag(m, slot, HT_DF_SHUTDOWN | HT_DF_DYING))
            return;
        vcpu_resume(m, slot, (uint32_t)next);
    }
}

/* p2m_mem_paging_resume (arch/x86/mm/p2m.c): without DROP_PAGE, a gfn that is paging_in
 * with its frame becomes RAM again. */
static void paging_resume(ht_machine *m, uint8_t slot, const struct ht_ring_msg *rsp)
{
    if (rsp->flags & HT_RING_FLAGS_DROP_PAGE)
        return;
    ht_p2m_entry *e = p2m_entry(m, slot, rsp->gfn);
    if (e && e->type == HT_P2M_TYPE_RAM_PAGING_IN && mfn_is_ram(m, e->mfn)) {
        uint8_t to = dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY
                                                      : HT_P2M_TYPE_RAM_RW;
        p2m_set(m, slot, rsp->gfn, to, e->mfn, e->access);
        frame_set_m2p(m, e->mfn, (uint32_t)rsp->gfn);
    } else if (e && e->type == HT_P2M_TYPE_RAM_PAGING_IN &&
               ht_bug(m, HT_BUG_PAGING_RESUME_UNPREPARED)) {
        /* Planted paging_resume_unprepared (modelled on 6b54b24f37, which added the
         * "mfn_valid(mfn) && p2mt == p2m_ram_paging_in" test 4.2's p2m_mem_paging_resume
         * has, arch/x86/mm/p2m.c RELEASE-4.2.0): a page-in that was never prepped becomes
         * ram_rw without a frame. */
        p2m_set(m, slot, rsp->gfn, HT_P2M_TYPE_RAM_RW, e->mfn, e->access);
    }
}

/* vm_event_resume's loop body after the version check (common/vm_event.c,
 * RELEASE-4.17.0): "v = domain_vcpu(d, rsp.vcpu_id); if ( !v ) continue;", then only "if (
 * atomic_read(&v->vm_event_pause_count) )" does anything happen: the paging resume for a
 * paging ring's response, and with VCPU_PAUSED vm_event_vcpu_unpause, which refuses to
 * take the count below zero.  A response naming a vcpu no request paused does nothing. */
static void apply_response_4_17(ht_machine *m, uint8_t slot, uint32_t kind,
                                const struct ht_ring_msg *rsp)
{
    struct ht_domain *d = &m->dom[slot];
    if (rsp->vcpu >= d->nvcpus) {
        /* The planted bug takes domain_vcpu's check away, as 4.2 never had it. */
        if (ht_bug(m, HT_BUG_RESPONSE_VCPU_UNCHECKED) && (rsp->flags & HT_RING_FLAGS_VCPU_PAUSED))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, rsp->gfn,
                             ~0ull, d->nvcpus - 1, rsp->vcpu);
        return;
    }
    struct ht_vcpu *vc = &d->vcpu[rsp->vcpu];
    if (vc->vm_event_pauses == 0)
        return;
    if (kind == HT_RING_PAGING)
        paging_resume(m, slot, rsp);
    if (rsp->flags & HT_RING_FLAGS_VCPU_PAUSED) {
        j8(m, &vc->vm_event_pauses, (uint8_t)(vc->vm_event_pauses - 1));
        vcpu_unpause(m, vc);
    }
}

/* What Xen does with one response (p2m_mem_paging_resume and the common unpause). */
static void apply_response(ht_machine *m, uint8_t slot, uint32_t kind,
                           const struct ht_ring_msg *rsp)
{
    struct ht_domain *d = &m->dom[slot];
    /* "if (rsp.flags & MEM_EVENT_FLAG_DUMMY) continue;" (p2m_mem_paging_resume, p2m.c
     * L1212-1213; p2m_mem_access_resume; mem_sharing_sharing_resume, mem_sharing.c
     * L598-599, RELEASE-4.2.0): a dummy response only frees its slot. */
    if (rsp->flags & HT_MEM_EVENT_FLAG_DUMMY)
        return;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        apply_response_4_17(m, slot, kind, rsp);
        return;
    }
    if (kind == HT_RING_PAGING)
        paging_resume(m, slot, rsp);
    if (!(rsp->flags & HT_RING_FLAGS_VCPU_PAUSED))
        return;
    if (rsp->vcpu >= d->nvcpus) {
        /* The toolstack controls vcpu_id; 4.2 indexes d->vcpu with it unchecked. */
        if (ht_bug(m, HT_BUG_RESPONSE_VCPU_UNCHECKED))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, rsp->gfn,
                             ~0ull, d->nvcpus - 1, rsp->vcpu);
        return;
    }
    struct ht_vcpu *vc = &d->vcpu[rsp->vcpu];
    if (ht_doc(m))
        j8(m, &vc->paused_on, (uint8_t)(vc->paused_on & ~(1u << kind)));
    else  /* "vcpu_unpause(d->vcpu[rsp.vcpu_id])", whichever ring paused it */
        vcpu_unpause(m, vc);
}

void ring_process_responses(ht_machine *m, uint8_t slot, uint32_t kind)
{
    struct ht_ring *r = &m->dom[slot].ring[kind];
    if (!r->present)
        return;
    while (r->rsp_cons != r->rsp_prod) {
        struct ht_ring_msg rsp = r->rsp[r->rsp_cons % ring_size(m)];
        j32(m, &r->rsp_cons, r->rsp_cons + 1);
        /* mem_event_get_response wakes after each response it consumes, before the
         * resume function acts on it (mem_event.c L338-340). */
        if (!ht_doc(m))
            ring_wake(m, slot, kind);
        /* vm_event_resume (common/vm_event.c, RELEASE-4.17.0): "if ( rsp.version !=
         * VM_EVENT_INTERFACE_VERSION ) { printk(...); continue; }" comes after
         * vm_event_get_response has consumed the response and woken the waiters: the slot
         * is free again, and nothing else of the response happens (no
         * p2m_mem_paging_resume, no vm_event_vcpu_unpause, so a vcpu its request paused
         * stays paused).  4.2's mem_event_response_t has no version field (public/
         * mem_event.h, RELEASE-4.2.0; mem_event_get_response then p2m_mem_paging_resume,
         * p2m_mem_access_resume, mem_sharing_sharing_resume act on every response), and
         * the doc profile follows 4.2 here. */
        if (m->profile == HT_PROFILE_XEN_4_17 && rsp.version != VM_EVENT_INTERFACE_VERSION_4_17)
            continue;
        apply_response(m, slot, kind, &rsp);
    }
    if (!ht_doc(m)) {
        ring_vcpus_continue(m, slot);
        return;
    }
    /* mem_event_wake: vcpus waiting for a slot retry once there is room; otherwise
     * (mem_event_wake_blocked) as many vcpus as there are free slots are unpaused. */
    if (ring_has_slot(m, slot, kind)) {
        struct ht_domain *d = &m->dom[slot];
        bool waiters = false;
        for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
            if (d->vcpu[v].waiting_on == kind) {
                j8(m, &d->vcpu[v].waiting_on, 0);
                waiters = true;
            }
        }
        uint32_t avail = ring_size(m) - ring_in_flight(m, r);
        for (uint32_t v = 0; v < d->nvcpus && !waiters && avail > 0; v++) {
            struct ht_vcpu *vc = &d->vcpu[v];
            if (vc->blocked_on & (1u << kind)) {
                j8(m, &vc->blocked_on, (uint8_t)(vc->blocked_on & ~(1u << kind)));
                avail--;
            }
        }
    }
}

/* ---- the helper's side --------------------------------------------------------------- */

static int64_t helper_ring(ht_machine *m, uint64_t domid, uint64_t kind, struct ht_ring **r,
                           uint8_t *slot)
{
    *slot = ht_slot(m, domid);
    if (*slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (kind < 1 || kind > HT_RING_COUNT)
        FAIL(EINVAL, RING_KIND_BAD);
    *r = &m->dom[*slot].ring[kind];
    if (!(*r)->present)
        FAIL(ENODEV, RING_ABSENT);
    return 0;
}

/* ring_get_request(domid, ring) -> gfn, vcpu_id, flags, p2mt */
int64_t ht_h_ring_get_request(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t *gfn,
                              uint64_t *vcpu_id, uint64_t *flags, uint64_t *p2mt)
{
    struct ht_ring *r;
    uint8_t slot;
    int64_t rc = helper_ring(m, domid, ring, &r, &slot);
    if (rc)
        return rc;
    if (r->req_cons == r->req_prod)
        FAIL(ENODATA, RING_EMPTY);
    const struct ht_ring_msg *req = &r->req[r->req_cons % ring_size(m)];
    *gfn = req->gfn;
    *vcpu_id = req->vcpu;
    *flags = req->flags;
    *p2mt = req->p2mt;
    j32(m, &r->req_cons, r->req_cons + 1);
    OK(0, NONE);
}

static int64_t put_response(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t gfn,
                            uint32_t vcpu_id, uint32_t flags, uint32_t version)
{
    struct ht_ring *r;
    uint8_t slot;
    int64_t rc = helper_ring(m, domid, ring, &r, &slot);
    if (rc)
        return rc;
    if (r->rsp_prod - r->rsp_cons >= ring_size(m))
        FAIL(ENOSPC, RING_RESPONSES_FULL);
    struct ht_ring_msg *msg = &r->rsp[r->rsp_prod % ring_size(m)];
    j64(m, &msg->gfn, gfn);
    j32(m, &msg->vcpu, (uint32_t)vcpu_id);
    j32(m, &msg->flags, (uint32_t)flags);
    j32(m, &msg->p2mt, 0);
    j32(m, &msg->version, version);
    j32(m, &r->rsp_prod, r->rsp_prod + 1);
    OK(0, NONE);
}

/* ring_put_response(domid, ring, gfn, vcpu_id, flags): a response of the current version
 * (a 4.17 helper sets rsp.version = VM_EVENT_INTERFACE_VERSION, as xen-access does). */
int64_t ht_h_ring_put_response(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t gfn,
                               uint32_t vcpu_id, uint32_t flags)
{
    return put_response(m, domid, ring, gfn, vcpu_id, flags, VM_EVENT_INTERFACE_VERSION_4_17);
}

/* ring_put_response_versioned(domid, ring, gfn, vcpu_id, flags, version): the version is
 * looked at only when Xen consumes the response (ring_process_responses). */
int64_t ht_h_ring_put_response_versioned(ht_machine *m, uint16_t domid, uint32_t ring,
                                         uint64_t gfn, uint32_t vcpu_id, uint32_t flags,
                                         uint32_t version)
{
    return put_response(m, domid, ring, gfn, vcpu_id, flags, version);
}

/* The mem_event notification functions (mem_paging_notification, mem_access_notification,
 * mem_sharing_notification): the ring consumes its responses. */
bool ring_notify(ht_machine *m, uint8_t slot, uint32_t port)
{
    for (uint32_t k = 1; k <= HT_RING_COUNT; k++) {
        const struct ht_ring *r = &m->dom[slot].ring[k];
        if (r->present && r->port == port) {
            ring_process_responses(m, slot, k);
            return true;
        }
    }
    return false;
}

/* evtchn_send(domid, port): the helper kicks the ring (a shortcut for EVTCHNOP_send on the
 * helper's port bound to the ring's, which need not be bound); Xen consumes its responses
 * through the port's notification function, as evtchn_notify does. */
int64_t ht_h_evtchn_send(ht_machine *m, uint16_t domid, uint32_t port)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    const struct ht_evtchn *c = evtchn_port(m, slot, port);
    if (c && (c->flags & HT_EVTCHN_FLAGS_XEN_CONSUMER) && ring_notify(m, slot, port))
        OK(0, NONE);
    FAIL(EINVAL, PORT_NOT_A_RING);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* A count as the fuzzer sees it: none, one, more. */
static uint32_t few(uint32_t n)
{
    return n < 2 ? n : 2;
}

/* The fuzzer's class of the ring a helper's call acts on (its domain and ring kind, or for
 * evtchn_send the ring whose port it names): present or not, the requests and responses
 * waiting in it, whether a vcpu of the domain is paused on it, and the p2m type of the gfn
 * of the oldest response Xen has not consumed.  Kicking a ring that holds a response for a
 * gfn being paged in, and one that holds none, take the same path through evtchn_send; the
 * difference is what the response does when Xen consumes it.  Not a Xen decision: fuzzing
 * feedback only (csrc/fuzz.c state_class, which adds the class of the page a
 * ring_put_response names). */
/* The response a helper's ring_put_response posts, against the domain it answers (shallow9):
 * whether it asks for an unpause (VCPU_PAUSED) and whether its vcpu_id names one of the
 * domain's vcpus, one paused on the ring, or none.  vm_event_resume bounds vcpu_id by the
 * domain's vcpus (domain_vcpu, common/vm_event.c, RELEASE-4.17.0) and unpauses only a
 * vcpu with a pause count; the fuzzer's class saw the ring and not the response, so a
 * response naming no vcpu and one naming the paused vcpu were the same state, and the
 * input that posted the rarer one was not kept for a kick to follow.  The value profile
 * of that compare, as page_class gives a gfn's against the p2m's mark.  Not a Xen
 * decision: fuzzing feedback only. */
static uint32_t response_class(const ht_machine *m, uint8_t slot, uint32_t call,
                               const uint64_t *arg)
{
    if (call != HT_CALL_ring_put_response && call != HT_CALL_ring_put_response_versioned)
        return 0;
    uint64_t vcpu = arg[3];
    const struct ht_domain *d = &m->dom[slot];
    uint32_t named = vcpu >= d->nvcpus || vcpu >= HT_MAX_VCPUS ? 3u
                     : d->vcpu[vcpu].paused_on >> arg[1] & 1u    ? 2u
                                                                 : 1u;
    return named << 1 | ((arg[4] & HT_RING_FLAGS_VCPU_PAUSED) != 0);
}

static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    (void)caller_slot;
    uint8_t slot = ht_slot(m, arg[0]);
    if (slot == HT_NO_SLOT)
        return 1;
    uint32_t kind = 0;
    if (call == HT_CALL_evtchn_send) {
        for (uint32_t k = 1; k <= HT_RING_COUNT && !kind; k++)
            if (m->dom[slot].ring[k].present && m->dom[slot].ring[k].port == arg[1])
                kind = k;
        if (!kind)
            return 2;
    } else if (call == HT_CALL_ring_get_request || call == HT_CALL_ring_put_response ||
               call == HT_CALL_ring_put_response_versioned) {
        if (arg[1] < 1 || arg[1] > HT_RING_COUNT)
            return 3;
        kind = (uint32_t)arg[1];
    } else {
        return 0;
    }
    const struct ht_ring *r = &m->dom[slot].ring[kind];
    if (!r->present)
        return 0x100u | kind;
    bool paused = false;
    for (uint32_t v = 0; v < m->dom[slot].nvcpus && v < HT_MAX_VCPUS; v++)
        paused |= (m->dom[slot].vcpu[v].paused_on >> kind & 1u) != 0;
    uint32_t oldest = 0;
    if (r->rsp_prod != r->rsp_cons) {
        const ht_p2m_entry *e =
            p2m_entry((ht_machine *)m, slot, r->rsp[r->rsp_cons % ring_size(m)].gfn);
        oldest = e ? 1u + (uint32_t)e->type : 0x1fu;
    }
    return 0x200u | kind | few(r->req_prod - r->req_cons) << 3 |
           few(r->rsp_prod - r->rsp_cons) << 5 | paused << 7 | oldest << 8 |
           response_class(m, slot, call, arg) << 14;
}

/* The fuzzer's state-driven insertions for a kept kick (evtchn_send on a ring's port, its
 * class new: fuzz_class above): the helper's next step of the ring protocol, inserted before
 * the kick (csrc/fuzz_want.c).  With a request waiting, the helper takes it
 * (ring_get_request); with the newest request it took unanswered (no response waiting), it
 * answers that request's gfn and vcpu with its flags' vcpu_paused, as xenpaging and
 * xen-access answer (the response whose consumption the kick then drives:
 * p2m_mem_paging_resume, mem_access_resume, RELEASE-4.2.0).  A response must name the
 * request's gfn and vcpu, values a random call matches one time in thousands.  Fuzzing
 * feedback only. */
/* The follow-up of a kept response (ring_put_response or its versioned form, whose class
 * was new: fuzz_class's response_class and the oldest response's page): the kick on the
 * ring's port, appended after it (ht_fuzz_want.after), which has Xen consume it
 * (vm_event_resume, common/vm_event.c, RELEASE-4.17.0; mem_event's resume through
 * p2m_mem_paging_resume, RELEASE-4.2.0).  What a response does is decided only when it is
 * consumed; the kept response was the frontier, and a kick grown there had to pick
 * evtchn_send, the domain and its ring's port among every live port (a response naming no
 * vcpu, then a kick: 114,000 inputs in xen-4.17).  Fuzzing feedback only. */
static uint32_t want_kick(const ht_machine *m, const uint64_t *arg, struct ht_fuzz_want *want,
                          uint32_t cap)
{
    uint8_t slot = ht_slot(m, arg[0]);
    if (cap == 0 || slot == HT_NO_SLOT || arg[1] < 1 || arg[1] > HT_RING_COUNT)
        return 0;
    const struct ht_ring *r = &m->dom[slot].ring[arg[1]];
    if (!r->present)
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_evtchn_send, .caller = 0, .after = 1};
    want->arg[0] = arg[0];
    want->arg[1] = r->port;
    return 1;
}

static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    (void)caller_slot;
    if (call == HT_CALL_ring_put_response || call == HT_CALL_ring_put_response_versioned)
        return want_kick(m, arg, want, cap);
    if (call != HT_CALL_evtchn_send)
        return 0;
    uint8_t slot = ht_slot(m, arg[0]);
    if (slot == HT_NO_SLOT)
        return 0;
    uint32_t kind = 0;
    for (uint32_t k = 1; k <= HT_RING_COUNT && !kind; k++)
        if (m->dom[slot].ring[k].present && m->dom[slot].ring[k].port == arg[1])
            kind = k;
    if (!kind)
        return 0;
    const struct ht_ring *r = &m->dom[slot].ring[kind];
    uint32_t n = 0;
    if (n < cap && r->req_prod != r->req_cons) {
        want[n] = (struct ht_fuzz_want){.call = HT_CALL_ring_get_request, .caller = 0};
        want[n].arg[0] = arg[0];
        want[n].arg[1] = kind;
        n++;
    }
    if (n < cap && r->req_cons != 0 && r->rsp_prod == r->rsp_cons) {
        const struct ht_ring_msg *q = &r->req[(r->req_cons - 1) % ring_size(m)];
        want[n] = (struct ht_fuzz_want){.call = HT_CALL_ring_put_response, .caller = 0};
        want[n].arg[0] = arg[0];
        want[n].arg[1] = kind;
        want[n].arg[2] = q->gfn;
        want[n].arg[3] = q->vcpu;
        want[n].arg[4] = q->flags & HT_RING_FLAGS_VCPU_PAUSED;
        n++;
    }
    return n;
}

const struct ht_family_ops ht_family_ring = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
};
