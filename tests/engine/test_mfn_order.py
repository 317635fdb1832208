"""Section 2.6 step c: a failed share returns S_HANDLE_INVALID (10) or C_HANDLE_INVALID (9)
depending on which frame has the lower mfn.  Share grabs the two frames in ascending mfn
order and the first that is not a shared frame decides the code; a hole (or a paged gfn)
has INVALID_MFN, the highest value; two gfns on the same frame (two holes too) are a no-op
that checks nothing; with both frames shared, the handles are compared source first.

The machine's own p2m view gives the mfns, so the rule is checked as a model against
states that Hypothesis builds (nominations, shares, frees and re-populations that reorder
the frames), in both profiles.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haptrace.catalogue import PROFILES
from replay import DomainConfig, HostConfig, Machine, MachineConfig
from replay.engine import describe_gfn

S_HANDLE_INVALID, C_HANDLE_INVALID = 10, 9
INVALID_MFN = 0xFFFFFFFF
CONFIG = MachineConfig(
    HostConfig(total_frames=512, share_capacity=128),
    (
        DomainConfig(1, pages=32, max_pages=48, p2m_size=64),
        DomainConfig(2, pages=32, max_pages=48, p2m_size=64),
    ),
)
DOMAINS = st.sampled_from([1, 2])
# 0..31 populated at boot, 32..40 holes; mostly a few gfns, so that they get nominated,
# shared, freed and re-populated together
GFNS = st.one_of(st.integers(0, 5), st.integers(32, 34), st.integers(0, 40))


def fresh(profile: str) -> Machine:
    m = Machine(CONFIG, profile=profile)
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    return m


def mfn(m: Machine, domid: int, gfn: int) -> int:
    return int(m.p2m(domid)["mfn"][gfn])


def handle_of(m: Machine, domid: int, gfn: int) -> int:
    """The handle of the shared frame backing (domid, gfn), or 0 if it is not shared."""
    state = describe_gfn(m, domid, gfn)
    assert state is not None
    return state.handle if state.type == "ram_shared" else 0


def expected_share(m: Machine, sd: int, sg: int, sh: int, cd: int, cg: int, ch: int) -> int:
    """The model of section 2.6 b-d: 0 or the handle-invalid code."""
    smfn, cmfn = mfn(m, sd, sg), mfn(m, cd, cg)
    if smfn == cmfn:
        return 0
    source, client = handle_of(m, sd, sg), handle_of(m, cd, cg)
    order = [(source, S_HANDLE_INVALID), (client, C_HANDLE_INVALID)]
    if smfn > cmfn:  # INVALID_MFN is the largest value
        order.reverse()
    for frame_handle, code in order:
        if not frame_handle:
            return code
    if sh != source:
        return S_HANDLE_INVALID
    if ch != client:
        return C_HANDLE_INVALID
    return 0


OPS = st.one_of(
    st.tuples(st.just("nominate"), DOMAINS, GFNS),
    st.tuples(st.just("nominate"), DOMAINS, GFNS),
    st.tuples(st.just("write"), DOMAINS, GFNS),
    st.tuples(st.just("free"), DOMAINS, GFNS),
    st.tuples(st.just("populate"), DOMAINS, GFNS),
    st.tuples(st.just("share"), DOMAINS, GFNS, DOMAINS, GFNS),
)
ATTEMPTS = st.tuples(DOMAINS, GFNS, DOMAINS, GFNS, st.integers(0, 3), st.integers(0, 3))


def apply(m: Machine, op: tuple[Any, ...]) -> None:
    kind, domid, gfn = op[:3]
    if kind == "nominate":
        m.memshr_nominate_gfn(domid, gfn)
    elif kind == "write":
        m.guest_write(domid, gfn, 0x77)
    elif kind == "free":
        m.decrease_reservation(domid, None, 0, [gfn])
    elif kind == "populate":
        m.populate_physmap(domid, None, 0, 0, [gfn])
    else:
        cd, cg = op[3:]
        sh, ch = handle_of(m, domid, gfn), handle_of(m, cd, cg)
        m.memshr_share_gfns(domid, gfn, sh, cd, cg, ch)


def handle_choice(m: Machine, domid: int, gfn: int, pick: int) -> int:
    """0: the frame's own handle; 1: 0; 2: the newest handle; 3: one never issued."""
    last = m.counters()["last_handle"]
    return (handle_of(m, domid, gfn), 0, last, last + 1)[pick]


