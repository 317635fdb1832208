/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
#ifndef HT_CATALOGUE_H
#define HT_CATALOGUE_H

#include <stdint.h>

#define HT_CATALOGUE_REVISION "f545c1f1dcb0503d"
#define HT_NCALLS 85
#define HT_MAX_ARGS 8
#define HT_MAX_OUTS 6
#define HT_MAX_FIELDS 8
#define HT_ERRNO_BITS 10 /* spec keys are call << HT_ERRNO_BITS | errno */
#define HT_NLISTS 4
#define HT_NPROFILES 2
#define HT_NFAMILIES 11
#define HT_NREASONS 186
#define HT_NINVARIANTS 26
#define HT_NBUGS 19

/* Limits and encodings shared with Python (haptrace.catalogue.limits). */
#define HT_RAW_REFUSED_LIMIT (-1000000) /* a raw result at or below this is a refusal */
#define HT_RAW_UNKNOWN_CALL (-1000001) /* refused: no such call id */
#define HT_RAW_BAD_CALLER (-1000002) /* refused: the calling domain or vcpu does not exist */
#define HT_RAW_UNSUPPORTED (-1000003) /* refused by a handler: the engine does not model what the call does */
#define HT_RAW_BAD_ARG0 (-1000010) /* refused: argument slot i too wide is RAW_BAD_ARG0 - i */
#define HT_RAW_BAD_LIST0 (-1000020) /* refused: list in slot i malformed is RAW_BAD_LIST0 - i */
#define HT_PACK 0x10000 /* per-call results are raw * PACK + reason */
#define HT_LIST_SHIFT 32 /* a list reference is word offset << LIST_SHIFT | element count */
#define HT_DEFAULT_PROFILE_INDEX 0 /* the profile a machine uses unless told */
#define HT_DOMID_SELF 0x7ff0 /* the calling domain */
#define HT_DOMID_FIRST_RESERVED 0x7ff0 /* the first of the DOMID_* specials */
#define HT_GFN_GREF_FLAG 0x4000000000000000ull /* a share_gfns gfn with this bit set is a grant reference */
#define HT_EVTCHN_PER_BUCKET 128 /* EVTCHNS_PER_BUCKET (4.2 xen/include/xen/sched.h): ports per bucket */
#define HT_CODEC_PLAIN 0 /* trace stream codec: width bytes per value, shuffled */
#define HT_CODEC_DELTA 1 /* trace stream codec: zigzag deltas from base, shuffled */
#define HT_CODEC_CONST 2 /* trace stream codec: every value is base */
#define HT_FUZZ_SELECTORS 0x10000 /* fuzz: a call's two-byte selector has this many values */
#define HT_FUZZ_CTRL_STRATEGIES 16 /* fuzz argument control byte: CTRL % this picks the strategy */
#define HT_FUZZ_CTRL_POOL_LAST 12 /* fuzz strategies 0..this: a live value from the pools */
#define HT_FUZZ_CTRL_SMALL 13 /* fuzz strategy: the payload byte is the value */
#define HT_FUZZ_CTRL_SPECIAL 14 /* fuzz strategy: the payload byte picks a boundary value */
#define HT_FUZZ_CTRL_LITERAL 15 /* fuzz strategy: the payload is the argument, little endian */
#define HT_FUZZ_CALLER_LITERAL 15 /* fuzz caller byte % 16: domain (2 bytes) and vcpu follow */
#define HT_FUZZ_CALLER_TOOLSTACK_GUEST 14 /* fuzz caller byte % 16 from this: a guest makes a toolstack op */
#define HT_FUZZ_CALLER_ANY_GUEST 11 /* fuzz caller byte % 16 from this: a guest makes an either-caller op */
#define HT_FUZZ_LIST_ELEMENTS 8 /* fuzz list chunk HEAD % this: elements written out */
#define HT_FUZZ_LIST_RUN 24 /* fuzz list HEAD / ELEMENTS from this: a run of neighbours (EXT byte) */
#define HT_FUZZ_LIST_SCATTER 28 /* fuzz list HEAD / ELEMENTS: live values from the pools (EXT byte) */
#define HT_FUZZ_LIST_MORE 29 /* fuzz list HEAD / ELEMENTS: another chunk follows */
#define HT_FUZZ_LIST_MAX 30 /* fuzz list HEAD / ELEMENTS: max_length elements */
#define HT_FUZZ_LIST_BEYOND 31 /* fuzz list HEAD / ELEMENTS: max_length + 1 elements (refused) */
#define HT_FUZZ_LIST_EXTRA 256 /* fuzz list run or scatter: EXT % this + 1 elements */
#define HT_FUZZ_LIST_CHUNKS 8 /* fuzz: chunks of one list at most */
#define HT_FUZZ_ROOM_MODES 8 /* fuzz OUT list ROOM % this picks its room */
#define HT_FUZZ_ROOM_NULL 5 /* fuzz ROOM mode: no room (a NULL handle) */
#define HT_FUZZ_ROOM_SHORT 6 /* fuzz ROOM mode: one element less than the length */
#define HT_FUZZ_ROOM_LONG 7 /* fuzz ROOM mode: one element more than the length */
#define HT_FUZZ_POOL 8 /* fuzz: live values kept per resource kind */
#define HT_FUZZ_MAX_CALLS 64 /* fuzz: calls decoded per input at most */
#define HT_FUZZ_LIST_WORDS 0x10000 /* fuzz: list words the executor gives one input */

