/*
 * Grant tables: each domain's version, its shared frames (current and maximum), the status
 * frames of a version-2 table, and the entries (common/grant_table.c).
 *
 * The table starts with HT_GNT_INITIAL_FRAMES frames (4.2's INITIAL_NR_GRANT_FRAMES on
 * x86; 4.17's is HT_GNT_INITIAL_FRAMES_4_17, at version 1: initial_state) and grows up to
 * the domain's max_grant_frames: through acquire_resource, or through GNTTABOP_setup_table
 * (the gntsize family, csrc/gntsize.c; gnttab_setup), after which grant_access may use
 * the entries of the new frames.  A frame holds 512 v1 or 256 v2 entries; a v2 table has one
 * status frame per 8 shared frames (grant_to_status_frames).
 *
 * Entries are kept by index, whatever the version's layout, in 512-entry pages taken from
 * a pool as the guest writes them.  The frames themselves are Xen's (xenheap pages shared
 * with the guest; owner HT_OWNER_XEN here): a frame is backed by a host frame from the
 * first time acquire_resource hands out its number, so that machines that never map one
 * keep the free-frame counts they always had.  Xen allocates them when the table grows;
 * only host.free_frames can tell the difference, between a growth and the first map.
 */
#include <string.h>

#include "engine.h"

#define PER_PAGE HT_GNT_ENTRIES_PER_PAGE
#define STATUS_FRAMES (HT_GNT_MAX_FRAMES / 8)
#define POOL_PAGES (HT_MAX_DOMAINS * HT_GNT_INITIAL_FRAMES + 32)
#define NO_PAGE 0xffffu

_Static_assert(POOL_PAGES < NO_PAGE, "pool pages are numbered in 16 bits");
_Static_assert(HT_GNT_MAX_FRAMES <= 255, "frame counts are kept in 8 bits");

struct gnt_table {
    uint8_t version;     /* gt_version: 0 until the guest sets its table up */
    uint8_t nr_frames;   /* nr_grant_frames */
    uint8_t max_frames;  /* max_grant_frames */
    uint8_t pad;
    uint32_t used;       /* entries at and above this index were never written */
    uint16_t page[HT_GNT_MAX_FRAMES];         /* pool page of entries [512p, 512p+512) */
    uint32_t shared_mfn[HT_GNT_MAX_FRAMES];   /* host frame behind shared frame i */
    uint32_t status_mfn[STATUS_FRAMES];       /* host frame behind status frame i */
};

struct gnttab_state {
    struct gnt_table table[HT_MAX_DOMAINS];
    uint16_t next_free[POOL_PAGES];  /* the pool's free list */
    uint16_t free_head;
    uint16_t pad;
    struct ht_grant entry[POOL_PAGES][PER_PAGE];
};

static struct gnttab_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_GNTTAB);
}

static struct gnt_table *table(const ht_machine *m, uint8_t slot)
{
    return &state(m)->table[slot];
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct gnttab_state);
}

static void init(ht_machine *m, void *raw)
{
    (void)m;
    struct gnttab_state *s = raw;
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        struct gnt_table *t = &s->table[slot];
        memset(t->page, 0xff, sizeof t->page);
        memset(t->shared_mfn, 0xff, sizeof t->shared_mfn);
        memset(t->status_mfn, 0xff, sizeof t->status_mfn);
    }
    for (uint32_t p = 0; p < POOL_PAGES; p++)
        s->next_free[p] = p + 1 < POOL_PAGES ? (uint16_t)(p + 1) : (uint16_t)NO_PAGE;
    s->free_head = 0;
}

/* grant_to_status_frames: one 2-byte status per v2 entry, 2048 to a frame. */
static uint32_t status_frames(uint32_t grant_frames)
{
    return (grant_frames + 7) / 8;
}

static uint32_t per_frame(const struct gnt_table *t)
{
    return t->version == 2 ? PER_PAGE / 2 : PER_PAGE;
}

uint8_t gnttab_version(const ht_machine *m, uint8_t slot)
{
    return table(m, slot)->version;
}

