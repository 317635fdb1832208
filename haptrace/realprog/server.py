"""The privcmd server: the dom0 kernel's Xen drivers for programs run under the shim.

Each process of the program connects to a Unix SOCK_SEQPACKET socket (csrc/privcmd/htp.h)
and forwards every operation on its fake /dev/xen devices.  The server answers them as the
Linux drivers would, making the hypercalls on the emulated machine through the ABI layer
(:meth:`haptrace.binding.machine.Machine.hypercall`), which reads and writes the program's
hypercall buffers in place: they live in a memfd arena the shim shares at connection.

Guest memory is real bytes: every host frame is a page of one memfd (offset mfn << 12), and a
foreign mapping maps the frame the guest gfn is backed by into the program (MAP command).
The evtchn and gntdev devices are their own modules (evtchn.py, gntdev.py).

A machine made ``shared`` (Machine(shared=True), csrc/shared.c) is passed to each process at
its HELLO, and the shim runs privcmd hypercalls in the process itself.  The server holds the
machine's lock while it handles anything, so each of those calls falls between two of its
operations; it keeps for itself the calls it acts on (``_WATCHED``: they are deferred), and
shuts the gate on in-process calls while it needs to see every hypercall (a recorder or
listener, vm_event rings whose requests it moves, evtchn files it delivers to).  What the
drivers do that the emulator does not model (DM_OP with ops, the version-1 MMAPBATCH,
gntdev's unmap notifications and grant copies, BIND_VIRQ) is answered with an error *and
reported* through ``on_unsupported``, never given an invented success.
"""

from __future__ import annotations

import errno
import mmap
import os
import selectors
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from haptrace.abi import ABIS
from haptrace.binding.abi import DEFAULT_ABI, GuestMemory, HypercallResult, unsupported_result
from haptrace.binding.machine import Machine
from haptrace.binding.result import CallResult
from haptrace.catalogue import BY_NAME
from haptrace.errors import HaptraceError
from tracer.model import ArgValue

from . import linux, protocol
from .evtchn import EvtchnDriver, EvtchnFile
from .gntdev import WATCHED as GNTDEV_WATCHED
from .gntdev import GntdevDriver, GntdevFile
from .guest import POLL_SECONDS, GuestScript
from .protocol import HDR
from .rings import DISABLE, ENABLE, RING_PARAM, Rings
from .xenstore import Connection, XenStore

CHUNK = 64 * 1024  # the most bytes one READ or WRITE carries
_FOREIGN_MAP = BY_NAME["foreign_map"]
_FOREIGN_UNMAP = BY_NAME["foreign_unmap"]
_RESOURCE_SIZE = BY_NAME["resource_size"]
_MAP_RESOURCE = BY_NAME["map_resource"]
_UNMAP_RESOURCE = BY_NAME["unmap_resource"]
_PAGING_LOAD = BY_NAME["mem_paging_load"]

# A catalogue call one device operation ran: its name, arguments (as a trace record holds
# them), result, and where it came from (the hypercall, or the driver operation).
CalledCall = tuple[str, tuple[ArgValue, ...], CallResult, str]
# Hypercall names by number, and each framed hypercall's command names, from the ABI
# description (its __HYPERVISOR_* macros and its frames' commands).
_ABI = ABIS[DEFAULT_ABI]
_HYPERCALL_NAMES = {
    c.value: c.macro.removeprefix("__HYPERVISOR_")
    for c in _ABI.constants
    if c.macro.startswith("__HYPERVISOR_")
}
# A frame's command list names a command first and may name other constants of the same
# number after it (domctl's XEN_DOMCTL_VM_EVENT_OP_* modes are 1 to 3): the first name wins.
_COMMAND_NAMES = {
    _ABI.constant(f.hypercall): {_ABI.constant(m): m for m in reversed(f.commands)}
    for f in _ABI.frames
}
_MEMORY_OP = _ABI.constant("__HYPERVISOR_memory_op")
_MEMOP_CMD_MASK = (1 << _ABI.constant("MEMOP_EXTENT_SHIFT")) - 1
# The calls whose results the server acts on after a hypercall (the rings, the grant-table
# frames' bytes): the per-call path decodes a hypercall only when it ran one of them.
_WATCHED = frozenset(
    BY_NAME[name].id for name in (*ENABLE, *DISABLE, *GNTDEV_WATCHED, _PAGING_LOAD.name)
)
_MULTICALL_ENTRY = struct.Struct("<QQQ")  # multicall_entry_t: op, result, args[0] (of 6)
_MULTICALL_ENTRY_SIZE = 64


class ClientGone(HaptraceError):
    """The client process closed its connection (it exited, or sent a malformed message)."""


class Fault(HaptraceError):
    """A pointer of the program's that the shim could not read (EFAULT)."""


