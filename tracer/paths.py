"""Trace files on disk: which files a list of paths names (``haptrace replay``, ``haptrace
coverage``, ``haptrace fuzz --seed`` and the pytest plugin's ``--haptrace-corpus`` share the
rule)."""

from __future__ import annotations

from pathlib import Path

from haptrace.errors import InputError

TRACE_SUFFIXES = (".trace", ".trace.txt")


def expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; directories as every trace under them (``*.trace`` for msgpack,
    ``*.trace.txt`` for the text form), in sorted order."""
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.name.endswith(TRACE_SUFFIXES)
            )
            if not found:
                raise InputError(f"{path}: no traces (*.trace, *.trace.txt) in this directory")
            out += found
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{path}: cannot read: No such file or directory")
    return out
