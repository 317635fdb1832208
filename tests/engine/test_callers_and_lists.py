"""The caller of every call and list arguments, through the Machine API.

A guest balloons itself with DOMID_SELF, non-contiguous extent lists are removed and
populated as libxc passes them, a list shorter than its count is a copy fault, and the
FOREIGN flag of a ring request follows from who made the call (Xen 4.2's
mem_event_put_request: "current->domain != d")."""

from __future__ import annotations

import numpy as np
import pytest

from haptrace.catalogue import ENUMS, lookup
from haptrace.catalogue.limits import DOMID_SELF, LIST_SHIFT, RAW_BAD_CALLER
from haptrace.errors import InvalidArgument
from replay import (
    CALL_DTYPE,
    DomainConfig,
    HostConfig,
    Machine,
    MachineConfig,
    pack_calls,
    reason_text,
)

P2M = ENUMS["p2m_type"].values
FLAGS = ENUMS["ring_flags"].values
CONFIG = MachineConfig(
    HostConfig(), (DomainConfig(1, pages=64, max_pages=96, vcpus=2), DomainConfig(2, pages=64))
)


def _types(m: Machine, domid: int, gfns: list[int]) -> list[int]:
    p2m = m.p2m(domid)
    return [int(p2m[g]["type"]) for g in gfns]


def test_a_guest_balloons_itself_out_and_back_in_with_domid_self() -> None:
    m = Machine(CONFIG)
    before = m.current_reservation(1).rc
    gfns = [0x10, 0x12, 0x30]  # not contiguous: one extent each
    with m.caller(1, 1):
        out = m.decrease_reservation(DOMID_SELF, None, 0, gfns)
        assert out.rc == 3
        assert m.current_reservation(DOMID_SELF).rc == before - 3
    assert _types(m, 1, gfns) == [P2M["invalid"]] * 3
    assert _types(m, 1, [0x11, 0x31]) == [P2M["ram_rw"]] * 2
    with m.caller(1, 0):
        assert m.populate_physmap(DOMID_SELF, None, 0, 0, gfns).rc == 3
    assert _types(m, 1, gfns) == [P2M["ram_rw"]] * 3
    assert m.current_reservation(1).rc == before
    assert m.check() == []


def test_reservation_targets_follow_xen_4_2_do_memory_op() -> None:
    m = Machine(CONFIG)
    with m.caller(1, 0):
        # A guest naming itself by id is not IS_PRIV_FOR itself: nothing is done.
        named = m.decrease_reservation(1, None, 0, [0x10])
        assert (named.rc, named.reason) == (0, lookup_reason("RESERVATION_NOT_PRIVILEGED"))
        # Nor may it act on another guest.
        assert m.decrease_reservation(2, None, 0, [0x10]).rc == 0
    # Domain 0 acting on the guest by id is privileged for it.
    assert m.decrease_reservation(1, None, 0, [0x10]).rc == 1
    assert m.current_caller() == (0, 0)


def lookup_reason(reason_id: str) -> str:
    from haptrace.catalogue import REASONS

    return next(r.text for r in REASONS if r.id == reason_id)


def test_a_list_shorter_than_its_count_is_a_copy_fault_after_the_elements_it_has() -> None:
    m = Machine(CONFIG)
    out = m.decrease_reservation(1, 4, 0, [0x10, 0x11])
    assert out.rc == 2
    assert out.reason == lookup_reason("RESERVATION_COPY_FAULT")
    # memop_args.nr_extents is an unsigned int: 2^32 + 1 extents is one.
    assert m.decrease_reservation(1, (1 << 32) + 1, 0, [0x20, 0x21]).rc == 1


def test_increase_reservation_writes_each_extents_first_frame_back() -> None:
    m = Machine(CONFIG)
    out = m.increase_reservation(1, 2, 0, 0)
    assert out.rc == 2
    frames = out.output("extent_start")
    assert len(frames) == 2 and len(set(frames)) == 2
    owners = m.frames()["owner"]
    slot = int(np.flatnonzero(m.domain_table()["domid"] == 1)[0])
    assert all(int(owners[f]) == slot for f in frames)


