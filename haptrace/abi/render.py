"""Renders the ABI descriptions: the C decoder's tables (csrc/gen/ht_abi.h and .c, walked by
csrc/abi.c) and docs/abi.md.  Run through ``python -m haptrace.catalogue.generate``, whose
``--check`` covers these files too."""

from __future__ import annotations

from haptrace.catalogue import BY_NAME, MAX_FIELDS, MAX_OUTPUTS, REASONS
from haptrace.catalogue.model import Call, ListArg

from . import ABIS
from .model import (
    Abi,
    Answer,
    Const,
    Copyback,
    FrameKind,
    ListFrom,
    Ref,
    Rule,
    Run,
    Struct,
    Unknown,
    Unsupported,
    When,
    Where,
)

MAX_COMMAND = 128  # command numbers the per-frame index covers (4.17: domctl goes to 86)
MAX_LISTS = 2  # list arguments of one call the rule table has room for
MAX_REQUIRE_ZERO = 4
MAX_SELECT = 2
HEADER_LINE = (
    "/* Automatically generated from haptrace.abi by haptrace.catalogue.generate; DO NOT EDIT. */"
)


def _c_ident(name: str) -> str:
    return name.upper().replace(".", "_")


def _struct_size(abi: Abi, name: str) -> int:
    return abi.struct(name).size if name else 0


def _pool_words(call: Call) -> int:
    return sum(lst.max_length * lst.stride for lst in call.lists)


def _max_struct(abi: Abi) -> int:
    return max(s.size for s in abi.structs)