/* Host options (the families' HOST_OPTIONS): m->config.option[HT_OPT_*]. */
#define HT_NHOST_OPTIONS 1
#define HT_OPT_NR_IRQS_GSI 0 /* the host's GSIs (nr_irqs_gsi): a guest's pirqs are 0 to nr_irqs_gsi + 31, domain 0's 0 to nr_irqs_gsi + 255 */

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

/* Resource kinds: HT_RES_REMAPPED_MASK has bit k set when replay remaps kind k;
 * HT_RES_PER_DOMAIN_MASK when a value of kind k belongs to a domain. */
#define HT_RES_NONE 0
#define HT_RES_DOMAIN 1
#define HT_RES_GFN 2
#define HT_RES_HANDLE 3
#define HT_RES_GREF 4
#define HT_RES_PORT 5
#define HT_RES_MAPPING 6
#define HT_RES_MFN 7
#define HT_RES_COUNT 8
#define HT_RES_REMAPPED_MASK 0xf8u
#define HT_RES_PER_DOMAIN_MASK 0x34u

/* Result conventions, call kinds, callers, list directions. */
#define HT_RETURNS_STATUS 0
#define HT_RETURNS_VALUE 1
#define HT_RETURNS_COUNT 2
#define HT_KIND_HYPERCALL 0
#define HT_KIND_EVENT 1
#define HT_CALLER_TOOLSTACK 0
#define HT_CALLER_GUEST 1
#define HT_CALLER_ANY 2
#define HT_DIR_IN 0
#define HT_DIR_OUT 1
#define HT_DIR_INOUT 2

