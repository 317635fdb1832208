"""The C engine's view of the catalogue: ``csrc/gen/ht_catalogue.h`` and ``.c``.

The header carries every number the engine shares with Python (call ids, widths, resource
kinds, enumerations, errnos, family, reason, invariant and bug ids, the engine's shared
limits) and one typed prototype per handler.  The source carries the descriptor tables,
the text tables, and the glue: one small function per call that unpacks the argument slots
into the handler's named, typed parameters, so a handler never indexes ``arg[i]`` and the
compiler checks every handler's arity and parameter order against the catalogue.
"""

from __future__ import annotations

from .. import (
    BUGS,
    CATALOGUE,
    ENUMS,
    FAMILIES,
    HOST_OPTIONS,
    INVARIANTS,
    MAX_ARGS,
    PROFILES,
    REASONS,
    REVISION,
)
from ..errnos import ERRNO
from ..limits import FUZZ_SELECTORS
from ..model import (
    CALLER,
    ERRNO_BITS,
    MAX_FIELDS,
    MAX_OUTPUTS,
    Arg,
    Call,
    Caller,
    Direction,
    Family,
    Field,
    Kind,
    ListArg,
    Resource,
    Returns,
)
from .shared import (
    BANNER,
    C_LIMITS,
    CALLER_IDS,
    DIRECTION_IDS,
    KIND_IDS,
    RESOURCE_IDS,
    RETURNS_IDS,
    c_ident,
    c_string,
    enum_flag_mask,
    enum_range,
    profile_c_name,
)

# Argument names the C glue cannot use as parameter names (they get a trailing _).
_C_KEYWORDS = frozenset(
    [
        "auto",
        "break",
        "bool",
        "case",
        "char",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extern",
        "float",
        "for",
        "goto",
        "if",
        "inline",
        "int",
        "long",
        "register",
        "restrict",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "struct",
        "switch",
        "typedef",
        "union",
        "unsigned",
        "void",
        "volatile",
        "while",
    ]
)


def param_name(name: str) -> str:
    return f"{name}_" if name in _C_KEYWORDS else name


def c_type(bits: int) -> str:
    """The narrowest unsigned C type that holds an argument of ``bits`` bits."""
    for width in (8, 16, 32):
        if bits <= width:
            return f"uint{width}_t"
    return "uint64_t"


def handler_params(call: Call) -> list[str]:
    params = ["ht_machine *m"]
    for arg in call.args:
        if isinstance(arg, ListArg):
            params.append(f"ht_list {param_name(arg.name)}")
        else:
            params.append(f"{c_type(arg.bits)} {param_name(arg.name)}")
    for output in call.outputs:
        params.append(f"uint64_t *{param_name(output.name)}")
    return params


def handler_prototype(call: Call) -> str:
    """The handler's declaration, wrapped at 100 columns with the parameters aligned."""
    head = f"int64_t ht_h_{call.name}("
    params = handler_params(call)
    one = head + ", ".join(params) + ")"
    if len(one) <= 100:
        return one
    lines, line = [], head
    for index, param in enumerate(params):
        piece = param + (")" if index == len(params) - 1 else ",")
        if line != head and len(line) + 1 + len(piece) > 100:
            lines.append(line)
            line = " " * len(head) + piece
        else:
            line += ("" if line == head else " ") + piece
    lines.append(line)
    return "\n".join(lines)


def _list_table() -> list[tuple[Call, int, ListArg]]:
    """Every list argument of the catalogue, in call order: (call, slot, list)."""
    out = []
    for call in CATALOGUE:
        for slot, arg in enumerate(call.args):
            if isinstance(arg, ListArg):
                out.append((call, slot, arg))
    return out


LISTS = _list_table()


def _list_index(call: Call, slot: int) -> int:
    """1 + the list's index in ht_lists for a list argument, 0 for a scalar."""
    for index, (candidate, candidate_slot, _) in enumerate(LISTS):
        if candidate is call and candidate_slot == slot:
            return index + 1
    return 0


