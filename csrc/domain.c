/*
 * Domains: the target lookups Xen's call families start with, creation and destruction
 * (with the relinquish of shared pages), and the toolstack's domain controls.
 */
#include <string.h>

#include "engine.h"
#include "resource.h"

void dom_set_flag(ht_machine *m, uint8_t slot, uint8_t flag, bool on)
{
    uint8_t *f = &m->dom_pub[slot].flags;
    j8(m, f, (uint8_t)(on ? (*f | flag) : (*f & ~flag)));
}

bool dom_is_hvm(const ht_machine *m, uint8_t slot)
{
    return !dom_flag(m, slot, HT_DF_PV);
}

/* ---- the caller's privilege ---------------------------------------------------------
 *
 * IS_PRIV(d) is d->is_privileged and IS_PRIV_FOR(d, t) is IS_PRIV(d) or d being t's device
 * model, d->target == t (xen/include/xen/sched.h at RELEASE-4.2.0).  The control domain is
 * the engine's only privileged caller; how far it may act on each domain is the
 * caller_privilege knob, which models an IS_PRIV_FOR or XSM refusal of the toolstack.  A
 * guest is privileged only for the domain it is the device model of (domain_set_target),
 * not even for itself: a guest names itself with DOMID_SELF where Xen allows it. */

bool caller_is_priv(const ht_machine *m)
{
    return m->caller.slot == 0;
}

bool caller_priv_for(const ht_machine *m, uint8_t slot)
{
    if (m->dom[m->caller.slot].target == slot)
        return true;
    return caller_is_priv(m) && m->dom[slot].privilege != HT_PRIVILEGE_NONE;
}

int64_t caller_dm_priv(ht_machine *m, uint8_t slot)
{
    /* xsm_default_action(XSM_DM_PRIV) (xsm/dummy.h, RELEASE-4.17.0): the target's own
     * device model passes, then the control domain; anyone else is refused. */
    if (m->dom[m->caller.slot].target == slot)
        return 0;
    if (!caller_is_priv(m) || m->dom[slot].privilege == HT_PRIVILEGE_NONE)
        FAIL(EPERM, NOT_DM_PRIVILEGED);
    if (m->dom[slot].privilege == HT_PRIVILEGE_XSM_DENY)
        FAIL(EACCES, XSM_DENIED);  /* what a FLASK policy's denial returns */
    return 0;
}

bool caller_xsm_denied(const ht_machine *m, uint8_t slot)
{
    return caller_is_priv(m) && m->dom[slot].privilege == HT_PRIVILEGE_XSM_DENY;
}

/* rcu_lock_remote_target_domain_by_id (common/domain.c, 4.2): the target must exist, must
 * not be the caller, and the caller must be privileged for it. */
int64_t target_remote(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (ht_caller_is(m, s))
        FAIL(EPERM, TARGET_IS_CALLER);
    if (!caller_priv_for(m, s))
        FAIL(EPERM, NOT_PRIVILEGED);
    *slot = s;
    return 0;
}

/* get_mem_event_op_target (arch/x86/mm/mem_event.c, 4.2): the prologue of the sharing,
 * paging and access memops: rcu_lock_remote_target_domain_by_id, then a dying domain is
 * refused. */
int64_t target_memop(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    int64_t rc = target_remote(m, domid, slot);
    if (rc)
        return rc;
    if (dom_flag(m, *slot, HT_DF_DYING))
        FAIL(EINVAL, DOMAIN_DYING);
    return 0;
}

/* rcu_lock_target_domain_by_id (common/domain.c, 4.2): DOMID_SELF is the caller; any other
 * id must exist and the caller must be privileged for it. */
int64_t target_self_or_priv(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (domid == HT_DOMID_SELF) {
        *slot = m->caller.slot;
        return 0;
    }
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!caller_priv_for(m, s))
        FAIL(EPERM, NOT_PRIVILEGED);
    *slot = s;
    return 0;
}

/* The domctl prologue: do_domctl refuses an unprivileged caller first (common/domctl.c,
 * 4.2), then the op's lookup, IS_PRIV_FOR, and (for ops with a hook) the XSM policy. */
int64_t target_control(ht_machine *m, uint64_t domid, uint8_t *slot, bool xsm_hook)
{
    if (!caller_is_priv(m))
        FAIL(EPERM, NOT_PRIVILEGED);
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!caller_priv_for(m, s))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (xsm_hook && caller_xsm_denied(m, s))
        FAIL(EACCES, XSM_DENIED);
    *slot = s;
    return 0;
}

