"""Every reproducer of issue 16 (tests/data/hostile/, made by make_hostile.py) is bad input:
exit status 6 and one ``haptrace: error:`` line naming the problem, never a traceback (70)
and never a machine the input sized.  Replay builds a machine; show only reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from haptrace.cli import cli

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
FILES = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".trace", ".txt"))
# Well-formed headers of machines too big to build under the default memory cap: every
# command reads them, only the ones that build the machine refuse them.
TOO_BIG = {"header-total-frames-2-28.trace", "total-frames-2-28.txt"}
# What the error line must mention, where the reproducer is about one field or value.
MENTIONS = {
    "nested-map-after-end.trace": "follows the end record",
    "header-symbol-kind-list.trace": "header symbol",
    "chunk-alternative-profile-map.trace": "alternative",
    "header-audit-compiled-string.trace": "audit_compiled",
    "header-audit-compiled-negative.trace": "audit_compiled",
    "header-total-frames-string.trace": "total_frames",
    "header-xenheap-units-2-64.trace": "xenheap_units",
    "header-gfn-capacity-2-64.trace": "gfn_capacity",
    "header-p2m-size-2-64.trace": "p2m_size",
    "header-vcpus-2-64.trace": "vcpus",
    "header-pages-2-63.trace": "pages",
    "header-hap-string.trace": "hap",
    "header-total-frames-2-28.trace": "total_frames",
    "leading-zero-argument.txt": "leading zero",
    "leading-zero-host.txt": "leading zero",
    "leading-zero-domain-id.txt": "leading zero",
    "leading-zero-rc.txt": "leading zero",
    "huge-decimal-argument.txt": "digits",
    "huge-decimal-symbol.txt": "digits",
    "huge-decimal-rc.txt": "digits",
    "huge-decimal-errno.txt": "digits",
    "huge-decimal-version.txt": "digits",
    "huge-decimal-host.txt": "digits",
    "huge-decimal-caller.txt": "digits",
    "huge-hex-symbol-value.txt": "digits",
    "rc-2-63.txt": "does not fit",
    "rc-2-64.txt": "16 digits",
    "errno-2-64.txt": "errno",
    "p2m-size-2-64.txt": "p2m_size",
    "p2m-size-2-64-minus-1.txt": "p2m_size",
    "gfn-capacity-2-64.txt": "gfn_capacity",
    "audit-compiled-2.txt": "audit_compiled",
    "total-frames-2-28.txt": "total_frames",
}


def _bad_input(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output + result.stderr, result.stderr
    assert result.exit_code == 6, (result.exit_code, result.output, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr
    return lines[0]


def test_every_reproducer_is_listed() -> None:
    assert {p.name for p in FILES} == set(MENTIONS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_replay_refuses(path: Path) -> None:
    line = _bad_input(["replay", str(path)])
    assert MENTIONS[path.name] in line


@pytest.mark.parametrize("path", [p for p in FILES if p.name not in TOO_BIG], ids=lambda p: p.name)
def test_show_refuses(path: Path) -> None:
    line = _bad_input(["show", str(path)])
    assert MENTIONS[path.name] in line


@pytest.mark.parametrize("path", [p for p in FILES if p.name in TOO_BIG], ids=lambda p: p.name)
def test_show_reads_a_big_machine_without_building_it(path: Path) -> None:
    result = CliRunner().invoke(cli, ["show", str(path)])
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    "path", [p for p in FILES if p.suffix == ".txt" and p.name not in TOO_BIG], ids=lambda p: p.name
)
def test_compile_refuses(path: Path, tmp_path: Path) -> None:
    line = _bad_input(["compile", str(path), "-o", str(tmp_path / "out.trace")])
    assert MENTIONS[path.name] in line