def _bytes(values: list[int], width: int) -> str:
    padded = values + [0] * (width - len(values))
    return "{" + ", ".join(str(v) for v in padded) + "}"


def _masks(values: list[int], width: int) -> str:
    padded = values + [0] * (width - len(values))
    return "{" + ", ".join(f"{v:#x}ull" if v else "0" for v in padded) + "}"


def _flag_mask(arg: Arg | ListArg) -> int:
    return 0 if isinstance(arg, ListArg) else enum_flag_mask(arg.enum)


def _default(arg: Arg | ListArg) -> int | None:
    return None if isinstance(arg, ListArg) else arg.default


def _call_field(lst: ListArg) -> int:
    """The index of a list's call-id field (Field.call_id), 0xFF for none."""
    return next((i for i, f in enumerate(lst.fields) if f.call_id), 0xFF)


def _sentinel(arg: Arg | ListArg) -> int | None:
    return None if isinstance(arg, ListArg) else arg.sentinel


def _hint(arg: Arg | ListArg) -> tuple[str, int, Resource | None]:
    """Arg.fuzz_uses as (the argument it depends on, its value, the resource), or a no-hint."""
    hint = None if isinstance(arg, ListArg) else arg.fuzz_uses
    return ("", 0, None) if hint is None else (hint.when, hint.value, hint.resource)


def _hint_slot(call: Call, arg: Arg | ListArg) -> int:
    when = _hint(arg)[0]
    return [a.name for a in call.args].index(when) if when else 0


def _arg_bits(arg: Arg | ListArg) -> int:
    return 64 if isinstance(arg, ListArg) else arg.bits


def _arg_uses(arg: Arg | ListArg) -> Resource | None:
    return None if isinstance(arg, ListArg) else arg.uses


def _arg_makes(arg: Arg | ListArg) -> Resource | None:
    return None if isinstance(arg, ListArg) else arg.makes


def _enum_first_count(arg: Arg | ListArg) -> tuple[int, int]:
    return (0, 0) if isinstance(arg, ListArg) else enum_range(arg.enum)


# The owner byte of a value that is not a scalar argument's slot: the calling domain.
OWNER_CALLER = 0xFF


def owner_slot(call: Call, owner: str | None) -> int:
    """The argument slot of the domain a per-domain value belongs to (``Call.owner_of``),
    or OWNER_CALLER for the calling domain."""
    name = call.owner_of(owner)
    return OWNER_CALLER if name == CALLER or name is None else call._position(name)


def _arg_owner(call: Call, arg: Arg | ListArg) -> int:
    return OWNER_CALLER if isinstance(arg, ListArg) else owner_slot(call, arg.owner)


def remaps(call: Call) -> int:
    """Bit 1: an argument (or an input list element) names a resource replay remaps; bit 2:
    an output (or an output list element) makes one."""
    uses = any(a.uses is not None and a.uses.remapped for a in call.scalars) or any(
        f.uses is not None and f.uses.remapped for lst in call.lists for f in lst.fields
    )
    makes = any(o.makes is not None and o.makes.remapped for o in call.outputs) or any(
        f.makes is not None and f.makes.remapped for lst in call.output_lists for f in lst.fields
    )
    return int(uses) | int(makes) << 1


def shared_numbers() -> dict[str, int]:
    """The numbers ``ht_limit`` gives by name: limits.py's, and ERRNO_BITS."""
    return {name: value for name, (value, _) in C_LIMITS.items()} | {"ERRNO_BITS": ERRNO_BITS}


def fuzz_weight(family: Family) -> int:
    """The family's fuzz weight, checked: the fuzzer's calls share FUZZ_SELECTORS selectors
    in proportion to their weights, and every call with a weight needs one."""
    total = sum(call.family.fuzz_weight for call in CATALOGUE)
    if not 0 <= family.fuzz_weight <= 0xFFFF or not 0 < total <= FUZZ_SELECTORS:
        raise ValueError(
            f"fuzz weights: {family.name} weighs {family.fuzz_weight}; the calls weigh"
            f" {total} in all, which must be 1..{FUZZ_SELECTORS}"
        )
    return family.fuzz_weight