int ht_gnttab_version(const ht_machine *m, uint32_t domid)
{
    uint8_t slot = domid > UINT16_MAX ? HT_NO_SLOT : ht_slot(m, domid);
    return slot == HT_NO_SLOT ? -1 : table(m, slot)->version;
}

int ht_gnttab_entry(const ht_machine *m, uint32_t domid, uint32_t gref, uint64_t *out)
{
    uint8_t slot = domid > UINT16_MAX ? HT_NO_SLOT : ht_slot(m, domid);
    if (slot == HT_NO_SLOT)
        return -1;
    const struct ht_grant *g = gnttab_entry(m, slot, gref);
    if (!g) {
        out[0] = out[1] = out[2] = 0;
        return 0;
    }
    /* public/grant_table.h: GTF_permit_access 1, GTF_readonly 4. */
    out[0] = (grant_flags(g) & HT_GNT_PERMIT ? 1u : 0u) | (grant_flags(g) & HT_GNT_READONLY ? 4u : 0u);
    out[1] = g->grantee;
    out[2] = g->frame;
    return 1;
}

uint32_t gnttab_nr_entries(const ht_machine *m, uint8_t slot)
{
    const struct gnt_table *t = table(m, slot);
    return t->nr_frames * per_frame(t);
}

struct ht_grant *gnttab_entry(const ht_machine *m, uint8_t slot, uint32_t gref)
{
    const struct gnt_table *t = table(m, slot);
    if (gref >= t->used)
        return NULL;
    return &state(m)->entry[t->page[gref / PER_PAGE]][gref % PER_PAGE];
}

/* The page holding entries from 512p, taken from the pool (zeroed) when first written. */
static bool page_for(ht_machine *m, uint8_t slot, uint32_t p)
{
    struct gnttab_state *s = state(m);
    struct gnt_table *t = &s->table[slot];
    if (t->page[p] != NO_PAGE)
        return true;
    uint16_t page = s->free_head;
    if (page == NO_PAGE)
        return false;
    j16(m, &s->free_head, s->next_free[page]);
    j16(m, &t->page[p], page);
    ht_journal_blob(m, s->entry[page], sizeof s->entry[page]);
    memset(s->entry[page], 0, sizeof s->entry[page]);
    return true;
}

int64_t gnttab_alloc_entry(ht_machine *m, uint8_t slot, uint32_t *gref)
{
    struct gnt_table *t = table(m, slot);
    uint32_t index = 0;
    for (; index < t->used; index++) {
        const struct ht_grant *g = gnttab_entry(m, slot, index);
        if (!g->word)
            break;
    }
    if (index >= gnttab_nr_entries(m, slot))
        FAIL(ENOSPC, GRANT_TABLE_FULL);
    if (index == t->used) {
        if (!page_for(m, slot, index / PER_PAGE))
            FAIL(ENOSPC, GNT_POOL_EXHAUSTED);
        j32(m, &t->used, index + 1);
    }
    /* The guest's first grant implies it has set its table up (GNTTABOP_setup_table). */
    if (t->version == 0)
        j8(m, &t->version, 1);
    *gref = index;
    return 0;
}

/* An entry's bytes changed in the table's frames (written by whoever has them mapped: the
 * guest, or a toolstack through acquire_resource).  Xen keeps no copy: it reads the shared
 * entry when it is mapped (map_grant_ref, common/grant_table.c, RELEASE-4.17.0), so the
 * engine's entry simply becomes what the bytes say.  A 4.17 table is at version 1 from
 * grant_table_init (initial_state); a 4.2 one starts at 0 until first used, and a write
 * is a use. */
int64_t gnttab_write_entry(ht_machine *m, uint8_t slot, uint32_t gref, uint16_t flags,
                           uint16_t grantee, uint32_t frame)
{
    struct gnt_table *t = table(m, slot);
    if (t->version == 0)
        j8(m, &t->version, 1);
    if (gref >= gnttab_nr_entries(m, slot))
        FAIL(EINVAL, GRANT_ENTRY_BEYOND);
    for (uint32_t p = t->used / PER_PAGE; p <= gref / PER_PAGE; p++)
        if (t->page[p] == NO_PAGE && !page_for(m, slot, p))
            FAIL(ENOSPC, GNT_POOL_EXHAUSTED);
    if (gref >= t->used) {
        /* The entries between were never written: zero (the pages are zeroed). */
        j32(m, &t->used, gref + 1);
    }
    struct ht_grant *g = gnttab_entry(m, slot, gref);
    j32(m, &g->frame, frame);
    grant_set_flags(m, g, flags);
    j16(m, &g->grantee, grantee);
    return 0;
}