def header() -> str:
    pool = max(
        (
            _pool_words(BY_NAME[r.action.call])
            for a in ABIS.values()
            for r in a.rules
            if isinstance(r.action, Run)
        ),
        default=1,
    )
    out = [
        HEADER_LINE,
        "#ifndef HT_ABI_H",
        "#define HT_ABI_H",
        "",
        "#include <stdint.h>",
        "",
        '#include "ht_catalogue.h"',
        "",
        f"#define HT_ABI_COUNT {len(ABIS)}",
    ]
    for index, abi in enumerate(ABIS.values()):
        out.append(f"#define HT_ABI_{_c_ident(abi.name)} {index} /* {abi.doc} */")
    out += [
        f"#define HT_ABI_MAX_COMMAND {MAX_COMMAND}",
        f"#define HT_ABI_MAX_LISTS {MAX_LISTS}",
        f"#define HT_ABI_MAX_SELECT {MAX_SELECT}",
        f"#define HT_ABI_MAX_REQUIRE_ZERO {MAX_REQUIRE_ZERO}",
        f"#define HT_ABI_MAX_STRUCT {max(_max_struct(a) for a in ABIS.values())}",
        f"#define HT_ABI_POOL_WORDS {pool} /* the most words one call's lists can take */",
        "",
        "enum ht_abi_frame_kind { HT_ABI_FRAME_MEMORY_OP, HT_ABI_FRAME_STRUCT,"
        " HT_ABI_FRAME_OP_ARG, HT_ABI_FRAME_MULTICALL };",
        "enum ht_abi_src_kind { HT_ABI_SRC_NONE, HT_ABI_SRC_ARG, HT_ABI_SRC_HEADER,"
        " HT_ABI_SRC_CONST };",
        "enum ht_abi_action { HT_ABI_ACT_RUN, HT_ABI_ACT_ANSWER, HT_ABI_ACT_UNSUPPORTED };",
        "enum ht_abi_copyback { HT_ABI_COPYBACK_NONE, HT_ABI_COPYBACK_WHOLE,"
        " HT_ABI_COPYBACK_FIELDS };",
        "",
        "/* A value: a field of the command's struct (ARG) or of the frame's (HEADER), read",
        " * little endian and never sign-extended, or a constant. */",
        "struct ht_abi_src {",
        "    uint8_t kind;      /* HT_ABI_SRC_* */",
        "    uint8_t size;      /* bytes */",
        "    uint16_t offset;",
        "    uint32_t value;    /* HT_ABI_SRC_CONST */",
        "};",
        "",
        "/* A catalogue list from the caller's arrays (no handles: the command's struct is the",
        " * one element), element field f at field_offset[f] of array handle[f] (struct",
        " * elements: every field from handle[0]), stride bytes apart. */",
        "struct ht_abi_list {",
        "    uint8_t slot;          /* the catalogue argument slot */",
        "    uint8_t nhandles;",
        "    uint8_t null_empty;    /* a NULL handle is an empty list Xen skips */",
        "    uint8_t zero;          /* a written element is zeroed first (a memset record) */",
        "    uint8_t pv_frames;     /* a PV target's populated extents' mfns go back */",
        "    uint8_t pad[3];",
        "    uint32_t stride;       /* bytes per element in the caller's array */",
        "    struct ht_abi_src handle[HT_MAX_FIELDS];",
        "    struct ht_abi_src count;",
        "    uint16_t field_offset[HT_MAX_FIELDS];",
        "    uint8_t field_size[HT_MAX_FIELDS];",
        "    uint8_t field_array[HT_MAX_FIELDS]; /* which handle holds the field */",
        "    uint32_t array_stride[HT_MAX_FIELDS];",
        "};",
        "",
        "/* Where an output goes: a field of the local copy of the command's or the frame's",
        " * struct; list >= 0: the output is field list_field of that list's element 0.",
        " * cond != 0: placed only when output cond - 1 has a value whose bit is set in",
        " * cond_values (a union member Xen's switch writes for some statuses only). */",
        "struct ht_abi_out {",
        "    uint8_t output;",
        "    int8_t list;",
        "    uint8_t list_field;",
        "    uint8_t where;         /* HT_ABI_SRC_ARG or HT_ABI_SRC_HEADER */",
        "    uint16_t offset;",
        "    uint8_t size;",
        "    uint8_t cond;",
        "    uint32_t cond_values;",
        "};",
        "",
        "struct ht_abi_select {",
        "    uint16_t offset;",
        "    uint8_t size;",
        "    uint8_t nonzero;       /* 1: the field is not 0; 0: it equals value */",
        "    uint32_t pad;",
        "    uint64_t value;",
        "};",
        "",
        "/* What match() reads of each rule, kept apart from the rules (small and contiguous:",
        " * scanning a command's rules touches one or two cache lines). */",
        "struct ht_abi_match {",
        "    uint8_t nselect;",
        "    uint8_t pad;",
        "    uint16_t struct_size;",
        "    struct {",
        "        uint16_t offset;",
        "        uint8_t size;",
        "        uint8_t nonzero;",
        "        uint32_t value;",
        "    } select[HT_ABI_MAX_SELECT];",
        "};",
        "",
        "struct ht_abi_rule {",
        "    uint16_t call;         /* HT_CALL_* (HT_ABI_ACT_RUN) */",
        "    uint8_t action;        /* HT_ABI_ACT_* */",
        "    uint8_t nselect;",
        "    uint16_t struct_size;  /* the command's struct, read whole (0: none) */",
        "    uint16_t reason;       /* HT_R_* of an answer or an unsupported outcome */",
        "    int32_t err;           /* the errno of an answer */",
        "    uint8_t copyback;      /* HT_ABI_COPYBACK_* */",
        "    uint8_t when_zero;     /* copy back when raw == 0 (else when raw >= 0) */",
        "    uint8_t zero_struct;   /* zero the command's struct before the outputs */",
        "    uint8_t has_continuation;",
        "    int32_t cont_err;      /* start_extent != 0: this errno (has_continuation) */",
        "    uint16_t cont_reason;",
        "    uint8_t nlists, nouts, nzero;",
        "    uint8_t has_arg_check; /* the hypercall's argument arg_index must be arg_value */",
        "    uint8_t arg_index, arg_size;",
        "    uint16_t arg_reason;   /* else -arg_err with this HT_R_* */",
        "    uint32_t arg_value;",
        "    int32_t arg_err;",
        "    struct ht_abi_select select[HT_ABI_MAX_SELECT];",
        "    struct ht_abi_src arg[HT_MAX_ARGS];",
        "    const struct ht_abi_list *list;  /* nlists of them */",
        "    struct ht_abi_out out[HT_MAX_OUTS + HT_ABI_MAX_LISTS];",
        "    struct ht_abi_src require_zero[HT_ABI_MAX_REQUIRE_ZERO];",
        "    const char *name;      /* hypercall/command[/sub-op] for reports */",
        "};",
        "",
        "struct ht_abi_frame {",
        "    uint32_t hypercall;",
        "    uint8_t kind;          /* HT_ABI_FRAME_* */",
        "    uint8_t unknown_enosys; /* an unknown command is -ENOSYS (else unsupported) */",
        "    uint16_t header_size;  /* HT_ABI_FRAME_STRUCT: the frame's struct */",
        "    uint16_t cmd_offset, version_offset, union_offset;",
        "    uint8_t cmd_size, pad;",
        "    uint32_t version;      /* the interface version the frame requires */",
        "    uint8_t known[HT_ABI_MAX_COMMAND];      /* the commands this Xen defines */",
        "    uint16_t first_rule[HT_ABI_MAX_COMMAND];",
        "    uint8_t nrules[HT_ABI_MAX_COMMAND];",
        "};",
        "",
        "struct ht_abi_version {",
        "    const char *name;",
        "    const struct ht_abi_frame *frames;",
        "    uint32_t nframes;",
        "    uint32_t memop_shift;  /* MEMOP_EXTENT_SHIFT */",
        "    const struct ht_abi_rule *rules;",
        "    const struct ht_abi_match *matches;  /* one per rule */",
        "    uint32_t nrules;",
        "    uint32_t nhypercalls;  /* numbers below this may be served */",
        "    const uint8_t *served; /* 1: a hypercall this Xen's PV table serves */",
        "    const uint8_t *frame_of; /* 1 + the frame of a served hypercall, 0: none */",
        "    uint32_t entry_size, entry_op, entry_result, entry_args;  /* multicall_entry */",
        "    const uint16_t *noop_reasons;",
        "    uint32_t nnoop;",
        "};",
        "",
        "extern const struct ht_abi_version ht_abi_versions[HT_ABI_COUNT];",
        "",
        "#endif",
        "",
    ]
    return "\n".join(out)


