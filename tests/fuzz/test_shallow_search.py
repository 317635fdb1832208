"""The search machinery for the shallow tier's misses (issues 9-14, shallow7): the fresh
share adapts to the corpus's growth (more fresh random inputs the longer no input reached a
new outcome or state); an access call's state is its domain's default access; and a guest's
p2m high-water mark is one of the special values.  Then (shallow8): an exchange's access past
its lists ends the call; the mutator's fresh inputs hold catalogue-shaped calls; a page
above a domain's high-water mark is state; and the gfn above the mark is a special value.
Then (shallow9): where a call met an injected failure (which pass of the site, fired or
not) is part of its outcome and state; a ring response's vcpu against its domain's vcpus
is ring state; the page at a domain's high-water mark is domain state; a call kept for the
failure sites it passed asks for its last pass at each to fail; and a pool pick of a gfn
after a domain names the gfn just above that domain's mark."""

from __future__ import annotations

import random
from collections import Counter

from fuzz_grammar import layouts
from test_grammar import DOM0, TARGET, caller, head, literal, pool, sel, small, special
from test_search import STATE_START, mutations_with_kept, scheduled_runner

from fuzz.mutator import make_mutator, random_input, schedule
from fuzz.target import FUZZ_CONFIG, FuzzTarget, boot
from haptrace.binding.lean import engine
from haptrace.catalogue import ENUMS, REASONS, lookup
from haptrace.catalogue.errnos import EFAULT
from replay import Machine

MAXIMUM_GPFN = sel("maximum_gpfn") + DOM0 + small(1)
XENVER = sel("xenver_version") + bytes((0,))
REASONS_BY_ID = {reason.id: index for index, reason in enumerate(REASONS)}


def _stalled() -> int:
    return int(engine("default").lib.ht_fuzz_stalled_inputs())


def test_the_stall_counts_inputs_since_new_behaviour() -> None:
    """With scheduling on, an input that reaches an outcome no earlier one reached resets
    the count; each input after it that reaches nothing new adds one; off, it is 0."""
    run = scheduled_runner()
    try:
        run(MAXIMUM_GPFN)
        assert _stalled() == 0
        for _ in range(7):
            run(MAXIMUM_GPFN)
        assert _stalled() == 7
        run(XENVER)  # another call: a new outcome
        assert _stalled() == 0
        run(MAXIMUM_GPFN + XENVER)  # a new transition only: still no new behaviour
        assert _stalled() == 1
    finally:
        schedule(on=False)
    assert _stalled() == 0


def test_a_new_state_alone_does_not_end_the_stall() -> None:
    """A ring response naming vcpu 5 (domain 2 has two) meets another ring state than one
    naming vcpu 0, with the same outcome: it is kept (favour_if_new_state) but is no new
    behaviour to the stall, which counts outcomes only.  New states came every twenty
    inputs or so for minutes, and the fresh share stayed near its floor."""
    paging, paused = ENUMS["ring"].values["paging"], ENUMS["ring_flags"].values["vcpu_paused"]

    def put(vcpu: int) -> bytes:
        args = small(2) + small(paging) + small(0) + small(vcpu) + small(paused)
        return sel("ring_put_response") + DOM0 + args

    run = scheduled_runner()
    try:
        run(put(0))
        assert _stalled() == 0
        run(put(0))
        assert _stalled() == 1
        run(put(5))
        assert _stalled() == 2
    finally:
        schedule(on=False)


def _fresh_share(outputs: list[bytes], base: bytes) -> float:
    """The share of outputs that keep none of base's calls: fresh random inputs (every other
    move keeps most of the input's six identical calls)."""
    return sum(base[: len(MAXIMUM_GPFN)] not in out for out in outputs) / len(outputs)


