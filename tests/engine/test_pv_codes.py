"""Every documented code of every call of the PV families (vcpu, xen_version, multicall,
the PV-only calls, console_io, the clock), in each profile, reached through the Python API
with the errno and the reason the engine gives.

Each scenario drives one failure; the test then checks that, per profile, the scenarios
reach exactly the (call, errno) pairs the catalogue documents for these families."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pv_machines import (
    HVM,
    MS,
    PV,
    PV_ONLY,
    call_with_short_list,
    entry,
    machine,
    reason,
    signed,
)

from haptrace.catalogue import BY_NAME, CATALOGUE, ENUMS, PROFILES, lookup
from haptrace.catalogue.errnos import ERRNO
from haptrace.catalogue.hypercalls import HVM_TABLE_4_17
from replay import CallResult, Machine

FAMILIES = {"clock", "vcpu", "xenver", "multicall", "pvonly"}
NEGATIVE = 0x80000000  # an int vcpuid or irq below zero


@dataclass(frozen=True)
class Scenario:
    call: str
    errno: str
    reason_id: str
    run: Callable[[Machine], CallResult]
    profiles: tuple[str, ...] = PROFILES


# The profiles that follow 4.2's HVM hypercall table; 4.17's opens some of its closed paths
# to an HVM guest, and the engine answers those unsupported (OPENED_IN_4_17).
TABLE_4_2 = ("doc", "xen-4.2")


def _opens_in_4_17(name: str) -> bool:
    """Whether 4.17's HVM table lets an HVM guest reach ``name`` (a call of a hypercall with
    no sub-op filter there: no physdev_op sub-op, vcpu_op unfiltered)."""
    numbers = BY_NAME[name].numbers
    assert numbers is not None
    hypercall = numbers.chain[0][0]
    if hypercall == "vcpu_op":
        return True
    return len(numbers.chain) == 1 and hypercall in HVM_TABLE_4_17


def _as(domid: int, name: str, *args: object, vcpu: int = 0) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        with m.caller(domid, vcpu):
            return m.call(name, *args)

    return run


def _faulting(
    site: str, nth: int, then: Callable[[Machine], CallResult]
) -> Callable[[Machine], CallResult]:
    """``then``, with the nth next pass through a fault site failing."""

    def run(m: Machine) -> CallResult:
        assert m.inject_fault(ENUMS["fault_site"].values[site], nth).ok
        return then(m)

    return run


def _register_twice(m: Machine) -> CallResult:
    with m.caller(PV, 0):
        mfn = int(m.p2m(PV)["mfn"][0x10])
        assert m.vcpu_register_vcpu_info(0, mfn, 0).ok
        return m.vcpu_register_vcpu_info(0, mfn, 0x40)


def _nested_multicall(m: Machine) -> CallResult:
    out = m.multicall([entry("multicall", 0, 0)])
    assert out.ok
    (nested,) = out.output("calls")
    result = signed(nested[-1])
    # The nested entry's result stands for the nested multicall's own return value.
    return CallResult.of(lookup("multicall").id, -1, -result, reason_id=out.reason_id)


def _short_read(m: Machine) -> CallResult:
    assert m.serial_input(None, list(b"hello")).rc == 5
    result, _ = call_with_short_list(m, "console_io_read", (5,), "buffer", keep=2)
    return result


def _short_multicall(m: Machine) -> CallResult:
    return m.multicall([entry("xenver_version")], 2)


def _vcpu_common(name: str, *args: object, hvm_filtered: bool) -> list[Scenario]:
    """The HVM filter (if the sub-op is filtered) and do_vcpu_op's vcpuid checks."""
    out = [
        Scenario(name, "EINVAL", "VCPU_RANGE", _as(PV, name, NEGATIVE, *args), profiles=TABLE_4_2),
        Scenario(name, "EINVAL", "VCPU_RANGE", _as(PV, name, 8192, *args), profiles=TABLE_4_2),
        Scenario(name, "ENOENT", "VCPU_MISSING", _as(PV, name, 2, *args)),
        # 4.17's do_vcpu_op: vcpuid unsigned, domain_vcpu() only (arch/x86/domain.c).
        *(
            Scenario(name, "ENOENT", "VCPU_MISSING", _as(PV, name, vcpuid, *args), ("xen-4.17",))
            for vcpuid in (NEGATIVE, 8192)
        ),
    ]
    if hvm_filtered:
        out.append(
            Scenario(
                name, "ENOSYS", "HVM_SUBOP_FILTERED", _as(HVM, name, 0, *args), profiles=TABLE_4_2
            )
        )
    return out


