"""The Python API's view of the catalogue: one typed function per call (``_calls.py``).

Calls with scalar arguments only get a closure over the fixed-arity engine entry points
(the per-call fast path: one Python frame, no attribute lookups, one result tuple).  Calls
with list arguments get a closure that hands its values to the binding's list path, which
packs the lists into one word pool and runs the call in one C call.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from .. import CATALOGUE, HOST_OPTIONS, MAX_ARGS, PROFILES, REVISION
from ..errnos import errno_name
from ..limits import PACK, RAW_REFUSED_LIMIT
from ..model import Arg, Call, ListArg
from .shared import BANNER, c_string

# Default of a parameter the catalogue gives no default but Python needs one for (it comes
# after a list's length argument, which may be left out): the binding refuses it unset.
REQUIRED = "REQUIRED"


def _wrap(text: str, indent: str = "        ") -> list[str]:
    return textwrap.wrap(text, width=92, initial_indent=indent, subsequent_indent=indent)


def _docstring(call: Call, indent: str) -> list[str]:
    summary = _wrap(call.summary, indent)
    out = [f'{indent}"""' + summary[0].strip(), *summary[1:], ""]
    if call.numbers is not None:
        out += _wrap(f"Hypercall: {call.numbers}.", indent)
    else:
        out += _wrap(f"Kind: {call.kind.value}.", indent)
    out += _wrap(f"Caller: {call.caller.value}.", indent)
    for arg in call.args:
        extra = arg.annotations()
        suffix = f" ({'; '.join(extra)})" if isinstance(arg, ListArg) else ""
        out += _wrap(f"``{arg.name}``: {arg.doc}{suffix}.", indent)
    for output in call.outputs:
        out += _wrap(f"Output ``{output.name}``: {output.doc}.", indent)
    if call.value_doc:
        out += _wrap(f"Returns: {call.value_doc}.", indent)
    sharing = call.family.name == "sharing"
    for profile in PROFILES:
        names = ", ".join(errno_name(e, sharing) for e in sorted(call.errnos(profile)))
        out += _wrap(f"Documented codes ({profile}): {names or 'none'}.", indent)
    out.append(f'{indent}"""')
    return out


def _annotation(arg: Arg | ListArg) -> str:
    if isinstance(arg, ListArg):
        return "Sequence[int]" if arg.scalar else "Sequence[Sequence[int]]"
    return "int | None" if arg.length_of is not None else "int"


def params(call: Call) -> list[str]:
    """The Python parameters: the call's inputs in catalogue order.  A list's length
    argument defaults to None (the list's length); after it, every parameter needs a
    default, so one without a catalogue default gets REQUIRED, which the binding refuses."""
    out = []
    defaulted = False
    for arg in call.input_args:
        if isinstance(arg, Arg) and arg.length_of is not None:
            default: str | None = "None"
        elif isinstance(arg, Arg) and arg.default is not None:
            default = str(arg.default)
        else:
            default = None
        if default is None and defaulted:
            default = REQUIRED
        if default is not None:
            defaulted = True
        out.append(f"{arg.name}: {_annotation(arg)}" + (f" = {default}" if default else ""))
    if not call.lists and any(" = " in p for p in out):
        # Scalar calls keep the old rule: Python cannot have a defaulted parameter before a
        # plain one, so such calls keep every parameter required.
        flags = [" = " in p for p in out]
        if any(d and not later for i, d in enumerate(flags) for later in flags[i + 1 :]):
            out = [f"{a.name}: int" for a in call.input_args]
    return out


def _scalar_function(call: Call) -> list[str]:
    """The fast function for a call without lists, a closure inside bind_calls."""
    names = [a.name for a in call.args]
    forwarded = "".join(f", {n}" for n in names)
    as_tuple = "(" + "".join(f"{n}, " for n in names) + ")"
    nouts = len(call.outputs)
    known = f"known{call.id}"
    # No docstring: Machine copies the method's onto the closure.
    lines = [
        "",
        f"    {known} = KNOWN_RESULTS[{call.id}]",
        f"    def {call.name}({', '.join(params(call))}) -> CallResult:",
        "        try:",
        f"            packed = call{len(names)}(machine, {call.id}{forwarded})",
        "        except (TypeError, OverflowError):",
        f"            raise bad_value({call.id}, {as_tuple}) from None",
    ]
    # The engine returns raw * PACK + reason, so success is packed >= 0; anything at or
    # below the refusal limit is a refused call.
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
        f"        if packed > {RAW_REFUSED_LIMIT * PACK}:",
        f"            return remember({known}, {call.id}, packed)",
        f"        raise refused({call.id}, packed >> 16, {as_tuple})",
    ]
    return lines


