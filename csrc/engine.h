/*
 * Internal state of the emulated host and the primitives every family of calls uses.
 *
 * All mutable state lives in memory allocated once, when the machine is made, so that
 * pointers into it stay valid and the undo journal can name any field by address.  Every
 * write to that state goes through the j8/j16/j32/j64 setters below: while a snapshot is
 * active they record the old value, which is what makes restore cost proportional to
 * what changed.  A write that bypasses them is a bug that the restore tests catch.
 */
#ifndef HT_ENGINE_H
#define HT_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen/ht_catalogue.h"
#include "include/haptrace.h"

_Static_assert(HT_ARGS == HT_MAX_ARGS, "public and generated argument counts differ");
_Static_assert(HT_NHOST_OPTIONS <= HT_MAX_HOST_OPTIONS, "too many host options");
/* Each host option's width in bits (generated; 0 past the declared options). */
extern const uint8_t ht_host_option_bits[HT_MAX_HOST_OPTIONS];
_Static_assert(HT_OUTS == HT_MAX_OUTS, "public and generated output counts differ");
_Static_assert(sizeof(ht_p2m_entry) == 12, "p2m entries must stay 12 bytes");
_Static_assert(sizeof(ht_frame) == 16, "frames must stay 16 bytes");

#define HT_MFN_INVALID 0xffffffffu
#define HT_GIDX_NONE 0xffffffffu
#define HT_M2P_INVALID 0xffffffffu
#define HT_M2P_SHARED 0xfffffffeu
#define HT_OWNER_FREE 0xffffu
#define HT_OWNER_COW 0xfffeu
#define HT_OWNER_XEN 0xfffdu  /* a frame Xen holds for itself (host.xen_frames) */
#define HT_DOMID_COW 0x7ff3u
#define HT_NO_SLOT 0xffu
#define HT_FRAME_ALLOCATED 0x80u
/* xen-4.2: the frame's M2P entry is stale -- a RAM frame left behind mmio_dm when its gfn
 * was given another entry keeps naming that gfn (mmio_dm_frame_orphan).  Not Xen's: the
 * audit's bookkeeping (as the ledgers of struct ht_domain), so that its M2P side accepts
 * exactly these frames.  Cleared when the frame is freed or handed out again. */
#define HT_FRAME_M2P_STALE 0x40u
#define HT_FRAME_WCOUNT_MASK 0x3fu
#define HT_FRAME_REFS_MAX 0xffu
#define HT_MAX_ORDER 18
#define HT_MMIO_MAP_MAX 64

/* Grant entry flags. */
#define HT_GNT_PERMIT 1u
#define HT_GNT_READONLY 2u

/* Mapping kinds. */
#define HT_MAP_FREE 0u
#define HT_MAP_FOREIGN 1u
#define HT_MAP_GRANT 2u
#define HT_MAP_RESOURCE 3u   /* frames of a resource (map_resource; resource.c has the rest) */

struct ht_share {
    uint64_t handle;
    uint32_t rmap_head;   /* global p2m index of the first tuple */
    uint32_t rmap_count;
};

struct ht_ring_msg {
    uint64_t gfn;
    uint32_t vcpu;
    uint32_t flags;
    uint32_t p2mt;
    uint32_t version;  /* a response's version field (4.17's vm_event_response_t.version) */
};

struct ht_ring {
    uint8_t present;
    uint8_t last_wake;     /* xen-4.2: med->last_vcpu_wake_up (mem_event_wake_blocked) */
    uint16_t wait_next;    /* xen-4.2: the wait queue's next arrival number (FIFO order) */
    uint32_t port;
    uint64_t gfn;
    uint32_t mfn;          /* the ring page, referenced and writable-typed by Xen */
    uint32_t req_prod, req_cons;   /* requests: Xen produces, the helper consumes */
    uint32_t rsp_prod, rsp_cons;   /* responses: the helper produces, Xen consumes */
    struct ht_ring_msg req[HT_RING_SLOTS];
    struct ht_ring_msg rsp[HT_RING_SLOTS];
};

struct ht_vcpu {
    uint8_t paused_on;     /* doc: bit (1 << ring kind): paused until that ring's response */
    uint8_t waiting_on;    /* ring kind on whose wait queue the vcpu sleeps, 0 none */
    uint8_t blocked_on;    /* bit (1 << ring kind): paused until that ring has room again
                              (mem_event_mark_and_pause's pause flag) */
    uint8_t pause_count;   /* xen-4.2: v->pause_count as an int8_t (vcpu_pause_nosync /
                              vcpu_unpause, common/domain.c, RELEASE-4.2.0, L734-744): ring
                              requests and wait-queue sleeps; it can go negative */
    uint16_t wait_seq;     /* xen-4.2: arrival number on the wait queue (wake_up_nr is FIFO) */
    uint8_t resume_op;     /* xen-4.2: HT_RESUME_*: what the vcpu finishes when it runs again
                              after a wait-queue sleep (wait_event returns inside Xen) */
    uint8_t vm_event_pauses; /* xen-4.17: v->vm_event_pause_count (vm_event_vcpu_pause /
                                vm_event_vcpu_unpause, common/vm_event.c, RELEASE-4.17.0):
                                the ring requests' share of pause_count */
    uint32_t resume_flags; /* the request flags of a pending access request */
    uint8_t resume_access; /* xen-4.2/4.17: an n2rwx access request still to send once the
                              page-in or ENOMEM notification the vcpu slept in is done (the
                              end of hvm_hap_nested_page_fault sends it last) */
    uint64_t resume_gfn;   /* the gfn of the pending operation */
};

/* What a vcpu that slept on a ring's wait queue finishes once it runs and grabs a slot. */
enum ht_resume_op {
    HT_RESUME_NONE = 0,
    HT_RESUME_PAGE_IN,        /* p2m_mem_paging_populate after mem_event_claim_slot */
    HT_RESUME_SHARING_ENOMEM, /* mem_sharing_notify_enomem(allow_sleep=1) */
    HT_RESUME_ACCESS,         /* mem_access_send_req */
};

/* A vcpu that Xen would not run for a ring's reason: a request's pause, a pause flag,
 * or a sleep on a wait queue. */
static inline bool vcpu_ring_held(const struct ht_vcpu *v)
{
    return v->paused_on || v->waiting_on || v->blocked_on || v->pause_count;
}

/* An entry is 8 bytes: the grant pool is most of gnttab's state, so its flags and its count
 * of live mappings share one word (read and written through grant_flags / grant_maps and
 * their setters below). */
