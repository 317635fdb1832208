"""/dev/xen/evtchn for programs under the shim: the dom0 kernel's event-channel driver
(Linux drivers/xen/evtchn.c; ref xen-4.17.md §1.8, §4.2) over the emulated machine.

An open gives the program one end of a SOCK_SEQPACKET socket pair, so ``poll``, ``read``
and ``write`` on its fd are native: a pending port the driver queues is a 4-byte message
the program reads (``xenevtchn_pending``), and the ports it writes back (``xenevtchn_unmask``)
arrive at the server's end.  The ioctls come through the shim.  Each port the program
binds is dom0's; the driver's hypercalls are the catalogue's event-channel calls, run with
dom0 as the caller, and its upcall handling (a pending port is queued, masked until the
program writes it back) is the guest-side events the catalogue has for it.
"""

from __future__ import annotations

import errno
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from haptrace.binding.machine import Machine
from haptrace.binding.result import CallResult
from tracer.model import ArgValue

from . import linux

# One catalogue call the driver ran: name, arguments, result, remark (server.CalledCall).
Ran = tuple[str, tuple[ArgValue, ...], CallResult, str]
DOM0 = 0


@dataclass
class EvtchnFile:
    """One open of /dev/xen/evtchn: the server's end of its socket pair, the dom0 ports
    bound through it, and those queued to the program and not yet written back (the
    driver's ``enabled`` false: the port stays masked)."""

    handle: int
    sock: socket.socket
    ports: set[int] = field(default_factory=set)
    queued: set[int] = field(default_factory=set)
    restrict: int | None = None


