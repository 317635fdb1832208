"""setuptools hook for the cffi-built engine; everything else is in pyproject.toml."""

import os

from setuptools import setup

CFFI_MODULES = ["csrc/build_engine.py:ffibuilder"]
if os.environ.get("HAPTRACE_NATIVE_COVERAGE") == "1":
    CFFI_MODULES += ["csrc/build_engine.py:ffibuilder_cov", "csrc/build_engine.py:ffibuilder_asan"]

setup(cffi_modules=CFFI_MODULES)
