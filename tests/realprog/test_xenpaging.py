"""xenpaging under `haptrace run` (ref xen-4.17.md §2.3), with a guest script giving
domain 1 its ring pages and a memory target in xenstore (guests/paging_target.py): the
pager watches the target, evicts pages to it (nominate, map, write to its pagefile,
evict), and at SIGINT pages every one back in (its page-in thread maps them: ENOENT and
a request on the paging ring each, the pager loads the page and answers with a response
4.17 consumes and drops: 32 pages through the ring's 8 slots) and exits 0.
Recorded, the session replays with exit 0; edited, it diverges at the call naming its
hypercall."""

from __future__ import annotations

import re
from pathlib import Path

from realprog_harness import TOOLS, assert_edit_diverges, haptrace, require, run

XENPAGING = TOOLS / "xenpaging"
GUEST = Path(__file__).resolve().parent / "guests" / "paging_target.py"
VICTIMS = [0x881 + i for i in range(32)]  # from max_pages / 2 up (policy_default.c)


def test_xenpaging_evicts_to_the_target_and_pages_back_in(tmp_path: Path) -> None:
    require(XENPAGING)
    trace = tmp_path / "xp.trace"
    pagefile = tmp_path / "pagefile"
    # The pager runs until a signal: SIGINT after 5 s (resume everything, then tear down).
    ran = run(
        "timeout", "--preserve-status", "-s", "INT", "5",
        XENPAGING, "-f", pagefile, "-d", "1", "-v",
        options=("--guest", GUEST, "--record", trace),
    )  # fmt: skip
    assert ran.status == 0, ran.stderr
    assert "Need to evict 32 pages to reach 4072 target_tot_pages" in ran.stderr
    for slot, gfn in enumerate(VICTIMS):
        assert f"evict_page > gfn {gfn:x} pageslot {slot}\n" in ran.stderr, ran.stderr
        assert f"populate_page < gfn {gfn:x} pageslot {slot}\n" in ran.stderr, ran.stderr
    shown = haptrace("show", trace).stdout
    for gfn in VICTIMS:
        assert f"mem_paging_evict(domain_id=1, gfn={gfn:#x}) = 0" in shown
        assert re.search(rf"mem_paging_load\(domain_id=1, gfn={gfn:#x}, buffer=\w+\) = 0", shown)
    assert "mem_paging_disable(domain_id=1) = 0" in shown, shown
    # Each page-in's response has xenpaging's unset version: the engine is told (recorded
    # as ring_put_response_versioned) and drops it after freeing its slot, as 4.17 does,
    # so the 32 page-ins go through the 8-slot ring.
    dropped = re.findall(
        r"ring_put_response_versioned\(domid=1, ring=paging, gfn=(0x[0-9a-f]+), .*version=(\w+)\)",
        shown,
    )
    assert sorted(int(g, 16) for g, _ in dropped) == VICTIMS, shown
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
