"""Replay: rebuild the machine a trace describes, run every call through the engine, and
check each one.

For every call (in C, a chunk at a time, see csrc/replay.c), made by the caller its record
names:

a. rc, errno, outputs and output lists (element by element) equal the recorded ones,
   compared through the resource map (a handle or mfn the recording host chose is bound to
   the one the emulator hands out; resources inside list arguments are remapped too);
b. a failure's code is documented for the call in the profile — an undocumented code is
   reported even when the recording and the emulator agree;
c. the invariants hold at the end (and every N calls with ``check_every``).

The first divergence or invariant violation ends the replay; undocumented codes are
collected and the replay goes on.  The report of a divergence rebuilds the machine, runs
the trace up to the diverging call, and shows the state of what the call touched before and
after it, with the calls that led there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding import replay as loop
from haptrace.binding.config import DEFAULT_MAX_MEMORY, MachineConfig
from haptrace.binding.machine import RESULT_DTYPE, Machine, Violation
from haptrace.binding.replay import EXPECT_DTYPE as EXPECT_DTYPE  # re-exported
from haptrace.binding.replay import RemapTable, ReplayStop
from haptrace.binding.result import CallResult, reason_text
from haptrace.catalogue import CATALOGUE, ENUMS, Call, ListArg, Resource
from haptrace.catalogue.errnos import errno_name
from haptrace.catalogue.limits import DOMID_SELF, LIST_SHIFT, RAW_UNSUPPORTED
from haptrace.catalogue.model import CALLER
from haptrace.catalogue.render.shared import RESOURCE_IDS
from haptrace.errors import HaptraceError, InputError, MachineTooLarge
from haptrace.outcome import Outcome, most_severe
from haptrace.profiles import alternative_for
from tracer.chunk import Chunk, output_list_words
from tracer.model import ArgValue, Expectation, Header, OutValue, Record, Trace, split_outputs
from tracer.readahead import ReadAhead

_STOP_DIVERGED = loop.DIVERGED
_STOP_UNDOCUMENTED = loop.UNDOCUMENTED
_STOP_INVARIANT = loop.INVARIANT
_STOP_REFUSED = loop.REFUSED
_UNSUPPORTED_ERR = -RAW_UNSUPPORTED  # how ht_result.err carries the unsupported answer
# The engine's numbers of the kinds replay remaps (HT_RES_*).
_RESOURCE_IDS = {r: RESOURCE_IDS[r] for r in Resource if r.remapped}
CONTEXT_CALLS = 5
_NO_FRAME = 0xFFFFFFFF  # HT_MFN_INVALID (csrc/engine.h): the gfn has no frame
TOUCHED_GFNS = 8  # gfns of a list a divergence report shows the state of, at most
# By default the invariants are checked after every call while that is cheap, then only at
# the end; check_every overrides it.  A full audit walks every gfn and frame (3-7 ns each on
# the 2-core machine the benchmarks run on), so the calls checked one by one are a budget of
# audit work (a tenth to a fifth of a second) divided by the machine's size, at most
# AUTO_CHECK_CALLS: the hundreds of calls of a hand-written or minimised trace on a small
# machine (a fuzz finding's, whose boot alone is ~150 calls), a few calls on a machine of a
# million gfns.
AUTO_CHECK_CALLS = 10_000
AUTO_CHECK_WORK = 30_000_000  # gfns + frames audited


def auto_check_calls(config: MachineConfig) -> int:
    """How many calls the default policy checks one by one on a machine of ``config``."""
    work = config.gfn_capacity + config.host.total_frames
    return max(4, min(AUTO_CHECK_CALLS, AUTO_CHECK_WORK // max(work, 1)))


@dataclass(frozen=True)
class GfnState:
    """What one (domain, gfn) looked like, for reports."""

    domid: int
    gfn: int
    type: str
    mfn: int | None  # None: no frame
    access: str
    owner: int
    refs: int
    content: int
    handle: int
    tuples: int

    def __str__(self) -> str:
        if self.mfn is None:
            return f"{self.type} (no frame)"
        text = f"{self.type} mfn {self.mfn:#x} refs {self.refs} content {self.content:#x}"
        if self.handle:
            text += f" handle {self.handle} tuples {self.tuples}"
        return text


@dataclass(frozen=True)
class Finding:
    """A call at ``index`` (0-based over the whole trace) and what was wrong with it."""

    index: int
    line: int | None
    record: Record
    emulated: CallResult


@dataclass(frozen=True)
class Divergence(Finding):
    # "result", the name of the output that differed, or an output list's element:
    # "extent_start[2]" ("entries[1].op" for a struct list)
    field: str
    remapped_args: tuple[ArgValue, ...]
    before: tuple[GfnState, ...]
    after: tuple[GfnState, ...]
    context: tuple[tuple[int, Record], ...]  # (index, record) of the calls just before
    # The values that differed, for an output or an output list element (None for result).
    recorded_value: int | None = None
    emulated_value: int | None = None


@dataclass
class ReplayReport:
    name: str
    outcome: Outcome
    profile: str
    calls: int = 0
    truncated: bool = False
    divergence: Divergence | None = None
    undocumented: list[Finding] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    violation_index: int | None = None
    # The call after which the invariants were found violated (its record and line).
    violation_call: Finding | None = None
    # The names the trace gives resource values ($src), for the reports' call texts.
    symbols: Mapping[tuple[Resource, int], str] = field(default_factory=dict)
    message: str = ""
    seconds: float = 0.0
    # (call id, errno) of every call that ran and matched its recording; errno 0 for a
    # success.  Filled only when replay() is asked to collect (spec coverage).
    reached: set[tuple[int, int]] = field(default_factory=set)
    # Calls the engine answered unsupported (a path it does not model): not compared with
    # the recording, counted apart; the first one's index (0-based) and reason.
    unsupported: int = 0
    first_unsupported: int | None = None
    unsupported_reason: str = ""


# ---- building the arrays the C replay loop reads ----------------------------------------


def expectations(chunk: Chunk, profile: str) -> Chunk:
    """``chunk`` with the result ``profile`` expects in place of the recorded one where a
    record gives that profile an alternative (the chunk itself when none does)."""
    chosen = ((i, alternative_for(alt, profile)) for i, alt in chunk.alternatives.items())
    rows = [(i, chunk.alternatives[i][p]) for i, p in chosen if p is not None]
    if not rows:
        return chunk
    rc, errno, outputs = chunk.rc.copy(), chunk.errno.copy(), chunk.outputs.copy()
    out_pool = chunk.out_pool.copy()
    undef = dict(chunk.undef)
    for index, alt in rows:
        call = CATALOGUE[int(chunk.calls[index])]
        scalars, _ = split_outputs(call, alt.outputs)
        undef.pop(index, None)
        if alt.undef:
            undef[index] = alt.undef
        rc[index] = alt.rc
        errno[index] = alt.errno
        outputs[index] = 0
        outputs[index, : len(scalars)] = scalars
        for offset, words in output_list_words(call, chunk.args[index], alt.outputs):
            out_pool[offset : offset + len(words)] = words
    return Chunk(
        chunk.calls,
        chunk.args,
        rc,
        errno,
        outputs,
        {},
        {},
        chunk.caller,
        chunk.vcpu,
        chunk.pool,
        out_pool,
        undef,
    )


def expect_records(chunk: Chunk, profile: str) -> npt.NDArray[Any]:
    """The expected results of ``chunk`` in ``profile`` as ht_expect records."""
    expected = expectations(chunk, profile)
    expect = np.zeros(len(chunk), dtype=EXPECT_DTYPE)
    expect["rc"] = expected.rc
    expect["err"] = expected.errno
    expect["out"] = expected.outputs
    undef = expected.undef_column()
    if undef is not None:
        expect["undef"] = undef
    return expect


class ReplaySession:
    """A machine, a resource map, and the position in the trace."""

    def __init__(
        self,
        header: Header,
        profile: str,
        bugs: Iterable[str],
        check_every: int | None,
        max_memory: int = DEFAULT_MAX_MEMORY,
    ):
        self.header = header
        self.profile = profile
        self.max_memory = max_memory
        self.machine = Machine(header.machine, profile=profile, bugs=bugs, max_memory=max_memory)
        self.auto_check = check_every is None
        self.auto_check_calls = auto_check_calls(header.machine)
        self.check_every = 1 if check_every is None else check_every
        self.machine.set_oracle(bool(self.check_every))
        self.flags = 0
        self._remap = RemapTable()
        self.position = 0  # calls run so far

    def run(
        self,
        chunk: Chunk,
        start: int,
        expect: Chunk,
        reached: set[tuple[int, int]] | None = None,
        pool: npt.NDArray[np.uint64] | None = None,
    ) -> ReplayStop:
        """Runs ``chunk[start:]`` against ``expect`` (``expectations(chunk, profile)``);
        ``pool`` is the working copy of the chunk's list words (the loop remaps input lists
        and the calls write output lists there), made once per chunk by the caller.
        Returns how many calls ran and why the run stopped.  With ``reached``, adds the
        (call, errno) pairs of the calls that matched."""
        end = len(chunk)
        if self.auto_check and self.check_every:
            if self.position >= self.auto_check_calls:
                self.check_every = 0
                self.machine.set_oracle(False)
            else:
                end = min(end, start + self.auto_check_calls - self.position)
        results = np.zeros(end - start, dtype=RESULT_DTYPE) if reached is not None else None
        stop = loop.replay_columns(
            self.machine,
            self._remap,
            chunk.calls[start:],
            chunk.args[start:],
            expect.rc[start:],
            expect.errno[start:],
            expect.outputs[start:],
            end - start,
            self.position,
            self.check_every,
            self.flags,
            results,
            caller=chunk.caller[start:],
            vcpu=chunk.vcpu[start:],
            pool=pool,
            expect_pool=expect.out_pool if pool is not None else None,
            undef=None if (column := expect.undef_column()) is None else column[start:],
        )
        ran = stop.ran
        self.position += ran
        if reached is not None and results is not None:
            matched = ran - (1 if stop.kind == _STOP_DIVERGED else 0)
            calls = chunk.calls[start : start + matched]
            errs = results["err"][:matched]
            keep = errs != _UNSUPPORTED_ERR  # an unsupported answer reaches no documented pair
            keys = calls[keep].astype(np.int64) << 32 | errs[keep]
            reached.update((int(k) >> 32, int(k) & 0xFFFFFFFF) for k in np.unique(keys))
            if pool is not None:
                reached.update(_entry_codes(chunk, start, matched, results, pool))
        return stop

    def emulated(self, chunk: Chunk, index: int, pool: npt.NDArray[np.uint64] | None) -> CallResult:
        """The result record ``index`` of ``chunk`` just got, its output lists read from
        the working pool."""
        call = int(chunk.calls[index])
        last = self.machine.last_result(call)
        spec = CATALOGUE[call]
        if not spec.output_lists or pool is None:
            return last
        outputs = chunk.expectation_outputs(
            index,
            last.ok,
            np.array(last.scalar_outputs + (0,) * len(spec.outputs), dtype=np.uint64),
            pool,
        )
        return CallResult((call, last.packed, *outputs))

    def unsupported(self) -> tuple[int, int, int]:
        """Calls answered unsupported so far: count, first index, its reason id."""
        return self._remap.unsupported()

    def remap(self, resource: Resource, domid: int, recorded: int) -> int | None:
        """The emulator's value for a recorded one (grant refs and ports are per domain)."""
        return self._remap.lookup(_RESOURCE_IDS[resource], domid, recorded)

    def remapped_args(self, record: Record) -> tuple[ArgValue, ...]:
        """The arguments a record ran with: each resource value (inside lists too) as the
        emulator's value it was bound to, per-domain ones within their owner's domain."""
        call = record.spec
        values = {arg.name: value for arg, value in zip(call.args, record.args, strict=True)}

        def domain_of(owner: str | None) -> int:
            name = call.owner_of(owner)
            domid = record.caller if name == CALLER or name is None else values[name]
            assert isinstance(domid, int)
            return record.caller if domid == DOMID_SELF else domid

        def bound(resource: Resource | None, owner: str | None, value: int) -> int:
            if resource is None or resource not in _RESOURCE_IDS:
                return value
            found = self.remap(resource, domain_of(owner), value)
            return value if found is None else found

        out: list[ArgValue] = []
        for spec, value in zip(call.args, record.args, strict=True):
            if not isinstance(spec, ListArg):
                assert isinstance(value, int)
                out.append(bound(spec.uses, spec.owner, value))
            elif not spec.is_input or not isinstance(value, tuple):
                out.append(value)
            elif spec.scalar:
                f = spec.fields[0]
                out.append(tuple(bound(f.uses, f.owner, v) for v in value))  # type: ignore[arg-type]
            else:
                out.append(
                    tuple(
                        tuple(
                            bound(f.uses, f.owner, v)
                            for f, v in zip(spec.fields, element, strict=True)  # type: ignore[arg-type]
                        )
                        for element in value
                    )
                )
        return tuple(out)


