"""The workspace's suggestion steps: the bar under the reader, scoring again, learning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records.recommendations import RecommendationInfo

if TYPE_CHECKING:
    from hoeringsdesk.gui.suggestion_learning import Rescored
    from hoeringsdesk.gui.workspace import WorkspacePage


class SuggestionCommands(QObject):
    """The workspace page's suggestion steps (``page.suggestions``): what the bar shows, and
    what follows a retraining and a rescoring, which arrive here on the GUI thread."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self.page = page

    def show_suggestion(self, rec: RecommendationInfo | None) -> None:
        """The bar under the reader: the chosen suggestion, else the response's first open one."""
        detail = self.page.detail
        if rec is None and detail is not None:
            rec = next(
                (
                    r
                    for r in sorted(detail.recommendations, key=lambda r: r.start)
                    if r.status == RecommendationStatus.SUGGESTED
                ),
                None,
            )
        self.page.suggestion_bar.show_rec(rec)

    @Slot()
    def accept_shown(self) -> None:
        self.page.suggestion_bar._accept()

    @Slot()
    def edit_shown(self) -> None:
        bar = self.page.suggestion_bar
        if bar.rec is not None:
            bar.edit_requested.emit(bar.rec.id)  # as the bar's own button does

    @Slot(int, int)
    def retrained(self, consultation_id: int, _tags: int) -> None:
        """The model has learned: the shown response's suggestions are scored again with it,
        in a worker (it reads the store), and the bar follows when they come back."""
        page = self.page
        if consultation_id != page.consultation_id or page.detail is None:
            return
        if not page.services.read_only:
            page.rescorer.request(page.detail.row.id)

    @Slot(object)
    def rescored(self, rescored: Rescored) -> None:
        """The shown response's suggestions came back scored: it is shown as it now stands."""
        page = self.page
        if page.detail is None or page.detail.row.id != rescored.response_id:
            return  # the officer has moved on (it is shown scored anyway)
        if page.metadata.notes.document().isModified():
            return  # the officer is writing notes: a save of them is not this one's to make
        if rescored.detail != page.detail:
            current = page.panel.current()
            page.show_detail(rescored.detail, current.id if current else None)
            model, row = page.list.model, rescored.detail.row
            if model.row_at(model.row_of(row.id)) not in (None, row):
                # read after a colleague's change the poll has not brought yet: its row too
                model.update_row(row)
                page._emit_counts()

    def show_richest_letter(self) -> None:
        """Select the free letter whose suggestions say most about why (for a screenshot)."""
        page = self.page
        found: list[tuple[int, int, int, int, int]] = []
        for row in page.list.model.visible_rows():
            if not row.open_suggestions:
                continue
            recs = [
                r
                for r in page.services.responses.detail(row.id).recommendations
                if r.status == RecommendationStatus.SUGGESTED and not r.source_label
            ]
            for r in recs:
                kinds = {x.kind for c in r.candidates[:1] for x in c.reasons}
                found.append((len(kinds), len(recs), -row.id, row.id, r.id))
        if not found:
            return
        *_, response_id, rec_id = max(found)
        page.list.select(response_id)
        page.panel.select(rec_id)
        page.reader.setFocus()
