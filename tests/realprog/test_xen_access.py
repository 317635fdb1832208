"""xen-access in write mode under `haptrace run` (ref xen-4.17.md §2.2, §4.1, §4.2), with a
guest script (guests/access_writes.py) writing alongside: the monitor ring is a page of
domain 1 the tool maps, the engine's requests are written into it in 4.17's layout and
its responses read back, the ring's event channel arrives through /dev/xen/evtchn; each
write to a read-only gfn is an event the tool handles (it makes the gfn writable and
answers), and SIGINT makes it undo its settings and exit 0.  Recorded, the session
replays with exit 0; edited, it diverges at the call naming its hypercall."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import TOOLS, assert_edit_diverges, haptrace, require, run

XEN_ACCESS = TOOLS / "xen-access"
GUEST = Path(__file__).resolve().parent / "guests" / "access_writes.py"
# The engine's request carries no access kind, offset or gla: they read 0 (---).
EVENT = (
    "PAGE ACCESS: --- for GFN {:x} (offset 000000) gla 0000000000000000 (valid: n; fault"
    " in gpt: n; fault with gla: n) (vcpu 0 [p], altp2m view 0)\n"
)
OUTPUT = "".join(EVENT.format(gfn) for gfn in (0x10, 0x20, 0x30))


def xen_access(trace: Path | None = None) -> tuple[int, str, str]:
    require(XEN_ACCESS)
    options: tuple[str | Path, ...] = ("--guest", GUEST)
    if trace is not None:
        options += ("--record", trace)
    # The tool runs until a signal: SIGINT after 4 s (its shutdown path), its status kept.
    ran = run(
        "timeout", "--preserve-status", "-s", "INT", "4", XEN_ACCESS, "1", "write", options=options
    )
    return ran.status, ran.stdout, ran.stderr


def test_guest_writes_are_events_xen_access_handles() -> None:
    status, stdout, stderr = xen_access()
    assert (status, stdout) == (0, OUTPUT), stderr
    assert stderr.startswith("xenaccess init\nmax_gpfn = 1fff\nstarting write 1\n"), stderr
    assert stderr.endswith("xenaccess shut down on signal 2\nxenaccess exit code 0\n"), stderr


def test_a_recorded_xen_access_session_replays_and_an_edit_diverges(tmp_path: Path) -> None:
    trace = tmp_path / "xa.trace"
    status, stdout, stderr = xen_access(trace)
    assert (status, stdout) == (0, OUTPUT), stderr
    shown = haptrace("show", trace).stdout
    handled = (
        "guest_write(domid=1, gfn=0x20, value=0xab) = -1 EAGAIN  # guest\n"
        "ring_get_request(domid=1, ring=access) = 0 -> gfn=0x20, vcpu_id=0,"
        " flags=vcpu_paused, p2mt=ram_rw  # vm_event ring page\n"
    )
    # Xen reads the response at the notify; the guest's next step follows it.
    answered = (
        "ring_put_response(domid=1, ring=access, gfn=0x20, vcpu_id=0, flags=vcpu_paused)"
        " = 0  # vm_event ring page\n"
        "evtchn_notify(port=$p1) = 0  # IOCTL_EVTCHN_NOTIFY\n"
        "guest_write(domid=1, gfn=0x20, value=0xab) = 0  # guest\n"
    )
    assert handled in shown and answered in shown, shown
    assert "mem_access_disable(domain_id=1) = 0" in shown, shown
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    got = "hvm_get_mem_access(dom=1, pfn=0x20) = 0 -> memaccess=rx"
    assert got in shown, shown
    assert_edit_diverges(
        tmp_path,
        shown,
        got,
        got.replace("=rx", "=rwx"),
        "hvm_get_mem_access",
        "# hypercall multicall entry 0: memory_op XENMEM_access_op",
    )