static uint8_t ram_type(const ht_machine *m, uint8_t slot)
{
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

/* ---- creation ----------------------------------------------------------------------- */

static uint8_t free_slot(const ht_machine *m)
{
    for (uint8_t s = 1; s < HT_MAX_DOMAINS; s++)
        if (!m->dom_pub[s].in_use)
            return s;
    return HT_NO_SLOT;
}

/* Zeroes the per-domain state of a reused slot.  The ring message arrays are not touched:
 * their indices make stale entries unreachable (the grant table is gnttab.c's). */
static void dom_reset(ht_machine *m, uint8_t slot)
{
    struct ht_domain *d = &m->dom[slot];
    j8(m, &d->target, HT_NO_SLOT);
    for (int v = 0; v < HT_MAX_VCPUS; v++)
        j32(m, &d->vmtrace_mfn[v], HT_MFN_INVALID);
    j64(m, &d->max_mapped_gfn, 0);
    for (int i = 0; i < HT_NR_HVM_PARAMS; i++)
        j64(m, &d->hvm_param[i], 0);
    for (int v = 0; v < HT_MAX_VCPUS; v++)
        vcpu_ring_reset(m, &d->vcpu[v]);
    for (int k = 0; k <= HT_RING_COUNT; k++) {
        struct ht_ring *r = &d->ring[k];
        j8(m, &r->present, 0);
        j32(m, &r->port, 0);
        j64(m, &r->gfn, 0);
        j32(m, &r->mfn, HT_MFN_INVALID);
        j32(m, &r->req_prod, 0);
        j32(m, &r->req_cons, 0);
        j32(m, &r->rsp_prod, 0);
        j32(m, &r->rsp_cons, 0);
        j8(m, &r->last_wake, 0);
        j16(m, &r->wait_next, 0);
    }
    for (int t = 0; t < 16; t++)
        js64(m, &d->type_count[t], 0);
    js64(m, &d->paging_in_nomfn, 0);
    js64(m, &d->owned, 0);
    js64(m, &d->paged_drift, 0);
    js64(m, &d->stale_tuples, 0);
    j8(m, &d->iomem_granted, 0);
}

/* The order of a vcpu's trace buffer of vmtrace_frames frames, or -1 when createdomain
 * refuses the size.  4.2 has no vmtrace.  Later Xen wants a power of two from 4 KiB to
 * 64 MiB (arch_sanitise_domain_config, arch/x86/domain.c, RELEASE-4.17.0), on an HVM
 * domain, and the host must have the tracing hardware (Intel PT: "vmtrace not available"
 * in domain_create, common/domain.c). */
static int vmtrace_order(const ht_machine *m, uint32_t frames, bool pv)
{
    if (frames == 0)
        return 0;
    if (m->profile == HT_PROFILE_XEN_4_2 || pv || m->config.vendor != HT_VENDOR_INTEL)
        return -1;
    if (frames > HT_VMTRACE_MAX_FRAMES || (frames & (frames - 1)))
        return -1;
    int order = 0;
    while ((1u << order) < frames)
        order++;
    return order;
}

/* The grant table's frame limit: createdomain's max_grant_frames, 1 to 64 where it exists
 * (grant_table_init, common/grant_table.c, RELEASE-4.17.0: opt_max_grant_frames is 64); 0
 * is the default, 4.2's one global limit of 32 frames (max_nr_grant_frames,
 * common/grant_table.c, RELEASE-4.2.0), which is also all 4.2 knows.  0 when refused. */
static uint32_t grant_frame_limit(const ht_machine *m, uint32_t asked)
{
    if (asked == 0)
        return HT_GNT_DEFAULT_MAX_FRAMES;
    if (m->profile == HT_PROFILE_XEN_4_2 || asked > HT_GNT_MAX_FRAMES)
        return 0;
    return asked;
}

/* vmtrace_alloc_buffer / vmtrace_free_buffer (common/domain.c, RELEASE-4.17.0): one
 * contiguous allocation per vcpu, made when the vcpu is created, held by Xen for the
 * domain until its vcpus are torn down. */
static void vmtrace_alloc(ht_machine *m, uint8_t slot, uint32_t order)
{
    struct ht_domain *d = &m->dom[slot];
    for (uint32_t v = 0; v < d->nvcpus; v++)
        j32(m, &d->vmtrace_mfn[v],
            d->vmtrace_frames ? frame_alloc_block(m, HT_OWNER_XEN, order, ~0ull)
                              : HT_MFN_INVALID);
}

static void vmtrace_free(ht_machine *m, uint8_t slot)
{
    struct ht_domain *d = &m->dom[slot];
    for (uint32_t v = 0; v < HT_MAX_VCPUS; v++) {
        uint32_t base = d->vmtrace_mfn[v];
        if (base == HT_MFN_INVALID)
            continue;
        j32(m, &d->vmtrace_mfn[v], HT_MFN_INVALID);
        for (uint32_t i = 0; i < d->vmtrace_frames; i++)
            frame_release(m, base + i);  /* a frame still mapped stays until unmapped */
    }
}

/* domain_create(domid, pages, max_pages, p2m_size, vcpus, flags, max_grant_frames,
 * vmtrace_frames) */
int64_t ht_h_domain_create(ht_machine *m, uint16_t domid, uint64_t pages, uint64_t max_pages,
                           uint64_t p2m_size, uint32_t vcpus, uint32_t flags,
                           uint32_t max_grant_frames, uint32_t vmtrace_frames)
{
    uint64_t size = p2m_size;
    if (domid == 0 || domid >= HT_DOMID_FIRST_RESERVED)
        FAIL(EINVAL, CREATE_BAD_DOMID);
    if (ht_slot(m, domid) != HT_NO_SLOT)
        FAIL(EEXIST, CREATE_EXISTS);
    if (vcpus > HT_MAX_VCPUS)
        FAIL(EINVAL, CREATE_BAD_VCPUS);
    if (flags & ~(uint64_t)(HT_DOMAIN_FLAGS_HAP | HT_DOMAIN_FLAGS_PV))
        FAIL(EINVAL, CREATE_BAD_FLAGS);
    if (max_pages == 0)
        max_pages = pages;
    if (size == 0)
        size = pages * 2 < 64 ? 64 : pages * 2;
    if (pages > size || max_pages < pages || size > 0x7fffffffu || max_pages > (1ull << 40))
        FAIL(EINVAL, CREATE_BAD_SIZES);
    bool pv = (flags & HT_DOMAIN_FLAGS_PV) != 0;
    uint32_t grant_limit = grant_frame_limit(m, max_grant_frames);
    if (grant_limit == 0)
        FAIL(EINVAL, CREATE_BAD_GRANT_FRAMES);
    int trace_order = vmtrace_order(m, vmtrace_frames, pv);
    if (trace_order < 0)
        FAIL(EINVAL, CREATE_BAD_VMTRACE);
    if (free_slot(m) == HT_NO_SLOT)
        FAIL(ENOMEM, CREATE_NO_SLOT);
    if (m->host.gfn_used + size > m->config.gfn_capacity)
        FAIL(ENOMEM, CREATE_NO_P2M_ROOM);
    uint64_t trace_frames = vmtrace_frames ? (uint64_t)vcpus * vmtrace_frames : 0;
    if ((uint64_t)m->host.free_frames < pages + trace_frames ||
        (trace_frames && frame_free_blocks(m, (uint32_t)trace_order, ~0ull, vcpus) < vcpus))
        FAIL(ENOMEM, CREATE_NO_MEMORY);
    domain_build(m, domid, pages, max_pages, size, vcpus, flags, grant_limit, vmtrace_frames,
                 trace_order);
    OK(0, NONE);
}

bool domain_room(const ht_machine *m, uint64_t p2m_size)
{
    return free_slot(m) != HT_NO_SLOT && m->host.gfn_used + p2m_size <= m->config.gfn_capacity;
}

/* The domain itself: a free slot, its p2m slice, its vcpus' trace buffers (trace_order < 0:
 * none), gfns 0..pages-1 populated, every family's domain_init.  The caller checked
 * domain_room, the host's free frames and the createdomain settings. */
void domain_build(ht_machine *m, uint16_t domid, uint64_t pages, uint64_t max_pages,
                  uint64_t size, uint32_t vcpus, uint32_t flags, uint32_t grant_limit,
                  uint32_t vmtrace_frames, int trace_order)
{
    uint8_t slot = free_slot(m);
    bool pv = (flags & HT_DOMAIN_FLAGS_PV) != 0;
    bool hap = !pv && (flags & HT_DOMAIN_FLAGS_HAP) && m->config.vendor != HT_VENDOR_NONE;
    uint32_t base = (uint32_t)m->host.gfn_used;
    ht_domain_pub *p = &m->dom_pub[slot];
    dom_reset(m, slot);
    struct ht_domain *d = &m->dom[slot];
    j8(m, &d->privilege, HT_PRIVILEGE_FULL);
    j8(m, &d->nvcpus, (uint8_t)vcpus);
    j8(m, &d->default_access, HT_ACCESS_RWX);
    j32(m, &d->max_grant_frames, grant_limit);
    j32(m, &d->vmtrace_frames, vmtrace_frames);
    js64(m, &p->tot_pages, 0);
    js64(m, &p->max_pages, (int64_t)max_pages);
    js64(m, &p->shr_pages, 0);
    js64(m, &p->paged_pages, 0);
    j32(m, &p->p2m_base, base);
    j32(m, &p->p2m_size, (uint32_t)size);
    j16(m, &p->domid, (uint16_t)domid);
    j8(m, &p->flags, (uint8_t)((hap ? HT_DF_HAP : 0) | (pv ? HT_DF_PV : 0)));
    j8(m, &p->in_use, 1);
    j8(m, &m->slot_of[domid], slot);
    j64(m, &m->host.gfn_used, base + size);

    /* The new p2m slice: one bulk record in the journal, then plain stores. */
    ht_journal_blob(m, &m->p2m[base], size * sizeof *m->p2m);
    for (uint64_t g = 0; g < size; g++) {
        m->p2m[base + g] = (ht_p2m_entry){.mfn = HT_MFN_INVALID, .rmap_next = HT_GIDX_NONE,
                                          .type = HT_P2M_TYPE_INVALID, .access = HT_ACCESS_RWX};
    }
    js64(m, &d->type_count[HT_P2M_TYPE_INVALID], (int64_t)size);

    /* The vcpus (and their trace buffers) come before the toolstack populates memory. */
    vmtrace_alloc(m, slot, (uint32_t)trace_order);
    for (uint64_t g = 0; g < pages; g++) {
        uint32_t mfn;
        if (!frame_alloc_for(m, slot, &mfn))
            break;  /* cannot happen: memory was checked above */
        /* Distinct contents per (domain, gfn), so copy and share bugs show in reads. */
        j32(m, &m->frame[mfn].content, (uint32_t)(((uint32_t)domid << 20) ^ g));
        p2m_map_private(m, slot, g, mfn, ram_type(m, slot));
    }
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->domain_init)
            ht_families[f]->domain_init(m, slot);
}

