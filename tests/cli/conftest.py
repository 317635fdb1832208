"""Shared fixtures of the command-line tests: the CLI run in-process, as a user runs it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
