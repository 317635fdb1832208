/*
 * A grant table's size: GNTTABOP_setup_table and GNTTABOP_query_size
 * (common/grant_table.c: gnttab_setup_table, gnttab_query_size, do_grant_table_op).
 *
 * Both ops write a GNTST_* status into the caller's struct and return 0; the hypercall's
 * own errors are EINVAL for a count other than 1 and EFAULT for a copy that faults.  The
 * table and its growth are the gnttab family's (csrc/gnttab.c: gnttab_setup); this file is
 * the ops' checks, in the order of each profile's Xen:
 *  - doc and xen-4.2 follow RELEASE-4.2.0: the frame count against the host-wide
 *    max_nr_grant_frames before the domain, DOMID_SELF only for the caller itself
 *    (IS_PRIV_FOR for any numeric id), the XSM hook, then version 0 -> 1 and the growth.
 *    doc's tables may have a limit of their own (domain_create's max_grant_frames, seed
 *    003): its host-wide bound is the largest such limit, and the table's own limit is
 *    checked once the domain is known, as 4.17 does;
 *  - xen-4.17 follows RELEASE-4.17.0: the frame list's guest_handle_okay (a PV caller's
 *    short list is EFAULT), rcu_lock_domain_by_any_id, xsm_grant_setup(XSM_TARGET), the
 *    table's own max_grant_frames, the growth; a frame the list cannot take is
 *    GNTST_bad_virt_addr.
 */
#include "engine.h"

static bool is_4_17(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_17;
}

/* The target's slot, or HT_NO_SLOT with *status set (GNTST_bad_domain or
 * GNTST_permission_denied) and the reason in m->last. */
static uint8_t target(ht_machine *m, uint16_t dom, uint64_t *status)
{
    uint8_t s = dom == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, dom);
    if (s == HT_NO_SLOT) {
        /* rcu_lock_domain_by_id (4.2) / rcu_lock_domain_by_any_id (4.17) fails:
         * "op.status = GNTST_bad_domain". */
        *status = HT_GNTST_BAD_DOMAIN;
        m->last.reason = HT_R_GNT_SETUP_BAD_DOMAIN;
        return HT_NO_SLOT;
    }
    bool allowed;
    if (is_4_17(m)) {
        /* xsm_grant_setup / xsm_grant_query_size(XSM_TARGET, curr->domain, d)
         * (xsm/dummy.h xsm_default_action, RELEASE-4.17.0): the domain itself, its device
         * model, the control domain. */
        allowed = s == m->caller.slot || caller_priv_for(m, s);
    } else {
        /* RELEASE-4.2.0: only DOMID_SELF skips "if ( unlikely(!IS_PRIV_FOR(current->domain,
         * d)) )", so a guest naming its own numeric id is refused. */
        allowed = dom == HT_DOMID_SELF || caller_priv_for(m, s);
    }
    /* Then the XSM hook (4.2's xsm_grant_setup / xsm_grant_query_size; 4.17's is the
     * XSM_TARGET check itself): a refusing policy is "GNTST_permission_denied" too. */
    if (!allowed || caller_xsm_denied(m, s)) {
        *status = HT_GNTST_PERMISSION_DENIED;
        m->last.reason = HT_R_GNT_SETUP_DENIED;
        return HT_NO_SLOT;
    }
    return s;
}

/* gnttab_setup_table after the copy in: the status, with the reason in m->last (or the
 * raw unsupported outcome, HT_RAW_UNSUPPORTED). */
static int64_t setup(ht_machine *m, uint16_t dom, uint32_t nr_frames, ht_list *frame_list,
                     uint64_t *status)
{
    /* RELEASE-4.2.0: "if ( unlikely(op.nr_frames > max_nr_grant_frames) )" before the
     * domain is looked up: GNTST_general_error.  doc's bound is the largest table limit. */
    if (!is_4_17(m)) {
        uint32_t host_max = ht_doc(m) ? HT_GNT_MAX_FRAMES : HT_GNT_DEFAULT_MAX_FRAMES;
        if (nr_frames > host_max) {
            *status = HT_GNTST_GENERAL_ERROR;
            m->last.reason = HT_R_GNT_SETUP_TOO_MANY;
            return 0;
        }
    }
    uint8_t slot = target(m, dom, status);
    if (slot == HT_NO_SLOT)
        return 0;
    /* RELEASE-4.17.0: "if ( unlikely(op.nr_frames > gt->max_grant_frames) )" under the
     * table's lock; doc's own limit, checked at the same place. */
    if ((is_4_17(m) || ht_doc(m)) && nr_frames > gnttab_max_frames(m, slot)) {
        *status = HT_GNTST_GENERAL_ERROR;
        m->last.reason = HT_R_GNT_SETUP_TOO_MANY;
        return 0;
    }
    /* Neither tag refuses a dying domain here (its table lives until
     * complete_domain_destroy), but the engine lets the table's frames go at domain_kill
     * (gnttab.c domain_teardown): a request that needs them is not modelled. */
    if (nr_frames && dom_flag(m, slot, HT_DF_DYING))
        UNSUPPORTED(GNT_SETUP_DYING);
    /* gnttab_shared_gmfn (asm-x86/grant_table.h, RELEASE-4.2.0) / gnttab_shared_gfn
     * (RELEASE-4.17.0) is mfn_to_gmfn / mfn_to_gfn: the machine frame for a paravirtualised
     * domain, its M2P entry for a translated one, which share_xen_page_with_guest set to
     * INVALID_M2P_ENTRY (~0UL); only XENMAPSPACE_grant_table, which the engine does not
     * model, would make it a gfn. */
    bool hand_out = !dom_is_hvm(m, slot);
    uint32_t mfns[HT_GNT_MAX_FRAMES];
    if (!gnttab_setup(m, slot, nr_frames, hand_out, mfns)) {
        /* gnttab_grow_table fails: "op.status = GNTST_general_error" (both tags). */
        *status = HT_GNTST_GENERAL_ERROR;
        m->last.reason = HT_R_GNT_SETUP_NO_MEMORY;
        return 0;
    }
    *status = HT_GNTST_OKAY;
    m->last.reason = HT_R_NONE;
    for (uint32_t i = 0; i < nr_frames; i++) {
        uint64_t frame = hand_out ? mfns[i] : UINT64_MAX;
        /* RELEASE-4.2.0: "(void)copy_to_guest_offset(op.frame_list, i, &gmfn, 1)", a fault
         * ignored; RELEASE-4.17.0: "op.status = GNTST_bad_virt_addr" (reachable only for a
         * translated caller, whose handles guest_handle_okay never refuses). */
        if (!ht_list_put(frame_list, i, 0, frame) && is_4_17(m)) {
            *status = HT_GNTST_BAD_VIRT_ADDR;
            m->last.reason = HT_R_GNT_SETUP_BAD_VIRT_ADDR;
        }
    }
    return 0;
}

