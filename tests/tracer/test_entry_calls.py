"""A multicall entry's call by name in the text form, and by the file's call table in a
binary trace: adding a call to the catalogue (which renumbers the calls after it) must not
change what a recorded entry names."""

from __future__ import annotations

import struct
from pathlib import Path

import msgpack
import pytest
from click.testing import CliRunner

from haptrace.catalogue import CATALOGUE, lookup
from haptrace.cli import cli
from tracer import layout
from tracer.errors import TextFormError, TraceError
from tracer.format import load_trace
from tracer.model import Record
from tracer.textform import format_trace, parse_trace

ROOT = Path(__file__).resolve().parents[2]
PREEMPTED = ROOT / "corpus" / "multicall" / "preempted.trace.txt"
PREAMBLE = struct.Struct("<8sHB5x")


def _entries(trace_records: list[Record]) -> list[int]:
    (record,) = [r for r in trace_records if CATALOGUE[r.call].name == "multicall"]
    return [entry[0] for entry in record.args[0]]


def _entry_text(call: str) -> str:
    zeros = ", ".join(f"arg{i}=0x0" for i in range(6))
    return f"{{call={call}, {zeros}, result=0x0}}"


def test_the_text_form_names_entry_calls_and_reads_names_and_numbers() -> None:
    text = PREEMPTED.read_text()
    trace = parse_trace(text)
    assert _entries(list(trace.records))[:3] == [
        lookup("xenver_version").id,
        lookup("vcpu_is_up").id,
        lookup("current_reservation").id,
    ]
    shown = format_trace(trace)
    version_id = lookup("xenver_version").id
    assert "{call=xenver_version," in shown and f"{{call={version_id}," not in shown
    by_number = text.replace("{call=vcpu_is_up,", f"{{call={lookup('vcpu_is_up').id},")
    assert format_trace(parse_trace(by_number)) == shown


def test_a_misspelt_entry_call_is_a_text_form_error_naming_the_closest() -> None:
    line = f"multicall(calls=[{_entry_text('xenver_versoin')}]) = 0"
    with pytest.raises(TextFormError, match="xenver_version"):
        parse_trace(f"# haptrace trace v2\n{line}\n")


def test_an_entry_call_past_the_catalogue_stays_a_number() -> None:
    past = len(CATALOGUE) + 7
    line = f"multicall(calls=[{_entry_text(str(past))}]) = 0"
    shown = format_trace(parse_trace(f"# haptrace trace v2\n{line}\n"))
    assert f"{{call={past}," in shown


def _read_objects(path: Path) -> tuple[bytes, list[dict]]:
    data = path.read_bytes()
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
    unpacker.feed(data[PREAMBLE.size :])
    return data[: PREAMBLE.size], list(unpacker)


def _swapped_table_trace(tmp_path: Path, first: str, second: str) -> Path:
    """preempted's multicall as a binary trace whose header's call table swaps the names
    of two calls of the same shape: what an older catalogue that numbered them the other
    way round would have written for the same recording."""
    path = tmp_path / "p.trace"
    result = CliRunner().invoke(cli, ["compile", str(PREEMPTED), "-o", str(path)])
    assert result.exit_code == 0, result.output
    preamble, objects = _read_objects(path)
    table = objects[0]["calls"]
    a, b = lookup(first).id, lookup(second).id
    assert table[a][1:] == table[b][1:], "the two calls must have the same shape"
    table[a][0], table[b][0] = table[b][0], table[a][0]
    body = b"".join(msgpack.packb(o, use_bin_type=True) for o in objects)
    path.write_bytes(preamble + body)
    return path


def test_a_binary_trace_maps_entry_calls_through_its_own_call_table(tmp_path: Path) -> None:
    path = _swapped_table_trace(tmp_path, "vcpu_is_up", "xenver_pagesize")
    trace = load_trace(path)
    # The file's id of vcpu_is_up is named xenver_pagesize by its table: that is what the
    # entry means in this catalogue, in the arguments, the written list and the 4.17
    # alternative alike.
    pagesize, version = lookup("xenver_pagesize").id, lookup("xenver_version").id
    assert _entries(list(trace.records))[:2] == [version, pagesize]
    (record,) = list(trace.records)
    written = record.outputs[-1]
    assert [entry[0] for entry in written][:2] == [version, pagesize]
    alternative = record.alternatives["xen-4.17"].outputs[-1]
    assert [entry[0] for entry in alternative][:2] == [version, pagesize]


def test_an_entry_naming_a_call_this_catalogue_lacks_is_refused(tmp_path: Path) -> None:
    path = _swapped_table_trace(tmp_path, "vcpu_is_up", "xenver_pagesize")
    preamble, objects = _read_objects(path)
    objects[0]["calls"][lookup("vcpu_is_up").id][0] = "vcpu_retired_long_ago"
    path.write_bytes(preamble + b"".join(msgpack.packb(o, use_bin_type=True) for o in objects))
    with pytest.raises(TraceError, match="vcpu_retired_long_ago"):
        load_trace(path)


def test_a_trace_this_catalogue_wrote_reads_its_entries_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "p.trace"
    CliRunner().invoke(cli, ["compile", str(PREEMPTED), "-o", str(path)])
    assert layout.CallTable.current().identity
    assert format_trace(load_trace(path)) == format_trace(parse_trace(PREEMPTED.read_text()))
