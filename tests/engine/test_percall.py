"""The per-call fast path (haptrace._percall.FastCall) behaves exactly as the generated
Python functions it wraps: same results, same exceptions, same machine state, for valid,
hostile and oddly typed arguments alike."""

from __future__ import annotations

import enum
import gc
import random
import sys
from typing import Any

import numpy as np
import pytest

from haptrace._percall import FastCall
from haptrace.binding.result import CallResult
from haptrace.catalogue import CATALOGUE
from replay import Machine


class Small(enum.IntEnum):
    ONE = 1


def _outcome(function: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> object:
    try:
        return ("ok", tuple(function(*args, **kwargs)))
    except Exception as exc:  # the comparison is of the exception itself
        return ("raised", type(exc).__name__, str(exc))


def _argument(rng: random.Random, bits: int) -> object:
    choice = rng.randrange(12)
    if choice < 6:
        return rng.choice([0, 1, 2, 0x10, 0x11, 0x20, 0x21, 3])
    return [
        rng.getrandbits(bits),
        -1,
        1 << 64,
        (1 << 64) - 1,
        True,
        Small.ONE,
        np.uint16(2),
        1.0,
        "1",
        None,
        1 << bits,
    ][rng.randrange(11)]


def test_every_call_is_a_fast_call_that_wraps_the_python_function() -> None:
    """Every call without lists; a call with lists is its Python function (the fast path
    carries scalars only; the binding packs lists into a pool)."""
    m = Machine()
    for call in CATALOGUE:
        fast = getattr(m, call.name)
        if call.lists:
            assert not isinstance(fast, FastCall) and fast.__name__ == call.name
            continue
        assert isinstance(fast, FastCall), call.name
        assert fast.__name__ == call.name and fast.__wrapped__.__name__ == call.name
        assert fast.__doc__ and fast.__doc__ == fast.__wrapped__.__doc__


@pytest.mark.parametrize("seed", range(4))
def test_fast_and_python_paths_agree_on_random_sequences(seed: int) -> None:
    """Two machines, the same sequence: one through the fast path, one through the Python
    functions; every result or exception and the final state must be the same."""
    rng = random.Random(seed)
    fast_machine, slow_machine = Machine(), Machine()
    scalar_calls = [call for call in CATALOGUE if not call.lists]  # the fast path's calls
    for _ in range(3000):
        call = rng.choice(scalar_calls)
        args: tuple[Any, ...] = tuple(_argument(rng, a.bits) for a in call.scalars)
        kwargs: dict[str, Any] = {}
        if args and rng.random() < 0.1:  # the last argument by keyword
            kwargs = {call.args[-1].name: args[-1]}
            args = args[:-1]
        if rng.random() < 0.05:  # a count no signature takes
            args = (*args, 1)
        fast = _outcome(getattr(fast_machine, call.name), args, kwargs)
        slow = _outcome(getattr(slow_machine, call.name).__wrapped__, args, kwargs)
        assert fast == slow, (call.name, args, kwargs)
    assert fast_machine.state_digest() == slow_machine.state_digest()
    assert fast_machine.counters() == slow_machine.counters()


def test_results_are_call_results_with_their_outputs() -> None:
    m = Machine()
    m.memshr_control(1, 1)
    result = m.memshr_nominate_gfn(1, 0x10)
    assert type(result) is CallResult and result.ok and result.outputs == (2,)
    assert m.memshr_nominate_gfn(1, 0x11).outputs == (3,)  # handles are never reused
    failed = m.memshr_nominate_gfn(1, 1 << 40)
    assert type(failed) is CallResult and failed.rc == -1 and failed.outputs == ()
    # Results without outputs are the shared instances the Python functions hand out.
    assert m.memshr_control(1, 1) is m.memshr_control.__wrapped__(1, 1)


def test_defaults_are_filled_in_as_the_signature_says() -> None:
    m = Machine()
    assert m.guest_write(1, 0x10) == m.guest_write(1, 0x10, 0, 0)
    assert m.guest_write(1, 0x10, 7).ok
    assert m.guest_read(1, 0x10).outputs == (7,)
    assert m.guest_read(1, 0x10, 0) == m.guest_read(1, 0x10)


def test_refused_calls_raise_as_the_python_functions_do() -> None:
    m = Machine()
    with pytest.raises(Exception) as fast:
        m.memshr_control(1 << 20, 1)
    with pytest.raises(Exception) as slow:
        m.memshr_control.__wrapped__(1 << 20, 1)
    assert (type(fast.value), str(fast.value)) == (type(slow.value), str(slow.value))


def test_a_fast_call_keeps_its_engine_alive() -> None:
    nominate = Machine().memshr_nominate_gfn  # the Machine is gone after this line
    gc.collect()
    assert nominate(1, 0x10).errno != 0  # sharing is off: a real answer, not a crash


def test_no_reference_is_leaked() -> None:
    m = Machine()
    m.memshr_control(1, 1)
    nominate, read, control = m.memshr_nominate_gfn, m.guest_read, m.memshr_control
    nominate(1, 0x10)
    before = sys.getrefcount(CallResult)
    for gfn in range(0x20, 0x420):
        nominate(1, gfn)
        read(1, gfn)
        control(1, 1)
    gc.collect()
    assert sys.getrefcount(CallResult) == before  # each live result holds its type


def test_bad_construction_is_refused() -> None:
    m = Machine()
    good: dict[str, Any] = dict(
        slow=len,
        finish=len,
        owner=m,
        machine=1,
        entry=1,
        out=1,
        call_id=0,
        arity=2,
        defaults=(),
        outputs=0,
        known={},
        result_type=CallResult,
    )
    for change, error in (
        ({"arity": 9}, ValueError),
        ({"outputs": 99}, ValueError),
        ({"machine": 0}, ValueError),
        ({"defaults": (0, 0, 0)}, ValueError),
        ({"result_type": int}, TypeError),
        ({"slow": 3}, TypeError),
        ({"known": []}, TypeError),
    ):
        with pytest.raises(error):
            FastCall(**{**good, **change})
