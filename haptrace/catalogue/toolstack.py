"""The domain hypercalls a 4.x toolstack issues, as its tools issue them: createdomain,
destroydomain, getdomaininfo and getdomaininfolist, physinfo, HVMOP_get_param and
getpageframeinfo3 (reference xen-4.17.md sections 2 and 3.9).

These are what the Xen 4.17 tools send at the hypercall boundary (haptrace.abi decodes them
into these calls).  Every one of them existed in Xen 4.2 under the same number, so the
``xen-4.2`` profile is 4.2's handler for that number run on the arguments the tools give, and
``doc`` follows it (the seeds are silent on them).  The environment events ``domain_create``
and ``domain_destroy`` stay what they are: the toolstack's whole domain build and teardown,
for scenarios; the hypercalls here create an empty domain and kill one exactly as Xen's
domctl does.

The record ``getdomaininfo`` and ``getdomaininfolist`` return holds the fields the engine
models; the ABI layer writes the rest of Xen's 112-byte record as zero and says so
(docs/abi.md).
"""

from __future__ import annotations

from .common import XSM_DENIED, code, domctl, domid, hvm_op
from .errnos import E2BIG, EACCES, EEXIST, EFAULT, EINVAL, ENOMEM, EPERM, ESRCH
from .model import (
    Arg,
    Call,
    Code,
    Direction,
    Family,
    Field,
    HostOption,
    Invariant,
    Kind,
    ListArg,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)

TOOLSTACK = Family(
    "toolstack",
    "the domain hypercalls a 4.x toolstack issues: createdomain, destroydomain,"
    " getdomaininfo(list), physinfo, HVM params, page frame types",
    order=30,
    fuzz_weight=2,
)
FAMILIES = (TOOLSTACK,)
HYPERCALL = Kind.HYPERCALL


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def sysctl(op_name: str, op: int) -> Numbers:
    return Numbers((("sysctl", 35), (op_name, op)))


# do_domctl / do_sysctl refuse a caller that is not privileged before anything else
# (common/domctl.c, common/sysctl.c at RELEASE-4.2.0: IS_PRIV(current->domain)).
NOT_PRIV = code(EPERM, "the caller is not the privileged control domain")

# One record of getdomaininfo / getdomaininfolist: the fields of struct
# xen_domctl_getdomaininfo the engine models (the ABI layer places them; the others are
# written as zero, see the module doc).
DOMAININFO_FIELDS = (
    Field("domain", 16, "the domain's id", uses=Resource.DOMAIN),
    Field(
        "flags",
        32,
        "XEN_DOMINF_* bits: dying 1, hvm_guest 2, shutdown 4, paused 8, blocked 16 (every"
        " online vcpu blocked in SCHEDOP_block or poll), running 32 (an online vcpu runs:"
        " every runnable vcpu has a CPU of its own); the shutdown reason (crash 3) in bits"
        " 16 and up",
        hex=True,
    ),
    Field("tot_pages", 64, "pages the domain holds"),
    Field("max_pages", 64, "the domain's allocation limit"),
    Field("shr_pages", 64, "the domain's (domain, gfn) tuples in shared frames"),
    Field("paged_pages", 64, "the domain's gfns paged out"),
    Field("nr_online_vcpus", 32, "the domain's vcpus that are not down"),
    Field(
        "max_vcpu_id",
        32,
        "the highest vcpu id; XEN_INVALID_MAX_VCPU_ID (0xffffffff) for a domain without vcpus",
        hex=True,
    ),
)
DOMAININFO_STRIDE = len(DOMAININFO_FIELDS)

HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption(
        "createdomain_gfns",
        "the guest physical address space, in gfns, of a domain made by the createdomain"
        " hypercall (the engine sizes a domain's p2m when it is made; Xen grows it)",
        default=1024,
        bits=20,
    ),
)

_CREATE_FLAGS_DOC = (
    "XEN_DOMCTL_CDF_* bits: hvm 1, hap 2, s3_integrity 4, oos_off 8 (4.17 adds xs_domain"
    " 16, iommu 32, nested_virt 64, vpmu 128)"
)

