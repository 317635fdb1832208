"""Machine configuration: the host and the domains a machine starts with.

A configuration is plain data.  It converts to and from a dict of strings and integers, which
is how trace headers carry it, so that replay rebuilds exactly the machine a trace was
recorded on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from haptrace.catalogue import ENUMS, PROFILES
from haptrace.catalogue.limits import GFN_CAPACITY_MAX
from haptrace.errors import ConfigError

from ._options import OPTION_BITS, OPTION_NAMES, HostOptions

ARCHES = tuple(ENUMS["arch"].values)
SHARE_CAPACITY = 4096  # the default
VENDORS = tuple(ENUMS["vendor"].values)


@dataclass(frozen=True)
class HostConfig(HostOptions):
    """The emulated host (and, inherited from HostOptions, the families' host options).

    ``total_frames`` is host RAM in 4 KiB frames.  ``gfn_capacity`` is the room for the p2m
    of every domain ever created (0: four times what the starting domains need, at least
    65536).  ``share_capacity`` is how many frames Xen can keep sharing metadata for (by
    default 4096, or total_frames on a smaller host) and
    ``xenheap_units`` how many other internal records (rmap entries, ring mappings, event
    channels) it can allocate; exhausting either gives the documented ENOMEMs.
    ``audit_compiled`` false models a hypervisor built without the sharing audit.
    """

    arch: str = "x86_64"
    vendor: str = "intel"
    total_frames: int = 16384
    gfn_capacity: int = 0
    share_capacity: int = SHARE_CAPACITY
    xenheap_units: int = 65536
    audit_compiled: bool = True

    def __post_init__(self) -> None:
        for name, bits in zip(OPTION_NAMES, OPTION_BITS, strict=True):
            value = getattr(self, name)
            if not isinstance(value, int) or not 0 <= value < 1 << bits:
                raise ConfigError(f"host {name} must be an integer of {bits} bits, not {value!r}")
        if self.arch not in ARCHES:
            raise ConfigError(f"arch must be one of {', '.join(ARCHES)}, not {self.arch!r}")
        if self.vendor not in VENDORS:
            raise ConfigError(f"vendor must be one of {', '.join(VENDORS)}, not {self.vendor!r}")
        for name in ("total_frames", "gfn_capacity", "share_capacity", "xenheap_units"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"host {name} must be a non-negative integer, not {value!r}")
        if self.total_frames == 0:
            raise ConfigError("host total_frames must be at least 1")
        if self.share_capacity == SHARE_CAPACITY and self.total_frames < SHARE_CAPACITY:
            # The default on a small host: one record per frame at most.
            object.__setattr__(self, "share_capacity", self.total_frames)
        if self.share_capacity > self.total_frames:
            raise ConfigError(
                f"host share_capacity {self.share_capacity} cannot exceed"
                f" total_frames {self.total_frames}: Xen keeps sharing metadata for at most"
                f" one record per frame; set share_capacity to {self.total_frames} or less"
            )


@dataclass(frozen=True)
class DomainConfig:
    """A domain the machine starts with: gfns ``0 .. pages-1`` are populated.

    ``max_pages`` 0 means ``pages``; ``p2m_size`` 0 means twice ``pages`` (at least 64).
    """

    domid: int
    pages: int = 4096
    max_pages: int = 0
    p2m_size: int = 0
    vcpus: int = 1
    hap: bool = True
    pv: bool = False

    def __post_init__(self) -> None:
        for name in ("domid", "pages", "max_pages", "p2m_size", "vcpus"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"domain {name} must be a non-negative integer, not {value!r}")
        for name in ("pages", "max_pages", "p2m_size"):
            value = getattr(self, name)
            if value > GFN_CAPACITY_MAX:
                raise ConfigError(
                    f"domain {self.domid} {name}={value} is larger than the engine's gfn space"
                    f" ({GFN_CAPACITY_MAX:#x} gfns for all domains together)"
                )
        if not 1 <= self.domid < 0x7FF0:
            raise ConfigError(f"domid must be between 1 and 0x7fef, not {self.domid}")

    @property
    def flags(self) -> int:
        values = ENUMS["domain_flags"].values
        return (values["hap"] if self.hap else 0) | (values["pv"] if self.pv else 0)

    @property
    def effective_p2m_size(self) -> int:
        return self.p2m_size or max(self.pages * 2, 64)


@dataclass(frozen=True)
class MachineConfig:
    """A host and the domains it starts with."""

    host: HostConfig = field(default_factory=HostConfig)
    domains: tuple[DomainConfig, ...] = (DomainConfig(1), DomainConfig(2))

    def __post_init__(self) -> None:
        ids = [d.domid for d in self.domains]
        if len(set(ids)) != len(ids):
            raise ConfigError(f"duplicate domain ids in the configuration: {ids}")
        if self.gfn_capacity > GFN_CAPACITY_MAX:
            sizes = ", ".join(f"domain {d.domid} {d.effective_p2m_size:#x}" for d in self.domains)
            raise ConfigError(
                f"the domains' p2ms ({sizes} gfns; a p2m is twice pages unless p2m_size says)"
                f" need a gfn capacity of {self.gfn_capacity:#x}, above the engine's"
                f" {GFN_CAPACITY_MAX:#x}: give the domains fewer pages"
                + ("" if self.host.gfn_capacity else " (the host keeps four times their p2ms)")
            )

    @classmethod
    def default(cls) -> MachineConfig:
        """An Intel EPT x86_64 host with two HAP domains of 4096 populated pages each."""
        return cls()

    @property
    def gfn_capacity(self) -> int:
        if self.host.gfn_capacity:
            return self.host.gfn_capacity
        needed = sum(d.effective_p2m_size for d in self.domains)
        return max(4 * needed, 65536)

    # ---- plain data (trace headers) ---------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        host = {f.name: getattr(self.host, f.name) for f in fields(HostConfig)}
        domains = [{f.name: getattr(d, f.name) for f in fields(DomainConfig)} for d in self.domains]
        return {"host": host, "domains": domains}

    @classmethod
    def from_dict(cls, data: Any) -> MachineConfig:
        """The configuration a dict describes; ConfigError says what is wrong with it."""
        if not isinstance(data, dict):
            raise ConfigError("a machine configuration must be a map with host and domains")
        host_data = data.get("host", {})
        domain_data = data.get("domains", [])
        if not isinstance(host_data, dict) or not isinstance(domain_data, list):
            raise ConfigError("host must be a map and domains a list")
        try:
            host = HostConfig(**_known(host_data, HostConfig))
            domains = tuple(DomainConfig(**_known(d, DomainConfig)) for d in domain_data)
        except TypeError as exc:
            raise ConfigError(f"bad machine configuration: {exc}") from None
        return cls(host, domains)


def _known(data: Any, kind: type) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ConfigError(f"a {kind.__name__} must be a map, not {type(data).__name__}")
    names = {f.name for f in fields(kind)}
    unknown = set(data) - names
    if unknown:
        raise ConfigError(f"unknown {kind.__name__} fields: {', '.join(sorted(map(str, unknown)))}")
    return dict(data)


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise ConfigError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
    return profile


def host_options(host: HostConfig) -> list[int]:
    """The host options in the engine's order (ht_host_config.option)."""
    return [int(getattr(host, name)) for name in OPTION_NAMES]
