/*
 * The toolstack family: the domain hypercalls a 4.x toolstack issues as its tools issue
 * them (createdomain, destroydomain, getdomaininfo, getdomaininfolist, physinfo,
 * HVMOP_get_param, getpageframeinfo3), each as Xen 4.2 handles the same number.
 *
 * The family's state is createdomain's rover (a static of do_domctl in Xen), journalled
 * like every other piece of state.
 */
#include <string.h>

#include "engine.h"

#define CDF_HVM 1u           /* XEN_DOMCTL_CDF_hvm_guest */
#define CDF_HAP 2u           /* XEN_DOMCTL_CDF_hap */
#define CDF_S3_INTEGRITY 4u  /* XEN_DOMCTL_CDF_s3_integrity */
#define CDF_OOS_OFF 8u       /* XEN_DOMCTL_CDF_oos_off */
#define DOMINF_DYING 1u
#define DOMINF_HVM 2u
#define DOMINF_SHUTDOWN 4u
#define DOMINF_PAUSED 8u
#define DOMINF_SHUTDOWNSHIFT 16
#define INVALID_MAX_VCPU_ID 0xffffffffu  /* XEN_INVALID_MAX_VCPU_ID */
#define PFINFO_XTAB 0xf0000000u          /* XEN_DOMCTL_PFINFO_XTAB */
#define PFINFO_CHUNK 512u                /* PAGE_SIZE / sizeof(xen_pfn_t) */
#define PFINFO_MAX 1024u
#define GRANT_VERSION_MASK 0xfu          /* 4.17: XEN_DOMCTL_GRANT_version_mask */
#define GNTTAB_MAX_VERSION 2u            /* 4.17: opt_gnttab_max_version's default */
#define OPT_MAX_MAPTRACK_FRAMES 1024     /* 4.17: opt_max_maptrack_frames's default */
#define PHYSCAP_HVM 1u                   /* 4.2: XEN_SYSCTL_PHYSCAP_hvm */
#define PHYSCAP_HVM_DIRECTIO 2u          /* 4.2: XEN_SYSCTL_PHYSCAP_hvm_directio */
/* 4.17's XEN_SYSCTL_PHYSCAP_* (public/sysctl.h, RELEASE-4.17.0): bit 1 is now pv. */
#define PHYSCAP17_HVM 1u
#define PHYSCAP17_PV 2u
#define PHYSCAP17_DIRECTIO 4u
#define PHYSCAP17_HAP 8u
#define PHYSCAP17_SHADOW 16u
#define PHYSCAP17_IOMMU_HAP_PT_SHARE 32u
#define PHYSCAP17_VMTRACE 64u
#define PHYSCAP17_GNTTAB_V1 256u
#define PHYSCAP17_GNTTAB_V2 512u

struct toolstack_state {
    uint16_t rover;  /* createdomain's static domid_t rover: the last id it chose */
    uint16_t pad[3];
};

static struct toolstack_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_TOOLSTACK);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct toolstack_state);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m), sizeof(struct toolstack_state));
}

const struct ht_family_ops ht_family_toolstack = {
    .state_bytes = state_bytes,
    .digest = digest,
};

/* do_domctl and do_sysctl refuse an unprivileged caller before anything else
 * (common/domctl.c, common/sysctl.c, RELEASE-4.2.0: IS_PRIV(current->domain)). */
static int64_t privileged(ht_machine *m)
{
    if (!caller_is_priv(m))
        FAIL(EPERM, TOOLSTACK_NOT_PRIV);
    return 0;
}

/* ---- createdomain / destroydomain -------------------------------------------------- */

/* is_free_domid (common/domctl.c, 4.2): no domain, live or dying, holds the id. */
static bool free_domid(const ht_machine *m, uint32_t domid)
{
    return domid < HT_DOMID_FIRST_RESERVED && ht_slot(m, domid) == HT_NO_SLOT;
}

/* The 4.17 createdomain's configuration checks that come before any allocation:
 * sanitise_domain_config (common/domain.c, RELEASE-4.17.0) refuses grant_opts bits beyond
 * XEN_DOMCTL_GRANT_version_mask and max_vcpus 0 (EINVAL). */
