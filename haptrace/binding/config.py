"""Machine configuration: the host and the domains a machine starts with.

A configuration is plain data.  It converts to and from a dict of strings and integers, which
is how trace headers carry it, so that replay rebuilds exactly the machine a trace was
recorded on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from haptrace.catalogue import ENUMS, PROFILES
from haptrace.catalogue.limits import GFN_CAPACITY_MAX
from haptrace.errors import ConfigError

from ._options import OPTION_BITS, OPTION_NAMES, HostOptions

ARCHES = tuple(ENUMS["arch"].values)
SHARE_CAPACITY = 4096  # the default
# The widest value each number of a configuration takes, as the engine checks them
# (check_config in csrc/machine.c; domain_create's argument widths in the catalogue): a
# configuration is refused here, naming the field, before anything is sized from it.
MAX_FRAMES = 0x7FFFFFFF  # total_frames, and the p2m arena (gfn_capacity): 31-bit indices
MAX_XENHEAP_UNITS = 1 << 40
MIN_GFN_CAPACITY = 65536  # the p2m arena's size at least, unless gfn_capacity is set
MAX_DOMAIN_WORD = 2**64 - 1  # pages, max_pages: 64-bit domain_create arguments
MAX_VCPUS_WORD = 2**32 - 1  # vcpus: a 32-bit domain_create argument
VENDORS = tuple(ENUMS["vendor"].values)


# The memory a machine may take unless told otherwise (Machine(max_memory=...), the CLI's
# --max-memory): a trace's header sizes the machine replay builds, so an untrusted header
# must not choose how much memory haptrace allocates.  1 GiB holds a host of 2^26 frames
# (256 GiB of guest RAM), far past what a trace exercising hypercalls needs.
DEFAULT_MAX_MEMORY = 1 << 30
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_memory(text: str) -> int:
    """Bytes from ``4096``, ``512M``, ``2G`` (K, M, G, T: powers of 1024; a trailing
    ``iB`` or ``B`` is allowed); ConfigError otherwise."""
    match = re.fullmatch(r"([0-9]{1,15})\s*([KMGT]?)(?:i?B)?", text.strip(), re.IGNORECASE)
    if not match:
        raise ConfigError(f"a memory size is a number with an optional K, M, G or T, not {text!r}")
    return int(match.group(1)) * _UNITS[match.group(2).upper()]


def _check_number(what: str, value: object, high: int) -> None:
    # bool is an int subclass: True where a count belongs is a mistake, not 1.
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= high:
        shown = repr(value) if isinstance(value, (int, bool)) else type(value).__name__
        raise ConfigError(f"{what} must be an integer from 0 to {high}, not {shown}")


def _check_flag(what: str, value: object) -> None:
    if not isinstance(value, bool):
        shown = repr(value) if isinstance(value, int) else type(value).__name__
        raise ConfigError(f"{what} must be true or false, not {shown}")


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
        limits = {
            "total_frames": MAX_FRAMES,
            "gfn_capacity": MAX_FRAMES,
            "share_capacity": MAX_FRAMES,
            "xenheap_units": MAX_XENHEAP_UNITS,
        }
        for name, high in limits.items():
            _check_number(f"host {name}", getattr(self, name), high)
        _check_flag("host audit_compiled", self.audit_compiled)
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
        _check_number("domain domid", self.domid, MAX_DOMAIN_WORD)
        if not 1 <= self.domid < 0x7FF0:
            raise ConfigError(f"domid must be between 1 and 0x7fef, not {self.domid}")
        where = f"domain {self.domid}"
        _check_number(f"{where} pages", self.pages, MAX_DOMAIN_WORD)
        _check_number(f"{where} max_pages", self.max_pages, MAX_DOMAIN_WORD)
        _check_number(f"{where} p2m_size", self.p2m_size, MAX_FRAMES)
        _check_number(f"{where} vcpus", self.vcpus, MAX_VCPUS_WORD)
        _check_flag(f"{where} hap", self.hap)
        _check_flag(f"{where} pv", self.pv)
        for name in ("pages", "max_pages", "p2m_size"):
            value = getattr(self, name)
            if value > GFN_CAPACITY_MAX:
                raise ConfigError(
                    f"domain {self.domid} {name}={value} is larger than the engine's gfn space"
                    f" ({GFN_CAPACITY_MAX:#x} gfns for all domains together)"
                )

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
        if not isinstance(self.host, HostConfig):
            raise ConfigError(f"host must be a HostConfig, not {type(self.host).__name__}")
        if not isinstance(self.domains, tuple) or not all(
            isinstance(d, DomainConfig) for d in self.domains
        ):
            raise ConfigError("domains must be a tuple of DomainConfig")
        if not self.host.gfn_capacity and self.gfn_capacity > MAX_FRAMES:
            sizes = ", ".join(
                f"domain {d.domid} p2m_size {d.effective_p2m_size}"
                + ("" if d.p2m_size else f" (twice pages={d.pages})")
                for d in self.domains
            )
            raise ConfigError(
                f"the domains' p2m ({sizes}) need an arena of {self.gfn_capacity} entries"
                f" (gfn_capacity: four times their sum); the engine holds at most {MAX_FRAMES}:"
                " give the domains fewer pages"
            )
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
        return max(4 * needed, MIN_GFN_CAPACITY)

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
