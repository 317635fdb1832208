"""Every documented code of the event-channel and sched_op calls, in each profile: one
scenario per (call, code) that makes the call fail with that code, for the reason the code
names (the engine's reason says which check decided).  A last test checks that the table
covers every code the catalogue documents for the two families, so a code added to the
catalogue without a scenario fails here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from haptrace.catalogue import BY_NAME, CATALOGUE, ENUMS, PROFILES, REASONS
from haptrace.catalogue.limits import DOMID_SELF
from haptrace.catalogue.model import Code
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(
    HostConfig(),
    (
        DomainConfig(1, pages=64, vcpus=2),
        DomainConfig(2, pages=64),
        DomainConfig(3, pages=16, hap=False, pv=True),
    ),
)
FAULT = ENUMS["fault_site"].values
PRIVILEGE = ENUMS["privilege"].values
FAMILIES = ("evtchn", "sched")


@dataclass(frozen=True)
class Case:
    call: str
    code: int  # index into the call's codes in `indexed` (doc's: the same in 4.2's)
    reason: str  # the REASONS id the engine must name
    run: Callable[[Machine], CallResult]
    indexed: str = "doc"  # the profile whose list `code` indexes (a code only it has)


def _copy_fault(nth: int = 1) -> Callable[[Machine], None]:
    return lambda m: _ok(m.inject_fault(FAULT["copy"], nth))


def _ok(result: CallResult) -> CallResult:
    assert result.ok, result
    return result


def _fill(m: Machine, ports: int) -> None:
    """The caller binds ipi ports until it holds `ports` of them (ports 1 to `ports`)."""
    for _ in range(ports):
        _ok(m.evtchn_bind_ipi(0))


def _dying(m: Machine, domid: int = 2) -> None:
    """A domain kept dying by a foreign mapping of one of its pages."""
    _ok(m.foreign_map(domid, 0x10, 0))
    _ok(m.domain_destroy(domid))


def _ring_port(m: Machine, domid: int = 1) -> int:
    _ok(m.set_hvm_param(domid, 27, 0x3F))
    return int(_ok(m.mem_paging_enable(domid)).output("port"))


def _as(
    domid: int, vcpu: int, call: Callable[[Machine], CallResult]
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        with m.caller(domid, vcpu):
            return call(m)

    return run


def _then(
    setup: Callable[[Machine], object], call: Callable[[Machine], CallResult]
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        setup(m)
        return call(m)

    return run


def _on_ring_port(m: Machine, call: Callable[[Machine, int], CallResult]) -> CallResult:
    """Domain 1's paging ring port (Xen's own), used by domain 1 itself."""
    port = _ring_port(m)
    with m.caller(1, 0):
        return call(m, port)


def _unbound_for_dom0(m: Machine) -> int:
    """A port of domain 1 that accepts domain 0."""
    return int(_ok(m.evtchn_alloc_unbound(1, 0)).output("port"))


def _dom0_bound_to_dom1(m: Machine) -> int:
    """Domain 0's end of an interdomain channel with domain 1."""
    return int(_ok(m.evtchn_bind_interdomain(1, _unbound_for_dom0(m))).output("local_port"))


def _bucket_full_then_fault(site_pass: int) -> Callable[[Machine], None]:
    def setup(m: Machine) -> None:
        _fill(m, 127)
        _ok(m.inject_fault(FAULT["xen_alloc"], site_pass))

    return setup


def _limit(domid: int, max_port: int) -> Callable[[Machine], None]:
    return lambda m: _ok(m.domain_set_max_evtchn(domid, max_port))


def _privilege(domid: int, level: str) -> Callable[[Machine], None]:
    return lambda m: _ok(m.caller_privilege(domid, PRIVILEGE[level]))


