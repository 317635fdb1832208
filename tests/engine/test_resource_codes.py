"""Every documented code of the resource and grant-table calls (acquire_resource, the
libxenforeignmemory calls, the ioreq servers, gnttab_set_version), and of the domain calls
they brought (domain_set_target, domain_create's grant and trace settings), reached in each
profile through the Python API: each case asserts the errno and the reason, and a last test
checks that the cases reach exactly the codes the catalogue documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from haptrace.catalogue import ENUMS, PROFILES, REASONS, lookup
from haptrace.catalogue.errnos import ERRNO
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

REASON = {r.id: index for index, r in enumerate(REASONS)}
TYPE = ENUMS["resource_type"].values
GRANT, IOREQ, VMTRACE = TYPE["grant_table"], TYPE["ioreq_server"], TYPE["vmtrace_buf"]
BUF = ENUMS["bufioreq"].values
PRIVILEGE = ENUMS["privilege"].values
FAULT = ENUMS["fault_site"].values
PV = ENUMS["domain_flags"].values["pv"]

# 1 and 2 are HVM guests (1 with 2 vcpus), 3 is paravirtualised: a PV domU can call
# acquire_resource (only a translated caller other than the hardware domain cannot).
CONFIG = MachineConfig(
    HostConfig(total_frames=4096),
    (
        DomainConfig(1, pages=64, vcpus=2),
        DomainConfig(2, pages=64),
        DomainConfig(3, pages=64, pv=True, hap=False),
    ),
)


def machine(profile: str, config: MachineConfig = CONFIG) -> Machine:
    m = Machine(config, profile=profile)
    m.set_oracle(True)
    return m


def full_host(profile: str) -> Machine:
    """A host whose every frame is a domain's: nothing left for Xen to allocate."""
    return machine(
        profile,
        MachineConfig(
            HostConfig(total_frames=128), (DomainConfig(1, pages=64), DomainConfig(2, pages=64))
        ),
    )


def zombie(m: Machine) -> None:
    """Domain 1 destroyed while a grant frame of it is mapped: dying, not gone."""
    assert m.map_resource(1, GRANT, 0, 0, 1).ok
    assert m.domain_destroy(1).ok
    assert 1 in m.domain_ids()


def with_server(m: Machine, mode: int = BUF["legacy"]) -> int:
    created = m.ioreq_server_create(1, mode)
    assert created.ok
    return int(created.output("id"))


@dataclass(frozen=True)
class Case:
    call: str
    profiles: tuple[str, ...]
    errno: str
    reason: str
    run: Callable[[Machine], CallResult]
    config: Callable[[str], Machine] = machine


# acquire_resource and dm_op came after 4.2: the doc profile follows RELEASE-4.17.0 there,
# so the xen-4.17 profile answers as doc does (catalogue.common.after_4_2).
DOC = ("doc", "xen-4.17")
OLD = ("xen-4.2",)
BOTH = ("doc", "xen-4.2", "xen-4.17")
# The profiles whose HVM guests go through 4.2's hypercall table (4.17's lets dm_op and
# domctl through: the engine answers those paths unsupported).
TABLE_4_2 = ("doc", "xen-4.2")


def as_caller(domid: int, run: Callable[[Machine], CallResult]) -> Callable[[Machine], CallResult]:
    def call(m: Machine) -> CallResult:
        with m.caller(domid):
            return run(m)

    return call


def _not_dm(m: Machine, call: Callable[[Machine], CallResult]) -> CallResult:
    with m.caller(3):  # a PV guest that is no one's device model
        return call(m)


