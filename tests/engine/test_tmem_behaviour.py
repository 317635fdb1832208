"""tmem's behaviour through the Python API (issue 11): what a get gives back and whether it
gives the page up, the frozen and empty special results, persistent pages charged to the
guest, ephemeral pages evicted in LRU order under memory pressure (deterministically),
shared pools, the control sub-ops (destroy is a thaw), the text report, save and restore,
authorisation, domain teardown, and the refusals of what the engine does not model."""

from __future__ import annotations

import pytest
from tmem_machines import (
    CLI_NULL,
    EPHEMERAL,
    HOLE,
    OID,
    PERSIST,
    SHARED,
    guest,
    initial,
    listing,
    machine,
    new_pool,
    put,
    token,
)

from haptrace.catalogue import REASONS
from haptrace.catalogue.errnos import EEMPTY, EFAULT, EFROZEN, EINVAL, ENODEV, ENOMEM, ENOSPC, EPERM
from haptrace.catalogue.tmem import TMEM_PROFILES
from haptrace.errors import InvalidArgument
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

REASON = {r.id: r.text for r in REASONS}


def get(m: Machine, domid: int, pool: int, index: int, gfn: int, oid: list[int] = OID) -> int:
    result = guest(m, domid, "tmem_get_page", pool, oid, index, gfn)
    return result.rc if result.ok else -result.errno


def npages(m: Machine, domid: int, pool: int) -> int:
    return m.tmem_control_save_get_pool_npages(domid, pool).rc


def tot_pages(m: Machine, domid: int) -> int:
    return int(m.counters()["domains"][domid]["tot_pages"])


# ---- copies both ways ------------------------------------------------------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_a_put_then_a_get_into_another_gfn_gives_that_gfn_the_put_content(profile: str) -> None:
    m = machine(profile)
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    assert m.guest_write(1, 0x10, 0xABCD).ok  # the guest's page changes; tmem's copy does not
    assert get(m, 1, pool, 0, 0x20) == 1
    assert token(m, 1, 0x20) == initial(1, 0x10)
    new_page = guest(m, 1, "tmem_new_page", pool, OID, 1)
    assert new_page.rc == 1
    assert get(m, 1, pool, 1, 0x21) == 1 and token(m, 1, 0x21) == 0  # a page of zeroes
    assert m.check() == []


def test_partial_reads_and_writes_touch_only_what_they_name() -> None:
    m = machine()
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    before = token(m, 1, 0x30)
    # A read of nothing copies nothing; a read of part of the page makes a new token.
    assert guest(m, 1, "tmem_read", pool, OID, 0, 0, 0, 0, 0x30).rc == 1
    assert token(m, 1, 0x30) == before
    assert guest(m, 1, "tmem_read", pool, OID, 0, 0, 0, 100, 0x30).rc == 1
    assert token(m, 1, 0x30) not in (before, initial(1, 0x10))
    # A whole-page read and write are a get and a put.
    assert guest(m, 1, "tmem_write", pool, OID, 0, 0, 0, 4096, 0x11).rc == 1
    assert guest(m, 1, "tmem_read", pool, OID, 0, 0, 0, 4096, 0x31).rc == 1
    assert token(m, 1, 0x31) == initial(1, 0x11)
    assert m.check() == []


def test_xen_4_2_copies_nothing_for_a_range_beyond_the_page_and_succeeds() -> None:
    m = machine("xen-4.2")
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    before = token(m, 1, 0x30)
    read = guest(m, 1, "tmem_read", pool, OID, 0, 5000, 0, 100, 0x30)
    assert (read.rc, read.reason) == (1, REASON["TMEM_RANGE_IGNORED"])
    assert token(m, 1, 0x30) == before
    write = guest(m, 1, "tmem_write", pool, OID, 0, 4000, 0, 200, 0x11)
    assert write.rc == 1  # the page now holds a fresh frame's stale content
    doc = machine("doc")
    new_pool(doc, 1, PERSIST)
    assert guest(doc, 1, "tmem_write", 0, OID, 0, 4000, 0, 200, 0x11).errno == EINVAL
    assert m.check() == [] and doc.check() == []


