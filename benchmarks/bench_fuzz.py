"""Planted-bug benchmark: time to detection of haptrace fuzz vs Hypothesis stateful vs random.

Run from the repository root::

    python benchmarks/bench_fuzz.py                       # 5 trials x 60 s, every bug
    python benchmarks/bench_fuzz.py --trials 3 --jobs 2   # what fits in ~half an hour
    python benchmarks/bench_fuzz.py --quick               # 1 trial x 10 s (smoke run)
    python benchmarks/bench_fuzz.py --bugs resume_no_ring,gref_unchecked --json out.json
    python benchmarks/bench_fuzz.py --tier deep --trials 2 --deep-budget 120   # deep tier only

Tiers
    Each planted bug has a tier (PlantedBug.tier in the families' catalogue modules).  The
    shallow tier's bugs are one or two calls from the fuzz machine's boot; the deep tier's need
    several dependent calls (across domains, a value another call made, past a threshold), and
    belong there only if the random arm detects them in fewer than half of its trials.  The
    tiers are reported apart, each with its table, and with the bugs where another arm wins
    named plainly.  Deep-tier trials get ``--deep-budget`` seconds (300), shallow ones
    ``--budget`` (60).

Arms (every trial is a fresh process, launched by this script; the same budget each)
    (a) haptrace: ``haptrace fuzz --planted-bug B --max-time S --stop-on-finding --no-seeds
        --artifacts TMP -- -seed=N``: coverage-guided (atheris/libFuzzer, the structure-aware
        decoder in C, fuzz/harness.py), an empty corpus, a different libFuzzer seed per trial.
    (b) hypothesis: a RuleBasedStateMachine over the ``replay.Machine`` API, one rule per
        catalogue call, Bundles for the resources, the oracles after every step
        (benchmarks/fuzz_arms.py); settings(stateful_step_count=50, max_examples=1e8,
        deadline=None, database=None, derandomize=False, phases=[generate]); ``@seed(N)``.
    (c) random: fuzz.mutator.random_input(rng, 256) inputs (2-24 calls of the fuzzer's own
        grammar) fed to FuzzTarget.run_fast until a finding; no feedback.
    All three start every input / example from a snapshot of the same booted machine
    (fuzz.target.FUZZ_CONFIG + BOOT, the pages of BOOT_PAIRS) and detect with the same
    oracles: a failing call whose errno the profile does not document for the call, and any
    invariant violation of the engine's audit with the transition oracle on.  A finding of
    any kind counts: on the clean engine none of the arms finds anything (``--control``
    checks that).

Time to detection
    Wall time from launching the trial's process to the moment the oracle fired, start-up
    included (importing, building and booting the machine: what a user waits for).
    haptrace: the harness records ``seconds`` since it finished starting when it detects (before
    minimising); its stats file gives the wall time of that start (mtime minus its ``t``), so
    detection = harness start + seconds - launch.  Also recorded: the time the findings file
    appeared (after minimisation and the replay check) and the exit time.
    hypothesis: the oracle stamps the wall time when it first fires, before Hypothesis
    replays and reports the example (shrinking is off, and would not be timed anyway).
    random: the wall time when run_fast returned the finding.
    A trial that detects nothing within the budget counts as a miss.

Output
    Per bug and arm: detected/trials and the median time to detection over the trials that
    detected (min-max in brackets).  Targets: haptrace detects every planted bug in every
    trial within 60 s; its median time to detection is at least 10x shorter than
    Hypothesis's on the bugs both detect (per bug median(hypothesis)/median(haptrace), then
    the median of those ratios).  The last line is machine-readable:
    ``haptrace_detected=<n>/<N> hypothesis_detected=<n>/<N> random_detected=<n>/<N>
    median_speedup_vs_hypothesis=<x.xx>`` over the shallow tier (``nan`` when no bug was
    detected by both), then ``deep_haptrace_detected=<n>/<N> deep_random_detected=<n>/<N>
    deep_hypothesis_detected=<n>/<N> deep_median_speedup_vs_random=<x.xx>`` over the deep tier
    (per bug median(random)/median(haptrace), then their median over the bugs both detect).
    The line ends with ``trigger_not_modelled=<n> unreachable_in_profile=<n>``: the bugs
    counted apart, not run (each named, with why, above it): a trigger on a path the engine
    answers unsupported (PlantedBug.unmodelled_trigger: no fuzzer can reach it, and faking
    it is not allowed), or a profile whose Xen lacks the bug's code (PlantedBug.unreachable_in:
    tmem in xen-4.17, acquire_resource in xen-4.2).  They are neither detected nor misses.
    Deep-tier targets: haptrace detects every deep bug in every trial; random fewer than half;
    haptrace's median at least 5x shorter than random's and 10x shorter than Hypothesis's.
    Those two ratios count the bugs both arms detect; where the other arm detected a bug in
    none of its trials, its time is censored at the budget, and budget/median(haptrace) is
    printed apart under the target as a lower bound, never counted as the ratio.
    ``--jobs J`` runs J trials at a time: on this 2-core machine J=2 keeps both cores busy
    (times then include some contention); J=1 is the quiet measurement.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from haptrace.catalogue import BUGS as CATALOGUE_BUGS
from haptrace.catalogue import PROFILES
from haptrace.catalogue.model import DEEP, SHALLOW

ROOT = Path(__file__).resolve().parents[1]
ARMS_SCRIPT = Path(__file__).resolve().with_name("fuzz_arms.py")
ARMS = ("haptrace", "hypothesis", "random")
POLL = 0.005  # seconds between checks of a running trial
GRACE = 30.0  # how long past the budget a trial may run (finishing a finding) before a kill
TARGET_BUDGET = 60.0
TARGET_SPEEDUP = 10.0


@dataclass
class Trial:
    bug: str  # "" for a control trial on the clean engine
    arm: str
    index: int
    seed: int
    budget: float
    found: bool = False
    seconds: float | None = None  # launch to detection
    description: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "bug": self.bug,
            "arm": self.arm,
            "trial": self.index,
            "seed": self.seed,
            "budget": self.budget,
            "found": self.found,
            "seconds": None if self.seconds is None else round(self.seconds, 4),
            "description": self.description,
            **self.detail,
        }


# ---- running one trial -----------------------------------------------------------------------


def _kill_group(process: subprocess.Popen[Any]) -> None:
    """End the trial's process and its children (they share the group it leads)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=2)
            return
        except subprocess.TimeoutExpired:
            continue


