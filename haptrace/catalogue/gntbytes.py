"""Grant entries as bytes: a grant table's frames are memory Xen shares with whoever maps
them (the guest, or a toolstack through acquire_resource), and Xen keeps no copy of an
entry: it reads the shared entry when the grant is mapped (map_grant_ref and
_set_status_v1, common/grant_table.c, RELEASE-4.17.0).  ``grant_entry_write`` stands for a
write of those bytes: the privcmd server of ``haptrace run`` reads each entry a gntdev map
names from the table's frames and gives it to the engine this way before ``grant_map``
(haptrace/realprog/gntdev.py).  Its C side is ``csrc/gntbytes.c``; the entries themselves
are the gnttab family's state (``csrc/gnttab.c``).

A family of its own, placed last: call ids follow family order, and traces name calls by
id inside multicall entries, so a call added to an earlier family would renumber them.
"""

from __future__ import annotations

from .common import code, domid, number
from .errnos import EINVAL, ENOSPC, ESRCH
from .model import Arg, Call, Family, Kind, Reason, Returns

GNTBYTES = Family(
    "gntbytes",
    "grant entries as bytes: writes of a grant table's shared frames",
    order=35,
)
FAMILIES = (GNTBYTES,)

CALLS: tuple[Call, ...] = (
    Call(
        name="grant_entry_write",
        family=GNTBYTES,
        kind=Kind.EVENT,
        summary="Grant entry gref of a domain's table now holds what its bytes say: someone"
        " with the table's frames mapped (the guest, or a toolstack through acquire_resource)"
        " wrote it, and Xen reads the entry when it is mapped (map_grant_ref).",
        args=(
            domid(),
            number("gref", 32, "the entry's index (any entry the table's frames hold)"),
            Arg(
                "flags",
                32,
                "the entry's GTF_* flags: type in bits 0-1 (permit_access 1; another type"
                " grants nothing here), readonly bit 2",
                hex=True,
            ),
            Arg("grantee", 16, "the entry's domid: the domain allowed to map it"),
            Arg(
                "frame",
                64,
                "the granted frame: a gfn of a translated domain, a machine frame of a PV one",
                hex=True,
            ),
        ),
        outputs=(),
        returns=Returns.STATUS,
        codes={
            # 4.2's tables never grow beyond their first frames (no acquire_resource), so
            # its domains cannot use up the pool of entry pages.
            "xen-4.2": (
                code(ESRCH, "the domain does not exist"),
                code(EINVAL, "the domain is dying, or gref is beyond the table's frames"),
            ),
            **{
                profile: (
                    code(ESRCH, "the domain does not exist"),
                    code(EINVAL, "the domain is dying, or gref is beyond the table's frames"),
                    code(
                        ENOSPC,
                        "the engine's pool of entry pages is exhausted (tables grown by"
                        " acquire_resource, written one entry per page)",
                    ),
                )
                for profile in ("doc", "xen-4.17")
            },
        },
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("GRANT_ENTRY_BEYOND", "grant_entry_write: gref is beyond the table's frames"),
    Reason("GRANT_ENTRY_DYING", "grant_entry_write: the domain is dying"),
)
