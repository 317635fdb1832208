"""``haptrace export-c``: a trace as a C program making the same calls through the real
libxenctrl and checking each recorded result, so that a finding can be confirmed on a real
Xen host (or under ``haptrace run``).  The program exits 1 at the first difference, printing
the call, what the trace expects and what it got.

A handle a call hands out is kept in a variable, not written as the number the emulator
gave: the first time the trace shows an output handle the program takes whatever the host
gives, and every later use of that handle (as an argument, or as a later output) refers to
the variable.  Only calls with a libxenctrl function are exported; any other call of the
trace is refused, naming it, rather than left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from haptrace.catalogue import Resource
from haptrace.catalogue.errnos import errno_name
from haptrace.errors import InputError
from tracer.model import Header, Record


@dataclass(frozen=True)
class XcFunction:
    """A libxenctrl function making one catalogue call: its name, the catalogue arguments in
    its parameter order, the catalogue output written through its trailing pointer (if any),
    and whether it returns ``long``."""

    name: str
    args: tuple[str, ...]
    output: str | None = None


# Catalogue call -> the libxenctrl function (Debian's xenctrl.h, 4.17) that makes it.
XC_FUNCTIONS = {
    "memshr_control": XcFunction("xc_memshr_control", ("domid", "enable")),
    "memshr_nominate_gfn": XcFunction("xc_memshr_nominate_gfn", ("domid", "gfn"), "handle"),
    "memshr_nominate_gref": XcFunction("xc_memshr_nominate_gref", ("domid", "gref"), "handle"),
    "memshr_share_gfns": XcFunction(
        "xc_memshr_share_gfns",
        (
            "source_domain",
            "source_gfn",
            "source_handle",
            "client_domain",
            "client_gfn",
            "client_handle",
        ),
    ),
    "memshr_share_grefs": XcFunction(
        "xc_memshr_share_grefs",
        (
            "source_domain",
            "source_gref",
            "source_handle",
            "client_domain",
            "client_gref",
            "client_handle",
        ),
    ),
    "memshr_add_to_physmap": XcFunction(
        "xc_memshr_add_to_physmap",
        ("source_domain", "source_gfn", "source_handle", "client_domain", "client_gfn"),
    ),
    "memshr_debug_gfn": XcFunction("xc_memshr_debug_gfn", ("domid", "gfn")),
    "memshr_debug_gref": XcFunction("xc_memshr_debug_gref", ("domid", "gref")),
    "memshr_audit": XcFunction("xc_memshr_audit", ()),
    "sharing_freed_pages": XcFunction("xc_sharing_freed_pages", ()),
    "sharing_used_frames": XcFunction("xc_sharing_used_frames", ()),
    "domain_pause": XcFunction("xc_domain_pause", ("domid",)),
    "domain_unpause": XcFunction("xc_domain_unpause", ("domid",)),
}

PRELUDE = """\
#include <errno.h>
#include <sys/mman.h>
#define XC_WANT_COMPAT_MAP_FOREIGN_API  /* xc_map_foreign_range */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <xenctrl.h>

/* Whether a call gave what the trace recorded: the value, and the errno of a failure. */
static int expect(int n, const char *call, long rc, int err, long want_rc, int want_errno,
                  const char *want_text)
{
    if (rc == want_rc && (rc != -1 || err == want_errno))
        return 1;
    printf("call %d differs: %s\\n  expected: %s\\n  got:      = %ld", n, call, want_text, rc);
    if (rc == -1)
        printf(" (errno %d, %s)", err, strerror(err));
    printf("\\n");
    return 0;
}

