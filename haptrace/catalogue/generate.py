"""Generate everything that derives from the call catalogue.

    python -m haptrace.catalogue.generate          # rewrite the generated files
    python -m haptrace.catalogue.generate --check  # exit 1 if any of them is stale

Outputs (each starts with a DO-NOT-EDIT line and is rewritten only when its content changes):

* ``csrc/gen/ht_catalogue.h`` / ``.c``: call ids, enums, errno values, the shared limits,
  per-call argument widths, list descriptions and resource kinds, documented codes per
  profile, the reason, invariant and planted-bug tables, the family table, and the glue
  that calls each typed handler; ``csrc/gen/ht_handlers.h``: the handler prototypes;
* ``haptrace/binding/_calls.py``: one typed method per call for :class:`replay.Machine`;
* ``docs/catalogue.md``: the human-readable catalogue;
* ``csrc/gen/ht_abi.h`` / ``.c`` and ``docs/abi.md``: the hypercall ABI decoder's tables
  and its documentation, from haptrace.abi (the ABI descriptions, a sibling of the
  catalogue).

A test runs ``--check`` so a stale generated file fails the suite.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from haptrace.abi import render as abi

from .render import c, docs, python

ROOT = Path(__file__).resolve().parents[2]

GENERATED: dict[str, Callable[[], str]] = {
    "csrc/gen/ht_catalogue.h": c.header,
    "csrc/gen/ht_handlers.h": c.handlers_header,
    "csrc/gen/ht_catalogue.c": c.source,
    "haptrace/binding/_calls.py": python.calls_module,
    "haptrace/binding/_options.py": python.options_module,
    "docs/catalogue.md": docs.catalogue_markdown,
    "csrc/gen/ht_abi.h": abi.header,
    "csrc/gen/ht_abi.c": abi.source,
    "docs/abi.md": abi.markdown,
}


def stale_files(root: Path = ROOT) -> list[str]:
    """Generated files whose content differs from what the catalogue produces now."""
    stale = []
    for relative, make in GENERATED.items():
        path = root / relative
        if not path.exists() or path.read_text() != make():
            stale.append(relative)
    return stale


def write_all(root: Path = ROOT) -> list[str]:
    written = []
    for relative, make in GENERATED.items():
        path = root / relative
        text = make()
        if path.exists() and path.read_text() == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(relative)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    options = parser.parse_args(argv)
    if options.check:
        stale = stale_files()
        for relative in stale:
            sys.stderr.write(f"stale: {relative} (run python -m haptrace.catalogue.generate)\n")
        return 1 if stale else 0
    for relative in write_all():
        sys.stderr.write(f"wrote {relative}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
