/*
 * Reservation ops, current/maximum reservation, maximum_ram_page and remove_from_physmap,
 * after xen-semantics section 6.4.
 *
 * The reservation ops report argument and permission problems by doing nothing: they
 * return the number of extents done, which is then 0.  Only an XSM denial comes back as
 * an error.  Every loop ends at its first failure, so a hostile extent count cannot make
 * the engine spin: work is bounded by the memory there is to allocate or remove.
 */
#include <stdlib.h>

#include "engine.h"


/* The reservation target, as do_memory_op finds it (common/memory.c, RELEASE-4.2.0):
 * DOMID_SELF is the caller (rcu_lock_current_domain); any other id, the caller's own
 * included, needs rcu_lock_domain_by_id and IS_PRIV_FOR(current->domain, d), and either
 * failure returns start_extent (0).  xsm_memory_adjust_reservation may then refuse.
 * Returns 0 with *slot set, 0 with *slot = HT_NO_SLOT when the op quietly does nothing, or
 * the XSM error. */
static int64_t reservation_target(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    *slot = HT_NO_SLOT;
    uint8_t s = domid == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, domid);
    if (s == HT_NO_SLOT) {
        m->last.reason = HT_R_RESERVATION_NO_DOMAIN;
        return 0;
    }
    if (domid != HT_DOMID_SELF && !caller_priv_for(m, s)) {
        m->last.reason = HT_R_RESERVATION_NOT_PRIVILEGED;
        return 0;
    }
    if (caller_xsm_denied(m, s))
        FAIL(EACCES, XSM_DENIED);
    *slot = s;
    return 0;
}

/* The argument checks that make do_memory_op return start_extent (0) without doing
 * anything: a count too large to encode a continuation (nr_extents > ULONG_MAX >>
 * MEMOP_EXTENT_SHIFT), address_bits that leave no page (1..PAGE_SHIFT), and an extent
 * order the allocator cannot serve or the caller may not ask for
 * (multipage_allocation_permitted: only a privileged caller gets more than one page). */
static bool extent_args_ok(ht_machine *m, uint64_t nr, uint64_t order, uint64_t mem_flags,
                           bool allocates)
{
    uint64_t address_bits = mem_flags & 0xff;
    if (nr > (~0ull >> 6)) {
        m->last.reason = HT_R_RESERVATION_TOO_MANY;
        return false;
    }
    if (address_bits != 0 && address_bits <= 12) {
        m->last.reason = HT_R_RESERVATION_ADDRESS_BITS;
        return false;
    }
    /* multipage_allocation_permitted(current->domain, order) (asm-x86/iocap.h,
     * RELEASE-4.2.0, L21-24): "order <= 9" (2 MiB superpages) for anyone, more only for a
     * caller with I/O-memory or I/O-port rights (the control domain here).  The doc
     * profile allows an unprivileged caller single pages only. */
    uint64_t caller_max = ht_doc(m) ? 0 : 9;
    /* 4.2's decrease_reservation checks no order (common/memory.c, RELEASE-4.2.0, L232-277:
     * XSA-31 added the bound later); ht_h_decrease_reservation takes the order over. */
    bool bounded = allocates || m->profile != HT_PROFILE_XEN_4_2;
    if ((bounded && order > HT_MAX_ORDER) ||
        (allocates && order > caller_max && !caller_is_priv(m))) {
        m->last.reason = HT_R_RESERVATION_ORDER;
        return false;
    }
    return true;
}

