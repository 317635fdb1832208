"""Findings: a fuzz input that breaks an invariant is minimised and written as artifacts (a
trace in both forms, finding.json, the input) that replay clean on the correct engine and
are flagged with the planted bug on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from fuzz.encode import encode
from fuzz.findings import FindingStore
from fuzz.minimize import INVARIANT
from fuzz.target import FuzzTarget
from haptrace.catalogue import BY_NAME
from haptrace.catalogue.limits import RAW_UNSUPPORTED
from haptrace.cli import cli
from replay.engine import open_source, replay
from tracer.format import read_trace
from tracer.model import Record
from tracer.textform import parse_trace

BUG = "resume_no_ring"


def _call(name: str, *args: int) -> Record:
    return Record(BY_NAME[name].id, args, 0, 0)


# On the booted fuzz machine, domain 1 shares but has no sharing ring: resume spins with the
# bug on.  Padding before and after it.
INPUT = encode(
    [
        _call("guest_write", 1, 0x12, 5, 0),
        _call("memshr_nominate_gfn", 1, 0x13),
        _call("grant_access", 2, 0x14, 0),
        _call("memshr_debug_gfn", 1, 0x13),
        _call("memshr_domain_resume", 1),
        _call("memshr_nominate_gfn", 1, 0x15),
    ]
)


@pytest.fixture(scope="module")
def finding(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    artifacts = tmp_path_factory.mktemp("artifacts")
    target = FuzzTarget(bugs=(BUG,))
    outcome = target.run(INPUT)
    assert (outcome.finding, outcome.at) == (INVARIANT, 4)
    store = FindingStore(target, artifacts)
    assert store.is_new(outcome)
    found = store.record(INPUT, outcome)
    assert found is not None
    assert store.record(INPUT, outcome) is None, "the same finding is written once"
    assert not store.is_new(outcome)
    return found.directory, json.loads((found.directory / "finding.json").read_text())


def test_the_artifacts_are_written(finding: tuple[Path, dict[str, object]]) -> None:
    directory, _ = finding
    assert directory.name == "finding-inv-host.liveness-memshr_domain_resume"
    assert sorted(p.name for p in directory.iterdir()) == [
        "finding.json",
        "input.bin",
        "trace.trace",
        "trace.trace.txt",
    ]
    assert (directory / "input.bin").read_bytes() == INPUT
    text = parse_trace((directory / "trace.trace.txt").read_text())
    assert read_trace(directory / "trace.trace") == text
    assert text.header.bugs == (BUG,)


def test_finding_json(finding: tuple[Path, dict[str, object]]) -> None:
    directory, data = finding
    assert data["kind"] == "invariant"
    assert data["call"] == "memshr_domain_resume"
    assert data["description"] == (
        "invariant host.liveness violated by memshr_domain_resume: no hypercall spins forever"
    )
    assert "no sharing ring" in str(data["reason"])
    assert data["calls_found"] == 5 and data["calls_minimized"] == 1
    assert data["replay_flags"] is True and data["replay_clean_passes"] is True
    assert data["directory"] == str(directory)
    assert data["replay"] == f"haptrace replay {directory / 'trace.trace'} --planted-bug {BUG}"
    assert isinstance(data["seconds"], float) and isinstance(data["detail"], int)


def test_the_trace_is_the_boot_sequence_and_the_minimised_calls(
    finding: tuple[Path, dict[str, object]],
) -> None:
    directory, _ = finding
    trace = read_trace(directory / "trace.trace")
    boot = FuzzTarget().boot_records
    assert trace.records[: len(boot)] == boot
    assert [r.spec.name for r in trace.records[len(boot) :]] == ["memshr_domain_resume"]


@pytest.mark.parametrize("name", ["trace.trace", "trace.trace.txt"])
def test_the_trace_replays_clean_and_is_flagged_with_the_bug(
    finding: tuple[Path, dict[str, object]], name: str
) -> None:
    path = finding[0] / name
    assert int(replay(open_source(path)).outcome) == 0
    flagged = replay(open_source(path), bugs=[BUG])
    assert int(flagged.outcome) == 5
    assert [v.invariant for v in flagged.violations] == ["host.liveness"]
    runner = CliRunner()
    assert runner.invoke(cli, ["replay", str(path)]).exit_code == 0
    assert runner.invoke(cli, ["replay", str(path), "--planted-bug", BUG]).exit_code == 5


# ---- a finding with lists and callers ----------------------------------------------------------

LIST_BUG = "nr_saved_underflow"


def _refused_decrease() -> bytes:
    """A decrease whose list is past its limit (the engine refuses it: no handler runs)."""
    from test_grammar import DOM0, head, pool, sel, small

    from haptrace.catalogue.limits import FUZZ_LIST_BEYOND

    return (
        sel("decrease_reservation")
        + DOM0
        + small(1)
        + pool()
        + small(0)
        + head(FUZZ_LIST_BEYOND, 1)
        + small(0x10)
    )


def test_a_guests_list_finding_is_written_with_its_caller_and_shrunk_list(
    tmp_path: Path,
) -> None:
    """Guest 2, at max_pages 0, balloons out its shared gfn among others with DOMID_SELF: the
    unshare cannot allocate and the bug under-counts.  The refused call goes, the list shrinks
    to the shared gfn, and the trace names the guest as the caller."""
    from haptrace.catalogue.limits import DOMID_SELF

    decrease = Record(
        BY_NAME["decrease_reservation"].id, (DOMID_SELF, 3, 0, (0x15, 0x8, 0x16)), 0, 0, caller=2
    )
    data = (
        encode([_call("guest_write", 1, 0x12, 5, 0), _call("domain_setmaxmem", 2, 0)])
        + _refused_decrease()
        + encode([decrease, _call("memshr_nominate_gfn", 1, 0x15)])
    )
    target = FuzzTarget(bugs=(LIST_BUG,))
    outcome = target.run(data)
    assert (outcome.finding, outcome.at) == (INVARIANT, 3)
    found = FindingStore(target, tmp_path).record(data, outcome)
    assert found is not None and found.calls_found == 4 and found.calls_minimized == 2
    trace = read_trace(found.directory / "trace.trace")
    last = trace.records[-1]
    assert (last.spec.name, last.caller, last.args[0], last.args[3]) == (
        "decrease_reservation",
        2,
        DOMID_SELF,
        (0x8,),
    )
    text = (found.directory / "trace.trace.txt").read_text()
    assert parse_trace(text) == trace
    assert "@2.0 decrease_reservation(" in text
    assert int(replay(open_source(found.directory / "trace.trace")).outcome) == 0
    flagged = replay(open_source(found.directory / "trace.trace.txt"), bugs=[LIST_BUG])
    assert int(flagged.outcome) == 5


# ---- findings the minimiser used to drop, and the boot's guest calls in a trace ----------------


def _written(bug: str, data: bytes, tmp_path: Path) -> Path:
    """The finding ``data`` makes with ``bug`` on, recorded: its trace replays clean on the
    correct engine and is flagged with the bug on."""
    target = FuzzTarget(bugs=(bug,))
    outcome = target.run(data)
    assert outcome.finding == INVARIANT
    found = FindingStore(target, tmp_path).record(data, outcome)
    assert found is not None, "the finding was not written"
    path = found.directory / "trace.trace.txt"
    assert int(replay(open_source(path)).outcome) == 0
    assert int(replay(open_source(path), bugs=[bug]).outcome) == 5
    return path


def test_a_finding_with_a_fixed_length_output_list_is_written(tmp_path: Path) -> None:
    """xen_version's 64-byte buffer: the minimiser keeps its room (a trace cannot give a
    fixed-length list less), where it used to try 0 and drop the finding."""
    xenver = Record(BY_NAME["xenver_changeset"].id, (64,), 0, 0)  # the room it gives
    path = _written("xen_version_stack_leak", encode([xenver]), tmp_path)
    assert "xenver_changeset(" in path.read_text()


def test_a_multicall_finding_is_written(tmp_path: Path) -> None:
    """A batch of one entry on the fuzz machine (hypercall_preempt on) with
    multicall_preempt_first: shrinking its in/out list below what the call wrote into it
    is no candidate (it used to raise and drop the finding)."""
    entry = (BY_NAME["xenver_version"].id, 0, 0, 0, 0, 0, 0, 0)
    multicall = Record(BY_NAME["multicall"].id, ((entry, entry), 2), 0, 0)
    path = _written("multicall_preempt_first", encode([multicall]), tmp_path)
    assert "multicall(" in path.read_text()


def test_a_tmem_finding_replays_on_the_boots_tmem_pools(tmp_path: Path) -> None:
    """The boot's guest calls (tmem pools, with their lists and callers) are in the trace,
    which replays: a destroy of slot 16 is one call (the minimiser makes domain 0 its
    caller, whose client the op makes)."""
    destroy = Record(BY_NAME["tmem_destroy_pool"].id, (16,), 0, 0, caller=1)
    path = _written("tmem_destroy_pool_unchecked", encode([destroy]), tmp_path)
    text = path.read_text()
    assert "@1.0 tmem_new_pool(uuid=[0x7, 0x0]" in text
    assert text.endswith("tmem_destroy_pool(pool_id=16) = 0\n")


def test_a_finding_in_a_batch_answered_unsupported_is_written(tmp_path: Path) -> None:
    """A multicall whose first entry the engine cannot run (it takes a list) and whose second
    nests a batch: the nesting is found (multicall_reentry), and the batch is answered
    unsupported.  The finding path dropped every call answered unsupported as refused (its
    raw result lies in the refusal range), so the sequence lost the batch, did not reproduce,
    and the finding was never reported (a 60 s trial missed the bug so).  The batch comes
    after a call with a list of its own: the nested entry names its batch relative to it."""
    unsupported = (BY_NAME["decrease_reservation"].id, 1, 1, 0, 0, 0, 0, 0)
    nested = (BY_NAME["multicall"].id, 2, 0, 0, 0, 0, 0, 0)
    batch = Record(BY_NAME["multicall"].id, ((unsupported, nested), 2), 0, 0)
    decrease = Record(BY_NAME["decrease_reservation"].id, (1, 1, 0, (0x10,)), 0, 0)
    data = encode([decrease, batch])
    outcome = FuzzTarget(bugs=("multicall_reentry",)).run(data)
    assert outcome.at == 1 and outcome.raws[1] == RAW_UNSUPPORTED
    text = _written("multicall_reentry", data, tmp_path).read_text()
    assert "multicall(calls=[" in text


def test_a_finding_that_cannot_be_minimised_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Minimising failing is a bug of ours, not the subject's innocence: the harness keeps
    the input and the error, and reports the finding with the error (before, it kept them
    quietly and reported nothing, and the run read as clean)."""
    from types import SimpleNamespace

    import fuzz.findings
    from fuzz.harness import _Findings

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("minimiser broke")

    monkeypatch.setattr(fuzz.findings, "minimize", broken)
    options = SimpleNamespace(profile="doc", planted_bug=[BUG], test_hook=[], stop_on_finding=False)
    stats = SimpleNamespace(started=0.0, findings=[])
    findings = _Findings(options, tmp_path, stats)  # type: ignore[arg-type]
    outcome = FuzzTarget(bugs=(BUG,)).run(INPUT)
    assert outcome.finding == INVARIANT
    findings.handle(INPUT, outcome.finding, 1.5)
    [report] = stats.findings
    assert report["error"] == "RuntimeError: minimiser broke" and report["seconds"] == 1.5
    assert report["calls_minimized"] is None and report["call"] == "memshr_domain_resume"
    directory = Path(report["directory"])
    assert (directory / "input.bin").read_bytes() == INPUT
    assert "minimiser broke" in (directory / "error.txt").read_text()
    written = [json.loads(line) for line in (tmp_path / "findings.jsonl").read_text().splitlines()]
    assert written == [report]


