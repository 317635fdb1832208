"""``haptrace replay``: every outcome and its exit status, the most severe of many traces,
the JSON and JUnit reports, and parallel replay."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import haptrace.binding.replay
from haptrace.binding._native import ffi, lib
from haptrace.catalogue import BY_NAME
from haptrace.catalogue.errnos import EINVAL
from haptrace.cli import cli
from tracer.format import TraceWriter
from tracer.textform import parse_trace

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
WORKED = CORPUS / "scenarios" / "worked-example.trace.txt"
REPRODUCER = CORPUS / "scenarios" / "bug-nr_saved_underflow.trace.txt"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, ["replay", *args])


def copy(source: Path, directory: Path, name: str | None = None) -> Path:
    target = directory / (name or source.name)
    shutil.copy(source, target)
    return target


def flip(source: Path, directory: Path, old: str, new: str) -> tuple[Path, int]:
    """A copy of ``source`` with the first line containing ``old`` edited; returns the copy
    and the edited line's number."""
    lines = source.read_text().splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if old in line)
    lines[number - 1] = lines[number - 1].replace(old, new)
    target = directory / f"flipped-{source.name}"
    target.write_text("\n".join(lines) + "\n")
    return target, number


def diverged(tmp_path: Path) -> tuple[Path, int]:
    return flip(WORKED, tmp_path, "sharing_freed_pages() = 1", "sharing_freed_pages() = 2")


# ---- 0 pass -----------------------------------------------------------------------------


def test_a_corpus_trace_passes(tmp_path: Path) -> None:
    result = invoke(str(WORKED))
    assert result.exit_code == 0, result.output
    assert "1 traces: 1 pass; exit status 0 (pass)" in result.stdout
    assert result.stderr == ""


def test_a_directory_replays_every_trace_under_it() -> None:
    result = invoke(str(CORPUS / "sharing"), "--json")
    assert result.exit_code == 0, result.output
    traces = json.loads(result.stdout)["traces"]
    assert len(traces) == len(list((CORPUS / "sharing").glob("*.trace.txt")))
    assert {t["outcome"] for t in traces} == {"pass"}


# ---- 3 diverged ---------------------------------------------------------------------------


def test_a_flipped_result_diverges_and_the_report_names_the_line(tmp_path: Path) -> None:
    path, line = diverged(tmp_path)
    result = invoke(str(path))
    assert result.exit_code == 3, result.output
    text = result.stdout
    assert f"{path}: DIVERGED" in text
    assert f", line {line}: sharing_freed_pages (result differs)" in text
    assert "recorded:  = 2" in text and "emulated:  = 1" in text
    assert "the calls before it:" in text and "memshr_share_gfns(" in text
    assert "exit status 3 (diverged)" in text


def test_a_flipped_output_names_the_output(tmp_path: Path) -> None:
    path, line = flip(
        WORKED,
        tmp_path,
        "= 1 -> domid=2, flags=0xffff0022, tot_pages=63",
        "= 1 -> domid=2, flags=0xffff0022, tot_pages=62",
    )
    data = json.loads(invoke(str(path), "--json").stdout)
    divergence = data["traces"][0]["divergence"]
    assert data["exit_status"] == 3
    assert (divergence["line"], divergence["field"], divergence["call"]) == (
        line,
        "tot_pages",
        "domain_getinfo",
    )


def test_a_divergence_shows_the_state_it_touched(tmp_path: Path) -> None:
    path, _ = flip(
        WORKED,
        tmp_path,
        "memshr_debug_gfn(domid=1, gfn=0x10) = 2",
        "memshr_debug_gfn(domid=1, gfn=0x10) = 3",
    )
    data = json.loads(invoke(str(path), "--json").stdout)["traces"][0]["divergence"]
    assert data["recorded"]["rc"] == 3 and data["emulated"]["rc"] == 2
    (before,) = data["before"]
    (after,) = data["after"]
    assert (before["domid"], before["gfn"], before["type"]) == (1, 0x10, "ram_shared")
    assert after["tuples"] == 2


