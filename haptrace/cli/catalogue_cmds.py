"""``haptrace calls`` and ``haptrace bugs``: what the emulator knows, from the catalogue."""

from __future__ import annotations

import json

import click

from haptrace.catalogue import CATALOGUE, PROFILES, ListArg, as_json, lookup
from haptrace.catalogue.errnos import errno_name

from .main import cli


@cli.command("calls")
@click.argument("name", required=False)
@click.option("--json", "as_json_output", is_flag=True, help="Print the catalogue entry as JSON.")
def calls_command(name: str | None, as_json_output: bool) -> None:
    """List every call and event, or show one: its hypercall numbers, arguments, outputs
    and the return codes each profile documents, with the condition behind each.

    \b
    haptrace calls                      the table of all calls
    haptrace calls memshr_nominate_gfn  one call in full
    haptrace calls --json               everything, for scripts
    """
    if name is None:
        if as_json_output:
            click.echo(json.dumps(as_json(CATALOGUE), indent=2))
            return
        width = max(len(c.name) for c in CATALOGUE)
        for call in CATALOGUE:
            args = ", ".join(a.name for a in call.args)
            click.echo(f"{call.id:3d}  {call.name:<{width}}  {call.kind.value:<9}  ({args})")
        return
    call = lookup(name)
    if as_json_output:
        click.echo(json.dumps(as_json(call), indent=2))
        return
    click.echo(f"{call.name}  [{call.kind.value}, {call.family.name}, caller {call.caller.value}]")
    click.echo(f"  {call.summary}")
    if call.numbers is not None:
        click.echo(f"  hypercall: {call.numbers}")
    click.echo(
        f"  result: {call.returns.value}" + (f" ({call.value_doc})" if call.value_doc else "")
    )
    for arg in call.args:
        extra = arg.annotations()
        suffix = f"  [{'; '.join(extra)}]" if extra else ""
        shape = "list" if isinstance(arg, ListArg) else f"{arg.bits}-bit"
        click.echo(f"  arg {arg.name} ({shape}): {arg.doc}{suffix}")
    for output in call.outputs:
        makes = f"  [makes {output.makes.value}]" if output.makes is not None else ""
        click.echo(f"  out {output.name} ({output.bits}-bit): {output.doc}{makes}")
    sharing = call.family.name == "sharing"
    for profile in PROFILES:
        click.echo(f"  codes ({profile}):")
        if not call.codes[profile]:
            click.echo("    none")
        for code in call.codes[profile]:
            click.echo(f"    {errno_name(code.errno, sharing):<17} {code.errno:>3}  {code.when}")


@cli.command("bugs")
@click.option("--json", "as_json_output", is_flag=True, help="Print the list as JSON.")
def bugs_command(as_json_output: bool) -> None:
    """List the planted bugs: real Xen bugs the engine can reproduce on demand (off by
    default), which the fuzzer's benchmark must find.

    Turn one on with ``haptrace fuzz --planted-bug NAME`` or ``haptrace replay
    --planted-bug NAME``, or from Python with ``Machine(bugs=[NAME])``.
    """
    from replay import PLANTED_BUGS

    if as_json_output:
        click.echo(
            json.dumps(
                [
                    {"name": b.name, "source": b.source, "description": b.description}
                    for b in PLANTED_BUGS
                ],
                indent=2,
            )
        )
        return
    width = max(len(b.name) for b in PLANTED_BUGS)
    for bug in PLANTED_BUGS:
        click.echo(f"{bug.name:<{width}}  {bug.description}")
        click.echo(f"{'':<{width}}  (modelled on: {bug.source})")
