"""What the replay and record reports say: calls numbered as lines are, by the names the
user wrote, no magic numbers for "none" (issue 17, consistency)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import CORPUS
from click.testing import CliRunner

from haptrace.cli import cli

HEAD = """\
# haptrace trace v2
profile doc
domain 1 pages=64
domain 2 pages=64
"""
# Call 5 (line 9) expects the share to fail; it succeeds.
DIVERGING = HEAD + (
    "memshr_control(domid=1, enable=1) = 0\n"
    "memshr_control(domid=2, enable=1) = 0\n"
    "memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$src\n"
    "memshr_nominate_gfn(domid=2, gfn=0x20) = 0 -> handle=$cli\n"
    "memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$src,"
    " client_domain=2, client_gfn=0x20, client_handle=$cli) = -1 EINVAL\n"
)


def _write(tmp_path: Path, text: str, name: str = "t.trace.txt") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_calls_are_numbered_from_one_like_the_count(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["replay", str(_write(tmp_path, DIVERGING))])
    assert result.exit_code == 3
    assert "DIVERGED after 5 calls" in result.stdout
    assert "diverged at call 5, line 9: memshr_share_gfns" in result.stdout
    assert "     4: memshr_nominate_gfn(domid=2, gfn=0x20)" in result.stdout


def test_the_report_uses_the_users_symbols(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["replay", str(_write(tmp_path, DIVERGING))])
    assert "source_handle=$src" in result.stdout
    assert "client_handle=$cli" in result.stdout
    assert "-> handle=$src" in result.stdout
    assert "source_handle $src -> 0x2" in result.stdout
    assert "$h2" not in result.stdout


def test_json_says_null_for_no_frame(tmp_path: Path, runner: CliRunner) -> None:
    hole = HEAD + (
        "memshr_control(domid=1, enable=1) = 0\n"
        "memshr_nominate_gfn(domid=1, gfn=0x50) = 0 -> handle=$x\n"  # 0x50: a hole
    )
    result = runner.invoke(cli, ["replay", str(_write(tmp_path, hole)), "--json"])
    before = json.loads(result.stdout)["traces"][0]["divergence"]["before"][0]
    assert before["gfn"] == 0x50
    assert before["mfn"] is None
    assert "4294967295" not in result.stdout


def test_an_invariant_report_names_the_call_its_text_and_line(runner: CliRunner) -> None:
    trace = CORPUS / "scenarios" / "bug-nr_saved_underflow.trace.txt"
    result = runner.invoke(cli, ["replay", str(trace), "--planted-bug", "nr_saved_underflow"])
    assert result.exit_code == 5
    lines = result.stdout.splitlines()
    where = next(i for i, line in enumerate(lines) if "invariants violated after" in line)
    assert lines[where].endswith("after call 6, line 19: foreign_map"), lines[where]
    assert lines[where + 1].strip().startswith("call: foreign_map(domid=1, gfn=0x11")


def test_record_warns_about_each_replaced_result(tmp_path: Path, runner: CliRunner) -> None:
    scenario = _write(tmp_path, DIVERGING)
    result = runner.invoke(cli, ["record", str(scenario), "-o", str(tmp_path / "r.trace")])
    assert result.exit_code == 0
    assert (
        f"{scenario}:9: memshr_share_gfns: the scenario gives -1 EINVAL, the emulator returned 0"
        in result.stderr
    )
    assert "1 result(s) the scenario gives differ" in result.stderr
    strict = runner.invoke(
        cli, ["record", str(scenario), "-o", str(tmp_path / "s.trace"), "--strict"]
    )
    assert strict.exit_code == 3


def test_record_is_quiet_when_results_agree_or_are_left_out(
    tmp_path: Path, runner: CliRunner
) -> None:
    scenario = _write(tmp_path, HEAD + "memshr_control(domid=1, enable=1)\n")
    result = runner.invoke(
        cli, ["record", str(scenario), "-o", str(tmp_path / "r.trace"), "--strict"]
    )
    assert result.exit_code == 0
    assert "warning" not in result.stderr


def test_minimize_counts_the_calls_it_writes(tmp_path: Path, runner: CliRunner) -> None:
    trace = CORPUS / "scenarios" / "bug-nr_saved_underflow.trace.txt"
    out = tmp_path / "min.trace.txt"
    result = runner.invoke(
        cli, ["minimize", str(trace), "-o", str(out), "--planted-bug", "nr_saved_underflow"]
    )
    assert result.exit_code == 0, result.output
    written = runner.invoke(cli, ["stats", str(out), "--json"])
    calls = json.loads(written.stdout)["calls"]
    assert f" to {calls} in " in result.stdout