struct ht_grant {
    uint32_t frame;        /* the granted gfn (a PV domain's: an mfn; stale after end_access) */
    uint16_t grantee;      /* the entry's domid: who may map it; HT_GRANTEE_ANY: anyone */
    uint16_t word;         /* bits 0-1: HT_GNT_*; above: live grant mappings through it */
};
#define HT_GNT_FLAG_BITS 2
#define HT_GNT_FLAG_MASK ((1u << HT_GNT_FLAG_BITS) - 1u)
_Static_assert((HT_GNT_PERMIT | HT_GNT_READONLY) <= HT_GNT_FLAG_MASK, "grant flags fit their bits");
_Static_assert(HT_MAX_MAPPINGS <= (0xffffu >> HT_GNT_FLAG_BITS),
               "every mapping slot may map one entry: the count fits the word");
_Static_assert(sizeof(struct ht_grant) == 8, "a grant entry is 8 bytes");
/* grant_access names no grantee: its entries may be mapped by any domain (the engine's
 * model of a guest's grants since 4.2).  An entry written as bytes names one. */
#define HT_GRANTEE_ANY 0xffffu

struct ht_mapping {
    uint8_t kind;          /* HT_MAP_* */
    uint8_t writable;
    uint8_t slot;          /* the domain whose page is mapped */
    uint8_t pad;
    uint32_t mfn;
    uint32_t gref;
    uint32_t pad2;
    uint64_t gfn;
};

struct ht_device {
    uint32_t bdf;
    uint8_t used;
    uint8_t slot;
    uint8_t pad[2];
};

/* A destroyed domain whose rmap tuples outlived it (relinquish_shared_pages never sees a
 * stale tuple, and 4.2's walk stops below the p2m's high-water mark): Xen's gfn_info names
 * the tuple by (domain id, gfn), the engine's by the p2m arena entry it links through, and
 * a dead domain's slice of the arena is never handed out again.  The table keeps the id
 * that slice belonged to, so a tuple of it can be named as 4.2 and 4.17 name it (the audit
 * looks the id up again, and finds whichever domain has it now). */
struct ht_dead_domain {
    uint32_t p2m_base;
    uint32_t p2m_size;
    uint16_t domid;
    uint8_t pad[6];
};
#define HT_MAX_DEAD_DOMAINS 8

struct ht_domain {
    uint8_t privilege;     /* HT_PRIVILEGE_* */
    uint8_t nvcpus;
    uint8_t default_access;
    uint8_t target;        /* the slot this domain is the device model of, or HT_NO_SLOT
                              (d->target, XEN_DOMCTL_set_target) */
    uint32_t max_grant_frames;  /* createdomain: the grant table's frame limit */
    uint32_t vmtrace_frames;    /* createdomain: each vcpu's trace buffer in frames, 0 none */
    uint32_t vmtrace_mfn[HT_MAX_VCPUS];  /* first frame of each vcpu's buffer, or invalid */
    uint64_t max_mapped_gfn;  /* highest gfn ever mapped (domain_get_maximum_gpfn) */
    uint64_t hvm_param[HT_NR_HVM_PARAMS];
    struct ht_vcpu vcpu[HT_MAX_VCPUS];
    struct ht_ring ring[HT_RING_COUNT + 1];   /* indexed by ring kind; 0 unused */
    /* Bookkeeping of the memory primitives, independent of the handlers' Xen counters:
     * the audit compares the two. */
    int64_t type_count[16];
    int64_t paging_in_nomfn;
    int64_t owned;
    /* The xen-4.2 drift ledger (docs/profiles.md): how far the real 4.2 code's paged_pages
     * runs from the model's count of paged gfns (ram_paged plus frameless paging_in), kept
     * at each drifting decision with its citation, so the audit's paging.12 compares
     * paged_pages with that count plus the ledger and still catches any other drift. */
    int64_t paged_drift;
    /* The xen-4.2 stale-tuple ledger: the rmap tuples of this domain's gfns that no
     * longer map their shared frame, left by 4.2's XENMEM_remove_from_physmap on a shared
     * gfn (p2m_remove_page, arch/x86/mm/p2m.c, RELEASE-4.2.0), which clears the entry and
     * keeps the tuple and shr_pages.  sharing.2 and sharing.4 count them against it. */
    int64_t stale_tuples;
    /* xen-4.2: XEN_DOMCTL_memory_mapping gave this domain I/O-memory rights
     * (iomem_permit_access, arch/x86/domctl.c, RELEASE-4.2.0, L858).  The engine keeps no
     * rangesets: a call this domain makes that would consult them is unsupported. */
    uint8_t iomem_granted;
};

struct ht_jent {
    void *addr;
    uint64_t old;
    uint32_t size;       /* 1, 2, 4, 8; or 0 for a blob */
    uint32_t blob_len;
};

struct ht_journal {
    bool on;
    struct ht_jent *ent;
    size_t len, cap;
    unsigned char *blob;
    size_t blob_len, blob_cap;
};

/* State captured before a call for the transition oracle (oracle.c). */
struct ht_pre_gfn {
    bool valid;            /* the call names this (domain, gfn) */
    uint8_t slot;
    uint8_t type;
    uint8_t refs;
    uint8_t wcount;
    bool sharing;          /* the domain had sharing enabled */
    uint32_t mfn;
    uint32_t content;
    uint64_t gfn;
    uint64_t handle;       /* of the shared frame, 0 if not shared */
    uint32_t tuples;       /* rmap size of the shared frame */
    int64_t shr_pages;
};

struct ht_pre {
    uint64_t last_handle;
    struct ht_pre_gfn g[2];
};

/* Who makes the call being run: what Xen calls current->domain and current. */
struct ht_caller {
    uint16_t domid;
    uint8_t slot;        /* the calling domain's slot (0: the control domain) */
    uint8_t pad;
    uint32_t vcpu;
};

struct ht_machine {
    ht_host_config config;
    /* Carved from one region (ht_machine_build with a carve, shared.c): nothing but the
     * journal is the heap's to free. */
    bool carved;
    uint32_t profile;
    uint64_t bugs;

    /* The call being run: its caller, and the word pool its list arguments refer into
     * (not machine state: never journalled or digested). */
    struct ht_caller caller;
    uint64_t *pool;
    size_t pool_words;
    /* Per list of the catalogue (ht_lists), the elements the call being run wrote from the
     * start (ht_list_put's high-water mark): what Xen wrote back into the caller's array,
     * so the hypercall ABI writes back exactly those (scratch, not machine state). */
    uint32_t list_written[HT_NLISTS > 0 ? HT_NLISTS : 1];
    /* The hypercall ABI layer's word pool for the lists it builds (abi.c; allocated on
     * first use, not machine state). */
    uint64_t *abi_pool;

    /* Each family's own state (its ops' state_bytes, allocated when the machine is made,
     * so the journal can name any field by address), by HT_FAMILY_*. */
    void *family_state[HT_NFAMILIES];
    /* The families with a heap_alloc hook, found once at creation: every frame allocation
     * asks them, and walking the whole family table there cost a cache miss per family. */
    uint8_t heap_hooks;
    uint8_t heap_hook[HT_NFAMILIES];