def _src(abi: Abi, rule: Rule, frame_struct: str, source: Ref | Const | None) -> str:
    if source is None:
        return "{HT_ABI_SRC_NONE, 0, 0, 0}"
    if isinstance(source, Const):
        if not 0 <= source.value < 1 << 32:
            raise ValueError(f"a constant source above 32 bits: {source.value:#x}")
        return f"{{HT_ABI_SRC_CONST, 0, 0, {source.value:#x}u}}"
    struct = rule.struct if source.where is Where.ARG else frame_struct
    f = abi.struct(struct).field(source.field)
    kind = "HT_ABI_SRC_ARG" if source.where is Where.ARG else "HT_ABI_SRC_HEADER"
    if f.bytes > 8:
        raise ValueError(f"{struct}.{f.name} is wider than 8 bytes: not a value")
    return f"{{{kind}, {f.bytes}, {f.offset}, 0}}"


def _list(abi: Abi, rule: Rule, frame_struct: str, call: Call, lst: ListArg, src: ListFrom) -> str:
    slot = list(a.name for a in call.args).index(lst.name)
    handles = [_src(abi, rule, frame_struct, h) for h in src.handles]
    offsets, sizes, arrays, strides = [], [], [], []
    if src.element:
        element = abi.struct(src.element)
        stride = element.size
        for f in lst.fields:
            cf = element.field(src.fields[f.name])
            offsets.append(cf.offset)
            sizes.append(cf.bytes)
            arrays.append(0)
            strides.append(stride)
    else:
        stride = 0
        for index, size in enumerate(src.sizes):
            offsets.append(0)
            sizes.append(size)
            arrays.append(index)
            strides.append(size)
    pad = MAX_FIELDS - len(offsets)
    hpad = MAX_FIELDS - len(handles)
    return (
        f"{{.slot = {slot}, .nhandles = {len(src.handles)},"
        f" .null_empty = {int(src.null_empty)}, .zero = {int(src.zero)},"
        f" .pv_frames = {int(src.pv_frames)}, .stride = {stride},"
        f" .handle = {{{', '.join(handles + ['{0, 0, 0, 0}'] * hpad)}}},"
        f" .count = {_src(abi, rule, frame_struct, src.count)},"
        f" .field_offset = {{{', '.join(map(str, offsets + [0] * pad))}}},"
        f" .field_size = {{{', '.join(map(str, sizes + [0] * pad))}}},"
        f" .field_array = {{{', '.join(map(str, arrays + [0] * pad))}}},"
        f" .array_stride = {{{', '.join(map(str, strides + [0] * pad))}}}}}"
    )


