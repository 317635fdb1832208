"""Generate everything that derives from the call catalogue.

    python -m haptrace.catalogue.generate          # rewrite the generated files
    python -m haptrace.catalogue.generate --check  # exit 1 if any of them is stale

Outputs (each starts with a DO-NOT-EDIT line and is rewritten only when its content changes):

* ``csrc/gen/ht_catalogue.h`` / ``.c``: call ids, enums, errno values, per-call argument
  widths and resource kinds, documented-code masks per profile, handler prototypes and the
  dispatch table of the C engine;
* ``haptrace/binding/_calls.py``: one typed method per call for :class:`replay.Machine`;
* ``docs/catalogue.md``: the human-readable catalogue.

A test runs ``--check`` so a stale generated file fails the suite.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from . import CATALOGUE, ENUMS, MAX_ARGS, MAX_OUTPUTS, PROFILES, REVISION
from .errnos import ERRNO, errno_name
from .model import REMAPPED_RESOURCES, Arg, Call, Family, Kind, Resource, Returns

ROOT = Path(__file__).resolve().parents[2]
_BANNER = (
    "Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT."
)

# C numbering of resource kinds; 0 means "no resource".
# A raw result at or below this is a call the engine refused (csrc/include/haptrace.h keeps
# the same value; a test compares them).
RAW_REFUSED_LIMIT = -1000000

RESOURCE_IDS: dict[Resource | None, int] = {
    None: 0,
    Resource.DOMAIN: 1,
    Resource.GFN: 2,
    Resource.HANDLE: 3,
    Resource.GREF: 4,
    Resource.PORT: 5,
    Resource.MAPPING: 6,
}
RETURNS_IDS = {Returns.STATUS: 0, Returns.VALUE: 1, Returns.COUNT: 2}
KIND_IDS = {Kind.HYPERCALL: 0, Kind.EVENT: 1}
PROFILE_C_NAMES = {"doc": "HT_PROFILE_DOC", "xen-4.2": "HT_PROFILE_XEN_4_2"}


def _c_ident(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text).upper()


def _code_mask(call: Call, profile: str) -> int:
    mask = 0
    for errno in call.errnos(profile):
        if not 0 < errno < 64:
            raise ValueError(f"{call.name}: errno {errno} does not fit the 64-bit code mask")
        mask |= 1 << errno
    return mask


def _enum_range(arg: Arg) -> tuple[int, int]:
    """(first, count) of an enumerated argument's values, for the fuzz decoder."""
    if arg.enum is None:
        return 0, 0
    enum = ENUMS[arg.enum]
    values = sorted(enum.values.values())
    if enum.flags:
        return 0, min(2 * max(values), 255)
    first, last = values[0], values[-1]
    if values != list(range(first, last + 1)) or last > 255:
        raise ValueError(f"enum {enum.name} is not a small contiguous range")
    return first, len(values)