static int64_t sanitise_4_17(ht_machine *m, uint32_t max_vcpus, uint32_t grant_opts)
{
    if (grant_opts & ~GRANT_VERSION_MASK)
        FAIL(EINVAL, CREATE_GRANT_OPTS);
    if (max_vcpus < 1)
        FAIL(EINVAL, CREATE_NO_VCPUS);
    return 0;
}

/* The 4.17 grant table's limits: grant_table_init (common/grant_table.c, RELEASE-4.17.0),
 * called from domain_create after the domain's allocations.  The version asked for must be
 * 1 or 2 (0 is refused; opt_gnttab_max_version is GNTTAB_MAX_VERSION, 2); a negative frame
 * count (the struct's fields are int32_t) is the command-line default, opt_max_grant_frames
 * 64 and opt_max_maptrack_frames 1024; the grant frames must lie in
 * [INITIAL_NR_GRANT_FRAMES (1 on x86), 64] and the maptrack frames be at most 1024.  0 with
 * the table's frame limit in *limit, or EINVAL.  The maximum version is not kept: the
 * engine's GNTTABOP_set_version does not check it (docs/profiles.md). */
static int64_t grant_table_init_4_17(ht_machine *m, uint32_t max_grant_frames,
                                     uint32_t max_maptrack_frames, uint32_t grant_opts,
                                     uint32_t *limit)
{
    uint32_t version = grant_opts & GRANT_VERSION_MASK;
    if (version == 0 || version > GNTTAB_MAX_VERSION)
        FAIL(EINVAL, CREATE_GRANT_VERSION);
    int64_t grant = (int32_t)max_grant_frames, maptrack = (int32_t)max_maptrack_frames;
    if (grant < 0)
        grant = HT_GNT_MAX_FRAMES;
    if (maptrack < 0)
        maptrack = OPT_MAX_MAPTRACK_FRAMES;
    if (grant < HT_GNT_INITIAL_FRAMES_4_17 || grant > HT_GNT_MAX_FRAMES ||
        maptrack > OPT_MAX_MAPTRACK_FRAMES)
        FAIL(EINVAL, CREATE_GRANT_FRAMES);
    *limit = (uint32_t)grant;
    return 0;
}

/* createdomain(domid, flags, max_vcpus, max_evtchn_port, max_grant_frames,
 * max_maptrack_frames, grant_opts, emulation_flags) -> domain
 *
 * XEN_DOMCTL_createdomain (common/domctl.c, RELEASE-4.2.0).  4.2 reads ssidref, handle and
 * flags only: the 4.17 fields (vcpus, grant and event-channel limits, emulation flags) are
 * not in its struct, so a 4.2 domain starts with no vcpus (XEN_DOMCTL_max_vcpus makes them)
 * and max_pages 0 (XEN_DOMCTL_max_mem sets it).  xen-4.17 adds the grant table's
 * configuration (sanitise_4_17, grant_table_init_4_17): the table gets the frame limit the
 * caller asked for.  4.17's other fields (vcpus, the event-channel limit, emulation flags)
 * are still not modelled. */
