"""Running one program under the shim against an emulated machine (``haptrace run``)."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from haptrace.binding.config import MachineConfig
from haptrace.binding.machine import Machine
from haptrace.catalogue import PROFILES
from haptrace.catalogue.limits import DEFAULT_PROFILE
from haptrace.errors import EngineError, InputError

from .record import CallRecorder
from .server import CallEvent, PrivcmdServer

# The profile `haptrace run` emulates unless told otherwise: the 4.17 tools' own Xen once
# the catalogue has it, else the catalogue's default.
DEFAULT_RUN_PROFILE = "xen-4.17" if "xen-4.17" in PROFILES else DEFAULT_PROFILE
SHIM_MODULE = "haptrace.realprog._htshim"
SOCKET_ENV = "HAPTRACE_PRIVCMD_SOCK"


def shim_path() -> str:
    """The built LD_PRELOAD shim (an extension module built at install, never imported)."""
    spec = importlib.util.find_spec(SHIM_MODULE)
    if spec is None or spec.origin is None:
        raise EngineError(f"the privcmd shim {SHIM_MODULE} is not built; reinstall haptrace")
    return spec.origin


def shim_environment(base: dict[str, str], socket_path: str) -> dict[str, str]:
    """``base`` with the shim preloaded and pointed at the server."""
    env = dict(base)
    preload = env.get("LD_PRELOAD", "")
    env["LD_PRELOAD"] = f"{shim_path()} {preload}".strip()
    env[SOCKET_ENV] = socket_path
    return env


def run_program(
    argv: Sequence[str],
    *,
    profile: str = DEFAULT_RUN_PROFILE,
    config: MachineConfig | None = None,
    record: Path | None = None,
    on_unsupported: Callable[[str], None] | None = None,
    on_event: Callable[[CallEvent], None] | None = None,
) -> int:
    """Run ``argv`` with its Xen devices served by a fresh emulated machine; returns its exit
    status (128 + N for a program killed by signal N).  ``record`` writes the catalogue
    calls its hypercalls became, with the emulator's results, as a trace."""
    if not argv:
        raise InputError("no program to run: give it after --")
    machine = Machine(config, profile)
    recorder = CallRecorder(record, machine) if record is not None else None

    def event(ev: CallEvent) -> None:
        if recorder is not None:
            recorder.add(ev)
        if on_event is not None:
            on_event(ev)

    # Without a listener the server does not describe the calls at all (the per-call path).
    listener = event if recorder is not None or on_event is not None else None

    with tempfile.TemporaryDirectory(prefix="haptrace-run-") as tmp:
        socket_path = os.path.join(tmp, "privcmd.sock")
        server = PrivcmdServer(machine, socket_path, listener, on_unsupported)
        try:
            env = shim_environment(dict(os.environ), socket_path)
            try:
                process = subprocess.Popen(list(argv), env=env)
            except OSError as exc:
                raise InputError(f"cannot run {argv[0]}: {exc.strerror or exc}") from None
            # The program owns the terminal's ^C (xen-access and xenpaging tear down on
            # SIGINT); haptrace keeps serving until it has exited.
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            pidfd = os.pidfd_open(process.pid)
            try:
                server.serve(until=pidfd)
                status = process.wait()
            finally:
                os.close(pidfd)
                signal.signal(signal.SIGINT, previous)
        except BaseException:
            if recorder is not None:
                recorder.abandon()
            raise
        finally:
            server.close()
    if recorder is not None:
        recorder.close()
    return status if status >= 0 else 128 - status