def c_header() -> str:
    lines = [
        f"/* {_BANNER} */",
        "#ifndef HT_CATALOGUE_H",
        "#define HT_CATALOGUE_H",
        "",
        "#include <stdint.h>",
        "",
        f'#define HT_CATALOGUE_REVISION "{REVISION}"',
        f"#define HT_NCALLS {len(CATALOGUE)}",
        f"#define HT_MAX_ARGS {MAX_ARGS}",
        f"#define HT_MAX_OUTS {MAX_OUTPUTS}",
        f"#define HT_NPROFILES {len(PROFILES)}",
        "",
        "/* Profiles. */",
    ]
    for index, profile in enumerate(PROFILES):
        lines.append(f"#define {PROFILE_C_NAMES[profile]} {index}")
    lines += ["", "/* Xen errno values (public/errno.h). */"]
    for name, value in ERRNO.items():
        lines.append(f"#define HT_{name} {value}")
    lines += [
        "#define HT_S_HANDLE_INVALID 10 /* -XENMEM_SHARING_OP_S_HANDLE_INVALID */",
        "#define HT_C_HANDLE_INVALID 9  /* -XENMEM_SHARING_OP_C_HANDLE_INVALID */",
        "",
        "/* Resource kinds. */",
    ]
    for resource, number in RESOURCE_IDS.items():
        label = "NONE" if resource is None else resource.name
        lines.append(f"#define HT_RES_{label} {number}")
    lines += ["", "/* Result conventions and call kinds. */"]
    for returns, number in RETURNS_IDS.items():
        lines.append(f"#define HT_RETURNS_{returns.name} {number}")
    for kind, number in KIND_IDS.items():
        lines.append(f"#define HT_KIND_{kind.name} {number}")
    for number, family in enumerate(Family):
        lines.append(f"#define HT_FAMILY_{family.name} {number}")
    lines.append(f"#define HT_NFAMILIES {len(Family)}")
    lines += ["", "/* Enumerations. */"]
    for enum in ENUMS.values():
        lines.append(f"/* {enum.name}: {enum.doc} */")
        for label, value in enum.values.items():
            lines.append(f"#define HT_{_c_ident(enum.name)}_{_c_ident(label)} {value}")
        lines.append(f"#define HT_{_c_ident(enum.name)}_COUNT {len(enum.values)}")
    lines += ["", "/* Call ids. */", "enum ht_call_id {"]
    for call in CATALOGUE:
        lines.append(f"    HT_CALL_{call.name} = {call.id},")
    lines += [
        "};",
        "",
        "struct ht_call_desc {",
        "    const char *name;",
        "    uint8_t kind, returns, nargs, nouts;",
        "    uint8_t family;                 /* HT_FAMILY_* */",
        "    uint8_t remaps;                 /* 1: an argument names a resource replay remaps;",
        "                                       2: an output makes one */",
        "    uint8_t arg_bits[HT_MAX_ARGS];",
        "    uint8_t arg_uses[HT_MAX_ARGS];  /* HT_RES_* the argument consumes */",
        "    uint8_t arg_makes[HT_MAX_ARGS]; /* HT_RES_* the argument creates */",
        "    uint8_t out_bits[HT_MAX_OUTS];",
        "    uint8_t out_makes[HT_MAX_OUTS]; /* HT_RES_* the output produces */",
        "    /* Enumerated arguments: valid values are first .. first+count-1 (count 0: not an",
        "     * enumeration; flag sets: every combination below count). */",
        "    uint8_t arg_enum_first[HT_MAX_ARGS];",
        "    uint8_t arg_enum_count[HT_MAX_ARGS];",
        "    uint64_t doc_codes[HT_NPROFILES]; /* bit e set: errno e is documented */",
        "};",
        "",
        "extern const struct ht_call_desc ht_calls[HT_NCALLS];",
        "",
        "struct ht_machine;",
        "typedef int64_t ht_handler_fn(struct ht_machine *m, const uint64_t *arg, uint64_t *out);",
        "extern ht_handler_fn *const ht_handlers[HT_NCALLS];",
        "",
        "/* Handlers, one per call, implemented by family in the csrc sources. */",
    ]
    for call in CATALOGUE:
        lines.append(f"ht_handler_fn ht_h_{call.name};")
    lines += ["", "#endif", ""]
    return "\n".join(lines)


def _bytes(values: list[int], width: int) -> str:
    padded = values + [0] * (width - len(values))
    return "{" + ", ".join(str(v) for v in padded) + "}"


