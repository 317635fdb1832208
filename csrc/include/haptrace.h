/*
 * haptrace engine: the public C API of the emulated Xen x86_64 HAP host.
 *
 * This header is read twice: by the C compiler, and (with every preprocessor line except
 * plain integer #defines stripped) by cffi's cdef, so it uses only declarations cffi parses.
 * Everything the engine can do goes through these functions; the state structs below are
 * exported so that Python can view them as numpy arrays without copying.
 */
#ifndef HAPTRACE_H
#define HAPTRACE_H

#include <stddef.h>
#include <stdint.h>

#define HT_MAX_DOMAINS 32
#define HT_MAX_VCPUS 8
#define HT_RING_SLOTS 64
#define HT_MAX_MAPPINGS 256
#define HT_MAX_DEVICES 32
#define HT_MAX_EVTCHN_PORTS 4096
/* HVM_NR_PARAMS of 4.2 (xen/include/public/hvm/params.h, RELEASE-4.2.0, L150) */
#define HT_NR_HVM_PARAMS 30
#define HT_OUTS 6
#define HT_ARGS 8
#define HT_MAX_HOST_OPTIONS 16
/* A raw result at or below HT_RAW_REFUSED_LIMIT is not a hypercall result but a refused
 * call; the refusal codes (unknown call, bad caller, an argument too wide, a malformed list)
 * are numbers of the catalogue (haptrace/catalogue/limits.py, csrc/gen/ht_catalogue.h).
 * One number in that range is an answer, not a refusal: HT_RAW_UNSUPPORTED, a valid call
 * whose path in Xen the engine does not model (its result record: rc -1, err
 * -HT_RAW_UNSUPPORTED, the reason naming the path).  It is never a pass. */

/* Host configuration: fixed for the machine's lifetime. */
typedef struct ht_host_config {
    uint32_t arch;            /* HT_ARCH_* */
    uint32_t vendor;          /* HT_VENDOR_* */
    uint32_t profile;         /* HT_PROFILE_* */
    uint32_t audit_compiled;  /* 0: Xen was built without the sharing audit */
    uint64_t total_frames;    /* host RAM in 4 KiB frames */
    uint64_t gfn_capacity;    /* p2m entries available to all domains ever created */
    uint64_t share_capacity;  /* sharing metadata records Xen can allocate */
    uint64_t xenheap_units;   /* other internal allocations (rmap entries, ring maps, ...) */
    uint64_t option[HT_MAX_HOST_OPTIONS]; /* the families' host options, by HT_OPT_* */
} ht_host_config;

/* One p2m entry (12 bytes). */
typedef struct ht_p2m_entry {
    uint32_t mfn;        /* 0xffffffff: no frame */
    uint32_t rmap_next;  /* next tuple of the shared frame's rmap (global p2m index) */
    uint8_t type;        /* HT_P2M_TYPE_* */
    uint8_t access;      /* HT_ACCESS_* */
    uint16_t pin;        /* a pinned gfn's pin record + 1 (exchange_and_pin); 0 unpinned */
} ht_p2m_entry;

/* One host frame (16 bytes). */
typedef struct ht_frame {
    uint32_t m2p;      /* gfn in the owner, 0xffffffff none, 0xfffffffe SHARED */
    uint32_t link;     /* free-list successor, or the sharing record of a shared frame */
    uint32_t content;  /* what the guest reads (a token) */
    uint16_t owner;    /* domain slot, or 0xffff free, 0xfffe dom_cow */
    uint8_t refs;      /* references beyond the allocation: mappings, ring maps */
    uint8_t bits;      /* 0x80 allocated, 0x40 M2P entry stale (xen-4.2, behind mmio_dm),
                          0x3f: writable type references */
} ht_frame;

/* The counters of one domain slot that Python views directly. */
typedef struct ht_domain_pub {
    int64_t tot_pages;
    int64_t max_pages;
    int64_t shr_pages;
    int64_t paged_pages;
    uint32_t p2m_base;   /* first entry of this domain in the p2m arena */
    uint32_t p2m_size;   /* number of gfns */
    uint16_t domid;
    uint8_t in_use;
    uint8_t flags;       /* HT_DF_* */
    uint32_t pad;
} ht_domain_pub;

/* Host-wide counters that Python views directly. */
typedef struct ht_host_pub {
    uint64_t last_handle;     /* last sharing handle issued (the first issued is 2) */
    int64_t freed_pages;      /* nr_saved_mfns */
    int64_t used_frames;      /* nr_shared_mfns */
    int64_t free_frames;      /* frames on the host free list */
    int64_t xenheap_free;     /* internal allocation units left */
    int64_t share_free;       /* sharing metadata records left */
    uint64_t total_frames;
    uint64_t gfn_used;        /* p2m arena entries handed out */
    int64_t xen_frames;       /* frames Xen holds for itself (tmem pages, grant-table and
                                 ioreq frames, trace buffers): owned by no domain */
    int64_t freed_drift;      /* the xen-4.2 drift ledger of nr_saved_mfns: what the real
                                 4.2 counter owes the model's (docs/profiles.md) */
} ht_host_pub;