# The out-of-line list tables the rules rendered so far point at (source() emits them first).
LIST_TABLES: list[str] = []


def _rule(abi: Abi, rule: Rule) -> str:
    frame = abi.frame(rule.hypercall)
    name = f"{rule.hypercall.removeprefix('__HYPERVISOR_')}/{rule.command}"
    if rule.select:
        name += "/" + ",".join(
            f"{s.field}{'!=0' if s.nonzero else '=' + str(s.value)}" for s in rule.select
        )
    parts = [f'.name = "{name}"', f".struct_size = {_struct_size(abi, rule.struct)}"]
    selects = []
    for s in rule.select:
        f = abi.struct(rule.struct).field(s.field)
        selects.append(f"{{{f.offset}, {f.bytes}, {int(s.nonzero)}, 0, {s.value}}}")
    parts.append(f".nselect = {len(selects)}")
    if selects:
        parts.append(f".select = {{{', '.join(selects)}}}")
    if rule.continuation is not None:
        parts += [
            ".has_continuation = 1",
            f".cont_err = {rule.continuation.errno}",
            f".cont_reason = HT_R_{rule.continuation.reason}",
        ]
    if rule.arg_check is not None:
        check = rule.arg_check
        parts += [
            ".has_arg_check = 1",
            f".arg_index = {check.index}",
            f".arg_size = {check.size}",
            f".arg_value = {check.value:#x}u",
            f".arg_err = {check.otherwise.errno}",
            f".arg_reason = HT_R_{check.otherwise.reason}",
        ]
    zeros = [_src(abi, rule, frame.struct, Ref(n)) for n in rule.require_zero]
    if len(zeros) > MAX_REQUIRE_ZERO or len(selects) > MAX_SELECT:
        raise ValueError(f"{name}: too many selectors or required-zero fields")
    if zeros:
        parts += [f".nzero = {len(zeros)}", f".require_zero = {{{', '.join(zeros)}}}"]
    action = rule.action
    if isinstance(action, Answer):
        parts += [
            ".action = HT_ABI_ACT_ANSWER",
            f".err = {action.errno}",
            f".reason = HT_R_{action.reason}",
        ]
    elif isinstance(action, Unsupported):
        parts += [".action = HT_ABI_ACT_UNSUPPORTED", f".reason = HT_R_{action.reason}"]
    else:
        call = BY_NAME[action.call]
        parts += [".action = HT_ABI_ACT_RUN", f".call = HT_CALL_{call.name}"]
        args = []
        for a in call.args:
            if isinstance(a, ListArg):
                args.append(_src(abi, rule, frame.struct, None))
            elif a.name in action.args:
                args.append(_src(abi, rule, frame.struct, action.args[a.name]))
            else:
                assert a.default is not None
                args.append(_src(abi, rule, frame.struct, Const(a.default)))
        if args:
            parts.append(f".arg = {{{', '.join(args)}}}")
        lists = [
            _list(abi, rule, frame.struct, call, lst, action.lists[lst.name]) for lst in call.lists
        ]
        if len(lists) > MAX_LISTS:
            raise ValueError(f"{name}: more than {MAX_LISTS} lists")
        if lists:
            name = f"lists_{_c_ident(abi.name)}_{len(LIST_TABLES)}"
            LIST_TABLES.append(
                f"static const struct ht_abi_list {name}[] = {{{', '.join(lists)}}};"
            )
            parts += [f".nlists = {len(lists)}", f".list = {name}"]
        outs = []
        output_names = [o.name for o in call.outputs]
        for out_name, ref in action.outputs.items():
            struct = rule.struct if ref.where is Where.ARG else frame.struct
            f = abi.struct(struct).field(ref.field)
            where = "HT_ABI_SRC_ARG" if ref.where is Where.ARG else "HT_ABI_SRC_HEADER"
            if "." in out_name:
                list_name, field = out_name.split(".", 1)
                lst_index = [lst.name for lst in call.lists].index(list_name)
                field_index = [x.name for x in call.lists[lst_index].fields].index(field)
                outs.append(
                    f"{{0, {lst_index}, {field_index}, {where}, {f.offset}, {f.bytes}, 0, 0}}"
                )
            else:
                cond, values = 0, 0
                if out_name in action.only_if:
                    only = action.only_if[out_name]
                    cond = output_names.index(only.output) + 1
                    values = sum(1 << v for v in set(only.values))
                outs.append(
                    f"{{{output_names.index(out_name)}, -1, 0, {where}, {f.offset}, {f.bytes},"
                    f" {cond}, {values:#x}}}"
                )
        if len(outs) > MAX_OUTPUTS + MAX_LISTS:
            raise ValueError(f"{name}: too many outputs")
        if outs:
            parts += [f".nouts = {len(outs)}", f".out = {{{', '.join(outs)}}}"]
        parts += [
            f".copyback = HT_ABI_COPYBACK_{action.copyback.name}",
            f".when_zero = {int(action.when is When.ZERO)}",
            f".zero_struct = {int(action.zero)}",
        ]
    return "    {" + ", ".join(parts) + "},"