def _watch(
    process: subprocess.Popen[Any], launched: float, budget: float, path: Path
) -> tuple[float | None, float | None, bool]:
    """Wait for the process; return when ``path`` appeared and when the process ended
    (seconds since launch), and whether it had to be killed."""
    appeared = ended = None
    killed = False
    while True:
        now = time.time()
        if appeared is None and path.exists():
            appeared = now - launched
        if process.poll() is not None:
            ended = time.time() - launched
            break
        if now - launched > budget + GRACE:
            _kill_group(process)
            killed = True
            break
        time.sleep(POLL)
    if appeared is None and path.exists():
        appeared = time.time() - launched
    return appeared, ended, killed


def haptrace_command() -> list[str]:
    script = Path(sys.executable).with_name("haptrace")
    if script.exists():
        return [str(script)]
    found = shutil.which("haptrace")
    return [found] if found else [sys.executable, "-m", "haptrace.cli"]


def run_haptrace(trial: Trial, profile: str, workdir: Path, flags: tuple[str, ...] = ()) -> Trial:
    artifacts = workdir / "artifacts"
    command = haptrace_command() + ["fuzz", "--max-time", str(math.ceil(trial.budget))]
    if trial.bug:
        command += ["--planted-bug", trial.bug]
    command += ["--stop-on-finding", "--no-seeds", "--artifacts", str(artifacts)]
    command += ["--profile", profile, "--json", "--", f"-seed={trial.seed}", *flags]
    with (workdir / "stdout").open("w") as out, (workdir / "stderr").open("w") as err:
        launched = time.time()
        process = subprocess.Popen(
            command, stdout=out, stderr=err, cwd=workdir, start_new_session=True
        )
        appeared, ended, killed = _watch(
            process, launched, trial.budget, artifacts / "findings.jsonl"
        )
    detail: dict[str, Any] = {
        "exit_status": process.returncode,
        "killed": killed,
        "findings_file_seconds": _round(appeared),
        "exit_seconds": _round(ended),
    }
    summary = _json_or_none((workdir / "stdout").read_text())
    if summary is not None:
        for key in ("execs", "calls", "execs_per_s", "calls_per_s", "edges", "spec"):
            detail[key] = summary.get(key)
    findings = _json_lines(artifacts / "findings.jsonl")
    if not findings and summary is not None:
        findings = summary.get("findings", [])
    started = _harness_start(artifacts)
    if started is not None:
        detail["startup_seconds"] = round(started - launched, 4)
    if findings:
        first = min(findings, key=lambda f: f.get("seconds", math.inf))
        harness = float(first["seconds"])
        detail["harness_seconds"] = harness
        detail["calls_minimized"] = first.get("calls_minimized")
        trial.description = first.get("description", "")
        if started is not None:
            trial.seconds = started + harness - launched
            detail["timing"] = "harness start (stats mtime - t) + finding seconds"
        else:  # no stats file: the findings file is the next best (it includes minimising)
            trial.seconds = appeared if appeared is not None else ended
            detail["timing"] = "findings file appeared"
        trial.found = trial.seconds is not None and trial.seconds <= trial.budget
    if process.returncode not in (0, 4, 5) and not killed:
        tail = (workdir / "stderr").read_text()[-2000:]
        if not tail.strip() and not findings and not detail.get("execs"):
            # --json keeps the harness's log to itself: a crash before the first input is
            # all we know (a rebuild of the engine under the harness looks like this).
            tail = f"{STARTUP_CRASH} (exit status {process.returncode})"
        detail["stderr_tail"] = tail
    trial.detail = detail
    return trial


