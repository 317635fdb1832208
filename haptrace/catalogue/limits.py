"""Numbers that the C engine and the Python packages both need, declared once.

Each is rendered into ``csrc/gen/ht_catalogue.h`` as ``HT_<NAME>`` (with its comment) and
imported from here by Python; neither side writes the number again
(``tests/test_drift.py`` looks for re-typed copies).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from haptrace.profiles import PROFILES

# ---- results the engine gives instead of running a call (refusals) ------------------------
RAW_REFUSED_LIMIT = -1000000  # a raw result at or below this is a refusal, not Xen's
RAW_UNKNOWN_CALL = -1000001  # no such call id
RAW_BAD_CALLER = -1000002  # the calling domain or vcpu does not exist
# A handler's answer, not a refusal of the input: the call is valid, but the path Xen would
# take is one this engine does not model (a PV guest's MMU, say).  Never a pass: replay and
# the summaries count it apart.  In a result record: rc -1, err -RAW_UNSUPPORTED.
RAW_UNSUPPORTED = -1000003
# A trace's errno field (16 bits) for a call the engine answered unsupported: rc -1 with
# this errno, written "-1 UNSUPPORTED" in the text form.  No Xen errno comes near it.
TRACE_ERRNO_UNSUPPORTED = 0xFFFF
RAW_CALLER_DOWN = -1000004  # the calling vcpu is down: a vcpu that does not run makes no call
RAW_BAD_ARG0 = -1000010  # argument slot i is wider than its C type: RAW_BAD_ARG0 - i
RAW_BAD_LIST0 = -1000020  # list slot i is malformed (bounds, length, element width): - i
# argument slot i holds a value the engine does not model in that call (a value another call
# of the catalogue stands for, or a behaviour the engine does not reproduce): - i
RAW_BAD_VALUE0 = -1000030

# ---- encodings ----------------------------------------------------------------------------
PACK = 65536  # the per-call API packs raw * PACK + reason into one integer
LIST_SHIFT = 32  # a list reference in an argument slot: word offset << 32 | element count
DEFAULT_PROFILE = "doc"
DEFAULT_PROFILE_INDEX = PROFILES.index(DEFAULT_PROFILE)

# ---- Xen constants the engine and the tools share ------------------------------------------
DOMID_SELF = 0x7FF0  # DOMID_SELF: the calling domain (public/xen.h)
DOMID_FIRST_RESERVED = 0x7FF0  # ids from here up are the DOMID_* specials
GFN_GREF_FLAG = 1 << 62  # a gfn argument of share_gfns with this bit is a grant reference
MULTICALL_MAX_ENTRIES = 256  # the engine refuses longer multicall batches (Linux batches 32)
GFN_CAPACITY_MAX = 0x7FFFFFFF  # the room for every domain's p2m: the engine's gfns are 31-bit

# ---- grant tables, device models and trace buffers (csrc/gnttab.c, csrc/resource.c) --------
GNT_INITIAL_FRAMES = 4  # INITIAL_NR_GRANT_FRAMES of 4.2 x86: 4 x 512 v1 entries
GNT_INITIAL_FRAMES_4_17 = 1  # INITIAL_NR_GRANT_FRAMES of 4.17 x86 (asm/grant_table.h)
GNT_DEFAULT_MAX_FRAMES = 32  # max_nr_grant_frames of 4.2: a table's limit unless created with one
GNT_MAX_FRAMES = 64  # the largest createdomain max_grant_frames (opt_max_grant_frames of 4.17)
GNT_ENTRIES_PER_PAGE = 512  # v1 entries (8 bytes) per 4 KiB frame; v2 entries are 16 bytes
GNT_RESERVED_ENTRIES = 8  # GNTTAB_NR_RESERVED_ENTRIES: kept across a version change
IOREQ_MAX_SERVERS = 8  # MAX_NR_IOREQ_SERVERS per domain
RESOURCE_CHUNK = 32  # frames acquire_resource handles per step (its mfn_list[32])
VMTRACE_MAX_FRAMES = 16384  # a vcpu's trace buffer is at most 64 MiB
MEM_EVENT_FLAG_DUMMY = 16  # a response Xen skips (public/mem_event.h, RELEASE-4.2.0)
EVTCHN_PER_BUCKET = 128  # EVTCHNS_PER_BUCKET (4.2 xen/include/xen/sched.h): ports per bucket

# ---- trace chunk codecs (tracer/codec.py, csrc/codec.c) ------------------------------------
CODEC_PLAIN = 0  # width bytes per value, shuffled
CODEC_DELTA = 1  # base is the first value; then count-1 zigzag steps, shuffled
CODEC_CONST = 2  # every value is base; no payload bytes

# ---- the fuzz input grammar (csrc/fuzz.c describes it; csrc/fuzz_grammar.c, fuzz/) ----------
FUZZ_SELECTORS = 65536  # a call's selector: two bytes, high first; calls share them by weight
FUZZ_CTRL_STRATEGIES = 16  # CTRL % 16 picks how an argument is chosen
FUZZ_CTRL_POOL_LAST = 12  # 0..12: a live value from the pools
FUZZ_CTRL_SMALL = 13  # the payload byte is the value
FUZZ_CTRL_SPECIAL = 14  # the payload byte picks a boundary value
FUZZ_CTRL_LITERAL = 15  # the payload is the argument's width in bytes, little endian
FUZZ_CALLER_LITERAL = 15  # CALLER % 16: the domain (2 bytes, little endian) and vcpu follow
FUZZ_CALLER_TOOLSTACK_GUEST = 14  # a toolstack call's CALLER % 16 from here: a guest calls
FUZZ_CALLER_ANY_GUEST = 11  # a call either may make: CALLER % 16 from here: a guest calls
FUZZ_LIST_ELEMENTS = 8  # a list chunk's HEAD % 8: the elements written out in it
FUZZ_LIST_RUN = 24  # HEAD / 8 from 24: a run of neighbours follows them (EXT byte)
FUZZ_LIST_SCATTER = 28  # HEAD / 8 28: live values from the pools follow them (EXT byte)
FUZZ_LIST_MORE = 29  # HEAD / 8 29: another chunk of the list follows
FUZZ_LIST_MAX = 30  # HEAD / 8 30: the list is max_length elements long
FUZZ_LIST_BEYOND = 31  # HEAD / 8 31: the list is max_length + 1 long (the engine refuses it)
FUZZ_LIST_EXTRA = 256  # a run or scatter adds EXT % 256 + 1 elements (a corpus list of 64)
FUZZ_LIST_CHUNKS = 8  # chunks of one list at most (a MORE in the last is the end)
FUZZ_ROOM_MODES = 8  # an OUT list's ROOM % 8: below FUZZ_ROOM_NULL, the length's room
FUZZ_ROOM_NULL = 5  # ROOM % 8: no room (a NULL handle)
FUZZ_ROOM_SHORT = 6  # ROOM % 8: room for one element less than the length claims
FUZZ_ROOM_LONG = 7  # ROOM % 8: room for one more
FUZZ_POOL = 8  # live values kept per resource kind
FUZZ_MAX_CALLS = 64  # calls the decoder runs per input at most
FUZZ_LIST_WORDS = 65536  # words of list elements the executor gives one input's calls

_DOCS = {
    "RAW_REFUSED_LIMIT": "a raw result at or below this is a refusal",
    "RAW_UNKNOWN_CALL": "refused: no such call id",
    "RAW_BAD_CALLER": "refused: the calling domain or vcpu does not exist",
    "RAW_UNSUPPORTED": "unsupported: the engine does not model the path Xen would take",
    "TRACE_ERRNO_UNSUPPORTED": "a trace's errno for a call the engine answered unsupported",
    "RAW_CALLER_DOWN": "refused: the calling vcpu is down (it cannot make calls)",
    "RAW_BAD_ARG0": "refused: argument slot i too wide is RAW_BAD_ARG0 - i",
    "RAW_BAD_LIST0": "refused: list in slot i malformed is RAW_BAD_LIST0 - i",
    "RAW_BAD_VALUE0": "refused: a value of slot i the engine does not model is RAW_BAD_VALUE0 - i",
    "PACK": "per-call results are raw * PACK + reason",
    "LIST_SHIFT": "a list reference is word offset << LIST_SHIFT | element count",
    "DEFAULT_PROFILE_INDEX": "the profile a machine uses unless told",
    "DOMID_SELF": "the calling domain",
    "DOMID_FIRST_RESERVED": "the first of the DOMID_* specials",
    "GFN_GREF_FLAG": "a share_gfns gfn with this bit set is a grant reference",
    "MULTICALL_MAX_ENTRIES": "multicall: the most entries one batch may have",
    "GFN_CAPACITY_MAX": "the most gfns a machine's p2ms may hold, all domains together",
    "GNT_INITIAL_FRAMES": "grant-table frames a domain's table starts with",
    "GNT_INITIAL_FRAMES_4_17": "grant-table frames a domain's table starts with in 4.17",
    "GNT_DEFAULT_MAX_FRAMES": "a grant table's frame limit unless created with another",
    "GNT_MAX_FRAMES": "the largest grant-table frame limit a domain can be created with",
    "GNT_ENTRIES_PER_PAGE": "v1 grant entries per frame (v2: half as many)",
    "GNT_RESERVED_ENTRIES": "grant entries a version change keeps",
    "IOREQ_MAX_SERVERS": "ioreq servers per domain",
    "RESOURCE_CHUNK": "frames acquire_resource handles per step",
    "VMTRACE_MAX_FRAMES": "the largest vcpu trace buffer, in frames",
    "MEM_EVENT_FLAG_DUMMY": "MEM_EVENT_FLAG_DUMMY (4.2 public/mem_event.h): a response Xen skips",
    "EVTCHN_PER_BUCKET": "EVTCHNS_PER_BUCKET (4.2 xen/include/xen/sched.h): ports per bucket",
    "CODEC_PLAIN": "trace stream codec: width bytes per value, shuffled",
    "CODEC_DELTA": "trace stream codec: zigzag deltas from base, shuffled",
    "CODEC_CONST": "trace stream codec: every value is base",
    "FUZZ_SELECTORS": "fuzz: a call's two-byte selector has this many values",
    "FUZZ_CTRL_STRATEGIES": "fuzz argument control byte: CTRL % this picks the strategy",
    "FUZZ_CTRL_POOL_LAST": "fuzz strategies 0..this: a live value from the pools",
    "FUZZ_CTRL_SMALL": "fuzz strategy: the payload byte is the value",
    "FUZZ_CTRL_SPECIAL": "fuzz strategy: the payload byte picks a boundary value",
    "FUZZ_CTRL_LITERAL": "fuzz strategy: the payload is the argument, little endian",
    "FUZZ_CALLER_LITERAL": "fuzz caller byte % 16: domain (2 bytes) and vcpu follow",
    "FUZZ_CALLER_TOOLSTACK_GUEST": "fuzz caller byte % 16 from this: a guest makes a toolstack op",
    "FUZZ_CALLER_ANY_GUEST": "fuzz caller byte % 16 from this: a guest makes an either-caller op",
    "FUZZ_LIST_ELEMENTS": "fuzz list chunk HEAD % this: elements written out",
    "FUZZ_LIST_RUN": "fuzz list HEAD / ELEMENTS from this: a run of neighbours (EXT byte)",
    "FUZZ_LIST_SCATTER": "fuzz list HEAD / ELEMENTS: live values from the pools (EXT byte)",
    "FUZZ_LIST_MORE": "fuzz list HEAD / ELEMENTS: another chunk follows",
    "FUZZ_LIST_MAX": "fuzz list HEAD / ELEMENTS: max_length elements",
    "FUZZ_LIST_BEYOND": "fuzz list HEAD / ELEMENTS: max_length + 1 elements (refused)",
    "FUZZ_LIST_EXTRA": "fuzz list run or scatter: EXT % this + 1 elements",
    "FUZZ_LIST_CHUNKS": "fuzz: chunks of one list at most",
    "FUZZ_ROOM_MODES": "fuzz OUT list ROOM % this picks its room",
    "FUZZ_ROOM_NULL": "fuzz ROOM mode: no room (a NULL handle)",
    "FUZZ_ROOM_SHORT": "fuzz ROOM mode: one element less than the length",
    "FUZZ_ROOM_LONG": "fuzz ROOM mode: one element more than the length",
    "FUZZ_POOL": "fuzz: live values kept per resource kind",
    "FUZZ_MAX_CALLS": "fuzz: calls decoded per input at most",
    "FUZZ_LIST_WORDS": "fuzz: list words the executor gives one input",
}


def shared() -> Mapping[str, tuple[int, str]]:
    """Every shared number with its one-line doc, by name, for the C header."""
    values = globals()
    return MappingProxyType({name: (int(values[name]), doc) for name, doc in _DOCS.items()})
