"""The vm_event rings as the 4.17 tools see them: a page of guest memory shared with Xen
(ref xen-4.17.md §4.1; Xen's vm_event_put_request and vm_event_resume, common/vm_event.c
at RELEASE-4.17.0).

The engine keeps a ring's requests and responses as state; the program reads and writes
the ring page.  A RingBridge is the Xen side of one enabled ring's page: each request the
engine puts on the ring is taken off it (the catalogue's ``ring_get_request``, the helper
side of the engine's ring) and written into the page in 4.17's layout (400-byte entries,
8 slots, version 7, req_prod pushed), and each response the program pushes is read out of
the page and given to the engine (``ring_put_response``, or
``ring_put_response_versioned`` for one whose version is not 7, which the engine drops as
4.17 does once it has freed its slot) before Xen would consume it: at the program's next
notify or hypercall.  Only what the engine's request carries is
written: the gfn, the vcpu and the paused / foreign flags (and a pager's drop / evict
flags); the access kind, offset and gla of an access request are not modelled and read 0.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass

from haptrace.binding.machine import Machine
from haptrace.binding.result import CallResult
from tracer.model import ArgValue

from . import linux

Ran = tuple[str, tuple[ArgValue, ...], CallResult, str]

VERSION = 7  # VM_EVENT_INTERFACE_VERSION (public/vm_event.h, 4.17)
SLOTS = 8  # RING_SIZE of a 4 KiB page of 400-byte entries
ENTRY = 400
ENTRIES_AT = 64  # vm_event_sring_t's ring[] after its header and padding
HEADER = struct.Struct("<IIII")  # req_prod, req_event, rsp_prod, rsp_event
# version, flags, reason, vcpu_id, altp2m_idx, pad[3] ... then the union at 24
ENTRY_HEAD = struct.Struct("<IIIIH")
GFN = struct.Struct("<Q")
FLAG_VCPU_PAUSED = 0x1  # VM_EVENT_FLAG_VCPU_PAUSED
FLAG_FOREIGN = 0x2  # VM_EVENT_FLAG_FOREIGN
PAGING_DROP_PAGE = 0x1  # MEM_PAGING_DROP_PAGE
PAGING_EVICT_FAIL = 0x2  # MEM_PAGING_EVICT_FAIL

# The engine's ring kinds (enum ring), their HVM ring-pfn params and request reasons.
PAGING, ACCESS, SHARING = 1, 2, 3
RING_PARAM = {PAGING: 27, ACCESS: 28, SHARING: 29}  # HVM_PARAM_*_RING_PFN
REASON = {PAGING: 3, ACCESS: 1, SHARING: 2}  # VM_EVENT_REASON_MEM_PAGING / ACCESS / SHARING
# The catalogue's ring enable and disable calls, by ring kind.
ENABLE = {"mem_paging_enable": PAGING, "mem_access_enable": ACCESS, "memshr_ring_enable": SHARING}
DISABLE = {
    "mem_paging_disable": PAGING,
    "mem_access_disable": ACCESS,
    "memshr_ring_disable": SHARING,
}
# The engine's ring_flags bits.
RF_VCPU_PAUSED, RF_DROP_PAGE, RF_EVICT_FAIL, RF_FOREIGN = 1, 2, 4, 8


@dataclass
class RingBridge:
    """Xen's private indexes of one ring page (req_prod_pvt, rsp_cons) and where it is."""

    domid: int
    kind: int
    mfn: int
    req_prod: int = 0
    rsp_cons: int = 0