    ht_host_pub host;
    int64_t cow_frames;   /* frames owned by dom_cow (kept by frame_set_owner) */
    ht_domain_pub dom_pub[HT_MAX_DOMAINS];
    struct ht_domain dom[HT_MAX_DOMAINS];
    uint8_t slot_of[HT_DOMID_FIRST_RESERVED];   /* domid -> slot, HT_NO_SLOT if none */

    ht_frame *frame;
    uint32_t free_head;
    ht_p2m_entry *p2m;
    struct ht_share *share;
    uint32_t share_free_head;

    struct ht_mapping map[HT_MAX_MAPPINGS];
    struct ht_device device[HT_MAX_DEVICES];
    /* The dead-tuple ledger: tuples of destroyed domains still on a shared frame's rmap,
     * which 4.2 and 4.17 leave there (sharing.c, relinquish_shared_pages and
     * sharing_domain_gone); sharing.1 and sharing.2 count them against it. */
    int64_t dead_tuples;
    struct ht_dead_domain dead[HT_MAX_DEAD_DOMAINS];
    uint32_t ndead;
    uint32_t fault_countdown[HT_FAULT_SITE_COUNT];

    ht_result last;
    struct ht_journal journal;

    /* (domain, gfn, handle) pairs every fuzz input starts with in its pools: the boot
     * state's shared and paged pages (fuzzing configuration, not machine state). */
    uint64_t fuzz_seed[8][3];
    uint32_t fuzz_seeds;
    /* (resource kind, value) every fuzz input's pools start with: what the boot made that
     * no pair carries, such as its tmem pools (fuzzing configuration as well). */
    uint64_t fuzz_value[8][2];
    uint32_t fuzz_values;
    /* The passes each internal-failure site saw in the call running now (fault.c
     * fault_fires counts them, armed or not; the fuzz executor zeroes them before each
     * call): fuzzing feedback, not machine state (neither journalled nor digested). */
    uint32_t fault_passes[HT_FAULT_SITE_COUNT];
    /* Keys the boot named (ht_fuzz_seed_key): the list descriptor (an index into ht_lists)
     * and its words, which every fuzz input's remembered keys start with (fuzzing
     * configuration as well). */
    uint32_t fuzz_key_list[4];
    uint64_t fuzz_key_word[4][8];
    uint32_t fuzz_keys;

    /* Scratch space for ht_check, and scratch_frames for an exchange's chunk (not machine
     * state: never journalled or digested). */
    uint64_t *scratch_tuples;    /* one bit per p2m arena entry */
    uint64_t *scratch_frames;    /* one bit per frame */
    uint64_t *scratch_handles;   /* share_capacity + 1 handles */
    uint32_t *scratch_shared;    /* share_capacity + 1 frames that claim to be shared */

    /* Transition oracle. */
    bool oracle_on;
    struct ht_pre pre;
    ht_violation pending[16];
    size_t npending;         /* may exceed the array: the count of all found */
};

/* One region a machine is carved from (machine.c): base, its size, and the bytes handed out
 * so far.  ht_carve_bytes(config) is enough for ht_machine_build's pieces. */
struct ht_carve {
    uint8_t *base;
    size_t size, used;
};
ht_machine *ht_machine_build(const ht_host_config *config, struct ht_carve *carve, char *err,
                             size_t errlen);
uint64_t ht_carve_bytes(const ht_host_config *config);

/* ---- journalled setters ------------------------------------------------------------- */

void ht_journal_push(ht_machine *m, void *addr, uint64_t old, uint32_t size);
void ht_journal_blob(ht_machine *m, void *addr, size_t len);

static inline void j8(ht_machine *m, uint8_t *p, uint8_t v)
{
    if (m->journal.on && *p != v)
        ht_journal_push(m, p, *p, 1);
    *p = v;
}

static inline void j16(ht_machine *m, uint16_t *p, uint16_t v)
{
    if (m->journal.on && *p != v)
        ht_journal_push(m, p, *p, 2);
    *p = v;
}

static inline void j32(ht_machine *m, uint32_t *p, uint32_t v)
{
    if (m->journal.on && *p != v)
        ht_journal_push(m, p, *p, 4);
    *p = v;
}

static inline void j64(ht_machine *m, uint64_t *p, uint64_t v)
{
    if (m->journal.on && *p != v)
        ht_journal_push(m, p, *p, 8);
    *p = v;
}

static inline uint16_t grant_flags(const struct ht_grant *g)
{
    return (uint16_t)(g->word & HT_GNT_FLAG_MASK);
}

static inline uint16_t grant_maps(const struct ht_grant *g)
{
    return (uint16_t)(g->word >> HT_GNT_FLAG_BITS);
}

static inline void grant_set_flags(ht_machine *m, struct ht_grant *g, uint16_t flags)
{
    j16(m, &g->word, (uint16_t)((g->word & ~HT_GNT_FLAG_MASK) | (flags & HT_GNT_FLAG_MASK)));
}

static inline void grant_set_maps(ht_machine *m, struct ht_grant *g, uint16_t maps)
{
    j16(m, &g->word, (uint16_t)((maps << HT_GNT_FLAG_BITS) | grant_flags(g)));
}

static inline void js64(ht_machine *m, int64_t *p, int64_t v)
{
    j64(m, (uint64_t *)(void *)p, (uint64_t)v);
}

static inline void jadd(ht_machine *m, int64_t *p, int64_t delta)
{
    js64(m, p, *p + delta);
}

/* ---- results ------------------------------------------------------------------------ */

/* Handlers return Xen's raw value and name the check that decided it. */
static inline int64_t ht_fail(ht_machine *m, int err, enum ht_reason_id why)
{
    m->last.reason = why;
    return -(int64_t)err;
}

static inline int64_t ht_ok(ht_machine *m, int64_t value, enum ht_reason_id why)
{
    m->last.reason = why;
    return value;
}

/* The engine does not model the path Xen would take here: an explicit answer, never a
 * guessed result (HT_RAW_UNSUPPORTED, with the reason naming the path). */
static inline int64_t ht_unsupported(ht_machine *m, enum ht_reason_id why)
{
    m->last.reason = why;
    return HT_RAW_UNSUPPORTED;
}

/* Not Xen's answer but the engine's refusal to run the call: argument slot `slot` holds a
 * value the engine does not model in this call (one another call of the catalogue stands
 * for, or a behaviour it does not reproduce); `why` says which.  Replay and fuzzing treat it
 * like the refusals made before a handler runs (RAW_REFUSED_LIMIT). */
static inline int64_t ht_refuse_value(ht_machine *m, uint32_t slot, enum ht_reason_id why)
{
    m->last.reason = why;
    return HT_RAW_BAD_VALUE0 - (int64_t)slot;
}

