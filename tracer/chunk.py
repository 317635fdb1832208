"""Columnar chunks of records: the unit the msgpack format stores and the replay engine runs.

A :class:`Chunk` holds up to a few tens of thousands of calls as numpy columns, so that
reading, checking and replaying a long trace never makes one Python object per call.  Rare
per-record extras (profile alternatives, text-form comments) sit in small side maps keyed
by the record's index within the chunk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding.machine import CALL_DTYPE
from haptrace.catalogue import CATALOGUE, MAX_ARGS, MAX_OUTPUTS

from .model import Expectation, Record

_NARGS = np.array([len(c.args) for c in CATALOGUE], dtype=np.uint8)
_NOUTS = np.array([len(c.outputs) for c in CATALOGUE], dtype=np.uint8)


@dataclass(frozen=True)
class Chunk:
    """``calls`` (n,) uint16 catalogue ids; ``args`` (n, 6) uint64, unused slots 0;
    ``rc`` (n,) int64; ``errno`` (n,) uint16; ``outputs`` (n, 6) uint64, 0 where a call has
    no such output or failed."""

    calls: npt.NDArray[np.uint16]
    args: npt.NDArray[np.uint64]
    rc: npt.NDArray[np.int64]
    errno: npt.NDArray[np.uint16]
    outputs: npt.NDArray[np.uint64]
    alternatives: Mapping[int, Mapping[str, Expectation]] = field(default_factory=dict)
    notes: Mapping[int, tuple[str, str]] = field(default_factory=dict)  # (note, remark)

    def __post_init__(self) -> None:
        object.__setattr__(self, "alternatives", MappingProxyType(dict(self.alternatives)))
        object.__setattr__(self, "notes", MappingProxyType(dict(self.notes)))

    def __len__(self) -> int:
        return int(self.calls.shape[0])

    @classmethod
    def empty(cls) -> Chunk:
        return cls.from_records([])

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Chunk:
        items = list(records)
        n = len(items)
        calls = np.zeros(n, dtype=np.uint16)
        args = np.zeros((n, MAX_ARGS), dtype=np.uint64)
        rc = np.zeros(n, dtype=np.int64)
        errno = np.zeros(n, dtype=np.uint16)
        outputs = np.zeros((n, MAX_OUTPUTS), dtype=np.uint64)
        alternatives: dict[int, Mapping[str, Expectation]] = {}
        notes: dict[int, tuple[str, str]] = {}
        for index, record in enumerate(items):
            calls[index] = record.call
            args[index, : len(record.args)] = record.args
            rc[index] = record.rc
            errno[index] = record.errno
            outputs[index, : len(record.outputs)] = record.outputs
            if record.alternatives:
                alternatives[index] = record.alternatives
            if record.note or record.remark:
                notes[index] = (record.note, record.remark)
        return cls(calls, args, rc, errno, outputs, alternatives, notes)

    def record(self, index: int) -> Record:
        call = int(self.calls[index])
        nargs = int(_NARGS[call])
        ok = int(self.rc[index]) != -1
        nouts = int(_NOUTS[call]) if ok else 0
        note, remark = self.notes.get(index, ("", ""))
        return Record(
            call=call,
            args=tuple(int(v) for v in self.args[index, :nargs]),
            rc=int(self.rc[index]),
            errno=int(self.errno[index]),
            outputs=tuple(int(v) for v in self.outputs[index, :nouts]),
            alternatives=self.alternatives.get(index, {}),
            note=note,
            remark=remark,
        )

    def records(self) -> list[Record]:
        return [self.record(i) for i in range(len(self))]

    def call_records(self) -> npt.NDArray[Any]:
        """The calls as a batch for :meth:`replay.Machine.batch`."""
        out = np.zeros(len(self), dtype=CALL_DTYPE)
        out["call"] = self.calls
        out["arg"] = self.args
        return out

    def validate(self) -> str | None:
        """What is wrong with this chunk's columns, or None: call ids in the catalogue,
        argument values within their C widths, shapes consistent.  Vectorised."""
        n = len(self)
        shapes = {
            "args": (self.args.shape, (n, MAX_ARGS)),
            "rc": (self.rc.shape, (n,)),
            "errno": (self.errno.shape, (n,)),
            "outputs": (self.outputs.shape, (n, MAX_OUTPUTS)),
        }
        for name, (shape, wanted) in shapes.items():
            if shape != wanted:
                return f"column {name} has shape {shape}, expected {wanted}"
        if n == 0:
            return None
        if int(self.calls.max()) >= len(CATALOGUE):
            bad = int(self.calls[self.calls >= len(CATALOGUE)][0])
            return f"unknown call id {bad}"
        widths = np.take(_ARG_LIMITS, self.calls, axis=0)  # take: 4x faster than [...]
        over = self.args > widths
        if over.any():
            row, col = map(int, np.argwhere(over)[0])
            call = CATALOGUE[int(self.calls[row])]
            return (
                f"record {row}: {call.name} argument {call.args[col].name} ="
                f" {int(self.args[row, col]):#x} does not fit in {call.args[col].bits} bits"
            )
        if ((self.rc < -1) & (self.errno > 0)).any() or ((self.rc == -1) & (self.errno == 0)).any():
            row = int(
                np.argwhere(
                    ((self.rc < -1) & (self.errno > 0)) | ((self.rc == -1) & (self.errno == 0))
                )[0][0]
            )
            return f"record {row}: rc {int(self.rc[row])} with errno {int(self.errno[row])}"
        return None


def _arg_limits() -> npt.NDArray[np.uint64]:
    limits = np.zeros((len(CATALOGUE), MAX_ARGS), dtype=np.uint64)
    for call in CATALOGUE:
        for position, arg in enumerate(call.args):
            limits[call.id, position] = np.uint64((1 << arg.bits) - 1)
    return limits


_ARG_LIMITS = _arg_limits()


def concat(chunks: Iterable[Chunk]) -> Chunk:
    """One chunk from several (side maps re-indexed)."""
    parts = list(chunks)
    if not parts:
        return Chunk.empty()
    alternatives: dict[int, Mapping[str, Expectation]] = {}
    notes: dict[int, tuple[str, str]] = {}
    offset = 0
    for part in parts:
        alternatives.update({offset + k: v for k, v in part.alternatives.items()})
        notes.update({offset + k: v for k, v in part.notes.items()})
        offset += len(part)
    return Chunk(
        np.concatenate([p.calls for p in parts]),
        np.concatenate([p.args for p in parts]),
        np.concatenate([p.rc for p in parts]),
        np.concatenate([p.errno for p in parts]),
        np.concatenate([p.outputs for p in parts]),
        alternatives,
        notes,
    )