def _match(abi: Abi, rule: Rule) -> str:
    selects = []
    for s in rule.select:
        f = abi.struct(rule.struct).field(s.field)
        if s.value >= 1 << 32:
            raise ValueError(f"{rule.command}: a selector value above 32 bits")
        selects.append(f"{{{f.offset}, {f.bytes}, {int(s.nonzero)}, {s.value}}}")
    select = f", .select = {{{', '.join(selects)}}}" if selects else ""
    size = _struct_size(abi, rule.struct)
    return f"    {{.nselect = {len(selects)}, .struct_size = {size}{select}}},"


def _frame(abi: Abi, index: int, rules: list[tuple[int, Rule]]) -> list[str]:
    frame = abi.frames[index]
    known = [0] * MAX_COMMAND
    for command in frame.commands:
        value = abi.constant(command)
        if value >= MAX_COMMAND:
            raise ValueError(f"{command} = {value} is beyond the command index")
        known[value] = 1
    first = [0] * MAX_COMMAND
    count = [0] * MAX_COMMAND
    for position, rule in rules:
        if rule.hypercall != frame.hypercall:
            continue
        value = abi.constant(rule.command)
        if count[value] == 0:
            first[value] = position
        elif first[value] + count[value] != position:
            raise ValueError(f"{rule.command}: its rules must be consecutive")
        count[value] += 1
    fields = [
        f".hypercall = {abi.constant(frame.hypercall)}",
        f".kind = HT_ABI_FRAME_{frame.kind.name}",
        f".unknown_enosys = {int(frame.unknown is Unknown.ENOSYS)}",
    ]
    if frame.kind is FrameKind.STRUCT:
        struct = abi.struct(frame.struct)
        cmd = struct.field(frame.cmd)
        if cmd.size != 4 or struct.field(frame.version_field).size != 4:
            raise ValueError(f"{frame.struct}: cmd and interface_version are 32 bits")
        fields += [
            f".header_size = {struct.size}",
            f".cmd_offset = {cmd.offset}",
            f".cmd_size = {cmd.size}",
            f".version_offset = {struct.field(frame.version_field).offset}",
            f".version = {abi.constant(frame.version):#x}",
            f".union_offset = {frame.union}",
        ]
    fields += [
        f".known = {{{', '.join(map(str, known))}}}",
        f".first_rule = {{{', '.join(map(str, first))}}}",
        f".nrules = {{{', '.join(map(str, count))}}}",
    ]
    return ["    {", *(f"        {f}," for f in fields), "    },"]


