"""Event channels: the per-domain port table and EVTCHNOP_* (seed 002, reference 6.1).

The table is engine state that several families use: the mem_event rings bind their
Xen-consumer ports in it, sched_op polls it, and the EVTCHNOP_* hypercalls below operate on
it.  Its C side is ``csrc/evtchn.c``, which cites ``xen/common/event_channel.c`` at
RELEASE-4.2.0 for every check.

The seed describes each op without its errors, so ``doc`` documents what the 4.2 code
returns, in its order (research note pv.md 11b): the two profiles agree on every code.
Every op copies its argument struct in first and, for the six with outputs, back out on
success; the engine's ``copy`` fault site makes either copy fail (EFAULT), and a failed
copy-out keeps the port it allocated, as Xen does ("Cleaning up here would be a mess!").
"""

from __future__ import annotations

from .common import XSM_DENIED, code, enum
from .errnos import EACCES, EEXIST, EFAULT, EINVAL, ENOENT, ENOMEM, ENOSPC, ENOSYS, EPERM, ESRCH
from .model import (
    CALLER,
    SHALLOW,
    Arg,
    Call,
    Caller,
    Code,
    Family,
    HostOption,
    Invariant,
    Kind,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
)

EVTCHN = Family(
    "evtchn",
    "event channels: the per-domain port table, EVTCHNOP_*, pending and mask bits, virqs",
    order=9,
    fuzz_weight=3,
)
FAMILIES = (EVTCHN,)

# Domain creation sizes each domain's pirq space from the host's GSIs (domain_create, 4.2:
# nr_pirqs = nr_irqs_gsi + extra_domU_irqs 32, or + extra_dom0_irqs 256 for domain 0).
HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption(
        "nr_irqs_gsi",
        "the host's GSIs (nr_irqs_gsi): a guest's pirqs are 0 to nr_irqs_gsi + 31, domain"
        " 0's 0 to nr_irqs_gsi + 255",
        default=48,
        bits=8,
    ),
)
HYPERCALL = Kind.HYPERCALL
EVENT = Kind.EVENT

EVTCHN_STATE = enum(
    "evtchn_state",
    "event-channel port states (ECS_* of xen/include/xen/sched.h; EVTCHNSTAT_* differ)",
    free=0,
    reserved=1,
    unbound=2,
    interdomain=3,
    pirq=4,
    virq=5,
    ipi=6,
)
EVTCHN_FLAGS = enum(
    "evtchn_flags",
    "the engine's per-port bits besides the shared-info bitmaps: a consumer in Xen"
    " (consumer_is_xen: the mem_event rings' ports)",
    flags=True,
    xen_consumer=4,
)
EVTCHN_STATUS = enum(
    "evtchn_status",
    "what EVTCHNOP_status reports (EVTCHNSTAT_*, public/event_channel.h)",
    closed=0,
    unbound=1,
    interdomain=2,
    pirq=3,
    virq=4,
    ipi=5,
)
EVTCHNOP = enum(
    "evtchnop",
    "event_channel_op sub-ops of 4.2 (EVTCHNOP_*, public/event_channel.h); 4.4 added"
    " init_control 11, expand_array 12 and set_priority 13 (FIFO)",
    bind_interdomain=0,
    bind_virq=1,
    bind_pirq=2,
    close=3,
    send=4,
    status=5,
    alloc_unbound=6,
    bind_ipi=7,
    bind_vcpu=8,
    unmask=9,
    reset=10,
)
# 4.2 names every VIRQ_* but 5, 13, 14 and 15 (public/xen.h); 11 is VIRQ_XC_RESERVED (ARGO
# from 4.13) and 13 is unnamed and global (XENPMU, per-vcpu, from 4.3).
VIRQ = enum(
    "virq",
    "virtual IRQs (VIRQ_* of 4.2's public/xen.h; NR_VIRQS 24): timer, debug and xenoprof"
    " are per-vcpu, every other number is global",
    timer=0,
    debug=1,
    console=2,
    dom_exc=3,
    tbuf=4,
    unnamed_5=5,
    debugger=6,
    xenoprof=7,
    con_ring=8,
    pcpu_state=9,
    mem_event=10,
    xc_reserved=11,
    enomem=12,
    unnamed_13=13,
    unnamed_14=14,
    unnamed_15=15,
    arch_0=16,
    arch_1=17,
    arch_2=18,
    arch_3=19,
    arch_4=20,
    arch_5=21,
    arch_6=22,
    arch_7=23,
)


