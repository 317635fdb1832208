"""The pytest plugin (replay/pytest_plugin.py): ``pytest --haptrace-corpus DIR`` runs every
trace under DIR as a test item.  Each test runs pytest inside pytest (the ``pytester``
fixture) on traces written to a temporary directory."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tracer.format import TraceWriter
from tracer.textform import parse_trace

pytest_plugins = ["pytester"]

HEAD = """\
# haptrace trace v2
profile doc
host arch=x86_64 vendor=intel
domain 1 pages=64
domain 2 pages=64

"""

# The seed's worked example: two domains, one share.
SHARE = HEAD + (
    "memshr_control(domid=1, enable=1) = 0\n"
    "memshr_control(domid=2, enable=1) = 0\n"
    "memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h2\n"
    "memshr_nominate_gfn(domid=2, gfn=0x20) = 0 -> handle=$h3\n"
    "memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$h2,"
    " client_domain=2, client_gfn=0x20, client_handle=$h3) = 0\n"
    "sharing_freed_pages() = 1\n"
    "sharing_used_frames() = 1\n"
)
FREED_LINE = 12  # the line of sharing_freed_pages() in SHARE

# A share given the source's handle for the client page: refused, unless the planted bug
# share_skips_handle_check is on.
HANDLE_CHECK = HEAD + (
    "memshr_control(domid=1, enable=1) = 0\n"
    "memshr_control(domid=2, enable=1) = 0\n"
    "memshr_nominate_gfn(domid=1, gfn=0x10) = 0 -> handle=$h2\n"
    "memshr_nominate_gfn(domid=2, gfn=0x20) = 0 -> handle=$h3\n"
    "# C_HANDLE_INVALID: client_handle is not the handle of the client frame\n"
    "memshr_share_gfns(source_domain=1, source_gfn=0x10, source_handle=$h2,"
    " client_domain=2, client_gfn=0x20, client_handle=$h2) = -1 C_HANDLE_INVALID\n"
)

# Sharing is off: the seed says EINVAL, the 4.2 code ENODEV.
DOC_ONLY = HEAD + "memshr_nominate_gfn(domid=1, gfn=0x10) = -1 EINVAL\n"
BOTH_PROFILES = HEAD + "memshr_nominate_gfn(domid=1, gfn=0x10) = -1 EINVAL @xen-4.2: -1 ENODEV\n"


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def write_binary(root: Path, name: str, text: str) -> Path:
    trace = parse_trace(text)
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with TraceWriter(path, trace.header, sync=False) as writer:
        writer.write_records(trace.records)
    return path


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest in-process; without Hypothesis' plugin, whose summary costs a second."""
    return pytester.runpytest("-p", "no:hypothesispytest", *args)


@pytest.fixture
def corpus(pytester: pytest.Pytester) -> Path:
    """A small corpus: text traces in subdirectories, a msgpack trace, and files that are
    not traces."""
    root = pytester.path / "traces"
    write(root, "sharing/share.trace.txt", SHARE)
    write(root, "sharing/handle-check.trace.txt", HANDLE_CHECK)
    write(root, "profiles/both.trace.txt", BOTH_PROFILES)
    write_binary(root, "recorded/share.trace", SHARE)
    write(root, "README.md", "not a trace\n")
    write(root, "notes.txt", "not a trace either\n")
    return root


def test_the_entry_point_registers_the_plugin() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("haptrace") == "replay.pytest_plugin", (
        "the pytest11 entry point is missing: reinstall with `pip install -e .`"
    )


def test_one_item_per_trace_named_by_its_path_in_the_directory(
    pytester: pytest.Pytester, corpus: Path
) -> None:
    result = run(pytester, "--haptrace-corpus", "traces", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "traces::profiles/both.trace.txt",
            "traces::recorded/share.trace",
            "traces::sharing/handle-check.trace.txt",
            "traces::sharing/share.trace.txt",
            "4 tests collected*",
        ]
    )
    assert result.ret == pytest.ExitCode.OK


def test_a_passing_corpus_passes(pytester: pytest.Pytester, corpus: Path) -> None:
    result = run(pytester, "--haptrace-corpus", "traces")
    result.assert_outcomes(passed=4)
    assert result.ret == pytest.ExitCode.OK


def test_a_flipped_result_fails_with_the_report_naming_the_line(
    pytester: pytest.Pytester, corpus: Path
) -> None:
    flipped = SHARE.replace("sharing_freed_pages() = 1", "sharing_freed_pages() = 2")
    write(corpus, "sharing/share.trace.txt", flipped)
    result = run(pytester, "--haptrace-corpus", "traces")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*share.trace.txt: DIVERGED after 6 calls",
            f"  diverged at call 6, line {FREED_LINE}: sharing_freed_pages (result differs)",
            "    recorded:  = 2",
            "    emulated:  = 1",
            "FAILED traces::sharing/share.trace.txt - Failed: *",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_bad_traces_are_errors_with_a_clear_message(
    pytester: pytest.Pytester, corpus: Path
) -> None:
    write(corpus, "bad/parse.trace.txt", HEAD + "memshr_control(domid=1, enable=x) = 0\n")
    write(corpus, "bad/unknown-call.trace.txt", HEAD + "no_such_call() = 0\n")
    (corpus / "bad" / "garbage.trace").write_bytes(b"\x89HTRACE\n" + b"\x00" * 40)
    result = run(pytester, "--haptrace-corpus", "traces")
    result.assert_outcomes(passed=4, errors=3)
    text = result.stdout.str()
    assert "Traceback" not in text
    result.stdout.fnmatch_lines_random(
        [
            "*ERROR at setup of haptrace replay bad/parse.trace.txt*",
            "*parse.trace.txt: BAD-INPUT after 0 calls",
            "*parse.trace.txt:7:32: enable takes a number, not 'x'",
            "*unknown-call.trace.txt:7:1: unknown call 'no_such_call'*",
            "*ERROR at setup of haptrace replay bad/garbage.trace*",
            "*garbage.trace: BAD-INPUT after 0 calls",
            "ERROR traces::bad/parse.trace.txt - Failed: *",
        ]
    )