/* Families (haptrace/catalogue/<family>.py, csrc/<family>.c). */
#define HT_FAMILY_CORE 0
#define HT_FAMILY_SHARING 1
#define HT_FAMILY_PAGING 2
#define HT_FAMILY_ACCESS 3
#define HT_FAMILY_MEMORY 4
#define HT_FAMILY_DOMAIN 5
#define HT_FAMILY_GUEST 6
#define HT_FAMILY_RING 7
#define HT_FAMILY_FAULT 8
#define HT_FAMILY_EVTCHN 9
#define HT_FAMILY_SCHED 10

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
/* evtchn_state: event-channel port states (ECS_* of xen/include/xen/sched.h; EVTCHNSTAT_* differ) */
#define HT_EVTCHN_STATE_FREE 0
#define HT_EVTCHN_STATE_RESERVED 1
#define HT_EVTCHN_STATE_UNBOUND 2
#define HT_EVTCHN_STATE_INTERDOMAIN 3
#define HT_EVTCHN_STATE_PIRQ 4
#define HT_EVTCHN_STATE_VIRQ 5
#define HT_EVTCHN_STATE_IPI 6
#define HT_EVTCHN_STATE_COUNT 7
/* evtchn_flags: the engine's per-port bits besides the shared-info bitmaps: a consumer in Xen (consumer_is_xen: the mem_event rings' ports) */
#define HT_EVTCHN_FLAGS_XEN_CONSUMER 4
#define HT_EVTCHN_FLAGS_COUNT 1
/* evtchn_status: what EVTCHNOP_status reports (EVTCHNSTAT_*, public/event_channel.h) */
#define HT_EVTCHN_STATUS_CLOSED 0
#define HT_EVTCHN_STATUS_UNBOUND 1
#define HT_EVTCHN_STATUS_INTERDOMAIN 2
#define HT_EVTCHN_STATUS_PIRQ 3
#define HT_EVTCHN_STATUS_VIRQ 4
#define HT_EVTCHN_STATUS_IPI 5
#define HT_EVTCHN_STATUS_COUNT 6
/* evtchnop: event_channel_op sub-ops of 4.2 (EVTCHNOP_*, public/event_channel.h); 4.4 added init_control 11, expand_array 12 and set_priority 13 (FIFO) */
#define HT_EVTCHNOP_BIND_INTERDOMAIN 0
#define HT_EVTCHNOP_BIND_VIRQ 1
#define HT_EVTCHNOP_BIND_PIRQ 2
#define HT_EVTCHNOP_CLOSE 3
#define HT_EVTCHNOP_SEND 4
#define HT_EVTCHNOP_STATUS 5
#define HT_EVTCHNOP_ALLOC_UNBOUND 6
#define HT_EVTCHNOP_BIND_IPI 7
#define HT_EVTCHNOP_BIND_VCPU 8
#define HT_EVTCHNOP_UNMASK 9
#define HT_EVTCHNOP_RESET 10
#define HT_EVTCHNOP_COUNT 11
/* virq: virtual IRQs (VIRQ_* of 4.2's public/xen.h; NR_VIRQS 24): timer, debug and xenoprof are per-vcpu, every other number is global */
#define HT_VIRQ_TIMER 0
#define HT_VIRQ_DEBUG 1
#define HT_VIRQ_CONSOLE 2
#define HT_VIRQ_DOM_EXC 3
#define HT_VIRQ_TBUF 4
#define HT_VIRQ_UNNAMED_5 5
#define HT_VIRQ_DEBUGGER 6
#define HT_VIRQ_XENOPROF 7
#define HT_VIRQ_CON_RING 8
#define HT_VIRQ_PCPU_STATE 9
#define HT_VIRQ_MEM_EVENT 10
#define HT_VIRQ_XC_RESERVED 11
#define HT_VIRQ_ENOMEM 12
#define HT_VIRQ_UNNAMED_13 13
#define HT_VIRQ_UNNAMED_14 14
#define HT_VIRQ_UNNAMED_15 15
#define HT_VIRQ_ARCH_0 16
#define HT_VIRQ_ARCH_1 17
#define HT_VIRQ_ARCH_2 18
#define HT_VIRQ_ARCH_3 19
#define HT_VIRQ_ARCH_4 20
#define HT_VIRQ_ARCH_5 21
#define HT_VIRQ_ARCH_6 22
#define HT_VIRQ_ARCH_7 23
#define HT_VIRQ_COUNT 24
/* schedop: sched_op sub-ops of 4.2 (SCHEDOP_*, public/sched.h); pin_override 7 came in 4.7 */
#define HT_SCHEDOP_YIELD 0
#define HT_SCHEDOP_BLOCK 1
#define HT_SCHEDOP_SHUTDOWN 2
#define HT_SCHEDOP_POLL 3
#define HT_SCHEDOP_REMOTE_SHUTDOWN 4
#define HT_SCHEDOP_SHUTDOWN_CODE 5
#define HT_SCHEDOP_WATCHDOG 6
#define HT_SCHEDOP_COUNT 7
/* shutdown_reason: shutdown reasons (SHUTDOWN_*, public/sched.h; Xen keeps any u8); soft_reset 5 came in 4.6 */
#define HT_SHUTDOWN_REASON_POWEROFF 0
#define HT_SHUTDOWN_REASON_REBOOT 1
#define HT_SHUTDOWN_REASON_SUSPEND 2
#define HT_SHUTDOWN_REASON_CRASH 3
#define HT_SHUTDOWN_REASON_WATCHDOG 4
#define HT_SHUTDOWN_REASON_COUNT 5