def c_source() -> str:
    lines = [
        f"/* {_BANNER} */",
        '#include "ht_catalogue.h"',
        "",
        "const struct ht_call_desc ht_calls[HT_NCALLS] = {",
    ]
    for call in CATALOGUE:
        masks = ", ".join(f"0x{_code_mask(call, p):016x}ull" for p in PROFILES)
        lines += [
            f"    [HT_CALL_{call.name}] = {{",
            f'        "{call.name}", {KIND_IDS[call.kind]}, {RETURNS_IDS[call.returns]},'
            f" {len(call.args)}, {len(call.outputs)}, HT_FAMILY_{call.family.name},"
            f" {_remaps(call)},",
            f"        {_bytes([a.bits for a in call.args], MAX_ARGS)},",
            f"        {_bytes([RESOURCE_IDS[a.uses] for a in call.args], MAX_ARGS)},",
            f"        {_bytes([RESOURCE_IDS[a.makes] for a in call.args], MAX_ARGS)},",
            f"        {_bytes([o.bits for o in call.outputs], MAX_OUTPUTS)},",
            f"        {_bytes([RESOURCE_IDS[o.makes] for o in call.outputs], MAX_OUTPUTS)},",
            f"        {_bytes([_enum_range(a)[0] for a in call.args], MAX_ARGS)},",
            f"        {_bytes([_enum_range(a)[1] for a in call.args], MAX_ARGS)},",
            f"        {{{masks}}},",
            "    },",
        ]
    lines += ["};", "", "ht_handler_fn *const ht_handlers[HT_NCALLS] = {"]
    for call in CATALOGUE:
        lines.append(f"    [HT_CALL_{call.name}] = ht_h_{call.name},")
    lines += ["};", "", "static const char *const profile_names[HT_NPROFILES] = {"]
    for profile in PROFILES:
        lines.append(f'    [{PROFILE_C_NAMES[profile]}] = "{profile}",')
    lines += [
        "};",
        "",
        "const char *ht_profile_name(uint32_t profile)",
        "{",
        "    return profile < HT_NPROFILES ? profile_names[profile] : 0;",
        "}",
        "",
    ]
    return "\n".join(lines)


def _remaps(call: Call) -> int:
    uses = any(a.uses in REMAPPED_RESOURCES for a in call.args)
    makes = any(o.makes in REMAPPED_RESOURCES for o in call.outputs)
    return int(uses) | int(makes) << 1


def _wrap(text: str, indent: str = "        ") -> list[str]:
    return textwrap.wrap(text, width=92, initial_indent=indent, subsequent_indent=indent)


def _py_docstring(call: Call, indent: str) -> list[str]:
    summary = _wrap(call.summary, indent)
    out = [f'{indent}"""' + summary[0].strip(), *summary[1:], ""]
    if call.numbers is not None:
        out += _wrap(f"Hypercall: {call.numbers}.", indent)
    else:
        out += _wrap(f"Kind: {call.kind.value}.", indent)
    for arg in call.args:
        out += _wrap(f"``{arg.name}``: {arg.doc}.", indent)
    for output in call.outputs:
        out += _wrap(f"Output ``{output.name}``: {output.doc}.", indent)
    if call.value_doc:
        out += _wrap(f"Returns: {call.value_doc}.", indent)
    sharing = call.family.value == "sharing"
    for profile in PROFILES:
        names = ", ".join(errno_name(e, sharing) for e in sorted(call.errnos(profile)))
        out += _wrap(f"Documented codes ({profile}): {names or 'none'}.", indent)
    out.append(f'{indent}"""')
    return out


def _py_params(call: Call) -> list[str]:
    params = []
    for arg in call.args:
        default = f" = {arg.default}" if arg.default is not None else ""
        params.append(f"{arg.name}: int{default}")
    # Python cannot have a defaulted parameter before a plain one; such calls keep every
    # parameter required.
    defaults = [a.default is not None for a in call.args]
    if any(d and not later for i, d in enumerate(defaults) for later in defaults[i + 1 :]):
        params = [f"{a.name}: int" for a in call.args]
    return params


