"""Every number, struct size and field offset of the ABI descriptions, checked against
Debian's libxen-dev headers by a C program compiled here: the layouts cannot drift from the
real ones.  (The headers are included at test time from the system package, never copied.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from capture_harness import compiler, require

from haptrace.abi import ABIS
from haptrace.abi.model import Abi, FrameKind

INCLUDES = (
    "xenctrl.h",  # defines __XEN_TOOLS__ before the tools-only headers
    "xen/xen.h",
    "xen/domctl.h",
    "xen/sysctl.h",
    "xen/memory.h",
    "xen/vm_event.h",
    "xen/hvm/hvm_op.h",
    "xen/grant_table.h",
)


def program(abi: Abi) -> str:
    """A C program printing what the headers say of everything ``abi`` describes."""
    lines = [f"#include <{h}>" for h in ("stddef.h", "stdio.h", *INCLUDES)]
    lines.append("int main(void) {")
    for c in abi.constants:
        if c.header:
            lines.append(f'    printf("C {c.macro} %llu\\n", (unsigned long long)({c.macro}));')
    for s in abi.structs:
        lines.append(f'    printf("S {s.name} %zu\\n", sizeof({s.c_type}));')
        for f in s.fields:
            member = f"(({s.c_type} *)0)->{f.c_path}"
            size = "0" if f.part else f"sizeof({member})"
            lines.append(
                f'    printf("F {s.name}.{f.name} %zu %zu\\n",'
                f" offsetof({s.c_type}, {f.c_path}), (size_t){size});"
            )
    lines += ["    return 0;", "}", ""]
    return "\n".join(lines)


def measured(abi: Abi, tmp: Path) -> dict[str, tuple[int, ...]]:
    source, exe = tmp / "layout.c", tmp / "layout"
    source.write_text(program(abi))
    subprocess.run(
        [compiler(), "-std=gnu11", "-Wall", "-Werror", "-o", str(exe), str(source)], check=True
    )
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    table: dict[str, tuple[int, ...]] = {}
    for line in out.splitlines():
        tag, name, *values = line.split()
        table[f"{tag} {name}"] = tuple(int(v) for v in values)
    return table


@pytest.mark.parametrize("name", sorted(ABIS))
def test_every_number_size_and_offset_matches_the_headers(name: str, tmp_path: Path) -> None:
    require()
    abi = ABIS[name]
    table = measured(abi, tmp_path)
    wrong = []
    for c in abi.constants:
        if c.header and table[f"C {c.macro}"] != (c.value,):
            wrong.append(f"{c.macro} = {table[f'C {c.macro}'][0]:#x}, described {c.value:#x}")
    for s in abi.structs:
        if table[f"S {s.name}"] != (s.size,):
            wrong.append(f"sizeof {s.c_type} = {table[f'S {s.name}'][0]}, described {s.size}")
        for f in s.fields:
            offset, size = table[f"F {s.name}.{f.name}"]
            if offset != f.offset or (not f.part and size != f.bytes):
                wrong.append(
                    f"{s.c_type}.{f.c_path}: offset {offset} size {size}, described"
                    f" {f.offset} size {f.bytes}"
                )
    assert not wrong, "\n".join(wrong)
    checked = sum(1 for c in abi.constants if c.header) + sum(
        1 + len(s.fields) for s in abi.structs
    )
    assert checked > 300  # every table is covered, not a sample


@pytest.mark.parametrize("name", sorted(ABIS))
def test_the_commands_structs_fit_their_frames_union(name: str) -> None:
    abi = ABIS[name]
    for rule in abi.rules:
        frame = abi.frame(rule.hypercall)
        if frame.kind is FrameKind.STRUCT and rule.struct:
            header = abi.struct(frame.struct)
            union = header.field("u")
            assert union.offset == frame.union
            assert abi.struct(rule.struct).size <= union.bytes, rule.command