int64_t ht_h_createdomain(ht_machine *m, uint16_t domid, uint32_t flags, uint32_t max_vcpus,
                          uint32_t max_evtchn_port, uint32_t max_grant_frames,
                          uint32_t max_maptrack_frames, uint32_t grant_opts,
                          uint32_t emulation_flags, uint64_t *domain)
{
    /* Not modelled (and not in 4.2's struct xen_domctl_createdomain): */
    (void)max_evtchn_port;
    (void)emulation_flags;
    bool is_4_17 = m->profile == HT_PROFILE_XEN_4_17;
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    if (flags & ~(CDF_HVM | CDF_HAP | CDF_S3_INTEGRITY | CDF_OOS_OFF))
        FAIL(EINVAL, CREATE_FLAGS);
    struct toolstack_state *st = state(m);
    uint32_t dom = domid;
    if (dom > 0 && dom < HT_DOMID_FIRST_RESERVED) {
        if (!free_domid(m, dom)) {
            /* 4.17's XEN_DOMCTL_createdomain says EEXIST (common/domctl.c,
             * RELEASE-4.17.0: "ret = -EEXIST; if ( !is_free_domid(dom) )"). */
            if (is_4_17)
                FAIL(EEXIST, CREATE_ID_IN_USE);
            FAIL(EINVAL, CREATE_ID_IN_USE);
        }
    } else {
        /* The rover scan: from rover + 1 round to rover, skipping the reserved ids. */
        for (dom = (uint16_t)(st->rover + 1); dom != st->rover; dom = (uint16_t)(dom + 1)) {
            if (dom == HT_DOMID_FIRST_RESERVED)
                dom = 0;
            if (free_domid(m, dom))
                break;
        }
        if (dom == st->rover)
            FAIL(ENOMEM, CREATE_NO_ID);
        j16(m, &st->rover, (uint16_t)dom);
    }
    /* domain_create (RELEASE-4.17.0) sanitises the configuration first. */
    if (is_4_17 && (rc = sanitise_4_17(m, max_vcpus, grant_opts)) != 0)
        return rc;
    /* domain_create's allocations (the struct domain, the p2m): ENOMEM.  The engine sizes
     * the p2m when the domain is made (host option createdomain_gfns). */
    uint64_t gfns = m->config.option[HT_OPT_CREATEDOMAIN_GFNS];
    if (!domain_room(m, gfns))
        FAIL(ENOMEM, CREATE_NO_ROOM);
    uint32_t grant_limit = HT_GNT_DEFAULT_MAX_FRAMES;  /* 4.2's max_nr_grant_frames */
    if (is_4_17 && (rc = grant_table_init_4_17(m, max_grant_frames, max_maptrack_frames,
                                               grant_opts, &grant_limit)) != 0)
        return rc;
    uint32_t kind = (flags & CDF_HVM) ? ((flags & CDF_HAP) ? HT_DOMAIN_FLAGS_HAP : 0)
                                      : HT_DOMAIN_FLAGS_PV;
    domain_build(m, (uint16_t)dom, 0, 0, gfns, 0, kind, grant_limit, 0, 0);
    /* domain_create: a new domain is paused by the controller until unpaused. */
    dom_set_flag(m, m->slot_of[dom], HT_DF_PAUSED, true);
    *domain = dom;
    OK(0, NONE);
}

/* destroydomain(domid): XEN_DOMCTL_destroydomain, xsm_destroydomain ?: domain_kill
 * (common/domctl.c and common/domain.c, RELEASE-4.2.0). */
int64_t ht_h_destroydomain(ht_machine *m, uint16_t domid)
{
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    if (ht_caller_is(m, slot))  /* domain_kill: d == current->domain */
        FAIL(EINVAL, KILL_SELF);
    /* DOMDYING_dying / _dead: the relinquish the engine did at once has nothing left. */
    if (dom_flag(m, slot, HT_DF_DYING))
        OK(0, KILL_DYING);
    /* Tuples that outlive the domain (sharing_tuples_left: relinquish_shared_pages never
     * sees a stale tuple, and 4.2's stops below the high-water mark) need a dead-domain
     * entry to be named by; checked before anything changes. */
    int64_t left = sharing_destroy_check(m, slot);
    if (left)
        return left;
    domain_kill(m, slot);
    OK(0, NONE);
}

/* ---- getdomaininfo ----------------------------------------------------------------- */

/* getdomaininfo() (common/domctl.c, RELEASE-4.2.0) into one record of the catalogue's
 * DOMAININFO_FIELDS, with the flags ht_h_domain_getinfo computes (blocked when every online
 * vcpu is, running when one is, the shutdown code in bits 16-31 of every domain) and
 * nr_online_vcpus the vcpus that are not down. */
static void fill_info(const ht_machine *m, uint8_t slot, ht_list *out, uint64_t index)
{
    const ht_domain_pub *p = &m->dom_pub[slot];
    const struct ht_domain *d = &m->dom[slot];
    uint32_t online;
    uint64_t flags = vcpu_dominf_flags(m, slot, &online);
    if (p->flags & HT_DF_DYING)  /* the engine's dying domain has finished relinquishing */
        flags |= DOMINF_DYING;
    if (!(p->flags & HT_DF_PV))
        flags |= DOMINF_HVM;
    if (p->flags & HT_DF_SHUTDOWN)
        flags |= DOMINF_SHUTDOWN;
    /* "info->flags |= d->shutdown_code << XEN_DOMINF_shutdownshift": a uint32_t field. */
    flags |= (uint32_t)((uint32_t)sched_shutdown_code(m, slot) << DOMINF_SHUTDOWNSHIFT);
    if (p->flags & HT_DF_PAUSED)
        flags |= DOMINF_PAUSED;
    flags |= dominf_arch_flags(m, slot);
    uint64_t words[] = {
        p->domid,
        flags,
        (uint64_t)p->tot_pages,
        (uint64_t)p->max_pages,
        (uint64_t)p->shr_pages,
        (uint64_t)p->paged_pages,
        online,
        d->nvcpus ? (uint64_t)d->nvcpus - 1 : INVALID_MAX_VCPU_ID,
    };
    for (uint32_t f = 0; f < sizeof words / sizeof *words; f++)
        ht_list_put(out, index, f, words[f]);
}

