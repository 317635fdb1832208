"""Long traces: the per-call audit window ends inside a chunk without losing its calls, the
window scales with the machine, and handle bindings stay small however many there are."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from haptrace.binding import replay as loop
from haptrace.catalogue import MAX_ARGS, MAX_OUTPUTS
from haptrace.outcome import Outcome
from replay import DomainConfig, HostConfig, Machine, MachineConfig
from replay.engine import (
    AUTO_CHECK_CALLS,
    ReplaySession,
    auto_check_calls,
    expectations,
    open_source,
    replay,
    source_from_trace,
)
from tracer.chunk import Chunk
from tracer.format import TraceWriter
from tracer.model import Header, Trace
from tracer.recorder import RecordingMachine
from tracer.textform import parse_trace

GFNS = 512


def _config() -> MachineConfig:
    return MachineConfig(
        HostConfig(total_frames=4096),
        (DomainConfig(1, pages=GFNS), DomainConfig(2, pages=GFNS)),
    )


def _record_sharing(path: Path, rounds: int) -> int:
    """Nominate, share and unshare every gfn, ``rounds`` times, in one big chunk."""
    m = RecordingMachine(Machine(_config()), path, chunk_calls=1 << 16, sync=False)
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    for r in range(rounds):
        for g in range(GFNS):
            source = m.memshr_nominate_gfn(1, g).output("handle")
            client = m.memshr_nominate_gfn(2, g).output("handle")
            assert m.memshr_share_gfns(1, g, source, 2, g, client).ok
            m.guest_write(2, g, r, 0)
            m.guest_write(1, g, r, 0)
    m.close()
    return int(m.calls)


def test_the_audit_window_ends_inside_a_chunk_without_losing_calls(tmp_path: Path) -> None:
    path = tmp_path / "long.trace"
    calls = _record_sharing(path, rounds=5)
    window = auto_check_calls(_config())
    assert window < calls  # the window ends inside the single chunk
    report = replay(open_source(path))
    assert report.outcome is Outcome.PASS, report.message
    assert report.calls == calls


def test_the_audit_window_shrinks_with_the_machine() -> None:
    small = MachineConfig.default()
    big = MachineConfig(
        HostConfig(total_frames=1 << 21, gfn_capacity=1 << 20),
        (DomainConfig(1, pages=1 << 19), DomainConfig(2, pages=1 << 19)),
    )
    # Hand-written and minimised traces on the default machine are audited call by call.
    assert 300 <= auto_check_calls(small) <= AUTO_CHECK_CALLS
    assert 4 <= auto_check_calls(big) < auto_check_calls(small) // 10


def _handle_trace(recorded: list[int]) -> tuple[Header, Chunk]:
    """Nominations of gfns 0.. in domain 1, recorded with the given handle numbers."""
    config = MachineConfig(HostConfig(total_frames=8192), (DomainConfig(1, pages=4096),))
    m = Machine(config)
    assert m.memshr_control(1, 1).ok
    results = [m.memshr_nominate_gfn(1, g) for g in range(len(recorded))]
    assert all(r.ok for r in results)
    n = len(recorded) + 1
    calls = np.array([0] + [results[0].call_id] * len(recorded), dtype=np.uint16)
    args = np.zeros((n, MAX_ARGS), dtype=np.uint64)
    args[0, :2] = (1, 1)
    args[1:, 0] = 1
    args[1:, 1] = np.arange(len(recorded))
    outputs = np.zeros((n, MAX_OUTPUTS), dtype=np.uint64)
    outputs[1:, 0] = recorded
    chunk = Chunk(calls, args, np.zeros(n, np.int64), np.zeros(n, np.uint16), outputs)
    return Header(machine=config), chunk


def _bind(recorded: list[int]) -> tuple[int, int, int]:
    header, chunk = _handle_trace(recorded)
    session = ReplaySession(header, "doc", (), 0)
    kind = session.run(chunk, 0, expectations(chunk, "doc")).kind
    remap = session._remap
    return kind, remap.size(), remap.memory_bytes()


def test_a_counter_of_handles_binds_as_one_run() -> None:
    kind, size, memory = _bind(list(range(5000, 8000)))
    assert kind == 0 and size == 3000
    assert memory < 4096  # one run, not 3000 map entries


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_numbering_binds_and_replays(seed: int) -> None:
    """Gaps, descending values and shuffles go to the maps; every binding still holds."""
    rng = random.Random(seed)
    recorded = rng.sample(range(2, 1 << 40), 300) + list(range(1 << 41, (1 << 41) + 300))
    rng.shuffle(recorded)
    kind, size, _ = _bind(recorded)
    assert kind == 0 and size == 600


def test_a_binding_repeated_on_the_other_side_diverges() -> None:
    """Two recorded handles for two pages may not come back as one: the emulator's second
    handle is new, so the second recorded value (already bound in a run) must not match."""
    kind, _, _ = _bind([10, 11, 12, 11])
    assert kind == loop.DIVERGED


def test_many_handles_keep_a_long_replay_small(tmp_path: Path) -> None:
    path = tmp_path / "many.trace"
    calls = _record_sharing(path, rounds=20)
    source = open_source(path)
    session = ReplaySession(source.header, "doc", (), 0)
    chunks, _ = source.open_chunks()
    for chunk in chunks:
        stop = session.run(chunk, 0, expectations(chunk, "doc"))
        ran, kind = stop.ran, stop.kind
        assert kind == 0 and ran == len(chunk)
    assert session.position == calls
    assert session._remap.size() == 20 * GFNS * 2
    assert session._remap.memory_bytes() < 4096


def test_writer_round_trip_keeps_the_chunk(tmp_path: Path) -> None:
    header, chunk = _handle_trace(list(range(2, 50)))
    path = tmp_path / "h.trace"
    with TraceWriter(path, header, sync=False) as writer:
        writer.write_chunk(chunk)
    assert replay(open_source(path), check_every=1).outcome is Outcome.PASS


def test_the_end_audit_and_the_per_call_audit_name_the_same_call() -> None:
    """A violation the last call causes is reported at that call's index whichever audit
    finds it."""
    corpus = Path(__file__).resolve().parents[2] / "corpus" / "scenarios"
    trace = parse_trace((corpus / "bug-nr_saved_underflow.trace.txt").read_text())
    bugs = ["nr_saved_underflow"]
    per_call = replay(source_from_trace(trace), bugs=bugs, check_every=1)
    assert per_call.outcome is Outcome.INVARIANT and per_call.violation_index is not None
    index = per_call.violation_index
    cut = Trace(trace.header, trace.records[: index + 1], "")
    at_end = replay(source_from_trace(cut), bugs=bugs, check_every=0)
    assert at_end.outcome is Outcome.INVARIANT
    assert at_end.violation_index == index
