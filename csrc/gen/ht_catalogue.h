/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
#ifndef HT_CATALOGUE_H
#define HT_CATALOGUE_H

#include <stdint.h>

#define HT_CATALOGUE_REVISION "da1b5d4dd97e0363"
#define HT_NCALLS 215
#define HT_MAX_ARGS 8
#define HT_MAX_OUTS 6
#define HT_MAX_FIELDS 8
#define HT_ERRNO_BITS 10 /* spec keys are call << HT_ERRNO_BITS | errno */
#define HT_NLISTS 44
#define HT_NPROFILES 3
#define HT_NFAMILIES 24
#define HT_NREASONS 477
#define HT_NINVARIANTS 45
#define HT_NBUGS 64

/* Limits and encodings shared with Python (haptrace.catalogue.limits). */
#define HT_RAW_REFUSED_LIMIT (-1000000) /* a raw result at or below this is a refusal */
#define HT_RAW_UNKNOWN_CALL (-1000001) /* refused: no such call id */
#define HT_RAW_BAD_CALLER (-1000002) /* refused: the calling domain or vcpu does not exist */
#define HT_RAW_UNSUPPORTED (-1000003) /* unsupported: the engine does not model the path Xen would take */
#define HT_TRACE_ERRNO_UNSUPPORTED 0xffff /* a trace's errno for a call the engine answered unsupported */
#define HT_RAW_CALLER_DOWN (-1000004) /* refused: the calling vcpu is down (it cannot make calls) */
#define HT_RAW_BAD_ARG0 (-1000010) /* refused: argument slot i too wide is RAW_BAD_ARG0 - i */
#define HT_RAW_BAD_LIST0 (-1000020) /* refused: list in slot i malformed is RAW_BAD_LIST0 - i */
#define HT_RAW_BAD_VALUE0 (-1000030) /* refused: a value of slot i the engine does not model is RAW_BAD_VALUE0 - i */
#define HT_PACK 0x10000 /* per-call results are raw * PACK + reason */
#define HT_LIST_SHIFT 32 /* a list reference is word offset << LIST_SHIFT | element count */
#define HT_DEFAULT_PROFILE_INDEX 0 /* the profile a machine uses unless told */
#define HT_DOMID_SELF 0x7ff0 /* the calling domain */
#define HT_DOMID_FIRST_RESERVED 0x7ff0 /* the first of the DOMID_* specials */
#define HT_GFN_GREF_FLAG 0x4000000000000000ull /* a share_gfns gfn with this bit set is a grant reference */
#define HT_MULTICALL_MAX_ENTRIES 256 /* multicall: the most entries one batch may have */
#define HT_GFN_CAPACITY_MAX 0x7fffffff /* the most gfns a machine's p2ms may hold, all domains together */
#define HT_GNT_INITIAL_FRAMES 4 /* grant-table frames a domain's table starts with */
#define HT_GNT_INITIAL_FRAMES_4_17 1 /* grant-table frames a domain's table starts with in 4.17 */
#define HT_GNT_DEFAULT_MAX_FRAMES 32 /* a grant table's frame limit unless created with another */
#define HT_GNT_MAX_FRAMES 64 /* the largest grant-table frame limit a domain can be created with */
#define HT_GNT_ENTRIES_PER_PAGE 512 /* v1 grant entries per frame (v2: half as many) */
#define HT_GNT_RESERVED_ENTRIES 8 /* grant entries a version change keeps */
#define HT_IOREQ_MAX_SERVERS 8 /* ioreq servers per domain */
#define HT_RESOURCE_CHUNK 32 /* frames acquire_resource handles per step */
#define HT_VMTRACE_MAX_FRAMES 0x4000 /* the largest vcpu trace buffer, in frames */
#define HT_MEM_EVENT_FLAG_DUMMY 16 /* MEM_EVENT_FLAG_DUMMY (4.2 public/mem_event.h): a response Xen skips */
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
#define HT_NHOST_OPTIONS 11
#define HT_OPT_NR_IRQS_GSI 0 /* the host's GSIs (nr_irqs_gsi): a guest's pirqs are 0 to nr_irqs_gsi + 31, domain 0's 0 to nr_irqs_gsi + 255 */
#define HT_OPT_TMEM 1 /* the tmem boot option: off, every tmem op answers ENODEV */
#define HT_OPT_TMEM_COMPRESS 2 /* the tmem_compress boot option: new clients compress their pages (on x86_64) */
#define HT_OPT_TMEM_SHARED_AUTH 3 /* the tmem_shared_auth boot option: a shared pool needs its uuid authorised (tmem_auth) */
#define HT_OPT_EXCHANGE_AND_PIN 4 /* the hypervisor has seed 004's exchange_and_pin and unpin (doc profile); without them they answer ENOSYS, as the seed says of a hypervisor that lacks them */
#define HT_OPT_CREATEDOMAIN_GFNS 5 /* the guest physical address space, in gfns, of a domain made by the createdomain hypercall (the engine sizes a domain's p2m when it is made; Xen grows it) */
#define HT_OPT_HYPERCALL_PREEMPT 6 /* hypercall_preempt_check() always finds work pending (a host under constant softirq load): a multicall continues itself after every entry */
#define HT_OPT_NO_MEM_SHARING 7 /* CONFIG_MEM_SHARING off (xen-4.17): XENMEM_sharing_op and the sharing domctl answer ENOSYS, the sharing ring cannot be enabled and the sharing counters read 0 */
#define HT_OPT_NO_MEM_PAGING 8 /* CONFIG_MEM_PAGING off (xen-4.17): XENMEM_paging_op answers ENOSYS and the paging ring cannot be enabled */
#define HT_OPT_RELEASE_BUILD 9 /* CONFIG_DEBUG off (xen-4.17, NDEBUG): no MEM_SHARING_AUDIT, the sharing audit answers EOPNOTSUPP */
#define HT_OPT_PVH_DOM0 10 /* the hardware domain boots PVH (Xen's dom0=pvh; xen-4.17 only, 4.2 has no PVH): domain 0 is an HVM domain on HAP, its calls meet 4.17's HVM hypercall table, its foreign mappings are unsupported (not modelled), and vm_event_domctl refuses the paging and sharing rings (EOPNOTSUPP) */

