"""The binding to the C engine: the one package that touches the cffi ``ffi`` and ``lib`` of
the compiled engine (floor 1 of haptrace.floors).

Each module wraps one area of the engine's C API (csrc/include/haptrace.h) in typed Python,
as pynacl's binding layer does: a wrapper checks its arguments, calls ``lib``, checks what
came back and converts it.  cffi objects are untyped, so ``Any`` stays inside this package;
everything above it is typed strictly.

* ``lean``: the engine build (``HAPTRACE_ENGINE``), loaded without numpy or the catalogue,
  and a machine driven through the C API (what the fuzz harness's fast start needs);
* ``fuzz``: the fuzz executor, its sinks and feature counters, the C mutator and the
  dictionary (lean as well);
* ``_native``: the build checked against the catalogue, and the engine's name tables;
* ``config``, ``result``, ``machine`` (with the generated ``_calls``): :class:`Machine`,
  the emulated host's Python API (re-exported by the ``replay`` package);
* ``codec``: decoding trace chunks (csrc/codec.c);
* ``replay``: the replay loop, the resource map and state descriptions (csrc/replay.c).

Importing this package loads nothing: each module is imported where it is used.
"""


def check_build() -> str:
    """Loads the engine build ``HAPTRACE_ENGINE`` selects and checks it against the catalogue
    (StaleBuildError when it was generated from another revision); returns the build's name.
    """
    from . import _native

    return _native.ENGINE