X417 = ("xen-4.17",)


def _privileged_hvm_mmuext(level: int, foreigndom: int) -> Callable[[Machine], CallResult]:
    """mmuext_op by a PVH control domain (host option pvh_dom0), whose XSM check passes
    under the dummy policy unless caller_privilege sets ``level`` for the foreign domain."""

    def run(_: Machine) -> CallResult:
        m = machine("xen-4.17", pvh_dom0=1)
        assert m.caller_privilege(PV, level).ok
        return m.mmuext_op(0, 1, 0, foreigndom)

    return run


MMUEXT_4_17 = [
    Scenario("mmuext_op", "ESRCH", "MMUEXT_OWNER_SELF", _as(HVM, "mmuext_op", 0, 1, 0, HVM), X417),
    Scenario("mmuext_op", "ESRCH", "MMUEXT_NO_OWNER", _as(HVM, "mmuext_op", 0, 1, 0, 9), X417),
    Scenario(
        "mmuext_op", "EINVAL", "MMUEXT_OWNER_NOT_PV", _as(HVM, "mmuext_op", 0, 1, 0, 0x7FF0), X417
    ),
    Scenario("mmuext_op", "EPERM", "NOT_DM_PRIVILEGED", _as(HVM, "mmuext_op", 0, 1, 0, PV), X417),
    Scenario(
        "mmuext_op", "EPERM", "MMUEXT_NOT_PRIVILEGED", _as(HVM, "mmuext_op", 0, 1, 0, 0x7FF1), X417
    ),
    Scenario("mmuext_op", "EACCES", "XSM_DENIED", _privileged_hvm_mmuext(1, PV), X417),
]


