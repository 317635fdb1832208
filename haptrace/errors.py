"""The package's exception hierarchy.

Every error haptrace raises on purpose derives from :class:`HaptraceError`, so a caller can
catch everything from the package at once or one kind at a time.  Kinds that have a natural
builtin counterpart also derive from it (``InvalidArgument`` is a ``ValueError``), as pynacl
and Hypothesis do, so generic handlers keep working.

Bad input (a malformed argument, an unknown call, a corrupt trace) is an ``InputError``; the
CLI maps it to the "bad input" exit code.  ``Unsupported`` means the engine does not model
what a call would do and said so instead of answering.  ``EngineError`` means the C engine
reported something that should not happen: that is our bug, not the user's.
"""

from __future__ import annotations


class HaptraceError(Exception):
    """Root of every exception haptrace raises on purpose."""


class InputError(HaptraceError):
    """Something the user gave us is wrong (argument, call name, file, configuration)."""


class InvalidArgument(InputError, ValueError):
    """A call argument is malformed: wrong type, negative, or wider than its C type."""


class UnknownCall(InputError, KeyError):
    """A call name or call number that the catalogue does not define."""

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0]) if self.args else "unknown call"


class ConfigError(InputError, ValueError):
    """A machine configuration that the engine cannot build."""


class Unsupported(HaptraceError):
    """The engine does not model what the call would do (domain 0 shutting the host down,
    say): it refused the call and changed nothing.  Not bad input and not a result: the
    message says what is not modelled."""


class EngineError(HaptraceError, RuntimeError):
    """The C engine failed in a way that is a bug in haptrace itself."""


class StaleBuildError(EngineError):
    """The compiled engine was generated from a different call catalogue than the Python one."""
