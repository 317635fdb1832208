/*
 * XENMEM_acquire_resource (common/memory.c, RELEASE-4.17.0; the doc profile's semantics,
 * identical from 4.15 to 4.19) and the libxenforeignmemory calls above it
 * (tools/libs/foreignmemory, and Linux privcmd's IOCTL_PRIVCMD_MMAP_RESOURCE); the ioreq
 * servers whose pages it maps are ioreq.c's.
 *
 * The resources' frames are frames Xen holds for itself (HT_OWNER_XEN, host.xen_frames):
 * grant-table frames (gnttab.c), ioreq pages (ioreq.c, allocated on first acquire, as
 * ioreq_server_alloc_pages does) and vcpus' trace buffers (domain.c, at vcpu creation).
 * Xen's hold is the frame's allocation; a mapping made by map_resource holds a page
 * reference (a writable one a type reference too), as the PV kernel's mapping of the frame
 * does.  When Xen lets go of a frame that is still mapped it stays, owned by Xen, until the
 * last mapping goes, and the domain it belonged to stays dying until then (domain_busy).
 *
 * xen-4.2 has neither memory_op 28 nor dm_op; has_acquire_resource() is the one place that
 * says so.  The decisions a later profile makes differently are each in one helper.
 */
#include <stdlib.h>
#include <string.h>

#include "resource.h"

#define CHUNK HT_RESOURCE_CHUNK
#define RES_UNKNOWN_SIZE ((uint32_t)-HT_EOPNOTSUPP)  /* 0xFFFFFFA1: 4.15's -EOPNOTSUPP */

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct resource_state);
}

static void init(ht_machine *m, void *raw)
{
    (void)m;
    struct resource_state *s = raw;
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        for (uint32_t i = 0; i < MAX_SERVERS; i++)
            s->server[slot][i].ioreq_mfn = s->server[slot][i].buf_mfn = HT_MFN_INVALID;
}

/* ---- profile decisions --------------------------------------------------------------- */

/* arch_acquire_resource_check (arch/x86/include/asm/p2m.h, RELEASE-4.17.0): a translated
 * caller must be the hardware domain (the engine's domain 0, which is paravirtualised). */
static bool caller_may_acquire(const ht_machine *m)
{
    return !dom_is_hvm(m, m->caller.slot) || m->caller.slot == 0;
}

/* ---- the resources' sizes -------------------------------------------------------------- */

static bool known_type(uint32_t type)
{
    return type == HT_RESOURCE_TYPE_IOREQ_SERVER || type == HT_RESOURCE_TYPE_GRANT_TABLE ||
           type == HT_RESOURCE_TYPE_VMTRACE_BUF;
}

/* resource_max_frames: 0 means no frames (the caller's EINVAL). */
static uint32_t max_frames_of(const ht_machine *m, uint8_t slot, uint32_t type, uint32_t id)
{
    switch (type) {
    case HT_RESOURCE_TYPE_GRANT_TABLE:
        return gnttab_resource_max_frames(m, slot, id);
    case HT_RESOURCE_TYPE_IOREQ_SERVER:
        return ioreq_max_frames(m, slot);
    case HT_RESOURCE_TYPE_VMTRACE_BUF:
        return m->dom[slot].vmtrace_frames;
    default:
        /* 9244528955 returned -EOPNOTSUPP from a function returning unsigned int; its
         * own comment and the fix 9b87082900 make it 0. */
        return ht_bug(m, HT_BUG_ACQUIRE_UNKNOWN_TYPE_SIZE) ? RES_UNKNOWN_SIZE : 0;
    }
}

/* ---- the checks before a resource's frames (acquire_resource, 4.17) ------------------------ */

static int64_t resource_gate(ht_machine *m, uint64_t domid, uint32_t type, uint32_t id,
                             uint64_t pad, uint64_t frame, uint64_t nr, uint8_t *slot,
                             uint32_t *max)
{
    if (!has_acquire_resource(m))
        FAIL(ENOSYS, MEMOP_UNKNOWN_42);
    /* XSA-334 moved this check first; 4.12 to 4.14 made it after the handler. */
    if (!ht_bug(m, HT_BUG_ACQUIRE_EACCES_NO_UNLOCK) && !caller_may_acquire(m))
        FAIL(EACCES, RES_CALLER_TRANSLATED);
    if (pad)
        FAIL(EINVAL, RES_PAD);
    if ((frame >> 32) || ((frame + nr) >> 32))
        FAIL(EINVAL, RES_FRAME_RANGE);
    /* rcu_lock_remote_domain_by_id: dying domains are found too. */
    uint8_t s = ht_slot(m, domid);
    if (s == HT_NO_SLOT)
        FAIL(ESRCH, NO_DOMAIN);
    if (ht_caller_is(m, s))
        FAIL(EPERM, TARGET_IS_CALLER);
    int64_t rc = caller_dm_priv(m, s);  /* xsm_domain_resource_map(XSM_DM_PRIV) */
    if (rc)
        return rc;
    *max = max_frames_of(m, s, type, id);
    if (*max == 0)
        FAIL(EINVAL, RES_NO_FRAMES);
    *slot = s;
    return 0;
}

