/*
 * The hypercall ABI layer: a raw hypercall (op and five arguments) and the caller's memory
 * become catalogue calls, run on the machine by its caller, and their results are written
 * back into the caller's memory exactly as that Xen version writes them.
 *
 * Every number and layout comes from the generated tables (csrc/gen/ht_abi.[ch], rendered
 * from haptrace/abi); this file is the walk over them, and mirrors the common code of
 * Xen's dispatch:
 *  - do_memory_op (common/memory.c, RELEASE-4.17.0): cmd is op | start_extent << 6; each
 *    op copies its whole struct in (copy_from_guest: EFAULT) and, where it does, back;
 *  - do_domctl / do_sysctl (common/domctl.c, common/sysctl.c): the whole struct is copied
 *    in (EFAULT), interface_version must be this Xen's (EACCES), and "copyback" writes the
 *    whole struct back (a failing write turns the result into EFAULT);
 *  - do_hvm_op (arch/x86/hvm/hvm.c): switch (op), -ENOSYS for an op it does not know;
 *  - do_grant_table_op (common/grant_table.c): cmd, its struct at arg1, the count in arg2
 *    (a rule's arg_check);
 *  - do_multicall (common/multicall.c): see multicall() below;
 *  - call_handlers_pv64 (the generated hypercall table): -ENOSYS for a number the PV
 *    table does not serve.
 * Xen works on a local copy of each struct and writes fields of it back; so does this.
 * Reads and writes of the caller's memory are checked against its regions; nothing outside
 * them is touched.
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "gen/ht_abi.h"

/* Lists, PV frame write-backs and observing: kept out of the hot path of a scalar rule
 * (inlined into run_rule, their registers and stack made its every call dearer). */
#define COLD __attribute__((noinline, cold))

struct abi_ctx {
    ht_machine *m;
    const struct ht_abi_version *v;
    const ht_guest_region *mem;
    size_t nmem;
    ht_abi_log *log;
    ht_abi_outcome *out;   /* the top-level hypercall's outcome */
    uint32_t entry;        /* the multicall entry being run, or 0xffffffff */
    /* Observing (ht_hypercall_observe): a real hypervisor ran the hypercall.  mem is the
     * caller's memory before it (read only), after the memory after it; observed is what
     * the hypercall returned, entry_observed what the multicall entry being decoded
     * returned (its result field after the call).  Nothing is run or written. */
    bool observe;
    const ht_guest_region *after;
    size_t nafter;
    int64_t observed;
    int64_t entry_observed;
    /* Running in a program's own process (ht_hypercall_local): a call whose bit is set in
     * defer is not run here but left to the privcmd server, and so is anything that cannot
     * be undone by not answering (deferred says it happened; nothing was run or written). */
    const uint8_t *defer;
    bool deferred;
    bool ran;              /* a catalogue call was run (it cannot be left to the server) */
    bool entry_fits;       /* the multicall entry's fields lie in its size (see ctx_for) */
};

/* ---- the caller's memory --------------------------------------------------------------- */

static const ht_guest_region *region_at(const struct abi_ctx *c, uint64_t addr, uint32_t need)
{
    for (size_t i = 0; i < c->nmem; i++) {
        const ht_guest_region *g = &c->mem[i];
        if ((g->flags & need) == need && addr >= g->base && addr - g->base < g->len)
            return g;
    }
    return NULL;
}

/* How many bytes from addr (at most limit) lie in regions with the access need. */
static uint64_t accessible(const struct abi_ctx *c, uint64_t addr, uint64_t limit, uint32_t need)
{
    uint64_t done = 0;
    while (done < limit) {
        const ht_guest_region *g = region_at(c, addr + done, need);
        if (!g || addr + done < addr)
            break;
        uint64_t here = g->len - (addr + done - g->base);
        done += here < limit - done ? here : limit - done;
    }
    return done;
}

/* The region that holds all of [addr, addr + len) with the access need, or NULL (the
 * common case: every hypercall buffer lies in one region). */
static const ht_guest_region *region_for(const struct abi_ctx *c, uint64_t addr, uint64_t len,
                                         uint32_t need)
{
    const ht_guest_region *g = region_at(c, addr, need);
    if (g && len <= g->len - (addr - g->base))
        return g;
    return NULL;
}

/* The host bytes of [addr, addr + len) when the caller's first region holds all of them
 * with the access need, else NULL.  region_at tries the regions in order, so a range the
 * first region holds is the one it finds: this is its first step, inlined at the callers
 * (in the common case, a program's hypercall-buffer arena or the one region of a test,
 * every buffer lies there).  Nothing else is decided here. */
static inline uint8_t *in_first(const struct abi_ctx *c, uint64_t addr, uint64_t len,
                                uint32_t need)
{
    if (!c->nmem)
        return NULL;
    const ht_guest_region *g = &c->mem[0];
    uint64_t off = addr - g->base;  /* wraps above len for addr below base */
    if ((g->flags & need) != need || off >= g->len || len > g->len - off)
        return NULL;
    return g->host + off;
}

/* A range over adjacent regions, a range in a later region, or a bad pointer. */
static __attribute__((noinline)) bool copy_in_any(const struct abi_ctx *c, uint64_t addr,
                                                  void *dst, uint64_t len)
{
    const ht_guest_region *g = region_for(c, addr, len, HT_REGION_READ);
    if (g) {
        memcpy(dst, g->host + (addr - g->base), len);
        return true;
    }
    if (accessible(c, addr, len, HT_REGION_READ) != len)
        return false;
    uint8_t *d = dst;
    while (len) {
        g = region_at(c, addr, HT_REGION_READ);
        uint64_t off = addr - g->base, n = g->len - off < len ? g->len - off : len;
        memcpy(d, g->host + off, n);
        d += n, addr += n, len -= n;
    }
    return true;
}

