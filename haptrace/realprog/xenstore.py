"""The xenstore subset the 4.17 tools use (ref xen-4.17.md §1.10, §4.4), served on a Unix
socket the program finds through ``XENSTORED_PATH``: xenpaging watches its domain's
``memory/target-tot_pages`` and ``@releaseDomain`` and asks whether the domain is
introduced.  xenstore is dom0's daemon, not Xen: nothing here is a hypercall, and nothing
is recorded.  Wire format: ``struct xsd_sockmsg {type, req_id, tx_id, len}`` and ``len``
payload bytes (xen/io/xs_wire.h); replies as oxenstored/cxenstored send them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

HEADER = struct.Struct("<IIII")  # type, req_id, tx_id, len
XS_DIRECTORY, XS_READ, XS_WATCH, XS_UNWATCH = 1, 2, 4, 5
XS_GET_DOMAIN_PATH, XS_WRITE, XS_MKDIR, XS_RM = 10, 11, 12, 13
XS_WATCH_EVENT, XS_ERROR, XS_IS_DOMAIN_INTRODUCED = 15, 16, 17
XENSTORE_PAYLOAD_MAX = 4096
NAMES = {
    3: "XS_GET_PERMS",
    6: "XS_TRANSACTION_START",
    7: "XS_TRANSACTION_END",
    8: "XS_INTRODUCE",
    9: "XS_RELEASE",
    14: "XS_SET_PERMS",
}


@dataclass
class Connection:
    sock: socket.socket
    pending: bytes = b""
    watches: list[tuple[str, str]] = field(default_factory=list)  # (path, token)


class XenStore:
    """The store (path -> value) and its connections.  ``domains`` says which domains are
    alive (introduced); ``on_unsupported`` hears of requests outside the subset."""

    def __init__(
        self,
        path: str,
        domains: Callable[[], list[int]],
        on_unsupported: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.domains = domains
        self.on_unsupported = on_unsupported
        self.store: dict[str, bytes] = {}
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        self.listener.bind(path)
        self.listener.listen(16)
        self.connections: dict[int, Connection] = {}

    def accept(self) -> Connection:
        sock, _addr = self.listener.accept()
        conn = Connection(sock)
        self.connections[sock.fileno()] = conn
        return conn

    def drop(self, conn: Connection) -> None:
        self.connections.pop(conn.sock.fileno(), None)
        conn.sock.close()

    def close(self) -> None:
        for conn in list(self.connections.values()):
            self.drop(conn)
        self.listener.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def write(self, path: str, value: bytes) -> None:
        """A write (by the toolstack, or a guest script): watches on it or above fire."""
        self.store[path] = value
        self._fire(path)

    def _fire(self, path: str) -> None:
        for conn in list(self.connections.values()):
            for watched, token in conn.watches:
                if path == watched or path.startswith(watched.rstrip("/") + "/"):
                    self._send(conn, XS_WATCH_EVENT, 0, 0, _strings(path, token))

    def _send(self, conn: Connection, kind: int, req_id: int, tx_id: int, body: bytes) -> None:
        # A client that went away is dropped at its EOF.
        with contextlib.suppress(OSError):
            conn.sock.sendall(HEADER.pack(kind, req_id, tx_id, len(body)) + body)

    def readable(self, conn: Connection) -> bool:
        """Serve what ``conn`` sent; False when it closed (the caller drops it)."""
        try:
            data = conn.sock.recv(65536)
        except OSError:
            data = b""
        if not data:
            return False
        conn.pending += data
        while len(conn.pending) >= HEADER.size:
            kind, req_id, tx_id, length = HEADER.unpack_from(conn.pending)
            if length > XENSTORE_PAYLOAD_MAX:
                return False  # not a xenstore client
            if len(conn.pending) < HEADER.size + length:
                break
            body = conn.pending[HEADER.size : HEADER.size + length]
            conn.pending = conn.pending[HEADER.size + length :]
            self._request(conn, kind, req_id, tx_id, body)
        return True

    def _request(self, conn: Connection, kind: int, req_id: int, tx_id: int, body: bytes) -> None:
        parts = body.split(b"\0")
        first = parts[0].decode(errors="replace")

        def reply(payload: bytes) -> None:
            self._send(conn, kind, req_id, tx_id, payload)

        def error(name: str) -> None:
            self._send(conn, XS_ERROR, req_id, tx_id, name.encode() + b"\0")

        if kind == XS_READ:
            value = self.store.get(first)
            if value is None:
                error("ENOENT")
            else:
                reply(value)
        elif kind == XS_WRITE:
            self.write(first, body[len(parts[0]) + 1 :])
            reply(b"OK\0")
        elif kind == XS_WATCH and len(parts) >= 2:
            token = parts[1].decode(errors="replace")
            conn.watches.append((first, token))
            reply(b"OK\0")
            # xenstored fires a new watch once at once (do_watch: add_event).
            self._send(conn, XS_WATCH_EVENT, 0, 0, _strings(first, token))
        elif kind == XS_UNWATCH and len(parts) >= 2:
            token = parts[1].decode(errors="replace")
            if (first, token) in conn.watches:
                conn.watches.remove((first, token))
                reply(b"OK\0")
            else:
                error("ENOENT")
        elif kind == XS_GET_DOMAIN_PATH:
            reply(f"/local/domain/{first}".encode() + b"\0")
        elif kind == XS_IS_DOMAIN_INTRODUCED:
            alive = first.isdigit() and int(first) in self.domains()
            reply(b"T\0" if alive else b"F\0")
        else:
            if self.on_unsupported is not None:
                self.on_unsupported(f"xenstore {NAMES.get(kind, f'request {kind}')}")
            error("ENOSYS")


def _strings(*values: str) -> bytes:
    return b"".join(v.encode() + b"\0" for v in values)
