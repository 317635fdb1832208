/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
#ifndef HT_CATALOGUE_H
#define HT_CATALOGUE_H

#include <stdint.h>

#define HT_CATALOGUE_REVISION "a68123607972cff2"
#define HT_NCALLS 57
#define HT_MAX_ARGS 6
#define HT_MAX_OUTS 6
#define HT_NPROFILES 2

/* Profiles. */
#define HT_PROFILE_DOC 0
#define HT_PROFILE_XEN_4_2 1

/* Xen errno values (public/errno.h). */
#define HT_EPERM 1
#define HT_ENOENT 2
#define HT_ESRCH 3
#define HT_EINTR 4
#define HT_EIO 5
#define HT_ENXIO 6
#define HT_E2BIG 7
#define HT_ENOEXEC 8
#define HT_EBADF 9
#define HT_ECHILD 10
#define HT_EAGAIN 11
#define HT_ENOMEM 12
#define HT_EACCES 13
#define HT_EFAULT 14
#define HT_EBUSY 16
#define HT_EEXIST 17
#define HT_EXDEV 18
#define HT_ENODEV 19
#define HT_ENOTDIR 20
#define HT_EISDIR 21
#define HT_EINVAL 22
#define HT_ENFILE 23
#define HT_EMFILE 24
#define HT_ENOSPC 28
#define HT_EROFS 30
#define HT_EMLINK 31
#define HT_EDOM 33
#define HT_ERANGE 34
#define HT_EDEADLK 35
#define HT_ENAMETOOLONG 36
#define HT_ENOLCK 37
#define HT_ENOSYS 38
#define HT_ENOTEMPTY 39
#define HT_ENODATA 61
#define HT_ETIME 62
#define HT_EBADMSG 74
#define HT_EOVERFLOW 75
#define HT_EILSEQ 84
#define HT_ENOTSOCK 88
#define HT_EMSGSIZE 90
#define HT_EOPNOTSUPP 95
#define HT_EADDRINUSE 98
#define HT_EADDRNOTAVAIL 99
#define HT_ENOBUFS 105
#define HT_EISCONN 106
#define HT_ENOTCONN 107
#define HT_ETIMEDOUT 110
#define HT_ECONNREFUSED 111
#define HT_S_HANDLE_INVALID 10 /* -XENMEM_SHARING_OP_S_HANDLE_INVALID */
#define HT_C_HANDLE_INVALID 9  /* -XENMEM_SHARING_OP_C_HANDLE_INVALID */

/* Resource kinds. */
#define HT_RES_NONE 0
#define HT_RES_DOMAIN 1
#define HT_RES_GFN 2
#define HT_RES_HANDLE 3
#define HT_RES_GREF 4
#define HT_RES_PORT 5
#define HT_RES_MAPPING 6

/* Result conventions and call kinds. */
#define HT_RETURNS_STATUS 0
#define HT_RETURNS_VALUE 1
#define HT_RETURNS_COUNT 2
#define HT_KIND_HYPERCALL 0
#define HT_KIND_EVENT 1
#define HT_FAMILY_SHARING 0
#define HT_FAMILY_PAGING 1
#define HT_FAMILY_ACCESS 2
#define HT_FAMILY_MEMORY 3
#define HT_FAMILY_DOMAIN 4
#define HT_FAMILY_GUEST 5
#define HT_FAMILY_RING 6
#define HT_FAMILY_FAULT 7
#define HT_NFAMILIES 8