static uint8_t ram_type(const ht_machine *m, uint8_t slot)
{
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

/* Room for one extent of 2^order pages under max_pages (assign_pages) and in the host heap
 * (alloc_heap_pages, which under tmem's scarcity rule may serve or refuse it from tmem). */
static bool extent_fits(ht_machine *m, uint8_t slot, uint32_t order)
{
    const ht_domain_pub *p = &m->dom_pub[slot];
    return !dom_flag(m, slot, HT_DF_DYING) && p->tot_pages + (1ll << order) <= p->max_pages &&
           heap_can_serve(m, order);
}

/* increase_reservation (common/memory.c, 4.2): allocate each extent; when the caller gave
 * a list (a non-NULL handle), write the extent's first frame to it.  A write past the
 * caller's buffer fails after the extent was allocated: that extent stays with the domain
 * but is not counted, as in Xen. */
int64_t ht_h_increase_reservation(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                                  uint32_t extent_order, uint32_t mem_flags,
                                  ht_list extent_start)
{
    uint8_t slot;
    int64_t rc = reservation_target(m, domid, &slot);
    if (rc || slot == HT_NO_SLOT ||
        !extent_args_ok(m, nr_extents, extent_order, mem_flags, true))
        return rc;
    uint32_t nr = (uint32_t)nr_extents;  /* memop_args.nr_extents is an unsigned int */
    uint64_t pages = 1ull << extent_order, done = 0;
    for (; done < nr; done++) {
        if (!extent_fits(m, slot, extent_order)) {
            m->last.reason = HT_R_RESERVATION_NO_MEMORY;
            break;
        }
        uint32_t first = HT_MFN_INVALID;
        for (uint64_t i = 0; i < pages; i++) {
            uint32_t mfn;
            frame_alloc_extent_for(m, slot, extent_order, &mfn);  /* fits: checked */
            if (i == 0)
                first = mfn;
        }
        /* guest_handle_is_null: no list, nothing to write. */
        if (extent_start.n && !ht_list_put(&extent_start, done, 0, first)) {
            m->last.reason = HT_R_RESERVATION_COPY_FAULT;
            break;
        }
    }
    return (int64_t)done;
}

/* Whether an extent of pages gfns from base covers a pinned gfn: the doc profile's pinning
 * (seed 004) promises such a gfn's mapping does not change, so the reservation ops stop at
 * that extent and leave it untouched (the engine's rule for a proposal never merged). */
static bool extent_pinned(ht_machine *m, uint8_t slot, uint64_t base, uint64_t pages)
{
    /* Only gfns in the p2m can be pinned (xen-4.2 lets an extent run to 2^30 pages). */
    uint64_t lo, hi;
    gfn_range_in_p2m(base, pages, m->dom_pub[slot].p2m_size, &lo, &hi);
    for (uint64_t i = lo; i < hi; i++) {
        const ht_p2m_entry *e = p2m_entry(m, slot, base + i);
        if (e && e->pin) {
            m->last.reason = HT_R_RESERVATION_PINNED;
            return true;
        }
    }
    return false;
}

int guest_remove_page(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e)
        return -HT_EINVAL;
    if (type_is_paging(e->type)) {
        paging_drop(m, slot, gfn);
        return 0;
    }
    if (!mfn_is_ram(m, e->mfn))
        return -HT_EINVAL;
    if (e->type == HT_P2M_TYPE_RAM_SHARED) {
        if (unshare_page(m, slot, gfn, false) != 0) {
            sharing_notify_enomem(m, slot, gfn);
            return -HT_ENOMEM;
        }
    }
    uint32_t mfn = e->mfn;
    p2m_clear(m, slot, gfn);
    frame_release(m, mfn);
    return 0;
}

/* Whether a guest's own decrease_reservation would sleep in the hypercall (xen-4.2): each
 * gfn in a paging state it drops claims a paging-ring slot with "mem_event_claim_slot(d,
 * &d->mem_event->paging)" (p2m_mem_paging_drop_page, arch/x86/mm/p2m.c, RELEASE-4.2.0,
 * L990-1002), which for "current->domain == d" waits on the ring's queue until a slot is
 * free (__mem_event_claim_slot, mem_event.c L412-419; mem_event_wait_slot L387-393), with
 * the hypercall unfinished -- what the engine cannot express (a call that has not
 * returned).  Walks the extents as the loop would, counting the drops against the free
 * slots, before anything changes: conservative past a shared gfn (its unshare may fail
 * and end the op) and for a gfn listed twice (the second time a hole). */