/* ---- destruction -------------------------------------------------------------------- */

/* The last page of a dying domain is gone: the domain itself goes (its id is free). */
void domain_maybe_gone(ht_machine *m, uint8_t slot)
{
    if (slot == 0 || !dom_flag(m, slot, HT_DF_DYING) || m->dom[slot].owned != 0)
        return;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->domain_busy && ht_families[f]->domain_busy(m, slot))
            return;
    /* XEN_DOMCTL_set_target holds a reference on the target until its device model is
     * destroyed (domctl.c, RELEASE-4.2.0; dropped by complete_domain_destroy). */
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++)
        if (s != slot && m->dom_pub[s].in_use && m->dom[s].target == slot)
            return;
    ht_domain_pub *p = &m->dom_pub[slot];
    sharing_domain_gone(m, slot);
    j8(m, &m->slot_of[p->domid], HT_NO_SLOT);
    j8(m, &p->in_use, 0);
    j8(m, &p->flags, 0);
    uint8_t target = m->dom[slot].target;
    if (target != HT_NO_SLOT) {
        j8(m, &m->dom[slot].target, HT_NO_SLOT);
        domain_maybe_gone(m, target);
    }
}

/* __domain_crash (common/domain.c, 4.2): domain_shutdown(d, SHUTDOWN_crash), so a reason
 * recorded before (SCHEDOP_shutdown_code, an earlier shutdown) is kept.  Only guests'
 * accesses crash a domain, never domain 0's (which would restart the host). */
void domain_crash(ht_machine *m, uint8_t slot)
{
    domain_shutdown(m, slot, HT_SHUTDOWN_REASON_CRASH);
}

/* domain_destroy(domid) */
int64_t ht_h_domain_destroy(ht_machine *m, uint16_t domid)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (slot == 0)
        FAIL(EINVAL, DESTROY_DOM0);
    if (dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, DOMAIN_DYING);
    /* Tuples that outlive the domain (sharing_tuples_left: relinquish_shared_pages never
     * sees a stale tuple, and 4.2's stops below the high-water mark) need a dead-domain
     * entry to be named by; checked before anything changes. */
    int64_t left = sharing_destroy_check(m, slot);
    if (left)
        return left;
    domain_kill(m, slot);
    OK(0, NONE);
}

/* domain_kill's work on a live domain, all at once (Xen's relinquish is preemptible; the
 * continuations are invisible to the caller): the domain is dying, and gone once no frame
 * of it is referenced any more. */
void domain_kill(ht_machine *m, uint8_t slot)
{
    dom_set_flag(m, slot, HT_DF_DYING, true);
    sharing_domain_dies(m, slot);

    /* After XSA-11 the scan runs only while the domain still has shared pages. */
    if (m->dom_pub[slot].shr_pages > 0 && !ht_bug(m, HT_BUG_RELINQUISH_SKIPS_SHARED))
        relinquish_shared_pages(m, slot);
    for (uint32_t k = 1; k <= HT_RING_COUNT; k++)
        ring_teardown(m, slot, k);
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->domain_teardown)
            ht_families[f]->domain_teardown(m, slot);
    vmtrace_free(m, slot);  /* vcpu teardown in domain_kill */

    ht_domain_pub *p = &m->dom_pub[slot];
    for (uint64_t g = 0; g < p->p2m_size; g++) {
        ht_p2m_entry *e = &m->p2m[p->p2m_base + g];
        if (e->type == HT_P2M_TYPE_RAM_SHARED)
            continue;  /* left by 4.2's relinquish walk (the high-water gfn) or a planted bug */
        if (e->type == HT_P2M_TYPE_RAM_PAGED || (e->type == HT_P2M_TYPE_RAM_PAGING_IN &&
                                                 e->mfn == HT_MFN_INVALID)) {
            /* 4.2 never touches paged_pages on destruction (domain_relinquish_resources,
             * arch/x86/domain.c, RELEASE-4.2.0; the counter's only writers are p2m.c L617,
             * L968, L1008, L1177 and mem_sharing.c L1107): the dying domain keeps reporting
             * it, which the drift ledger records. */
            if (ht_doc(m))
                jadd(m, &p->paged_pages, -1);
            else
                jadd(m, &m->dom[slot].paged_drift, 1);
        }
        if (e->type != HT_P2M_TYPE_INVALID)
            p2m_clear(m, slot, g);
    }
    /* relinquish_memory: every page the domain owns, mapped or not, loses its allocation
     * reference; pages that others still map stay until they are unmapped. */
    for (uint32_t mfn = 0; mfn < m->config.total_frames && m->dom[slot].owned > 0; mfn++) {
        const ht_frame *f = &m->frame[mfn];
        if (f->owner == slot && (f->bits & HT_FRAME_ALLOCATED))
            frame_release(m, mfn);
    }
    for (int i = 0; i < HT_MAX_DEVICES; i++) {
        if (m->device[i].used && m->device[i].slot == slot)
            j8(m, &m->device[i].used, 0);
    }
    domain_maybe_gone(m, slot);
    /* domain_kill: once the domain is dead, "send_global_virq(VIRQ_DOM_EXC)". */
    evtchn_send_global_virq(m, HT_VIRQ_DOM_EXC);
}

/* ---- toolstack controls ------------------------------------------------------------- */

/* domain_set_target(domid, target): XEN_DOMCTL_set_target (common/domctl.c,
 * RELEASE-4.2.0).  do_domctl wants IS_PRIV; the device model and its target are looked up
 * (a dying domain is still found: get_domain_by_id); a domain cannot serve itself or two
 * targets; then xsm_set_target. */
