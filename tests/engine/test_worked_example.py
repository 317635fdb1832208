"""The seed's worked example for xc_sharing_freed_pages / xc_sharing_used_frames: "if two
domains contain a single entry in their p2m table that points to the same shared page (and
no other pages in the system are shared)", freed_pages is 1 and used_frames is 1, and
Σ shr_pages = 2 = freed_pages + used_frames."""

from __future__ import annotations

import pytest

from haptrace.catalogue import PROFILES
from replay import Machine


def _shr_pages(m: Machine) -> int:
    return sum(d["shr_pages"] for d in m.counters()["domains"].values())


@pytest.mark.parametrize("profile", PROFILES)
def test_two_domains_one_shared_page(profile: str) -> None:
    m = Machine(profile=profile)  # the default machine: two HAP domains
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    m.guest_write(1, 0x10, 0xCAFE)
    m.guest_write(2, 0x20, 0xCAFE)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x20).output("handle")
    assert (source, client) == (2, 3)
    # nominated, not yet shared: two shared frames, nothing saved
    assert (m.sharing_used_frames().rc, m.sharing_freed_pages().rc) == (2, 0)
    free_before = m.counters()["free_frames"]

    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x20, client).ok

    # through the calls ...
    assert m.sharing_used_frames().rc == 1
    assert m.sharing_freed_pages().rc == 1
    info = [m.domain_getinfo(d) for d in (1, 2)]
    assert [i.output("shr_pages") for i in info] == [1, 1]
    assert m.memshr_debug_gfn(1, 0x10).rc == m.memshr_debug_gfn(2, 0x20).rc == 2
    # ... and through the counters
    counters = m.counters()
    assert (counters["used_frames"], counters["freed_pages"]) == (1, 1)
    assert [counters["domains"][d]["shr_pages"] for d in (1, 2)] == [1, 1]
    assert _shr_pages(m) == 2 == counters["freed_pages"] + counters["used_frames"]
    host = m.host_counters()[0]
    assert (host["used_frames"], host["freed_pages"]) == (1, 1)
    # the client's frame went back to the host
    assert counters["free_frames"] == free_before + 1
    # "either 3-tuple can be specified later": both resolve to the source handle
    assert m.memshr_nominate_gfn(2, 0x20).output("handle") == source
    assert m.guest_read(2, 0x20).output("value") == 0xCAFE
    assert m.memshr_audit().rc == 0
    assert m.check() == []


def test_the_client_handle_is_dead_after_the_share() -> None:
    m = Machine()
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(2, 0x20).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 2, 0x20, client).ok
    # sharing again with the client's old handle fails on the handle check
    m.memshr_nominate_gfn(2, 0x21)
    again = m.memshr_share_gfns(2, 0x21, client, 1, 0x10, source)
    assert not again.ok and again.errno_name in ("S_HANDLE_INVALID", "C_HANDLE_INVALID")
    assert m.counters()["last_handle"] == 4  # handles are never reused
