"""Run long work off the GUI thread; its progress, result and errors arrive on the GUI thread.

A ``BackgroundJob`` is created on the GUI thread and emits its signals there only: the worker
thread never calls anything a caller connected. What the thread produces (progress, the
result, the exception) is handed over through queued connections to bound slots of the job,
which lives on the GUI thread, and the job re-emits it from there. So a caller may connect
its signals to anything (a bound method, a lambda, a dialog's ``accept``) and it runs on the
GUI thread, where widgets and message boxes may be touched."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, SLOT, QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from hoeringsdesk.domain.progress import Cancel as Cancelled
from hoeringsdesk.domain.progress import Progress
from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.services.errors import ServiceError

Job = Callable[[Progress, Cancelled], Any]

_RUNNING: set[BackgroundJob] = set()  # started and not yet ended: kept alive until then


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _no_report(_done: int, _total: int, _name: str = "") -> None:
    """What a thread that ended reports: nothing."""


def _no_job(_report: Progress, _cancelled: Cancelled) -> None:
    """What a thread that ended runs: nothing."""


class _Thread(QThread):
    """Calls the job; keeps its outcome for the GUI thread to read once the thread ended."""

    progressed = Signal()  # new progress is waiting (emitted in this thread, queued)

    def __init__(self, job: Job, report: Progress, cancelled: Cancelled) -> None:
        super().__init__()
        self._job = job
        self._report = report
        self._cancelled = cancelled
        self.result: Any = None
        self.error: str | None = None
        self.log: str | None = None  # where an unexpected error's traceback was written

    def run(self) -> None:
        try:
            self.result = self._job(self._report, self._cancelled)
        except ServiceError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - logged; the officer sees a sentence
            self.error = str(exc) or type(exc).__name__
            self.log = str(log_unexpected(exc))
        finally:
            # The report is the job's bound method: job and thread held each other, so a
            # job dropped after it ended, and its result (10,000s of rows), waited for a
            # full collection of the collector instead of going at once.
            self._job, self._report = _no_job, _no_report


class BackgroundJob(QObject):
    """``job(progress, cancelled)`` in a thread of its own; signals only on the GUI thread.

    ``progress(done, total, name)`` (coalesced: the GUI sees the latest, never a backlog);
    when the thread has stopped, ``stopped()`` (progress dialogs close), then exactly one of
    ``finished(result)`` or ``failed(message)``, then ``ended()``."""

    progress = Signal(int, int, str)
    stopped = Signal()
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, job: Job) -> None:
        if not on_gui_thread():
            raise RuntimeError("a BackgroundJob is created on the GUI thread")
        super().__init__()  # no parent: the module keeps it alive until its thread stopped
        self._job = job
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._thread: _Thread | None = None
        self.result: Any = None
        self.error: str | None = None
        self.done = False

    # --- control (GUI thread) ---

    def start(self) -> BackgroundJob:
        if self._thread is not None:
            raise RuntimeError("a BackgroundJob runs once")
        thread = _Thread(self._job, self._report, self._cancel.is_set)
        thread.progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        thread.finished.connect(self._thread_finished, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        _RUNNING.add(self)
        thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it still ends with finished or failed."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread is not None and not self.done

    def wait(self, timeout_ms: int = 30_000, deliver: bool = True) -> bool:
        """Block until the thread stopped; then its outcome is delivered now, or with
        ``deliver=False`` (the window is closing) only ``stopped`` and ``ended`` are."""
        if self._thread is None or self.done:
            return True
        if not self._thread.wait(timeout_ms):
            return False
        self._conclude(deliver)
        return True

    # --- worker thread ---

    def _report(self, done: int, total: int, name: str = "") -> None:
        with self._lock:
            post = self._latest is None
            self._latest = (int(done), int(total), str(name))
        if post and self._thread is not None:
            self._thread.progressed.emit()

    # --- back on the GUI thread ---

    @Slot()
    def _deliver_progress(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None and not self.done:
            self.progress.emit(*latest)

    @Slot()
    def _thread_finished(self) -> None:
        self._conclude(True)

    def _conclude(self, deliver: bool) -> None:
        thread = self._thread
        if self.done or thread is None:
            return
        thread.wait()
        self.done = True
        _RUNNING.discard(self)
        self.result, self.error = thread.result, thread.error
        thread.result = None  # the job holds it now (and drops it with itself)
        try:
            self.stopped.emit()
            if not deliver:
                pass
            elif thread.error is None:
                self.finished.emit(self.result)
            elif thread.log is None:
                self.failed.emit(thread.error)
            else:
                self.failed.emit(
                    QCoreApplication.translate(
                        "BackgroundJob",
                        "Something unexpected went wrong: {0}\n\n"
                        "What was saved before stays saved. Details were written to {1}.",
                    ).format(thread.error, thread.log)
                )
        finally:
            self.ended.emit()


def run_in_background(
    job: Job,
    *,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> BackgroundJob:
    """Start a job; the callbacks run on the GUI thread (bound methods of a widget are
    disconnected when the widget goes, so prefer them to lambdas that capture one)."""
    background = BackgroundJob(job)
    if finished is not None:
        background.finished.connect(finished)
    if failed is not None:
        background.failed.connect(failed)
    if progress is not None:
        background.progress.connect(progress)
    return background.start()


def running_jobs() -> list[BackgroundJob]:
    return list(_RUNNING)


def stop_all(timeout_ms: int = 30_000) -> bool:
    """Cancel every running job and wait for its thread, delivering nothing (the window is
    closing; a QThread destroyed while it runs takes the process down)."""
    jobs = list(_RUNNING)
    for job in jobs:
        job.cancel()
    return all(job.wait(timeout_ms, deliver=False) for job in jobs)


class JobProgress(QProgressDialog):
    """A window-modal progress dialog that follows one job and closes when the job ended.

    Cancel (button, Escape or the window's close box) asks the job to stop and keeps the
    dialog up, saying so, until it has; a job that cannot be cancelled has no button."""

    def __init__(
        self,
        job: BackgroundJob,
        label: str,
        parent: QWidget,
        *,
        title: str = "",
        cancellable: bool = True,
        delay_ms: int = 300,
    ) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.setObjectName("jobProgress")
        if title:
            self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(delay_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        # The button asks the job to stop; the dialog stays until the job has ended.
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self._label = label
        self._job = job
        self._cancellable = cancellable
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
            self.canceled.connect(self._stop)
        else:
            self.setCancelButton(None)  # type: ignore[arg-type]
        job.progress.connect(self._on_progress)
        job.stopped.connect(self._on_stopped)
        self.setValue(0)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if name and not self._job.cancelled():
            self.setLabelText(f"{self._label}\n{name}")

    def _stop(self) -> None:
        if self._cancellable and not self._job.cancelled():
            self._job.cancel()
            self.setLabelText(self.tr("Stopping…"))

    def _on_stopped(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._stop()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job.done:
            super().closeEvent(event)
            return
        self._stop()
        event.ignore()