def test_with_compression_a_bad_cmfn_is_found_before_a_bad_range() -> None:
    """do_tmem_put_compress reads the whole source page before the copy checks the range:
    a client that compresses gets EFAULT where one that does not gets EINVAL."""
    for compress, errno in ((1, EFAULT), (0, EINVAL)):
        m = machine(tmem_compress=compress)
        pool = new_pool(m, 1, PERSIST)
        assert m.tmem_control_save_get_client_flags(1).rc == compress
        assert guest(m, 1, "tmem_write", pool, OID, 0, 0, 0, 5000, HOLE).errno == errno


# ---- destructive and non-destructive gets -----------------------------------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_a_get_from_a_private_ephemeral_pool_is_destructive(profile: str) -> None:
    m = machine(profile)
    pool = new_pool(m, 1, EPHEMERAL)
    put(m, 1, pool, 0, 0x10)
    put(m, 1, pool, 1, 0x11)
    first = guest(m, 1, "tmem_get_page", pool, OID, 0, 0x20)
    assert (first.rc, first.reason) == (1, REASON["TMEM_GET_DESTRUCTIVE"])
    assert token(m, 1, 0x20) == initial(1, 0x10)
    assert get(m, 1, pool, 0, 0x20) == 0  # gone: a miss
    assert get(m, 1, pool, 1, 0x21) == 1
    assert get(m, 1, pool, 1, 0x21) == -EEMPTY  # the pool is empty now
    assert m.check() == []


@pytest.mark.parametrize("flags", [EPHEMERAL | SHARED, PERSIST, PERSIST | SHARED])
def test_gets_from_shared_and_persistent_pools_keep_the_page(flags: int) -> None:
    m = machine()
    pool = new_pool(m, 1, flags, (5, 6))
    put(m, 1, pool, 0, 0x10)
    for gfn in (0x20, 0x21, 0x22):
        assert get(m, 1, pool, 0, gfn) == 1
        assert token(m, 1, gfn) == initial(1, 0x10)
    assert npages(m, 1, pool) == 1
    assert m.check() == []


def test_a_failed_copy_loses_a_private_ephemeral_page_but_not_a_persistent_one() -> None:
    m = machine()
    ephemeral, persistent = new_pool(m, 1, EPHEMERAL), new_pool(m, 1, PERSIST)
    for pool in (ephemeral, persistent):
        put(m, 1, pool, 0, 0x10)
        assert get(m, 1, pool, 0, HOLE) == -EFAULT
    assert get(m, 1, ephemeral, 0, 0x20) == -EEMPTY
    assert get(m, 1, persistent, 0, 0x20) == 1
    assert m.check() == []


# ---- frozen and empty --------------------------------------------------------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_a_frozen_owner_takes_no_new_key_but_dup_puts_gets_and_flushes_work(profile: str) -> None:
    m = machine(profile)
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    put(m, 1, pool, 1, 0x11)
    assert m.tmem_control_freeze(1).ok
    new_key = guest(m, 1, "tmem_put_page", pool, OID, 2, 0x12)
    assert (new_key.errno, new_key.reason) == (EFROZEN, REASON["TMEM_FROZEN"])
    assert npages(m, 1, pool) == 2
    assert guest(m, 1, "tmem_put_page", pool, OID, 0, 0x13).rc == 1  # a dup put
    assert get(m, 1, pool, 0, 0x20) == 1 and token(m, 1, 0x20) == initial(1, 0x13)
    flushed = guest(m, 1, "tmem_flush_page", pool, OID, 1)
    assert flushed.errno == EFROZEN  # said after the flush was done
    assert npages(m, 1, pool) == 1
    assert m.tmem_control_thaw(1).ok
    assert guest(m, 1, "tmem_put_page", pool, OID, 2, 0x12).rc == 1
    assert m.check() == []