int64_t ht_h_domain_set_target(ht_machine *m, uint16_t domid, uint16_t target)
{
    if (!caller_is_priv(m))
        FAIL(EPERM, NOT_PRIVILEGED);
    uint8_t dm = ht_slot(m, domid);
    if (dm == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    uint8_t t = ht_slot(m, target);
    if (t == HT_NO_SLOT)
        FAIL(ESRCH, SET_TARGET_NO_TARGET);
    if (dm == t || m->dom[dm].target != HT_NO_SLOT)
        FAIL(EINVAL, SET_TARGET_TAKEN);
    if (caller_xsm_denied(m, dm))
        FAIL(EACCES, XSM_DENIED);
    j8(m, &m->dom[dm].target, t);
    OK(0, NONE);
}

/* caller_privilege(domid, level) */
int64_t ht_h_caller_privilege(ht_machine *m, uint16_t domid, uint32_t level)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (slot == 0 || level >= HT_PRIVILEGE_COUNT)
        FAIL(EINVAL, PRIVILEGE_BAD);
    j8(m, &m->dom[slot].privilege, (uint8_t)level);
    OK(0, NONE);
}

/* Pause and unpause check the same things; a domain cannot pause itself (the caller). */
static int64_t set_paused(ht_machine *m, uint64_t domid, bool paused)
{
    uint8_t slot;
    int64_t rc = target_control(m, domid, &slot, true);
    if (rc)
        return rc;
    if (ht_caller_is(m, slot))  /* XEN_DOMCTL_pausedomain: d == current->domain */
        FAIL(EINVAL, TARGET_IS_CALLER);
    dom_set_flag(m, slot, HT_DF_PAUSED, paused);
    /* domain_unpause_by_systemcontroller -> domain_unpause: "for_each_vcpu( d, v )
     * vcpu_wake(v)" (common/domain.c, RELEASE-4.2.0, L758-778; RELEASE-4.17.0
     * L1265-1274, L1310-1345): a vcpu a ring's wait queue woke while the domain was paused
     * is runnable now and goes on where it slept (wait_event returns inside Xen), as the
     * engine runs woken vcpus at once -- not at the domain's next ring event or guest
     * access. */
    if (!paused)
        ring_vcpus_continue(m, slot);
    OK(0, NONE);
}

/* domain_pause(domid) */
int64_t ht_h_domain_pause(ht_machine *m, uint16_t domid)
{
    return set_paused(m, domid, true);
}

/* domain_unpause(domid) */
int64_t ht_h_domain_unpause(ht_machine *m, uint16_t domid)
{
    return set_paused(m, domid, false);
}

/* domain_setmaxmem(domid, max_memkb): XEN_DOMCTL_max_mem (common/domctl.c, RELEASE-4.2.0)
 * stores max_memkb >> 2 into d->max_pages, an unsigned int: the high bits are lost. */
int64_t ht_h_domain_setmaxmem(ht_machine *m, uint16_t domid, uint64_t max_memkb)
{
    uint8_t slot;
    int64_t rc = target_control(m, domid, &slot, true);
    if (rc)
        return rc;
    js64(m, &m->dom_pub[slot].max_pages, (int64_t)(uint32_t)(max_memkb >> 2));
    OK(0, NONE);
}

/* domain_getinfo(first_domid) -> domid, flags, tot_pages, max_pages, shr_pages, paged_pages */
int64_t ht_h_domain_getinfo(ht_machine *m, uint16_t first_domid, uint64_t *domid, uint64_t *flags,
                            uint64_t *tot_pages, uint64_t *max_pages, uint64_t *shr_pages,
                            uint64_t *paged_pages)
{
    uint8_t best = HT_NO_SLOT;
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++) {
        const ht_domain_pub *p = &m->dom_pub[s];
        if (p->in_use && p->domid >= first_domid &&
            (best == HT_NO_SLOT || p->domid < m->dom_pub[best].domid))
            best = s;
    }
    if (best == HT_NO_SLOT)
        FAIL(ESRCH, GETINFO_NONE);
    if (!caller_priv_for(m, best))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, best))
        FAIL(EACCES, XSM_DENIED);
    /* getdomaininfo (common/domctl.c, 4.2): XEN_DOMINF_blocked when every online vcpu is
     * blocked and running when one runs (vcpu_dominf_flags), dying 1, hvm_guest 2,
     * shutdown 4, paused 8, and "d->shutdown_code << XEN_DOMINF_shutdownshift" for every
     * domain: the code is -1 until one is recorded, so bits 16-31 then read 0xffff. */
    const ht_domain_pub *p = &m->dom_pub[best];
    uint32_t online;
    uint32_t bits = vcpu_dominf_flags(m, best, &online);
    if (p->flags & HT_DF_DYING)
        bits |= 1;
    if (!(p->flags & HT_DF_PV))
        bits |= 2;
    if (p->flags & HT_DF_SHUTDOWN)
        bits |= 4;
    if (p->flags & HT_DF_PAUSED)
        bits |= 8;
    bits |= (uint32_t)sched_shutdown_code(m, best) << 16;
    bits |= dominf_arch_flags(m, best);
    *domid = p->domid;
    *flags = bits;
    *tot_pages = (uint64_t)p->tot_pages;
    *max_pages = (uint64_t)p->max_pages;
    *shr_pages = (uint64_t)p->shr_pages;
    *paged_pages = (uint64_t)p->paged_pages;
    OK(1, NONE);
}

/* set_hvm_param(dom, param, value) */
int64_t ht_h_set_hvm_param(ht_machine *m, uint16_t dom, uint32_t param, uint64_t value)
{
    if (param >= HT_NR_HVM_PARAMS)
        FAIL(EINVAL, HVM_PARAM_RANGE);
    uint8_t slot = ht_slot(m, dom);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!caller_priv_for(m, slot))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (!dom_is_hvm(m, slot))
        FAIL(EINVAL, NOT_HVM);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    j64(m, &m->dom[slot].hvm_param[param], value);
    OK(0, NONE);
}

/* assign_device(domid, machine_bdf) */
int64_t ht_h_assign_device(ht_machine *m, uint16_t domid, uint32_t machine_bdf)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT || slot == 0 || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, ASSIGN_NO_DOMAIN);
    if (!caller_priv_for(m, slot))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    if (!dom_flag(m, slot, HT_DF_IOMMU) &&
        (dom_flag(m, slot, HT_DF_SHARING) || m->dom[slot].ring[HT_RING_PAGING].present))
        FAIL(EXDEV, ASSIGN_SHARING_OR_PAGING);
    int free_index = -1;
    for (int i = 0; i < HT_MAX_DEVICES; i++) {
        const struct ht_device *dev = &m->device[i];
        if (dev->used && dev->bdf == (uint32_t)machine_bdf) {
            if (dev->slot != slot)
                FAIL(ENODEV, ASSIGN_DEVICE_TAKEN);
            free_index = -2;  /* already ours: nothing to record */
            break;
        }
        if (!dev->used && free_index == -1)
            free_index = i;
    }
    if (free_index == -1)
        FAIL(ENOSPC, ASSIGN_TABLE_FULL);
    if (free_index >= 0) {
        j32(m, &m->device[free_index].bdf, (uint32_t)machine_bdf);
        j8(m, &m->device[free_index].slot, slot);
        j8(m, &m->device[free_index].used, 1);
    }
    dom_set_flag(m, slot, HT_DF_IOMMU, true);
    OK(0, NONE);
}

/* domain_set_max_evtchn(domid, max_port) */
int64_t ht_h_domain_set_max_evtchn(ht_machine *m, uint16_t domid, uint32_t max_port)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    uint64_t limit = max_port < HT_MAX_EVTCHN_PORTS - 1 ? max_port : HT_MAX_EVTCHN_PORTS - 1;
    evtchn_set_max_port(m, slot, (uint32_t)limit);
    OK(0, NONE);
}

