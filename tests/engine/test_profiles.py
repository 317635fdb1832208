"""Section 2.13, row by row: where the seed documentation and the 4.2 code differ, the
``doc`` and ``xen-4.2`` profiles return what the catalogue says for each; where they agree,
both profiles return the same.

Each test runs one scenario on a fresh machine in each profile and compares the call the
row is about.  The catalogue must document each code under a condition naming the row's
situation, so the emulator, the catalogue and the docs say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from haptrace.catalogue import BY_NAME
from haptrace.catalogue.errnos import E2BIG, EBUSY, EINVAL, ENODEV, ENOSYS
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

TWO = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
Scenario = Callable[[Machine], CallResult]


def both(scenario: Scenario, config: MachineConfig = TWO) -> dict[str, CallResult]:
    """The scenario in the two profiles of section 2.13 (the seed and the 4.2 code); the
    4.17 differences are tests/engine/test_xen417_differences.py's."""
    out = {}
    for profile in ("doc", "xen-4.2"):
        m = Machine(config, profile=profile)
        m.set_oracle(True)
        out[profile] = scenario(m)
        assert m.check() == [], f"{profile}: {m.check()}"
    return out


def code(result: CallResult) -> int:
    return 0 if result.ok else result.errno


def documents(call: str, profile: str, errno: int, words: str) -> bool:
    return any(words in when for when in BY_NAME[call].conditions(profile, errno))


# ---- rows where the documentation and 4.2 differ -----------------------------------------

SOURCE_OFF: dict[str, Scenario] = {
    "memshr_nominate_gfn": lambda m: m.memshr_nominate_gfn(2, 0x10),
    "memshr_nominate_gref": lambda m: m.memshr_nominate_gref(2, 0),
    "memshr_share_gfns": lambda m: m.memshr_share_gfns(2, 0x10, 2, 1, 0x10, 2),
    "memshr_share_grefs": lambda m: m.memshr_share_grefs(2, 0, 2, 1, 0, 2),
    "memshr_add_to_physmap": lambda m: m.memshr_add_to_physmap(2, 0x10, 2, 1, 0x50),
    "memshr_debug_gfn": lambda m: m.memshr_debug_gfn(2, 0x10),
    "memshr_debug_gref": lambda m: m.memshr_debug_gref(2, 0),
    "memshr_domain_resume": lambda m: m.memshr_domain_resume(2),
}


@pytest.mark.parametrize("call", sorted(SOURCE_OFF))
def test_memop_on_the_source_domain_with_sharing_off(call: str) -> None:
    """Seed: EINVAL; 4.2: ENODEV (one gate, !hap || !sharing_enabled, section 2.2 step 5)."""

    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        m.memshr_nominate_gfn(1, 0x10)
        m.grant_access(2, 0x10, 0)
        return SOURCE_OFF[call](m)

    got = both(scenario)
    assert code(got["doc"]) == EINVAL and code(got["xen-4.2"]) == ENODEV, got
    assert "not enabled" in got["doc"].reason
    assert documents(call, "doc", EINVAL, "sharing is not enabled")
    assert documents(call, "xen-4.2", ENODEV, "sharing is not enabled")
    assert not documents(call, "xen-4.2", EINVAL, "sharing is not enabled for the domain")


def test_sharing_switched_off_later_is_refused_the_same_way() -> None:
    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        m.memshr_nominate_gfn(1, 0x10)
        m.memshr_control(1, 0)  # does not unshare
        return m.memshr_debug_gfn(1, 0x10)

    got = both(scenario)
    assert (code(got["doc"]), code(got["xen-4.2"])) == (EINVAL, ENODEV)


def test_ring_enable_when_a_ring_exists() -> None:
    """Seed: EINVAL; 4.2: EBUSY (mem_event_enable, section 2.4 step 6a)."""

    def scenario(m: Machine) -> CallResult:
        assert m.set_hvm_param(1, 29, 0x3F).ok
        assert m.memshr_ring_enable(1).ok
        return m.memshr_ring_enable(1)

    got = both(scenario)
    assert (code(got["doc"]), code(got["xen-4.2"])) == (EINVAL, EBUSY)
    assert documents("memshr_ring_enable", "doc", EINVAL, "already been enabled")
    assert documents("memshr_ring_enable", "xen-4.2", EBUSY, "already been enabled")
    assert EBUSY not in BY_NAME["memshr_ring_enable"].errnos("doc")


