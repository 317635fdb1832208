"""fuzz-plot draws something a user can read, for a short run and a long one (issue 17,
plots): edges and features apart even when equal, y axes from 0, a t=0 point, and a run
stopped at its first stats line still a visible curve."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import matplotlib
import pytest
from click.testing import CliRunner

from haptrace.cli import cli
from haptrace.cli.fuzz_plot import draw

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def _line(t: float, execs: int, edges: int, spec: int, findings: int = 0) -> dict[str, Any]:
    return {
        "t": t,
        "execs": execs,
        "calls": execs * 3,
        "edges": edges,
        "features": edges,  # as the default engine reports them: equal
        "spec": spec,
        "spec_total": 658,
        "findings": findings,
    }


def _axes(lines: list[dict[str, Any]], found: list[tuple[float, str]] = ()) -> Any:  # type: ignore[assignment]
    figure = draw(plt, lines, list(found))
    axes = figure.get_axes()
    plt.close(figure)
    return axes


def test_equal_edges_and_features_are_two_distinct_lines() -> None:
    cov = _axes([_line(1, 100, 50, 10), _line(2, 200, 60, 12)])[0]
    edges, features = cov.get_lines()[:2]
    assert list(edges.get_ydata()) == list(features.get_ydata())
    assert (edges.get_linestyle(), edges.get_color()) != (
        features.get_linestyle(),
        features.get_color(),
    )
    assert "equal to edges" in features.get_label()


def test_every_panel_starts_at_zero_with_a_t0_point() -> None:
    for axes in _axes([_line(5, 1000, 2000, 300), _line(10, 2500, 2400, 330)]):
        assert axes.get_ylim()[0] == 0
        assert axes.get_xlim()[0] == 0
        first = axes.get_lines()[0]
        assert first.get_xdata()[0] == 0
        assert first.get_ydata()[0] == 0


def test_a_run_stopped_at_its_first_line_is_still_drawn() -> None:
    cov, spec, _ = _axes([_line(0.3, 40, 900, 120, findings=1)], [(0.25, "finding 1")])
    edges = cov.get_lines()[0]
    assert len(edges.get_xdata()) == 2  # t=0 and the one line
    assert edges.get_marker() == "o"  # few points: each one marked
    assert cov.get_xlim()[1] > 0.3
    assert any(line.get_color() == "tab:red" for line in spec.get_lines())


def test_a_long_run_is_drawn_in_minutes_without_markers() -> None:
    lines = [_line(t, t * 2000, 3000 + t, 400 + t // 60) for t in range(1, 601)]
    cov, _, rate = _axes(lines)
    assert rate.get_xlabel() == "minutes"
    assert cov.get_lines()[0].get_marker() in ("None", "", None)
    assert cov.get_xlim()[1] == pytest.approx(10 * 1.04, rel=0.01)


def test_the_command_writes_a_png(tmp_path: Path) -> None:
    stats = tmp_path / "fuzz-stats.jsonl"
    stats.write_text("\n".join(json.dumps(_line(t, t * 100, t * 10, t)) for t in (1, 2, 3)))
    out = tmp_path / "p.png"
    result = CliRunner().invoke(cli, ["fuzz-plot", str(stats), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_stats_line_without_its_fields_is_bad_input(tmp_path: Path) -> None:
    stats = tmp_path / "fuzz-stats.jsonl"
    stats.write_text('{"t": 1}\n')
    result = CliRunner().invoke(cli, ["fuzz-plot", str(stats), "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 6
    assert f"{stats}:1: a stats line without edges, features, spec" in result.stderr
