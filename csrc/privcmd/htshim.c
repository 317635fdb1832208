/*
 * htshim.c -- the LD_PRELOAD shim of `haptrace run`: fakes the Linux Xen devices
 * (/dev/xen/privcmd, /dev/xen/hypercall, /dev/xen/evtchn, /dev/xen/gntdev) for an unmodified
 * program and forwards every operation on them to haptrace's privcmd server (htp.h).
 *
 * Environment (prefix HAPTRACE_PRIVCMD):
 *   <P>_SOCK=/path   emulate: forward every device operation to the server listening there
 *   <P>_NULL=1       no server: every hypercall answers 0 in the shim (the benchmark's null
 *                    device)
 *   <P>_OBSERVE=/path  pass through: every device operation goes to the real device (the
 *                    next library's open/ioctl/mmap: under `haptrace run` the emulated
 *                    one), and each hypercall is shown to the recorder listening there
 *                    before and after it is made (`haptrace record -- CMD`; htp.h)
 *   <P>_DEBUG=1      log each interposed call on stderr
 *   <P>_INPROCESS=0  emulate every hypercall in the server (no in-process hypercalls)
 * With none of these set the shim passes everything through.  It never opens a real Xen
 * device while emulating, so a program under `haptrace run` cannot reach a hypervisor.
 *
 * The shim holds no Xen struct layout: it sends _IOC_SIZE(cmd) bytes of each ioctl argument
 * and obeys READ / WRITE / MAP / UNMAP commands until the RET.  Its own descriptors live at
 * 900 and above (close-on-exec), so the program's fds are numbered as on a real host.
 *
 * In-process hypercalls (built with the engine, HT_INPROCESS, as _htshim): when the server
 * shares its machine (htp.h, csrc/shared.c), the shim maps it and runs each privcmd
 * hypercall it can with its own copy of the engine, under the machine's lock, with no
 * syscall; what the server must see (csrc/shared.c says which) still goes over the socket.
 * Anything that fails to set this up leaves the socket path alone in use.  The engine is
 * built with hidden visibility: only the interposed functions (HT_EXPORT) are the
 * library's, so nothing of it reaches the program's symbol space.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "htp.h"
#ifdef HT_INPROCESS
#include "haptrace.h"
#include "ht_catalogue.h"   /* HT_RAW_UNSUPPORTED */
#endif

#define HT_EXPORT __attribute__((visibility("default")))

#ifndef HT_ENV
#define HT_ENV "HAPTRACE_PRIVCMD"
#endif
#ifndef HT_NAME
#define HT_NAME "htshim"
#endif

/* ---- the real functions ------------------------------------------------------------ */
static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_close)(int);
static int (*real_ioctl)(int, unsigned long, ...);
static void *(*real_mmap)(void *, size_t, int, int, int, off_t);
static int (*real_munmap)(void *, size_t);
static int (*real_dup)(int);
static int (*real_dup2)(int, int);
static int (*real_dup3)(int, int, int);
static int (*real_fcntl)(int, int, ...);

static void resolve(void)
{
    if (real_open)
        return;
    real_openat = dlsym(RTLD_NEXT, "openat");
    real_close = dlsym(RTLD_NEXT, "close");
    real_ioctl = dlsym(RTLD_NEXT, "ioctl");
    real_mmap = dlsym(RTLD_NEXT, "mmap");
    real_munmap = dlsym(RTLD_NEXT, "munmap");
    real_dup = dlsym(RTLD_NEXT, "dup");
    real_dup2 = dlsym(RTLD_NEXT, "dup2");
    real_dup3 = dlsym(RTLD_NEXT, "dup3");
    real_fcntl = dlsym(RTLD_NEXT, "fcntl");
    __atomic_store_n(&real_open, dlsym(RTLD_NEXT, "open"), __ATOMIC_RELEASE);
}

/* ---- configuration ------------------------------------------------------------------ */
enum { M_OFF, M_EMULATE, M_NULL, M_OBSERVE };
static int mode = -1, debug, inprocess_off;
static char sock_path[108];

static const char *env(const char *suffix)
{
    char name[64];
    snprintf(name, sizeof(name), "%s_%s", HT_ENV, suffix);
    return getenv(name);
}

static void configure(void)
{
    const char *s;
    if (mode >= 0)
        return;
    resolve();
    debug = (s = env("DEBUG")) && *s == '1';
    inprocess_off = (s = env("INPROCESS")) && *s == '0';
    if ((s = env("SOCK")))
        snprintf(sock_path, sizeof(sock_path), "%s", s);
    if ((s = env("OBSERVE")) && *s) {
        snprintf(sock_path, sizeof(sock_path), "%s", s);
        mode = M_OBSERVE;
    } else if ((s = env("NULL")) && *s == '1')
        mode = M_NULL;
    else if (!sock_path[0])
        mode = M_OFF;
    else
        mode = M_EMULATE;
}

#define DBG(...) do { if (debug) { fprintf(stderr, "[" HT_NAME " %d] ", (int)getpid()); \
    fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)

