"""``haptrace replay``: replay traces against the emulator and check every call."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import click

from haptrace.errors import InputError
from haptrace.outcome import Outcome, most_severe
from haptrace.profiles import HOST_PRESETS
from replay.progress import Progress
from tracer.paths import expand

from .main import cli, verbosity
from .options import PLANTED_BUG_OPTION, PROFILE_CHOICE, OutputFile, max_memory_option


def replay_one(
    path: str,
    profile: str | None,
    bugs: tuple[str, ...],
    check_every: int | None,
    progress: Progress | None = None,
    strict: bool = False,
    max_memory: int | None = None,
    preset: str | None = None,
) -> tuple[dict[str, Any], str]:
    """Replay one trace; returns (JSON report, text report).  Runs in worker processes."""
    from haptrace.binding.config import DEFAULT_MAX_MEMORY
    from haptrace.profiles import HOST_PRESETS
    from replay.engine import on_host_build, open_source, replay
    from replay.progress import counted_calls
    from replay.report import format_report, report_json

    memory = DEFAULT_MAX_MEMORY if max_memory is None else max_memory
    try:
        source = open_source(path)
    except InputError as exc:
        from replay.engine import ReplayReport

        report = ReplayReport(path, Outcome.BAD_INPUT, profile or "doc", message=str(exc))
        return report_json(report), format_report(report)
    if preset is not None:
        source = on_host_build(source, HOST_PRESETS[preset])
    if progress is not None and progress.items is None:
        # One trace: its calls are the total (a text trace's records, a binary one's end map).
        progress.total = len(source.lines) if source.lines else counted_calls(path)
    report = replay(
        source,
        profile,
        bugs,
        check_every,
        progress=progress.advance if progress is not None else None,
        max_memory=memory,
    )
    if strict and report.truncated and report.outcome is Outcome.PASS:
        report.outcome = Outcome.BAD_INPUT
        report.message = (
            f"{path}: the recording was cut off after {report.calls} calls"
            " (--strict: a cut-off trace fails)"
        )
    return report_json(report), format_report(report)


@cli.command("replay")
@click.argument("traces", nargs=-1, required=True, metavar="TRACE_OR_DIR...")
@click.option(
    "--profile",
    type=PROFILE_CHOICE,
    help="Replay in this profile instead of the one the trace was recorded in.",
)
@click.option(
    "--host",
    "preset",
    type=click.Choice(sorted(HOST_PRESETS)),
    default=None,
    help="Replay on this hypervisor build (docs/profiles.md): its build options replace"
    " those of each trace's host line, the rest of the machine stays the trace's.  Only"
    " the xen-4.17 profile reads them.  [default: the build each trace names]",
)
@PLANTED_BUG_OPTION
@click.option(
    "--check-every",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Run the invariant audit every N calls (and the per-call oracle); 0 audits only at"
    " the end.  By default every call is audited while that is cheap (the first calls, as"
    " many as a fixed audit budget allows for the machine's size), then the end.",
)
@max_memory_option
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("--junit", type=OutputFile(), help="Write a JUnit XML report.")
@click.option(
    "--strict",
    is_flag=True,
    help="A trace whose recording was cut off fails (exit 6) instead of passing on its"
    " complete part.",
)
@click.option(
    "--shard",
    metavar="K/N",
    callback=lambda ctx, param, value: _parse_shard(value),
    help="Replay only the K-th of N equal shares of the traces (K from 1), for CI jobs"
    " that split a corpus across machines: each trace is in exactly one share.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Replay traces in this many processes.",
)
def replay_command(
    traces: tuple[str, ...],
    profile: str | None,
    preset: str | None,
    bugs: tuple[str, ...],
    check_every: int | None,
    max_memory: int,
    as_json: bool,
    junit: Path | None,
    strict: bool,
    shard: tuple[int, int] | None,
    jobs: int,
) -> None:
    """Replay traces and check every call: its result equals the recorded one (handles,
    ports and grant references mapped to the emulator's), a failure's code is documented
    for the call in the profile, and the invariants hold at the end.

    \b
    Traces are msgpack (*.trace) or text form (*.trace.txt); a directory means every trace
    under it.  The first divergence of a trace prints a report: the call and its line,
    recorded and emulated results with the engine's reason, the state of the gfns it
    touched before and after, and the calls that led there.

    \b
    Exit status (the most severe over all traces):
      0 pass   3 diverged   4 undocumented return code   5 invariant violated
      6 bad trace or input   7 unsupported (calls the engine does not model, not checked)
      8 not applicable (the trace's profiles line leaves the profile out: nothing ran;
        only when no trace applied)   70 internal error
    """
    from haptrace.binding.machine import bug_mask

    bug_mask(bugs)
    paths = expand(traces)
    if shard is not None:
        index, count = shard
        # Every count-th trace of the sorted list: shares of equal size (within one), and
        # the same split on every machine for the same corpus.
        paths = paths[index - 1 :: count]
        if not paths:
            click.echo(f"shard {index}/{count}: no traces (fewer traces than shards)")
            sys.exit(int(Outcome.PASS))
    progress = (
        Progress("replaying", sys.stderr, items=len(paths) if len(paths) > 1 else None)
        if sys.stderr.isatty() and not as_json and verbosity() >= 0
        else None
    )
    if progress is not None and len(paths) == 1:
        progress.label = f"replaying {paths[0].name}"
    results: list[tuple[dict[str, Any], str]] = []
    try:
        if jobs > 1 and len(paths) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = [
                    pool.submit(
                        replay_one,
                        str(p),
                        profile,
                        bugs,
                        check_every,
                        None,
                        strict,
                        max_memory,
                        preset,
                    )
                    for p in paths
                ]
                for future in as_completed(futures):
                    if progress is not None:
                        progress.done += future.result()[0]["calls"]
                        progress.item_done()
                results = [f.result() for f in futures]  # in the order given
        else:
            for path in paths:
                results.append(
                    replay_one(
                        str(path), profile, bugs, check_every, progress, strict, max_memory, preset
                    )
                )
                if progress is not None:
                    progress.item_done()
    finally:
        if progress is not None:
            progress.close()
    outcomes = [Outcome(r["exit_status"]) for r, _ in results]
    worst = most_severe(outcomes)
    for report, _ in results:  # a bad trace is an error as well as a line of the report
        if report["exit_status"] == Outcome.BAD_INPUT:
            click.echo(f"haptrace: error: {report['message']}", err=True)
    if junit:
        _write_junit(junit, results)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "outcome": worst.label,
                    "exit_status": int(worst),
                    "traces": [r for r, _ in results],
                },
                indent=2,
            )
        )
    else:
        for report, text in results:
            # A bad trace's one line is the error above; its report would repeat it.
            if report["exit_status"] not in (Outcome.PASS, Outcome.BAD_INPUT):
                click.echo(text)
        _summary(results, worst)
    sys.exit(int(worst))


def _parse_shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not K/N (two numbers: 2/4)") from None
    if not 1 <= index <= count:
        raise click.BadParameter(f"{value!r}: K must be between 1 and N")
    return index, count


def _summary(results: list[tuple[dict[str, Any], str]], worst: Outcome) -> None:
    width = max(len(r["trace"]) for r, _ in results)
    click.echo(f"{'trace':<{width}}  {'outcome':<14} {'calls':>9}  {'seconds':>8}")
    for report, _ in results:
        note = " (cut off)" if report["truncated"] else ""
        click.echo(
            f"{report['trace']:<{width}}  {report['outcome']:<14} {report['calls']:>9}"
            f"  {report['seconds']:>8.3f}{note}"
        )
    counts: dict[str, int] = {}
    for report, _ in results:
        counts[report["outcome"]] = counts.get(report["outcome"], 0) + 1
    tally = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
    click.echo(f"{len(results)} traces: {tally}; exit status {int(worst)} ({worst.label})")


def _write_junit(path: Path, results: list[tuple[dict[str, Any], str]]) -> None:
    from replay.engine import ReplayReport
    from replay.report import junit_xml

    reports = []
    for data, text in results:
        report = ReplayReport(
            data["trace"],
            Outcome(data["exit_status"]),
            data["profile"],
            calls=data["calls"],
            message=data["message"],
            seconds=data["seconds"],
        )
        reports.append((report, text))
    path.write_text(junit_xml(reports))