/* Profiles. */
#define HT_PROFILE_DOC 0
#define HT_PROFILE_XEN_4_2 1
#define HT_PROFILE_XEN_4_17 2

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
#define HT_EFROZEN 1000
#define HT_EEMPTY 1001
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
#define HT_RES_TMEM_POOL 8
#define HT_RES_IOSERVER 9
#define HT_RES_COUNT 10
#define HT_RES_REMAPPED_MASK 0x3f8u
#define HT_RES_PER_DOMAIN_MASK 0x334u

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
#define HT_FAMILY_GNTTAB 10
#define HT_FAMILY_SCHED 11
#define HT_FAMILY_RESOURCE 12
#define HT_FAMILY_TMEM 13
#define HT_FAMILY_EXCHANGE 14
#define HT_FAMILY_CLOCK 15
#define HT_FAMILY_TOOLSTACK 16
#define HT_FAMILY_MONITOR 17
#define HT_FAMILY_VCPU 18
#define HT_FAMILY_XENVER 19
#define HT_FAMILY_MULTICALL 20
#define HT_FAMILY_PVONLY 21
#define HT_FAMILY_GNTBYTES 22
#define HT_FAMILY_GNTSIZE 23

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
/* hypercall: hypercall numbers (__HYPERVISOR_*, public/xen.h at 4.2; 39 is reserved for XenClient) */
#define HT_HYPERCALL_SET_TRAP_TABLE 0
#define HT_HYPERCALL_MMU_UPDATE 1
#define HT_HYPERCALL_SET_GDT 2
#define HT_HYPERCALL_STACK_SWITCH 3
#define HT_HYPERCALL_SET_CALLBACKS 4
#define HT_HYPERCALL_FPU_TASKSWITCH 5
#define HT_HYPERCALL_SCHED_OP_COMPAT 6
#define HT_HYPERCALL_PLATFORM_OP 7
#define HT_HYPERCALL_SET_DEBUGREG 8
#define HT_HYPERCALL_GET_DEBUGREG 9
#define HT_HYPERCALL_UPDATE_DESCRIPTOR 10
#define HT_HYPERCALL_MEMORY_OP 12
#define HT_HYPERCALL_MULTICALL 13
#define HT_HYPERCALL_UPDATE_VA_MAPPING 14
#define HT_HYPERCALL_SET_TIMER_OP 15
#define HT_HYPERCALL_EVENT_CHANNEL_OP_COMPAT 16
#define HT_HYPERCALL_XEN_VERSION 17
#define HT_HYPERCALL_CONSOLE_IO 18
#define HT_HYPERCALL_PHYSDEV_OP_COMPAT 19
#define HT_HYPERCALL_GRANT_TABLE_OP 20
#define HT_HYPERCALL_VM_ASSIST 21
#define HT_HYPERCALL_UPDATE_VA_MAPPING_OTHERDOMAIN 22
#define HT_HYPERCALL_IRET 23
#define HT_HYPERCALL_VCPU_OP 24
#define HT_HYPERCALL_SET_SEGMENT_BASE 25
#define HT_HYPERCALL_MMUEXT_OP 26
#define HT_HYPERCALL_XSM_OP 27
#define HT_HYPERCALL_NMI_OP 28
#define HT_HYPERCALL_SCHED_OP 29
#define HT_HYPERCALL_CALLBACK_OP 30
#define HT_HYPERCALL_XENOPROF_OP 31
#define HT_HYPERCALL_EVENT_CHANNEL_OP 32
#define HT_HYPERCALL_PHYSDEV_OP 33
#define HT_HYPERCALL_HVM_OP 34
#define HT_HYPERCALL_SYSCTL 35
#define HT_HYPERCALL_DOMCTL 36
#define HT_HYPERCALL_KEXEC_OP 37
#define HT_HYPERCALL_TMEM_OP 38
#define HT_HYPERCALL_XC_RESERVED_OP 39
#define HT_HYPERCALL_XENPMU_OP 40
#define HT_HYPERCALL_DM_OP 41
#define HT_HYPERCALL_HYPFS_OP 42
#define HT_HYPERCALL_MCA 48
#define HT_HYPERCALL_PAGING_DOMCTL_CONT 49
#define HT_HYPERCALL_COUNT 44
/* gnttabop: grant-table sub-ops (GNTTABOP_*, public/grant_table.h at 4.2) */
#define HT_GNTTABOP_MAP_GRANT_REF 0
#define HT_GNTTABOP_UNMAP_GRANT_REF 1
#define HT_GNTTABOP_SETUP_TABLE 2
#define HT_GNTTABOP_DUMP_TABLE 3
#define HT_GNTTABOP_TRANSFER 4
#define HT_GNTTABOP_COPY 5
#define HT_GNTTABOP_QUERY_SIZE 6
#define HT_GNTTABOP_UNMAP_AND_REPLACE 7
#define HT_GNTTABOP_SET_VERSION 8
#define HT_GNTTABOP_GET_STATUS_FRAMES 9
#define HT_GNTTABOP_GET_VERSION 10
#define HT_GNTTABOP_SWAP_GRANT_REF 11
#define HT_GNTTABOP_COUNT 12
/* physdevop: physdev_op sub-ops the engine names (PHYSDEVOP_*, public/physdev.h at 4.2; the seed's ASSIGN_VECTOR is alloc_irq_vector) */
#define HT_PHYSDEVOP_IRQ_UNMASK_NOTIFY 4
#define HT_PHYSDEVOP_IRQ_STATUS_QUERY 5
#define HT_PHYSDEVOP_SET_IOPL 6
#define HT_PHYSDEVOP_SET_IOBITMAP 7
#define HT_PHYSDEVOP_APIC_READ 8
#define HT_PHYSDEVOP_APIC_WRITE 9
#define HT_PHYSDEVOP_ALLOC_IRQ_VECTOR 10
#define HT_PHYSDEVOP_EOI 12
#define HT_PHYSDEVOP_MAP_PIRQ 13
#define HT_PHYSDEVOP_UNMAP_PIRQ 14
#define HT_PHYSDEVOP_GET_FREE_PIRQ 23
#define HT_PHYSDEVOP_COUNT 11
/* vcpuop: vcpu_op sub-ops (VCPUOP_*, public/vcpu.h at 4.2) */
#define HT_VCPUOP_INITIALISE 0
#define HT_VCPUOP_UP 1
#define HT_VCPUOP_DOWN 2
#define HT_VCPUOP_IS_UP 3
#define HT_VCPUOP_GET_RUNSTATE_INFO 4
#define HT_VCPUOP_REGISTER_RUNSTATE_MEMORY_AREA 5
#define HT_VCPUOP_SET_PERIODIC_TIMER 6
#define HT_VCPUOP_STOP_PERIODIC_TIMER 7
#define HT_VCPUOP_SET_SINGLESHOT_TIMER 8
#define HT_VCPUOP_STOP_SINGLESHOT_TIMER 9
#define HT_VCPUOP_REGISTER_VCPU_INFO 10
#define HT_VCPUOP_SEND_NMI 11
#define HT_VCPUOP_GET_PHYSID 12
#define HT_VCPUOP_REGISTER_VCPU_TIME_MEMORY_AREA 13
#define HT_VCPUOP_COUNT 14
/* xenmem_hvm_denied: XENMEM_* sub-ops hvm_memory_op refuses an HVM guest (-ENOSYS, hvm.c at 4.2) */
#define HT_XENMEM_HVM_DENIED_MEMORY_MAP 9
#define HT_XENMEM_HVM_DENIED_MACHINE_MEMORY_MAP 10
#define HT_XENMEM_HVM_DENIED_MACHPHYS_MAPPING 12
#define HT_XENMEM_HVM_DENIED_COUNT 3
/* hvm_table_4_2: the hypercalls with a slot in 4.2's hvm_hypercall64_table (hvm.c at RELEASE-4.2.0; the 32-bit table has the same slots): a guest of an HVM domain gets -ENOSYS for any other (hvm_do_hypercall) */
#define HT_HVM_TABLE_4_2_MEMORY_OP 12
#define HT_HVM_TABLE_4_2_GRANT_TABLE_OP 20
#define HT_HVM_TABLE_4_2_VCPU_OP 24
#define HT_HVM_TABLE_4_2_PHYSDEV_OP 33
#define HT_HVM_TABLE_4_2_XEN_VERSION 17
#define HT_HVM_TABLE_4_2_EVENT_CHANNEL_OP 32
#define HT_HVM_TABLE_4_2_SCHED_OP 29
#define HT_HVM_TABLE_4_2_SET_TIMER_OP 15
#define HT_HVM_TABLE_4_2_HVM_OP 34
#define HT_HVM_TABLE_4_2_SYSCTL 35
#define HT_HVM_TABLE_4_2_TMEM_OP 38
#define HT_HVM_TABLE_4_2_COUNT 11
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
/* gntst: GNTST_* statuses as the int16_t status field holds them (public/grant_table.h): okay 0, general_error -1, bad_domain -2, bad_virt_addr -5, permission_denied -8 */
#define HT_GNTST_OKAY 0
#define HT_GNTST_GENERAL_ERROR 65535
#define HT_GNTST_BAD_DOMAIN 65534
#define HT_GNTST_BAD_VIRT_ADDR 65531
#define HT_GNTST_PERMISSION_DENIED 65528
#define HT_GNTST_COUNT 5
/* vmasst_type: vm_assist types (VMASST_TYPE_*, public/xen.h at 4.2; MAX_VMASST_TYPE 3) */
#define HT_VMASST_TYPE_FOUR_GB_SEGMENTS 0
#define HT_VMASST_TYPE_FOUR_GB_SEGMENTS_NOTIFY 1
#define HT_VMASST_TYPE_WRITABLE_PAGETABLES 2
#define HT_VMASST_TYPE_PAE_EXTENDED_CR3 3
#define HT_VMASST_TYPE_COUNT 4
/* vmasst_cmd: vm_assist commands (VMASST_CMD_*) */
#define HT_VMASST_CMD_ENABLE 0
#define HT_VMASST_CMD_DISABLE 1
#define HT_VMASST_CMD_COUNT 2
/* consoleio: console_io commands (CONSOLEIO_*) */
#define HT_CONSOLEIO_WRITE 0
#define HT_CONSOLEIO_READ 1
#define HT_CONSOLEIO_COUNT 2
/* nmi_op: nmi_op commands (XENNMI_*, public/nmi.h) */
#define HT_NMI_OP_REGISTER_CALLBACK 0
#define HT_NMI_OP_UNREGISTER_CALLBACK 1
#define HT_NMI_OP_COUNT 2
/* xenirqstat: irq_status_query flags (XENIRQSTAT_*) */
#define HT_XENIRQSTAT_NEEDS_EOI 1
#define HT_XENIRQSTAT_SHARED 2
#define HT_XENIRQSTAT_COUNT 2
/* resource_type: XENMEM_resource_* types of acquire_resource */
#define HT_RESOURCE_TYPE_IOREQ_SERVER 0
#define HT_RESOURCE_TYPE_GRANT_TABLE 1
#define HT_RESOURCE_TYPE_VMTRACE_BUF 2
#define HT_RESOURCE_TYPE_COUNT 3
/* bufioreq: HVM_IOREQSRV_BUFIOREQ_*: how an ioreq server takes buffered requests */
#define HT_BUFIOREQ_OFF 0
#define HT_BUFIOREQ_LEGACY 1
#define HT_BUFIOREQ_ATOMIC 2
#define HT_BUFIOREQ_COUNT 3
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
/* fork: XENMEM_FORK_* flags of fork and fork_reset (4.17) */
#define HT_FORK_WITH_IOMMU_ALLOWED 1
#define HT_FORK_BLOCK_INTERRUPTS 2
#define HT_FORK_RESET_STATE 4
#define HT_FORK_RESET_MEMORY 8
#define HT_FORK_COUNT 4
/* tmem_pool_flags: TMEM_POOL_* flags of new_pool (public/tmem.h): persistent, shared, precompressed, and the spec version 1 in bits 24-31 (the page size, bits 4-7, must be 0: 4 KiB) */
#define HT_TMEM_POOL_FLAGS_PERSIST 1
#define HT_TMEM_POOL_FLAGS_SHARED 2
#define HT_TMEM_POOL_FLAGS_PRECOMPRESSED 4
#define HT_TMEM_POOL_FLAGS_SPEC_V1 16777216
#define HT_TMEM_POOL_FLAGS_COUNT 4
/* runstate: vcpu run states (RUNSTATE_*, public/vcpu.h) */
#define HT_RUNSTATE_RUNNING 0
#define HT_RUNSTATE_RUNNABLE 1
#define HT_RUNSTATE_BLOCKED 2
#define HT_RUNSTATE_OFFLINE 3
#define HT_RUNSTATE_COUNT 4
/* sshot_flags: set_singleshot_timer flags (VCPU_SSHOTTMR_*) */
#define HT_SSHOT_FLAGS_FUTURE 1
#define HT_SSHOT_FLAGS_COUNT 1
/* xenver: xen_version sub-ops (XENVER_*, public/version.h at 4.2; build_id 10 came in 4.7) */
#define HT_XENVER_VERSION 0
#define HT_XENVER_EXTRAVERSION 1
#define HT_XENVER_COMPILE_INFO 2
#define HT_XENVER_CAPABILITIES 3
#define HT_XENVER_CHANGESET 4
#define HT_XENVER_PLATFORM_PARAMETERS 5
#define HT_XENVER_GET_FEATURES 6
#define HT_XENVER_PAGESIZE 7
#define HT_XENVER_GUEST_HANDLE 8
#define HT_XENVER_COMMANDLINE 9
#define HT_XENVER_COUNT 10
/* xenfeat: feature bits of submap 0 (XENFEAT_*, public/features.h at 4.2) */
#define HT_XENFEAT_WRITABLE_PAGE_TABLES 1
#define HT_XENFEAT_WRITABLE_DESCRIPTOR_TABLES 2
#define HT_XENFEAT_AUTO_TRANSLATED_PHYSMAP 4
#define HT_XENFEAT_SUPERVISOR_MODE_KERNEL 8
#define HT_XENFEAT_PAE_PGDIR_ABOVE_4GB 16
#define HT_XENFEAT_MMU_PT_UPDATE_PRESERVE_AD 32
#define HT_XENFEAT_HIGHMEM_ASSIST 64
#define HT_XENFEAT_GNTTAB_MAP_AVAIL_BITS 128
#define HT_XENFEAT_HVM_CALLBACK_VECTOR 256
#define HT_XENFEAT_HVM_SAFE_PVCLOCK 512
#define HT_XENFEAT_HVM_PIRQS 1024
#define HT_XENFEAT_DOM0 2048
#define HT_XENFEAT_MEMORY_OP_VNODE_SUPPORTED 8192
#define HT_XENFEAT_NOT_DIRECT_MAPPED 65536
#define HT_XENFEAT_DIRECT_MAPPED 131072
#define HT_XENFEAT_COUNT 15

