"""Writing binary traces: :class:`TraceWriter`.

The writer's states are visible from outside, as rr's are:

1. while recording, the file is ``PATH.incomplete`` with state byte 0; every chunk is
   handed to the OS as soon as it is encoded, so a recorder killed at any point leaves every
   complete chunk readable (the reader reports the cut-off tail);
2. :meth:`TraceWriter.close` writes the last, possibly short, chunk and the end record,
   sets the state byte to 1, fsyncs and renames the file to ``PATH``;
3. if the ``with`` body raises, the calls recorded so far are written as a last chunk and
   the file stays ``PATH.incomplete``, without an end record: a cut-off recording.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import numpy as np
import numpy.typing as npt

from haptrace.binding.machine import CALL_DTYPE, RESULT_DTYPE
from haptrace.catalogue import CATALOGUE, MAX_ARGS, ListArg
from haptrace.catalogue.limits import RAW_UNSUPPORTED, TRACE_ERRNO_UNSUPPORTED

from .chunk import Chunk, clear_undefined, compact_lists, concat, undefined_outputs
from .codec import DEFAULT_LEVEL, ChunkEncoder
from .errors import TraceError
from .layout import (
    DEFAULT_CHUNK_CALLS,
    MAX_CHUNK_CALLS,
    MAX_CHUNK_POOL_WORDS,
    STATE_CLOSED,
    STATE_OFFSET,
    STATE_WRITING,
    header_map,
    pack_preamble,
    packb,
)
from .model import Header, Record

INCOMPLETE_SUFFIX = ".incomplete"
# What a call's slots can hold: a scalar's width, all of a list reference.
_ARG_MASKS = np.array(
    [
        [2**64 - 1 if isinstance(a, ListArg) else a.max_value for a in c.args]
        + [0] * (MAX_ARGS - len(c.args))
        for c in CATALOGUE
    ],
    dtype=np.uint64,
)


def trace_errnos(err: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Result errnos as a trace holds them: an unsupported outcome (-RAW_UNSUPPORTED in a
    result) as TRACE_ERRNO_UNSUPPORTED."""
    unsupported = err == -RAW_UNSUPPORTED
    return np.where(unsupported, TRACE_ERRNO_UNSUPPORTED, err) if unsupported.any() else err


def incomplete_path(path: str | os.PathLike[str]) -> Path:
    """Where a recording of ``path`` lives until it is closed cleanly."""
    target = Path(path)
    return target.with_name(target.name + INCOMPLETE_SUFFIX)