/* ---- the type handlers ---------------------------------------------------------------------- */

/* _acquire_resource for one step of at most CHUNK frames. */
static int64_t acquire_step(ht_machine *m, uint8_t slot, uint32_t type, uint32_t id,
                            uint32_t frame, uint32_t nr, uint64_t *mfns)
{
    switch (type) {
    case HT_RESOURCE_TYPE_GRANT_TABLE:
        return gnttab_acquire(m, slot, id, frame, nr, mfns);
    case HT_RESOURCE_TYPE_IOREQ_SERVER:
        /* acquire_ioreq_server: the id must be an ioservid_t (the target is HVM: its
         * size was not 0). */
        if (id > 0xffffu)
            FAIL(EINVAL, IOREQ_ID_WIDE);
        for (uint32_t i = 0; i < nr; i++) {
            int64_t rc = ioreq_get_frame(m, slot, id, frame + i, &mfns[i]);
            if (rc)
                return rc;
        }
        return 0;
    case HT_RESOURCE_TYPE_VMTRACE_BUF: {
        /* acquire_vmtrace_buf: the vcpu's one contiguous buffer. */
        const struct ht_domain *d = &m->dom[slot];
        if (id >= d->nvcpus)
            FAIL(ENOENT, VMTRACE_NO_VCPU);
        if (d->vmtrace_mfn[id] == HT_MFN_INVALID || (uint64_t)frame + nr > d->vmtrace_frames)
            FAIL(EINVAL, VMTRACE_BEYOND);
        for (uint32_t i = 0; i < nr; i++)
            mfns[i] = d->vmtrace_mfn[id] + frame + i;
        return 0;
    }
    default:
        /* Reached only when the size was not 0: the planted unknown-type bug. */
        FAIL(EOPNOTSUPP, RES_UNKNOWN_TYPE);
    }
}

/* The mapping request's loop over steps of CHUNK frames.  Each step's frames go to list
 * (the caller's frame_list; a copy past its end is EFAULT) or, when list is NULL, to
 * out[]; a failure leaves the earlier steps done.  With the XSA-334 bug a translated
 * caller gets its EACCES after the first step, the target left locked. */
static int64_t acquire_frames(ht_machine *m, uint8_t slot, uint32_t type, uint32_t id,
                              uint32_t frame, uint32_t nr, uint32_t start, ht_list *list,
                              uint64_t *out)
{
    for (uint32_t done = start; done < nr;) {
        uint64_t mfns[CHUNK];
        uint32_t todo = nr - done < CHUNK ? nr - done : CHUNK;
        int64_t rc = acquire_step(m, slot, type, id, frame + done, todo, mfns);
        if (rc)
            return rc;
        if (!caller_may_acquire(m)) {
            /* Only with the bug on does a translated caller get here (4.14's FIXME path:
             * return -EACCES without rcu_unlock_domain). */
            j32(m, &resource_state(m)->rcu_refs[slot], resource_state(m)->rcu_refs[slot] + 1);
            FAIL(EACCES, RES_CALLER_TRANSLATED_LATE);
        }
        for (uint32_t i = 0; i < todo; i++) {
            if (!list)
                out[done + i] = mfns[i];
            else if (!ht_list_put(list, done + i, 0, mfns[i]))
                FAIL(EFAULT, RES_LIST_SHORT);
        }
        done += todo;
    }
    return 0;
}

/* acquire_resource(domid, type, id, nr_frames, pad, frame, frame_list, start_extent)
 * -> max_frames */
int64_t ht_h_acquire_resource(ht_machine *m, uint16_t domid, uint16_t type, uint32_t id,
                              uint32_t nr_frames, uint32_t pad, uint64_t frame,
                              ht_list frame_list, uint64_t start_extent, uint64_t *max_frames)
{
    uint8_t slot;
    uint32_t max;
    int64_t rc = resource_gate(m, domid, type, id, pad, frame, nr_frames, &slot, &max);
    if (rc)
        return rc;
    if (frame_list.n == 0) {  /* guest_handle_is_null: the size query */
        if (nr_frames || start_extent)
            FAIL(EINVAL, RES_SIZE_QUERY_ARGS);
        *max_frames = max;
        OK(0, NONE);
    }
    if (start_extent >= nr_frames || nr_frames > (UINT32_MAX >> 6))
        FAIL(EINVAL, RES_NR_RANGE);
    /* A translated hardware domain (host option pvh_dom0) gets the frames put in its p2m
     * at the gfns of frame_list (acquire_resource, common/memory.c, RELEASE-4.17.0:
     * set_foreign_p2m_entry), a path the engine does not model. */
    if (m->caller.slot == 0 && dom_is_hvm(m, 0))
        UNSUPPORTED(PVH_DOM0_MAPPING);
    rc = acquire_frames(m, slot, type, id, (uint32_t)frame, nr_frames, (uint32_t)start_extent,
                        &frame_list, NULL);
    if (rc)
        return rc;
    OK(0, NONE);
}

