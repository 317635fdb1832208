/*
 * The resource family's state, shared by its two files: resource.c (acquire_resource, the
 * library calls, mappings, the family's hooks) and ioreq.c (the ioreq servers of dm_op).
 */
#ifndef HT_RESOURCE_H
#define HT_RESOURCE_H

#include "engine.h"

#define MAX_SERVERS HT_IOREQ_MAX_SERVERS
#define MAPPED_FRAMES 4096u  /* frames all live resource mappings hold, at most */
/* An ioreq server's frames as acquire_resource numbers them (public/memory.h,
 * RELEASE-4.17.0): XENMEM_resource_ioreq_server_frame_bufioreq and
 * XENMEM_resource_ioreq_server_frame_ioreq(0), the first vcpus' synchronous page. */
#define IOREQ_FRAME_BUFIOREQ 0u
#define IOREQ_FRAME_IOREQ 1u

struct ioreq_server {
    uint8_t used;
    uint8_t emulator;   /* the slot of the domain that created it (s->emulator) */
    uint8_t bufioreq;   /* HT_BUFIOREQ_* */
    uint8_t pad;
    uint32_t ioreq_mfn; /* the synchronous ioreq page, once allocated */
    uint32_t buf_mfn;   /* the buffered-ioreq page, once allocated (never when off) */
};

/* What an HT_MAP_RESOURCE entry of m->map maps: its frames are frame[first, first + nr). */
struct res_mapping {
    uint8_t type;
    uint8_t mapper;     /* the slot of the domain that mapped it */
    uint16_t pad;
    uint32_t id;
    uint32_t nr;
    uint32_t first;
};

/* What the oracle saw before a size query (scratch: not state, never journalled). */
struct size_pre {
    bool query;
    bool known;         /* the type is one Xen has */
    bool bytes;         /* the answer is in bytes (resource_size) */
    uint64_t expected;
    /* ioreq.2: the call destroys a live server, created by the domain in slot emulator. */
    bool destroy;
    uint8_t emulator;
};

struct resource_state {
    struct ioreq_server server[HT_MAX_DOMAINS][MAX_SERVERS];
    uint32_t rcu_refs[HT_MAX_DOMAINS];      /* RCU references a call left held (XSA-334) */
    struct res_mapping map[HT_MAX_MAPPINGS];
    uint32_t frame[MAPPED_FRAMES];          /* the frames of the live resource mappings */
    uint16_t frame_map[MAPPED_FRAMES];      /* the mapping holding frame[i] + 1; 0: free */
    struct size_pre pre;
};

static inline struct resource_state *resource_state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_RESOURCE);
}

/* memory_op 28 and dm_op exist (4.11+ and 4.9+); 4.2's do_memory_op falls through
 * arch_memory_op to subarch_memory_op's default, -ENOSYS, and 4.2 has no dm_op at all. */
static inline bool has_acquire_resource(const ht_machine *m)
{
    return m->profile != HT_PROFILE_XEN_4_2;
}

/* ---- ioreq servers (ioreq.c) ------------------------------------------------------------ */

/* ioreq_server_max_frames: the size of any server's resource on the domain. */
uint32_t ioreq_max_frames(const ht_machine *m, uint8_t slot);
/* ioreq_server_get_frame: frame idx of server id, its pages allocated on first use. */
int64_t ioreq_get_frame(ht_machine *m, uint8_t slot, uint32_t id, uint32_t idx, uint64_t *mfn);
/* ioreq_server_destroy_all: the domain's servers go with it. */
void ioreq_destroy_all(ht_machine *m, uint8_t slot);
/* Whether slot is the emulator of a live server (Xen holds it). */
bool ioreq_is_emulator(const ht_machine *m, uint8_t slot);
/* Whether a server create by the domain in slot by on the domain in slot would pass
 * dm_op's gate, were by its device model, and find a free id (*id). */
bool ioreq_server_room(const ht_machine *m, uint8_t by, uint8_t slot, uint32_t *id);
/* The fuzzer's want (ht_family_ops.fuzz_want) that makes the domain in slot an ioreq
 * server's emulator: its own ioreq_server_create on its target, when it is a device model
 * that emulates nothing yet and the create can pass dm_op's gate.  False otherwise. */
bool ioreq_emulator_want(const ht_machine *m, uint8_t slot, struct ht_fuzz_want *want);
/* The fuzzer's want of a server create by the domain in slot by on the domain in slot,
 * when it would pass dm_op's gate (by privileged for slot) and take id *id. */
bool ioreq_create_want(const ht_machine *m, uint8_t by, uint8_t slot, struct ht_fuzz_want *want,
                       uint32_t *id);
/* ioreq.1. */
void ioreq_audit(ht_machine *m, struct ht_audit *a);

#endif
