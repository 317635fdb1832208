"""The catalogue calls the Xen 4.17 tools need that the catalogue lacked (toolstack and
monitor families; vm_event RESUME and GET_VERSION; range_share, fork, fork_reset;
set_access_multi, set_access_required; maximum_gpfn), through the Python API.

Every code each profile documents for them is reached here, with the reason that names its
condition (a test fails when the catalogue documents a code no case reaches).  In both
profiles they behave as Xen 4.2 answers the same numbers (see the catalogue modules)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pytest

from haptrace.catalogue import BY_NAME, ENUMS, PROFILES, REASONS, lookup
from haptrace.catalogue.limits import DOMID_SELF, LIST_SHIFT
from replay import CALL_DTYPE, DomainConfig, HostConfig, Machine, MachineConfig

NEW_CALLS = (
    "createdomain",
    "destroydomain",
    "getdomaininfo",
    "getdomaininfolist",
    "physinfo",
    "get_hvm_param",
    "getpageframeinfo3",
    "monitor_op",
    "vm_event_resume",
    "vm_event_get_version",
    "memshr_range_share",
    "memshr_fork",
    "memshr_fork_reset",
    "mem_access_set_multi",
    "set_access_required",
    "maximum_gpfn",
)
ERRNO = {"EPERM": 1, "ESRCH": 3, "E2BIG": 7, "ENOMEM": 12, "EACCES": 13, "EFAULT": 14}
ERRNO |= {"EINVAL": 22, "ENODEV": 19, "ENOSYS": 38}
ERRNO |= {"EOPNOTSUPP": 95, "EXDEV": 18, "EEXIST": 17, "ENOENT": 2, "EBUSY": 16}
CONFIG = MachineConfig(
    HostConfig(),
    (DomainConfig(1, pages=64, max_pages=96, vcpus=2), DomainConfig(2, pages=64)),
)


def reason(reason_id: str) -> str:
    return next(r.text for r in REASONS if r.id == reason_id)


Setup = Callable[[Machine], None]


def _none(m: Machine) -> None:
    return None


def _deny(level: int) -> Setup:
    def setup(m: Machine) -> None:
        assert m.caller_privilege(1, level).ok

    return setup


def _deny2(m: Machine) -> None:
    assert m.caller_privilege(2, 1).ok  # the XSM policy refuses the last domain


def _shadow_domain(m: Machine) -> None:
    assert m.domain_create(5, 16, flags=0).ok  # HVM without HAP


def _dying(m: Machine) -> None:
    mapping = m.foreign_map(1, 0x10, 0).output("mapping")  # keeps domain 1 a zombie
    assert mapping is not None and m.domain_destroy(1).ok


def _empty_domain(m: Machine) -> None:
    assert m.createdomain(5, 1 | 2).ok  # no vcpus: 4.2's createdomain makes none


def _sharing(m: Machine) -> None:
    assert m.memshr_control(1, 1).ok


def _passthrough(m: Machine) -> None:
    assert m.assign_device(1, 0x100).ok


def _both_sharing(m: Machine) -> None:
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok


def _both_paused(m: Machine) -> None:
    _both_sharing(m)
    assert m.domain_pause(1).ok and m.domain_pause(2).ok


def _dying2(m: Machine) -> None:
    _sharing(m)
    mapping = m.foreign_map(2, 0x10, 0).output("mapping")  # keeps domain 2 a zombie
    assert mapping is not None and m.domain_destroy(2).ok


def _mapped_last(m: Machine) -> None:
    _both_paused(m)
    assert m.foreign_map(1, 0x10, 0).ok  # an extra reference: nominate says E2BIG


def _fault(site: int) -> Setup:
    def setup(m: Machine) -> None:
        _both_paused(m)
        assert m.inject_fault(site, 1).ok

    return setup


def _deny2_priv(m: Machine) -> None:
    assert m.caller_privilege(2, 0).ok


def _pv_parent(m: Machine) -> None:
    assert m.domain_create(3, 16, vcpus=2, flags=2).ok  # PV: its auto-enable refuses


def _shadow_two_vcpus(m: Machine) -> None:
    assert m.domain_create(5, 16, vcpus=2, flags=0).ok  # HVM without HAP


def _passthrough3(m: Machine) -> None:
    assert m.domain_create(3, 16, vcpus=2).ok and m.assign_device(3, 0x100).ok


def _third(m: Machine) -> None:
    assert m.domain_create(3, 16, vcpus=2).ok  # fork 1 is not paused


def _access_ring(m: Machine) -> None:
    assert m.set_hvm_param(1, 28, 0x20).ok and m.mem_access_enable(1).ok


def _access_ring_then_p2m_fault(m: Machine) -> None:
    _access_ring(m)
    assert m.inject_fault(ENUMS["fault_site"].values["p2m_set"], 1).ok


@dataclass(frozen=True)
class Case:
    call: str
    args: tuple[object, ...]
    errno: str
    reason: str
    setup: Setup = _none
    caller: tuple[int, int] | None = None
    profiles: tuple[str, ...] = PROFILES
    host: Mapping[str, object] = field(default_factory=dict)


GUEST = (1, 0)
OLD = ("doc", "xen-4.2")
M32 = 0xFFFFFFFF  # an int32_t field of -1 ("Xen's default"), as the u32 the catalogue holds
NEW = ("xen-4.17",)
NO_SHARING: Mapping[str, object] = {"no_mem_sharing": 1}
AMD: Mapping[str, object] = {"vendor": "amd"}
# A PV guest reaches do_domctl (and fails its IS_PRIV check); an HVM guest's domctl is
# -ENOSYS first: 4.2's hvm_hypercall64_table has no domctl slot (the dispatcher's gate).
PV_GUEST = (3, 0)
X86_32: Mapping[str, object] = {"arch": "x86_32"}
_GATE: tuple[
    tuple[str, str, Setup, tuple[int, int] | None, tuple[str, ...], Mapping[str, object]], ...
] = (  # the mem_event prologue of 4.2 (vm_event RESUME / GET_VERSION)
    ("ENOSYS", "NOT_X86_64", _none, None, PROFILES, X86_32),
    ("ESRCH", "NO_DOMAIN", _none, None, PROFILES, {}),
    ("EPERM", "NOT_PRIVILEGED", _deny(0), None, PROFILES, {}),
    ("EACCES", "XSM_DENIED", _deny(1), None, PROFILES, {}),
    ("EINVAL", "NO_VCPUS", _empty_domain, None, PROFILES, {}),
    ("ENOSYS", "VM_EVENT_NO_SUCH_OP", _none, None, PROFILES, {}),
)


def _gate_cases(call: str, extra: tuple[object, ...]) -> list[Case]:
    cases = []
    for errno, why, setup, caller, profiles, host in _GATE:
        domid = {"NO_DOMAIN": 9, "NO_VCPUS": 5}.get(why, 1)
        cases.append(Case(call, (domid, *extra), errno, why, setup, caller, profiles, host))
    cases.append(Case(call, (0, *extra), "EINVAL", "MEM_EVENT_SELF"))
    cases.append(Case(call, (1, *extra), "EINVAL", "DOMAIN_DYING", _dying, profiles=("doc",)))
    return cases


def _sharing_cases(call: str, extra: tuple[object, ...]) -> list[Case]:
    return [
        Case(call, (1, *extra), "ENOSYS", "NOT_X86_64", host=X86_32),
        Case(call, (9, *extra), "ESRCH", "NO_DOMAIN"),
        Case(call, (0, *extra), "EPERM", "TARGET_IS_CALLER"),
        Case(call, (1, *extra), "EPERM", "NOT_PRIVILEGED", _deny(0)),
        Case(call, (1, *extra), "EINVAL", "DOMAIN_DYING", _dying),
        Case(call, (5, *extra), "ENODEV", "NO_HAP", _shadow_domain),
        Case(call, (1, *extra), "EINVAL", "SHARING_DISABLED", profiles=("doc",)),
        Case(call, (1, *extra), "ENODEV", "SHARING_DISABLED_GATE", profiles=("xen-4.2",)),
        Case(call, (1, *extra), "ENOSYS", "SHARING_NO_SUCH_OP", _sharing, profiles=OLD),
        # 4.17: built without sharing; the memop's auto-enable refuses AMD and passthrough
        Case(call, (1, *extra), "ENOSYS", "NO_MEM_SHARING", profiles=NEW, host=NO_SHARING),
        Case(call, (1, *extra), "EOPNOTSUPP", "SHARING_NOT_VMX", profiles=NEW, host=AMD),
        Case(call, (1, *extra), "EXDEV", "CONTROL_PASSTHROUGH", _passthrough, profiles=NEW),
    ]


CASES: list[Case] = [
    # toolstack
    Case("createdomain", (0,), "EPERM", "TOOLSTACK_NOT_PRIV", caller=PV_GUEST),
    Case("createdomain", (0,), "ENOSYS", "HVM_NO_HYPERCALL", caller=GUEST, profiles=OLD),
    Case("createdomain", (0, 0x10), "EINVAL", "CREATE_FLAGS"),
    Case("createdomain", (2,), "EINVAL", "CREATE_ID_IN_USE", profiles=OLD),
    Case("createdomain", (2,), "EEXIST", "CREATE_ID_IN_USE", profiles=NEW),
    Case("createdomain", (0,), "ENOMEM", "CREATE_NO_ROOM", host={"gfn_capacity": 300}),
    # 4.17: sanitise_domain_config and grant_table_init (common/domain.c, grant_table.c)
    Case("createdomain", (0, 0, 1, 0, M32, M32, 0x11), "EINVAL", "CREATE_GRANT_OPTS", profiles=NEW),
    Case("createdomain", (0, 0, 0), "EINVAL", "CREATE_NO_VCPUS", profiles=NEW),
    Case("createdomain", (0, 0, 1, 0, 40, 0, 0), "EINVAL", "CREATE_GRANT_VERSION", profiles=NEW),
    Case("createdomain", (0, 0, 1, 0, 40, 0, 3), "EINVAL", "CREATE_GRANT_VERSION", profiles=NEW),
    Case("createdomain", (0, 0, 1, 0, 0, 0, 1), "EINVAL", "CREATE_GRANT_FRAMES", profiles=NEW),
    Case("createdomain", (0, 0, 1, 0, 65, 0, 1), "EINVAL", "CREATE_GRANT_FRAMES", profiles=NEW),
    Case("createdomain", (0, 0, 1, 0, 40, 1025, 1), "EINVAL", "CREATE_GRANT_FRAMES", profiles=NEW),
    Case("destroydomain", (1,), "EPERM", "TOOLSTACK_NOT_PRIV", caller=PV_GUEST),
    Case("destroydomain", (1,), "ENOSYS", "HVM_NO_HYPERCALL", caller=GUEST, profiles=OLD),
    Case("destroydomain", (9,), "ESRCH", "NO_DOMAIN"),
    Case("destroydomain", (1,), "EACCES", "XSM_DENIED", _deny(1)),
    Case("destroydomain", (0,), "EINVAL", "KILL_SELF"),
    Case("getdomaininfo", (0,), "EPERM", "TOOLSTACK_NOT_PRIV", caller=PV_GUEST),
    Case("getdomaininfo", (0,), "ENOSYS", "HVM_NO_HYPERCALL", caller=GUEST, profiles=OLD),
    Case("getdomaininfo", (3,), "ESRCH", "GETINFO_NO_DOMAIN"),
    Case("getdomaininfo", (1,), "EACCES", "XSM_DENIED", _deny(1)),
    Case("getdomaininfolist", (0, 4), "EPERM", "TOOLSTACK_NOT_PRIV", caller=GUEST),
    Case("getdomaininfolist", (1, 4), "EACCES", "INFOLIST_LAST_DENIED", _deny2),
    Case("physinfo", (), "EPERM", "TOOLSTACK_NOT_PRIV", caller=GUEST),
    Case("get_hvm_param", (1, 35), "EINVAL", "PARAM_RANGE"),
    Case("get_hvm_param", (9, 28), "ESRCH", "NO_DOMAIN"),
    Case("get_hvm_param", (1, 28), "EPERM", "NOT_PRIVILEGED", _deny(0)),
    Case("get_hvm_param", (0, 28), "EINVAL", "NOT_HVM"),
    Case("get_hvm_param", (1, 28), "EACCES", "XSM_DENIED", _deny(1)),
    Case("getpageframeinfo3", (1, None, [0]), "EPERM", "TOOLSTACK_NOT_PRIV", caller=PV_GUEST),
    Case(
        "getpageframeinfo3",
        (1, None, [0]),
        "ENOSYS",
        "HVM_NO_HYPERCALL",
        caller=GUEST,
        profiles=OLD,
    ),
    Case("getpageframeinfo3", (9, None, [0]), "ESRCH", "NO_DOMAIN"),
    Case("getpageframeinfo3", (1, None, [0]), "EACCES", "XSM_DENIED", _deny(1)),
    Case("getpageframeinfo3", (1, 1025, [0] * 1025), "E2BIG", "PFINFO_TOO_MANY"),
    Case(
        "getpageframeinfo3", (1, None, [0]), "ENOMEM", "PFINFO_NO_BOUNCE", host={"xenheap_units": 0}
    ),
    Case("getpageframeinfo3", (1, 600, [0] * 512), "EFAULT", "PFINFO_FAULT"),
    # monitor
    Case("monitor_op", (1, 0, 3), "EPERM", "MONITOR_NOT_PRIV", caller=PV_GUEST),
    Case("monitor_op", (1, 0, 3), "ENOSYS", "HVM_NO_HYPERCALL", caller=GUEST, profiles=OLD),
    Case("monitor_op", (9, 0, 3), "ENOSYS", "MONITOR_NO_OP"),  # no lookup in 4.2
    # vm_event ops 4.2 does not have
    *_gate_cases("vm_event_resume", (2,)),
    *_gate_cases("vm_event_get_version", ()),
    # sharing sub-ops 4.2 does not have
    *_sharing_cases("memshr_range_share", (2, 0x10, 0x20)),
    *_sharing_cases("memshr_fork", (2,)),
    *_sharing_cases("memshr_fork_reset", ()),
    # ---- 4.17's range_share (source 1, client 2, gfns 0x10..0x20, opaque, pad) ----------
    Case("memshr_range_share", (1, 2, 0x10, 0x20, 0, 1), "EINVAL", "RANGE_PAD", profiles=NEW),
    Case("memshr_range_share", (1, 2, 0x10, 0x20, 5), "EINVAL", "RANGE_OPAQUE", profiles=NEW),
    Case("memshr_range_share", (1, 9, 0x10, 0x20), "ESRCH", "CLIENT_NO_DOMAIN", profiles=NEW),
    Case("memshr_range_share", (1, 0, 0x10, 0x20), "EPERM", "CLIENT_IS_CALLER", profiles=NEW),
    Case("memshr_range_share", (1, 2, 0x10, 0x20), "EINVAL", "CLIENT_DYING", _dying2, profiles=NEW),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x20),
        "EINVAL",
        "CLIENT_SHARING_DISABLED",
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x20),
        "EINVAL",
        "RANGE_NOT_PAUSED",
        _both_sharing,
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x200),
        "EINVAL",
        "RANGE_BEYOND_MAX_GPFN",
        _both_paused,
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x8, 0x10),
        "E2BIG",
        "NOMINATE_EXTRA_REFS",
        _mapped_last,
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x10),
        "EEXIST",
        "NOMINATE_TYPE_RACE",
        _fault(1),
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x10),
        "ENOENT",
        "NOMINATE_PAGE_LOCK",
        _fault(0),
        profiles=NEW,
    ),
    Case(
        "memshr_range_share",
        (1, 2, 0x10, 0x20),
        "ENOMEM",
        "NOMINATE_NO_METADATA",
        _both_paused,
        profiles=NEW,
        host={"share_capacity": 1},
    ),
    # ---- 4.17's fork (fork 1 of parent 2) and fork_reset ----------------------------------
    Case("memshr_fork", (1, 2, 4), "EINVAL", "FORK_FLAGS", profiles=NEW),
    Case("memshr_fork", (1, 2, 0, 1), "EINVAL", "FORK_FLAGS", profiles=NEW),
    Case("memshr_fork", (1, 9), "ESRCH", "NO_DOMAIN", profiles=NEW),
    Case("memshr_fork", (1, 0), "EPERM", "TARGET_IS_CALLER", profiles=NEW),
    Case("memshr_fork", (1, 2), "EPERM", "NOT_PRIVILEGED", _deny2_priv, profiles=NEW),
    Case("memshr_fork", (1, 2), "EINVAL", "DOMAIN_DYING", _dying2, profiles=NEW),
    Case("memshr_fork", (1, 2), "EINVAL", "FORK_VCPUS", profiles=NEW),
    Case("memshr_fork", (1, 3), "EOPNOTSUPP", "SHARING_NOT_VMX", _pv_parent, profiles=NEW),
    Case("memshr_fork", (1, 5), "ENODEV", "NO_HAP", _shadow_two_vcpus, profiles=NEW),
    Case("memshr_fork", (1, 3), "EXDEV", "CONTROL_PASSTHROUGH", _passthrough3, profiles=NEW),
    Case("memshr_fork", (1, 3), "EBUSY", "FORK_NOT_PAUSED", _third, profiles=NEW),
    Case("memshr_fork_reset", (1, 0), "EINVAL", "FORK_FLAGS", profiles=NEW),
    Case("memshr_fork_reset", (1, 5), "EINVAL", "FORK_FLAGS", profiles=NEW),
    Case("memshr_fork_reset", (1, 4, 1), "EINVAL", "FORK_FLAGS", profiles=NEW),
    Case("memshr_fork_reset", (1, 4), "ENOSYS", "FORK_NO_PARENT", profiles=NEW),
    # access
    Case("mem_access_set_multi", (1, None, [(0x10, 7)]), "ENOSYS", "NOT_X86_64", host=X86_32),
    Case("mem_access_set_multi", (9, None, [(0x10, 7)]), "ESRCH", "NO_DOMAIN"),
    Case("mem_access_set_multi", (0, None, [(0x10, 7)]), "EPERM", "TARGET_IS_CALLER"),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7)]),
        "EPERM",
        "NOT_PRIVILEGED",
        _deny(0),
        profiles=OLD,
    ),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7)]),
        "EPERM",
        "NOT_DM_PRIVILEGED",
        _deny(0),
        profiles=NEW,
    ),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7)]),
        "EACCES",
        "XSM_DENIED",
        _deny(1),
        profiles=NEW,
    ),
    Case("mem_access_set_multi", (1, None, [(0x10, 7)]), "EINVAL", "DOMAIN_DYING", _dying),
    Case("mem_access_set_multi", (1, None, [(0x10, 7)]), "ENODEV", "ACCESS_NO_RING"),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7)]),
        "ENOSYS",
        "ACCESS_NO_SUCH_OP",
        _access_ring,
        profiles=OLD,
    ),
    # 4.17: p2m_set_mem_access_multi, pair by pair (the sanity check of mem_access_memop:
    # a domain on shadow paging)
    Case(
        "mem_access_set_multi",
        (5, None, [(0x10, 7)]),
        "EINVAL",
        "ACCESS_SANITY_4_17",
        _shadow_domain,
        profiles=NEW,
    ),
    Case(
        "mem_access_set_multi",
        (1, 2, [(0x10, 7)]),
        "EFAULT",
        "ACCESS_LIST_FAULT",
        _access_ring,
        profiles=NEW,
    ),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7), (0x11, 11)]),
        "EINVAL",
        "ACCESS_VALUE_BAD",
        _access_ring,
        profiles=NEW,
    ),
    Case(
        "mem_access_set_multi",
        (1, None, [(1 << 36, 7)]),
        "EINVAL",
        "ACCESS_GFN_TOO_WIDE",
        _access_ring,
        profiles=NEW,
    ),
    Case(
        "mem_access_set_multi",
        (1, None, [(0x10, 7)]),
        "ENOMEM",
        "ACCESS_P2M_SET",
        _access_ring_then_p2m_fault,
        profiles=NEW,
    ),
    Case("set_access_required", (2, 1), "EPERM", "NOT_PRIVILEGED", caller=PV_GUEST),
    Case("set_access_required", (2, 1), "ENOSYS", "HVM_NO_HYPERCALL", caller=GUEST, profiles=OLD),
    Case("set_access_required", (0, 1), "EPERM", "ACCESS_REQUIRED_SELF"),
    Case("set_access_required", (9, 1), "ESRCH", "NO_DOMAIN"),
    Case("set_access_required", (1, 1), "EACCES", "XSM_DENIED", _deny(1)),
    # memory
    Case("maximum_gpfn", (9,), "ESRCH", "NO_DOMAIN"),
    Case("maximum_gpfn", (1,), "EPERM", "NOT_PRIVILEGED", _deny(0)),
    Case("maximum_gpfn", (1,), "EACCES", "XSM_DENIED", _deny(1)),
]


def _machine(case: Case, profile: str) -> Machine:
    host = HostConfig(**case.host) if case.host else HostConfig()  # type: ignore[arg-type]
    domains = CONFIG.domains
    if case.caller == PV_GUEST:  # the PV guest exists only for the cases it makes the calls of
        domains = (*domains, DomainConfig(PV_GUEST[0], pages=16, pv=True))
    return Machine(MachineConfig(host, domains), profile=profile)


def _ids() -> list[str]:
    return [f"{c.call}-{c.errno}-{c.reason}" for c in CASES]


@pytest.mark.parametrize("case", CASES, ids=_ids())
def test_each_documented_code_with_its_condition(case: Case) -> None:
    for profile in case.profiles:
        m = _machine(case, profile)
        case.setup(m)
        if case.caller is not None:
            with m.caller(*case.caller):
                result = m.call(case.call, *case.args)
        else:
            result = m.call(case.call, *case.args)
        assert (result.errno, result.reason) == (ERRNO[case.errno], reason(case.reason)), (
            profile,
            str(result),
        )
        assert m.documented(case.call, result.errno), (profile, str(result))
        assert m.check() == []


# Codes reached by the behaviour tests below rather than by a case (they need a list shorter
# than the call's count, which only a batch record can give).
ELSEWHERE = {("getdomaininfolist", "EFAULT")}


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", NEW_CALLS)
def test_every_documented_code_has_a_case(name: str, profile: str) -> None:
    reached = {ERRNO[c.errno] for c in CASES if c.call == name and profile in c.profiles}
    reached |= {ERRNO[errno] for call, errno in ELSEWHERE if call == name}
    assert reached == set(BY_NAME[name].errnos(profile))


# ---- behaviour --------------------------------------------------------------------------


def test_createdomain_makes_an_empty_paused_domain_with_the_rover() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    made = m.createdomain(0, 1 | 2)
    assert made.output("domain") == 3  # the rover starts at 1: 1 and 2 are taken
    info = m.getdomaininfo(3).output("info")[0]
    # hvm, paused by the controller; no pages, no vcpus yet (4.2 makes them later)
    assert info == (3, 0xFFFF0000 | 2 | 8, 0, 0, 0, 0, 0, 0xFFFFFFFF)  # no shutdown code yet
    assert m.createdomain(0, 0).output("domain") == 4  # after the rover, PV
    assert m.destroydomain(3).ok
    assert m.createdomain(0, 1).output("domain") == 5  # the rover does not go back
    assert m.createdomain(3, 1).output("domain") == 3  # a free id asked for is used
    assert m.check() == []


def test_destroydomain_kills_at_once_and_finishes_a_dying_domain() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    mapping = m.foreign_map(1, 0x10, 0).output("mapping")
    assert m.destroydomain(1).rc == 0
    assert 1 in m.domain_ids()  # a zombie while its page is mapped
    again = m.destroydomain(1)
    assert (again.rc, again.reason) == (0, reason("KILL_DYING"))
    assert m.getdomaininfo(1).output("info")[0][1] & 1  # dying
    assert m.foreign_unmap(mapping).ok
    assert 1 not in m.domain_ids()
    assert m.check() == []


def test_getdomaininfo_finds_the_next_domain_and_reports_vcpus() -> None:
    m = Machine(CONFIG)
    # hvm_guest 2 and running 32 (getdomaininfo's loop: its vcpus run), two vcpus online
    assert m.getdomaininfo(1).output("info")[0] == (1, 0xFFFF0022, 64, 96, 0, 0, 2, 1)
    assert m.getdomaininfo(0).output("info")[0][:2] == (0, 0xFFFF0020)  # PV dom0
    assert m.domain_pause(2).ok
    assert m.getdomaininfo(2).output("info")[0][1] == 0xFFFF0000 | 2 | 8


def test_getdomaininfolist_fills_records_in_id_order_and_faults_past_the_buffer() -> None:
    m = Machine(CONFIG)
    out = m.getdomaininfolist(1, 8)
    assert out.output("num_domains") == 2
    assert [r[0] for r in out.output("buffer")[:2]] == [1, 2]
    assert m.getdomaininfolist(0, 1).output("num_domains") == 1  # max_domains stops it
    # A buffer with room for one record, asked for three: the second copy faults.
    call = lookup("getdomaininfolist")
    records = np.zeros(1, dtype=CALL_DTYPE)
    records["call"] = call.id
    records[0]["arg"][:3] = (0, 3, (0 << LIST_SHIFT) | 1)
    pool = np.zeros(call.lists[0].stride, dtype=np.uint64)
    result = m.batch(records, pool=pool).results[0]
    assert (int(result["rc"]), int(result["err"])) == (-1, ERRNO["EFAULT"])
    assert int(pool[0]) == 0 and int(pool[6]) == 1  # dom0's record was written


def test_a_denied_domain_before_an_allowed_one_is_skipped() -> None:
    m = Machine(CONFIG)
    assert m.caller_privilege(1, 1).ok  # the XSM policy refuses domain 1, not 2
    out = m.getdomaininfolist(0, 8)
    assert out.output("num_domains") == 2
    assert [r[0] for r in out.output("buffer")[:2]] == [0, 2]


def test_getpageframeinfo3_types_and_its_chunks() -> None:
    m = Machine(CONFIG)
    out = m.getpageframeinfo3(1, None, [0x10, 0x1000, 0x41])
    assert out.output("array") == (0, 0xF0000000, 0xF0000000)
    # The first chunk of 512 is converted before the second one faults.
    result = m.getpageframeinfo3(1, 600, [0x10] * 512)
    assert result.errno == ERRNO["EFAULT"]
    assert result.output("array")[:2] == (0, 0)


def test_setmaxmem_keeps_4_2s_32_bit_max_pages() -> None:
    m = Machine(CONFIG)
    assert m.domain_setmaxmem(1, (1 << 64) - 1).ok  # libxl's "no limit", ~0 KiB
    assert int(m.domain_table()["max_pages"][1]) == (1 << 32) - 1
    assert m.domain_setmaxmem(1, 1 << 40).ok
    assert int(m.domain_table()["max_pages"][1]) == 0  # (2^38 pages) in 32 bits


def test_maximum_gpfn_is_the_high_water_mark_and_unsupported_for_pv() -> None:
    m = Machine(CONFIG)
    assert m.maximum_gpfn(1).rc == 63
    assert m.decrease_reservation(1, None, 0, [63]).rc == 1
    assert m.maximum_gpfn(1).rc == 63  # removing pages does not lower it
    with m.caller(1, 0):
        assert m.maximum_gpfn(DOMID_SELF).rc == 63
    pv = m.maximum_gpfn(0)
    assert pv.unsupported and pv.errno == 0 and pv.rc == -1
    assert "PV" in pv.reason


def test_an_access_violation_nobody_hears_crashes_only_when_access_is_required() -> None:
    for required in (0, 1):
        m = Machine(CONFIG)
        assert m.hvm_set_mem_access(1, 5, 0x10, 1).ok  # rx: a write violates
        assert m.set_access_required(1, required).ok
        write = m.guest_write(1, 0x10, 7, 0)
        if required:
            assert (write.errno, write.reason) == (13, reason("GUEST_ACCESS_REQUIRED_CRASH"))
            assert m.getdomaininfo(1).output("info")[0][1] & 4  # shut down (crashed)
        else:
            assert write.ok  # the restriction is lifted
        assert m.check() == []


def test_snapshot_restore_covers_the_rover_and_access_required() -> None:
    m = Machine(CONFIG)
    before = m.state_digest()
    snap = m.snapshot()
    assert m.createdomain(0, 1).output("domain") == 3
    assert m.set_access_required(1, 1).ok
    assert m.state_digest() != before
    m.restore(snap)
    assert m.state_digest() == before
    assert m.createdomain(0, 1).output("domain") == 3  # the rover was restored too
    m.restore(snap)
    assert m.set_access_required(2, 1).ok
    assert m.state_digest() != before  # access_required is in the digest


def test_a_new_domain_in_a_reused_slot_starts_without_access_required() -> None:
    m = Machine(CONFIG)
    assert m.set_access_required(2, 1).ok
    assert m.domain_destroy(2).ok
    assert m.domain_create(2, 16).ok
    assert m.hvm_set_mem_access(2, 5, 0x1, 1).ok
    assert m.guest_write(2, 0x1, 7, 0).ok  # lifted, not crashed


def test_set_access_multi_sets_each_pair_until_the_first_failure_in_4_17() -> None:
    """p2m_set_mem_access_multi (arch/x86/mm/mem_access.c, RELEASE-4.17.0): each gfn gets
    its own access (10: the default), holes and gfns beyond the p2m are no-ops, and the
    pairs before a failing one stay set."""
    m = Machine(CONFIG, profile="xen-4.17")
    m.set_oracle(True)
    _access_ring(m)
    assert m.mem_access_set_multi(1, entries=[(0x10, 1), (0x11, 10), (0x500, 3)]).ok
    got = [m.hvm_get_mem_access(1, g).output("memaccess") for g in (0x10, 0x11)]
    assert got == [1, 7]  # r; the default (rwx)
    failed = m.mem_access_set_multi(1, entries=[(0x12, 2), (0x13, 11), (0x14, 3)])
    assert failed.errno == ERRNO["EINVAL"]
    got = [m.hvm_get_mem_access(1, g).output("memaccess") for g in (0x12, 0x13, 0x14)]
    assert got == [2, 7, 7]  # the first pair stays set, the walk stopped at the second
    assert m.mem_access_set_multi(1, 0, []).ok  # nothing to do
    assert m.check() == []
