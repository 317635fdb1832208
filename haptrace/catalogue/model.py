"""The types the call catalogue is written in.

A :class:`Call` describes one libxc call (``kind == "hypercall"``) or one environment event
that a guest or the toolstack causes (``kind == "event"``): its arguments with their C widths,
its outputs, which resources (domains, gfns, sharing handles, grant refs, event-channel
ports, mappings) it uses and makes, how its result is to be read, and the return codes that
each profile documents, each with the condition that produces it.

Everything downstream (the C dispatch table, the typed Python methods, the trace schema, the
fuzz grammar, the docs) is generated or derived from these objects.  Nothing re-types them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from haptrace.profiles import PROFILES as PROFILES  # the catalogue's profiles

MAX_ARGS = 6
MAX_OUTPUTS = 6


class Resource(enum.Enum):
    """Kinds of values that one call produces and a later call consumes."""

    DOMAIN = "domain"
    GFN = "gfn"
    HANDLE = "handle"
    GREF = "gref"
    PORT = "port"
    MAPPING = "mapping"

    @property
    def symbol_prefix(self) -> str:
        """Prefix of the symbolic names the text form gives to values of this kind."""
        return _SYMBOL_PREFIX[self]


_SYMBOL_PREFIX = {
    Resource.DOMAIN: "d",
    Resource.GFN: "g",
    Resource.HANDLE: "h",
    Resource.GREF: "r",
    Resource.PORT: "p",
    Resource.MAPPING: "m",
}

# Resources whose values the emulator chooses (and may choose differently from the host a
# trace was recorded on): replay remaps these.  Domains and gfns are named by the caller.
REMAPPED_RESOURCES: tuple[Resource, ...] = (
    Resource.HANDLE,
    Resource.GREF,
    Resource.PORT,
    Resource.MAPPING,
)


class Returns(enum.Enum):
    """How the libxc-level result of a call is read."""

    STATUS = "status"  # 0 on success, -1 and errno on failure
    VALUE = "value"  # a non-negative value on success, -1 and errno on failure
    COUNT = "count"  # the number of extents done; errors only where Xen passes them through


class Kind(enum.Enum):
    HYPERCALL = "hypercall"  # a libxc call, issued by the toolstack
    EVENT = "event"  # something a guest, a helper or the toolstack does to the machine


class Family(enum.Enum):
    SHARING = "sharing"
    PAGING = "paging"
    ACCESS = "access"
    MEMORY = "memory"
    DOMAIN = "domain"
    GUEST = "guest"
    RING = "ring"
    FAULT = "fault"


@dataclass(frozen=True)
class Arg:
    """One argument, named as in the xenctrl.h prototype."""

    name: str
    bits: int
    doc: str
    uses: Resource | None = None
    enum: str | None = None  # name of an entry of ENUMS, for symbolic display
    default: int | None = None  # value the text form may omit
    makes: Resource | None = None  # the call creates the resource this argument names
    hex: bool = False  # the text form shows the value in hexadecimal

    @property
    def max_value(self) -> int:
        return (1 << self.bits) - 1

    def annotations(self, quote: str = "") -> list[str]:
        """What the catalogue says of the argument besides its doc, as short phrases
        ("uses domain", "one of ENUM", ...); ``quote`` wraps the enum name (Markdown)."""
        out = []
        if self.uses is not None:
            out.append(f"uses {self.uses.value}")
        if self.makes is not None:
            out.append(f"makes {self.makes.value}")
        if self.enum is not None:
            out.append(f"one of {quote}{self.enum}{quote}")
        if self.default is not None:
            out.append(f"default {self.default}")
        return out


@dataclass(frozen=True)
class Output:
    """One output field, present only when the call succeeds."""

    name: str
    bits: int
    doc: str
    makes: Resource | None = None
    enum: str | None = None
    hex: bool = False  # the text form shows the value in hexadecimal


@dataclass(frozen=True)
class Code:
    """A documented failure: the errno and the condition that produces it."""

    errno: int
    when: str


@dataclass(frozen=True)
class Numbers:
    """Hypercall number and the op / sub-op chain that selects the call, outermost first."""

    chain: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        return " / ".join(f"{name} {value}" for name, value in self.chain)


@dataclass(frozen=True)
class Call:
    name: str
    family: Family
    kind: Kind
    summary: str
    args: tuple[Arg, ...]
    outputs: tuple[Output, ...]
    returns: Returns
    codes: Mapping[str, tuple[Code, ...]]
    numbers: Numbers | None = None
    value_doc: str = ""  # what a successful VALUE/COUNT result means
    id: int = field(default=-1, compare=False)

    def __post_init__(self) -> None:
        if len(self.args) > MAX_ARGS:
            raise ValueError(f"{self.name}: more than {MAX_ARGS} arguments")
        if len(self.outputs) > MAX_OUTPUTS:
            raise ValueError(f"{self.name}: more than {MAX_OUTPUTS} outputs")
        if set(self.codes) != set(PROFILES):
            raise ValueError(f"{self.name}: codes must be given for exactly {PROFILES}")
        names = [a.name for a in self.args] + [o.name for o in self.outputs]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: duplicate argument or output name")
        object.__setattr__(self, "codes", MappingProxyType(dict(self.codes)))

    def errnos(self, profile: str) -> frozenset[int]:
        """The set of errno values this call documents in ``profile``."""
        return frozenset(code.errno for code in self.codes[profile])

    def conditions(self, profile: str, errno: int) -> tuple[str, ...]:
        """Every documented condition that yields ``errno`` in ``profile``."""
        return tuple(code.when for code in self.codes[profile] if code.errno == errno)

    def arg(self, name: str) -> Arg:
        for candidate in self.args:
            if candidate.name == name:
                return candidate
        raise KeyError(name)


@dataclass(frozen=True)
class Enum:
    """A named set of integer values shown symbolically (access types, ring kinds, ...)."""

    name: str
    doc: str
    values: Mapping[str, int]
    flags: bool = False  # values are bits that combine: shown as a|b

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def label(self, value: int) -> str | None:
        """The symbolic form of ``value``, or None if it has none."""
        for label, candidate in self.values.items():
            if candidate == value:
                return label
        if self.flags and value:
            parts = [label for label, bit in self.values.items() if bit and value & bit == bit]
            if sum(self.values[p] for p in parts) == value:
                return "|".join(parts)
        return None

    def parse(self, text: str) -> int | None:
        """The value of a label (or a|b for flag sets), or None if it is not one."""
        if text in self.values:
            return self.values[text]
        if self.flags and "|" in text:
            total = 0
            for part in text.split("|"):
                if part not in self.values:
                    return None
                total |= self.values[part]
            return total
        return None
