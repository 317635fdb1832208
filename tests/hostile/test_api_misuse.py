"""Misusing the Python API raises a package exception (HaptraceError), subclassing the
builtin a Python caller would expect (TypeError for a wrong type or argument count,
ValueError for a wrong value), never a bare builtin from deep inside; and the per-call
methods raise what ``call()`` raises."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from haptrace.binding.config import DomainConfig, HostConfig, MachineConfig
from haptrace.binding.machine import CALL_DTYPE, Machine
from haptrace.errors import HaptraceError, InvalidArgument


@pytest.fixture(scope="module")
def machine() -> Machine:
    return Machine()


def _batch(m: Machine, flags: Any) -> object:
    return m.batch(np.zeros(1, dtype=CALL_DTYPE), flags=flags)


MISUSES: dict[str, tuple[Callable[[Machine], object], type[Exception]]] = {
    "call(None)": (lambda m: m.call(None), TypeError),  # type: ignore[arg-type]
    "call([1])": (lambda m: m.call([1]), TypeError),  # type: ignore[arg-type]
    "call(1.5)": (lambda m: m.call(1.5), TypeError),  # type: ignore[arg-type]
    "batch flags=-1": (lambda m: _batch(m, -1), ValueError),
    "batch flags=2**63": (lambda m: _batch(m, 2**63), ValueError),
    "batch flags='x'": (lambda m: _batch(m, "x"), TypeError),
    "batch of a list": (lambda m: m.batch([1, 2]), TypeError),  # type: ignore[arg-type]
    "restore(None)": (lambda m: m.restore(None), TypeError),  # type: ignore[arg-type]
    "set_bugs(None)": (lambda m: m.set_bugs(None), TypeError),  # type: ignore[arg-type]
    "set_bugs('x')": (lambda m: m.set_bugs("x"), TypeError),
    "set_bugs(['x'])": (lambda m: m.set_bugs(["x"]), ValueError),
    "check(-1)": (lambda m: m.check(-1), ValueError),
    "check(2**40)": (lambda m: m.check(2**40), ValueError),
    "check(2**64)": (lambda m: m.check(2**64), ValueError),
    "check('x')": (lambda m: m.check("x"), TypeError),  # type: ignore[arg-type]
    "p2m('1')": (lambda m: m.p2m("1"), TypeError),  # type: ignore[arg-type]
    "p2m(-1)": (lambda m: m.p2m(-1), ValueError),
    "documented([1], 1)": (lambda m: m.documented([1], 1), TypeError),  # type: ignore[arg-type]
    "documented(name, 'x')": (lambda m: m.documented("memshr_control", "x"), TypeError),  # type: ignore[arg-type]
    "set_caller('x')": (lambda m: m.set_caller("x"), TypeError),  # type: ignore[arg-type]
    "set_caller(2**70)": (lambda m: m.set_caller(2**70), ValueError),
    "memshr_control(1) (too few)": (lambda m: m.memshr_control(1), TypeError),  # type: ignore[call-arg]
    "memshr_control(1, 1, 1) (too many)": (lambda m: m.memshr_control(1, 1, 1), TypeError),  # type: ignore[call-arg]
    "memshr_control(x=1)": (lambda m: m.memshr_control(x=1), TypeError),  # type: ignore[call-arg]
    "memshr_control('a', 1)": (lambda m: m.memshr_control("a", 1), TypeError),  # type: ignore[arg-type]
    "memshr_control(-1, 1)": (lambda m: m.memshr_control(-1, 1), ValueError),
    "memshr_control(2**64, 1)": (lambda m: m.memshr_control(2**64, 1), ValueError),
    "call too few": (lambda m: m.call("memshr_control", 1), TypeError),
    "call too many": (lambda m: m.call("memshr_control", 1, 1, 1), TypeError),
    "call('a', 1)": (lambda m: m.call("memshr_control", "a", 1), TypeError),
    "decrease_reservation(1) (a list call, too few)": (
        lambda m: m.decrease_reservation(1),  # type: ignore[call-arg]
        TypeError,
    ),
    "decrease_reservation list of str": (
        lambda m: m.decrease_reservation(1, extent_start=["a"]),  # type: ignore[list-item]
        TypeError,
    ),
}


@pytest.mark.parametrize("name", list(MISUSES))
def test_misuse_raises_a_package_exception(machine: Machine, name: str) -> None:
    misuse, builtin = MISUSES[name]
    with pytest.raises(HaptraceError) as caught:
        misuse(machine)
    assert isinstance(caught.value, builtin), type(caught.value).__mro__


def test_per_call_methods_and_call_raise_alike(machine: Machine) -> None:
    for args in [(1,), (1, 1, 1), ("a", 1), (-1, 1)]:
        with pytest.raises(InvalidArgument) as direct:
            machine.memshr_control(*args)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgument) as generic:
            machine.call("memshr_control", *args)
        assert type(direct.value) is type(generic.value), args
        assert str(direct.value) == str(generic.value), args


def _host(**settings: Any) -> object:
    return Machine(MachineConfig(HostConfig(**settings)))


CONFIGS: dict[str, tuple[Callable[[], object], type[Exception]]] = {
    "gfn_capacity=2**64": (
        lambda: Machine(MachineConfig(HostConfig(gfn_capacity=2**64))),
        ValueError,
    ),
    "gfn_capacity=2**40": (
        lambda: Machine(MachineConfig(HostConfig(gfn_capacity=2**40))),
        ValueError,
    ),
    "audit_compiled=-1": (lambda: HostConfig(audit_compiled=-1), ValueError),  # type: ignore[arg-type]
    "audit_compiled='yes'": (lambda: HostConfig(audit_compiled="yes"), ValueError),  # type: ignore[arg-type]
    "total_frames=2**64": (lambda: HostConfig(total_frames=2**64), ValueError),
    "xenheap_units=2**64": (lambda: HostConfig(xenheap_units=2**64), ValueError),
    "p2m_size=2**64-1": (
        lambda: MachineConfig(domains=(DomainConfig(1, p2m_size=2**64 - 1),)),
        ValueError,
    ),
    "vcpus=2**40": (lambda: DomainConfig(1, vcpus=2**40), ValueError),
    "pages=2**63": (lambda: MachineConfig(domains=(DomainConfig(1, pages=2**63),)), ValueError),
    "hap='no'": (lambda: DomainConfig(1, hap="no"), ValueError),  # type: ignore[arg-type]
    "domains=None": (lambda: MachineConfig(domains=None), ValueError),  # type: ignore[arg-type]
    "host=None": (lambda: Machine(MachineConfig(host=None)), ValueError),  # type: ignore[arg-type]
    "config='x'": (lambda: Machine("x"), ValueError),  # type: ignore[arg-type]
    "profile=None": (lambda: Machine(profile=None), ValueError),  # type: ignore[arg-type]
    "bugs=None": (lambda: Machine(bugs=None), TypeError),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_bad_configuration_raises_a_package_exception(name: str) -> None:
    build, builtin = CONFIGS[name]
    with pytest.raises(HaptraceError) as caught:
        build()
    assert isinstance(caught.value, builtin), type(caught.value).__mro__
