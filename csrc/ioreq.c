/*
 * ioreq servers (common/ioreq.c, RELEASE-4.17.0), which a device model creates and destroys
 * through dm_op (arch/x86/hvm/dm.c) and maps through acquire_resource.
 *
 * Up to 8 per HVM domain, the lowest free id first.  A server's two pages (the synchronous
 * ioreq page, and the buffered one unless its mode is off) are allocated together the first
 * time a frame is acquired, as Xen's own (the engine's HT_OWNER_XEN frames; Xen 4.17 makes
 * them extra pages of the target, counted nowhere the guest sees).  Xen holds the emulator
 * domain while the server lives.  Not modelled: the servers' event channels, their I/O
 * ranges, and the legacy get_ioreq_server_info path that maps the pages at guest gfns.
 */
#include "engine.h"
#include "resource.h"

static struct resource_state *state(const ht_machine *m)
{
    return resource_state(m);
}

uint32_t ioreq_max_frames(const ht_machine *m, uint8_t slot)
{
    /* ioreq_server_max_frames (common/memory.c): one frame for the buffered ring and one
     * per 128 vcpus (sizeof(ioreq_t) is 32). */
    if (!dom_is_hvm(m, slot))
        return 0;
    return 1 + (m->dom[slot].nvcpus * 32u + 4095u) / 4096u;
}

static struct ioreq_server *server_of(const ht_machine *m, uint8_t slot, uint32_t id)
{
    struct ioreq_server *s = id < MAX_SERVERS ? &state(m)->server[slot][id] : NULL;
    return s && s->used ? s : NULL;
}

/* ioreq_server_alloc_pages: both pages (the buffered one unless the mode is off), all or
 * nothing, the first time they are needed. */
static bool ioreq_alloc_pages(ht_machine *m, struct ioreq_server *s)
{
    if (s->ioreq_mfn != HT_MFN_INVALID)
        return true;
    uint32_t ioreq = frame_alloc_xen(m);
    if (ioreq == HT_MFN_INVALID)
        return false;
    uint32_t buf = HT_MFN_INVALID;
    if (s->bufioreq != HT_BUFIOREQ_OFF) {
        buf = frame_alloc_xen(m);
        if (buf == HT_MFN_INVALID) {
            frame_release(m, ioreq);
            return false;
        }
    }
    j32(m, &s->ioreq_mfn, ioreq);
    j32(m, &s->buf_mfn, buf);
    return true;
}

/* ioreq_server_get_frame (common/ioreq.c, RELEASE-4.17.0): the pages are allocated before
 * the index is checked, so even a refused frame leaves them. */
int64_t ioreq_get_frame(ht_machine *m, uint8_t slot, uint32_t id, uint32_t idx, uint64_t *mfn)
{
    struct ioreq_server *s = server_of(m, slot, id);
    if (!s)
        FAIL(ENOENT, IOREQ_NO_SERVER);
    if (s->emulator != m->caller.slot)
        FAIL(EPERM, IOREQ_NOT_EMULATOR);
    if (!ioreq_alloc_pages(m, s))
        FAIL(ENOMEM, IOREQ_NO_MEMORY);
    if (idx == IOREQ_FRAME_BUFIOREQ) {
        if (s->bufioreq == HT_BUFIOREQ_OFF)
            FAIL(ENOENT, IOREQ_NO_BUFIOREQ);
        *mfn = s->buf_mfn;
        return 0;
    }
    if (idx == IOREQ_FRAME_IOREQ) {
        *mfn = s->ioreq_mfn;
        return 0;
    }
    FAIL(EINVAL, IOREQ_BAD_FRAME);
}

/* ---- ioreq servers (dm_op) ------------------------------------------------------------------ */

/* dm_op's prologue (arch/x86/hvm/dm.c, RELEASE-4.17.0): rcu_lock_remote_domain_by_id, an
 * HVM target, then xsm_dm_op(XSM_DM_PRIV). */