/* The result of one call.  rc and err follow libxc: rc -1 and err set on failure.  A call
 * the engine does not model (raw HT_RAW_UNSUPPORTED) has rc -1 and err -HT_RAW_UNSUPPORTED,
 * which is no errno; a refused call has rc -1 and err 0. */
typedef struct ht_result {
    int64_t rc;
    uint32_t err;
    uint32_t reason;          /* an ht_reason_text() index; 0 when nothing to say */
    uint64_t out[HT_OUTS];
} ht_result;

/* One call of a batch: the call, who makes it, and its argument slots.  A list argument's
 * slot holds a reference into the batch's word pool: word offset << 32 | element count. */
typedef struct ht_call_rec {
    uint32_t call;
    uint16_t caller;          /* the calling domain's id (0: the control domain) */
    uint16_t vcpu;            /* the calling vcpu */
    uint64_t arg[HT_ARGS];
} ht_call_rec;

/* A violated invariant. */
typedef struct ht_violation {
    uint32_t invariant;       /* an ht_invariant_name() index */
    uint32_t domid;           /* 0xffffffff when none applies */
    uint64_t gfn;             /* ~0 when none applies */
    uint64_t mfn;             /* ~0 when none applies */
    int64_t expected;
    int64_t actual;
} ht_violation;

/* Batch flags. */
#define HT_BATCH_STOP_ON_UNDOCUMENTED 1   /* stop after a call whose code is undocumented */
#define HT_BATCH_CHECK_INVARIANTS 2       /* run the transition oracle and the audit */
#define HT_BATCH_STOP_ON_REFUSED 4        /* stop at a call the engine refuses (bad args) */

/* Domain flag bits (ht_domain_pub.flags). */
#define HT_DF_HAP 1
#define HT_DF_PV 2
#define HT_DF_DYING 4
#define HT_DF_SHUTDOWN 8   /* shut down (a crash included): every vcpu paused for it */
#define HT_DF_PAUSED 16
#define HT_DF_SHARING 32
#define HT_DF_IOMMU 64
#define HT_DF_LOGDIRTY 128

typedef struct ht_machine ht_machine;

/* Lifecycle.  ht_machine_new returns NULL and writes a message to err on a bad config. */
ht_machine *ht_machine_new(const ht_host_config *config, char *err, size_t errlen);
void ht_machine_free(ht_machine *m);
const char *ht_catalogue_revision(void);
/* A number C and Python share (haptrace/catalogue/limits.py by its name there, e.g.
 * "FUZZ_POOL", and "ERRNO_BITS"), for code that runs without the catalogue: 0 with *value
 * set, or -1 for a name there is no such number of. */
int ht_limit(const char *name, int64_t *value);
/* The name of return-code profile `profile` (HT_PROFILE_*), NULL past the last one. */
const char *ht_profile_name(uint32_t profile);

/* The caller of the calls made through ht_call and the per-call entry points (a batch
 * names its own per record): domain 0's vcpu 0 until set.  -1 when the domain or the vcpu
 * does not exist. */
int ht_set_caller(ht_machine *m, uint32_t domid, uint32_t vcpu);
uint32_t ht_caller_domid(const ht_machine *m);
uint32_t ht_caller_vcpu(const ht_machine *m);

/* Calls.  The raw result is Xen's: >= 0 success value, < 0 minus the errno; at or below
 * HT_RAW_REFUSED_LIMIT the engine refused the call without running it.  List arguments
 * refer into pool (pool_words words, which OUT and INOUT lists are written back into);
 * pool may be NULL for calls without lists. */
int64_t ht_call(ht_machine *m, uint32_t call, const uint64_t *args, uint64_t *pool,
                size_t pool_words, ht_result *res);
/* The per-call entry points of the Python API return the raw result and the reason packed
 * in one integer, raw * HT_PACK + reason, so Python needs no second read: raw = packed >> 16
 * and reason = packed & 0xffff (arithmetic shift).  Outputs are read from ht_last(). */
int64_t ht_call0(ht_machine *m, uint32_t call);
int64_t ht_call1(ht_machine *m, uint32_t call, uint64_t a0);
int64_t ht_call2(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1);
int64_t ht_call3(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2);
int64_t ht_call4(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3);
int64_t ht_call5(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4);
int64_t ht_call6(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5);
int64_t ht_call7(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6);
int64_t ht_call8(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7);
/* The full result of the last call made through any entry point. */
const ht_result *ht_last(const ht_machine *m);
/* Functions with the signatures of ht_call0..ht_call6 that do nothing (they return call):
 * the benchmark's floor for the per-call API. */
