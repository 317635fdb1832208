"""The tmem planted bugs' call sequences, for test_planted_bugs_api.py: each on a host
booted with tmem, caught (invariant or undocumented code) with its bug on and clean with
it off, in both profiles.

Two bugs live in the failure path of a get's copy.  In ``xen-4.2`` the only failing copy
is one to a gfn that is not ram_rw; ``doc`` also refuses a range beyond the page, which
the sequences use there so that tmem_cmfn_unchecked (which reports any bad gfn) stays out
of the way when every other bug is on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tmem_machines import EPHEMERAL, HOLE, OID, PERSIST, SHARED, guest, new_pool

from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

Sequence = Callable[[Machine], Iterator[CallResult]]

TMEM_CONFIG = MachineConfig(
    HostConfig(total_frames=512, tmem=1),
    (
        DomainConfig(1, pages=64, max_pages=1000, p2m_size=1024),
        DomainConfig(2, pages=64, max_pages=1000, p2m_size=1024),
    ),
)


def _failing_get(m: Machine, pool: int) -> CallResult:
    if m.profile == "doc":
        return guest(m, 1, "tmem_read", pool, OID, 0, 5000, 0, 4096, 0x11)  # EINVAL
    return guest(m, 1, "tmem_get_page", pool, OID, 0, HOLE)  # EFAULT


def destroy_pool_unchecked(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, EPHEMERAL)
    yield guest(m, 1, "tmem_destroy_pool", 16)


def pool_id_signed(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, PERSIST)
    yield m.tmem_control_save_get_next_page(1, 0x80000000, 8192)
    yield m.tmem_control_restore_flush_page(1, 0xFFFFFFFF, OID, 0)


def save_null_client(m: Machine) -> Iterator[CallResult]:
    yield m.tmem_control_save_get_client_weight(2)  # domain 2 never used tmem


def cmfn_unchecked(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, EPHEMERAL)
    yield guest(m, 1, "tmem_put_page", 0, OID, 0, HOLE)


def copy_overflow(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, PERSIST)
    # Both offsets plus len wrap to 4096 in 32 bits.
    yield guest(m, 1, "tmem_write", 0, OID, 0, 0xFFFFF000, 0xFFFFF000, 0x2000, 0x10)


def get_bad_copy_lock(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, PERSIST)
    yield guest(m, 1, "tmem_put_page", 0, OID, 0, 0x10)
    yield _failing_get(m, 0)
    yield guest(m, 1, "tmem_flush_object", 0, OID)  # spins on the object's lock


def get_bad_copy_orphan(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, EPHEMERAL)
    yield guest(m, 1, "tmem_put_page", 0, OID, 0, 0x10)
    yield _failing_get(m, 0)


def list_overflow(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, EPHEMERAL)
    yield m.tmem_control_list(0xFFFF, 16, 0)  # not even the G= line fits


def destroy_migrating_leak(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, PERSIST)
    yield guest(m, 1, "tmem_put_page", 0, OID, 0, 0x10)
    yield m.tmem_control_save_begin(1, 1)
    yield guest(m, 1, "tmem_destroy_pool", 0)  # leaked while live-migrating
    yield m.domain_destroy(1)


def reassign_splices_all(m: Machine) -> Iterator[CallResult]:
    shared = new_pool(m, 1, EPHEMERAL | SHARED, (7, 0))
    private = new_pool(m, 1, EPHEMERAL)
    yield guest(m, 1, "tmem_put_page", shared, OID, 0, 0x10)
    yield guest(m, 1, "tmem_put_page", private, OID, 0, 0x11)
    yield guest(m, 2, "tmem_new_pool", [7, 0], EPHEMERAL | SHARED)  # joins
    yield guest(m, 1, "tmem_destroy_pool", shared)  # domain 2 becomes the owner


def quit_drops_every_slot(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, EPHEMERAL | SHARED, (7, 0))
    new_pool(m, 2, EPHEMERAL | SHARED, (7, 0))  # domain 2 joins
    second = new_pool(m, 2, EPHEMERAL | SHARED, (7, 0))  # and joins again: two slots
    yield guest(m, 2, "tmem_destroy_pool", second)  # its first slot must stay shared


def relinquish_deadlock(m: Machine) -> Iterator[CallResult]:
    pool = new_pool(m, 2, EPHEMERAL)
    for index in range(3):
        yield guest(m, 2, "tmem_put_page", pool, OID, index, 0x10 + index)
    # Use the heap up to midsize_alloc_zone_pages (512 / 128): tmem is now the only source.
    free = int(m.counters()["free_frames"])
    yield m.populate_physmap(1, None, 0, 0, list(range(64, 64 + free - 4)))
    yield m.tmem_control_restore_put_page(2, pool, [9, 9, 9], 0, 0x1234, 4096)


def save_cursor_dangling(m: Machine) -> Iterator[CallResult]:
    new_pool(m, 1, PERSIST)
    yield guest(m, 1, "tmem_put_page", 0, OID, 0, 0x10)
    yield guest(m, 1, "tmem_put_page", 0, OID, 1, 0x11)
    # The save stream's first step returns the second page: the cursor is on it.
    yield m.tmem_control_save_get_next_page(1, 0, 8192)
    yield guest(m, 1, "tmem_flush_page", 0, OID, 1)  # the page under the cursor
    yield m.tmem_control_save_get_next_page(1, 0, 8192)  # must not step from it


TMEM_SEQUENCES: dict[str, Sequence] = {
    "tmem_destroy_pool_unchecked": destroy_pool_unchecked,
    "tmem_pool_id_signed": pool_id_signed,
    "tmem_save_null_client": save_null_client,
    "tmem_cmfn_unchecked": cmfn_unchecked,
    "tmem_copy_overflow": copy_overflow,
    "tmem_get_bad_copy_lock": get_bad_copy_lock,
    "tmem_get_bad_copy_orphan": get_bad_copy_orphan,
    "tmem_list_overflow": list_overflow,
    "tmem_destroy_migrating_leak": destroy_migrating_leak,
    "tmem_reassign_splices_all": reassign_splices_all,
    "tmem_quit_drops_every_slot": quit_drops_every_slot,
    "tmem_relinquish_deadlock": relinquish_deadlock,
    "tmem_save_cursor_dangling": save_cursor_dangling,
}
TMEM_CAUGHT_BY = {
    "tmem_destroy_pool_unchecked": {"host.memory_safety"},
    "tmem_pool_id_signed": {"host.memory_safety"},
    "tmem_save_null_client": {"host.memory_safety"},
    "tmem_cmfn_unchecked": {"host.memory_safety"},
    "tmem_copy_overflow": {"host.memory_safety"},
    "tmem_get_bad_copy_lock": {"host.liveness"},
    "tmem_get_bad_copy_orphan": {"tmem.2"},
    "tmem_list_overflow": {"host.memory_safety"},
    "tmem_destroy_migrating_leak": {"tmem.1"},
    "tmem_reassign_splices_all": {"tmem.2"},
    "tmem_quit_drops_every_slot": {"tmem.1"},
    "tmem_relinquish_deadlock": {"host.liveness"},
    "tmem_save_cursor_dangling": {"host.memory_safety"},
}
