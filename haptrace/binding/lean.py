"""The engine build, loaded without numpy or the catalogue, and a machine driven through the
engine's C API by call id.

Start-up is part of every fuzzing run's time to a finding (benchmarks/bench_fuzz.py counts it
from the launch of ``haptrace fuzz``), and the fuzz harness pays it in a process of its own:
``replay.Machine`` loads numpy (about 70-100 ms, numpy's import alone) and the catalogue
(about 35 ms), where this module needs the engine's compiled module only (about 3 ms).  So
this module imports nothing but the module names of the builds and the error classes; the
rest of the binding (``haptrace.binding._native``) loads the same build through it and then
checks it against the catalogue, and so does the parent of the harness, ``haptrace fuzz``,
while the harness starts.

Which build a process uses is ``HAPTRACE_ENGINE``.  The fuzz harness sets it (--engine):
"cov" is compiled with SanitizerCoverage, so that libFuzzer sees the engine's own edges;
"asan" adds ASan and UBSan.  Both are extra modules of ``HAPTRACE_NATIVE_COVERAGE=1 pip
install .`` (csrc/build_engine.py), and both need libFuzzer's symbols loaded globally before
they are imported (fuzz/harness.py arranges that).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from haptrace.engines import ENGINE_MODULES, not_built
from haptrace.errors import ConfigError, EngineError, InputError, InvalidArgument

BUILD_COMMAND = "HAPTRACE_NATIVE_COVERAGE=1 pip install ."
MAX_OUTS = 6  # HT_OUTS

_LOADED: dict[str, Engine] = {}


def selected() -> str:
    """The build ``HAPTRACE_ENGINE`` names ("default" when it is unset)."""
    name = os.environ.get("HAPTRACE_ENGINE") or "default"
    _check_name(name)
    return name


def _check_name(name: str) -> None:
    if name not in ENGINE_MODULES:
        raise InputError(
            f"HAPTRACE_ENGINE={name!r} is not an engine build: use one of"
            f" {', '.join(ENGINE_MODULES)} (or leave it unset for the default)"
        )


def built(name: str) -> bool:
    """Whether build ``name`` is installed (without importing it: the instrumented builds
    need libFuzzer loaded first)."""
    _check_name(name)
    return importlib.util.find_spec(ENGINE_MODULES[name]) is not None


def engine(name: str | None = None) -> Engine:
    """Build ``name`` of the engine (default: the one ``HAPTRACE_ENGINE`` selects), loaded
    once per process."""
    name = name or selected()
    loaded = _LOADED.get(name)
    if loaded is None:
        _check_name(name)
        loaded = _LOADED[name] = Engine(name, _import(name))
    return loaded


def _import(name: str) -> Any:
    module = ENGINE_MODULES[name]
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installation
        if name == "default":
            raise not_built(module, exc) from exc
        raise InputError(
            f"HAPTRACE_ENGINE={name}: the {name} engine ({module}) is not"
            f" built: install with `{BUILD_COMMAND}` (clang 14 or later and its runtime, e.g."
            " `apt-get install -y clang libclang-rt-dev`)"
        ) from exc
    except ImportError as exc:  # pragma: no cover - depends on how the process was started
        if name == "default" or "undefined symbol" not in str(exc):
            raise
        # The instrumented builds call into libFuzzer (__sancov_lowest_stack, and ASan's
        # runtime for asan), which only a fuzzing process has loaded.
        raise InputError(
            f"HAPTRACE_ENGINE={name}: {module} needs libFuzzer's symbols loaded"
            " first; run it under the fuzz harness (haptrace fuzz --native-coverage /"
            f" --sanitizers, or haptrace-fuzz-worker --engine={name}) ({exc})"
        ) from exc


class Engine:
    """One build of the engine as loaded: its cffi ``ffi`` and ``lib`` (for the binding's
    modules only), and what can be asked of it without a machine."""

    def __init__(self, name: str, module: Any) -> None:
        self.name = name
        self.ffi: Any = module.ffi
        self.lib: Any = module.lib

    def __repr__(self) -> str:
        return f"<Engine {self.name}>"

    def names(self, table: str) -> tuple[str, ...]:
        """Every entry of one of the engine's name tables (``ht_<table>``: bug_name,
        bug_text, bug_source, profile_name, reason_text, invariant_name, invariant_text),
        up to the first NULL."""
        if table not in _NAME_TABLES:
            raise InvalidArgument(f"the engine has no name table {table!r}")
        ffi, getter = self.ffi, getattr(self.lib, f"ht_{table}")
        out: list[str] = []
        while (pointer := getter(len(out))) != ffi.NULL:
            out.append(ffi.string(pointer).decode())
        return tuple(out)

    def bug_names(self) -> tuple[str, ...]:
        return self.names("bug_name")

    def profile_names(self) -> tuple[str, ...]:
        """The profiles in the engine's numbering (generated from the catalogue)."""
        return self.names("profile_name")

    def revision(self) -> str:
        """The catalogue revision the engine was generated from."""
        return str(self.ffi.string(self.lib.ht_catalogue_revision()).decode())

    def call_id(self, name: str) -> int:
        """The catalogue id of the call ``name``, or -1 if this build has no such call."""
        return int(self.lib.ht_fuzz_call_id(name.encode()))

    def limit(self, name: str) -> int:
        """A number the engine shares with Python by name (haptrace/catalogue/limits.py's
        names, and ERRNO_BITS), read from the build: for code that runs without loading
        the catalogue.  tests/fuzz/test_lean.py checks the build's against limits.py."""
        value = self.ffi.new("int64_t *")
        if self.lib.ht_limit(name.encode(), value) != 0:
            raise InvalidArgument(f"the engine shares no number named {name!r}")
        return int(value[0])

    def constant(self, name: str) -> int:
        """An integer ``#define`` of the public header (``HT_...``)."""
        if not name.startswith("HT_"):
            raise InvalidArgument(f"{name!r} is not a constant of the engine's header")
        value = getattr(self.lib, name, None)
        if not isinstance(value, int):
            raise InvalidArgument(f"the engine's header defines no integer {name}")
        return value