# ---- sources ------------------------------------------------------------------------------


@dataclass
class TraceSource:
    """A trace to replay: its header, and a way to read its chunks (again, for reports).

    ``open_chunks`` returns a fresh iterator over the chunks and a callable that tells,
    once the iterator is exhausted, whether the trace's tail was cut off.
    """

    name: str
    header: Header
    open_chunks: Callable[[], tuple[Iterator[Chunk], Callable[[], bool]]]
    lines: list[int] = field(default_factory=list)  # text-form line of each record
    # Text form: the line of each header setting ("host", "domain 1"), for errors about them.
    header_lines: dict[str, int] = field(default_factory=dict)
    truncated: bool = False
    validated: bool = False  # the chunks come checked (the binary reader validates each)


def source_from_trace(trace: Trace, name: str = "<trace>") -> TraceSource:
    chunk = Chunk.from_records(trace.records)

    def chunks() -> tuple[Iterator[Chunk], Callable[[], bool]]:
        return iter([chunk]), lambda: not trace.header.complete

    return TraceSource(
        name, trace.header, chunks, list(trace.record_lines), dict(trace.header_lines)
    )


def on_host_build(source: TraceSource, options: Mapping[str, int]) -> TraceSource:
    """``source`` replayed on another build of the same host: the build options (a
    ``--host PRESET``, haptrace.profiles.HOST_PRESETS) replace those of the trace's host
    line; everything else the trace says of its machine stays."""
    machine = source.header.machine
    host = replace(machine.host, **options)  # type: ignore[arg-type]  # the build options are ints
    header = replace(source.header, machine=replace(machine, host=host))
    return replace(source, header=header)


