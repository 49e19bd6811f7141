"""Processes, for any layer: whether a process id is alive, and children that die with us."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from typing import Any

PARENT_GONE = 75  # exit status of a child whose parent died (EX_TEMPFAIL)
_STILL_ACTIVE = 259
_QUERY_LIMITED = 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION
_ACCESS_DENIED = 5

_watching = False


def pid_alive(pid: int) -> bool:
    """True while a process with this id runs (on this machine)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process (or one we cannot tell about: assume it runs)
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import _winapi  # type: ignore[import-not-found,unused-ignore]

    winapi: Any = _winapi
    try:
        handle = winapi.OpenProcess(_QUERY_LIMITED, False, pid)
    except OSError as exc:
        return getattr(exc, "winerror", None) == _ACCESS_DENIED
    try:
        return bool(winapi.GetExitCodeProcess(handle) == _STILL_ACTIVE)
    finally:
        winapi.CloseHandle(handle)


def exit_with_parent() -> None:
    """In a multiprocessing child (a parse worker, a PDF reader): exit at once when the
    process that started it ends, however it ends (killed, crashed, closed).

    A worker blocked on its task queue would otherwise wait forever, and keep the resource
    tracker alive with it. The watch is a daemon thread waiting on multiprocessing's parent
    sentinel, which every start method sets up, also in a frozen executable (through
    ``freeze_support``): on Linux and macOS the read end of a pipe whose write end only the
    parent holds (end of file when it dies); on Windows a handle to the parent process,
    opened with SYNCHRONIZE by ``spawn_main``, which WaitForMultipleObjects signals when the
    parent exits."""
    global _watching
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None) if parent is not None else None
    if sentinel is None or _watching:
        return
    _watching = True
    threading.Thread(
        target=_exit_when_ready, args=(sentinel,), name="hoeringsdesk-parent-watch", daemon=True
    ).start()


def _exit_when_ready(sentinel: Any) -> None:
    from multiprocessing.connection import wait

    with contextlib.suppress(OSError, ValueError):  # a closed sentinel: the parent is gone
        wait([sentinel])
    os._exit(PARENT_GONE)
