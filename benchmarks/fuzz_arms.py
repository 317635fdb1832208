"""The two comparison arms of the planted-bug benchmark (benchmarks/bench_fuzz.py).

Each arm runs in its own process, started by bench_fuzz.py::

    python benchmarks/fuzz_arms.py hypothesis --bug NAME --seed N --budget S --out FILE
    python benchmarks/fuzz_arms.py random     --bug NAME --seed N --budget S --out FILE

and writes what it found to FILE (JSON) the moment an oracle fires, then again when it ends.
Both start from the fuzz machine ``haptrace fuzz`` uses (fuzz.target.FUZZ_CONFIG booted with
fuzz.target.BOOT, the pages of BOOT_PAIRS), built once per process and restored from its
snapshot before every example / input, and both detect with the same two oracles as the
fuzzer: a failing call whose errno the profile does not document for the call, and any
invariant violation the engine's audit reports with the transition oracle on.

(b) ``hypothesis``: a RuleBasedStateMachine over the per-call ``replay.Machine`` API,
    derived generically from the catalogue: one rule per call, Bundles for the resources
    calls produce (domains, (domain, gfn) pages, nominated pages with their handle, handles,
    grant references, event-channel ports, mappings), argument strategies per resource
    kind, and the oracles after every step.  Generation only: the first failing step is
    the detection time, shrinking is not timed (``phases=[Phase.generate]``).
(c) ``random``: uniformly random inputs of the fuzzer's own grammar
    (fuzz.mutator.random_input, 2-24 calls) run with FuzzTarget.run_fast, no feedback.

``make_state_machine(profile, bugs)`` returns the state machine class, for use in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import reduce
from operator import or_
from pathlib import Path
from typing import Any, cast

from hypothesis import HealthCheck, Phase, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from haptrace.catalogue import CATALOGUE, ENUMS, Arg, Call, Caller, ListArg, Resource
from haptrace.errors import InputError
from replay import Machine, Snapshot

STEPS = 50  # stateful_step_count
CALLER_KEY = "caller__"  # the rule argument naming the calling domain and vcpu
MAX_EXAMPLES = 100_000_000  # "never" within a budget: the parent's budget ends the run


# ---- what the oracles report ---------------------------------------------------------------


class OracleFailure(AssertionError):
    """An oracle fired: an undocumented code or a violated invariant."""


class Detection:
    """The first time an oracle fires in this process, and the counters at that moment."""

    def __init__(self, out: Path | None, meta: dict[str, Any]) -> None:
        self.out = out
        self.meta = meta
        self.first: dict[str, Any] | None = None
        self.counters: dict[str, int] = {}  # the arm's live counters, for the last report

    def fire(self, description: str, counters: dict[str, int]) -> None:
        if self.first is None:
            self.first = {
                "detected_unix": time.time(),
                "description": description,
                **counters,
            }
            self.write(done=False)

    def write(self, done: bool, **extra: Any) -> None:
        if self.out is None:
            return
        report = {**self.meta, **self.counters, "found": self.first is not None, "done": done}
        report.update(extra)
        if self.first is not None:
            report.update(self.first)
        temporary = self.out.with_suffix(".tmp")
        temporary.write_text(json.dumps(report) + "\n")
        temporary.replace(self.out)


# ---- the booted machine ----------------------------------------------------------------------


@dataclass(frozen=True)
class Res:
    """A resource a call produced or used successfully: a domain's page, grant reference,
    port or mapping, and the sharing handle that goes with it.  Bundles hold these; a rule
    reads the fields its arguments need."""

    domid: int
    gfn: int | None = None
    gref: int | None = None
    handle: int | None = None
    port: int | None = None
    mapping: int | None = None


class Booted:
    """The fuzz machine, booted once per process; every example restores its snapshot."""

    def __init__(self, profile: str, bugs: Iterable[str]) -> None:
        from fuzz.target import BOOT_PAIRS, FUZZ_CONFIG, boot

        self.config = FUZZ_CONFIG
        self.machine = Machine(FUZZ_CONFIG, profile=profile, bugs=tuple(bugs))
        records = boot(self.machine)
        self.machine.set_oracle(True)
        violations = self.machine.check()
        if violations:  # pragma: no cover - the fuzzer refuses this too
            raise RuntimeError(f"the booted fuzz machine is not clean: {violations[0]}")
        self.snapshot: Snapshot = self.machine.snapshot()
        # What the boot left behind, per bundle: the domains, the pages of BOOT_PAIRS (with
        # the handle the fuzzer's pools start with), and what the boot calls produced.
        self.seeds: dict[str, list[Any]] = {name: [] for name in BUNDLE_NAMES}
        self.seeds["domains"] = [domain.domid for domain in FUZZ_CONFIG.domains]
        for record in records:
            call = CATALOGUE[record.call]
            plan = plan_call(call)
            for value in produced(call, plan, list(record.args), record.outputs):
                for target in plan.targets:
                    # The handles come from BOOT_PAIRS below: the boot's sharing made some
                    # of the nominations' handles stale.
                    if target not in ("domains", "nominated", "handles"):
                        self.seeds[target].append(replace(value, handle=None))
        for domid, gfn, handle in BOOT_PAIRS:
            page = Res(domid, gfn=gfn, handle=handle or None)
            self.seeds["pages"].append(page)
            if handle:
                self.seeds["nominated"].append(page)
                self.seeds["handles"].append(page)
        # One entry per page (the BOOT_PAIRS one, with its handle, wins), and no repeats.
        pages = {(page.domid, page.gfn): page for page in self.seeds["pages"]}
        self.seeds["pages"] = list(pages.values())
        for name, values in self.seeds.items():
            self.seeds[name] = list(dict.fromkeys(values))

    def restore(self) -> None:
        self.machine.restore(self.snapshot)
        self.machine.check()  # drop anything the previous example left pending

    def p2m_sizes(self) -> list[int]:
        return sorted({d.p2m_size for d in self.config.domains})


# ---- the catalogue as rules ------------------------------------------------------------------

RES_FIELDS = frozenset(Res.__dataclass_fields__)
BUNDLE_NAMES = ("domains", "pages", "nominated", "handles", "grefs", "ports", "mappings")
BUNDLE_OF = {
    Resource.GREF: "grefs",
    Resource.PORT: "ports",
    Resource.MAPPING: "mappings",
    Resource.HANDLE: "handles",
}
REF_KINDS = (Resource.GFN, Resource.GREF, Resource.PORT)
INVALID_DOMAINS = (0, 4, 9, 0x7FF0, 0xFFFF)  # dom0 (the caller), unused ids, DOMID_SELF


@dataclass(frozen=True)
class Group:
    """Arguments drawn together: a domain with the page / grant / port after it (and the
    handle), so sharing calls get a domain, gfn and handle that agree."""

    positions: tuple[int, ...]
    domain: int | None = None  # position of the domain argument
    ref: int | None = None  # position of the gfn, gref or port argument
    ref_kind: Resource | None = None
    handle: int | None = None  # position of the handle argument


@dataclass(frozen=True)
class Plan:
    groups: tuple[Group, ...]
    targets: tuple[str, ...]  # the bundles this call's successes feed


def plan_call(call: Call) -> Plan:
    """Group a call's arguments and name the bundles its results go to.  A list is a group
    of its own (drawn element by element); an output list is not drawn at all (the Machine
    API gives it the room its length argument claims)."""
    args = call.args
    taken: set[int] = {p for p, a in enumerate(args) if isinstance(a, ListArg) and not a.is_input}
    groups = []
    for position, arg in enumerate(args):
        if position in taken:
            continue
        if arg.uses is Resource.DOMAIN and not isinstance(arg, ListArg):
            window = []
            for later in range(position + 1, len(args)):
                if args[later].uses is Resource.DOMAIN:
                    break
                if not isinstance(args[later], ListArg):
                    window.append(later)
            ref = next((p for p in window if args[p].uses in REF_KINDS), None)
            handle = next((p for p in window if args[p].uses is Resource.HANDLE), None)
            members = [p for p in (position, ref, handle) if p is not None]
            taken.update(members)
            groups.append(
                Group(
                    tuple(members),
                    domain=position,
                    ref=ref,
                    ref_kind=args[ref].uses if ref is not None else None,
                    handle=handle,
                )
            )
        else:
            taken.add(position)
            groups.append(Group((position,)))
    targets: list[str] = []
    if any(g.ref_kind is Resource.GFN for g in groups) or any(
        o.name == "gfn" for o in call.outputs
    ):
        targets.append("pages")
    makes = {o.makes for o in call.outputs if o.makes is not None}
    if Resource.HANDLE in makes and any(g.ref_kind is Resource.GFN for g in groups):
        targets.append("nominated")
    # Kinds without a bundle (tmem pools, ioreq servers, mfns) are drawn as plain numbers
    # and feed nothing.
    targets += [
        BUNDLE_OF[kind] for kind in sorted(makes, key=lambda k: k.value) if kind in BUNDLE_OF
    ]
    if any(isinstance(a, Arg) and a.makes is Resource.DOMAIN for a in args):
        if targets:  # pragma: no cover - not in the catalogue
            raise ValueError(f"{call.name}: a domain-making call that also makes resources")
        targets.append("domains")
    gfn_groups = sum(g.ref_kind is Resource.GFN for g in groups)
    if gfn_groups > 1 and set(targets) != {"pages"}:  # pragma: no cover
        raise ValueError(f"{call.name}: two pages and an output: bundles would mix")
    return Plan(tuple(groups), tuple(targets))


def produced(call: Call, plan: Plan, args: list[Any], outputs: Iterable[Any]) -> list[Any]:
    """What a successful call adds to its target bundles."""
    if plan.targets == ("domains",):
        return [
            next(
                args[i]
                for i, a in enumerate(call.args)
                if isinstance(a, Arg) and a.makes is Resource.DOMAIN
            )
        ]
    outs: dict[str, int] = {}
    for spec, value in zip(call.outputs, outputs, strict=False):
        # Kinds without a bundle (a tmem pool the fuzz machine's boot made) feed nothing.
        if spec.makes is not None and spec.makes.value in RES_FIELDS:
            outs[spec.makes.value] = value
        elif spec.name == "gfn":
            outs["gfn"] = value
    values: list[Res] = []
    for group in plan.groups:
        if group.domain is None:
            continue
        fields: dict[str, int] = {}
        if group.ref is not None and group.ref_kind is not None:
            fields[group.ref_kind.value] = args[group.ref]
        if group.ref_kind is Resource.GFN or not values:
            values.append(Res(args[group.domain], **fields))
    if outs:
        domid = values[0].domid if values else 0
        first = values[0].__dict__ if values else {"domid": domid}
        merged = {**{k: v for k, v in first.items() if v is not None}, **outs}
        values[:1] = [Res(**merged)]
    if not plan.targets:
        return []
    needs = {
        "pages": "gfn",
        "nominated": "handle",
        "handles": "handle",
        "grefs": "gref",
        "ports": "port",
        "mappings": "mapping",
    }
    required = {needs[t] for t in plan.targets}
    if "nominated" in plan.targets:
        required.add("gfn")
    return [v for v in values if all(getattr(v, f) is not None for f in required)]


# ---- argument strategies ---------------------------------------------------------------------


def weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """one_of with integer weights: a branch of weight w is drawn w times as often.
    (Listing a branch w times in one_of does not work: one_of drops repeated branches.)"""
    table = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.sampled_from(table).flatmap(lambda strategy: strategy)


def extremes(bits: int, more: Iterable[int] = ()) -> list[int]:
    top = (1 << bits) - 1
    values = {top, top >> 1, 1 << (bits - 1), 0xFF, 0x100, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF}
    values |= {1 << 32, 1 << 62, *more}
    return sorted(v for v in values if v <= top)


def number(bits: int) -> st.SearchStrategy[int]:
    """Plain numbers: small mostly (counts, orders, flags, vcpus), boundaries sometimes."""
    top = (1 << bits) - 1
    return weighted(
        (4, st.integers(0, min(3, top))),
        (2, st.integers(0, min(255, top))),
        (1, st.sampled_from(extremes(bits))),
    )


def enum_values(name: str, bits: int) -> st.SearchStrategy[int]:
    spec = ENUMS[name]
    values = sorted(spec.values.values())
    members = st.sampled_from(values)
    if spec.flags:
        combos = st.lists(members, max_size=len(values)).map(lambda v: reduce(or_, v, 0))
        return weighted((3, members), (2, combos), (1, number(bits)))
    return weighted((4, members), (1, number(bits)))


class Strategies:
    """The per-kind strategies, over the machine class's bundles."""

    def __init__(self, bundles: dict[str, Bundle[Any]], p2m_sizes: list[int]) -> None:
        self.b = bundles
        self.domain = weighted((6, bundles["domains"]), (1, st.sampled_from(INVALID_DOMAINS)))
        edges = [v for size in p2m_sizes for v in (size - 1, size)]
        self.gfn = weighted(
            (3, bundles["pages"].map(lambda r: r.gfn)),
            (3, st.integers(0, 63)),
            (1, st.sampled_from(extremes(64, edges))),
        )
        self.handle = weighted(
            (4, bundles["handles"].map(lambda r: r.handle)),
            (1, st.integers(0, 16)),
            (1, st.sampled_from(extremes(64))),
        )
        self.gref = weighted(
            (4, bundles["grefs"].map(lambda r: r.gref)),
            (2, st.integers(0, 63)),
            (1, st.sampled_from(extremes(32))),
        )
        self.port = weighted(
            (4, bundles["ports"].map(lambda r: r.port)),
            (1, st.integers(0, 63)),
            (1, st.sampled_from(extremes(32))),
        )
        fallback = weighted((2, st.integers(0, 63)), (1, st.sampled_from(extremes(32))))
        live = weighted((4, bundles["mappings"].map(lambda r: r.mapping)), (1, fallback))
        # The mappings bundle starts empty (the booted machine maps nothing): draw from it
        # only once a mapping exists, so an empty bundle never invalidates a step.
        self.mapping = st.runner().flatmap(
            lambda machine: live if machine.bundle("mappings") else fallback
        )

    def value(self, call: Call, position: int) -> st.SearchStrategy[Any]:
        arg = call.args[position]
        if isinstance(arg, ListArg):
            return self.elements(arg)
        if arg.length_of is not None and cast(ListArg, call.arg(arg.length_of)).is_input:
            # None: the list's own length; now and then another claim.
            return weighted((6, st.none()), (1, number(arg.bits)))
        return self.scalar(arg.uses, arg.bits, arg.enum)

    def elements(self, lst: ListArg) -> st.SearchStrategy[list[Any]]:
        """A list of a few elements, each field by its resource; sometimes empty."""
        fields = [self.scalar(f.uses, f.bits, f.enum) for f in lst.fields]
        element: st.SearchStrategy[Any] = fields[0] if lst.scalar else st.tuples(*fields)
        if lst.fixed_length is not None:
            size = lst.fixed_length
            return st.lists(element, min_size=size, max_size=size)
        return st.lists(element, max_size=8)

    def scalar(self, uses: Resource | None, bits: int, enum: str | None) -> st.SearchStrategy[int]:
        top = (1 << bits) - 1
        if uses is Resource.DOMAIN:
            return self.domain
        if uses is Resource.GFN:
            return self.gfn.map(lambda v: v & top)
        if uses is Resource.HANDLE:
            return self.handle.map(lambda v: v & top)
        if uses is Resource.GREF:
            return self.gref.map(lambda v: v & top)
        if uses is Resource.PORT:
            return self.port.map(lambda v: v & top)
        if uses is Resource.MAPPING:
            return self.mapping.map(lambda v: v & top)
        if enum is not None:
            return enum_values(enum, bits)
        return number(bits)

    def group(self, call: Call, group: Group) -> st.SearchStrategy[Any]:
        """The group's values, in the order of group.positions (one value: itself)."""
        if len(group.positions) == 1:
            return self.value(call, group.positions[0])
        loose = st.tuples(*(self.value(call, p) for p in group.positions))
        if group.domain is None or group.ref is None:
            return loose
        kind = group.ref_kind
        if kind is Resource.GFN and group.handle is not None:
            # A nominated page whole (domain, gfn, its handle), or a page with any handle.
            nominated = self.b["nominated"].map(lambda r: (r.domid, r.gfn, r.handle))
            page = st.tuples(self.b["pages"].map(lambda r: (r.domid, r.gfn)), self.handle)
            page = page.map(lambda t: (*t[0], t[1]))
            return weighted((4, nominated), (2, page), (1, loose))
        if kind is Resource.GFN:
            return weighted((4, self.b["pages"].map(lambda r: (r.domid, r.gfn))), (1, loose))
        if kind is Resource.GREF:
            gref = self.b["grefs"].map(lambda r: (r.domid, r.gref))
            if group.handle is not None:
                with_handle = st.tuples(gref, self.handle).map(lambda t: (*t[0], t[1]))
                return weighted((4, with_handle), (1, loose))
            return weighted((4, gref), (1, loose))
        if kind is Resource.PORT:
            return weighted((4, self.b["ports"].map(lambda r: (r.domid, r.port))), (1, loose))
        return loose  # pragma: no cover


