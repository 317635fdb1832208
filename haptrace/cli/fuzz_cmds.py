"""``haptrace fuzz``, ``minimize`` and ``corpus merge``."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from pathlib import Path

import click

from haptrace.errors import InputError

from .main import cli, verbosity
from .options import (
    PLANTED_BUG_OPTION,
    PROFILE_CHOICE,
    InputPath,
    OutputDirectory,
    OutputFile,
    missing,
)

# This module is imported on the clock of every fuzzing run (`haptrace fuzz` counts its
# start-up in the time to a finding), so it loads nothing heavy at import (the options module
# takes the profiles from haptrace.profiles, not the catalogue); the rest is imported where
# used.


REPRODUCER_PREFIX = "bug-"  # corpus/scenarios/bug-<planted bug>.trace.txt


def _default_seeds() -> list[Path]:
    """The project's regression corpus, when run from a checkout: corpus/ traces seed a new
    fuzz corpus, but not the planted bugs' reproducers (corpus/scenarios/bug-*): seeded
    with them, a run with a planted bug on starts from its trigger, which would make the
    fuzzer's search for planted bugs measure nothing."""
    from tracer.paths import TRACE_SUFFIXES

    corpus = Path("corpus")
    if not corpus.is_dir():
        return []
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.name.endswith(TRACE_SUFFIXES) and not p.name.startswith(REPRODUCER_PREFIX)
    )


