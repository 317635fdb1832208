"""The one outcome taxonomy shared by replay, fuzzing, the corpus tools and the CLI.

Each outcome has a distinct exit status; with several traces the most severe wins (the
order of ``severity``: a trace that only met calls the engine does not model is less severe
than one that diverged; a trace that does not apply to the profile, which ran nothing, is
the least severe of all, so it never hides a pass or a failure of the others).  1 and 2
are left to Python and click (uncaught errors, usage errors).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Outcome(enum.IntEnum):
    PASS = 0  # every call returned what was recorded and documented; invariants hold
    DIVERGED = 3  # the emulator returned something other than the recording
    UNDOCUMENTED = 4  # a return code the profile does not document for the call
    INVARIANT = 5  # an invariant of the memory model was violated
    BAD_INPUT = 6  # the trace or an argument is malformed (our input, not the subject)
    # Everything the engine models matched, but some calls took paths it does not model
    # (answered unsupported): their results were not checked.  Never a pass.
    UNSUPPORTED = 7
    # The trace declares the profiles it speaks for (its header's ``profiles``), and this
    # one is not among them: no call ran, nothing was checked.  Counted apart, never a pass
    # on its own; beside any other outcome it gives way.
    NOT_APPLICABLE = 8
    INTERNAL = 70  # a bug in haptrace itself (EX_SOFTWARE)

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")

    @property
    def meaning(self) -> str:
        return _MEANING[self]

    @property
    def severity(self) -> int:
        return _SEVERITY.index(self)


_MEANING = {
    Outcome.PASS: "every call matched the recording and the documentation",
    Outcome.DIVERGED: "the emulator returned something other than the recording",
    Outcome.UNDOCUMENTED: "a call returned a code the profile does not document",
    Outcome.INVARIANT: "an invariant of the memory model was violated",
    Outcome.BAD_INPUT: "the input is malformed",
    Outcome.UNSUPPORTED: "some calls took paths the engine does not model (not checked)",
    Outcome.NOT_APPLICABLE: "the trace does not speak for this profile (nothing ran)",
    Outcome.INTERNAL: "haptrace itself failed (please report it)",
}


_SEVERITY = (
    Outcome.NOT_APPLICABLE,
    Outcome.PASS,
    Outcome.UNSUPPORTED,
    Outcome.DIVERGED,
    Outcome.UNDOCUMENTED,
    Outcome.INVARIANT,
    Outcome.BAD_INPUT,
    Outcome.INTERNAL,
)


def most_severe(outcomes: Iterable[Outcome]) -> Outcome:
    """The most severe of ``outcomes`` (PASS for none); NOT_APPLICABLE only when every
    trace was not applicable."""
    return max(outcomes, key=_SEVERITY.index, default=Outcome.PASS)
