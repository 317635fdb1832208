"""The fuzz target: a small machine booted to an interesting state, and the executor that
runs one fuzz input on it.

The machine is small on purpose: the invariant audit runs after every call and is linear in
the machine's size, and scarce memory (few free frames, a tight max_pages, a small Xen heap)
is what makes the documented ENOMEM paths reachable in a few calls.  Every input starts from
the same snapshot of the booted machine; restoring costs what the previous input changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding._native import ffi, lib
from haptrace.catalogue import CATALOGUE, lookup
from haptrace.errors import EngineError
from replay import CALL_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig
from tracer.model import Header, Record

from .lean import (
    BOOT,
    BOOT_PAIRS,
    DOMAINS,
    HOST,
    MAX_CALLS,
    TEST_MAGIC_FLAG,
    TEST_MAGIC_FOUND,
)

# Defined in fuzz/lean.py, part of this module's interface as well.
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

# The machine, from fuzz/lean.py's C-level description (the harness boots it from there
# without this module's dependencies; tests/fuzz/test_lean.py checks the two agree).
FUZZ_CONFIG = MachineConfig(
    HostConfig(
        total_frames=HOST["total_frames"],
        share_capacity=HOST["share_capacity"],
        xenheap_units=HOST["xenheap_units"],
    ),
    tuple(
        DomainConfig(domid, pages=pages, p2m_size=p2m_size, vcpus=vcpus, hap=bool(flags & 1))
        for domid, pages, _max_pages, p2m_size, vcpus, flags in DOMAINS
    ),
)

# The boot sequence (BOOT), the pages each input's pools start with (BOOT_PAIRS), the most
# calls an input runs and the test hook's values live in fuzz/lean.py, which boots the same
# machine without loading this module's dependencies (the harness's start-up).
#
# BOOT leaves a host as memshr and xenpaging leave it.  Sharing is on for domains 1 and 2 and
# one frame is shared by both (gfn 8); domain 1 has a page nominated but not shared (gfn 9);
# domain 2 runs a pager: its paging ring is up, gfn 10 is paged out and gfn 11 is nominated
# for eviction.  Ring gfns are set for both and the guests have granted a few pages.  Inputs
# start from there: the deep states are one or two calls away, as on a real host, instead of
# five or six.
#
# The executor's test hook (csrc/fuzz.c, FUZZ_TEST_MAGIC_*): with the flag, an input only
# probes its bytes for TEST_MAGIC, byte by byte in nested C branches (no call runs), and one
# that holds it reports the finding kind TEST_MAGIC_FOUND.  It shows that native coverage sees
# C branches the Python feedback cannot; only tests turn it on.
TEST_MAGIC = bytes((0xC7, 0x3A, 0xE5, 0x59))


@dataclass(frozen=True)
class FuzzOutcome:
    """What one input did: the calls it decoded to and how the first finding arose."""

    calls: npt.NDArray[Any]  # CALL_DTYPE, the calls actually run
    reasons: tuple[int, ...]
    raws: tuple[int, ...]
    finding: int  # 0 none, 1 undocumented code, 2 invariant violated, TEST_MAGIC_FOUND
    at: int
    detail: int  # the errno or the invariant id


@dataclass
class FuzzTarget:
    """A booted, snapshotted fuzz machine for one profile and set of planted bugs."""

    profile: str = "doc"
    bugs: tuple[str, ...] = ()
    check_invariants: bool = True
    max_calls: int = MAX_CALLS
    config: MachineConfig = FUZZ_CONFIG
    test_magic: bool = False  # the executor's test hook (TEST_MAGIC above); tests only
    boot_records: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.machine = Machine(self.config, profile=self.profile, bugs=self.bugs)
        self.boot_records = boot(self.machine)
        for domid, gfn, handle in BOOT_PAIRS:
            lib.ht_fuzz_seed_pair(self.machine._m, domid, gfn, handle)
        self.machine.set_oracle(self.check_invariants)
        self.machine.check()  # the booted state must be clean; also clears the oracle
        self.machine.snapshot()
        self._calls = ffi.new("ht_call_rec[]", self.max_calls)
        self._outcomes = ffi.new("ht_fuzz_call[]", self.max_calls)
        self._result = ffi.new("ht_fuzz_result *")
        self._features = ffi.new("uint32_t[]", 2 * self.max_calls)
        self._spec = ffi.new("uint32_t[]", self.max_calls)
        self._flags = lib.HT_FUZZ_CHECK_INVARIANTS if self.check_invariants else 0
        if self.test_magic:
            self._flags |= TEST_MAGIC_FLAG
        self._run = lib.ht_fuzz_run
        self._m = self.machine._m

    def header(self) -> Header:
        return Header(
            profile=self.profile, machine=self.config, source="emulator", bugs=tuple(self.bugs)
        )

    def run_fast(self, data: bytes) -> Any:
        """Runs one input; returns the C result struct (ncalls, finding, at, detail).  The
        per-call outcomes stay in the target's buffers until the next run."""
        self._run(
            self._m,
            data,
            len(data),
            self.max_calls,
            self._flags,
            self._calls,
            self._outcomes,
            self._features,
            self._spec,
            self._result,
        )
        return self._result

    def outcomes(self, count: int) -> Any:
        return self._outcomes[0:count]

    def features(self, count: int) -> list[int]:
        """The coverage feature buckets of the last run's first ``count`` calls."""
        return list(ffi.unpack(self._features, 2 * count))

    def spec_keys(self, count: int) -> list[int]:
        """(call << 8 | errno) of the last run's first ``count`` calls."""
        return list(ffi.unpack(self._spec, count))

    def run(self, data: bytes) -> FuzzOutcome:
        result = self.run_fast(data)
        n = int(result.ncalls)
        calls = np.frombuffer(
            ffi.buffer(self._calls, n * CALL_DTYPE.itemsize), dtype=CALL_DTYPE
        ).copy()
        outcomes = self._outcomes[0:n]
        return FuzzOutcome(
            calls,
            tuple(int(o.reason) for o in outcomes),
            tuple(int(o.raw) for o in outcomes),
            int(result.finding),
            int(result.at),
            int(result.detail),
        )


def boot(machine: Machine) -> list[Record]:
    """Runs the boot sequence on a fresh machine; returns it as trace records."""
    records = []
    for name, args in BOOT:
        result = machine.call(name, *args)
        if not result.ok:
            raise EngineError(f"the fuzz machine does not boot: {name}{args} gave {result}")
        records.append(Record(result.call_id, args, result.rc, result.errno, result.outputs))
    return records


def records_from_calls(calls: npt.NDArray[Any]) -> list[tuple[int, tuple[int, ...]]]:
    """(call id, arguments) of each CALL_DTYPE record."""
    out = []
    for row in calls:
        call = CATALOGUE[int(row["call"])]
        out.append((call.id, tuple(int(v) for v in row["arg"][: len(call.args)])))
    return out


def boot_calls() -> Iterable[tuple[int, tuple[int, ...]]]:
    for name, args in BOOT:
        yield lookup(name).id, args
