"""The fuzz machine booted straight through the engine's C API: what the harness runs inputs
on, started without the Python catalogue, numpy or replay.Machine.

Start-up is part of every fuzzing run's time to a finding (benchmarks/bench_fuzz.py counts it
from the launch of ``haptrace fuzz``), and the harness pays it in a process of its own:
importing ``replay.Machine`` loads numpy (about 70-100 ms here, numpy's import alone) and the
catalogue (about 35 ms), where this module needs the engine's compiled module only (about
3 ms).  The machine it boots is the one fuzz/target.py's ``FuzzTarget`` boots (FUZZ_CONFIG,
BOOT, BOOT_PAIRS), call for call: tests/fuzz/test_lean.py compares the two machines' state
digests and runs the same inputs through both.  The findings path (minimising, writing
traces) still uses ``FuzzTarget`` and the rest of the library, loaded when the first finding
comes.

haptrace/binding/_native.py stays the module that chooses and checks the engine build: this
module loads the same build (``HAPTRACE_ENGINE``, the same module names), and
haptrace.binding._native, once something imports it, checks the build against the catalogue
as always (so does the parent of the harness, ``haptrace fuzz``, while the harness starts).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any

from haptrace.engines import ENGINE_MODULES
from haptrace.profiles import PROFILES

# The fuzz machine at the C API's level, as replay.Machine would hand it to ht_machine_new and
# domain_create (arch x86_64 = 0 and vendor intel = 0 in the catalogue's enums; gfn_capacity =
# max(4 * the p2m sizes, 65536); hap = flag 1).  fuzz/target.py builds its FUZZ_CONFIG from
# these; tests/fuzz/test_lean.py checks that replay.MachineConfig maps it back to them.
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

# The boot sequence: a host as memshr and xenpaging leave it (fuzz/target.py explains why).
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
# The boot pages each input's pools start with: (domain, gfn, handle or 0).
BOOT_PAIRS: tuple[tuple[int, int, int], ...] = (
    (1, 8, 2),
    (2, 8, 2),
    (1, 9, 4),
    (2, 10, 0),
    (2, 11, 0),
)
MAX_CALLS = 64

# The executor's test hook (csrc/fuzz.c, FUZZ_TEST_MAGIC_*): see fuzz/target.py.
TEST_MAGIC_FLAG = 0x80000000
TEST_MAGIC_FOUND = 0x100


class BootError(Exception):
    """The fuzz machine cannot be built (an unknown planted bug or profile, a stale build)."""


def engine_module(engine: str | None = None) -> Any:
    """The compiled engine module of ``engine`` (default: HAPTRACE_ENGINE, as
    haptrace.binding._native chooses it).  The instrumented builds need libFuzzer loaded
    first (fuzz/harness.py)."""
    name = engine or os.environ.get("HAPTRACE_ENGINE") or "default"
    if name not in ENGINE_MODULES:
        raise BootError(f"HAPTRACE_ENGINE={name!r} is not an engine build")
    return importlib.import_module(ENGINE_MODULES[name])


def _names(ffi: Any, name_of: Callable[[int], Any]) -> list[str]:
    """Names the engine lists by number, up to the first NULL."""
    names: list[str] = []
    while (pointer := name_of(len(names))) != ffi.NULL:
        names.append(ffi.string(pointer).decode())
    return names


def bug_names(lib: Any, ffi: Any) -> list[str]:
    return _names(ffi, lib.ht_bug_name)


def profile_names(lib: Any, ffi: Any) -> list[str]:
    """The profiles in the engine's numbering (generated from the catalogue)."""
    return _names(ffi, lib.ht_profile_name)