@pytest.mark.parametrize("profile", PROFILES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(OPS, max_size=25), attempts=st.lists(ATTEMPTS, min_size=1, max_size=8))
def test_the_handle_code_follows_the_mfn_order(
    profile: str, ops: list[tuple[Any, ...]], attempts: list[tuple[int, ...]]
) -> None:
    m = fresh(profile)
    for domid in (1, 2):  # shared frames to start from: gfns 0..3 of both domains
        for gfn in range(4):
            m.memshr_nominate_gfn(domid, gfn)
    for op in ops:
        apply(m, op)
    for sd, sg, cd, cg, spick, cpick in attempts:
        sh, ch = handle_choice(m, sd, sg, spick), handle_choice(m, cd, cg, cpick)
        wanted = expected_share(m, sd, sg, sh, cd, cg, ch)
        result = m.memshr_share_gfns(sd, sg, sh, cd, cg, ch)
        got = 0 if result.ok else result.errno
        assert got == wanted, (
            f"share({sd}, {sg:#x} mfn {mfn(m, sd, sg):#x}, h{sh},"
            f" {cd}, {cg:#x} mfn {mfn(m, cd, cg):#x}, h{ch}) = {result}"
        )
    assert m.check() == []


# ---- the rule's cases, spelled out -------------------------------------------------------


@pytest.fixture(params=PROFILES)
def m(request: pytest.FixtureRequest) -> Machine:
    return fresh(str(request.param))


def test_boot_frames_are_in_gfn_order(m: Machine) -> None:
    assert [mfn(m, 1, g) for g in range(32)] == list(range(32))
    assert [mfn(m, 2, g) for g in range(32)] == list(range(32, 64))
    assert mfn(m, 1, 40) == INVALID_MFN  # a hole


def test_two_unnominated_pages_blame_the_lower_frame(m: Machine) -> None:
    assert mfn(m, 1, 5) < mfn(m, 2, 5)
    assert m.memshr_share_gfns(1, 5, 2, 2, 5, 3).errno == S_HANDLE_INVALID
    assert m.memshr_share_gfns(2, 5, 2, 1, 5, 3).errno == C_HANDLE_INVALID


def test_a_hole_is_the_highest_frame(m: Machine) -> None:
    # hole as source, private client: the client is grabbed first
    assert m.memshr_share_gfns(1, 40, 2, 2, 5, 3).errno == C_HANDLE_INVALID
    # private source, hole as client: the source is grabbed first
    assert m.memshr_share_gfns(2, 5, 2, 1, 40, 3).errno == S_HANDLE_INVALID


def test_a_shared_side_lets_the_other_side_be_blamed_in_either_order(m: Machine) -> None:
    handle = m.memshr_nominate_gfn(2, 5).output("handle")  # mfn 0x25, shared
    assert m.memshr_share_gfns(1, 5, handle, 2, 5, handle).errno == S_HANDLE_INVALID  # lower
    assert m.memshr_share_gfns(1, 40, handle, 2, 5, handle).errno == S_HANDLE_INVALID  # hole
    assert m.memshr_share_gfns(2, 5, handle, 1, 5, handle).errno == C_HANDLE_INVALID


def test_handles_are_compared_source_first_whatever_the_order(m: Machine) -> None:
    low = m.memshr_nominate_gfn(1, 5).output("handle")
    high = m.memshr_nominate_gfn(2, 5).output("handle")
    # both frames shared, both handles wrong: the source (the higher frame) is blamed
    assert m.memshr_share_gfns(2, 5, low, 1, 5, high).errno == S_HANDLE_INVALID
    assert m.memshr_share_gfns(2, 5, high, 1, 5, high).errno == C_HANDLE_INVALID
    assert m.memshr_share_gfns(2, 5, high, 1, 5, low).ok


def test_same_frame_and_two_holes_are_a_no_op(m: Machine) -> None:
    before = m.state_digest()
    assert m.memshr_share_gfns(1, 5, 0, 1, 5, 0).ok
    assert m.memshr_share_gfns(1, 40, 0, 2, 41, 0).ok  # both INVALID_MFN
    assert m.state_digest() == before


def test_reallocation_flips_the_order(m: Machine) -> None:
    """Domain 1 frees gfn 3 (mfn 3) and domain 2 populates gfn 40, which gets that frame:
    domain 2's gfn 40 is now below domain 1's gfn 5."""
    assert m.decrease_reservation(1, None, 0, [3]).rc == 1
    assert m.populate_physmap(2, None, 0, 0, [40]).rc == 1
    assert mfn(m, 2, 40) == 3 < mfn(m, 1, 5)
    assert m.memshr_share_gfns(2, 40, 2, 1, 5, 3).errno == S_HANDLE_INVALID
    assert m.memshr_share_gfns(1, 5, 2, 2, 40, 3).errno == C_HANDLE_INVALID