/* Why a call returned what it did (the families' REASONS). */
enum ht_reason_id {
    HT_R_NONE,
    HT_R_REFUSED_UNKNOWN_CALL,
    HT_R_REFUSED_ARGUMENT_WIDTH,
    HT_R_REFUSED_CALLER,
    HT_R_REFUSED_CALLER_DOWN,
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
    HT_R_ABI_NO_SUCH_HYPERCALL,
    HT_R_ABI_HYPERCALL_NOT_MODELLED,
    HT_R_ABI_NO_SUCH_COMMAND,
    HT_R_ABI_COMMAND_NOT_MODELLED,
    HT_R_ABI_UNKNOWN_COMMAND,
    HT_R_ABI_SUBOP_NOT_MODELLED,
    HT_R_ABI_NOT_IN_CATALOGUE,
    HT_R_ABI_ARG_FAULT,
    HT_R_ABI_COPYBACK_FAULT,
    HT_R_ABI_INTERFACE_VERSION,
    HT_R_ABI_MULTICALL_NESTED,
    HT_R_ABI_MULTICALL_FAULT,
    HT_R_ABI_CONTINUATION,
    HT_R_ABI_START_EXTENT,
    HT_R_ABI_FIELD_TOO_WIDE,
    HT_R_ABI_FIELD_NOT_MODELLED,
    HT_R_ABI_LIST_TOO_LONG,
    HT_R_ABI_LIST_UNREPRESENTABLE,
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
    HT_R_SHARE_CLIENT_STALE_TUPLE,
    HT_R_SHARE_CLIENT_DEAD_TUPLE,
    HT_R_STALE_TUPLE_SHARED_AGAIN,
    HT_R_SHARE_SOURCE_HANDLE,
    HT_R_SHARE_CLIENT_HANDLE,
    HT_R_ADD_PHYSMAP_GREF,
    HT_R_ADD_PHYSMAP_NOT_HOLE,
    HT_R_ADD_PHYSMAP_NO_RMAP,
    HT_R_ADD_PHYSMAP_P2M_SET,
    HT_R_DEBUG_NOT_SHARED,
    HT_R_SHARING_NO_SUCH_OP,
    HT_R_RESUME_NO_RING_4_17,
    HT_R_SHARING_NOT_VMX,
    HT_R_RANGE_PAD,
    HT_R_RANGE_OPAQUE,
    HT_R_RANGE_NOT_PAUSED,
    HT_R_RANGE_BEYOND_MAX_GPFN,
    HT_R_FORK_FLAGS,
    HT_R_FORK_VCPUS,
    HT_R_FORK_NOT_PAUSED,
    HT_R_FORK_NOT_MODELLED,
    HT_R_FORK_NO_PARENT,
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
    HT_R_ACCESS_SANITY_4_17,
    HT_R_MONITOR_RING_PV_4_17,
    HT_R_ACCESS_NOT_INTEL,
    HT_R_ACCESS_NO_RING,
    HT_R_ACCESS_VALUE_BAD,
    HT_R_ACCESS_P2M_SET,
    HT_R_ACCESS_NO_FRAME,
    HT_R_ACCESS_UNREPORTABLE,
    HT_R_ACCESS_NO_SUCH_OP,
    HT_R_ACCESS_LIST_FAULT,
    HT_R_ACCESS_GFN_TOO_WIDE,
    HT_R_ACCESS_REQUIRED_SELF,
    HT_R_RESERVATION_NO_DOMAIN,
    HT_R_RESERVATION_NOT_PRIVILEGED,
    HT_R_RESERVATION_TOO_MANY,
    HT_R_RESERVATION_ADDRESS_BITS,
    HT_R_RESERVATION_ORDER,
    HT_R_DECREASE_GUEST_SLEEPS,
    HT_R_DECREASE_ORDER_UNDEFINED,
    HT_R_RESERVATION_NO_MEMORY,
    HT_R_RESERVATION_REMOVE_FAILED,
    HT_R_RESERVATION_COPY_FAULT,
    HT_R_POPULATE_BEYOND_P2M,
    HT_R_REMOVE_NO_PAGE,
    HT_R_REMOVE_PINNED,
    HT_R_REMOVE_NOT_TRANSLATED,
    HT_R_RESERVATION_PINNED,
    HT_R_REMOVE_XSM_DENIED,
    HT_R_REMOVE_FRAME_ORPHANED,
    HT_R_REMOVE_SHARED_TUPLE_DROPPED,
    HT_R_REMOVE_SHARED_TUPLE_STALE,
    HT_R_DESTROY_DEAD_DOMAINS_FULL,
    HT_R_MAXIMUM_GPFN_PV,
    HT_R_GETINFO_NONE,
    HT_R_NOT_DM_PRIVILEGED,
    HT_R_SET_TARGET_NO_TARGET,
    HT_R_SET_TARGET_TAKEN,
    HT_R_HVM_PARAM_RANGE,
    HT_R_MEM_TYPE_UNKNOWN,
    HT_R_MEM_TYPE_CANNOT_CHANGE,
    HT_R_MEM_TYPE_SHARED_NOMEM,
    HT_R_MEM_TYPE_PAGING,
    HT_R_MEM_TYPE_OTHER_FRAME,
    HT_R_MMIO_IS_RAM,
    HT_R_MMIO_NOT_HOLE,
    HT_R_MMIO_NOT_MAPPED,
    HT_R_MMIO_IOMEM_CAPS,
    HT_R_MMIO_MAP_COUNT_OVERFLOW,
    HT_R_MMIO_MAP_FRAME_TOO_WIDE,
    HT_R_MMIO_MAP_OVER_SHARED,
    HT_R_MMIO_MAP_OVER_PAGED,
    HT_R_MMIO_MAP_HOST_RAM,
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
    HT_R_CREATE_BAD_GRANT_FRAMES,
    HT_R_CREATE_BAD_VMTRACE,
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
    HT_R_GUEST_UNSHARE_NOMEM_DROPPED,
    HT_R_GUEST_ACCESS_REQUIRED_CRASH,
    HT_R_GUEST_WRITE_DISCARDED,
    HT_R_FOREIGN_PAGED,
    HT_R_FOREIGN_PAGING_IN_NO_FRAME,
    HT_R_GUEST_PAGING_IN_SPURIOUS,
    HT_R_FOREIGN_NO_RAM,
    HT_R_FOREIGN_UNSHARE_NOMEM,
    HT_R_MAP_TABLE_FULL,
    HT_R_MAP_REFS_LIMIT,
    HT_R_MAPPING_BAD,
    HT_R_GRANT_TABLE_FULL,
    HT_R_GRANT_NOT_GRANTED,
    HT_R_GRANT_STILL_MAPPED,
    HT_R_GRANT_READ_ONLY,
    HT_R_GRANT_OTHER_DOMAIN,
    HT_R_GRANT_PV_FRAME_NOT_OWNED,
    HT_R_GRANT_PAGED,
    HT_R_GRANT_NO_RAM,
    HT_R_GRANT_UNSHARE_FAILED,
    HT_R_VM_EVENT_NO_SUCH_OP,
    HT_R_EVTCHN_NO_FREE_PORT,
    HT_R_EVTCHN_NO_BUCKET,
    HT_R_EVTCHN_DYING,
    HT_R_EVTCHN_COPY_IN,
    HT_R_EVTCHN_COPY_OUT,
    HT_R_EVTCHN_BAD_PORT,
    HT_R_EVTCHN_XEN_CONSUMER,
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
    HT_R_GNT_VERSION_BAD,
    HT_R_GNT_VERSION_SAME,
    HT_R_GNT_ENTRIES_IN_USE,
    HT_R_GNT_STATUS_MAPPED,
    HT_R_GNT_POOL_EXHAUSTED,
    HT_R_GNT_RES_DYING,
    HT_R_GNT_RES_BEYOND_MAX,
    HT_R_GNT_RES_STATUS_V1,
    HT_R_GNT_RES_NO_MEMORY,
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
    HT_R_MEMOP_UNKNOWN_42,
    HT_R_DM_OP_UNKNOWN_42,
    HT_R_RES_CALLER_TRANSLATED,
    HT_R_RES_PAD,
    HT_R_RES_FRAME_RANGE,
    HT_R_RES_NO_FRAMES,
    HT_R_RES_SIZE_QUERY_ARGS,
    HT_R_RES_NR_RANGE,
    HT_R_RES_LIST_SHORT,
    HT_R_RES_UNKNOWN_TYPE,
    HT_R_RES_CALLER_TRANSLATED_LATE,
    HT_R_RES_MAP_EMPTY,
    HT_R_RES_NOT_A_MAPPING,
    HT_R_RES_MAPPED_FULL,
    HT_R_IOREQ_ID_WIDE,
    HT_R_IOREQ_NO_SERVER,
    HT_R_IOREQ_NOT_EMULATOR,
    HT_R_IOREQ_NO_MEMORY,
    HT_R_IOREQ_NO_BUFIOREQ,
    HT_R_IOREQ_BAD_FRAME,
    HT_R_IOREQ_BAD_BUFIOREQ,
    HT_R_IOREQ_NO_STRUCT,
    HT_R_IOREQ_TABLE_FULL,
    HT_R_IOREQ_DYING,
    HT_R_VMTRACE_NO_VCPU,
    HT_R_VMTRACE_BEYOND,
    HT_R_TMEM_DISABLED,
    HT_R_TMEM_REMOVED,
    HT_R_TMEM_NO_CLIENT,
    HT_R_TMEM_NO_POOL,
    HT_R_TMEM_SPEC_VERSION,
    HT_R_TMEM_PAGE_SIZE,
    HT_R_TMEM_PRECOMPRESSED,
    HT_R_TMEM_RESERVED_BITS,
    HT_R_TMEM_POOL_ALLOC,
    HT_R_TMEM_NO_SLOT,
    HT_R_TMEM_NO_SHARED_SLOT,
    HT_R_TMEM_RESTORE_NO_TARGET,
    HT_R_TMEM_RESTORE_NO_CALLER_CLIENT,
    HT_R_TMEM_POOL_CREATED,
    HT_R_TMEM_POOL_JOINED,
    HT_R_TMEM_POOL_MADE_PRIVATE,
    HT_R_TMEM_DESTROY_NO_POOL,
    HT_R_TMEM_DESTROY_LEAKED,
    HT_R_TMEM_FROZEN,
    HT_R_TMEM_DUP_MIGRATING,
    HT_R_TMEM_DUP_NO_FRAME,
    HT_R_TMEM_NO_METADATA,
    HT_R_TMEM_MAX_PAGES,
    HT_R_TMEM_NO_FRAME,
    HT_R_TMEM_BAD_CMFN,
    HT_R_TMEM_RANGE_FIELD,
    HT_R_TMEM_RANGE_SUM,
    HT_R_TMEM_RANGE_IGNORED,
    HT_R_TMEM_PUT_DUP,
    HT_R_TMEM_EMPTY,
    HT_R_TMEM_MISS,
    HT_R_TMEM_GET_DESTRUCTIVE,
    HT_R_TMEM_COPY_FAILED_DROPPED,
    HT_R_TMEM_XCHG,
    HT_R_TMEM_UNKNOWN_CMD,
    HT_R_TMEM_CMD_HAS_CALL,
    HT_R_TMEM_SUBOP_HAS_CALL,
    HT_R_TMEM_LONG_LIST,
    HT_R_TMEM_NEGATIVE_READBACK,
    HT_R_TMEM_NOT_PRIVILEGED,
    HT_R_TMEM_CTL_NO_CLIENT,
    HT_R_TMEM_CTL_NOT_ALL,
    HT_R_TMEM_CTL_NO_POOL,
    HT_R_TMEM_CTL_EPHEMERAL,
    HT_R_TMEM_CTL_SMALL_BUFFER,
    HT_R_TMEM_CTL_END_OF_PAGES,
    HT_R_TMEM_CTL_RESTORE_EXISTS,
    HT_R_TMEM_CTL_SENTINEL,
    HT_R_TMEM_CTL_UNKNOWN_SUBOP,
    HT_R_TMEM_CTL_UUID_FALLTHROUGH,
    HT_R_TMEM_CTL_RESTORE_BIG,
    HT_R_TMEM_SAVE_NOTHING,
    HT_R_TMEM_AUTH_NO_CLIENT,
    HT_R_TMEM_AUTH_FULL,
    HT_R_EXCH_PROGRESS_BAD,
    HT_R_EXCH_DOMIDS,
    HT_R_EXCH_ORDER,
    HT_R_EXCH_OVERFLOW,
    HT_R_EXCH_SIZES,
    HT_R_EXCH_LIST_RANGE,
    HT_R_EXCH_MULTIPAGE,
    HT_R_EXCH_MISSING_DOMAIN_OK,
    HT_R_EXCH_SHARED_NOMEM,
    HT_R_EXCH_NO_PAGE,
    HT_R_EXCH_STEAL,
    HT_R_EXCH_ALLOC,
    HT_R_EXCH_COPY_FAULT,
    HT_R_PIN_UNSUPPORTED,
    HT_R_MEMOP_OTHER_CALL_4_17,
    HT_R_PIN_ALREADY,
    HT_R_PIN_NOT_RW,
    HT_R_PIN_INTERNAL,
    HT_R_PIN_NOT_PINNED,
    HT_R_CLOCK_OVERFLOW,
    HT_R_CLOCK_LIVELOCK,
    HT_R_TOOLSTACK_NOT_PRIV,
    HT_R_CREATE_FLAGS,
    HT_R_CREATE_ID_IN_USE,
    HT_R_CREATE_NO_ID,
    HT_R_CREATE_NO_ROOM,
    HT_R_CREATE_GRANT_OPTS,
    HT_R_CREATE_NO_VCPUS,
    HT_R_CREATE_GRANT_VERSION,
    HT_R_CREATE_GRANT_FRAMES,
    HT_R_KILL_SELF,
    HT_R_KILL_DYING,
    HT_R_GETINFO_NO_DOMAIN,
    HT_R_INFOLIST_FAULT,
    HT_R_INFOLIST_LAST_DENIED,
    HT_R_PARAM_RANGE,
    HT_R_PFINFO_TOO_MANY,
    HT_R_PFINFO_NO_BOUNCE,
    HT_R_PFINFO_FAULT,
    HT_R_PVH_DOM0_MAPPING,
    HT_R_RING_HVM_HARDWARE_DOMAIN,
    HT_R_MONITOR_NOT_PRIV,
    HT_R_MONITOR_NO_OP,
    HT_R_VCPU_RANGE,
    HT_R_VCPU_DOWN_LAST_4_17,
    HT_R_VCPU_MISSING,
    HT_R_VCPU_COPY_FAULT,
    HT_R_VCPU_CONTEXT_NOMEM,
    HT_R_VCPU_ALREADY_INITIALISED,
    HT_R_VCPU_PV_CONTEXT_UNSUPPORTED,
    HT_R_VCPU_NOT_INITIALISED,
    HT_R_VCPU_ADDR_RESERVED,
    HT_R_VCPU_PERIOD_SHORT,
    HT_R_VCPU_PERIOD_LONG,
    HT_R_VCPU_NOT_SELF,
    HT_R_VCPU_DEADLINE_PAST,
    HT_R_VCPU_INFO_OFFSET,
    HT_R_VCPU_INFO_OFFSET_4_17,
    HT_R_VCPU_INFO_GFN_FIXUP_4_17,
    HT_R_VCPU_HVM_CONTEXT_UNSUPPORTED,
    HT_R_VCPU_INFO_REGISTERED,
    HT_R_VCPU_INFO_HVM_4_2_0,
    HT_R_VCPU_INFO_NOT_DOWN,
    HT_R_VCPU_INFO_BAD_FRAME,
    HT_R_VCPU_INFO_NO_MAP,
    HT_R_VCPU_NMI_ARG,
    HT_R_VCPU_NOT_PINNED,
    HT_R_VCPU_UNKNOWN_CMD,
    HT_R_VCPU_RAW_HAS_CALL,
    HT_R_TIMER_HUGE,
    HT_R_GUEST_NO_VCPU,
    HT_R_XENVER_COPY_FAULT,
    HT_R_XENVER_SUBMAP,
    HT_R_XENVER_PAGESIZE_ARG,
    HT_R_XENVER_UNKNOWN_CMD,
    HT_R_XENVER_DENIED,
    HT_R_XENVER_BUILD_ID,
    HT_R_XENVER_RAW_HAS_CALL,
    HT_R_MULTICALL_NESTED,
    HT_R_MULTICALL_SHORT,
    HT_R_MULTICALL_BAD_ENTRY,
    HT_R_MULTICALL_ENTRY_UNSUPPORTED,
    HT_R_MULTICALL_EXIT,
    HT_R_MULTICALL_NO_PROGRESS,
    HT_R_MULTICALL_STACK,
    HT_R_PV_STATE_UNSUPPORTED,
    HT_R_PV_PHYSDEV_UNSUPPORTED,
    HT_R_PHYSDEV_HVM_UNSUPPORTED,
    HT_R_PHYSDEV_COPY_FAULT,
    HT_R_PHYSDEV_IRQ_RANGE,
    HT_R_PHYSDEV_PIRQ_UNMAPPED,
    HT_R_VMASST_TYPE,
    HT_R_VMASST_CMD,
    HT_R_MMUEXT_CONTINUATION,
    HT_R_MMUEXT_OWNER_SELF,
    HT_R_MMUEXT_NO_OWNER,
    HT_R_MMUEXT_OWNER_NOT_PV,
    HT_R_MMUEXT_NOT_PRIVILEGED,
    HT_R_MMUEXT_OPS_UNSUPPORTED,
    HT_R_NMI_COPY_FAULT,
    HT_R_NMI_NOT_DOM0_VCPU0,
    HT_R_NMI_NOT_CANONICAL,
    HT_R_CONSOLE_NOT_DOM0,
    HT_R_CONSOLE_COPY_FAULT,
    HT_R_CONSOLE_UNKNOWN_CMD,
    HT_R_CONSOLE_READ_TOO_BIG,
    HT_R_CONSOLE_RAW_HAS_CALL,
    HT_R_RAW_NO_HANDLER,
    HT_R_RAW_DISPATCHED,
    HT_R_SERIAL_SHORT,
    HT_R_SERIAL_RING_FULL,
    HT_R_SERIAL_FOR_XEN,
    HT_R_GRANT_ENTRY_BEYOND,
    HT_R_GRANT_ENTRY_DYING,
    HT_R_GNT_SETUP_COUNT,
    HT_R_GNT_SETUP_COPY_IN,
    HT_R_GNT_SETUP_COPY_OUT,
    HT_R_GNT_SETUP_LIST_FAULT,
    HT_R_GNT_SETUP_TOO_MANY,
    HT_R_GNT_SETUP_BAD_DOMAIN,
    HT_R_GNT_SETUP_DENIED,
    HT_R_GNT_SETUP_NO_MEMORY,
    HT_R_GNT_SETUP_BAD_VIRT_ADDR,
    HT_R_GNT_SETUP_DYING,
    HT_R_NO_MEM_SHARING,
    HT_R_NO_MEM_PAGING,
    HT_R_AUDIT_RELEASE,
    HT_R_HVM_NO_HYPERCALL,
    HT_R_HVM_SUBOP_FILTERED,
    HT_R_HVM_4_17_PATH,
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
    HT_INV_EVTCHN_DYING_CLOSED,
    HT_INV_EVTCHN_LOWEST_FREE,
    HT_INV_EVTCHN_FRESH_NOT_PENDING,
    HT_INV_GNT_BOUNDS,
    HT_INV_SHUTDOWN_REASON,
    HT_INV_RES_MAPPED,
    HT_INV_RES_SIZE,
    HT_INV_IOREQ_PAGES,
    HT_INV_IOREQ_EMULATOR_ONLY,
    HT_INV_HOST_LOCKS,
    HT_INV_TMEM_SLOTS,
    HT_INV_TMEM_PAGES,
    HT_INV_TMEM_FRAMES,
    HT_INV_TMEM_DATA,
    HT_INV_EXCH,
    HT_INV_PIN,
    HT_INV_VCPU_STATE,
    HT_INV_VCPU_TIMERS,
    HT_INV_XENVER_STRINGS,
    HT_INV_MULTICALL_ENTRIES,
    HT_INV_MULTICALL_NESTING,
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
    HT_BUG_ADD_PHYSMAP_LEAKS_PAGING_IN,
    HT_BUG_RELINQUISH_SKIPS_LAST_GFN,
    HT_BUG_PAGED_DROP_DRIFT,
    HT_BUG_PHYSMAP_ADD_PAGING_IN_OOB,
    HT_BUG_PAGING_RESUME_UNPREPARED,
    HT_BUG_SET_ACCESS_UNCHECKED,
    HT_BUG_GET_DEFAULT_ACCESS_OOB,
    HT_BUG_REMOVE_PHYSMAP_SHARED,
    HT_BUG_RESPONSE_VCPU_UNCHECKED,
    HT_BUG_EVTCHN_BUCKET_DANGLING,
    HT_BUG_GET_FREE_PORT_IGNORES_ERROR,
    HT_BUG_POLL_UNALLOCATED_BUCKET,
    HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE,
    HT_BUG_CLOSE_LEAVES_PEER_BOUND,
    HT_BUG_CLOSE_FREES_PORT_ZERO,
    HT_BUG_ALLOC_NEXT_FIT,
    HT_BUG_EVTCHN_RESET_LEAVES_PEER,
    HT_BUG_PIRQ_CLOSE_SKIPS_UNLINK,
    HT_BUG_GLOBAL_VIRQ_CLOSE_WRONG_VCPU,
    HT_BUG_EVTCHN_FREE_KEEPS_VCPU,
    HT_BUG_EVTCHN_PORT_VALID_SHRINKS,
    HT_BUG_EVTCHN_ALLOC_IN_DYING_DOMAIN,
    HT_BUG_EVTCHN_CLOSE_KEEPS_PENDING,
    HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED,
    HT_BUG_GNTTAB_GROWN_STATUS_UNCHECKED,
    HT_BUG_GNTTAB_STATUS_LEFT_LISTED,
    HT_BUG_GNTTAB_GROW_FAILURE_FREES_LISTED,
    HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE,
    HT_BUG_ACQUIRE_UNKNOWN_TYPE_SIZE,
    HT_BUG_ACQUIRE_EACCES_NO_UNLOCK,
    HT_BUG_IOREQ_PAGES_FREED_WHILE_MAPPED,
    HT_BUG_IOREQ_EMULATOR_UNREFERENCED,
    HT_BUG_IOREQ_CREATE_FULL_WRITES_PAST,
    HT_BUG_IOREQ_DESTROY_BY_OTHER_EMULATOR,
    HT_BUG_TMEM_DESTROY_POOL_UNCHECKED,
    HT_BUG_TMEM_POOL_ID_SIGNED,
    HT_BUG_TMEM_SAVE_NULL_CLIENT,
    HT_BUG_TMEM_CMFN_UNCHECKED,
    HT_BUG_TMEM_COPY_OVERFLOW,
    HT_BUG_TMEM_GET_BAD_COPY_LOCK,
    HT_BUG_TMEM_GET_BAD_COPY_ORPHAN,
    HT_BUG_TMEM_LIST_OVERFLOW,
    HT_BUG_TMEM_DESTROY_MIGRATING_LEAK,
    HT_BUG_TMEM_REASSIGN_SPLICES_ALL,
    HT_BUG_TMEM_QUIT_DROPS_EVERY_SLOT,
    HT_BUG_TMEM_RELINQUISH_DEADLOCK,
    HT_BUG_TMEM_SAVE_CURSOR_DANGLING,
    HT_BUG_EXCHANGE_MISSING_DOMAIN_OK,
    HT_BUG_EXCHANGE_UNCHECKED_LISTS,
    HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED,
    HT_BUG_EXCHANGE_FAIL_FREES_STOLEN,
    HT_BUG_PERIODIC_TIMER_OVERFLOW,
    HT_BUG_VCPU_UP_UNINITIALISED,
    HT_BUG_XEN_VERSION_STACK_LEAK,
    HT_BUG_MULTICALL_PREEMPT_FIRST,
    HT_BUG_MULTICALL_IRET_CONTINUES,
    HT_BUG_MULTICALL_REENTRY,
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
    HT_CALL_memshr_range_share = 12,
    HT_CALL_memshr_fork = 13,
    HT_CALL_memshr_fork_reset = 14,
    HT_CALL_sharing_freed_pages = 15,
    HT_CALL_sharing_used_frames = 16,
    HT_CALL_mem_paging_enable = 17,
    HT_CALL_mem_paging_disable = 18,
    HT_CALL_mem_paging_nominate = 19,
    HT_CALL_mem_paging_evict = 20,
    HT_CALL_mem_paging_prep = 21,
    HT_CALL_mem_paging_load = 22,
    HT_CALL_mem_access_enable = 23,
    HT_CALL_mem_access_disable = 24,
    HT_CALL_mem_access_resume = 25,
    HT_CALL_hvm_set_mem_access = 26,
    HT_CALL_hvm_get_mem_access = 27,
    HT_CALL_mem_access_set_multi = 28,
    HT_CALL_set_access_required = 29,
    HT_CALL_increase_reservation = 30,
    HT_CALL_decrease_reservation = 31,
    HT_CALL_populate_physmap = 32,
    HT_CALL_current_reservation = 33,
    HT_CALL_maximum_reservation = 34,
    HT_CALL_maximum_ram_page = 35,
    HT_CALL_remove_from_physmap = 36,
    HT_CALL_maximum_gpfn = 37,
    HT_CALL_domain_getinfo = 38,
    HT_CALL_domain_setmaxmem = 39,
    HT_CALL_domain_set_target = 40,
    HT_CALL_domain_pause = 41,
    HT_CALL_domain_unpause = 42,
    HT_CALL_domain_create = 43,
    HT_CALL_domain_destroy = 44,
    HT_CALL_caller_privilege = 45,
    HT_CALL_set_hvm_param = 46,
    HT_CALL_assign_device = 47,
    HT_CALL_hvm_set_mem_type = 48,
    HT_CALL_shadow_logdirty = 49,
    HT_CALL_domain_memory_mapping = 50,
    HT_CALL_guest_read = 51,
    HT_CALL_guest_write = 52,
    HT_CALL_guest_exec = 53,
    HT_CALL_foreign_map = 54,
    HT_CALL_foreign_unmap = 55,
    HT_CALL_grant_access = 56,
    HT_CALL_grant_end_access = 57,
    HT_CALL_grant_map = 58,
    HT_CALL_grant_unmap = 59,
    HT_CALL_ring_get_request = 60,
    HT_CALL_ring_put_response = 61,
    HT_CALL_ring_put_response_versioned = 62,
    HT_CALL_evtchn_send = 63,
    HT_CALL_domain_set_max_evtchn = 64,
    HT_CALL_vm_event_resume = 65,
    HT_CALL_vm_event_get_version = 66,
    HT_CALL_inject_fault = 67,
    HT_CALL_evtchn_alloc_unbound = 68,
    HT_CALL_evtchn_bind_interdomain = 69,
    HT_CALL_evtchn_bind_virq = 70,
    HT_CALL_evtchn_bind_ipi = 71,
    HT_CALL_evtchn_bind_pirq = 72,
    HT_CALL_evtchn_close = 73,
    HT_CALL_evtchn_notify = 74,
    HT_CALL_evtchn_status = 75,
    HT_CALL_evtchn_bind_vcpu = 76,
    HT_CALL_evtchn_unmask = 77,
    HT_CALL_evtchn_reset = 78,
    HT_CALL_evtchn_op_raw = 79,
    HT_CALL_evtchn_guest_mask = 80,
    HT_CALL_evtchn_guest_clear = 81,
    HT_CALL_evtchn_guest_upcall = 82,
    HT_CALL_evtchn_guest_upcall_mask = 83,
    HT_CALL_evtchn_raise_virq = 84,
    HT_CALL_gnttab_set_version = 85,
    HT_CALL_sched_yield = 86,
    HT_CALL_sched_block = 87,
    HT_CALL_sched_shutdown = 88,
    HT_CALL_sched_shutdown_code = 89,
    HT_CALL_sched_poll = 90,
    HT_CALL_sched_remote_shutdown = 91,
    HT_CALL_sched_watchdog = 92,
    HT_CALL_sched_op_raw = 93,
    HT_CALL_domain_resume = 94,
    HT_CALL_sched_watchdog_expire = 95,
    HT_CALL_sched_poll_timeout = 96,
    HT_CALL_acquire_resource = 97,
    HT_CALL_resource_size = 98,
    HT_CALL_map_resource = 99,
    HT_CALL_unmap_resource = 100,
    HT_CALL_ioreq_server_create = 101,
    HT_CALL_ioreq_server_destroy = 102,
    HT_CALL_tmem_new_pool = 103,
    HT_CALL_tmem_destroy_pool = 104,
    HT_CALL_tmem_new_page = 105,
    HT_CALL_tmem_put_page = 106,
    HT_CALL_tmem_get_page = 107,
    HT_CALL_tmem_flush_page = 108,
    HT_CALL_tmem_flush_object = 109,
    HT_CALL_tmem_read = 110,
    HT_CALL_tmem_write = 111,
    HT_CALL_tmem_xchg = 112,
    HT_CALL_tmem_op_other = 113,
    HT_CALL_tmem_auth = 114,
    HT_CALL_tmem_restore_new_pool = 115,
    HT_CALL_tmem_control_thaw = 116,
    HT_CALL_tmem_control_freeze = 117,
    HT_CALL_tmem_control_flush = 118,
    HT_CALL_tmem_control_destroy = 119,
    HT_CALL_tmem_control_list = 120,
    HT_CALL_tmem_control_set_weight = 121,
    HT_CALL_tmem_control_set_cap = 122,
    HT_CALL_tmem_control_set_compress = 123,
    HT_CALL_tmem_control_query_freeable_mb = 124,
    HT_CALL_tmem_control_save_begin = 125,
    HT_CALL_tmem_control_save_get_version = 126,
    HT_CALL_tmem_control_save_get_maxpools = 127,
    HT_CALL_tmem_control_save_get_client_weight = 128,
    HT_CALL_tmem_control_save_get_client_cap = 129,
    HT_CALL_tmem_control_save_get_client_flags = 130,
    HT_CALL_tmem_control_save_get_pool_flags = 131,
    HT_CALL_tmem_control_save_get_pool_npages = 132,
    HT_CALL_tmem_control_save_get_pool_uuid = 133,
    HT_CALL_tmem_control_save_get_next_page = 134,
    HT_CALL_tmem_control_save_get_next_inv = 135,
    HT_CALL_tmem_control_save_end = 136,
    HT_CALL_tmem_control_restore_begin = 137,
    HT_CALL_tmem_control_restore_put_page = 138,
    HT_CALL_tmem_control_restore_flush_page = 139,
    HT_CALL_tmem_control_other = 140,
    HT_CALL_memory_exchange = 141,
    HT_CALL_memory_exchange_and_pin = 142,
    HT_CALL_memory_unpin = 143,
    HT_CALL_advance_time = 144,
    HT_CALL_createdomain = 145,
    HT_CALL_destroydomain = 146,
    HT_CALL_getdomaininfo = 147,
    HT_CALL_getdomaininfolist = 148,
    HT_CALL_physinfo = 149,
    HT_CALL_get_hvm_param = 150,
    HT_CALL_getpageframeinfo3 = 151,
    HT_CALL_monitor_op = 152,
    HT_CALL_vcpu_initialise = 153,
    HT_CALL_vcpu_up = 154,
    HT_CALL_vcpu_down = 155,
    HT_CALL_vcpu_is_up = 156,
    HT_CALL_vcpu_get_runstate_info = 157,
    HT_CALL_vcpu_register_runstate_memory_area = 158,
    HT_CALL_vcpu_set_periodic_timer = 159,
    HT_CALL_vcpu_stop_periodic_timer = 160,
    HT_CALL_vcpu_set_singleshot_timer = 161,
    HT_CALL_vcpu_stop_singleshot_timer = 162,
    HT_CALL_vcpu_register_vcpu_info = 163,
    HT_CALL_vcpu_send_nmi = 164,
    HT_CALL_vcpu_get_physid = 165,
    HT_CALL_vcpu_register_vcpu_time_memory_area = 166,
    HT_CALL_vcpu_op_raw = 167,
    HT_CALL_set_timer_op = 168,
    HT_CALL_guest_timer_interrupt = 169,
    HT_CALL_xenver_version = 170,
    HT_CALL_xenver_extraversion = 171,
    HT_CALL_xenver_compile_info = 172,
    HT_CALL_xenver_capabilities = 173,
    HT_CALL_xenver_changeset = 174,
    HT_CALL_xenver_platform_parameters = 175,
    HT_CALL_xenver_get_features = 176,
    HT_CALL_xenver_pagesize = 177,
    HT_CALL_xenver_guest_handle = 178,
    HT_CALL_xenver_commandline = 179,
    HT_CALL_xenver_raw = 180,
    HT_CALL_multicall = 181,
    HT_CALL_set_trap_table = 182,
    HT_CALL_mmu_update = 183,
    HT_CALL_set_gdt = 184,
    HT_CALL_stack_switch = 185,
    HT_CALL_set_callbacks = 186,
    HT_CALL_fpu_taskswitch = 187,
    HT_CALL_set_debugreg = 188,
    HT_CALL_get_debugreg = 189,
    HT_CALL_update_descriptor = 190,
    HT_CALL_update_va_mapping = 191,
    HT_CALL_iret = 192,
    HT_CALL_set_segment_base = 193,
    HT_CALL_mmuext_op = 194,
    HT_CALL_physdev_set_iopl = 195,
    HT_CALL_physdev_irq_unmask_notify = 196,
    HT_CALL_physdev_set_iobitmap = 197,
    HT_CALL_physdev_apic_read = 198,
    HT_CALL_physdev_apic_write = 199,
    HT_CALL_physdev_alloc_irq_vector = 200,
    HT_CALL_physdev_irq_status_query = 201,
    HT_CALL_physdev_op_raw = 202,
    HT_CALL_vm_assist = 203,
    HT_CALL_nmi_op_register = 204,
    HT_CALL_nmi_op_unregister = 205,
    HT_CALL_console_io_write = 206,
    HT_CALL_console_io_read = 207,
    HT_CALL_console_io_raw = 208,
    HT_CALL_hypercall_raw = 209,
    HT_CALL_serial_input = 210,
    HT_CALL_serial_output = 211,
    HT_CALL_grant_entry_write = 212,
    HT_CALL_gnttab_setup_table = 213,
    HT_CALL_gnttab_query_size = 214,
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
    /* The field holding a call id (Field.call_id: a batch entry's call), 0xff none. */
    uint8_t call_field;
    /* Fields with a default (Field.default, the value callers pass; the fuzz decoder
     * favours it as an argument's): has_default 1, and the value. */
    uint8_t field_has_default[HT_MAX_FIELDS];
    uint64_t field_default[HT_MAX_FIELDS];
    /* Fields with a boundary (Field.boundary, where the handler's check changes its
     * answer; the fuzz decoder picks it and values past it): has 1, and the value. */
    uint8_t field_has_boundary[HT_MAX_FIELDS];
    uint64_t field_boundary[HT_MAX_FIELDS];
};

