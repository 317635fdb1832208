"""Building blocks shared by the catalogue's family modules: argument builders, the named
enumerations, and the check sequences (gates) that several calls share.

Each gate is written once per profile, in the order Xen runs the checks, so the code lists
of the calls that share it cannot drift apart.
"""

from __future__ import annotations

from .errnos import EACCES, EINVAL, ENODEV, ENOSYS, EOPNOTSUPP, EPERM, ESRCH, EXDEV
from .model import Arg, Code, Enum, Family, Invariant, Numbers, Reason, Resource

# The engine itself: the reasons, invariants and limits no family owns.
CORE = Family("core", "the engine: refusals, common gates, frame accounting", order=0)

# --------------------------------------------------------------------------------------------
# Enumerations shown symbolically in the text form and used as C constants.

ENUMS: dict[str, Enum] = {}


def enum(name: str, doc: str, flags: bool = False, **values: int) -> Enum:
    """Declares an enumeration of the catalogue (shown symbolically, generated into C)."""
    made = Enum(name, doc, values, flags)
    ENUMS[name] = made
    return made


RING = enum(
    "ring",
    "mem_event ring kinds (XEN_DOMCTL_MEM_EVENT_OP_* modes)",
    paging=1,
    access=2,
    sharing=3,
)
ACCESS = enum(
    "access",
    "memory access types (HVMMEM_access_*)",
    n=0,
    r=1,
    w=2,
    rw=3,
    x=4,
    rx=5,
    wx=6,
    rwx=7,
    rx2rw=8,
    n2rwx=9,
    default=10,
)
HVM_PARAM = enum(
    "hvm_param",
    "HVM parameters that hold the ring gfns (public/hvm/params.h)",
    paging_ring_pfn=27,
    access_ring_pfn=28,
    sharing_ring_pfn=29,
)
PRIVILEGE = enum(
    "privilege",
    "how far the toolstack is allowed to act on a domain: not at all (EPERM where Xen"
    " checks IS_PRIV_FOR), privileged but refused by the XSM policy (EACCES where Xen calls"
    " an XSM hook), or fully",
    none=0,
    xsm_deny=1,
    full=2,
)
FAULT_SITE = enum(
    "fault_site",
    "places where an internal hypervisor failure can be injected (one-shot, like"
    " syzkaller's fail_nth): the races and internal errors the documentation mentions",
    page_lock=0,
    type_ref=1,
    xen_alloc=2,
    p2m_set=3,
    copy=4,
)
RING_FLAGS = enum(
    "ring_flags",
    "mem_event request/response flag bits (MEM_EVENT_FLAG_*)",
    flags=True,
    vcpu_paused=1,
    drop_page=2,
    evict_fail=4,
    foreign=8,
)  # MEM_EVENT_FLAG_DUMMY (16) is limits.MEM_EVENT_FLAG_DUMMY: kept out of this set so the
#    fuzz grammar's flag values stay where the planted-bug benchmark measured them
MEM_TYPE = enum(
    "mem_type",
    "HVMMEM_* memory types for hvm_set_mem_type",
    ram_rw=0,
    ram_ro=1,
    mmio_dm=2,
)
DOMAIN_FLAGS = enum(
    "domain_flags",
    "domain_create flag bits: HAP requested, paravirtualised (no p2m of its own)",
    flags=True,
    hap=1,
    pv=2,
)
P2M_TYPE = enum(
    "p2m_type",
    "p2m entry types (asm-x86/p2m.h, same numbers in 4.2 and 4.17)",
    ram_rw=0,
    invalid=1,
    ram_logdirty=2,
    ram_ro=3,
    mmio_dm=4,
    mmio_direct=5,
    populate_on_demand=6,
    grant_map_rw=7,
    grant_map_ro=8,
    ram_paging_out=9,
    ram_paged=10,
    ram_paging_in=11,
    ram_shared=12,
    ram_broken=13,
)
ARCH = enum("arch", "host architecture", x86_64=0, x86_32=1)
VENDOR = enum("vendor", "hardware-assisted paging of the host CPU", intel=0, amd=1, none=2)

# Largest valid domid; 0x7FF0 and up are the DOMID_* specials (SELF, IO, XEN, COW, ...).
DOMID_FIRST_RESERVED = 0x7FF0
# A gfn argument of share_gfns with this bit set is a grant reference (memory.h).
GFN_GREF_FLAG = 1 << 62