def test_the_frozen_flag_is_the_pool_owners_not_the_callers() -> None:
    m = machine()
    pool1 = new_pool(m, 1, EPHEMERAL | SHARED, (1, 1))
    pool2 = new_pool(m, 2, EPHEMERAL | SHARED, (1, 1))  # joins domain 1's pool
    assert m.tmem_control_freeze(2).ok  # the joiner: no effect on the pool
    assert guest(m, 2, "tmem_put_page", pool2, OID, 0, 0x10).rc == 1
    assert m.tmem_control_thaw(2).ok and m.tmem_control_freeze(1).ok
    assert guest(m, 2, "tmem_put_page", pool2, OID, 1, 0x11).errno == EFROZEN
    assert guest(m, 1, "tmem_put_page", pool1, OID, 1, 0x11).errno == EFROZEN
    assert m.check() == []


def test_destroy_only_thaws() -> None:
    m = machine()
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    assert m.tmem_control_freeze(CLI_NULL).ok
    assert guest(m, 1, "tmem_put_page", pool, OID, 1, 0x11).errno == EFROZEN
    assert m.tmem_control_destroy(1).rc == 0
    assert npages(m, 1, pool) == 1  # nothing was destroyed
    assert guest(m, 1, "tmem_put_page", pool, OID, 1, 0x11).rc == 1  # and it is thawed
    assert m.check() == []


# ---- persistent pages are charged -------------------------------------------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_persistent_pages_count_in_tot_pages_up_to_max_pages(profile: str) -> None:
    m = machine(profile, max_pages=70)
    pool = new_pool(m, 1, PERSIST)
    for index in range(6):
        put(m, 1, pool, index, 0x10 + index)
    assert tot_pages(m, 1) == 70
    full = guest(m, 1, "tmem_put_page", pool, OID, 6, 0x16)
    assert (full.errno, full.reason) == (ENOMEM, REASON["TMEM_MAX_PAGES"])
    assert guest(m, 1, "tmem_flush_page", pool, OID, 0).rc == 1
    assert tot_pages(m, 1) == 69
    put(m, 1, pool, 6, 0x16)
    # Ephemeral pages are Xen's: they do not count.
    ephemeral = new_pool(m, 1, EPHEMERAL)
    put(m, 1, ephemeral, 0, 0x17)
    assert tot_pages(m, 1) == 70
    assert m.check() == []


def test_a_shared_persistent_pool_charges_its_owner_for_every_sharers_page() -> None:
    m = machine()
    new_pool(m, 1, PERSIST | SHARED, (3, 3))
    pool2 = new_pool(m, 2, PERSIST | SHARED, (3, 3))
    put(m, 2, pool2, 0, 0x10)
    assert (tot_pages(m, 1), tot_pages(m, 2)) == (65, 64)
    assert m.check() == []


# ---- eviction --------------------------------------------------------------------------------


def pressure(**options: int) -> Machine:
    """512 frames (midsize 4), and 264 of them free: five ephemeral puts keep the 256-page
    floor of tmem_ensure_avail_pages, the sixth evicts."""
    config = MachineConfig(
        HostConfig(total_frames=512, tmem=1, **options),
        (
            DomainConfig(1, pages=64, max_pages=1000, p2m_size=1024),
            DomainConfig(2, pages=184, max_pages=1000, p2m_size=1024),
        ),
    )
    m = Machine(config)
    m.set_oracle(True)
    assert m.counters()["free_frames"] == 264
    return m


def survivors(m: Machine, domid: int, pool: int, indexes: range) -> list[int]:
    """Which keys the pool still holds (a shared or persistent pool: gets keep them)."""
    return [i for i in indexes if get(m, domid, pool, i, 0x3F) == 1]


def test_puts_evict_the_oldest_ephemeral_page_to_keep_1_mib_free() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL | SHARED, (9, 9))
    for index in range(8):
        put(m, 1, pool, index, 0x10 + index)
    assert npages(m, 1, pool) == 5
    assert m.counters()["free_frames"] == 259
    assert survivors(m, 1, pool, range(8)) == [3, 4, 5, 6, 7]
    assert "Et:3,Ea:3," in listing(m.tmem_control_list(CLI_NULL, 4096, 0))
    assert m.check() == []


