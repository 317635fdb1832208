"""The hypervisor's build configuration: Kconfig switches of Xen 4.17 that change answers
(and ``pvh_dom0``, the boot option that makes the hardware domain PVH).

Each switch is a host option (HostConfig field, the text form's host line, ``m->config.
option[HT_OPT_<NAME>]``).  They speak for the xen-4.17 profile: 4.2 had no such switches
(sharing and paging were always built on x86_64, the sharing audit always compiled), so
the doc and xen-4.2 profiles ignore them.  ``PRESETS`` names the builds of real hosts
(docs/profiles.md says which preset matches which host).

Sources: xen/arch/x86/Kconfig and xen/common/Kconfig at RELEASE-4.17.0; Debian's
``xen-4.17-amd64.config`` (reference xen-4.17.md section 3.0).
"""

from __future__ import annotations

from haptrace.profiles import HOST_PRESETS

from .model import HostOption, Reason

# Each is 0 for the upstream build the tools need, so a zeroed host configuration (the fuzz
# machine's, the C API's) is that build.
HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption(
        "no_mem_sharing",
        "CONFIG_MEM_SHARING off (xen-4.17): XENMEM_sharing_op and the sharing domctl answer"
        " ENOSYS, the sharing ring cannot be enabled and the sharing counters read 0",
    ),
    HostOption(
        "no_mem_paging",
        "CONFIG_MEM_PAGING off (xen-4.17): XENMEM_paging_op answers ENOSYS and the paging"
        " ring cannot be enabled",
    ),
    HostOption(
        "release_build",
        "CONFIG_DEBUG off (xen-4.17, NDEBUG): no MEM_SHARING_AUDIT, the sharing audit"
        " answers EOPNOTSUPP",
    ),
    # A boot option of the host's shape, not of the build: last, so that the options
    # before it keep their positions (fuzz/boot.py, the C API's ht_host_config.option).
    HostOption(
        "pvh_dom0",
        "the hardware domain boots PVH (Xen's dom0=pvh; xen-4.17 only, 4.2 has no PVH):"
        " domain 0 is an HVM domain on HAP, its calls meet 4.17's HVM hypercall table, its"
        " foreign mappings are unsupported (not modelled), and"
        " vm_event_domctl refuses the paging and sharing rings (EOPNOTSUPP)",
    ),
)

# Named host builds (the options' values per real host): haptrace.profiles.PRESETS.
PRESETS = HOST_PRESETS

REASONS: tuple[Reason, ...] = (
    Reason("NO_MEM_SHARING", "build: the hypervisor is built without CONFIG_MEM_SHARING"),
    Reason("NO_MEM_PAGING", "build: the hypervisor is built without CONFIG_MEM_PAGING"),
    Reason("AUDIT_RELEASE", "sharing audit: a release build has no MEM_SHARING_AUDIT"),
)
