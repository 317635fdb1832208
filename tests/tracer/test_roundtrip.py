"""Round trips: traces survive the binary format, and the text form, losslessly."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from conftest import write_trace
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trace_strategies import traces

from haptrace.catalogue import CATALOGUE, MAX_ARGS, MAX_OUTPUTS, Field, ListArg, Resource, lookup
from replay import CALL_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig
from tracer.chunk import Chunk
from tracer.errors import TextFormError
from tracer.format import TraceWriter, open_trace, read_trace
from tracer.model import Header, Record, Trace
from tracer.textform import _Cursor, _format_list, _Parser, _Symbols, format_trace, parse_trace

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _temp() -> Path:
    return Path(tempfile.mkdtemp()) / "t.trace"


@PROPERTY
@given(traces(), st.integers(1, 7), st.sampled_from([1, 3]))
def test_binary_round_trip(trace: Trace, chunk_calls: int, level: int) -> None:
    path = write_trace(trace, _temp(), chunk_calls=chunk_calls, level=level)
    assert read_trace(path) == trace


@PROPERTY
@given(traces(text_safe=True))
def test_canonical_text_compiles_and_shows_back(trace: Trace) -> None:
    text = format_trace(parse_trace(format_trace(trace)))  # canonical text
    path = write_trace(parse_trace(text), _temp(), chunk_calls=5)
    assert format_trace(read_trace(path)) == text


@PROPERTY
@given(traces(text_safe=True))
def test_binary_to_text_to_binary(trace: Trace) -> None:
    first = read_trace(write_trace(trace, _temp(), chunk_calls=4))
    again = read_trace(write_trace(parse_trace(format_trace(first)), _temp(), chunk_calls=3))
    assert again == first


def _mixed_batch(machine: Machine, count: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    names = ["memshr_nominate_gfn", "guest_write", "guest_read", "memshr_debug_gfn"]
    ids = np.array([lookup(n).id for n in names] + [lookup("sharing_freed_pages").id])
    calls = np.zeros(count, dtype=CALL_DTYPE)
    calls["call"] = rng.choice(ids, size=count)
    calls["arg"][:, 0] = rng.integers(1, 5, count)
    calls["arg"][:, 1] = rng.integers(0, 4096, count)
    calls["arg"][:, 2] = rng.integers(0, 1 << 32, count)
    no_args = calls["call"] == lookup("sharing_freed_pages").id
    calls["arg"][no_args] = 0
    reads = calls["call"] == lookup("guest_read").id
    calls["arg"][reads, 2] = 0
    return calls


def test_batches_round_trip_column_for_column(tmp_path: Path) -> None:
    config = MachineConfig(HostConfig(), tuple(DomainConfig(d, pages=4096) for d in (1, 2, 3, 4)))
    machine = Machine(config)
    for domid in (1, 2, 3, 4):
        machine.memshr_control(domid, 1)
    calls = _mixed_batch(machine, 20_000, seed=7)
    outcome = machine.batch(calls)
    path = tmp_path / "batch.trace"
    with TraceWriter(path, Header(machine=config), chunk_calls=4096, sync=False) as writer:
        writer.write_batch(calls[:12_345], outcome.results[:12_345])
        writer.write_batch(calls[12_345:], outcome.results[12_345:])
    with open_trace(path, strict=True) as source:
        chunks = list(source)
    assert [len(c) for c in chunks] == [4096] * 4 + [20_000 - 4 * 4096]
    got = np.concatenate([c.calls for c in chunks])
    assert (got == calls["call"]).all()
    nargs = np.array([len(c.args) for c in CATALOGUE])[calls["call"]]
    used = np.arange(MAX_ARGS)[None, :] < nargs[:, None]
    assert (np.concatenate([c.args for c in chunks]) == np.where(used, calls["arg"], 0)).all()
    assert (np.concatenate([c.rc for c in chunks]) == outcome.results["rc"]).all()
    assert (np.concatenate([c.errno for c in chunks]) == outcome.results["err"]).all()
    nouts = np.array([len(c.outputs) for c in CATALOGUE])[calls["call"]]
    has = (np.arange(MAX_OUTPUTS)[None, :] < nouts[:, None]) & (outcome.results["rc"] != -1)[
        :, None
    ]
    expected_outputs = np.where(has, outcome.results["out"], 0)
    assert (np.concatenate([c.outputs for c in chunks]) == expected_outputs).all()


def test_refused_batch_records_are_left_out(tmp_path: Path) -> None:
    machine = Machine()
    calls = np.zeros(3, dtype=CALL_DTYPE)
    calls["call"] = [lookup("memshr_control").id, 9999, lookup("sharing_freed_pages").id]
    calls["arg"][0, :2] = [1, 1]
    outcome = machine.batch(calls)
    path = tmp_path / "refused.trace"
    with TraceWriter(path, Header(), sync=False) as writer:
        writer.write_batch(calls, outcome.results)
    trace = read_trace(path)
    assert [r.spec.name for r in trace.records] == ["memshr_control", "sharing_freed_pages"]


def test_extreme_values_survive_every_stream_codec(tmp_path: Path) -> None:
    top = 2**64 - 1
    nominate = lookup("memshr_nominate_gfn")
    records = [
        # constant, then decreasing and wrapping sequences, and the widest values
        *[Record(nominate.id, (1, 5), 0, 0, (7,)) for _ in range(5)],
        *[Record(nominate.id, (2, top - i * 3), 0, 0, (top - i,)) for i in range(50)],
        *[
            Record(nominate.id, (3, (i * 0x9E3779B97F4A7C15) % 2**64), 0, 0, (i,))
            for i in range(50)
        ],
        Record(lookup("sharing_freed_pages").id, (), 2**63 - 1, 0),
        Record(lookup("sharing_freed_pages").id, (), -(2**63), 0),
        Record(nominate.id, (0xFFFF, 0), -1, 0xFFFF),
    ]
    trace = Trace(Header(), records)
    assert read_trace(write_trace(trace, tmp_path / "x.trace")) == trace


def test_an_empty_trace_round_trips(tmp_path: Path) -> None:
    trace = Trace(Header(), [], "only a comment")
    assert read_trace(write_trace(trace, tmp_path / "empty.trace")) == trace


def test_chunks_with_side_maps_are_re_cut_losslessly(tmp_path: Path) -> None:
    call = lookup("sharing_used_frames").id
    records = [Record(call, (), i, 0, note=f"n{i}" if i % 3 == 0 else "") for i in range(20)]
    path = tmp_path / "side.trace"
    with TraceWriter(path, Header(), chunk_calls=6, sync=False) as writer:
        writer.write_chunk(Chunk.from_records(records[:4]))
        writer.write_chunk(Chunk.from_records(records[4:]))
    assert read_trace(path).records == records


# Struct elements: no catalogue call has a list of structs yet (a multicall entry, an
# exchange's extents and a tmem oid will), so the text form's element syntax is checked on
# a list of its own.
_STRUCT_LIST = ListArg(
    "entries",
    "a list of small structs",
    (
        Field("op", 8, "an operation"),
        Field("gfn", 64, "a frame", uses=Resource.GFN, hex=True),
        Field("handle", 64, "a sharing handle", uses=Resource.HANDLE),
    ),
    length="nr",
)


@PROPERTY
@given(
    st.lists(
        st.tuples(st.integers(0, 255), st.integers(0, 2**64 - 1), st.integers(0, 2**64 - 1)),
        max_size=6,
    )
)
def test_struct_elements_print_and_parse_back(elements: list[tuple[int, int, int]]) -> None:
    value = tuple(elements)
    text = _format_list(_STRUCT_LIST, value, _Symbols({}, assume_produced=True), written=False)
    assert text.count("{op=") == len(elements) and text.count("handle=$h") == len(elements)
    parser = _Parser("<test>", require_results=True)
    assert parser.list_value(_Cursor(text, 1, "<test>"), _STRUCT_LIST, written=False) == value
    # Fields in any order; a missing or unknown field is an error naming it.
    shuffled = "[{handle=$h7, gfn=0x10, op=2}]"
    cursor = _Cursor(shuffled, 1, "<test>")
    assert parser.list_value(cursor, _STRUCT_LIST, written=False) == ((2, 0x10, 7),)
    for bad, message in (("[{op=1, gfn=2}]", "needs handle"), ("[{op=1, x=2}]", "no field 'x'")):
        with pytest.raises(TextFormError, match=message):
            parser.list_value(_Cursor(bad, 1, "<test>"), _STRUCT_LIST, written=False)
