"""The batch entry point and the state views: a batch returns what the same calls return
one by one; its flags stop at refused records, at undocumented codes, and (checking the
invariants after every call) at the first violation; views are live numpy arrays over the
engine's memory that keep the machine alive."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haptrace.catalogue import CATALOGUE, ENUMS, ListArg, Resource
from haptrace.catalogue.limits import LIST_SHIFT
from haptrace.errors import InvalidArgument
from replay import (
    CALL_DTYPE,
    CHECK_INVARIANTS,
    RESULT_DTYPE,
    STOP_ON_REFUSED,
    STOP_ON_UNDOCUMENTED,
    STOPPED_BY_INVARIANT,
    DomainConfig,
    HostConfig,
    Machine,
    MachineConfig,
    calls_array,
    pack_calls,
    reason_text,
)

CONFIG = MachineConfig(
    HostConfig(total_frames=256, share_capacity=32, xenheap_units=64),
    (DomainConfig(1, pages=32, vcpus=2), DomainConfig(2, pages=32)),
)
SHARE = [
    ("memshr_control", (1, 1)),
    ("memshr_control", (2, 1)),
    ("memshr_nominate_gfn", (1, 5)),
    ("memshr_nominate_gfn", (2, 5)),
    ("memshr_share_gfns", (1, 5, 2, 2, 5, 3)),
    ("sharing_freed_pages", ()),
    ("memshr_debug_gfn", (2, 5)),
    ("memshr_nominate_gfn", (2, 0x500)),  # EINVAL: beyond the p2m
    ("domain_getinfo", (2,)),
]

_SMALL = {
    Resource.DOMAIN: st.sampled_from([0, 1, 2, 5]),
    Resource.GFN: st.integers(0, 40),
    Resource.HANDLE: st.integers(0, 6),
    Resource.GREF: st.integers(0, 3),
    Resource.PORT: st.integers(0, 3),
    Resource.MAPPING: st.integers(0, 3),
}


# (call name, input values, caller): lists as tuples, a length left out as None.
Planned = tuple[str, tuple[Any, ...], tuple[int, int]]


def _small(arg: Any) -> st.SearchStrategy[int]:
    if arg.uses in _SMALL:
        return _SMALL[arg.uses]
    if arg.enum is not None:
        return st.sampled_from(sorted(ENUMS[arg.enum].values.values()))
    return st.integers(0, 40)


@st.composite
def a_call(draw: Any) -> Planned:
    call = draw(st.sampled_from(CATALOGUE))
    values: list[Any] = []
    for arg in call.input_args:
        if isinstance(arg, ListArg):
            values.append(tuple(draw(st.lists(_small(arg.fields[0]), max_size=5))))
        elif arg.length_of is not None and draw(st.booleans()) and call.arg(arg.length_of).is_input:
            values.append(None)  # the list's length
        else:
            values.append(draw(_small(arg)))
    # Mostly domain 0's vcpu 0; sometimes a guest's vcpu, or one that does not exist.
    caller = draw(st.sampled_from([(0, 0), (0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (9, 0)]))
    return call.name, tuple(values), caller


def per_call(m: Machine, calls: list[Planned]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for name, values, caller in calls:
        try:
            r = m.call(name, *values, caller=caller)
        except InvalidArgument:
            out.append(("refused",))  # a caller that does not exist
            continue
        out.append((r.rc, r.errno, r.reason_id, r.outputs))
    return out


def from_batch(results: np.ndarray, records: np.ndarray, pool: np.ndarray) -> list[Any]:
    out: list[tuple[Any, ...]] = []
    for row, record in zip(results, records, strict=True):
        call = CATALOGUE[int(record["call"])]
        rc = int(row["rc"])
        if rc == -1 and int(row["err"]) == 0:
            out.append(("refused",))
            continue
        shown: tuple[Any, ...] = tuple(int(v) for v in row["out"][: len(call.outputs)])
        if rc < 0:
            shown = (0,) * len(call.outputs) if call.output_lists else ()
        for lst in call.output_lists:
            ref = int(record["arg"][call.args.index(lst)])
            offset, count = ref >> LIST_SHIFT, ref & 0xFFFFFFFF
            shown += (tuple(int(v) for v in pool[offset : offset + count]),)
        out.append((rc, int(row["err"]), int(row["reason"]), shown))
    return out


def test_a_batch_returns_what_the_calls_return_one_by_one() -> None:
    one, batched = Machine(CONFIG), Machine(CONFIG)
    planned = [(name, args, (0, 0)) for name, args in SHARE]
    expected = per_call(one, planned)
    calls = calls_array(SHARE)
    outcome = batched.batch(calls)
    assert (outcome.ran, outcome.stop) == (len(SHARE), 0)
    assert outcome.results.dtype == RESULT_DTYPE
    assert from_batch(outcome.results, calls, np.zeros(0, np.uint64)) == expected
    assert expected[4][:2] == (0, 0) and expected[7][:2] == (-1, 22)  # a success, a failure
    assert batched.state_digest() == one.state_digest()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls=st.lists(a_call(), max_size=40))
def test_random_batches_equal_per_call_runs(calls: list[Planned]) -> None:
    """Lists and callers included: a batch record names its caller and refers into the
    batch's pool, as a per-call run passes its lists and sets its caller."""
    one, batched = Machine(CONFIG), Machine(CONFIG)
    expected = per_call(one, calls)
    records, pool = pack_calls([(name, values, *caller) for name, values, caller in calls])
    outcome = batched.batch(records, pool=pool)
    assert outcome.ran == len(calls) and outcome.stop == 0
    assert from_batch(outcome.results, records, pool) == expected
    assert batched.state_digest() == one.state_digest()


