"""The seed's PV-only hypercalls, console_io, and raw hypercall numbers: seed 002, the
note /work/notes/pv.md section 6.

A guest of an HVM domain gets what 4.2's HVM hypercall table gives it: -ENOSYS for every
call here (physdev_op's irq_status_query excepted, which the table lets through).  From a
PV domain (the control domain, or a PV guest) the calls that change a PV guest's own MMU
or CPU state (page tables, descriptor and trap tables, segments, debug registers, the
FPU flag, iret, the PV physdev ops) reach paths the engine does not model: they are
answered *unsupported*, never with a guessed result.  vm_assist and nmi_op only record a
flag or check an address, and are modelled; console_io is dom0's console.  Its C side is
``csrc/pvonly.c``.
"""

from __future__ import annotations

import dataclasses

from .common import code, enum, number
from .errnos import E2BIG, EACCES, EFAULT, EINVAL, ENOSYS, EPERM, ESRCH
from .hypercalls import PHYSDEVOP, hvm_enosys, hvm_enosys_4_17, hvm_enosys_rows, hypercall
from .model import (
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    Kind,
    Numbers,
    Output,
    Reason,
    Returns,
    scalar_list,
)

PVONLY = Family(
    "pvonly",
    "the PV-only hypercalls of seed 002, console_io and raw hypercall numbers",
    order=34,
    fuzz_weight=1,
)
FAMILIES = (PVONLY,)

VMASST_TYPE = enum(
    "vmasst_type",
    "vm_assist types (VMASST_TYPE_*, public/xen.h at 4.2; MAX_VMASST_TYPE 3)",
    four_gb_segments=0,
    four_gb_segments_notify=1,
    writable_pagetables=2,
    pae_extended_cr3=3,
)
VMASST_CMD = enum("vmasst_cmd", "vm_assist commands (VMASST_CMD_*)", enable=0, disable=1)
CONSOLEIO = enum("consoleio", "console_io commands (CONSOLEIO_*)", write=0, read=1)
NMI_OP = enum(
    "nmi_op",
    "nmi_op commands (XENNMI_*, public/nmi.h)",
    register_callback=0,
    unregister_callback=1,
)
XENIRQSTAT = enum(
    "xenirqstat",
    "irq_status_query flags (XENIRQSTAT_*)",
    flags=True,
    needs_eoi=1,
    shared=2,
)


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """The seed documents no error of these calls (nmi_op apart): doc follows 4.2."""
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def _gated(hypercall_name: str, *rest: Code) -> dict[str, tuple[Code, ...]]:
    """A call of a hypercall with no sub-op filter: the profile's HVM table, then ``rest``."""
    rows = hvm_enosys_rows(hypercall_name, hypercall_name)
    return {profile: head + rest for profile, head in rows.items()}


_RAW_42 = (
    hvm_enosys("such hypercall, or op is 64 or more"),
    code(
        ENOSYS,
        "a PV caller's op is 64 or more, or a slot of the PV table with no"
        " handler (11, 39-47, 49-63: do_ni_hypercall)",
    ),
)


def _addr(name: str, doc: str) -> Arg:
    return Arg(name, 64, doc, hex=True)


UNSUPPORTED_PV = (
    " From a PV domain it is answered unsupported: the engine does not model the PV"
    " guest's MMU and CPU state."
)


def _pv_only(
    name: str,
    summary: str,
    args: tuple[Arg, ...],
    numbers: Numbers | None = None,
    outputs: tuple[Output, ...] = (),
) -> Call:
    return Call(
        name=name,
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary=summary + UNSUPPORTED_PV,
        numbers=numbers if numbers is not None else hypercall(name),
        args=args,
        outputs=outputs,
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        # A sub-op (physdev_op's) meets hvm_physdev_op's filter in 4.17 too.
        codes=hvm_enosys_rows(
            name if numbers is None else numbers.chain[0][0] if len(numbers.chain) == 1 else "",
            numbers_label(name, numbers),
        ),
    )


def numbers_label(name: str, numbers: Numbers | None) -> str:
    return str(numbers.chain[-1][0]) if numbers is not None else name


def _physdev(name: str) -> Numbers:
    return hypercall("physdev_op", (f"PHYSDEVOP_{name}", PHYSDEVOP.values[name]))


_COUNT = Arg("count", 32, "the number of elements (an unsigned int)")
_PDONE = _addr("pdone", "where Xen writes how many were done (NULL: nowhere)")
_FOREIGNDOM = Arg("foreigndom", 16, "the domain whose frames the ops name (DOMID_SELF)")
_DOM0_ONLY = code(EPERM, "the caller is not domain 0 (the emergency console is dom0's)")