/* A copy between the caller's memory and a local copy.  A size known at compile time is
 * copied inline; another goes to libc's memcpy, out of line on purpose: inlined, the copy
 * of a struct (its size bounded by a local buffer) became a `rep movsq`, whose start-up
 * cost was the largest single cost of decoding a hypercall. */
static __attribute__((noinline)) void copy_bytes(void *dst, const void *src, uint64_t len)
{
    memcpy(dst, src, len);
}

#define COPY(dst, src, len) \
    (__builtin_constant_p(len) ? (void)memcpy(dst, src, len) : copy_bytes(dst, src, len))

static inline bool copy_in(const struct abi_ctx *c, uint64_t addr, void *dst, uint64_t len)
{
    const uint8_t *h = in_first(c, addr, len, HT_REGION_READ);
    if (!h)
        return copy_in_any(c, addr, dst, len);
    COPY(dst, h, len);
    return true;
}

static __attribute__((noinline)) bool copy_out_any(const struct abi_ctx *c, uint64_t addr,
                                                   const void *src, uint64_t len)
{
    if (c->observe)  /* the hypervisor wrote it: only whether it could is checked */
        return accessible(c, addr, len, HT_REGION_WRITE) == len;
    const ht_guest_region *g = region_for(c, addr, len, HT_REGION_WRITE);
    if (g) {
        memcpy(g->host + (addr - g->base), src, len);
        return true;
    }
    if (accessible(c, addr, len, HT_REGION_WRITE) != len)
        return false;
    const uint8_t *s = src;
    while (len) {
        g = region_at(c, addr, HT_REGION_WRITE);
        uint64_t off = addr - g->base, n = g->len - off < len ? g->len - off : len;
        memcpy(g->host + off, s, n);
        s += n, addr += n, len -= n;
    }
    return true;
}

static inline bool copy_out(const struct abi_ctx *c, uint64_t addr, const void *src,
                            uint64_t len)
{
    uint8_t *h = c->observe ? NULL : in_first(c, addr, len, HT_REGION_WRITE);
    if (!h)
        return copy_out_any(c, addr, src, len);
    COPY(h, src, len);
    return true;
}

/* ---- little-endian fields of local copies ---------------------------------------------- */

/* Xen's structs are little endian (x86_64); so is every host the engine builds for. */
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "csrc/abi.c reads x86_64 structs in place: a little-endian host is required"
#endif

/* A field of 1, 2, 4 or 8 bytes is one load or store of that width.  (A memcpy of a
 * variable size into a zeroed uint64_t was byte stores then an 8-byte load: the load
 * could not be forwarded from the stores and stalled; it was most of match()'s time.)
 * Other widths (a 6-byte field of range_share) are assembled byte by byte. */
static inline uint64_t get_le(const uint8_t *p, uint32_t size)
{
    switch (size) {
    case 1:
        return p[0];
    case 2: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    case 8: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    default: {
        uint64_t v = 0;
        for (uint32_t i = size < 8 ? size : 8; i-- > 0;)
            v = v << 8 | p[i];
        return v;
    }
    }
}

static inline void put_le(uint8_t *p, uint32_t size, uint64_t v)
{
    switch (size) {
    case 1:
        p[0] = (uint8_t)v;
        return;
    case 2: {
        uint16_t w = (uint16_t)v;
        memcpy(p, &w, 2);
        return;
    }
    case 4: {
        uint32_t w = (uint32_t)v;
        memcpy(p, &w, 4);
        return;
    }
    case 8:
        memcpy(p, &v, 8);
        return;
    default:
        for (uint32_t i = 0; i < size && i < 8; i++, v >>= 8)
            p[i] = (uint8_t)v;
        return;
    }
}

/* The struct a source names: the command's (arg) or the frame's (hdr), each with its size
 * so a table bug can never read past a local copy. */
struct local {
    uint8_t *arg;
    uint32_t arg_size;
    uint8_t *hdr;
    uint32_t hdr_size;
};

static inline bool src_value(const struct local *l, const struct ht_abi_src *s, uint64_t *v)
{
    const uint8_t *base = s->kind == HT_ABI_SRC_ARG ? l->arg : l->hdr;
    uint32_t size = s->kind == HT_ABI_SRC_ARG ? l->arg_size : l->hdr_size;
    switch (s->kind) {
    case HT_ABI_SRC_CONST:
        *v = s->value;
        return true;
    case HT_ABI_SRC_ARG:
    case HT_ABI_SRC_HEADER:
        if (!base || (uint32_t)s->offset + s->size > size)
            return false;
        *v = get_le(base + s->offset, s->size);
        return true;
    default:
        return false;
    }
}

static bool put_field(const struct local *l, uint8_t where, uint16_t offset, uint8_t size,
                      uint64_t v)
{
    uint8_t *base = where == HT_ABI_SRC_ARG ? l->arg : l->hdr;
    uint32_t limit = where == HT_ABI_SRC_ARG ? l->arg_size : l->hdr_size;
    if (!base || (uint32_t)offset + size > limit)
        return false;
    put_le(base + offset, size, v);
    return true;
}

/* ---- outcomes ---------------------------------------------------------------------------- */

static int64_t answered(struct abi_ctx *c, int64_t raw, uint32_t reason)
{
    c->m->last.reason = reason;
    if (c->out && c->entry == 0xffffffffu) {
        c->out->kind = raw == HT_RAW_UNSUPPORTED ? HT_ABI_UNSUPPORTED : HT_ABI_ANSWERED;
        c->out->reason = reason;
    }
    return raw;
}

#define ANSWER(err, why) return answered(c, -(int64_t)HT_##err, HT_R_##why)
#define ABI_UNSUPPORTED(why) return answered(c, HT_RAW_UNSUPPORTED, HT_R_##why)

/* ---- logging the catalogue calls --------------------------------------------------------- */