/* Enumerations. */
/* ring: mem_event ring kinds (XEN_DOMCTL_MEM_EVENT_OP_* modes) */
#define HT_RING_PAGING 1
#define HT_RING_ACCESS 2
#define HT_RING_SHARING 3
#define HT_RING_COUNT 3
/* access: memory access types (HVMMEM_access_*) */
#define HT_ACCESS_N 0
#define HT_ACCESS_R 1
#define HT_ACCESS_W 2
#define HT_ACCESS_RW 3
#define HT_ACCESS_X 4
#define HT_ACCESS_RX 5
#define HT_ACCESS_WX 6
#define HT_ACCESS_RWX 7
#define HT_ACCESS_RX2RW 8
#define HT_ACCESS_N2RWX 9
#define HT_ACCESS_DEFAULT 10
#define HT_ACCESS_COUNT 11
/* hvm_param: HVM parameters that hold the ring gfns (public/hvm/params.h) */
#define HT_HVM_PARAM_PAGING_RING_PFN 27
#define HT_HVM_PARAM_ACCESS_RING_PFN 28
#define HT_HVM_PARAM_SHARING_RING_PFN 29
#define HT_HVM_PARAM_COUNT 3
/* privilege: how far the toolstack is allowed to act on a domain: not at all (EPERM where Xen checks IS_PRIV_FOR), privileged but refused by the XSM policy (EACCES where Xen calls an XSM hook), or fully */
#define HT_PRIVILEGE_NONE 0
#define HT_PRIVILEGE_XSM_DENY 1
#define HT_PRIVILEGE_FULL 2
#define HT_PRIVILEGE_COUNT 3
/* fault_site: places where an internal hypervisor failure can be injected (one-shot, like syzkaller's fail_nth): the races and internal errors the documentation mentions */
#define HT_FAULT_SITE_PAGE_LOCK 0
#define HT_FAULT_SITE_TYPE_REF 1
#define HT_FAULT_SITE_XEN_ALLOC 2
#define HT_FAULT_SITE_P2M_SET 3
#define HT_FAULT_SITE_COPY 4
#define HT_FAULT_SITE_COUNT 5
/* ring_flags: mem_event request/response flag bits (MEM_EVENT_FLAG_*) */
#define HT_RING_FLAGS_VCPU_PAUSED 1
#define HT_RING_FLAGS_DROP_PAGE 2
#define HT_RING_FLAGS_EVICT_FAIL 4
#define HT_RING_FLAGS_FOREIGN 8
#define HT_RING_FLAGS_COUNT 4
/* mem_type: HVMMEM_* memory types for hvm_set_mem_type */
#define HT_MEM_TYPE_RAM_RW 0
#define HT_MEM_TYPE_RAM_RO 1
#define HT_MEM_TYPE_MMIO_DM 2
#define HT_MEM_TYPE_COUNT 3
/* domain_flags: domain_create flag bits: HAP requested, paravirtualised (no p2m of its own) */
#define HT_DOMAIN_FLAGS_HAP 1
#define HT_DOMAIN_FLAGS_PV 2
#define HT_DOMAIN_FLAGS_COUNT 2
/* p2m_type: p2m entry types (asm-x86/p2m.h, same numbers in 4.2 and 4.17) */
#define HT_P2M_TYPE_RAM_RW 0
#define HT_P2M_TYPE_INVALID 1
#define HT_P2M_TYPE_RAM_LOGDIRTY 2
#define HT_P2M_TYPE_RAM_RO 3
#define HT_P2M_TYPE_MMIO_DM 4
#define HT_P2M_TYPE_MMIO_DIRECT 5
#define HT_P2M_TYPE_POPULATE_ON_DEMAND 6
#define HT_P2M_TYPE_GRANT_MAP_RW 7
#define HT_P2M_TYPE_GRANT_MAP_RO 8
#define HT_P2M_TYPE_RAM_PAGING_OUT 9
#define HT_P2M_TYPE_RAM_PAGED 10
#define HT_P2M_TYPE_RAM_PAGING_IN 11
#define HT_P2M_TYPE_RAM_SHARED 12
#define HT_P2M_TYPE_RAM_BROKEN 13
#define HT_P2M_TYPE_COUNT 14
/* arch: host architecture */
#define HT_ARCH_X86_64 0
#define HT_ARCH_X86_32 1
#define HT_ARCH_COUNT 2
/* vendor: hardware-assisted paging of the host CPU */
#define HT_VENDOR_INTEL 0
#define HT_VENDOR_AMD 1
#define HT_VENDOR_NONE 2
#define HT_VENDOR_COUNT 3

