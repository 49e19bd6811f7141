"""Team mode: notice colleagues' changes every few seconds, reading off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from hoeringsdesk.domain.changes import NOTHING, Changes
from hoeringsdesk.domain.records import ResponseRow
from hoeringsdesk.gui.worker import BackgroundJob

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow

INTERVAL_MS = 4000


@dataclass(frozen=True)
class Polled:
    """What one look at the store found: the change token, what changed since the last
    look, and what the page will show."""

    consultation_id: int
    token: int
    changes: Changes = NOTHING
    rows: list[ResponseRow] | None = None  # the response list, read when it changed


class ChangePoller(QObject):
    """Polls the consultation's change token (the newest audit event) in a background job;
    when it moved, the page in front is refreshed on the GUI thread. The response list is
    read in the job, and the review's index is built there, so the window does not stall on
    a slow network or a large consultation."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = 0
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, consultation_id: int) -> None:
        self.seen = self.window.services.audit.last_change(consultation_id)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.wait(deliver=False)

    def poll(self) -> None:
        """Start one look, unless one is under way or a dialog is open."""
        window = self.window
        cid = window.consultation_id
        if cid is None or QApplication.activeModalWidget() is not None:
            return
        if self.job is not None and self.job.running():
            return
        services, seen = window.services, self.seen
        page = window.tabs.currentWidget()
        wants_rows = page is window.workspace
        warms_review = page is window.review

        def look(_progress, _cancelled) -> Polled:  # type: ignore[no-untyped-def]
            token, changes = services.audit.changes_since(cid, seen)
            if token == seen:
                return Polled(cid, token)
            if warms_review:
                services.review.coverage(cid)  # builds the review index here, not in the GUI
            return Polled(cid, token, changes, services.responses.rows(cid) if wants_rows else None)

        self.job = BackgroundJob(look)
        self.job.finished.connect(self._found)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _found(self, polled: Polled) -> None:
        window = self.window
        if polled.consultation_id != window.consultation_id or polled.token == self.seen:
            return
        if QApplication.activeModalWidget() is not None:
            return  # the next look brings it in, once the dialog is closed
        self.seen = polled.token
        window.workspace.prefetch(polled.rows)
        window.refresh(polled.changes)

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Could not look for colleagues' changes: {0}").format(message), 15_000
        )
