"""The fuzzing commands end to end: ``haptrace fuzz`` finds a planted bug and nothing on the
clean engine, ``haptrace minimize`` shrinks a padded reproducer to the same violation,
``haptrace fuzz-plot`` draws a stats file, and ``haptrace corpus merge`` keeps a subset.
Long runs are marked slow; so is the 200k-input check of the clean engine."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fuzz import counters
from fuzz.mutator import random_input
from fuzz.target import FuzzTarget
from haptrace.catalogue import PROFILES
from haptrace.cli import cli
from replay.engine import open_source, replay
from tracer.format import load_trace

ROOT = Path(__file__).resolve().parents[2]
REPRODUCER = ROOT / "corpus" / "scenarios" / "bug-relinquish_skips_shared.trace.txt"
BUG = "relinquish_skips_shared"
HAPTRACE = shutil.which("haptrace") or str(Path(sys.executable).parent / "haptrace")


def haptrace(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [HAPTRACE, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


# ---- haptrace minimize ----------------------------------------------------------------------

PADDING_BEFORE = """\
guest_write(domid=1, gfn=0x20, value=0x5) = 0
sharing_freed_pages() = 0
grant_access(domid=1, gfn=0x21) = 0 -> gref=$r0
hvm_get_mem_access(dom=2, pfn=0x22) = 0 -> memaccess=rwx
"""
PADDING_AFTER = """\
guest_read(domid=1, gfn=0x20) = 0 -> value=0x5
memshr_debug_gfn(domid=2, gfn=0x10) = 2
foreign_map(domid=1, gfn=0x23, writable=0) = 0 -> mapping=$m0
foreign_unmap(mapping=$m0) = 0
"""


def padded_reproducer(directory: Path) -> Path:
    lines = REPRODUCER.read_text().splitlines(keepends=True)
    out = []
    for line in lines:
        if line.startswith("memshr_nominate_gfn(domid=1"):
            out.append(PADDING_BEFORE)
        if line.startswith("domain_destroy("):
            out.append(PADDING_AFTER)
        out.append(line)
    path = directory / "padded.trace.txt"
    path.write_text("".join(out))
    return path


def _first_violation(path: Path, bugs: list[str]) -> tuple[int, str, str]:
    report = replay(open_source(path), bugs=bugs, check_every=1)
    index = report.violation_index
    assert index is not None, report
    chunks, _ = open_source(path).open_chunks()
    records = [r for chunk in chunks for r in chunk.records()]
    return int(report.outcome), report.violations[0].invariant, records[index].spec.name


@pytest.mark.parametrize("suffix", [".trace.txt", ".trace"])
def test_minimize_shrinks_a_padded_reproducer_to_the_same_violation(
    tmp_path: Path, suffix: str
) -> None:
    padded = padded_reproducer(tmp_path)
    assert int(replay(open_source(padded), check_every=1).outcome) == 0
    wanted = _first_violation(padded, [BUG])
    assert wanted == (5, "sharing.1", "domain_destroy")

    out = tmp_path / f"min{suffix}"
    result = CliRunner().invoke(
        cli, ["minimize", str(padded), "-o", str(out), "--planted-bug", BUG]
    )
    assert result.exit_code == 0, result.output
    assert "invariant sharing.1 violated by domain_destroy" in result.stdout
    before = len(load_trace(padded).records)
    after = len(load_trace(out).records)
    assert f"minimised {before} calls to {after}" in result.stdout
    assert after < before - len(PADDING_BEFORE.splitlines())
    assert load_trace(out).header.bugs == (BUG,)

    assert _first_violation(out, [BUG]) == wanted
    assert int(replay(open_source(out), check_every=1).outcome) == 0
    runner = CliRunner()
    assert runner.invoke(cli, ["replay", str(out), "--planted-bug", BUG]).exit_code == 5
    assert runner.invoke(cli, ["replay", str(out)]).exit_code == 0


def test_minimize_without_a_violation_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["minimize", str(REPRODUCER), "-o", str(tmp_path / "o.txt")])
    assert result.exit_code == 6
    assert "nothing to minimise" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "o.txt").exists()


# ---- haptrace fuzz-plot ----------------------------------------------------------------------


def test_fuzz_plot_draws_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    stats = tmp_path / "fuzz-stats.jsonl"
    lines = [
        {
            "t": t,
            "edges": 80 + 3 * t,
            "features": 90 + 5 * t,
            "spec": 30 + t,
            "spec_total": 254,
            "findings": int(t >= 4),
        }
        for t in range(8)
    ]
    stats.write_text("".join(json.dumps(line) + "\n" for line in lines))
    png = tmp_path / "plot.png"
    result = CliRunner().invoke(cli, ["fuzz-plot", str(stats), "-o", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert png.stat().st_size > 5000


@pytest.mark.parametrize("content", ["", "not json\n"], ids=["empty", "garbage"])
def test_fuzz_plot_of_a_bad_stats_file_is_bad_input(tmp_path: Path, content: str) -> None:
    pytest.importorskip("matplotlib")
    stats = tmp_path / "stats.jsonl"
    stats.write_text(content)
    result = CliRunner().invoke(cli, ["fuzz-plot", str(stats), "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 6 and "Traceback" not in result.output


# ---- haptrace fuzz (slow: real fuzzing runs) -------------------------------------------------


@pytest.mark.slow
def test_fuzz_finds_a_planted_bug_and_its_artifact_replays(tmp_path: Path) -> None:
    artifacts = tmp_path / "artifacts"
    done = haptrace(
        "fuzz",
        "--planted-bug",
        "resume_no_ring",
        "--max-time",
        "20",
        "--no-seeds",
        "--stop-on-finding",
        "--artifacts",
        str(artifacts),
        cwd=tmp_path,
    )
    assert done.returncode == 5, done.stdout + done.stderr
    assert "FINDING after" in done.stdout and "host.liveness" in done.stdout
    summary = json.loads((artifacts / "summary.json").read_text())
    assert summary["exit_status"] == 5 and len(summary["findings"]) == 1
    (finding,) = summary["findings"]
    directory = Path(finding["directory"])
    assert finding["replay_flags"] and finding["replay_clean_passes"]
    assert finding["calls_minimized"] <= 3
    trace = directory / "trace.trace"
    flagged = haptrace("replay", str(trace), "--planted-bug", "resume_no_ring", cwd=tmp_path)
    assert flagged.returncode == 5, flagged.stdout
    assert haptrace("replay", str(directory / "trace.trace.txt"), cwd=tmp_path).returncode == 0
    stats = artifacts / "fuzz-stats.jsonl"
    assert stats.exists() and json.loads(stats.read_text().splitlines()[-1])["findings"] == 1


@pytest.mark.slow
@pytest.mark.parametrize("profile", PROFILES)
def test_fuzz_on_the_clean_engine_finds_nothing(tmp_path: Path, profile: str) -> None:
    """CI's clean smoke run: 20 s of fuzzing the engine without planted bugs, in each
    profile, must report nothing (a finding is an engine bug or a wrong oracle)."""
    artifacts = tmp_path / "artifacts"
    done = haptrace(
        "fuzz",
        "--max-time",
        "20",
        "--profile",
        profile,
        "--no-seeds",
        "--artifacts",
        str(artifacts),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no findings" in done.stdout
    summary = json.loads((artifacts / "summary.json").read_text())
    assert summary["findings"] == [] and summary["execs"] > 1000
    assert not list(artifacts.glob("finding-*"))


@pytest.mark.slow
@pytest.mark.parametrize("profile", PROFILES)
def test_200k_random_inputs_find_nothing_on_the_clean_engine(profile: str) -> None:
    target = FuzzTarget(profile=profile)
    rng = random.Random(profile)
    calls = 0
    for number in range(200_000):
        data = random_input(rng, 4096)
        result = target.run_fast(data)
        assert not result.finding, f"input {number}: {data.hex()}"
        calls += result.ncalls
    assert calls > 2_000_000


# ---- haptrace corpus merge --------------------------------------------------------------------


def _worker_lines(artifacts: Path) -> list[dict[str, object]]:
    """Every worker's stats lines (the first is written before any input)."""
    lines = []
    for path in sorted(artifacts.glob("stats-*.jsonl")):
        lines += [json.loads(raw) for raw in path.read_text().splitlines()]
    return lines


