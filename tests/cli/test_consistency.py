"""Every command treats the same input the same way: one wording and one exit status for a
missing file, one reader for text traces, one error line (issue 17, consistency)."""

from __future__ import annotations

from pathlib import Path

from cli_support import CAPACITY
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


def test_a_text_trace_without_its_version_line_reads_in_every_command(
    tmp_path: Path, runner: CliRunner
) -> None:
    # The version line is optional in the grammar: every command reads such a file alike.
    plain = tmp_path / "plain.trace.txt"
    plain.write_text(CAPACITY.read_text().split("\n", 1)[1])
    assert not plain.read_text().startswith("# haptrace")
    for args in (
        ["replay", str(plain)],
        ["show", str(plain)],
        ["stats", str(plain)],
        ["record", str(plain), "-o", str(tmp_path / "r.trace")],
        ["compile", str(plain), "-o", str(tmp_path / "c.trace")],
        ["coverage", str(plain), "--json"],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code in (0, 1), (args, result.output)  # coverage: 1 = pairs unreached
        assert "not a haptrace trace" not in result.output


def test_a_newer_text_version_is_the_same_error_in_every_command(
    tmp_path: Path, runner: CliRunner
) -> None:
    newer = tmp_path / "newer.trace.txt"
    newer.write_text("# haptrace trace v99\n" + CAPACITY.read_text().split("\n", 1)[1])
    for args in (["replay", str(newer)], ["show", str(newer)], ["stats", str(newer)]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 6, (args, result.output)
        assert result.stderr.count("upgrade haptrace to read it") == 1, args


def test_a_bad_trace_is_reported_once(tmp_path: Path, runner: CliRunner) -> None:
    bad = tmp_path / "bad.trace.txt"
    bad.write_text("# haptrace trace v2\nprofile doc\nno_such_call(x=1) = 0\n")
    result = runner.invoke(cli, ["replay", str(bad)])
    assert result.exit_code == 6
    assert result.output.count("no_such_call") == 1, result.output


def test_native_coverage_and_sanitizers_together_are_a_usage_error(
    tmp_path: Path, runner: CliRunner
) -> None:
    result = runner.invoke(
        cli,
        ["fuzz", "--native-coverage", "--sanitizers", "--artifacts", str(tmp_path / "a")],
    )
    assert result.exit_code == 2, result.output
    assert "choose one" in result.stderr


def test_coverage_markdown_is_titled_by_the_traces_given(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["coverage", str(CAPACITY), "--markdown", "--profile", "doc"])
    assert f"# Spec coverage of `{CAPACITY}`" in result.stdout
    assert "corpus/`" not in result.stdout.split("\n## ", 1)[0].replace(str(CAPACITY), "")


def test_an_oversized_text_trace_is_refused_alike_and_the_advice_can_be_followed(
    tmp_path: Path, runner: CliRunner
) -> None:
    from tracer.reader import MAX_TEXT_BYTES

    big = tmp_path / "big.trace.txt"
    with big.open("w") as handle:
        handle.write(CAPACITY.read_text())
        handle.truncate(MAX_TEXT_BYTES + 1)
    messages = set()
    for args in (
        ["replay", str(big)],
        ["show", str(big)],
        ["compile", str(big), "-o", str(tmp_path / "c.trace")],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 6, (args, result.output)
        messages.add(result.stderr)
    assert len(messages) == 1, messages
    assert "haptrace compile" not in messages.pop()  # compile refuses it too