_NAME_TABLES = frozenset(
    (
        "bug_name",
        "bug_text",
        "bug_source",
        "profile_name",
        "reason_text",
        "invariant_name",
        "invariant_text",
    )
)
_HOST_FIELDS = (
    "arch",
    "vendor",
    "profile",
    "audit_compiled",
    "total_frames",
    "gfn_capacity",
    "share_capacity",
    "xenheap_units",
    "option",
)


class SharedRegion:
    """The memfd a machine is carved from when it is shared with the processes of the
    programs `haptrace run` runs (csrc/shared.c): mapped at ``address`` here, and there by
    each program's shim, which runs hypercalls in its own process under the region's lock
    while ``gate`` is open, except the calls ``defer`` names."""

    def __init__(self, build: Engine, config: Any, abi: str) -> None:
        ffi, lib = build.ffi, build.lib
        index = int(lib.ht_abi_index(abi.encode()))
        if index < 0:
            raise ConfigError(f"the engine knows no hypercall ABI {abi!r}")
        fd = ffi.new("int *")
        error = ffi.new("char[256]")
        handle = lib.ht_shared_new(config, index, fd, error, 256)
        if handle == ffi.NULL:
            raise ConfigError(ffi.string(error).decode())
        self._lib = lib
        # The region, owned: unmapped with the last reference to it (the machine's memory
        # with it), and its memfd closed then too.
        self.handle: Any = ffi.gc(handle, lib.ht_shared_free)
        self.fd = int(fd[0])
        weakref.finalize(self, os.close, self.fd)
        self.address = int(lib.ht_shared_address(self.handle))
        self.size = int(lib.ht_shared_size(self.handle))

    def lock(self) -> None:
        """Takes the lock the programs' in-process hypercalls take (unlock gives it back)."""
        self._lib.ht_shared_lock(self.handle)

    def unlock(self) -> None:
        self._lib.ht_shared_unlock(self.handle)

    def set_gate(self, open_: bool) -> None:
        """Lets programs run hypercalls in their own processes (True), or not."""
        self._lib.ht_shared_set_gate(self.handle, int(open_))

    def defer(self, call: int) -> None:
        """Call ``call`` (a catalogue id) is always run by the server."""
        if self._lib.ht_shared_defer(self.handle, call) != 0:
            raise InvalidArgument(f"no catalogue call has id {call}")

    @property
    def local_calls(self) -> int:
        """Hypercalls the programs ran in their own processes so far."""
        return int(self._lib.ht_shared_local_calls(self.handle))


