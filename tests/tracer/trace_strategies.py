"""Hypothesis strategies for traces: valid call ids, callers, arguments within their widths
(lists of them, and output lists' room), results that follow libxc's convention (output
lists as long as their room), profile alternatives and comments."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

from haptrace.catalogue import CATALOGUE, PROFILES, REVISION, Call, ListArg
from haptrace.catalogue.errnos import ERRNO
from haptrace.catalogue.model import REMAPPED_RESOURCES
from replay import PLANTED_BUGS, DomainConfig, HostConfig, MachineConfig
from tracer.model import (
    SOURCES,
    ArgValue,
    Expectation,
    Header,
    OutValue,
    Record,
    Trace,
    join_outputs,
)
from tracer.textform import NAMED_SYMBOL_BASE

NAMED_ERRNOS = sorted(set(ERRNO.values()))
WORDS = st.text(alphabet="abcdefghij XYZ.,#:=()", min_size=0, max_size=12).map(str.strip)


MAX_LIST = 6  # elements of a generated list (the limit itself is tested apart)


def _value(bits: int) -> st.SearchStrategy[int]:
    top = (1 << bits) - 1
    return st.one_of(st.just(0), st.just(top), st.integers(0, top), st.integers(0, min(top, 300)))


def list_values(lst: ListArg, count: int | None = None) -> st.SearchStrategy[Any]:
    """The elements of a list: ints, or field tuples for a struct list."""
    element: st.SearchStrategy[Any] = (
        _value(lst.fields[0].bits)
        if lst.scalar
        else st.tuples(*(_value(f.bits) for f in lst.fields))
    )
    if count is None:
        count = lst.fixed_length
    if count is None:
        return st.lists(element, max_size=MAX_LIST).map(tuple)
    return st.lists(element, min_size=count, max_size=count).map(tuple)


@st.composite
def _args(draw: Any, call: Call) -> tuple[ArgValue, ...]:
    values: list[ArgValue] = []
    for arg in call.args:
        if not isinstance(arg, ListArg):
            values.append(draw(_value(arg.bits)))
        elif arg.is_input:
            values.append(draw(list_values(arg)))
        elif arg.fixed_length is not None:
            values.append(arg.fixed_length)  # a fixed-length output list's room is its length
        else:
            values.append(draw(st.integers(0, MAX_LIST)))  # the room
    # A length argument usually says its list's length (the text form then leaves it out).
    for position, arg in enumerate(call.args):
        if isinstance(arg, ListArg) or arg.length_of is None or draw(st.booleans()):
            continue
        target = next(i for i, a in enumerate(call.args) if a.name == arg.length_of)
        listed = values[target]
        values[position] = len(listed) if isinstance(listed, tuple) else listed
    return tuple(values)


def _rooms(call: Call, args: tuple[ArgValue, ...]) -> list[int]:
    rooms = []
    for arg, value in zip(call.args, args, strict=True):
        if isinstance(arg, ListArg) and arg.is_output:
            room = value if isinstance(value, int) else len(value)  # type: ignore[arg-type]
            # A fixed-length list is written whole, whatever room the caller gave.
            rooms.append(arg.fixed_length if arg.fixed_length is not None else room)
    return rooms


def _expectation(
    call: Call, args: tuple[ArgValue, ...], text_safe: bool
) -> st.SearchStrategy[Expectation]:
    # The text form writes an errno without a name as its number.
    errnos = st.one_of(st.sampled_from(NAMED_ERRNOS), st.integers(1, 0xFFFF))
    lists = st.tuples(
        *(
            list_values(lst, room)
            for lst, room in zip(call.output_lists, _rooms(call, args), strict=True)
        )
    )
    outputs = st.tuples(*(_value(o.bits) for o in call.outputs))

    def make(
        rc: int,
        errno: int,
        scalars: tuple[int, ...],
        written: tuple[OutValue, ...],
        undef: int = 0,
    ) -> Expectation:
        # An undefined output (`?`) holds 0, as a trace stores it.
        scalars = tuple(0 if undef >> i & 1 else v for i, v in enumerate(scalars))
        return Expectation(rc, errno, join_outputs(call, rc != -1, scalars, written), undef)

    failure = st.builds(make, st.just(-1), errnos, st.just(()), lists)
    # Now and then some of a success's outputs are left undefined (`port=?`).
    masks = st.one_of(st.just(0), st.integers(0, (1 << len(call.outputs)) - 1))
    success = st.builds(make, st.integers(0, 2**63 - 1), st.just(0), outputs, lists, masks)
    return st.one_of(failure, success)


callers = st.one_of(st.just((0, 0)), st.tuples(st.integers(0, 0xFFFF), st.integers(0, 0xFFFF)))


@st.composite
def records(draw: Any, text_safe: bool = False) -> Record:
    call = draw(st.sampled_from(CATALOGUE))
    args = draw(_args(call))
    result = draw(_expectation(call, args, text_safe))
    alternatives = draw(
        st.dictionaries(st.sampled_from(PROFILES), _expectation(call, args, text_safe), max_size=2)
    )
    caller, vcpu = draw(callers)
    if text_safe:
        note = "\n".join(draw(st.lists(WORDS, max_size=2)))
        remark = draw(WORDS)
    else:
        note = draw(st.text(max_size=20))
        remark = draw(st.text(max_size=10))
    return Record(
        call.id,
        args,
        result.rc,
        result.errno,
        result.outputs,
        alternatives,
        note,
        remark,
        caller,
        vcpu,
        result.undef,
    )


machines = st.builds(
    MachineConfig,
    st.builds(
        HostConfig,
        arch=st.sampled_from(["x86_64"]),
        total_frames=st.integers(1, 1 << 20),
        audit_compiled=st.booleans(),
    ),
    st.lists(
        st.builds(DomainConfig, st.integers(1, 0x7FEF), pages=st.integers(0, 1 << 16)),
        max_size=3,
        unique_by=lambda d: d.domid,
    ).map(tuple),
)


@st.composite
def headers(draw: Any, text_safe: bool = False) -> Header:
    # Names the text form reads as numbered symbols ($h2: handle 2) cannot be names; text
    # names must also be unique.
    # Every remapped resource's prefix counts (tmem pools' t, ioreq servers' s as well).
    numbered = re.compile(f"[{''.join(r.symbol_prefix for r in REMAPPED_RESOURCES)}][0-9]+")
    names = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
        lambda n: not numbered.fullmatch(n)
    )
    # A named symbol with the placeholder value its position implies is printed without a
    # declaration, as a hand-written trace's is, and comes back only if the body binds it;
    # random headers may name values no record uses, so text-safe ones avoid placeholders.
    placeholders = st.integers(NAMED_SYMBOL_BASE, NAMED_SYMBOL_BASE + 3)
    recorded = st.integers(0, NAMED_SYMBOL_BASE - 1)
    values = recorded if text_safe else st.one_of(st.integers(0, 2**64 - 1), placeholders)
    symbols = draw(
        st.dictionaries(
            st.tuples(st.sampled_from(REMAPPED_RESOURCES), values),
            names,
            max_size=3,
        ).filter(lambda d: len(set(d.values())) == len(d))
    )
    return Header(
        profile=draw(st.sampled_from(PROFILES)),
        machine=draw(machines),
        source=draw(st.sampled_from(SOURCES)),
        xen_version=draw(st.sampled_from(["", "4.2.5", "4.19-unstable"])),
        bugs=tuple(
            draw(st.lists(st.sampled_from([b.name for b in PLANTED_BUGS]), max_size=2, unique=True))
        ),
        catalogue_revision=draw(
            st.one_of(st.just(REVISION), st.from_regex(r"[0-9a-f]{16}", fullmatch=True))
        ),
        complete=draw(st.booleans()),
        symbols=symbols,
    )


@st.composite
def traces(draw: Any, text_safe: bool = False, max_records: int = 25) -> Trace:
    header = draw(headers(text_safe))
    body = draw(st.lists(records(text_safe), max_size=max_records))
    tail = "\n".join(draw(st.lists(WORDS, max_size=2))) if text_safe else draw(st.text(max_size=8))
    return Trace(header, body, tail)