SCENARIOS: list[Scenario] = [
    *MMUEXT_4_17,
    Scenario("advance_time", "EINVAL", "CLOCK_OVERFLOW", lambda m: m.advance_time(1 << 63)),
    # ---- vcpu_op -------------------------------------------------------------------------
    *_vcpu_common("vcpu_initialise", 0x1000, hvm_filtered=True),
    Scenario(
        "vcpu_initialise",
        "ENOMEM",
        "VCPU_CONTEXT_NOMEM",
        _faulting("xen_alloc", 1, _as(PV, "vcpu_initialise", 1, 0x1000)),
    ),
    Scenario(
        "vcpu_initialise",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(PV, "vcpu_initialise", 1, 0x1000)),
    ),
    Scenario(
        "vcpu_initialise", "EEXIST", "VCPU_ALREADY_INITIALISED", _as(PV, "vcpu_initialise", 0, 0)
    ),
    *_vcpu_common("vcpu_up", hvm_filtered=True),
    Scenario("vcpu_up", "EINVAL", "VCPU_NOT_INITIALISED", _as(PV, "vcpu_up", 1)),
    *_vcpu_common("vcpu_down", hvm_filtered=True),
    *_vcpu_common("vcpu_is_up", hvm_filtered=True),
    *_vcpu_common("vcpu_get_runstate_info", hvm_filtered=False),
    Scenario(
        "vcpu_get_runstate_info",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "vcpu_get_runstate_info", 0)),
    ),
    *_vcpu_common("vcpu_register_runstate_memory_area", 0x1000, hvm_filtered=False),
    Scenario(
        "vcpu_register_runstate_memory_area",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "vcpu_register_runstate_memory_area", 0, 0x1000)),
    ),
    Scenario(
        "vcpu_register_runstate_memory_area",
        "EFAULT",
        "VCPU_ADDR_RESERVED",
        _as(PV, "vcpu_register_runstate_memory_area", 0, 1 << 47),
    ),
    *_vcpu_common("vcpu_set_periodic_timer", 10 * MS, hvm_filtered=False),
    Scenario(
        "vcpu_set_periodic_timer",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "vcpu_set_periodic_timer", 0, 10 * MS)),
    ),
    Scenario(
        "vcpu_set_periodic_timer",
        "EINVAL",
        "VCPU_PERIOD_SHORT",
        _as(HVM, "vcpu_set_periodic_timer", 0, MS - 1),
    ),
    Scenario(
        "vcpu_set_periodic_timer",
        "EINVAL",
        "VCPU_PERIOD_LONG",
        _as(HVM, "vcpu_set_periodic_timer", 0, (1 << 62)),
    ),
    *_vcpu_common("vcpu_stop_periodic_timer", hvm_filtered=False),
    *_vcpu_common("vcpu_set_singleshot_timer", 10 * MS, 0, hvm_filtered=False),
    Scenario(
        "vcpu_set_singleshot_timer",
        "EINVAL",
        "VCPU_NOT_SELF",
        _as(HVM, "vcpu_set_singleshot_timer", 1, 10 * MS, 0),
    ),
    Scenario(
        "vcpu_set_singleshot_timer",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "vcpu_set_singleshot_timer", 0, 10 * MS, 0)),
    ),
    Scenario(
        "vcpu_set_singleshot_timer",
        "ETIME",
        "VCPU_DEADLINE_PAST",
        lambda m: (m.advance_time(5 * MS), _as(HVM, "vcpu_set_singleshot_timer", 0, MS, 1)(m))[1],
    ),
    *_vcpu_common("vcpu_stop_singleshot_timer", hvm_filtered=False),
    Scenario(
        "vcpu_stop_singleshot_timer",
        "EINVAL",
        "VCPU_NOT_SELF",
        _as(HVM, "vcpu_stop_singleshot_timer", 1),
    ),
    *_vcpu_common("vcpu_register_vcpu_info", 0, 0, hvm_filtered=False),
    Scenario(
        "vcpu_register_vcpu_info",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(PV, "vcpu_register_vcpu_info", 0, 0, 0)),
    ),
    Scenario(
        "vcpu_register_vcpu_info",
        "EINVAL",
        "VCPU_INFO_OFFSET",
        _as(HVM, "vcpu_register_vcpu_info", 0, 0x10, 4096 - 63),
        profiles=TABLE_4_2,
    ),
    # map_vcpu_info at RELEASE-4.17.0: -ENXIO for an offset past the page or misaligned.
    Scenario(
        "vcpu_register_vcpu_info",
        "ENXIO",
        "VCPU_INFO_OFFSET_4_17",
        _as(HVM, "vcpu_register_vcpu_info", 0, 0x10, 4096 - 63),
        profiles=("xen-4.17",),
    ),
    Scenario(
        "vcpu_register_vcpu_info",
        "ENXIO",
        "VCPU_INFO_OFFSET_4_17",
        _as(PV, "vcpu_register_vcpu_info", 0, 0x50, 4),
        profiles=("xen-4.17",),
    ),
    Scenario(
        "vcpu_register_vcpu_info",
        "EINVAL",
        "VCPU_INFO_HVM_4_2_0",
        _as(HVM, "vcpu_register_vcpu_info", 0, 0x10, 0),
        profiles=TABLE_4_2,
    ),
    # 4.17: an HVM guest's gfn that has no RAM frame of its own (a hole) is NULL.
    Scenario(
        "vcpu_register_vcpu_info",
        "EINVAL",
        "VCPU_INFO_BAD_FRAME",
        _as(HVM, "vcpu_register_vcpu_info", 0, 0x1000, 0),
        profiles=("xen-4.17",),
    ),
    Scenario("vcpu_register_vcpu_info", "EINVAL", "VCPU_INFO_REGISTERED", _register_twice),
    Scenario(
        "vcpu_register_vcpu_info",
        "EINVAL",
        "VCPU_INFO_BAD_FRAME",
        lambda m: _as(PV, "vcpu_register_vcpu_info", 0, int(m.p2m(HVM)["mfn"][0x10]), 0)(m),
    ),
    Scenario(
        "vcpu_register_vcpu_info",
        "ENOMEM",
        "VCPU_INFO_NO_MAP",
        _faulting(
            "xen_alloc",
            1,
            lambda m: _as(PV, "vcpu_register_vcpu_info", 0, int(m.p2m(PV)["mfn"][0x10]), 0)(m),
        ),
    ),
    *_vcpu_common("vcpu_send_nmi", 0, hvm_filtered=True),
    Scenario("vcpu_send_nmi", "EINVAL", "VCPU_NMI_ARG", _as(PV, "vcpu_send_nmi", 0, 0x1000)),
    *_vcpu_common("vcpu_get_physid", hvm_filtered=True),
    Scenario("vcpu_get_physid", "EINVAL", "VCPU_NOT_PINNED", _as(PV, "vcpu_get_physid", 0)),
    *_vcpu_common("vcpu_register_vcpu_time_memory_area", 0x1000, hvm_filtered=True),
    Scenario(
        "vcpu_register_vcpu_time_memory_area",
        "ENOSYS",
        "VCPU_UNKNOWN_CMD",
        _as(PV, "vcpu_register_vcpu_time_memory_area", 0, 0x1000),
        profiles=TABLE_4_2,
    ),
    # do_vcpu_op's VCPUOP_register_vcpu_time_memory_area at RELEASE-4.17.0.
    Scenario(
        "vcpu_register_vcpu_time_memory_area",
        "EFAULT",
        "VCPU_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "vcpu_register_vcpu_time_memory_area", 0, 0x1000)),
        profiles=("xen-4.17",),
    ),
    Scenario(
        "vcpu_register_vcpu_time_memory_area",
        "EFAULT",
        "VCPU_ADDR_RESERVED",
        _as(PV, "vcpu_register_vcpu_time_memory_area", 0, 1 << 47),
        profiles=("xen-4.17",),
    ),
    Scenario(
        "vcpu_op_raw",
        "ENOSYS",
        "HVM_SUBOP_FILTERED",
        _as(HVM, "vcpu_op_raw", 14, 0),
        profiles=TABLE_4_2,
    ),
    Scenario(
        "vcpu_op_raw",
        "EINVAL",
        "VCPU_RANGE",
        _as(PV, "vcpu_op_raw", 14, NEGATIVE),
        profiles=TABLE_4_2,
    ),
    Scenario("vcpu_op_raw", "ENOENT", "VCPU_MISSING", _as(PV, "vcpu_op_raw", 14, 2)),
    Scenario("vcpu_op_raw", "ENOSYS", "VCPU_UNKNOWN_CMD", _as(PV, "vcpu_op_raw", 14, 0)),
    Scenario(
        "guest_timer_interrupt", "ESRCH", "NO_DOMAIN", lambda m: m.guest_timer_interrupt(9, 0)
    ),
    Scenario(
        "guest_timer_interrupt",
        "EINVAL",
        "GUEST_NO_VCPU",
        lambda m: m.guest_timer_interrupt(HVM, 2),
    ),
    # ---- xen_version ---------------------------------------------------------------------
    *(
        Scenario(name, "EFAULT", "XENVER_COPY_FAULT", _faulting("copy", 1, _as(HVM, name)))
        for name in (
            "xenver_extraversion",
            "xenver_compile_info",
            "xenver_capabilities",
            "xenver_changeset",
            "xenver_platform_parameters",
            "xenver_guest_handle",
            "xenver_commandline",
        )
    ),
    Scenario(
        "xenver_get_features",
        "EFAULT",
        "XENVER_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "xenver_get_features", 0)),
    ),
    Scenario(
        "xenver_get_features",
        "EFAULT",
        "XENVER_COPY_FAULT",
        _faulting("copy", 2, _as(HVM, "xenver_get_features", 0)),
    ),
    Scenario("xenver_get_features", "EINVAL", "XENVER_SUBMAP", _as(HVM, "xenver_get_features", 1)),
    Scenario("xenver_pagesize", "EINVAL", "XENVER_PAGESIZE_ARG", _as(HVM, "xenver_pagesize", 8)),
    # build_id (10) came in 4.7: unknown to 4.2, unsupported in xen-4.17 (its buffer)
    Scenario("xenver_raw", "ENOSYS", "XENVER_UNKNOWN_CMD", _as(HVM, "xenver_raw", 10), TABLE_4_2),
    Scenario("xenver_raw", "ENOSYS", "XENVER_UNKNOWN_CMD", _as(HVM, "xenver_raw", 11)),
    # 4.17's dummy XSM denies build_id to a guest (do_xen_version: "if ( deny ) return -EPERM").
    Scenario("xenver_raw", "EPERM", "XENVER_DENIED", _as(HVM, "xenver_raw", 10), ("xen-4.17",)),
    # ---- the PV-only calls ---------------------------------------------------------------
    *(
        Scenario(
            name,
            "ENOSYS",
            "HVM_NO_HYPERCALL",
            _as(HVM, name, *args),
            TABLE_4_2 if _opens_in_4_17(name) else PROFILES,
        )
        for name, args in PV_ONLY
        if not name.startswith("physdev")
    ),
    *(
        Scenario(name, "ENOSYS", "HVM_SUBOP_FILTERED", _as(HVM, name, *args))
        for name, args in PV_ONLY
        if name.startswith("physdev")
    ),
    Scenario(
        "physdev_irq_status_query",
        "EFAULT",
        "PHYSDEV_COPY_FAULT",
        _faulting("copy", 1, _as(HVM, "physdev_irq_status_query", 9)),
    ),
    Scenario(
        "physdev_irq_status_query",
        "EINVAL",
        "PHYSDEV_IRQ_RANGE",
        _as(HVM, "physdev_irq_status_query", NEGATIVE),
    ),
    Scenario(
        "physdev_irq_status_query",
        "EINVAL",
        "PHYSDEV_PIRQ_UNMAPPED",
        _as(HVM, "physdev_irq_status_query", 9),
    ),
    Scenario("physdev_op_raw", "ENOSYS", "HVM_SUBOP_FILTERED", _as(HVM, "physdev_op_raw", 6, 0)),
    Scenario("vm_assist", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "vm_assist", 0, 3), TABLE_4_2),
    Scenario("vm_assist", "EINVAL", "VMASST_TYPE", _as(PV, "vm_assist", 0, 4), TABLE_4_2),
    # do_vm_assist at RELEASE-4.17.0: type 4 is a PV64 assist (architectural_iopl), type 6
    # in no mask, type 64 not below BITS_PER_LONG; an HVM domain has runstate_update_flag.
    Scenario("vm_assist", "EINVAL", "VMASST_TYPE", _as(PV, "vm_assist", 0, 6), X417),
    Scenario("vm_assist", "EINVAL", "VMASST_TYPE", _as(PV, "vm_assist", 0, 64), X417),
    Scenario("vm_assist", "EINVAL", "VMASST_TYPE", _as(HVM, "vm_assist", 0, 2), X417),
    Scenario("vm_assist", "ENOSYS", "VMASST_CMD", _as(PV, "vm_assist", 2, 3)),
    Scenario("nmi_op_register", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "nmi_op_register", 0)),
    Scenario(
        "nmi_op_register",
        "EFAULT",
        "NMI_COPY_FAULT",
        _faulting("copy", 1, _as(0, "nmi_op_register", 0x1000)),
    ),
    Scenario(
        "nmi_op_register",
        "EINVAL",
        "NMI_NOT_DOM0_VCPU0",
        _as(PV, "nmi_op_register", 0x1000),
        profiles=("doc",),
    ),
    Scenario("nmi_op_register", "EINVAL", "NMI_NOT_CANONICAL", _as(0, "nmi_op_register", 1 << 47)),
    Scenario("nmi_op_unregister", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "nmi_op_unregister")),
    Scenario(
        "console_io_write",
        "ENOSYS",
        "HVM_NO_HYPERCALL",
        _as(HVM, "console_io_write", None, list(b"hi")),
        TABLE_4_2,
    ),
    Scenario(
        "console_io_write", "EPERM", "CONSOLE_NOT_DOM0", _as(PV, "console_io_write", None, [0x41])
    ),
    Scenario(
        "console_io_write",
        "EFAULT",
        "CONSOLE_COPY_FAULT",
        lambda m: m.console_io_write(3, list(b"hi")),
    ),
    Scenario(
        "console_io_read", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "console_io_read", 4), TABLE_4_2
    ),
    Scenario("console_io_read", "EPERM", "CONSOLE_NOT_DOM0", _as(PV, "console_io_read", 4)),
    Scenario("console_io_read", "EFAULT", "CONSOLE_COPY_FAULT", _short_read),
    Scenario(
        "console_io_read",
        "E2BIG",
        "CONSOLE_READ_TOO_BIG",
        lambda m: call_with_short_list(
            m, "console_io_read", (1,), "buffer", keep=1, claim={"count": 1 << 31}
        )[0],
        ("xen-4.17",),
    ),
    Scenario(
        "console_io_raw", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "console_io_raw", 2, 0), TABLE_4_2
    ),
    Scenario("console_io_raw", "EPERM", "CONSOLE_NOT_DOM0", _as(PV, "console_io_raw", 2, 0)),
    Scenario("console_io_raw", "ENOSYS", "CONSOLE_UNKNOWN_CMD", lambda m: m.console_io_raw(2, 0)),
    Scenario(
        "hypercall_raw", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "hypercall_raw", 0, 0, 0, 0, 0, 0)
    ),
    Scenario(
        "hypercall_raw", "ENOSYS", "RAW_NO_HANDLER", _as(PV, "hypercall_raw", 11, 0, 0, 0, 0, 0)
    ),
    Scenario("serial_input", "EINVAL", "SERIAL_SHORT", lambda m: m.serial_input(4, [1, 2])),
    # ---- multicall -----------------------------------------------------------------------
    Scenario("multicall", "ENOSYS", "HVM_NO_HYPERCALL", _as(HVM, "multicall", []), TABLE_4_2),
    Scenario("multicall", "EINVAL", "NONE", _nested_multicall),
    Scenario("multicall", "EFAULT", "MULTICALL_SHORT", _short_multicall),
]