/* ---- fd and mapping tables ---------------------------------------------------------- */
#define MAXFD 4096
static unsigned char fdkind[MAXFD];
static int fdhandle[MAXFD];        /* the fd number at open time: names the open file to the server */
static int is_ours(int fd) { return fd >= 0 && fd < MAXFD && fdkind[fd]; }

struct vma { uintptr_t addr; size_t len; int fd, kind, prot; };
#define MAXVMA 1024
static struct vma vmas[MAXVMA];
static int nvma;

/* hypercall-buffer arena: a memfd mapped page by page into a reserved range */
static int arena_fd = -1;
static uintptr_t arena_base;
/* The whole arena mapped once more, readable and writable (NULL if that failed): the view an
 * in-process hypercall reads and writes the buffers through, as the server does through its
 * own mapping of the memfd (its pages need not be mapped at arena_base yet). */
static uint8_t *arena_view;
#define ARENA_PAGES (HTP_ARENA_BYTES >> 12)
static uint64_t arena_used[ARENA_PAGES / 64];
/* Arenas inherited over fork(): /dev/xen/hypercall VMAs are not VM_DONTCOPY, so a child
 * keeps its parent's buffers (shared pages) but allocates new ones elsewhere. */
static struct { int fd; uintptr_t base; uint8_t *view; } inherited[HTP_MAX_INHERIT];
static int ninherited;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;  /* one transaction at a time */

/* ---- transport ---------------------------------------------------------------------- */
static int conn = -1;               /* SOCK_SEQPACKET to the server */
static pid_t conn_pid;              /* the process that made conn (fork detection) */
static pid_t my_pid;                /* getpid(), cached: refreshed by the atfork child handler */
static int guest_fd = -1;           /* the server's memfd of host frames */
static uint8_t rxbuf[HTP_MAX_MSG + sizeof(struct htp_hdr)];

#ifdef HT_INPROCESS
/* The machine the server shares (NULL: every hypercall goes to the server), and the
 * program's memory as the server sees it: its hypercall-buffer arenas. */
static ht_shared *shared;
static ht_guest_region regions[1 + HTP_MAX_INHERIT];
static int nregions;
/* privcmd open files (by handle) restricted to a domain: their hypercalls are the server's
 * to refuse (privcmd_ioctl_restrict [Linux]). */
static unsigned char restricted[MAXFD];
#endif

static int sock_send(const void *h, size_t hl, const void *p, size_t pl, const int *fds, int nfds)
{
    struct iovec iov[2] = { { (void *)h, hl }, { (void *)p, pl } };
    union { char buf[CMSG_SPACE(8 * sizeof(int))]; struct cmsghdr align; } u;
    struct msghdr m = { .msg_iov = iov, .msg_iovlen = pl ? 2 : 1 };
    if (nfds) {
        m.msg_control = u.buf;
        m.msg_controllen = CMSG_SPACE(nfds * sizeof(int));
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(nfds * sizeof(int));
        memcpy(CMSG_DATA(c), fds, nfds * sizeof(int));
    }
    ssize_t n;
    do n = sendmsg(conn, &m, MSG_NOSIGNAL); while (n < 0 && errno == EINTR);
    return n < 0 ? -1 : 0;
}

static ssize_t sock_recv(void *buf, size_t cap, int *fds, int *nfds, int cloexec)
{
    struct iovec iov = { buf, cap };
    union { char buf[CMSG_SPACE(4 * sizeof(int))]; struct cmsghdr align; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf) };
    ssize_t n;
    do n = recvmsg(conn, &m, cloexec ? MSG_CMSG_CLOEXEC : 0); while (n < 0 && errno == EINTR);
    if (nfds)
        *nfds = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            if (fds && nfds) {
                memcpy(fds, CMSG_DATA(c), k * sizeof(int));
                *nfds = k;
            }
        }
    return n;
}

/* send one message (type, fixed part, extra bytes) */
static int tx(uint32_t type, const void *fixed, size_t fl, const void *extra, size_t el)
{
    uint8_t hb[sizeof(struct htp_hdr) + 64];
    struct htp_hdr *h = (void *)hb;
    h->type = type;
    h->len = fl + el;
    memcpy(hb + sizeof(*h), fixed, fl);
    return sock_send(hb, sizeof(*h) + fl, extra, el, NULL, 0);
}

/* receive one message into rxbuf; returns its header */
static struct htp_hdr *rx(int *fds, int *nfds)
{
    if (nfds)
        *nfds = 0;
    ssize_t n = sock_recv(rxbuf, sizeof(rxbuf), fds, nfds, 1);
    if (n < (ssize_t)sizeof(struct htp_hdr))
        return NULL;
    return (void *)rxbuf;
}

/* ---- connection --------------------------------------------------------------------- */
static struct htp_ret *serve(int *fds, int *nfds);

/* Move the shim's own descriptors out of the tool's way, so that the tool's device fds get
 * the same numbers as on a real host (3, 4, ...).  Always close-on-exec. */
