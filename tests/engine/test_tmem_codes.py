"""Every documented code of every tmem call, in each profile: a scenario that reaches it,
checked for the errno and the reason the engine gives, on a machine whose invariants
hold afterwards.  A meta-test keeps the table complete: each (call, profile, condition)
of the catalogue has its case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from tmem_machines import (
    CLI_NULL,
    EPHEMERAL,
    HOLE,
    OID,
    PERSIST,
    SHARED,
    guest,
    machine,
    new_pool,
    put,
)

from haptrace.catalogue import BY_NAME, CATALOGUE, PROFILES, REASONS, Arg, ListArg
from haptrace.catalogue.errnos import (
    EEMPTY,
    EFAULT,
    EFROZEN,
    EINVAL,
    ENODEV,
    ENOENT,
    ENOMEM,
    ENOSPC,
    ENOSYS,
    EPERM,
)
from haptrace.catalogue.tmem import TMEM_PROFILES
from replay import CallResult, Machine

TMEM_CALLS = [c for c in CATALOGUE if c.family.name == "tmem"]
GUEST_OPS = [c.name for c in TMEM_CALLS if c.caller.value == "guest"]
POOL_OPS = [n for n in GUEST_OPS if n not in ("tmem_new_pool", "tmem_destroy_pool")]
CONTROL = [c.name for c in TMEM_CALLS if c.name.startswith("tmem_control_")]
REASON = {r.id: r.text for r in REASONS}
BOTH = TMEM_PROFILES  # xen-4.17 has no tmem: REMOVED_CASES
DOC = ("doc",)


@dataclass(frozen=True)
class Case:
    call: str
    errno: int
    when: str  # words of the documented condition
    reason: str  # the engine's reason id
    run: Callable[[Machine], CallResult]
    profiles: tuple[str, ...] = BOTH
    options: tuple[tuple[str, int], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.call}-{self.reason}"


def plain_args(name: str, **given: Any) -> list[Any]:
    """Well-formed arguments: lists of zeros, domain 1, small numbers."""
    call = BY_NAME[name]
    defaults = {"cmd": 55, "subop": 9, "len": 64, "bufsize": 8192, "pool_id": 0}
    out: list[Any] = []
    for arg in call.input_args:
        if arg.name in given:
            out.append(given[arg.name])
        elif isinstance(arg, ListArg):
            out.append([0] * int(arg.length))
        elif isinstance(arg, Arg) and arg.uses is not None and arg.uses.value == "domain":
            out.append(1)
        else:
            out.append(defaults.get(arg.name, 0))
    return out


def as_guest(name: str, domid: int = 1, **given: Any) -> Callable[[Machine], CallResult]:
    return lambda m: guest(m, domid, name, *plain_args(name, **given))


def as_toolstack(name: str, **given: Any) -> Callable[[Machine], CallResult]:
    return lambda m: m.call(name, *plain_args(name, **given))


def after(setup: Callable[[Machine], Any], then: Callable[[Machine], CallResult]) -> Any:
    def run(m: Machine) -> CallResult:
        setup(m)
        return then(m)

    return run


# ---- the gates -------------------------------------------------------------------------------

GATE_CASES = [
    Case(c.name, ENODEV, "not enabled", "TMEM_DISABLED", as_guest(c.name), options=(("tmem", 0),))
    for c in TMEM_CALLS
]
GATE_CASES += [
    Case(
        name,
        ENOMEM,
        "no tmem client yet",
        "TMEM_NO_CLIENT",
        after(lambda m: m.inject_fault(2, 1), as_guest(name)),
    )
    for name in GUEST_OPS
]
GATE_CASES += [
    Case(
        name,
        ENODEV,
        "slot pool_id is empty",
        "TMEM_NO_POOL",
        as_guest(name, pool_id=3),
    )
    for name in POOL_OPS
]
GATE_CASES += [
    Case(name, EPERM, "not privileged", "TMEM_NOT_PRIVILEGED", as_guest(name), profiles=DOC)
    for name in CONTROL
]


# ---- guest ops -------------------------------------------------------------------------------


def with_pool(flags: int, domid: int = 1) -> Callable[[Machine], Any]:
    return lambda m: new_pool(m, domid, flags)


def with_page(flags: int, gfn: int = 0x10) -> Callable[[Machine], Any]:
    def setup(m: Machine) -> None:
        new_pool(m, 1, flags)
        put(m, 1, 0, 0, gfn)

    return setup


def frozen(flags: int) -> Callable[[Machine], Any]:
    def setup(m: Machine) -> None:
        new_pool(m, 1, flags)
        assert m.tmem_control_freeze(1).ok

    return setup


def migrating(m: Machine) -> None:
    new_pool(m, 1, EPHEMERAL)
    put(m, 1, 0, 0, 0x10)
    assert m.tmem_control_save_begin(1, 1).rc == 1


def at_max_pages(m: Machine) -> None:
    new_pool(m, 1, PERSIST)
    assert m.domain_setmaxmem(1, 64 * 4).ok  # max_pages 64 = tot_pages


def sixteen_pools(m: Machine) -> None:
    for _ in range(16):
        new_pool(m, 1, EPHEMERAL)


def sixteen_shared(m: Machine) -> None:
    for k in range(16):
        new_pool(m, 1, EPHEMERAL | SHARED, (k, 0))


def pool_fault(m: Machine) -> None:
    new_pool(m, 1, EPHEMERAL)  # the client exists: the next allocation is the pool's
    assert m.inject_fault(2, 1).ok


NEW_POOL = "tmem_new_pool"
FLAG_CASES = [
    (0, "spec version", "TMEM_SPEC_VERSION"),
    (EPHEMERAL | 0x10, "page size", "TMEM_PAGE_SIZE"),
    (EPHEMERAL | 0x4, "precompressed", "TMEM_PRECOMPRESSED"),
    (EPHEMERAL | 0x100, "reserved bit", "TMEM_RESERVED_BITS"),
]
GUEST_CASES = [
    Case(NEW_POOL, EPERM, when, why, as_guest(NEW_POOL, flags=flags))
    for flags, when, why in FLAG_CASES
]
GUEST_CASES += [
    Case(
        NEW_POOL,
        ENOMEM,
        "pool cannot be allocated",
        "TMEM_POOL_ALLOC",
        after(pool_fault, as_guest(NEW_POOL, flags=EPHEMERAL)),
    ),
    Case(
        NEW_POOL,
        EPERM,
        "16 pool slots",
        "TMEM_NO_SLOT",
        after(sixteen_pools, as_guest(NEW_POOL, flags=EPHEMERAL)),
    ),
    Case(
        NEW_POOL,
        EPERM,
        "global slots are full",
        "TMEM_NO_SHARED_SLOT",
        after(sixteen_shared, as_guest(NEW_POOL, 2, flags=EPHEMERAL | SHARED, uuid=[99, 0])),
    ),
]
for _name, _extra in (
    ("tmem_new_page", {}),
    ("tmem_put_page", {"cmfn": 0x10}),
    ("tmem_write", {"len": 4096, "cmfn": 0x10}),
):
    GUEST_CASES += [
        Case(
            _name,
            EFROZEN,
            "owner is frozen",
            "TMEM_FROZEN",
            after(frozen(EPHEMERAL), as_guest(_name, oid=OID, **_extra)),
        ),
        Case(
            _name,
            ENOSPC,
            "live-migrating",
            "TMEM_DUP_MIGRATING",
            after(migrating, as_guest(_name, oid=OID, **_extra)),
        ),
        Case(
            _name,
            ENOMEM,
            "no memory for the page",
            "TMEM_MAX_PAGES",
            after(at_max_pages, as_guest(_name, oid=OID, **_extra)),
        ),
    ]
for _name in ("tmem_put_page", "tmem_write"):
    _len = {"len": 4096} if _name == "tmem_write" else {}
    GUEST_CASES.append(
        Case(
            _name,
            EFAULT,
            "not a populated ram_rw gfn",
            "TMEM_BAD_CMFN",
            after(with_pool(EPHEMERAL), as_guest(_name, cmfn=HOLE, **_len)),
        )
    )
for _name in ("tmem_get_page", "tmem_read"):
    _len = {"len": 4096} if _name == "tmem_read" else {}
    GUEST_CASES += [
        Case(
            _name,
            EEMPTY,
            "holds no page",
            "TMEM_EMPTY",
            after(with_pool(PERSIST), as_guest(_name, oid=OID, cmfn=0x11, **_len)),
        ),
        Case(
            _name,
            EFAULT,
            "not a populated ram_rw gfn",
            "TMEM_BAD_CMFN",
            after(with_page(PERSIST), as_guest(_name, oid=OID, cmfn=HOLE, **_len)),
        ),
    ]
for _name in ("tmem_flush_page", "tmem_flush_object"):
    GUEST_CASES.append(
        Case(
            _name,
            EFROZEN,
            "owner is frozen",
            "TMEM_FROZEN",
            after(frozen(PERSIST), as_guest(_name, oid=OID)),
        )
    )
GUEST_CASES += [
    Case(
        "tmem_read",
        EINVAL,
        "above 4096 (the XSA-15",
        "TMEM_RANGE_FIELD",
        after(with_page(PERSIST), as_guest("tmem_read", oid=OID, tmem_offset=5000, cmfn=0x11)),
        profiles=DOC,
    ),
    Case(
        "tmem_read",
        EINVAL,
        "len is not 0",
        "TMEM_RANGE_SUM",
        after(
            with_page(PERSIST), as_guest("tmem_read", oid=OID, tmem_offset=4000, len=200, cmfn=0x11)
        ),
        profiles=DOC,
    ),
    Case(
        "tmem_write",
        EINVAL,
        "above 4096 (the XSA-15",
        "TMEM_RANGE_FIELD",
        after(with_pool(PERSIST), as_guest("tmem_write", oid=OID, len=4097, cmfn=0x10)),
        profiles=DOC,
    ),
    Case(
        "tmem_write",
        EINVAL,
        "len is not 0",
        "TMEM_RANGE_SUM",
        after(
            with_pool(PERSIST), as_guest("tmem_write", oid=OID, pfn_offset=4000, len=200, cmfn=0x10)
        ),
        profiles=DOC,
    ),
]


def auth_full(m: Machine) -> None:
    new_pool(m, 1, EPHEMERAL)
    for k in range(16):
        assert m.tmem_auth(1, [k, 0], 1).rc == 1


def caller_pool(m: Machine) -> None:
    new_pool(m, 1, EPHEMERAL)


def sixteen_shared_and_a_client(m: Machine) -> None:
    sixteen_shared(m)
    assert m.tmem_control_restore_begin(2).rc == 1


RESTORE = "tmem_restore_new_pool"
GUEST_CASES += [
    Case(
        "tmem_auth",
        EINVAL,
        "no domain with a tmem client",
        "TMEM_AUTH_NO_CLIENT",
        as_toolstack("tmem_auth", cli_id=2, auth=1),
    ),
    Case(
        "tmem_auth",
        ENOMEM,
        "entries are full",
        "TMEM_AUTH_FULL",
        after(auth_full, as_toolstack("tmem_auth", cli_id=1, uuid=[99, 0], auth=1)),
    ),
]
GUEST_CASES += [
    Case(RESTORE, EPERM, when, why, after(caller_pool, as_toolstack(RESTORE, flags=flags)))
    for flags, when, why in FLAG_CASES
]
GUEST_CASES += [
    Case(
        RESTORE,
        ENOMEM,
        "pool cannot be allocated",
        "TMEM_POOL_ALLOC",
        after(pool_fault, as_toolstack(RESTORE, cli_id=1, pool_id=1, flags=EPHEMERAL)),
    ),
    Case(
        RESTORE,
        EPERM,
        "or the slot is in use",
        "TMEM_RESTORE_NO_TARGET",
        after(caller_pool, as_toolstack(RESTORE, cli_id=1, pool_id=0, flags=EPHEMERAL)),
    ),
    Case(
        RESTORE,
        EPERM,
        "the caller has no tmem client",
        "TMEM_RESTORE_NO_CALLER_CLIENT",
        as_toolstack(RESTORE, cli_id=CLI_NULL, flags=EPHEMERAL),
    ),
    Case(
        RESTORE,
        EPERM,
        "global slots are full",
        "TMEM_NO_SHARED_SLOT",
        after(
            sixteen_shared_and_a_client,
            as_toolstack(RESTORE, cli_id=2, flags=EPHEMERAL | SHARED, uuid=[99, 0]),
        ),
    ),
]


# ---- control sub-ops -------------------------------------------------------------------------


def client_only(m: Machine) -> None:
    new_pool(m, 1, PERSIST)


NO_CLIENT_SUBOPS = [
    "thaw",
    "freeze",
    "destroy",
    "list",
    "set_weight",
    "set_cap",
    "set_compress",
    "save_get_client_weight",
    "save_get_client_cap",
    "save_get_client_flags",
    "save_end",
]
CONTROL_CASES = [
    Case(
        f"tmem_control_{sub}",
        EPERM,
        "names no",
        "TMEM_CTL_NO_CLIENT",
        as_toolstack(f"tmem_control_{sub}", cli_id=2),
    )
    for sub in NO_CLIENT_SUBOPS
]
CONTROL_CASES += [
    Case(
        f"tmem_control_{sub}",
        EPERM,
        "slot is empty",
        "TMEM_CTL_NO_POOL",
        after(client_only, as_toolstack(f"tmem_control_{sub}", cli_id=1, pool_id=5)),
    )
    for sub in (
        "save_get_pool_flags",
        "save_get_pool_npages",
        "save_get_pool_uuid",
        "save_get_next_page",
        "restore_put_page",
        "restore_flush_page",
    )
]


def weight(value: int) -> Callable[[Machine], Any]:
    def setup(m: Machine) -> None:
        client_only(m)
        assert m.tmem_control_set_weight(1, value).ok
        assert m.tmem_control_set_cap(1, value).ok

    return setup


def restore_frozen(m: Machine) -> None:
    client_only(m)
    assert m.tmem_control_freeze(1).ok


def restore_migrating(m: Machine) -> None:
    new_pool(m, 1, PERSIST)
    put(m, 1, 0, 0, 0x10)
    assert m.tmem_control_save_begin(1, 1).rc == 1


def ephemeral_only(m: Machine) -> None:
    new_pool(m, 1, EPHEMERAL)


RPUT = "tmem_control_restore_put_page"
CONTROL_CASES += [
    Case(
        "tmem_control_flush",
        EPERM,
        "not 0xffff",
        "TMEM_CTL_NOT_ALL",
        as_toolstack("tmem_control_flush", cli_id=1),
    ),
    Case(
        "tmem_control_restore_begin",
        EPERM,
        "has a tmem client already",
        "TMEM_CTL_RESTORE_EXISTS",
        after(client_only, as_toolstack("tmem_control_restore_begin")),
    ),
    Case(
        "tmem_control_save_get_client_weight",
        ENOENT,
        "0xffffffff",
        "TMEM_CTL_SENTINEL",
        after(weight(0xFFFFFFFF), as_toolstack("tmem_control_save_get_client_weight")),
    ),
    Case(
        "tmem_control_save_get_client_cap",
        ENOENT,
        "0xffffffff",
        "TMEM_CTL_SENTINEL",
        after(weight(0xFFFFFFFE), as_toolstack("tmem_control_save_get_client_cap")),
    ),
    Case(
        "tmem_control_save_get_next_page",
        EPERM,
        "the pool is ephemeral",
        "TMEM_CTL_EPHEMERAL",
        after(ephemeral_only, as_toolstack("tmem_control_save_get_next_page")),
    ),
    Case(
        "tmem_control_save_get_next_page",
        ENOMEM,
        "bufsize is below",
        "TMEM_CTL_SMALL_BUFFER",
        after(client_only, as_toolstack("tmem_control_save_get_next_page", bufsize=4127)),
    ),
    Case(
        "tmem_control_save_get_next_page",
        EPERM,
        "holds no page",
        "TMEM_CTL_END_OF_PAGES",
        after(client_only, as_toolstack("tmem_control_save_get_next_page")),
    ),
    Case(
        RPUT,
        EFROZEN,
        "owner is frozen",
        "TMEM_FROZEN",
        after(restore_frozen, as_toolstack(RPUT, bufsize=4096)),
    ),
    Case(
        RPUT,
        ENOSPC,
        "live-migrating",
        "TMEM_DUP_MIGRATING",
        after(restore_migrating, as_toolstack(RPUT, oid=OID, bufsize=4096)),
    ),
    Case(
        RPUT,
        ENOMEM,
        "no memory for the page",
        "TMEM_MAX_PAGES",
        after(at_max_pages, as_toolstack(RPUT, bufsize=4096)),
    ),
    Case(
        RPUT,
        EINVAL,
        "bufsize is above 4096",
        "TMEM_CTL_RESTORE_BIG",
        after(client_only, as_toolstack(RPUT, bufsize=4097)),
        profiles=DOC,
    ),
    Case(
        "tmem_control_restore_flush_page",
        EFROZEN,
        "owner is frozen",
        "TMEM_FROZEN",
        after(restore_frozen, as_toolstack("tmem_control_restore_flush_page")),
    ),
    Case(
        "tmem_control_other",
        EPERM,
        "not defined",
        "TMEM_CTL_UNKNOWN_SUBOP",
        as_toolstack("tmem_control_other"),
    ),
]

# 4.13 removed tmem: every tmem call of the xen-4.17 profile is -ENOSYS, from a guest and
# from the toolstack alike, boot option or not.  These guests are HVM: 4.17's HVM hypercall
# table has no tmem_op, so hvm_hypercall turns them away first (the same ENOSYS).
REMOVED_CASES = [
    Case(
        c.name,
        ENOSYS,
        "removed in 4.13",
        "HVM_NO_HYPERCALL" if c.caller.value == "guest" else "TMEM_REMOVED",
        as_guest(c.name) if c.caller.value == "guest" else as_toolstack(c.name),
        profiles=("xen-4.17",),
    )
    for c in TMEM_CALLS
]

CASES = GATE_CASES + GUEST_CASES + CONTROL_CASES + REMOVED_CASES
RUNS = [(case, profile) for case in CASES for profile in case.profiles]


def test_every_documented_code_of_every_tmem_call_has_a_case() -> None:
    missing = []
    for call in TMEM_CALLS:
        for profile in PROFILES:
            for item in call.codes[profile]:
                if not any(
                    c.call == call.name
                    and c.errno == item.errno
                    and c.when in item.when
                    and profile in c.profiles
                    for c in CASES
                ):
                    missing.append((call.name, profile, item.errno, item.when))
    assert not missing, "\n".join(map(str, missing))


def test_every_case_names_a_documented_condition() -> None:
    for case in CASES:
        for profile in case.profiles:
            conditions = BY_NAME[case.call].conditions(profile, case.errno)
            assert any(case.when in when for when in conditions), (case.id, profile)


@pytest.mark.parametrize(("case", "profile"), RUNS, ids=[f"{c.id}-{p}" for c, p in RUNS])
def test_the_case_reaches_its_code(case: Case, profile: str) -> None:
    m = machine(profile, **dict(case.options))
    result = case.run(m)
    assert result.call.name == case.call
    assert (result.errno, result.reason) == (case.errno, REASON[case.reason]), result
    assert m.documented(case.call, case.errno)
    assert m.check() == []
