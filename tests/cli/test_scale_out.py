"""A large corpus split across processes and machines (issue 17, scale-out): replay -j,
replay --shard K/N, and the pytest plugin under pytest-xdist."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_support import CORPUS
from click.testing import CliRunner

from haptrace.cli import cli
from tracer.paths import expand


def _traces(result_stdout: str) -> list[str]:
    return sorted(t["trace"] for t in json.loads(result_stdout)["traces"])


def test_shards_partition_the_corpus(runner: CliRunner) -> None:
    directory = str(CORPUS / "sharing")
    every = sorted(str(p) for p in expand((directory,)))
    shares = []
    for k in (1, 2, 3):
        result = runner.invoke(cli, ["replay", directory, "--shard", f"{k}/3", "--json"])
        assert result.exit_code == 0, result.output
        shares.append(_traces(result.stdout))
    assert sorted(t for share in shares for t in share) == every  # each trace exactly once
    assert max(map(len, shares)) - min(map(len, shares)) <= 1


def test_a_bad_shard_is_a_usage_error(runner: CliRunner) -> None:
    for shard in ("0/3", "4/3", "x", "1/0"):
        result = runner.invoke(cli, ["replay", str(CORPUS / "sharing"), "--shard", shard])
        assert result.exit_code == 2, shard


def test_jobs_replays_in_processes_with_the_same_reports(runner: CliRunner) -> None:
    directory = str(CORPUS / "sharing")
    one = runner.invoke(cli, ["replay", directory, "--json"])
    four = runner.invoke(cli, ["replay", directory, "--json", "-j", "2"])
    assert one.exit_code == four.exit_code == 0
    assert _traces(one.stdout) == _traces(four.stdout)


def test_the_pytest_plugin_shards_with_xdist(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2"]
        + ["--haptrace-corpus", str(CORPUS / "sharing"), "--rootdir", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    count = len(expand((str(CORPUS / "sharing"),)))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "bringing up nodes" in done.stdout  # xdist ran it
    assert f"{count} passed" in done.stdout
