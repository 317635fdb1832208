"""The types a hypercall ABI is described in.

An :class:`Abi` is one Xen version's binary interface as a toolstack sees it: the numbers
(:class:`Constant`, each named by its macro in Xen's public headers, so a test can compare
it with the headers), the struct layouts (:class:`Struct` of :class:`CField`, offsets and
sizes as the headers lay them out on x86_64), how each hypercall carries its command and
argument (:class:`Frame`), and the decode rules (:class:`Rule`): which (hypercall, command,
sub-op) becomes which catalogue call, where each of the call's arguments comes from, and how
the result and every OUT field go back into the caller's memory, exactly as that Xen
writes them.

The C decoder's tables (csrc/gen/ht_abi.[ch]) and docs/abi.md are generated from these
objects (haptrace.abi.render); the C code that walks the tables (csrc/abi.c) knows no
number and no layout of its own.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Constant:
    """A number of the ABI, by the macro that defines it in Xen's public headers."""

    macro: str
    value: int
    header: str  # the header that defines it, relative to /usr/include (e.g. "xen/domctl.h")


@dataclass(frozen=True)
class CField:
    """One member of a struct: ``size`` bytes at ``offset`` (``count`` elements of
    ``size`` bytes for an array).  ``c`` is the member's path in the C struct (for the
    header test); ``handle`` marks a guest handle (a pointer into the caller's memory)."""

    name: str
    offset: int
    size: int
    signed: bool = False
    count: int = 1
    handle: bool = False
    c: str = ""
    part: bool = False  # part of a larger C member (a union): only the offset is checked

    @property
    def c_path(self) -> str:
        return self.c or self.name

    @property
    def bytes(self) -> int:
        return self.size * self.count


@dataclass(frozen=True)
class Struct:
    """A struct of the interface, as the C type ``c_type`` of the headers lays it out."""

    name: str
    c_type: str
    size: int
    fields: tuple[CField, ...]
    doc: str = ""
    header: str = ""  # the header to include for it (the test includes every one)

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: duplicate field")
        for f in self.fields:
            if f.size not in (1, 2, 4, 8) or f.offset + f.bytes > self.size:
                raise ValueError(f"{self.name}.{f.name}: bad size or beyond the struct")

    def field(self, name: str) -> CField:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{self.name} has no field {name!r}")


class FrameKind(enum.Enum):
    """How a hypercall carries its command and its argument."""

    MEMORY_OP = "memory_op"  # arg0 = cmd | start_extent << 6, arg1 -> the op's struct
    STRUCT = "struct"  # arg0 -> a struct with cmd and interface_version (domctl, sysctl)
    OP_ARG = "op_arg"  # arg0 = the op, arg1 -> the op's struct (hvm_op, event_channel_op)
    MULTICALL = "multicall"  # arg0 -> multicall_entry_t[arg1]


class Unknown(enum.Enum):
    """What the ABI answers for a command the version does not define."""

    ENOSYS = "enosys"  # certain: nothing runs before the dispatch's default
    UNSUPPORTED = "unsupported"  # the answer depends on state the ABI does not look at


@dataclass(frozen=True)
class Frame:
    """One hypercall's conventions.  For STRUCT frames, ``struct`` is read whole from
    arg0 (copy_from_guest: EFAULT), ``version`` is compared with its interface_version
    field (EACCES), ``cmd`` names its command field and ``union`` is where the command's own
    struct starts.  ``commands`` lists the command constants the version defines (the rest
    are unknown to it); ``unknown`` says what such a command gets."""

    hypercall: str  # the Constant naming the hypercall
    kind: FrameKind
    commands: tuple[str, ...] = ()
    unknown: Unknown = Unknown.UNSUPPORTED
    struct: str = ""
    cmd: str = ""
    version_field: str = ""
    version: str = ""  # the Constant of the expected interface version
    union: int = 0
    doc: str = ""


class Where(enum.Enum):
    """Which struct a field path names."""

    ARG = "arg"  # the command's struct (at the argument pointer, or the domctl union)
    HEADER = "header"  # the frame's own struct (struct xen_domctl, struct xen_sysctl)


@dataclass(frozen=True)
class Ref:
    """A field of the argument struct, or (``where`` HEADER) of the frame's struct."""

    field: str
    where: Where = Where.ARG


def arg(name: str) -> Ref:
    return Ref(name)


def header(name: str) -> Ref:
    return Ref(name, Where.HEADER)


@dataclass(frozen=True)
class Const:
    """An argument the hypercall does not carry: its value is fixed by the rule."""

    value: int


Source = Ref | Const


@dataclass(frozen=True)
class ListFrom:
    """A catalogue list argument from caller memory: ``handles`` are the guest handles of
    its arrays (one per catalogue field, or one array of ``element`` structs whose fields
    ``fields`` maps), ``count`` what the caller claims.  The list the catalogue call gets is
    as many elements as are accessible from the start (readable for IN, writable for OUT,
    both for INOUT), capped by the claimed count: a shorter list is a copy fault at the
    first inaccessible element, as in Xen.  Of an OUT or INOUT list, the elements the call
    wrote (the engine counts them) go back into the caller's arrays.  ``null_empty``: a
    NULL handle is an empty list Xen skips (then a non-NULL handle with nothing accessible
    cannot be told apart from it: unsupported).  ``zero``: each written element is zeroed
    before its fields (Xen fills a memset struct)."""

    handles: tuple[Ref, ...]
    count: Source
    element: str = ""  # a Struct name, or "" for scalars
    fields: Mapping[str, str] = field(default_factory=dict)  # catalogue field -> CField
    sizes: tuple[int, ...] = ()  # scalar arrays: each array's element size in bytes
    null_empty: bool = False
    zero: bool = False
    # Xen tells an untranslated (PV) target the machine frame of each extent it populated
    # by writing it over that extent's element of the first array (populate_physmap,
    # common/memory.c: !paging_mode_translate(d), __copy_mfn_to_guest_offset), whatever
    # the catalogue list's direction: the ABI layer does it from the target's p2m.
    pv_frames: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))