#define FAIL(err, why) return ht_fail(m, HT_##err, HT_R_##why)
#define UNSUPPORTED(why) return ht_unsupported(m, HT_R_##why)
#define FAIL_RAW(err, why) return ht_fail(m, (err), HT_R_##why)
#define OK(value, why) return ht_ok(m, (value), HT_R_##why)

static inline bool ht_doc(const ht_machine *m)
{
    return m->profile == HT_PROFILE_DOC;
}

static inline bool ht_bug(const ht_machine *m, enum ht_bug_id bug)
{
    return (m->bugs >> bug) & 1u;
}

/* ---- list arguments ----------------------------------------------------------------- */

/* A list argument as a handler sees it: n elements of stride words in the caller's pool,
 * already checked to lie inside it (dispatch.c).  Element i's field f is w[i * stride + f].
 * n is the list the caller really gave; a length argument may claim more, and reading past
 * n is a copy fault (EFAULT), as copy_from_guest past a guest's buffer is in Xen. */
typedef struct ht_list {
    uint64_t *w;
    uint32_t n;
    uint32_t stride;
    uint32_t *written;  /* how many elements from the start the call has written (for
                           OUT and INOUT lists, m->list_written); NULL: not counted */
} ht_list;

/* The list a slot refers to (index: the list's entry in ht_lists); dispatch checked it. */
ht_list ht_list_at(ht_machine *m, uint64_t ref, uint32_t index);

/* Field f of element i into *v; false (a copy fault) past the end. */
static inline bool ht_list_get(const ht_list *l, uint64_t i, uint32_t f, uint64_t *v)
{
    if (i >= l->n || f >= l->stride)
        return false;
    *v = l->w[i * l->stride + f];
    return true;
}

/* Writes field f of element i; false (a copy fault) past the end. */
static inline bool ht_list_put(ht_list *l, uint64_t i, uint32_t f, uint64_t v)
{
    if (i >= l->n || f >= l->stride)
        return false;
    l->w[i * l->stride + f] = v;
    if (l->written && i >= *l->written)
        *l->written = (uint32_t)i + 1;
    return true;
}

/* ---- the caller --------------------------------------------------------------------- */

/* Whether the call is made by the domain in slot (a guest acting on itself). */
static inline bool ht_caller_is(const ht_machine *m, uint8_t slot)
{
    return m->caller.slot == slot;
}

/* A domid argument as Xen reads it: DOMID_SELF is the caller (rcu_lock_domain_by_any_id). */
static inline uint64_t ht_resolve_domid(const ht_machine *m, uint64_t domid)
{
    return domid == HT_DOMID_SELF ? m->caller.domid : domid;
}

/* ---- families ----------------------------------------------------------------------- */

/* What a family registers (csrc/<family>.c defines ht_family_<name>; the generated
 * ht_families table lists them).  Every hook may be NULL.  State lives in memory allocated
 * once, when the machine is made (family_state), so snapshots journal it like the rest. */
/* Where the audit collects violations (audit.c): at most max into out, n counts all. */
struct ht_audit {
    ht_violation *out;
    size_t max;
    size_t n;
};
void audit_add(struct ht_audit *a, uint32_t inv, uint32_t domid, uint64_t gfn, uint64_t mfn,
               int64_t expected, int64_t actual);
#define HT_NONE_DOM 0xffffffffu
#define HT_NONE64 (~0ull)

/* A call the fuzzer may insert (ht_family_ops.fuzz_want): its id, its caller (a domain id,
 * vcpu 0), its scalar arguments by slot (an IN list's length argument is the list's own
 * length; an OUT list gets the room its length claims), and the words of its IN lists'
 * elements: with no count set, the one IN list's elements, in order; otherwise count[a]
 * elements of list argument a, the lists' words one after another in argument order (an
 * exchange's header, in list and out list).  Inserted before the call that asked for it,
 * or with after set, appended after it: a follow-up, the call that consumes what the asking
 * call leaves (a kick after a response posted).  Fuzzing feedback only. */
#define HT_FUZZ_WANT_WORDS 16
struct ht_fuzz_want {
    uint32_t call;
    uint16_t caller;
    uint8_t nwords;
    uint8_t after;
    uint64_t arg[HT_MAX_ARGS];
    uint64_t word[HT_FUZZ_WANT_WORDS];
    uint8_t count[HT_MAX_ARGS];
};

struct ht_family_ops {
    size_t (*state_bytes)(const ht_host_config *config);
    void (*init)(ht_machine *m, void *state);             /* a fresh machine */
    void (*domain_init)(ht_machine *m, uint8_t slot);     /* a domain was created */
    void (*domain_teardown)(ht_machine *m, uint8_t slot); /* a domain is being destroyed */
    uint64_t (*digest)(const ht_machine *m, uint64_t h);  /* fold the state into h */
    void (*audit)(ht_machine *m, struct ht_audit *a);     /* check the family's invariants */
    /* Timers (the virtual clock, csrc/clock.c): the earliest deadline the family has armed
     * (HT_TIME_NEVER: none), and firing every timer due at the clock's current time,
     * returning how many events that delivered. */
    int64_t (*next_deadline)(const ht_machine *m);
    uint32_t (*fire_due)(ht_machine *m);
    /* The family's own transition checks, run around every call while the oracle is on
     * (csrc/oracle.c): written apart from the handlers, so a planted bug in a handler cannot
     * also disable the check that catches it. */
    void (*oracle_pre)(ht_machine *m, uint32_t call, const uint64_t *arg);
    void (*oracle_post)(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                        const uint64_t *out);
    /* alloc_heap_pages is asked for 2^order frames: a family holding frames it can give back
     * (tmem, under memory scarcity) may take the request over.  Returns false to let the
     * heap serve it; true when it takes it over, with *mfn the frame it gave up (allocated,
     * owned by Xen; the allocator hands it on) or HT_MFN_INVALID when the allocation fails.
     * With probe set it changes nothing: *mfn is then only HT_MFN_INVALID or not. */
    bool (*heap_alloc)(ht_machine *m, uint32_t order, bool probe, uint32_t *mfn);
    /* Whether the family still holds the dying domain in slot (Xen's domain references:
     * frames others still map, a leaked RCU lock): it is not gone until none does.  A family
     * that lets go of the last such hold calls domain_maybe_gone. */
    bool (*domain_busy)(const ht_machine *m, uint8_t slot);
    /* Fuzzing's abstract state (csrc/fuzz.c: a signal as syzkaller's): a small non-zero
     * class of what the call is about to act on, for a call of the family made by the
     * domain in caller_slot (the binding of the port it names, what its domain holds), or 0
     * for nothing to say.  Read before the call runs; changes nothing. */
    uint32_t (*fuzz_class)(const ht_machine *m, uint32_t call, const uint64_t *arg,
                           uint8_t caller_slot);
    /* Fuzzing's state-driven insertion (csrc/fuzz_want.c): for a call of the family whose
     * state the fuzzer had not seen before, up to cap calls that would move the call's
     * class to a neighbouring one (a frame freed below an exchange's address limit, a
     * status frame's mapping made or dropped before a guest leaves v2), each in *want, to be
     * inserted before it, or follow-ups (want->after) that consume what it leaves, to be
     * appended after it.  Returns how many.  Read before the call runs; changes nothing. */
    uint32_t (*fuzz_want)(const ht_machine *m, uint32_t call, const uint64_t *arg,
                          uint8_t caller_slot, struct ht_fuzz_want *want, uint32_t cap);
};