def test_a_shared_get_refreshes_the_lru_and_persistent_pages_are_never_evicted() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL | SHARED, (9, 9))
    persistent = new_pool(m, 1, PERSIST)
    put(m, 1, persistent, 0, 0x30)
    for index in range(4):
        put(m, 1, pool, index, 0x10 + index)
    assert get(m, 1, pool, 0, 0x20) == 1  # page 0 goes to the tail
    put(m, 1, pool, 4, 0x14)
    put(m, 1, pool, 5, 0x15)
    # The persistent page took a frame too: page 4's put evicted page 1 (the oldest now
    # that page 0 moved to the tail), page 5's evicted page 2.
    assert survivors(m, 1, pool, range(6)) == [0, 3, 4, 5]
    assert npages(m, 1, persistent) == 1
    assert m.check() == []


def test_eviction_is_deterministic() -> None:
    def run() -> tuple[int, list[int]]:
        m = pressure()
        pool = new_pool(m, 1, EPHEMERAL | SHARED, (9, 9))
        other = new_pool(m, 2, EPHEMERAL)
        for index in range(12):
            put(m, 1 + index % 2, pool if index % 2 == 0 else other, index, 0x10 + index)
            if index % 3 == 0:
                get(m, 1, pool, index, 0x30)
        return m.state_digest(), survivors(m, 1, pool, range(12))

    assert run() == run()


def test_write_does_not_keep_the_floor() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL)
    for index in range(5):
        put(m, 1, pool, index, 0x10 + index)
    assert guest(m, 1, "tmem_write", pool, OID, 9, 0, 0, 4096, 0x19).rc == 1
    assert npages(m, 1, pool) == 6  # TMEM_WRITE does not call tmem_ensure_avail_pages
    assert m.check() == []


def test_a_client_whose_share_is_below_its_weight_share_evicts_from_its_own_list() -> None:
    """client_over_quota as written: the caller's share of the ephemeral pages below its
    share of the weights sends the eviction to the caller's own list."""
    for weighted, expected in ((False, ([1, 2, 3], [0, 1])), (True, ([0, 1, 2, 3], [1]))):
        m = pressure()
        pool1 = new_pool(m, 1, EPHEMERAL | SHARED, (1, 0))
        pool2 = new_pool(m, 2, EPHEMERAL | SHARED, (2, 0))
        for index in range(4):
            put(m, 1, pool1, index, 0x10 + index)
        put(m, 2, pool2, 0, 0x10)
        if weighted:
            assert m.tmem_control_set_weight(CLI_NULL, 1).ok
        put(m, 2, pool2, 1, 0x11)  # the floor: one page goes
        assert (survivors(m, 1, pool1, range(4)), survivors(m, 2, pool2, range(2))) == expected
        assert m.check() == []


def test_allocations_under_scarcity_take_ephemeral_pages_and_flush_gives_frames_back() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL | SHARED, (9, 9))
    for index in range(5):
        put(m, 1, pool, index, 0x10 + index)
    # The heap down to midsize_alloc_zone_pages (512 / 128 = 4): tmem is the only source.
    assert m.populate_physmap(1, None, 0, 0, list(range(100, 355))).rc == 255
    assert m.counters()["free_frames"] == 4
    assert m.populate_physmap(1, None, 0, 0, [400, 401]).rc == 2  # from tmem
    assert m.counters()["free_frames"] == 4
    assert survivors(m, 1, pool, range(5)) == [2, 3, 4]
    assert token(m, 1, 400) == 0  # scrubbed for its new owner
    text = listing(m.tmem_control_list(CLI_NULL, 4096, 0))
    assert "Et:2,Ea:2,Rt:2,Ra:2,Rx:1," in text
    # TMEMC_FLUSH: evict until tmem holds 2 free frames, then give them to the heap.
    flushed = m.tmem_control_flush(CLI_NULL, 8)
    assert flushed.rc == 8
    assert m.counters()["free_frames"] == 6
    assert survivors(m, 1, pool, range(5)) == [4]
    assert m.tmem_control_query_freeable_mb().rc == 0
    assert m.check() == []


