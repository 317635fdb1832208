"""The fuzz machine booted straight through the engine's C API, and one C call per input: what
the harness runs inputs on, started without the Python catalogue, numpy or replay.Machine.

Start-up is part of every fuzzing run's time to a finding (benchmarks/bench_fuzz.py counts it
from the launch of ``haptrace fuzz``), and the harness pays it in a process of its own:
importing ``replay.Machine`` loads numpy (about 70-100 ms here, numpy's import alone) and the
catalogue (about 35 ms), where this module needs the engine's compiled module only (about
3 ms), through the binding's lean modules (haptrace.binding.lean and .fuzz).  The machine is
the one fuzz/boot.py defines and boots; fuzz/target.py's ``FuzzTarget``, the findings path,
runs on a ``LeanTarget`` too and adds the catalogue's view of each input.

The build is the one ``HAPTRACE_ENGINE`` names (haptrace.binding.lean); the binding checks it
against the catalogue once something loads the rest of it (so does the parent of the harness,
``haptrace fuzz``, while the harness starts).
"""

from __future__ import annotations

from collections.abc import Callable

from haptrace.binding.fuzz import CHECK_INVARIANTS, Executor, FuzzResult
from haptrace.binding.lean import engine as load_engine

from .boot import MAX_CALLS, TEST_MAGIC_FLAG, BootError, boot, new_machine, seed_pairs

__all__ = ["BootError", "LeanTarget"]


class LeanTarget:
    """The booted, snapshotted fuzz machine, and one C call per input (``runner``)."""

    def __init__(
        self,
        profile: str = "doc",
        bugs: tuple[str, ...] = (),
        test_magic: bool = False,
        engine: str | None = None,
        check_invariants: bool = True,
        max_calls: int = MAX_CALLS,
    ) -> None:
        self.machine = new_machine(load_engine(engine), profile, bugs)
        self.boot_calls = boot(self.machine, profile)
        seed_pairs(self.machine, self.boot_calls)
        self.machine.set_oracle(check_invariants)
        if self.machine.violated():  # the booted state must be clean; also clears the oracle
            raise BootError("the booted fuzz machine violates an invariant")
        self.machine.snapshot()
        flags = (CHECK_INVARIANTS if check_invariants else 0) | (
            TEST_MAGIC_FLAG if test_magic else 0
        )
        self.executor = Executor(self.machine, max_calls, flags)

    @property
    def result(self) -> FuzzResult:
        """The last input's result."""
        return self.executor.result

    def runner(self) -> Callable[[bytes], int]:
        """``run(data) -> finding``: runs one input (one C call), reports its features, spec
        keys and counts into the executor's sinks, and returns its finding kind (0: none)."""
        return self.executor.runner()

    def documented_keys(self) -> set[int]:
        """The spec keys (call << ERRNO_BITS | errno) the machine's profile documents."""
        return self.machine.documented_keys()

    def state_digest(self) -> int:
        return self.machine.state_digest()