def _c_number(value: int) -> str:
    if value < 0:
        return f"({value})"
    if value < 4096:
        return str(value)
    return f"0x{value:x}" + ("ull" if value >= 1 << 31 else "")


def header() -> str:
    lines = [
        f"/* {BANNER} */",
        "#ifndef HT_CATALOGUE_H",
        "#define HT_CATALOGUE_H",
        "",
        "#include <stdint.h>",
        "",
        f'#define HT_CATALOGUE_REVISION "{REVISION}"',
        f"#define HT_NCALLS {len(CATALOGUE)}",
        f"#define HT_MAX_ARGS {MAX_ARGS}",
        f"#define HT_MAX_OUTS {MAX_OUTPUTS}",
        f"#define HT_MAX_FIELDS {MAX_FIELDS}",
        f"#define HT_ERRNO_BITS {ERRNO_BITS} /* spec keys are call << HT_ERRNO_BITS | errno */",
        f"#define HT_NLISTS {len(LISTS)}",
        f"#define HT_NPROFILES {len(PROFILES)}",
        f"#define HT_NFAMILIES {len(FAMILIES)}",
        f"#define HT_NREASONS {len(REASONS)}",
        f"#define HT_NINVARIANTS {len(INVARIANTS)}",
        f"#define HT_NBUGS {len(BUGS)}",
        "",
        "/* Limits and encodings shared with Python (haptrace.catalogue.limits). */",
    ]
    for name, (value, doc) in C_LIMITS.items():
        lines.append(f"#define HT_{name} {_c_number(value)} /* {doc} */")
    lines += ["", "/* Host options (the families' HOST_OPTIONS): m->config.option[HT_OPT_*]. */"]
    lines.append(f"#define HT_NHOST_OPTIONS {len(HOST_OPTIONS)}")
    for index, option in enumerate(HOST_OPTIONS):
        lines.append(f"#define HT_OPT_{c_ident(option.name)} {index} /* {option.doc} */")
    lines += ["", "/* Profiles. */"]
    for index, profile in enumerate(PROFILES):
        lines.append(f"#define {profile_c_name(profile)} {index}")
    lines += ["", "/* Xen errno values (public/errno.h). */"]
    for name, value in ERRNO.items():
        lines.append(f"#define HT_{name} {value}")
    lines += [
        "#define HT_S_HANDLE_INVALID 10 /* -XENMEM_SHARING_OP_S_HANDLE_INVALID */",
        "#define HT_C_HANDLE_INVALID 9  /* -XENMEM_SHARING_OP_C_HANDLE_INVALID */",
        "",
        "/* Resource kinds: HT_RES_REMAPPED_MASK has bit k set when replay remaps kind k;",
        " * HT_RES_PER_DOMAIN_MASK when a value of kind k belongs to a domain. */",
    ]
    remapped = per_domain = 0
    for resource, number in RESOURCE_IDS.items():
        label = "NONE" if resource is None else resource.name
        lines.append(f"#define HT_RES_{label} {number}")
        if resource is not None and resource.remapped:
            remapped |= 1 << number
        if resource is not None and resource.per_domain:
            per_domain |= 1 << number
    lines += [
        f"#define HT_RES_COUNT {len(RESOURCE_IDS)}",
        f"#define HT_RES_REMAPPED_MASK 0x{remapped:x}u",
        f"#define HT_RES_PER_DOMAIN_MASK 0x{per_domain:x}u",
        "",
        "/* Result conventions, call kinds, callers, list directions. */",
    ]
    for returns, number in RETURNS_IDS.items():
        lines.append(f"#define HT_RETURNS_{returns.name} {number}")
    for kind, number in KIND_IDS.items():
        lines.append(f"#define HT_KIND_{kind.name} {number}")
    for caller, number in CALLER_IDS.items():
        lines.append(f"#define HT_CALLER_{caller.name} {number}")
    for direction, number in DIRECTION_IDS.items():
        lines.append(f"#define HT_DIR_{direction.name} {number}")
    lines += ["", "/* Families (haptrace/catalogue/<family>.py, csrc/<family>.c). */"]
    for number, family in enumerate(FAMILIES):
        lines.append(f"#define HT_FAMILY_{family.c_name} {number}")
    lines += ["", "/* Enumerations. */"]
    for enum in ENUMS.values():
        lines.append(f"/* {enum.name}: {enum.doc} */")
        for label, value in enum.values.items():
            lines.append(f"#define HT_{c_ident(enum.name)}_{c_ident(label)} {value}")
        lines.append(f"#define HT_{c_ident(enum.name)}_COUNT {len(enum.values)}")
    lines += ["", "/* Why a call returned what it did (the families' REASONS). */"]
    lines.append("enum ht_reason_id {")
    lines += [f"    HT_R_{r.id}," for r in REASONS]
    lines += ["};", "", "/* Invariants (the families' INVARIANTS). */", "enum ht_invariant_id {"]
    lines += [f"    HT_INV_{i.id}," for i in INVARIANTS]
    lines += ["};", "", "/* Planted bugs (the families' PLANTED_BUGS). */", "enum ht_bug_id {"]
    lines += [f"    HT_BUG_{b.id}," for b in BUGS]
    lines += ["};", "", "/* Call ids. */", "enum ht_call_id {"]
    for call in CATALOGUE:
        lines.append(f"    HT_CALL_{call.name} = {call.id},")
    lines += [
        "};",
        "",
        "/* The owner of a per-domain value that belongs to the calling domain. */",
        f"#define HT_OWNER_CALLER 0x{OWNER_CALLER:x}",
        "",
        "/* A list argument: where its length comes from and what its elements are. */",
        "struct ht_list_desc {",
        "    uint8_t call_slot;             /* the argument slot holding the list reference */",
        "    uint8_t length_slot;           /* the slot of its length argument; 0xff: fixed */",
        "    uint8_t direction;             /* HT_DIR_* */",
        "    uint8_t stride;                /* words (fields) per element */",
        "    uint32_t fixed_length;         /* the length when length_slot is 0xff */",
        "    uint32_t max_length;           /* longer lists are refused */",
        "    uint8_t field_bits[HT_MAX_FIELDS];",
        "    uint8_t field_uses[HT_MAX_FIELDS];  /* HT_RES_* an element field consumes */",
        "    uint8_t field_makes[HT_MAX_FIELDS]; /* HT_RES_* an element field produces */",
        "    uint8_t field_owner[HT_MAX_FIELDS]; /* slot of the domain a per-domain field's",
        "                                           value belongs to; HT_OWNER_CALLER */",
        "    /* Enumerated fields, as arg_enum_first/count (count 0: not an enumeration). */",
        "    uint8_t field_enum_first[HT_MAX_FIELDS];",
        "    uint8_t field_enum_count[HT_MAX_FIELDS];",
        "    /* The field holding a call id (Field.call_id: a batch entry's call), 0xff none. */",
        "    uint8_t call_field;",
        "    /* Fields with a default (Field.default, the value callers pass; the fuzz decoder",
        "     * favours it as an argument's): has_default 1, and the value. */",
        "    uint8_t field_has_default[HT_MAX_FIELDS];",
        "    uint64_t field_default[HT_MAX_FIELDS];",
        "    /* Fields with a boundary (Field.boundary, where the handler's check changes its",
        "     * answer; the fuzz decoder picks it and values past it): has 1, and the value. */",
        "    uint8_t field_has_boundary[HT_MAX_FIELDS];",
        "    uint64_t field_boundary[HT_MAX_FIELDS];",
        "};",
        "",
        "#define HT_NO_HYPERCALL 0xff",
        "",
        "struct ht_call_desc {",
        "    const char *name;",
        "    uint8_t kind, returns, nargs, nouts;",
        "    uint8_t family;                 /* HT_FAMILY_* */",
        "    uint8_t caller;                 /* HT_CALLER_* */",
        "    uint8_t remaps;                 /* 1: an argument names a resource replay remaps;",
        "                                       2: an output makes one */",
        "    uint8_t nlists;",
        "    uint8_t hypercall;              /* the hypercall it is issued through (Numbers),",
        "                                       HT_NO_HYPERCALL for an event or no number */",
        "    uint8_t arg_bits[HT_MAX_ARGS];  /* 64 for a list reference */",
        "    uint8_t arg_uses[HT_MAX_ARGS];  /* HT_RES_* the argument consumes */",
        "    uint8_t arg_makes[HT_MAX_ARGS]; /* HT_RES_* the argument creates */",
        "    uint8_t arg_list[HT_MAX_ARGS];  /* 1 + index into ht_lists, 0: a scalar */",
        "    uint8_t out_bits[HT_MAX_OUTS];",
        "    uint8_t out_makes[HT_MAX_OUTS]; /* HT_RES_* the output produces */",
        "    /* For per-domain values (grant refs, ports, gfns): the slot of the domain argument",
        "     * they belong to (Call.owner_of), or HT_OWNER_CALLER for the calling domain. */",
        "    uint8_t arg_owner[HT_MAX_ARGS];",
        "    uint8_t out_owner[HT_MAX_OUTS];",
        "    /* Enumerated arguments: valid values are first .. first+count-1 (count 0: not an",
        "     * enumeration; flag sets: every combination below count). */",
        "    uint8_t arg_enum_first[HT_MAX_ARGS];",
        "    uint8_t arg_enum_count[HT_MAX_ARGS];",
        "    /* Flag sets: the OR of their values (0: not a flag set); the fuzz decoder draws",
        "     * combinations of them. */",
        "    uint64_t arg_flag_mask[HT_MAX_ARGS];",
        "    /* Scalars with a default (Arg.default, the value the text form may omit; the fuzz",
        "     * decoder favours it): has_default 1, and the value. */",
        "    uint8_t arg_has_default[HT_MAX_ARGS];",
        "    uint64_t arg_default[HT_MAX_ARGS];",
        "    /* Scalars with a sentinel (Arg.sentinel, a value the interface gives a meaning",
        "     * of its own; the fuzz decoder picks it now and then): has_sentinel 1, and the",
        "     * value. */",
        "    uint8_t arg_has_sentinel[HT_MAX_ARGS];",
        "    uint64_t arg_sentinel[HT_MAX_ARGS];",
        "    /* Arg.fuzz_uses, for the fuzz decoder only: when argument hint_slot has the value",
        "     * hint_value, this one names a live HT_RES_* hint_uses (HT_RES_NONE: no hint). */",
        "    uint8_t arg_hint_uses[HT_MAX_ARGS];",
        "    uint8_t arg_hint_slot[HT_MAX_ARGS];",
        "    uint64_t arg_hint_value[HT_MAX_ARGS];",
        "    /* The errnos each profile documents, ascending. */",
        "    const uint16_t *codes[HT_NPROFILES];",
        "    uint8_t ncodes[HT_NPROFILES];",
        "};",
        "",
        "extern const struct ht_call_desc ht_calls[HT_NCALLS];",
        "extern const struct ht_list_desc ht_lists[HT_NLISTS > 0 ? HT_NLISTS : 1];",
        "",
        "struct ht_machine;",
        "typedef int64_t ht_glue_fn(struct ht_machine *m, const uint64_t *arg, uint64_t *out);",
        "/* The dispatch table: glue that unpacks the slots and calls the typed handler. */",
        "extern ht_glue_fn *const ht_handlers[HT_NCALLS];",
        "",
        "/* Each family's hooks (struct ht_family_ops, csrc/engine.h), defined in its C file. */",
        "struct ht_family_ops;",
    ]
    for family in FAMILIES:
        lines.append(f"extern const struct ht_family_ops ht_family_{family.name};")
    lines += [
        "extern const struct ht_family_ops *const ht_families[HT_NFAMILIES];",
        "/* The numbers C and Python share by name (haptrace.catalogue.limits, and ERRNO_BITS),",
        " * for code that runs without the catalogue (ht_limit). */",
        "struct ht_shared_number {",
        "    const char *name;",
        "    int64_t value;",
        "};",
        "extern const struct ht_shared_number ht_shared_numbers[];",
        "extern const uint32_t ht_nshared_numbers;",
        "/* Each family's share of the fuzzer's call choices (Family.fuzz_weight): every call",
        " * of a family weighs its family's weight (csrc/fuzz_grammar.c). */",
        "extern const uint16_t ht_family_fuzz_weight[HT_NFAMILIES];",
        "",
        "/* Reason, invariant and planted-bug texts. */",
        "extern const char *const ht_reason_texts[HT_NREASONS];",
        "extern const char *const ht_invariant_names[HT_NINVARIANTS];",
        "extern const char *const ht_invariant_texts[HT_NINVARIANTS];",
        "extern const char *const ht_bug_names[HT_NBUGS];",
        "extern const char *const ht_bug_sources[HT_NBUGS];",
        "extern const char *const ht_bug_texts[HT_NBUGS];",
        "",
        "#endif",
        "",
    ]
    return "\n".join(lines)