def test_a_huge_extent_fails_under_scarcity_although_the_heap_has_frames() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL)
    put(m, 1, pool, 0, 0x10)
    assert m.populate_physmap(1, None, 0, 0, list(range(100, 357))).rc == 257
    assert m.counters()["free_frames"] == 6
    assert m.populate_physmap(1, 1, 1, 0, [500]).rc == 1  # order 1: the heap serves it
    big = Machine(
        MachineConfig(
            HostConfig(total_frames=2048, tmem=1),
            (DomainConfig(1, pages=64, max_pages=4000, p2m_size=4096),),
        )
    )
    new_pool(big, 1, EPHEMERAL)
    put(big, 1, 0, 0, 0x10)
    free = int(big.counters()["free_frames"])
    assert big.populate_physmap(1, None, 0, 0, list(range(100, 100 + free - 16))).ok
    assert big.populate_physmap(1, 1, 9, 0, [2048]).rc == 0  # order 9 under scarcity: refused
    assert big.populate_physmap(1, 1, 0, 0, [2048]).rc == 1  # order 0: tmem's page
    assert m.check() == [] and big.check() == []


# ---- pools -------------------------------------------------------------------------------------


def test_new_pool_takes_the_lowest_free_slot_and_joins_by_uuid() -> None:
    m = machine()
    assert [new_pool(m, 1, EPHEMERAL) for _ in range(3)] == [0, 1, 2]
    assert guest(m, 1, "tmem_destroy_pool", 1).rc == 1
    assert guest(m, 1, "tmem_destroy_pool", 1).rc == 0
    assert new_pool(m, 1, PERSIST | SHARED, (7, 8)) == 1
    joined = guest(m, 2, "tmem_new_pool", [7, 8], EPHEMERAL | SHARED)
    assert (joined.rc, joined.reason) == (0, REASON["TMEM_POOL_JOINED"])
    # The joiner's persistent flag is ignored: the pool is persistent.
    assert m.tmem_control_save_get_pool_flags(2, 0).rc & 1 == 1
    private = guest(m, 1, "tmem_new_pool", [~0 & (2**64 - 1)] * 2, EPHEMERAL | SHARED)
    assert private.reason == REASON["TMEM_POOL_MADE_PRIVATE"]
    assert m.tmem_control_save_get_pool_flags(1, private.rc).rc & 2 == 0
    assert m.check() == []


def test_a_shared_pool_outlives_its_owner_and_keeps_what_others_touched_last() -> None:
    for destroy_domain in (False, True):
        m = machine()
        new_pool(m, 1, EPHEMERAL | SHARED, (4, 4))
        pool2 = new_pool(m, 2, EPHEMERAL | SHARED, (4, 4))
        put(m, 1, 0, 0, 0x10, oid=[1, 0, 0])
        put(m, 1, 0, 0, 0x11, oid=[2, 0, 0])
        assert get(m, 2, pool2, 0, 0x20, oid=[1, 0, 0]) == 1  # last_client: domain 2
        assert token(m, 2, 0x20) == initial(1, 0x10)
        if destroy_domain:
            assert m.domain_destroy(1).ok
        else:
            assert guest(m, 1, "tmem_destroy_pool", 0).rc == 1
        assert get(m, 2, pool2, 0, 0x21, oid=[1, 0, 0]) == 1
        assert get(m, 2, pool2, 0, 0x21, oid=[2, 0, 0]) == 0
        assert m.tmem_control_save_get_pool_npages(2, pool2).rc == 1
        text = listing(m.tmem_control_list(CLI_NULL, 4096, 0))
        assert "S=SI:0,PT:ES,U0:4,U1:4,SC:2\n" in text
        assert m.check() == []


def test_teardown_gives_every_frame_back() -> None:
    m = machine()
    free = int(m.counters()["free_frames"])
    ephemeral, persistent = new_pool(m, 1, EPHEMERAL), new_pool(m, 1, PERSIST)
    for index in range(4):
        put(m, 1, ephemeral, index, 0x10 + index)
        put(m, 1, persistent, index, 0x10 + index)
    assert int(m.host_counters()["xen_frames"][0]) == 4
    assert m.domain_destroy(1).ok
    assert m.domain_ids() == [0, 2]
    assert int(m.host_counters()["xen_frames"][0]) == 8  # tmem's free list holds them
    assert m.tmem_control_flush(CLI_NULL, 0).rc == 32
    assert int(m.counters()["free_frames"]) == free + 64
    assert m.tmem_control_thaw(1).errno == EPERM  # no client any more
    assert m.check() == []