/* shadow_logdirty(domid, enable) */
int64_t ht_h_shadow_logdirty(ht_machine *m, uint16_t domid, uint32_t enable)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, NOT_HVM_OR_DYING);
    bool on = enable != 0;
    uint8_t from = on ? HT_P2M_TYPE_RAM_RW : HT_P2M_TYPE_RAM_LOGDIRTY;
    uint8_t to = on ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
    const ht_domain_pub *p = &m->dom_pub[slot];
    for (uint64_t g = 0; g < p->p2m_size && m->dom[slot].type_count[from] > 0; g++) {
        const ht_p2m_entry *e = &m->p2m[p->p2m_base + g];
        if (e->type == from)
            p2m_set(m, slot, g, to, e->mfn, e->access);
    }
    dom_set_flag(m, slot, HT_DF_LOGDIRTY, on);
    OK(0, NONE);
}

/* A RAM frame behind mmio_dm (xen-4.2's set_mem_type keeps one) when its gfn is given
 * another entry: 4.2's guest_physmap_add_entry, mem_sharing_add_to_physmap and
 * set_mmio_p2m_entry invalidate the old frame's M2P only for RAM types (arch/x86/mm/p2m.c,
 * RELEASE-4.2.0, L596-618, L754-768; mem_sharing.c L1076-1115), so the frame is left
 * allocated, counted in tot_pages and mapped nowhere, its M2P still naming the gfn: the
 * engine leaves the M2P as it is and marks the frame HT_FRAME_M2P_STALE, so that the
 * audit's M2P side (audit.c) accepts it.  Only xen-4.2 puts a frame behind mmio_dm (doc
 * and xen-4.17 refuse RAM made mmio_dm). */
void mmio_dm_frame_orphan(ht_machine *m, const ht_p2m_entry *e)
{
    if (!e || e->type != HT_P2M_TYPE_MMIO_DM || !mfn_is_ram(m, e->mfn))
        return;
    ht_frame *f = &m->frame[e->mfn];
    j8(m, &f->bits, (uint8_t)(f->bits | HT_FRAME_M2P_STALE));
}

/* One pfn of HVMOP_set_mem_type as 4.2 runs it (do_hvm_op, arch/x86/hvm/hvm.c,
 * RELEASE-4.2.0, L4117-4158).  Returns 0 or the call's error. */
static int64_t set_mem_type_pfn_42(ht_machine *m, uint8_t slot, uint64_t g, uint32_t mem_type)
{
    ht_p2m_entry *e = p2m_entry(m, slot, g);
    if (!e)
        FAIL(EINVAL, MEM_TYPE_CANNOT_CHANGE);
    /* get_gfn_unshare (L4122): a shared gfn is unshared by the lookup; on failure the
     * ENOMEM notification goes out without sleeping (p2m.c, __get_gfn_type_access,
     * L174-182) and the gfn stays shared: EINVAL (L4130-4135). */
    if (e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, g, false) != 0) {
        sharing_notify_enomem(m, slot, g);
        FAIL(EINVAL, MEM_TYPE_SHARED_NOMEM);
    }
    /* "if (p2m_is_paging(t)) { p2m_mem_paging_populate(d, pfn); rc = -EINVAL; }"
     * (L4123-4129): a page-in starts (or, without a paging ring, the domain crashes). */
    if (type_is_paging(e->type)) {
        paging_populate(m, slot, g);
        FAIL(EINVAL, MEM_TYPE_PAGING);
    }
    uint8_t t = e->type;
    if (t == HT_P2M_TYPE_INVALID || (t == HT_P2M_TYPE_MMIO_DM && e->mfn == HT_MFN_INVALID)) {
        /* A hole: p2m_change_type writes (INVALID_MFN, new type), which ept_set_entry
         * stores as an all-zero entry (p2m-ept.c L357-378): it stays a hole, read back as
         * mmio_dm, and the call goes on. */
        if (mem_type == HT_MEM_TYPE_MMIO_DM)
            p2m_set(m, slot, g, HT_P2M_TYPE_MMIO_DM, HT_MFN_INVALID, e->access);
        return 0;
    }
    /* p2m_change_type(d, pfn, t, memtype[type]) (L4146; p2m.c L688-707) accepts any other
     * type and keeps the frame: "set_p2m_entry(p2m, gfn, mfn, PAGE_ORDER_4K, nt,
     * p2m->default_access)".  A RAM frame behind mmio_dm stays the domain's (counted, its
     * M2P naming the gfn) and comes back with ram_rw/ram_ro.  A device frame
     * (mmio_direct), a grant, PoD or broken entry the profile's handler never reaches:
     * ht_h_hvm_set_mem_type answers unsupported first (set_mem_type_keeps_other_frame). */
    bool ram_frame = mfn_is_ram(m, e->mfn) &&
                     (t == HT_P2M_TYPE_RAM_RW || t == HT_P2M_TYPE_RAM_RO ||
                      t == HT_P2M_TYPE_RAM_LOGDIRTY || t == HT_P2M_TYPE_MMIO_DM);
    if (!ram_frame)
        FAIL(EINVAL, MEM_TYPE_CANNOT_CHANGE);
    /* memtype[] maps to ram_rw, ram_ro or mmio_dm -- never ram_logdirty. */
    uint8_t to = mem_type == HT_MEM_TYPE_RAM_RO    ? HT_P2M_TYPE_RAM_RO
                 : mem_type == HT_MEM_TYPE_MMIO_DM ? HT_P2M_TYPE_MMIO_DM
                                                   : HT_P2M_TYPE_RAM_RW;
    p2m_set(m, slot, g, to, e->mfn, m->dom[slot].default_access);
    return 0;
}

/* Whether 4.2's loop would reach a gfn whose entry p2m_change_type gives the new type over
 * a frame that is not the domain's RAM: mmio_direct (a device frame made RAM), a grant map
 * (another domain's page), PoD (which 4.2's get_gfn_unshare would populate first,
 * p2m_pod_demand_populate, not modelled) or broken (arch/x86/mm/p2m.c, RELEASE-4.2.0, L688-707: any
 * type but the one asked is changed, the mfn kept; for a grant "BUG_ON(p2m_is_grant(ot)
 * || ...)", L696, panics the host).  The engine does not model such an entry.  The walk stops where the loop surely stops (a paging type: EINVAL); past a
 * shared gfn it goes on, as the unshare may succeed. */
static bool set_mem_type_keeps_other_frame(ht_machine *m, uint8_t slot, uint64_t first,
                                           uint64_t last)
{
    for (uint64_t g = first; g <= last; g++) {
        const ht_p2m_entry *e = p2m_entry(m, slot, g);
        if (!e || type_is_paging(e->type))
            return false;
        switch (e->type) {
        case HT_P2M_TYPE_MMIO_DIRECT:
        case HT_P2M_TYPE_GRANT_MAP_RW:
        case HT_P2M_TYPE_GRANT_MAP_RO:
        case HT_P2M_TYPE_POPULATE_ON_DEMAND:
        case HT_P2M_TYPE_RAM_BROKEN:
            return true;
        default:
            break;
        }
    }
    return false;
}

