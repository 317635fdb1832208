"""The harness's fast path: the machine fuzz/lean.py boots through the C API, the engine's
per-input sinks, the C mutator and the C dictionary, each against a Python reference
(replay.Machine of FUZZ_CONFIG, the catalogue, the grammar's reading in fuzz_grammar)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz_grammar import layouts, split_calls

from fuzz import boot, counters, lean
from fuzz.dictionary import entries
from fuzz.encode import LITERAL, POOL, SELECTOR, SMALL
from fuzz.feedback import BUCKETS, FeatureCounters, LibFuzzerMissing
from fuzz.mutator import make_mutator, random_input
from fuzz.target import FUZZ_CONFIG, FuzzTarget
from fuzz.target import boot as boot_records
from haptrace.binding import _native
from haptrace.binding import lean as binding
from haptrace.binding._options import OPTION_NAMES
from haptrace.binding.fuzz import CHECK_INVARIANTS, Executor, FeatureArray
from haptrace.catalogue import CATALOGUE, ENUMS, PROFILES, ListArg, Resource
from haptrace.catalogue.limits import FUZZ_CTRL_SPECIAL
from haptrace.catalogue.model import ERRNO_BITS
from haptrace.catalogue.tmem import TMEM_PROFILES
from replay import Machine


def test_the_lean_constants_are_the_catalogue_and_replay_ones() -> None:
    # The profiles the engine numbers (generated from the catalogue) in the catalogue's order.
    assert binding.engine().profile_names() == PROFILES
    assert binding.engine() is _native.BUILD  # the lean loader's build is the checked one
    host = FUZZ_CONFIG.host
    assert {
        "arch": ENUMS["arch"].values[host.arch],
        "vendor": ENUMS["vendor"].values[host.vendor],
        "audit_compiled": int(host.audit_compiled),
        "total_frames": host.total_frames,
        "gfn_capacity": FUZZ_CONFIG.gfn_capacity,
        "share_capacity": host.share_capacity,
        "xenheap_units": host.xenheap_units,
    } == boot.HOST
    assert tuple(getattr(host, name) for name in OPTION_NAMES) == (
        *boot.HOST_OPTIONS,
        *[0] * (len(OPTION_NAMES) - len(boot.HOST_OPTIONS)),
    )
    assert (
        tuple(
            (d.domid, d.pages, d.max_pages or d.pages, d.effective_p2m_size, d.vcpus, d.flags)
            for d in FUZZ_CONFIG.domains
        )
        == boot.DOMAINS
    )
    assert len(CATALOGUE) << ERRNO_BITS == counters.SPEC_KEYS
    assert boot.TMEM_PROFILES == TMEM_PROFILES


@pytest.mark.parametrize(
    ("profile", "bugs"),
    [
        ("doc", ()),
        ("xen-4.2", ()),
        ("xen-4.17", ()),
        ("doc", ("nr_saved_underflow", "gref_unchecked")),
    ],
)
def test_the_lean_machine_is_the_fuzz_config_machine(profile: str, bugs: tuple[str, ...]) -> None:
    """Same state after boot, and the same outcome for every input: the harness runs inputs
    on the lean machine, and the minimiser replays findings on a replay.Machine of
    FUZZ_CONFIG booted the same way."""
    fast = lean.LeanTarget(profile, bugs)
    machine = Machine(FUZZ_CONFIG, profile=profile, bugs=bugs)
    records = boot_records(machine)
    assert records == FuzzTarget(profile=profile, bugs=bugs).boot_records
    boot.seed_pairs(machine.engine, fast.boot_calls)
    machine.set_oracle(True)
    assert not machine.check()
    machine.snapshot()
    assert fast.state_digest() == machine.state_digest()
    assert fast.documented_keys() == {
        c.id << ERRNO_BITS | e for c in CATALOGUE for e in c.errnos(profile)
    }
    run = fast.runner()
    full = Executor(machine.engine, boot.MAX_CALLS, CHECK_INVARIANTS)
    rng = random.Random(5)
    for _ in range(2000):
        data = random_input(rng, 256)
        kind = run(data)
        result = full.run(data)
        assert kind == result.finding
        assert (fast.result.ncalls, fast.result.at, fast.result.detail) == (
            result.ncalls,
            result.at,
            result.detail,
        )


def test_unknown_bugs_and_profiles_are_refused() -> None:
    with pytest.raises(boot.BootError, match="unknown planted bug 'nope'"):
        lean.LeanTarget("doc", ("nope",))
    with pytest.raises(boot.BootError, match="unknown profile"):
        lean.LeanTarget("xen-9")


def test_the_sinks_get_the_features_spec_keys_and_counts() -> None:
    target = lean.LeanTarget()
    run = target.runner()
    features = FeatureArray(BUCKETS)
    spec = bytearray(counters.SPEC_KEYS)
    totals = memoryview(bytearray(16))
    target.executor.report_features(features)
    target.executor.report_counts(totals, spec)
    rng = random.Random(9)
    inputs = [random_input(rng, 256) for _ in range(50)]
    expected_features: set[int] = set()
    expected_spec: set[int] = set()
    calls = 0
    reference = FuzzTarget()
    for data in inputs:
        run(data)
        n = reference.run_fast(data).ncalls
        calls += n
        expected_features |= set(reference.features(n))
        expected_spec |= set(reference.spec_keys(n))
    assert features.set() == expected_features
    assert {i for i in range(counters.SPEC_KEYS) if spec[i]} == expected_spec
    assert tuple(totals.cast("Q")) == (len(inputs), calls)


def test_hostile_inputs_run_without_crashing_and_sinks_stay_in_bounds() -> None:
    target = lean.LeanTarget(bugs=("gref_unchecked",))
    run = target.runner()
    rng = random.Random(13)
    for size in (0, 1, 2, 3, 7, 64, 255, 256, 1000, 5000):
        for _ in range(50):
            run(rng.randbytes(size))
    run(b"\xff" * 4096)
    run(b"\x0f" * 4096)


# ---- the mutator ---------------------------------------------------------------------------


def test_the_c_mutator_is_deterministic_and_keeps_to_the_size_limit() -> None:
    mutate = make_mutator()
    rng = random.Random(3)
    data = random_input(rng, 256)
    for seed in range(3000):
        limit = 1 + seed % 300
        out = mutate(data, limit, seed)
        assert len(out) <= limit
        assert mutate(data, limit, seed) == out
        data = out or random_input(rng, 256)


def test_the_c_mutator_survives_hostile_inputs() -> None:
    mutate = make_mutator()
    rng = random.Random(4)
    for seed in range(2000):
        data = rng.randbytes(rng.randrange(0, 600))
        assert len(mutate(data, 256, seed)) <= 256
    assert len(mutate(b"\xff" * 10000, 4096, 1)) <= 4096


def test_the_c_mutator_makes_call_level_edits() -> None:
    """Most mutations of a well-formed input keep it a sequence of whole calls, and the
    moves insert, delete and keep calls (not only bytes)."""
    mutate = make_mutator()
    rng = random.Random(8)
    counts: list[int] = []
    whole = 0
    for seed in range(2000):
        data = random_input(rng, 10_000)[:200]
        pieces = split_calls(data)
        if b"".join(pieces) != data:
            continue
        out = mutate(data, 256, seed)
        counts.append(len(split_calls(out)) - len(pieces))
        calls = layouts(out)
        whole += not calls or calls[-1].end <= len(out)  # no call cut off at the end
    assert {-1, 0, 1} <= set(counts)
    assert whole / len(counts) > 0.5


# ---- the dictionary ------------------------------------------------------------------------


def _catalogue_entries() -> list[bytes]:
    """The dictionary rebuilt from the Python catalogue (fuzz/dictionary.py's format)."""

    def pick(resource: Resource | None) -> bytes:
        return bytes([POOL, 1 if resource is Resource.DOMAIN else 0])

    def all_ones(bits: int) -> bytes:
        return bytes([LITERAL]) + b"\xff" * ((bits + 7) // 8)

    def args(call_id: int, hostile: bool) -> bytes:
        call = CATALOGUE[call_id]
        out = b""
        for position, arg in enumerate(call.args):
            last = hostile and position == len(call.args) - 1
            if not isinstance(arg, ListArg):
                out += all_ones(arg.bits) if last else pick(arg.uses)
            elif not arg.is_input:
                out += b"\xff" if last else b"\x00"
            else:
                out += b"\x01"  # one element written out, a plain list
                for index, member in enumerate(arg.fields):
                    hostile_field = last and index == len(arg.fields) - 1
                    out += all_ones(member.bits) if hostile_field else pick(member.uses)
        return out

    out = []
    for call in CATALOGUE:
        if call.id not in SELECTOR:
            continue
        head = SELECTOR[call.id].to_bytes(2, "big") + b"\x00"
        out.append(head + args(call.id, False))
        if call.args:
            out.append(head + args(call.id, True))
    out += [bytes([FUZZ_CTRL_SPECIAL, 6]), bytes([SMALL, 0x10]), bytes([POOL, 1]), bytes([POOL, 2])]
    return out


def test_the_c_dictionary_is_the_catalogue_one() -> None:
    assert entries() == _catalogue_entries()


def test_call_ids_by_name_are_the_catalogue_ids() -> None:
    for call in CATALOGUE:
        assert binding.engine().call_id(call.name) == call.id
    assert binding.engine().call_id("no_such_call") == -1


# ---- the harness loop, end to end ----------------------------------------------------------


def test_libfuzzer_sees_the_feature_counters_as_one_module(tmp_path: Path) -> None:
    """The harness registers the engine-set counters, libFuzzer counts them as coverage,
    and the C mutator is the one it uses."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fuzz.harness",
            f"--artifacts={tmp_path}",
            "-runs=3000",
            "-seed=1",
            "-max_len=256",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    log = done.stderr
    # Registered with the first input (as atheris registers its own counters), so the
    # start-up log lists no module: the default build has no native edges.
    assert "inline 8-bit counters" not in log
    assert "found LLVMFuzzerCustomMutator" in log
    final = [line for line in log.splitlines() if "DONE" in line][-1]
    edges = int(final.split("cov: ")[1].split()[0])
    assert edges > 500  # thousands of semantic buckets are reachable; 1 would mean none
    assert "Custom" in log  # the NEW lines' mutation sequences: our mutator made them
    (worker,) = counters.read_all(tmp_path)
    assert worker.execs >= 3000 and worker.calls > worker.execs
    assert worker.spec


def test_feature_counters_need_libfuzzer_loaded() -> None:
    """Outside a fuzzing process there is no libFuzzer to register with: a clear error, and
    nothing registered (so a harness cannot end up registering twice)."""
    counters_array = FeatureCounters()
    with pytest.raises(LibFuzzerMissing):
        counters_array.register()
    assert not counters_array.registered
