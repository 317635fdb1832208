"""XENMEM_acquire_resource and the libxenforeignmemory layer above it (seed 003), with the
ioreq servers a device model creates through dm_op; reference xen-semantics section 7.

A toolstack or device model maps a domain's resources: the grant table's shared and
status frames, an ioreq server's pages, a vcpu's processor-trace buffer.  The ``doc``
profile is the RFC's (4.16-era, the same code as 4.15 to 4.19) with the unknown-type fix of
9b87082900: an unknown type is EINVAL for the size query and the map alike (the real 4.15
to 4.19 answer is the planted bug acquire_unknown_type_size).  ``xen-4.2`` has none of it:
memory_op 28 and the dm_op hypercall are unknown there (ENOSYS).

Not modelled, and so documented nowhere: a translated hardware domain (PVH dom0), which
would give acquire_resource its GFN path and the EIO after a partial mapping; the legacy
get_ioreq_server_info path that maps a server's pages at guest gfns (and the EPERM it
causes); the server's event channels; preemption (a request runs to its end in one call).
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import XSM_DENIED, after_4_2, code, domid, enum, memop
from .errnos import EACCES, EFAULT, EINVAL, ENOENT, ENOMEM, ENOSPC, ENOSYS, EPERM, ESRCH
from .model import (
    DEEP,
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    FuzzUses,
    Invariant,
    Kind,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
    scalar_list,
)

RESOURCE = Family(
    "resource",
    "acquire_resource: mapping a domain's grant-table frames, ioreq server pages and"
    " vmtrace buffers",
    order=11,
    fuzz_weight=2,
)
FAMILIES = (RESOURCE,)
HYPERCALL = Kind.HYPERCALL

RESOURCE_TYPE = enum(
    "resource_type",
    "XENMEM_resource_* types of acquire_resource",
    ioreq_server=0,
    grant_table=1,
    vmtrace_buf=2,
)
# acquire_resource's id names an ioreq server (the id its create returned) when the type is
# ioreq_server: the fuzz decoder then draws it from the live servers, as it does for the
# dm_ops' server ids.  Replay leaves it alone (a grant table's 0 or 1, a vcpu otherwise).
_IOREQ_ID = FuzzUses("type", RESOURCE_TYPE.values["ioreq_server"], Resource.IOSERVER)
BUFIOREQ = enum(
    "bufioreq",
    "HVM_IOREQSRV_BUFIOREQ_*: how an ioreq server takes buffered requests",
    off=0,
    legacy=1,
    atomic=2,
)

# ---- codes ----------------------------------------------------------------------------------

_UNKNOWN_42 = code(ENOSYS, "4.2 has no memory_op 28 (do_memory_op's default: -ENOSYS)")
_NO_DM_OP_42 = code(ENOSYS, "4.2 has no dm_op hypercall")
_TRANSLATED = code(
    EACCES,
    "the caller is a translated (HVM) domain other than the hardware domain"
    " (arch_acquire_resource_check, before anything else)",
)
_LOOKUP = (
    code(ESRCH, "the domain does not exist (DOMID_SELF is not translated)"),
    code(EPERM, "the target is the calling domain"),
    code(EPERM, "the caller is neither the control domain nor the target's device model"),
    XSM_DENIED,
)
_NO_FRAMES = code(
    EINVAL,
    "the resource has no frames: a grant-table id other than 0 (shared) or 1 (status), an"
    " ioreq server of a paravirtualised domain, a vmtrace buffer of a domain created"
    " without one, or an unknown type",
)
_FRAME_RANGE = code(EINVAL, "frame, or frame + nr_frames, does not fit in 32 bits")
_HANDLERS = (
    code(EINVAL, "grant table: status frames of a table that is not version 2"),
    code(
        EINVAL,
        "grant table: a frame beyond what the table can grow to (max_grant_frames; a status"
        " frame k needs 8(k+1) shared frames), or no host memory to grow it, or the domain is"
        " dying",
    ),
    code(EINVAL, "ioreq server: the id does not fit in 16 bits"),
    code(ENOENT, "ioreq server: no server with that id"),
    code(EPERM, "ioreq server: the caller is not the server's emulator"),
    code(ENOMEM, "ioreq server: no host memory for the server's pages (allocated on first use)"),
    code(ENOENT, "ioreq server: frame 0 (buffered ioreq) of a server without one"),
    code(EINVAL, "ioreq server: a frame beyond 1 (the synchronous ioreq page)"),
    code(ENOENT, "vmtrace: no vcpu with that id"),
    code(
        EINVAL,
        "vmtrace: frames beyond the vcpu's buffer (or the domain is dying and its buffers gone)",
    ),
)


def _resource_gate(raw: bool) -> tuple[Code, ...]:
    """acquire_resource's checks up to the resource's size, in 4.15's order; ``raw`` adds
    the struct fields the library always sets to zero."""
    fields = (code(EINVAL, "pad is not 0"), _FRAME_RANGE) if raw else ()
    return (_TRANSLATED, *fields, *_LOOKUP, _NO_FRAMES)


def _dm_op_gate() -> tuple[Code, ...]:
    """dm_op's prologue (dm.c, 4.17): the remote domain, HVM, then XSM_DM_PRIV."""
    return (
        code(ESRCH, "the domain does not exist"),
        code(EPERM, "the target is the calling domain"),
        code(EINVAL, "the domain is not an HVM guest"),
        code(EPERM, "the caller is neither the control domain nor the target's device model"),
        XSM_DENIED,
    )


