"""A pytest plugin that runs a directory of traces as tests: ``pytest --haptrace-corpus DIR``.

It is registered through the ``pytest11`` entry point (plugin name ``haptrace``), so it
is active wherever haptrace is installed; ``-p no:haptrace`` turns it off.

1. ``--haptrace-corpus DIR`` (repeatable) names a directory of traces: every ``*.trace``
   (msgpack) and ``*.trace.txt`` (text form) file under it, found by the rule
   ``haptrace replay`` uses, becomes one test item named by its path relative to DIR.
   ``DIR`` is relative to the directory pytest was started in, like a path argument.
2. Without path arguments, ``pytest --haptrace-corpus DIR`` runs the corpus alone: the
   ``testpaths`` or the current directory are not collected.  With path arguments
   (``pytest tests/ --haptrace-corpus DIR``) both run.
3. Setting an item up replays its trace (``replay.engine.replay``, in the trace's own
   profile or ``--haptrace-profile``, with the ``--haptrace-planted-bug`` bugs on, and
   replay's default invariant checks: after every call while that is cheap, and at the
   end).  A trace that cannot be read or replayed (bad input: the outcome ``bad-input``)
   fails there, so pytest reports an *error*, as ``haptrace replay --junit`` does.
4. Running the item judges the replay: it passes on ``pass`` and fails with the
   divergence report (``replay.report.format_report``) on ``diverged``,
   ``undocumented`` or ``invariant``.

Without ``--haptrace-corpus`` the plugin only registers its options and collects nothing;
replay.engine, the trace readers and the file rule (tracer.paths) are imported only when a
corpus is given.  Loading this module does not load the C engine (the ``replay`` package
imports its modules on first use).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from haptrace.catalogue import PROFILES
from haptrace.errors import InputError
from haptrace.outcome import Outcome

if TYPE_CHECKING:
    from .engine import ReplayReport

_FAILED = (Outcome.DIVERGED, Outcome.UNDOCUMENTED, Outcome.INVARIANT)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("haptrace", "haptrace trace replay")
    group.addoption(
        "--haptrace-corpus",
        action="append",
        default=[],
        metavar="DIR",
        help="Replay every trace under DIR (*.trace, *.trace.txt) as one test each;"
        " repeatable.  Without path arguments only the traces are collected.",
    )
    group.addoption(
        "--haptrace-profile",
        choices=PROFILES,
        default=None,
        help="Replay in this profile (default: each trace's own).",
    )
    group.addoption(
        "--haptrace-planted-bug",
        action="append",
        default=[],
        metavar="NAME",
        help="Turn a planted bug on while replaying (see `haptrace bugs`); repeatable.",
    )


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("haptrace_corpus"):
        return
    bugs = config.getoption("haptrace_planted_bug")
    if bugs:
        from haptrace.binding.machine import bug_mask

        try:
            bug_mask(bugs)
        except InputError as exc:
            raise pytest.UsageError(f"--haptrace-planted-bug: {exc}") from None
    for directory in _corpus_dirs(config):
        if not directory.exists():
            raise pytest.UsageError(
                f"--haptrace-corpus: {directory}: cannot read: No such file or directory"
            )
    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        # No path arguments: the corpus is what the user asked to run, not the testpaths.
        config.args = []


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    # tryfirst: the items must be there before -k, -m and --deselect filter the list.
    seen: set[Path] = set()
    for directory in _corpus_dirs(config):
        if directory.resolve() in seen:
            continue
        seen.add(directory.resolve())
        collector = CorpusCollector.from_parent(
            session,
            name=_node_name(session, directory),
            nodeid=_node_name(session, directory),
            path=directory,
        )
        items.extend(session.genitems(collector))


def _corpus_dirs(config: pytest.Config) -> list[Path]:
    """The --haptrace-corpus directories, relative ones taken from the invocation dir."""
    start = config.invocation_params.dir
    return [start / Path(name) for name in config.getoption("haptrace_corpus")]


def _node_name(session: pytest.Session, directory: Path) -> str:
    """The collector's node id: the directory relative to the rootdir, as pytest names
    files, so that ids (and --lf) do not depend on where pytest was started."""
    return os.path.relpath(directory.resolve(), session.config.rootpath)


class CorpusCollector(pytest.Collector):
    """One --haptrace-corpus directory: an item per trace under it."""

    def collect(self) -> list[pytest.Item | pytest.Collector]:
        from tracer.paths import expand

        directory = self.path
        try:
            paths = expand((str(directory),))
        except InputError as exc:
            raise self.CollectError(f"--haptrace-corpus: {exc}") from None
        out: list[pytest.Item | pytest.Collector] = []
        for path in paths:
            name = path.relative_to(directory).as_posix() if path != directory else path.name
            out.append(TraceItem.from_parent(self, name=name, path=path))
        return out


class TraceItem(pytest.Item):
    """One trace: replayed in setup, judged in the call phase."""

    report: ReplayReport | None = None

    def setup(self) -> None:
        from .engine import ReplayReport, open_source, replay
        from .report import format_report

        config = self.config
        profile = config.getoption("haptrace_profile")
        bugs = config.getoption("haptrace_planted_bug")
        try:
            source = open_source(self.path)
        except InputError as exc:
            report = ReplayReport(
                str(self.path), Outcome.BAD_INPUT, profile or "-", message=str(exc)
            )
        else:
            report = replay(source, profile=profile, bugs=bugs)
        self.report = report
        if report.outcome in (Outcome.UNSUPPORTED, Outcome.NOT_APPLICABLE):
            # Calls the engine does not model were not checked, or the trace does not speak
            # for the profile and nothing ran: said, never a pass.
            pytest.skip(format_report(report))
        if report.outcome not in _FAILED and report.outcome is not Outcome.PASS:
            # Failing in setup makes pytest report an error: the input is bad.
            pytest.fail(format_report(report), pytrace=False)

    def runtest(self) -> None:
        from .report import format_report

        assert self.report is not None, "setup() replays the trace"
        if self.report.outcome is not Outcome.PASS:
            pytest.fail(format_report(self.report), pytrace=False)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"haptrace replay {self.name}"
