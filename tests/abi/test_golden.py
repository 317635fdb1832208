"""Golden hypercall sequences from the real libxenctrl (Debian's 4.17 tools and a client of
the library), captured by a test double of the privcmd devices and replayed through the ABI
layer: each decodes to the expected catalogue calls, and the ABI layer writes back exactly
the bytes the double wrote through Debian's headers.  The tools' own output shows libxenctrl
read those bytes as intended (handles, counters, the domain records, ports).

The machines run the ``xen-4.2`` profile: these tests are about the ABI, not about 4.17's
semantics (the xen-4.17 profile comes later), so the scripted answers are what the engine
answers in that profile, and the byte comparison checks the encoding of exactly those."""

from __future__ import annotations

from pathlib import Path

import pytest
from capture_harness import TOOLS, Capture, build, capture, replay, require

from haptrace.binding.abi import HypercallResult
from replay import DomainConfig, HostConfig, Machine, MachineConfig

PROFILE = "xen-4.2"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    require(TOOLS / "xen-memshare", TOOLS / "xen-access")
    return build(tmp_path_factory.mktemp("capture"))


def _calls(results: list[HypercallResult]) -> list[tuple[str, tuple[object, ...], int]]:
    """(call, arguments, raw result) of every catalogue call the hypercalls became."""
    return [(c.call.name, c.args, c.result.raw) for r in results for c in r.calls]


# xen-memshare sub-commands with the answers Xen (here: the engine) gives, in order.
MEMSHARE = [
    (["enable", "1"], ["0"], [("memshr_control", (1, 1), 0)], ""),
    (["enable", "2"], ["0"], [("memshr_control", (2, 1), 0)], ""),
    (
        ["nominate", "1", "0x10"],
        ["0 sharing.u.nominate.handle=2"],
        [("memshr_nominate_gfn", (1, 0x10), 0)],
        "handle = 0x00000002\n",
    ),
    (
        ["nominate", "2", "0x20"],
        ["0 sharing.u.nominate.handle=3"],
        [("memshr_nominate_gfn", (2, 0x20), 0)],
        "handle = 0x00000003\n",
    ),
    # share <client dom> <client gfn> <client handle> <source dom> <source gfn> <handle>
    (
        ["share", "2", "0x20", "3", "1", "0x10", "2"],
        ["0"],
        [("memshr_share_gfns", (1, 0x10, 2, 2, 0x20, 3), 0)],
        "",
    ),
    # info prints the freed pages as "used" and the shared frames as "freed" (4.17's swap).
    (
        ["info"],
        ["1", "1"],
        [("sharing_freed_pages", (), 1), ("sharing_used_frames", (), 1)],
        "used = 1\nfreed = 1\n",
    ),
    (["debug-gfn", "1", "0x10"], ["2"], [("memshr_debug_gfn", (1, 0x10), 2)], ""),
    (
        ["add-to-physmap", "2", "0x1800", "1", "0x10", "2"],
        ["0"],
        [("memshr_add_to_physmap", (1, 0x10, 2, 2, 0x1800), 0)],
        "",
    ),
    (["audit"], ["0"], [("memshr_audit", (), 0)], "Audit returned 0 errors.\n"),
    # 4.2 has no range_share sub-op: its prologue passes, then ENOSYS.
    (
        ["range", "1", "2", "0x40", "0x50"],
        ["-38"],
        [("memshr_range_share", (1, 2, 0x40, 0x50, 0, 0), -38)],
        "error executing xc_memshr_range_share: Function not implemented\n",
    ),
    # the target is the caller (domain 0)
    (["nominate", "0", "0x10"], ["-1"], [("memshr_nominate_gfn", (0, 0x10), -1)], None),
    # no domain 7
    (["enable", "7"], ["-3"], [("memshr_control", (7, 1), -3)], None),
]