@cli.command("fuzz")
@click.option("--max-time", type=click.IntRange(min=1), metavar="S", help="Stop after S seconds.")
@click.option("--runs", type=click.IntRange(min=1), metavar="N", help="Stop after N inputs.")
@click.option(
    "--seed",
    type=click.IntRange(min=1, max=2**32 - 1),
    metavar="N",
    help="libFuzzer's random seed (default: drawn at random); printed and recorded in"
    " ARTIFACTS/summary.json.  The same seed, seeds and options give the same inputs,"
    " executions and findings (with --jobs 1).",
)
@click.option(
    "--corpus",
    type=OutputDirectory(),
    help="The libFuzzer corpus directory (default: ARTIFACTS/corpus).",
)
@click.option(
    "--artifacts",
    type=OutputDirectory(),
    default=Path("artifacts"),
    show_default=True,
    help="Where findings, stats and the corpus go.",
)
@click.option("--profile", type=PROFILE_CHOICE, default="doc", show_default=True)
@PLANTED_BUG_OPTION
@click.option(
    "--native-coverage",
    is_flag=True,
    help="Use the engine built with SanitizerCoverage, so libFuzzer sees its C edges.",
)
@click.option(
    "--sanitizers",
    is_flag=True,
    help="Use the ASan+UBSan build with native coverage (hunts memory errors).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Fuzzing processes (libFuzzer -jobs/-workers) sharing the corpus.",
)
@click.option(
    "--seeds",
    "seed_paths",
    multiple=True,
    type=InputPath(),
    help="Traces (or directories) to seed the corpus with (default: corpus/).",
)
@click.option("--no-seeds", is_flag=True, help="Start from an empty corpus.")
@click.option("--stop-on-finding", is_flag=True, help="Stop at the first finding.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.argument("libfuzzer_args", nargs=-1, type=click.UNPROCESSED)
def fuzz_command(
    max_time: int | None,
    runs: int | None,
    seed: int | None,
    corpus: Path | None,
    artifacts: Path,
    profile: str,
    bugs: tuple[str, ...],
    native_coverage: bool,
    sanitizers: bool,
    jobs: int,
    seed_paths: tuple[Path, ...],
    no_seeds: bool,
    stop_on_finding: bool,
    as_json: bool,
    libfuzzer_args: tuple[str, ...],
) -> None:
    """Fuzz call sequences with atheris against the emulated host.

    Each input decodes into calls from the catalogue's grammar (arguments favour live
    domains, pages, handles and grant references), runs from a snapshot of a booted host
    that shares and pages memory, and after every call the oracles check that a failure's
    code is documented for the call in the profile and that the invariants hold.  A finding
    is minimised and written to ARTIFACTS/finding-*/ as a trace `haptrace replay` flags.

    \b
    Examples:
      haptrace fuzz --max-time 60                      the clean engine: expect nothing
      haptrace fuzz --planted-bug nr_saved_underflow --max-time 60
      haptrace fuzz --native-coverage --max-time 300 -- -seed=1

    Arguments after -- go to libFuzzer (before it, an unknown option is a usage
    error).  Exit status: 0 nothing found, 4 an undocumented code, 5 an invariant
    violated, 6 bad input, 70 the harness or engine crashed.
    """
    from fuzz.campaign import CampaignOptions, check_bugs, require_engine, run_campaign

    if native_coverage and sanitizers:
        raise click.UsageError(
            "--native-coverage and --sanitizers are two builds; choose one"
            " (--sanitizers has native coverage too)"
        )
    check_bugs(bugs)
    _check_corpus_directories(libfuzzer_args)
    seed, libfuzzer_args = _seed(seed, libfuzzer_args)
    engine = "asan" if sanitizers else "cov" if native_coverage else "default"
    require_engine(engine)
    seeds: list[Path] = []
    if not no_seeds:
        from tracer.paths import expand

        seeds = (
            [p for s in seed_paths for p in expand((str(s),))] if seed_paths else _default_seeds()
        )
        if not seeds:
            click.echo(
                "haptrace: warning: no corpus/ here to seed from (the regression corpus of a"
                " clone); fuzzing from an empty corpus: pass --seeds DIR, or --no-seeds to"
                " say so",
                err=True,
            )
    options = CampaignOptions(
        artifacts=artifacts,
        corpus=corpus,
        seeds=seeds,
        max_time=max_time,
        runs=runs,
        profile=profile,
        bugs=bugs,
        engine=engine,
        jobs=jobs,
        stop_on_finding=stop_on_finding,
        libfuzzer_args=libfuzzer_args,
    )
    status = None if as_json or verbosity() < 0 else (lambda line: click.echo(line, err=True))
    if status is not None:
        status(f"seed {seed} (repeat this run with --seed {seed})")
    calibration = _calibrate(engine) if engine != "default" else None
    result = run_campaign(options, status)
    summary = {"seed": seed, **result.to_json()}
    if calibration:
        summary["calibration"] = calibration
    with (artifacts / "summary.json").open("w") as handle:
        handle.write(json.dumps(summary, indent=2) + "\n")
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        _print_summary(summary, result.log_tail if result.crashed else "")
    sys.exit(int(result.outcome))


def _check_corpus_directories(libfuzzer_args: tuple[str, ...]) -> None:
    """libFuzzer takes every argument after ``--`` that is not a flag as a corpus directory
    and stops the fuzzer when one is not (which read as our crash, exit 70): a file or a
    missing path there is bad input, said before anything starts."""
    for argument in libfuzzer_args:
        if argument.startswith("-"):
            continue
        path = Path(argument)
        if not path.exists():
            raise missing(path)
        if not path.is_dir():
            raise InputError(
                f"{path}: not a directory (libFuzzer's arguments after -- name corpus directories)"
            )


def _seed(seed: int | None, libfuzzer_args: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The run's seed (--seed, a -seed= for libFuzzer, or a random one) and libFuzzer's
    arguments carrying it: every run has a seed it can be repeated with."""
    given = [a for a in libfuzzer_args if a.startswith("-seed=")]
    if given:
        if seed is not None:
            raise click.UsageError("give the seed once: --seed or -seed= after --")
        try:
            seed = int(given[-1].removeprefix("-seed="))
        except ValueError:
            raise click.UsageError(f"{given[-1]}: the seed is a number") from None
        rest = tuple(a for a in libfuzzer_args if not a.startswith("-seed="))
    else:
        rest = libfuzzer_args
    if not seed:  # libFuzzer's -seed=0 means "draw one"; draw it here, to record it
        seed = secrets.randbelow(2**31 - 2) + 1
    return seed, (f"-seed={seed}", *rest)


def _calibrate(engine: str) -> dict[str, object]:
    """The default build's and ``engine``'s speed on the same inputs, in this run (each in
    a process of its own, loaded as the harness loads it)."""
    rates = {}
    for build in ("default", engine):
        done = subprocess.run(
            [sys.executable, "-m", "fuzz.calibrate", "--engine", build],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise InputError(f"calibrating the {build} engine failed: {done.stderr.strip()}")
        rates[build] = json.loads(done.stdout.splitlines()[-1])
    ratio = rates[engine]["execs_per_s"] / max(rates["default"]["execs_per_s"], 1e-9)
    return {
        "engine": engine,
        "default": rates["default"],
        "native_coverage": rates[engine],
        "ratio": round(ratio, 3),
    }


def _print_summary(summary: dict[str, object], log_tail: str) -> None:
    s = summary
    click.echo(
        ("interrupted: " if s.get("interrupted") else "")
        + f"fuzzed {s['seconds']}s (seed {s['seed']}): {s['execs']:,} inputs"
        f" ({s['execs_per_s']:,}/s),"
        f" {s['calls']:,} calls ({s['calls_per_s']:,}/s); edges {s['edges']:,},"
        f" spec coverage {s['spec']}/{s['spec_total']} documented (call, code) pairs"
    )
    calibration = s.get("calibration")
    if isinstance(calibration, dict):
        d, n = calibration["default"], calibration["native_coverage"]
        build = "ASan+UBSan" if calibration["engine"] == "asan" else "native coverage"
        click.echo(
            f"{build} build: {n['execs_per_s']:,.0f} execs/s, {n['calls_per_s']:,.0f}"
            f" calls/s; uninstrumented {d['execs_per_s']:,.0f} execs/s, {d['calls_per_s']:,.0f}"
            f" calls/s (ratio {calibration['ratio']:.2f}, same inputs, this run)"
        )
    findings = s["findings"]
    assert isinstance(findings, list)
    if not findings:
        click.echo("no findings")
    for finding in findings:
        click.echo(f"FINDING after {finding['seconds']}s: {finding['description']}")
        if finding["kind"] == "test-magic":
            click.echo(f"  input: {finding['directory']}/input.bin")
            continue
        if finding["reason"]:
            click.echo(f"  engine's reason: {finding['reason']}")
        if finding.get("error"):
            click.echo(
                f"  not minimised, a bug of haptrace's ({finding['error']}): the input is"
                f" {finding['directory']}/input.bin, the error {finding['directory']}/error.txt"
            )
            continue
        minimized = finding["calls_minimized"]
        boot = finding.get("calls_in_trace", minimized) - minimized
        click.echo(
            f"  minimised from {finding['calls_found']} calls to {minimized}"
            + (f", after the host's {boot} boot calls" if boot else "")
            + f": {finding['directory']}/trace.trace.txt"
        )
        click.echo(f"  replay it: {finding.get('replay', '')}")
    if log_tail:
        click.echo("the fuzzer stopped abnormally; its last output:", err=True)
        click.echo(log_tail, err=True)


@cli.command("minimize")
@click.argument("trace", type=InputPath(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="Where to write the minimised trace (.trace.txt: text form, else msgpack).",
)
@click.option(
    "--profile",
    type=PROFILE_CHOICE,
    help="The profile to check in (default: the trace's).",
)
@PLANTED_BUG_OPTION
def minimize_command(trace: Path, output: Path, profile: str | None, bugs: tuple[str, ...]) -> None:
    """Shrink a trace to the fewest calls, with the simplest arguments, that still show
    the same violation: the same invariant, or the same undocumented code, from the same
    call.  The calls producing every handle, port or grant a kept call uses are kept.

    A trace that shows neither but diverges (a recorded result the emulator does not
    return) is shrunk to the fewest calls that make the same call diverge the same way.

    The result expects what an engine without the planted bugs returns, so it passes on
    the clean engine and `haptrace replay --planted-bug ...` flags it.
    """
    from dataclasses import replace

    from fuzz.minimize import SequenceRunner, clean_records, minimize, rerecord
    from haptrace.binding.machine import bug_mask
    from replay.engine import open_source
    from tracer.chunk import concat
    from tracer.model import Trace

    bug_mask(bugs)
    source = open_source(trace)
    chunks, _ = source.open_chunks()
    chunk = concat(list(chunks))
    profile = profile or source.header.profile
    runner = SequenceRunner(profile, bugs, config=source.header.machine, booted=False)
    # The records with what the profile expects (a scenario's alternative result).
    records = [
        replace(
            r,
            rc=r.expected(profile).rc,
            errno=r.expected(profile).errno,
            outputs=r.expected(profile).outputs,
            alternatives={},
        )
        for r in chunk.records()
    ]
    first = runner.run(records)
    if first.signature is None:
        # No undocumented code or invariant: a plain divergence, kept as it is.
        _minimize_divergence(
            trace, Trace(source.header, list(chunk.records())), output, profile, bugs
        )
        return
    # In this machine's numbering (the trace may name another host's handles), then shrunk.
    minimized = minimize(runner, rerecord(records, runner), first.signature)
    clean = SequenceRunner(profile, (), config=source.header.machine, booted=False)
    header = replace(source.header, bugs=tuple(bugs), profile=profile)
    result = Trace(header, clean_records(minimized.records, clean))
    _write(output, result)
    click.echo(f"{first.signature.describe()}")
    click.echo(
        f"minimised {len(chunk)} calls to {len(result.records)} in {minimized.runs} runs: {output}"
    )


def _minimize_divergence(
    path: Path, trace: object, output: Path, profile: str, bugs: tuple[str, ...]
) -> None:
    """Shrink a trace whose replay diverges to the fewest calls that make the same call
    diverge the same way (replay.shrink)."""
    from replay.report import format_divergence
    from replay.shrink import shrink_divergence
    from tracer.model import Trace

    assert isinstance(trace, Trace)
    shrunk = shrink_divergence(trace, profile, bugs)
    if shrunk is None or shrunk.original.divergence is None:
        raise InputError(
            f"{path}: it replays without divergence, undocumented code or invariant violation"
            f" in profile {profile}{' with ' + ', '.join(bugs) if bugs else ''}: nothing to"
            " minimise"
        )
    _write(output, shrunk.trace)
    click.echo(format_divergence(shrunk.original.divergence, profile)[0].strip())
    click.echo(
        f"minimised {len(trace.records)} calls to {len(shrunk.trace.records)} in"
        f" {shrunk.runs} runs: {output}"
    )


def _write(path: Path, trace: object) -> None:
    from tracer.model import Trace
    from tracer.textform import format_trace
    from tracer.writer import TraceWriter

    assert isinstance(trace, Trace)
    if path.name.endswith(".txt"):
        path.write_text(format_trace(trace))
        return
    with TraceWriter(path, trace.header) as writer:
        writer.write_records(trace.records)


@cli.group("corpus")
def corpus_group() -> None:
    """Fuzz corpus maintenance."""


@corpus_group.command("merge")
@click.argument("output", type=OutputDirectory())
@click.argument("inputs", nargs=-1, required=True, type=InputPath(file_okay=False))
@click.option("--profile", type=PROFILE_CHOICE, default="doc", show_default=True)
def corpus_merge_command(output: Path, inputs: tuple[Path, ...], profile: str) -> None:
    """Merge fuzz corpus directories into OUTPUT, keeping only the inputs that add
    coverage (libFuzzer's -merge=1 run through the harness)."""
    from fuzz.campaign import worker_command
    from fuzz.harness import Options

    output.mkdir(parents=True, exist_ok=True)
    before = len(list(output.iterdir()))
    # libFuzzer runs the merge in inner processes of the same program (-merge_inner=1), which
    # get our options because they are in --name=value form (see fuzz/harness.py).
    worker = Options(profile=profile, artifacts=str((output.parent / "merge-artifacts").resolve()))
    done = subprocess.run(
        worker_command() + worker.argv() + ["-merge=1", str(output), *map(str, inputs)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-3:]
        raise InputError(f"merge failed (exit status {done.returncode}): " + " / ".join(last))
    after = len(list(output.iterdir()))
    click.echo(f"{output}: {after} inputs ({after - before} added)")
