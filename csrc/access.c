/*
 * Memory access: the access ring (xc_mem_access_*) and HVMOP_{set,get}_mem_access, after
 * xen-semantics section 4.  Access violations themselves are raised by guest accesses
 * (guest.c).
 */
#include "engine.h"

/* 4.17's ring of mode 2 is the monitor ring (vm_event_domctl, common/vm_event.c,
 * RELEASE-4.17.0: XEN_DOMCTL_VM_EVENT_OP_MONITOR ENABLE is arch_monitor_init_domain, then
 * vm_event_enable): no HAP or vendor check there (4.2's ENODEVs), which moved to the access
 * ops (access_gate_4_17).  A PV domain's HVM params are not there to read
 * (d->arch.hvm shares a union with d->arch.pv): unsupported rather than a guess. */
static int64_t monitor_enable_gate_4_17(ht_machine *m, uint8_t slot)
{
    if (!dom_is_hvm(m, slot))
        UNSUPPORTED(MONITOR_RING_PV_4_17);
    return 0;
}

/* mem_access_enable(domain_id) -> port */
int64_t ht_h_mem_access_enable(ht_machine *m, uint16_t domain_id, uint64_t *port)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domain_id, &slot, &noop);
    if (rc || noop)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        rc = monitor_enable_gate_4_17(m, slot);
        if (rc)
            return rc;
    } else if (!dom_flag(m, slot, HT_DF_HAP)) {
        FAIL(ENODEV, NO_HAP);
    } else if (m->config.vendor != HT_VENDOR_INTEL) {
        FAIL(ENODEV, ACCESS_NOT_INTEL);
    }
    if (m->dom[slot].ring[HT_RING_ACCESS].present)
        FAIL(EBUSY, RING_PRESENT);
    return ring_enable(m, slot, HT_RING_ACCESS, HT_HVM_PARAM_ACCESS_RING_PFN, port);
}

/* mem_access_disable(domain_id) */
int64_t ht_h_mem_access_disable(ht_machine *m, uint16_t domain_id)
{
    uint8_t slot;
    bool noop = false;
    int64_t rc = mem_event_prologue(m, domain_id, &slot, &noop);
    if (rc || noop)
        return rc;
    return ring_disable(m, slot, HT_RING_ACCESS);
}

/* mem_access_resume(domain_id, gfn): gfn is ignored by 4.2. */
int64_t ht_h_mem_access_resume(ht_machine *m, uint16_t domain_id, uint64_t gfn)
{
    (void)gfn;  /* 4.2 ignores it */
    uint8_t slot;
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    int64_t rc = target_memop(m, domain_id, &slot);
    if (rc)
        return rc;
    if (!m->dom[slot].ring[HT_RING_ACCESS].present)
        FAIL(ENODEV, ACCESS_NO_RING);
    ring_process_responses(m, slot, HT_RING_ACCESS);
    OK(0, NONE);
}

/* 4.17's XENMEM_access_op prologue (mem_access_memop, common/mem_access.c, RELEASE-4.17.0),
 * which hvm_set_mem_access and hvm_get_mem_access stand for there:
 * rcu_lock_live_remote_domain_by_id (ESRCH, EPERM for the caller itself, EINVAL dying),
 * p2m_mem_access_sanity_check (arch/x86/mm/mem_access.c: "is_hvm_domain(d) && cpu_has_vmx
 * && hap_enabled(d)", else -EINVAL), xsm_mem_access(XSM_DM_PRIV), then "rc = -ENODEV; if (
 * unlikely(!vm_event_check_ring(d->vm_event_monitor)) ) goto out;": no monitor ring, no
 * access op. */
static int64_t access_gate_4_17(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (ht_caller_is(m, s))
        FAIL(EPERM, TARGET_IS_CALLER);
    if (dom_flag(m, s, HT_DF_DYING))
        FAIL(EINVAL, DOMAIN_DYING);
    if (!dom_is_hvm(m, s) || m->config.vendor != HT_VENDOR_INTEL || !dom_flag(m, s, HT_DF_HAP))
        FAIL(EINVAL, ACCESS_SANITY_4_17);
    int64_t rc = caller_dm_priv(m, s);
    if (rc)
        return rc;
    if (!m->dom[s].ring[HT_RING_ACCESS].present)
        FAIL(ENODEV, ACCESS_NO_RING);
    *slot = s;
    return 0;
}

