"""The call catalogue: the single source of truth for every call and environment event.

``CATALOGUE`` lists every :class:`~haptrace.catalogue.model.Call` in id order.  Ids are the
positions in that list; traces record the call names they use alongside the ids, so a
reordering never changes the meaning of an old trace.  ``REVISION`` is a hash of the
catalogue's interface (not its prose): the compiled engine carries the revision it was
generated from, and a mismatch refuses to run.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib
import json
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from ..errors import ArgumentTypeError, UnknownCall
from .common import ENUMS
from .hypercalls import with_hvm_gate
from .model import (
    MAX_ARGS,
    MAX_FIELDS,
    MAX_OUTPUTS,
    PROFILES,
    Arg,
    Call,
    Caller,
    Direction,
    Enum,
    Family,
    Field,
    HostOption,
    Invariant,
    Kind,
    ListArg,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)

__all__ = [
    "BUGS",
    "BY_NAME",
    "CATALOGUE",
    "ENUMS",
    "FAMILIES",
    "HOST_OPTIONS",
    "INVARIANTS",
    "MAX_ARGS",
    "MAX_FIELDS",
    "MAX_OUTPUTS",
    "PROFILES",
    "REASONS",
    "REVISION",
    "UNDEFINED_OUTPUT_REASONS",
    "Arg",
    "Call",
    "Caller",
    "Direction",
    "Enum",
    "Family",
    "Field",
    "HostOption",
    "Invariant",
    "Kind",
    "ListArg",
    "PlantedBug",
    "Reason",
    "Resource",
    "Returns",
    "lookup",
]

# Modules of this package that are not family modules.
_NOT_FAMILIES = frozenset({"model", "errnos", "generate", "scaffold", "render", "limits"})


def _family_modules() -> list[ModuleType]:
    """Every module of the package that declares calls or engine tables, in family order.

    A new family is a new module here: nothing else in the package lists it."""
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_FAMILIES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f".{info.name}", __name__)
        if hasattr(module, "CALLS") or hasattr(module, "REASONS"):
            modules.append(module)
    return sorted(modules, key=_module_order)


def _module_families(module: ModuleType) -> list[Family]:
    declared = list(getattr(module, "FAMILIES", ()))
    for call in getattr(module, "CALLS", ()):
        if call.family not in declared:
            declared.append(call.family)
    return declared


def _module_order(module: ModuleType) -> tuple[int, str]:
    families = _module_families(module)
    return (min((f.order for f in families), default=1 << 30), module.__name__)


def _family_key(family: Family) -> tuple[int, str]:
    """Families sort by order, then name: two families built at once may share an order."""
    return (family.order, family.name)


def _numbered(calls: list[Call]) -> tuple[Call, ...]:
    return tuple(dataclasses.replace(call, id=index) for index, call in enumerate(calls))


_MODULES = _family_modules()

FAMILIES: tuple[Family, ...] = tuple(
    sorted({f.name: f for m in _MODULES for f in _module_families(m)}.values(), key=_family_key)
)
if len({f.name for f in FAMILIES}) != len(FAMILIES):
    raise RuntimeError("two catalogue families have the same name")

CATALOGUE: tuple[Call, ...] = _numbered(
    sorted(
        (with_hvm_gate(call) for module in _MODULES for call in getattr(module, "CALLS", ())),
        key=lambda call: _family_key(call.family),
    )
)
REASONS: tuple[Reason, ...] = tuple(r for m in _MODULES for r in getattr(m, "REASONS", ()))
# The reasons (by index) whose successes leave the call's scalar outputs undefined.
UNDEFINED_OUTPUT_REASONS: frozenset[int] = frozenset(
    i for i, r in enumerate(REASONS) if r.outputs_undefined
)
INVARIANTS: tuple[Invariant, ...] = tuple(i for m in _MODULES for i in getattr(m, "INVARIANTS", ()))
BUGS: tuple[PlantedBug, ...] = tuple(b for m in _MODULES for b in getattr(m, "PLANTED_BUGS", ()))
HOST_OPTIONS: tuple[HostOption, ...] = tuple(
    o for m in _MODULES for o in getattr(m, "HOST_OPTIONS", ())
)
MAX_HOST_OPTIONS = 16  # csrc/include/haptrace.h: ht_host_config.option
if len(HOST_OPTIONS) > MAX_HOST_OPTIONS:
    raise RuntimeError(f"more than {MAX_HOST_OPTIONS} host options")
for _table, _what in (
    (REASONS, "reason"),
    (INVARIANTS, "invariant"),
    (BUGS, "planted bug"),
    (HOST_OPTIONS, "host option"),
):
    _ids = [getattr(item, "id", getattr(item, "name", "")) for item in _table]
    if len(set(_ids)) != len(_ids):
        raise RuntimeError(f"duplicate {_what} id in the catalogue")
if not REASONS or REASONS[0].id != "NONE":
    raise RuntimeError("the first reason must be NONE (reason 0: nothing to say)")

BY_NAME: Mapping[str, Call] = MappingProxyType({call.name: call for call in CATALOGUE})
if len(BY_NAME) != len(CATALOGUE):
    raise RuntimeError("duplicate call name in the catalogue")


def _plain(value: Any) -> Any:
    """A JSON-able rendering of catalogue objects, for hashing and for --json output."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def as_json(value: Any) -> Any:
    return _plain(value)


# What the revision covers: everything a trace, the engine or a caller depends on (names,
# order, widths, resources, defaults, enumerations, hypercall numbers, which errnos each
# profile documents), and none of the prose (summaries, argument docs, conditions) or
# display hints, so rewording the documentation keeps compiled engines and traces current.
_PROSE = frozenset({"summary", "doc", "when", "value_doc", "hex"})


def _interface(value: Any) -> Any:
    """``_plain`` without the prose fields of the catalogue's dataclasses."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _interface(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _PROSE
        }
    if isinstance(value, Mapping):
        return {str(k): _interface(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_interface(v) for v in value]
    return _plain(value)


REVISION: str = hashlib.sha256(
    json.dumps(
        {
            "calls": _interface(CATALOGUE),
            "enums": _interface(ENUMS),
            "families": _interface(FAMILIES),
            "reasons": [r.id for r in REASONS],
            "invariants": [(i.id, i.name) for i in INVARIANTS],
            "bugs": [(b.id, b.name) for b in BUGS],
            "host_options": [(o.name, o.default, o.bits) for o in HOST_OPTIONS],
        },
        sort_keys=True,
    ).encode()
).hexdigest()[:16]


def lookup(name_or_id: str | int) -> Call:
    """The call with that name or id; :class:`UnknownCall` names the closest matches."""
    if isinstance(name_or_id, int):
        if 0 <= name_or_id < len(CATALOGUE):
            return CATALOGUE[name_or_id]
        raise UnknownCall(f"no call has id {name_or_id} (the catalogue has {len(CATALOGUE)})")
    if not isinstance(name_or_id, str):
        raise ArgumentTypeError(
            f"a call is named by its name or its id, not a {type(name_or_id).__name__}"
        )
    try:
        return BY_NAME[name_or_id]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name_or_id, BY_NAME, n=3)
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise UnknownCall(f"unknown call {name_or_id!r}{hint}") from None
