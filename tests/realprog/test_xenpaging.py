"""xenpaging under `haptrace run` (ref xen-4.17.md §2.3), with a guest script giving
domain 1 its ring pages and a memory target in xenstore (guests/paging_target.py): the
pager watches the target, evicts pages to it (nominate, map, write to its pagefile,
evict).  Once all are out, each of the guest's four vcpus in turn reads one (vcpu v reads
0x885 + v): the fault puts a request on the paging ring and pauses the vcpu, the pager
pages the gfn in from its pagefile and answers; the answer (version unset) is dropped as
4.17 drops it, so the vcpu stays paused, and the pager evicts one page more to keep its
target.  A fifth vcpu does not exist (EINVAL).  At SIGINT the pager pages every page back
in (its page-in thread maps them: ENOENT and a request each, the pager loads the page and
answers: 36 pages through the ring's 8 slots) and exits 0.  A page's bytes survive the
round trip through the pagefile.  Recorded, the session replays with exit 0; edited, it
diverges at the call naming its hypercall."""

from __future__ import annotations

import json
import re
from pathlib import Path

from realprog_harness import (
    TOOLS,
    assert_edit_diverges,
    foreign_client,
    haptrace,
    require,
    run,
    shell,
)

from haptrace.cli.run_cmds import host_config

XENPAGING = TOOLS / "xenpaging"
GUEST = Path(__file__).resolve().parent / "guests" / "paging_target.py"
VICTIMS = [0x881 + i for i in range(32)]  # from max_pages / 2 up (policy_default.c)
VCPUS = 4
TOUCHED = [0x885 + v for v in range(VCPUS)]  # vcpu v's page (guests/paging_target.py)
AGAIN = [0x8A1 + v for v in range(VCPUS)]  # the next victims, one per page paged in


def four_vcpu_host(tmp_path: Path) -> Path:
    """`run`'s default machine with domain 1 given four vcpus (a `--host` file)."""
    config = host_config(None).to_dict()
    (guest,) = [d for d in config["domains"] if d["domid"] == 1]
    guest["vcpus"] = VCPUS
    path = tmp_path / "host.json"
    path.write_text(json.dumps(config))
    return path


def test_xenpaging_evicts_pages_in_on_guest_access_and_pages_back_in(tmp_path: Path) -> None:
    require(XENPAGING)
    trace = tmp_path / "xp.trace"
    pagefile = tmp_path / "pagefile"
    # The pager runs until a signal: SIGINT after 5 s (resume everything, then tear down).
    ran = run(
        "timeout", "--preserve-status", "-s", "INT", "5",
        XENPAGING, "-f", pagefile, "-d", "1", "-v",
        options=("--host", four_vcpu_host(tmp_path), "--guest", GUEST, "--record", trace),
    )  # fmt: skip
    assert ran.status == 0, ran.stderr
    err = ran.stderr
    assert "Need to evict 32 pages to reach 4072 target_tot_pages" in err
    for slot, gfn in enumerate(VICTIMS):
        assert f"evict_page > gfn {gfn:x} pageslot {slot}\n" in err, err
        assert f"populate_page < gfn {gfn:x} pageslot {slot}\n" in err, err
    # The guest's reads page their gfns in before SIGINT pages in the rest, and the pager
    # evicts one more page for each (into a freed slot: which one depends on how the
    # page-ins and evictions interleave).
    for touched, again in zip(TOUCHED, AGAIN, strict=True):
        populated = err.index(f"populate_page < gfn {touched:x}")
        assert populated < err.index("populate_page < gfn 881")
        assert populated < err.index(f"evict_page > gfn {again:x} pageslot ")
    shown = haptrace("show", trace).stdout
    lines = shown.splitlines()

    def at(pattern: str) -> int:
        found = [i for i, line in enumerate(lines) if re.match(pattern, line)]
        assert found, pattern
        return found[0]

    previous = 0
    for vcpu, (touched, again) in enumerate(zip(TOUCHED, AGAIN, strict=True)):
        who = f", vcpu={vcpu}" if vcpu else ""
        fault = at(rf"guest_read\(domid=1, gfn={touched:#x}{who}\) = -1 EAGAIN  # guest")
        request = at(
            rf"ring_get_request\(domid=1, ring=paging\) = 0"
            rf" -> gfn={touched:#x}, vcpu_id={vcpu}, flags=vcpu_paused,"
        )
        loaded = at(rf"mem_paging_load\(domain_id=1, gfn={touched:#x},")
        dropped_at = at(
            rf"ring_put_response_versioned\(domid=1, ring=paging, gfn={touched:#x},"
            rf" vcpu_id={vcpu}, flags=vcpu_paused, version=1\)"
        )
        paused = at(rf"guest_read\(domid=1, gfn={touched:#x}{who}\) = -1 EBUSY  # guest")
        evicted = at(rf"mem_paging_evict\(domain_id=1, gfn={again:#x}\) = 0")
        assert previous < fault < request < loaded < dropped_at < paused < evicted
        previous = paused
    no_vcpu = at(rf"guest_read\(domid=1, gfn={TOUCHED[-1] + 1:#x}, vcpu={VCPUS}\) = -1 EINVAL")
    assert previous < no_vcpu < at(r"mem_paging_load\(domain_id=1, gfn=0x881,")
    for gfn in VICTIMS:
        assert f"mem_paging_evict(domain_id=1, gfn={gfn:#x}) = 0" in shown
        assert re.search(rf"mem_paging_load\(domain_id=1, gfn={gfn:#x}, buffer=\w+\) = 0", shown)
    assert "mem_paging_disable(domain_id=1) = 0" in shown, shown
    # Each page-in's response has xenpaging's unset version: the engine is told (recorded
    # as ring_put_response_versioned) and drops it after freeing its slot, as 4.17 does,
    # so the 36 page-ins go through the 8-slot ring.
    dropped = re.findall(
        r"ring_put_response_versioned\(domid=1, ring=paging, gfn=(0x[0-9a-f]+), .*version=(\w+)\)",
        shown,
    )
    assert sorted(int(g, 16) for g, _ in dropped) == sorted([*VICTIMS, *AGAIN]), shown
    assert all(int(v, 0) != 7 for _, v in dropped)
    replayed = haptrace("replay", trace)
    assert replayed.status == 0, replayed.stdout + replayed.stderr
    evict = "mem_paging_evict(domain_id=1, gfn=0x885) = 0"
    assert_edit_diverges(
        tmp_path,
        shown,
        evict,
        evict.replace("= 0", "= -1 EBUSY"),
        "mem_paging_evict",
        "# hypercall multicall entry 0: memory_op XENMEM_paging_op",
    )


def test_a_page_keeps_its_bytes_through_the_pagefile(tmp_path: Path) -> None:
    """A page written through a foreign mapping, evicted by xenpaging and paged back in
    (from its pagefile, through p2m_mem_paging_prep's copy of the pager's buffer) reads
    back the same; a page never evicted is untouched."""
    require(XENPAGING)
    f = foreign_client(tmp_path)
    pager = f"timeout --preserve-status -s INT 3 {XENPAGING} -f {tmp_path / 'pagefile'} -d 1"
    ran = shell(
        f"{f} write 1 0x885 0xab && {f} write 1 0x8a0 0x5c && {pager} 2>/dev/null"
        f" && {f} read 1 0x885 && {f} read 1 0x8a0 && {f} read 1 0x10",
        options=("--guest", GUEST),
    )
    assert (ran.status, ran.stdout) == (0, "ab\n5c\n00\n"), ran.stderr
