"""Minimising a finding: the fewest calls, with the simplest arguments, that still produce
the same violation.

"The same violation" is the same kind (invariant or undocumented code), the same invariant
or errno, raised by the same call — not merely any failure, which is how minimisers slide
to a different bug (anchors.md on QEMU's minimiser).  Candidates are run the way replay runs
a trace: resources are remapped, so a handle that a kept nominate produces is the one a kept
share uses, whatever value the emulator now hands out.  The calls producing every resource a
kept call uses are kept with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding import replay as loop
from haptrace.binding.replay import EXPECT_DTYPE, RemapTable
from haptrace.catalogue import CATALOGUE, Resource
from haptrace.errors import HaptraceError, InvalidArgument
from replay import INVARIANTS, RESULT_DTYPE, Machine, MachineConfig
from tracer.model import Record

from .target import FUZZ_CONFIG, boot

UNDOCUMENTED = 1
INVARIANT = 2
_INVARIANT_IDS = {name: index for index, (name, _) in enumerate(INVARIANTS)}
_REMAPPED = (Resource.HANDLE, Resource.GREF, Resource.PORT, Resource.MAPPING)


@dataclass(frozen=True)
class Signature:
    """What a finding is: its kind, the invariant or errno, and the call that raised it."""

    kind: int
    detail: int
    call: int

    def describe(self) -> str:
        call = CATALOGUE[self.call].name
        if self.kind == INVARIANT:
            name, statement = INVARIANTS[self.detail]
            return f"invariant {name} violated by {call}: {statement}"
        from haptrace.catalogue.errnos import errno_name

        errno = errno_name(self.detail, CATALOGUE[self.call].family.value == "sharing")
        return f"undocumented code {errno} ({self.detail}) from {call}"


@dataclass(frozen=True)
class Run:
    signature: Signature | None
    ran: int
    results: npt.NDArray[Any]


class SequenceRunner:
    """Runs call sequences on a machine restored for each run: by default the booted fuzz
    machine; ``config`` and ``booted=False`` give a trace's own starting machine."""

    def __init__(
        self,
        profile: str,
        bugs: Sequence[str],
        config: MachineConfig = FUZZ_CONFIG,
        booted: bool = True,
    ):
        self.machine = Machine(config, profile=profile, bugs=bugs)
        self.boot_records = boot(self.machine) if booted else []
        self.machine.set_oracle(True)
        self.machine.check()
        self.machine.snapshot()
        self.runs = 0

    def run(self, calls: npt.NDArray[Any], expect: npt.NDArray[Any]) -> Run:
        """Runs ``calls`` leniently (results need not match ``expect``, whose outputs only
        bind resources) with every oracle on; stops at the first finding."""
        self.runs += 1
        m = self.machine
        m.restore(_current(m))
        results = np.zeros(len(calls), dtype=RESULT_DTYPE)
        ran, kind, _ = loop.replay_records(
            m, RemapTable(), calls, expect, 0, 1, loop.LENIENT, results
        )
        signature = None
        if kind in (loop.UNDOCUMENTED, loop.INVARIANT):
            call = int(calls[ran - 1]["call"])
            if kind == loop.UNDOCUMENTED:
                signature = Signature(UNDOCUMENTED, int(results[ran - 1]["err"]), call)
            else:
                violations = m.check(1)
                detail = _INVARIANT_IDS[violations[0].invariant] if violations else 0
                signature = Signature(INVARIANT, detail, call)
        return Run(signature, ran, results)


def _current(machine: Machine) -> Any:
    snapshot = machine.current_snapshot()
    if snapshot is None:  # pragma: no cover - the runner snapshots before it runs
        raise HaptraceError("the minimiser's machine has no snapshot to restore")
    return snapshot


def expectations_of(results: npt.NDArray[Any]) -> npt.NDArray[Any]:
    expect = np.zeros(len(results), dtype=EXPECT_DTYPE)
    expect["rc"] = results["rc"]
    expect["err"] = results["err"]
    expect["out"] = results["out"]
    return expect


def producers(calls: npt.NDArray[Any], results: npt.NDArray[Any]) -> list[set[int]]:
    """For each call, the earlier calls whose outputs its resource arguments name."""
    made: dict[tuple[Resource, int], int] = {}
    deps: list[set[int]] = []
    for index, row in enumerate(calls):
        call = CATALOGUE[int(row["call"])]
        needs = set()
        for position, arg in enumerate(call.args):
            key = (arg.uses, int(row["arg"][position])) if arg.uses in _REMAPPED else None
            if key is not None and key in made:
                needs.add(made[key])
        deps.append(needs)
        if results[index]["rc"] >= 0:
            for slot, output in enumerate(call.outputs):
                if output.makes in _REMAPPED and output.makes is not None:
                    made[(output.makes, int(results[index]["out"][slot]))] = index
    return deps


def _closure(keep: set[int], deps: list[set[int]]) -> list[int]:
    out, todo = set(keep), list(keep)
    while todo:
        for dep in deps[todo.pop()]:
            if dep not in out:
                out.add(dep)
                todo.append(dep)
    return sorted(out)


@dataclass
class Minimized:
    calls: npt.NDArray[Any]
    expect: npt.NDArray[Any]
    signature: Signature
    runs: int