def test_malformed_lists_are_refused_before_the_engine_runs() -> None:
    m = Machine(CONFIG)
    with pytest.raises(InvalidArgument, match="at most"):
        m.decrease_reservation(1, None, 0, list(range(5000)))
    with pytest.raises(InvalidArgument, match="64 bits"):
        m.decrease_reservation(1, None, 0, [1 << 64])
    with pytest.raises(InvalidArgument, match="must be a list"):
        m.decrease_reservation(1, None, 0, 0x10)


def test_the_engine_refuses_list_references_outside_the_pool_and_unknown_callers() -> None:
    m = Machine(CONFIG)
    call = lookup("decrease_reservation")
    records = np.zeros(3, dtype=CALL_DTYPE)
    pool = np.array([0x10, 0x11], dtype=np.uint64)
    records["call"] = call.id
    records[0]["arg"][:4] = (1, 2, 0, (0 << LIST_SHIFT) | 2)
    records[1]["arg"][:4] = (1, 2, 0, (1 << LIST_SHIFT) | 2)  # runs past the pool
    records[2]["arg"][:4] = (1, 1, 0, (0 << LIST_SHIFT) | 1)
    records[2]["caller"] = 9  # no domain 9
    results = m.batch(records, pool=pool).results
    assert int(results[0]["rc"]) == 2
    assert int(results[1]["rc"]) == -1 and "list" in reason_text(int(results[1]["reason"]))
    assert "calling" in reason_text(int(results[2]["reason"]))
    assert m.batch(records[2:], pool=pool).results[0]["rc"] == -1
    assert RAW_BAD_CALLER < 0


def test_pack_calls_carries_lists_and_callers_into_one_batch() -> None:
    m = Machine(CONFIG)
    records, pool = pack_calls(
        [
            ("decrease_reservation", (DOMID_SELF, None, 0, [0x10, 0x20]), 1, 0),
            ("increase_reservation", (DOMID_SELF, 2, 0, 0), 1, 1),
            ("current_reservation", (1,)),
        ]
    )
    results = m.batch(records, pool=pool).results
    assert [int(r) for r in results["rc"]] == [2, 2, 64]
    assert np.count_nonzero(pool[2:4]) == 2  # the frames increase_reservation wrote


def _page_out(m: Machine, domid: int, gfn: int) -> None:
    assert m.set_hvm_param(domid, 27, 0x3F).ok
    assert m.mem_paging_enable(domid).ok
    assert m.mem_paging_nominate(domid, gfn).ok
    assert m.mem_paging_evict(domid, gfn).ok


def test_a_page_in_requested_by_another_domain_is_foreign() -> None:
    m = Machine(CONFIG)
    _page_out(m, 1, 0x20)
    assert m.foreign_map(1, 0x20, 0).errno_name == "ENOENT"
    request = m.ring_get_request(1, 1)
    assert request.ok
    assert request.output("flags") & FLAGS["foreign"]
    assert not request.output("flags") & FLAGS["vcpu_paused"]


def test_a_page_in_requested_by_the_guest_itself_is_not_foreign_and_pauses_it() -> None:
    m = Machine(CONFIG)
    _page_out(m, 1, 0x20)
    assert m.guest_read(1, 0x20, 1).errno_name == "EAGAIN"
    request = m.ring_get_request(1, 1)
    assert request.output("vcpu_id") == 1
    assert request.output("flags") == FLAGS["vcpu_paused"]
    # The access ran as the guest's vcpu; the machine's caller is back to domain 0.
    assert m.current_caller() == (0, 0)


def test_an_unknown_caller_cannot_be_set() -> None:
    m = Machine(CONFIG)
    with pytest.raises(InvalidArgument, match="no vcpu"):
        m.set_caller(1, 7)
    with pytest.raises(InvalidArgument, match="no vcpu"):
        m.set_caller(9, 0)
