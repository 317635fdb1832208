"""The package's exception hierarchy.

Every error haptrace raises on purpose derives from :class:`HaptraceError`, so a caller can
catch everything from the package at once or one kind at a time.  Kinds that have a natural
builtin counterpart also derive from it (``InvalidArgument`` is a ``ValueError``), as pynacl
and Hypothesis do, so generic handlers keep working.

Bad input (a malformed argument, an unknown call, a corrupt trace) is an ``InputError``; the
CLI maps it to the "bad input" exit code.  ``EngineError`` means the C engine reported
something that should not happen: that is our bug, not the user's.  (What the engine does not
model is not an exception: a call's result says it, ``CallResult.unsupported``.)
"""

from __future__ import annotations

import reprlib


class HaptraceError(Exception):
    """Root of every exception haptrace raises on purpose."""


class InputError(HaptraceError):
    """Something the user gave us is wrong (argument, call name, file, configuration)."""


class InvalidArgument(InputError, ValueError):
    """A call argument is malformed: wrong type, negative, or wider than its C type."""


class ArgumentTypeError(InvalidArgument, TypeError):
    """An argument of the wrong type (a string where a number goes, None where a snapshot
    goes), or a call given the wrong number or names of arguments: what Python itself
    reports as a TypeError, so it is one too (and an InvalidArgument, so ``call()`` and the
    per-call methods raise the same class whichever way the mistake is caught)."""


class UnknownCall(InputError, KeyError):
    """A call name or call number that the catalogue does not define."""

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0]) if self.args else "unknown call"


class ConfigError(InputError, ValueError):
    """A machine configuration that the engine cannot build."""


class MachineTooLarge(ConfigError):
    """A configuration whose machine would take more memory than the cap allows; ``field``
    names the setting that makes it so, as a configuration writes it (``host
    total_frames``, ``domain 1 p2m_size``), for a message that points at its line."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class EngineError(HaptraceError, RuntimeError):
    """The C engine failed in a way that is a bug in haptrace itself."""


class StaleBuildError(EngineError):
    """The compiled engine was generated from a different call catalogue than the Python one."""


def brief(value: object) -> str:
    """A short repr of an untrusted value for an error message: bounded in length and in
    depth, however large or deeply nested the value is (repr itself recurses)."""
    return _BRIEF.repr(value)


_BRIEF = reprlib.Repr()
_BRIEF.maxstring = _BRIEF.maxother = 60
_BRIEF.maxlong = 40