static __attribute__((noinline)) void log_record(struct abi_ctx *c, uint32_t call,
                                                 const uint64_t *slot, const uint64_t *pool)
{
    ht_abi_log *log = c->log;
    size_t index = log->n++;
    if (!log->calls || index >= log->cap)
        return;
    ht_abi_call *rec = &log->calls[index];
    memset(rec, 0, sizeof *rec);
    rec->rec.call = call;
    rec->rec.caller = c->m->caller.domid;
    rec->rec.vcpu = (uint16_t)c->m->caller.vcpu;
    rec->result = c->m->last;
    rec->entry = c->entry;
    const struct ht_call_desc *d = &ht_calls[call];
    for (uint32_t i = 0; i < d->nargs && i < HT_MAX_ARGS; i++) {
        rec->rec.arg[i] = slot[i];
        if (!d->arg_list[i])
            continue;
        /* The list's words (after the call: OUT lists as written) go into the log's pool. */
        uint32_t n = (uint32_t)slot[i], stride = ht_lists[d->arg_list[i] - 1].stride;
        uint64_t words = (uint64_t)n * stride, at = log->pool_used;
        rec->rec.arg[i] = n ? (at << HT_LIST_SHIFT) | n : 0;
        if (n && log->pool && at + words <= log->pool_cap)
            memcpy(log->pool + at, pool + (slot[i] >> HT_LIST_SHIFT), words * sizeof *pool);
        log->pool_used += words;
    }
}

/* Counts the call (a hypercall's outcome) and, when the caller keeps a log, records it. */
static inline void log_call(struct abi_ctx *c, uint32_t call, const uint64_t *slot,
                            const uint64_t *pool)
{
    if (c->out)
        c->out->ncalls++;
    if (c->log)
        log_record(c, call, slot, pool);
}

/* ---- running a rule ---------------------------------------------------------------------- */

static uint64_t *abi_pool(ht_machine *m)
{
    if (!m->abi_pool)
        m->abi_pool = calloc(HT_ABI_POOL_WORDS, sizeof *m->abi_pool);
    return m->abi_pool;
}

struct list_place {
    uint64_t addr[HT_MAX_FIELDS];  /* each array's guest address */
    uint32_t n;                    /* elements in the catalogue list */
    uint64_t offset;               /* its first word in the pool */
};

/* Builds the catalogue list of rule list l: as many elements as are accessible from the
 * start of every array (capped by the count claimed), read field by field.  Returns 0, or
 * the reason the list cannot be expressed (unsupported). */
static COLD uint32_t build_list(struct abi_ctx *c, const struct ht_abi_list *l,
                           const struct ht_list_desc *d, const struct local *loc,
                           uint64_t *pool, uint64_t *used, struct list_place *place)
{
    uint64_t count;
    if (!src_value(loc, &l->count, &count))
        return HT_R_ABI_FIELD_TOO_WIDE;
    uint32_t need = d->direction == HT_DIR_IN ? HT_REGION_READ
                    : d->direction == HT_DIR_OUT ? HT_REGION_WRITE
                                                 : HT_REGION_READ | HT_REGION_WRITE;
    uint64_t n = count;
    bool all_null = l->nhandles > 0;
    for (uint32_t h = 0; h < l->nhandles; h++) {
        uint64_t addr;
        if (!src_value(loc, &l->handle[h], &addr))
            return HT_R_ABI_FIELD_TOO_WIDE;
        place->addr[h] = addr;
        all_null = all_null && addr == 0;
        uint32_t stride = l->stride ? l->stride : l->array_stride[h];
        uint64_t limit = count > UINT64_MAX / stride ? UINT64_MAX : count * stride;
        uint64_t elements = accessible(c, addr, limit, need) / stride;
        if (elements < n)
            n = elements;
    }
    if (l->null_empty && all_null)
        n = 0;
    else if (l->null_empty && n == 0 && count > 0)
        return HT_R_ABI_LIST_UNREPRESENTABLE;
    if (l->nhandles == 0 && n > 1)
        n = 1;  /* the command's struct itself: one element */
    if (n > d->max_length)
        return HT_R_ABI_LIST_TOO_LONG;
    uint64_t words = n * d->stride;
    if (*used + words > HT_ABI_POOL_WORDS)
        return HT_R_ABI_LIST_TOO_LONG;
    place->n = (uint32_t)n;
    place->offset = *used;
    uint64_t *w = pool + *used;
    *used += words;
    if (d->direction == HT_DIR_OUT || l->nhandles == 0)
        return 0;  /* room only (dispatch clears it); an inline record is written, not read */
    uint8_t buf[8];
    for (uint64_t i = 0; i < n; i++) {
        for (uint32_t f = 0; f < d->stride; f++) {
            uint32_t h = l->field_array[f], stride = l->stride ? l->stride : l->array_stride[h];
            uint64_t at = place->addr[h] + i * stride + l->field_offset[f];
            if (!copy_in(c, at, buf, l->field_size[f]))
                return HT_R_ABI_LIST_UNREPRESENTABLE;  /* cannot happen: checked above */
            uint64_t v = get_le(buf, l->field_size[f]);
            if (d->field_bits[f] < 64 && (v >> d->field_bits[f]) != 0)
                return HT_R_ABI_FIELD_TOO_WIDE;
            w[i * d->stride + f] = v;
        }
    }
    return 0;
}

/* Writes the elements the call wrote back where Xen writes them: into the caller's arrays,
 * or (an inline record) into the local copy of the command's struct.  False: a write
 * faulted (cannot happen: the elements were checked writable when the list was built). */
