"""The README's quick start and .ci/run agree: CI runs exactly the documented test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```\n(.*?)```", section, re.S)]


def test_the_quick_start_is_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in command for command in commands)
    setup_and_run, setup_and_test = commands
    assert "haptrace replay corpus/" in setup_and_run
    assert "pytest" in setup_and_test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text().splitlines()
    last = [line for line in script if line.strip() and not line.lstrip().startswith("#")][-1]
    assert last.strip() == _quick_start_commands()[1]
