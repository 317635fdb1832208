"""Minimising a finding: the fewest calls, with the shortest lists and the simplest values,
that still produce the same violation.

"The same violation" is the same kind (invariant or undocumented code), the same invariant
or errno, raised by the same call — not merely any failure, which is how minimisers slide
to a different bug (anchors.md on QEMU's minimiser).  A sequence is a list of trace records
(tracer.model.Record: the call, its caller, its arguments with their lists, and what it
returned); candidates are run the way replay runs a trace, each record's result binding the
resources it names: a handle that a kept nominate produces is the one a kept share uses, an
mfn an output list got is the one a later list names, whatever values the emulator now hands
out.  The calls producing every resource a kept call uses, as an argument or a list
element, are kept with it.

The passes, each keeping only what still shows the violation: delta debugging over the calls
(then one at a time); over each input list's elements (a length that claimed the list's own
length follows it); then values: scalar arguments, list elements and output lists' room
toward 0, 1, 2 and 0x10 and then down by bisection (domains and resources another call made
stay), and callers toward domain 0's vcpu 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding import replay as loop
from haptrace.binding.replay import EXPECT_DTYPE, RemapTable
from haptrace.catalogue import CATALOGUE, Call, ListArg, Resource
from haptrace.catalogue.limits import DOMID_SELF
from haptrace.catalogue.model import CALLER
from haptrace.errors import HaptraceError, InvalidArgument
from replay import CALL_DTYPE, INVARIANTS, RESULT_DTYPE, Machine, MachineConfig
from tracer.chunk import Chunk
from tracer.errors import TraceError
from tracer.model import ArgValue, OutValue, Record, join_outputs, split_outputs
from tracer.writer import trace_errnos

from .target import FUZZ_CONFIG, boot

UNDOCUMENTED = 1
INVARIANT = 2
_INVARIANT_IDS = {name: index for index, (name, _) in enumerate(INVARIANTS)}


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
    """One run of a sequence: the finding it raised (None: none), how many calls ran, and
    those calls with what they returned this time."""

    signature: Signature | None
    ran: int
    records: list[Record]


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

    def run(self, records: Sequence[Record]) -> Run:
        """Runs ``records`` leniently (a result need not match the record's, whose outputs
        and output lists only bind resources) with every oracle on; stops at the first
        finding."""
        self.runs += 1
        m = self.machine
        m.restore(_current(m))
        chunk = Chunk.from_records(records)
        pool = chunk.pool.copy()
        results = np.zeros(len(chunk), dtype=RESULT_DTYPE)
        ran, kind, _ = loop.replay_records(
            m,
            RemapTable(),
            chunk.call_records(),
            _expect(chunk),
            0,
            1,
            loop.LENIENT,
            results,
            pool=pool if len(pool) else None,
            expect_pool=chunk.out_pool if len(pool) else None,
        )
        signature = None
        if kind in (loop.UNDOCUMENTED, loop.INVARIANT):
            call = int(chunk.calls[ran - 1])
            if kind == loop.UNDOCUMENTED:
                signature = Signature(UNDOCUMENTED, int(results[ran - 1]["err"]), call)
            else:
                violations = m.check(1)
                detail = _INVARIANT_IDS[violations[0].invariant] if violations else 0
                signature = Signature(INVARIANT, detail, call)
        # The arguments as given (the loop remapped list elements in its copy of the pool).
        ran_records = [
            replace(done, args=given.args)
            for done, given in zip(_records(chunk, results, pool)[:ran], records, strict=False)
        ]
        return Run(signature, ran, ran_records)

    def record(self, calls: npt.NDArray[Any], pool: Sequence[int]) -> list[Record]:
        """Call records as the fuzz executor decoded them (CALL_DTYPE, lists in ``pool``)
        run as they are on the restored machine: the records, with what each returned."""
        m = self.machine
        m.set_oracle(False)
        m.restore(_current(m))
        words = np.array(pool, dtype=np.uint64)
        written = words.copy()
        batch = np.ascontiguousarray(calls, dtype=CALL_DTYPE)
        outcome = m.batch(batch, pool=written if len(written) else None)
        m.set_oracle(True)
        m.check()
        chunk = Chunk(
            calls["call"].astype(np.uint16),
            calls["arg"].astype(np.uint64),
            outcome.results["rc"].astype(np.int64),
            trace_errnos(outcome.results["err"]).astype(np.uint16),
            outcome.results["out"].astype(np.uint64),
            {},
            {},
            calls["caller"].astype(np.uint16),
            calls["vcpu"].astype(np.uint16),
            words,
            written,
        )
        return chunk.records()


def _current(machine: Machine) -> Any:
    snapshot = machine.current_snapshot()
    if snapshot is None:  # pragma: no cover - the runner snapshots before it runs
        raise HaptraceError("the minimiser's machine has no snapshot to restore")
    return snapshot


def _expect(chunk: Chunk) -> npt.NDArray[Any]:
    expect = np.zeros(len(chunk), dtype=EXPECT_DTYPE)
    expect["rc"] = chunk.rc
    expect["err"] = chunk.errno
    expect["out"] = chunk.outputs
    return expect


def _records(chunk: Chunk, results: npt.NDArray[Any], pool: npt.NDArray[np.uint64]) -> list[Record]:
    """``chunk``'s records with the results of a run (its output lists as the calls wrote
    them into ``pool``)."""
    done = Chunk(
        chunk.calls,
        chunk.args,
        results["rc"].astype(np.int64),
        results["err"].astype(np.uint16),
        results["out"].astype(np.uint64),
        {},
        {},
        chunk.caller,
        chunk.vcpu,
        chunk.pool,
        pool,
    )
    return done.records()


# ---- what each record uses and makes ---------------------------------------------------------


def _elements(value: ArgValue | OutValue) -> list[tuple[int, ...]]:
    if isinstance(value, int):
        return []
    return [(e,) if isinstance(e, int) else tuple(e) for e in value]


def uses(record: Record) -> Iterator[tuple[Resource, int]]:
    """The remapped resources a record names: scalar arguments and input list elements."""
    call = record.spec
    for arg, value in zip(call.args, record.args, strict=True):
        if isinstance(arg, ListArg):
            if arg.is_input:
                for element in _elements(value):
                    for field, word in zip(arg.fields, element, strict=True):
                        if field.uses is not None and field.uses.remapped:
                            yield field.uses, word
        elif arg.uses is not None and arg.uses.remapped and isinstance(value, int):
            yield arg.uses, value


def makes(record: Record) -> Iterator[tuple[Resource, int]]:
    """The remapped resources a record's success made: scalar outputs and output list
    elements."""
    call = record.spec
    if record.rc == -1:
        return
    scalars, lists = split_outputs(call, record.outputs)
    for output, value in zip(call.outputs, scalars, strict=False):
        if output.makes is not None and output.makes.remapped:
            yield output.makes, value
    for lst, written in zip(call.output_lists, lists, strict=False):
        for element in _elements(written):
            for field, word in zip(lst.fields, element, strict=True):
                if field.makes is not None and field.makes.remapped:
                    yield field.makes, word


def producers(records: Sequence[Record]) -> list[set[int]]:
    """For each record, the earlier records whose outputs name a resource it uses."""
    made: dict[tuple[Resource, int], int] = {}
    deps: list[set[int]] = []
    for index, record in enumerate(records):
        deps.append({made[key] for key in uses(record) if key in made})
        for key in makes(record):
            made[key] = index
    return deps


def _closure(keep: set[int], deps: list[set[int]]) -> list[int]:
    out, todo = set(keep), list(keep)
    while todo:
        for dep in deps[todo.pop()]:
            if dep not in out:
                out.add(dep)
                todo.append(dep)
    return sorted(out)


# ---- the minimiser ---------------------------------------------------------------------------


@dataclass
class Minimized:
    records: list[Record]  # the calls kept, with what they returned (binding resources)
    signature: Signature
    runs: int


class _Budget:
    """Runs of candidates, up to a budget: a candidate holds if it shows the signature at its
    last call."""

    def __init__(self, runner: SequenceRunner, signature: Signature, budget: int) -> None:
        self.runner, self.signature = runner, signature
        self.start, self.budget = runner.runs, budget

    @property
    def left(self) -> bool:
        return self.runner.runs - self.start < self.budget

    def holds(self, records: Sequence[Record]) -> bool:
        if not self.left:
            return False
        try:
            run = self.runner.run(records)
        except TraceError:
            # A candidate no trace can hold (an in/out list cut below what the call wrote
            # into it) is no smaller form of the finding.
            return False
        return run.signature == self.signature and run.ran == len(records)


def minimize(
    runner: SequenceRunner,
    records: Sequence[Record],
    signature: Signature,
    budget: int = 3000,
) -> Minimized:
    """Delta debugging over the calls (keeping resource producers), over list elements, then
    over values; every candidate must raise ``signature``.  ``records`` name resources as
    the runner's machine hands them out, with what each returned there (SequenceRunner.record,
    or rerecord for a trace recorded elsewhere)."""
    first = runner.run(records)
    if first.signature != signature:
        raise InvalidArgument(f"the sequence does not reproduce {signature.describe()}")
    wanted = first.records
    runs = _Budget(runner, signature, budget)
    wanted = _drop_calls(wanted, runs)
    wanted = _shrink_lists(wanted, runs)
    wanted = _simplify(wanted, runs)
    return Minimized(wanted, signature, runner.runs - runs.start)


def _drop_calls(records: list[Record], runs: _Budget) -> list[Record]:
    deps = producers(records)
    last = len(records) - 1

    def holds(indices: list[int]) -> bool:
        return runs.holds([records[i] for i in _closure(set(indices) | {last}, deps)])

    kept = list(range(last))
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
    return [records[i] for i in _closure(set(kept) | {last}, deps)]


def _with_list(record: Record, slot: int, elements: list[Any]) -> Record:
    """The record with input list ``slot`` holding ``elements``; a length argument that
    claimed the list's own length claims the new one."""
    call = record.spec
    lst = call.args[slot]
    assert isinstance(lst, ListArg)
    args = list(record.args)
    old = args[slot]
    args[slot] = tuple(elements)
    if isinstance(lst.length, str):
        position = _position(call, lst.length)
        if not isinstance(old, int) and args[position] == len(old):
            args[position] = len(elements)
    return replace(record, args=tuple(args))


