/*
 * The tmem family's state and the operations its files share (xen/common/tmem.c,
 * tmem_xen.c and include/xen/tmem_xen.h at RELEASE-4.2.0; research note /work/notes/tmem.md).
 *
 *   tmem.c          the family's hooks: state, teardown, heap take-over, digest, audit
 *   tmem_core.c     records and lists, frames and eviction, objects, pools and clients
 *   tmem_ops.c      the guest ops of do_tmem_op: puts, gets, flushes, new and destroy pool
 *   tmem_control.c  do_tmem_control's sub-ops, AUTH and RESTORE_NEW
 *   tmem_list.c     TMEMC_LIST's text report
 *
 * Clients, pools, objects and pages are records in arenas allocated with the machine and
 * numbered from 1 (TMEM_NONE is "no record"), so lists link them by number and every write
 * goes through the journal.  A tmem page holds one engine frame, whose content token is the
 * page's data; the record keeps its own copy of that token (data), which the audit compares
 * with the frame.
 */
#ifndef HT_TMEM_H
#define HT_TMEM_H

#include "engine.h"

#define TMEM_POOLS 16           /* MAX_POOLS_PER_DOMAIN */
#define TMEM_SHARED 16          /* MAX_GLOBAL_SHARED_POOLS */
#define TMEM_NONE 0u            /* no record */
/* A pool's save cursor naming a page since freed (planted tmem_save_cursor_dangling). */
#define TMEM_CUR_FREED 0x80000000u
#define TMEM_CLI_NULL 0xffffu   /* CLI_ID_NULL: every client (control), the caller (restore) */
#define TMEM_PAGE 4096u         /* PAGE_SIZE */
#define TMEM_HANDLE_BYTES 32u   /* sizeof(struct tmem_handle) */
#define TMEM_SPEC_VERSION 1u
#define TMEM_NO_SLOT 0xffu
/* Pool records: every slot of every client, and room for pools leaked while their owner
 * live-migrates (pool_flush). */
#define TMEM_POOL_RECORDS (HT_MAX_DOMAINS * TMEM_POOLS + 64)
/* A shared pool's share list: one entry per slot that names it (a client may join one uuid
 * in several slots). */
#define TMEM_SHARERS (HT_MAX_DOMAINS * TMEM_POOLS)

/* Page record kinds. */
#define TMEM_PAGE_FREE 0u
#define TMEM_PAGE_LIVE 1u       /* in its object, holding a frame */
#define TMEM_PAGE_INV 2u        /* on a client's invalidated list, no frame (pgp_free) */
#define TMEM_PAGE_ORPHAN 3u     /* unlinked from its object, still counted (planted bug) */

struct tmem_client {
    uint8_t present;            /* d->tmem != NULL */
    uint8_t frozen, was_frozen, live_migrating, compress, auth_required;
    uint16_t pad;
    uint32_t weight, cap;
    uint32_t pool[TMEM_POOLS];  /* pools[]: pool records, TMEM_NONE when empty */
    uint32_t lru_head, lru_tail;  /* ephemeral_page_list, oldest first */
    int64_t eph_count;
    uint32_t inv_head, inv_tail;  /* persistent_invalidated_list */
    uint32_t inv_cur;             /* cur_pgp of SAVE_GET_NEXT_INV */
    uint32_t pad2;
    uint64_t seq;                 /* position in global_client_list (creation order) */
    uint64_t auth[TMEM_SHARED][2];  /* shared_auth_uuid, (-1, -1) when free */
    uint64_t succ_eph_gets, succ_pers_puts, succ_pers_gets, compress_poor;
};

struct tmem_pool {
    uint8_t live;
    uint8_t shared, persistent;
    uint8_t dying;              /* is_dying: pool_destroy_objs sets it and nothing clears it */
    uint8_t leaked;             /* freed from its slot while the owner live-migrated */
    uint8_t owner;              /* pool->client, as a domain slot */
    uint8_t local_id;           /* pool->pool_id: the owner's slot for it */
    uint8_t global_slot;        /* its global_shared_pools slot, TMEM_NO_SLOT if none */
    uint32_t obj_head;          /* its objects (any order; destroy sorts them as Xen walks) */
    uint32_t pers_head, pers_tail;  /* persistent_page_list, in put order */
    uint32_t cur;               /* cur_pgp of SAVE_GET_NEXT_PAGE */
    uint32_t next_free;
    int64_t npages;             /* pgp_count */
    uint64_t uuid[2];
};