/* ---- frames ----------------------------------------------------------------------------- */

/* The host frame behind *mfn, allocated for Xen on first use; HT_MFN_INVALID when the
 * host has none (Xen's alloc_xenheap_page failing in gnttab_grow_table). */
static uint32_t backed(ht_machine *m, uint32_t *mfn)
{
    if (*mfn == HT_MFN_INVALID)
        j32(m, mfn, frame_alloc_xen(m));
    return *mfn;
}

/* Xen lets go of a frame: freed now, or when the last mapping of it goes. */
static void release(ht_machine *m, uint32_t *mfn)
{
    if (*mfn == HT_MFN_INVALID)
        return;
    uint32_t frame = *mfn;
    j32(m, mfn, HT_MFN_INVALID);
    frame_release(m, frame);
}

uint32_t gnttab_resource_max_frames(const ht_machine *m, uint8_t slot, uint32_t id)
{
    /* gnttab_resource_max_frames (common/grant_table.c, RELEASE-4.17.0): fixed when the
     * domain is made; the status count whatever the current version, as
     * GNTTAB_MAX_VERSION is 2. */
    const struct gnt_table *t = table(m, slot);
    if (id == 0)
        return t->max_frames;
    if (id == 1)
        return status_frames(t->max_frames);
    return 0;
}

uint32_t gnttab_resource_frames(const ht_machine *m, uint8_t slot, uint32_t id)
{
    /* The frames the table has now (nr_grant_frames, and nr_status_frames under v2:
     * common/grant_table.c, RELEASE-4.17.0); a resource frame at or past them grows it. */
    const struct gnt_table *t = table(m, slot);
    if (id == 0)
        return t->nr_frames;
    if (id == 1 && t->version == 2)
        return status_frames(t->nr_frames);
    return 0;
}

/* gnttab_grow_table: more shared frames (and, under v2, the status frames they need). */
static void grow(ht_machine *m, uint8_t slot, uint32_t frames)
{
    j8(m, &table(m, slot)->nr_frames, (uint8_t)frames);
}

/* Planted gnttab_grow_failure_frees_listed (XSA-26, CVE-2012-5510, fixed by 23d9492080,
 * in 4.2.1 by 7e23d7b368: gnttab_grow_table's failure path passed the frames it had
 * already shared with the guest to free_xenheap_page, leaving them on the domain's
 * xenpage_list): when the host runs out of frames part-way through a growth, the frames
 * this call had backed go back to the heap while the table still lists them.  The fixed
 * code keeps them (the table has grown that far; gnttab_get_shared_frame_mfn answers the
 * rest EINVAL). */
static void grow_failed(ht_machine *m, uint32_t *mfn_of, uint32_t frame, uint32_t failed,
                        uint32_t fresh)
{
    if (!ht_bug(m, HT_BUG_GNTTAB_GROW_FAILURE_FREES_LISTED) || fresh == 0 || fresh != failed)
        return;
    for (uint32_t i = 0; i < fresh; i++)
        frame_release(m, mfn_of[frame + i]);
}