def test_an_empty_batch() -> None:
    outcome = Machine(CONFIG).batch(np.zeros(0, dtype=CALL_DTYPE))
    assert (outcome.ran, outcome.stop, len(outcome.results)) == (0, 0, 0)


def test_a_batch_must_have_the_call_dtype() -> None:
    with pytest.raises(InvalidArgument, match="CALL_DTYPE"):
        Machine(CONFIG).batch(np.zeros(3, dtype=np.uint64))


# ---- flags ------------------------------------------------------------------------------------


def _refused_batches() -> dict[str, np.ndarray]:
    unknown = calls_array(SHARE)
    unknown[3]["call"] = len(CATALOGUE) + 7
    wide = calls_array(SHARE)
    wide[3]["arg"][0] = 0x10000  # domid is 16 bits
    return {"unknown-call": unknown, "too-wide": wide}


@pytest.mark.parametrize("kind", ["unknown-call", "too-wide"])
def test_stop_on_refused(kind: str) -> None:
    calls = _refused_batches()[kind]
    reason = "unknown call" if kind == "unknown-call" else "wider than its C type"
    stopped = Machine(CONFIG).batch(calls, STOP_ON_REFUSED)
    assert (stopped.ran, stopped.stop) == (4, STOP_ON_REFUSED)
    assert reason in reason_text(int(stopped.results[3]["reason"]))
    assert (stopped.results[4:]["rc"] == 0).all()  # never ran
    # without the flag the refused record is skipped (it changes nothing) and the rest runs
    m = Machine(CONFIG)
    going = m.batch(calls)
    assert (going.ran, going.stop) == (len(SHARE), 0)
    assert int(going.results[3]["rc"]) == -1 and reason in reason_text(
        int(going.results[3]["reason"])
    )
    reference = Machine(CONFIG)
    per_call(reference, [(n, a, (0, 0)) for n, a in SHARE[:3] + SHARE[4:]])
    assert m.state_digest() == reference.state_digest()


def test_stop_on_undocumented_does_not_stop_at_documented_failures() -> None:
    """Every failure of the sequence is documented, so the flag lets it run to the end (the
    clean engine never returns an undocumented code: the fuzzer checks that)."""
    calls = SHARE + [("memshr_share_gfns", (1, 5, 9, 2, 6, 9)), ("memshr_ring_enable", (1,))]
    m = Machine(CONFIG)
    outcome = m.batch(calls_array(calls), STOP_ON_UNDOCUMENTED)
    assert (outcome.ran, outcome.stop) == (len(calls), 0)
    failures = [(i, int(r["err"])) for i, r in enumerate(outcome.results) if r["rc"] == -1]
    assert len(failures) == 3
    assert all(m.documented(calls[i][0], err) for i, err in failures)


BUGGY = [
    ("memshr_control", (1, 1)),
    ("memshr_nominate_gfn", (1, 5)),
    ("memshr_nominate_gfn", (1, 6)),
    ("memshr_share_gfns", (1, 5, 2, 1, 6, 3)),
    ("remove_from_physmap", (1, 6)),  # leaves its rmap tuple with the bug on
    ("sharing_used_frames", ()),
    ("memshr_debug_gfn", (1, 5)),
]