int64_t ht_noop0(ht_machine *m, uint32_t call);
int64_t ht_noop1(ht_machine *m, uint32_t call, uint64_t a0);
int64_t ht_noop2(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1);
int64_t ht_noop3(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2);
int64_t ht_noop4(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3);
int64_t ht_noop5(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4);
int64_t ht_noop6(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5);
int64_t ht_noop7(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6);
int64_t ht_noop8(ht_machine *m, uint32_t call, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7);

/* Runs n calls in order, writing one result each.  Returns the number of calls run; it
 * stops early (after the offending call) as the flags ask (an unsupported result is neither
 * refused nor undocumented: the batch goes on).  *stop_reason gets 0 when all
 * ran, else the HT_BATCH_* flag that stopped it, or 8 for an invariant violation.  List
 * arguments refer into pool, as for ht_call. */
size_t ht_batch(ht_machine *m, const ht_call_rec *calls, size_t n, uint64_t *pool,
                size_t pool_words, ht_result *results, uint32_t flags, uint32_t *stop_reason);

/* Whether errno err is documented for call in the machine's profile. */
int ht_code_documented(const ht_machine *m, uint32_t call, uint32_t err);

/* Invariants: the state audit plus what the transition oracle found since the last check.
 * Writes at most max violations and returns how many were found in all. */
size_t ht_check(ht_machine *m, ht_violation *out, size_t max);
/* Turn the per-call transition oracle on or off (off by default). */
void ht_set_oracle(ht_machine *m, int on);

/* Snapshots: ht_snapshot starts recording changes; ht_restore undoes every change since,
 * in time proportional to them, and keeps recording; ht_snapshot_end stops recording. */
void ht_snapshot(ht_machine *m);
int ht_restore(ht_machine *m);
void ht_snapshot_end(ht_machine *m);
size_t ht_journal_length(const ht_machine *m);
/* A digest of the whole machine state, for tests of restore and determinism. */
uint64_t ht_state_digest(const ht_machine *m);
/* Bytes the machine's state occupies: the machine itself, frames, the p2m arena and the
 * sharing records, at their configured capacities (not the audit's scratch space or the
 * journal, which are transient). */
uint64_t ht_state_bytes(const ht_machine *m);
/* Bytes ht_machine_new would allocate for `config` (every array it sizes from it), computed
 * without allocating: a caller checks it against a memory cap first.  Only meaningful for
 * a configuration within check_config's limits (0 for NULL). */
uint64_t ht_config_bytes(const ht_host_config *config);

/* ---- the hypercall ABI (abi.c; tables generated from haptrace/abi into csrc/gen) ----- */

/* The caller's memory as a hypercall sees it: regions of guest virtual addresses backed by
 * host bytes (the privcmd server's hypercall-buffer arena, a test's byte buffers).  Every
 * read and write the ABI layer makes is checked against them; outside them is EFAULT. */
typedef struct ht_guest_region {
    uint64_t base;       /* guest virtual address of host[0] */
    uint64_t len;
    uint8_t *host;
    uint32_t flags;      /* HT_REGION_READ | HT_REGION_WRITE */
    uint32_t pad;
} ht_guest_region;

#define HT_REGION_READ 1
#define HT_REGION_WRITE 2

/* A raw hypercall: the privcmd ioctl's privcmd_hypercall_t. */
typedef struct ht_hypercall_rec {
    uint64_t op;
    uint64_t arg[5];
} ht_hypercall_rec;

/* One catalogue call a hypercall became, with its result.  rec.arg's list references point
 * into the log's pool; entry is the multicall entry (0xffffffff for a direct hypercall). */
typedef struct ht_abi_call {
    ht_call_rec rec;
    ht_result result;
    uint32_t entry;
    uint32_t pad;
} ht_abi_call;

/* Where ht_hypercall reports the calls it ran (any pointer may be NULL: not reported).
 * n and pool_used grow; a call that does not fit is run but not reported (n counts it). */
typedef struct ht_abi_log {
    ht_abi_call *calls;
    size_t cap;
    size_t n;
    uint64_t *pool;
    size_t pool_cap;
    size_t pool_used;
} ht_abi_log;

/* What became of a hypercall.  raw is what the hypercall returns: Xen's value, -errno, or
 * HT_RAW_UNSUPPORTED (decoded, not modelled; reason says why).  kind is HT_ABI_*: the
 * calls it ran decided it, or the ABI answered itself (a bad pointer, the interface
 * version, an unknown hypercall or command), or it is unsupported.  op, cmd and subop are
 * what was decoded (decoded has HT_ABI_HAS_CMD / _SUBOP for the last two). */