int64_t gnttab_acquire(ht_machine *m, uint8_t slot, uint32_t id, uint32_t frame, uint32_t nr,
                       uint64_t *mfns)
{
    /* gnttab_acquire_resource (common/grant_table.c, RELEASE-4.17.0).  The table grows, if
     * it can, to the request's last frame; a growth that is impossible or fails leaves the
     * frame missing, which reads as EINVAL (gnttab_get_shared_frame_mfn and
     * gnttab_get_status_frame_mfn ignore gnttab_grow_table's ENOMEM). */
    struct gnt_table *t = table(m, slot);
    uint64_t final = (uint64_t)frame + nr - 1;
    if (dom_flag(m, slot, HT_DF_DYING))
        FAIL(EINVAL, GNT_RES_DYING);
    uint32_t *mfn_of;
    if (id == 0) {
        if (final >= t->nr_frames && final + 1 <= t->max_frames)
            grow(m, slot, (uint32_t)final + 1);
        if (final >= t->nr_frames)
            FAIL(EINVAL, GNT_RES_BEYOND_MAX);
        mfn_of = t->shared_mfn;
    } else {
        if (t->version != 2)
            FAIL(EINVAL, GNT_RES_STATUS_V1);
        /* status_to_grant_frames: status frame k needs 8(k+1) shared frames. */
        if (final >= status_frames(t->nr_frames) && 8 * (final + 1) <= t->max_frames)
            grow(m, slot, (uint32_t)(8 * (final + 1)));
        if (final >= status_frames(t->nr_frames))
            FAIL(EINVAL, GNT_RES_BEYOND_MAX);
        mfn_of = t->status_mfn;
    }
    uint32_t fresh = 0;  /* the frames this call backed, the first ones of the request */
    for (uint32_t i = 0; i < nr; i++) {
        bool unbacked = mfn_of[frame + i] == HT_MFN_INVALID;
        uint32_t got = backed(m, &mfn_of[frame + i]);
        if (got == HT_MFN_INVALID) {
            grow_failed(m, mfn_of, frame, i, fresh);
            FAIL(EINVAL, GNT_RES_NO_MEMORY);
        }
        if (unbacked && fresh == i)
            fresh = i + 1;
        mfns[i] = got;
    }
    return 0;
}

/* ---- GNTTABOP_setup_table's growth (csrc/gntsize.c has the op's checks) ----------------- */

uint32_t gnttab_nr_frames(const ht_machine *m, uint8_t slot)
{
    return table(m, slot)->nr_frames;
}

uint32_t gnttab_max_frames(const ht_machine *m, uint8_t slot)
{
    return table(m, slot)->max_frames;
}

/* The part of gnttab_setup_table that touches the table, after its checks; the caller has
 * made sure frames <= max_frames.  4.2's "if ( gt->gt_version == 0 ) gt->gt_version = 1"
 * comes first (gnttab_setup_table, RELEASE-4.2.0; a 4.17 table is at 1 from
 * grant_table_init), then the growth to frames when the table has fewer
 * (gnttab_grow_table at both tags; under v2 the status frames follow nr_frames here,
 * status_frames()).  Xen allocates every new frame in the growth; the engine backs a frame
 * when its number is first handed out (this file's header), so with hand_out (a
 * paravirtualised domain, whose frame list holds machine frames) the first `frames` frames
 * are backed, all or none: when the host has no frame for one, the frames this call backed
 * go back, the table keeps its size and the answer is false (gnttab_grow_table's
 * shared_alloc_failed path: "op.status = GNTST_general_error").  mfns gets frame i's host
 * frame (HT_MFN_INVALID when not handed out). */
bool gnttab_setup(ht_machine *m, uint8_t slot, uint32_t frames, bool hand_out, uint32_t *mfns)
{
    _Static_assert(HT_GNT_MAX_FRAMES <= 64, "the frames one call backs fit a 64-bit mask");
    struct gnt_table *t = table(m, slot);
    if (t->version == 0)
        j8(m, &t->version, 1);
    if (frames > t->max_frames)
        return false;  /* never: the op's checks refuse it first */
    uint64_t fresh = 0;  /* the frames this call backed */
    for (uint32_t i = 0; hand_out && i < frames; i++) {
        if (t->shared_mfn[i] != HT_MFN_INVALID)
            continue;
        if (backed(m, &t->shared_mfn[i]) != HT_MFN_INVALID) {
            fresh |= 1ull << i;
            continue;
        }
        for (uint32_t k = 0; k < i; k++)
            if (fresh >> k & 1)
                release(m, &t->shared_mfn[k]);
        return false;
    }
    if (frames > t->nr_frames)
        grow(m, slot, frames);
    for (uint32_t i = 0; i < frames; i++)
        mfns[i] = hand_out ? t->shared_mfn[i] : HT_MFN_INVALID;
    return true;
}