def _harness_start(artifacts: Path) -> float | None:
    """Wall time at which the harness finished starting: each stats line carries ``t``,
    seconds since then, and is appended when written, so mtime - t of the last line."""
    for path in sorted(artifacts.glob("stats-*.jsonl")):
        lines = path.read_text().splitlines()
        if lines:
            return path.stat().st_mtime - float(json.loads(lines[-1])["t"])
    return None


def run_arm(trial: Trial, profile: str, workdir: Path) -> Trial:
    """The hypothesis or random arm: benchmarks/fuzz_arms.py in a fresh process."""
    out = workdir / "result.json"
    launched = time.time()
    command = [sys.executable, str(ARMS_SCRIPT), trial.arm, "--seed", str(trial.seed)]
    command += ["--budget", str(trial.budget), "--launched", repr(launched)]
    command += ["--profile", profile, "--out", str(out)]
    if trial.bug:
        command += ["--bug", trial.bug]
    with (workdir / "stdout").open("w") as stdout, (workdir / "stderr").open("w") as stderr:
        process = subprocess.Popen(
            command, stdout=stdout, stderr=stderr, cwd=workdir, start_new_session=True
        )
        appeared, ended, killed = _watch(process, launched, trial.budget, out)
    report = _json_or_none(out.read_text()) if out.exists() else None
    detail: dict[str, Any] = {
        "exit_status": process.returncode,
        "killed": killed,
        "exit_seconds": _round(ended),
    }
    if report is None:
        detail["stderr_tail"] = (workdir / "stderr").read_text()[-2000:]
        trial.detail = detail
        return trial
    if report.get("ready_unix"):
        detail["startup_seconds"] = round(report["ready_unix"] - launched, 4)
    for key in ("examples", "steps", "calls", "execs"):
        if key in report:
            detail[key] = report[key]
    if report.get("found"):
        trial.seconds = report["detected_unix"] - launched
        trial.description = report.get("description", "")
        trial.found = trial.seconds <= trial.budget
        detail["result_file_seconds"] = _round(appeared)
        if "example" in report:
            detail["example"] = report["example"]
    elif process.returncode not in (0, None) and not killed:
        detail["stderr_tail"] = (workdir / "stderr").read_text()[-2000:]
    trial.detail = detail
    return trial


# A trial that fails to start because the engine is being rebuilt underneath it (the package
# is installed editable) measured nothing: wait for a consistent build and run it again.
STARTUP_CRASH = "the harness stopped before running any input"
REBUILD_SIGNS = (
    "StaleBuildError",
    "ImportError",
    "ModuleNotFoundError",
    "undefined symbol",
    STARTUP_CRASH,
)
RETRIES = 4
BUILD_WAIT = 600.0


def run_trial(trial: Trial, profile: str, scratch: Path, flags: tuple[str, ...] = ()) -> Trial:
    retried: list[str] = []
    while True:
        prefix = f"{trial.arm}-{trial.bug or 'clean'}-"
        workdir = Path(tempfile.mkdtemp(prefix=prefix, dir=scratch))
        fresh = Trial(trial.bug, trial.arm, trial.index, trial.seed, trial.budget)
        if trial.arm == "haptrace":
            done = run_haptrace(fresh, profile, workdir, flags)
        else:
            done = run_arm(fresh, profile, workdir)
        sign = _rebuild_sign(done)
        if sign is None or len(retried) >= RETRIES:
            if retried:
                done.detail["retried_after_rebuild"] = retried
            return done
        retried.append(sign)
        _wait_for_build()


def _rebuild_sign(trial: Trial) -> str | None:
    tail = str(trial.detail.get("stderr_tail", ""))
    if trial.found or not tail:
        return None
    for sign in REBUILD_SIGNS:
        if sign in tail:
            lines = [line for line in tail.splitlines() if sign in line]
            return lines[-1][:200] if lines else sign
    return None


_build_lock = threading.Lock()


def _wait_for_build() -> None:
    """Until the engine imports cleanly again (checked in a fresh interpreter)."""
    with _build_lock:
        deadline = time.time() + BUILD_WAIT
        while time.time() < deadline:
            time.sleep(5)
            check = subprocess.run(
                [sys.executable, "-c", "import replay, fuzz.target"],
                cwd=ROOT,
                capture_output=True,
                timeout=120,
            )
            if check.returncode == 0:
                time.sleep(2)  # a rebuild may write more than one file
                return


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _json_lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        value = _json_or_none(line)
        if isinstance(value, dict):
            out.append(value)
    return out


