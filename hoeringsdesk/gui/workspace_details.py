"""The workspace's commands on a response's details: metadata, senders, privacy, files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from hoeringsdesk.gui import labels
from hoeringsdesk.gui.files import open_stored_file
from hoeringsdesk.gui.party_dialog import PartyDialog
from hoeringsdesk.gui.private_person import private_person_choice
from hoeringsdesk.gui.undo_commands import MergeParties
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress
from hoeringsdesk.services.errors import ConflictError, ServiceError


class DetailCommands:
    """Mixed into WorkspacePage; its strings keep the WorkspacePage translation context."""

    def _update_response(self, **changes: object) -> None:
        if self.detail is None:
            return
        try:
            row = self.services.responses.update(self.detail.row.id, **changes)
        except ServiceError as exc:
            self._failed(str(exc))
            return
        self.list.model.update_row(row)
        self._emit_counts()
        if "accepted_late" in changes:
            self.metadata.late.setText(labels.late(row.late, row.accepted_late))

    def save_notes(self, text: str) -> None:
        """Save the notes, checked against the notes the officer saw: a colleague's newer
        notes are never overwritten unseen. After such a refusal the officer's text stays
        in the field, and saving it again replaces theirs knowingly."""
        if self.detail is None:
            return
        metadata = self.metadata
        try:
            row = self.services.responses.update(
                self.detail.row.id, notes=text, expected={"notes": metadata.notes_seen}
            )
        except ConflictError as exc:
            metadata.notes_seen = self.services.responses.detail(self.detail.row.id).notes
            metadata.notes.document().setModified(True)
            self._failed(
                f"{exc}\n\n"
                + QCoreApplication.translate(
                    "WorkspacePage",
                    "Your text is still in the notes field; it replaces theirs when it is "
                    "saved (when you edit it or choose another response).",
                )
            )
            return
        except ServiceError as exc:
            self._failed(str(exc))
            return
        metadata.notes_seen = text.strip()
        self.list.model.update_row(row)

    def edit_party(self, party_id: int) -> None:
        if self.detail is None or self.consultation_id is None:
            return
        row = self.detail.row
        shown = next((p for p in row.parties if p.id == party_id), None)
        try:
            party = self.services.parties.get(party_id)
            contact = (
                self.services.parties.get(shown.contact_id)
                if shown is not None and shown.contact_id is not None
                else None
            )
            hints = [
                (s.organisation_id, s.text)
                for s in self.services.parties.suggestions(row.id)
                if s.person_id == party_id
            ]
            others = self.services.parties.all(self.consultation_id)
        except ServiceError as exc:
            self._failed(str(exc))
            return
        note = shown.note if shown is not None and shown.uncertain else ""
        dialog = PartyDialog(party, others, self, contact=contact, note=note, suggestions=hints)
        if dialog.exec() != PartyDialog.DialogCode.Accepted:
            return
        try:
            if dialog.action == "merge" and dialog.merge_into is not None:
                self.undo.push(
                    MergeParties(
                        self.services, self._after_merge, self._failed, row.id,
                        dialog.merge_into, party_id,
                    )
                )  # fmt: skip
                return
            if dialog.action == "split":
                self.services.parties.split(party_id, row.id)
            elif dialog.action == "link" and dialog.link_to is not None:
                self.services.parties.link_as_contact(row.id, party_id, dialog.link_to)
            else:
                self.services.parties.update(party_id, **dialog.changed_values())
                changes = dialog.contact_values()
                if contact is not None and changes is not None:
                    self.services.parties.update(contact.id, **changes)
        except ServiceError as exc:
            self._failed(str(exc))
        self.reload(row.id)
        self.show_response(row.id)

    def _after_merge(self, response_id: int | None) -> None:
        """A merge (or its undo) changes every response of both senders: list and details."""
        self.reload(response_id)
        if response_id is not None:
            self.show_response(response_id)

    def confirm_senders(self) -> None:
        """The officer has looked: the senders are right as they stand."""
        if self.detail is None:
            return
        try:
            self.services.parties.confirm_response(self.detail.row.id)
        except ServiceError as exc:
            self._failed(str(exc))
            return
        self.refresh_response(self.detail.row.id)

    def add_party(self) -> None:
        if self.detail is None or self.consultation_id is None:
            return
        dialog = PartyDialog(None, [], self)
        if dialog.exec() != PartyDialog.DialogCode.Accepted:
            return
        try:
            self.services.parties.add_to_response(self.detail.row.id, **dialog.values())
        except ServiceError as exc:
            self._failed(str(exc))
        self.refresh_response(self.detail.row.id)

    def anonymise(self) -> None:
        """Replace the private sender(s) by a pseudonym everywhere, after a yes."""
        if self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("WorkspacePage", "Anonymise sender"),
            QCoreApplication.translate(
                "WorkspacePage",
                "Replace the private sender's name, address, e-mail and phone with a pseudonym "
                "everywhere – in the text, the recommendations and the stored files? "
                "This cannot be undone. Backups made before still hold the data until they "
                "rotate out (daily copies after 7 days, weekly after 4 weeks).",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row, privacy = self.detail.row, self.services.privacy
        go, person = private_person_choice(self, row.parties)  # one taken for an organisation?
        if not go:
            return
        rid = row.id
        self._privacy_job(
            lambda _progress, _cancelled: privacy.anonymise(rid, person),
            QCoreApplication.translate("WorkspacePage", "Anonymising the sender everywhere…"),
            self._anonymised,
        )

    def _privacy_job(self, job, label: str, done) -> None:  # type: ignore[no-untyped-def]
        """Run a privacy change off the GUI thread behind a modal progress dialog."""
        assert self.detail is not None
        self.privacy_response = self.detail.row.id
        self.privacy_job = BackgroundJob(job)
        self.privacy_job.finished.connect(done)
        self.privacy_job.failed.connect(self._failed)
        JobProgress(self.privacy_job, label, self, cancellable=False)
        self.privacy_job.start()

    def _after_privacy(self) -> None:
        self.undo.clear()  # earlier steps may point at text that no longer exists
        self.reload(self.privacy_response)
        self.show_response(self.privacy_response)

    def _anonymised(self, pseudonyms: list[str]) -> None:
        self._after_privacy()
        self.status_message.emit(
            QCoreApplication.translate("WorkspacePage", "Anonymised as {0}.").format(
                ", ".join(pseudonyms)
            )
        )

    def erase(self) -> None:
        """Erase the response's personal data, keeping its anonymised recommendations."""
        if self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("WorkspacePage", "Erase personal data"),
            QCoreApplication.translate(
                "WorkspacePage",
                "Erase all personal data in this response – senders' names and contact details, "
                "notes and the stored files? The anonymised text and recommendations are kept. "
                "This cannot be undone. Backups made before still hold the data until they "
                "rotate out (daily copies after 7 days, weekly after 4 weeks).",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rid, privacy = self.detail.row.id, self.services.privacy
        self._privacy_job(
            lambda _progress, _cancelled: privacy.erase(rid),
            QCoreApplication.translate("WorkspacePage", "Erasing the personal data…"),
            self._erased,
        )

    def _erased(self, _result: object) -> None:
        self._after_privacy()
        self.status_message.emit(
            QCoreApplication.translate("WorkspacePage", "The personal data was erased.")
        )

    def open_file(self, position: int) -> None:
        """Open a stored file with the system's default application."""
        if self.detail is None:
            return
        try:
            copy = open_stored_file(self.services, self.detail.row.id, position)
        except ServiceError as exc:
            self._failed(str(exc))
            return
        if copy is not None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "WorkspacePage", "No program could open {0}; a copy is in {1}."
                ).format(copy.name, copy.parent)
            )
