"""What every page of the main window offers it, and the deferred loading pages share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from hoeringsdesk.domain.changes import NOTHING, Changes

if TYPE_CHECKING:
    from hoeringsdesk.services.audit import AuditService


class Page(Protocol):
    """A page of the main window (responses, review, overview, draft). The window tells it
    which consultation to show and what changed; the page decides what to reload."""

    def set_consultation(self, consultation_id: int | None) -> None:
        """Show this consultation (None: none)."""

    def refresh(self, changes: Changes) -> None:
        """Reload what the page shows of ``changes`` (now, or when it comes to the front)."""

    def flush(self) -> None:
        """Save what the officer is still typing (before a switch, an export, closing)."""

    def save_layout(self, settings: QSettings) -> None:
        """Remember splitters and columns for the next start."""


class DeferredLoad(QObject):
    """Loads a page when it is in front: behind another tab it only gathers what changed,
    and loads once when it comes to the front (a fast start, no work for hidden pages)."""

    def __init__(self, page: QWidget, load: Callable[[Changes], None]) -> None:
        super().__init__(page)
        self.page = page
        self.load = load
        self.pending = NOTHING
        page.installEventFilter(self)

    def in_background(self) -> bool:
        """The page is behind another tab of the window."""
        stack = self.page.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self.page

    def request(self, changes: Changes) -> None:
        """Load ``changes`` now if the page is in front, else when it comes there."""
        if self.in_background():
            self.hold(changes)
            return
        changes, self.pending = self.pending | changes, NOTHING
        self.load(changes)

    def hold(self, changes: Changes) -> None:
        """Keep ``changes`` for the next load (the officer is in the middle of something)."""
        self.pending = self.pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.pending:
            QTimer.singleShot(0, self._catch_up)
        return False

    def _catch_up(self) -> None:
        if self.pending and not self.in_background():
            changes, self.pending = self.pending, NOTHING
            self.load(changes)


class SeenChanges:
    """What each page has seen of the store, as the services report it: every change they
    make (the officer's own, in any page or worker, and colleagues') is an audit event, and
    its id is the change token. A page coming to the front is told what changed since it was
    last in front (``AuditService.changes_since``, one small indexed read), so it reloads
    only that, and nothing when nothing changed (a mailbox's settings, say)."""

    def __init__(self, audit: AuditService) -> None:
        self.audit = audit
        self.consultation_id: int | None = None
        self.front: object | None = None  # the page in front
        self.base = 0  # the token when the consultation was shown
        self.tokens: dict[int, int] = {}  # id(page) -> the token it is up to date with

    def start(self, consultation_id: int | None, front: object | None, token: int) -> None:
        """Every page shows ``consultation_id`` afresh (chosen, or its draft replaced), up to
        date with ``token`` at least (the poll's last: an older token costs at most one
        reload too many, never a change missed)."""
        self.consultation_id, self.front, self.tokens = consultation_id, front, {}
        self.base = token

    def came_to_front(self, page: object) -> Changes:
        """``page`` comes to the front: what changed since it was last there. The page that
        leaves the front is up to date with everything so far (it showed its own work, and
        colleagues' changes reach every page through the poll)."""
        if self.consultation_id is None:
            return NOTHING
        seen = self.tokens.get(id(page), self.base)
        token, changes = self.audit.changes_since(self.consultation_id, seen)
        if self.front is not None:
            self.tokens[id(self.front)] = token
        self.tokens[id(page)] = token
        self.front = page
        return changes
