"""The workspace's tagging commands: each one an undoable step through the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.suggestions import SectionCandidate
from hoeringsdesk.gui import undo_commands as cmd
from hoeringsdesk.gui.reader import word_boundary
from hoeringsdesk.gui.suggestion_labels import reasons_text
from hoeringsdesk.gui.tag_dialog import TagDialog
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.texts import default_summary


class TaggingCommands:
    """Mixed into WorkspacePage; its strings keep the WorkspacePage translation context."""

    def _on_current(self, slot) -> None:  # type: ignore[no-untyped-def]
        """Act on the recommendation chosen in the panel, or the one under the cursor."""
        rec = self.panel.current()
        if rec is None and self.detail is not None:
            here = self.reader.recommendations_at(self.reader.cursor_offset())
            rec = here[0] if here else None
        if rec is not None:
            slot(rec.id)

    def _candidate_rows(
        self, candidates: tuple[SectionCandidate, ...]
    ) -> list[tuple[int, str, str]]:
        """(section id, title, why) of the first three candidates, for the tag dialog."""
        titles = {s.id: s.title for s in self.sections}
        return [
            (c.section_id, titles[c.section_id], reasons_text(c))
            for c in candidates
            if c.section_id in titles
        ][:3]

    def _push(self, command: cmd.ServiceCommand, text: str) -> None:
        command.setText(text)
        self.undo.push(command)

    def new_recommendation(self) -> None:
        if self.detail is None:
            return
        span = self.reader.selected_range()
        if span is None or not self.detail.text[span[0] : span[1]].strip():
            self.status_message.emit(
                QCoreApplication.translate(
                    "WorkspacePage",
                    "Select the passage in the text first (mouse, or Shift+arrows).",
                )
            )
            self.reader.setFocus()
            return
        passage = self.detail.text[span[0] : span[1]]
        try:
            found = self.services.suggestions.candidates(self.consultation_id, passage)
        except ServiceError:
            found = ()
        dialog = TagDialog(
            self.sections,
            passage,
            summary=default_summary(passage),
            candidates=self._candidate_rows(found),
            parent=self,
        )
        if dialog.exec() != TagDialog.DialogCode.Accepted:
            return
        section_ids, rec_type, summary = dialog.values()
        self._push(
            cmd.CreateRecommendation(
                self.services,
                self.refresh_response,
                self._failed,
                self.detail.row.id,
                span[0],
                span[1],
                section_ids,
                rec_type,
                summary,
            ),
            QCoreApplication.translate("WorkspacePage", "New recommendation"),
        )

    def edit_recommendation(self, rec_id: int) -> None:
        rec = next((r for r in self.panel.model.rows() if r.id == rec_id), None)
        if rec is None or self.detail is None:
            return
        dialog = TagDialog(
            self.sections,
            rec.passage,
            summary=rec.summary,
            rec_type=rec.type,
            checked={s.id for s in rec.sections},
            title=QCoreApplication.translate("WorkspacePage", "Edit recommendation"),
            candidates=self._candidate_rows(rec.candidates),
            parent=self,
        )
        if dialog.exec() != TagDialog.DialogCode.Accepted:
            return
        section_ids, rec_type, summary = dialog.values()
        before = {
            "summary": rec.summary,
            "type": rec.type,
            "section_ids": [s.id for s in rec.sections],
        }
        after = {"summary": summary, "type": rec_type, "section_ids": section_ids}
        if before == after:
            return
        self._push(
            cmd.EditRecommendation(
                self.services,
                self.refresh_response,
                self._failed,
                self.detail.row.id,
                rec_id,
                before,
                after,
                expected_version=rec.version,
            ),
            QCoreApplication.translate("WorkspacePage", "Edit recommendation"),
        )
        if rec.status == "suggested":
            self.accept([rec_id])

    def accept(self, rec_ids: list[int]) -> None:
        if self.detail is None or not rec_ids:
            return
        self._push(
            cmd.AcceptSuggestions(
                self.services, self.refresh_response, self._failed, self.detail.row.id, rec_ids
            ),
            QCoreApplication.translate("WorkspacePage", "Accept suggestion(s)"),
        )

    def accept_all(self) -> None:
        if self.detail is None:
            return
        ids = self.services.tagging.suggestions(response_id=self.detail.row.id)
        if ids:
            self.accept(ids)

    def delete_recommendation(self, rec_id: int) -> None:
        if self.detail is None:
            return
        shown = next((r for r in self.panel.model.rows() if r.id == rec_id), None)
        self._push(
            cmd.DeleteRecommendation(
                self.services,
                self.refresh_response,
                self._failed,
                self.detail.row.id,
                rec_id,
                expected_version=shown.version if shown is not None else None,
            ),
            QCoreApplication.translate("WorkspacePage", "Delete recommendation"),
        )

    def split_recommendation(self, rec_id: int) -> None:
        if self.detail is None:
            return
        rec = next((r for r in self.panel.model.rows() if r.id == rec_id), None)
        at = self.reader.cursor_offset()
        if rec is not None:  # between two words, not inside one
            at = word_boundary(self.detail.text, at, rec.start, rec.end)
        if rec is None or not rec.start < at < rec.end:
            self.status_message.emit(
                QCoreApplication.translate(
                    "WorkspacePage", "Place the cursor in the passage where it should be split."
                )
            )
            return
        self._push(
            cmd.SplitRecommendation(
                self.services, self.refresh_response, self._failed, self.detail.row.id, rec_id, at
            ),
            QCoreApplication.translate("WorkspacePage", "Split recommendation"),
        )

    def apply_to_campaign(self, rec_id: int) -> None:
        if self.detail is None:
            return
        command = cmd.ApplyToCampaign(
            self.services, lambda _rid: self.reload(), self._failed, self.detail.row.id, rec_id
        )
        self._push(command, QCoreApplication.translate("WorkspacePage", "Apply to campaign"))
        if command.ok and command.created:
            self.status_message.emit(
                QCoreApplication.translate(
                    "WorkspacePage", "Applied to {0} other responses in the campaign."
                ).format(len(command.created))
            )
        elif command.ok:
            self.status_message.emit(
                QCoreApplication.translate(
                    "WorkspacePage", "The other responses in the campaign have it already."
                )
            )