def open_source(path: str | Path) -> TraceSource:
    """A trace file in either form: text (``# haptrace trace v2``, an older version, or no
    version line, which the text form allows) or msgpack.  The one reader every command
    uses (tracer.reader) tells them apart, so replay reads what show and record read."""
    from tracer import reader

    path = Path(path)
    if reader.sniff(path) == "text":
        with reader.open_trace(path) as text:
            assert isinstance(text, reader.TextTraceReader)
            return source_from_trace(text.trace, str(path))
    from tracer import format as binary

    # The file is open only while it is read: once for the header here, and once per pass
    # over the chunks (the report reads them again), decoded ahead in a thread and closed
    # when the pass ends or is abandoned.
    with binary.TraceReader(path) as first:
        header = first.header

    def chunks() -> tuple[Iterator[Chunk], Callable[[], bool]]:
        reader = ReadAhead(path)
        return reader, lambda: reader.truncated

    return TraceSource(str(path), header, chunks, validated=True)


# ---- replay ---------------------------------------------------------------------------------


_MULTICALL = next(c for c in CATALOGUE if c.name == "multicall")
_MC_SLOT = next(i for i, a in enumerate(_MULTICALL.args) if isinstance(a, ListArg))
_MC_LIST = _MULTICALL.args[_MC_SLOT]
assert isinstance(_MC_LIST, ListArg)
_MC_STRIDE = _MC_LIST.stride
_MC_COUNT = next(i for i, a in enumerate(_MULTICALL.args) if a.name == _MC_LIST.length)
_MC_CALL = next(i for i, f in enumerate(_MC_LIST.fields) if f.name == "call")
_MC_RESULT = next(i for i, f in enumerate(_MC_LIST.fields) if f.name == "result")
_MAX_ERRNO = 4095  # Xen's IS_ERR_VALUE range: a result in [-4095, -1] is minus an errno


