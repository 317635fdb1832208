"""The in-process path of `haptrace run` (Machine.hypercall_local, ht_hypercall_local): a
hypercall the shim runs in the program's own process gives what the server's path gives;
one it leaves to the server has run nothing and written nothing."""

from __future__ import annotations

from test_decode import BASE, CONFIG, DOMCTL, MEMORY_OP, MULTICALL, domctl, entry, memory

from haptrace.catalogue import BY_NAME
from replay import Machine

GETDOMAININFO = frozenset({BY_NAME["getdomaininfo"].id})
SHARING_FREED = 18  # XENMEM_get_sharing_freed_pages


def _pair() -> tuple[Machine, Machine]:
    local, full = Machine(CONFIG, "xen-4.17"), Machine(CONFIG, "xen-4.17")
    for machine in (local, full):
        machine.memshr_control(1, 1)
    return local, full


def test_a_hypercall_run_in_process_is_the_servers() -> None:
    local, full = _pair()
    mem_local, buf_local = memory()
    mem_full, buf_full = memory()
    for buf in (buf_local, buf_full):
        buf[0:144] = domctl(5, 1)
    got = local.hypercall_local(DOMCTL, (BASE, 0, 0, 0, 0), mem_local, frozenset())
    want = full.hypercall(DOMCTL, (BASE,), mem_full)
    assert got == want.raw == 0
    assert bytes(buf_local) == bytes(buf_full)
    assert local.state_digest() == full.state_digest()
    # A failing call is an answer too: -errno, as the server gives it.
    buf_local[0:144] = domctl(5, 77)
    assert local.hypercall_local(DOMCTL, (BASE, 0, 0, 0, 0), mem_local, frozenset()) == -3


def test_a_deferred_call_runs_nothing_and_writes_nothing() -> None:
    machine, _ = _pair()
    mem, buf = memory()
    buf[0:144] = domctl(5, 1)
    before, digest = bytes(buf), machine.state_digest()
    assert machine.hypercall_local(DOMCTL, (BASE, 0, 0, 0, 0), mem, GETDOMAININFO) is None
    assert bytes(buf) == before and machine.state_digest() == digest
    # The same as a multicall entry: the entry's result field is not written either.
    buf[0:0x40] = entry(MEMORY_OP, SHARING_FREED)
    freed = frozenset({BY_NAME["sharing_freed_pages"].id})
    before = bytes(buf)
    assert machine.hypercall_local(MULTICALL, (BASE, 1, 0, 0, 0), mem, freed) is None
    assert bytes(buf) == before and machine.state_digest() == digest


def test_a_one_entry_multicall_runs_in_process_and_a_longer_one_does_not() -> None:
    local, full = _pair()
    mem_local, buf_local = memory()
    mem_full, buf_full = memory()
    for buf in (buf_local, buf_full):
        buf[0:0x40] = entry(MEMORY_OP, SHARING_FREED)
    got = local.hypercall_local(MULTICALL, (BASE, 1, 0, 0, 0), mem_local, frozenset())
    want = full.hypercall(MULTICALL, (BASE, 1), mem_full)
    assert got == want.raw == 0
    assert bytes(buf_local) == bytes(buf_full)  # the entry's result written back
    # Two entries: a later one's decode may depend on what an earlier one wrote.
    buf_local[0x40:0x80] = entry(MEMORY_OP, SHARING_FREED)
    before = bytes(buf_local)
    assert local.hypercall_local(MULTICALL, (BASE, 2, 0, 0, 0), mem_local, frozenset()) is None
    assert bytes(buf_local) == before


def test_unsupported_before_any_call_ran_is_left_to_the_server() -> None:
    machine, _ = _pair()
    mem, _buf = memory()
    digest = machine.state_digest()
    assert machine.hypercall_local(17, (1, 0, 0, 0, 0), mem, frozenset()) is None
    assert machine.state_digest() == digest
