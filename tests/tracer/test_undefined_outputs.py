"""An output Xen leaves unwritten (`port=?`): the text form, the msgpack `undef` key, the
recording, and the replay loop's per-record mask (issue 10: 4.2's mem_event enable on a
dying domain returns 0 before writing mec->port)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import pytest
from conftest import write_trace

from haptrace.binding.machine import pack_calls
from haptrace.binding.replay import DIVERGED, DONE, EXPECT_DTYPE, RemapTable, replay_records
from haptrace.catalogue import BY_NAME, REASONS, UNDEFINED_OUTPUT_REASONS
from haptrace.outcome import Outcome
from replay import Machine
from replay.engine import replay_records as replay_trace_records
from tracer import layout
from tracer.chunk import Chunk, undefined_outputs
from tracer.errors import TextFormError, TraceCorrupt, TraceError
from tracer.format import read_trace
from tracer.model import Expectation, Record
from tracer.textform import format_trace, parse_trace

ENABLE = BY_NAME["mem_access_enable"]
DYING = """\
# haptrace trace v3
profile doc
host arch=x86_64 vendor=intel
domain 1 pages=64

set_hvm_param(dom=1, param=access_ring_pfn, value=0x3f) = 0
mem_access_enable(domain_id=1) = 0 -> port=$p1
foreign_map(domid=1, gfn=0x10, writable=0) = 0 -> mapping=$m0
domain_destroy(domid=1) = 0
mem_access_enable(domain_id=1) = -1 EINVAL @xen-4.2: 0 -> port=?
"""


def test_the_dying_no_op_is_the_one_reason_that_leaves_outputs_undefined() -> None:
    assert [REASONS[i].id for i in sorted(UNDEFINED_OUTPUT_REASONS)] == ["MEM_EVENT_DYING_NOOP"]


def test_the_text_form_reads_and_writes_a_question_mark() -> None:
    trace = parse_trace(DYING)
    last = trace.records[-1]
    assert last.undef == 0 and last.rc == -1
    assert last.alternatives["xen-4.2"] == Expectation(0, 0, (0,), undef=1)
    assert last.expected("xen-4.17").undef == 1  # 4.17 succeeds 4.2
    assert "@xen-4.2: 0 -> port=?" in format_trace(trace)
    assert parse_trace(format_trace(trace)) == trace


def test_the_binary_form_keeps_the_masks(tmp_path: Path) -> None:
    trace = parse_trace(DYING)
    records = [*trace.records, Record(ENABLE.id, (1,), 0, 0, (0,), undef=1)]
    trace.records = records
    back = read_trace(write_trace(trace, tmp_path / "t.trace"), strict=True)
    assert back.records == records


def test_a_question_mark_needs_version_3() -> None:
    with pytest.raises(TextFormError, match="version 3"):
        parse_trace(DYING.replace("trace v3", "trace v2"))


def test_a_failure_has_no_undefined_output() -> None:
    with pytest.raises(TextFormError, match="no output 'port'"):
        parse_trace(DYING.replace("-1 EINVAL @xen-4.2: 0 -> port=?", "-1 EINVAL -> port=?"))
    with pytest.raises(TraceError, match="failed"):
        Chunk.from_records([Record(ENABLE.id, (1,), -1, 22, undef=1)])
    with pytest.raises(TraceError, match="1 outputs"):
        Chunk.from_records([Record(ENABLE.id, (1,), 0, 0, (0,), undef=2)])


def _with_undef(tmp_path: Path, value: Any) -> Path:
    """A one-call v3 trace whose chunk map's `undef` key is ``value``."""
    trace = parse_trace(DYING)
    trace.records = [Record(ENABLE.id, (1,), 0, 0, (0,)), Record(ENABLE.id, (1,), -1, 22)]
    path = write_trace(trace, tmp_path / "u.trace")
    data = path.read_bytes()
    unpacker = msgpack.Unpacker(raw=False)
    unpacker.feed(data[layout.PREAMBLE.size :])
    objects = list(unpacker)
    objects[1]["undef"] = value
    path.write_bytes(data[: layout.PREAMBLE.size] + b"".join(layout.packb(o) for o in objects))
    return path


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("no", "field 'undef'"),
        ([[0, "", 0]], "undefined outputs"),  # an empty mask is written as no entry
        ([[5, "", 1]], "undefined outputs"),
        ([[0, "", 2]], "1 outputs"),
        ([[1, "", 1]], "failed"),
        ([[0, "xen-4.2", 1]], "of no alternative"),
        ([[0, "", 1], [0, "", 1]], "given twice"),
    ],
)
def test_a_malformed_undef_key_is_corrupt(tmp_path: Path, value: Any, message: str) -> None:
    with pytest.raises(TraceCorrupt, match=message):
        read_trace(_with_undef(tmp_path, value), strict=True)