def test_xen_memshare_decodes_and_encodes_byte_for_byte(
    built: dict[str, Path], tmp_path: Path
) -> None:
    m = Machine(profile=PROFILE)
    for argv, script, expected, stdout in MEMSHARE:
        run: Capture = capture(built, [str(TOOLS / "xen-memshare"), *argv], script, tmp_path)
        results = replay(m, run.records)
        assert _calls(results) == expected, argv
        # Every XENMEM call goes through the 4.16+ one-entry multicall wrapper.
        memops = [r for r in run.records if r.op == 13]
        assert all(r.args[1] == 1 for r in memops)
        assert all(c.entry == 0 for r in results for c in r.calls if r.op == 13)
        if stdout is not None:
            assert run.stdout == stdout, argv
        assert run.returncode == (0 if expected[-1][2] >= 0 else 255), argv


def test_xen_access_write_mode_init_and_teardown(built: dict[str, Path], tmp_path: Path) -> None:
    config = MachineConfig(
        HostConfig(),
        (DomainConfig(1, pages=4096, max_pages=4096 + 256, p2m_size=0x100000),),
    )
    m = Machine(config, profile=PROFILE)
    # libxenguest's special pages and the monitor ring's HVM param (reference 4.5).
    assert m.populate_physmap(1, None, 0, 0, list(range(0xFEFF8, 0xFF000))).rc == 8
    assert m.set_hvm_param(1, 28, 0xFEFF9).rc == 0
    script = [
        "0",  # pausedomain
        "0 hvm_param.value=0xfeff9",  # HVMOP_get_param(MONITOR_RING_PFN)
        "0 pfinfo[0]=0",  # getpageframeinfo3: the ring gfn is RAM
        "0 domctl.u.vm_event_op.u.enable.port=1",  # vm_event ENABLE MONITOR
        "1",  # decrease_reservation of the ring gfn (XSA-99)
        "0",  # unpausedomain
        "0xfefff",  # maximum_gpfn
        "0",  # set_access_required
        "0",  # set_access rx, the default
        "0",  # set_access rx over [0, max_gpfn)
        "0",  # on SIGINT: set_access rwx, the default
        "0",  # set_access rwx over [0, max_gpfn)
        "0",  # vm_event DISABLE MONITOR
    ]
    run = capture(built, [str(TOOLS / "xen-access"), "1", "write"], script, tmp_path, 10)
    assert run.returncode == 0, run.stdout
    assert "max_gpfn = fefff" in run.stdout
    results = replay(m, run.records)
    assert _calls(results) == [
        ("domain_pause", (1,), 0),
        ("get_hvm_param", (1, 28), 0),
        ("getpageframeinfo3", (1, 1, (0,)), 0),  # the list as the call left it
        ("mem_access_enable", (1,), 0),
        ("decrease_reservation", (1, 1, 0, (0xFEFF9,)), 1),
        ("domain_unpause", (1,), 0),
        ("maximum_gpfn", (1,), 0xFEFFF),
        ("set_access_required", (1, 0), 0),
        ("hvm_set_mem_access", (1, 5, (1 << 64) - 1, 0), 0),
        ("hvm_set_mem_access", (1, 5, 0, 0xFEFFF), 0),
        ("hvm_set_mem_access", (1, 7, (1 << 64) - 1, 0), 0),
        ("hvm_set_mem_access", (1, 7, 0, 0xFEFFF), 0),
        ("mem_access_disable", (1,), 0),
    ]
    assert results[3].calls[0].result.output("port") == 1


def _record(prefix: str, fields: dict[str, int]) -> str:
    return " ".join([f"zero={prefix}", *(f"{prefix}.{k}={v}" for k, v in fields.items())])


# Bits 16-31 of getdomaininfo's flags are the shutdown code, -1 until one is recorded
# ("info->flags |= d->shutdown_code << XEN_DOMINF_shutdownshift", common/domctl.c).
NO_SHUTDOWN = 0xFFFF0000
# XEN_DOMINF_running: a vcpu of the domain runs (getdomaininfo's loop); a paused domain's
# vcpus do not, and a domain without vcpus reports neither running nor blocked.
RUNNING = 32


