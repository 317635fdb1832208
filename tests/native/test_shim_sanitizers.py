"""The shim of `haptrace run` with its engine (the in-process hypercall path, csrc/shared.c)
under AddressSanitizer and UndefinedBehaviorSanitizer.

The shim is built here as setup.py builds it (htshim.c and the engine's sources, HT_INPROCESS,
hidden visibility), with ASan + UBSan (every report fatal), and preloaded after the ASan
runtime into a libxenctrl program served by a privcmd server in this process: the program's
hypercalls run in its own process on the shared machine (the server counts them), its other
device operations over the socket.  A report from either sanitizer fails the test.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from native_build import CSRC, INCLUDES, compile_each, engine_sources, gcc, run_compiler

from haptrace.binding.machine import Machine
from haptrace.cli.run_cmds import host_config
from haptrace.realprog.run import DEFAULT_RUN_PROFILE, SOCKET_ENV
from haptrace.realprog.server import PrivcmdServer

ROOT = Path(__file__).resolve().parents[2]
XENCTRL_H = Path("/usr/include/xenctrl.h")
SANITIZER_MARKERS = ("runtime error", "AddressSanitizer")


def _require_xenctrl() -> None:
    if not XENCTRL_H.exists():
        message = f"needs {XENCTRL_H} (Debian's libxen-dev)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.native
def test_the_shims_in_process_path_under_asan_and_ubsan(tmp_path: Path) -> None:
    _require_xenctrl()
    compiler = gcc()
    shim = tmp_path / "htshim_asan.so"
    sources = [CSRC / "privcmd" / "htshim.c", *engine_sources()]
    flags = [
        "-std=gnu11",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-O1",
        "-g",
        "-fPIC",
        "-fvisibility=hidden",
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-fno-omit-frame-pointer",
        "-DHT_INPROCESS=1",
        *INCLUDES,
    ]  # fmt: skip
    objects = compile_each(sources, flags, tmp_path)
    run_compiler(
        [
            compiler,
            "-shared",
            "-fsanitize=address,undefined",
            *map(str, objects),
            "-o",
            str(shim),
            "-ldl",
        ]
    )
    loop = tmp_path / "xcloop"
    run_compiler(
        [compiler, "-O1", "-o", str(loop), str(ROOT / "benchmarks" / "xcloop.c"), "-lxenctrl"]
    )
    runtime = subprocess.run(
        [compiler, "-print-file-name=libasan.so"], capture_output=True, text=True, check=True
    ).stdout.strip()

    machine = Machine(host_config(None), DEFAULT_RUN_PROFILE, shared=True)
    with tempfile.TemporaryDirectory(prefix="shim-asan-") as tmp:
        path = os.path.join(tmp, "privcmd.sock")
        server = PrivcmdServer(machine, path)
        env = dict(os.environ)
        env.update(
            {
                "LD_PRELOAD": f"{runtime} {shim}",
                SOCKET_ENV: path,
                # libxenctrl's own allocations are not this test's business.
                "ASAN_OPTIONS": "detect_leaks=0",
                "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
            }
        )
        with open(tmp_path / "stderr", "w+") as err:
            process = subprocess.Popen(
                [str(loop), "300"], env=env, stdout=subprocess.PIPE, stderr=err
            )
            pidfd = os.pidfd_open(process.pid)
            try:
                server.serve(until=pidfd)
            finally:
                os.close(pidfd)
                server.close()
            assert process.stdout is not None
            out = process.stdout.read().decode()
            status = process.wait(timeout=60)
            err.seek(0)
            errors = err.read()
    assert not any(marker in errors for marker in SANITIZER_MARKERS), errors
    assert status == 0 and out.startswith("300 "), out + errors
    assert server.local_hypercalls >= 300