#define HT_NO_HYPERCALL 0xff

struct ht_call_desc {
    const char *name;
    uint8_t kind, returns, nargs, nouts;
    uint8_t family;                 /* HT_FAMILY_* */
    uint8_t caller;                 /* HT_CALLER_* */
    uint8_t remaps;                 /* 1: an argument names a resource replay remaps;
                                       2: an output makes one */
    uint8_t nlists;
    uint8_t hypercall;              /* the hypercall it is issued through (Numbers),
                                       HT_NO_HYPERCALL for an event or no number */
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
    /* Flag sets: the OR of their values (0: not a flag set); the fuzz decoder draws
     * combinations of them. */
    uint64_t arg_flag_mask[HT_MAX_ARGS];
    /* Scalars with a default (Arg.default, the value the text form may omit; the fuzz
     * decoder favours it): has_default 1, and the value. */
    uint8_t arg_has_default[HT_MAX_ARGS];
    uint64_t arg_default[HT_MAX_ARGS];
    /* Scalars with a sentinel (Arg.sentinel, a value the interface gives a meaning
     * of its own; the fuzz decoder picks it now and then): has_sentinel 1, and the
     * value. */
    uint8_t arg_has_sentinel[HT_MAX_ARGS];
    uint64_t arg_sentinel[HT_MAX_ARGS];
    /* Arg.fuzz_uses, for the fuzz decoder only: when argument hint_slot has the value
     * hint_value, this one names a live HT_RES_* hint_uses (HT_RES_NONE: no hint). */
    uint8_t arg_hint_uses[HT_MAX_ARGS];
    uint8_t arg_hint_slot[HT_MAX_ARGS];
    uint64_t arg_hint_value[HT_MAX_ARGS];
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
extern const struct ht_family_ops ht_family_gnttab;
extern const struct ht_family_ops ht_family_sched;
extern const struct ht_family_ops ht_family_resource;
extern const struct ht_family_ops ht_family_tmem;
extern const struct ht_family_ops ht_family_exchange;
extern const struct ht_family_ops ht_family_clock;
extern const struct ht_family_ops ht_family_toolstack;
extern const struct ht_family_ops ht_family_monitor;
extern const struct ht_family_ops ht_family_vcpu;
extern const struct ht_family_ops ht_family_xenver;
extern const struct ht_family_ops ht_family_multicall;
extern const struct ht_family_ops ht_family_pvonly;
extern const struct ht_family_ops ht_family_gntbytes;
extern const struct ht_family_ops ht_family_gntsize;
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
