"""Reading ahead in a thread: the same chunks in the same order, errors in their place, and
nothing left running when the reader is closed or dropped early."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from conftest import write_trace

from haptrace.catalogue import lookup
from tracer.errors import TraceCorrupt
from tracer.format import read_trace
from tracer.model import Header, Record, Trace
from tracer.readahead import ReadAhead
from tracer.reader import TraceReader

FREED = lookup("sharing_freed_pages").id


def _trace(tmp_path: Path, calls: int = 40, chunk_calls: int = 4) -> Path:
    records = [Record(FREED, (), i, 0) for i in range(calls)]
    return write_trace(Trace(Header(), records, ""), tmp_path / "t.trace", chunk_calls)


def _readers() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "haptrace-read-ahead")


def _settle() -> None:
    deadline = time.monotonic() + 5
    while _readers() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_read_ahead_gives_the_chunks_in_order(tmp_path: Path) -> None:
    path = _trace(tmp_path)
    with ReadAhead(path, depth=2) as chunks:
        records = [r for chunk in chunks for r in chunk.records()]
    assert records == read_trace(path).records
    assert not chunks.truncated


def test_a_corrupt_chunk_is_raised_after_the_good_ones(tmp_path: Path) -> None:
    path = _trace(tmp_path)
    data = bytearray(path.read_bytes())
    data[-60] ^= 0xFF  # inside the last chunk's zstd payload (its checksum fails)
    path.write_bytes(bytes(data))
    got = []
    with pytest.raises(TraceCorrupt), ReadAhead(path) as chunks:
        for chunk in chunks:
            got.append(len(chunk))
    assert got and sum(got) < 40


def test_a_cut_off_trace_says_so_at_the_end(tmp_path: Path) -> None:
    path = _trace(tmp_path)
    data = path.read_bytes()
    with TraceReader(path) as reader:
        start = reader.data_start
    path.write_bytes(data[: start + (len(data) - start) // 2])  # half the chunks remain
    with ReadAhead(path) as chunks:
        total = sum(len(chunk) for chunk in chunks)
    assert chunks.truncated and 0 < total < 40


def test_closing_early_stops_the_thread(tmp_path: Path) -> None:
    path = _trace(tmp_path, calls=400, chunk_calls=4)
    chunks = ReadAhead(path, depth=1)
    next(chunks)
    chunks.close()
    assert not chunks._thread.is_alive()
    with pytest.raises(StopIteration):
        next(chunks)


def test_dropping_the_reader_stops_the_thread(tmp_path: Path) -> None:
    path = _trace(tmp_path, calls=400, chunk_calls=4)
    _settle()
    before = _readers()
    chunks = ReadAhead(path, depth=1)
    next(chunks)
    del chunks
    gc.collect()
    _settle()
    assert _readers() == before


def test_chunks_kept_together_keep_their_own_values(tmp_path: Path) -> None:
    # The decoder hands a chunk's memory out again once no chunk uses it: chunks a reader
    # keeps must never share it.
    path = _trace(tmp_path, calls=64, chunk_calls=4)
    with ReadAhead(path, depth=2) as chunks:
        kept = list(chunks)
    assert [r for chunk in kept for r in chunk.records()] == read_trace(path).records


def test_a_chunks_memory_is_reused_once_no_chunk_uses_it() -> None:
    from tracer.codec import _Blocks

    blocks = _Blocks()
    first = blocks.take(4096)
    first_address = first.ctypes.data
    second = blocks.take(4096)
    assert second.ctypes.data != first_address  # the first is still in use
    del first
    third = blocks.take(1024)
    assert third.ctypes.data == first_address
    held = [blocks.take(4096) for _ in range(_Blocks.KEEP + 2)]
    assert len({block.ctypes.data for block in [second, third, *held]}) == _Blocks.KEEP + 4
