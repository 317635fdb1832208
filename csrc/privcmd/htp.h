/*
 * htp.h -- the haptrace privcmd protocol (HTP) between the LD_PRELOAD shim (htshim.c) and
 * the privcmd server of `haptrace run` (haptrace/realprog/server.py, whose struct formats
 * mirror these; tests/realprog/test_protocol.py compiles this header and compares).
 *
 * The shim is a generic agent: it knows which device paths to fake and how to reserve
 * address space, but no Xen struct layout.  It forwards each device operation (open, ioctl
 * with the _IOC_SIZE bytes of its argument, mmap) and the server answers with zero or more
 * commands (READ / WRITE the caller's memory, MAP host frames into a reserved range)
 * followed by one RET.  MUNMAP and CLOSE are one-way.
 *
 * Messages are {htp_hdr, payload}; over the SOCK_SEQPACKET Unix socket one datagram is one
 * message.  All integers are host (x86_64 little-endian) order.
 *
 * Observe mode (`haptrace record -- CMD`, the shim built as _htrec with HT_ENV
 * HAPTRACE_RECORD): the shim passes every device operation to the real device and tells
 * the recorder about the hypercall buffers it maps (MMAP of kind HYPERCALL, reply RET;
 * MUNMAP) and each IOCTL_PRIVCMD_HYPERCALL twice: IOCTL before the real ioctl, OBSERVED
 * (its rc and errno) after it; the recorder READs the buffers each time and answers RET.
 * It never WRITEs or MAPs in this mode.
 *
 * In-process hypercalls (the shim built with the engine, HT_INPROCESS): HELLO's RET may
 * carry an htp_machine and, after the host frames memfd, the memfd of the machine the
 * server shares (csrc/shared.c), to be mapped at htp_machine.addr.  The shim then runs the
 * hypercalls it can in the program's own process and sends the server only those it must
 * see; one that ran in process and answered unsupported is told with UNSUPPORTED.
 */
#ifndef HTP_H
#define HTP_H
#include <stdint.h>

#define HTP_VERSION 1
#define HTP_MAX_MSG (128 * 1024)          /* largest message either side sends */
#define HTP_ARENA_BYTES (64UL << 20)      /* hypercall-buffer arena reserved per process */

enum htp_kind {                           /* which device a fake fd stands for */
    HTK_NONE = 0,
    HTK_PRIVCMD = 1,                      /* /dev/xen/privcmd, /proc/xen/privcmd */
    HTK_HYPERCALL = 2,                    /* /dev/xen/hypercall */
    HTK_EVTCHN = 3,                       /* /dev/xen/evtchn */
    HTK_GNTDEV = 4,                       /* /dev/xen/gntdev */
    HTK_MAX
};

enum htp_type {
    /* client (shim) -> server */
    HTP_HELLO = 1,      /* htp_hello; fds: [arena memfd, inherited arenas]; reply RET (+ fds
                           [host frames memfd, shared machine memfd], out htp_machine) */
    HTP_OPEN = 2,       /* htp_open; reply RET (rc = handle or -1/err; fds: [device fd] for evtchn) */
    HTP_IOCTL = 3,      /* htp_ioctl + argsize bytes; reply: commands, RET (out = new arg bytes) */
    HTP_MMAP = 4,       /* htp_mmap; the shim has reserved [addr, addr+len); reply: commands, RET */
    HTP_MUNMAP = 5,     /* htp_range; one-way */
    HTP_CLOSE = 6,      /* htp_close; one-way */
    HTP_DATA = 7,       /* reply to READ: htp_data + bytes */
    HTP_OBSERVED = 8,   /* observe mode: htp_ret of the real ioctl just made (after an
                           IOCTL naming it); reply: commands, RET */
    HTP_UNSUPPORTED = 9,/* htp_unsupported: a hypercall run in process was unsupported (the
                           program got ENOSYS, as from the server); one-way */
    /* server -> client */
    HTP_RET = 64,       /* htp_ret + outlen bytes copied over the ioctl argument */
    HTP_READ = 65,      /* htp_range; the shim answers DATA (err = EFAULT if unreadable) */
    HTP_WRITE = 66,     /* htp_range + bytes; no reply */
    HTP_MAP = 67,       /* htp_map: mmap(addr, len, prot, MAP_SHARED|MAP_FIXED, frames memfd, off) */
    HTP_UNMAP = 68,     /* htp_range: put the reservation back over [addr, addr+len) */
};

struct htp_hdr { uint32_t type, len; };               /* len = payload bytes */

#define HTP_MAX_INHERIT 4
struct htp_hello {
    uint32_t version, pid, ppid, flags;
    uint64_t arena_base, arena_size;                   /* hypercall buffers live here */
    uint32_t ninherit, pad;                            /* arenas inherited over fork(): */
    uint64_t inherit_base[HTP_MAX_INHERIT];            /* HTP_ARENA_BYTES each; fds follow */
};
struct htp_open { uint32_t kind, flags; int32_t fd, pad; };   /* fd: the handle naming this open file */
struct htp_ioctl {
    int32_t fd; uint32_t kind;                         /* fd = handle (fd number at open) */
    uint64_t cmd, argp;
    uint32_t argsize, pad;                             /* argsize bytes follow */
};
struct htp_mmap {
    int32_t fd; uint32_t kind;
    uint64_t addr, len, off;
    int32_t prot, flags;
};
struct htp_range { uint64_t addr, len; };
struct htp_close { int32_t fd; uint32_t kind; };
struct htp_data { int32_t err; uint32_t pad; };       /* + bytes */
struct htp_ret { int64_t rc; int32_t err; uint32_t outlen; };  /* + outlen bytes */
struct htp_map { uint64_t addr, len, off; int32_t prot, pad; };
struct htp_machine { uint64_t addr, size; };          /* where the shared machine is mapped */
struct htp_unsupported {                              /* ht_abi_outcome's decoded part */
    uint64_t op, cmd, subop;
    uint32_t decoded, reason;
};

#endif
