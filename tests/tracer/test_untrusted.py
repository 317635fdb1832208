"""Every trace is untrusted input: each malformed file is a clear TraceError, never a crash,
a hang or a huge allocation; through the CLI, exit status 6 and one line, no traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import pytest
import zstandard
from click.testing import CliRunner
from conftest import DATA, write_trace
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haptrace.catalogue import lookup
from haptrace.cli import cli
from tracer import layout
from tracer.codec import _encode_stream, _zigzag
from tracer.errors import TraceCorrupt, TraceError, TraceTruncated, UnsupportedVersion
from tracer.format import open_trace, read_trace
from tracer.model import Header, Record, Trace

WORKED = DATA / "v1-worked-example.trace"


def _parts(path: Path) -> tuple[bytes, list[Any]]:
    data = path.read_bytes()
    unpacker = msgpack.Unpacker(raw=False)
    unpacker.feed(data[layout.PREAMBLE.size :])
    return data[: layout.PREAMBLE.size], list(unpacker)


def _build(path: Path, preamble: bytes, objects: list[Any]) -> Path:
    path.write_bytes(preamble + b"".join(layout.packb(o) for o in objects))
    return path


def _edited(tmp_path: Path, edit: Any) -> Path:
    """The worked example with ``edit(objects)`` applied to its msgpack objects."""
    preamble, objects = _parts(WORKED)
    edit(objects)
    return _build(tmp_path / "edited.trace", preamble, objects)


def _read(path: Path) -> list[Record]:
    return read_trace(path, strict=True).records


def _chunk(rows: list[tuple[int, tuple[int, ...], int, int, tuple[int, ...]]]) -> dict[str, Any]:
    """A chunk map built straight from docs/trace-format.md, for any call table: rows are
    (file call id, args, rc, errno, outputs)."""
    streams = [_encode_stream(np.array([r[0] for r in rows], dtype=np.uint64))]
    for file_id in sorted({r[0] for r in rows}):
        group = [r for r in rows if r[0] == file_id]
        for slot in range(len(group[0][1])):
            streams.append(_encode_stream(np.array([r[1][slot] for r in group], np.uint64)))
        streams.append(_encode_stream(_zigzag(np.array([r[2] for r in group], np.int64))))
        streams.append(_encode_stream(np.array([r[3] for r in group], np.uint64)))
        done = [r for r in group if r[2] != -1]
        for slot in range(max((len(r[4]) for r in group), default=0)):
            streams.append(_encode_stream(np.array([r[4][slot] for r in done], np.uint64)))
    payload = b"".join(data for _, data in streams)
    compressor = zstandard.ZstdCompressor(write_content_size=True, write_checksum=True)
    return {
        "t": "chunk",
        "n": len(rows),
        "raw": len(payload),
        "cols": [col for col, _ in streams],
        "data": compressor.compress(payload),
        "alt": [],
        "notes": [],
    }


# ---- not a trace, cut-off preamble, versions ------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(40), b"\xff\xfe\x00garbage" * 5, b"\x89HTRACX\n" + bytes(8)],
)
def test_other_binary_files_are_not_traces(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.trace"
    path.write_bytes(content)
    with pytest.raises(TraceCorrupt, match="not a haptrace trace"):
        open_trace(path)


def test_an_empty_file_is_not_a_trace(tmp_path: Path) -> None:
    (tmp_path / "e.trace").write_bytes(b"")
    with pytest.raises(TraceCorrupt, match="empty"):
        open_trace(tmp_path / "e.trace")


def test_a_missing_file_is_a_trace_error(tmp_path: Path) -> None:
    with pytest.raises(TraceError, match="cannot read"):
        open_trace(tmp_path / "nothing.trace")


def test_a_file_cut_inside_the_preamble_is_truncated(tmp_path: Path) -> None:
    (tmp_path / "p.trace").write_bytes(WORKED.read_bytes()[:11])
    with pytest.raises(TraceTruncated, match="inside the 16-byte preamble"):
        open_trace(tmp_path / "p.trace")


def test_a_file_cut_inside_the_header_is_truncated(tmp_path: Path) -> None:
    (tmp_path / "h.trace").write_bytes(WORKED.read_bytes()[:40])
    with pytest.raises(TraceTruncated, match="inside the header"):
        open_trace(tmp_path / "h.trace")


def test_a_newer_version_names_both_versions(tmp_path: Path) -> None:
    data = bytearray(WORKED.read_bytes())
    data[8:10] = (7).to_bytes(2, "little")
    (tmp_path / "v7.trace").write_bytes(bytes(data))
    with pytest.raises(UnsupportedVersion, match=r"version 7, but this haptrace reads versions 1"):
        open_trace(tmp_path / "v7.trace")


def test_a_bad_state_byte_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(WORKED.read_bytes())
    data[layout.STATE_OFFSET] = 9
    (tmp_path / "s.trace").write_bytes(bytes(data))
    with pytest.raises(TraceCorrupt, match="state byte is 9"):
        open_trace(tmp_path / "s.trace")


def test_a_newer_text_form_version_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "t.trace.txt").write_text("# haptrace trace v4\nprofile doc\n")
    with pytest.raises(UnsupportedVersion, match="text form version 4"):
        open_trace(tmp_path / "t.trace.txt")


def test_oversized_text_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracer.reader.MAX_TEXT_BYTES", 100)
    (tmp_path / "big.txt").write_text("# haptrace trace v2\n" + "# comment\n" * 20)
    with pytest.raises(TraceCorrupt, match="larger than"):
        open_trace(tmp_path / "big.txt")


# ---- header ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda h: h.clear(), "not the header"),
        (lambda h: h.pop("profile"), "no 'profile' field"),
        (lambda h: h.update(profile="xen-9"), "profile 'xen-9' is not one of"),
        (lambda h: h.update(source="moon"), "source 'moon'"),
        (lambda h: h.update(complete=1), "'complete' is a int, expected bool"),
        (lambda h: h["machine"]["domains"][0].update(domid=0), "machine configuration"),
        (lambda h: h.update(bugs=[1]), "bugs must be a list of names"),
        (lambda h: h.update(symbols=[["handle", -1, "x"]]), "header symbol"),
        (lambda h: h.update(calls=[["x", 9, 0]]), "call table entry 0"),
    ],
)
def test_a_malformed_header_is_corrupt(tmp_path: Path, edit: Any, message: str) -> None:
    path = _edited(tmp_path, lambda objects: edit(objects[0]))
    with pytest.raises(TraceCorrupt, match=message):
        open_trace(path)


def test_an_unknown_call_name_is_refused_only_when_used(tmp_path: Path) -> None:
    def rename(objects: list[Any]) -> None:
        objects[0]["calls"][30] = ["retired_call", 0, 0]  # maximum_ram_page: not used

    assert len(_read(_edited(tmp_path, rename))) == 12

    def rename_used(objects: list[Any]) -> None:
        objects[0]["calls"][0] = ["memshr_control_v2", 2, 0]

    with pytest.raises(TraceError, match="'memshr_control_v2', which this catalogue does not"):
        _read(_edited(tmp_path, rename_used))


def test_a_call_whose_argument_count_changed_is_refused(tmp_path: Path) -> None:
    def widen(objects: list[Any]) -> None:
        objects[0]["calls"][0] = ["memshr_control", 3, 0]

    with pytest.raises(TraceError, match=r"takes 3 arguments .* this catalogue's takes 2"):
        _read(_edited(tmp_path, widen))


def test_a_reordered_catalogue_still_reads_by_name(tmp_path: Path) -> None:
    control, freed = lookup("memshr_control"), lookup("sharing_freed_pages")
    preamble, objects = _parts(WORKED)
    header = objects[0]
    header["calls"] = [["sharing_freed_pages", 0, 0], ["memshr_control", 2, 0]]
    chunk = _chunk([(1, (1, 1), 0, 0, ()), (0, (), 5, 0, ()), (1, (2, 1), -1, 22, ())])
    end = {"t": "end", "calls": 3, "chunks": 1, "tail_note": ""}
    records = _read(_build(tmp_path / "old.trace", preamble, [header, chunk, end]))
    assert records == [
        Record(control.id, (1, 1), 0, 0),
        Record(freed.id, (), 5, 0),
        Record(control.id, (2, 1), -1, 22),
    ]


# ---- chunks ---------------------------------------------------------------------------------


def _chunk_edit(key: str, value: Any) -> Any:
    def edit(objects: list[Any]) -> None:
        objects[1][key] = value(objects[1]) if callable(value) else value

    return edit


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_chunk_edit("n", layout.MAX_CHUNK_CALLS + 1), "a chunk holds 1 to 262144"),
        (_chunk_edit("n", 0), "a chunk holds 1 to"),
        (_chunk_edit("n", True), "field 'n' is bool"),
        (_chunk_edit("raw", 10**9), "payload bytes for 12 calls"),
        (_chunk_edit("raw", lambda c: c["raw"] + 1), "frame declares"),
        (_chunk_edit("data", b"not zstd at all"), "not a zstd frame"),
        (_chunk_edit("data", lambda c: c["data"][:-6]), "does not decompress"),
        (_chunk_edit("cols", lambda c: c["cols"][:-1]), "fewer than the calls need"),
        (_chunk_edit("cols", lambda c: [*c["cols"], [2, 1, 0]]), "left over"),
        (_chunk_edit("cols", lambda c: [[5, 1, 0], *c["cols"][1:]]), "described as"),
        (_chunk_edit("alt", [[99, "doc", 0, 0, []]]), "alternative"),
        (_chunk_edit("alt", [[0, "xen-9", 0, 0, []]]), "alternative"),
        (_chunk_edit("notes", [[0, 5, ""]]), "note"),
        (lambda o: o.insert(2, {"t": "chunk"}), "field 'n' is nothing"),
        (lambda o: o.insert(2, {"t": "bogus"}), "map of type 'bogus'"),
        (lambda o: o.insert(2, [1, 2]), "a list, expected a chunk"),
        (lambda o: o[-1].update(calls=13), "end record counts 13 calls"),
        (lambda o: o.append({"t": "chunk"}), "a map of type 'chunk' follows the end record"),
    ],
)
def test_a_malformed_chunk_is_corrupt(tmp_path: Path, edit: Any, message: str) -> None:
    with pytest.raises(TraceCorrupt, match=message):
        _read(_edited(tmp_path, edit))


def test_a_flipped_bit_in_a_payload_fails_its_checksum(tmp_path: Path) -> None:
    def flip(objects: list[Any]) -> None:
        data = bytearray(objects[1]["data"])
        data[len(data) // 2] ^= 0x10
        objects[1]["data"] = bytes(data)

    with pytest.raises(TraceCorrupt, match="checksum"):
        _read(_edited(tmp_path, flip))


def test_a_zstd_frame_without_its_size_is_refused(tmp_path: Path) -> None:
    def unsized(objects: list[Any]) -> None:
        payload = zstandard.ZstdDecompressor().decompress(objects[1]["data"])
        objects[1]["data"] = zstandard.ZstdCompressor(write_content_size=False).compress(payload)

    with pytest.raises(TraceCorrupt, match="declares no size"):
        _read(_edited(tmp_path, unsized))


def test_values_wider_than_their_argument_are_corrupt(tmp_path: Path) -> None:
    preamble, objects = _parts(WORKED)
    chunk = _chunk([(0, (1 << 20, 1), 0, 0, ())])  # memshr_control's domid is 16 bits
    end = {"t": "end", "calls": 1, "chunks": 1, "tail_note": ""}
    with pytest.raises(TraceCorrupt, match="does not fit in 16 bits"):
        _read(_build(tmp_path / "w.trace", preamble, [objects[0], chunk, end]))


def test_an_errno_wider_than_16_bits_is_corrupt(tmp_path: Path) -> None:
    preamble, objects = _parts(WORKED)
    chunk = _chunk([(0, (1, 1), -1, 1 << 20, ())])
    end = {"t": "end", "calls": 1, "chunks": 1, "tail_note": ""}
    with pytest.raises(TraceCorrupt, match="more than its field's maximum 65535"):
        _read(_build(tmp_path / "e.trace", preamble, [objects[0], chunk, end]))


def test_a_call_id_outside_the_table_is_corrupt(tmp_path: Path) -> None:
    preamble, objects = _parts(WORKED)
    objects[0]["calls"] = objects[0]["calls"][:3]
    chunk = _chunk([(5, (1, 1), 0, 0, ())])
    with pytest.raises(TraceCorrupt, match="maximum 2"):
        _read(_build(tmp_path / "i.trace", preamble, [objects[0], chunk]))


# ---- sizes: refused before anything large is allocated ---------------------------------------


def test_a_declared_huge_array_is_refused_without_allocating(tmp_path: Path) -> None:
    preamble = WORKED.read_bytes()[: layout.PREAMBLE.size]
    (tmp_path / "a.trace").write_bytes(preamble + b"\xdd\xff\xff\xff\xff")
    with pytest.raises(TraceCorrupt, match="header is not valid msgpack"):
        open_trace(tmp_path / "a.trace")


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    preamble = WORKED.read_bytes()[: layout.PREAMBLE.size]
    (tmp_path / "n.trace").write_bytes(preamble + b"\x91" * 5000 + b"\x00")
    with pytest.raises(TraceCorrupt, match="not valid msgpack"):
        open_trace(tmp_path / "n.trace")


@pytest.mark.parametrize(
    ("limit", "value"), [("MAX_BIN", 64), ("MAX_STR", 16), ("MAX_OBJECT", 256)]
)
def test_each_unpacker_limit_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int
) -> None:
    values = np.random.default_rng(1).integers(0, 2**32, 300).tolist()
    records = [Record(lookup("guest_write").id, (1, 0, v, 0), 0, 0) for v in values]
    header = Header(xen_version="4.2.5-a-long-version-string")
    path = write_trace(Trace(header, records), tmp_path / "l.trace")
    monkeypatch.setattr(layout, limit, value)
    with pytest.raises(TraceCorrupt, match="not valid msgpack"):
        _read(path)


# ---- anything else: fuzzed files ------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=4))
def test_damaged_files_give_trace_errors_only(tmp_path_factory: Any, flips: Any) -> None:
    data = bytearray(WORKED.read_bytes())
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


# ---- through the CLI: exit 6, one line, no traceback ----------------------------------------


@pytest.mark.parametrize("command", ["show", "stats", "compile"])
@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(40),
        b"\x89HTRACE\n\x07\x00\x01" + bytes(5),
        b"\x89HTRACE\n\x01\x00\x01" + bytes(5) + b"\xdd\xff\xff\xff\xff",
        b"# haptrace trace v2\nprofile doc\nmemshr_control(domid=1, enable=1) = 0 oops\n",
    ],
    ids=["wrong-magic", "newer-version", "oversized", "text-parse-error"],
)
def test_bad_traces_exit_6_with_one_line(
    tmp_path: Path, runner: CliRunner, command: str, content: bytes
) -> None:
    path = tmp_path / "bad.trace"
    path.write_bytes(content)
    args = [command, str(path)] + (
        ["-o", str(tmp_path / "out.trace")] if command == "compile" else []
    )
    result = runner.invoke(cli, args)
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr
    assert not (tmp_path / "out.trace").exists()
    assert not (tmp_path / "out.trace.incomplete").exists()


def test_a_text_parse_error_names_line_and_column(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "bad.trace.txt"
    path.write_text("# haptrace trace v2\nprofile doc\n\nmemshr_control(domid=1, enable=x) = 0\n")
    result = runner.invoke(cli, ["compile", str(path), "-o", str(tmp_path / "o.trace")])
    assert result.exit_code == 6
    assert f"{path}:4:32: enable takes a number, not 'x'" in result.stderr
