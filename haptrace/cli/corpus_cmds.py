"""``haptrace coverage``: the documented (call, code) pairs a corpus reaches."""

from __future__ import annotations

import json
import sys

import click

from haptrace.catalogue import PROFILES
from haptrace.catalogue.errnos import errno_name
from haptrace.outcome import Outcome, most_severe
from tracer.paths import expand

from .main import cli
from .options import PROFILE_CHOICE, max_memory_option


@cli.command("coverage")
@click.argument("traces", nargs=-1, required=True, metavar="TRACE_OR_DIR...")
@click.option(
    "--profile",
    type=PROFILE_CHOICE,
    help="Only this profile (default: every profile).",
)
@click.option("--markdown", is_flag=True, help="Print the matrix as Markdown (for docs/).")
@click.option("--json", "as_json", is_flag=True, help="Print the matrix as JSON.")
@max_memory_option
def coverage_command(
    traces: tuple[str, ...], profile: str | None, markdown: bool, as_json: bool, max_memory: int
) -> None:
    """Replay traces in each profile and print the matrix of calls × documented return
    codes, marking the ones the traces reach.

    \b
    Exit status: 0 when every documented pair is reached and every trace passes; 1 when
    a documented pair is unreached; a replay failure's status (3-6) when a trace fails.
    """
    from haptrace.catalogue import CATALOGUE
    from replay.coverage import format_markdown, format_text, measure

    paths = expand(traces)
    coverages = [measure(paths, p, max_memory) for p in ([profile] if profile else list(PROFILES))]
    # A trace that cannot be read is an error, on stderr like every command's (once, not
    # once per profile), as well as a failing trace of the report.
    for report in coverages[0].reports:
        if report.outcome is Outcome.BAD_INPUT:
            click.echo(f"haptrace: error: {report.message}", err=True)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "profile": c.profile,
                        "documented": len(c.documented()),
                        "reached": len(c.documented()) - len(c.missing()),
                        "missing": [
                            {
                                "call": CATALOGUE[call].name,
                                "errno": errno,
                                "name": errno_name(
                                    errno, CATALOGUE[call].family.value == "sharing"
                                ),
                            }
                            for call, errno in c.missing()
                        ],
                        "failing_traces": [r.name for r in c.reports if _fails(r.outcome)],
                    }
                    for c in coverages
                ],
                indent=2,
            )
        )
    elif markdown:
        click.echo(format_markdown(coverages, traces), nl=False)
    else:
        for coverage in coverages:
            click.echo(format_text(coverage))
            for report in coverage.reports:
                if _fails(report.outcome) and report.outcome is not Outcome.BAD_INPUT:
                    click.echo(
                        f"  failing trace: {report.name} ({report.outcome.label})"
                        + (f": {report.message}" if report.message else "")
                    )
    worst = most_severe(c.worst for c in coverages)
    incomplete = any(c.missing() for c in coverages)
    sys.exit(int(worst) if _fails(worst) else (1 if incomplete else 0))


def _fails(outcome: Outcome) -> bool:
    """A trace that does not speak for the profile ran nothing: it reaches no pair, and it
    is no failing trace (coverage measures the traces that apply)."""
    return outcome not in (Outcome.PASS, Outcome.NOT_APPLICABLE)
