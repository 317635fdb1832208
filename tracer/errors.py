"""Errors about traces.  All are bad input (the CLI's exit status 6), and all derive from
the package root through :class:`haptrace.errors.InputError`."""

from __future__ import annotations

from haptrace.errors import InputError


class TraceError(InputError):
    """A trace cannot be read or written as asked."""


class TraceTruncated(TraceError):
    """The trace ends in the middle of a chunk: the recording was cut off."""


class TraceCorrupt(TraceError):
    """The bytes are not a haptrace trace, or break one of the format's limits."""


class UnsupportedVersion(TraceError):
    """The trace was written in a format version this haptrace cannot read."""


class TextFormError(TraceError):
    """A text-form trace does not parse; names the file, line and column."""

    def __init__(self, message: str, line: int, column: int, source: str = "<text>") -> None:
        super().__init__(f"{source}:{line}:{column}: {message}")
        self.line = line
        self.column = column
        self.source = source


class ScenarioError(InputError):
    """A scenario given to ``haptrace record`` failed: its script raised, or one of its
    calls was refused."""
