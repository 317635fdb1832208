"""haptrace record, show, compile and stats, end to end through click."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA

from haptrace.cli import cli
from tracer.format import FORMAT_VERSION, incomplete_path, read_trace
from tracer.textform import parse_trace

SCENARIO = """\
# haptrace trace v2
profile doc
domain 1 pages=64
domain 2 pages=64

# results may be left out: record fills them in
memshr_control(domid=1, enable=1)
memshr_control(domid=2, enable=1)
memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$src
memshr_nominate_gfn(domid=2, gfn=0x20) = 0 -> handle=$cli
memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$src, \
client_domain=2, client_gfn=0x20, client_handle=$cli) = -1 EINVAL  # a wrong guess
memshr_nominate_gfn(domid=1, gfn=0x1000)
"""

SCRIPT = """\
from replay import calls_array
machine.memshr_control(1, 1)
handle = machine.memshr_nominate_gfn(1, 0x10).output("handle")
machine.batch(calls_array([("guest_write", (1, gfn, 7, 0)) for gfn in range(10)]))
machine.memshr_nominate_gfn(1, 0x99999)  # fails: beyond the p2m
"""


def _invoke(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_record_a_text_scenario_then_show_compile_and_show_again(
    tmp_path: Path, runner: CliRunner
) -> None:
    scenario = tmp_path / "scenario.trace.txt"
    scenario.write_text(SCENARIO)
    trace = tmp_path / "run.trace"
    assert "recorded 6 calls" in _invoke(runner, "record", str(scenario), "-o", str(trace))
    shown = _invoke(runner, "show", str(trace))
    lines = shown.splitlines()
    assert lines[:2] == ["# haptrace trace v3", "profile doc"]
    assert "source emulator" in lines
    assert "memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$src" in lines
    # what the emulator returned, not the scenario's guess; the symbols bound to real handles
    assert (
        "memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$src,"
        " client_domain=2, client_gfn=0x20, client_handle=$cli) = 0  # a wrong guess"
    ) in lines
    assert lines[-1] == "memshr_nominate_gfn(domid=1, gfn=0x1000) = -1 EINVAL"
    assert "# results may be left out: record fills them in" in lines
    text = tmp_path / "run.trace.txt"
    text.write_text(shown)
    again = tmp_path / "again.trace"
    assert "compiled 6 calls" in _invoke(runner, "compile", str(text), "-o", str(again))
    assert _invoke(runner, "show", str(again)) == shown
    assert read_trace(again) == parse_trace(shown)


def test_record_with_another_profile(tmp_path: Path, runner: CliRunner) -> None:
    scenario = tmp_path / "s.trace.txt"
    scenario.write_text("domain 1 pages=16\nmemshr_nominate_gfn(domid=1, gfn=1)\n")
    trace = tmp_path / "p.trace"
    _invoke(runner, "record", str(scenario), "-o", str(trace), "--profile", "xen-4.2")
    assert _invoke(runner, "show", str(trace)).splitlines()[-1].endswith("= -1 ENODEV")


def test_record_a_python_scenario(tmp_path: Path, runner: CliRunner) -> None:
    script = tmp_path / "scenario.py"
    script.write_text(SCRIPT)
    trace = tmp_path / "py.trace"
    assert "recorded 13 calls" in _invoke(runner, "record", str(script), "-o", str(trace))
    stats = json.loads(_invoke(runner, "stats", str(trace), "--json"))
    assert stats["calls"] == 13 and stats["failed"] == 1 and stats["complete"]
    assert stats["by_call"]["guest_write"] == {"calls": 10, "succeeded": 10, "errnos": {}}
    assert stats["by_call"]["memshr_nominate_gfn"]["errnos"] == {"EINVAL": 1}
    assert stats["by_errno"] == {"EINVAL": 1}
    assert stats["success_rate"] == pytest.approx(12 / 13)


def test_a_failing_python_scenario_exits_6_and_keeps_its_calls(
    tmp_path: Path, runner: CliRunner
) -> None:
    script = tmp_path / "broken.py"
    script.write_text("machine.memshr_control(1, 1)\nmachine.no_such_call()\n")
    trace = tmp_path / "broken.trace"
    result = runner.invoke(cli, ["record", str(script), "-o", str(trace)])
    assert result.exit_code == 6
    assert f"{script}:2: AttributeError" in result.stderr
    assert "Traceback" not in result.output
    assert not trace.exists()
    assert len(read_trace(incomplete_path(trace)).records) == 1


def test_show_streams_a_prefix_with_calls(tmp_path: Path, runner: CliRunner) -> None:
    shown = _invoke(runner, "show", str(DATA / "v1-worked-example.trace"), "--calls", "2")
    calls = [line for line in shown.splitlines() if "(" in line and not line.startswith("#")]
    assert len(calls) == 2


def test_show_warns_about_a_cut_off_trace(tmp_path: Path, runner: CliRunner) -> None:
    cut = tmp_path / "cut.trace"
    data = (DATA / "v1-worked-example.trace").read_bytes()
    cut.write_bytes(data[:-20])  # the end record is missing
    result = runner.invoke(cli, ["show", str(cut)])
    assert result.exit_code == 0
    assert "was cut off after 12 calls" in result.stderr
    assert result.stdout.count("\n") > 12


def test_stats_prints_a_table(tmp_path: Path, runner: CliRunner) -> None:
    text = _invoke(runner, "stats", str(DATA / "v1-worked-example.trace"))
    assert "12 calls, 11 succeeded (91.7%)" in text
    assert "memshr_nominate_gfn" in text and "EINVAL 1" in text


def test_compile_rewrites_a_binary_trace_in_the_current_format(
    tmp_path: Path, runner: CliRunner
) -> None:
    source = tmp_path / "in.trace"
    shutil.copy(DATA / "v1-worked-example.trace", source)
    _invoke(runner, "compile", str(source), "-o", str(tmp_path / "out.trace"))
    old, new = read_trace(source), read_trace(tmp_path / "out.trace")
    assert (old.header.format_version, new.header.format_version) == (1, FORMAT_VERSION)
    assert new.records == old.records
    assert new.header == replace(old.header, format_version=FORMAT_VERSION)


@pytest.mark.parametrize("command", ["record", "show", "compile", "stats", "upgrade"])
def test_help_teaches(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "haptrace" in result.stdout and "Usage:" in result.stdout


def test_record_refuses_a_binary_trace_as_a_scenario(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["record", str(DATA / "v1-worked-example.trace"), "-o", str(tmp_path / "x.trace")]
    )
    assert result.exit_code == 6
    assert "is a binary trace, not a scenario" in result.stderr