_MAPPING_LIMITS = code(
    ENOSPC,
    "the emulator's tables are full: no free mapping slot, no room for the frames (4096"
    " mapped resource frames in all), or a frame's reference count at its limit",
)

# ---- calls ----------------------------------------------------------------------------------

CALLS: tuple[Call, ...] = (
    Call(
        name="acquire_resource",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="XENMEM_acquire_resource as the hypercall: with an empty frame_list (a NULL"
        " handle) a size query, else the machine frames of frames [frame, frame+nr_frames) of"
        " the resource, written to frame_list (the caller is paravirtualised; no reference is"
        " taken: only a mapping holds one).  Grant tables grow as needed; ioreq pages are"
        " allocated on first use; a failure leaves earlier 32-frame steps done.",
        numbers=memop("XENMEM_acquire_resource", 28),
        args=(
            domid(),
            Arg("type", 16, "the resource type", enum="resource_type"),
            Arg(
                "id",
                32,
                "grant table: 0 shared, 1 status; ioreq server: its id; vmtrace: the vcpu",
                fuzz_uses=_IOREQ_ID,
            ),
            Arg("nr_frames", 32, "frames wanted (0 for a size query)"),
            Arg("pad", 32, "must be 0", default=0),
            Arg(
                "frame",
                64,
                "the first frame (ioreq server: 0 buffered ioreq, 1 ioreq)",
                default=0,
            ),
            scalar_list(
                "frame_list",
                64,
                "where Xen writes each frame's machine frame number; empty: a NULL handle",
                length="nr_frames",
                direction=Direction.INOUT,
                makes=Resource.MFN,
                hex=True,
            ),
            Arg(
                "start_extent",
                64,
                "frames already done by an earlier continuation (cmd >> 6)",
                default=0,
            ),
        ),
        outputs=(Output("max_frames", 32, "a size query's answer (0 for a mapping request)"),),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=after_4_2(
            doc=(
                *_resource_gate(raw=True),
                code(
                    EINVAL,
                    "a size query (empty frame_list) with nr_frames or start_extent not 0",
                ),
                code(
                    EINVAL,
                    "start_extent is not below nr_frames (nr_frames 0 with a frame_list),"
                    " or nr_frames is above 2^26-1",
                ),
                *_HANDLERS,
                code(EFAULT, "frame_list is shorter than nr_frames (the copy-out faults)"),
            ),
            xen_4_2=(_UNKNOWN_42,),
        ),
    ),
    Call(
        name="resource_size",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="xenforeignmemory_resource_size: a resource's size in bytes (privcmd's"
        " IOCTL_PRIVCMD_MMAP_RESOURCE size query, then frames << 12).",
        numbers=memop("XENMEM_acquire_resource", 28),
        args=(
            domid(),
            Arg(
                "type",
                32,
                "the resource type (Xen keeps 16 bits of privcmd's 32)",
                enum="resource_type",
            ),
            Arg("id", 32, "as acquire_resource's id", fuzz_uses=_IOREQ_ID),
        ),
        outputs=(Output("size", 64, "the resource's size in bytes", hex=True),),
        returns=Returns.STATUS,
        codes=after_4_2(doc=_resource_gate(raw=False), xen_4_2=(_UNKNOWN_42,)),
    ),
    Call(
        name="map_resource",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="xenforeignmemory_map_resource: acquire frames [frame, frame+nr_frames) of a"
        " resource and map them into the caller (each mapped frame holds a page reference"
        " until unmap_resource).  nr_frames 0 is the library's size query: a mapping of no"
        " frames.",
        numbers=memop("XENMEM_acquire_resource", 28),
        args=(
            domid(),
            Arg(
                "type",
                32,
                "the resource type (Xen keeps 16 bits of privcmd's 32)",
                enum="resource_type",
            ),
            Arg("id", 32, "as acquire_resource's id", fuzz_uses=_IOREQ_ID),
            Arg(
                "frame",
                64,
                "the first frame (privcmd's idx keeps its low 32 bits)",
                default=0,
            ),
            Arg("nr_frames", 32, "frames to map"),
            Arg("writable", 32, "non-zero maps them writable (PROT_WRITE)", default=1),
            scalar_list(
                "mfns",
                64,
                "the machine frames mapped, in order",
                length="nr_frames",
                direction=Direction.OUT,
                makes=Resource.MFN,
                hex=True,
            ),
        ),
        outputs=(Output("mapping", 32, "the mapping", makes=Resource.MAPPING),),
        returns=Returns.STATUS,
        codes=after_4_2(
            doc=(
                _TRANSLATED,
                _FRAME_RANGE,
                *_LOOKUP,
                _NO_FRAMES,
                *_HANDLERS,
                _MAPPING_LIMITS,
            ),
            xen_4_2=(_UNKNOWN_42,),
        ),
    ),
    Call(
        name="unmap_resource",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="xenforeignmemory_unmap_resource: drop a resource mapping's page references"
        " (frames Xen no longer holds are freed; a dying domain whose last mapped frame goes"
        " is gone).",
        args=(Arg("mapping", 32, "a mapping made by map_resource", uses=Resource.MAPPING),),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            profile: (code(EINVAL, "mapping is not a live resource mapping"),)
            for profile in PROFILES
        },
    ),
    Call(
        name="ioreq_server_create",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="xendevicemodel_create_ioreq_server: the caller becomes the emulator of a"
        " new ioreq server of an HVM domain (the lowest free of 8); its pages come on first"
        " acquire.",
        numbers=Numbers((("dm_op", 41), ("XEN_DMOP_create_ioreq_server", 1))),
        args=(
            domid(),
            Arg(
                "handle_bufioreq",
                32,
                "buffered ioreq handling (an int; the dm_op struct keeps its low 8 bits)",
                enum="bufioreq",
            ),
        ),
        outputs=(Output("id", 16, "the server's id", makes=Resource.IOSERVER),),
        returns=Returns.STATUS,
        codes=after_4_2(
            doc=(
                *_dm_op_gate(),
                code(EINVAL, "handle_bufioreq's low 8 bits are above 2 (atomic)"),
                code(ENOMEM, "Xen cannot allocate the server (internal allocation failed)"),
                code(ENOSPC, "the domain has 8 servers already"),
                code(
                    EINVAL,
                    "the domain is dying (the server's event channels cannot be allocated)",
                ),
            ),
            xen_4_2=(_NO_DM_OP_42,),
        ),
    ),
    Call(
        name="ioreq_server_destroy",
        family=RESOURCE,
        kind=HYPERCALL,
        summary="xendevicemodel_destroy_ioreq_server: Xen lets go of the server's pages (a"
        " page still mapped stays until unmapped) and of its emulator.",
        numbers=Numbers((("dm_op", 41), ("XEN_DMOP_destroy_ioreq_server", 6))),
        args=(
            domid(),
            Arg("id", 16, "the server", uses=Resource.IOSERVER),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=after_4_2(
            doc=(
                *_dm_op_gate(),
                code(ENOENT, "no server with that id"),
                code(EPERM, "the caller is not the server's emulator"),
            ),
            xen_4_2=(_NO_DM_OP_42,),
        ),
    ),
)