class Copyback(enum.Enum):
    """How Xen writes the command's struct back (a failing write is EFAULT)."""

    NONE = "none"
    WHOLE = "whole"  # __copy_to_guest of the whole struct (the frame's, for STRUCT frames)
    FIELDS = "fields"  # __copy_field_to_guest of each output field only


class When(enum.Enum):
    SUCCESS = "success"  # raw >= 0
    ZERO = "zero"  # raw == 0


@dataclass(frozen=True)
class OnlyIf:
    """An output Xen writes only for some values of another output of the call (a field
    of a union that a switch on a status fills for some cases and leaves alone for the
    rest, as evtchn_status does)."""

    output: str
    values: tuple[int, ...]

    def __post_init__(self) -> None:
        if not self.values or any(not 0 <= v < 32 for v in self.values):
            raise ValueError(f"OnlyIf({self.output}): values must be in 0..31")


@dataclass(frozen=True)
class Run:
    """Run catalogue call ``call``: ``args`` gives a source for each scalar argument and
    ``lists`` one for each list argument; ``outputs`` places the call's outputs (or
    ``list.field``: that field of a list's first element) into fields of Xen's local copy,
    which ``copyback`` then writes back when ``when`` holds.  ``only_if`` names the outputs
    placed only for some values of another output (the rest leave the caller's bytes)."""

    call: str
    args: Mapping[str, Source] = field(default_factory=dict)
    lists: Mapping[str, ListFrom] = field(default_factory=dict)
    outputs: Mapping[str, Ref] = field(default_factory=dict)
    copyback: Copyback = Copyback.NONE
    when: When = When.SUCCESS
    zero: bool = False  # the command's struct is zeroed before the outputs (a memset record)
    only_if: Mapping[str, OnlyIf] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("args", "lists", "outputs", "only_if"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))


@dataclass(frozen=True)
class Answer:
    """Xen's certain answer, with no call to run (a reason of the catalogue says why)."""

    errno: int
    reason: str


@dataclass(frozen=True)
class Unsupported:
    """Decoded, but not modelled: the explicit unsupported outcome with this reason."""

    reason: str


Action = Run | Answer | Unsupported


@dataclass(frozen=True)
class ArgEquals:
    """A check of the hypercall's own argument ``index`` (its low ``size`` bytes) before the
    command's struct is read: any other value gets ``otherwise`` (do_grant_table_op's
    count, which GNTTABOP_setup_table and query_size refuse unless it is 1, before their
    copy_from_guest)."""

    index: int
    size: int
    value: int
    otherwise: Answer

    def __post_init__(self) -> None:
        if not 0 <= self.index < 5 or self.size not in (1, 2, 4, 8):
            raise ValueError(f"ArgEquals: no argument {self.index} of {self.size} bytes")
        if not 0 <= self.value < 1 << 32:
            raise ValueError(f"ArgEquals: {self.value:#x} is not a 32-bit value")


@dataclass(frozen=True)
class Select:
    """A sub-op selector: the argument field equals ``value``, or (``nonzero``) is not 0."""

    field: str
    value: int = 0
    nonzero: bool = False


@dataclass(frozen=True)
class Rule:
    """(hypercall, command, selectors) -> action.  ``struct`` is the command's argument
    struct (read whole from the argument pointer, or found in the frame's union).
    ``continuation``: what a memory_op's start_extent bits get (None: unsupported)."""

    hypercall: str
    command: str
    action: Action
    struct: str = ""
    select: tuple[Select, ...] = ()
    continuation: Answer | None = None
    # Fields the call does not carry but that change Xen's answer when set: a non-zero one
    # makes the hypercall unsupported rather than run as if it were 0.
    require_zero: tuple[str, ...] = ()
    doc: str = ""
    # A check of the hypercall's arguments before the struct is read (the rules of one
    # command share their first rule's, as they share its struct).
    arg_check: ArgEquals | None = None


@dataclass(frozen=True)
class Abi:
    """One version's binary interface."""

    name: str  # e.g. "4.17"
    doc: str
    constants: tuple[Constant, ...]
    structs: tuple[Struct, ...]
    frames: tuple[Frame, ...]
    rules: tuple[Rule, ...]
    hypercalls: tuple[str, ...]  # the hypercall Constants this Xen's PV table serves

    def constant(self, macro: str) -> int:
        return self.constants_by_macro[macro].value

    @property
    def constants_by_macro(self) -> Mapping[str, Constant]:
        return MappingProxyType({c.macro: c for c in self.constants})

    def struct(self, name: str) -> Struct:
        for candidate in self.structs:
            if candidate.name == name:
                return candidate
        raise KeyError(f"ABI {self.name} has no struct {name!r}")

    def frame(self, hypercall: str) -> Frame:
        for candidate in self.frames:
            if candidate.hypercall == hypercall:
                return candidate
        raise KeyError(f"ABI {self.name} has no frame for {hypercall!r}")
