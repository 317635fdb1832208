# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""The families' host options (the catalogue's HOST_OPTIONS), as keyword-only fields
that HostConfig inherits: the text form's host line, the trace header and the engine's
``ht_host_config.option`` carry them like any other host setting."""

from __future__ import annotations

from dataclasses import dataclass

OPTION_NAMES: tuple[str, ...] = ("hypercall_preempt",)
OPTION_BITS: tuple[int, ...] = (1,)


@dataclass(frozen=True, kw_only=True)
class HostOptions:
    """The host options:

    ``hypercall_preempt``: hypercall_preempt_check() always finds work pending (a host under
    constant softirq load): a multicall continues itself after every entry.
    """

    hypercall_preempt: bool = False