static inline void *family_state(const ht_machine *m, uint32_t family)
{
    return m->family_state[family];
}

uint64_t ht_fnv(uint64_t h, const void *data, size_t len);

/* ---- the virtual clock (clock.c) ---------------------------------------------------- */

/* Xen's system time (NOW(), an s_time_t in ns), which moves only by the advance_time event,
 * so every call sees one deterministic instant.  Deadlines are s_time_t: signed. */
#define HT_TIME_NEVER INT64_MAX
int64_t ht_now(const ht_machine *m);
/* Where the clock is going during an advance_time (ht_now otherwise): a family whose timer
 * fires periodically may report one deadline for the whole run of ticks before it, and
 * count them together, so an advance costs what its timers are, not what its length is. */
int64_t ht_clock_target(const ht_machine *m);
/* Fires every timer due at the current time (a call that arms a timer at or before now, as
 * Xen's set_timer then fires it before the hypercall returns); returns the events. */
uint32_t clock_run_due(ht_machine *m);

/* ---- vcpus (vcpu.c) ----------------------------------------------------------------- */

/* Whether vcpu of the domain in slot is up (not _VPF_down): a vcpu that is down does not
 * run, so it makes no hypercall (dispatch.c refuses one). */
bool vcpu_is_up(const ht_machine *m, uint8_t slot, uint32_t vcpu);
#define DOMINF_BLOCKED 16u   /* XEN_DOMINF_blocked (public/domctl.h) */
#define DOMINF_RUNNING 32u   /* XEN_DOMINF_running */
/* getdomaininfo's blocked and running bits of a domain, and its vcpus online. */
uint32_t vcpu_dominf_flags(const ht_machine *m, uint8_t slot, uint32_t *online);
#define DOMINF_HAP 256u      /* XEN_DOMINF_hap (public/domctl.h at RELEASE-4.17.0; not in 4.2) */
/* The bits arch_get_domain_info adds to getdomaininfo's flags in the profile. */
uint32_t dominf_arch_flags(const ht_machine *m, uint8_t slot);

/* ---- PV domain state (pvonly.c) ----------------------------------------------------- */

/* The domain's vm_assist bits (1 << VMASST_TYPE_*). */
uint64_t pv_vm_assist(const ht_machine *m, uint8_t slot);

/* ---- the HVM hypercall table (hvm_table.c) ------------------------------------------ */

/* A handler's first step: whether the caller reaches the handler of hypercall `number`
 * with sub-op `subop`.  A guest of an HVM domain goes through the profile's HVM hypercall
 * table and its sub-op filters (what they lack is -ENOSYS before any handler check, with
 * the table's reason set); the control domain and PV guests always reach it (0).  A path
 * 4.17's table opens that 4.2's closed is HT_RAW_UNSUPPORTED: the handlers model what 4.2
 * let an HVM guest reach. */
int64_t hvm_gate(ht_machine *m, uint64_t number, uint64_t subop);

/* The dispatcher's generic gate (csrc/dispatch.c), before any handler, for every call the
 * catalogue issues through hypercall `number`: 0 when the caller reaches its handler, -ENOSYS
 * with the reason set when the profile's HVM table lacks the hypercall, HT_RAW_UNSUPPORTED
 * when 4.17's table opens what 4.2's closed.  Sub-op filters stay with the handlers. */
int64_t hvm_table_gate(ht_machine *m, uint64_t number);

/* Whether a guest of the domain in slot reaches the handler of hypercall `number` by the
 * profile's HVM table (a PV domain always does), as hvm_table_gate would let it; reads
 * nothing else and changes nothing.  For the fuzzer's wants (a call asked of a guest its
 * table refuses is an insertion wasted). */
bool hvm_table_has(const ht_machine *m, uint8_t slot, uint64_t number);

/* A copy to or from the caller's memory that fails (the fault site copy): Xen's EFAULT. */
bool copy_fails(ht_machine *m);

/* ---- list arguments of a call, for the oracles --------------------------------------- */

/* The list in argument slot `slot` of call `call` (its slots in arg); n is 0 when the slot
 * holds no list. */
static inline ht_list ht_call_list(ht_machine *m, uint32_t call, const uint64_t *arg,
                                   uint32_t slot)
{
    uint8_t index = ht_calls[call].arg_list[slot];
    if (!index)
        return (ht_list){.w = NULL, .n = 0, .stride = 1};
    return ht_list_at(m, arg[slot], index - 1u);
}

/* ---- domains ------------------------------------------------------------------------ */

/* The domain slot for domid, or HT_NO_SLOT. */
static inline uint8_t ht_slot(const ht_machine *m, uint64_t domid)
{
    if (domid >= HT_DOMID_FIRST_RESERVED)
        return HT_NO_SLOT;
    return m->slot_of[domid];
}

/* The slot of the domain a call names for the fuzzer's state classes: its first domain
 * argument (DOMID_SELF is the caller), else the caller; HT_NO_SLOT for no such domain.
 * Fuzzing feedback only (the families' fuzz_class hooks), not a Xen decision. */
static inline uint8_t ht_named_slot(const ht_machine *m, uint32_t call, const uint64_t *arg,
                                    uint8_t caller_slot)
{
    const struct ht_call_desc *d = &ht_calls[call];
    for (int a = 0; a < d->nargs; a++) {
        if (d->arg_uses[a] != HT_RES_DOMAIN)
            continue;
        return ht_slot(m, arg[a] == HT_DOMID_SELF ? m->dom_pub[caller_slot].domid : arg[a]);
    }
    return caller_slot;
}

static inline bool dom_flag(const ht_machine *m, uint8_t slot, uint8_t flag)
{
    return (m->dom_pub[slot].flags & flag) != 0;
}

void dom_set_flag(ht_machine *m, uint8_t slot, uint8_t flag, bool on);
bool dom_is_hvm(const ht_machine *m, uint8_t slot);
bool hardware_domain_is_hvm(const ht_machine *m);

/* The caller's privilege: IS_PRIV(current->domain), IS_PRIV_FOR(current->domain, d), and
 * the XSM policy's refusal of the caller for d (domain.c). */