#define HIDDEN_FD_BASE 900
static int hide_fd(int fd)
{
    if (fd < 0 || fd >= HIDDEN_FD_BASE)
        return fd;
    int h = real_fcntl(fd, F_DUPFD_CLOEXEC, HIDDEN_FD_BASE);
    if (h < 0)
        return fd;
    real_close(fd);
    return h;
}

static int arena_setup(void)
{
    if (arena_fd >= 0)
        return 0;
    arena_fd = hide_fd(memfd_create("haptrace-hypercall-arena", MFD_CLOEXEC));
    if (arena_fd < 0 || ftruncate(arena_fd, HTP_ARENA_BYTES) < 0)
        return -1;
    void *p = real_mmap(NULL, HTP_ARENA_BYTES, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return -1;
    arena_base = (uintptr_t)p;
#ifdef HT_INPROCESS
    p = real_mmap(NULL, HTP_ARENA_BYTES, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE,
                  arena_fd, 0);
    arena_view = p == MAP_FAILED ? NULL : p;
#endif
    return 0;
}

#ifdef HT_INPROCESS
/* The machine the server shares, from HELLO's reply: mapped where the server has it (a
 * forked child has it already, inherited), and the arenas as regions.  Any failure leaves
 * the socket path. */
static void attach_machine(const struct htp_ret *r, int fd)
{
    const struct htp_machine *where = (const void *)(r + 1);
    /* Unpublished first: another thread's in-process call takes the socket path until the
     * regions are built and the machine published again (release, acquire in
     * inprocess_hypercall). */
    ht_shared *s = __atomic_exchange_n(&shared, NULL, __ATOMIC_ACQ_REL);
    if (fd < 0 || r->outlen < sizeof(*where) || inprocess_off) {
        DBG("hypercalls go to the server");
        ht_shared_detach(s);
        s = NULL;
    } else if (s && ht_shared_address(s) == where->addr) {
        DBG("shared machine at %#lx (inherited)", (long)where->addr);
    } else {
        ht_shared_detach(s);
        s = ht_shared_attach(fd, where->addr, where->size);
        DBG("shared machine at %#lx: %s", (long)where->addr, s ? "mapped" : "not mapped");
    }
    if (fd >= 0)
        real_close(fd);
    int whole = arena_view != NULL;
    for (int i = 0; i < ninherited; i++)
        whole = whole && inherited[i].view;
    if (!s || !whole) {        /* a buffer the engine could not see would read as EFAULT */
        ht_shared_detach(s);
        return;
    }
    nregions = 0;
    regions[nregions++] = (ht_guest_region){ arena_base, HTP_ARENA_BYTES, arena_view,
                                             HT_REGION_READ | HT_REGION_WRITE, 0 };
    for (int i = 0; i < ninherited; i++)
        regions[nregions++] = (ht_guest_region){ inherited[i].base, HTP_ARENA_BYTES,
                                                 inherited[i].view,
                                                 HT_REGION_READ | HT_REGION_WRITE, 0 };
    __atomic_store_n(&shared, s, __ATOMIC_RELEASE);
}
#endif

static int connect_server(void)
{
    if (!my_pid)
        my_pid = getpid();
    pid_t me = my_pid;
    int forked = 0;
    if (conn >= 0 && conn_pid == me)
        return 0;
    if (conn >= 0) {                       /* inherited over fork: start afresh */
        forked = 1;
        real_close(conn);
        conn = -1;
        if (guest_fd >= 0)
            real_close(guest_fd);
        guest_fd = -1;
        if (arena_fd >= 0) {               /* keep the parent's buffers, start a new arena */
            if (ninherited < HTP_MAX_INHERIT) {
                inherited[ninherited].fd = arena_fd, inherited[ninherited].base = arena_base;
                inherited[ninherited++].view = arena_view;
            } else {
                real_close(arena_fd);
                if (arena_view)
                    real_munmap(arena_view, HTP_ARENA_BYTES);
            }
            arena_fd = -1;
            arena_view = NULL;
            memset(arena_used, 0, sizeof(arena_used));
        }
    }
    if (mode == M_EMULATE && arena_setup() < 0)
        return -1;
    int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    memcpy(a.sun_path, sock_path, sizeof(a.sun_path));
    if (s < 0 || connect(s, (void *)&a, sizeof(a)) < 0) {
        if (s >= 0)
            real_close(s);
        DBG("cannot connect to %s: %s", sock_path, strerror(errno));
        errno = ENOENT;
        return -1;
    }
    conn = s = hide_fd(s);
    conn_pid = me;
    struct htp_hello hello = { HTP_VERSION, me, getppid(), 0,
                               arena_base, arena_fd >= 0 ? HTP_ARENA_BYTES : 0, 0, 0, { 0 } };
    int hfds[1 + HTP_MAX_INHERIT], nh = 0;
    if (arena_fd >= 0) {
        hfds[nh++] = arena_fd;
        for (int i = 0; i < ninherited; i++) {
            hfds[nh++] = inherited[i].fd;
            hello.inherit_base[hello.ninherit++] = inherited[i].base;
        }
    }
    struct htp_hdr h = { HTP_HELLO, sizeof(hello) };
    if (sock_send(&h, sizeof(h), &hello, sizeof(hello), hfds, nh) < 0)
        goto fail;
    int fds[4], nfds;
    struct htp_hdr *r = rx(fds, &nfds);
    if (!r || r->type != HTP_RET)
        goto fail;
    if (nfds > 0)
        guest_fd = hide_fd(fds[0]);
#ifdef HT_INPROCESS
    if (forked)                 /* the server's view of restrictions is per connection */
        memset(restricted, 0, sizeof(restricted));
    if (mode == M_EMULATE)
        attach_machine((const struct htp_ret *)(r + 1), nfds > 1 ? fds[1] : -1);
    else if (nfds > 1)
        real_close(fds[1]);
    for (int i = 2; i < nfds; i++)
        real_close(fds[i]);
#else
    for (int i = 1; i < nfds; i++)
        real_close(fds[i]);
#endif
    DBG("connected to %s (frames memfd %d)", sock_path, guest_fd);
    if (mode == M_OBSERVE && forked) {
        /* A forked child keeps its parent's hypercall buffers (their VMAs are copied) but
         * not its privcmd mappings (VM_DONTCOPY [Linux]): the recorder is shown the
         * buffers again on the child's own connection. */
        for (int i = 0; i < nvma; i++) {
            if (vmas[i].kind != HTK_HYPERCALL) {
                vmas[i--] = vmas[--nvma];
                continue;
            }
            struct htp_mmap m = { fdhandle[vmas[i].fd], HTK_HYPERCALL, vmas[i].addr, vmas[i].len,
                                  0, vmas[i].prot, MAP_SHARED };
            if (tx(HTP_MMAP, &m, sizeof(m), NULL, 0) < 0 || !serve(NULL, NULL))
                break;
        }
    }
    return 0;
fail:
    real_close(conn);
    conn = -1;
    errno = ENOENT;
    return -1;
}

static void atfork_prepare(void) { pthread_mutex_lock(&lock); }
static void atfork_parent(void) { pthread_mutex_unlock(&lock); }
static void atfork_child(void) { pthread_mutex_init(&lock, NULL); my_pid = getpid(); }

__attribute__((constructor)) static void init(void)
{
    my_pid = getpid();
    configure();
    pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
}

/* ---- memory access on the server's behalf ------------------------------------------- */
/* copy without crashing on a bad pointer: the kernel checks both ranges */
static int safe_copy(void *dst, const void *src, size_t n)
{
    struct iovec l = { dst, n }, r = { (void *)src, n };
    return process_vm_readv(my_pid, &l, 1, &r, 1, 0) == (ssize_t)n ? 0 : EFAULT;
}
static int safe_store(void *dst, const void *src, size_t n)
{
    struct iovec l = { (void *)src, n }, r = { dst, n };
    return process_vm_writev(my_pid, &l, 1, &r, 1, 0) == (ssize_t)n ? 0 : EFAULT;
}

static int reserve(uintptr_t addr, size_t len)
{
    void *p = real_mmap((void *)addr, len, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    return p == MAP_FAILED ? -1 : 0;
}

/* Serve the server's commands until its RET; returns RET and fills *out* fds. */
static struct htp_ret *serve(int *fds, int *nfds)
{
    static uint8_t data[HTP_MAX_MSG];
    for (;;) {
        struct htp_hdr *h = rx(fds, nfds);
        if (!h)
            return NULL;
        void *p = h + 1;
        switch (h->type) {
        case HTP_RET: {
            return p;
        }
        case HTP_READ: {
            struct htp_range *g = p;
            struct htp_data d = { 0, 0 };
            size_t n = g->len > sizeof(data) ? sizeof(data) : g->len;
            d.err = safe_copy(data, (void *)g->addr, n);
            tx(HTP_DATA, &d, sizeof(d), data, d.err ? 0 : n);
            break;
        }
        case HTP_WRITE: {
            struct htp_range *g = p;
            safe_store((void *)g->addr, g + 1, g->len);
            break;
        }
        case HTP_MAP: {
            struct htp_map *m = p;
            if (real_mmap((void *)m->addr, m->len, m->prot, MAP_SHARED | MAP_FIXED, guest_fd,
                          m->off) == MAP_FAILED)
                DBG("MAP %#lx+%#lx failed: %s", (long)m->addr, (long)m->len, strerror(errno));
            break;
        }
        case HTP_UNMAP: {
            struct htp_range *g = p;
            reserve(g->addr, g->len);
            break;
        }
        default:
            DBG("unexpected message %u", h->type);
            return NULL;
        }
    }
}

/* ---- open / close / dup ------------------------------------------------------------- */
static int path_kind(const char *path)
{
    if (!path || strncmp(path, "/", 1))
        return HTK_NONE;
    if (!strcmp(path, "/dev/xen/privcmd") || !strcmp(path, "/proc/xen/privcmd"))
        return HTK_PRIVCMD;
    if (!strcmp(path, "/dev/xen/hypercall"))
        return HTK_HYPERCALL;
    if (!strcmp(path, "/dev/xen/evtchn"))
        return HTK_EVTCHN;
    if (!strcmp(path, "/dev/xen/gntdev"))
        return HTK_GNTDEV;
    return HTK_NONE;
}

static const char *kind_name[HTK_MAX] = { "-", "privcmd", "hypercall", "evtchn", "gntdev" };

static int fake_open(const char *path, int kind, int flags)
{
    int fd = -1, fds[4], nfds = 0;
    int cloexec = flags & O_CLOEXEC;

    if (mode == M_NULL) {
        if (kind == HTK_EVTCHN || kind == HTK_GNTDEV) {
            errno = ENOENT;
            return -1;
        }
        if (kind == HTK_HYPERCALL && arena_setup() < 0)
            return -1;
        fd = memfd_create(kind_name[kind], cloexec ? MFD_CLOEXEC : 0);
        if (fd >= 0 && fd < MAXFD)
            fdkind[fd] = kind, fdhandle[fd] = fd;
        return fd;
    }
    pthread_mutex_lock(&lock);
    if (connect_server() < 0) {
        pthread_mutex_unlock(&lock);
        errno = ENOENT;
        return -1;
    }
    if (kind != HTK_EVTCHN)
        fd = memfd_create(kind_name[kind], cloexec ? MFD_CLOEXEC : 0);
    struct htp_open o = { kind, flags, fd, 0 };
    tx(HTP_OPEN, &o, sizeof(o), NULL, 0);
    struct htp_ret *r = serve(fds, &nfds);
    int rc = r ? (int)r->rc : -1, err = r ? r->err : EIO;
    pthread_mutex_unlock(&lock);
    if (rc < 0) {
        if (fd >= 0)
            real_close(fd);
        for (int i = 0; i < nfds; i++)
            real_close(fds[i]);
        errno = err;
        return -1;
    }
    if (kind == HTK_EVTCHN) {
        if (nfds < 1) {
            errno = EIO;
            return -1;
        }
        fd = fds[0];                       /* received with MSG_CMSG_CLOEXEC */
        if (!cloexec)
            real_fcntl(fd, F_SETFD, 0);
        for (int i = 1; i < nfds; i++)
            real_close(fds[i]);
    }
    if (fd >= MAXFD) {
        real_close(fd);
        errno = EMFILE;
        return -1;
    }
    if (fd >= 0)   /* the server names the open file in RET.rc (evtchn fds come from it) */
        fdkind[fd] = kind, fdhandle[fd] = rc > 0 ? rc : fd;
    DBG("open(%s) = %d [%s]", path, fd, kind_name[kind]);
    return fd;
}

/* /proc/xen/capabilities of the emulated host: the program runs in its control domain
 * (xenfs's capabilities_read [Linux] says "control_d" there).  A memfd holding it, opened
 * for reading only: nothing else is needed of the file, and the server need not know. */
#define CAPABILITIES_PATH "/proc/xen/capabilities"
static int fake_capabilities(int flags)
{
    static const char text[] = "control_d\n";
    int fd = memfd_create("xen-capabilities", flags & O_CLOEXEC ? MFD_CLOEXEC : 0);
    if (fd < 0)
        return -1;
    if (write(fd, text, sizeof(text) - 1) != (ssize_t)(sizeof(text) - 1) ||
        lseek(fd, 0, SEEK_SET) < 0) {
        int err = errno;
        real_close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

static int do_open(int dirfd, const char *path, int flags, mode_t m, int at)
{
    configure();
    if (mode == M_EMULATE && path && !strcmp(path, CAPABILITIES_PATH)) {
        if ((flags & O_ACCMODE) != O_RDONLY) {
            errno = EACCES;
            return -1;
        }
        return fake_capabilities(flags);
    }
    int kind = mode == M_OFF ? HTK_NONE : path_kind(path);
    if (kind == HTK_NONE || mode == M_OBSERVE) {
        int fd = at ? real_openat(dirfd, path, flags, m) : real_open(path, flags, m);
        if (kind != HTK_NONE && fd >= 0 && fd < MAXFD)  /* the real device, observed */
            fdkind[fd] = kind, fdhandle[fd] = fd;
        return fd;
    }
    return fake_open(path, kind, flags);
}

#define OPEN_MODE(flags) ({ mode_t _m = 0; if ((flags) & (O_CREAT | __O_TMPFILE)) { \
    va_list ap; va_start(ap, flags); _m = va_arg(ap, int); va_end(ap); } _m; })

HT_EXPORT int open(const char *path, int flags, ...) { resolve(); return do_open(AT_FDCWD, path, flags, OPEN_MODE(flags), 0); }
HT_EXPORT int open64(const char *path, int flags, ...) { resolve(); return do_open(AT_FDCWD, path, flags, OPEN_MODE(flags), 0); }
HT_EXPORT int __open_2(const char *path, int flags) { resolve(); return do_open(AT_FDCWD, path, flags, 0, 0); }
HT_EXPORT int __open64_2(const char *path, int flags) { resolve(); return do_open(AT_FDCWD, path, flags, 0, 0); }
HT_EXPORT int openat(int d, const char *path, int flags, ...) { resolve(); return do_open(d, path, flags, OPEN_MODE(flags), 1); }
HT_EXPORT int openat64(int d, const char *path, int flags, ...) { resolve(); return do_open(d, path, flags, OPEN_MODE(flags), 1); }
HT_EXPORT int __openat_2(int d, const char *path, int flags) { resolve(); return do_open(d, path, flags, 0, 1); }

static void forget(int fd)
{
    int kind = fdkind[fd];
    fdkind[fd] = 0;
#ifdef HT_INPROCESS
    if (fdhandle[fd] >= 0 && fdhandle[fd] < MAXFD)
        restricted[fdhandle[fd]] = 0;   /* the server forgets it at CLOSE too */
#endif
    if (mode == M_NULL || mode == M_OBSERVE || conn < 0)
        return;
    pthread_mutex_lock(&lock);
    if (connect_server() == 0) {
        struct htp_close c = { fdhandle[fd], kind };
        tx(HTP_CLOSE, &c, sizeof(c), NULL, 0);
    }
    pthread_mutex_unlock(&lock);
}

HT_EXPORT int close(int fd)
{
    resolve();
    if (is_ours(fd))
        forget(fd);
    return real_close(fd);
}

static int dup_result(int oldfd, int newfd)
{
    if (newfd >= 0 && newfd < MAXFD && is_ours(oldfd))
        fdkind[newfd] = fdkind[oldfd], fdhandle[newfd] = fdhandle[oldfd];
    return newfd;
}

HT_EXPORT int dup(int fd) { resolve(); return dup_result(fd, real_dup(fd)); }

HT_EXPORT int dup2(int oldfd, int newfd)
{
    resolve();
    if (oldfd != newfd && is_ours(newfd))  /* xentoolcore restrict: dup2(/dev/null, fd) */
        forget(newfd);
    return dup_result(oldfd, real_dup2(oldfd, newfd));
}

HT_EXPORT int dup3(int oldfd, int newfd, int flags)
{
    resolve();
    if (oldfd != newfd && is_ours(newfd))
        forget(newfd);
    return dup_result(oldfd, real_dup3(oldfd, newfd, flags));
}

HT_EXPORT int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    long arg = va_arg(ap, long);
    va_end(ap);
    resolve();
    int r = real_fcntl(fd, cmd, arg);
    if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
        dup_result(fd, r);
    return r;
}
HT_EXPORT int fcntl64(int fd, int cmd, ...) __attribute__((alias("fcntl")));

