"""The ClusterFuzzLite / OSS-Fuzz fuzzer: call sequences against the emulated host, as
``haptrace fuzz`` runs them (the same decoder, mutator and oracles), with a finding (a
return code the profile does not document, an invariant violated) raised as an exception,
which libFuzzer reports as a crash and ClusterFuzzLite files with its input.

HAPTRACE_PROFILE picks the profile (default doc); HAPTRACE_PLANTED_BUGS (comma-separated)
turns planted bugs on, for checking that a crash is reported.  A crash input is a fuzz
input, not a trace: docs/fuzzing.md has the script that turns it into the usual finding
(a minimised trace that ``haptrace replay`` flags).
"""

from __future__ import annotations

import os
import sys

from fuzz.harness import load_libfuzzer_globally

# As the harness does (recipe B): atheris' libFuzzer loaded with RTLD_GLOBAL before the
# engine and the feature counters that call into it.
load_libfuzzer_globally()

import atheris  # noqa: E402

from fuzz.feedback import FeatureCounters  # noqa: E402
from fuzz.lean import LeanTarget  # noqa: E402
from haptrace.binding.fuzz import mutator  # noqa: E402

FINDINGS = {1: "a return code the profile does not document", 2: "an invariant violated"}


class HaptraceFinding(Exception):
    """The input made the emulated host misbehave."""


def main() -> None:
    profile = os.environ.get("HAPTRACE_PROFILE", "doc")
    bugs = tuple(b for b in os.environ.get("HAPTRACE_PLANTED_BUGS", "").split(",") if b)
    target = LeanTarget(profile=profile, bugs=bugs)
    features = FeatureCounters()
    target.executor.report_features(features.array)
    run = target.runner()

    def test_one_input(data: bytes) -> None:
        if not features.registered:
            features.register()
        kind = run(data)
        if kind:
            found = FINDINGS.get(kind, f"finding kind {kind}")
            raise HaptraceFinding(f"haptrace ({profile}, bugs {list(bugs)}): {found}")

    atheris.Setup(
        sys.argv,
        test_one_input,
        internal_libfuzzer=True,
        custom_mutator=mutator(target.machine.engine),
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