def _entry_codes(
    chunk: Chunk,
    start: int,
    matched: int,
    results: npt.NDArray[Any],
    pool: npt.NDArray[np.uint64],
) -> Iterator[tuple[int, int]]:
    """The (call, errno) pairs the entries of the matched multicalls of ``chunk[start:start
    + matched]`` reached: a multicall that returned 0 ran each of its first nr_calls
    entries and wrote its result back (minus the errno of a failure), and the output list
    matched the recording, so each entry's code is one the trace expects, as a call's own
    is.  A nested multicall's EINVAL exists only as such an entry result."""
    for index in np.flatnonzero(chunk.calls[start : start + matched] == _MULTICALL.id):
        if int(results["rc"][index]) != 0:
            continue  # refused (nothing ran), short (a fault), or unsupported
        ref = int(chunk.args[start + index, _MC_SLOT])
        offset, count = ref >> LIST_SHIFT, ref & ((1 << LIST_SHIFT) - 1)
        ran = min(count, int(chunk.args[start + index, _MC_COUNT]))
        for entry in range(ran):
            base = offset + entry * _MC_STRIDE
            word = int(pool[base + _MC_RESULT])
            value = word - (1 << 64) if word >> 63 else word
            if -_MAX_ERRNO <= value <= -1:
                yield int(pool[base + _MC_CALL]), -value
            elif value >= 0:
                yield int(pool[base + _MC_CALL]), 0


