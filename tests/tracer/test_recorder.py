"""The recording proxy: per-call and batch journalling, thread safety, the header."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from haptrace.catalogue import lookup
from haptrace.errors import InputError, InvalidArgument
from replay import CALL_DTYPE, CallResult, Machine, MachineConfig, calls_array
from tracer.format import read_trace
from tracer.recorder import RecordingMachine


def _as_recorded(result: CallResult) -> tuple[int, int, tuple[int, ...]]:
    return result.rc, result.errno, result.outputs


def test_every_call_goes_to_the_trace_as_it_returned(tmp_path: Path) -> None:
    path = tmp_path / "run.trace"
    returned = []
    with RecordingMachine(Machine(), path, chunk_calls=3, sync=False) as machine:
        returned.append(machine.memshr_control(1, 1))
        returned.append(machine.memshr_control(domid=2, enable=1))  # keywords
        returned.append(machine.call("memshr_nominate_gfn", 1, 0x10))  # by name
        returned.append(machine.memshr_nominate_gfn(2, 0x20))
        returned.append(machine.memshr_nominate_gfn(3, 0x20))  # fails: no domain 3
        returned.append(machine.sharing_freed_pages())
        assert machine.calls == 6
        with pytest.raises(InvalidArgument):
            machine.memshr_control(1 << 20, 1)  # refused: not run, so not recorded
    trace = read_trace(path, strict=True)
    assert [(r.rc, r.errno, r.outputs) for r in trace.records] == [
        _as_recorded(r) for r in returned
    ]
    assert [r.args for r in trace.records] == [(1, 1), (2, 1), (1, 0x10), (2, 0x20), (3, 0x20), ()]
    assert trace.records[4].errno != 0
    assert trace.header.complete and trace.header.source == "emulator"


def test_the_header_describes_the_machine(tmp_path: Path) -> None:
    config = MachineConfig.default()
    target = Machine(config, profile="xen-4.2", bugs=["gref_unchecked"])
    with RecordingMachine(target, tmp_path / "h.trace", sync=False) as machine:
        assert machine.profile == "xen-4.2"  # everything else is the target's
    header = read_trace(tmp_path / "h.trace").header
    assert (header.profile, header.machine, header.bugs) == ("xen-4.2", config, ("gref_unchecked",))


def test_batches_and_single_calls_keep_their_order(tmp_path: Path) -> None:
    path = tmp_path / "b.trace"
    batch = calls_array([("memshr_nominate_gfn", (1, gfn)) for gfn in range(100)])
    with RecordingMachine(Machine(), path, chunk_calls=64, sync=False) as machine:
        machine.memshr_control(1, 1)
        first = machine.batch(batch)
        machine.sharing_used_frames()
        second = machine.batch(calls_array([("sharing_freed_pages", ())]))
    records = read_trace(path).records
    assert len(records) == 103
    assert records[0].spec.name == "memshr_control"
    assert [r.outputs for r in records[1:101]] == [tuple(o[:1]) for o in first.results["out"]]
    assert records[101].spec.name == "sharing_used_frames"
    assert records[102].rc == int(second.results["rc"][0])


def test_a_batch_stopped_early_records_only_what_ran(tmp_path: Path) -> None:
    from replay import STOP_ON_REFUSED

    calls = np.zeros(3, dtype=CALL_DTYPE)
    calls["call"] = [lookup("sharing_freed_pages").id, 9999, lookup("sharing_freed_pages").id]
    with RecordingMachine(Machine(), tmp_path / "s.trace", sync=False) as machine:
        outcome = machine.batch(calls, STOP_ON_REFUSED)
    assert outcome.ran == 2
    assert len(read_trace(tmp_path / "s.trace").records) == 1


def test_threads_record_in_the_order_the_calls_ran(tmp_path: Path) -> None:
    path = tmp_path / "threads.trace"
    with RecordingMachine(Machine(), path, chunk_calls=50, sync=False) as machine:
        machine.memshr_control(1, 1)
        machine.memshr_control(2, 1)

        def work(domid: int) -> None:
            for gfn in range(150):
                machine.memshr_nominate_gfn(domid, gfn)
                if gfn % 50 == 0:
                    machine.batch(calls_array([("guest_write", (domid, gfn, gfn, 0))]))

        threads = [threading.Thread(target=work, args=(d,)) for d in (1, 2, 1, 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    records = read_trace(path).records
    assert len(records) == 2 + 4 * (150 + 3)
    fresh = Machine()  # replaying in trace order gives the recorded results
    for record in records:
        assert _as_recorded(fresh.call(record.call, *record.args)) == (
            record.rc,
            record.errno,
            record.outputs,
        )


def test_restore_and_set_bugs_are_refused(tmp_path: Path) -> None:
    with RecordingMachine(Machine(), tmp_path / "r.trace", sync=False) as machine:
        snapshot = machine.snapshot()
        with pytest.raises(InputError, match="restore cannot be recorded"):
            machine.restore(snapshot)
        with pytest.raises(InputError, match="planted bugs cannot change"):
            machine.set_bugs(["gref_unchecked"])


class _Backend:
    """Anything with the call API: here, a machine seen only through its methods."""

    def __init__(self) -> None:
        self._machine = Machine()
        self.profile = "doc"

    def __getattr__(self, name: str) -> Any:
        return getattr(self._machine, name)


def test_any_backend_with_the_call_api_can_be_recorded(tmp_path: Path) -> None:
    with RecordingMachine(_Backend(), tmp_path / "host.trace", sync=False) as machine:
        machine.memshr_control(1, 1)
        machine.batch(calls_array([("memshr_nominate_gfn", (1, 5))]))
    trace = read_trace(tmp_path / "host.trace")
    assert trace.header.source == "host"
    assert [r.spec.name for r in trace.records] == ["memshr_control", "memshr_nominate_gfn"]


def test_an_unsupported_answer_is_recorded_as_such_and_replays_as_unsupported(
    tmp_path: Path,
) -> None:
    from haptrace.catalogue.limits import TRACE_ERRNO_UNSUPPORTED
    from haptrace.outcome import Outcome
    from replay.engine import open_source, replay
    from tracer.textform import format_trace

    path = tmp_path / "u.trace"
    with RecordingMachine(Machine(), path, sync=False) as machine:
        machine.memshr_control(1, 1)
        single = machine.set_trap_table(0x1000)  # dom0 is PV: its trap table is not modelled
        batch = machine.batch(calls_array([("set_trap_table", (0x2000,))]))
    assert single.unsupported and batch.ran == 1
    trace = read_trace(path, strict=True)
    assert [(r.rc, r.errno) for r in trace.records[1:]] == [(-1, TRACE_ERRNO_UNSUPPORTED)] * 2
    text = format_trace(trace)
    assert "set_trap_table(table=0x1000) = -1 UNSUPPORTED" in text
    report = replay(open_source(path))
    assert (report.outcome, report.unsupported, report.first_unsupported) == (
        Outcome.UNSUPPORTED,
        2,
        1,
    )
