"""The workspace's tagging commands: each one an undoable step through the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.suggestions import SectionCandidate
from hoeringsdesk.gui import undo_commands as cmd
from hoeringsdesk.gui.reader import word_boundary
from hoeringsdesk.gui.suggestion_labels import reasons_text
from hoeringsdesk.gui.tag_dialog import TagDialog
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.summaries import default_summary

if TYPE_CHECKING:
    from hoeringsdesk.gui.workspace import WorkspacePage


class TaggingCommands(QObject):
    """The workspace's tagging steps (``page.tagging``): each pushes one undoable command."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self.page = page

    def on_current(self, slot: Callable[[int], None]) -> None:
        """Act on the recommendation chosen in the panel, or the one under the cursor."""
        page = self.page
        rec = page.panel.current()
        if rec is None and page.detail is not None:
            here = page.reader.recommendations_at(page.reader.cursor_offset())
            rec = here[0] if here else None
        if rec is not None:
            slot(rec.id)

    def _candidate_rows(
        self, candidates: tuple[SectionCandidate, ...]
    ) -> list[tuple[int, str, str]]:
        """(section id, title, why) of the first three candidates, for the tag dialog."""
        titles = {s.id: s.title for s in self.page.sections}
        return [
            (c.section_id, titles[c.section_id], reasons_text(c))
            for c in candidates
            if c.section_id in titles
        ][:3]

    def _push(self, command: cmd.ServiceCommand, text: str) -> None:
        command.setText(text)
        self.page.undo.push(command)

    def new_recommendation(self) -> None:
        if self.page.detail is None:
            return
        span = self.page.reader.selected_range()
        if span is None or not self.page.detail.text[span[0] : span[1]].strip():
            self.page.status_message.emit(
                self.tr(
                    "Select the passage in the text first (mouse, or Shift+arrows).",
                )
            )
            self.page.reader.setFocus()
            return
        passage = self.page.detail.text[span[0] : span[1]]
        found: tuple[SectionCandidate, ...] = ()
        if self.page.consultation_id is not None:
            try:
                found = self.page.services.suggestions.candidates(
                    self.page.consultation_id, passage
                )
            except ServiceError:
                found = ()
        dialog = TagDialog(
            self.page.sections,
            passage,
            summary=default_summary(passage),
            candidates=self._candidate_rows(found),
            parent=self.page,
        )
        if dialog.exec() != TagDialog.DialogCode.Accepted:
            return
        section_ids, rec_type, summary = dialog.values()
        self._push(
            cmd.CreateRecommendation(
                self.page.services,
                self.page.refresh_response,
                self.page._failed,
                self.page.detail.row.id,
                span[0],
                span[1],
                section_ids,
                rec_type,
                summary,
            ),
            self.tr("New recommendation"),
        )

    def edit_recommendation(self, rec_id: int) -> None:
        rec = next((r for r in self.page.panel.model.rows() if r.id == rec_id), None)
        if rec is None or self.page.detail is None:
            return
        dialog = TagDialog(
            self.page.sections,
            rec.passage,
            summary=rec.summary,
            rec_type=rec.type,
            checked={s.id for s in rec.sections},
            title=self.tr("Edit recommendation"),
            candidates=self._candidate_rows(rec.candidates),
            parent=self.page,
        )
        if dialog.exec() != TagDialog.DialogCode.Accepted:
            return
        section_ids, rec_type, summary = dialog.values()
        before = cmd.RecommendationEdit(
            rec.summary, rec.type, tuple(sorted(s.id for s in rec.sections))
        )
        after = cmd.RecommendationEdit(summary, rec_type, tuple(sorted(set(section_ids))))
        if before == after:
            return
        self._push(
            cmd.EditRecommendation(
                self.page.services,
                self.page.refresh_response,
                self.page._failed,
                self.page.detail.row.id,
                rec_id,
                before,
                after,
                expected_version=rec.version,
            ),
            self.tr("Edit recommendation"),
        )
        if rec.status == RecommendationStatus.SUGGESTED:
            self.accept([rec_id])

    def accept(self, rec_ids: list[int]) -> None:
        if self.page.detail is None or not rec_ids:
            return
        self._push(
            cmd.AcceptSuggestions(
                self.page.services,
                self.page.refresh_response,
                self.page._failed,
                self.page.detail.row.id,
                rec_ids,
            ),
            self.tr("Accept suggestion(s)"),
        )

    def accept_all(self) -> None:
        if self.page.detail is None:
            return
        ids = self.page.services.tagging.suggestions(response_id=self.page.detail.row.id)
        if ids:
            self.accept(ids)

    def delete_recommendation(self, rec_id: int) -> None:
        if self.page.detail is None:
            return
        shown = next((r for r in self.page.panel.model.rows() if r.id == rec_id), None)
        self._push(
            cmd.DeleteRecommendation(
                self.page.services,
                self.page.refresh_response,
                self.page._failed,
                self.page.detail.row.id,
                rec_id,
                expected_version=shown.version if shown is not None else None,
            ),
            self.tr("Delete recommendation"),
        )

    def split_recommendation(self, rec_id: int) -> None:
        if self.page.detail is None:
            return
        rec = next((r for r in self.page.panel.model.rows() if r.id == rec_id), None)
        at = self.page.reader.cursor_offset()
        if rec is not None:  # between two words, not inside one
            at = word_boundary(self.page.detail.text, at, rec.start, rec.end)
        if rec is None or not rec.start < at < rec.end:
            self.page.status_message.emit(
                self.tr("Place the cursor in the passage where it should be split.")
            )
            return
        self._push(
            cmd.SplitRecommendation(
                self.page.services,
                self.page.refresh_response,
                self.page._failed,
                self.page.detail.row.id,
                rec_id,
                at,
            ),
            self.tr("Split recommendation"),
        )

    def apply_to_campaign(self, rec_id: int) -> None:
        if self.page.detail is None:
            return
        command = cmd.ApplyToCampaign(
            self.page.services,
            self._campaign_changed,
            self.page._failed,
            self.page.detail.row.id,
            rec_id,
        )
        self._push(command, self.tr("Apply to campaign"))
        if command.ok and command.created:
            self.page.status_message.emit(
                self.tr("Applied to {0} other responses in the campaign.").format(
                    len(command.created)
                )
            )
        elif command.ok:
            self.page.status_message.emit(
                self.tr("The other responses in the campaign have it already.")
            )

    def _campaign_changed(self, _response_id: int | None) -> None:
        self.page.reload()
