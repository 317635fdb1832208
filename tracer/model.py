"""The in-memory model of a trace, shared by the msgpack format and the text form.

A trace is a :class:`Header` (format version, catalogue revision, profile, the machine it ran
on, where it came from, whether it was closed cleanly) and a list of :class:`Record` s, one
per call: the call, who made it (a domain's vcpu), its arguments (scalars and lists), what it
returned (rc, errno, outputs, output lists), and, for scenario traces whose expected result
differs between profiles, the result each other profile expects.  Comments of the text
form ride along as notes so that text → msgpack → text is lossless.

Long traces are not held as lists of records: the msgpack reader and the replay engine work
on columnar chunks.  This model is for what people read and write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeAlias

from haptrace.binding.config import MachineConfig
from haptrace.catalogue import CATALOGUE, PROFILES, REVISION, Call, Resource
from haptrace.profiles import alternative_for

FORMAT_VERSION = 3
SOURCES = ("emulator", "text", "host")


# One argument of a record, by the catalogue's kind of argument: a scalar is an int; an IN or
# INOUT list is a tuple of its elements (ints for a list of scalars, tuples of field values
# for a list of structs); an OUT list is the room the caller gave, an int (0: a NULL handle).
ArgValue: TypeAlias = int | tuple[int, ...] | tuple[tuple[int, ...], ...]
# One output: a scalar output is an int; an OUT or INOUT list is a tuple as above.
OutValue: TypeAlias = int | tuple[int, ...] | tuple[tuple[int, ...], ...]


def split_outputs(
    call: Call, outputs: tuple[OutValue, ...]
) -> tuple[tuple[int, ...], tuple[OutValue, ...]]:
    """(scalar outputs, output lists) of an Expectation's or a Record's ``outputs``: the
    scalars first (none, or zeros, on failure), then one value per output list."""
    nouts = len(call.outputs)
    scalars = tuple(v if isinstance(v, int) else 0 for v in outputs[:nouts])
    return scalars, tuple(outputs[nouts : nouts + len(call.output_lists)])


def element_words(scalar: bool, value: ArgValue) -> list[tuple[int, ...]]:
    """A list value's elements as tuples of their field words (one word for a list of
    scalars); an int (an output list's room) has none."""
    if isinstance(value, int):
        return []
    return (
        [(e,) if isinstance(e, int) else tuple(e) for e in value]
        if scalar
        else [e if isinstance(e, tuple) else (e,) for e in value]
    )


def join_outputs(
    call: Call, ok: bool, scalars: tuple[int, ...], lists: tuple[OutValue, ...]
) -> tuple[OutValue, ...]:
    """``outputs`` laid out as CallResult lays them out: the scalars only on success, unless
    the call has output lists, which then always follow the scalars (zeros on failure)."""
    if not call.output_lists:
        return scalars if ok else ()
    if not ok or len(scalars) < len(call.outputs):
        scalars = (0,) * len(call.outputs)
    return (*scalars, *lists)


@dataclass(frozen=True)
class Expectation:
    """A call's result: libxc rc and errno, and the outputs, laid out as CallResult lays
    them out: the scalar outputs (only on success, unless the call has output lists, which
    then always follow the scalars, zeros on failure)."""

    rc: int
    errno: int
    outputs: tuple[OutValue, ...] = ()
    # Bit i: scalar output i is undefined (the text form's `name=?`): Xen leaves it
    # unwritten, so any value matches; its value in ``outputs`` is 0.  Only on success.
    undef: int = 0

    @property
    def ok(self) -> bool:
        return self.rc != -1


@dataclass(frozen=True)
class Record:
    """One call of a trace and what it returned: ``args`` has one value per catalogue
    argument (``call.args``, see ArgValue); ``caller`` and ``vcpu`` name who made it."""

    call: int
    args: tuple[ArgValue, ...]
    rc: int
    errno: int
    outputs: tuple[OutValue, ...] = ()
    alternatives: Mapping[str, Expectation] = field(default_factory=dict)
    note: str = ""  # comment lines written before the call (text form)
    remark: str = ""  # a comment on the call's own line (text form)
    caller: int = 0  # the calling domain (0: the control domain)
    vcpu: int = 0  # the calling vcpu
    undef: int = 0  # the recorded result's undefined scalar outputs (Expectation.undef)

    def __post_init__(self) -> None:
        object.__setattr__(self, "alternatives", MappingProxyType(dict(self.alternatives)))

    @property
    def spec(self) -> Call:
        return CATALOGUE[self.call]

    @property
    def result(self) -> Expectation:
        return Expectation(self.rc, self.errno, self.outputs, self.undef)

    def expected(self, profile: str) -> Expectation:
        """What this call should return when replayed in ``profile``: its alternative for
        the profile, else the one for the profile it succeeds (haptrace.profiles.SUCCEEDS),
        else the recorded result."""
        chosen = alternative_for(self.alternatives, profile)
        return self.result if chosen is None else self.alternatives[chosen]


def undef_problem(call: Call, result: Expectation) -> str | None:
    """Why ``result``'s undefined-output mask cannot be: bits only for the call's scalar
    outputs, and only on success (None: it can)."""
    if result.undef == 0:
        return None
    if not result.ok:
        return f"{call.name} failed, so it has no outputs to leave undefined"
    if result.undef >> len(call.outputs):
        return f"{call.name} has {len(call.outputs)} outputs; undefined mask {result.undef:#x}"
    return None


@dataclass(frozen=True)
class Header:
    """Everything replay needs to rebuild the starting machine, and where the trace came from."""

    profile: str = "doc"
    machine: MachineConfig = field(default_factory=MachineConfig.default)
    source: str = "emulator"
    xen_version: str = ""
    bugs: tuple[str, ...] = ()
    catalogue_revision: str = REVISION
    format_version: int = FORMAT_VERSION
    complete: bool = True
    # Named symbols of the text form: (resource, value) -> name, e.g. (HANDLE, 7) -> "src".
    symbols: Mapping[tuple[Resource, int], str] = field(default_factory=dict)
    # The profiles the trace speaks for (version 3; the text form's ``profiles`` line):
    # replayed in another, it is *not applicable* and no call runs.  Empty: every profile.
    profiles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "symbols", MappingProxyType(dict(self.symbols)))

    def applies_to(self, profile: str) -> bool:
        """Whether the trace speaks for ``profile`` (its calls exist and mean the same
        there); a trace that declares no profiles speaks for every one."""
        return not self.profiles or profile in self.profiles


def profiles_problem(profile: str, profiles: tuple[str, ...]) -> str | None:
    """Why ``profiles`` cannot be a header's declared applicability (None: it can): known
    profiles, each once, and the one the trace was recorded in among them."""
    unknown = [p for p in profiles if p not in PROFILES]
    if unknown:
        return f"unknown profile {unknown[0]!r} (one of {', '.join(PROFILES)})"
    if len(set(profiles)) != len(profiles):
        return f"profiles {' '.join(profiles)} name a profile twice"
    if profiles and profile not in profiles:
        return (
            f"profiles {' '.join(profiles)} leave out the trace's own profile {profile!r}"
            " (it was recorded there)"
        )
    return None


@dataclass
class Trace:
    header: Header
    records: list[Record]
    tail_note: str = ""  # comments after the last call (text form)
    # The text-form line of each record, when the trace was parsed from text (for reports
    # that name the line); not part of the trace's content.
    record_lines: list[int] = field(default_factory=list, compare=False)
    # The text-form line of each header setting ("host", "domain 1"), likewise.
    header_lines: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def profiles(self) -> tuple[str, ...]:
        return PROFILES