@dataclass
class Vma:
    """A privcmd mapping the program made: the pages mapped so far, by page index, with
    the foreign mapping (catalogue ``foreign_map`` output) that holds each, and the
    resource mappings (``map_resource`` output) by their first page index, with their
    length in pages."""

    addr: int
    length: int
    prot: int
    pages: dict[int, int] = field(default_factory=dict)
    resources: dict[int, tuple[int, int]] = field(default_factory=dict)

    def mapped(self, first: int, count: int) -> bool:
        """Whether any page of [first, first + count) is mapped already."""
        if any(first <= index < first + count for index in self.pages):
            return True
        return any(
            start < first + count and first < start + length
            for start, (_mapping, length) in self.resources.items()
        )

    def take_pages(self, addr: int, end: int) -> list[int]:
        """The foreign mappings of the pages in [addr, end), by page, taken out of the
        map: what an munmap of that range removes."""
        taken = []
        for index in sorted(self.pages):
            if addr <= self.addr + (index << linux.PAGE_SHIFT) < end:
                taken.append(self.pages.pop(index))
        return taken


@dataclass
class CallEvent:
    """What one device operation did, for the log and the recorder: the hypercall (None for
    a driver-level operation such as a foreign map) and the catalogue calls it ran."""

    what: str
    hypercall: HypercallResult | None
    calls: tuple[CalledCall, ...]


class Client:
    """One connected process."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.pid = 0
        self.memory = GuestMemory()
        self.arenas: list[mmap.mmap] = []
        self.vmas: list[Vma] = []
        self.restricted: dict[int, int] = {}  # open privcmd file (handle) -> its domain
        self.gntdev: dict[int, GntdevFile] = {}  # open gntdev file (handle) -> its maps

    def send(self, kind: int, payload: bytes = b"", fds: tuple[int, ...] = ()) -> None:
        message = HDR.pack(kind, len(payload)) + payload
        if fds:
            socket.send_fds(self.sock, [message], list(fds))
        else:
            self.sock.send(message)

    def map_frame(self, addr: int, mfn: int, prot: int) -> None:
        """Has the shim map host frame ``mfn`` (a page of the host memfd) at ``addr`` of the
        program, with ``prot``."""
        self.send(
            protocol.MAP,
            protocol.MAP_MSG.pack(addr, linux.PAGE_SIZE, mfn << linux.PAGE_SHIFT, prot, 0),
        )

    def recv(self) -> tuple[int, bytes, list[int]]:
        data, fds, _flags, _addr = socket.recv_fds(self.sock, protocol.MAX_MSG + HDR.size, 8)
        if len(data) < HDR.size:
            for fd in fds:
                os.close(fd)
            raise ClientGone
        kind, length = HDR.unpack_from(data)
        return kind, data[HDR.size : HDR.size + length], fds

    def ret(self, rc: int, err: int = 0, out: bytes = b"", fds: tuple[int, ...] = ()) -> None:
        self.send(protocol.RET, protocol.RET_MSG.pack(rc, err, len(out)) + out, fds)

    def read(self, addr: int, length: int) -> bytes:
        """``length`` bytes of the program's memory at ``addr`` (Fault if unreadable)."""
        out = bytearray()
        while len(out) < length:
            part = min(CHUNK, length - len(out))
            self.send(protocol.READ, protocol.RANGE.pack(addr + len(out), part))
            kind, payload, fds = self.recv()
            for fd in fds:
                os.close(fd)
            if kind != protocol.DATA:
                raise ClientGone
            (err, _pad) = protocol.DATA_MSG.unpack_from(payload)
            if err:
                raise Fault
            out += payload[protocol.DATA_MSG.size :]
        return bytes(out)

    def write(self, addr: int, data: bytes) -> None:
        for start in range(0, len(data), CHUNK):
            part = data[start : start + CHUNK]
            self.send(protocol.WRITE, protocol.RANGE.pack(addr + start, len(part)) + part)

    def close(self) -> None:
        self.sock.close()
        # The engine's view of the arenas goes first: it holds exports of their buffers.
        self.memory = GuestMemory()
        for arena in self.arenas:
            arena.close()
        self.arenas.clear()


