"""The minimiser: fewer calls, simpler arguments, the same violation (same kind, same
invariant or errno, same call), and every producer of a resource a kept call uses."""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.minimize import (
    INVARIANT,
    SequenceRunner,
    Signature,
    clean_records,
    minimize,
    producers,
)
from haptrace.catalogue import BY_NAME, CATALOGUE, Resource
from replay import DomainConfig, HostConfig, MachineConfig, calls_array
from replay.engine import EXPECT_DTYPE, replay_records
from tracer.model import Header

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
BUG = "nr_saved_underflow"
# The bug's trigger (a share, the domain refilled to max_pages, an unshare that cannot
# allocate) with padding calls all around it.
PADDED = [
    ("memshr_control", (1, 1)),
    ("guest_write", (1, 0x30, 5, 0)),  # padding
    ("memshr_control", (2, 1)),  # padding
    ("memshr_nominate_gfn", (1, 0x10)),  # handle 2
    ("sharing_freed_pages", ()),  # padding
    ("grant_access", (1, 0x31, 0)),  # padding
    ("memshr_nominate_gfn", (2, 0x10)),  # padding, handle 3
    ("memshr_nominate_gfn", (1, 0x11)),  # handle 4
    ("memshr_debug_gfn", (1, 0x10)),  # padding
    ("guest_read", (2, 0x20, 0)),  # padding
    ("memshr_share_gfns", (1, 0x10, 2, 1, 0x11, 4)),
    ("hvm_get_mem_access", (2, 0x21)),  # padding
    ("populate_physmap", (1, 3, 0, 0, 0x40)),  # tot_pages back to max_pages
    ("sharing_used_frames", ()),  # padding
    ("foreign_map", (1, 0x11, 1)),  # ENOMEM: the bug under-counts freed_pages
    ("memshr_audit", ()),  # after the finding: cut
]
SIGNATURE = Signature(INVARIANT, 0, BY_NAME["foreign_map"].id)  # sharing.1


def _runner(bugs: tuple[str, ...] = (BUG,)) -> SequenceRunner:
    return SequenceRunner("doc", bugs, config=CONFIG, booted=False)


def _zero_expect(n: int) -> np.ndarray:
    return np.zeros(n, dtype=EXPECT_DTYPE)


def test_the_padded_sequence_shows_the_bug_and_only_with_it() -> None:
    calls = calls_array(PADDED)
    run = _runner().run(calls, _zero_expect(len(calls)))
    assert run.signature == SIGNATURE and run.ran == len(PADDED) - 1
    clean = _runner(()).run(calls, _zero_expect(len(calls)))
    assert clean.signature is None and clean.ran == len(PADDED)


def test_minimize_keeps_the_signature_and_the_producers() -> None:
    runner = _runner()
    result = minimize(runner, calls_array(PADDED), SIGNATURE)
    assert result.signature == SIGNATURE
    names = [CATALOGUE[int(c["call"])].name for c in result.calls]
    assert names == [
        "memshr_control",
        "memshr_nominate_gfn",
        "memshr_nominate_gfn",
        "memshr_share_gfns",
        "populate_physmap",
        "foreign_map",
    ], names
    # the share's handles are what the kept nominates produced
    deps = producers(result.calls, result.expect)
    share = names.index("memshr_share_gfns")
    assert deps[share] == {1, 2}
    for index, call in enumerate(result.calls):
        spec = CATALOGUE[int(call["call"])]
        for position, arg in enumerate(spec.args):
            if arg.uses is Resource.HANDLE:
                value = int(call["arg"][position])
                assert any(int(result.expect[p]["out"][0]) == value for p in deps[index]), (
                    f"{spec.name}: handle {value} has no producer"
                )
    # run again from scratch: the same violation at the last call
    again = runner.run(result.calls, result.expect)
    assert again.signature == SIGNATURE and again.ran == len(result.calls)


def test_the_minimised_trace_passes_clean_and_fails_with_the_bug() -> None:
    result = minimize(_runner(), calls_array(PADDED), SIGNATURE)
    records = clean_records(result.calls, result.expect, _runner(()))
    header = Header(machine=CONFIG)
    clean = replay_records(records, header, check_every=1)
    assert int(clean.outcome) == 0
    flagged = replay_records(records, header, bugs=[BUG], check_every=1)
    assert int(flagged.outcome) == 5
    assert [v.invariant for v in flagged.violations] == ["sharing.1"]
    assert flagged.violation_index == len(records) - 1


def test_arguments_are_simplified_where_the_finding_survives() -> None:
    padded = list(PADDED)
    padded[1] = ("guest_write", (1, 0x30, 0xDEADBEEF, 0))
    padded[12] = ("populate_physmap", (1, 3, 0, 0, 0x3F))  # any hole will do
    result = minimize(_runner(), calls_array(padded), SIGNATURE)
    populate = next(c for c in result.calls if CATALOGUE[int(c["call"])].name == "populate_physmap")
    assert int(populate["arg"][4]) <= 0x40 and int(populate["arg"][1]) >= 2


def test_a_sequence_without_the_signature_is_refused() -> None:
    other = Signature(INVARIANT, 3, BY_NAME["foreign_map"].id)
    with pytest.raises(ValueError, match="does not reproduce"):
        minimize(_runner(), calls_array(PADDED), other)
    with pytest.raises(ValueError, match="does not reproduce"):
        minimize(_runner(()), calls_array(PADDED), SIGNATURE)


def test_minimize_with_recorded_numbering() -> None:
    """Calls that name handles in another host's numbering (a recorded trace) are
    normalised through the recorded outputs first."""
    padded = [
        (name, (*args[:2], 1002, args[3], args[4], 1004) if name == "memshr_share_gfns" else args)
        for name, args in PADDED
    ]
    calls = calls_array(padded)
    expect = _zero_expect(len(calls))
    expect[3]["out"][0], expect[6]["out"][0], expect[7]["out"][0] = 1002, 1003, 1004
    result = minimize(_runner(), calls, SIGNATURE, expect=expect)
    assert result.signature == SIGNATURE and len(result.calls) == 6
