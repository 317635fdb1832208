"""Ordinary mistakes get one clear line and exit 2 (usage) or 6 (bad input), never exit 70
with a traceback (issue 17, first list)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from cli_support import CAPACITY, ROOT
from click.testing import CliRunner

from haptrace.cli import cli


def _stats(tmp_path: Path) -> Path:
    stats = tmp_path / "fuzz-stats.jsonl"
    line = {"t": 1.0, "edges": 5, "features": 9, "spec": 3, "spec_total": 10, "findings": 0}
    stats.write_text(json.dumps(line) + "\n")
    return stats


def test_a_misspelt_fuzz_option_is_a_usage_error(tmp_path: Path, runner: CliRunner) -> None:
    for option in (["--max-tme", "5"], ["--no-such-option"]):
        result = runner.invoke(cli, ["fuzz", *option, "--artifacts", str(tmp_path / "a")])
        assert result.exit_code == 2, result.output
        assert "No such option" in result.stderr
        assert "no findings" not in result.stdout


def test_libfuzzer_options_go_after_the_double_dash(runner: CliRunner) -> None:
    # Parsed, not run: --help stops after the arguments are accepted.
    result = runner.invoke(cli, ["fuzz", "--help"])
    assert "Arguments after -- go to libFuzzer" in result.stdout


def test_an_unwritable_plot_is_refused_before_drawing(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["fuzz-plot", str(_stats(tmp_path)), "-o", "/nonexistent/dir/p.png"]
    )
    assert result.exit_code == 2, result.output
    assert "'/nonexistent/dir' does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_an_unwritable_junit_report_is_refused_before_replaying(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["replay", str(CAPACITY), "--junit", "/nonexistent/dir/r.xml"])
    assert result.exit_code == 2, result.output
    assert "does not exist" in result.stderr
    assert "traces:" not in result.stdout  # nothing was replayed


def test_unwritable_fuzz_artifacts_are_refused_before_fuzzing(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["fuzz", "--runs", "10", "--artifacts", "/proc/nope"])
    assert result.exit_code == 2, result.output
    assert "cannot create '/proc/nope'" in result.stderr


def test_every_output_option_is_checked(tmp_path: Path, runner: CliRunner) -> None:
    bad = "/nonexistent/dir/out.trace"
    for args in (
        ["record", str(CAPACITY), "-o", bad],
        ["compile", str(CAPACITY), "-o", bad],
        ["upgrade", str(CAPACITY), "-o", bad],
        ["minimize", str(CAPACITY), "-o", bad],
        ["corpus", "merge", "/proc/nope", str(tmp_path)],
        ["record", str(CAPACITY), "-o", str(tmp_path)],  # a directory
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output


def test_an_oversized_domain_names_the_users_field_and_line(
    tmp_path: Path, runner: CliRunner
) -> None:
    scenario = tmp_path / "big.trace.txt"
    scenario.write_text("# haptrace trace v2\nprofile doc\ndomain 1 pages=99999999999\n")
    for command in (["record", str(scenario), "-o", str(tmp_path / "b.trace")], ["replay"]):
        args = command if command[0] == "record" else [*command, str(scenario)]
        result = runner.invoke(cli, args)
        assert result.exit_code == 6, result.output
        assert "gfn_capacity" not in result.output
        assert f"{scenario}:3" in result.stderr
        assert "domain 1 pages=99999999999" in result.stderr


def test_domains_too_large_together_name_their_pages(tmp_path: Path, runner: CliRunner) -> None:
    scenario = tmp_path / "two.trace.txt"
    scenario.write_text(
        "# haptrace trace v2\nprofile doc\ndomain 1 pages=0x20000000\ndomain 2 pages=64\n"
    )
    result = runner.invoke(cli, ["record", str(scenario), "-o", str(tmp_path / "b.trace")])
    assert result.exit_code == 6, result.output
    assert "give the domains fewer pages" in result.stderr
    assert "domain 1 0x40000000" in result.stderr


def test_the_python_example_from_a_source_tree_says_what_to_do(tmp_path: Path) -> None:
    # A clone after a plain `pip install .`: its haptrace/ has the sources, not the build,
    # and shadows the installed package when Python starts in the clone's root.
    for package in ("haptrace", "replay", "tracer"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
    (tmp_path / "setup.py").write_text("")
    (tmp_path / "csrc").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # This venv's install is editable, whose import hooks find the build from anywhere; a
    # plain install has none, so the hooks go first.
    plain = (
        "import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in"
        " repr(f)]; sys.path_hooks[:] = [h for h in sys.path_hooks if 'editable' not in"
        " repr(h)]; sys.path_importer_cache.clear(); "
    )
    done = subprocess.run(
        [sys.executable, "-c", plain + "from replay import Machine; Machine()"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert "source tree" in last and "pip install -e ." in last, last
    assert "run from another directory" in last