def _documented(profile: str) -> set[tuple[str, str]]:
    from haptrace.catalogue.errnos import errno_name

    return {
        (call.name, errno_name(errno))
        for call in CATALOGUE
        if call.family.name in FAMILIES
        for errno in call.errnos(profile)
    }


CASES = [(s, p) for s in SCENARIOS for p in s.profiles]


@pytest.mark.parametrize(
    ("scenario", "profile"), CASES, ids=[f"{s.call}-{s.errno}-{s.reason_id}-{p}" for s, p in CASES]
)
def test_each_scenario_gives_its_errno_and_reason(scenario: Scenario, profile: str) -> None:
    m = machine(profile)
    result = scenario.run(m)
    assert result.call.name == scenario.call
    assert (result.rc, result.errno) == (-1, ERRNO[scenario.errno]), str(result)
    if scenario.reason_id != "NONE":
        assert result.reason == reason(scenario.reason_id)
    assert m.documented(scenario.call, result.errno)


@pytest.mark.parametrize("profile", PROFILES)
def test_the_scenarios_reach_every_documented_code_of_the_families(profile: str) -> None:
    reached = {(s.call, s.errno) for s in SCENARIOS if profile in s.profiles}
    assert reached == _documented(profile)


def test_the_seed_s_nmi_rule_is_the_doc_profile_s_only_difference_here() -> None:
    differ = {
        call.name
        for call in CATALOGUE
        if call.family.name in FAMILIES and call.codes["doc"] != call.codes["xen-4.2"]
    }
    assert differ == {"nmi_op_register"}
    m = machine("xen-4.2")
    with m.caller(PV, 0):
        assert m.nmi_op_register(0x1000).ok


