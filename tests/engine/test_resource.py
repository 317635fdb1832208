"""What acquire_resource and its library calls do to the machine (doc profile): grant-table
growth up to its maximum, status frames under v1 and v2, ioreq server pages with and
without buffered ioreq, vmtrace buffers per vcpu, the references mappings hold and the
dying domains they keep, and snapshot/restore of the grant-table, resource and exchange
families' state."""

from __future__ import annotations

import pytest

from haptrace.catalogue import ENUMS
from haptrace.catalogue.limits import GNT_DEFAULT_MAX_FRAMES, GNT_INITIAL_FRAMES
from replay import DomainConfig, HostConfig, Machine, MachineConfig

TYPE = ENUMS["resource_type"].values
GRANT, IOREQ, VMTRACE = TYPE["grant_table"], TYPE["ioreq_server"], TYPE["vmtrace_buf"]
BUF = ENUMS["bufioreq"].values
XEN_OWNER = 0xFFFD

CONFIG = MachineConfig(
    HostConfig(total_frames=4096),
    (
        DomainConfig(1, pages=64, vcpus=2),
        DomainConfig(2, pages=64),
        DomainConfig(3, pages=64, pv=True, hap=False),
    ),
)


def machine() -> Machine:
    m = Machine(CONFIG)
    m.set_oracle(True)
    return m


def xen_frames(m: Machine) -> int:
    return int(m.host_counters()[0]["xen_frames"])


def frame(m: Machine, mfn: int) -> tuple[int, int]:
    """(owner, refs) of a frame."""
    f = m.frames()[mfn]
    return int(f["owner"]), int(f["refs"])


# ---- grant tables -----------------------------------------------------------------------


def test_a_grant_table_grows_to_its_maximum_through_acquire_resource() -> None:
    m = machine()
    assert m.domain_create(5, 16, max_grant_frames=40).ok
    assert m.resource_size(5, GRANT, 0).output("size") == 40 << 12
    assert m.resource_size(5, GRANT, 1).output("size") == 5 << 12  # ceil(40 / 8)
    before = xen_frames(m)
    mapped = m.map_resource(5, GRANT, 0, 0, 40)
    assert mapped.ok
    mfns = mapped.output("mfns")
    assert len(set(mfns)) == 40
    assert all(frame(m, f) == (XEN_OWNER, 1) for f in mfns)
    assert xen_frames(m) == before + 40
    # The table is at its maximum: one frame more is refused, and nothing grows.
    beyond = m.acquire_resource(5, GRANT, 0, None, 0, 40, [0])
    assert (beyond.errno_name, beyond.reason_id) == ("EINVAL", _reason("GNT_RES_BEYOND_MAX"))
    # The same frames again: no new frames, the same numbers.
    again = m.acquire_resource(5, GRANT, 0, None, 0, 0, [0] * 40)
    assert again.ok and again.output("frame_list") == mfns
    assert xen_frames(m) == before + 40
    assert m.unmap_resource(mapped.output("mapping")).ok
    assert all(frame(m, f) == (XEN_OWNER, 0) for f in mfns)  # Xen still holds them
    assert m.check() == []


def test_growth_gives_the_guest_more_grant_entries() -> None:
    m = machine()
    entries = GNT_INITIAL_FRAMES * 512
    for gfn in range(entries):
        assert m.grant_access(1, gfn % 64, 1).ok
    full = m.grant_access(1, 0x10, 1)
    assert (full.errno_name, full.reason_id) == ("ENOSPC", _reason("GRANT_TABLE_FULL"))
    assert m.acquire_resource(1, GRANT, 0, None, 0, GNT_INITIAL_FRAMES, [0]).ok  # one more
    grown = m.grant_access(1, 0x10, 1)
    assert grown.ok and grown.output("gref") == entries
    # The sharing ops find the new entry by reference, as grant_map does.
    assert m.memshr_control(1, 1).ok
    assert m.grant_map(1, entries, 0).ok
    assert m.memshr_nominate_gref(1, entries).ok
    assert m.check() == []


