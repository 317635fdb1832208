"""The seeds `haptrace fuzz` takes by default: the regression corpus without the planted
bugs' reproducers (seeded with them, a planted-bug run would start from the trigger)."""

from __future__ import annotations

from pathlib import Path

import pytest

from haptrace.cli.fuzz_cmds import _default_seeds

ROOT = Path(__file__).resolve().parents[2]


def test_the_default_seeds_are_the_corpus_without_the_reproducers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    seeds = _default_seeds()
    names = {path.name for path in seeds}
    assert not [name for name in names if name.startswith("bug-")]
    assert "worked-example.trace.txt" in names  # corpus/scenarios' other traces stay
    assert any(path.parts[1] == "tmem" for path in seeds)
    assert (ROOT / "corpus" / "scenarios" / "bug-gref_unchecked.trace.txt").is_file()