static bool guest_drop_would_sleep(ht_machine *m, uint8_t slot, uint32_t nr, uint64_t pages,
                                   const ht_list *list)
{
    if (m->profile != HT_PROFILE_XEN_4_2 || m->caller.slot != slot ||
        !m->dom[slot].ring[HT_RING_PAGING].present)
        return false;
    uint32_t free_slots = ring_free_slots(m, slot, HT_RING_PAGING), drops = 0;
    for (uint32_t done = 0; done < nr; done++) {
        uint64_t base;
        if (!ht_list_get(list, done, 0, &base))
            return false;
        for (uint64_t i = 0; i < pages; i++) {
            const ht_p2m_entry *e = p2m_entry(m, slot, base + i);
            if (!e)
                return false;
            if (type_is_paging(e->type)) {
                if (++drops > free_slots)
                    return true;
                continue;
            }
            if (!mfn_is_ram(m, e->mfn))
                return false;  /* guest_remove_page fails: the op ends */
        }
    }
    return false;
}

/* decrease_reservation (common/memory.c, 4.2): each extent's base gfn is read from the
 * list (a read past the caller's buffer ends the op), and every page of the extent is
 * removed in turn; the first page that cannot be removed ends the op, and the extent it is
 * in is not counted (the pages before it are gone). */
int64_t ht_h_decrease_reservation(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                                  uint32_t extent_order, ht_list extent_start)
{
    uint8_t slot;
    int64_t rc = reservation_target(m, domid, &slot);
    if (rc || slot == HT_NO_SLOT || !extent_args_ok(m, nr_extents, extent_order, 0, false))
        return rc;
    uint32_t nr = (uint32_t)nr_extents;  /* memop_args.nr_extents is an unsigned int */
    uint64_t pages = extent_order < 31 ? 1ull << extent_order : 0, done = 0;
    if (pages && guest_drop_would_sleep(m, slot, nr, pages, &extent_start))
        UNSUPPORTED(DECREASE_GUEST_SLEEPS);
    for (; done < nr; done++) {
        uint64_t base;
        if (!ht_list_get(&extent_start, done, 0, &base)) {
            m->last.reason = HT_R_RESERVATION_COPY_FAULT;
            break;
        }
        if (m->profile == HT_PROFILE_XEN_4_2 && extent_order >= 31)
            /* "for ( j = 0; j < (1 << a->extent_order); j++ )" (L271): the shift of the int
             * 1 by 31 or more is undefined.  Reached at the first extent read (done is 0:
             * nothing changed yet); every extent has the same order. */
            UNSUPPORTED(DECREASE_ORDER_UNDEFINED);
        if (extent_pinned(m, slot, base, pages))
            break;
        /* 4.2: up to 2^30 pages an extent; the loop ends at the first page that cannot be
         * removed ("if ( !guest_remove_page(a->domain, gmfn + j) ) goto out;", L271-273),
         * at the latest past the end of the p2m (a hole there), so the work is bounded by
         * the p2m, not by the order. */
        bool ok = true;
        for (uint64_t i = 0; i < pages && ok; i++)
            ok = guest_remove_page(m, slot, base + i) == 0;
        if (!ok) {
            m->last.reason = HT_R_RESERVATION_REMOVE_FAILED;
            break;
        }
    }
    return (int64_t)done;
}

/* The planted bug physmap_add_paging_in_oob: 4.2's guest_physmap_add_entry treats a
 * frameless paging_in gfn as RAM, "set_gpfn_from_mfn(mfn_x(omfn), INVALID_M2P_ENTRY)"
 * (arch/x86/mm/p2m.c, RELEASE-4.2.0, L604-608) with omfn the clipped 0xFFFFFFFFFF, and
 * _set_gpfn_from_mfn (asm-x86/mm.h L518-524) writes machine_to_phys_mapping there.  The
 * engine never writes: with the bug on it reports the write. */
static void physmap_add_paging_in_oob(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    if (ht_bug(m, HT_BUG_PHYSMAP_ADD_PAGING_IN_OOB))
        report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, gfn,
                         0xFFFFFFFFFFull, (int64_t)m->config.total_frames - 1,
                         (int64_t)0xFFFFFFFFFFll);
}