/* The live domain with the lowest id at or above domid (for_each_domain in id order). */
static uint8_t first_domain_from(const ht_machine *m, uint32_t domid)
{
    uint8_t best = HT_NO_SLOT;
    for (uint8_t s = 0; s < HT_MAX_DOMAINS; s++) {
        const ht_domain_pub *p = &m->dom_pub[s];
        if (p->in_use && p->domid >= domid &&
            (best == HT_NO_SLOT || p->domid < m->dom_pub[best].domid))
            best = s;
    }
    return best;
}

/* getdomaininfo(domid) -> info[1]: XEN_DOMCTL_getdomaininfo (common/domctl.c,
 * RELEASE-4.2.0): the first domain at or above the id, the XSM hook, the record. */
int64_t ht_h_getdomaininfo(ht_machine *m, uint16_t domid, ht_list info)
{
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    uint8_t slot = first_domain_from(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, GETINFO_NO_DOMAIN);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    fill_info(m, slot, &info, 0);
    OK(0, NONE);
}

/* getdomaininfolist(first_domain, max_domains, buffer) -> num_domains:
 * XEN_SYSCTL_getdomaininfolist (common/sysctl.c, RELEASE-4.2.0).  ret carries the XSM
 * answer of the last domain visited: a refused last domain fails the whole call. */
int64_t ht_h_getdomaininfolist(ht_machine *m, uint16_t first_domain, uint32_t max_domains,
                               ht_list buffer, uint64_t *num_domains)
{
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    uint32_t num = 0;
    bool denied = false;
    for (uint32_t id = first_domain;; id++) {
        uint8_t slot = first_domain_from(m, id);
        if (slot == HT_NO_SLOT)
            break;
        id = m->dom_pub[slot].domid;
        if (num == max_domains)
            break;
        denied = caller_xsm_denied(m, slot);
        if (denied)
            continue;
        if (num >= buffer.n)  /* copy_to_guest_offset past the buffer */
            FAIL(EFAULT, INFOLIST_FAULT);
        fill_info(m, slot, &buffer, num);
        num++;
    }
    if (denied)
        FAIL(EACCES, INFOLIST_LAST_DENIED);
    *num_domains = num;
    OK(0, NONE);
}

/* ---- physinfo ---------------------------------------------------------------------- */

/* 4.17's capability bits: XEN_SYSCTL_physinfo (common/sysctl.c, RELEASE-4.17.0) and
 * arch_do_physinfo (arch/x86/sysctl.c).  hvm and hap when the CPU has hardware
 * virtualisation (hvm_enabled, hvm_hap_supported: every engine CPU vendor has EPT or NPT);
 * pv and shadow, compiled in on x86 upstream and in Debian's build (CONFIG_PV,
 * CONFIG_SHADOW_PAGING); directio with the IOMMU the engine's host always has, and
 * iommu_hap_pt_share (true by default, drivers/passthrough/iommu.c) with HAP; vmtrace where
 * the engine models it (Intel PT: vmtrace_available, hvm/vmx/vmcs.c vmx_init_vmcs_config,
 * and vmtrace_order in csrc/domain.c); no vpmu (opt_vpmu_enabled is off by default);
 * gnttab_v1 and gnttab_v2 (opt_gnttab_max_version is 2). */
