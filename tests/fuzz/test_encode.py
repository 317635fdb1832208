"""Fuzz inputs: traces encode into the byte format the C decoder reads, the grammar's
reading in Python (fuzz_grammar.split_calls) cuts inputs exactly where the decoder starts
each call, and the C mutator's inputs are whole calls."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fuzz_grammar import CALL_FOR_BYTE, split_calls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.encode import CALL_BYTE, LITERAL, POOL, encode
from fuzz.mutator import make_mutator, random_input
from fuzz.target import MAX_CALLS, FuzzTarget
from haptrace.catalogue import CATALOGUE
from replay.engine import open_source
from tracer.model import Record

ROOT = Path(__file__).resolve().parents[2]
TRACES = sorted((ROOT / "corpus").rglob("*.trace.txt"))


@pytest.fixture(scope="module")
def target() -> FuzzTarget:
    return FuzzTarget()


def _records(path: Path) -> list[Record]:
    chunks, _ = open_source(path).open_chunks()
    return [r for chunk in chunks for r in chunk.records()]


def _arguments(piece: bytes) -> list[bytes]:
    """The bytes of each argument of the call a piece encodes: control byte and payload."""
    call = CATALOGUE[_call_of(piece)]
    out, position = [], 1
    for arg in call.args:
        control = piece[position]
        size = 2 + ((arg.bits + 7) // 8 - 1 if control % 16 == LITERAL else 0)
        out.append(piece[position : position + size])
        position += size
    assert position == len(piece)
    return out


def _literal_positions(piece: bytes) -> list[bool]:
    """Per argument of the call a piece encodes: whether it is a literal."""
    return [arg[0] % 16 == LITERAL for arg in _arguments(piece)]


def _decodable(records: list[Record]) -> list[Record]:
    """The records the decoder will run: all of them, up to MAX_CALLS."""
    return records[:MAX_CALLS]


def _call_of(piece: bytes) -> int:
    return CALL_FOR_BYTE[piece[0]]


@pytest.mark.parametrize("path", TRACES, ids=lambda p: str(p.relative_to(ROOT / "corpus")))
def test_an_encoded_trace_decodes_to_its_calls(target: FuzzTarget, path: Path) -> None:
    records = _decodable(_records(path))
    data = encode(records)
    pieces = split_calls(data)
    assert b"".join(pieces) == data
    assert len(pieces) == len(records)
    outcome = target.run(data)
    assert outcome.finding == 0
    assert [int(c["call"]) for c in outcome.calls] == [r.call for r in records]
    for record, piece, decoded in zip(records, pieces, outcome.calls, strict=True):
        for index, literal in enumerate(_literal_positions(piece)):
            if literal:
                assert int(decoded["arg"][index]) == record.args[index], (
                    f"{record.spec.name} argument {record.spec.args[index].name}"
                )


def test_resources_an_earlier_call_produced_are_pool_references() -> None:
    nominate = next(c for c in CATALOGUE if c.name == "memshr_nominate_gfn")
    share = next(c for c in CATALOGUE if c.name == "memshr_share_gfns")
    records = [
        Record(nominate.id, (1, 0x10), 0, 0, (7,)),
        Record(nominate.id, (2, 0x10), 0, 0, (8,)),
        Record(share.id, (1, 0x10, 7, 2, 0x10, 8), 0, 0),
        Record(share.id, (1, 0x10, 99, 2, 0x10, 8), 0, 0),  # 99: never produced
    ]
    pieces = split_calls(encode(records))
    assert _literal_positions(pieces[2]) == [True, True, False, True, True, False]
    assert _literal_positions(pieces[3]) == [True, True, True, True, True, False]
    # the newest handle is pool slot 0, the one before it slot 1
    assert _arguments(pieces[2])[2] == bytes((POOL, 1))
    assert _arguments(pieces[2])[5] == bytes((POOL, 0))
    assert _arguments(pieces[3])[2] == bytes((LITERAL,)) + (99).to_bytes(8, "little")


def test_every_call_has_a_byte() -> None:
    assert sorted(CALL_BYTE) == [call.id for call in CATALOGUE]


def test_a_seed_drives_the_same_dataflow_on_the_fuzz_machine(target: FuzzTarget) -> None:
    """Handles are references to what the nominates returned here, whatever the recording
    said: the share of two fresh nominations succeeds on the booted fuzz machine."""
    nominate = next(c for c in CATALOGUE if c.name == "memshr_nominate_gfn")
    share = next(c for c in CATALOGUE if c.name == "memshr_share_gfns")
    records = [
        Record(nominate.id, (1, 0x14), 0, 0, (1002,)),
        Record(nominate.id, (2, 0x14), 0, 0, (1003,)),
        Record(share.id, (1, 0x14, 1002, 2, 0x14, 1003), 0, 0),
    ]
    outcome = target.run(encode(records))
    assert outcome.raws == (0, 0, 0)
    first, second = (int(v) for v in (outcome.calls[2]["arg"][2], outcome.calls[2]["arg"][5]))
    assert first != 1002 and second == first + 1


# ---- split_calls --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400))
def test_split_calls_cuts_where_the_decoder_starts_each_call(data: bytes) -> None:
    target = _TARGET
    pieces = split_calls(data)
    joined = b"".join(pieces)
    assert data.startswith(joined)
    assert joined == data or len(pieces) == MAX_CALLS
    outcome = target.run(data)
    assert outcome.finding == 0
    assert len(pieces) == len(outcome.calls)
    assert [_call_of(p) for p in pieces] == [int(c["call"]) for c in outcome.calls]
    for piece in pieces[:-1]:  # every piece but a cut-off last one is a whole call
        _arguments(piece)


def test_split_calls_on_random_inputs() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        data = random_input(rng, 4096)
        pieces = split_calls(data)
        outcome = _TARGET.run(data)
        assert len(pieces) == len(outcome.calls)
        assert b"".join(pieces) == data[: len(b"".join(pieces))]


def test_random_inputs_are_whole_calls() -> None:
    """The engine's fresh inputs (what random_input returns) are whole calls, each of which
    splits alone as itself."""
    rng = random.Random(5)
    for _ in range(500):
        data = random_input(rng, 4096)
        pieces = split_calls(data)
        assert b"".join(pieces) == data and 2 <= len(pieces) <= 23
        for call in pieces:
            assert split_calls(call) == [call]
            assert split_calls(call + b"\x00")[0] == call
            _arguments(call)


def test_a_trailing_call_without_arguments_is_decoded(target: FuzzTarget) -> None:
    """A call without arguments is one byte; the decoder used to start a call only with
    two bytes left, so a trailing sharing_freed_pages() of a seed was never run."""
    freed = next(c for c in CATALOGUE if c.name == "sharing_freed_pages")
    control = next(c for c in CATALOGUE if c.name == "memshr_control")
    data = encode([Record(control.id, (1, 1), 0, 0), Record(freed.id, (), 0, 0)])
    assert len(split_calls(data)) == 2
    assert [int(c["call"]) for c in target.run(data).calls] == [control.id, freed.id]


def test_calls_without_arguments_alone_and_in_a_row(target: FuzzTarget) -> None:
    freed = next(c for c in CATALOGUE if c.name == "sharing_freed_pages")
    used = next(c for c in CATALOGUE if c.name == "sharing_used_frames")
    alone = encode([Record(freed.id, (), 0, 0)])
    assert len(alone) == 1
    assert [int(c["call"]) for c in target.run(alone).calls] == [freed.id]
    row = [Record(freed.id, (), 0, 0), Record(used.id, (), 0, 0), Record(freed.id, (), 0, 0)]
    data = encode(row)
    assert split_calls(data) == [bytes([b]) for b in data]
    assert [int(c["call"]) for c in target.run(data).calls] == [r.call for r in row]


def test_a_cut_off_last_call_reads_its_missing_bytes_as_zero(target: FuzzTarget) -> None:
    """The decoder runs a call whose argument bytes the input lacks, as if they were 0 (a
    pool pick): split_calls gives it as the last, short piece."""
    control = next(c for c in CATALOGUE if c.name == "memshr_control")
    whole = encode([Record(control.id, (1, 1), 0, 0)])
    for cut in range(1, len(whole)):
        padded = whole[:cut] + bytes(len(whole) - cut)
        assert split_calls(whole[:cut]) == [whole[:cut]]
        short, full = target.run(whole[:cut]), target.run(padded)
        assert [int(c["call"]) for c in short.calls] == [control.id]
        # The padding may decode to more calls after the first (a 0 control byte is a pool
        # pick, shorter than the literal it replaces); the first call is the same.
        assert short.calls[:1].tobytes() == full.calls[:1].tobytes()


def test_the_mutator_keeps_inputs_within_the_size_limit() -> None:
    mutate = make_mutator()
    rng = random.Random(11)
    data = random_input(rng, 256)
    for seed in range(500):
        data = mutate(data, 256, seed) or random_input(rng, 256)
        assert len(data) <= 256
        assert _TARGET.run(data).finding == 0


_TARGET = FuzzTarget()
