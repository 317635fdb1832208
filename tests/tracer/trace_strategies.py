"""Hypothesis strategies for traces: valid call ids, arguments within their widths, results
that follow libxc's convention, profile alternatives and comments."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

from haptrace.catalogue import CATALOGUE, PROFILES, REVISION, Call
from haptrace.catalogue.errnos import ERRNO
from haptrace.catalogue.model import REMAPPED_RESOURCES
from replay import PLANTED_BUGS, DomainConfig, HostConfig, MachineConfig
from tracer.model import SOURCES, Expectation, Header, Record, Trace
from tracer.textform import NAMED_SYMBOL_BASE

NAMED_ERRNOS = sorted(set(ERRNO.values()))
WORDS = st.text(alphabet="abcdefghij XYZ.,#:=()", min_size=0, max_size=12).map(str.strip)


def _value(bits: int) -> st.SearchStrategy[int]:
    top = (1 << bits) - 1
    return st.one_of(st.just(0), st.just(top), st.integers(0, top), st.integers(0, 300))


def _expectation(call: Call, text_safe: bool) -> st.SearchStrategy[Expectation]:
    # The text form writes an errno without a name as its number.
    errnos = st.one_of(st.sampled_from(NAMED_ERRNOS), st.integers(1, 0xFFFF))
    failure = errnos.map(lambda e: Expectation(-1, e))
    outputs = st.tuples(*(_value(o.bits) for o in call.outputs))
    success = st.builds(Expectation, st.integers(0, 2**63 - 1), st.just(0), outputs)
    return st.one_of(failure, success)


@st.composite
def records(draw: Any, text_safe: bool = False) -> Record:
    call = draw(st.sampled_from(CATALOGUE))
    args = draw(st.tuples(*(_value(a.bits) for a in call.args)))
    result = draw(_expectation(call, text_safe))
    alternatives = draw(
        st.dictionaries(st.sampled_from(PROFILES), _expectation(call, text_safe), max_size=2)
    )
    if text_safe:
        note = "\n".join(draw(st.lists(WORDS, max_size=2)))
        remark = draw(WORDS)
    else:
        note = draw(st.text(max_size=20))
        remark = draw(st.text(max_size=10))
    return Record(
        call.id, args, result.rc, result.errno, result.outputs, alternatives, note, remark
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
    names = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
        lambda n: not re.fullmatch(r"[hrpm][0-9]+", n)
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