class PrivcmdServer:
    """Serves the fake devices of every process of one program on ``machine``.

    ``on_event`` sees every device operation that reached the machine (the recorder and the
    log listen there); ``on_unsupported`` gets one line per operation the emulator does not
    model.  The machine's caller is the control domain (the program runs in dom0).
    """

    def __init__(
        self,
        machine: Machine,
        path: str,
        on_event: Callable[[CallEvent], None] | None = None,
        on_unsupported: Callable[[str], None] | None = None,
    ) -> None:
        self.machine = machine
        self.path = path
        self.on_event = on_event
        self.on_unsupported = on_unsupported
        frames = machine.config.host.total_frames
        self.frames_fd = os.memfd_create("haptrace-host-frames", os.MFD_CLOEXEC)
        os.ftruncate(self.frames_fd, frames << linux.PAGE_SHIFT)
        self.listener, self.selector = protocol.listen(path)
        self.clients: list[Client] = []
        self.hypercalls = 0
        self.rings = Rings(machine, self.frames_fd, self.driver_calls)
        self.xenstore: XenStore | None = None
        self.guest: GuestScript | None = None  # activity stepped at each evtchn notify
        self.evtchn = EvtchnDriver(
            machine, self.driver_calls, self._take_responses, self._guest_step
        )
        self.gntdev = GntdevDriver(machine, self.frames_fd, self.driver_calls)
        self.shared = machine.shared
        self._closed = False
        self._gate = False  # as the region starts
        if self.shared is not None:
            for call in _WATCHED:
                self.shared.defer(call)

    @property
    def local_hypercalls(self) -> int:
        """Hypercalls the programs ran in their own processes (0 unless the machine is
        shared); ``hypercalls`` counts those the server ran."""
        return self.shared.local_calls if self.shared is not None else 0

    def _take_machine(self) -> None:
        """The server's turn on the machine begins: no program's in-process hypercall runs
        until _give_machine (a plain pair, not a context manager: it wraps every message
        of the socket path)."""
        if self.shared is not None:
            self.shared.lock()

    def _give_machine(self) -> None:
        """The server's turn ends, with the gate on in-process hypercalls set for what
        follows: they skip what the server does around each hypercall (taking the rings'
        responses and pushing requests, delivering events, telling the listener)."""
        if self.shared is None:
            return
        gate = (
            not self._closed
            and self.on_event is None
            and not self.rings.rings
            and not self.evtchn.files
        )
        if gate != self._gate:
            self.shared.set_gate(gate)
            self._gate = gate
        self.shared.unlock()

    # ---- the loop ------------------------------------------------------------------------

    def serve(self, until: int) -> None:
        """Serve until the file descriptor ``until`` (a pidfd of the program) is readable."""
        self.selector.register(until, selectors.EVENT_READ, "stop")
        try:
            self._take_machine()
            self._give_machine()  # the gate set for the state the server starts in
            while True:
                ready = self.selector.select(POLL_SECONDS if self._guest_waits() else None)
                if not ready:
                    # Quiet for a while: a guest waiting for a condition tests it now.
                    self._take_machine()
                    try:
                        self._after_event()
                    finally:
                        self._give_machine()
                for key, _events in ready:
                    if key.data == "stop":
                        return
                    self._take_machine()
                    try:
                        self._event(key.data)
                    finally:
                        self._give_machine()
        finally:
            self.selector.unregister(until)

    def _event(self, data: object) -> None:
        """One readable file of the loop's (a selector key's data)."""
        if data is None:
            self.accept()
        elif data == "xenstore":
            self._xenstore_accept()
        elif isinstance(data, Connection):
            self._xenstore_readable(data)
        elif isinstance(data, EvtchnFile):
            self._evtchn_readable(data)
        elif isinstance(data, Client):
            # What a program wrote to its evtchn fds came before its next device
            # operation: taken first, so the calls keep its order.
            for opened in list(self.evtchn.files.values()):
                self._evtchn_readable(opened)
            self.service(data)
        self._after_event()

    def _after_event(self) -> None:
        """What follows every event: a waiting guest tests its condition (its calls may put
        requests), then the rings' requests are pushed and their ports delivered."""
        if self.guest is not None and self.guest.waiting:
            self.guest.poll()
        if self.rings.rings:
            self.rings.push_requests()
        if self.evtchn.files:
            self.evtchn.deliver()

    def _guest_waits(self) -> bool:
        return self.guest is not None and self.guest.waiting

    def accept(self) -> Client:
        """Take the next connection (a process of the program)."""
        sock, _addr = self.listener.accept()
        client = Client(sock)
        self.clients.append(client)
        self.selector.register(sock, selectors.EVENT_READ, client)
        return client

    def service(self, client: Client) -> None:
        """Serve one message of ``client``; a client that is gone, or sends a message that
        is not the protocol's (a short payload, bad fds: not the shim), is dropped."""
        try:
            self.handle(client)
        except (ClientGone, ConnectionError, struct.error, ValueError):
            self.drop(client)

    def drop(self, client: Client) -> None:
        """A process went away: its foreign mappings are dropped, as the kernel does when the
        VMAs go."""
        for vma in client.vmas:
            for mapping in vma.pages.values():
                self._unmap(mapping)
            for mapping, _count in vma.resources.values():
                self.machine.unmap_resource(mapping)
        client.vmas.clear()
        for opened in client.gntdev.values():
            self.gntdev.release(opened)
        client.gntdev.clear()
        self.selector.unregister(client.sock)
        self.clients.remove(client)
        client.close()

    def close(self) -> None:
        # Shut for good: a program still running once the server is gone (a stopped
        # `haptrace host`) gets EIO for every hypercall, not answers from a machine nobody
        # serves.
        self._closed = True
        self._take_machine()
        try:
            for client in list(self.clients):
                self.drop(client)
        finally:
            self._give_machine()
        for opened in self.evtchn.files.values():
            self.selector.unregister(opened.sock)
        self.evtchn.close()
        if self.xenstore is not None:
            for conn in self.xenstore.connections.values():
                self.selector.unregister(conn.sock)
            self.selector.unregister(self.xenstore.listener)
            self.xenstore.close()
        self.selector.unregister(self.listener)
        self.listener.close()
        self.selector.close()
        os.close(self.frames_fd)
        if os.path.exists(self.path):
            os.unlink(self.path)

    # ---- messages ------------------------------------------------------------------------

    def handle(self, client: Client) -> None:
        kind, payload, fds = client.recv()
        if kind == protocol.HELLO:
            self._hello(client, payload, fds)
            return
        for fd in fds:
            os.close(fd)
        if kind == protocol.OPEN:
            self._open(client, payload)
        elif kind == protocol.IOCTL:
            fd, device, cmd, argp, size, _pad = protocol.IOCTL_MSG.unpack_from(payload)
            arg = payload[protocol.IOCTL_MSG.size : protocol.IOCTL_MSG.size + size]
            try:
                rc = self._ioctl(client, fd, device, cmd, arg, argp)
            except Fault:
                rc = -errno.EFAULT
            if rc < 0:
                client.ret(-1, -rc)
            else:
                client.ret(rc)
        elif kind == protocol.MMAP:
            _fd, device, addr, length, _off, prot, _flags = protocol.MMAP_MSG.unpack_from(payload)
            if device == protocol.GNTDEV:
                self._gntdev_mmap(client, _fd, addr, length, _off, prot)
                return
            if device != protocol.PRIVCMD:
                self._unsupported(f"mmap of /dev/xen/{protocol.KIND_NAMES.get(device, device)}")
                client.ret(-1, errno.ENODEV)
                return
            client.vmas.append(Vma(addr, length, prot))
            client.ret(0)
        elif kind == protocol.MUNMAP:
            addr, length = protocol.RANGE.unpack_from(payload)
            self._munmap(client, addr, length)
            for opened in client.gntdev.values():
                self.gntdev.munmap(opened, addr, length)
        elif kind == protocol.UNSUPPORTED:
            # A hypercall the program ran in its own process answered unsupported: reported
            # as the server reports its own (the program got ENOSYS).
            op, cmd, subop, decoded, reason = protocol.UNSUPPORTED_MSG.unpack_from(payload)
            found = unsupported_result(op, cmd, subop, decoded, reason)
            self._unsupported(str(found).splitlines()[0])
        elif kind == protocol.CLOSE:
            handle, _device = protocol.CLOSE_MSG.unpack_from(payload)
            # (An evtchn file is released when the last copy of its fd closes: its socket.)
            client.restricted.pop(handle, None)  # the number may name a new open file later
            closing = client.gntdev.pop(handle, None)
            if closing is not None:
                # The last close: close() of a dup'ed fd is not seen apart (the shim's
                # handle is the open file's), so the maps go with the first close.
                self.gntdev.release(closing)
        else:
            raise ClientGone

    def _hello(self, client: Client, payload: bytes, fds: list[int]) -> None:
        values = protocol.HELLO_MSG.unpack_from(payload)
        version, pid, _ppid, _flags, base, size, ninherit = values[:7]
        inherited = values[8 : 8 + ninherit]
        if version != protocol.VERSION:
            for fd in fds:
                os.close(fd)
            raise ClientGone
        client.pid = pid
        # The arena fds: the process's own, then those inherited over fork().
        for arena_base, fd in zip((base, *inherited), fds, strict=False):
            arena = mmap.mmap(fd, size)
            os.close(fd)
            client.arenas.append(arena)
            client.memory.share(arena_base, arena)
        if self.shared is None:
            client.ret(0, fds=(self.frames_fd,))
            return
        where = protocol.MACHINE_MSG.pack(self.shared.address, self.shared.size)
        client.ret(0, out=where, fds=(self.frames_fd, self.shared.fd))

    def _open(self, client: Client, payload: bytes) -> None:
        device, _flags, fd, _pad = protocol.OPEN_MSG.unpack_from(payload)
        if device in (protocol.PRIVCMD, protocol.HYPERCALL):
            client.ret(fd)
            return
        if device == protocol.GNTDEV:
            client.gntdev[fd] = GntdevFile()
            client.ret(fd)
            return
        if device == protocol.EVTCHN:
            opened, theirs = self.evtchn.open()
            self.selector.register(opened.sock, selectors.EVENT_READ, opened)
            try:
                client.ret(opened.handle, fds=(theirs.fileno(),))
            finally:
                theirs.close()
            return
        self._unsupported(f"open of /dev/xen/{protocol.KIND_NAMES.get(device, device)}")
        client.ret(-1, errno.ENOENT)

    # ---- privcmd ioctls (ref xen-4.17.md §1.2-§1.7) ----------------------------------------

    def _ioctl(
        self, client: Client, handle: int, device: int, cmd: int, arg: bytes, argp: int
    ) -> int:
        if device == protocol.GNTDEV:
            return self._gntdev_ioctl(client, handle, cmd, arg, argp)
        if device == protocol.EVTCHN:
            unmodelled = self.evtchn.unmodelled(cmd)
            if unmodelled is not None:
                self._unsupported(unmodelled)
            return self.evtchn.ioctl(handle, cmd, arg)
        if device != protocol.PRIVCMD:
            return -errno.ENOTTY
        # A restricted open file (privcmd_ioctl_restrict [Linux]) may only act on its domain:
        # no hypercalls at all, foreign maps and DM ops of that domain only (EPERM).
        restricted = client.restricted.get(handle)
        if cmd == linux.IOCTL_PRIVCMD_RESTRICT and len(arg) == linux.DOMID.size:
            (domid,) = linux.DOMID.unpack(arg)
            if restricted is not None and restricted != domid:
                return -errno.EINVAL
            client.restricted[handle] = domid
            return 0
        if cmd == linux.IOCTL_PRIVCMD_HYPERCALL and len(arg) == linux.PRIVCMD_HYPERCALL.size:
            if restricted is not None:
                return -errno.EPERM
            return self._hypercall(client, arg)
        if cmd == linux.IOCTL_PRIVCMD_MMAPBATCH_V2 and len(arg) == linux.PRIVCMD_MMAPBATCH_V2.size:
            if restricted is not None and restricted != linux.PRIVCMD_MMAPBATCH_V2.unpack(arg)[1]:
                return -errno.EPERM
            return self._mmapbatch(client, arg)
        if cmd == linux.IOCTL_PRIVCMD_DM_OP and len(arg) == linux.PRIVCMD_DM_OP.size:
            dom, num, _ubufs = linux.PRIVCMD_DM_OP.unpack(arg)
            if restricted is not None and restricted != dom:
                return -errno.EPERM
            if num == 0:
                # privcmd_ioctl_dm_op [Linux]: no buffers, nothing to do, 0 -- the probe
                # libxendevicemodel makes at open.
                return 0
            self._unsupported("IOCTL_PRIVCMD_DM_OP with device-model ops")
            return -errno.EOPNOTSUPP
        if (
            cmd == linux.IOCTL_PRIVCMD_MMAP_RESOURCE
            and len(arg) == linux.PRIVCMD_MMAP_RESOURCE.size
        ):
            if restricted is not None and restricted != linux.PRIVCMD_MMAP_RESOURCE.unpack(arg)[0]:
                return -errno.EPERM
            return self._mmap_resource(client, arg, argp)
        if cmd in linux.IOCTL_NAMES:
            self._unsupported(linux.IOCTL_NAMES[cmd])
            return -errno.EOPNOTSUPP
        # Anything else, including libxenforeignmemory's IOCTL_PRIVCMD_UNIMPLEMENTED probe:
        # the driver's default, ENOTTY.
        return -errno.ENOTTY

    # ---- gntdev (ref xen-4.17.md §1.9) -------------------------------------------------------

    def _gntdev_ioctl(self, client: Client, handle: int, cmd: int, arg: bytes, argp: int) -> int:
        opened = client.gntdev.get(handle)
        if opened is None:
            return -errno.EBADF
        if cmd == linux.IOCTL_GNTDEV_MAP_GRANT_REF and len(arg) >= linux.GNTDEV_MAP_GRANT_REF.size:
            count, pad, _index = linux.GNTDEV_MAP_GRANT_REF.unpack_from(arg)
            if count <= 0 or count > 64 * 1024:
                return -errno.EINVAL
            raw = client.read(argp + linux.GNTDEV_MAP_GRANT_REF.size, count * 8)
            refs = [linux.GNTDEV_GRANT_REF.unpack_from(raw, 8 * i) for i in range(count)]
            index = self.gntdev.map_grant_ref(opened, count, refs)
            if index < 0:
                return index
            # copy_to_user of the struct (one ref long), index filled in, in pages << 12.
            out = linux.GNTDEV_MAP_GRANT_REF.pack(count, pad, index << linux.PAGE_SHIFT)
            client.write(argp, out + arg[linux.GNTDEV_MAP_GRANT_REF.size :])
            return 0
        unmap_size = linux.GNTDEV_UNMAP_GRANT_REF.size
        if cmd == linux.IOCTL_GNTDEV_UNMAP_GRANT_REF and len(arg) == unmap_size:
            index, count, _pad = linux.GNTDEV_UNMAP_GRANT_REF.unpack(arg)
            return self.gntdev.unmap_grant_ref(opened, index >> linux.PAGE_SHIFT, count)
        if (
            cmd == linux.IOCTL_GNTDEV_GET_OFFSET_FOR_VADDR
            and len(arg) == linux.GNTDEV_GET_OFFSET_FOR_VADDR.size
        ):
            vaddr, _offset, _count = linux.GNTDEV_GET_OFFSET_FOR_VADDR.unpack(arg)
            found = self.gntdev.offset_for_vaddr(opened, vaddr)
            if found is None:
                return -errno.EINVAL
            index, count = found
            client.write(
                argp,
                linux.GNTDEV_GET_OFFSET_FOR_VADDR.pack(vaddr, index << linux.PAGE_SHIFT, count),
            )
            return 0
        if cmd == linux.IOCTL_GNTDEV_SET_MAX_GRANTS:
            return -errno.ENOTTY  # gone from Linux since 4.20 (gntdev_ioctl's default)
        if cmd in linux.GNTDEV_IOCTL_NAMES:
            self._unsupported(linux.GNTDEV_IOCTL_NAMES[cmd])
            return -errno.EOPNOTSUPP
        return -errno.ENOTTY

    def _gntdev_mmap(
        self, client: Client, handle: int, addr: int, length: int, off: int, prot: int
    ) -> None:
        """mmap of a map's offset: the grants are mapped now (a PV dom0's gntdev_mmap and
        map_grant_pages [Linux]); each granted frame is mapped into the program."""
        opened = client.gntdev.get(handle)
        if opened is None or length % linux.PAGE_SIZE or off % linux.PAGE_SIZE:
            client.ret(-1, errno.EINVAL)
            return
        index, pages = off >> linux.PAGE_SHIFT, length >> linux.PAGE_SHIFT
        rc = self.gntdev.mmap(opened, index, pages, addr, bool(prot & linux.PROT_WRITE))
        if rc < 0:
            client.ret(-1, -rc)
            return
        for i, (domid, ref) in enumerate(opened.maps[index].refs):
            mfn = self.gntdev.frame_of(domid, ref)
            if mfn is not None and mfn < self.machine.config.host.total_frames:
                client.map_frame(addr + i * linux.PAGE_SIZE, mfn, prot)
        client.ret(0)

    def _hypercall(self, client: Client, arg: bytes) -> int:
        words = linux.PRIVCMD_HYPERCALL.unpack(arg)
        self._take_responses()
        self.hypercalls += 1
        if self.on_event is None:
            # The per-call path: with no one listening, a hypercall is decoded into Python
            # objects only when the server acts on one of its calls (a ring enabled or
            # disabled, a grant-table change the frames' bytes follow) or it is unsupported.
            lean = self.machine.hypercall_lean(words[0], words[1:], client.memory, _WATCHED)
            if isinstance(lean, int):
                return lean
            out = lean
        else:
            out = self.machine.hypercall(words[0], words[1:], client.memory)
        args = words[1:]
        self._ring_changes(out)
        self._paged_in(client, out)
        if out.unsupported:
            self._unsupported(str(out).splitlines()[0])
            if self.on_event is not None:
                self.on_event(CallEvent(describe(out), out, ()))
            return -errno.ENOSYS
        self.gntdev.seen(tuple((c.call.name, c.args, c.result, "") for c in out.calls))
        if self.on_event is not None:
            self.on_event(hypercall_event(out, client.memory, args[0]))
        # privcmd_ioctl_hypercall [Linux]: the hypercall's value is the ioctl's, an error
        # -errno becomes -1 with errno set (by the C library).
        return out.raw

    def _mmapbatch(self, client: Client, arg: bytes) -> int:
        """privcmd_ioctl_mmap_batch (version 2) [Linux]: map each gfn of ``dom`` at the next
        page of a privcmd VMA; per-gfn errors go into err[] (0 for a mapped page), and the
        ioctl fails with ENOENT if any gfn is paged out (ref §1.5)."""
        num, dom, addr, arr, err_addr = linux.PRIVCMD_MMAPBATCH_V2.unpack(arg)
        end = addr + num * linux.PAGE_SIZE
        vma = next((v for v in client.vmas if v.addr <= addr and end <= v.addr + v.length), None)
        if vma is None or num == 0:
            return -errno.EINVAL
        first = (addr - vma.addr) >> linux.PAGE_SHIFT
        gfns = struct.unpack(f"<{num}Q", client.read(arr, 8 * num))
        writable = 1 if vma.prot & linux.PROT_WRITE else 0
        errs: list[int] = []
        calls: list[CalledCall] = []
        for i, gfn in enumerate(gfns):
            index = first + i
            if index in vma.pages:
                # A page already mapped is left alone (its pte is not empty) [Linux].
                errs.append(0)
                continue
            before = self._backing(dom, gfn)
            result = self.machine.foreign_map(dom, gfn, writable)
            calls.append((_FOREIGN_MAP.name, (dom, gfn, writable), result, "MMAPBATCH_V2"))
            if not result.ok:
                errs.append(-result.errno)
                continue
            mfn = self._backing(dom, gfn)
            if before is not None and mfn is not None and before != mfn:
                # A writable map of a shared page unshared it: Xen copied the page.
                self._copy_frame(before, mfn)
            errs.append(0)
            vma.pages[index] = int(result.output("mapping"))
            if mfn is not None:
                client.map_frame(addr + i * linux.PAGE_SIZE, mfn, vma.prot)
        client.write(err_addr, struct.pack(f"<{num}i", *errs))
        if self.on_event is not None and calls:
            self.on_event(CallEvent("IOCTL_PRIVCMD_MMAPBATCH_V2", None, tuple(calls)))
        return -errno.ENOENT if -errno.ENOENT in errs else 0

    def _mmap_resource(self, client: Client, arg: bytes, argp: int) -> int:
        """privcmd_ioctl_mmap_resource [Linux] (ref xen-4.17.md §1.6) for a PV dom0: with
        addr and num 0 the size query (XENMEM_acquire_resource with a NULL frame list; num
        comes back as the resource's frames), else acquire frames [idx, idx + num) and map
        them at addr, which must lie in a privcmd mapping of the program (EINVAL).  The
        catalogue's resource_size and map_resource are these two, Xen and privcmd
        together."""
        dom, kind, rid, idx, num, addr = linux.PRIVCMD_MMAP_RESOURCE.unpack(arg)
        if addr == 0 and num == 0:
            result = self.machine.resource_size(dom, kind, rid)
            self._driver_event(
                "IOCTL_PRIVCMD_MMAP_RESOURCE", _RESOURCE_SIZE.name, (dom, kind, rid), result
            )
            if not result.ok:
                return -result.errno
            frames = int(result.output("size")) >> linux.PAGE_SHIFT
            # copy_to_user of the whole struct, num filled in.
            client.write(argp, linux.PRIVCMD_MMAP_RESOURCE.pack(dom, kind, rid, idx, frames, 0))
            return 0
        end = addr + num * linux.PAGE_SIZE
        vma = next((v for v in client.vmas if v.addr <= addr < v.addr + v.length), None)
        if vma is None or end > vma.addr + vma.length or addr % linux.PAGE_SIZE:
            return -errno.EINVAL
        first = (addr - vma.addr) >> linux.PAGE_SHIFT
        if vma.mapped(first, num):
            # xen_remap_domain_mfn_array over a pte already set: -EBUSY from
            # remap_area_pfn_pte_fn's set_pte of a present pte is not how Linux ends, but
            # the library never remaps a range: refused rather than stacked.
            return -errno.EBUSY
        writable = 1 if vma.prot & linux.PROT_WRITE else 0
        result = self.machine.map_resource(dom, kind, rid, idx, num, writable)
        args = (dom, kind, rid, idx, num, writable, num)  # the OUT list as its room
        self._driver_event("IOCTL_PRIVCMD_MMAP_RESOURCE", _MAP_RESOURCE.name, args, result)
        if not result.ok:
            return -result.errno
        (mfns,) = result.output_lists
        vma.resources[first] = (int(result.output("mapping")), num)
        frames = self.machine.config.host.total_frames
        for i, mfn in enumerate(mfns):
            if int(mfn) < frames:
                client.map_frame(addr + i * linux.PAGE_SIZE, int(mfn), vma.prot)
        return 0

    def serve_xenstore(self, path: str) -> None:
        """Serve the xenstore subset on ``path`` (haptrace.realprog.xenstore)."""
        self.xenstore = XenStore(path, self.machine.domain_ids, self.on_unsupported)
        self.selector.register(self.xenstore.listener, selectors.EVENT_READ, "xenstore")

    def xenstore_node(self, path: str) -> None:
        if self.xenstore is not None:
            self.xenstore.store.setdefault(path, b"")

    def _xenstore_accept(self) -> None:
        if self.xenstore is not None:
            conn = self.xenstore.accept()
            self.selector.register(conn.sock, selectors.EVENT_READ, conn)

    def _xenstore_readable(self, conn: Connection) -> None:
        if self.xenstore is not None and not self.xenstore.readable(conn):
            self.selector.unregister(conn.sock)
            self.xenstore.drop(conn)

    def _take_responses(self) -> None:
        if self.rings.rings:
            self.rings.take_responses()

    def _guest_step(self) -> None:
        if self.guest is not None:
            self.guest.step()

    def _ring_changes(self, out: HypercallResult) -> None:
        """A ring enabled: its page (the ring gfn's frame, which Xen keeps when the tool
        takes the gfn out of the guest's physmap) is where its requests go; disabled: no
        more."""
        for c in out.calls:
            if not c.result.ok:
                continue
            domid = int(c.args[0]) if c.args and isinstance(c.args[0], int) else -1
            if c.call.name in ENABLE:
                kind = ENABLE[c.call.name]
                param = self.machine.get_hvm_param(domid, RING_PARAM[kind])
                mfn = self._backing(domid, int(param.output("value"))) if param.ok else None
                if mfn is not None:
                    self.rings.enabled(domid, kind, mfn)
            elif c.call.name in DISABLE:
                self.rings.disabled(domid, DISABLE[c.call.name])

    def _paged_in(self, client: Client, out: HypercallResult) -> None:
        """A page-in from the pager's buffer copies the buffer's page into the new frame:
        p2m_mem_paging_prep (arch/x86/mm/mem_paging.c, RELEASE-4.17.0; p2m.c at
        RELEASE-4.2.0) allocates a page and copy_from_user()s the buffer into it before the
        gfn maps it.  The engine decides the call (and takes only the buffer's address);
        the bytes are the server's, as every frame's are.  libxc bounces the buffer into
        hypercall memory, which the program still holds while its ioctl is served."""
        for c in out.calls:
            if c.call.id != _PAGING_LOAD.id or not c.result.ok:
                continue
            domid, gfn, buffer = (int(v) for v in c.args)
            mfn = self._backing(domid, gfn)
            if mfn is None:
                continue
            try:
                page = client.read(buffer, linux.PAGE_SIZE)
            except Fault:
                self._unsupported(
                    f"mem_paging_load of gfn {gfn:#x}: the buffer at {buffer:#x} could not"
                    " be read after the engine took it; the page is left as it is"
                )
                continue
            os.pwrite(self.frames_fd, page, mfn << linux.PAGE_SHIFT)

    def _evtchn_readable(self, opened: EvtchnFile) -> None:
        if opened.handle not in self.evtchn.files:
            return  # released earlier in this round of events
        if not self.evtchn.readable(opened):
            self.selector.unregister(opened.sock)
            self.evtchn.release(opened)

    def driver_calls(self, what: str, calls: tuple[CalledCall, ...]) -> None:
        """Report calls a driver operation (or the guest) made, as one event."""
        self.gntdev.seen(calls)
        if self.on_event is not None and calls:
            self.on_event(CallEvent(what, None, calls))

    def _driver_event(
        self, what: str, name: str, args: tuple[ArgValue, ...], result: CallResult
    ) -> None:
        self.gntdev.seen(((name, args, result, what),))
        if self.on_event is not None:
            self.on_event(CallEvent(what, None, ((name, args, result, what),)))

    def _munmap(self, client: Client, addr: int, length: int) -> None:
        end = addr + length
        calls: list[CalledCall] = []
        for vma in list(client.vmas):
            if end <= vma.addr or addr >= vma.addr + vma.length:
                continue
            for mapping in vma.take_pages(addr, end):
                result = self._unmap(mapping)
                calls.append((_FOREIGN_UNMAP.name, (mapping,), result, "munmap"))
            for start in sorted(vma.resources):
                mapping, count = vma.resources[start]
                first = vma.addr + (start << linux.PAGE_SHIFT)
                if addr < first + (count << linux.PAGE_SHIFT) and first < end:
                    # The frames' references go with the pages; the library unmaps a
                    # resource whole (xenforeignmemory_unmap_resource), so the mapping
                    # goes whole with its first unmapped page.
                    del vma.resources[start]
                    result = self.machine.unmap_resource(mapping)
                    calls.append((_UNMAP_RESOURCE.name, (mapping,), result, "munmap"))
            if addr <= vma.addr and end >= vma.addr + vma.length:
                client.vmas.remove(vma)
        if self.on_event is not None and calls:
            self.on_event(CallEvent("munmap", None, tuple(calls)))

    def _unmap(self, mapping: int) -> CallResult:
        return self.machine.foreign_unmap(mapping)

    # ---- host frames ---------------------------------------------------------------------

    def _backing(self, domid: int, gfn: int) -> int | None:
        """The frame backing ``gfn`` of ``domid`` now (None: no such domain or gfn)."""
        if domid not in self.machine.domain_ids():
            return None
        p2m = self.machine.p2m(domid)
        if gfn >= len(p2m):
            return None
        mfn = int(p2m[gfn]["mfn"])
        return mfn if mfn < self.machine.config.host.total_frames else None

    def _copy_frame(self, source: int, target: int) -> None:
        page = os.pread(self.frames_fd, linux.PAGE_SIZE, source << linux.PAGE_SHIFT)
        os.pwrite(self.frames_fd, page, target << linux.PAGE_SHIFT)

    def _unsupported(self, what: str) -> None:
        if self.on_unsupported is not None:
            self.on_unsupported(what)