struct tmem_obj {
    uint64_t oid[3];
    uint32_t pool;
    uint32_t hnext;             /* hash chain of (pool, oid) */
    uint32_t pprev, pnext;      /* the pool's objects */
    uint32_t page_head;         /* its pages */
    uint32_t npages;            /* pgp_count */
    uint16_t last_client;
    uint8_t live;
    uint8_t locked;             /* obj_spinlock left held (planted bug tmem_get_bad_copy_lock) */
};

struct tmem_page {
    uint32_t pool;
    uint32_t obj;               /* its object (also kept by an orphan) */
    uint32_t index;
    uint32_t frame;             /* HT_MFN_INVALID when it holds none */
    uint32_t data;              /* the token tmem stored in the frame */
    uint32_t gprev, gnext;      /* global LRU, or the client's invalidated list */
    uint32_t cprev, cnext;      /* the owner's LRU, or the pool's persistent list */
    uint32_t hnext;             /* hash chain of (obj, index) */
    uint32_t oprev, onext;      /* the object's pages */
    uint8_t kind;               /* TMEM_PAGE_* */
    uint8_t on_lru;             /* on the global and the owner's LRU */
    uint8_t on_pers;            /* on the pool's persistent list */
    uint8_t lru_client;         /* the client whose LRU it is on */
    uint32_t inv_pool;          /* an invalidated record's pool id */
    uint64_t inv_oid[3];        /* an invalidated record's oid */
};

/* Where the arenas are: after the state struct, sized by the host's frames (tmem_layout). */
struct tmem_layout {
    uint32_t obj_cap, page_cap;     /* records, numbered 1..cap */
    uint32_t obj_mask, page_mask;   /* hash buckets - 1 */
    uint64_t avail_off, obj_off, page_off, obj_hash_off, page_hash_off, scratch_off, bytes;
};

/* The call being run: transient, reset by every tmem handler, never journalled or digested. */
struct tmem_call {
    uint32_t put_obj;           /* the object a put holds locked: eviction skips it */
    bool write_locked;          /* the op holds tmem_rwlock for writing */
};

/* The family state; the arenas follow it in the same allocation (tmem_layout). */
struct tmem_state {
    struct tmem_layout layout;  /* constant after init */
    struct tmem_client client[HT_MAX_DOMAINS];
    struct tmem_pool pool[TMEM_POOL_RECORDS + 1];
    uint32_t pool_free, pool_hwm;
    uint32_t shared[TMEM_SHARED];              /* global_shared_pools */
    uint16_t nsharers[TMEM_SHARED];
    uint8_t sharer[TMEM_SHARED][TMEM_SHARERS]; /* share_list, client slots in join order */
    uint8_t global_auth;                       /* global_shared_auth */
    uint8_t pad[3];
    uint32_t weight_total;                     /* client_weight_total (an atomic_t) */
    uint32_t lru_head, lru_tail;               /* global_ephemeral_page_list */
    int64_t eph_count;                         /* global_eph_count */
    int64_t freeable;                          /* freeable_page_count */
    uint64_t client_seq;
    uint32_t avail;                            /* tmh_page_list_pages: frames on A */
    uint32_t obj_free, obj_hwm;
    uint32_t page_free, page_hwm;
    /* Statistics TMEMC_LIST reports. */
    uint64_t total_ops, errored_ops, failed_copies, alloc_failed, alloc_page_failed;
    uint64_t evicted, evict_attempts, relinq_pgs, relinq_attempts, max_evicts_per_relinq;
    struct tmem_call now;       /* last: the digest stops before it */
};

struct tmem_src {                /* where a put's data comes from */
    bool from_buffer;           /* the toolstack's buffer (restore), else the caller's cmfn */
    uint64_t cmfn;
    uint32_t data;              /* the buffer's token */
};

/* ---- tmem_core.c ---------------------------------------------------------------------- */

