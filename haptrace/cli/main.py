"""The ``haptrace`` click group and its error handling.

Exit statuses: 0 pass; 2 usage error (click); 3 diverged, 4 undocumented return code,
5 invariant violated (the subject misbehaved); 6 bad input (a corrupt trace, an unknown
call, a bad argument); 7 unsupported (calls the engine does not model: not checked,
counted apart); 8 not applicable (the trace leaves the profile out of its ``profiles``:
nothing ran; only when no trace applied); 70 internal error (our bug).  Commands print a
one-line message for bad input, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from typing import Any

import click

from haptrace import __version__
from haptrace.errors import HaptraceError, InputError
from haptrace.outcome import Outcome

# Which module defines each command.  A command's module is imported when the command is
# looked up, not when the group is: `haptrace fuzz` is on the clock of every fuzzing run
# (its start-up counts in the time to a finding), and importing every command module loads
# the catalogue, the replay engine and their dependencies, which `fuzz` starts without.
COMMAND_MODULES = {
    "bugs": "catalogue_cmds",
    "calls": "catalogue_cmds",
    "compile": "trace_cmds",
    "corpus": "fuzz_cmds",
    "coverage": "corpus_cmds",
    "demo": "demo",
    "export-c": "run_cmds",
    "fuzz": "fuzz_cmds",
    "fuzz-plot": "fuzz_plot",
    "host": "run_cmds",
    "minimize": "fuzz_cmds",
    "record": "trace_cmds",
    "replay": "replay_cmd",
    "run": "run_cmds",
    "show": "trace_cmds",
    "stats": "trace_cmds",
    "upgrade": "trace_cmds",
}


# -q / -v, for the process (a command reads it with verbosity()): -1 quiet, 0, 1 verbose.
_VERBOSITY = [0]


def verbosity() -> int:
    """-1 with -q (no progress or status lines), 1 with -v (tracebacks with errors), else 0."""
    return _VERBOSITY[0]


class HaptraceCommand(click.Command):
    """A command whose help ends with the version, as ``haptrace --version`` prints it."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        formatter.write_text(f"haptrace {__version__}")


class HaptraceGroup(click.Group):
    """Maps the package's exceptions to the outcome exit statuses, and loads each command's
    module when the command is asked for (importing it registers the command)."""

    command_class = HaptraceCommand

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        formatter.write_text(f"haptrace {__version__}")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            importlib.import_module(f"{__package__}.{module}")
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (| head): stop quietly, like any well-behaved filter.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except InputError as exc:
            click.echo(f"haptrace: error: {exc}", err=True)
            if verbosity() > 0:
                click.echo("".join(traceback.format_exc()), err=True)
            ctx.exit(Outcome.BAD_INPUT)
        except (HaptraceError, Exception) as exc:
            click.echo(f"haptrace: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("".join(traceback.format_exc()), err=True)
            click.echo(
                "This is a bug in haptrace; please report it with the trace above.", err=True
            )
            ctx.exit(Outcome.INTERNAL)


HaptraceGroup.group_class = HaptraceGroup  # `haptrace corpus ...` behaves alike


@click.group(cls=HaptraceGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="haptrace")
@click.option("-q", "--quiet", is_flag=True, help="No progress or status lines.")
@click.option("-v", "--verbose", is_flag=True, help="Errors with their Python traceback.")
def cli(quiet: bool, verbose: bool) -> None:
    """Record, replay and fuzz Xen hypercall sequences against an emulated x86_64 host
    with hardware-assisted paging (HAP: Intel EPT / AMD NPT).

    \b
    Start here:
      haptrace demo                 run the seed's sharing example and show the counters
      haptrace calls                list every call the emulator knows
      haptrace calls memshr_share_gfns   one call: arguments, outputs, documented codes
      haptrace bugs                 planted bugs the fuzzer is benchmarked against

    \b
    Exit status: 0 pass, 3 diverged, 4 undocumented return code, 5 invariant violated,
    6 bad input, 7 unsupported (calls the engine does not model, not checked), 8 not
    applicable (no trace speaks for the profile), 70 internal error; 2 a usage error.

    haptrace prints no colour (NO_COLOR has nothing to turn off).  Shell completion:
    eval "$(_HAPTRACE_COMPLETE=bash_source haptrace)" (zsh_source, fish_source).
    """
    if quiet and verbose:
        raise click.UsageError("-q and -v contradict each other; choose one")
    _VERBOSITY[0] = -1 if quiet else 1 if verbose else 0


def main() -> None:
    """Entry point of the ``haptrace`` script."""
    sys.exit(cli.main(prog_name="haptrace", standalone_mode=True))


__all__ = ["COMMAND_MODULES", "HaptraceCommand", "HaptraceGroup", "cli", "main", "verbosity"]
