/*
 * What guests and device models do to memory: vcpu reads and writes (copy-on-write
 * unshare, page-in, access violations), foreign mappings, and grants.
 */
#include "engine.h"

/* ---- guest accesses ------------------------------------------------------------------ */

/* What the vcpu does to the gfn: hvm_hap_nested_page_fault's access_r, access_w and
 * access_x (hvm.c, RELEASE-4.2.0, L1347-1348; npfec's read_access, write_access and
 * insn_fetch, RELEASE-4.17.0). */
enum guest_access_kind { GUEST_ACCESS_READ, GUEST_ACCESS_WRITE, GUEST_ACCESS_EXEC };

/* The fault's "violation" switch on the entry's access (hvm.c, RELEASE-4.2.0, L1315-1343;
 * RELEASE-4.17.0 L1841-1870): rx2rw refuses only a write ("case p2m_access_rx2rw:
 * violation = access_w"), n2rwx and unknown values refuse everything, the others refuse
 * what their r, w and x bits do not allow. */
static bool access_allows(uint8_t access, enum guest_access_kind kind)
{
    switch (access) {
    case HT_ACCESS_RX2RW:
        return kind != GUEST_ACCESS_WRITE;
    case HT_ACCESS_N2RWX:
        return false;
    default: {
        uint8_t bit = kind == GUEST_ACCESS_WRITE  ? HT_ACCESS_W
                      : kind == GUEST_ACCESS_EXEC ? HT_ACCESS_X
                                                  : HT_ACCESS_R;
        return access <= HT_ACCESS_RWX && (access & bit);
    }
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
    /* xen-4.2: a vcpu woken from a ring's wait queue first finishes what it slept in. */
    if (!vcpu_ring_held(vc) && vc->resume_op != HT_RESUME_NONE)
        ring_vcpus_continue(m, s);
    if (vcpu_ring_held(vc))
        FAIL(EBUSY, GUEST_VCPU_PAUSED);
    *slot = s;
    return 0;
}

/* The p2mt an access request carries: 4.2 builds it with xzalloc and never sets p2mt
 * (p2m_mem_access_check, arch/x86/mm/p2m.c, RELEASE-4.2.0, L1292-1311), so it is 0; the
 * doc profile reports the entry's type. */
static uint32_t access_req_p2mt(const ht_machine *m, const ht_p2m_entry *e)
{
    return ht_doc(m) ? e->type : 0;
}

/* mem_access (p2m_mem_access_check, 4.2): 0 to go on, or the raw result of an access that
 * stops here.  rx2rw and n2rwx convert themselves and let the access through; any other
 * restriction is lifted when nobody listens, and otherwise pauses the vcpu with a request
 * for the listener.  *event is set for an n2rwx request that xen-4.2 and xen-4.17 send at
 * the fault's end (fault_end); the doc profile puts it here. */
static int64_t check_access(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t vcpu,
                            enum guest_access_kind kind, bool *event)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    uint8_t access = e->access;
    if (m->config.vendor != HT_VENDOR_INTEL || access_allows(access, kind))
        return 0;
    bool listener = m->dom[slot].ring[HT_RING_ACCESS].present;
    if (access == HT_ACCESS_RX2RW) {
        /* A write to rx2rw turns it into rw: no event, no pause ("if ( access_w && p2ma
         * == p2m_access_rx2rw )", p2m.c L1253-1258; only a write gets here). */
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RW);
        return 0;
    }
    if (access == HT_ACCESS_N2RWX) {
        /* Converted to rwx; the listener is told, the vcpu is not paused (p2m.c
         * L1259-1263, L1299-1300, L1315-1316). */
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RWX);
        if (!listener && access_required(m, slot)) {  /* as below, after the conversion */
            domain_crash(m, slot);
            FAIL(EACCES, GUEST_ACCESS_REQUIRED_CRASH);
        }
        if (!listener)
            return 0;
        if (!ht_doc(m)) {
            /* p2m_mem_access_check only builds the request (*req_ptr, L1291-1312): the
             * fault sends it at its end, after the page-in and the ENOMEM notification,
             * either of which may sleep first (hvm.c L1427-1447; RELEASE-4.17.0 hvm.c
             * L2000-2023, monitor_traps). */
            *event = true;
            return 0;
        }
        /* doc: with the ring full the guest vcpu waits for a slot first. */
        if (!ring_has_slot(m, slot, HT_RING_ACCESS)) {
            vcpu_wait_on(m, slot, vcpu, HT_RING_ACCESS, HT_RESUME_ACCESS, gfn, 0);
            FAIL(EAGAIN, GUEST_RING_FULL);
        }
        ring_put_request(m, slot, HT_RING_ACCESS, gfn, vcpu, 0, access_req_p2mt(m, e));
        return 0;
    }
    if (!listener) {
        /* p2m_mem_access_check (arch/x86/mm/p2m.c, RELEASE-4.2.0): nobody listens; with
         * access_required the domain is crashed, otherwise the restriction is lifted. */
        if (access_required(m, slot)) {
            domain_crash(m, slot);
            FAIL(EACCES, GUEST_ACCESS_REQUIRED_CRASH);
        }
        p2m_set(m, slot, gfn, e->type, e->mfn, HT_ACCESS_RWX);
        return 0;
    }
    if (!ring_has_slot(m, slot, HT_RING_ACCESS)) {
        /* xen-4.2: the violation paused the vcpu before mem_access_send_req claims its
         * slot (p2m_mem_access_check, p2m.c L1315-1316; hvm.c L1443-1447), so once woken
         * it still cannot run to put its request: it hangs until a response naming it.
         * xen-4.17's monitor_traps (common/monitor.c, RELEASE-4.17.0) claims first
         * (vm_event_claim_slot: the vcpu sleeps unpaused) and pauses only once it has the
         * slot, just before the put (vcpu_resume). */
        if (!ht_doc(m) && m->profile != HT_PROFILE_XEN_4_17)
            vcpu_pause_on(m, slot, vcpu, HT_RING_ACCESS);
        vcpu_wait_on(m, slot, vcpu, HT_RING_ACCESS, HT_RESUME_ACCESS, gfn,
                     HT_RING_FLAGS_VCPU_PAUSED);
        FAIL(EAGAIN, GUEST_RING_FULL);
    }
    ring_put_request(m, slot, HT_RING_ACCESS, gfn, vcpu, HT_RING_FLAGS_VCPU_PAUSED,
                     access_req_p2mt(m, e));
    vcpu_pause_on(m, slot, vcpu, HT_RING_ACCESS);
    FAIL(EAGAIN, GUEST_ACCESS_VIOLATION);
}