# ---- the state machine -----------------------------------------------------------------------


def make_state_machine(
    profile: str = "doc",
    bugs: Iterable[str] = (),
    detection: Detection | None = None,
    booted: Booted | None = None,
) -> type[RuleBasedStateMachine]:
    """A RuleBasedStateMachine over the booted fuzz machine, one rule per catalogue call."""
    booted = booted if booted is not None else Booted(profile, bugs)
    detection = detection if detection is not None else Detection(None, {})
    machine = booted.machine
    counters = {"examples": 0, "steps": 0, "calls": 0}
    detection.counters = counters
    bundles = {name: Bundle(name) for name in BUNDLE_NAMES}
    kinds = Strategies(bundles, booted.p2m_sizes())

    def fire(description: str) -> None:
        detection.fire(description, dict(counters))
        raise OracleFailure(description)

    namespace: dict[str, Any] = dict(bundles)
    namespace["counters"] = counters

    def __init__(self: RuleBasedStateMachine) -> None:
        RuleBasedStateMachine.__init__(self)
        booted.restore()
        counters["examples"] += 1

    namespace["__init__"] = __init__

    for name, values in booted.seeds.items():
        if values:
            namespace[f"boot_{name}"] = _seed_rule(bundles[name], values)

    @invariant()
    def oracles_hold(self: RuleBasedStateMachine) -> None:
        violations = machine.check()
        if violations:
            fire(f"invariant {violations[0]}")

    namespace["oracles_hold"] = oracles_hold

    for call in CATALOGUE:
        namespace[call.name] = _call_rule(call, machine, kinds, bundles, counters, fire)

    cls = type("HaptraceMachine", (RuleBasedStateMachine,), namespace)
    return cls


