"""The engine's unsupported outcome: a valid call whose path in Xen the engine does not
model (a PV guest's MMU) is answered explicitly, through every entry point, and is never a
success nor a Xen errno; and the refusal of calls from a vcpu that is down."""

from __future__ import annotations

import numpy as np
import pytest
from pv_machines import HVM, PV, entry, machine, reason

from haptrace.catalogue import lookup
from haptrace.catalogue.limits import RAW_REFUSED_LIMIT, RAW_UNSUPPORTED
from haptrace.errors import InvalidArgument
from replay import STOP_ON_REFUSED, STOP_ON_UNDOCUMENTED, CallResult, pack_calls


def _is_unsupported(result: CallResult) -> None:
    assert result.unsupported
    assert not result.ok
    assert (result.rc, result.errno, result.errno_name) == (-1, 0, "")
    assert result.raw == RAW_UNSUPPORTED < RAW_REFUSED_LIMIT
    assert "unsupported" in str(result)


def test_a_pv_mmu_call_from_a_pv_domain_is_unsupported_on_every_path() -> None:
    m = machine()
    with m.caller(PV, 0):
        fast = m.mmu_update(0x1000, 1, 0, 0x7FF0)
        by_name = m.call("mmu_update", 0x1000, 1, 0, 0x7FF0)
    _is_unsupported(fast)
    _is_unsupported(by_name)
    assert fast.reason == reason("PV_STATE_UNSUPPORTED")
    # The same call from dom0 (PV as well), again: the per-call fast path keeps results.
    assert m.mmu_update(0x1000, 1, 0, 0x7FF0) == fast
    assert m.last_result(lookup("mmu_update").id).raw == RAW_UNSUPPORTED


def test_an_unsupported_result_with_output_lists_keeps_them() -> None:
    m = machine()
    out = m.multicall([entry("iret"), entry("xenver_version")])
    _is_unsupported(out)
    first, second = out.output("calls")
    assert np.int64(np.uint64(first[-1])) == RAW_UNSUPPORTED
    assert second[-1] == 0  # the iret ended the batch


def test_batches_record_unsupported_apart_and_go_on() -> None:
    m = machine()
    records, pool = pack_calls(
        [("set_gdt", (0, 1), PV, 0), ("xenver_version", (), PV, 0), ("set_gdt", (0, 1), HVM, 0)]
    )
    outcome = m.batch(records, STOP_ON_REFUSED | STOP_ON_UNDOCUMENTED, pool=pool)
    assert (outcome.ran, outcome.stop) == (3, 0)
    first, second, third = outcome.results
    assert (int(first["rc"]), int(first["err"])) == (-1, -RAW_UNSUPPORTED)
    assert int(second["rc"]) == 0x00040002
    assert (int(third["rc"]), int(third["err"])) == (-1, 38)  # ENOSYS from the HVM table


def test_calls_from_a_vcpu_that_is_down_are_refused() -> None:
    m = machine()
    with m.caller(PV, 1), pytest.raises(InvalidArgument, match="is down"):
        m.xenver_version()
    records, pool = pack_calls([("xenver_version", (), PV, 1), ("xenver_version", (), PV, 0)])
    outcome = m.batch(records, STOP_ON_REFUSED, pool=pool)
    assert (outcome.ran, outcome.stop) == (1, STOP_ON_REFUSED)
    assert "down" in reason("REFUSED_CALLER_DOWN")


def test_a_vcpu_that_took_itself_down_finishes_its_multicall_and_then_stops() -> None:
    m = machine()
    with m.caller(0, 0):
        out = m.multicall([entry("vcpu_down", 0), entry("xenver_version")])
    assert out.ok
    assert [w[-1] for w in out.output("calls")] == [0, 0x00040002]
    with pytest.raises(InvalidArgument, match="is down"):
        m.xenver_version()
    # Environment events are not made by the vcpu: they still run.
    assert m.advance_time(1).ok