CASES: tuple[Case, ...] = (
    # ---- evtchn_alloc_unbound ----------------------------------------------------------
    Case(
        "evtchn_alloc_unbound",
        0,
        "EVTCHN_COPY_IN",
        _then(_copy_fault(), lambda m: m.evtchn_alloc_unbound(1, 0)),
    ),
    Case("evtchn_alloc_unbound", 1, "NO_DOMAIN", lambda m: m.evtchn_alloc_unbound(9, 0)),
    Case(
        "evtchn_alloc_unbound",
        2,
        "NOT_PRIVILEGED",
        _as(1, 0, lambda m: m.evtchn_alloc_unbound(1, 0)),
    ),  # its own id, not DOMID_SELF
    Case(
        "evtchn_alloc_unbound",
        5,
        "NOT_PRIVILEGED",
        _as(1, 0, lambda m: m.evtchn_alloc_unbound(2, 0)),
        indexed="xen-4.17",
    ),  # 4.17: XSM_TARGET after the port is found; its own id passes
    Case(
        "evtchn_alloc_unbound",
        3,
        "EVTCHN_DYING",
        _then(_dying, lambda m: m.evtchn_alloc_unbound(2, 0)),
    ),
    Case(
        "evtchn_alloc_unbound",
        4,
        "EVTCHN_NO_FREE_PORT",
        _then(_limit(1, 0), lambda m: m.evtchn_alloc_unbound(1, 0)),
    ),
    Case(
        "evtchn_alloc_unbound",
        5,
        "EVTCHN_NO_BUCKET",
        _as(
            1, 0, _then(_bucket_full_then_fault(1), lambda m: m.evtchn_alloc_unbound(DOMID_SELF, 0))
        ),
    ),
    Case(
        "evtchn_alloc_unbound",
        6,
        "XSM_DENIED",
        _then(_privilege(1, "xsm_deny"), lambda m: m.evtchn_alloc_unbound(1, 0)),
    ),
    Case(
        "evtchn_alloc_unbound",
        7,
        "EVTCHN_COPY_OUT",
        _then(_copy_fault(2), lambda m: m.evtchn_alloc_unbound(1, 0)),
    ),
    # ---- evtchn_bind_interdomain -------------------------------------------------------
    Case(
        "evtchn_bind_interdomain",
        0,
        "EVTCHN_COPY_IN",
        _then(_copy_fault(), lambda m: m.evtchn_bind_interdomain(1, 1)),
    ),
    Case("evtchn_bind_interdomain", 1, "NO_DOMAIN", lambda m: m.evtchn_bind_interdomain(9, 1)),
    Case(
        "evtchn_bind_interdomain",
        2,
        "EVTCHN_DYING",
        _then(_dying, _as(2, 0, lambda m: m.evtchn_bind_interdomain(1, 1))),
    ),
    Case(
        "evtchn_bind_interdomain",
        3,
        "EVTCHN_NO_FREE_PORT",
        _then(_limit(0, 0), lambda m: m.evtchn_bind_interdomain(1, _unbound_for_dom0(m))),
    ),
    Case(
        "evtchn_bind_interdomain",
        4,
        "EVTCHN_NO_BUCKET",
        _then(_bucket_full_then_fault(1), lambda m: m.evtchn_bind_interdomain(1, 1)),
    ),
    Case(
        "evtchn_bind_interdomain", 5, "EVTCHN_BAD_PORT", lambda m: m.evtchn_bind_interdomain(1, 200)
    ),  # bucket 1 was never allocated
    Case(
        "evtchn_bind_interdomain",
        6,
        "EVTCHN_REMOTE_NOT_UNBOUND",
        lambda m: m.evtchn_bind_interdomain(1, 0),
    ),  # port 0 is reserved
    Case("evtchn_bind_interdomain", 7, "XSM_DENIED", lambda m: _xsm_bind(m)),
    Case("evtchn_bind_interdomain", 8, "EVTCHN_COPY_OUT", lambda m: _copy_out_bind(m)),
    # ---- evtchn_bind_virq --------------------------------------------------------------
    Case(
        "evtchn_bind_virq",
        0,
        "EVTCHN_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.evtchn_bind_virq(0, 0))),
    ),
    Case("evtchn_bind_virq", 1, "EVTCHN_BAD_VIRQ", _as(1, 0, lambda m: m.evtchn_bind_virq(24, 0))),
    Case(
        "evtchn_bind_virq",
        2,
        "EVTCHN_GLOBAL_VIRQ_VCPU",
        _as(1, 0, lambda m: m.evtchn_bind_virq(ENUMS["virq"].values["console"], 1)),
    ),
    Case("evtchn_bind_virq", 3, "EVTCHN_NO_VCPU", _as(1, 0, lambda m: m.evtchn_bind_virq(0, 2))),
    Case(
        "evtchn_bind_virq",
        4,
        "EVTCHN_VIRQ_BOUND",
        _as(
            1, 1, _then(lambda m: _ok(m.evtchn_bind_virq(0, 1)), lambda m: m.evtchn_bind_virq(0, 1))
        ),
    ),
    Case(
        "evtchn_bind_virq",
        5,
        "EVTCHN_DYING",
        _then(_dying, _as(2, 0, lambda m: m.evtchn_bind_virq(0, 0))),
    ),
    Case(
        "evtchn_bind_virq",
        6,
        "EVTCHN_NO_FREE_PORT",
        _then(_limit(1, 0), _as(1, 0, lambda m: m.evtchn_bind_virq(0, 0))),
    ),
    Case(
        "evtchn_bind_virq",
        7,
        "EVTCHN_NO_BUCKET",
        _as(1, 0, _then(_bucket_full_then_fault(1), lambda m: m.evtchn_bind_virq(0, 0))),
    ),
    Case(
        "evtchn_bind_virq",
        8,
        "EVTCHN_COPY_OUT",
        _as(1, 0, _then(_copy_fault(2), lambda m: m.evtchn_bind_virq(0, 0))),
    ),
    # ---- evtchn_bind_ipi ---------------------------------------------------------------
    Case(
        "evtchn_bind_ipi",
        0,
        "EVTCHN_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.evtchn_bind_ipi(0))),
    ),
    Case("evtchn_bind_ipi", 1, "EVTCHN_NO_VCPU", _as(1, 0, lambda m: m.evtchn_bind_ipi(2))),
    Case(
        "evtchn_bind_ipi",
        2,
        "EVTCHN_DYING",
        _then(_dying, _as(2, 0, lambda m: m.evtchn_bind_ipi(0))),
    ),
    Case(
        "evtchn_bind_ipi",
        3,
        "EVTCHN_NO_FREE_PORT",
        _then(_limit(1, 0), _as(1, 0, lambda m: m.evtchn_bind_ipi(0))),
    ),
    Case(
        "evtchn_bind_ipi",
        4,
        "EVTCHN_NO_BUCKET",
        _as(1, 0, _then(_bucket_full_then_fault(1), lambda m: m.evtchn_bind_ipi(0))),
    ),
    Case(
        "evtchn_bind_ipi",
        5,
        "EVTCHN_COPY_OUT",
        _as(1, 0, _then(_copy_fault(2), lambda m: m.evtchn_bind_ipi(0))),
    ),
    # ---- evtchn_bind_pirq --------------------------------------------------------------
    Case(
        "evtchn_bind_pirq",
        0,
        "EVTCHN_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.evtchn_bind_pirq(5))),
    ),
    Case(
        "evtchn_bind_pirq", 1, "EVTCHN_BAD_PIRQ", _as(1, 0, lambda m: m.evtchn_bind_pirq(48 + 32))
    ),  # nr_irqs_gsi 48 + 32 for a guest
    Case(
        "evtchn_bind_pirq", 2, "EVTCHN_PIRQ_NO_ACCESS", _as(3, 0, lambda m: m.evtchn_bind_pirq(5))
    ),
    Case(
        "evtchn_bind_pirq",
        3,
        "EVTCHN_PIRQ_BOUND",
        _as(1, 0, _then(lambda m: _ok(m.evtchn_bind_pirq(5)), lambda m: m.evtchn_bind_pirq(5))),
    ),
    Case(
        "evtchn_bind_pirq",
        4,
        "EVTCHN_DYING",
        _then(_dying, _as(2, 0, lambda m: m.evtchn_bind_pirq(5))),
    ),
    Case(
        "evtchn_bind_pirq",
        5,
        "EVTCHN_NO_FREE_PORT",
        _then(_limit(1, 0), _as(1, 0, lambda m: m.evtchn_bind_pirq(5))),
    ),
    Case(
        "evtchn_bind_pirq",
        6,
        "EVTCHN_NO_BUCKET",
        _as(1, 0, _then(_bucket_full_then_fault(1), lambda m: m.evtchn_bind_pirq(5))),
    ),
    Case(
        "evtchn_bind_pirq",
        7,
        "EVTCHN_PIRQ_NOMEM",
        _as(
            1,
            0,
            _then(
                lambda m: _ok(m.inject_fault(FAULT["xen_alloc"])), lambda m: m.evtchn_bind_pirq(5)
            ),
        ),
    ),
    Case(
        "evtchn_bind_pirq", 8, "EVTCHN_PIRQ_UNMAPPED", lambda m: m.evtchn_bind_pirq(5)
    ),  # dom0, PV
    Case(
        "evtchn_bind_pirq",
        9,
        "EVTCHN_COPY_OUT",
        _as(1, 0, _then(_copy_fault(2), lambda m: m.evtchn_bind_pirq(5))),
    ),
    # ---- evtchn_close ------------------------------------------------------------------
    Case("evtchn_close", 0, "EVTCHN_COPY_IN", _then(_copy_fault(), lambda m: m.evtchn_close(1))),
    Case("evtchn_close", 1, "EVTCHN_BAD_PORT", lambda m: m.evtchn_close(4096)),
    Case(
        "evtchn_close",
        2,
        "EVTCHN_XEN_PORT",
        lambda m: _on_ring_port(m, lambda m2, port: m2.evtchn_close(port)),
    ),
    Case("evtchn_close", 3, "EVTCHN_CLOSED_PORT", lambda m: m.evtchn_close(0)),
    # ---- evtchn_notify -----------------------------------------------------------------
    Case("evtchn_notify", 0, "EVTCHN_COPY_IN", _then(_copy_fault(), lambda m: m.evtchn_notify(1))),
    Case("evtchn_notify", 1, "EVTCHN_BAD_PORT", lambda m: m.evtchn_notify(130)),
    Case(
        "evtchn_notify",
        2,
        "EVTCHN_XEN_PORT",
        lambda m: _on_ring_port(m, lambda m2, port: m2.evtchn_notify(port)),
    ),
    Case(
        "evtchn_notify",
        3,
        "XSM_DENIED",
        lambda m: (lambda local: (_privilege(1, "xsm_deny")(m), m.evtchn_notify(local))[1])(
            _dom0_bound_to_dom1(m)
        ),
    ),
    Case(
        "evtchn_notify",
        4,
        "EVTCHN_WRONG_STATE",
        _as(1, 0, lambda m: m.evtchn_notify(int(_ok(m.evtchn_bind_virq(0, 0)).output("port")))),
    ),
    # ---- evtchn_status -----------------------------------------------------------------
    Case(
        "evtchn_status", 0, "EVTCHN_COPY_IN", _then(_copy_fault(), lambda m: m.evtchn_status(1, 0))
    ),
    Case("evtchn_status", 1, "NO_DOMAIN", lambda m: m.evtchn_status(9, 0)),
    Case("evtchn_status", 2, "NOT_PRIVILEGED", _as(1, 0, lambda m: m.evtchn_status(2, 0))),
    Case("evtchn_status", 3, "EVTCHN_BAD_PORT", lambda m: m.evtchn_status(1, 128)),
    Case(
        "evtchn_status",
        4,
        "EVTCHN_XEN_CONSUMER",
        lambda m: m.evtchn_status(1, _ring_port(m)),
        indexed="xen-4.17",
    ),
    Case(
        "evtchn_status",
        4,
        "XSM_DENIED",
        _then(_privilege(1, "xsm_deny"), lambda m: m.evtchn_status(1, 0)),
    ),
    Case(
        "evtchn_status",
        5,
        "EVTCHN_COPY_OUT",
        _then(_copy_fault(2), lambda m: m.evtchn_status(1, 0)),
    ),
    # ---- evtchn_bind_vcpu --------------------------------------------------------------
    Case(
        "evtchn_bind_vcpu",
        0,
        "EVTCHN_COPY_IN",
        _then(_copy_fault(), lambda m: m.evtchn_bind_vcpu(1, 0)),
    ),
    Case(
        "evtchn_bind_vcpu", 1, "EVTCHN_NO_VCPU", lambda m: m.evtchn_bind_vcpu(4096, 1)
    ),  # the vcpu first, before the port
    Case("evtchn_bind_vcpu", 2, "EVTCHN_BAD_PORT", lambda m: m.evtchn_bind_vcpu(4096, 0)),
    Case(
        "evtchn_bind_vcpu",
        3,
        "EVTCHN_XEN_PORT",
        lambda m: _on_ring_port(m, lambda m2, port: m2.evtchn_bind_vcpu(port, 1)),
    ),
    Case(
        "evtchn_bind_vcpu",
        4,
        "EVTCHN_WRONG_STATE",
        _as(1, 0, lambda m: m.evtchn_bind_vcpu(int(_ok(m.evtchn_bind_ipi(0)).output("port")), 1)),
    ),
    # ---- evtchn_unmask -----------------------------------------------------------------
    Case("evtchn_unmask", 0, "EVTCHN_COPY_IN", _then(_copy_fault(), lambda m: m.evtchn_unmask(0))),
    Case("evtchn_unmask", 1, "EVTCHN_BAD_PORT", lambda m: m.evtchn_unmask(200)),
    # ---- evtchn_reset ------------------------------------------------------------------
    Case("evtchn_reset", 0, "EVTCHN_COPY_IN", _then(_copy_fault(), lambda m: m.evtchn_reset(1))),
    Case("evtchn_reset", 1, "NO_DOMAIN", lambda m: m.evtchn_reset(9)),
    Case("evtchn_reset", 2, "NOT_PRIVILEGED", _as(1, 0, lambda m: m.evtchn_reset(2))),
    Case(
        "evtchn_reset",
        3,
        "XSM_DENIED",
        _then(_privilege(2, "xsm_deny"), lambda m: m.evtchn_reset(2)),
    ),
    # ---- evtchn_op_raw -----------------------------------------------------------------
    Case("evtchn_op_raw", 0, "EVTCHN_COPY_IN", lambda m: m.evtchn_op_raw(4)),
    Case("evtchn_op_raw", 1, "EVTCHN_UNKNOWN_OP", lambda m: m.evtchn_op_raw(11)),
    # ---- the guests' writes and Xen's virqs -------------------------------------------
    Case("evtchn_guest_mask", 0, "NO_DOMAIN", lambda m: m.evtchn_guest_mask(9, 1)),
    Case("evtchn_guest_mask", 1, "EVTCHN_PORT_RANGE", lambda m: m.evtchn_guest_mask(1, 4096)),
    Case("evtchn_guest_clear", 0, "NO_DOMAIN", lambda m: m.evtchn_guest_clear(9, 1)),
    Case("evtchn_guest_clear", 1, "EVTCHN_PORT_RANGE", lambda m: m.evtchn_guest_clear(1, 4096)),
    Case("evtchn_guest_upcall", 0, "NO_DOMAIN", lambda m: m.evtchn_guest_upcall(9, 0)),
    Case("evtchn_guest_upcall", 1, "EVTCHN_NO_VCPU", lambda m: m.evtchn_guest_upcall(2, 1)),
    Case("evtchn_guest_upcall_mask", 0, "NO_DOMAIN", lambda m: m.evtchn_guest_upcall_mask(9, 0)),
    Case(
        "evtchn_guest_upcall_mask", 1, "EVTCHN_NO_VCPU", lambda m: m.evtchn_guest_upcall_mask(1, 2)
    ),
    Case("evtchn_raise_virq", 0, "NO_DOMAIN", lambda m: m.evtchn_raise_virq(9, 0)),
    Case("evtchn_raise_virq", 1, "EVTCHN_BAD_VIRQ", lambda m: m.evtchn_raise_virq(1, 24)),
    Case("evtchn_raise_virq", 1, "EVTCHN_NO_VCPU", lambda m: m.evtchn_raise_virq(1, 0, 2)),
    Case("evtchn_raise_virq", 1, "EVTCHN_GLOBAL_VIRQ_VCPU", lambda m: m.evtchn_raise_virq(1, 3, 1)),
    # ---- sched_op ----------------------------------------------------------------------
    Case(
        "sched_shutdown",
        0,
        "SCHED_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.sched_shutdown(0))),
    ),
    Case(
        "sched_shutdown_code",
        0,
        "SCHED_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.sched_shutdown_code(0))),
    ),
    Case(
        "sched_poll",
        0,
        "SCHED_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.sched_poll([1], None, 0))),
    ),
    Case("sched_poll", 1, "POLL_TOO_MANY", _as(1, 0, lambda m: m.sched_poll([1] * 129, None, 0))),
    Case("sched_poll", 2, "POLL_LIST_SHORT", _as(1, 0, lambda m: m.sched_poll([1, 2], 3, 0))),
    Case("sched_poll", 3, "POLL_BAD_PORT", _as(1, 0, lambda m: m.sched_poll([1, 4096], None, 0))),
    Case(
        "sched_remote_shutdown",
        0,
        "SCHED_COPY_IN",
        _then(_copy_fault(), lambda m: m.sched_remote_shutdown(1, 0)),
    ),
    Case(
        "sched_remote_shutdown", 1, "NO_DOMAIN", lambda m: m.sched_remote_shutdown(DOMID_SELF, 0)
    ),  # DOMID_SELF is no domain here
    Case(
        "sched_remote_shutdown",
        2,
        "NOT_PRIVILEGED",
        _as(1, 0, lambda m: m.sched_remote_shutdown(1, 0)),
    ),
    Case(
        "sched_remote_shutdown",
        3,
        "XSM_DENIED",
        _then(_privilege(1, "xsm_deny"), lambda m: m.sched_remote_shutdown(1, 0)),
    ),
    Case(
        "sched_watchdog",
        0,
        "SCHED_COPY_IN",
        _as(1, 0, _then(_copy_fault(), lambda m: m.sched_watchdog(0, 10))),
    ),
    Case("sched_watchdog", 1, "WATCHDOG_BAD_ID", _as(1, 0, lambda m: m.sched_watchdog(3, 10))),
    Case(
        "sched_watchdog",
        2,
        "WATCHDOG_NO_SLOT",
        _as(
            1,
            0,
            _then(
                lambda m: (m.sched_watchdog(0, 10), m.sched_watchdog(0, 10)),
                lambda m: m.sched_watchdog(0, 10),
            ),
        ),
    ),
    Case("sched_watchdog", 3, "WATCHDOG_NOT_IN_USE", _as(1, 0, lambda m: m.sched_watchdog(2, 10))),
    Case("sched_op_raw", 0, "SCHED_COPY_IN", _as(1, 0, lambda m: m.sched_op_raw(3))),
    Case("sched_op_raw", 1, "SCHED_UNKNOWN_OP", _as(1, 0, lambda m: m.sched_op_raw(7))),
    Case(
        "domain_resume", 0, "HVM_NO_HYPERCALL", _as(1, 0, lambda m: m.domain_resume(2))
    ),  # no domctl in 4.2's HVM hypercall table
    Case("domain_resume", 1, "NOT_PRIVILEGED", _as(3, 0, lambda m: m.domain_resume(2))),
    Case("domain_resume", 2, "NO_DOMAIN", lambda m: m.domain_resume(9)),
    Case(
        "domain_resume",
        3,
        "XSM_DENIED",
        _then(_privilege(1, "xsm_deny"), lambda m: m.domain_resume(1)),
    ),
    Case("sched_watchdog_expire", 0, "NO_DOMAIN", lambda m: m.sched_watchdog_expire(9, 1)),
    Case("sched_watchdog_expire", 1, "WATCHDOG_NOT_ARMED", lambda m: m.sched_watchdog_expire(1, 1)),
    Case("sched_poll_timeout", 0, "NO_DOMAIN", lambda m: m.sched_poll_timeout(9, 0)),
    Case("sched_poll_timeout", 1, "POLL_NOT_POLLING", lambda m: m.sched_poll_timeout(1, 0)),
    Case("sched_poll_timeout", 1, "SCHED_NO_VCPU", lambda m: m.sched_poll_timeout(1, 2)),
)


