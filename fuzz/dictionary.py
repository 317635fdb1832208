"""A libFuzzer dictionary generated from the catalogue.

libFuzzer splices dictionary entries into inputs.  Each entry here is a well-formed call in
the decoder's byte format (csrc/fuzz.c): the call's byte followed by a pool pick for every
argument, so one mutation inserts a whole call that names live resources — the structure a
byte-level mutator would otherwise take many steps to assemble.  A few argument-level
tokens (a literal all-ones, the grant-reference flag, a small value) complete it.
"""

from __future__ import annotations

from pathlib import Path

from haptrace.catalogue import CATALOGUE, Resource

from .encode import CALL_BYTE, LITERAL, POOL, SMALL, SPECIAL


def _pool_args(call_id: int) -> bytes:
    """Pool picks for every argument; a domain pick takes the newest (domain, gfn) pair, so
    the call names the same page as the call before it (payload 1: the pair pool)."""
    return b"".join(
        bytes([POOL, 1 if arg.uses is Resource.DOMAIN else 0]) for arg in CATALOGUE[call_id].args
    )


def entries() -> list[bytes]:
    out = []
    for call in CATALOGUE:
        if call.id not in CALL_BYTE:
            continue
        head = bytes([CALL_BYTE[call.id]])
        out.append(head + _pool_args(call.id))
        # The same call with its last argument taken literally: hostile values go there.
        if call.args:
            last = call.args[-1]
            literal = bytes([LITERAL]) + b"\xff" * ((last.bits + 7) // 8)
            out.append(head + _pool_args(call.id)[:-2] + literal)
    out += [bytes([SPECIAL, 6]), bytes([SMALL, 0x10]), bytes([POOL, 1]), bytes([POOL, 2])]
    return out


def write(path: Path) -> Path:
    """Write the dictionary in libFuzzer's format (one quoted, escaped entry per line)."""
    lines = []
    for index, entry in enumerate(entries()):
        escaped = "".join(f"\\x{byte:02x}" for byte in entry)
        lines.append(f'kw{index}="{escaped}"')
    path.write_text("\n".join(lines) + "\n")
    return path