bool caller_is_priv(const ht_machine *m);
bool caller_priv_for(const ht_machine *m, uint8_t slot);
bool caller_xsm_denied(const ht_machine *m, uint8_t slot);
/* XSM_DM_PRIV: the caller is the target's device model or the control domain.  0, or the
 * raw error (-EPERM; -EACCES where the policy refuses) with the reason set. */
int64_t caller_dm_priv(ht_machine *m, uint8_t slot);

/* Target lookups, each mirroring a Xen helper; on failure they return the raw error and
 * leave the reason in m->last. */
int64_t target_memop(ht_machine *m, uint64_t domid, uint8_t *slot);
int64_t target_remote(ht_machine *m, uint64_t domid, uint8_t *slot);
int64_t target_self_or_priv(ht_machine *m, uint64_t domid, uint8_t *slot);
int64_t target_control(ht_machine *m, uint64_t domid, uint8_t *slot, bool xsm_hook);

/* ---- memory primitives (p2m.c) ------------------------------------------------------ */

static inline uint32_t gidx(const ht_machine *m, uint8_t slot, uint64_t gfn)
{
    return m->dom_pub[slot].p2m_base + (uint32_t)gfn;
}

/* The entry of (slot, gfn), or NULL when gfn is beyond the domain's p2m. */
static inline ht_p2m_entry *p2m_entry(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    if (gfn >= m->dom_pub[slot].p2m_size)
        return NULL;
    return &m->p2m[gidx(m, slot, gfn)];
}

/* Type of (slot, gfn); gfns beyond the p2m read as invalid holes. */
static inline uint8_t p2m_type(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    return e ? e->type : HT_P2M_TYPE_INVALID;
}

static inline uint32_t p2m_mfn(ht_machine *m, uint8_t slot, uint64_t gfn)
{
    const ht_p2m_entry *e = p2m_entry(m, slot, gfn);
    return e ? e->mfn : HT_MFN_INVALID;
}

/* Sets the entry; false when gfn is beyond the p2m or the p2m_set fault fires. */
bool p2m_set(ht_machine *m, uint8_t slot, uint64_t gfn, uint8_t type, uint32_t mfn,
             uint8_t access);
void p2m_locate(const ht_machine *m, uint32_t global, uint8_t *slot, uint64_t *gfn);
void gfn_range_in_p2m(uint64_t gfn, uint64_t nr, uint64_t size, uint64_t *lo, uint64_t *hi);

bool type_is_ram(uint8_t t);
bool type_is_sharable(uint8_t t);
bool type_is_pageable(uint8_t t);
bool type_is_paging(uint8_t t);
bool type_is_hole(uint8_t t);
bool p2m_is_empty_hole(const ht_p2m_entry *e);

static inline bool mfn_is_ram(const ht_machine *m, uint32_t mfn)
{
    return mfn != HT_MFN_INVALID && mfn < m->config.total_frames;
}

/* Frame allocation is alloc_heap_pages: a family may take an order-0 request over (see
 * ht_family_ops.heap_alloc), the rest come from the heap's free list. */
uint32_t frame_alloc(ht_machine *m, uint8_t slot);           /* HT_MFN_INVALID if none */
uint32_t frame_alloc_xen(ht_machine *m);                      /* HT_MFN_INVALID if none */
/* alloc_heap_pages of an order: the first free 2^order-aligned block of frames wholly below
 * frame limit, for owner (a domain slot, or HT_OWNER_XEN), or HT_MFN_INVALID.  The frames
 * are allocated but not counted in a domain's tot_pages (the caller assigns them). */
uint32_t frame_alloc_block(ht_machine *m, uint16_t owner, uint32_t order, uint64_t limit);
/* How many such blocks are free, counting up to want. */
uint64_t frame_free_blocks(const ht_machine *m, uint32_t order, uint64_t limit, uint64_t want);
bool frame_alloc_for(ht_machine *m, uint8_t slot, uint32_t *mfn); /* with max_pages */
/* One frame of an extent of 2^order frames, with max_pages (the heap serves extents). */
bool frame_alloc_extent_for(ht_machine *m, uint8_t slot, uint32_t order, uint32_t *mfn);
/* Whether alloc_heap_pages would serve a request of 2^order frames now. */
bool heap_can_serve(ht_machine *m, uint32_t order);
/* The heap's free list only, for a family serving its own allocations (no take-over). */
uint32_t frame_alloc_heap(ht_machine *m, uint16_t owner);
void frame_set_owner(ht_machine *m, uint32_t mfn, uint16_t owner);
void frame_release(ht_machine *m, uint32_t mfn);   /* drops the allocation reference */
void frame_put(ht_machine *m, uint32_t mfn);       /* drops one extra reference */
void frame_get(ht_machine *m, uint32_t mfn);       /* takes one extra reference */
void frame_free_if_unused(ht_machine *m, uint32_t mfn);
void frame_set_m2p(ht_machine *m, uint32_t mfn, uint32_t m2p);

static inline uint8_t frame_wcount(const ht_frame *f)
{
    return f->bits & HT_FRAME_WCOUNT_MASK;
}

void frame_set_wcount(ht_machine *m, uint32_t mfn, uint8_t count);

bool fault_fires(ht_machine *m, uint32_t site);
bool xenheap_take(ht_machine *m);          /* false: internal allocation fails */
void xenheap_give(ht_machine *m);

/* Maps a private page into (slot, gfn): p2m, M2P and the max-mapped watermark. */
bool p2m_map_private(ht_machine *m, uint8_t slot, uint64_t gfn, uint32_t mfn, uint8_t type);
/* Clears (slot, gfn) to a hole, invalidating the old frame's M2P (the frame is kept). */
void p2m_clear(ht_machine *m, uint8_t slot, uint64_t gfn);

/* ---- sharing (sharing.c) ------------------------------------------------------------ */

struct ht_share *share_of(ht_machine *m, uint32_t mfn);    /* NULL if not a shared frame */
const struct ht_share *share_peek(const ht_machine *m, uint32_t mfn);  /* the same, read only */
/* Unshare (slot, gfn).  destroy: the teardown variant that never fails.  Returns 0 or
 * -HT_ENOMEM; *notify is set when the failure should be posted on the sharing ring. */
int unshare_page(ht_machine *m, uint8_t slot, uint64_t gfn, bool destroy);
void rmap_remove(ht_machine *m, struct ht_share *s, uint32_t global);
bool p2m_is_stale_tuple(const ht_machine *m, uint8_t slot, uint64_t gfn);
void relinquish_shared_pages(ht_machine *m, uint8_t slot);
/* The tuples of a domain that outlive it (its stale tuples, and in xen-4.2 a shared gfn at
 * its p2m's high-water mark), the check a destroy makes before it changes anything (0, or
 * unsupported when no dead-domain entry is left for them), what domain_kill records, what
 * the last step of a domain's going moves into the dead-tuple ledger, and the (domain id,
 * gfn) of a tuple whose domain is gone. */