/* Make room at (slot, gfn) for a new page, as guest_physmap_add_entry does. */
static bool replace_old_entry(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t type = e->type;
    if (type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false) != 0) {
        sharing_notify_enomem(m, slot, gfn);
        return false;
    }
    if (type_is_paging(type)) {
        if (type == HT_P2M_TYPE_RAM_PAGING_IN && e->mfn == HT_MFN_INVALID)
            physmap_add_paging_in_oob(m, slot, gfn);
        if (e->mfn == HT_MFN_INVALID)
            jadd(m, &m->dom_pub[slot].paged_pages, -1);  /* plugging a hole */
        uint32_t mfn = e->mfn;
        p2m_clear(m, slot, gfn);
        if (mfn_is_ram(m, mfn))
            frame_release(m, mfn);
        return true;
    }
    if (mfn_is_ram(m, e->mfn)) {
        uint32_t mfn = e->mfn;
        p2m_clear(m, slot, gfn);
        frame_release(m, mfn);
    }
    return true;
}

/* guest_physmap_add_entry's first loop for one gfn, as 4.2 runs it (arch/x86/mm/p2m.c,
 * RELEASE-4.2.0, L560-620): what happens to the old entry before the new page is mapped.
 * Returns false when the gfn cannot take the new page (a shared gfn that cannot be
 * unshared: -ENOMEM, which populate_physmap ignores). */
static bool add_entry_old_42(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (e->type == HT_P2M_TYPE_RAM_SHARED) {
        /* "rc = mem_sharing_unshare_page(p2m->domain, gfn + i, 0); if (rc) {
         * mem_sharing_notify_enomem(...); return rc; }" (L569-590); on success the gfn is
         * private ram_rw and goes on as one. */
        if (unshare_page(m, slot, gfn, false) != 0) {
            sharing_notify_enomem(m, slot, gfn);
            return false;
        }
    }
    uint8_t type = e->type;
    if (type == HT_P2M_TYPE_RAM_PAGED) {
        /* "else if (p2m_is_paging(ot) && (ot != p2m_ram_paging_out))
         * atomic_dec(&d->paged_pages)" (L614-618): reached by ram_paged only. */
        jadd(m, &m->dom_pub[slot].paged_pages, -1);
    } else if (type_is_ram(type) && mfn_is_ram(m, e->mfn)) {
        /* "else if (p2m_is_ram(ot) && !p2m_is_paged(ot)) set_gpfn_from_mfn(omfn,
         * INVALID_M2P_ENTRY)" (L604-608): rw, logdirty, ro, paging_out, paging_in with its
         * frame, and the just-unshared page.  Only the M2P goes: the old frame stays
         * allocated to the domain, counted in tot_pages, mapped nowhere. */
        frame_set_m2p(m, e->mfn, HT_M2P_INVALID);
    } else if (type == HT_P2M_TYPE_RAM_PAGING_IN) {
        /* paging_in without a frame takes the same branch: no paged_pages decrement (the
         * drift ledger keeps the gfn the counter still counts), and 4.2 writes the M2P at
         * the clipped frame 0xFFFFFFFFFF, out of the table's bounds -- a memory-unsafe
         * write the engine does not reproduce. */
        physmap_add_paging_in_oob(m, slot, gfn);
        jadd(m, &m->dom[slot].paged_drift, 1);
    }
    /* mmio_dm, mmio_direct and holes: nothing (L596-618); a RAM frame behind mmio_dm is
     * left behind. */
    mmio_dm_frame_orphan(m, e);
    return true;
}

/* populate_physmap as 4.2 runs it (common/memory.c, RELEASE-4.2.0, L105-151): each extent
 * is allocated first (alloc_domheap_pages, L124-133), then guest_physmap_add_page maps it
 * ram_rw with default_access (p2m.h L491-497; p2m.c L654-663) -- never ram_logdirty -- and
 * its return value is ignored (L136): an extent whose gfn could not take the page counts
 * as done, its page leaked (allocated, counted, mapped nowhere). */
