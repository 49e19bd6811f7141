"""The review's answering: the selected lines in full, shown in the editor, and the answer saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection

from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.review import ReviewItem
from hoeringsdesk.gui import undo_commands as cmd
from hoeringsdesk.gui.review_loading import Details

if TYPE_CHECKING:
    from hoeringsdesk.gui.review_page import ReviewPage


class ReviewAnswering:
    """What the officer answers on the review page: the selected lines' full items (passage,
    comment and its version, read when the selection changes or with the lines), shown in
    the page's editor; an answer goes to the items as the officer saw them, one undo step."""

    def __init__(self, page: ReviewPage) -> None:
        self.page = page
        self.details: Details = ((), [])  # the selection's ids and their items, as read
        self.shown: list[ReviewItem] = []  # what the editor shows: an answer goes to these

    def forget(self) -> None:
        """The lines are replaced: the items read for the selection are of no use."""
        self.details = ((), [])

    def take(self, details: Details) -> None:
        """The selection's full items as read with the lines, if they are of the lines
        selected now (else ``selected_items`` reads them)."""
        selected = self.page.selected_ids()
        found = {item.rec.id: item for item in details[1]}
        if selected and set(selected) == set(details[0]) and all(i in found for i in selected):
            self.details = (tuple(selected), [found[i] for i in selected])

    def selected_items(self) -> list[ReviewItem]:
        """The chosen recommendations in full, read when the selection changes."""
        page = self.page
        ids = tuple(page.selected_ids())
        if ids != self.details[0]:
            found = (
                page.services.review.details(page.consultation_id, ids)
                if ids and page.consultation_id is not None
                else []
            )
            self.details = (ids, found)
        return self.details[1]

    def items_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        if self.page.quiet:
            return  # show_lines shows them when done
        self.page.editor.flush()
        self.show(self.selected_items())

    def show(self, items: list[ReviewItem]) -> None:
        page = self.page
        self.shown = items
        page.editor.show_items(items)
        page.jump_button.setEnabled(len(items) == 1)
        page.original_button.setEnabled(len(items) == 1)

    def save_answer(self, comment: str, outcome: Outcome) -> None:
        items = self.shown
        if not items:
            return
        ids = [i.rec.id for i in items]
        seen = {i.rec.id: (i.rec.comment_id, i.rec.comment_version) for i in items}
        command = cmd.SetAnswer(
            self.page.services,
            lambda _rid: self.after_save(ids),
            self.failed,
            ids,
            comment,
            outcome,
            expected=seen,
        )
        command.setText(QCoreApplication.translate("ReviewPage", "Answer"))
        self.page.undo.push(command)

    def after_save(self, ids: list[int]) -> None:
        page = self.page
        if page.selected_ids() == ids:  # the saved versions, for the next save at once
            self.details = ((), [])
            self.shown = self.selected_items()
        page.loader.want(badges=True)
        page.load_items(ids)

    def failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        page = self.page
        QMessageBox.warning(page, QCoreApplication.translate("ReviewPage", "Not saved"), message)
        page.load_items(page.selected_ids())  # show what is saved now, as the message says

    def jump(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.page.editor.flush()
            self.page.show_passage_requested.emit(items[0].rec.response_id, items[0].rec.id)

    def open_original(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.page.open_original_requested.emit(items[0].rec.response_id)