/* Call ids. */
enum ht_call_id {
    HT_CALL_memshr_control = 0,
    HT_CALL_memshr_ring_enable = 1,
    HT_CALL_memshr_ring_disable = 2,
    HT_CALL_memshr_domain_resume = 3,
    HT_CALL_memshr_nominate_gfn = 4,
    HT_CALL_memshr_nominate_gref = 5,
    HT_CALL_memshr_share_gfns = 6,
    HT_CALL_memshr_share_grefs = 7,
    HT_CALL_memshr_add_to_physmap = 8,
    HT_CALL_memshr_debug_gfn = 9,
    HT_CALL_memshr_debug_gref = 10,
    HT_CALL_memshr_audit = 11,
    HT_CALL_sharing_freed_pages = 12,
    HT_CALL_sharing_used_frames = 13,
    HT_CALL_mem_paging_enable = 14,
    HT_CALL_mem_paging_disable = 15,
    HT_CALL_mem_paging_nominate = 16,
    HT_CALL_mem_paging_evict = 17,
    HT_CALL_mem_paging_prep = 18,
    HT_CALL_mem_paging_load = 19,
    HT_CALL_mem_access_enable = 20,
    HT_CALL_mem_access_disable = 21,
    HT_CALL_mem_access_resume = 22,
    HT_CALL_hvm_set_mem_access = 23,
    HT_CALL_hvm_get_mem_access = 24,
    HT_CALL_increase_reservation = 25,
    HT_CALL_decrease_reservation = 26,
    HT_CALL_populate_physmap = 27,
    HT_CALL_current_reservation = 28,
    HT_CALL_maximum_reservation = 29,
    HT_CALL_maximum_ram_page = 30,
    HT_CALL_remove_from_physmap = 31,
    HT_CALL_domain_getinfo = 32,
    HT_CALL_domain_setmaxmem = 33,
    HT_CALL_domain_pause = 34,
    HT_CALL_domain_unpause = 35,
    HT_CALL_domain_create = 36,
    HT_CALL_domain_destroy = 37,
    HT_CALL_caller_privilege = 38,
    HT_CALL_set_hvm_param = 39,
    HT_CALL_assign_device = 40,
    HT_CALL_hvm_set_mem_type = 41,
    HT_CALL_shadow_logdirty = 42,
    HT_CALL_domain_memory_mapping = 43,
    HT_CALL_guest_read = 44,
    HT_CALL_guest_write = 45,
    HT_CALL_foreign_map = 46,
    HT_CALL_foreign_unmap = 47,
    HT_CALL_grant_access = 48,
    HT_CALL_grant_end_access = 49,
    HT_CALL_grant_map = 50,
    HT_CALL_grant_unmap = 51,
    HT_CALL_ring_get_request = 52,
    HT_CALL_ring_put_response = 53,
    HT_CALL_evtchn_send = 54,
    HT_CALL_domain_set_max_evtchn = 55,
    HT_CALL_inject_fault = 56,
};

struct ht_call_desc {
    const char *name;
    uint8_t kind, returns, nargs, nouts;
    uint8_t family;                 /* HT_FAMILY_* */
    uint8_t remaps;                 /* 1: an argument names a resource replay remaps;
                                       2: an output makes one */
    uint8_t arg_bits[HT_MAX_ARGS];
    uint8_t arg_uses[HT_MAX_ARGS];  /* HT_RES_* the argument consumes */
    uint8_t arg_makes[HT_MAX_ARGS]; /* HT_RES_* the argument creates */
    uint8_t out_bits[HT_MAX_OUTS];
    uint8_t out_makes[HT_MAX_OUTS]; /* HT_RES_* the output produces */
    /* Enumerated arguments: valid values are first .. first+count-1 (count 0: not an
     * enumeration; flag sets: every combination below count). */
    uint8_t arg_enum_first[HT_MAX_ARGS];
    uint8_t arg_enum_count[HT_MAX_ARGS];
    uint64_t doc_codes[HT_NPROFILES]; /* bit e set: errno e is documented */
};