static bool populate_extent_42(ht_machine *m, uint8_t slot, uint64_t base, uint32_t order)
{
    uint64_t pages = 1ull << order;
    uint32_t *mfn = malloc(pages * sizeof *mfn);  /* order <= HT_MAX_ORDER: 1 MiB at most */
    if (!mfn)
        return false;
    bool ok = true;
    for (uint64_t i = 0; i < pages && ok; i++)
        ok = frame_alloc_extent_for(m, slot, order, &mfn[i]);  /* extent_fits: it fits */
    for (uint64_t i = 0; i < pages && ok; i++) {
        if (!add_entry_old_42(m, slot, base + i))
            break;  /* guest_physmap_add_entry returns -ENOMEM: nothing more is mapped */
        p2m_map_private(m, slot, base + i, mfn[i], HT_P2M_TYPE_RAM_RW);
    }
    free(mfn);
    return ok;
}

/* populate_physmap (common/memory.c, 4.2): each extent's base gfn is read from the list
 * (a read past the caller's buffer ends the op), a new extent is allocated and mapped
 * there.  HVM domains are translated: nothing is written back to the list. */
int64_t ht_h_populate_physmap(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                              uint32_t extent_order, uint32_t mem_flags, ht_list extent_start)
{
    uint8_t slot;
    int64_t rc = reservation_target(m, domid, &slot);
    if (rc || slot == HT_NO_SLOT ||
        !extent_args_ok(m, nr_extents, extent_order, mem_flags, true))
        return rc;
    uint32_t nr = (uint32_t)nr_extents;  /* memop_args.nr_extents is an unsigned int */
    uint64_t pages = 1ull << extent_order, done = 0, size = m->dom_pub[slot].p2m_size;
    for (; done < nr; done++) {
        uint64_t base;
        if (!ht_list_get(&extent_start, done, 0, &base)) {
            m->last.reason = HT_R_RESERVATION_COPY_FAULT;
            break;
        }
        if (base >= size || pages > size - base) {
            m->last.reason = HT_R_POPULATE_BEYOND_P2M;
            break;
        }
        if (!extent_fits(m, slot, extent_order)) {
            m->last.reason = HT_R_RESERVATION_NO_MEMORY;
            break;
        }
        if (extent_pinned(m, slot, base, pages))
            break;
        if (!ht_doc(m)) {
            if (!populate_extent_42(m, slot, base, extent_order)) {
                m->last.reason = HT_R_RESERVATION_NO_MEMORY;
                break;
            }
            continue;
        }
        bool ok = true;
        for (uint64_t i = 0; i < pages && ok; i++) {
            uint32_t mfn;
            ok = replace_old_entry(m, slot, base + i) &&
                 frame_alloc_extent_for(m, slot, extent_order, &mfn);
            if (ok)
                p2m_map_private(m, slot, base + i, mfn, ram_type(m, slot));
        }
        if (!ok) {
            m->last.reason = HT_R_RESERVATION_NO_MEMORY;
            break;
        }
    }
    return (int64_t)done;
}

/* current / maximum_reservation (common/memory.c, 4.2): rcu_lock_target_domain_by_id,
 * then xsm_memory_stat_reservation. */
static int64_t reservation_query(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    int64_t rc = target_self_or_priv(m, domid, slot);
    if (rc)
        return rc;
    if (caller_xsm_denied(m, *slot))
        FAIL(EACCES, XSM_DENIED);
    return 0;
}

/* current_reservation(domid) */
int64_t ht_h_current_reservation(ht_machine *m, uint16_t domid)
{
    uint8_t slot;
    int64_t rc = reservation_query(m, domid, &slot);
    if (rc)
        return rc;
    OK(m->dom_pub[slot].tot_pages, NONE);
}

