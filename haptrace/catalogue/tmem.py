"""Transcendent memory (tmem): seed 001, reference sections 1.8, 5 and 10, research note
/work/notes/tmem.md.

A tmem-capable guest copies pages into pools that Xen keeps for it and later copies them
back: ephemeral pages (Xen may evict them) or persistent ones (charged to the guest), in
private pools or shared ones joined by uuid.  Each guest op of ``do_tmem_op`` (hypercall 38)
is a call of its own, issued by the guest on its own client; each sub-op of
``xc_tmem_control`` is a call of its own too, issued by the toolstack, as are
``xc_tmem_auth`` and ``xc_tmem_restore_new_pool``.  The engine side is ``csrc/tmem*.c``.

``doc`` follows the seed where it speaks and otherwise 4.2.1's code (4.2.0 with the XSA-15
fixes): control refuses unprivileged callers and READ/WRITE refuse ranges beyond the page.
``xen-4.2`` is RELEASE-4.2.0: control is open to every domain, out-of-range copies do
nothing and succeed, and SAVE_GET_POOL_UUID runs on into SAVE_END; 4.2.0's memory-unsafe
paths are the planted bugs below.
"""

from __future__ import annotations

from .common import code, enum, number
from .errnos import EEMPTY, EFAULT, EFROZEN, EINVAL, ENODEV, ENOENT, ENOMEM, ENOSPC, ENOSYS, EPERM
from .model import (
    CALLER,
    DEEP,
    Arg,
    Call,
    Caller,
    Code,
    Direction,
    Family,
    HostOption,
    Invariant,
    Kind,
    ListArg,
    Numbers,
    Output,
    PlantedBug,
    Reason,
    Resource,
    Returns,
    scalar_list,
)

TMEM = Family(
    "tmem",
    "transcendent memory: pools of pages a guest copies to and from, and the toolstack's"
    " tmem control",
    order=11,
    fuzz_weight=2,
)
FAMILIES = (TMEM,)
HYPERCALL = Kind.HYPERCALL

POOL_FLAGS = enum(
    "tmem_pool_flags",
    "TMEM_POOL_* flags of new_pool (public/tmem.h): persistent, shared, precompressed, and"
    " the spec version 1 in bits 24-31 (the page size, bits 4-7, must be 0: 4 KiB)",
    flags=True,
    persist=0x1,
    shared=0x2,
    precompressed=0x4,
    spec_v1=0x01000000,
)

# The boot options tmem reads (xen/common/tmem_xen.c): m->config.option[HT_OPT_TMEM...].
HOST_OPTIONS: tuple[HostOption, ...] = (
    HostOption("tmem", "the tmem boot option: off, every tmem op answers ENODEV"),
    HostOption(
        "tmem_compress",
        "the tmem_compress boot option: new clients compress their pages (on x86_64)",
    ),
    HostOption(
        "tmem_shared_auth",
        "the tmem_shared_auth boot option: a shared pool needs its uuid authorised (tmem_auth)",
    ),
)


def _op(name: str, cmd: int) -> Numbers:
    return Numbers((("tmem_op", 38), (name, cmd)))


def _control(name: str, subop: int) -> Numbers:
    """The chain of a control sub-op; without a name, any sub-op (the call takes it)."""
    if not name:
        return Numbers((("tmem_op", 38), ("TMEM_CONTROL", 0)))
    return Numbers((("tmem_op", 38), ("TMEM_CONTROL", 0), (name, subop)))


# 4.13 removed tmem (commit c492e19fdd, "xen: remove tmem from hypervisor"): at
# RELEASE-4.17.0 hypercall 38 has no entry in the hypercall table, so every tmem op meets
# the table's default, do_ni_hypercall's -ENOSYS (arch/x86/hypercall.c).
TMEM_PROFILES = ("doc", "xen-4.2")  # the profiles whose hypervisor has tmem
TMEM_REMOVED_IN = ("xen-4.17",)  # where its planted bugs have no way in
REMOVED_IN_4_13 = code(ENOSYS, "tmem was removed in 4.13: hypercall 38 is do_ni_hypercall")


def _both(codes: tuple[Code, ...]) -> dict[str, tuple[Code, ...]]:
    """doc and xen-4.2 answer alike; xen-4.17 has no tmem."""
    return {"doc": codes, "xen-4.2": codes, "xen-4.17": (REMOVED_IN_4_13,)}


# ---- arguments ---------------------------------------------------------------------------


def _pool_id(doc: str = "the caller's pool id (a local id 0..15; compared unsigned)") -> Arg:
    return Arg("pool_id", 32, doc, uses=Resource.TMEM_POOL, owner=CALLER)


def _oid() -> ListArg:
    return scalar_list(
        "oid", 64, "the object id: three 64-bit words (struct oid)", length=3, hex=True
    )


def _uuid(doc: str) -> ListArg:
    return scalar_list("uuid", 64, doc, length=2, hex=True)


_INDEX = Arg("index", 32, "the page's index within the object")
_CMFN = Arg(
    "cmfn",
    64,
    "a gfn of the calling domain: the page copied from (put, write) or to (get, read)",
    uses=Resource.GFN,
    hex=True,
    owner=CALLER,
)
_FLAGS = Arg("flags", 32, "TMEM_POOL_* flags", enum="tmem_pool_flags", hex=True)
_RANGE = (
    number("tmem_offset", 32, "offset in the tmem page"),
    number("pfn_offset", 32, "offset in the guest page"),
    number("len", 32, "bytes to copy (4096 with both offsets 0: the whole page)"),
)


