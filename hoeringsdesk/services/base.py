"""The base every use-case service shares: the store's write and read units and the user."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.services.unit_of_work import WriteUnit

__all__ = ["Service", "WriteUnit"]


class Service:
    """A service writes through ``write.begin()`` (one transaction per use case), reads through
    ``read`` and records ``user`` as who acted."""

    def __init__(self, write: WriteUnit, read: sessionmaker[Session], user: str) -> None:
        self._write = write
        self._read = read
        self._user = user
