"""The main window's moves between pages: which view is in front, and the way back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hoeringsdesk.domain.records.review import Gap

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow


class PageNavigation(QObject):
    """Brings a page (or a response's passage) to the front; "← Back" (Alt+Left) returns to
    the page the officer came from."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.back_to: QWidget | None = None

    def show_view(self, view: str) -> None:
        """Bring a view to the front: responses, reader, letter (a free letter with
        suggestions), draft, review or overview."""
        win = self.window
        if win.consultation_id is None:
            return
        if view in ("responses", "reader", "letter"):
            win.tabs.setCurrentWidget(win.workspace)
            if view == "reader":
                win.workspace.show_richest_response()
            elif view == "letter":
                win.workspace.suggestions.show_richest_letter()
        elif view == "draft":
            win.tabs.setCurrentWidget(win.draft_view)
        elif view == "review":
            win.tabs.setCurrentWidget(win.review)
            win.review.show_busiest_section()
        elif view == "overview":
            win.tabs.setCurrentWidget(win.overview)

    def show_passage_from_review(self, response_id: int, rec_id: int) -> None:
        """Trace a recommendation to its passage; Alt+Left goes back to the review."""
        self._went_from(self.window.review)
        self.window.workspace.show_passage(response_id, rec_id)

    def go_to_gap(self, gap: object) -> None:
        """From the completeness check to the response or recommendation concerned."""
        if not isinstance(gap, Gap) or gap.response_id is None:
            return
        self._went_from(self.window.overview)
        if gap.recommendation_id is not None:
            self.window.workspace.show_passage(gap.response_id, gap.recommendation_id)
        else:
            self.window.workspace.show_passage_response(gap.response_id)

    def back(self) -> None:
        """Back to the page the officer came from (the review, or the overview)."""
        win = self.window
        win.tabs.setCurrentWidget(self.back_to or win.review)
        win.back_action.setVisible(False)

    def page_changed(self) -> None:
        """Another tab came to the front: "← Back" only applies on the responses."""
        if self.window.tabs.currentWidget() is not self.window.workspace:
            self.window.back_action.setVisible(False)

    def _went_from(self, page: QWidget) -> None:
        """To the responses from ``page``; "← Back" (Alt+Left) returns to it."""
        win = self.window
        win.tabs.setCurrentWidget(win.workspace)
        self.back_to = page
        win.back_action.setText(
            self.tr("← Back to the overview")
            if page is win.overview
            else self.tr("← Back to the review")
        )
        win.back_action.setVisible(True)
