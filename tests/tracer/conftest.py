"""Shared helpers of the trace-format tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracer.format import TraceWriter
from tracer.model import Trace

DATA = Path(__file__).resolve().parents[1] / "data" / "traces"


def write_trace(trace: Trace, path: Path, chunk_calls: int = 65536, level: int = 3) -> Path:
    """``trace`` as a binary file (no fsync: tests write many)."""
    with TraceWriter(path, trace.header, chunk_calls=chunk_calls, level=level, sync=False) as w:
        w.write_records(trace.records)
        w.tail_note = trace.tail_note
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