# ---- summarising -----------------------------------------------------------------------------


def median(values: Iterable[float]) -> float | None:
    items = list(values)
    return statistics.median(items) if items else None


def summarise(trials: list[Trial], bugs: list[str], arms: list[str]) -> dict[str, Any]:
    per: dict[str, dict[str, Any]] = {}
    for bug in bugs:
        per[bug] = {}
        for arm in arms:
            runs = [t for t in trials if t.bug == bug and t.arm == arm]
            times = [t.seconds for t in runs if t.found and t.seconds is not None]
            entry: dict[str, Any] = {
                "trials": len(runs),
                "found": len(times),
                "median_seconds": median(times),
                "min_seconds": min(times) if times else None,
                "max_seconds": max(times) if times else None,
            }
            if arm == "haptrace":
                entry["median_harness_seconds"] = median(
                    t.detail["harness_seconds"]
                    for t in runs
                    if t.found and "harness_seconds" in t.detail
                )
                entry["median_startup_seconds"] = median(
                    t.detail["startup_seconds"] for t in runs if "startup_seconds" in t.detail
                )
                entry["median_findings_file_seconds"] = median(
                    t.detail["findings_file_seconds"]
                    for t in runs
                    if t.found and t.detail.get("findings_file_seconds") is not None
                )
            elif arm == "hypothesis":
                entry["median_examples"] = median(
                    t.detail["examples"] for t in runs if t.found and "examples" in t.detail
                )
                entry["median_steps"] = median(
                    t.detail["steps"] for t in runs if t.found and "steps" in t.detail
                )
            else:
                entry["median_execs"] = median(
                    t.detail["execs"] for t in runs if t.found and "execs" in t.detail
                )
            entry["findings"] = sorted({t.description for t in runs if t.found})
            per[bug][arm] = entry
    totals = {
        arm: (
            sum(per[b][arm]["found"] for b in bugs),
            sum(per[b][arm]["trials"] for b in bugs),
        )
        for arm in arms
    }
    ratios = {}
    bounds = {}
    if "haptrace" in arms and "hypothesis" in arms:
        for bug in bugs:
            ours, theirs = per[bug]["haptrace"], per[bug]["hypothesis"]
            if ours["found"] and theirs["found"]:
                ratios[bug] = theirs["median_seconds"] / ours["median_seconds"]
            elif ours["found"] and theirs["trials"]:
                # Hypothesis never detected it: its time is at least the budget.
                budget = max(t.budget for t in trials if t.bug == bug and t.arm == "hypothesis")
                bounds[bug] = budget / ours["median_seconds"]
    speedup = median(ratios.values())
    return {
        "per_bug": per,
        "totals": totals,
        "speedup_per_bug": ratios,
        "speedup_lower_bounds_hypothesis_missed": bounds,
        "median_speedup_vs_hypothesis": speedup,
    }


def _fmt_seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}s" if value < 100 else f"{value:.0f}s"


