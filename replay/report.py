"""Rendering replay reports: the divergence report people read, JSON for scripts, and JUnit
XML for CI (one test case per trace)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from haptrace.catalogue import Arg, Resource
from haptrace.outcome import Outcome
from tracer.model import Record
from tracer.textform import format_call

from .engine import Divergence, Finding, ReplayReport, format_result

Names = Mapping[tuple[Resource, int], str]  # the trace's names of resource values


def _where(finding: Finding) -> str:
    # Calls are numbered from 1, as "after N calls" counts them and as lines are numbered.
    line = f", line {finding.line}" if finding.line is not None else ""
    return f"call {finding.index + 1}{line}"


def _record_text(record: Record, names: Names) -> str:
    # The text form of the call, without the recorded result (shown separately).
    return format_call(record, names).split(" = ", 1)[0]


def format_divergence(d: Divergence, profile: str, names: Names | None = None) -> list[str]:
    names = names if names is not None else {}
    lines = [
        f"  diverged at {_where(d)}: {d.record.spec.name} ({d.field} differs)",
        f"    call:      {_record_text(d.record, names)}",
    ]
    if (d.record.caller, d.record.vcpu) != (0, 0):
        lines.append(f"    caller:    domain {d.record.caller} vcpu {d.record.vcpu}")
    if d.recorded_value is not None and d.emulated_value is not None:
        lines.append(
            f"    {d.field}: recorded {d.recorded_value:#x}, emulated {d.emulated_value:#x}"
        )
    lines += [
        f"    recorded:  = {format_result(d.record, d.record.expected(profile), names)}",
        f"    emulated:  = {format_result(d.record, d.emulated)}"
        + (f"   ({d.emulated.reason})" if d.emulated.reason else ""),
    ]
    changed = []
    for spec, old, new in zip(d.record.spec.args, d.record.args, d.remapped_args, strict=True):
        if isinstance(old, int) and isinstance(new, int):
            if old != new:
                uses = spec.uses if isinstance(spec, Arg) else None
                name = names.get((uses, old)) if uses is not None else None
                changed.append(f"{spec.name} {f'${name}' if name else f'{old:#x}'} -> {new:#x}")
            continue
        for index, (was, now) in enumerate(zip(old, new, strict=False)):  # type: ignore[arg-type]
            if was != now:
                changed.append(f"{spec.name}[{index}] {_show(was)} -> {_show(now)}")
    if changed:
        lines.append(f"    remapped:  {', '.join(changed)}")
    if d.before or d.after:
        lines.append("    state of what it touched (before -> after):")
        for before, after in zip(d.before, d.after, strict=False):
            lines.append(f"      domain {before.domid} gfn {before.gfn:#x}: {before}")
            lines.append(
                f"      {'':>{len(str(before.domid)) + len(hex(before.gfn)) + 12}}-> {after}"
            )
    if d.context:
        lines.append("    the calls before it:")
        for index, record in d.context:
            lines.append(f"      {index + 1:>6}: {format_call(record, names)}")
    return lines


def _show(value: object) -> str:
    if isinstance(value, int):
        return f"{value:#x}"
    assert isinstance(value, tuple)
    return "{" + ", ".join(_show(v) for v in value) + "}"


def format_report(report: ReplayReport) -> str:
    """The report of one trace, as the CLI prints it."""
    head = f"{report.name}: {report.outcome.label.upper()} after {report.calls} calls"
    if report.truncated:
        head += " (the recording was cut off: its complete part was replayed)"
    lines = [head]
    if report.message:
        lines.append(f"  {report.message}")
    if report.divergence is not None:
        lines += format_divergence(report.divergence, report.profile, report.symbols)
    for finding in report.undocumented[:20]:
        call = finding.record.spec
        lines.append(
            f"  undocumented code at {_where(finding)}: {call.name} returned"
            f" {format_result(finding.record, finding.emulated)}, which profile"
            f" {report.profile} does not document for it"
            + (f" ({finding.emulated.reason})" if finding.emulated.reason else "")
        )
        lines.append(f"    call: {_record_text(finding.record, report.symbols)}")
    if len(report.undocumented) > 20:
        lines.append(f"  ... and {len(report.undocumented) - 20} more undocumented codes")
    if report.violations:
        after = report.violation_call
        if after is not None:
            lines.append(f"  invariants violated after {_where(after)}: {after.record.spec.name}")
            lines.append(f"    call: {format_call(after.record, report.symbols)}")
        elif report.violation_index is not None:
            lines.append(f"  invariants violated after call {report.violation_index + 1}:")
        else:
            lines.append("  invariants violated:")
        lines += [f"    {v}" for v in report.violations]
    if report.unsupported:
        lines.append(
            f"  {report.unsupported} call(s) took paths the engine does not model and were not"
            f" checked; the first, call {(report.first_unsupported or 0) + 1}:"
            f" {report.unsupported_reason}"
        )
    return "\n".join(lines)


def report_json(report: ReplayReport) -> dict[str, Any]:
    out: dict[str, Any] = {
        "trace": report.name,
        "outcome": report.outcome.label,
        "exit_status": int(report.outcome),
        "profile": report.profile,
        "calls": report.calls,
        "truncated": report.truncated,
        "seconds": round(report.seconds, 6),
        "message": report.message,
        "unsupported": {
            "calls": report.unsupported,
            "first_index": report.first_unsupported,
            "first_reason": report.unsupported_reason,
        },
        "undocumented": [
            {
                "index": f.index,
                "line": f.line,
                "call": f.record.spec.name,
                "args": list(f.record.args),
                "errno": f.emulated.errno,
                "errno_name": f.emulated.errno_name,
                "reason": f.emulated.reason,
            }
            for f in report.undocumented
        ],
        "violations": [
            {
                "invariant": v.invariant,
                "statement": v.statement,
                "domid": v.domid,
                "gfn": v.gfn,
                "mfn": v.mfn,
                "expected": v.expected,
                "actual": v.actual,
            }
            for v in report.violations
        ],
        "divergence": None,
    }
    d = report.divergence
    if d is not None:
        expected = d.record.expected(report.profile)
        out["divergence"] = {
            "index": d.index,
            "line": d.line,
            "call": d.record.spec.name,
            "args": list(d.record.args),
            "remapped_args": list(d.remapped_args),
            "field": d.field,
            "caller": [d.record.caller, d.record.vcpu],
            "recorded_value": d.recorded_value,
            "emulated_value": d.emulated_value,
            "recorded": {
                "rc": expected.rc,
                "errno": expected.errno,
                "outputs": list(expected.outputs),
            },
            "emulated": {
                "rc": d.emulated.rc,
                "errno": d.emulated.errno,
                "outputs": list(d.emulated.outputs),
                "reason": d.emulated.reason,
            },
            "before": [vars(s) for s in d.before],
            "after": [vars(s) for s in d.after],
            "context": [format_call(r, report.symbols) for _, r in d.context],
        }
    return out


_SKIPPED = (Outcome.UNSUPPORTED, Outcome.NOT_APPLICABLE)


def junit_xml(results: list[tuple[ReplayReport, str]]) -> str:
    """A JUnit document with one test case per trace: pass, failure (the subject
    misbehaved), skipped (calls the engine does not model: not checked; or a trace that does
    not speak for the profile: nothing ran; the skip's type says which) or error (bad
    input, our bug)."""
    suite = ET.Element(
        "testsuite",
        name="haptrace-replay",
        tests=str(len(results)),
        failures=str(
            sum(
                r.outcome in (Outcome.DIVERGED, Outcome.UNDOCUMENTED, Outcome.INVARIANT)
                for r, _ in results
            )
        ),
        errors=str(sum(r.outcome in (Outcome.BAD_INPUT, Outcome.INTERNAL) for r, _ in results)),
        skipped=str(sum(r.outcome in _SKIPPED for r, _ in results)),
        time=f"{sum(r.seconds for r, _ in results):.3f}",
    )
    for report, text in results:
        case = ET.SubElement(
            suite,
            "testcase",
            classname="haptrace.replay",
            name=report.name,
            time=f"{report.seconds:.3f}",
        )
        if report.outcome in (Outcome.DIVERGED, Outcome.UNDOCUMENTED, Outcome.INVARIANT):
            failure = ET.SubElement(
                case, "failure", type=report.outcome.label, message=report.outcome.meaning
            )
            failure.text = text
        elif report.outcome in _SKIPPED:
            skipped = ET.SubElement(
                case, "skipped", type=report.outcome.label, message=report.outcome.meaning
            )
            skipped.text = text
        elif report.outcome is not Outcome.PASS:
            error = ET.SubElement(
                case,
                "error",
                type=report.outcome.label,
                message=report.message or report.outcome.meaning,
            )
            error.text = text
        ET.SubElement(case, "system-out").text = text
    return ET.tostring(suite, encoding="unicode", xml_declaration=True)
