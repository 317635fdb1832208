"""Every planted bug has a reproducer in the corpus: corpus/scenarios/bug-<name>.trace.txt
replays cleanly on the correct engine and fails, in both profiles, with the bug turned on
(in every profile whose Xen has the code the bug lives in).  Cleanly means PASS, except for
the few bugs whose trigger is a path the engine answers unsupported: their clean replay is
UNSUPPORTED (never a divergence, an undocumented code or a broken invariant)."""

from __future__ import annotations

from pathlib import Path

import pytest

from haptrace.catalogue import BUGS as CATALOGUE_BUGS
from haptrace.catalogue import PROFILES
from haptrace.outcome import Outcome
from replay import PLANTED_BUGS
from replay.engine import open_source, replay
from replay.report import format_report

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "corpus" / "scenarios"
UNSUPPORTED_REPRODUCERS = ROOT / "tests" / "data" / "unsupported"
BUGS = [bug.name for bug in PLANTED_BUGS]
# Bugs whose code path a profile's Xen does not have (PlantedBug.unreachable_in: 4.2 has
# no XENMEM_acquire_resource, 4.17 no tmem and no sharing resume without a ring).  There
# the reproducer must pass with the bug on: the bug has no way in.
UNREACHABLE_IN = {bug.name: bug.unreachable_in for bug in CATALOGUE_BUGS if bug.unreachable_in}

# Bugs triggered only through a call the engine answers unsupported
# (PlantedBug.unmodelled_trigger): the reproducer's clean replay is UNSUPPORTED, not PASS.
UNSUPPORTED_TRIGGER = {bug.name for bug in CATALOGUE_BUGS if bug.unmodelled_trigger}


def reproducer(name: str) -> Path:
    # A reproducer whose clean replay is unsupported is no regression trace: it lives with
    # the test data, so `haptrace replay corpus/` still means "everything passes".
    folder = UNSUPPORTED_REPRODUCERS if name in UNSUPPORTED_TRIGGER else SCENARIOS
    return folder / f"bug-{name}.trace.txt"


def test_there_are_planted_bugs() -> None:
    assert BUGS, "replay.PLANTED_BUGS is empty"


@pytest.mark.parametrize("name", BUGS)
def test_every_planted_bug_has_a_reproducer(name: str) -> None:
    path = reproducer(name)
    assert path.is_file(), f"planted bug {name} has no reproducer {path.relative_to(ROOT)}"


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", BUGS)
def test_reproducer_passes_without_the_bug(name: str, profile: str) -> None:
    path = reproducer(name)
    if not path.is_file():
        pytest.fail(f"no reproducer {path.relative_to(ROOT)}")
    report = replay(open_source(path), profile=profile, check_every=1)
    clean = Outcome.UNSUPPORTED if name in UNSUPPORTED_TRIGGER else Outcome.PASS
    assert report.outcome is clean, format_report(report)


def test_unsupported_triggers_are_planted_bugs() -> None:
    assert {"multicall_iret_continues"} == UNSUPPORTED_TRIGGER
    assert not UNSUPPORTED_TRIGGER - set(BUGS), sorted(UNSUPPORTED_TRIGGER - set(BUGS))


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", BUGS)
def test_reproducer_catches_the_bug(name: str, profile: str) -> None:
    path = reproducer(name)
    if not path.is_file():
        pytest.fail(f"no reproducer {path.relative_to(ROOT)}")
    report = replay(open_source(path), profile=profile, bugs=[name], check_every=1)
    if profile in UNREACHABLE_IN.get(name, ()):
        assert report.outcome is Outcome.PASS, format_report(report)
        return
    caught = (Outcome.DIVERGED, Outcome.UNDOCUMENTED, Outcome.INVARIANT)
    assert report.outcome in caught, (
        f"{path.relative_to(ROOT)} is {report.outcome.label} in {profile} with planted bug"
        f" {name} on, not caught"
    )
