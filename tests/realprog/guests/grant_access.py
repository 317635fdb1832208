"""A guest script for `haptrace run --guest` (tests/realprog/test_gntdev.py): domain 1
grants dom0 its gfn 0x10 (grant_access: its table's lowest free entry, 0), as a frontend
does before a backend maps the page."""

from __future__ import annotations

from typing import Any


def setup(guest: Any) -> None:
    guest.call("grant_access", 1, 0x10, 0)


def activity(guest: Any) -> Any:
    yield
