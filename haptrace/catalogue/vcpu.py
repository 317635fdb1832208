"""vcpu_op (hypercall 24), set_timer_op (15) and the vcpu timers: seed 002, reference 6.2,
the note /work/notes/pv.md section 2.

Every sub-op acts on a vcpu of the *calling* domain.  A guest of an HVM domain passes
4.2's hvm_vcpu_op filter first: only the runstate, timer and vcpu_info sub-ops reach
do_vcpu_op; the others are -ENOSYS whatever the vcpuid.  The control domain and PV guests
reach do_vcpu_op for every sub-op.  Timers run on the virtual clock (``advance_time``);
what fires is a VIRQ_TIMER event for the vcpu, which the guest takes with
``guest_timer_interrupt``.  Its C side is ``csrc/vcpu.c``.
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import code, domid, enum, number
from .errnos import EEXIST, EFAULT, EINVAL, ENOENT, ENOMEM, ENOSYS, ENXIO, ESRCH, ETIME
from .hypercalls import VCPUOP, hvm_enosys, hypercall
from .model import (
    Arg,
    Call,
    Caller,
    Code,
    Family,
    Invariant,
    Kind,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Returns,
)

VCPU = Family(
    "vcpu",
    "vcpu_op and the vcpu timers: bring-up, runstate, periodic and singleshot timers",
    order=31,
    fuzz_weight=2,
)
FAMILIES = (VCPU,)

RUNSTATE = enum(
    "runstate",
    "vcpu run states (RUNSTATE_*, public/vcpu.h)",
    running=0,
    runnable=1,
    blocked=2,
    offline=3,
)
SSHOT_FLAGS = enum(
    "sshot_flags",
    "set_singleshot_timer flags (VCPU_SSHOTTMR_*)",
    flags=True,
    future=1,
)


def _vcpuop(name: str) -> Numbers:
    return hypercall("vcpu_op", (f"VCPUOP_{name}", VCPUOP.values[name]))


def _vcpuid() -> Arg:
    return Arg("vcpuid", 32, "the vcpu of the calling domain (an int in Xen)")


RANGE = code(EINVAL, "vcpuid is negative or not below MAX_VIRT_CPUS (8192) as an int")
MISSING = code(ENOENT, "the calling domain has no vcpu vcpuid")
# do_vcpu_op (arch/x86/domain.c, RELEASE-4.17.0): "if ( (v = domain_vcpu(d, vcpuid)) == NULL )
# return -ENOENT;" with an unsigned vcpuid: no EINVAL for a negative or huge one.
MISSING_4_17 = code(ENOENT, "vcpuid is not below the calling domain's max_vcpus (unsigned)")
COPY_IN = code(EFAULT, "the argument struct cannot be read (fault site copy)")
NOT_SELF = code(EINVAL, "vcpuid is not the calling vcpu")


def _codes(
    name: str, tail: tuple[Code, ...], hvm_allowed: bool, tail_4_17: tuple[Code, ...] | None
) -> dict[str, tuple[Code, ...]]:
    """A sub-op's codes: the HVM filter, do_vcpu_op's vcpuid checks, then the sub-op's own
    (``tail_4_17`` in xen-4.17 where they differ).  The seed is silent on errors, so doc
    follows the 4.2 code."""
    head = () if hvm_allowed else (hvm_enosys(f"vcpu_op {name} (hvm_vcpu_op)"),)
    codes = head + (RANGE, MISSING) + tail
    # 4.17 has no hvm_vcpu_op: an HVM guest makes every sub-op (csrc/vcpu.c).
    own_4_17 = tail if tail_4_17 is None else tail_4_17
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": (MISSING_4_17,) + own_4_17}


def _vcpu_call(
    name: str,
    summary: str,
    tail: tuple[Code, ...],
    hvm_allowed: bool,
    args: tuple[Arg, ...] = (),
    outputs: tuple[Output, ...] = (),
    returns: Returns = Returns.STATUS,
    value_doc: str = "",
    tail_4_17: tuple[Code, ...] | None = None,
) -> Call:
    return Call(
        name=f"vcpu_{name}",
        family=VCPU,
        kind=Kind.HYPERCALL,
        summary=summary,
        numbers=_vcpuop(name),
        args=(_vcpuid(), *args),
        outputs=outputs,
        returns=returns,
        value_doc=value_doc,
        caller=Caller.GUEST,
        codes=_codes(name, tail, hvm_allowed, tail_4_17),
    )


CALLS: tuple[Call, ...] = (
    _vcpu_call(
        "initialise",
        "Give a vcpu its first context (PV: a vcpu_guest_context; an HVM vcpu in 4.17: a"
        " vcpu_hvm_context).  A PV context names page tables and descriptor tables, an HVM"
        " one register state, which the engine does not model: a call that gets past Xen's"
        " checks is answered unsupported.",
        (
            code(ENOMEM, "Xen cannot allocate the context buffer (fault site xen_alloc)"),
            COPY_IN,
            code(EEXIST, "the vcpu is already initialised"),
        ),
        tail_4_17=(
            code(
                ENOMEM,
                "a PV vcpu: Xen cannot allocate the context buffer (fault site xen_alloc)",
            ),
            COPY_IN,
            code(EEXIST, "the vcpu is already initialised (every vcpu of an HVM domain is)"),
        ),
        hvm_allowed=False,
        args=(Arg("ctxt", 64, "the guest address of the vcpu_guest_context", hex=True),),
    ),
    _vcpu_call(
        "up",
        "Make an initialised vcpu runnable (0 also when it is already up).",
        (code(EINVAL, "the vcpu was never initialised"),),
        hvm_allowed=False,
    ),
    _vcpu_call(
        "down",
        "Make a vcpu non-runnable (0 also when it is already down; the last vcpu may go"
        " down: 4.2 does not shut the domain down).",
        (),
        hvm_allowed=False,
    ),
    _vcpu_call(
        "is_up",
        "Whether a vcpu is up.",
        (),
        hvm_allowed=False,
        returns=Returns.VALUE,
        value_doc="1 if the vcpu is up, else 0",
    ),
    _vcpu_call(
        "get_runstate_info",
        "The vcpu's run state and the time it has spent in each (vcpu_runstate_get).",
        (code(EFAULT, "the result cannot be written (fault site copy)"),),
        hvm_allowed=True,
        outputs=(
            Output("state", 32, "the current run state", enum="runstate"),
            Output("state_entry_time", 64, "system time of the last state change (ns)"),
            Output("time_running", 64, "ns spent running"),
            Output("time_runnable", 64, "ns spent runnable (always 0: every vcpu has a CPU)"),
            Output("time_blocked", 64, "ns spent blocked"),
            Output("time_offline", 64, "ns spent offline (down or paused)"),
        ),
    ),
    _vcpu_call(
        "register_runstate_memory_area",
        "Register the guest address where Xen keeps the vcpu's runstate (a later"
        " registration replaces it; the writes to guest memory are not modelled).",
        (
            COPY_IN,
            code(
                EFAULT,
                "a PV caller's address lies in Xen's reserved range [2^47,"
                " 0xffff880000000000) (guest_handle_okay)",
            ),
        ),
        hvm_allowed=True,
        args=(Arg("addr", 64, "the guest virtual address of the area", hex=True),),
    ),
    _vcpu_call(
        "set_periodic_timer",
        "Arm the vcpu's periodic timer (a VIRQ_TIMER every period while the vcpu runs).",
        (
            COPY_IN,
            code(EINVAL, "period_ns is below 1 ms"),
            code(
                EINVAL,
                "period_ns is above STIME_DELTA_MAX (2^62-1): the XSA-20 fix of 4.2.1 (see"
                " planted bug periodic_timer_overflow)",
            ),
        ),
        hvm_allowed=True,
        args=(Arg("period_ns", 64, "the period in ns"),),
    ),
    _vcpu_call("stop_periodic_timer", "Stop the vcpu's periodic timer.", (), hvm_allowed=True),
    _vcpu_call(
        "set_singleshot_timer",
        "Arm the calling vcpu's singleshot timer at an absolute system time (a deadline"
        " already past fires at once).",
        (
            NOT_SELF,
            COPY_IN,
            code(ETIME, "flags has future and the deadline is already past"),
        ),
        hvm_allowed=True,
        args=(
            Arg("timeout_abs_ns", 64, "the deadline: system time in ns (an s_time_t)"),
            Arg("flags", 32, "VCPU_SSHOTTMR_* bits", enum="sshot_flags", default=0),
        ),
    ),
    _vcpu_call(
        "stop_singleshot_timer",
        "Stop the calling vcpu's singleshot timer.",
        (NOT_SELF,),
        hvm_allowed=True,
    ),
    _vcpu_call(
        "register_vcpu_info",
        "Move the vcpu's vcpu_info into a page of the guest's (PV: a machine frame the"
        " domain owns; Xen keeps a reference and a writable type on it until the domain"
        " dies).",
        (
            COPY_IN,
            code(EINVAL, "offset is above 4096 - 64 (the vcpu_info would cross the page)"),
            code(
                EINVAL,
                "a vcpu_info is already registered; for a guest of an HVM domain always"
                " (4.2.0 leaves its vcpu_info_mfn 0, not INVALID_MFN; fixed in 4.2.3 by"
                " 9b3db6d948)",
            ),
            code(
                EINVAL,
                "the frame is not one the domain owns, or its reference count is at its limit",
            ),
            code(ENOMEM, "Xen cannot map the page (fault site xen_alloc)"),
        ),
        hvm_allowed=True,
        # map_vcpu_info at RELEASE-4.17.0 (common/domain.c).
        tail_4_17=(
            COPY_IN,
            code(
                ENXIO,
                "offset is above 4096 - 64 or not a multiple of 8 (alignof(vcpu_info_t))",
            ),
            code(EINVAL, "a vcpu_info is already registered for the vcpu"),
            code(
                EINVAL,
                "the frame is not one the domain owns (an HVM guest's gfn: no RAM with a"
                " frame of its own), or its reference or type count is at its limit",
            ),
            code(ENOMEM, "Xen cannot map the page (fault site xen_alloc)"),
        ),
        args=(
            Arg(
                "mfn",
                64,
                "the frame (PV: a machine frame of the domain; HVM: a gfn)",
                hex=True,
            ),
            Arg("offset", 32, "where in the frame the vcpu_info goes", hex=True),
        ),
    ),
    _vcpu_call(
        "send_nmi",
        "Send an NMI to a vcpu (its nmi_pending; delivery into a PV guest is not modelled).",
        (code(EINVAL, "arg is not NULL"),),
        hvm_allowed=False,
        args=(Arg("arg", 64, "the argument handle; must be NULL (0)", hex=True, default=0),),
    ),
    _vcpu_call(
        "get_physid",
        "The physical CPU of a vcpu pinned to one (vcpu affinity is not modelled: no vcpu is"
        " pinned, as in 4.2 without dom0_vcpus_pin).",
        (code(EINVAL, "the vcpu is not pinned to one physical CPU"),),
        hvm_allowed=False,
        outputs=(Output("phys_id", 64, "APIC id | ACPI id << 32", hex=True),),
    ),
    _vcpu_call(
        "register_vcpu_time_memory_area",
        "Register a vcpu_time_info area: compiled out of 4.2 (#if 0), so unknown there; 4.17"
        " keeps the address (its updates of guest memory are not modelled).",
        (code(ENOSYS, "4.2 has no such sub-op (arch_do_vcpu_op: #if 0)"),),
        hvm_allowed=False,
        # do_vcpu_op's VCPUOP_register_vcpu_time_memory_area (arch/x86/domain.c, 4.17).
        tail_4_17=(
            COPY_IN,
            code(
                EFAULT,
                "a PV caller's address lies in Xen's reserved range [2^47,"
                " 0xffff880000000000) (guest_handle_okay)",
            ),
        ),
        args=(Arg("addr", 64, "the guest virtual address of the area", hex=True),),
    ),
    Call(
        name="vcpu_op_raw",
        family=VCPU,
        kind=Kind.HYPERCALL,
        summary="vcpu_op with any other cmd (unknown to 4.2).  A cmd that has its own call"
        " above is answered unsupported: the raw form does not carry its arguments.",
        numbers=hypercall("vcpu_op"),
        args=(number("cmd", 32, "the VCPUOP_* command"), _vcpuid()),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes={
            profile: (
                *(
                    ()
                    if profile == "xen-4.17"
                    else (hvm_enosys("such vcpu_op sub-op (hvm_vcpu_op)"),)
                ),
                *((MISSING_4_17,) if profile == "xen-4.17" else (RANGE, MISSING)),
                code(ENOSYS, "cmd is no VCPUOP_* command (arch_do_vcpu_op)"),
            )
            for profile in PROFILES
        },
    ),
    Call(
        name="set_timer_op",
        family=VCPU,
        kind=Kind.HYPERCALL,
        summary="Arm (or, with 0, stop) the calling vcpu's singleshot timer at an absolute"
        " system time; a deadline wrapped negative or more than 2^50 ns ahead is replaced"
        " by now + 100 ms (Linux workaround).  Never fails.",
        numbers=hypercall("set_timer_op"),
        args=(Arg("timeout", 64, "the deadline in ns of system time (an s_time_t)"),),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes={"doc": (), "xen-4.2": (), "xen-4.17": ()},
    ),
    Call(
        name="guest_timer_interrupt",
        family=VCPU,
        kind=Kind.EVENT,
        summary="A guest vcpu takes its timer interrupts: the VIRQ_TIMER events Xen"
        " delivered to it since it last did (singleshot, periodic and set_timer_op timers).",
        args=(domid(), Arg("vcpu", 32, "the vcpu")),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of timer events taken",
        codes={
            profile: (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain has no such vcpu"),
            )
            for profile in PROFILES
        },
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("VCPU_RANGE", "vcpu_op: vcpuid negative or not below MAX_VIRT_CPUS"),
    Reason(
        "VCPU_DOWN_LAST_4_17",
        "vcpu_op down: the last vcpu up shuts the domain down (poweroff) instead (4.17)",
    ),
    Reason("VCPU_MISSING", "vcpu_op: no such vcpu in the calling domain"),
    Reason("VCPU_COPY_FAULT", "vcpu_op: the argument struct cannot be copied"),
    Reason("VCPU_CONTEXT_NOMEM", "vcpu_op initialise: no memory for the context buffer"),
    Reason("VCPU_ALREADY_INITIALISED", "vcpu_op initialise: the vcpu is already initialised"),
    Reason(
        "VCPU_PV_CONTEXT_UNSUPPORTED",
        "vcpu_op initialise: a PV vcpu context (page tables, GDT) is not modelled",
    ),
    Reason("VCPU_NOT_INITIALISED", "vcpu_op up: the vcpu was never initialised"),
    Reason("VCPU_ADDR_RESERVED", "vcpu_op: the address lies in Xen's reserved range"),
    Reason("VCPU_PERIOD_SHORT", "vcpu_op periodic timer: period below 1 ms"),
    Reason("VCPU_PERIOD_LONG", "vcpu_op periodic timer: period above STIME_DELTA_MAX"),
    Reason("VCPU_NOT_SELF", "vcpu_op: the vcpu is not the calling vcpu"),
    Reason("VCPU_DEADLINE_PAST", "vcpu_op singleshot timer: future flag, deadline past"),
    Reason("VCPU_INFO_OFFSET", "vcpu_op vcpu_info: the offset crosses the page"),
    Reason(
        "VCPU_INFO_OFFSET_4_17",
        "vcpu_op vcpu_info: the offset crosses the page or is not 8-aligned (4.17: ENXIO)",
    ),
    Reason(
        "VCPU_INFO_GFN_FIXUP_4_17",
        "vcpu_op vcpu_info: the gfn needs unsharing, a page-in or PoD first (not modelled)",
    ),
    Reason(
        "VCPU_HVM_CONTEXT_UNSUPPORTED",
        "vcpu_op initialise: an HVM vcpu context (register state) is not modelled",
    ),
    Reason("VCPU_INFO_REGISTERED", "vcpu_op vcpu_info: already registered"),
    Reason(
        "VCPU_INFO_HVM_4_2_0",
        "vcpu_op vcpu_info: an HVM vcpu's vcpu_info_mfn reads 0 in 4.2.0 (fixed in 4.2.3)",
    ),
    Reason("VCPU_INFO_NOT_DOWN", "vcpu_op vcpu_info: another vcpu that is not down"),
    Reason("VCPU_INFO_BAD_FRAME", "vcpu_op vcpu_info: not a frame of the domain"),
    Reason("VCPU_INFO_NO_MAP", "vcpu_op vcpu_info: the page cannot be mapped"),
    Reason("VCPU_NMI_ARG", "vcpu_op send_nmi: arg is not NULL"),
    Reason("VCPU_NOT_PINNED", "vcpu_op get_physid: the vcpu is not pinned"),
    Reason("VCPU_UNKNOWN_CMD", "vcpu_op: no such sub-op"),
    Reason(
        "VCPU_RAW_HAS_CALL",
        "vcpu_op_raw: the sub-op has its own call; the raw form lacks its arguments",
    ),
    Reason("TIMER_HUGE", "set_timer_op: negative or far deadline; armed at now + 100 ms"),
    Reason("GUEST_NO_VCPU", "guest: the domain has no such vcpu"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "VCPU_STATE",
        "vcpu.1",
        "a vcpu that is up is initialised; an HVM domain's vcpus are all initialised, and up"
        " but in xen-4.17 (4.2 gives its guests no sub-op that changes either; 4.17's"
        " VCPUOP_down does, and its VCPUOP_initialise of an HVM vcpu is not modelled); a"
        " registered vcpu_info names a frame of the vcpu's own domain that holds a reference"
        " and a writable type",
    ),
    Invariant(
        "VCPU_TIMERS",
        "vcpu.2",
        "a vcpu's periodic timer period is 0 or between 1 ms and STIME_DELTA_MAX (2^62-1)",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "PERIODIC_TIMER_OVERFLOW",
        "periodic_timer_overflow",
        "XSA-20 / CVE-2012-4535, dfa0cb6a14 (first in 4.2.1)",
        "VCPUOP_set_periodic_timer accepts a period above STIME_DELTA_MAX: once the timer has"
        " ticked, last + period overflows into the past and the timer softirq re-arms it"
        " there forever",
    ),
    PlantedBug(
        "VCPU_UP_UNINITIALISED",
        "vcpu_up_uninitialised",
        "949ebc61f8 (2005): VCPUOP_up did not check that the vcpu was initialised",
        "VCPUOP_up brings up a vcpu that was never initialised (it would run on a zeroed context)",
    ),
)