int64_t sharing_tuples_left(const ht_machine *m, uint8_t slot);
int64_t sharing_destroy_check(ht_machine *m, uint8_t slot);
void sharing_domain_dies(ht_machine *m, uint8_t slot);
void sharing_domain_gone(ht_machine *m, uint8_t slot);
bool dead_tuple_locate(const ht_machine *m, uint32_t global, uint16_t *domid, uint64_t *gfn);
/* A tool path failed to unshare: post an ENOMEM notification if the ring has a slot. */
void sharing_notify_enomem(ht_machine *m, uint8_t slot, uint64_t gfn);
/* gref -> gfn for the sharing ops.  Returns 0, or the raw error. */
int64_t gref_to_gfn(ht_machine *m, uint8_t slot, uint64_t gref, uint64_t *gfn);
uint64_t xen_sharing_audit(ht_machine *m);

/* ---- rings (ring.c) ----------------------------------------------------------------- */

/* The mem_event domctl prologue of every ring enable/disable.  *noop is set (and 0
 * returned) when 4.2 silently does nothing on a dying domain. */
int64_t mem_event_prologue(ht_machine *m, uint64_t domid, uint8_t *slot, bool *noop);
int64_t ring_enable(ht_machine *m, uint8_t slot, uint32_t kind, uint32_t param,
                    uint64_t *port);
int64_t ring_disable(ht_machine *m, uint8_t slot, uint32_t kind);
void ring_teardown(ht_machine *m, uint8_t slot, uint32_t kind);
bool ring_has_slot(ht_machine *m, uint8_t slot, uint32_t kind);
uint32_t ring_free_slots(ht_machine *m, uint8_t slot, uint32_t kind);
void ring_put_request(ht_machine *m, uint8_t slot, uint32_t kind, uint64_t gfn,
                      uint32_t vcpu, uint32_t flags, uint32_t p2mt);
void ring_process_responses(ht_machine *m, uint8_t slot, uint32_t kind);
/* A Xen-consumer port's notification function (the mem_event *_notification): the ring
 * whose port it is consumes its responses.  False if no ring of slot owns port. */
bool ring_notify(ht_machine *m, uint8_t slot, uint32_t port);
void vcpu_pause_on(ht_machine *m, uint8_t slot, uint32_t vcpu, uint32_t kind);
/* The guest vcpu found the ring full: it sleeps on the ring's wait queue; in xen-4.2 it
 * finishes op (HT_RESUME_*) on gfn by itself once woken and running again. */
void vcpu_wait_on(ht_machine *m, uint8_t slot, uint32_t vcpu, uint32_t kind, uint8_t op,
                  uint64_t gfn, uint32_t flags);
/* Runs the pending operations of a domain's woken, runnable vcpus (xen-4.2). */
void ring_vcpus_continue(ht_machine *m, uint8_t slot);
/* The end of a guest's fault sends the request of an n2rwx conversion (xen-4.2, xen-4.17):
 * put, or the vcpu sleeps for a slot; dropped without a ring. */
void ring_send_access_event(ht_machine *m, uint8_t slot, uint32_t vcpu, uint64_t gfn);
void vcpu_ring_reset(ht_machine *m, struct ht_vcpu *v);

/* ---- event channels (evtchn.c) ------------------------------------------------------ */

/* HT_EVTCHN_PER_BUCKET, EVTCHNS_PER_BUCKET: one of the catalogue's limits (the fuzz
 * machine's boot fills a bucket with it). */

/* One port (struct evtchn): state HT_EVTCHN_STATE_*, flags HT_EVTCHN_FLAGS_*, the vcpu it
 * notifies, the remote domain (unbound: who may bind; interdomain: the peer), the remote
 * port, virq or pirq, and the links of a pirq port's per-vcpu list (u.pirq.prev/next). */
struct ht_evtchn {
    uint8_t state;
    uint8_t flags;
    uint8_t notify_vcpu;
    uint8_t pad;
    uint16_t remote_dom;
    uint16_t pirq_prev;
    uint32_t value;
    uint16_t pirq_next;
    uint16_t pad2;
};

/* port_is_valid + evtchn_from_port: the port's entry, or NULL when its bucket was never
 * allocated.  (A published bucket that was freed, planted bug evtchn_bucket_dangling, is
 * a use after free: reported, and the freed memory is returned, as Xen would use it.) */
struct ht_evtchn *evtchn_port(ht_machine *m, uint8_t slot, uint32_t port);
uint32_t evtchn_max_port(const ht_machine *m, uint8_t slot);
void evtchn_set_max_port(ht_machine *m, uint8_t slot, uint32_t max_port);
/* get_free_port: 0 with *port, or -HT_EINVAL (dying) / -HT_ENOSPC / -HT_ENOMEM, reason set. */
int evtchn_get_free_port(ht_machine *m, uint8_t slot, uint32_t *port);
/* alloc_unbound_xen_event_channel / free_xen_event_channel / notify_via_xen_event_channel:
 * the mem_event rings' ports in their domain's table. */
int evtchn_alloc_xen(ht_machine *m, uint8_t slot, uint16_t remote_dom, uint32_t *port);
void evtchn_free(ht_machine *m, uint8_t slot, uint32_t port);
void evtchn_notify_xen(ht_machine *m, uint8_t slot, uint32_t port);
/* send_guest_vcpu_virq / send_guest_global_virq, and send_global_virq (to domain 0: the
 * engine has no XEN_DOMCTL_set_virq_handler). */
void evtchn_send_virq(ht_machine *m, uint8_t slot, uint32_t virq, uint32_t vcpu);
void evtchn_send_global_virq(ht_machine *m, uint32_t virq);
/* The shared-info and vcpu_info bits sched_op reads and writes. */
bool evtchn_is_pending(const ht_machine *m, uint8_t slot, uint32_t port);
bool evtchn_events_need_delivery(const ht_machine *m, uint8_t slot, uint32_t vcpu);
void evtchn_enable_delivery(ht_machine *m, uint8_t slot, uint32_t vcpu);

/* ---- sched_op and shutdown (sched.c) ------------------------------------------------ */

#define HT_SHUTDOWN_CODE_NONE (-1)   /* d->shutdown_code before any reason (4.2: int -1) */

/* domain_shutdown (common/domain.c, 4.2): the first reason recorded sticks; every vcpu is
 * paused and domain 0 hears VIRQ_DOM_EXC.  Never for domain 0 (that halts the host): its
 * callers refuse first. */
