"""Guest activity alongside a program under `haptrace run --guest SCRIPT`.

SCRIPT is a Python file that may define

* ``setup(guest)``: run before the program starts (the domain builder's work the machine
  does not start with, such as a guest's ring pages: see docs/real-programs.md);
* ``activity(guest)``: a generator; each step (up to its next ``yield``) runs right after
  one notify the program makes on its event channel (a monitor's or pager's event loop
  notifies every round), so guest writes, reads and faults happen while the program waits
  for them.

``guest.call(name, *args, **kwargs)`` makes a catalogue call (``guest_write``,
``set_hvm_param``, ...) on the machine and records it with the program's calls (remarked
``guest``); ``guest.xenstore_write(path, value)`` writes a xenstore node (the toolstack's
doing, not Xen's: not recorded); ``guest.machine`` is the machine itself, to read.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from haptrace.binding.machine import Machine, bind_arguments
from haptrace.binding.result import CallResult
from haptrace.catalogue import lookup
from haptrace.errors import HaptraceError, InputError
from tracer.model import ArgValue

Ran = tuple[str, tuple[ArgValue, ...], CallResult, str]


class Guest:
    """What a guest script gets: catalogue calls on the machine, recorded."""

    def __init__(
        self,
        machine: Machine,
        record: Callable[[str, tuple[Ran, ...]], None],
        xenstore_write: Callable[[str, bytes], None] | None = None,
    ) -> None:
        self.machine = machine
        self._record = record
        self._xenstore_write = xenstore_write

    def xenstore_write(self, path: str, value: str) -> None:
        """Write a xenstore node (as the toolstack would; its watches fire).  Not a
        hypercall: not recorded."""
        if self._xenstore_write is None:
            raise InputError("no xenstore is served here")
        self._xenstore_write(path, value.encode())

    def call(self, name: str, *args: Any, **kwargs: Any) -> CallResult:
        spec = lookup(name)
        values = bind_arguments(spec, args, kwargs)
        result = self.machine.call(spec.id, *values)
        recorded = tuple(tuple(v) if isinstance(v, list | tuple) else int(v) for v in values)
        self._record("guest", ((spec.name, recorded, result, "guest"),))
        return result


class GuestScript:
    """A loaded --guest script and where its activity is."""

    def __init__(self, path: Path, guest: Guest) -> None:
        spec = importlib.util.spec_from_file_location("haptrace_guest_script", path)
        if spec is None or spec.loader is None:
            raise InputError(f"{path}: not a Python guest script")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except Exception as exc:  # the script's own error, said in one line
            raise InputError(f"{path}: {type(exc).__name__}: {exc}") from None
        self.path = path
        self.guest = guest
        self._setup = getattr(module, "setup", None)
        self._activity = getattr(module, "activity", None)
        self._steps: Iterator[object] | None = None
        self.done = self._activity is None

    def _run(self, what: str, action: Callable[[], object]) -> object:
        try:
            return action()
        except HaptraceError as exc:
            raise InputError(f"{self.path}: {what}: {exc}") from None
        except Exception as exc:
            raise InputError(f"{self.path}: {what}: {type(exc).__name__}: {exc}") from None

    def setup(self) -> None:
        if self._setup is not None:
            setup = self._setup
            self._run("setup", lambda: setup(self.guest))

    def step(self) -> None:
        """Run the activity up to its next yield (nothing once it has ended)."""
        if self.done or self._activity is None:
            return
        if self._steps is None:
            activity = self._activity
            self._steps = iter(self._run("activity", lambda: activity(self.guest)))  # type: ignore[call-overload]
        steps = self._steps

        def advance() -> object:
            try:
                return next(steps)
            except StopIteration:
                self.done = True
                return None

        self._run("activity", advance)
