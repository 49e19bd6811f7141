"""The workspace's suggestion steps: the bar under the reader, scoring again, learning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoeringsdesk.domain.records import RecommendationInfo, ResponseDetail
from hoeringsdesk.services.errors import ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.app import Services
    from hoeringsdesk.gui.reader import ReaderView
    from hoeringsdesk.gui.recommendation_panel import RecommendationPanel
    from hoeringsdesk.gui.response_list import ResponseList
    from hoeringsdesk.gui.suggestion_bar import SuggestionBar
    from hoeringsdesk.gui.suggestion_learning import Rescorer
    from hoeringsdesk.gui.workspace_tagging import TaggingCommands


class SuggestionCommands:
    """Mixed into WorkspacePage (which provides detail, services, panel and the bar)."""

    if TYPE_CHECKING:
        services: Services
        consultation_id: int | None
        detail: ResponseDetail | None
        panel: RecommendationPanel
        suggestion_bar: SuggestionBar
        rescorer: Rescorer
        tagging: TaggingCommands

        list: ResponseList
        reader: ReaderView

        def show_response(
            self, response_id: int | None, keep_rec: int | None = None, rescore: bool = True
        ) -> None: ...

    def _show_suggestion(self, rec: RecommendationInfo | None) -> None:
        """The bar under the reader: the chosen suggestion, else the response's first open one."""
        if rec is None and self.detail is not None:
            rec = next(
                (
                    r
                    for r in sorted(self.detail.recommendations, key=lambda r: r.start)
                    if r.status == "suggested"
                ),
                None,
            )
        self.suggestion_bar.show_rec(rec)

    def _accept_shown(self) -> None:
        self.suggestion_bar._accept()

    def _edit_shown(self) -> None:
        if self.suggestion_bar.rec is not None:
            self.tagging.edit_recommendation(self.suggestion_bar.rec.id)

    def _rescore(self, response_id: int) -> bool:
        """Score the response's open suggestions again with what has been learned."""
        try:
            return self.services.suggestions.refresh(response_id)
        except ServiceError:
            return False

    def _retrained(self, consultation_id: int, _tags: int) -> None:
        """The model has learned: the shown response's suggestions are scored again with it,
        in a worker (it reads the store), and the bar follows when they come back."""
        if consultation_id != self.consultation_id or self.detail is None:
            return
        if not self.services.read_only:
            self.rescorer.request(self.detail.row.id)

    def _rescored(self, response_id: int, changed: bool) -> None:
        if not changed or self.detail is None or self.detail.row.id != response_id:
            return  # nothing new, or the officer has moved on (it is shown scored anyway)
        current = self.panel.current()
        try:
            self.show_response(response_id, current.id if current else None, rescore=False)
        except ServiceError:
            self.show_response(None)  # a colleague removed it meanwhile

    def show_richest_letter(self) -> None:
        """Select the free letter whose suggestions say most about why (for a screenshot)."""
        found: list[tuple[int, int, int, int, int]] = []
        for row in self.list.model.visible_rows():
            if not row.open_suggestions:
                continue
            recs = [
                r
                for r in self.services.responses.detail(row.id).recommendations
                if r.status == "suggested" and not r.source_label
            ]
            for r in recs:
                kinds = {x.kind for c in r.candidates[:1] for x in c.reasons}
                found.append((len(kinds), len(recs), -row.id, row.id, r.id))
        if not found:
            return
        *_, response_id, rec_id = max(found)
        self.list.select(response_id)
        self.panel.select(rec_id)
        self.reader.setFocus()