def test_a_failure_in_a_later_step_leaves_the_table_grown() -> None:
    m = machine()
    assert m.domain_create(5, 16, max_grant_frames=36).ok
    failed = m.acquire_resource(5, GRANT, 0, None, 0, 0, [0] * 40)  # steps of 32 frames
    assert (failed.errno_name, failed.reason_id) == ("EINVAL", _reason("GNT_RES_BEYOND_MAX"))
    assert all(f != 0 for f in failed.output("frame_list")[:32])  # the first step's frames
    assert failed.output("frame_list")[32:] == (0,) * 8
    # Frames 0..31 exist now: frame 31 needs no growth, frame 35 grows the table to 36.
    assert m.acquire_resource(5, GRANT, 0, None, 0, 31, [0]).ok
    assert m.acquire_resource(5, GRANT, 0, None, 0, 35, [0]).ok
    assert m.check() == []


def test_status_frames_exist_only_under_version_2() -> None:
    m = machine()
    assert m.resource_size(1, GRANT, 1).output("size") == (GNT_DEFAULT_MAX_FRAMES // 8) << 12
    v1 = m.map_resource(1, GRANT, 1, 0, 1)
    assert (v1.errno_name, v1.reason_id) == ("EINVAL", _reason("GNT_RES_STATUS_V1"))
    with m.caller(1):
        assert m.gnttab_set_version(2).ok
    status = m.map_resource(1, GRANT, 1, 0, 1)
    assert status.ok
    # Status frame 1 needs 16 shared frames: the table grows to them.
    second = m.acquire_resource(1, GRANT, 1, None, 0, 1, [0])
    assert second.ok
    assert m.acquire_resource(1, GRANT, 0, None, 0, 15, [0]).ok  # no growth needed now
    assert second.output("frame_list")[0] not in status.output("mfns")
    # Going back to v1 while the status frame is mapped is refused (and the HVM guest is
    # crashed); once it is unmapped the status frames go back to the heap.
    with m.caller(1):
        busy = m.gnttab_set_version(1)
    assert (busy.errno_name, busy.reason_id) == ("EBUSY", _reason("GNT_STATUS_MAPPED"))
    assert m.domain_getinfo(1).output("flags") & 4  # shut down: crashed
    assert m.unmap_resource(status.output("mapping")).ok
    before = xen_frames(m)
    with m.caller(1):
        assert m.gnttab_set_version(1).ok
    assert xen_frames(m) == before - 2
    assert m.check() == []


def test_a_version_change_keeps_the_first_eight_entries_only() -> None:
    m = machine()
    for gfn in range(10):
        assert m.grant_access(1, 0x10 + gfn, 0).ok
    assert m.grant_map(1, 7, 0).ok  # a reserved entry may stay mapped
    with m.caller(1):
        assert m.gnttab_set_version(2).ok
    assert m.grant_map(1, 7, 0).ok
    gone = m.grant_map(1, 8, 0)
    assert (gone.errno_name, gone.reason_id) == ("EINVAL", _reason("GRANT_NOT_GRANTED"))
    assert m.grant_access(1, 0x30, 0).output("gref") == 8
    assert m.check() == []


# ---- ioreq servers ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["off", "legacy", "atomic"])
def test_ioreq_server_pages_with_and_without_buffered_ioreq(mode: str) -> None:
    m = machine()
    sid = m.ioreq_server_create(1, BUF[mode]).output("id")
    assert m.resource_size(1, IOREQ, sid).output("size") == 2 << 12  # whatever the mode
    before = xen_frames(m)
    ioreq = m.map_resource(1, IOREQ, sid, 1, 1)
    assert ioreq.ok
    buffered = m.map_resource(1, IOREQ, sid, 0, 1)
    pages = 1 if mode == "off" else 2
    assert xen_frames(m) == before + pages  # allocated on first use, all at once
    if mode == "off":
        assert (buffered.errno_name, buffered.reason_id) == ("ENOENT", _reason("IOREQ_NO_BUFIOREQ"))
    else:
        assert buffered.ok and buffered.output("mfns") != ioreq.output("mfns")
    # Destroying the server lets go of the pages; a mapped one stays until unmapped.
    assert m.ioreq_server_destroy(1, sid).ok
    assert xen_frames(m) == before + pages  # every page is still mapped
    assert frame(m, ioreq.output("mfns")[0]) == (XEN_OWNER, 1)
    assert m.unmap_resource(ioreq.output("mapping")).ok
    if mode != "off":
        assert m.unmap_resource(buffered.output("mapping")).ok
    assert xen_frames(m) == before
    assert m.check() == []


def test_a_refused_frame_still_allocates_the_servers_pages() -> None:
    m = machine()
    sid = m.ioreq_server_create(1, BUF["off"]).output("id")
    before = xen_frames(m)
    assert m.acquire_resource(1, IOREQ, sid, None, 0, 5, [0]).errno_name == "EINVAL"
    assert xen_frames(m) == before + 1
    assert m.check() == []


def test_servers_take_the_lowest_free_id_and_belong_to_their_emulator() -> None:
    m = machine()
    ids = [m.ioreq_server_create(1, 0).output("id") for _ in range(3)]
    assert ids == [0, 1, 2]
    assert m.ioreq_server_destroy(1, 1).ok
    assert m.ioreq_server_create(1, 0).output("id") == 1
    # A device-model domain runs servers of its own target, and its pages are its own to map.
    assert m.domain_set_target(3, 1).ok
    with m.caller(3):
        sid = m.ioreq_server_create(1, BUF["legacy"]).output("id")
        assert sid == 3
        assert m.acquire_resource(1, IOREQ, sid, None, 0, 0, [0, 0]).ok
        assert m.acquire_resource(1, IOREQ, 0, None, 0, 1, [0]).errno_name == "EPERM"
    assert m.check() == []


# ---- vmtrace ----------------------------------------------------------------------------


def test_vmtrace_frames_per_vcpu() -> None:
    m = machine()
    before = xen_frames(m)
    assert m.domain_create(5, 16, vcpus=3, vmtrace_frames=4).ok
    assert xen_frames(m) == before + 12  # one buffer of 4 frames per vcpu
    assert m.resource_size(5, VMTRACE, 0).output("size") == 4 << 12
    buffers = [m.acquire_resource(5, VMTRACE, v, None, 0, 0, [0] * 4) for v in range(3)]
    frames = [b.output("frame_list") for b in buffers]
    for mfns in frames:
        assert mfns == tuple(range(mfns[0], mfns[0] + 4))  # contiguous
        assert mfns[0] % 4 == 0  # and naturally aligned
    assert len({f for mfns in frames for f in mfns}) == 12
    tail = m.acquire_resource(5, VMTRACE, 1, None, 0, 2, [0, 0])
    assert tail.output("frame_list") == frames[1][2:]
    assert m.domain_destroy(5).ok
    assert xen_frames(m) == before
    assert m.check() == []


# ---- mappings, references and dying domains ----------------------------------------------


def test_acquire_resource_hands_out_frames_without_references() -> None:
    m = machine()
    got = m.acquire_resource(1, GRANT, 0, None, 0, 0, [0, 0])
    assert got.ok and all(frame(m, f) == (XEN_OWNER, 0) for f in got.output("frame_list"))
    mapped = m.map_resource(1, GRANT, 0, 0, 2)
    assert mapped.output("mfns") == got.output("frame_list")
    assert all(frame(m, f)[1] == 1 for f in mapped.output("mfns"))
    second = m.map_resource(1, GRANT, 0, 1, 1, 0)
    assert frame(m, mapped.output("mfns")[1])[1] == 2
    assert m.unmap_resource(mapped.output("mapping")).ok
    assert frame(m, mapped.output("mfns")[1])[1] == 1
    assert m.unmap_resource(second.output("mapping")).ok
    assert m.unmap_resource(second.output("mapping")).errno_name == "EINVAL"
    assert m.check() == []


def test_a_domain_destroyed_while_mapped_stays_dying_until_unmapped() -> None:
    m = machine()
    mapped = m.map_resource(1, GRANT, 0, 0, 2)
    sid = m.ioreq_server_create(1, BUF["legacy"]).output("id")
    page = m.map_resource(1, IOREQ, sid, 1, 1)
    assert m.domain_destroy(1).ok
    assert 1 in m.domain_ids()  # a zombie
    assert m.domain_getinfo(1).output("flags") & 1  # dying
    assert m.resource_size(1, GRANT, 0).ok  # still found
    assert m.acquire_resource(1, IOREQ, sid, None, 0, 1, [0]).errno_name == "ENOENT"
    assert m.unmap_resource(mapped.output("mapping")).ok
    assert 1 in m.domain_ids()
    assert m.unmap_resource(page.output("mapping")).ok
    assert 1 not in m.domain_ids()
    assert xen_frames(m) == 0
    assert m.check() == []


def test_an_emulator_is_held_by_its_servers_and_a_target_by_its_device_model() -> None:
    m = machine()
    assert m.domain_set_target(3, 1).ok
    with m.caller(3):
        sid = m.ioreq_server_create(1, 0).output("id")
    assert m.domain_destroy(3).ok
    assert 3 in m.domain_ids()  # the server holds its emulator
    assert m.domain_destroy(1).ok
    # The target's servers went with it, which let the emulator go, which let the target go.
    assert m.domain_ids() == [0, 2]
    assert sid == 0
    assert m.check() == []


def test_the_library_turns_a_map_of_no_frames_into_a_size_query() -> None:
    m = machine()
    empty = m.map_resource(1, GRANT, 0, 0, 0)
    assert empty.ok and empty.reason_id == _reason("RES_MAP_EMPTY")
    assert m.map_resource(1, GRANT, 5, 0, 0).errno_name == "EINVAL"  # the size query's checks
    assert m.unmap_resource(empty.output("mapping")).ok


def test_privcmd_narrows_the_frame_and_the_type() -> None:
    m = machine()
    wide = m.map_resource(1, GRANT | 0x10000, 0, (1 << 32) | 2, 1)
    plain = m.acquire_resource(1, GRANT, 0, None, 0, 2, [0])
    assert wide.output("mfns") == plain.output("frame_list")


def test_a_translated_domain_is_refused_before_anything() -> None:
    m = machine()
    with m.caller(2):
        refused = m.acquire_resource(9, 7, 0, None, 1, 1 << 40, [0])
    assert (refused.errno_name, refused.reason_id) == ("EACCES", _reason("RES_CALLER_TRANSLATED"))


# ---- snapshots ----------------------------------------------------------------------------


def _workload(m: Machine) -> None:
    assert m.domain_set_target(3, 1).ok
    with m.caller(3):
        sid = m.ioreq_server_create(1, BUF["atomic"]).output("id")
        assert m.map_resource(1, IOREQ, sid, 0, 2).ok
    with m.caller(1):
        assert m.gnttab_set_version(2).ok
    assert m.map_resource(1, GRANT, 1, 0, 1).ok
    assert m.domain_create(5, 16, vcpus=2, vmtrace_frames=2, max_grant_frames=8).ok
    assert m.map_resource(5, GRANT, 0, 0, 8).ok
    assert m.grant_access(5, 3, 0).ok
    assert m.domain_destroy(5).ok
    exchange = [(2, 2, 0, 1, 0, 0)]
    assert m.memory_exchange_and_pin(exchange, None, [0x10, 0x11], None, [0x20]).ok
    assert m.memory_exchange([(3, 3, 0, 0, 0, 0)], None, [0x10], None, [0x30]).ok


def test_snapshot_and_restore_cover_the_families_state() -> None:
    m = machine()
    digest = m.state_digest()
    snapshot = m.snapshot()
    _workload(m)
    assert m.state_digest() != digest
    m.restore(snapshot)
    assert m.state_digest() == digest == machine().state_digest()
    _workload(m)  # and the machine behaves as new
    twin = machine()
    _workload(twin)
    assert m.state_digest() == twin.state_digest()
    assert m.check() == []


def test_the_digest_sees_the_grant_table_alone() -> None:
    m = machine()
    digest = m.state_digest()
    with m.caller(2):
        assert m.gnttab_set_version(2).ok
    assert m.state_digest() != digest


def _reason(reason_id: str) -> int:
    from haptrace.catalogue import REASONS

    return next(index for index, r in enumerate(REASONS) if r.id == reason_id)
