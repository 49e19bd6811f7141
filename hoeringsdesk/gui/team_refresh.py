"""Team mode: notice colleagues' changes every few seconds, reading off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from hoeringsdesk.domain.changes import NOTHING, Changes
from hoeringsdesk.domain.records.responses import ResponseDetail, ResponseRow
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.gui.response_model import Arranged, ResponseFilter, arrange
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.large_reads import gc_paused

if TYPE_CHECKING:
    from hoeringsdesk.app import Services
    from hoeringsdesk.gui.main_window import MainWindow

INTERVAL_MS = 4000


@dataclass(frozen=True)
class Shown:
    """The response the workspace showed when the look began, as the store now has it."""

    response_id: int
    detail: ResponseDetail | None  # None: it is gone


@dataclass(frozen=True)
class Polled:
    """What one look at the store found: the change token, what changed since the last
    look, and what the page will show."""

    consultation_id: int
    token: int
    changes: Changes = NOTHING
    rows: list[ResponseRow] | None = None  # the response list, read when it changed
    shown: Shown | None = None  # the workspace's response, read when it changed
    arranged: Arranged | None = None  # the rows filtered and sorted as the list shows them


class _Look:
    """What the worker thread runs: the change token and, when it moved, what the page in
    front shows (the response list, filtered and sorted as shown, and the shown response; or
    the review's index)."""

    def __init__(
        self,
        services: Services,
        consultation_id: int,
        seen: int,
        wants_rows: bool,
        shown_id: int | None,
        warms_review: bool,
        arrangement: tuple[ResponseFilter, tuple[int, bool]] | None = None,
    ) -> None:
        self.services = services
        self.consultation_id = consultation_id
        self.seen = seen
        self.wants_rows = wants_rows
        self.shown_id = shown_id
        self.warms_review = warms_review
        self.arrangement = arrangement

    def __call__(self) -> Polled:
        services, cid = self.services, self.consultation_id
        token, changes = services.audit.changes_since(cid, self.seen)
        if token == self.seen:
            return Polled(cid, token)
        if self.warms_review:
            services.review.coverage(cid)  # builds the review index here, not in the GUI
        if not self.wants_rows:
            return Polled(cid, token, changes)
        shown = None
        if self.shown_id is not None:
            try:
                shown = Shown(self.shown_id, services.responses.detail(self.shown_id))
            except ServiceError:
                shown = Shown(self.shown_id, None)
        rows = services.responses.rows(cid)
        arranged = None
        if self.arrangement is not None:
            with gc_paused():  # its young collections would hold the GUI thread too
                arranged = arrange(rows, self.arrangement)
        return Polled(cid, token, changes, rows, shown, arranged)


class ChangePoller(QObject):
    """Polls the consultation's change token (the newest audit event) in a background read;
    when it moved, the page in front is refreshed on the GUI thread. The response list and
    the shown response are read in the worker, and the review's index is built there, so the
    window does not stall on a slow network or a large consultation."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = 0
        self.reads = LatestRead(self)
        self.reads.delivered.connect(self._found)
        self.reads.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, consultation_id: int) -> None:
        self.reads.invalidate()  # a look at another consultation is of no use now
        self.seen = self.window.services.audit.last_change(consultation_id)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.reads.stop()

    @Slot()
    def poll(self) -> None:
        """Start one look, unless one is under way or a dialog is open."""
        window = self.window
        cid = window.consultation_id
        if cid is None or QApplication.activeModalWidget() is not None:
            return
        if self.reads.busy:
            return
        page = window.tabs.currentWidget()
        workspace = window.workspace
        wants_rows = page is workspace
        shown_id = workspace.detail.row.id if wants_rows and workspace.detail else None
        arrangement = workspace.list.model.arrangement() if wants_rows else None
        self.reads.request(
            _Look(
                window.services,
                cid,
                self.seen,
                wants_rows,
                shown_id,
                page is window.review,
                arrangement,
            )
        )

    @Slot(object)
    def _found(self, polled: Polled) -> None:
        window = self.window
        if polled.consultation_id != window.consultation_id or polled.token == self.seen:
            return
        if QApplication.activeModalWidget() is not None:
            return  # the next look brings it in, once the dialog is closed
        page = window.tabs.currentWidget()
        if page is window.workspace and polled.rows is None:
            return  # read for another page: the next look reads the list
        self.seen = polled.token
        window.workspace.refresher.prefetch(polled.rows, polled.shown, polled.arranged)
        window.refresh(polled.changes)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Could not look for colleagues' changes: {0}").format(message), 15_000
        )