def _py_bound_function(call: Call) -> list[str]:
    """The fast function for one call, a closure inside bind_calls."""
    names = [a.name for a in call.args]
    forwarded = "".join(f", {n}" for n in names)
    as_tuple = "(" + "".join(f"{n}, " for n in names) + ")"
    nouts = len(call.outputs)
    known = f"known{call.id}"
    # No docstring: Machine copies the method's onto the closure.
    lines = [
        "",
        f"    {known} = KNOWN_RESULTS[{call.id}]",
        f"    def {call.name}({', '.join(_py_params(call))}) -> CallResult:",
    ]
    # The engine returns raw * 65536 + reason, so success is packed >= 0
    # (replay/result.py); anything at or below the refusal limit is a refused call.
    lines += [
        "        try:",
        f"            packed = call{len(names)}(machine, {call.id}{forwarded})",
        "        except (TypeError, OverflowError):",
        f"            raise bad_value({call.id}, {as_tuple}) from None",
    ]
    if nouts:
        outputs = "".join(f", out[{i}]" for i in range(nouts))
        lines += [
            "        if packed >= 0:",
            f"            return CallResult(({call.id}, packed{outputs}))",
        ]
    lines += [
        f"        result = {known}.get(packed)",
        "        if result is not None:",
        "            return result",
        f"        if packed > {RAW_REFUSED_LIMIT * 65536}:",
        f"            return remember({known}, {call.id}, packed)",
        f"        raise refused({call.id}, packed >> 16, {as_tuple})",
    ]
    return lines


def _py_method(call: Call) -> list[str]:
    """The class-level method: the documented signature, for help() and type checkers;
    a Machine's own bound function (an instance attribute) shadows it."""
    names = [a.name for a in call.args]
    lines = ["", f"    def {call.name}({', '.join(['self', *_py_params(call)])}) -> CallResult:"]
    lines += _py_docstring(call, "        ")
    lines.append(f"        return self._bound[{call.id}]({', '.join(names)})")
    return lines


def python_calls() -> str:
    lines = [
        f"# {_BANNER}",
        '"""Typed functions for every catalogue call, bound to each :class:`replay.Machine`.',
        "",
        "``bind_calls`` makes one closure per call over a machine's engine pointer: a call then",
        "costs one Python frame, no attribute lookups and one result tuple.  Each Machine wraps",
        "them in FastCalls (csrc/python/percall.c), which run the common case in C and hand",
        "keyword arguments, unusual argument types and rare results back to these functions.",
        "``CallMethods`` carries the same signatures and documentation as methods, for help()",
        "and type checkers; each Machine sets its FastCalls as instance attributes, which",
        'shadow them."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from .result import CallResult",
        "",
        f'CATALOGUE_REVISION = "{REVISION}"',
        "",
        f"CALL_NAMES = ({''.join(f'{c.name!r}, ' for c in CATALOGUE)})",
        "",
        "# Results without outputs, by packed value, one table per call.  A result is an",
        "# immutable value, the same for every machine, and building a tuple subclass costs",
        "# more than a dict lookup: the per-call functions hand out these shared instances.",
        "KNOWN_LIMIT = 512  # per call: value calls return many different values",
        "KNOWN_RESULTS: tuple[dict[int, CallResult], ...] = tuple(",
        f"    {{}} for _ in range({len(CATALOGUE)})",
        ")",
        "",
        "",
        "def remember(known: dict[int, CallResult], call_id: int, packed: int) -> CallResult:",
        '    """The result ``packed`` of a call without outputs, kept in ``known`` if there',
        '    is room."""',
        "    result = CallResult((call_id, packed))",
        "    if len(known) < KNOWN_LIMIT:",
        "        known[packed] = result",
        "    return result",
        "",
        "",
        "def bind_calls(",
        "    machine: Any,",
        "    out: memoryview,",
        "    entry_points: tuple[Any, ...],",
        "    bad_value: Callable[[int, tuple[Any, ...]], Exception],",
        "    refused: Callable[[int, int, tuple[int, ...]], Exception],",
        ") -> tuple[Callable[..., CallResult], ...]:",
        '    """One function per call, in catalogue order, closed over ``machine`` (the engine',
        "    pointer), ``out`` (its last result's output array, as 64-bit integers) and the",
        '    fixed-arity entry points ht_call0..ht_call6."""',
        "    " + ", ".join(f"call{a}" for a in range(MAX_ARGS + 1)) + " = entry_points",
    ]
    for call in CATALOGUE:
        lines += _py_bound_function(call)
    lines += ["", "    return ("]
    lines += [f"        {call.name}," for call in CATALOGUE]
    lines += [
        "    )",
        "",
        "",
        "class CallMethods:",
        '    """One method per call of the catalogue, each returning a CallResult."""',
        "",
        "    __slots__ = ()",
        "",
        "    if TYPE_CHECKING:",
        "        _bound: tuple[Callable[..., CallResult], ...]",
    ]
    for call in CATALOGUE:
        lines += _py_method(call)
    lines.append("")
    return "\n".join(lines)


