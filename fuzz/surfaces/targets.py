"""The input surfaces, each a function of the fuzzer's bytes returning the exit status the
CLI gives that input (0 pass, 3-5 the subject misbehaved, 6 bad input), and raising
:class:`Finding` where haptrace itself fails (exit 70, or an exception outside the root).

The inputs are structure-aware where that reaches deeper: the first byte chooses between
the bytes as they are (libFuzzer mutates seeds: real traces) and an edit of a real trace
(:mod:`fuzz.surfaces.structured`) that keeps the rest of it well formed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import atheris

from haptrace.binding.config import MachineConfig
from haptrace.binding.machine import Machine, check_memory
from haptrace.errors import HaptraceError, InputError
from haptrace.outcome import Outcome
from replay.engine import open_source, replay
from tracer.reader import open_trace
from tracer.textform import TextFormatter, parse_trace

from . import structured

# The memory cap the surfaces build machines under: small, so a run tries many inputs and a
# header declaring a big machine is refused as the CLI refuses one past --max-memory.
SURFACE_MAX_MEMORY = 64 << 20


class Finding(HaptraceError):
    """haptrace failed on an input: not a package exception, or an internal error (a
    HaptraceError itself, as every exception the packages define is)."""


def _status(run: Callable[[], int]) -> int:
    try:
        return run()
    except Finding:
        raise
    except InputError:
        return int(Outcome.BAD_INPUT)
    except HaptraceError as exc:
        raise Finding(f"internal error {type(exc).__name__}: {exc}") from exc
    except Exception as exc:
        raise Finding(f"{type(exc).__name__} escaped the package root: {exc}") from exc


class _Scratch:
    """The file a path-based surface reads each input from (one per process)."""

    def __init__(self, suffix: str) -> None:
        folder = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
        self.path = Path(folder) / f"haptrace-surface-{os.getpid()}{suffix}"

    def write(self, data: bytes) -> Path:
        self.path.write_bytes(data)
        return self.path


_BINARY = _Scratch(".trace")
_TEXT = _Scratch(".trace.txt")


def _read_and_replay(path: Path) -> int:
    """What show, stats and replay do with a trace file."""
    with open_trace(path) as source:
        formatter = TextFormatter(source.header)
        formatter.header_lines()
        for chunk in source:
            problem = chunk.validate()
            if problem:
                raise InputError(problem)
            for index in range(min(len(chunk), 64)):
                formatter.record_lines(chunk.record(index))
    report = replay(open_source(path), max_memory=SURFACE_MAX_MEMORY)
    if report.outcome is Outcome.INTERNAL:
        raise Finding(f"replay reported an internal error: {report.message}")
    return int(report.outcome)


def binary_trace(data: bytes) -> int:
    """A binary trace, as every command reads it (show's reader, then replay)."""
    if data[:1] == b"\xff" and len(data) > 1:
        data = structured.edited_binary(atheris.FuzzedDataProvider(data[1:]))
    path = _BINARY.write(data)
    return _status(lambda: _read_and_replay(path))


def text_trace(data: bytes) -> int:
    """A text-form trace: parsed (compile, show), then replayed."""
    if data[:1] == b"\xff" and len(data) > 1:
        data = structured.edited_text(atheris.FuzzedDataProvider(data[1:]))
    path = _TEXT.write(data)

    def run() -> int:
        text = data.decode("utf-8", errors="strict")
        parse_trace(text, str(path))
        return _read_and_replay(path)

    def decoded() -> int:
        try:
            return run()
        except UnicodeDecodeError:
            return int(Outcome.BAD_INPUT)  # the reader refuses it: not UTF-8

    return _status(decoded)


def header_config(data: bytes) -> int:
    """A header's machine map → MachineConfig → the memory check → the machine."""
    provider = atheris.FuzzedDataProvider(data)
    config_map = structured.machine_map(provider)

    def run() -> int:
        config = MachineConfig.from_dict(config_map)
        machine = Machine(config, max_memory=SURFACE_MAX_MEMORY)
        machine.check()
        return 0

    return _status(run)


_MACHINE: list[Machine] = []


def api_arguments(data: bytes) -> int:
    """One API use with fuzzed arguments against a machine restored to its start each time."""
    if not _MACHINE:
        machine = Machine()
        machine.snapshot()
        _MACHINE.append(machine)
    machine = _MACHINE[0]
    provider = atheris.FuzzedDataProvider(data)
    use: Callable[[], Any] = structured.api_use(provider, machine)

    def run() -> int:
        try:
            use()
        finally:  # back to the start: the caller, the bugs and the state
            machine.set_caller(0, 0)
            machine.set_bugs(())
            snapshot = machine.current_snapshot()
            if snapshot is None:  # the input ended it: take a new one
                machine.snapshot()
            else:
                machine.restore(snapshot)
        return 0

    return _status(run)


SURFACES: dict[str, Callable[[bytes], int]] = {
    "binary": binary_trace,
    "text": text_trace,
    "header": header_config,
    "api": api_arguments,
}

_ = check_memory  # the header surface reaches it through Machine