/* maximum_reservation(domid) */
int64_t ht_h_maximum_reservation(ht_machine *m, uint16_t domid)
{
    uint8_t slot;
    int64_t rc = reservation_query(m, domid, &slot);
    if (rc)
        return rc;
    OK(m->dom_pub[slot].max_pages, NONE);
}

/* maximum_gpfn(domid): XENMEM_maximum_gpfn (common/memory.c, RELEASE-4.2.0), the lookup
 * and XSM hook of the reservation queries, then domain_get_maximum_gpfn: an HVM domain's
 * p2m->max_mapped_pfn.  A PV domain answers from its own p2m (arch_get_max_pfn), which the
 * engine does not model. */
int64_t ht_h_maximum_gpfn(ht_machine *m, uint16_t domid)
{
    uint8_t slot;
    int64_t rc = reservation_query(m, domid, &slot);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, slot)) {
        m->last.reason = HT_R_MAXIMUM_GPFN_PV;
        return HT_RAW_UNSUPPORTED;
    }
    OK((int64_t)m->dom[slot].max_mapped_gfn, NONE);
}

/* maximum_ram_page() */
int64_t ht_h_maximum_ram_page(ht_machine *m)
{
    OK((int64_t)m->config.total_frames, NONE);
}

/* XENMEM_remove_from_physmap as 4.2 runs it (common/memory.c, do_memory_op,
 * RELEASE-4.2.0, L676-711).  The frame is never freed: guest_physmap_remove_page clears the
 * entry and the M2P, and put_page drops only get_page_from_gfn's reference, never
 * PGC_allocated -- the page stays the domain's, counted in tot_pages, until the domain
 * dies. */
/* The gate as 4.17 runs it (do_memory_op XENMEM_remove_from_physmap, common/memory.c,
 * RELEASE-4.17.0): rcu_lock_domain_by_any_id (DOMID_SELF is the caller; ESRCH), then
 * "rc = paging_mode_translate(d) ? xsm_remove_from_physmap(XSM_TARGET, curr_d, d) :
 * -EACCES": a PV domain is refused, and the hook's own code is passed on (the dummy
 * policy's XSM_TARGET: the domain itself, its device model or the control domain, else
 * -EPERM; a FLASK refusal, the engine's xsm_deny, -EACCES). */
static int64_t remove_gate_4_17(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    uint8_t s = domid == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, s))
        FAIL(EACCES, REMOVE_NOT_TRANSLATED);
    if (s != m->caller.slot && !caller_priv_for(m, s))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (caller_xsm_denied(m, s))
        FAIL(EACCES, XSM_DENIED);
    *slot = s;
    return 0;
}

