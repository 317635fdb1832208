"""/dev/xen/gntdev under `haptrace run` (ref xen-4.17.md §1.9): a grant table's frames are
real bytes both ways.  An entry the guest made (grant_access, by the guest script) reads
from the table's frame through a resource mapping; an entry a program writes into the frame
is what a gntdev map of it reads (grant_entry_write, then grant_map by dom0): one naming
another domain than dom0, one beyond the table, one never granted and one of a domain that
does not exist do not map (EINVAL from the mmap, as Linux's gntdev_mmap gives).  Recorded,
the session replays with exit 0; edited, it diverges at the grant map."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import assert_edit_diverges, client, haptrace, shell

HERE = Path(__file__).resolve().parent
GUEST = HERE / "guests" / "grant_access.py"


def gntdev_client(tmp: Path) -> str:
    return client(tmp, "gntdev", "-lxenforeignmemory", "-lxengnttab")


def session(g: str) -> str:
    return (
        f"{g} entry 1 0; {g} map 1 0 0x5a; {g} grant 1 5 0x20 7 1; {g} entry 1 5;"
        f" {g} map 1 5 1; {g} grant 1 6 0x20 0 1; {g} map 1 6 1; {g} map 1 9000 1;"
        f" {g} map 1 9 1; {g} map 9 0 1"
    )


OUTPUT = (
    # grant_access's entry as the bytes show it (the engine names no grantee: written as
    # dom0's), mapped.
    "flags 0x1 domid 0 frame 0x10\nmapped\n"
    # written for domain 7: not dom0's to map
    "flags 0x1 domid 7 frame 0x20\nmap: Invalid argument\n"
    # written for dom0: mapped; beyond the table's 4 frames, never written, no domain 9
    "mapped\nmap: Invalid argument\nmap: Invalid argument\nmap: Invalid argument\n"
)


def test_grant_entries_are_the_table_frames_bytes(tmp_path: Path) -> None:
    ran = shell(session(gntdev_client(tmp_path)), options=("--guest", GUEST))
    assert (ran.status, ran.stdout) == (1, OUTPUT), ran.stderr
    assert ran.stderr == "gnttab: error: mmap failed: Invalid argument\n" * 4


def test_a_recorded_gntdev_session_replays_and_an_edit_diverges(tmp_path: Path) -> None:
    trace = tmp_path / "gntdev.trace"
    ran = shell(session(gntdev_client(tmp_path)), options=("--guest", GUEST, "--record", trace))
    assert ran.status == 1, ran.stderr
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    text = haptrace("show", trace).stdout
    written = "grant_entry_write(domid=1, gref=5, flags=0x1, grantee=7, frame=0x20) = 0"
    assert f"{written}  # grant table page\n" in text, text
    refused = "grant_map(domid=1, gref=5, writable=1) = -1 EINVAL  # gntdev mmap"
    assert refused in text, text
    mapped = "grant_map(domid=1, gref=6, writable=1) = 0"
    assert_edit_diverges(
        tmp_path,
        text,
        mapped + " -> mapping=$m0",
        mapped.replace("= 0", "= -1 EINVAL"),
        "grant_map",
        "# gntdev mmap",
    )
