"""What `haptrace run` emulates with no options (the xen-4.17 profile on the upstream build,
sharing and paging compiled in) and with `--host debian` (Debian 12's hypervisor: both
compiled out, so the tools get the ENOSYS the real Debian host gives them)."""

from __future__ import annotations

from pathlib import Path

from realprog_harness import MEMSHARE, haptrace, require, run

M = str(MEMSHARE)


def test_no_options_emulate_xen_4_17_upstream(tmp_path: Path) -> None:
    require(MEMSHARE)
    trace = tmp_path / "enable.trace"
    ran = run(M, "enable", "1", options=("--record", trace))
    assert (ran.status, ran.stderr) == (0, "")
    shown = haptrace("show", trace).stdout.splitlines()
    assert "profile xen-4.17" in shown
    assert shown[-1].startswith("memshr_control(domid=1, enable=1) = 0")


def test_the_debian_preset_has_no_sharing() -> None:
    require(MEMSHARE)
    ran = run(M, "enable", "1", options=("--host", "debian"))
    assert ran.status == 255
    # xen-memshare's R() prints its error on stdout.
    failed = "error executing xc_memshr_control(xch, domid, 1): Function not implemented\n"
    assert ran.stdout == failed


def test_the_upstream_preset_is_the_default() -> None:
    require(MEMSHARE)
    ran = run(M, "enable", "1", options=("--host", "upstream"))
    assert (ran.status, ran.stderr) == (0, "")