def test_the_fresh_share_grows_while_nothing_new_is_reached() -> None:
    """A run that goes thousands of inputs without a new outcome or state makes fresh
    random inputs far more often than one that just reached something new (about one in
    ten), and drops back once an input reaches something new."""
    base = MAXIMUM_GPFN * 6
    mutate = make_mutator()
    run = scheduled_runner()
    try:
        run(base)
        growing = _fresh_share([mutate(base, 256, seed) for seed in range(3000)], base)
        for _ in range(5000):
            run(base)
        stalled = _fresh_share([mutate(base, 256, seed) for seed in range(3000)], base)
        run(XENVER)
        again = _fresh_share([mutate(base, 256, seed) for seed in range(3000)], base)
    finally:
        schedule(on=False)
    assert growing < 0.13, growing
    assert stalled > growing + 0.15, (growing, stalled)
    assert again < 0.13, again


def _state(data: bytes) -> list[int]:
    outcome = TARGET.run(data)
    return [f for f in TARGET.features(len(outcome.calls)) if f >= STATE_START]


def _access_enum(name: str) -> int:
    return int(ENUMS["access"].values[name])


def test_an_access_call_meets_its_domains_default_access() -> None:
    """The same read of domain 1's default access (pfn ~0) after the default was set to rx
    and after it was set to n2rwx (for which 4.2's table has no entry) meets two states;
    the set calls themselves take the same path."""

    def set_default(access: str) -> bytes:
        args = small(1) + small(_access_enum(access)) + special(3) + small(0)
        return sel("hvm_set_mem_access") + DOM0 + args

    get_default = sel("hvm_get_mem_access") + DOM0 + small(1) + special(3)
    assert TARGET.run(set_default("n2rwx")).raws == (0,)
    after_rx = _state(set_default("rx") + get_default)
    after_n2rwx = _state(set_default("n2rwx") + get_default)
    assert len(after_rx) == len(after_n2rwx) == 2
    assert after_rx[0] == after_n2rwx[0]
    assert after_rx[1] != after_n2rwx[1]


def test_a_special_value_names_each_guests_high_water_mark() -> None:
    """Some special payloads name a live guest's highest mapped gfn (maximum_gpfn's answer),
    each of the fuzz machine's four guests' (31, 31, 15 and 7) by one of them."""
    # (domain 4's, a PV guest's, maximum_gpfn does not answer: its mark is 7)
    marks = {TARGET.run(sel("maximum_gpfn") + DOM0 + small(d)).raws[0] for d in (1, 2, 3)} | {7}
    named: Counter[int] = Counter()
    for payload in range(256):
        data = sel("memshr_nominate_gfn") + DOM0 + small(2) + special(payload)
        named[int(TARGET.run(data).calls[0]["arg"][1])] += 1
    assert all(named[mark] > 0 for mark in marks), (marks, named)
    # the domain-2 nominate of its mark is a state of its own (tests/fuzz/test_value_feedback)
    top = TARGET.run(sel("maximum_gpfn") + DOM0 + small(2)).raws[0]
    payload = next(
        p
        for p in range(256)
        if int(
            TARGET.run(sel("memshr_nominate_gfn") + DOM0 + small(2) + special(p)).calls[0]["arg"][1]
        )
        == top
    )
    assert len(_state(sel("memshr_nominate_gfn") + DOM0 + small(2) + special(payload))) == 1


# ---- shallow8: the exchange's range-check bugs, the mark's hole, catalogue-shaped calls ------


def test_an_access_past_an_exchanges_lists_ends_the_call() -> None:
    """With the range check gone (XSA-29), a claim far past the lists is reported at the
    first access past them and then fails as a copy fault: the call ends (a claim of 2^32
    extents once ran for billions of chunks, and the fuzzer never got the input back), and
    nothing is exchanged for the missing extents."""
    m = Machine(FUZZ_CONFIG, "xen-4.17", ("exchange_unchecked_lists",))
    boot(m)
    before = m.call("memshr_debug_gfn", 1, 0)
    result = m.call("memory_exchange", [(1, 1, 0, 0, 0, 1)], 1000, [], 1000, [])
    assert result.errno == EFAULT, result
    assert {v.invariant for v in m.check()} == {"host.memory_safety"}
    assert m.call("memshr_debug_gfn", 1, 0) == before


