"""Grant tables: versions, frames, growth, status frames and their entries (seed 003).

The grant table is engine state that several families use: guests grant and backends map
entries (guest_access, grant_map: the guest family), the sharing ops read entries by
reference, and acquire_resource (the resource family) grows the table and maps its frames.
Its C side is ``csrc/gnttab.c``; the one call of its own is the guest's
GNTTABOP_set_version.
"""

from __future__ import annotations

from .common import after_4_2, code
from .errnos import EBUSY, EINVAL
from .model import (
    DEEP,
    SHALLOW,
    Arg,
    Call,
    Caller,
    Family,
    Invariant,
    Kind,
    Numbers,
    PlantedBug,
    Reason,
    Returns,
)

GNTTAB = Family(
    "gnttab",
    "grant tables: versions, frames, growth, status frames and their entries",
    order=10,
    # One call: at weight 1 a version switch was 0.2% of the calls, rarer than any one call
    # of the big families; the switch is what frees or refuses a table's status frames.
    fuzz_weight=4,
)
FAMILIES = (GNTTAB,)

_VERSION_BAD = code(EINVAL, "version is neither 1 nor 2")
_IN_USE = code(
    EBUSY,
    "a grant beyond the first 8 (the toolstack's reserved entries) is mapped by a backend",
)

CALLS: tuple[Call, ...] = (
    Call(
        name="gnttab_set_version",
        family=GNTTAB,
        kind=Kind.HYPERCALL,
        summary="The calling guest switches its own grant table between v1 (512 entries a"
        " frame) and v2 (256, and one status frame per 8 frames).  The first 8 entries are"
        " kept and converted, the others cleared; leaving v2 frees the status frames.",
        numbers=Numbers((("grant_table_op", 20), ("GNTTABOP_set_version", 8))),
        args=(Arg("version", 32, "the layout wanted, 1 or 2"),),
        outputs=(),
        returns=Returns.STATUS,
        caller=Caller.GUEST,
        codes=after_4_2(
            doc=(
                _VERSION_BAD,
                _IN_USE,
                code(
                    EBUSY,
                    "leaving v2 while a status frame is still mapped through acquire_resource"
                    " (a translated guest is also crashed)",
                ),
            ),
            xen_4_2=(_VERSION_BAD, _IN_USE),
        ),
    ),
)

REASONS: tuple[Reason, ...] = (
    Reason("GNT_VERSION_BAD", "set_version: not version 1 or 2"),
    Reason("GNT_VERSION_SAME", "set_version: the table already has that version"),
    Reason("GNT_ENTRIES_IN_USE", "set_version: a grant beyond the first 8 is mapped"),
    Reason("GNT_STATUS_MAPPED", "set_version: a status frame is still mapped"),
    Reason(
        "GNT_POOL_EXHAUSTED",
        "grant: the engine's pool of grant-entry pages is exhausted (an engine limit)",
    ),
    Reason("GNT_RES_DYING", "grant frames: the domain is dying; its table no longer grows"),
    Reason(
        "GNT_RES_BEYOND_MAX",
        "grant frames: beyond what the table can grow to (max_grant_frames)",
    ),
    Reason("GNT_RES_STATUS_V1", "grant frames: status frames of a table that is not v2"),
    Reason(
        "GNT_RES_NO_MEMORY",
        "grant frames: no host frame for a grant frame (a failed growth reads as EINVAL)",
    ),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "GNT_BOUNDS",
        "gnttab.1",
        "grant-table frames never exceed the maximum: nr_grant_frames <= max_grant_frames <="
        " 64 and the entries in use fit the table; every frame handed out is one Xen holds,"
        " below nr_grant_frames, and status frames exist only under v2, below"
        " ceil(nr_grant_frames / 8)",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "GNT_STATUS_FREED_WHILE_MAPPED",
        "gnttab_status_freed_while_mapped",
        "XSA-255: fixed by 38bfcc165d (4.11)",
        "leaving grant-table v2 frees the status frames even while a mapping still holds"
        " them (4.2's gnttab_unpopulate_status_frames): the mapping then names a free frame",
        # 4.2 has no XENMEM_acquire_resource: nothing can map a status frame.
        unreachable_in=("xen-4.2",),
    ),
    PlantedBug(
        "GNTTAB_GROWN_STATUS_UNCHECKED",
        "gnttab_grown_status_unchecked",
        "modelled on XSA-255 (4972c38f79, 'gnttab: don't blindly free status pages upon"
        " version change'; 4.17's gnttab_unpopulate_status_frames checks every status frame)",
        "leaving grant-table v2 checks only the status frames of the table's initial size for"
        " mappings: a status frame that a growth added, mapped through acquire_resource, is"
        " freed while the mapping holds it.  The toolstack maps a v2 guest's status frame past"
        " the first (which grows its table eightfold), then that guest itself switches back to"
        " v1.  The fuzz machine's domain 3 boots with v2; random inputs found it in one of five"
        " trials (one of two in 120 s; none of three in 300 s: bench_fuzz.py --arms random"
        " --budget 300 --trials 3), so it is in the deep tier",
        # 4.2 has no XENMEM_acquire_resource: nothing can map a status frame.
        unreachable_in=("xen-4.2",),
        tier=DEEP,
    ),
    PlantedBug(
        "GNTTAB_STATUS_LEFT_LISTED",
        "gnttab_status_left_listed",
        "XSA-26 (CVE-2012-5510): fixed by 23d9492080, in 4.2.1 by 7e23d7b368 ('gnttab: fix"
        " releasing of memory upon switches between versions')",
        "leaving grant-table v2 frees the status frames without taking them off the"
        " domain's list (xenpage_list): the table still names, as its status frame, a frame"
        " the heap hands out again.  The toolstack maps a v2 guest's status frame (which"
        " backs it), unmaps it with the mapping it was given, then that guest itself"
        " switches back to v1",
        # Measured shallow since the fuzz machine's boot holds a mapping of domain 3's
        # status frame: random found it in 3 of 3 trials, within 1.1 s (bench_fuzz.py
        # --arms random --trials 2 --deep-budget 120 --seed 2, and one --seed 1 trial).
        SHALLOW,
        # 4.2 has no XENMEM_acquire_resource, the only way the engine backs a status frame
        # (4.2's guests map theirs with XENMAPSPACE_grant_table, which it does not model).
        unreachable_in=("xen-4.2",),
    ),
    PlantedBug(
        "GNTTAB_GROW_FAILURE_FREES_LISTED",
        "gnttab_grow_failure_frees_listed",
        "XSA-26 (CVE-2012-5510): fixed by 23d9492080, in 4.2.1 by 7e23d7b368"
        " (gnttab_grow_table's failure path freed frames already shared with the guest)",
        "a growth of the grant table that runs out of host frames part-way frees the frames"
        " it had already allocated, while the table still lists them: the heap hands out"
        " frames the domain's table names.  Deep: the host is first brought to its last"
        " free frames (a balloon-up of the right size), then the toolstack acquires a run of"
        " grant-table frames, never backed before, longer than what is left",
        DEEP,
        # 4.2 has no XENMEM_acquire_resource, whose growth is where the engine plants it
        # (GNTTABOP_setup_table's growth, csrc/gnttab.c gnttab_setup, is all or nothing
        # in every profile: 4.2.0's own failure path, which this bug is, is not modelled
        # there).
        unreachable_in=("xen-4.2",),
    ),
)
