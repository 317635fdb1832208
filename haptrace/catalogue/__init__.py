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
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..errors import UnknownCall
from . import access, events, memory, paging, sharing
from .common import ENUMS
from .model import MAX_ARGS, MAX_OUTPUTS, PROFILES, Call, Enum, Family, Kind, Resource, Returns

__all__ = [
    "BY_NAME",
    "CATALOGUE",
    "ENUMS",
    "MAX_ARGS",
    "MAX_OUTPUTS",
    "PROFILES",
    "REVISION",
    "Call",
    "Enum",
    "Family",
    "Kind",
    "Resource",
    "Returns",
    "lookup",
]


def _numbered(calls: tuple[Call, ...]) -> tuple[Call, ...]:
    return tuple(dataclasses.replace(call, id=index) for index, call in enumerate(calls))


CATALOGUE: tuple[Call, ...] = _numbered(
    sharing.CALLS + paging.CALLS + access.CALLS + memory.CALLS + events.CALLS
)

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
        {"calls": _interface(CATALOGUE), "enums": _interface(ENUMS)}, sort_keys=True
    ).encode()
).hexdigest()[:16]


def lookup(name_or_id: str | int) -> Call:
    """The call with that name or id; :class:`UnknownCall` names the closest matches."""
    if isinstance(name_or_id, int):
        if 0 <= name_or_id < len(CATALOGUE):
            return CATALOGUE[name_or_id]
        raise UnknownCall(f"no call has id {name_or_id} (the catalogue has {len(CATALOGUE)})")
    try:
        return BY_NAME[name_or_id]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name_or_id, BY_NAME, n=3)
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise UnknownCall(f"unknown call {name_or_id!r}{hint}") from None