def _seed_rule(bundle: Bundle[Any], values: list[Any]) -> Callable[..., Any]:
    @initialize(target=bundle)
    def seed_bundle(self: RuleBasedStateMachine) -> Any:
        return multiple(*values)

    seed_bundle.__name__ = f"boot_{bundle.name}"
    return seed_bundle


def _call_rule(
    call: Call,
    machine: Machine,
    kinds: Strategies,
    bundles: dict[str, Bundle[Any]],
    counters: dict[str, int],
    fire: Callable[[str], None],
) -> Callable[..., Any]:
    plan = plan_call(call)
    # Prefixed: an argument named like one of rule()'s own parameters (domain_set_target's
    # "target") would be taken for it.
    keys = ["arg_" + "__".join(call.args[p].name for p in g.positions) for g in plan.groups]
    strategies = {key: kinds.group(call, g) for key, g in zip(keys, plan.groups, strict=True)}
    method = getattr(machine, call.name)
    documented = call.errnos(machine.profile)
    nargs = len(call.args)
    layout = [(key, g.positions) for key, g in zip(keys, plan.groups, strict=True)]
    # The Machine API takes the input arguments: every one but an output list.
    given = [p for p, a in enumerate(call.args) if not (isinstance(a, ListArg) and not a.is_input)]
    # Who makes the call: domain 0 for the toolstack's; a guest's vcpu for a guest's own call,
    # and now and then for one either may make (Call.caller).
    guest = st.tuples(kinds.domain, st.integers(0, 1))
    if call.caller is Caller.GUEST:
        strategies[CALLER_KEY] = guest
    elif call.caller is Caller.ANY:
        strategies[CALLER_KEY] = weighted((3, st.just((0, 0))), (1, guest))

    nothing: Any = multiple() if plan.targets else None

    def body(self: RuleBasedStateMachine, **drawn: Any) -> Any:
        args: list[Any] = [0] * nargs
        for key, positions in layout:
            if len(positions) == 1:
                args[positions[0]] = drawn[key]
                continue
            for position, value in zip(positions, drawn[key], strict=True):
                args[position] = value
        counters["steps"] += 1
        counters["calls"] += 1
        domid, vcpu = drawn.get(CALLER_KEY, (0, 0))
        try:
            with machine.caller(domid, vcpu):
                result = method(*(args[p] for p in given))
        except InputError:  # refused without running (not an oracle's)
            return nothing
        if result.unsupported:  # the engine said it does not model this: no Xen answer
            return nothing
        if not result.ok:
            if result.errno not in documented:
                fire(
                    f"undocumented errno {result.errno} ({result.errno_name}) from"
                    f" {call.name}{tuple(args)}: {result.reason}"
                )
            return nothing
        if not plan.targets:
            return None
        return multiple(*produced(call, plan, args, result.outputs))

    body.__name__ = call.name
    body.__qualname__ = f"HaptraceMachine.{call.name}"
    make_rule: Callable[..., Callable[[Callable[..., Any]], Callable[..., Any]]] = rule
    return make_rule(targets=tuple(bundles[t] for t in plan.targets), **strategies)(body)


