"""The readable text form of a trace: one call per line, strace-like, fit for code review.

    # haptrace trace v2
    profile doc
    host arch=x86_64 vendor=intel
    domain 1 pages=256
    domain 2 pages=256
    memshr_control(domid=1, enable=1) = 0
    memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h2
    memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$h2, client_domain=2, ...
    @1.0 decrease_reservation(domid=0x7ff0, extent_start=[0x10, 0x31, 0x12]) = 3
    increase_reservation(domid=1, nr_extents=2) = 2 -> extent_start=[$f1000, $f1001]
    sharing_freed_pages() = 1

The grammar is documented in docs/trace-format.md; in short:

* ``#`` starts a comment.  Comment lines attach to the next call; a comment after a call
  stays on its line.  The first line, ``# haptrace trace v3``, names the format (version 2
  text reads as version 3 without its ``profiles`` line; version 1 text still reads, with
  version 1's meaning of ``extent_start``: :mod:`tracer.legacy`).
* Header lines: ``profile P``, ``profiles P P ...`` (version 3: the profiles the trace
  speaks for; replayed in another it is not applicable), ``source S``, ``xen VERSION``,
  ``catalogue REVISION``, ``host key=value ...``, ``domain ID key=value ...``,
  ``bugs NAME,NAME``, ``incomplete``, ``symbol $NAME RESOURCE VALUE`` (the recorded value
  a named symbol stands for).
  Without a ``catalogue`` line a trace is written against the current catalogue; the line
  is printed only for a trace recorded against another revision.
* A call: ``[@DOMID.VCPU] name(arg=value, ...) = RESULT [-> output=value, ...]``, then any
  number of ``@PROFILE: RESULT [-> ...]`` giving the result a different profile expects.
  The caller prefix is left out for domain 0's vcpu 0.  RESULT is a value (``0``, ``3``) or
  ``-1 ERRNO`` (an errno name, or ``C_HANDLE_INVALID`` / ``S_HANDLE_INVALID`` for the
  sharing codes 9 and 10, or ``UNSUPPORTED``: the engine answered that it does not model
  the path the call took).  Arguments with a default may be left out, and so may a length
  argument equal to its list's length.
* Lists: ``extent_start=[0x10, 0x11, 0x40]``, struct elements as ``[{a=1, b=2}, ...]``.  An
  output list's room is its length argument unless given as ``name=room(N)`` (``room(0)``:
  a NULL handle); what the call wrote follows ``->`` like an output (left out when all
  zeros).
* Values: decimal, ``0x`` hex, ``~0`` (all ones), an enumeration label (``ring=paging``,
  ``flags=vcpu_paused|evict_fail``), a call's name for a multicall entry's call
  (``call=xenver_version``: catalogue ids change as calls are added), or a symbol.
  Symbols name values that one call produces and a later call uses: ``$h2`` is the handle
  2 (``h`` handle, ``p`` port, ``r`` grant reference, ``m`` mapping, ``f`` mfn), and
  ``$anyname`` is a value the first output it names chooses.  Replay maps every symbol to
  the value the emulator hands out.

Traces printed by :func:`format_trace` parse back to the same trace (tested as a property),
and a trace parsed from canonical text prints back to the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from haptrace.binding.config import DomainConfig, HostConfig, MachineConfig
from haptrace.binding.machine import bug_mask
from haptrace.catalogue import (
    CATALOGUE,
    ENUMS,
    PROFILES,
    REVISION,
    Call,
    Field,
    ListArg,
    Resource,
    lookup,
)
from haptrace.catalogue.errnos import ERRNO, SHARING_NAMES, errno_name
from haptrace.catalogue.limits import DOMID_FIRST_RESERVED, TRACE_ERRNO_UNSUPPORTED
from haptrace.catalogue.model import REMAPPED_RESOURCES, Arg, Output
from haptrace.errors import ConfigError, InputError

from . import legacy
from .errors import TextFormError, TraceError
from .layout import MAX_TEXT_BYTES, MAX_TEXT_CALLS, MAX_TEXT_LINES, READABLE_VERSIONS
from .model import (
    FORMAT_VERSION,
    SOURCES,
    ArgValue,
    Expectation,
    Header,
    OutValue,
    Record,
    Trace,
    join_outputs,
    profiles_problem,
    split_outputs,
)

MAGIC = f"# haptrace trace v{FORMAT_VERSION}"
_MAGIC_LINE = re.compile(r"# haptrace trace v([0-9]+)\s*$")
# A scalar argument, an output, or a field of a list's elements: what a value is read as.
Spec = Arg | Output | Field
HEADER_WORDS = (
    "profile",
    "profiles",
    "source",
    "xen",
    "catalogue",
    "host",
    "domain",
    "bugs",
    "incomplete",
    "symbol",
)
NAMED_SYMBOL_BASE = 0x80000000  # values the compiler gives symbols like $src
_PREFIX_TO_RESOURCE = {r.symbol_prefix: r for r in REMAPPED_RESOURCES}

# ---- printing -----------------------------------------------------------------------------


def _format_value(
    spec: Spec, value: int, resource: Resource | None, text: _Symbols, binding: bool = False
) -> str:
    if resource in REMAPPED_RESOURCES and resource is not None:
        symbol = text.symbol_for(resource, value, binding=binding)
        if symbol is not None:
            return symbol
    if spec.enum is not None:
        label = ENUMS[spec.enum].label(value)
        if label is not None:
            return label
    if _names_call(spec) and value < len(CATALOGUE):
        return CATALOGUE[value].name  # a multicall entry's call, by name: ids renumber
    if spec.bits >= 32 and value == (1 << spec.bits) - 1:
        return "~0"
    if (
        spec.hex
        or value > 0xFFFF
        or (_names_domain(spec, resource) and value >= DOMID_FIRST_RESERVED)
    ):
        return f"{value:#x}"  # a DOMID_* special (DOMID_SELF 0x7ff0) reads as Xen writes it
    return str(value)


def _names_domain(spec: Spec, resource: Resource | None) -> bool:
    return Resource.DOMAIN in (resource, spec.makes)


def _names_call(spec: Spec) -> bool:
    return isinstance(spec, Field) and spec.call_id


def _format_list(lst: ListArg, value: object, symbols: _Symbols, written: bool) -> str:
    """``[v, ...]`` or ``[{a=1, b=2}, ...]``; ``written``: an output list, whose resource
    elements bind symbols (a zero word is nothing written and stays 0)."""

    def word(spec: Field, number: int) -> str:
        resource = spec.makes if written else spec.uses
        if written and number == 0:
            resource = None
        return _format_value(spec, number, resource, symbols, binding=written)

    assert isinstance(value, tuple)
    if lst.scalar:
        return "[" + ", ".join(word(lst.fields[0], v) for v in value) + "]"
    items = (
        "{" + ", ".join(f"{f.name}={word(f, v)}" for f, v in zip(lst.fields, e, strict=True)) + "}"
        for e in value
    )
    return "[" + ", ".join(items) + "]"


class _Symbols:
    """Which resource values earlier outputs produced, and the names they go by.  With
    ``assume_produced`` every resource value is shown as a symbol (a call out of context)."""

    def __init__(self, named: dict[tuple[Resource, int], str], assume_produced: bool = False):
        self.named = named
        self.produced: set[tuple[Resource, int]] = set()
        self.assume_produced = assume_produced

    def name(self, resource: Resource, value: int) -> str:
        named = self.named.get((resource, value))
        return f"${named}" if named else f"${resource.symbol_prefix}{value}"

    def symbol_for(self, resource: Resource, value: int, binding: bool) -> str | None:
        if binding:
            self.produced.add((resource, value))
            return self.name(resource, value)
        if (
            self.assume_produced
            or (resource, value) in self.produced
            or (resource, value) in self.named
        ):
            return self.name(resource, value)
        return None


def _format_result(call: Call, result: Expectation, symbols: _Symbols) -> str:
    scalars, lists = split_outputs(call, result.outputs)
    outs = []
    if result.ok:
        outs = [
            f"{spec.name}=?"  # undefined: Xen left it unwritten
            if result.undef >> slot & 1
            else f"{spec.name}={_format_value(spec, value, spec.makes, symbols, binding=True)}"
            for slot, (spec, value) in enumerate(zip(call.outputs, scalars, strict=False))
        ]
    for lst, value in zip(call.output_lists, lists, strict=False):
        if any(_words(lst, value)):
            outs.append(f"{lst.name}={_format_list(lst, value, symbols, written=True)}")
    if not result.ok and result.errno == TRACE_ERRNO_UNSUPPORTED:
        text = f"-1 {UNSUPPORTED_NAME}"
    elif not result.ok:
        text = f"-1 {errno_name(result.errno, sharing=call.family.value == 'sharing')}"
    else:
        text = str(result.rc)
    return text + (f" -> {', '.join(outs)}" if outs else "")


def _words(lst: ListArg, value: object) -> list[int]:
    assert isinstance(value, tuple)
    return list(value) if lst.scalar else [w for element in value for w in element]


def _format_args(call: Call, args: tuple[ArgValue, ...], symbols: _Symbols) -> list[str]:
    values = {spec.name: value for spec, value in zip(call.args, args, strict=True)}
    out = []
    for spec, value in zip(call.args, args, strict=True):
        if isinstance(spec, ListArg):
            if spec.is_input:
                out.append(f"{spec.name}={_format_list(spec, value, symbols, written=False)}")
            elif value != _claimed_room(spec, values):
                out.append(f"{spec.name}=room({value})")
            continue
        assert isinstance(value, int)
        if spec.default is not None and value == spec.default:
            continue
        if spec.length_of is not None:
            target = call.arg(spec.length_of)
            listed = values[target.name]
            if isinstance(listed, tuple) and len(listed) == value:
                continue  # an input list's length: the list says it
        out.append(f"{spec.name}={_format_value(spec, value, spec.uses, symbols)}")
    return out


def _claimed_room(lst: ListArg, values: Mapping[str, object]) -> object:
    """The room an output list has when its argument is left out: its length argument."""
    return lst.length if isinstance(lst.length, int) else values[lst.length]


def format_call(record: Record, names: Mapping[tuple[Resource, int], str]) -> str:
    """One call as its text line out of context (every resource value a symbol), by the
    names the trace's author gave them (``$src``, not ``$h2``): for reports."""
    return format_record(record, _Symbols(dict(names), assume_produced=True))


