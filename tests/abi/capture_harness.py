"""Capture and replay of real libxenctrl hypercall streams (tests/abi/test_golden.py).

``capture`` runs an unmodified program (a Debian Xen tool, or a client built here against
the real libxenctrl) under the capture double xcshim.so, which answers each hypercall from a
script, writing the fields each answer names through Debian's headers, and logs the raw
hypercall with the bytes of every hypercall buffer before and after.  ``replay`` runs the
logged hypercalls through haptrace's ABI layer on a machine and checks, hypercall by
hypercall, that it writes back exactly the bytes the double wrote.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from haptrace.binding.abi import GuestMemory, HypercallResult
from haptrace.binding.machine import Machine

HERE = Path(__file__).resolve().parent / "capture"
TOOLS = Path("/usr/lib/xen-4.17/bin")
HEADERS = Path("/usr/include/xenctrl.h")


def require(*paths: Path) -> None:
    """Skip (fail under CI=true, where CI installs libxen-dev and xen-utils-4.17) when the
    compiler, Debian's Xen headers or a program is missing."""
    missing = [str(p) for p in (HEADERS, *paths) if not p.exists()]
    if not (shutil.which("gcc") or shutil.which("cc")):
        missing.append("a C compiler")
    if missing:
        message = f"needs {', '.join(missing)} (Debian's libxen-dev and xen-utils-4.17)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def compiler() -> str:
    return shutil.which("gcc") or shutil.which("cc") or "cc"


def build(out: Path) -> dict[str, Path]:
    """The capture double and the libxenctrl client, built into ``out``."""
    shim, client = out / "xcshim.so", out / "xcclient"
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-O1"]
    subprocess.run(
        [compiler(), *flags, "-shared", "-fPIC", "-o", str(shim), str(HERE / "xcshim.c"), "-ldl"],
        check=True,
    )
    subprocess.run(
        [compiler(), *flags, "-o", str(client), str(HERE / "xcclient.c"), "-lxenctrl"],
        check=True,
    )
    return {"shim": shim, "client": client}


@dataclass
class Record:
    """One logged hypercall: its number, arguments, the hypercall buffers before and after
    the answer, and what the ioctl returned."""

    op: int
    args: tuple[int, ...]
    before: dict[int, bytes] = field(default_factory=dict)
    after: dict[int, bytes] = field(default_factory=dict)
    rc: int = 0


@dataclass
class Capture:
    stdout: str
    returncode: int
    records: list[Record]


def parse(log: str) -> list[Record]:
    records: list[Record] = []
    for line in log.splitlines():
        tag, _, rest = line.partition(" ")
        if tag == "HC":
            values = [int(v, 0) for v in rest.split()]
            records.append(Record(values[0], tuple(values[1:])))
        elif tag in ("B", "A"):
            base, data = rest.split()
            target = records[-1].before if tag == "B" else records[-1].after
            target[int(base, 0)] = bytes.fromhex(data)
        elif tag == "RET":
            records[-1].rc = int(rest.split()[0])
    return records


def capture(
    built: dict[str, Path],
    argv: list[str],
    script: list[str],
    workdir: Path,
    interrupt_after: int | None = None,
) -> Capture:
    """Runs ``argv`` under the double with one script line per hypercall.  With
    ``interrupt_after``, SIGINT is sent once that many hypercalls were answered (tools that
    loop until told to stop)."""
    script_path, log_path = workdir / "script.txt", workdir / "log.txt"
    script_path.write_text("\n".join(script) + "\n")
    log_path.write_text("")
    env = dict(
        os.environ,
        LD_PRELOAD=str(built["shim"]),
        XCSHIM_SCRIPT=str(script_path),
        XCSHIM_LOG=str(log_path),
    )
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    if interrupt_after is not None:
        deadline = time.monotonic() + 20
        while log_path.read_text().count("\nRET ") < interrupt_after:
            if proc.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        time.sleep(0.3)  # into the event loop
        proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=30)
    return Capture(stdout, proc.returncode, parse(log_path.read_text()))


def replay(machine: Machine, records: list[Record]) -> list[HypercallResult]:
    """Each logged hypercall through the machine's ABI layer, against the buffers as the
    program had them; the bytes written back must be the double's, byte for byte (an
    unsupported hypercall writes nothing)."""
    results = []
    for index, record in enumerate(records):
        memory = GuestMemory()
        for base, data in record.before.items():
            memory.add(base, data)
        result = machine.hypercall(record.op, record.args, memory)
        results.append(result)
        expected = record.before if result.unsupported else record.after
        for base, data in expected.items():
            got = memory.read(base, len(data))
            if got != data:
                first = next(i for i in range(len(data)) if got[i] != data[i])
                raise AssertionError(
                    f"hypercall {index} ({result}): byte {first:#x} of the buffer at"
                    f" {base:#x} is {got[first]:#04x}, the double wrote {data[first]:#04x}"
                    f"\nours:   {got[max(0, first - 8) : first + 24].hex()}"
                    f"\ntheirs: {data[max(0, first - 8) : first + 24].hex()}"
                )
        if not result.unsupported and record.op != 13:  # a multicall's own rc is 0
            assert result.raw == record.rc, (
                f"hypercall {index} ({result}) returned {result.raw}, the double {record.rc}"
            )
    return results