def replay(
    source: TraceSource,
    profile: str | None = None,
    bugs: Iterable[str] = (),
    check_every: int | None = None,
    progress: Any = None,
    collect: bool = False,
    max_memory: int = DEFAULT_MAX_MEMORY,
) -> ReplayReport:
    """Replay ``source``; never raises for problems with the trace (they become the
    report's outcome) except on a bug in haptrace itself.  ``collect`` fills
    ``report.reached`` with the (call, errno) pairs the trace reached."""
    started = time.perf_counter()
    profile = profile or source.header.profile
    report = ReplayReport(source.name, Outcome.PASS, profile, symbols=source.header.symbols)
    if not source.header.applies_to(profile):
        # The trace says which profiles it speaks for (calls that do not exist, or mean
        # something else, in this one): nothing runs, and the report says so.
        report.outcome = Outcome.NOT_APPLICABLE
        report.message = (
            "the trace speaks for profiles"
            f" {', '.join(source.header.profiles)} only, not {profile}: not replayed"
        )
        report.seconds = time.perf_counter() - started
        return report
    bug_list = tuple(bugs)
    last: tuple[int, Chunk] | None = None  # the last chunk run, and its offset
    try:
        try:
            session = ReplaySession(source.header, profile, bug_list, check_every, max_memory)
        except MachineTooLarge as exc:
            raise InputError(_where(source, exc.field) + str(exc)) from None
        offset = 0
        chunks, cut_off = source.open_chunks()
        try:
            for chunk in chunks:
                problem = None if source.validated else chunk.validate()
                if problem:
                    raise InputError(f"{source.name}: calls from {offset}: {problem}")
                if len(chunk):
                    last = (offset, chunk)
                if not _replay_chunk(session, chunk, offset, source, report, bug_list, collect):
                    break
                offset += len(chunk)
                if progress is not None:
                    progress(len(chunk))
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:  # stop reading ahead, close the file
                close()
        report.calls = session.position
        # The header already knows a recording was not closed cleanly, which matters when
        # the replay stops before the reader reaches the cut.
        report.truncated = source.truncated = cut_off() or not source.header.complete
        if report.outcome is not Outcome.DIVERGED and report.violation_index is None:
            report.violations = session.machine.check()
            if report.violations and session.position and last is not None:
                # The index of the last call run, as a per-call check would report it.
                report.violation_index = session.position - 1
                report.violation_call = _finding(source, last, report.violation_index, session)
        count, first, reason = session.unsupported()
        if count:
            report.unsupported = count
            report.first_unsupported = first
            report.unsupported_reason = reason_text(reason)
        if report.violations:
            report.outcome = most_severe([report.outcome, Outcome.INVARIANT])
        elif report.undocumented:
            report.outcome = most_severe([report.outcome, Outcome.UNDOCUMENTED])
        elif count:
            report.outcome = most_severe([report.outcome, Outcome.UNSUPPORTED])
    except InputError as exc:
        report.outcome = Outcome.BAD_INPUT
        report.message = str(exc)
    report.seconds = time.perf_counter() - started
    return report


