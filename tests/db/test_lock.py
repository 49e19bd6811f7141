"""One writer: a second opener is told who holds the store; stale locks can be taken over."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hoeringsdesk.app import open_app
from hoeringsdesk.cli import main
from hoeringsdesk.db.lock import StoreLock, StoreLocked, lock_path, shared_folder_warning
from hoeringsdesk.services.errors import ServiceError


def foreign_lock(
    store: Path, *, host: str = "kontor-pc-7", pid: int = 4242, age: float = 0.0
) -> None:
    now = time.time() - age
    lock_path(store).write_text(
        json.dumps({"user": "mette", "host": host, "pid": pid, "since": now, "heartbeat": now})
    )


def test_second_writer_is_told_who_holds_the_store(store_path: Path) -> None:
    open_app(store_path, user="anne").close()
    foreign_lock(store_path)
    with pytest.raises(StoreLocked, match="mette på kontor-pc-7") as info:
        open_app(store_path, user="bo")
    assert not info.value.stale
    with pytest.raises(StoreLocked):
        open_app(store_path, user="bo", take_over=True)  # a live lock is never taken over


def test_read_only_opening_works_beside_the_writer_and_refuses_writes(store_path: Path) -> None:
    writer = open_app(store_path, user="anne")
    writer.demo.create(with_responses=False)
    foreign_lock(store_path)
    reader = open_app(store_path, read_only=True, user="bo")
    try:
        assert reader.consultations.list()[0].title.endswith("(demo)")
        with pytest.raises(ServiceError, match="skrivebeskyttet"):
            reader.consultations.create("Ny", reader.consultations.list()[0].deadline)
    finally:
        reader.close()
        writer.close()


def test_stale_locks_are_detected_and_can_be_taken_over(store_path: Path) -> None:
    open_app(store_path).close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    foreign_lock(store_path, host=socket.gethostname(), pid=int(dead.stdout))
    # a process on this machine that died (a crash, a kill) leaves a lock anyone may take
    services = open_app(store_path, user="anne")
    assert json.loads(lock_path(store_path).read_text())["user"] == "anne"
    services.close()
    assert not lock_path(store_path).exists()
    foreign_lock(store_path, age=3600)  # another machine that stopped beating an hour ago
    with pytest.raises(StoreLocked) as info:
        open_app(store_path)
    assert info.value.stale and "forladt" in str(info.value)
    open_app(store_path, take_over=True).close()


def test_heartbeat_keeps_since_and_moves_heartbeat(store_path: Path) -> None:
    lock = StoreLock(store_path, "anne")
    lock.acquire()
    first = lock.read()
    time.sleep(0.01)
    lock.heartbeat()
    second = lock.read()
    assert first and second and second.since == first.since
    assert second.heartbeat > first.heartbeat
    lock.release()


def test_cli_reads_while_locked_and_refuses_to_write(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store_path), "demo"]) == 0
    foreign_lock(store_path)
    capsys.readouterr()
    assert main(["--db", str(store_path), "responses", "--json"]) == 0
    assert main(["--db", str(store_path), "import", str(store_path.parent)]) == 1
    err = capsys.readouterr().err
    assert "mette på kontor-pc-7" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_shared_folder_warning() -> None:
    assert shared_folder_warning(Path("/home/anne/OneDrive - Kommune/høring.sqlite3"))
    assert shared_folder_warning(Path("/home/anne/Dropbox/høring.sqlite3"))
    assert "PostgreSQL" in (shared_folder_warning(Path("//server/share/h.sqlite3")) or "")
    assert shared_folder_warning(Path("/tmp/høring.sqlite3")) is None
