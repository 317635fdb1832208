"""Call ids inside lists (a multicall entry's ``call``), read back in this catalogue's ids.

A trace file names its calls through its header's call table, so a call added to the
catalogue (which renumbers the ones after it) never changes what an old trace means.  A
list field that holds a call id (``Field.call_id``) is stored the same way, as an id of the
file's table; this module maps those fields of a decoded chunk to the current ids.  Writers
store the current table, so nothing is mapped for a trace this catalogue wrote.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.catalogue import CATALOGUE, ListArg
from haptrace.catalogue.limits import LIST_SHIFT

from .chunk import COUNT_MASK, Chunk
from .errors import TraceError
from .layout import CallTable
from .model import Expectation


def _call_id_fields() -> dict[int, tuple[tuple[int, ListArg, int], ...]]:
    """For each call with list fields holding call ids: (argument slot, list, field index)."""
    out: dict[int, tuple[tuple[int, ListArg, int], ...]] = {}
    for call in CATALOGUE:
        found = tuple(
            (slot, arg, index)
            for slot, arg in enumerate(call.args)
            if isinstance(arg, ListArg)
            for index, field in enumerate(arg.fields)
            if field.call_id
        )
        if found:
            out[call.id] = found
    return out


CALL_ID_FIELDS = _call_id_fields()


class _Mapper:
    """File ids to this catalogue's.  A value past the file's table named no call when it
    was written (a hostile entry, kept as recorded): it moves past this catalogue's table
    by the same amount, so it still names none."""

    def __init__(self, table: CallTable, where: str) -> None:
        self.table = table
        self.where = where
        self.remap = np.asarray(table.remap, dtype=np.int64)
        self.past = len(CATALOGUE) - len(table.names)

    def __call__(self, values: npt.NDArray[np.uint64], limit: int) -> npt.NDArray[np.uint64]:
        out = values.astype(np.int64)
        known = values < len(self.remap)
        mapped = self.remap[out[known]]
        if (mapped < 0).any():
            file_id = int(out[known][mapped < 0][0])
            raise TraceError(f"{self.where}: a list entry: {self.table.problem(file_id)}")
        out[known] = mapped
        out[~known] = np.minimum(out[~known] + self.past, limit)
        return out.astype(np.uint64)


def map_entry_calls(chunk: Chunk, table: CallTable, where: str) -> Chunk:
    """``chunk`` (decoded from a file whose call table is ``table``) with its call-id list
    fields, in both pools and in the profile alternatives, in this catalogue's ids."""
    if table.identity:
        return chunk
    mapper = _Mapper(table, where)
    alternatives = {index: dict(by) for index, by in chunk.alternatives.items()}
    for call_id, found in CALL_ID_FIELDS.items():
        call = CATALOGUE[call_id]
        for row in np.flatnonzero(chunk.calls == call_id).tolist():
            for slot, lst, index in found:
                limit = lst.fields[index].max_value
                ref = int(chunk.args[row, slot])
                offset, count = ref >> LIST_SHIFT, ref & COUNT_MASK
                words = offset + len(lst.fields) * np.arange(count, dtype=np.int64) + index
                if lst.is_input:
                    chunk.pool[words] = mapper(chunk.pool[words], limit)
                if lst.is_output:
                    chunk.out_pool[words] = mapper(chunk.out_pool[words], limit)
                    position = len(call.outputs) + call.output_lists.index(lst)
                    for profile, expect in alternatives.get(row, {}).items():
                        alternatives[row][profile] = _alternative(
                            expect, position, index, limit, mapper
                        )
    return replace(chunk, alternatives=alternatives)


def _alternative(
    expect: Expectation, position: int, index: int, limit: int, mapper: _Mapper
) -> Expectation:
    outputs = list(expect.outputs)
    if position >= len(outputs):
        return expect
    elements: Any = outputs[position]
    scalar = bool(elements) and isinstance(elements[0], int)  # a list of plain values
    column = np.array([e if scalar else e[index] for e in elements], dtype=np.uint64)
    mapped = mapper(column, limit).tolist()
    outputs[position] = tuple(
        mapped[i] if scalar else tuple(v if f != index else mapped[i] for f, v in enumerate(e))
        for i, e in enumerate(elements)
    )
    return replace(expect, outputs=tuple(outputs))