/* The fault's end (hvm_hap_nested_page_fault's "out:", hvm.c, RELEASE-4.2.0, L1423-1447;
 * RELEASE-4.17.0 L1994-2023): after the page-in and the ENOMEM notification, the n2rwx
 * request goes out.  A vcpu that slept in either sends it once it has finished them
 * (resume_access, ring.c).  True when the vcpu now sleeps (the access it makes is then
 * re-executed only once it runs again). */
static bool fault_end(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t vcpu, bool event)
{
    struct ht_vcpu *vc = &m->dom[slot].vcpu[vcpu];
    if (!event)
        return false;
    if (vc->resume_op != HT_RESUME_NONE) {
        j8(m, &vc->resume_access, 1);
        return true;
    }
    ring_send_access_event(m, slot, vcpu, gfn);
    return vc->resume_op != HT_RESUME_NONE;
}

/* The access itself, made by vcpu of the domain in slot (the caller while it runs). */
static int64_t access_as_guest(ht_machine *m, uint8_t slot, uint64_t gfn,
                               enum guest_access_kind kind, uint32_t value, uint32_t vcpu,
                               uint64_t *read)
{
    int64_t rc;
    bool write = kind == GUEST_ACCESS_WRITE;
    bool event = false;  /* an n2rwx request the fault sends at its end (xen-4.2, xen-4.17) */
    bool notified = false;  /* the lookup's ENOMEM request is on the ring, the vcpu paused */
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !type_is_ram(e->type))
        FAIL(EFAULT, GUEST_NO_RAM);
    bool xen42 = !ht_doc(m);
    if (xen42 && write && e->type == HT_P2M_TYPE_RAM_SHARED) {
        /* The fault's lookup, get_gfn_type_access(..., P2M_ALLOC | P2M_UNSHARE) (hvm.c,
         * RELEASE-4.2.0, L1307-1308), unshares first (__get_gfn_type_access, p2m.c
         * L174-182): on failure "(void)mem_sharing_notify_enomem(p2m->domain, gfn, 0)" --
         * the fault's first ENOMEM request, put without sleeping (none when the ring is
         * absent or full) -- and the access check below sees the entry as it is now.
         * Only a write asks for P2M_UNSHARE: a read or an instruction fetch of a shared
         * gfn reads the shared frame. */
        if (unshare_page(m, slot, gfn, false) != 0) {
            notified = ring_has_slot(m, slot, HT_RING_SHARING);
            sharing_notify_enomem(m, slot, gfn);
        }
        e = p2m_entry(m, slot, gfn);
    }
    if (xen42) {
        /* hvm_hap_nested_page_fault (arch/x86/hvm/hvm.c, RELEASE-4.2.0) checks access first
         * whenever "mfn_x(mfn) != INVALID_MFN" (L1311-1356), and a paged entry reads back
         * as the clipped 0xFFFFFFFFFF, not INVALID_MFN (p2m-ept.c, ept_get_entry,
         * L558-563): paging types included.  A violation that pauses the vcpu ends the
         * fault before any page-in. */
        rc = check_access(m, slot, gfn, vcpu, kind, &event);
        if (rc)
            return rc;
        /* "paged = p2mt == p2m_ram_paged || p2mt == p2m_ram_paging_out" (L1375-1376): a
         * paging_in gfn is RAM, so the fault is "spurious" (L1390-1404): no request, no
         * pause, no crash without a ring; the vcpu re-executes until the page-in ends. */
        if (e->type == HT_P2M_TYPE_RAM_PAGING_IN) {
            if (fault_end(m, slot, gfn, vcpu, event))
                FAIL(EAGAIN, GUEST_RING_FULL);
            FAIL(EAGAIN, GUEST_PAGING_IN_SPURIOUS);
        }
    }
    if (type_is_paging(e->type)) {
        /* p2m_mem_paging_populate at the fault's end (hvm.c L1427-1428), before the access
         * request (L1443-1447). */
        if (!m->dom[slot].ring[HT_RING_PAGING].present) {
            domain_crash(m, slot);
            fault_end(m, slot, gfn, vcpu, event);
            FAIL(ENOENT, GUEST_PAGED_NO_RING);
        }
        if (!ring_has_slot(m, slot, HT_RING_PAGING)) {
            vcpu_wait_on(m, slot, vcpu, HT_RING_PAGING, HT_RESUME_PAGE_IN, gfn, 0);
            fault_end(m, slot, gfn, vcpu, event);
            FAIL(EAGAIN, GUEST_RING_FULL);
        }
        paging_populate(m, slot, gfn);
        fault_end(m, slot, gfn, vcpu, event);
        FAIL(EAGAIN, GUEST_PAGE_IN);
    }
    if (!xen42) {
        rc = check_access(m, slot, gfn, vcpu, kind, &event);
        if (rc)
            return rc;
    }
    if (!write) {
        if (fault_end(m, slot, gfn, vcpu, event))
            FAIL(EAGAIN, GUEST_RING_FULL);
        *read = m->frame[e->mfn].content;
        OK(0, NONE);
    }
    if (e->type == HT_P2M_TYPE_RAM_SHARED && m->profile == HT_PROFILE_XEN_4_17) {
        /* RELEASE-4.17.0 hvm.c L1939-1947: "if still shared on write access then its
         * enomem" -- no second unshare; at the fault's end (L2003-2015) only a check that
         * a sharing ring exists ("rc = 0" without one: the domain is crashed), then the
         * access request (L2017-2023).  The lookup's mem_sharing_notify_enomem(..., false)
         * (p2m.c __get_gfn_type_access L307-317; mem_sharing.c L657-682) is the fault's
         * only notification: put with the vcpu paused, or dropped with the ring full. */
        bool ring = m->dom[slot].ring[HT_RING_SHARING].present;
        fault_end(m, slot, gfn, vcpu, event);
        if (!ring) {
            domain_crash(m, slot);
            FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_CRASH);
        }
        if (notified)
            FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_PAUSED);
        FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_DROPPED);
    }
    if (e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false) != 0) {
        if (!m->dom[slot].ring[HT_RING_SHARING].present) {
            /* notify_enomem < 0: "rc = 0" (hvm.c L1433-1440); the access request still
             * goes out (L1443-1447) before the EPT violation handler crashes the domain. */
            fault_end(m, slot, gfn, vcpu, event);
            domain_crash(m, slot);
            FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_CRASH);
        }
        /* xen-4.2: the deferred mem_sharing_notify_enomem(d, gfn, allow_sleep=1) (hvm.c
         * L1429-1441) sleeps for a slot and puts its request once woken; the access
         * request comes after it (L1443-1447). */
        if (!ring_has_slot(m, slot, HT_RING_SHARING)) {
            vcpu_wait_on(m, slot, vcpu, HT_RING_SHARING, HT_RESUME_SHARING_ENOMEM, gfn, 0);
            fault_end(m, slot, gfn, vcpu, event);
            FAIL(EAGAIN, GUEST_RING_FULL);
        }
        sharing_notify_enomem(m, slot, gfn);
        fault_end(m, slot, gfn, vcpu, event);
        FAIL(ENOMEM, GUEST_UNSHARE_NOMEM_PAUSED);
    }
    if (fault_end(m, slot, gfn, vcpu, event))
        FAIL(EAGAIN, GUEST_RING_FULL);
    if (e->type == HT_P2M_TYPE_RAM_RO)
        OK(0, GUEST_WRITE_DISCARDED);
    j32(m, &m->frame[e->mfn].content, value);
    OK(0, NONE);
}