/* resource_size(domid, type, id) -> size */
int64_t ht_h_resource_size(ht_machine *m, uint16_t domid, uint32_t type, uint32_t id,
                           uint64_t *size)
{
    /* xenforeignmemory_resource_size: a size query through privcmd, which keeps 16 bits of
     * the type (xen_mem_acquire_resource.type); the answer in bytes. */
    uint8_t slot;
    uint32_t max;
    int64_t rc = resource_gate(m, domid, (uint16_t)type, id, 0, 0, 0, &slot, &max);
    if (rc)
        return rc;
    *size = (uint64_t)max << 12;
    OK(0, NONE);
}

/* ---- mappings ---------------------------------------------------------------------------- */

/* The first run of nr free entries of the mapped-frame table, or -1. */
static int64_t frames_run(const struct resource_state *s, uint32_t nr)
{
    if (nr == 0)
        return 0;
    uint32_t run = 0;
    for (uint32_t i = 0; i < MAPPED_FRAMES; i++) {
        run = s->frame_map[i] ? 0 : run + 1;
        if (run == nr)
            return i + 1 - nr;
    }
    return -1;
}

/* map_resource(domid, type, id, frame, nr_frames, writable, mfns) -> mapping */
int64_t ht_h_map_resource(ht_machine *m, uint16_t domid, uint32_t type, uint32_t id,
                          uint64_t frame, uint32_t nr_frames, uint32_t writable, ht_list mfns,
                          uint64_t *mapping)
{
    /* xenforeignmemory_map_resource (tools/libs/foreignmemory/core.c, RELEASE-4.17.0):
     * privcmd narrows the frame to its u32 idx and the type to Xen's u16, maps the range
     * (mmap: the emulator's tables here), then makes the acquire_resource call and maps
     * the frames it returns, each with a page reference (xen_remap_domain_mfn_array). */
    uint32_t idx = (uint32_t)frame;
    uint8_t slot;
    uint32_t max;
    int64_t rc = resource_gate(m, domid, (uint16_t)type, id, 0, idx, nr_frames, &slot, &max);
    if (rc)
        return rc;
    /* The toolstack's mapping on a PVH hardware domain: acquire_resource's translated path
     * (set_foreign_p2m_entry, common/memory.c, RELEASE-4.17.0), not modelled. */
    if (hardware_domain_is_hvm(m))
        UNSUPPORTED(PVH_DOM0_MAPPING);
    struct resource_state *s = resource_state(m);
    int index = free_mapping(m);
    int64_t first = frames_run(s, nr_frames);
    if (index < 0)
        FAIL(ENOSPC, MAP_TABLE_FULL);
    if (first < 0)
        FAIL(ENOSPC, RES_MAPPED_FULL);
    uint64_t frames[MAPPED_FRAMES];
    if (nr_frames) {
        if (nr_frames > UINT32_MAX >> 6)
            FAIL(EINVAL, RES_NR_RANGE);
        rc = acquire_frames(m, slot, (uint16_t)type, id, idx, nr_frames, 0, NULL, frames);
        if (rc)
            return rc;
    }
    for (uint32_t i = 0; i < nr_frames; i++) {
        const ht_frame *f = &m->frame[frames[i]];
        if (f->refs == HT_FRAME_REFS_MAX ||
            (writable && frame_wcount(f) == HT_FRAME_WCOUNT_MASK))
            FAIL(ENOSPC, MAP_REFS_LIMIT);
    }
    struct res_mapping *r = &s->map[index];
    j8(m, &r->type, (uint8_t)type);
    j8(m, &r->mapper, m->caller.slot);
    j32(m, &r->id, id);
    j32(m, &r->nr, nr_frames);
    j32(m, &r->first, (uint32_t)first);
    for (uint32_t i = 0; i < nr_frames; i++) {
        uint32_t mfn = (uint32_t)frames[i];
        j32(m, &s->frame[first + i], mfn);
        j16(m, &s->frame_map[first + i], (uint16_t)(index + 1));
        frame_get(m, mfn);
        if (writable)
            frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) + 1));
        ht_list_put(&mfns, i, 0, mfn);  /* as much as the caller gave room for */
    }
    struct ht_mapping *map = &m->map[index];
    j8(m, &map->writable, writable != 0);
    j8(m, &map->slot, slot);
    j32(m, &map->mfn, nr_frames ? (uint32_t)frames[0] : HT_MFN_INVALID);
    j32(m, &map->gref, 0);
    j64(m, &map->gfn, 0);
    j8(m, &map->kind, HT_MAP_RESOURCE);
    *mapping = (uint64_t)index;
    if (nr_frames == 0)
        OK(0, RES_MAP_EMPTY);  /* the library's size query hands back an empty handle */
    OK(0, NONE);
}

/* Drops a resource mapping: each frame loses the mapping's references (a frame Xen has let
 * go of is freed with its last one), and a dying domain whose last mapped frame this was
 * is gone. */
static void unmap(ht_machine *m, int index)
{
    struct resource_state *s = resource_state(m);
    struct ht_mapping *map = &m->map[index];
    const struct res_mapping *r = &s->map[index];
    for (uint32_t i = 0; i < r->nr; i++) {
        uint32_t mfn = s->frame[r->first + i];
        j16(m, &s->frame_map[r->first + i], 0);
        if (map->writable && frame_wcount(&m->frame[mfn]))
            frame_set_wcount(m, mfn, (uint8_t)(frame_wcount(&m->frame[mfn]) - 1));
        frame_put(m, mfn);
    }
    j8(m, &map->kind, HT_MAP_FREE);
    domain_maybe_gone(m, map->slot);
}

