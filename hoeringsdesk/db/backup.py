"""Verified SQLite copies via the online backup API (used before migrations and by the user)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


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
