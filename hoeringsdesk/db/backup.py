"""Verified SQLite copies via the online backup API (used before migrations and by the user)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from hoeringsdesk.db.revisions import known_revisions


class BackupError(Exception):
    """A backup could not be made or verified."""


def integrity_ok(path: Path) -> bool:
    """True when ``PRAGMA integrity_check`` on the file says ok."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live store to ``target`` (atomically) and verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Sikkerhedskopien kunne ikke laves: {exc}") from exc
    if not integrity_ok(tmp):
        tmp.unlink(missing_ok=True)
        raise BackupError("Sikkerhedskopien bestod ikke integritetskontrollen og blev kasseret.")
    os.replace(tmp, target)
    return target


def backup_name(prefix: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{prefix}-{when:%Y%m%d-%H%M%S}.sqlite3"


DAILY_KEEP = 7
WEEKLY_KEEP = 4


def store_facts(path: Path) -> tuple[str, int] | None:
    """(revision, consultations) of a Høringsdesk store file, or None if it is not one."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            mark = con.execute("SELECT value FROM store_info WHERE key='app'").fetchone()
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            count = con.execute("SELECT count(*) FROM consultation").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if not mark or mark[0] != "hoeringsdesk" or not rev:
        return None
    return str(rev[0]), int(count[0])


def auto_backup(source: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """Make today's verified backup (once a day) and keep 7 daily and 4 weekly copies.

    A new copy that fails verification, or that is empty while an older copy holds data,
    is discarded: a good backup is never rotated out in favour of a bad or empty one."""
    now = now or datetime.now()
    daily = folder / f"dagligt-{now:%Y-%m-%d}.sqlite3"
    if daily.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / f".ny-{now:%Y%m%d%H%M%S}.sqlite3"
    backup_sqlite(source, candidate)
    facts = store_facts(candidate)
    existing = sorted(folder.glob("dagligt-*.sqlite3")) + sorted(folder.glob("ugentligt-*.sqlite3"))
    if facts is None or (
        facts[1] == 0 and any((store_facts(p) or ("", 0))[1] > 0 for p in existing)
    ):
        candidate.unlink(missing_ok=True)
        return None
    os.replace(candidate, daily)
    year, week, _ = now.isocalendar()
    weekly = folder / f"ugentligt-{year}-U{week:02d}.sqlite3"
    if not weekly.exists():
        backup_sqlite(daily, weekly)
    _prune(sorted(folder.glob("dagligt-*.sqlite3")), DAILY_KEEP)
    _prune(sorted(folder.glob("ugentligt-*.sqlite3")), WEEKLY_KEEP)
    return daily


def _prune(paths: list[Path], keep: int) -> None:
    for old in paths[:-keep] if len(paths) > keep else []:
        old.unlink(missing_ok=True)


def restore_sqlite(store: Path, source: Path, folder: Path) -> Path:
    """Replace the (closed) store's content with a backup; the current content is backed up
    first and that copy's path returned. The source must be a sound Høringsdesk store."""
    if not source.is_file():
        raise BackupError(f"{source} findes ikke.")
    facts = store_facts(source) if integrity_ok(source) else None
    if facts is None:
        raise BackupError(f"{source.name} er ikke en gyldig Høringsdesk-sikkerhedskopi.")
    if facts[0] not in known_revisions():
        raise BackupError(
            f"{source.name} er lavet af en nyere version af Høringsdesk (databaseversion "
            f"{facts[0]}) og kan ikke gendannes med denne; opdatér programmet først. "
            "Intet er ændret."
        )
    safety = backup_sqlite(store, folder / backup_name("foer-gendannelse"))
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(store)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(
            f"Gendannelsen mislykkedes ({exc}); intet er ændret: "
            f"kopien af databasen ligger i {safety}."
        ) from exc
    if not integrity_ok(store):
        raise BackupError(
            f"Den gendannede database bestod ikke kontrollen; den tidligere ligger i {safety}."
        )
    return safety