# What 4.17's HVM table opens to an HVM guest that 4.2's closed, with what 4.17 answers
# (hvm_table.c, path_modelled_4_17): every vcpu_op (no hvm_vcpu_op), vm_assist's HVM mask,
# console_io's XSM_PRIV, mmuext_op's prologue.  4.2's table said ENOSYS to each.
OPENED_IN_4_17 = [
    ("vcpu_up", (0,), 0, "NONE"),
    ("vcpu_op_raw", (14, 0), -ERRNO["ENOSYS"], "VCPU_UNKNOWN_CMD"),
    ("vm_assist", (0, 3), -ERRNO["EINVAL"], "VMASST_TYPE"),
    ("console_io_read", (4,), -ERRNO["EPERM"], "CONSOLE_NOT_DOM0"),
    ("mmuext_op", (0, 1, 0, 0x7FF0), -ERRNO["EINVAL"], "MMUEXT_OWNER_NOT_PV"),
]


def test_the_4_17_paths_opened_to_an_hvm_guest_are_the_pv_only_ones_listed() -> None:
    opened = {name for name, _ in PV_ONLY if _opens_in_4_17(name)}
    assert opened == {"mmuext_op"}


@pytest.mark.parametrize("scenario", MMUEXT_4_17, ids=lambda s: f"{s.errno}-{s.reason_id}")
def test_an_hvm_caller_s_4_17_mmuext_op_stops_at_its_checks(scenario: Scenario) -> None:
    result = scenario.run(machine("xen-4.17"))
    assert (result.rc, result.errno) == (-1, ERRNO[scenario.errno]), str(result)
    assert result.reason == reason(scenario.reason_id)
    assert machine("xen-4.17").documented("mmuext_op", result.errno)


