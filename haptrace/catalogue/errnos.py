"""Xen's errno numbering (``xen/include/public/errno.h``; 4.2 uses the same numbers).

libxc turns a negative hypercall result into ``-1`` with ``errno`` set, so a trace records
these positive values.  The sharing handle errors ``-10`` (source) and ``-9`` (client) arrive
as errno 10 and 9, which collide with ECHILD and EBADF; calls that can return them name them
``S_HANDLE_INVALID`` and ``C_HANDLE_INVALID`` (see :data:`SHARING_NAMES`).  tmem's special
results ``-EFROZEN`` (-1000) and ``-EEMPTY`` (-1001) arrive as errno 1000 and 1001.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ERRNO: Mapping[str, int] = MappingProxyType(
    {
        "EPERM": 1,
        "ENOENT": 2,
        "ESRCH": 3,
        "EINTR": 4,
        "EIO": 5,
        "ENXIO": 6,
        "E2BIG": 7,
        "ENOEXEC": 8,
        "EBADF": 9,
        "ECHILD": 10,
        "EAGAIN": 11,
        "ENOMEM": 12,
        "EACCES": 13,
        "EFAULT": 14,
        "EBUSY": 16,
        "EEXIST": 17,
        "EXDEV": 18,
        "ENODEV": 19,
        "ENOTDIR": 20,
        "EISDIR": 21,
        "EINVAL": 22,
        "ENFILE": 23,
        "EMFILE": 24,
        "ENOSPC": 28,
        "EROFS": 30,
        "EMLINK": 31,
        "EDOM": 33,
        "ERANGE": 34,
        "EDEADLK": 35,
        "ENAMETOOLONG": 36,
        "ENOLCK": 37,
        "ENOSYS": 38,
        "ENOTEMPTY": 39,
        "ENODATA": 61,
        "ETIME": 62,
        "EBADMSG": 74,
        "EOVERFLOW": 75,
        "EILSEQ": 84,
        "ENOTSOCK": 88,
        "EMSGSIZE": 90,
        "EOPNOTSUPP": 95,
        "EADDRINUSE": 98,
        "EADDRNOTAVAIL": 99,
        "ENOBUFS": 105,
        "EISCONN": 106,
        "ENOTCONN": 107,
        "ETIMEDOUT": 110,
        "ECONNREFUSED": 111,
        # tmem's special results (public/tmem.h): -EFROZEN and -EEMPTY, which libxc reports
        # as errno 1000 and 1001.
        "EFROZEN": 1000,
        "EEMPTY": 1001,
    }
)

C_HANDLE_INVALID = 9  # -XENMEM_SHARING_OP_C_HANDLE_INVALID: the client handle or page
S_HANDLE_INVALID = 10  # -XENMEM_SHARING_OP_S_HANDLE_INVALID: the source handle or page

SHARING_NAMES: Mapping[str, int] = MappingProxyType(
    {"C_HANDLE_INVALID": C_HANDLE_INVALID, "S_HANDLE_INVALID": S_HANDLE_INVALID}
)

_BY_NUMBER = {number: name for name, number in ERRNO.items()}

# Module-level names for the codes the catalogue uses, so it reads like Xen source.
EPERM = ERRNO["EPERM"]
ENOENT = ERRNO["ENOENT"]
ESRCH = ERRNO["ESRCH"]
E2BIG = ERRNO["E2BIG"]
EAGAIN = ERRNO["EAGAIN"]
ENOMEM = ERRNO["ENOMEM"]
EACCES = ERRNO["EACCES"]
EFAULT = ERRNO["EFAULT"]
EBUSY = ERRNO["EBUSY"]
EEXIST = ERRNO["EEXIST"]
EXDEV = ERRNO["EXDEV"]
ENODEV = ERRNO["ENODEV"]
EINVAL = ERRNO["EINVAL"]
ENOSPC = ERRNO["ENOSPC"]
EMLINK = ERRNO["EMLINK"]
ERANGE = ERRNO["ERANGE"]
ENOSYS = ERRNO["ENOSYS"]
ENODATA = ERRNO["ENODATA"]
ETIME = ERRNO["ETIME"]
EFROZEN = ERRNO["EFROZEN"]  # tmem: the pool's owner is frozen
EEMPTY = ERRNO["EEMPTY"]  # tmem: the pool holds no page
EIO = ERRNO["EIO"]
EOPNOTSUPP = ERRNO["EOPNOTSUPP"]
ENXIO = ERRNO["ENXIO"]


def errno_name(number: int, sharing: bool = False) -> str:
    """The symbolic name of ``number``; ``sharing`` selects the handle-invalid names."""
    if sharing and number == C_HANDLE_INVALID:
        return "C_HANDLE_INVALID"
    if sharing and number == S_HANDLE_INVALID:
        return "S_HANDLE_INVALID"
    return _BY_NUMBER.get(number, str(number))


def errno_value(name: str) -> int:
    """The number of an errno name (either spelling of the sharing codes is accepted)."""
    if name in SHARING_NAMES:
        return SHARING_NAMES[name]
    if name in ERRNO:
        return ERRNO[name]
    raise KeyError(name)
