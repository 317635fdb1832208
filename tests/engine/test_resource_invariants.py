"""The invariants of the grant-table, resource and exchange families: each one is violated by
a deliberately broken state (a planted bug, or engine memory corrupted through the numpy
views) and holds on clean runs of the same calls."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from haptrace.catalogue import ENUMS
from replay import DomainConfig, HostConfig, Machine, MachineConfig

TYPE = ENUMS["resource_type"].values
GRANT, IOREQ = TYPE["grant_table"], TYPE["ioreq_server"]
CONFIG = MachineConfig(
    HostConfig(total_frames=1024),
    (DomainConfig(1, pages=64), DomainConfig(2, pages=64)),
)


def machine(bugs: tuple[str, ...] = ()) -> Machine:
    m = Machine(CONFIG, bugs=bugs)
    m.set_oracle(True)
    return m


def violated(m: Machine) -> set[str]:
    return {v.invariant for v in m.check()}


# Each scenario returns the machine after its calls; `broken` says how to break it (a bug to
# plant, or a corruption to apply after the calls).


def grant_frames(m: Machine) -> Machine:
    mapped = m.map_resource(1, GRANT, 0, 0, 4)
    assert mapped.ok
    m.grant_frame = mapped.output("mfns")[0]  # type: ignore[attr-defined]
    return m


def status_frame(m: Machine) -> Machine:
    with m.caller(1):
        assert m.gnttab_set_version(2).ok
    assert m.map_resource(1, GRANT, 1, 0, 1).ok
    with m.caller(1):
        m.gnttab_set_version(1)  # EBUSY while the frame is mapped; 4.2 freed it
    return m


def ioreq_pages(m: Machine) -> Machine:
    sid = m.ioreq_server_create(1, 1).output("id")
    got = m.acquire_resource(1, IOREQ, sid, None, 0, 0, [0, 0])
    assert got.ok
    m.ioreq_page = got.output("frame_list")[1]  # type: ignore[attr-defined]
    return m


def size_query(m: Machine) -> Machine:
    m.resource_size(1, 3, 0)
    m.resource_size(1, GRANT, 0)
    return m


def translated_acquire(m: Machine) -> Machine:
    assert m.domain_set_target(2, 1).ok
    with m.caller(2):
        assert m.acquire_resource(1, GRANT, 0, None, 0, 5, [0]).errno_name == "EACCES"
    assert m.domain_destroy(1).ok
    return m


def missing_domain(m: Machine) -> Machine:
    m.memory_exchange([(77, 77, 0, 0, 0, 0)], None, [0x10], None, [0x10])
    return m


def pinned(m: Machine) -> Machine:
    assert m.memory_exchange_and_pin([(1, 1, 0, 0, 0, 0)], None, [0x10], None, [0x10]).ok
    return m


def _corrupt_refs(m: Machine) -> None:
    m.frames()[m.grant_frame]["refs"] += 1  # type: ignore[attr-defined]


def _corrupt_grant_owner(m: Machine) -> None:
    m.frames()[m.grant_frame]["owner"] = 2  # type: ignore[attr-defined]


def _free_ioreq_page(m: Machine) -> None:
    m.frames()[m.ioreq_page]["bits"] &= 0x7F  # type: ignore[attr-defined]


def _move_pinned_gfn(m: Machine) -> None:
    m.p2m(1)[0x10]["mfn"] = m.p2m(1)[0x11]["mfn"]


def _forget_pin(m: Machine) -> None:
    m.p2m(1)[0x10]["pin"] = 0


BROKEN: list[
    tuple[str, Callable[[Machine], Machine], tuple[str, ...], Callable[[Machine], None] | None]
] = [
    ("gnttab.1", grant_frames, (), _corrupt_grant_owner),
    ("resource.1", status_frame, ("gnttab_status_freed_while_mapped",), None),
    ("resource.1", grant_frames, (), _corrupt_refs),
    ("resource.2", size_query, ("acquire_unknown_type_size",), None),
    ("ioreq.1", ioreq_pages, (), _free_ioreq_page),
    ("host.locks_balanced", translated_acquire, ("acquire_eacces_no_unlock",), None),
    ("exchange.1", missing_domain, ("exchange_missing_domain_ok",), None),
    ("pin.1", pinned, (), _move_pinned_gfn),
    ("pin.1", pinned, (), _forget_pin),
]


@pytest.mark.parametrize(
    ("invariant", "scenario", "bugs", "corrupt"),
    BROKEN,
    ids=[f"{inv}-{s.__name__}-{b[0] if b else c.__name__ if c else ''}" for inv, s, b, c in BROKEN],
)
def test_a_broken_state_violates_the_invariant(
    invariant: str,
    scenario: Callable[[Machine], Machine],
    bugs: tuple[str, ...],
    corrupt: Callable[[Machine], None] | None,
) -> None:
    m = scenario(machine(bugs))
    if corrupt is not None:
        corrupt(m)
    assert invariant in violated(m)


@pytest.mark.parametrize(
    "scenario",
    sorted({s for _, s, _, _ in BROKEN}, key=lambda s: s.__name__),
    ids=lambda s: s.__name__,
)
def test_the_same_calls_run_clean(scenario: Callable[[Machine], Machine]) -> None:
    assert violated(scenario(machine())) == set()
