"""The one outcome taxonomy shared by replay, fuzzing, the corpus tools and the CLI.

Each outcome has a distinct exit status; with several traces the most severe (the highest
status) wins.  1 and 2 are left to Python and click (uncaught errors, usage errors).
"""

from __future__ import annotations

import enum


class Outcome(enum.IntEnum):
    PASS = 0  # every call returned what was recorded and documented; invariants hold
    DIVERGED = 3  # the emulator returned something other than the recording
    UNDOCUMENTED = 4  # a return code the profile does not document for the call
    INVARIANT = 5  # an invariant of the memory model was violated
    BAD_INPUT = 6  # the trace or an argument is malformed (our input, not the subject)
    INTERNAL = 70  # a bug in haptrace itself (EX_SOFTWARE)

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")

    @property
    def meaning(self) -> str:
        return _MEANING[self]


_MEANING = {
    Outcome.PASS: "every call matched the recording and the documentation",
    Outcome.DIVERGED: "the emulator returned something other than the recording",
    Outcome.UNDOCUMENTED: "a call returned a code the profile does not document",
    Outcome.INVARIANT: "an invariant of the memory model was violated",
    Outcome.BAD_INPUT: "the input is malformed",
    Outcome.INTERNAL: "haptrace itself failed (please report it)",
}


def most_severe(outcomes: list[Outcome]) -> Outcome:
    return max(outcomes, default=Outcome.PASS)
