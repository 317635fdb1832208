"""Read a binary trace's chunks ahead, in a background thread, while the caller runs them.

Decoding a chunk (zstd, then numpy column work) and replaying one (a C loop) both release
the GIL for most of their time, so with the decoder a chunk or two ahead a replay costs
about the larger of the two instead of their sum.  Errors keep their place: the chunks
before a corrupt one are delivered, then its TraceError is raised in the caller's thread.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from typing import Any

from .chunk import Chunk
from .reader import Closing, TraceReader

_POLL_SECONDS = 0.05  # how often a blocked reader looks whether it was told to stop


def _read(
    path: str | os.PathLike[str],
    strict: bool,
    chunks: queue.Queue[tuple[str, Any]],
    stop: threading.Event,
) -> None:
    def put(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    try:
        with TraceReader(path, strict=strict) as reader:
            for chunk in reader:
                if stop.is_set() or not put(("chunk", chunk)):
                    return
            truncated = reader.truncated
        put(("end", truncated))
    except BaseException as exc:  # handed to the consumer, raised there
        put(("error", exc))


class ReadAhead(Closing, Iterator[Chunk]):
    """The chunks of the binary trace at ``path``, decoded up to ``depth`` ahead.

    ``truncated`` is known once the iteration has ended.  Stopping early is fine: ``close``
    (or dropping the iterator) stops the thread and closes the file.
    """

    def __init__(self, path: str | os.PathLike[str], depth: int = 2, strict: bool = False):
        self.path = path
        self.strict = strict
        self.truncated = False
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=max(1, depth))
        self._stop = threading.Event()
        self._finished = False
        # The thread gets the queue and the event, not self: the iterator stays collectable
        # while the thread runs, so dropping it without close() still stops the thread.
        self._thread = threading.Thread(
            target=_read,
            args=(path, strict, self._queue, self._stop),
            name="haptrace-read-ahead",
            daemon=True,
        )
        self._thread.start()

    def __iter__(self) -> ReadAhead:
        return self

    def __next__(self) -> Chunk:
        if self._finished:
            raise StopIteration
        kind, value = self._queue.get()
        if kind == "chunk":
            chunk: Chunk = value
            return chunk
        self._finished = True
        self._thread.join()
        if kind == "error":
            raise value
        self.truncated = bool(value)
        raise StopIteration

    def close(self) -> None:
        """Stop reading (the thread ends and closes the file)."""
        self._finished = True
        self._stop.set()
        while True:  # unblock a reader waiting on a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._thread.join()

    def __del__(self) -> None:
        if not self._finished:
            self._stop.set()