/* Why a call returned what it did (the families' REASONS). */
enum ht_reason_id {
    HT_R_NONE,
    HT_R_REFUSED_UNKNOWN_CALL,
    HT_R_REFUSED_ARGUMENT_WIDTH,
    HT_R_REFUSED_CALLER,
    HT_R_REFUSED_LIST,
    HT_R_NOT_X86_64,
    HT_R_NO_DOMAIN,
    HT_R_TARGET_IS_CALLER,
    HT_R_NOT_PRIVILEGED,
    HT_R_XSM_DENIED,
    HT_R_DOMAIN_DYING,
    HT_R_NO_HAP,
    HT_R_SHARING_DISABLED,
    HT_R_SHARING_DISABLED_GATE,
    HT_R_NOT_HVM,
    HT_R_NOT_HVM_OR_DYING,
    HT_R_NO_VCPUS,
    HT_R_MEM_EVENT_SELF,
    HT_R_MEM_EVENT_DYING_NOOP,
    HT_R_RANGE_BAD,
    HT_R_CLIENT_NO_DOMAIN,
    HT_R_CLIENT_IS_CALLER,
    HT_R_CLIENT_NOT_PRIVILEGED,
    HT_R_CLIENT_DYING,
    HT_R_CLIENT_SHARING_DISABLED,
    HT_R_CONTROL_PASSTHROUGH,
    HT_R_RESUME_NO_RING,
    HT_R_GREF_TABLE_UNINITIALISED,
    HT_R_GREF_OUT_OF_RANGE,
    HT_R_GREF_NOT_GRANTED,
    HT_R_NOMINATE_NOT_POPULATED,
    HT_R_NOMINATE_ALREADY_SHARED,
    HT_R_NOMINATE_NOT_SHARABLE,
    HT_R_NOMINATE_TYPE_IN_USE,
    HT_R_NOMINATE_TYPE_RACE,
    HT_R_NOMINATE_EXTRA_REFS,
    HT_R_NOMINATE_PAGE_LOCK,
    HT_R_NOMINATE_NO_METADATA,
    HT_R_NOMINATE_NO_RMAP,
    HT_R_NOMINATE_P2M_CHANGE,
    HT_R_SHARE_SAME_FRAME,
    HT_R_SHARE_SOURCE_NOT_SHARED,
    HT_R_SHARE_CLIENT_NOT_SHARED,
    HT_R_SHARE_SOURCE_HANDLE,
    HT_R_SHARE_CLIENT_HANDLE,
    HT_R_ADD_PHYSMAP_GREF,
    HT_R_ADD_PHYSMAP_NOT_HOLE,
    HT_R_ADD_PHYSMAP_NO_RMAP,
    HT_R_ADD_PHYSMAP_P2M_SET,
    HT_R_DEBUG_NOT_SHARED,
    HT_R_AUDIT_NOT_COMPILED,
    HT_R_PAGING_PASSTHROUGH,
    HT_R_PAGING_NO_RING,
    HT_R_PAGING_NO_FRAME,
    HT_R_PAGING_NOT_PAGEABLE,
    HT_R_PAGING_REFERENCED,
    HT_R_PAGING_NOT_NOMINATED,
    HT_R_PREP_NOT_PAGING,
    HT_R_PREP_FRAME_PRESENT,
    HT_R_PREP_NO_BUFFER,
    HT_R_PREP_NO_MEMORY,
    HT_R_PREP_COPY_FAILED,
    HT_R_LOAD_NULL_BUFFER,
    HT_R_LOAD_UNALIGNED_BUFFER,
    HT_R_ACCESS_NOT_INTEL,
    HT_R_ACCESS_NO_RING,
    HT_R_ACCESS_VALUE_BAD,
    HT_R_ACCESS_P2M_SET,
    HT_R_ACCESS_NO_FRAME,
    HT_R_ACCESS_UNREPORTABLE,
    HT_R_RESERVATION_NO_DOMAIN,
    HT_R_RESERVATION_NOT_PRIVILEGED,
    HT_R_RESERVATION_TOO_MANY,
    HT_R_RESERVATION_ADDRESS_BITS,
    HT_R_RESERVATION_ORDER,
    HT_R_RESERVATION_NO_MEMORY,
    HT_R_RESERVATION_REMOVE_FAILED,
    HT_R_RESERVATION_COPY_FAULT,
    HT_R_POPULATE_BEYOND_P2M,
    HT_R_REMOVE_NO_PAGE,
    HT_R_REMOVE_SHARED_TUPLE_DROPPED,
    HT_R_GETINFO_NONE,
    HT_R_HVM_PARAM_RANGE,
    HT_R_MEM_TYPE_UNKNOWN,
    HT_R_MEM_TYPE_CANNOT_CHANGE,
    HT_R_MMIO_IS_RAM,
    HT_R_MMIO_NOT_HOLE,
    HT_R_MMIO_NOT_MAPPED,
    HT_R_ASSIGN_NO_DOMAIN,
    HT_R_ASSIGN_SHARING_OR_PAGING,
    HT_R_ASSIGN_DEVICE_TAKEN,
    HT_R_ASSIGN_TABLE_FULL,
    HT_R_RING_NO_PARAM,
    HT_R_RING_PRESENT,
    HT_R_RING_ABSENT,
    HT_R_RING_WAITERS,
    HT_R_RING_GFN_PAGED,
    HT_R_RING_GFN_SHARED,
    HT_R_RING_GFN_NOT_POPULATED,
    HT_R_RING_GFN_READ_ONLY,
    HT_R_RING_MAP_FAILED,
    HT_R_RING_NO_PORT,
    HT_R_RING_EVTCHN_NOMEM,
    HT_R_RING_KIND_BAD,
    HT_R_RING_EMPTY,
    HT_R_RING_RESPONSES_FULL,
    HT_R_PORT_NOT_A_RING,
    HT_R_CREATE_BAD_DOMID,
    HT_R_CREATE_EXISTS,
    HT_R_CREATE_BAD_VCPUS,
    HT_R_CREATE_BAD_FLAGS,
    HT_R_CREATE_BAD_SIZES,
    HT_R_CREATE_NO_SLOT,
    HT_R_CREATE_NO_P2M_ROOM,
    HT_R_CREATE_NO_MEMORY,
    HT_R_DESTROY_DOM0,
    HT_R_PRIVILEGE_BAD,
    HT_R_FAULT_BAD,
    HT_R_GUEST_BAD_VCPU,
    HT_R_GUEST_DOMAIN_SHUT_DOWN,
    HT_R_GUEST_DOMAIN_PAUSED,
    HT_R_GUEST_VCPU_PAUSED,
    HT_R_GUEST_NO_RAM,
    HT_R_GUEST_PAGED_NO_RING,
    HT_R_GUEST_PAGE_IN,
    HT_R_GUEST_RING_FULL,
    HT_R_GUEST_ACCESS_VIOLATION,
    HT_R_GUEST_UNSHARE_NOMEM_CRASH,
    HT_R_GUEST_UNSHARE_NOMEM_PAUSED,
    HT_R_GUEST_WRITE_DISCARDED,
    HT_R_FOREIGN_PAGED,
    HT_R_FOREIGN_NO_RAM,
    HT_R_FOREIGN_UNSHARE_NOMEM,
    HT_R_MAP_TABLE_FULL,
    HT_R_MAP_REFS_LIMIT,
    HT_R_MAPPING_BAD,
    HT_R_GRANT_TABLE_FULL,
    HT_R_GRANT_NOT_GRANTED,
    HT_R_GRANT_STILL_MAPPED,
    HT_R_GRANT_READ_ONLY,
    HT_R_GRANT_PAGED,
    HT_R_GRANT_NO_RAM,
    HT_R_GRANT_UNSHARE_FAILED,
    HT_R_EVTCHN_NO_FREE_PORT,
    HT_R_EVTCHN_NO_BUCKET,
    HT_R_EVTCHN_DYING,
    HT_R_EVTCHN_COPY_IN,
    HT_R_EVTCHN_COPY_OUT,
    HT_R_EVTCHN_BAD_PORT,
    HT_R_EVTCHN_XEN_PORT,
    HT_R_EVTCHN_CLOSED_PORT,
    HT_R_EVTCHN_REMOTE_NOT_UNBOUND,
    HT_R_EVTCHN_BAD_VIRQ,
    HT_R_EVTCHN_GLOBAL_VIRQ_VCPU,
    HT_R_EVTCHN_NO_VCPU,
    HT_R_EVTCHN_VIRQ_BOUND,
    HT_R_EVTCHN_BAD_PIRQ,
    HT_R_EVTCHN_PIRQ_NO_ACCESS,
    HT_R_EVTCHN_PIRQ_BOUND,
    HT_R_EVTCHN_PIRQ_NOMEM,
    HT_R_EVTCHN_PIRQ_UNMAPPED,
    HT_R_EVTCHN_WRONG_STATE,
    HT_R_EVTCHN_SEND_DROPPED,
    HT_R_EVTCHN_SEND_XEN,
    HT_R_EVTCHN_UNKNOWN_OP,
    HT_R_EVTCHN_PORT_RANGE,
    HT_R_EVTCHN_VIRQ_UNBOUND,
    HT_R_SCHED_COPY_IN,
    HT_R_SCHED_BLOCKED,
    HT_R_SCHED_UPCALL_PENDING,
    HT_R_POLL_TOO_MANY,
    HT_R_POLL_LIST_SHORT,
    HT_R_POLL_BAD_PORT,
    HT_R_POLL_PORT_PENDING,
    HT_R_POLL_BLOCKED,
    HT_R_SHUTDOWN_STARTED,
    HT_R_SHUTDOWN_REASON_KEPT,
    HT_R_SHUTDOWN_HOST,
    HT_R_WATCHDOG_BAD_ID,
    HT_R_WATCHDOG_NO_SLOT,
    HT_R_WATCHDOG_NOT_IN_USE,
    HT_R_WATCHDOG_NOT_ARMED,
    HT_R_WATCHDOG_IGNORED,
    HT_R_POLL_NOT_POLLING,
    HT_R_SCHED_NO_VCPU,
    HT_R_SCHED_UNKNOWN_OP,
};

