"""The parse workers (and multiprocessing's resource tracker) end when the import that
started them is killed, instead of waiting forever."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_process import REPO, new_store

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads processes from /proc")


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    out.append(int(entry.name))
    return out


def descendants(pid: int) -> dict[int, str]:
    found: dict[int, str] = {}
    todo = [pid]
    while todo:
        for child in children(todo.pop()):
            with contextlib.suppress(OSError):
                found[child] = (Path(f"/proc/{child}/cmdline").read_bytes()).decode(
                    errors="replace"
                )
                todo.append(child)
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_and_resource_tracker_exit_when_the_import_is_killed(tmp_path: Path) -> None:
    db = str(tmp_path / "store.sqlite3")
    new_store(db)
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    for n in range(40):  # enough files for the parse workers
        (inbox / f"svar-{n:02}.txt").write_text(f"Svar nummer {n}: flere sprogkurser.\n")
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # the import waits to write: it is still running
    importing = subprocess.Popen(
        [sys.executable, "-m", "hoeringsdesk", "--db", db, "import", str(inbox)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    seen: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            seen = descendants(importing.pid)
            workers = [p for p, cmd in seen.items() if "spawn_main" in cmd]
            trackers = [p for p, cmd in seen.items() if "resource_tracker" in cmd]
            if len(workers) >= 2 and trackers:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"the parse workers did not start: {seen}")
        importing.send_signal(signal.SIGKILL)
        importing.wait(30)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and any(running(p) for p in seen):
            time.sleep(0.2)
        left = {p: cmd for p, cmd in seen.items() if running(p)}
        assert left == {}, f"still running after the import was killed: {left}"
    finally:
        for pid in seen:
            if running(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        if importing.poll() is None:
            importing.kill()
            importing.wait()
        blocker.rollback()
        blocker.close()
