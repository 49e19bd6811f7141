"""One writer per store: a lock file naming who holds it; stale locks can be taken over."""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hoeringsdesk.processes import pid_alive

STALE_AFTER = 15 * 60  # seconds without a heartbeat before another host may take over


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: float
    heartbeat: float

    def describe(self) -> str:
        when = datetime.fromtimestamp(self.since).strftime("%d-%m-%Y kl. %H:%M")
        return f"{self.user} på {self.host} (siden {when})"


class StoreLocked(Exception):
    """Someone else has the store open for writing."""

    def __init__(self, holder: LockHolder, stale: bool) -> None:
        self.holder = holder
        self.stale = stale
        hint = (
            " Låsen ser forladt ud og kan overtages."
            if stale
            else " Luk programmet der, eller åbn databasen skrivebeskyttet."
        )
        super().__init__(f"Databasen bruges af {holder.describe()}.{hint}")


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


def _alive(pid: int) -> bool:
    return pid_alive(pid)


def is_stale(holder: LockHolder, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if holder.host == socket.gethostname() and not _alive(holder.pid):
        return True
    return now - holder.heartbeat > STALE_AFTER


class StoreLock:
    """The lock file beside a store; held from acquire() until release()."""

    def __init__(self, store: Path, user: str) -> None:
        self.path = lock_path(store)
        self.user = user
        self.held = False

    def read(self) -> LockHolder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                float(data["since"]),
                float(data.get("heartbeat", data["since"])),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # unreadable or half-written: treat as a stale lock of an unknown holder
            return LockHolder("ukendt", "ukendt", 0, 0.0, 0.0)

    def _payload(self, since: float | None = None) -> str:
        now = time.time()
        return json.dumps(
            {
                "user": self.user,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": since or now,
                "heartbeat": now,
            }
        )

    def acquire(self, take_over: bool = False) -> None:
        """Take the lock; raises StoreLocked naming the holder unless it may be taken over."""
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = self.read()
            if (
                holder is not None
                and holder.pid == os.getpid()
                and (holder.host == socket.gethostname())
            ):
                self.held = True
                return
            stale = holder is None or is_stale(holder)
            crashed_here = (
                holder is not None
                and holder.host == socket.gethostname()
                and (holder.pid > 0 and not _alive(holder.pid))
            )
            if holder is not None and not ((take_over or crashed_here) and stale):
                raise StoreLocked(holder, stale) from None
            self._write()
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self._payload())
        self.held = True

    def _write(self, since: float | None = None) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(self._payload(since), encoding="utf-8")
        os.replace(tmp, self.path)

    def heartbeat(self) -> None:
        """Show that the holder is still there (the GUI calls this every minute)."""
        if self.held:
            holder = self.read()
            self._write(holder.since if holder else None)

    def release(self) -> None:
        if not self.held:
            return
        holder = self.read()
        if holder is not None and holder.pid == os.getpid():
            self.path.unlink(missing_ok=True)
        self.held = False


CLOUD_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "nextcloud",
    "owncloud",
    "box sync",
    "sharepoint",
)
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "afpfs",
    "9p",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
}


def shared_folder_warning(store: Path) -> str | None:
    """A warning when the store lies in a network or cloud-synced folder."""
    text = str(store).lower()
    if text.startswith(("\\\\", "//")) or any(m in text for m in CLOUD_MARKERS):
        kind = "en netværks- eller cloud-synkroniseret mappe"
    elif _mount_type(store) in NETWORK_FS:
        kind = "et netværksdrev"
    else:
        return None
    return (
        f"Databasen ligger i {kind}. En SQLite-fil dér kan blive ødelagt, når flere "
        "bruger den; brug i stedet en fælles PostgreSQL-database (se README)."
    )


def _mount_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind
