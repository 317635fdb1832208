"""The catalogue for people: ``docs/catalogue.md``."""

from __future__ import annotations

from .. import BUGS, CATALOGUE, ENUMS, FAMILIES, INVARIANTS, PROFILES, REVISION
from ..errnos import errno_name
from ..model import ListArg
from .shared import BANNER


def catalogue_markdown() -> str:
    lines = [
        f"<!-- {BANNER} -->",
        "# The call catalogue",
        "",
        f"Revision `{REVISION}`: {len(CATALOGUE)} calls and events in {len(FAMILIES)} families.",
        "Generated from `haptrace/catalogue/`; `haptrace calls NAME` prints the same for one",
        "call.",
        "",
        "Results follow libxc: a *status* call returns 0 or -1 with errno; a *value* call",
        "returns a non-negative value or -1 with errno; a *count* call returns the number of",
        "extents done.  Scalar outputs exist only when the call succeeds; output lists are",
        "written back whatever the result.  The codes are the ones each profile documents,",
        "each with the condition that produces it; an undocumented code is what",
        "`haptrace replay` reports as exit status 4.  The *caller* says who issues the call:",
        "the toolstack (domain 0 unless the trace names another), the guest itself, or either.",
        "",
        "## Families",
        "",
        "| family | calls | what |",
        "|---|---:|---|",
    ]
    for family in FAMILIES:
        count = sum(1 for c in CATALOGUE if c.family == family)
        lines.append(f"| `{family.name}` | {count} | {family.doc} |")
    lines += [
        "",
        "## Calls",
        "",
        "| id | call | kind | family | caller | arguments | outputs |",
        "|---:|---|---|---|---|---|---|",
    ]
    for call in CATALOGUE:
        args = ", ".join(a.name + ("[]" if isinstance(a, ListArg) else "") for a in call.args)
        outs = ", ".join(
            [o.name for o in call.outputs] + [f"{lst.name}[]" for lst in call.output_lists]
        )
        lines.append(
            f"| {call.id} | [`{call.name}`](#{call.name}) | {call.kind.value} |"
            f" {call.family.name} | {call.caller.value} | {args} | {outs} |"
        )
    for call in CATALOGUE:
        sharing = call.family.name == "sharing"
        lines += ["", f"## {call.name}", "", call.summary, ""]
        if call.numbers is not None:
            lines.append(f"- hypercall: {call.numbers}")
        lines.append(
            f"- kind: {call.kind.value}; result: {call.returns.value}; caller: {call.caller.value}"
        )
        if call.value_doc:
            lines.append(f"- value: {call.value_doc}")
        for arg in call.args:
            extra = arg.annotations(quote="`")
            suffix = f" ({'; '.join(extra)})" if extra else ""
            if isinstance(arg, ListArg):
                lines.append(f"- list `{arg.name}`: {arg.doc}{suffix}")
                if not arg.scalar:
                    for f in arg.fields:
                        lines.append(f"  - field `{f.name}` ({f.bits}-bit): {f.doc}")
            else:
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
    lines += ["", "## Invariants", ""]
    for inv in INVARIANTS:
        lines.append(f"- `{inv.name}`: {inv.statement}")
    lines += ["", "## Planted bugs", ""]
    for bug in BUGS:
        lines.append(f"- `{bug.name}` ({bug.source}): {bug.text}")
    lines.append("")
    return "\n".join(lines)
