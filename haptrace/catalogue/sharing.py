"""Memory sharing calls (xc_memshr_*, xc_sharing_*): seed 000, reference section 2."""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import (
    HVM_HARDWARE_DOMAIN,
    NO_DOMAIN,
    NO_MEM_SHARING,
    NOT_PRIVILEGED,
    NOT_X86_64,
    XSM_DENIED,
    client_gate,
    code,
    domctl,
    domid,
    enum,
    gfn,
    gref,
    handle,
    mem_event_domctl,
    mem_event_gate,
    memop,
    number,
    ring_setup_codes,
    sharing_gate,
    sharing_op,
)
from .errnos import (
    C_HANDLE_INVALID,
    E2BIG,
    EBUSY,
    EEXIST,
    EINVAL,
    ENODEV,
    ENOENT,
    ENOMEM,
    ENOSYS,
    ENXIO,
    EOPNOTSUPP,
    EPERM,
    ESRCH,
    EXDEV,
    S_HANDLE_INVALID,
)
from .model import (
    Call,
    Code,
    Family,
    Invariant,
    Kind,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)

SHARING = Family(
    "sharing",
    "memory sharing: nominate, share, add_to_physmap, the sharing ring",
    order=1,
    fuzz_weight=6,
)
HYPERCALL = Kind.HYPERCALL


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def _per_profile(extra: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """The sharing memop gate of each profile followed by call-specific codes."""
    return {profile: sharing_gate(profile) + extra for profile in PROFILES}


def _share_codes(gref_translation: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    handles = (
        code(
            S_HANDLE_INVALID,
            "the source gfn is not backed by a shared frame (checked"
            " first when the source frame has the lower mfn)",
        ),
        code(
            C_HANDLE_INVALID,
            "the client gfn is not backed by a shared frame (checked"
            " first when the client frame has the lower mfn; a hole counts as the highest"
            " mfn)",
        ),
        code(S_HANDLE_INVALID, "source_handle is not the handle of the source frame"),
        code(C_HANDLE_INVALID, "client_handle is not the handle of the client frame"),
    )
    return _per_profile(client_gate() + gref_translation + handles)


GREF_INVALID_DOC = code(
    EINVAL,
    "the grant reference is invalid: the grant table is not initialised, the"
    " reference is beyond the table, or the entry does not grant access",
)
GREF_INVALID_42 = code(
    EINVAL,
    "the grant table is not initialised, or the reference is beyond the table"
    " (4.2 reads past the table; the emulator refuses, see planted bug gref_unchecked)",
)


# mem_sharing_gref_to_gfn (common/grant_table.c, RELEASE-4.17.0): a 4.17 table is at
# version 1 from grant_table_init, so its "gt_version < 1" EINVAL cannot happen.
GREF_INVALID_417 = (
    code(ENOENT, "the grant reference is beyond the grant table (nr_grant_entries)"),
    code(ENXIO, "the grant entry does not permit access (GTF_permit_access)"),
)


def _gref_codes(profile: str) -> tuple[Code, ...]:
    if profile == "xen-4.17":
        return GREF_INVALID_417
    return (GREF_INVALID_DOC,) if profile == "doc" else (GREF_INVALID_42,)


def _nominate_e2big(by_gref: bool, profile: str) -> str:
    if not by_gref:
        return "the page is referenced by other subsystems (a foreign or grant mapping)"
    if profile == "doc":
        return (
            "the page is referenced by other subsystems: a gref page must be mapped by"
            " exactly one read-only grant mapping and nothing else"
        )
    # page_make_sharable, mem_sharing.c, RELEASE-4.2.0 L633 (RELEASE-4.17.0 L730), with
    # expected_refcnt 3 (L1334; RELEASE-4.17.0 L2043).
    return (
        "the page does not hold exactly three references besides its allocation (grant or"
        " foreign mappings, whoever holds them)"
    )


def _nominate_codes(by_gref: bool) -> dict[str, tuple[Code, ...]]:
    head = (
        code(EINVAL, "the gfn is not populated (a hole, paged out, or MMIO)"),
        code(EINVAL, "the gfn is not sharable (its p2m type is not ram_rw or ram_logdirty)"),
        code(EINVAL, "the page holds another type reference (mapped writable, or a ring)"),
        code(
            EEXIST,
            "another shared-type reference appeared concurrently (internal race;"
            " fault site type_ref)",
        ),
    )
    tail = (
        code(ENOENT, "the page lock could not be taken (internal race; fault site page_lock)"),
        code(ENOMEM, "sharing metadata or the rmap entry cannot be allocated"),
        code(
            ENOMEM,
            "the p2m type cannot be changed to ram_shared (internal failure; fault"
            " site p2m_set): 4.2 undoes the nomination and returns the ENOMEM it had"
            " prepared",
        ),
    )
    out: dict[str, tuple[Code, ...]] = {}
    for profile in PROFILES:
        gref_part = _gref_codes(profile) if by_gref else ()
        e2big = (code(E2BIG, _nominate_e2big(by_gref, profile)),)
        out[profile] = sharing_gate(profile) + gref_part + head + e2big + tail
    return out


SHARE_GFN_DOC = (
    "A gfn with bit 62 set (XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG) is read as a grant"
    " reference of that domain."
)

CALLS: tuple[Call, ...] = (
    Call(
        name="memshr_control",
        family=SHARING,
        kind=HYPERCALL,
        summary="Turn sharing on or off for a domain (unsharing happens lazily).",
        numbers=domctl("XEN_DOMCTL_mem_sharing_op", 57),
        args=(
            domid(),
            number("enable", 32, "non-zero enables; Xen keeps only the low 8 bits"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_both(
                (
                    NOT_X86_64,
                    NO_DOMAIN,
                    NOT_PRIVILEGED,
                    XSM_DENIED,
                    code(ENODEV, "the domain does not use HAP"),
                    code(
                        EXDEV, "enabling, and the domain has a PCI device assigned for passthrough"
                    ),
                )
            ),
            # mem_sharing_control at RELEASE-4.17.0: only enabling is checked.
            "xen-4.17": (
                NOT_X86_64,
                NO_DOMAIN,
                NOT_PRIVILEGED,
                XSM_DENIED,
                NO_MEM_SHARING,
                code(EOPNOTSUPP, "enabling, and the domain is not HVM or the CPU not VMX (AMD)"),
                code(ENODEV, "enabling, and the domain does not use HAP"),
                code(EXDEV, "enabling, and the domain has a PCI device assigned for passthrough"),
            ),
        },
    ),
    Call(
        name="memshr_ring_enable",
        family=SHARING,
        kind=HYPERCALL,
        summary="Create the ring on which Xen posts ENOMEM notifications for unsharing.",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_SHARING", 3, "XEN_DOMCTL_MEM_EVENT_OP_SHARING_ENABLE", 0
        ),
        args=(domid(),),
        outputs=(
            Output("port", 32, "the ring's event-channel port in the domain", makes=Resource.PORT),
        ),
        returns=Returns.STATUS,
        codes={
            "doc": mem_event_gate("doc")
            + (
                code(ENODEV, "the domain does not use HAP"),
                code(EINVAL, "the sharing ring has already been enabled"),
            )
            + ring_setup_codes("HVM_PARAM_SHARING_RING_PFN"),
            "xen-4.2": mem_event_gate("xen-4.2")
            + (
                code(ENODEV, "the domain does not use HAP"),
                code(EBUSY, "the sharing ring has already been enabled"),
            )
            + ring_setup_codes("HVM_PARAM_SHARING_RING_PFN"),
            "xen-4.17": mem_event_gate("xen-4.2")
            + (NO_MEM_SHARING, HVM_HARDWARE_DOMAIN)
            + (
                code(ENODEV, "the domain does not use HAP"),
                code(EBUSY, "the sharing ring has already been enabled"),
            )
            + ring_setup_codes("HVM_PARAM_SHARING_RING_PFN", "xen-4.17"),
        },
    ),
    Call(
        name="memshr_ring_disable",
        family=SHARING,
        kind=HYPERCALL,
        summary="Tear down the sharing ring and wake every vcpu blocked on it.",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_SHARING", 3, "XEN_DOMCTL_MEM_EVENT_OP_SHARING_DISABLE", 1
        ),
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            "doc": mem_event_gate("doc")
            + (
                code(ENODEV, "the domain does not use HAP"),
                code(EINVAL, "the ring was not enabled in the first place"),
                code(EBUSY, "vcpus are still waiting for a free slot on the ring"),
            ),
            "xen-4.2": mem_event_gate("xen-4.2")
            + (
                code(EINVAL, "the ring was not enabled in the first place"),
                code(EBUSY, "vcpus are still waiting for a free slot on the ring"),
            ),
            # No vcpu ever sleeps on 4.17's sharing ring: every mem_sharing_notify_enomem
            # passes allow_sleep false (arch/x86/mm/p2m.c L315, L653; common/memory.c
            # L387; hvm_hap_nested_page_fault only checks the ring, hvm.c L2003-2015, all
            # RELEASE-4.17.0), so vm_event_disable's "!list_empty(&ved->wq.list)" EBUSY
            # is unreachable.
            "xen-4.17": mem_event_gate("xen-4.2")
            + (code(EINVAL, "the ring was not enabled in the first place"),),
        },
    ),
    Call(
        name="memshr_domain_resume",
        family=SHARING,
        kind=HYPERCALL,
        summary="Consume the helper's responses on the sharing ring and unpause the vcpus"
        " they name.",
        numbers=sharing_op("XENMEM_SHARING_OP_RESUME", 3),
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_per_profile(()),
            # 4.17: XEN_DOMCTL_vm_event_op RESUME, mode sharing (vm_event_domctl)
            "xen-4.17": mem_event_gate("xen-4.2")
            + (NO_MEM_SHARING, code(ENODEV, "the domain has no sharing ring")),
        },
    ),
    Call(
        name="memshr_nominate_gfn",
        family=SHARING,
        kind=HYPERCALL,
        summary="Select a page for sharing; returns its handle (the existing one if the"
        " page is already shared).",
        numbers=sharing_op("XENMEM_SHARING_OP_NOMINATE_GFN", 0),
        args=(domid(), gfn()),
        outputs=(Output("handle", 64, "the sharing handle of the page", makes=Resource.HANDLE),),
        returns=Returns.STATUS,
        codes=_nominate_codes(by_gref=False),
    ),
    Call(
        name="memshr_nominate_gref",
        family=SHARING,
        kind=HYPERCALL,
        summary="Same as memshr_nominate_gfn, the page named by a grant reference of the domain.",
        numbers=sharing_op("XENMEM_SHARING_OP_NOMINATE_GREF", 1),
        args=(domid(), gref()),
        outputs=(Output("handle", 64, "the sharing handle of the page", makes=Resource.HANDLE),),
        returns=Returns.STATUS,
        codes=_nominate_codes(by_gref=True),
    ),
    Call(
        name="memshr_share_gfns",
        family=SHARING,
        kind=HYPERCALL,
        summary="Share two nominated pages: the client's tuples move to the source frame;"
        " the client handle becomes invalid. " + SHARE_GFN_DOC,
        numbers=sharing_op("XENMEM_SHARING_OP_SHARE", 2),
        args=(
            domid("source_domain", "the domain of the source page"),
            gfn("source_gfn", "the source gfn"),
            handle("source_handle", "the handle nominate returned for the source page"),
            domid("client_domain", "the domain of the client page (may equal the source)"),
            gfn("client_gfn", "the client gfn"),
            handle("client_handle", "the handle nominate returned for the client page"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            profile: codes
            + (
                tuple(
                    code(c.errno, f"a gfn carries the grant-reference flag: {c.when}")
                    for c in GREF_INVALID_417
                )
                if profile == "xen-4.17"
                else (
                    code(
                        EINVAL,
                        "a gfn carries the grant-reference flag and the reference is invalid",
                    ),
                )
            )
            for profile, codes in _share_codes(()).items()
        },
    ),
    Call(
        name="memshr_share_grefs",
        family=SHARING,
        kind=HYPERCALL,
        summary="Same as memshr_share_gfns, the pages named by grant references.",
        numbers=sharing_op("XENMEM_SHARING_OP_SHARE", 2),
        args=(
            domid("source_domain", "the domain of the source page"),
            gref("source_gref", "a grant reference of the source domain"),
            handle("source_handle", "the handle nominate returned for the source page"),
            domid("client_domain", "the domain of the client page (may equal the source)"),
            gref("client_gref", "a grant reference of the client domain"),
            handle("client_handle", "the handle nominate returned for the client page"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            profile: codes + _gref_codes(profile) for profile, codes in _share_codes(()).items()
        },
    ),
    Call(
        name="memshr_add_to_physmap",
        family=SHARING,
        kind=HYPERCALL,
        summary="Map an existing shared frame into a hole of the client's physmap.",
        numbers=sharing_op("XENMEM_SHARING_OP_ADD_PHYSMAP", 7),
        args=(
            domid("source_domain", "the domain of the shared source page"),
            gfn("source_gfn", "the source gfn"),
            handle("source_handle", "the handle of the source page"),
            domid("client_domain", "the domain that receives the mapping"),
            gfn(
                "client_gfn", "the client gfn; must be a hole (invalid, mmio_dm, paged, paging_in)"
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_per_profile(
            client_gate()
            + (
                code(EINVAL, "source_gfn carries the grant-reference flag"),
                code(S_HANDLE_INVALID, "the source gfn is not backed by a shared frame"),
                code(S_HANDLE_INVALID, "source_handle is not the handle of the source frame"),
                code(
                    C_HANDLE_INVALID,
                    "the physmap entry for the client gfn is not suitable (not a hole)",
                ),
                code(ENOMEM, "the rmap entry cannot be allocated"),
                code(
                    ENOENT,
                    "the client p2m entry cannot be set (the gfn is beyond the"
                    " guest's physical address width; fault site p2m_set)",
                ),
            )
        ),
    ),
    Call(
        name="memshr_debug_gfn",
        family=SHARING,
        kind=HYPERCALL,
        summary="Return the number of (domain, gfn) tuples mapping the shared frame behind a gfn.",
        numbers=sharing_op("XENMEM_SHARING_OP_DEBUG_GFN", 4),
        args=(domid(), gfn()),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of tuples mapping the frame (1 or more)",
        codes=_per_profile((code(EINVAL, "no shared frame backs the gfn"),)),
    ),
    Call(
        name="memshr_debug_gref",
        family=SHARING,
        kind=HYPERCALL,
        summary="Same as memshr_debug_gfn, the page named by a grant reference.",
        numbers=sharing_op("XENMEM_SHARING_OP_DEBUG_GREF", 6),
        args=(domid(), gref()),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of tuples mapping the frame (1 or more)",
        codes={
            profile: codes
            + _gref_codes(profile)
            + (code(EINVAL, "no shared frame backs the granted gfn"),)
            for profile, codes in _per_profile(()).items()
        },
    ),
    Call(
        name="memshr_audit",
        family=SHARING,
        kind=HYPERCALL,
        summary="Audit the sharing subsystem; returns the number of errors found.",
        numbers=sharing_op("XENMEM_SHARING_OP_AUDIT", 8),
        args=(),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of errors Xen's own audit found (should be 0)",
        codes={
            "doc": (
                NOT_X86_64,
                code(ENOSYS, "the hypervisor was built without the sharing audit"),
            ),
            "xen-4.2": (NOT_X86_64,),
            "xen-4.17": (
                NOT_X86_64,
                NO_MEM_SHARING,
                code(EOPNOTSUPP, "a release build (host option release_build): no audit"),
            ),
        },
    ),
    Call(
        name="memshr_range_share",
        family=SHARING,
        kind=HYPERCALL,
        summary="Share every sharable gfn of [first_gfn, last_gfn] between two paused domains"
        " (4.7's range op; 4.17 sub-op 8).  Xen 4.2 has no such sub-op: it runs its sharing"
        " prologue and answers ENOSYS.",
        numbers=sharing_op("XENMEM_sharing_op_range_share", 8),
        args=(
            domid("source_domain", "the domain whose pages are kept (mso.domain)"),
            domid("client_domain", "the domain whose pages are replaced"),
            gfn("first_gfn", "the first gfn of the range"),
            gfn("last_gfn", "the last gfn of the range"),
            number("opaque", 64, "the continuation gfn (0: start at first_gfn)", default=0),
            number("pad", 48, "range._pad[0..2], which 4.17 requires to be 0", default=0),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_per_profile((code(ENOSYS, "Xen 4.2 has no range_share sub-op"),)),
            "xen-4.17": sharing_gate("xen-4.17")
            + (
                code(EINVAL, "pad is not 0"),
                code(EINVAL, "opaque is not 0 and outside [first_gfn, last_gfn]"),
                *client_gate(),
                code(EINVAL, "either domain is not paused by the toolstack"),
                code(EINVAL, "first_gfn or last_gfn is above either domain's maximum gpfn"),
                code(E2BIG, "the last gfn's page is referenced by other subsystems (leaks out)"),
                code(ENOMEM, "sharing metadata or an rmap entry cannot be allocated"),
                code(EEXIST, "the last gfn's shared type raced (fault site type_ref; leaks out)"),
                code(ENOENT, "the last gfn's page lock failed (fault site page_lock; leaks out)"),
            ),
        },
    ),
    Call(
        name="memshr_fork",
        family=SHARING,
        kind=HYPERCALL,
        summary="Make domid a fork of parent_domain (4.14's VM forking; 4.17 sub-op 9).  Xen"
        " 4.2 has no such sub-op: it runs its sharing prologue on domid and answers ENOSYS.",
        numbers=sharing_op("XENMEM_sharing_op_fork", 9),
        args=(
            domid("domid", "the fork (mso.domain), an empty domain paused by the toolstack"),
            domid("parent_domain", "the domain forked"),
            number("flags", 16, "XENMEM_FORK_* bits (4.17)", default=0),
            number("pad", 32, "fork.pad, which 4.17 requires to be 0", default=0),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_per_profile((code(ENOSYS, "Xen 4.2 has no fork sub-op"),)),
            "xen-4.17": sharing_gate("xen-4.17")
            + (
                code(EINVAL, "pad is not 0, or flags has bits other than 1 and 2"),
                code(ESRCH, "the parent domain does not exist"),
                code(EPERM, "the parent domain is the caller, or the caller is not privileged"),
                code(EINVAL, "the parent domain is dying"),
                code(EINVAL, "the two domains have different numbers of vcpus"),
                code(EOPNOTSUPP, "the parent is not HVM or the CPU not VMX (its auto-enable)"),
                code(ENODEV, "the parent does not use HAP (its auto-enable)"),
                code(EXDEV, "the parent has a PCI device assigned (its auto-enable)"),
                code(EBUSY, "the fork is not paused by the toolstack"),
            ),
        },
    ),
    Call(
        name="memshr_fork_reset",
        family=SHARING,
        kind=HYPERCALL,
        summary="Reset a fork's state and/or memory to its parent's (4.17 sub-op 10).  Xen"
        " 4.2 has no such sub-op: it runs its sharing prologue and answers ENOSYS.",
        numbers=sharing_op("XENMEM_sharing_op_fork_reset", 10),
        args=(
            domid("domid", "the fork"),
            number("flags", 16, "XENMEM_FORK_RESET_* bits (4.17)", default=0),
            number("pad", 32, "fork.pad, which 4.17 requires to be 0", default=0),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            **_per_profile((code(ENOSYS, "Xen 4.2 has no fork_reset sub-op"),)),
            "xen-4.17": sharing_gate("xen-4.17")
            + (
                code(EINVAL, "pad is not 0, flags names neither reset, or has other bits"),
                code(ENOSYS, "the domain has no parent (the engine makes no forks)"),
            ),
        },
    ),
    Call(
        name="sharing_freed_pages",
        family=SHARING,
        kind=HYPERCALL,
        summary="Total pages freed by sharing on the host (nr_saved_mfns).",
        numbers=memop("XENMEM_get_sharing_freed_pages", 18),
        args=(),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the host-wide count of pages freed by sharing",
        codes=_both((NOT_X86_64,)),
    ),
    Call(
        name="sharing_used_frames",
        family=SHARING,
        kind=HYPERCALL,
        summary="Total frames occupied by shared pages on the host (nr_shared_mfns).",
        numbers=memop("XENMEM_get_sharing_shared_pages", 19),
        args=(),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the host-wide count of frames in the shared state",
        codes=_both((NOT_X86_64,)),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

# XENMEM_FORK_* flags (public/memory.h at RELEASE-4.17.0).
FORK = enum(
    "fork",
    "XENMEM_FORK_* flags of fork and fork_reset (4.17)",
    flags=True,
    with_iommu_allowed=1,
    block_interrupts=2,
    reset_state=4,
    reset_memory=8,
)

REASONS: tuple[Reason, ...] = (
    # sharing
    Reason("CLIENT_NO_DOMAIN", "share: no such client domain"),
    Reason("CLIENT_IS_CALLER", "share: the client domain is the caller"),
    Reason("CLIENT_NOT_PRIVILEGED", "share: the caller is not privileged for the client domain"),
    Reason("CLIENT_DYING", "share: the client domain is dying"),
    Reason("CLIENT_SHARING_DISABLED", "share: sharing is not enabled for the client domain"),
    Reason("CONTROL_PASSTHROUGH", "control: the domain has a PCI device assigned (passthrough)"),
    Reason("RESUME_NO_RING", "resume: the domain has no sharing ring; nothing to do"),
    Reason("GREF_TABLE_UNINITIALISED", "gref: the grant table is not initialised"),
    Reason("GREF_OUT_OF_RANGE", "gref: the reference is beyond the grant table"),
    Reason("GREF_NOT_GRANTED", "gref: the entry grants nothing"),
    Reason("NOMINATE_NOT_POPULATED", "nominate: gfn not populated"),
    Reason("NOMINATE_ALREADY_SHARED", "nominate: already shared; the existing handle is returned"),
    Reason("NOMINATE_NOT_SHARABLE", "nominate: the p2m type is not sharable"),
    Reason(
        "NOMINATE_TYPE_IN_USE",
        "nominate: the page holds another type reference (writable mapping or ring)",
    ),
    Reason("NOMINATE_TYPE_RACE", "nominate: a concurrent shared-type reference (injected race)"),
    Reason("NOMINATE_EXTRA_REFS", "nominate: the page is referenced by other subsystems"),
    Reason("NOMINATE_PAGE_LOCK", "nominate: the page lock could not be taken (injected race)"),
    Reason("NOMINATE_NO_METADATA", "nominate: no sharing metadata can be allocated"),
    Reason("NOMINATE_NO_RMAP", "nominate: no rmap entry can be allocated"),
    Reason("NOMINATE_P2M_CHANGE", "nominate: the p2m type could not be changed (injected); undone"),
    Reason(
        "SHARE_SAME_FRAME",
        "share: both gfns are backed by the same frame (or both are holes); no-op",
    ),
    Reason("SHARE_SOURCE_NOT_SHARED", "share: the source gfn is not backed by a shared frame"),
    Reason("SHARE_CLIENT_NOT_SHARED", "share: the client gfn is not backed by a shared frame"),
    Reason(
        "SHARE_CLIENT_STALE_TUPLE",
        "share (xen-4.2, xen-4.17): the client frame has a stale rmap tuple, which Xen maps"
        " again through set_shared_p2m_entry (reading the page of the cleared entry): not"
        " modelled",
    ),
    Reason(
        "SHARE_CLIENT_DEAD_TUPLE",
        "share (xen-4.2, xen-4.17): the client frame has a tuple of a destroyed domain,"
        " whose lookup hits BUG_ON(!d) (the host panics) or finds the domain that took its"
        " id and maps that domain's gfn: not modelled",
    ),
    Reason(
        "STALE_TUPLE_SHARED_AGAIN",
        "sharing (xen-4.2, xen-4.17): the gfn's entry still holds a stale rmap tuple of"
        " remove_from_physmap; sharing the gfn again is not modelled",
    ),
    Reason("SHARE_SOURCE_HANDLE", "share: the source handle is not the source frame's"),
    Reason("SHARE_CLIENT_HANDLE", "share: the client handle is not the client frame's"),
    Reason("ADD_PHYSMAP_GREF", "add_to_physmap: the source gfn carries the grant-reference flag"),
    Reason("ADD_PHYSMAP_NOT_HOLE", "add_to_physmap: the client gfn is not a hole"),
    Reason("ADD_PHYSMAP_NO_RMAP", "add_to_physmap: no rmap entry can be allocated"),
    Reason("ADD_PHYSMAP_P2M_SET", "add_to_physmap: the client p2m entry cannot be set"),
    Reason("DEBUG_NOT_SHARED", "debug: no shared frame backs the gfn"),
    Reason("SHARING_NO_SUCH_OP", "sharing: Xen 4.2 has no such sub-op (mem_sharing_memop)"),
    Reason(
        "RESUME_NO_RING_4_17", "resume (4.17's vm_event RESUME): the domain has no sharing ring"
    ),
    Reason("SHARING_NOT_VMX", "sharing: enabling needs an HVM domain on a VMX (Intel) CPU"),
    Reason("RANGE_PAD", "range_share: _pad is not 0"),
    Reason("RANGE_OPAQUE", "range_share: opaque is outside [first_gfn, last_gfn]"),
    Reason("RANGE_NOT_PAUSED", "range_share: a domain is not paused"),
    Reason("RANGE_BEYOND_MAX_GPFN", "range_share: the range passes a domain's maximum gpfn"),
    Reason("FORK_FLAGS", "fork: pad or flags are invalid"),
    Reason("FORK_VCPUS", "fork: the parent and the fork have different vcpu counts"),
    Reason("FORK_NOT_PAUSED", "fork: the fork is not paused by the toolstack"),
    Reason("FORK_NOT_MODELLED", "fork: copying the parent's state into the fork"),
    Reason("FORK_NO_PARENT", "fork_reset: the domain is not a fork"),
    Reason("AUDIT_NOT_COMPILED", "audit: the hypervisor was built without the sharing audit"),
)
INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "SHR_SUM",
        "sharing.1",
        (
            "sum of shr_pages over all domains, plus the dead-tuple ledger (the tuples of"
            " destroyed domains that xen-4.2 and xen-4.17 leave), == freed_pages + used_frames"
        ),
    ),
    Invariant(
        "SHARED_FRAME",
        "sharing.2",
        (
            "a shared frame is owned by dom_cow, has at least one tuple, and every tuple maps it "
            "as ram_shared, but the stale tuples of a domain's ledger (xen-4.2's and xen-4.17's"
            " remove_from_physmap) and the tuples of destroyed domains in the dead-tuple"
            " ledger, exactly as many as each records"
        ),
    ),
    Invariant(
        "SHARED_TUPLE",
        "sharing.3",
        "every ram_shared gfn is a tuple of the shared frame it maps",
    ),
    Invariant(
        "SHR_PAGES",
        "sharing.4",
        "shr_pages(d) == the number of ram_shared gfns of d, plus its ledger's stale tuples"
        " (xen-4.2, xen-4.17)",
    ),
    Invariant(
        "HANDLES",
        "sharing.5",
        (
            "handles are unique, non-zero and never above the last issued; a new handle is above "
            "every earlier one, so an invalid handle never becomes valid again"
        ),
    ),
    Invariant(
        "NOMINATE_DEBUG",
        "sharing.6",
        (
            "nominating a shared gfn returns its frame's handle; debug_gfn returns the frame's "
            "tuple count"
        ),
    ),
    Invariant(
        "SHARE",
        "sharing.7",
        (
            "a successful share was given the frames' own handles and leaves both gfns on the "
            "source frame, with the source handle and the tuple counts summed"
        ),
    ),
    Invariant(
        "CONTENT",
        "sharing.8",
        "sharing operations never change what a gfn reads",
    ),
    Invariant(
        "NONNEG",
        "sharing.9",
        "the sharing and paging counters are never negative",
    ),
    Invariant(
        "SHARING_DISABLED",
        "sharing.10",
        ("a domain with sharing disabled gains no tuples from nominate, share or add_to_physmap"),
    ),
)
PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "NR_SAVED_UNDERFLOW",
        "nr_saved_underflow",
        "77ece196fa (2012)",
        (
            "a failed unshare (ENOMEM) does not undo its provisional freed_pages decrement, so a "
            "retry decrements again"
        ),
    ),
    PlantedBug(
        "ADD_PHYSMAP_ACCOUNTING",
        "add_physmap_failure_accounting",
        "present from 4.2 to 4.22 (mem_sharing_add_to_physmap, RELEASE-4.2.0 L1096-1101, L1119)",
        (
            "add_to_physmap counts a freed page even when setting the client's p2m entry fails"
            " (doc); in xen-4.2, where that count is the profile's behaviour, the drift goes"
            " unrecorded in the host's drift ledger"
        ),
    ),
    PlantedBug(
        "GREF_UNCHECKED",
        "gref_unchecked",
        "fixed in 4.8 by 986f790e01 (Huawei PSIRT)",
        (
            "nominate_gref, share_grefs and debug_gref do not range-check the grant reference and"
            " read past the grant table"
        ),
        # 4.17's mem_sharing_gref_to_gfn (common/grant_table.c, RELEASE-4.17.0) has the
        # range check ("ref >= nr_grant_entries(gt)": ENOENT); the xen-4.17 engine follows it.
        unreachable_in=("xen-4.17",),
    ),
    PlantedBug(
        "SHARE_SKIPS_HANDLE_CHECK",
        "share_skips_handle_check",
        "models a share_pages without the handle checks of section 2.6 d",
        "share does not compare the handles it is given with the frames' handles",
    ),
    PlantedBug(
        "RELINQUISH_SKIPS_SHARED",
        "relinquish_skips_shared",
        "teardown of XSA-11 (afa8c5bb3d) and 458519b782",
        (
            "domain destruction skips the domain's shared pages, leaving tuples of a dead domain "
            "in the rmaps"
        ),
    ),
    PlantedBug(
        "ADD_PHYSMAP_HOLE_CHECK",
        "add_physmap_hole_check",
        "8d204daa8f (2012)",
        (
            "add_to_physmap accepts a client gfn that is not a hole and overwrites it, leaking "
            "its frame"
        ),
    ),
    PlantedBug(
        "RESUME_NO_RING",
        "resume_no_ring",
        "4.2 to 4.5 (found by reading the code)",
        ("memshr_domain_resume without a sharing ring spins on the ring's never-initialised lock"),
        # 4.17's sharing resume is the vm_event RESUME, which answers ENODEV without a ring
        # (vm_event_domctl, RELEASE-4.17.0): the path the bug skips its check on is gone.
        unreachable_in=("xen-4.17",),
    ),
    PlantedBug(
        "ADD_PHYSMAP_LEAKS_PAGING_IN",
        "add_physmap_leaks_paging_in",
        "2a62721ee2 (2012, 'x86/mem_sharing: Allow paging-in pages to be replaced by shared"
        " ones': before it, add_to_physmap over a paging-in gfn left its frame allocated)",
        "add_to_physmap plugging a gfn whose page-in started before its eviction (ram_paging_in"
        " with its frame still there) maps the shared frame without releasing that frame: it"
        " stays the client's, counted, its M2P naming a gfn that no longer maps it.  The fuzz"
        " machine boots with a gfn nominated for paging (domain 2's 0x11), so a guest read of"
        " it and one add_to_physmap of the boot's shared page reach it: random inputs find it"
        " in every trial (1.5 s, 2.4 s), and it is in the shallow tier",
    ),
    PlantedBug(
        "RELINQUISH_SKIPS_LAST_GFN",
        "relinquish_skips_last_gfn",
        "modelled on 088ee1d47b (2014, 'x86/mm: fix checks against max_mapped_pfn': an"
        " off-by-one in memory sharing; RELEASE-4.2.0's relinquish_shared_pages walks"
        " 'gfn < p2m->max_mapped_pfn', an inclusive value)",
        "domain destruction unshares the domain's shared gfns below its p2m's high-water mark"
        " only: a page shared at the highest gfn the domain ever mapped keeps its tuple of"
        " the dead domain in the frame's rmap.  Planted for the deep tier (the gfn must equal"
        " another call's output, maximum_gpfn, or the domain's last page), it is shallow:"
        " random inputs found it in both of two 300 s trials (58.5 s, 145.1 s, each ending in"
        " destroydomain): a shared page reaches the high-water mark in other ways than by a"
        " gfn value (an add_to_physmap of the boot's shared page into a hole above a"
        " domain's pages makes that hole the mark).  In xen-4.2 it is the profile's own walk,"
        " whose tuple the dead-tuple ledger records: not applicable there",
        # RELEASE-4.2.0's relinquish_shared_pages is this walk: xen-4.2 does it (and records
        # the tuple it leaves), so the bug has nothing to change there.
        unreachable_in=("xen-4.2",),
    ),
)
