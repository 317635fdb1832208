"""Spec coverage counts the codes of multicall entries: an entry's result is checked against
the recording like a call's own, and a nested multicall's EINVAL exists only as an entry's
result.  Entries that did not run (a refused batch keeps the words it was given) count
nothing."""

from __future__ import annotations

from pathlib import Path

from haptrace.catalogue import lookup
from haptrace.catalogue.errnos import ERRNO
from replay.coverage import measure

MULTICALL = lookup("multicall").id
XENVER_PAGESIZE = lookup("xenver_pagesize").id
XENVER_VERSION = lookup("xenver_version").id
HEADER = "# haptrace trace v2\nprofile doc\ndomain 1 pages=64\n\n"


def _entry(call: int, arg0: int = 0, result: int = 0) -> str:
    words = ", ".join(f"arg{i}={arg0 if i == 0 else 0}" for i in range(6))
    return f"{{call={call}, {words}, result={result:#x}}}"


def _reached(tmp_path: Path, body: str) -> set[tuple[int, int]]:
    path = tmp_path / "entries.trace.txt"
    path.write_text(HEADER + body)
    coverage = measure([path], "doc")
    assert [r.outcome.name for r in coverage.reports] == ["PASS"], coverage.reports[0].message
    return coverage.reached


def test_a_nested_multicall_entry_reaches_the_multicall_einval(tmp_path: Path) -> None:
    inside = [_entry(MULTICALL), _entry(XENVER_PAGESIZE, 8)]
    wrote = [
        _entry(MULTICALL, result=(1 << 64) - ERRNO["EINVAL"]),
        _entry(XENVER_PAGESIZE, 8, result=(1 << 64) - ERRNO["EINVAL"]),
    ]
    reached = _reached(
        tmp_path,
        f"multicall(calls=[{', '.join(inside)}]) = 0 -> calls=[{', '.join(wrote)}]"
        "  # nested: EINVAL; pagesize with an argument: EINVAL\n",
    )
    assert (MULTICALL, ERRNO["EINVAL"]) in reached
    assert (XENVER_PAGESIZE, ERRNO["EINVAL"]) in reached
    assert (MULTICALL, 0) in reached


def test_entries_of_a_refused_batch_count_nothing(tmp_path: Path) -> None:
    # An HVM guest's multicall is ENOSYS in 4.2: nothing runs, the entry keeps the result
    # word it was given (-EINVAL here), which is no code any call returned.
    given = _entry(XENVER_VERSION, result=(1 << 64) - ERRNO["EINVAL"])
    reached = _reached(
        tmp_path,
        f"@1.0 multicall(calls=[{given}]) = -1 ENOSYS -> calls=[{given}]"
        "  # ENOSYS: no multicall in 4.2's HVM hypercall table\n",
    )
    assert (MULTICALL, ERRNO["ENOSYS"]) in reached
    assert (XENVER_VERSION, ERRNO["EINVAL"]) not in reached
    assert (MULTICALL, ERRNO["EINVAL"]) not in reached
