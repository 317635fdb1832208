"""In-process hypercalls (csrc/shared.c): with the machine shared, the shim runs a program's
privcmd hypercalls in the program's own process; what the server must see still reaches
it; HAPTRACE_PRIVCMD_INPROCESS=0 sends everything to the server, with the same results."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from realprog_harness import HEADERS, LSEVTCHN, MEMSHARE, TOOLS, cc, require, shell

from haptrace.binding.machine import Machine
from haptrace.cli.run_cmds import host_config
from haptrace.realprog.run import DEFAULT_RUN_PROFILE, shim_environment
from haptrace.realprog.server import PrivcmdServer

ROOT = Path(__file__).resolve().parents[2]
OFF = "HAPTRACE_PRIVCMD_INPROCESS"


def serve(
    command: list[str], machine: Machine, extra: dict[str, str] | None = None
) -> tuple[int, str, PrivcmdServer]:
    """Runs ``command`` under the shim against a server of ``machine`` in this process
    (closed when it exits): its status, its output and the server, for its counters."""
    with tempfile.TemporaryDirectory(prefix="inproc-") as tmp:
        path = os.path.join(tmp, "privcmd.sock")
        server = PrivcmdServer(machine, path)
        env = shim_environment(dict(os.environ), path)
        env[OFF] = "1"  # whatever the suite runs with (it runs with 0 too)
        env.update(extra or {})
        with open(os.path.join(tmp, "out"), "w+") as out:
            process = subprocess.Popen(command, env=env, stdout=out)
            pidfd = os.pidfd_open(process.pid)
            try:
                server.serve(until=pidfd)
            finally:
                os.close(pidfd)
                server.close()
            status = process.wait(timeout=60)
            out.seek(0)
            return status, out.read(), server


def default_machine() -> Machine:
    """The machine `haptrace run` makes with no options."""
    return Machine(host_config(None), DEFAULT_RUN_PROFILE, shared=True)


@pytest.fixture(scope="module")
def xcloop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require(HEADERS, compiler=True)
    exe = tmp_path_factory.mktemp("xcloop") / "xcloop"
    source = ROOT / "benchmarks" / "xcloop.c"
    subprocess.run([cc(), "-O2", "-o", str(exe), str(source), "-lxenctrl"], check=True)
    return exe


def test_hot_hypercalls_run_in_the_programs_process(xcloop: Path) -> None:
    status, out, server = serve([str(xcloop), "500"], default_machine())
    assert status == 0 and out.startswith("500 "), out
    # Every xc_memshr_debug_gfn ran in the program; only libxenctrl's opening calls (if
    # any) went over the socket.
    assert server.local_hypercalls >= 500
    assert server.hypercalls < 10
    status, out, server = serve([str(xcloop), "500"], default_machine(), {OFF: "0"})
    assert status == 0 and out.startswith("500 "), out
    assert server.local_hypercalls == 0
    assert server.hypercalls >= 500


def test_an_unshared_machine_serves_everything() -> None:
    require(MEMSHARE)
    machine = Machine(host_config(None), DEFAULT_RUN_PROFILE)
    status, out, server = serve([str(MEMSHARE), "info"], machine)
    assert status == 0, out
    assert server.local_hypercalls == 0 and server.hypercalls > 0


def test_programs_at_once_see_each_others_changes_in_process(tmp_path: Path) -> None:
    # Two programs nominate at once, each in its own process with its own copy of the
    # engine; a third shares the two pages with the handles they were given and a fourth
    # counts them: one machine, every change seen by the next program.
    require(MEMSHARE)
    m, h1, h2 = MEMSHARE, tmp_path / "h1", tmp_path / "h2"
    script = (
        f"{m} enable 1 && {m} enable 2"
        f" && ({m} nominate 1 0x10 > {h1} & {m} nominate 2 0x20 > {h2} & wait)"
        f" && {m} share 2 0x20 $(cut -d' ' -f3 {h2}) 1 0x10 $(cut -d' ' -f3 {h1})"
        f" && {m} info"
    )
    machine = default_machine()
    status, out, server = serve(["/bin/sh", "-c", script], machine)
    assert (status, out) == (0, "used = 1\nfreed = 1\n")
    assert sorted([h1.read_text(), h2.read_text()]) == [
        "handle = 0x00000002\n",
        "handle = 0x00000003\n",
    ]
    assert server.local_hypercalls >= 6  # the nominates, the share and info at least
    assert machine.p2m(1)[0x10]["mfn"] == machine.p2m(2)[0x20]["mfn"]


MEMSHARE_SESSION = " && ".join(
    f"{MEMSHARE} {command}"
    for command in (
        "enable 1",
        "enable 2",
        "nominate 1 0x10",
        "nominate 2 0x20",
        "share 2 0x20 3 1 0x10 2",
        "info",
        "debug-gfn 1 0x10",
        "audit",
        "unshare 1 0x10",
        "info",
        "disable 1",
    )
)


def test_the_key_programs_give_the_same_results_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    require(MEMSHARE, LSEVTCHN, TOOLS / "test-resource")
    programs = (MEMSHARE_SESSION, str(LSEVTCHN), str(TOOLS / "test-resource"))
    seen = {}
    for inprocess in ("1", "0"):
        monkeypatch.setenv(OFF, inprocess)
        for program in programs:
            ran = shell(program)
            assert ran.status == 0, ran.stdout + ran.stderr
            seen[inprocess, program] = ran.stdout
    for program in programs:
        assert seen["1", program] == seen["0", program]
    assert "used = 1\nfreed = 1\n" in seen["1", MEMSHARE_SESSION]