static int64_t remove_from_physmap_42(ht_machine *m, uint64_t domid, uint64_t gfn)
{
    uint8_t slot;
    int64_t rc;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        rc = remove_gate_4_17(m, domid, &slot);
        if (rc)
            return rc;
    } else {
        /* rcu_lock_target_domain_by_id (L685): DOMID_SELF is the caller; ESRCH; EPERM. */
        rc = target_self_or_priv(m, domid, &slot);
        if (rc)
            return rc;
        /* "if (xsm_remove_from_physmap(current->domain, d)) return -EPERM" (L689-693):
         * the hook's own code is not passed on. */
        if (caller_xsm_denied(m, slot))
            FAIL(EPERM, REMOVE_XSM_DENIED);
    }
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    /* get_page_from_gfn(d, gpfn, NULL, P2M_ALLOC) (L697): a page for any RAM type with a
     * frame (arch/x86/mm/p2m.c, get_page_from_gfn_p2m, L229-238: paging_out and
     * paging_in with its frame included); none for holes, MMIO, ram_paged and paging_in
     * without a frame, and P2M_ALLOC starts no page-in (only PoD is populated). */
    if (!e || !type_is_ram(e->type) || !mfn_is_ram(m, e->mfn))
        FAIL(ENOENT, REMOVE_NO_PAGE);
    if (e->type == HT_P2M_TYPE_RAM_SHARED) {
        /* p2m_remove_page (p2m.c L481-512, RELEASE-4.2.0): "if ( !p2m_is_grant(t) &&
         * !p2m_is_shared(t) ) set_gpfn_from_mfn(mfn+i, INVALID_M2P_ENTRY)", then
         * set_p2m_entry(..., p2m_invalid, p2m->default_access): nothing touches the
         * frame's gfn_info list or d->shr_pages, so the tuple stays, stale, and the frame
         * stays shared.  RELEASE-4.17.0 does the same: get_page_from_gfn(P2M_ALLOC) takes
         * a dom_cow reference on a shared gfn without unsharing it (p2m_get_page_from_gfn,
         * arch/x86/mm/p2m.c L338-400: only P2M_UNSHARE unshares), guest_physmap_remove_page
         * (arch/x86/mm/physmap.c L69-76) -> p2m_remove_page (p2m.c L576-593) ->
         * p2m_remove_entry (L514-573): the mfn matches, "if ( !p2m_is_special(t) &&
         * !p2m_is_shared(t) )" (L545) keeps the M2P, p2m_set_entry(INVALID_MFN,
         * p2m_invalid, default_access), and p2m_entry_modify (arch/x86/include/asm/p2m.h
         * L995) does nothing for a shared type.  Both profiles
         * record the tuple in the domain's stale-tuple ledger (sharing.2 and sharing.4
         * count it there); the planted bug remove_from_physmap_shared is the same without
         * the ledger entry. */
        bool bug = ht_bug(m, HT_BUG_REMOVE_PHYSMAP_SHARED);
        p2m_set(m, slot, gfn, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, m->dom[slot].default_access);
        if (bug)
            OK(0, NONE);
        jadd(m, &m->dom[slot].stale_tuples, 1);
        OK(0, REMOVE_SHARED_TUPLE_STALE);
    }
    /* p2m_remove_page (p2m.c L481-512): M2P invalid, entry invalid with default_access;
     * the frame is left allocated to the domain, mapped nowhere.  A paging_out or
     * paging_in gfn goes the same way: the pager is not told. */
    p2m_clear(m, slot, gfn);
    OK(0, REMOVE_FRAME_ORPHANED);
}

/* remove_from_physmap(domid, gpfn) */
int64_t ht_h_remove_from_physmap(ht_machine *m, uint16_t domid, uint64_t gpfn)
{
    if (!ht_doc(m))
        return remove_from_physmap_42(m, domid, gpfn);
    uint8_t slot;
    int64_t rc = target_control(m, domid, &slot, true);
    if (rc)
        return rc;
    uint64_t gfn = gpfn;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (e && e->pin)
        FAIL(EBUSY, REMOVE_PINNED);  /* seed 004: a pinned gfn's mapping does not change */
    /* get_page_from_gfn(P2M_ALLOC): a paged gfn starts a page-in and has no page yet. */
    if (e && type_is_paging(e->type))
        paging_populate(m, slot, gfn);
    if (!e || !mfn_is_ram(m, e->mfn) || !type_is_ram(e->type) ||
        e->type == HT_P2M_TYPE_RAM_PAGING_IN || e->type == HT_P2M_TYPE_RAM_PAGED)
        FAIL(ENOENT, REMOVE_NO_PAGE);
    if (e->type == HT_P2M_TYPE_RAM_SHARED) {
        if (ht_bug(m, HT_BUG_REMOVE_PHYSMAP_SHARED)) {
            /* 4.2 clears the entry directly: the tuple and shr_pages stay behind. */
            p2m_set(m, slot, gfn, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, e->access);
            OK(0, NONE);
        }
        unshare_page(m, slot, gfn, true);  /* the tuple goes with the entry */
        p2m_set(m, slot, gfn, HT_P2M_TYPE_INVALID, HT_MFN_INVALID, e->access);
        OK(0, REMOVE_SHARED_TUPLE_DROPPED);
    }
    uint32_t mfn = e->mfn;
    p2m_clear(m, slot, gfn);
    frame_release(m, mfn);
    OK(0, NONE);
}

const struct ht_family_ops ht_family_memory = {0};