typedef struct ht_abi_outcome {
    int64_t raw;
    uint32_t reason;
    uint32_t kind;
    uint64_t op;
    uint64_t cmd;
    uint64_t subop;
    uint32_t decoded;
    uint32_t ncalls;
    const char *rule;    /* the decode rule that matched, NULL if none */
} ht_abi_outcome;

#define HT_ABI_CALLS 0
#define HT_ABI_ANSWERED 1
#define HT_ABI_UNSUPPORTED 2
#define HT_ABI_HAS_CMD 1
#define HT_ABI_HAS_SUBOP 2

/* The index of ABI version name ("4.17"), or -1; the name of index i, NULL past the last. */
int32_t ht_abi_index(const char *name);
const char *ht_abi_name(uint32_t abi);

/* Runs one raw hypercall of ABI version abi, made by the machine's caller, against the
 * caller's memory: decodes it into catalogue calls, runs them, writes the results back into
 * mem exactly as that Xen writes them, and returns what the hypercall returns.  A bad abi
 * index is HT_RAW_UNKNOWN_CALL. */
int64_t ht_hypercall(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                     const ht_guest_region *mem, size_t nmem, ht_abi_log *log,
                     ht_abi_outcome *out);
/* Decodes one raw hypercall a real hypervisor made (haptrace record): the catalogue calls
 * it stands for, with their arguments as the caller's memory before it (before) held them,
 * and their results as the hypervisor gave them: host_raw (each multicall entry's from its
 * result field), outputs and OUT lists read back from where that Xen writes them in the
 * memory after it (after).  Nothing is run and no memory is written; the log and outcome
 * are ht_hypercall's, and the return value is host_raw for a hypercall decoded into calls,
 * else what the ABI layer says of it (unsupported, or its own answer). */
int64_t ht_hypercall_observe(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                             const ht_guest_region *before, size_t nbefore,
                             const ht_guest_region *after, size_t nafter, int64_t host_raw,
                             ht_abi_log *log, ht_abi_outcome *out);
/* ht_hypercall for a program's own process (`haptrace run`'s in-process path, shared.c):
 * returns 1 with what the hypercall returns in *raw when it ran here, or 0 when it is left
 * to the privcmd server with nothing run and no memory written: it would run a call whose
 * bit is set in defer (a bitmap over catalogue ids: the calls the server acts on), it is a
 * multicall of more than one entry, or it is unsupported or refused before any call ran.
 * A call that ran and then answered unsupported is answered here (*raw
 * HT_RAW_UNSUPPORTED; out, which may be NULL, says why). */
int ht_hypercall_local(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hc,
                       const ht_guest_region *mem, size_t nmem, const uint8_t *defer,
                       int64_t *raw, ht_abi_outcome *out);
/* Runs n hypercalls in order (each as ht_hypercall, nothing logged), writing each one's
 * return value to raw (may be NULL); returns n, or the index of a bad abi. */
size_t ht_hypercall_batch(ht_machine *m, uint32_t abi, const ht_hypercall_rec *hcs, size_t n,
                          const ht_guest_region *mem, size_t nmem, int64_t *raw);

/* ---- a machine shared with programs' processes (shared.c) ------------------------------ */

/* One machine carved from a memfd mapped at the same address in the privcmd server and in
 * every program's shim, with the lock that orders their calls.  The server makes it
 * (ht_shared_new: the memfd in *fd, for the server to pass on and close), the shims attach
 * (ht_shared_attach: NULL if it cannot be mapped there or is another build's).  defer names
 * a call the server must run itself; the gate, shut at first, lets programs run hypercalls
 * in their own processes (ht_shared_hypercall: 1 if it ran there, ht_hypercall_local). */
typedef struct ht_shared ht_shared;
ht_shared *ht_shared_new(const ht_host_config *config, uint32_t abi, int *fd, char *err,
                         size_t errlen);
void ht_shared_free(ht_shared *s);
ht_machine *ht_shared_machine(ht_shared *s);
uint64_t ht_shared_address(const ht_shared *s);
uint64_t ht_shared_size(const ht_shared *s);
uint64_t ht_shared_local_calls(const ht_shared *s);
void ht_shared_lock(ht_shared *s);
void ht_shared_unlock(ht_shared *s);
void ht_shared_set_gate(ht_shared *s, int open);
int ht_shared_defer(ht_shared *s, uint32_t call);
ht_shared *ht_shared_attach(int fd, uint64_t address, uint64_t size);
void ht_shared_detach(ht_shared *s);
int ht_shared_hypercall(ht_shared *s, const ht_hypercall_rec *hc, const ht_guest_region *mem,
                        size_t nmem, int64_t *raw, ht_abi_outcome *out);

