"""A guest script for `haptrace run --guest` (tests/realprog/test_xenpaging.py): domain 1
as libxenguest builds it (guests/access_writes.py says how), and the toolstack's memory
target for it in xenstore, EVICT pages below what it holds once the pager has taken its ring
page out (4096 pages of RAM and 8 special pages, less the ring's).

32 pages, four times the 4.17 ring's 8 slots: paging them back in takes one ring request
each, and xenpaging never sets its responses' version, so 4.17 drops every response; Xen
still frees the slot (vm_event_get_response, RELEASE-4.17.0, before vm_event_resume's
version check), which the engine sees through ring_put_response_versioned.

Once the pager has evicted all EVICT pages, each vcpu of the guest in turn reads one of
them (vcpu v reads TOUCHED + v): the page-in on guest access of ref xen-4.17.md §2.3.

* The read faults on a ram_paged gfn: p2m_mem_paging_populate (arch/x86/mm/p2m.c,
  RELEASE-4.17.0) puts a request on the paging ring and, the access being the domain's
  own vcpu's, pauses it (VM_EVENT_FLAG_VCPU_PAUSED): EAGAIN.
* The pager takes the request, loads the page from its pagefile and answers;
  p2m_mem_paging_prep (arch/x86/mm/mem_paging.c) with its buffer already maps the gfn
  (ram_rw): the activity waits for that.
* The answer's version is unset, so vm_event_resume (common/vm_event.c) drops it and never
  unpauses the vcpu: a second read by the same vcpu, after the notify that hands Xen the
  answer, finds it still paused, EBUSY.  A real 4.17 guest's vcpu hangs there too, which is
  why the next page is another vcpu's.
* A read by the vcpu after the guest's last is EINVAL (the vcpu is out of range): the
  activity ends there.

The waits are callables the activity yields (haptrace/realprog/guest.py): a pager that
only evicts makes no notify to step on."""

from __future__ import annotations

from typing import Any

SPECIAL = 0x1FF8
PAGES = 4096
EVICT = 32
TOUCHED = 0x885  # vcpu 0's page: the fifth victim (policy_default.c: from max_pages / 2 up)
RAM_RW, RAM_PAGED = 0, 10  # p2m_ram_rw, p2m_ram_paged (asm-x86/p2m.h; catalogue P2M_TYPE)


def setup(guest: Any) -> None:
    guest.call("domain_setmaxmem", 1, (PAGES + 256) * 4)
    guest.call("populate_physmap", 1, 8, 0, 0, [SPECIAL + i for i in range(8)])
    for param, index in ((27, 0), (28, 1), (29, 2)):  # HVM_PARAM_{PAGING,MONITOR,SHARING}_RING_PFN
        guest.call("set_hvm_param", 1, param, SPECIAL + index)
    # memory/target-tot_pages is in KiB.
    guest.xenstore_write("/local/domain/1/memory/target-tot_pages", str((PAGES + 8 - EVICT) * 4))


def activity(guest: Any) -> Any:
    types = guest.machine.p2m_types
    yield lambda: int((types(1) == RAM_PAGED).sum()) == EVICT
    for vcpu in range(EVICT):
        gfn = TOUCHED + vcpu
        if guest.call("guest_read", 1, gfn, vcpu).errno_name == "EINVAL":
            return  # no such vcpu: every vcpu has touched its page
        yield lambda gfn=gfn: int(types(1)[gfn]) == RAM_RW
        yield  # the pager's notify of its answer, which Xen reads (and drops) first
        guest.call("guest_read", 1, gfn, vcpu)