/* ---- ioctl -------------------------------------------------------------------------- */
#define IOC_SIZE(c) (((c) >> 16) & 0x3fff)
#define HYPERCALL_IOCTL 0x305000UL

#ifdef HT_INPROCESS
#define RESTRICT_IOCTL 0x25006UL   /* IOCTL_PRIVCMD_RESTRICT (haptrace/realprog/linux.py) */

/* A hypercall run in process answered unsupported: the server reports it, as when it runs
 * one (its outcome's decoded part: the hypercall, command and sub-op, and why). */
static void tell_unsupported(const ht_abi_outcome *out)
{
    struct htp_unsupported u = { out->op, out->cmd, out->subop, out->decoded, out->reason };
    pthread_mutex_lock(&lock);
    if (connect_server() == 0)
        tx(HTP_UNSUPPORTED, &u, sizeof(u), NULL, 0);
    pthread_mutex_unlock(&lock);
}

/* IOCTL_PRIVCMD_HYPERCALL in the program's own process, answered as the server answers it
 * (privcmd_ioctl_hypercall [Linux]: the hypercall's value, or -1 with errno; ENOSYS for an
 * unsupported one).  0: not run here (no shared machine, a forked child not yet connected,
 * a restricted file, or the machine left it to the server): the socket path runs it. */
