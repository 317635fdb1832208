"""The wire protocol between the LD_PRELOAD shim and the privcmd server (csrc/privcmd/htp.h,
which this mirrors; tests/realprog/test_protocol.py compiles the header and compares every
size and number below)."""

from __future__ import annotations

import selectors
import socket
import struct

VERSION = 1
MAX_MSG = 128 * 1024
ARENA_BYTES = 64 << 20
MAX_INHERIT = 4

# Device kinds (enum htp_kind).
PRIVCMD, HYPERCALL, EVTCHN, GNTDEV = 1, 2, 3, 4
KIND_NAMES = {PRIVCMD: "privcmd", HYPERCALL: "hypercall", EVTCHN: "evtchn", GNTDEV: "gntdev"}

# Message types (enum htp_type): client to server, then server to client.
HELLO, OPEN, IOCTL, MMAP, MUNMAP, CLOSE, DATA, OBSERVED, UNSUPPORTED = 1, 2, 3, 4, 5, 6, 7, 8, 9
RET, READ, WRITE, MAP, UNMAP = 64, 65, 66, 67, 68

HDR = struct.Struct("<II")  # htp_hdr {type, len}
HELLO_MSG = struct.Struct(f"<IIIIQQII{MAX_INHERIT}Q")  # htp_hello
OPEN_MSG = struct.Struct("<IIii")  # htp_open {kind, flags, fd, pad}
IOCTL_MSG = struct.Struct("<iIQQII")  # htp_ioctl {fd, kind, cmd, argp, argsize, pad}
MMAP_MSG = struct.Struct("<iIQQQii")  # htp_mmap {fd, kind, addr, len, off, prot, flags}
RANGE = struct.Struct("<QQ")  # htp_range {addr, len}
CLOSE_MSG = struct.Struct("<iI")  # htp_close {fd, kind}
DATA_MSG = struct.Struct("<iI")  # htp_data {err, pad}
RET_MSG = struct.Struct("<qiI")  # htp_ret {rc, err, outlen}
MAP_MSG = struct.Struct("<QQQii")  # htp_map {addr, len, off, prot, pad}
MACHINE_MSG = struct.Struct("<QQ")  # htp_machine {addr, size}
UNSUPPORTED_MSG = struct.Struct("<QQQII")  # htp_unsupported {op, cmd, subop, decoded, reason}

# The C names of the numbers above, for the header comparison.
C_NAMES = {
    "HTP_VERSION": VERSION,
    "HTP_MAX_MSG": MAX_MSG,
    "HTP_ARENA_BYTES": ARENA_BYTES,
    "HTP_MAX_INHERIT": MAX_INHERIT,
    "HTK_PRIVCMD": PRIVCMD,
    "HTK_HYPERCALL": HYPERCALL,
    "HTK_EVTCHN": EVTCHN,
    "HTK_GNTDEV": GNTDEV,
    "HTP_HELLO": HELLO,
    "HTP_OPEN": OPEN,
    "HTP_IOCTL": IOCTL,
    "HTP_MMAP": MMAP,
    "HTP_MUNMAP": MUNMAP,
    "HTP_CLOSE": CLOSE,
    "HTP_DATA": DATA,
    "HTP_OBSERVED": OBSERVED,
    "HTP_UNSUPPORTED": UNSUPPORTED,
    "HTP_RET": RET,
    "HTP_READ": READ,
    "HTP_WRITE": WRITE,
    "HTP_MAP": MAP,
    "HTP_UNMAP": UNMAP,
}
C_SIZES = {
    "struct htp_hdr": HDR.size,
    "struct htp_hello": HELLO_MSG.size,
    "struct htp_open": OPEN_MSG.size,
    "struct htp_ioctl": IOCTL_MSG.size,
    "struct htp_mmap": MMAP_MSG.size,
    "struct htp_range": RANGE.size,
    "struct htp_close": CLOSE_MSG.size,
    "struct htp_data": DATA_MSG.size,
    "struct htp_ret": RET_MSG.size,
    "struct htp_map": MAP_MSG.size,
    "struct htp_machine": MACHINE_MSG.size,
    "struct htp_unsupported": UNSUPPORTED_MSG.size,
}


def listen(path: str) -> tuple[socket.socket, selectors.DefaultSelector]:
    """The socket the shims connect to at ``path`` (one packet a message), and a selector
    watching it for new connections: the server's and the recorder's start alike."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET | socket.SOCK_CLOEXEC)
    listener.bind(path)
    listener.listen(64)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, None)
    return listener, selector
