"""xentoolcore_restrict_all under `haptrace run`: libxencall puts /dev/null over its privcmd
fd (so a hypercall then fails with ENOTTY, as on a real dom0), and libxenforeignmemory's
IOCTL_PRIVCMD_RESTRICT limits its handle to the domain: a foreign map of another domain is
EPERM (privcmd_ioctl_restrict, privcmd_ioctl_mmap_batch [Linux])."""

from __future__ import annotations

import subprocess
from pathlib import Path

from realprog_harness import HEADERS, cc, require, run

HERE = Path(__file__).resolve().parent


def test_a_restricted_handle_acts_on_its_domain_only(tmp_path: Path) -> None:
    require(HEADERS, compiler=True)
    exe = tmp_path / "restrict"
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]
    libraries = ["-lxenctrl", "-lxentoolcore"]
    subprocess.run([cc(), *flags, "-o", exe, HERE / "restrict.c", *libraries], check=True)
    ran = run(exe)
    assert (ran.status, ran.stderr) == (0, "")
    assert ran.stdout == (
        "getinfo: 1\n"
        "restrict: 0\n"
        "getinfo: -1 Inappropriate ioctl for device\n"
        "map dom1: ok\n"
        "map dom2: Operation not permitted\n"
    )
