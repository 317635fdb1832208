"""Reservation ops, domain information and the toolstack's domain controls: reference 6.4.

Reservation ops return the number of extents done and, as in Xen, report argument and
permission problems by doing nothing (a count of 0), not with an errno.  The only error they
pass through is an XSM denial.
"""

from __future__ import annotations

from .common import XSM_DENIED, code, domctl, domid, memop, number
from .errnos import EACCES, EBUSY, EINVAL, ENOENT, EPERM, ESRCH
from .model import (
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    Kind,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
    scalar_list,
)

MEMORY = Family("memory", "reservation ops and the physmap", order=4, fuzz_weight=3)
DOMAIN = Family(
    "domain", "the toolstack's domain controls and domain lifecycle", order=5, fuzz_weight=1
)
HYPERCALL = Kind.HYPERCALL


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


_COUNT_DOC = (
    "the number of extents fully processed; a missing domain, a caller that is not"
    " privileged for it, an unsupported extent order or address width all give 0"
)
_NR_EXTENTS = number(
    "nr_extents",
    64,
    "the number of extents (xen_ulong_t; 4.2 keeps only its low 32 bits in memop_args)",
)
_EXTENT_GFNS = scalar_list(
    "extent_start",
    64,
    "the base gfn of each extent, as libxc passes them (xen_pfn_t extent_start[])",
    length="nr_extents",
    uses=Resource.GFN,
    hex=True,
)
_EXTENT_MFNS = scalar_list(
    "extent_start",
    64,
    "where Xen writes each new extent's first machine frame (empty: a NULL handle, nothing"
    " written)",
    length="nr_extents",
    direction=Direction.OUT,
    makes=Resource.MFN,
    hex=True,
)
_EXTENT_ORDER = number("extent_order", 32, "log2 of the pages per extent", default=0)
_MEM_FLAGS = number(
    "mem_flags", 32, "XENMEMF_* flags; address_bits 1..12 make the op do nothing", default=0
)
_CONTROL = (
    code(ESRCH, "the domain does not exist"),
    code(EPERM, "the caller is not privileged for the domain"),
    XSM_DENIED,
)

_REMOVE = _CONTROL + (code(ENOENT, "no page is mapped at the gfn (a hole or paged out)"),)
_PINNED_DOC = (
    "; in the doc profile an extent covering a pinned gfn (exchange_and_pin) ends the op, untouched"
)