class LeanTarget:
    """The booted, snapshotted fuzz machine, and one C call per input (``exec``)."""

    def __init__(
        self,
        profile: str = "doc",
        bugs: tuple[str, ...] = (),
        test_magic: bool = False,
        engine: str | None = None,
    ) -> None:
        module = engine_module(engine)
        self.ffi: Any = module.ffi
        self.lib: Any = module.lib
        ffi, lib = self.ffi, self.lib
        profiles = profile_names(lib, ffi)
        if profile not in profiles:
            raise BootError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
        known = bug_names(lib, ffi)
        mask = 0
        for bug in bugs:
            if bug not in known:
                raise BootError(f"unknown planted bug {bug!r}; known: {', '.join(known)}")
            mask |= 1 << known.index(bug)
        config = ffi.new("ht_host_config *", {**HOST, "profile": profiles.index(profile)})
        error = ffi.new("char[256]")
        pointer = lib.ht_machine_new(config, error, 256)
        if pointer == ffi.NULL:
            raise BootError(ffi.string(error).decode())
        self.m = ffi.gc(pointer, lib.ht_machine_free)
        if lib.ht_set_bugs(self.m, mask) != 0:
            raise BootError("the engine refused the planted-bug mask")
        args = ffi.new("uint64_t[6]")
        for domain in DOMAINS:
            self._call("domain_create", domain, args)
        for name, values in BOOT:
            self._call(name, values, args)
        for domid, gfn, handle in BOOT_PAIRS:
            lib.ht_fuzz_seed_pair(self.m, domid, gfn, handle)
        lib.ht_set_oracle(self.m, 1)
        violations = ffi.new("ht_violation[1]")
        if lib.ht_check(self.m, violations, 1):  # the booted state must be clean
            raise BootError("the booted fuzz machine violates an invariant")
        lib.ht_snapshot(self.m)
        self.flags = lib.HT_FUZZ_CHECK_INVARIANTS | (TEST_MAGIC_FLAG if test_magic else 0)
        self._calls = ffi.new("ht_call_rec[]", MAX_CALLS)
        self._outcomes = ffi.new("ht_fuzz_call[]", MAX_CALLS)
        self._features = ffi.new("uint32_t[]", 2 * MAX_CALLS)
        self._spec = ffi.new("uint32_t[]", MAX_CALLS)
        self.result = ffi.new("ht_fuzz_result *")
        self.sinks = ffi.new("ht_fuzz_sinks *")

    def _call(self, name: str, values: tuple[int, ...], args: Any) -> None:
        call = self.lib.ht_fuzz_call_id(name.encode())
        if call < 0:
            raise BootError(f"the engine has no call {name}: rebuild it (pip install .)")
        for index in range(6):
            args[index] = values[index] if index < len(values) else 0
        raw = self.lib.ht_call(self.m, call, args, self.ffi.NULL)
        if raw < 0:
            raise BootError(f"the fuzz machine does not boot: {name}{values} gave {raw}")

    def runner(self) -> Any:
        """``run(data) -> finding``: runs one input (one C call), reports its features, spec
        keys and counts into ``self.sinks``, and returns its finding kind (0: none)."""
        exec_, m, flags, sinks = self.lib.ht_fuzz_exec, self.m, self.flags, self.sinks
        calls, outcomes, features, spec = self._calls, self._outcomes, self._features, self._spec
        result = self.result

        def run(data: bytes) -> int:
            return int(
                exec_(
                    m,
                    data,
                    len(data),
                    MAX_CALLS,
                    flags,
                    calls,
                    outcomes,
                    features,
                    spec,
                    result,
                    sinks,
                )
            )

        return run

    def documented_keys(self) -> set[int]:
        """The spec keys (call << 8 | errno) the machine's profile documents."""
        count = self.lib.ht_fuzz_documented_keys(self.m, self.ffi.NULL, 0)
        keys = self.ffi.new("uint32_t[]", max(count, 1))
        self.lib.ht_fuzz_documented_keys(self.m, keys, count)
        return set(self.ffi.unpack(keys, count))


def make_c_mutator(ffi: Any, lib: Any) -> Callable[[bytes, int, int], bytes]:
    """atheris' custom mutator, ``mutate(data, max_size, seed) -> bytes``, as one call into
    the engine's mutator (csrc/fuzz_mutate.c) with a buffer reused across calls."""
    slack = lib.HT_FUZZ_MUTATE_SLACK
    mutate_c = lib.ht_fuzz_mutate
    state = {"cap": 0, "buffer": ffi.NULL}

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        if max_size + slack > state["cap"]:
            state["cap"] = max_size + slack
            state["buffer"] = ffi.new("uint8_t[]", state["cap"])
        buffer = state["buffer"]
        size = mutate_c(data, len(data), max_size, seed & 0xFFFFFFFF, buffer, state["cap"])
        return bytes(ffi.buffer(buffer, size))

    return mutate