def report(
    summary: dict[str, Any],
    trials: list[Trial],
    bugs: list[str],
    arms: list[str],
    options: argparse.Namespace,
    control: list[Trial],
    tier: str = SHALLOW,
) -> list[str]:
    """The tier's table and notes (the last line is the caller's: it spans the tiers)."""
    lines = []
    per = summary["per_bug"]
    width = max(len(b) for b in bugs) if bugs else 10
    lines.append(
        f"{'bug':<{width}}  {'arm':<10}  {'detected':>8}  {'median':>8}  {'[min-max]':<17}  notes"
    )
    for bug in bugs:
        for arm in arms:
            entry = per[bug][arm]
            span = (
                f"[{_fmt_seconds(entry['min_seconds'])}-{_fmt_seconds(entry['max_seconds'])}]"
                if entry["found"]
                else ""
            )
            notes = ""
            if arm == "haptrace":
                notes = (
                    f"start-up {_fmt_seconds(entry['median_startup_seconds'])},"
                    f" search {_fmt_seconds(entry['median_harness_seconds'])},"
                    f" findings file {_fmt_seconds(entry['median_findings_file_seconds'])}"
                )
            elif arm == "hypothesis" and entry["found"]:
                notes = (
                    f"{entry['median_examples']:.0f} examples, {entry['median_steps']:.0f} steps"
                )
            elif arm == "random" and entry["found"]:
                notes = f"{entry['median_execs']:.0f} inputs"
            detected = f"{entry['found']}/{entry['trials']}"
            lines.append(
                f"{bug:<{width}}  {arm:<10}  {detected:>8}  "
                f"{_fmt_seconds(entry['median_seconds']):>8}  {span:<17}  {notes}".rstrip()
            )
    lines.append("")
    kinds: dict[str, set[str]] = {}
    for trial in trials:
        if trial.found:
            kinds.setdefault(trial.bug, set()).add(f"{trial.arm}: {trial.description}")
    lines.append("what each arm's oracle reported (distinct, per bug):")
    for bug in bugs:
        for text in sorted(kinds.get(bug, ())):
            lines.append(f"  {bug}: {text[:150]}")
    if control:
        lines.append("")
        lines.append("control (clean engine, no planted bug; any detection is a false positive):")
        for trial in control:
            what = (
                f"FOUND {trial.description} at {trial.seconds:.2f}s"
                if trial.found
                else "nothing found"
            )
            lines.append(f"  {trial.arm:<10} {trial.budget:.0f}s: {what}")
    retried = [t for t in trials + control if "retried_after_rebuild" in t.detail]
    if retried:
        lines.append("")
        lines.append(
            f"note: {len(retried)} trial(s) were rerun because the engine was being rebuilt"
            " when they started (they measured nothing)"
        )
    broken = [t for t in trials + control if "stderr_tail" in t.detail]
    if broken:
        lines.append("")
        lines.append(f"WARNING: {len(broken)} trial(s) ended abnormally (counted as misses):")
        for trial in broken:
            tail = trial.detail["stderr_tail"].strip().splitlines()[-1:] or [""]
            lines.append(f"  {trial.bug} {trial.arm} #{trial.index + 1}: {tail[0][:150]}")
    lines.append("")
    split = [
        (t.detail["startup_seconds"], t.detail["harness_seconds"])
        for t in trials
        if t.arm == "haptrace" and t.found and "startup_seconds" in t.detail
    ]
    if split:
        lines.append(
            "where haptrace's time to detection goes (medians over its detections):"
            f" start-up {median(a for a, _ in split):.2f}s (launch to the harness's first"
            f" input), search {median(b for _, b in split):.2f}s"
        )
    for arm in ("hypothesis", "random"):
        starts = [
            float(t.detail["startup_seconds"])
            for t in trials
            if t.arm == arm and t.found and t.detail.get("startup_seconds") is not None
        ]
        if starts:
            lines.append(
                f"  {arm}: start-up {median(starts):.2f}s (launch to the first example/input)"
            )
    ratios = summary["speedup_per_bug"]
    if ratios:
        shown = ", ".join(f"{b} {r:.1f}x" for b, r in ratios.items())
        lines.append(
            "speedup vs hypothesis = per bug median(hypothesis)/median(haptrace) over the trials"
            " that detected, then the median of those ratios over the bugs both detected:"
        )
        lines.append(f"  {shown}")
    bounds = summary["speedup_lower_bounds_hypothesis_missed"]
    if bounds:
        shown = ", ".join(f"{b} >{r:.0f}x" for b, r in bounds.items())
        lines.append(f"  not in the median (hypothesis never detected; budget/haptrace): {shown}")
    lines += other_arm_wins(summary, bugs, arms)
    budget = options.deep_budget if tier == DEEP else options.budget
    lines.append(
        f"config: {options.trials} trial(s) x {budget:g}s budget per arm, arms"
        f" {','.join(arms)}, profile {options.profile}, seeds {options.seed}000+trial,"
        f" {options.jobs} trial(s) at a time on {os.cpu_count()} cores"
        + (
            " (concurrent trials contend for the CPU: times are noisier)"
            if options.jobs > 1
            else ""
        )
    )
    if tier == DEEP:
        lines += deep_targets(summary, bugs, arms, options)
        return lines
    hap = summary["totals"].get("haptrace")
    if hap is not None:
        slow = [
            t
            for t in trials
            if t.arm == "haptrace" and (not t.found or (t.seconds or 0) > TARGET_BUDGET)
        ]
        missed = sorted({t.bug for t in slow})
        if options.budget < TARGET_BUDGET and not slow:
            verdict = f"not assessed (budget {options.budget:g}s < 60s; all detected within it)"
        elif not slow:
            verdict = "met"
        else:
            within = f"{min(options.budget, TARGET_BUDGET):g} s"
            verdict = f"MISSED (not detected within {within}: {', '.join(missed)})"
        lines.append(
            "target: haptrace detects every planted bug in every trial within 60 s:"
            f" {verdict} [{hap[0]}/{hap[1]}]"
        )
    speedup = summary["median_speedup_vs_hypothesis"]
    if "hypothesis" in arms and "haptrace" in arms:
        met = speedup is not None and speedup >= TARGET_SPEEDUP
        lines.append(
            f"target: median time to detection >= {TARGET_SPEEDUP:.0f}x shorter than"
            f" Hypothesis's on the bugs both detect: {'met' if met else 'MISSED'}"
            f" ({'n/a' if speedup is None else f'{speedup:.2f}x'} over {len(ratios)} bug(s))"
        )
    return lines


