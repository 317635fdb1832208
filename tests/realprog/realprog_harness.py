"""Running Debian's Xen 4.17 programs under `haptrace run` in tests.

The programs come from Debian's xen-utils-4.17 and libxen-dev (CI installs them): without
them a test skips, with a reason naming what is missing -- except under CI=true, where their
absence is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = Path("/usr/lib/xen-4.17/bin")
MEMSHARE = TOOLS / "xen-memshare"
LSEVTCHN = TOOLS / "lsevtchn"
XC_PYTHON = Path("/usr/lib/xen-4.17/lib/python")
DEBIAN_PYTHON = Path("/usr/bin/python3.11")
HEADERS = Path("/usr/include/xenctrl.h")


def require(*paths: Path, compiler: bool = False) -> None:
    """Skip (fail under CI=true) when a program, a header or the C compiler is missing."""
    missing = [str(p) for p in paths if not p.exists()]
    if compiler and not (shutil.which("gcc") or shutil.which("cc")):
        missing.append("a C compiler")
    if missing:
        message = f"needs {', '.join(missing)} (Debian's xen-utils-4.17 and libxen-dev)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def cc() -> str:
    return shutil.which("gcc") or shutil.which("cc") or "cc"


def client(tmp: Path, name: str, *libs: str, tool: Path = MEMSHARE) -> str:
    """tests/realprog/NAME.c built against Debian's headers and ``libs`` (a test client of
    the real libraries; ``tool`` is the Debian program whose package it needs)."""
    require(HEADERS, tool, compiler=True)
    exe = tmp / name
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]
    source = Path(__file__).resolve().parent / f"{name}.c"
    subprocess.run([cc(), *flags, "-o", exe, source, *libs], check=True)
    return str(exe)


def evtchn_client(tmp: Path) -> str:
    """evtchn.c: a libxenevtchn client that binds, notifies and unbinds dom0 ports through
    /dev/xen/evtchn."""
    return client(tmp, "evtchn", "-lxenctrl", "-lxenevtchn", tool=LSEVTCHN)


def foreign_client(tmp: Path) -> str:
    """foreign.c: maps one guest page through xc_map_foreign_range, writes or reads it."""
    return client(tmp, "foreign", "-lxenctrl")


@dataclass
class Ran:
    status: int
    stdout: str
    stderr: str


def haptrace(*args: str | Path, timeout: float = 60) -> Ran:
    """``haptrace ARGS...`` in a subprocess, as a user types it."""
    done = subprocess.run(
        [sys.executable, "-m", "haptrace", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


def assert_edit_diverges(
    tmp_path: Path, text: str, old: str, new: str, call: str, remark: str
) -> None:
    """A recording whose ``old`` text is replaced by ``new`` replays with exit 3, and the
    report names ``call`` at a line of the trace ending in ``remark`` (the hypercall or
    device operation the call came from)."""
    assert old in text, text
    edited = tmp_path / "edited.trace.txt"
    edited.write_text(text.replace(old, new))
    replayed = haptrace("replay", edited)
    assert replayed.status == 3, replayed.stdout + replayed.stderr
    found = re.search(rf"diverged at call \d+, line (\d+): {call}\b", replayed.stdout)
    assert found, replayed.stdout
    line = edited.read_text().splitlines()[int(found.group(1)) - 1]
    assert line.endswith(remark), line


def run(*command: str | Path, options: tuple[str | Path, ...] = ()) -> Ran:
    """``haptrace run [OPTIONS] -- COMMAND``."""
    return haptrace("run", *options, "--", *command)


def shell(script: str, options: tuple[str | Path, ...] = ()) -> Ran:
    """A shell script under one `haptrace run` (its programs share one emulated host)."""
    return run("/bin/sh", "-c", script, options=options)
