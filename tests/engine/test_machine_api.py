"""The Machine API: its default configuration, one method per catalogue call, clear
exceptions for malformed arguments and configurations, and error codes (never a crash) for
resources that do not exist."""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np
import pytest

from haptrace.binding._calls import REQUIRED
from haptrace.catalogue import CATALOGUE, ENUMS, Arg, Call, Field, ListArg, Resource, Returns
from haptrace.errors import (
    ConfigError,
    HaptraceError,
    InputError,
    InvalidArgument,
    UnknownCall,
)
from replay import CallResult, DomainConfig, HostConfig, Machine, MachineConfig, calls_array

P2M_TYPES = ENUMS["p2m_type"].values
HAP = ENUMS["domain_flags"].values["hap"]
SMALL = MachineConfig(HostConfig(), (DomainConfig(1, pages=64), DomainConfig(2, pages=64)))
CALL_IDS = [call.name for call in CATALOGUE]


def _call(name: str) -> Call:
    return next(call for call in CATALOGUE if call.name == name)


def _plain_value(uses: Resource | None, struct: bool = False) -> int:
    """A gfn 0x10, a domain 1; a plain number 1 in a list of scalars, 0 in a struct (whose
    counters and flags are then at rest: an exchange with nothing exchanged yet)."""
    if uses is Resource.GFN:
        return 0x10
    return 1 if uses is not None or not struct else 0


def _plain_args(call: Call) -> list[Any]:
    """Well-formed input arguments (``call.input_args``: an OUT list is no argument):
    domains 1 then 2, gfn 0x10, defaults, a one-element list, the length of an OUT list 1,
    1 elsewhere."""
    out: list[Any] = []
    domains = iter((1, 2))
    for arg in call.input_args:
        if isinstance(arg, ListArg):
            element = tuple(_plain_value(f.uses, not arg.scalar) for f in arg.fields)
            out.append([element[0] if arg.scalar else element] * (arg.fixed_length or 1))
        elif arg.uses is Resource.DOMAIN:
            out.append(next(domains))
        elif arg.uses is Resource.GFN:
            out.append(0x10)
        elif arg.default is not None:
            out.append(arg.default)
        else:
            out.append(1)
    return out


def _scalars(call: Call) -> list[tuple[int, Arg]]:
    """(position among the input arguments, argument) of each scalar: the positions where
    the width tests put their values (lists have their own, test_callers_and_lists.py)."""
    return [(i, a) for i, a in enumerate(call.input_args) if isinstance(a, Arg)]


def _room(call: Call, arg: Arg) -> int | None:
    """The most elements the binding lets a length argument give an OUT list (it refuses
    more room than the list can have before the engine runs); None for other arguments."""
    if arg.length_of is None:
        return None
    lst = call.arg(arg.length_of)
    return lst.max_length if isinstance(lst, ListArg) and not lst.is_input else None


def _element_targets(call: Call) -> list[tuple[int, Field]]:
    """(position, field) of each input scalar list: where an element's value goes."""
    return [
        (i, a.fields[0])
        for i, a in enumerate(call.input_args)
        if isinstance(a, ListArg) and a.scalar
    ]


# ---- the default machine ----------------------------------------------------------------


def test_the_default_machine_is_two_hap_domains_of_4096_pages_on_intel_x86_64() -> None:
    m = Machine()
    assert m.config == MachineConfig.default() == MachineConfig()
    assert (m.config.host.arch, m.config.host.vendor) == ("x86_64", "intel")
    assert m.profile == "doc" and m.bugs == ()
    guests = [d for d in m.domain_ids() if d != 0]  # domain 0 is the calling toolstack
    assert guests == [1, 2]
    counters = m.counters()
    for domid in guests:
        domain = counters["domains"][domid]
        assert domain["tot_pages"] == domain["max_pages"] == 4096
        assert domain["flags"] & HAP
        assert domain["shr_pages"] == domain["paged_pages"] == 0
        types = m.p2m_types(domid)
        assert (types[:4096] == P2M_TYPES["ram_rw"]).all()
        assert (types[4096:] == P2M_TYPES["invalid"]).all()
    assert counters["freed_pages"] == counters["used_frames"] == 0
    assert counters["last_handle"] == 1  # the first handle issued is 2
    assert counters["free_frames"] == m.config.host.total_frames - 2 * 4096
    assert m.memshr_control(1, 1).ok
    assert m.memshr_nominate_gfn(1, 0x10).output("handle") == 2


