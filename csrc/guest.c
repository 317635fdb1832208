/*
 * What guests and device models do to memory: vcpu reads and writes (copy-on-write
 * unshare, page-in, access violations), foreign mappings, and grants.
 */
#include "engine.h"

/* ---- guest accesses ------------------------------------------------------------------ */

static bool access_allows(uint8_t access, bool write)
{
    switch (access) {
    case HT_ACCESS_RX2RW:
        return !write;
    case HT_ACCESS_N2RWX:
        return false;
    default:
        return access <= HT_ACCESS_RWX && (access & (write ? HT_ACCESS_W : HT_ACCESS_R));
    }
}

/* The checks every guest access starts with: can this vcpu run at all? */
static int64_t guest_vcpu(ht_machine *m, uint64_t domid, uint64_t vcpu, uint8_t *slot)
{
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, s))
        FAIL(EINVAL, NOT_HVM);
    if (dom_flag(m, s, HT_DF_DYING))
        FAIL(EINVAL, DOMAIN_DYING);
    if (vcpu >= m->dom[s].nvcpus)
        FAIL(EINVAL, GUEST_BAD_VCPU);
    if (dom_flag(m, s, HT_DF_SHUTDOWN))
        FAIL(EBUSY, GUEST_DOMAIN_SHUT_DOWN);
    if (dom_flag(m, s, HT_DF_PAUSED))
        FAIL(EBUSY, GUEST_DOMAIN_PAUSED);
    const struct ht_vcpu *vc = &m->dom[s].vcpu[vcpu];
    if (vc->paused_on || vc->waiting_on || vc->blocked_on)
        FAIL(EBUSY, GUEST_VCPU_PAUSED);
    *slot = s;
    return 0;
}

/* mem_access (p2m_mem_access_check, 4.2): 0 to go on, or the raw result of an access that
 * stops here.  rx2rw and n2rwx convert themselves and let the access through; any other
 * restriction is lifted when nobody listens, and otherwise pauses the vcpu with a request
 * for the listener. */
static int64_t check_access(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t vcpu,
                            bool write)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t access = e->access;
    if (m->config.vendor != HT_VENDOR_INTEL || access_allows(access, write))
        return 0;
    bool listener = m->dom[slot].ring[HT_RING_ACCESS].present;
    if (access == HT_ACCESS_RX2RW) {
        /* A write to rx2rw turns it into rw: no event, no pause. */
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RW);
        return 0;
    }
    if (access == HT_ACCESS_N2RWX) {
        /* Converted to rwx; the listener is told, the vcpu is not paused.  With the ring
         * full the guest vcpu waits for a slot first. */
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RWX);
        if (listener) {
            if (!ring_has_slot(m, slot, HT_RING_ACCESS)) {
                vcpu_wait_on(m, slot, vcpu, HT_RING_ACCESS);
                FAIL(EAGAIN, GUEST_RING_FULL);
            }
            ring_put_request(m, slot, HT_RING_ACCESS, gfn, vcpu, 0, e->type);
        }
        return 0;
    }
    if (!listener) {
        /* Nobody listens (access_required is not modelled): the restriction is lifted. */
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RWX);
        return 0;
    }
    if (!ring_has_slot(m, slot, HT_RING_ACCESS)) {
        vcpu_wait_on(m, slot, vcpu, HT_RING_ACCESS);
        FAIL(EAGAIN, GUEST_RING_FULL);
    }
    ring_put_request(m, slot, HT_RING_ACCESS, gfn, vcpu, HT_RING_FLAGS_VCPU_PAUSED, e->type);
    vcpu_pause_on(m, slot, vcpu, HT_RING_ACCESS);
    FAIL(EAGAIN, GUEST_ACCESS_VIOLATION);
}

