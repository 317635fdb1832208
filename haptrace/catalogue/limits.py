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
# The engine does not model the path this call takes (a handler or the hypercall ABI layer
# says so instead of inventing a result); the reason names the path.  Not a refusal of bad
# input: replay and the summaries count it apart, never as a pass.
RAW_UNSUPPORTED = -1000003
RAW_BAD_ARG0 = -1000010  # argument slot i is wider than its C type: RAW_BAD_ARG0 - i
RAW_BAD_LIST0 = -1000020  # list slot i is malformed (bounds, length, element width): - i

# ---- encodings ----------------------------------------------------------------------------
PACK = 65536  # the per-call API packs raw * PACK + reason into one integer
LIST_SHIFT = 32  # a list reference in an argument slot: word offset << 32 | element count
DEFAULT_PROFILE = "doc"
DEFAULT_PROFILE_INDEX = PROFILES.index(DEFAULT_PROFILE)

# ---- Xen constants the engine and the tools share ------------------------------------------
DOMID_SELF = 0x7FF0  # DOMID_SELF: the calling domain (public/xen.h)
DOMID_FIRST_RESERVED = 0x7FF0  # ids from here up are the DOMID_* specials
GFN_GREF_FLAG = 1 << 62  # a gfn argument of share_gfns with this bit is a grant reference

# ---- trace chunk codecs (tracer/codec.py, csrc/codec.c) ------------------------------------
CODEC_PLAIN = 0  # width bytes per value, shuffled
CODEC_DELTA = 1  # base is the first value; then count-1 zigzag steps, shuffled
CODEC_CONST = 2  # every value is base; no payload bytes

# ---- the fuzz input grammar (csrc/fuzz.c, csrc/fuzz_mutate.c, fuzz/) -----------------------
FUZZ_CTRL_STRATEGIES = 16  # CTRL % 16 picks how an argument is chosen
FUZZ_CTRL_POOL_LAST = 12  # 0..12: a live value from the pools
FUZZ_CTRL_SMALL = 13  # the payload byte is the value
FUZZ_CTRL_SPECIAL = 14  # the payload byte picks a boundary value
FUZZ_CTRL_LITERAL = 15  # the payload is the argument's width in bytes, little endian
FUZZ_POOL = 8  # live values kept per resource kind
FUZZ_MAX_CALLS = 64  # calls the decoder runs per input at most

_DOCS = {
    "RAW_REFUSED_LIMIT": "a raw result at or below this is a refusal",
    "RAW_UNKNOWN_CALL": "refused: no such call id",
    "RAW_BAD_CALLER": "refused: the calling domain or vcpu does not exist",
    "RAW_UNSUPPORTED": "not modelled: the engine does not model the path the call takes",
    "RAW_BAD_ARG0": "refused: argument slot i too wide is RAW_BAD_ARG0 - i",
    "RAW_BAD_LIST0": "refused: list in slot i malformed is RAW_BAD_LIST0 - i",
    "PACK": "per-call results are raw * PACK + reason",
    "LIST_SHIFT": "a list reference is word offset << LIST_SHIFT | element count",
    "DEFAULT_PROFILE_INDEX": "the profile a machine uses unless told",
    "DOMID_SELF": "the calling domain",
    "DOMID_FIRST_RESERVED": "the first of the DOMID_* specials",
    "GFN_GREF_FLAG": "a share_gfns gfn with this bit set is a grant reference",
    "CODEC_PLAIN": "trace stream codec: width bytes per value, shuffled",
    "CODEC_DELTA": "trace stream codec: zigzag deltas from base, shuffled",
    "CODEC_CONST": "trace stream codec: every value is base",
    "FUZZ_CTRL_STRATEGIES": "fuzz argument control byte: CTRL % this picks the strategy",
    "FUZZ_CTRL_POOL_LAST": "fuzz strategies 0..this: a live value from the pools",
    "FUZZ_CTRL_SMALL": "fuzz strategy: the payload byte is the value",
    "FUZZ_CTRL_SPECIAL": "fuzz strategy: the payload byte picks a boundary value",
    "FUZZ_CTRL_LITERAL": "fuzz strategy: the payload is the argument, little endian",
    "FUZZ_POOL": "fuzz: live values kept per resource kind",
    "FUZZ_MAX_CALLS": "fuzz: calls decoded per input at most",
}


def shared() -> Mapping[str, tuple[int, str]]:
    """Every shared number with its one-line doc, by name, for the C header."""
    values = globals()
    return MappingProxyType({name: (int(values[name]), doc) for name, doc in _DOCS.items()})
