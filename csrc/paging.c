/*
 * Memory paging: xc_mem_paging_*, page-in requests, and dropping paged gfns, after
 * xen-semantics section 3.
 *
 * States of a gfn: ram_rw --nominate--> ram_paging_out --evict--> ram_paged (no frame)
 * --access--> ram_paging_in --load/prep--> ram_rw.  An access to a ram_paging_out gfn
 * cancels the eviction: it becomes ram_paging_in with its frame still present, and the
 * pager's response (or prep) finishes it.
 */
#include "engine.h"

static uint8_t ram_type(const ht_machine *m, uint8_t slot)
{
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

bool paging_populate(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    /* p2m_mem_paging_populate (arch/x86/mm/p2m.c, 4.2): "v->domain == d" — a vcpu of the
     * domain itself is paused with its request; any other caller is foreign. */
    int guest_vcpu = ht_caller_is(m, slot) ? (int)m->caller.vcpu : -1;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !type_is_paging(e->type))
        return true;
    if (!m->dom[slot].ring[HT_RING_PAGING].present) {
        domain_crash(m, slot);
        return false;
    }
    /* mem_event_claim_slot (arch/x86/mm/mem_event.c, RELEASE-4.2.0, L412-419): a guest
     * vcpu sleeps on the wait queue and, in xen-4.2, goes on with the page-in by itself
     * once woken; a foreign caller gets -EBUSY and simply returns (p2m.c L1058-1059). */
    if (!ring_has_slot(m, slot, HT_RING_PAGING)) {
        if (guest_vcpu >= 0)
            vcpu_wait_on(m, slot, (uint32_t)guest_vcpu, HT_RING_PAGING, HT_RESUME_PAGE_IN,
                         gfn, 0);
        return true;
    }
    paging_populate_claimed(m, slot, gfn);
    return true;
}

/* p2m_mem_paging_populate once its slot is claimed (arch/x86/mm/p2m.c, RELEASE-4.2.0,
 * L1061-1093): the entry is read again (a vcpu that slept for the slot finds it as it is
 * now). */
void paging_populate_claimed(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    int guest_vcpu = ht_caller_is(m, slot) ? (int)m->caller.vcpu : -1;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t old = e ? e->type : HT_P2M_TYPE_INVALID;
    uint32_t flags = 0;
    if (old == HT_P2M_TYPE_RAM_PAGING_OUT || old == HT_P2M_TYPE_RAM_PAGED) {
        if (old == HT_P2M_TYPE_RAM_PAGING_OUT)
            flags |= HT_RING_FLAGS_EVICT_FAIL;
        p2m_set(m, slot, gfn, HT_P2M_TYPE_RAM_PAGING_IN, e->mfn, e->access);
    }
    if (type_is_paging(old) && guest_vcpu >= 0) {
        flags |= HT_RING_FLAGS_VCPU_PAUSED;
        vcpu_pause_on(m, slot, (uint32_t)guest_vcpu, HT_RING_PAGING);
        ring_put_request(m, slot, HT_RING_PAGING, gfn, (uint32_t)guest_vcpu, flags, old);
    } else if (old == HT_P2M_TYPE_RAM_PAGING_OUT || old == HT_P2M_TYPE_RAM_PAGED) {
        /* req.vcpu_id = current->vcpu_id: the foreign caller's vcpu. */
        ring_put_request(m, slot, HT_RING_PAGING, gfn, m->caller.vcpu, flags, old);
    }
    /* Otherwise "mem_event_cancel_slot": the gfn is on its way back, or no longer paging
     * at all (paged in while its vcpu slept). */
}

/* guest_remove_page's paging branch (common/memory.c, RELEASE-4.2.0, L164-179), then
 * p2m_mem_paging_drop_page (arch/x86/mm/p2m.c, L990-1014). */