@pytest.mark.slow
def test_corpus_merge_keeps_the_inputs_that_add_coverage(tmp_path: Path) -> None:
    """libFuzzer runs the merge in inner processes of the harness (-merge_inner=1); they get
    the harness's options because these are passed as --name=value (they used to be lost,
    and the inner runs refused libFuzzer's flags: the merge kept nothing)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    rng = random.Random(1)
    for number in range(40):
        data = random_input(rng, 512)
        (inputs / f"input-{number:03d}").write_bytes(data)
        (inputs / f"copy-{number:03d}").write_bytes(data)  # duplicates add nothing
    merged = tmp_path / "merged"
    command = ["corpus", "merge", str(merged), str(inputs), "--profile", "xen-4.2"]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 0, result.output
    kept = list(merged.iterdir())
    assert 0 < len(kept) <= 40
    assert f"{merged}: {len(kept)} inputs ({len(kept)} added)" in result.stdout
    contents = {p.read_bytes() for p in kept}
    assert len(contents) == len(kept)
    assert contents <= {p.read_bytes() for p in inputs.iterdir()}
    # The inner runs were harnesses with the profile asked for.
    inner = [line for line in _worker_lines(tmp_path / "merge-artifacts")]
    assert inner and {line["profile"] for line in inner} == {"xen-4.2"}
    again = CliRunner().invoke(cli, command)
    assert again.exit_code == 0, again.output
    assert f"{merged}: {len(kept)} inputs (0 added)" in again.stdout


# ---- --jobs, exact counts, reused artifacts directories ----------------------------------------


@pytest.mark.slow
def test_jobs_run_workers_with_the_profile_and_bugs(tmp_path: Path) -> None:
    """libFuzzer's -jobs starts each worker as argv[0] with the flags it was given: the
    harness's own options must be among them (they used to be lost, and every job exited 2)."""
    artifacts = tmp_path / "artifacts"
    done = haptrace(
        "fuzz",
        "--jobs",
        "2",
        "--runs",
        "3000",
        "--no-seeds",
        "--profile",
        "xen-4.2",
        "--planted-bug",
        "resume_no_ring",
        "--artifacts",
        str(artifacts),
        "--json",
        cwd=tmp_path,
    )
    assert done.returncode == 5, done.stdout + done.stderr
    summary = json.loads(done.stdout)
    lines = _worker_lines(artifacts)
    for line in lines:
        assert line["profile"] == "xen-4.2" and line["bugs"] == ["resume_no_ring"], line
    # Three harnesses: the one haptrace started, which only starts the jobs, and two workers.
    execs = {worker.pid: worker.execs for worker in counters.read_all(artifacts)}
    assert {line["pid"] for line in lines} == set(execs)
    logs = sorted(artifacts.glob("fuzz-*.log"))
    assert [p.name for p in logs] == ["fuzz-0.log", "fuzz-1.log"]
    # -runs is per job, and a job may run more: it checks the budget only between rounds,
    # and it also runs the inputs the other job added to the corpus.  The counts are what
    # each job's libFuzzer says it ran.
    ran = sorted(int(re.findall(r"Done (\d+) runs", p.read_text())[-1]) for p in logs)
    assert ran[0] >= 3000 and sorted(execs.values()) == [0, *ran]
    assert summary["execs"] == sum(ran)
    # Found by both workers, each finding reported once.  The bug is also reached through a
    # multicall whose entry is the resume (the fuzz machine runs multicalls for dom0).
    calls = [finding["call"] for finding in summary["findings"]]
    assert len(calls) == len(set(calls)) and "memshr_domain_resume" in calls, calls
    assert all(finding["replay_flags"] for finding in summary["findings"])