def _list_range_checks(inputs: list[bytes]) -> int:
    """How many memory_exchange calls of the inputs reached the exchange's list range check
    (passed its argument checks and claimed more extents than a list holds)."""
    exchange, reason = lookup("memory_exchange").id, _reason("EXCH_LIST_RANGE")
    target = FuzzTarget(profile="xen-4.17")
    hits = 0
    for data in inputs:
        n = int(target.run_fast(data).ncalls)
        hits += sum(c == exchange and r == reason for c, r, _ in target.outcomes(n))
    return hits


def _reason(name: str) -> int:
    return next(i for i, r in enumerate(REASONS) if r.id == name)


def test_fresh_inputs_hold_well_formed_calls_that_claim_past_their_lists() -> None:
    """A quarter of the calls of the mutator's fresh inputs are catalogue-shaped (pool picks
    throughout, or the last argument all ones, or every claimed list empty and claimed one
    long): they reach the exchange's range check several times as often as random
    inputs (the benchmark's random arm, whose inputs are unchanged).  The check is a rare
    outcome (about one fresh input in a thousand): 400,000 mutations give some 40,000 fresh
    inputs, enough that a new call's shift of the selectors does not swing the ratio (at
    40,000 mutations one catalogue call more moved the counts from 6 against 0 to 1 against
    1; here they are 37 against 7)."""
    mutate = make_mutator()
    base = MAXIMUM_GPFN * 6
    mutated = [mutate(base, 256, seed) for seed in range(400000)]
    fresh = [m for m in mutated if base[: len(MAXIMUM_GPFN)] not in m]
    rng = random.Random(3)
    randoms = [random_input(rng, 256) for _ in range(len(fresh))]
    shaped, plain = _list_range_checks(fresh), _list_range_checks(randoms)
    assert shaped >= 3 * max(plain, 1), (shaped, plain, len(fresh))


def test_a_page_above_the_high_water_mark_is_a_state_of_its_own() -> None:
    """An add_to_physmap whose client gfn (its second page) lies above the client's
    high-water mark meets another state than one whose client gfn lies below it, the
    call failing the same way (a wrong source handle) in both."""

    def add(client_gfn: int) -> bytes:
        args = small(1) + small(8) + small(3) + small(2) + small(client_gfn)
        return sel("memshr_add_to_physmap") + DOM0 + args

    below, above = TARGET.run(add(20)), TARGET.run(add(40))
    assert below.reasons == above.reasons and below.raws == above.raws
    assert _state(add(20)) != _state(add(40))


def test_a_special_value_names_the_gfn_above_a_guests_mark() -> None:
    """Some special payloads name the gfn just above a live guest's high-water mark (32
    for domains 1 and 2 of the fuzz machine: where a page mapped becomes the new mark)."""
    top = TARGET.run(sel("maximum_gpfn") + DOM0 + small(2)).raws[0]
    nominate = sel("memshr_nominate_gfn") + DOM0 + small(2)
    named = {int(TARGET.run(nominate + special(p)).calls[0]["arg"][1]) for p in range(256)}
    assert top + 1 in named


def test_insertions_after_a_call_name_its_domain_as_a_whole() -> None:
    """A related insertion is, one time in four, a call on a domain as a whole (every
    argument a domain: domain_destroy, a pause, an evtchn reset): after an add_to_physmap
    the mutator inserts domain_destroy several times as often as a random call would (one
    call in 500), so a page mapped in a domain meets the domain's teardown."""
    add = sel("memshr_add_to_physmap") + DOM0 + small(1) + small(8) + small(2) + small(2)
    base = add + small(40)
    destroy = lookup("domain_destroy").id
    mutate = make_mutator()
    inserted = 0
    for seed in range(40000):
        out = mutate(base, 256, seed)
        if out.startswith(add):  # the add kept first: not a fresh input
            inserted += any(int(row["call"]) == destroy for row in TARGET.run(out).calls)
    assert inserted >= 15, inserted  # 3 before


