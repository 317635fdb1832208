"""`haptrace record -- CMD`: a program on a real Xen host, its device operations passed
through, its hypercalls recorded with the host's results.  Tested with record layered over
`haptrace run`: the "real" devices are the emulated ones, and the recording must hold what
`run --record` holds of the same program (the same calls, arguments, results and OUT
fields; the header says it came from a host).  What legitimately differs: the recorder's own
four hypercalls (xen_version and physinfo, and the build probes: the sharing audit and a
paging op naming no domain, asked for the header) are in run's recording
before the program's; and the driver operations record does not record (resource maps,
gntdev) are comments in its recording where run's has calls."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from realprog_harness import (
    DEBIAN_PYTHON,
    LSEVTCHN,
    MEMSHARE,
    TOOLS,
    XC_PYTHON,
    Ran,
    evtchn_client,
    haptrace,
    require,
)

HAPTRACE = (sys.executable, "-m", "haptrace")
M = str(MEMSHARE)
MEMSHARE_SESSION = (
    f"{M} enable 1 && {M} enable 2 && {M} nominate 1 0x10 && {M} nominate 2 0x20"
    f" && {M} share 2 0x20 3 1 0x10 2 && {M} unshare 1 0x10 && {M} info"
    f" && {M} debug-gfn 1 0x10; {M} audit; {M} nominate 9 1; {M} disable 2"
)
ALLOC = (
    f"PYTHONPATH={XC_PYTHON} {DEBIAN_PYTHON} -c 'import xen.lowlevel.xc as x; c = x.xc();"
    " print(c.evtchn_alloc_unbound(domid=1, remote_dom=0),"
    " c.evtchn_alloc_unbound(domid=0, remote_dom=2))'"
)
LSEVTCHN_SESSION = f"{ALLOC} && {LSEVTCHN} 1 && {LSEVTCHN} && {LSEVTCHN} 2"
TEST_RESOURCE = TOOLS / "test-resource"
RECORDER_CALLS = (
    "xenver_version() = 262161  # hypercall xen_version XENVER_version",
    "physinfo() = 0 -> total_pages=16384, free_pages=8192, capabilities=0x37f"
    "  # hypercall sysctl XEN_SYSCTL_physinfo",
    "memshr_audit() = 0  # hypercall memory_op XENMEM_sharing_op op 7",
    "mem_paging_nominate(domain_id=0x7ff4, gfn=0x0) = -1 ESRCH"
    "  # hypercall memory_op XENMEM_paging_op op 0",
)


def _layered(tmp: Path, script: str) -> tuple[Ran, Path, Path]:
    """``haptrace run --record RUN -- haptrace record -o HOST -- sh -c SCRIPT``."""
    run_trace, host_trace = tmp / "run.trace", tmp / "host.trace"
    ran = haptrace(
        "run",
        "--record",
        run_trace,
        "--",
        *HAPTRACE,
        "record",
        "-o",
        host_trace,
        "--",
        "/bin/sh",
        "-c",
        script,
        timeout=180,
    )
    return ran, run_trace, host_trace


def _body(trace: Path) -> list[str]:
    """The trace's lines after its header, as `haptrace show` prints them."""
    shown = haptrace("show", trace)
    assert shown.status == 0, shown.stderr
    lines = shown.stdout.splitlines()
    return lines[lines.index("") + 1 :]


def _header(trace: Path) -> list[str]:
    lines = haptrace("show", trace).stdout.splitlines()
    return lines[: lines.index("")]


def _calls(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("#")]


