"""``haptrace replay --host PRESET``: a trace replayed on another build of its host (the
build options of haptrace.profiles.HOST_PRESETS replace its host line's; the rest of the
machine stays the trace's)."""

from __future__ import annotations

import json

from cli_support import CORPUS
from click.testing import CliRunner

from haptrace.cli import cli
from haptrace.outcome import Outcome
from haptrace.profiles import HOST_PRESETS
from replay.engine import on_host_build, open_source

UPSTREAM_TRACE = CORPUS / "xen-4.17" / "sharing.trace.txt"
DEBIAN_TRACE = CORPUS / "xen-4.17" / "debian.trace.txt"


def test_the_preset_replaces_the_build_options_only() -> None:
    source = open_source(DEBIAN_TRACE)
    host = on_host_build(source, HOST_PRESETS["upstream"]).header.machine.host
    assert (host.no_mem_sharing, host.no_mem_paging, host.release_build) == (0, 0, 0)
    before = source.header.machine.host
    assert (host.vendor, host.total_frames) == (before.vendor, before.total_frames)
    assert source.header.machine.domains == open_source(DEBIAN_TRACE).header.machine.domains


def test_a_trace_of_the_upstream_build_diverges_on_debian_s(runner: CliRunner) -> None:
    args = ["replay", "--profile", "xen-4.17", "--json", str(UPSTREAM_TRACE)]
    assert runner.invoke(cli, args).exit_code == Outcome.PASS
    result = runner.invoke(cli, [*args[:-1], "--host", "debian", args[-1]])
    assert result.exit_code == Outcome.DIVERGED, result.output
    report = json.loads(result.output)["traces"][0]
    assert "CONFIG_MEM_SHARING" in json.dumps(report)


def test_the_profiles_of_4_2_read_no_build_option(runner: CliRunner) -> None:
    args = ["replay", "--profile", "xen-4.2", "--host", "debian", str(UPSTREAM_TRACE)]
    result = runner.invoke(cli, args)
    assert result.exit_code == Outcome.PASS, result.output


def test_an_unknown_preset_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["replay", "--host", "suse", str(UPSTREAM_TRACE)])
    assert result.exit_code == 2
    assert "debian" in result.output