class Rings:
    """The ring pages of every enabled ring of a machine whose frames are ``frames_fd``."""

    def __init__(
        self, machine: Machine, frames_fd: int, record: Callable[[str, tuple[Ran, ...]], None]
    ) -> None:
        self.machine = machine
        self.frames_fd = frames_fd
        self.record = record
        self.rings: dict[tuple[int, int], RingBridge] = {}

    def enabled(self, domid: int, kind: int, mfn: int) -> None:
        self.rings[(domid, kind)] = RingBridge(domid, kind, mfn)

    def disabled(self, domid: int, kind: int) -> None:
        self.rings.pop((domid, kind), None)

    def _read(self, ring: RingBridge, offset: int, length: int) -> bytes:
        return os.pread(self.frames_fd, length, (ring.mfn << linux.PAGE_SHIFT) + offset)

    def _write(self, ring: RingBridge, offset: int, data: bytes) -> None:
        os.pwrite(self.frames_fd, data, (ring.mfn << linux.PAGE_SHIFT) + offset)

    def push_requests(self) -> None:
        """vm_event_put_request for each request the engine holds, as long as the page has
        a free slot: the entry, then req_prod (RING_PUSH_REQUESTS).  (The engine's ring
        is deeper than the page's 8 slots; the page is what the program sees.)"""
        for ring in self.rings.values():
            # RING_FREE_REQUESTS: a request needs a slot the program has answered; the
            # rest wait in the engine until responses free slots.
            while (ring.req_prod - ring.rsp_cons) & 0xFFFFFFFF < SLOTS:
                got = self.machine.ring_get_request(ring.domid, ring.kind)
                if not got.ok:
                    break  # ENODATA: none left
                self.record(
                    "vm_event ring page",
                    (("ring_get_request", (ring.domid, ring.kind), got, "vm_event ring page"),),
                )
                gfn, vcpu, flags, p2mt = (int(v) for v in got.outputs[:4])
                self._write(
                    ring,
                    ENTRIES_AT + (ring.req_prod % SLOTS) * ENTRY,
                    _request(ring.kind, gfn, vcpu, flags, p2mt),
                )
                ring.req_prod += 1
                self._write(ring, 0, struct.pack("<I", ring.req_prod & 0xFFFFFFFF))

    def take_responses(self) -> None:
        """The responses the program pushed since the last look, given to the engine as
        vm_event_resume reads them; one of another version is dropped, as 4.17 does."""
        for ring in self.rings.values():
            (rsp_prod,) = struct.unpack("<I", self._read(ring, 8, 4))
            while ring.rsp_cons != rsp_prod:
                at = ENTRIES_AT + (ring.rsp_cons % SLOTS) * ENTRY
                ring.rsp_cons = (ring.rsp_cons + 1) & 0xFFFFFFFF
                version, flags, _reason, vcpu, _altp2m = ENTRY_HEAD.unpack(
                    self._read(ring, at, ENTRY_HEAD.size)
                )
                (gfn,) = GFN.unpack(self._read(ring, at + 24, 8))
                ring_flags = RF_VCPU_PAUSED if flags & FLAG_VCPU_PAUSED else 0
                args: tuple[int, ...] = (ring.domid, ring.kind, gfn, vcpu, ring_flags)
                if version == VERSION:
                    name, result = "ring_put_response", self.machine.ring_put_response(*args)
                else:
                    # The engine sees the version and, as 4.17's vm_event_resume does,
                    # frees the slot and drops the rest (xenpaging never sets it).
                    args += (version,)
                    name = "ring_put_response_versioned"
                    result = self.machine.ring_put_response_versioned(*args)
                self.record("vm_event ring page", ((name, args, result, "vm_event ring page"),))


def _request(kind: int, gfn: int, vcpu: int, flags: int, p2mt: int) -> bytes:
    """A 400-byte vm_event_request_t."""
    vm_flags = (FLAG_VCPU_PAUSED if flags & RF_VCPU_PAUSED else 0) | (
        FLAG_FOREIGN if flags & RF_FOREIGN else 0
    )
    entry = bytearray(ENTRY)
    ENTRY_HEAD.pack_into(entry, 0, VERSION, vm_flags, REASON[kind], vcpu, 0)
    GFN.pack_into(entry, 24, gfn)
    if kind == PAGING:
        paging = (PAGING_DROP_PAGE if flags & RF_DROP_PAGE else 0) | (
            PAGING_EVICT_FAIL if flags & RF_EVICT_FAIL else 0
        )
        struct.pack_into("<II", entry, 32, p2mt, paging)
    elif kind == SHARING:
        struct.pack_into("<I", entry, 32, p2mt)
    return bytes(entry)