def _position(call: Call, name: str) -> int:
    return next(i for i, a in enumerate(call.args) if a.name == name)


def _shrink_lists(records: list[Record], runs: _Budget) -> list[Record]:
    """Each input list's elements by delta debugging: blocks, then single elements."""
    records = list(records)
    for index in range(len(records)):
        call = records[index].spec
        for slot, arg in enumerate(call.args):
            if not (isinstance(arg, ListArg) and arg.is_input and arg.fixed_length is None):
                continue

            def holds(elements: list[Any], at: int = index, where: int = slot) -> bool:
                candidate = records[:at] + [_with_list(records[at], where, elements)]
                return runs.holds(candidate + records[at + 1 :])

            value = records[index].args[slot]
            elements = [] if isinstance(value, int) else list(value)
            size = max(1, len(elements) // 2)
            while elements and runs.left:
                reduced = False
                for begin in range(0, len(elements), size):
                    candidate = elements[:begin] + elements[begin + size :]
                    if holds(candidate):
                        elements, reduced = candidate, True
                        break
                if not reduced:
                    if size == 1:
                        break
                    size = max(1, size // 2)
            records[index] = _with_list(records[index], slot, elements)
    return records


_SIMPLER = (0, 1, 2, 0x10)
# List elements simplified per list at most: a list of max_length elements would spend the
# budget on one call.
_ELEMENTS_SIMPLIFIED = 16


def _simplify(records: list[Record], runs: _Budget) -> list[Record]:
    """Values toward simpler ones where the finding survives: scalar arguments, list elements
    and output lists' room; then callers toward domain 0's vcpu 0.  Domains and the
    resources replay remaps stay (they refer to their producers)."""
    records = list(records)
    for index in range(len(records)):
        for get, put in _values(records[index]):

            def holds(value: int, at: int = index, set_value: Any = put) -> bool:
                candidate = records[:at] + [set_value(records[at], value)] + records[at + 1 :]
                if runs.holds(candidate):
                    records[at] = candidate[at]
                    return True
                return False

            _simplest(get(records[index]), holds, runs)
        record = records[index]
        for who in ((record.caller, 0), (0, 0)):
            if (record.caller, record.vcpu) != who and (record.caller, record.vcpu) != (0, 0):
                candidate = replace(records[index], caller=who[0], vcpu=who[1])
                if runs.holds(records[:index] + [candidate] + records[index + 1 :]):
                    records[index] = candidate
    return records


def _simplest(value: int, holds: Callable[[int], bool], runs: _Budget) -> None:
    """Tries the simple values below ``value``, then bisects toward the smallest that holds:
    boundaries read better than random bits (gref 2048, the first past the table, not
    0x7efc9ab6)."""
    for simpler in _SIMPLER:
        if simpler >= value or not runs.left:
            return
        if holds(simpler):
            return
    if value <= _SIMPLER[-1]:
        return
    low, high = _SIMPLER[-1], value
    while high - low > 1 and runs.left:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle


Getter = Callable[[Record], int]
Setter = Callable[[Record, int], Record]


def _values(record: Record) -> list[tuple[Getter, Setter]]:
    """(read, write) of every value of a record the minimiser may simplify."""
    call = record.spec
    out: list[tuple[Getter, Setter]] = []
    for slot, arg in enumerate(call.args):
        if isinstance(arg, ListArg):
            if not arg.is_input:
                # A fixed-length list's room is its length: a trace cannot give it less.
                if arg.fixed_length is None:
                    out.append(_room_value(slot))
                continue
            count = len(_elements(record.args[slot]))
            for element in range(min(count, _ELEMENTS_SIMPLIFIED)):
                for member, field in enumerate(arg.fields):
                    if field.uses is Resource.DOMAIN or (field.uses and field.uses.remapped):
                        continue
                    out.append(_element_value(slot, element, member, arg.scalar))
        elif not (arg.uses is Resource.DOMAIN or (arg.uses and arg.uses.remapped)):
            out.append(_scalar_value(slot))
    return out


def _scalar_value(slot: int) -> tuple[Getter, Setter]:
    def get(record: Record) -> int:
        value = record.args[slot]
        assert isinstance(value, int)
        return value

    def put(record: Record, value: int) -> Record:
        args = list(record.args)
        args[slot] = value
        return replace(record, args=tuple(args))

    return get, put


def _element_value(slot: int, element: int, member: int, scalar: bool) -> tuple[Getter, Setter]:
    def get(record: Record) -> int:
        return _elements(record.args[slot])[element][member]

    def put(record: Record, value: int) -> Record:
        elements = _elements(record.args[slot])
        fields = list(elements[element])
        fields[member] = value
        elements[element] = tuple(fields)
        args = list(record.args)
        args[slot] = tuple(e[0] for e in elements) if scalar else tuple(elements)
        return replace(record, args=tuple(args))

    return get, put


def _room_value(slot: int) -> tuple[Getter, Setter]:
    """An output list's room; its expected elements are cut or padded to fit (they only bind
    resources)."""

    def get(record: Record) -> int:
        value = record.args[slot]
        assert isinstance(value, int)
        return value

    def put(record: Record, room: int) -> Record:
        call = record.spec
        args = list(record.args)
        args[slot] = room
        scalars, lists = split_outputs(call, record.outputs)
        position = [s for s, a in enumerate(call.args) if isinstance(a, ListArg) and a.is_output]
        resized: list[OutValue] = []
        for list_slot, written in zip(position, lists, strict=False):
            lst = call.args[list_slot]
            assert isinstance(lst, ListArg)
            if list_slot != slot:
                resized.append(written)
                continue
            elements = _elements(written)[:room]
            elements += [(0,) * lst.stride] * (room - len(elements))
            resized.append(tuple(e[0] for e in elements) if lst.scalar else tuple(elements))
        outputs = join_outputs(call, record.rc != -1, scalars, tuple(resized))
        return replace(record, args=tuple(args), outputs=outputs)

    return get, put


# ---- running records elsewhere ---------------------------------------------------------------


def clean_records(records: Sequence[Record], runner: SequenceRunner) -> list[Record]:
    """The boot and ``records`` recorded on ``runner``'s machine: the artifact's records.

    Given a runner without planted bugs, this is what the artifact expects, so that it
    passes on the clean engine and is flagged with the bug on."""
    return list(runner.boot_records) + rerecord(records, runner)


def rerecord(records: Sequence[Record], runner: SequenceRunner) -> list[Record]:
    """``records`` run one by one on ``runner``'s restored machine, each resource an earlier
    record's outputs named (a scalar argument or a list element) rewritten to what that call
    produced here, per domain for grant references and ports, as replay binds them: the
    calls in this machine's numbering, with what they return here."""
    machine = runner.machine
    machine.set_oracle(False)
    machine.restore(_current(machine))
    bindings: dict[tuple[Resource, int, int], int] = {}
    out: list[Record] = []
    for record in records:
        given = _rebind(record, bindings)
        chunk = Chunk.from_records([replace(given, alternatives={})])
        pool = chunk.pool.copy()
        outcome = machine.batch(chunk.call_records(), pool=pool if len(pool) else None)
        done = _records(chunk, outcome.results, pool)[0]
        done = replace(done, args=given.args, note=record.note, remark=record.remark)
        out.append(done)
        if record.rc != -1 and done.rc != -1:
            for (kind, recorded), (_, emulated) in zip(
                _made_with_owner(record), _made_with_owner(done), strict=False
            ):
                bindings[(kind[0], kind[1], recorded)] = emulated
    machine.set_oracle(True)
    machine.check()
    return out


def _owner(record: Record, call: Call, owner: str | None) -> int:
    """The domain a per-domain value of the record belongs to."""
    name = call.owner_of(owner)
    if name == CALLER or name is None:
        return record.caller
    value = record.args[_position(call, name)]
    assert isinstance(value, int)
    return record.caller if value == DOMID_SELF else value


def _scope(resource: Resource, record: Record, call: Call, owner: str | None) -> int:
    """Grant references and ports are numbered per domain; handles, mappings and mfns not."""
    return _owner(record, call, owner) if resource in (Resource.GREF, Resource.PORT) else 0


def _made_with_owner(record: Record) -> list[tuple[tuple[Resource, int], int]]:
    """((kind, scope), value) of each remapped resource a record made, in a fixed order."""
    call = record.spec
    scalars, lists = split_outputs(call, record.outputs)
    out = []
    for output, value in zip(call.outputs, scalars, strict=False):
        if output.makes is not None and output.makes.remapped:
            out.append(((output.makes, _scope(output.makes, record, call, output.owner)), value))
    for lst, written in zip(call.output_lists, lists, strict=False):
        for element in _elements(written):
            for field, word in zip(lst.fields, element, strict=True):
                if field.makes is not None and field.makes.remapped:
                    scope = _scope(field.makes, record, call, field.owner)
                    out.append(((field.makes, scope), word))
    return out


def _rebind(record: Record, bindings: dict[tuple[Resource, int, int], int]) -> Record:
    """The record with each remapped resource it names rewritten through ``bindings``."""
    call = record.spec
    args: list[ArgValue] = []
    for arg, value in zip(call.args, record.args, strict=True):
        if isinstance(arg, ListArg):
            if not arg.is_input or isinstance(value, int):
                args.append(value)
                continue
            elements = []
            for element in _elements(value):
                fields = []
                for field, word in zip(arg.fields, element, strict=True):
                    if field.uses is not None and field.uses.remapped:
                        scope = _scope(field.uses, record, call, field.owner)
                        word = bindings.get((field.uses, scope, word), word)
                    fields.append(word)
                elements.append(tuple(fields))
            args.append(tuple(e[0] for e in elements) if arg.scalar else tuple(elements))
        elif arg.uses is not None and arg.uses.remapped and isinstance(value, int):
            scope = _scope(arg.uses, record, call, arg.owner)
            args.append(bindings.get((arg.uses, scope, value), value))
        else:
            args.append(value)
    return replace(record, args=tuple(args))
