"""The fuzz machine: its one definition and its one boot, shared by the harness's lean
target (fuzz/lean.py), the findings path (fuzz/target.py, the minimiser) and the benchmarks.

The machine is small on purpose: the invariant audit runs after every call and is linear in
the machine's size, and scarce memory (few free frames, a tight max_pages, a small Xen heap)
is what makes the documented ENOMEM paths reachable in a few calls.  Every input starts from
the same snapshot of the booted machine; restoring costs what the previous input changed.

It is written at the C API's level (what ``ht_machine_new`` and ``domain_create`` take), so
that the harness boots it without the catalogue or numpy (its start-up is on the clock of
every fuzzing run): arch x86_64 = 0 and vendor intel = 0 in the catalogue's enums;
gfn_capacity = max(4 * the p2m sizes, 65536); hap = domain flag 1.  fuzz/target.py turns it
into the ``MachineConfig`` trace headers carry (FUZZ_CONFIG); tests/fuzz/test_lean.py checks
that the two build the same machine.

BOOT leaves a host as memshr and xenpaging leave it.  Sharing is on for domains 1 and 2 and
one frame is shared by both (gfn 8); domain 1 has a page nominated but not shared (gfn 9);
domain 2 runs a pager: its paging ring is up, gfn 10 is paged out and gfn 11 is nominated for
eviction.  Ring gfns are set for both and the guests have granted a few pages.  Then domain 3
binds unbound event channels until its first bucket of ports is full (PORT_FILL): its next
port needs a bucket Xen allocates (and can fail to), and an EVTCHNOP_reset or its teardown
closes more ports than one pass may.  Inputs start from there: the deep states are one or two
calls away, as on a real host, instead of five or six.
"""

from __future__ import annotations

from typing import NamedTuple

from haptrace.binding.lean import Engine, EngineMachine
from haptrace.errors import InputError

HOST = {
    "arch": 0,
    "vendor": 0,
    "audit_compiled": 1,
    "total_frames": 128,
    "gfn_capacity": 65536,
    "share_capacity": 24,
    "xenheap_units": 96,
}
# (domid, pages, max_pages, p2m_size, vcpus, flags), the domain_create arguments.
DOMAINS = ((1, 32, 32, 48, 2, 1), (2, 32, 32, 48, 2, 1), (3, 16, 16, 32, 1, 0))

# The boot sequence, run on the machine the domains above start.
BOOT: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("memshr_control", (1, 1)),
    ("memshr_control", (2, 1)),
    ("set_hvm_param", (1, 27, 31)),
    ("set_hvm_param", (1, 28, 30)),
    ("set_hvm_param", (1, 29, 29)),
    ("set_hvm_param", (2, 27, 31)),
    ("set_hvm_param", (2, 29, 29)),
    ("mem_paging_enable", (2,)),
    ("grant_access", (1, 5, 0)),
    ("grant_access", (1, 6, 1)),
    ("grant_access", (2, 7, 0)),
    ("memshr_nominate_gfn", (1, 8)),
    ("memshr_nominate_gfn", (2, 8)),
    ("memshr_share_gfns", (1, 8, 2, 2, 8, 3)),
    ("memshr_nominate_gfn", (1, 9)),
    ("mem_paging_nominate", (2, 10)),
    ("mem_paging_evict", (2, 10)),
    ("mem_paging_nominate", (2, 11)),
)
# Repeated after BOOT until domain 3's first bucket of ports is in use (port 0 is reserved):
# EVTCHN_PER_BUCKET - 1 times (a number of the catalogue's limits, from the build).
PORT_FILL: tuple[str, tuple[int, ...]] = ("evtchn_alloc_unbound", (3, 0))
# The boot pages each input's pools start with: (domain, gfn, handle or 0).
BOOT_PAIRS: tuple[tuple[int, int, int], ...] = (
    (1, 8, 2),
    (2, 8, 2),
    (1, 9, 4),
    (2, 10, 0),
    (2, 11, 0),
)
MAX_CALLS = 64  # the most calls an input runs (csrc/fuzz_mutate.c MAX_PIECES)

# The executor's test hook (csrc/fuzz.c, FUZZ_TEST_MAGIC_*): with the flag, an input only
# probes its bytes for TEST_MAGIC, byte by byte in nested C branches (no call runs), and one
# that holds it reports the finding kind TEST_MAGIC_FOUND.  It shows that native coverage sees
# C branches the Python feedback cannot; only tests turn it on.
TEST_MAGIC = bytes((0xC7, 0x3A, 0xE5, 0x59))
TEST_MAGIC_FLAG = 0x80000000
TEST_MAGIC_FOUND = 0x100


class BootError(InputError):
    """The fuzz machine cannot be built (an unknown planted bug or profile, a stale build)."""


class BootCall(NamedTuple):
    """One call of BOOT as it ran: its catalogue id, arguments, raw result and outputs (all
    six slots; the call's own outputs come first)."""

    call: int
    args: tuple[int, ...]
    raw: int
    outputs: tuple[int, ...]


def new_machine(build: Engine, profile: str = "doc", bugs: tuple[str, ...] = ()) -> EngineMachine:
    """The fuzz machine's host with its domains, not booted yet, in ``profile`` with the
    planted ``bugs`` on."""
    profiles = build.profile_names()
    if profile not in profiles:
        raise BootError(f"unknown profile {profile!r}; known: {', '.join(profiles)}")
    known = build.bug_names()
    mask = 0
    for bug in bugs:
        if bug not in known:
            raise BootError(f"unknown planted bug {bug!r}; known: {', '.join(known)}")
        mask |= 1 << known.index(bug)
    machine = EngineMachine(build, {**HOST, "profile": profiles.index(profile)})
    machine.set_bugs(mask)
    for domain in DOMAINS:
        _run(machine, "domain_create", domain)
    return machine


def boot_sequence(build: Engine) -> list[tuple[str, tuple[int, ...]]]:
    """The whole boot: BOOT, then PORT_FILL until domain 3's first bucket is full."""
    fill = build.limit("EVTCHN_PER_BUCKET") - 1
    return [*BOOT, *([PORT_FILL] * fill)]


def boot(machine: EngineMachine) -> list[BootCall]:
    """Runs the boot sequence on a machine with the fuzz machine's domains (``new_machine``,
    or a ``replay.Machine`` of FUZZ_CONFIG through its ``engine``); returns the calls as they
    ran."""
    return [_run(machine, name, args) for name, args in boot_sequence(machine.engine)]


def seed_pairs(machine: EngineMachine) -> None:
    """The boot pages every input's pools start with (BOOT_PAIRS)."""
    for domid, gfn, handle in BOOT_PAIRS:
        machine.seed_fuzz_pair(domid, gfn, handle)


def _run(machine: EngineMachine, name: str, args: tuple[int, ...]) -> BootCall:
    call = machine.engine.call_id(name)
    if call < 0:
        raise BootError(f"the engine has no call {name}: rebuild it (pip install .)")
    raw = machine.call(call, args)
    if raw < 0:
        raise BootError(f"the fuzz machine does not boot: {name}{args} gave {raw}")
    return BootCall(call, args, raw, machine.last_outputs())