/* unmap_resource(mapping) */
int64_t ht_h_unmap_resource(ht_machine *m, uint32_t mapping)
{
    /* xenforeignmemory_unmap_resource: munmap, which drops the page references. */
    if (mapping >= HT_MAX_MAPPINGS || m->map[mapping].kind != HT_MAP_RESOURCE)
        FAIL(EINVAL, RES_NOT_A_MAPPING);
    unmap(m, (int)mapping);
    OK(0, NONE);
}

/* ---- hooks ---------------------------------------------------------------------------------- */

static void domain_init(ht_machine *m, uint8_t slot)
{
    j32(m, &resource_state(m)->rcu_refs[slot], 0);
}

/* The domain's servers go (ioreq_server_destroy_all, from domain_kill), and the mappings
 * it made itself go with its page tables. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct resource_state *s = resource_state(m);
    ioreq_destroy_all(m, slot);
    for (int i = 0; i < HT_MAX_MAPPINGS; i++)
        if (m->map[i].kind == HT_MAP_RESOURCE && s->map[i].mapper == slot)
            unmap(m, i);
}

/* Xen keeps a domain while a frame of it is mapped, while it is an ioreq server's emulator,
 * and while an RCU reference to it is held. */
static bool domain_busy(const ht_machine *m, uint8_t slot)
{
    const struct resource_state *s = resource_state(m);
    if (s->rcu_refs[slot])
        return true;
    for (int i = 0; i < HT_MAX_MAPPINGS; i++)
        if (m->map[i].kind == HT_MAP_RESOURCE && m->map[i].slot == slot)
            return true;
    /* Planted ioreq_emulator_unreferenced (modelled on ccb42e0ca6, 2018, 'x86/hvm: take a
     * reference on ioreq server emulating domain'; 4.17 ioreq_server_create's
     * get_knownalive_domain): a server does not keep its emulator, which can go while the
     * server still names it. */
    return !ht_bug(m, HT_BUG_IOREQ_EMULATOR_UNREFERENCED) && ioreq_is_emulator(m, slot);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct resource_state *s = resource_state(m);
    h = ht_fnv(h, s->server, sizeof s->server);
    h = ht_fnv(h, s->rcu_refs, sizeof s->rcu_refs);
    h = ht_fnv(h, s->map, sizeof s->map);
    h = ht_fnv(h, s->frame, sizeof s->frame);
    return ht_fnv(h, s->frame_map, sizeof s->frame_map);
}

/* ---- invariants ------------------------------------------------------------------------------ */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* How many live mappings name mfn (sorted holds every mapped frame once per mapping). */
static uint32_t mapped_count(const uint32_t *sorted, size_t n, uint32_t mfn)
{
    const uint32_t *hit = bsearch(&mfn, sorted, n, sizeof *sorted, cmp_u32);
    if (!hit)
        return 0;
    while (hit > sorted && hit[-1] == mfn)
        hit--;
    uint32_t count = 0;
    while (hit + count < sorted + n && hit[count] == mfn)
        count++;
    return count;
}

/* A frame Xen holds for a resource that nothing maps holds no reference. */
static void check_unmapped(ht_machine *m, struct ht_audit *a, uint32_t domid,
                           const uint32_t *sorted, size_t n, uint32_t mfn)
{
    if (!mfn_is_ram(m, mfn) || mapped_count(sorted, n, mfn))
        return;
    if (m->frame[mfn].refs)
        audit_add(a, HT_INV_RES_MAPPED, domid, HT_NONE64, mfn, 0, m->frame[mfn].refs);
}

static void audit_mappings(ht_machine *m, struct ht_audit *a)
{
    const struct resource_state *s = resource_state(m);
    uint32_t sorted[MAPPED_FRAMES];
    size_t n = 0;
    for (uint32_t i = 0; i < MAPPED_FRAMES; i++) {
        uint16_t holder = s->frame_map[i];
        if (holder && m->map[holder - 1].kind == HT_MAP_RESOURCE)
            sorted[n++] = s->frame[i];
    }
    qsort(sorted, n, sizeof *sorted, cmp_u32);
    for (size_t i = 0; i < n; i++) {
        if (i && sorted[i] == sorted[i - 1])
            continue;
        uint32_t mfn = sorted[i], count = mapped_count(sorted, n, mfn);
        const ht_frame *f = mfn_is_ram(m, mfn) ? &m->frame[mfn] : NULL;
        if (!f || f->owner != HT_OWNER_XEN)
            audit_add(a, HT_INV_RES_MAPPED, HT_NONE_DOM, HT_NONE64, mfn, HT_OWNER_XEN,
                      f ? f->owner : -1);
        else if (f->refs != count)
            audit_add(a, HT_INV_RES_MAPPED, HT_NONE_DOM, HT_NONE64, mfn, count, f->refs);
    }
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        if (!p->in_use)
            continue;
        for (uint32_t i = 0; i < MAX_SERVERS; i++) {
            check_unmapped(m, a, p->domid, sorted, n, s->server[slot][i].ioreq_mfn);
            check_unmapped(m, a, p->domid, sorted, n, s->server[slot][i].buf_mfn);
        }
        const struct ht_domain *d = &m->dom[slot];
        for (uint32_t v = 0; v < d->nvcpus; v++)
            for (uint32_t f = 0; d->vmtrace_mfn[v] != HT_MFN_INVALID && f < d->vmtrace_frames;
                 f++)
                check_unmapped(m, a, p->domid, sorted, n, d->vmtrace_mfn[v] + f);
    }
}

