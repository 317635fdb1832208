"""haptrace: record, replay and fuzz Xen hypercall sequences against an emulated x86_64
host with hardware-assisted paging.

The packages:

* ``haptrace.catalogue`` — the call catalogue, the single source of truth for every call;
* ``replay`` — the emulated machine (:class:`replay.Machine`) and the replay engine;
* ``tracer`` — the trace format, recorders and the readable text form;
* ``fuzz`` — coverage-guided fuzzing of call sequences with atheris;
* ``haptrace.cli`` — the ``haptrace`` command.
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