def _list_function(call: Call) -> list[str]:
    """The function for a call with lists: the binding packs them (call_lists)."""
    names = [a.name for a in call.input_args]
    values = "(" + "".join(f"{n}, " for n in names) + ")"
    return [
        "",
        f"    def {call.name}({', '.join(params(call))}) -> CallResult:",
        f"        return call_lists({call.id}, {values})",
    ]


def _method(call: Call) -> list[str]:
    """The class-level method: the documented signature, for help() and type checkers;
    a Machine's own bound function (an instance attribute) shadows it."""
    names = [a.name for a in call.input_args]
    lines = ["", f"    def {call.name}({', '.join(['self', *params(call)])}) -> CallResult:"]
    lines += _docstring(call, "        ")
    lines.append(f"        return self._bound[{call.id}]({', '.join(names)})")
    return lines


def calls_module() -> str:
    lines = [
        f"# {BANNER}",
        '"""Typed functions for every catalogue call, bound to each :class:`Machine`.',
        "",
        "``bind_calls`` makes one closure per call over a machine's engine pointer.  A call",
        "with scalar arguments only then costs one Python frame, no attribute lookups and one",
        "result tuple, and each Machine wraps it in a FastCall (csrc/python/percall.c), which",
        "runs the common case in C; a call with lists hands its values to ``call_lists``.",
        "``CallMethods`` carries the same signatures and documentation as methods, for help()",
        "and type checkers; each Machine sets its own functions as instance attributes, which",
        'shadow them."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable"
        + (", Sequence" if any(c.lists for c in CATALOGUE) else ""),
        "from typing import TYPE_CHECKING, Any",
        "",
        "from .result import CallResult",
        "",
        f'CATALOGUE_REVISION = "{REVISION}"',
        "",
        f"CALL_NAMES = ({''.join(f'{c.name!r}, ' for c in CATALOGUE)})",
        "",
        "# A parameter that must be given but comes after a list's optional length argument.",
        f"{REQUIRED}: Any = object()",
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
        "    call_lists: Callable[[int, tuple[Any, ...]], CallResult],",
        ") -> tuple[Callable[..., CallResult], ...]:",
        '    """One function per call, in catalogue order, closed over ``machine`` (the engine',
        "    pointer), ``out`` (its last result's output array, as 64-bit integers), the",
        f'    fixed-arity entry points ht_call0..ht_call{MAX_ARGS} and the list path."""',
    ]
    arities = sorted({len(c.args) for c in CATALOGUE if not c.lists})
    lines += [f"    call{a} = entry_points[{a}]" for a in arities]
    for call in CATALOGUE:
        lines += _list_function(call) if call.lists else _scalar_function(call)
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
        lines += _method(call)
    lines.append("")
    return "\n".join(lines)


def options_module() -> str:
    """The families' host options as keyword-only fields of HostConfig."""
    lines = [
        f"# {BANNER}",
        '"""The families\' host options (the catalogue\'s HOST_OPTIONS), as keyword-only fields',
        "that HostConfig inherits: the text form's host line, the trace header and the engine's",
        '``ht_host_config.option`` carry them like any other host setting."""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        "",
        f"OPTION_NAMES: tuple[str, ...] = {_tuple(c_string(o.name) for o in HOST_OPTIONS)}",
        f"OPTION_BITS: tuple[int, ...] = {_tuple(str(o.bits) for o in HOST_OPTIONS)}",
        "",
        "",
        "@dataclass(frozen=True, kw_only=True)",
        "class HostOptions:",
    ]
    if not HOST_OPTIONS:
        lines.append('    """No family declares a host option."""')
    else:
        doc = ['    """The host options:', ""]
        for option in HOST_OPTIONS:
            doc += _wrap(f"``{option.name}``: {option.doc}.", "    ")
        lines += doc + ['    """', ""]
        for option in HOST_OPTIONS:
            if option.bits == 1:
                lines.append(f"    {option.name}: bool = {bool(option.default)}")
            else:
                lines.append(f"    {option.name}: int = {option.default}")
    lines.append("")
    return "\n".join(lines)


def _tuple(items: Iterable[str]) -> str:
    """A tuple literal as ruff formats it: (), (a,), (a, b)."""
    parts = list(items)
    return f"({parts[0]},)" if len(parts) == 1 else f"({', '.join(parts)})"
