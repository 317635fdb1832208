"""A grant table's size: GNTTABOP_setup_table (a guest grows its own table and learns its
frames, or a privileged domain another's) and GNTTABOP_query_size.

The table itself is the gnttab family's state (``csrc/gnttab.c``: its frames, their growth
by gnttab_grow_table); the two ops' checks are ``csrc/gntsize.c``.  Both ops write a
GNTST_* status into the caller's struct and return 0: the hypercall's own errors are only
EINVAL (a count other than 1) and EFAULT (the struct, or in 4.17 a PV caller's frame list,
cannot be accessed).  The codes below are those errnos; the statuses are the ``status``
output, one of ``gntst``.

A family of its own, placed after every other (as gntbytes is): call ids follow family
order, and traces name calls by id inside multicall entries, so calls added to gnttab
itself would renumber every later family's.
"""

from __future__ import annotations

from .common import code, enum
from .errnos import EFAULT, EINVAL
from .model import (
    Arg,
    Call,
    Caller,
    Direction,
    Family,
    Kind,
    Numbers,
    Output,
    Reason,
    Resource,
    Returns,
    scalar_list,
)

GNTSIZE = Family(
    "gntsize",
    "a grant table's size: GNTTABOP_setup_table (growth, the frame list) and query_size",
    order=36,
    # Two calls; the growth is what lets a 4.17 guest grant past its first 512 entries.
    fuzz_weight=2,
)
FAMILIES = (GNTSIZE,)

# enum grant_status (public/grant_table.h): the int16_t status field's bit patterns.
GNTST = enum(
    "gntst",
    "GNTST_* statuses as the int16_t status field holds them (public/grant_table.h):"
    " okay 0, general_error -1, bad_domain -2, bad_virt_addr -5, permission_denied -8",
    okay=0,
    general_error=0xFFFF,
    bad_domain=0xFFFE,
    bad_virt_addr=0xFFFB,
    permission_denied=0xFFF8,
)

DOMID_SELF = 0x7FF0

_COUNT = code(
    EINVAL,
    "count is not 1 (do_grant_table_op refuses a negative count first, the op any other)",
)
_COPY_IN = code(EFAULT, "the op's struct cannot be read (fault site copy)")
_COPY_OUT = code(
    EFAULT,
    "the status cannot be written back (fault site copy, second pass); a growth stays done",
)


def _count() -> Arg:
    return Arg(
        "count",
        32,
        "the hypercall's count of ops (only 1 is accepted)",
        default=1,
    )


def _dom() -> Arg:
    return Arg(
        "dom",
        16,
        "the domain whose table (DOMID_SELF: the caller's own)",
        uses=Resource.DOMAIN,
        default=DOMID_SELF,
    )


_STATUS = Output("status", 16, "GNTST_* (written into the struct)", enum="gntst")

CALLS: tuple[Call, ...] = (
    Call(
        name="gnttab_setup_table",
        family=GNTSIZE,
        kind=Kind.HYPERCALL,
        summary="GNTTABOP_setup_table: the table of dom grows to nr_frames if it has fewer"
        " (gnttab_grow_table; under v2 with its status frames), a table at version 0 becomes"
        " v1, and the first nr_frames frames are written to frame_list: machine frames for a"
        " paravirtualised dom, the M2P entry (all ones: the engine maps no grant frame into a"
        " physmap) for a translated one.  The outcome is the status output; the hypercall"
        " returns 0 unless count is not 1 or a copy faults.",
        numbers=Numbers((("grant_table_op", 20), ("GNTTABOP_setup_table", 2))),
        args=(
            _count(),
            _dom(),
            Arg("nr_frames", 32, "the frames wanted (the table grows to this many)"),
            scalar_list(
                "frame_list",
                64,
                "where Xen writes frame i of the table (xen_pfn_t)",
                length="nr_frames",
                direction=Direction.OUT,
                makes=Resource.MFN,
                hex=True,
            ),
        ),
        outputs=(_STATUS,),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={
            # gnttab_setup_table (common/grant_table.c, RELEASE-4.2.0): count, the copy in,
            # then statuses only; the frame list's copies are (void) and cannot fail it.
            "doc": (_COUNT, _COPY_IN, _COPY_OUT),
            "xen-4.2": (_COUNT, _COPY_IN, _COPY_OUT),
            # RELEASE-4.17.0: guest_handle_okay(op.frame_list, op.nr_frames) after the copy
            # in; a translated caller's handles are always "okay" (paging_mode_external),
            # its short list is GNTST_bad_virt_addr instead.
            "xen-4.17": (
                _COUNT,
                _COPY_IN,
                code(
                    EFAULT,
                    "a paravirtualised caller's frame_list cannot hold nr_frames entries"
                    " (guest_handle_okay, before the domain is looked up)",
                ),
                _COPY_OUT,
            ),
        },
    ),
    Call(
        name="gnttab_query_size",
        family=GNTSIZE,
        kind=Kind.HYPERCALL,
        summary="GNTTABOP_query_size: the current and the maximum frames of dom's table (4.2:"
        " the host-wide max_nr_grant_frames, 32; 4.17: the domain's max_grant_frames).  The"
        " outcome is the status output; the frame counts are written only with GNTST_okay"
        " (the struct is copied back whole, as the caller gave it otherwise).",
        numbers=Numbers((("grant_table_op", 20), ("GNTTABOP_query_size", 6))),
        args=(_count(), _dom()),
        outputs=(
            Output("nr_frames", 32, "the table's current frames (GNTST_okay only)"),
            Output("max_nr_frames", 32, "the frames it may grow to (GNTST_okay only)"),
            _STATUS,
        ),
        returns=Returns.STATUS,
        caller=Caller.ANY,
        codes={p: (_COUNT, _COPY_IN, _COPY_OUT) for p in ("doc", "xen-4.2", "xen-4.17")},
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("GNT_SETUP_COUNT", "grant_table_op: count is not 1"),
    Reason("GNT_SETUP_COPY_IN", "grant_table_op: the op's struct cannot be read"),
    Reason("GNT_SETUP_COPY_OUT", "grant_table_op: the status cannot be written back"),
    Reason(
        "GNT_SETUP_LIST_FAULT",
        "setup_table: a paravirtualised caller's frame_list cannot hold nr_frames entries",
    ),
    Reason("GNT_SETUP_TOO_MANY", "setup_table: nr_frames is above the table's maximum"),
    Reason("GNT_SETUP_BAD_DOMAIN", "grant_table_op: no such domain (GNTST_bad_domain)"),
    Reason(
        "GNT_SETUP_DENIED",
        "grant_table_op: the caller may not act on the domain (GNTST_permission_denied)",
    ),
    Reason(
        "GNT_SETUP_NO_MEMORY",
        "setup_table: no host frame to grow the table (GNTST_general_error)",
    ),
    Reason(
        "GNT_SETUP_BAD_VIRT_ADDR",
        "setup_table: a translated caller's frame_list is too short (GNTST_bad_virt_addr)",
    ),
    Reason(
        "GNT_SETUP_DYING",
        "setup_table: the domain is dying, and the engine has let its grant frames go"
        " (Xen keeps them until the domain is destroyed): not modelled",
    ),
)
