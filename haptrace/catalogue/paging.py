"""Memory paging calls (xc_mem_paging_*): reference section 3.

The seed documents only where paging is supported (x86_64 with HAP), so both profiles use
the 4.2 code's codes, except that the documentation's "EINVAL if the domain is dying" row of
the mem_event domctl (section 2.13) applies to the paging ring as to the sharing ring.
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import (
    HVM_HARDWARE_DOMAIN,
    NOT_X86_64,
    code,
    gfn,
    mem_event_domctl,
    mem_event_gate,
    memop,
    memop_target_gate,
    ring_setup_codes,
)
from .errnos import EBUSY, EFAULT, EINVAL, EMLINK, ENODEV, ENOENT, ENOMEM, ENOSYS
from .model import (
    DEEP,
    Arg,
    Call,
    Code,
    Family,
    Invariant,
    Kind,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)

PAGING = Family(
    "paging", "memory paging: the pager's nominate, evict, prep and load", order=2, fuzz_weight=4
)
HYPERCALL = Kind.HYPERCALL


def domain_id() -> Arg:
    return Arg("domain_id", 16, "the target domain", uses=Resource.DOMAIN)


def _paging_memop(sub_name: str, sub: int) -> Numbers:
    return memop("XENMEM_paging_op", 20, sub_name, sub)


NO_MEM_PAGING = code(ENOSYS, "the hypervisor is built without CONFIG_MEM_PAGING (host option)")


def _memop_codes(
    extra: tuple[Code, ...], extra_4_17: tuple[Code, ...] | None = None
) -> dict[str, tuple[Code, ...]]:
    gate = (NOT_X86_64, *memop_target_gate(), code(ENODEV, "the domain has no paging ring"))
    gate_4_17 = (NOT_X86_64, NO_MEM_PAGING, *gate[1:])
    tail_4_17 = extra if extra_4_17 is None else extra_4_17
    return {"doc": gate + extra, "xen-4.2": gate + extra, "xen-4.17": gate_4_17 + tail_4_17}


def _enable_codes(profile: str) -> tuple[Code, ...]:
    return (
        mem_event_gate(profile)
        + ((NO_MEM_PAGING, HVM_HARDWARE_DOMAIN) if profile == "xen-4.17" else ())
        + (
            code(ENODEV, "the domain does not use HAP"),
            code(EMLINK, "the domain has a PCI device assigned (it needs the IOMMU)"),
            code(EBUSY, "the paging ring has already been enabled"),
        )
        + ring_setup_codes("HVM_PARAM_PAGING_RING_PFN", profile)
    )


def _disable_codes(profile: str) -> tuple[Code, ...]:
    return mem_event_gate(profile) + (
        code(EINVAL, "the paging ring was not enabled"),
        code(EBUSY, "vcpus are still waiting for a free slot on the ring"),
    )


_LOAD_NOMEM = code(
    ENOMEM,
    "no frame can be allocated for the domain (max_pages reached or the host is out of memory)",
)
_LOAD_FAULT = code(EFAULT, "copying from the buffer failed (fault site copy)")
_NOT_PAGING_TYPE = code(
    ENOENT,
    "the gfn is neither paged out nor being paged in (p2m type not ram_paged or ram_paging_in)",
)

CALLS: tuple[Call, ...] = (
    Call(
        name="mem_paging_enable",
        family=PAGING,
        kind=HYPERCALL,
        summary="Create the paging ring on which Xen posts page-in requests.",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_PAGING", 1, "XEN_DOMCTL_MEM_EVENT_OP_PAGING_ENABLE", 0
        ),
        args=(domain_id(),),
        outputs=(
            Output("port", 32, "the ring's event-channel port in the domain", makes=Resource.PORT),
        ),
        returns=Returns.STATUS,
        codes={p: _enable_codes(p) for p in PROFILES},
    ),
    Call(
        name="mem_paging_disable",
        family=PAGING,
        kind=HYPERCALL,
        summary="Tear down the paging ring; paged-out gfns stay paged out.",
        numbers=mem_event_domctl(
            "XEN_DOMCTL_MEM_EVENT_OP_PAGING", 1, "XEN_DOMCTL_MEM_EVENT_OP_PAGING_DISABLE", 1
        ),
        args=(domain_id(),),
        outputs=(),
        returns=Returns.STATUS,
        codes={p: _disable_codes(p) for p in PROFILES},
    ),
    Call(
        name="mem_paging_nominate",
        family=PAGING,
        kind=HYPERCALL,
        summary="Mark a gfn for eviction (p2m type ram_paging_out); every access now faults.",
        numbers=_paging_memop("XENMEM_paging_op_nominate", 0),
        args=(domain_id(), gfn()),
        outputs=(),
        returns=Returns.STATUS,
        codes=_memop_codes(
            (
                code(EBUSY, "the gfn has no frame (a hole, or already paged out)"),
                code(EBUSY, "the gfn is not pageable (p2m type not ram_rw or ram_logdirty)"),
                code(
                    EBUSY, "the page has extra references (a foreign or grant mapping, or a ring)"
                ),
            )
        ),
    ),
    Call(
        name="mem_paging_evict",
        family=PAGING,
        kind=HYPERCALL,
        summary="Free the frame of a nominated gfn (p2m type ram_paged, no frame).",
        numbers=_paging_memop("XENMEM_paging_op_evict", 1),
        args=(domain_id(), gfn()),
        outputs=(),
        returns=Returns.STATUS,
        codes=_memop_codes(
            (
                code(EBUSY, "the gfn has no frame"),
                code(EBUSY, "the gfn is not ram_paging_out (never nominated, or accessed since)"),
                code(EBUSY, "the page has extra references"),
            )
        ),
    ),
    Call(
        name="mem_paging_prep",
        family=PAGING,
        kind=HYPERCALL,
        summary="Finish a page-in whose frame is still present (no buffer).",
        numbers=_paging_memop("XENMEM_paging_op_prep", 2),
        args=(domain_id(), gfn()),
        outputs=(),
        returns=Returns.STATUS,
        codes=_memop_codes(
            (
                _NOT_PAGING_TYPE,
                code(EINVAL, "the gfn has no frame and no buffer was given"),
            )
        ),
    ),
    Call(
        name="mem_paging_load",
        family=PAGING,
        kind=HYPERCALL,
        summary="Page a gfn back in from the pager's buffer (prep with a buffer).",
        numbers=_paging_memop("XENMEM_paging_op_prep", 2),
        args=(
            domain_id(),
            gfn(),
            Arg(
                "buffer",
                64,
                "address of the pager's page buffer; the emulator takes"
                " bits 12 and up as the page's content",
                hex=True,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_memop_codes(
            (
                _NOT_PAGING_TYPE,
                code(EINVAL, "the buffer is NULL or not page-aligned (libxc)"),
                _LOAD_NOMEM,
                _LOAD_FAULT,
            ),
            # 4.17's libxc checks only for NULL (xc_mem_paging_load)
            (
                _NOT_PAGING_TYPE,
                code(EINVAL, "the buffer is NULL (libxc)"),
                _LOAD_NOMEM,
                _LOAD_FAULT,
            ),
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

REASONS: tuple[Reason, ...] = (
    # paging
    Reason(
        "PAGING_PASSTHROUGH",
        "paging: the domain has a PCI device assigned (it needs the IOMMU)",
    ),
    Reason("PAGING_NO_RING", "paging: the domain has no paging ring"),
    Reason("PAGING_NO_FRAME", "paging: the gfn has no frame"),
    Reason("PAGING_NOT_PAGEABLE", "paging: the p2m type is not pageable"),
    Reason("PAGING_REFERENCED", "paging: the page has extra references"),
    Reason("PAGING_NOT_NOMINATED", "evict: the gfn is not ram_paging_out"),
    Reason("PREP_NOT_PAGING", "prep: the gfn is neither paged nor being paged in"),
    Reason(
        "PREP_FRAME_PRESENT",
        "prep: the frame was still present; page-in finished without a copy",
    ),
    Reason("PREP_NO_BUFFER", "prep: the gfn has no frame and no buffer was given"),
    Reason("PREP_NO_MEMORY", "prep: no frame can be allocated for the domain"),
    Reason("PREP_COPY_FAILED", "prep: copying from the buffer failed (injected)"),
    Reason("LOAD_NULL_BUFFER", "load: the buffer is NULL (libxc)"),
    Reason("LOAD_UNALIGNED_BUFFER", "load: the buffer is not page-aligned (libxc)"),
)
INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "PAGED_FRAME",
        "paging.11",
        "a ram_paged gfn has no frame; a ram_paging_out gfn has a frame owned by its domain",
    ),
    Invariant(
        "PAGED_PAGES",
        "paging.12",
        "paged_pages(d) == ram_paged gfns of d + ram_paging_in gfns of d without a frame",
    ),
    Invariant(
        "PAGING_TRANSITION",
        "paging.13",
        (
            "paging nominate succeeds only on a pageable gfn with no extra references, evict only"
            " on a nominated gfn with none"
        ),
    ),
)
PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "PAGED_DROP_DRIFT",
        "paged_drop_drift",
        "the code 58fdfc4602 (2012) left in 4.2.0 (p2m.c L999-1008)",
        (
            "dropping a paged gfn when the paging ring has no free slot skips the paged_pages "
            "decrement (doc); in xen-4.2, where that skip is the profile's behaviour, the "
            "drift goes unrecorded in the domain's drift ledger"
        ),
    ),
    PlantedBug(
        "PHYSMAP_ADD_PAGING_IN_OOB",
        "physmap_add_paging_in_oob",
        "Xen 4.2.0 guest_physmap_add_entry (arch/x86/mm/p2m.c L604-608; the ASSERT(mfn_valid)"
        " there catches it only in debug builds)",
        (
            "populate_physmap onto a paging_in gfn without a frame takes guest_physmap_add_entry's"
            " RAM branch and invalidates the M2P of its clipped mfn 0xFFFFFFFFFF, a write far past"
            " machine_to_phys_mapping (p2m.c, RELEASE-4.2.0, L604-608; asm-x86/mm.h"
            " _set_gpfn_from_mfn L518-524); the engine reports the write instead of making it"
        ),
    ),
    PlantedBug(
        "PAGING_RESUME_UNPREPARED",
        "paging_resume_unprepared",
        "modelled on 6b54b24f37 (2011, 'xenpaging: check p2mt in p2m_mem_paging functions';"
        " 4.2 p2m_mem_paging_resume keeps its 'mfn_valid(mfn) && p2mt == p2m_ram_paging_in'"
        " test)",
        "p2m_mem_paging_resume makes the gfn of every paging response ram_rw without checking"
        " that it was prepared: a response for a gfn whose page-in started (a guest touched it)"
        " but was never prepped leaves a RAM entry without a frame.  Deep: a guest touches a"
        " paged-out gfn, the pager answers that gfn's request without prep or load, then kicks"
        " the ring",
        DEEP,
    ),
)
