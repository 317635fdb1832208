"""`haptrace export-c`: a corpus trace as a C program through Debian's libxenctrl, which
compiles cleanly and, run under `haptrace run` on the trace's machine, reproduces every
recorded result; an edited expectation makes it stop at that call with exit 1; a call with no
libxenctrl function is refused with one line and the bad-input status."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from realprog_harness import HEADERS, MEMSHARE, cc, haptrace, require, run, shell

from tracer.reader import load_trace

ROOT = Path(__file__).resolve().parents[2]
TRACE = ROOT / "corpus" / "scenarios" / "bug-share_skips_handle_check.trace.txt"
LIBXENCTRL = Path("/usr/lib/x86_64-linux-gnu/libxenctrl.so")


def build(tmp: Path, trace: Path) -> Path:
    require(HEADERS, LIBXENCTRL, compiler=True)
    source, exe = tmp / "repro.c", tmp / "repro"
    exported = haptrace("export-c", trace, "-o", source)
    assert exported.status == 0, exported.stderr
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]  # xenctrl.h needs GNU C
    subprocess.run([cc(), *flags, "-o", exe, source, "-lxenctrl"], check=True)
    return exe


def machine_of(tmp: Path, trace: Path) -> Path:
    config = tmp / "host.json"
    config.write_text(json.dumps(load_trace(trace).header.machine.to_dict()))
    return config


def test_a_corpus_trace_reproduces_under_run(tmp_path: Path) -> None:
    exe = build(tmp_path, TRACE)
    ran = run(exe, options=("--host", machine_of(tmp_path, TRACE), "--profile", "doc"))
    assert (ran.status, ran.stdout) == (0, "all 6 calls gave the recorded results\n")
    assert ran.stderr == ""


def test_a_different_result_stops_the_program_at_that_call(tmp_path: Path) -> None:
    edited = tmp_path / "edited.trace.txt"
    text = TRACE.read_text()
    assert "memshr_debug_gfn(domid=2, gfn=0x10) = 1\n" in text
    edited.write_text(text.replace("gfn=0x10) = 1\n", "gfn=0x10) = 2\n"))
    exe = build(tmp_path, edited)
    ran = run(exe, options=("--host", machine_of(tmp_path, TRACE), "--profile", "doc"))
    assert ran.status == 1
    assert ran.stdout == (
        "call 6 differs: memshr_debug_gfn(domid=0x2, gfn=0x10)\n  expected: = 2\n  got:      = 1\n"
    )


def test_a_call_without_a_libxenctrl_function_is_refused(tmp_path: Path) -> None:
    trace = ROOT / "corpus" / "sharing" / "debug.trace.txt"
    refused = haptrace("export-c", trace, "-o", tmp_path / "x.c")
    assert refused.status == 6
    assert refused.stderr.startswith(
        f"haptrace: error: {trace}: call 14, guest_write, has no libxenctrl function"
    )
    assert len(refused.stderr.splitlines()) == 1
    assert not (tmp_path / "x.c").exists()


def test_a_recording_of_a_real_program_exports_and_reproduces(tmp_path: Path) -> None:
    # xen-memshare's session, recorded under run (foreign maps included, one refused),
    # becomes a libxenctrl program that gives the same results under run.
    require(MEMSHARE)
    m, trace = str(MEMSHARE), tmp_path / "session.trace"
    recorded = shell(
        f"{m} enable 1 && {m} enable 2 && {m} nominate 1 0x10 && {m} nominate 2 0x20"
        f" && {m} share 2 0x20 3 1 0x10 2 && {m} unshare 2 0x20 && {m} unshare 1 0x7777777"
        f" && {m} info",
        options=("--record", trace),
    )
    assert recorded.status == 0, recorded.stderr
    exe = build(tmp_path, trace)
    ran = run(exe)
    assert (ran.status, ran.stdout) == (0, "all 10 calls gave the recorded results\n")
