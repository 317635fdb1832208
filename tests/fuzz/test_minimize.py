"""The minimiser: fewer calls, shorter lists, simpler values and callers, the same violation
(same kind, same invariant or errno, same call), and every producer of a resource a kept
call uses."""

from __future__ import annotations

from typing import Any

import pytest

from fuzz.minimize import (
    INVARIANT,
    SequenceRunner,
    Signature,
    clean_records,
    minimize,
    producers,
    rerecord,
)
from haptrace.catalogue import BY_NAME, CATALOGUE, Resource
from haptrace.catalogue.limits import DOMID_SELF
from replay import INVARIANTS, DomainConfig, HostConfig, MachineConfig
from replay.engine import replay_records
from tracer.model import Header, Record

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
BUG = "nr_saved_underflow"
# The bug's trigger (a share, the domain refilled to max_pages, an unshare that cannot
# allocate) with padding calls all around it.
PADDED: list[tuple[str, tuple[Any, ...]]] = [
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
    ("populate_physmap", (1, 3, 0, 0, (0x40, 0x41, 0x42))),  # tot_pages back to max_pages
    ("sharing_used_frames", ()),  # padding
    ("foreign_map", (1, 0x11, 1)),  # ENOMEM: the bug under-counts freed_pages
    ("memshr_audit", ()),  # after the finding: cut
]


def _invariant(name: str) -> int:
    return next(i for i, (n, _) in enumerate(INVARIANTS) if n == name)


SIGNATURE = Signature(INVARIANT, _invariant("sharing.1"), BY_NAME["foreign_map"].id)


def _runner(bugs: tuple[str, ...] = (BUG,)) -> SequenceRunner:
    return SequenceRunner("doc", bugs, config=CONFIG, booted=False)


def _records(calls: list[tuple[str, tuple[Any, ...]]], caller: int = 0) -> list[Record]:
    """The calls as records without results yet (no outputs: nothing to bind)."""
    return [Record(BY_NAME[name].id, args, 0, 0, caller=caller) for name, args in calls]


def _recorded(calls: list[tuple[str, tuple[Any, ...]]], runner: SequenceRunner) -> list[Record]:
    """The calls with what they return on the runner's machine."""
    return rerecord(_records(calls), runner)


def _names(records: list[Record]) -> list[str]:
    return [CATALOGUE[r.call].name for r in records]


def test_the_padded_sequence_shows_the_bug_and_only_with_it() -> None:
    run = _runner().run(_recorded(PADDED, _runner()))
    assert run.signature == SIGNATURE and run.ran == len(PADDED) - 1
    clean = _runner(()).run(_recorded(PADDED, _runner(())))
    assert clean.signature is None and clean.ran == len(PADDED)


def test_minimize_keeps_the_signature_and_the_producers() -> None:
    runner = _runner()
    result = minimize(runner, _recorded(PADDED, runner), SIGNATURE)
    assert result.signature == SIGNATURE
    names = _names(result.records)
    assert names == [
        "memshr_control",
        "memshr_nominate_gfn",
        "memshr_nominate_gfn",
        "memshr_share_gfns",
        "populate_physmap",
        "foreign_map",
    ], names
    # the share's handles are what the kept nominates produced
    deps = producers(result.records)
    share = names.index("memshr_share_gfns")
    assert deps[share] == {1, 2}
    for index, record in enumerate(result.records):
        for arg, value in zip(record.spec.args, record.args, strict=True):
            if arg.uses is Resource.HANDLE:
                produced = {result.records[p].outputs[0] for p in deps[index]}
                assert value in produced, f"{record.spec.name}: handle {value} has no producer"
    # run again from scratch: the same violation at the last call
    again = runner.run(result.records)
    assert again.signature == SIGNATURE and again.ran == len(result.records)