/* ---- GNTTABOP_set_version ---------------------------------------------------------------- */

/* gnttab_set_version(version), by the calling guest for its own table. */
int64_t ht_h_gnttab_set_version(ht_machine *m, uint32_t version)
{
    /* gnttab_set_version (common/grant_table.c, RELEASE-4.2.0; the status-frame check is
     * RELEASE-4.17.0's gnttab_unpopulate_status_frames). */
    uint8_t slot = m->caller.slot;
    struct gnt_table *t = table(m, slot);
    if (version != 1 && version != 2)
        FAIL(EINVAL, GNT_VERSION_BAD);
    if (t->version == version)
        OK(0, GNT_VERSION_SAME);
    /* Only the first 8 entries (the toolstack's reserved grants) may be in use. */
    if (t->version != 0) {
        for (uint32_t i = HT_GNT_RESERVED_ENTRIES; i < t->used; i++)
            if (grant_maps(gnttab_entry(m, slot, i)))
                FAIL(EBUSY, GNT_ENTRIES_IN_USE);
    }
    if (t->version == 2) {
        /* Leaving v2 frees the status frames; one that is still mapped (through
         * acquire_resource) refuses, and a translated guest is crashed besides.  4.2 freed
         * them regardless, which before the XSA-255 fix left them mapped. */
        /* Planted gnttab_grown_status_unchecked (modelled on XSA-255, 4972c38f79: 4.17's
         * gnttab_unpopulate_status_frames checks every status frame, "for ( i = 0; i <
         * nr_status_frames(gt); i++ )"): the check stops at the status frames of the
         * table's initial size, so a frame a growth added (gnttab_grow_table, through
         * acquire_resource) is freed with its mappings' references ignored. */
        bool grown_bug = ht_bug(m, HT_BUG_GNTTAB_GROWN_STATUS_UNCHECKED);
        uint32_t checked = grown_bug ? status_frames(HT_GNT_INITIAL_FRAMES) : STATUS_FRAMES;
        bool mapped = false;
        for (uint32_t k = 0; k < checked; k++)
            mapped |= t->status_mfn[k] != HT_MFN_INVALID && m->frame[t->status_mfn[k]].refs;
        if (mapped && !ht_bug(m, HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED)) {
            if (dom_is_hvm(m, slot))
                domain_crash(m, slot);
            FAIL(EBUSY, GNT_STATUS_MAPPED);
        }
        for (uint32_t k = 0; k < STATUS_FRAMES; k++) {
            uint32_t mfn = t->status_mfn[k];
            bool ignored = ht_bug(m, HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED) ||
                           (grown_bug && k >= checked);
            if (mfn != HT_MFN_INVALID && ignored) {
                /* free_xenheap_page ignores the references the mappings hold. */
                j8(m, &m->frame[mfn].refs, 0);
                frame_set_wcount(m, mfn, 0);
            }
            /* Planted gnttab_status_left_listed (XSA-26, CVE-2012-5510, fixed by
             * 23d9492080, in 4.2.1 by 7e23d7b368: gnttab_unpopulate_status_frames freed
             * the pages without taking them off the domain's xenpage_list): the frame
             * goes back to the heap while the table still lists it as a status frame. */
            if (mfn != HT_MFN_INVALID && ht_bug(m, HT_BUG_GNTTAB_STATUS_LEFT_LISTED)) {
                frame_release(m, mfn);
                continue;
            }
            release(m, &t->status_mfn[k]);
        }
    }
    /* The table is cleared except for the first 8 entries, which are converted. */
    for (uint32_t i = HT_GNT_RESERVED_ENTRIES; i < t->used; i++) {
        struct ht_grant *g = gnttab_entry(m, slot, i);
        j32(m, &g->frame, 0);
        grant_set_flags(m, g, 0);
    }
    if (t->used > HT_GNT_RESERVED_ENTRIES)
        j32(m, &t->used, HT_GNT_RESERVED_ENTRIES);
    j8(m, &t->version, (uint8_t)version);
    OK(0, NONE);
}

