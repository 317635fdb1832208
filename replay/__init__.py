"""Replay (floor 3 of haptrace.floors): the replay engine, its reports, spec coverage and the
pytest plugin; and, re-exported from the binding (haptrace.binding), the emulated machine's
Python API.

:class:`Machine` is the emulated Xen x86_64 HAP host; :class:`MachineConfig` describes it.
They live in ``haptrace.binding`` (the one package that touches the C engine) and are
importable from here, as ``from replay import Machine``.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from haptrace.binding.config import DomainConfig, HostConfig, MachineConfig
    from haptrace.binding.machine import (
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
        pack_calls,
        pack_values,
    )
    from haptrace.binding.result import CallResult, reason_text

# Names are loaded on first use (PEP 562): importing the package, as the pytest plugin's
# entry point does in every pytest run, must not load the C engine and numpy.
_MODULE_OF = {
    **dict.fromkeys(("DomainConfig", "HostConfig", "MachineConfig"), "config"),
    **dict.fromkeys(("CallResult", "reason_text"), "result"),
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'replay' has no attribute {name!r}")
    module = importlib.import_module(f"haptrace.binding.{_MODULE_OF.get(name, 'machine')}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "pack_calls",
    "pack_values",
    "reason_text",
]
