"""Write-then-replace: an export goes to a temporary file beside the target, renamed on success."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from hoeringsdesk.domain.progress import Cancel, Progress
from hoeringsdesk.export.model import ExportCancelled
from hoeringsdesk.processes import pid_alive


class PdfFontMissing(Exception):
    """The fonts the PDF needs were not found in the program's resources."""


# A temporary export file: ".~<name>-<host tag>-<pid>-<random>.<xlsx|docx|pdf>.tmp" (before
# this naming: ".~<name>-<random>.<ext>.tmp"). A killed export leaves one behind.
_LITTER = re.compile(r"^\.~.*?-(?:([0-9a-f]{8})-(\d+)-)?[a-z0-9_]{8}\.(?:xlsx|docx|pdf)\.tmp$")
LEGACY_STALE = 10 * 60  # seconds: an old-style temporary file this old is litter
OTHER_HOST_STALE = 24 * 3600  # another machine's (a shared folder): only when this old


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def clean_litter(folder: Path, now: float | None = None) -> int:
    """Remove what killed exports left in ``folder``: temporary files of exports whose
    process no longer runs (or, written by another machine or an older version, that are
    old). Returns how many were removed."""
    now = time.time() if now is None else now
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    here = _host_tag()
    for name in names:
        match = _LITTER.match(name)
        if match is None:
            continue
        path = folder / name
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        host, pid = match.group(1), match.group(2)
        if host is None:
            stale = age > LEGACY_STALE
        elif host == here:
            stale = not pid_alive(int(pid))
        else:
            stale = age > OTHER_HOST_STALE
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


@contextlib.contextmanager
def replace_on_success(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target
    atomically, on any error (or cancel) it is removed and the target is left untouched.
    What earlier, killed exports left in the folder is cleaned up first."""
    target = Path(target)
    clean_litter(target.parent)
    fd, name = tempfile.mkstemp(
        dir=target.parent,
        prefix=f".~{target.stem[:40]}-{_host_tag()}-{os.getpid()}-",
        suffix=target.suffix + ".tmp",
    )
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _copy_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _copy_mode(target: Path, tmp: Path) -> None:
    """Keep an existing file's permissions; a new file gets the usual ones (umask applied)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


class Ticker:
    """Reports progress and checks for cancel every ``every`` steps (cheap per row)."""

    def __init__(
        self, total: int, progress: Progress | None, cancel: Cancel | None, every: int = 500
    ):
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._every = every
        self._next = every
        self.check()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled("Eksporten blev afbrudt; ingen fil blev skrevet.")
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, "")

    def finish(self) -> None:
        self.done = self.total
        self.check()
