"""Which files an import reads, and how much: regular files only, no links out of a folder,
and the size limit checked before a byte is read.

Limits (documented in README.md, "Limits"): a file of more than ``HOERINGSDESK_MAX_FILE_MB``
megabytes (default 200) is rejected unread; a response whose text has more than
``HOERINGSDESK_MAX_TEXT_CHARS`` characters (default 20 million) is rejected when read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from hoeringsdesk.domain.parsed import ReaderError

ENV_FILE_MB = "HOERINGSDESK_MAX_FILE_MB"
ENV_TEXT_CHARS = "HOERINGSDESK_MAX_TEXT_CHARS"
DEFAULT_FILE_MB = 200
DEFAULT_TEXT_CHARS = 20_000_000
HEAD = 64 * 1024  # bytes read first, to judge the type before the whole file is read
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
MB = 1024 * 1024


class Skip(str):
    """The reason a path was passed over unread (not a file to import): a str, so it
    travels like a rejection reason from the parse workers."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: Skip


def _setting(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, "") or default)
    except ValueError:
        return default
    return value if value > 0 else default


def max_file_bytes() -> int:
    return int(_setting(ENV_FILE_MB, DEFAULT_FILE_MB) * MB)


def max_text_chars() -> int:
    return int(_setting(ENV_TEXT_CHARS, DEFAULT_TEXT_CHARS))


def _number(value: float) -> str:
    """Danish notation: 1.234,5 (one decimal, dropped when it is 0)."""
    text = f"{value:,.1f}".removesuffix(".0")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _count(n: int) -> str:
    return f"{_number(n / 1e6)} mio." if n >= 1_000_000 else _number(n)


def too_big(size: int) -> ReaderError:
    return ReaderError(
        f"Filen er for stor ({_number(size / MB)} MB; grænsen er "
        f"{_number(max_file_bytes() / MB)} MB pr. fil, indstillingen {ENV_FILE_MB}), "
        "så den er ikke læst"
    )


def check_text_length(chars: int, *, read_all: bool = True) -> None:
    """Raise ReaderError when a response's text is longer than the limit (``read_all``
    False: reading stopped there, so the text is at least that long)."""
    limit = max_text_chars()
    if chars > limit:
        length = f"{_count(chars)} tegn" if read_all else f"over {_count(limit)} tegn"
        raise ReaderError(
            f"Teksten er for lang ({length}; grænsen er {_count(limit)} tegn pr. fil, "
            f"indstillingen {ENV_TEXT_CHARS})"
        )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "en FIFO (et navngivet rør), ikke en almindelig fil"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhed (device), ikke en almindelig fil"
    if stat.S_ISSOCK(mode):
        return "en socket, ikke en almindelig fil"
    return "ikke en almindelig fil"


def _inside(root: str, target: str) -> bool:
    try:
        return os.path.commonpath([root, target]) == root
    except ValueError:  # another drive (Windows)
        return False


def collect(paths: Iterable[str | Path]) -> tuple[list[str], list[Skipped]]:
    """The files to read, in order, and the paths passed over with the reason.

    A folder is read recursively (names sorted; hidden files and Windows/macOS litter
    left out); links in it are not followed, and one pointing out of the folder is
    reported. A path given by name is followed when it leads to a regular file or folder.
    Only regular files are read: FIFOs, devices and sockets are reported and skipped."""
    files: list[str] = []
    skipped: list[Skipped] = []
    for given in paths:
        name = os.fspath(given)
        try:
            info = os.stat(name)
        except OSError as exc:
            skipped.append(Skipped(name, Skip(_unreadable(name, exc))))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(name, os.path.realpath(name), files, skipped)
        elif stat.S_ISREG(info.st_mode):
            files.append(name)
        else:
            skipped.append(Skipped(name, Skip(f"Stien er {_kind(info.st_mode)}; den er ikke læst")))
    return files, skipped


def _unreadable(name: str, exc: OSError) -> str:
    if os.path.islink(name):
        return "Genvejen peger på noget, der ikke findes; den er ikke fulgt"
    return f"Stien kan ikke læses: {exc.strerror or exc}"


def _walk(folder: str, root: str, files: list[str], skipped: list[Skipped]) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(folder, Skip(f"Mappen kan ikke læses: {exc.strerror or exc}")))
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() in IGNORED_NAMES:
            continue
        try:
            if entry.is_symlink():
                _link(entry, root, skipped)
            elif entry.is_dir(follow_symlinks=False):
                if _inside(root, os.path.realpath(entry.path)):  # not a junction out of it
                    _walk(entry.path, root, files, skipped)
                else:
                    skipped.append(Skipped(entry.path, Skip(_outside(entry.path))))
            elif entry.is_file(follow_symlinks=False):
                files.append(entry.path)
            else:
                mode = entry.stat(follow_symlinks=False).st_mode
                reason = f"Stien er {_kind(mode)}; den er ikke læst"
                skipped.append(Skipped(entry.path, Skip(reason)))
        except OSError as exc:
            skipped.append(Skipped(entry.path, Skip(_unreadable(entry.path, exc))))


def _outside(path: str) -> str:
    target = os.path.realpath(path)
    return f"Genvejen peger uden for den importerede mappe (på {target}) og er ikke fulgt"


def _link(entry: os.DirEntry[str], root: str, skipped: list[Skipped]) -> None:
    """A link inside an imported folder is not followed. One to a place inside the folder
    needs no word (what it points to is imported under its own name, or left out on
    purpose); one pointing out of it is reported."""
    target = os.path.realpath(entry.path)
    if not _inside(root, target):
        skipped.append(Skipped(entry.path, Skip(_outside(entry.path))))


HeadCheck = Callable[[str, bytes], None]

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO never waits for a writer
    | getattr(os, "O_NOCTTY", 0)
)


def read_regular(path: str, head_check: HeadCheck | None = None) -> bytes:
    """The bytes of a regular file, read only when its size is within the limit and its
    first bytes pass ``head_check`` (which raises ReaderError to refuse the file).

    Raises ReaderError (too big, refused by type), SkipFile when the path turns out not to
    be a regular file (opened without waiting: a FIFO never blocks), or OSError."""
    fd = os.open(path, _OPEN_FLAGS)
    with open(fd, "rb", buffering=0, closefd=True) as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SkipFile(Skip(f"Stien er {_kind(info.st_mode)}; den er ikke læst"))
        limit = max_file_bytes()
        if info.st_size > limit:
            raise too_big(info.st_size)
        head = fh.read(HEAD) or b""
        if head_check is not None:
            head_check(os.path.basename(path), head)
        if len(head) < HEAD:
            return head
        fh.seek(0)
        data: bytes = fh.read(info.st_size + 1) or b""
        if len(data) > info.st_size:  # it grew while we read: take the rest, within the limit
            data += fh.read(limit + 1 - len(data)) or b""
        if len(data) > limit:
            raise too_big(len(data))
        return data


class SkipFile(Exception):
    """The path turned out not to be a regular file when opened."""

    def __init__(self, reason: Skip) -> None:
        super().__init__(reason)
        self.reason = reason
