"""A guest script for `haptrace run --guest` (tests/realprog/test_xen_access.py): domain 1
as libxenguest builds it -- the 1 MiB of max_pages headroom libxl gives, its special pages
populated and the ring params pointing at them (ref xen-4.17.md §4.5, scaled to the
default machine: the last 8 gfns of its p2m) -- then writes by its vcpu 0, one per
notify of the monitor: a write to a gfn the monitor made read-only faults (the vcpu
pauses, a request goes on the ring), and the same write again, once the monitor has
answered and made the gfn writable, goes through."""

from __future__ import annotations

from typing import Any

SPECIAL = 0x1FF8  # special_pfn(0): the paging ring; 1 monitor, 2 sharing, ...
PAGES = 4096  # the default machine's guest RAM, in pages


def setup(guest: Any) -> None:
    guest.call("domain_setmaxmem", 1, (PAGES + 256) * 4)
    guest.call("populate_physmap", 1, 8, 0, 0, [SPECIAL + i for i in range(8)])
    for param, index in ((27, 0), (28, 1), (29, 2)):  # HVM_PARAM_{PAGING,MONITOR,SHARING}_RING_PFN
        guest.call("set_hvm_param", 1, param, SPECIAL + index)


def activity(guest: Any) -> Any:
    yield  # the monitor's first notify: its ring is up
    for gfn in (0x10, 0x10, 0x20, 0x20, 0x30):
        guest.call("guest_write", 1, gfn, 0xAB, 0)
        yield