def test_a_good_undef_key_reads(tmp_path: Path) -> None:
    records = read_trace(_with_undef(tmp_path, [[0, "", 1]]), strict=True).records
    assert [r.undef for r in records] == [1, 0]


def test_recording_marks_the_results_the_reason_leaves_undefined() -> None:
    noop = next(iter(UNDEFINED_OUTPUT_REASONS))
    ids = np.array([ENABLE.id, ENABLE.id, BY_NAME["mem_access_disable"].id], dtype=np.uint16)
    rc = np.array([0, -1, 0], dtype=np.int64)
    reasons = np.array([noop, noop, noop], dtype=np.uint32)
    # A failure has no outputs, and a call without outputs has nothing to mark.
    assert undefined_outputs(ids, rc, reasons) == {0: 1}
    assert undefined_outputs(ids, rc, np.zeros(3, dtype=np.uint32)) == {}


def _dying_machine() -> Machine:
    trace = parse_trace(DYING)
    m = Machine(trace.header.machine, profile="xen-4.2")
    m.set_hvm_param(1, 28, 0x3F)
    assert m.mem_access_enable(1).ok
    assert m.foreign_map(1, 0x10, 0).ok
    assert m.domain_destroy(1).ok
    return m


@pytest.mark.parametrize(("undef", "ran", "stop"), [(1, 2, DONE), (0, 2, DIVERGED)])
def test_the_replay_loop_skips_a_masked_output(undef: int, ran: int, stop: int) -> None:
    """A host's copy-back holds whatever the caller's struct held: 0x1234, then 0x1235.
    Compared, the port (a resource) binds 0x1234 to the engine's 0, and 0x1235 cannot bind
    to it again: a divergence; masked, neither is looked at."""
    m = _dying_machine()
    calls, _ = pack_calls([("mem_access_enable", (1,), 0, 0)] * 2)
    expect = np.zeros(2, dtype=EXPECT_DTYPE)
    expect["out"][:, 0] = [0x1234, 0x1235]
    expect["undef"] = undef
    assert replay_records(m, RemapTable(), calls, expect)[:2] == (ran, stop)


def test_a_trace_replays_any_value_where_it_says_any() -> None:
    trace = parse_trace(DYING)
    host = [Record(ENABLE.id, (1,), 0, 0, (port,), undef=1) for port in (0x1234, 0x1235)]
    for records, outcome in (
        (host, Outcome.PASS),
        ([dataclasses.replace(r, undef=0) for r in host], Outcome.DIVERGED),
    ):
        report = replay_trace_records(
            [*trace.records[:-1], *records], trace.header, profile="xen-4.2", check_every=1
        )
        assert report.outcome == outcome, report.divergence
    # In doc the dying domain's enable is EINVAL: the alternative's mask is 4.2's (and 4.17's).
    for profile in ("doc", "xen-4.2", "xen-4.17"):
        report = replay_trace_records(trace.records, trace.header, profile=profile)
        assert report.outcome == Outcome.PASS
