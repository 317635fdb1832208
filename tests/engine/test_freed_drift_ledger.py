"""The host's drift ledger for nr_saved_mfns (freed_pages) in xen-4.2.

mem_sharing_add_to_physmap (arch/x86/mm/mem_sharing.c, RELEASE-4.2.0, L1096-1101, L1119)
counts a saved page even when setting the client's p2m entry fails: xen-4.2 reproduces the
count and records it in host.freed_drift, so the audit stays clean; the doc profile counts
nothing; the planted bug add_physmap_failure_accounting (the count without the ledger) is
caught by sharing.1 in both profiles."""

from __future__ import annotations

import pytest

from replay import DomainConfig, HostConfig, Machine, MachineConfig

CONFIG = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))


def _failed_add(m: Machine) -> None:
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    handle = m.memshr_nominate_gfn(1, 0x10).output("handle")
    # 0x1000 lies beyond domain 2's p2m: the client entry cannot be set.
    assert m.memshr_add_to_physmap(1, 0x10, handle, 2, 0x1000).errno_name == "ENOENT"


@pytest.mark.parametrize(("profile", "freed", "drift"), [("doc", 0, 0), ("xen-4.2", 1, 1)])
def test_a_failed_add_to_physmap_counts_a_saved_page_only_in_4_2(
    profile: str, freed: int, drift: int
) -> None:
    m = Machine(CONFIG, profile=profile)
    _failed_add(m)
    assert m.sharing_freed_pages().rc == freed
    assert int(m.host_counters()["freed_drift"][0]) == drift
    assert m.check() == []


@pytest.mark.parametrize("profile", ["doc", "xen-4.2"])
def test_the_count_without_its_ledger_entry_is_caught(profile: str) -> None:
    m = Machine(CONFIG, profile=profile, bugs=["add_physmap_failure_accounting"])
    _failed_add(m)
    assert int(m.host_counters()["freed_drift"][0]) == 0
    assert "sharing.1" in {v.invariant for v in m.check()}


def test_the_ledger_is_journalled() -> None:
    m = Machine(CONFIG, profile="xen-4.2")
    snap = m.snapshot()
    _failed_add(m)
    m.restore(snap)
    assert int(m.host_counters()["freed_drift"][0]) == 0
    assert m.check() == []
