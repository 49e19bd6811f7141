"""Backup use cases: a verified copy on request, the daily automatic copy, and restore."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from hoeringsdesk.db.backup import (
    DAILY_KEEP,
    WEEKLY_KEEP,
    BackupError,
    auto_backup,
    backup_sqlite,
    restore_sqlite,
)
from hoeringsdesk.db.store import Store, default_backup_dir
from hoeringsdesk.services.errors import ServiceError

NOT_SQLITE = (
    "Sikkerhedskopier af en fælles PostgreSQL-database laves af IT (pg_dump), ikke af Høringsdesk."
)


@dataclass(frozen=True)
class BackupCopy:
    """A backup in the store's backup folder; ``rotates_out`` is when the automatic
    rotation deletes it at the earliest (None: never deleted automatically)."""

    path: Path
    rotates_out: date | None


def backup_copies(folder: Path) -> list[BackupCopy]:
    """The backups in a folder, oldest rotation first (copies that never rotate last)."""
    if not folder.is_dir():
        return []
    out: list[BackupCopy] = []
    for path in sorted(folder.glob("*.sqlite3")):
        if path.name.startswith("."):
            continue
        when: date | None = None
        if m := re.fullmatch(r"dagligt-(\d{4}-\d{2}-\d{2})\.sqlite3", path.name):
            when = date.fromisoformat(m.group(1)) + timedelta(days=DAILY_KEEP)
        elif m := re.fullmatch(r"ugentligt-(\d{4})-U(\d{2})\.sqlite3", path.name):
            monday = datetime.strptime(f"{m.group(1)}-W{m.group(2)}-1", "%G-W%V-%u").date()
            when = monday + timedelta(weeks=WEEKLY_KEEP)
        out.append(BackupCopy(path, when))
    return sorted(out, key=lambda c: (c.rotates_out is None, c.rotates_out or date.max))


def backups_note(copies: list[BackupCopy]) -> str:
    """The Danish message after an erasure: what earlier backups still hold."""
    head = (
        "Bemærk: sikkerhedskopier lavet før sletningen indeholder stadig oplysningerne"
        " (også kopier, der er gemt uden for Høringsdesks mappe)."
    )
    if not copies:
        return head
    lines = [head, "Sikkerhedskopier i databasens mappe:"]
    for c in copies:
        until = (
            f"slettes automatisk tidligst {c.rotates_out:%d.%m.%Y}"
            if c.rotates_out
            else "slettes ikke automatisk"
        )
        lines.append(f"  {c.path.name} ({until})")
    return "\n".join(lines)


class BackupService:
    """Copies of a local store, each verified with an integrity check."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def folder(self) -> Path | None:
        return default_backup_dir(self._store.path) if self._store.path else None

    def copies(self) -> list[BackupCopy]:
        """The backups in the store's backup folder, with when each rotates out."""
        folder = self.folder
        return backup_copies(folder) if folder else []

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