static void audit(ht_machine *m, struct ht_audit *a)
{
    const struct resource_state *s = resource_state(m);
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++)
        if (s->rcu_refs[slot])
            audit_add(a, HT_INV_HOST_LOCKS,
                      m->dom_pub[slot].in_use ? m->dom_pub[slot].domid : HT_NONE_DOM,
                      HT_NONE64, HT_NONE64, 0, s->rcu_refs[slot]);
    audit_mappings(m, a);
    ioreq_audit(m, a);
}

/* ---- the size oracle (resource.2) -------------------------------------------------------------
 *
 * Independent of resource_max_frames: it knows the three types and what each one's size is,
 * and judges every successful size query by them. */

/* ioreq.2 (8df3821c08's rule, 4.17 ioreq_server_destroy): who created the server a destroy
 * names, seen before the call. */
static void emulator_oracle_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    struct size_pre *pre = &resource_state(m)->pre;
    pre->destroy = false;
    if (call != HT_CALL_ioreq_server_destroy)
        return;
    uint8_t slot = ht_slot(m, arg[0]);
    if (slot == HT_NO_SLOT || arg[1] >= MAX_SERVERS)
        return;
    const struct ioreq_server *sv = &resource_state(m)->server[slot][arg[1]];
    if (!sv->used)
        return;
    pre->destroy = true;
    pre->emulator = sv->emulator;
}

static void emulator_oracle_post(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw)
{
    struct size_pre *pre = &resource_state(m)->pre;
    if (!pre->destroy)
        return;
    pre->destroy = false;
    if (call != HT_CALL_ioreq_server_destroy || raw != 0 || pre->emulator == m->caller.slot)
        return;
    report_violation(m, HT_INV_IOREQ_EMULATOR_ONLY, (uint32_t)arg[0], arg[1], HT_NONE64,
                     m->dom_pub[pre->emulator].domid, m->caller.domid);
}

static void size_oracle_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    struct size_pre *pre = &resource_state(m)->pre;
    emulator_oracle_pre(m, call, arg);
    pre->query = false;
    uint32_t type, id;
    if (call == HT_CALL_acquire_resource && (uint32_t)arg[6] == 0) {  /* no frame_list */
        type = (uint16_t)arg[1];
        id = (uint32_t)arg[2];
        pre->bytes = false;
    } else if (call == HT_CALL_resource_size) {
        type = (uint16_t)arg[1];
        id = (uint32_t)arg[2];
        pre->bytes = true;
    } else {
        return;
    }
    uint8_t slot = ht_slot(m, arg[0]);
    if (slot == HT_NO_SLOT)
        return;
    pre->query = true;
    pre->known = known_type(type);
    uint64_t grant_max = m->dom[slot].max_grant_frames ? m->dom[slot].max_grant_frames
                                                       : HT_GNT_DEFAULT_MAX_FRAMES;
    if (type == HT_RESOURCE_TYPE_GRANT_TABLE)
        pre->expected = id == 0 ? grant_max : id == 1 ? (grant_max + 7) / 8 : 0;
    else if (type == HT_RESOURCE_TYPE_IOREQ_SERVER)
        pre->expected = ioreq_max_frames(m, slot);
    else
        pre->expected = m->dom[slot].vmtrace_frames;
}

static void size_oracle_post(ht_machine *m, uint32_t call, const uint64_t *arg,
                             int64_t raw, const uint64_t *out)
{
    struct size_pre *pre = &resource_state(m)->pre;
    emulator_oracle_post(m, call, arg, raw);
    if (!pre->query)
        return;
    /* Cleared whatever the result: a failed query inside a multicall must not leave the
     * multicall's own post hook judging the multicall's result as a size. */
    pre->query = false;
    if (raw != 0 || (call != HT_CALL_acquire_resource && call != HT_CALL_resource_size))
        return;
    uint64_t expected = pre->bytes ? pre->expected << 12 : pre->expected;
    if (!pre->known || out[0] != expected)
        report_violation(m, HT_INV_RES_SIZE, (uint32_t)arg[0], HT_NONE64, HT_NONE64,
                         pre->known ? (int64_t)expected : 0, (int64_t)out[0]);
}

/* Whether a resource mapping holds a frame of server id on the domain in slot. */
static bool server_mapped(const ht_machine *m, uint8_t slot, uint64_t id)
{
    const struct resource_state *s = resource_state(m);
    for (int i = 0; i < HT_MAX_MAPPINGS; i++)
        if (m->map[i].kind == HT_MAP_RESOURCE && s->map[i].type == HT_RESOURCE_TYPE_IOREQ_SERVER &&
            m->map[i].slot == slot && s->map[i].id == id)
            return true;
    return false;
}