def test_a_run_budget_is_reported_exactly(tmp_path: Path) -> None:
    """libFuzzer ends a run that reached -runs by exit() from C; the counts come from the
    workers' counters files, not from a last stats line that never comes (3000 runs used to
    be reported as 1,024)."""
    artifacts = tmp_path / "artifacts"
    done = haptrace(
        "fuzz",
        "--runs",
        "3000",
        "--no-seeds",
        "--artifacts",
        str(artifacts),
        "--json",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    summary = json.loads(done.stdout)
    assert summary["execs"] == 3000
    last = json.loads((artifacts / "fuzz-stats.jsonl").read_text().splitlines()[-1])
    assert (last["execs"], last["calls"], last["spec"]) == (
        summary["execs"],
        summary["calls"],
        summary["spec"],
    )
    assert summary["calls"] > 3000 and 0 < summary["spec"] <= summary["spec_total"]


def test_a_reused_artifacts_directory_reports_only_this_run(tmp_path: Path) -> None:
    """An earlier run's finding stays on disk but is not this run's: a clean run exits 0.
    Its stats and findings lists are moved aside, not appended to (nor deleted)."""
    artifacts = tmp_path / "artifacts"
    old = artifacts / "finding-inv-sharing.1-foreign_map"
    old.mkdir(parents=True)
    report = {"kind": "invariant", "directory": str(old), "description": "an old finding"}
    (old / "finding.json").write_text(json.dumps(report))
    (artifacts / "findings.jsonl").write_text(json.dumps(report) + "\n")
    (artifacts / "fuzz-stats.jsonl").write_text('{"t": 99.0, "execs": 7}\n')
    (artifacts / "stats-1.jsonl").write_text('{"t": 99.0, "execs": 7}\n')
    done = haptrace(
        "fuzz", "--runs", "2000", "--no-seeds", "--artifacts", str(artifacts), cwd=tmp_path
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no findings" in done.stdout
    assert json.loads((artifacts / "summary.json").read_text())["findings"] == []
    assert (old / "finding.json").exists()
    (earlier,) = (artifacts / "earlier-runs").iterdir()
    assert sorted(p.name for p in earlier.iterdir()) == [
        "findings.jsonl",
        "fuzz-stats.jsonl",
        "stats-1.jsonl",
    ]
    assert (earlier / "fuzz-stats.jsonl").read_text() == '{"t": 99.0, "execs": 7}\n'
    stats = [json.loads(raw) for raw in (artifacts / "fuzz-stats.jsonl").read_text().splitlines()]
    assert stats[-1]["execs"] == 2000 and all(line["t"] < 99.0 for line in stats)
    assert not (artifacts / "findings.jsonl").exists()


def test_libfuzzer_artifacts_go_to_the_artifacts_directory(tmp_path: Path) -> None:
    """The harness adds -artifact_prefix itself, so libFuzzer's own files never land in the
    current directory, however the harness was started (here: directly, as libFuzzer's
    -merge and -jobs start it, with an RSS limit it cannot meet)."""
    (tmp_path / "corpus").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "fuzz.harness", "--artifacts=art", "-rss_limit_mb=1", "corpus"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "out-of-memory" in done.stderr, done.stderr[-2000:]
    written = sorted(p.name for p in (tmp_path / "art").glob("oom-*"))
    assert len(written) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["art", "corpus"]


@pytest.mark.parametrize("name", ["README.md", "no-such-directory"])
def test_a_corpus_argument_after_the_dashes_that_is_no_directory_is_bad_input(
    tmp_path: Path, name: str
) -> None:
    # libFuzzer stopped the run on it, which read as our crash (exit 70).
    path = tmp_path / name
    if name == "README.md":
        path.write_text("not a corpus\n")
    result = CliRunner().invoke(cli, ["fuzz", "--max-time", "1", "--", str(path)])
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    assert str(path) in result.output
