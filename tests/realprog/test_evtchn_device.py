"""/dev/xen/evtchn under `haptrace run` (ref xen-4.17.md §1.8, §4.2): a libxenevtchn client
(evtchn.c) binds dom0 ports through the device, reads the pending ones from its fd (poll,
read) and writes them back (unmask), notifies, unbinds; the ports are the emulated Xen's.
Recorded, the session replays with exit 0; edited, it diverges at the call naming the
driver operation it came from."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import (
    LSEVTCHN,
    assert_edit_diverges,
    evtchn_client,
    haptrace,
    run,
    shell,
)

OUTPUT = """\
domain 1 port 1, bound to dom0 port 1
bind: poll 1, pending 1, unmask 0
notify 1: 0
notify 11: -1 Transport endpoint is not connected
loopback 2 <-> 3
loopback bind: poll 1, pending 3, unmask 0
notify 3: 0
loopback notify: poll 1, pending 2, unmask 0
idle: poll 0
unbind 1: 0
unbind 1 again: -1 Transport endpoint is not connected
"""


def test_ports_bound_through_the_device_are_delivered_on_its_fd(tmp_path: Path) -> None:
    # Xen sets a port bound by bind_interdomain pending (evtchn_bind_interdomain), so the
    # fd is readable at once; a notify on one end of a loopback pair makes the other end
    # pending, delivered in turn; a port not bound through this fd is ENOTCONN (Linux).
    ran = run(evtchn_client(tmp_path))
    assert (ran.status, ran.stdout, ran.stderr) == (0, OUTPUT, "")


def test_the_fds_ports_are_closed_when_it_closes(tmp_path: Path) -> None:
    exe = evtchn_client(tmp_path)
    ran = shell(f"{exe} >/dev/null && {LSEVTCHN} 0 && {LSEVTCHN} 1")
    # evtchn.c unbound port 1 and closed its fd, which closed the loopback pair
    # (evtchn_release): dom0 has no ports left (lsevtchn 0 prints nothing), and domain 1's
    # port is unbound again, accepting dom0 (EVTCHNOP_close of its peer).
    assert ran.status == 0, ran.stderr
    assert ran.stdout == "   1: VCPU 0: Interdomain (Waiting connection) - Remote Domain 0\n"


def test_a_recorded_evtchn_session_replays_and_an_edit_diverges(tmp_path: Path) -> None:
    trace = tmp_path / "evtchn.trace"
    ran = run(evtchn_client(tmp_path), options=("--record", trace))
    assert ran.status == 0, ran.stderr
    shown = haptrace("show", trace).stdout
    bound = (
        "evtchn_bind_interdomain(remote_dom=1, remote_port=$p1) = 0 -> local_port=$p1"
        "  # IOCTL_EVTCHN_BIND_INTERDOMAIN\n"
        "evtchn_guest_mask(domid=0, port=$p1) = 0  # evtchn upcall\n"
        "evtchn_guest_clear(domid=0, port=$p1) = 0  # evtchn upcall\n"
        "evtchn_unmask(port=$p1) = 0  # evtchn write\n"
        "evtchn_notify(port=$p1) = 0  # IOCTL_EVTCHN_NOTIFY\n"
    )
    assert bound in shown, shown
    assert shown.endswith("evtchn_close(port=$p3) = 0  # evtchn release\n"), shown
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    assert_edit_diverges(
        tmp_path,
        shown,
        "evtchn_close(port=$p1) = 0",
        "evtchn_close(port=$p1) = -1 EINVAL",
        "evtchn_close",
        "# IOCTL_EVTCHN_UNBIND",
    )
