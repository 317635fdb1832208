"""setuptools hook for the cffi-built engine; everything else is in pyproject.toml.

HAPTRACE_NATIVE_COVERAGE=0|1|auto also builds the engines instrumented for native fuzzing
coverage (csrc/native_coverage.py says when and with which compiler)."""

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

sys.path.insert(0, str(Path(__file__).resolve().parent / "csrc"))
from native_coverage import (
    COMPILER_VARIABLE,
    INSTRUMENTED_MODULES,
    NativeCoverageUnavailable,
    resolve,
)

CFFI_MODULES = ["csrc/build_engine.py:ffibuilder"]
try:
    if resolve(os.environ):
        CFFI_MODULES += [
            "csrc/build_engine.py:ffibuilder_cov",
            "csrc/build_engine.py:ffibuilder_asan",
        ]
except NativeCoverageUnavailable as exc:
    sys.exit(f"haptrace: HAPTRACE_NATIVE_COVERAGE: {exc}")

# The per-call API's fast path: a CPython callable that calls the cffi-built engine's entry
# points directly (csrc/python/percall.c says why).
PERCALL = Extension(
    "haptrace._percall",
    sources=["csrc/python/percall.c"],
    extra_compile_args=["-std=c11", "-Wall", "-Wextra", "-Werror", "-O2"],
)

# The LD_PRELOAD shim of `haptrace run` (csrc/privcmd/htshim.c): a plain shared object, built
# as an extension so that it is compiled with the package and found beside it; it is
# preloaded into the programs run, never imported.  The engine's sources are built into it
# (HT_INPROCESS) so that it runs hypercalls in the program's own process on the machine the
# server shares (csrc/shared.c): the same sources in the same build as haptrace._engine, so
# the same layouts.  Hidden visibility keeps the engine out of the program's symbol space:
# only the interposed functions are exported (HT_EXPORT).
ENGINE_SOURCES = sorted(str(p) for p in Path("csrc").glob("*.c")) + sorted(
    str(p) for p in Path("csrc/gen").glob("*.c")
)
HTSHIM = Extension(
    "haptrace.realprog._htshim",
    sources=["csrc/privcmd/htshim.c", *ENGINE_SOURCES],
    depends=["csrc/privcmd/htp.h", "csrc/include/haptrace.h", "csrc/engine.h"],
    include_dirs=["csrc", "csrc/include", "csrc/gen"],
    define_macros=[("HT_INPROCESS", "1")],
    extra_compile_args=[
        "-std=gnu11",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-O3",
        "-fvisibility=hidden",
        "-fno-semantic-interposition",
    ],
    libraries=["dl"],
)

# The same shim in observe mode for `haptrace record -- CMD` (haptrace/realprog/observe.py):
# its own environment prefix and state, so that it can be preloaded in front of the
# emulating shim (record layered over run) and pass the program's device operations on to it.
HTREC = Extension(
    "haptrace.realprog._htrec",
    sources=["csrc/privcmd/htshim.c"],
    depends=["csrc/privcmd/htp.h"],
    define_macros=[("HT_ENV", '"HAPTRACE_RECORD"'), ("HT_NAME", '"htrec"')],
    extra_compile_args=["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-O2"],
    libraries=["dl"],
)


class BuildExtensions(build_ext):
    """Builds the instrumented engines with the clang csrc/native_coverage.py found and every
    other module with the compiler setuptools picked: setuptools has one compiler object for
    all of a package's modules, so its driver is swapped for those two and put back after
    (csrc/native_coverage.py says why the default engine stays with it)."""

    def build_extension(self, ext: Extension) -> None:
        clang = os.environ.get(COMPILER_VARIABLE)
        if not clang or ext.name not in INSTRUMENTED_MODULES:
            super().build_extension(ext)
            return
        compiler = self.compiler
        saved = {"compiler_so": compiler.compiler_so, "linker_so": compiler.linker_so}
        # The driver is the first word; Python's own flags after it are kept, as when CC is
        # given to setuptools.
        compiler.set_executables(**{k: [clang, *v[1:]] for k, v in saved.items()})
        try:
            super().build_extension(ext)
        finally:
            compiler.set_executables(**saved)


setup(
    cffi_modules=CFFI_MODULES,
    ext_modules=[PERCALL, HTSHIM, HTREC],
    cmdclass={"build_ext": BuildExtensions},
)