def _inject(site: str, nth: int) -> bytes:
    return sel("inject_fault") + DOM0 + small(ENUMS["fault_site"].values[site]) + small(nth)


def test_where_an_injected_failure_fired_is_an_outcome_and_a_state() -> None:
    """Domain 3's next port needs a bucket: with xen_alloc's first pass failing (the
    bucket) and with its second failing (the ports' labels) the alloc returns the same
    code for the same reason, but each is another outcome and state feature; so is a
    countdown the call passed without reaching (nth 3: the call succeeds)."""
    alloc = sel("evtchn_alloc_unbound") + DOM0 + small(3) + small(0)
    runs = {nth: TARGET.run(_inject("xen_alloc", nth) + alloc) for nth in (1, 2, 3)}
    assert runs[1].raws == runs[2].raws == (0, -12)
    assert runs[1].reasons == runs[2].reasons
    features = {}
    for nth in (1, 2, 3):
        TARGET.run(_inject("xen_alloc", nth) + alloc)
        features[nth] = TARGET.features(2)[-3:]  # the alloc's outcome, transition, state
    plain = TARGET.run(alloc)
    assert plain.raws == (0,)
    unarmed = TARGET.features(1)
    assert features[1][0] != features[2][0] and features[1][2] != features[2][2]
    assert features[3][0] != unarmed[0] and features[3][2] != unarmed[2]


def test_a_responses_vcpu_against_its_domains_vcpus_is_ring_state() -> None:
    """A response on domain 2's paging ring asking an unpause of vcpu 5 (domain 2 has
    two) meets another ring state than one naming vcpu 0 or 1; the calls succeed alike."""

    def put(vcpu: int) -> bytes:
        paging, paused = ENUMS["ring"].values["paging"], ENUMS["ring_flags"].values["vcpu_paused"]
        args = small(2) + small(paging) + small(0) + small(vcpu) + small(paused)
        return sel("ring_put_response") + DOM0 + args

    assert all(TARGET.run(put(v)).raws == (0,) for v in (0, 1, 5))
    assert _state(put(0)) == _state(put(1)) != _state(put(5))


def test_the_page_at_a_domains_high_water_mark_is_domain_state() -> None:
    """domain_pause of domain 2 after a shared page was added above its mark (the page
    becomes the new mark) meets another domain state than the same pause from the boot."""
    add = sel("memshr_add_to_physmap") + DOM0 + small(1) + small(8) + small(2) + small(2)
    pause = sel("domain_pause") + DOM0 + small(2)
    assert TARGET.run(add + small(40) + pause).raws == (0, 0)
    assert TARGET.run(pause).raws == (0,)
    assert _state(add + small(40) + pause)[-1] != _state(pause)[-1]


XENVER = sel("xenver_version") + bytes((0,))
REASONS_BY_ID = {reason.id: index for index, reason in enumerate(REASONS)}


def test_a_kept_call_asks_for_its_last_pass_through_each_failure_site_to_fail() -> None:
    """Domain 3's allocation of a port in a new bucket passes the xen_alloc site twice (the
    bucket, then its ports' labels); kept, it asks for inject_fault(xen_alloc, 2), and the
    mutator inserts it before the allocation, so that its labels' allocation fails, the
    first step of evtchn_bucket_dangling's chain (before, a random insertion of the fault
    named the site and the count 2 together about one time in 600)."""
    alloc = sel("evtchn_alloc_unbound") + DOM0 + small(3) + small(0)
    outputs = mutations_with_kept((alloc,), XENVER, 4000)
    pairs = [out for out in outputs if _calls(out) == ["inject_fault", "evtchn_alloc_unbound"]]
    runs = [TARGET.run(out) for out in pairs]
    wanted = [run for run in runs if tuple(int(v) for v in run.calls[0]["arg"][:2]) == (2, 2)]
    assert len(wanted) >= 50, (len(pairs), len(wanted))
    assert all(run.reasons[1] == REASONS_BY_ID["EVTCHN_NO_BUCKET"] for run in wanted)


def _calls(data: bytes) -> list[str]:
    return [c.call.name for c in layouts(data)]


