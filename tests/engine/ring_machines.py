"""What the ring and guest-fault tests share: the catalogue's enum values they name, and
reading and answering a ring of domain 1 (tests/engine/test_ring_pauses_4_2.py,
test_fault_end_order.py, test_guest_exec.py)."""

from __future__ import annotations

from haptrace.catalogue import ENUMS, REASONS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

RING = ENUMS["ring"].values
FLAGS = ENUMS["ring_flags"].values
ACCESS = ENUMS["access"].values
P2M = ENUMS["p2m_type"].values
PARAM = ENUMS["hvm_param"].values
REASON = {r.id: r.text for r in REASONS}


def requests(m: Machine, ring: str) -> list[tuple[int, int, int]]:
    """Domain 1's pending requests on the ring: (gfn, vcpu, flags) each, taken off it."""
    out = []
    while (req := m.ring_get_request(1, RING[ring])).ok:
        out.append((req.output("gfn"), req.output("vcpu_id"), req.output("flags")))
    return out


def answer(m: Machine, ring: str, port: int, gfn: int, flags: int) -> None:
    """Domain 1's listener answers a request for gfn and kicks the ring's port."""
    assert m.ring_put_response(1, RING[ring], gfn, 0, flags).ok
    assert m.evtchn_send(1, port).ok


def enomem_machine(profile: str) -> tuple[Machine, int]:
    """Domain 1 (64 pages): gfns 0x10 and 0x11 share a frame, the domain is at max_pages,
    a sharing ring is up (the set-up of corpus/sharing/resume.trace.txt); and the ring's
    port."""
    m = Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=64),)), profile=profile)
    assert m.memshr_control(1, 1).ok
    h0 = m.memshr_nominate_gfn(1, 0x10).output("handle")
    h1 = m.memshr_nominate_gfn(1, 0x11).output("handle")
    assert m.memshr_share_gfns(1, 0x10, h0, 1, 0x11, h1).ok
    assert m.populate_physmap(1, None, 0, 0, [0x40, 0x41]).rc == 2
    assert m.set_hvm_param(1, PARAM["sharing_ring_pfn"], 0x3F).ok
    return m, m.memshr_ring_enable(1).output("port")
