"""Whether ``pip install`` builds the engines instrumented for native fuzzing coverage.

``HAPTRACE_NATIVE_COVERAGE`` decides:

* unset or ``0``: only the default engine (``haptrace._engine``), with the system compiler.
* ``1``: also ``haptrace._engine_cov`` and ``haptrace._engine_asan`` (csrc/build_engine.py);
  they need clang with SanitizerCoverage and the sanitizer runtimes, and the build fails
  with the reason when they are missing.
* ``auto``: as ``1`` when such a clang works here, else as ``0`` with a note on stderr.  It
  is what the README's test command uses: a developer without clang still gets a working
  install (the native-coverage tests then skip, saying why, except under ``CI=true``).

The instrumented modules must be built by clang; everything else keeps the compiler
setuptools picks (``CC``, else Python's own, gcc on Debian).  So on ``1`` or a successful
``auto``, ``HAPTRACE_COVERAGE_CC`` names the clang found and setup.py's ``build_ext`` builds
those two modules with it alone.  The default engine is not moved to clang with them: gcc
links it with ``-flto`` where clang needs a linker plugin Debian's clang lacks, and the
clang build ran the batch about 30% slower (benchmarks/bench_engine.py: 3.0x against 4.2x
a bare cffi call).  The clang is ``HAPTRACE_COVERAGE_CC`` if set, else ``CC`` if that names
a clang, else ``clang`` on PATH.  The probe compiles and links a small shared object with the
same sanitizer flags the instrumented builds use, so a clang without its runtime
(Debian's ``libclang-rt-dev``) is caught here rather than half-way through the build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import MutableMapping
from pathlib import Path

VARIABLE = "HAPTRACE_NATIVE_COVERAGE"
COMPILER_VARIABLE = "HAPTRACE_COVERAGE_CC"
# The modules built by that clang (csrc/build_engine.py's ffibuilder_cov and ffibuilder_asan).
INSTRUMENTED_MODULES = ("haptrace._engine_cov", "haptrace._engine_asan")
PROBE_FLAGS = ["-shared", "-fPIC", "-O1", "-fsanitize=address,undefined,fuzzer-no-link"]
PROBE_SOURCE = "int haptrace_probe(int x) { return x > 3 ? x * 2 : x + 1; }\n"


class NativeCoverageUnavailable(Exception):
    """No clang that can build the instrumented engines."""


def find_clang(environ: MutableMapping[str, str]) -> str:
    """The clang to build the instrumented engines with: ``HAPTRACE_COVERAGE_CC`` if set
    (it must name a clang), else ``CC`` if it names one, else ``clang`` on PATH; checked by
    building the probe with the instrumented builds' sanitizer flags."""
    named = environ.get(COMPILER_VARIABLE, "")
    candidate = named.split()[0] if named.strip() else ""
    if candidate and "clang" not in Path(candidate).name:
        raise NativeCoverageUnavailable(
            f"{COMPILER_VARIABLE}={named!r} is not clang;"
            " the instrumented engines need clang 14 or later"
        )
    if not candidate:
        cc = environ.get("CC", "").split()
        candidate = cc[0] if cc and "clang" in Path(cc[0]).name else ""
    clang = shutil.which(candidate or "clang")
    if clang is None:
        raise NativeCoverageUnavailable(
            "clang is not installed (Debian/Ubuntu: apt-get install -y clang libclang-rt-dev)"
        )
    with tempfile.TemporaryDirectory(prefix="haptrace-probe-") as scratch:
        source = Path(scratch) / "probe.c"
        source.write_text(PROBE_SOURCE)
        try:
            done = subprocess.run(
                [clang, *PROBE_FLAGS, str(source), "-o", str(Path(scratch) / "probe.so")],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise NativeCoverageUnavailable(f"{clang} could not be run: {exc}") from exc
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["(no message)"])[0]
        raise NativeCoverageUnavailable(
            f"{clang} cannot build with {' '.join(PROBE_FLAGS[3:])}: {first}"
            " (Debian/Ubuntu: apt-get install -y libclang-rt-dev)"
        )
    return clang


def resolve(environ: MutableMapping[str, str]) -> bool:
    """Whether to build the instrumented engines; on yes, ``environ`` gets
    ``HAPTRACE_COVERAGE_CC`` (the clang for setup.py's ``build_ext``) and
    ``HAPTRACE_NATIVE_COVERAGE=1`` for csrc/build_engine.py; ``CC`` is left alone.  Raises
    NativeCoverageUnavailable when ``1`` was asked for and cannot be had."""
    mode = environ.get(VARIABLE, "0").strip().lower() or "0"
    if mode not in ("0", "1", "auto"):
        raise NativeCoverageUnavailable(f"{VARIABLE}={mode!r}: use 0, 1 or auto")
    if mode == "0":
        return False
    try:
        clang = find_clang(environ)
    except NativeCoverageUnavailable as exc:
        if mode == "1":
            raise
        sys.stderr.write(f"haptrace: {VARIABLE}=auto: building the default engine only: {exc}\n")
        environ[VARIABLE] = "0"
        return False
    environ[COMPILER_VARIABLE] = clang
    environ[VARIABLE] = "1"
    return True