static COLD bool write_list(struct abi_ctx *c, const struct ht_abi_list *l,
                       const struct ht_list_desc *d, const struct local *loc,
                       const uint64_t *pool, const struct list_place *place, uint32_t written)
{
    if (d->direction == HT_DIR_IN)
        return true;
    const uint64_t *w = pool + place->offset;
    for (uint32_t i = 0; i < written && i < place->n; i++) {
        if (l->nhandles == 0) {
            if (l->zero)
                memset(loc->arg, 0, loc->arg_size);
            for (uint32_t f = 0; f < d->stride; f++)
                if (!put_field(loc, HT_ABI_SRC_ARG, l->field_offset[f], l->field_size[f],
                               w[i * d->stride + f]))
                    return false;
            continue;
        }
        if (l->stride) {
            /* A struct element: Xen copies the whole (memset, then filled) record. */
            uint8_t rec[HT_ABI_MAX_STRUCT];
            if (l->stride > sizeof rec)
                return false;
            uint64_t at = place->addr[0] + (uint64_t)i * l->stride;
            if (l->zero)
                memset(rec, 0, l->stride);
            else if (!copy_in(c, at, rec, l->stride))
                return false;
            for (uint32_t f = 0; f < d->stride; f++)
                put_le(rec + l->field_offset[f], l->field_size[f], w[i * d->stride + f]);
            if (!copy_out(c, at, rec, l->stride))
                return false;
            continue;
        }
        for (uint32_t f = 0; f < d->stride; f++) {
            uint8_t buf[8];
            put_le(buf, l->field_size[f], w[i * d->stride + f]);
            uint32_t h = l->field_array[f];
            if (!copy_out(c, place->addr[h] + (uint64_t)i * l->array_stride[h], buf,
                          l->field_size[f]))
                return false;
        }
    }
    return true;
}

/* populate_physmap (common/memory.c, RELEASE-4.17.0): for a target that is not translated
 * (a PV domain), each extent populated is followed by __copy_mfn_to_guest_offset of its
 * first machine frame over the extent's gfn in extent_list, so the guest learns where its
 * new page is.  done extents succeeded; the domain is the call's first argument (DOMID_SELF:
 * the caller).  False: a write faulted (cannot happen: the list was readable and Xen's
 * handle is the same array; an unwritable array is EFAULT as Xen's copy fails). */
static COLD bool pv_frames_back(struct abi_ctx *c, const struct ht_abi_list *l,
                           const struct list_place *place, uint64_t domid, int64_t done)
{
    ht_machine *m = c->m;
    uint8_t slot = domid == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, domid);
    if (slot == HT_NO_SLOT || !dom_flag(m, slot, HT_DF_PV) || l->nhandles == 0)
        return true;
    const uint64_t *w = m->abi_pool + place->offset;
    for (int64_t i = 0; i < done && (uint64_t)i < place->n; i++) {
        const ht_p2m_entry *e = p2m_entry(m, slot, w[i]);
        if (!e || e->mfn == HT_MFN_INVALID)
            continue;  /* cannot happen: the extent was populated */
        uint8_t buf[8];
        put_le(buf, l->field_size[0], e->mfn);
        if (!copy_out(c, place->addr[0] + (uint64_t)i * l->array_stride[0], buf,
                      l->field_size[0]))
            return false;
    }
    return true;
}

static inline bool noop_reason(const struct abi_ctx *c, uint32_t reason)
{
    if (reason == HT_R_NONE)
        return false;  /* the common case; HT_R_NONE is never a no-op's reason */
    for (uint32_t i = 0; i < c->v->nnoop; i++)
        if (c->v->noop_reasons[i] == reason)
            return true;
    return false;
}

/* ---- observing a real hypervisor ------------------------------------------------------ */

/* Reads the caller's memory as the hypervisor left it. */
static bool copy_after(const struct abi_ctx *c, uint64_t addr, void *dst, uint64_t len)
{
    struct abi_ctx a = *c;
    a.mem = c->after;
    a.nmem = c->nafter;
    a.observe = false;
    return copy_in(&a, addr, dst, len);
}

/* The inverse of write_list: the elements of an OUT or INOUT list as the hypervisor left
 * them, read from where Xen copies them back (the caller's arrays, or, for an inline
 * record, the command's struct at arg_addr).  Every element of the room is read: which of
 * them Xen wrote is not visible from outside, and an element it did not write reads as
 * the caller left it.  OUT room starts zero (as dispatch clears it). */
static COLD void read_list(const struct abi_ctx *c, const struct ht_abi_list *l,
                      const struct ht_list_desc *d, uint64_t *pool,
                      const struct list_place *place, uint64_t arg_addr, bool ok)
{
    uint64_t *w = pool + place->offset;
    if (d->direction == HT_DIR_OUT)
        memset(w, 0, (uint64_t)place->n * d->stride * sizeof *w);
    if (d->direction == HT_DIR_IN || (l->nhandles == 0 && !ok))
        return;  /* an inline record is copied back only on success */
    for (uint32_t i = 0; i < place->n; i++) {
        for (uint32_t f = 0; f < d->stride; f++) {
            uint64_t at;
            if (l->nhandles == 0) {
                at = arg_addr + l->field_offset[f];
            } else {
                uint32_t h = l->field_array[f];
                uint32_t stride = l->stride ? l->stride : l->array_stride[h];
                at = place->addr[h] + (uint64_t)i * stride + l->field_offset[f];
            }
            uint8_t buf[8];
            if (copy_after(c, at, buf, l->field_size[f]))
                w[i * d->stride + f] = get_le(buf, l->field_size[f]);
        }
    }
}

/* The result the hypervisor gave, as the engine would report it (rc and err as libxc
 * has them, outputs on success): each output read back from the field Xen writes it to
 * (the command's struct at arg_addr, or the frame's header at whole_addr), lists read
 * back by read_list.  An output whose field Xen writes only in some cases (cond) is read
 * only in those, judged by the output it depends on as read back.  An output of the call
 * the rule places nowhere is not visible, and reads 0. */
