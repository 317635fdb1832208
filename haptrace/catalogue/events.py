"""Environment events: what guests, helpers (pagers, sharing and access listeners) and the
toolstack do to the machine that the documented return codes depend on.

They are not libxc calls, so their codes are the emulator's own, documented here; the same
in both profiles.  Some have a real hypercall behind them (set_hvm_param, assign_device) and
name it, but are modelled only as far as the calls above need.
"""

from __future__ import annotations

from .common import XSM_DENIED, code, domctl, domid, gfn, gref, hvm_op, number
from .errnos import (
    EACCES,
    EAGAIN,
    EBUSY,
    EEXIST,
    EFAULT,
    EINVAL,
    ENODATA,
    ENODEV,
    ENOENT,
    ENOMEM,
    ENOSPC,
    EPERM,
    ESRCH,
    EXDEV,
)
from .memory import DOMAIN
from .model import Arg, Call, Code, Family, Kind, Output, PlantedBug, Reason, Resource, Returns

EVENT = Kind.EVENT
GUEST = Family(
    "guest", "what guests do: reads, writes, foreign and grant mappings", order=6, fuzz_weight=4
)
RING = Family(
    "ring",
    "the helper's side of the mem_event rings and their event channels",
    order=7,
    fuzz_weight=3,
)
# One call (inject_fault): weight 4 makes it 0.8% of the calls; each failure site's path
# needs one before the call that passes through it.
FAULT = Family("fault", "injected internal failures of the hypervisor", order=8, fuzz_weight=4)


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


# XEN_DOMCTL_memory_mapping's codes in doc and xen-4.17 (xen-4.2's are RELEASE-4.2.0's,
# at the call).
_MEMORY_MAPPING_CODES = (
    code(ESRCH, "the domain does not exist"),
    code(
        EINVAL,
        "the domain is paravirtualised or dying, the range wraps, or more than 64 frames; in"
        " xen-4.17 also nr_mfns 0 with first_mfn not 0, checked before the domain is looked"
        " up (as RELEASE-4.2.0's arch/x86/domctl.c L834-836)",
    ),
    code(
        EPERM,
        "the frames are host RAM, not I/O memory; in xen-4.17 also a caller other than the"
        " control domain, before the domain is looked up (as RELEASE-4.2.0's"
        " common/domctl.c L255-269, arch/x86/domctl.c L838-841)",
    ),
    code(
        EBUSY,
        "a gfn in the range is not a hole (mapping) or not mmio_direct (unmapping); gfns"
        " before it were changed",
    ),
)


def _vcpu() -> Arg:
    return Arg("vcpu", 32, "the guest vcpu that makes the access", default=0)


def _mapping(name: str = "mapping") -> Arg:
    return Arg(name, 32, "a mapping made by foreign_map or grant_map", uses=Resource.MAPPING)


def _ring() -> Arg:
    return Arg("ring", 32, "the ring kind", enum="ring")


_GUEST = (
    code(ESRCH, "the domain does not exist"),
    code(EINVAL, "the domain is paravirtualised, is dying, or the vcpu is out of range"),
    code(
        EBUSY,
        "the vcpu cannot run: the domain is paused, or shut down (crashed included), or"
        " the vcpu is paused waiting on a ring",
    ),
    code(EFAULT, "no RAM is mapped at the gfn (a hole, MMIO, or beyond the p2m)"),
    code(
        EAGAIN,
        "the vcpu is now paused: a request is on a ring (page-in, access"
        " violation) or the vcpu waits for a free ring slot; or (xen-4.2) the gfn is being"
        " paged in: a spurious fault, nothing is put and the vcpu retries, not paused"
        " (hvm_hap_nested_page_fault, hvm.c L1375-1404)",
    ),
    code(ENOENT, "the gfn is paged out and the domain has no paging ring: the domain was crashed"),
    code(
        EACCES,
        "an access violation with no access ring while access_required is set: the domain"
        " was crashed",
    ),
)
_RING_HELPER = (
    code(ESRCH, "the domain does not exist"),
    code(EINVAL, "ring is not a ring kind"),
    code(ENODEV, "the domain has no ring of that kind"),
)
# A response's fields, as ring_put_response and ring_put_response_versioned take them.
# A response put by the helper, with or without its version field.
_RESPONSE_CODES = _both(_RING_HELPER + (code(ENOSPC, "the response ring is full"),))
_RESPONSE_ARGS = (
    domid(),
    _ring(),
    gfn(),
    Arg("vcpu_id", 32, "the vcpu to unpause if flags has vcpu_paused"),
    Arg("flags", 32, "ring_flags bits", enum="ring_flags"),
)