def _console_read_codes() -> dict[str, tuple[Code, ...]]:
    """4.17's do_console_io refuses a read count above INT_MAX (E2BIG) so that the count of
    bytes read cannot look like an error; 4.2's int count reads nothing instead."""
    codes = _gated(
        "console_io",
        _DOM0_ONLY,
        code(EFAULT, "the buffer is shorter than the bytes there are to read"),
    )
    big = code(E2BIG, "count is above INT_MAX (do_console_io, RELEASE-4.17.0)")
    return {**codes, "xen-4.17": codes["xen-4.17"] + (big,)}


def _console(command: str) -> Numbers:
    return hypercall("console_io", (f"CONSOLEIO_{command}", CONSOLEIO.values[command]))


CALLS: tuple[Call, ...] = (
    _pv_only(
        "set_trap_table",
        "Load the PV guest's virtual IDT (an array of trap_info ending with a zero address;"
        " NULL clears it).",
        (_addr("table", "the guest address of the trap_info array"),),
    ),
    _pv_only(
        "mmu_update",
        "Update PV page-table entries and M2P entries (MMU_NORMAL_PT_UPDATE,"
        " MMU_MACHPHYS_UPDATE, ...) from an array of {ptr, val} requests.",
        (_addr("req", "the guest address of the mmu_update_t array"), _COUNT, _PDONE, _FOREIGNDOM),
    ),
    _pv_only(
        "set_gdt",
        "Load the PV guest's GDT from a list of frames.",
        (
            _addr("frame_list", "the guest address of the frame list"),
            Arg("entries", 32, "the number of descriptors"),
        ),
    ),
    _pv_only(
        "stack_switch",
        "Set the kernel stack used on a ring switch.",
        (Arg("ss", 64, "the stack segment", hex=True), _addr("esp", "the stack pointer")),
    ),
    _pv_only(
        "set_callbacks",
        "Set the PV guest's event, failsafe and syscall entry points.",
        (
            _addr("event_address", "the event upcall entry"),
            _addr("failsafe_address", "the failsafe entry"),
            _addr("syscall_address", "the syscall entry"),
        ),
    ),
    _pv_only(
        "fpu_taskswitch",
        "Set (1) or clear (0) CR0.TS for the PV guest.",
        (Arg("set", 32, "non-zero sets the task-switched flag"),),
    ),
    _pv_only(
        "set_debugreg",
        "Write a debug register of the PV vcpu.",
        (Arg("reg", 32, "the debug register (0-7)"), Arg("value", 64, "the value", hex=True)),
    ),
    _pv_only(
        "get_debugreg",
        "Read a debug register of the PV vcpu.",
        (Arg("reg", 32, "the debug register (0-7)"),),
    ),
    _pv_only(
        "update_descriptor",
        "Write one descriptor of a PV GDT or LDT page (by machine address).",
        (
            _addr("ma", "the machine address of the descriptor"),
            Arg("desc", 64, "the descriptor", hex=True),
        ),
    ),
    _pv_only(
        "update_va_mapping",
        "Update the PV page-table entry that maps a virtual address (and flush).",
        (
            _addr("va", "the virtual address"),
            Arg("val", 64, "the new PTE", hex=True),
            Arg("flags", 64, "UVMF_* flush flags", hex=True),
        ),
    ),
    _pv_only(
        "iret",
        "Return from a PV guest's exception frame (ends a multicall: see multicall).",
        (),
    ),
    _pv_only(
        "set_segment_base",
        "Set the FS, GS (kernel or user) base, or the GS selector, of a 64-bit PV vcpu.",
        (Arg("which", 32, "SEGBASE_*"), _addr("base", "the base")),
    ),
    dataclasses.replace(
        _pv_only(
            "mmuext_op",
            "Extended MMU operations on an array of ops: pin and unpin page tables,"
            " NEW_BASEPTR (CR3), SET_LDT, TLB flushes and INVLPG (local, multi, all),"
            " FLUSH_CACHE.  In xen-4.17 an HVM guest reaches do_mmuext_op: its prologue is"
            " modelled up to the XSM check, the ops themselves are answered unsupported.",
            (
                _addr("ops", "the guest address of the mmuext_op_t array"),
                _COUNT,
                _PDONE,
                _FOREIGNDOM,
            ),
        ),
        codes={
            **hvm_enosys_rows("mmuext_op", "mmuext_op"),
            # do_mmuext_op for an HVM caller (arch/x86/mm.c, RELEASE-4.17.0).
            "xen-4.17": (
                code(
                    ESRCH,
                    "an HVM caller names itself by its id, or no domain has foreigndom"
                    " (get_pg_owner)",
                ),
                code(EINVAL, "an HVM caller's foreign domain is not PV (DOMID_SELF: itself)"),
                code(
                    EPERM,
                    "an HVM caller is neither the control domain nor the PV foreign"
                    " domain's device model (xsm_mmuext_op, XSM_TARGET)",
                ),
                code(
                    EACCES,
                    "the HVM control domain's XSM check is denied for the foreign domain"
                    " (caller_privilege xsm_deny)",
                ),
            ),
        },
    ),
    _pv_only(
        "physdev_set_iopl",
        "Set the PV vcpu's I/O privilege level.",
        (_addr("arg", "the guest address of struct physdev_set_iopl"),),
        numbers=_physdev("set_iopl"),
    ),
    _pv_only(
        "physdev_irq_unmask_notify",
        "Tell Xen the guest unmasked its physical IRQs (legacy since 0x00030202).",
        (),
        numbers=_physdev("irq_unmask_notify"),
    ),
    _pv_only(
        "physdev_set_iobitmap",
        "Set the PV vcpu's I/O port bitmap.",
        (
            _addr("bitmap", "the guest address of the bitmap"),
            Arg("nr_ports", 32, "the number of ports it covers"),
        ),
        numbers=_physdev("set_iobitmap"),
    ),
    _pv_only(
        "physdev_apic_read",
        "Read an IO-APIC register (privileged).",
        (_addr("apic_physbase", "the IO-APIC's physical base"), Arg("reg", 32, "the register")),
        numbers=_physdev("apic_read"),
    ),
    _pv_only(
        "physdev_apic_write",
        "Write an IO-APIC register (privileged).",
        (
            _addr("apic_physbase", "the IO-APIC's physical base"),
            Arg("reg", 32, "the register"),
            Arg("value", 32, "the value", hex=True),
        ),
        numbers=_physdev("apic_write"),
    ),
    _pv_only(
        "physdev_alloc_irq_vector",
        "Assign a vector to an IRQ (the seed's PHYSDEVOP_ASSIGN_VECTOR).",
        (Arg("irq", 32, "the IRQ"),),
        numbers=_physdev("alloc_irq_vector"),
    ),
    Call(
        name="physdev_irq_status_query",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Whether a physical IRQ needs an EOI notification (the one PV physdev op of"
        " the seed an HVM guest may make).  No pirq of an HVM domain is ever mapped in the"
        " engine (PHYSDEVOP_map_pirq is not modelled), so an HVM guest always gets EINVAL."
        + UNSUPPORTED_PV,
        numbers=_physdev("irq_status_query"),
        args=(Arg("irq", 32, "the pirq (an int)"),),
        outputs=(Output("flags", 32, "XENIRQSTAT_* bits", enum="xenirqstat"),),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes=_both(
            (
                code(EFAULT, "the struct cannot be read (fault site copy)"),
                code(
                    EINVAL,
                    "irq is negative or not below the domain's pirqs, or an HVM domain's pirq"
                    " is mapped neither to a machine IRQ nor an emulated one",
                ),
            )
        ),
    ),
    Call(
        name="physdev_op_raw",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="physdev_op with any other cmd.  An HVM guest gets -ENOSYS outside"
        " hvm_physdev_op's five sub-ops; those four without a call of their own here (eoi,"
        " map_pirq, unmap_pirq, get_free_pirq) and every PV physdev path are answered"
        " unsupported.",
        numbers=hypercall("physdev_op"),
        args=(
            number("cmd", 32, "the PHYSDEVOP_* command"),
            _addr("arg", "the guest address of the op's struct"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes=_both((hvm_enosys("such physdev_op sub-op (hvm_physdev_op)"),)),
    ),
    Call(
        name="vm_assist",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Turn a PV assist on or off for the calling domain (4gb_segments,"
        " 4gb_segments_notify, writable_pagetables, pae_extended_cr3: only the flag is"
        " kept; xenver_get_features reports pae_extended_cr3).",
        numbers=hypercall("vm_assist"),
        args=(
            Arg("cmd", 32, "enable or disable", enum="vmasst_cmd"),
            Arg("type", 32, "the assist", enum="vmasst_type"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes={
            **_gated(
                "vm_assist",
                code(EINVAL, "type is above MAX_VMASST_TYPE (3)"),
                code(ENOSYS, "cmd is neither enable nor disable"),
            ),
            # do_vm_assist and arch_vm_assist_valid_mask at RELEASE-4.17.0.
            "xen-4.17": (
                code(
                    EINVAL,
                    "type is not in the domain's valid mask: an HVM domain's is"
                    " runstate_update_flag (5) only, a PV domain's types 0-5 and m2p_strict"
                    " (32)",
                ),
                code(ENOSYS, "cmd is neither enable nor disable"),
            ),
        },
    ),
    Call(
        name="nmi_op_register",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Register the calling vcpu's NMI callback (the PV trap table entry itself is"
        " not kept: nothing the engine models reads it).",
        numbers=hypercall(
            "nmi_op", ("XENNMI_register_callback", NMI_OP.values["register_callback"])
        ),
        args=(_addr("handler_address", "the callback's address"),),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes={
            "doc": (
                hvm_enosys("nmi_op"),
                code(EFAULT, "the xennmi_callback struct cannot be read (fault site copy)"),
                code(
                    EINVAL,
                    "the caller is not domain 0's vcpu 0 (the seed: 'All other"
                    " callers will be returned EINVAL')",
                ),
                code(EINVAL, "handler_address is not canonical"),
            ),
            "xen-4.2": (
                hvm_enosys("nmi_op"),
                code(EFAULT, "the xennmi_callback struct cannot be read (fault site copy)"),
                code(EINVAL, "handler_address is not canonical"),
            ),
            "xen-4.17": (
                hvm_enosys("nmi_op"),
                code(EFAULT, "the xennmi_callback struct cannot be read (fault site copy)"),
                code(EINVAL, "handler_address is not canonical"),
            ),
        },
    ),
    Call(
        name="nmi_op_unregister",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Clear the calling vcpu's NMI callback.",
        numbers=hypercall(
            "nmi_op", ("XENNMI_unregister_callback", NMI_OP.values["unregister_callback"])
        ),
        args=(),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes=_both((hvm_enosys("nmi_op"),)),
    ),
    Call(
        name="console_io_write",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Domain 0 writes to Xen's console: the bytes go to the console log in"
        " chunks of 127, in 4.2 each cut at its first NUL (sercon_puts takes a C string);"
        " 4.17 writes every byte of a chunk (conring_puts takes a length).",
        numbers=_console("write"),
        args=(
            Arg(
                "count",
                32,
                "the number of bytes (4.2: an int, 0 or negative writes nothing; 4.17: an"
                " unsigned int)",
            ),
            scalar_list("buffer", 8, "the bytes", length="count", hex=True),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=_gated(
            "console_io",
            _DOM0_ONLY,
            code(
                EFAULT,
                "the buffer holds fewer than count bytes (the chunks before the short one"
                " were written)",
            ),
        ),
    ),
    Call(
        name="console_io_read",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Domain 0 reads what arrived on the serial line (the 128-byte input ring"
        " filled by serial_input), up to count bytes.",
        numbers=_console("read"),
        args=(
            Arg(
                "count",
                32,
                "the most bytes to read (4.2: an int, 0 or negative reads nothing; 4.17: an"
                " unsigned int, above INT_MAX refused)",
            ),
            scalar_list(
                "buffer",
                8,
                "where the bytes go",
                length="count",
                direction=Direction.OUT,
                hex=True,
            ),
        ),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of bytes read",
        caller=Caller.ANY,
        codes=_console_read_codes(),
    ),
    Call(
        name="console_io_raw",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="console_io with any other cmd.  write and read have calls of their own: the"
        " raw form of those is answered unsupported.",
        numbers=hypercall("console_io"),
        args=(number("cmd", 32, "the CONSOLEIO_* command"), Arg("count", 32, "the count argument")),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes=_gated("console_io", _DOM0_ONLY, code(ENOSYS, "cmd is no CONSOLEIO_* command")),
    ),
    Call(
        name="hypercall_raw",
        family=PVONLY,
        kind=Kind.HYPERCALL,
        summary="Any hypercall number with its first five raw arguments.  Numbers Xen has no"
        " handler for in the caller's table are -ENOSYS; a number Xen would dispatch is"
        " answered unsupported (the engine models hypercalls through the calls of the"
        " catalogue, not from raw registers).",
        args=(
            Arg("op", 64, "the hypercall number (rax; an HVM guest's eax: its low 32 bits)"),
            Arg("a0", 64, "the first argument (the sub-op of a filtered hypercall)", hex=True),
            Arg("a1", 64, "the second argument", hex=True),
            Arg("a2", 64, "the third argument", hex=True),
            Arg("a3", 64, "the fourth argument", hex=True),
            Arg("a4", 64, "the fifth argument", hex=True),
        ),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            "doc": _RAW_42,
            "xen-4.2": _RAW_42,
            "xen-4.17": (
                hvm_enosys_4_17("such hypercall, or op is 64 or more"),
                code(
                    ENOSYS,
                    "a PV caller's op is 64 or more, or a slot of the PV table with no"
                    " handler (11, 38, 39, 43-47, 50-63: hypercall-defs.c at 4.17)",
                ),
            ),
        },
    ),
    Call(
        name="serial_input",
        family=PVONLY,
        kind=Kind.EVENT,
        summary="Bytes arrive on Xen's serial line: they go to domain 0's input ring (128"
        " bytes; bytes that find it full are dropped), except CTRL-A three times, which"
        " switches the input between domain 0 and Xen.  Input for Xen's debug keys is not"
        " modelled: such a byte is answered unsupported.",
        args=(
            Arg("count", 32, "the number of bytes"),
            scalar_list("chars", 8, "the bytes, in order", length="count", hex=True),
        ),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of bytes domain 0's ring took",
        codes=_both((code(EINVAL, "chars holds fewer than count bytes"),)),
    ),
    Call(
        name="serial_output",
        family=PVONLY,
        kind=Kind.EVENT,
        summary="The host reads what Xen wrote to its console, oldest first (the log keeps"
        " the newest 4096 bytes).",
        args=(
            Arg("count", 32, "the most bytes to take"),
            scalar_list(
                "chars",
                8,
                "where the bytes go",
                length="count",
                direction=Direction.OUT,
                hex=True,
            ),
        ),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the number of bytes taken",
        codes=_both(()),
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("PV_STATE_UNSUPPORTED", "pv: the PV guest's MMU or CPU state is not modelled"),
    Reason(
        "PV_PHYSDEV_UNSUPPORTED", "pv: the PV physdev paths (pirqs, I/O ports) are not modelled"
    ),
    Reason("PHYSDEV_HVM_UNSUPPORTED", "physdev: this HVM sub-op (pirq mapping) is not modelled"),
    Reason("PHYSDEV_COPY_FAULT", "physdev: the argument struct cannot be copied"),
    Reason("PHYSDEV_IRQ_RANGE", "physdev irq_status_query: irq not below nr_pirqs"),
    Reason("PHYSDEV_PIRQ_UNMAPPED", "physdev irq_status_query: the pirq is not mapped"),
    Reason("VMASST_TYPE", "vm_assist: no such type"),
    Reason("VMASST_CMD", "vm_assist: no such command"),
    Reason(
        "MMUEXT_CONTINUATION",
        "mmuext_op: a preempted op's re-entry (count MMU_UPDATE_PREEMPTED, NULL ops) is not"
        " modelled",
    ),
    Reason("MMUEXT_OWNER_SELF", "mmuext_op: the foreign domain is the caller's own id"),
    Reason("MMUEXT_NO_OWNER", "mmuext_op: no such foreign domain"),
    Reason("MMUEXT_OWNER_NOT_PV", "mmuext_op: the foreign domain is not PV"),
    Reason("MMUEXT_NOT_PRIVILEGED", "mmuext_op: the caller may not act on the foreign domain"),
    Reason(
        "MMUEXT_OPS_UNSUPPORTED",
        "mmuext_op: the ops in guest memory (pin, unpin, flushes) are not modelled",
    ),
    Reason("NMI_COPY_FAULT", "nmi_op: the callback struct cannot be copied"),
    Reason("NMI_NOT_DOM0_VCPU0", "nmi_op: the seed allows domain 0's vcpu 0 only"),
    Reason("NMI_NOT_CANONICAL", "nmi_op: the handler address is not canonical"),
    Reason("CONSOLE_NOT_DOM0", "console_io: the caller is not domain 0"),
    Reason("CONSOLE_COPY_FAULT", "console_io: the buffer ends before count"),
    Reason("CONSOLE_UNKNOWN_CMD", "console_io: no such command"),
    Reason("CONSOLE_READ_TOO_BIG", "console_io: a read count above INT_MAX (4.17)"),
    Reason(
        "CONSOLE_RAW_HAS_CALL",
        "console_io_raw: the command has its own call; the raw form lacks its buffer",
    ),
    Reason("RAW_NO_HANDLER", "hypercall: no handler at that number"),
    Reason(
        "RAW_DISPATCHED",
        "hypercall_raw: Xen would run this hypercall; the engine models it by its own calls",
    ),
    Reason("SERIAL_SHORT", "serial_input: fewer bytes than count"),
    Reason("SERIAL_RING_FULL", "serial_input: dom0's input ring was full; bytes dropped"),
    Reason("SERIAL_FOR_XEN", "serial_input: input for Xen's debug keys is not modelled"),
)
