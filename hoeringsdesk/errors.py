"""Unexpected errors: written with their traceback to a log file in the user's log folder."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

from hoeringsdesk.paths import log_dir


def log_file() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "hoeringsdesk.log"


def log_unexpected(exc: BaseException) -> Path:
    """Append the exception with its traceback to the log; returns the log's path."""
    path = log_file()
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} ===\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        logging.getLogger("hoeringsdesk").exception("could not write the log file")
    return path


def brief(exc: BaseException, limit: int = 200) -> str:
    """An unexpected error in a few words for a report: its first line, without the SQL
    statement and parameters a database error quotes, shortened to ``limit`` characters."""
    orig = getattr(exc, "orig", None)  # a database driver's own error, inside SQLAlchemy's
    text = str(orig if isinstance(orig, BaseException) else exc).strip()
    line = text.splitlines()[0].strip() if text else ""
    line = line or type(exc).__name__
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
