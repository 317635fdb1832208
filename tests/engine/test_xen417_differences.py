"""The 4.2 -> 4.17 differences table of the reference (/work/shared/reference/xen-4.17.md,
section 3.14), row by row: each row runs one call in the xen-4.2 and the xen-4.17 profile
and checks both answers.  Rows about the hypercall ABI itself (transport, interface
versions, struct layouts, sub-op numbers) are the ABI layer's: tests/abi."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pv_machines import call_with_short_list

from haptrace.catalogue.build import PRESETS
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig

DOMAINS = (
    DomainConfig(1, pages=64, vcpus=1),
    DomainConfig(2, pages=64, vcpus=2),
    DomainConfig(3, pages=64, pv=True, hap=False),
)
Run = Callable[[Machine], CallResult]


@dataclass(frozen=True)
class Row:
    topic: str
    run: Run
    xen_4_2: str  # "0", a value, or an errno name
    xen_4_17: str
    host: tuple[tuple[str, object], ...] = ()


def answer(result: CallResult) -> str:
    if result.unsupported:
        return "unsupported"
    return result.errno_name if result.rc == -1 else str(result.rc)


def _nominate_with_sharing_off(m: Machine) -> CallResult:
    return m.memshr_nominate_gfn(1, 0x10)


def _enable_on_pv(m: Machine) -> CallResult:
    return m.memshr_control(3, 1)


def _enable(m: Machine) -> CallResult:
    return m.memshr_control(1, 1)


def _disable_without_hap(m: Machine) -> CallResult:
    assert m.domain_create(5, 16, flags=0).ok  # HVM on shadow paging
    return m.memshr_control(5, 0)


def _audit(m: Machine) -> CallResult:
    return m.memshr_audit()


def _first_handle(m: Machine) -> CallResult:
    assert m.memshr_control(1, 1).ok
    return CallResult.of(0, m.memshr_nominate_gfn(1, 0x10).output("handle") or 0, 0)


def _resume_without_ring(m: Machine) -> CallResult:
    assert m.memshr_control(1, 1).ok
    return m.memshr_domain_resume(1)


def _unaligned_load(m: Machine) -> CallResult:
    assert m.set_hvm_param(1, 27, 0x3F).ok and m.mem_paging_enable(1).ok
    assert m.mem_paging_nominate(1, 0x10).ok and m.mem_paging_evict(1, 0x10).ok
    return m.mem_paging_load(1, 0x10, 0x100010010)  # libxc's page + 0x10


def _range_share(m: Machine) -> CallResult:
    assert m.memshr_control(1, 1).ok and m.memshr_control(2, 1).ok
    assert m.domain_pause(1).ok and m.domain_pause(2).ok
    return m.memshr_range_share(1, 2, 0x10, 0x13)


def _fork_reset(m: Machine) -> CallResult:
    return m.memshr_fork_reset(1, 4)


def _tmem(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.tmem_new_pool([0, 0], 0)


def _xen_version(m: Machine) -> CallResult:
    return m.xenver_version()


def _guest_commandline(m: Machine) -> CallResult:
    """A guest's command line: 1 when it reads "<denied>", else 0."""
    with m.caller(1, 0):
        result = m.xenver_commandline()
    text = bytes(result.output("buffer") or ()).split(b"\0")[0].decode()
    assert result.ok and text
    return CallResult.of(0, int(text == "<denied>"), 0)


