"""Resource remapping: handles, grant references, ports and mappings that the recording host
chose are bound to the ones the emulator hands out (grant references and ports per
domain), values no call produced pass through as literals, and an output that disagrees
with the binding diverges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from haptrace.cli import cli
from haptrace.outcome import Outcome
from replay.engine import replay, source_from_trace
from replay.report import format_report
from tracer.textform import parse_trace

HEAD = """\
# haptrace trace v2
profile doc
domain 1 pages=64
domain 2 pages=64
"""
SHARE = """\
memshr_control(domid=1, enable=1) = 0
memshr_control(domid=2, enable=1) = 0
memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h{a}
memshr_nominate_gfn(domid=2, gfn=0x10) = 0 -> handle=$h{b}
memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$h{a}, \
client_domain=2, client_gfn=0x10, client_handle=$h{b}) = 0
# the client's gfn now resolves to the source handle
memshr_nominate_gfn(domid=2, gfn=0x10) = 0 -> handle=$h{a}
memshr_nominate_gfn(domid=1, gfn=0x11) = 0 -> handle=$h{c}
memshr_share_gfns(source_domain=1, source_gfn=0x11, source_handle=$h{c}, \
client_domain=1, client_gfn=0x10, client_handle=$h{a}) = 0
memshr_debug_gfn(domid=2, gfn=0x10) = 3
"""
# Grant references and ports are numbered per domain on every host: the recording gave
# domain 1's second reference and domain 2's first the same number, 101, and the same for
# the ports, while the emulator numbers them 1 and 0 (ports 2 and 1).  A map keyed by value
# alone would send domain 1's 101 to domain 2's reference and fail.
PER_DOMAIN = """\
grant_access(domid=1, gfn=0x20) = 0 -> gref=$r{r0}
grant_access(domid=1, gfn=0x21) = 0 -> gref=$r{r1}
grant_access(domid=2, gfn=0x30) = 0 -> gref=$r{r1}
memshr_nominate_gfn(domid=1, gfn=0x21) = 0 -> handle=$h{d}
memshr_debug_gref(domid=1, gref=$r{r1}) = 1
# EINVAL: domain 2's gfn 0x30 is not shared
memshr_debug_gref(domid=2, gref=$r{r1}) = -1 EINVAL
grant_map(domid=2, gref=$r{r1}, writable=0) = 0 -> mapping=$m{m0}
memshr_nominate_gref(domid=2, gref=$r{r1}) = 0 -> handle=$h{e}
set_hvm_param(dom=1, param=sharing_ring_pfn, value=0x3f) = 0
set_hvm_param(dom=1, param=paging_ring_pfn, value=0x3e) = 0
set_hvm_param(dom=2, param=paging_ring_pfn, value=0x3f) = 0
memshr_ring_enable(domid=1) = 0 -> port=$p{p0}
mem_paging_enable(domain_id=1) = 0 -> port=$p{p1}
mem_paging_enable(domain_id=2) = 0 -> port=$p{p1}
memshr_ring_disable(domid=1) = 0
evtchn_send(domid=1, port=$p{p1}) = 0
evtchn_send(domid=2, port=$p{p1}) = 0
foreign_map(domid=1, gfn=0x30, writable=0) = 0 -> mapping=$m{m1}
foreign_map(domid=1, gfn=0x31, writable=0) = 0 -> mapping=$m{m2}
foreign_unmap(mapping=$m{m2}) = 0
foreign_unmap(mapping=$m{m1}) = 0
grant_unmap(mapping=$m{m0}) = 0
"""
# What the emulator hands out, and a recording host's numbering of the same resources.
EMULATOR = {"a": 2, "b": 3, "c": 4, "d": 5, "e": 6, "r0": 0, "r1": 1, "p0": 1, "p1": 2}
EMULATOR |= {"m0": 0, "m1": 1, "m2": 2}
OFFSET = {"a": 1002, "b": 1003, "c": 1004, "d": 1005, "e": 1006, "r0": 100, "r1": 101}
OFFSET |= {"p0": 5, "p1": 8, "m0": 70, "m1": 50, "m2": 51}


def trace_text(numbers: dict[str, int], body: str = SHARE + PER_DOMAIN) -> str:
    return HEAD + body.format(**numbers)


def run(text: str) -> tuple[Outcome, str]:
    report = replay(source_from_trace(parse_trace(text)), check_every=1)
    return report.outcome, format_report(report)


def test_the_emulator_numbering_replays() -> None:
    outcome, report = run(trace_text(EMULATOR))
    assert outcome is Outcome.PASS, report


def test_a_trace_with_offset_and_renumbered_resources_replays_clean() -> None:
    outcome, report = run(trace_text(OFFSET))
    assert outcome is Outcome.PASS, report


def test_per_domain_numbers_are_really_needed() -> None:
    """The domain 1 reference 101 is the emulator's reference 1; passed through unmapped
    (the emulator's 0 of domain 2, by a value-only map) it names another page."""
    literal = dict(OFFSET)
    text = trace_text(literal).replace(
        "memshr_debug_gref(domid=1, gref=$r101) = 1", "memshr_debug_gref(domid=1, gref=0) = 1"
    )
    outcome, report = run(text)
    assert outcome is Outcome.DIVERGED, report


@pytest.mark.parametrize("offset", [1, 1000, 2**40, 2**63])
def test_any_handle_numbering_replays(offset: int) -> None:
    numbers = dict(EMULATOR)
    numbers.update({k: v + offset for k, v in EMULATOR.items() if k in "abcde"})
    outcome, report = run(trace_text(numbers))
    assert outcome is Outcome.PASS, report


def test_the_cli_replays_the_offset_trace_in_both_forms(tmp_path: Path) -> None:
    text = tmp_path / "offset.trace.txt"
    text.write_text(trace_text(OFFSET))
    binary = tmp_path / "offset.trace"
    runner = CliRunner()
    assert runner.invoke(cli, ["compile", str(text), "-o", str(binary)]).exit_code == 0
    result = runner.invoke(cli, ["replay", str(text), str(binary), "--check-every", "1"])
    assert result.exit_code == 0, result.output


def test_a_nominate_returning_another_handle_diverges() -> None:
    """After 1002 is bound to the emulator's 2 and 1004 to 4, a recording that says the
    nominate of gfn 0x11 returned 1002 disagrees with the emulator's 4."""
    body = SHARE.replace(
        "memshr_nominate_gfn(domid=1, gfn=0x11) = 0 -> handle=$h{c}",
        "memshr_nominate_gfn(domid=1, gfn=0x11) = 0 -> handle=$h{c}\n"
        "memshr_nominate_gfn(domid=1, gfn=0x11) = 0 -> handle=$h{a}",
    )
    report = replay(source_from_trace(parse_trace(trace_text(OFFSET, body))))
    assert report.outcome is Outcome.DIVERGED
    divergence = report.divergence
    assert divergence is not None and divergence.field == "handle"
    assert divergence.record.outputs == (1002,) and divergence.emulated.outputs == (4,)
    assert "handle differs" in format_report(report)


def test_a_new_handle_recorded_as_an_old_one_diverges() -> None:
    """A fresh nominate whose recorded handle is already bound to another frame."""
    body = SHARE.replace("handle=$h{c}\n", "handle=$h{b}\n", 1)
    outcome, report = run(trace_text(OFFSET, body))
    assert outcome is Outcome.DIVERGED and "handle differs" in report


def test_a_value_no_call_produced_passes_through_as_a_literal(tmp_path: Path) -> None:
    """The divergence report shows the arguments as recorded and as remapped: bound
    handles are rewritten, the unbound one is passed through."""
    body = SHARE + (
        "memshr_share_gfns(source_domain=1, source_gfn=0x11, source_handle=$h{c},"
        " client_domain=2, client_gfn=0x12, client_handle=77) = 0\n"
    )
    path = tmp_path / "literal.trace.txt"
    path.write_text(trace_text(OFFSET, body))
    result = CliRunner().invoke(cli, ["replay", str(path), "--json"])
    assert result.exit_code == 3
    divergence = json.loads(result.stdout)["traces"][0]["divergence"]
    assert divergence["args"] == [1, 0x11, 1004, 2, 0x12, 77]
    assert divergence["remapped_args"] == [1, 0x11, 4, 2, 0x12, 77]
    assert divergence["emulated"]["errno"] == 9  # C_HANDLE_INVALID: 0x12 is not shared
    text = CliRunner().invoke(cli, ["replay", str(path)]).stdout
    assert "remapped:  source_handle 0x3ec -> 0x4" in text


def test_ports_and_references_of_the_other_domain_stay_apart() -> None:
    """Domain 2's reference 101 after domain 1's: each domain keeps its own binding, and a
    reference only one domain produced is a literal in the other."""
    text = trace_text(OFFSET) + "memshr_debug_gref(domid=2, gref=$r100) = -1 EINVAL\n"
    outcome, report = run(text)
    assert outcome is Outcome.PASS, report