CALLS: tuple[Call, ...] = (
    Call(
        name="createdomain",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="Create an empty domain (no memory; paused by the controller), at the id"
        " given or, for 0 or a reserved id, at the next free id after Xen's rover.",
        numbers=domctl("XEN_DOMCTL_createdomain", 1),
        args=(
            Arg(
                "domid",
                16,
                "the id asked for (domctl.domain; a new domain's, so no resource in use); 0 or"
                " a reserved id lets Xen choose",
            ),
            Arg("flags", 32, _CREATE_FLAGS_DOC, hex=True, default=0),
            Arg(
                "max_vcpus",
                32,
                "vcpus to create (4.17: 0 is EINVAL, the vcpus are not modelled; 4.2 ignores it)",
                default=1,
            ),
            Arg("max_evtchn_port", 32, "the event-channel port limit (4.17)", default=0),
            Arg(
                "max_grant_frames",
                32,
                "grant-table frames at most (4.17: an int32_t, negative for Xen's default"
                " of 64; the table's limit; 4.2 ignores it and gives 32)",
                default=0xFFFFFFFF,
                hex=True,
            ),
            Arg(
                "max_maptrack_frames",
                32,
                "maptrack frames at most (4.17: an int32_t, negative for Xen's default of"
                " 1024; only checked)",
                default=0xFFFFFFFF,
                hex=True,
            ),
            Arg(
                "grant_opts",
                32,
                "grant-table options (4.17): XEN_DOMCTL_GRANT_version(v) in bits 0-3, the"
                " highest version the domain may use (1 or 2; not kept)",
                default=2,
            ),
            Arg(
                "emulation_flags",
                32,
                "arch.emulation_flags: the emulated devices of an HVM domain (4.17)",
                hex=True,
                default=0,
            ),
        ),
        outputs=(Output("domain", 16, "the new domain's id", makes=Resource.DOMAIN),),
        returns=Returns.STATUS,
        codes={
            **_both(
                (
                    NOT_PRIV,
                    code(EINVAL, "flags has bits other than hvm, hap, s3_integrity and oos_off"),
                    code(EINVAL, "the id asked for is in use (4.2 says EINVAL, not EEXIST)"),
                    code(ENOMEM, "no free domain id, domain slot or p2m room is left"),
                )
            ),
            "xen-4.17": (
                NOT_PRIV,
                code(
                    EINVAL,
                    "flags has bits other than hvm, hap, s3_integrity and oos_off (4.17's"
                    " other CDF flags are not modelled); grant_opts has bits beyond the"
                    " version, or"
                    " max_vcpus is 0 (sanitise_domain_config); the grant version is 0 or"
                    " above 2, max_grant_frames is 0 or above 64, or max_maptrack_frames is"
                    " above 1024 (grant_table_init, common/grant_table.c, RELEASE-4.17.0)",
                ),
                code(EEXIST, "the id asked for is in use (do_domctl, RELEASE-4.17.0)"),
                code(ENOMEM, "no free domain id, domain slot or p2m room is left"),
            ),
        },
    ),
    Call(
        name="destroydomain",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="Kill a domain (domain_kill): relinquish its memory and rings; a dying"
        " domain is finished off (0).",
        numbers=domctl("XEN_DOMCTL_destroydomain", 2),
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                NOT_PRIV,
                code(ESRCH, "the domain does not exist"),
                XSM_DENIED,
                code(EINVAL, "the domain is the caller"),
            )
        ),
    ),
    Call(
        name="getdomaininfo",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="The record of the first domain whose id is domid or higher (Xen rewrites"
        " domctl.domain to the id found).",
        numbers=domctl("XEN_DOMCTL_getdomaininfo", 5),
        args=(
            Arg("domid", 16, "the lowest domain id to report", uses=Resource.DOMAIN),
            ListArg(
                "info",
                "the domain's record",
                DOMAININFO_FIELDS,
                length=1,
                direction=Direction.OUT,
                max_length=1,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                NOT_PRIV,
                code(ESRCH, "no domain has an id of domid or higher"),
                XSM_DENIED,
            )
        ),
    ),
    Call(
        name="getdomaininfolist",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="Records of up to max_domains domains from first_domain up, in id order.",
        numbers=sysctl("XEN_SYSCTL_getdomaininfolist", 6),
        args=(
            Arg("first_domain", 16, "the lowest domain id to report", uses=Resource.DOMAIN),
            Arg("max_domains", 32, "room in buffer, in records"),
            ListArg(
                "buffer",
                "where the records go",
                DOMAININFO_FIELDS,
                length="max_domains",
                direction=Direction.OUT,
            ),
        ),
        outputs=(Output("num_domains", 32, "the records written"),),
        returns=Returns.STATUS,
        codes=_both(
            (
                NOT_PRIV,
                code(EFAULT, "the buffer ends before a record that had to be written"),
                code(
                    EACCES,
                    "the XSM policy refuses the last domain visited (4.2 returns that"
                    " refusal even when other records were written)",
                ),
            )
        ),
    ),
    Call(
        name="physinfo",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="The host's memory and capabilities (CPU topology is not modelled).",
        numbers=sysctl("XEN_SYSCTL_physinfo", 3),
        args=(),
        outputs=(
            Output("total_pages", 64, "host RAM in pages"),
            Output("free_pages", 64, "pages on the host's free list"),
            Output(
                "capabilities",
                32,
                "XEN_SYSCTL_PHYSCAP_* bits (4.2: hvm 1, hvm_directio 2; 4.17: hvm 1, pv 2,"
                " directio 4, hap 8, shadow 16, iommu_hap_pt_share 32, vmtrace 64,"
                " gnttab_v1 256, gnttab_v2 512)",
                hex=True,
            ),
        ),
        returns=Returns.STATUS,
        codes=_both((NOT_PRIV,)),
    ),
    Call(
        name="get_hvm_param",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="Read an HVM parameter (the ring gfns are params 27, 28 and 29; 0: unset).",
        numbers=hvm_op("HVMOP_get_param", 1),
        args=(
            Arg("dom", 16, "the target domain (DOMID_SELF: the caller)", uses=Resource.DOMAIN),
            Arg("param", 32, "the parameter index", enum="hvm_param"),
        ),
        outputs=(Output("value", 64, "the parameter's value", hex=True),),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(
                    EINVAL, "param is not below HVM_NR_PARAMS (30 in 4.2, public/hvm/params.h L150)"
                ),
                code(ESRCH, "the domain does not exist"),
                code(EPERM, "the caller is not privileged for the domain"),
                code(EINVAL, "the domain is not an HVM guest"),
                XSM_DENIED,
            )
        ),
    ),
    Call(
        name="getpageframeinfo3",
        family=TOOLSTACK,
        kind=HYPERCALL,
        summary="Replace each gfn of array by its page's type: 0 for RAM of the domain,"
        " XTAB (0xf0000000) for no page (a hole, paged out, MMIO).",
        numbers=domctl("XEN_DOMCTL_getpageframeinfo3", 61),
        args=(
            domid(),
            Arg("num", 64, "the gfns in array (at most 1024)"),
            ListArg(
                "array",
                "gfns in, page types out (xen_pfn_t array[])",
                (Field("array", 64, "a gfn, then its type", hex=True),),
                length="num",
                direction=Direction.INOUT,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                NOT_PRIV,
                code(ESRCH, "the domain does not exist"),
                XSM_DENIED,
                code(E2BIG, "num is above 1024"),
                code(ENOMEM, "Xen cannot allocate its bounce page (internal allocation failed)"),
                code(
                    EFAULT,
                    "the array ends inside a chunk of 512 gfns still to do (earlier chunks"
                    " were converted)",
                ),
            )
        ),
    ),
)

