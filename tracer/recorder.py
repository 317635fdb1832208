"""Recording proxies: every call made through them goes to a trace.

:class:`RecordingMachine` wraps a :class:`replay.Machine`, or anything with the same call
API (one method per catalogue call returning a result with ``rc``, ``errno`` and
``outputs``, plus ``call`` and ``batch``), such as a real host's libxc backend.  It uses
only that public API.

    with RecordingMachine(Machine(), "run.trace") as machine:
        machine.memshr_control(1, 1)
        machine.batch(calls)          # journalled in bulk, no per-call Python work

Per-call results are buffered as plain rows and turned into a chunk every ``chunk_calls``
calls; batches go to :meth:`TraceWriter.write_batch` as numpy arrays.  A call made inside
``with machine.caller(domid, vcpu):`` (or with ``call(..., caller=(domid, vcpu))``) is
recorded with that caller; list arguments and the output lists a call writes are recorded
with it.  One lock covers a
call *and* its journalling, so with several threads the trace order is the order the calls
ran in, which is what replay needs.  Wrap a freshly built machine: the trace header
describes the machine's configuration, not calls made before the recording began.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.binding.config import MachineConfig
from haptrace.binding.machine import BatchOutcome, Machine, bind_arguments, pack_values
from haptrace.catalogue import BY_NAME, MAX_ARGS, MAX_OUTPUTS, Call, ListArg, lookup
from haptrace.catalogue.limits import TRACE_ERRNO_UNSUPPORTED
from haptrace.errors import InputError

from .chunk import Chunk, clear_undefined, undefined_outputs
from .layout import DEFAULT_CHUNK_CALLS
from .model import Header
from .writer import CloseOrAbandon, TraceWriter

_ARG_PADS = tuple((0,) * (MAX_ARGS - k) for k in range(MAX_ARGS + 1))
_OUT_PADS = tuple((0,) * (MAX_OUTPUTS - k) for k in range(MAX_OUTPUTS + 1))


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
        self.who: list[int] = []  # caller, vcpu per call
        self.args: list[int] = []
        self.rc: list[int] = []
        self.errno: list[int] = []
        self.outputs: list[int] = []
        self.pool: list[int] = []
        self.out_pool: list[int] = []
        self.reasons: list[int] = []

    def __len__(self) -> int:
        return len(self.calls)

    def add(self, call: int, args: tuple[int, ...], result: Any, who: tuple[int, int]) -> None:
        """A call without lists: its arguments as plain ints."""
        outputs = result.outputs
        self.calls.append(call)
        self.who.extend(who)
        self.args.extend(args)
        self.args.extend(_ARG_PADS[len(args)])
        self.rc.append(result.rc)
        self.errno.append(_trace_errno(result))
        self.reasons.append(result.reason_id)
        self.outputs.extend(outputs)
        self.outputs.extend(_OUT_PADS[len(outputs)])

    def add_lists(self, spec: Call, values: list[Any], result: Any, who: tuple[int, int]) -> None:
        """A call with lists: its input values as the Machine API takes them (lists as
        sequences, a length left out as None), packed as a batch packs them; the output
        lists it wrote go to the same offsets of out_pool."""
        packed = pack_values(spec, values, base=len(self.pool))
        written = {
            lst.name: value
            for lst, value in zip(spec.output_lists, result.output_lists, strict=True)
        }
        for arg, slot in zip(spec.args, packed.slots, strict=False):
            if not isinstance(arg, ListArg):
                continue
            words = (slot & 0xFFFFFFFF) * arg.stride
            if arg.is_output:
                value = written[arg.name]
                flat = list(value) if arg.scalar else [w for e in value for w in e]
                self.out_pool.extend(flat)
            else:
                self.out_pool.extend([0] * words)
        self.pool.extend(packed.words)
        self.calls.append(spec.id)
        self.who.extend(who)
        self.args.extend(packed.slots)
        self.rc.append(result.rc)
        self.errno.append(_trace_errno(result))
        self.reasons.append(result.reason_id)
        scalars = result.scalar_outputs
        self.outputs.extend(scalars)
        self.outputs.extend(_OUT_PADS[len(scalars)])

    def take(self) -> Chunk:
        n = len(self.calls)
        who = np.array(self.who, dtype=np.uint16).reshape(n, 2)
        calls = np.array(self.calls, dtype=np.uint16)
        rc = np.array(self.rc, dtype=np.int64)
        outputs = np.array(self.outputs, dtype=np.uint64).reshape(n, MAX_OUTPUTS)
        # The outputs Xen leaves unwritten are recorded as such (`?`), not as a value.
        undef = undefined_outputs(calls, rc, np.array(self.reasons, dtype=np.uint32))
        clear_undefined(outputs, undef)
        chunk = Chunk(
            calls,
            np.array(self.args, dtype=np.uint64).reshape(n, MAX_ARGS),
            rc,
            np.array(self.errno, dtype=np.uint16),
            outputs,
            {},
            {},
            np.ascontiguousarray(who[:, 0]),
            np.ascontiguousarray(who[:, 1]),
            np.array(self.pool, dtype=np.uint64),
            np.array(self.out_pool, dtype=np.uint64),
            undef,
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
        current = getattr(target, "current_caller", None)
        self._caller: tuple[int, int] = current() if current is not None else (0, 0)

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

        if spec.lists:

            def recorded(*args: Any, **kwargs: Any) -> Any:
                with lock:
                    values = bind_arguments(spec, args, kwargs)
                    result = method(*values)  # a refused call raises: nothing happened
                    rows.add_lists(spec, values, result, self._caller)
                    if len(rows) >= chunk_calls:
                        self.writer.write_chunk(rows.take())
                return result

        else:

            def recorded(*args: Any, **kwargs: Any) -> Any:
                with lock:
                    result = method(*args, **kwargs)  # a refused call raises: nothing happened
                    if kwargs or len(args) != nargs:
                        args = tuple(bind_arguments(spec, args, kwargs))
                    rows.add(call_id, args, result, self._caller)
                    if len(rows) >= chunk_calls:
                        self.writer.write_chunk(rows.take())
                return result

        recorded.__name__ = spec.name
        recorded.__doc__ = method.__doc__
        return recorded

    def call(
        self,
        name_or_id: str | int,
        *args: Any,
        caller: tuple[int, int] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Any catalogue call by name or id (recorded like the named methods); ``caller``
        (domid, vcpu) makes it on behalf of that vcpu."""
        method = getattr(self, lookup(name_or_id).name)
        if caller is None:
            return method(*args, **kwargs)
        with self.caller(*caller):
            return method(*args, **kwargs)

    @contextmanager
    def caller(self, domid: int, vcpu: int = 0) -> Iterator[None]:
        """Make (and record) the calls of the ``with`` block on behalf of ``domid``'s vcpu
        ``vcpu``, then go back to the caller before."""
        before = self._caller
        self.set_caller(domid, vcpu)
        try:
            yield
        finally:
            self.set_caller(*before)

    def set_caller(self, domid: int, vcpu: int = 0) -> None:
        """Make (and record) every following call on behalf of ``domid``'s vcpu ``vcpu``."""
        with self._lock:
            self.target.set_caller(domid, vcpu)  # refuses a caller that does not exist
            self._caller = (domid, vcpu)

    def current_caller(self) -> tuple[int, int]:
        return self._caller

    def batch(
        self,
        calls: npt.NDArray[Any],
        flags: int = 0,
        pool: npt.NDArray[np.uint64] | None = None,
    ) -> BatchOutcome:
        """Run a batch on the target and journal the calls that ran (each with the caller
        its record names, and the lists in ``pool``), vectorised."""
        with self._lock:
            self._move_rows()  # calls made one by one before this batch come first
            given = None if pool is None else pool.copy()  # the calls write output lists
            if pool is None:
                outcome: BatchOutcome = self.target.batch(calls, flags)
            else:
                outcome = self.target.batch(calls, flags, pool=pool)
            ran = outcome.ran
            self.writer.write_batch(
                np.ascontiguousarray(calls[:ran]), outcome.results[:ran], given, pool
            )
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


def _trace_errno(result: Any) -> int:
    """The errno a trace records: Xen's, or TRACE_ERRNO_UNSUPPORTED for a call the engine
    answered unsupported (rc -1 with no errno; the Machine API raises on refused calls)."""
    errno = int(result.errno)
    return TRACE_ERRNO_UNSUPPORTED if not errno and result.rc == -1 else errno