static int64_t dm_op_gate(ht_machine *m, uint64_t domid, uint8_t *slot)
{
    if (!has_acquire_resource(m))
        FAIL(ENOSYS, DM_OP_UNKNOWN_42);
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (ht_caller_is(m, s))
        FAIL(EPERM, TARGET_IS_CALLER);
    if (!dom_is_hvm(m, s))
        FAIL(EINVAL, NOT_HVM);
    int64_t rc = caller_dm_priv(m, s);
    if (rc)
        return rc;
    *slot = s;
    return 0;
}

/* ioreq_server_create(domid, handle_bufioreq) -> id */
int64_t ht_h_ioreq_server_create(ht_machine *m, uint16_t domid, uint32_t handle_bufioreq,
                                 uint64_t *id)
{
    /* ioreq_server_create (common/ioreq.c, RELEASE-4.17.0): the mode, the structure
     * (xzalloc), the lowest free of MAX_NR_IOREQ_SERVERS, then ioreq_server_init, whose
     * event channels cannot be had on a dying domain (get_free_port).  The caller is the
     * emulator, and Xen holds it (get_knownalive_domain) until the server goes. */
    uint8_t slot;
    int64_t rc = dm_op_gate(m, domid, &slot);
    if (rc)
        return rc;
    uint8_t mode = (uint8_t)handle_bufioreq;  /* xen_dm_op_create_ioreq_server's u8 */
    if (mode > HT_BUFIOREQ_ATOMIC)
        FAIL(EINVAL, IOREQ_BAD_BUFIOREQ);
    if (!xenheap_take(m))
        FAIL(ENOMEM, IOREQ_NO_STRUCT);
    uint32_t i = 0;
    while (i < MAX_SERVERS && state(m)->server[slot][i].used)
        i++;
    if (i == MAX_SERVERS || dom_flag(m, slot, HT_DF_DYING)) {
        xenheap_give(m);
        /* Planted ioreq_create_full_writes_past (modelled on 90eff18cc5, 'x86/hvm/ioreq:
         * fix two bugs in hvm_create_ioreq_server': between 97a5a3e301 and it, the fail
         * label ran "set_ioreq_server(d, i, NULL)" with i == MAX_NR_IOREQ_SERVERS when no
         * slot was free; 4.17 ioreq_server_create (common/ioreq.c, RELEASE-4.17.0) clears
         * the slot only where ioreq_server_init failed, with i below the bound): the ninth
         * slot of the eight-slot table is written. */
        if (i == MAX_SERVERS && ht_bug(m, HT_BUG_IOREQ_CREATE_FULL_WRITES_PAST))
            report_violation(m, HT_INV_MEMORY_SAFETY, m->dom_pub[slot].domid, HT_NONE64,
                             HT_NONE64, MAX_SERVERS - 1, MAX_SERVERS);
        if (i == MAX_SERVERS)
            FAIL(ENOSPC, IOREQ_TABLE_FULL);
        FAIL(EINVAL, IOREQ_DYING);
    }
    struct ioreq_server *s = &state(m)->server[slot][i];
    j8(m, &s->emulator, m->caller.slot);
    j8(m, &s->bufioreq, mode);
    j32(m, &s->ioreq_mfn, HT_MFN_INVALID);
    j32(m, &s->buf_mfn, HT_MFN_INVALID);
    j8(m, &s->used, 1);
    *id = i;
    OK(0, NONE);
}

/* ioreq_server_deinit / ioreq_server_free_pages: Xen drops its hold on the pages (a page
 * still mapped stays until unmapped), then its hold on the emulator. */