MEM_EVENT_DOMCTLS = [
    ("memshr_ring_enable", 29),
    ("memshr_ring_disable", 29),
    ("mem_paging_enable", 27),
    ("mem_paging_disable", 27),
    ("mem_access_enable", 28),
    ("mem_access_disable", 28),
]


@pytest.mark.parametrize(("call", "param"), MEM_EVENT_DOMCTLS)
def test_mem_event_domctl_on_a_dying_domain(call: str, param: int) -> None:
    """Seed: EINVAL; 4.2: 0 and nothing done (section 2.4 step 3): no ring, port 0."""

    def scenario(m: Machine) -> CallResult:
        m.set_hvm_param(1, param, 0x3F)
        assert m.foreign_map(1, 0x20, 0).ok  # keeps the destroyed domain dying
        assert m.domain_destroy(1).ok
        before = m.state_digest()
        result = m.call(call, 1)
        if result.ok:
            assert m.state_digest() == before, "a no-op changed the machine"
        return result

    got = both(scenario)
    assert code(got["doc"]) == EINVAL and got["xen-4.2"].ok, got
    assert got["xen-4.2"].outputs in ((), (0,))  # an enable writes no port
    assert documents(call, "doc", EINVAL, "dying")
    assert not any("dying" in code.when for code in BY_NAME[call].codes["xen-4.2"])


def test_audit_not_compiled() -> None:
    """Seed: ENOSYS "if not supported"; 4.2 always compiles it: the error count, 0."""
    config = MachineConfig(HostConfig(audit_compiled=False), TWO.domains)

    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        m.memshr_nominate_gfn(1, 0x10)
        return m.memshr_audit()

    got = both(scenario, config)
    assert code(got["doc"]) == ENOSYS and (got["xen-4.2"].ok and got["xen-4.2"].rc == 0)
    assert documents("memshr_audit", "doc", ENOSYS, "without the sharing audit")
    assert not documents("memshr_audit", "xen-4.2", ENOSYS, "without the sharing audit")
    compiled = both(scenario)
    assert code(compiled["doc"]) == code(compiled["xen-4.2"]) == 0


# ---- rows where they agree -----------------------------------------------------------------


def agreed(scenario: Scenario, config: MachineConfig = TWO) -> CallResult:
    got = both(scenario, config)
    doc, xen = got["doc"], got["xen-4.2"]
    assert (doc.rc, doc.errno, doc.outputs) == (xen.rc, xen.errno, xen.outputs), got
    return doc


@pytest.mark.parametrize("call", ["memshr_share_gfns", "memshr_add_to_physmap"])
def test_memop_on_the_client_domain_with_sharing_off(call: str) -> None:
    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        handle = m.memshr_nominate_gfn(1, 0x10).output("handle")
        if call == "memshr_share_gfns":
            return m.memshr_share_gfns(1, 0x10, handle, 2, 0x10, handle)
        return m.memshr_add_to_physmap(1, 0x10, handle, 2, 0x50)

    assert code(agreed(scenario)) == EINVAL
    assert documents(call, "doc", EINVAL, "sharing is not enabled for the client")
    assert documents(call, "xen-4.2", EINVAL, "sharing is not enabled for the client")


@pytest.mark.parametrize(
    "call",
    ["memshr_nominate_gfn", "memshr_debug_gfn", "memshr_add_to_physmap", "memshr_share_gfns"],
)
def test_memop_on_a_dying_domain(call: str) -> None:
    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        m.memshr_control(2, 1)
        handle = m.memshr_nominate_gfn(1, 0x10).output("handle")
        m.foreign_map(2, 0x20, 0)
        m.domain_destroy(2)
        return {
            "memshr_nominate_gfn": lambda: m.memshr_nominate_gfn(2, 0x11),
            "memshr_debug_gfn": lambda: m.memshr_debug_gfn(2, 0x10),
            "memshr_add_to_physmap": lambda: m.memshr_add_to_physmap(1, 0x10, handle, 2, 0x50),
            "memshr_share_gfns": lambda: m.memshr_share_gfns(1, 0x10, handle, 2, 0x11, 9),
        }[call]()

    result = agreed(scenario)
    assert code(result) == EINVAL and "dying" in result.reason


@pytest.mark.parametrize(
    ("call", "param"),
    [("memshr_ring_enable", 29), ("mem_paging_enable", 27), ("mem_access_enable", 28)],
)
def test_no_ring_gfn_param(call: str, param: int) -> None:
    result = agreed(lambda m: m.call(call, 1))
    assert code(result) == ENOSYS
    assert BY_NAME[call].conditions("doc", ENOSYS) == BY_NAME[call].conditions("xen-4.2", ENOSYS)
    # ... and with the param set, both make the ring
    assert agreed(lambda m: (m.set_hvm_param(1, param, 0x3F), m.call(call, 1))[1]).ok