/* hvm_set_mem_type(dom, mem_type, first_pfn, nr) */
int64_t ht_h_hvm_set_mem_type(ht_machine *m, uint16_t dom, uint32_t mem_type, uint64_t first_pfn,
                              uint64_t nr)
{
    uint8_t slot;
    int64_t rc = target_remote(m, dom, &slot);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, slot))
        FAIL(EINVAL, NOT_HVM);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    uint64_t first = first_pfn, last = first + nr - 1;
    if (!ht_doc(m)) {
        /* The range (L4108-4112), then the type (L4114-4115), then pfn by pfn, stopping at
         * the first failure with the pfns before it changed. */
        if (first > m->dom[slot].max_mapped_gfn || last < first ||
            last > m->dom[slot].max_mapped_gfn)
            FAIL(EINVAL, RANGE_BAD);
        if (mem_type >= HT_MEM_TYPE_COUNT)
            FAIL(EINVAL, MEM_TYPE_UNKNOWN);
        /* xen-4.17 refuses these with EINVAL in set_mem_type_pfn_42 (allow_p2m_type_change,
         * arch/x86/hvm/dm.c, RELEASE-4.17.0, L217-227, wants RAM or a hole). */
        if (m->profile == HT_PROFILE_XEN_4_2 &&
            set_mem_type_keeps_other_frame(m, slot, first, last))
            UNSUPPORTED(MEM_TYPE_OTHER_FRAME);
        for (uint64_t g = first; g <= last; g++) {
            rc = set_mem_type_pfn_42(m, slot, g, mem_type);
            if (rc)
                return rc;
        }
        OK(0, NONE);
    }
    if (mem_type >= HT_MEM_TYPE_COUNT)
        FAIL(EINVAL, MEM_TYPE_UNKNOWN);
    if (last < first || last > m->dom[slot].max_mapped_gfn)
        FAIL(EINVAL, RANGE_BAD);
    for (uint64_t g = first; g <= last; g++) {
        ht_p2m_entry *e = p2m_entry(m, slot, g);
        uint8_t t = e ? e->type : HT_P2M_TYPE_INVALID;
        if (!e)
            FAIL(EINVAL, MEM_TYPE_CANNOT_CHANGE);
        if (mem_type == HT_MEM_TYPE_MMIO_DM) {
            if (t != HT_P2M_TYPE_INVALID && t != HT_P2M_TYPE_MMIO_DM)
                FAIL(EINVAL, MEM_TYPE_CANNOT_CHANGE);
            p2m_set(m, slot, g, HT_P2M_TYPE_MMIO_DM, HT_MFN_INVALID, e->access);
            continue;
        }
        if (t != HT_P2M_TYPE_RAM_RW && t != HT_P2M_TYPE_RAM_RO && t != HT_P2M_TYPE_RAM_LOGDIRTY)
            FAIL(EINVAL, MEM_TYPE_CANNOT_CHANGE);
        uint8_t to = mem_type == HT_MEM_TYPE_RAM_RO ? HT_P2M_TYPE_RAM_RO : ram_type(m, slot);
        p2m_set(m, slot, g, to, e->mfn, e->access);
    }
    OK(0, NONE);
}

/* XEN_DOMCTL_memory_mapping as RELEASE-4.2.0 runs it (arch/x86/domctl.c L825-875, after
 * do_domctl's prologue, common/domctl.c L255-269).  No HVM, dying, count, hole or RAM-frame
 * check: each gfn goes through set_mmio_p2m_entry or clear_mmio_p2m_entry, whose results
 * are ignored, and the call returns iomem_permit_access's or iomem_deny_access's code (0:
 * the rangeset's allocation is never refused here). */