def _guest_build_id(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.xenver_raw(10)


def _acquire_resource_size(m: Machine) -> CallResult:
    return m.resource_size(1, 1, 0)


def _used_frames_after_share(m: Machine) -> CallResult:
    m.memshr_control(1, 1)
    m.memshr_nominate_gfn(1, 0x10)
    return m.sharing_used_frames()


def _paging_enable(m: Machine) -> CallResult:
    assert m.set_hvm_param(1, 27, 0x3F).ok
    return m.mem_paging_enable(1)


def _sharing_ring_enable(m: Machine) -> CallResult:
    assert m.set_hvm_param(1, 29, 0x3D).ok
    return m.memshr_ring_enable(1)


def _guest_alloc_unbound_in_itself_by_id(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.evtchn_alloc_unbound(1, 0)


def _guest_alloc_unbound_in_a_dying_domain(m: Machine) -> CallResult:
    assert m.foreign_map(2, 0x10, 0).ok  # keeps domain 2 dying, not gone
    assert m.domain_destroy(2).ok
    with m.caller(1, 0):
        return m.evtchn_alloc_unbound(2, 0)


def _pvh_dom0_pv_only_call(m: Machine) -> CallResult:
    """A PVH hardware domain's PV-only hypercall (set_trap_table, 0) meets the HVM table."""
    return m.hypercall_raw(0, 0, 0, 0, 0, 0)


def _pvh_dom0_foreign_map(m: Machine) -> CallResult:
    """The toolstack's foreign map on a PVH hardware domain (p2m_add_foreign): not modelled."""
    return m.foreign_map(1, 0x10, 0)


def _hvm_multicall(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.multicall([], 0)


def _hvm_domctl(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.domain_pause(2)


def _status_of_a_ring_port(m: Machine) -> CallResult:
    assert m.set_hvm_param(1, 27, 0x3F).ok
    port = m.mem_paging_enable(1).output("port")
    assert port is not None
    return m.evtchn_status(1, port)


def _guest_status_of_itself_by_id(m: Machine) -> CallResult:
    with m.caller(1, 0):
        return m.evtchn_status(1, 0)


def _remove_from_pv_physmap(m: Machine) -> CallResult:
    return m.remove_from_physmap(3, 1)


def _ring_without_a_gfn(m: Machine) -> CallResult:
    return m.mem_paging_enable(1)  # HVM_PARAM_PAGING_RING_PFN left 0


def _access_op_without_a_ring(m: Machine) -> CallResult:
    return m.hvm_set_mem_access(1, 3, 0x10, 1)


def _monitor_ring(m: Machine) -> CallResult:
    assert m.set_hvm_param(1, 28, 0x3E).ok
    return m.mem_access_enable(1)


def _access_default_with_a_ring(m: Machine) -> CallResult:
    _monitor_ring(m)
    return m.hvm_set_mem_access(1, 10, 0x10, 1)


def _set_access_multi(m: Machine) -> CallResult:
    _monitor_ring(m)
    return m.mem_access_set_multi(1, entries=[(0x10, 1), (0x11, 2)])


def _access_disable_with_a_vcpu_waiting(m: Machine) -> CallResult:
    """corpus/xen-4.17/access-disable-busy.trace.txt on domain 2 (two vcpus): 4.17's
    8 slots, no black eye for a sync event's vcpu, wake_blocked by free slots, and the
    claim before the pause leave vcpu 1 asleep on the monitor ring."""
    assert m.set_hvm_param(2, 28, 0x3E).ok and m.mem_access_enable(2).ok
    assert m.hvm_set_mem_access(2, 9, 0, 8).ok and m.hvm_set_mem_access(2, 1, 0x10, 2).ok
    for gfn in range(7):
        assert m.guest_read(2, gfn, 0).ok
    m.guest_write(2, 0x10, 5, 1)  # EAGAIN: paused with its request
    while m.ring_get_request(2, 2).ok:
        pass
    assert m.ring_put_response(2, 2, 0x10, 1, 1).ok and m.mem_access_resume(2).ok
    m.guest_read(2, 7, 0)
    m.guest_write(2, 0x11, 6, 1)
    return m.mem_access_disable(2)


def _last_vcpu_down(m: Machine) -> CallResult:
    """1 when taking the PV guest's only vcpu down shut the domain down."""
    with m.caller(3, 0):
        assert m.vcpu_down(0).ok
    flags = m.domain_getinfo(3).output("flags") or 0
    return CallResult.of(0, int(bool(flags & 4)), 0)  # DOMINF_shutdown


def _huge_vcpuid(m: Machine) -> CallResult:
    with m.caller(3, 0):
        return m.vcpu_is_up(8192)


def _ring_slots(m: Machine) -> CallResult:
    """How many responses the paging ring takes before it is full."""
    assert m.set_hvm_param(1, 27, 0x3F).ok and m.mem_paging_enable(1).ok
    room = 0
    while room < 100 and m.ring_put_response(1, 1, 0x10, 0, 0).ok:
        room += 1
    return CallResult.of(0, room, 0)


def _exchange_and_pin_number(m: Machine) -> CallResult:
    return m.memory_unpin(1, 1, 0, [0x10])


def _share_with_itself_after_disable(m: Machine) -> CallResult:
    """The fuzzer's first 4.17 finding, minimised: the memop re-enables sharing on the
    source, which is also the client (the oracle must read the flag after the call)."""
    assert m.memshr_control(1, 1).ok
    first = m.memshr_nominate_gfn(1, 0x10).output("handle") or 0
    second = m.memshr_nominate_gfn(1, 0x11).output("handle") or 0
    assert m.memshr_control(1, 0).ok
    return m.memshr_share_gfns(1, 0x10, first, 1, 0x11, second)


def _gref_beyond_the_table(m: Machine) -> CallResult:
    assert m.memshr_control(1, 1).ok and m.grant_access(1, 0x10, 1).ok
    return m.memshr_nominate_gref(1, 5000)


def _gref_not_granted(m: Machine) -> CallResult:
    """4.2 reads entry 9's frame (0) regardless and nominates gfn 0 (it has no grant
    mapping: E2BIG); 4.17 refuses the entry (ENXIO)."""
    assert m.memshr_control(1, 1).ok and m.grant_access(1, 0x10, 1).ok
    return m.memshr_nominate_gref(1, 9)


def _nominate_on_a_dying_domain(m: Machine) -> CallResult:
    """The reference's "dying: EBUSY" is page_make_sharable's (mem_sharing.c,
    RELEASE-4.17.0), behind mem_sharing_memop's rcu_lock_live_remote_domain_by_id, which
    refuses a dying domain with EINVAL first: only a race reaches the EBUSY."""
    assert m.memshr_control(1, 1).ok
    assert m.foreign_map(1, 0x10, 0).ok and m.domain_destroy(1).ok
    return m.memshr_nominate_gfn(1, 0x10)


def _grant_entries(m: Machine) -> CallResult:
    """How many grants a fresh table takes: INITIAL_NR_GRANT_FRAMES (4.2: 4, 4.17: 1) of
    512 v1 entries (the guest's setup_table growth is not modelled)."""
    n = 0
    while n < 4096 and m.grant_access(1, 0x10).ok:
        n += 1
    return CallResult.of(0, n, 0)


def _console_read_above_int_max(m: Machine) -> CallResult:
    """Domain 0's CONSOLEIO_read with count 2^31: 4.2's int count reads nothing (0); 4.17
    refuses a count above INT_MAX (E2BIG)."""
    return call_with_short_list(
        m, "console_io_read", (1,), "buffer", keep=1, claim={"count": 1 << 31}
    )[0]


DEBIAN = tuple(PRESETS["debian"].items())
PVH_DOM0 = (("pvh_dom0", 1),)

ROWS = [
    Row("memop on a domain with sharing off", _nominate_with_sharing_off, "ENODEV", "0"),
    Row("sharing control enable on AMD", _enable, "0", "EOPNOTSUPP", (("vendor", "amd"),)),
    Row("sharing control enable, non-HVM domain", _enable_on_pv, "ENODEV", "EOPNOTSUPP"),
    Row("sharing control disable without HAP", _disable_without_hap, "ENODEV", "0"),
    Row("audit, debug build", _audit, "0", "0"),
    Row("audit, release build", _audit, "0", "EOPNOTSUPP", (("release_build", 1),)),
    Row("first sharing handle", _first_handle, "2", "2"),
    Row(
        "share with itself after sharing was turned off",
        _share_with_itself_after_disable,
        "ENODEV",
        "0",
    ),
    Row("resume without a ring", _resume_without_ring, "0", "ENODEV"),
    Row("paging load buffer at page + 0x10", _unaligned_load, "EINVAL", "0"),
    Row("range_share", _range_share, "ENOSYS", "0"),
    Row("fork_reset of a domain that is no fork", _fork_reset, "ENODEV", "ENOSYS"),
    Row("tmem (a host not booted with tmem)", _tmem, "ENODEV", "ENOSYS"),
    Row("xen_version", _xen_version, str(0x40002), str(0x40011)),
    Row("xen_version commandline from a guest is <denied>", _guest_commandline, "0", "1"),
    Row("xen_version build_id from a guest", _guest_build_id, "ENOSYS", "EPERM"),
    Row("acquire_resource (size query)", _acquire_resource_size, "ENOSYS", "0"),
    Row("Debian build: sharing memop", _nominate_with_sharing_off, "ENODEV", "ENOSYS", DEBIAN),
    Row("Debian build: sharing counters", _used_frames_after_share, "1", "0", DEBIAN),
    Row("Debian build: paging ring", _paging_enable, "0", "ENOSYS", DEBIAN),
    Row("ring enable without a ring gfn", _ring_without_a_gfn, "ENOSYS", "EOPNOTSUPP"),
    Row("set access without the monitor ring", _access_op_without_a_ring, "0", "ENODEV"),
    Row("access ring (4.17: monitor) on AMD", _monitor_ring, "ENODEV", "0", (("vendor", "amd"),)),
    Row("set access to 10 (default)", _access_default_with_a_ring, "EINVAL", "0"),
    Row("XENMEM_access_op set_access_multi", _set_access_multi, "ENOSYS", "0"),
    Row(
        "access ring disable, a vcpu waiting (two vcpus)",
        _access_disable_with_a_vcpu_waiting,
        "0",
        "EBUSY",
    ),
    Row("vcpu_op down of the last vcpu up", _last_vcpu_down, "0", "1"),
    Row("vcpu_op with vcpuid 8192 (MAX_VIRT_CPUS)", _huge_vcpuid, "EINVAL", "ENOENT"),
    Row("ring slots (mem_event_request_t / vm_event_request_t)", _ring_slots, "64", "8"),
    Row("evtchn status of a Xen-owned port", _status_of_a_ring_port, "0", "EACCES"),
    Row("evtchn status domain lookup (any id)", _guest_status_of_itself_by_id, "EPERM", "0"),
    Row("remove_from_physmap of a PV domain", _remove_from_pv_physmap, "0", "EACCES"),
    Row("paging ring enable, PVH hardware domain", _paging_enable, "0", "EOPNOTSUPP", PVH_DOM0),
    Row(
        "sharing ring enable, PVH hardware domain",
        _sharing_ring_enable,
        "0",
        "EOPNOTSUPP",
        PVH_DOM0,
    ),
    Row(
        "PVH hardware domain's PV-only call",
        _pvh_dom0_pv_only_call,
        "unsupported",
        "ENOSYS",
        PVH_DOM0,
    ),
    Row(
        "PVH hardware domain's foreign map",
        _pvh_dom0_foreign_map,
        "0",
        "unsupported",
        PVH_DOM0,
    ),
    Row(
        "evtchn alloc_unbound domain lookup (any id)",
        _guest_alloc_unbound_in_itself_by_id,
        "EPERM",
        "0",
    ),
    Row(
        "evtchn alloc_unbound: the port before XSM_TARGET",
        _guest_alloc_unbound_in_a_dying_domain,
        "EPERM",
        "EINVAL",
    ),
    Row("HVM guest's multicall (4.17's HVM table)", _hvm_multicall, "ENOSYS", "0"),
    Row("HVM guest's domctl (4.17's HVM table)", _hvm_domctl, "ENOSYS", "EPERM"),
    Row(
        "gref translation: a reference beyond the table", _gref_beyond_the_table, "EINVAL", "ENOENT"
    ),
    Row("gref translation: an entry that grants nothing", _gref_not_granted, "E2BIG", "ENXIO"),
    Row(
        "nominate on a dying domain (the memop's gate)",
        _nominate_on_a_dying_domain,
        "EINVAL",
        "EINVAL",
    ),
    Row("grant table entries at creation", _grant_entries, "2048", "512"),
    Row("dom0 console read, count above INT_MAX", _console_read_above_int_max, "0", "E2BIG"),
    Row(
        "memory_op 27 (4.17: reserved_device_memory_map)",
        _exchange_and_pin_number,
        "ENOSYS",
        "unsupported",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.topic for r in ROWS])
def test_the_row_answers_as_each_version_does(row: Row) -> None:
    host = HostConfig(**dict(row.host))  # type: ignore[arg-type]
    got = {}
    for profile in ("xen-4.2", "xen-4.17"):
        m = Machine(MachineConfig(host, DOMAINS), profile=profile)
        m.set_oracle(True)
        got[profile] = answer(row.run(m))
        assert m.check() == [], (profile, m.check())
    assert got == {"xen-4.2": row.xen_4_2, "xen-4.17": row.xen_4_17}


def test_every_preset_names_options_of_the_host() -> None:
    fields = set(HostConfig.__dataclass_fields__)
    for preset in PRESETS.values():
        assert set(preset) <= fields
    assert HostConfig(**dict(DEBIAN)) != HostConfig()  # type: ignore[arg-type]


def test_getdomaininfo_sets_the_hap_bit_in_4_17_only() -> None:
    """arch_get_domain_info (arch/x86/domctl.c, RELEASE-4.17.0): "if ( paging_mode_hap(d) )
    info->flags |= XEN_DOMINF_hap" (0x100); 4.2's getdomaininfo has no such bit.  The
    table's getdomaininfo row: the bit, for every reader of the flags."""
    for profile, hap in (("xen-4.2", 0), ("doc", 0), ("xen-4.17", 0x100)):
        m = Machine(MachineConfig(HostConfig(), DOMAINS), profile=profile)
        for domid, bit in ((0, 0), (1, hap), (2, hap), (3, 0)):  # dom0 and 3 are PV
            got = m.domain_getinfo(domid)
            assert int(got.output("flags")) & 0x100 == bit, (profile, domid)
            (info,) = m.getdomaininfo(domid).output("info")
            assert info[1] & 0x100 == bit, (profile, domid)