def handlers_header() -> str:
    """The typed handler prototypes, apart from the tables: they need engine.h's types."""
    lines = [
        f"/* {BANNER} */",
        "/* Handlers, one per call, implemented by family in the csrc sources: named, typed",
        " * parameters in catalogue order (lists as ht_list, outputs as pointers); the",
        " * glue in ht_catalogue.c calls them. */",
        "#ifndef HT_HANDLERS_H",
        "#define HT_HANDLERS_H",
        "",
        '#include "../engine.h"',
        "",
    ]
    family = None
    for call in CATALOGUE:
        if call.family is not family:
            family = call.family
            lines.append(f"/* {family.name} (csrc/{family.name}.c) */")
        lines.append(handler_prototype(call) + ";")
    lines += ["", "#endif", ""]
    return "\n".join(lines)


def _hypercall_number(call: Call) -> str:
    """The hypercall a call is issued through, for the dispatcher's HVM table gate."""
    if call.numbers is None or call.kind is not Kind.HYPERCALL:
        return "HT_NO_HYPERCALL"
    return str(call.numbers.chain[0][1])


def _codes_name(call: Call, profile: str) -> str:
    return f"codes_{call.id}_{c_ident(profile).lower()}"


def _glue(call: Call) -> list[str]:
    used_arg = bool(call.args)
    used_out = bool(call.outputs)
    parts = []
    for slot, arg in enumerate(call.args):
        if isinstance(arg, ListArg):
            parts.append(f"ht_list_at(m, arg[{slot}], {_list_index(call, slot) - 1})")
        else:
            ctype = c_type(arg.bits)
            parts.append(f"arg[{slot}]" if ctype == "uint64_t" else f"({ctype})arg[{slot}]")
    parts += [f"&out[{i}]" for i in range(len(call.outputs))]
    lines = [
        f"static int64_t glue_{call.name}(ht_machine *m, const uint64_t *arg, uint64_t *out)",
        "{",
    ]
    if not used_arg:
        lines.append("    (void)arg;")
    if not used_out:
        lines.append("    (void)out;")
    lines.append(f"    return ht_h_{call.name}({', '.join(['m', *parts])});")
    lines += ["}", ""]
    return lines


