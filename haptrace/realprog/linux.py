"""The Linux Xen drivers' ioctl interface as the 4.17 libraries use it (ref xen-4.17.md §1.2;
Debian libxen-dev's xen/sys/privcmd.h and evtchn.h, which tests/realprog/test_protocol.py
compiles against to check every number and size here).  These are the dom0 kernel's
numbers, not Xen's: the kernel driver is what `haptrace run` stands in for."""

from __future__ import annotations

import struct

# privcmd (xen/sys/privcmd.h)
IOCTL_PRIVCMD_HYPERCALL = 0x305000
IOCTL_PRIVCMD_MMAPBATCH = 0x185003
IOCTL_PRIVCMD_MMAPBATCH_V2 = 0x205004
IOCTL_PRIVCMD_DM_OP = 0x105005
IOCTL_PRIVCMD_RESTRICT = 0x25006
IOCTL_PRIVCMD_MMAP_RESOURCE = 0x205007

PRIVCMD_HYPERCALL = struct.Struct("<Q5Q")  # privcmd_hypercall_t {op, arg[5]}
PRIVCMD_MMAPBATCH_V2 = struct.Struct("<IH2xQQQ")  # {num, dom, addr, arr, err}
PRIVCMD_DM_OP = struct.Struct("<HH4xQ")  # {dom, num, ubufs}
DOMID = struct.Struct("<H")  # IOCTL_PRIVCMD_RESTRICT's domid_t
PRIVCMD_MMAP_RESOURCE = struct.Struct("<H2xIIIQQ")  # {dom, type, id, idx, num, addr}

# evtchn (xen/sys/evtchn.h)
IOCTL_EVTCHN_BIND_VIRQ = 0x44500
IOCTL_EVTCHN_BIND_INTERDOMAIN = 0x84501
IOCTL_EVTCHN_BIND_UNBOUND_PORT = 0x44502
IOCTL_EVTCHN_UNBIND = 0x44503
IOCTL_EVTCHN_NOTIFY = 0x44504
IOCTL_EVTCHN_RESET = 0x4505
IOCTL_EVTCHN_RESTRICT_DOMID = 0x24506

EVTCHN_BIND_INTERDOMAIN = struct.Struct("<II")  # {remote_domain, remote_port}
EVTCHN_PORT = struct.Struct("<I")  # bind_unbound_port's remote_domain, unbind's and notify's port
EVTCHN_RESTRICT = struct.Struct("<H")  # restrict_domid's domid_t

EVTCHN_IOCTL_NAMES = {
    IOCTL_EVTCHN_BIND_VIRQ: "IOCTL_EVTCHN_BIND_VIRQ",
    IOCTL_EVTCHN_BIND_INTERDOMAIN: "IOCTL_EVTCHN_BIND_INTERDOMAIN",
    IOCTL_EVTCHN_BIND_UNBOUND_PORT: "IOCTL_EVTCHN_BIND_UNBOUND_PORT",
    IOCTL_EVTCHN_UNBIND: "IOCTL_EVTCHN_UNBIND",
    IOCTL_EVTCHN_NOTIFY: "IOCTL_EVTCHN_NOTIFY",
    IOCTL_EVTCHN_RESET: "IOCTL_EVTCHN_RESET",
    IOCTL_EVTCHN_RESTRICT_DOMID: "IOCTL_EVTCHN_RESTRICT_DOMID",
}

IOCTL_NAMES = {
    IOCTL_PRIVCMD_HYPERCALL: "IOCTL_PRIVCMD_HYPERCALL",
    IOCTL_PRIVCMD_MMAPBATCH: "IOCTL_PRIVCMD_MMAPBATCH",
    IOCTL_PRIVCMD_MMAPBATCH_V2: "IOCTL_PRIVCMD_MMAPBATCH_V2",
    IOCTL_PRIVCMD_DM_OP: "IOCTL_PRIVCMD_DM_OP",
    IOCTL_PRIVCMD_RESTRICT: "IOCTL_PRIVCMD_RESTRICT",
    IOCTL_PRIVCMD_MMAP_RESOURCE: "IOCTL_PRIVCMD_MMAP_RESOURCE",
}

DOMID_SELF = 0x7FF0
DOMID_FIRST_RESERVED = 0x7FF0

PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT
PROT_WRITE = 2
