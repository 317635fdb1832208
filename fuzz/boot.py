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
eviction.  Ring gfns are set for both and the guests have granted a few pages.  Domain 3 is
domain 1's device model, uses grant table v2 and has bound a port of domain 4 (GUEST_BOOT:
an interdomain pair of two guests); domain 4 is a PV guest whose
second vcpu is down, ballooned down (its max_pages has room for the whole host, so one
balloon-up can exhaust the host's memory).  Where the hypervisor has
tmem, domains 1 and 2 hold tmem pools with pages in them (TMEM_BOOT).  Then domain 3
binds unbound event channels until its first bucket of ports is full (PORT_FILL): its next
port needs a bucket Xen allocates (and can fail to), and an EVTCHNOP_reset or its teardown
closes more ports than one pass may.  Inputs start from there: the deep states are one or two
calls away, as on a real host, instead of five or six.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from haptrace.binding.lean import Engine, EngineMachine
from haptrace.errors import InputError

# The host options (ht_host_config.option, in the catalogue's HOST_OPTIONS order; the rest
# 0), which FUZZ_CONFIG's machines (they replay and minimise findings) share: HostConfig's
# defaults (nr_irqs_gsi 48, exchange_and_pin on, createdomain_gfns 1024), but
# * tmem on (the second), so that the tmem family's ops reach their pools instead of
#   answering ENODEV;
# * hypercall_preempt on (the seventh): a host under constant softirq load, where a
#   multicall continues itself after every entry.  The engine runs the continuations, so
#   every batch still runs all its entries, as on an idle host; what the option adds is the
#   continuation path (do_multicall's hypercall_preempt_check), which is otherwise never
#   taken.
HOST_OPTIONS = (48, 1, 0, 0, 1, 1024, 1)
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
# Domain 1's max_pages is one over its pages for the persistent tmem page TMEM_BOOT puts:
# it leaves domain 1 as far from max_pages as domain 2.
# Domain 4 is a small PV guest (flag 2) with two vcpus: vcpu 0 runs, vcpu 1 is down and was
# never initialised (a PV guest brings its other vcpus up itself), so a PV guest's own
# paths (vcpu_op, a multicall from a guest, the PV-only calls) are a call away.
DOMAINS = (
    (1, 32, 33, 48, 2, 1),
    (2, 32, 32, 48, 2, 1),
    (3, 16, 16, 32, 1, 0),
    (4, 8, 8, 16, 2, 2),
)

# Domain 4's max_pages after BOOT, in KiB (domain_setmaxmem): room for the whole host.
BALLOON_KIB = (DOMAINS[3][1] + HOST["total_frames"]) * 4

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
    # Domain 3 is domain 1's device model (a stub domain, as corpus/resource/ has one), so
    # a device model's calls on its target (HVM ops, acquire_resource of its frames) are
    # made by a translated caller a call away.
    ("domain_set_target", (3, 1)),
    # Domain 4 is ballooned down, as a guest whose maxmem is above its memory is (xl's
    # maxmem=, XEN_DOMCTL_max_mem): it may grow to the whole host, so a balloon-up
    # (increase_reservation, populate_physmap) of the right size can leave the host with one
    # free frame or none, where page_alloc.c turns to tmem and every allocation's ENOMEM
    # path waits.  The others stay at max_pages (their ENOMEM paths at max_pages stay a
    # call away).  KiB: (8 pages + the host's 128 frames) * 4.
    ("domain_setmaxmem", (4, BALLOON_KIB)),
    # The toolstack gives the PV guest (domain 4) a port for a backend in domain 3, which
    # binds it below (GUEST_BOOT), as a split driver's event channel is set up: an
    # interdomain pair of two guests, so the paths of a bound pair (a close that unbinds
    # the peer, a peer whose port limit domain_set_max_evtchn lowers, a reset) are a call
    # away; a pair made in the input took three dependent calls.  Port 1: domain 4's first
    # port (port 0 is reserved).  Domain 4, not 1 or 2: the corpus' traces use domains 1
    # and 2's ports from 1 on, and tests/fuzz/test_encode.py replays them here.
    ("evtchn_alloc_unbound", (4, 3)),
)
# TMEM_POOL_* flags (public/tmem.h): persistent, shared, and the spec version 1.
_PERSIST, _SHARED, _SPEC_V1 = 0x1, 0x2, 0x01000000
# Object id (0, 1, 2) and index 0: what the decoder makes most often of an oid (a run from
# its first word, a plain number, 0 or 1 half the time) and of an index, so that a get,
# flush or write names the boot's pages without a literal.
_OID = (0, 1, 2)
# After BOOT, the guests' own calls: domain 3 uses grant table v2, as a Linux guest that
# has it does, so its status frames exist (for acquire_resource to map, and for a switch
# back to v1 to release).  Each step: (caller, name, args).
GUEST_BOOT: tuple[tuple[int, str, tuple[int | tuple[int, ...], ...]], ...] = (
    (3, "gnttab_set_version", (2,)),
    # Domain 3 binds domain 4's port 1 (BOOT made it for it): its own port 1.
    (3, "evtchn_bind_interdomain", (4, 1)),
)
# The ports of domain 3 GUEST_BOOT binds, which PORT_FILL counts in its first bucket.
GUEST_BOOT_PORTS = 1
# Then, where the hypervisor has tmem, domains 1 and 2 use it as a Linux guest's frontswap
# and cleancache do (corpus/tmem/): domain 1 owns a persistent pool (0), a shared ephemeral
# pool joined by uuid (1) and a private ephemeral one (2), with a page in each; domain 2
# joins the shared pool (its pool 0).  So every tmem path (a get or flush of a stored page,
# a control op on a client with pools, a shared pool losing its owner) is a call or two
# away.  The persistent page counts in domain 1's tot_pages (DOMAINS gives it the room).
# On this small host tmem evicts ephemeral pages before every put (less than 1 MiB is
# free), so the private page, put last, is the ephemeral page left.  Each step: (caller,
# name, args), a list argument as a tuple.
TMEM_BOOT: tuple[tuple[int, str, tuple[int | tuple[int, ...], ...]], ...] = (
    (1, "tmem_new_pool", ((0, 0), _PERSIST | _SPEC_V1)),
    (1, "tmem_new_pool", ((7, 0), _SHARED | _SPEC_V1)),
    (1, "tmem_new_pool", ((0, 0), _SPEC_V1)),
    (2, "tmem_new_pool", ((7, 0), _SHARED | _SPEC_V1)),
    (1, "tmem_put_page", (0, _OID, 0, 0x10)),
    (1, "tmem_put_page", (1, _OID, 0, 0x11)),
    (1, "tmem_put_page", (2, _OID, 0, 0x12)),
)
# Then, where the hypervisor has XENMEM_acquire_resource, the toolstack holds a read-only
# mapping of domain 3's first grant status frame (map_resource: domain, grant_table, status,
# frame 0, one frame, read-only, no room for its mfn: a boot call's output list gets none,
# fuzz/target.py records it empty), as a backend that reads a v2 guest's
# grant statuses does.  Xen keeps a mapped frame, and its domain, while the mapping lives,
# so every path that meets a held mapping (the guest leaving v2, its destruction, the
# table's teardown) is a call away instead of three (the mapping needs the domain, the
# type, the status id, frame 0 and a count within the status frames at once).
RESOURCE_BOOT: tuple[tuple[str, tuple[int | tuple[int, ...], ...]], ...] = (
    ("map_resource", (3, 1, 1, 0, 1, 0, 0)),
)
# The profiles whose hypervisor has acquire_resource (4.2 has no memory_op 28): only there
# does RESOURCE_BOOT run.
RESOURCE_PROFILES = ("doc", "xen-4.17")
# The profiles whose hypervisor has tmem (haptrace/catalogue/tmem.py TMEM_PROFILES, which
# tests/fuzz/test_lean.py compares this with; 4.13 removed it): only there does TMEM_BOOT run.
TMEM_PROFILES = ("doc", "xen-4.2")
# Repeated after BOOT until domain 3's first bucket of ports is in use (port 0 is reserved):
# EVTCHN_PER_BUCKET - 1 - GUEST_BOOT_PORTS times (a number of the catalogue's limits, from
# the build).
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