def _cli_id(doc: str = "the client (domain) the sub-op acts on") -> Arg:
    return Arg(
        "cli_id",
        32,
        doc + "; Xen keeps the low 16 bits, and 0xffff (CLI_ID_NULL) means every client",
        uses=Resource.DOMAIN,
    )


# ---- codes -------------------------------------------------------------------------------

NOT_ENABLED = code(
    ENODEV, "tmem is not enabled (boot option tmem off): every tmem op, before the op is read"
)
NO_CLIENT = code(
    ENOMEM,
    "the caller has no tmem client yet and none can be made: an internal allocation fails"
    " (fault site xen_alloc) or the calling domain is dying",
)
NO_POOL = code(
    ENODEV, "pool_id is 16 or more (compared unsigned), or the caller's slot pool_id is empty"
)
FROZEN_PUT = code(
    EFROZEN,
    "the pool's owner is frozen and the key is new (-EFROZEN, -1000; a put to an existing"
    " key is still allowed)",
)
DUP_MIGRATING = code(
    ENOSPC,
    "the key exists and the pool's owner is live-migrating (save_begin with live set): the"
    " put fails and the old copy is flushed",
)
NO_MEMORY_PUT = code(
    ENOMEM,
    "no memory for the page: an internal allocation fails (fault site xen_alloc, or the"
    " engine's tmem records run out), a persistent pool's owner is at max_pages, or no frame"
    " is left (the heap is empty or scarce and tmem can give none back)",
)
BAD_CMFN_PUT = code(
    EFAULT,
    "cmfn is not a populated ram_rw gfn of the caller (a hole, read-only, log-dirty, shared,"
    " paged or MMIO); a put to an existing key loses the old copy (4.2.0 used the frame"
    " anyway: planted bug tmem_cmfn_unchecked)",
)
EMPTY = code(EEMPTY, "the pool holds no page at all (-EEMPTY, -1001; checked before the key)")
BAD_CMFN_GET = code(
    EFAULT,
    "cmfn is not a populated ram_rw gfn of the caller; a page of a private ephemeral pool is"
    " lost all the same",
)
FROZEN_FLUSH = code(
    EFROZEN, "the pool's owner is frozen (-EFROZEN, -1000; the flush was done all the same)"
)
RANGE_FIELD = code(
    EINVAL, "tmem_offset, pfn_offset or len is above 4096 (the XSA-15 fix; checked before cmfn)"
)
RANGE_SUM = code(
    EINVAL,
    "tmem_offset + len or pfn_offset + len is above 4096 and len is not 0 (checked after cmfn)",
)
NOT_PRIVILEGED = code(
    EPERM,
    "the caller is not privileged (not domain 0): the XSA-15 fix (4.2.1) refuses control",
)
NO_CLIENT_FOR = code(EPERM, "-1: cli_id names no domain with a tmem client")
NO_SAVED_POOL = code(
    EPERM, "-1: cli_id names no client, or pool_id is 16 or more, or the client's slot is empty"
)
POOL_FLAG_CODES = (
    code(EPERM, "the spec version (flags bits 24-31) is not 1"),
    code(EPERM, "the page size (flags bits 4-7) is not 0 (4 KiB)"),
    code(EPERM, "the precompressed flag is set"),
    code(EPERM, "a reserved bit (0x00ffff00) is set"),
    code(
        ENOMEM,
        "the pool cannot be allocated (fault site xen_alloc, or the engine's pool records run out)",
    ),
)
NO_SHARED_SLOT = code(
    EPERM, "the pool is shared, no live shared pool has its uuid and the 16 global slots are full"
)


def _control_codes(*extra: Code) -> dict[str, tuple[Code, ...]]:
    """A control sub-op: unprivileged callers are refused in doc (4.2.1) only."""
    return {
        "doc": (NOT_ENABLED, NOT_PRIVILEGED, *extra),
        "xen-4.2": (NOT_ENABLED, *extra),
        "xen-4.17": (REMOVED_IN_4_13,),
    }


_GUEST_GATE = (NOT_ENABLED, NO_CLIENT, NO_POOL)
_PUT_CODES = (FROZEN_PUT, DUP_MIGRATING, NO_MEMORY_PUT)
_PUT_VALUE = "1 (the page is stored; never 0)"
_GET_VALUE = "1: the page was copied; 0: no such object or page (a miss)"
_FLUSH_VALUE = "1, whether or not the page was there"

# ---- guest ops ---------------------------------------------------------------------------

