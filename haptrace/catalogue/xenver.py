"""xen_version (hypercall 17): seed 002, reference 6.5, the note /work/notes/pv.md section 4.

One call per sub-op.  Every caller may use every sub-op in 4.2 (xen_version is in the HVM
hypercall table and has no privilege check; 4.17's dummy XSM policy denies commandline and
build_id to every domain but the control domain: "<denied>" and EPERM).  The strings it
returns (extraversion, compile information, changeset, command line) describe the emulated
hypervisor build: engine constants per profile in ``csrc/xenver.c``, the one place a later
profile's row goes.  Buffers come back as OUT lists of bytes, as Xen copies them: a string,
its NUL, and zeros up to the buffer's size (4.2.0 left hypervisor stack bytes there instead:
planted bug xen_version_stack_leak).
"""

from __future__ import annotations

from .common import code, enum, number
from .errnos import EFAULT, EINVAL, ENOSYS, EPERM
from .hypercalls import hypercall
from .model import (
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    Invariant,
    Kind,
    ListArg,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Returns,
    scalar_list,
)

XENVER_FAMILY = Family(
    "xenver",
    "xen_version: the hypervisor's version, build strings, features and parameters",
    order=32,
    fuzz_weight=1,
)
FAMILIES = (XENVER_FAMILY,)

XENVER = enum(
    "xenver",
    "xen_version sub-ops (XENVER_*, public/version.h at 4.2; build_id 10 came in 4.7)",
    version=0,
    extraversion=1,
    compile_info=2,
    capabilities=3,
    changeset=4,
    platform_parameters=5,
    get_features=6,
    pagesize=7,
    guest_handle=8,
    commandline=9,
)
XENFEAT = enum(
    "xenfeat",
    "feature bits of submap 0 (XENFEAT_*, public/features.h at 4.2)",
    flags=True,
    writable_page_tables=1 << 0,
    writable_descriptor_tables=1 << 1,
    auto_translated_physmap=1 << 2,
    supervisor_mode_kernel=1 << 3,
    pae_pgdir_above_4gb=1 << 4,
    mmu_pt_update_preserve_ad=1 << 5,
    highmem_assist=1 << 6,
    gnttab_map_avail_bits=1 << 7,
    hvm_callback_vector=1 << 8,
    hvm_safe_pvclock=1 << 9,
    hvm_pirqs=1 << 10,
    dom0=1 << 11,
    # public/features.h at RELEASE-4.17.0: what do_xen_version adds there.
    memory_op_vnode_supported=1 << 13,
    not_direct_mapped=1 << 16,
    direct_mapped=1 << 17,
)

COPY_OUT = code(EFAULT, "the buffer cannot be written (fault site copy)")


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """The seed documents no error of xen_version: doc follows the 4.2 code."""
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def _xenver(name: str) -> Numbers:
    return hypercall("xen_version", (f"XENVER_{name}", XENVER.values[name]))


def _buffer(size: int, what: str) -> ListArg:
    return scalar_list(
        "buffer",
        8,
        f"the {size}-byte buffer Xen fills: {what}",
        length=size,
        direction=Direction.OUT,
        hex=True,
        max_length=size,
    )


def _string_call(name: str, size: int, summary: str, what: str) -> Call:
    return Call(
        name=f"xenver_{name}",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary=summary,
        numbers=_xenver(name),
        args=(_buffer(size, what),),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=_both((COPY_OUT,)),
    )