/* The access itself, made by vcpu of the domain in slot (the caller while it runs). */
static int64_t access_as_guest(ht_machine *m, uint8_t slot, uint64_t gfn, bool write,
                               uint32_t value, uint32_t vcpu, uint64_t *read)
{
    int64_t rc;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !type_is_ram(e->type))
        FAIL(EFAULT, GUEST_NO_RAM);
    if (type_is_paging(e->type)) {
        if (!m->dom[slot].ring[HT_RING_PAGING].present) {
            domain_crash(m, slot);
            FAIL(ENOENT, GUEST_PAGED_NO_RING);
        }
        if (!ring_has_slot(m, slot, HT_RING_PAGING)) {
            vcpu_wait_on(m, slot, vcpu, HT_RING_PAGING);
            FAIL(EAGAIN, GUEST_RING_FULL);
        }
        paging_populate(m, slot, gfn);
        FAIL(EAGAIN, GUEST_PAGE_IN);
    }
    rc = check_access(m, slot, gfn, vcpu, write);
    if (rc)
        return rc;
    if (!write) {
        *read = m->frame[e->mfn].content;
        OK(0, NONE);
    }
    if (e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false) != 0) {
        if (!m->dom[slot].ring[HT_RING_SHARING].present) {
            domain_crash(m, slot);
            FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_CRASH);
        }
        if (!ring_has_slot(m, slot, HT_RING_SHARING)) {
            vcpu_wait_on(m, slot, vcpu, HT_RING_SHARING);
            FAIL(EAGAIN, GUEST_RING_FULL);
        }
        sharing_notify_enomem(m, slot, gfn);
        FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_PAUSED);
    }
    if (e->type == HT_P2M_TYPE_RAM_RO)
        OK(0, GUEST_WRITE_DISCARDED);
    j32(m, &m->frame[e->mfn].content, value);
    OK(0, NONE);
}

/* A guest access is an event the guest's vcpu causes: while it runs, that vcpu is Xen's
 * `current` (whoever issued the event), so what the fault path puts on a ring is not
 * foreign and pauses that vcpu. */
static int64_t guest_access(ht_machine *m, uint16_t domid, uint64_t gfn, bool write,
                            uint32_t value, uint32_t vcpu, uint64_t *read)
{
    uint8_t slot;
    int64_t rc = guest_vcpu(m, domid, vcpu, &slot);
    if (rc)
        return rc;
    struct ht_caller issuer = m->caller;
    m->caller = (struct ht_caller){.domid = domid, .slot = slot, .vcpu = vcpu};
    rc = access_as_guest(m, slot, gfn, write, value, vcpu, read);
    m->caller = issuer;
    return rc;
}

/* guest_read(domid, gfn, vcpu) -> value */
int64_t ht_h_guest_read(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t vcpu, uint64_t *value)
{
    return guest_access(m, domid, gfn, false, 0, vcpu, value);
}

/* guest_write(domid, gfn, value, vcpu) */
int64_t ht_h_guest_write(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t value, uint32_t vcpu)
{
    return guest_access(m, domid, gfn, true, value, vcpu, NULL);
}

/* ---- mappings ------------------------------------------------------------------------ */

static int free_mapping(const ht_machine *m)
{
    for (int i = 0; i < HT_MAX_MAPPINGS; i++)
        if (m->map[i].kind == HT_MAP_FREE)
            return i;
    return -1;
}

static bool refs_at_limit(const ht_machine *m, uint32_t mfn, bool writable)
{
    const ht_frame *f = &m->frame[mfn];
    return f->refs == HT_FRAME_REFS_MAX || (writable && frame_wcount(f) == HT_FRAME_WCOUNT_MASK);
}

static void map_record(ht_machine *m, int index, uint8_t kind, bool writable, uint8_t slot,
                       uint32_t mfn, uint64_t gfn, uint32_t gref)
{
    struct ht_mapping *map = &m->map[index];
    frame_get(m, mfn);
    if (writable)
        frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) + 1));
    j8(m, &map->writable, writable);
    j8(m, &map->slot, slot);
    j32(m, &map->mfn, mfn);
    j64(m, &map->gfn, gfn);
    j32(m, &map->gref, gref);
    j8(m, &map->kind, kind);
}

static void map_drop(ht_machine *m, struct ht_mapping *map)
{
    uint32_t mfn = map->mfn;
    j8(m, &map->kind, HT_MAP_FREE);
    if (map->writable)
        frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) - 1));
    frame_put(m, mfn);
}

/* foreign_map(domid, gfn, writable) -> mapping */
int64_t ht_h_foreign_map(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t writable,
                         uint64_t *mapping)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, NOT_HVM_OR_DYING);
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (e && type_is_paging(e->type)) {
        paging_populate(m, slot, gfn);
        FAIL(ENOENT, FOREIGN_PAGED);
    }
    if (!e || !mfn_is_ram(m, e->mfn) || !type_is_ram(e->type))
        FAIL(EINVAL, FOREIGN_NO_RAM);
    if (writable && e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false)) {
        sharing_notify_enomem(m, slot, gfn);
        FAIL(ENOMEM, FOREIGN_UNSHARE_NOMEM);
    }
    int index = free_mapping(m);
    if (index < 0)
        FAIL(ENOSPC, MAP_TABLE_FULL);
    if (refs_at_limit(m, e->mfn, writable))
        FAIL(ENOSPC, MAP_REFS_LIMIT);
    map_record(m, index, HT_MAP_FOREIGN, writable, slot, e->mfn, gfn, 0);
    *mapping = (uint64_t)index;
    OK(0, NONE);
}