void paging_drop(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !type_is_paging(e->type))
        return;
    uint8_t type = e->type;
    uint32_t mfn = e->mfn;
    bool xen42 = !ht_doc(m);
    /* mem_event_claim_slot: no ring (ENOSYS) or, for a foreign caller, a full ring (EBUSY)
     * returns before the request and the decrement (p2m.c L999-1001). */
    bool have_slot = ring_has_slot(m, slot, HT_RING_PAGING);
    uint32_t flags = HT_RING_FLAGS_DROP_PAGE;
    /* Whether 4.2 decrements paged_pages: "if (p2mt == p2m_ram_paging_out) flags |=
     * EVICT_FAIL; else atomic_dec(&d->paged_pages)" after the claim (p2m.c L1004-1008) --
     * paging_in with a frame included, although that gfn was never counted. */
    bool frameless = mfn == HT_MFN_INVALID;
    if (type == HT_P2M_TYPE_RAM_PAGING_OUT) {
        flags |= HT_RING_FLAGS_EVICT_FAIL;
    } else if (xen42) {
        if (have_slot)
            jadd(m, &m->dom_pub[slot].paged_pages, -1);
        /* The drift ledger: what paged_pages owes the model's count of paged gfns.  No
         * slot: the gfn stops being paged but the counter keeps it (+1); paging_in with a
         * frame: the counter loses a gfn it never counted (-1). */
        int64_t drift = (frameless && !have_slot ? 1 : 0) - (!frameless && have_slot ? 1 : 0);
        if (drift && !ht_bug(m, HT_BUG_PAGED_DROP_DRIFT))
            jadd(m, &m->dom[slot].paged_drift, drift);
    } else if (frameless && (have_slot || !ht_bug(m, HT_BUG_PAGED_DROP_DRIFT))) {
        jadd(m, &m->dom_pub[slot].paged_pages, -1);
    }
    /* 4.2 fills only gfn and flags: "mem_event_request_t req = { .gfn = gfn }" leaves
     * p2mt (0, ram_rw) and vcpu_id (0) (p2m.c L1003-1012). */
    if (have_slot)
        ring_put_request(m, slot, HT_RING_PAGING, gfn, 0, flags, xen42 ? 0 : type);
    p2m_clear(m, slot, gfn);
    /* guest_remove_page frees the frame only for paging_out ("if (p2mt ==
     * p2m_ram_paging_out) { ... put_page(page) }", memory.c L168-176): a paging_in gfn's
     * frame stays allocated to the domain, unmapped (counted in tot_pages). */
    if (mfn_is_ram(m, mfn) && (!xen42 || type == HT_P2M_TYPE_RAM_PAGING_OUT))
        frame_release(m, mfn);
}

/* ---- the xen-4.17 profile's decisions --------------------------------------------------- */

static bool is_4_17(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_17;
}

/* CONFIG_MEM_PAGING (xen-4.17 only; 4.2 always built paging on x86_64): without it
 * subarch_memory_op (arch/x86/x86_64/mm.c, RELEASE-4.17.0) has no XENMEM_paging_op case and
 * vm_event_domctl (common/vm_event.c) no paging mode: -ENOSYS. */
static bool paging_built(const ht_machine *m)
{
    return !is_4_17(m) || m->config.option[HT_OPT_NO_MEM_PAGING] == 0;
}

/* ---- the domctls --------------------------------------------------------------------- */

/* mem_paging_enable(domain_id) -> port */
int64_t ht_h_mem_paging_enable(ht_machine *m, uint16_t domain_id, uint64_t *port)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domain_id, &slot, &noop);
    if (rc || noop)
        return rc;
    if (!paging_built(m))
        FAIL(ENOSYS, NO_MEM_PAGING);
    if (is_4_17(m) && hardware_domain_is_hvm(m))
        FAIL(EOPNOTSUPP, RING_HVM_HARDWARE_DOMAIN);
    if (!dom_flag(m, slot, HT_DF_HAP))
        FAIL(ENODEV, NO_HAP);
    if (dom_flag(m, slot, HT_DF_IOMMU))
        FAIL(EMLINK, PAGING_PASSTHROUGH);
    if (m->dom[slot].ring[HT_RING_PAGING].present)
        FAIL(EBUSY, RING_PRESENT);
    return ring_enable(m, slot, HT_RING_PAGING, HT_HVM_PARAM_PAGING_RING_PFN, port);
}

/* mem_paging_disable(domain_id) */
int64_t ht_h_mem_paging_disable(ht_machine *m, uint16_t domain_id)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domain_id, &slot, &noop);
    if (rc || noop)
        return rc;
    return ring_disable(m, slot, HT_RING_PAGING);
}