_GUEST_OPS: tuple[Call, ...] = (
    Call(
        name="tmem_new_pool",
        family=TMEM,
        kind=HYPERCALL,
        summary="Create a pool in the caller's lowest free slot, or join the live shared pool"
        " with the same uuid (a shared pool with uuid all ones, or without authorisation"
        " under tmem_shared_auth, is made private).",
        numbers=_op("TMEM_NEW_POOL", 1),
        args=(_uuid("the shared pool's uuid: uuid[0], uuid[1]"), _FLAGS),
        outputs=(
            Output(
                "pool_id",
                32,
                "the new pool's local id (the value)",
                makes=Resource.TMEM_POOL,
                owner=CALLER,
            ),
        ),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc="the pool's local id, 0..15",
        codes=_both(
            (
                NOT_ENABLED,
                NO_CLIENT,
                *POOL_FLAG_CODES,
                code(EPERM, "the caller's 16 pool slots are all in use"),
                NO_SHARED_SLOT,
            )
        ),
    ),
    Call(
        name="tmem_destroy_pool",
        family=TMEM,
        kind=HYPERCALL,
        summary="Empty the caller's slot and flush the pool (leave it, if others share it).",
        numbers=_op("TMEM_DESTROY_POOL", 2),
        args=(_pool_id("the pool to destroy (any value: no pool check)"),),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc="1: a pool was destroyed; 0: the slot was empty or pool_id is 16 or more",
        codes=_both((NOT_ENABLED, NO_CLIENT)),
    ),
    Call(
        name="tmem_new_page",
        family=TMEM,
        kind=HYPERCALL,
        summary="Store a page of zeroes under (oid, index): a put that copies nothing.",
        numbers=_op("TMEM_NEW_PAGE", 3),
        args=(_pool_id(), _oid(), _INDEX),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_PUT_VALUE,
        codes=_both((*_GUEST_GATE, *_PUT_CODES)),
    ),
    Call(
        name="tmem_put_page",
        family=TMEM,
        kind=HYPERCALL,
        summary="Copy the caller's page at cmfn into the pool under (oid, index), replacing"
        " what the key held.",
        numbers=_op("TMEM_PUT_PAGE", 4),
        args=(_pool_id(), _oid(), _INDEX, _CMFN),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_PUT_VALUE,
        codes=_both((*_GUEST_GATE, *_PUT_CODES, BAD_CMFN_PUT)),
    ),
    Call(
        name="tmem_get_page",
        family=TMEM,
        kind=HYPERCALL,
        summary="Copy the page under (oid, index) to the caller's cmfn; a private ephemeral"
        " pool gives it up (the get is destructive), a shared one moves it to the LRU tail.",
        numbers=_op("TMEM_GET_PAGE", 5),
        args=(_pool_id(), _oid(), _INDEX, _CMFN),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_GET_VALUE,
        codes=_both((*_GUEST_GATE, EMPTY, BAD_CMFN_GET)),
    ),
    Call(
        name="tmem_flush_page",
        family=TMEM,
        kind=HYPERCALL,
        summary="Drop the page under (oid, index), if there is one.",
        numbers=_op("TMEM_FLUSH_PAGE", 6),
        args=(_pool_id(), _oid(), _INDEX),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_FLUSH_VALUE,
        codes=_both((*_GUEST_GATE, FROZEN_FLUSH)),
    ),
    Call(
        name="tmem_flush_object",
        family=TMEM,
        kind=HYPERCALL,
        summary="Drop the object oid with all its pages, if there is one.",
        numbers=_op("TMEM_FLUSH_OBJECT", 7),
        args=(_pool_id(), _oid()),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_FLUSH_VALUE,
        codes=_both((*_GUEST_GATE, FROZEN_FLUSH)),
    ),
    Call(
        name="tmem_read",
        family=TMEM,
        kind=HYPERCALL,
        summary="A get of len bytes from tmem_offset of the page to pfn_offset of cmfn"
        " (destructive in a private ephemeral pool, like a get).",
        numbers=_op("TMEM_READ", 8),
        args=(_pool_id(), _oid(), _INDEX, *_RANGE, _CMFN),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_GET_VALUE + " (4.2.0 copies nothing for a range beyond the page, and"
        " still says 1)",
        codes={
            "doc": (*_GUEST_GATE, EMPTY, RANGE_FIELD, BAD_CMFN_GET, RANGE_SUM),
            "xen-4.2": (*_GUEST_GATE, EMPTY, BAD_CMFN_GET),
            "xen-4.17": (REMOVED_IN_4_13,),
        },
    ),
    Call(
        name="tmem_write",
        family=TMEM,
        kind=HYPERCALL,
        summary="A put of len bytes from pfn_offset of cmfn to tmem_offset of the page (into"
        " a fresh frame: the rest of the page is what that frame held before).",
        numbers=_op("TMEM_WRITE", 9),
        args=(_pool_id(), _oid(), _INDEX, *_RANGE, _CMFN),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc=_PUT_VALUE + " (4.2.0 copies nothing for a range beyond the page)",
        codes={
            "doc": (*_GUEST_GATE, *_PUT_CODES, RANGE_FIELD, BAD_CMFN_PUT, RANGE_SUM),
            "xen-4.2": (*_GUEST_GATE, *_PUT_CODES, BAD_CMFN_PUT),
            "xen-4.17": (REMOVED_IN_4_13,),
        },
    ),
    Call(
        name="tmem_xchg",
        family=TMEM,
        kind=HYPERCALL,
        summary="TMEM_XCHG: not implemented in Xen; 0 after the pool check.",
        numbers=_op("TMEM_XCHG", 10),
        args=(_pool_id(), _oid(), _INDEX, _CMFN),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc="0",
        codes=_both(_GUEST_GATE),
    ),
    Call(
        name="tmem_op_other",
        family=TMEM,
        kind=HYPERCALL,
        summary="tmem_op with a command Xen does not define: 0 after making the caller's"
        " client and the pool check (not ENOSYS).  The engine refuses the defined commands"
        " (0-10, 101, 102): each is a call of its own.",
        numbers=Numbers((("tmem_op", 38),)),
        args=(number("cmd", 32, "the command number"), _pool_id()),
        outputs=(),
        caller=Caller.GUEST,
        returns=Returns.VALUE,
        value_doc="0",
        codes=_both(_GUEST_GATE),
    ),
    Call(
        name="tmem_auth",
        family=TMEM,
        kind=HYPERCALL,
        summary="xc_tmem_auth: allow (auth 1) or forbid (auth 0) a client to create or join"
        " the shared pool uuid; cli_id 0xffff sets the global switch that lets every uuid"
        " through.  No privilege check in any 4.x tmem_op path.",
        numbers=_op("TMEM_AUTH", 101),
        args=(
            _cli_id("the client to authorise"),
            _uuid("the shared pool uuid"),
            number("auth", 32, "1 to allow, 0 to forbid (Xen keeps the low 8 bits)"),
        ),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="1: the uuid is (or was) in the table, or the global switch was set; 0:"
        " forbidding a uuid the table does not hold",
        codes=_both(
            (
                NOT_ENABLED,
                code(EINVAL, "cli_id names no domain with a tmem client"),
                code(ENOMEM, "allowing a new uuid and the client's 16 entries are full"),
            )
        ),
    ),
    Call(
        name="tmem_restore_new_pool",
        family=TMEM,
        kind=HYPERCALL,
        summary="xc_tmem_restore_new_pool: create a pool in slot pool_id of client cli_id"
        " (cli_id 0xffff: like new_pool, for the caller).  No privilege check in any 4.x"
        " tmem_op path.",
        numbers=_op("TMEM_RESTORE_NEW", 102),
        args=(
            _cli_id("the client to create the pool in"),
            Arg(
                "pool_id",
                32,
                "the slot to create the pool in (ignored for cli_id 0xffff)",
                makes=Resource.TMEM_POOL,
            ),
            _FLAGS,
            _uuid("the shared pool's uuid"),
        ),
        outputs=(),
        returns=Returns.VALUE,
        value_doc="the pool's local id",
        codes=_both(
            (
                NOT_ENABLED,
                *POOL_FLAG_CODES,
                code(
                    EPERM,
                    "cli_id names no domain with a tmem client, pool_id is 16 or more, or the"
                    " slot is in use",
                ),
                code(
                    EPERM,
                    "cli_id is 0xffff and the caller has no tmem client (4.2 dereferences"
                    " NULL: the engine refuses), or its 16 slots are all in use",
                ),
                NO_SHARED_SLOT,
            )
        ),
    ),
)