# ---- 4 undocumented -------------------------------------------------------------------------


class _Undocumented:
    """The compiled engine's ``lib``, except that its replay loop treats one (call, errno)
    as undocumented for the profile.

    No call of the shipped engine (nor of any planted bug) returns a code its catalogue
    entry leaves out, so this is how a trace can reach that outcome at all: the recording
    and the emulator agree on a real failure, and the documentation check says no.  The
    loop runs the real ht_replay_columns one record at a time and stops where the C check would.
    """

    def __init__(self, call: str, errno: int) -> None:
        self._call, self._errno = BY_NAME[call].id, errno

    def __getattr__(self, name: str) -> Any:
        return getattr(lib, name)

    def ht_replay_columns(
        self,
        m: Any,
        remap: Any,
        columns: Any,
        n: int,
        first: int,
        every: int,
        flags: int,
        results: Any,
        stop: Any,
    ) -> int:
        for i in range(n):
            one = ffi.new(
                "ht_columns *",
                {
                    "call": columns.call + i,
                    "caller": columns.caller + i if columns.caller != ffi.NULL else ffi.NULL,
                    "vcpu": columns.vcpu + i if columns.vcpu != ffi.NULL else ffi.NULL,
                    "arg": columns.arg + lib.HT_ARGS * i,
                    "rc": columns.rc + i,
                    "err": columns.err + i,
                    "out": columns.out + lib.HT_OUTS * i,
                    "pool": columns.pool,
                    "pool_words": columns.pool_words,
                    "expect_pool": columns.expect_pool,
                },
            )
            out = results + i if results != ffi.NULL else ffi.NULL
            ran = lib.ht_replay_columns(m, remap, one, 1, first + i, every, flags, out, stop)
            if stop.kind != lib.HT_REPLAY_DONE:
                stop.index += i
                return i + int(ran)
            last = lib.ht_last(m)
            if columns.call[i] == self._call and last.rc == -1 and last.err == self._errno:
                stop.index, stop.kind, stop.field = i, lib.HT_REPLAY_UNDOCUMENTED, -1
                stop.recorded = stop.emulated = self._errno
                return i + 1
        stop.index, stop.kind = n, lib.HT_REPLAY_DONE
        return n


