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
from haptrace.errors import EngineError, InputError

from .guest import Guest, GuestScript
from .record import CallRecorder
from .server import CallEvent, PrivcmdServer

# The profile `haptrace run` emulates unless told otherwise: the 4.17 tools' own Xen.  The
# default host configuration is the upstream build (every build option 0: sharing and
# paging compiled in, a debug build), so the tools' normal paths run as written.
DEFAULT_RUN_PROFILE = "xen-4.17"
SHIM_MODULE = "haptrace.realprog._htshim"
SOCKET_ENV = "HAPTRACE_PRIVCMD_SOCK"
XENSTORE_ENV = "XENSTORED_PATH"  # libxenstore's xs_open tries it first (xs_daemon_socket)


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


class _Session:
    """A machine, its recorder and the server of its devices on ``socket_path``."""

    def __init__(
        self,
        socket_path: str,
        profile: str,
        config: MachineConfig | None,
        record: Path | None,
        on_unsupported: Callable[[str], None] | None,
        on_event: Callable[[CallEvent], None] | None,
        guest: Path | None = None,
        xenstore: str | None = None,
    ) -> None:
        # Shared: the programs run hypercalls in their own processes (csrc/shared.c).
        machine = Machine(config, profile, shared=True)
        self.recorder = CallRecorder.emulating(record, machine) if record is not None else None
        self.on_event = on_event
        # Without a listener the server does not describe the calls (the per-call path).
        wanted = self.recorder is not None or on_event is not None
        try:
            self.server = PrivcmdServer(
                machine, socket_path, self._event if wanted else None, on_unsupported
            )
        except OSError as exc:
            if self.recorder is not None:
                self.recorder.abandon()
            raise InputError(f"{socket_path}: cannot serve there: {exc.strerror or exc}") from None
        if xenstore is not None:
            self.server.serve_xenstore(xenstore)
            for domid in machine.domain_ids():
                # The toolstack's node of every domain it made (libxl's domain path).
                self.server.xenstore_node(f"/local/domain/{domid}")
        if guest is not None:
            write = self.server.xenstore.write if self.server.xenstore is not None else None
            try:
                script = GuestScript(guest, Guest(machine, self.server.driver_calls, write))
                script.setup()
            except BaseException:
                self.abandon()
                raise
            self.server.guest = script

    def _event(self, event: CallEvent) -> None:
        if self.recorder is not None:
            self.recorder.add(event)
        if self.on_event is not None:
            self.on_event(event)

    def abandon(self) -> None:
        """Close without serving (the program could not start)."""
        self.server.close()
        if self.recorder is not None:
            self.recorder.abandon()

    def serve(self, until: int) -> None:
        """Serve until ``until`` is readable, then close the server and the recording (which
        is abandoned, left .incomplete, if serving failed)."""
        try:
            self.server.serve(until)
        except BaseException:
            if self.recorder is not None:
                self.recorder.abandon()
            raise
        finally:
            self.server.close()
        if self.recorder is not None:
            self.recorder.close()


def _start(
    argv: Sequence[str], socket_path: str, xenstore: str | None = None
) -> subprocess.Popen[bytes]:
    if not argv:
        raise InputError("no program to run: give it after --")
    env = shim_environment(dict(os.environ), socket_path)
    if xenstore is not None:
        env[XENSTORE_ENV] = xenstore
    try:
        return subprocess.Popen(list(argv), env=env)
    except OSError as exc:
        raise InputError(f"cannot run {argv[0]}: {exc.strerror or exc}") from None


def _status(process: subprocess.Popen[bytes]) -> int:
    status = process.wait()
    return status if status >= 0 else 128 - status


def run_program(
    argv: Sequence[str],
    *,
    profile: str = DEFAULT_RUN_PROFILE,
    config: MachineConfig | None = None,
    record: Path | None = None,
    on_unsupported: Callable[[str], None] | None = None,
    on_event: Callable[[CallEvent], None] | None = None,
    guest: Path | None = None,
) -> int:
    """Run ``argv`` with its Xen devices served by a fresh emulated machine; returns its exit
    status (128 + N for a program killed by signal N).  ``record`` writes the catalogue
    calls its hypercalls became, with the emulator's results, as a trace; ``guest`` is a
    guest script (haptrace.realprog.guest) run alongside."""
    if not argv:
        raise InputError("no program to run: give it after --")
    with tempfile.TemporaryDirectory(prefix="haptrace-run-") as tmp:
        socket_path = os.path.join(tmp, "privcmd.sock")
        xenstore = os.path.join(tmp, "xenstored.sock")
        session = _Session(
            socket_path, profile, config, record, on_unsupported, on_event, guest, xenstore
        )
        try:
            process = _start(argv, socket_path, xenstore)
        except BaseException:
            session.abandon()
            raise
        # The program owns the terminal's ^C (xen-access and xenpaging tear down on
        # SIGINT); haptrace keeps serving until it has exited.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        pidfd = os.pidfd_open(process.pid)
        try:
            session.serve(until=pidfd)
        finally:
            os.close(pidfd)
            signal.signal(signal.SIGINT, previous)
        return _status(process)


def host_xenstore(socket_path: str) -> str:
    """Where a ``serve_host`` on ``socket_path`` serves its xenstore."""
    return socket_path + ".xenstore"


def run_on_host(argv: Sequence[str], socket_path: str) -> int:
    """Run ``argv`` against the machine a ``serve_host`` serves on ``socket_path``."""
    if not os.path.exists(socket_path):
        raise InputError(f"{socket_path}: no haptrace host is serving there")
    process = _start(argv, socket_path, host_xenstore(socket_path))
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return _status(process)
    finally:
        signal.signal(signal.SIGINT, previous)


def serve_host(
    socket_path: str,
    *,
    profile: str = DEFAULT_RUN_PROFILE,
    config: MachineConfig | None = None,
    record: Path | None = None,
    on_unsupported: Callable[[str], None] | None = None,
    on_ready: Callable[[], None] | None = None,
    guest: Path | None = None,
) -> None:
    """Serve one emulated machine on ``socket_path`` to every program run against it
    (``run_on_host``), until SIGINT or SIGTERM, with its xenstore beside it; ``record``
    holds what they all did, ``guest`` is a guest script run alongside."""
    session = _Session(
        socket_path,
        profile,
        config,
        record,
        on_unsupported,
        None,
        guest,
        host_xenstore(socket_path),
    )
    wake_read, wake_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    stop = {signal.SIGINT, signal.SIGTERM}
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in stop}
    old_wakeup = signal.set_wakeup_fd(wake_write)
    try:
        if on_ready is not None:
            on_ready()
        session.serve(until=wake_read)
    finally:
        signal.set_wakeup_fd(old_wakeup)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        os.close(wake_read)
        os.close(wake_write)
