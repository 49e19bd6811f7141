"""The responses page reading the response the officer chose off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from hoeringsdesk.domain.records.responses import ResponseDetail
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.services.errors import NotFound
from hoeringsdesk.services.responses import ResponseService

if TYPE_CHECKING:
    from hoeringsdesk.gui.workspace import WorkspacePage

Read = tuple[int, ResponseDetail | None]  # the response asked for, and it in full (None: gone)


class ReadDetail:
    """What the worker thread runs: one response in full."""

    def __init__(self, responses: ResponseService, response_id: int) -> None:
        self.responses = responses
        self.response_id = response_id

    def __call__(self) -> Read:
        try:
            return self.response_id, self.responses.detail(self.response_id)
        except NotFound:
            return self.response_id, None


class DetailReader(QObject):
    """Reads the response chosen in the list in a worker (``LatestRead``) and has the page
    show it when it comes, if it is still the one chosen: the list and typing stay responsive
    while it is read. Until it comes the page has no response (``page.detail`` is None, so
    every command on it does nothing) and its recommendations are greyed."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self.page = page
        self.reads = LatestRead(self)
        self.reads.delivered.connect(self._arrived)
        self.reads.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """A read runs or waits."""
        return self.reads.busy

    def request(self, response_id: int) -> None:
        """Read ``response_id`` and show it when it comes."""
        page = self.page
        page.metadata.flush_notes()  # the notes typed to the response shown until now
        page.detail = None
        page.panel.setEnabled(False)
        self.reads.request(ReadDetail(page.services.responses, response_id))

    def invalidate(self) -> None:
        """A response was shown otherwise since: nothing asked so far is shown."""
        self.reads.invalidate()

    def stop(self) -> None:
        """Closing: wait for the read under way, show nothing."""
        self.reads.stop()

    @Slot(object)
    def _arrived(self, read: Read) -> None:
        response_id, detail = read
        if self.page.list.current_id() == response_id:  # else another is chosen meanwhile
            self.page.show_read(detail)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.page.status_message.emit(message)
        self.page.show_read(None)