CALLS: tuple[Call, ...] = (
    Call(
        name="increase_reservation",
        family=MEMORY,
        kind=HYPERCALL,
        summary="Allocate pages to a domain without mapping them; each extent's first frame"
        " is written to extent_start.",
        numbers=memop("XENMEM_increase_reservation", 0),
        args=(domid(), _NR_EXTENTS, _EXTENT_ORDER, _MEM_FLAGS, _EXTENT_MFNS),
        caller=Caller.ANY,
        outputs=(),
        returns=Returns.COUNT,
        value_doc=_COUNT_DOC,
        codes=_both((XSM_DENIED,)),
    ),
    Call(
        name="decrease_reservation",
        family=MEMORY,
        kind=HYPERCALL,
        summary="Remove gfns from a domain and free their pages (shared gfns are unshared"
        " first; paged gfns are dropped).",
        numbers=memop("XENMEM_decrease_reservation", 1),
        args=(domid(), _NR_EXTENTS, _EXTENT_ORDER, _EXTENT_GFNS),
        caller=Caller.ANY,
        outputs=(),
        returns=Returns.COUNT,
        value_doc=_COUNT_DOC + "; the first gfn that cannot be removed ends the op" + _PINNED_DOC,
        codes=_both((XSM_DENIED,)),
    ),
    Call(
        name="populate_physmap",
        family=MEMORY,
        kind=HYPERCALL,
        summary="Allocate pages and map them at gfns (replacing what was there).",
        numbers=memop("XENMEM_populate_physmap", 6),
        args=(domid(), _NR_EXTENTS, _EXTENT_ORDER, _MEM_FLAGS, _EXTENT_GFNS),
        caller=Caller.ANY,
        outputs=(),
        returns=Returns.COUNT,
        value_doc=_COUNT_DOC + "; the first allocation that fails ends the op" + _PINNED_DOC,
        codes=_both((XSM_DENIED,)),
    ),
    Call(
        name="current_reservation",
        family=MEMORY,
        kind=HYPERCALL,
        summary="The domain's tot_pages.",
        numbers=memop("XENMEM_current_reservation", 3),
        args=(domid(),),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="tot_pages of the domain",
        codes=_both(_CONTROL),
    ),
    Call(
        name="maximum_reservation",
        family=MEMORY,
        kind=HYPERCALL,
        summary="The domain's max_pages.",
        numbers=memop("XENMEM_maximum_reservation", 4),
        args=(domid(),),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="max_pages of the domain",
        codes=_both(_CONTROL),
    ),
    Call(
        name="maximum_ram_page",
        family=MEMORY,
        kind=HYPERCALL,
        summary="The host's highest frame number plus one (max_page); never fails.",
        numbers=memop("XENMEM_maximum_ram_page", 2),
        args=(),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="max_page of the host",
        codes=_both(()),
    ),
    Call(
        name="remove_from_physmap",
        family=MEMORY,
        kind=HYPERCALL,
        summary="Clear a gfn's p2m entry and drop its page (a shared gfn leaves the rmap"
        " correctly; see planted bug remove_from_physmap_shared).  In xen-4.2 the page is"
        " not freed: it stays the domain's, counted in tot_pages, mapped nowhere.",
        numbers=memop("XENMEM_remove_from_physmap", 15),
        args=(domid(), Arg("gpfn", 64, "the gfn to remove", uses=Resource.GFN, hex=True)),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            "doc": _REMOVE + (code(EBUSY, "the gfn is pinned (exchange_and_pin, seed 004)"),),
            # do_memory_op XENMEM_remove_from_physmap (common/memory.c, RELEASE-4.2.0,
            # L676-711): DOMID_SELF is the caller, an XSM refusal is EPERM, and the frame
            # stays allocated to the domain (never freed).
            "xen-4.2": (
                code(ESRCH, "the domain does not exist"),
                code(
                    EPERM,
                    "the caller is not privileged for the domain, or the XSM policy refuses"
                    " (xsm_remove_from_physmap's code is replaced by EPERM, L689-693)",
                ),
                code(
                    ENOENT,
                    "no page can be referenced at the gfn: a hole, MMIO, ram_paged, or"
                    " paging_in without a frame (no page-in is started)",
                ),
            ),
            # do_memory_op XENMEM_remove_from_physmap (common/memory.c, RELEASE-4.17.0):
            # the XSM hook's code is passed on, and a PV domain is refused.
            "xen-4.17": _REMOVE
            + (code(EACCES, "the domain is paravirtualised (not paging_mode_translate)"),),
        },
    ),
    Call(
        name="maximum_gpfn",
        family=MEMORY,
        kind=HYPERCALL,
        summary="The highest gfn the domain has ever had mapped (the p2m's max_mapped_pfn: a"
        " high-water mark).  For a paravirtualised domain the engine answers unsupported: it"
        " does not model a PV domain's own p2m size.",
        numbers=memop("XENMEM_maximum_gpfn", 14),
        args=(domid("domid", "the domain (DOMID_SELF: the caller)"),),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the domain's highest mapped gfn",
        codes=_both(_CONTROL),
    ),
    Call(
        name="domain_getinfo",
        family=DOMAIN,
        kind=HYPERCALL,
        summary="Information on the first domain whose id is first_domid or higher (libxc"
        " with max_doms 1); check the returned domid.",
        numbers=domctl("XEN_DOMCTL_getdomaininfo", 5),
        args=(Arg("first_domid", 16, "the lowest domain id to report", uses=Resource.DOMAIN),),
        outputs=(
            Output("domid", 16, "the domain reported", makes=None),
            Output(
                "flags",
                32,
                "XEN_DOMINF_* bits: dying 1, hvm_guest 2, shutdown 4, paused 8, blocked"
                " 16 (every online vcpu blocked), running 32 (an online vcpu runs); the"
                " shutdown reason in bits 16-31: 0xffff until one is recorded, crash 3 after"
                " a crash",
            ),
            Output("tot_pages", 64, "pages the domain holds (nr_pages)"),
            Output("max_pages", 64, "the domain's allocation limit"),
            Output(
                "shr_pages",
                64,
                "the domain's (domain, gfn) tuples in shared frames (nr_shared_pages)",
            ),
            Output("paged_pages", 64, "the domain's gfns paged out (nr_paged_pages)"),
        ),
        returns=Returns.VALUE,
        value_doc="the number of domains reported (1)",
        codes=_both(
            (
                code(ESRCH, "no domain has an id of first_domid or higher"),
                code(EPERM, "the caller is not privileged for the domain found"),
                XSM_DENIED,
            )
        ),
    ),
    Call(
        name="domain_setmaxmem",
        family=DOMAIN,
        kind=HYPERCALL,
        summary="Set the domain's max_pages from a size in KiB (4.2 accepts a limit below"
        " tot_pages: the domain just cannot allocate until it shrinks).",
        numbers=domctl("XEN_DOMCTL_max_mem", 11),
        args=(
            domid(),
            number(
                "max_memkb",
                64,
                "the new limit in KiB (pages = KiB / 4, kept in 4.2's 32-bit max_pages)",
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(_CONTROL),
    ),
    Call(
        name="domain_set_target",
        family=DOMAIN,
        kind=HYPERCALL,
        summary="Make a domain the device model of another (d->target): it becomes privileged"
        " for its target (IS_PRIV_FOR, XSM_DM_PRIV) and holds it until it is itself gone.",
        numbers=domctl("XEN_DOMCTL_set_target", 46),
        args=(
            domid("domid", "the device-model domain"),
            Arg("target", 16, "the domain it serves", uses=Resource.DOMAIN),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(EPERM, "the caller is not the control domain (IS_PRIV)"),
                code(ESRCH, "the device-model domain does not exist"),
                code(ESRCH, "the target domain does not exist"),
                code(
                    EINVAL,
                    "the domain would serve itself, or already is another domain's device model",
                ),
                code(EACCES, "the XSM policy refuses (xsm_set_target)"),
            )
        ),
    ),
    Call(
        name="domain_pause",
        family=DOMAIN,
        kind=HYPERCALL,
        summary="Pause every vcpu of the domain (by the toolstack; idempotent).",
        numbers=domctl("XEN_DOMCTL_pausedomain", 3),
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(_CONTROL + (code(EINVAL, "the target is the calling domain"),)),
    ),
    Call(
        name="domain_unpause",
        family=DOMAIN,
        kind=HYPERCALL,
        summary="Undo domain_pause (idempotent).",
        numbers=domctl("XEN_DOMCTL_unpausedomain", 4),
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(_CONTROL + (code(EINVAL, "the target is the calling domain"),)),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

REASONS: tuple[Reason, ...] = (
    # reservation and physmap
    Reason("RESERVATION_NO_DOMAIN", "reservation: no such domain; nothing done"),
    Reason(
        "RESERVATION_NOT_PRIVILEGED",
        "reservation: the caller is not privileged for the domain; nothing done",
    ),
    Reason("RESERVATION_TOO_MANY", "reservation: too many extents; nothing done"),
    Reason("RESERVATION_ADDRESS_BITS", "reservation: address_bits 1..12; nothing done"),
    Reason("RESERVATION_ORDER", "reservation: extent order too large; nothing done"),
    Reason(
        "DECREASE_GUEST_SLEEPS",
        "decrease_reservation (4.2) by the domain itself, dropping paged gfns with the paging"
        " ring full: the vcpu sleeps in the hypercall for a slot (mem_event_wait_slot), a"
        " call that has not returned: not modelled",
    ),
    Reason(
        "DECREASE_ORDER_UNDEFINED",
        'decrease_reservation (4.2): extent order 31 or more: "1 << a->extent_order" is'
        " undefined behaviour in C (XSA-31 bounded the order)",
    ),
    Reason("RESERVATION_NO_MEMORY", "reservation: stopped at max_pages or host memory"),
    Reason("RESERVATION_REMOVE_FAILED", "reservation: stopped at a gfn that cannot be removed"),
    Reason(
        "RESERVATION_COPY_FAULT",
        "reservation: the extent list ends before nr_extents (a copy fault ends the op)",
    ),
    Reason("POPULATE_BEYOND_P2M", "populate: stopped at a gfn beyond the guest's address width"),
    Reason("REMOVE_NO_PAGE", "remove_from_physmap: no page at the gfn"),
    Reason("REMOVE_PINNED", "remove_from_physmap: the gfn is pinned"),
    Reason(
        "REMOVE_NOT_TRANSLATED",
        "remove_from_physmap: the domain is paravirtualised (4.17: -EACCES)",
    ),
    Reason("RESERVATION_PINNED", "reservation: stopped at an extent with a pinned gfn"),
    Reason(
        "REMOVE_XSM_DENIED",
        "remove_from_physmap: the XSM policy refuses; 4.2 answers EPERM",
    ),
    Reason(
        "REMOVE_FRAME_ORPHANED",
        "remove_from_physmap (4.2): the entry is cleared, the frame stays allocated to the"
        " domain, mapped nowhere",
    ),
    Reason(
        "REMOVE_SHARED_TUPLE_DROPPED",
        "remove_from_physmap: a shared gfn; its tuple was dropped",
    ),
    Reason(
        "REMOVE_SHARED_TUPLE_STALE",
        "remove_from_physmap (xen-4.2, xen-4.17): a shared gfn's entry is cleared; its rmap"
        " tuple and shr_pages stay (p2m_remove_page), a stale tuple in the domain's ledger",
    ),
    Reason(
        "DESTROY_DEAD_DOMAINS_FULL",
        "domain destruction: rmap tuples of the domain would outlive it (stale ones, which"
        " relinquish_shared_pages never sees, or in xen-4.2 the gfn shared at its p2m's"
        " high-water mark), and the engine already names the tuples of as many destroyed"
        " domains as it keeps: not modelled",
    ),
    Reason(
        "MAXIMUM_GPFN_PV",
        "maximum_gpfn: unsupported: a PV domain's p2m size is not modelled",
    ),
    Reason("GETINFO_NONE", "getinfo: no domain at or above that id"),
    Reason(
        "NOT_DM_PRIVILEGED",
        "gate: the caller is neither the control domain nor the target's device model"
        " (XSM_DM_PRIV)",
    ),
    Reason("SET_TARGET_NO_TARGET", "set_target: the target domain does not exist"),
    Reason(
        "SET_TARGET_TAKEN",
        "set_target: the domain would serve itself, or already serves another",
    ),
    Reason("HVM_PARAM_RANGE", "set_hvm_param: not below HVM_NR_PARAMS"),
    Reason("MEM_TYPE_UNKNOWN", "set_mem_type: unknown type"),
    Reason("MEM_TYPE_CANNOT_CHANGE", "set_mem_type: a gfn cannot take the type"),
    Reason(
        "MEM_TYPE_SHARED_NOMEM",
        "set_mem_type (4.2): a shared gfn could not be unshared (no memory for its copy)",
    ),
    Reason("MEM_TYPE_PAGING", "set_mem_type (4.2): the gfn is paged; a page-in was started"),
    Reason(
        "MEM_TYPE_OTHER_FRAME",
        "set_mem_type (4.2): an mmio_direct, grant, PoD or broken gfn in the range:"
        " p2m_change_type puts the new type over its frame (a device frame made RAM), or"
        " for a grant hits BUG_ON(p2m_is_grant(ot)), a host panic: not modelled",
    ),
    Reason("MMIO_IS_RAM", "memory_mapping: the frames are host RAM"),
    Reason("MMIO_NOT_HOLE", "memory_mapping: a gfn is not a hole"),
    Reason("MMIO_NOT_MAPPED", "memory_mapping: a gfn is not mmio_direct"),
    Reason(
        "MMIO_IOMEM_CAPS",
        "memory_mapping (4.2): a caller other than the control domain that an earlier"
        " memory_mapping gave I/O-memory rights: the engine keeps no iomem rangesets",
    ),
    Reason(
        "MMIO_MAP_COUNT_OVERFLOW",
        "memory_mapping (4.2): more than 2^31 - 1 frames: the loop's int counter overflows"
        " (undefined behaviour)",
    ),
    Reason(
        "MMIO_MAP_FRAME_TOO_WIDE",
        "memory_mapping (4.2): a frame the engine's 32-bit p2m entry cannot hold",
    ),
    Reason(
        "MMIO_MAP_OVER_SHARED",
        "memory_mapping (4.2): a shared gfn: set_mmio_p2m_entry overwrites the shared"
        " frame's M2P and leaves its rmap tuple",
    ),
    Reason(
        "MMIO_MAP_OVER_PAGED",
        "memory_mapping (4.2): a paged gfn without a frame: set_mmio_p2m_entry writes the"
        " M2P entry of frame 0xFFFFFFFFFF, out of the table (memory-unsafe)",
    ),
    Reason(
        "MMIO_MAP_HOST_RAM",
        "memory_mapping (4.2): a host RAM frame mapped mmio_direct (the control domain"
        " passes every check): the engine's paths over an mmio_direct entry assume no RAM"
        " frame behind it (a guest access would read it, decrease_reservation free it)",
    ),
    Reason("ASSIGN_NO_DOMAIN", "assign_device: no such domain, dying, or domain 0"),
    Reason(
        "ASSIGN_SHARING_OR_PAGING",
        "assign_device: sharing or paging is on and the domain has no IOMMU yet",
    ),
    Reason("ASSIGN_DEVICE_TAKEN", "assign_device: the device belongs to another domain"),
    Reason("ASSIGN_TABLE_FULL", "assign_device: the table of assigned devices is full"),
)
PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "REMOVE_PHYSMAP_SHARED",
        "remove_from_physmap_shared",
        "4.2 to 4.17 at least",
        (
            "remove_from_physmap on a shared gfn clears the p2m entry but leaves its rmap tuple "
            "and shr_pages (the frame leaks).  That is what 4.2 and 4.17 do (p2m_remove_page),"
            " and xen-4.2's and xen-4.17's behaviour, with the tuple in the domain's"
            " stale-tuple ledger; the bug is the stale tuple unrecorded (in xen-4.2 and"
            " xen-4.17) or at all (doc, which drops the tuple)"
        ),
    ),
)