def hypothesis_settings() -> settings:
    return settings(
        max_examples=MAX_EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate],  # detection time excludes shrinking
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
        print_blob=False,
    )


def run_hypothesis(
    profile: str, bugs: tuple[str, ...], seed: int, detection: Detection
) -> dict[str, Any]:
    cls = make_state_machine(profile, bugs, detection)
    detection.meta["ready_unix"] = time.time()
    machine_class = hypothesis_seed(seed)(cls)
    try:
        run_state_machine_as_test(machine_class, settings=hypothesis_settings())
    except OracleFailure as failure:
        # Hypothesis attaches the failing steps (unshrunk: generation only) as notes.
        steps = [line for note in getattr(failure, "__notes__", []) for line in note.split("\n")]
        print("\n".join(steps[:120]), file=sys.stderr)
        return {"reported_unix": time.time(), "reported": str(failure), "example": steps[:120]}
    return {"reported_unix": None}


# ---- the random arm --------------------------------------------------------------------------


def run_random(
    profile: str, bugs: tuple[str, ...], seed: int, detection: Detection, deadline: float
) -> dict[str, Any]:
    from fuzz.mutator import random_input
    from fuzz.target import FuzzTarget

    target = FuzzTarget(profile=profile, bugs=bugs)
    detection.meta["ready_unix"] = time.time()
    rng = random.Random(seed)
    run = target.run_fast
    counters = detection.counters = {"execs": 0, "calls": 0}
    execs = calls = 0
    while True:
        data = random_input(rng, 256)
        result = run(data)
        execs += 1
        calls += result.ncalls
        if result.finding:
            counters.update(execs=execs, calls=calls)
            outcome = target.run(data)
            call = CATALOGUE[int(outcome.calls[outcome.at]["call"])].name
            if outcome.finding == 2:
                from replay import INVARIANTS

                what = f"invariant {INVARIANTS[outcome.detail][0]}"
            else:
                what = f"undocumented errno {outcome.detail}"
            detection.fire(f"{what} from {call}", dict(counters))
            return {}
        if execs & 255 == 0:
            counters.update(execs=execs, calls=calls)
            if time.time() >= deadline:
                return {}