/* ---- replay (replay.c) ---------------------------------------------------------------- */

/* What a recorded call returned: rc and err as libxc reports them, outputs on success.
 * undef: bit i set when output i is undefined (Xen left it unwritten, the trace's `?`):
 * any value the engine gives matches, and a resource output binds nothing. */
typedef struct ht_expect {
    int64_t rc;
    uint32_t err;
    uint32_t undef;
    uint64_t out[HT_OUTS];
} ht_expect;

/* Why ht_replay stopped. */
typedef struct ht_replay_stop {
    uint64_t index;      /* the record (within this call of ht_replay) that stopped it */
    uint32_t kind;       /* HT_REPLAY_* */
    int32_t field;       /* -1: rc/errno; 0..5: that output; HT_REPLAY_FIELD_LIST: an
                            element of the output list in argument slot `slot` */
    uint64_t recorded;
    uint64_t emulated;
    uint32_t slot;       /* HT_REPLAY_FIELD_LIST: the list's argument slot */
    uint32_t element;    /* its element */
    uint32_t member;     /* the element's field (0 for a list of scalars) */
    uint32_t pad;
} ht_replay_stop;

#define HT_REPLAY_DONE 0
#define HT_REPLAY_DIVERGED 1
#define HT_REPLAY_UNDOCUMENTED 2
#define HT_REPLAY_INVARIANT 3
#define HT_REPLAY_REFUSED 4
#define HT_REPLAY_FIELD_LIST -2

/* ht_replay flags.  LENIENT runs a sequence for minimisation: resources are remapped, but a
 * result that differs from the recorded one is no divergence (the latest output wins). */
#define HT_REPLAY_LENIENT 1

/* Recorded-to-emulated bindings of handles, ports, grant references, mappings and mfns. */
typedef struct ht_remap ht_remap;
ht_remap *ht_remap_new(void);
void ht_remap_free(ht_remap *r);
int ht_remap_lookup(const ht_remap *r, uint32_t kind, uint64_t domid, uint64_t recorded,
                    uint64_t *emulated);
size_t ht_remap_size(const ht_remap *r);
/* How many calls replay found the engine answering unsupported (HT_RAW_UNSUPPORTED: not
 * compared, not failing), and the first one's trace index and reason. */
uint64_t ht_remap_unsupported(const ht_remap *r, uint64_t *first_index, uint32_t *first_reason);

/* Runs n recorded calls, each by the caller its record names, remapping resource arguments
 * (list elements included) and comparing each result (and, on failure, checking the code
 * is documented in the profile).  List arguments refer into pool (pool_words words), which
 * replay rewrites: remapped input elements, and the output lists the calls write; the
 * expected output lists are at the same offsets in expect_pool (NULL: not compared).
 * Every check_every calls (counted from first_index) runs the invariant check, before the
 * comparison.  Stops after the first record that breaks an invariant, diverges, returns an
 * undocumented code or is refused; returns the number of calls run and says why in *stop.
 * results may be NULL.  The machine's caller is the same afterwards as before. */
size_t ht_replay(ht_machine *m, ht_remap *r, const ht_call_rec *calls, const ht_expect *expect,
                 size_t n, uint64_t *pool, size_t pool_words, const uint64_t *expect_pool,
                 uint64_t first_index, uint64_t check_every, uint32_t flags,
                 ht_result *results, ht_replay_stop *stop);

/* A chunk of a trace as columns, the way the trace reader decodes it: n call ids, callers
 * and vcpus; n rows of HT_ARGS arguments (a list's slot refers into pool); the expected rc
 * and errno; n rows of HT_OUTS expected outputs; the list words, and the expected output
 * lists at the same offsets in expect_pool (NULL: not compared); n masks of outputs left
 * undefined, as ht_expect.undef (NULL: none is). */
typedef struct ht_columns {
    const uint16_t *call;
    const uint16_t *caller;
    const uint16_t *vcpu;
    const uint64_t *arg;
    const int64_t *rc;
    const uint16_t *err;
    const uint64_t *out;
    uint64_t *pool;
    size_t pool_words;
    const uint64_t *expect_pool;
    const uint32_t *undef;
} ht_columns;

/* ht_replay reading columns, without first copying them into records. */
size_t ht_replay_columns(ht_machine *m, ht_remap *r, const ht_columns *columns, size_t n,
                         uint64_t first_index, uint64_t check_every, uint32_t flags,
                         ht_result *results, ht_replay_stop *stop);

/* Bytes the resource map holds (its runs and hash tables), for memory accounting. */
size_t ht_remap_bytes(const ht_remap *r);

/* ---- decoding trace chunks (csrc/codec.c) ---------------------------------------------- */