def test_debug_gfn_on_a_page_that_is_not_shared() -> None:
    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        return m.memshr_debug_gfn(1, 0x11)

    assert code(agreed(scenario)) == EINVAL


@pytest.mark.parametrize("mapping", ["foreign_map", "grant_map"])
def test_nominate_with_extra_references(mapping: str) -> None:
    def scenario(m: Machine) -> CallResult:
        m.memshr_control(1, 1)
        if mapping == "foreign_map":
            assert m.foreign_map(1, 0x11, 0).ok
        else:
            gref = m.grant_access(1, 0x11, 1).output("gref")
            assert m.grant_map(2, gref, 0).ok or m.grant_map(1, gref, 0).ok
        return m.memshr_nominate_gfn(1, 0x11)

    assert code(agreed(scenario)) == E2BIG


def test_amd_npt_is_allowed() -> None:
    config = MachineConfig(HostConfig(vendor="amd"), TWO.domains)

    def scenario(m: Machine) -> CallResult:
        assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
        source = m.memshr_nominate_gfn(1, 0x10).output("handle")
        client = m.memshr_nominate_gfn(2, 0x10).output("handle")
        return m.memshr_share_gfns(1, 0x10, source, 2, 0x10, client)

    assert agreed(scenario, config).ok
    # 4.14 and later refuse a CPU without VMX (mem_sharing_control, RELEASE-4.17.0)
    refused = Machine(config, profile="xen-4.17").memshr_control(1, 1)
    assert refused.errno_name == "EOPNOTSUPP"


def test_no_hap_host_refuses_sharing_in_both() -> None:
    config = MachineConfig(HostConfig(vendor="none"), (DomainConfig(1, pages=64, hap=False),))
    assert code(agreed(lambda m: m.memshr_control(1, 1), config)) == ENODEV


def test_a_32_bit_host_has_no_sharing_in_both() -> None:
    config = MachineConfig(HostConfig(arch="x86_32"), TWO.domains)
    for call, args in (
        ("memshr_control", (1, 1)),
        ("memshr_nominate_gfn", (1, 0x10)),
        ("memshr_audit", ()),
        ("sharing_used_frames", ()),
    ):
        result = agreed(lambda m, c=call, a=args: m.call(c, *a), config)
        assert code(result) == ENOSYS, result
        assert "not x86_64" in result.reason


# ---- the sharing audit's count per bad rmap tuple (issue 10) --------------------------------


def _audit_with_stale_tuples(profile: str, bug: str) -> int:
    """Shares gfn 0x10 of domain 1 with gfn 0x11 of domain 1 (remove_from_physmap_shared)
    or gfn 0x10 of domain 2 (relinquish_skips_shared), lets the planted bug leave the
    second tuple stale, and returns the audit's error count."""
    m = Machine(TWO, profile=profile, bugs=(bug,))
    client = 2 if bug == "relinquish_skips_shared" else 1
    cgfn = 0x10 if client == 2 else 0x11
    assert m.memshr_control(1, 1).ok and m.memshr_control(client, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    other = m.memshr_nominate_gfn(client, cgfn).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, client, cgfn, other).ok
    if client == 2:
        assert m.domain_destroy(2).ok  # the tuple of a domain that is gone
    else:
        assert m.remove_from_physmap(1, cgfn).ok  # the tuple of a cleared entry
    return m.memshr_audit().rc


@pytest.mark.parametrize(
    ("bug", "doc", "xen"),
    [
        # "Incorrect P2M" and "Incorrect P2M type": two errors for one cleared entry.
        ("remove_from_physmap_shared", 1, 2),
        # "Unknown dom" (the tuple is not counted), then "Mismatched counts".
        ("relinquish_skips_shared", 1, 2),
    ],
)
def test_the_audit_counts_each_check_of_a_stale_tuple(bug: str, doc: int, xen: int) -> None:
    """mem_sharing_audit (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0) and audit()
    (RELEASE-4.17.0); the doc profile counts one error per bad tuple."""
    assert _audit_with_stale_tuples("doc", bug) == doc
    assert _audit_with_stale_tuples("xen-4.2", bug) == xen
    assert _audit_with_stale_tuples("xen-4.17", bug) == xen