static uint64_t physcap_4_17(const ht_machine *m)
{
    uint64_t caps = PHYSCAP17_PV | PHYSCAP17_SHADOW | PHYSCAP17_DIRECTIO | PHYSCAP17_GNTTAB_V1 |
                    PHYSCAP17_GNTTAB_V2;
    if (m->config.vendor != HT_VENDOR_NONE)
        caps |= PHYSCAP17_HVM | PHYSCAP17_HAP | PHYSCAP17_IOMMU_HAP_PT_SHARE;
    if (m->config.vendor == HT_VENDOR_INTEL)
        caps |= PHYSCAP17_VMTRACE;
    return caps;
}

/* physinfo() -> total_pages, free_pages, capabilities: XEN_SYSCTL_physinfo
 * (arch/x86/sysctl.c, RELEASE-4.2.0).  hvm when the CPU has hardware virtualisation; the
 * engine's host always has an IOMMU (devices can be assigned), so hvm_directio with it. */
int64_t ht_h_physinfo(ht_machine *m, uint64_t *total_pages, uint64_t *free_pages,
                      uint64_t *capabilities)
{
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    *total_pages = m->config.total_frames;
    *free_pages = (uint64_t)m->host.free_frames;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        *capabilities = physcap_4_17(m);
        OK(0, NONE);
    }
    *capabilities = m->config.vendor != HT_VENDOR_NONE ? PHYSCAP_HVM | PHYSCAP_HVM_DIRECTIO : 0;
    OK(0, NONE);
}

/* ---- HVM params -------------------------------------------------------------------- */

/* get_hvm_param(dom, param) -> value: HVMOP_get_param (arch/x86/hvm/hvm.c, RELEASE-4.2.0):
 * the index, rcu_lock_target_domain_by_id, HVM only, xsm_hvm_param, params[index]
 * (ACPI_S_STATE reads the S3 state, 0: the engine's guests never suspend). */
int64_t ht_h_get_hvm_param(ht_machine *m, uint16_t dom, uint32_t param, uint64_t *value)
{
    if (param >= HT_NR_HVM_PARAMS)
        FAIL(EINVAL, PARAM_RANGE);
    uint8_t slot;
    int64_t rc = target_self_or_priv(m, dom, &slot);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, slot))
        FAIL(EINVAL, NOT_HVM);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    *value = m->dom[slot].hvm_param[param];
    OK(0, NONE);
}

/* ---- getpageframeinfo3 ------------------------------------------------------------- */

/* The type getpageframeinfo3 reports for (slot, gfn): get_page_from_gfn(P2M_ALLOC) finds a
 * page for RAM with a frame (a shared page through dom_cow), none for holes, MMIO, paged
 * gfns and grant mappings; an HVM domain's pages are never page tables.  The lookup does
 * not page anything in (4.2's ept_get_entry populates only PoD entries). */
static uint64_t frame_type(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || !type_is_ram(e->type) || !mfn_is_ram(m, e->mfn))
        return PFINFO_XTAB;
    return 0;
}

/* getpageframeinfo3(domid, num, array): XEN_DOMCTL_getpageframeinfo3 (arch/x86/domctl.c,
 * RELEASE-4.2.0): in chunks of 512 gfns, each copied in, converted and copied back. */
int64_t ht_h_getpageframeinfo3(ht_machine *m, uint16_t domid, uint64_t num, ht_list array)
{
    int64_t rc = privileged(m);
    if (rc)
        return rc;
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (caller_xsm_denied(m, slot))
        FAIL(EACCES, XSM_DENIED);
    if (num > PFINFO_MAX)
        FAIL(E2BIG, PFINFO_TOO_MANY);
    if (!xenheap_take(m))  /* alloc_domheap_page(NULL, 0): the bounce page */
        FAIL(ENOMEM, PFINFO_NO_BOUNCE);
    xenheap_give(m);
    for (uint64_t n = 0; n < num; n += PFINFO_CHUNK) {
        uint64_t k = num - n < PFINFO_CHUNK ? num - n : PFINFO_CHUNK;
        if (n + k > array.n)  /* copy_from_guest_offset of the chunk faults */
            FAIL(EFAULT, PFINFO_FAULT);
        for (uint64_t j = n; j < n + k; j++) {
            uint64_t gfn = 0;
            ht_list_get(&array, j, 0, &gfn);
            ht_list_put(&array, j, 0, frame_type(m, slot, gfn));
        }
    }
    OK(0, NONE);
}