def docs_markdown() -> str:
    lines = [
        f"<!-- {_BANNER} -->",
        "# The call catalogue",
        "",
        f"Revision `{REVISION}`: {len(CATALOGUE)} calls and events.  Generated from",
        "`haptrace/catalogue/`; `haptrace calls NAME` prints the same for one call.",
        "",
        "Results follow libxc: a *status* call returns 0 or -1 with errno; a *value* call",
        "returns a non-negative value or -1 with errno; a *count* call returns the number of",
        "extents done.  Outputs exist only when the call succeeds.  The codes are the ones",
        "each profile documents, each with the condition that produces it; an undocumented",
        "code is what `haptrace replay` reports as exit status 4.",
        "",
        "| id | call | kind | family | arguments | outputs |",
        "|---:|---|---|---|---|---|",
    ]
    for call in CATALOGUE:
        args = ", ".join(a.name for a in call.args)
        outs = ", ".join(o.name for o in call.outputs)
        lines.append(
            f"| {call.id} | [`{call.name}`](#{call.name}) | {call.kind.value} |"
            f" {call.family.value} | {args} | {outs} |"
        )
    for call in CATALOGUE:
        sharing = call.family.value == "sharing"
        lines += ["", f"## {call.name}", "", call.summary, ""]
        if call.numbers is not None:
            lines.append(f"- hypercall: {call.numbers}")
        lines.append(f"- kind: {call.kind.value}; result: {call.returns.value}")
        if call.value_doc:
            lines.append(f"- value: {call.value_doc}")
        for arg in call.args:
            extra = arg.annotations(quote="`")
            suffix = f" ({'; '.join(extra)})" if extra else ""
            lines.append(f"- argument `{arg.name}` ({arg.bits}-bit): {arg.doc}{suffix}")
        for output in call.outputs:
            suffix = f" (makes {output.makes.value})" if output.makes is not None else ""
            lines.append(f"- output `{output.name}` ({output.bits}-bit): {output.doc}{suffix}")
        for profile in PROFILES:
            lines += ["", f"Codes, profile `{profile}`:", ""]
            codes = call.codes[profile]
            if not codes:
                lines.append("- none")
            for item in codes:
                lines.append(f"- {errno_name(item.errno, sharing)} ({item.errno}): {item.when}")
    lines += ["", "## Enumerations", ""]
    for enum in ENUMS.values():
        values = ", ".join(f"`{label}` = {value}" for label, value in enum.values.items())
        lines.append(f"- `{enum.name}`: {enum.doc}. {values}")
    lines.append("")
    return "\n".join(lines)


GENERATED: dict[str, Callable[[], str]] = {
    "csrc/gen/ht_catalogue.h": c_header,
    "csrc/gen/ht_catalogue.c": c_source,
    "haptrace/binding/_calls.py": python_calls,
    "docs/catalogue.md": docs_markdown,
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