def _privilege(
    level: str, call: Callable[[Machine], CallResult]
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        assert m.caller_privilege(1, PRIVILEGE[level]).ok
        return call(m)

    return run


def _acquire(
    frame: int = 0,
    nr: int | None = None,
    type_: int = GRANT,
    id_: int = 0,
    frames: int = 1,
    domid: int = 1,
    pad: int = 0,
    start: int = 0,
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        return m.acquire_resource(domid, type_, id_, nr, pad, frame, [0] * frames, start)

    return run


def _size(domid: int = 1, type_: int = GRANT, id_: int = 0) -> Callable[[Machine], CallResult]:
    return lambda m: m.resource_size(domid, type_, id_)


def _map(
    frame: int = 0, nr: int = 1, type_: int = GRANT, id_: int = 0, domid: int = 1
) -> Callable[[Machine], CallResult]:
    return lambda m: m.map_resource(domid, type_, id_, frame, nr)


def _v2_table(m: Machine) -> None:
    with m.caller(1):
        assert m.gnttab_set_version(2).ok


def _then(
    prepare: Callable[[Machine], object], call: Callable[[Machine], CallResult]
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        prepare(m)
        return call(m)

    return run


def _other_emulator(m: Machine) -> CallResult:
    assert m.domain_set_target(3, 1).ok
    with m.caller(3):
        sid = with_server(m)
    return m.acquire_resource(1, IOREQ, sid, None, 0, 1, [0])


def _server_frame(
    frame: int, mode: int = BUF["legacy"], id_: int | None = None, via_map: bool = False
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        sid = with_server(m, mode)
        if via_map:
            return m.map_resource(1, IOREQ, sid if id_ is None else id_, frame, 1)
        return m.acquire_resource(1, IOREQ, sid if id_ is None else id_, None, 0, frame, [0])

    return run


def _server_no_memory(m: Machine) -> CallResult:
    sid = with_server(m)
    return m.acquire_resource(1, IOREQ, sid, None, 0, 1, [0])


def _tracing(m: Machine) -> None:
    assert m.domain_create(5, 16, vcpus=2, vmtrace_frames=4).ok


def _fill_mappings(m: Machine) -> CallResult:
    """255 read-only mappings of grant frame 0 take its reference count to the limit."""
    for _ in range(255):
        assert m.map_resource(1, GRANT, 0, 0, 1, 0).ok
    return m.map_resource(1, GRANT, 0, 0, 1, 0)


def _fill_table(m: Machine) -> CallResult:
    for gfn in range(256):
        assert m.foreign_map(1, gfn % 64, 0).ok
    return m.map_resource(1, GRANT, 0, 0, 1)


def _fill_frames(m: Machine) -> CallResult:
    assert m.domain_create(6, 16, max_grant_frames=64).ok
    for _ in range(64):
        assert m.map_resource(6, GRANT, 0, 0, 64, 0).ok
    return m.map_resource(6, GRANT, 0, 0, 1)


def _dm_op(op: str, domid: int = 1, arg: int = 0) -> Callable[[Machine], CallResult]:
    return lambda m: getattr(m, op)(domid, arg)


def _eight_servers(m: Machine) -> CallResult:
    for _ in range(8):
        with_server(m)
    return m.ioreq_server_create(1, 0)


def _zombie_server(m: Machine) -> CallResult:
    zombie(m)
    return m.ioreq_server_create(1, 0)


def _destroy_by_other(m: Machine) -> CallResult:
    sid = with_server(m)
    assert m.domain_set_target(3, 1).ok
    with m.caller(3):
        return m.ioreq_server_destroy(1, sid)


def _grants(n: int, mapped: int | None = None) -> Callable[[Machine], None]:
    def run(m: Machine) -> None:
        for gfn in range(n):
            assert m.grant_access(1, 0x10 + gfn, 0).ok
        if mapped is not None:
            assert m.grant_map(1, mapped, 0).ok

    return run


def _status_mapped(m: Machine) -> CallResult:
    _v2_table(m)
    assert m.map_resource(1, GRANT, 1, 0, 1).ok
    with m.caller(1):
        return m.gnttab_set_version(1)


CASES: tuple[Case, ...] = (
    # ---- acquire_resource -----------------------------------------------------------------
    Case("acquire_resource", OLD, "ENOSYS", "MEMOP_UNKNOWN_42", _acquire()),
    Case("acquire_resource", DOC, "EACCES", "RES_CALLER_TRANSLATED", as_caller(2, _acquire())),
    Case("acquire_resource", DOC, "EINVAL", "RES_PAD", _acquire(pad=1)),
    Case("acquire_resource", DOC, "EINVAL", "RES_FRAME_RANGE", _acquire(frame=1 << 32)),
    Case("acquire_resource", DOC, "EINVAL", "RES_FRAME_RANGE", _acquire(frame=0xFFFFFFFF)),
    Case("acquire_resource", DOC, "ESRCH", "NO_DOMAIN", _acquire(domid=9)),
    Case("acquire_resource", DOC, "EPERM", "TARGET_IS_CALLER", as_caller(3, _acquire(domid=3))),
    Case("acquire_resource", DOC, "EPERM", "NOT_DM_PRIVILEGED", as_caller(3, _acquire())),
    Case("acquire_resource", DOC, "EPERM", "NOT_DM_PRIVILEGED", _privilege("none", _acquire())),
    Case("acquire_resource", DOC, "EACCES", "XSM_DENIED", _privilege("xsm_deny", _acquire())),
    Case("acquire_resource", DOC, "EINVAL", "RES_NO_FRAMES", _acquire(id_=2)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NO_FRAMES", _acquire(type_=IOREQ, domid=3)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NO_FRAMES", _acquire(type_=VMTRACE)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NO_FRAMES", _acquire(type_=3)),
    Case("acquire_resource", DOC, "EINVAL", "RES_SIZE_QUERY_ARGS", _acquire(nr=2, frames=0)),
    Case("acquire_resource", DOC, "EINVAL", "RES_SIZE_QUERY_ARGS", _acquire(start=1, frames=0)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NR_RANGE", _acquire(nr=0)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NR_RANGE", _acquire(nr=1 << 26)),
    Case("acquire_resource", DOC, "EINVAL", "RES_NR_RANGE", _acquire(nr=2, frames=2, start=2)),
    Case("acquire_resource", DOC, "EINVAL", "GNT_RES_STATUS_V1", _acquire(id_=1)),
    Case("acquire_resource", DOC, "EINVAL", "GNT_RES_BEYOND_MAX", _acquire(frame=32)),
    Case(
        "acquire_resource",
        DOC,
        "EINVAL",
        "GNT_RES_BEYOND_MAX",
        _then(_v2_table, _acquire(id_=1, frame=4)),
    ),
    Case("acquire_resource", DOC, "EINVAL", "GNT_RES_NO_MEMORY", _acquire(), full_host),
    Case("acquire_resource", DOC, "EINVAL", "GNT_RES_DYING", _then(zombie, _acquire(frame=1))),
    Case("acquire_resource", DOC, "EINVAL", "IOREQ_ID_WIDE", _acquire(type_=IOREQ, id_=1 << 16)),
    Case("acquire_resource", DOC, "ENOENT", "IOREQ_NO_SERVER", _acquire(type_=IOREQ, frame=1)),
    Case("acquire_resource", DOC, "EPERM", "IOREQ_NOT_EMULATOR", _other_emulator),
    Case("acquire_resource", DOC, "ENOMEM", "IOREQ_NO_MEMORY", _server_no_memory, full_host),
    Case("acquire_resource", DOC, "ENOENT", "IOREQ_NO_BUFIOREQ", _server_frame(0, BUF["off"])),
    Case("acquire_resource", DOC, "EINVAL", "IOREQ_BAD_FRAME", _server_frame(2)),
    Case(
        "acquire_resource",
        DOC,
        "ENOENT",
        "VMTRACE_NO_VCPU",
        _then(_tracing, _acquire(type_=VMTRACE, id_=2, domid=5)),
    ),
    Case(
        "acquire_resource",
        DOC,
        "EINVAL",
        "VMTRACE_BEYOND",
        _then(_tracing, _acquire(type_=VMTRACE, frame=3, nr=2, frames=2, domid=5)),
    ),
    Case("acquire_resource", DOC, "EFAULT", "RES_LIST_SHORT", _acquire(nr=2, frames=1)),
    # ---- resource_size --------------------------------------------------------------------
    Case("resource_size", OLD, "ENOSYS", "MEMOP_UNKNOWN_42", _size()),
    Case("resource_size", DOC, "EACCES", "RES_CALLER_TRANSLATED", as_caller(2, _size())),
    Case("resource_size", DOC, "ESRCH", "NO_DOMAIN", _size(domid=9)),
    Case("resource_size", DOC, "EPERM", "TARGET_IS_CALLER", as_caller(3, _size(domid=3))),
    Case("resource_size", DOC, "EPERM", "NOT_DM_PRIVILEGED", as_caller(3, _size())),
    Case("resource_size", DOC, "EACCES", "XSM_DENIED", _privilege("xsm_deny", _size())),
    Case("resource_size", DOC, "EINVAL", "RES_NO_FRAMES", _size(type_=3)),
    # ---- map_resource ---------------------------------------------------------------------
    Case("map_resource", OLD, "ENOSYS", "MEMOP_UNKNOWN_42", _map()),
    Case("map_resource", DOC, "EACCES", "RES_CALLER_TRANSLATED", as_caller(2, _map())),
    Case("map_resource", DOC, "EINVAL", "RES_FRAME_RANGE", _map(frame=0xFFFFFFFF)),
    Case("map_resource", DOC, "ESRCH", "NO_DOMAIN", _map(domid=9)),
    Case("map_resource", DOC, "EPERM", "TARGET_IS_CALLER", as_caller(3, _map(domid=3))),
    Case("map_resource", DOC, "EPERM", "NOT_DM_PRIVILEGED", as_caller(3, _map())),
    Case("map_resource", DOC, "EACCES", "XSM_DENIED", _privilege("xsm_deny", _map())),
    Case("map_resource", DOC, "EINVAL", "RES_NO_FRAMES", _map(type_=VMTRACE)),
    Case("map_resource", DOC, "EINVAL", "GNT_RES_STATUS_V1", _map(id_=1)),
    Case("map_resource", DOC, "EINVAL", "GNT_RES_BEYOND_MAX", _map(frame=31, nr=2)),
    Case("map_resource", DOC, "EINVAL", "IOREQ_ID_WIDE", _map(type_=IOREQ, id_=1 << 16)),
    Case("map_resource", DOC, "ENOENT", "IOREQ_NO_SERVER", _map(type_=IOREQ)),
    Case(
        "map_resource",
        DOC,
        "EPERM",
        "IOREQ_NOT_EMULATOR",
        lambda m: (m.domain_set_target(3, 1), _not_dm_server(m))[1],
    ),
    Case(
        "map_resource", DOC, "ENOMEM", "IOREQ_NO_MEMORY", _server_frame(1, via_map=True), full_host
    ),
    Case(
        "map_resource",
        DOC,
        "ENOENT",
        "IOREQ_NO_BUFIOREQ",
        _server_frame(0, BUF["off"], via_map=True),
    ),
    Case("map_resource", DOC, "EINVAL", "IOREQ_BAD_FRAME", _server_frame(2, via_map=True)),
    Case(
        "map_resource",
        DOC,
        "ENOENT",
        "VMTRACE_NO_VCPU",
        _then(_tracing, _map(type_=VMTRACE, id_=3, domid=5)),
    ),
    Case(
        "map_resource",
        DOC,
        "EINVAL",
        "VMTRACE_BEYOND",
        _then(_tracing, _map(type_=VMTRACE, frame=4, domid=5)),
    ),
    Case("map_resource", DOC, "ENOSPC", "MAP_REFS_LIMIT", _fill_mappings),
    Case("map_resource", DOC, "ENOSPC", "MAP_TABLE_FULL", _fill_table),
    Case("map_resource", DOC, "ENOSPC", "RES_MAPPED_FULL", _fill_frames),
    # ---- unmap_resource -------------------------------------------------------------------
    Case("unmap_resource", BOTH, "EINVAL", "RES_NOT_A_MAPPING", lambda m: m.unmap_resource(0)),
    Case(
        "unmap_resource",
        BOTH,
        "EINVAL",
        "RES_NOT_A_MAPPING",
        lambda m: m.unmap_resource(m.foreign_map(1, 0x10, 0).output("mapping")),
    ),
    # ---- ioreq servers --------------------------------------------------------------------
    Case("ioreq_server_create", OLD, "ENOSYS", "DM_OP_UNKNOWN_42", _dm_op("ioreq_server_create")),
    # 4.2's hvm_hypercall64_table has no dm_op: an HVM guest's is ENOSYS in both profiles.
    Case(
        "ioreq_server_create",
        TABLE_4_2,
        "ENOSYS",
        "HVM_NO_HYPERCALL",
        as_caller(2, _dm_op("ioreq_server_create")),
    ),
    Case("ioreq_server_create", DOC, "ESRCH", "NO_DOMAIN", _dm_op("ioreq_server_create", 9)),
    Case(
        "ioreq_server_create",
        DOC,
        "EPERM",
        "TARGET_IS_CALLER",
        as_caller(3, _dm_op("ioreq_server_create", 3)),
    ),
    Case("ioreq_server_create", DOC, "EINVAL", "NOT_HVM", _dm_op("ioreq_server_create", 3)),
    Case(
        "ioreq_server_create",
        DOC,
        "EPERM",
        "NOT_DM_PRIVILEGED",
        as_caller(3, _dm_op("ioreq_server_create")),
    ),
    Case(
        "ioreq_server_create",
        DOC,
        "EACCES",
        "XSM_DENIED",
        _privilege("xsm_deny", _dm_op("ioreq_server_create")),
    ),
    Case(
        "ioreq_server_create",
        DOC,
        "EINVAL",
        "IOREQ_BAD_BUFIOREQ",
        _dm_op("ioreq_server_create", 1, 3),
    ),
    Case(
        "ioreq_server_create",
        DOC,
        "ENOMEM",
        "IOREQ_NO_STRUCT",
        _then(lambda m: m.inject_fault(FAULT["xen_alloc"], 1), _dm_op("ioreq_server_create")),
    ),
    Case("ioreq_server_create", DOC, "ENOSPC", "IOREQ_TABLE_FULL", _eight_servers),
    Case("ioreq_server_create", DOC, "EINVAL", "IOREQ_DYING", _zombie_server),
    Case("ioreq_server_destroy", OLD, "ENOSYS", "DM_OP_UNKNOWN_42", _dm_op("ioreq_server_destroy")),
    Case(
        "ioreq_server_destroy",
        TABLE_4_2,
        "ENOSYS",
        "HVM_NO_HYPERCALL",
        as_caller(2, _dm_op("ioreq_server_destroy")),
    ),
    Case("ioreq_server_destroy", DOC, "ESRCH", "NO_DOMAIN", _dm_op("ioreq_server_destroy", 9)),
    Case(
        "ioreq_server_destroy",
        DOC,
        "EPERM",
        "TARGET_IS_CALLER",
        as_caller(3, _dm_op("ioreq_server_destroy", 3)),
    ),
    Case("ioreq_server_destroy", DOC, "EINVAL", "NOT_HVM", _dm_op("ioreq_server_destroy", 3)),
    Case(
        "ioreq_server_destroy",
        DOC,
        "EPERM",
        "NOT_DM_PRIVILEGED",
        as_caller(3, _dm_op("ioreq_server_destroy")),
    ),
    Case(
        "ioreq_server_destroy",
        DOC,
        "EACCES",
        "XSM_DENIED",
        _privilege("xsm_deny", _dm_op("ioreq_server_destroy")),
    ),
    Case("ioreq_server_destroy", DOC, "ENOENT", "IOREQ_NO_SERVER", _dm_op("ioreq_server_destroy")),
    Case("ioreq_server_destroy", DOC, "EPERM", "IOREQ_NOT_EMULATOR", _destroy_by_other),
    # ---- gnttab_set_version ---------------------------------------------------------------
    Case(
        "gnttab_set_version",
        BOTH,
        "EINVAL",
        "GNT_VERSION_BAD",
        as_caller(1, lambda m: m.gnttab_set_version(3)),
    ),
    Case(
        "gnttab_set_version",
        BOTH,
        "EBUSY",
        "GNT_ENTRIES_IN_USE",
        _then(_grants(9, mapped=8), as_caller(1, lambda m: m.gnttab_set_version(2))),
    ),
    Case("gnttab_set_version", DOC, "EBUSY", "GNT_STATUS_MAPPED", _status_mapped),
    # ---- domain_set_target ----------------------------------------------------------------
    Case(
        "domain_set_target",
        BOTH,
        "EPERM",
        "NOT_PRIVILEGED",
        as_caller(3, lambda m: m.domain_set_target(3, 1)),
    ),
    Case("domain_set_target", BOTH, "ESRCH", "NO_DOMAIN", lambda m: m.domain_set_target(9, 1)),
    # 4.2's hvm_hypercall64_table has no domctl: an HVM guest's is ENOSYS.
    Case(
        "domain_set_target",
        TABLE_4_2,
        "ENOSYS",
        "HVM_NO_HYPERCALL",
        as_caller(2, lambda m: m.domain_set_target(3, 1)),
    ),
    Case(
        "domain_set_target",
        BOTH,
        "ESRCH",
        "SET_TARGET_NO_TARGET",
        lambda m: m.domain_set_target(3, 9),
    ),
    Case(
        "domain_set_target", BOTH, "EINVAL", "SET_TARGET_TAKEN", lambda m: m.domain_set_target(3, 3)
    ),
    Case(
        "domain_set_target",
        BOTH,
        "EINVAL",
        "SET_TARGET_TAKEN",
        _then(lambda m: m.domain_set_target(3, 1), lambda m: m.domain_set_target(3, 2)),
    ),
    Case(
        "domain_set_target",
        BOTH,
        "EACCES",
        "XSM_DENIED",
        _then(
            lambda m: m.caller_privilege(3, PRIVILEGE["xsm_deny"]),
            lambda m: m.domain_set_target(3, 1),
        ),
    ),
    # ---- domain_create's new settings -----------------------------------------------------
    Case(
        "domain_create",
        DOC,
        "EINVAL",
        "CREATE_BAD_GRANT_FRAMES",
        lambda m: m.domain_create(5, 16, max_grant_frames=65),
    ),
    Case(
        "domain_create",
        OLD,
        "EINVAL",
        "CREATE_BAD_GRANT_FRAMES",
        lambda m: m.domain_create(5, 16, max_grant_frames=40),
    ),
    Case(
        "domain_create",
        DOC,
        "EINVAL",
        "CREATE_BAD_VMTRACE",
        lambda m: m.domain_create(5, 16, vmtrace_frames=3),
    ),
    Case(
        "domain_create",
        DOC,
        "EINVAL",
        "CREATE_BAD_VMTRACE",
        lambda m: m.domain_create(5, 16, vmtrace_frames=1 << 15),
    ),
    Case(
        "domain_create",
        DOC,
        "EINVAL",
        "CREATE_BAD_VMTRACE",
        lambda m: m.domain_create(5, 16, flags=PV, vmtrace_frames=4),
    ),
    Case(
        "domain_create",
        OLD,
        "EINVAL",
        "CREATE_BAD_VMTRACE",
        lambda m: m.domain_create(5, 16, vmtrace_frames=4),
    ),
    Case(
        "domain_create",
        DOC,
        "ENOMEM",
        "CREATE_NO_MEMORY",
        lambda m: m.domain_create(5, 16, vcpus=8, vmtrace_frames=512),
    ),
    # ---- remove_from_physmap: pinned gfns (doc) -------------------------------------------
)


def _not_dm_server(m: Machine) -> CallResult:
    with m.caller(3):
        sid = with_server(m)
    return m.map_resource(1, IOREQ, sid, 1, 1)


def _ids(case: Case) -> str:
    return f"{case.call}-{case.reason}"


PARAMS = [(case, profile) for case in CASES for profile in case.profiles]


@pytest.mark.parametrize(("case", "profile"), PARAMS, ids=[f"{_ids(c)}-{p}" for c, p in PARAMS])
def test_the_documented_code_and_its_reason(case: Case, profile: str) -> None:
    m = case.config(profile)
    result = case.run(m)
    assert (result.errno_name, result.reason) == (case.errno, REASONS[REASON[case.reason]].text)
    assert m.documented(case.call, result.errno)
    assert m.check() == []


def test_non_hvm_host_refuses_trace_buffers() -> None:
    m = Machine(MachineConfig(HostConfig(vendor="amd"), (DomainConfig(1, pages=16),)))
    created = m.domain_create(5, 16, vmtrace_frames=4)
    assert (created.errno_name, created.reason_id) == ("EINVAL", REASON["CREATE_BAD_VMTRACE"])


FAMILY_CALLS = (
    "acquire_resource",
    "resource_size",
    "map_resource",
    "unmap_resource",
    "ioreq_server_create",
    "ioreq_server_destroy",
    "gnttab_set_version",
    "domain_set_target",
)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", FAMILY_CALLS)
def test_the_cases_reach_every_documented_code(name: str, profile: str) -> None:
    reached = {ERRNO[c.errno] for c in CASES if c.call == name and profile in c.profiles}
    assert reached == set(lookup(name).errnos(profile))