def test_check_invariants_stops_at_the_first_violation() -> None:
    m = Machine(CONFIG, bugs=["remove_from_physmap_shared"])
    outcome = m.batch(calls_array(BUGGY), CHECK_INVARIANTS)
    assert (outcome.ran, outcome.stop) == (5, STOPPED_BY_INVARIANT)
    assert {v.invariant for v in m.check()} == {"sharing.2", "sharing.4"}
    # without the flag the whole batch runs; the audit still finds it afterwards
    unchecked = Machine(CONFIG, bugs=["remove_from_physmap_shared"])
    outcome = unchecked.batch(calls_array(BUGGY))
    assert (outcome.ran, outcome.stop) == (len(BUGGY), 0)
    assert unchecked.check()


def test_check_invariants_runs_everything_on_a_clean_engine() -> None:
    m = Machine(CONFIG)
    outcome = m.batch(calls_array(BUGGY + SHARE), CHECK_INVARIANTS | STOP_ON_UNDOCUMENTED)
    assert (outcome.ran, outcome.stop) == (len(BUGGY) + len(SHARE), 0)


def test_check_invariants_includes_the_transition_oracle() -> None:
    """sharing.7 is a transition check (what a share was given), not a state the audit can
    see afterwards: the flag turns the oracle on for the batch."""
    calls = calls_array(
        [
            ("memshr_control", (1, 1)),
            ("memshr_control", (2, 1)),
            ("memshr_nominate_gfn", (1, 5)),
            ("memshr_nominate_gfn", (2, 5)),
            ("memshr_share_gfns", (1, 5, 2, 2, 5, 2)),  # the client handle is wrong
            ("sharing_used_frames", ()),
        ]
    )
    m = Machine(CONFIG, bugs=["share_skips_handle_check"])
    outcome = m.batch(calls, CHECK_INVARIANTS)
    assert (outcome.ran, outcome.stop) == (5, STOPPED_BY_INVARIANT)
    quiet = Machine(CONFIG, bugs=["share_skips_handle_check"])
    assert quiet.batch(calls).stop == 0
    assert quiet.check() == [], "only the oracle sees it, and it was off"


# ---- views -------------------------------------------------------------------------------------


def test_views_are_live_arrays_over_engine_memory() -> None:
    m = Machine(CONFIG)
    p2m, host, domains = m.p2m(1), m.host_counters(), m.domain_table()
    for view in (p2m, host, domains, m.frames(), m.p2m_types(1)):
        assert isinstance(view, np.ndarray) and not view.flags.owndata
    assert p2m["type"][5] == ENUMS["p2m_type"].values["ram_rw"]
    slot = int(np.flatnonzero((domains["domid"] == 1) & (domains["in_use"] == 1))[0])
    assert domains[slot]["tot_pages"] == 32
    m.memshr_control(1, 1)
    handle = m.memshr_nominate_gfn(1, 5).output("handle")
    # the same arrays, not fetched again, show the change
    assert p2m["type"][5] == ENUMS["p2m_type"].values["ram_shared"]
    assert host[0]["used_frames"] == 1 and host[0]["last_handle"] == handle
    assert domains[slot]["shr_pages"] == 1 and domains[slot]["tot_pages"] == 31
    records, pool = pack_calls([("decrease_reservation", (1, 1, 0, [7]))])
    m.batch(records, pool=pool)
    assert p2m["type"][7] == ENUMS["p2m_type"].values["invalid"]
    assert p2m["mfn"][7] == 0xFFFFFFFF
    assert np.shares_memory(m.p2m_types(1), p2m)


def test_p2m_of_a_missing_domain_is_an_input_error() -> None:
    from haptrace.errors import InputError

    with pytest.raises(InputError, match="no domain 9"):
        Machine(CONFIG).p2m(9)


def test_views_keep_the_machine_alive() -> None:
    m = Machine(CONFIG)
    alive = weakref.ref(m)
    p2m, host = m.p2m(2), m.host_counters()
    m.memshr_control(2, 1)
    m.memshr_nominate_gfn(2, 3)
    del m
    gc.collect()
    others = [Machine(CONFIG) for _ in range(3)]  # reuse whatever memory was freed
    for other in others:
        other.guest_write(2, 3, 0xDEAD)
    assert alive() is not None
    assert p2m["type"][3] == ENUMS["p2m_type"].values["ram_shared"]
    assert host[0]["used_frames"] == 1
    del p2m
    gc.collect()
    assert alive() is not None, "the host counters view still needs it"
    del host
    gc.collect()
    assert alive() is None, "the machine outlived its last view"


def test_a_view_of_a_dropped_machine_from_a_temporary() -> None:
    types = Machine(CONFIG).p2m_types(1)
    gc.collect()
    records, pool = pack_calls([("decrease_reservation", (1, None, 0, list(range(8))))])
    Machine(CONFIG).batch(records, pool=pool)
    assert (types[:32] == ENUMS["p2m_type"].values["ram_rw"]).all()
