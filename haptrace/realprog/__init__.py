"""Real programs at the privcmd boundary: ``haptrace run -- CMD`` runs an unmodified Xen
toolstack program (linked against the real libxenctrl) with its /dev/xen devices served by
the emulated host, and can record what it did as a trace (docs/real-programs.md).

* ``csrc/privcmd/htshim.c``: the LD_PRELOAD shim, built at install as ``_htshim``;
* :mod:`.server`: the dom0 drivers' side, making the program's hypercalls on the machine
  through the ABI layer;
* :mod:`.run`: starting the program under the shim, serving it, recording it.
"""