static void server_destroy(ht_machine *m, struct ioreq_server *s)
{
    uint32_t ioreq = s->ioreq_mfn, buf = s->buf_mfn;
    uint8_t emulator = s->emulator;
    j8(m, &s->used, 0);
    j32(m, &s->ioreq_mfn, HT_MFN_INVALID);
    j32(m, &s->buf_mfn, HT_MFN_INVALID);
    /* Planted ioreq_pages_freed_while_mapped (modelled on XSA-276, f6b6ae7867: before it,
     * hvm_alloc_ioreq_mfn took no page reference, so the references the emulator's
     * mappings hold did not keep the pages; 4.17 ioreq_server_alloc_mfn takes
     * get_page_and_type and ioreq_server_free_mfn drops only its own): the pages are
     * freed with their mappings' references ignored. */
    if (ht_bug(m, HT_BUG_IOREQ_PAGES_FREED_WHILE_MAPPED)) {
        uint32_t pages[2] = {ioreq, buf};
        for (uint32_t k = 0; k < 2; k++) {
            if (pages[k] != HT_MFN_INVALID && mfn_is_ram(m, pages[k])) {
                j8(m, &m->frame[pages[k]].refs, 0);
                frame_set_wcount(m, pages[k], 0);
            }
        }
    }
    if (ioreq != HT_MFN_INVALID)
        frame_release(m, ioreq);
    if (buf != HT_MFN_INVALID)
        frame_release(m, buf);
    xenheap_give(m);
    domain_maybe_gone(m, emulator);
}

/* ioreq_server_destroy(domid, id) */
int64_t ht_h_ioreq_server_destroy(ht_machine *m, uint16_t domid, uint16_t id)
{
    /* ioreq_server_destroy (common/ioreq.c, RELEASE-4.17.0). */
    uint8_t slot;
    int64_t rc = dm_op_gate(m, domid, &slot);
    if (rc)
        return rc;
    struct ioreq_server *s = server_of(m, slot, id);
    if (!s)
        FAIL(ENOENT, IOREQ_NO_SERVER);
    /* "if ( s->emulator != current->domain ) goto out" with -EPERM (ioreq_server_destroy,
     * common/ioreq.c, RELEASE-4.17.0).  Planted ioreq_destroy_by_other_emulator (modelled
     * on 8df3821c08, 'x86/hvm: add stricter permissions checks to ioreq server control
     * plane': before it, hvm_destroy_ioreq_server looked the server up by id alone, so
     * any domain with DM_PRIV over the target destroyed another device model's server):
     * the check is skipped. */
    if (s->emulator != m->caller.slot && !ht_bug(m, HT_BUG_IOREQ_DESTROY_BY_OTHER_EMULATOR))
        FAIL(EPERM, IOREQ_NOT_EMULATOR);
    server_destroy(m, s);
    OK(0, NONE);
}

void ioreq_destroy_all(ht_machine *m, uint8_t slot)
{
    for (uint32_t i = 0; i < MAX_SERVERS; i++)
        if (state(m)->server[slot][i].used)
            server_destroy(m, &state(m)->server[slot][i]);
}

bool ioreq_is_emulator(const ht_machine *m, uint8_t slot)
{
    const struct resource_state *s = state(m);
    for (uint32_t d = 0; d < HT_MAX_DOMAINS; d++)
        for (uint32_t i = 0; i < MAX_SERVERS; i++)
            if (s->server[d][i].used && s->server[d][i].emulator == slot)
                return true;
    return false;
}

/* Whether a server create by the domain in slot `by` on the domain in `slot` would pass
 * what dm_op_gate above checks, but for the caller's privilege, and find a free id (*id: the
 * lowest, the one the create takes): dm_op exists in the profile and the caller's
 * hypercall table has it; the domain is HVM, live, not dying and not the caller.  For the
 * fuzzer's wants (issue 18, deep10).  Not a Xen decision: fuzzing feedback only. */
bool ioreq_server_room(const ht_machine *m, uint8_t by, uint8_t slot, uint32_t *id)
{
    if (by >= HT_MAX_DOMAINS || slot >= HT_MAX_DOMAINS || by == slot ||
        !has_acquire_resource(m) || !m->dom_pub[by].in_use || m->dom[by].nvcpus == 0 ||
        !m->dom_pub[slot].in_use ||
        !dom_is_hvm(m, slot) || dom_flag(m, slot, HT_DF_DYING) ||
        !hvm_table_has(m, by, HT_HYPERCALL_DM_OP))
        return false;
    uint32_t i = 0;
    while (i < MAX_SERVERS && state(m)->server[slot][i].used)
        i++;
    *id = i;
    return i < MAX_SERVERS;
}