static COLD int64_t observe_rule(struct abi_ctx *c, const struct ht_abi_rule *r,
                            const struct ht_call_desc *d, uint64_t *pool,
                            const struct list_place *place, uint64_t whole_addr,
                            uint64_t arg_addr)
{
    ht_machine *m = c->m;
    int64_t raw = c->entry == 0xffffffffu ? c->observed : c->entry_observed;
    memset(m->last.out, 0, sizeof m->last.out);
    m->last.rc = raw < 0 ? -1 : raw;
    m->last.err = raw < 0 ? (uint32_t)-raw : 0;
    m->last.reason = HT_R_NONE;
    bool ok = r->when_zero ? raw == 0 : raw >= 0;
    for (uint32_t k = 0; k < r->nlists; k++) {
        const struct ht_abi_list *l = &r->list[k];
        read_list(c, l, &ht_lists[d->arg_list[l->slot] - 1], pool, &place[k], arg_addr, ok);
    }
    if (!ok || r->copyback == HT_ABI_COPYBACK_NONE)
        return raw;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t k = 0; k < r->nouts; k++) {
            const struct ht_abi_out *o = &r->out[k];
            if ((o->cond != 0) != (pass == 1) || o->output >= HT_MAX_OUTS)
                continue;
            if (o->cond) {
                uint64_t on = m->last.out[o->cond - 1u < HT_MAX_OUTS ? o->cond - 1u : 0];
                if (on >= 32 || !((o->cond_values >> on) & 1u))
                    continue;
            }
            uint64_t at = (o->where == HT_ABI_SRC_ARG ? arg_addr : whole_addr) + o->offset;
            uint8_t buf[8];
            if (copy_after(c, at, buf, o->size))
                m->last.out[o->output] = get_le(buf, o->size);
        }
    }
    return raw;
}

/* Runs a matched rule on the local copies; whole_addr/whole_len is where Xen's whole-struct
 * copy back goes, arg_addr where the command's struct came from (field copy backs). */
static int64_t run_rule(struct abi_ctx *c, const struct ht_abi_rule *r, const struct local *loc,
                        uint64_t whole_addr, const uint8_t *whole, uint32_t whole_len,
                        uint64_t arg_addr)
{
    ht_machine *m = c->m;
    if (c->out && c->entry == 0xffffffffu)
        c->out->rule = r->name;
    for (uint32_t i = 0; i < r->nzero; i++) {
        uint64_t v;
        if (!src_value(loc, &r->require_zero[i], &v) || v != 0)
            ABI_UNSUPPORTED(ABI_FIELD_NOT_MODELLED);
    }
    if (r->action == HT_ABI_ACT_ANSWER)
        return answered(c, -(int64_t)r->err, r->reason);
    if (r->action == HT_ABI_ACT_UNSUPPORTED)
        return answered(c, HT_RAW_UNSUPPORTED, r->reason);

    const struct ht_call_desc *d = &ht_calls[r->call];
    uint64_t slot[HT_MAX_ARGS] = {0};
    for (uint32_t i = 0; i < d->nargs; i++) {
        if (d->arg_list[i])
            continue;
        const struct ht_abi_src *src = &r->arg[i];
        uint64_t v;
        if (src->kind == HT_ABI_SRC_ARG && (uint32_t)src->offset + src->size <= loc->arg_size)
            v = get_le(loc->arg + src->offset, src->size);  /* src_value's common case */
        else if (!src_value(loc, src, &v))
            ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);
        if (d->arg_bits[i] < 64 && (v >> d->arg_bits[i]) != 0)
            ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);
        slot[i] = v;
    }
    uint64_t *pool = abi_pool(m);
    if (!pool && r->nlists)
        ABI_UNSUPPORTED(ABI_LIST_TOO_LONG);  /* no memory for the lists: not Xen's answer */
    uint64_t used = 0;
    struct list_place place[HT_ABI_MAX_LISTS];
    for (uint32_t k = 0; k < r->nlists; k++) {
        const struct ht_abi_list *l = &r->list[k];
        const struct ht_list_desc *ld = &ht_lists[d->arg_list[l->slot] - 1];
        uint32_t why = build_list(c, l, ld, loc, pool, &used, &place[k]);
        if (why)
            return answered(c, HT_RAW_UNSUPPORTED, why);
        slot[l->slot] = place[k].n ? (place[k].offset << HT_LIST_SHIFT) | place[k].n : 0;
    }

    if (c->observe) {
        int64_t seen = observe_rule(c, r, d, pool, place, whole_addr, arg_addr);
        log_call(c, r->call, slot, pool);
        return seen;
    }
    if (c->defer && (c->defer[r->call >> 3] >> (r->call & 7)) & 1) {
        /* Only reads of the caller's memory so far: the server can run it afresh. */
        c->deferred = true;
        return HT_RAW_UNSUPPORTED;
    }
    c->ran = true;
    m->pool = pool;
    m->pool_words = used;
    int64_t raw = ht_run_scalars_checked(m, r->call, slot);  /* checked above */
    m->pool = NULL;
    m->pool_words = 0;
    log_call(c, r->call, slot, pool);
    if (raw <= HT_RAW_REFUSED_LIMIT)
        return raw;  /* unsupported by the handler (or a refusal: a table bug) */

    uint32_t reason = m->last.reason;
    bool ok = r->when_zero ? raw == 0 : raw >= 0;
    /* The elements the call wrote go back as it writes them, success or not. */
    for (uint32_t k = 0; k < r->nlists; k++) {
        const struct ht_abi_list *l = &r->list[k];
        uint32_t desc = d->arg_list[l->slot] - 1;
        if (l->nhandles == 0 && !ok)
            continue;  /* an inline record lives in the struct, copied back only on success */
        if (!write_list(c, l, &ht_lists[desc], loc, pool, &place[k], m->list_written[desc]))
            return answered(c, -(int64_t)HT_EFAULT, HT_R_ABI_COPYBACK_FAULT);
        if (l->pv_frames && raw > 0 && !pv_frames_back(c, l, &place[k], slot[0], raw))
            return answered(c, -(int64_t)HT_EFAULT, HT_R_ABI_COPYBACK_FAULT);
    }
    if (!ok || r->copyback == HT_ABI_COPYBACK_NONE)
        return raw;
    if (!noop_reason(c, reason)) {
        if (r->zero_struct)
            memset(loc->arg, 0, loc->arg_size);
        for (uint32_t k = 0; k < r->nouts; k++) {
            const struct ht_abi_out *o = &r->out[k];
            uint64_t v = m->last.out[o->output < HT_MAX_OUTS ? o->output : 0];
            if (o->cond) {
                /* evtchn_status (common/event_channel.c, RELEASE-4.17.0): the switch on
                 * chn->state writes only its case's union member; the rest of the local
                 * copy keeps the caller's bytes, copied back with it. */
                uint64_t on = m->last.out[o->cond - 1u < HT_MAX_OUTS ? o->cond - 1u : 0];
                if (on >= 32 || !((o->cond_values >> on) & 1u))
                    continue;
            }
            if (o->list >= 0) {
                const struct ht_abi_list *l = &r->list[o->list];
                const struct ht_list_desc *ld = &ht_lists[d->arg_list[l->slot] - 1];
                v = place[o->list].n ? pool[place[o->list].offset + o->list_field % ld->stride]
                                     : 0;
            }
            put_field(loc, o->where, o->offset, o->size, v);
            if (r->copyback == HT_ABI_COPYBACK_FIELDS) {
                /* __copy_field_to_guest: the field alone, from the command's struct. */
                uint8_t buf[8];
                put_le(buf, o->size, v);
                if (!copy_out(c, arg_addr + o->offset, buf, o->size))
                    return answered(c, -(int64_t)HT_EFAULT, HT_R_ABI_COPYBACK_FAULT);
            }
        }
    }
    if (r->copyback == HT_ABI_COPYBACK_WHOLE && !copy_out(c, whole_addr, whole, whole_len))
        return answered(c, -(int64_t)HT_EFAULT, HT_R_ABI_COPYBACK_FAULT);
    return raw;
}

