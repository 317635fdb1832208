"""Running a fuzzing campaign: the parent side of ``haptrace fuzz``.

The parent prepares the corpus directory (seeded from traces), the dictionary and the
artifacts directory, starts the atheris harness (fuzz/harness.py) in a child process — with
``--jobs N``, libFuzzer's own parallel mode runs N of them — and while they run, prints a
status line every few seconds from their stats files and libFuzzer's coverage lines.  At the
end it prints a summary and returns the findings.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from haptrace.errors import InputError
from haptrace.outcome import Outcome

from .dictionary import write as write_dictionary

_COVERAGE = re.compile(r"cov: (\d+) ft: (\d+)")


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

    @property
    def outcome(self) -> Outcome:
        if self.crashed:
            return Outcome.INTERNAL
        kinds = {f["kind"] for f in self.findings}
        if "invariant" in kinds:
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


def worker_command() -> list[str]:
    """The harness as an executable: libFuzzer's -jobs mode re-runs argv[0] itself."""
    worker = shutil.which("haptrace-fuzz-worker")
    return [worker] if worker else [sys.executable, "-m", "fuzz.harness"]


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
    dictionary = write_dictionary(artifacts / "haptrace.dict")
    for old in artifacts.glob("stats-*.jsonl"):
        old.unlink()
    command = worker_command() + [
        "--profile",
        options.profile,
        "--artifacts",
        str(artifacts),
        "--engine",
        options.engine,
    ]
    for bug in options.bugs:
        command += ["--planted-bug", bug]
    if options.stop_on_finding:
        command.append("--stop-on-finding")
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
    command += ["--", *libfuzzer, *options.libfuzzer_args, str(corpus)]
    env = dict(os.environ)
    if options.engine == "asan":
        import atheris

        preload = Path(atheris.path()) / "asan_with_fuzzer.so"
        env["LD_PRELOAD"] = str(preload)
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "detect_leaks=0")
    return _supervise(command, env, artifacts, options, status)


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
    with subprocess.Popen(
        command,
        env=env,
        cwd=artifacts,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    ) as child:
        assert child.stderr is not None
        reader = threading.Thread(
            target=_read_log, args=(child.stderr, coverage, tail), daemon=True
        )
        reader.start()
        stats_log = artifacts / "fuzz-stats.jsonl"
        next_status = started + options.status_every
        while child.poll() is None:
            time.sleep(0.2)
            if time.monotonic() >= next_status:
                next_status += options.status_every
                line = _snapshot(artifacts, started, coverage)
                with stats_log.open("a") as handle:
                    handle.write(json.dumps(line) + "\n")
                if status is not None:
                    status(format_status(line))
        reader.join(timeout=5)
    line = _snapshot(artifacts, started, coverage)
    with (artifacts / "fuzz-stats.jsonl").open("a") as handle:
        handle.write(json.dumps(line) + "\n")
    # The harness handles findings itself and exits 0; anything else (a deadly signal in
    # the engine, an exception in the harness) is a crash of ours.
    crashed = child.returncode != 0
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
    )


def _read_log(stream: Any, coverage: dict[str, int], tail: list[str]) -> None:
    for line in stream:
        found = _COVERAGE.search(line)
        if found:
            coverage["edges"] = max(coverage["edges"], int(found.group(1)))
            coverage["features"] = max(coverage["features"], int(found.group(2)))
        tail.append(line)
        del tail[:-200]


def _snapshot(artifacts: Path, started: float, coverage: dict[str, int]) -> dict[str, Any]:
    """The campaign's counters now: summed over worker processes (their last stats line)."""
    execs = calls = spec = spec_total = 0
    for path in artifacts.glob("stats-*.jsonl"):
        lines = path.read_text().splitlines()
        if not lines:
            continue
        last = json.loads(lines[-1])
        execs += last["execs"]
        calls += last["calls"]
        spec = max(spec, last["spec"])
        spec_total = last["spec_total"]
    elapsed = time.monotonic() - started
    return {
        "t": round(elapsed, 3),
        "execs": execs,
        "calls": calls,
        "execs_per_s": round(execs / max(elapsed, 1e-9)),
        "calls_per_s": round(calls / max(elapsed, 1e-9)),
        "edges": coverage["edges"],
        "features": coverage["features"],
        "spec": spec,
        "spec_total": spec_total,
        "findings": len(_findings(artifacts)),
    }


def _findings(artifacts: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(artifacts.glob("finding-*/finding.json")):
        try:
            out.append(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue
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
    import importlib.util

    module = {"cov": "haptrace._engine_cov", "asan": "haptrace._engine_asan"}[engine]
    if importlib.util.find_spec(module) is None:
        raise InputError(
            f"the {engine} engine ({module}) is not built: install with"
            " `HAPTRACE_NATIVE_COVERAGE=1 CC=clang pip install .` (see README, Native coverage)"
        )
