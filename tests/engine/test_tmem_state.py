"""tmem's state: each of its invariants is broken by a deliberately broken state (a planted
bug, or a frame changed behind tmem's back through the frames view) and holds on clean
runs; snapshots restore it and the state digest covers it."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from tmem_bugs import TMEM_CONFIG, destroy_migrating_leak, reassign_splices_all
from tmem_machines import CLI_NULL, EPHEMERAL, OID, PERSIST, SHARED, guest, machine, new_pool, put

from haptrace.catalogue.tmem import TMEM_PROFILES
from replay import Machine

OWNER_XEN = 0xFFFD


def violated(m: Machine) -> set[str]:
    return {v.invariant for v in m.check()}


def run_sequence(m: Machine, sequence: Callable[[Machine], Any]) -> None:
    for _ in sequence(m):
        pass


def tmem_frames(m: Machine) -> np.ndarray:
    frames = m.frames()
    return np.flatnonzero((frames["owner"] == OWNER_XEN) & (frames["bits"] & 0x80 != 0))


# ---- each invariant: broken by a broken state, kept by clean runs -----------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_slots_tmem_1(profile: str) -> None:
    """A pool leaked while its owner live-migrated outlives the owner's client."""
    broken = Machine(TMEM_CONFIG, profile=profile, bugs=("tmem_destroy_migrating_leak",))
    run_sequence(broken, destroy_migrating_leak)
    assert violated(broken) == {"tmem.1"}
    clean = Machine(TMEM_CONFIG, profile=profile)
    run_sequence(clean, destroy_migrating_leak)
    assert violated(clean) == set()


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_pages_tmem_2(profile: str) -> None:
    """An orphaned page (counted, unreachable) and an LRU moved wholesale to another
    client both break the counts and lists."""
    orphan = machine(profile, bugs=("tmem_get_bad_copy_orphan",))
    new_pool(orphan, 1, EPHEMERAL)
    put(orphan, 1, 0, 0, 0x10)
    guest(orphan, 1, "tmem_get_page", 0, OID, 0, 0x70)
    assert violated(orphan) == {"tmem.2"}
    spliced = Machine(TMEM_CONFIG, profile=profile, bugs=("tmem_reassign_splices_all",))
    run_sequence(spliced, reassign_splices_all)
    assert violated(spliced) == {"tmem.2"}
    clean = Machine(TMEM_CONFIG, profile=profile)
    run_sequence(clean, reassign_splices_all)
    assert violated(clean) == set()


def test_frames_tmem_3() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL)
    put(m, 1, 0, 0, 0x10)
    assert violated(m) == set()
    frame = int(tmem_frames(m)[0])
    m.frames()["owner"][frame] = 2  # an ephemeral page's frame now claims a domain
    assert "tmem.3" in violated(m)
    m.frames()["owner"][frame] = OWNER_XEN
    assert violated(m) == set()
    persistent = new_pool(m, 1, PERSIST)
    put(m, 1, persistent, 0, 0x11)
    owned = np.flatnonzero((m.frames()["owner"] == 1) & (m.frames()["m2p"] == 0xFFFFFFFF))
    assert len(owned) == 1  # the persistent page: the owner's, mapped at no gfn
    m.frames()["m2p"][int(owned[0])] = 0x30
    assert "tmem.3" in violated(m)


def test_data_tmem_4() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL | SHARED, (1, 2))
    put(m, 1, 0, 0, 0x10)
    frame = int(tmem_frames(m)[0])
    m.frames()["content"][frame] ^= 1  # stale data in tmem's frame
    assert violated(m) == {"tmem.4"}


# ---- snapshots and the digest --------------------------------------------------------------

