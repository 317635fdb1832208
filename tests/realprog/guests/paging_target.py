"""A guest script for `haptrace run --guest` (tests/realprog/test_xenpaging.py): domain 1
as libxenguest builds it (guests/access_writes.py says how), and the toolstack's memory
target for it in xenstore, EVICT pages below what it holds once the pager has taken its ring
page out (4096 pages of RAM and 8 special pages, less the ring's).

32 pages, four times the 4.17 ring's 8 slots: paging them back in takes one ring request
each, and xenpaging never sets its responses' version, so 4.17 drops every response; Xen
still frees the slot (vm_event_get_response, RELEASE-4.17.0, before vm_event_resume's
version check), which the engine sees through ring_put_response_versioned."""

from __future__ import annotations

from typing import Any

SPECIAL = 0x1FF8
PAGES = 4096
EVICT = 32


def setup(guest: Any) -> None:
    guest.call("domain_setmaxmem", 1, (PAGES + 256) * 4)
    guest.call("populate_physmap", 1, 8, 0, 0, [SPECIAL + i for i in range(8)])
    for param, index in ((27, 0), (28, 1), (29, 2)):  # HVM_PARAM_{PAGING,MONITOR,SHARING}_RING_PFN
        guest.call("set_hvm_param", 1, param, SPECIAL + index)
    # memory/target-tot_pages is in KiB.
    guest.xenstore_write("/local/domain/1/memory/target-tot_pages", str((PAGES + 8 - EVICT) * 4))
