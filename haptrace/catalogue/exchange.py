"""XENMEM_exchange, and seed 004's XENMEM_exchange_and_pin and XENMEM_unpin; reference
xen-semantics section 8.

An exchange swaps a domain's input extents for newly allocated output extents, a chunk at
a time (a chunk is max(in order, out order) pages): the inputs are stolen, the outputs
allocated, then the inputs freed and the outputs mapped at the gpfns the out list names
(a paravirtualised target gets their machine frames written back).  nr_exchanged, in the
struct's header, says how many input extents were exchanged, on failure too.

Both profiles follow 4.2.1 (d28573565f's range checks, the MAX_ORDER check, and
rcu_lock_target_domain_by_id) with the later fix of XSA-212 (subrange checks); 4.2.0's
flaws are planted bugs.  exchange_and_pin and unpin exist in the ``doc`` profile only, as
the seed proposes them (never merged; numbered 26 and 27 there, unpin's number an
assumption): pinned gfns keep their machine frame until unpinned, and the engine's own
rules (docs/profiles.md) say what refuses them.  In xen-4.2 ops 26 and 27 are unknown
(ENOSYS).
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import code, domid, memop
from .errnos import EFAULT, EINVAL, ENOMEM, ENOSYS, EPERM, ESRCH
from .model import (
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    Field,
    HostOption,
    Invariant,
    Kind,
    ListArg,
    PlantedBug,
    Reason,
    Resource,
    Returns,
    scalar_list,
)

EXCHANGE = Family(
    "exchange",
    "XENMEM_exchange, and the proposed exchange_and_pin and unpin",
    order=12,
    fuzz_weight=2,
)
FAMILIES = (EXCHANGE,)
HYPERCALL = Kind.HYPERCALL

HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption(
        "exchange_and_pin",
        "the hypervisor has seed 004's exchange_and_pin and unpin (doc profile); without"
        " them they answer ENOSYS, as the seed says of a hypervisor that lacks them",
        default=1,
    ),
)

# ---- arguments --------------------------------------------------------------------------------

_HEADER = ListArg(
    "exchange",
    "the struct's scalar fields (xen_memory_exchange; in.mem_flags is ignored): Xen writes"
    " nr_exchanged back, on failure too",
    (
        Field("in_domid", 16, "in.domid", uses=Resource.DOMAIN),
        Field("out_domid", 16, "out.domid (must equal in.domid)", uses=Resource.DOMAIN),
        Field("in_order", 32, "in.extent_order", default=0),
        Field("out_order", 32, "out.extent_order", default=0),
        Field(
            "out_mem_flags",
            32,
            "out.mem_flags: address_bits in bits 0-7 (0: any), the node in 8-15 (ignored: one"
            " node)",
            hex=True,
            # alloc_heap_pages refuses bits <= PAGE_SHIFT + 1 (bits_to_zone leaves no zone:
            # common/page_alloc.c, RELEASE-4.2.0): 14 is the first limit with frames below.
            boundary=14,
        ),
        Field(
            "nr_exchanged", 64, "input extents done: 0 at first, the resume point after", default=0
        ),
    ),
    length=1,
    direction=Direction.INOUT,
    max_length=1,
)
_EXCHANGE_ARGS = (
    _HEADER,
    Arg("nr_in", 64, "in.nr_extents"),
    scalar_list(
        "in_extents",
        64,
        "in.extent_start: the first gfn of each input extent",
        length="nr_in",
        uses=Resource.GFN,
        hex=True,
    ),
    Arg("nr_out", 64, "out.nr_extents"),
    scalar_list(
        "out_extents",
        64,
        "out.extent_start: the gpfn for each output extent; Xen writes the extent's first"
        " machine frame back (for a paravirtualised target; for every target when pinning)",
        length="nr_out",
        direction=Direction.INOUT,
        makes=Resource.MFN,
        hex=True,
    ),
)

# ---- codes --------------------------------------------------------------------------------------

_SANITY = code(
    EINVAL,
    "nr_exchanged is above nr_in, the in and out domids differ (DOMID_SELF and a number"
    " count as different), an order is above 18, nr << order overflows, or the in and out"
    " extents do not cover the same number of pages",
)
_RANGES = code(
    EFAULT,
    "a list does not hold the extents from nr_exchanged on (guest_handle_subrange_okay)",
)
_TARGET = (
    code(
        EPERM,
        "an order is above 9 and the caller has no I/O capabilities (only the control"
        " domain has them)",
    ),
    code(ESRCH, "the domain does not exist"),
    code(
        EPERM,
        "the caller is not privileged for the domain (a guest naming itself by its id too)",
    ),
)
_PAGES = (
    code(
        ENOMEM,
        "an input gfn is shared and cannot be unshared (the ENOMEM is posted on the sharing"
        " ring); earlier chunks stay exchanged",
    ),
    code(
        EINVAL,
        "an input gfn has no page (a hole, paged out, MMIO, beyond the p2m); earlier chunks"
        " stay exchanged",
    ),
    code(
        EINVAL,
        "an input page cannot be stolen: it is referenced beyond its allocation (a foreign"
        " or grant mapping, a ring, a pin) or listed twice in a chunk",
    ),
    code(
        ENOMEM,
        "no free host frames for a chunk's outputs (aligned extents, below out.address_bits:"
        " address_bits 1 to 13 leave none)",
    ),
)


def _exchange_codes() -> tuple[Code, ...]:
    return (_SANITY, _RANGES, *_TARGET, *_PAGES)


_PIN_UNSUPPORTED = code(
    ENOSYS,
    "the hypervisor does not implement it (host option exchange_and_pin is 0)",
)
_UNKNOWN_42 = code(ENOSYS, "4.2 has no such memory_op (do_memory_op's default: -ENOSYS)")

CALLS: tuple[Call, ...] = (
    Call(
        name="memory_exchange",
        family=EXCHANGE,
        kind=HYPERCALL,
        summary="XENMEM_exchange: exchange input extents of a domain for new output extents,"
        " chunk by chunk; nr_exchanged counts the input extents of the completed chunks (on"
        " failure, the rest are untouched).  The domain's page count never changes.",
        numbers=memop("XENMEM_exchange", 11),
        args=_EXCHANGE_ARGS,
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={profile: _exchange_codes() for profile in PROFILES},
    ),
    Call(
        name="memory_exchange_and_pin",
        family=EXCHANGE,
        kind=HYPERCALL,
        summary="Seed 004's XENMEM_exchange_and_pin: an exchange whose outputs are pinned"
        " (their p2m mapping does not change until unpinned) and whose machine frames are"
        " written back for every domain, translated or not.  Only ordinary read-write guest"
        " memory can be exchanged and pinned.",
        numbers=memop("XENMEM_exchange_and_pin", 26),
        args=_EXCHANGE_ARGS,
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            "doc": (
                _PIN_UNSUPPORTED,
                *_exchange_codes(),
                code(EINVAL, "an input page is already pinned (the seed's EINVAL)"),
                code(
                    EINVAL,
                    "an input page is not ordinary read-write RAM (read-only, paged, a hole)",
                ),
                code(
                    EFAULT,
                    "an internal error: the physical-to-machine walk fails (fault site copy),"
                    " or no room is left to record the pins (4096 pinned pages in all)",
                ),
            ),
            "xen-4.2": (_UNKNOWN_42,),
            "xen-4.17": (),
        },
    ),
    Call(
        name="memory_unpin",
        family=EXCHANGE,
        kind=HYPERCALL,
        summary="Seed 004's XENMEM_unpin (struct xen_unpin: an extent list): unpin every page"
        " of the extents, or none if any is not pinned.",
        numbers=memop("XENMEM_unpin", 27),
        args=(
            domid(),
            Arg("nr_extents", 64, "in.nr_extents"),
            Arg("extent_order", 32, "in.extent_order", default=0),
            scalar_list(
                "extent_start",
                64,
                "in.extent_start: the first gfn of each extent",
                length="nr_extents",
                uses=Resource.GFN,
                hex=True,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            "doc": (
                _PIN_UNSUPPORTED,
                code(EINVAL, "the order is above 18, or nr_extents << order overflows"),
                code(EFAULT, "the list is shorter than nr_extents"),
                code(ESRCH, "the domain does not exist"),
                code(EPERM, "the caller is not privileged for the domain"),
                code(EINVAL, "a page of the extents is not pinned (nothing is unpinned)"),
            ),
            "xen-4.2": (_UNKNOWN_42,),
            "xen-4.17": (),
        },
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("EXCH_PROGRESS_BAD", "exchange: nr_exchanged is above nr_in"),
    Reason("EXCH_DOMIDS", "exchange: the in and out domids differ"),
    Reason("EXCH_ORDER", "exchange: an extent order is above MAX_ORDER (18)"),
    Reason("EXCH_OVERFLOW", "exchange: nr << order overflows"),
    Reason("EXCH_SIZES", "exchange: in and out cover different numbers of pages"),
    Reason("EXCH_LIST_RANGE", "exchange: a list does not hold the extents still to do"),
    Reason("EXCH_MULTIPAGE", "exchange: an order above 9 without I/O capabilities"),
    Reason(
        "EXCH_MISSING_DOMAIN_OK",
        "exchange: no such domain, and 4.2.0 returns 0 doing nothing (79e6ef8c0c)",
    ),
    Reason("EXCH_SHARED_NOMEM", "exchange: an input gfn is shared and cannot be unshared"),
    Reason("EXCH_NO_PAGE", "exchange: an input gfn has no page"),
    Reason("EXCH_STEAL", "exchange: an input page cannot be stolen"),
    Reason("EXCH_ALLOC", "exchange: no free host frames for the chunk's outputs"),
    Reason("EXCH_COPY_FAULT", "exchange: a list access faulted"),
    Reason("PIN_UNSUPPORTED", "pin: the hypervisor does not implement exchange_and_pin"),
    Reason(
        "MEMOP_OTHER_CALL_4_17",
        "pin: memory_op 26/27 are XENMEM_get_vnumainfo / reserved_device_memory_map in 4.17,"
        " calls the engine does not model",
    ),
    Reason("PIN_ALREADY", "pin: an input page is already pinned"),
    Reason("PIN_NOT_RW", "pin: an input page is not ordinary read-write RAM"),
    Reason("PIN_INTERNAL", "pin: an internal error (the p2m walk, or no room for the pins)"),
    Reason("PIN_NOT_PINNED", "unpin: a page is not pinned"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "EXCH",
        "exchange.1",
        "an exchange conserves the domain's pages (tot_pages + shr_pages: an input's unshare"
        " moves a page from one to the other) and frees exactly what it maps anew; it"
        " succeeds only having exchanged every input extent, and a failure reports either"
        " the nr_exchanged it was given or fewer than nr_in",
    ),
    Invariant(
        "PIN",
        "pin.1",
        "pinned gfns keep their mfn: each pin's gfn still maps the machine frame it was"
        " pinned with, a private RAM frame of its domain that carries the pin's reference,"
        " and the p2m's pin marks and the pins agree",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "EXCHANGE_MISSING_DOMAIN_OK",
        "exchange_missing_domain_ok",
        "4.2.0; fixed by 79e6ef8c0c (4.3)",
        "an exchange naming a domain that does not exist returns 0 doing nothing",
    ),
    PlantedBug(
        "EXCHANGE_UNCHECKED_LISTS",
        "exchange_unchecked_lists",
        "XSA-29 (CVE-2012-5513): fixed by d28573565f (4.2.1)",
        "the extent lists are not range-checked and are read and written with unchecked"
        " accessors: a paravirtualised caller makes Xen access memory past its lists",
    ),
    PlantedBug(
        "EXCHANGE_RESUME_INDEX_UNCHECKED",
        "exchange_resume_index_unchecked",
        "XSA-212 (CVE-2017-7228): fixed by 938fd2586e (4.9; 4.3 to 4.8)",
        "the range check covers the lists from their start, not from nr_exchanged: a"
        " paravirtualised caller's resume index jumps past its lists into Xen's memory",
    ),
    PlantedBug(
        "EXCHANGE_FAIL_FREES_STOLEN",
        "exchange_fail_frees_stolen",
        "modelled on XSA-159 (CVE-2015-8339, eedecb3cf0; 2633d57c3a in 4.6.1: memory_exchange's"
        " fail path, whose reassignment of the stolen input pages could fail and free them)",
        "a chunk that fails after its input pages were stolen (its output allocation, or"
        " exchange_and_pin's pin bookkeeping) frees them instead of giving them back, when"
        " an earlier chunk of the same call completed: the guest's p2m still maps frames"
        " that are free.  Planted for the deep tier (a multi-extent exchange whose first"
        " chunk takes the last free frame below out.address_bits and whose second finds"
        " none), it is shallow: random inputs found it in both of two 300 s trials (256.9 s,"
        " 5.1 s: bench_fuzz.py --arms random --trials 2), each through exchange_and_pin's"
        " pin bookkeeping failing after a first chunk, which needs no address limit.  Its"
        " findings could not be minimised before the fuzzer handed back in-out lists as"
        " given (the written-back resume point made every finding an unminimised one)",
    ),
)
