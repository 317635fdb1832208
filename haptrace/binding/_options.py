# Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT.
"""The families' host options (the catalogue's HOST_OPTIONS), as keyword-only fields
that HostConfig inherits: the text form's host line, the trace header and the engine's
``ht_host_config.option`` carry them like any other host setting."""

from __future__ import annotations

from dataclasses import dataclass

OPTION_NAMES: tuple[str, ...] = (
    "nr_irqs_gsi",
    "tmem",
    "tmem_compress",
    "tmem_shared_auth",
    "exchange_and_pin",
    "createdomain_gfns",
    "hypercall_preempt",
    "no_mem_sharing",
    "no_mem_paging",
    "release_build",
    "pvh_dom0",
)
OPTION_BITS: tuple[int, ...] = (
    8,
    1,
    1,
    1,
    1,
    20,
    1,
    1,
    1,
    1,
    1,
)


@dataclass(frozen=True, kw_only=True)
class HostOptions:
    """The host options:

    ``nr_irqs_gsi``: the host's GSIs (nr_irqs_gsi): a guest's pirqs are 0 to nr_irqs_gsi +
    31, domain 0's 0 to nr_irqs_gsi + 255.
    ``tmem``: the tmem boot option: off, every tmem op answers ENODEV.
    ``tmem_compress``: the tmem_compress boot option: new clients compress their pages (on
    x86_64).
    ``tmem_shared_auth``: the tmem_shared_auth boot option: a shared pool needs its uuid
    authorised (tmem_auth).
    ``exchange_and_pin``: the hypervisor has seed 004's exchange_and_pin and unpin (doc
    profile); without them they answer ENOSYS, as the seed says of a hypervisor that lacks
    them.
    ``createdomain_gfns``: the guest physical address space, in gfns, of a domain made by
    the createdomain hypercall (the engine sizes a domain's p2m when it is made; Xen grows
    it).
    ``hypercall_preempt``: hypercall_preempt_check() always finds work pending (a host under
    constant softirq load): a multicall continues itself after every entry.
    ``no_mem_sharing``: CONFIG_MEM_SHARING off (xen-4.17): XENMEM_sharing_op and the sharing
    domctl answer ENOSYS, the sharing ring cannot be enabled and the sharing counters read
    0.
    ``no_mem_paging``: CONFIG_MEM_PAGING off (xen-4.17): XENMEM_paging_op answers ENOSYS and
    the paging ring cannot be enabled.
    ``release_build``: CONFIG_DEBUG off (xen-4.17, NDEBUG): no MEM_SHARING_AUDIT, the
    sharing audit answers EOPNOTSUPP.
    ``pvh_dom0``: the hardware domain boots PVH (Xen's dom0=pvh; xen-4.17 only, 4.2 has no
    PVH): domain 0 is an HVM domain on HAP, its calls meet 4.17's HVM hypercall table, its
    foreign mappings are unsupported (not modelled), and vm_event_domctl refuses the paging
    and sharing rings (EOPNOTSUPP).
    """

    nr_irqs_gsi: int = 48
    tmem: bool = False
    tmem_compress: bool = False
    tmem_shared_auth: bool = False
    exchange_and_pin: bool = True
    createdomain_gfns: int = 1024
    hypercall_preempt: bool = False
    no_mem_sharing: bool = False
    no_mem_paging: bool = False
    release_build: bool = False
    pvh_dom0: bool = False