def describe(out: HypercallResult) -> str:
    """The hypercall as a trace remark: its name, command and sub-op."""
    text = f"hypercall {_HYPERCALL_NAMES.get(out.op, str(out.op))}"
    if out.cmd is not None:
        text += " " + _COMMAND_NAMES.get(out.op, {}).get(out.cmd, f"cmd {out.cmd}")
    if out.subop is not None:
        text += f" op {out.subop}"
    return text


def hypercall_event(out: HypercallResult, memory: GuestMemory, first_arg: int) -> CallEvent:
    """What a hypercall became, for the recorder: each call remarked with the hypercall (or
    the multicall entry, whose list is at ``first_arg`` in ``memory``) it came from."""
    where = describe(out)
    calls = tuple(
        (
            c.call.name,
            c.args,
            c.result,
            where if c.entry is None else _entry(memory, first_arg, c.entry),
        )
        for c in out.calls
    )
    return CallEvent(where, out, calls)


def _entry(memory: GuestMemory, entries: int, index: int) -> str:
    """A multicall entry as a trace remark: the entry and the hypercall it makes (a memory
    op with its command: libxc wraps every XENMEM call in a one-entry multicall)."""
    text = f"hypercall multicall entry {index}"
    try:
        raw = memory.read(entries + index * _MULTICALL_ENTRY_SIZE, _MULTICALL_ENTRY.size)
    except HaptraceError:
        return text  # the entry lay outside the caller's memory (the call was not run)
    op, _result, first = _MULTICALL_ENTRY.unpack(raw)
    text += f": {_HYPERCALL_NAMES.get(op, str(op))}"
    if op == _MEMORY_OP:
        cmd = first & _MEMOP_CMD_MASK
        text += " " + _COMMAND_NAMES[_MEMORY_OP].get(cmd, f"cmd {cmd}")
    return text