static int64_t memory_mapping_42(ht_machine *m, uint16_t domid, uint64_t gfn, uint64_t mfn,
                                 uint64_t nr, uint32_t add)
{
    uint8_t slot = ht_slot(m, domid);
    /* do_domctl (common/domctl.c L255-269): an unprivileged caller passes only as the
     * target's device model (IS_PRIV_FOR), a missing domain included. */
    if (!caller_is_priv(m) && (slot == HT_NO_SLOT || !caller_priv_for(m, slot)))
        FAIL(EPERM, NOT_PRIVILEGED);
    /* "if ( (mfn + nr_mfns - 1) < mfn ) /\* wrap? *\/" (L834-836): nr 0 is EINVAL unless
     * mfn is 0 (then the range is the whole of I/O memory). */
    if (mfn + nr - 1 < mfn)
        FAIL(EINVAL, RANGE_BAD);
    /* "!IS_PRIV(current->domain) && !iomem_access_permitted(current->domain, mfn, mfn +
     * nr_mfns - 1)" (L838-841): a device model has rights only where an earlier
     * memory_mapping on it granted them (iomem_permit_access, L859); the engine keeps no
     * rangesets, so a caller that was ever granted some is unsupported. */
    if (!caller_is_priv(m)) {
        if (m->dom[m->caller.slot].iomem_granted)
            UNSUPPORTED(MMIO_IOMEM_CAPS);
        FAIL(EPERM, NOT_PRIVILEGED);
    }
    /* rcu_lock_domain_by_id (L843-845): a dying domain is found too. */
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    /* xsm_iomem_permission (L847-851): the dummy policy answers 0; FLASK's
     * flask_iomem_permission (xsm/flask/hooks.c L787-806) answers avc_has_perm's -EACCES. */
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    /* "int i; for ( i = 0; i < nr_mfns; i++ )" (L832, L860-861, L869-870): past 2^31 - 1
     * frames the int counter overflows, undefined behaviour (and 2^31 p2m writes with the
     * domctl lock held, no preemption). */
    if (nr > INT32_MAX)
        UNSUPPORTED(MMIO_MAP_COUNT_OVERFLOW);
    /* set_mmio_p2m_entry and clear_mmio_p2m_entry: "if ( !paging_mode_translate(d) )
     * return 0;" (p2m.c L750-751, L786-787): a PV domain's p2m is not touched.  Beyond the
     * domain's p2m (the engine's guest address width) ept_set_entry refuses the gfn
     * (p2m-ept.c L303-306: "gfn not exceeding guest physical address width"), which
     * the loop ignores. */
    uint64_t lo = 0, hi = 0;
    if (dom_is_hvm(m, slot))
        gfn_range_in_p2m(gfn, nr, m->dom_pub[slot].p2m_size, &lo, &hi);
    if (add) {
        /* Checked before anything changes: the paths the engine does not reproduce. */
        for (uint64_t i = lo; i < hi; i++) {
            const ht_p2m_entry *e = p2m_entry(m, slot, gfn + i);
            /* The engine's p2m entry holds a 32-bit frame (4.2's EPT entry 40 bits). */
            if (mfn + i >= HT_M2P_SHARED)
                UNSUPPORTED(MMIO_MAP_FRAME_TOO_WIDE);
            /* No check keeps host RAM out (a privileged caller skips L838-841): the frame
             * would be mapped mmio_direct, reachable by the guest's accesses and by
             * guest_remove_page (common/memory.c L154-230), which the engine does not
             * model over such an entry. */
            if (mfn + i < m->config.total_frames)
                UNSUPPORTED(MMIO_MAP_HOST_RAM);
            /* set_mmio_p2m_entry: "else if ( p2m_is_ram(ot) ) { ASSERT(mfn_valid(omfn));
             * set_gpfn_from_mfn(mfn_x(omfn), INVALID_M2P_ENTRY); }" (p2m.c L761-765): for a
             * shared gfn the shared frame's M2P is overwritten and its rmap tuple left; for
             * ram_paged or a frameless paging_in the write lands at the clipped frame
             * 0xFFFFFFFFFF, out of the M2P table (the ASSERT is compiled out). */
            if (e->type == HT_P2M_TYPE_RAM_SHARED)
                UNSUPPORTED(MMIO_MAP_OVER_SHARED);
            if (type_is_paging(e->type) && e->mfn == HT_MFN_INVALID)
                UNSUPPORTED(MMIO_MAP_OVER_PAGED);
        }
        /* iomem_permit_access(d, mfn, mfn + nr_mfns - 1) (L859), before the loop. */
        j8(m, &m->dom[slot].iomem_granted, 1);
        for (uint64_t i = lo; i < hi; i++) {
            uint64_t g = gfn + i;
            const ht_p2m_entry *e = p2m_entry(m, slot, g);
            /* "if ( p2m_is_grant(ot) ) { p2m_unlock(p2m); domain_crash(d); return 0; }"
             * (p2m.c L755-760): the entry stays, the loop goes on. */
            if (e->type == HT_P2M_TYPE_GRANT_MAP_RW || e->type == HT_P2M_TYPE_GRANT_MAP_RO) {
                domain_crash(m, slot);
                continue;
            }
            /* p2m_is_ram(ot) (L761-765): rw, logdirty, ro, paging_out and paging_in with
             * its frame lose only the M2P; the frame stays the domain's, counted in
             * tot_pages, mapped nowhere.  A RAM frame behind mmio_dm (not p2m_is_ram) is
             * left as it is (mmio_dm_frame_orphan). */
            if (type_is_ram(e->type) && mfn_is_ram(m, e->mfn))
                frame_set_m2p(m, e->mfn, HT_M2P_INVALID);
            mmio_dm_frame_orphan(m, e);
            /* "set_p2m_entry(p2m, gfn, mfn, PAGE_ORDER_4K, p2m_mmio_direct,
             * p2m->default_access)" (L768). */
            p2m_set(m, slot, g, HT_P2M_TYPE_MMIO_DIRECT, (uint32_t)(mfn + i),
                    m->dom[slot].default_access);
        }
        OK(0, NONE);
    }
    for (uint64_t i = lo; i < hi; i++) {
        uint64_t g = gfn + i;
        const ht_p2m_entry *e = p2m_entry(m, slot, g);
        /* clear_mmio_p2m_entry (p2m.c L778-805): "if ( (INVALID_MFN == mfn_x(mfn)) || (t
         * != p2m_mmio_direct) )" only logs; otherwise "set_p2m_entry(p2m, gfn,
         * _mfn(INVALID_MFN), PAGE_ORDER_4K, p2m_invalid, p2m->default_access)".  Whatever
         * frame it named is not checked against first_mfn. */
        if (e->type != HT_P2M_TYPE_MMIO_DIRECT || e->mfn == HT_MFN_INVALID)
            continue;
        p2m_set(m, slot, g, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, m->dom[slot].default_access);
    }
    /* iomem_deny_access (L871) answers 0; the engine's iomem_granted stays set. */
    OK(0, NONE);
}

/* domain_memory_mapping(domid, first_gfn, first_mfn, nr_mfns, add_mapping) */
int64_t ht_h_domain_memory_mapping(ht_machine *m, uint16_t domid, uint64_t first_gfn,
                                   uint64_t first_mfn, uint64_t nr_mfns, uint32_t add_mapping)
{
    if (m->profile == HT_PROFILE_XEN_4_2)
        return memory_mapping_42(m, domid, first_gfn, first_mfn, nr_mfns, add_mapping);
    uint8_t slot = ht_slot(m, domid);
    uint64_t gfn = first_gfn, mfn = first_mfn, nr = nr_mfns;
    if (!ht_doc(m)) {
        /* 4.2's order, before the domain is looked up.  do_domctl (common/domctl.c,
         * RELEASE-4.2.0, L255-269): an unprivileged caller passes only as the target's
         * device model (IS_PRIV_FOR), a missing domain included. */
        if (!caller_is_priv(m) && (slot == HT_NO_SLOT || !caller_priv_for(m, slot)))
            FAIL(EPERM, NOT_PRIVILEGED);
        /* "if ((mfn + nr_mfns - 1) < mfn) /\* wrap? *\/" (arch/x86/domctl.c L834-836): nr 0
         * is EINVAL unless mfn is 0. */
        if (mfn + nr - 1 < mfn)
            FAIL(EINVAL, RANGE_BAD);
        /* "!IS_PRIV(current->domain) && !iomem_access_permitted(...)" (L838-841): the engine
         * grants no domain I/O-memory rights, so a device model is refused here. */
        if (!caller_is_priv(m))
            FAIL(EPERM, NOT_PRIVILEGED);
    }
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, NOT_HVM_OR_DYING);
    /* Either range wrapping is EINVAL (Xen's "wrap?" check).  The mfn range must be checked
     * for wrapping before its end is compared: first_mfn ~0 with 10 frames ends at 9, which
     * passed the bound and mapped host RAM frames 0-8 as MMIO (found by fuzzing,
     * corpus/domain/memory-mapping-mfn-wrap.trace.txt). */
    if (nr > HT_MMIO_MAP_MAX || gfn + nr < gfn || mfn + nr < mfn || mfn + nr > HT_M2P_SHARED)
        FAIL(EINVAL, RANGE_BAD);
    if (mfn < m->config.total_frames)
        FAIL(EPERM, MMIO_IS_RAM);
    for (uint64_t i = 0; i < nr; i++) {
        ht_p2m_entry *e = p2m_entry(m, slot, gfn + i);
        if (add_mapping) {
            if (!e || (e->type != HT_P2M_TYPE_INVALID && e->type != HT_P2M_TYPE_MMIO_DM))
                FAIL(EBUSY, MMIO_NOT_HOLE);
            mmio_dm_frame_orphan(m, e);
            p2m_set(m, slot, gfn + i, HT_P2M_TYPE_MMIO_DIRECT, (uint32_t)(mfn + i), e->access);
        } else {
            if (!e || e->type != HT_P2M_TYPE_MMIO_DIRECT)
                FAIL(EBUSY, MMIO_NOT_MAPPED);
            p2m_set(m, slot, gfn + i, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, e->access);
        }
    }
    OK(0, NONE);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The fuzzer's class of the domain a domain-family call names (its first domain argument,
 * else the caller): its kind (PV, HAP), its life (dying, shut down, paused), its place in
 * the device-model relation (d->target set, some domain's target) and whether it emulates
 * an ioreq server.  Destroying a device model that serves a server, or a domain another
 * domain's device model targets, takes the path any other destroy takes, so edges and
 * outcomes cannot tell them apart; this keeps the inputs that set such relations up.  Not
 * a Xen decision: fuzzing feedback only (csrc/fuzz.c state_class). */
/* And the page at the domain's p2m high-water mark (shallow9): shared, other RAM, or
 * neither.  A teardown's walks are bounded by the mark (relinquish_shared_pages walks the
 * gfns up to max_mapped_pfn, arch/x86/mm/mem_sharing.c: "gfn < p2m->max_mapped_pfn" at
 * RELEASE-4.2.0 L1269-1270, "<=" at RELEASE-4.17.0 L1423-1424), so the page at the bound
 * is the value profile of that compare, as fuzz.c's page_class gives a call's own gfn
 * against the mark.  A destroy of a domain that shares the page at its mark and one that
 * shares a page below it took the same path, and the input that shared the mark's page
 * (a page mapped above the old mark makes the new one) was not kept for a teardown to
 * follow.  Not a Xen decision: fuzzing feedback only. */
/* The page at the mark, as that class: 0 none, 1 RAM not shared, 2 shared by the domain
 * alone (nominated), 3 shared with other tuples (a frame that outlives the domain's). */
static uint32_t mark_page_class(const ht_machine *m, uint8_t slot)
{
    const ht_domain_pub *p = &m->dom_pub[slot];
    uint64_t mark = m->dom[slot].max_mapped_gfn;
    if (mark >= p->p2m_size)
        return 0;
    const ht_p2m_entry *e = &m->p2m[p->p2m_base + mark];
    if (e->type != HT_P2M_TYPE_RAM_SHARED)
        return mfn_is_ram(m, e->mfn);
    const struct ht_share *share = share_peek(m, e->mfn);
    return share && share->rmap_count > 1 ? 3u : 2u;
}

static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    uint8_t slot = ht_named_slot(m, call, arg, caller_slot);
    if (slot == HT_NO_SLOT)
        return 1;
    bool targeted = false;
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++)
        targeted |= m->dom_pub[s].in_use && m->dom[s].target == slot;
    uint32_t flags = m->dom_pub[slot].flags &
                     (HT_DF_HAP | HT_DF_PV | HT_DF_DYING | HT_DF_SHUTDOWN | HT_DF_PAUSED);
    return 0x200u | flags << 3 | (m->dom[slot].target != HT_NO_SLOT) << 2 | targeted << 1 |
           ioreq_is_emulator(m, slot) | mark_page_class(m, slot) << 16;
}