def test_the_minimised_trace_passes_clean_and_fails_with_the_bug() -> None:
    result = minimize(_runner(), _recorded(PADDED, _runner()), SIGNATURE)
    records = clean_records(result.records, _runner(()))
    header = Header(machine=CONFIG)
    clean = replay_records(records, header, check_every=1)
    assert int(clean.outcome) == 0
    flagged = replay_records(records, header, bugs=[BUG], check_every=1)
    assert int(flagged.outcome) == 5
    assert [v.invariant for v in flagged.violations] == ["sharing.1"]
    assert flagged.violation_index == len(records) - 1


def test_arguments_and_list_elements_are_simplified_where_the_finding_survives() -> None:
    padded = list(PADDED)
    padded[1] = ("guest_write", (1, 0x30, 0xDEADBEEF, 0))
    padded[12] = ("populate_physmap", (1, 3, 0, 0, (0x47, 0x45, 0x43)))  # any holes will do
    runner = _runner()
    result = minimize(runner, _recorded(padded, runner), SIGNATURE)
    populate = next(r for r in result.records if r.spec.name == "populate_physmap")
    gfns = populate.args[4]
    # Bisected down to the first holes (the gfns below 0x40 are populated).
    assert isinstance(gfns, tuple) and all(0x40 <= g < 0x47 for g in gfns) and 0x40 in gfns
    assert populate.args[1] == len(gfns)  # the claim follows the list it claimed


def test_a_sequence_without_the_signature_is_refused() -> None:
    other = Signature(INVARIANT, _invariant("sharing.3"), BY_NAME["foreign_map"].id)
    with pytest.raises(ValueError, match="does not reproduce"):
        minimize(_runner(), _recorded(PADDED, _runner()), other)
    with pytest.raises(ValueError, match="does not reproduce"):
        minimize(_runner(()), _recorded(PADDED, _runner(())), SIGNATURE)


def test_minimize_with_recorded_numbering() -> None:
    """Calls that name handles in another host's numbering (a recorded trace) are rewritten
    through the recorded outputs first."""
    records = _records(PADDED)
    for index, handle in ((3, 1002), (6, 1003), (7, 1004)):
        records[index] = Record(records[index].call, records[index].args, 0, 0, (handle,))
    share = BY_NAME["memshr_share_gfns"].id
    records[10] = Record(share, (1, 0x10, 1002, 1, 0x11, 1004), 0, 0)
    runner = _runner()
    result = minimize(runner, rerecord(records, runner), SIGNATURE)
    assert result.signature == SIGNATURE and len(result.records) == 6


# ---- lists and callers -------------------------------------------------------------------------


def test_a_list_carrying_finding_keeps_only_the_element_that_matters() -> None:
    """Guest 1 balloons out its shared gfn (which cannot be unshared: no memory) among others
    with DOMID_SELF: the list shrinks to that gfn and its claimed length with it, and the
    call stays the guest's (DOMID_SELF names the caller)."""
    signature = Signature(INVARIANT, _invariant("sharing.1"), BY_NAME["decrease_reservation"].id)
    gfns = (0x11, 0x20, 0x21, 0x22)
    records = _records(PADDED[:13]) + _records(
        [("decrease_reservation", (DOMID_SELF, len(gfns), 0, gfns))], caller=1
    )
    runner = _runner()
    recorded = rerecord(records, runner)
    assert runner.run(recorded).signature == signature
    result = minimize(runner, recorded, signature)
    last = result.records[-1]
    assert last.spec.name == "decrease_reservation"
    # One element, a shared gfn (0x10 is the simpler of the two the share left).
    assert last.args[3] in ((0x10,), (0x11,)) and last.args[1] == 1
    assert (last.caller, last.args[0]) == (1, DOMID_SELF)
    assert len(result.records) == 6  # the trigger, as the foreign_map finding needs it
    written = clean_records(result.records, _runner(()))
    assert written[-1].caller == 1 and written[-1].args[3] == last.args[3]
    header = Header(machine=CONFIG)
    assert int(replay_records(written, header, check_every=1).outcome) == 0
    flagged = replay_records(written, header, bugs=[BUG], check_every=1)
    assert int(flagged.outcome) == 5 and flagged.violation_index == len(written) - 1