/* One chunk of a trace file, as read from it: the decompressed payload, its stream
 * directory (codec, width, base per stream), the calls it holds, the list words it
 * declares, and the file's call table: remap (file call id -> this catalogue's id, or -1)
 * and, for format version 1, each file call's argument and output counts. */
typedef struct ht_chunk_in {
    const uint8_t *payload;
    size_t len;
    const uint64_t *dir;
    size_t nstreams;
    size_t n;
    size_t pool_words;          /* 0 in version 1, which has no lists */
    const int32_t *remap;
    size_t nfile_ids;
    const uint8_t *file_nargs;  /* version 1 only (NULL otherwise) */
    const uint8_t *file_nouts;  /* version 1 only (NULL otherwise) */
    uint32_t version;           /* the trace format version: 1 or 2 */
} ht_chunk_in;

/* Where a chunk's decoded columns go: n call ids (this catalogue's), callers and vcpus, n
 * rows of HT_ARGS arguments, rc, errno, n rows of HT_OUTS outputs, and pool_words words of
 * list elements (pool) and of expected output lists (expect_pool).  Version 1 writes each
 * file argument to its slot as it is (its scalar extent_start included: the trace reader
 * converts version 1 records to the current calls). */
typedef struct ht_chunk_out {
    uint16_t *call;
    uint16_t *caller;
    uint16_t *vcpu;
    uint64_t *arg;
    int64_t *rc;
    uint16_t *err;
    uint64_t *out;
    uint64_t *pool;
    uint64_t *expect_pool;
} ht_chunk_out;

/* What is wrong with an untrusted chunk; the fields used depend on kind. */
typedef struct ht_decode_error {
    uint32_t kind;    /* HT_DECODE_* */
    uint32_t pad;
    uint64_t stream;  /* the stream (directory entry) at fault */
    uint64_t row;     /* the record at fault */
    uint64_t col;     /* its argument slot (or output list's slot) */
    uint64_t call;    /* its call (this catalogue's id) */
    uint64_t value;   /* the offending value (or file call id, or streams left over) */
    uint64_t limit;   /* the field's maximum */
    uint64_t offset;  /* payload offset of the stream */
    uint64_t need;    /* bytes the stream needs (or payload bytes left over) */
    uint64_t element; /* the list element at fault */
    uint64_t member;  /* its field */
} ht_decode_error;

#define HT_DECODE_SHORT_DIRECTORY 1 /* fewer streams than the calls need */
#define HT_DECODE_BAD_COLUMN 2      /* a stream's codec or width is not valid */
#define HT_DECODE_EMPTY_STREAM 3    /* an empty stream that is not CONST */
#define HT_DECODE_PAYLOAD_SHORT 4   /* a stream runs past the payload */
#define HT_DECODE_TOO_LARGE 5       /* a value above its field's maximum */
#define HT_DECODE_LEFT_OVER 6       /* streams or payload bytes after the last call */
#define HT_DECODE_UNMAPPED_CALL 7   /* a call id this catalogue cannot map */
#define HT_DECODE_ARG_WIDTH 8       /* an argument wider than the call's C width */
#define HT_DECODE_RC_ERRNO 9        /* rc and errno disagree (libxc: rc -1 iff errno) */
#define HT_DECODE_LIST_LENGTH 10    /* a list longer than its limit, or not its fixed length */
#define HT_DECODE_POOL_SIZE 11      /* the lists need more or fewer words than declared */
#define HT_DECODE_ELEMENT_WIDTH 12  /* a list element wider than its field */
#define HT_DECODE_BAD_SHAPE 13      /* a version 1 call table entry with too many slots */

/* Scratch bytes ht_decode_chunk needs for n calls and pool_words list words of a trace with
 * nfile_ids call ids. */
size_t ht_decode_scratch_bytes(size_t n, size_t nfile_ids, size_t pool_words);

/* Decodes the streams of one chunk into out.  0 on success; -1 with *err filled in when
 * the chunk is malformed (nothing is written outside out's buffers of n rows and
 * in->pool_words words). */
int ht_decode_chunk(const ht_chunk_in *in, void *scratch, const ht_chunk_out *out,
                    ht_decode_error *err);

/* The state of one gfn, for reports. */
typedef struct ht_gfn_info {
    uint32_t type;
    uint32_t access;
    uint32_t mfn;
    uint32_t owner;
    uint32_t refs;
    uint32_t wcount;
    uint32_t content;
    uint32_t tuples;
    uint64_t handle;
} ht_gfn_info;
int ht_describe_gfn(ht_machine *m, uint32_t domid, uint64_t gfn, ht_gfn_info *out);

/* ---- fuzzing (fuzz.c, fuzz_grammar.c, fuzz_decode.c, fuzz_mutate.c) -------------------- */

