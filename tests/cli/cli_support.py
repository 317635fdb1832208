"""Paths the command-line tests share (a module of its own: every test folder has a
conftest, and only one of them can be imported as ``conftest``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
CAPACITY = CORPUS / "sharing" / "capacity.trace.txt"  # a passing text trace with symbols