/* Invariants (the families' INVARIANTS). */
enum ht_invariant_id {
    HT_INV_CONSERVATION,
    HT_INV_TOT_PAGES,
    HT_INV_P2M_M2P,
    HT_INV_MEMORY_SAFETY,
    HT_INV_LIVENESS,
    HT_INV_SHR_SUM,
    HT_INV_SHARED_FRAME,
    HT_INV_SHARED_TUPLE,
    HT_INV_SHR_PAGES,
    HT_INV_HANDLES,
    HT_INV_NOMINATE_DEBUG,
    HT_INV_SHARE,
    HT_INV_CONTENT,
    HT_INV_NONNEG,
    HT_INV_SHARING_DISABLED,
    HT_INV_PAGED_FRAME,
    HT_INV_PAGED_PAGES,
    HT_INV_PAGING_TRANSITION,
    HT_INV_EVTCHN_PORT_ZERO,
    HT_INV_EVTCHN_INTERDOMAIN,
    HT_INV_EVTCHN_UNBOUND_PEER,
    HT_INV_EVTCHN_XEN_PORTS,
    HT_INV_EVTCHN_VIRQ,
    HT_INV_EVTCHN_PIRQ,
    HT_INV_EVTCHN_LOWEST_FREE,
    HT_INV_SHUTDOWN_REASON,
};

