"""lsevtchn (Debian's xen-utils-4.17, i.e. tools/xcutils/lsevtchn.c of the 4.17 stable
releases) under `haptrace run`: EVTCHNOP_status for each port from 0; EACCES (a port Xen
consumes) is skipped, EINVAL ends the listing with exit 0, any other error is perror'd with
exit 1.  Its output and exit status."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import (
    DEBIAN_PYTHON,
    LSEVTCHN,
    XC_PYTHON,
    assert_edit_diverges,
    haptrace,
    require,
    run,
    shell,
)

# Two unbound ports made through the xen.lowlevel.xc binding (EVTCHNOP_alloc_unbound):
# port 1 of dom 1 waiting for dom 0, port 1 of dom 0 waiting for dom 2.
ALLOC = (
    f"PYTHONPATH={XC_PYTHON} {DEBIAN_PYTHON} -c 'import xen.lowlevel.xc as x; c = x.xc();"
    " print(c.evtchn_alloc_unbound(domid=1, remote_dom=0),"
    " c.evtchn_alloc_unbound(domid=0, remote_dom=2))'"
)


def test_lsevtchn_on_a_host_with_no_ports_open_prints_nothing_and_exits_0() -> None:
    require(LSEVTCHN)
    ran = run(LSEVTCHN)
    # Every valid port is closed (port 0 is reserved); the loop ends at the first EINVAL.
    assert (ran.status, ran.stdout, ran.stderr) == (0, "", "")


def test_lsevtchn_shows_the_unbound_ports_the_binding_made() -> None:
    require(LSEVTCHN, DEBIAN_PYTHON, XC_PYTHON)
    ran = shell(f"{ALLOC} && {LSEVTCHN} 1 && {LSEVTCHN} && {LSEVTCHN} 2")
    assert (ran.status, ran.stderr) == (0, "")
    assert ran.stdout.splitlines() == [
        "1 1",
        "   1: VCPU 0: Interdomain (Waiting connection) - Remote Domain 0",
        "   1: VCPU 0: Interdomain (Waiting connection) - Remote Domain 2",
    ]


def test_lsevtchn_of_an_absent_domain_says_esrch_and_exits_1() -> None:
    require(LSEVTCHN)
    # evtchn_status: rcu_lock_domain_by_any_id fails first, ESRCH at port 0.
    ran = run(LSEVTCHN, "7")
    assert (ran.status, ran.stdout, ran.stderr) == (1, "", "xc_evtchn_status: No such process\n")


def test_lsevtchn_recorded_replays_and_an_edited_status_diverges(tmp_path: Path) -> None:
    require(LSEVTCHN, DEBIAN_PYTHON, XC_PYTHON)
    trace = tmp_path / "lsevtchn.trace"
    ran = shell(f"{ALLOC} && {LSEVTCHN} 1", options=("--record", trace))
    assert ran.status == 0, ran.stderr
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    text = haptrace("show", trace).stdout
    unbound = "evtchn_status(dom=1, port=$p1) = 0 -> status=unbound"
    assert unbound in text
    assert_edit_diverges(
        tmp_path,
        text,
        unbound,
        unbound.replace("unbound", "closed"),
        "evtchn_status",
        "# hypercall event_channel_op EVTCHNOP_status",
    )
