"""Untrusted version 2 traces: the list streams, the pool a chunk declares, the caller
columns and the call table's list shapes are all checked; each malformed file is one clear
TraceError naming the chunk and the record, and exit status 6 through the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import pytest
from click.testing import CliRunner
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haptrace.catalogue import MAX_ARGS, MAX_OUTPUTS, lookup
from haptrace.catalogue.limits import LIST_SHIFT
from haptrace.cli import cli
from tracer import layout
from tracer.chunk import Chunk
from tracer.codec import ChunkEncoder
from tracer.errors import TraceCorrupt, TraceError
from tracer.format import open_trace, read_trace

V2 = DATA / "v2-lists.trace"
DECREASE = lookup("decrease_reservation")


def _parts() -> tuple[bytes, list[Any]]:
    data = V2.read_bytes()
    unpacker = msgpack.Unpacker(raw=False)
    unpacker.feed(data[layout.PREAMBLE.size :])
    return data[: layout.PREAMBLE.size], list(unpacker)


def _build(path: Path, preamble: bytes, objects: list[Any]) -> Path:
    path.write_bytes(preamble + b"".join(layout.packb(o) for o in objects))
    return path


def _edited(tmp_path: Path, edit: Any) -> Path:
    preamble, objects = _parts()
    edit(objects)
    return _build(tmp_path / "edited.trace", preamble, objects)


def _decrease_chunk(count: int, words: int) -> dict[str, Any]:
    """One decrease_reservation whose list says ``count`` elements over ``words`` pool
    words, encoded as a writer would encode it (the encoder trusts its chunk)."""
    args = np.zeros((1, MAX_ARGS), dtype=np.uint64)
    args[0, :4] = (1, count, 0, count)  # offset 0, count elements
    chunk = Chunk(
        np.array([DECREASE.id], dtype=np.uint16),
        args,
        np.zeros(1, np.int64),
        np.zeros(1, np.uint16),
        np.zeros((1, MAX_OUTPUTS), np.uint64),
        pool=np.arange(words, dtype=np.uint64),
    )
    return ChunkEncoder().encode(chunk)


def _with_chunk(tmp_path: Path, chunk: dict[str, Any]) -> Path:
    """The checked-in file's header, with this catalogue's call table (the chunk's ids are
    this catalogue's), then ``chunk``."""
    preamble, objects = _parts()
    header = dict(objects[0], calls=layout.CallTable.current().entries())
    end = {"t": "end", "calls": chunk["n"], "chunks": 1, "tail_note": ""}
    return _build(tmp_path / "c.trace", preamble, [header, chunk, end])


def test_the_checked_in_file_is_what_these_tests_edit() -> None:
    _, objects = _parts()
    chunk = objects[1]
    assert chunk["pool"] > 0 and len(read_trace(V2).records) == chunk["n"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: c.pop("pool"), "field 'pool' is nothing"),
        (lambda c: c.update(pool=True), "field 'pool' is bool"),
        (lambda c: c.update(pool=layout.MAX_CHUNK_POOL_WORDS + 1), "list words; a chunk holds"),
        (lambda c: c.update(pool=c["pool"] - 1), r"ends at word \d+, past the \d+-word pool"),
        (lambda c: c.update(pool=c["pool"] + 3), r"the lists take \d+ words, but the chunk"),
        (lambda c: c.update(raw=c["n"] * 200 + c["pool"] * 100), "bytes are possible"),
        (lambda c: c.update(alt=[[1, "doc", 2, 0, [[1, 2, 3]]]]), "alternative"),
    ],
)
def test_a_malformed_v2_chunk_is_corrupt(tmp_path: Path, edit: Any, message: str) -> None:
    path = _edited(tmp_path, lambda objects: edit(objects[1]))
    with pytest.raises(TraceCorrupt, match=message):
        read_trace(path, strict=True)


def test_an_alternative_output_list_must_fit_its_room(tmp_path: Path) -> None:
    trace = read_trace(V2)
    index = next(i for i, r in enumerate(trace.records) if r.args[-1] == 3)  # room(3)

    def alternative(objects: list[Any]) -> None:
        objects[1]["alt"] = [[index, "xen-4.2", 2, 0, [[5, 6]]]]

    with pytest.raises(TraceCorrupt, match=f"alternative of record {index}: .*room for 3"):
        read_trace(_edited(tmp_path, alternative))