/* Planted bugs (the families' PLANTED_BUGS). */
enum ht_bug_id {
    HT_BUG_NR_SAVED_UNDERFLOW,
    HT_BUG_ADD_PHYSMAP_ACCOUNTING,
    HT_BUG_GREF_UNCHECKED,
    HT_BUG_SHARE_SKIPS_HANDLE_CHECK,
    HT_BUG_RELINQUISH_SKIPS_SHARED,
    HT_BUG_ADD_PHYSMAP_HOLE_CHECK,
    HT_BUG_RESUME_NO_RING,
    HT_BUG_PAGED_DROP_DRIFT,
    HT_BUG_SET_ACCESS_UNCHECKED,
    HT_BUG_REMOVE_PHYSMAP_SHARED,
    HT_BUG_RESPONSE_VCPU_UNCHECKED,
    HT_BUG_EVTCHN_BUCKET_DANGLING,
    HT_BUG_GET_FREE_PORT_IGNORES_ERROR,
    HT_BUG_POLL_UNALLOCATED_BUCKET,
    HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE,
    HT_BUG_CLOSE_LEAVES_PEER_BOUND,
    HT_BUG_CLOSE_FREES_PORT_ZERO,
    HT_BUG_ALLOC_NEXT_FIT,
    HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE,
};

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
    HT_CALL_evtchn_alloc_unbound = 57,
    HT_CALL_evtchn_bind_interdomain = 58,
    HT_CALL_evtchn_bind_virq = 59,
    HT_CALL_evtchn_bind_ipi = 60,
    HT_CALL_evtchn_bind_pirq = 61,
    HT_CALL_evtchn_close = 62,
    HT_CALL_evtchn_notify = 63,
    HT_CALL_evtchn_status = 64,
    HT_CALL_evtchn_bind_vcpu = 65,
    HT_CALL_evtchn_unmask = 66,
    HT_CALL_evtchn_reset = 67,
    HT_CALL_evtchn_op_raw = 68,
    HT_CALL_evtchn_guest_mask = 69,
    HT_CALL_evtchn_guest_clear = 70,
    HT_CALL_evtchn_guest_upcall = 71,
    HT_CALL_evtchn_guest_upcall_mask = 72,
    HT_CALL_evtchn_raise_virq = 73,
    HT_CALL_sched_yield = 74,
    HT_CALL_sched_block = 75,
    HT_CALL_sched_shutdown = 76,
    HT_CALL_sched_shutdown_code = 77,
    HT_CALL_sched_poll = 78,
    HT_CALL_sched_remote_shutdown = 79,
    HT_CALL_sched_watchdog = 80,
    HT_CALL_sched_op_raw = 81,
    HT_CALL_domain_resume = 82,
    HT_CALL_sched_watchdog_expire = 83,
    HT_CALL_sched_poll_timeout = 84,
};