static int inprocess_hypercall(int fd, const void *arg, uint32_t size, long *rc, int *err)
{
    int handle = fdhandle[fd];
    ht_shared *machine = __atomic_load_n(&shared, __ATOMIC_ACQUIRE);
    if (!machine || conn_pid != my_pid || size != sizeof(ht_hypercall_rec) ||
        (handle >= 0 && handle < MAXFD && restricted[handle]))
        return 0;
    ht_hypercall_rec hc;
    memcpy(&hc, arg, sizeof(hc));   /* privcmd_hypercall_t: op and five arguments */
    int64_t raw;
    ht_abi_outcome out;
    if (!ht_shared_hypercall(machine, &hc, regions, nregions, &raw, &out))
        return 0;
    if (raw == HT_RAW_UNSUPPORTED) {
        tell_unsupported(&out);
        raw = -ENOSYS;
    }
    *rc = raw < 0 ? -1 : raw;
    *err = raw < 0 ? (int)-raw : 0;
    return 1;
}
#endif

/* The null device (benchmarks): every hypercall succeeds with 0 at once, touching no
 * memory; any other ioctl is the driver's default, ENOTTY. */
static int null_ioctl(int fd, unsigned long cmd)
{
    if (cmd == HYPERCALL_IOCTL && fdkind[fd] == HTK_PRIVCMD)
        return 0;
    errno = ENOTTY;
    return -1;
}