CALLS: tuple[Call, ...] = (
    Call(
        name="xenver_version",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary="The hypervisor's version, major << 16 | minor (4.2: 0x00040002).  Linux also"
        " calls it to have pending events delivered (force_evtchn_callback).",
        numbers=_xenver("version"),
        args=(),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="major << 16 | minor",
        caller=Caller.ANY,
        codes=_both(()),
    ),
    _string_call(
        "extraversion",
        16,
        "The version's suffix (xen_extraversion_t).",
        'the suffix, e.g. ".0", NUL-terminated',
    ),
    _string_call(
        "compile_info",
        144,
        "Who built the hypervisor, where, when and with what (struct xen_compile_info).",
        "compiler[64], compile_by[16], compile_domain[32], compile_date[32], each NUL-terminated",
    ),
    _string_call(
        "capabilities",
        1024,
        "The guest interfaces the hypervisor supports, space-separated (xen-3.0-x86_64 ...;"
        " the hvm-3.0-* ones when the CPU has HVM support).",
        "the list, NUL-terminated",
    ),
    _string_call(
        "changeset",
        64,
        "The source revision the hypervisor was built from (xen_changeset_info_t).",
        "the revision, NUL-terminated",
    ),
    Call(
        name="xenver_platform_parameters",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary="Where the hypervisor's virtual address range starts (HYPERVISOR_VIRT_START).",
        numbers=_xenver("platform_parameters"),
        args=(),
        outputs=(Output("virt_start", 64, "HYPERVISOR_VIRT_START", hex=True),),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=_both((COPY_OUT,)),
    ),
    Call(
        name="xenver_get_features",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary="A feature submap of the calling domain (4.2 has submap 0 only).",
        numbers=_xenver("get_features"),
        args=(number("submap_idx", 32, "which 32-bit submap", default=0),),
        outputs=(Output("submap", 32, "the feature bits", enum="xenfeat", hex=True),),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=_both(
            (
                code(EFAULT, "the xen_feature_info struct cannot be read (fault site copy)"),
                code(EINVAL, "submap_idx is not 0"),
                code(EFAULT, "the result cannot be written (fault site copy)"),
            )
        ),
    ),
    Call(
        name="xenver_pagesize",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary="The page size (4096); the argument must be NULL.",
        numbers=_xenver("pagesize"),
        args=(Arg("arg", 64, "the argument handle: must be NULL (0)", hex=True, default=0),),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="PAGE_SIZE (4096)",
        caller=Caller.ANY,
        codes=_both((code(EINVAL, "arg is not NULL"),)),
    ),
    _string_call(
        "guest_handle",
        16,
        "The calling domain's handle (the toolstack's UUID for it; the engine's domains are"
        " created without one, so it is all zero, as domain 0's is in Xen).",
        "the 16 handle bytes",
    ),
    _string_call(
        "commandline",
        1024,
        "The hypervisor's boot command line (any caller may read it in 4.2).",
        "the command line, NUL-terminated",
    ),
    Call(
        name="xenver_raw",
        family=XENVER_FAMILY,
        kind=Kind.HYPERCALL,
        summary="xen_version with any other cmd (unknown to 4.2, build_id 10 included).  A"
        " cmd that has its own call above is answered unsupported: the raw form does not"
        " carry its buffer.",
        numbers=hypercall("xen_version"),
        args=(number("cmd", 32, "the XENVER_* command"),),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            "doc": (code(ENOSYS, "cmd is no XENVER_* sub-op of 4.2"),),
            "xen-4.2": (code(ENOSYS, "cmd is no XENVER_* sub-op of 4.2"),),
            # build_id (10) exists there; the raw form lacks its buffer (unsupported).
            "xen-4.17": (
                code(ENOSYS, "cmd is no XENVER_* sub-op of 4.17 (above 10)"),
                code(EPERM, "build_id (10) from a domain other than the control domain (deny)"),
            ),
        },
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("XENVER_COPY_FAULT", "xen_version: the buffer cannot be copied"),
    Reason("XENVER_SUBMAP", "xen_version get_features: no such submap"),
    Reason("XENVER_PAGESIZE_ARG", "xen_version pagesize: arg is not NULL"),
    Reason("XENVER_UNKNOWN_CMD", "xen_version: no such sub-op"),
    Reason(
        "XENVER_DENIED",
        "xen_version: the sub-op is XSM_PRIV (4.17's deny): not for this domain",
    ),
    Reason(
        "XENVER_BUILD_ID",
        "xenver_raw: build_id (10, 4.7+) is not modelled (its xen_build_id_t buffer)",
    ),
    Reason(
        "XENVER_RAW_HAS_CALL",
        "xenver_raw: the sub-op has its own call; the raw form lacks its buffer",
    ),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "XENVER_STRINGS",
        "xenver.1",
        "a string xen_version returns is NUL-terminated within its buffer and every byte"
        " after the NUL is zero",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "XEN_VERSION_STACK_LEAK",
        "xen_version_stack_leak",
        "XSA-122 / CVE-2015-2045, fe2e079f64 (never fixed on the 4.2 branch's releases)",
        "extraversion, compile_info and changeset copy whole stack buffers: the bytes after"
        " each string are hypervisor stack contents",
    ),
)
