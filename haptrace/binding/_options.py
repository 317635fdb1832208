# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""The families' host options (the catalogue's HOST_OPTIONS), as keyword-only fields
that HostConfig inherits: the text form's host line, the trace header and the engine's
``ht_host_config.option`` carry them like any other host setting."""

from __future__ import annotations

from dataclasses import dataclass

OPTION_NAMES: tuple[str, ...] = ("nr_irqs_gsi",)
OPTION_BITS: tuple[int, ...] = (8,)


@dataclass(frozen=True, kw_only=True)
class HostOptions:
    """The host options:

    ``nr_irqs_gsi``: the host's GSIs (nr_irqs_gsi): a guest's pirqs are 0 to nr_irqs_gsi +
    31, domain 0's 0 to nr_irqs_gsi + 255.
    """

    nr_irqs_gsi: int = 48