class EvtchnDriver:
    """Every open evtchn file of a server, and the driver's operations on them."""

    def __init__(
        self,
        machine: Machine,
        record: Callable[[str, tuple[Ran, ...]], None],
        before_notify: Callable[[], None],
        after_notify: Callable[[], None],
    ) -> None:
        self.machine = machine
        self.record = record
        self.before_notify = before_notify  # Xen reads the ring pages at the send
        self.after_notify = after_notify  # the guest's next step
        self.files: dict[int, EvtchnFile] = {}
        self._next_handle = 1 << 20  # above any fd number the shim names files by

    def open(self) -> tuple[EvtchnFile, socket.socket]:
        """A new open file and the end of its pair that goes to the program."""
        ours, theirs = socket.socketpair(
            socket.AF_UNIX, socket.SOCK_SEQPACKET | socket.SOCK_CLOEXEC
        )
        ours.setblocking(False)
        self._next_handle += 1
        opened = EvtchnFile(self._next_handle, ours)
        self.files[opened.handle] = opened
        return opened, theirs

    def _call(self, name: str, args: tuple[int, ...], where: str) -> Ran:
        result = getattr(self.machine, name)(*args)
        return (name, args, result, where)

    # ---- ioctls (evtchn_ioctl) ---------------------------------------------------------

    def ioctl(self, handle: int, cmd: int, arg: bytes) -> int:
        """The ioctl's value, or -errno."""
        opened = self.files.get(handle)
        if opened is None:
            return -errno.EBADF
        name = linux.EVTCHN_IOCTL_NAMES.get(cmd)
        if cmd == linux.IOCTL_EVTCHN_BIND_INTERDOMAIN and len(arg) == 8:
            remote_dom, remote_port = linux.EVTCHN_BIND_INTERDOMAIN.unpack(arg)
            if opened.restrict is not None and opened.restrict != remote_dom:
                return -errno.EACCES
            ran = self._call("evtchn_bind_interdomain", (remote_dom, remote_port), str(name))
            return self._bound(opened, ran, "local_port")
        if cmd == linux.IOCTL_EVTCHN_BIND_UNBOUND_PORT and len(arg) == 4:
            (remote_dom,) = linux.EVTCHN_PORT.unpack(arg)
            if opened.restrict is not None:
                return -errno.EACCES
            # alloc_unbound.dom = DOMID_SELF: a port of dom0's own.
            ran = self._call("evtchn_alloc_unbound", (linux.DOMID_SELF, remote_dom), str(name))
            return self._bound(opened, ran, "port")
        if cmd == linux.IOCTL_EVTCHN_UNBIND and len(arg) == 4:
            (port,) = linux.EVTCHN_PORT.unpack(arg)
            if port not in opened.ports:
                return -errno.ENOTCONN  # find_evtchn: not bound through this file
            self._unbind(opened, port, str(name))
            return 0
        if cmd == linux.IOCTL_EVTCHN_NOTIFY and len(arg) == 4:
            (port,) = linux.EVTCHN_PORT.unpack(arg)
            if port not in opened.ports:
                return -errno.ENOTCONN
            # notify_remote_via_evtchn: EVTCHNOP_send, its result not looked at.
            self.before_notify()
            self.record(str(name), (self._call("evtchn_notify", (port,), str(name)),))
            self.after_notify()
            return 0
        if cmd == linux.IOCTL_EVTCHN_RESTRICT_DOMID and len(arg) == 2:
            (domid,) = linux.EVTCHN_RESTRICT.unpack(arg)
            if opened.restrict is not None:
                return -errno.EACCES
            if domid == 0 or domid >= linux.DOMID_FIRST_RESERVED:
                return -errno.EINVAL
            opened.restrict = domid
            return 0
        if name is not None:
            return -errno.EOPNOTSUPP  # BIND_VIRQ, RESET: the caller says it is not modelled
        return -errno.ENOSYS  # evtchn_ioctl's default

    def unmodelled(self, cmd: int) -> str | None:
        """The name of an ioctl this driver answers as not modelled, else None."""
        if cmd in (linux.IOCTL_EVTCHN_BIND_VIRQ, linux.IOCTL_EVTCHN_RESET):
            return linux.EVTCHN_IOCTL_NAMES[cmd]
        return None

    def _bound(self, opened: EvtchnFile, ran: Ran, output: str) -> int:
        """evtchn_bind_to_user after the binding hypercall: the port is this file's."""
        self.record(ran[3], (ran,))
        result = ran[2]
        if not result.ok:
            return -result.errno
        port = int(result.output(output))
        opened.ports.add(port)
        return port

    def _unbind(self, opened: EvtchnFile, port: int, where: str) -> None:
        """evtchn_unbind_from_user: the port is closed (EVTCHNOP_close)."""
        opened.ports.discard(port)
        opened.queued.discard(port)
        self.record(where, (self._call("evtchn_close", (port,), where),))

    # ---- the program's writes and its last close -----------------------------------------

    def readable(self, opened: EvtchnFile) -> bool:
        """Take what the program wrote to its end: ports written back (evtchn_write); False
        when the last copy of its end is closed (the caller releases the file)."""
        while True:
            try:
                data = opened.sock.recv(64 * 1024)
            except BlockingIOError:
                return True
            except OSError:
                data = b""
            if not data:
                return False
            ports = struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4])
            calls = []
            for port in ports:
                # Only a port this file queued is re-enabled (xen_irq_lateeoi: unmasked).
                if port in opened.queued:
                    opened.queued.discard(port)
                    calls.append(self._call("evtchn_unmask", (port,), "evtchn write"))
            if calls:
                self.record("evtchn write", tuple(calls))

    def release(self, opened: EvtchnFile) -> None:
        """evtchn_release: every port bound through the file is closed."""
        for port in sorted(opened.ports):
            self._unbind(opened, port, "evtchn release")
        self.files.pop(opened.handle, None)
        opened.sock.close()

    # ---- delivery (the dom0 kernel's upcall) --------------------------------------------

    def deliver(self) -> None:
        """Queue every enabled port that is pending to its file: the upcall handler clears
        its pending bit, evtchn_interrupt masks it and puts it on the file's ring."""
        for opened in list(self.files.values()):
            for port in sorted(opened.ports - opened.queued):
                if not self.machine.evtchn_pending(DOM0, port):
                    continue
                calls = (
                    self._call("evtchn_guest_mask", (DOM0, port, 1), "evtchn upcall"),
                    self._call("evtchn_guest_clear", (DOM0, port), "evtchn upcall"),
                )
                self.record("evtchn upcall", calls)
                opened.queued.add(port)
                try:
                    opened.sock.send(linux.EVTCHN_PORT.pack(port))
                except BlockingIOError:
                    pass  # the ring is full: Linux sets ring_overflow and drops the port
                except OSError:
                    pass  # the program's end is gone; its release follows

    def close(self) -> None:
        for opened in list(self.files.values()):
            opened.sock.close()
        self.files.clear()