/* foreign_unmap(mapping) */
int64_t ht_h_foreign_unmap(ht_machine *m, uint32_t mapping)
{
    if (mapping >= HT_MAX_MAPPINGS || m->map[mapping].kind != HT_MAP_FOREIGN)
        FAIL(EINVAL, MAPPING_BAD);
    map_drop(m, &m->map[mapping]);
    OK(0, NONE);
}

/* ---- grants -------------------------------------------------------------------------- */

/* grant_access(domid, gfn, readonly) -> gref */
int64_t ht_h_grant_access(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t readonly,
                          uint64_t *gref)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, NOT_HVM_OR_DYING);
    struct ht_domain *d = &m->dom[slot];
    uint32_t index = 0;
    while (index < d->grant_used && (d->grant[index].flags || d->grant[index].maps))
        index++;
    if (index >= HT_GRANT_ENTRIES)
        FAIL(ENOSPC, GRANT_TABLE_FULL);
    if (index == d->grant_used)
        j32(m, &d->grant_used, index + 1);
    /* The guest's first grant implies it has set its table up (GNTTABOP_setup_table). */
    j8(m, &d->gt_version, 1);
    struct ht_grant *g = &d->grant[index];
    j32(m, &g->frame, (uint32_t)gfn);
    j16(m, &g->maps, 0);
    j16(m, &g->flags, (uint16_t)(HT_GNT_PERMIT | (readonly ? HT_GNT_READONLY : 0)));
    *gref = index;
    OK(0, NONE);
}

/* grant_end_access(domid, gref) */
int64_t ht_h_grant_end_access(ht_machine *m, uint16_t domid, uint32_t gref)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    struct ht_domain *d = &m->dom[slot];
    if (gref >= d->grant_used || !(d->grant[gref].flags & HT_GNT_PERMIT))
        FAIL(EINVAL, GRANT_NOT_GRANTED);
    if (d->grant[gref].maps)
        FAIL(EBUSY, GRANT_STILL_MAPPED);
    j16(m, &d->grant[gref].flags, 0);  /* the frame field stays: stale, as in a guest */
    OK(0, NONE);
}

/* grant_map(domid, gref, writable) -> mapping */
int64_t ht_h_grant_map(ht_machine *m, uint16_t domid, uint32_t gref, uint32_t writable,
                       uint64_t *mapping)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    struct ht_domain *d = &m->dom[slot];
    if (d->gt_version == 0 || gref >= d->grant_used || !(d->grant[gref].flags & HT_GNT_PERMIT))
        FAIL(EINVAL, GRANT_NOT_GRANTED);
    if (writable && (d->grant[gref].flags & HT_GNT_READONLY))
        FAIL(EPERM, GRANT_READ_ONLY);
    uint64_t gfn = d->grant[gref].frame;
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (e && type_is_paging(e->type)) {
        paging_populate(m, slot, gfn);
        FAIL(EAGAIN, GRANT_PAGED);
    }
    if (!e || !mfn_is_ram(m, e->mfn) || !type_is_ram(e->type))
        FAIL(EINVAL, GRANT_NO_RAM);
    if (writable && e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false)) {
        sharing_notify_enomem(m, slot, gfn);
        FAIL(EAGAIN, GRANT_UNSHARE_FAILED);
    }
    int index = free_mapping(m);
    if (index < 0)
        FAIL(ENOSPC, MAP_TABLE_FULL);
    if (refs_at_limit(m, e->mfn, writable))
        FAIL(ENOSPC, MAP_REFS_LIMIT);
    map_record(m, index, HT_MAP_GRANT, writable, slot, e->mfn, gfn, (uint32_t)gref);
    j16(m, &d->grant[gref].maps, (uint16_t)(d->grant[gref].maps + 1));
    *mapping = (uint64_t)index;
    OK(0, NONE);
}

/* grant_unmap(mapping) */
int64_t ht_h_grant_unmap(ht_machine *m, uint32_t mapping)
{
    if (mapping >= HT_MAX_MAPPINGS || m->map[mapping].kind != HT_MAP_GRANT)
        FAIL(EINVAL, MAPPING_BAD);
    struct ht_mapping *map = &m->map[mapping];
    struct ht_grant *g = &m->dom[map->slot].grant[map->gref];
    if (g->maps)
        j16(m, &g->maps, (uint16_t)(g->maps - 1));
    map_drop(m, map);
    OK(0, NONE);
}

const struct ht_family_ops ht_family_guest = {0};
