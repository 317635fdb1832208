"""Lists and callers through traces, end to end: a non-contiguous extent list recorded,
shown, compiled and replayed; a guest ballooning itself with DOMID_SELF; the frames
increase_reservation writes back, remapped; divergences that name the list element and
show the caller; a caller that does not exist; the lenient replay of the minimiser."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from haptrace.binding import replay as loop
from haptrace.catalogue.limits import DOMID_SELF
from haptrace.cli import cli
from haptrace.outcome import Outcome
from replay import DomainConfig, HostConfig, Machine, MachineConfig
from replay.engine import RemapTable, expect_records, expectations, open_source, replay
from replay.report import format_report
from tracer.chunk import Chunk
from tracer.format import read_trace
from tracer.recorder import RecordingMachine
from tracer.textform import format_trace, parse_trace

CONFIG = MachineConfig(
    HostConfig(total_frames=512),
    (DomainConfig(1, pages=64, max_pages=96, vcpus=2), DomainConfig(2, pages=64, max_pages=80)),
)
GFNS = [0x10, 0x31, 0x12, 0x3A]  # not contiguous, not sorted


def _record(path: Path) -> None:
    with RecordingMachine(Machine(CONFIG), path, sync=False) as m:
        assert m.decrease_reservation(1, None, 0, GFNS).rc == 4
        assert m.populate_physmap(1, None, 0, 0, [0x31, 0x10]).rc == 2
        frames = m.increase_reservation(2, 3, 0, 0).output("extent_start")
        assert len(set(frames)) == 3
        with m.caller(1, 1):
            assert m.decrease_reservation(DOMID_SELF, None, 0, [0x20, 0x22]).rc == 2
            assert m.current_reservation(DOMID_SELF).rc == 60
        assert m.current_caller() == (0, 0)


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_non_contiguous_extent_list_is_recorded_shown_compiled_and_replayed(
    tmp_path: Path,
) -> None:
    recorded = tmp_path / "run.trace"
    _record(recorded)
    text = _invoke("show", str(recorded))
    assert "decrease_reservation(domid=1, extent_start=[0x10, 0x31, 0x12, 0x3a]) = 4" in text
    assert "populate_physmap(domid=1, extent_start=[0x31, 0x10]) = 2" in text
    assert "increase_reservation(domid=2, nr_extents=3) = 3 -> extent_start=[$f" in text
    assert "@1.1 decrease_reservation(domid=0x7ff0, extent_start=[0x20, 0x22]) = 2" in text
    assert "@1.1 current_reservation(domid=0x7ff0) = 60" in text
    shown = tmp_path / "run.trace.txt"
    shown.write_text(text)
    _invoke("compile", str(shown), "-o", str(tmp_path / "again.trace"))
    assert read_trace(tmp_path / "again.trace") == read_trace(recorded)
    assert _invoke("show", str(tmp_path / "again.trace")) == text
    for path in (recorded, shown):
        for profile in ("doc", "xen-4.2"):
            report = replay(open_source(path), profile=profile, check_every=1)
            assert report.outcome is Outcome.PASS, format_report(report)


def test_a_text_scenario_with_lists_and_callers_records(tmp_path: Path) -> None:
    scenario = tmp_path / "balloon.trace.txt"
    scenario.write_text(
        "# haptrace trace v2\n"
        "domain 1 pages=64 max_pages=64 vcpus=2\n"
        "@1.0 decrease_reservation(domid=0x7ff0, extent_start=[0x30, 0x11, 0x2f])\n"
        "@1.1 populate_physmap(domid=0x7ff0, nr_extents=3, extent_start=[0x11, 0x30])\n"
        "increase_reservation(domid=1, nr_extents=3, extent_start=room(2))\n"
        "@1.0 current_reservation(domid=0x7ff0)\n"
    )
    output = tmp_path / "balloon.trace"
    assert "recorded 4 calls" in _invoke("record", str(scenario), "-o", str(output))
    records = read_trace(output).records
    assert [(r.caller, r.vcpu, r.rc) for r in records] == [
        (1, 0, 3),
        (1, 1, 2),
        (0, 0, 1),
        (1, 0, 64),
    ]
    assert records[2].args[-1] == 2 and len(records[2].outputs[-1]) == 2  # type: ignore[arg-type]
    assert replay(open_source(output), check_every=1).outcome is Outcome.PASS


def test_the_caller_decides_what_domid_self_names(tmp_path: Path) -> None:
    """The same call replayed as domain 0 (the prefix taken away) names domain 0, which has
    no such gfns: the replay diverges at that call, and the report says so."""
    path = tmp_path / "self.trace.txt"
    _record(tmp_path / "run.trace")
    text = _invoke("show", str(tmp_path / "run.trace"))
    path.write_text(text.replace("@1.1 decrease_reservation", "decrease_reservation"))
    report = replay(open_source(path), check_every=1)
    assert report.outcome is Outcome.DIVERGED
    assert report.divergence is not None and report.divergence.record.spec.name == (
        "decrease_reservation"
    )
    assert "recorded:  = 2" in format_report(report) and "emulated:  = 0" in format_report(report)


def test_recorded_frames_are_bound_to_the_emulators(tmp_path: Path) -> None:
    """A host's mfns are its own: replay binds each recorded frame to the emulator's, one to
    one; a later frame recorded twice is a divergence that names the list element."""
    _record(tmp_path / "run.trace")
    text = _invoke("show", str(tmp_path / "run.trace"))
    trace = parse_trace(text)
    increase = next(r for r in trace.records if r.spec.name == "increase_reservation")
    frames = increase.outputs[-1]
    assert isinstance(frames, tuple)
    moved = text
    for frame in frames:  # as if another host had handed out frames 0x9000 on
        moved = moved.replace(f"$f{frame}", f"$f{0x9000 + frame}")
    (tmp_path / "moved.trace.txt").write_text(moved)
    report = replay(open_source(tmp_path / "moved.trace.txt"), check_every=1)
    assert report.outcome is Outcome.PASS, format_report(report)

    twice = text.replace(f"$f{frames[1]}", f"$f{frames[0]}")
    (tmp_path / "twice.trace.txt").write_text(twice)
    report = replay(open_source(tmp_path / "twice.trace.txt"))
    assert report.outcome is Outcome.DIVERGED
    divergence = report.divergence
    assert divergence is not None and divergence.field == "extent_start[1]"
    shown = format_report(report)
    assert "(extent_start[1] differs)" in shown
    assert f"extent_start[1]: recorded {frames[0]:#x}, emulated {frames[1]:#x}" in shown


def test_a_divergence_by_a_guest_shows_its_caller(tmp_path: Path) -> None:
    _record(tmp_path / "run.trace")
    text = _invoke("show", str(tmp_path / "run.trace"))
    edited = text.replace(
        "@1.1 current_reservation(domid=0x7ff0) = 60", "@1.1 current_reservation(domid=0x7ff0) = 61"
    )
    (tmp_path / "edited.trace.txt").write_text(edited)
    result = CliRunner().invoke(cli, ["replay", str(tmp_path / "edited.trace.txt")])
    assert result.exit_code == 3
    assert "call:      @1.1 current_reservation(domid=0x7ff0)" in result.stdout
    assert "caller:    domain 1 vcpu 1" in result.stdout
    data = json.loads(
        CliRunner().invoke(cli, ["replay", str(tmp_path / "edited.trace.txt"), "--json"]).stdout
    )
    assert data["traces"][0]["divergence"]["caller"] == [1, 1]


def test_a_caller_that_does_not_exist_is_bad_input(tmp_path: Path) -> None:
    for prefix in ("@9.0", "@1.5"):
        path = tmp_path / "ghost.trace.txt"
        path.write_text(
            f"# haptrace trace v2\ndomain 1 pages=8 vcpus=2\n{prefix} maximum_ram_page() = 1\n"
        )
        report = replay(open_source(path))
        assert report.outcome is Outcome.BAD_INPUT
        assert "the calling domain or vcpu does not exist" in report.message
        assert prefix in report.message


def test_the_minimisers_lenient_replay_runs_lists(tmp_path: Path) -> None:
    """replay_records with LENIENT takes any result as the latest binding; without it, an
    output list that differs diverges at its element."""
    _record(tmp_path / "run.trace")
    chunk = Chunk.from_records(read_trace(tmp_path / "run.trace").records)
    out_pool = chunk.out_pool.copy()
    increase = int(np.flatnonzero(chunk.calls == chunk.calls[2])[0])
    first = int(chunk.args[increase, 4]) >> 32
    out_pool[first + 1] = out_pool[first]  # one recorded frame for two emulated ones
    wrong = Chunk(
        chunk.calls,
        chunk.args,
        chunk.rc,
        chunk.errno,
        chunk.outputs,
        {},
        {},
        chunk.caller,
        chunk.vcpu,
        chunk.pool,
        out_pool,
    )
    expect = expect_records(expectations(wrong, "doc"), "doc")
    for flags, kind in ((0, loop.DIVERGED), (loop.LENIENT, loop.DONE)):
        ran, stop, field = loop.replay_records(
            Machine(CONFIG),
            RemapTable(),
            wrong.call_records(),
            expect,
            pool=wrong.pool.copy(),
            expect_pool=wrong.out_pool,
            flags=flags,
        )
        assert stop == kind, (flags, ran, field)
        if flags == 0:
            assert (ran, field) == (increase + 1, loop.FIELD_LIST)


def test_format_trace_of_a_recorded_balloon_is_what_show_prints(tmp_path: Path) -> None:
    _record(tmp_path / "run.trace")
    assert format_trace(read_trace(tmp_path / "run.trace")) == _invoke(
        "show", str(tmp_path / "run.trace")
    )