/* The fuzzer's class of an ioreq server (id on the domain in slot): none, or live with its
 * pages allocated or not and mapped by a resource mapping or not (its frames' references
 * beyond Xen's own), and whether the caller is its emulator. */
static uint32_t server_class(const ht_machine *m, uint8_t slot, uint64_t id, uint8_t caller_slot)
{
    const struct resource_state *s = resource_state(m);
    if (id >= MAX_SERVERS || !s->server[slot][id].used)
        return 0;
    const struct ioreq_server *sv = &s->server[slot][id];
    return 8u | (sv->ioreq_mfn != HT_MFN_INVALID) << 2 | server_mapped(m, slot, id) << 1 |
           (sv->emulator == caller_slot);
}

/* For a map of grant-table frames, whether the frames it names reach past those the table
 * has (a growth: gnttab_grow_table, through gnttab_acquire_resource, common/grant_table.c,
 * RELEASE-4.17.0) and stay within its maximum (1), or pass the maximum (2): the value
 * profile of the frame range against the table's size.  A map of a status frame past the
 * first grows the table eightfold, and that mapping is what a v2 guest's switch back to v1
 * must find; its success takes the path of any other map.  Not a Xen decision. */
static uint32_t grant_growth(const ht_machine *m, uint32_t call, const uint64_t *arg,
                             uint8_t slot, uint32_t type)
{
    if (call != HT_CALL_map_resource || type != HT_RESOURCE_TYPE_GRANT_TABLE)
        return 0;
    uint32_t id = (uint32_t)arg[2];
    uint64_t end = arg[3] + arg[4];
    if (end < arg[3] || end > gnttab_resource_max_frames(m, slot, id))
        return 2;
    return end > gnttab_resource_frames(m, slot, id) ? 1u : 0u;
}

/* The caller of a resource call (acquire_resource, map_resource, resource_size) as the gate
 * sees it (resource_gate above): its relation to the target (domain 0; the target's device
 * model, d->target, whom xsm_domain_resource_map's XSM_DM_PRIV lets through; the target
 * itself, refused with EPERM; another guest, refused).  Whether it is translated
 * (arch_acquire_resource_check, arch/x86/include/asm/p2m.h, RELEASE-4.17.0: only the
 * hardware domain may be) is not in it: the result already tells (EACCES), and with it and
 * the target dying as two bits more, gnttab_status_left_listed took a median 21,700 inputs
 * over six seeds, 8,500 without them.  Since res12: a device model's call on its target and the
 * toolstack's took one class, so the first of them to reach it (mostly the toolstack's) was
 * kept and the device model's was never asked for its mapping.  Not a Xen decision: fuzzing
 * feedback only. */
static uint32_t resource_caller(const ht_machine *m, uint8_t caller_slot, uint8_t slot)
{
    return caller_slot == 0                     ? 0u
           : m->dom[caller_slot].target == slot ? 1u
           : caller_slot == slot                ? 2u
                                                : 3u;
}

/* The fuzzer's class of the state a resource call meets (csrc/fuzz.c state_class): the
 * resource it names (known type, id, whether it has frames) and, for a grant table, the
 * version the target uses; for an ioreq server, the server (server_class).  Mapping a v2
 * table's status frames and its shared frames take the same path through acquire_resource,
 * so the outcome alone does not tell them apart; an input that names a status frame is
 * kept, and the version switch that frees it (or is refused) is a mutation away.  So for
 * the ioreq servers: creating one as the target's device model (d->target) or as another
 * domain, of a PV or an HVM caller; destroying one whose pages a mapping holds; unmapping
 * a server's frames once the server is gone.  Not a Xen decision: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    if (call == HT_CALL_unmap_resource) {
        const struct resource_state *s = resource_state(m);
        uint64_t i = arg[0];
        if (i >= HT_MAX_MAPPINGS || m->map[i].kind != HT_MAP_RESOURCE)
            return 1;
        return 0x400u | (uint32_t)(s->map[i].type & 3) << 4 |
               (s->map[i].type == HT_RESOURCE_TYPE_IOREQ_SERVER
                    ? server_class(m, m->map[i].slot, s->map[i].id, caller_slot)
                    : 0);
    }
    if (call != HT_CALL_map_resource && call != HT_CALL_acquire_resource &&
        call != HT_CALL_resource_size && call != HT_CALL_ioreq_server_create &&
        call != HT_CALL_ioreq_server_destroy)
        return 0;
    uint64_t domid = arg[0] == HT_DOMID_SELF ? m->dom_pub[caller_slot].domid : arg[0];
    uint8_t slot = ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        return 1;
    if (call == HT_CALL_ioreq_server_create || call == HT_CALL_ioreq_server_destroy) {
        const struct resource_state *s = resource_state(m);
        uint32_t servers = 0;
        for (uint32_t i = 0; i < MAX_SERVERS; i++)
            servers += s->server[slot][i].used;
        uint32_t relation = caller_slot == 0                     ? 0u
                            : m->dom[caller_slot].target == slot ? 1u
                            : caller_slot == slot                ? 2u
                                                                 : 3u;
        uint32_t named = call == HT_CALL_ioreq_server_destroy
                             ? server_class(m, slot, arg[1], caller_slot)
                             : 0;
        /* The number of servers itself, not only none, some or full: each create that
         * fills the table further is new state, so the fuzzer keeps the input that made one
         * more and climbs to the table's limit (a counter crossing a threshold) a step at a
         * time instead of needing all of them at once.  Keyed by the domain whose table it
         * is (res12): each HVM domain's climb is a chain of its own, so one whose step was
         * first reached by a dead-end input (one too long for the creates a climb inserts)
         * does not end them all. */
        return (uint32_t)slot << 13 | 0x1000u | (call == HT_CALL_ioreq_server_destroy) << 11 |
               named << 7 | relation << 5 | dom_flag(m, caller_slot, HT_DF_PV) << 4 | servers;
    }
    uint32_t type = (uint32_t)arg[1] & 0xffff;  /* Xen keeps 16 bits (privcmd's 32) */
    if (!known_type(type))
        return 2;
    uint32_t id = (uint32_t)arg[2] < 3 ? (uint32_t)arg[2] : 3;
    uint32_t version = type == HT_RESOURCE_TYPE_GRANT_TABLE ? gnttab_version(m, slot) & 3 : 0;
    uint32_t server = type == HT_RESOURCE_TYPE_IOREQ_SERVER
                          ? server_class(m, slot, (uint32_t)arg[2], caller_slot)
                          : 0;
    return 0x100u | server << 12 | type << 5 | id << 3 | version << 1 |
           (max_frames_of(m, slot, type, (uint32_t)arg[2]) != 0) |
           grant_growth(m, call, arg, slot, type) << 16 | resource_caller(m, caller_slot, slot)
                                                             << 18;
}