/* The rule of (frame, cmd) whose selectors match the command's struct; NULL with *any set
 * when the command has rules but none matches. */
static inline const struct ht_abi_rule *match(const struct abi_ctx *c,
                                              const struct ht_abi_frame *f, uint64_t cmd,
                                              const struct local *loc, bool *any)
{
    uint32_t n = cmd < HT_ABI_MAX_COMMAND ? f->nrules[cmd] : 0;
    *any = n > 0;
    if (!n)
        return NULL;
    uint32_t first = f->first_rule[cmd];
    const struct ht_abi_match *mt = &c->v->matches[first];
    for (uint32_t i = 0; i < n; i++, mt++) {
        uint32_t s = 0;
        for (; s < mt->nselect; s++) {
            uint32_t offset = mt->select[s].offset, size = mt->select[s].size;
            if (offset + size > loc->arg_size)
                break;
            uint64_t v = get_le(loc->arg + offset, size);
            if (mt->select[s].nonzero ? v == 0 : v != mt->select[s].value)
                break;
        }
        if (s == mt->nselect)
            return &c->v->rules[first + i];
    }
    return NULL;
}

/* The sub-op a command's first selector reads, for reports. */
static inline void note_subop(struct abi_ctx *c, const struct ht_abi_frame *f, uint64_t cmd,
                              const struct local *loc)
{
    if (!c->out || c->entry != 0xffffffffu || cmd >= HT_ABI_MAX_COMMAND || !f->nrules[cmd])
        return;
    const struct ht_abi_rule *r = &c->v->rules[f->first_rule[cmd]];
    if (!r->nselect || (uint32_t)r->select[0].offset + r->select[0].size > loc->arg_size)
        return;
    c->out->subop = get_le(loc->arg + r->select[0].offset, r->select[0].size);
    c->out->decoded |= HT_ABI_HAS_SUBOP;
}

static void note_cmd(struct abi_ctx *c, uint64_t cmd)
{
    if (c->out && c->entry == 0xffffffffu) {
        c->out->cmd = cmd;
        c->out->decoded |= HT_ABI_HAS_CMD;
    }
}

/* A command no rule covers: unsupported if this Xen defines it, else the frame's answer. */
static int64_t no_rule(struct abi_ctx *c, const struct ht_abi_frame *f, uint64_t cmd, bool any)
{
    if (any)
        ABI_UNSUPPORTED(ABI_SUBOP_NOT_MODELLED);
    if (cmd < HT_ABI_MAX_COMMAND && f->known[cmd])
        ABI_UNSUPPORTED(ABI_COMMAND_NOT_MODELLED);
    if (f->unknown_enosys)
        ANSWER(ENOSYS, ABI_NO_SUCH_COMMAND);
    ABI_UNSUPPORTED(ABI_UNKNOWN_COMMAND);
}

/* memory_op, hvm_op: the command, then its struct at the argument pointer. */
static int64_t op_arg(struct abi_ctx *c, const struct ht_abi_frame *f, const uint64_t *a)
{
    uint64_t cmd = a[0], start = 0, argp = a[1];
    if (f->kind == HT_ABI_FRAME_MEMORY_OP) {
        cmd = a[0] & ((1ull << c->v->memop_shift) - 1);
        start = a[0] >> c->v->memop_shift;
    }
    note_cmd(c, cmd);
    bool any = cmd < HT_ABI_MAX_COMMAND && f->nrules[cmd] > 0;
    if (!any)
        return no_rule(c, f, cmd, false);
    const struct ht_abi_rule *first = &c->v->rules[f->first_rule[cmd]];
    const struct ht_abi_match *first_match = &c->v->matches[f->first_rule[cmd]];
    /* A check of the hypercall's own arguments before the struct is read
     * (do_grant_table_op's count: gnttab_setup_table and gnttab_query_size return -EINVAL
     * unless it is 1, before copy_from_guest; common/grant_table.c, RELEASE-4.17.0). */
    if (first->has_arg_check && first->arg_index < 5) {
        uint64_t v = a[first->arg_index];
        if (first->arg_size < 8)
            v &= (1ull << (8 * first->arg_size)) - 1;
        if (v != first->arg_value)
            return answered(c, -(int64_t)first->arg_err, first->arg_reason);
    }
    if (start) {
        if (first->has_continuation)
            return answered(c, -(int64_t)first->cont_err, first->cont_reason);
        ABI_UNSUPPORTED(ABI_CONTINUATION);
    }
    uint8_t arg[HT_ABI_MAX_STRUCT];
    uint32_t size = first_match->struct_size;
    struct local loc = {arg, size, NULL, 0};
    if (size > sizeof arg)
        ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);  /* a table bug: never for generated tables */
    if (size && !copy_in(c, argp, arg, size))
        ANSWER(EFAULT, ABI_ARG_FAULT);
    note_subop(c, f, cmd, &loc);
    const struct ht_abi_rule *r = match(c, f, cmd, &loc, &any);
    if (!r)
        return no_rule(c, f, cmd, any);
    return run_rule(c, r, &loc, argp, arg, r->struct_size, argp);
}

