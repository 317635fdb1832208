"""The return-code profiles, in a module of their own so that what must start fast (the CLI,
the fuzz harness) can name them without loading the whole catalogue.

``doc`` follows the seed documentation (xenctrl.h, Xen 4.2) wherever it speaks and the 4.2
code where it is silent; ``xen-4.2`` follows the 4.2 code exactly; ``xen-4.17`` follows
RELEASE-4.17.0 (the hypervisor Debian ships today, docs/profiles.md).  The catalogue
(haptrace.catalogue.PROFILES) is this tuple; the engine's HT_PROFILE_* numbers are its
indices (generated into csrc/gen).
"""

from __future__ import annotations

from collections.abc import Container
from types import MappingProxyType

PROFILES: tuple[str, ...] = ("doc", "xen-4.2", "xen-4.17")

# The profile a trace's expectation falls back to when it gives none for a profile: 4.17 is
# the 4.2 code grown on, so a trace written against 4.2 states 4.17's answer unless it says
# otherwise with an `@xen-4.17:` alternative (tracer.model.Record.expected).
SUCCEEDS: dict[str, str] = {"xen-4.17": "xen-4.2"}


def alternative_for(given: Container[str], profile: str) -> str | None:
    """The profile whose alternative a trace record's expectation in ``profile`` is, among
    the profiles the record ``given`` alternatives for: ``profile`` itself, else the one it
    succeeds (and so on); None when the recorded result stands."""
    while profile not in given and profile in SUCCEEDS:
        profile = SUCCEEDS[profile]
    return profile if profile in given else None


# Named host builds: the values of the build options (haptrace/catalogue/build.py) a
# `--host PRESET` applies; docs/profiles.md says which real host each one is.
HOST_PRESETS: MappingProxyType[str, MappingProxyType[str, int]] = MappingProxyType(
    {
        # Upstream 4.17.0 built with the options the tools need: sharing and paging in, a
        # debug build (the audit answers).
        "upstream": MappingProxyType({"no_mem_sharing": 0, "no_mem_paging": 0, "release_build": 0}),
        # Debian 12's xen-hypervisor-4.17-amd64: CONFIG_UNSUPPORTED off hides MEM_SHARING
        # and MEM_PAGING; a release build.
        "debian": MappingProxyType({"no_mem_sharing": 1, "no_mem_paging": 1, "release_build": 1}),
    }
)