# ---- authorisation -----------------------------------------------------------------------------


def test_with_tmem_shared_auth_a_shared_pool_needs_its_uuid_authorised() -> None:
    m = machine(tmem_shared_auth=1)
    first = guest(m, 1, "tmem_new_pool", [5, 5], EPHEMERAL | SHARED)
    assert first.reason == REASON["TMEM_POOL_MADE_PRIVATE"]
    assert m.tmem_auth(1, [5, 5], 1).rc == 1
    assert m.tmem_auth(1, [5, 5], 1).rc == 1  # already there
    shared = guest(m, 1, "tmem_new_pool", [5, 5], EPHEMERAL | SHARED)
    assert shared.reason == REASON["TMEM_POOL_CREATED"]
    assert (
        guest(m, 2, "tmem_new_pool", [5, 5], EPHEMERAL | SHARED).reason
        == REASON["TMEM_POOL_MADE_PRIVATE"]
    )
    assert m.tmem_auth(CLI_NULL, [0, 0], 1).rc == 1  # every uuid, for every client
    assert (
        guest(m, 2, "tmem_new_pool", [5, 5], EPHEMERAL | SHARED).reason
        == REASON["TMEM_POOL_JOINED"]
    )
    assert m.tmem_auth(1, [5, 5], 0).rc == 1
    assert m.tmem_auth(1, [5, 5], 0).rc == 0  # nothing to forbid
    assert m.check() == []


# ---- control -----------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_control_from_a_guest_is_refused_in_doc_and_open_in_4_2(profile: str) -> None:
    m = machine(profile)
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    flushed = guest(m, 2, "tmem_control_restore_flush_page", 1, pool, OID, 0)
    if profile == "doc":
        assert (flushed.errno, flushed.reason) == (EPERM, REASON["TMEM_NOT_PRIVILEGED"])
        assert npages(m, 1, pool) == 1
    else:
        assert flushed.rc == 1  # XSA-15: domain 2 flushed domain 1's page
        assert npages(m, 1, pool) == 0
    assert m.check() == []


def test_the_short_report() -> None:
    m = machine()
    new_pool(m, 1, PERSIST)
    new_pool(m, 2, EPHEMERAL | SHARED, (0xAB, 0xCD))
    put(m, 1, 0, 0, 0x10)
    assert m.tmem_control_set_weight(2, 0xFFFFFFFF).ok
    one = listing(m.tmem_control_list(1, 4096, 0))
    assert one == ("C=CI:1,ww:0,ca:0,co:0,fr:0,Tc:0,Ge:0,Pp:1,Gp:0\nP=CI:1,PI:0,PT:PP,U0:0,U1:0\n")
    text = listing(m.tmem_control_list(CLI_NULL, 4096, 0)).splitlines()
    assert text[0] == "G=Tt:6,Te:0,Cf:0,Af:0,Pf:0,Ta:0,Lm:0,Et:0,Ea:0,Rt:0,Ra:0,Rx:0,Fp:0"
    assert text[1:6] == [
        "S=SI:0,PT:ES,U0:ab,U1:cd,SC:2",
        "C=CI:1,ww:0,ca:0,co:0,fr:0,Tc:0,Ge:0,Pp:1,Gp:0",
        "P=CI:1,PI:0,PT:PP,U0:0,U1:0",
        "C=CI:2,ww:-1,ca:0,co:0,fr:0,Tc:0,Ge:0,Pp:0,Gp:0",
        "P=CI:2,PI:0,PT:ES,U0:ab,U1:cd",
    ]
    assert text[6].startswith("T=Gn:0,Gt:0,Gx:0,Gm:2147483647,Pn:0,")
    assert text[6].endswith(",dm:2147483647")
    # A line that does not fit is left out, and the lines after it are tried.
    short = listing(m.tmem_control_list(1, 60, 0))
    assert short == "C=CI:1,ww:0,ca:0,co:0,fr:0,Tc:0,Ge:0,Pp:1,Gp:0\n"