typedef struct ht_fuzz_call {
    uint32_t call;
    uint32_t reason;
    int64_t raw;
} ht_fuzz_call;

typedef struct ht_fuzz_result {
    uint32_t ncalls;    /* calls decoded and run */
    uint32_t finding;   /* HT_FUZZ_* */
    uint32_t at;        /* index of the call that produced the finding */
    uint32_t detail;    /* the errno (undocumented) or the invariant (violation) */
    uint32_t words;     /* pool words the calls' lists took */
} ht_fuzz_result;

#define HT_FUZZ_NONE 0
#define HT_FUZZ_UNDOCUMENTED 1
#define HT_FUZZ_INVARIANT 2
#define HT_FUZZ_CHECK_INVARIANTS 1

/* Coverage features for the fuzzer (fuzz/feedback.py): per call, the bucket of its
 * (call, reason, failed, guest caller, effect) outcome; after HT_FUZZ_OUTCOME_BUCKETS, the
 * bucket of the transition from the previous call's outcome; after those, the bucket of its
 * (call, abstract state, failed) signal: the class of what the call acted on as its family
 * saw it before the call (the port's binding, the domain's ports, ...: syzkaller's signal),
 * or no feature (a value of HT_FUZZ_FEATURES or more) when its family has none. */
#define HT_FUZZ_OUTCOME_BUCKETS 16384
#define HT_FUZZ_TRANSITION_BUCKETS 4096
#define HT_FUZZ_STATE_BUCKETS 8192
#define HT_FUZZ_FEATURES_PER_CALL 3

/* A (domain, gfn, handle) pair every fuzz input starts with in its pools (at most 8): what
 * the booted machine already shares or pages out.  handle 0: none. */
int ht_fuzz_seed_pair(ht_machine *m, uint32_t domid, uint64_t gfn, uint64_t handle);
/* What a boot call made, as values every fuzz input starts with in its pools (at most 8 in
 * all): each of out[0..HT_OUTS) that the catalogue says `call` makes (a tmem pool id), but
 * not a domain.  Returns how many were kept, -1 for an unknown call. */
int ht_fuzz_seed_made(ht_machine *m, uint32_t call, const uint64_t *out);
/* A key a boot call named (argument `arg` of `call`, its n words: a tmem pool's uuid, an
 * object id), which every fuzz input starts with among its remembered keys (at most 4 in
 * all, each kept once).  Returns 1 when kept, 0 when that argument is not a key (a
 * fixed-length list naming no resource) or the key is held already, -1 for an unknown call
 * or argument, words that do not fill the key, or no room left. */
int ht_fuzz_seed_key(ht_machine *m, uint32_t call, uint32_t arg, const uint64_t *words,
                     size_t n);

/* The call a 16-bit selector names (the calls share the selectors by family weight), and
 * the first selector that names a call (-1: a call whose family has no fuzz weight). */
uint32_t ht_fuzz_call_for_selector(uint32_t selector);
int32_t ht_fuzz_selector_for_call(uint32_t call);

/* Where ht_fuzz_exec reports an input besides its buffers, for a fuzzing process whose
 * per-input bookkeeping must not cost a Python loop (fuzz/feedback.py, fuzz/counters.py).
 * Each pointer may be NULL (nothing reported there). */
typedef struct ht_fuzz_sinks {
    uint8_t *features;  /* HT_FUZZ_FEATURES bytes: feature bucket b of a call -> byte b = 1
                           (libFuzzer's 8-bit counters: it clears them before each input) */
    uint8_t *spec;      /* spec_len bytes: spec key (call << HT_ERRNO_BITS | errno) k
                           reached -> byte k = 1 */
    size_t spec_len;
    uint64_t *totals;   /* [inputs, calls]: one more input, and the calls it ran */
} ht_fuzz_sinks;

#define HT_FUZZ_FEATURES 28672 /* the outcome, transition and state buckets */

/* What ht_fuzz_exec writes per call it runs (each array holds max_calls entries, features
 * two per call) and the word pool the calls' lists live in (pool_words words; a list the
 * pool has no room left for is cut short; NULL: no room at all). */
typedef struct ht_fuzz_buffers {
    ht_call_rec *calls;      /* the call records: a list's slot refers into pool */
    ht_fuzz_call *outcomes;  /* call, reason, raw result */
    uint32_t *features;      /* the outcome and transition buckets */
    uint32_t *spec;          /* the spec key: call << HT_ERRNO_BITS | errno */
    uint64_t *pool;          /* the lists' elements; output lists as the calls wrote them */
    size_t pool_words;
} ht_fuzz_buffers;