# ---- control (xc_tmem_control) -------------------------------------------------------------


def _ctl(
    name: str,
    macro: str,
    subop: int,
    summary: str,
    args: tuple[Arg | ListArg, ...],
    value_doc: str,
    codes: dict[str, tuple[Code, ...]],
    outputs: tuple[Output, ...] = (),
) -> Call:
    return Call(
        name=f"tmem_control_{name}",
        family=TMEM,
        kind=HYPERCALL,
        summary=summary,
        numbers=_control(macro, subop),
        args=args,
        outputs=outputs,
        returns=Returns.VALUE,
        value_doc=value_doc,
        codes=codes,
    )


_SAVE_POOL_ARGS = (
    _cli_id("the client saved"),
    Arg("pool_id", 32, "the pool's local id in that client", uses=Resource.TMEM_POOL),
)
_HANDLE_OUTPUTS = (
    Output("page_pool_id", 32, "the handle's pool id (4.2.0 leaves it unwritten: 0)"),
    Output("oid0", 64, "the handle's oid[0]", hex=True),
    Output("oid1", 64, "the handle's oid[1]", hex=True),
    Output("oid2", 64, "the handle's oid[2]", hex=True),
    Output("page_index", 32, "the handle's page index"),
)

_CONTROL: tuple[Call, ...] = (
    _ctl(
        "thaw",
        "TMEMC_THAW",
        0,
        "Thaw a client (or every client, cli_id 0xffff): puts are allowed again.",
        (_cli_id(),),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "freeze",
        "TMEMC_FREEZE",
        1,
        "Freeze a client (or every client): new keys are refused with EFROZEN.",
        (_cli_id(),),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "flush",
        "TMEMC_FLUSH",
        2,
        "Evict ephemeral pages until tmem holds kb KiB of free frames, then give every free"
        " frame tmem holds back to the heap.",
        (_cli_id("must be 0xffff (every client)"), number("kb", 32, "KiB wanted")),
        "the KiB given back (4 x the frames tmem held after evicting; may differ from kb)",
        _control_codes(code(EPERM, "-1: cli_id is not 0xffff")),
    ),
    _ctl(
        "destroy",
        "TMEMC_DESTROY",
        3,
        "Named destroy, but 4.2 only thaws the client (or every client): nothing is destroyed.",
        (_cli_id(),),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "list",
        "TMEMC_LIST",
        4,
        "The text report of one client (C= and P= lines) or of everything (cli_id 0xffff: G=,"
        " S=, C=, P= and T= lines) into buf; lines that do not fit are left out.  Cycle"
        " counts read 0 (the emulated host has no clock); the engine refuses use_long 1.",
        (
            _cli_id(),
            number("len", 32, "the buffer's size in bytes (arg1)"),
            number("use_long", 32, "arg2: 0 for the short report (the long one is refused)"),
            scalar_list(
                "buf",
                8,
                "the report: lines of text, each ending in a newline, NUL after the last",
                length="len",
                direction=Direction.OUT,
                max_length=65536,
            ),
        ),
        "0 whatever was written",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "set_weight",
        "TMEMC_SET_WEIGHT",
        5,
        "Set a client's weight (or every client's): it steers which LRU eviction scans.",
        (_cli_id(), number("weight", 32, "the weight (arg1)")),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "set_cap",
        "TMEMC_SET_CAP",
        6,
        "Set a client's cap (or every client's): stored and reported, never enforced.",
        (_cli_id(), number("cap", 32, "the cap (arg1)")),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "set_compress",
        "TMEMC_SET_COMPRESS",
        7,
        "Turn a client's compression on or off (or every client's; no effect on x86_32).",
        (_cli_id(), number("compress", 32, "non-zero turns compression on (arg1)")),
        "0",
        _control_codes(NO_CLIENT_FOR),
    ),
    _ctl(
        "query_freeable_mb",
        "TMEMC_QUERY_FREEABLE_MB",
        8,
        "MiB tmem could give back: its free frames and its ephemeral pages.",
        (),
        "(free frames tmem holds + ephemeral pages) >> 8",
        _control_codes(),
    ),
    _ctl(
        "save_begin",
        "TMEMC_SAVE_BEGIN",
        10,
        "Start saving a client: freeze it (remembering whether it was frozen) and, with live"
        " set, mark it live-migrating.",
        (_cli_id("the client to save"), number("live", 32, "non-zero: live migration (arg1)")),
        "1: started; 0: no such client, or it has no pool",
        _control_codes(),
    ),
    _ctl(
        "save_get_version",
        "TMEMC_SAVE_GET_VERSION",
        11,
        "The tmem spec version.",
        (),
        "1 (TMEM_SPEC_VERSION)",
        _control_codes(),
    ),
    _ctl(
        "save_get_maxpools",
        "TMEMC_SAVE_GET_MAXPOOLS",
        12,
        "The pools a client may have.",
        (),
        "16 (MAX_POOLS_PER_DOMAIN)",
        _control_codes(),
    ),
    _ctl(
        "save_get_client_weight",
        "TMEMC_SAVE_GET_CLIENT_WEIGHT",
        13,
        "A client's weight.  A weight of 2^31 or more reads back as a negative number, which"
        " libxc cannot tell from an error: the engine refuses to read one (but 0xffffffff"
        " and 0xfffffffe, which Xen turns into -2).",
        (_cli_id(),),
        "the weight",
        _control_codes(
            code(
                EPERM,
                "-1: cli_id names no client (4.2.0 dereferences NULL: planted bug"
                " tmem_save_null_client)",
            ),
            code(ENOENT, "-2: the weight is 0xffffffff or 0xfffffffe"),
        ),
    ),
    _ctl(
        "save_get_client_cap",
        "TMEMC_SAVE_GET_CLIENT_CAP",
        14,
        "A client's cap (read back like the weight).",
        (_cli_id(),),
        "the cap",
        _control_codes(
            code(
                EPERM,
                "-1: cli_id names no client (4.2.0 dereferences NULL: planted bug"
                " tmem_save_null_client)",
            ),
            code(ENOENT, "-2: the cap is 0xffffffff or 0xfffffffe"),
        ),
    ),
    _ctl(
        "save_get_client_flags",
        "TMEMC_SAVE_GET_CLIENT_FLAGS",
        15,
        "A client's flags: compress (1) and whether it was frozen before save_begin (2).",
        (_cli_id(),),
        "TMEM_CLIENT_COMPRESS | TMEM_CLIENT_FROZEN (was_frozen, not frozen)",
        _control_codes(
            code(
                EPERM,
                "-1: cli_id names no client (4.2.0 dereferences NULL: planted bug"
                " tmem_save_null_client)",
            )
        ),
    ),
    _ctl(
        "save_get_pool_flags",
        "TMEMC_SAVE_GET_POOL_FLAGS",
        16,
        "A pool's flags as new_pool takes them (4.2.0 leaves out the spec version, so its"
        " own restore refuses them).",
        _SAVE_POOL_ARGS,
        "persist | shared << 1 | pageshift << 4, and in doc spec version 1 << 24",
        _control_codes(NO_SAVED_POOL),
    ),
    _ctl(
        "save_get_pool_npages",
        "TMEMC_SAVE_GET_POOL_NPAGES",
        17,
        "The pages a pool holds.",
        _SAVE_POOL_ARGS,
        "the page count",
        _control_codes(NO_SAVED_POOL),
    ),
    _ctl(
        "save_get_pool_uuid",
        "TMEMC_SAVE_GET_POOL_UUID",
        18,
        "A pool's uuid into buf (4.2.0 then runs on into SAVE_END: the client is thawed"
        " back to its state before save_begin and stops live-migrating).",
        (
            *_SAVE_POOL_ARGS,
            scalar_list(
                "uuid",
                64,
                "the pool's uuid[0], uuid[1]",
                length=2,
                direction=Direction.OUT,
                hex=True,
            ),
        ),
        "0",
        _control_codes(NO_SAVED_POOL),
    ),
    _ctl(
        "save_get_next_page",
        "TMEMC_SAVE_GET_NEXT_PAGE",
        19,
        "The next page of a persistent pool's save stream: its handle and its data.  The"
        " cursor starts at the first page and advances before it copies, so the first page"
        " is never returned (every version).",
        (*_SAVE_POOL_ARGS, number("bufsize", 32, "the buffer's size in bytes (arg1)")),
        "1",
        _control_codes(
            code(
                EPERM,
                "-1: cli_id names no client, pool_id is 16 or more, the slot is empty, or the"
                " pool is ephemeral",
            ),
            code(ENOMEM, "bufsize is below 4096 + 32 (a page and its handle)"),
            code(EPERM, "-1: the pool holds no page, or the last one was returned already"),
        ),
        outputs=(
            *_HANDLE_OUTPUTS,
            Output("data", 32, "the page's content token", hex=True),
        ),
    ),
    _ctl(
        "save_get_next_inv",
        "TMEMC_SAVE_GET_NEXT_INV",
        20,
        "The next persistent page flushed while the client was live-migrating.",
        (_cli_id("the client saved"), number("bufsize", 32, "the buffer's size (arg1)")),
        "1: a handle; 0: none (no client, bufsize below 32, or the list was walked)",
        _control_codes(),
        outputs=_HANDLE_OUTPUTS,
    ),
    _ctl(
        "save_end",
        "TMEMC_SAVE_END",
        21,
        "End saving a client: stop live-migrating, drop the flushed-page list and restore"
        " the frozen state save_begin saw.",
        (_cli_id("the client saved"),),
        "0",
        _control_codes(
            code(
                EPERM,
                "-1: cli_id names no client (4.2.0 dereferences NULL: planted bug"
                " tmem_save_null_client)",
            )
        ),
    ),
    _ctl(
        "restore_begin",
        "TMEMC_RESTORE_BEGIN",
        30,
        "Make a tmem client for domain cli_id, to restore into.",
        (_cli_id("the domain to restore into"),),
        "1",
        _control_codes(
            code(
                EPERM,
                "-1: the domain has a tmem client already, does not exist or is dying, or"
                " the client cannot be allocated (fault site xen_alloc)",
            )
        ),
    ),
    _ctl(
        "restore_put_page",
        "TMEMC_RESTORE_PUT_PAGE",
        32,
        "Put a saved page into client cli_id's pool (xc_tmem_control_oid): a put of bufsize"
        " bytes from the toolstack's buffer, whose content is the token data.",
        (
            _cli_id("the client restored"),
            Arg("pool_id", 32, "the pool's local id in that client", uses=Resource.TMEM_POOL),
            _oid(),
            number("index", 32, "the page index (arg2)"),
            number("data", 32, "the content token of the buffer's page"),
            number("bufsize", 32, "bytes to copy (arg1; 4096: the whole page)"),
        ),
        _PUT_VALUE,
        {
            "doc": (
                NOT_ENABLED,
                NOT_PRIVILEGED,
                NO_SAVED_POOL,
                *_PUT_CODES,
                code(EINVAL, "bufsize is above 4096"),
            ),
            "xen-4.2": (NOT_ENABLED, NO_SAVED_POOL, *_PUT_CODES),
            "xen-4.17": (REMOVED_IN_4_13,),
        },
    ),
    _ctl(
        "restore_flush_page",
        "TMEMC_RESTORE_FLUSH_PAGE",
        33,
        "Flush a page of client cli_id's pool (xc_tmem_control_oid).",
        (
            _cli_id("the client restored"),
            Arg("pool_id", 32, "the pool's local id in that client", uses=Resource.TMEM_POOL),
            _oid(),
            number("index", 32, "the page index (arg2)"),
        ),
        _FLUSH_VALUE,
        _control_codes(NO_SAVED_POOL, FROZEN_FLUSH),
    ),
    _ctl(
        "other",
        "",
        -1,
        "A control sub-op Xen does not define (9, 22-29, 31, 34 and up): -1.  The engine"
        " refuses the defined ones: each is a call of its own.",
        (number("subop", 32, "the sub-op number"), _cli_id()),
        "never succeeds",
        _control_codes(code(EPERM, "-1: the sub-op is not defined")),
    ),
)

