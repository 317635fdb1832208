"""/dev/xen/gntdev for programs run under the shim: the dom0 kernel's grant device (Linux's
drivers/xen/gntdev.c, ref xen-4.17.md §1.9), as libxengnttab uses it.

MAP_GRANT_REF only notes the references and hands out an offset; the grants are mapped when
the program mmaps that offset (a PV dom0's gntdev maps at mmap time [Linux]), each one a
GNTTABOP_map_grant_ref by dom0: the catalogue's ``grant_map``.  Xen reads the granting
domain's entry from its table frames at that moment, and those frames are real bytes here
(host frames in the server's memfd, mapped into any program that acquired them), so each
entry is first given to the engine as its bytes say (``grant_entry_write``) when the frame
holding it is one the server has seen handed out.  The other way, each entry the engine
changes (a guest's ``grant_access`` or ``grant_end_access``) is written into the frame, in
the table's v1 or v2 layout (public/grant_table.h), so a mapping of the table shows it.

munmap of the range unmaps the grants (``grant_unmap``); UNMAP_GRANT_REF frees the offset.
"""

from __future__ import annotations

import errno
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from haptrace.binding.machine import Machine
from haptrace.binding.result import CallResult
from haptrace.catalogue import BY_NAME
from tracer.model import ArgValue

from . import linux

_ENTRY_WRITE = BY_NAME["grant_entry_write"]
# The calls whose results seen() acts on.
WATCHED = ("map_resource", "createdomain", "destroydomain", "grant_access", "grant_end_access")
_GRANT_MAP = BY_NAME["grant_map"]
_GRANT_UNMAP = BY_NAME["grant_unmap"]
GRANT_TABLE = 1  # XENMEM_resource_grant_table
SHARED = 0  # XENMEM_resource_grant_table_id_shared
# public/grant_table.h: grant_entry_v1_t {u16 flags; domid_t domid; u32 frame} (8 bytes);
# grant_entry_v2_t's full_page {grant_entry_header_t {u16 flags; domid_t domid}; u32 pad0;
# u64 frame} (16 bytes).
V1 = struct.Struct("<HHI")
V2 = struct.Struct("<HHIQ")
ANY = 0xFFFF  # the engine's grantee of a grant_access entry: any domain
LIMIT = 64 * 1024  # gntdev's default limit of grants per open file [Linux]
DF_PV = 2  # HT_DF_PV of a domain table row's flags (csrc/include/haptrace.h)

CalledCall = tuple[str, tuple[ArgValue, ...], CallResult, str]


@dataclass
class GrantMap:
    """One MAP_GRANT_REF: its page offset, the (domid, ref) pairs, and once mmapped the
    address and the engine's mappings (None for a grant that did not map)."""

    index: int
    refs: list[tuple[int, int]]
    addr: int | None = None
    mappings: list[int] = field(default_factory=list)


@dataclass
class GntdevFile:
    maps: dict[int, GrantMap] = field(default_factory=dict)

    def add(self, refs: list[tuple[int, int]]) -> GrantMap:
        """gntdev_add_map [Linux]: the lowest page offset with room for the map."""
        index = 0
        for start in sorted(self.maps):
            if index + len(refs) <= start:
                break
            index = max(index, start + len(self.maps[start].refs))
        grant_map = GrantMap(index, refs)
        self.maps[index] = grant_map
        return grant_map


