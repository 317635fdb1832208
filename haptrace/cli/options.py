"""Options that several commands share, defined once so their names, choices and help agree."""

from __future__ import annotations

from typing import Any

import click

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
