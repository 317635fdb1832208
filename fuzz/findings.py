"""Findings of a fuzzing run, and the artifacts each one leaves.

A finding is a call sequence after which a return code is undocumented for its call, or an
invariant of the memory model no longer holds.  Each distinct finding (same kind, same
invariant or errno, same call) is minimised and written to the artifacts directory as:

    finding-<slug>/trace.trace       the minimised trace (msgpack) ...
    finding-<slug>/trace.trace.txt   ... and its text form, for review
    finding-<slug>/finding.json      what was violated, the engine's reason, how to replay
    finding-<slug>/input.bin         the fuzz input that found it

The trace starts with the fuzz machine's boot calls and expects the results of a machine
without planted bugs, so ``haptrace replay`` passes on the clean engine and flags the
finding (exit status 4 or 5) with the bug turned on.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from haptrace.binding.result import reason_text
from haptrace.catalogue import CATALOGUE
from haptrace.catalogue.limits import RAW_REFUSED_LIMIT, RAW_UNSUPPORTED
from replay.engine import replay, source_from_trace
from tracer.model import Trace
from tracer.textform import format_trace

from .minimize import INVARIANT, SequenceRunner, Signature, clean_records, minimize
from .target import TEST_MAGIC, FuzzOutcome, FuzzTarget

TEST_MAGIC_KIND = "test-magic"


@dataclass(frozen=True)
class Finding:
    signature: Signature
    reason: str
    seconds: float  # since the run started
    calls_found: int
    calls_minimized: int
    directory: Path
    replay_flags: bool  # replay with the bugs on flags it
    replay_clean_passes: bool  # replay without planted bugs passes (when bugs were on)

    def to_json(self) -> dict[str, Any]:
        return {
            **signature_fields(self.signature),
            "reason": self.reason,
            "seconds": round(self.seconds, 3),
            "calls_found": self.calls_found,
            "calls_minimized": self.calls_minimized,
            "directory": str(self.directory),
            "replay_flags": self.replay_flags,
            "replay_clean_passes": self.replay_clean_passes,
        }


def signature_fields(signature: Signature) -> dict[str, Any]:
    """What a finding's report says of its signature."""
    return {
        "kind": "invariant" if signature.kind == INVARIANT else "undocumented",
        "detail": signature.detail,
        "call": CATALOGUE[signature.call].name,
        "description": signature.describe(),
    }


def slug(signature: Signature) -> str:
    from replay import INVARIANTS

    call = CATALOGUE[signature.call].name
    if signature.kind == INVARIANT:
        what = "inv-" + INVARIANTS[signature.detail][0]
    else:
        what = f"undoc-{signature.detail}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{what}-{call}")


