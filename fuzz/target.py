"""The fuzz target of the findings path: the harness's machine (fuzz/lean.py's
``LeanTarget``, booted as fuzz/boot.py defines) seen through the catalogue, with each input's
calls as CALL_DTYPE records and the boot as trace records, for minimising and writing
findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding.fuzz import FuzzResult
from haptrace.catalogue import CATALOGUE, lookup
from replay import CALL_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig
from tracer.model import Header, OutValue, Record

from . import boot as booting
from .boot import (
    BOOT,
    BOOT_PAIRS,
    DOMAINS,
    HOST,
    HOST_OPTIONS,
    MAX_CALLS,
    TEST_MAGIC,
    TEST_MAGIC_FLAG,
    TEST_MAGIC_FOUND,
    BootCall,
)
from .lean import LeanTarget

# Defined in fuzz/boot.py, part of this module's interface as well.
__all__ = [
    "BOOT",
    "BOOT_PAIRS",
    "FUZZ_CONFIG",
    "MAX_CALLS",
    "TEST_MAGIC",
    "TEST_MAGIC_FLAG",
    "TEST_MAGIC_FOUND",
    "FuzzOutcome",
    "FuzzTarget",
    "boot",
    "boot_calls",
    "records_from_calls",
]

# The fuzz machine (fuzz/boot.py) as a configuration, for trace headers and for the machines
# the minimiser replays findings on (tests/fuzz/test_lean.py checks both boot the same state).
FUZZ_CONFIG = MachineConfig(
    HostConfig(
        nr_irqs_gsi=HOST_OPTIONS[0],
        tmem=bool(HOST_OPTIONS[1]),
        exchange_and_pin=bool(HOST_OPTIONS[4]),
        createdomain_gfns=HOST_OPTIONS[5],
        hypercall_preempt=bool(HOST_OPTIONS[6]),
        total_frames=HOST["total_frames"],
        share_capacity=HOST["share_capacity"],
        xenheap_units=HOST["xenheap_units"],
    ),
    tuple(
        DomainConfig(
            domid,
            pages=pages,
            max_pages=max_pages,
            p2m_size=p2m_size,
            vcpus=vcpus,
            hap=bool(flags & 1),
            pv=bool(flags & 2),
        )
        for domid, pages, max_pages, p2m_size, vcpus, flags in DOMAINS
    ),
)


@dataclass(frozen=True)
class FuzzOutcome:
    """What one input did: the calls it decoded to and how the first finding arose."""

    calls: npt.NDArray[Any]  # CALL_DTYPE, the calls actually run
    reasons: tuple[int, ...]
    raws: tuple[int, ...]
    finding: int  # 0 none, 1 undocumented code, 2 invariant violated, TEST_MAGIC_FOUND
    at: int
    detail: int  # the errno or the invariant id
    # The words the calls' lists took (a list's argument slot holds offset << LIST_SHIFT |
    # count into them), output lists as the calls wrote them.
    pool: tuple[int, ...] = ()


@dataclass
class FuzzTarget:
    """A booted, snapshotted fuzz machine for one profile and set of planted bugs."""

    profile: str = "doc"
    bugs: tuple[str, ...] = ()
    check_invariants: bool = True
    max_calls: int = MAX_CALLS
    test_magic: bool = False  # the executor's test hook (fuzz/boot.py TEST_MAGIC); tests only
    boot_records: list[Record] = field(default_factory=list)
    # ``run_fast(data)`` runs one input and returns the executor's result (ncalls, finding,
    # at, detail); the per-call outcomes stay in the target's buffers until the next run.
    # (The executor's own function: one C call, no Python frame of this class.)
    run_fast: Callable[[bytes], FuzzResult] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lean = LeanTarget(
            self.profile,
            self.bugs,
            test_magic=self.test_magic,
            check_invariants=self.check_invariants,
            max_calls=self.max_calls,
        )
        self.boot_records = records_of(self.lean.boot_calls)
        self._executor = self.lean.executor
        self.run_fast = self._executor.run

    @property
    def config(self) -> MachineConfig:
        return FUZZ_CONFIG

    def header(self) -> Header:
        return Header(
            profile=self.profile, machine=self.config, source="emulator", bugs=tuple(self.bugs)
        )

    def state_digest(self) -> int:
        return self.lean.state_digest()

    def outcomes(self, count: int) -> list[tuple[int, int, int]]:
        """(call, reason, raw result) of the last run's first ``count`` calls."""
        return self._executor.outcomes(count)

    def features(self, count: int) -> list[int]:
        """The coverage feature buckets of the last run's first ``count`` calls."""
        return self._executor.features(count)

    def spec_keys(self, count: int) -> list[int]:
        """(call << ERRNO_BITS | errno) of the last run's first ``count`` calls."""
        return self._executor.spec_keys(count)

    def run(self, data: bytes) -> FuzzOutcome:
        result = self.run_fast(data)
        n = int(result.ncalls)
        calls = np.frombuffer(self._executor.calls_buffer(n), dtype=CALL_DTYPE).copy()
        outcomes = self._executor.outcomes(n)
        return FuzzOutcome(
            calls,
            tuple(reason for _, reason, _ in outcomes),
            tuple(raw for _, _, raw in outcomes),
            int(result.finding),
            int(result.at),
            int(result.detail),
            tuple(self._executor.pool()),
        )


def records_of(calls: Iterable[BootCall]) -> list[Record]:
    """The boot's calls as trace records."""
    records = []
    for ran in calls:
        spec = CATALOGUE[ran.call]
        # An output list of the boot is given no room (fuzz/boot.py RESOURCE_BOOT): the
        # call wrote no element of it.
        lists: tuple[OutValue, ...] = tuple(() for _ in spec.output_lists)
        outputs: tuple[OutValue, ...] = (*ran.outputs[: len(spec.outputs)], *lists)
        records.append(Record(ran.call, ran.args, ran.raw, 0, outputs, caller=ran.caller))
    return records


def boot(machine: Machine) -> list[Record]:
    """Runs the boot sequence (fuzz/boot.py) on a fresh machine of FUZZ_CONFIG; returns it as
    trace records."""
    return records_of(booting.boot(machine.engine, machine.profile))


def records_from_calls(calls: npt.NDArray[Any]) -> list[tuple[int, tuple[int, ...]]]:
    """(call id, arguments) of each CALL_DTYPE record."""
    out = []
    for row in calls:
        call = CATALOGUE[int(row["call"])]
        out.append((call.id, tuple(int(v) for v in row["arg"][: len(call.args)])))
    return out


def boot_calls(profile: str = "doc") -> Iterable[tuple[int, tuple[int | tuple[int, ...], ...]]]:
    """(call id, arguments) of each call of the boot sequence (fuzz/boot.py) in ``profile``."""
    from haptrace.binding.lean import engine

    for step in booting.boot_sequence(engine(), profile):
        yield lookup(step.name).id, step.args
