"""Start a new call family: its catalogue module, its handler file and its corpus folder.

    python -m haptrace.catalogue.scaffold tmem "transcendent memory: pools and pages"

writes

* ``haptrace/catalogue/<family>.py``: the Family, and empty CALLS, REASONS, INVARIANTS and
  PLANTED_BUGS tables to fill in (the catalogue finds the module by itself);
* ``csrc/<family>.c``: the family's hooks (``ht_family_<family>``), with a state struct
  allocated with the machine, and where its handlers go (the build compiles every
  ``csrc/*.c``);
* ``corpus/<family>/README.md``: what the family's regression traces must cover.

Then add calls to the module, run ``python -m haptrace.catalogue.generate``, and implement
each ``ht_h_<call>`` whose prototype ``csrc/gen/ht_handlers.h`` now declares.  Nothing else
in the repository needs editing (docs/families.md walks through it).  Like XTF's
make-new-test, this refuses to overwrite anything.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from . import FAMILIES

ROOT = Path(__file__).resolve().parents[2]
_NAME = re.compile(r"[a-z][a-z0-9_]{1,30}")


@dataclass(frozen=True)
class Scaffold:
    """The files a new family starts with, relative to the repository root."""

    files: dict[str, str]


def scaffold(family: str, doc: str) -> Scaffold:
    """The new family's files; ValueError when the name is taken or not an identifier."""
    if not _NAME.fullmatch(family):
        raise ValueError(f"family name {family!r}: lower-case letters, digits and _ only")
    if any(f.name == family for f in FAMILIES):
        raise ValueError(f"family {family!r} exists")
    order = max(f.order for f in FAMILIES) + 1
    upper = family.upper()
    module = f'''"""{doc[0].upper() + doc[1:]}.

Calls of the {family} family.  Each Call names its hypercall numbers, arguments (scalars,
and ListArg for lists), outputs, caller and the codes each profile documents; the C handler
``ht_h_<call>`` in csrc/{family}.c cites the Xen function behind every decision.
"""

from __future__ import annotations

from .model import Call, Family, Invariant, PlantedBug, Reason

{upper} = Family("{family}", "{doc}", order={order}, fuzz_weight=2)
FAMILIES = ({upper},)

CALLS: tuple[Call, ...] = ()

# Why a call returned what it did (HT_R_<id> in C).
REASONS: tuple[Reason, ...] = ()

# What the family's audit hook checks (HT_INV_<id>).
INVARIANTS: tuple[Invariant, ...] = ()

# Real Xen bugs the engine can switch on (HT_BUG_<id>), each with a corpus reproducer.
PLANTED_BUGS: tuple[PlantedBug, ...] = ()
'''
    c_file = f"""/*
 * The {family} family: {doc}.
 *
 * Handlers (ht_h_<call>, declared in csrc/gen/ht_handlers.h from the catalogue) go here,
 * each decision citing the Xen function it mirrors.  The family's state lives in the
 * struct below, allocated with the machine; every write goes through the j8..j64 setters
 * so snapshots restore it.
 */
#include <string.h>

#include "engine.h"

struct {family}_state {{
    uint32_t generation;  /* replace with the family's state */
}};

static struct {family}_state *state(const ht_machine *m)
{{
    return family_state(m, HT_FAMILY_{upper});
}}

static size_t state_bytes(const ht_host_config *config)
{{
    (void)config;
    return sizeof(struct {family}_state);
}}

static uint64_t digest(const ht_machine *m, uint64_t h)
{{
    return ht_fnv(h, state(m), sizeof(struct {family}_state));
}}

const struct ht_family_ops ht_family_{family} = {{
    .state_bytes = state_bytes,
    .digest = digest,
}};
"""
    readme = f"""# corpus/{family}

Regression traces of the {family} family ({doc}), in the text form
(docs/trace-format.md).  Between them they must reach every documented (call, code) pair of
the family in every profile (`haptrace coverage corpus/`), each failing call with a
comment naming its condition; each planted bug of the family has its reproducer in
corpus/scenarios/.
"""
    return Scaffold(
        {
            f"haptrace/catalogue/{family}.py": module,
            f"csrc/{family}.c": c_file,
            f"corpus/{family}/README.md": readme,
        }
    )


def write(made: Scaffold, root: Path = ROOT) -> list[str]:
    """Writes the files; FileExistsError (nothing written) if any exists."""
    paths = {relative: root / relative for relative in made.files}
    existing = [relative for relative, path in paths.items() if path.exists()]
    if existing:
        raise FileExistsError(f"already there: {', '.join(existing)}")
    for relative, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made.files[relative])
    return list(made.files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("family", help="the family's name, e.g. tmem")
    parser.add_argument("doc", help="one line on what the family is")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository root")
    options = parser.parse_args(argv)
    try:
        written = write(scaffold(options.family, options.doc), options.root)
    except (ValueError, FileExistsError) as exc:
        sys.stderr.write(f"scaffold: {exc}\n")
        return 2
    for relative in written:
        sys.stderr.write(f"wrote {relative}\n")
    sys.stderr.write("next: add calls, run python -m haptrace.catalogue.generate\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