def test_the_second_shared_line_comes_out_garbled_as_xen_writes_it() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL | SHARED, (1, 1))
    new_pool(m, 2, EPHEMERAL | SHARED, (0x22222222, 2))
    lines = listing(m.tmem_control_list(CLI_NULL, 4096, 0)).splitlines()
    first = "S=SI:0,PT:ES,U0:1,U1:1,SC:1"
    # The second pool's "S=SI:1,...,U1:2" (29 characters) is formatted after the first
    # line (28 with its newline: n is not reset), and ",SC:2" and the newline go 29
    # characters into the buffer: what is copied is the first line, then the second's
    # first character, then ",SC:2".
    assert lines[1:4] == [first, first, "S,SC:2"]


def test_save_and_restore_between_domains() -> None:
    for profile in TMEM_PROFILES:
        m = machine(profile)
        pool = new_pool(m, 1, PERSIST)
        for index in range(3):
            put(m, 1, pool, index, 0x10 + index)
        assert m.tmem_control_save_begin(1, 0).rc == 1
        assert guest(m, 1, "tmem_put_page", pool, OID, 7, 0x17).errno == EFROZEN
        assert m.tmem_control_save_get_version().rc == 1
        assert m.tmem_control_save_get_maxpools().rc == 16
        assert m.tmem_control_save_get_client_flags(1).rc == 0  # was not frozen before
        flags = m.tmem_control_save_get_pool_flags(1, pool).rc
        assert flags == (0x01000001 if profile == "doc" else 1)
        assert m.tmem_control_save_get_pool_npages(1, pool).rc == 3
        pages = []
        while (page := m.tmem_control_save_get_next_page(1, pool, 8192)).ok:
            pages.append((page.output("page_index"), page.output("data")))
        assert [index for index, _ in pages] == [1, 2]  # the first page is never returned
        assert m.tmem_control_save_end(1).rc == 0
        assert guest(m, 1, "tmem_put_page", pool, OID, 7, 0x17).rc == 1
        assert m.tmem_control_restore_begin(2).rc == 1
        restored = m.tmem_restore_new_pool(2, 0, flags, [0, 0])
        if profile == "xen-4.2":
            # 4.2.0 saves the flags without the spec version: its restore refuses them.
            assert restored.errno == EPERM
            continue
        assert restored.rc == 0
        for index, data in pages:
            assert m.tmem_control_restore_put_page(2, 0, OID, index, data, 4096).rc == 1
        assert get(m, 2, 0, 2, 0x20) == 1 and token(m, 2, 0x20) == initial(1, 0x12)
        assert tot_pages(m, 2) == 66
        assert m.check() == []


@pytest.mark.parametrize("profile", TMEM_PROFILES)
def test_live_migration_lists_flushed_pages_and_4_2_0_ends_it_early(profile: str) -> None:
    m = machine(profile)
    pool = new_pool(m, 1, PERSIST)
    put(m, 1, pool, 0, 0x10)
    put(m, 1, pool, 1, 0x11)
    assert m.tmem_control_save_begin(1, 1).rc == 1
    assert guest(m, 1, "tmem_flush_page", pool, OID, 1).errno == EFROZEN
    inv = m.tmem_control_save_get_next_inv(1, 32)
    assert inv.rc == 1
    assert (inv.output("page_pool_id"), inv.output("page_index")) == (pool, 1)
    assert [inv.output("oid0"), inv.output("oid1"), inv.output("oid2")] == OID
    assert m.tmem_control_save_get_next_inv(1, 32).rc == 0
    uuid = m.tmem_control_save_get_pool_uuid(1, pool)
    assert uuid.rc == 0 and list(uuid.output("uuid")) == [0, 0]
    dup = guest(m, 1, "tmem_put_page", pool, OID, 0, 0x12)
    if profile == "doc":
        assert dup.errno == ENOSPC  # still live-migrating; the old copy is gone
        assert npages(m, 1, pool) == 0
    else:
        # SAVE_GET_POOL_UUID ran on into SAVE_END: thawed, no longer migrating.
        assert uuid.reason == REASON["TMEM_CTL_UUID_FALLTHROUGH"]
        assert dup.rc == 1 and npages(m, 1, pool) == 1
    assert m.check() == []


