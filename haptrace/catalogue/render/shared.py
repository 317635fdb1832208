"""Numbering and spelling that every renderer of the catalogue shares."""

from __future__ import annotations

import json

from .. import ENUMS
from ..limits import shared
from ..model import Caller, Direction, Kind, Resource, Returns

BANNER = (
    "Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT."
)

# C numbering of resource kinds; 0 means "no resource".
RESOURCE_IDS: dict[Resource | None, int] = {None: 0} | {
    resource: index + 1 for index, resource in enumerate(Resource)
}
RETURNS_IDS = {returns: index for index, returns in enumerate(Returns)}
KIND_IDS = {kind: index for index, kind in enumerate(Kind)}
CALLER_IDS = {caller: index for index, caller in enumerate(Caller)}
DIRECTION_IDS = {direction: index for index, direction in enumerate(Direction)}
C_LIMITS = shared()


def c_ident(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text).upper()


def profile_c_name(profile: str) -> str:
    return f"HT_PROFILE_{c_ident(profile)}"


def c_string(text: str) -> str:
    """A C string literal (JSON's escapes are C's for the text the catalogue holds)."""
    return json.dumps(text, ensure_ascii=True)


def enum_flag_mask(name: str | None) -> int:
    """The OR of a flag set's values (0: not a flag set), for the fuzz decoder: it draws
    combinations of them (a tmem pool's flags need the spec version's bit 24 with the
    others, which no number below 256 has)."""
    if name is None or not ENUMS[name].flags:
        return 0
    mask = 0
    for value in ENUMS[name].values.values():
        mask |= value
    return mask


def enum_range(name: str | None) -> tuple[int, int]:
    """(first, count) of an enumerated argument's values, for the fuzz decoder."""
    if name is None:
        return 0, 0
    enum = ENUMS[name]
    values = sorted(enum.values.values())
    if enum.flags:
        return 0, min(2 * max(values), 255)
    first, last = values[0], values[-1]
    if values != list(range(first, last + 1)) or last > 255:
        raise ValueError(f"enum {enum.name} is not a small contiguous range")
    return first, len(values)