def test_an_empty_directory_is_a_collection_error(pytester: pytest.Pytester) -> None:
    (pytester.path / "empty").mkdir()
    result = run(pytester, "--haptrace-corpus", "empty")
    result.stdout.fnmatch_lines(
        ["--haptrace-corpus: *empty: no traces (*.trace, *.trace.txt) in this directory"]
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_a_missing_directory_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = run(pytester, "--haptrace-corpus", "nowhere")
    result.stderr.fnmatch_lines(
        ["*--haptrace-corpus: *nowhere: cannot read: No such file or directory"]
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_the_profile_option_overrides_each_traces_own(pytester: pytest.Pytester) -> None:
    write(pytester.path / "traces", "doc-only.trace.txt", DOC_ONLY)
    write(pytester.path / "traces", "both.trace.txt", BOTH_PROFILES)
    run(pytester, "--haptrace-corpus", "traces").assert_outcomes(passed=2)
    result = run(pytester, "--haptrace-corpus", "traces", "--haptrace-profile", "xen-4.2")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*emulated:  = -1 ENODEV*", "FAILED traces::doc-only.trace.txt*"])


def test_a_trace_that_leaves_the_profile_out_is_skipped_saying_so(
    pytester: pytest.Pytester,
) -> None:
    text = DOC_ONLY.replace("# haptrace trace v2\n", "", 1)
    write(
        pytester.path / "traces", "doc-only.trace.txt", "# haptrace trace v3\nprofiles doc\n" + text
    )
    run(pytester, "--haptrace-corpus", "traces").assert_outcomes(passed=1)
    result = run(pytester, "--haptrace-corpus", "traces", "--haptrace-profile", "xen-4.2", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*NOT-APPLICABLE after 0 calls*"])


def test_planted_bugs_are_turned_on_by_name(pytester: pytest.Pytester, corpus: Path) -> None:
    result = run(
        pytester,
        "--haptrace-corpus",
        "traces",
        "--haptrace-planted-bug",
        "share_skips_handle_check",
    )
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["FAILED traces::sharing/handle-check.trace.txt*"])
    result = run(pytester, "--haptrace-corpus", "traces", "--haptrace-planted-bug", "nope")
    result.stderr.fnmatch_lines(["*--haptrace-planted-bug: unknown planted bug 'nope'; known: *"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_the_corpus_replaces_the_default_collection_but_not_explicit_paths(
    pytester: pytest.Pytester, corpus: Path
) -> None:
    pytester.makepyfile(test_other="def test_other():\n    pass\n")
    run(pytester, "--haptrace-corpus", "traces").assert_outcomes(passed=4)
    both = run(pytester, "test_other.py", "--haptrace-corpus", "traces")
    both.assert_outcomes(passed=5)


def test_keywords_select_traces(pytester: pytest.Pytester, corpus: Path) -> None:
    result = run(pytester, "--haptrace-corpus", "traces", "-k", "handle", "-v")
    result.assert_outcomes(passed=1, deselected=3)
    result.stdout.fnmatch_lines(["traces::sharing/handle-check.trace.txt PASSED*"])


def test_it_runs_from_any_directory(pytester: pytest.Pytester, corpus: Path) -> None:
    elsewhere = pytester.mkdir("elsewhere")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(elsewhere)
        relative = run(pytester, "--haptrace-corpus", "../traces")
        relative.assert_outcomes(passed=4)
        absolute = run(pytester, "--haptrace-corpus", str(corpus), "-q", "--co")
        absolute.stdout.fnmatch_lines(["*traces::recorded/share.trace", "4 tests collected*"])


def test_without_the_option_nothing_is_collected_or_imported(
    pytester: pytest.Pytester, corpus: Path
) -> None:
    """Traces lying about are not collected, and the replay engine and trace readers are
    not even imported (in a fresh interpreter)."""
    pytester.makeconftest(
        """
        import sys

        def pytest_sessionfinish(session):
            loaded = [m for m in ("replay.engine", "tracer.textform", "haptrace.cli")
                      if m in sys.modules]
            active = session.config.pluginmanager.has_plugin("haptrace")
            print("\\nplugin active:", active, "loaded by it:", loaded)
        """
    )
    pytester.makepyfile(test_other="def test_other():\n    pass\n")
    result = pytester.runpytest_subprocess("-s")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["plugin active: True loaded by it: []"])


def test_the_plugin_can_be_disabled(pytester: pytest.Pytester, corpus: Path) -> None:
    result = run(pytester, "-p", "no:haptrace", "--haptrace-corpus", "traces")
    result.stderr.fnmatch_lines(["*unrecognized arguments: --haptrace-corpus*"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR
