"""Build the C engine as a cffi extension in API (out-of-line) mode.

``pip install .`` runs this through setuptools' ``cffi_modules``: nothing is built by hand
and no binary is shipped.  The engine's sources are compiled as C11 with every warning an
error; the cdef is read from the public header so the two cannot disagree.

With ``HAPTRACE_NATIVE_COVERAGE=1`` (setup.py resolves ``auto`` and picks clang through
csrc/native_coverage.py before this runs) two more modules are built for
fuzzing: ``haptrace._engine_cov`` with SanitizerCoverage (``-fsanitize=fuzzer-no-link``) so
atheris sees the engine's edges, and ``haptrace._engine_asan`` with ASan and UBSan as well.
Only those two are built by clang (setup.py's ``build_ext``); the default engine keeps the
system compiler.

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
import shlex
import subprocess
import sysconfig
import tempfile
from pathlib import Path

from cffi import FFI

HERE = Path(__file__).resolve().parent
STRICT = ["-std=c11", "-Wall", "-Wextra", "-Werror"]
# The engine's functions are called from its own cffi module only (the per-call fast path
# takes their addresses through cffi): hidden, and not interposable, the calls between its
# files are direct instead of through the PLT, and the compiler may inline within a file.
LOCAL_CALLS = ["-fvisibility=hidden", "-fno-semantic-interposition"]


def link_time_optimization() -> list[str]:
    """``-flto`` when the compiler setuptools will use links a shared object with it (gcc
    does; clang needs its LLVMgold linker plugin): the engine's handlers call small helpers
    in other files on every call (the p2m, frames, gates), and inlining them across files
    takes about a seventh off a batch's instructions (callgrind, benchmarks/bench_engine.py's
    workload).  Without it the engine is built the same way, only slower."""
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    with tempfile.TemporaryDirectory(prefix="haptrace-lto-") as scratch:
        source = Path(scratch) / "probe.c"
        source.write_text("int haptrace_probe(int x) { return x + 1; }\n")
        command = [*compiler, "-shared", "-fPIC", "-O2", "-flto", str(source)]
        try:
            done = subprocess.run(
                [*command, "-o", str(Path(scratch) / "probe.so")],
                capture_output=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return []
    return ["-flto"] if done.returncode == 0 else []


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
        extra_compile_args=STRICT + LOCAL_CALLS + extra_flags,
        # The link repeats the optimisation level: with -flto the code is generated there.
        extra_link_args=[f for f in extra_flags if f in ("-flto", "-O2", "-O3")],
    )
    return builder


# -O3 rather than -O2: the batch ran 3-7% faster (benchmarks/bench_engine.py, A/B on one
# machine: 32.0-32.7 against 29.9-30.5 M calls/s), the handlers' small loops over lists and
# rmaps unrolled and the glue inlined; the build takes a few seconds longer.
ffibuilder = make_ffibuilder("haptrace._engine", ["-O3", *link_time_optimization()])

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
