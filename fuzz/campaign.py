"""Running a fuzzing campaign: the parent side of ``haptrace fuzz``.

The parent prepares the corpus directory (seeded from traces), the dictionary and the
artifacts directory, starts the atheris harness (fuzz/harness.py) in a child process — with
``--jobs N``, libFuzzer's own parallel mode runs N of them — and while they run, prints a
status line every few seconds from their counters (fuzz/counters.py) and libFuzzer's
coverage lines.  At the end it prints a summary and returns the findings.

A run reports what it did itself.  The files of an earlier run in the same artifacts
directory (its stats, findings list, summary, worker files and logs) are moved to
``ARTIFACTS/earlier-runs/<time>/`` first, and the findings reported are the ones this run's
workers wrote to ``findings.jsonl``: an old ``finding-*/`` directory stays where it is, and
counts only if this run finds the same thing again (and rewrites it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from haptrace.binding import lean
from haptrace.errors import InputError
from haptrace.outcome import Outcome

from . import counters
from .dictionary import write as write_dictionary
from .harness import Options, UsageError, asan_environment, worker_executable

# The start of a run is on the clock: everything until the harness runs its first input
# counts in the time to a finding (benchmarks/bench_fuzz.py).  So this module imports only
# what the parent needs before the harness starts (the engine's compiled module, for the
# dictionary and the planted bugs' names: no catalogue, numpy or replay.Machine), starts
# the harness, and only then loads the rest, while the harness starts on the other core.

_COVERAGE = re.compile(r"cov: (\d+) ft: (\d+)")
# What one run leaves in the artifacts directory besides findings and the corpus.
RUN_FILES = (
    "fuzz-stats.jsonl",
    "findings.jsonl",
    "summary.json",
    "stats-*.jsonl",
    "counters-*.bin",
    "fuzz-*.log",
)


# fuzz-stats.jsonl gets a line every second (the status line is printed every
# status_every): a 15-second run draws as a curve in fuzz-plot, not as three points.
STATS_EVERY = 1.0


@dataclass
class CampaignOptions:
    artifacts: Path = Path("artifacts")
    corpus: Path | None = None
    seeds: Iterable[Path] = ()
    max_time: int | None = None
    runs: int | None = None
    profile: str = "doc"
    bugs: tuple[str, ...] = ()
    engine: str = "default"  # default, cov (native coverage) or asan
    jobs: int = 1
    stop_on_finding: bool = False
    libfuzzer_args: tuple[str, ...] = ()
    status_every: float = 5.0


@dataclass
class CampaignResult:
    seconds: float
    execs: int
    calls: int
    edges: int
    features: int
    spec: int
    spec_total: int
    findings: list[dict[str, Any]] = field(default_factory=list)
    crashed: bool = False
    log_tail: str = ""
    interrupted: bool = False  # stopped by Ctrl-C

    @property
    def outcome(self) -> Outcome:
        if self.crashed:
            return Outcome.INTERNAL
        kinds = {f["kind"] for f in self.findings}
        # The executor's test hook (fuzz/findings.py) stands for a state that must never be
        # reached, as a violated invariant does.
        if kinds & {"invariant", "test-magic"}:
            return Outcome.INVARIANT
        return Outcome.UNDOCUMENTED if kinds else Outcome.PASS

    def to_json(self) -> dict[str, Any]:
        elapsed = max(self.seconds, 1e-9)
        return {
            "seconds": round(self.seconds, 3),
            "execs": self.execs,
            "calls": self.calls,
            "execs_per_s": round(self.execs / elapsed),
            "calls_per_s": round(self.calls / elapsed),
            "edges": self.edges,
            "features": self.features,
            "spec": self.spec,
            "spec_total": self.spec_total,
            "findings": self.findings,
            "interrupted": self.interrupted,
            "outcome": self.outcome.label,
            "exit_status": int(self.outcome),
        }


def seed_corpus(corpus: Path, traces: Iterable[Path]) -> int:
    """Encode traces as fuzz inputs into ``corpus`` (named by content, so repeats merge)."""
    from replay.engine import open_source

    from .encode import encode

    corpus.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in traces:
        source = open_source(path)
        chunks, _ = source.open_chunks()
        records = [r for chunk in chunks for r in chunk.records()]
        data = encode(records)
        if not data:
            continue
        name = corpus / f"seed-{hashlib.sha1(data).hexdigest()[:16]}"
        if not name.exists():
            name.write_bytes(data)
            written += 1
    return written


def check_bugs(bugs: Iterable[str]) -> None:
    """InputError naming an unknown planted bug (from the engine's own list of names)."""
    known = lean.engine("default").bug_names()
    for name in bugs:
        if name not in known:
            raise InputError(f"unknown planted bug {name!r}; known: {', '.join(sorted(known))}")


def worker_command() -> list[str]:
    """The harness as an executable: libFuzzer's -jobs and -merge re-run argv[0] itself."""
    worker = worker_executable()
    return [worker] if worker else [sys.executable, "-m", "fuzz.harness"]


def set_aside_previous_run(artifacts: Path) -> Path | None:
    """Move an earlier run's files out of the way (never delete them), so that this run's
    stats and findings start afresh.  Returns where they went, if anywhere."""
    old = [p for pattern in RUN_FILES for p in sorted(artifacts.glob(pattern)) if p.is_file()]
    if not old:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(max(p.stat().st_mtime for p in old)))
    destination = artifacts / "earlier-runs" / stamp
    suffix = 1
    while destination.exists():
        suffix += 1
        destination = artifacts / "earlier-runs" / f"{stamp}-{suffix}"
    destination.mkdir(parents=True)
    for path in old:
        path.rename(destination / path.name)
    return destination