# --------------------------------------------------------------------------------------------
# Argument builders.


def domid(name: str = "domid", doc: str = "the target domain") -> Arg:
    return Arg(name, 16, doc, uses=Resource.DOMAIN)


def gfn(name: str = "gfn", doc: str = "a guest frame number of the target domain") -> Arg:
    return Arg(name, 64, doc, uses=Resource.GFN, hex=True)


def gref(name: str = "gref", doc: str = "a grant reference of the target domain") -> Arg:
    return Arg(name, 32, doc, uses=Resource.GREF)


def handle(name: str, doc: str) -> Arg:
    return Arg(name, 64, doc, uses=Resource.HANDLE)


def number(name: str, bits: int, doc: str, default: int | None = None) -> Arg:
    return Arg(name, bits, doc, default=default)


def code(errno: int, when: str) -> Code:
    return Code(errno, when)


# --------------------------------------------------------------------------------------------
# Hypercall number chains.


def memop(op_name: str, op: int, sub_name: str | None = None, sub: int | None = None) -> Numbers:
    chain: list[tuple[str, int]] = [("memory_op", 12), (op_name, op)]
    if sub_name is not None and sub is not None:
        chain.append((sub_name, sub))
    return Numbers(tuple(chain))


def sharing_op(sub_name: str, sub: int) -> Numbers:
    return memop("XENMEM_sharing_op", 22, sub_name, sub)


def mem_event_domctl(mode_name: str, mode: int, op_name: str, op: int) -> Numbers:
    return Numbers(
        (("domctl", 36), ("XEN_DOMCTL_mem_event_op", 56), (mode_name, mode), (op_name, op))
    )


def domctl(op_name: str, op: int) -> Numbers:
    return Numbers((("domctl", 36), (op_name, op)))


def hvm_op(op_name: str, op: int) -> Numbers:
    return Numbers((("hvm_op", 34), (op_name, op)))


# --------------------------------------------------------------------------------------------
# Gates: the checks that open a family of calls, per profile, in Xen's order.

NOT_X86_64 = code(ENOSYS, "the host is not x86_64 (the op is compiled only for x86_64)")
NO_DOMAIN = code(ESRCH, "the domain does not exist (DOMID_SELF is not translated)")
DOMAIN_IS_CALLER = code(EPERM, "the target is the calling domain (domain 0)")
NOT_PRIVILEGED = code(EPERM, "the caller is not privileged for the domain")
XSM_DENIED = code(EACCES, "the XSM policy refuses the operation")
DYING = code(EINVAL, "the domain is dying")


def memop_target_gate() -> tuple[Code, ...]:
    """Target lookup of the sharing, paging and access memops (get_mem_event_op_target)."""
    return (NO_DOMAIN, DOMAIN_IS_CALLER, NOT_PRIVILEGED, DYING)


NO_MEM_SHARING = code(ENOSYS, "the hypervisor is built without CONFIG_MEM_SHARING (host option)")


def auto_enable_4_17() -> tuple[Code, ...]:
    """mem_sharing_control(d, true, 0)'s refusals (mem_sharing.c, RELEASE-4.17.0)."""
    return (
        code(EOPNOTSUPP, "sharing is enabled here and the domain is not HVM or the CPU not VMX"),
        code(ENODEV, "sharing is enabled here and the domain does not use HAP"),
        code(EXDEV, "sharing is enabled here and the domain has a PCI device assigned"),
    )


def sharing_gate(profile: str) -> tuple[Code, ...]:
    """Prologue of every XENMEM_sharing_op that names a domain (section 2.2); at 4.17 a
    domain with sharing off has it enabled by the op (auto_enable_4_17)."""
    if profile == "xen-4.17":
        return (NOT_X86_64, NO_MEM_SHARING, *memop_target_gate(), *auto_enable_4_17())
    if profile == "doc":
        return (
            NOT_X86_64,
            *memop_target_gate(),
            code(ENODEV, "the domain does not use HAP"),
            code(EINVAL, "sharing is not enabled for the domain"),
        )
    return (
        NOT_X86_64,
        *memop_target_gate(),
        code(ENODEV, "the domain does not use HAP, or sharing is not enabled for it"),
    )