class FindingStore:
    """Minimises and writes each new finding once."""

    def __init__(self, target: FuzzTarget, artifacts: Path, started: float | None = None):
        self.target = target
        self.artifacts = artifacts
        self.started = started if started is not None else time.monotonic()
        self.seen: dict[Signature, Finding] = {}
        self.failed: set[Signature] = set()
        self.test_magic_seen = False
        self._runner: SequenceRunner | None = None
        self._clean: SequenceRunner | None = None

    def signature_of(self, outcome: FuzzOutcome) -> Signature:
        return Signature(outcome.finding, outcome.detail, int(outcome.calls[outcome.at]["call"]))

    def is_new(self, outcome: FuzzOutcome) -> bool:
        return not self.is_known(self.signature_of(outcome))

    def record(
        self, data: bytes, outcome: FuzzOutcome, seconds: float | None = None
    ) -> Finding | None:
        """Minimise and write a finding; None if it was seen before.  ``seconds``: when the
        oracle fired, since the run started (default: now)."""
        signature = self.signature_of(outcome)
        if signature in self.seen:
            return None
        if seconds is None:
            seconds = time.monotonic() - self.started
        reason = reason_text(outcome.reasons[outcome.at])
        if self._runner is None:
            self._runner = SequenceRunner(self.target.profile, self.target.bugs)
            self._clean = SequenceRunner(self.target.profile, ())
        assert self._clean is not None
        # The calls as they ran, with what each returned; the calls the engine refused
        # (a list past its limit, a caller that does not exist) ran no handler and go.  A
        # call answered unsupported stays: it may have run part of its work first (a
        # multicall's entries before the one the engine cannot run), and the finding with
        # it (a multicall_reentry finding was dropped as not reproducing without it).
        ran = np.array(
            [raw > RAW_REFUSED_LIMIT or raw == RAW_UNSUPPORTED for raw in outcome.raws],
            dtype=bool,
        )
        found = self._runner.record(outcome.calls[ran], outcome.pool)
        minimized = minimize(self._runner, found, signature)
        clean = self._clean if self.target.bugs else self._runner
        records = clean_records(minimized.records, clean)
        trace = Trace(self.target.header(), records)
        directory = self.artifacts / f"finding-{slug(signature)}"
        # Written in a directory of this process's own, then moved into place: two workers
        # of --jobs that find the same bug write the same finding, and in one directory
        # each renamed the other's half-written trace away (the finding was reported as
        # not minimised, our bug, one run in seven of tests/fuzz/test_fuzz_cli.py's jobs).
        staging = self.artifacts / f".{directory.name}.{os.getpid()}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        (staging / "trace.trace.txt").write_text(format_trace(trace))
        _write_binary(staging / "trace.trace", trace)
        (staging / "input.bin").write_bytes(data)
        flagged = replay(source_from_trace(trace), bugs=self.target.bugs)
        passes = replay(source_from_trace(trace)) if self.target.bugs else None
        finding = Finding(
            signature,
            reason,
            seconds,
            len(outcome.calls),
            len(minimized.records),
            directory,
            replay_flags=int(flagged.outcome) in (4, 5),
            replay_clean_passes=passes is not None and int(passes.outcome) == 0,
        )
        report = finding.to_json()
        report["calls_in_trace"] = len(records)  # the minimised calls after the host's boot
        bugs = " ".join(f"--planted-bug {b}" for b in self.target.bugs)
        report["replay"] = f"haptrace replay {directory / 'trace.trace'} {bugs}".strip()
        (staging / "finding.json").write_text(json.dumps(report, indent=2) + "\n")
        _publish(staging, directory)
        self.seen[signature] = finding
        return finding

    def record_failure(
        self, data: bytes, outcome: FuzzOutcome, error: Exception, seconds: float | None = None
    ) -> dict[str, Any]:
        """Minimising or writing a finding failed (a bug of ours): keep the input and the
        error next to the other artifacts, do not ask again for this signature, and return
        the finding's report all the same (the subject misbehaved whether or not we could
        minimise it: a finding kept quiet for our bug was a miss)."""
        import traceback

        signature = self.signature_of(outcome)
        directory = self.artifacts / f"finding-{slug(signature)}-unminimised"
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "input.bin").write_bytes(data)
        (directory / "error.txt").write_text(
            f"{signature.describe()}\n\n" + "".join(traceback.format_exception(error))
        )
        self.failed.add(signature)
        if seconds is None:
            seconds = time.monotonic() - self.started
        return {
            **signature_fields(signature),
            "reason": reason_text(outcome.reasons[outcome.at]),
            "seconds": round(seconds, 3),
            "calls_found": int(outcome.at) + 1,
            "calls_minimized": None,
            "directory": str(directory),
            "error": f"{type(error).__name__}: {error}",
        }

    def record_test_magic(self, data: bytes, seconds: float | None = None) -> dict[str, Any] | None:
        """The executor's test hook fired (fuzz/target.py TEST_MAGIC): written once, as found.
        There is nothing to minimise or replay: the hook looks at the bytes, not the calls.
        None if it was seen before."""
        if self.test_magic_seen:
            return None
        self.test_magic_seen = True
        directory = self.artifacts / f"finding-{TEST_MAGIC_KIND}"
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "input.bin").write_bytes(data)
        report: dict[str, Any] = {
            "kind": TEST_MAGIC_KIND,
            "detail": int.from_bytes(TEST_MAGIC, "little"),
            "call": "",
            "description": f"test hook: the input holds the magic bytes {TEST_MAGIC.hex(' ')}",
            "reason": "",
            "seconds": round(time.monotonic() - self.started if seconds is None else seconds, 3),
            "calls_found": 0,
            "calls_minimized": 0,
            "directory": str(directory),
            "replay_flags": False,
            "replay_clean_passes": False,
            "replay": "",
        }
        (directory / "finding.json").write_text(json.dumps(report, indent=2) + "\n")
        return report

    def is_known(self, signature: Signature) -> bool:
        return signature in self.seen or signature in self.failed


def _publish(staging: Path, directory: Path) -> None:
    """Moves a finding written in staging to directory, replacing one written there before
    (an earlier run's, or another worker's of the same finding): each step is a rename, so a
    reader sees a whole finding or none, and of two workers publishing at once the last one's
    stays."""
    try:
        os.rename(staging, directory)
        return
    except OSError:
        pass  # directory exists (not empty)
    old = staging.with_name(staging.name.replace(".partial", ".old"))
    with contextlib.suppress(OSError):  # another worker moved it away first
        os.rename(directory, old)
    try:
        os.rename(staging, directory)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # another worker's came in between
    shutil.rmtree(old, ignore_errors=True)


def _write_binary(path: Path, trace: Trace) -> None:
    from tracer.writer import TraceWriter

    with TraceWriter(path, trace.header) as writer:
        writer.write_records(trace.records)
