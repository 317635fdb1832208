"""Decoding a trace chunk's streams in the engine (csrc/codec.c): one C call per chunk, which
checks every stream against the directory, the payload, the fields' widths and the lists'
limits, and writes the columns in trace order and the lists into a word pool (about 10 ns
a call, against 60-80 for the same work in numpy).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from haptrace.catalogue import MAX_ARGS
from haptrace.errors import InvalidArgument

from ._native import ffi, lib
from .machine import MAX_OUTS

# What is wrong with a chunk (DecodeError.kind).
SHORT_DIRECTORY: int = lib.HT_DECODE_SHORT_DIRECTORY  # fewer streams than the calls need
BAD_COLUMN: int = lib.HT_DECODE_BAD_COLUMN  # a stream's codec or width is not valid
EMPTY_STREAM: int = lib.HT_DECODE_EMPTY_STREAM  # an empty stream that is not CONST
PAYLOAD_SHORT: int = lib.HT_DECODE_PAYLOAD_SHORT  # a stream runs past the payload
TOO_LARGE: int = lib.HT_DECODE_TOO_LARGE  # a value above its field's maximum
LEFT_OVER: int = lib.HT_DECODE_LEFT_OVER  # streams or payload bytes after the last call
UNMAPPED_CALL: int = lib.HT_DECODE_UNMAPPED_CALL  # a call id this catalogue cannot map
ARG_WIDTH: int = lib.HT_DECODE_ARG_WIDTH  # an argument wider than the call's C width
RC_ERRNO: int = lib.HT_DECODE_RC_ERRNO  # rc and errno disagree (libxc: rc -1 iff errno)
LIST_LENGTH: int = lib.HT_DECODE_LIST_LENGTH  # a list over its limit or not its fixed length
POOL_SIZE: int = lib.HT_DECODE_POOL_SIZE  # the lists need more or fewer words than declared
ELEMENT_WIDTH: int = lib.HT_DECODE_ELEMENT_WIDTH  # a list element wider than its field
BAD_SHAPE: int = lib.HT_DECODE_BAD_SHAPE  # a version 1 call table entry with too many slots

# The decoded columns ht_decode_chunk writes (ht_chunk_out), by name: dtype and values per
# call (0: the column holds pool words).
COLUMNS: dict[str, tuple[Any, int]] = {
    "call": (np.uint16, 1),
    "caller": (np.uint16, 1),
    "vcpu": (np.uint16, 1),
    "arg": (np.uint64, MAX_ARGS),
    "rc": (np.int64, 1),
    "err": (np.uint16, 1),
    "out": (np.uint64, MAX_OUTS),
    "pool": (np.uint64, 0),
    "expect_pool": (np.uint64, 0),
}


@dataclass(frozen=True)
class DecodeError:
    """What is wrong with an untrusted chunk (``ht_decode_error``); the fields that apply
    depend on ``kind``."""

    kind: int
    stream: int  # the stream (directory entry) at fault
    row: int  # the record at fault
    col: int  # its argument slot
    call: int  # its call (this catalogue's id)
    value: int  # the offending value (or file call id, or streams left over)
    limit: int  # the field's maximum
    offset: int  # payload offset of the stream
    need: int  # bytes the stream needs (or payload bytes left over)
    element: int  # the list element at fault
    member: int  # its field


def scratch_bytes(n: int, nfile_ids: int, pool_words: int = 0) -> int:
    """Scratch bytes ``decode_chunk`` needs for ``n`` calls and ``pool_words`` list words of
    a trace with ``nfile_ids`` call ids."""
    return int(lib.ht_decode_scratch_bytes(n, nfile_ids, pool_words))


def _buffer(name: str, values: npt.NDArray[Any], dtype: Any, size: int, writeable: bool) -> Any:
    if values.dtype != dtype or not values.flags.c_contiguous or values.size < size:
        raise InvalidArgument(f"{name} must be a contiguous {np.dtype(dtype)} array of {size}")
    if writeable and not values.flags.writeable:
        raise InvalidArgument(f"{name} must be writeable")
    return ffi.from_buffer(values, require_writable=writeable)


def decode_chunk(
    payload: bytes,
    directory: npt.NDArray[np.uint64],
    n: int,
    remap: npt.NDArray[np.int32],
    scratch: npt.NDArray[np.uint8],
    out: Mapping[str, npt.NDArray[Any]],
    *,
    version: int,
    pool_words: int = 0,
    file_nargs: npt.NDArray[np.uint8] | None = None,
    file_nouts: npt.NDArray[np.uint8] | None = None,
) -> DecodeError | None:
    """Decodes the streams of one chunk of ``n`` calls of a trace of format ``version``
    into the columns of ``out`` (see COLUMNS: ``call``, ``caller``, ``vcpu``, ``arg`` (n x
    MAX_ARGS), ``rc``, ``err``, ``out`` (n x MAX_OUTS), and ``pool_words`` words each of
    ``pool`` and ``expect_pool``): ``payload`` is the decompressed payload, ``directory``
    its stream directory ([codec, width, base] per stream), ``remap`` maps the trace's call
    ids to this catalogue's (-1: none), ``file_nargs`` and ``file_nouts`` (version 1) give
    each file call's argument and output counts, and ``scratch`` holds at least
    ``scratch_bytes(n, len(remap), pool_words)`` bytes.  None on success, else what is
    wrong with the chunk."""
    if len(scratch) < scratch_bytes(n, len(remap), pool_words):
        raise InvalidArgument("the scratch buffer is too small for the chunk")
    pointers: dict[str, Any] = {}
    for name, (dtype, per_call) in COLUMNS.items():
        size = n * per_call if per_call else pool_words
        if size == 0:
            pointers[name] = ffi.NULL
            continue
        ctype = "int64_t *" if dtype is np.int64 else f"uint{np.dtype(dtype).itemsize * 8}_t *"
        pointers[name] = ffi.cast(ctype, _buffer(name, out[name], dtype, size, True))
    shapes: list[Any] = []
    if version == 1:
        if file_nargs is None or file_nouts is None:
            raise InvalidArgument("a version 1 chunk needs its call table's shapes")
        shapes = [
            _buffer("file_nargs", file_nargs, np.uint8, len(remap), False),
            _buffer("file_nouts", file_nouts, np.uint8, len(remap), False),
        ]
    chunk_in = ffi.new(
        "ht_chunk_in *",
        {
            "payload": ffi.from_buffer(payload),
            "len": len(payload),
            "dir": ffi.cast("uint64_t *", _buffer("directory", directory, np.uint64, 0, False)),
            "nstreams": len(directory),
            "n": n,
            "pool_words": pool_words,
            "remap": ffi.cast("int32_t *", _buffer("remap", remap, np.int32, 0, False)),
            "nfile_ids": len(remap),
            "file_nargs": ffi.cast("uint8_t *", shapes[0]) if shapes else ffi.NULL,
            "file_nouts": ffi.cast("uint8_t *", shapes[1]) if shapes else ffi.NULL,
            "version": version,
        },
    )
    columns = ffi.new("ht_chunk_out *", pointers)
    error = ffi.new("ht_decode_error *")
    failed = lib.ht_decode_chunk(
        chunk_in, _buffer("scratch", scratch, np.uint8, 0, True), columns, error
    )
    if not failed:
        return None
    return DecodeError(
        int(error.kind),
        int(error.stream),
        int(error.row),
        int(error.col),
        int(error.call),
        int(error.value),
        int(error.limit),
        int(error.offset),
        int(error.need),
        int(error.element),
        int(error.member),
    )
