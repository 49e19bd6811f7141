"""Write-then-replace: an export goes to a temporary file beside the target, renamed on success."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from hoeringsdesk.export.model import ExportCancelled


class PdfFontMissing(Exception):
    """The fonts the PDF needs were not found in the program's resources."""


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@contextlib.contextmanager
def replace_on_success(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target
    atomically, on any error (or cancel) it is removed and the target is left untouched."""
    target = Path(target)
    fd, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".~{target.stem[:40]}-", suffix=target.suffix + ".tmp"
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
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        self.check()
