"""Backup use cases: a verified copy on request, the daily automatic copy, and restore."""

from __future__ import annotations

from pathlib import Path

from hoeringsdesk.db.backup import BackupError, auto_backup, backup_sqlite, restore_sqlite
from hoeringsdesk.db.store import Store, default_backup_dir
from hoeringsdesk.services.errors import ServiceError

NOT_SQLITE = (
    "Sikkerhedskopier af en fælles PostgreSQL-database laves af IT (pg_dump), ikke af Høringsdesk."
)


class BackupService:
    """Copies of a local store, each verified with an integrity check."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def folder(self) -> Path | None:
        return default_backup_dir(self._store.path) if self._store.path else None

    def backup_to(self, target: Path) -> Path:
        """A verified copy of the whole store at ``target`` (replaced only when good)."""
        if self._store.path is None:
            raise ServiceError(NOT_SQLITE)
        if target.resolve() == self._store.path.resolve():
            raise ServiceError("Sikkerhedskopien kan ikke ligge oven i selve databasen.")
        try:
            return backup_sqlite(self._store.path, target)
        except BackupError as exc:
            raise ServiceError(str(exc)) from None

    def automatic(self) -> Path | None:
        """Today's copy, if none was made today (7 daily and 4 weekly copies are kept)."""
        if self._store.path is None or self._store.read_only:
            return None
        try:
            return auto_backup(self._store.path, default_backup_dir(self._store.path))
        except BackupError as exc:
            raise ServiceError(str(exc)) from None


def restore_store(path: Path, source: Path) -> Path:
    """Restore a closed local store from a backup file; returns the copy made of it first."""
    try:
        return restore_sqlite(path, source, default_backup_dir(path))
    except BackupError as exc:
        raise ServiceError(str(exc)) from None