struct tmem_state *tmem_state(const ht_machine *m);
struct tmem_layout tmem_layout_for(const ht_host_config *config);
struct tmem_obj *tmem_obj(const ht_machine *m, uint32_t i);
struct tmem_page *tmem_pg(const ht_machine *m, uint32_t i);
uint32_t *tmem_avail(const ht_machine *m);             /* tmh_page_list, as a stack */
void *tmem_scratch(const ht_machine *m);                /* sort space, not state */

bool tmem_enabled(const ht_machine *m);
int64_t tmem_gate(ht_machine *m);                       /* 0, or why no tmem op runs */
bool tmem_x86_32(const ht_machine *m);
struct tmem_client *tmem_client_of(const ht_machine *m, uint64_t cli_id, uint8_t *slot);
bool tmem_client_create(ht_machine *m, uint8_t slot);  /* client_create */
void tmem_client_destroy(ht_machine *m, uint8_t slot); /* tmem_destroy: the domain dies */
void tmem_call_begin(ht_machine *m, bool write_locked);
int64_t tmem_result(ht_machine *m, int64_t raw);       /* the op's counters; returns raw */

uint32_t tmem_obj_find(ht_machine *m, uint32_t pool, const uint64_t oid[3]);
uint32_t tmem_obj_new(ht_machine *m, uint32_t pool, const uint64_t oid[3]);
/* tmem_obj_find without its side effects (no lock check): for the fuzzer's hooks. */
uint32_t tmem_obj_peek(const ht_machine *m, uint32_t pool, const uint64_t oid[3]);
uint32_t tmem_page_find(const ht_machine *m, uint32_t obj, uint32_t index);
uint32_t tmem_page_new(ht_machine *m, uint32_t obj, uint32_t index);  /* pgp_alloc + add */
void tmem_page_unlink(ht_machine *m, uint32_t page);   /* pgp_delete_from_obj */
void tmem_page_delete(ht_machine *m, uint32_t page);   /* pgp_delete: delist, free */
void tmem_obj_free(ht_machine *m, uint32_t obj);       /* an object with no page left */
void tmem_obj_destroy(ht_machine *m, uint32_t obj);    /* its pages, then the object */
void tmem_lru_append(ht_machine *m, uint32_t page);    /* a put: to the tails */
void tmem_lru_touch(ht_machine *m, uint32_t page);     /* a shared get: to the tails */
void tmem_pers_append(ht_machine *m, uint32_t page);

int64_t tmem_new_pool(ht_machine *m, uint64_t this_cli, uint32_t d_poolid, uint32_t flags,
                      const uint64_t uuid[2]);
void tmem_pool_flush(ht_machine *m, uint32_t pool, uint8_t slot);  /* pool_flush(destroy) */

uint32_t tmem_page_alloc(ht_machine *m, uint32_t pool);   /* a frame, HT_MFN_INVALID none */
void tmem_page_free(ht_machine *m, uint32_t pool, uint32_t frame);
int64_t tmem_midsize(const ht_machine *m);                /* midsize_alloc_zone_pages */
bool tmem_scarce(const ht_machine *m);                    /* alloc_heap_pages: try_tmem */
uint32_t tmem_relinquish(ht_machine *m, bool for_tmem);   /* tmem_relinquish_pages(0) */
bool tmem_can_relinquish(ht_machine *m);                  /* ... without changing anything */
void tmem_ensure_avail_pages(ht_machine *m);
uint64_t tmem_relinquish_npages(ht_machine *m, uint64_t n);  /* TMEMC_FLUSH */
void tmem_inv_free(ht_machine *m, uint8_t slot);          /* SAVE_END's list walk */

/* ---- tmem_ops.c: do_tmem_put / do_tmem_get / flushes, raw results --------------------- */

int64_t tmem_put(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index,
                 const struct tmem_src *src, uint32_t tmem_offset, uint32_t pfn_offset,
                 uint32_t len);
/* to_buffer: the control path's buffer gets the data (no cmfn); NULL for a guest get. */
int64_t tmem_get(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index,
                 uint64_t cmfn, uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len,
                 uint32_t *to_buffer);
int64_t tmem_flush_page(ht_machine *m, uint32_t pool, const uint64_t oid[3], uint32_t index);
void tmem_read_oid(const ht_list *list, uint64_t oid[3]);

/* ---- tmem_list.c ---------------------------------------------------------------------- */

int64_t tmem_list(ht_machine *m, uint64_t cli_id, ht_list *buf, uint32_t len);

#endif