/* The fuzzer's state-driven insertion for a dm_op on an ioreq server (create, destroy) by a
 * guest that is not the target's device model (fuzz_class above: the caller's relation to
 * the domain): the toolstack making it one (domain_set_target), which moves the relation a
 * step, from another domain to the target's device model, and lets the guest past
 * xsm_dm_op.  A second device model of one target (the toolstack and a stub domain, or two
 * guests) is what a server's emulator check, on destroy, guards against; the relation took
 * the domain's and the target's ids in a toolstack call before the guest's own, which
 * random insertions rarely gave.  Not a Xen decision: fuzzing feedback only. */
static bool want_device_model(const ht_machine *m, uint8_t caller_slot, uint8_t slot,
                              struct ht_fuzz_want *want)
{
    if (caller_slot == 0 || m->dom[caller_slot].target == slot)
        return false;
    *want = (struct ht_fuzz_want){.call = HT_CALL_domain_set_target, .caller = 0};
    want->arg[0] = m->dom_pub[caller_slot].domid;
    want->arg[1] = m->dom_pub[slot].domid;
    return true;
}

/* The fuzzer's state-driven insertions for an ioreq server's create and destroy (issue 18,
 * deep11), each a call that moves the call's class (fuzz_class above: the number of the
 * domain's servers, the named server and its mappings) a step:
 * - a create that would take a free id asks for the same create before it, so that it
 *   meets one server more: the table fills a step at a time to its limit (a counter
 *   crossing a threshold), where a random insertion had to repeat the create's caller,
 *   domain and mode, once per step;
 * - a destroy of a live server whose pages no mapping holds asks for its emulator's map of
 *   the server's synchronous ioreq frame (acquire_resource of XENMEM_resource_ioreq_server,
 *   the id the destroy names, frame_ioreq(0), one frame), which only the emulator may make
 *   (ioreq_server_get_frame, common/ioreq.c, RELEASE-4.17.0: "s->emulator !=
 *   current->domain"): the destroy then meets a server whose pages a mapping holds;
 * - a destroy that names no server asks for the caller's create on the domain, where the
 *   create would take the id the destroy names.
 * Each named the server's id, its domain and its emulator together, which random
 * insertions after a kept create rarely did.  Not a Xen decision: fuzzing feedback only. */
static uint32_t want_server(const ht_machine *m, uint32_t call, const uint64_t *arg,
                            uint8_t caller_slot, uint8_t slot, struct ht_fuzz_want *want)
{
    uint32_t id;
    if (call == HT_CALL_ioreq_server_create)
        return ioreq_create_want(m, caller_slot, slot, want, &id);
    const struct ioreq_server *sv =
        arg[1] < MAX_SERVERS ? &resource_state(m)->server[slot][arg[1]] : NULL;
    if (!sv)
        return 0;
    if (!sv->used)
        return ioreq_create_want(m, caller_slot, slot, want, &id) && id == arg[1];
    if (server_mapped(m, slot, arg[1]) || !m->dom_pub[sv->emulator].in_use)
        return 0;
    *want = (struct ht_fuzz_want){.call = HT_CALL_map_resource,
                                  .caller = m->dom_pub[sv->emulator].domid};
    want->arg[0] = m->dom_pub[slot].domid;
    want->arg[1] = HT_RESOURCE_TYPE_IOREQ_SERVER;
    want->arg[2] = arg[1];
    want->arg[3] = IOREQ_FRAME_IOREQ;
    want->arg[4] = 1;  /* nr_frames */
    want->arg[5] = 1;  /* writable, as an emulator maps them */
    return 1;
}