/* Observe mode: the real ioctl, shown to the recorder before it (IOCTL: the argument
 * bytes; the recorder reads the caller's buffers) and after it (OBSERVED, with what it
 * returned; the recorder reads what the driver or Xen wrote back).  The recorder going
 * away never changes what the program sees: the ioctl is made all the same. */
static int observe_ioctl(int fd, unsigned long cmd, void *arg)
{
    uint8_t argbytes[1024];
    uint32_t size = arg ? IOC_SIZE(cmd) : 0;
    if (size > sizeof(argbytes))
        size = sizeof(argbytes);
    if (size)
        memcpy(argbytes, arg, size);
    pthread_mutex_lock(&lock);
    int told = connect_server() == 0;
    if (told) {
        struct htp_ioctl m = { fdhandle[fd], fdkind[fd], cmd, (uintptr_t)arg, size, 0 };
        told = tx(HTP_IOCTL, &m, sizeof(m), argbytes, size) == 0 && serve(NULL, NULL);
    }
    int rc = real_ioctl(fd, cmd, arg), err = rc < 0 ? errno : 0;
    if (told) {
        struct htp_ret r = { rc, err, 0 };
        if (tx(HTP_OBSERVED, &r, sizeof(r), NULL, 0) == 0)
            serve(NULL, NULL);
    }
    pthread_mutex_unlock(&lock);
    DBG("ioctl(%d, %#lx) = %d (observed%s)", fd, cmd, rc, told ? "" : ", recorder gone");
    errno = err;
    return rc;
}