/* ---- the XENMEM_paging_op memops ----------------------------------------------------- */

static int64_t paging_gate(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (!paging_built(m))
        FAIL(ENOSYS, NO_MEM_PAGING);
    int64_t rc = target_memop(m, domid, slot);
    if (rc)
        return rc;
    if (!m->dom[*slot].ring[HT_RING_PAGING].present)
        FAIL(ENODEV, PAGING_NO_RING);
    return 0;
}

/* mem_paging_nominate(domain_id, gfn) */
int64_t ht_h_mem_paging_nominate(ht_machine *m, uint16_t domain_id, uint64_t gfn)
{
    uint8_t slot;
    int64_t rc = paging_gate(m, domain_id, &slot);
    if (rc)
        return rc;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !mfn_is_ram(m, e->mfn))
        FAIL(EBUSY, PAGING_NO_FRAME);
    if (!type_is_pageable(e->type))
        FAIL(EBUSY, PAGING_NOT_PAGEABLE);
    const ht_frame *f = &m->frame[e->mfn];
    if (f->refs != 0 || frame_wcount(f) != 0)
        FAIL(EBUSY, PAGING_REFERENCED);
    p2m_set(m, slot, gfn, HT_P2M_TYPE_RAM_PAGING_OUT, e->mfn, e->access);
    OK(0, NONE);
}

/* mem_paging_evict(domain_id, gfn) */
int64_t ht_h_mem_paging_evict(ht_machine *m, uint16_t domain_id, uint64_t gfn)
{
    uint8_t slot;
    int64_t rc = paging_gate(m, domain_id, &slot);
    if (rc)
        return rc;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !mfn_is_ram(m, e->mfn))
        FAIL(EBUSY, PAGING_NO_FRAME);
    if (e->type != HT_P2M_TYPE_RAM_PAGING_OUT)
        FAIL(EBUSY, PAGING_NOT_NOMINATED);
    uint32_t mfn = e->mfn;
    const ht_frame *f = &m->frame[mfn];
    if (f->refs != 0 || frame_wcount(f) != 0)
        FAIL(EBUSY, PAGING_REFERENCED);
    j32(m, &m->frame[mfn].content, 0);  /* scrubbed */
    p2m_set(m, slot, gfn, HT_P2M_TYPE_RAM_PAGED, HT_MFN_INVALID, e->access);
    frame_set_m2p(m, mfn, HT_M2P_INVALID);
    frame_release(m, mfn);  /* back to the heap: tot_pages -1 */
    jadd(m, &m->dom_pub[slot].paged_pages, 1);
    OK(0, NONE);
}

/* prep / load: p2m_mem_paging_prep with or without a buffer. */
static int64_t paging_prep(ht_machine *m, uint64_t domid, uint64_t gfn, uint64_t buffer)
{
    uint8_t slot;
    int64_t rc = paging_gate(m, domid, &slot);
    if (rc)
        return rc;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || (e->type != HT_P2M_TYPE_RAM_PAGING_IN && e->type != HT_P2M_TYPE_RAM_PAGED))
        FAIL(ENOENT, PREP_NOT_PAGING);
    if (mfn_is_ram(m, e->mfn)) {
        /* The page-in was cancelled before the frame went away: nothing to copy. */
        p2m_set(m, slot, gfn, ram_type(m, slot), e->mfn, e->access);
        frame_set_m2p(m, e->mfn, (uint32_t)gfn);
        OK(0, PREP_FRAME_PRESENT);
    }
    if (buffer == 0)
        FAIL(EINVAL, PREP_NO_BUFFER);
    uint32_t mfn;
    if (!frame_alloc_for(m, slot, &mfn))
        FAIL(ENOMEM, PREP_NO_MEMORY);
    if (fault_fires(m, HT_FAULT_SITE_COPY)) {
        frame_release(m, mfn);
        FAIL(EFAULT, PREP_COPY_FAILED);
    }
    j32(m, &m->frame[mfn].content, (uint32_t)(buffer >> 12));
    /* "set_p2m_entry(p2m, gfn, mfn, PAGE_ORDER_4K, paging_mode_log_dirty(d) ?
     * p2m_ram_logdirty : p2m_ram_rw, a)" (p2m_mem_paging_prep, arch/x86/mm/p2m.c,
     * RELEASE-4.2.0, L1169-1173): the entry keeps the access it carried since nominate. */
    p2m_set(m, slot, gfn, ram_type(m, slot), mfn, e->access);
    frame_set_m2p(m, mfn, (uint32_t)gfn);
    jadd(m, &m->dom_pub[slot].paged_pages, -1);
    OK(0, NONE);
}