CALLS: tuple[Call, ...] = _GUEST_OPS + _CONTROL

# ---- what the engine says of these calls ---------------------------------------------------

REASONS: tuple[Reason, ...] = (
    Reason("TMEM_DISABLED", "tmem: not enabled (boot option tmem off)"),
    Reason("TMEM_REMOVED", "tmem: the profile's Xen has no tmem (removed in 4.13): -ENOSYS"),
    Reason("TMEM_NO_CLIENT", "tmem: the caller has no client and none can be made"),
    Reason("TMEM_NO_POOL", "tmem: no pool with that id in the caller's slots"),
    Reason("TMEM_SPEC_VERSION", "tmem: new_pool: the spec version is not 1"),
    Reason("TMEM_PAGE_SIZE", "tmem: new_pool: the page size is not 4 KiB"),
    Reason("TMEM_PRECOMPRESSED", "tmem: new_pool: precompressed pools are not supported"),
    Reason("TMEM_RESERVED_BITS", "tmem: new_pool: a reserved flag bit is set"),
    Reason("TMEM_POOL_ALLOC", "tmem: new_pool: no memory for the pool"),
    Reason("TMEM_NO_SLOT", "tmem: new_pool: the client's 16 pool slots are in use"),
    Reason("TMEM_NO_SHARED_SLOT", "tmem: new_pool: the 16 global shared pool slots are in use"),
    Reason(
        "TMEM_RESTORE_NO_TARGET",
        "tmem: restore_new: no client for cli_id, pool_id 16 or more, or the slot is in use",
    ),
    Reason(
        "TMEM_RESTORE_NO_CALLER_CLIENT",
        "tmem: restore_new: cli_id 0xffff and the caller has no client (4.2 dereferences NULL)",
    ),
    Reason("TMEM_POOL_CREATED", "tmem: new_pool: a new pool"),
    Reason("TMEM_POOL_JOINED", "tmem: new_pool: joined the live shared pool with that uuid"),
    Reason(
        "TMEM_POOL_MADE_PRIVATE",
        "tmem: new_pool: asked for shared, made private (uuid all ones, or not authorised)",
    ),
    Reason("TMEM_DESTROY_NO_POOL", "tmem: destroy_pool: no pool in that slot: 0"),
    Reason(
        "TMEM_DESTROY_LEAKED",
        "tmem: destroy_pool: the owner is live-migrating, so the pool is leaked, not freed",
    ),
    Reason("TMEM_FROZEN", "tmem: the pool's owner is frozen (-EFROZEN)"),
    Reason(
        "TMEM_DUP_MIGRATING",
        "tmem: a put to an existing key while the owner live-migrates: the old copy is flushed",
    ),
    Reason(
        "TMEM_DUP_NO_FRAME",
        "tmem: a put to an existing key found no frame for the new copy: the old copy is flushed",
    ),
    Reason("TMEM_NO_METADATA", "tmem: no memory for the object or the page record"),
    Reason("TMEM_MAX_PAGES", "tmem: the persistent pool's owner is at max_pages"),
    Reason("TMEM_NO_FRAME", "tmem: no frame for the page: the heap is empty or scarce"),
    Reason("TMEM_BAD_CMFN", "tmem: cmfn is not a populated ram_rw gfn of the caller"),
    Reason("TMEM_RANGE_FIELD", "tmem: an offset or the length is above 4096"),
    Reason("TMEM_RANGE_SUM", "tmem: an offset plus the length is above 4096"),
    Reason(
        "TMEM_RANGE_IGNORED", "tmem: 4.2.0 copies nothing for a range beyond the page and says 1"
    ),
    Reason("TMEM_PUT_DUP", "tmem: the put replaced the data of an existing key"),
    Reason("TMEM_EMPTY", "tmem: the pool holds no page (-EEMPTY)"),
    Reason("TMEM_MISS", "tmem: no such object or page: a miss"),
    Reason(
        "TMEM_GET_DESTRUCTIVE", "tmem: a private ephemeral get: the page was copied and dropped"
    ),
    Reason("TMEM_COPY_FAILED_DROPPED", "tmem: the copy failed and the private page is gone"),
    Reason("TMEM_XCHG", "tmem: TMEM_XCHG is not implemented: 0"),
    Reason("TMEM_UNKNOWN_CMD", "tmem: an unknown command: 0"),
    Reason("TMEM_CMD_HAS_CALL", "engine: that tmem command is a call of its own (refused)"),
    Reason(
        "TMEM_SUBOP_HAS_CALL", "engine: that tmem control sub-op is a call of its own (refused)"
    ),
    Reason("TMEM_LONG_LIST", "engine: TMEMC_LIST's long report is not modelled (refused)"),
    Reason(
        "TMEM_NEGATIVE_READBACK",
        "engine: a weight or cap of 2^31 or more reads back negative: not modelled (refused)",
    ),
    Reason("TMEM_NOT_PRIVILEGED", "tmem: control from a caller that is not privileged"),
    Reason("TMEM_CTL_NO_CLIENT", "tmem: control: cli_id names no client (-1)"),
    Reason("TMEM_CTL_NOT_ALL", "tmem: flush: cli_id is not 0xffff (-1)"),
    Reason("TMEM_CTL_NO_POOL", "tmem: control: no such client or pool (-1)"),
    Reason("TMEM_CTL_EPHEMERAL", "tmem: save_get_next_page: the pool is ephemeral (-1)"),
    Reason(
        "TMEM_CTL_SMALL_BUFFER",
        "tmem: save_get_next_page: the buffer cannot hold a page and its handle",
    ),
    Reason(
        "TMEM_CTL_END_OF_PAGES",
        "tmem: save_get_next_page: no page, or the last one was returned (-1)",
    ),
    Reason(
        "TMEM_CTL_RESTORE_EXISTS",
        "tmem: restore_begin: the client exists, or the domain is missing or dying (-1)",
    ),
    Reason("TMEM_CTL_SENTINEL", "tmem: the value read back is 0xffffffff or 0xfffffffe: -2"),
    Reason("TMEM_CTL_UNKNOWN_SUBOP", "tmem: control: no such sub-op (-1)"),
    Reason("TMEM_CTL_UUID_FALLTHROUGH", "tmem: 4.2.0: get_pool_uuid ran on into save_end's code"),
    Reason("TMEM_CTL_RESTORE_BIG", "tmem: restore_put_page: bufsize is above 4096"),
    Reason("TMEM_SAVE_NOTHING", "tmem: save_begin: no such client, or it has no pool: 0"),
    Reason("TMEM_AUTH_NO_CLIENT", "tmem: auth: cli_id names no client"),
    Reason("TMEM_AUTH_FULL", "tmem: auth: the client's 16 entries are in use"),
)