HT_EXPORT int ioctl(int fd, unsigned long cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    resolve();
    if (!is_ours(fd))
        return real_ioctl(fd, cmd, arg);
    if (mode == M_NULL)
        return null_ioctl(fd, cmd);
    if (mode == M_OBSERVE)
        return observe_ioctl(fd, cmd, arg);

    uint32_t size = arg ? IOC_SIZE(cmd) : 0;
    long rc = -1;
    int err = EIO;
#ifdef HT_INPROCESS
    if (cmd == HYPERCALL_IOCTL && fdkind[fd] == HTK_PRIVCMD &&
        inprocess_hypercall(fd, arg, size, &rc, &err))
        goto done;
#endif
    uint8_t argbytes[1024];
    if (size > sizeof(argbytes))
        size = sizeof(argbytes);
    /* A plain copy: the argument is the caller's own struct (a bad pointer crashes here
     * where the kernel would answer EFAULT).  Server READ/WRITEs use the checked copies. */
    if (size)   /* (an ioctl without an argument passes none: NULL) */
        memcpy(argbytes, arg, size);
    pthread_mutex_lock(&lock);
    if (connect_server() < 0) {
        pthread_mutex_unlock(&lock);
        errno = EIO;
        return -1;
    }
    struct htp_ioctl m = { fdhandle[fd], fdkind[fd], cmd, (uintptr_t)arg, size, 0 };
    tx(HTP_IOCTL, &m, sizeof(m), argbytes, size);
    struct htp_ret *r = serve(NULL, NULL);
    if (r) {
        rc = r->rc, err = r->err;
        if (r->outlen && r->outlen <= size)
            memcpy(arg, r + 1, r->outlen);
    }
#ifdef HT_INPROCESS
    if (!err && cmd == RESTRICT_IOCTL && fdkind[fd] == HTK_PRIVCMD && fdhandle[fd] >= 0 &&
        fdhandle[fd] < MAXFD)
        restricted[fdhandle[fd]] = 1;
#endif
    pthread_mutex_unlock(&lock);
#ifdef HT_INPROCESS
done:
#endif
    DBG("ioctl(%d, %#lx) = %ld%s%s", fd, cmd, rc, err ? " " : "", err ? strerror(err) : "");
    if (err) {
        errno = err;
        return -1;
    }
    return rc;
}

/* ---- mmap / munmap ------------------------------------------------------------------ */
static void *arena_alloc(size_t len, int prot)
{
    size_t n = (len + 4095) >> 12;
    for (size_t start = 0; start + n <= ARENA_PAGES; start++) {
        size_t i;
        for (i = 0; i < n; i++)
            if (arena_used[(start + i) / 64] >> ((start + i) % 64) & 1)
                break;
        if (i < n) {
            start += i;
            continue;
        }
        for (i = 0; i < n; i++)
            arena_used[(start + i) / 64] |= 1ULL << ((start + i) % 64);
        void *p = real_mmap((void *)(arena_base + (start << 12)), n << 12, prot,
                            MAP_SHARED | MAP_FIXED, arena_fd, start << 12);
        if (p != MAP_FAILED)
            memset(p, 0, n << 12);
        return p;
    }
    errno = ENOMEM;
    return MAP_FAILED;
}

