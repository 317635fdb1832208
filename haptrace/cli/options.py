"""Options that several commands share, defined once so their names, choices and help agree."""

from __future__ import annotations

import click

from haptrace.catalogue import PROFILES

# Every command that can run the engine with planted bugs takes them the same way.
PLANTED_BUG_OPTION = click.option(
    "--planted-bug",
    "bugs",
    multiple=True,
    metavar="NAME",
    help="Turn a planted bug on (see `haptrace bugs`); repeatable.",
)

# The profiles come from the catalogue: a new profile is a choice everywhere at once.
PROFILE_CHOICE = click.Choice(list(PROFILES))
