"""Faults of the machine rather than of the program: a full disk, a store gone read-only."""

from __future__ import annotations

import errno
from enum import StrEnum


class FaultKind(StrEnum):
    FULL = "full"  # the disk (or the user's quota) is full
    READ_ONLY = "read-only"  # the store or its file system cannot be written


FULL, READ_ONLY = FaultKind.FULL, FaultKind.READ_ONLY

_SQLITE_CODES = {13: FULL, 8: READ_ONLY}  # SQLITE_FULL, SQLITE_READONLY (primary codes)
_PG_STATES = {"53100": FULL, "25006": READ_ONLY}  # disk_full, read_only_sql_transaction
_ERRNOS = {errno.ENOSPC: FULL, errno.EROFS: READ_ONLY}
if hasattr(errno, "EDQUOT"):
    _ERRNOS[errno.EDQUOT] = FULL


def store_fault(exc: BaseException) -> FaultKind | None:
    """FULL or READ_ONLY when the exception (or what it wraps) is one of those, else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _fault(current)
        if found:
            return found
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _fault(exc: BaseException) -> FaultKind | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    state = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    if isinstance(state, str) and state in _PG_STATES:
        return _PG_STATES[state]
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        return _ERRNOS[exc.errno]
    text = str(exc).lower()
    if "database or disk is full" in text or "no space left on device" in text:
        return FULL
    if "attempt to write a readonly database" in text:
        return READ_ONLY
    return None