/* The fuzzer's state-driven insertion for a resource call (acquire_resource, resource_size,
 * map_resource) on another live domain (res12), a call that moves the call's class
 * (fuzz_class above: resource_caller, the resource and whether it has frames) a step, in
 * the order of resource_gate's checks:
 * - by a guest that is neither the target nor its device model: the toolstack's
 *   domain_set_target of the guest to the target (want_device_model above), which
 *   xsm_domain_resource_map's XSM_DM_PRIV (xsm/dummy.h, RELEASE-4.17.0) then lets through;
 * - by domain 0 or the target's device model, a call that maps no frame of a resource that
 *   has some within its size (a size query: resource_size, acquire_resource with no
 *   frame_list, map_resource of 0 frames; a resource with no frames: resource_max_frames'
 *   0; frames past its size): the same caller's read-only map_resource of the first frame
 *   of the resource **mended**, the one named when it has frames, else the target's
 *   grant table's shared frames (id 0: every domain has a grant table, and
 *   gnttab_resource_max_frames is its max_grant_frames); an ioreq server's first frame is
 *   its synchronous ioreq frame, the one every server has.  A toolstack or a device model
 *   maps what it has sized (xenforeignmemory_resource_size, then
 *   xenforeignmemory_map_resource).  A translated device model's map then meets
 *   arch_acquire_resource_check (arch/x86/include/asm/p2m.h, RELEASE-4.17.0) as its query
 *   did; a PV one's maps the frame.
 * The map named the caller, the target, a type and an id with frames, a frame and a count
 * within them together: of 20,000 random inputs, 40 held a device model's resource call on
 * its target and 3 of them named its grant table's shared frames.  Not a Xen decision:
 * fuzzing feedback only. */
static uint32_t want_resource(const ht_machine *m, uint32_t call, const uint64_t *arg,
                              uint8_t caller_slot, struct ht_fuzz_want *want)
{
    uint8_t slot = ht_slot(m, arg[0]);  /* DOMID_SELF is not translated (resource_gate) */
    if (!has_acquire_resource(m) || slot == HT_NO_SLOT || slot == caller_slot ||
        dom_flag(m, slot, HT_DF_DYING))
        return 0;
    if (want_device_model(m, caller_slot, slot, want))
        return 1;
    uint32_t type = (uint32_t)arg[1] & 0xffff, id = (uint32_t)arg[2];
    uint64_t max = known_type(type) ? max_frames_of(m, slot, type, id) : 0;
    uint64_t count_mask = (UINT64_C(1) << HT_LIST_SHIFT) - 1, frame = 0, nr = 0;
    if (call == HT_CALL_map_resource) {
        frame = (uint32_t)arg[3];  /* privcmd's u32 idx */
        nr = (uint32_t)arg[4];
    } else if (call == HT_CALL_acquire_resource && (arg[6] & count_mask)) {
        frame = arg[5];
        nr = (uint32_t)arg[3];
    }
    if (nr && frame < max && nr <= max - frame)
        return 0;  /* a mapping of frames the resource has */
    if (!max) {
        type = HT_RESOURCE_TYPE_GRANT_TABLE;
        id = 0;  /* XENMEM_resource_grant_table_id_shared */
        if (!gnttab_resource_max_frames(m, slot, id))
            return 0;
    }
    *want = (struct ht_fuzz_want){.call = HT_CALL_map_resource,
                                  .caller = m->dom_pub[caller_slot].domid};
    want->arg[0] = m->dom_pub[slot].domid;
    want->arg[1] = type;
    want->arg[2] = id;
    want->arg[3] = type == HT_RESOURCE_TYPE_IOREQ_SERVER ? IOREQ_FRAME_IOREQ : 0;
    want->arg[4] = 1;  /* nr_frames; writable 0 */
    return 1;
}

/* The family's wants: a resource call's (want_resource); for a dm_op on an ioreq server, the
 * device-model relation's, else the server's (one step at a time: a caller that is not the
 * domain's device model is refused before the server matters, and a second want would
 * halve the first's insertions). */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    if (cap == 0 || caller_slot >= HT_MAX_DOMAINS)
        return 0;
    if (call == HT_CALL_acquire_resource || call == HT_CALL_resource_size ||
        call == HT_CALL_map_resource)
        return want_resource(m, call, arg, caller_slot, want);
    if (call != HT_CALL_ioreq_server_create && call != HT_CALL_ioreq_server_destroy)
        return 0;
    uint8_t slot = ht_slot(m, arg[0]);
    if (slot == HT_NO_SLOT || slot == caller_slot || !dom_is_hvm(m, slot))
        return 0;
    if (want_device_model(m, caller_slot, slot, want))
        return 1;
    return want_server(m, call, arg, caller_slot, slot, want);
}

const struct ht_family_ops ht_family_resource = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .domain_busy = domain_busy,
    .oracle_pre = size_oracle_pre,
    .oracle_post = size_oracle_post,
};