TEMPLATES: list[tuple[str, Callable[[random.Random], tuple[Any, ...]], bool]] = [
    (
        "tmem_new_pool",
        lambda r: ([r.choice([0, 5]), 0], r.choice([EPHEMERAL, PERSIST, EPHEMERAL | SHARED])),
        True,
    ),
    ("tmem_destroy_pool", lambda r: (r.randrange(3),), True),
    (
        "tmem_put_page",
        lambda r: (
            r.randrange(3),
            [r.randrange(3), 0, 0],
            r.randrange(4),
            r.choice([0x10, 0x11, 0x70]),
        ),
        True,
    ),
    ("tmem_new_page", lambda r: (r.randrange(3), [r.randrange(3), 0, 0], r.randrange(4)), True),
    (
        "tmem_get_page",
        lambda r: (r.randrange(3), [r.randrange(3), 0, 0], r.randrange(4), r.choice([0x20, 0x70])),
        True,
    ),
    ("tmem_flush_page", lambda r: (r.randrange(3), [r.randrange(3), 0, 0], r.randrange(4)), True),
    ("tmem_flush_object", lambda r: (r.randrange(3), [r.randrange(3), 0, 0]), True),
    (
        "tmem_write",
        lambda r: (
            r.randrange(3),
            [r.randrange(3), 0, 0],
            r.randrange(4),
            r.choice([0, 100]),
            0,
            r.choice([0, 50, 4096]),
            0x12,
        ),
        True,
    ),
    ("tmem_control_freeze", lambda r: (r.choice([1, 2, CLI_NULL]),), False),
    ("tmem_control_thaw", lambda r: (r.choice([1, 2, CLI_NULL]),), False),
    ("tmem_control_flush", lambda r: (CLI_NULL, r.choice([0, 4, 40])), False),
    ("tmem_control_save_begin", lambda r: (r.choice([1, 2]), r.randrange(2)), False),
    ("tmem_control_save_end", lambda r: (r.choice([1, 2]),), False),
    ("tmem_control_set_weight", lambda r: (r.choice([1, 2]), r.randrange(4)), False),
    ("populate_physmap", lambda r: (1, None, 0, 0, [100 + r.randrange(200)]), False),
]


def random_calls(seed: int, n: int) -> list[tuple[str, tuple[Any, ...], int]]:
    r = random.Random(seed)
    out = []
    for _ in range(n):
        name, make, by_guest = r.choice(TEMPLATES)
        out.append((name, make(r), r.choice([1, 2]) if by_guest else 0))
    return out


def play(m: Machine, calls: list[tuple[str, tuple[Any, ...], int]]) -> list[tuple[Any, ...]]:
    out = []
    for name, args, caller in calls:
        r = m.call(name, *args, caller=(caller, 0))
        out.append((r.rc, r.errno, r.outputs, r.reason))
    return out


def pressed() -> Machine:
    """A small host where puts soon meet the 1 MiB floor and evict."""
    m = Machine(TMEM_CONFIG)
    free = int(m.counters()["free_frames"])
    assert m.populate_physmap(2, None, 0, 0, list(range(64, 64 + free - 270))).ok
    return m


@pytest.mark.parametrize("seed", range(6))
def test_restore_gives_back_the_tmem_state_and_its_behaviour(seed: int) -> None:
    m, twin = pressed(), pressed()
    setup = random_calls(seed, 40)
    play(m, setup)
    play(twin, setup)
    before = m.state_digest()
    assert before == twin.state_digest()
    snapshot = m.snapshot()
    play(m, random_calls(seed + 100, 80))
    m.domain_destroy(2)
    m.restore(snapshot)
    assert m.state_digest() == before
    probe = random_calls(seed + 200, 60)
    assert play(m, probe) == play(twin, probe)
    assert m.state_digest() == twin.state_digest()
    assert m.check() == [] and twin.check() == []


def test_the_digest_sees_tmem_state() -> None:
    m = machine()
    digest = m.state_digest()
    new_pool(m, 1, EPHEMERAL)
    assert m.state_digest() != digest
    digest = m.state_digest()
    put(m, 1, 0, 0, 0x10)
    assert m.state_digest() != digest
    digest = m.state_digest()
    assert m.tmem_control_set_cap(1, 5).ok
    assert m.state_digest() != digest


def test_a_restore_costs_what_tmem_changed() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL)
    snapshot = m.snapshot()
    put(m, 1, 0, 0, 0x10)
    changes = m.journal_length()
    assert 0 < changes < 200
    m.restore(snapshot)
    assert m.journal_length() == 0
