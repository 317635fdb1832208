"""``haptrace record``, ``show``, ``compile`` and ``stats``: making traces and reading them."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from haptrace.outcome import Outcome
from tracer.model import Record, Trace
from tracer.reader import TraceStream

from .main import HaptraceCommand, cli, verbosity
from .options import PROFILE_CHOICE, OutputFile, host_option

PROGRESS_MIN_CALLS = 10_000  # below this a progress bar only flickers
OUTPUT = click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="The binary trace to write.",
)


class _RecordCommand(HaptraceCommand):
    """``record``'s two forms: what follows the first ``--`` is a program to record on the
    Xen host, taken before click parses the rest (so the program's own options are its)."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [*super().collect_usage_pieces(ctx), "[-- COMMAND [ARGS]...]"]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            cut = args.index("--")
            ctx.meta[_PROGRAM] = tuple(args[cut + 1 :])
            args = args[:cut]
        return super().parse_args(ctx, args)


_PROGRAM = "haptrace.record.program"


@cli.command("record", cls=_RecordCommand)
@click.argument("scenario", required=False, type=click.Path(dir_okay=False, path_type=Path))
@OUTPUT
@click.option(
    "--profile",
    type=PROFILE_CHOICE,
    default=None,
    help="Return-code profile of the emulator [default: the text scenario's, or doc]."
    " Scenario form only: a program's is the host's Xen version.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 3 (diverged) when a result the scenario gives differs from the emulator's.",
)
@host_option(
    "Program form: the machine the trace's header names for replay, a build preset"
    " (upstream: sharing and paging compiled in; debian: Debian 12's hypervisor, both"
    " compiled out) or a JSON machine configuration, as `haptrace run --host` takes it"
    " [default: upstream on the default machine].",
)
def record_command(
    scenario: Path | None,
    output: Path,
    profile: str | None,
    strict: bool,
    host_file: Path | None,
) -> None:
    """Record a trace: SCENARIO run on the emulator, or -- COMMAND run on a real Xen host.

    SCENARIO is one of:

    \b
    * a text-form file: header lines (profile, host, domain, bugs) and one call per
      line.  Results may be left out; any given are replaced by what the emulator
      returned.  An output a call names (-> handle=$src) binds the symbol to the value
      the emulator hands out, and later calls that use $src get that value.
    * a Python script (*.py), run with `machine`, a recording emulated machine, as a
      global: the default configuration (an Intel EPT x86_64 host with two HAP domains
      of 4096 pages) in the --profile profile.  Call its methods, one per call
      (`haptrace calls`), or machine.batch(...) for many calls at once.

    A text scenario's results that differ from the emulator's (return code or errno) are
    replaced by what the emulator returned, each with a warning naming its line; with
    --strict the command then exits 3.

    -- COMMAND ARGS... runs an unmodified program (Debian's xen-utils-4.17, your own
    libxenctrl client) in a Xen host's dom0 with every device operation passed through to
    the real devices unchanged, and records each hypercall it makes as the catalogue calls
    it stands for, with the results and OUT fields the hypervisor wrote back.  Nothing is
    emulated.  The header names the host's Xen version (asked through the device) and
    --host's machine; haptrace exits with the program's status.  Without Xen (no
    /dev/xen/privcmd, no /proc/xen/capabilities) it says so and exits 6.

    \b
      haptrace record scenario.trace.txt -o run.trace
      haptrace record scenario.py -o run.trace --profile xen-4.2
      haptrace record -o memshare.trace -- /usr/lib/xen-4.17/bin/xen-memshare info
      haptrace record -o ls.trace --host debian -- /usr/lib/xen-4.17/bin/lsevtchn 0
      haptrace run -- haptrace record -o t.trace -- xen-memshare info   # layered over run
      haptrace show run.trace

    While recording, the trace is OUTPUT.incomplete; it is renamed to OUTPUT when
    complete.  If a script fails, or the recorder is killed, the calls made so far stay
    in OUTPUT.incomplete.  SIGTERM to a program's recorder stops the recording there and
    lets the program run on.
    """
    program = click.get_current_context().meta.get(_PROGRAM)
    if program is not None:
        if scenario is not None:
            raise click.UsageError("give a SCENARIO or -- COMMAND, not both")
        if profile is not None or strict:
            raise click.UsageError("--profile and --strict belong to the scenario form")
        _record_program(program, output, host_file)
        return
    if scenario is None:
        raise click.UsageError("give a SCENARIO, or -- COMMAND to record a program")
    if host_file is not None:
        raise click.UsageError("--host belongs to the program form (-- COMMAND)")
    from tracer.errors import ScenarioError
    from tracer.reader import sniff
    from tracer.scenario import record_script, record_text

    if scenario.suffix != ".py" and sniff(scenario) == "binary":
        raise ScenarioError(
            f"{scenario} is a binary trace, not a scenario; replay it with"
            " `haptrace replay`, or print it with `haptrace show`"
        )
    if scenario.suffix == ".py":
        recorded = record_script(scenario, output, profile=profile or "doc")
    else:
        from tracer.reader import read_text
        from tracer.textform import parse_trace

        text = read_text(scenario)
        plan = parse_trace(text, str(scenario), require_results=False)
        with _progress(len(plan.records), f"recording {scenario.name}") as advance:
            recorded = record_text(
                plan, output, name=str(scenario), profile=profile, progress=advance
            )
        replaced = _replaced_results(scenario, text, plan, recorded.path)
    click.echo(
        f"recorded {recorded.calls} calls to {recorded.path} (profile {recorded.header.profile})"
    )
    if scenario.suffix != ".py" and replaced:
        click.echo(
            f"haptrace: warning: {replaced} result(s) the scenario gives differ from the"
            " emulator's; the trace holds the emulator's",
            err=True,
        )
        if strict:
            sys.exit(int(Outcome.DIVERGED))


def _record_program(program: tuple[str, ...], output: Path, host_file: Path | None) -> None:
    from haptrace.realprog.observe import record_program

    from .run_cmds import host_config

    if not program:
        raise click.UsageError("no program to record: give it after --")
    seen: set[str] = set()

    def undecoded(what: str) -> None:
        if what not in seen:
            seen.add(what)
            click.echo(f"haptrace record: not decoded: {what}", err=True)

    def say(what: str) -> None:
        click.echo(f"haptrace record: {what}", err=True)

    status = record_program(
        program,
        output,
        machine=host_config(host_file),
        on_undecoded=undecoded,
        on_stopped=say,
        on_build=say if host_file is not None else None,  # the default is no claim
    )
    raise SystemExit(status)


# A call line that gives its result: the argument list closes, then "= RESULT".
_GIVES_RESULT = re.compile(r"\)\s*=(?!=)")
REPLACED_SHOWN = 20  # warnings printed one by one at most


def _replaced_results(scenario: Path, text: str, plan: Trace, recorded: Path) -> int:
    """Warn about each call whose given return code or errno the emulator did not return
    (outputs a call names bind symbols, so only the code is compared); returns how many."""
    from tracer.reader import open_trace

    lines = text.split("\n")
    count = 0
    with open_trace(recorded) as source:
        done = (record for chunk in source for record in chunk.records())
        for index, (given, got) in enumerate(zip(plan.records, done, strict=False)):
            number = plan.record_lines[index]
            body = lines[number - 1].split("#", 1)[0]
            if not _GIVES_RESULT.search(body) or (given.rc, given.errno) == (got.rc, got.errno):
                continue
            count += 1
            if count <= REPLACED_SHOWN:
                click.echo(
                    f"haptrace: warning: {scenario}:{number}: {given.spec.name}: the scenario"
                    f" gives {_code(given, given.rc, given.errno)}, the emulator returned"
                    f" {_code(given, got.rc, got.errno)}",
                    err=True,
                )
    return count


def _code(record: Record, rc: int, errno: int) -> str:
    from haptrace.catalogue.errnos import errno_name

    sharing = record.spec.family.value == "sharing"  # its codes 9 and 10 have names
    return f"-1 {errno_name(errno, sharing)}" if rc == -1 else str(rc)


@cli.command("show")
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--calls",
    "limit",
    type=click.IntRange(min=0),
    default=None,
    help="Print only the first N calls.",
)
def show_command(trace: Path, limit: int | None) -> None:
    """Print TRACE (binary or text) in the text form: one call per line, with its
    arguments, rc, errno and outputs.  Long traces print as they are read.

    The output compiles back to the same trace (haptrace compile), so

    \b
      haptrace show run.trace > run.trace.txt    edit, review or diff a recording
      haptrace compile run.trace.txt -o run.trace

    A trace whose recording was cut off prints every complete part, then a warning.
    """
    from tracer.reader import open_trace
    from tracer.textform import TextFormatter

    # Progress only when the text goes to a file: on a terminal it would tear the lines.
    quiet = sys.stdout.isatty()
    with open_trace(trace) as source, _stream_progress(trace, source, "showing", quiet) as advance:
        formatter = TextFormatter(source.header)
        click.echo("\n".join(formatter.header_lines()))
        shown = 0
        for chunk in source:
            if advance is not None:
                advance(len(chunk))
            count = len(chunk) if limit is None else min(len(chunk), limit - shown)
            lines = [
                line
                for index in range(count)
                for line in formatter.record_lines(chunk.record(index))
            ]
            if lines:
                click.echo("\n".join(lines))
            shown += count
            if limit is not None and shown >= limit:
                return
        tail = formatter.tail_lines(source.tail_note)
        if tail:
            click.echo("\n".join(tail))
        if source.truncated:
            click.echo(
                f"haptrace: warning: {trace} was cut off after {source.calls} calls;"
                " the calls above are its complete part",
                err=True,
            )


