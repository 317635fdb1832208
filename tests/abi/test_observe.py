"""Observing a hypercall a real hypervisor made (``haptrace record -- CMD``): the ABI layer
decodes it from the caller's memory before it and after it, runs nothing, and reports the
calls with the hypervisor's results.  The "hypervisor" here is the engine itself: each
hypercall runs on one machine, and a twin that never runs anything must decode the same
calls, arguments and results from the two snapshots."""

from __future__ import annotations

import struct

import pytest
from test_decode import (
    BASE,
    CONFIG,
    DOMCTL,
    EACCES,
    MEMORY_OP,
    MULTICALL,
    domctl,
    entry,
    memory,
)

from haptrace.binding.abi import GuestMemory, HypercallResult
from replay import Machine

# xen_domctl_createdomain of 4.17: HVM and HAP, one vcpu, 4 grant frames, grant version 1.
CREATE = struct.pack("<I16sIIIIiiI", 0, b"", 1 | 2, 0, 1, 0, 4, 0, 1).ljust(64, b"\0")


def _snapshot(mem: GuestMemory) -> GuestMemory:
    copy = GuestMemory()
    for base, data in mem.snapshot().items():
        copy.add(base, data)
    return copy


def _ran_and_observed(
    buf_bytes: bytes, op: int, args: tuple[int, ...]
) -> tuple[HypercallResult, HypercallResult, Machine]:
    host, twin = Machine(CONFIG, "xen-4.17"), Machine(CONFIG, "xen-4.17")
    mem, buf = memory()
    buf[0 : len(buf_bytes)] = buf_bytes
    before = _snapshot(mem)
    ran = host.hypercall(op, args, mem)
    digest = twin.state_digest()
    seen = twin.observe_hypercall(op, args, before, mem, ran.raw)
    assert twin.state_digest() == digest  # nothing ran on the decoder's machine
    return ran, seen, twin


def _calls(out: HypercallResult) -> list[tuple[object, ...]]:
    """Each call with its arguments and result as a trace holds them (the engine's reason,
    which says which check of its model decided, is no part of a host's answer)."""
    return [
        (c.call.name, c.args, c.result.rc, c.result.errno, tuple(c.result[2:]), c.entry)
        for c in out.calls
    ]


@pytest.mark.parametrize(
    ("name", "buf_bytes", "op", "args"),
    [
        ("getdomaininfo", domctl(5, 1), DOMCTL, (BASE,)),
        ("getdomaininfo of an absent domain", domctl(5, 7), DOMCTL, (BASE,)),
        ("createdomain", domctl(1, 0, CREATE), DOMCTL, (BASE,)),
        (
            "a multicall of two memory ops",
            entry(MEMORY_OP, 18) + entry(MEMORY_OP, 19),
            MULTICALL,
            (BASE, 2),
        ),
        ("xen_version", b"", 17, (0, 0)),
    ],
)
def test_the_observed_calls_are_the_ones_that_ran(
    name: str, buf_bytes: bytes, op: int, args: tuple[int, ...]
) -> None:
    ran, seen, _twin = _ran_and_observed(buf_bytes, op, args)
    assert ran.calls, name
    assert _calls(seen) == _calls(ran), name
    assert (seen.op, seen.cmd, seen.kind) == (ran.op, ran.cmd, ran.kind)


def test_the_hosts_value_is_the_result_even_where_the_engine_would_differ() -> None:
    # A real 4.17 host that says 4.17.3's version differently from the emulator: the
    # recording holds what the host said.
    twin = Machine(CONFIG, "xen-4.17")
    seen = twin.observe_hypercall(17, (0, 0), GuestMemory(), GuestMemory(), 0x40012)
    assert [c.result.rc for c in seen.calls] == [0x40012]


def test_the_entry_results_come_from_the_entries_result_fields() -> None:
    twin = Machine(CONFIG, "xen-4.17")
    before, buf = memory()
    buf[0:0x80] = entry(MEMORY_OP, 18) + entry(MEMORY_OP, 19)
    after = _snapshot(before)
    after.write(BASE + 8, struct.pack("<q", 5))
    after.write(BASE + 0x48, struct.pack("<q", -EACCES))
    seen = twin.observe_hypercall(MULTICALL, (BASE, 2), before, after, 0)
    assert [(c.result.rc, c.result.errno) for c in seen.calls] == [(5, 0), (-1, EACCES)]


def test_an_undecodable_hypercall_is_unsupported_and_records_nothing() -> None:
    twin = Machine(CONFIG, "xen-4.17")
    seen = twin.observe_hypercall(17, (1, BASE), GuestMemory(), GuestMemory(), 0)
    assert seen.unsupported and seen.calls == ()


def test_the_abis_own_answer_is_no_call() -> None:
    # The interface version is checked before any call: the host refused it too.
    ran, seen, _twin = _ran_and_observed(domctl(5, 1, version=0x14), DOMCTL, (BASE,))
    assert (ran.raw, ran.calls) == (-EACCES, ())
    assert (seen.kind, seen.calls) == ("answered", ())