def run_campaign(
    options: CampaignOptions, status: Callable[[str], None] | None = None
) -> CampaignResult:
    artifacts = options.artifacts.resolve()
    artifacts.mkdir(parents=True, exist_ok=True)
    corpus = (options.corpus or artifacts / "corpus").resolve()
    corpus.mkdir(parents=True, exist_ok=True)
    seeds = list(options.seeds)
    if seeds:
        seed_corpus(corpus, seeds)
    set_aside_previous_run(artifacts)
    dictionary = write_dictionary(artifacts / "haptrace.dict")
    worker = Options(
        profile=options.profile,
        planted_bug=list(options.bugs),
        artifacts=str(artifacts),
        engine=options.engine,
        stop_on_finding=options.stop_on_finding,
    )
    libfuzzer = [
        f"-dict={dictionary}",
        f"-artifact_prefix={artifacts}/",
        "-max_len=256",
        "-print_final_stats=1",
    ]
    if options.max_time is not None:
        libfuzzer.append(f"-max_total_time={options.max_time}")
    if options.runs is not None:
        libfuzzer.append(f"-runs={options.runs}")
    if options.jobs > 1:
        libfuzzer += [f"-jobs={options.jobs}", f"-workers={options.jobs}"]
    # Our options in --name=value form: libFuzzer hands them on to every process it starts.
    command = worker_command() + worker.argv()
    command += [*libfuzzer, *options.libfuzzer_args, str(corpus)]
    env = dict(os.environ)
    if options.engine == "asan":
        # Recipe A: the preload reaches the worker's Python process only (Popen runs the
        # worker script, whose interpreter is the first program started).
        try:
            env = asan_environment(env)
        except UsageError as exc:
            raise InputError(str(exc)) from exc
    return _supervise(command, env, artifacts, options, status)