def test_a_gfn_after_a_domain_names_the_gfn_above_its_mark() -> None:
    """One pool pick in sixteen of a gfn after a domain argument is the gfn just above that
    domain's high-water mark: memshr_add_to_physmap's client gfn for domain 2 is 32 (its
    mark 31 plus one) for some payloads, and 16 for domain 3 (mark 15)."""
    mark = {d: TARGET.run(sel("maximum_gpfn") + DOM0 + small(d)).raws[0] for d in (2, 3)}
    add = sel("memshr_add_to_physmap") + DOM0 + small(1) + small(8) + small(2)
    for domain in (2, 3):
        named = {
            int(TARGET.run(add + small(domain) + pool(p)).calls[0]["arg"][4]) for p in range(256)
        }
        assert mark[domain] + 1 in named, (domain, sorted(named))
    assert TARGET.run(add + small(2) + pool(15)).raws == (0,)


def test_a_teardown_asks_for_a_page_shared_above_the_mark() -> None:
    """A kept destroy of domain 2 (sharing enabled, the page at its high-water mark not
    shared) asks for domain 0's memshr_add_to_physmap of another domain's shared page into
    the gfn just above the mark (csrc/domain.c fuzz_want): the new mark's page is shared
    with other tuples, and the destroy after it is relinquish_skips_last_gfn's trigger, in
    one mutation in ten.  Before, the add had to be a random insertion naming the source
    page, its handle, domain 2 and a gfn above 31 together (0/3 trials of 60 s)."""
    destroy = sel("domain_destroy") + DOM0 + small(2)
    bug = FuzzTarget(bugs=("relinquish_skips_last_gfn",))
    assert bug.run(destroy).finding == 0
    outputs = mutations_with_kept((destroy,), destroy, 2000)
    adds = [
        o for o in outputs if [c.call.name for c in layouts(o)][:1] == ["memshr_add_to_physmap"]
    ]
    assert sum(bug.run(o).finding != 0 for o in outputs) >= 100, len(adds)


def test_a_get_of_a_stored_page_asks_for_a_failed_get_before_it() -> None:
    """Domain 1's kept get of the page its persistent pool holds (the boot's put: pool 0,
    oid (0, 1, 2), index 0) asks for the same get with its copy failing (its lowest hole
    as the cmfn) before it (csrc/tmem.c want_failed_get): the kept get is then the next
    op on an object a failed copy left behind, tmem_get_bad_copy_lock's trigger, in one
    mutation in ten.  Before, the failing get had to repeat the oid and the index and name
    a hole together (1 of 3 trials of 60 s)."""
    oid = head(0, 3) + small(0) + small(1) + small(2)
    get = sel("tmem_get_page") + caller(1, 0) + small(0) + oid + small(0) + small(0x13)
    bug = FuzzTarget(bugs=("tmem_get_bad_copy_lock",))
    assert TARGET.run(get).raws == (1,) and bug.run(get).finding == 0  # 1: a page copied
    outputs = mutations_with_kept((get,), get, 2000)
    assert sum(bug.run(o).finding != 0 for o in outputs) >= 100


def test_a_read_of_the_default_access_asks_for_the_highest_default() -> None:
    """A kept read of domain 1's default access (hvm_get_mem_access at pfn ~0) asks for
    domain 0's set of that default to the highest value a default takes, the read's
    largest table index (csrc/access.c fuzz_want): the read after it is
    get_default_access_oob's trigger in the profiles with the planted bug, in one mutation
    in ten.  Before, the set had to name the domain, pfn ~0 and n2rwx together (2 of 3
    trials of 60 s)."""
    read = sel("hvm_get_mem_access") + DOM0 + small(1) + literal((1 << 64) - 1, 64)
    bug = FuzzTarget(bugs=("get_default_access_oob",))
    assert TARGET.run(read).raws == (0,) and bug.run(read).finding == 0
    outputs = mutations_with_kept((read,), read, 2000)
    assert sum(bug.run(o).finding != 0 for o in outputs) >= 100
