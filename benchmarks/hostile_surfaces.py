"""Fuzz haptrace's own input surfaces (fuzz/surfaces) for a while each and print, per
surface, the inputs tried, the exit-status histogram, the findings, the slowest input and
the peak RSS (issue 16).  A finding is an exception outside the package root, an internal
error (70), an input over the time bound or an RSS over the cap.

    python benchmarks/hostile_surfaces.py --minutes 10            every surface, 10 min each
    python benchmarks/hostile_surfaces.py --seconds 5 api text    a smoke run of two

Each surface runs in a process of its own (python -m fuzz.surfaces.runner), one after
the other, with the seed given (the same seed repeats the same inputs).  Exit status 0
when no surface has a finding, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SURFACES = ("binary", "text", "header", "api")


def run_surface(
    surface: str, seconds: float, seed: int, out: Path, max_rss: int
) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "fuzz.surfaces.runner", surface]
        + ["--seconds", str(seconds), "--seed", str(seed), "--out", str(out)]
        + ["--max-rss", str(max_rss)],
        capture_output=True,
        text=True,
        timeout=seconds + 600,
    )
    tally_path = out / f"{surface}.json"
    tally: dict[str, object] = json.loads(tally_path.read_text()) if tally_path.exists() else {}
    tally["runner_exit"] = done.returncode
    if done.returncode != 0:  # libFuzzer stopped on something the tally did not catch
        tally.setdefault("findings", [])
        tally["findings"] = [
            *tally["findings"],  # type: ignore[misc]
            {"input": "(runner)", "message": done.stderr.strip().splitlines()[-1:]},
        ]
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("surfaces", nargs="*", metavar="SURFACE", help=", ".join(SURFACES))
    parser.add_argument("--minutes", type=float, default=None)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-rss", type=int, default=2048, help="the RSS cap, MiB")
    parser.add_argument("--out", type=Path, default=None, help="keep tallies and findings here")
    options = parser.parse_args()
    unknown = set(options.surfaces) - set(SURFACES)
    if unknown:
        parser.error(f"unknown surfaces {', '.join(sorted(unknown))}; choose from {SURFACES}")
    seconds = options.minutes * 60 if options.minutes is not None else options.seconds
    out = options.out or Path(tempfile.mkdtemp(prefix="hostile-surfaces-"))
    found = False
    print(
        f"{'surface':<8} {'seconds':>7} {'inputs':>9} {'inputs/s':>8}  {'exit statuses':<28}"
        f" {'findings':>8} {'slowest':>8} {'peak RSS':>9}"
    )
    for surface in options.surfaces or SURFACES:
        tally = run_surface(surface, seconds, options.seed, out, options.max_rss)
        findings = tally.get("findings") or []
        assert isinstance(findings, list)
        found |= bool(findings)
        statuses = ", ".join(f"{k}:{v}" for k, v in dict(tally.get("exit_statuses", {})).items())  # type: ignore[call-overload]
        inputs = int(tally.get("inputs", 0))  # type: ignore[call-overload]
        took = float(tally.get("seconds", 0.0)) or 1e-9  # type: ignore[arg-type]
        print(
            f"{surface:<8} {took:>7.0f} {inputs:>9,} {inputs / took:>8.0f}  {statuses:<28}"
            f" {len(findings):>8} {tally.get('slowest_input_s', 0):>7}s"
            f" {tally.get('peak_rss_mib', 0):>6} MiB"
        )
        for finding in findings:
            print(f"  finding {finding['input']}: {finding['message']}")
    print(f"tallies and findings in {out}; {'FINDINGS' if found else 'no findings'}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