class ForkedWorker:
    """The harness in a child forked from this process (the ``haptrace fuzz`` parent), in
    place of a new ``haptrace-fuzz-worker`` process: the child starts fuzzing without a
    second interpreter start-up and with the modules imported so far (about 60 ms less to
    the first input here).  It runs fuzz.harness.main with the worker's command line, in the
    artifacts directory, its stdout to /dev/null and its stderr to a pipe this process reads,
    as the worker process would.  libFuzzer's -jobs and -merge still start
    ``haptrace-fuzz-worker`` processes (argv[0]).  Not for the asan engine, whose process must
    start with LD_PRELOAD."""

    def __init__(self, command: list[str], env: dict[str, str], cwd: Path) -> None:
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the caller
            os.close(read_end)
            self._child(command, env, cwd, write_end)
        os.close(write_end)
        self.pid = pid
        self.returncode: int | None = None
        self.stderr: IO[str] = os.fdopen(read_end, "r", errors="replace")

    @staticmethod
    def _child(command: list[str], env: dict[str, str], cwd: Path, stderr: int) -> None:
        code = 70
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(stderr, 2)
            os.close(devnull)
            os.close(stderr)
            # Python's own streams on the new descriptors (the caller's may be replaced, as
            # click's test runner replaces them).
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
            os.chdir(cwd)
            os.environ.clear()
            os.environ.update(env)
            sys.argv = list(command)
            from .harness import main

            main(command[1:])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)
            self.wait()


def _start(command: list[str], env: dict[str, str], artifacts: Path, engine: str) -> Any:
    if engine != "asan" and hasattr(os, "fork"):
        return ForkedWorker(command, env, artifacts)
    return subprocess.Popen(
        command,
        env=env,
        cwd=artifacts,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )


def _check_build() -> None:
    """The binding's check that the engine was built from this catalogue (StaleBuildError
    otherwise), done in the parent while the harness starts (the harness does not load the
    catalogue)."""
    from haptrace.binding import check_build

    check_build()


def _supervise(
    command: list[str],
    env: dict[str, str],
    artifacts: Path,
    options: CampaignOptions,
    status: Callable[[str], None] | None,
) -> CampaignResult:
    started = time.monotonic()
    coverage = {"edges": 0, "features": 0}
    tail: list[str] = []
    interrupted = False
    child = _start(command, env, artifacts, options.engine)
    try:
        _check_build()
    except BaseException:
        child.kill()
        raise
    try:
        assert child.stderr is not None
        reader = threading.Thread(
            target=_read_log, args=(child.stderr, coverage, tail), daemon=True
        )
        reader.start()
        stats_log = artifacts / "fuzz-stats.jsonl"
        next_status = started + options.status_every
        next_line = started + STATS_EVERY
        try:
            while child.poll() is None:
                time.sleep(0.2)
                now = time.monotonic()
                if now < next_line and now < next_status:
                    continue
                line = _snapshot(artifacts, started, coverage, options.profile)
                with stats_log.open("a") as handle:
                    handle.write(json.dumps(line) + "\n")
                next_line += STATS_EVERY
                if now >= next_status:
                    next_status += options.status_every
                    if status is not None:
                        status(format_status(line))
        except KeyboardInterrupt:
            # Ctrl-C ends the run as a time limit would: the summary is still written.
            interrupted = True
            _interrupt(child)
        reader.join(timeout=5)
    finally:
        if child.poll() is None:  # interrupted (Ctrl-C): do not leave the harness running
            child.kill()
        child.stderr.close()
    # The workers' counters files hold their last input's numbers, however they ended.
    line = _snapshot(artifacts, started, coverage, options.profile)
    with (artifacts / "fuzz-stats.jsonl").open("a") as handle:
        handle.write(json.dumps(line) + "\n")
    # The harness handles findings itself and exits 0; anything else (a deadly signal in
    # the engine, an exception in the harness) is a crash of ours.
    crashed = child.returncode != 0 and not interrupted
    findings = _findings(artifacts)
    return CampaignResult(
        seconds=line["t"],
        execs=line["execs"],
        calls=line["calls"],
        edges=line["edges"],
        features=line["features"],
        spec=line["spec"],
        spec_total=line["spec_total"],
        findings=findings,
        crashed=crashed,
        log_tail="".join(tail[-40:]),
        interrupted=interrupted,
    )