def client_gate() -> tuple[Code, ...]:
    """Lookup of the client domain of share and add_to_physmap (both profiles)."""
    return (
        code(ESRCH, "the client domain does not exist"),
        code(EPERM, "the client domain is the caller, or the caller is not privileged for it"),
        code(EINVAL, "the client domain is dying"),
        code(EINVAL, "sharing is not enabled for the client domain"),
    )


def mem_event_gate(profile: str) -> tuple[Code, ...]:
    """Prologue of the mem_event domctl (ring enable/disable for all three ring kinds)."""
    dying = (
        (code(EINVAL, "the domain is dying"),)
        if profile == "doc"
        else ()  # 4.2 returns 0 and does nothing on a dying domain
    )
    return (
        NOT_X86_64,
        NO_DOMAIN,
        NOT_PRIVILEGED,
        XSM_DENIED,
        code(EINVAL, "the target is the calling domain (domain 0)"),
        *dying,
        code(EINVAL, "the domain has no vcpus"),
    )


# vm_event_domctl (common/vm_event.c, RELEASE-4.17.0), the paging and sharing ENABLE: "if (
# is_hvm_domain(hardware_domain) ) break;" with rc -EOPNOTSUPP, before the HAP check.
HVM_HARDWARE_DOMAIN = code(
    EOPNOTSUPP, "the hardware domain is PVH (host option pvh_dom0): no paging or sharing ring"
)


def ring_setup_codes(param: str, profile: str = "xen-4.2") -> tuple[Code, ...]:
    """Mapping the ring page named by an HVM param and binding its event channel (4.17's
    vm_event_enable answers a ring gfn of 0 with EOPNOTSUPP, 4.2's mem_event_enable with
    ENOSYS)."""
    from .errnos import ENOENT, ENOMEM, ENOSPC

    no_gfn = EOPNOTSUPP if profile == "xen-4.17" else ENOSYS
    return (
        code(no_gfn, f"no guest gfn was given for the ring ({param} is 0)"),
        code(ENOENT, "the ring gfn is paged out (a page-in is started)"),
        code(ENOENT, "the ring gfn is shared and cannot be unshared"),
        code(EINVAL, "the ring gfn is not populated (a hole or MMIO)"),
        code(
            EINVAL,
            "the ring gfn cannot be written to (read-only; doc profile only: 4.2 checks the"
            " page's type, not the p2m's, prepare_ring_for_helper hvm.c L415-419)",
        ),
        code(ENOMEM, "Xen cannot map the ring page (internal allocation failed)"),
        code(ENOSPC, "no free event-channel port in the domain for the ring"),
        code(ENOMEM, "Xen cannot allocate the event channel (internal allocation failed)"),
    )


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

FAMILIES = (CORE,)

