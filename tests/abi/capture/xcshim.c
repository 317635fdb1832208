/*
 * A capture test double of the Linux Xen devices for unmodified programs linked against
 * the real libxenctrl (LD_PRELOAD).  It never reaches a hypervisor: /dev/xen/privcmd,
 * /dev/xen/hypercall and /dev/xen/evtchn become harmless fds, and each privcmd HYPERCALL
 * ioctl is
 *   1. logged with its raw op and arguments and the bytes of every hypercall buffer
 *      ("before"),
 *   2. answered from a script: the next line of $XCSHIM_SCRIPT gives the result and the
 *      fields to write, by their names in Xen's public headers (resolved here with
 *      offsetof/sizeof against Debian's libxen-dev headers, independently of haptrace's
 *      description), and
 *   3. logged again ("after").
 * tests/abi/test_golden.py replays the log through haptrace's ABI layer and compares the
 * bytes it writes with the "after" bytes.  Built by the test, never shipped.
 *
 * Script line: RESULT [name=value | zero=name]...  RESULT is what Xen returns: a direct
 * hypercall's ioctl result, or (multicall) the entry's result (the ioctl then returns 0).
 * Log lines: "HC op a0 a1 a2 a3 a4", "B base hex" per buffer before, "A base hex" after,
 * "RET rc errno".
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <xenctrl.h>
#include <xen/sys/evtchn.h>
#include <xen/sys/privcmd.h>

enum dev { DEV_NONE, DEV_PRIVCMD, DEV_HYPERCALL, DEV_EVTCHN };

#define MAX_FDS 1024
#define MAX_BUFS 64
static enum dev fd_kind[MAX_FDS];
static struct { void *addr; size_t len; } bufs[MAX_BUFS];
static FILE *script, *logf;

static int (*real_open)(const char *, int, ...);
static int (*real_close)(int);
static int (*real_ioctl)(int, unsigned long, ...);
static void *(*real_mmap)(void *, size_t, int, int, int, off_t);
static int (*real_munmap)(void *, size_t);

static void init(void)
{
    if (real_open)
        return;
    real_open = dlsym(RTLD_NEXT, "open");
    real_close = dlsym(RTLD_NEXT, "close");
    real_ioctl = dlsym(RTLD_NEXT, "ioctl");
    real_mmap = dlsym(RTLD_NEXT, "mmap");
    real_munmap = dlsym(RTLD_NEXT, "munmap");
    const char *s = getenv("XCSHIM_SCRIPT"), *l = getenv("XCSHIM_LOG");
    script = s ? fopen(s, "r") : NULL;
    logf = l ? fopen(l, "a") : NULL;
    if (logf)
        setvbuf(logf, NULL, _IOLBF, 0);
}

static enum dev device_of(const char *path)
{
    if (!path)
        return DEV_NONE;
    if (!strcmp(path, "/dev/xen/privcmd"))
        return DEV_PRIVCMD;
    if (!strcmp(path, "/dev/xen/hypercall"))
        return DEV_HYPERCALL;
    if (!strcmp(path, "/dev/xen/evtchn"))
        return DEV_EVTCHN;
    return DEV_NONE;
}

static int fake_open(enum dev kind, int flags)
{
    int fd;
    if (kind == DEV_EVTCHN) {
        int pair[2];  /* never readable: the program's poll times out */
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair))
            return -1;
        fd = pair[0];
    } else {
        fd = memfd_create("xcshim", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
    }
    if (fd >= 0 && fd < MAX_FDS)
        fd_kind[fd] = kind;
    return fd;
}

static int do_open(const char *path, int flags, mode_t mode)
{
    init();
    enum dev kind = device_of(path);
    if (kind != DEV_NONE)
        return fake_open(kind, flags);
    return real_open(path, flags, mode);
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? va_arg(ap, mode_t) : 0;
    va_end(ap);
    return do_open(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? va_arg(ap, mode_t) : 0;
    va_end(ap);
    return do_open(path, flags, mode);
}

int __open_2(const char *path, int flags)
{
    return do_open(path, flags, 0);
}

int __open64_2(const char *path, int flags)
{
    return do_open(path, flags, 0);
}

int close(int fd)
{
    init();
    if (fd >= 0 && fd < MAX_FDS)
        fd_kind[fd] = DEV_NONE;
    return real_close(fd);
}

static enum dev kind_of(int fd)
{
    return fd >= 0 && fd < MAX_FDS ? fd_kind[fd] : DEV_NONE;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    init();
    enum dev kind = kind_of(fd);
    if (kind == DEV_NONE)
        return real_mmap(addr, len, prot, flags, fd, off);
    /* Hypercall buffers and foreign mappings: plain shared anonymous memory. */
    void *p = real_mmap(addr, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED && kind == DEV_HYPERCALL) {
        for (int i = 0; i < MAX_BUFS; i++)
            if (!bufs[i].addr) {
                bufs[i].addr = p;
                bufs[i].len = len;
                break;
            }
    }
    return p;
}

void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    return mmap(addr, len, prot, flags, fd, off);
}