class GntdevDriver:
    """The grant device of every process of one program, on ``machine`` (dom0 maps)."""

    def __init__(
        self,
        machine: Machine,
        frames_fd: int,
        report: Callable[[str, tuple[CalledCall, ...]], None],
    ) -> None:
        self.machine = machine
        self.frames_fd = frames_fd
        self.report = report
        # The table frames Xen handed out (acquire_resource): domid -> frame index -> mfn.
        self.table_frames: dict[int, dict[int, int]] = {}

    # ---- the table's bytes ------------------------------------------------------------------

    def _layout(self, domid: int) -> tuple[struct.Struct, int]:
        version = self.machine.gnttab_version(domid)
        entry = V2 if version == 2 else V1
        return entry, linux.PAGE_SIZE // entry.size

    def _where(self, domid: int, gref: int) -> int | None:
        """The byte offset of entry ``gref`` in the host frames, if its frame is backed."""
        entry, per_frame = self._layout(domid)
        mfn = self.table_frames.get(domid, {}).get(gref // per_frame)
        if mfn is None:
            return None
        return (mfn << linux.PAGE_SHIFT) + (gref % per_frame) * entry.size

    def read_entry(self, domid: int, gref: int) -> tuple[int, int, int] | None:
        """(flags, domid, frame) as the bytes say, or None when no frame holds them."""
        at = self._where(domid, gref)
        if at is None:
            return None
        entry, _per_frame = self._layout(domid)
        raw = os.pread(self.frames_fd, entry.size, at)
        if entry is V2:
            flags, grantee, _pad, frame = V2.unpack(raw)
        else:
            flags, grantee, frame = V1.unpack(raw)
        return flags, grantee, frame

    def write_entry(self, domid: int, gref: int) -> None:
        """Write the engine's entry ``gref`` into its frame (if backed).  The engine's
        grant_access entries name no grantee: they are written as granted to dom0, the
        domain every program run here is."""
        at = self._where(domid, gref)
        held = self.machine.grant_entry(domid, gref)
        if at is None or held is None:
            return
        flags, grantee, frame = held
        grantee = 0 if grantee == ANY else grantee
        entry, _per_frame = self._layout(domid)
        if entry is V2:
            raw = V2.pack(flags, grantee, 0, frame)
        else:
            raw = V1.pack(flags, grantee, frame & 0xFFFFFFFF)
        os.pwrite(self.frames_fd, raw, at)

    def frames_handed_out(self, domid: int, first: int, mfns: tuple[int, ...]) -> None:
        """acquire_resource gave out table frames [first, first + len(mfns)): their bytes
        are the engine's entries from now on."""
        known = self.table_frames.setdefault(domid, {})
        _entry, per_frame = self._layout(domid)
        for i, mfn in enumerate(mfns):
            if known.get(first + i) == mfn:
                continue
            # A frame new to the table: Xen clears it when the table grows to it
            # (gnttab_grow_table, common/grant_table.c: clear_page), so what an earlier
            # owner wrote there is gone.
            known[first + i] = mfn
            os.pwrite(self.frames_fd, bytes(linux.PAGE_SIZE), mfn << linux.PAGE_SHIFT)
            for gref in range((first + i) * per_frame, (first + i + 1) * per_frame):
                held = self.machine.grant_entry(domid, gref)
                if held is not None and held != (0, 0, 0):
                    self.write_entry(domid, gref)

    def domain_gone(self, domid: int) -> None:
        """The domain was destroyed (or its id made anew): its frames are no longer its."""
        self.table_frames.pop(domid, None)

    def seen(self, calls: tuple[CalledCall, ...]) -> None:
        """Keep the bytes in step with calls the engine ran (from any device operation).
        WATCHED names every call this acts on: the server's per-call path decodes a
        hypercall's calls only when one of them ran."""
        for name, args, result, _where in calls:
            if not result.ok:
                continue
            if name == "map_resource" and args[1] == GRANT_TABLE and args[2] == SHARED:
                (mfns,) = result.output_lists
                first = _scalar(args[3])
                self.frames_handed_out(_scalar(args[0]), first, tuple(int(m) for m in mfns))
            elif name == "createdomain":
                self.domain_gone(int(result.output("domain")))
            elif name == "destroydomain":
                self.domain_gone(_scalar(args[0]))
            elif name == "grant_access":
                self.write_entry(_scalar(args[0]), int(result.output("gref")))
            elif name == "grant_end_access":
                self.write_entry(_scalar(args[0]), _scalar(args[1]))

    # ---- the device -------------------------------------------------------------------------

    def map_grant_ref(self, opened: GntdevFile, count: int, refs: list[tuple[int, int]]) -> int:
        """gntdev_ioctl_map_grant_ref [Linux]: the page offset of a new map, or -errno."""
        if count <= 0 or count > LIMIT or len(refs) != count:
            return -errno.EINVAL
        return opened.add(refs).index

    def mmap(self, opened: GntdevFile, index: int, pages: int, addr: int, writable: bool) -> int:
        """gntdev_mmap [Linux], a PV dom0's: the map at ``index`` of exactly ``pages``
        grants, not yet mapped, is mapped now, each grant by dom0.  Returns 0 with the
        mappings kept, or -EINVAL (no such map; a grant that did not map, after the others
        are unmapped again: map_grant_pages and gntdev_put_map)."""
        grant_map = opened.maps.get(index)
        if grant_map is None or len(grant_map.refs) != pages or grant_map.addr is not None:
            return -errno.EINVAL
        calls: list[CalledCall] = []
        mappings: list[int] = []
        failed = False
        for domid, ref in grant_map.refs:
            entry = self.read_entry(domid, ref)
            if entry is not None:
                flags, grantee, frame = entry
                args = (domid, ref, flags, grantee, frame)
                result = self.machine.grant_entry_write(*args)
                calls.append((_ENTRY_WRITE.name, args, result, "grant table page"))
            mapped = self.machine.grant_map(domid, ref, int(writable))
            calls.append((_GRANT_MAP.name, (domid, ref, int(writable)), mapped, "gntdev mmap"))
            if mapped.ok:
                mappings.append(int(mapped.output("mapping")))
            else:
                failed = True
        if failed:
            for mapping in mappings:
                result = self.machine.grant_unmap(mapping)
                calls.append((_GRANT_UNMAP.name, (mapping,), result, "gntdev mmap"))
            self.report("gntdev mmap", tuple(calls))
            return -errno.EINVAL
        grant_map.addr = addr
        grant_map.mappings = mappings
        self.report("gntdev mmap", tuple(calls))
        return 0

    def frame_of(self, domid: int, ref: int) -> int | None:
        """The host frame a grant of ``domid``'s entry ``ref`` maps now: the entry's frame
        itself for a PV domain, else the frame behind the granted gfn (after a writable
        map unshared it)."""
        held = self.machine.grant_entry(domid, ref)
        if held is None:
            return None
        frame = held[2]
        table = self.machine.domain_table()
        rows = [row for row in table if row["in_use"] and int(row["domid"]) == domid]
        if not rows:
            return None
        if int(rows[0]["flags"]) & DF_PV:
            return frame
        p2m = self.machine.p2m(domid)
        return int(p2m[frame]["mfn"]) if frame < len(p2m) else None

    def munmap(self, opened: GntdevFile, addr: int, length: int) -> None:
        """The mapped range goes: its grants are unmapped (unmap_grant_pages [Linux]); the
        map itself stays until UNMAP_GRANT_REF."""
        end = addr + length
        calls: list[CalledCall] = []
        for grant_map in opened.maps.values():
            if grant_map.addr is None:
                continue
            size = len(grant_map.refs) * linux.PAGE_SIZE
            if end <= grant_map.addr or addr >= grant_map.addr + size:
                continue
            for mapping in grant_map.mappings:
                result = self.machine.grant_unmap(mapping)
                calls.append((_GRANT_UNMAP.name, (mapping,), result, "munmap"))
            grant_map.mappings = []
        if calls:
            self.report("munmap", tuple(calls))

    def unmap_grant_ref(self, opened: GntdevFile, index: int, count: int) -> int:
        """gntdev_ioctl_unmap_grant_ref [Linux]: frees the map (ENOENT if none)."""
        grant_map = opened.maps.get(index)
        if grant_map is None or len(grant_map.refs) != count:
            return -errno.ENOENT
        if grant_map.mappings:
            self.munmap(opened, grant_map.addr or 0, count * linux.PAGE_SIZE)
        del opened.maps[index]
        return 0

    def offset_for_vaddr(self, opened: GntdevFile, vaddr: int) -> tuple[int, int] | None:
        """gntdev_ioctl_get_offset_for_vaddr [Linux]: (page offset, count) of the map
        mmapped at exactly vaddr."""
        for grant_map in opened.maps.values():
            if grant_map.addr == vaddr:
                return grant_map.index, len(grant_map.refs)
        return None

    def release(self, opened: GntdevFile) -> None:
        """The file's last close: every map goes, mapped grants unmapped."""
        for grant_map in list(opened.maps.values()):
            if grant_map.mappings:
                self.munmap(opened, grant_map.addr or 0, len(grant_map.refs) * linux.PAGE_SIZE)
        opened.maps.clear()


def _scalar(value: ArgValue) -> int:
    """A scalar argument of a call the server saw (lists are never asked for here)."""
    if not isinstance(value, int):
        raise TypeError(f"a scalar argument was expected, not {value!r}")
    return value
