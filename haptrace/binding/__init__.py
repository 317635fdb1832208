"""The binding to the C engine: the one package that touches the cffi ``ffi`` and ``lib`` of
the compiled engine.

cffi objects are untyped, so ``Any`` stays inside this package; everything above it is typed
strictly.  ``lean`` loads the engine build without numpy or the catalogue and drives a
machine through the C API; ``_native`` checks that build against the catalogue; ``config``,
``result`` and ``machine`` (with the generated ``_calls``) are :class:`Machine`, the
emulated host's Python API, which the ``replay`` package re-exports.

Importing this package loads nothing: each module is imported where it is used.
"""
