"""The server's view of the wire protocol and of the Linux drivers' ioctls, checked against
the C: the shim's own header (csrc/privcmd/htp.h) and Debian's xen/sys/privcmd.h, compiled
here, so neither side can drift."""

from __future__ import annotations

import subprocess
from pathlib import Path

from realprog_harness import cc, require

from haptrace.realprog import linux, protocol

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