static int64_t hvm_access_target(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (m->profile == HT_PROFILE_XEN_4_17)
        return access_gate_4_17(m, domid, slot);
    int64_t rc = target_remote(m, domid, slot);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, *slot))
        FAIL(EINVAL, NOT_HVM);
    if (caller_xsm_denied(m, *slot))
        FAIL(EACCES, XSM_DENIED);
    return 0;
}

/* AMD's p2m (p2m-pt) has no per-entry access bits: 4.2 stores nothing there and reads back
 * rwx (the domain default, kept outside the entries, works on every vendor). */
static bool access_stored(const ht_machine *m)
{
    return m->config.vendor == HT_VENDOR_INTEL;
}

/* hvm_set_mem_access(dom, memaccess, first_pfn, nr) */
int64_t ht_h_hvm_set_mem_access(ht_machine *m, uint16_t dom, uint32_t memaccess, uint64_t first_pfn,
                                uint64_t nr)
{
    uint8_t slot;
    int64_t rc = hvm_access_target(m, dom, &slot);
    if (rc)
        return rc;
    struct ht_domain *d = &m->dom[slot];
    uint64_t first = first_pfn, last = first + nr - 1;
    if (first != ~0ull && (first > d->max_mapped_gfn || last < first || last > d->max_mapped_gfn))
        FAIL(EINVAL, RANGE_BAD);
    uint8_t access = (uint8_t)memaccess;
    /* xenmem_access_to_p2m_access (arch/x86/mm/mem_access.c, RELEASE-4.17.0): 4.17 takes
     * XENMEM_access_default (10) as the p2m's default access; 4.2 refuses it. */
    if (m->profile == HT_PROFILE_XEN_4_17 && memaccess == HT_ACCESS_DEFAULT)
        access = d->default_access;
    else if (memaccess >= HT_ACCESS_DEFAULT) {
        if (!ht_bug(m, HT_BUG_SET_ACCESS_UNCHECKED))
            FAIL(EINVAL, ACCESS_VALUE_BAD);
        /* XSA-28: the table lookup runs off its end.  Record it; store rwx instead. */
        report_violation(m, HT_INV_MEMORY_SAFETY, dom, first, ~0ull, HT_ACCESS_DEFAULT - 1,
                         (int64_t)memaccess);
        access = HT_ACCESS_RWX;
    }
    if (first == ~0ull) {
        /* The default lives in the p2m domain structure on every vendor. */
        j8(m, &d->default_access, access);
        OK(0, NONE);
    }
    for (uint64_t g = first; g <= last; g++) {
        if (fault_fires(m, HT_FAULT_SITE_P2M_SET))
            FAIL(ENOMEM, ACCESS_P2M_SET);
        ht_p2m_entry *e = p2m_entry(m, slot, g);
        /* p2m_set_mem_access rewrites every entry of the range (p2m.c, RELEASE-4.2.0,
         * L1376-1386), but ept_set_entry stores nothing for a hole (an empty entry,
         * p2m-ept.c L357-378): in 4.2 a hole keeps no access.  The doc profile stores it. */
        if (e && access_stored(m) && (ht_doc(m) || !p2m_is_empty_hole(e)))
            j8(m, &e->access, access);
    }
    OK(0, NONE);
}