def format_record(record: Record, symbols: _Symbols | None = None) -> str:
    """One call as its text line (without its note).  Alone (no ``symbols``), resource
    values are shown as symbols, since the calls that produced them are not in view."""
    symbols = symbols if symbols is not None else _Symbols({}, assume_produced=True)
    call = record.spec
    args = _format_args(call, record.args, symbols)
    prefix = f"@{record.caller}.{record.vcpu} " if (record.caller, record.vcpu) != (0, 0) else ""
    line = (
        f"{prefix}{call.name}({', '.join(args)}) = {_format_result(call, record.result, symbols)}"
    )
    for profile in PROFILES:
        if profile in record.alternatives:
            alternative = _format_result(call, record.alternatives[profile], symbols)
            line += f" @{profile}: {alternative}"
    if record.remark:
        line += f"  # {record.remark}"
    return line


def _kv(values: dict[str, Any]) -> str:
    return " ".join(f"{k}={int(v) if isinstance(v, bool) else v}" for k, v in values.items())


def _header_lines(header: Header) -> list[str]:
    lines = [MAGIC, f"profile {header.profile}"]
    if header.profiles:
        lines.append(f"profiles {' '.join(header.profiles)}")
    if header.source != "text":
        lines.append(f"source {header.source}")
    if header.xen_version:
        lines.append(f"xen {header.xen_version}")
    if header.catalogue_revision != REVISION:
        lines.append(f"catalogue {header.catalogue_revision}")
    host = header.machine.host
    default_host = HostConfig()
    host_values = {"arch": host.arch, "vendor": host.vendor}
    for f in fields(HostConfig):
        value = getattr(host, f.name)
        if f.name not in host_values and value != getattr(default_host, f.name):
            host_values[f.name] = value
    lines.append(f"host {_kv(host_values)}")
    for domain in header.machine.domains:
        default_domain = DomainConfig(domain.domid)
        values = {"pages": domain.pages}
        for f in fields(DomainConfig):
            value = getattr(domain, f.name)
            if f.name not in ("domid", "pages") and value != getattr(default_domain, f.name):
                values[f.name] = value
        lines.append(f"domain {domain.domid} {_kv(values)}")
    if header.bugs:
        lines.append(f"bugs {','.join(header.bugs)}")
    if not header.complete:
        lines.append("incomplete")
    lines += _symbol_lines(header.symbols)
    return lines