/* gnttab_setup_table(count, dom, nr_frames, frame_list) -> status */
int64_t ht_h_gnttab_setup_table(ht_machine *m, uint32_t count, uint16_t dom, uint32_t nr_frames,
                                ht_list frame_list, uint64_t *status)
{
    /* do_grant_table_op: "if ( (int)count < 0 ) return -EINVAL"; gnttab_setup_table:
     * "if ( count != 1 ) return -EINVAL" (RELEASE-4.2.0 and RELEASE-4.17.0). */
    if (count != 1)
        FAIL(EINVAL, GNT_SETUP_COUNT);
    if (copy_fails(m))
        FAIL(EFAULT, GNT_SETUP_COPY_IN);
    /* RELEASE-4.17.0: "if ( !guest_handle_okay(op.frame_list, op.nr_frames) ) return
     * -EFAULT;" -- always okay for a translated caller (paging_mode_external). */
    if (is_4_17(m) && !dom_is_hvm(m, m->caller.slot) && frame_list.n < nr_frames)
        FAIL(EFAULT, GNT_SETUP_LIST_FAULT);
    uint64_t st;
    int64_t rc = setup(m, dom, nr_frames, &frame_list, &st);
    if (rc)
        return rc;
    enum ht_reason_id why = m->last.reason;
    /* out1 (4.2): "copy_to_guest(uop, &op, 1)"; 4.17: "__copy_field_to_guest(uop, &op,
     * status)": -EFAULT, whatever was done stays done. */
    if (copy_fails(m))
        FAIL(EFAULT, GNT_SETUP_COPY_OUT);
    *status = st;
    return ht_ok(m, 0, why);
}

/* gnttab_query_size(count, dom) -> nr_frames, max_nr_frames, status */
int64_t ht_h_gnttab_query_size(ht_machine *m, uint32_t count, uint16_t dom, uint64_t *nr_frames,
                               uint64_t *max_nr_frames, uint64_t *status)
{
    /* gnttab_query_size (common/grant_table.c, RELEASE-4.2.0 and RELEASE-4.17.0): count,
     * the copy in, the domain and the caller's right to it, then the two counts. */
    if (count != 1)
        FAIL(EINVAL, GNT_SETUP_COUNT);
    if (copy_fails(m))
        FAIL(EFAULT, GNT_SETUP_COPY_IN);
    uint64_t st = HT_GNTST_OKAY, nr = 0, max = 0;
    uint8_t slot = target(m, dom, &st);
    enum ht_reason_id why = m->last.reason;
    if (slot != HT_NO_SLOT) {
        /* "op.nr_frames = nr_grant_frames(gt)"; "op.max_nr_frames = max_nr_grant_frames"
         * (4.2: the host-wide 32, which every xen-4.2 table has as its limit) or
         * "gt->max_grant_frames" (4.17; doc's tables have their own). */
        nr = gnttab_nr_frames(m, slot);
        max = gnttab_max_frames(m, slot);
        why = HT_R_NONE;
    }
    /* "copy_to_guest(uop, &op, 1)" (4.2) / "__copy_to_guest(uop, &op, 1)" (4.17). */
    if (copy_fails(m))
        FAIL(EFAULT, GNT_SETUP_COPY_OUT);
    *nr_frames = nr;
    *max_nr_frames = max;
    *status = st;
    return ht_ok(m, 0, why);
}

/* The family keeps no state of its own: the tables are gnttab's. */
const struct ht_family_ops ht_family_gntsize = {0};
