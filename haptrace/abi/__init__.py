"""The hypercall ABIs: how a Xen version's hypercalls, as its tools issue them, become
catalogue calls (floor 0, a sibling of the catalogue).

``ABIS`` holds one :class:`~haptrace.abi.model.Abi` per version ("4.17"; "4.2" can be
added beside it).  Each is checked against the catalogue when this package is imported (every
call, argument, list, field and reason it names exists, every argument of a call it runs has
a source, every struct field fits its struct), so a catalogue change that breaks a decode
rule fails at once.  The C decoder's tables and docs/abi.md are generated from these objects
(``python -m haptrace.catalogue.generate``); csrc/abi.c walks the tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from haptrace.catalogue import BY_NAME, REASONS
from haptrace.catalogue.model import ListArg

from .model import Abi, Answer, FrameKind, ListFrom, Ref, Rule, Run, Unsupported, Where
from .xen_4_17 import XEN_4_17

__all__ = ["ABIS", "Abi", "check", "lookup"]

_REASON_IDS = frozenset(r.id for r in REASONS)


def _fail(abi: Abi, rule: Rule, message: str) -> ValueError:
    return ValueError(f"ABI {abi.name}: rule {rule.hypercall}/{rule.command}: {message}")


def _check_ref(abi: Abi, rule: Rule, ref: Ref, frame_struct: str) -> None:
    struct = rule.struct if ref.where is Where.ARG else frame_struct
    if not struct:
        raise _fail(abi, rule, f"{ref.field} names a struct the rule does not have")
    try:
        abi.struct(struct).field(ref.field)
    except KeyError as exc:
        raise _fail(abi, rule, str(exc)) from None


def _check_run(abi: Abi, rule: Rule, run: Run, frame_struct: str) -> None:
    call = BY_NAME.get(run.call)
    if call is None:
        raise _fail(abi, rule, f"no catalogue call {run.call!r}")
    for a in call.args:
        if isinstance(a, ListArg):
            if a.name not in run.lists:
                raise _fail(abi, rule, f"{call.name}: list {a.name} has no source")
            _check_list(abi, rule, a, run.lists[a.name], frame_struct)
        elif a.name not in run.args and a.default is None:
            raise _fail(abi, rule, f"{call.name}: argument {a.name} has no source")
    names = {a.name for a in call.args}
    for name, source in run.args.items():
        if name not in names:
            raise _fail(abi, rule, f"{call.name} has no argument {name!r}")
        if isinstance(source, Ref):
            _check_ref(abi, rule, source, frame_struct)
    outputs = {o.name for o in call.outputs}
    for name, ref in run.outputs.items():
        if "." in name:
            list_name, field = name.split(".", 1)
            lst = next((a for a in call.lists if a.name == list_name), None)
            if lst is None or field not in {f.name for f in lst.fields}:
                raise _fail(abi, rule, f"{call.name} has no list field {name!r}")
        elif name not in outputs:
            raise _fail(abi, rule, f"{call.name} has no output {name!r}")
        _check_ref(abi, rule, ref, frame_struct)
    for name, cond in run.only_if.items():
        if name not in run.outputs or "." in name:
            raise _fail(abi, rule, f"only_if: {name!r} is not a placed output")
        if cond.output not in outputs or cond.output == name:
            raise _fail(abi, rule, f"only_if {name}: {call.name} has no output {cond.output!r}")


def _check_list(abi: Abi, rule: Rule, lst: ListArg, src: ListFrom, frame_struct: str) -> None:
    for handle in src.handles:
        _check_ref(abi, rule, handle, frame_struct)
    if isinstance(src.count, Ref):
        _check_ref(abi, rule, src.count, frame_struct)
    if src.element:
        element = abi.struct(src.element)
        if len(src.handles) > 1:
            raise _fail(abi, rule, f"{lst.name}: struct elements come from one array")
        for catalogue_field, struct_field in src.fields.items():
            if catalogue_field not in {f.name for f in lst.fields}:
                raise _fail(abi, rule, f"{lst.name} has no field {catalogue_field!r}")
            element.field(struct_field)
        if set(src.fields) != {f.name for f in lst.fields}:
            raise _fail(abi, rule, f"{lst.name}: every field needs a place in {element.name}")
    elif len(src.handles) != lst.stride or len(src.sizes) != lst.stride:
        raise _fail(abi, rule, f"{lst.name}: one array and one size per field")
    if not src.handles and not src.element:
        raise _fail(abi, rule, f"{lst.name}: an inline list needs its element struct")


def check(abi: Abi) -> None:
    """Raises ValueError naming the first thing in ``abi`` that does not fit the catalogue
    or its own tables."""
    macros = abi.constants_by_macro
    for frame in abi.frames:
        if frame.hypercall not in macros:
            raise ValueError(f"ABI {abi.name}: frame {frame.hypercall} is no constant")
        for command in frame.commands:
            if command not in macros:
                raise ValueError(f"ABI {abi.name}: command {command} is no constant")
        if frame.kind is FrameKind.STRUCT:
            struct = abi.struct(frame.struct)
            struct.field(frame.cmd)
            struct.field(frame.version_field)
    for rule in abi.rules:
        frame = abi.frame(rule.hypercall)
        if rule.command not in frame.commands:
            raise _fail(abi, rule, "the command is not one of the frame's")
        if rule.struct:
            abi.struct(rule.struct)
        for select in rule.select:
            abi.struct(rule.struct).field(select.field)
        for name in rule.require_zero:
            abi.struct(rule.struct).field(name)
        action = rule.action
        if isinstance(action, Run):
            _check_run(abi, rule, action, frame.struct)
        elif isinstance(action, (Answer, Unsupported)) and action.reason not in _REASON_IDS:
            raise _fail(abi, rule, f"no reason {action.reason!r}")
        if rule.arg_check is not None and rule.arg_check.otherwise.reason not in _REASON_IDS:
            raise _fail(abi, rule, f"no reason {rule.arg_check.otherwise.reason!r}")
        if rule.continuation is not None and rule.continuation.reason not in _REASON_IDS:
            raise _fail(abi, rule, f"no reason {rule.continuation.reason!r}")
    for hypercall in abi.hypercalls:
        if hypercall not in macros:
            raise ValueError(f"ABI {abi.name}: hypercall {hypercall} is no constant")


ABIS: Mapping[str, Abi] = MappingProxyType({XEN_4_17.name: XEN_4_17})
for _abi in ABIS.values():
    check(_abi)


def lookup(name: str) -> Abi:
    """The ABI of that version; KeyError names the known ones."""
    try:
        return ABIS[name]
    except KeyError:
        raise KeyError(f"no hypercall ABI {name!r}; known: {', '.join(ABIS)}") from None
