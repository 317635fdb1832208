"""``haptrace demo``: the seed's worked example of sharing, step by step."""

from __future__ import annotations

import click

from haptrace.profiles import HOST_PRESETS as PRESETS

from .main import cli
from .options import PROFILE_CHOICE


def _counters(machine: object) -> str:
    from replay import Machine

    assert isinstance(machine, Machine)
    c = machine.counters()
    shr = {d: v["shr_pages"] for d, v in c["domains"].items() if d}
    total = sum(shr.values())
    relation = "==" if total == c["freed_pages"] + c["used_frames"] else "!="
    return (
        f"freed_pages={c['freed_pages']} used_frames={c['used_frames']} "
        f"shr_pages={shr} (sum {total} {relation} freed+used)"
    )


@cli.command("demo")
@click.option("--profile", type=PROFILE_CHOICE, default="doc", show_default=True)
@click.option(
    "--host",
    "preset",
    type=click.Choice(sorted(PRESETS)),
    default="upstream",
    show_default=True,
    help="the hypervisor build (docs/profiles.md: debian is Debian 12's 4.17, with sharing"
    " and paging compiled out; only the xen-4.17 profile reads it)",
)
def demo_command(profile: str, preset: str) -> None:
    """Run the seed's sharing example on the default machine (an Intel EPT x86_64 host with
    two HAP domains of 4096 pages) and print each call, its result and the counters.

    Two domains each nominate one page and share them: used_frames 1, freed_pages 1, and
    the shr_pages of the two domains sum to 2, as xenctrl.h says they must.  Then a guest
    write unshares the page (copy-on-write) and the counters fall back.
    """
    from replay import HostConfig, Machine, MachineConfig

    host = HostConfig(**dict(PRESETS[preset]))  # type: ignore[arg-type]
    machine = Machine(MachineConfig(host, MachineConfig.default().domains), profile=profile)
    click.echo(f"machine: {machine} (profile {profile}, host {preset})")

    def step(result: object, counters: bool = False) -> None:
        click.echo(f"  {result}")
        if counters:
            click.echo(f"      {_counters(machine)}")

    step(machine.memshr_control(1, 1))
    step(machine.memshr_control(2, 1))
    source = machine.memshr_nominate_gfn(1, 0x10)
    step(source, counters=True)
    client = machine.memshr_nominate_gfn(2, 0x20)
    step(client, counters=True)
    step(
        machine.memshr_share_gfns(
            1, 0x10, source.output("handle"), 2, 0x20, client.output("handle")
        ),
        True,
    )
    step(machine.memshr_debug_gfn(2, 0x20))
    step(machine.sharing_freed_pages())
    step(machine.sharing_used_frames())
    step(
        machine.memshr_share_gfns(
            1, 0x10, source.output("handle"), 2, 0x20, client.output("handle")
        )
    )
    step(machine.guest_write(2, 0x20, 0xBEEF), counters=True)
    step(machine.memshr_audit())
    violations = machine.check()
    click.echo("invariants: all hold" if not violations else "invariants violated:")
    for violation in violations:
        click.echo(f"  {violation}")
