"""The full audit walks the frames once and then only the frames it listed (ht_check's
census, csrc/audit.c): what the walks it no longer makes used to report is still reported,
from a frame that names a gfn no entry maps back to more claimed-shared frames than the
census can list."""

from __future__ import annotations

from replay import DomainConfig, HostConfig, Machine, MachineConfig

M2P_SHARED = 0xFFFFFFFE  # HT_M2P_SHARED (csrc/engine.h): the frame is shared
OWNER_FREE = 0xFFFF  # HT_OWNER_FREE: nobody owns the frame


def machine(share_capacity: int = 64) -> Machine:
    host = HostConfig(total_frames=256, share_capacity=share_capacity)
    return Machine(MachineConfig(host, (DomainConfig(1, pages=32), DomainConfig(2, pages=32))))


def free_frames(m: Machine, count: int) -> list[int]:
    owners = m.frames()["owner"]
    free = [mfn for mfn in range(len(owners)) if int(owners[mfn]) == OWNER_FREE]
    assert len(free) >= count
    return free[-count:]


def test_a_clean_machine_passes_the_audit() -> None:
    assert machine().check() == []


def test_a_frame_whose_m2p_names_a_gfn_that_does_not_map_it_is_reported() -> None:
    m = machine()
    owner = int(m.frames()[m.p2m(1)[3]["mfn"]]["owner"])  # domain 1's slot
    (stray,) = free_frames(m, 1)
    m.frames()[stray]["owner"] = owner
    m.frames()[stray]["m2p"] = 3  # gfn 3 maps another frame
    reported = [v for v in m.check(limit=1024) if v.invariant == "frames.18" and v.mfn == stray]
    assert [(v.domid, v.gfn) for v in reported] == [(1, 3)]


def test_claimed_shared_frames_beyond_the_census_list_are_each_reported() -> None:
    m = machine(share_capacity=4)
    strays = free_frames(m, 12)  # more than share_capacity + 1: the census list overflows
    for mfn in strays:
        m.frames()[mfn]["m2p"] = M2P_SHARED
    reported = {v.mfn for v in m.check(limit=1024) if v.invariant == "sharing.2"}
    assert set(strays) <= reported


def test_claimed_shared_frames_within_the_census_list_are_each_reported() -> None:
    m = machine(share_capacity=64)
    strays = free_frames(m, 3)
    for mfn in strays:
        m.frames()[mfn]["m2p"] = M2P_SHARED
    reported = {v.mfn for v in m.check(limit=1024) if v.invariant == "sharing.2"}
    assert set(strays) <= reported