def _field_bytes(fields: tuple[Field, ...], what: str) -> str:
    if what == "bits":
        values = [f.bits for f in fields]
    elif what == "uses":
        values = [RESOURCE_IDS[f.uses] for f in fields]
    else:
        values = [RESOURCE_IDS[f.makes] for f in fields]
    return _bytes(values, MAX_FIELDS)


def source() -> str:
    lines = [
        f"/* {BANNER} */",
        '#include "ht_handlers.h"',
        "",
        "/* Documented errnos per call and profile, ascending. */",
    ]
    for call in CATALOGUE:
        for profile in PROFILES:
            values = sorted(call.errnos(profile))
            body = ", ".join(str(v) for v in values) or "0"
            lines.append(f"static const uint16_t {_codes_name(call, profile)}[] = {{{body}}};")
    lines += ["", "const struct ht_call_desc ht_calls[HT_NCALLS] = {"]
    for call in CATALOGUE:
        codes = ", ".join(_codes_name(call, p) for p in PROFILES)
        counts = ", ".join(str(len(call.errnos(p))) for p in PROFILES)
        args = call.args
        lines += [
            f"    [HT_CALL_{call.name}] = {{",
            f'        "{call.name}", {KIND_IDS[call.kind]}, {RETURNS_IDS[call.returns]},'
            f" {len(args)}, {len(call.outputs)}, HT_FAMILY_{call.family.c_name},"
            f" {CALLER_IDS[call.caller]}, {remaps(call)}, {len(call.lists)},"
            f" {_hypercall_number(call)},",
            f"        {_bytes([_arg_bits(a) for a in args], MAX_ARGS)},",
            f"        {_bytes([RESOURCE_IDS[_arg_uses(a)] for a in args], MAX_ARGS)},",
            f"        {_bytes([RESOURCE_IDS[_arg_makes(a)] for a in args], MAX_ARGS)},",
            f"        {_bytes([_list_index(call, s) for s in range(len(args))], MAX_ARGS)},",
            f"        {_bytes([o.bits for o in call.outputs], MAX_OUTPUTS)},",
            f"        {_bytes([RESOURCE_IDS[o.makes] for o in call.outputs], MAX_OUTPUTS)},",
            f"        {_bytes([_arg_owner(call, a) for a in args], MAX_ARGS)},",
            f"        {_bytes([owner_slot(call, o.owner) for o in call.outputs], MAX_OUTPUTS)},",
            f"        {_bytes([_enum_first_count(a)[0] for a in args], MAX_ARGS)},",
            f"        {_bytes([_enum_first_count(a)[1] for a in args], MAX_ARGS)},",
            f"        {_masks([_flag_mask(a) for a in args], MAX_ARGS)},",
            f"        {_bytes([int(_default(a) is not None) for a in args], MAX_ARGS)},",
            f"        {_masks([_default(a) or 0 for a in args], MAX_ARGS)},",
            f"        {_bytes([int(_sentinel(a) is not None) for a in args], MAX_ARGS)},",
            f"        {_masks([_sentinel(a) or 0 for a in args], MAX_ARGS)},",
            f"        {_bytes([RESOURCE_IDS[_hint(a)[2]] for a in args], MAX_ARGS)},",
            f"        {_bytes([_hint_slot(call, a) for a in args], MAX_ARGS)},",
            f"        {_masks([_hint(a)[1] for a in args], MAX_ARGS)},",
            f"        {{{codes}}},",
            f"        {{{counts}}},",
            "    },",
        ]
    lines += ["};", "", "const struct ht_list_desc ht_lists[HT_NLISTS > 0 ? HT_NLISTS : 1] = {"]
    for call, slot, lst in LISTS:
        if isinstance(lst.length, int):
            length_slot, fixed = 0xFF, lst.length
        else:
            length_slot, fixed = call._position(lst.length), 0
        lines += [
            f"    /* {call.name}.{lst.name} */",
            f"    {{{slot}, {length_slot}, HT_DIR_{lst.direction.name}, {lst.stride}, {fixed},"
            f" {lst.max_length},",
            f"     {_field_bytes(lst.fields, 'bits')},",
            f"     {_field_bytes(lst.fields, 'uses')},",
            f"     {_field_bytes(lst.fields, 'makes')},",
            f"     {_bytes([owner_slot(call, f.owner) for f in lst.fields], MAX_FIELDS)},",
            f"     {_bytes([enum_range(f.enum)[0] for f in lst.fields], MAX_FIELDS)},",
            f"     {_bytes([enum_range(f.enum)[1] for f in lst.fields], MAX_FIELDS)},",
            f"     {_call_field(lst)},",
            f"     {_bytes([int(f.default is not None) for f in lst.fields], MAX_FIELDS)},",
            f"     {_masks([f.default or 0 for f in lst.fields], MAX_FIELDS)},",
            f"     {_bytes([int(f.boundary is not None) for f in lst.fields], MAX_FIELDS)},",
            f"     {_masks([f.boundary or 0 for f in lst.fields], MAX_FIELDS)}}},",
        ]
    lines += ["};", "", "/* Glue: argument slots to named, typed handler parameters. */", ""]
    for call in CATALOGUE:
        lines += _glue(call)
    lines += ["ht_glue_fn *const ht_handlers[HT_NCALLS] = {"]
    for call in CATALOGUE:
        lines.append(f"    [HT_CALL_{call.name}] = glue_{call.name},")
    lines += ["};", "", "const struct ht_family_ops *const ht_families[HT_NFAMILIES] = {"]
    for family in FAMILIES:
        lines.append(f"    [HT_FAMILY_{family.c_name}] = &ht_family_{family.name},")
    lines += ["};", "", "const struct ht_shared_number ht_shared_numbers[] = {"]
    for name, value in shared_numbers().items():
        lines.append(f'    {{"{name}", INT64_C({value})}},')
    lines += [
        "};",
        "const uint32_t ht_nshared_numbers =",
        "    sizeof ht_shared_numbers / sizeof ht_shared_numbers[0];",
    ]
    lines += ["", "const uint16_t ht_family_fuzz_weight[HT_NFAMILIES] = {"]
    for family in FAMILIES:
        lines.append(f"    [HT_FAMILY_{family.c_name}] = {fuzz_weight(family)},")
    lines += ["};", "", "const char *const ht_reason_texts[HT_NREASONS] = {"]
    lines += [f"    [HT_R_{r.id}] = {c_string(r.text)}," for r in REASONS]
    lines += ["};", "", "const char *const ht_invariant_names[HT_NINVARIANTS] = {"]
    lines += [f"    [HT_INV_{i.id}] = {c_string(i.name)}," for i in INVARIANTS]
    lines += ["};", "", "const char *const ht_invariant_texts[HT_NINVARIANTS] = {"]
    lines += [f"    [HT_INV_{i.id}] = {c_string(i.statement)}," for i in INVARIANTS]
    lines += ["};", "", "const char *const ht_bug_names[HT_NBUGS] = {"]
    lines += [f"    [HT_BUG_{b.id}] = {c_string(b.name)}," for b in BUGS]
    lines += ["};", "", "const char *const ht_bug_sources[HT_NBUGS] = {"]
    lines += [f"    [HT_BUG_{b.id}] = {c_string(b.source)}," for b in BUGS]
    lines += ["};", "", "const char *const ht_bug_texts[HT_NBUGS] = {"]
    lines += [f"    [HT_BUG_{b.id}] = {c_string(b.text)}," for b in BUGS]
    lines += [
        "};",
        "",
        "const uint8_t ht_host_option_bits[HT_MAX_HOST_OPTIONS] = {",
    ]
    lines += [f"    [HT_OPT_{c_ident(o.name)}] = {o.bits}," for o in HOST_OPTIONS] or ["    0,"]
    lines += ["};", "", "static const char *const profile_names[HT_NPROFILES] = {"]
    for profile in PROFILES:
        lines.append(f'    [{profile_c_name(profile)}] = "{profile}",')
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


__all__ = [
    "Caller",
    "Direction",
    "Kind",
    "Returns",
    "c_type",
    "handler_prototype",
    "handlers_header",
    "header",
    "source",
]
