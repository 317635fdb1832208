"""Event channels: the per-domain port table (reference 6.1, seed 002).

The table is engine state that several families use: the mem_event rings bind their
Xen-consumer ports in it, and the event-channel hypercalls of the PV catalogue (seed 002)
operate on it.  Its C side is ``csrc/evtchn.c``.
"""

from __future__ import annotations

from .common import enum
from .model import Family, Invariant, Reason

EVTCHN = Family(
    "evtchn",
    "event channels: the per-domain port table (ports, their state, pending and mask bits)",
    order=9,
    fuzz_weight=2,
)
FAMILIES = (EVTCHN,)

EVTCHN_STATE = enum(
    "evtchn_state",
    "event-channel port states (ECS_* of xen/include/xen/sched.h; EVTCHNSTAT_* differ)",
    free=0,
    reserved=1,
    unbound=2,
    interdomain=3,
    pirq=4,
    virq=5,
    ipi=6,
)
EVTCHN_FLAGS = enum(
    "evtchn_flags",
    "the engine's per-port bits: pending and masked (the shared-info bitmaps), and a"
    " consumer in Xen (consumer_is_xen: the mem_event rings' ports)",
    flags=True,
    pending=1,
    masked=2,
    xen_consumer=4,
)

REASONS: tuple[Reason, ...] = (
    Reason("EVTCHN_NO_FREE_PORT", "evtchn: no free port below the domain's limit"),
    Reason("EVTCHN_NO_BUCKET", "evtchn: no memory for another bucket of ports"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "EVTCHN_TABLE",
        "evtchn.1",
        "port 0 is reserved; every bound port is below the domain's limit; a Xen-consumer"
        " port is unbound and belongs to a live ring of its domain, and every live ring's"
        " port is such a port",
    ),
)
