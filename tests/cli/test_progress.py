"""Progress on long work: calls done of a real total, the rate and the time left; a trace
without a known total says so instead of drawing a full bar of 0 (issue 17, progress)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from cli_support import CAPACITY
from click.testing import CliRunner

from haptrace.cli import cli
from haptrace.cli.replay_cmd import replay_one
from replay.progress import Progress, counted_calls


def _binary(tmp_path: Path, runner: CliRunner) -> Path:
    out = tmp_path / "c.trace"
    assert runner.invoke(cli, ["compile", str(CAPACITY), "-o", str(out)]).exit_code == 0
    return out


def test_a_binary_traces_total_comes_from_its_end_map(tmp_path: Path, runner: CliRunner) -> None:
    trace = _binary(tmp_path, runner)
    stats = runner.invoke(cli, ["stats", str(CAPACITY), "--json"]).stdout
    assert counted_calls(trace) == json.loads(stats)["calls"] > 0


def test_a_cut_off_trace_has_no_total(tmp_path: Path, runner: CliRunner) -> None:
    trace = _binary(tmp_path, runner)
    data = trace.read_bytes()
    cut = tmp_path / "cut.trace"
    cut.write_bytes(data[:-5])
    assert counted_calls(cut) is None
    progress = Progress("replaying cut.trace", io.StringIO())
    progress.advance(65536)
    assert "65.5k calls," in progress.line()
    assert "/0" not in progress.line()


def test_single_trace_replay_counts_to_its_total(tmp_path: Path, runner: CliRunner) -> None:
    for trace in (CAPACITY, _binary(tmp_path, runner)):
        stream = io.StringIO()
        progress = Progress(f"replaying {trace.name}", stream)
        report, _ = replay_one(str(trace), None, (), None, progress)
        assert progress.total == report["calls"] > 0
        assert progress.done == progress.total
        line = progress.line()
        assert f"{report['calls']}/{report['calls']} calls (100%)" in line
        assert "calls/s" in line


def test_the_line_shows_the_rate_and_the_time_left() -> None:
    progress = Progress("replaying big.trace", io.StringIO(), total=1_000_000)
    progress.started -= 2.0  # two seconds in
    progress.advance(250_000)
    line = progress.line()
    assert line.startswith("replaying big.trace: 250.0k/1.0M calls (25%), ")
    assert "k calls/s" in line
    assert line.endswith(" left")


def test_a_directory_shows_traces_and_calls() -> None:
    progress = Progress("replaying", io.StringIO(), items=3)
    progress.advance(1000)
    progress.item_done()
    assert progress.line().startswith("replaying: 1/3 traces, 1.0k calls, ")


def test_the_line_is_erased_at_the_end() -> None:
    stream = io.StringIO()
    progress = Progress("x", stream, total=10)
    progress.advance(10)
    progress.item_done()
    progress.close()
    assert stream.getvalue().endswith("\r")
