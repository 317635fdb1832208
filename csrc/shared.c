/*
 * A machine shared by the processes of `haptrace run` (docs/real-programs.md,
 * "Performance"): the privcmd server carves the whole machine (ht_machine_build) out of
 * one memfd it maps at an address of its choosing, and passes the memfd and the address to
 * each program's shim over the socket's handshake; the shim maps it at the same address,
 * so every pointer the machine holds means the same in every process, and runs the hot
 * hypercalls in the program's own process with its own copy of the engine (built from
 * these sources in the same build: the same layouts, checked at attach).
 *
 * One process-shared robust mutex orders everything: a program's in-process hypercall
 * takes it around the engine call, and the server holds it while it handles anything
 * (haptrace/realprog/server.py), so each in-process call falls wholly between two of the
 * server's operations.  What the server must see (the calls it acts on, anything
 * unsupported, everything while a recorder listens) is never run in process: the defer
 * bitmap names those calls, and the gate is shut while the server needs every call.
 *
 * Mirrors no Xen function: how processes share the model is the emulator's own.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine.h"
#include "gen/ht_abi.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000   /* Linux 4.17; older kernels take it as a hint */
#endif

#define SHARED_MAGIC 0x6874736861726564ull   /* "htshared" */

struct ht_shared {
    uint64_t magic;
    /* What both sides' builds must agree on (ht_shared_attach compares). */
    uint64_t header_bytes, machine_bytes, ncalls, abis;
    char revision[64];
    uint64_t bytes;                 /* the whole region */
    pthread_mutex_t lock;
    uint32_t gate;                  /* nonzero: in-process hypercalls allowed now */
    uint32_t abi;                   /* the ABI version the server decodes with */
    uint64_t local_calls;           /* hypercalls run in programs' processes */
    ht_machine *machine;            /* in this region, after the header */
    uint8_t defer[(HT_NCALLS + 7) / 8];   /* calls the server must run (it acts on them) */
};

#define HEADER_BYTES ((sizeof(struct ht_shared) + 63) & ~(size_t)63)

/* Addresses the server tries for the region: above where ASan's shadow memory ends
 * (0x10007fff8000) and below where Linux places a 64-bit process's program, heap and
 * mmaps (0x55..., 0x7f...), so that a program is unlikely to have anything there. */
#define SHARED_FIRST_ADDRESS 0x500000000000ull
#define SHARED_STRIDE 0x010000000000ull
#define SHARED_TRIES 8

static int shared_error(char *err, size_t errlen, const char *what)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s", what, strerror(errno));
    return -1;
}

