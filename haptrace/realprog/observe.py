"""``haptrace record -- CMD``: recording a program on a real Xen host, passing every device
operation through to the real devices.

The program runs with the shim in observe mode preloaded (``_htrec``, csrc/privcmd/htshim.c
built with the environment prefix HAPTRACE_RECORD): its device operations go to the real
devices unchanged (the next library's ``open``/``ioctl``/``mmap``: the C library's on a Xen
host, the emulating shim's when record is layered over ``haptrace run``).  The shim tells
the :class:`Observer` here which hypercall buffers the program maps, and shows it each
``IOCTL_PRIVCMD_HYPERCALL`` twice: before the real ioctl (the observer reads the buffers:
the arguments as Xen will read them) and after it (the value, and the buffers again: what
Xen wrote back).  The ABI layer decodes the hypercall from the two without running
anything (:meth:`haptrace.binding.machine.Machine.observe_hypercall`), and each catalogue
call it stands for is recorded with the host's result.

The header names the host's Xen: the recorder asks it through the same device before the
program starts (XENVER_version for the profile; physinfo to confirm the host speaks that
version's sysctl interface).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import importlib.util
import mmap
import os
import selectors
import signal
import struct
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from haptrace.abi import ABIS
from haptrace.binding.abi import DEFAULT_ABI, GuestMemory
from haptrace.binding.config import MachineConfig
from haptrace.binding.machine import Machine
from haptrace.binding.result import CallResult, pack
from haptrace.catalogue import BY_NAME, Call
from haptrace.errors import EngineError, InputError
from tracer.model import Header

from . import linux, protocol
from .record import CallRecorder
from .server import CalledCall, CallEvent, Client, ClientGone, Fault, Vma, hypercall_event

OBSERVE_MODULE = "haptrace.realprog._htrec"
OBSERVE_ENV = "HAPTRACE_RECORD_OBSERVE"
PRIVCMD_PATHS = ("/dev/xen/privcmd", "/proc/xen/privcmd")
HYPERCALL_DEVICE = "/dev/xen/hypercall"
CAPABILITIES = "/proc/xen/capabilities"

# The Xen versions whose hypercalls the ABI layer decodes, and the profile each replays in.
_PROFILES = {(4, 17): "xen-4.17"}
_ABI = ABIS[DEFAULT_ABI]
_XEN_VERSION = _ABI.constant("__HYPERVISOR_xen_version")
_XENVER_VERSION = _ABI.constant("XENVER_version")
_SYSCTL = _ABI.constant("__HYPERVISOR_sysctl")
_SYSCTL_PHYSINFO = _ABI.constant("XEN_SYSCTL_physinfo")
_SYSCTL_VERSION = _ABI.constant("XEN_SYSCTL_INTERFACE_VERSION")
_SYSCTL_STRUCT = _ABI.struct("xen_sysctl")
_MEMORY_OP = _ABI.constant("__HYPERVISOR_memory_op")
_XENMEM_SHARING_OP = _ABI.constant("XENMEM_sharing_op")
_SHARING_AUDIT = _ABI.constant("XENMEM_sharing_op_audit")
_SHARING_STRUCT = _ABI.struct("xen_mem_sharing_op")
_XENMEM_PAGING_OP = _ABI.constant("XENMEM_paging_op")
_PAGING_NOMINATE = _ABI.constant("XENMEM_paging_op_nominate")
_PAGING_STRUCT = _ABI.struct("xen_mem_paging_op")
_DOMID_INVALID = _ABI.constant("DOMID_INVALID")
# Linux's drivers/xen/sys-hypervisor.c: the domain's kind ("PV", "HVM" or "PVH").
GUEST_TYPE = "/sys/hypervisor/guest_type"
_BIND_INTERDOMAIN = BY_NAME["evtchn_bind_interdomain"]
_ALLOC_UNBOUND = BY_NAME["evtchn_alloc_unbound"]
_CLOSE = BY_NAME["evtchn_close"]
_FOREIGN_MAP = BY_NAME["foreign_map"]
_FOREIGN_UNMAP = BY_NAME["foreign_unmap"]
_RESOURCE_SIZE = BY_NAME["resource_size"]


def observe_shim_path() -> str:
    """The built observe-mode shim (an extension module built at install, never imported)."""
    spec = importlib.util.find_spec(OBSERVE_MODULE)
    if spec is None or spec.origin is None:
        raise EngineError(f"the recording shim {OBSERVE_MODULE} is not built; reinstall haptrace")
    return spec.origin


# ---- the host -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostIdentity:
    """What the host says of itself: its Xen version, and the build options (HostOption
    names, haptrace/catalogue/build.py) its answers to the probes settle; an option they
    leave open is absent."""

    major: int
    minor: int
    build: Mapping[str, int] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}"


def _open_privcmd() -> int:
    """The privcmd device, through the C library (so a shim in front of it, such as
    ``haptrace run``'s, serves it); InputError when this is no Xen host."""
    problems = []
    for path in PRIVCMD_PATHS:
        try:
            return os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except OSError as exc:
            problems.append(f"{path}: {exc.strerror or exc}")
    raise InputError(
        "no Xen here: cannot open the privcmd device ("
        + "; ".join(problems)
        + "); `haptrace record -- CMD` records on a Xen host's dom0 (`haptrace run --record`"
        " emulates one)"
    )


def check_xen_host() -> None:
    """InputError, in one line, unless this is a Xen host's control domain: the privcmd
    device opens and /proc/xen/capabilities is there (xenfs mounted)."""
    os.close(_open_privcmd())
    try:
        with open(CAPABILITIES, encoding="ascii", errors="replace") as caps:
            caps.read()
    except OSError as exc:
        raise InputError(
            f"no Xen here: {CAPABILITIES}: {exc.strerror or exc} (xenfs is not mounted, or"
            " this is not a Xen domain); `haptrace record -- CMD` records on a Xen host's dom0"
        ) from None


class _HypercallDevice:
    """One page of hypercall buffer from the host's device, and its privcmd file.  The page
    is mapped with the C library's mmap (Python's mmap module refuses a length past a
    regular file's size, which the emulating shim's device files are)."""

    def __init__(self) -> None:
        self.privcmd = _open_privcmd()
        try:
            self.hbuf_fd = os.open(HYPERCALL_DEVICE, os.O_RDWR | os.O_CLOEXEC)
        except OSError as exc:
            os.close(self.privcmd)
            raise InputError(f"{HYPERCALL_DEVICE}: {exc.strerror or exc}") from None
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._libc.mmap.restype = ctypes.c_void_p
        self._libc.mmap.argtypes = (
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_long,
        )
        self._libc.munmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
        addr = self._libc.mmap(
            None,
            linux.PAGE_SIZE,
            mmap.PROT_READ | mmap.PROT_WRITE,
            mmap.MAP_SHARED,
            self.hbuf_fd,
            0,
        )
        if addr is None or addr == ctypes.c_void_p(-1).value:
            problem = os.strerror(ctypes.get_errno())
            os.close(self.hbuf_fd)
            os.close(self.privcmd)
            raise InputError(f"{HYPERCALL_DEVICE}: cannot map a buffer: {problem}")
        self.addr = int(addr)

    def write(self, data: bytes) -> None:
        ctypes.memmove(self.addr, data, len(data))

    def read(self, length: int) -> bytes:
        return ctypes.string_at(self.addr, length)

    def hypercall(self, op: int, *args: int) -> int:
        """The hypercall's value, or -errno."""
        words = [op, *args] + [0] * (5 - len(args))
        arg = bytearray(linux.PRIVCMD_HYPERCALL.pack(*words))
        try:
            return int(fcntl.ioctl(self.privcmd, linux.IOCTL_PRIVCMD_HYPERCALL, arg, True))
        except OSError as exc:
            return -(exc.errno or errno.EIO)

    def memory_op(self, cmd: int, data: bytes) -> int:
        """memory_op ``cmd`` with ``data`` in the buffer: its value, or -errno."""
        self.write(data)
        return self.hypercall(_MEMORY_OP, cmd, self.addr)

    def close(self) -> None:
        self._libc.munmap(self.addr, linux.PAGE_SIZE)
        os.close(self.hbuf_fd)
        os.close(self.privcmd)


def host_identity() -> HostIdentity:
    """The host's Xen version (XENVER_version), asked through the host's own device, and
    confirmed by physinfo answering with that version's sysctl interface version (Xen
    refuses another with EACCES: do_sysctl), so the decoder's struct layouts are the
    host's.  InputError if it runs a Xen whose hypercalls the ABI layer does not decode."""
    device = _HypercallDevice()
    try:
        version = device.hypercall(_XEN_VERSION, _XENVER_VERSION, 0)
        if version < 0:
            raise InputError(
                "the host did not say its Xen version: xen_version XENVER_version gave"
                f" {os.strerror(-version)}"
            )
        major, minor = version >> 16, version & 0xFFFF
        if (major, minor) not in _PROFILES:
            known = ", ".join(f"{a}.{b}" for a, b in _PROFILES)
            raise InputError(
                f"this host runs Xen {major}.{minor}; haptrace record decodes the hypercalls"
                f" of Xen {known} only"
            )
        sysctl = bytearray(_SYSCTL_STRUCT.size)
        struct.pack_into("<II", sysctl, 0, _SYSCTL_PHYSINFO, _SYSCTL_VERSION)
        device.write(bytes(sysctl))
        answer = device.hypercall(_SYSCTL, device.addr)
        if answer != 0:
            raise InputError(
                f"the host says Xen {major}.{minor} but refuses physinfo of its sysctl"
                f" interface version {_SYSCTL_VERSION:#x}: {os.strerror(-answer)}"
            )
        return HostIdentity(major, minor, probe_build(device.memory_op, GUEST_TYPE))
    finally:
        device.close()


def probe_build(memory_op: Callable[[int, bytes], int], guest_type: str) -> dict[str, int]:
    """The build options the host's answers settle, asked without side effects (Xen 4.17):

    - sharing: XENMEM_sharing_op's audit.  arch_memory_op (x86_64/mm.c) has no case for
      XENMEM_sharing_op without CONFIG_MEM_SHARING: ENOSYS.  With it, mem_sharing_memop
      runs audit() first, before any domain lookup, and audit() only reads: EOPNOTSUPP
      without MEM_SHARING_AUDIT (NDEBUG: a release build), else its error count.
    - paging: XENMEM_paging_op naming DOMID_INVALID.  Without CONFIG_MEM_PAGING, ENOSYS
      (arch_memory_op); with it, mem_paging_memop's first check,
      rcu_lock_live_remote_domain_by_id, refuses the id (ESRCH) before anything acts.
    - a PVH dom0: the kernel's ``guest_type`` (no hypercall).

    ``memory_op(cmd, struct)`` makes the memory_op with the struct in a hypercall buffer and
    gives its value or -errno.  An answer that settles nothing (another error) leaves the
    option to the machine the user named."""
    build: dict[str, int] = {}
    sharing = bytearray(_SHARING_STRUCT.size)
    sharing[_SHARING_STRUCT.field("op").offset] = _SHARING_AUDIT
    audit = memory_op(_XENMEM_SHARING_OP, bytes(sharing))
    if audit == -errno.ENOSYS:
        build["no_mem_sharing"] = 1
    elif audit == -errno.EOPNOTSUPP or audit >= 0:
        build["no_mem_sharing"] = 0
        build["release_build"] = int(audit < 0)
    paging = bytearray(_PAGING_STRUCT.size)
    paging[_PAGING_STRUCT.field("op").offset] = _PAGING_NOMINATE
    struct.pack_into("<H", paging, _PAGING_STRUCT.field("domain").offset, _DOMID_INVALID)
    answer = memory_op(_XENMEM_PAGING_OP, bytes(paging))
    if answer == -errno.ENOSYS:
        build["no_mem_paging"] = 1
    elif answer == -errno.ESRCH:
        build["no_mem_paging"] = 0
    try:
        with open(guest_type, encoding="ascii", errors="replace") as kind:
            seen = kind.read().strip()
    except OSError:
        seen = ""  # no sysfs hypervisor node (as under `haptrace run`): left open
    if seen in ("PV", "PVH"):
        build["pvh_dom0"] = int(seen == "PVH")
    return build


def host_machine(identity: HostIdentity, machine: MachineConfig) -> MachineConfig:
    """The machine replay rebuilds: the one the user named (its domains and host shape are
    not visible through the probes), built as the host's answers say."""
    data = machine.to_dict()
    return MachineConfig.from_dict({**data, "host": {**data["host"], **identity.build}})


def build_disagreements(identity: HostIdentity, machine: MachineConfig) -> list[str]:
    """The build options where the machine the user named says otherwise than the host."""
    return [
        f"{name}={getattr(machine.host, name)} (the host: {value})"
        for name, value in sorted(identity.build.items())
        if getattr(machine.host, name) != value
    ]


def host_header(identity: HostIdentity, machine: MachineConfig) -> Header:
    """The trace header of a recording on that host: the profile of its version, and the
    machine replay rebuilds (host_machine)."""
    return Header(
        profile=_PROFILES[(identity.major, identity.minor)],
        machine=host_machine(identity, machine),
        source="host",
        xen_version=identity.version,
    )


# ---- the observer ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _PendingHypercall:
    op: int
    args: tuple[int, ...]
    before: GuestMemory


@dataclass(frozen=True)
class _PendingBatch:
    """An IOCTL_PRIVCMD_MMAPBATCH_V2 under way: the gfns as the caller gave them."""

    dom: int
    addr: int
    gfns: tuple[int, ...]
    err_addr: int


@dataclass(frozen=True)
class _PendingResourceSize:
    """An IOCTL_PRIVCMD_MMAP_RESOURCE size query (addr and num 0) under way: the driver
    writes the resource's size in frames into num, at argp."""

    dom: int
    kind: int
    rid: int
    argp: int


@dataclass(frozen=True)
class _PendingEvtchn:
    """An /dev/xen/evtchn ioctl under way: its file, command and argument."""

    fd: int
    cmd: int
    arg: bytes


@dataclass(frozen=True)
class _PendingOther:
    """A driver operation the recorder does not record: its name, said in the trace."""

    name: str


_Pending = _PendingHypercall | _PendingBatch | _PendingResourceSize | _PendingEvtchn | _PendingOther


@dataclass
class _Observed:
    """One process of the program: its hypercall buffers (address -> length), its privcmd
    mappings (with the foreign maps made into them) and the ioctl under way."""

    client: Client
    buffers: dict[int, int] = field(default_factory=dict)
    vmas: list[Vma] = field(default_factory=list)
    pending: _Pending | None = None
    # The evtchn files restricted to one domain (IOCTL_EVTCHN_RESTRICT_DOMID), by fd.
    restricted: dict[int, int] = field(default_factory=dict)


# The evtchn ioctls the recorder follows (Observer._evtchn).
_EVTCHN_RECORDED = frozenset(
    (
        linux.IOCTL_EVTCHN_BIND_INTERDOMAIN,
        linux.IOCTL_EVTCHN_BIND_UNBOUND_PORT,
        linux.IOCTL_EVTCHN_UNBIND,
        linux.IOCTL_EVTCHN_NOTIFY,
        linux.IOCTL_EVTCHN_RESTRICT_DOMID,
    )
)

# The driver operations named in the trace when they are not recorded, by device and ioctl.
_DRIVER_NAMES = {
    protocol.PRIVCMD: linux.IOCTL_NAMES,
    protocol.EVTCHN: linux.EVTCHN_IOCTL_NAMES,
    protocol.GNTDEV: linux.GNTDEV_IOCTL_NAMES,
}


class Observer:
    """Serves the observe-mode shims of one program: decodes each hypercall they show it
    (``machine`` is the decoder's context only: nothing runs on it) and reports it to
    ``on_event``; ``on_note`` gets a comment for the trace, and ``on_undecoded`` a line,
    for each operation that is not recorded (a hypercall the ABI layer cannot express, a
    driver operation other than a foreign map)."""

    def __init__(
        self,
        machine: Machine,
        path: str,
        on_event: Callable[[CallEvent], None],
        on_note: Callable[[str], None],
        on_undecoded: Callable[[str], None] | None = None,
    ) -> None:
        self.machine = machine
        self.path = path
        self.on_event = on_event
        self.on_note = on_note
        self.on_undecoded = on_undecoded
        self.hypercalls = 0
        self.listener, self.selector = protocol.listen(path)
        self.processes: list[_Observed] = []
        # The recorder's numbering of the foreign mappings it sees (replay maps each to the
        # emulator's handle, as it does every handle a trace names).
        self.mappings = 0

    def serve(self, until: int, stop: int | None = None) -> bool:
        """Serve until the file descriptor ``until`` (a pidfd of the program) is readable
        (False), or ``stop`` is (True: asked to stop recording)."""
        self.selector.register(until, selectors.EVENT_READ, "exited")
        if stop is not None:
            self.selector.register(stop, selectors.EVENT_READ, "stop")
        try:
            while True:
                for key, _events in self.selector.select():
                    if key.data == "exited":
                        return False
                    if key.data == "stop":
                        return True
                    if key.data is None:
                        sock, _addr = self.listener.accept()
                        observed = _Observed(Client(sock))
                        self.processes.append(observed)
                        self.selector.register(sock, selectors.EVENT_READ, observed)
                    else:
                        self._service(key.data)
        finally:
            self.selector.unregister(until)
            if stop is not None:
                self.selector.unregister(stop)

    def close(self) -> None:
        for observed in list(self.processes):
            self._drop(observed)
        self.selector.unregister(self.listener)
        self.listener.close()
        self.selector.close()
        if os.path.exists(self.path):
            os.unlink(self.path)

    def _drop(self, observed: _Observed) -> None:
        self.selector.unregister(observed.client.sock)
        self.processes.remove(observed)
        observed.client.close()

    def _service(self, observed: _Observed) -> None:
        try:
            self._handle(observed)
        except (ClientGone, ConnectionError, struct.error, ValueError):
            self._drop(observed)

    def _handle(self, observed: _Observed) -> None:
        client = observed.client
        kind, payload, fds = client.recv()
        for fd in fds:
            os.close(fd)  # the observe-mode shim shares no memory: it has no arena
        if kind == protocol.HELLO:
            client.pid = protocol.HELLO_MSG.unpack_from(payload)[1]
            client.ret(0)
        elif kind == protocol.MMAP:
            _fd, device, addr, length, _off, prot, _flags = protocol.MMAP_MSG.unpack_from(payload)
            if device == protocol.HYPERCALL:
                observed.buffers[addr] = length
            elif device == protocol.PRIVCMD:
                observed.vmas.append(Vma(addr, length, prot))
            client.ret(0)
        elif kind == protocol.MUNMAP:
            addr, length = protocol.RANGE.unpack_from(payload)
            for base, size in list(observed.buffers.items()):
                if base < addr + length and addr < base + size:
                    # libxencall unmaps a buffer whole; a partly unmapped one is no longer
                    # read whole, so it is dropped.
                    del observed.buffers[base]
            self._munmap(observed, addr, length)
        elif kind == protocol.IOCTL:
            fd, device, cmd, argp, size, _pad = protocol.IOCTL_MSG.unpack_from(payload)
            arg = payload[protocol.IOCTL_MSG.size : protocol.IOCTL_MSG.size + size]
            if device == protocol.EVTCHN and cmd in _EVTCHN_RECORDED:
                observed.pending = _PendingEvtchn(fd, cmd, arg)
            else:
                observed.pending = self._before(observed, device, cmd, arg, argp)
            client.ret(0)
        elif kind == protocol.OBSERVED:
            rc, err, _outlen = protocol.RET_MSG.unpack_from(payload)
            pending, observed.pending = observed.pending, None
            raw = -err if rc < 0 else rc
            if isinstance(pending, _PendingHypercall):
                after = self._memory(observed)
                self._decode(pending.op, pending.args, pending.before, after, raw)
            elif isinstance(pending, _PendingBatch):
                self._mmapbatch(observed, pending)
            elif isinstance(pending, _PendingResourceSize):
                self._resource_size(observed, pending, raw)
            elif isinstance(pending, _PendingEvtchn):
                self._evtchn(observed, pending, raw)
            elif isinstance(pending, _PendingOther):
                self._not_recorded(f"{pending.name} = {raw}")
            client.ret(0)
        elif kind == protocol.CLOSE:
            return
        else:
            raise ClientGone

    def _before(
        self, observed: _Observed, device: int, cmd: int, arg: bytes, argp: int
    ) -> _Pending | None:
        """What the recorder needs of an ioctl before the real one is made."""
        if device == protocol.PRIVCMD:
            if cmd == linux.IOCTL_PRIVCMD_HYPERCALL and len(arg) == linux.PRIVCMD_HYPERCALL.size:
                words = linux.PRIVCMD_HYPERCALL.unpack(arg)
                return _PendingHypercall(words[0], tuple(words[1:]), self._memory(observed))
            if (
                cmd == linux.IOCTL_PRIVCMD_MMAPBATCH_V2
                and len(arg) == linux.PRIVCMD_MMAPBATCH_V2.size
            ):
                num, dom, addr, arr, err_addr = linux.PRIVCMD_MMAPBATCH_V2.unpack(arg)
                try:
                    raw = observed.client.read(arr, 8 * num)
                except Fault:
                    return _PendingOther("IOCTL_PRIVCMD_MMAPBATCH_V2 (its gfn array unreadable)")
                gfns = struct.unpack(f"<{num}Q", raw)
                return _PendingBatch(dom, addr, gfns, err_addr)
            if (
                cmd == linux.IOCTL_PRIVCMD_MMAP_RESOURCE
                and len(arg) == linux.PRIVCMD_MMAP_RESOURCE.size
            ):
                dom, kind, rid, _idx, num, addr = linux.PRIVCMD_MMAP_RESOURCE.unpack(arg)
                if addr == 0 and num == 0:
                    return _PendingResourceSize(dom, kind, rid, argp)
                # A map: the frames Xen hands out are not visible to the program.
                return _PendingOther("IOCTL_PRIVCMD_MMAP_RESOURCE (a map)")
            if cmd in (linux.IOCTL_PRIVCMD_RESTRICT, linux.IOCTL_PRIVCMD_DM_OP) and (
                cmd != linux.IOCTL_PRIVCMD_DM_OP or linux.PRIVCMD_DM_OP.unpack(arg)[1] == 0
            ):
                return None  # no hypercall: the driver's own bookkeeping (and the DM probe)
        name = _DRIVER_NAMES.get(device, {}).get(cmd)
        if name is None:
            return None  # not a driver operation (the library's probes: ENOTTY)
        return _PendingOther(name)

    def _mmapbatch(self, observed: _Observed, batch: _PendingBatch) -> None:
        """IOCTL_PRIVCMD_MMAPBATCH_V2 as `haptrace run` records it: one foreign_map per gfn
        not mapped already, its result the err[] entry the driver wrote (0, or -errno)."""
        num = len(batch.gfns)
        end = batch.addr + num * linux.PAGE_SIZE
        vma = next(
            (v for v in observed.vmas if v.addr <= batch.addr and end <= v.addr + v.length), None
        )
        if vma is None or num == 0:
            return  # the driver refused it (EINVAL) before any map: no call was made
        try:
            errs = struct.unpack(f"<{num}i", observed.client.read(batch.err_addr, 4 * num))
        except Fault:
            self._not_recorded("IOCTL_PRIVCMD_MMAPBATCH_V2 (its err array unreadable)")
            return
        writable = 1 if vma.prot & linux.PROT_WRITE else 0
        first = (batch.addr - vma.addr) >> linux.PAGE_SHIFT
        calls: list[CalledCall] = []
        for i, (gfn, err) in enumerate(zip(batch.gfns, errs, strict=True)):
            index = first + i
            if index in vma.pages:
                continue  # a page already mapped is left alone [Linux], as under run
            if err:
                result = _result(_FOREIGN_MAP, err if err < 0 else -err, ())
            else:
                vma.pages[index] = self.mappings
                result = _result(_FOREIGN_MAP, 0, (self.mappings,))
                self.mappings += 1
            calls.append((_FOREIGN_MAP.name, (batch.dom, gfn, writable), result, "MMAPBATCH_V2"))
        if calls:
            self.on_event(CallEvent("IOCTL_PRIVCMD_MMAPBATCH_V2", None, tuple(calls)))

    def _resource_size(self, observed: _Observed, query: _PendingResourceSize, raw: int) -> None:
        """The size query as `haptrace run` records it: resource_size, its size the num the
        driver wrote back (privcmd_ioctl_mmap_resource [Linux]: XENMEM_acquire_resource
        with no frame list answers the resource's frames), in bytes."""
        result = _result(_RESOURCE_SIZE, raw, ())
        if raw >= 0:
            try:
                answer = observed.client.read(query.argp, linux.PRIVCMD_MMAP_RESOURCE.size)
            except Fault:
                self._not_recorded("IOCTL_PRIVCMD_MMAP_RESOURCE (its answer unreadable)")
                return
            frames = linux.PRIVCMD_MMAP_RESOURCE.unpack(answer)[4]
            result = _result(_RESOURCE_SIZE, raw, (frames << linux.PAGE_SHIFT,))
        what = "IOCTL_PRIVCMD_MMAP_RESOURCE"
        args = (query.dom, query.kind, query.rid)
        self.on_event(CallEvent(what, None, ((_RESOURCE_SIZE.name, args, result, what),)))

    def _evtchn(self, observed: _Observed, ioctl: _PendingEvtchn, raw: int) -> None:
        """An evtchn ioctl as `haptrace run` records it: the event-channel hypercall the
        dom0 kernel made for it (evtchn_ioctl [Linux]), its result the ioctl's value: the
        port on success, the hypercall's -errno on failure.  The driver's own refusals
        (a restricted file, a port not bound through this file) make no hypercall and
        record nothing; NOTIFY's hypercall result is not visible (notify_remote_via_evtchn
        ignores it), so it is said, not recorded."""
        cmd, arg = ioctl.cmd, ioctl.arg
        restrict = observed.restricted.get(ioctl.fd)
        name = linux.EVTCHN_IOCTL_NAMES[cmd]
        call: tuple[Call, tuple[int, ...]] | None = None
        if cmd == linux.IOCTL_EVTCHN_RESTRICT_DOMID and len(arg) == 2:
            if raw == 0:
                observed.restricted[ioctl.fd] = linux.EVTCHN_RESTRICT.unpack(arg)[0]
        elif cmd == linux.IOCTL_EVTCHN_BIND_INTERDOMAIN and len(arg) == 8:
            remote_dom, remote_port = linux.EVTCHN_BIND_INTERDOMAIN.unpack(arg)
            if restrict is None or restrict == remote_dom:
                call = (_BIND_INTERDOMAIN, (remote_dom, remote_port))
        elif cmd == linux.IOCTL_EVTCHN_BIND_UNBOUND_PORT and len(arg) == 4:
            if restrict is None:  # alloc_unbound.dom = DOMID_SELF: a port of dom0's own
                call = (_ALLOC_UNBOUND, (linux.DOMID_SELF, linux.EVTCHN_PORT.unpack(arg)[0]))
        elif cmd == linux.IOCTL_EVTCHN_UNBIND and len(arg) == 4 and raw == 0:
            # Linux's xen_evtchn_close BUG()s unless EVTCHNOP_close succeeds.
            call = (_CLOSE, linux.EVTCHN_PORT.unpack(arg))
        elif cmd == linux.IOCTL_EVTCHN_NOTIFY and raw == 0:
            self._not_recorded(f"{name} (EVTCHNOP_send's result is not visible)")
        if call is None:
            return
        spec, args = call
        result = _result(spec, min(raw, 0), (raw,) if spec.outputs else ())
        self.on_event(CallEvent(name, None, ((spec.name, args, result, name),)))

    def _munmap(self, observed: _Observed, addr: int, length: int) -> None:
        """The foreign mappings an munmap removes, each a foreign_unmap (which Linux's
        unmap cannot fail)."""
        end = addr + length
        calls: list[CalledCall] = []
        for vma in list(observed.vmas):
            if end <= vma.addr or addr >= vma.addr + vma.length:
                continue
            for mapping in vma.take_pages(addr, end):
                result = _result(_FOREIGN_UNMAP, 0, ())
                calls.append((_FOREIGN_UNMAP.name, (mapping,), result, "munmap"))
            if addr <= vma.addr and end >= vma.addr + vma.length:
                observed.vmas.remove(vma)
        if calls:
            self.on_event(CallEvent("munmap", None, tuple(calls)))

    def _not_recorded(self, what: str) -> None:
        if self.on_undecoded is not None:
            self.on_undecoded(f"driver operation {what}")
        self.on_note(f"not recorded, the program got the host's answer: driver operation {what}")

    def _memory(self, observed: _Observed) -> GuestMemory:
        """The process's hypercall buffers as they are now (a buffer it can no longer read
        is left out: a pointer into it is a bad pointer to the decoder, as to Xen)."""
        memory = GuestMemory()
        for base, length in sorted(observed.buffers.items()):
            try:
                memory.add(base, observed.client.read(base, length))
            except Fault:
                continue
        return memory

    def _decode(
        self, op: int, args: tuple[int, ...], before: GuestMemory, after: GuestMemory, raw: int
    ) -> None:
        self.hypercalls += 1
        out = self.machine.observe_hypercall(op, args, before, after, raw)
        event = hypercall_event(out, before, args[0])
        if out.unsupported:
            what = f"{event.what} = {raw}"
            if self.on_undecoded is not None:
                self.on_undecoded(f"{what} ({out.reason or 'unsupported'})")
            self.on_event(CallEvent(what, out, ()))
            return
        if out.kind == "answered" and out.raw != raw:
            # The decoder answered it itself (a bad pointer, the interface version) and the
            # host did otherwise: its calls cannot be seen (a buffer the recorder was not
            # shown, such as one a forked child inherited).  Said, never dropped silently.
            what = f"{event.what} = {raw}, the decoder answered {out.raw} ({out.reason})"
            if self.on_undecoded is not None:
                self.on_undecoded(what)
            self.on_note(f"not decoded, the program got the host's answer: {what}")
        self.on_event(event)


def _result(call: Call, raw: int, outputs: tuple[int, ...]) -> CallResult:
    """A call's result as the host gave it (raw: its value or -errno)."""
    scalars = outputs if raw >= 0 else ()
    return CallResult((call.id, pack(raw, 0), *scalars))


# ---- running the program ------------------------------------------------------------------


def observe_environment(base: dict[str, str], socket_path: str) -> dict[str, str]:
    """``base`` with the observe-mode shim preloaded in front of what it preloads already
    (the emulating shim, when record runs under ``haptrace run``)."""
    env = dict(base)
    preload = env.get("LD_PRELOAD", "")
    env["LD_PRELOAD"] = f"{observe_shim_path()} {preload}".strip()
    env[OBSERVE_ENV] = socket_path
    return env


def record_program(
    argv: Sequence[str],
    output: Path,
    *,
    machine: MachineConfig,
    on_undecoded: Callable[[str], None] | None = None,
    on_stopped: Callable[[str], None] | None = None,
    on_build: Callable[[str], None] | None = None,
) -> int:
    """Run ``argv`` on this Xen host, its device operations passed through, and record the
    calls its hypercalls stand for with the host's results in ``output`` (``.incomplete``
    until the program has exited).  Returns the program's exit status (128 + N for a
    program killed by signal N).  InputError, before anything runs, on a host without Xen
    or with a Xen whose hypercalls are not decoded.

    SIGTERM stops the recording, not the program: the calls so far stay in
    ``output.incomplete`` (cut off, as when a recorder fails), ``on_stopped`` is told, and
    the program runs on unobserved (its devices were always the real ones) until it exits.
    ^C goes to the program, as under ``haptrace run``.  The trace's machine is built as the
    host answers (probe_build); ``on_build`` is told where ``machine`` said otherwise."""
    if not argv:
        raise InputError("no program to record: give it after --")
    check_xen_host()
    identity = host_identity()
    header = host_header(identity, machine)
    differ = build_disagreements(identity, machine)
    if differ and on_build is not None:
        on_build(
            f"the host is built otherwise than --host says: {', '.join(differ)};"
            " recorded as the host is"
        )
    decoder = Machine(header.machine, header.profile)
    with tempfile.TemporaryDirectory(prefix="haptrace-record-") as tmp:
        socket_path = os.path.join(tmp, "observe.sock")
        recorder = CallRecorder(output, header, "not decoded, the program got the host's answer")
        try:
            observer = Observer(decoder, socket_path, recorder.add, recorder.note, on_undecoded)
        except OSError as exc:
            recorder.abandon()
            raise InputError(f"{socket_path}: cannot listen there: {exc.strerror or exc}") from None
        try:
            process = subprocess.Popen(
                list(argv), env=observe_environment(dict(os.environ), socket_path)
            )
        except OSError as exc:
            observer.close()
            recorder.abandon()
            raise InputError(f"cannot run {argv[0]}: {exc.strerror or exc}") from None
        wake_read, wake_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        previous = {
            signal.SIGINT: signal.signal(signal.SIGINT, signal.SIG_IGN),
            signal.SIGTERM: signal.signal(signal.SIGTERM, lambda *_: None),
        }
        old_wakeup = signal.set_wakeup_fd(wake_write)
        pidfd = os.pidfd_open(process.pid)
        try:
            stopped = observer.serve(until=pidfd, stop=wake_read)
            observer.close()
            if stopped:
                recorder.abandon()
                if on_stopped is not None:
                    on_stopped(
                        f"recording stopped (SIGTERM): the calls so far are in"
                        f" {output}.incomplete; the program runs on"
                    )
            else:
                recorder.close()
            status = process.wait()
        except BaseException:
            recorder.abandon()
            raise
        finally:
            os.close(pidfd)
            signal.set_wakeup_fd(old_wakeup)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            os.close(wake_read)
            os.close(wake_write)
        return status if status >= 0 else 128 - status