/* hvm_get_mem_access(dom, pfn) -> memaccess */
int64_t ht_h_hvm_get_mem_access(ht_machine *m, uint16_t dom, uint64_t pfn, uint64_t *memaccess)
{
    uint8_t slot;
    int64_t rc = hvm_access_target(m, dom, &slot);
    if (rc)
        return rc;
    const struct ht_domain *d = &m->dom[slot];
    if (pfn != ~0ull && pfn > d->max_mapped_gfn)
        FAIL(EINVAL, RANGE_BAD);
    uint8_t access;
    if (pfn == ~0ull) {
        access = d->default_access;  /* stored on every vendor */
        /* "*access = memaccess[p2m->default_access]; return 0;" (p2m_get_mem_access,
         * arch/x86/mm/p2m.c, RELEASE-4.2.0, L1412-1416): no range check on this path, so
         * a default of n2rwx reads past the 9-entry table.  The engine never makes that
         * read: with the planted bug it reports it and answers the raw index. */
        if (access >= HT_ACCESS_N2RWX && ht_bug(m, HT_BUG_GET_DEFAULT_ACCESS_OOB)) {
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, pfn, ~0ull,
                             HT_ACCESS_N2RWX - 1, access);
            *memaccess = access;
            OK(0, NONE);
        }
    } else {
        const ht_p2m_entry *e = p2m_entry(m, slot, pfn);
        /* p2m_get_mem_access (arch/x86/mm/p2m.c, RELEASE-4.2.0, L1423-1424): "if
         * (mfn_x(mfn) == INVALID_MFN) return -ESRCH" -- but a ram_paged or frameless
         * paging_in entry reads back as the clipped 0xFFFFFFFFFF (p2m-ept.c, ept_get_entry,
         * L558-563; p2m-pt.c L51-57), so in 4.2 only holes answer ESRCH and a paged gfn
         * reports the access it carries.  The doc profile: any gfn without a frame. */
        bool paged = e && (e->type == HT_P2M_TYPE_RAM_PAGED ||
                           e->type == HT_P2M_TYPE_RAM_PAGING_IN);
        if (!e || (e->mfn == HT_MFN_INVALID && (ht_doc(m) || !paged)))
            FAIL(ESRCH, ACCESS_NO_FRAME);
        access = access_stored(m) ? e->access : HT_ACCESS_RWX;
    }
    /* 4.2's translation table stops at rx2rw, so n2rwx cannot be reported; 4.17's
     * memaccess[] (_p2m_get_mem_access, RELEASE-4.17.0) has n2rwx too. */
    if (access >= (m->profile == HT_PROFILE_XEN_4_17 ? HT_ACCESS_DEFAULT : HT_ACCESS_N2RWX))
        FAIL(ERANGE, ACCESS_UNREPORTABLE);
    *memaccess = access;
    OK(0, NONE);
}

/* ---- ops Xen 4.2 has besides these ------------------------------------------------- */

/* A gfn beyond the guest physical address width of the 4-level EPT: ept_set_entry's
 * "((u64)gfn >> ((ept->wl + 1) * EPT_TABLE_ORDER))" (arch/x86/mm/p2m-ept.c, RELEASE-4.17.0;
 * wl 3, EPT_TABLE_ORDER 9) answers -EINVAL before touching the tables. */
#define EPT_GFN_BITS 36u

/* XENMEM_access_op_set_access_multi at 4.17: mem_access_memop's prologue
 * (access_gate_4_17), then p2m_set_mem_access_multi (arch/x86/mm/mem_access.c,
 * RELEASE-4.17.0): for each i < nr, copy pfn_list[i] and access_list[i] (-EFAULT),
 * xenmem_access_to_p2m_access (-EINVAL above XENMEM_access_default, 10 the p2m default),
 * then set_mem_access, which re-writes the entry (p2m_get_gfn_type_access with P2M_ALLOC,
 * then p2m->set_entry with the same mfn and type).  No range check against the domain's
 * highest gfn; the first failure stops the walk and the pairs before it stay set.  The
 * preemption every 64 pairs continues transparently.  A hole keeps no access, as in
 * hvm_set_mem_access (an empty EPT entry); a gfn beyond the engine's p2m is such a hole. */
static int64_t set_multi_4_17(ht_machine *m, uint16_t domain_id, uint32_t nr, ht_list entries)
{
    uint8_t slot;
    int64_t rc = access_gate_4_17(m, domain_id, &slot);
    if (rc)
        return rc;
    struct ht_domain *d = &m->dom[slot];
    for (uint32_t i = 0; i < nr; i++) {
        uint64_t gfn, memaccess;
        if (!ht_list_get(&entries, i, 0, &gfn) || !ht_list_get(&entries, i, 1, &memaccess))
            FAIL(EFAULT, ACCESS_LIST_FAULT);
        uint8_t access = (uint8_t)memaccess;  /* access_list is uint8_t */
        if (access == HT_ACCESS_DEFAULT)
            access = d->default_access;
        else if (access > HT_ACCESS_DEFAULT)
            FAIL(EINVAL, ACCESS_VALUE_BAD);
        if (gfn >> EPT_GFN_BITS)
            FAIL(EINVAL, ACCESS_GFN_TOO_WIDE);
        if (fault_fires(m, HT_FAULT_SITE_P2M_SET))
            FAIL(ENOMEM, ACCESS_P2M_SET);
        ht_p2m_entry *e = p2m_entry(m, slot, gfn);
        if (e && access_stored(m) && !p2m_is_empty_hole(e))
            j8(m, &e->access, access);
    }
    OK(0, NONE);
}

/* mem_access_set_multi(domain_id, nr, entries): XENMEM_access_op op 4.  4.2's
 * XENMEM_access_op (arch/x86/x86_64/mm.c: do_mem_event_op, then mem_access_memop in
 * arch/x86/mm/mem_access.c, RELEASE-4.2.0) looks the target up, refuses a domain without an
 * access ring, and knows only op 0 (resume): -ENOSYS, the lists unread. */
