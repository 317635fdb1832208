"""A libFuzzer dictionary generated from the catalogue.

libFuzzer splices dictionary entries into inputs.  Each entry here is a well-formed call in
the decoder's grammar (csrc/fuzz.c): the call's first selector, domain 0 calling, and a pool
pick for every argument (a domain pick takes the newest (domain, gfn) pair, so the call
names the same page as the call before it; a list is one element of pool picks; an output
list gets the room its length claims), and the same call with its last argument an all-ones
literal (a list's element's last field; an output list's room one more), where hostile
values go.  A few argument-level tokens (a special value, a small value, pool picks)
complete it.

The entries are built by the engine (``ht_fuzz_dict_entry``, csrc/fuzz_mutate.c) from the
catalogue's compiled call table: ``haptrace fuzz`` writes the dictionary before it starts the
harness, and loading the Python catalogue for it would add to every run's start-up.
tests/fuzz/test_lean.py rebuilds the entries from the Python catalogue and compares.
"""

from __future__ import annotations

from pathlib import Path

from haptrace.binding.fuzz import dictionary_entries


def entries() -> list[bytes]:
    return dictionary_entries()


def write(path: Path) -> Path:
    """Write the dictionary in libFuzzer's format (one quoted, escaped entry per line)."""
    lines = []
    for index, entry in enumerate(entries()):
        escaped = "".join(f"\\x{byte:02x}" for byte in entry)
        lines.append(f'kw{index}="{escaped}"')
    path.write_text("\n".join(lines) + "\n")
    return path