CALLS: tuple[Call, ...] = (
    Call(
        name="domain_create",
        family=DOMAIN,
        kind=EVENT,
        summary="Create a domain whose first `pages` gfns are populated (the toolstack's"
        " domain build).",
        args=(
            Arg("domid", 16, "the new domain's id (1 to 0x7fef)", makes=Resource.DOMAIN),
            number("pages", 64, "gfns 0..pages-1 are populated"),
            number("max_pages", 64, "the allocation limit; 0 means `pages`", default=0),
            number(
                "p2m_size",
                64,
                "the guest physical address width, in gfns; 0 means twice `pages` (at least 64)",
                default=0,
            ),
            number("vcpus", 32, "the number of vcpus (0 to 8)", default=1),
            Arg("flags", 32, "domain_flags bits (default: HAP)", enum="domain_flags", default=1),
            number(
                "max_grant_frames",
                32,
                "the grant table's frame limit, 1 to 64 (0: 32, 4.2's only limit; 4.2 takes"
                " no other)",
                default=0,
            ),
            number(
                "vmtrace_frames",
                32,
                "each vcpu's processor-trace buffer in frames: 0, or a power of two up to"
                " 16384 on an HVM domain of an Intel host (not in 4.2)",
                default=0,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(EEXIST, "a domain with that id exists"),
                code(
                    EINVAL,
                    "the id is 0 or reserved, pages exceed p2m_size, max_pages is"
                    " below pages, more than 8 vcpus, or unknown flags",
                ),
                code(
                    EINVAL,
                    "max_grant_frames is above 64 (or given at all in xen-4.2), or vmtrace_frames"
                    " is not a power of two up to 16384, is asked of a paravirtualised domain"
                    " or a host without Intel PT, or of xen-4.2",
                ),
                code(
                    ENOMEM,
                    "no free domain slot, no room in the p2m arena, or too few free host frames"
                    " (for the pages and the vcpus' trace buffers, each one aligned block)",
                ),
            )
        ),
    ),
    Call(
        name="domain_destroy",
        family=DOMAIN,
        kind=EVENT,
        summary="Destroy a domain: relinquish its shared pages, drop paged gfns, free its"
        " frames and tear its rings down.  Frames still mapped by others keep it dying"
        " until they are unmapped.",
        args=(domid(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain is domain 0, or is already dying"),
            )
        ),
    ),
    Call(
        name="caller_privilege",
        family=DOMAIN,
        kind=EVENT,
        summary="Set how far the toolstack may act on a domain (IS_PRIV_FOR and the XSM policy).",
        args=(domid(), Arg("level", 32, "the privilege level", enum="privilege")),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain is domain 0, or level is not a privilege level"),
            )
        ),
    ),
    Call(
        name="set_hvm_param",
        family=DOMAIN,
        kind=EVENT,
        summary="Set an HVM parameter (the ring gfns are params 27, 28 and 29).",
        numbers=hvm_op("HVMOP_set_param", 0),
        args=(
            Arg("dom", 16, "the target domain", uses=Resource.DOMAIN),
            Arg("param", 32, "the parameter index", enum="hvm_param"),
            Arg("value", 64, "the new value", hex=True),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EPERM, "the caller is not privileged for the domain"),
                code(
                    EINVAL,
                    "the domain is not an HVM guest, or param is not below HVM_NR_PARAMS (30"
                    " in 4.2, public/hvm/params.h L150)",
                ),
                XSM_DENIED,
            )
        ),
    ),
    Call(
        name="assign_device",
        family=DOMAIN,
        kind=EVENT,
        summary="Assign a PCI device to a domain for passthrough (the domain then needs the"
        " IOMMU).",
        numbers=domctl("XEN_DOMCTL_assign_device", 37),
        args=(domid(), Arg("machine_bdf", 32, "the device's PCI segment/bus/device/fn", hex=True)),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(EINVAL, "the domain does not exist, is dying, or is domain 0"),
                code(EPERM, "the caller is not privileged for the domain"),
                XSM_DENIED,
                code(
                    EXDEV,
                    "the domain does not use the IOMMU yet and has sharing enabled"
                    " or a paging ring",
                ),
                code(ENODEV, "the device is not dom0's to give (assigned to another domain)"),
                code(ENOSPC, "the host's table of assigned devices (32) is full"),
            )
        ),
    ),
    Call(
        name="hvm_set_mem_type",
        family=DOMAIN,
        kind=EVENT,
        summary="Change gfns between ram_rw and ram_ro, or mark holes as emulated MMIO (mmio_dm).",
        numbers=hvm_op("HVMOP_set_mem_type", 8),
        args=(
            Arg("dom", 16, "the target domain", uses=Resource.DOMAIN),
            Arg("mem_type", 32, "the new type", enum="mem_type"),
            Arg("first_pfn", 64, "the first gfn", uses=Resource.GFN, hex=True),
            number("nr", 64, "the number of gfns"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(
                    EPERM,
                    "the target is the calling domain, or the caller is not privileged for it",
                ),
                code(EINVAL, "the domain is not an HVM guest"),
                XSM_DENIED,
                code(
                    EINVAL,
                    "the range wraps or ends beyond the highest mapped gfn, or mem_type is unknown",
                ),
                code(
                    EINVAL,
                    "a gfn cannot take the type (paged, shared, or RAM made"
                    " mmio_dm); gfns before it were changed.  In xen-4.2 (do_hvm_op,"
                    " hvm.c L4117-4158): a shared gfn is unshared and changed (EINVAL only"
                    " when its copy cannot be allocated), a paged one starts a page-in,"
                    " holes stay holes without failing, and RAM becomes ram_rw (never"
                    " logdirty) with the default access",
                ),
            )
        ),
    ),
    Call(
        name="shadow_logdirty",
        family=DOMAIN,
        kind=EVENT,
        summary="Turn log-dirty mode on or off: every ram_rw gfn becomes ram_logdirty, and back.",
        args=(domid(), number("enable", 32, "non-zero turns log-dirty mode on")),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain is paravirtualised or dying"),
            )
        ),
    ),
    Call(
        name="domain_memory_mapping",
        family=DOMAIN,
        kind=EVENT,
        summary="Map (or unmap) device MMIO frames at holes of a domain (p2m mmio_direct).",
        numbers=domctl("XEN_DOMCTL_memory_mapping", 39),
        args=(
            domid(),
            Arg("first_gfn", 64, "the first gfn", uses=Resource.GFN, hex=True),
            Arg("first_mfn", 64, "the first MMIO frame (beyond host RAM)", hex=True),
            number("nr_mfns", 64, "the number of frames"),
            number("add_mapping", 32, "non-zero maps, zero unmaps"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            "doc": _MEMORY_MAPPING_CODES,
            "xen-4.17": _MEMORY_MAPPING_CODES,
            # XEN_DOMCTL_memory_mapping, arch/x86/domctl.c, RELEASE-4.2.0, L825-875: no
            # HVM, dying, count, hole or RAM-frame check; set_mmio_p2m_entry's and
            # clear_mmio_p2m_entry's results are ignored.
            "xen-4.2": (
                code(
                    EPERM,
                    "the caller is not the control domain: not the domain's device model"
                    " (common/domctl.c L255-269), or without I/O-memory rights over the"
                    " frames (arch/x86/domctl.c L838-841)",
                ),
                code(
                    EINVAL,
                    "the frame range wraps: nr_mfns 0 with first_mfn not 0 included"
                    " (L834-836); checked before the domain is looked up",
                ),
                code(ESRCH, "the domain does not exist"),
                XSM_DENIED,
            ),
        },
    ),
    Call(
        name="guest_read",
        family=GUEST,
        kind=EVENT,
        summary="A guest vcpu reads a gfn (paged gfns are paged in; access rights checked).",
        args=(domid(), gfn(), _vcpu()),
        outputs=(Output("value", 32, "the content token read", hex=True),),
        returns=Returns.STATUS,
        codes=_both(_GUEST),
    ),
    Call(
        name="guest_write",
        family=GUEST,
        kind=EVENT,
        summary="A guest vcpu writes a gfn: a shared gfn is unshared (copy-on-write), which"
        " invalidates the handle of a frame that had one tuple.",
        args=(
            domid(),
            gfn(),
            Arg("value", 32, "the content token written", default=0, hex=True),
            _vcpu(),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            _GUEST
            + (
                code(
                    ENOMEM,
                    "unsharing needs a new page and none can be allocated: with a"
                    " sharing ring the vcpu is paused and notified, without one the"
                    " domain was crashed; in xen-4.17 a full ring drops the"
                    " notification and the vcpu is not paused",
                ),
            )
        ),
    ),
    Call(
        name="guest_exec",
        family=GUEST,
        kind=EVENT,
        summary="A guest vcpu fetches an instruction from a gfn (xen-access's exec mode): the"
        " fault path of a read with access type x (hvm_hap_nested_page_fault's access_x,"
        " RELEASE-4.2.0 hvm.c L1315-1343; npfec.insn_fetch, RELEASE-4.17.0 hvm.c"
        " L1841-1870): the entry's access must allow x, rx2rw lets it through unchanged, a"
        " shared gfn is not unshared, a paged gfn is paged in.",
        args=(domid(), gfn(), _vcpu()),
        outputs=(Output("value", 32, "the content token fetched", hex=True),),
        returns=Returns.STATUS,
        codes=_both(_GUEST),
    ),
    Call(
        name="foreign_map",
        family=GUEST,
        kind=EVENT,
        summary="The toolstack or a device model maps a guest gfn (xc_map_foreign_range);"
        " the mapping holds a page reference, a writable one also unshares.",
        args=(domid(), gfn(), number("writable", 32, "non-zero maps writable")),
        outputs=(Output("mapping", 32, "the mapping", makes=Resource.MAPPING),),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(
                    EINVAL, "the domain is paravirtualised or dying, or no RAM is mapped at the gfn"
                ),
                code(
                    ENOENT,
                    "the gfn is paged out or being paged in (a page-in is started); in"
                    " xen-4.2 only ram_paged starts one, paging_in without a frame fails"
                    " without, and paging_out or paging_in with its frame is mapped"
                    " (do_mmu_update, mm.c L3567-3586)",
                ),
                code(
                    ENOMEM,
                    "a writable mapping of a shared gfn needs a private copy and"
                    " none can be allocated",
                ),
                code(ENOSPC, "no free mapping slot, or the page's reference count is at its limit"),
            )
        ),
    ),
    Call(
        name="foreign_unmap",
        family=GUEST,
        kind=EVENT,
        summary="Drop a foreign mapping (frees the page if its domain no longer holds it).",
        args=(_mapping(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((code(EINVAL, "mapping is not a live foreign mapping"),)),
    ),
    Call(
        name="grant_access",
        family=GUEST,
        kind=EVENT,
        summary="The guest grants access to one of its gfns (initialises its grant table on"
        " first use).",
        args=(
            domid(),
            gfn(),
            number("readonly", 32, "non-zero grants read-only access", default=0),
        ),
        outputs=(Output("gref", 32, "the grant reference", makes=Resource.GREF),),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain is paravirtualised or dying"),
                code(ENOSPC, "the grant table is full"),
            )
        ),
    ),
    Call(
        name="grant_end_access",
        family=GUEST,
        kind=EVENT,
        summary="The guest revokes a grant (the entry keeps its stale frame number).",
        args=(domid(), gref()),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "gref is beyond the table or grants nothing"),
                code(EBUSY, "the grant is still mapped"),
            )
        ),
    ),
    Call(
        name="grant_map",
        family=GUEST,
        kind=EVENT,
        summary="A backend maps a guest's grant (GNTTABOP_map_grant_ref); a writable map of"
        " a shared page unshares it.",
        args=(domid(), gref(), number("writable", 32, "non-zero maps writable")),
        outputs=(Output("mapping", 32, "the mapping", makes=Resource.MAPPING),),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(
                    EINVAL,
                    "the grant table is not initialised, gref is beyond it or"
                    " grants nothing, the entry names another domain than the mapping one,"
                    " a PV domain's entry names a frame it does not own, or no RAM is mapped"
                    " at the granted gfn",
                ),
                code(EPERM, "a writable map of a read-only grant"),
                code(
                    EAGAIN,
                    "the granted gfn is paged out (a page-in is started), or is"
                    " shared and cannot be unshared (GNTST_eagain); in xen-4.2 only a gfn"
                    " without a frame (ram_paged, paging_in) is paged in, paging_out and"
                    " paging_in with its frame are mapped (__get_paged_frame,"
                    " grant_table.c L137-158)",
                ),
                code(ENOSPC, "no free mapping slot, or the page's reference count is at its limit"),
            )
        ),
    ),
    Call(
        name="grant_unmap",
        family=GUEST,
        kind=EVENT,
        summary="Drop a grant mapping.",
        args=(_mapping(),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((code(EINVAL, "mapping is not a live grant mapping"),)),
    ),
    Call(
        name="ring_get_request",
        family=RING,
        kind=EVENT,
        summary="The helper takes the oldest request off a ring.",
        args=(domid(), _ring()),
        outputs=(
            Output("gfn", 64, "the gfn concerned", hex=True),
            Output("vcpu_id", 32, "the vcpu that caused it"),
            Output("flags", 32, "ring_flags bits", enum="ring_flags"),
            Output("p2mt", 32, "the p2m type when the request was made", enum="p2m_type"),
        ),
        returns=Returns.STATUS,
        codes=_both(_RING_HELPER + (code(ENODATA, "no request is pending"),)),
    ),
    Call(
        name="ring_put_response",
        family=RING,
        kind=EVENT,
        summary="The helper posts a response; Xen acts on it at the next kick or resume.",
        args=_RESPONSE_ARGS,
        outputs=(),
        returns=Returns.STATUS,
        codes=_RESPONSE_CODES,
    ),
    Call(
        name="ring_put_response_versioned",
        family=RING,
        kind=EVENT,
        summary="The helper posts a response whose version field it wrote: in xen-4.17,"
        " Xen consumes a response of another version than 7 (its slot is free again) and"
        " drops it (no page-in resume, no unpause); xen-4.2 and doc have no version field and"
        " act on it as on ring_put_response.",
        args=(
            *_RESPONSE_ARGS,
            number("version", 32, "the response's version field (VM_EVENT_INTERFACE_VERSION is 7)"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_RESPONSE_CODES,
    ),
    Call(
        name="evtchn_send",
        family=RING,
        kind=EVENT,
        summary="The helper kicks a ring's event channel: Xen consumes its responses.",
        args=(domid(), Arg("port", 32, "the ring's port", uses=Resource.PORT)),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "port is not the port of one of the domain's rings"),
            )
        ),
    ),
    Call(
        name="domain_set_max_evtchn",
        family=RING,
        kind=EVENT,
        summary="Limit the domain's event-channel ports to 0..max_port (toolstack).",
        args=(domid(), number("max_port", 32, "the highest usable port (at most 4095)")),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((code(ESRCH, "the domain does not exist"),)),
    ),
    Call(
        name="inject_fault",
        family=FAULT,
        kind=EVENT,
        summary="Make the nth next pass through an internal failure site fail (one-shot).",
        args=(
            Arg("site", 32, "the failure site", enum="fault_site"),
            number("nth", 32, "1 fails the next pass", default=1),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((code(EINVAL, "site is not a fault site, or nth is 0"),)),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

REASONS: tuple[Reason, ...] = (
    # rings
    Reason("RING_NO_PARAM", "ring: the HVM param naming the ring gfn is 0"),
    Reason("RING_PRESENT", "ring: already enabled"),
    Reason("RING_ABSENT", "ring: not enabled"),
    Reason("RING_WAITERS", "ring: vcpus are waiting for a free slot"),
    Reason("RING_GFN_PAGED", "ring: the ring gfn is paged out; a page-in was started"),
    Reason("RING_GFN_SHARED", "ring: the ring gfn is shared and cannot be unshared"),
    Reason("RING_GFN_NOT_POPULATED", "ring: the ring gfn is not populated"),
    Reason("RING_GFN_READ_ONLY", "ring: the ring gfn is read-only"),
    Reason("RING_MAP_FAILED", "ring: Xen cannot map the ring page"),
    Reason("RING_NO_PORT", "ring: no free event-channel port"),
    Reason("RING_EVTCHN_NOMEM", "ring: the event channel cannot be allocated"),
    Reason("RING_KIND_BAD", "ring: not a ring kind"),
    Reason("RING_EMPTY", "ring: no request pending"),
    Reason("RING_RESPONSES_FULL", "ring: the response queue is full"),
    Reason("PORT_NOT_A_RING", "evtchn: the port belongs to none of the domain's rings"),
    # domains
    Reason("CREATE_BAD_DOMID", "create: domid is 0 or reserved"),
    Reason("CREATE_EXISTS", "create: the domain exists"),
    Reason("CREATE_BAD_VCPUS", "create: more than 8 vcpus"),
    Reason("CREATE_BAD_FLAGS", "create: unknown flags"),
    Reason("CREATE_BAD_SIZES", "create: pages, max_pages and p2m_size do not fit together"),
    Reason("CREATE_BAD_GRANT_FRAMES", "create: max_grant_frames out of range for the profile"),
    Reason("CREATE_BAD_VMTRACE", "create: the trace buffer size or the domain cannot have one"),
    Reason("CREATE_NO_SLOT", "create: no free domain slot"),
    Reason("CREATE_NO_P2M_ROOM", "create: no room left in the p2m arena"),
    Reason("CREATE_NO_MEMORY", "create: too few free host frames"),
    Reason("DESTROY_DOM0", "destroy: domain 0 cannot be destroyed"),
    Reason("PRIVILEGE_BAD", "privilege: domain 0, or not a privilege level"),
    Reason("FAULT_BAD", "inject_fault: not a fault site, or nth is 0"),
    # guests and mappings
    Reason("GUEST_BAD_VCPU", "guest: no such vcpu"),
    Reason("GUEST_DOMAIN_SHUT_DOWN", "guest: the domain has shut down (or crashed)"),
    Reason("GUEST_DOMAIN_PAUSED", "guest: the domain is paused"),
    Reason("GUEST_VCPU_PAUSED", "guest: the vcpu is paused waiting on a ring"),
    Reason("GUEST_NO_RAM", "guest: no RAM at the gfn"),
    Reason(
        "GUEST_PAGED_NO_RING",
        "guest: the gfn is paged out and there is no paging ring: domain crashed",
    ),
    Reason(
        "GUEST_PAGE_IN",
        "guest: the gfn is paged out; vcpu paused, page-in request on the ring",
    ),
    Reason("GUEST_RING_FULL", "guest: the ring is full; the vcpu waits for a slot"),
    Reason(
        "GUEST_ACCESS_VIOLATION",
        "guest: access violation; vcpu paused, request on the access ring",
    ),
    Reason(
        "GUEST_UNSHARE_NOMEM_CRASH",
        "guest: unshare out of memory and no sharing ring: domain crashed",
    ),
    Reason(
        "GUEST_UNSHARE_NOMEM_PAUSED",
        "guest: unshare out of memory; vcpu paused, ENOMEM on the sharing ring",
    ),
    Reason(
        "GUEST_UNSHARE_NOMEM_DROPPED",
        "guest: unshare out of memory and the sharing ring full: no ENOMEM request, the"
        " vcpu is not paused and retries (xen-4.17)",
    ),
    Reason(
        "GUEST_ACCESS_REQUIRED_CRASH",
        "guest: access violation, nobody listens and access is required: domain crashed",
    ),
    Reason("GUEST_WRITE_DISCARDED", "guest: write to a read-only gfn discarded"),
    Reason("FOREIGN_PAGED", "foreign_map: the gfn is paged out; a page-in was started"),
    Reason(
        "FOREIGN_PAGING_IN_NO_FRAME",
        "foreign_map: the gfn is being paged in and has no frame yet; no page-in is started",
    ),
    Reason(
        "GUEST_PAGING_IN_SPURIOUS",
        "guest access: the gfn is being paged in: a spurious fault, the vcpu retries",
    ),
    Reason("FOREIGN_NO_RAM", "foreign_map: no RAM at the gfn"),
    Reason("FOREIGN_UNSHARE_NOMEM", "foreign_map: a writable mapping cannot unshare the gfn"),
    Reason("MAP_TABLE_FULL", "map: no free mapping slot"),
    Reason("MAP_REFS_LIMIT", "map: the page's reference count is at its limit"),
    Reason("MAPPING_BAD", "unmap: not a live mapping of that kind"),
    Reason("GRANT_TABLE_FULL", "grant: the grant table is full"),
    Reason("GRANT_NOT_GRANTED", "grant: the reference grants nothing"),
    Reason("GRANT_STILL_MAPPED", "grant: the grant is still mapped"),
    Reason("GRANT_READ_ONLY", "grant_map: writable map of a read-only grant"),
    Reason("GRANT_OTHER_DOMAIN", "grant_map: the entry grants another domain than the mapper"),
    Reason(
        "GRANT_PV_FRAME_NOT_OWNED",
        "grant_map: a PV domain's entry names a frame the domain does not own",
    ),
    Reason("GRANT_PAGED", "grant_map: the granted gfn is paged out; a page-in was started"),
    Reason("GRANT_NO_RAM", "grant_map: no RAM at the granted gfn"),
    Reason("GRANT_UNSHARE_FAILED", "grant_map: the granted gfn cannot be unshared"),
)
PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "RESPONSE_VCPU_UNCHECKED",
        "response_vcpu_unchecked",
        "ee75480b3c (2014)",
        "a ring response's vcpu_id is not validated before the vcpu is unpaused",
    ),
)
