"""The xen.lowlevel.xc Python binding (Debian's, for its python3.11) under `haptrace run`:
domain listing and the sharing call (ref xen-4.17.md §2.6), and what the emulator does not
model said, not faked."""

from __future__ import annotations

from realprog_harness import DEBIAN_PYTHON, XC_PYTHON, require, run


def xc(script: str) -> tuple[int, str, str]:
    require(DEBIAN_PYTHON, XC_PYTHON / "xen" / "lowlevel" / "xc.cpython-311-x86_64-linux-gnu.so")
    program = f"import sys; sys.path.insert(0, {str(XC_PYTHON)!r})\n" + script
    ran = run(DEBIAN_PYTHON, "-c", program)
    return ran.status, ran.stdout, ran.stderr


def test_domain_getinfo_lists_dom0_and_the_two_guests() -> None:
    status, out, err = xc(
        "import xen.lowlevel.xc as x\n"
        "for d in x.xc().domain_getinfo():\n"
        "    print(d['domid'], d['hvm'], d['mem_kb'], d['maxmem_kb'], d['online_vcpus'])\n"
    )
    # The default host: HAP guests 1 and 2 of 4096 pages (16384 KiB) each; the listing
    # stops at the ESRCH past the last domain.
    assert (status, err) == (0, "")
    assert out.splitlines()[1:] == ["1 1 16384 16384 1", "2 1 16384 16384 1"]
    assert out.splitlines()[0].startswith("0 ")


def test_dom_set_memshr_enables_sharing() -> None:
    status, out, err = xc(
        "import xen.lowlevel.xc as x\nc = x.xc()\nprint(c.dom_set_memshr(1, 1))\n"
    )
    assert (status, out, err) == (0, "0\n", "")


def test_a_hypercall_the_emulator_does_not_model_is_said() -> None:
    # xeninfo() is xen_version (17): XENVER_version is decoded, its extraversion (cmd 1)
    # is not: the program gets ENOSYS and haptrace says so on stderr, never inventing an
    # answer.
    status, _out, err = xc("import xen.lowlevel.xc as x\nx.xc().xeninfo()\n")
    assert status == 1
    assert err.startswith("haptrace run: not modelled: hypercall 17 cmd 1 = unsupported"), err
    assert "(38, 'Function not implemented')" in err


def test_a_forked_child_and_threads_share_the_handle() -> None:
    # The child inherits the parent's devices and hypercall buffers over fork() and makes
    # its own connection; four threads make calls on one handle at once.
    status, out, err = xc(
        "import os, threading, xen.lowlevel.xc as x\n"
        "c = x.xc()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    print('child', len(c.domain_getinfo()), flush=True)\n"
        "    os._exit(0)\n"
        "os.waitpid(pid, 0)\n"
        "found = []\n"
        "threads = [threading.Thread(target=lambda: found.append(len(c.domain_getinfo())))\n"
        "           for _ in range(4)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "print('threads', found, 'parent', len(c.domain_getinfo()))\n"
    )
    assert (status, out, err) == (0, "child 3\nthreads [3, 3, 3, 3] parent 3\n", "")