/* Whether an output the trace shows again is the value the host handed out before. */
__attribute__((unused)) static int same(int n, const char *call, const char *name,
                                        uint64_t got, uint64_t want)
{
    if (got == want)
        return 1;
    printf("call %d differs: %s\\n  %s: expected %#" PRIx64 " (handed out earlier), got %#"
           PRIx64 "\\n", n, call, name, want, got);
    return 0;
}
"""


def _c_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _expected(record: Record) -> str:
    if record.rc == -1:
        return f"= -1 {errno_name(record.errno)} (errno {record.errno})"
    return f"= {record.rc}"


def export_c(header: Header, records: Iterable[Record], source: str) -> str:
    """The C program reproducing ``records`` (of a trace whose header is ``header``, read
    from ``source``) through libxenctrl."""
    variables: dict[int, str] = {}  # handle value -> the variable holding it
    mappings: dict[int, str] = {}  # live foreign mapping -> the variable holding its address
    map_names: list[str] = []  # every such variable
    body: list[str] = []
    n = 0
    for n, record in enumerate(records, start=1):
        spec = record.spec
        if spec.name in ("foreign_map", "foreign_unmap"):
            body += _foreign(n, record, mappings, map_names, source)
            continue
        function = XC_FUNCTIONS.get(spec.name)
        if function is None:
            known = ", ".join(sorted([*XC_FUNCTIONS, "foreign_map", "foreign_unmap"]))
            raise InputError(
                f"{source}: call {n}, {spec.name}, has no libxenctrl function export-c knows"
                f" (it exports {known})"
            )
        expressions: dict[str, str] = {}
        shown = []
        for arg, value in zip(spec.args, record.args, strict=True):
            if not isinstance(value, int):  # pragma: no cover - none of the calls has lists
                raise InputError(f"{source}: call {n}, {spec.name}, has a list argument")
            shown.append(f"{arg.name}={value:#x}")
            handle = arg.uses is Resource.HANDLE and value in variables
            expressions[arg.name] = variables[value] if handle else f"{value:#x}"
        params = ["xch", *(expressions[name] for name in function.args)]
        text = f"{spec.name}({', '.join(shown)})"
        body.append(f"    /* {n}: {text} {_expected(record)} */")
        if function.output is not None:
            body.append("    out = 0;")
            params.append("&out")
        body.append("    errno = 0;")
        body.append(f"    rc = {function.name}({', '.join(params)});")
        body.append(
            f"    if (!expect({n}, {_c_string(text)}, rc, errno, {record.rc}L,"
            f" {record.errno}, {_c_string(_expected(record))}))"
        )
        body.append("        goto differs;")
        if function.output is not None and record.rc != -1:
            position = [o.name for o in spec.outputs].index(function.output)
            handed = record.outputs[position]
            if not isinstance(handed, int):  # pragma: no cover - scalar outputs
                raise InputError(f"{source}: call {n}, {spec.name}, has a list output")
            if handed in variables:
                body.append(
                    f"    if (!same({n}, {_c_string(text)}, {_c_string(function.output)},"
                    f" out, {variables[handed]}))"
                )
                body.append("        goto differs;")
            else:
                variables[handed] = f"handle_{len(variables)}"
                body.append(f"    {variables[handed]} = out;")
    declarations = [f"    uint64_t {name} = 0;" for name in variables.values()]
    declarations += [f"    void *{name} = NULL;" for name in map_names]
    declarations += [f"    (void){name};" for name in (*variables.values(), *map_names)]
    lines = [
        f"/* Generated by `haptrace export-c {source}`: the trace's {n} calls through libxenctrl,",
        f" * each checked against the result recorded (profile {header.profile}).  Build:",
        " *   cc -o repro repro.c -lxenctrl",
        " * It exits 0 when every call gives the recorded result, 1 at the first difference,",
        " * 2 when libxenctrl cannot be opened.",
        " */",
        PRELUDE,
        "int main(void)",
        "{",
        "    xc_interface *xch = xc_interface_open(NULL, NULL, 0);",
        "    long rc;",
        "    uint64_t out = 0;",
        "    void *mapped = NULL;",
        *declarations,
        "",
        "    if (!xch) {",
        '        perror("xc_interface_open");',
        "        return 2;",
        "    }",
        "    (void)out;",
        "    (void)mapped;",
        *body,
        f'    printf("all %d calls gave the recorded results\\n", {n});',
        "    xc_interface_close(xch);",
        "    return 0;",
        "differs:",
        "    xc_interface_close(xch);",
        "    return 1;",
        "}",
        "",
    ]
    return "\n".join(lines)


def _foreign(
    n: int, record: Record, mappings: dict[int, str], map_names: list[str], source: str
) -> list[str]:
    """A foreign mapping of one guest page (xc_map_foreign_range, the address kept in a
    variable) or its unmapping (munmap); the trace's mapping ids name the variables."""
    spec = record.spec
    values = [v for v in record.args if isinstance(v, int)]
    expected = _c_string(_expected(record))
    if spec.name == "foreign_map":
        domid, gfn, writable = values
        text = f"foreign_map(domid={domid:#x}, gfn={gfn:#x}, writable={writable:#x})"
        prot = "PROT_READ | PROT_WRITE" if writable else "PROT_READ"
        name = f"map_{len(map_names)}"
        if record.rc == 0:
            mapping = record.outputs[0]
            if isinstance(mapping, int):
                mappings[mapping] = name
                map_names.append(name)
        call = f"xc_map_foreign_range(xch, {domid:#x}, XC_PAGE_SIZE, {prot}, {gfn:#x})"
        lines = [
            f"    /* {n}: {text} {_expected(record)} */",
            "    errno = 0;",
            f"    {name} = {call};" if record.rc == 0 else f"    mapped = {call};",
            f"    rc = {name if record.rc == 0 else 'mapped'} ? 0 : -1;",
        ]
        if record.rc != 0:
            lines.append("    if (mapped)")
            lines.append("        munmap(mapped, XC_PAGE_SIZE);")
    else:
        (mapping,) = values
        text = f"foreign_unmap(mapping={mapping:#x})"
        variable = mappings.pop(mapping, None)
        if variable is None:
            raise InputError(
                f"{source}: call {n}, foreign_unmap of a mapping the trace did not make"
            )
        lines = [
            f"    /* {n}: {text} {_expected(record)} */",
            "    errno = 0;",
            f"    rc = munmap({variable}, XC_PAGE_SIZE);",
        ]
    lines.append(
        f"    if (!expect({n}, {_c_string(text)}, rc, errno, {record.rc}L, {record.errno},"
        f" {expected}))"
    )
    lines.append("        goto differs;")
    return lines
