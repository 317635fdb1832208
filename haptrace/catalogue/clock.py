"""The virtual clock: Xen's system time (NOW()) and the event that moves it.

Time moves only when the environment says so (``advance_time``), so every call sees one
deterministic instant and a trace replays the same way on any host.  Families arm timers
on this clock through their ``next_deadline`` / ``fire_due`` hooks (csrc/engine.h): the
vcpu family's singleshot and periodic timers today; poll timeouts and watchdogs can join
without touching the clock.  Its C side is ``csrc/clock.c``.
"""

from __future__ import annotations

from .common import code
from .errnos import EINVAL
from .model import Arg, Call, Code, Family, Kind, Reason, Returns

CLOCK = Family(
    "clock",
    "the virtual clock: Xen's system time and the timers that fire on it",
    order=30,
    fuzz_weight=1,
)
FAMILIES = (CLOCK,)


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


CALLS: tuple[Call, ...] = (
    Call(
        name="advance_time",
        family=CLOCK,
        kind=Kind.EVENT,
        summary="Time passes: Xen's system time moves forward by ns, and every timer that"
        " falls due on the way fires, in deadline order (a timer due now fires first).",
        args=(Arg("ns", 64, "how far the clock moves, in nanoseconds"),),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of timer events delivered on the way (VIRQ_TIMER to vcpus)",
        codes=_both(
            (
                code(
                    EINVAL,
                    "the clock would pass 2^62-1 ns (STIME_DELTA_MAX, about 146 years of"
                    " uptime): Xen adds delays up to that to NOW() in s_time_t",
                ),
            )
        ),
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("CLOCK_OVERFLOW", "clock: the system time would pass 2^62-1 ns (STIME_DELTA_MAX)"),
    Reason("CLOCK_LIVELOCK", "clock: a timer re-armed itself in the past; Xen never returns"),
)
