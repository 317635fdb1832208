"""A worker's live counters, in a small memory-mapped file that the parent reads.

Each harness process keeps its inputs run, calls run and the spec-coverage keys it reached
in ``ARTIFACTS/counters-<pid>.bin``, updated with every input.  The parent reads these files
for its status lines and for the summary, so the final numbers are exact however the worker
ended: libFuzzer ends a run that reached ``-runs`` or ``-max_total_time`` by calling exit()
from C, after which no Python code of the harness runs, so a stats line written at the end
never comes (a run of ``--runs 3000`` used to report the 1,024 inputs of its last periodic
line).  An aligned 8-byte store is atomic on the machines we run on, so a read while the
worker runs sees each counter whole.

Layout: execs and calls as native unsigned 64-bit integers, then one byte per spec key
(``call << ERRNO_BITS | errno``, as csrc/fuzz.c reports them), 1 once reached.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from haptrace.binding.fuzz import Executor, spec_keys

HEADER = struct.Struct("=QQ")
# call << ERRNO_BITS | errno, for each of the catalogue's calls (ERRNO_BITS: the widest
# errno the catalogue may document).  (From the engine, not the catalogue: the parent of the
# harness reads these files without loading the catalogue, and so does the harness.)
SPEC_KEYS: int = spec_keys()


class WorkerCounters:
    """The counters of this process, in ``directory/counters-<pid>.bin``."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"counters-{os.getpid()}.bin"
        size = HEADER.size + SPEC_KEYS
        with self.path.open("wb") as handle:
            handle.truncate(size)
        with self.path.open("r+b") as handle:
            # The mapping outlives the file object: mmap keeps its own descriptor.
            self._map = mmap.mmap(handle.fileno(), size)
        view = memoryview(self._map)
        self.words = view[: HEADER.size].cast("Q")  # [execs, calls]
        self.spec = view[HEADER.size :]

    @property
    def execs(self) -> int:
        return int(self.words[0])

    @property
    def calls(self) -> int:
        return int(self.words[1])

    def count(self, calls: int) -> None:
        """One more input, which ran ``calls`` calls."""
        words = self.words
        words[0] += 1
        words[1] += calls

    def mark(self, keys: Iterable[int]) -> None:
        spec = self.spec
        for key in keys:
            spec[key] = 1

    def reached(self) -> set[int]:
        return _nonzero(self.spec)

    def attach(self, executor: Executor) -> None:
        """Point the executor's sinks at this file: the engine then counts each input and
        marks its spec keys itself, in the same C call that runs it."""
        view = memoryview(self._map)
        executor.report_counts(view[: HEADER.size], view[HEADER.size :])


@dataclass(frozen=True)
class Snapshot:
    """What one worker's counters file said when read."""

    pid: int
    execs: int
    calls: int
    spec: frozenset[int]


def read(path: Path) -> Snapshot | None:
    """A worker's counters, or None if the file is not (yet) whole."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) != HEADER.size + SPEC_KEYS:
        return None  # not yet sized, or written by a build with another catalogue
    execs, calls = HEADER.unpack_from(data)
    number = path.stem.rpartition("-")[2]
    pid = int(number) if number.isdigit() else 0
    return Snapshot(pid, int(execs), int(calls), frozenset(_nonzero(data[HEADER.size :])))


def _nonzero(marks: bytes | memoryview) -> set[int]:
    """The offsets of the nonzero bytes (few among many zeros: find, not a loop per byte)."""
    data = bytes(marks).translate(_ZERO_OR_ONE)
    out = set()
    position = data.find(1)
    while position >= 0:
        out.add(position)
        position = data.find(1, position + 1)
    return out


_ZERO_OR_ONE = bytes([0] + [1] * 255)


def read_all(directory: Path) -> list[Snapshot]:
    out = []
    for path in sorted(directory.glob("counters-*.bin")):
        snapshot = read(path)
        if snapshot is not None:
            out.append(snapshot)
    return out