ht_shared *ht_shared_new(const ht_host_config *config, uint32_t abi, int *fd, char *err,
                         size_t errlen)
{
    if (!config || !fd || abi >= HT_ABI_COUNT) {
        if (err && errlen)
            snprintf(err, errlen, "no configuration, or an unknown ABI version");
        return NULL;
    }
    uint64_t bytes = HEADER_BYTES + ht_carve_bytes(config);
    bytes = (bytes + 4095) & ~4095ull;
    int memfd = memfd_create("haptrace-machine", MFD_CLOEXEC);
    if (memfd < 0 || ftruncate(memfd, (off_t)bytes) < 0) {
        shared_error(err, errlen, "cannot make the shared machine's memfd");
        if (memfd >= 0)
            close(memfd);
        return NULL;
    }
    void *p = MAP_FAILED;
    for (int i = 0; i < SHARED_TRIES && p == MAP_FAILED; i++) {
        void *want = (void *)(uintptr_t)(SHARED_FIRST_ADDRESS + i * SHARED_STRIDE);
        p = mmap(want, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED_NOREPLACE,
                 memfd, 0);
        if (p != MAP_FAILED && p != want) {   /* a kernel that took it as a hint */
            munmap(p, bytes);
            p = MAP_FAILED;
        }
    }
    if (p == MAP_FAILED) {
        shared_error(err, errlen, "cannot map the shared machine");
        close(memfd);
        return NULL;
    }
    struct ht_shared *s = p;
    s->header_bytes = sizeof *s;
    s->machine_bytes = sizeof(ht_machine);
    s->ncalls = HT_NCALLS;
    s->abis = HT_ABI_COUNT;
    snprintf(s->revision, sizeof s->revision, "%s", HT_CATALOGUE_REVISION);
    s->bytes = bytes;
    s->abi = abi;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    int rc = pthread_mutex_init(&s->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    struct ht_carve carve = {(uint8_t *)p + HEADER_BYTES, bytes - HEADER_BYTES, 0};
    s->machine = rc ? NULL : ht_machine_build(config, &carve, err, errlen);
    if (!s->machine) {
        if (rc && err && errlen)
            snprintf(err, errlen, "cannot make the shared machine's lock");
        munmap(p, bytes);
        close(memfd);
        return NULL;
    }
    s->magic = SHARED_MAGIC;
    *fd = memfd;
    return s;
}

void ht_shared_free(ht_shared *s)
{
    if (!s)
        return;
    ht_machine_free(s->machine);
    munmap(s, s->bytes);
}

ht_machine *ht_shared_machine(ht_shared *s) { return s->machine; }
uint64_t ht_shared_address(const ht_shared *s) { return (uintptr_t)s; }
uint64_t ht_shared_size(const ht_shared *s) { return s->bytes; }
uint64_t ht_shared_local_calls(const ht_shared *s)
{
    return __atomic_load_n(&s->local_calls, __ATOMIC_RELAXED);
}

void ht_shared_lock(ht_shared *s)
{
    /* A process that died holding the lock (killed mid-call) leaves the machine as its
     * call left it: the emulation goes on from there, as a hypervisor would go on when a
     * dom0 process dies; the audit finds any invariant the cut call broke. */
    if (pthread_mutex_lock(&s->lock) == EOWNERDEAD)
        pthread_mutex_consistent(&s->lock);
}

void ht_shared_unlock(ht_shared *s) { pthread_mutex_unlock(&s->lock); }

void ht_shared_set_gate(ht_shared *s, int open)
{
    __atomic_store_n(&s->gate, open ? 1u : 0u, __ATOMIC_RELEASE);
}

int ht_shared_defer(ht_shared *s, uint32_t call)
{
    if (call >= HT_NCALLS)
        return -1;
    s->defer[call >> 3] |= (uint8_t)(1u << (call & 7));
    return 0;
}

ht_shared *ht_shared_attach(int fd, uint64_t address, uint64_t size)
{
    if (size < HEADER_BYTES || address % 4096 || size % 4096)
        return NULL;
    void *want = (void *)(uintptr_t)address;
    void *p = mmap(want, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED_NOREPLACE, fd, 0);
    if (p == MAP_FAILED)
        return NULL;
    struct ht_shared *s = p;
    if (p != want || s->magic != SHARED_MAGIC || s->bytes != size ||
        s->header_bytes != sizeof *s || s->machine_bytes != sizeof(ht_machine) ||
        s->ncalls != HT_NCALLS || s->abis != HT_ABI_COUNT ||
        strncmp(s->revision, HT_CATALOGUE_REVISION, sizeof s->revision) != 0) {
        munmap(p, size);   /* not this build's machine, or not where it must be */
        return NULL;
    }
    return s;
}

void ht_shared_detach(ht_shared *s)
{
    if (s)
        munmap(s, s->bytes);
}

int ht_shared_hypercall(ht_shared *s, const ht_hypercall_rec *hc, const ht_guest_region *mem,
                        size_t nmem, int64_t *raw, ht_abi_outcome *out)
{
    if (!__atomic_load_n(&s->gate, __ATOMIC_ACQUIRE))
        return 0;
    ht_shared_lock(s);
    int ran = 0;
    ht_machine *m = s->machine;
    /* The gate may have shut while this waited; a journal (a snapshot the server may roll
     * back to) lives in the server's heap, so its calls are the server's too. */
    if (s->gate && !m->journal.on) {
        ran = ht_hypercall_local(m, s->abi, hc, mem, nmem, s->defer, raw, out);
        if (ran)
            s->local_calls++;
    }
    ht_shared_unlock(s);
    return ran;
}
