"""Memory access calls (xc_mem_access_*, xc_hvm_{set,get}_mem_access): reference section 4."""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import (
    NOT_X86_64,
    XSM_DENIED,
    code,
    domctl,
    hvm_op,
    mem_event_domctl,
    mem_event_gate,
    memop,
    memop_target_gate,
    ring_setup_codes,
)
from .errnos import EBUSY, EFAULT, EINVAL, ENODEV, ENOMEM, ENOSYS, EPERM, ERANGE, ESRCH
from .model import (
    Arg,
    Call,
    Code,
    Family,
    Field,
    Kind,
    ListArg,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)
from .paging import domain_id

ACCESS = Family("access", "mem_access: access types, the access ring", order=3, fuzz_weight=2)
HYPERCALL = Kind.HYPERCALL


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def _dom() -> Arg:
    return Arg("dom", 16, "the target domain", uses=Resource.DOMAIN)


_HVM_TARGET = (
    NOT_X86_64,
    code(ESRCH, "the domain does not exist"),
    code(EPERM, "the target is the calling domain, or the caller is not privileged for it"),
    code(EINVAL, "the domain is not an HVM guest"),
    XSM_DENIED,
)
# XENMEM_access_op's prologue at 4.17 (mem_access_memop, common/mem_access.c,
# RELEASE-4.17.0), which the two calls stand for there.
_ACCESS_OP_4_17 = (
    NOT_X86_64,
    code(ESRCH, "the domain does not exist"),
    code(EPERM, "the target is the calling domain"),
    code(EINVAL, "the domain is dying"),
    code(EINVAL, "the domain is not HVM, the CPU not VMX, or the domain not on HAP"),
    code(EPERM, "the caller is neither the control domain nor the domain's device model"),
    XSM_DENIED,
    code(ENODEV, "the domain has no monitor ring"),
)


# mem_event_disable's "if ( !list_empty(&med->wq.list) ) return -EBUSY" (arch/x86/mm/
# mem_event.c, RELEASE-4.2.0) cannot happen to the access ring in xen-4.2: its producers
# are all the domain's own vcpus (mem_access_send_req and hvm_memory_event_traps, hvm.c),
# mem_event_put_request pauses a vcpu that leaves fewer free slots than the domain has
# vcpus, and mem_event_wake_blocked unpauses none while "online >= avail_req": a running
# vcpu always finds a slot, so none sleeps on the wait queue unless the domain has more
# vcpus than the ring's 64 slots (the engine's machines have at most 8).  The seed's doc
# wake (as many vcpus as free slots) and 4.17's vm_event_wake_blocked ("avail_req--")
# can leave a vcpu without a slot: corpus/access/disable-waiters.trace.txt and
# corpus/xen-4.17/access-disable-busy.trace.txt.
_WAITERS_BUSY = (code(EBUSY, "vcpus are still waiting for a free slot on the ring"),)


def _gfn_or_default(name: str, doc: str) -> Arg:
    """A gfn argument where ~0 names the domain's default access (the fuzz decoder's
    sentinel)."""
    return Arg(name, 64, doc, uses=Resource.GFN, hex=True, sentinel=(1 << 64) - 1)


