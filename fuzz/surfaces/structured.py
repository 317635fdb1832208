"""Structure-aware inputs for the surfaces: edits of real traces that keep the rest well
formed, machine maps of hostile values, and API uses with hostile arguments.  Each takes
its choices from an atheris FuzzedDataProvider, so libFuzzer's mutations of the bytes
steer them and a run is reproducible from its seed."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import msgpack
import numpy as np

from haptrace.binding.machine import CALL_DTYPE, Machine
from haptrace.catalogue import CATALOGUE

PREAMBLE_SIZE = 16
ROOT = Path(__file__).resolve().parents[2]
TRACES = ROOT / "tests" / "data" / "traces"

# Values a hostile field takes: the edges of every width, wrong types, deep nesting.
_EDGES = (0, 1, -1, 2, 0xFF, 0x100, 0xFFFF, 0x10000, 2**31 - 1, 2**31, 2**32, 2**63 - 1, 2**64 - 1)


def hostile_value(provider: Any, depth: int = 0) -> Any:
    """One value of any msgpack type, biased to the edges of integer widths."""
    kind = provider.ConsumeIntInRange(0, 9)
    if kind == 0:
        return _EDGES[provider.ConsumeIntInRange(0, len(_EDGES) - 1)]
    if kind == 1:
        return provider.ConsumeIntInRange(-(2**63), 2**64 - 1)
    if kind == 2:
        return provider.ConsumeIntInRange(0, 1 << 20)
    if kind == 3:
        return provider.ConsumeBool()
    if kind == 4:
        return provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 40))
    if kind == 5:
        return None
    if kind == 6:
        return provider.ConsumeFloat()
    if kind == 7 and depth < 3:
        return [hostile_value(provider, depth + 1) for _ in range(provider.ConsumeIntInRange(0, 4))]
    if kind == 8 and depth < 3:
        return {"t": hostile_value(provider, depth + 1)}
    if kind == 9:  # nested deep (msgpack packs 511 levels; edited_binary goes deeper)
        value: Any = None
        for _ in range(provider.ConsumeIntInRange(1, 500)):
            value = {"t": value}
        return value
    return 0


@cache
def _binary_seeds() -> tuple[tuple[bytes, tuple[Any, ...]], ...]:
    seeds = []
    for path in sorted(TRACES.glob("*.trace")):
        data = path.read_bytes()
        unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
        unpacker.feed(data[PREAMBLE_SIZE:])
        seeds.append((data[:PREAMBLE_SIZE], tuple(unpacker)))
    return tuple(seeds)


def _edit(obj: Any, provider: Any, depth: int = 0) -> Any:
    """``obj`` with one field somewhere inside it replaced by a hostile value."""
    if isinstance(obj, dict) and obj and depth < 6:
        keys = sorted(obj, key=str)
        key = keys[provider.ConsumeIntInRange(0, len(keys) - 1)]
        copy = dict(obj)
        copy[key] = (
            _edit(obj[key], provider, depth + 1)
            if provider.ConsumeBool()
            else hostile_value(provider)
        )
        return copy
    if isinstance(obj, list) and obj and depth < 6:
        index = provider.ConsumeIntInRange(0, len(obj) - 1)
        items = list(obj)
        items[index] = _edit(obj[index], provider, depth + 1)
        return items
    return hostile_value(provider)


def edited_binary(provider: Any) -> bytes:
    """A real binary trace with one to three of its fields (header, chunk or end record)
    replaced by hostile values, or objects dropped, repeated or appended."""
    seeds = _binary_seeds()
    preamble, objects = seeds[provider.ConsumeIntInRange(0, len(seeds) - 1)]
    edited = list(objects)
    tail = b""
    for _ in range(provider.ConsumeIntInRange(1, 3)):
        action = provider.ConsumeIntInRange(0, 5)
        if action == 5:  # maps nested past the reader's depth limit, packed by hand
            tail += b"\x81\xa1t" * provider.ConsumeIntInRange(500, 1100) + b"\xc0"
            continue
        index = provider.ConsumeIntInRange(0, len(edited) - 1) if edited else 0
        if action <= 2 and edited:
            edited[index] = _edit(edited[index], provider)
        elif action == 3 and edited:
            del edited[index]
        else:
            edited.insert(index, hostile_value(provider))
    body: bytes = b"".join(msgpack.packb(o, use_bin_type=True) for o in edited)
    whole: bytes = preamble + body + tail
    return whole


@cache
def _text_seeds() -> tuple[str, ...]:
    paths = sorted(TRACES.glob("*.txt")) + sorted((ROOT / "corpus").glob("*/*.txt"))[:40]
    return tuple(path.read_text(encoding="utf-8") for path in paths)


_TOKENS = (
    "0",
    "01",
    "00",
    "0x",
    "0x0",
    "-1",
    "-0",
    "~0",
    "$h",
    "$h01",
    "$f" + "9" * 30,
    "9" * 4400,
    "18446744073709551616",
    "9223372036854775808",
    "0x" + "f" * 17,
    "[",
    "]",
    "{",
    "}",
    "=",
    "room(",
    "room(999999)",
    "@",
    "@1.",
    "@65536.0",
    "->",
    ",",
    "#",
    "\t",
    "\x00",
    "é",
)


def edited_text(provider: Any) -> bytes:
    """A real text trace with a word of one line replaced by a hostile token (numbers of
    every form the grammar refuses, brackets, symbols), or a line repeated."""
    seeds = _text_seeds()
    lines = seeds[provider.ConsumeIntInRange(0, len(seeds) - 1)].split("\n")
    for _ in range(provider.ConsumeIntInRange(1, 3)):
        row = provider.ConsumeIntInRange(0, len(lines) - 1)
        words = lines[row].replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split(" ")
        action = provider.ConsumeIntInRange(0, 3)
        if action == 3:
            lines.insert(row, lines[row])
            continue
        column = provider.ConsumeIntInRange(0, max(len(words) - 1, 0))
        if action == 2:
            token = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 12))
        else:
            token = _TOKENS[provider.ConsumeIntInRange(0, len(_TOKENS) - 1)]
        if words:
            words[column] = token if action else words[column] + token
        lines[row] = " ".join(words).replace(" ( ", "(").replace(" ) ", ")").replace(" , ", ", ")
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


_HOST_FIELDS = (
    "arch",
    "vendor",
    "total_frames",
    "gfn_capacity",
    "share_capacity",
    "xenheap_units",
    "audit_compiled",
)
_DOMAIN_FIELDS = ("domid", "pages", "max_pages", "p2m_size", "vcpus", "hap", "pv")


def machine_map(provider: Any) -> Any:
    """A header's machine map: the real fields with plausible or hostile values, sometimes
    a field unknown or missing, sometimes not a map at all."""
    if provider.ConsumeIntInRange(0, 15) == 0:
        return hostile_value(provider)

    def number(small: int) -> Any:
        return (
            provider.ConsumeIntInRange(0, small)
            if provider.ConsumeBool()
            else hostile_value(provider)
        )

    host: dict[str, Any] = {}
    for name in _HOST_FIELDS:
        if provider.ConsumeIntInRange(0, 3):
            host[name] = {"arch": "x86_64", "vendor": "intel", "audit_compiled": True}.get(
                name, number(1 << 16)
            )
            if not provider.ConsumeIntInRange(0, 7):
                host[name] = hostile_value(provider)
    domains = []
    for _ in range(provider.ConsumeIntInRange(0, 4)):
        domain: dict[str, Any] = {"domid": provider.ConsumeIntInRange(0, 8)}
        for name in _DOMAIN_FIELDS[1:]:
            if provider.ConsumeIntInRange(0, 2):
                domain[name] = provider.ConsumeBool() if name in ("hap", "pv") else number(256)
        domains.append(domain)
    if provider.ConsumeIntInRange(0, 15) == 0:
        host[provider.ConsumeUnicodeNoSurrogates(8)] = hostile_value(provider)
    return {"host": host, "domains": domains}


def _arguments(provider: Any, count: int) -> list[Any]:
    return [
        provider.ConsumeIntInRange(0, 64) if provider.ConsumeBool() else hostile_value(provider)
        for _ in range(count)
    ]


def api_use(provider: Any, machine: Machine) -> Callable[[], Any]:
    """One use of the Python API with arguments from ``provider``: a call by name, id or
    per-call method (the right count of arguments or not, keywords or not), a batch, the
    state views, snapshots and settings."""
    kind = provider.ConsumeIntInRange(0, 11)
    call = CATALOGUE[provider.ConsumeIntInRange(0, len(CATALOGUE) - 1)]
    count = len(call.input_args) + provider.ConsumeIntInRange(-1, 1)
    args = _arguments(provider, max(count, 0))
    if kind == 0:
        return lambda: getattr(machine, call.name)(*args)
    if kind == 1:
        return lambda: machine.call(call.name, *args)
    if kind == 2:
        names = [a.name for a in call.input_args] + ["bogus"]
        kwargs = {names[provider.ConsumeIntInRange(0, len(names) - 1)]: v for v in args}
        return lambda: getattr(machine, call.name)(**kwargs)
    if kind == 3:
        target = hostile_value(provider)
        return lambda: machine.call(target, *args)
    if kind == 4:
        records = np.zeros(provider.ConsumeIntInRange(0, 4), dtype=CALL_DTYPE)
        for record in records:
            record["call"] = provider.ConsumeIntInRange(0, 0xFFFF)
            record["arg"] = [provider.ConsumeIntInRange(0, 2**64 - 1) for _ in range(8)]
        flags = hostile_value(provider)
        return lambda: machine.batch(records, flags)
    if kind == 5:
        return lambda: machine.check(hostile_value(provider))
    if kind == 6:
        return lambda: machine.p2m(hostile_value(provider))
    if kind == 7:
        return lambda: machine.documented(hostile_value(provider), hostile_value(provider))
    if kind == 8:
        return lambda: machine.restore(hostile_value(provider))
    if kind == 9:
        return lambda: machine.set_bugs(hostile_value(provider))
    if kind == 10:
        return lambda: machine.set_caller(hostile_value(provider), hostile_value(provider))
    return lambda: machine.call(call.id, *args, caller=(hostile_value(provider), 0))
