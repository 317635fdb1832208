/*
 * XENMEM_exchange (memory_exchange, common/memory.c at RELEASE-4.2.1, with the XSA-212
 * subrange checks of 938fd2586e) and seed 004's exchange_and_pin and unpin (doc profile).
 *
 * A chunk is max(in order, out order) pages.  Its input pages are stolen (each must be the
 * domain's, with no reference beyond its allocation), the output extents allocated (from
 * no domain, naturally aligned, below out.address_bits), then the inputs leave the p2m and
 * are freed and the outputs are assigned without touching tot_pages (MEMF_no_refcount on
 * both sides: the count never changes) and mapped at the gpfns of the out list.  Stealing
 * changes nothing in Xen until the chunk commits (a failure reassigns the pages), so the
 * engine checks a chunk first and commits it after; what the checks do on the way (an
 * unshare) stays, as in Xen.
 *
 * Pins: a pin holds one reference on its frame, as Xen would hold one to keep the page
 * from being stolen or shared: the refusals sharing, paging and exchange already make for
 * referenced pages then refuse pinned ones.  The p2m entry's pin field names the pin.
 */
#include <string.h>

#include "engine.h"

#define MAX_PINS 4096u

_Static_assert(MAX_PINS < 0xffffu, "a p2m entry keeps pin + 1 in 16 bits");

struct pin {
    uint8_t used;
    uint8_t slot;
    uint16_t pad;
    uint32_t mfn;       /* the frame the gfn had when pinned */
    uint64_t gfn;
};

/* What the oracle saw before an exchange (scratch: not state, never journalled). */
struct exchange_pre {
    bool valid;
    uint8_t slot;           /* the target, if it exists */
    int64_t pages;          /* its tot_pages + shr_pages */
    uint64_t nr_exchanged;  /* as given */
    uint64_t nr_in;
};

struct exchange_state {
    struct pin pin[MAX_PINS];
    uint32_t pins;          /* pins in use */
    uint32_t pad;
    struct exchange_pre pre;
};

static struct exchange_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_EXCHANGE);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct exchange_state);
}

/* ---- profile decisions ------------------------------------------------------------------ */

/* memory_op 26 and 27 in the profile's Xen: seed 004's pin ops (doc), unknown (4.2's
 * do_memory_op default: -ENOSYS), or other calls, XENMEM_get_vnumainfo and
 * XENMEM_reserved_device_memory_map (public/memory.h, RELEASE-4.17.0), which read another
 * struct and which the engine does not model: an explicit unsupported answer. */
static int64_t pin_op_absent(ht_machine *m)
{
    if (m->profile == HT_PROFILE_XEN_4_2)
        FAIL(ENOSYS, MEMOP_UNKNOWN_42);
    if (m->profile == HT_PROFILE_XEN_4_17)
        UNSUPPORTED(MEMOP_OTHER_CALL_4_17);
    return 0;
}

/* Seed 004's ops: the doc profile's, on a hypervisor built with them. */
static bool has_pin_ops(const ht_machine *m)
{
    return ht_doc(m) && m->config.option[HT_OPT_EXCHANGE_AND_PIN];
}

/* multipage_allocation_permitted (asm-x86/iocap.h, RELEASE-4.2.0): more than 512 pages at
 * once needs I/O capabilities, which only the control domain has here. */
static bool multipage_permitted(const ht_machine *m, uint64_t order)
{
    return order <= 9 || caller_is_priv(m);
}

/* ---- guest lists ------------------------------------------------------------------------ */

/* A list the guest gave, and whether an access to it has been inside it yet. */
struct guest_list {
    ht_list *l;
    bool touched;
};

/* An access past a list's end.  Xen's range checks make it impossible; without them (the
 * planted XSA-29 and XSA-212 bugs) a paravirtualised caller's handle reaches memory it does
 * not own: XSA-29's unchecked accessors at any index, XSA-212's only when the first access
 * jumps past the end (a sequential overrun faults on the guest's own unmapped memory
 * first).  Such an access is reported, and then fails as a copy fault: what the memory past
 * the list holds is not modelled, and __copy_from_guest_offset's fault is one of the
 * outcomes memory_exchange (common/memory.c, RELEASE-4.2.0) has for it ("rc = -EFAULT; goto
 * fail" for an input extent; a failed output gpfn read or write-back is ignored).  It read
 * as 0 before, and a claim of 2^32 extents then exchanged gfn 0 once per chunk for four
 * billion chunks, journalling each: the fuzzer's executor never returned from the input
 * that had found the bug (and grew past 20 GiB).  Always false. */
static bool beyond_end(ht_machine *m, struct guest_list *g, uint64_t i)
{
    bool pv = !dom_is_hvm(m, m->caller.slot);
    bool unchecked = ht_bug(m, HT_BUG_EXCHANGE_UNCHECKED_LISTS) ||
                     (ht_bug(m, HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED) && !g->touched);
    if (pv && unchecked)
        report_violation(m, HT_INV_MEMORY_SAFETY, m->caller.domid, i, HT_NONE64,
                         (int64_t)g->l->n - 1, (int64_t)i);
    return false;
}

static bool list_read(ht_machine *m, struct guest_list *g, uint64_t i, uint64_t *v)
{
    if (ht_list_get(g->l, i, 0, v)) {
        g->touched = true;
        return true;
    }
    *v = 0;
    return beyond_end(m, g, i);
}

static void list_write(ht_machine *m, struct guest_list *g, uint64_t i, uint64_t v)
{
    if (ht_list_put(g->l, i, 0, v))
        g->touched = true;
    else
        beyond_end(m, g, i);  /* 4.2 ignores a write-back's failure */
}

/* guest_handle_subrange_okay(h, first, nr - 1): elements [first, nr) lie in the list. */
static bool subrange_ok(const ht_list *l, uint64_t first, uint64_t nr)
{
    return first >= nr || nr <= l->n;
}

/* ---- pins ------------------------------------------------------------------------------- */

static void pin_add(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t mfn)
{
    struct exchange_state *s = state(m);
    uint32_t i = 0;
    while (s->pin[i].used)
        i++;  /* room was checked before the chunk committed */
    struct pin *p = &s->pin[i];
    j8(m, &p->slot, slot);
    j32(m, &p->mfn, mfn);
    j64(m, &p->gfn, gfn);
    j8(m, &p->used, 1);
    j32(m, &s->pins, s->pins + 1);
    j16(m, &p2m_entry(m, slot, gfn)->pin, (uint16_t)(i + 1));
    frame_get(m, mfn);
}

