"""The corpus traces not yet reviewed for the xen-4.17 profile (corpus/xen-4.17/PENDING):
each replays there with the outcome the list names, and the tests check exactly that."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
LIST = CORPUS / "xen-4.17" / "PENDING"
PROFILE = "xen-4.17"


def _read() -> dict[Path, str]:
    pending: dict[Path, str] = {}
    for line in LIST.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, comment = line.partition("#")
        outcome = comment.strip().split(":", 1)[0]
        pending[CORPUS / name.strip()] = outcome
    return pending


PENDING = _read()


def pending_outcome(path: Path, profile: str) -> str | None:
    """The outcome ``path`` is listed with in ``profile`` (None: it must pass)."""
    return PENDING.get(path) if profile == PROFILE else None
