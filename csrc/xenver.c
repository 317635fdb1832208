/*
 * xen_version (do_xen_version, xen/common/kernel.c at RELEASE-4.2.0): one handler per
 * sub-op, and the xenver.1 check on what the string sub-ops return.
 *
 * What the emulated hypervisor says about its build is fixed per profile (BUILD below):
 * doc and xen-4.2 follow 4.2.0 (the seed says only "major:minor (16:16)"), xen-4.17
 * follows 4.17.0 (do_xen_version, common/kernel.c at RELEASE-4.17.0: the same sub-ops plus
 * build_id, and feature bits of its own, features_4_17).  Strings are copied as Xen does: safe_strcpy into a fixed buffer,
 * then the whole buffer to the guest.
 */
#include <string.h>

#include "engine.h"

/* The build the engine stands for (xen/Makefile and include/xen/compile.h at 4.2.0; the
 * compile details are the emulated build's, and a tarball build's changeset reads
 * "unavailable"). */
struct build {
    uint32_t major, minor;
    const char *extraversion;
    const char *compiler, *compile_by, *compile_domain, *compile_date;
    const char *changeset;
    const char *commandline;
};

#define BUILD_4_2_0                                                                         \
    {                                                                                       \
        4, 2, ".0", "gcc (GCC) 4.7.2", "haptrace", "localdomain",                          \
            "Mon Sep 17 12:00:00 UTC 2012", "unavailable", "console=com1 com1=115200,8n1"   \
    }

/* xen/Makefile at RELEASE-4.17.0 (XEN_VERSION 4, XEN_SUBVERSION 17, XEN_EXTRAVERSION
 * ".0"); the compiler is Debian 12's, whose 4.17 build the xen-4.17 profile stands for. */
#define BUILD_4_17_0                                                                        \
    {                                                                                       \
        4, 17, ".0", "gcc (Debian 12.2.0-14) 12.2.0", "haptrace", "localdomain",          \
            "Mon Dec 12 12:00:00 UTC 2022", "unavailable", "console=com1 com1=115200,8n1"   \
    }

static const struct build BUILD[HT_NPROFILES] = {
    [HT_PROFILE_DOC] = BUILD_4_2_0,
    [HT_PROFILE_XEN_4_2] = BUILD_4_2_0,
    [HT_PROFILE_XEN_4_17] = BUILD_4_17_0,
};

/* Sizes of the public structures (public/version.h). */
#define EXTRAVERSION_LEN 16
#define COMPILER_LEN 64
#define COMPILE_BY_LEN 16
#define COMPILE_DOMAIN_LEN 32
#define COMPILE_DATE_LEN 32
#define CAPABILITIES_LEN 1024
#define CHANGESET_LEN 64
#define GUEST_HANDLE_LEN 16
#define COMMANDLINE_LEN 1024
#define PAGE_BYTES 4096
#define XENVER_BUILD_ID 10  /* public/version.h at RELEASE-4.17.0 */

/* HYPERVISOR_VIRT_START (asm-x86/config.h): x86_64, and x86_32 with PAE. */
#define VIRT_START_X86_64 0xffff800000000000ull
#define VIRT_START_X86_32 0xf5800000ull

static const struct build *build(const ht_machine *m)
{
    return &BUILD[m->profile];
}

/* What 4.2.0 leaves in a stack buffer it did not clear: the planted bug's bytes (never 0,
 * so the leak shows). */
static uint8_t stack_byte(uint32_t i)
{
    return (uint8_t)(0x5au ^ (i * 13u)) | 1u;
}

/* safe_strcpy(field, text) into bytes [at, at + len) of an OUT list, the rest of the field
 * zero (the pre-filled buffer of fe2e079f64) or, with the bug on and `leaks` (a buffer
 * 4.2.0 did not clear), the old stack contents. */
static void put_string(ht_machine *m, ht_list *out, uint32_t at, uint32_t len,
                       const char *text, bool leaks)
{
    bool stack = leaks && ht_bug(m, HT_BUG_XEN_VERSION_STACK_LEAK);
    size_t n = strlen(text);
    if (n > len - 1)
        n = len - 1;
    for (uint32_t i = 0; i < len; i++) {
        uint8_t byte = i < n ? (uint8_t)text[i] : (i == n || !stack) ? 0 : stack_byte(i);
        ht_list_put(out, at + i, 0, byte);
    }
}

/* 4.17's deny (do_xen_version, common/kernel.c, RELEASE-4.17.0: "deny =
 * !!xsm_xen_version(XSM_OTHER, cmd)"): the dummy policy (xsm_xen_version, xsm/dummy.h)
 * lets every domain have version, platform_parameters, get_features (no check) and
 * extraversion, compile_info, capabilities, changeset, pagesize, guest_handle (XSM_HOOK);
 * any other sub-op (commandline, build_id) is XSM_PRIV: denied to all but the control
 * domain.  4.2 has no such check (every domain gets every sub-op). */
#define XEN_DENY "<denied>"  /* xen_deny(), common/version.c at RELEASE-4.17.0 */

