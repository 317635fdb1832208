"""The atheris harness.  Runs in its own process, started by ``haptrace fuzz``:

    haptrace-fuzz-worker [--profile=P] [--planted-bug=NAME]... [--artifacts=DIR]
                         [--engine=default|cov|asan] [--stop-on-finding]
                         [libFuzzer flags] [CORPUS_DIR...]

(or ``python -m fuzz.harness ...``).  Our options may come anywhere, as ``--name=value`` or
``--name value``; every other argument is libFuzzer's (a ``--`` between them is allowed and
dropped).  libFuzzer gets ours too, always as ``--name=value``: it ignores arguments that
start with ``--`` and passes them verbatim to the processes it starts itself — the workers of
``-jobs`` and the inner runs of ``-merge`` — which it starts as ``argv[0]`` with its own
flags.  So every re-invocation of the harness keeps its profile, planted bugs, artifacts
directory and engine.  argv[0] is the ``haptrace-fuzz-worker`` script, whichever way this
process was started.

Each input is decoded and run in C (one cffi call, which also sets the input's coverage
features in counters libFuzzer reads, fuzz/feedback.py, and counts it), the structure-aware
mutator runs in C too, and a finding is minimised and written as an artifact.  The
counters go to ``DIR/counters-<pid>.bin`` with every input (fuzz/counters.py) and a stats
line to ``DIR/stats-<pid>.jsonl`` every second.  libFuzzer's own files (``crash-*``) go to
DIR too: ``-artifact_prefix=DIR/`` is added unless the flags name another place.

Engines (limits.md, "Native coverage of a cffi C extension under atheris"):

* ``--engine=cov`` loads the engine built with SanitizerCoverage (recipe B): atheris'
  custom-mutator module and then its bundled libFuzzer are loaded with RTLD_GLOBAL before the
  engine is imported, so the instrumented module links against libFuzzer and libFuzzer finds
  LLVMFuzzerCustomMutator when it starts.
* ``--engine=asan`` loads the ASan+UBSan build under atheris' preloaded
  ``asan_with_fuzzer.so`` and custom-mutator module (recipe A).  ``haptrace fuzz`` starts the
  worker with that LD_PRELOAD; a harness started without it (by libFuzzer's ``-jobs`` or
  ``-merge``, whose shell must not get the preload) starts itself again with it.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from haptrace.errors import InputError

from .counters import WorkerCounters

ENGINES = ("default", "cov", "asan")
TEST_HOOKS = ("magic",)
WORKER_SCRIPT = "haptrace-fuzz-worker"
USAGE = __doc__.split("\n\n")[1] if __doc__ else ""


class UsageError(InputError):
    """A bad harness command line (reported by main() as exit status 2)."""


@dataclass
class Options:
    profile: str = "doc"
    planted_bug: list[str] = field(default_factory=list)
    artifacts: str = "artifacts"
    engine: str = "default"
    stop_on_finding: bool = False
    test_hook: list[str] = field(default_factory=list)

    def argv(self) -> list[str]:
        """Our options as libFuzzer passes them on: one ``--name=value`` argument each."""
        out = [
            f"--profile={self.profile}",
            f"--artifacts={self.artifacts}",
            f"--engine={self.engine}",
        ]
        out += [f"--planted-bug={bug}" for bug in self.planted_bug]
        out += [f"--test-hook={hook}" for hook in self.test_hook]
        if self.stop_on_finding:
            out.append("--stop-on-finding")
        return out


_VALUED = {
    "--profile": "profile",
    "--planted-bug": "planted_bug",
    "--artifacts": "artifacts",
    "--engine": "engine",
    "--test-hook": "test_hook",
}
_FLAGS = {"--stop-on-finding": "stop_on_finding"}


def parse(argv: list[str]) -> tuple[Options, list[str]]:
    """Our options, from anywhere in argv, and everything else for libFuzzer, in order."""
    options = Options()
    libfuzzer: list[str] = []
    position = 0
    while position < len(argv):
        arg = argv[position]
        position += 1
        if arg == "--":
            continue  # the old separator between ours and libFuzzer's: nothing to pass on
        name, equals, value = arg.partition("=")
        if name in _FLAGS:
            if equals:
                raise UsageError(f"{name} takes no value")
            setattr(options, _FLAGS[name], True)
        elif name in _VALUED:
            if not equals:
                if position == len(argv):
                    raise UsageError(f"{name} needs a value")
                value = argv[position]
                position += 1
            current = getattr(options, _VALUED[name])
            if isinstance(current, list):
                current.append(value)
            else:
                setattr(options, _VALUED[name], value)
        else:
            libfuzzer.append(arg)
    if options.engine not in ENGINES:
        raise UsageError(f"--engine={options.engine}: choose one of {', '.join(ENGINES)}")
    for hook in options.test_hook:
        if hook not in TEST_HOOKS:
            raise UsageError(f"--test-hook={hook}: the hooks are {', '.join(TEST_HOOKS)}")
    options.artifacts = str(Path(options.artifacts).resolve())
    return options, libfuzzer


def worker_executable() -> str | None:
    """The ``haptrace-fuzz-worker`` script of this installation: the one next to the running
    interpreter (a virtual environment's bin/), else the first on PATH."""
    here = shutil.which(WORKER_SCRIPT, path=str(Path(sys.executable).parent))
    return here or shutil.which(WORKER_SCRIPT)


def asan_preload() -> list[str]:
    """What recipe A preloads: atheris' ASan runtime with libFuzzer, and its custom-mutator
    module, whose LLVMFuzzerCustomMutator libFuzzer looks up once, when it loads (a Python
    custom_mutator= is otherwise silently not used: atheris issue #54).  Found without
    importing atheris."""
    spec = importlib.util.find_spec("atheris")
    if spec is None or spec.origin is None:
        raise UsageError("atheris is not installed: pip install atheris")
    package = Path(spec.origin).parent
    runtime = package.parent / "asan_with_fuzzer.so"
    mutators = [
        package / f"custom_mutator{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
    ]
    mutator = next((p for p in mutators if p.exists()), None)
    if not runtime.exists() or mutator is None:
        raise UsageError(f"atheris in {package} lacks asan_with_fuzzer.so or custom_mutator")
    return [str(runtime), str(mutator)]


def asan_environment(env: dict[str, str]) -> dict[str, str]:
    """``env`` for a Python process that runs the asan engine (only that process: the
    custom-mutator module needs libpython's symbols, which a shell or `timeout` lacks)."""
    out = dict(env)
    out["LD_PRELOAD"] = " ".join(asan_preload())
    # CPython's allocations live until exit by design: leak reports would be all noise.
    out.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    return out


def _asan_loaded() -> bool:
    import ctypes

    process = ctypes.CDLL(None)
    return all(hasattr(process, s) for s in ("__asan_init", "LLVMFuzzerCustomMutator"))


def load_libfuzzer_globally() -> None:
    """Recipe B: atheris' custom-mutator module, then its bundled libFuzzer, loaded with
    RTLD_GLOBAL, in that order.  libFuzzer resolves LLVMFuzzerCustomMutator when it is
    loaded, so the mutator module must be global first; libFuzzer's symbols must then be
    global before anything calls them: the instrumented engine when it is imported, and the
    harness's feature counters when it registers them (fuzz/feedback.py)."""
    flags = sys.getdlopenflags()
    sys.setdlopenflags(flags | os.RTLD_GLOBAL)
    try:
        for name in ("atheris.custom_mutator", "atheris.core_with_libfuzzer"):
            importlib.import_module(name)
    finally:
        sys.setdlopenflags(flags)


def load_native(engine: str, module: str, argv: list[str]) -> None:
    """Prepare this process for ``engine`` before anything imports the engine
    (haptrace.binding.lean reads HAPTRACE_ENGINE).  ``module`` and ``argv`` start this program
    again, with the preload, if the asan engine lacks it.  With the default and cov
    engines, atheris' libFuzzer is loaded globally (recipe B, which the instrumented cov
    build needs, and the harness's feature counters for every build)."""
    os.environ["HAPTRACE_ENGINE"] = engine
    if engine in ("default", "cov"):
        load_libfuzzer_globally()
    elif engine == "asan":
        if not _asan_loaded():
            if os.environ.get("HAPTRACE_PRELOADED") == "1":
                raise UsageError(
                    f"the asan engine needs LD_PRELOAD={' '.join(asan_preload())}; it was set"
                    " but the libraries are not loaded (see the loader's message above)"
                )
            env = asan_environment(dict(os.environ))
            env["HAPTRACE_PRELOADED"] = "1"
            os.execve(sys.executable, [sys.executable, "-m", module, *argv], env)
        # Loaded: the processes libFuzzer starts (through /bin/sh) must not inherit the
        # preload, and a harness among them starts itself again with it.
        os.environ.pop("LD_PRELOAD", None)
        os.environ.pop("HAPTRACE_PRELOADED", None)


class Stats:
    """This process's counters (fuzz/counters.py), and a JSON line of them every second."""

    def __init__(self, directory: Path, documented: set[int], options: Options) -> None:
        self.path = directory / f"stats-{os.getpid()}.jsonl"
        self.counters = WorkerCounters(directory)
        self.documented = documented
        self.options = options
        self.started = time.monotonic()
        self.last = 0.0
        self.findings: list[dict[str, Any]] = []

    def line(self) -> dict[str, Any]:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        execs, calls = self.counters.execs, self.counters.calls
        spec = self.counters.spec
        return {
            "t": round(elapsed, 3),
            "pid": os.getpid(),
            "execs": execs,
            "calls": calls,
            "execs_per_s": round(execs / elapsed),
            "calls_per_s": round(calls / elapsed),
            "spec": sum(1 for key in self.documented if spec[key]),
            "spec_total": len(self.documented),
            "findings": len(self.findings),
            "profile": self.options.profile,
            "bugs": self.options.planted_bug,
            "engine": self.options.engine,
        }

    def write(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 1.0:
            return
        self.last = now
        with self.path.open("a") as handle:
            handle.write(json.dumps(self.line()) + "\n")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if "--help" in args:
        sys.stdout.write(USAGE + "\n")
        return
    # numpy comes in with the findings path; its BLAS thread pool would then spin on the
    # cores the fuzzer runs on (seen in perf profiles of the harness).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        options, libfuzzer = parse(args)
        load_native(options.engine, "fuzz.harness", args)
    except UsageError as exc:
        sys.stderr.write(f"{WORKER_SCRIPT}: {exc}\n")
        sys.exit(2)
    # Start-up counts in every run's time to a finding: only what the fuzzing loop needs is
    # loaded here (fuzz/lean.py: the engine's module, not the catalogue, numpy or
    # replay.Machine).  The findings path loads the rest when the first finding comes.
    import atheris

    from haptrace.binding.fuzz import favour, mutator

    from .feedback import FeatureCounters
    from .lean import LeanTarget

    try:
        target = LeanTarget(
            profile=options.profile,
            bugs=tuple(options.planted_bug),
            test_magic="magic" in options.test_hook,
            engine=options.engine,
        )
    except InputError as exc:  # BootError, or a build that cannot be loaded
        sys.stderr.write(f"{WORKER_SCRIPT}: {exc}\n")
        sys.exit(2)
    artifacts = Path(options.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    stats = Stats(artifacts, target.documented_keys(), options)
    stats.counters.attach(target.executor)
    features = FeatureCounters()
    target.executor.report_features(features.array)
    findings = _Findings(options, artifacts, stats)
    run, words = target.runner(), stats.counters.words

    def test_one_input(data: bytes) -> None:
        if not features.registered:
            # Handed to libFuzzer with the first input, as atheris hands it the counters of
            # instrumented Python code: its start-up log then lists native modules only.
            features.register()
        # One C call runs the input, sets its feature counters, marks its spec keys and
        # counts it (fuzz/lean.py, csrc/fuzz.c ht_fuzz_exec).
        finding = run(data)
        if finding:
            findings.handle(data, finding, time.monotonic() - stats.started)
        if words[0] & 1023 == 0:
            stats.write()

    if not any(a.startswith(("-artifact_prefix=", "-exact_artifact_path=")) for a in libfuzzer):
        # Without it libFuzzer writes crash-<sha1> into the current directory.
        libfuzzer.insert(0, f"-artifact_prefix={artifacts}/")
    favour(target.machine.engine)  # favour inputs that reach new state (csrc/fuzz_favour.h)
    atheris.Setup(
        [worker_executable() or sys.argv[0], *options.argv(), *libfuzzer],
        test_one_input,
        internal_libfuzzer=options.engine != "asan",  # asan: libFuzzer comes preloaded
        custom_mutator=mutator(target.machine.engine),
    )
    # A first line before any input: it records how this worker was started (profile, bugs,
    # engine), whether or not it ever gets to write another.
    stats.write(force=True)
    try:
        atheris.Fuzz()
    finally:
        stats.write(force=True)


class _Findings:
    """The findings path: re-runs a finding input on the full ``FuzzTarget`` (the same
    machine, booted through replay.Machine) for its details, minimises and writes it
    (fuzz/findings.py).  Loaded with the first finding: it needs numpy, the catalogue and the
    replay engine, which the fuzzing loop does not."""

    def __init__(self, options: Options, artifacts: Path, stats: Stats) -> None:
        self.options = options
        self.artifacts = artifacts
        self.stats = stats
        self.target: Any = None
        self.store: Any = None

    def _load(self) -> None:
        from .findings import FindingStore
        from .target import FuzzTarget

        self.target = FuzzTarget(
            profile=self.options.profile,
            bugs=tuple(self.options.planted_bug),
            test_magic="magic" in self.options.test_hook,
        )
        self.store = FindingStore(self.target, self.artifacts, self.stats.started)

    def handle(self, data: bytes, kind: int, seconds: float) -> None:
        """An input the engine reported a finding for, ``seconds`` into the run."""
        from .boot import TEST_MAGIC_FOUND

        if self.store is None:
            self._load()
        store = self.store
        if kind == TEST_MAGIC_FOUND:
            report = store.record_test_magic(data, seconds)
            if report is not None:
                self.found(report)
            return
        outcome = self.target.run(data)
        if not outcome.finding or not store.is_new(outcome):
            return
        try:
            finding = store.record(data, outcome, seconds)
        except Exception as exc:  # our bug: keep the input, report it unminimised
            self.found(store.record_failure(data, outcome, exc, seconds))
            return
        if finding is not None:
            self.found(finding.to_json())

    def found(self, report: dict[str, Any]) -> None:
        self.stats.findings.append(report)
        with (self.artifacts / "findings.jsonl").open("a") as handle:
            handle.write(json.dumps(report) + "\n")
        if self.options.stop_on_finding:
            self.stats.write(force=True)
            sys.stdout.flush()
            os._exit(0)


if __name__ == "__main__":
    main()
