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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from haptrace.binding.machine import Machine
from haptrace.binding.result import reason_text
from haptrace.catalogue import Call, Resource
from haptrace.catalogue.limits import RAW_UNSUPPORTED, TRACE_ERRNO_UNSUPPORTED
from haptrace.catalogue.model import REMAPPED_RESOURCES, AnyArg, Arg

from .chunk import Chunk, undefined_outputs
from .errors import ScenarioError, TraceError
from .model import ArgValue, Header, OutValue, Record, Trace, element_words, split_outputs
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
    ``name`` (the file) prefixes error messages.  Each call runs as its caller, with its
    lists (and an output list's room) as the scenario gives them."""
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
        lines = scenario.record_lines
        where = f"{name}:{lines[index]}" if index < len(lines) else f"{name}: call {index + 1}"
        args = tuple(
            _remap(arg, value, bound) for arg, value in zip(spec.args, record.args, strict=True)
        )
        ran = replace(record, args=args, alternatives={})
        try:
            chunk = Chunk.from_records([ran])
        except TraceError as exc:
            raise ScenarioError(f"{where}: {spec.name}: {exc}") from None
        pool = chunk.pool.copy()
        outcome = machine.batch(chunk.call_records(), pool=pool)
        result = outcome.results[0]
        rc, errno = int(result["rc"]), int(result["err"])
        if errno == -RAW_UNSUPPORTED:
            errno = TRACE_ERRNO_UNSUPPORTED
        if rc == -1 and errno == 0:
            raise ScenarioError(
                f"{where}: {spec.name}: the engine refused the call:"
                f" {reason_text(int(result['reason']))}"
            )
        # Outputs Xen leaves unwritten (Reason.outputs_undefined) are recorded as `?`: 0,
        # and they bind no resource the scenario names.
        undef = undefined_outputs(
            np.array([spec.id]), np.array([rc]), np.array([int(result["reason"])])
        ).get(0, 0)
        out = result["out"].copy()
        out[[slot for slot in range(len(spec.outputs)) if undef >> slot & 1]] = 0
        outputs = chunk.expectation_outputs(0, rc != -1, out, pool)
        if not undef:
            _bind(spec, record.outputs, outputs, bound, symbols, given.symbols)
        records.append(
            Record(
                spec.id,
                args,
                rc,
                errno,
                outputs,
                note=record.note,
                remark=record.remark,
                caller=record.caller,
                vcpu=record.vcpu,
                undef=undef,
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


def _remap(arg: AnyArg, value: ArgValue, bound: dict[tuple[Resource, int], int]) -> ArgValue:
    """A scenario's argument with the resource values earlier calls bound replaced by the
    emulator's (inside lists too)."""
    if isinstance(arg, Arg):
        if arg.uses in REMAPPED_RESOURCES and isinstance(value, int):
            return bound.get((arg.uses, value), value)
        return value
    if not arg.is_input or not isinstance(value, tuple):
        return value
    if arg.scalar:
        use = arg.fields[0].uses
        if use not in REMAPPED_RESOURCES:
            return value
        return tuple(bound.get((use, v), v) for v in value)  # type: ignore[arg-type]
    return tuple(
        tuple(
            bound.get((f.uses, v), v) if f.uses in REMAPPED_RESOURCES else v
            for f, v in zip(arg.fields, element, strict=True)  # type: ignore[arg-type]
        )
        for element in value
    )


def _bind(
    spec: Call,
    wanted: tuple[OutValue, ...],
    got: tuple[OutValue, ...],
    bound: dict[tuple[Resource, int], int],
    symbols: dict[tuple[Resource, int], str],
    names: Mapping[tuple[Resource, int], str],
) -> None:
    """Binds each resource the scenario names in an output (``-> handle=$src``, or an
    element of an output list) to the value the emulator gave."""
    pairs: list[tuple[Resource | None, int, int]] = []
    want_scalars, want_lists = split_outputs(spec, wanted)
    got_scalars, got_lists = split_outputs(spec, got)
    for out, w, g in zip(spec.outputs, want_scalars, got_scalars, strict=False):
        pairs.append((out.makes, w, g))
    for lst, w_list, g_list in zip(spec.output_lists, want_lists, got_lists, strict=False):
        w_elements = element_words(lst.scalar, w_list)
        g_elements = element_words(lst.scalar, g_list)
        for w_words, g_words in zip(w_elements, g_elements, strict=False):
            for f, w, g in zip(lst.fields, w_words, g_words, strict=True):
                if w:  # an element the scenario left 0 names nothing
                    pairs.append((f.makes, w, g))
    for resource, w, g in pairs:
        if resource in REMAPPED_RESOURCES and resource is not None:
            bound[(resource, w)] = g
            symbol = names.get((resource, w))
            if symbol is not None:
                symbols[(resource, g)] = symbol


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
