"""The fuzz machine's booted state (fuzz/boot.py): what each input starts from."""

from __future__ import annotations

import pytest

from fuzz import boot
from fuzz.target import FUZZ_CONFIG
from fuzz.target import boot as boot_records
from haptrace.catalogue import PROFILES, lookup
from haptrace.catalogue.errnos import ENOSYS
from haptrace.catalogue.limits import EVTCHN_PER_BUCKET
from replay import Machine


def booted(profile: str) -> Machine:
    machine = Machine(FUZZ_CONFIG, profile=profile)
    boot_records(machine)
    return machine


def test_resource_profiles_are_those_with_acquire_resource() -> None:
    """RESOURCE_BOOT runs where the hypervisor has XENMEM_acquire_resource: every profile
    whose map_resource documents more than ENOSYS."""
    spec = lookup("map_resource")
    having = tuple(p for p in PROFILES if {c.errno for c in spec.codes[p]} != {ENOSYS})
    assert having == boot.RESOURCE_PROFILES


@pytest.mark.parametrize("profile", PROFILES)
def test_domain_3_and_the_pv_guest_are_an_interdomain_pair(profile: str) -> None:
    """Domain 3's port 1 is bound to domain 4's port 1, and domain 3's first bucket of ports
    is still exactly full: its next port is the first of the second bucket."""
    machine = booted(profile)
    status = machine.evtchn_status(3, 1)
    assert status.ok and status.outputs[2:4] == (4, 1), status
    assert machine.evtchn_status(4, 1).outputs[2:4] == (3, 1)
    made = machine.evtchn_alloc_unbound(3, 0)
    assert made.ok and made.outputs[0] == EVTCHN_PER_BUCKET


@pytest.mark.parametrize("profile", PROFILES)
def test_the_toolstack_holds_domain_3s_status_frame_where_xen_has_acquire_resource(
    profile: str,
) -> None:
    """Where RESOURCE_BOOT ran, domain 3 cannot leave grant table v2 while its status frame
    is mapped (EBUSY); in 4.2 nothing maps it and the switch succeeds."""
    machine = booted(profile)
    with machine.caller(3, 0):
        switched = machine.gnttab_set_version(1)
    if profile in boot.RESOURCE_PROFILES:
        assert switched.rc < 0 and switched.errno_name == "EBUSY", switched
    else:
        assert switched.ok, switched