@cli.command("compile")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@OUTPUT
def compile_command(file: Path, output: Path) -> None:
    """Turn a text-form trace into a binary one, losslessly: `haptrace show` prints it
    back as the same text (comments included).

    A parse error names the line and column.  FILE may also be a binary trace, which is
    rewritten in the current format version.

    \b
      haptrace compile case.trace.txt -o case.trace
    """
    from tracer.reader import open_trace
    from tracer.writer import TraceWriter

    with open_trace(file) as source:
        writer = TraceWriter(output, source.header)
        try:
            for chunk in source:
                writer.write_chunk(chunk)
            writer.tail_note = source.tail_note
        except BaseException:
            writer.discard()
            raise
        writer.close()
    if source.truncated:
        click.echo(f"haptrace: warning: {file} was cut off; compiled its complete part", err=True)
    click.echo(f"compiled {writer.calls} calls to {output}")


@cli.command("upgrade")
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="Where to write the upgraded trace (may be TRACE itself).",
)
def upgrade_command(trace: Path, output: Path) -> None:
    """Rewrite TRACE, written in an older format version (binary or text), in the
    current one, in the same form; the text form keeps every comment.  Says what it
    converted.

    Version 1 had no lists: its decrease_reservation and populate_physmap took
    extent_start as the first extent's gfn (extent i at extent_start + (i <<
    extent_order)), which becomes the list of those nr_extents gfns; its
    increase_reservation wrote no frames back, which becomes room 0 for extent_start (a
    NULL handle).

    \b
      haptrace upgrade old.trace -o new.trace
      haptrace upgrade case.trace.txt -o case.trace.txt     in place
    """
    from tracer.upgrade import upgrade_trace

    done = upgrade_trace(trace, output)
    click.echo(done.describe())
    if done.truncated:
        click.echo(f"haptrace: warning: {trace} was cut off; upgraded its complete part", err=True)


