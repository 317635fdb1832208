"""Progress of long work on a terminal: calls done of the total, the rate and the time left.

The total comes from what the trace already says: a text trace's records, a binary trace's
end map (read from the file's tail, before the replay starts).  A trace without one (cut
off while recording) shows the calls done and the rate only: an honest line, never a bar
whose total is 0.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

import msgpack

# The end map starts with these bytes (a map of four, "t": "end" first: tracer/writer.py),
# and the tail note it carries is text-form comments, so the last MiB holds it in practice.
_END_START = b"\x84\xa1t\xa3end"
_TAIL_BYTES = 1 << 20
REFRESH_SECONDS = 0.2  # redraw at most this often


def counted_calls(path: str | os.PathLike[str]) -> int | None:
    """The call count a complete binary trace's end map gives, read from the file's tail
    (None when there is no end map: a cut-off file, or one whose tail does not decode to
    exactly an end map).  Only for progress: the reader still checks the count."""
    try:
        with open(path, "rb") as stream:
            size = stream.seek(0, os.SEEK_END)
            stream.seek(max(0, size - _TAIL_BYTES))
            tail = stream.read()
    except OSError:
        return None
    at = tail.rfind(_END_START)
    while at >= 0:
        try:
            end = msgpack.unpackb(tail[at:], raw=False)
        except (ValueError, msgpack.ExtraData, msgpack.UnpackException):
            end = None
        if isinstance(end, dict) and end.get("t") == "end":
            calls = end.get("calls")
            if isinstance(calls, int) and not isinstance(calls, bool) and calls >= 0:
                return calls
        at = tail.rfind(_END_START, 0, at)
    return None


def _count(n: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= limit:
            return f"{n / limit:.1f}{suffix}"
    return f"{n:.0f}"


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """One status line on ``stream`` (a terminal), redrawn as work advances:

    ``replaying big.trace: 65.5k/1.0M calls (6%), 1.2M calls/s, 0:01 left``

    ``items`` (traces, say) adds "3/10 traces" in front when there are several."""

    def __init__(
        self,
        label: str,
        stream: TextIO,
        total: int | None = None,
        unit: str = "calls",
        items: int | None = None,
        item_unit: str = "traces",
    ) -> None:
        self.label = label
        self.stream = stream
        self.total = total
        self.unit = unit
        self.items = items
        self.item_unit = item_unit
        self.done = 0
        self.items_done = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def advance(self, n: int) -> None:
        self.done += n
        self._maybe_draw()

    def item_done(self) -> None:
        self.items_done += 1
        self._maybe_draw(force=True)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = []
        if self.items is not None and self.items > 1:
            parts.append(f"{self.items_done}/{self.items} {self.item_unit}")
        if self.total:
            share = min(self.done / self.total, 1.0)
            counted = f"{_count(self.done)}/{_count(self.total)} {self.unit} ({share:.0%})"
        else:
            counted = f"{_count(self.done)} {self.unit}"
        parts.append(counted)
        parts.append(f"{_count(rate)} {self.unit}/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"{_duration((self.total - self.done) / rate)} left")
        else:
            parts.append(f"{_duration(elapsed)} elapsed")
        return f"{self.label}: {', '.join(parts)}"

    def _maybe_draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < REFRESH_SECONDS:
            return
        self._drawn = now
        text = self.line()
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Erase the line (the command's own output follows)."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


__all__ = ["Progress", "counted_calls"]
