"""Write transactions for the services: a concurrent change becomes a clear ConflictError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from sqlalchemy import CursorResult
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hoeringsdesk.services.errors import ConflictError, as_store_fault

CONCURRENT = (
    "Nogen har ændret det samme i mellemtiden, så din ændring blev ikke gemt. "
    "Visningen er opdateret; prøv igen."
)


class WriteUnit(Protocol):
    """What a service writes through: each ``begin()`` is one transaction (a unit of work).

    ``WriteSessions``, a plain write ``sessionmaker`` and the read-only store's refusal all
    satisfy it."""

    def begin(self) -> AbstractContextManager[Session]: ...


class WriteSessions:
    """Stands where a write sessionmaker stands; ``begin()`` is one unit of work.

    A full disk or a store gone read-only becomes a StoreFault with one clear sentence."""

    def __init__(self, maker: sessionmaker[Session]) -> None:
        self._maker = maker

    @contextmanager
    def begin(self) -> Iterator[Session]:
        try:
            with self._maker.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError(CONCURRENT) from exc
        except DBAPIError as exc:
            fault = as_store_fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def __call__(self) -> Session:
        return self._maker()


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row a Core INSERT just wrote."""
    key = result.inserted_primary_key
    assert key is not None, "not a single-row INSERT"
    return int(key[0])
