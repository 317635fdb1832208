"""Limits checked before allocation: a header declaring an enormous machine is refused in
well under a second without allocating it, naming the field (and, in the text form, its
line); every command reads the text form within the same limits; ``--max-memory`` moves
the cap; coverage reports a bad trace on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from haptrace.cli import cli
from tracer.layout import MAX_TEXT_BYTES, MAX_TEXT_CALLS, MAX_TEXT_LINES

DATA = Path(__file__).resolve().parents[1] / "data"
HOSTILE = DATA / "hostile"
HEAD = "# haptrace trace v2\nprofile doc\nsource emulator\nhost arch=x86_64 vendor=intel\n"

# Runs the CLI in a fresh interpreter and prints its exit status, stderr's last line and
# the interpreter's peak RSS: what a command costs, apart from the test process.
_MEASURE = """
import contextlib, io, json, resource, sys, time
from haptrace.cli import cli, replay_cmd, trace_cmds
import replay.engine, tracer.reader


def peak_kib():
    # VmHWM belongs to this process image: ru_maxrss would carry over the forking
    # parent's peak (Linux keeps it across execve), e.g. a large pytest process's.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


err = io.StringIO()
start = time.perf_counter()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    try:
        status = cli.main(sys.argv[1:], prog_name="haptrace", standalone_mode=False)
    except SystemExit as exc:
        status = exc.code
print(json.dumps({"status": status, "error": err.getvalue().strip().splitlines()[-1:],
                  "seconds": time.perf_counter() - start,
                  "rss_mib": peak_kib() / 1024}))
"""


def _measure(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _error(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 6, (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr
    return lines[0]


def test_an_enormous_machine_is_refused_quickly_without_allocating_it() -> None:
    result = _measure("replay", str(HOSTILE / "header-total-frames-2-28.trace"))
    assert result["status"] == 6, result
    assert "total_frames=268435456" in str(result["error"]), result
    assert "--max-memory" in str(result["error"]), result
    # The command alone (modules imported first): the 4 GiB asked for are never touched.
    assert float(str(result["seconds"])) < 1.0, result
    assert float(str(result["rss_mib"])) < 400, result


def test_the_text_form_names_the_line_of_the_field() -> None:
    line = _error(["replay", str(HOSTILE / "total-frames-2-28.txt")])
    assert "total-frames-2-28.txt:4: host total_frames: total_frames=268435456" in line, line


def test_a_domain_whose_p2m_makes_the_machine_too_big_is_named(tmp_path: Path) -> None:
    path = tmp_path / "p2m.txt"
    path.write_text(HEAD + "domain 1 pages=16\ndomain 2 pages=16 p2m_size=100000000\n")
    line = _error(["replay", str(path)])
    assert "p2m.txt:6: domain 2 p2m_size: p2m_size=100000000" in line, line


def test_max_memory_moves_the_cap() -> None:
    trace = str(DATA / "traces" / "v1-worked-example.trace")
    line = _error(["replay", "--max-memory", "64K", trace])
    assert "header machine host total_frames" in line and "0.1 MiB" in line, line
    assert CliRunner().invoke(cli, ["replay", "--max-memory", "1G", trace]).exit_code == 0
    bad = CliRunner().invoke(cli, ["replay", "--max-memory", "lots", trace])
    assert bad.exit_code == 2 and "memory size" in bad.stderr


def test_replay_reads_text_within_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("w") as out:
        out.write(HEAD + "domain 1 pages=16\n")
        out.write(("#" + "x" * 1023 + "\n") * ((MAX_TEXT_BYTES >> 10) + 1))
    for command in ("replay", "show", "stats"):
        assert "64 MiB" in _error([command, str(path)]), command


def test_ten_million_lines_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    with path.open("w") as out:
        out.write(HEAD + "domain 1 pages=16\n")
        out.write("\n" * 10_000_000)
    for command in ("replay", "show"):
        result = _measure(command, str(path))
        assert result["status"] == 6, result
        assert f"over the limit of {MAX_TEXT_LINES}" in str(result["error"]), result
        assert float(str(result["rss_mib"])) < 400, result


def test_too_many_calls_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "calls.txt"
    path.write_text(
        HEAD + "domain 1 pages=16\n" + "sharing_freed_pages() = 0\n" * (MAX_TEXT_CALLS + 1)
    )
    line = _error(["show", str(path)])
    assert f"more than {MAX_TEXT_CALLS} calls" in line and f":{MAX_TEXT_CALLS + 6}:" in line


def test_coverage_reports_a_bad_trace_on_stderr() -> None:
    result = CliRunner().invoke(cli, ["coverage", "--profile", "doc", str(HOSTILE / "rc-2-63.txt")])
    assert result.exit_code == 6, result.stderr
    assert "rc-2-63.txt" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr
    assert "rc-2-63.txt:7:" in lines[0]