def _evtchnop(name: str) -> Numbers:
    return Numbers((("event_channel_op", 32), (f"EVTCHNOP_{name}", EVTCHNOP.values[name])))


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """The seed gives no event-channel errors: doc documents the 4.2 code's (note 11b)."""
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": codes}


def _port(name: str, doc: str, owner: str | None = CALLER) -> Arg:
    return Arg(name, 32, doc, uses=Resource.PORT, owner=owner)


def _new_port(name: str = "port", owner: str = CALLER) -> Output:
    return Output(name, 32, "the new port", makes=Resource.PORT, owner=owner)


def _vcpu(doc: str) -> Arg:
    return Arg("vcpu", 32, doc)


def _dom(name: str, doc: str) -> Arg:
    return Arg(name, 16, doc, uses=Resource.DOMAIN)


COPY_IN = code(EFAULT, "the argument struct cannot be read (fault site copy)")
COPY_OUT = code(
    EFAULT,
    "the result cannot be written back (fault site copy, second pass): the port stays"
    " allocated, as in Xen",
)
TARGET = (
    code(ESRCH, "dom does not exist (DOMID_SELF is the caller)"),
    code(
        EPERM,
        "the caller is not privileged for dom (a guest naming its own numeric id"
        " included: only DOMID_SELF means itself)",
    ),
)
NO_PORT = code(
    ENOSPC,
    "every port up to the domain's limit is in use (4096 ports; lower after domain_set_max_evtchn)",
)
NO_BUCKET = code(
    ENOMEM,
    "a new bucket of 128 ports, or its ports' security labels, cannot be allocated"
    " (internal allocation failed)",
)
INVALID_PORT = code(
    EINVAL, "port is not valid: 4096 or more, or in a bucket of 128 the domain never allocated"
)
XEN_PORT = code(EINVAL, "port is Xen's own (a mem_event ring's port)")


def _allocating(whose: str = "the caller") -> tuple[Code, ...]:
    """What get_free_port adds, in its order: a dying domain, a full table, no bucket."""
    return (code(EINVAL, f"{whose} is dying"), NO_PORT, NO_BUCKET)