def test_a_list_longer_than_its_limit_is_corrupt(tmp_path: Path) -> None:
    fine = _with_chunk(tmp_path, _decrease_chunk(4096, 4096))
    assert len(read_trace(fine).records[0].args[3]) == 4096  # type: ignore[arg-type]
    long = _with_chunk(tmp_path, _decrease_chunk(4097, 4097))
    with pytest.raises(
        TraceCorrupt,
        match="chunk 0: record 0: decrease_reservation list extent_start has 4097 elements;"
        " it takes at most 4096",
    ):
        read_trace(long)


def test_a_caller_wider_than_16_bits_is_corrupt(tmp_path: Path) -> None:
    def widen(objects: list[Any]) -> None:
        cols = objects[1]["cols"]
        cols[1] = [2, 4, 1 << 20]  # the caller stream: every record by domain 2^20

    with pytest.raises(TraceCorrupt, match="more than its field's maximum 65535"):
        read_trace(_edited(tmp_path, widen))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (["decrease_reservation", 4, 0], "call table entry 0 is .* expected .*slot, direction"),
        (["decrease_reservation", 4, 0, [[3, 9, 1]]], "call table entry 0"),
        (["decrease_reservation", 9, 0, []], "call table entry 0"),
    ],
)
def test_a_malformed_v2_call_table_is_corrupt(
    tmp_path: Path, entry: list[Any], message: str
) -> None:
    def edit(objects: list[Any]) -> None:
        objects[0]["calls"][0] = entry

    with pytest.raises(TraceCorrupt, match=message):
        open_trace(_edited(tmp_path, edit))


def test_a_call_whose_list_changed_is_refused_by_name(tmp_path: Path) -> None:
    def edit(objects: list[Any]) -> None:
        calls = objects[0]["calls"]
        # The file's own id for the call (the file may predate calls added since).
        index = next(i for i, entry in enumerate(calls) if entry[0] == "decrease_reservation")
        calls[index] = ["decrease_reservation", 4, 0, [[3, 1, 1]]]  # now an OUT list

    with pytest.raises(
        TraceError, match=r"decrease_reservation has list arguments \[\[3, 1, 1\]\]"
    ):
        read_trace(_edited(tmp_path, edit))


def test_a_v2_file_cut_inside_a_chunk_keeps_its_complete_part(tmp_path: Path) -> None:
    preamble, objects = _parts()
    header, chunk, _ = objects
    whole = _build(
        tmp_path / "whole.trace",
        preamble,
        [header, chunk, chunk, {"t": "end", "calls": 2 * chunk["n"], "chunks": 2, "tail_note": ""}],
    )
    data = whole.read_bytes()
    cut = tmp_path / "cut.trace"
    cut.write_bytes(data[: len(data) - 40])
    with open_trace(cut) as source:
        chunks = list(source)
    assert [len(c) for c in chunks] == [chunk["n"]] and source.truncated


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=4))
def test_damaged_v2_files_give_trace_errors_only(tmp_path_factory: Any, flips: Any) -> None:
    data = bytearray(V2.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    path = tmp_path_factory.mktemp("fuzz") / "f.trace"
    path.write_bytes(bytes(data))
    try:
        with open_trace(path) as source:
            for chunk in source:
                assert chunk.validate() is None
    except TraceError:
        pass


@pytest.mark.parametrize("command", ["show", "stats", "compile", "replay", "upgrade"])
def test_a_corrupt_v2_trace_exits_6_with_one_line(tmp_path: Path, command: str) -> None:
    path = _edited(tmp_path, lambda objects: objects[1].update(pool=objects[1]["pool"] - 1))
    args = [command, str(path)]
    if command in ("compile", "upgrade"):
        args += ["-o", str(tmp_path / "out.trace")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    if command != "replay":  # replay reports each trace on stdout, the error in its line
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr
    assert "past the" in result.output
    assert not (tmp_path / "out.trace").exists()


def test_list_references_in_memory_are_checked_before_writing() -> None:
    """A chunk built in memory whose list runs past its pool, or overlaps another, is
    refused by validate() (the writer calls it) before anything is encoded."""
    args = np.zeros((2, MAX_ARGS), dtype=np.uint64)
    args[:, :4] = [(1, 2, 0, (0 << LIST_SHIFT) | 2), (1, 2, 0, (1 << LIST_SHIFT) | 2)]

    def chunk(words: int) -> Chunk:
        return Chunk(
            np.array([DECREASE.id] * 2, dtype=np.uint16),
            args,
            np.zeros(2, np.int64),
            np.zeros(2, np.uint16),
            np.zeros((2, MAX_OUTPUTS), np.uint64),
            pool=np.zeros(words, np.uint64),
        )

    assert "overlaps another" in str(chunk(3).validate())
    assert "past the 2-word pool" in str(chunk(2).validate())
