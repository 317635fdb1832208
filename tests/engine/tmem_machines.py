"""Machines and calls the tmem tests share: a host booted with tmem and two guests.

Guest ops run as the guest's vcpu 0 (``guest``); control sub-ops as domain 0, the
toolstack, unless a test says otherwise.  A guest's page at gfn g holds the token
``domid << 20 ^ g`` until something writes it.
"""

from __future__ import annotations

from typing import Any

from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

EPHEMERAL = 0x01000000  # spec version 1, private, ephemeral
PERSIST = 0x01000001
SHARED = 0x2
CLI_NULL = 0xFFFF
HOLE = 0x70  # past the guests' 64 pages: a hole of their p2m
OID = [1, 2, 3]


def config(
    total_frames: int = 2048, pages: int = 64, max_pages: int = 128, **options: int
) -> MachineConfig:
    host = HostConfig(total_frames=total_frames, tmem=options.pop("tmem", 1), **options)
    return MachineConfig(
        host,
        (
            DomainConfig(1, pages=pages, max_pages=max_pages),
            DomainConfig(2, pages=pages, max_pages=max_pages),
        ),
    )


def machine(profile: str = "doc", bugs: tuple[str, ...] = (), **kw: Any) -> Machine:
    m = Machine(config(**kw), profile=profile, bugs=bugs)
    m.set_oracle(True)
    return m


def guest(m: Machine, domid: int, name: str, *args: Any) -> CallResult:
    return m.call(name, *args, caller=(domid, 0))


def new_pool(m: Machine, domid: int, flags: int, uuid: tuple[int, int] = (0, 0)) -> int:
    r = guest(m, domid, "tmem_new_pool", list(uuid), flags)
    assert r.ok, r
    return int(r.output("pool_id"))


def put(m: Machine, domid: int, pool: int, index: int, gfn: int, oid: list[int] = OID) -> None:
    r = guest(m, domid, "tmem_put_page", pool, oid, index, gfn)
    assert r.rc == 1, r


def token(m: Machine, domid: int, gfn: int) -> int:
    return int(m.guest_read(domid, gfn, 0).output("value"))


def initial(domid: int, gfn: int) -> int:
    return (domid << 20) ^ gfn


def listing(result: CallResult) -> str:
    """TMEMC_LIST's buffer as text, up to the NUL after the last line."""
    data = bytes(int(b) for b in result.output("buf"))
    return data.split(b"\0", 1)[0].decode()
