"""Run long work off the GUI thread, with progress, cancel and errors kept from the officer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.services.errors import ServiceError

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class Worker(QObject):
    """Calls ``job(progress, cancelled)`` in a thread; result or a clear error comes back."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progress.emit, self.is_cancelled)
        except ServiceError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - logged; the officer sees a sentence
            path = log_unexpected(exc)
            self.failed.emit(f"{type(exc).__name__}: {exc} ({path})")
        else:
            self.finished.emit(result)


def start(worker: Worker, parent: QObject) -> QThread:
    """Start the worker on its own thread; the thread ends and cleans up when it is done."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread


def finish(thread: QThread | None, timeout_ms: int = 30_000) -> None:
    """Let a worker's thread end before its owner goes away (a running QThread that is
    destroyed takes the application down)."""
    if thread is None:
        return
    try:
        thread.quit()
        thread.wait(timeout_ms)
    except RuntimeError:  # already deleted on the C++ side: it had finished
        pass
