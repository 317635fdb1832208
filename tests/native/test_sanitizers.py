"""The C engine under AddressSanitizer and UndefinedBehaviorSanitizer, and its strict build.

``stress.c`` (next to this file) drives the engine directly: random call sequences with
plausible and hostile arguments, planted bugs, the transition oracle, batches and the
fixed-arity entry points, and a snapshot restore after every sequence whose digest must be
the snapshot's.  Here it is compiled with ASan + UBSan (every report fatal) and run for a
few seeds; LeakSanitizer checks that ht_machine_free frees everything.  By hand, for a
longer hunt: ``./stress SEED 200000 -v`` (``-v`` also prints how often each call succeeded).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from native_build import INCLUDES, compile_each, engine_sources, gcc, run_compiler

STRESS = Path(__file__).resolve().parent / "stress.c"

STRICT = ["-std=c11", "-Wall", "-Wextra", "-Werror"]
SANITIZE = [
    "-O1",
    "-g",
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
]
# Seeds run side by side (the project machine has two cores); each budget takes about a
# second under the sanitizers, so the test stays well under 15 s including the build.
SEEDS = (1, 2, 3, 4)
CALLS_PER_SEED = 12000
SANITIZER_MARKERS = ("runtime error", "AddressSanitizer", "LeakSanitizer")


@pytest.fixture(scope="module")
def sanitized_engine(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The engine's objects under ASan + UBSan, built once for every driver of the module."""
    out = tmp_path_factory.mktemp("engine-asan")
    return compile_each(engine_sources(), [*STRICT, *SANITIZE, *INCLUDES], out)


def _link(driver: Path, engine: list[Path], binary: Path) -> None:
    """``driver`` compiled with the sanitizers and linked with the sanitized engine."""
    command = [gcc(), *STRICT, *SANITIZE, *INCLUDES, str(driver), *map(str, engine)]
    run_compiler([*command, "-o", str(binary)], binary.parent, timeout=120)


@pytest.mark.native
def test_stress_under_asan_and_ubsan(tmp_path: Path, sanitized_engine: list[Path]) -> None:
    binary = tmp_path / "stress"
    _link(STRESS, sanitized_engine, binary)

    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    runs = {
        seed: subprocess.Popen(
            [str(binary), str(seed), str(CALLS_PER_SEED)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in SEEDS
    }
    failures = []
    for seed, process in runs.items():
        try:
            stdout, stderr = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            failures.append(f"seed {seed}: timed out\n{stderr[-4000:]}")
            continue
        reports = [marker for marker in SANITIZER_MARKERS if marker in stderr]
        if process.returncode != 0 or reports:
            failures.append(
                f"seed {seed}: exit status {process.returncode}, sanitizer reports"
                f" {reports or 'none'}\n{stdout[-2000:]}{stderr[-6000:]}"
            )
        elif "all restores exact" not in stdout:
            failures.append(f"seed {seed}: no summary line in the output:\n{stdout[-2000:]}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.native
def test_engine_builds_cleanly_with_strict_warnings(tmp_path: Path) -> None:
    objects = compile_each(engine_sources(), [*STRICT, "-O2", *INCLUDES], tmp_path)
    assert all(o.stat().st_size > 0 for o in objects), objects


CODEC_FUZZ = Path(__file__).resolve().parent / "codec_fuzz.c"
CODEC_ROUNDS = 50000


def _run_driver(
    tmp_path: Path, engine: list[Path], driver: Path, rounds: int, done_marker: str
) -> None:
    """Builds a C driver with the engine under ASan and UBSan and runs it for seeds 1 and 2
    side by side: no sanitizer report, exit 0, and the driver's own end-of-run check."""
    binary = tmp_path / driver.stem
    _link(driver, engine, binary)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="halt_on_error=1")
    runs = {
        seed: subprocess.Popen(
            [str(binary), str(seed), str(rounds)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    }
    for seed, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        reports = [marker for marker in SANITIZER_MARKERS if marker in stderr]
        assert process.returncode == 0 and not reports, f"seed {seed}:\n{stderr[-6000:]}"
        assert done_marker in stdout, stdout


@pytest.mark.native
def test_the_trace_decoder_survives_hostile_chunks_under_asan(
    tmp_path: Path, sanitized_engine: list[Path]
) -> None:
    """codec_fuzz.c feeds ht_decode_chunk damaged and random chunks with buffers of exactly
    the documented sizes: no sanitizer report, and what decodes is well-formed."""
    _run_driver(tmp_path, sanitized_engine, CODEC_FUZZ, CODEC_ROUNDS, "decoded")


ABI_FUZZ = Path(__file__).resolve().parent / "abi_fuzz.c"
ABI_ROUNDS = 20000


@pytest.mark.native
def test_the_hypercall_abi_survives_hostile_hypercalls_under_asan(
    tmp_path: Path, sanitized_engine: list[Path]
) -> None:
    """abi_fuzz.c issues random hypercalls whose pointers lead into, across and out of the
    caller's memory, with logs of exactly their declared size: no sanitizer report, sane
    results, a sound machine, exact restores."""
    _run_driver(tmp_path, sanitized_engine, ABI_FUZZ, ABI_ROUNDS, "all restores exact")


FUZZ_EXEC = Path(__file__).resolve().parent / "fuzz_exec.c"
FUZZ_ROUNDS = 20000


@pytest.mark.native
def test_the_fuzz_executor_and_mutator_survive_hostile_inputs_under_asan(
    tmp_path: Path, sanitized_engine: list[Path]
) -> None:
    """fuzz_exec.c runs random, mutated, spliced and cut inputs through ht_fuzz_exec and
    ht_fuzz_mutate with buffers and word pools of exactly the documented sizes (down to no
    pool at all): no sanitizer report, every list the engine ran inside the words taken, no
    finding on the clean engine, and the snapshot restored exactly."""
    _run_driver(tmp_path, sanitized_engine, FUZZ_EXEC, FUZZ_ROUNDS, "digest restored")
