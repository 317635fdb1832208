"""The privcmd server's per-call path (Machine.hypercall_lean): the same hypercall as
Machine.hypercall, its value alone unless it is unsupported or ran a watched call."""

from __future__ import annotations

import pytest
from test_decode import BASE, CONFIG, DOMCTL, MEMORY_OP, MULTICALL, domctl, entry, memory

from haptrace.binding.abi import HypercallResult
from haptrace.catalogue import BY_NAME
from haptrace.catalogue.limits import RAW_UNSUPPORTED
from haptrace.errors import InvalidArgument
from replay import Machine


def _pair() -> tuple[Machine, Machine]:
    return Machine(CONFIG, "xen-4.17"), Machine(CONFIG, "xen-4.17")


def test_the_value_alone_and_the_same_state_as_the_full_path() -> None:
    lean, full = _pair()
    for machine in (lean, full):
        machine.memshr_control(1, 1)
    mem_lean, buf_lean = memory()
    mem_full, buf_full = memory()
    for buf in (buf_lean, buf_full):
        buf[0:144] = domctl(5, 1)
    got = lean.hypercall_lean(DOMCTL, (BASE, 0, 0, 0, 0), mem_lean, frozenset())
    want = full.hypercall(DOMCTL, (BASE,), mem_full)
    assert got == want.raw == 0
    assert bytes(buf_lean) == bytes(buf_full)  # the same copy back
    assert lean.state_digest() == full.state_digest()


def test_a_watched_call_or_an_unsupported_hypercall_is_decoded_in_full() -> None:
    machine = Machine(CONFIG, "xen-4.17")
    mem, buf = memory()
    buf[0:144] = domctl(5, 1)
    watched = frozenset({BY_NAME["getdomaininfo"].id})
    out = machine.hypercall_lean(DOMCTL, (BASE, 0, 0, 0, 0), mem, watched)
    assert isinstance(out, HypercallResult)
    assert [c.call.name for c in out.calls] == ["getdomaininfo"]
    unsupported = machine.hypercall_lean(17, (1, 0, 0, 0, 0), mem, frozenset())
    assert isinstance(unsupported, HypercallResult) and unsupported.raw == RAW_UNSUPPORTED
    # A multicall's entries are watched too.
    buf[0:0x40] = entry(MEMORY_OP, 18)
    freed = frozenset({BY_NAME["sharing_freed_pages"].id})
    multi = machine.hypercall_lean(MULTICALL, (BASE, 1, 0, 0, 0), mem, freed)
    assert isinstance(multi, HypercallResult) and multi.calls[0].entry == 0


def test_it_takes_a_privcmd_hypercall_s_five_words() -> None:
    with pytest.raises(InvalidArgument, match="5 arguments"):
        Machine(CONFIG).hypercall_lean(DOMCTL, (BASE,), memory()[0], frozenset())