static int in_arena(uintptr_t a) { return arena_fd >= 0 && a >= arena_base && a < arena_base + HTP_ARENA_BYTES; }

static void *do_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    resolve();
    if (!is_ours(fd))
        return real_mmap(addr, len, prot, flags, fd, off);
    int kind = fdkind[fd];
    void *p;
    if (mode == M_OBSERVE) {
        p = real_mmap(addr, len, prot, flags, fd, off);
        if (p == MAP_FAILED || (kind != HTK_HYPERCALL && kind != HTK_PRIVCMD))
            return p;
        /* A hypercall buffer (the recorder reads it around each hypercall), or a privcmd
         * mapping (foreign maps go into it; its munmap unmaps them). */
        int saved = errno;
        pthread_mutex_lock(&lock);
        if (nvma < MAXVMA && connect_server() == 0) {
            vmas[nvma++] = (struct vma){ (uintptr_t)p, len, fd, kind, prot };
            struct htp_mmap m = { fdhandle[fd], kind, (uintptr_t)p, len, off, prot, flags };
            if (tx(HTP_MMAP, &m, sizeof(m), NULL, 0) == 0)
                serve(NULL, NULL);
        }
        pthread_mutex_unlock(&lock);
        errno = saved;
        return p;
    }
    if (mode == M_NULL || (mode == M_EMULATE && kind == HTK_HYPERCALL)) {
        if (kind != HTK_HYPERCALL) {
            errno = ENODEV;
            return MAP_FAILED;
        }
        pthread_mutex_lock(&lock);
        if (mode == M_EMULATE)
            connect_server();               /* a forked child needs its own arena */
        p = arena_alloc(len, prot);
        pthread_mutex_unlock(&lock);
        DBG("mmap(hypercall, %zu) = %p", len, p);
        return p;
    }
    p = real_mmap(addr, len, PROT_NONE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | (flags & MAP_FIXED), -1, 0);
    if (p == MAP_FAILED)
        return p;
    madvise(p, len, MADV_DONTFORK);         /* privcmd VMAs are VM_DONTCOPY [Linux] */
    pthread_mutex_lock(&lock);
    struct htp_mmap m = { fdhandle[fd], kind, (uintptr_t)p, len, off, prot, flags };
    struct htp_ret *r = NULL;
    if (connect_server() == 0) {
        tx(HTP_MMAP, &m, sizeof(m), NULL, 0);
        r = serve(NULL, NULL);
    }
    int err = r ? r->err : EIO;
    if (!err && nvma < MAXVMA)
        vmas[nvma++] = (struct vma){ (uintptr_t)p, len, fd, kind, prot };
    pthread_mutex_unlock(&lock);
    DBG("mmap(%s fd %d, %zu, prot %d, off %#lx) = %p err %d", kind_name[kind], fd, len, prot,
        (long)off, p, err);
    if (err) {
        real_munmap(p, len);
        errno = err;
        return MAP_FAILED;
    }
    return p;
}

HT_EXPORT void *mmap(void *a, size_t l, int p, int f, int fd, off_t o) { return do_mmap(a, l, p, f, fd, o); }
HT_EXPORT void *mmap64(void *a, size_t l, int p, int f, int fd, off_t o) { return do_mmap(a, l, p, f, fd, o); }

HT_EXPORT int munmap(void *addr, size_t len)
{
    resolve();
    uintptr_t a = (uintptr_t)addr, e = a + ((len + 4095) & ~4095UL);
    if (in_arena(a)) {
        pthread_mutex_lock(&lock);
        for (uintptr_t x = a; x < e && in_arena(x); x += 4096) {
            size_t pg = (x - arena_base) >> 12;
            arena_used[pg / 64] &= ~(1ULL << (pg % 64));
        }
        int rc = reserve(a, e - a);
        pthread_mutex_unlock(&lock);
        return rc;
    }
    for (int i = 0; i < ninherited; i++)
        if (a >= inherited[i].base && a < inherited[i].base + HTP_ARENA_BYTES)
            return reserve(a, e - a);          /* a buffer inherited from the parent */
    int touched = 0;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < nvma; i++) {
        struct vma *v = &vmas[i];
        uintptr_t ve = v->addr + v->len;
        if (e <= v->addr || a >= ve)
            continue;
        touched = 1;
        if (a <= v->addr && e >= ve) {                 /* whole */
            vmas[i--] = vmas[--nvma];
        } else if (a <= v->addr) {                     /* head */
            v->len = ve - e, v->addr = e;
        } else if (e >= ve) {                          /* tail */
            v->len = a - v->addr;
        } else if (nvma < MAXVMA) {                    /* middle: split */
            vmas[nvma++] = (struct vma){ e, ve - e, v->fd, v->kind, v->prot };
            v->len = a - v->addr;
        }
    }
    int rc = real_munmap(addr, len);
    if (touched && mode != M_NULL && connect_server() == 0) {
        struct htp_range r = { a, e - a };
        tx(HTP_MUNMAP, &r, sizeof(r), NULL, 0);
    }
    pthread_mutex_unlock(&lock);
    return rc;
}
