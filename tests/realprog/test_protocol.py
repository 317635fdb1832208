"""The server's view of the wire protocol and of the Linux drivers' ioctls, checked against
the C: the shim's own header (csrc/privcmd/htp.h) and Debian's xen/sys/privcmd.h, compiled
here, so neither side can drift."""

from __future__ import annotations

import subprocess
from pathlib import Path

from realprog_harness import cc, require

from haptrace.realprog import gntdev, linux, protocol, rings

ROOT = Path(__file__).resolve().parents[2]
PRIVCMD_H = Path("/usr/include/xen/sys/privcmd.h")


def measure(tmp: Path, includes: list[str], names: dict[str, int], sizes: dict[str, int]) -> None:
    source, exe = tmp / "measure.c", tmp / "measure"
    lines = ["#include <stdio.h>", "#include <stdint.h>", *includes, "int main(void) {"]
    lines += [f'    printf("{n} %llu\\n", (unsigned long long)({n}));' for n in names]
    lines += [f'    printf("{n} %zu\\n", sizeof({n}));' for n in sizes]
    lines += ["    return 0;", "}", ""]
    source.write_text("\n".join(lines))
    subprocess.run(
        [
            cc(),
            "-std=gnu11",
            "-Wall",
            "-Werror",
            f"-I{ROOT / 'csrc' / 'privcmd'}",
            "-o",
            exe,
            source,
        ],
        check=True,
    )
    out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
    told = {}
    for line in out.splitlines():
        name, value = line.rsplit(" ", 1)
        told[name] = int(value)
    assert told == {**names, **sizes}


def test_protocol_matches_htp_h(tmp_path: Path) -> None:
    require(compiler=True)
    measure(tmp_path, ['#include "htp.h"'], protocol.C_NAMES, protocol.C_SIZES)


def test_ioctls_match_debians_privcmd_h(tmp_path: Path) -> None:
    require(PRIVCMD_H, compiler=True)
    names = {name: number for number, name in linux.IOCTL_NAMES.items()}
    sizes = {
        "privcmd_hypercall_t": linux.PRIVCMD_HYPERCALL.size,
        "privcmd_mmapbatch_v2_t": linux.PRIVCMD_MMAPBATCH_V2.size,
        "privcmd_dm_op_t": linux.PRIVCMD_DM_OP.size,
        "privcmd_mmap_resource_t": linux.PRIVCMD_MMAP_RESOURCE.size,
    }
    headers = ["#include <sys/ioctl.h>", "#include <xen/xen.h>", "#include <xen/sys/privcmd.h>"]
    measure(tmp_path, headers, names, sizes)


EVTCHN_H = Path("/usr/include/xen/sys/evtchn.h")


def test_evtchn_ioctls_match_debians_evtchn_h(tmp_path: Path) -> None:
    require(EVTCHN_H, compiler=True)
    names = {name: number for number, name in linux.EVTCHN_IOCTL_NAMES.items()}
    sizes = {
        "struct ioctl_evtchn_bind_interdomain": linux.EVTCHN_BIND_INTERDOMAIN.size,
        "struct ioctl_evtchn_bind_unbound_port": linux.EVTCHN_PORT.size,
        "struct ioctl_evtchn_unbind": linux.EVTCHN_PORT.size,
        "struct ioctl_evtchn_notify": linux.EVTCHN_PORT.size,
        "struct ioctl_evtchn_restrict_domid": linux.EVTCHN_RESTRICT.size,
    }
    headers = ["#include <sys/ioctl.h>", "#include <xen/xen.h>", "#include <xen/sys/evtchn.h>"]
    measure(tmp_path, headers, names, sizes)


GNTDEV_H = Path("/usr/include/xen/sys/gntdev.h")


def test_gntdev_ioctls_and_grant_entries_match_debians_headers(tmp_path: Path) -> None:
    require(GNTDEV_H, compiler=True)
    names = {name: number for number, name in linux.GNTDEV_IOCTL_NAMES.items()}
    names |= {
        "offsetof(struct ioctl_gntdev_map_grant_ref, refs)": linux.GNTDEV_MAP_GRANT_REF.size,
        "offsetof(grant_entry_v1_t, frame)": 4,
        "offsetof(grant_entry_v2_t, full_page.frame)": 8,
        "GTF_permit_access": 1,
        "GTF_readonly": 4,
        "XENMEM_resource_grant_table": gntdev.GRANT_TABLE,
    }
    sizes = {
        "struct ioctl_gntdev_map_grant_ref": linux.GNTDEV_MAP_GRANT_REF.size
        + linux.GNTDEV_GRANT_REF.size,
        "struct ioctl_gntdev_grant_ref": linux.GNTDEV_GRANT_REF.size,
        "struct ioctl_gntdev_unmap_grant_ref": linux.GNTDEV_UNMAP_GRANT_REF.size,
        "struct ioctl_gntdev_get_offset_for_vaddr": linux.GNTDEV_GET_OFFSET_FOR_VADDR.size,
        "grant_entry_v1_t": gntdev.V1.size,
        "grant_entry_v2_t": gntdev.V2.size,
    }
    headers = [
        "#define __XEN_TOOLS__ 1",  # the latest interface: grant_entry_v2_t, as the tools see it
        "#include <stddef.h>",
        "#include <sys/ioctl.h>",
        "#include <xen/xen.h>",
        "#include <xen/grant_table.h>",
        "#include <xen/memory.h>",
        "#include <xen/sys/gntdev.h>",
    ]
    measure(tmp_path, headers, names, sizes)


VM_EVENT_H = Path("/usr/include/xen/vm_event.h")


def test_the_ring_page_layout_matches_debians_vm_event_h(tmp_path: Path) -> None:
    require(VM_EVENT_H, compiler=True)
    names = {
        "VM_EVENT_INTERFACE_VERSION": rings.VERSION,
        "VM_EVENT_FLAG_VCPU_PAUSED": rings.FLAG_VCPU_PAUSED,
        "VM_EVENT_FLAG_FOREIGN": rings.FLAG_FOREIGN,
        "MEM_PAGING_DROP_PAGE": rings.PAGING_DROP_PAGE,
        "MEM_PAGING_EVICT_FAIL": rings.PAGING_EVICT_FAIL,
        "VM_EVENT_REASON_MEM_ACCESS": rings.REASON[rings.ACCESS],
        "VM_EVENT_REASON_MEM_SHARING": rings.REASON[rings.SHARING],
        "VM_EVENT_REASON_MEM_PAGING": rings.REASON[rings.PAGING],
        "offsetof(vm_event_sring_t, ring)": rings.ENTRIES_AT,
        "offsetof(vm_event_sring_t, rsp_prod)": 8,
        "offsetof(vm_event_request_t, u.mem_paging.gfn)": 24,
        "offsetof(vm_event_request_t, u.mem_paging.p2mt)": 32,
        "offsetof(vm_event_request_t, u.mem_paging.flags)": 36,
        "offsetof(vm_event_request_t, vcpu_id)": 12,
        "__CONST_RING_SIZE(vm_event, 4096)": rings.SLOTS,
    }
    sizes = {"union vm_event_sring_entry": rings.ENTRY}
    headers = [
        "#define __XEN_TOOLS__ 1",  # the latest interface: grant_entry_v2_t, as the tools see it
        "#include <stddef.h>",
        "#include <string.h>",
        "#define __XEN_TOOLS__ 1",  # vm_event.h is the tools' interface
        "#include <xen/vm_event.h>",
    ]
    measure(tmp_path, headers, names, sizes)
