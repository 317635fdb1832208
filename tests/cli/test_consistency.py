"""Every command treats the same input the same way: one wording and one exit status for a
missing file, one reader for text traces, one error line (issue 17, consistency)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from haptrace.cli import cli

MISSING = "no-such.trace"


def _commands(tmp_path: Path, trace: str) -> list[list[str]]:
    out = str(tmp_path / "out.trace")
    return [
        ["replay", trace],
        ["show", trace],
        ["stats", trace],
        ["record", trace, "-o", out],
        ["compile", trace, "-o", out],
        ["upgrade", trace, "-o", out],
        ["coverage", trace],
        ["minimize", trace, "-o", out],
        ["fuzz-plot", trace, "-o", str(tmp_path / "p.png")],
        ["fuzz", "--seeds", trace, "--artifacts", str(tmp_path / "a")],
    ]


def test_a_missing_file_is_one_wording_and_exit_6_everywhere(
    tmp_path: Path, runner: CliRunner
) -> None:
    for args in _commands(tmp_path, MISSING):
        result = runner.invoke(cli, args)
        assert result.exit_code == 6, (args, result.output)
        assert (
            result.stderr == f"haptrace: error: {MISSING}: cannot read: No such file or directory\n"
        ), args