def _where(source: TraceSource, setting: str) -> str:
    """Where a header setting (``host total_frames``) was written: the text form's line,
    or the binary header's machine map."""
    line = source.header_lines.get(setting.rsplit(" ", 1)[0])
    if line is not None:
        return f"{source.name}:{line}: "
    if source.lines or source.header_lines:
        return f"{source.name}: "
    return f"{source.name}: header machine "


def _replay_chunk(
    session: ReplaySession,
    chunk: Chunk,
    offset: int,
    source: TraceSource,
    report: ReplayReport,
    bugs: tuple[str, ...],
    collect: bool,
) -> bool:
    """Replays one chunk; False when the replay must stop."""
    expect = expectations(chunk, session.profile)
    # The loop remaps input lists in place and the calls write their output lists: into a
    # copy, so the chunk keeps what was recorded (reports read it again).
    pool = chunk.pool.copy() if chunk.has_lists else None
    start = 0
    while start < len(chunk):
        reached = report.reached if collect else None
        stop = session.run(chunk, start, expect, reached, pool)
        ran, kind = stop.ran, stop.kind
        if kind == 0:
            if ran == 0:  # pragma: no cover - the C loop always runs a call it is given
                raise HaptraceError(f"{source.name}: the replay loop made no progress")
            start += ran  # the run may end early: the per-call checks stop mid-chunk
            continue
        index = start + ran - 1
        record = chunk.record(index)
        line = source.lines[offset + index] if offset + index < len(source.lines) else None
        emulated = session.emulated(chunk, index, pool)
        if kind == _STOP_UNDOCUMENTED:
            report.undocumented.append(Finding(offset + index, line, record, emulated))
            start = index + 1
            continue
        if kind == _STOP_REFUSED:
            raise InputError(
                f"{source.name}: call {offset + index}: the engine refused"
                f" {_caller_text(record)}{record.spec.name}{record.args}: {emulated.reason}"
            )
        if kind == _STOP_INVARIANT:
            report.violations = session.machine.check()
            report.violation_index = offset + index
            report.violation_call = Finding(offset + index, line, record, emulated)
            report.outcome = Outcome.INVARIANT
            return False
        report.outcome = Outcome.DIVERGED
        report.divergence = _explain(
            session, source, offset + index, line, record, emulated, stop, bugs
        )
        return False
    return True


