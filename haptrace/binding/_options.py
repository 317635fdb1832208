# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""The families' host options (the catalogue's HOST_OPTIONS), as keyword-only fields
that HostConfig inherits: the text form's host line, the trace header and the engine's
``ht_host_config.option`` carry them like any other host setting."""

from __future__ import annotations

from dataclasses import dataclass

OPTION_NAMES: tuple[str, ...] = ("exchange_and_pin",)
OPTION_BITS: tuple[int, ...] = (1,)


@dataclass(frozen=True, kw_only=True)
class HostOptions:
    """The host options:

    ``exchange_and_pin``: the hypervisor has seed 004's exchange_and_pin and unpin (doc
    profile); without them they answer ENOSYS, as the seed says of a hypervisor that lacks
    them.
    """

    exchange_and_pin: bool = True