def test_an_hvm_caller_s_4_17_mmuext_op_that_passes_its_checks_is_unsupported() -> None:
    # The control domain (PVH) on a PV domain: the ops in guest memory are not modelled.
    result = _privileged_hvm_mmuext(2, PV)(machine("xen-4.17"))  # privilege full
    assert result.unsupported and result.reason == reason("MMUEXT_OPS_UNSUPPORTED")
    # A preempted op's re-entry (count MMU_UPDATE_PREEMPTED, NULL ops) is not modelled.
    result = _as(HVM, "mmuext_op", 0, 0x80000000, 0, PV)(machine("xen-4.17"))
    assert result.unsupported and result.reason == reason("MMUEXT_CONTINUATION")


def test_an_hvm_guest_s_4_17_multicall_runs_its_entries_through_the_hvm_table() -> None:
    m = machine("xen-4.17")
    m.set_oracle(True)  # multicall.1: the entry after the iret may run here
    with m.caller(HVM, 0):
        # hvm_do_multicall_call: the entries go through the hvm64 handlers; iret (no HVM
        # slot) is ENOSYS there and, unlike a PV guest's, does not end the batch.
        version = BY_NAME["xenver_version"].id
        iret = BY_NAME["iret"].id
        result = m.multicall([[iret, 0, 0, 0, 0, 0, 0, 0], [version, 0, 0, 0, 0, 0, 0, 0]], 2)
    assert result.ok, str(result)
    entries = result.output("calls")
    assert entries is not None
    assert [e[-1] for e in entries] == [-ERRNO["ENOSYS"] & (1 << 64) - 1, 0x40011]
    assert m.check() == []