class BootStep(NamedTuple):
    """One call of the boot: its name, arguments (a list argument as a tuple) and caller."""

    name: str
    args: tuple[int | tuple[int, ...], ...]
    caller: int = 0


class BootCall(NamedTuple):
    """One call of the boot as it ran: its catalogue id, arguments (a list as a tuple), raw
    result and outputs (all six slots; the call's own outputs come first), and its caller."""

    call: int
    args: tuple[int | tuple[int, ...], ...]
    raw: int
    outputs: tuple[int, ...]
    caller: int = 0


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
    machine = EngineMachine(
        build, {**HOST, "option": list(HOST_OPTIONS), "profile": profiles.index(profile)}
    )
    machine.set_bugs(mask)
    for domain in DOMAINS:
        _run(machine, "domain_create", domain)
    return machine


def boot_sequence(build: Engine, profile: str = "doc") -> list[BootStep]:
    """The whole boot in ``profile``: BOOT, GUEST_BOOT, TMEM_BOOT where the hypervisor has
    tmem (TMEM_PROFILES), RESOURCE_BOOT where it has acquire_resource (RESOURCE_PROFILES),
    then PORT_FILL until domain 3's first bucket is full."""
    fill = build.limit("EVTCHN_PER_BUCKET") - 1 - GUEST_BOOT_PORTS
    guest = GUEST_BOOT + (TMEM_BOOT if profile in TMEM_PROFILES else ())
    mapped = RESOURCE_BOOT if profile in RESOURCE_PROFILES else ()
    return [
        *(BootStep(name, args) for name, args in BOOT),
        *(BootStep(name, args, caller) for caller, name, args in guest),
        *(BootStep(name, args) for name, args in mapped),
        *([BootStep(*PORT_FILL)] * fill),
    ]


