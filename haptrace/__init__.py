"""haptrace: record, replay and fuzz Xen hypercall sequences against an emulated x86_64
host with hardware-assisted paging.

The packages, bottom floor first (imports point down only: haptrace.floors):

* ``haptrace.catalogue`` — the call catalogue, the single source of truth for every call
  (with ``haptrace.errors`` and ``haptrace.outcome``);
* ``haptrace.binding`` — the binding to the C engine: the emulated machine
  (:class:`replay.Machine`) and thin wrappers over the engine's entry points;
* ``tracer`` — the trace format, recorders and the readable text form;
* ``replay`` — the replay engine, its reports and the pytest plugin;
* ``fuzz`` — coverage-guided fuzzing of call sequences with atheris;
* ``haptrace.cli`` — the ``haptrace`` command (``python -m haptrace``).
"""

from .errors import (
    ConfigError,
    EngineError,
    HaptraceError,
    InputError,
    InvalidArgument,
    StaleBuildError,
    UnknownCall,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "EngineError",
    "HaptraceError",
    "InputError",
    "InvalidArgument",
    "StaleBuildError",
    "UnknownCall",
    "__version__",
]