void domain_shutdown(ht_machine *m, uint8_t slot, uint8_t reason);
int32_t sched_shutdown_code(const ht_machine *m, uint8_t slot);
/* _VPF_blocked of one vcpu: blocked (sched_block, sched_poll), it runs nothing until woken. */
bool sched_vcpu_blocked(const ht_machine *m, uint8_t slot, uint32_t vcpu);
/* vcpu_unblock, and evtchn_set_pending's wake-up of the domain's pollers of a port. */
void sched_vcpu_unblock(ht_machine *m, uint8_t slot, uint32_t vcpu);
void sched_wake_pollers(ht_machine *m, uint8_t slot, uint32_t port);

/* ---- grant tables (gnttab.c) -------------------------------------------------------- */

/* The table's version (gt_version): 0 until the guest sets its table up. */
uint8_t gnttab_version(const ht_machine *m, uint8_t slot);
/* nr_grant_entries: the entries the table's frames hold in its version's layout. */
uint32_t gnttab_nr_entries(const ht_machine *m, uint8_t slot);
/* The entry gref, or NULL for one the guest never wrote (it reads as zero). */
struct ht_grant *gnttab_entry(const ht_machine *m, uint8_t slot, uint32_t gref);
/* The guest takes its lowest free entry (setting the table up at version 1 on first use):
 * 0 with *gref, or -ENOSPC with the reason set. */
int64_t gnttab_alloc_entry(ht_machine *m, uint8_t slot, uint32_t *gref);
/* The entry gref as bytes written through a mapping of the table say (grant_entry_write):
 * 0, or -EINVAL / -ENOSPC with the reason set. */
int64_t gnttab_write_entry(ht_machine *m, uint8_t slot, uint32_t gref, uint16_t flags,
                           uint16_t grantee, uint32_t frame);
/* acquire_resource's view (resource.c): the size of grant resource id (shared 0, status
 * 1; 0 for another id), and frames [frame, frame + nr) of it, the table grown as needed:
 * 0 with their frame numbers in mfns, or the raw error with the reason set. */
uint32_t gnttab_resource_max_frames(const ht_machine *m, uint8_t slot, uint32_t id);
/* The frames of grant resource id the table has now (fuzzing's class of a resource call:
 * a frame at or past them grows the table). */
uint32_t gnttab_resource_frames(const ht_machine *m, uint8_t slot, uint32_t id);
int64_t gnttab_acquire(ht_machine *m, uint8_t slot, uint32_t id, uint32_t frame, uint32_t nr,
                       uint64_t *mfns);
/* GNTTABOP_setup_table and query_size (gntsize.c): the table's current and maximum frames,
 * and the table set up to `frames` (<= its maximum): version 0 made 1, grown, and (with
 * hand_out, a paravirtualised domain) frames [0, frames) backed with their host frames in
 * mfns; false, nothing grown, when the host has no frame for one. */
uint32_t gnttab_nr_frames(const ht_machine *m, uint8_t slot);
uint32_t gnttab_max_frames(const ht_machine *m, uint8_t slot);
bool gnttab_setup(ht_machine *m, uint8_t slot, uint32_t frames, bool hand_out, uint32_t *mfns);

/* ---- access (access.c) -------------------------------------------------------------- */

/* p2m->access_required of the domain: a violation nobody listens to crashes it. */
bool access_required(const ht_machine *m, uint8_t slot);

/* ---- paging (paging.c) -------------------------------------------------------------- */

/* A page-in request for (slot, gfn), made by the caller (a vcpu of the domain itself is
 * paused with it; another domain's request is foreign).  Returns false when the domain had
 * no paging ring and was crashed. */
bool paging_populate(ht_machine *m, uint8_t slot, uint64_t gfn);
void paging_populate_claimed(ht_machine *m, uint8_t slot, uint64_t gfn);
/* Drop a paging-state gfn (decrease_reservation); never fails. */
void paging_drop(ht_machine *m, uint8_t slot, uint64_t gfn);

/* ---- domains and mappings (domain.c, guest.c) --------------------------------------- */

/* Whether a domain with a p2m of p2m_size gfns fits (a free slot and p2m room). */
bool domain_room(const ht_machine *m, uint64_t p2m_size);
/* grant_limit: the table's frame limit (HT_GNT_DEFAULT_MAX_FRAMES unless createdomain
 * asked for another); vmtrace_frames per vcpu in blocks of 2^trace_order (0: none). */
void domain_build(ht_machine *m, uint16_t domid, uint64_t pages, uint64_t max_pages,
                  uint64_t p2m_size, uint32_t vcpus, uint32_t flags, uint32_t grant_limit,
                  uint32_t vmtrace_frames, int trace_order);
void domain_kill(ht_machine *m, uint8_t slot);   /* a live domain: dying, then gone */
void domain_crash(ht_machine *m, uint8_t slot);
void mmio_dm_frame_orphan(ht_machine *m, const ht_p2m_entry *e);
/* The lowest free mapping slot (m->map), or -1. */
int free_mapping(const ht_machine *m);
void domain_maybe_gone(ht_machine *m, uint8_t slot);
int guest_remove_page(ht_machine *m, uint8_t slot, uint64_t gfn);  /* 0, or -errno */

/* ---- the transition oracle and the shadow bounds check (oracle.c) ------------------- */

void oracle_pre(ht_machine *m, uint32_t call, const uint64_t *arg);
void oracle_post(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                 const uint64_t *out);
void report_violation(ht_machine *m, enum ht_invariant_id inv, uint32_t domid,
                      uint64_t gfn, uint64_t mfn, int64_t expected, int64_t actual);
/* The counter invariants only (O(domains)): what fuzzing checks after every call. */
size_t check_counters_only(ht_machine *m, ht_violation *out, size_t max);
/* Runs one call on arguments already in an array of HT_MAX_ARGS (only the call's own are
 * read); the dispatch under ht_call, ht_batch and the replay loop.  Sets m->last. */
int64_t ht_run(ht_machine *m, uint32_t call, const uint64_t *arg);
/* ht_run for a caller that has tested every scalar argument against its width (the ABI
 * layer, which answers a field too wide for its argument as unsupported before running
 * anything): a call without lists skips the test.  A call with lists is checked whole. */
int64_t ht_run_scalars_checked(ht_machine *m, uint32_t call, const uint64_t *arg);
/* Runs one call record as the caller it names (refusing one that does not exist), its
 * lists in pool; the machine's caller is the same afterwards.  Returns the raw result. */
int64_t ht_run_record(ht_machine *m, const ht_call_rec *rec, uint64_t *pool,
                      size_t pool_words);
/* ht_run with the word pool the call's list arguments refer into (NULL: none). */
int64_t ht_run_pool(ht_machine *m, uint32_t call, const uint64_t *arg, uint64_t *pool,
                    size_t pool_words);
/* The same for an entry of a multicall the caller is running (multicall.c). */
int64_t ht_run_entry(ht_machine *m, uint32_t call, const uint64_t *arg);

#endif
