"""`haptrace run` and `export-c` on bad input: one line and the bad-input status (6), or
click's usage status (2); the program's own status passes through."""

from __future__ import annotations

import socket
import struct
from pathlib import Path

from realprog_harness import haptrace, run, shell

from haptrace.binding.machine import Machine
from haptrace.realprog import protocol
from haptrace.realprog.server import PrivcmdServer


def test_a_program_that_cannot_be_started() -> None:
    ran = run("/nonexistent/program")
    assert ran.status == 6
    assert (
        ran.stderr
        == "haptrace: error: cannot run /nonexistent/program: No such file or directory\n"
    )


def test_no_program() -> None:
    assert haptrace("run").status == 2


def test_a_bad_host_file(tmp_path: Path) -> None:
    bad = tmp_path / "host.json"
    bad.write_text('{"host": {"total_frames": 0}}')
    ran = run("true", options=("--host", bad))
    assert (ran.status, ran.stderr) == (
        6,
        "haptrace: error: host total_frames must be at least 1\n",
    )


def test_the_programs_status_and_signal_pass_through() -> None:
    assert shell("exit 7").status == 7
    assert shell("kill -TERM $$").status == 128 + 15


def test_export_c_of_a_missing_trace(tmp_path: Path) -> None:
    ran = haptrace("export-c", tmp_path / "none.trace", "-o", tmp_path / "x.c")
    assert ran.status == 6
    assert len(ran.stderr.splitlines()) == 1


def test_a_client_speaking_something_else_is_dropped(tmp_path: Path) -> None:
    # A short HELLO: the server drops that connection and goes on serving.
    path = str(tmp_path / "s.sock")
    server = PrivcmdServer(Machine(), path)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as bad:
            bad.connect(path)
            client = server.accept()
            bad.send(protocol.HDR.pack(protocol.HELLO, 4) + struct.pack("<I", 1))
            server.service(client)
            assert server.clients == []
    finally:
        server.close()


def test_a_guest_script_that_fails_is_one_line(tmp_path: Path) -> None:
    script = tmp_path / "guest.py"
    script.write_text("def setup(guest):\n    guest.call('guest_write', 99, 0x10, 1, 0)\n")
    ran = run("true", options=("--guest", script))
    # guest_write to a domain that does not exist is a result, not an error: it runs.
    assert (ran.status, ran.stderr) == (0, "")
    script.write_text("def setup(guest):\n    guest.call('no_such_call')\n")
    ran = run("true", options=("--guest", script))
    assert ran.status == 6
    assert ran.stderr.startswith(f"haptrace: error: {script}: setup: ")
    assert len(ran.stderr.splitlines()) == 1
    ran = run("true", options=("--guest", tmp_path / "missing.py"))
    assert ran.status == 6
    assert len(ran.stderr.splitlines()) == 1