int munmap(void *addr, size_t len)
{
    init();
    for (int i = 0; i < MAX_BUFS; i++)
        if (bufs[i].addr == addr)
            bufs[i].addr = NULL;
    return real_munmap(addr, len);
}

/* ---- the log ------------------------------------------------------------------------ */

static void log_buffers(char tag)
{
    if (!logf)
        return;
    for (int i = 0; i < MAX_BUFS; i++) {
        if (!bufs[i].addr)
            continue;
        fprintf(logf, "%c %#lx ", tag, (unsigned long)bufs[i].addr);
        const unsigned char *p = bufs[i].addr;
        for (size_t k = 0; k < bufs[i].len; k++)
            fprintf(logf, "%02x", p[k]);
        fputc('\n', logf);
    }
}

/* ---- answers, by the headers' names ------------------------------------------------- */

/* Where a name lives: relative to the domctl/sysctl struct (arg 0), to the op's struct
 * (hvm_op arg 1, or a multicall entry's memory_op argument), or to an element of an array
 * the struct points at. */
enum base { B_ARG0, B_OPARG, B_INFOLIST, B_PFINFO };

struct name {
    const char *name;
    enum base base;
    size_t offset, size;
};

#define DOMCTL(n, m) {n, B_ARG0, offsetof(struct xen_domctl, m), sizeof(((struct xen_domctl *)0)->m)}
#define SYSCTL(n, m) {n, B_ARG0, offsetof(struct xen_sysctl, m), sizeof(((struct xen_sysctl *)0)->m)}
#define OPARG(n, t, m) {n, B_OPARG, offsetof(t, m), sizeof(((t *)0)->m)}
#define INFO(n, m) {n, B_INFOLIST, offsetof(xc_domaininfo_t, m), sizeof(((xc_domaininfo_t *)0)->m)}

static const struct name names[] = {
    DOMCTL("domctl.domain", domain),
    DOMCTL("domctl.u.getdomaininfo", u.getdomaininfo),
    DOMCTL("domctl.u.getdomaininfo.domain", u.getdomaininfo.domain),
    DOMCTL("domctl.u.getdomaininfo.flags", u.getdomaininfo.flags),
    DOMCTL("domctl.u.getdomaininfo.tot_pages", u.getdomaininfo.tot_pages),
    DOMCTL("domctl.u.getdomaininfo.max_pages", u.getdomaininfo.max_pages),
    DOMCTL("domctl.u.getdomaininfo.shr_pages", u.getdomaininfo.shr_pages),
    DOMCTL("domctl.u.getdomaininfo.paged_pages", u.getdomaininfo.paged_pages),
    DOMCTL("domctl.u.getdomaininfo.nr_online_vcpus", u.getdomaininfo.nr_online_vcpus),
    DOMCTL("domctl.u.getdomaininfo.max_vcpu_id", u.getdomaininfo.max_vcpu_id),
    DOMCTL("domctl.u.vm_event_op.u.enable.port", u.vm_event_op.u.enable.port),
    SYSCTL("sysctl.u.physinfo", u.physinfo),
    SYSCTL("sysctl.u.physinfo.total_pages", u.physinfo.total_pages),
    SYSCTL("sysctl.u.physinfo.free_pages", u.physinfo.free_pages),
    SYSCTL("sysctl.u.physinfo.capabilities", u.physinfo.capabilities),
    SYSCTL("sysctl.u.getdomaininfolist.num_domains", u.getdomaininfolist.num_domains),
    OPARG("hvm_param.value", struct xen_hvm_param, value),
    OPARG("sharing.u.nominate.handle", struct xen_mem_sharing_op, u.nominate.handle),
    OPARG("access.access", struct xen_mem_access_op, access),
    INFO("infolist", domain),
    INFO("infolist.domain", domain),
    INFO("infolist.flags", flags),
    INFO("infolist.tot_pages", tot_pages),
    INFO("infolist.max_pages", max_pages),
    INFO("infolist.shr_pages", shr_pages),
    INFO("infolist.paged_pages", paged_pages),
    INFO("infolist.nr_online_vcpus", nr_online_vcpus),
    INFO("infolist.max_vcpu_id", max_vcpu_id),
    {"pfinfo", B_PFINFO, 0, sizeof(xen_pfn_t)},
};