/* The owner of a per-domain value that belongs to the calling domain. */
#define HT_OWNER_CALLER 0xff

/* A list argument: where its length comes from and what its elements are. */
struct ht_list_desc {
    uint8_t call_slot;             /* the argument slot holding the list reference */
    uint8_t length_slot;           /* the slot of its length argument; 0xff: fixed */
    uint8_t direction;             /* HT_DIR_* */
    uint8_t stride;                /* words (fields) per element */
    uint32_t fixed_length;         /* the length when length_slot is 0xff */
    uint32_t max_length;           /* longer lists are refused */
    uint8_t field_bits[HT_MAX_FIELDS];
    uint8_t field_uses[HT_MAX_FIELDS];  /* HT_RES_* an element field consumes */
    uint8_t field_makes[HT_MAX_FIELDS]; /* HT_RES_* an element field produces */
    uint8_t field_owner[HT_MAX_FIELDS]; /* slot of the domain a per-domain field's
                                           value belongs to; HT_OWNER_CALLER */
    /* Enumerated fields, as arg_enum_first/count (count 0: not an enumeration). */
    uint8_t field_enum_first[HT_MAX_FIELDS];
    uint8_t field_enum_count[HT_MAX_FIELDS];
};

struct ht_call_desc {
    const char *name;
    uint8_t kind, returns, nargs, nouts;
    uint8_t family;                 /* HT_FAMILY_* */
    uint8_t caller;                 /* HT_CALLER_* */
    uint8_t remaps;                 /* 1: an argument names a resource replay remaps;
                                       2: an output makes one */
    uint8_t nlists;
    uint8_t arg_bits[HT_MAX_ARGS];  /* 64 for a list reference */
    uint8_t arg_uses[HT_MAX_ARGS];  /* HT_RES_* the argument consumes */
    uint8_t arg_makes[HT_MAX_ARGS]; /* HT_RES_* the argument creates */
    uint8_t arg_list[HT_MAX_ARGS];  /* 1 + index into ht_lists, 0: a scalar */
    uint8_t out_bits[HT_MAX_OUTS];
    uint8_t out_makes[HT_MAX_OUTS]; /* HT_RES_* the output produces */
    /* For per-domain values (grant refs, ports, gfns): the slot of the domain argument
     * they belong to (Call.owner_of), or HT_OWNER_CALLER for the calling domain. */
    uint8_t arg_owner[HT_MAX_ARGS];
    uint8_t out_owner[HT_MAX_OUTS];
    /* Enumerated arguments: valid values are first .. first+count-1 (count 0: not an
     * enumeration; flag sets: every combination below count). */
    uint8_t arg_enum_first[HT_MAX_ARGS];
    uint8_t arg_enum_count[HT_MAX_ARGS];
    /* The errnos each profile documents, ascending. */
    const uint16_t *codes[HT_NPROFILES];
    uint8_t ncodes[HT_NPROFILES];
};

