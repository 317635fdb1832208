"""The builds of the C engine, by the name HAPTRACE_ENGINE gives them, in a module of its own
(floor 0, importing nothing): the binding's loader (haptrace.binding.lean) imports them, and
whatever else names a build (``haptrace fuzz --native-coverage``) names the same modules.

"cov" is compiled with SanitizerCoverage, so that libFuzzer sees the engine's own edges;
"asan" adds ASan and UBSan.  Both are extra modules of ``HAPTRACE_NATIVE_COVERAGE=1 pip
install .`` (csrc/native_coverage.py) and need libFuzzer's symbols loaded globally before they
are imported (fuzz/harness.py arranges that).
"""

from __future__ import annotations

ENGINE_MODULES: dict[str, str] = {
    "default": "haptrace._engine",
    "cov": "haptrace._engine_cov",
    "asan": "haptrace._engine_asan",
}
