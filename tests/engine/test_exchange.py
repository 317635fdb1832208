"""XENMEM_exchange and seed 004's exchange_and_pin and unpin through the Python API: every
documented code in each profile (errno and reason), a partial exchange's nr_exchanged,
chunks of either order, the machine frames written back, and pinning: pinned gfns keep
their frame, and each operation that would change their mapping refuses them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from haptrace.catalogue import ENUMS, PROFILES, REASONS, lookup
from haptrace.catalogue.errnos import ERRNO
from haptrace.catalogue.limits import DOMID_SELF
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

REASON = {r.id: index for index, r in enumerate(REASONS)}
FAULT = ENUMS["fault_site"].values
MEM_TYPE = ENUMS["mem_type"].values
P2M = ENUMS["p2m_type"].values

CONFIG = MachineConfig(
    HostConfig(total_frames=1024),
    (
        DomainConfig(1, pages=64, max_pages=80),
        DomainConfig(2, pages=64),
        DomainConfig(3, pages=64, pv=True, hap=False),
    ),
)


def machine(profile: str = "doc", config: MachineConfig = CONFIG, **host: int) -> Machine:
    if host:
        from dataclasses import replace

        config = MachineConfig(replace(config.host, **host), config.domains)
    m = Machine(config, profile=profile)
    m.set_oracle(True)
    return m


def header(
    domid: int,
    in_order: int = 0,
    out_order: int = 0,
    flags: int = 0,
    done: int = 0,
    out_domid: int | None = None,
) -> list[tuple[int, ...]]:
    return [(domid, domid if out_domid is None else out_domid, in_order, out_order, flags, done)]


def exchange(
    m: Machine,
    hdr: list[tuple[int, ...]],
    inputs: list[int],
    outputs: list[int],
    nr_in: int | None = None,
    nr_out: int | None = None,
    pin: bool = False,
) -> CallResult:
    call = m.memory_exchange_and_pin if pin else m.memory_exchange
    return call(hdr, nr_in, inputs, nr_out, outputs)


def nr_exchanged(result: CallResult) -> int:
    return int(result.output("exchange")[0][5])


def mfn(m: Machine, domid: int, gfn: int) -> int:
    return int(m.p2m(domid)[gfn]["mfn"])


def fill_host(m: Machine) -> None:
    """Every free frame goes to a new domain: nothing left for Xen."""
    assert m.domain_create(7, int(m.host_counters()[0]["free_frames"])).ok
    assert int(m.host_counters()[0]["free_frames"]) == 0


# ---- the codes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    call: str
    profiles: tuple[str, ...]
    errno: str
    reason: str
    run: Callable[[Machine], CallResult]


DOC, OLD, BOTH = ("doc",), ("xen-4.2",), ("doc", "xen-4.2", "xen-4.17")
EXCHANGES = ("memory_exchange", "memory_exchange_and_pin")


def _x(
    hdr: list[tuple[int, ...]],
    inputs: list[int],
    outputs: list[int],
    nr_in: int | None = None,
    nr_out: int | None = None,
    caller: int = 0,
    prepare: Callable[[Machine], object] | None = None,
) -> Callable[[Machine, bool], CallResult]:
    def run(m: Machine, pin: bool) -> CallResult:
        if prepare is not None:
            prepare(m)
        with m.caller(caller):
            return exchange(m, hdr, inputs, outputs, nr_in, nr_out, pin)

    return run


def _shared_input(m: Machine) -> None:
    assert m.memshr_control(1, 1).ok
    source = m.memshr_nominate_gfn(1, 0x10).output("handle")
    client = m.memshr_nominate_gfn(1, 0x11).output("handle")
    assert m.memshr_share_gfns(1, 0x10, source, 1, 0x11, client).ok
    fill_host(m)


EXCHANGE_CASES = (
    ("EINVAL", "EXCH_PROGRESS_BAD", _x(header(1, done=2), [0x10], [0x10])),
    ("EINVAL", "EXCH_DOMIDS", _x(header(1, out_domid=DOMID_SELF), [0x10], [0x10])),
    ("EINVAL", "EXCH_ORDER", _x(header(1, 19, 19), [0x10], [0x10])),
    ("EINVAL", "EXCH_OVERFLOW", _x(header(1, 1, 1), [0x10], [0x10], 1 << 63, 1 << 63)),
    ("EINVAL", "EXCH_SIZES", _x(header(1, 0, 1), [0x10, 0x11], [0x10, 0x12])),
    ("EFAULT", "EXCH_LIST_RANGE", _x(header(1), [0x10], [0x10, 0x11], 2)),
    ("EFAULT", "EXCH_LIST_RANGE", _x(header(1), [0x10, 0x11], [0x10], None, 2)),
    ("EPERM", "EXCH_MULTIPAGE", _x(header(DOMID_SELF, 10, 10), [0], [0], caller=1)),
    ("ESRCH", "NO_DOMAIN", _x(header(9), [0x10], [0x10])),
    ("EPERM", "NOT_PRIVILEGED", _x(header(2), [0x10], [0x10], caller=1)),
    ("EPERM", "NOT_PRIVILEGED", _x(header(1), [0x10], [0x10], caller=1)),
    ("ENOMEM", "EXCH_SHARED_NOMEM", _x(header(1), [0x10], [0x10], prepare=_shared_input)),
    ("EINVAL", "EXCH_NO_PAGE", _x(header(1), [0x70], [0x70])),
    ("EINVAL", "EXCH_NO_PAGE", _x(header(1), [0x1000], [0x10])),
    (
        "EINVAL",
        "EXCH_STEAL",
        _x(header(1), [0x10], [0x10], prepare=lambda m: m.foreign_map(1, 0x10, 0)),
    ),
    ("EINVAL", "EXCH_STEAL", _x(header(1, 0, 1), [0x10, 0x10], [0x10])),
    ("ENOMEM", "EXCH_ALLOC", _x(header(1), [0x10], [0x10], prepare=fill_host)),
    ("ENOMEM", "EXCH_ALLOC", _x(header(1, flags=13), [0x10], [0x10])),
)

CASES: list[Case] = [
    Case(name, BOTH, errno, reason, (lambda r, pin: lambda m: r(m, pin))(run, name != EXCHANGES[0]))
    for errno, reason, run in EXCHANGE_CASES
    for name in EXCHANGES
]
# exchange_and_pin and unpin exist in doc only.
CASES = [
    c if c.call == "memory_exchange" else Case(c.call, DOC, c.errno, c.reason, c.run) for c in CASES
]


def _unpin(
    domid: int = 1,
    gfns: tuple[int, ...] = (0x10,),
    nr: int | None = None,
    order: int = 0,
    caller: int = 0,
    prepare: Callable[[Machine], object] | None = None,
) -> Callable[[Machine], CallResult]:
    def run(m: Machine) -> CallResult:
        if prepare is not None:
            prepare(m)
        with m.caller(caller):
            return m.memory_unpin(domid, nr, order, list(gfns))

    return run


def _pinned(m: Machine) -> None:
    assert exchange(m, header(1), [0x10], [0x10], pin=True).ok


def _no_pin_ops(run: Callable[[Machine], CallResult]) -> Callable[[Machine], CallResult]:
    def off(m: Machine) -> CallResult:
        bare = machine("doc", exchange_and_pin=0)
        return run(bare)

    return off


CASES += [
    Case(
        "memory_exchange_and_pin",
        OLD,
        "ENOSYS",
        "MEMOP_UNKNOWN_42",
        lambda m: exchange(m, header(1), [0x10], [0x10], pin=True),
    ),
    Case(
        "memory_exchange_and_pin",
        DOC,
        "ENOSYS",
        "PIN_UNSUPPORTED",
        _no_pin_ops(lambda m: exchange(m, header(1), [0x10], [0x10], pin=True)),
    ),
    Case(
        "memory_exchange_and_pin",
        DOC,
        "EINVAL",
        "PIN_ALREADY",
        lambda m: (_pinned(m), exchange(m, header(1), [0x10], [0x10], pin=True))[1],
    ),
    Case(
        "memory_exchange_and_pin",
        DOC,
        "EINVAL",
        "PIN_NOT_RW",
        lambda m: (
            m.hvm_set_mem_type(1, MEM_TYPE["ram_ro"], 0x10, 1),
            exchange(m, header(1), [0x10], [0x10], pin=True),
        )[1],
    ),
    Case(
        "memory_exchange_and_pin",
        DOC,
        "EFAULT",
        "PIN_INTERNAL",
        lambda m: (
            m.inject_fault(FAULT["copy"], 1),
            exchange(m, header(1), [0x10], [0x10], pin=True),
        )[1],
    ),
    Case("memory_unpin", OLD, "ENOSYS", "MEMOP_UNKNOWN_42", _unpin()),
    Case("memory_unpin", DOC, "ENOSYS", "PIN_UNSUPPORTED", _no_pin_ops(_unpin())),
    Case("memory_unpin", DOC, "EINVAL", "EXCH_ORDER", _unpin(order=19)),
    Case("memory_unpin", DOC, "EINVAL", "EXCH_OVERFLOW", _unpin(order=1, nr=1 << 63)),
    Case("memory_unpin", DOC, "EFAULT", "EXCH_LIST_RANGE", _unpin(nr=2)),
    Case("memory_unpin", DOC, "ESRCH", "NO_DOMAIN", _unpin(domid=9)),
    Case("memory_unpin", DOC, "EPERM", "NOT_PRIVILEGED", _unpin(domid=2, caller=1)),
    Case("memory_unpin", DOC, "EINVAL", "PIN_NOT_PINNED", _unpin()),
    Case(
        "memory_unpin", DOC, "EINVAL", "PIN_NOT_PINNED", _unpin(gfns=(0x10, 0x11), prepare=_pinned)
    ),
    Case(
        "remove_from_physmap",
        DOC,
        "EBUSY",
        "REMOVE_PINNED",
        lambda m: (_pinned(m), m.remove_from_physmap(1, 0x10))[1],
    ),
]

PARAMS = [(case, profile) for case in CASES for profile in case.profiles]


@pytest.mark.parametrize(
    ("case", "profile"), PARAMS, ids=[f"{c.call}-{c.reason}-{p}" for c, p in PARAMS]
)
def test_the_documented_code_and_its_reason(case: Case, profile: str) -> None:
    m = machine(profile)
    result = case.run(m)
    assert (result.errno_name, result.reason) == (case.errno, REASONS[REASON[case.reason]].text)
    assert lookup(case.call).errnos(profile) >= {result.errno}
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", [*EXCHANGES, "memory_unpin"])
def test_the_cases_reach_every_documented_code(name: str, profile: str) -> None:
    reached = {ERRNO[c.errno] for c in CASES if c.call == name and profile in c.profiles}
    assert reached == set(lookup(name).errnos(profile))


def test_remove_from_physmap_documents_the_pin_in_doc_only() -> None:
    assert ERRNO["EBUSY"] in lookup("remove_from_physmap").errnos("doc")
    assert ERRNO["EBUSY"] not in lookup("remove_from_physmap").errnos("xen-4.2")


# ---- behaviour --------------------------------------------------------------------------


@pytest.mark.parametrize("profile", PROFILES)
def test_a_partial_exchange_reports_the_chunks_done(profile: str) -> None:
    m = machine(profile)
    old = [mfn(m, 1, g) for g in (0x10, 0x11, 0x12)]
    before = m.domain_getinfo(1).output("tot_pages")
    # Chunks of 2 pages (out order 1); the second chunk meets a hole at 0x71.
    result = exchange(m, header(1, 0, 1), [0x10, 0x11, 0x70, 0x71], [0x20, 0x30])
    assert (result.errno_name, result.reason_id) == ("EINVAL", REASON["EXCH_NO_PAGE"])
    assert nr_exchanged(result) == 2
    assert m.p2m_types(1)[0x10] == P2M["invalid"] and m.p2m_types(1)[0x11] == P2M["invalid"]
    new = (mfn(m, 1, 0x20), mfn(m, 1, 0x21))
    assert new[1] == new[0] + 1 and new[0] % 2 == 0  # an aligned 2-page extent
    assert mfn(m, 1, 0x12) == old[2]
    assert m.domain_getinfo(1).output("tot_pages") == before
    # Resuming from nr_exchanged after the hole is mapped finishes the job.
    assert m.populate_physmap(1, 2, 0, 0, [0x70, 0x71]).rc == 2
    resumed = exchange(m, header(1, 0, 1, done=2), [0x10, 0x11, 0x70, 0x71], [0x20, 0x30])
    assert resumed.ok and nr_exchanged(resumed) == 4
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_one_input_extent_for_several_outputs(profile: str) -> None:
    m = machine(profile)
    result = exchange(m, header(1, 2, 0), [0x10], [0x40, 0x44, 0x48, 0x4C])
    assert result.ok and nr_exchanged(result) == 1
    assert all(m.p2m_types(1)[g] == P2M["invalid"] for g in range(0x10, 0x14))
    assert all(m.p2m_types(1)[g] == P2M["ram_rw"] for g in (0x40, 0x44, 0x48, 0x4C))
    # Only a translated domain's frames stay hidden from it.
    assert result.output("out_extents") == (0x40, 0x44, 0x48, 0x4C)
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_a_paravirtualised_domain_gets_its_machine_frames(profile: str) -> None:
    m = machine(profile)
    result = exchange(m, header(3, 0, 1), [0x10, 0x11], [0x20])
    assert result.ok
    assert result.output("out_extents") == (mfn(m, 3, 0x20),)
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_an_output_over_a_populated_gfn_leaks_the_old_page(profile: str) -> None:
    m = machine(profile)
    old = mfn(m, 1, 0x20)
    before = m.domain_getinfo(1).output("tot_pages")
    assert exchange(m, header(1), [0x10], [0x20]).ok
    frame = m.frames()[old]
    assert int(frame["owner"]) == m.domain_table()["domid"].tolist().index(1)  # still its own
    assert int(frame["m2p"]) == 0xFFFFFFFF  # but mapped nowhere
    assert m.domain_getinfo(1).output("tot_pages") == before
    assert m.check() == []


@pytest.mark.parametrize("profile", PROFILES)
def test_a_guest_exchanges_its_own_memory_with_domid_self(profile: str) -> None:
    m = machine(profile)
    with m.caller(1):
        result = exchange(m, header(DOMID_SELF), [0x10, 0x11], [0x10, 0x11])
    assert result.ok and m.p2m_types(1)[0x10] == P2M["ram_rw"]
    assert m.check() == []


def test_address_bits_keep_the_outputs_low() -> None:
    m = machine()
    result = exchange(m, header(1, flags=12 + 9), [0x10], [0x10])  # below frame 512
    assert result.ok and mfn(m, 1, 0x10) < 512


# ---- pinning ------------------------------------------------------------------------------


def test_exchange_and_pin_gives_every_domain_its_frames_and_pins_them() -> None:
    m = machine()
    result = exchange(m, header(1, 0, 1), [0x10, 0x11], [0x20], pin=True)
    assert result.ok
    base = mfn(m, 1, 0x20)
    assert result.output("out_extents") == (base,)  # a translated domain too
    assert [int(m.p2m(1)[g]["pin"]) != 0 for g in (0x20, 0x21)] == [True, True]
    assert int(m.frames()[base]["refs"]) == 1  # the pin's reference
    assert m.check() == []


def _pin_at(m: Machine, gfn: int = 0x10) -> int:
    assert exchange(m, header(1), [gfn], [gfn], pin=True).ok
    return mfn(m, 1, gfn)


def _paging(m: Machine) -> None:
    assert m.set_hvm_param(1, 27, 0x3F).ok
    assert m.mem_paging_enable(1).ok


REFUSALS: dict[str, tuple[Callable[[Machine], CallResult], str, str]] = {
    "memshr_nominate_gfn": (
        lambda m: m.memshr_nominate_gfn(1, 0x10),
        "E2BIG",
        "NOMINATE_EXTRA_REFS",
    ),
    "mem_paging_nominate": (lambda m: m.mem_paging_nominate(1, 0x10), "EBUSY", "PAGING_REFERENCED"),
    "remove_from_physmap": (lambda m: m.remove_from_physmap(1, 0x10), "EBUSY", "REMOVE_PINNED"),
    "memory_exchange": (lambda m: exchange(m, header(1), [0x10], [0x10]), "EINVAL", "EXCH_STEAL"),
    "memory_exchange_and_pin": (
        lambda m: exchange(m, header(1), [0x10], [0x10], pin=True),
        "EINVAL",
        "PIN_ALREADY",
    ),
    "decrease_reservation": (
        lambda m: m.decrease_reservation(1, None, 0, [0x11, 0x10, 0x12]),
        "",
        "RESERVATION_PINNED",
    ),
    "populate_physmap": (
        lambda m: m.populate_physmap(1, None, 1, 0, [0x12, 0x10]),
        "",
        "RESERVATION_PINNED",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_each_operation_refuses_a_pinned_gfn(name: str) -> None:
    m = machine()
    assert m.memshr_control(1, 1).ok
    _paging(m)
    pinned = _pin_at(m)
    run, errno, reason = REFUSALS[name]
    result = run(m)
    assert (result.errno_name, result.reason_id) == (errno, REASON[reason])
    assert mfn(m, 1, 0x10) == pinned
    assert m.check() == []
    # Once unpinned, the same operation goes through.
    assert m.memory_unpin(1, None, 0, [0x10]).ok
    assert int(m.frames()[pinned]["refs"]) == 0
    retried = run(m)
    assert retried.reason_id != REASON[reason]
    assert m.check() == []


def test_a_reservation_op_stops_at_the_extent_with_the_pin() -> None:
    m = machine()
    _pin_at(m)
    assert m.decrease_reservation(1, None, 0, [0x11, 0x10, 0x12]).rc == 1
    assert m.p2m_types(1)[0x11] == P2M["invalid"] and m.p2m_types(1)[0x12] == P2M["ram_rw"]


def test_what_does_not_change_the_mapping_is_allowed_on_a_pinned_gfn() -> None:
    m = machine()
    pinned = _pin_at(m)
    assert m.hvm_set_mem_type(1, MEM_TYPE["ram_ro"], 0x10, 1).ok
    assert m.guest_read(1, 0x10).ok
    assert m.foreign_map(1, 0x10, 1).ok
    assert m.shadow_logdirty(1, 1).ok
    assert mfn(m, 1, 0x10) == pinned
    assert m.check() == []


def test_unpin_is_all_or_nothing_and_a_page_listed_twice_is_unpinned_once() -> None:
    m = machine()
    _pin_at(m, 0x10)
    _pin_at(m, 0x11)
    assert m.memory_unpin(1, None, 0, [0x10, 0x12]).errno_name == "EINVAL"
    assert int(m.p2m(1)[0x10]["pin"]) != 0  # untouched
    assert m.memory_unpin(1, None, 0, [0x10, 0x10, 0x11]).ok
    assert int(m.p2m(1)[0x10]["pin"]) == 0 and int(m.p2m(1)[0x11]["pin"]) == 0
    assert m.check() == []


def test_pins_go_with_their_domain() -> None:
    m = machine()
    _pin_at(m)
    assert m.domain_destroy(1).ok
    assert 1 not in m.domain_ids()
    assert m.check() == []


def test_an_output_on_a_pinned_gfn_leaves_the_pin_alone() -> None:
    m = machine()
    pinned = _pin_at(m, 0x20)
    assert exchange(m, header(1), [0x10], [0x20]).ok
    assert mfn(m, 1, 0x20) == pinned
    assert m.check() == []


@pytest.mark.parametrize("name", ["memory_exchange_and_pin", "memory_unpin"])
def test_memory_ops_26_and_27_are_other_calls_in_4_17(name: str) -> None:
    """XENMEM_get_vnumainfo and XENMEM_reserved_device_memory_map there: not modelled."""
    m = machine("xen-4.17")
    pin = exchange(m, header(1), [0x10], [0x10], pin=True)
    result = _unpin()(m) if name == "memory_unpin" else pin
    assert result.unsupported, str(result)
    assert result.reason == REASONS[REASON["MEMOP_OTHER_CALL_4_17"]].text
    assert not lookup(name).errnos("xen-4.17")
