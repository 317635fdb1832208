"""xen_version (Xen 4.2's do_xen_version): every sub-op for every kind of caller, the
build strings as the emulated hypervisor's, and the buffers zero after each string."""

from __future__ import annotations

import pytest
from pv_machines import HVM, PV, as_bytes, machine, reason

from haptrace.catalogue import ENUMS, PROFILES
from replay import DomainConfig, HostConfig, Machine, MachineConfig

FEATURES = ENUMS["xenfeat"].values
CALLERS = [0, HVM, PV]


def _strings(buffer: bytes, *sizes: int) -> list[bytes]:
    out, at = [], 0
    for size in sizes:
        field = buffer[at : at + size]
        text, nul, rest = field.partition(b"\0")
        assert nul and rest == bytes(len(rest)), field  # NUL-terminated, zero after
        out.append(text)
        at += size
    return out


# major << 16 | minor: 4.2.0's (the seed says only "major:minor (16:16)"), 4.17.0's.
VERSION = {"doc": 0x00040002, "xen-4.2": 0x00040002, "xen-4.17": 0x00040011}


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("caller", CALLERS)
def test_every_caller_may_use_every_sub_op(caller: int, profile: str) -> None:
    m = machine(profile)
    with m.caller(caller, 0):
        assert m.xenver_version().rc == VERSION[profile]
        assert _strings(as_bytes(m.xenver_extraversion()), 16) == [b".0"]
        info = _strings(as_bytes(m.xenver_compile_info()), 64, 16, 32, 32)
        assert info[0].startswith(b"gcc") and all(info)
        caps = _strings(as_bytes(m.xenver_capabilities()), 1024)[0]
        assert caps.split() == [
            b"xen-3.0-x86_64",
            b"xen-3.0-x86_32p",
            b"hvm-3.0-x86_32",
            b"hvm-3.0-x86_32p",
            b"hvm-3.0-x86_64",
        ]
        assert _strings(as_bytes(m.xenver_changeset()), 64) == [b"unavailable"]
        assert m.xenver_platform_parameters().output("virt_start") == 0xFFFF800000000000
        assert m.xenver_pagesize().rc == 4096
        assert as_bytes(m.xenver_guest_handle()) == bytes(16)
        line = _strings(as_bytes(m.xenver_commandline()), 1024)[0]
    # 4.17's dummy XSM policy keeps the command line for the control domain (XSM_PRIV).
    denied = profile == "xen-4.17" and caller != 0
    assert line == b"<denied>" if denied else line.startswith(b"console=")
    assert m.check() == []


def test_a_host_without_hvm_support_lists_no_hvm_interfaces() -> None:
    m = Machine(MachineConfig(HostConfig(vendor="none"), (DomainConfig(2, pages=16),)))
    caps = as_bytes(m.xenver_capabilities()).rstrip(b"\0")
    assert caps == b"xen-3.0-x86_64 xen-3.0-x86_32p "


def test_features_of_each_kind_of_caller() -> None:
    m = machine()
    hvm = (
        "writable_page_tables",
        "auto_translated_physmap",
        "hvm_callback_vector",
        "hvm_safe_pvclock",
        "hvm_pirqs",
    )
    pv = ("mmu_pt_update_preserve_ad", "highmem_assist", "gnttab_map_avail_bits")
    assert m.xenver_get_features().output("submap") == sum(FEATURES[f] for f in (*pv, "dom0"))
    with m.caller(HVM, 1):
        submap = m.xenver_get_features(0).output("submap")
    assert submap == sum(FEATURES[f] for f in hvm) == 0x705
    with m.caller(PV, 0):
        assert m.xenver_get_features().output("submap") == sum(FEATURES[f] for f in pv)
        assert m.vm_assist(0, 3).ok  # VMASST_CMD_enable, VMASST_TYPE_pae_extended_cr3
        with_pae = m.xenver_get_features().output("submap")
        assert m.vm_assist(1, 3).ok
        assert m.xenver_get_features().output("submap") == sum(FEATURES[f] for f in pv)
    assert with_pae == sum(FEATURES[f] for f in (*pv, "pae_pgdir_above_4gb"))


def test_pagesize_wants_a_null_argument_and_raw_sub_ops() -> None:
    m = machine()
    assert m.xenver_pagesize(0x1000).reason == reason("XENVER_PAGESIZE_ARG")
    assert m.xenver_raw(10).errno_name == "ENOSYS"  # build_id came in 4.7
    known = m.xenver_raw(3)
    assert known.unsupported and known.reason == reason("XENVER_RAW_HAS_CALL")


def test_the_stack_leak_of_4_2_0_is_a_planted_bug() -> None:
    m = machine(bugs=("xen_version_stack_leak",))
    m.set_oracle(True)
    leaked = as_bytes(m.xenver_extraversion())
    assert leaked.startswith(b".0\0") and leaked[3:] != bytes(13)
    assert {v.invariant for v in m.check()} == {"xenver.1"}
    # capabilities and the command line were never affected (a cleared buffer, a static one)
    assert _strings(as_bytes(m.xenver_capabilities()), 1024)
    assert _strings(as_bytes(m.xenver_commandline()), 1024)
    assert m.check() == []


def test_4_17_adds_the_vnode_and_direct_map_features() -> None:
    """do_xen_version's XENVER_get_features at RELEASE-4.17.0: memory_op_vnode_supported for
    everyone, not_direct_mapped for a translated domain, direct_mapped for a PV one."""
    m = machine("xen-4.17")
    with m.caller(HVM, 1):
        hvm = m.xenver_get_features(0).output("submap")
    with m.caller(PV, 0):
        pv = m.xenver_get_features().output("submap")
    old = machine("xen-4.2")
    with old.caller(HVM, 1):
        hvm_42 = old.xenver_get_features(0).output("submap")
    with old.caller(PV, 0):
        pv_42 = old.xenver_get_features().output("submap")
    assert hvm == hvm_42 | FEATURES["memory_op_vnode_supported"] | FEATURES["not_direct_mapped"]
    assert pv == pv_42 | FEATURES["memory_op_vnode_supported"] | FEATURES["direct_mapped"]


def test_build_id_is_a_sub_op_of_4_17_the_raw_form_cannot_carry() -> None:
    m = machine("xen-4.17")
    result = m.xenver_raw(10)
    assert result.unsupported, str(result)
    assert machine("xen-4.2").xenver_raw(10).errno_name == "ENOSYS"
    assert m.xenver_raw(11).errno_name == "ENOSYS"
