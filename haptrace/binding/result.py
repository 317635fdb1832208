"""What one call returned.

The per-call API makes one :class:`CallResult` per call and must stay within a small factor
of a bare cffi call, so a result is one flat tuple, ``(call_id, packed, *outputs)``, built in
one step from what the engine returns: ``packed`` holds the raw result and the reason as
``raw * 65536 + reason`` (csrc/include/haptrace.h).  Everything else (rc and errno as libxc
reports them, the outputs as a tuple and by name, the reason text) is derived when asked
for.
"""

from __future__ import annotations

from typing import Any, cast

from haptrace.catalogue import CATALOGUE, Call
from haptrace.catalogue.errnos import errno_name
from haptrace.catalogue.limits import PACK, RAW_REFUSED_LIMIT, RAW_UNSUPPORTED

from ._native import REASONS


def reason_text(reason_id: int) -> str:
    """The engine's explanation for a reason id ('' when it has none)."""
    return REASONS[reason_id] if 0 <= reason_id < len(REASONS) else f"reason {reason_id}"


def pack(raw: int, reason_id: int) -> int:
    """The engine's packed form of a raw Xen result (>= 0 value, < 0 minus errno)."""
    return raw * PACK + reason_id


class CallResult(tuple[Any, ...]):
    """rc and errno follow libxc: rc is -1 and errno set on failure, otherwise rc is 0 or
    the call's value.  Scalar outputs are present only on success, in catalogue order; a
    call with output lists (OUT or INOUT) always has them, as tuples after the scalars
    (which are then present, as zeros, on failure too).

    ``unsupported`` marks the engine's answer for a valid call whose path in Xen it does
    not model (a PV guest's MMU, say): rc -1 and errno 0, the reason naming the path.  It
    is neither a success nor a Xen error, and never a pass."""

    __slots__ = ()

    @classmethod
    def of(
        cls, call_id: int, rc: int, errno: int, outputs: tuple[int, ...] = (), reason_id: int = 0
    ) -> CallResult:
        """A result from its libxc-level parts (a failure needs rc -1 and an errno)."""
        raw = -errno if rc == -1 and errno else rc
        return cls((call_id, pack(raw, reason_id), *outputs))

    # The first two items are always ints (the call id and the packed result); the items
    # after them are ints, or tuples for output lists, hence tuple[Any, ...] and the casts.

    @property
    def call_id(self) -> int:
        return cast(int, self[0])

    @property
    def packed(self) -> int:
        return cast(int, self[1])

    @property
    def outputs(self) -> tuple[Any, ...]:
        return self[2:]

    @property
    def raw(self) -> int:
        """Xen's own result: the value, or minus the errno."""
        return cast(int, self[1]) >> 16

    @property
    def rc(self) -> int:
        raw = cast(int, self[1]) >> 16
        return raw if raw >= 0 else -1

    @property
    def errno(self) -> int:
        """Xen's errno; 0 on success and for an outcome that is no errno (unsupported)."""
        raw = cast(int, self[1]) >> 16
        return -raw if RAW_REFUSED_LIMIT < raw < 0 else 0

    @property
    def unsupported(self) -> bool:
        """The engine does not model the path this call took: no result to compare (the
        reason says which path).  Never a pass."""
        return cast(int, self[1]) >> 16 == RAW_UNSUPPORTED

    @property
    def reason_id(self) -> int:
        return cast(int, self[1]) & 0xFFFF

    @property
    def call(self) -> Call:
        return CATALOGUE[cast(int, self[0])]

    @property
    def ok(self) -> bool:
        return cast(int, self[1]) >= 0

    @property
    def reason(self) -> str:
        """Which check produced this result, e.g. 'nominate: gfn not populated'."""
        return reason_text(self.reason_id)

    @property
    def errno_name(self) -> str:
        errno = self.errno
        if not errno:
            return ""
        return errno_name(errno, sharing=self.call.family.value == "sharing")

    def output(self, name: str) -> Any:
        """One output by name (an output list as a tuple); KeyError if the call has no
        such output, or it failed and the output is a scalar."""
        call = self.call
        for index, spec in enumerate(call.outputs):
            if spec.name == name:
                if 2 + index >= len(self) or not self.ok:
                    raise KeyError(f"{call.name} failed: no output {name!r}")
                return self[2 + index]
        for index, lst in enumerate(call.output_lists):
            if lst.name == name:
                return self[2 + len(call.outputs) + index]
        raise KeyError(f"{call.name} has no output {name!r}")

    @property
    def scalar_outputs(self) -> tuple[int, ...]:
        """The scalar outputs (empty on failure)."""
        if not self.ok:
            return ()
        return tuple(self[2 : 2 + len(self.call.outputs)])

    @property
    def output_lists(self) -> tuple[tuple[Any, ...], ...]:
        """The OUT and INOUT lists as the call left them, in catalogue order."""
        call = self.call
        if not call.output_lists:
            return ()
        return tuple(self[2 + len(call.outputs) :])

    @property
    def outputs_dict(self) -> dict[str, Any]:
        call = self.call
        names = (o.name for o in call.outputs)
        out: dict[str, Any] = dict(zip(names, self.scalar_outputs, strict=False))
        for lst, value in zip(call.output_lists, self.output_lists, strict=False):
            out[lst.name] = value
        return out

    def __repr__(self) -> str:
        return (
            f"CallResult({self.call.name}, rc={self.rc}, errno={self.errno},"
            f" outputs={self.outputs!r}, reason={self.reason!r})"
        )

    def __str__(self) -> str:
        if self.unsupported:
            return f"{self.call.name} unsupported  ({self.reason})"
        result = f"-1 {self.errno_name}" if not self.ok else str(self.rc)
        outs = ", ".join(f"{k}={_show(v)}" for k, v in self.outputs_dict.items())
        text = f"{self.call.name} = {result}"
        if outs:
            text += f" -> {outs}"
        if self.reason:
            text += f"  ({self.reason})"
        return text


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return f"{value:#x}"