/* The fuzzer's want of a server create by the domain in slot `by` on the domain in `slot`,
 * where the create would pass dm_op_gate (ioreq_server_room, and the caller privileged for
 * the domain as caller_dm_priv asks: its device model, or the control domain with
 * device-model privilege over it) and take id *id.  Fuzzing feedback only. */
bool ioreq_create_want(const ht_machine *m, uint8_t by, uint8_t slot, struct ht_fuzz_want *want,
                       uint32_t *id)
{
    if (!ioreq_server_room(m, by, slot, id) ||
        !(m->dom[by].target == slot ||
          (by == 0 && m->dom[slot].privilege == HT_PRIVILEGE_FULL)))
        return false;
    *want = (struct ht_fuzz_want){.call = HT_CALL_ioreq_server_create,
                                  .caller = m->dom_pub[by].domid};
    want->arg[0] = m->dom_pub[slot].domid;
    want->arg[1] = HT_BUFIOREQ_OFF;
    return true;
}

/* The call that makes a device model an emulator: its own create on its target.  The
 * destroy of a device model that emulates nothing and of one that emulates a server take
 * one path (domain_kill), and only the second meets the server's hold on it
 * (get_knownalive_domain in ioreq_server_create, RELEASE-4.17.0).  Fuzzing feedback only. */
bool ioreq_emulator_want(const ht_machine *m, uint8_t slot, struct ht_fuzz_want *want)
{
    uint32_t id;
    return slot != 0 && m->dom[slot].target != HT_NO_SLOT && !ioreq_is_emulator(m, slot) &&
           ioreq_create_want(m, slot, m->dom[slot].target, want, &id);
}

static bool held_page(const ht_machine *m, uint32_t mfn)
{
    if (!mfn_is_ram(m, mfn))
        return false;
    const ht_frame *f = &m->frame[mfn];
    return f->owner == HT_OWNER_XEN && (f->bits & HT_FRAME_ALLOCATED);
}

void ioreq_audit(ht_machine *m, struct ht_audit *a)
{
    const struct resource_state *s = state(m);
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        for (uint32_t i = 0; i < MAX_SERVERS; i++) {
            const struct ioreq_server *sv = &s->server[slot][i];
            if (!sv->used)
                continue;
            bool live = p->in_use && !dom_flag(m, slot, HT_DF_DYING) && dom_is_hvm(m, slot);
            if (!live || !m->dom_pub[sv->emulator].in_use)
                audit_add(a, HT_INV_IOREQ_PAGES, p->domid, i, HT_NONE64, 1, 0);
            bool pages = sv->ioreq_mfn != HT_MFN_INVALID;
            bool buf_wanted = pages && sv->bufioreq != HT_BUFIOREQ_OFF;
            if ((sv->buf_mfn != HT_MFN_INVALID) != buf_wanted)
                audit_add(a, HT_INV_IOREQ_PAGES, p->domid, i, sv->buf_mfn, buf_wanted,
                          sv->buf_mfn != HT_MFN_INVALID);
            if (pages && !held_page(m, sv->ioreq_mfn))
                audit_add(a, HT_INV_IOREQ_PAGES, p->domid, i, sv->ioreq_mfn, HT_OWNER_XEN,
                          mfn_is_ram(m, sv->ioreq_mfn) ? m->frame[sv->ioreq_mfn].owner : -1);
            if (buf_wanted && sv->buf_mfn != HT_MFN_INVALID && !held_page(m, sv->buf_mfn))
                audit_add(a, HT_INV_IOREQ_PAGES, p->domid, i, sv->buf_mfn, HT_OWNER_XEN,
                          mfn_is_ram(m, sv->buf_mfn) ? m->frame[sv->buf_mfn].owner : -1);
        }
    }
}
