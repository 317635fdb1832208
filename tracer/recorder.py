"""Recording proxies: every call made through them goes to a trace.

:class:`RecordingMachine` wraps a :class:`replay.Machine`, or anything with the same call
API (one method per catalogue call returning a result with ``rc``, ``errno`` and
``outputs``, plus ``call`` and ``batch``), such as a real host's libxc backend.  It uses
only that public API.

    with RecordingMachine(Machine(), "run.trace") as machine:
        machine.memshr_control(1, 1)
        machine.batch(calls)          # journalled in bulk, no per-call Python work

Per-call results are buffered as plain rows and turned into a chunk every ``chunk_calls``
calls; batches go to :meth:`TraceWriter.write_batch` as numpy arrays.  One lock covers a
call *and* its journalling, so with several threads the trace order is the order the calls
ran in, which is what replay needs.  Wrap a freshly built machine: the trace header
describes the machine's configuration, not calls made before the recording began.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding.config import MachineConfig
from haptrace.binding.machine import BatchOutcome, Machine, bind_arguments
from haptrace.catalogue import BY_NAME, MAX_ARGS, MAX_OUTPUTS, Call, lookup
from haptrace.errors import InputError

from .chunk import Chunk
from .layout import DEFAULT_CHUNK_CALLS
from .model import Header
from .writer import CloseOrAbandon, TraceWriter

_PADS = tuple((0,) * (MAX_ARGS - k) for k in range(MAX_ARGS + 1))


def header_for(target: Any) -> Header:
    """The header describing ``target``: its profile, configuration and planted bugs."""
    return Header(
        profile=getattr(target, "profile", "doc"),
        machine=getattr(target, "config", None) or MachineConfig.default(),
        source="emulator" if isinstance(target, Machine) else "host",
        xen_version=getattr(target, "xen_version", ""),
        bugs=tuple(getattr(target, "bugs", ())),
    )


class _Rows:
    """Per-call results as flat lists, turned into numpy columns a chunk at a time."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.calls: list[int] = []
        self.args: list[int] = []
        self.rc: list[int] = []
        self.errno: list[int] = []
        self.outputs: list[int] = []

    def __len__(self) -> int:
        return len(self.calls)

    def add(self, call: int, args: tuple[int, ...], result: Any) -> None:
        outputs = result.outputs
        self.calls.append(call)
        self.args.extend(args)
        self.args.extend(_PADS[len(args)])
        self.rc.append(result.rc)
        self.errno.append(result.errno)
        self.outputs.extend(outputs)
        self.outputs.extend(_PADS[len(outputs)])

    def take(self) -> Chunk:
        n = len(self.calls)
        chunk = Chunk(
            np.array(self.calls, dtype=np.uint16),
            np.array(self.args, dtype=np.uint64).reshape(n, MAX_ARGS),
            np.array(self.rc, dtype=np.int64),
            np.array(self.errno, dtype=np.uint16),
            np.array(self.outputs, dtype=np.uint64).reshape(n, MAX_OUTPUTS),
        )
        self.clear()
        return chunk


class RecordingMachine(CloseOrAbandon):
    """Passes every call on to ``target`` and records it in the trace at ``path``.

    Attributes other than the calls (``profile``, ``counters()``, ``check()``, ...) are
    the target's.  ``restore`` and ``set_bugs`` are refused: a trace is one straight line
    of calls on a machine whose planted bugs the header fixes.
    """

    def __init__(
        self,
        target: Any,
        path: str | os.PathLike[str],
        *,
        header: Header | None = None,
        chunk_calls: int = DEFAULT_CHUNK_CALLS,
        sync: bool = True,
    ) -> None:
        self.target = target
        self.writer = TraceWriter(
            path, header or header_for(target), chunk_calls=chunk_calls, sync=sync
        )
        self._lock = threading.Lock()
        self._rows = _Rows()

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the class does not define: catalogue calls get a recording
        # wrapper (cached on the instance, so this runs once per call name).
        if name.startswith("_") or name == "target":  # not set yet (copy, pickle): no loop
            raise AttributeError(name)
        spec = BY_NAME.get(name)
        if spec is None:
            return getattr(self.target, name)
        method = self._recording(spec, getattr(self.target, name))
        self.__dict__[name] = method
        return method

    def _recording(self, spec: Call, method: Callable[..., Any]) -> Callable[..., Any]:
        call_id, nargs, lock, rows = spec.id, len(spec.args), self._lock, self._rows
        chunk_calls = self.writer.chunk_calls

        def recorded(*args: int, **kwargs: int) -> Any:
            with lock:
                result = method(*args, **kwargs)  # a refused call raises: nothing happened
                if kwargs or len(args) != nargs:
                    args = tuple(bind_arguments(spec, args, kwargs))
                rows.add(call_id, args, result)
                if len(rows) >= chunk_calls:
                    self.writer.write_chunk(rows.take())
            return result

        recorded.__name__ = spec.name
        recorded.__doc__ = method.__doc__
        return recorded

    def call(self, name_or_id: str | int, *args: int, **kwargs: int) -> Any:
        """Any catalogue call by name or id (recorded like the named methods)."""
        return getattr(self, lookup(name_or_id).name)(*args, **kwargs)

    def batch(self, calls: npt.NDArray[Any], flags: int = 0) -> BatchOutcome:
        """Run a batch on the target and journal the calls that ran, vectorised."""
        with self._lock:
            self._move_rows()  # calls made one by one before this batch come first
            outcome: BatchOutcome = self.target.batch(calls, flags)
            ran = outcome.ran
            self.writer.write_batch(np.ascontiguousarray(calls[:ran]), outcome.results[:ran])
        return outcome

    def restore(self, snapshot: object) -> None:
        raise InputError(
            "restore cannot be recorded: a trace is one straight line of calls; record each"
            " branch as its own trace"
        )

    def set_bugs(self, names: object) -> None:
        raise InputError(
            "planted bugs cannot change during a recording: the trace header fixes them;"
            " choose them when building the machine"
        )

    @property
    def calls(self) -> int:
        """Calls recorded so far."""
        return self.writer.calls + len(self._rows)

    def flush(self) -> None:
        """Write every recorded call to the file now (as a short chunk if need be)."""
        with self._lock:
            self._move_rows()
            self.writer.flush()

    def close(self) -> None:
        """Write the rest and close the trace cleanly (renamed to its final path)."""
        with self._lock:
            self._move_rows()
            self.writer.close()

    def abandon(self) -> None:
        """Stop without closing cleanly: the calls recorded so far stay in
        ``PATH.incomplete`` as a cut-off trace."""
        with self._lock:
            self._move_rows()
            self.writer.abandon()

    def _move_rows(self) -> None:
        if len(self._rows):
            self.writer.write_chunk(self._rows.take())

    def __repr__(self) -> str:
        return f"<RecordingMachine {self.target!r} -> {self.writer.path}>"


__all__ = ["RecordingMachine", "header_for"]