def other_arm_wins(summary: dict[str, Any], bugs: list[str], arms: list[str]) -> list[str]:
    """Plainly, each bug where another arm beats haptrace: more trials detected, or as many
    and a shorter median time to detection."""
    if "haptrace" not in arms:
        return []
    out = []
    for bug in bugs:
        ours = summary["per_bug"][bug]["haptrace"]
        for arm in arms:
            theirs = summary["per_bug"][bug][arm]
            if arm == "haptrace" or not theirs["found"]:
                continue
            rate = theirs["found"] / theirs["trials"] - ours["found"] / max(ours["trials"], 1)
            faster = (
                rate == 0
                and ours["median_seconds"] is not None
                and theirs["median_seconds"] < ours["median_seconds"]
            )
            if rate > 0 or faster:
                out.append(
                    f"  {arm} beats haptrace on {bug}: detected {theirs['found']}/"
                    f"{theirs['trials']} vs {ours['found']}/{ours['trials']}, median"
                    f" {_fmt_seconds(theirs['median_seconds'])} vs"
                    f" {_fmt_seconds(ours['median_seconds'])}"
                )
    if not out:
        return ["where another arm wins: nowhere (no arm detects more often or sooner)"]
    return ["where another arm wins:", *out]


def speedup_vs(summary: dict[str, Any], bugs: list[str], arm: str) -> dict[str, float]:
    """Per bug median(arm)/median(haptrace), over the bugs both detected."""
    ratios = {}
    for bug in bugs:
        entry = summary["per_bug"][bug]
        if "haptrace" not in entry or arm not in entry:
            continue
        ours, theirs = entry["haptrace"], entry[arm]
        if ours["found"] and theirs["found"]:
            ratios[bug] = theirs["median_seconds"] / ours["median_seconds"]
    return ratios


def deep_targets(
    summary: dict[str, Any], bugs: list[str], arms: list[str], options: argparse.Namespace
) -> list[str]:
    """issue 18's targets for the deep tier, each met or MISSED."""
    lines = []
    per = summary["per_bug"]
    if "haptrace" in arms:
        missed = [b for b in bugs if per[b]["haptrace"]["found"] < per[b]["haptrace"]["trials"]]
        verdict = "met" if not missed else f"MISSED ({', '.join(missed)})"
        lines.append(
            f"target: haptrace detects every deep bug in every trial within"
            f" {options.deep_budget:g} s: {verdict}"
        )
    if "random" in arms:
        shallow = [b for b in bugs if 2 * per[b]["random"]["found"] >= per[b]["random"]["trials"]]
        verdict = "met" if not shallow else f"MISSED (not deep: {', '.join(shallow)})"
        lines.append(
            f"target: random detects each deep bug in fewer than half its trials: {verdict}"
        )
    for arm, goal in (("random", 5.0), ("hypothesis", 10.0)):
        if arm not in arms or "haptrace" not in arms:
            continue
        ratios = speedup_vs(summary, bugs, arm)
        value = median(ratios.values())
        met = value is not None and value >= goal
        shown = "n/a (no bug detected by both)" if value is None else f"{value:.2f}x"
        lines.append(
            f"target: median time to detection >= {goal:.0f}x shorter than {arm}'s on the deep"
            f" bugs both detect: {'met' if met else 'not met'} ({shown} over {len(ratios)} bug(s))"
        )
        bounds = speedup_lower_bounds(summary, bugs, arm, options.deep_budget)
        if bounds:
            lines.append(
                f"  where {arm} detected none in its budget ({len(bounds)} bug(s)), its time is"
                f" at least the budget: haptrace's median is at least"
                f" {median(bounds.values()):.1f}x shorter (median of budget/haptrace median;"
                f" least {min(bounds.values()):.1f}x)"
            )
    return lines


def speedup_lower_bounds(
    summary: dict[str, Any], bugs: list[str], arm: str, budget: float
) -> dict[str, float]:
    """Per bug budget/median(haptrace), over the bugs haptrace detected and ``arm`` ran on
    without detecting: a censored time, so the ratio is a lower bound, reported apart from
    the ratio the target counts."""
    bounds = {}
    for bug in bugs:
        entry = summary["per_bug"][bug]
        if "haptrace" not in entry or arm not in entry:
            continue
        ours, theirs = entry["haptrace"], entry[arm]
        if ours["found"] and theirs["trials"] and not theirs["found"]:
            bounds[bug] = budget / ours["median_seconds"]
    return bounds


