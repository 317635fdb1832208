"""Reading format version 1: what its calls meant, as the current catalogue's calls.

Version 1 had no list arguments.  Two calls took a scalar where the catalogue now takes a
list, and one took no list at all:

* ``decrease_reservation(domid, nr_extents, extent_order, extent_start)`` and
  ``populate_physmap(domid, nr_extents, extent_order, mem_flags, extent_start)``:
  ``extent_start`` was the first extent's gfn, extent *i* starting at ``extent_start + (i
  << extent_order)``.  A version 1 record reads as the list of those ``nr_extents`` gfns
  (ending where a gfn would not fit in 64 bits, where the version 1 engine stopped too);
  one whose list would be longer than the list's limit is refused.
* ``increase_reservation(domid, nr_extents, extent_order, mem_flags)`` wrote no frames back:
  it reads with room 0 for ``extent_start`` (a NULL handle: nothing written, as the version
  1 engine did).

Every other call of version 1 is the current one.  Binary and text traces both read through
here (:func:`upgrade_chunk`, :func:`upgrade_args`); ``haptrace upgrade`` writes the result
as version 2.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

import numpy as np

from haptrace.catalogue import BY_NAME, Arg, Call, ListArg, Resource

from .chunk import Chunk, concat
from .errors import TraceCorrupt
from .model import ArgValue, Expectation, OutValue, Record

VERSION = 1
# The version 1 argument lists of the calls whose meaning changed in version 2.
_EXTENT_START = Arg(
    "extent_start",
    64,
    "gfn of the first extent; extent i starts at extent_start + (i << extent_order)",
    uses=Resource.GFN,
    hex=True,
)


def _v1_args(name: str, keep: tuple[str, ...], extent_start: bool) -> tuple[Arg, ...]:
    call = BY_NAME[name]
    scalars = [a for a in call.args if isinstance(a, Arg) and a.name in keep]
    # length_of is a version 2 idea: version 1 named every argument.
    args = [replace(a, length_of=None) for a in scalars]
    return tuple(args + ([_EXTENT_START] if extent_start else []))


V1_ARGS: Mapping[str, tuple[Arg, ...]] = MappingProxyType(
    {
        "decrease_reservation": _v1_args(
            "decrease_reservation", ("domid", "nr_extents", "extent_order"), True
        ),
        "populate_physmap": _v1_args(
            "populate_physmap", ("domid", "nr_extents", "extent_order", "mem_flags"), True
        ),
        "increase_reservation": _v1_args(
            "increase_reservation", ("domid", "nr_extents", "extent_order", "mem_flags"), False
        ),
    }
)
# (argument count, output count) of every call in version 1's call tables whose current
# form differs; the others had their current shape (and no lists).
V1_SHAPES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {name: (len(args), len(BY_NAME[name].outputs)) for name, args in V1_ARGS.items()}
)


def changed(call: Call) -> bool:
    """Whether version 1 records of ``call`` need converting."""
    return call.name in V1_ARGS


def v1_shape(call: Call) -> tuple[int, int] | None:
    """(argument count, output count) of ``call`` in version 1, or None when version 1 had
    no such call (every call with a list, other than the converted ones)."""
    if call.name in V1_SHAPES:
        return V1_SHAPES[call.name]
    if call.lists:
        return None
    return len(call.args), len(call.outputs)


def extents(call: Call, nr_extents: int, order: int, start: int, where: str) -> tuple[int, ...]:
    """The gfns of a version 1 record's extents: ``start + (i << order)`` for i below
    ``nr_extents``, ending where one would not fit in 64 bits."""
    lst = call.arg("extent_start")
    assert isinstance(lst, ListArg)
    if nr_extents > lst.max_length:
        raise TraceCorrupt(
            f"{where}: {call.name} with nr_extents={nr_extents} in a version 1 trace stands"
            f" for a list of {nr_extents} extents; version 2 lists hold at most"
            f" {lst.max_length}, so this record cannot be read"
        )
    out = []
    for index in range(nr_extents):
        step = index << order
        if step >= 1 << 64 or start + step >= 1 << 64:
            break  # the version 1 engine stopped here too
        out.append(start + step)
    return tuple(out)


def upgrade_args(call: Call, v1: tuple[int, ...], where: str) -> tuple[ArgValue, ...]:
    """A version 1 record's arguments (``V1_ARGS[call.name]`` order) as the current
    call's."""
    given = dict(zip((a.name for a in V1_ARGS[call.name]), v1, strict=True))
    out: list[ArgValue] = []
    for arg in call.args:
        if not isinstance(arg, ListArg):
            out.append(given[arg.name])
        elif arg.is_input:
            out.append(
                extents(
                    call, given["nr_extents"], given["extent_order"], given["extent_start"], where
                )
            )
        else:
            out.append(0)  # increase_reservation: a NULL handle
    return tuple(out)


def upgrade_outputs(call: Call, outputs: tuple[OutValue, ...]) -> tuple[OutValue, ...]:
    """A version 1 result's outputs with the current call's output lists (empty: room 0)."""
    if not call.output_lists:
        return outputs
    scalars = outputs if len(outputs) == len(call.outputs) else (0,) * len(call.outputs)
    return (*scalars, *(() for _ in call.output_lists))


def upgrade_expectation(call: Call, result: Expectation) -> Expectation:
    return Expectation(result.rc, result.errno, upgrade_outputs(call, result.outputs))


def upgrade_chunk(chunk: Chunk, where: str) -> Chunk:
    """A chunk decoded from version 1 (the changed calls' slots hold their version 1
    scalars) as the current calls' chunk."""
    rows = np.flatnonzero(np.isin(chunk.calls, _CHANGED_IDS))
    if not len(rows):
        return chunk
    pieces: list[Chunk] = []
    start = 0
    for row in rows.tolist():
        if row > start:
            pieces.append(chunk.slice(start, row))
        pieces.append(Chunk.from_records([_upgrade_row(chunk, row, f"{where}: record {row}")]))
        start = row + 1
    if start < len(chunk):
        pieces.append(chunk.slice(start, len(chunk)))
    return concat(pieces)


def _upgrade_row(chunk: Chunk, row: int, where: str) -> Record:
    from haptrace.catalogue import CATALOGUE

    call = CATALOGUE[int(chunk.calls[row])]
    v1 = tuple(int(v) for v in chunk.args[row, : len(V1_ARGS[call.name])])
    rc = int(chunk.rc[row])
    scalars = tuple(int(v) for v in chunk.outputs[row, : len(call.outputs)]) if rc != -1 else ()
    note, remark = chunk.notes.get(row, ("", ""))
    return Record(
        call.id,
        upgrade_args(call, v1, where),
        rc,
        int(chunk.errno[row]),
        upgrade_outputs(call, scalars),
        {p: upgrade_expectation(call, e) for p, e in chunk.alternatives.get(row, {}).items()},
        note,
        remark,
    )


_CHANGED_IDS = np.array([BY_NAME[name].id for name in V1_ARGS], dtype=np.uint16)

__all__ = [
    "V1_ARGS",
    "V1_SHAPES",
    "VERSION",
    "changed",
    "extents",
    "upgrade_args",
    "upgrade_chunk",
    "upgrade_expectation",
    "upgrade_outputs",
    "v1_shape",
]
