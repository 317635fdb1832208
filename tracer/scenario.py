"""Running a scenario on the emulator and recording what happened (``haptrace record``).

A scenario is either

* a text-form file (:func:`record_text`): its header lines give the profile, host, domains
  and planted bugs; its calls may leave out their results, and any results given are
  ignored, since the recording holds what the emulator returned.  An output a scenario
  names (``-> handle=$src`` or ``-> handle=$h2``) binds that symbol to the value the
  emulator hands out, and later arguments using the symbol get that value, as in replay;
* or a Python script (:func:`record_script`), run with a :class:`RecordingMachine` as the
  global ``machine`` (the default machine configuration, the chosen profile).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from haptrace.binding.machine import Machine
from haptrace.catalogue import Resource
from haptrace.catalogue.model import REMAPPED_RESOURCES
from haptrace.errors import InputError

from .errors import ScenarioError
from .model import Header, Record, Trace
from .recorder import RecordingMachine
from .writer import TraceWriter

PROGRESS_EVERY = 1024


@dataclass(frozen=True)
class Recorded:
    """What a recording wrote."""

    path: Path
    calls: int
    header: Header


def record_text(
    scenario: Trace,
    output: str | os.PathLike[str],
    *,
    name: str = "<scenario>",
    profile: str | None = None,
    progress: Callable[[int], None] | None = None,
    sync: bool = True,
) -> Recorded:
    """Run a parsed text scenario (``parse_trace(..., require_results=False)``) and write
    the trace of what happened to ``output``.  ``profile`` overrides the scenario's;
    ``name`` (the file) prefixes error messages."""
    given = scenario.header
    header = Header(
        profile=profile or given.profile,
        machine=given.machine,
        source="emulator",
        bugs=given.bugs,
    )
    machine = Machine(header.machine, profile=header.profile, bugs=header.bugs)
    bound: dict[tuple[Resource, int], int] = {}  # scenario value -> emulator value
    symbols: dict[tuple[Resource, int], str] = {}
    records: list[Record] = []
    for index, record in enumerate(scenario.records):
        spec = record.spec
        args = tuple(
            bound.get((arg.uses, value), value) if arg.uses in REMAPPED_RESOURCES else value
            for arg, value in zip(spec.args, record.args, strict=True)
        )
        try:
            result = machine.call(spec.id, *args)
        except InputError as exc:
            lines = scenario.record_lines
            where = f"{name}:{lines[index]}" if index < len(lines) else f"{name}: call {index + 1}"
            raise ScenarioError(f"{where}: {spec.name}: {exc}") from None
        for out, wanted, got in zip(spec.outputs, record.outputs, result.outputs, strict=False):
            if out.makes in REMAPPED_RESOURCES and out.makes is not None:
                bound[(out.makes, wanted)] = got
                symbol = given.symbols.get((out.makes, wanted))
                if symbol is not None:
                    symbols[(out.makes, got)] = symbol
        records.append(
            Record(
                spec.id,
                args,
                result.rc,
                result.errno,
                result.outputs,
                note=record.note,
                remark=record.remark,
            )
        )
        if progress is not None and (index + 1) % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    header = replace(header, symbols=symbols)  # the names, for the values handed out
    with TraceWriter(output, header, sync=sync) as writer:
        writer.write_records(records)
        writer.tail_note = scenario.tail_note
    if progress is not None:
        progress(len(records) % PROGRESS_EVERY)
    return Recorded(Path(output), len(records), header)


def record_script(
    script: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    profile: str = "doc",
    sync: bool = True,
) -> Recorded:
    """Run a Python scenario with a recording machine as its global ``machine`` and write
    the trace to ``output``.  If the script fails, the calls it made stay in
    ``OUTPUT.incomplete`` and :class:`ScenarioError` names the script's line."""
    path = Path(script)
    try:
        source = path.read_text(encoding="utf-8")
        code = compile(source, str(path), "exec")
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{path}: not a Python script: {exc}") from None
    recorder = RecordingMachine(Machine(profile=profile), output, sync=sync)
    try:
        exec(code, {"__name__": "__main__", "__file__": str(path), "machine": recorder})
    except SystemExit as exc:
        if exc.code not in (None, 0):
            recorder.abandon()
            raise ScenarioError(f"{path}: the scenario exited with status {exc.code}") from None
    except Exception as exc:  # the script's own failure, reported as bad input
        recorder.abandon()
        raise ScenarioError(
            f"{_script_line(path, exc)}: {type(exc).__name__}: {exc}; the"
            f" {recorder.calls} calls made before it are in {recorder.writer.temp_path}"
        ) from None
    except BaseException:  # KeyboardInterrupt: keep the calls, then stop
        recorder.abandon()
        raise
    recorder.close()
    return Recorded(Path(output), recorder.calls, recorder.writer.header)


def _script_line(path: Path, exc: BaseException) -> str:
    """``path:line`` of the deepest frame of the traceback that is in the script."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
    return f"{path}:{lines[-1]}" if lines and lines[-1] else str(path)
