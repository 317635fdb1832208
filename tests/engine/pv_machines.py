"""Machines and helpers the tests of the PV hypercall families share (vcpu_op, xen_version,
multicall, the PV-only calls, console_io, the clock and the HVM hypercall table).

Domain 1 is an HVM guest with HAP, domain 3 a PV guest; both have two vcpus.  Domain 0,
the control domain, is PV in the engine (as dom0 is in Xen 4.2)."""

from __future__ import annotations

from typing import Any

import numpy as np

from haptrace.catalogue import REASONS, lookup
from haptrace.catalogue.limits import LIST_SHIFT
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig, pack_calls

HVM = 1
PV = 3
CONFIG = MachineConfig(
    HostConfig(),
    (
        DomainConfig(HVM, pages=64, vcpus=2),
        DomainConfig(PV, pages=64, vcpus=2, hap=False, pv=True),
    ),
)
MS = 1_000_000  # ns
# The seed's PV-only calls, with arguments: -ENOSYS for an HVM guest, unsupported for PV.
PV_ONLY = [
    ("set_trap_table", (0,)),
    ("mmu_update", (0, 1, 0, 0x7FF0)),
    ("set_gdt", (0, 16)),
    ("stack_switch", (0x2B, 0x1000)),
    ("set_callbacks", (0x1000, 0x2000, 0x3000)),
    ("fpu_taskswitch", (1,)),
    ("set_debugreg", (7, 0)),
    ("get_debugreg", (7,)),
    ("update_descriptor", (0x1000, 0)),
    ("update_va_mapping", (0x1000, 0, 0)),
    ("iret", ()),
    ("set_segment_base", (0, 0)),
    ("mmuext_op", (0, 1, 0, 0x7FF0)),
    ("physdev_set_iopl", (0,)),
    ("physdev_irq_unmask_notify", ()),
    ("physdev_set_iobitmap", (0, 16)),
    ("physdev_apic_read", (0xFEC00000, 1)),
    ("physdev_apic_write", (0xFEC00000, 1, 0)),
    ("physdev_alloc_irq_vector", (9,)),
]


def machine(profile: str = "doc", bugs: tuple[str, ...] = (), **host: Any) -> Machine:
    config = CONFIG
    if host:
        config = MachineConfig(HostConfig(**host), CONFIG.domains)
    return Machine(config, profile=profile, bugs=bugs)


def reason(reason_id: str) -> str:
    """The text of a reason, by its catalogue id."""
    return next(r.text for r in REASONS if r.id == reason_id)


def frame_of(m: Machine, domid: int, gfn: int) -> int:
    return int(m.p2m(domid)["mfn"][gfn])


def call_with_short_list(
    m: Machine,
    name: str,
    values: tuple[Any, ...],
    list_name: str,
    keep: int,
    caller: int = 0,
    claim: dict[str, int] | None = None,
) -> tuple[CallResult, list[int]]:
    """Runs a call whose list argument ``list_name`` really has only ``keep`` elements,
    whatever its length argument claims (what a guest's short buffer is), with the scalar
    arguments in ``claim`` set as given (a count the Python API would not size a buffer
    for); returns the result and the list's words afterwards."""
    call = lookup(name)
    records, pool = pack_calls([(name, values, caller, 0)])
    slot = next(i for i, a in enumerate(call.args) if a.name == list_name)
    ref = int(records[0]["arg"][slot])
    stride = call.args[slot].stride  # type: ignore[union-attr]
    offset = ref >> LIST_SHIFT
    records[0]["arg"][slot] = (offset << LIST_SHIFT) | keep
    for arg_name, value in (claim or {}).items():
        position = next(i for i, a in enumerate(call.args) if a.name == arg_name)
        records[0]["arg"][position] = value
    out = m.batch(records, pool=pool).results[0]
    words = [int(w) for w in pool[offset : offset + keep * stride]]
    result = CallResult.of(call.id, int(out["rc"]), int(out["err"]), reason_id=int(out["reason"]))
    return result, words


def as_bytes(result: CallResult, name: str = "buffer") -> bytes:
    return bytes(int(b) for b in result.output(name))


def entry(name: str, *args: int, result: int = 0) -> tuple[int, ...]:
    """A multicall entry: the call's catalogue id, six argument words, the result word."""
    words = list(args) + [0] * (6 - len(args))
    return (lookup(name).id, *words, result)


def signed(word: int) -> int:
    """A 64-bit result word as Xen's signed long."""
    return int(np.int64(np.uint64(word)))
