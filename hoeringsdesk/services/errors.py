"""Errors a service raises for the officer to read (one clear line, in Danish)."""

from __future__ import annotations

from hoeringsdesk.db.faults import FULL, FaultKind, store_fault

DISK_FULL = (
    "Disken er fuld, så ændringen blev ikke gemt (intet af den er skrevet). "
    "Frigør plads på disken med databasen, og prøv igen."
)
STORE_READ_ONLY = (
    "Databasen er blevet skrivebeskyttet (filen eller mappen må ikke ændres), så ændringen "
    "blev ikke gemt."
)


class ServiceError(Exception):
    """A use case refused or failed; the message is meant for the officer."""


class NotFound(ServiceError):
    """The thing asked for does not exist (any more)."""


class ConflictError(ServiceError):
    """Someone else changed the same thing first; nothing was overwritten."""


class ReadOnlyStore(ServiceError):
    """The store was opened read-only, so no change can be saved."""


class StoreFault(ServiceError):
    """The store could not be written (a full disk, a read-only file); nothing was saved.

    Work that goes on would fail the same way: a batch stops at the first one."""

    def __init__(self, message: str, kind: FaultKind) -> None:
        super().__init__(message)
        self.kind = kind


def as_store_fault(exc: BaseException) -> StoreFault | None:
    """The StoreFault an exception amounts to, or None when it is something else."""
    if isinstance(exc, StoreFault):
        return exc
    kind = store_fault(exc)
    if kind is None:
        return None
    return StoreFault(DISK_FULL if kind == FULL else STORE_READ_ONLY, kind)
