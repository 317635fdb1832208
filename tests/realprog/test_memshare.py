"""xen-memshare (Debian's xen-utils-4.17, unmodified) under `haptrace run`: each sub-command
completes its normal path with the output and exit status the tool gives on a Xen host with
sharing compiled in (ref xen-4.17.md §2.1, §4.5), and the emulator's host state shows it.

The tool reports `used = <freed pages>` then `freed = <shared frames>`: its labels are
swapped, as in Xen's source.
"""

from __future__ import annotations

from realprog_harness import MEMSHARE, require, run, shell

M = str(MEMSHARE)
ENABLE = f"{M} enable 1 && {M} enable 2"


def setup_function() -> None:
    require(MEMSHARE)


def test_info_on_a_fresh_host() -> None:
    ran = run(M, "info")
    assert (ran.status, ran.stdout) == (0, "used = 0\nfreed = 0\n"), ran.stderr


def test_enable_and_disable() -> None:
    ran = shell(f"{M} enable 1; echo enable=$?; {M} disable 1; echo disable=$?")
    assert ran.stdout == "enable=0\ndisable=0\n", ran.stderr


def test_nominate_hands_out_handles_from_two() -> None:
    ran = shell(f"{ENABLE} && {M} nominate 1 0x10 && {M} nominate 2 0x20")
    assert (ran.status, ran.stdout) == (0, "handle = 0x00000002\nhandle = 0x00000003\n")


def test_share_then_info_counts_one_shared_frame_and_one_freed_page() -> None:
    ran = shell(
        f"{ENABLE} && {M} nominate 1 0x10 >/dev/null && {M} nominate 2 0x20 >/dev/null"
        f" && {M} share 2 0x20 3 1 0x10 2 && {M} info"
    )
    assert (ran.status, ran.stdout) == (0, "used = 1\nfreed = 1\n"), ran.stderr


def test_share_with_a_stale_handle_fails_with_the_tools_message() -> None:
    # The client handle 9 was never handed out: Xen's XENMEM_SHARING_OP_C_HANDLE_INVALID
    # (-9), which the tool's swapped labels call the source handle; R() returns -1, so the
    # exit status is 255.
    ran = shell(
        f"{ENABLE} && {M} nominate 1 0x10 >/dev/null && {M} nominate 2 0x20 >/dev/null"
        f" && {M} share 2 0x20 9 1 0x10 2"
    )
    assert ran.status == 255
    assert ran.stdout == (
        "error executing xc_memshr_share_gfns(xch, source_domid, source_gfn, source_handle,"
        " domid, gfn, handle): problem with source handle\n"
    )


def test_add_to_physmap_into_a_hole() -> None:
    ran = shell(
        f"{ENABLE} && {M} nominate 1 0x11 >/dev/null && {M} add-to-physmap 2 0x1800 1 0x11 2"
        f" && {M} info"
    )
    # The hole now shares dom1's frame: one shared frame, one page saved.
    assert (ran.status, ran.stdout) == (0, "used = 1\nfreed = 1\n"), ran.stderr


def test_debug_gfn_succeeds_silently() -> None:
    ran = shell(f"{ENABLE} && {M} nominate 1 0x10 >/dev/null && {M} debug-gfn 1 0x10")
    assert (ran.status, ran.stdout, ran.stderr) == (0, "", "")


def test_audit_reports_its_count() -> None:
    ran = run(M, "audit")
    assert (ran.status, ran.stdout) == (0, "Audit returned 0 errors.\n"), ran.stderr


def test_unshare_maps_the_gfn_writable_and_takes_it_out_of_sharing() -> None:
    ran = shell(
        f"{ENABLE} && {M} nominate 1 0x10 >/dev/null && {M} nominate 2 0x20 >/dev/null"
        f" && {M} share 2 0x20 3 1 0x10 2 && {M} unshare 1 0x10 && {M} info"
    )
    # The writable foreign map gave dom1's gfn a private copy: the shared frame is held by
    # dom2 alone and no page is freed any more.
    assert (ran.status, ran.stdout) == (0, "used = 0\nfreed = 1\n"), ran.stderr


def test_a_domain_that_does_not_exist() -> None:
    ran = run(M, "nominate", "7", "0x10")
    assert ran.status == 255
    assert ran.stdout.startswith("error executing xc_memshr_nominate_gfn"), ran.stdout
