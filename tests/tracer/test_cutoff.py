"""Cut-off recordings: a recorder killed mid-run leaves a file whose complete part reads."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_trace

from haptrace.catalogue import lookup
from replay import Machine
from tracer.errors import TraceError, TraceTruncated
from tracer.format import TraceReader, TraceWriter, incomplete_path, open_trace, read_trace
from tracer.model import Header, Record, Trace
from tracer.recorder import RecordingMachine

FREED = lookup("sharing_freed_pages").id


def _records(count: int) -> list[Record]:
    return [Record(FREED, (), i, 0) for i in range(count)]


def test_a_writer_still_open_leaves_its_complete_chunks_readable(tmp_path: Path) -> None:
    path = tmp_path / "run.trace"
    writer = TraceWriter(path, Header(), chunk_calls=100, sync=False)
    writer.write_records(_records(350))  # three full chunks on disk, 50 calls buffered
    snapshot = tmp_path / "copy.trace"
    shutil.copy(incomplete_path(path), snapshot)  # what a kill -9 would leave
    with open_trace(snapshot) as source:
        chunks = list(source)
        assert [len(c) for c in chunks] == [100, 100, 100]
        assert source.truncated and source.calls == 300
        assert not source.header.complete
    with (
        pytest.raises(TraceTruncated, match="cut off after 300 calls in 3 complete chunks"),
        open_trace(snapshot, strict=True) as strict,
    ):
        list(strict)
    writer.close()
    assert not incomplete_path(path).exists()
    assert read_trace(path, strict=True).records == _records(350)


def test_every_cut_point_gives_a_prefix_or_a_clear_error(tmp_path: Path) -> None:
    path = write_trace(Trace(Header(), _records(24), "end"), tmp_path / "t.trace", chunk_calls=8)
    data = path.read_bytes()
    whole = read_trace(path).records
    with TraceReader(path) as reader:
        header_end = reader.data_start
    cut = tmp_path / "cut.trace"
    # Every cut in the preamble and header is a TraceTruncated (a few samples), and every
    # cut after it must give a whole-chunk prefix.
    for size in [*range(1, 40), *range(header_end - 5, len(data))]:
        cut.write_bytes(data[:size])
        try:
            with open_trace(cut) as source:
                got = [r for chunk in source for r in chunk.records()]
        except TraceError:
            continue  # inside the preamble, the header, or the end record: a clear error
        assert source.truncated
        assert got == whole[: len(got)] and len(got) % 8 == 0


def test_an_exception_in_the_with_block_keeps_the_calls_as_a_cut_off_trace(
    tmp_path: Path,
) -> None:
    path = tmp_path / "run.trace"
    with pytest.raises(RuntimeError), TraceWriter(path, Header(), sync=False) as writer:
        writer.write_records(_records(5))
        raise RuntimeError("the recording program failed")
    assert not path.exists()
    trace = read_trace(incomplete_path(path))
    assert trace.records == _records(5)
    assert not trace.header.complete


KILLED_RECORDER = """
import os, signal, sys
from replay import Machine
from tracer.recorder import RecordingMachine
machine = RecordingMachine(Machine(), sys.argv[1], chunk_calls=64, sync=False)
for i in range(1000):
    machine.sharing_freed_pages()
    if i == 700:
        os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_recorder_killed_by_sigkill_leaves_every_complete_chunk(tmp_path: Path) -> None:
    path = tmp_path / "killed.trace"
    done = subprocess.run(
        [sys.executable, "-c", KILLED_RECORDER, str(path)], capture_output=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    assert not path.exists()
    with open_trace(incomplete_path(path)) as source:
        calls = sum(len(chunk) for chunk in source)
    assert source.truncated
    assert calls == 640  # ten chunks of 64 were complete; the 61 buffered calls were lost


def test_the_recorded_part_replays_on_a_fresh_machine(tmp_path: Path) -> None:
    path = tmp_path / "run.trace"
    recorder = RecordingMachine(Machine(), path, chunk_calls=4, sync=False)
    recorder.memshr_control(1, 1)
    for gfn in range(10):
        recorder.memshr_nominate_gfn(1, gfn)
    recorder.flush()
    shutil.copy(incomplete_path(path), tmp_path / "cut.trace")  # as if killed after flush
    recorder.close()
    trace = read_trace(tmp_path / "cut.trace")
    fresh = Machine()
    for record in trace.records:
        result = fresh.call(record.call, *record.args)
        assert (result.rc, result.errno, result.outputs) == (
            record.rc,
            record.errno,
            record.outputs,
        )
    assert len(trace.records) == 11
