"""Options that several commands share, defined once so their names, choices and help agree."""

from __future__ import annotations

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