CALLS: tuple[Call, ...] = (
    Call(
        name="mem_access_enable",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Create the access ring on which Xen posts access violations (Intel EPT only).",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_ACCESS", 2, "XEN_DOMCTL_MEM_EVENT_OP_ACCESS_ENABLE", 0
        ),
        args=(domain_id(),),
        outputs=(
            Output("port", 32, "the ring's event-channel port in the domain", makes=Resource.PORT),
        ),
        returns=Returns.STATUS,
        codes={
            **{
                p: mem_event_gate(p)
                + (
                    code(ENODEV, "the domain does not use HAP"),
                    code(ENODEV, "the host CPU is not Intel (EPT only)"),
                    code(EBUSY, "the access ring has already been enabled"),
                )
                + ring_setup_codes("HVM_PARAM_ACCESS_RING_PFN")
                for p in ("doc", "xen-4.2")
            },
            # vm_event_domctl's MONITOR ENABLE (common/vm_event.c, RELEASE-4.17.0): no HAP
            # or vendor check (they moved to the access ops); vm_event_enable's EBUSY, then
            # the ring gfn (EOPNOTSUPP when 0).
            "xen-4.17": mem_event_gate("xen-4.17")
            + (code(EBUSY, "the monitor ring has already been enabled"),)
            + ring_setup_codes("HVM_PARAM_MONITOR_RING_PFN", "xen-4.17"),
        },
    ),
    Call(
        name="mem_access_disable",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Tear down the access ring.",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_ACCESS", 2, "XEN_DOMCTL_MEM_EVENT_OP_ACCESS_DISABLE", 1
        ),
        args=(domain_id(),),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            p: mem_event_gate(p)
            + (code(EINVAL, "the access ring was not enabled"),)
            + (() if p == "xen-4.2" else _WAITERS_BUSY)
            for p in PROFILES
        },
    ),
    Call(
        name="mem_access_resume",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Consume the listener's responses on the access ring and unpause the vcpus"
        " they name (gfn is unused).",
        numbers=memop("XENMEM_access_op", 21, "XENMEM_access_op_resume", 0),
        args=(domain_id(), Arg("gfn", 64, "unused by Xen 4.2", uses=None, default=0)),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                NOT_X86_64,
                *memop_target_gate(),
                code(ENODEV, "the domain has no access ring"),
            )
        ),
    ),
    Call(
        name="hvm_set_mem_access",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Set the access type of a range of gfns, or the domain default when"
        " first_pfn is ~0.",
        numbers=hvm_op("HVMOP_set_mem_access", 12),
        args=(
            _dom(),
            Arg("memaccess", 32, "the access type", enum="access"),
            _gfn_or_default("first_pfn", "the first gfn, or ~0 for the domain default"),
            Arg("nr", 64, "the number of gfns"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **{
                p: _HVM_TARGET
                + (
                    code(
                        EINVAL,
                        "the range starts or ends beyond the highest mapped gfn, or"
                        " wraps (nr 0 included)",
                    ),
                    code(EINVAL, "memaccess is not an access type (10 and up)"),
                    code(ENOMEM, "a p2m entry cannot be updated (fault site p2m_set)"),
                )
                for p in ("doc", "xen-4.2")
            },
            "xen-4.17": _ACCESS_OP_4_17
            + (
                code(
                    EINVAL,
                    "the range ends beyond the highest mapped gfn, or wraps (nr 0 included)",
                ),
                code(EINVAL, "memaccess is not an access type (above 10, the default)"),
                code(ENOMEM, "a p2m entry cannot be updated (fault site p2m_set)"),
            ),
        },
    ),
    Call(
        name="hvm_get_mem_access",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Read the access type of a gfn, or the domain default when pfn is ~0.",
        numbers=hvm_op("HVMOP_get_mem_access", 13),
        args=(
            _dom(),
            _gfn_or_default("pfn", "the gfn, or ~0 for the domain default"),
        ),
        outputs=(Output("memaccess", 32, "the access type", enum="access"),),
        returns=Returns.STATUS,
        codes={
            # 4.17's memaccess[] has n2rwx (_p2m_get_mem_access, RELEASE-4.17.0): no ERANGE
            # for a type the engine stores.
            "xen-4.17": _ACCESS_OP_4_17
            + (
                code(EINVAL, "pfn is beyond the highest mapped gfn"),
                code(ESRCH, "the gfn has no frame (a hole)"),
            ),
            **{
                profile: _HVM_TARGET
                + (
                    code(EINVAL, "pfn is beyond the highest mapped gfn"),
                    code(ESRCH, esrch),
                    code(
                        ERANGE, "the stored access type is n2rwx, which 4.2's table cannot express"
                    ),
                )
                for profile, esrch in (
                    ("doc", "the gfn has no frame (a hole or paged out)"),
                    (
                        "xen-4.2",
                        "the gfn is a hole (a paged gfn reads back as the clipped frame"
                        " 0xFFFFFFFFFF, not INVALID_MFN, and reports its access:"
                        " p2m_get_mem_access, p2m.c L1423)",
                    ),
                )
            },
        },
    ),
)