def last_line(
    shallow: dict[str, Any] | None, deep: dict[str, Any] | None, deep_bugs: list[str]
) -> str:
    """The machine-readable line: the shallow tier's keys (as before the deep tier existed),
    then the deep tier's."""

    def count(summary: dict[str, Any] | None, arm: str) -> str:
        found, total = (summary or {"totals": {}})["totals"].get(arm, (0, 0))
        return f"{found}/{total}"

    def number(value: float | None) -> str:
        return "nan" if value is None else f"{value:.2f}"

    speedup = shallow["median_speedup_vs_hypothesis"] if shallow else None
    deep_speedup = median(speedup_vs(deep, deep_bugs, "random").values()) if deep else None
    return (
        f"haptrace_detected={count(shallow, 'haptrace')}"
        f" hypothesis_detected={count(shallow, 'hypothesis')}"
        f" random_detected={count(shallow, 'random')}"
        f" median_speedup_vs_hypothesis={number(speedup)}"
        f" deep_haptrace_detected={count(deep, 'haptrace')}"
        f" deep_random_detected={count(deep, 'random')}"
        f" deep_hypothesis_detected={count(deep, 'hypothesis')}"
        f" deep_median_speedup_vs_random={number(deep_speedup)}"
    )


# ---- bugs no fuzzer can find --------------------------------------------------------------------

NOT_MODELLED = "trigger not modelled"
UNREACHABLE = "unreachable in"


def set_apart(bugs: Iterable[str], profile: str) -> dict[str, str]:
    """The bugs no call sequence can reach in ``profile``, with why (from the catalogue):
    a trigger on a path the engine answers unsupported (PlantedBug.unmodelled_trigger), or
    a profile whose Xen lacks the code the bug lives in (PlantedBug.unreachable_in)."""
    by_name = {bug.name: bug for bug in CATALOGUE_BUGS}
    apart = {}
    for name in bugs:
        bug = by_name[name]
        if bug.unmodelled_trigger:
            apart[name] = f"{NOT_MODELLED}: {bug.unmodelled_trigger}"
        elif profile in bug.unreachable_in:
            apart[name] = f"{UNREACHABLE} {profile}: its Xen has no code the bug lives in"
    return apart


