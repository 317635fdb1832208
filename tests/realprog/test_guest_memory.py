"""Guest memory under `haptrace run` is real bytes: a libxenctrl client (foreign.c) maps a
guest page through xc_map_foreign_range, and what one process writes through a writable
mapping another reads; a shared gfn shows its source's page, and a writable mapping of it
unshares it with a copy of the page (ref xen-4.17.md §1.5, §4.3)."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import MEMSHARE, foreign_client, shell


def test_a_write_through_a_foreign_mapping_is_the_guests_page(tmp_path: Path) -> None:
    f = foreign_client(tmp_path)
    ran = shell(f"{f} write 1 0x10 0xab && {f} read 1 0x10 && {f} read 2 0x10 && {f} read 1 0x11")
    # Domain 2's gfn 0x10 and domain 1's gfn 0x11 are other frames: untouched.
    assert (ran.status, ran.stdout, ran.stderr) == (0, "ab\n00\n00\n", "")


def test_sharing_shows_the_source_page_and_a_writable_map_unshares_a_copy(
    tmp_path: Path,
) -> None:
    f, m = foreign_client(tmp_path), str(MEMSHARE)
    ran = shell(
        f"{f} write 1 0x10 0xab && {m} enable 1 && {m} enable 2"
        f" && {m} nominate 1 0x10 >/dev/null && {m} nominate 2 0x10 >/dev/null"
        f" && {m} share 2 0x10 3 1 0x10 2 && {f} read 2 0x10"
        f" && {f} write 2 0x10 0xcd && {f} read 1 0x10 && {f} read 2 0x10"
    )
    # After the share domain 2's gfn is domain 1's page (ab); writing it gives domain 2 a
    # private copy, which it fills with cd while domain 1 keeps ab.
    assert (ran.status, ran.stdout, ran.stderr) == (0, "ab\nab\ncd\n", "")


def test_a_gfn_beyond_the_p2m_is_refused(tmp_path: Path) -> None:
    ran = shell(f"{foreign_client(tmp_path)} read 1 0x9999999")
    assert ran.status == 1
    assert ran.stderr == "xc_map_foreign_range: Invalid argument\n"