def _info(domain: int, flags: int, tot: int, vcpus: int, max_vcpu_id: int) -> dict[str, int]:
    return {
        "domain": domain,
        "flags": NO_SHUTDOWN | flags,
        "tot_pages": tot,
        "max_pages": tot,
        "nr_online_vcpus": vcpus,
        "max_vcpu_id": max_vcpu_id,
    }


def test_a_libxenctrl_client_of_the_domain_and_host_queries(
    built: dict[str, Path], tmp_path: Path
) -> None:
    m = Machine(profile=PROFILE)
    assert m.set_hvm_param(1, 28, 0xFEFF9).rc == 0
    info = "domctl.u.getdomaininfo"
    script = [
        f"0 {_record(info, _info(1, 2 | RUNNING, 4096, 1, 0))} domctl.domain=1",
        "0 "
        + " ".join(
            [
                _record("infolist[0]", _info(0, RUNNING, 0, 1, 0)),
                _record("infolist[1]", _info(1, 2 | RUNNING, 4096, 1, 0)),
                _record("infolist[2]", _info(2, 2 | RUNNING, 4096, 1, 0)),
                "sysctl.u.getdomaininfolist.num_domains=3",
            ]
        ),
        "0 zero=sysctl.u.physinfo sysctl.u.physinfo.total_pages=16384"
        " sysctl.u.physinfo.free_pages=8192 sysctl.u.physinfo.capabilities=3",
        "0 hvm_param.value=0xfeff9",
        "4095",  # maximum_gpfn
        "0",  # pause
        f"0 {_record(info, _info(1, 2 | 8, 4096, 1, 0))} domctl.domain=1",
        "0",  # unpause
        "0",  # setmaxmem
        "0 domctl.domain=3",  # createdomain: the rover's next free id
        f"0 {_record(info, _info(3, 2 | 8, 0, 0, 0xFFFFFFFF))} domctl.domain=3",
        "0",  # destroydomain
        # xen_version XENVER_version: the machine is the xen-4.2 profile's, whose
        # xenver_version says 4.2 (xen/common/kernel.c's do_xen_version: major << 16 | minor).
        "0x40002",
    ]
    run = capture(built, [str(built["client"])], script, tmp_path)
    assert run.returncode == 0, run.stdout
    lines = run.stdout.splitlines()
    assert lines[0] == (
        "getinfo domid=1 hvm=1 paused=0 dying=0 shutdown=0 nr_pages=4096 max_memkb=16384"
        " shared=0 paged=0 vcpus=1 max_vcpu_id=0"
    )
    assert (
        lines[1] == "getinfolist n=3 [0 tot=0 flags=0xffff0020] [1 tot=4096 flags=0xffff0022]"
        " [2 tot=4096 flags=0xffff0022]"
    )
    assert lines[2] == "physinfo rc=0 total=16384 free=8192 caps=0x3"
    assert "create rc=0 domid=3" in lines
    results = replay(m, run.records)
    names = [name for name, _, _ in _calls(results)]
    assert names == [
        "getdomaininfo",
        "getdomaininfolist",
        "physinfo",
        "get_hvm_param",
        "maximum_gpfn",
        "domain_pause",
        "getdomaininfo",
        "domain_unpause",
        "domain_setmaxmem",
        "createdomain",
        "getdomaininfo",
        "destroydomain",
        "xenver_version",
    ]
    assert results[-1].op == 17 and results[-1].raw == 0x40002
    # The createdomain struct's fields, as libxenctrl laid them out.
    create = results[9].calls[0]
    assert create.args == (0, 3, 1, 0, 4, 0, 1, 1)
    assert m.domain_ids() == [0, 1, 2]