# ---- one method per call ------------------------------------------------------------------


@pytest.mark.parametrize("name", CALL_IDS)
def test_every_call_is_a_method_with_the_catalogue_argument_names(name: str) -> None:
    call = _call(name)
    documented = getattr(Machine, call.name)  # what help() and type checkers see
    method = getattr(Machine(SMALL), call.name)  # what runs
    assert callable(method)
    parameters = list(inspect.signature(method).parameters.values())
    documented_parameters = list(inspect.signature(documented).parameters.values())[1:]
    assert [p.name for p in parameters] == [a.name for a in call.input_args]
    assert [(p.name, p.default) for p in documented_parameters] == [
        (p.name, p.default) for p in parameters
    ]
    if call.lists:
        # A list's length may be left out (None: the list's length); every parameter after
        # it needs a default, the catalogue's or the binding's REQUIRED marker.
        defaulted = False
        for parameter, arg in zip(parameters, call.input_args, strict=True):
            if isinstance(arg, Arg) and arg.length_of is not None:
                assert parameter.default is None, f"{call.name}({arg.name})"
            elif isinstance(arg, Arg) and arg.default is not None:
                assert parameter.default == arg.default, f"{call.name}({arg.name})"
            elif defaulted:
                assert parameter.default is REQUIRED, f"{call.name}({arg.name})"
            else:
                assert parameter.default is inspect.Parameter.empty, f"{call.name}({arg.name})"
            defaulted |= parameter.default is not inspect.Parameter.empty
    else:
        # Python allows defaults only on trailing parameters: a catalogue default shows in
        # the signature when every later argument has one too (call() applies the others).
        for index, (parameter, arg) in enumerate(zip(parameters, call.scalars, strict=True)):
            trailing = all(later.default is not None for later in call.scalars[index:])
            expected = arg.default if trailing else inspect.Parameter.empty
            assert parameter.default == expected, f"{call.name}({arg.name})"
    assert method.__doc__ and call.summary.split()[0] in method.__doc__


@pytest.mark.parametrize("name", CALL_IDS)
def test_a_method_and_call_by_name_or_id_agree(name: str) -> None:
    call = _call(name)
    args = _plain_args(call)
    results = []
    for invoke in (
        lambda m: getattr(m, call.name)(*args),
        lambda m: m.call(call.name, *args),
        lambda m: m.call(
            call.id, **{a.name: v for a, v in zip(call.input_args, args, strict=True)}
        ),
    ):
        m = Machine(SMALL)
        result = invoke(m)
        assert isinstance(result, CallResult) and result.call is call
        results.append((result.rc, result.errno, result.outputs, result.reason, m.state_digest()))
    assert results[0] == results[1] == results[2]


def test_keyword_arguments_and_defaults() -> None:
    m = Machine(SMALL)
    assert m.guest_write(domid=1, gfn=0x10, value=7).ok
    assert m.guest_read(1, 0x10).output("value") == 7
    assert m.call("guest_read", gfn=0x10, domid=1).output("value") == 7


# ---- malformed arguments --------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", [-1, -(2**64), 1.0, "1", None, b"\x01", 2**64], ids=lambda v: type(v).__name__
)
def test_malformed_arguments_raise_invalid_argument(bad: object) -> None:
    m = Machine(SMALL)
    before = m.state_digest()
    for invoke in (
        lambda: m.memshr_nominate_gfn(1, bad),
        lambda: m.call("memshr_nominate_gfn", 1, bad),
        lambda: m.call("memshr_nominate_gfn", domid=1, gfn=bad),
        lambda: calls_array([("memshr_nominate_gfn", (1, bad))]),
    ):
        with pytest.raises(InvalidArgument):
            invoke()
    assert m.state_digest() == before


