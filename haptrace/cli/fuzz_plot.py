"""``haptrace fuzz-plot``: a fuzz run's coverage over time, as a PNG.

Three panels sharing the time axis, each starting at t=0 with its y axis from 0: the
engine's edges and libFuzzer's features (drawn apart even when they are equal, as they are
with the default engine), the documented (call, code) pairs reached against their total,
and the inputs run per second.  A finding is a red line across all three.  Points are
marked while there are few of them, so a run stopped at its first finding still shows its
curve; runs longer than three minutes are drawn in minutes.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import click

from haptrace.errors import InputError

from .main import cli
from .options import InputPath, OutputFile

FIELDS = ("t", "edges", "features", "spec", "spec_total", "findings")  # execs: optional
MARKERS_UP_TO = 60  # points drawn with markers at most (beyond, the line alone)
MINUTES_FROM = 180.0  # seconds of run from which the time axis is in minutes


def read_stats(path: Path) -> list[dict[str, Any]]:
    """The stats lines of a fuzz-stats.jsonl file, each checked for the fields drawn."""
    lines = []
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            raise InputError(f"{path}:{number}: not a JSON line") from None
        if not isinstance(line, dict):
            raise InputError(f"{path}:{number}: not a stats line (a JSON object)")
        missing = [f for f in FIELDS if not isinstance(line.get(f), int | float)]
        if missing:
            raise InputError(f"{path}:{number}: a stats line without {', '.join(missing)}")
        lines.append(line)
    if not lines:
        raise InputError(f"{path}: no stats lines")
    return lines


@cli.command("fuzz-plot")
@click.argument("stats", type=InputPath(dir_okay=False))
@click.option("-o", "--output", required=True, type=OutputFile(), help="The PNG to write.")
def fuzz_plot_command(stats: Path, output: Path) -> None:
    """Draw a fuzz run's coverage over time from its ARTIFACTS/fuzz-stats.jsonl: edges and
    features, documented (call, code) pairs reached, inputs per second, and findings.

    Needs matplotlib: pip install 'haptrace[plot]'.

    \b
      haptrace fuzz --max-time 60 --artifacts run
      haptrace fuzz-plot run/fuzz-stats.jsonl -o run/coverage.png
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise InputError("fuzz-plot needs matplotlib: pip install 'haptrace[plot]'") from None
    lines = read_stats(stats)
    figure = draw(plt, lines, _finding_times(stats, lines))
    figure.savefig(output, dpi=100)
    plt.close(figure)
    click.echo(f"wrote {output}")


def draw(plt: Any, stats: list[dict[str, Any]], found: list[tuple[float, str]]) -> Any:
    """The figure of ``stats`` (lines of fuzz-stats.jsonl) with ``found``: (seconds,
    label) of each finding."""
    lines = list(stats)
    if lines[0]["t"] > 0:  # the run starts from nothing
        zero = {f: 0 for f in (*FIELDS, "execs") if f in lines[0]}
        lines.insert(0, {**zero, "spec_total": lines[0]["spec_total"]})
    minutes = lines[-1]["t"] >= MINUTES_FROM
    scale = 60.0 if minutes else 1.0
    t = [line["t"] / scale for line in lines]
    marker = {"marker": "o", "markersize": 3} if len(lines) <= MARKERS_UP_TO else {}
    figure, (cov, spec, rate) = plt.subplots(3, 1, figsize=(9, 8), sharex=True)

    edges = [line["edges"] for line in lines]
    features = [line["features"] for line in lines]
    cov.plot(t, edges, color="tab:blue", linewidth=2.5, label="edges", **marker)
    same = " (equal to edges)" if edges == features else ""
    cov.plot(
        t, features, color="tab:orange", linestyle="--", linewidth=1.5, label="features" + same
    )
    cov.set_ylabel("libFuzzer coverage")

    total = lines[-1]["spec_total"]
    spec.plot(t, [line["spec"] for line in lines], color="tab:green", label="reached", **marker)
    spec.axhline(total, color="grey", linestyle=":", label=f"documented ({total})")
    spec.set_ylabel("(call, code) pairs")

    # Inputs per second between two lines (the lines' own rates are averages since t=0).
    if all(isinstance(line.get("execs"), int | float) for line in lines):
        rates = [0.0] + [
            (b["execs"] - a["execs"]) / max(b["t"] - a["t"], 1e-9)
            for a, b in itertools.pairwise(lines)
        ]
        rate.plot(t, rates, color="tab:purple", label="inputs/s", drawstyle="steps-pre", **marker)
    else:
        rate.text(0.5, 0.5, "no input counts in these stats", transform=rate.transAxes, ha="center")
    rate.set_ylabel("inputs per second")
    rate.set_xlabel("minutes" if minutes else "seconds")

    for axes in (cov, spec, rate):
        axes.set_ylim(bottom=0)
        axes.set_xlim(left=0, right=max(t[-1], 1e-9) * 1.04)  # room for a last finding
        axes.grid(alpha=0.3)
        for index, (at, _) in enumerate(found):
            axes.axvline(
                at / scale,
                color="tab:red",
                alpha=0.6,
                label=("findings" if index == 0 else None) if axes is cov else None,
            )
        if axes.get_legend_handles_labels()[1]:
            axes.legend(loc="lower right", fontsize="small")
    for at, description in found:
        cov.annotate(
            description,
            (at / scale, cov.get_ylim()[1] / 2),
            textcoords="offset points",
            xytext=(-3, 0),
            horizontalalignment="right",
            color="tab:red",
            fontsize="small",
        )
    last = lines[-1]
    inputs = f" {last['execs']:,} inputs," if "execs" in last else ""
    figure.suptitle(
        f"haptrace fuzz: {last['t']:.0f} s,{inputs} {last['edges']:,} edges,"
        f" {last['spec']}/{total} documented pairs, {_plural(last['findings'], 'finding')}"
    )
    figure.tight_layout()
    return figure


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _finding_times(stats: Path, lines: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """(seconds, label) of each finding: from the run's summary.json beside the stats when
    it is there (the exact times), else where a stats line's count went up."""
    try:
        summary = json.loads((stats.parent / "summary.json").read_text())
        listed = [f for f in summary["findings"] if isinstance(f.get("seconds"), int | float)]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        listed = []
    if listed:
        return [(f["seconds"], f"finding {i}") for i, f in enumerate(listed, start=1)]
    return [
        (line["t"], _plural(line["findings"], "finding"))
        for previous, line in itertools.pairwise(lines)
        if line["findings"] > previous["findings"]
    ]
