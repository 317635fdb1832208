# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""The families' host options (the catalogue's HOST_OPTIONS), as keyword-only fields
that HostConfig inherits: the text form's host line, the trace header and the engine's
``ht_host_config.option`` carry them like any other host setting."""

from __future__ import annotations

from dataclasses import dataclass

OPTION_NAMES: tuple[str, ...] = ("createdomain_gfns",)
OPTION_BITS: tuple[int, ...] = (20,)


@dataclass(frozen=True, kw_only=True)
class HostOptions:
    """The host options:

    ``createdomain_gfns``: the guest physical address space, in gfns, of a domain made by
    the createdomain hypercall (the engine sizes a domain's p2m when it is made; Xen grows
    it).
    """

    createdomain_gfns: int = 1024