@pytest.mark.parametrize("name", CALL_IDS)
def test_every_argument_wider_than_its_c_type_is_refused(name: str) -> None:
    call = _call(name)
    m = Machine(SMALL)
    for position, arg in _scalars(call):
        args: list[Any] = _plain_args(call)
        args[position] = arg.max_value + 1
        with pytest.raises(InvalidArgument, match=arg.name):
            getattr(m, call.name)(*args)
        with pytest.raises(InvalidArgument, match=arg.name):
            m.call(call.name, *args)
        args[position] = -1
        with pytest.raises(InvalidArgument, match=arg.name):
            getattr(m, call.name)(*args)


def test_integers_of_any_kind_are_accepted_alike_by_every_entry_point() -> None:
    """Anything with __index__ is an integer, as it is to cffi on the fast path: bools
    (``enable=True``) and numpy integers give the same result through the typed method,
    Machine.call and a batch."""
    results = []
    for value in (1, True, np.uint8(1), np.int64(1)):
        m = Machine(SMALL)
        results.append((m.memshr_control(value, value), m.call("memshr_control", value, value)))
        batch = m.batch(calls_array([("memshr_control", (value, value))]))
        results.append(int(batch.results["rc"][0]))
    assert len({repr(r) for r in results[0::2]}) == 1
    assert set(results[1::2]) == {0}
    with pytest.raises(InvalidArgument, match="non-negative integer"):
        Machine(SMALL).call("memshr_control", 1.0, 1)


def test_argument_count_and_names_are_checked() -> None:
    m = Machine(SMALL)
    with pytest.raises(InvalidArgument, match="takes 2 arguments"):
        m.call("memshr_nominate_gfn", 1, 2, 3)
    with pytest.raises(InvalidArgument, match="missing argument gfn"):
        m.call("memshr_nominate_gfn", 1)
    with pytest.raises(InvalidArgument, match="no argument 'gnf'"):
        m.call("memshr_nominate_gfn", domid=1, gnf=2)
    with pytest.raises(InvalidArgument, match="given twice"):
        m.call("memshr_nominate_gfn", 1, 2, domid=1)
    with pytest.raises(TypeError):
        m.memshr_nominate_gfn(1)  # type: ignore[call-arg]


@pytest.mark.parametrize("name", ["memshr_nominate", "no_such_call", ""])
def test_unknown_call_names_raise_unknown_call(name: str) -> None:
    m = Machine(SMALL)
    with pytest.raises(UnknownCall) as caught:
        m.call(name)
    assert isinstance(caught.value, InputError) and isinstance(caught.value, KeyError)
    with pytest.raises(UnknownCall):
        calls_array([(name, ())])


def test_unknown_call_ids_raise_unknown_call() -> None:
    m = Machine(SMALL)
    for call_id in (-1, len(CATALOGUE), 2**32):
        with pytest.raises(UnknownCall, match="no call has id"):
            m.call(call_id)


def test_a_close_name_is_suggested() -> None:
    with pytest.raises(UnknownCall, match="memshr_nominate_gfn"):
        Machine(SMALL).call("memshr_nominate_gnf", 1, 2)


# ---- bad configurations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: HostConfig(arch="arm64"),
        lambda: HostConfig(vendor="via"),
        lambda: HostConfig(total_frames=0),
        lambda: HostConfig(total_frames=-5),
        lambda: HostConfig(share_capacity="many"),  # type: ignore[arg-type]
        lambda: HostConfig(xenheap_units=True),
        lambda: DomainConfig(0),
        lambda: DomainConfig(0x7FF0),
        lambda: DomainConfig(1, pages=-1),
        lambda: DomainConfig(1, vcpus=1.5),  # type: ignore[arg-type]
        lambda: MachineConfig(HostConfig(), (DomainConfig(1), DomainConfig(1))),
        lambda: MachineConfig.from_dict({"host": {"colour": "red"}}),
        lambda: MachineConfig.from_dict({"host": [], "domains": []}),
        lambda: MachineConfig.from_dict({"domains": [{"domid": 1, "pagez": 3}]}),
        lambda: MachineConfig.from_dict("x86_64"),
        lambda: Machine(profile="xen-4.3"),
        lambda: Machine(MachineConfig(HostConfig(total_frames=2**40))),
        lambda: Machine(MachineConfig(HostConfig(total_frames=64, share_capacity=65))),
        lambda: Machine(
            MachineConfig(HostConfig(total_frames=64, share_capacity=8), (DomainConfig(1, 100),))
        ),
        lambda: Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=10, max_pages=5),))),
        lambda: Machine(MachineConfig(HostConfig(), (DomainConfig(1, pages=10, p2m_size=5),))),
        lambda: Machine(MachineConfig(HostConfig(gfn_capacity=10), (DomainConfig(1, 200),))),
        lambda: Machine(MachineConfig(domains=tuple(DomainConfig(i, 1) for i in range(1, 300)))),
    ],
)
def test_bad_configurations_raise_config_error(build: object) -> None:
    with pytest.raises(ConfigError):
        build()  # type: ignore[operator]


