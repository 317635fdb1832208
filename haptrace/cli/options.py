"""Options that several commands share, defined once so their names, choices and help agree."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from haptrace.errors import InputError
from haptrace.profiles import PROFILES

# Every command that can run the engine with planted bugs takes them the same way.
PLANTED_BUG_OPTION = click.option(
    "--planted-bug",
    "bugs",
    multiple=True,
    metavar="NAME",
    help="Turn a planted bug on (see `haptrace bugs`); repeatable.",
)

# The catalogue's profiles (haptrace.profiles, light enough for the CLI's start-up): a new
# profile is a choice everywhere at once.
PROFILE_CHOICE = click.Choice(list(PROFILES))
_F = TypeVar("_F", bound=Callable[..., Any])


def host_option(help_text: str) -> Callable[[_F], _F]:
    """``--host PRESET|FILE`` (into ``host_file``), as ``run`` and ``record`` take it: a
    build preset name or a JSON machine configuration, read by run_cmds.host_config."""
    return click.option(
        "--host",
        "host_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=help_text,
    )


def _probe_directory(directory: Path) -> str | None:
    """Why a file cannot be created in ``directory``, or None.  A real probe file, not
    os.access: root passes access() on read-only file systems such as /proc."""
    if not directory.exists():
        return f"directory {str(directory)!r} does not exist"
    if not directory.is_dir():
        return f"{str(directory)!r} is not a directory"
    try:
        with tempfile.TemporaryFile(dir=directory, prefix=".haptrace-probe-"):
            pass
    except OSError as exc:
        return f"cannot write in {str(directory)!r}: {exc.strerror or exc}"
    return None


class OutputFile(click.Path):
    """A file a command writes: checked when the command line is read (its directory
    exists and takes a new file), so a bad path is a usage error before any work, not an
    internal error after it."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        assert isinstance(path, Path)  # path_type=Path
        if path.is_dir():
            self.fail(f"{str(path)!r} is a directory", param, ctx)
        problem = _probe_directory(path.parent)
        if problem is None and path.exists() and not os.access(path, os.W_OK):
            problem = f"{str(path)!r} is not writable"
        if problem is not None:
            self.fail(problem, param, ctx)
        return path


class OutputDirectory(click.Path):
    """A directory a command fills: created when the command line is read and probed for a
    new file, for the same reason as OutputFile."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        assert isinstance(path, Path)  # path_type=Path
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.fail(f"cannot create {str(path)!r}: {exc.strerror or exc}", param, ctx)
        problem = _probe_directory(path)
        if problem is not None:
            self.fail(problem, param, ctx)
        return path


def missing(path: object) -> InputError:
    """The one error for a file or directory that is not there, whichever command met it
    (the trace readers word an unreadable file the same way)."""
    return InputError(f"{path}: cannot read: No such file or directory")


class InputPath(click.Path):
    """A file (or directory) a command reads: one that is not there is bad input (exit 6,
    the readers' wording), as in every other command, not a usage error."""

    def __init__(self, *, file_okay: bool = True, dir_okay: bool = True) -> None:
        super().__init__(file_okay=file_okay, dir_okay=dir_okay, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        assert isinstance(path, Path)  # path_type=Path
        if not path.exists():
            raise missing(path)
        return path


def _memory(ctx: click.Context, param: click.Parameter, value: str) -> int:
    from haptrace.binding.config import parse_memory
    from haptrace.errors import ConfigError

    try:
        return parse_memory(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from None


def max_memory_option(function: Any) -> Any:
    """``--max-memory``: the cap on the memory of the machine a trace's header declares,
    checked before the machine is built (haptrace.binding.config.DEFAULT_MAX_MEMORY)."""
    return click.option(
        "--max-memory",
        default="1G",
        show_default=True,
        metavar="SIZE",
        callback=_memory,
        help="The most memory a machine a trace declares may take (K, M, G, T suffixes);"
        " a trace declaring a bigger one is refused (exit 6) before anything is allocated.",
    )(function)
