/*
 * Reservation ops, current/maximum reservation, maximum_ram_page and remove_from_physmap,
 * after xen-semantics section 6.4.
 *
 * The reservation ops report argument and permission problems by doing nothing: they
 * return the number of extents done, which is then 0.  Only an XSM denial comes back as
 * an error.  Every loop ends at its first failure, so a hostile extent count cannot make
 * the engine spin: work is bounded by the memory there is to allocate or remove.
 */
#include "engine.h"

#define DOMID_SELF 0x7ff0u

/* The reservation target: 0 with *slot set, 0 with *slot = HT_NO_SLOT when the op should
 * quietly do nothing, or a negative XSM error. */
static int64_t reservation_target(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    uint8_t s = domid == DOMID_SELF ? 0 : ht_slot(m, domid);
    *slot = HT_NO_SLOT;
    if (s == HT_NO_SLOT) {
        m->last.reason = HT_R_RESERVATION_NO_DOMAIN;
        return 0;
    }
    if (m->dom[s].privilege == HT_PRIVILEGE_NONE) {
        m->last.reason = HT_R_RESERVATION_NOT_PRIVILEGED;
        return 0;
    }
    if (m->dom[s].privilege == HT_PRIVILEGE_XSM_DENY)
        FAIL(EACCES, XSM_DENIED);
    *slot = s;
    return 0;
}

/* The argument checks that make Xen return start_extent (0) without doing anything. */
static bool extent_args_ok(ht_machine *m, uint64_t nr, uint64_t order, uint64_t mem_flags)
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
    if (order > HT_MAX_ORDER) {
        m->last.reason = HT_R_RESERVATION_ORDER;
        return false;
    }
    return true;
}

static uint8_t ram_type(const ht_machine *m, uint8_t slot)
{
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

/* Room for one extent under max_pages and in the host heap (assign_pages). */
static bool extent_fits(ht_machine *m, uint8_t slot, uint64_t pages)
{
    const ht_domain_pub *p = &m->dom_pub[slot];
    return !dom_flag(m, slot, HT_DF_DYING) && p->tot_pages + (int64_t)pages <= p->max_pages &&
           (uint64_t)m->host.free_frames >= pages;
}

/* increase_reservation(domid, nr_extents, extent_order, mem_flags) */
int64_t ht_h_increase_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = reservation_target(m, arg[0], &slot);
    if (rc || slot == HT_NO_SLOT || !extent_args_ok(m, arg[1], arg[2], arg[3]))
        return rc;
    uint64_t pages = 1ull << arg[2], done = 0;
    for (; done < arg[1]; done++) {
        if (!extent_fits(m, slot, pages)) {
            m->last.reason = HT_R_RESERVATION_NO_MEMORY;
            break;
        }
        for (uint64_t i = 0; i < pages; i++) {
            uint32_t mfn;
            frame_alloc_for(m, slot, &mfn);  /* fits: checked for the whole extent */
        }
    }
    return (int64_t)done;
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
            sharing_notify_enomem(m, slot, gfn, 0, false);
            return -HT_ENOMEM;
        }
    }
    uint32_t mfn = e->mfn;
    p2m_clear(m, slot, gfn);
    frame_release(m, mfn);
    return 0;
}

/* decrease_reservation(domid, nr_extents, extent_order, extent_start) */
int64_t ht_h_decrease_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = reservation_target(m, arg[0], &slot);
    if (rc || slot == HT_NO_SLOT || !extent_args_ok(m, arg[1], arg[2], 0))
        return rc;
    uint64_t pages = 1ull << arg[2], done = 0;
    for (; done < arg[1]; done++) {
        uint64_t base = arg[3] + (done << arg[2]);
        if (base < arg[3] || (done << arg[2]) >> arg[2] != done)
            break;
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

/* Make room at (slot, gfn) for a new page, as guest_physmap_add_entry does. */
static bool replace_old_entry(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t type = e->type;
    if (type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false) != 0) {
        sharing_notify_enomem(m, slot, gfn, 0, false);
        return false;
    }
    if (type_is_paging(type)) {
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

/* populate_physmap(domid, nr_extents, extent_order, mem_flags, extent_start) */
int64_t ht_h_populate_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = reservation_target(m, arg[0], &slot);
    if (rc || slot == HT_NO_SLOT || !extent_args_ok(m, arg[1], arg[2], arg[3]))
        return rc;
    uint64_t pages = 1ull << arg[2], done = 0, size = m->dom_pub[slot].p2m_size;
    for (; done < arg[1]; done++) {
        uint64_t base = arg[4] + (done << arg[2]);
        if (base < arg[4] || (done << arg[2]) >> arg[2] != done || base >= size ||
            pages > size - base) {
            m->last.reason = HT_R_POPULATE_BEYOND_P2M;
            break;
        }
        if (!extent_fits(m, slot, pages)) {
            m->last.reason = HT_R_RESERVATION_NO_MEMORY;
            break;
        }
        bool ok = true;
        for (uint64_t i = 0; i < pages && ok; i++) {
            uint32_t mfn;
            ok = replace_old_entry(m, slot, base + i) && frame_alloc_for(m, slot, &mfn);
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

static int64_t reservation_query(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (domid == DOMID_SELF) {
        *slot = 0;
        return 0;
    }
    return target_control(m, domid, slot, true);
}

/* current_reservation(domid) */
int64_t ht_h_current_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = reservation_query(m, arg[0], &slot);
    if (rc)
        return rc;
    OK(m->dom_pub[slot].tot_pages, NONE);
}

/* maximum_reservation(domid) */
int64_t ht_h_maximum_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = reservation_query(m, arg[0], &slot);
    if (rc)
        return rc;
    OK(m->dom_pub[slot].max_pages, NONE);
}

/* maximum_ram_page() */
int64_t ht_h_maximum_ram_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    OK((int64_t)m->config.total_frames, NONE);
}

/* remove_from_physmap(domid, gpfn) */
int64_t ht_h_remove_from_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    uint8_t slot;
    int64_t rc = target_control(m, arg[0], &slot, true);
    if (rc)
        return rc;
    uint64_t gfn = arg[1];
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    /* get_page_from_gfn(P2M_ALLOC): a paged gfn starts a page-in and has no page yet. */
    if (e && type_is_paging(e->type))
        paging_populate(m, slot, gfn, -1);
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