INVARIANTS: tuple[Invariant, ...] = (
    Invariant(
        "TMEM_SLOTS",
        "tmem.1",
        "every slot of a client names a live pool; a private pool is named by its owner's"
        " slot local_id and nothing else; a shared pool holds one global slot, its uuid is"
        " unique there, and its share list is the slots that name it; every live pool belongs"
        " to a live client, which names it or leaked it",
    ),
    Invariant(
        "TMEM_PAGES",
        "tmem.2",
        "a pool's page count is the pages reachable through its objects, and no object is"
        " empty; every ephemeral page is on the global LRU and on its pool owner's, whose"
        " counts are the lists' lengths; every persistent page is on its pool's list",
    ),
    Invariant(
        "TMEM_FRAMES",
        "tmem.3",
        "each tmem page holds a frame of its own: Xen's (allocated, owned by no domain) for"
        " an ephemeral page, its pool owner's (allocated, counted in tot_pages, mapped at no"
        " gfn) for a persistent one; the free frames tmem keeps are Xen's and hold no page;"
        " freeable_page_count is the ephemeral pages' frames",
    ),
    Invariant(
        "TMEM_DATA",
        "tmem.4",
        "the frame of every tmem page holds the data tmem stored in it, so gets return"
        " neither stale nor foreign data",
    ),
)