/* Restores the machine to its snapshot (if one is active), decodes data into at most
 * max_calls calls and runs them, each as the caller it decodes to, checking the documented
 * codes, and with HT_FUZZ_CHECK_INVARIANTS the invariants, after every call.  Stops at the
 * first finding.  Writes per call into out; res->ncalls is the calls run and res->words the
 * pool words their lists took.  Then reports the input's features, spec keys and counts into
 * the sinks (sinks may be NULL: nothing reported).  Returns res->finding. */
uint32_t ht_fuzz_exec(ht_machine *m, const uint8_t *data, size_t len, uint32_t max_calls,
                      uint32_t flags, const ht_fuzz_buffers *out, ht_fuzz_result *res,
                      const ht_fuzz_sinks *sinks);

/* The catalogue id of the call named name, or -1: the fuzz harness boots its machine
 * through the C API without loading the Python catalogue (fuzz/lean.py). */
int32_t ht_fuzz_call_id(const char *name);
/* The number of spec keys there can be: the catalogue's calls << HT_ERRNO_BITS. */
uint32_t ht_fuzz_spec_keys(void);
/* The spec keys the machine's profile documents (call << HT_ERRNO_BITS | errno), at most
 * cap of them written to out; returns how many there are in all. */
size_t ht_fuzz_documented_keys(const ht_machine *m, uint32_t *out, size_t cap);

/* The structure-aware mutator (csrc/fuzz_mutate.c; fuzz/mutator.py describes it): mutates
 * data[0..size) into out, at most max_size bytes, deterministically for seed.  out must hold
 * cap >= max_size + HT_FUZZ_MUTATE_SLACK bytes (edits grow the input before it is cut to
 * max_size); data and out must not overlap.  Returns the new size. */
#define HT_FUZZ_MUTATE_SLACK 80
size_t ht_fuzz_mutate(const uint8_t *data, size_t size, size_t max_size, uint32_t seed,
                      uint8_t *out, size_t cap);
/* Turns the mutator's scheduling on (nonzero) or off, forgetting what it kept either way:
 * while on, ht_fuzz_exec keeps the inputs whose runs reach engine state no earlier input of
 * the process reached, and ht_fuzz_mutate mutates them more often and splices their calls
 * into others (csrc/fuzz_favour.h).  Off by default: the mutator is then a function of its
 * arguments.  The fuzz harness turns it on. */
void ht_fuzz_favour(int on);
/* How many inputs ht_fuzz_exec has run, while scheduling is on, since one reached an outcome
 * no earlier input of the process reached (the mutator then makes more fresh random inputs:
 * csrc/fuzz_mutate.c); 0 while scheduling is off. */
uint64_t ht_fuzz_stalled_inputs(void);
/* Entry index of the libFuzzer dictionary (fuzz/dictionary.py) into out (at most cap bytes);
 * returns its length, 0 past the last entry. */
size_t ht_fuzz_dict_entry(uint32_t index, uint8_t *out, size_t cap);

/* Planted bugs (see ht_bug_name); off by default. */
int ht_set_bugs(ht_machine *m, uint64_t mask);
uint64_t ht_bugs(const ht_machine *m);

/* Views for numpy: pointers stay valid for the machine's lifetime. */
ht_p2m_entry *ht_p2m_arena(ht_machine *m);
ht_frame *ht_frames(ht_machine *m);
ht_domain_pub *ht_domains(ht_machine *m);
ht_host_pub *ht_host(ht_machine *m);
int ht_domain_slot(const ht_machine *m, uint32_t domid);   /* -1 when no such domain */
/* Whether port of domid is pending in its shared info (1), not (0), or -1 when no such
 * domain: what a dom0 kernel's upcall handler reads (the privcmd server's evtchn device). */
int ht_evtchn_pending(const ht_machine *m, uint32_t domid, uint32_t port);
/* The version of domid's grant table (0 before its first use), or -1 when no such domain:
 * which layout (v1 or v2, public/grant_table.h) its frames' bytes are in. */
int ht_gnttab_version(const ht_machine *m, uint32_t domid);
/* Grant entry gref of domid as the engine holds it: out = {GTF_* flags (permit_access and
 * readonly only), grantee (0xffff: any domain), frame}; 1, 0 for an entry never written
 * (all zero), -1 when no such domain.  The privcmd server writes it into the table's bytes. */
int ht_gnttab_entry(const ht_machine *m, uint32_t domid, uint32_t gref, uint64_t *out);
uint32_t ht_profile(const ht_machine *m);

/* Tables of names, for reports: NULL past the end. */
const char *ht_reason_text(uint32_t reason);
const char *ht_invariant_name(uint32_t invariant);
const char *ht_invariant_text(uint32_t invariant);
const char *ht_bug_name(uint32_t bug);
const char *ht_bug_text(uint32_t bug);
const char *ht_bug_source(uint32_t bug);

#endif
