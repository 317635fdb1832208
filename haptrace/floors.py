"""The package floors: which modules may import which.

The packages form floors, and imports point down only: a module may import modules of its
own floor and of the floors below it, never of a floor above.  So the catalogue is usable
without the engine, the binding without the trace format, traces without replay, replay
without fuzzing, and nothing but the CLI imports the CLI.  tests/test_floors.py reads every
module's imports (function-level ones and ``importlib.import_module`` of a literal name
included) and fails on one that points up; it also fails on a module outside the binding
that reaches the engine's cffi ``ffi`` or ``lib``.

=====  =========  =========================================================================
floor  name       what is on it
=====  =========  =========================================================================
0      catalogue  the call catalogue, the hypercall ABI descriptions (haptrace.abi), errors,
                  outcomes, profile and engine build names, this table (haptrace,
                  haptrace.catalogue, .errors, .outcome, .profiles, ...)
1      binding    the one place that touches the compiled engine (haptrace.binding, _percall)
2      traces     the trace format, the recorders and the text form (tracer); real programs
                  at the privcmd boundary, served and recorded (haptrace.realprog)
3      replay     replay, its reports, spec coverage and the pytest plugin (replay)
4      fuzz       the fuzzing harness, campaigns, the minimiser and findings (fuzz)
5      cli        the ``haptrace`` command (haptrace.cli, ``python -m haptrace``)
=====  =========  =========================================================================
"""

from __future__ import annotations

from .engines import ENGINE_MODULES

# (floor name, the modules and packages on it), bottom first: a floor's number is its index.
FLOORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "catalogue",
        (
            "haptrace",
            "haptrace.abi",
            "haptrace.catalogue",
            "haptrace.errors",
            "haptrace.outcome",
            "haptrace.profiles",
            "haptrace.engines",
            "haptrace.floors",
        ),
    ),
    ("binding", ("haptrace.binding", "haptrace._percall", *ENGINE_MODULES.values())),
    ("traces", ("tracer", "haptrace.realprog")),
    ("replay", ("replay",)),
    ("fuzz", ("fuzz",)),
    ("cli", ("haptrace.cli", "haptrace.__main__")),
)

# The top-level packages the floors cover: every module under them has a floor.
PACKAGES = ("haptrace", "tracer", "replay", "fuzz")

# The one package that may touch the engine's cffi objects.
BINDING = "haptrace.binding"


def floor_of(module: str) -> int | None:
    """The floor of ``module`` (a dotted name): that of the longest entry that is the module
    or a package holding it.  None for a module outside haptrace's packages."""
    best: tuple[int, int] | None = None  # (length of the entry, floor)
    for number, (_, entries) in enumerate(FLOORS):
        for entry in entries:
            holds = module == entry or module.startswith(entry + ".")
            if holds and (best is None or len(entry) > best[0]):
                best = (len(entry), number)
    return None if best is None else best[1]


def floor_name(number: int) -> str:
    return FLOORS[number][0]