class EngineMachine:
    """One machine of a build, driven through the C API by call id: what booting and
    fuzzing need, without the catalogue.  ``replay.Machine`` (haptrace.binding.machine) is
    built on one as well (``Machine.engine``)."""

    def __init__(
        self, build: Engine, host: Mapping[str, int | list[int]], shared_abi: str | None = None
    ) -> None:
        """A machine with no domains yet, for ``host``: the fields of ``ht_host_config``
        (arch, vendor, profile, audit_compiled, total_frames, gfn_capacity,
        share_capacity, xenheap_units; the enums by their engine numbers).  ConfigError
        carries the engine's message when it cannot build the machine.  ``shared_abi``: the
        machine is carved from a SharedRegion (``shared``) whose programs decode hypercalls
        with that ABI version."""
        unknown = set(host) - set(_HOST_FIELDS)
        if unknown:
            raise ConfigError(f"unknown host configuration fields: {', '.join(sorted(unknown))}")
        ffi, lib = build.ffi, build.lib
        try:
            config = ffi.new("ht_host_config *", dict(host))
        except (TypeError, OverflowError) as exc:
            raise ConfigError(f"bad host configuration {dict(host)!r}: {exc}") from None
        self.engine = build
        self.shared: SharedRegion | None = None
        if shared_abi is not None:
            # The machine lives in the region, which frees it: the pointer is the region's.
            self.shared = SharedRegion(build, config, shared_abi)
            self.pointer: Any = lib.ht_shared_machine(self.shared.handle)
        else:
            error = ffi.new("char[256]")
            pointer = lib.ht_machine_new(config, error, 256)
            if pointer == ffi.NULL:
                raise ConfigError(ffi.string(error).decode())
            # The pointer, owned: the machine is freed with the last reference to it.
            self.pointer = ffi.gc(pointer, lib.ht_machine_free)
        self._args = ffi.new("uint64_t[]", lib.HT_ARGS)
        self._last = lib.ht_last(self.pointer)

    def call(self, call: int, args: Sequence[int]) -> int:
        """Runs call ``call`` (a catalogue id) with ``args`` (the rest 0); returns Xen's raw
        result: >= 0 the value, < 0 minus the errno, at or below HT_RAW_REFUSED_LIMIT a
        call the engine refused (or HT_RAW_UNSUPPORTED: a path the engine does not model)."""
        slots = len(self._args)
        if len(args) > slots:
            raise InvalidArgument(f"a call takes at most {slots} arguments, not {len(args)}")
        buffer = self._args
        for index in range(slots):
            buffer[index] = args[index] if index < len(args) else 0
        ffi = self.engine.ffi
        return int(self.engine.lib.ht_call(self.pointer, call, buffer, ffi.NULL, 0, ffi.NULL))

    def call_as(
        self, call: int, args: Sequence[int], caller: int, vcpu: int, pool: Sequence[int]
    ) -> int:
        """``call`` made by ``caller``'s vcpu ``vcpu``, its list arguments referring into
        ``pool`` (word offset << LIST_SHIFT | count, as ht_call takes them); the caller goes
        back to domain 0's vcpu 0 afterwards."""
        ffi, lib = self.engine.ffi, self.engine.lib
        if lib.ht_set_caller(self.pointer, caller, vcpu) != 0:
            raise InvalidArgument(f"no vcpu {vcpu} of domain {caller} can make calls")
        words = ffi.new("uint64_t[]", list(pool) or [0])
        slots = len(self._args)
        if len(args) > slots:
            raise InvalidArgument(f"a call takes at most {slots} arguments, not {len(args)}")
        for index in range(slots):
            self._args[index] = args[index] if index < len(args) else 0
        try:
            return int(lib.ht_call(self.pointer, call, self._args, words, len(pool), ffi.NULL))
        finally:
            lib.ht_set_caller(self.pointer, 0, 0)

    def last_outputs(self) -> tuple[int, ...]:
        """All output slots of the last call's result (those past the call's outputs are 0)."""
        return tuple(int(v) for v in self._last.out)

    def set_bugs(self, mask: int) -> None:
        """Planted bugs on by bit mask (all others off)."""
        if self.engine.lib.ht_set_bugs(self.pointer, mask) != 0:
            raise EngineError(f"the engine refused the planted-bug mask {mask:#x}")

    def set_oracle(self, on: bool) -> None:
        self.engine.lib.ht_set_oracle(self.pointer, int(on))

    def violated(self) -> bool:
        """Runs the invariant audit (and collects the transition oracle's findings since the
        last check): whether anything is violated."""
        violations = self.engine.ffi.new("ht_violation[1]")
        return int(self.engine.lib.ht_check(self.pointer, violations, 1)) > 0

    def snapshot(self) -> None:
        self.engine.lib.ht_snapshot(self.pointer)

    def state_digest(self) -> int:
        return int(self.engine.lib.ht_state_digest(self.pointer))

    def seed_fuzz_pair(self, domid: int, gfn: int, handle: int) -> None:
        """A (domain, gfn, handle or 0) pair every fuzz input's pools start with."""
        if self.engine.lib.ht_fuzz_seed_pair(self.pointer, domid, gfn, handle) != 0:
            raise InvalidArgument("a fuzz machine holds at most 8 seed pairs")

    def seed_fuzz_made(self, call: int, outputs: Sequence[int]) -> None:
        """What call ``call`` (a catalogue id) made, its ``outputs`` as it returned them, as
        values every fuzz input's pools start with (those the catalogue says it makes)."""
        out = self.engine.ffi.new("uint64_t[]", list(outputs) or [0])
        if len(outputs) < self.engine.lib.HT_OUTS:
            raise InvalidArgument(f"a call's outputs are {self.engine.lib.HT_OUTS} words")
        if self.engine.lib.ht_fuzz_seed_made(self.pointer, call, out) < 0:
            raise InvalidArgument(f"the engine has no call {call}")

    def seed_fuzz_key(self, call: int, arg: int, words: Sequence[int]) -> bool:
        """A key boot call ``call`` named in its argument ``arg`` (a tmem pool's uuid, an
        object id), which every fuzz input starts with among its remembered keys; whether it
        was kept (an argument that is no key, or a key held already, is not)."""
        values = self.engine.ffi.new("uint64_t[]", list(words) or [0])
        kept = int(self.engine.lib.ht_fuzz_seed_key(self.pointer, call, arg, values, len(words)))
        if kept < 0:
            raise InvalidArgument(f"call {call} argument {arg} takes no such key, or 4 are held")
        return kept > 0

    def documented_keys(self) -> set[int]:
        """The spec keys (call << ERRNO_BITS | errno) the machine's profile documents."""
        ffi, lib = self.engine.ffi, self.engine.lib
        count = int(lib.ht_fuzz_documented_keys(self.pointer, ffi.NULL, 0))
        keys = ffi.new("uint32_t[]", max(count, 1))
        lib.ht_fuzz_documented_keys(self.pointer, keys, count)
        return {int(key) for key in ffi.unpack(keys, count)}


__all__ = ["BUILD_COMMAND", "Engine", "EngineMachine", "built", "engine", "selected"]
