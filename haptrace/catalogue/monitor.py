"""The VM monitor ops (XEN_DOMCTL_monitor_op, domctl 77) an introspection tool such as
xen-access enables: breakpoints, debug exceptions, CPUID, descriptor access, control
register writes, ... (reference xen-4.17.md section 3.8).

The op is 4.6's; Xen 4.2 has no domctl 77, so the ``xen-4.2`` profile answers as 4.2's
do_domctl answers any domctl it does not know: EPERM for an unprivileged caller, then ENOSYS
from arch_do_domctl's default (iommu_do_domctl), without looking the domain up.  ``doc``
follows it.  The 4.17 semantics (capabilities per domain, enable/disable state, the
write_ctrlreg padding checks) come with the xen-4.17 profile; the event's union is carried
whole so that profile can decode it.
"""

from __future__ import annotations

from .common import code, domctl, domid
from .errnos import ENOSYS, EPERM
from .model import Arg, Call, Family, Invariant, Kind, Output, PlantedBug, Reason, Returns

MONITOR = Family(
    "monitor",
    "the VM monitor ops (XEN_DOMCTL_monitor_op) an introspection tool enables",
    order=31,
    fuzz_weight=1,
)
FAMILIES = (MONITOR,)

_CODES = (
    code(EPERM, "the caller is not the privileged control domain"),
    code(ENOSYS, "Xen 4.2 has no domctl 77 (monitor_op came in 4.6)"),
)

CALLS: tuple[Call, ...] = (
    Call(
        name="monitor_op",
        family=MONITOR,
        kind=Kind.HYPERCALL,
        summary="Enable, disable or query a monitor event of a domain.",
        numbers=domctl("XEN_DOMCTL_monitor_op", 77),
        args=(
            domid(),
            Arg(
                "op",
                32,
                "XEN_DOMCTL_MONITOR_OP_*: enable 0, disable 1, get_capabilities 2,"
                " emulate_each_rep 3, control_registers 4",
            ),
            Arg(
                "event",
                32,
                "XEN_DOMCTL_MONITOR_EVENT_*: write_ctrlreg 0, mov_to_msr 1, singlestep 2,"
                " software_breakpoint 3, guest_request 4, debug_exception 5, cpuid 6, ...",
            ),
            Arg(
                "u_lo",
                64,
                "bytes 0-7 of the event's union, little endian (mov_to_cr: index, sync,"
                " onchangeonly, pad1, pad2; debug_exception, guest_request: sync in byte 0)",
                hex=True,
                default=0,
            ),
            Arg(
                "u_hi",
                64,
                "bytes 8-15 of the event's union (mov_to_cr: bitmask)",
                hex=True,
                default=0,
            ),
        ),
        outputs=(
            Output(
                "capabilities",
                32,
                "get_capabilities: the bitmap of events the domain supports",
                hex=True,
            ),
        ),
        returns=Returns.STATUS,
        codes={"doc": _CODES, "xen-4.2": _CODES, "xen-4.17": _CODES},
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("MONITOR_NOT_PRIV", "monitor_op: the caller is not privileged"),
    Reason("MONITOR_NO_OP", "monitor_op: Xen 4.2 has no domctl 77"),
)

# The family holds no state in the 4.2 profiles (4.17's per-domain event settings will be).
INVARIANTS: tuple[Invariant, ...] = ()

PLANTED_BUGS: tuple[PlantedBug, ...] = ()
