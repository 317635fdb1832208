"""Build the C engine as a cffi extension in API (out-of-line) mode.

``pip install .`` runs this through setuptools' ``cffi_modules``: nothing is built by hand
and no binary is shipped.  The engine's sources are compiled as C11 with every warning an
error; the cdef is read from the public header so the two cannot disagree.

With ``HAPTRACE_NATIVE_COVERAGE=1`` (setup.py resolves ``auto`` and picks clang through
csrc/native_coverage.py before this runs) two more modules are built for
fuzzing: ``haptrace._engine_cov`` with SanitizerCoverage (``-fsanitize=fuzzer-no-link``) so
atheris sees the engine's edges, and ``haptrace._engine_asan`` with ASan and UBSan as well.
(setuptools uses one compiler for every module, so the default engine is then built by
clang too.)

Both leave out comparison tracing (``-fno-sanitize-coverage=trace-cmp``).  It feeds
libFuzzer's own mutations (CMP hints) and ``-use_value_profile=1``, but haptrace fuzzes with
a structure-aware custom mutator, and libFuzzer then mutates with nothing else; the callbacks
into libFuzzer on every compare cost 60% of the instrumented engine's time (perf), and
leaving them out raises its speed from 0.22 to 0.63 of the default build's
(fuzz/calibrate.py).  Edge coverage alone finds the executor's test magic in about a second
(tests/fuzz/test_native_coverage.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cffi import FFI

HERE = Path(__file__).resolve().parent
STRICT = ["-std=c11", "-Wall", "-Wextra", "-Werror"]


def _relative(path: Path) -> str:
    # setuptools wants source paths relative to the directory setup.py runs in.
    return os.path.relpath(path, Path.cwd())


def cdef_text() -> str:
    """The public header without its preprocessor lines (cffi parses plain declarations),
    keeping the integer #defines, which cffi understands."""
    keep = []
    for line in (HERE / "include" / "haptrace.h").read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if re.match(r"#define\s+\w+\s+-?\d+\s*(/\*.*\*/)?$", stripped):
                keep.append(re.sub(r"/\*.*\*/", "", stripped))
            continue
        keep.append(line)
    return "\n".join(keep)


def make_ffibuilder(module: str, extra_flags: list[str]) -> FFI:
    builder = FFI()
    builder.cdef(cdef_text())
    sources = sorted(HERE.glob("*.c")) + sorted((HERE / "gen").glob("*.c"))
    builder.set_source(
        module,
        '#include "haptrace.h"\n',
        sources=[_relative(p) for p in sources],
        include_dirs=[_relative(HERE), _relative(HERE / "include"), _relative(HERE / "gen")],
        extra_compile_args=STRICT + extra_flags,
    )
    return builder


ffibuilder = make_ffibuilder("haptrace._engine", ["-O2"])

NO_CMP_TRACING = ["-fno-sanitize-coverage=trace-cmp"]  # see the module docstring

if os.environ.get("HAPTRACE_NATIVE_COVERAGE") == "1":
    ffibuilder_cov = make_ffibuilder(
        "haptrace._engine_cov", ["-O2", "-fsanitize=fuzzer-no-link", *NO_CMP_TRACING]
    )
    ffibuilder_asan = make_ffibuilder(
        "haptrace._engine_asan",
        [
            "-O1",
            "-g",
            "-fno-omit-frame-pointer",
            "-fsanitize=address,undefined,fuzzer-no-link",
            *NO_CMP_TRACING,
        ],
    )

if __name__ == "__main__":
    ffibuilder.compile(verbose=True)