@pytest.mark.parametrize(
    ("name", "args", "rc", "reason_id"), OPENED_IN_4_17, ids=[n for n, *_ in OPENED_IN_4_17]
)
def test_what_4_17_opens_to_an_hvm_guest_gets_4_17_s_answer(
    name: str, args: tuple[object, ...], rc: int, reason_id: str
) -> None:
    result = _as(HVM, name, *args)(machine("xen-4.17"))
    assert not result.unsupported, str(result)
    assert (result.rc if rc == 0 else -result.errno) == rc, str(result)
    if reason_id != "NONE":
        assert result.reason == reason(reason_id)
    assert _as(HVM, name, *args)(machine("xen-4.2")).errno == ERRNO["ENOSYS"]


def test_a_hypercall_only_4_17_s_hvm_table_has_is_still_unsupported() -> None:
    # xsm_op (27) has an hvm64 slot in 4.17 and none in 4.2; its handler is not modelled.
    result = _as(HVM, "hypercall_raw", 27, 0, 0, 0, 0, 0)(machine("xen-4.17"))
    assert result.unsupported and result.reason == reason("HVM_4_17_PATH")


@pytest.mark.parametrize(
    ("domid", "kind", "valid"),
    [(HVM, "hvm", {5}), (PV, "pv64", {0, 1, 2, 3, 4, 5, 32})],
)
def test_4_17_vm_assist_takes_exactly_the_domain_s_valid_types(
    domid: int, kind: str, valid: set[int]
) -> None:
    """arch_vm_assist_valid_mask (arch/x86/include/asm/domain.h, RELEASE-4.17.0)."""
    m = machine("xen-4.17")
    with m.caller(domid, 0):
        taken = {t for t in range(70) if m.vm_assist(0, t).ok}
        assert taken == valid, kind
        assert all(m.vm_assist(1, t).ok for t in valid)
    # 4.2: MAX_VMASST_TYPE (3) for a PV domain, whatever its kind.
    m = machine("xen-4.2")
    with m.caller(PV, 0):
        assert {t for t in range(70) if m.vm_assist(0, t).ok} == {0, 1, 2, 3}