@cli.command("stats")
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON, for scripts.")
def stats_command(trace: Path, as_json: bool) -> None:
    """Call and return-code histograms of TRACE (binary or text): how often each call
    ran, how often it succeeded, and which errnos it failed with.

    \b
      haptrace stats run.trace
      haptrace stats run.trace --json | jq '.by_errno'
    """
    from tracer.reader import open_trace
    from tracer.stats import trace_stats

    with open_trace(trace) as source, _stream_progress(trace, source, "reading") as advance:
        stats = trace_stats(source, advance)
    header = source.header
    data = {
        "trace": str(trace),
        "form": source.kind,
        "profile": header.profile,
        "source": header.source,
        "complete": header.complete and not stats.truncated,
        **stats.as_dict(),
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    rate = data["success_rate"]
    click.echo(
        f"{trace}: {data['calls']} calls, {data['succeeded']} succeeded"
        + (f" ({rate:.1%})" if rate is not None else "")
        + f"; profile {header.profile}, source {header.source}"
        + ("" if data["complete"] else ", INCOMPLETE (cut off)")
    )
    by_call = data["by_call"]
    if not by_call:
        return
    width = max(len(name) for name in by_call)
    click.echo(f"\n{'call':<{width}}  {'calls':>10}  {'ok':>7}  failures")
    for name, row in by_call.items():
        failures = ", ".join(f"{errno} {count}" for errno, count in row["errnos"].items())
        ok = row["succeeded"] / row["calls"]
        click.echo(f"{name:<{width}}  {row['calls']:>10}  {ok:>7.1%}  {failures}".rstrip())
    if data["by_errno"]:
        click.echo(f"\n{'errno':<17}  {'count':>10}")
        for errno, count in data["by_errno"].items():
            click.echo(f"{errno:<17}  {count:>10}")


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long work when stderr is a terminal, else nothing."""
    if total < PROGRESS_MIN_CALLS or not sys.stderr.isatty() or verbosity() < 0:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


@contextmanager
def _stream_progress(
    path: Path, source: TraceStream, verb: str, quiet: bool = False
) -> Iterator[Callable[[int], None] | None]:
    """Calls read of the total, on stderr when it is a terminal, for a trace long enough
    to wait for (a binary one's end map gives the total; a text one is read already)."""
    from replay.progress import Progress, counted_calls

    total = counted_calls(path) if source.kind == "binary" else None
    if quiet or verbosity() < 0 or not sys.stderr.isatty():
        yield None
        return
    if total is not None and total < PROGRESS_MIN_CALLS:
        yield None
        return
    if source.kind == "text":  # parsed whole already: nothing left to wait for
        yield None
        return
    progress = Progress(f"{verb} {path.name}", sys.stderr, total=total)
    try:
        yield progress.advance
    finally:
        progress.close()