CALLS += (
    Call(
        name="mem_access_set_multi",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Set the access type of each gfn of a list to its own value (4.9's"
        " XENMEM_access_op_set_access_multi, 4.17 op 4).  Xen 4.2's XENMEM_access_op knows"
        " only resume: it runs its prologue and answers ENOSYS.",
        numbers=memop("XENMEM_access_op", 21, "XENMEM_access_op_set_access_multi", 4),
        args=(
            domain_id(),
            Arg("nr", 32, "the number of (gfn, access) pairs"),
            ListArg(
                "entries",
                "the (gfn, access) pairs: Xen reads pfn_list[i] and access_list[i], two"
                " arrays, together",
                (
                    Field("pfn", 64, "a gfn (pfn_list[i])", uses=Resource.GFN, hex=True),
                    Field("access", 8, "its access type (access_list[i])", enum="access"),
                ),
                length="nr",
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_both(
                (
                    NOT_X86_64,
                    *memop_target_gate(),
                    code(ENODEV, "the domain has no access ring"),
                    code(ENOSYS, "Xen 4.2's XENMEM_access_op has no set_access_multi op"),
                )
            ),
            # mem_access_memop (common/mem_access.c) and p2m_set_mem_access_multi
            # (arch/x86/mm/mem_access.c), RELEASE-4.17.0: pair by pair, no range check; the
            # first failure stops the walk and the pairs before it stay set.
            "xen-4.17": _ACCESS_OP_4_17
            + (
                code(
                    EFAULT,
                    "pfn_list[i] or access_list[i] cannot be read (the lists end before nr)",
                ),
                code(EINVAL, "an access is not an access type (above 10, the default)"),
                code(
                    EINVAL,
                    "a gfn is beyond the guest physical address width (gfn >> 36, the 4-level"
                    " EPT: ept_set_entry)",
                ),
                code(ENOMEM, "a p2m entry cannot be updated (fault site p2m_set)"),
            ),
        },
    ),
    Call(
        name="set_access_required",
        family=ACCESS,
        kind=HYPERCALL,
        summary="Whether an access violation with no listener crashes the domain (1) or"
        " lifts the restriction (0).",
        numbers=domctl("XEN_DOMCTL_set_access_required", 64),
        args=(
            domain_id(),
            Arg("access_required", 8, "non-zero: crash the domain when nobody listens"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(EPERM, "the caller is not the privileged control domain"),
                code(EPERM, "the target is the calling domain"),
                code(ESRCH, "the domain does not exist"),
                XSM_DENIED,
            )
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

REASONS: tuple[Reason, ...] = (
    Reason(
        "ACCESS_SANITY_4_17",
        "access: not an HVM domain on HAP with a VMX CPU (4.17's p2m_mem_access_sanity_check)",
    ),
    Reason(
        "MONITOR_RING_PV_4_17",
        "monitor ring: a PV domain's HVM params (4.17 reads the hvm union member) are not modelled",
    ),
    # access
    Reason("ACCESS_NOT_INTEL", "access: the host CPU is not Intel (EPT only)"),
    Reason("ACCESS_NO_RING", "access: the domain has no access ring"),
    Reason("ACCESS_VALUE_BAD", "access: not an access type"),
    Reason("ACCESS_P2M_SET", "access: a p2m entry cannot be updated (injected)"),
    Reason("ACCESS_NO_FRAME", "access: the gfn has no frame"),
    Reason("ACCESS_UNREPORTABLE", "access: n2rwx has no entry in 4.2's table"),
    Reason("ACCESS_NO_SUCH_OP", "access: Xen 4.2's XENMEM_access_op has no such op"),
    Reason("ACCESS_LIST_FAULT", "access: the pfn or access list ends before nr"),
    Reason("ACCESS_GFN_TOO_WIDE", "access: the gfn is beyond the guest physical address width"),
    Reason("ACCESS_REQUIRED_SELF", "set_access_required: the target is the caller"),
)
PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "SET_ACCESS_UNCHECKED",
        "set_mem_access_unchecked",
        "XSA-28 / CVE-2012-5512 (Xen 4.1; 4.2.0 is not affected)",
        (
            "HVMOP_set_mem_access does not range-check the access value and indexes its table out"
            " of bounds (4.1's do_hvm_op, RELEASE-4.1.0 hvm.c L3550-3561; 4.2.0 checks first,"
            " p2m_set_mem_access, p2m.c L1364-1365)"
        ),
        # 4.17's access ops need the monitor ring (mem_access_memop: -ENODEV before the
        # value check, RELEASE-4.17.0); the reproducer has none, so its out-of-range value
        # never reaches the table.
        unreachable_in=("xen-4.17",),
    ),
    PlantedBug(
        "GET_DEFAULT_ACCESS_OOB",
        "get_default_access_oob",
        "Xen 4.2.0 p2m_get_mem_access (arch/x86/mm/p2m.c L1412-1416; the later code range-checks"
        " the default as it does a gfn's access, L1423-1427)",
        (
            "HVMOP_get_mem_access of the default (pfn ~0) indexes 4.2's 9-entry translation"
            " table with default_access unchecked, so a default of n2rwx (9) reads one past its"
            " end and answers 0 with whatever lies there (p2m_get_mem_access, arch/x86/mm/p2m.c,"
            " RELEASE-4.2.0, L1400-1416)"
        ),
        # 4.17's access ops need the monitor ring (mem_access_memop, RELEASE-4.17.0: -ENODEV
        # first), which the reproducer has not; and 4.17 reports n2rwx for the default.
        unreachable_in=("xen-4.17",),
    ),
)
