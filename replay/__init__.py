"""The emulated machine and its Python API (and, with the traces issue, the replay engine).

:class:`Machine` is the emulated Xen x86_64 HAP host; :class:`MachineConfig` describes it.
"""

from .config import DomainConfig, HostConfig, MachineConfig
from .machine import (
    CALL_DTYPE,
    CHECK_INVARIANTS,
    INVARIANTS,
    PLANTED_BUGS,
    RESULT_DTYPE,
    STOP_ON_REFUSED,
    STOP_ON_UNDOCUMENTED,
    STOPPED_BY_INVARIANT,
    BatchOutcome,
    Machine,
    PlantedBug,
    Snapshot,
    Violation,
    bug_mask,
    calls_array,
)
from .result import CallResult, reason_text

__all__ = [
    "CALL_DTYPE",
    "CHECK_INVARIANTS",
    "INVARIANTS",
    "PLANTED_BUGS",
    "RESULT_DTYPE",
    "STOPPED_BY_INVARIANT",
    "STOP_ON_REFUSED",
    "STOP_ON_UNDOCUMENTED",
    "BatchOutcome",
    "CallResult",
    "DomainConfig",
    "HostConfig",
    "Machine",
    "MachineConfig",
    "PlantedBug",
    "Snapshot",
    "Violation",
    "bug_mask",
    "calls_array",
    "reason_text",
]
