"""The atheris harness.  Runs in its own process, started by ``haptrace fuzz``:

    python -m fuzz.harness [--profile P] [--planted-bug NAME] [--artifacts DIR]
                           [--engine default|cov|asan] [--stop-on-finding]
                           -- [libFuzzer flags] CORPUS_DIR...

Each input is decoded and run in C (one cffi call), the per-call outcomes become coverage
features (fuzz/feedback.py), and a finding is minimised and written as an artifact.  Stats
go to ``DIR/stats-<pid>.jsonl`` as JSON lines every second.

``--engine cov`` loads the engine built with SanitizerCoverage, after making atheris'
bundled libFuzzer global (limits.md, recipe B) so the instrumented module can link.
``--engine asan`` expects the parent to LD_PRELOAD atheris' asan_with_fuzzer.so (recipe A).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    if "--" in argv:
        split = argv.index("--")
        ours, libfuzzer = argv[:split], argv[split + 1 :]
    else:
        ours, libfuzzer = argv, []
    parser = argparse.ArgumentParser(prog="python -m fuzz.harness")
    parser.add_argument("--profile", default="doc")
    parser.add_argument("--planted-bug", action="append", default=[])
    parser.add_argument("--artifacts", default="artifacts")
    parser.add_argument("--engine", choices=("default", "cov", "asan"), default="default")
    parser.add_argument("--stop-on-finding", action="store_true")
    return parser.parse_args(ours), libfuzzer


def _load_native(engine: str) -> None:
    """Make libFuzzer's symbols global before the instrumented engine is imported."""
    os.environ["HAPTRACE_ENGINE"] = engine
    if engine == "cov":
        flags = sys.getdlopenflags()
        sys.setdlopenflags(flags | os.RTLD_GLOBAL)
        import atheris.core_with_libfuzzer  # noqa: F401 - imported for its symbols

        sys.setdlopenflags(flags)


class Stats:
    """Counters of this process, written as a JSON line every second."""

    def __init__(self, path: Path, documented: set[int]) -> None:
        self.path = path
        self.documented = documented
        self.started = time.monotonic()
        self.last = 0.0
        self.execs = 0
        self.calls = 0
        self.spec: set[int] = set()  # call << 8 | errno, as the engine reports them
        self.findings: list[dict[str, Any]] = []

    def line(self) -> dict[str, Any]:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return {
            "t": round(elapsed, 3),
            "pid": os.getpid(),
            "execs": self.execs,
            "calls": self.calls,
            "execs_per_s": round(self.execs / elapsed),
            "calls_per_s": round(self.calls / elapsed),
            "spec": len(self.spec & self.documented),
            "spec_total": len(self.documented),
            "findings": len(self.findings),
        }

    def write(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 1.0:
            return
        self.last = now
        with self.path.open("a") as handle:
            handle.write(json.dumps(self.line()) + "\n")


def main(argv: list[str] | None = None) -> None:
    options, libfuzzer = _parse(sys.argv[1:] if argv is None else argv)
    _load_native(options.engine)
    import atheris

    from haptrace.catalogue import CATALOGUE

    from .feedback import Feedback
    from .findings import FindingStore
    from .target import FuzzTarget

    artifacts = Path(options.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    target = FuzzTarget(profile=options.profile, bugs=tuple(options.planted_bug))
    documented = {c.id << 8 | e for c in CATALOGUE for e in c.errnos(options.profile)}
    stats = Stats(artifacts / f"stats-{os.getpid()}.jsonl", documented)
    feedback = Feedback(atheris.instrument_func)
    store = FindingStore(target, artifacts, stats.started)
    run, features, spec_keys = target.run_fast, target.features, target.spec_keys
    spec, hit = stats.spec, feedback.hit

    def test_one_input(data: bytes) -> None:
        result = run(data)
        count = result.ncalls
        # Each feature once per input: hit counts would flood the corpus with inputs that
        # differ only in how often they repeat a call (measured: 76k vs 59k execs/s).
        hit(set(features(count)))
        spec.update(spec_keys(count))
        stats.execs += 1
        stats.calls += count
        if result.finding:
            outcome = target.run(data)
            if store.is_new(outcome):
                try:
                    finding = store.record(data, outcome)
                except Exception as exc:  # our bug: keep the input, keep fuzzing
                    store.record_failure(data, outcome, exc)
                    finding = None
                if finding is not None:
                    stats.findings.append(finding.to_json())
                    with (artifacts / "findings.jsonl").open("a") as handle:
                        handle.write(json.dumps(finding.to_json()) + "\n")
                    if options.stop_on_finding:
                        stats.write(force=True)
                        sys.stdout.flush()
                        os._exit(0)
        if stats.execs & 1023 == 0:
            stats.write()

    from .mutator import make_mutator

    atheris.Setup(
        [sys.argv[0], *libfuzzer],
        test_one_input,
        internal_libfuzzer=options.engine != "asan",  # asan: the parent preloads libFuzzer
        custom_mutator=make_mutator(),
    )
    try:
        atheris.Fuzz()
    finally:
        stats.write(force=True)


if __name__ == "__main__":
    main()