extern const struct ht_call_desc ht_calls[HT_NCALLS];

struct ht_machine;
typedef int64_t ht_handler_fn(struct ht_machine *m, const uint64_t *arg, uint64_t *out);
extern ht_handler_fn *const ht_handlers[HT_NCALLS];

/* Handlers, one per call, implemented by family in the csrc sources. */
ht_handler_fn ht_h_memshr_control;
ht_handler_fn ht_h_memshr_ring_enable;
ht_handler_fn ht_h_memshr_ring_disable;
ht_handler_fn ht_h_memshr_domain_resume;
ht_handler_fn ht_h_memshr_nominate_gfn;
ht_handler_fn ht_h_memshr_nominate_gref;
ht_handler_fn ht_h_memshr_share_gfns;
ht_handler_fn ht_h_memshr_share_grefs;
ht_handler_fn ht_h_memshr_add_to_physmap;
ht_handler_fn ht_h_memshr_debug_gfn;
ht_handler_fn ht_h_memshr_debug_gref;
ht_handler_fn ht_h_memshr_audit;
ht_handler_fn ht_h_sharing_freed_pages;
ht_handler_fn ht_h_sharing_used_frames;
ht_handler_fn ht_h_mem_paging_enable;
ht_handler_fn ht_h_mem_paging_disable;
ht_handler_fn ht_h_mem_paging_nominate;
ht_handler_fn ht_h_mem_paging_evict;
ht_handler_fn ht_h_mem_paging_prep;
ht_handler_fn ht_h_mem_paging_load;
ht_handler_fn ht_h_mem_access_enable;
ht_handler_fn ht_h_mem_access_disable;
ht_handler_fn ht_h_mem_access_resume;
ht_handler_fn ht_h_hvm_set_mem_access;
ht_handler_fn ht_h_hvm_get_mem_access;
ht_handler_fn ht_h_increase_reservation;
ht_handler_fn ht_h_decrease_reservation;
ht_handler_fn ht_h_populate_physmap;
ht_handler_fn ht_h_current_reservation;
ht_handler_fn ht_h_maximum_reservation;
ht_handler_fn ht_h_maximum_ram_page;
ht_handler_fn ht_h_remove_from_physmap;
ht_handler_fn ht_h_domain_getinfo;
ht_handler_fn ht_h_domain_setmaxmem;
ht_handler_fn ht_h_domain_pause;
ht_handler_fn ht_h_domain_unpause;
ht_handler_fn ht_h_domain_create;
ht_handler_fn ht_h_domain_destroy;
ht_handler_fn ht_h_caller_privilege;
ht_handler_fn ht_h_set_hvm_param;
ht_handler_fn ht_h_assign_device;
ht_handler_fn ht_h_hvm_set_mem_type;
ht_handler_fn ht_h_shadow_logdirty;
ht_handler_fn ht_h_domain_memory_mapping;
ht_handler_fn ht_h_guest_read;
ht_handler_fn ht_h_guest_write;
ht_handler_fn ht_h_foreign_map;
ht_handler_fn ht_h_foreign_unmap;
ht_handler_fn ht_h_grant_access;
ht_handler_fn ht_h_grant_end_access;
ht_handler_fn ht_h_grant_map;
ht_handler_fn ht_h_grant_unmap;
ht_handler_fn ht_h_ring_get_request;
ht_handler_fn ht_h_ring_put_response;
ht_handler_fn ht_h_evtchn_send;
ht_handler_fn ht_h_domain_set_max_evtchn;
ht_handler_fn ht_h_inject_fault;

#endif