# ---- the child process -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("arm", choices=("hypothesis", "random"))
    parser.add_argument("--bug", action="append", default=[], help="planted bug (repeatable)")
    parser.add_argument("--profile", default="doc")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--launched", type=float, default=None, help="parent's launch time")
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args(argv)
    launched = options.launched if options.launched is not None else time.time()
    deadline = launched + options.budget
    meta = {
        "arm": options.arm,
        "bugs": options.bug,
        "seed": options.seed,
        "pid": os.getpid(),
        "launched_unix": launched,
    }
    detection = Detection(options.out, meta)
    bugs = tuple(options.bug)
    if options.arm == "random":
        extra = run_random(options.profile, bugs, options.seed, detection, deadline)
    else:
        _stop_at(deadline, detection)
        extra = run_hypothesis(options.profile, bugs, options.seed, detection)
    detection.write(done=True, ended_unix=time.time(), **extra)
    if detection.first is None:
        print(f"{options.arm}: nothing found", file=sys.stderr)
    return 0


def _stop_at(deadline: float, detection: Detection) -> None:
    """End a Hypothesis run at the deadline with what it has counted so far (a timer thread;
    the parent kills the process too if it outlives the budget)."""
    import threading

    def stop() -> None:
        if detection.first is None:
            detection.write(done=True, ended_unix=time.time(), timed_out=True)
            os._exit(0)

    timer = threading.Timer(max(deadline - time.time(), 0.0), stop)
    timer.daemon = True
    timer.start()


if __name__ == "__main__":
    sys.exit(main())