REASONS: tuple[Reason, ...] = (
    Reason("NONE", ""),
    # refused before running
    Reason("REFUSED_UNKNOWN_CALL", "engine: unknown call number"),
    Reason("REFUSED_ARGUMENT_WIDTH", "engine: an argument is wider than its C type"),
    Reason("REFUSED_CALLER", "engine: the calling domain or vcpu does not exist"),
    Reason("REFUSED_CALLER_DOWN", "engine: the calling vcpu is down and cannot make calls"),
    Reason(
        "REFUSED_LIST",
        "engine: a list argument lies outside its pool, is too long, or has an element"
        " wider than its field",
    ),
    # common gates
    Reason("NOT_X86_64", "gate: the host is not x86_64"),
    Reason("NO_DOMAIN", "gate: no such domain"),
    Reason("TARGET_IS_CALLER", "gate: the target is the calling domain (domain 0)"),
    Reason("NOT_PRIVILEGED", "gate: the caller is not privileged for the domain"),
    Reason("XSM_DENIED", "gate: the XSM policy refuses the operation"),
    Reason("DOMAIN_DYING", "gate: the domain is dying"),
    Reason("NO_HAP", "gate: the domain does not use HAP"),
    Reason("SHARING_DISABLED", "gate: sharing is not enabled for the domain"),
    Reason(
        "SHARING_DISABLED_GATE",
        "gate: sharing is not enabled for the domain (4.2's one HAP-or-sharing check)",
    ),
    Reason("NOT_HVM", "gate: the domain is not an HVM guest"),
    Reason("NOT_HVM_OR_DYING", "gate: the domain is paravirtualised or dying"),
    Reason("NO_VCPUS", "mem_event: the domain has no vcpus"),
    Reason("MEM_EVENT_SELF", "mem_event: the target is the calling domain"),
    Reason(
        "MEM_EVENT_DYING_NOOP",
        "mem_event: the domain is dying; Xen does nothing and returns 0, the port unwritten",
        outputs_undefined=True,
    ),
    Reason("RANGE_BAD", "range: starts or ends beyond the highest mapped gfn, or wraps"),
    # the hypercall ABI layer (haptrace.abi, csrc/abi.c): what it answers itself
    Reason("ABI_NO_SUCH_HYPERCALL", "abi: this Xen has no such hypercall (ENOSYS)"),
    Reason("ABI_HYPERCALL_NOT_MODELLED", "abi: unsupported: the hypercall is not modelled"),
    Reason("ABI_NO_SUCH_COMMAND", "abi: this Xen does not know the command (ENOSYS)"),
    Reason("ABI_COMMAND_NOT_MODELLED", "abi: unsupported: the command is not modelled"),
    Reason(
        "ABI_UNKNOWN_COMMAND",
        "abi: unsupported: a command this Xen does not know, which it refuses only after"
        " checks of machine state",
    ),
    Reason("ABI_SUBOP_NOT_MODELLED", "abi: unsupported: the sub-op is not modelled"),
    Reason("ABI_NOT_IN_CATALOGUE", "abi: unsupported: the operation has no catalogue call"),
    Reason("ABI_ARG_FAULT", "abi: the argument struct is not in the caller's memory (EFAULT)"),
    Reason("ABI_COPYBACK_FAULT", "abi: writing the result back faulted (EFAULT)"),
    Reason("ABI_INTERFACE_VERSION", "abi: the struct's interface_version is not this Xen's"),
    Reason("ABI_MULTICALL_NESTED", "abi: a multicall inside a multicall (EINVAL)"),
    Reason("ABI_MULTICALL_FAULT", "abi: the multicall entries are not in the caller's memory"),
    Reason(
        "ABI_CONTINUATION",
        "abi: unsupported: a continuation (memory_op start_extent) is not modelled",
    ),
    Reason("ABI_START_EXTENT", "abi: start_extent is not 0 for an op that takes none (EINVAL)"),
    Reason("ABI_FIELD_TOO_WIDE", "abi: unsupported: a field does not fit the catalogue argument"),
    Reason("ABI_FIELD_NOT_MODELLED", "abi: unsupported: a field the engine does not model is set"),
    Reason(
        "ABI_LIST_TOO_LONG",
        "abi: unsupported: a list longer than the catalogue call takes (its max_length)",
    ),
    Reason(
        "ABI_LIST_UNREPRESENTABLE",
        "abi: unsupported: a list handle that is not NULL but reaches no memory (the call"
        " cannot tell it from NULL)",
    ),
)
INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "CONSERVATION",
        "frames.15",
        "free frames + sum(tot_pages) + used_frames + frames Xen holds for itself == total frames",
    ),
    Invariant(
        "TOT_PAGES",
        "frames.16",
        "tot_pages(d) == the number of frames owned by d",
    ),
    Invariant(
        "P2M_M2P",
        "frames.18",
        (
            "a private RAM gfn maps a frame owned by its domain whose M2P names it, and no frame "
            "is mapped by two private gfns"
        ),
    ),
    Invariant(
        "MEMORY_SAFETY",
        "host.memory_safety",
        (
            "no out-of-bounds access (the engine's shadow bounds check caught one a real "
            "hypervisor would make)"
        ),
    ),
    Invariant(
        "LIVENESS",
        "host.liveness",
        "no hypercall spins forever",
    ),
)


def after_4_2(doc: tuple[Code, ...], xen_4_2: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """The rows of a call of a family that came after 4.2 (acquire_resource, dm_op, grant
    table v2's status frames): its doc profile already follows RELEASE-4.17.0, so the
    xen-4.17 row is the doc row; xen-4.2 answers as a hypervisor without the call."""
    return {"doc": doc, "xen-4.2": xen_4_2, "xen-4.17": doc}
