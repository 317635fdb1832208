"""The project's regression corpus: every trace replays in every profile it speaks for (and
is not applicable in the others), every documented (call, return code) pair is reached,
and every call that expects a failure says why."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from haptrace.catalogue import CATALOGUE, PROFILES
from haptrace.catalogue.errnos import errno_name
from haptrace.catalogue.limits import TRACE_ERRNO_UNSUPPORTED
from haptrace.outcome import Outcome
from replay.coverage import Coverage, measure
from replay.engine import open_source, replay
from replay.report import format_report
from tracer.textform import UNSUPPORTED_NAME, parse_trace

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
TRACES = sorted(CORPUS.rglob("*.trace.txt"))


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def test_the_corpus_has_traces() -> None:
    assert TRACES, "corpus/ holds no *.trace.txt traces"


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("path", TRACES, ids=_id)
def test_trace_replays(path: Path, profile: str) -> None:
    source = open_source(path)
    applies = source.header.applies_to(profile)
    report = replay(source, profile=profile, check_every=1)
    # A trace whose profiles line leaves the profile out runs nothing there, and says so.
    expected = Outcome.PASS if applies else Outcome.NOT_APPLICABLE
    assert report.outcome is expected, format_report(report)


def test_few_traces_leave_a_profile_out() -> None:
    """Declared applicability is for calls that do not exist in a profile, not a way to
    skip a trace that fails there: the list is short and each one is named here."""
    partial = {
        _id(p): parse_trace(p.read_text(), str(p)).header.profiles
        for p in TRACES
        if parse_trace(p.read_text(), str(p)).header.profiles
    }
    # XENMEM_exchange_and_pin and XENMEM_unpin are memory_op 26 and 27, which 4.17 gives
    # to XENMEM_get_vnumainfo and XENMEM_reserved_device_memory_map (public/memory.h,
    # RELEASE-4.17.0).
    assert partial == {
        "exchange/not-implemented.trace.txt": ("doc", "xen-4.2"),
        "exchange/pin.trace.txt": ("doc", "xen-4.2"),
        # 4.2 has no PVH domain 0, whose mmuext_op this trace needs; its guest's ENOSYS for
        # these calls is pvonly/hvm-guest.trace.txt's.
        "xen-4.17/hvm-mmuext-vm-assist.trace.txt": ("xen-4.17",),
        # The doc wake's way to mem_access_disable's EBUSY (4.2 cannot get there); 4.17's
        # 8-slot ring and wake reach it another way (xen-4.17/access-disable-busy).
        "access/disable-waiters.trace.txt": ("doc", "xen-4.2"),
        # memshr_ring_disable's EBUSY with a guest vcpu asleep on the sharing ring: 4.17
        # never puts one there (mem_sharing_notify_enomem is always called with allow_sleep
        # false), and its EBUSY is out of 4.17's codes.
        "sharing/ring-full.trace.txt": ("doc", "xen-4.2"),
        # 4.2's table starts with 4 frames, 4.17's with 1 (INITIAL_NR_GRANT_FRAMES): each
        # fills its own (xen-4.17/grant-table-full is 4.17's).
        "guest/grant-table-full.trace.txt": ("doc", "xen-4.2"),
        "xen-4.17/grant-table-full.trace.txt": ("xen-4.17",),
        # It grows 4.17's one-frame table with GNTTABOP_setup_table once it is full; 4.2's
        # four frames would need 2048 grants first.
        "xen-4.17/grant-table-grow.trace.txt": ("xen-4.17",),
    }


FAMILIES = sorted({call.family.value for call in CATALOGUE if any(call.codes.values())})


@functools.cache
def _coverage(profile: str) -> Coverage:
    """The corpus's coverage in ``profile``, measured once for every family's test."""
    return measure(TRACES, profile)


# Documented pairs Xen reaches through a mechanism the engine does not model, named with
# why; the test checks each is still unreached (and not counted as a gap of its family).
# Documented pairs no trace can reach in a profile, each with why; a gap that closes must
# leave.  mem_access_disable's EBUSY in xen-4.2 was one: it is out of the catalogue's 4.2
# codes now (haptrace/catalogue/access.py, _WAITERS_BUSY: 4.2 never lets a guest vcpu sleep
# on the access ring with no more vcpus than slots), and the doc profile's wake reaches it
# (corpus/access/disable-waiters.trace.txt).
MODEL_GAPS: dict[str, str] = {}
# The profiles each gap is one of.
MODEL_GAP_PROFILES: dict[str, tuple[str, ...]] = {}
FAMILY_OF_CALL = {
    family: {call.name for call in CATALOGUE if call.family.value == family}
    for family in {call.family.value for call in CATALOGUE}
}


@pytest.mark.parametrize(
    ("profile", "family"),
    [pytest.param(p, f, id=f"{p}-{f}") for p in PROFILES for f in FAMILIES],
)
def test_every_documented_pair_is_reached(profile: str, family: str) -> None:
    """Per family, so a family whose corpus is complete shows it while another's is not."""
    coverage = _coverage(profile)
    # A trace that does not speak for the profile ran nothing there: it reaches no pair.
    failing = [
        r.name for r in coverage.reports if r.outcome not in (Outcome.PASS, Outcome.NOT_APPLICABLE)
    ]
    assert not failing, f"traces that do not pass in {profile}: {failing}"
    missing = [
        f"{CATALOGUE[call].name} {errno_name(errno, family == 'sharing')}"
        for call, errno in coverage.missing()
        if CATALOGUE[call].family.value == family
    ]
    gaps = [
        pair
        for pair in MODEL_GAPS
        if pair.split()[0] in FAMILY_OF_CALL[family] and profile in MODEL_GAP_PROFILES[pair]
    ]
    for pair in gaps:  # a gap that closes must leave MODEL_GAPS
        assert pair in missing, f"{pair} is reached now: remove it from MODEL_GAPS"
    missing = [pair for pair in missing if pair not in gaps]
    assert not missing, f"{len(missing)} {family} pairs unreached in {profile}: {missing}"


@pytest.mark.parametrize("path", TRACES, ids=_id)
def test_failing_calls_name_their_condition(path: Path) -> None:
    """A call that expects a failure carries a comment naming the errno and why."""
    trace = parse_trace(path.read_text(), str(path))
    for record, line in zip(trace.records, trace.record_lines, strict=True):
        sharing = record.spec.family.value == "sharing"
        for profile in filter(trace.header.applies_to, PROFILES):
            expected = record.expected(profile)
            if expected.rc != -1:
                continue
            # An unsupported result ("-1 UNSUPPORTED") names the path the engine does not model.
            unsupported = expected.errno == TRACE_ERRNO_UNSUPPORTED
            name = UNSUPPORTED_NAME if unsupported else errno_name(expected.errno, sharing)
            text = f"{record.note}\n{record.remark}"
            assert name in text, (
                f"{path}:{line}: {record.spec.name} expects {name} in {profile}"
                " but no comment names it and its condition"
            )