/* The struct a base is relative to, for this hypercall. */
static unsigned char *base_of(enum base b, const privcmd_hypercall_t *hc, size_t index)
{
    switch (b) {
    case B_ARG0:
        return (unsigned char *)(uintptr_t)hc->arg[0];
    case B_OPARG:
        if (hc->op == __HYPERVISOR_multicall)
            return (unsigned char *)(uintptr_t)((multicall_entry_t *)(uintptr_t)hc->arg[0])->args[1];
        return (unsigned char *)(uintptr_t)hc->arg[1];
    case B_INFOLIST: {
        struct xen_sysctl *s = (struct xen_sysctl *)(uintptr_t)hc->arg[0];
        return (unsigned char *)s->u.getdomaininfolist.buffer.p + index * sizeof(xc_domaininfo_t);
    }
    case B_PFINFO: {
        struct xen_domctl *d = (struct xen_domctl *)(uintptr_t)hc->arg[0];
        return (unsigned char *)(d->u.getpageframeinfo3.array.p + index);
    }
    }
    return NULL;
}

/* name[index].field: the index selects an element of an array base ("name" alone: 0). */
static const struct name *lookup(const char *spec, size_t *index)
{
    char buf[128];
    size_t o = 0;
    *index = 0;
    for (const char *p = spec; *p && o + 1 < sizeof buf; p++) {
        if (*p == '[') {
            char *end;
            *index = strtoul(p + 1, &end, 0);
            p = *end == ']' ? end : end - 1;
            continue;
        }
        buf[o++] = *p;
    }
    buf[o] = 0;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(names[i].name, buf))
            return &names[i];
    fprintf(stderr, "xcshim: unknown name %s\n", spec);
    exit(99);
}

/* Applies one script line; returns the hypercall's result. */
static long answer(const privcmd_hypercall_t *hc)
{
    char line[4096];
    if (!script || !fgets(line, sizeof line, script)) {
        fprintf(stderr, "xcshim: the script has no answer for hypercall %llu\n",
                (unsigned long long)hc->op);
        exit(98);
    }
    char *save = NULL, *tok = strtok_r(line, " \t\n", &save);
    long result = strtol(tok, NULL, 0);
    while ((tok = strtok_r(NULL, " \t\n", &save)) && tok[0] != '#') {
        size_t index;
        if (!strncmp(tok, "zero=", 5)) {
            const struct name *n = lookup(tok + 5, &index);
            size_t size = n->base == B_INFOLIST ? sizeof(xc_domaininfo_t) : n->size;
            memset(base_of(n->base, hc, index) + (n->base == B_INFOLIST ? 0 : n->offset), 0, size);
            continue;
        }
        char *eq = strchr(tok, '=');
        if (!eq)
            exit(97);
        *eq = 0;
        const struct name *n = lookup(tok, &index);
        unsigned long long v = strtoull(eq + 1, NULL, 0);
        unsigned char *p = base_of(n->base, hc, index) + n->offset;
        for (size_t k = 0; k < n->size && k < 8; k++)
            p[k] = (unsigned char)(v >> (8 * k));  /* x86_64: little endian */
    }
    return result;
}

int ioctl(int fd, unsigned long cmd, ...)
{
    init();
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    enum dev kind = kind_of(fd);
    if (kind == DEV_NONE)
        return real_ioctl(fd, cmd, arg);
    if (kind == DEV_EVTCHN) {
        if (cmd == IOCTL_EVTCHN_BIND_INTERDOMAIN)
            return 4;  /* the local port */
        return 0;      /* notify, unbind */
    }
    if (kind != DEV_PRIVCMD) {
        errno = ENOTTY;
        return -1;
    }
    switch (cmd) {
    case IOCTL_PRIVCMD_HYPERCALL: {
        privcmd_hypercall_t *hc = arg;
        if (logf)
            fprintf(logf, "HC %llu %#llx %#llx %#llx %#llx %#llx\n", (unsigned long long)hc->op,
                    (unsigned long long)hc->arg[0], (unsigned long long)hc->arg[1],
                    (unsigned long long)hc->arg[2], (unsigned long long)hc->arg[3],
                    (unsigned long long)hc->arg[4]);
        log_buffers('B');
        long result = answer(hc);
        long rc = result;
        if (hc->op == __HYPERVISOR_multicall) {
            ((multicall_entry_t *)(uintptr_t)hc->arg[0])->result = (unsigned long)result;
            rc = 0;
        }
        log_buffers('A');
        if (logf)
            fprintf(logf, "RET %ld\n", rc);
        if (rc < 0) {
            errno = (int)-rc;
            return -1;
        }
        return (int)rc;
    }
    case IOCTL_PRIVCMD_MMAPBATCH_V2: {
        privcmd_mmapbatch_v2_t *b = arg;
        for (unsigned i = 0; i < b->num; i++)
            b->err[i] = 0;
        return 0;
    }
    case IOCTL_PRIVCMD_DM_OP:
    case IOCTL_PRIVCMD_RESTRICT:
        return 0;
    default:
        errno = ENOTTY;  /* IOCTL_PRIVCMD_UNIMPLEMENTED must fail */
        return -1;
    }
}
