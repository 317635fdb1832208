"""Shrinking a trace that diverges: the fewest calls that still make the same call diverge
the same way (``haptrace minimize`` on a plain divergence, where the fuzz minimiser wants an
undocumented code or a violated invariant).

Each candidate is replayed as a trace: a call whose recorded result depends on a removed
one then diverges first, so the candidate is refused and the dependency stays.  The
calls after the diverging one never matter and go first; then chunks of the calls before
it are removed, halving the chunk size down to single calls (ddmin's complement step).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tracer.model import Record, Trace

from .engine import ReplayReport, replay, source_from_trace


@dataclass(frozen=True)
class DivergenceKey:
    """What "the same divergence" means: the call (its record), the field that differed
    and the emulated result's code."""

    record: Record
    field: str
    rc: int
    errno: int


@dataclass
class Shrunk:
    trace: Trace
    runs: int
    report: ReplayReport  # the replay of the shrunk trace
    original: ReplayReport  # the replay of the trace given


def _key(report: ReplayReport) -> DivergenceKey | None:
    d = report.divergence
    if d is None:
        return None
    return DivergenceKey(d.record, d.field, d.emulated.rc, d.emulated.errno)


def shrink_divergence(
    trace: Trace, profile: str | None = None, bugs: Iterable[str] = ()
) -> Shrunk | None:
    """The smallest trace found that diverges as ``trace`` does, or None when ``trace``
    does not diverge."""
    bug_list = tuple(bugs)

    def run(records: list[Record]) -> ReplayReport:
        return replay(source_from_trace(Trace(trace.header, records)), profile, bug_list)

    first = run(list(trace.records))
    target = _key(first)
    if target is None or first.divergence is None:
        return None
    runs = 1
    index = first.divergence.index
    kept = list(trace.records[:index])  # the calls before the diverging one
    last = trace.records[index]

    def same(candidate: list[Record]) -> ReplayReport | None:
        nonlocal runs
        runs += 1
        report = run([*candidate, last])
        found = _key(report)
        ok = (
            found is not None
            and report.divergence is not None
            and report.divergence.index == len(candidate)
            and (found.field, found.rc, found.errno) == (target.field, target.rc, target.errno)
        )
        return report if ok else None

    best = same(kept)
    assert best is not None  # the prefix with the diverging call diverges as the whole did
    size = max(len(kept) // 2, 1)
    while kept and size >= 1:
        start = 0
        while start < len(kept):
            candidate = kept[:start] + kept[start + size :]
            report = same(candidate)
            if report is not None:
                kept, best = candidate, report
            else:
                start += size
        if size == 1:
            break
        size = max(size // 2, 1)
    return Shrunk(Trace(trace.header, [*kept, last], trace.tail_note), runs, best, first)


__all__ = ["DivergenceKey", "Shrunk", "shrink_divergence"]
