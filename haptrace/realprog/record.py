"""``haptrace run --record``: the catalogue calls a program's hypercalls and driver
operations became, with the results the emulator gave, as a trace that ``haptrace replay``
replays (the machine's profile and configuration go into the header)."""

from __future__ import annotations

from pathlib import Path

from haptrace.binding.machine import Machine
from haptrace.catalogue import BY_NAME
from tracer.model import Header, Record
from tracer.writer import TraceWriter

from .server import CallEvent


class CallRecorder:
    """Writes each call of each event as a trace record made by dom0's vcpu 0 (the
    program's caller), annotated with the hypercall or driver operation it came from.  A
    hypercall the emulator does not model makes no call; the trace says so in a comment
    before the next call (or at its end)."""

    def __init__(
        self,
        path: Path,
        header: Header,
        unmodelled: str = "not modelled, the program got ENOSYS",
    ) -> None:
        self.writer = TraceWriter(path, header)
        self.calls = 0
        self.unmodelled: list[str] = []  # said before the next call
        self._unmodelled_text = unmodelled

    @classmethod
    def emulating(cls, path: Path, machine: Machine) -> CallRecorder:
        """The recorder of ``haptrace run --record``: the emulated machine's header."""
        header = Header(
            profile=machine.profile,
            machine=machine.config,
            source="emulator",
            xen_version="4.17",
            bugs=tuple(machine.bugs),
        )
        return cls(path, header)

    def note(self, text: str) -> None:
        """A comment before the next call (or at the trace's end)."""
        self.unmodelled.append(text)

    def add(self, event: CallEvent) -> None:
        if event.hypercall is not None and event.hypercall.unsupported:
            reason = event.hypercall.reason or "unsupported"
            self.unmodelled.append(f"{self._unmodelled_text}: {event.what} ({reason})")
            return
        records = []
        for name, args, result, where in event.calls:
            spec = BY_NAME[name]
            records.append(
                Record(
                    call=spec.id,
                    args=args,
                    rc=result.rc,
                    errno=result.errno,
                    outputs=result.outputs,
                    remark=where,
                    note="\n".join(self.unmodelled),
                )
            )
            self.unmodelled = []
        self.writer.write_records(records)
        self.calls += len(records)

    def close(self) -> None:
        self.writer.tail_note = "\n".join(self.unmodelled)
        self.writer.close()

    def abandon(self) -> None:
        self.writer.abandon()