def source() -> str:
    out = [HEADER_LINE, '#include "ht_abi.h"', ""]
    versions = []
    # The reasons whose successes leave the call's outputs unwritten (Reason.
    # outputs_undefined): the ABI writes none of them back, in every version.
    noop_reasons = [r.id for r in REASONS if r.outputs_undefined]
    for abi in ABIS.values():
        ident = _c_ident(abi.name)
        rules = list(enumerate(abi.rules))
        LIST_TABLES.clear()
        rendered = [_rule(abi, rule) for _, rule in rules]
        out += LIST_TABLES
        out.append("")
        out.append(f"static const struct ht_abi_rule rules_{ident}[] = {{")
        out += rendered
        out.append("};")
        out.append("")
        out.append(f"static const struct ht_abi_match matches_{ident}[] = {{")
        out += [_match(abi, rule) for _, rule in rules]
        out.append("};")
        out.append("")
        out.append(f"static const struct ht_abi_frame frames_{ident}[] = {{")
        for index in range(len(abi.frames)):
            out += _frame(abi, index, rules)
        out.append("};")
        out.append("")
        top = max(abi.constant(h) for h in abi.hypercalls) + 1
        served = [0] * top
        for h in abi.hypercalls:
            served[abi.constant(h)] = 1
        out.append(
            f"static const uint8_t served_{ident}[{top}] = {{{', '.join(map(str, served))}}};"
        )
        frame_of = [0] * top
        for index, frame in enumerate(abi.frames):
            frame_of[abi.constant(frame.hypercall)] = index + 1
        out.append(
            f"static const uint8_t frame_of_{ident}[{top}] = {{{', '.join(map(str, frame_of))}}};"
        )
        noops = ", ".join(f"HT_R_{r}" for r in noop_reasons) or "0"
        out.append(f"static const uint16_t noop_{ident}[] = {{{noops}}};")
        out.append("")
        entry = abi.struct("multicall_entry")
        versions.append(
            "    {"
            f'.name = "{abi.name}", .frames = frames_{ident},'
            f" .nframes = {len(abi.frames)}, .memop_shift = {abi.constant('MEMOP_EXTENT_SHIFT')},"
            f" .rules = rules_{ident}, .matches = matches_{ident}, .nrules = {len(abi.rules)},"
            f" .nhypercalls = {top}, .served = served_{ident}, .frame_of = frame_of_{ident},"
            f" .entry_size = {entry.size}, .entry_op = {entry.field('op').offset},"
            f" .entry_result = {entry.field('result').offset},"
            f" .entry_args = {entry.field('args').offset},"
            f" .noop_reasons = noop_{ident}, .nnoop = {len(noop_reasons)}}},"
        )
    out.append("const struct ht_abi_version ht_abi_versions[HT_ABI_COUNT] = {")
    out += versions
    out.append("};")
    out.append("")
    return "\n".join(out)