/* ---- hooks ------------------------------------------------------------------------------- */

/* grant_table_create (common/grant_table.c, RELEASE-4.2.0): "t->nr_grant_frames =
 * INITIAL_NR_GRANT_FRAMES" (4 on x86, asm-x86/grant_table.h) and gt_version left 0 by the
 * xzalloc, until the guest sets its table up.  grant_table_init (RELEASE-4.17.0):
 * "gt->gt_version = 1", then gnttab_grow_table(d, 0), which grows to
 * INITIAL_NR_GRANT_FRAMES ("if ( req_nr_frames < INITIAL_NR_GRANT_FRAMES )"), 1 on x86
 * (arch/x86/include/asm/grant_table.h).  The doc profile keeps 4.2's. */
static void initial_state(const ht_machine *m, uint32_t *frames, uint8_t *version)
{
    bool v4_17 = m->profile == HT_PROFILE_XEN_4_17;
    *frames = v4_17 ? HT_GNT_INITIAL_FRAMES_4_17 : HT_GNT_INITIAL_FRAMES;
    *version = v4_17 ? 1 : 0;
}

/* grant_table_init: a fresh table of the domain's limit, its entries' pages back in the
 * pool (a reused slot's). */
static void domain_init(ht_machine *m, uint8_t slot)
{
    struct gnttab_state *s = state(m);
    struct gnt_table *t = &s->table[slot];
    for (uint32_t p = 0; p < HT_GNT_MAX_FRAMES; p++) {
        uint16_t page = t->page[p];
        if (page == NO_PAGE)
            continue;
        j16(m, &s->next_free[page], s->free_head);
        j16(m, &s->free_head, page);
        j16(m, &t->page[p], NO_PAGE);
    }
    uint32_t max = m->dom[slot].max_grant_frames ? m->dom[slot].max_grant_frames
                                                 : HT_GNT_DEFAULT_MAX_FRAMES;
    uint32_t initial;
    uint8_t version;
    initial_state(m, &initial, &version);
    j8(m, &t->version, version);
    j8(m, &t->max_frames, (uint8_t)max);
    j8(m, &t->nr_frames, (uint8_t)(max < initial ? max : initial));
    j32(m, &t->used, 0);
}

/* grant_table_destroy: Xen lets go of the frames (a mapped one stays until unmapped).  The
 * entries stay readable while the domain is dying, as its shared frames do in Xen. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct gnt_table *t = table(m, slot);
    for (uint32_t i = 0; i < HT_GNT_MAX_FRAMES; i++)
        release(m, &t->shared_mfn[i]);
    for (uint32_t k = 0; k < STATUS_FRAMES; k++)
        release(m, &t->status_mfn[k]);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct gnttab_state *s = state(m);
    h = ht_fnv(h, s->table, sizeof s->table);
    h = ht_fnv(h, s->next_free, sizeof s->next_free);
    h = ht_fnv(h, &s->free_head, sizeof s->free_head);
    for (uint32_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const struct gnt_table *t = &s->table[slot];
        for (uint32_t p = 0; p * PER_PAGE < t->used; p++) {
            uint32_t n = t->used - p * PER_PAGE < PER_PAGE ? t->used - p * PER_PAGE : PER_PAGE;
            h = ht_fnv(h, s->entry[t->page[p]], n * sizeof(struct ht_grant));
        }
    }
    return h;
}

/* gnttab.1: the table never has more frames than its limit, Xen holds every frame it has
 * handed out, and status frames exist only under v2, one per 8 shared frames. */
static void check_frame(ht_machine *m, struct ht_audit *a, uint32_t domid, uint64_t index,
                        uint32_t mfn, bool allowed)
{
    if (mfn == HT_MFN_INVALID)
        return;
    if (!allowed) {
        audit_add(a, HT_INV_GNT_BOUNDS, domid, index, mfn, -1, mfn);
        return;
    }
    const ht_frame *f = mfn_is_ram(m, mfn) ? &m->frame[mfn] : NULL;
    if (!f || f->owner != HT_OWNER_XEN || !(f->bits & HT_FRAME_ALLOCATED))
        audit_add(a, HT_INV_GNT_BOUNDS, domid, index, mfn, HT_OWNER_XEN, f ? f->owner : -1);
}