def test_a_small_host_says_which_setting_to_change() -> None:
    assert HostConfig(total_frames=64).share_capacity == 64  # the default fits the host
    with pytest.raises(ConfigError, match=r"share_capacity 65 cannot exceed total_frames 64"):
        HostConfig(total_frames=64, share_capacity=65)
    host = HostConfig(total_frames=64, share_capacity=8)
    with pytest.raises(ConfigError, match="ask for 100 pages on a host of 64 frames"):
        Machine(MachineConfig(host, (DomainConfig(1, 100),)))


def test_an_unknown_planted_bug_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown planted bug 'nope'"):
        Machine(SMALL, bugs=["nope"])


def test_configurations_round_trip_through_plain_data() -> None:
    config = MachineConfig(
        HostConfig(vendor="amd", total_frames=999, audit_compiled=False),
        (DomainConfig(3, pages=5, vcpus=2, hap=False, pv=True),),
    )
    assert MachineConfig.from_dict(config.to_dict()) == config


def test_every_exception_derives_from_the_package_root() -> None:
    for kind in (ConfigError, InvalidArgument, UnknownCall, InputError):
        assert issubclass(kind, HaptraceError)


# ---- resources that do not exist: error codes, never a crash -----------------------------

HOSTILE_DOMAINS = (0x4D, 0x7FEF, 0x7FF0, 0x7FF2, 0xFFFE, 0xFFFF)


def _hostile(arg_bits: int) -> list[int]:
    top = (1 << arg_bits) - 1
    return sorted(
        {
            (2**64 - 1) & top,
            top - 1,
            1 << (arg_bits - 1),
            0x7FFFFFFF & top,
            0x10000 & top,
            4096 & top,
            2048 & top,
            0,
        }
    )


@pytest.mark.parametrize("name", CALL_IDS)
def test_hostile_values_in_every_argument_give_results_not_crashes(name: str) -> None:
    call = _call(name)
    m = Machine(SMALL)
    m.set_oracle(True)
    snapshot = m.snapshot()
    targets: list[tuple[int, Arg | Field]] = [*_scalars(call), *_element_targets(call)]
    for position, arg in targets:
        values = HOSTILE_DOMAINS if arg.uses is Resource.DOMAIN else _hostile(arg.bits)
        room = _room(call, arg) if isinstance(arg, Arg) else None
        for value in values:
            if room is not None and value > room:
                continue  # refused by the binding: test_callers_and_lists.py
            args = _plain_args(call)
            if isinstance(arg, Field):
                lst = call.input_args[position]
                assert isinstance(lst, ListArg)
                args[position] = [value] * (lst.fixed_length or 1)
            else:
                args[position] = value
            result = getattr(m, call.name)(*args)
            assert result.ok or result.unsupported or (result.rc == -1 and result.errno > 0)
            if not result.ok:
                assert result.reason, f"{result} names no reason"
            if not result.ok and not result.unsupported:
                assert m.documented(call.id, result.errno), f"undocumented: {result}"
            assert m.check() == [], f"{call.name}{tuple(args)} broke an invariant"
            m.restore(snapshot)
    assert m.memshr_control(1, 1).ok  # still a working machine