@pytest.fixture
def einval_of_debug_gfn_undocumented(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(haptrace.binding.replay, "lib", _Undocumented("memshr_debug_gfn", EINVAL))


UNDOCUMENTED_TRACE = """\
# haptrace trace v2
profile doc
domain 1 pages=64
memshr_control(domid=1, enable=1) = 0
memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h2
memshr_debug_gfn(domid=1, gfn=0x11) = -1 EINVAL
memshr_debug_gfn(domid=1, gfn=0x10) = 1
memshr_debug_gfn(domid=1, gfn=0x12) = -1 EINVAL
sharing_used_frames() = 1
"""


def test_an_undocumented_code_is_reported_even_when_recording_and_emulator_agree(
    tmp_path: Path, einval_of_debug_gfn_undocumented: None
) -> None:
    path = tmp_path / "undocumented.trace.txt"
    path.write_text(UNDOCUMENTED_TRACE)
    result = invoke(str(path))
    assert result.exit_code == 4, result.output
    assert "undocumented code at call 3, line 6: memshr_debug_gfn returned -1 EINVAL" in (
        result.stdout
    )
    assert "exit status 4 (undocumented)" in result.stdout
    report = json.loads(invoke(str(path), "--json").stdout)["traces"][0]
    assert report["calls"] == 6, "an undocumented code does not stop the replay"
    assert [(u["index"], u["line"], u["errno_name"]) for u in report["undocumented"]] == [
        (2, 6, "EINVAL"),
        (4, 8, "EINVAL"),
    ]
    assert report["undocumented"][0]["reason"]


def test_the_real_check_passes_the_same_trace(tmp_path: Path) -> None:
    path = tmp_path / "documented.trace.txt"
    path.write_text(UNDOCUMENTED_TRACE)
    assert invoke(str(path)).exit_code == 0


def test_an_invariant_outranks_an_undocumented_code(
    tmp_path: Path, einval_of_debug_gfn_undocumented: None
) -> None:
    path = tmp_path / "both.trace.txt"
    path.write_text(
        UNDOCUMENTED_TRACE
        + "memshr_nominate_gfn(domid=1, gfn=0x11) = 0 -> handle=$h3\n"
        + "memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$h2,"
        " client_domain=1, client_gfn=0x11, client_handle=$h2) = 0\n"
    )
    result = invoke(str(path), "--planted-bug", "share_skips_handle_check", "--check-every", "1")
    assert result.exit_code == 5, result.output
    assert "undocumented code at call 3" in result.stdout and "sharing.7" in result.stdout


# ---- 5 invariant violated -------------------------------------------------------------------


def test_a_planted_bug_reproducer_violates_an_invariant() -> None:
    result = invoke(str(REPRODUCER), "--planted-bug", "nr_saved_underflow", "--check-every", "1")
    assert result.exit_code == 5, result.output
    assert "INVARIANT" in result.stdout and "sharing.1 violated" in result.stdout
    data = json.loads(
        invoke(
            str(REPRODUCER), "--planted-bug", "nr_saved_underflow", "--check-every", "1", "--json"
        ).stdout
    )
    trace = data["traces"][0]
    assert data["exit_status"] == 5 and trace["outcome"] == "invariant"
    assert [v["invariant"] for v in trace["violations"]] == ["sharing.1"]
    assert trace["calls"] == 6, "the replay stops at the call that broke it"


def test_the_reproducer_passes_without_the_bug() -> None:
    assert invoke(str(REPRODUCER), "--check-every", "1").exit_code == 0


def test_an_unknown_planted_bug_is_bad_input() -> None:
    result = invoke(str(WORKED), "--planted-bug", "nope")
    assert result.exit_code == 6
    assert result.stderr.startswith("haptrace: error: unknown planted bug 'nope'")


# ---- 6 bad input ------------------------------------------------------------------------------

BAD_INPUTS = {
    "corrupt-msgpack": (b"\x89HTRACE\n\x01\x00\x01" + bytes(5) + b"\xc1\xc1\xc1", ".trace"),
    "newer-version": (b"\x89HTRACE\n\x07\x00\x01" + bytes(5), ".trace"),
    "not-a-trace": (b"\x89PNG\r\n\x1a\n" + bytes(40), ".trace"),
    "unparsable-text": (
        b"# haptrace trace v2\nprofile doc\nmemshr_control(domid=1, enable=1) = 0 oops\n",
        ".trace.txt",
    ),
    "unknown-call": (b"# haptrace trace v2\nprofile doc\nmemshr_frobnicate(domid=1) = 0\n", ".txt"),
    "argument-too-wide": (
        b"# haptrace trace v2\nprofile doc\nmemshr_control(domid=0x10000, enable=1) = 0\n",
        ".txt",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_exits_6_with_a_clear_message(tmp_path: Path, kind: str) -> None:
    content, suffix = BAD_INPUTS[kind]
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    result = invoke(str(path))
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    # One error line on stderr; the summary's row says bad-input without repeating it.
    assert result.stderr.startswith(f"haptrace: error: {path}")
    assert result.stderr.count("haptrace: error:") == 1
    assert "bad-input" in result.stdout and "haptrace: error" not in result.stdout
    report = json.loads(invoke(str(path), "--json").stdout)["traces"][0]
    assert report["outcome"] == "bad-input" and report["message"]
    if kind == "unparsable-text":
        assert f"{path}:3:39: unexpected 'oops'" in report["message"]


@pytest.mark.parametrize("kind", ["corrupt-msgpack", "unparsable-text"])
def test_bad_input_prints_one_error_line_on_stderr(tmp_path: Path, kind: str) -> None:
    content, suffix = BAD_INPUTS[kind]
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    result = invoke(str(path))
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("haptrace: error: "), result.stderr


def test_a_missing_file_exits_6_with_one_line_on_stderr(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nowhere.trace"))
    assert result.exit_code == 6
    assert (
        result.stderr == f"haptrace: error: {tmp_path / 'nowhere.trace'}: cannot read:"
        " No such file or directory\n"
    )
    assert result.stdout == ""


def test_an_empty_directory_exits_6(tmp_path: Path) -> None:
    result = invoke(str(tmp_path))
    assert result.exit_code == 6
    assert "no traces" in result.stderr


def test_a_truncated_header_is_bad_input(tmp_path: Path) -> None:
    whole = tmp_path / "whole.trace"
    with TraceWriter(whole, parse_trace(WORKED.read_text()).header, sync=False) as writer:
        writer.write_records(parse_trace(WORKED.read_text()).records)
    cut = tmp_path / "cut.trace"
    cut.write_bytes(whole.read_bytes()[:30])
    result = invoke(str(cut))
    assert result.exit_code == 6 and "Traceback" not in result.output


# ---- many traces: the most severe wins ----------------------------------------------------------


def test_the_most_severe_outcome_wins(tmp_path: Path) -> None:
    flipped, _ = diverged(tmp_path)
    bad = tmp_path / "bad.trace"
    bad.write_bytes(BAD_INPUTS["corrupt-msgpack"][0])
    bug = ["--planted-bug", "nr_saved_underflow", "--check-every", "1"]
    cases = [
        ([WORKED], [], 0),
        ([WORKED, flipped], [], 3),
        ([flipped, WORKED, REPRODUCER], bug, 5),
        ([REPRODUCER, flipped], bug, 5),
        ([REPRODUCER, bad, flipped], bug, 6),
    ]
    for paths, extra, status in cases:
        result = invoke(*map(str, paths), *extra, "--json")
        data = json.loads(result.stdout)
        assert result.exit_code == status == data["exit_status"], (paths, result.output)
        assert len(data["traces"]) == len(paths)


def test_the_summary_table_lists_each_trace(tmp_path: Path) -> None:
    flipped, _ = diverged(tmp_path)
    result = invoke(str(WORKED), str(flipped))
    lines = result.stdout.splitlines()
    summary = lines[lines.index(next(x for x in lines if x.startswith("trace "))) :]
    assert len(summary) == 4
    assert str(WORKED) in summary[1] and "pass" in summary[1]
    assert str(flipped) in summary[2] and "diverged" in summary[2]
    assert summary[3] == "2 traces: 1 diverged, 1 pass; exit status 3 (diverged)"


def test_json_shape(tmp_path: Path) -> None:
    flipped, line = diverged(tmp_path)
    data = json.loads(invoke(str(WORKED), str(flipped), "--json").stdout)
    assert set(data) == {"outcome", "exit_status", "traces"}
    assert (data["outcome"], data["exit_status"]) == ("diverged", 3)
    keys = {
        "trace",
        "outcome",
        "exit_status",
        "profile",
        "calls",
        "truncated",
        "seconds",
        "message",
        "unsupported",
        "undocumented",
        "violations",
        "divergence",
    }
    passed, failed = data["traces"]
    assert set(passed) == set(failed) == keys
    assert (passed["trace"], passed["outcome"], passed["divergence"]) == (str(WORKED), "pass", None)
    assert passed["calls"] == len(parse_trace(WORKED.read_text()).records)
    assert failed["divergence"]["line"] == line
    assert set(failed["divergence"]) == {
        "index",
        "line",
        "call",
        "args",
        "remapped_args",
        "field",
        "caller",
        "recorded_value",
        "emulated_value",
        "recorded",
        "emulated",
        "before",
        "after",
        "context",
    }


def test_profile_option_replays_in_the_other_profile(tmp_path: Path) -> None:
    path = CORPUS / "scenarios" / "doc-vs-code-ring-exists.trace.txt"
    for profile in ("doc", "xen-4.2"):
        data = json.loads(invoke(str(path), "--profile", profile, "--json").stdout)
        assert data["exit_status"] == 0 and data["traces"][0]["profile"] == profile
    # a trace without the alternative results diverges in the other profile
    plain = tmp_path / "plain.trace.txt"
    plain.write_text(path.read_text().replace(" @xen-4.2: -1 EBUSY", ""))
    assert invoke(str(plain)).exit_code == 0
    assert invoke(str(plain), "--profile", "xen-4.2").exit_code == 3


# ---- JUnit and parallel replay ------------------------------------------------------------------


def test_junit_has_one_test_case_per_trace(tmp_path: Path) -> None:
    flipped, _ = diverged(tmp_path)
    bad = tmp_path / "bad.trace.txt"
    bad.write_bytes(BAD_INPUTS["unparsable-text"][0])
    junit = tmp_path / "report.xml"
    result = invoke(str(WORKED), str(flipped), str(bad), "--junit", str(junit))
    assert result.exit_code == 6
    suite = ET.parse(junit).getroot()
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [str(WORKED), str(flipped), str(bad)]
    assert cases[0].find("failure") is None and cases[0].find("error") is None
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "diverged"
    assert "sharing_freed_pages" in (failure.text or "")
    error = cases[2].find("error")
    assert error is not None and error.get("type") == "bad-input"
    assert "unexpected 'oops'" in (error.get("message") or "")


def _without_times(data: dict[str, Any]) -> dict[str, Any]:
    for trace in data["traces"]:
        trace.pop("seconds")
    return data


def test_parallel_replay_gives_the_same_results(tmp_path: Path) -> None:
    flipped, _ = diverged(tmp_path)
    paths = [str(p) for p in sorted((CORPUS / "scenarios").glob("*.trace.txt"))[:8]]
    paths += [str(flipped)]
    serial = invoke(*paths, "--json")
    parallel = invoke(*paths, "--json", "-j", "2")
    assert serial.exit_code == parallel.exit_code == 3
    assert _without_times(json.loads(serial.stdout)) == _without_times(json.loads(parallel.stdout))
    junit = tmp_path / "parallel.xml"
    invoke(*paths, "-j", "2", "--junit", str(junit))
    assert len(ET.parse(junit).getroot().findall("testcase")) == len(paths)


# ---- 7 unsupported ------------------------------------------------------------------------

UNSUPPORTED_TRACE = """\
# haptrace trace v2
profile doc
domain 1 pages=64
memshr_control(domid=1, enable=1) = 0
# dom0 is a PV domain: the engine does not model its trap table (answered unsupported)
set_trap_table(table=0x1000) = -1 UNSUPPORTED
memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h2
set_trap_table(table=0x2000) = -1 UNSUPPORTED
memshr_debug_gfn(domid=1, gfn=0x10) = {debug}
"""


def test_a_call_the_engine_does_not_model_is_counted_apart_never_passed(tmp_path: Path) -> None:
    path = tmp_path / "unsupported.trace.txt"
    path.write_text(UNSUPPORTED_TRACE.format(debug="1"))
    result = invoke(str(path), "--json")
    assert result.exit_code == 7, result.output
    report = json.loads(result.stdout)["traces"][0]
    assert report["outcome"] == "unsupported"
    assert report["calls"] == 5, "an unsupported call does not stop the replay"
    assert report["unsupported"]["calls"] == 2
    assert report["unsupported"]["first_index"] == 1
    assert "not modelled" in report["unsupported"]["first_reason"]
    text = invoke(str(path)).stdout
    assert "2 call(s) took paths the engine does not model and were not checked" in text
    assert "exit status 7 (unsupported)" in text


def test_the_modelled_calls_around_an_unsupported_one_are_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "unsupported.trace.txt"
    path.write_text(UNSUPPORTED_TRACE.format(debug="2"))
    result = invoke(str(path))
    assert result.exit_code == 3, result.output
    assert "memshr_debug_gfn (result differs)" in result.stdout


def test_a_divergence_outranks_unsupported_calls_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.trace.txt").write_text(UNSUPPORTED_TRACE.format(debug="1"))
    copy(diverged(tmp_path)[0], tmp_path, "b.trace.txt")
    (tmp_path / f"flipped-{WORKED.name}").unlink()
    data = json.loads(invoke(str(tmp_path), "--json").stdout)
    assert sorted(t["outcome"] for t in data["traces"]) == ["diverged", "unsupported"]
    assert data["exit_status"] == 3


def test_junit_marks_an_unsupported_trace_skipped(tmp_path: Path) -> None:
    path = tmp_path / "unsupported.trace.txt"
    path.write_text(UNSUPPORTED_TRACE.format(debug="1"))
    junit = tmp_path / "r.xml"
    invoke(str(path), "--junit", str(junit))
    suite = ET.parse(junit).getroot()
    assert suite.get("skipped") == "1" and suite.get("failures") == "0"
    assert suite.find("testcase/skipped") is not None


# ---- 8 not applicable -----------------------------------------------------------------------

LEAVES_OUT_4_17 = """\
# haptrace trace v3
profile doc
profiles doc xen-4.2
domain 1 pages=64
@1.0 current_reservation(domid=0x7ff0) = 64
"""


def test_a_trace_that_leaves_the_profile_out_runs_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "partial.trace.txt"
    path.write_text(LEAVES_OUT_4_17)
    result = invoke(str(path), "--profile", "xen-4.17", "--json")
    assert result.exit_code == 8, result.output
    report = json.loads(result.stdout)["traces"][0]
    assert (report["outcome"], report["calls"]) == ("not-applicable", 0)
    assert "speaks for profiles doc, xen-4.2 only, not xen-4.17" in report["message"]
    text = invoke(str(path), "--profile", "xen-4.17").stdout
    assert "NOT-APPLICABLE after 0 calls" in text
    assert "exit status 8 (not-applicable)" in text
    # In the profiles it names, it replays like any other trace.
    for profile in ("doc", "xen-4.2"):
        assert invoke(str(path), "--profile", profile).exit_code == 0
    # Without --profile, its own profile (doc).
    assert invoke(str(path)).exit_code == 0


def test_not_applicable_gives_way_to_every_other_outcome(tmp_path: Path) -> None:
    (tmp_path / "a.trace.txt").write_text(LEAVES_OUT_4_17)
    (tmp_path / "b.trace.txt").write_text(LEAVES_OUT_4_17.replace("profiles doc xen-4.2\n", ""))
    result = invoke(str(tmp_path), "--profile", "xen-4.17")
    assert result.exit_code == 0, result.output  # a pass beside it: the run is clean
    assert "2 traces: 1 not-applicable, 1 pass; exit status 0 (pass)" in result.stdout
    (tmp_path / "c.trace.txt").write_text(UNSUPPORTED_TRACE.format(debug="1"))
    assert invoke(str(tmp_path), "--profile", "xen-4.17").exit_code == 7


def test_junit_marks_a_not_applicable_trace_skipped_with_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "partial.trace.txt"
    path.write_text(LEAVES_OUT_4_17)
    (tmp_path / "u.trace.txt").write_text(UNSUPPORTED_TRACE.format(debug="1"))
    junit = tmp_path / "r.xml"
    invoke(str(tmp_path), "--profile", "xen-4.17", "--junit", str(junit))
    suite = ET.parse(junit).getroot()
    assert suite.get("skipped") == "2" and suite.get("failures") == "0"
    kinds = sorted(s.get("type", "") for s in suite.iter("skipped"))
    assert kinds == ["not-applicable", "unsupported"]


def test_coverage_counts_no_pair_of_a_trace_that_does_not_apply_and_lists_it_nowhere(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.trace.txt").write_text(LEAVES_OUT_4_17)
    (tmp_path / "b.trace.txt").write_text(LEAVES_OUT_4_17.replace("profiles doc xen-4.2\n", ""))
    result = CliRunner().invoke(cli, ["coverage", str(tmp_path), "--json"])
    assert result.exit_code == 1, result.output  # pairs unreached, no trace failing
    assert [c["failing_traces"] for c in json.loads(result.stdout)] == [[], [], []]
    text = CliRunner().invoke(cli, ["coverage", str(tmp_path), "--profile", "xen-4.17"])
    assert "failing trace" not in text.stdout and text.exit_code == 1