static void audit(ht_machine *m, struct ht_audit *a)
{
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *p = &m->dom_pub[slot];
        if (!p->in_use)
            continue;
        const struct gnt_table *t = table(m, slot);
        if (t->nr_frames > t->max_frames || t->max_frames > HT_GNT_MAX_FRAMES ||
            t->used > gnttab_nr_entries(m, slot))
            audit_add(a, HT_INV_GNT_BOUNDS, p->domid, HT_NONE64, HT_NONE64, t->max_frames,
                      t->nr_frames);
        for (uint32_t i = 0; i < HT_GNT_MAX_FRAMES; i++)
            check_frame(m, a, p->domid, i, t->shared_mfn[i], i < t->nr_frames);
        for (uint32_t k = 0; k < STATUS_FRAMES; k++)
            check_frame(m, a, p->domid, k, t->status_mfn[k],
                        t->version == 2 && k < status_frames(t->nr_frames));
    }
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The fuzzer's class of the table a gnttab_set_version leaves (csrc/fuzz.c state_class):
 * its version, whether it has grown past its initial status frames, and which of its status
 * frames a mapping holds (one of the initial ones, one a growth added).  Leaving v2 checks
 * the status frames for mappings (gnttab_unpopulate_status_frames, common/grant_table.c,
 * RELEASE-4.17.0, "for ( i = 0; i < nr_status_frames(gt); i++ )"), and the switch is refused
 * or takes the same path whichever frame holds the mapping, so the outcome alone does not
 * tell a table whose only mapped frame came with a growth from one whose first frame is
 * mapped (the boot's).  With the class, an input that maps a later status frame and then
 * switches is kept, and so is one that drops the first frame's mapping before the switch:
 * the three-call chain (unmap, map a grown frame, switch) climbs a call at a time.  Not a
 * Xen decision: fuzzing feedback only. */
static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    if (call != HT_CALL_gnttab_set_version || caller_slot >= HT_MAX_DOMAINS)
        return 0;
    const struct gnt_table *t = table(m, caller_slot);
    uint32_t initial = status_frames(HT_GNT_INITIAL_FRAMES), mapped_initial = 0,
             mapped_grown = 0;
    for (uint32_t k = 0; k < STATUS_FRAMES; k++) {
        uint32_t mfn = t->status_mfn[k];
        bool mapped = mfn != HT_MFN_INVALID && mfn_is_ram(m, mfn) && m->frame[mfn].refs;
        if (k < initial)
            mapped_initial |= mapped;
        else
            mapped_grown |= mapped;
    }
    bool grown = status_frames(t->nr_frames) > initial;
    /* And the version asked for (1, 2, another: issue 18, deep8): only a switch to v1 leaves
     * v2 and checks the status frames, and a refused or idle switch to another version had
     * been the first to reach the class, so the switch to v1 that met it was not kept. */
    uint32_t asked = arg[0] == 1 ? 1u : arg[0] == 2 ? 2u : 3u;
    /* And, for a switch to v1, the guest whose table it is (issue 18, deep11): the first
     * switch to reach a class is the only one kept for it and asked for its wants
     * (fuzz_want below), and one guest's may lead nowhere (domain 0's status frames, which
     * no acquire_resource of its own maps), another's on.  Unkeyed, a class reached by one
     * guest's switch was seen for every other guest's, and each of the four guests that can
     * map status frames had one chance in a run, not one each.  Only the switch to v1:
     * keyed for every version asked, the guests' random switches made five times the
     * classes early in a run, each replacing a kept input (tmem_save_cursor_dangling,
     * found in 12.6 s and 1.2 s on main with seeds 1002 and 1003, was missed in both; with
     * the key for v1 only, 1003 took 4.7 s and 1002 was still missed). */
    return 0x20u | (uint32_t)(t->version & 3) | (uint32_t)grown << 2 | mapped_initial << 3 |
           mapped_grown << 4 | asked << 6 | (asked == 1 ? (uint32_t)caller_slot << 8 : 0u);
}