static bool denied_4_17(const ht_machine *m)
{
    return m->profile == HT_PROFILE_XEN_4_17 && !caller_is_priv(m);
}

/* Every sub-op's first step: xen_version is in the HVM table unfiltered. */
static int64_t gate(ht_machine *m, uint32_t cmd)
{
    return hvm_gate(m, HT_HYPERCALL_XEN_VERSION, cmd);
}

/* xenver_version() */
int64_t ht_h_xenver_version(ht_machine *m)
{
    int64_t rc = gate(m, HT_XENVER_VERSION);
    if (rc)
        return rc;
    OK((int64_t)(build(m)->major << 16 | build(m)->minor), NONE);
}

/* xenver_extraversion() -> buffer */
int64_t ht_h_xenver_extraversion(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_EXTRAVERSION);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    put_string(m, &buffer, 0, EXTRAVERSION_LEN, build(m)->extraversion, true);
    OK(0, NONE);
}

/* xenver_compile_info() -> buffer */
int64_t ht_h_xenver_compile_info(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_COMPILE_INFO);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    const struct build *b = build(m);
    uint32_t at = 0;
    put_string(m, &buffer, at, COMPILER_LEN, b->compiler, true);
    at += COMPILER_LEN;
    put_string(m, &buffer, at, COMPILE_BY_LEN, b->compile_by, true);
    at += COMPILE_BY_LEN;
    put_string(m, &buffer, at, COMPILE_DOMAIN_LEN, b->compile_domain, true);
    at += COMPILE_DOMAIN_LEN;
    put_string(m, &buffer, at, COMPILE_DATE_LEN, b->compile_date, true);
    OK(0, NONE);
}

/* xenver_capabilities() -> buffer: arch_get_xen_caps (arch/x86/setup.c), on a buffer 4.2
 * clears first; the hvm-3.0-* interfaces only when the CPU has HVM support. */
int64_t ht_h_xenver_capabilities(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_CAPABILITIES);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    bool x86_64 = m->config.arch == HT_ARCH_X86_64, hvm = m->config.vendor != HT_VENDOR_NONE;
    char caps[160] = "";
    if (x86_64)
        strcat(caps, "xen-3.0-x86_64 ");
    strcat(caps, "xen-3.0-x86_32p ");
    if (hvm) {
        strcat(caps, "hvm-3.0-x86_32 hvm-3.0-x86_32p ");
        if (x86_64)
            strcat(caps, "hvm-3.0-x86_64 ");
    }
    put_string(m, &buffer, 0, CAPABILITIES_LEN, caps, false);
    OK(0, NONE);
}

/* xenver_changeset() -> buffer */
int64_t ht_h_xenver_changeset(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_CHANGESET);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    put_string(m, &buffer, 0, CHANGESET_LEN, build(m)->changeset, true);
    OK(0, NONE);
}

/* xenver_platform_parameters() -> virt_start */
int64_t ht_h_xenver_platform_parameters(ht_machine *m, uint64_t *virt_start)
{
    int64_t rc = gate(m, HT_XENVER_PLATFORM_PARAMETERS);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    *virt_start = m->config.arch == HT_ARCH_X86_64 ? VIRT_START_X86_64 : VIRT_START_X86_32;
    OK(0, NONE);
}

/* What 4.17's XENVER_get_features adds to submap 0 (common/kernel.c, RELEASE-4.17.0):
 * memory_op_vnode_supported always; not_direct_mapped for a translated domain, else
 * direct_mapped (no x86 domain is direct-mapped).  Its hvm_pirqs depends on has_pirq(d),
 * the emulation flag XEN_X86_EMU_USE_PIRQ that the engine's HVM domains are taken to have. */
static uint64_t features_4_17(const ht_machine *m, uint8_t slot)
{
    return HT_XENFEAT_MEMORY_OP_VNODE_SUPPORTED |
           (dom_is_hvm(m, slot) ? HT_XENFEAT_NOT_DIRECT_MAPPED : HT_XENFEAT_DIRECT_MAPPED);
}

/* xenver_get_features(submap_idx) -> submap: the calling domain's features (4.2's
 * paging_mode_translate holds for every HVM domain; supervisor_mode_kernel is 0 on
 * x86_64). */
int64_t ht_h_xenver_get_features(ht_machine *m, uint32_t submap_idx, uint64_t *submap)
{
    int64_t rc = gate(m, HT_XENVER_GET_FEATURES);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    if (submap_idx != 0)
        FAIL(EINVAL, XENVER_SUBMAP);
    uint8_t slot = m->caller.slot;
    uint64_t bits = 0;
    if (pv_vm_assist(m, slot) & (1u << HT_VMASST_TYPE_PAE_EXTENDED_CR3))
        bits |= HT_XENFEAT_PAE_PGDIR_ABOVE_4GB;
    if (dom_is_hvm(m, slot))
        bits |= HT_XENFEAT_WRITABLE_PAGE_TABLES | HT_XENFEAT_AUTO_TRANSLATED_PHYSMAP;
    if (slot == 0)
        bits |= HT_XENFEAT_DOM0;
    if (!dom_is_hvm(m, slot))
        bits |= HT_XENFEAT_MMU_PT_UPDATE_PRESERVE_AD | HT_XENFEAT_HIGHMEM_ASSIST |
                HT_XENFEAT_GNTTAB_MAP_AVAIL_BITS;
    else
        bits |= HT_XENFEAT_HVM_SAFE_PVCLOCK | HT_XENFEAT_HVM_CALLBACK_VECTOR |
                HT_XENFEAT_HVM_PIRQS;
    if (m->profile == HT_PROFILE_XEN_4_17)
        bits |= features_4_17(m, slot);
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    *submap = bits;
    OK(0, NONE);
}