def boot(machine: EngineMachine, profile: str = "doc") -> list[BootCall]:
    """Runs the boot sequence of ``profile`` on a machine of that profile with the fuzz
    machine's domains (``new_machine``, or a ``replay.Machine`` of FUZZ_CONFIG through its
    ``engine``); returns the calls as they ran."""
    return [_run(machine, *step) for step in boot_sequence(machine.engine, profile)]


def seed_pairs(machine: EngineMachine, calls: Sequence[BootCall] = ()) -> None:
    """The boot pages every input's pools start with (BOOT_PAIRS), and what TMEM_BOOT's
    calls made in the boot (``calls``, as ``boot`` returned them: the tmem pools), so that
    their ids are picked as often as those an input makes.  The port GUEST_BOOT's binding
    made is not seeded: a pool that holds a port gives every port pick one of its ports,
    where an empty one gives plain numbers (port 0, the ports 2 to 15 of domain 3's first
    bucket), and port 1 is a plain number often enough.

    The mapping RESOURCE_BOOT made is seeded too: an unmap of it (a backend letting the
    guest's status frame go) after the input's own mapping otherwise named the input's, the
    only one a pool held.  And the keys the boot's calls named (the tmem pools' uuids and
    the pages' object id: fixed-length lists that name no resource) start every input's
    remembered keys, as if an earlier call of the input had named them: a guest that joins
    the boot's shared pool again must name its uuid, which no call makes."""
    for domid, gfn, handle in BOOT_PAIRS:
        machine.seed_fuzz_pair(domid, gfn, handle)
    tmem = {machine.engine.call_id(name) for _, name, _ in TMEM_BOOT}
    mapped = {machine.engine.call_id(name) for name, _ in RESOURCE_BOOT}
    for ran in calls:
        if (ran.caller and ran.call in tmem) or ran.call in mapped:
            machine.seed_fuzz_made(ran.call, ran.outputs)
        for index, arg in enumerate(ran.args):
            if isinstance(arg, tuple) and ran.raw >= 0:
                machine.seed_fuzz_key(ran.call, index, arg)


def _run(
    machine: EngineMachine, name: str, args: tuple[int | tuple[int, ...], ...], caller: int = 0
) -> BootCall:
    call = machine.engine.call_id(name)
    if call < 0:
        raise BootError(f"the engine has no call {name}: rebuild it (pip install .)")
    if caller or any(isinstance(arg, tuple) for arg in args):
        # A list is passed as ht_call takes it: its words in a pool, the argument slot
        # holding word offset << LIST_SHIFT | count.
        shift = machine.engine.limit("LIST_SHIFT")
        pool: list[int] = []
        slots: list[int] = []
        for arg in args:
            if isinstance(arg, tuple):
                slots.append(len(pool) << shift | len(arg))
                pool.extend(arg)
            else:
                slots.append(arg)
        raw = machine.call_as(call, slots, caller, 0, pool)
    else:
        raw = machine.call(call, [arg for arg in args if isinstance(arg, int)])
    if raw < 0:
        raise BootError(f"the fuzz machine does not boot: {name}{args} gave {raw}")
    return BootCall(call, args, raw, machine.last_outputs(), caller)
