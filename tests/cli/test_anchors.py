"""What users of libFuzzer, syzkaller, rr and Hypothesis expect of a command line (issue
17, anchors): python -m, the version, -q/-v, no colour, shell completion, a strict replay
that fails on a cut-off trace, a warning when the default seeds are absent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_support import CAPACITY
from click.testing import CliRunner

from haptrace import __version__
from haptrace.cli import cli
from haptrace.cli.main import COMMAND_MODULES


def test_python_dash_m_haptrace_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "haptrace", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"haptrace, version {__version__}"


def test_every_commands_help_ends_with_the_version(runner: CliRunner) -> None:
    for name in sorted(set(COMMAND_MODULES) | {"corpus merge"}):
        result = runner.invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        assert result.stdout.rstrip().endswith(f"haptrace {__version__}"), name


def test_verbose_adds_the_traceback_and_quiet_contradicts_it(
    tmp_path: Path, runner: CliRunner
) -> None:
    missing = str(tmp_path / "missing.trace")
    plain = runner.invoke(cli, ["show", missing])
    verbose = runner.invoke(cli, ["-v", "show", missing])
    assert plain.exit_code == verbose.exit_code == 6
    assert "Traceback" not in plain.stderr
    assert "Traceback (most recent call last)" in verbose.stderr
    both = runner.invoke(cli, ["-q", "-v", "show", missing])
    assert both.exit_code == 2


def test_quiet_is_what_progress_and_status_lines_ask(runner: CliRunner) -> None:
    from haptrace.cli.main import verbosity

    assert runner.invoke(cli, ["-q", "replay", str(CAPACITY)]).exit_code == 0
    assert verbosity() == -1
    assert runner.invoke(cli, ["replay", str(CAPACITY)]).exit_code == 0
    assert verbosity() == 0


def test_no_colour_is_ever_printed(runner: CliRunner) -> None:
    # NO_COLOR asks programs that colour their output not to; haptrace never does.
    for args in (["--help"], ["replay", str(CAPACITY)], ["calls", "memshr_share_gfns"]):
        result = runner.invoke(cli, args, color=True)
        assert "\x1b[" not in result.output, args


def test_shell_completion_is_documented_and_works() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "_HAPTRACE_COMPLETE=bash_source haptrace" in readme
    env = dict(os.environ, _HAPTRACE_COMPLETE="bash_source")
    script = subprocess.run(
        [sys.executable, "-m", "haptrace"], env=env, capture_output=True, text=True
    )
    assert "complete -o nosort -F _haptrace_completion haptrace" in script.stdout
    env = dict(os.environ, _HAPTRACE_COMPLETE="bash_complete", COMP_WORDS="haptrace re")
    env["COMP_CWORD"] = "1"
    words = subprocess.run(
        [sys.executable, "-m", "haptrace"], env=env, capture_output=True, text=True
    )
    assert "plain,record" in words.stdout and "plain,replay" in words.stdout


def test_strict_replay_fails_on_a_cut_off_trace(tmp_path: Path, runner: CliRunner) -> None:
    trace = tmp_path / "c.trace"
    assert runner.invoke(cli, ["compile", str(CAPACITY), "-o", str(trace)]).exit_code == 0
    cut = tmp_path / "cut.trace"
    cut.write_bytes(trace.read_bytes()[:-5])  # the end record lost
    lenient = runner.invoke(cli, ["replay", str(cut)])
    assert lenient.exit_code == 0
    assert "(cut off)" in lenient.stdout
    strict = runner.invoke(cli, ["replay", "--strict", str(cut)])
    assert strict.exit_code == 6
    assert "--strict: a cut-off trace fails" in strict.stderr
    whole = runner.invoke(cli, ["replay", "--strict", str(trace)])
    assert whole.exit_code == 0


def test_fuzz_warns_when_the_default_seeds_are_absent(tmp_path: Path) -> None:
    # Run where there is no corpus/: the warning comes before any fuzzing (-runs=1).
    done = subprocess.run(
        [sys.executable, "-m", "haptrace", "fuzz", "--runs", "1", "--artifacts", "a"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "haptrace: warning: no corpus/ here to seed from" in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