def minimize(
    runner: SequenceRunner,
    calls: npt.NDArray[Any],
    signature: Signature,
    budget: int = 3000,
    expect: npt.NDArray[Any] | None = None,
) -> Minimized:
    """Delta debugging over the calls (keeping resource producers), then over argument
    values; every candidate must raise ``signature``.  ``expect`` carries recorded outputs
    when the calls name resources in another host's numbering (a recorded trace)."""
    if expect is not None:
        calls = normalize(runner, calls, expect)
    first = runner.run(calls, np.zeros(len(calls), dtype=EXPECT_DTYPE))
    if first.signature != signature:
        raise InvalidArgument(f"the sequence does not reproduce {signature.describe()}")
    calls = calls[: first.ran].copy()
    wanted = expectations_of(first.results[: first.ran])
    deps = producers(calls, first.results[: first.ran])
    last = len(calls) - 1
    start_runs = runner.runs

    def holds(indices: list[int]) -> bool:
        if runner.runs - start_runs >= budget:
            return False
        chosen = _closure(set(indices) | {last}, deps)
        run = runner.run(calls[chosen], wanted[chosen])
        return run.signature == signature and run.ran == len(chosen)

    kept = [i for i in range(last)]
    granularity = 2
    while len(kept) >= 2:
        size = max(1, len(kept) // granularity)
        reduced = False
        for begin in range(0, len(kept), size):
            candidate = kept[:begin] + kept[begin + size :]
            if holds(candidate):
                kept, granularity, reduced = candidate, max(granularity - 1, 2), True
                break
        if not reduced:
            if size == 1:
                break
            granularity = min(granularity * 2, len(kept))
    # One more pass, a call at a time, until nothing can go.
    changed = True
    while changed:
        changed = False
        for index in list(kept):
            candidate = [i for i in kept if i != index]
            if holds(candidate):
                kept, changed = candidate, True
    chosen = _closure(set(kept) | {last}, deps)
    calls, wanted = calls[chosen].copy(), wanted[chosen].copy()
    calls = _simplify_arguments(
        runner, calls, wanted, signature, budget - (runner.runs - start_runs)
    )
    return Minimized(calls, wanted, signature, runner.runs - start_runs)


_SIMPLER = (0, 1, 2, 0x10)


def _simplify_arguments(
    runner: SequenceRunner,
    calls: npt.NDArray[Any],
    expect: npt.NDArray[Any],
    signature: Signature,
    budget: int,
) -> npt.NDArray[Any]:
    """Replace argument values with simpler ones where the finding survives; resource
    arguments stay (they refer to producers)."""
    spent = 0
    for index, row in enumerate(calls):
        call = CATALOGUE[int(row["call"])]
        for position, arg in enumerate(call.args):
            if arg.uses in _REMAPPED or arg.uses is Resource.DOMAIN:
                continue
            value = int(row["arg"][position])
            simplified = False
            for simpler in _SIMPLER:
                if simpler >= value or spent >= budget:
                    break
                trial = calls.copy()
                trial[index]["arg"][position] = simpler
                spent += 1
                if runner.run(trial, expect).signature == signature:
                    calls, simplified = trial, True
                    break
            if simplified or value <= _SIMPLER[-1]:
                continue
            # Bisect toward the smallest value that still holds: boundaries read better
            # than random bits (gref 2048, the first past the table, not 0x7efc9ab6).
            low, high = _SIMPLER[-1], value
            while high - low > 1 and spent < budget:
                middle = (low + high) // 2
                trial = calls.copy()
                trial[index]["arg"][position] = middle
                spent += 1
                if runner.run(trial, expect).signature == signature:
                    calls, high = trial, middle
                else:
                    low = middle
    return calls


def normalize(
    runner: SequenceRunner, calls: npt.NDArray[Any], expect: npt.NDArray[Any]
) -> npt.NDArray[Any]:
    """The calls with every resource argument rewritten to the emulator's numbering (what
    the producing call returns here), so later runs can bind outputs to themselves."""
    records = clean_records(calls, expect, runner)[len(runner.boot_records) :]
    out = calls.copy()
    for index, record in enumerate(records):
        out[index]["arg"][: len(record.args)] = record.args
    return out


def clean_records(
    calls: npt.NDArray[Any], expect: npt.NDArray[Any], runner: SequenceRunner
) -> list[Record]:
    """The calls recorded on ``runner``'s machine: the artifact's records.

    Given a runner without planted bugs, this is what the artifact expects, so that it
    passes on the clean engine and is flagged with the bug on.  Each resource argument that
    an earlier call produced is rewritten to the value that call produced here (bindings
    are kept per domain for grant references and ports, as replay keeps them)."""
    machine = runner.machine
    machine.set_oracle(False)
    machine.restore(_current(machine))
    records = list(runner.boot_records)
    bindings: dict[tuple[Resource, int, int], int] = {}
    for index, row in enumerate(calls):
        call = CATALOGUE[int(row["call"])]
        raw_args = [int(v) for v in row["arg"][: len(call.args)]]
        domid = next(
            (v for a, v in zip(call.args, raw_args, strict=True) if a.uses is Resource.DOMAIN), 0
        )
        args = []
        for spec, value in zip(call.args, raw_args, strict=True):
            if spec.uses in _REMAPPED and spec.uses is not None:
                value = bindings.get((spec.uses, _scope(spec.uses, domid), value), value)
            args.append(value)
        result = machine.call(call.id, *args)
        records.append(Record(call.id, tuple(args), result.rc, result.errno, result.outputs))
        if result.ok and int(expect[index]["rc"]) != -1:
            for slot, output in enumerate(call.outputs):
                if output.makes in _REMAPPED and output.makes is not None:
                    key = (
                        output.makes,
                        _scope(output.makes, domid),
                        int(expect[index]["out"][slot]),
                    )
                    bindings[key] = result.outputs[slot]
    machine.set_oracle(True)
    machine.check()
    return records


def _scope(resource: Resource, domid: int) -> int:
    """Grant references and ports are numbered per domain; handles and mappings are not."""
    return domid if resource in (Resource.GREF, Resource.PORT) else 0
