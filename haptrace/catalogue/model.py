"""The types the call catalogue is written in.

A :class:`Call` describes one libxc call or guest hypercall (``kind == "hypercall"``) or one
environment event that a guest or the toolstack causes (``kind == "event"``): its arguments
with their C widths (scalars, and lists of scalars or of small structs, each with the
argument that holds its length), its outputs, which resources (domains, gfns, sharing
handles, grant refs, event-channel ports, mappings) it uses and makes, who issues it, how its
result is to be read, and the return codes that each profile documents, each with the
condition that produces it.

A :class:`Family` groups calls with the engine state they share; its catalogue module also
declares the family's engine reasons, invariants and planted bugs.  Everything downstream
(the C dispatch table and typed handler glue, the reason/invariant/bug tables, the typed
Python methods, the trace schema, the fuzz grammar, the docs) is generated or derived from
these objects.  Nothing re-types them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from haptrace.profiles import PROFILES as PROFILES  # the catalogue's profiles

MAX_ARGS = 8  # argument slots of a call record (scalars and list references)
MAX_OUTPUTS = 6  # scalar outputs
MAX_FIELDS = 8  # words of one list element
# The widest errno a documented code may have: the fuzzer's spec keys are call << ERRNO_BITS
# | errno, and tmem's special results (-EFROZEN = -1000, -EEMPTY = -1001) need ten bits.
ERRNO_BITS = 10


class Resource(enum.Enum):
    """Kinds of values that one call produces and a later call consumes."""

    DOMAIN = "domain"
    GFN = "gfn"
    HANDLE = "handle"
    GREF = "gref"
    PORT = "port"
    MAPPING = "mapping"
    MFN = "mfn"  # a machine frame number, as Xen hands them to the caller
    TMEM_POOL = "tmem_pool"  # a client's tmem pool id (0..15), chosen by Xen
    IOSERVER = "ioserver"  # an ioreq server id of a domain (ioservid_t)

    @property
    def symbol_prefix(self) -> str:
        """Prefix of the symbolic names the text form gives to values of this kind."""
        return _SYMBOL_PREFIX[self]

    @property
    def remapped(self) -> bool:
        """Whether the emulator chooses values of this kind (and may choose differently
        from the host a trace was recorded on), so replay maps recorded values to its own.
        Domains and gfns are named by the caller."""
        return self in REMAPPED_RESOURCES

    @property
    def per_domain(self) -> bool:
        """Whether a value of this kind means something only together with a domain
        (a gfn, a grant reference, a port), as opposed to host-wide (a sharing handle)."""
        return self in _PER_DOMAIN


_SYMBOL_PREFIX = {
    Resource.DOMAIN: "d",
    Resource.GFN: "g",
    Resource.HANDLE: "h",
    Resource.GREF: "r",
    Resource.PORT: "p",
    Resource.MAPPING: "m",
    Resource.MFN: "f",
    Resource.TMEM_POOL: "t",
    Resource.IOSERVER: "s",
}
_PER_DOMAIN = frozenset(
    {Resource.GFN, Resource.GREF, Resource.PORT, Resource.TMEM_POOL, Resource.IOSERVER}
)

# Resources whose values the emulator chooses: replay remaps these.
REMAPPED_RESOURCES: tuple[Resource, ...] = (
    Resource.HANDLE,
    Resource.GREF,
    Resource.PORT,
    Resource.MAPPING,
    Resource.MFN,
    Resource.TMEM_POOL,
    Resource.IOSERVER,
)


class Returns(enum.Enum):
    """How the result of a call is read."""

    STATUS = "status"  # 0 on success, -1 and errno on failure
    VALUE = "value"  # a non-negative value on success, -1 and errno on failure
    COUNT = "count"  # the number of extents done; errors only where Xen passes them through


class Kind(enum.Enum):
    HYPERCALL = "hypercall"  # a hypercall, issued through libxc or by a guest
    EVENT = "event"  # something a guest, a helper or the toolstack does to the machine


class Caller(enum.Enum):
    """Who issues a call.  Every call in a trace names its calling domain and vcpu; this
    says which callers the catalogue expects and which one the text form and the Python
    API assume when none is named."""

    TOOLSTACK = "toolstack"  # a privileged domain acting on a target (dom0 by default)
    GUEST = "guest"  # a guest acting on itself (its own id or DOMID_SELF)
    ANY = "any"  # either: the reservation ops (a guest ballooning itself, or dom0)


class Direction(enum.Enum):
    """Which way a list argument's contents travel."""

    IN = "in"  # the caller fills it; the call reads it
    OUT = "out"  # the caller gives room; the call writes it (an output of the call)
    INOUT = "inout"  # the call reads it and writes it back