@pytest.mark.parametrize("name", CALL_IDS)
def test_all_ones_in_every_argument_at_once(name: str) -> None:
    call = _call(name)
    m = Machine(SMALL)
    values = [
        (
            (
                [a.fields[0].max_value if a.scalar else tuple(f.max_value for f in a.fields)]
                * (a.fixed_length or 1)
            )
            if isinstance(a, ListArg)
            else min(a.max_value, _room(call, a) or a.max_value)
        )
        for a in call.input_args
    ]
    try:
        result = m.call(call.name, *values)
    except InvalidArgument:
        # Struct elements may name what the engine refuses as malformed input (a multicall
        # entry naming no hypercall): a refusal, not a result or a crash.
        assert any(not lst.scalar for lst in call.lists), call.name
    else:
        assert result.ok or result.unsupported or result.errno > 0
    assert m.check() == []


def _domain_calls() -> list[str]:
    return [c.name for c in CATALOGUE if any(a.uses is Resource.DOMAIN for a in c.args) and c.args]


@pytest.mark.parametrize("name", _domain_calls())
def test_a_nonexistent_domain_is_an_error_code(name: str) -> None:
    """Every call naming a domain that does not exist fails (reservation counts: 0 done)."""
    call = _call(name)
    m = Machine(SMALL)
    for position, arg in _scalars(call):
        if arg.uses is not Resource.DOMAIN:
            continue
        for missing in (9, 0x7FEF, 0xFFFF):
            args = _plain_args(call)
            args[position] = missing
            result = getattr(m, call.name)(*args)
            if any(o.enum == "gntst" for o in call.outputs):
                # The grant-table ops write GNTST_bad_domain into their struct, returning 0.
                assert result.output("status") == ENUMS["gntst"].values["bad_domain"], result
                assert result.reason
            elif call.returns is Returns.COUNT or name in _LOWER_BOUNDS:
                assert result.rc == 0 or not result.ok, result
            else:
                assert not result.ok, f"{call.name}{tuple(args)}: {result}"
                assert result.reason


# Calls whose domain argument is where a search starts: none found is 0 records, not an
# error (XEN_SYSCTL_getdomaininfolist).
_LOWER_BOUNDS = frozenset({"getdomaininfolist"})


def _calls_using(kinds: tuple[Resource, ...]) -> list[str]:
    return [c.name for c in CATALOGUE if any(a.uses in kinds for a in c.args)]


# A guest writes the shared-info bits of any port below 4096, bound or not (Linux masks
# them all at boot), and 4.2's SCHEDOP_poll checks only that bound: no port value below it
# is made up for these.
_ANY_PORT = ("evtchn_guest_mask", "evtchn_guest_clear", "sched_poll")


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in _calls_using((Resource.GREF, Resource.PORT, Resource.MAPPING, Resource.HANDLE))
        if n not in _ANY_PORT
    ],
)
def test_made_up_grant_refs_ports_mappings_and_handles_are_error_codes(name: str) -> None:
    """On a machine where sharing is on and one page is nominated, a resource value that no
    call produced is refused with an error code.  (A port is valid when its bucket of 128
    exists, and Xen answers for any valid port: 77 is closed, not made up; 2048 is.)"""
    call = _call(name)
    m = Machine(SMALL)
    for domid in (1, 2):
        m.memshr_control(domid, 1)
    m.memshr_nominate_gfn(1, 0x10)
    m.memshr_nominate_gfn(2, 0x10)
    targets: list[tuple[int, Arg | Field]] = [*_scalars(call), *_element_targets(call)]
    for position, arg in targets:
        if arg.uses not in (Resource.GREF, Resource.PORT, Resource.MAPPING, Resource.HANDLE):
            continue
        made_up_values = (2048, 4096) if arg.uses is Resource.PORT else (77, 2048, 4096)
        for made_up in (*made_up_values, arg.max_value):
            args = _plain_args(call)
            args[position] = [made_up] if isinstance(arg, Field) else made_up
            result = getattr(m, call.name)(*args)
            assert not result.ok, f"{call.name}{tuple(args)}: {result}"
            assert m.documented(call.id, result.errno)


def test_a_grant_entry_may_name_a_gfn_past_the_p2m() -> None:
    """Xen does not check the frame number a guest writes into its grant entry; the gfn
    is looked up only when the grant is used."""
    m = Machine(SMALL)
    size = int(m.domain_table()[1]["p2m_size"])
    assert m.grant_access(1, size + 5).ok