extern const struct ht_call_desc ht_calls[HT_NCALLS];
extern const struct ht_list_desc ht_lists[HT_NLISTS > 0 ? HT_NLISTS : 1];

struct ht_machine;
typedef int64_t ht_glue_fn(struct ht_machine *m, const uint64_t *arg, uint64_t *out);
/* The dispatch table: glue that unpacks the slots and calls the typed handler. */
extern ht_glue_fn *const ht_handlers[HT_NCALLS];

/* Each family's hooks (struct ht_family_ops, csrc/engine.h), defined in its C file. */
struct ht_family_ops;
extern const struct ht_family_ops ht_family_core;
extern const struct ht_family_ops ht_family_sharing;
extern const struct ht_family_ops ht_family_paging;
extern const struct ht_family_ops ht_family_access;
extern const struct ht_family_ops ht_family_memory;
extern const struct ht_family_ops ht_family_domain;
extern const struct ht_family_ops ht_family_guest;
extern const struct ht_family_ops ht_family_ring;
extern const struct ht_family_ops ht_family_fault;
extern const struct ht_family_ops ht_family_evtchn;
extern const struct ht_family_ops ht_family_sched;
extern const struct ht_family_ops *const ht_families[HT_NFAMILIES];
/* The numbers C and Python share by name (haptrace.catalogue.limits, and ERRNO_BITS),
 * for code that runs without the catalogue (ht_limit). */
struct ht_shared_number {
    const char *name;
    int64_t value;
};
extern const struct ht_shared_number ht_shared_numbers[];
extern const uint32_t ht_nshared_numbers;
/* Each family's share of the fuzzer's call choices (Family.fuzz_weight): every call
 * of a family weighs its family's weight (csrc/fuzz_grammar.c). */
extern const uint16_t ht_family_fuzz_weight[HT_NFAMILIES];

/* Reason, invariant and planted-bug texts. */
extern const char *const ht_reason_texts[HT_NREASONS];
extern const char *const ht_invariant_names[HT_NINVARIANTS];
extern const char *const ht_invariant_texts[HT_NINVARIANTS];
extern const char *const ht_bug_names[HT_NBUGS];
extern const char *const ht_bug_sources[HT_NBUGS];
extern const char *const ht_bug_texts[HT_NBUGS];

#endif
