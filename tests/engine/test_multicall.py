"""multicall (Xen 4.2's do_multicall): entries run through the engine's dispatch as the
same caller, each with its result written back; failing entries do not stop the batch;
nesting, short lists, unmodelled entries, iret and preemption."""

from __future__ import annotations

import pytest
from pv_machines import HVM, MS, PV, entry, machine, reason, signed

from haptrace.catalogue import CATALOGUE, lookup
from haptrace.catalogue.limits import LIST_SHIFT, RAW_UNSUPPORTED
from haptrace.errors import InvalidArgument
from replay import CHECK_INVARIANTS, pack_calls


def _results(out) -> list[int]:  # type: ignore[no-untyped-def]
    return [signed(e[-1]) for e in out.output("calls")]


def test_a_batch_with_failing_entries_runs_to_the_end() -> None:
    m = machine()
    out = m.multicall(
        [
            entry("xenver_version"),
            entry("xenver_pagesize", 0x10),  # EINVAL: not NULL
            entry("vcpu_up", 5),  # ENOENT: dom0 has one vcpu
            entry("current_reservation", HVM),
            entry("xenver_raw", 99),  # ENOSYS
        ]
    )
    assert out.ok and out.reason == ""
    assert _results(out) == [0x00040002, -22, -2, 64, -38]
    # Only the result words were written.
    first = out.output("calls")[0]
    assert first[:-1] == entry("xenver_version")[:-1]


def test_entries_act_as_the_caller_and_change_state_as_calls_do() -> None:
    m = machine()
    with m.caller(PV, 0):
        out = m.multicall(
            [
                entry("vcpu_down", 1),
                entry("vcpu_is_up", 1),
                entry("vcpu_set_periodic_timer", 0, 2 * MS),
                entry("xenver_get_features", 0),
            ]
        )
    assert _results(out) == [0, 0, 0, 0]
    assert m.advance_time(4 * MS).ok
    assert m.guest_timer_interrupt(PV, 0).rc == 2


def test_nested_multicall_entries_get_einval_and_the_batch_goes_on() -> None:
    m = machine()
    out = m.multicall([entry("multicall", 0, 1), entry("xenver_version")])
    assert out.ok
    assert _results(out) == [-22, 0x00040002]


def test_a_short_list_faults_after_the_entries_it_has() -> None:
    m = machine()
    out = m.multicall([entry("xenver_version"), entry("xenver_pagesize")], 3)
    assert out.errno_name == "EFAULT" and out.reason == reason("MULTICALL_SHORT")
    assert _results(out) == [0x00040002, 4096]


def test_an_hvm_guest_has_no_multicall_in_4_2() -> None:
    m = machine()
    with m.caller(HVM, 0):
        out = m.multicall([entry("xenver_version")])
    assert out.errno_name == "ENOSYS" and out.reason == reason("HVM_NO_HYPERCALL")
    assert _results(out) == [0]  # nothing ran


def test_entries_the_engine_cannot_run_are_unsupported_and_so_is_the_batch() -> None:
    m = machine()
    out = m.multicall(
        [
            entry("decrease_reservation", HVM, 1, 0, 0),  # takes a list
            entry("mmu_update", 0, 1, 0, 0x7FF0),  # a PV MMU path
            entry("xenver_version"),
        ]
    )
    assert out.unsupported and out.reason == reason("MULTICALL_ENTRY_UNSUPPORTED")
    assert _results(out) == [RAW_UNSUPPORTED, RAW_UNSUPPORTED, 0x00040002]


def test_entries_that_are_not_hypercalls_are_refused_before_any_runs() -> None:
    m = machine()
    with pytest.raises(InvalidArgument, match="refused list calls"):
        m.multicall([entry("vcpu_down", 0), entry("advance_time", 5)])
    with pytest.raises(InvalidArgument, match="refused list calls"):
        m.multicall([(len(CATALOGUE) + 7, 0, 0, 0, 0, 0, 0, 0)])  # no such call
    with pytest.raises(InvalidArgument, match="refused list calls"):
        m.multicall([entry("current_reservation", 1 << 16)])  # domid is 16 bits
    assert m.vcpu_is_up(0).rc == 1  # the first batch's vcpu_down did not run


def test_an_iret_entry_ends_the_batch() -> None:
    m = machine()
    out = m.multicall([entry("xenver_version"), entry("iret"), entry("xenver_version")])
    assert out.unsupported  # iret itself is a PV path
    assert _results(out) == [0x00040002, RAW_UNSUPPORTED, 0]


def test_preemption_continues_the_batch_one_entry_at_a_time() -> None:
    m = machine(hypercall_preempt=1)
    m.set_oracle(True)
    out = m.multicall([entry("xenver_version")] * 5)
    assert out.ok and _results(out) == [0x00040002] * 5
    assert m.check() == []


def test_a_list_reference_to_itself_is_only_einval_without_the_reentry_bug() -> None:
    m = machine()
    m.set_oracle(True)
    calls = [entry("multicall", (0 << LIST_SHIFT) | 1, 1)]
    out = m.multicall(calls)
    assert _results(out) == [-22]
    assert m.check() == []
    assert lookup("multicall").caller.value == "any"


def test_an_entrys_list_reference_is_relative_to_its_batch() -> None:
    """A nested batch's list reference names a list relative to the batch's own list
    (offset 0: the batch itself), so a trace means the same packed after other calls' lists
    as alone: packed second, `arg0=0x1` is still the batch naming itself, and with
    multicall_reentry on it recurses until the stack bound (host.memory_safety), as it does
    alone.  (Absolute, it named the first batch's list: one nested xenver_version.)"""
    nested = [entry("multicall", (0 << LIST_SHIFT) | 1, 1)]
    first = [entry("xenver_version")]
    records, pool = pack_calls([("multicall", (first, None)), ("multicall", (nested, None))])
    assert int(records[1]["arg"][0]) >> LIST_SHIFT == 8  # after the first batch's entry
    for packed in (True, False):
        m = machine(bugs=("multicall_reentry",))
        m.set_oracle(True)
        if packed:
            m.batch(records, pool=pool.copy())
        else:
            m.multicall(nested)
        assert {v.invariant for v in m.check()} == {"multicall.2", "host.memory_safety"}
    fixed = machine()
    fixed.set_oracle(True)
    words = pool.copy()
    outcome = fixed.batch(records, flags=CHECK_INVARIANTS, pool=words)
    assert (outcome.ran, outcome.stop) == (2, 0)
    assert signed(int(words[8 + 7])) == -22  # nested: EINVAL, as in Xen
    assert fixed.check() == []


def test_an_entrys_list_reference_past_the_pool_stays_past_it() -> None:
    """Rebased onto the batch's list, a reference whose offset runs past the pool (or would
    wrap) is still refused as outside the caller's memory, never read."""
    m = machine(bugs=("multicall_reentry",))
    out = m.multicall([entry("multicall", (0xFFFFFFFF << LIST_SHIFT) | 1, 1)])
    assert _results(out) == [-14]  # EFAULT: the nested list is not in the caller's memory
    out = m.multicall([entry("multicall", (9 << LIST_SHIFT) | 1, 1)])
    assert _results(out) == [-14]