def test_xen_memshare_recorded_on_the_host_is_run_s_recording(tmp_path: Path) -> None:
    require(MEMSHARE)
    ran, run_trace, host_trace = _layered(tmp_path, MEMSHARE_SESSION)
    assert ran.status == 0, ran.stderr
    assert "freed = 1" in ran.stdout
    run_lines, host_lines = _body(run_trace), _body(host_trace)
    assert tuple(run_lines[: len(RECORDER_CALLS)]) == RECORDER_CALLS
    assert host_lines == run_lines[len(RECORDER_CALLS) :]
    assert "foreign_map(domid=1, gfn=0x10, writable=1) = 0 -> mapping=$m0  # MMAPBATCH_V2" in (
        host_lines
    )
    assert "memshr_nominate_gfn(domid=9, gfn=0x1) = -1 ESRCH" in "\n".join(host_lines)
    header = _header(host_trace)
    assert "source host" in header and "xen 4.17" in header and "profile xen-4.17" in header
    replayed = haptrace("replay", host_trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr


def test_lsevtchn_recorded_on_the_host_is_run_s_recording(tmp_path: Path) -> None:
    require(LSEVTCHN, DEBIAN_PYTHON, XC_PYTHON)
    ran, run_trace, host_trace = _layered(tmp_path, LSEVTCHN_SESSION)
    assert ran.status == 0, ran.stderr
    assert "Remote Domain 2" in ran.stdout
    run_lines, host_lines = _body(run_trace), _body(host_trace)
    assert host_lines == run_lines[len(RECORDER_CALLS) :]
    # evtchn_status writes only its state's union member: the OUT fields read back.
    unbound = "evtchn_status(dom=1, port=$p1) = 0 -> status=unbound, vcpu=0, remote_dom=0,"
    assert any(line.startswith(unbound) for line in host_lines), host_lines
    assert haptrace("replay", host_trace).status == 0


def test_evtchn_ioctls_recorded_on_the_host_are_run_s_binding_calls(tmp_path: Path) -> None:
    # The evtchn driver's bind and unbind ioctls are the event-channel hypercalls the kernel
    # made, recorded as run records them.  Not visible on a host, so in run's recording
    # only: the upcalls and the writes back (the kernel's and the guest side's), NOTIFY's
    # result (said in a comment), and the closes when the fd is released.
    ran, run_trace, host_trace = _layered(tmp_path, evtchn_client(tmp_path))
    assert ran.status == 0, ran.stderr
    assert "unbind 1 again: -1 Transport endpoint is not connected" in ran.stdout
    run_lines, host_lines = _body(run_trace), _body(host_trace)
    hidden = ("# evtchn upcall", "# evtchn write", "# evtchn release", "# IOCTL_EVTCHN_NOTIFY")
    seen = [line for line in run_lines[len(RECORDER_CALLS) :] if not line.endswith(hidden)]
    assert _calls(host_lines) == seen
    assert len(seen) == 5 and seen[-1] == "evtchn_close(port=$p1) = 0  # IOCTL_EVTCHN_UNBIND"
    notes = [line for line in host_lines if line.startswith("# not recorded")]
    assert len(notes) == 2 and all("IOCTL_EVTCHN_NOTIFY" in line for line in notes), notes
    assert haptrace("replay", host_trace).status == 0


def test_test_resource_recorded_on_the_host_holds_its_hypercalls(tmp_path: Path) -> None:
    require(TEST_RESOURCE)
    ran, run_trace, host_trace = _layered(tmp_path, str(TEST_RESOURCE))
    assert ran.status == 0, ran.stderr
    assert "Created d4" in ran.stdout
    run_lines, host_lines = _body(run_trace), _body(host_trace)
    # Every hypercall's calls are run's, and so are the resource size queries; the driver
    # operations that are not recorded (resource maps, gntdev) are comments instead of
    # run's resource-map, grant-entry and grant-map calls.
    driver = (
        "map_resource(",
        "unmap_resource(",
        "grant_entry_write(",
        "grant_map(",
        "grant_unmap(",
    )
    recorded = [
        line for line in _calls(run_lines[len(RECORDER_CALLS) :]) if not line.startswith(driver)
    ]
    assert _calls(host_lines) == recorded
    size = "resource_size(domid=4, type=grant_table, id=0) = 0 -> size=0x28000"
    assert f"{size}  # IOCTL_PRIVCMD_MMAP_RESOURCE" in host_lines
    notes = [line for line in host_lines if line.startswith("# not recorded")]
    assert any("IOCTL_PRIVCMD_MMAP_RESOURCE (a map) = 0" in line for line in notes), notes
    assert any("IOCTL_GNTDEV_MAP_GRANT_REF = 0" in line for line in notes), notes
    assert "populate_physmap(domid=3, extent_start=[0x0]) = 1" in "\n".join(host_lines)
    replayed = haptrace("replay", host_trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr


def test_a_forked_child_using_its_parents_buffers_is_recorded(tmp_path: Path) -> None:
    # The child inherits the parent's hypercall buffers over fork(): its shim shows them to
    # the recorder again on its own connection, so its hypercalls decode too.
    require(DEBIAN_PYTHON, XC_PYTHON)
    script = (
        f"import os, sys; sys.path.insert(0, {str(XC_PYTHON)!r})\n"
        "import xen.lowlevel.xc as x\n"
        "c = x.xc()\n"
        "print('parent', len(c.domain_getinfo()), flush=True)\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    print('child', len(c.domain_getinfo()), flush=True)\n"
        "    os._exit(0)\n"
        "os.waitpid(pid, 0)\n"
    )
    ran, run_trace, host_trace = _layered(tmp_path, f'{DEBIAN_PYTHON} -c "{script}"')
    assert (ran.status, ran.stdout) == (0, "parent 3\nchild 3\n"), ran.stderr
    host_lines = _body(host_trace)
    assert host_lines == _body(run_trace)[len(RECORDER_CALLS) :]
    assert len([line for line in host_lines if line.startswith("getdomaininfo(")]) == 8
    assert not [line for line in host_lines if line.startswith("#")], host_lines


def test_the_recording_is_built_as_the_host_answers(tmp_path: Path) -> None:
    # No --host for record: the probes (the sharing audit, a paging op naming no domain)
    # find Debian's build under `run --host debian`, and the header says so.
    require(MEMSHARE)
    trace = tmp_path / "debian.trace"
    ran = haptrace(
        "run", "--host", "debian", "--", *HAPTRACE, "record", "-o", trace, "--", M, "enable", "1"
    )
    assert ran.status == 255, ran.stderr  # sharing compiled out: ENOSYS, as on Debian
    assert "haptrace record:" not in ran.stderr  # no --host given: nothing to disagree with
    assert "host arch=x86_64 vendor=intel no_mem_sharing=1 no_mem_paging=1" in _header(trace)
    assert "xc_memshr_control(xch, domid, 1): Function not implemented" in ran.stdout
    assert _calls(_body(trace)) == [
        "memshr_control(domid=1, enable=1) = -1 ENOSYS"
        "  # hypercall domctl XEN_DOMCTL_mem_sharing_op op 0"
    ]
    assert haptrace("replay", trace).status == 0


def test_a_host_option_the_host_contradicts_is_said_and_the_host_wins(tmp_path: Path) -> None:
    require(MEMSHARE)
    trace = tmp_path / "upstream.trace"
    ran = haptrace(
        "run", "--", *HAPTRACE, "record", "--host", "debian", "-o", trace, "--", M, "info"
    )
    assert ran.status == 0, ran.stderr
    assert ran.stderr == (
        "haptrace record: the host is built otherwise than --host says: no_mem_paging=1"
        " (the host: 0), no_mem_sharing=1 (the host: 0), release_build=1 (the host: 0);"
        " recorded as the host is\n"
    )
    assert "host arch=x86_64 vendor=intel" in _header(trace)
    assert haptrace("replay", trace).status == 0


def test_the_build_probes_settle_only_what_the_answers_say(tmp_path: Path) -> None:
    from haptrace.realprog.observe import probe_build

    def host(audit: int, paging: int) -> Callable[[int, bytes], int]:
        return lambda cmd, data: audit if data[0] == 7 else paging

    guest_type = tmp_path / "guest_type"
    guest_type.write_text("PVH\n")
    assert probe_build(host(-errno.ENOSYS, -errno.ENOSYS), str(guest_type)) == {
        "no_mem_sharing": 1,
        "no_mem_paging": 1,
        "pvh_dom0": 1,
    }
    guest_type.write_text("PV\n")
    assert probe_build(host(-errno.EOPNOTSUPP, -errno.ESRCH), str(guest_type)) == {
        "no_mem_sharing": 0,
        "release_build": 1,
        "no_mem_paging": 0,
        "pvh_dom0": 0,
    }
    # A debug build's audit counts; an answer that settles nothing leaves the option open.
    missing = str(tmp_path / "absent")
    assert probe_build(host(0, -errno.EPERM), missing) == {
        "no_mem_sharing": 0,
        "release_build": 0,
    }
    assert probe_build(host(-errno.EFAULT, -errno.EFAULT), missing) == {}


def test_without_xen_it_says_so_and_exits_6(tmp_path: Path) -> None:
    ran = haptrace("record", "-o", tmp_path / "t.trace", "--", "/bin/true")
    assert ran.status == 6, ran.stderr
    assert ran.stderr.startswith("haptrace: error: no Xen here:"), ran.stderr
    assert len(ran.stderr.splitlines()) == 1
    assert not (tmp_path / "t.trace").exists()
    assert not (tmp_path / "t.trace.incomplete").exists()


def test_the_two_forms_are_one_command(tmp_path: Path) -> None:
    both = haptrace("record", "scenario.txt", "-o", tmp_path / "t", "--", "/bin/true")
    assert both.status == 2 and "not both" in both.stderr
    neither = haptrace("record", "-o", tmp_path / "t")
    assert neither.status == 2 and "SCENARIO" in neither.stderr
    empty = haptrace("record", "-o", tmp_path / "t", "--")
    assert empty.status == 2 and "no program" in empty.stderr
    helped = haptrace("record", "--help")
    assert helped.status == 0
    assert "haptrace record -o memshare.trace -- /usr/lib/xen-4.17/bin/xen-memshare info" in (
        helped.stdout
    )


def test_a_recorder_stopped_midway_leaves_the_calls_so_far_incomplete(tmp_path: Path) -> None:
    # SIGTERM to the recorder: the program goes on (its devices are the real ones), the
    # calls recorded so far stay in OUTPUT.incomplete, cut off.
    require(MEMSHARE)
    trace = tmp_path / "cut.trace"
    script = f"{M} enable 1 && echo ready && read line && {M} enable 2"
    argv = [*HAPTRACE, "record", "-o", str(trace), "--", "/bin/sh", "-c", script]
    process = subprocess.Popen(
        [*HAPTRACE, "run", "--", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout and process.stdin and process.stderr
        assert process.stdout.readline() == "ready\n"
        os.kill(_recorder_pid(process.pid), signal.SIGTERM)
        said = process.stderr.readline()
        assert said.startswith("haptrace record: recording stopped (SIGTERM)"), said
        process.stdin.write("go\n")
        process.stdin.close()
        # The program ran on (its enable 2 succeeded): record exits with its status.
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not trace.exists()
    shown = haptrace("show", tmp_path / "cut.trace.incomplete")
    body = shown.stdout.splitlines()
    assert "cut off after 1 calls" in shown.stderr, shown.stderr
    assert "incomplete" in body
    assert [line for line in body if line.startswith("memshr_control")] == [
        "memshr_control(domid=1, enable=1) = 0  # hypercall domctl XEN_DOMCTL_mem_sharing_op op 0"
    ]


def _recorder_pid(run_pid: int) -> int:
    """The `haptrace record` process `haptrace run` started."""
    children = Path(f"/proc/{run_pid}/task/{run_pid}/children").read_text().split()
    assert len(children) == 1, children
    return int(children[0])
