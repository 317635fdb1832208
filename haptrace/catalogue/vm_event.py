"""The vm_event domctl's ops that Xen 4.2's mem_event domctl did not have: RESUME and
GET_VERSION (XEN_DOMCTL_vm_event_op, domctl 56; reference xen-4.17.md section 3.4).

They extend the ring family.  ENABLE and DISABLE of the three rings are the existing
``mem_paging_enable`` / ``mem_access_enable`` (4.17's MONITOR ring) / ``memshr_ring_enable``
and their disables; the hypercall ABI decodes vm_event_op into those.  Xen 4.2 answers op 2
and op 3 as its mem_event_domctl answers any op it does not know: the mem_event prologue
(the domain lookup, privilege, "not the caller", the dying no-op, vcpu0), then ENOSYS from
the mode's switch (or from the mode switch for an unknown mode).  ``doc`` follows it.  4.17
answers GET_VERSION before any domain lookup and RESUME by draining the ring (the profile's
work).
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import code, domid, mem_event_gate
from .errnos import ENOSYS
from .events import RING
from .model import Arg, Call, Code, Kind, Numbers, Output, Reason, Returns


def _vm_event(op_name: str, op: int) -> Numbers:
    return Numbers((("domctl", 36), ("XEN_DOMCTL_vm_event_op", 56), (op_name, op)))


def _codes(what: str) -> dict[str, tuple[Code, ...]]:
    return {
        p: mem_event_gate(p) + (code(ENOSYS, f"Xen 4.2's mem_event domctl has no {what} op"),)
        for p in PROFILES
    }


CALLS: tuple[Call, ...] = (
    Call(
        name="vm_event_resume",
        family=RING,
        kind=Kind.HYPERCALL,
        summary="Have Xen consume the helper's responses on one of a domain's rings (4.17's"
        " XEN_VM_EVENT_RESUME).",
        numbers=_vm_event("XEN_VM_EVENT_RESUME", 2),
        args=(domid(), Arg("ring", 32, "the ring (vm_event mode)", enum="ring")),
        outputs=(),
        returns=Returns.STATUS,
        codes=_codes("resume"),
    ),
    Call(
        name="vm_event_get_version",
        family=RING,
        kind=Kind.HYPERCALL,
        summary="The vm_event interface version (4.17: 7).  libxc names DOMID_INVALID.",
        numbers=_vm_event("XEN_VM_EVENT_GET_VERSION", 3),
        args=(domid(),),
        outputs=(Output("version", 32, "VM_EVENT_INTERFACE_VERSION"),),
        returns=Returns.STATUS,
        codes=_codes("get_version"),
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("VM_EVENT_NO_SUCH_OP", "vm_event: Xen 4.2's mem_event domctl has no such op"),
)