def test_a_finding_written_twice_into_one_directory_is_whole(tmp_path: Path) -> None:
    """Two stores (two workers of --jobs) record the same finding into one artifacts
    directory: the second replaces the first whole, and no staging directory stays.  Each
    writes its own staging directory and renames it into place; in one shared directory, a
    worker's rename of its trace.trace.incomplete moved the other's away (FileNotFoundError,
    reported as a finding not minimised)."""
    target = FuzzTarget(bugs=(BUG,))
    outcome = target.run(INPUT)
    first = FindingStore(target, tmp_path).record(INPUT, outcome)
    second = FindingStore(target, tmp_path).record(INPUT, outcome)
    assert first is not None and second is not None
    assert first.directory == second.directory
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.directory.name]
    assert sorted(p.name for p in first.directory.iterdir()) == [
        "finding.json",
        "input.bin",
        "trace.trace",
        "trace.trace.txt",
    ]
    assert read_trace(first.directory / "trace.trace").records


def test_a_stale_staging_directory_is_not_published(tmp_path: Path) -> None:
    """A staging directory a killed worker of the same pid left is cleared before use: the
    finding published holds only this record's files."""
    target = FuzzTarget(bugs=(BUG,))
    outcome = target.run(INPUT)
    name = "finding-inv-host.liveness-memshr_domain_resume"
    stale = tmp_path / f".{name}.{os.getpid()}.partial"
    stale.mkdir()
    (stale / "leftover").write_text("x")
    found = FindingStore(target, tmp_path).record(INPUT, outcome)
    assert found is not None and not (found.directory / "leftover").exists()
    assert not stale.exists()
