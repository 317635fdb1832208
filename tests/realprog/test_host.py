"""`haptrace host`: one emulated host that several programs run against, one after another
and at once (`haptrace run --host-socket`); stopped by SIGTERM, it leaves one trace of what
they all did, which replays."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from realprog_harness import MEMSHARE, TOOLS, haptrace, require, run, shell


def test_programs_share_one_host(tmp_path: Path) -> None:
    require(MEMSHARE)
    sock, trace, m = tmp_path / "host.sock", tmp_path / "host.trace", str(MEMSHARE)
    host = subprocess.Popen(
        [sys.executable, "-m", "haptrace", "host", "--socket", sock, "--record", trace],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert host.stderr is not None
        assert host.stderr.readline() == f"haptrace host: serving on {sock}\n"
        on_host = ("--host-socket", sock)
        assert run(m, "enable", "1", options=on_host).status == 0
        first = run(m, "nominate", "1", "0x10", options=on_host)
        # Two programs at once, each with its own connection to the one machine.
        both = shell(f"{m} nominate 1 0x11 & {m} nominate 1 0x12 & wait", options=on_host)
        assert (first.status, first.stdout) == (0, "handle = 0x00000002\n")
        assert both.status == 0
        assert sorted(both.stdout.splitlines()) == ["handle = 0x00000003", "handle = 0x00000004"]
    finally:
        host.send_signal(signal.SIGTERM)
        assert host.wait(timeout=30) == 0
    assert not sock.exists()
    assert haptrace("stats", trace).status == 0
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr


def test_run_without_a_host_serving() -> None:
    ran = run("true", options=("--host-socket", "/nonexistent/host.sock"))
    assert ran.status == 6
    assert (
        ran.stderr == "haptrace: error: /nonexistent/host.sock: no haptrace host is serving there\n"
    )


def test_the_hosts_options_are_not_runs() -> None:
    ran = run("true", options=("--host-socket", "/tmp/x.sock", "--record", "x.trace"))
    assert ran.status == 2
    assert "--profile, --host and --record belong to `haptrace host`" in ran.stderr


def test_a_guest_script_is_the_hosts(tmp_path: Path) -> None:
    ran = run("true", options=("--host-socket", "/tmp/x.sock", "--guest", tmp_path / "g.py"))
    assert ran.status == 2
    assert "--guest belongs to `haptrace host` with --host-socket" in ran.stderr


def test_a_pager_on_a_host_with_its_guest_and_xenstore(tmp_path: Path) -> None:
    # The host serves xenstore beside its socket and runs the guest script: xenpaging,
    # run against it, finds its target there and evicts to it, then pages back in.
    require(TOOLS / "xenpaging")
    sock = tmp_path / "host.sock"
    guest = Path(__file__).resolve().parent / "guests" / "paging_target.py"
    host = subprocess.Popen(
        [sys.executable, "-m", "haptrace", "host", "--socket", sock, "--guest", guest],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert host.stderr is not None
        assert host.stderr.readline() == f"haptrace host: serving on {sock}\n"
        pager = (TOOLS / "xenpaging", "-f", tmp_path / "pagefile", "-d", "1", "-v")
        ran = run(
            "timeout", "--preserve-status", "-s", "INT", "5", *pager,
            options=("--host-socket", sock),
        )  # fmt: skip
        assert ran.status == 0, ran.stderr
        assert "Need to evict 32 pages to reach 4072 target_tot_pages" in ran.stderr
    finally:
        host.send_signal(signal.SIGTERM)
        assert host.wait(timeout=30) == 0
    assert not sock.exists() and not Path(f"{sock}.xenstore").exists()