# ---- what the engine says -------------------------------------------------------------------

REASONS: tuple[Reason, ...] = (
    Reason("MEMOP_UNKNOWN_42", "memory_op: 4.2 has no such op (-ENOSYS)"),
    Reason("DM_OP_UNKNOWN_42", "dm_op: 4.2 has no such hypercall (-ENOSYS)"),
    Reason(
        "RES_CALLER_TRANSLATED",
        "acquire_resource: a translated caller that is not the hardware domain",
    ),
    Reason("RES_PAD", "acquire_resource: pad is not 0"),
    Reason("RES_FRAME_RANGE", "acquire_resource: frame or frame + nr_frames beyond 32 bits"),
    Reason("RES_NO_FRAMES", "acquire_resource: the resource has no frames (max_frames 0)"),
    Reason(
        "RES_SIZE_QUERY_ARGS",
        "acquire_resource: a size query with nr_frames or start_extent set",
    ),
    Reason(
        "RES_NR_RANGE",
        "acquire_resource: start_extent not below nr_frames, or nr_frames too large",
    ),
    Reason("RES_LIST_SHORT", "acquire_resource: frame_list ends before nr_frames"),
    Reason("RES_UNKNOWN_TYPE", "acquire_resource: no handler for the type"),
    Reason(
        "RES_CALLER_TRANSLATED_LATE",
        "acquire_resource: EACCES after the resource was acquired, the domain left locked"
        " (XSA-334)",
    ),
    Reason("RES_MAP_EMPTY", "map_resource: no frames asked: the library's size query"),
    Reason("RES_NOT_A_MAPPING", "unmap_resource: not a live resource mapping"),
    Reason("RES_MAPPED_FULL", "map_resource: no room left for the mapped frames"),
    Reason("IOREQ_ID_WIDE", "ioreq: the id does not fit in 16 bits"),
    Reason("IOREQ_NO_SERVER", "ioreq: no such server"),
    Reason("IOREQ_NOT_EMULATOR", "ioreq: the caller is not the server's emulator"),
    Reason("IOREQ_NO_MEMORY", "ioreq: no host memory for the server's pages"),
    Reason("IOREQ_NO_BUFIOREQ", "ioreq: the server has no buffered-ioreq page"),
    Reason("IOREQ_BAD_FRAME", "ioreq: no such frame (beyond 1)"),
    Reason("IOREQ_BAD_BUFIOREQ", "ioreq: handle_bufioreq is not a mode"),
    Reason("IOREQ_NO_STRUCT", "ioreq: the server cannot be allocated"),
    Reason("IOREQ_TABLE_FULL", "ioreq: 8 servers already"),
    Reason("IOREQ_DYING", "ioreq: the domain is dying"),
    Reason("VMTRACE_NO_VCPU", "vmtrace: no such vcpu"),
    Reason("VMTRACE_BEYOND", "vmtrace: frames beyond the buffer, or no buffer"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "RES_MAPPED",
        "resource.1",
        "mapped resource frames are referenced exactly as long as they are mapped: a frame a"
        " live resource mapping names is a live frame Xen holds or held (not free), its"
        " reference count is the number of live mappings naming it, and an ioreq or trace"
        " page nothing maps holds no reference",
    ),
    Invariant(
        "RES_SIZE",
        "resource.2",
        "a successful size query names a known resource type and answers that resource's"
        " frames (grant table: max_grant_frames or ceil(max/8); ioreq server: 1 +"
        " ceil(vcpus*32/4096); vmtrace: the buffer's frames)",
    ),
    Invariant(
        "IOREQ_PAGES",
        "ioreq.1",
        "an ioreq server belongs to a live HVM domain and its emulator exists; its pages,"
        " once allocated, are frames Xen holds, the buffered-ioreq page exactly when the"
        " server takes buffered requests",
    ),
    Invariant(
        "IOREQ_EMULATOR_ONLY",
        "ioreq.2",
        "only the domain that created an ioreq server (its emulator) destroys it: a"
        " successful ioreq_server_destroy was made by the server's emulator (8df3821c08)",
    ),
    Invariant(
        "HOST_LOCKS",
        "host.locks_balanced",
        "no call leaves a domain's RCU reference held once it returns",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "ACQUIRE_UNKNOWN_TYPE_SIZE",
        "acquire_unknown_type_size",
        "9b87082900 fixes 9244528955 (4.15.0 to 4.19.1, every 4.17.x)",
        "resource_max_frames returns -EOPNOTSUPP through an unsigned int: a size query of an"
        " unknown type succeeds with 4294967201 frames, and a map gets EOPNOTSUPP",
        unreachable_in=("xen-4.2",),  # 4.2 has no XENMEM_acquire_resource (ENOSYS)
    ),
    PlantedBug(
        "ACQUIRE_EACCES_NO_UNLOCK",
        "acquire_eacces_no_unlock",
        "XSA-334: fixed by 42317dede5 (4.12.0 to 4.14.0)",
        "a translated caller's EACCES comes after the resource was acquired (the table grown,"
        " the pages allocated) and skips rcu_unlock_domain: the domain is never freed",
        unreachable_in=("xen-4.2",),  # 4.2 has no XENMEM_acquire_resource (ENOSYS)
    ),
    PlantedBug(
        "IOREQ_PAGES_FREED_WHILE_MAPPED",
        "ioreq_pages_freed_while_mapped",
        "modelled on XSA-276, f6b6ae7867 (2018, 'x86/hvm/ioreq: fix page referencing':"
        " hvm_alloc_ioreq_mfn took a type reference but no page reference; 4.17"
        " ioreq_server_alloc_mfn takes get_page_and_type)",
        "destroying an ioreq server frees its pages whatever references the emulator's"
        " acquire_resource mappings hold on them: a mapped ioreq page is freed (and handed out"
        " again) while the emulator still writes it.  Deep: a device model creates a server"
        " for its HVM target, maps one of the server's frames with the id it was given, then"
        " destroys the server",
        DEEP,
        unreachable_in=("xen-4.2",),  # 4.2 has no dm_op nor XENMEM_acquire_resource (ENOSYS)
    ),
    PlantedBug(
        "IOREQ_EMULATOR_UNREFERENCED",
        "ioreq_emulator_unreferenced",
        "modelled on ccb42e0ca6 (2018, 'x86/hvm: take a reference on ioreq server emulating"
        " domain'; 4.17 ioreq_server_create's get_knownalive_domain)",
        "an ioreq server does not hold its emulating domain: a device model that created a"
        " server for its target can be destroyed and freed while the server still names it"
        " (the target's emulation then goes to a domain that no longer exists).  Deep: the"
        " device model itself (a guest, not domain 0) creates a server for its target, then"
        " the toolstack destroys the device model",
        DEEP,
        unreachable_in=("xen-4.2",),  # 4.2 has no dm_op (ENOSYS)
    ),
    PlantedBug(
        "IOREQ_CREATE_FULL_WRITES_PAST",
        "ioreq_create_full_writes_past",
        "modelled on 90eff18cc5 (2018, 'x86/hvm/ioreq: fix two bugs in"
        " hvm_create_ioreq_server', Coverity 1433777: after 97a5a3e301 made the servers an"
        " array, the create's fail path cleared server[i] with i = MAX_NR_IOREQ_SERVERS when"
        " the table was full; 4.17 ioreq_server_create clears the slot only after"
        " ioreq_server_init fails)",
        "a create on a domain whose eight ioreq servers all exist takes the fail path with"
        " its index past the table and writes the ninth slot of an eight-slot array before"
        " answering ENOSPC.  Deep: the counter must cross the table's size, eight successful"
        " creates for one HVM domain by its device model and a ninth",
        DEEP,
        unreachable_in=("xen-4.2",),  # 4.2 has no dm_op (ENOSYS)
    ),
    PlantedBug(
        "IOREQ_DESTROY_BY_OTHER_EMULATOR",
        "ioreq_destroy_by_other_emulator",
        "modelled on 8df3821c08 (2018, 'x86/hvm: add stricter permissions checks to ioreq"
        " server control plane': before it, two domains with DM_PRIV over one target could"
        " manipulate each other's ioreq servers; 4.17 ioreq_server_destroy refuses with"
        " EPERM unless s->emulator == current->domain)",
        "ioreq_server_destroy does not check that the caller is the server's emulator: any"
        " domain with device-model privilege over the target destroys another device"
        " model's server (and its pages) under it.  Deep: two device models of one HVM"
        " domain, so the toolstack first makes a guest the target's device model"
        " (domain_set_target), one of the two creates a server and the other destroys it"
        " with the id the create returned.  Random inputs found it in none of two 300 s"
        " trials (bench_fuzz.py --arms random --bugs ioreq_destroy_by_other_emulator"
        " --trials 2 --budget 300)",
        DEEP,
        unreachable_in=("xen-4.2",),  # 4.2 has no dm_op (ENOSYS)
    ),
)