# Why a call returned what it did (HT_R_<id> in C).
REASONS: tuple[Reason, ...] = (
    Reason("TOOLSTACK_NOT_PRIV", "domctl/sysctl: the caller is not privileged"),
    Reason("CREATE_FLAGS", "createdomain: unknown flags"),
    Reason("CREATE_ID_IN_USE", "createdomain: the id asked for is in use"),
    Reason("CREATE_NO_ID", "createdomain: no free domain id"),
    Reason("CREATE_NO_ROOM", "createdomain: no free domain slot or p2m room"),
    Reason("CREATE_GRANT_OPTS", "createdomain (4.17): grant_opts has bits beyond the version"),
    Reason("CREATE_NO_VCPUS", "createdomain (4.17): max_vcpus is 0"),
    Reason("CREATE_GRANT_VERSION", "createdomain (4.17): the grant version is 0 or above 2"),
    Reason(
        "CREATE_GRANT_FRAMES",
        "createdomain (4.17): max_grant_frames outside 1..64 or max_maptrack_frames above 1024",
    ),
    Reason("KILL_SELF", "destroydomain: the domain is the caller"),
    Reason("KILL_DYING", "destroydomain: the domain was dying; its relinquish is finished"),
    Reason("GETINFO_NO_DOMAIN", "getdomaininfo: no domain at or above that id"),
    Reason("INFOLIST_FAULT", "getdomaininfolist: the buffer ends before a record"),
    Reason("INFOLIST_LAST_DENIED", "getdomaininfolist: the last domain visited was refused"),
    Reason("PARAM_RANGE", "hvm param: not below HVM_NR_PARAMS"),
    Reason("PFINFO_TOO_MANY", "getpageframeinfo3: more than 1024 gfns"),
    Reason("PFINFO_NO_BOUNCE", "getpageframeinfo3: the bounce page cannot be allocated"),
    Reason("PFINFO_FAULT", "getpageframeinfo3: the array ends inside a chunk"),
    Reason(
        "PVH_DOM0_MAPPING",
        "a PVH hardware domain's mapping of foreign frames into its p2m (p2m_add_foreign,"
        " set_foreign_p2m_entry): not modelled",
    ),
    Reason(
        "RING_HVM_HARDWARE_DOMAIN",
        "vm_event: the hardware domain is HVM/PVH (4.17 refuses paging and sharing rings)",
    ),
)

# The family's state is createdomain's rover; it has no invariant of its own.
INVARIANTS: tuple[Invariant, ...] = ()

# Real Xen bugs the engine can switch on (HT_BUG_<id>), each with a corpus reproducer.
PLANTED_BUGS: tuple[PlantedBug, ...] = ()