static void pin_drop(ht_machine *m, uint32_t i)
{
    struct exchange_state *s = state(m);
    struct pin *p = &s->pin[i];
    ht_p2m_entry *e = p2m_entry(m, p->slot, p->gfn);
    if (e && e->pin == i + 1)
        j16(m, &e->pin, 0);
    j8(m, &p->used, 0);
    j32(m, &s->pins, s->pins - 1);
    frame_put(m, p->mfn);
}

/* ---- the exchange ------------------------------------------------------------------------ */

struct exchange {
    uint8_t slot;
    bool pin;
    uint64_t in_order, out_order;
    uint64_t in_chunk_order, out_chunk_order;
    uint64_t limit;         /* outputs lie below this frame (out.address_bits) */
    struct guest_list in, out;
};

/* The pages of chunk i's input extents, in order: calls visit(gfn) for each until it
 * returns non-zero.  A list read that faults is EFAULT. */
typedef int64_t (*page_visitor)(ht_machine *m, const struct exchange *x, uint64_t gfn);

static int64_t each_input(ht_machine *m, struct exchange *x, uint64_t i, page_visitor visit)
{
    for (uint64_t j = 0; j < (1ull << x->in_chunk_order); j++) {
        uint64_t gmfn;
        if (!list_read(m, &x->in, (i << x->in_chunk_order) + j, &gmfn))
            FAIL(EFAULT, EXCH_COPY_FAULT);
        for (uint64_t k = 0; k < (1ull << x->in_order); k++) {
            int64_t rc = visit(m, x, gmfn + k);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static bool bit_test_set(uint64_t *bits, uint64_t i)
{
    bool was = (bits[i / 64] >> (i % 64)) & 1u;
    bits[i / 64] |= 1ull << (i % 64);
    return was;
}

/* One input page, before anything is stolen: get_gfn_unshare, mfn_valid and steal_page
 * (arch/x86/mm.c, RELEASE-4.2.0: the page is the domain's, not Xen's, and has exactly its
 * allocation reference).  A page met twice in a chunk was stolen already (the scratch
 * bitmap m->scratch_frames marks the chunk's pages). */
static int64_t check_input(ht_machine *m, const struct exchange *x, uint64_t gfn)
{
    ht_p2m_entry *e = p2m_entry(m, x->slot, gfn);
    if (e && e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, x->slot, gfn, false)) {
        sharing_notify_enomem(m, x->slot, gfn);
        FAIL(ENOMEM, EXCH_SHARED_NOMEM);
    }
    if (!e || !mfn_is_ram(m, e->mfn) || !type_is_ram(e->type))
        FAIL(EINVAL, EXCH_NO_PAGE);
    if (x->pin && e->pin)
        FAIL(EINVAL, PIN_ALREADY);
    if (x->pin && e->type != HT_P2M_TYPE_RAM_RW && e->type != HT_P2M_TYPE_RAM_LOGDIRTY)
        FAIL(EINVAL, PIN_NOT_RW);
    const ht_frame *f = &m->frame[e->mfn];
    if (f->owner != x->slot || !(f->bits & HT_FRAME_ALLOCATED) || f->refs ||
        frame_wcount(f) || bit_test_set(m->scratch_frames, e->mfn))
        FAIL(EINVAL, EXCH_STEAL);
    return 0;
}

static int64_t unmark_input(ht_machine *m, const struct exchange *x, uint64_t gfn)
{
    const ht_p2m_entry *e = p2m_entry(m, x->slot, gfn);
    if (e && mfn_is_ram(m, e->mfn))
        m->scratch_frames[e->mfn / 64] &= ~(1ull << (e->mfn % 64));
    return 0;
}

/* guest_physmap_remove_page, then the stolen page's last reference goes. */
static int64_t free_input(ht_machine *m, const struct exchange *x, uint64_t gfn)
{
    uint32_t mfn = p2m_entry(m, x->slot, gfn)->mfn;
    p2m_clear(m, x->slot, gfn);
    frame_release(m, mfn);  /* tot_pages - 1 here; the output's assignment adds it back */
    return 0;
}

static uint8_t ram_type(const ht_machine *m, uint8_t slot)
{
    return dom_flag(m, slot, HT_DF_LOGDIRTY) ? HT_P2M_TYPE_RAM_LOGDIRTY : HT_P2M_TYPE_RAM_RW;
}

/* guest_physmap_add_entry (arch/x86/mm/p2m.c, RELEASE-4.2.0) for one output page; the
 * exchange ignores its failures, which leave the page the domain's but unmapped.  A page
 * that was mapped there keeps its owner and its count (only its M2P entry goes: 4.2 leaks
 * it); a paged-out gfn's hole is plugged.  A pinned gfn keeps its page (seed 004). */
static bool place_output(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t mfn)
{
    ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    if (!e || e->pin)
        return false;  /* p2m_gfn_check_limit; or pinned */
    if (e->type == HT_P2M_TYPE_RAM_SHARED && unshare_page(m, slot, gfn, false)) {
        sharing_notify_enomem(m, slot, gfn);
        return false;
    }
    if (type_is_paging(e->type) && e->mfn == HT_MFN_INVALID)
        jadd(m, &m->dom_pub[slot].paged_pages, -1);
    else if (type_is_ram(e->type) && mfn_is_ram(m, e->mfn))
        frame_set_m2p(m, e->mfn, HT_M2P_INVALID);
    mmio_dm_frame_orphan(m, e);  /* guest_physmap_add_entry leaves it behind */
    return p2m_map_private(m, slot, gfn, mfn, ram_type(m, slot));
}

/* Assigns output extent j of chunk i (an aligned block of 2^out_order frames). */
static void commit_output(ht_machine *m, struct exchange *x, uint64_t index, uint64_t *gpfn)
{
    uint64_t pages = 1ull << x->out_order;
    uint32_t base = frame_alloc_block(m, x->slot, (uint32_t)x->out_order, x->limit);
    jadd(m, &m->dom_pub[x->slot].tot_pages, (int64_t)pages);  /* assign_pages */
    /* The gpfn is read with errors ignored: a fault keeps the previous extent's. */
    uint64_t read;
    if (list_read(m, &x->out, index, &read))
        *gpfn = read;
    for (uint64_t k = 0; k < pages; k++) {
        bool mapped = place_output(m, x->slot, *gpfn + k, base + (uint32_t)k);
        if (x->pin && mapped)
            pin_add(m, x->slot, *gpfn + k, base + (uint32_t)k);
    }
    /* A paravirtualised domain learns the machine frame; seed 004 tells every domain. */
    if (x->pin || !dom_is_hvm(m, x->slot))
        list_write(m, &x->out, index, base);
}

/* The limit out.address_bits puts on the output frames: bits_to_zone (common/page_alloc.c,
 * RELEASE-4.2.0) leaves no zone for 1 to 13 bits; 0 means any. */
static uint64_t frame_limit(uint64_t mem_flags)
{
    uint64_t bits = mem_flags & 0xff;
    if (bits == 0 || bits >= 44)
        return ~0ull;
    return bits <= 13 ? 0 : 1ull << (bits - 12);
}

/* Planted exchange_fail_frees_stolen (modelled on XSA-159: eedecb3cf0, in 4.6.1 2633d57c3a):
 * memory_exchange's fail label (common/memory.c, RELEASE-4.2.0) gives the chunk's stolen
 * input pages back with assign_pages(d, page, 0, MEMF_no_refcount), and XSA-159's fix
 * drops a page only when that reassignment fails for a dying domain.  With the bug the
 * pages are dropped (their allocation reference goes, so they are freed) while the p2m
 * still maps them -- planted on the fail path of a chunk after the first, once the call
 * has made progress. */
static int64_t drop_stolen(ht_machine *m, const struct exchange *x, uint64_t gfn)
{
    const ht_p2m_entry *e = p2m_entry(m, x->slot, gfn);
    if (e && mfn_is_ram(m, e->mfn) && (m->frame[e->mfn].bits & HT_FRAME_ALLOCATED))
        frame_release(m, e->mfn);
    return 0;
}

/* A chunk failed after steal_page took its inputs ("goto fail"): Xen reassigns them, which
 * the engine's check-then-commit order makes a no-op -- unless the planted bug drops them. */
static void fail_after_steal(ht_machine *m, struct exchange *x, uint64_t i, uint64_t first)
{
    if (i > first && ht_bug(m, HT_BUG_EXCHANGE_FAIL_FREES_STOLEN))
        each_input(m, x, i, drop_stolen);
}

/* The chunk loop.  Returns 0 or the raw error, with *done the chunks completed. */
static int64_t run_chunks(ht_machine *m, struct exchange *x, uint64_t first, uint64_t end,
                          uint64_t *done)
{
    uint64_t i = first, gpfn = 0;
    for (; i < end; i++) {
        *done = i;
        int64_t rc = each_input(m, x, i, check_input);
        each_input(m, x, i, unmark_input);
        if (rc)
            return rc;
        uint64_t extents = 1ull << x->out_chunk_order;
        if (frame_free_blocks(m, (uint32_t)x->out_order, x->limit, extents) < extents) {
            fail_after_steal(m, x, i, first);
            FAIL(ENOMEM, EXCH_ALLOC);
        }
        if (x->pin) {
            uint64_t pages = extents << x->out_order;
            if (MAX_PINS - state(m)->pins < pages || fault_fires(m, HT_FAULT_SITE_COPY)) {
                fail_after_steal(m, x, i, first);
                FAIL(EFAULT, PIN_INTERNAL);
            }
        }
        /* Beyond this point the chunk cannot fail. */
        each_input(m, x, i, free_input);
        for (uint64_t j = 0; j < extents; j++)
            commit_output(m, x, (i << x->out_chunk_order) + j, &gpfn);
    }
    *done = i;
    return 0;
}

/* memory_exchange's checks and loop; *nr_exchanged is what goes back to the guest. */
static int64_t exchange(ht_machine *m, const uint64_t *hdr, uint64_t nr_in, ht_list *in,
                        uint64_t nr_out, ht_list *out, bool pin, uint64_t *nr_exchanged)
{
    uint64_t in_domid = hdr[0], out_domid = hdr[1], in_order = hdr[2], out_order = hdr[3];
    *nr_exchanged = hdr[5];
    if (*nr_exchanged > nr_in)
        FAIL(EINVAL, EXCH_PROGRESS_BAD);
    if (in_domid != out_domid)
        FAIL(EINVAL, EXCH_DOMIDS);
    if (in_order > HT_MAX_ORDER || out_order > HT_MAX_ORDER)
        FAIL(EINVAL, EXCH_ORDER);
    if ((~0ull >> in_order) < nr_in || (~0ull >> out_order) < nr_out)
        FAIL(EINVAL, EXCH_OVERFLOW);
    if ((nr_in << in_order) != (nr_out << out_order))
        FAIL(EINVAL, EXCH_SIZES);
    struct exchange x = {.pin = pin, .in_order = in_order, .out_order = out_order,
                         .in = {in, false}, .out = {out, false},
                         .limit = frame_limit(hdr[4])};
    if (in_order <= out_order)
        x.in_chunk_order = out_order - in_order;
    else
        x.out_chunk_order = in_order - out_order;
    /* The XSA-29 checks, as XSA-212 made them: from the resume point on. */
    uint64_t out_first = in_order <= out_order ? *nr_exchanged >> x.in_chunk_order
                                               : *nr_exchanged << x.out_chunk_order;
    bool unchecked = ht_bug(m, HT_BUG_EXCHANGE_UNCHECKED_LISTS) ||
                     ht_bug(m, HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED);
    if (!unchecked && (!subrange_ok(in, *nr_exchanged, nr_in) ||
                       !subrange_ok(out, out_first, nr_out)))
        FAIL(EFAULT, EXCH_LIST_RANGE);
    if (!multipage_permitted(m, in_order) || !multipage_permitted(m, out_order))
        FAIL(EPERM, EXCH_MULTIPAGE);
    /* rcu_lock_target_domain_by_id; 4.2.0 kept rc 0 when the domain was missing. */
    int64_t rc = target_self_or_priv(m, in_domid, &x.slot);
    if (rc == -HT_ESRCH && ht_bug(m, HT_BUG_EXCHANGE_MISSING_DOMAIN_OK))
        OK(0, EXCH_MISSING_DOMAIN_OK);
    if (rc)
        return rc;
    /* The audit leaves its own marks in the scratch bitmap; each chunk clears its own. */
    memset(m->scratch_frames, 0, (m->config.total_frames / 64 + 1) * sizeof *m->scratch_frames);
    uint64_t done;
    rc = run_chunks(m, &x, *nr_exchanged >> x.in_chunk_order, nr_in >> x.in_chunk_order, &done);
    *nr_exchanged = rc ? done << x.in_chunk_order : nr_in;
    if (rc)
        return rc;
    OK(0, NONE);
}

/* The struct's header in, nr_exchanged back out (copy_field_to_guest), whatever happened. */
static int64_t exchange_call(ht_machine *m, ht_list *header, uint64_t nr_in, ht_list *in,
                             uint64_t nr_out, ht_list *out, bool pin)
{
    uint64_t hdr[6];
    for (uint32_t f = 0; f < 6; f++)
        ht_list_get(header, 0, f, &hdr[f]);  /* a fixed one-element list */
    uint64_t nr_exchanged;
    int64_t rc = exchange(m, hdr, nr_in, in, nr_out, out, pin, &nr_exchanged);
    ht_list_put(header, 0, 5, nr_exchanged);
    return rc;
}

/* memory_exchange(exchange, nr_in, in_extents, nr_out, out_extents) */
int64_t ht_h_memory_exchange(ht_machine *m, ht_list exchange, uint64_t nr_in, ht_list in_extents,
                             uint64_t nr_out, ht_list out_extents)
{
    return exchange_call(m, &exchange, nr_in, &in_extents, nr_out, &out_extents, false);
}

/* memory_exchange_and_pin(exchange, nr_in, in_extents, nr_out, out_extents) */
int64_t ht_h_memory_exchange_and_pin(ht_machine *m, ht_list exchange, uint64_t nr_in,
                                     ht_list in_extents, uint64_t nr_out, ht_list out_extents)
{
    int64_t absent = pin_op_absent(m);
    if (absent)
        return absent;
    if (!has_pin_ops(m))
        FAIL(ENOSYS, PIN_UNSUPPORTED);
    return exchange_call(m, &exchange, nr_in, &in_extents, nr_out, &out_extents, true);
}

/* memory_unpin(domid, nr_extents, extent_order, extent_start) */
int64_t ht_h_memory_unpin(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                          uint32_t extent_order, ht_list extent_start)
{
    /* Seed 004's XENMEM_unpin, as the engine models it: the checks of an exchange's in
     * reservation, then all or nothing. */
    int64_t absent = pin_op_absent(m);
    if (absent)
        return absent;
    if (!has_pin_ops(m))
        FAIL(ENOSYS, PIN_UNSUPPORTED);
    if (extent_order > HT_MAX_ORDER)
        FAIL(EINVAL, EXCH_ORDER);
    if ((~0ull >> extent_order) < nr_extents)
        FAIL(EINVAL, EXCH_OVERFLOW);
    if (!subrange_ok(&extent_start, 0, nr_extents))
        FAIL(EFAULT, EXCH_LIST_RANGE);
    uint8_t slot;
    int64_t rc = target_self_or_priv(m, domid, &slot);
    if (rc)
        return rc;
    uint64_t pages = 1ull << extent_order;
    for (int pass = 0; pass < 2; pass++) {
        for (uint64_t i = 0; i < nr_extents; i++) {
            uint64_t base = 0;
            ht_list_get(&extent_start, i, 0, &base);  /* in range: checked above */
            for (uint64_t k = 0; k < pages; k++) {
                const ht_p2m_entry *e = p2m_entry(m, slot, base + k);
                if (pass == 0 && (!e || !e->pin))
                    FAIL(EINVAL, PIN_NOT_PINNED);
                if (pass == 1 && e->pin)  /* a page listed twice is unpinned once */
                    pin_drop(m, e->pin - 1u);
            }
        }
    }
    OK(0, NONE);
}

/* ---- hooks -------------------------------------------------------------------------------- */

/* A domain's pins go with it, before its memory is relinquished. */
static void domain_teardown(ht_machine *m, uint8_t slot)
{
    struct exchange_state *s = state(m);
    for (uint32_t i = 0; i < MAX_PINS && s->pins; i++)
        if (s->pin[i].used && s->pin[i].slot == slot)
            pin_drop(m, i);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    const struct exchange_state *s = state(m);
    h = ht_fnv(h, &s->pins, sizeof s->pins);
    for (uint32_t i = 0; i < MAX_PINS; i++)
        if (s->pin[i].used)
            h = ht_fnv(h, &s->pin[i], sizeof s->pin[i]);
    return h;
}

/* pin.1: each pin's gfn keeps its frame, a private RAM frame of its domain carrying the
 * pin's reference; p2m marks and pins agree both ways. */
static void audit(ht_machine *m, struct ht_audit *a)
{
    const struct exchange_state *s = state(m);
    uint32_t used = 0;
    for (uint32_t i = 0; i < MAX_PINS; i++) {
        const struct pin *p = &s->pin[i];
        if (!p->used)
            continue;
        used++;
        const ht_domain_pub *d = &m->dom_pub[p->slot];
        const ht_p2m_entry *e = d->in_use ? p2m_entry(m, p->slot, p->gfn) : NULL;
        if (!e || e->pin != i + 1 || e->mfn != p->mfn) {
            audit_add(a, HT_INV_PIN, d->domid, p->gfn, p->mfn, p->mfn,
                      e ? (int64_t)e->mfn : -1);
            continue;
        }
        const ht_frame *f = mfn_is_ram(m, e->mfn) ? &m->frame[e->mfn] : NULL;
        bool ram = e->type == HT_P2M_TYPE_RAM_RW || e->type == HT_P2M_TYPE_RAM_LOGDIRTY ||
                   e->type == HT_P2M_TYPE_RAM_RO;
        if (!ram || !f || f->owner != p->slot || !(f->bits & HT_FRAME_ALLOCATED) || !f->refs)
            audit_add(a, HT_INV_PIN, d->domid, p->gfn, p->mfn, HT_P2M_TYPE_RAM_RW, e->type);
    }
    if (used != s->pins)
        audit_add(a, HT_INV_PIN, HT_NONE_DOM, HT_NONE64, HT_NONE64, used, s->pins);
    for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
        const ht_domain_pub *d = &m->dom_pub[slot];
        if (!d->in_use)
            continue;
        for (uint64_t gfn = 0; gfn < d->p2m_size; gfn++) {
            uint16_t pin = m->p2m[d->p2m_base + gfn].pin;
            if (pin && (pin > MAX_PINS || !s->pin[pin - 1].used ||
                        s->pin[pin - 1].slot != slot || s->pin[pin - 1].gfn != gfn))
                audit_add(a, HT_INV_PIN, d->domid, gfn, HT_NONE64, 0, pin);
        }
    }
}

/* ---- the exchange oracle (exchange.1) -------------------------------------------------------
 *
 * Judges every exchange by what it claims: it reads the header before and after the call
 * and the target's page count, independently of how the handler got there. */

static bool is_exchange(uint32_t call)
{
    return call == HT_CALL_memory_exchange || call == HT_CALL_memory_exchange_and_pin;
}

static uint64_t header_field(ht_machine *m, uint32_t call, const uint64_t *arg, uint32_t f)
{
    ht_list hdr = ht_list_at(m, arg[0], ht_calls[call].arg_list[0] - 1u);
    uint64_t v = 0;
    ht_list_get(&hdr, 0, f, &v);
    return v;
}

static void exchange_oracle_pre(ht_machine *m, uint32_t call, const uint64_t *arg)
{
    struct exchange_pre *pre = &state(m)->pre;
    pre->valid = is_exchange(call);
    if (!pre->valid)
        return;
    uint64_t domid = ht_resolve_domid(m, header_field(m, call, arg, 0));
    pre->slot = ht_slot(m, domid);
    if (pre->slot != HT_NO_SLOT)
        pre->pages = m->dom_pub[pre->slot].tot_pages + m->dom_pub[pre->slot].shr_pages;
    pre->nr_exchanged = header_field(m, call, arg, 5);
    pre->nr_in = arg[1];
}

static void exchange_oracle_post(ht_machine *m, uint32_t call, const uint64_t *arg,
                                 int64_t raw, const uint64_t *out)
{
    (void)out;
    struct exchange_pre *pre = &state(m)->pre;
    if (!pre->valid)
        return;
    pre->valid = false;
    uint64_t now = header_field(m, call, arg, 5);
    uint32_t domid = (uint32_t)header_field(m, call, arg, 0);
    bool claims = raw == 0 ? now == pre->nr_in : now == pre->nr_exchanged || now < pre->nr_in;
    if (!claims)
        report_violation(m, HT_INV_EXCH, domid, HT_NONE64, HT_NONE64, (int64_t)pre->nr_in,
                         (int64_t)now);
    if (pre->slot != HT_NO_SLOT && m->dom_pub[pre->slot].in_use) {
        int64_t pages = m->dom_pub[pre->slot].tot_pages + m->dom_pub[pre->slot].shr_pages;
        if (pages != pre->pages)
            report_violation(m, HT_INV_EXCH, domid, HT_NONE64, HT_NONE64, pre->pages, pages);
    }
}

/* ---- fuzzing's abstract state (ht_family_ops.fuzz_class) ------------------------------ */

/* The fuzzer's class of an exchange that limits where its outputs lie (out.address_bits
 * below the host's top frame): how many free blocks of the output order lie below the
 * limit (none, one, two, more) and whether the call asks for more than one extent.  It is
 * the value profile of the chunk loop's allocation check (memory_exchange's
 * alloc_domheap_pages(NULL, exch.out.extent_order, memflags), memflags holding
 * MEMF_bits(domain_clamp_alloc_bitsize(d, XENMEMF_get_address_bits(exch.out.mem_flags))),
 * common/memory.c, RELEASE-4.2.0; frame_free_blocks above): a first chunk that finds the one
 * free frame below the limit and a second that finds none take the same ENOMEM path as an
 * exchange that finds none at all, so the outcome does not see how close the call came.
 * With the class, an exchange after a call that freed a frame below its limit is kept, and
 * one asking for a second extent is a mutation away.  The header is read from the call's
 * list (the pool the fuzzer's executor lent the machine), bounds checked: the input is
 * hostile.  Not a Xen decision: fuzzing feedback only. */
/* The slot of the domain an exchange's header names (DOMID_SELF: the caller's), or
 * HT_NO_SLOT. */
static uint8_t fuzz_target(const ht_machine *m, const uint64_t *hdr, uint8_t caller_slot)
{
    return hdr[0] == HT_DOMID_SELF ? caller_slot : ht_slot(m, hdr[0]);
}

/* Whether the domain's page at gfn would be stolen: steal_page's conditions as check_input
 * reads them (a RAM page of the domain, allocated, with no reference beyond its
 * allocation). */
static bool fuzz_gfn_stealable(const ht_machine *m, uint8_t slot, uint64_t gfn)
{
    if (slot >= HT_MAX_DOMAINS || gfn >= m->dom_pub[slot].p2m_size)
        return false;
    const ht_p2m_entry *e = &m->p2m[gidx(m, slot, gfn)];
    if (!mfn_is_ram(m, e->mfn) || e->type != HT_P2M_TYPE_RAM_RW)
        return false;
    const ht_frame *f = &m->frame[e->mfn];
    return f->owner == slot && (f->bits & HT_FRAME_ALLOCATED) && !f->refs && !frame_wcount(f);
}

/* Element i of list argument a of the call (a word offset into the pool), or false. */
static bool fuzz_element(const ht_machine *m, const uint64_t *arg, int a, uint64_t i,
                         uint64_t *value)
{
    uint64_t n = (uint32_t)arg[a], offset = arg[a] >> HT_LIST_SHIFT;
    if (i >= n || offset + i >= m->pool_words)
        return false;
    *value = m->pool[offset + i];
    return true;
}

/* Whether the in list's element i would be stolen. */
static bool fuzz_stealable(const ht_machine *m, const uint64_t *arg, uint64_t i, uint8_t slot)
{
    uint64_t gfn;
    return fuzz_element(m, arg, 2, i, &gfn) && fuzz_gfn_stealable(m, slot, gfn);
}

/* Whether the pages of the exchange's second chunk on (up to the eighth) would be stolen
 * too, each a distinct gfn: where the first chunk completes, a later one that stops at
 * steal_page (EINVAL) never reaches the allocation or the pin bookkeeping, and one whose
 * inputs are all stealable does.  The class tells the two apart, so an exchange whose later
 * inputs were mended by a mutation is kept over the one that stopped.  Order-0 inputs only
 * (the chunks' pages are the list's elements). */
static bool fuzz_rest_stealable(const ht_machine *m, const uint64_t *arg, const uint64_t *hdr,
                                uint8_t slot)
{
    uint64_t n = (uint32_t)arg[2], offset = arg[2] >> HT_LIST_SHIFT;
    if (hdr[2] != 0)
        return false;
    for (uint64_t i = hdr[5] + 1; i < n && i < hdr[5] + 8; i++) {
        if (!fuzz_stealable(m, arg, i, slot))
            return false;
        for (uint64_t j = hdr[5]; j < i; j++)
            if (m->pool[offset + j] == m->pool[offset + i])
                return false;
    }
    return true;
}

/* The header of an exchange the fuzzer reads (its one-element list in the pool), or NULL. */
static const uint64_t *fuzz_header(const ht_machine *m, uint32_t call, const uint64_t *arg)
{
    if (!is_exchange(call) || !m->pool)
        return NULL;
    uint64_t count = (uint32_t)arg[0], offset = arg[0] >> HT_LIST_SHIFT;
    uint32_t stride = ht_lists[ht_calls[call].arg_list[0] - 1u].stride;
    if (count != 1 || stride < 6 || offset > m->pool_words || m->pool_words - offset < stride)
        return NULL;
    return m->pool + offset;
}

/* Whether the header's out.address_bits limits the outputs to frames below the host's top. */
static bool fuzz_limited(const ht_machine *m, const uint64_t *hdr)
{
    return frame_limit(hdr[4]) < m->config.total_frames;
}

/* The target's slot of an exchange that passes memory_exchange's argument checks
 * (exchange() above: the domains agree, the orders are in range and the sizes match, the
 * resume point is below nr_in) and whose first page would be stolen, or HT_NO_SLOT.  Only
 * those reach the allocation; the others, the most of the fuzzer's exchanges, would reach
 * the same states and crowd out the one kept input that got there.  Nor does one whose
 * first page cannot be stolen reach it (issue 18, deep8): the first exchange to reach a
 * class is the one kept, and one stopped at steal_page kept the class from the exchanges
 * that meet the allocation. */
static uint8_t fuzz_well_formed(const ht_machine *m, const uint64_t *arg, const uint64_t *hdr,
                                uint8_t caller_slot)
{
    uint64_t nr_in = arg[1], nr_out = arg[3];
    if (hdr[0] != hdr[1] || hdr[2] > HT_MAX_ORDER || hdr[3] > HT_MAX_ORDER ||
        (~0ull >> hdr[2]) < nr_in || (~0ull >> hdr[3]) < nr_out ||
        (nr_in << hdr[2]) != (nr_out << hdr[3]) || hdr[5] >= nr_in)
        return HT_NO_SLOT;
    uint8_t slot = fuzz_target(m, hdr, caller_slot);
    return fuzz_stealable(m, arg, hdr[5], slot) ? slot : HT_NO_SLOT;
}

static uint32_t fuzz_class(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot)
{
    const uint64_t *hdr = fuzz_header(m, call, arg);
    if (!hdr)
        return 0;
    uint8_t slot = fuzz_well_formed(m, arg, hdr, caller_slot);
    /* One that would not reach the allocation has a class of its own, one per caller and
     * call (it asks for itself mended, fuzz_want below): kept once, it is the first step
     * of the chain, and its many kinds do not crowd out the well-formed ones' classes. */
    if (slot == HT_NO_SLOT)
        return (0x40u | (uint32_t)(call == HT_CALL_memory_exchange_and_pin)) |
               (uint32_t)caller_slot << 8;
    bool more = arg[1] - hdr[5] > 1;
    /* One without a limit gets a class too, by whether it pins, asks for more than one
     * chunk and would steal every chunk's page: the stepping stones to the limited classes
     * (fuzz_want below asks for the exchange with a limit) and a kept call whose chunk loop
     * passed its failure sites once per chunk, so the fail-nth want (csrc/fuzz.c,
     * want_faults) fails its last chunk after the first completed.  Before, only the 2 in
     * 2,000 exchanges both well formed and limited were kept. */
    /* And by the domain it exchanges for: the first exchange to reach a class is the one
     * whose wants are asked, and one domain's may lead nowhere (no other page to give, no
     * frame below the limit to free), another's on. */
    uint32_t domain = (uint32_t)slot << 8;
    if (!fuzz_limited(m, hdr))
        return (0x20u | (uint32_t)(more && fuzz_rest_stealable(m, arg, hdr, slot)) << 2 |
                (uint32_t)(call == HT_CALL_memory_exchange_and_pin) << 1 | more) |
               domain;
    uint64_t free_blocks = frame_free_blocks(m, (uint32_t)hdr[3], frame_limit(hdr[4]), 3);
    return (0x10u | (uint32_t)free_blocks << 1 | more) | domain;
}

/* Whether gfn is among the exchange's input extents (its in list, as the fuzzer's pool
 * holds it). */
static bool fuzz_input_gfn(const ht_machine *m, uint32_t call, const uint64_t *arg, uint64_t gfn)
{
    uint64_t n = (uint32_t)arg[2], offset = arg[2] >> HT_LIST_SHIFT;
    (void)call;
    for (uint64_t i = 0; i < n && offset + i < m->pool_words; i++)
        if (m->pool[offset + i] == gfn)
            return true;
    return false;
}

/* The fuzzer's state-driven insertions for a kept exchange (its class was new, fuzz_class
 * above), each the call that moves the class one step on, which random mutations reach one
 * time in thousands (issue 18; syzkaller's descriptions know which call makes the resource
 * another needs).  Fuzzing feedback only: not a Xen decision. */

/* For an exchange whose class says no free block lies below its address limit: domain 0's
 * decrease_reservation of the gfn that maps the lowest frame below the limit a decrease
 * would free -- a guest's own RAM frame, mapped once at that gfn and held by nothing else
 * (guest_remove_page, common/memory.c, RELEASE-4.2.0, frees such a page; one with
 * references stays allocated) and not one of the exchange's own inputs.  With it the
 * exchange's first chunk finds the frame (alloc_domheap_pages below MEMF_bits,
 * memory_exchange), a step from the class "none" to "one"; random insertions named that
 * domain and gfn by chance.  Order-0 blocks only: a higher order needs an aligned run
 * freed. */
static uint32_t want_frame_freed(const ht_machine *m, uint32_t call, const uint64_t *arg,
                                 const uint64_t *hdr, uint8_t target, struct ht_fuzz_want *want)
{
    uint64_t limit = frame_limit(hdr[4]);
    for (uint64_t mfn = 0; mfn < limit && mfn < m->config.total_frames; mfn++) {
        const ht_frame *f = &m->frame[mfn];
        uint8_t owner = (uint8_t)f->owner;
        if (f->owner >= HT_MAX_DOMAINS || !m->dom_pub[owner].in_use ||
            !(f->bits & HT_FRAME_ALLOCATED) || f->refs || frame_wcount(f) ||
            f->m2p == HT_M2P_INVALID)
            continue;
        const ht_p2m_entry *e =
            f->m2p < m->dom_pub[owner].p2m_size ? &m->p2m[gidx(m, owner, f->m2p)] : NULL;
        if (!e || e->mfn != mfn || e->type != HT_P2M_TYPE_RAM_RW || e->pin ||
            (owner == target && fuzz_input_gfn(m, call, arg, f->m2p)))
            continue;
        *want = (struct ht_fuzz_want){.call = HT_CALL_decrease_reservation, .caller = 0,
                                      .nwords = 1};
        want->arg[0] = m->dom_pub[owner].domid;  /* domid; nr_extents: the list's length */
        want->arg[2] = 0;                        /* extent_order */
        want->word[0] = f->m2p;
        return 1;
    }
    return 0;
}

/* The most extents of each list a want copies: the header's 6 words and two lists. */
#define WANT_EXTENTS ((HT_FUZZ_WANT_WORDS - 6) / 2)

/* An exchange as a want: header words hdr (resumed at 0) and n extents of order 0 both
 * ways (in gfns in, out gpfns out), made by the kept call's caller. */
static uint32_t want_exchange(const ht_machine *m, uint32_t call, uint8_t caller_slot,
                              const uint64_t *hdr, uint64_t n, const uint64_t *in,
                              const uint64_t *out, struct ht_fuzz_want *want)
{
    if (n == 0 || n > WANT_EXTENTS)
        return 0;
    *want = (struct ht_fuzz_want){.call = call, .caller = m->dom_pub[caller_slot].domid,
                                  .nwords = (uint8_t)(6 + 2 * n)};
    memcpy(want->word, hdr, 6 * sizeof *hdr);
    want->word[5] = 0;
    memcpy(want->word + 6, in, n * sizeof *in);
    memcpy(want->word + 6 + n, out, n * sizeof *out);
    want->count[0] = 1;
    want->count[2] = want->count[4] = (uint8_t)n;
    return 1;
}

/* The exchange itself as a want, from its resume point on, with header field 4
 * (out.mem_flags) set to flags and, when extra is not HT_NONE64, one more extent (in gfn
 * extra; out gpfn extra too when the out list named the in list's gfns, else the last out
 * gpfn's successor). */
static uint32_t want_itself(const ht_machine *m, uint32_t call, const uint64_t *arg,
                            const uint64_t *hdr, uint8_t caller_slot, uint64_t flags,
                            uint64_t extra, struct ht_fuzz_want *want)
{
    uint64_t n = arg[1] - hdr[5] + (extra != HT_NONE64), in[WANT_EXTENTS], out[WANT_EXTENTS];
    if (n > WANT_EXTENTS)
        return 0;
    bool mirrored = true;
    for (uint64_t i = 0; i + (extra != HT_NONE64) < n; i++) {
        if (!fuzz_element(m, arg, 2, hdr[5] + i, &in[i]) ||
            !fuzz_element(m, arg, 4, hdr[5] + i, &out[i]))
            return 0;
        mirrored &= in[i] == out[i];
    }
    if (extra != HT_NONE64) {
        in[n - 1] = extra;
        out[n - 1] = mirrored ? extra : out[n - 2] + 1;
    }
    uint64_t words[6];
    memcpy(words, hdr, sizeof words);
    words[4] = flags;
    return want_exchange(m, call, caller_slot, words, n, in, out, want);
}

/* The domain's lowest gfn (of its first 4096) whose page would be stolen, or HT_NONE64. */
static uint64_t lowest_stealable(const ht_machine *m, uint8_t slot)
{
    if (slot >= HT_MAX_DOMAINS || !m->dom_pub[slot].in_use)
        return HT_NONE64;
    for (uint64_t g = 0; g < m->dom_pub[slot].p2m_size && g < 4096; g++)
        if (fuzz_gfn_stealable(m, slot, g))
            return g;
    return HT_NONE64;
}

/* For an exchange that would stop at its argument checks or its first page: itself
 * mended, as each check of memory_exchange (exchange() above) wants it -- one extent of
 * order 0 both ways, the in and out domains alike (a guest caller's own, by DOMID_SELF;
 * for domain 0 the domain the header names, or the first guest with a page to give when
 * it names none), the first in gfn kept when its page would be stolen and otherwise the
 * domain's lowest such gfn, the out gpfn the same, resumed at 0.  The value feedback of
 * those comparisons: each field that failed its check takes the value the check compared
 * it with, which random mutations matched together one exchange in a thousand.  The class
 * of such exchanges is one (fuzz_class), so only the first is asked: it must not come
 * back empty-handed. */
static uint32_t want_mended(const ht_machine *m, uint32_t call, const uint64_t *arg,
                            const uint64_t *hdr, uint8_t caller_slot, struct ht_fuzz_want *want)
{
    uint8_t slot = caller_slot == 0 ? fuzz_target(m, hdr, caller_slot) : caller_slot;
    uint64_t gfn = HT_NONE64;
    if (slot < HT_MAX_DOMAINS && m->dom_pub[slot].in_use &&
        (!fuzz_element(m, arg, 2, 0, &gfn) || !fuzz_gfn_stealable(m, slot, gfn)))
        gfn = lowest_stealable(m, slot);
    for (uint8_t s = 1; caller_slot == 0 && gfn == HT_NONE64 && s < HT_MAX_DOMAINS; s++)
        if ((gfn = lowest_stealable(m, s)) != HT_NONE64)
            slot = s;
    if (gfn == HT_NONE64)
        return 0;
    uint64_t domid = caller_slot == 0 ? m->dom_pub[slot].domid : HT_DOMID_SELF;
    /* A limit no frame lies below (address bits 1 to 13) fails every allocation: none. */
    uint64_t flags = frame_limit(hdr[4]) ? hdr[4] : hdr[4] & ~0xffull;
    uint64_t words[6] = {domid, domid, 0, 0, flags, 0};
    return want_exchange(m, call, caller_slot, words, 1, &gfn, &gfn, want);
}

/* For a well-formed exchange with no limit that would run one chunk: itself with a second
 * extent, the nearest other page of the domain above the first (or below it) that would
 * be stolen.  Growing both lists by a stealable gfn took mutations of two lists and a
 * live gfn of the right domain. */
static uint32_t want_second_extent(const ht_machine *m, uint32_t call, const uint64_t *arg,
                                   const uint64_t *hdr, uint8_t slot, uint8_t caller_slot,
                                   struct ht_fuzz_want *want)
{
    uint64_t first, size = m->dom_pub[slot].p2m_size;
    if (!fuzz_element(m, arg, 2, hdr[5], &first))
        return 0;
    for (uint64_t d = 1; d <= 64 && d < size; d++) {
        uint64_t up = first + d, down = first - d;
        if (up < size && fuzz_gfn_stealable(m, slot, up))
            return want_itself(m, call, arg, hdr, caller_slot, hdr[4], up, want);
        if (first >= d && fuzz_gfn_stealable(m, slot, down))
            return want_itself(m, call, arg, hdr, caller_slot, hdr[4], down, want);
    }
    return 0;
}

/* The lowest frame the exchange's inputs from its resume point on map (the first eight),
 * or HT_NONE64. */
static uint64_t lowest_input_frame(const ht_machine *m, const uint64_t *arg, const uint64_t *hdr,
                                   uint8_t slot)
{
    uint64_t lowest = HT_NONE64, gfn;
    for (uint64_t i = hdr[5]; i < hdr[5] + 8 && fuzz_element(m, arg, 2, i, &gfn); i++) {
        if (gfn >= m->dom_pub[slot].p2m_size)
            continue;
        uint64_t mfn = m->p2m[gidx(m, slot, gfn)].mfn;
        if (mfn_is_ram(m, mfn) && mfn < lowest)
            lowest = mfn;
    }
    return lowest;
}

/* For a well-formed memory_exchange with no limit whose chunks would all steal their
 * pages: itself below an out.address_bits limit (bits_to_zone's lowest, 14, up) that moves
 * its class (fuzz_class: the free blocks below the limit) to the edge of the chunk loop's
 * allocation check -- the lowest limit with fewer free order-0 blocks below it than the
 * call has chunks, but some, where the first chunks take them and a later one finds none;
 * failing that, the highest limit with none below, the class that asks for a frame freed
 * there (want_frame_freed).  Only limits at or below the inputs' lowest frame: each chunk
 * frees its inputs after its allocation (memory_exchange: the stolen pages are freed once
 * the chunk's outputs are assigned), and an input freed below the limit feeds the next
 * chunk.  A byte mutation of the header's flags field to such a limit was one in
 * thousands.  None when neither exists. */
static uint32_t want_limit(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           const uint64_t *hdr, uint8_t slot, uint8_t caller_slot,
                           struct ht_fuzz_want *want)
{
    uint64_t chunks = arg[1] - hdr[5], none = 0, edge = 0;
    uint64_t inputs = lowest_input_frame(m, arg, hdr, slot);
    for (uint64_t b = 14; b < 44 && !edge; b++) {
        uint64_t limit = frame_limit(b);
        if (limit >= m->config.total_frames || limit > inputs)
            break;
        uint64_t free_blocks = frame_free_blocks(m, 0, limit, chunks);
        if (free_blocks == 0)
            none = b;
        else if (free_blocks < chunks)
            edge = b;
        else
            break;
    }
    uint64_t bits = edge ? edge : none;
    if (!bits)
        return 0;
    return want_itself(m, call, arg, hdr, caller_slot, (hdr[4] & ~0xffull) | bits, HT_NONE64,
                       want);
}

static uint32_t fuzz_want(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap)
{
    const uint64_t *hdr = fuzz_header(m, call, arg);
    if (!hdr || cap == 0)
        return 0;
    uint8_t slot = fuzz_well_formed(m, arg, hdr, caller_slot);
    if (slot == HT_NO_SLOT)
        return want_mended(m, call, arg, hdr, caller_slot, want);
    uint32_t n = 0;
    bool limited = fuzz_limited(m, hdr);
    if (limited && hdr[3] == 0 && !frame_free_blocks(m, 0, frame_limit(hdr[4]), 1))
        n += want_frame_freed(m, call, arg, hdr, slot, want);
    if (hdr[2] != 0 || hdr[3] != 0 || n >= cap)
        return n;
    /* One chunk, limited or not: a second (the limit kept). */
    if (arg[1] - hdr[5] == 1)
        return n + want_second_extent(m, call, arg, hdr, slot, caller_slot, want + n);
    /* An exchange_and_pin's own failure point is its pin bookkeeping: asking for nothing
     * leaves it the fail-nth wants (csrc/fuzz.c want_faults). */
    if (!limited && call == HT_CALL_memory_exchange && fuzz_rest_stealable(m, arg, hdr, slot))
        n += want_limit(m, call, arg, hdr, slot, caller_slot, want + n);
    return n;
}

const struct ht_family_ops ht_family_exchange = {
    .fuzz_class = fuzz_class,
    .fuzz_want = fuzz_want,
    .state_bytes = state_bytes,
    .domain_teardown = domain_teardown,
    .digest = digest,
    .audit = audit,
    .oracle_pre = exchange_oracle_pre,
    .oracle_post = exchange_oracle_post,
};