# ---- docs/abi.md ---------------------------------------------------------------------------


def _ref_text(ref: Ref | Const) -> str:
    if isinstance(ref, Const):
        return f"`{ref.value}`"
    return f"`{'domctl.' if ref.where is Where.HEADER else ''}{ref.field}`"


def _struct_doc(struct: Struct) -> list[str]:
    lines = [f"### `{struct.c_type}` ({struct.size} bytes)", ""]
    lines.append("| field | offset | bytes |")
    lines.append("|---|---|---|")
    for f in struct.fields:
        size = f"{f.size}×{f.count}" if f.count > 1 else str(f.size)
        tag = " (guest handle)" if f.handle else ""
        lines.append(f"| `{f.c_path}`{tag} | {f.offset} | {size} |")
    lines.append("")
    return lines


def _only_if_text(action: Run, output: str) -> str:
    only = action.only_if.get(output)
    if only is None:
        return ""
    return f" (if {only.output} ∈ {{{', '.join(map(str, only.values))}}})"


def markdown() -> str:
    out = [
        "# The hypercall ABI layer",
        "",
        "Generated from `haptrace/abi/` by `python -m haptrace.catalogue.generate`; do not",
        "edit.  Each rule turns one (hypercall, command, sub-op) into one catalogue call (see",
        "docs/catalogue.md), says where each argument comes from, and where the result and",
        "the outputs go back in the caller's memory.  `domctl.x` is a field of the frame's",
        "struct (struct xen_domctl / xen_sysctl); other fields are the command's struct.",
        "Commands this Xen defines but no rule covers decode to an explicit *unsupported*",
        "outcome; unknown commands and hypercalls get Xen's certain answer where there is one.",
        "",
    ]
    for abi in ABIS.values():
        out += [f"## Xen {abi.name}", "", abi.doc + ".", ""]
        out += [
            "| hypercall / command / sub-op | becomes | arguments | written back |",
            "|---|---|---|---|",
        ]
        for rule in abi.rules:
            sel = ", ".join(
                f"{s.field} != 0" if s.nonzero else f"{s.field} = {s.value}" for s in rule.select
            )
            what = f"{rule.hypercall.removeprefix('__HYPERVISOR_')} / {rule.command}"
            if sel:
                what += f" / {sel}"
            action = rule.action
            if isinstance(action, Run):
                args = ", ".join(f"{k} ← {_ref_text(v)}" for k, v in action.args.items())
                for name, lst in action.lists.items():
                    source = ", ".join(_ref_text(h) for h in lst.handles) or "in place"
                    args += f"; list {name} ← [{source}] × {_ref_text(lst.count)}"
                back = ", ".join(
                    f"{k} → {_ref_text(v)}{_only_if_text(action, k)}"
                    for k, v in action.outputs.items()
                )
                if action.copyback is not Copyback.NONE:
                    cond = "0" if action.when is When.ZERO else "≥ 0"
                    back = (back + "; " if back else "") + (
                        f"{action.copyback.value} copy back when the result is {cond}"
                    )
                target = f"`{action.call}`"
            elif isinstance(action, Answer):
                args, back, target = "", "", f"errno {action.errno} ({action.reason})"
            else:
                args, back, target = "", "", f"unsupported ({action.reason})"
            if rule.require_zero:
                args += f"; unsupported unless {', '.join(rule.require_zero)} are 0"
            if rule.doc:
                back += f" — {rule.doc}"
            out.append(f"| {what} | {target} | {args} | {back} |")
        out.append("")
        out += ["### Struct layouts", ""]
        for struct in abi.structs:
            out += _struct_doc(struct)
    return "\n".join(out)