def _finding(
    source: TraceSource, last: tuple[int, Chunk], index: int, session: ReplaySession
) -> Finding | None:
    """Call ``index`` of the trace as a Finding, when it is in the ``last`` chunk run."""
    offset, chunk = last
    if not offset <= index < offset + len(chunk):
        return None
    line = source.lines[index] if index < len(source.lines) else None
    pool = chunk.pool.copy() if chunk.has_lists else None
    emulated = session.emulated(chunk, index - offset, pool)
    return Finding(index, line, chunk.record(index - offset), emulated)


def _caller_text(record: Record) -> str:
    return f"@{record.caller}.{record.vcpu} " if (record.caller, record.vcpu) != (0, 0) else ""


# ---- divergence reports ----------------------------------------------------------------------


def _touched(record: Record, remapped: tuple[ArgValue, ...]) -> list[tuple[int, int]]:
    """The (domain, gfn) pairs a call names (a list's first TOUCHED_GFNS gfns)."""
    call = record.spec
    values = {arg.name: value for arg, value in zip(call.args, remapped, strict=True)}

    def domain_of(owner: str | None) -> int | None:
        name = call.owner_of(owner)
        domid = record.caller if name == CALLER or name is None else values[name]
        if not isinstance(domid, int):
            return None
        return record.caller if domid == DOMID_SELF else domid

    pairs: list[tuple[int, int]] = []
    for spec, value in zip(call.args, remapped, strict=True):
        if isinstance(spec, ListArg):
            gfn_fields = [f for f, field in enumerate(spec.fields) if field.uses is Resource.GFN]
            if not gfn_fields or not isinstance(value, tuple):
                continue
            domid = domain_of(spec.fields[gfn_fields[0]].owner)
            for element in value[:TOUCHED_GFNS]:
                gfn = element if spec.scalar else element[gfn_fields[0]]  # type: ignore[index]
                if domid is not None and isinstance(gfn, int) and gfn < 1 << 62:
                    pairs.append((domid, gfn))
        elif spec.uses is Resource.GFN and isinstance(value, int) and value < 1 << 62:
            domid = domain_of(spec.owner)
            if domid is not None:
                pairs.append((domid, value))
    return pairs


def describe_gfn(machine: Machine, domid: int, gfn: int) -> GfnState | None:
    info = loop.describe_gfn(machine, domid, gfn)
    if info is None:
        return None
    types = ENUMS["p2m_type"]
    access = ENUMS["access"]
    return GfnState(
        domid,
        gfn,
        types.label(info.type) or str(info.type),
        None if info.mfn == _NO_FRAME else info.mfn,
        access.label(info.access) or str(info.access),
        info.owner,
        info.refs,
        info.content,
        info.handle,
        info.tuples,
    )


def _field_name(call: Call, stop: ReplayStop) -> str:
    """What differed: "result", an output's name, or "list[element]" (".member")."""
    if stop.field == loop.FIELD_LIST:
        lst = call.args[stop.slot]
        member = ""
        if isinstance(lst, ListArg) and not lst.scalar:
            member = f".{lst.fields[stop.member].name}"
        return f"{lst.name}[{stop.element}]{member}"
    if stop.field < 0:
        return "result"
    return call.outputs[stop.field].name


def _explain(
    session: ReplaySession,
    source: TraceSource,
    index: int,
    line: int | None,
    record: Record,
    emulated: CallResult,
    stop: ReplayStop,
    bugs: tuple[str, ...],
) -> Divergence:
    """Rebuild the machine, rerun up to the diverging call, and capture what it touched."""
    remapped = session.remapped_args(record)
    pairs = _touched(record, remapped)
    after = tuple(s for s in (describe_gfn(session.machine, d, g) for d, g in pairs) if s)
    before = _state_before(session, source, index, pairs, bugs)
    context = tuple(_recent(source, index))
    values = (stop.recorded, stop.emulated) if stop.field != -1 else (None, None)
    return Divergence(
        index,
        line,
        record,
        emulated,
        _field_name(record.spec, stop),
        remapped,
        before,
        after,
        context,
        *values,
    )