CALLS: tuple[Call, ...] = (
    Call(
        name="evtchn_alloc_unbound",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Allocate the lowest free port of dom, unbound and accepting a binding from"
        " remote_dom (the toolstack's xenstore and console rings; a guest with DOMID_SELF).",
        numbers=_evtchnop("alloc_unbound"),
        caller=Caller.ANY,
        args=(
            _dom("dom", "the domain the port is made in (DOMID_SELF: the caller)"),
            # Not a domain the call uses: any id is stored, unchecked (evtchn_alloc_unbound).
            Arg(
                "remote_dom",
                16,
                "the domain id allowed to bind (DOMID_SELF: the caller); any value, not"
                " checked to exist",
            ),
        ),
        outputs=(_new_port(owner="dom"),),
        returns=Returns.STATUS,
        codes={
            **_both((COPY_IN, *TARGET, *_allocating("dom"), XSM_DENIED, COPY_OUT)),
            # evtchn_alloc_unbound (common/event_channel.c, RELEASE-4.17.0): any id is
            # looked up, the port allocated, and only then xsm_evtchn_unbound(XSM_TARGET).
            "xen-4.17": (
                COPY_IN,
                code(ESRCH, "dom does not exist (DOMID_SELF is the caller)"),
                *_allocating("dom"),
                code(
                    EPERM,
                    "the caller is neither dom (by DOMID_SELF or its own id), its device model"
                    " nor the control domain (XSM_TARGET, after the port is allocated)",
                ),
                XSM_DENIED,
                COPY_OUT,
            ),
        },
    ),
    Call(
        name="evtchn_bind_interdomain",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Bind a new port of the caller to an unbound port of remote_dom that accepts"
        " the caller (loopback with DOMID_SELF allowed); the new local port is set pending.",
        numbers=_evtchnop("bind_interdomain"),
        caller=Caller.ANY,
        args=(
            _dom("remote_dom", "the domain of the unbound port (DOMID_SELF: the caller)"),
            _port("remote_port", "the unbound port in remote_dom", owner="remote_dom"),
        ),
        outputs=(_new_port("local_port"),),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                code(ESRCH, "remote_dom does not exist"),
                *_allocating(),
                code(
                    EINVAL,
                    "remote_port is not valid in remote_dom (4096 or more, or in a bucket"
                    " never allocated); checked after the local port is allocated",
                ),
                code(
                    EINVAL,
                    "remote_port is not unbound (free, reserved, already bound, Xen's and"
                    " bound) or accepts another domain than the caller",
                ),
                XSM_DENIED,
                COPY_OUT,
            )
        ),
    ),
    Call(
        name="evtchn_bind_virq",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Bind a new port of the caller to a virtual IRQ: a per-vcpu VIRQ on any vcpu,"
        " a global one on vcpu 0 only.",
        numbers=_evtchnop("bind_virq"),
        caller=Caller.GUEST,
        args=(
            Arg("virq", 32, "the virtual IRQ", enum="virq"),
            _vcpu("the vcpu to notify (0 for a global VIRQ)"),
        ),
        outputs=(_new_port(),),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                code(EINVAL, "virq is 24 or more"),
                code(EINVAL, "virq is global (not timer, debug or xenoprof) and vcpu is not 0"),
                code(ENOENT, "the caller has no such vcpu"),
                code(EEXIST, "the virq is already bound on that vcpu"),
                *_allocating(),
                COPY_OUT,
            )
        ),
    ),
    Call(
        name="evtchn_bind_ipi",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Bind a new port of the caller for inter-processor notifications to one of its"
        " vcpus.",
        numbers=_evtchnop("bind_ipi"),
        caller=Caller.GUEST,
        args=(_vcpu("the vcpu to notify"),),
        outputs=(_new_port(),),
        returns=Returns.STATUS,
        codes=_both(
            (COPY_IN, code(ENOENT, "the caller has no such vcpu"), *_allocating(), COPY_OUT)
        ),
    ),
    Call(
        name="evtchn_bind_pirq",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Bind a new port of the caller to a physical IRQ number (an HVM guest binds"
        " the number; a PV domain binds the machine IRQ, which needs access to it).",
        numbers=_evtchnop("bind_pirq"),
        caller=Caller.GUEST,
        args=(
            Arg("pirq", 32, "the pirq (below nr_irqs_gsi + 32; + 256 for domain 0)"),
            Arg("flags", 32, "BIND_PIRQ__WILL_SHARE (1) or 0", default=0),
        ),
        outputs=(_new_port(),),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                code(EINVAL, "pirq is not below the domain's nr_pirqs"),
                code(
                    EPERM,
                    "a paravirtualised caller without access to the IRQ (only domain 0 has"
                    " any: the engine has no XEN_DOMCTL_irq_permission)",
                ),
                code(EEXIST, "the pirq is already bound to a port"),
                *_allocating(),
                code(ENOMEM, "the pirq's record cannot be allocated (internal allocation failed)"),
                code(
                    EINVAL,
                    "a paravirtualised caller: the pirq is mapped to no machine IRQ"
                    " (pirq_guest_bind; PHYSDEVOP_map_pirq is not modelled)",
                ),
                COPY_OUT,
            )
        ),
    ),
    Call(
        name="evtchn_close",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Close a port of the caller: an interdomain peer becomes unbound and accepts"
        " the closer again; the port's pending bit is cleared (its mask is kept).",
        numbers=_evtchnop("close"),
        caller=Caller.GUEST,
        args=(_port("port", "the caller's port"),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                INVALID_PORT,
                XEN_PORT,
                code(EINVAL, "port is free, or reserved (port 0)"),
            )
        ),
    ),
    Call(
        name="evtchn_notify",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="EVTCHNOP_send (libxc's xc_evtchn_notify): notify the remote end of an"
        " interdomain port (a Xen port runs its consumer: a ring resumes), or the caller's own"
        " vcpu through an IPI port; on an unbound port the event is dropped.",
        numbers=_evtchnop("send"),
        caller=Caller.ANY,
        args=(_port("port", "the caller's port"),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                INVALID_PORT,
                XEN_PORT,
                code(
                    EACCES,
                    "the XSM policy refuses the toolstack sending to the interdomain peer",
                ),
                code(EINVAL, "port is free, reserved, or bound to a virq or a pirq"),
            )
        ),
    ),
    Call(
        name="evtchn_status",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="The state of a port of dom: closed (free or reserved), unbound, interdomain,"
        " pirq, virq or ipi, with its notified vcpu (Xen's own ports are shown too).",
        numbers=_evtchnop("status"),
        caller=Caller.ANY,
        args=(
            _dom("dom", "the domain (DOMID_SELF: the caller)"),
            _port("port", "the port of dom", owner="dom"),
        ),
        outputs=(
            Output("status", 32, "EVTCHNSTAT_*", enum="evtchn_status"),
            Output("vcpu", 32, "the vcpu notified"),
            Output("remote_dom", 16, "unbound: who may bind; interdomain: the peer"),
            Output("remote_port", 32, "interdomain: the peer's port"),
            Output("irq", 32, "pirq: the pirq; virq: the virq"),
        ),
        returns=Returns.STATUS,
        codes={
            **_both((COPY_IN, *TARGET, INVALID_PORT, XSM_DENIED, COPY_OUT)),
            # evtchn_status (common/event_channel.c, RELEASE-4.17.0): a Xen consumer's
            # port is refused (4.15's f60ab5337f), before the XSM_TARGET check.
            "xen-4.17": (
                COPY_IN,
                *TARGET,
                INVALID_PORT,
                code(EACCES, "the port is consumed by Xen (a vm_event ring's)"),
                XSM_DENIED,
                COPY_OUT,
            ),
        },
    ),
    Call(
        name="evtchn_bind_vcpu",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Make a port of the caller notify another of its vcpus (unbound, interdomain,"
        " global virq and pirq ports).",
        numbers=_evtchnop("bind_vcpu"),
        caller=Caller.GUEST,
        args=(_port("port", "the caller's port"), _vcpu("the vcpu to notify")),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                COPY_IN,
                code(ENOENT, "the caller has no such vcpu (checked before the port)"),
                INVALID_PORT,
                XEN_PORT,
                code(EINVAL, "port is free, reserved, an ipi, or a per-vcpu virq"),
            )
        ),
    ),
    Call(
        name="evtchn_unmask",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Clear a port's mask bit; if it is pending, raise an upcall on its vcpu (any"
        " valid port, whatever its state).",
        numbers=_evtchnop("unmask"),
        caller=Caller.GUEST,
        args=(_port("port", "the caller's port"),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((COPY_IN, INVALID_PORT)),
    ),
    Call(
        name="evtchn_reset",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="Close every port of dom that a guest may close (port 0 and Xen's ports stay);"
        " interdomain peers become unbound.",
        numbers=_evtchnop("reset"),
        caller=Caller.ANY,
        args=(_dom("dom", "the domain (DOMID_SELF: the caller)"),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both((COPY_IN, *TARGET, XSM_DENIED)),
    ),
    Call(
        name="evtchn_op_raw",
        family=EVTCHN,
        kind=HYPERCALL,
        summary="event_channel_op with any cmd and an unreadable (NULL) argument: a sub-op of"
        " 4.2 fails to copy its struct in, any other cmd is unknown.",
        numbers=Numbers((("event_channel_op", 32),)),
        caller=Caller.ANY,
        args=(Arg("cmd", 32, "the sub-op", enum="evtchnop"),),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(EFAULT, "cmd is a 4.2 sub-op: its argument struct cannot be read"),
                code(ENOSYS, "cmd is not a 4.2 sub-op (11 and up: 4.4's FIFO ops included)"),
            )
        ),
    ),
    # ---- what guests do to their own shared-info bits, and what Xen raises -------------
    Call(
        name="evtchn_guest_mask",
        family=EVTCHN,
        kind=EVENT,
        summary="A guest sets or clears a port's mask bit in its shared info (a plain write:"
        " clearing it raises nothing; EVTCHNOP_unmask does).",
        args=(
            _dom("domid", "the guest"),
            _port("port", "the port (any below 4096: the bitmap exists for all)", owner="domid"),
            Arg("masked", 32, "non-zero masks", default=1),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (code(ESRCH, "the domain does not exist"), code(EINVAL, "port is 4096 or more"))
        ),
    ),
    Call(
        name="evtchn_guest_clear",
        family=EVTCHN,
        kind=EVENT,
        summary="A guest clears a port's pending bit in its shared info, having handled it.",
        args=(
            _dom("domid", "the guest"),
            _port("port", "the port", owner="domid"),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (code(ESRCH, "the domain does not exist"), code(EINVAL, "port is 4096 or more"))
        ),
    ),
    Call(
        name="evtchn_guest_upcall",
        family=EVTCHN,
        kind=EVENT,
        summary="A guest vcpu takes its event upcall: it clears evtchn_upcall_pending and its"
        " evtchn_pending_sel word, as Linux's xen_evtchn_do_upcall does first.",
        args=(_dom("domid", "the guest"), Arg("vcpu", 32, "the vcpu", default=0)),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain has no such vcpu"),
            )
        ),
    ),
    Call(
        name="evtchn_guest_upcall_mask",
        family=EVTCHN,
        kind=EVENT,
        summary="A guest vcpu sets or clears its evtchn_upcall_mask (a paravirtualised guest's"
        " interrupt flag; SCHEDOP_block clears it).",
        args=(
            _dom("domid", "the guest"),
            Arg("vcpu", 32, "the vcpu"),
            Arg("masked", 32, "non-zero masks upcalls", default=1),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain has no such vcpu"),
            )
        ),
    ),
    Call(
        name="evtchn_raise_virq",
        family=EVTCHN,
        kind=EVENT,
        summary="Xen raises a virtual IRQ for a domain (a debug key, console input, a timer):"
        " the bound port is set pending; an unbound virq is dropped.",
        args=(
            _dom("domid", "the domain"),
            Arg("virq", 32, "the virtual IRQ", enum="virq"),
            Arg("vcpu", 32, "the vcpu, for a per-vcpu virq (0 for a global one)", default=0),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes=_both(
            (
                code(ESRCH, "the domain does not exist"),
                code(
                    EINVAL,
                    "virq is 24 or more, the domain has no such vcpu, or a global virq"
                    " names a vcpu other than 0",
                ),
            )
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# What the engine says of these calls: reasons, invariants and planted bugs (generated
# into csrc/gen/ht_catalogue.h as HT_R_*, HT_INV_* and HT_BUG_*).

REASONS: tuple[Reason, ...] = (
    Reason("EVTCHN_NO_FREE_PORT", "evtchn: no free port below the domain's limit"),
    Reason("EVTCHN_NO_BUCKET", "evtchn: no memory for another bucket of ports"),
    Reason("EVTCHN_DYING", "evtchn: the domain is dying (get_free_port)"),
    Reason("EVTCHN_COPY_IN", "evtchn: the argument struct cannot be read"),
    Reason("EVTCHN_COPY_OUT", "evtchn: the result cannot be written back; the change stays"),
    Reason("EVTCHN_BAD_PORT", "evtchn: the port is not valid (beyond 4096 or its bucket)"),
    Reason("EVTCHN_XEN_CONSUMER", "evtchn status: the port is consumed by Xen (4.17: EACCES)"),
    Reason("EVTCHN_XEN_PORT", "evtchn: the port is Xen's own (a ring's)"),
    Reason("EVTCHN_CLOSED_PORT", "evtchn: the port is free or reserved"),
    Reason("EVTCHN_REMOTE_NOT_UNBOUND", "evtchn: the remote port is not unbound for the caller"),
    Reason("EVTCHN_BAD_VIRQ", "evtchn: no such virq"),
    Reason("EVTCHN_GLOBAL_VIRQ_VCPU", "evtchn: a global virq binds on vcpu 0 only"),
    Reason("EVTCHN_NO_VCPU", "evtchn: no such vcpu"),
    Reason("EVTCHN_VIRQ_BOUND", "evtchn: the virq is already bound on that vcpu"),
    Reason("EVTCHN_BAD_PIRQ", "evtchn: the pirq is beyond the domain's nr_pirqs"),
    Reason("EVTCHN_PIRQ_NO_ACCESS", "evtchn: a paravirtualised domain without the IRQ"),
    Reason("EVTCHN_PIRQ_BOUND", "evtchn: the pirq is already bound"),
    Reason("EVTCHN_PIRQ_NOMEM", "evtchn: the pirq's record cannot be allocated"),
    Reason("EVTCHN_PIRQ_UNMAPPED", "evtchn: the pirq is mapped to no machine IRQ"),
    Reason("EVTCHN_WRONG_STATE", "evtchn: the op does not apply to the port's state"),
    Reason("EVTCHN_SEND_DROPPED", "evtchn: the port is unbound; the event is dropped"),
    Reason("EVTCHN_SEND_XEN", "evtchn: the peer is Xen's: its consumer ran (a ring resumed)"),
    Reason("EVTCHN_UNKNOWN_OP", "evtchn: not a 4.2 event_channel_op"),
    Reason("EVTCHN_PORT_RANGE", "evtchn: the port is beyond the shared-info bitmaps"),
    Reason("EVTCHN_VIRQ_UNBOUND", "evtchn: no port is bound to the virq; it is dropped"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "EVTCHN_PORT_ZERO",
        "evtchn.1",
        "port 0 of every live domain is reserved, with no Xen consumer and notifying vcpu 0",
    ),
    Invariant(
        "EVTCHN_INTERDOMAIN",
        "evtchn.2",
        "interdomain ports come in pairs: A.p bound to (B, q) if and only if B.q is bound to"
        " (A, p), with p != q when A is B (loopback); a live domain's port never points at a"
        " dead domain",
    ),
    Invariant(
        "EVTCHN_UNBOUND_PEER",
        "evtchn.3",
        "after EVTCHNOP_close of an interdomain port, its peer is unbound and accepts the"
        " closing domain",
    ),
    Invariant(
        "EVTCHN_XEN_PORTS",
        "evtchn.4",
        "every live ring has one Xen-consumer port in its domain, unbound or interdomain,"
        " and every Xen-consumer port belongs to a live ring",
    ),
    Invariant(
        "EVTCHN_VIRQ",
        "evtchn.5",
        "a virq port is the entry of its virq in the virq table of vcpu 0 (global virqs) or"
        " of its notified vcpu (per-vcpu virqs), and every table entry is such a port; an ipi"
        " port notifies an existing vcpu and is in no table",
    ),
    Invariant(
        "EVTCHN_PIRQ",
        "evtchn.6",
        "a pirq port is the port the domain's pirq map names for its pirq and is on the pirq"
        " list of the vcpu it notifies (once), and the map names only such ports",
    ),
    Invariant(
        "EVTCHN_DYING_CLOSED",
        "evtchn.8",
        "a dying domain holds no port in use: domain_kill's evtchn_destroy closed them all,"
        " and get_free_port refuses a dying domain (the barrier f8a7ef4fec added)",
    ),
    Invariant(
        "EVTCHN_LOWEST_FREE",
        "evtchn.7",
        "an EVTCHNOP that allocates returns the lowest free port of the domain (a new"
        " bucket's first port when the allocated ones are full)",
    ),
    Invariant(
        "EVTCHN_FRESH_NOT_PENDING",
        "evtchn.9",
        "a port that alloc_unbound, bind_virq, bind_ipi or bind_pirq hands out has no event"
        " pending: closing a port clears its pending bit (120785c177), so a new binding never"
        " inherits its predecessor's event (bind_interdomain sets its new port pending on"
        " purpose, for notifications the unbound remote port may have lost)",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "EVTCHN_BUCKET_DANGLING",
        "evtchn_bucket_dangling",
        "XSA-47 / CVE-2013-1920, 99b9ab0b3e (stable-4.2 2bebeac001, fixed in 4.2.2)",
        "get_free_port publishes a new bucket before its ports' security labels are"
        " allocated; when that fails the bucket is freed but stays published (use after"
        " free, corrupting whoever gets the memory next)",
    ),
    PlantedBug(
        "GET_FREE_PORT_IGNORES_ERROR",
        "get_free_port_ignores_error",
        "2e9c2bc292 (2020; Xen 4.11 to 4.13, from 368ae9a05f)",
        "get_free_port returns the port of a bucket it failed to allocate, and the caller"
        " writes the port's state through the missing bucket",
    ),
    PlantedBug(
        "POLL_UNALLOCATED_BUCKET",
        "poll_unallocated_bucket",
        "XSA-221, e7719a0dfa (2017; Xen 4.4 to 4.8, from fbbd5009e6; 4.2 is not affected)",
        "SCHEDOP_poll reads a port's channel without checking that its bucket exists (a NULL"
        " dereference for a port in a bucket never allocated)",
    ),
    PlantedBug(
        "EVTCHN_CLOSE_ALL_UNPREEMPTIBLE",
        "evtchn_close_all_unpreemptible",
        "XSA-344, 2785b2a9e0 (reset) and 8fe7b5f996 (destroy), 2020; 4.2 has both loops",
        "EVTCHNOP_reset and domain destruction close every port in one pass without a"
        " preemption check: the engine counts more than 64 ports closed in one pass as a"
        " hypercall that runs unpreemptibly for too long",
    ),
    PlantedBug(
        "CLOSE_LEAVES_PEER_BOUND",
        "close_leaves_peer_bound",
        "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
        "closing an interdomain port frees it but leaves its peer interdomain, pointing at"
        " the freed port",
    ),
    PlantedBug(
        "CLOSE_FREES_PORT_ZERO",
        "close_frees_port_zero",
        "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
        "EVTCHNOP_close accepts the reserved port 0 and frees it, so the next allocation"
        " hands out port 0",
    ),
    PlantedBug(
        "ALLOC_NEXT_FIT",
        "alloc_next_fit",
        "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
        "get_free_port searches from the port after the last one it handed out instead of"
        " from 0, so a closed port below it is not reused first",
    ),
    PlantedBug(
        "EVTCHN_RESET_LEAVES_PEER",
        "evtchn_reset_leaves_peer",
        "modelled on XSA-343 (83b7f04a4b, 7f0793a428: evtchn_reset() racing the channels it"
        " closes; 4.2 evtchn_reset and __evtchn_close, 4.17 evtchn_reset)",
        "EVTCHNOP_reset (and domain destruction) closes an interdomain port whose"
        " notifications were moved to another vcpu (EVTCHNOP_bind_vcpu) without unbinding"
        " its peer: the peer stays interdomain, pointing at the freed port.  A port made by"
        " one domain for another, bound by that other domain with the made port, moved to"
        " vcpu 1, then a reset",
        # Measured shallow since the fuzz machine's boot binds domains 3 and 4 as an
        # interdomain pair: random found it in 3 of 3 trials, within 5.3 s (bench_fuzz.py
        # --arms random --trials 2 --deep-budget 120 --seed 2, and one --seed 1 trial).
        SHALLOW,
    ),
    PlantedBug(
        "PIRQ_CLOSE_SKIPS_UNLINK",
        "pirq_close_skips_unlink",
        "modelled on e301a706eb (2020, 'evtchn: don't bypass unlinking pIRQ when closing"
        " port', from c24536b636; 4.17 evtchn_close, 4.2 __evtchn_close ECS_PIRQ)",
        "EVTCHNOP_reset (and domain destruction) closing a pirq port that EVTCHNOP_bind_vcpu"
        " moved off vcpu 0 bypasses its unlink: the freed port stays on that vcpu's pirq list"
        " (list corruption).  Three calls (an HVM guest binds a pirq, moves the port it was"
        " given to vcpu 1, then its event channels are reset): the random arm found it in"
        " 18 s and 56 s, so it is in the shallow tier",
    ),
    PlantedBug(
        "GLOBAL_VIRQ_CLOSE_WRONG_VCPU",
        "global_virq_close_wrong_vcpu",
        "modelled on 7cf8a2d0ec (2021, 'evtchn: closing of vIRQ-s doesn't require looping"
        " over all vCPU-s': global vIRQs are tracked on vcpu 0; 4.17 evtchn_close ECS_VIRQ)"
        " without its virq_is_global test",
        "closing a virq port clears the virq table of the vcpu the port notifies, even for a"
        " global virq, whose entry is vcpu 0's: a global virq port moved to vcpu 1 by"
        " EVTCHNOP_bind_vcpu is freed but stays in vcpu 0's table.  Three calls of one guest"
        " (it binds a global virq, moves the port it was given to vcpu 1, then closes it),"
        " but random inputs find them in half their trials or more (2/2 and 1/1 before, 1/2"
        " re-measured, 14 s), so it is in the shallow tier",
    ),
    PlantedBug(
        "EVTCHN_FREE_KEEPS_VCPU",
        "evtchn_free_keeps_vcpu",
        "modelled on the event channels before c1a9064dc7 (2005, 'Clean up Xen's event-channel"
        " interface, and semantics for binding to VCPUs': 'Reset binding to vcpu0 when the"
        " channel is freed'; 4.2 __evtchn_close, 4.17 evtchn_free)",
        "a freed port keeps the vcpu EVTCHNOP_bind_vcpu moved it to; evtchn_bind_pirq, which"
        " links a new pirq port on vcpu 0's list without setting its vcpu, then leaves a port"
        " on vcpu 0's pirq list that notifies vcpu 1 (list corruption once it is moved or"
        " closed).  Four calls of one guest (it makes a port, moves it to vcpu 1, closes it,"
        " then binds a pirq, which reuses the port), each taking the port the one before"
        " made: the random arm found it in both 120 s trials (7 s and 25 s), so it is in the"
        " shallow tier",
    ),
    PlantedBug(
        "EVTCHN_PORT_VALID_SHRINKS",
        "evtchn_port_valid_shrinks",
        "XSA-338, e59ce972d1 (2020, 'evtchn: relax port_is_valid()'; 4.17 evtchn_close's"
        " BUG_ON(!port_is_valid(d2, port2)))",
        "port_is_valid tests the domain's current port limit, which domain_set_max_evtchn can"
        " lower below ports already bound: closing an interdomain port whose peer port is now"
        " above its domain's limit trips evtchn_close's BUG_ON on a sound pairing (a host"
        " crash; the engine reports the pairing Xen's check denies).  Four calls: a port made"
        " by one domain for another, bound by that other domain with the made port, the binder's"
        " limit lowered below its port by the toolstack, then the maker closes its end.  The"
        " random arm found it in both 120 s trials (79 s and 86 s), so it is in the shallow"
        " tier",
    ),
    PlantedBug(
        "EVTCHN_ALLOC_IN_DYING_DOMAIN",
        "evtchn_alloc_in_dying_domain",
        "modelled on f8a7ef4fec (2007, 'xen: Fix event-channel destruction': get_free_port's"
        " 'if ( d->is_dying ) return -EINVAL;', so that no port is allocated once"
        " evtchn_destroy has closed a dying domain's ports; RELEASE-4.2.0 and 4.17 have it)",
        "get_free_port hands out ports of a dying domain whose event channels domain_kill"
        " already closed: a port the toolstack allocates there is never closed, and a domain"
        " that binds it is left bound to a domain on its way out (and, once it is freed,"
        " to freed memory).  Planted for the deep tier, it is shallow: the fuzz machine's"
        " boot keeps domain 3 dying once destroyed (the toolstack maps its grant status"
        " frame), so a destroy and an allocation in it are enough for evtchn.8, and random"
        " inputs found it in 2.4 s (6,428 inputs)",
    ),
    PlantedBug(
        "EVTCHN_CLOSE_KEEPS_PENDING",
        "evtchn_close_keeps_pending",
        "120785c177 (2008, 'evtchn: Avoid spurious event-channel notifications across"
        " unbind/bind': __evtchn_close did not clear the closed port's pending bit;"
        " RELEASE-4.2.0 __evtchn_close and 4.17 evtchn_free clear it)",
        "closing a port leaves its pending bit set, so the next binding the port is handed"
        " out to starts with its predecessor's event pending: a spurious notification of the"
        " new binding.  The port must have an event pending when it is closed (another"
        " domain's notify on the peer of an interdomain port, or the guest's own send), then"
        " be closed and handed out again by an allocation of the same domain (the lowest"
        " free port).  Planted for the deep tier, it is shallow: the fuzz machine's boot"
        " pair (domain 4's port 1 bound to domain 3's) puts the pending event one notify"
        " away and port 1 is a value the decoder makes often, so random inputs found it in"
        " both trials (0.73 s and 1.49 s: bench_fuzz.py --arms random --bugs"
        " evtchn_close_keeps_pending --trials 2 --budget 300)",
    ),
)
