"""The xenstore subset `haptrace run` serves on XENSTORED_PATH (ref xen-4.17.md §1.10,
§4.4), spoken to over its wire format as libxenstore does: a watch fires once at once and
at every write on or below its path, a read of a missing node is ENOENT, domain paths
and introduction follow the machine's domains, anything else is said not modelled."""

from __future__ import annotations

import socket
import struct
from pathlib import Path

from haptrace.realprog import xenstore as xs

HEADER = struct.Struct("<IIII")


def request(sock: socket.socket, kind: int, *parts: bytes, req_id: int = 7) -> None:
    body = b"".join(parts)
    sock.sendall(HEADER.pack(kind, req_id, 0, len(body)) + body)


def reply(store: xs.XenStore, conn: xs.Connection, sock: socket.socket) -> tuple[int, int, bytes]:
    assert store.readable(conn)
    head = sock.recv(HEADER.size, socket.MSG_WAITALL)
    kind, req_id, _tx, length = HEADER.unpack(head)
    body = sock.recv(length, socket.MSG_WAITALL) if length else b""
    return kind, req_id, body


def test_the_subset_xenpaging_speaks(tmp_path: Path) -> None:
    unsupported: list[str] = []
    store = xs.XenStore(str(tmp_path / "xs.sock"), lambda: [0, 1], unsupported.append)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(store.path)
            conn = store.accept()
            request(sock, xs.XS_GET_DOMAIN_PATH, b"1\0")
            assert reply(store, conn, sock) == (xs.XS_GET_DOMAIN_PATH, 7, b"/local/domain/1\0")
            target = b"/local/domain/1/memory/target-tot_pages"
            request(sock, xs.XS_WATCH, target + b"\0", b"\0")
            assert reply(store, conn, sock) == (xs.XS_WATCH, 7, b"OK\0")
            # The new watch fires at once (a separate message, req_id 0).
            event = sock.recv(HEADER.size + len(target) + 2)
            assert event == HEADER.pack(xs.XS_WATCH_EVENT, 0, 0, len(target) + 2) + target + b"\0\0"
            request(sock, xs.XS_READ, target + b"\0")
            assert reply(store, conn, sock) == (xs.XS_ERROR, 7, b"ENOENT\0")
            store.write(target.decode(), b"16372")
            event = sock.recv(HEADER.size + len(target) + 2)
            assert event.endswith(target + b"\0\0")
            request(sock, xs.XS_READ, target + b"\0")
            assert reply(store, conn, sock) == (xs.XS_READ, 7, b"16372")
            request(sock, xs.XS_IS_DOMAIN_INTRODUCED, b"1\0")
            assert reply(store, conn, sock) == (xs.XS_IS_DOMAIN_INTRODUCED, 7, b"T\0")
            request(sock, xs.XS_IS_DOMAIN_INTRODUCED, b"5\0")
            assert reply(store, conn, sock) == (xs.XS_IS_DOMAIN_INTRODUCED, 7, b"F\0")
            request(sock, xs.XS_UNWATCH, target + b"\0", b"\0")
            assert reply(store, conn, sock) == (xs.XS_UNWATCH, 7, b"OK\0")
            request(sock, 6, b"\0")  # XS_TRANSACTION_START
            assert reply(store, conn, sock) == (xs.XS_ERROR, 7, b"ENOSYS\0")
            assert unsupported == ["xenstore XS_TRANSACTION_START"]
        assert not store.readable(conn)  # the client closed
        store.drop(conn)
    finally:
        store.close()
