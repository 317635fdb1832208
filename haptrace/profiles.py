"""The return-code profiles, in a module of their own so that what must start fast (the CLI,
the fuzz harness) can name them without loading the whole catalogue.

``doc`` follows the seed documentation (xenctrl.h, Xen 4.2) wherever it speaks and the 4.2
code where it is silent; ``xen-4.2`` follows the 4.2 code exactly.  The catalogue
(haptrace.catalogue.PROFILES) is this tuple; the engine's HT_PROFILE_* numbers are its
indices (generated into csrc/gen).
"""

from __future__ import annotations

PROFILES: tuple[str, ...] = ("doc", "xen-4.2")