/* A guest access is an event the guest's vcpu causes: while it runs, that vcpu is Xen's
 * `current` (whoever issued the event), so what the fault path puts on a ring is not
 * foreign and pauses that vcpu. */
static int64_t guest_access(ht_machine *m, uint16_t domid, uint64_t gfn,
                            enum guest_access_kind kind, uint32_t value, uint32_t vcpu,
                            uint64_t *read)
{
    uint8_t slot;
    int64_t rc = guest_vcpu(m, domid, vcpu, &slot);
    if (rc)
        return rc;
    struct ht_caller issuer = m->caller;
    m->caller = (struct ht_caller){.domid = domid, .slot = slot, .vcpu = vcpu};
    rc = access_as_guest(m, slot, gfn, kind, value, vcpu, read);
    m->caller = issuer;
    return rc;
}

/* guest_read(domid, gfn, vcpu) -> value */
int64_t ht_h_guest_read(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t vcpu, uint64_t *value)
{
    return guest_access(m, domid, gfn, GUEST_ACCESS_READ, 0, vcpu, value);
}

/* guest_write(domid, gfn, value, vcpu) */
int64_t ht_h_guest_write(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t value, uint32_t vcpu)
{
    return guest_access(m, domid, gfn, GUEST_ACCESS_WRITE, value, vcpu, NULL);
}

