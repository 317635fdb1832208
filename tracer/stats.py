"""Call and return-code histograms of a trace (``haptrace stats``), computed chunk by chunk
with numpy: one ``bincount`` over call ids, one over (call, errno) pairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.catalogue import CATALOGUE
from haptrace.catalogue.errnos import errno_name

from .reader import TraceStream

_NCALLS = len(CATALOGUE)
_SHARING = [call.family.value == "sharing" for call in CATALOGUE]


@dataclass
class TraceStats:
    """Counts per call id, successes per call id, and failures per (call id, errno)."""

    calls: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(_NCALLS, np.int64))
    succeeded: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(_NCALLS, np.int64))
    failures: npt.NDArray[np.int64] = field(
        default_factory=lambda: np.zeros((_NCALLS, 1), np.int64)
    )
    truncated: bool = False

    @property
    def total(self) -> int:
        return int(self.calls.sum())

    def add(self, call_ids: npt.NDArray[np.uint16], rc: npt.NDArray[np.int64], errno: Any) -> None:
        self.calls += np.bincount(call_ids, minlength=_NCALLS)
        failed = rc == -1
        self.succeeded += np.bincount(call_ids[~failed], minlength=_NCALLS)
        if not failed.any():
            return
        codes = errno[failed].astype(np.intp)
        width = max(int(codes.max()) + 1, self.failures.shape[1])
        if width > self.failures.shape[1]:  # a new, larger errno: widen the table
            wider = np.zeros((_NCALLS, width), np.int64)
            wider[:, : self.failures.shape[1]] = self.failures
            self.failures = wider
        pairs = call_ids[failed].astype(np.intp) * width + codes
        self.failures += np.bincount(pairs, minlength=_NCALLS * width).reshape(_NCALLS, width)

    def as_dict(self) -> dict[str, Any]:
        """Plain data: totals, then per call name and per errno name (busiest first)."""
        by_call: dict[str, Any] = {}
        by_errno: dict[str, int] = {}
        for call in np.argsort(-self.calls, kind="stable"):
            count = int(self.calls[call])
            if not count:
                break
            errnos: dict[str, int] = {}
            for code in np.flatnonzero(self.failures[call]):
                name = errno_name(int(code), sharing=_SHARING[call])
                errnos[name] = int(self.failures[call, code])
                by_errno[name] = by_errno.get(name, 0) + errnos[name]
            by_call[CATALOGUE[call].name] = {
                "calls": count,
                "succeeded": int(self.succeeded[call]),
                "errnos": dict(sorted(errnos.items(), key=lambda kv: -kv[1])),
            }
        total = self.total
        succeeded = int(self.succeeded.sum())
        return {
            "calls": total,
            "succeeded": succeeded,
            "failed": total - succeeded,
            "success_rate": succeeded / total if total else None,
            "truncated": self.truncated,
            "by_call": by_call,
            "by_errno": dict(sorted(by_errno.items(), key=lambda kv: -kv[1])),
        }


def trace_stats(source: TraceStream, progress: Callable[[int], None] | None = None) -> TraceStats:
    """Histograms over every call of ``source`` (streamed: memory stays flat);
    ``progress`` is told each chunk's calls."""
    stats = TraceStats()
    for chunk in source:
        stats.add(chunk.calls, chunk.rc, chunk.errno)
        if progress is not None:
            progress(len(chunk))
    stats.truncated = source.truncated
    return stats