@pytest.mark.parametrize("name", [n for n in _calls_using((Resource.GFN,)) if n != "grant_access"])
def test_gfns_past_the_p2m_are_error_codes(name: str) -> None:
    call = _call(name)
    # hvm_*_mem_access take ~0 for the domain's default access
    everywhere = name not in ("hvm_get_mem_access", "hvm_set_mem_access")
    m = Machine(SMALL)
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    size = int(m.domain_table()[1]["p2m_size"])
    targets: list[tuple[int, Arg | Field]] = [*_scalars(call), *_element_targets(call)]
    for position, arg in targets:
        if arg.uses is not Resource.GFN:
            continue
        for gfn in (size, size + 1, 2**40, 2**64 - 2) + ((2**64 - 1,) if everywhere else ()):
            args = _plain_args(call)
            args[position] = [gfn] if isinstance(arg, Field) else gfn
            result = getattr(m, call.name)(*args)
            if call.returns is Returns.COUNT:
                assert result.rc == 0 or not result.ok, result
            else:
                assert not result.ok, f"{call.name}{tuple(args)}: {result}"
    assert m.check() == []


# ---- CallResult ---------------------------------------------------------------------------


def test_call_result_fields_of_a_success() -> None:
    m = Machine(SMALL)
    m.memshr_control(1, 1)
    result = m.memshr_nominate_gfn(1, 0x10)
    assert (result.rc, result.errno, result.ok, result.raw) == (0, 0, True, 0)
    assert result.outputs == (2,) and result.output("handle") == 2
    assert result.outputs_dict == {"handle": 2}
    assert result.errno_name == "" and result.reason == "" and result.reason_id == 0
    assert result.call.name == "memshr_nominate_gfn" and result.call_id == result.call.id
    assert str(result) == "memshr_nominate_gfn = 0 -> handle=0x2"
    assert repr(result).startswith("CallResult(memshr_nominate_gfn, rc=0, errno=0")
    with pytest.raises(KeyError, match="no output 'port'"):
        result.output("port")


def test_call_result_fields_of_a_failure() -> None:
    m = Machine(SMALL)
    result = m.memshr_nominate_gfn(1, 0x10)  # sharing is off
    assert (result.rc, result.errno, result.ok) == (-1, 22, False)
    assert result.raw == -22 and result.outputs == () and result.outputs_dict == {}
    assert result.errno_name == "EINVAL"
    assert "sharing is not enabled" in result.reason
    assert str(result) == f"memshr_nominate_gfn = -1 EINVAL  ({result.reason})"
    with pytest.raises(KeyError, match="failed"):
        result.output("handle")


def test_call_result_names_the_sharing_handle_codes() -> None:
    m = Machine(SMALL)
    m.memshr_control(1, 1)
    m.memshr_control(2, 1)
    result = m.memshr_share_gfns(1, 0x10, 2, 2, 0x10, 3)
    assert result.errno in (9, 10)
    assert result.errno_name in ("C_HANDLE_INVALID", "S_HANDLE_INVALID")
    # outside the sharing family, 9 and 10 are plain errnos
    assert CallResult.of(_call("guest_read").id, -1, 9).errno_name == "EBADF"


def test_call_result_of_builds_the_engine_form() -> None:
    call = _call("memshr_debug_gfn")
    value = CallResult.of(call.id, 3, 0)
    assert (value.rc, value.ok, str(value)) == (3, True, "memshr_debug_gfn = 3")
    failure = CallResult.of(call.id, -1, 22, reason_id=0)
    assert (failure.rc, failure.errno, failure.raw) == (-1, 22, -22)
    assert CallResult.of(call.id, 3, 0) == value  # results are plain values


def test_value_calls_return_their_value_in_rc() -> None:
    m = Machine(SMALL)
    assert m.current_reservation(1).rc == 64
    assert m.maximum_reservation(2).rc == 64
    assert m.sharing_freed_pages().rc == 0
    info = m.domain_getinfo(2)
    assert info.output("domid") == 2 and info.output("tot_pages") == 64