def _symbol_lines(symbols: Mapping[tuple[Resource, int], str]) -> list[str]:
    """Declarations of the named symbols whose values the parser would not give them.

    The parser gives an undeclared name the next placeholder of its resource, counting up
    in the order names are first bound; so, taking each resource's values in ascending
    order, a value that is the next placeholder needs no line (a hand-written trace's), and
    any other (a recorded value) is declared, keeping show -> compile lossless.  Sorting
    makes the lines independent of the order a file stored the symbols in."""
    lines = []
    placeholders: dict[Resource, int] = {}
    for (resource, value), name in sorted(symbols.items(), key=lambda s: (s[0][0].value, s[0][1])):
        expected = NAMED_SYMBOL_BASE + placeholders.get(resource, 0)
        if value == expected:
            placeholders[resource] = placeholders.get(resource, 0) + 1
        else:
            lines.append(f"symbol ${name} {resource.value} {value}")
    return lines


def _note_lines(note: str) -> list[str]:
    return [f"# {line}" if line else "#" for line in note.split("\n")] if note else []


class TextFormatter:
    """One trace's text form piece by piece, so that long traces print as they stream."""

    def __init__(self, header: Header) -> None:
        self.header = header
        self._symbols = _Symbols(dict(header.symbols))

    def header_lines(self) -> list[str]:
        return _header_lines(self.header) + [""]

    def record_lines(self, record: Record) -> list[str]:
        return _note_lines(record.note) + [format_record(record, self._symbols)]

    def tail_lines(self, tail_note: str) -> list[str]:
        return _note_lines(tail_note)


def format_trace(trace: Trace) -> str:
    """The canonical text form of ``trace``."""
    formatter = TextFormatter(trace.header)
    lines = formatter.header_lines()
    for record in trace.records:
        lines += formatter.record_lines(record)
    lines += formatter.tail_lines(trace.tail_note)
    return "\n".join(lines) + "\n"


# ---- parsing ------------------------------------------------------------------------------

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-|]*")
_REVISION = re.compile(r"[0-9a-f]{16}\b")
UNSUPPORTED_NAME = "UNSUPPORTED"  # "-1 UNSUPPORTED": TRACE_ERRNO_UNSUPPORTED
# An errno by name, or by number when it has none (errno_name prints those as digits).
_ERRNO = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+\b")
# A number where only a number goes (hex first: "0x10" is not "0" then "x10").
_NUMBER = re.compile(r"0[xX][0-9a-fA-F]+|[0-9]+")
_RESULT = re.compile(r"0[xX][0-9a-fA-F]+|-?[0-9]+")
_VALUE = re.compile(
    r"~0|0[xX][0-9a-fA-F]+|-?[0-9]+|\$[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_|]*"
)


# ---- the one integer grammar ----------------------------------------------------------------
# A number in the text form is decimal without leading zeros (0, 17) or hexadecimal with up
# to 16 digits (0x11, 0x0011); nothing else (no octal, no "01", no sign but the -1 of a
# failed call).  Each place checks the widest value it takes.  Lengths are checked before
# any conversion: int() of a long digit string is slow, and past 4,300 digits refused.
MAX_DECIMAL_DIGITS = 20  # 2^64 - 1 has 20
MAX_HEX_DIGITS = 16


def integer(token: str, bits: int, what: str) -> int:
    """``token`` (decimal or 0x hex, as the text form writes numbers) as an int of at most
    ``bits`` bits; InputError says what is wrong, naming ``what``."""
    shown = token if len(token) <= 24 else f"{token[:20]}... ({len(token)} characters)"
    if token[:2] in ("0x", "0X"):
        digits = token[2:]
        if not digits or len(digits) > MAX_HEX_DIGITS or not _HEX_DIGITS.fullmatch(digits):
            raise InputError(
                f"{what}={shown}: a hex number has 1 to {MAX_HEX_DIGITS} digits"
                f" (here {len(digits)} digits, wider than 64 bits)"
            )
        value = int(digits, 16)
    else:
        if not token.isascii() or not token.isdigit():
            raise InputError(f"{what} takes a number, not {shown!r}")
        if len(token) > MAX_DECIMAL_DIGITS:
            raise InputError(
                f"{what}={shown}: {len(token)} digits, more than any 64-bit number has"
            )
        if len(token) > 1 and token[0] == "0":
            raise InputError(
                f"{what}={shown}: a leading zero (numbers are decimal, written"
                f" {int(token)}, or hex, written {int(token):#x})"
            )
        value = int(token)
    if value >= 1 << bits:
        raise InputError(f"{what}={shown} does not fit in {bits} bits")
    return value


_HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")


@dataclass
class _Cursor:
    text: str
    line: int
    source: str
    pos: int = 0

    def error(self, message: str, pos: int | None = None) -> TextFormError:
        column = (self.pos if pos is None else pos) + 1
        return TextFormError(message, self.line, column, self.source)

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def at_end(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def peek(self, literal: str) -> bool:
        self.skip()
        return self.text.startswith(literal, self.pos)

    def expect(self, literal: str, what: str) -> None:
        if not self.peek(literal):
            found = self.text[self.pos : self.pos + 12] or "end of line"
            raise self.error(f"expected {what}, found {found!r}")
        self.pos += len(literal)

    def match(self, pattern: re.Pattern[str], what: str) -> tuple[str, int]:
        self.skip()
        found = pattern.match(self.text, self.pos)
        if not found:
            rest = self.text[self.pos : self.pos + 12] or "end of line"
            raise self.error(f"expected {what}, found {rest!r}")
        self.pos = found.end()
        return found.group(0), found.start()


class _Parser:
    def __init__(self, source: str, require_results: bool, version: int = FORMAT_VERSION) -> None:
        self.source = source
        self.require_results = require_results
        self.version = version
        self.named: dict[str, tuple[Resource, int]] = {}
        self.next_named: dict[Resource, int] = {}

    # -- values --

    def declare(self, cursor: _Cursor) -> None:
        """``symbol $NAME RESOURCE VALUE``: the value a recorded trace's name stands for."""
        token, at = cursor.match(re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*"), "a $name")
        name = token[1:]
        numbered = re.fullmatch(r"([a-z])([0-9]+)", name)
        if numbered and numbered.group(1) in _PREFIX_TO_RESOURCE:
            raise cursor.error(f"{token} is a numbered symbol: it needs no declaration", at)
        if name in self.named:
            raise cursor.error(f"{token} is declared twice", at)
        kinds = {r.value: r for r in REMAPPED_RESOURCES}
        kind_name, kind_at = cursor.match(_NAME, f"a resource ({', '.join(kinds)})")
        if kind_name not in kinds:
            raise cursor.error(f"a symbol names one of {', '.join(kinds)}", kind_at)
        number, number_at = cursor.match(_NUMBER, "a value")
        try:
            value = integer(number, 64, token)
        except InputError as exc:
            raise cursor.error(str(exc), number_at) from None
        self.named[name] = (kinds[kind_name], value)

    def value(self, cursor: _Cursor, spec: Spec, resource: Resource | None, bind: bool) -> int:
        token, start = cursor.match(_VALUE, f"a value for {spec.name}")
        try:
            value = self._value(token, spec, resource, bind)
        except InputError as exc:
            raise cursor.error(str(exc), start) from None
        if not 0 <= value <= (1 << spec.bits) - 1:
            raise cursor.error(f"{spec.name}={token} does not fit in {spec.bits} bits", start)
        return value

    def _value(self, token: str, spec: Spec, resource: Resource | None, bind: bool) -> int:
        if token == "~0":
            return (1 << spec.bits) - 1
        if token.startswith("$"):
            return self._symbol(token[1:], spec, resource, bind)
        if token[0].isdigit() or token[0] == "-":
            if token.startswith("-"):
                raise InputError(f"{spec.name} cannot be negative")
            return integer(token, spec.bits, spec.name)
        if spec.enum is not None:
            parsed = ENUMS[spec.enum].parse(token)
            if parsed is not None:
                return parsed
            labels = ", ".join(ENUMS[spec.enum].values)
            raise InputError(f"{token!r} is not a {spec.enum} (one of {labels})")
        if _names_call(spec):
            return lookup(token).id  # UnknownCall names the closest calls
        raise InputError(f"{spec.name} takes a number, not {token!r}")

    def _symbol(self, name: str, spec: Spec, resource: Resource | None, bind: bool) -> int:
        if resource not in REMAPPED_RESOURCES or resource is None:
            kinds = ", ".join(r.value for r in REMAPPED_RESOURCES)
            raise InputError(f"{spec.name} is not one of {kinds}: no symbols")
        numbered = re.fullmatch(r"([a-z])([0-9]+)", name)
        if numbered and numbered.group(1) in _PREFIX_TO_RESOURCE:
            kind = _PREFIX_TO_RESOURCE[numbered.group(1)]
            if kind is not resource:
                raise InputError(
                    f"${name} names a {kind.value}, but {spec.name} takes a {resource.value}"
                )
            return integer(numbered.group(2), 64, f"${name[0]}")
        if name in self.named:
            kind, value = self.named[name]
            if kind is not resource:
                raise InputError(
                    f"${name} names a {kind.value}, but {spec.name} takes a {resource.value}"
                )
            return value
        if not bind:
            raise InputError(f"${name} is used before any call produces it")
        taken = {v for kind, v in self.named.values() if kind is resource}
        while True:  # the next placeholder no declaration took
            value = NAMED_SYMBOL_BASE + self.next_named.get(resource, 0)
            self.next_named[resource] = self.next_named.get(resource, 0) + 1
            if value not in taken:
                break
        self.named[name] = (resource, value)
        return value

    def list_value(
        self, cursor: _Cursor, lst: ListArg, written: bool
    ) -> tuple[int, ...] | tuple[tuple[int, ...], ...]:
        """``[v, ...]`` (``[{a=1, b=2}, ...]`` for struct elements); ``written``: an output
        list, whose resource elements bind symbols."""
        start = cursor.pos
        cursor.expect("[", f"[ and the elements of {lst.name}")
        scalars: list[int] = []
        structs: list[tuple[int, ...]] = []
        while not cursor.peek("]"):
            if lst.scalar:
                scalars.append(self._element(cursor, lst.fields[0], written))
            else:
                structs.append(self._struct(cursor, lst, written))
            if not cursor.peek("]"):
                cursor.expect(",", ", or ]")
        cursor.expect("]", "]")
        count = len(scalars) + len(structs)
        if count > lst.max_length:
            raise cursor.error(
                f"{lst.name} has {count} elements; it takes at most {lst.max_length}", start
            )
        return tuple(scalars) if lst.scalar else tuple(structs)

    def _element(self, cursor: _Cursor, spec: Field, written: bool) -> int:
        return self.value(cursor, spec, spec.makes if written else spec.uses, written)

    def _struct(self, cursor: _Cursor, lst: ListArg, written: bool) -> tuple[int, ...]:
        start = cursor.pos
        cursor.expect("{", f"{{ and the fields of a {lst.name} element")
        values: dict[str, int] = {}
        while not cursor.peek("}"):
            name, at = cursor.match(_NAME, "a field name")
            spec = next((f for f in lst.fields if f.name == name), None)
            if spec is None:
                names = ", ".join(f.name for f in lst.fields)
                raise cursor.error(f"{lst.name} elements have no field {name!r} ({names})", at)
            if name in values:
                raise cursor.error(f"{name} given twice", at)
            cursor.expect("=", "=")
            values[name] = self._element(cursor, spec, written)
            if not cursor.peek("}"):
                cursor.expect(",", ", or }")
        cursor.expect("}", "}")
        missing = [f.name for f in lst.fields if f.name not in values]
        if missing:
            raise cursor.error(f"a {lst.name} element needs {', '.join(missing)}", start)
        return tuple(values[f.name] for f in lst.fields)

    def room(self, cursor: _Cursor, lst: ListArg) -> int:
        cursor.expect("room(", f"room(N): the room given for the output list {lst.name}")
        token, at = cursor.match(_NUMBER, "a number of elements")
        cursor.expect(")", ")")
        try:
            room = integer(token, 64, f"room of {lst.name}")
        except InputError as exc:
            raise cursor.error(str(exc), at) from None
        if room > lst.max_length:
            raise cursor.error(f"{lst.name} can have room for at most {lst.max_length}", at)
        return room

    # -- results --

    def result(self, cursor: _Cursor, call: Call, rooms: Mapping[str, int]) -> Expectation:
        """A result; ``rooms``: each output list's element count."""
        token, start = cursor.match(_RESULT, "a result")
        errno = 0
        if token.startswith("-"):
            if token != "-1":
                raise cursor.error("a failure is written -1 ERRNO", start)
            rc = -1
            name, name_start = cursor.match(_ERRNO, "an errno name or number after -1")
            found = ERRNO.get(name, SHARING_NAMES.get(name))
            if name == UNSUPPORTED_NAME:
                found = TRACE_ERRNO_UNSUPPORTED
            if found is None and name.isdigit():
                try:
                    found = integer(name, 16, "an errno")
                except InputError as exc:
                    raise cursor.error(str(exc), name_start) from None
                if found == 0:
                    raise cursor.error("a failure's errno is not 0", name_start)
            if found is None:
                raise cursor.error(f"unknown errno {name!r}", name_start)
            errno = found
        else:
            try:  # a success value: a non-negative int64 (the chunk's rc column)
                rc = integer(token, 63, "the result")
            except InputError as exc:
                raise cursor.error(str(exc), start) from None
        scalars: dict[str, int] = {}
        lists: dict[str, OutValue] = {}
        undefined: set[str] = set()
        if cursor.peek("->"):
            cursor.expect("->", "->")
            self.outputs(cursor, call, rc != -1, scalars, lists, undefined)
        if rc != -1 and call.outputs and (scalars or self.require_results):
            missing = [o.name for o in call.outputs if o.name not in scalars]
            if missing and not scalars:
                names = ", ".join(missing)
                raise cursor.error(
                    f"{call.name} succeeded, so its outputs ({names}) must follow ->"
                )
            if missing:
                raise cursor.error(f"{call.name}: missing outputs {', '.join(missing)}")
        for lst in call.output_lists:
            value = lists.get(lst.name)
            room = rooms[lst.name]
            if value is None:
                lists[lst.name] = ((0,) * room) if lst.scalar else ((0,) * lst.stride,) * room
            elif len(value) != room:  # type: ignore[arg-type]
                raise cursor.error(
                    f"{call.name} wrote {len(value)} elements of {lst.name}, which has room"  # type: ignore[arg-type]
                    f" for {room}"
                )
        values = tuple(scalars[o.name] for o in call.outputs) if rc != -1 and scalars else ()
        outputs = join_outputs(
            call, rc != -1, values, tuple(lists[lst.name] for lst in call.output_lists)
        )
        undef = sum(1 << slot for slot, o in enumerate(call.outputs) if o.name in undefined)
        return Expectation(rc, errno, outputs, undef)

    def outputs(
        self,
        cursor: _Cursor,
        call: Call,
        ok: bool,
        scalars: dict[str, int],
        lists: dict[str, OutValue],
        undefined: set[str],
    ) -> None:
        """The outputs after ``->``; a scalar output written ``?`` (version 3) is undefined:
        0 in ``scalars``, its name in ``undefined``."""
        while True:
            name, start = cursor.match(_NAME, "an output name")
            spec = next((o for o in call.outputs if o.name == name), None) if ok else None
            lst = next((x for x in call.output_lists if x.name == name), None)
            if spec is None and lst is None:
                names = [o.name for o in call.outputs] if ok else []
                names += [x.name for x in call.output_lists]
                what = "outputs" if ok else "output lists after a failure"
                raise cursor.error(
                    f"{call.name} has no output {name!r} ({what}: {', '.join(names) or 'none'})",
                    start,
                )
            if name in scalars or name in lists:
                raise cursor.error(f"{name} given twice", start)
            cursor.expect("=", "=")
            if spec is not None and cursor.peek("?"):
                at = cursor.pos
                cursor.expect("?", "?")
                if self.version < 3:
                    raise cursor.error(
                        f"an undefined output ({name}=?) is text form version 3; the trace"
                        f" says v{self.version}",
                        at,
                    )
                scalars[name] = 0
                undefined.add(name)
            elif spec is not None:
                scalars[name] = self.value(cursor, spec, spec.makes, True)
            elif lst is not None:
                lists[name] = self.list_value(cursor, lst, written=True)
            if not cursor.peek(","):
                break
            cursor.expect(",", ",")

    # -- calls --

    def caller(self, cursor: _Cursor) -> tuple[int, int]:
        """The ``@DOMID.VCPU`` prefix of a call made by another vcpu than domain 0's 0."""
        token, at = cursor.match(re.compile(r"@([0-9]+)\.([0-9]+)"), "@DOMID.VCPU")
        if self.version < 2:
            raise cursor.error("a caller prefix is text form version 2; the trace says v1", at)
        domain, vcpu = token[1:].split(".")
        try:
            return integer(domain, 16, "the caller's domain"), integer(vcpu, 16, "its vcpu")
        except InputError as exc:
            raise cursor.error(str(exc), at) from None

    def record(self, cursor: _Cursor, note: str, remark: str) -> Record:
        caller = (0, 0)
        if cursor.peek("@"):
            caller = self.caller(cursor)
        name, start = cursor.match(_NAME, "a call name")
        try:
            call = lookup(name)
        except InputError as exc:
            raise cursor.error(str(exc), start) from None
        cursor.expect("(", "(")
        if self.version < 2 and legacy.changed(call):
            args = self._v1_args(cursor, call)
        else:
            args = self._args(cursor, call)
        cursor.expect(")", ")")
        rooms = {
            lst.name: value
            for lst, value in zip(call.args, args, strict=True)
            if isinstance(lst, ListArg) and lst.is_output and isinstance(value, int)
        }
        for lst, value in zip(call.args, args, strict=True):
            if isinstance(lst, ListArg) and lst.direction.value == "inout":
                rooms[lst.name] = len(value)  # type: ignore[arg-type]
        if cursor.at_end():
            if self.require_results:
                raise cursor.error(f"{call.name}: expected = and the call's result")
            result = Expectation(0, 0, join_outputs(call, True, (), _zero_lists(call, rooms)))
            return Record(
                call.id,
                args,
                0,
                0,
                result.outputs,
                note=note,
                remark=remark,
                caller=caller[0],
                vcpu=caller[1],
            )
        cursor.expect("=", "=")
        result = self.result(cursor, call, rooms)
        alternatives: dict[str, Expectation] = {}
        while cursor.peek("@"):
            cursor.expect("@", "@")
            profile, profile_start = cursor.match(_NAME, "a profile name")
            if profile not in PROFILES:
                raise cursor.error(
                    f"unknown profile {profile!r} (one of {', '.join(PROFILES)})", profile_start
                )
            cursor.expect(":", ":")
            alternatives[profile] = self.result(cursor, call, rooms)
        if not cursor.at_end():
            raise cursor.error(f"unexpected {cursor.text[cursor.pos : cursor.pos + 12]!r}")
        return Record(
            call.id,
            args,
            result.rc,
            result.errno,
            result.outputs,
            alternatives,
            note=note,
            remark=remark,
            caller=caller[0],
            vcpu=caller[1],
            undef=result.undef,
        )

    def _args(self, cursor: _Cursor, call: Call) -> tuple[ArgValue, ...]:
        """The arguments of a call, up to its ``)``: scalars, lists and output lists'
        room, with defaults and lengths filled in."""
        start = cursor.pos
        given: dict[str, ArgValue] = {}
        while not cursor.peek(")"):
            arg_name, arg_start = cursor.match(_NAME, "an argument name")
            spec = next((a for a in call.args if a.name == arg_name), None)
            if spec is None:
                names = ", ".join(a.name for a in call.args) or "none"
                raise cursor.error(
                    f"{call.name} has no argument {arg_name!r} (arguments: {names})", arg_start
                )
            if arg_name in given:
                raise cursor.error(f"{arg_name} given twice", arg_start)
            cursor.expect("=", "=")
            if isinstance(spec, ListArg):
                given[arg_name] = (
                    self.list_value(cursor, spec, written=False)
                    if spec.is_input
                    else self.room(cursor, spec)
                )
            else:
                given[arg_name] = self.value(cursor, spec, spec.uses, False)
            if not cursor.peek(")"):
                cursor.expect(",", ", or )")
        args: list[ArgValue] = []
        for spec in call.args:
            if spec.name in given:
                args.append(given[spec.name])
            elif isinstance(spec, ListArg):
                args.append(self._room_of(cursor, call, spec, given, start))
            elif spec.default is not None:
                args.append(spec.default)
            elif spec.length_of is not None and spec.length_of in given:
                listed = given[spec.length_of]
                args.append(len(listed) if isinstance(listed, tuple) else listed)
            else:
                raise cursor.error(f"{call.name}: missing argument {spec.name}")
        return tuple(args)

    def _room_of(
        self, cursor: _Cursor, call: Call, lst: ListArg, given: Mapping[str, ArgValue], at: int
    ) -> int:
        """An output list left out: its room is its length argument."""
        if lst.is_input:
            raise cursor.error(f"{call.name}: missing argument {lst.name}")
        if isinstance(lst.length, int):
            return lst.length
        claimed = given.get(lst.length)
        if claimed is None:
            raise cursor.error(
                f"{call.name}: give {lst.length}, or the room of {lst.name} as {lst.name}=room(N)",
                at,
            )
        assert isinstance(claimed, int)
        if claimed > lst.max_length:
            raise cursor.error(
                f"{call.name}: {lst.length}={claimed} is more room than {lst.name} can have"
                f" ({lst.max_length}); give it as {lst.name}=room(N)",
                at,
            )
        return claimed

    def _v1_args(self, cursor: _Cursor, call: Call) -> tuple[ArgValue, ...]:
        """A version 1 call whose arguments changed meaning (tracer.legacy), as the current
        call's arguments."""
        specs = legacy.V1_ARGS[call.name]
        start = cursor.pos
        given: dict[str, int] = {}
        while not cursor.peek(")"):
            arg_name, arg_start = cursor.match(_NAME, "an argument name")
            spec = next((a for a in specs if a.name == arg_name), None)
            if spec is None:
                names = ", ".join(a.name for a in specs)
                raise cursor.error(
                    f"{call.name} has no argument {arg_name!r} in version 1 (arguments: {names})",
                    arg_start,
                )
            if arg_name in given:
                raise cursor.error(f"{arg_name} given twice", arg_start)
            cursor.expect("=", "=")
            given[arg_name] = self.value(cursor, spec, spec.uses, False)
            if not cursor.peek(")"):
                cursor.expect(",", ", or )")
        values = []
        for spec in specs:
            if spec.name in given:
                values.append(given[spec.name])
            elif spec.default is not None:
                values.append(spec.default)
            else:
                raise cursor.error(f"{call.name}: missing argument {spec.name}")
        try:
            return legacy.upgrade_args(call, tuple(values), call.name)
        except TraceError as exc:
            raise cursor.error(str(exc), start) from None


def _zero_lists(call: Call, rooms: Mapping[str, int]) -> tuple[OutValue, ...]:
    return tuple(
        ((0,) * rooms[lst.name]) if lst.scalar else ((0,) * lst.stride,) * rooms[lst.name]
        for lst in call.output_lists
    )


def _split_comment(line: str) -> tuple[str, str]:
    index = line.find("#")
    if index < 0:
        return line.rstrip(), ""
    return line[:index].rstrip(), line[index + 1 :].strip()


def _key_values(cursor: _Cursor, kind: type) -> dict[str, Any]:
    names = {f.name: f.type for f in fields(kind)}
    values: dict[str, Any] = {}
    while not cursor.at_end():
        key, start = cursor.match(_NAME, "key=value")
        if key not in names or key == "domid":
            known = ", ".join(n for n in names if n != "domid")
            raise cursor.error(f"unknown {kind.__name__} setting {key!r} (known: {known})", start)
        cursor.expect("=", "=")
        token, value_start = cursor.match(_VALUE, f"a value for {key}")
        if key in ("arch", "vendor"):
            values[key] = token
        else:
            flag = "bool" in str(names[key])
            try:
                number = integer(token, 1 if flag else 64, key)
            except InputError as exc:
                raise cursor.error(str(exc), value_start) from None
            values[key] = bool(number) if flag else number
    return values


def parse_trace(text: str, source: str = "<text>", require_results: bool = True) -> Trace:
    """Parse a text-form trace.  With ``require_results=False`` calls may leave out their
    results: a scenario to run and record, not a trace to replay.  Version 1 text (its first
    line says so) reads with version 1's meaning of extent_start (tracer.legacy)."""
    _check_size(text, source)
    version = _text_version(text, source)
    parser = _Parser(source, require_results, version)
    profile = "doc"
    profiles: tuple[str, ...] = ()
    profiles_at: tuple[int, int] | None = None  # the profiles line, for its error
    trace_source = "text"
    xen_version = ""
    revision = REVISION
    host = HostConfig()
    domains: list[DomainConfig] = []
    bugs: tuple[str, ...] = ()
    complete = True
    records: list[Record] = []
    record_lines: list[int] = []
    header_lines: dict[str, int] = {}
    pending: list[str] = []
    header_done = False
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, raw in enumerate(lines, start=1):
        if number == 1 and _MAGIC_LINE.match(raw):
            continue
        body, comment = _split_comment(raw)
        cursor = _Cursor(body, number, source)
        if not body:
            if raw.strip().startswith("#"):
                pending.append(comment)
            continue
        if cursor.peek("@"):  # a call made by another caller than domain 0's vcpu 0
            header_done = True
            records.append(parser.record(cursor, "\n".join(pending), comment))
            record_lines.append(number)
            pending = []
            continue
        word, start = cursor.match(_NAME, "a header keyword or a call")
        is_header = word in HEADER_WORDS
        if is_header and not cursor.peek("("):
            if header_done:
                raise cursor.error(f"header line {word!r} after the first call", start)
            try:
                if word == "profile":
                    profile, at = cursor.match(_NAME, "a profile name")
                    if profile not in PROFILES:
                        raise cursor.error(f"unknown profile {profile!r}", at)
                elif word == "profiles":
                    if version < 3:
                        raise cursor.error(
                            f"a profiles line is text form version 3; the trace says v{version}",
                            start,
                        )
                    declared = body[cursor.pos :].split()
                    cursor.pos = len(body)
                    if not declared:
                        raise cursor.error("profiles names no profile", start)
                    profiles, profiles_at = tuple(declared), (number, start)
                elif word == "source":
                    trace_source, at = cursor.match(_NAME, "a source")
                    if trace_source not in SOURCES:
                        raise cursor.error(f"source must be one of {', '.join(SOURCES)}", at)
                elif word == "xen":
                    xen_version = body[cursor.pos :].strip()
                    cursor.pos = len(body)
                elif word == "symbol":
                    parser.declare(cursor)
                elif word == "catalogue":
                    revision, _ = cursor.match(_REVISION, "a catalogue revision (16 hex digits)")
                elif word == "host":
                    header_lines["host"] = number
                    host = HostConfig(**_key_values(cursor, HostConfig))
                elif word == "domain":
                    token, at = cursor.match(_VALUE, "a domain id")
                    if not token[0].isdigit():
                        raise cursor.error("a domain id is a number", at)
                    try:
                        domid = integer(token, 16, "a domain id")
                    except InputError as exc:
                        raise cursor.error(str(exc), at) from None
                    header_lines[f"domain {domid}"] = number
                    domains.append(DomainConfig(domid, **_key_values(cursor, DomainConfig)))
                elif word == "bugs":
                    names = body[cursor.pos :].replace(" ", "")
                    bugs = tuple(n for n in names.split(",") if n)
                    bug_mask(bugs)
                    cursor.pos = len(body)
                else:
                    complete = False
            except (ConfigError, InputError) as exc:
                if isinstance(exc, TextFormError):
                    raise
                raise cursor.error(str(exc), start) from None
            if not cursor.at_end():
                raise cursor.error(f"unexpected {body[cursor.pos : cursor.pos + 12]!r}")
            continue
        header_done = True
        cursor.pos = start
        if len(records) == MAX_TEXT_CALLS:
            raise cursor.error(
                f"more than {MAX_TEXT_CALLS} calls: a text-form trace is for people; record"
                " long traces in the binary form (it streams)",
                0,
            )
        records.append(parser.record(cursor, "\n".join(pending), comment))
        record_lines.append(number)
        pending = []
    try:
        machine = MachineConfig(host, tuple(domains))
    except ConfigError as exc:
        raise TextFormError(str(exc), 1, 1, source) from None
    problem = profiles_problem(profile, profiles)
    if problem and profiles_at is not None:
        raise TextFormError(problem, profiles_at[0], profiles_at[1] + 1, source)
    symbols = {(kind, value): name for name, (kind, value) in parser.named.items()}
    header = Header(
        profile=profile,
        profiles=profiles,
        machine=machine,
        source=trace_source,
        xen_version=xen_version,
        catalogue_revision=revision,
        bugs=bugs,
        complete=complete,
        symbols=symbols,
        format_version=version,
    )
    return Trace(header, records, "\n".join(pending), record_lines, header_lines)


def _check_size(text: str, source: str) -> None:
    """The text form's limits, checked before the text is split into lines."""
    if len(text) > MAX_TEXT_BYTES:
        raise TextFormError(
            f"a text-form trace of {len(text)} characters, over the {MAX_TEXT_BYTES >> 20} MiB"
            " limit; record long traces in the binary form",
            1,
            1,
            source,
        )
    lines = text.count("\n")
    if lines > MAX_TEXT_LINES:
        raise TextFormError(
            f"a text-form trace of {lines} lines, over the limit of {MAX_TEXT_LINES};"
            " record long traces in the binary form",
            MAX_TEXT_LINES + 1,
            1,
            source,
        )


def _text_version(text: str, source: str) -> int:
    """The text form version the first line names (the current one when it names none)."""
    found = _MAGIC_LINE.match(text.split("\n", 1)[0])
    if not found:
        return FORMAT_VERSION
    version = text_version_number(found.group(1), source)
    if version not in READABLE_VERSIONS:
        raise TextFormError(
            f"text form version {version}, but this haptrace reads versions"
            f" {', '.join(map(str, READABLE_VERSIONS))}",
            1,
            1,
            source,
        )
    return version


def text_version_number(digits: str, source: str) -> int:
    """The version number of a ``# haptrace trace vN`` line (TextFormError past 16 bits)."""
    try:
        return integer(digits, 16, "the text form version")
    except InputError as exc:
        raise TextFormError(str(exc), 1, 1, source) from None


def with_results(trace: Trace, results: list[Expectation]) -> Trace:
    """``trace`` with each record's result replaced (recording a scenario)."""
    records = [
        replace(
            record, rc=result.rc, errno=result.errno, outputs=result.outputs, undef=result.undef
        )
        for record, result in zip(trace.records, results, strict=True)
    ]
    return Trace(trace.header, records, trace.tail_note)


__all__ = ["MAGIC", "TextFormatter", "format_record", "format_trace", "parse_trace", "with_results"]

_ = CATALOGUE  # the catalogue is the grammar: every call and argument name comes from it