int64_t ht_h_mem_access_set_multi(ht_machine *m, uint16_t domain_id, uint32_t nr,
                                  ht_list entries)
{
    uint8_t slot;
    if (m->config.arch != HT_ARCH_X86_64)
        FAIL(ENOSYS, NOT_X86_64);
    if (m->profile == HT_PROFILE_XEN_4_17)
        return set_multi_4_17(m, domain_id, nr, entries);
    int64_t rc = target_memop(m, domain_id, &slot);
    if (rc)
        return rc;
    if (!m->dom[slot].ring[HT_RING_ACCESS].present)
        FAIL(ENODEV, ACCESS_NO_RING);
    FAIL(ENOSYS, ACCESS_NO_SUCH_OP);
}

/* The family's state: p2m->access_required of each domain slot. */
struct access_state {
    uint8_t required[HT_MAX_DOMAINS];
};

static struct access_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_ACCESS);
}

bool access_required(const ht_machine *m, uint8_t slot)
{
    return state(m)->required[slot] != 0;
}

/* set_access_required(domain_id, access_required): XEN_DOMCTL_set_access_required
 * (arch/x86/domctl.c, RELEASE-4.2.0), after do_domctl's IS_PRIV: the caller's own id is
 * refused before the lookup, then xsm_mem_event, then the host p2m's flag. */
int64_t ht_h_set_access_required(ht_machine *m, uint16_t domain_id, uint8_t access_required)
{
    if (!caller_is_priv(m))
        FAIL(EPERM, NOT_PRIVILEGED);
    if (m->caller.domid == domain_id)
        FAIL(EPERM, ACCESS_REQUIRED_SELF);
    uint8_t slot = ht_slot(m, domain_id);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    j8(m, &state(m)->required[slot], access_required != 0);
    OK(0, NONE);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct access_state);
}

/* A new domain's p2m starts with access_required clear (p2m_initialise). */
static void domain_init(ht_machine *m, uint8_t slot)
{
    j8(m, &state(m)->required[slot], 0);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m), sizeof(struct access_state));
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The fuzzer's class of the domain an access call names (its first domain argument, else
 * the caller): its default access and whether access is required.  Setting the default
 * (pfn ~0) takes the path of any other default, and a default no translation table has an
 * entry for (p2m_get_mem_access's memaccess[], arch/x86/mm/p2m.c, RELEASE-4.2.0, 9 entries)
 * is read only by the next access call on that domain: without the class the input that
 * set it was not kept, and a pair of calls naming pfn ~0 came one input in 100,000.  Not a
 * Xen decision: fuzzing feedback only (csrc/fuzz.c state_class). */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    uint8_t slot = ht_named_slot(m, call, arg, caller_slot);
    if (slot == HT_NO_SLOT)
        return 1;
    return 0x400u | (uint32_t)m->dom[slot].default_access << 1 | access_required(m, slot);
}

/* The fuzzer's state-driven insertion for a read of a domain's default access
 * (hvm_get_mem_access at pfn ~0) whose default is not the highest value a default can
 * take: domain 0's hvm_set_mem_access of the default (pfn ~0) to that value, the largest
 * index of the read's translation table (p2m_get_mem_access: "*access =
 * memaccess[p2m->default_access]", arch/x86/mm/p2m.c, RELEASE-4.2.0, L1412-1416), as a
 * boundary value of the read's index (Field.boundary's reasoning: no plain number reaches
 * it often).  Then the kept read meets the class of that default.  Fuzzing feedback only:
 * not a Xen decision. */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    uint8_t highest = HT_ACCESS_DEFAULT - 1;  /* HVMMEM_access_default names no access */
    if (call != HT_CALL_hvm_get_mem_access || cap == 0 || arg[1] != ~0ull)
        return 0;
    uint8_t slot = ht_named_slot(m, call, arg, caller_slot);
    if (slot == HT_NO_SLOT || m->dom[slot].default_access == highest)
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_hvm_set_mem_access, .caller = 0};
    want->arg[0] = m->dom_pub[slot].domid;
    want->arg[1] = highest;
    want->arg[2] = ~0ull;
    want->arg[3] = 0;
    return 1;
}

const struct ht_family_ops ht_family_access = {
    .state_bytes = state_bytes,
    .domain_init = domain_init,
    .digest = digest,
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
};
