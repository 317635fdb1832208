"""Guest activity alongside a program under `haptrace run --guest SCRIPT`.

SCRIPT is a Python file that may define

* ``setup(guest)``: run before the program starts (the domain builder's work the machine
  does not start with, such as a guest's ring pages: see docs/real-programs.md);
* ``activity(guest)``: a generator, started right after ``setup`` (what comes before its
  first ``yield`` runs then); what a bare ``yield`` ends, the next step (up to the next
  ``yield``) follows one notify the program makes on its event channel (a monitor's event
  loop notifies every round), so guest writes, reads and faults happen while the program
  waits for them.  A ``yield`` of a callable waits instead for what it tests: the activity
  goes on at the first moment it returns true, tested after each of the program's device
  operations and every ``POLL_SECONDS`` while the program is quiet (a pager that evicts
  pages and then waits in poll() makes no notify to step on).

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
POLL_SECONDS = 0.05  # how often a waiting activity's condition is tested while all is quiet


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
        self._until: Callable[[], object] | None = None  # what a waiting step waits for
        self.done = self._activity is None

    def _run(self, what: str, action: Callable[[], object]) -> object:
        try:
            return action()
        except HaptraceError as exc:
            raise InputError(f"{self.path}: {what}: {exc}") from None
        except Exception as exc:
            raise InputError(f"{self.path}: {what}: {type(exc).__name__}: {exc}") from None

    def setup(self) -> None:
        """The script's setup, then its activity up to the first yield."""
        if self._setup is not None:
            setup = self._setup
            self._run("setup", lambda: setup(self.guest))
        if self._activity is not None:
            self._advance()

    @property
    def waiting(self) -> bool:
        """The activity waits for a condition (the server tests it at every operation and
        every POLL_SECONDS)."""
        return self._until is not None and not self.done

    def poll(self) -> None:
        """Go on if the activity waits for a condition that now holds."""
        until = self._until
        if until is not None and not self.done and self._run("a wait's condition", until):
            self._until = None
            self._advance()

    def step(self) -> None:
        """A notify: run the activity up to its next yield (nothing once it has ended, and
        nothing while it waits for a condition that does not hold yet)."""
        if self.done:
            return
        if self._until is not None:
            self.poll()
            return
        self._advance()

    def _advance(self) -> None:
        if self._activity is None:
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

        yielded = self._run("activity", advance)
        if callable(yielded):
            self._until = yielded