/* XENMEM_resource_grant_table_id_status (public/memory.h, RELEASE-4.17.0): the status
 * frames' id for acquire_resource, as gnttab_resource_max_frames reads it above. */
#define RESOURCE_ID_STATUS 1u

/* One want that changes whether status frame k is mapped: domain 0 unmaps a resource
 * mapping whose first frame it is, or maps it (read-only, one frame: XENMEM_acquire_resource
 * of the grant table's status frames, which grows the table to reach a later one). */
static bool toggle_status_frame(const ht_machine *m, uint8_t slot, uint32_t k,
                                struct ht_fuzz_want *want)
{
    const struct gnt_table *t = table(m, slot);
    uint32_t mfn = t->status_mfn[k];
    if (mfn != HT_MFN_INVALID && mfn_is_ram(m, mfn) && m->frame[mfn].refs) {
        for (uint32_t i = 0; i < HT_MAX_MAPPINGS; i++) {
            if (m->map[i].kind != HT_MAP_RESOURCE || m->map[i].mfn != mfn)
                continue;
            *want = (struct ht_fuzz_want){.call = HT_CALL_unmap_resource, .caller = 0};
            want->arg[0] = i;
            return true;
        }
        return false;  /* held another way (a grant mapping): no resource unmap frees it */
    }
    /* Domain 0 maps another domain's frames only: acquire_resource takes the target with
     * rcu_lock_remote_domain_by_id (common/memory.c, RELEASE-4.17.0), -EPERM for the
     * caller's own. */
    if (k >= status_frames(t->max_frames) || slot == 0)
        return false;
    *want = (struct ht_fuzz_want){.call = HT_CALL_map_resource, .caller = 0};
    want->arg[0] = m->dom_pub[slot].domid;
    want->arg[1] = HT_RESOURCE_TYPE_GRANT_TABLE;
    want->arg[2] = RESOURCE_ID_STATUS;
    want->arg[3] = k;  /* frame */
    want->arg[4] = 1;  /* nr_frames; writable 0 */
    return true;
}

/* The fuzzer's state-driven insertions for a guest's switch to v1 (fuzz_class above: the
 * table's version, and which of its status frames a mapping holds, an initial one and one
 * a growth added).  From v2: a call that flips each of the two, the first initial status
 * frame's mapping and the first grown one's (unmapped if a resource mapping holds it, else
 * mapped).  Leaving v2 checks every status frame for mappings
 * (gnttab_unpopulate_status_frames, common/grant_table.c, RELEASE-4.17.0), so each flip is a
 * neighbouring class of the check; the map and the unmap need the guest's domain, the grant
 * table's type and status id, the frame and the mapping's id at once, which random
 * insertions rarely gave.  From v1 or an unset table (issue 18, deep11), the guest's own
 * switch to v2 before it, so that the switch leaves v2 (the version class a step on): each
 * guest's table is a class of its own, and every guest but domain 0 (whose frames no
 * acquire_resource of its own maps) then asks for its status frames mapped.  Not a Xen
 * decision: fuzzing feedback only. */
static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    if (call != HT_CALL_gnttab_set_version || caller_slot >= HT_MAX_DOMAINS || arg[0] != 1 ||
        cap == 0)
        return 0;
    const struct gnt_table *t = table(m, caller_slot);
    if (t->version != 2) {  /* v1, or 0: not set up yet */
        if (caller_slot == 0)
            return 0;
        *want = (struct ht_fuzz_want){.call = HT_CALL_gnttab_set_version,
                                      .caller = m->dom_pub[caller_slot].domid};
        want->arg[0] = 2;
        return 1;
    }
    uint32_t firsts[2] = {0, status_frames(HT_GNT_INITIAL_FRAMES)}, n = 0;
    for (uint32_t i = 0; i < 2 && n < cap; i++)
        n += firsts[i] < STATUS_FRAMES && toggle_status_frame(m, caller_slot, firsts[i], &want[n]);
    return n;
}

const struct ht_family_ops ht_family_gnttab = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
    .state_bytes = state_bytes,
    .init = init,
    .domain_init = domain_init,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
};