def test_weights_and_caps_are_stored_and_read_back() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL)
    assert m.tmem_control_set_weight(1, 7).ok and m.tmem_control_set_cap(1, 9).ok
    assert m.tmem_control_save_get_client_weight(1).rc == 7
    assert m.tmem_control_save_get_client_cap(1).rc == 9
    assert m.tmem_control_set_compress(1, 1).ok
    assert m.tmem_control_save_get_client_flags(1).rc == 1
    assert m.tmem_control_set_weight(1, 0x80000000).ok
    with pytest.raises(InvalidArgument, match="does not model cli_id"):
        m.tmem_control_save_get_client_weight(1)


# ---- what the engine refuses, and tmem off --------------------------------------------------


def test_commands_with_calls_of_their_own_and_the_long_report_are_refused() -> None:
    m = machine()
    new_pool(m, 1, EPHEMERAL)
    before = m.state_digest()
    with pytest.raises(InvalidArgument, match="does not model cmd=0x5"):
        guest(m, 1, "tmem_op_other", 5, 0)
    with pytest.raises(InvalidArgument, match="does not model subop=0x4"):
        m.tmem_control_other(4, 1)
    with pytest.raises(InvalidArgument, match="does not model use_long"):
        m.tmem_control_list(CLI_NULL, 4096, 1)
    assert m.state_digest() == before
    assert guest(m, 1, "tmem_op_other", 200, 0).rc == 0  # an unknown command: 0
    assert guest(m, 1, "tmem_xchg", 0, OID, 0, 0x10).rc == 0


def test_without_the_tmem_boot_option_every_op_is_enodev_and_there_is_no_state() -> None:
    m = machine(tmem=0)
    on = machine()
    assert m.state_bytes() < on.state_bytes()
    result: CallResult = guest(m, 1, "tmem_new_pool", [0, 0], EPHEMERAL)
    assert (result.errno, result.reason) == (ENODEV, REASON["TMEM_DISABLED"])
    assert m.tmem_control_query_freeable_mb().errno == ENODEV
    assert m.check() == []


def test_every_way_a_put_runs_out_of_memory() -> None:
    m = pressure()
    pool = new_pool(m, 1, EPHEMERAL)
    persistent = new_pool(m, 1, PERSIST)
    # The object record, then the page record: tmem_malloc fails (fault site xen_alloc).
    for nth in (1, 2):
        assert m.inject_fault(2, nth).ok
        failed = guest(m, 1, "tmem_put_page", pool, OID, 0, 0x10)
        assert (failed.errno, failed.reason) == (ENOMEM, REASON["TMEM_NO_METADATA"])
    assert m.check() == []
    # No frame: the heap is empty and tmem holds nothing it could give back.
    free = int(m.counters()["free_frames"])
    assert m.populate_physmap(1, None, 0, 0, list(range(100, 100 + free))).rc == free
    empty = guest(m, 1, "tmem_put_page", pool, OID, 0, 0x10)
    assert (empty.errno, empty.reason) == (ENOMEM, REASON["TMEM_NO_FRAME"])
    # A dup put of a persistent page whose owner is over max_pages has no frame for the
    # new copy: ENOSPC, and the old copy is gone.
    m2 = machine()
    put(m2, 1, new_pool(m2, 1, PERSIST), 0, 0x10)
    assert m2.domain_setmaxmem(1, 4 * 60).ok
    dup = guest(m2, 1, "tmem_put_page", 0, OID, 0, 0x11)
    assert (dup.errno, dup.reason) == (ENOSPC, REASON["TMEM_DUP_NO_FRAME"])
    assert npages(m2, 1, 0) == 0
    assert persistent == 1
    assert m.check() == [] and m2.check() == []
