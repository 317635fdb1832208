"""Snapshot and restore: a restore gives back exactly the state at the snapshot (by digest,
by the counters and views, and by behaviour: the same calls then return the same results
as on a machine that never left it), costs what changed rather than the machine's size,
can be repeated, and refuses snapshots that are no longer valid."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.mutator import random_input
from fuzz.target import FuzzTarget
from haptrace.catalogue import CATALOGUE, ENUMS, PROFILES, ListArg, Resource
from haptrace.errors import InputError, InvalidArgument
from replay import DomainConfig, HostConfig, Machine, MachineConfig, Snapshot

SMALL = MachineConfig(
    HostConfig(total_frames=256, share_capacity=32, xenheap_units=64),
    (DomainConfig(1, pages=32, max_pages=40, vcpus=2), DomainConfig(2, pages=32)),
)

# ---- calls with small arguments ---------------------------------------------------------

_BY_RESOURCE = {
    Resource.DOMAIN: st.sampled_from([0, 1, 1, 2, 2, 3, 9]),
    Resource.GFN: st.one_of(st.integers(0, 70), st.sampled_from([2**64 - 1, 1 << 62])),
    Resource.HANDLE: st.integers(0, 8),
    Resource.GREF: st.integers(0, 4),
    Resource.PORT: st.integers(0, 4),
    Resource.MAPPING: st.integers(0, 4),
}


def _arg(arg: Any) -> st.SearchStrategy[int]:
    if arg.uses in _BY_RESOURCE:
        return _BY_RESOURCE[arg.uses]
    if arg.enum is not None:
        values = sorted(ENUMS[arg.enum].values.values())
        return st.sampled_from(values + [max(values) + 1])
    return st.one_of(st.integers(0, 3), st.integers(0, 70))


@st.composite
def calls(draw: Any) -> tuple[str, tuple[Any, ...]]:
    """A call and its inputs: lists of a few elements, a length left to the list or not."""
    call = draw(st.sampled_from(CATALOGUE))
    values: list[Any] = []
    for arg in call.input_args:
        if isinstance(arg, ListArg):
            element = (
                _arg(arg.fields[0]) if arg.scalar else st.tuples(*(_arg(f) for f in arg.fields))
            )
            fixed = arg.fixed_length
            sizes = {"min_size": fixed, "max_size": fixed} if fixed is not None else {"max_size": 4}
            values.append(draw(st.lists(element, **sizes)))
        elif arg.length_of is not None and call.arg(arg.length_of).is_input and draw(st.booleans()):
            values.append(None)
        else:
            values.append(draw(_arg(arg)))
    return call.name, tuple(values)


SEQUENCES = st.lists(calls(), max_size=30)


def run(m: Machine, sequence: list[tuple[str, tuple[int, ...]]]) -> list[tuple[Any, ...]]:
    out = []
    for name, args in sequence:
        try:
            r = m.call(name, *args)
        except InvalidArgument as exc:  # refused input (a multicall entry naming an event)
            out.append(("refused", str(exc)))
            continue
        out.append((r.rc, r.errno, r.outputs, r.reason))
    return out


def views(m: Machine) -> list[np.ndarray]:
    return [
        m.host_counters().copy(),
        m.domain_table().copy(),
        m.frames().copy(),
        *(m.p2m(d).copy() for d in m.domain_ids()),
    ]


def booted(profile: str) -> Machine:
    m = Machine(SMALL, profile=profile)
    for name, args in (
        ("memshr_control", (1, 1)),
        ("memshr_control", (2, 1)),
        ("set_hvm_param", (1, 27, 31)),
        ("set_hvm_param", (1, 29, 30)),
        ("memshr_nominate_gfn", (1, 4)),
        ("memshr_nominate_gfn", (2, 4)),
        ("memshr_share_gfns", (1, 4, 2, 2, 4, 3)),
        ("mem_paging_enable", (1,)),
        ("grant_access", (2, 5, 0)),
    ):
        assert m.call(name, *args).ok, name
    return m


@pytest.mark.parametrize("profile", PROFILES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=SEQUENCES, probe=SEQUENCES)
def test_restore_gives_back_an_identical_state(
    profile: str, changes: list[tuple[str, tuple[int, ...]]], probe: list[Any]
) -> None:
    m = booted(profile)
    untouched = booted(profile)
    digest, before = m.state_digest(), views(m)
    snapshot = m.snapshot()
    run(m, changes)
    m.restore(snapshot)
    assert m.state_digest() == digest == untouched.state_digest()
    for restored, original in zip(views(m), before, strict=True):
        assert np.array_equal(restored, original)
    assert m.counters() == untouched.counters()
    # behaviour: the restored machine answers like one that never moved
    assert run(m, probe) == run(untouched, probe)
    assert m.state_digest() == untouched.state_digest()


@pytest.mark.parametrize("profile", PROFILES)
def test_fuzz_inputs_always_start_from_the_booted_snapshot(profile: str) -> None:
    target = FuzzTarget(profile=profile)
    target.run(b"")
    start = target.state_digest()
    rng = random.Random(7)
    changed = 0
    for _ in range(150):
        outcome = target.run(random_input(rng, 512))
        assert outcome.finding == 0
        changed += target.state_digest() != start
        target.run(b"")  # restores, runs nothing
        assert target.state_digest() == start
    assert changed > 100, "the inputs hardly changed the machine: a weak test"


def test_the_digest_sees_changes() -> None:
    m = booted("doc")
    digest = m.state_digest()
    m.guest_write(2, 9, 0x1234)  # a page's content
    written = m.state_digest()
    assert written != digest
    m.domain_pause(1)  # a domain's state
    assert m.state_digest() != written
    m.hvm_set_mem_access(2, 1, 9, 1)  # a p2m entry's access
    assert len({digest, written, m.state_digest()}) == 3


SIXTEEN = [
    ("memshr_control", (1, 1)),
    ("memshr_control", (2, 1)),
    ("memshr_nominate_gfn", (1, 10)),
    ("memshr_nominate_gfn", (2, 10)),
    ("memshr_share_gfns", (1, 10, 2, 2, 10, 3)),
    ("guest_write", (2, 10, 7, 0)),
    ("memshr_nominate_gfn", (1, 11)),
    ("guest_write", (1, 12, 9, 0)),
    ("decrease_reservation", (1, None, 0, [13])),
    ("populate_physmap", (1, None, 0, 0, [13])),
    ("foreign_map", (2, 14, 0)),
    ("grant_access", (1, 15, 0)),
    ("hvm_set_mem_access", (1, 1, 16, 4)),
    ("domain_pause", (2,)),
    ("domain_unpause", (2,)),
    ("memshr_debug_gfn", (1, 10)),
]


def _journal_after_sixteen(pages: int) -> tuple[int, bool]:
    config = MachineConfig(
        HostConfig(total_frames=2 * pages + 1024, share_capacity=64),
        (DomainConfig(1, pages=pages), DomainConfig(2, pages=pages)),
    )
    m = Machine(config)
    digest = m.state_digest()
    snapshot = m.snapshot()
    assert m.journal_length() == 0
    for name, args in SIXTEEN:
        m.call(name, *args)
    length = m.journal_length()
    m.restore(snapshot)
    return length, m.state_digest() == digest


def test_restore_cost_follows_the_changes_not_the_machine_size() -> None:
    small, small_ok = _journal_after_sixteen(64)
    big, big_ok = _journal_after_sixteen(262144)  # 4096 times the gfns
    assert small_ok and big_ok
    assert 0 < big == small, f"journal {small} entries on 64 pages, {big} on 262144"
    assert big < 64 * len(SIXTEEN), "more than 64 journal entries per call"


def test_restoring_twice_and_after_more_changes() -> None:
    m = booted("doc")
    digest = m.state_digest()
    snapshot = m.snapshot()
    m.guest_write(1, 3, 1)
    m.restore(snapshot)
    m.restore(snapshot)  # nothing to undo: still the snapshot
    assert m.state_digest() == digest and m.journal_length() == 0
    m.domain_destroy(2)
    m.memshr_nominate_gfn(1, 6)
    m.restore(snapshot)  # the snapshot stays valid after a restore
    assert m.state_digest() == digest
    assert m.domain_ids() == [0, 1, 2]


def test_a_new_snapshot_replaces_the_old_one() -> None:
    m = booted("doc")
    first = m.snapshot()
    m.guest_write(1, 3, 1)
    middle = m.state_digest()
    second = m.snapshot()
    m.guest_write(1, 3, 2)
    with pytest.raises(InputError, match="no longer valid"):
        m.restore(first)
    m.restore(second)
    assert m.state_digest() == middle


@pytest.mark.parametrize(
    "misuse",
    [
        lambda m: m.restore(Snapshot(m._serial, 1)),  # no snapshot was ever taken
        lambda m: (m.snapshot(), m.end_snapshot(), m.restore(Snapshot(m._serial, 1))),
        lambda m: (m.snapshot(), m.restore(Snapshot(m._serial, 0))),
        lambda m: (m.snapshot(), m.restore(Snapshot(m._serial, 2))),
    ],
    ids=["never-taken", "ended", "older", "future"],
)
def test_invalid_snapshots_raise(misuse: Any) -> None:
    m = booted("doc")
    with pytest.raises(InputError):
        misuse(m)


def test_a_snapshot_of_another_machine_is_refused() -> None:
    first, second = booted("doc"), booted("doc")
    theirs = first.snapshot()
    second.snapshot()
    second.guest_write(1, 3, 1)
    digest = second.state_digest()
    with pytest.raises(InputError, match="another machine"):
        second.restore(theirs)
    assert second.state_digest() == digest  # nothing was undone


def test_end_snapshot_keeps_the_state_and_stops_journalling() -> None:
    m = booted("doc")
    m.snapshot()
    m.guest_write(1, 3, 1)
    digest = m.state_digest()
    m.end_snapshot()
    assert m.state_digest() == digest
    m.guest_write(1, 3, 2)
    assert m.journal_length() == 0