def _interrupt(child: Any, grace: float = 5.0) -> None:
    """Stop the harness as Ctrl-C stops libFuzzer (SIGINT: it prints its final stats and
    exits), then by force if it has not exited within ``grace`` seconds."""
    if child.poll() is None:
        os.kill(child.pid, signal.SIGINT)
    deadline = time.monotonic() + grace
    while child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


def _read_log(stream: Any, coverage: dict[str, int], tail: list[str]) -> None:
    for line in stream:
        found = _COVERAGE.search(line)
        if found:
            coverage["edges"] = max(coverage["edges"], int(found.group(1)))
            coverage["features"] = max(coverage["features"], int(found.group(2)))
        tail.append(line)
        del tail[:-200]


def _snapshot(
    artifacts: Path, started: float, coverage: dict[str, int], profile: str
) -> dict[str, Any]:
    """The campaign's counters now: summed over the worker processes' counters files.  With
    --jobs the workers' coverage lines are in their logs (fuzz-<i>.log), not in the
    harness's output: edges and features are then the largest any worker reached."""
    from haptrace.catalogue import CATALOGUE
    from haptrace.catalogue.model import ERRNO_BITS

    documented = {c.id << ERRNO_BITS | e for c in CATALOGUE for e in c.errnos(profile)}
    execs = calls = 0
    reached: set[int] = set()
    for worker in counters.read_all(artifacts):
        execs += worker.execs
        calls += worker.calls
        reached |= worker.spec
    for log in artifacts.glob("fuzz-*.log"):
        _log_coverage(log, coverage)
    elapsed = time.monotonic() - started
    return {
        "t": round(elapsed, 3),
        "execs": execs,
        "calls": calls,
        "execs_per_s": round(execs / max(elapsed, 1e-9)),
        "calls_per_s": round(calls / max(elapsed, 1e-9)),
        "edges": coverage["edges"],
        "features": coverage["features"],
        "spec": len(reached & documented),
        "spec_total": len(documented),
        "findings": len(_findings(artifacts)),
    }


def _log_coverage(log: Path, coverage: dict[str, int]) -> None:
    """The last coverage line of a libFuzzer log, read from its tail (logs grow all run)."""
    try:
        with log.open("rb") as handle:
            handle.seek(max(log.stat().st_size - 65536, 0))
            tail = handle.read().decode(errors="replace")
    except OSError:
        return
    found = _COVERAGE.findall(tail)
    if found:
        edges, features = found[-1]
        coverage["edges"] = max(coverage["edges"], int(edges))
        coverage["features"] = max(coverage["features"], int(features))


def _findings(artifacts: Path) -> list[dict[str, Any]]:
    """This run's findings: the ones its workers listed in findings.jsonl, each once (two
    workers of --jobs may both find it), as its finding.json now describes it."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        lines = (artifacts / "findings.jsonl").read_text().splitlines()
    except OSError:
        return out
    for raw in lines:
        try:
            listed = json.loads(raw)
        except ValueError:
            continue  # a line being written
        directory = str(listed.get("directory", ""))
        if directory in seen:
            continue
        seen.add(directory)
        try:
            out.append(json.loads((Path(directory) / "finding.json").read_text()))
        except (OSError, ValueError):
            out.append(listed)
    return out


def format_status(line: dict[str, Any]) -> str:
    return (
        f"[{line['t']:7.1f}s] execs {line['execs']:,} ({line['execs_per_s']:,}/s)"
        f"  calls {line['calls']:,} ({line['calls_per_s']:,}/s)"
        f"  edges {line['edges']:,}  spec {line['spec']}/{line['spec_total']}"
        f"  findings {line['findings']}"
    )


def require_engine(engine: str) -> None:
    """Refuse early, with the build command, when a native-coverage engine is missing."""
    if engine == "default":
        return
    from haptrace.engines import ENGINE_MODULES

    if not lean.built(engine):
        raise InputError(
            f"the {engine} engine ({ENGINE_MODULES[engine]}) is not built: install with"
            " `HAPTRACE_NATIVE_COVERAGE=1 pip install .` (see README, Native coverage)"
        )