@dataclass(frozen=True)
class Family:
    """A family of calls: one catalogue module, one handler file, one corpus folder.

    ``order`` places the family's calls in the catalogue (call ids follow it; families of
    the same order sort by name).
    ``fuzz_weight`` is the family's share of the fuzzer's call choices."""

    name: str
    doc: str
    order: int
    fuzz_weight: int = 1

    @property
    def value(self) -> str:
        return self.name

    @property
    def c_name(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class FuzzUses:
    """Arg.fuzz_uses: the argument names a ``resource`` when argument ``when`` is ``value``."""

    when: str
    value: int
    resource: Resource


@dataclass(frozen=True)
class Arg:
    """One scalar argument, named as in the xenctrl.h prototype."""

    name: str
    bits: int
    doc: str
    uses: Resource | None = None
    enum: str | None = None  # name of an entry of ENUMS, for symbolic display
    default: int | None = None  # value the text form may omit
    makes: Resource | None = None  # the call creates the resource this argument names
    hex: bool = False  # the text form shows the value in hexadecimal
    # The name of the list argument whose length this is: the Python API and the text form
    # may leave it out, and it is then the list's length.  Filled in by Call.
    length_of: str | None = None
    # For a per-domain resource (a gfn, a grant reference, a port): the argument naming the
    # domain it belongs to, or CALLER for the calling domain; None: the call's first domain
    # argument.  Replay remaps the value within that domain.
    owner: str | None = None
    # A value the interface gives a meaning of its own, outside the argument's range of
    # resources or numbers (HVMOP_{set,get}_mem_access's pfn ~0: the domain's default
    # access).  The fuzz decoder picks it one pool pick in four (csrc/fuzz_decode.c): a
    # live gfn never is one, and a special value is all ones one time in 336.
    sentinel: int | None = None
    # For the fuzz decoder only: when an earlier scalar argument of the call (named here)
    # has the given value, this argument names a live resource of the given kind, and the
    # decoder's pool picks draw it from that kind's pool (acquire_resource's id is an ioreq
    # server's id when its type is ioreq_server).  ``uses`` stays None: replay does not
    # remap the value, which is a plain number for the other values of the argument.
    fuzz_uses: FuzzUses | None = None

    def __post_init__(self) -> None:
        if self.sentinel is not None and not 0 <= self.sentinel <= self.max_value:
            raise ValueError(f"{self.name}: sentinel {self.sentinel:#x} is not {self.bits} bits")

    @property
    def max_value(self) -> int:
        return (1 << self.bits) - 1

    @property
    def is_list(self) -> bool:
        return False

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
        if self.sentinel is not None:
            out.append(f"sentinel {self.sentinel:#x}")
        if self.fuzz_uses is not None:
            hint = self.fuzz_uses
            out.append(f"fuzzed as a {hint.resource.value} when {hint.when} is {hint.value}")
        if self.length_of is not None:
            out.append(f"length of {quote}{self.length_of}{quote}")
        return out


@dataclass(frozen=True)
class Field:
    """One word of a list element: a list of scalars has one field, a list of structs one
    per struct member (a multicall entry, an extent of an exchange, an oid's words)."""

    name: str
    bits: int
    doc: str = ""
    uses: Resource | None = None
    makes: Resource | None = None
    enum: str | None = None
    hex: bool = False
    owner: str | None = None  # as Arg.owner
    # The value is a catalogue call id (a multicall entry's call): the text form shows the
    # call's name, and a trace file stores the id of its own call table, as for its calls.
    call_id: bool = False
    # The value callers pass (an extent order of 0, a resume point of 0 on the first call),
    # which the fuzz decoder favours as it does an Arg.default's: a struct's fields were
    # plain numbers, and the exchange header's three that must be 0 together (both orders and
    # nr_exchanged) came out so one exchange in twenty-five (15% both orders, 28% the
    # resume point).  Unlike Arg.default, the text
    # form writes the field whatever its value.
    default: int | None = None
    # The value at which the handler's check of this field changes its answer, from Xen's
    # source (the lowest out.address_bits that leaves an allocation a zone): the fuzz
    # decoder picks it, or one of the three values past it, one pool pick in eight, as a
    # dictionary entry (libFuzzer's, or a compare's operand in its value profile) would.
    # No plain number or special value reaches the values past it often enough.
    boundary: int | None = None

    @property
    def max_value(self) -> int:
        return (1 << self.bits) - 1


@dataclass(frozen=True)
class ListArg:
    """An argument that is a list: a guest handle to an array, in Xen's terms.

    ``length`` is the name of the scalar argument that holds the element count (the count
    the caller claims; reading past the list's real end is a copy fault, EFAULT, as it is in
    Xen), or a fixed count.  An OUT list is an output of the call: the caller gives room for
    ``length`` elements and the call writes them.  ``max_length`` is the engine's refusal
    limit: a longer list is refused before any handler runs."""

    name: str
    doc: str
    fields: tuple[Field, ...]
    length: str | int
    direction: Direction = Direction.IN
    max_length: int = 4096

    @property
    def is_list(self) -> bool:
        return True

    @property
    def stride(self) -> int:
        """Words per element."""
        return len(self.fields)

    @property
    def scalar(self) -> bool:
        """A list of plain values (one field, named like the list)."""
        return len(self.fields) == 1

    @property
    def is_input(self) -> bool:
        return self.direction is not Direction.OUT

    @property
    def is_output(self) -> bool:
        return self.direction is not Direction.IN

    @property
    def fixed_length(self) -> int | None:
        return self.length if isinstance(self.length, int) else None

    @property
    def uses(self) -> Resource | None:
        """The resource of a scalar list's elements (for the shared argument helpers)."""
        return self.fields[0].uses if self.scalar else None

    def annotations(self, quote: str = "") -> list[str]:
        out = [f"{self.direction.value} list"]
        if isinstance(self.length, int):
            out.append(f"{self.length} elements")
        else:
            out.append(f"length {quote}{self.length}{quote}")
        if self.scalar:
            f = self.fields[0]
            out.append(f"{f.bits}-bit elements")
            if f.uses is not None:
                out.append(f"elements use {f.uses.value}")
            if f.makes is not None:
                out.append(f"elements make {f.makes.value}")
        else:
            out.append("elements {" + ", ".join(f"{f.name}:{f.bits}" for f in self.fields) + "}")
        out.append(f"at most {self.max_length}")
        return out


AnyArg = Arg | ListArg

# Arg.owner naming the calling domain.
CALLER = "@caller"


def scalar_list(
    name: str,
    bits: int,
    doc: str,
    length: str | int,
    direction: Direction = Direction.IN,
    uses: Resource | None = None,
    makes: Resource | None = None,
    hex: bool = False,
    max_length: int = 4096,
) -> ListArg:
    """A list of plain values: one field named like the list."""
    element = Field(name, bits, doc, uses=uses, makes=makes, hex=hex)
    return ListArg(name, doc, (element,), length, direction, max_length)


@dataclass(frozen=True)
class Output:
    """One scalar output field, present only when the call succeeds."""

    name: str
    bits: int
    doc: str
    makes: Resource | None = None
    enum: str | None = None
    hex: bool = False  # the text form shows the value in hexadecimal
    owner: str | None = None  # as Arg.owner


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
    args: tuple[AnyArg, ...]
    outputs: tuple[Output, ...]
    returns: Returns
    codes: Mapping[str, tuple[Code, ...]]
    numbers: Numbers | None = None
    value_doc: str = ""  # what a successful VALUE/COUNT result means
    caller: Caller = Caller.TOOLSTACK
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
        for profile, codes in self.codes.items():
            for item in codes:
                if not 0 < item.errno < 1 << ERRNO_BITS:
                    raise ValueError(f"{self.name}: errno {item.errno} ({profile}) out of range")
        args = list(self.args)
        for lst in self.lists:
            if len(lst.fields) > MAX_FIELDS or not lst.fields:
                raise ValueError(f"{self.name}: {lst.name} needs 1..{MAX_FIELDS} fields")
            if isinstance(lst.length, int):
                if not 0 <= lst.length <= lst.max_length:
                    raise ValueError(f"{self.name}: {lst.name} has a bad fixed length")
                continue
            position = self._position(lst.length)
            holder = args[position]
            if not isinstance(holder, Arg):
                raise ValueError(f"{self.name}: {lst.name}'s length {lst.length} is a list")
            if holder.length_of not in (None, lst.name):
                raise ValueError(f"{self.name}: {holder.name} is the length of two lists")
            args[position] = _with_length_of(holder, lst.name)
        for position, arg in enumerate(args):
            hint = arg.fuzz_uses if isinstance(arg, Arg) else None
            if hint is None:
                continue
            # The decoder reads the value of ``when`` before it decodes this argument.
            before = [a.name for a in args[:position] if isinstance(a, Arg)]
            if hint.when not in before:
                raise ValueError(f"{self.name}: {arg.name}'s fuzz_uses needs an earlier scalar")
        object.__setattr__(self, "args", tuple(args))
        object.__setattr__(self, "codes", MappingProxyType(dict(self.codes)))
        owners = [a.owner for a in self.scalars] + [o.owner for o in self.outputs]
        owners += [f.owner for lst in self.lists for f in lst.fields]
        for owner in owners:
            if owner is None or owner == CALLER:
                continue
            holder = self.arg(owner)
            if not isinstance(holder, Arg) or holder.uses is not Resource.DOMAIN:
                raise ValueError(f"{self.name}: owner {owner!r} is not a domain argument")

    def owner_of(self, owner: str | None) -> str | None:
        """The argument naming the domain a per-domain value belongs to (CALLER for the
        calling domain), resolving None to the call's first domain argument."""
        if owner is not None:
            return owner
        for arg in self.scalars:
            if arg.uses is Resource.DOMAIN:
                return arg.name
        return CALLER

    def _position(self, name: str) -> int:
        for position, candidate in enumerate(self.args):
            if candidate.name == name:
                return position
        raise ValueError(f"{self.name}: no argument {name!r}")

    @property
    def lists(self) -> tuple[ListArg, ...]:
        return tuple(a for a in self.args if isinstance(a, ListArg))

    @property
    def scalars(self) -> tuple[Arg, ...]:
        return tuple(a for a in self.args if isinstance(a, Arg))

    @property
    def input_args(self) -> tuple[AnyArg, ...]:
        """The arguments a caller gives: every scalar and every IN or INOUT list (an OUT
        list is room the call writes into, sized by its length argument)."""
        return tuple(a for a in self.args if not (isinstance(a, ListArg) and not a.is_input))

    @property
    def output_lists(self) -> tuple[ListArg, ...]:
        """The OUT and INOUT lists: what the call writes besides its scalar outputs."""
        return tuple(a for a in self.lists if a.is_output)

    def errnos(self, profile: str) -> frozenset[int]:
        """The set of errno values this call documents in ``profile``."""
        return frozenset(code.errno for code in self.codes[profile])

    def conditions(self, profile: str, errno: int) -> tuple[str, ...]:
        """Every documented condition that yields ``errno`` in ``profile``."""
        return tuple(code.when for code in self.codes[profile] if code.errno == errno)

    def arg(self, name: str) -> AnyArg:
        for candidate in self.args:
            if candidate.name == name:
                return candidate
        raise KeyError(name)


def _with_length_of(arg: Arg, list_name: str) -> Arg:
    from dataclasses import replace

    return replace(arg, length_of=list_name)


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


@dataclass(frozen=True)
class HostOption:
    """A setting of the emulated host that a family's behaviour depends on (a boot option,
    a build-time switch): a field of HostConfig and of the text form's host line, and
    ``m->config.option[HT_OPT_<NAME>]`` in the engine.  ``bits`` 1 is a switch."""

    name: str
    doc: str
    default: int = 0
    bits: int = 1

    @property
    def max_value(self) -> int:
        return (1 << self.bits) - 1


@dataclass(frozen=True)
class Reason:
    """Why the engine returned what it did: handlers name one for every failure (and for
    the notable successes), so reports can say which check decided.  ``id`` is the C name
    (HT_R_<id>)."""

    id: str
    text: str
    # A success for this reason leaves the call's scalar outputs undefined: Xen returns
    # before writing them and the caller's copy-back returns whatever the caller's struct
    # held (4.2's mem_event_domctl on a dying domain returns 0 before writing mec->port, and
    # libxc's DECLARE_DOMCTL leaves the domctl uninitialised).  A recording writes `?` for
    # them and replay accepts any value there (docs/trace-format.md).
    outputs_undefined: bool = False


@dataclass(frozen=True)
class Invariant:
    """A property of the machine the audit or the per-call oracle checks (HT_INV_<id>)."""

    id: str
    name: str  # e.g. "sharing.1"
    statement: str


# The tiers of planted bugs (PlantedBug.tier).
SHALLOW = "shallow"
DEEP = "deep"


@dataclass(frozen=True)
class PlantedBug:
    """A real Xen bug the engine can switch on (HT_BUG_<id>), modelled as it was."""

    id: str
    name: str
    source: str  # the commit or advisory
    text: str  # what the engine does when it is on
    # How much state its trigger needs (benchmarks/bench_fuzz.py reports the tiers apart):
    # SHALLOW, one or two calls from the fuzz machine's boot; DEEP, several dependent calls
    # (across domains, past a threshold, a value another call made), which random inputs
    # of the fuzz grammar find in fewer than half of the benchmark's trials.
    tier: str = "shallow"  # SHALLOW or DEEP
    # The profiles whose Xen has no code the bug lives in (4.2 has no acquire_resource, 4.13
    # removed tmem), or whose own code is the bug, which the profile then does as that Xen
    # does (4.2's relinquish walk): there it has no way in, its reproducer passes with it
    # on, and the benchmark counts it apart instead of as a miss.
    unreachable_in: tuple[str, ...] = ()
    # Why no call sequence can reach the trigger, when its path is one the engine answers
    # ``unsupported`` (a PV guest's exception frame for an iret): its reproducer's clean
    # replay is unsupported, and the benchmark counts it apart as "trigger not modelled",
    # neither detected nor a miss.  Empty: the trigger is modelled.
    unmodelled_trigger: str = ""