def _state_before(
    session: ReplaySession,
    source: TraceSource,
    index: int,
    pairs: list[tuple[int, int]],
    bugs: tuple[str, ...],
) -> tuple[GfnState, ...]:
    rerun = ReplaySession(session.header, session.profile, bugs, 0, session.max_memory)
    rerun.flags = loop.LENIENT  # only the state matters here
    done = 0
    for chunk in _reread(source):
        if done >= index:
            break
        take = min(len(chunk), index - done)
        part = chunk.slice(0, take)
        expect = expectations(part, session.profile)
        pool = part.pool.copy() if part.has_lists else None
        start = 0
        while start < take:
            start += rerun.run(part, start, expect, None, pool).ran
        done += take
    return tuple(s for s in (describe_gfn(rerun.machine, d, g) for d, g in pairs) if s)


def _reread(source: TraceSource) -> Iterator[Chunk]:
    """The chunks of ``source`` again, from the start (the first pass consumed them)."""
    return source.open_chunks()[0]


def _recent(source: TraceSource, index: int) -> list[tuple[int, Record]]:
    first = max(0, index - CONTEXT_CALLS)
    out: list[tuple[int, Record]] = []
    done = 0
    for chunk in _reread(source):
        end = done + len(chunk)
        for position in range(max(first, done), min(index, end)):
            out.append((position, chunk.record(position - done)))
        done = end
        if done >= index:
            break
    return out


def replay_records(records: list[Record], header: Header, **options: Any) -> ReplayReport:
    """Replay an in-memory list of records (tests, minimisation)."""
    trace = Trace(header, records)
    return replay(source_from_trace(trace), **options)


def format_result(
    record: Record,
    result: Expectation | CallResult,
    names: Mapping[tuple[Resource, int], str] | None = None,
) -> str:
    """A result as the text form writes it; ``names`` (a recorded result's) shows a resource
    value by the name the trace gives it ($src)."""
    if isinstance(result, CallResult):
        result = Expectation(result.rc, result.errno, result.outputs)
    call = record.spec
    named = names or {}
    scalars, lists = split_outputs(call, result.outputs)
    outs = [
        f"{spec.name}=?"
        if result.undef >> slot & 1
        else f"{spec.name}=${named[(spec.makes, value)]}"
        if spec.makes is not None and (spec.makes, value) in named
        else f"{spec.name}={value:#x}"
        for slot, (spec, value) in enumerate(zip(call.outputs, scalars, strict=False))
    ]
    outs += [
        f"{lst.name}={_show_list(value)}"
        for lst, value in zip(call.output_lists, lists, strict=False)
    ]
    if result.rc == -1:
        text = f"-1 {errno_name(result.errno, sharing=call.family.value == 'sharing')}"
        lists_text = [
            o for o, lst in zip(outs[len(scalars) :], lists, strict=False) if any(_flat(lst))
        ]
        return text + (f" -> {', '.join(lists_text)}" if lists_text else "")
    return str(result.rc) + (f" -> {', '.join(outs)}" if outs else "")


def _flat(value: OutValue) -> list[int]:
    if isinstance(value, int):
        return [value]
    return [w for v in value for w in _flat(v)]


def _show_list(value: OutValue) -> str:
    if isinstance(value, int):
        return f"{value:#x}"
    return "[" + ", ".join(_show_list(v) for v in value) + "]"


__all__ = [
    "EXPECT_DTYPE",
    "RESULT_DTYPE",
    "Divergence",
    "Finding",
    "GfnState",
    "ReplayReport",
    "ReplaySession",
    "TraceSource",
    "describe_gfn",
    "expect_records",
    "expectations",
    "format_result",
    "open_source",
    "reason_text",
    "replay",
    "replay_records",
    "source_from_trace",
]
