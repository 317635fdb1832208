"""``haptrace run -- CMD``: an unmodified Xen program against the emulated host
(haptrace.realprog does the work)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from haptrace.binding.config import MachineConfig
from haptrace.errors import InputError
from haptrace.profiles import HOST_PRESETS
from haptrace.realprog.export_c import export_c
from haptrace.realprog.run import DEFAULT_RUN_PROFILE, run_on_host, run_program, serve_host
from tracer.reader import load_trace

from .main import cli
from .options import PROFILE_CHOICE, host_option


def host_config(path: Path | None) -> MachineConfig:
    """The machine ``--host`` names: a preset's build (an existing file of that name wins),
    or a JSON configuration file; without one, the upstream preset's (the default
    machine)."""
    preset = HOST_PRESETS.get(str(path) if path is not None else DEFAULT_PRESET)
    if path is None or (preset is not None and not path.exists()):
        # The default host and domains, built as that real hypervisor is.
        default = MachineConfig.default().to_dict()
        return MachineConfig.from_dict({**default, "host": {**default["host"], **(preset or {})}})
    try:
        data = json.loads(path.read_text())
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a JSON machine configuration: {exc}") from None
    return MachineConfig.from_dict(data)


DEFAULT_PRESET = "upstream"  # the machine `run` emulates unless --host says otherwise

# The profile option of `run` and `host` (the programs' default: xen-4.17).
PROFILE_OPTION = click.option(
    "--profile",
    type=PROFILE_CHOICE,
    default=DEFAULT_RUN_PROFILE,
    show_default=True,
    help="Return-code profile of the emulated Xen.",
)


@cli.command("run", context_settings={"ignore_unknown_options": True})
@PROFILE_OPTION
@host_option(
    "A host build preset (upstream: sharing and paging compiled in, a debug build;"
    " debian: Debian 12's hypervisor, both compiled out, a release build) on the default"
    " machine, or a JSON machine configuration (host and domains, as trace headers carry"
    " it) [default: upstream on an Intel EPT host with HAP domains 1 and 2].",
)
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the calls the program's hypercalls became, with the emulator's results,"
    " as a trace (`haptrace replay` replays it).",
)
@click.option(
    "--guest",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A Python guest script run alongside: its setup(guest) before the program, each"
    " step of its activity(guest) generator after a notify the program makes on an event"
    " channel (docs/real-programs.md).",
)
@click.option(
    "--host-socket",
    type=click.Path(dir_okay=False),
    default=None,
    help="Run against the host `haptrace host --socket` serves there, instead of a fresh"
    " one (--profile, --host and --record are the host's then).",
)
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def run_command(
    profile: str,
    host_file: Path | None,
    record: Path | None,
    guest: Path | None,
    host_socket: str | None,
    command: tuple[str, ...],
) -> None:
    """Run COMMAND with its Xen devices served by the emulated host.

    COMMAND is an unmodified program using /dev/xen/privcmd through the real libxenctrl
    (Debian's xen-utils-4.17, the xen.lowlevel.xc binding, your own client).  It never
    reaches a real hypervisor, even on a Xen host.  haptrace exits with the program's
    status; what the emulator does not model is said on stderr.

    \b
      haptrace run -- /usr/lib/xen-4.17/bin/xen-memshare enable 1
      haptrace run --record memshare.trace -- xen-memshare nominate 1 0x10
      haptrace replay memshare.trace
    """
    seen: set[str] = set()

    def unsupported(what: str) -> None:
        if what not in seen:
            seen.add(what)
            click.echo(f"haptrace run: not modelled: {what}", err=True)

    if host_socket is not None:
        source = click.get_current_context().get_parameter_source("profile")
        chose_profile = source is not click.core.ParameterSource.DEFAULT
        if guest is not None:
            raise click.UsageError("--guest belongs to `haptrace host` with --host-socket")
        if record is not None or host_file is not None or chose_profile:
            raise click.UsageError("--profile, --host and --record belong to `haptrace host`")
        raise SystemExit(run_on_host(command, host_socket))
    status = run_program(
        command,
        profile=profile,
        config=host_config(host_file),
        record=record,
        on_unsupported=unsupported,
        guest=guest,
    )
    raise SystemExit(status)


@cli.command("export-c")
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the C program.",
)
def export_c_command(trace: Path, output: Path) -> None:
    """Write TRACE as a C program making its calls through the real libxenctrl and checking
    each recorded result: it exits 1 at the first difference, printing it.

    \b
      haptrace export-c corpus/sharing/control.trace.txt -o repro.c
      cc -o repro repro.c -lxenctrl
      ./repro                        # on a Xen host
      haptrace run -- ./repro        # against the emulated host
    """
    loaded = load_trace(trace)
    text = export_c(loaded.header, loaded.records, str(trace))
    try:
        output.write_text(text)
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from None
    click.echo(f"{output}: {len(loaded.records)} calls")


@cli.command("host")
@click.option(
    "--socket",
    "socket_path",
    type=click.Path(dir_okay=False),
    required=True,
    help="Where to serve the host (a Unix socket path to create).",
)
@PROFILE_OPTION
@host_option(
    "A host build preset or a JSON machine configuration (as for `haptrace run`).",
)
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write what every program run against the host did as one trace.",
)
@click.option(
    "--guest",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A Python guest script run alongside (as for `haptrace run`).",
)
def host_command(
    socket_path: str,
    profile: str,
    host_file: Path | None,
    record: Path | None,
    guest: Path | None,
) -> None:
    """Hold one emulated host for several programs: each `haptrace run --host-socket
    SOCKET -- CMD` runs against it, one after another or at once (a pager, an access
    monitor and an inspector on the same guests).  Serves until interrupted (^C, SIGTERM).

    \b
      haptrace host --socket /tmp/ht.sock &
      haptrace run --host-socket /tmp/ht.sock -- xen-memshare enable 1
      haptrace run --host-socket /tmp/ht.sock -- xen-memshare nominate 1 0x10
    """
    seen: set[str] = set()

    def unsupported(what: str) -> None:
        if what not in seen:
            seen.add(what)
            click.echo(f"haptrace host: not modelled: {what}", err=True)

    serve_host(
        socket_path,
        profile=profile,
        config=host_config(host_file),
        record=record,
        on_unsupported=unsupported,
        on_ready=lambda: click.echo(f"haptrace host: serving on {socket_path}", err=True),
        guest=guest,
    )