/* mem_paging_prep(domain_id, gfn) */
int64_t ht_h_mem_paging_prep(ht_machine *m, uint16_t domain_id, uint64_t gfn)
{
    return paging_prep(m, domain_id, gfn, 0);
}

/* mem_paging_load(domain_id, gfn, buffer) */
int64_t ht_h_mem_paging_load(ht_machine *m, uint16_t domain_id, uint64_t gfn, uint64_t buffer)
{
    /* libxc checks the buffer before any hypercall. */
    if (buffer == 0)
        FAIL(EINVAL, LOAD_NULL_BUFFER);
    /* 4.2's libxc wanted a page-aligned buffer; 4.17's xc_mem_paging_load
     * (tools/libs/ctrl/xc_mem_paging.c) checks only for NULL, and p2m_mem_paging_prep
     * takes any readable 4096 bytes (guest_handle_okay). */
    if ((buffer & 0xfff) && !is_4_17(m))
        FAIL(EINVAL, LOAD_UNALIGNED_BUFFER);
    return paging_prep(m, domain_id, gfn, buffer);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The first gfn of a domain the pager left being paged out, paged or paged in (its gfn in
 * *gfn), and how many there are, as the fuzzer counts (none, one, more). */
static uint32_t paging_gfns(const ht_machine *m, uint8_t slot, uint64_t *gfn)
{
    uint32_t n = 0;
    for (uint64_t g = m->dom_pub[slot].p2m_size; g-- > 0 && n < 2;) {
        const ht_p2m_entry *e = p2m_entry((ht_machine *)m, slot, g);
        if (e && type_is_paging(e->type)) {
            *gfn = g;
            n++;
        }
    }
    return n;
}

/* A pager's leaving (mem_paging_disable) with the gfns it left behind: none, one or more,
 * and whether the domain has a paging ring to leave.  The gfns a pager leaves paged have
 * no one to answer their page-in, and what a drop or an access of one does then differs
 * from the same call with the pager there (p2m_mem_paging_drop_page and
 * p2m_mem_paging_populate, arch/x86/mm/p2m.c, RELEASE-4.2.0, claim a ring slot first).
 * Not a Xen decision: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    (void)caller_slot;
    uint8_t slot = call == HT_CALL_mem_paging_disable ? ht_slot(m, arg[0]) : HT_NO_SLOT;
    if (slot == HT_NO_SLOT)
        return 0;
    uint64_t gfn = 0;
    return 1u | paging_gfns(m, slot, &gfn) << 1 |
           (uint32_t)m->dom[slot].ring[HT_RING_PAGING].present << 3;
}

/* The follow-up of a kept leaving with a gfn left paged (its class new): domain 0's
 * decrease_reservation of that gfn, appended after it (ht_fuzz_want.after), the drop with
 * no pager to tell (p2m_mem_paging_drop_page), where a random call grown after the
 * leaving had to name the domain and one of its paged gfns.  Fuzzing feedback only. */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    (void)caller_slot;
    uint8_t slot = call == HT_CALL_mem_paging_disable ? ht_slot(m, arg[0]) : HT_NO_SLOT;
    uint64_t gfn = 0;
    if (cap == 0 || slot == HT_NO_SLOT || !paging_gfns(m, slot, &gfn))
        return 0;
    *want = (struct ht_fuzz_want){
        .call = HT_CALL_decrease_reservation, .caller = 0, .nwords = 1, .after = 1};
    want->arg[0] = arg[0];  /* domid; nr_extents: the list's length; order 0 */
    want->word[0] = gfn;
    return 1;
}

const struct ht_family_ops ht_family_paging = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
};
