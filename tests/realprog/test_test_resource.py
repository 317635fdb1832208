"""test-resource (Debian's xen-utils-4.17: tools/tests/resource/test-resource.c of
RELEASE-4.17.7) under `haptrace run`: physinfo's 4.17 capabilities choose its cases (PV, and
PVH on HAP), createdomain gives each domain 40 grant frames (grant_table_init), a PV
populate tells the program its new machine frame, the grant table is sized and mapped
through IOCTL_PRIVCMD_MMAP_RESOURCE, forty v1 entries written into its frames are mapped
through /dev/xen/gntdev (each entry read from the frame's bytes), the status frames of a v1
table refuse to map, and the domain is destroyed.  Exit 0 and its expected output;
recorded, it replays with exit 0, and edited it diverges at the call, naming the
hypercall or device operation."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import TOOLS, assert_edit_diverges, haptrace, require, run

TEST_RESOURCE = TOOLS / "test-resource"
OUTPUT = (
    "XENMEM_acquire_resource tests\n"
    "Test x86 PV\n"
    "  Created d3\n"
    "  Test grant table\n"
    "Test x86 PVH\n"
    "  Created d4\n"
    "  Test grant table\n"
)


def test_test_resource_completes_its_normal_path() -> None:
    require(TEST_RESOURCE)
    ran = run(TEST_RESOURCE)
    assert (ran.status, ran.stdout, ran.stderr) == (0, OUTPUT, "")


def test_test_resource_recorded_replays_and_edits_diverge(tmp_path: Path) -> None:
    require(TEST_RESOURCE)
    trace = tmp_path / "test-resource.trace"
    ran = run(TEST_RESOURCE, options=("--record", trace))
    assert (ran.status, ran.stdout) == (0, OUTPUT), ran.stderr
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    text = haptrace("show", trace).stdout
    # The PV domain's populate wrote its machine frame back: that frame is in every entry.
    populated = "populate_physmap(domid=3, extent_start=[0x0]) = 1"
    assert populated in text, text
    entries = [line for line in text.splitlines() if line.startswith("grant_entry_write(domid=3,")]
    assert len(entries) == 40, text
    assert all("flags=0x1, grantee=0, frame=0x" in line for line in entries)
    assert entries[1].startswith("grant_entry_write(domid=3, gref=513,")
    assert entries[0].endswith("# grant table page")
    maps = [line for line in text.splitlines() if line.startswith("grant_map(domid=4,")]
    assert len(maps) == 40 and all(line.endswith("# gntdev mmap") for line in maps)
    status = "map_resource(domid=3, type=grant_table, id=1, nr_frames=1) = -1 EINVAL"
    assert status in text
    created = "createdomain(domid=0, max_vcpus=2, max_grant_frames=0x28, max_maptrack_frames=0x0"
    created += ", grant_opts=1) = 0 -> domain=3"
    assert_edit_diverges(
        tmp_path,
        text,
        created,
        created.replace("= 0 -> domain=3", "= -1 EINVAL"),
        "createdomain",
        "# hypercall domctl XEN_DOMCTL_createdomain",
    )
    size = "resource_size(domid=4, type=grant_table, id=0) = 0 -> size=0x28000"
    assert_edit_diverges(
        tmp_path,
        text,
        size,
        size.replace("0x28000", "0x20000"),
        "resource_size",
        "# IOCTL_PRIVCMD_MMAP_RESOURCE",
    )
    mapped = maps[0].split("  #")[0]  # grant_map(...) = 0 -> mapping=$mN
    refused = mapped.split(" = ")[0] + " = -1 EINVAL"
    assert_edit_diverges(tmp_path, text, mapped, refused, "grant_map", "# gntdev mmap")
