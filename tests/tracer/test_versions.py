"""Format versions: the checked-in trace of every version reads, equals its text form and
replays; version 1's reservation calls read with their version 1 meaning; ``haptrace
upgrade`` rewrites a version 1 trace as the current version and says what it converted."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import msgpack
import pytest
from click.testing import CliRunner
from conftest import DATA

from haptrace.catalogue import lookup
from haptrace.cli import cli
from replay.engine import open_source, replay
from replay.report import format_report
from tracer import layout
from tracer.errors import TextFormError, TraceCorrupt
from tracer.format import FORMAT_VERSION, load_trace, read_trace
from tracer.textform import MAGIC, format_trace, parse_trace

V1_WORKED = DATA / "v1-worked-example.trace"
V1_RESERVATION = DATA / "v1-reservation.trace"
V2_LISTS = DATA / "v2-lists.trace"
V3_PROFILES = DATA / "v3-profiles.trace"


def test_the_current_version_is_3_and_versions_1_and_2_still_read() -> None:
    assert FORMAT_VERSION == 3
    assert layout.READABLE_VERSIONS == (1, 2, 3)
    assert MAGIC == "# haptrace trace v3"


@pytest.mark.parametrize("name", ["v1-worked-example", "v1-reservation", "v2-lists", "v3-profiles"])
def test_each_checked_in_trace_equals_its_text_and_replays(name: str) -> None:
    binary = read_trace(DATA / f"{name}.trace", strict=True)
    text = (DATA / f"{name}.txt").read_text()
    assert binary == parse_trace(text)
    assert binary.header.format_version == int(name[1])
    for path in (DATA / f"{name}.trace", DATA / f"{name}.txt"):
        for profile in ("doc", "xen-4.2"):
            report = replay(open_source(path), profile=profile, check_every=1)
            assert report.outcome.label == "pass", format_report(report)


def test_the_v3_trace_shows_back_byte_for_byte_and_speaks_for_its_profiles() -> None:
    trace = read_trace(V3_PROFILES)
    assert format_trace(trace) == (DATA / "v3-profiles.txt").read_text()
    assert trace.header.profiles == ("doc", "xen-4.2")
    assert [trace.header.applies_to(p) for p in ("doc", "xen-4.2", "xen-4.17")] == [
        True,
        True,
        False,
    ]
    for path in (V3_PROFILES, DATA / "v3-profiles.txt"):
        report = replay(open_source(path), profile="xen-4.17")
        assert report.outcome.label == "not-applicable" and report.calls == 0
        assert "speaks for profiles doc, xen-4.2 only, not xen-4.17" in report.message


def test_older_traces_speak_for_every_profile() -> None:
    for name in ("v1-worked-example", "v2-lists"):
        assert read_trace(DATA / f"{name}.trace").header.profiles == ()
        assert read_trace(DATA / f"{name}.trace").header.applies_to("xen-4.17")


def test_the_v2_trace_shows_back_byte_for_byte_but_the_magic() -> None:
    text = (DATA / "v2-lists.txt").read_text()
    assert format_trace(read_trace(V2_LISTS)) == text.replace("# haptrace trace v2", MAGIC, 1)
    trace = read_trace(V2_LISTS)
    assert trace.records[-2].alternatives  # the side maps are in it
    assert {(r.caller, r.vcpu) for r in trace.records} == {(0, 0), (1, 0), (1, 1)}
    increases = [r for r in trace.records if r.spec.name == "increase_reservation"]
    assert [r.args[-1] for r in increases] == [2, 3, 0]  # room: the count, room(3), room(0)
    assert [len(r.outputs[-1]) for r in increases] == [2, 3, 0]  # type: ignore[arg-type]


def test_the_v1_worked_example_shows_as_current_text_unchanged_but_the_magic() -> None:
    text = (DATA / "v1-worked-example.txt").read_text()
    binary = read_trace(V1_WORKED, strict=True)
    assert format_trace(binary) == text.replace("# haptrace trace v1", MAGIC, 1)
    assert binary.records[0].alternatives
    assert binary.header.symbols


def test_v1_reservation_calls_read_with_their_v1_meaning() -> None:
    trace = read_trace(V1_RESERVATION)
    by_line = [(r.spec.name, r.args) for r in trace.records]
    # extent_start + (i << extent_order) for i below nr_extents, as a list
    assert by_line[0] == ("decrease_reservation", (1, 3, 0, (0x10, 0x11, 0x12)))
    assert by_line[2] == ("decrease_reservation", (1, 2, 2, (0x20, 0x24)))
    assert by_line[4] == ("populate_physmap", (1, 3, 0, 0, (0x10, 0x11, 0x12)))
    assert by_line[9] == ("decrease_reservation", (2, 0, 0, ()))
    # increase_reservation had no list: room 0, nothing written back
    increase = trace.records[6]
    assert (increase.spec.name, increase.args, increase.rc) == (
        "increase_reservation",
        (2, 4, 0, 0, 0),
        4,
    )
    assert increase.outputs == ((),)
    assert load_trace(DATA / "v1-reservation.txt") == trace


def _v1_file(path: Path, name: str, args: list[int]) -> Path:
    """A one-call version 1 trace, written as the version 1 writer laid it out (every
    stream of a one-record chunk is CONST: no payload)."""
    import zstandard

    call = lookup(name)
    from tracer.legacy import V1_SHAPES

    nargs, nouts = V1_SHAPES[name]
    header = {
        "t": "header",
        "profile": "doc",
        "source": "emulator",
        "xen_version": "",
        "bugs": [],
        "catalogue_revision": "0" * 16,
        "complete": True,
        "machine": load_trace(V1_RESERVATION).header.machine.to_dict(),
        "symbols": [],
        "calls": [[call.name, nargs, nouts]],
        "chunk_calls": 65536,
    }
    cols = [[2, 1, 0]] + [[2, 1, v] for v in args] + [[2, 1, 0], [2, 1, 0]]
    data = zstandard.ZstdCompressor(write_content_size=True, write_checksum=True).compress(b"")
    chunk = {"t": "chunk", "n": 1, "raw": 0, "cols": cols, "data": data, "alt": [], "notes": []}
    end = {"t": "end", "calls": 1, "chunks": 1, "tail_note": ""}
    body = b"".join(msgpack.packb(o, use_bin_type=True) for o in (header, chunk, end))
    path.write_bytes(struct.pack("<8sHB5x", layout.MAGIC, 1, 1) + body)
    return path


def test_a_v1_record_whose_list_passes_the_limit_is_refused(tmp_path: Path) -> None:
    fine = _v1_file(tmp_path / "fine.trace", "decrease_reservation", [1, 4096, 0, 0x10])
    assert len(read_trace(fine).records[0].args[3]) == 4096  # type: ignore[arg-type]
    long = _v1_file(tmp_path / "long.trace", "decrease_reservation", [1, 4097, 0, 0x10])
    with pytest.raises(TraceCorrupt, match=r"nr_extents=4097 .* at most 4096"):
        read_trace(long)
    text = (
        "# haptrace trace v1\ndomain 1\n"
        "populate_physmap(domid=1, nr_extents=5000, extent_start=0) = 0\n"
    )
    with pytest.raises(TextFormError, match=r":3:.*nr_extents=5000"):
        parse_trace(text)
    # The version 1 engine stopped where an extent's gfn would pass 2^64: so does the list.
    near = _v1_file(tmp_path / "near.trace", "decrease_reservation", [1, 4, 1, 2**64 - 4])
    assert read_trace(near).records[0].args[3] == (2**64 - 4, 2**64 - 2)


def test_v1_text_keeps_the_v1_grammar(tmp_path: Path) -> None:
    with pytest.raises(TextFormError, match="caller prefix is text form version 2"):
        parse_trace("# haptrace trace v1\n@1.0 maximum_ram_page() = 1\n")
    with pytest.raises(TextFormError, match="no argument 'extent_start' in version 1"):
        parse_trace(
            "# haptrace trace v1\nincrease_reservation(domid=1, nr_extents=1,"
            " extent_start=room(1)) = 0\n"
        )


@pytest.mark.parametrize("form", ["trace", "txt"])
def test_upgrade_rewrites_v1_as_current_and_says_what_it_converted(
    tmp_path: Path, form: str
) -> None:
    source = tmp_path / f"old.{form}"
    shutil.copy(DATA / f"v1-reservation.{form}", source)
    output = tmp_path / f"new.{form}"
    result = CliRunner().invoke(cli, ["upgrade", str(source), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "format version 1" in result.stdout and "(version 3): 14 calls" in result.stdout
    assert "5 decrease_reservation" in result.stdout
    assert "2 populate_physmap" in result.stdout
    assert "2 increase_reservation (room 0" in result.stdout
    old, new = load_trace(source), load_trace(output)
    assert new.header.format_version == FORMAT_VERSION
    assert new.records == old.records
    if form == "txt":
        text = output.read_text()
        assert text.startswith(MAGIC + "\n")
        assert "# increase_reservation wrote no frames back in version 1." in text
        assert "extent_start=[0x20, 0x24]" in text
    report = replay(open_source(output), check_every=1)
    assert report.outcome.label == "pass", format_report(report)
    again = CliRunner().invoke(cli, ["upgrade", str(output), "-o", str(output)])
    assert again.exit_code == 0
    assert "already version 3: rewritten unchanged" in again.stdout
    assert load_trace(output) == new


def test_upgrade_of_a_file_that_is_not_a_trace_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hello\n")
    result = CliRunner().invoke(
        cli, ["upgrade", str(tmp_path / "x.txt"), "-o", str(tmp_path / "y")]
    )
    assert result.exit_code == 6
    assert "Traceback" not in result.output


# ---- version 3: the profiles a trace speaks for -------------------------------------------


def _rewrite_header(source: Path, target: Path, version: int, **changes: object) -> Path:
    """``source`` with its header map changed (None deletes a key) and the preamble's
    version set, the rest of the file as it was."""
    data = source.read_bytes()
    unpacker = msgpack.Unpacker(use_list=True, raw=False, strict_map_key=False)
    unpacker.feed(data[layout.PREAMBLE.size :])
    objects = list(unpacker)
    for key, value in changes.items():
        if value is None:
            objects[0].pop(key, None)
        else:
            objects[0][key] = value
    body = b"".join(msgpack.packb(o, use_bin_type=True) for o in objects)
    target.write_bytes(struct.pack("<8sHB5x", layout.MAGIC, version, 1) + body)
    return target


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"profiles": None}, "has no 'profiles' field"),
        ({"profiles": "doc"}, "'profiles' is a str, expected list"),
        ({"profiles": [1]}, "header profiles must be a list of profile names"),
        ({"profiles": ["doc", "xen-5"]}, "unknown profile 'xen-5'"),
        ({"profiles": ["doc", "doc"]}, "name a profile twice"),
        ({"profiles": ["xen-4.2"]}, "leave out the trace's own profile 'doc'"),
    ],
)
def test_a_bad_profiles_header_is_corrupt(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    bad = _rewrite_header(V3_PROFILES, tmp_path / "bad.trace", 3, **change)
    with pytest.raises(TraceCorrupt, match=message):
        read_trace(bad)


def test_a_version_2_header_has_no_profiles_and_speaks_for_every_profile(tmp_path: Path) -> None:
    # A version 2 reader never looked for the key: a version 2 file with one is read as
    # version 2 meant it (the key unknown, ignored), so it replays everywhere.
    old = _rewrite_header(V3_PROFILES, tmp_path / "old.trace", 2, profiles=["doc"])
    assert read_trace(old).header.profiles == ()
    assert read_trace(old).header.format_version == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "# haptrace trace v2\nprofile doc\nprofiles doc\n",
            "text form version 3; the trace says v2",
        ),
        ("# haptrace trace v3\nprofile doc\nprofiles\n", "profiles names no profile"),
        ("# haptrace trace v3\nprofile doc\nprofiles doc xen-5\n", "unknown profile 'xen-5'"),
        ("# haptrace trace v3\nprofile doc\nprofiles doc doc\n", "name a profile twice"),
        ("# haptrace trace v3\nprofile doc\nprofiles xen-4.17\n", "own profile 'doc'"),
        ("# haptrace trace v3\nprofiles xen-4.17\nprofile xen-4.2\n", "own profile 'xen-4.2'"),
    ],
)
def test_a_bad_profiles_line_names_its_line(text: str, message: str) -> None:
    with pytest.raises(TextFormError, match=f":[23]:1: .*{message}"):
        parse_trace(text)


def test_upgrade_keeps_a_text_trace_and_gives_it_the_current_magic(tmp_path: Path) -> None:
    source = tmp_path / "old.txt"
    shutil.copy(DATA / "v2-lists.txt", source)
    result = CliRunner().invoke(cli, ["upgrade", str(source), "-o", str(source)])
    assert result.exit_code == 0, result.output
    assert "no call needed converting" in result.stdout
    text = (DATA / "v2-lists.txt").read_text()
    assert source.read_text() == text.replace("# haptrace trace v2", MAGIC, 1)