/* A shared page of a domain other than slot, with sharing enabled, as (domid, gfn,
 * handle) in out: the lowest gfn of the first such domain (of its first 4096 gfns). */
static bool other_shared_page(const ht_machine *m, uint8_t slot, uint64_t out[3])
{
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++) {
        const ht_domain_pub *p = &m->dom_pub[s];
        if (s == slot || !p->in_use || !(p->flags & HT_DF_SHARING))
            continue;
        for (uint64_t g = 0; g < p->p2m_size && g < 4096; g++) {
            const ht_p2m_entry *e = &m->p2m[p->p2m_base + g];
            const struct ht_share *share =
                e->type == HT_P2M_TYPE_RAM_SHARED ? share_peek(m, e->mfn) : NULL;
            if (share) {
                out[0] = p->domid, out[1] = g, out[2] = share->handle;
                return true;
            }
        }
    }
    return false;
}

/* The fuzzer's state-driven insertion for a domain-family call on a domain with sharing
 * enabled whose page at the high-water mark is not shared with another domain
 * (mark_page_class below 3): domain 0's memshr_add_to_physmap of another domain's shared
 * page into the gfn just above the mark, a hole (mem_sharing_add_to_physmap,
 * arch/x86/mm/mem_sharing.c, RELEASE-4.2.0: the client's tuple joins the source frame's;
 * the p2m's set_entry raises max_mapped_pfn to the gfn), the step to
 * the class "shared at the mark with other tuples" -- a teardown's walk bounded by the mark
 * then meets that page at its bound.  A random insertion had to name the source page, its
 * handle, the domain and the gfn above its mark together.  Fuzzing feedback only: not a
 * Xen decision. */
static uint32_t want_shared_mark(const ht_machine *m, uint32_t call, const uint64_t *arg,
                                 uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    uint8_t slot = ht_named_slot(m, call, arg, caller_slot);
    uint64_t source[3];
    if (slot == HT_NO_SLOT || cap == 0 || !(m->dom_pub[slot].flags & HT_DF_SHARING) ||
        mark_page_class(m, slot) == 3 ||
        m->dom[slot].max_mapped_gfn + 1 >= m->dom_pub[slot].p2m_size ||
        !other_shared_page(m, slot, source))
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_memshr_add_to_physmap, .caller = 0};
    memcpy(want->arg, source, sizeof source);
    want->arg[3] = m->dom_pub[slot].domid;
    want->arg[4] = m->dom[slot].max_mapped_gfn + 1;
    return 1;
}

/* The fuzzer's state-driven insertions for a domain's destruction (issue 18, deep10):
 * the calls that move the domain's place in the device-model relation (fuzz_class above)
 * a step towards an ioreq server's emulator, a hold on the domain its teardown must meet.
 * A domain that serves no target asks for the toolstack's domain_set_target making it the
 * device model of a guest it could then create a server for (ioreq_server_room: an HVM
 * guest, and dm_op in the domain's own hypercall table; the first two), and a device model
 * that emulates nothing for its own server on its target (ioreq_emulator_want).  A domain
 * that could emulate nothing asks for nothing (in the doc profile every HVM guest: 4.2's
 * table has no dm_op).  A destroy of a domain so related takes the path any destroy
 * takes, and the call that sets the relation up names both domains in order (or is the
 * guest's own, on its target), which insertions after the kept setup rarely were: a
 * kept device model's create was followed by its destroy in no mutation of 4,000.  A
 * dying domain asks for nothing (its destroy is refused).  Not a Xen decision: fuzzing
 * feedback only. */
static uint32_t want_emulator(const ht_machine *m, uint32_t call, const uint64_t *arg,
                              uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    if (call != HT_CALL_domain_destroy || cap == 0)
        return 0;
    uint8_t slot = ht_named_slot(m, call, arg, caller_slot);
    if (slot == HT_NO_SLOT || slot == 0 || dom_flag(m, slot, HT_DF_DYING))
        return 0;
    if (m->dom[slot].target != HT_NO_SLOT)
        return ioreq_emulator_want(m, slot, want) ? 1u : 0u;
    uint32_t n = 0, id;
    for (uint8_t t = 1; t < HT_MAX_DOMAINS && n < cap; t++) {
        if (!ioreq_server_room(m, slot, t, &id))
            continue;
        want[n] = (struct ht_fuzz_want){.call = HT_CALL_domain_set_target, .caller = 0};
        want[n].arg[0] = m->dom_pub[slot].domid;
        want[n].arg[1] = m->dom_pub[t].domid;
        n++;
    }
    return n;
}

/* The family's wants: the device-model relation's first (a destroy's), then the shared
 * page at the mark's, as room allows. */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    uint32_t n = want_emulator(m, call, arg, caller_slot, want, cap);
    return n < cap ? n + want_shared_mark(m, call, arg, caller_slot, want + n, cap - n) : n;
}

const struct ht_family_ops ht_family_domain = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
};