/* xenver_pagesize(arg) */
int64_t ht_h_xenver_pagesize(ht_machine *m, uint64_t arg)
{
    int64_t rc = gate(m, HT_XENVER_PAGESIZE);
    if (rc)
        return rc;
    if (arg != 0)   /* !guest_handle_is_null(arg) */
        FAIL(EINVAL, XENVER_PAGESIZE_ARG);
    OK(PAGE_BYTES, NONE);
}

/* xenver_guest_handle() -> buffer: current->domain->handle, which the engine's domains
 * are created without (all zero). */
int64_t ht_h_xenver_guest_handle(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_GUEST_HANDLE);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    for (uint32_t i = 0; i < GUEST_HANDLE_LEN; i++)
        ht_list_put(&buffer, i, 0, 0);
    OK(0, NONE);
}

/* xenver_commandline() -> buffer: saved_cmdline, a static (zeroed) array; denied (4.17),
 * "<denied>" and its NUL only ("len = strlen(xen_deny()) + 1"): the rest of the caller's
 * buffer is left as it was. */
int64_t ht_h_xenver_commandline(ht_machine *m, ht_list buffer)
{
    int64_t rc = gate(m, HT_XENVER_COMMANDLINE);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, XENVER_COPY_FAULT);
    if (denied_4_17(m)) {
        put_string(m, &buffer, 0, (uint32_t)sizeof XEN_DENY, XEN_DENY, false);
        OK(0, NONE);
    }
    put_string(m, &buffer, 0, COMMANDLINE_LEN, build(m)->commandline, false);
    OK(0, NONE);
}

/* xenver_raw(cmd) */
int64_t ht_h_xenver_raw(ht_machine *m, uint32_t cmd)
{
    int64_t rc = gate(m, cmd);
    if (rc)
        return rc;
    if (cmd < HT_XENVER_COUNT)
        UNSUPPORTED(XENVER_RAW_HAS_CALL);
    if (m->profile == HT_PROFILE_XEN_4_17 && cmd == XENVER_BUILD_ID) {
        if (denied_4_17(m))  /* XENVER_build_id: "if ( deny ) return -EPERM;" */
            FAIL(EPERM, XENVER_DENIED);
        UNSUPPORTED(XENVER_BUILD_ID);
    }
    FAIL(ENOSYS, XENVER_UNKNOWN_CMD);
}

/* ---- xenver.1: the string sub-ops' buffers (the XSA-122 oracle) ----------------------- */

/* One string field of an OUT list: NUL-terminated, zero after the NUL. */
static void check_field(ht_machine *m, const ht_list *l, uint32_t at, uint32_t len)
{
    bool seen_nul = false;
    for (uint32_t i = 0; i < len; i++) {
        uint64_t byte = 0;
        if (!ht_list_get(l, at + i, 0, &byte))
            return;
        if (seen_nul && byte != 0) {
            report_violation(m, HT_INV_XENVER_STRINGS, m->caller.domid, HT_NONE64, HT_NONE64,
                             0, (int64_t)byte);
            return;
        }
        seen_nul |= byte == 0;
    }
    if (!seen_nul)
        report_violation(m, HT_INV_XENVER_STRINGS, m->caller.domid, HT_NONE64, HT_NONE64, 0,
                         -1);
}

static void check_strings(ht_machine *m, uint32_t call, const uint64_t *arg, int64_t raw,
                          const uint64_t *out)
{
    (void)out;
    if (raw != 0)
        return;
    static const uint32_t compile_info[] = {COMPILER_LEN, COMPILE_BY_LEN, COMPILE_DOMAIN_LEN,
                                            COMPILE_DATE_LEN};
    ht_list l;
    switch (call) {
    case HT_CALL_xenver_extraversion:
    case HT_CALL_xenver_capabilities:
    case HT_CALL_xenver_changeset:
    case HT_CALL_xenver_commandline:
        l = ht_call_list(m, call, arg, 0);
        check_field(m, &l, 0, l.n);
        break;
    case HT_CALL_xenver_compile_info: {
        l = ht_call_list(m, call, arg, 0);
        uint32_t at = 0;
        for (uint32_t i = 0; i < sizeof compile_info / sizeof compile_info[0]; i++) {
            check_field(m, &l, at, compile_info[i]);
            at += compile_info[i];
        }
        break;
    }
    default:
        break;
    }
}

const struct ht_family_ops ht_family_xenver = {
    .oracle_post = check_strings,
};
