"""minimize on a plain divergence (issue 17, anchors): the fewest calls that make the same
call diverge the same way, the calls it depends on kept."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from haptrace.cli import cli

TRACE = """\
# haptrace trace v2
profile doc
domain 1 pages=64
domain 2 pages=64

memshr_control(domid=1, enable=1) = 0
guest_write(domid=1, gfn=0x30, value=0x5) = 0
memshr_control(domid=2, enable=1) = 0
guest_write(domid=2, gfn=0x31, value=0x6) = 0
memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$src
guest_write(domid=1, gfn=0x32, value=0x7) = 0
memshr_nominate_gfn(domid=2, gfn=0x20) = 0 -> handle=$cli
sharing_freed_pages() = 0
# the share succeeds: this recording says it failed
memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$src, \
client_domain=2, client_gfn=0x20, client_handle=$cli) = -1 EINVAL
sharing_freed_pages() = 1
"""


def test_a_plain_divergence_is_minimised_keeping_its_dependencies(
    tmp_path: Path, runner: CliRunner
) -> None:
    trace = tmp_path / "t.trace.txt"
    trace.write_text(TRACE.replace("\\\n", ""))
    out = tmp_path / "min.trace.txt"
    result = runner.invoke(cli, ["minimize", str(trace), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "diverged at call 9: memshr_share_gfns (result differs)" in result.stdout
    assert "minimised 10 calls to 5 in " in result.stdout
    calls = [line.split("(")[0] for line in out.read_text().splitlines() if "(" in line]
    assert calls == [
        "memshr_control",
        "memshr_control",
        "memshr_nominate_gfn",
        "memshr_nominate_gfn",
        "memshr_share_gfns",
    ]
    replayed = runner.invoke(cli, ["replay", str(out)])
    assert replayed.exit_code == 3
    assert "diverged at call 5, line" in replayed.stdout


def test_a_passing_trace_has_nothing_to_minimise(tmp_path: Path, runner: CliRunner) -> None:
    trace = tmp_path / "t.trace.txt"
    trace.write_text("# haptrace trace v2\nprofile doc\nmemshr_audit() = 0\n")
    result = runner.invoke(cli, ["minimize", str(trace), "-o", str(tmp_path / "m.trace.txt")])
    assert result.exit_code == 6
    assert "nothing to minimise" in result.stderr