/* domctl, sysctl: the whole struct, its interface version, its command. */
static int64_t struct_frame(struct abi_ctx *c, const struct ht_abi_frame *f, const uint64_t *a)
{
    uint8_t hdr[HT_ABI_MAX_STRUCT];
    if (f->header_size > sizeof hdr || (uint32_t)f->union_offset > f->header_size)
        ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);  /* a table bug: never for generated tables */
    if (!copy_in(c, a[0], hdr, f->header_size))
        ANSWER(EFAULT, ABI_ARG_FAULT);
    if (get_le(hdr + f->version_offset, 4) != f->version)
        ANSWER(EACCES, ABI_INTERFACE_VERSION);
    uint64_t cmd = get_le(hdr + f->cmd_offset, f->cmd_size);
    note_cmd(c, cmd);
    struct local loc = {hdr + f->union_offset, (uint32_t)(f->header_size - f->union_offset), hdr,
                        f->header_size};
    note_subop(c, f, cmd, &loc);
    bool any;
    const struct ht_abi_rule *r = match(c, f, cmd, &loc, &any);
    if (!r)
        return no_rule(c, f, cmd, any);
    if (r->struct_size > loc.arg_size)
        ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);
    loc.arg_size = r->struct_size;
    return run_rule(c, r, &loc, a[0], hdr, f->header_size, a[0] + f->union_offset);
}

static int64_t dispatch(struct abi_ctx *c, uint64_t op, const uint64_t *a, bool nested);

/* do_multicall (common/multicall.c, RELEASE-4.17.0): a multicall inside a multicall is
 * -EINVAL; the whole list must be accessible (guest_handle_okay: -EFAULT, nothing run);
 * each entry is copied in and run in order, and only its result field is written back
 * (release builds; debug builds scribble 0xAA over the rest); a failing entry does not stop
 * the batch; a fault reading an entry or writing its result ends it with -EFAULT.
 * Preemption is transparent.  An entry the engine does not model ends the batch: its result
 * cannot be written, so the multicall is unsupported (the entries before it ran). */
static int64_t multicall(struct abi_ctx *c, const uint64_t *a, bool nested)
{
    if (nested)
        ANSWER(EINVAL, ABI_MULTICALL_NESTED);
    uint64_t list = a[0];
    uint32_t nr = (uint32_t)a[1];  /* uint32_t nr_calls */
    uint64_t size = c->v->entry_size, total = (uint64_t)nr * size;
    /* The common case: the whole list in the first region, readable and writable; its
     * entries are then read and their results written in place with no more lookups. */
    uint8_t *in_place =
        c->observe ? NULL : in_first(c, list, total, HT_REGION_READ | HT_REGION_WRITE);
    if (!in_place && !in_first(c, list, total, HT_REGION_READ) &&
        accessible(c, list, total, HT_REGION_READ) != total)
        ANSWER(EFAULT, ABI_MULTICALL_FAULT);
    if (!c->entry_fits)
        ABI_UNSUPPORTED(ABI_FIELD_TOO_WIDE);  /* a table bug: never for generated tables */
    if (c->defer && nr > 1) {
        /* In a program's process only a one-entry batch runs (libxc's wrapper of a memory
         * op): a later entry's decode could depend on what an earlier one wrote, and once
         * an entry has run the batch can no longer be left to the server whole. */
        c->deferred = true;
        return HT_RAW_UNSUPPORTED;
    }
    uint32_t was = c->entry;
    for (uint32_t i = 0; i < nr; i++) {
        uint8_t copy[HT_ABI_MAX_STRUCT];
        uint64_t at = list + i * size;
        /* Xen's copy of the entry: read in place where one region holds it (the same
         * bytes a copy would hold: nothing runs in between), else copied piece by piece. */
        const uint8_t *entry =
            in_place ? in_place + (uint64_t)i * size : in_first(c, at, size, HT_REGION_READ);
        if (!entry) {
            if (!copy_in(c, at, copy, size)) {
                c->entry = was;
                ANSWER(EFAULT, ABI_MULTICALL_FAULT);
            }
            entry = copy;
        }
        uint64_t op = get_le(entry + c->v->entry_op, 8), args[5];
        for (int k = 0; k < 5; k++)
            args[k] = get_le(entry + c->v->entry_args + 8 * k, 8);
        c->entry = i;
        if (c->observe) {
            /* What Xen wrote into the entry's result field (a release build's only write). */
            uint8_t seen[8];
            if (!copy_after(c, at + c->v->entry_result, seen, 8)) {
                c->entry = was;
                ANSWER(EFAULT, ABI_MULTICALL_FAULT);
            }
            c->entry_observed = (int64_t)get_le(seen, 8);
        }
        int64_t raw = dispatch(c, op, args, true);
        c->entry = was;
        if (raw == HT_RAW_UNSUPPORTED)
            return answered(c, HT_RAW_UNSUPPORTED, c->m->last.reason);
        if (raw <= HT_RAW_REFUSED_LIMIT)
            return raw;
        uint8_t result[8];
        put_le(result, 8, (uint64_t)raw);
        if (in_place)
            memcpy(in_place + (uint64_t)i * size + c->v->entry_result, result, 8);
        else if (!copy_out(c, at + c->v->entry_result, result, 8))
            ANSWER(EFAULT, ABI_MULTICALL_FAULT);
    }
    c->m->last.reason = HT_R_NONE;
    if (c->out && c->entry == 0xffffffffu)
        c->out->kind = HT_ABI_CALLS;
    return 0;
}