/* guest_exec(domid, gfn, vcpu) -> value: an instruction fetch, the fault path of a read
 * with access_x set instead of access_r (hvm.c, RELEASE-4.2.0, L1306-1447): only the
 * access check tells it from a read -- a read-only (ram_ro), log-dirty or shared gfn is
 * fetched from as it is read (L1363-1364, L1379 and L1397 act on access_w alone), a paged
 * one is paged in. */
int64_t ht_h_guest_exec(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t vcpu, uint64_t *value)
{
    return guest_access(m, domid, gfn, GUEST_ACCESS_EXEC, 0, vcpu, value);
}

/* ---- mappings ------------------------------------------------------------------------ */

int free_mapping(const ht_machine *m)
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
    /* A PVH hardware domain (host option pvh_dom0) maps foreign frames into its p2m
     * through XENMEM_add_to_physmap_batch's gmfn_foreign space (p2m_add_foreign,
     * arch/x86/mm/p2m.c, RELEASE-4.17.0: shared pages EINVAL, no unshare), not with the
     * PV page-table path modelled here. */
    if (hardware_domain_is_hvm(m))
        UNSUPPORTED(PVH_DOM0_MAPPING);
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (!dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, NOT_HVM_OR_DYING);
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    /* do_mmu_update (arch/x86/mm.c, RELEASE-4.2.0, L3567-3586): get_page_from_gfn's fast
     * path takes a reference on any RAM type with a valid frame (arch/x86/mm/p2m.c,
     * get_page_from_gfn_p2m, L229-238), so in 4.2 only "p2m_is_paged" (ram_paged: populate,
     * ENOENT) and "p2m_ram_paging_in && !target" (ENOENT, no populate) fail; paging_out and
     * paging_in with its frame are mapped, starting no page-in.  The doc profile follows
     * the reference (section 3.4): every paging type starts a page-in. */
    if (e && type_is_paging(e->type)) {
        if (ht_doc(m) || e->type == HT_P2M_TYPE_RAM_PAGED) {
            paging_populate(m, slot, gfn);
            FAIL(ENOENT, FOREIGN_PAGED);
        }
        if (!mfn_is_ram(m, e->mfn))
            FAIL(ENOENT, FOREIGN_PAGING_IN_NO_FRAME);
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
    uint32_t index;
    int64_t rc = gnttab_alloc_entry(m, slot, &index);
    if (rc)
        return rc;
    struct ht_grant *g = gnttab_entry(m, slot, index);
    j32(m, &g->frame, (uint32_t)gfn);
    j16(m, &g->grantee, HT_GRANTEE_ANY);
    j16(m, &g->word, (uint16_t)(HT_GNT_PERMIT | (readonly ? HT_GNT_READONLY : 0)));  /* no mappings */
    *gref = index;
    OK(0, NONE);
}