PLANTED_BUGS: tuple[PlantedBug, ...] = (
    PlantedBug(
        "TMEM_DESTROY_POOL_UNCHECKED",
        "tmem_destroy_pool_unchecked",
        "XSA-15 / CVE-2012-6035, fixed in 4.2.1 by 7d8457781f",
        "destroy_pool indexes the client's 16 slots with an unchecked pool id",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_POOL_ID_SIGNED",
        "tmem_pool_id_signed",
        "XSA-15 / CVE-2012-6036, fixed in 4.2.1 by 2bdde48224",
        "save_get_next_page, restore_put_page and restore_flush_page take the pool id as a"
        " signed int, so an id of 2^31 or more indexes before the slots",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_SAVE_NULL_CLIENT",
        "tmem_save_null_client",
        "XSA-15 / CVE-2012-3497, fixed in 4.2.1 by c15cdd31b5",
        "save_get_client_weight, _cap, _flags and save_end dereference the client of a"
        " domain that has none",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_CMFN_UNCHECKED",
        "tmem_cmfn_unchecked",
        "XSA-15, fixed in 4.2.1 by 6cbcc87364 (cli_get_page's missing return NULL)",
        "a put or get whose cmfn is not a ram_rw page of the caller goes on with that page",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_COPY_OVERFLOW",
        "tmem_copy_overflow",
        "fixed in 4.2.1 by b9eeb603e4 (reported by Tim Deegan)",
        "read and write check offset + len in 32 bits, so a sum that wraps copies far"
        " outside the pages",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_GET_BAD_COPY_LOCK",
        "tmem_get_bad_copy_lock",
        "CVE-2012-6031, fixed in 4.2.1 by 75b433a6e9",
        "a get whose copy fails returns with the object's spinlock held: the next op on the"
        " object spins",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_GET_BAD_COPY_ORPHAN",
        "tmem_get_bad_copy_orphan",
        "4.2 to 4.12 (found by reading do_tmem_get, which unlinks before it copies)",
        "a get from a private ephemeral pool whose copy fails leaves the page unlinked but"
        " counted, on the LRU and holding its frame",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_LIST_OVERFLOW",
        "tmem_list_overflow",
        "4.2 to 4.12 (found by reading tmemc_list_client)",
        "TMEMC_LIST writes each client's C= line whether or not it fits, then every later"
        " line (the room left wraps)",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_DESTROY_MIGRATING_LEAK",
        "tmem_destroy_migrating_leak",
        "4.2 to 4.12 (found by reading pool_flush and client_flush)",
        "a pool leaked while its owner live-migrated outlives the owner's tmem client when"
        " the domain is destroyed",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_REASSIGN_SPLICES_ALL",
        "tmem_reassign_splices_all",
        "4.2 to 4.12 (found by reading shared_pool_reassign)",
        "when a shared pool's owner leaves it, the owner's whole ephemeral list moves to the"
        " new owner, but the counts move only the pool's pages",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_QUIT_DROPS_EVERY_SLOT",
        "tmem_quit_drops_every_slot",
        "modelled on 7ec4b2f89e (2015, 'tmem: Don't crash/hang/leak hypervisor when using"
        " shared pools within an guest', its second issue: a domain with two slots of one"
        " shared pool left its share list and count when it destroyed one of them)",
        "a client that holds two slots of one shared pool and destroys one is taken off the"
        " pool's share list altogether: its other slot names a pool whose list does not have"
        " it, and the pool is freed under it once the other sharers leave.  A guest that"
        " shares a pool (the boot's uuid 7:0) joins it again with a shared pool of the same"
        " uuid and the spec version's flags, then destroys one of the two slots.  Shallow by"
        " measurement since the boot's keys start every input's pools: the random arm"
        " detects it in every trial (3/3, bench_fuzz --arms random --trials 3 --seed 9)",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_RELINQUISH_DEADLOCK",
        "tmem_relinquish_deadlock",
        "4.2 (found by reading tmem_relinquish_pages)",
        "tmem's own page allocation under memory scarcity read-locks tmem_rwlock, which the"
        " op holds for writing when it made the caller's client or is a restore put",
        unreachable_in=TMEM_REMOVED_IN,
    ),
    PlantedBug(
        "TMEM_SAVE_CURSOR_DANGLING",
        "tmem_save_cursor_dangling",
        "4.2 to 4.12 (found by reading RELEASE-4.2.0 pgp_delist, which keeps the page"
        " pool->cur_pgp names on the persistent list only while its owner live-migrates,"
        " and tmemc_save_get_next_page, which steps from cur_pgp; tmem left with"
        " c492e19fdd in 4.13)",
        "flushing the persistent page the save stream's cursor (cur_pgp) points at frees it"
        " while the cursor still names it when the owner is not live-migrating, and the"
        " next TMEMC_SAVE_GET_NEXT_PAGE steps from freed memory.  Deep: a persistent pool"
        " of two pages or more (the guest puts a second one), the toolstack's"
        " save_get_next_page with a buffer of a page and a handle or more (the cursor"
        " lands on a page), the guest's flush of exactly that page (the oid and index the"
        " put used, which the save returned), then the toolstack's next save_get_next_page."
        "  Random inputs found it in none of two 300 s trials (bench_fuzz.py --arms random"
        " --bugs tmem_save_cursor_dangling --trials 2 --budget 300)",
        DEEP,
        unreachable_in=TMEM_REMOVED_IN,
    ),
)