static int64_t dispatch(struct abi_ctx *c, uint64_t op, const uint64_t *a, bool nested)
{
    const struct ht_abi_version *v = c->v;
    if (op >= v->nhypercalls || !v->served[op])
        ANSWER(ENOSYS, ABI_NO_SUCH_HYPERCALL);
    if (!v->frame_of[op])
        ABI_UNSUPPORTED(ABI_HYPERCALL_NOT_MODELLED);
    const struct ht_abi_frame *f = &v->frames[v->frame_of[op] - 1];
    switch (f->kind) {
    case HT_ABI_FRAME_MULTICALL:
        return multicall(c, a, nested);
    case HT_ABI_FRAME_STRUCT:
        return struct_frame(c, f, a);
    default:
        return op_arg(c, f, a);
    }
}

/* ---- entry points ------------------------------------------------------------------------ */

/* The context of one hypercall (or one batch of them) of ABI version abi < HT_ABI_COUNT,
 * against the caller's memory mem.  The multicall entry's fields are checked once to lie
 * in the entry (multicall() reads them in place, from the caller's memory). */
static struct abi_ctx ctx_for(ht_machine *m, uint32_t abi, const ht_guest_region *mem,
                              size_t nmem)
{
    const struct ht_abi_version *v = &ht_abi_versions[abi];
    uint64_t size = v->entry_size;
    return (struct abi_ctx){
        .m = m,
        .v = v,
        .mem = mem,
        .nmem = mem ? nmem : 0,
        .entry = 0xffffffffu,
        .entry_fits = size <= HT_ABI_MAX_STRUCT && v->entry_op + 8u <= size &&
                      v->entry_args + 40u <= size && v->entry_result + 8u <= size,
    };
}

int32_t ht_abi_index(const char *name)
{
    for (uint32_t i = 0; name && i < HT_ABI_COUNT; i++)
        if (strcmp(ht_abi_versions[i].name, name) == 0)
            return (int32_t)i;
    return -1;
}

const char *ht_abi_name(uint32_t abi)
{
    return abi < HT_ABI_COUNT ? ht_abi_versions[abi].name : NULL;
}

/* ht_hypercall's and ht_hypercall_observe's start: the outcome cleared, and a hypercall of
 * an ABI this build does not know (or none) refused; false when refused. */
static bool abi_start(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                      ht_abi_outcome *out)
{
    if (out)
        *out = (ht_abi_outcome){.op = hc ? hc->op : 0};
    if (abi < HT_ABI_COUNT && hc)
        return true;
    m->last.reason = HT_R_REFUSED_UNKNOWN_CALL;
    if (out)
        out->raw = HT_RAW_UNKNOWN_CALL;
    return false;
}

/* Their end: the hypercall dispatched, and what it came to written to the outcome. */
static int64_t abi_finish(struct abi_ctx *c, const ht_hypercall_rec *hc, ht_abi_outcome *out)
{
    int64_t raw = dispatch(c, hc->op, hc->arg, false);
    if (out) {
        out->raw = raw;
        if (raw == HT_RAW_UNSUPPORTED)
            out->kind = HT_ABI_UNSUPPORTED;
        if (out->kind != HT_ABI_ANSWERED)
            out->reason = c->m->last.reason;
    }
    return raw;
}

int64_t ht_hypercall(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                     const ht_guest_region *mem, size_t nmem, ht_abi_log *log,
                     ht_abi_outcome *out)
{
    if (!abi_start(m, abi, hc, out))
        return HT_RAW_UNKNOWN_CALL;
    struct abi_ctx c = ctx_for(m, abi, mem, nmem);
    c.log = log;
    c.out = out;
    return abi_finish(&c, hc, out);
}

size_t ht_hypercall_batch(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hcs, size_t n,
                          const ht_guest_region *mem, size_t nmem, int64_t *raw)
{
    if (abi >= HT_ABI_COUNT)
        return 0;
    struct abi_ctx c = ctx_for(m, abi, mem, nmem);
    for (size_t i = 0; i < n; i++) {
        int64_t r = dispatch(&c, hcs[i].op, hcs[i].arg, false);
        if (raw)
            raw[i] = r;
    }
    return n;
}

int ht_hypercall_local(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                       const ht_guest_region *mem, size_t nmem, const uint8_t *defer,
                       int64_t *raw, ht_abi_outcome *out)
{
    if (!defer || !raw || !abi_start(m, abi, hc, out))
        return 0;
    struct abi_ctx c = ctx_for(m, abi, mem, nmem);
    c.out = out;
    c.defer = defer;
    int64_t r = abi_finish(&c, hc, out);
    /* Unsupported or refused before any call ran (a decode that fails, or the engine
     * refusing to run it): nothing changed and nothing was written back, so the server
     * can run it afresh and report it.  Once a call ran, its answer is this one. */
    if (c.deferred || (!c.ran && (r == HT_RAW_UNSUPPORTED || r <= HT_RAW_REFUSED_LIMIT)))
        return 0;
    *raw = r;
    return 1;
}

int64_t ht_hypercall_observe(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                             const ht_guest_region *before, size_t nbefore,
                             const ht_guest_region *after, size_t nafter, int64_t host_raw,
                             ht_abi_log *log, ht_abi_outcome *out)
{
    if (!abi_start(m, abi, hc, out))
        return HT_RAW_UNKNOWN_CALL;
    struct abi_ctx c = ctx_for(m, abi, before, nbefore);
    c.log = log;
    c.out = out;
    c.observe = true;
    c.after = after;
    c.nafter = after ? nafter : 0;
    c.observed = host_raw;
    return abi_finish(&c, hc, out);
}