def _xsm_bind(m: Machine) -> CallResult:
    port = _unbound_for_dom0(m)
    _privilege(1, "xsm_deny")(m)
    return m.evtchn_bind_interdomain(1, port)


def _copy_out_bind(m: Machine) -> CallResult:
    port = _unbound_for_dom0(m)
    _copy_fault(2)(m)
    return m.evtchn_bind_interdomain(1, port)


def _reason_text(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


def _id(case: Case) -> str:
    return f"{case.call}-{case.code}-{case.reason}"


def _code(case: Case) -> Code:
    """The documented code a case is for (indexed in its profile's list, doc's by default)."""
    return BY_NAME[case.call].codes[case.indexed][case.code]


# Each case in every profile that documents its code (4.17's HVM table lets a guest's
# domctl through, so domain_resume's HVM ENOSYS is 4.2's only).
RUNS = [
    pytest.param(case, profile, id=f"{_id(case)}-{profile}")
    for case in CASES
    for profile in PROFILES
    if _code(case) in BY_NAME[case.call].codes[profile]
]


@pytest.mark.parametrize(("case", "profile"), RUNS)
def test_the_documented_code_for_its_reason(case: Case, profile: str) -> None:
    m = Machine(CONFIG, profile=profile)
    m.set_oracle(True)
    result = case.run(m)
    expected = _code(case)
    assert result.call.name == case.call
    assert (result.rc, result.errno) == (-1, expected.errno), f"{result} ({expected.when})"
    assert result.reason == _reason_text(case.reason), result
    assert m.documented(result.call_id, result.errno)
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_every_documented_code_of_the_two_families_has_a_case(profile: str) -> None:
    covered = {(case.call, _code(case)) for case in CASES}
    missing = [
        (call.name, index, code.when)
        for call in CATALOGUE
        if call.family.name in FAMILIES
        for index, code in enumerate(call.codes[profile])
        if (call.name, code) not in covered
    ]
    assert missing == []


def test_the_two_profiles_agree_on_these_calls() -> None:
    """The seed describes the event-channel and sched_op calls without their errors: doc
    documents the 4.2 code's (research note pv.md 11b)."""
    for call in CATALOGUE:
        if call.family.name in FAMILIES:
            assert call.codes["doc"] == call.codes["xen-4.2"], call.name