/* grant_end_access(domid, gref) */
int64_t ht_h_grant_end_access(ht_machine *m, uint16_t domid, uint32_t gref)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    struct ht_grant *g = gnttab_entry(m, slot, gref);
    if (!g || !(grant_flags(g) & HT_GNT_PERMIT))
        FAIL(EINVAL, GRANT_NOT_GRANTED);
    if (grant_maps(g))
        FAIL(EBUSY, GRANT_STILL_MAPPED);
    grant_set_flags(m, g, 0);  /* the frame field stays: stale, as in a guest */
    OK(0, NONE);
}

/* grant_map(domid, gref, writable) -> mapping */
int64_t ht_h_grant_map(ht_machine *m, uint16_t domid, uint32_t gref, uint32_t writable,
                       uint64_t *mapping)
{
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    struct ht_grant *g = gnttab_entry(m, slot, gref);
    if (gnttab_version(m, slot) == 0 || !g || !(grant_flags(g) & HT_GNT_PERMIT))
        FAIL(EINVAL, GRANT_NOT_GRANTED);
    /* _set_status_v1 (common/grant_table.c, RELEASE-4.17.0): an entry that names another
     * domain than the mapping one is refused ("Bad domain", GNTST_general_error). */
    if (g->grantee != HT_GRANTEE_ANY && g->grantee != m->caller.domid)
        FAIL(EINVAL, GRANT_OTHER_DOMAIN);
    if (writable && (grant_flags(g) & HT_GNT_READONLY))
        FAIL(EPERM, GRANT_READ_ONLY);
    uint64_t gfn = g->frame;
    if (!dom_is_hvm(m, slot)) {
        /* A PV domain grants a machine frame: get_paged_frame's get_page_from_gfn takes
         * the frame itself and get_page refuses one the domain does not own
         * (GNTST_bad_page; arch/x86/include/asm/p2m.h get_page_from_gfn, RELEASE-4.17.0).
         * Its gfn is the frame's M2P entry. */
        uint32_t mfn = g->frame;
        if (mfn >= m->config.total_frames || m->frame[mfn].owner != slot ||
            m->frame[mfn].m2p >= m->dom_pub[slot].p2m_size)
            FAIL(EINVAL, GRANT_PV_FRAME_NOT_OWNED);
        gfn = m->frame[mfn].m2p;
    }
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    /* __get_paged_frame (common/grant_table.c, RELEASE-4.2.0, L137-158): only when
     * get_page_from_gfn gives no page (ram_paged, paging_in without a frame) does a paging
     * type populate and answer GNTST_eagain; paging_out and paging_in with its frame give
     * a page and are mapped (arch/x86/mm/p2m.c, get_page_from_gfn_p2m, L229-238).  The doc
     * profile follows the reference (section 3.4): every paging type. */
    if (e && type_is_paging(e->type) && (ht_doc(m) || !mfn_is_ram(m, e->mfn))) {
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
    grant_set_maps(m, g, (uint16_t)(grant_maps(g) + 1));
    *mapping = (uint64_t)index;
    OK(0, NONE);
}

/* grant_unmap(mapping) */
int64_t ht_h_grant_unmap(ht_machine *m, uint32_t mapping)
{
    if (mapping >= HT_MAX_MAPPINGS || m->map[mapping].kind != HT_MAP_GRANT)
        FAIL(EINVAL, MAPPING_BAD);
    struct ht_mapping *map = &m->map[mapping];
    struct ht_grant *g = gnttab_entry(m, map->slot, map->gref);
    if (g && grant_maps(g))
        grant_set_maps(m, g, (uint16_t)(grant_maps(g) - 1));
    map_drop(m, map);
    OK(0, NONE);
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The page-out state of the gfn a guest access or a foreign map names (1 paging_out, 2
 * paged, 3 paging_in; 0 for any other gfn or call): an access to a paged gfn starts a
 * page-in (p2m_mem_paging_populate, arch/x86/mm/p2m.c, RELEASE-4.2.0), one to a gfn being
 * paged in meets it half-done, and the same call and result on an ordinary gfn is another
 * state.  Only these three types: every p2m type of every call's page as state crowded the
 * kept inputs out (csrc/fuzz.c page_class).  Not a Xen decision: fuzzing feedback only. */
static uint32_t paging_state(const ht_machine *m, uint32_t call, const uint64_t *arg,
                             uint8_t *slot)
{
    if (call != HT_CALL_guest_read && call != HT_CALL_guest_write &&
        call != HT_CALL_guest_exec && call != HT_CALL_foreign_map)
        return 0;
    *slot = ht_slot(m, arg[0]);
    const ht_p2m_entry *e =
        *slot == HT_NO_SLOT ? NULL : p2m_entry((ht_machine *)m, *slot, arg[1]);
    if (!e || e->type < HT_P2M_TYPE_RAM_PAGING_OUT || e->type > HT_P2M_TYPE_RAM_PAGING_IN)
        return 0;
    return 1u + e->type - HT_P2M_TYPE_RAM_PAGING_OUT;
}

/* With the page-out state, whether the access can start a page-in at all: the domain has
 * a paging ring (p2m_mem_paging_populate crashes a domain without one) and the accessing
 * vcpu is not held on a ring (guest_vcpu's EBUSY above).  An input whose vcpu was already
 * held reached the page-out state first and, its class then seen, left no access that
 * starts a page-in kept: 211,000 inputs to physmap_add_paging_in_oob on one seed, 2,100
 * on another. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    (void)caller_slot;
    uint8_t slot = HT_NO_SLOT;
    uint32_t state = paging_state(m, call, arg, &slot);
    if (!state)
        return 0;
    uint64_t vcpu = call == HT_CALL_guest_write ? arg[3] : arg[2];
    bool held = call != HT_CALL_foreign_map && vcpu < m->dom[slot].nvcpus &&
                vcpu < HT_MAX_VCPUS && vcpu_ring_held(&m->dom[slot].vcpu[vcpu]);
    return state | (uint32_t)held << 2 | (uint32_t)m->dom[slot].ring[HT_RING_PAGING].present << 3;
}

/* The follow-ups of a kept access to a gfn being paged out, paged or paged in (its class
 * new): the calls that give the gfn a frame, or take it away, by another path than the
 * pager's, appended after it (ht_fuzz_want.after) -- domain 0's populate_physmap of the
 * gfn (guest_physmap_add_entry over a paging entry, arch/x86/mm/p2m.c, RELEASE-4.2.0) and
 * its decrease_reservation (p2m_mem_paging_drop_page, the same file), as a balloon driver
 * gives back or takes a page the pager has not finished with.  The access left the page-in
 * half-done; a call grown after it had to name the domain and that gfn by chance.
 * Fuzzing feedback only. */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    (void)caller_slot;
    uint8_t slot = HT_NO_SLOT;
    if (!paging_state(m, call, arg, &slot))
        return 0;
    static const uint32_t follow[] = {HT_CALL_populate_physmap, HT_CALL_decrease_reservation};
    uint32_t n = 0;
    for (; n < cap && n < sizeof follow / sizeof follow[0]; n++) {
        want[n] = (struct ht_fuzz_want){.call = follow[n], .caller = 0, .nwords = 1, .after = 1};
        want[n].arg[0] = arg[0];  /* domid; nr_extents: the list's length; order 0 */
        want[n].word[0] = arg[1];
    }
    return n;
}

const struct ht_family_ops ht_family_guest = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
};