class CloseOrAbandon:
    """As a context manager: :meth:`close` cleanly when the body succeeds, :meth:`abandon`
    (keep what was recorded as a cut-off trace) when it raises."""

    def close(self) -> None:
        raise NotImplementedError

    def abandon(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.abandon()


class TraceWriter(CloseOrAbandon):
    """Writes a trace to ``path`` in chunks of at most ``chunk_calls`` calls (fewer when
    their lists would take more than MAX_CHUNK_POOL_WORDS words).

    Not thread-safe: one writer belongs to one thread, or to a recorder that holds a lock.
    ``sync=False`` skips the fsync on close (for tests and throwaway traces).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        header: Header,
        *,
        chunk_calls: int = DEFAULT_CHUNK_CALLS,
        level: int = DEFAULT_LEVEL,
        sync: bool = True,
    ) -> None:
        if not 1 <= chunk_calls <= MAX_CHUNK_CALLS:
            raise TraceError(f"chunk_calls must be 1 to {MAX_CHUNK_CALLS}, not {chunk_calls}")
        self.path = Path(path)
        self.temp_path = incomplete_path(self.path)
        self.header = header
        self.chunk_calls = chunk_calls
        self.sync = sync
        self.tail_note = ""  # comment lines after the last call (text form)
        self.calls = 0  # calls written or waiting in the buffer
        self.chunks = 0  # chunks written
        self.closed = False
        self._encoder = ChunkEncoder(level)
        self._pending: list[Chunk] = []
        self._pending_calls = 0
        try:
            self._file: IO[bytes] = open(self.temp_path, "wb")  # noqa: SIM115 - see close()
        except OSError as exc:
            raise TraceError(f"{self.temp_path}: cannot write: {exc.strerror or exc}") from None
        self._file.write(pack_preamble(STATE_WRITING))
        self._file.write(packb(header_map(header, chunk_calls)))
        self._file.flush()

    # ---- adding calls ---------------------------------------------------------------------

    def write_chunk(self, chunk: Chunk) -> None:
        """Add a chunk's calls (any length; they are re-cut into chunks of the fixed size)."""
        self._check_open()
        problem = chunk.validate()
        if problem is not None:
            raise TraceError(f"refusing to write an invalid chunk: {problem}")
        for start in range(0, len(chunk), self.chunk_calls):
            piece = chunk.slice(start, min(start + self.chunk_calls, len(chunk)))
            self._pending.append(piece)
            self._pending_calls += len(piece)
            self.calls += len(piece)
            if self._pending_calls >= self.chunk_calls:
                self._emit(final=False)

    def write_records(self, records: Iterable[Record]) -> None:
        """Add records; an iterator is consumed a chunk at a time (memory stays flat)."""
        batch: list[Record] = []
        for record in records:
            batch.append(record)
            if len(batch) == self.chunk_calls:
                self.write_chunk(Chunk.from_records(batch))
                batch = []
        if batch:
            self.write_chunk(Chunk.from_records(batch))

    def write_batch(
        self,
        calls: npt.NDArray[Any],
        results: npt.NDArray[Any],
        pool: npt.NDArray[np.uint64] | None = None,
        out_pool: npt.NDArray[np.uint64] | None = None,
    ) -> None:
        """Add what :meth:`replay.Machine.batch` ran: ``calls`` (CALL_DTYPE, each with its
        caller) and their ``results`` (RESULT_DTYPE), equally long (pass ``[:outcome.ran]``
        of each), and the batch's word pool as it was before the batch (``pool``: the lists
        the calls were given) and after it (``out_pool``: the lists they wrote; None: the
        same as ``pool``, right when the batch has no output lists).

        Vectorised.  Records the engine refused without running them (an unknown call or
        caller, a too-wide argument, a malformed list: rc -1 with errno 0) are left out:
        they did not happen."""
        if calls.dtype != CALL_DTYPE or results.dtype != RESULT_DTYPE:
            raise TraceError("write_batch takes a CALL_DTYPE array and a RESULT_DTYPE array")
        if len(calls) != len(results):
            raise TraceError(f"{len(calls)} calls but {len(results)} results")
        words = np.zeros(0, dtype=np.uint64) if pool is None else np.asarray(pool, np.uint64)
        written = words if out_pool is None else np.asarray(out_pool, np.uint64)
        if len(written) != len(words):
            raise TraceError(f"the pool holds {len(words)} words before and {len(written)} after")
        for start in range(0, len(calls), self.chunk_calls):
            stop = start + self.chunk_calls
            chunk = _batch_chunk(calls[start:stop], results[start:stop], words, written)
            if len(chunk):
                self.write_chunk(chunk)

    # ---- closing ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the buffered calls now, as a (possibly short) chunk."""
        self._check_open()
        self._emit(final=True)
        self._file.flush()

    def close(self) -> None:
        """Finish cleanly: the last chunk, the end record, the state byte, the rename."""
        if self.closed:
            return
        self._emit(final=True)
        end = {"t": "end", "calls": self.calls, "chunks": self.chunks, "tail_note": self.tail_note}
        self._file.write(packb(end))
        self._file.flush()
        self._file.seek(STATE_OFFSET)
        self._file.write(bytes([STATE_CLOSED]))
        self._file.flush()
        if self.sync:
            os.fsync(self._file.fileno())
        self._file.close()
        self.closed = True
        os.replace(self.temp_path, self.path)

    def abandon(self) -> None:
        """Stop without closing cleanly: what was recorded is kept in ``PATH.incomplete``
        as a cut-off trace (no end record, state byte 0)."""
        if self.closed:
            return
        try:
            self._emit(final=True)
        finally:
            self._file.close()
            self.closed = True

    def discard(self) -> None:
        """Stop and delete the unfinished file (a conversion that failed half-way)."""
        if not self.closed:
            self._file.close()
            self.closed = True
        self.temp_path.unlink(missing_ok=True)

    # ---- internals --------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:
            raise TraceError(f"the trace {self.path} is already closed")

    def _emit(self, final: bool) -> None:
        """Encode and write full chunks from the buffer (and the rest when ``final``)."""
        if not self._pending:
            return
        merged = self._pending[0] if len(self._pending) == 1 else concat(self._pending)
        words = np.cumsum(merged.list_words()) if merged.has_lists else None
        start = 0
        while start < len(merged):
            stop = self._cut(merged, words, start)
            if stop == len(merged) and stop - start < self.chunk_calls and not final:
                break  # neither full nor the last: wait for more calls
            self._file.write(packb(self._encoder.encode(merged.slice(start, stop))))
            self.chunks += 1
            start = stop
        self._pending = [merged.slice(start, len(merged))] if start < len(merged) else []
        self._pending_calls = len(merged) - start
        # Hand each chunk to the OS at once: a killed recorder then loses only the buffer.
        self._file.flush()

    def _cut(self, merged: Chunk, words: npt.NDArray[np.uint64] | None, start: int) -> int:
        """Where the chunk starting at record ``start`` ends: after ``chunk_calls`` calls,
        or before the call whose lists would take the pool past MAX_CHUNK_POOL_WORDS (one
        call's lists always fit)."""
        stop = min(start + self.chunk_calls, len(merged))
        if words is None:
            return stop
        before = int(words[start - 1]) if start else 0
        fits = int(np.searchsorted(words[start:stop], before + MAX_CHUNK_POOL_WORDS, "right"))
        return start + max(1, fits)


def _batch_chunk(
    calls: npt.NDArray[Any],
    results: npt.NDArray[Any],
    pool: npt.NDArray[np.uint64],
    out_pool: npt.NDArray[np.uint64],
) -> Chunk:
    rc = results["rc"]
    err = results["err"]
    ran = (rc != -1) | (err != 0)
    if not ran.all():
        calls, results, rc, err = calls[ran], results[ran], rc[ran], err[ran]
    ids = calls["call"]
    if len(ids) and int(ids.max()) >= len(CATALOGUE):
        raise TraceError(f"batch holds call id {int(ids.max())}, not in the catalogue")
    err = trace_errnos(err)
    if len(err) and int(err.max()) > 0xFFFF:
        raise TraceError(f"batch result errno {int(err.max())} does not fit in 16 bits")
    ids = ids.astype(np.uint16)
    # The engine ignores argument slots a call does not have; the trace stores zeros there.
    # Masking with each slot's all-ones width does it in one pass: the engine ran these
    # records, so their used slots already fit, and unused slots have a mask of 0.
    args = np.take(_ARG_MASKS, ids, axis=0) & calls["arg"]
    # The lists the records ran with, copied apart in trace order (a batch may give two
    # calls the same words; a trace gives each record its own).
    args, words, written = compact_lists(ids, args, pool, out_pool)
    # Outputs go in as they are: the encoder stores only the slots a call has, and only
    # for the calls that succeeded, so stale values elsewhere never reach the file.
    outputs = np.ascontiguousarray(results["out"])
    undef = undefined_outputs(ids, rc, results["reason"])
    if undef:
        outputs = outputs.copy()
        clear_undefined(outputs, undef)
    return Chunk(
        ids,
        args,
        np.ascontiguousarray(rc),
        err.astype(np.uint16),
        outputs,
        {},
        {},
        np.ascontiguousarray(calls["caller"]),
        np.ascontiguousarray(calls["vcpu"]),
        words,
        written,
        undef,
    )


__all__ = ["INCOMPLETE_SUFFIX", "TraceWriter", "incomplete_path"]
