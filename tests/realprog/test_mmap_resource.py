"""IOCTL_PRIVCMD_MMAP_RESOURCE under `haptrace run` (ref xen-4.17.md §1.6): a
libxenforeignmemory client (resource.c) queries the size of a domain's grant-table
resource and maps its frames; the frames are real bytes (what one mapping writes, the
next reads), the table grows to the frame mapped, and the errors are Xen's.  Recorded, the
session replays with exit 0; edited, it diverges at the call naming the ioctl."""

from __future__ import annotations

import subprocess
from pathlib import Path

from realprog_harness import HEADERS, MEMSHARE, assert_edit_diverges, cc, haptrace, require, shell

HERE = Path(__file__).resolve().parent


def client(tmp: Path) -> str:
    require(HEADERS, MEMSHARE, compiler=True)
    exe = tmp / "resource"
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]
    source = HERE / "resource.c"
    subprocess.run([cc(), *flags, "-o", exe, source, "-lxenforeignmemory"], check=True)
    return str(exe)


def session(r: str) -> str:
    return (
        f"{r} size 1 0; {r} size 1 1; {r} write 1 3 0x5a; {r} read 1 3; {r} read 1 2;"
        f" {r} read 1 99; {r} read 7 0"
    )


# Domain 1 is made with the default limit of 32 grant frames (8 x 4 status frames for v2);
# frame 99 is beyond it (gnttab_acquire_resource: EINVAL) and domain 7 does not exist.
OUTPUT = "32 frames\n4 frames\n5a\n00\nmap: Invalid argument\nmap: No such process\n"


def test_grant_table_frames_are_sized_mapped_and_hold_bytes(tmp_path: Path) -> None:
    ran = shell(session(client(tmp_path)))
    assert (ran.status, ran.stdout, ran.stderr) == (1, OUTPUT, "")


def test_a_recorded_resource_session_replays_and_an_edit_diverges(tmp_path: Path) -> None:
    trace = tmp_path / "resource.trace"
    ran = shell(session(client(tmp_path)), options=("--record", trace))
    assert ran.status == 1, ran.stderr
    shown = haptrace("show", trace).stdout
    size = "resource_size(domid=1, type=grant_table, id=0) = 0 -> size=0x20000"
    mapped = "map_resource(domid=1, type=grant_table, id=0, frame=3, nr_frames=1) = 0 ->"
    assert f"{size}  # IOCTL_PRIVCMD_MMAP_RESOURCE\n" in shown, shown
    assert mapped in shown and "unmap_resource(mapping=$m0) = 0  # munmap\n" in shown, shown
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    assert_edit_diverges(
        tmp_path,
        shown,
        size,
        size.replace("0x20000", "0x28000"),
        "resource_size",
        "# IOCTL_PRIVCMD_MMAP_RESOURCE",
    )
