"""Run a parser in a child process with a time limit, killing it when it overruns."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from typing import Any

from hoeringsdesk.processes import exit_with_parent

# pypdf by name: pdf_worker loads it on first use, and a forked child should find it loaded.
PRELOAD = ["hoeringsdesk.intake.pdf_worker", "pypdf", "hoeringsdesk.intake.scan_render"]
MEMORY_LIMIT = 2 * 1024 * 1024 * 1024  # address space of the child, where supported


class ChildTimeout(Exception):
    """The child did not answer within the time limit (it has been killed)."""


class ChildCrashed(Exception):
    """The child died without answering (crash, memory limit) or raised an exception."""


_context: Any = None


def _mp_context() -> Any:
    """forkserver where available (fast, and safe in a process with GUI threads), else spawn."""
    global _context
    if _context is None:
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods and sys.platform != "win32":
            forkserver = multiprocessing.get_context("forkserver")
            forkserver.set_forkserver_preload(PRELOAD)
            _context = forkserver
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _child_main(conn: Any, func: Callable[[Any], Any], arg: Any) -> None:
    """Entry point in the child: run func(arg) and send ("ok", result) or ("error", text)."""
    exit_with_parent()
    _limit_memory()
    try:
        result: tuple[str, Any] = ("ok", func(arg))
    except BaseException as exc:  # report everything, including MemoryError
        result = ("error", f"{type(exc).__name__}: {exc}"[:500])
    try:
        conn.send(result)
    finally:
        conn.close()


def run_isolated(func: Callable[[Any], Any], arg: Any, timeout: float) -> Any:
    """func(arg) computed in a child process; ChildTimeout/ChildCrashed when that fails.

    ``func`` must be a module-level function (it is pickled by reference).
    """
    ctx = _mp_context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(sender, func, arg), daemon=True)
    outcome: tuple[str, Any] | None = None
    started = False
    try:
        proc.start()
        started = True
        sender.close()
        if not receiver.poll(max(0.0, timeout)):
            raise ChildTimeout()
        try:
            outcome = receiver.recv()
        except (EOFError, OSError) as exc:
            raise ChildCrashed("the child process stopped without an answer") from exc
    finally:
        receiver.close()
        sender.close()
        if started:
            if outcome is None and proc.is_alive():
                proc.kill()
            proc.join(10)
            if proc.is_alive():  # pragma: no cover - join after kill returns at once
                proc.kill()
                proc.join()
            proc.close()
    assert outcome is not None
    if outcome[0] != "ok":
        raise ChildCrashed(str(outcome[1]))
    return outcome[1]
