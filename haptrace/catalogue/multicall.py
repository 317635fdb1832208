"""multicall (hypercall 13): seed 002, reference 6.6, the note /work/notes/pv.md section 5.

A batch of hypercalls, each entry a catalogue call with its own argument words and a result
written back.  An entry runs through the engine's normal dispatch as the same caller; a
failing entry does not stop the batch.  In 4.2 only PV domains (the control domain, PV
guests) may issue it: the HVM hypercall table has no multicall.

The entry layout (element of the ``calls`` list, 8 words; Xen's multicall_entry_t is
``{op, result, args[6]}``): ``call`` the catalogue id of the entry's call (the engine's name
for Xen's op and sub-op), ``arg0`` .. ``arg5`` the call's arguments in catalogue order (a
call with fewer leaves the rest 0), ``result`` the raw result Xen writes back (the value,
or minus the errno, as an unsigned 64-bit word; HT_RAW_UNSUPPORTED for an entry the engine
does not model).  Outputs of an entry's call other than its result are not kept (Xen writes
them into the sub-call's own structures, which the entry does not carry).  An entry's list
argument (only a nested multicall's is ever run) is a list reference relative to the batch's
own list: ``offset << 32 | count`` with offset 0 the batch itself, so a trace means the same
wherever its lists are packed.  Its C side is ``csrc/multicall.c``.
"""

from __future__ import annotations

from haptrace.profiles import PROFILES

from .common import code
from .errnos import EFAULT, EINVAL
from .hypercalls import hvm_enosys, hypercall
from .limits import MULTICALL_MAX_ENTRIES
from .model import (
    Arg,
    Call,
    Caller,
    Direction,
    Family,
    Field,
    HostOption,
    Invariant,
    Kind,
    ListArg,
    PlantedBug,
    Reason,
    Returns,
)

MULTICALL = Family(
    "multicall",
    "multicall: a batch of hypercalls, each entry with its own result",
    order=33,
    fuzz_weight=1,
)
FAMILIES = (MULTICALL,)

ENTRY = (
    Field(
        "call",
        32,
        "the entry's call: its catalogue id (Xen's op and sub-op); its name in the text form",
        call_id=True,
    ),
    *(
        Field(f"arg{i}", 64, f"argument {i} of the entry's call, in catalogue order", hex=True)
        for i in range(6)
    ),
    Field(
        "result",
        64,
        "written back: the entry's raw result (minus the errno on failure), as Xen's unsigned long",
        hex=True,
    ),
)

CALLS: tuple[Call, ...] = (
    Call(
        name="multicall",
        family=MULTICALL,
        kind=Kind.HYPERCALL,
        summary="Run a batch of hypercalls in order, each entry's result written back; a"
        " failing entry does not stop the batch.  A nested multicall entry gets -EINVAL;"
        " an entry that is an environment event is refused (not a hypercall); an entry"
        " whose call takes lists, or more than six arguments, is answered unsupported, and"
        " so is the whole batch then.  An iret entry ends the batch (the XSA-213 fix).",
        numbers=hypercall("multicall"),
        args=(
            ListArg(
                "calls",
                "the entries (multicall_entry_t)",
                ENTRY,
                length="nr_calls",
                direction=Direction.INOUT,
                max_length=MULTICALL_MAX_ENTRIES,
            ),
            Arg("nr_calls", 32, "the number of entries (an unsigned int)"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            profile: (
                # 4.17's HVM table has multicall (an HVM guest's batch is unsupported there)
                *(() if profile == "xen-4.17" else (hvm_enosys("multicall"),)),
                code(
                    EINVAL,
                    "issued from inside a multicall: a nested entry's result (the outer"
                    " batch goes on and returns 0)",
                ),
                code(
                    EFAULT,
                    "the list holds fewer than nr_calls entries (the entries before the"
                    " missing one ran and have their results)",
                ),
            )
            for profile in PROFILES
        },
    ),
)

HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption(
        "hypercall_preempt",
        "hypercall_preempt_check() always finds work pending (a host under constant"
        " softirq load): a multicall continues itself after every entry",
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("MULTICALL_NESTED", "multicall: issued from inside a multicall"),
    Reason("MULTICALL_SHORT", "multicall: the list ends before nr_calls"),
    Reason(
        "MULTICALL_BAD_ENTRY",
        "multicall: an entry names no hypercall of the catalogue, or an argument too wide",
    ),
    Reason(
        "MULTICALL_ENTRY_UNSUPPORTED",
        "multicall: an entry takes lists or more than six arguments, or is unsupported",
    ),
    Reason("MULTICALL_EXIT", "multicall: an iret entry ended the batch"),
    Reason("MULTICALL_NO_PROGRESS", "multicall: preempted before its first entry; no progress"),
    Reason("MULTICALL_STACK", "multicall: nested too deep; the hypervisor stack overflows"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "MULTICALL_ENTRIES",
        "multicall.1",
        "a multicall writes only the result fields of its entries, and leaves every entry"
        " after one that ends the batch (iret) as it was",
    ),
    Invariant(
        "MULTICALL_NESTING",
        "multicall.2",
        "no multicall runs inside another on the same vcpu: a nested one only returns"
        " -EINVAL into its entry",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "MULTICALL_PREEMPT_FIRST",
        "multicall_preempt_first",
        "8c0eed2cc8 (stable-4.2 584eb273db, first in 4.2.5)",
        "do_multicall checks for preemption before its first entry too: with work always"
        " pending (host option hypercall_preempt) a batch never makes progress",
    ),
    PlantedBug(
        "MULTICALL_IRET_CONTINUES",
        "multicall_iret_continues",
        "XSA-213, 22c096c99d (2017; 4.2 has no mc_exit)",
        "a multicall goes on after an iret entry, running the remaining entries for a guest"
        " that is now in user mode",
        unmodelled_trigger="an iret entry needs the PV guest's exception frame on its stack,"
        " which the engine does not model: the iret, and so its multicall, is answered"
        " unsupported (do_iret, arch/x86/x86_64/traps.c)",
    ),
    PlantedBug(
        "MULTICALL_REENTRY",
        "multicall_reentry",
        "the stack-exhaustion hazard _MCSF_in_multicall guards against (a8bcd6b668, 2004;"
        " the assembly multicall before it: 'a malicious caller could cause our stack to"
        " blow up')",
        "a multicall entry may itself be a multicall: a list naming itself recurses until"
        " the hypervisor stack overflows",
    ),
)