# ---- main ------------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Planted-bug benchmark: haptrace fuzz vs Hypothesis stateful vs random."
    )
    parser.add_argument("--trials", type=int, default=None, help="trials per bug and arm (5)")
    parser.add_argument(
        "--budget", type=float, default=None, help="seconds per shallow-tier trial (60)"
    )
    parser.add_argument(
        "--deep-budget", type=float, default=None, help="seconds per deep-tier trial (300)"
    )
    parser.add_argument(
        "--tier",
        default="all",
        choices=("all", SHALLOW, DEEP),
        help="which planted bugs' tier to run when --bugs is not given (all)",
    )
    parser.add_argument("--bugs", default="", help="comma-separated planted bugs (all)")
    parser.add_argument("--arms", default=",".join(ARMS), help="comma-separated arms (all)")
    parser.add_argument(
        "--arm-trials",
        default="",
        help="per-arm trial counts overriding --trials, e.g. haptrace=10,hypothesis=3",
    )
    parser.add_argument("--quick", action="store_true", help="1 trial x 10 s (smoke test)")
    parser.add_argument("--jobs", type=int, default=1, help="trials run at a time (1)")
    parser.add_argument("--profile", default="doc", choices=PROFILES)
    parser.add_argument("--seed", type=int, default=1, help="trial seeds are SEED*1000+trial")
    parser.add_argument(
        "--control", action="store_true", help="also run each arm once on the clean engine"
    )
    parser.add_argument(
        "--libfuzzer-flag",
        action="append",
        default=[],
        metavar="FLAG",
        help="a libFuzzer flag for the haptrace arm's trials, after its -seed (repeatable;"
        " e.g. --libfuzzer-flag=-entropic=1 to compare a search setting)",
    )
    parser.add_argument("--json", type=Path, default=None, help="write every trial here")
    parser.add_argument("--keep", type=Path, default=None, help="keep trial dirs here")
    options = parser.parse_args(argv)
    if options.trials is None:
        options.trials = 1 if options.quick else 5
    if options.budget is None:
        options.budget = 10.0 if options.quick else 60.0
    if options.deep_budget is None:
        options.deep_budget = 10.0 if options.quick else 300.0
    if options.trials < 1 or min(options.budget, options.deep_budget) <= 0 or options.jobs < 1:
        parser.error("--trials, --budget, --deep-budget and --jobs must be positive")
    return options


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    from replay import PLANTED_BUGS

    known = [bug.name for bug in PLANTED_BUGS]
    tier_of = {bug.name: bug.tier for bug in CATALOGUE_BUGS}
    bugs = [b for b in options.bugs.split(",") if b] or [
        b for b in known if options.tier in ("all", tier_of.get(b))
    ]
    unknown = [b for b in bugs if b not in known]
    if unknown:
        print(f"unknown planted bug(s): {', '.join(unknown)}; known: {', '.join(known)}")
        return 2
    # Counted apart, not run: neither detected nor a miss.
    apart = set_apart(bugs, options.profile)
    bugs = [b for b in bugs if b not in apart]
    arms = [a for a in options.arms.split(",") if a]
    if any(a not in ARMS for a in arms):
        print(f"arms are {', '.join(ARMS)}")
        return 2
    per_arm = {arm: options.trials for arm in arms}
    for item in filter(None, options.arm_trials.split(",")):
        arm, _, count = item.partition("=")
        per_arm[arm] = int(count)
    # Trial by trial, each bug's arms side by side: a slow period of the machine hits all
    # arms alike instead of one arm's block.
    plan = [
        Trial(
            bug,
            arm,
            index,
            options.seed * 1000 + index + 1,
            options.deep_budget if tier_of.get(bug) == DEEP else options.budget,
        )
        for index in range(max(per_arm.values()))
        for bug in bugs
        for arm in arms
        if index < per_arm[arm]
    ]
    control = (
        [Trial("", arm, 0, options.seed * 1000, options.budget) for arm in arms]
        if options.control
        else []
    )
    scratch = options.keep or Path(tempfile.mkdtemp(prefix="bench-fuzz-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print(
        f"planted-bug benchmark: {len(bugs)} bug(s) x"
        f" {', '.join(f'{a} {per_arm[a]}' for a in arms)} trial(s) x {options.budget:g}s"
        f" (deep tier {options.deep_budget:g}s),"
        f" {options.jobs} at a time"
        + (
            f"; haptrace's libFuzzer flags: {' '.join(options.libfuzzer_flag)}"
            if options.libfuzzer_flag
            else ""
        )
    )
    lock = threading.Lock()
    started = time.time()

    def one(trial: Trial) -> Trial:
        done = run_trial(trial, options.profile, scratch, tuple(options.libfuzzer_flag))
        with lock:
            outcome = f"{done.seconds:.2f}s" if done.found else "not detected"
            print(
                f"  [{time.time() - started:6.0f}s] {done.bug or '(clean)':<30} {done.arm:<10}"
                f" #{done.index + 1}: {outcome}",
                flush=True,
            )
        return done

    try:
        with ThreadPoolExecutor(max_workers=options.jobs) as pool:
            trials = list(pool.map(one, plan))
            control = list(pool.map(one, control))
    finally:
        if options.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    summary = summarise(trials, bugs, arms)
    tiers = {}
    lines = []
    for tier in (SHALLOW, DEEP):
        members = [b for b in bugs if tier_of.get(b, SHALLOW) == tier]
        if not members:
            continue
        runs = [t for t in trials if t.bug in members]
        tiers[tier] = summarise(runs, members, arms)
        lines.append(f"== {tier} tier: {len(members)} planted bug(s) ==")
        lines += report(
            tiers[tier],
            runs,
            members,
            arms,
            options,
            control if tier == SHALLOW or SHALLOW not in tiers else [],
            tier,
        )
        lines.append("")
    if apart:
        lines.append(f"counted apart ({len(apart)} bug(s), not run: neither detected nor missed):")
        lines += [f"  {bug}: {why}" for bug, why in apart.items()]
        lines.append("")
    deep_bugs = [b for b in bugs if tier_of.get(b) == DEEP]
    lines.append(
        last_line(tiers.get(SHALLOW), tiers.get(DEEP), deep_bugs)
        + f" trigger_not_modelled={sum(why.startswith(NOT_MODELLED) for why in apart.values())}"
        + f" unreachable_in_profile={sum(why.startswith(UNREACHABLE) for why in apart.values())}"
    )
    print()
    print("\n".join(lines))
    if options.json is not None:
        options.json.write_text(
            json.dumps(
                {
                    "config": {
                        "trials": per_arm,
                        "budget": options.budget,
                        "deep_budget": options.deep_budget,
                        "tiers": {b: tier_of.get(b, SHALLOW) for b in bugs},
                        "jobs": options.jobs,
                        "profile": options.profile,
                        "seed": options.seed,
                        "bugs": bugs,
                        "counted_apart": apart,
                        "arms": arms,
                        "cores": os.cpu_count(),
                        "python": platform.python_version(),
                        "versions": _versions(),
                        "git": _git_revision(),
                        "wall_seconds": round(time.time() - started, 1),
                    },
                    "summary": summary,
                    "tier_summaries": tiers,
                    "trials": [t.to_json() for t in trials],
                    "control": [t.to_json() for t in control],
                    "last_line": lines[-1],
                },
                indent=1,
            )
            + "\n"
        )
    return 0


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("hypothesis", "atheris", "haptrace"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "?"
    return out


def _git_revision() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "?"
    return done.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


if __name__ == "__main__":
    sys.exit(main())
