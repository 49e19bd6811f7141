"""The workspace's commands on a response's details: metadata, senders, privacy, files."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from hoeringsdesk.gui import labels
from hoeringsdesk.gui.files import open_stored_file
from hoeringsdesk.gui.party_dialog import PartyAction, PartyDialog
from hoeringsdesk.gui.private_person import private_person_choice
from hoeringsdesk.gui.undo_commands import MergeParties
from hoeringsdesk.gui.worker import BackgroundJob, Job, JobProgress
from hoeringsdesk.services.errors import ConflictError, ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.gui.workspace import WorkspacePage


class DetailCommands(QObject):
    """The workspace page's commands on the shown response's details (``page.details``)."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self.page = page
        self.privacy_job: BackgroundJob | None = None
        self.privacy_response: int | None = None

    def update_response(self, **changes: str | bool | None) -> None:
        """Save a field of the response (status, late decision, document number, officer)."""
        if self.page.detail is None:
            return
        try:
            row = self.page.services.responses.update(
                self.page.detail.row.id, expected=None, **changes
            )
        except ServiceError as exc:
            self.page._failed(str(exc))
            return
        self.page.list.model.update_row(row)
        self.page._emit_counts()
        if "accepted_late" in changes:
            self.page.metadata.late.setText(labels.late(row.late, row.accepted_late))

    def save_notes(self, text: str) -> None:
        """Save the notes, checked against the notes the officer saw: a colleague's newer
        notes are never overwritten unseen. After such a refusal the officer's text stays
        in the field, and saving it again replaces theirs knowingly."""
        if self.page.detail is None:
            return
        metadata = self.page.metadata
        try:
            row = self.page.services.responses.update(
                self.page.detail.row.id, notes=text, expected={"notes": metadata.notes_seen}
            )
        except ConflictError as exc:
            metadata.notes_seen = self.page.services.responses.detail(self.page.detail.row.id).notes
            metadata.notes.document().setModified(True)
            self.page._failed(
                f"{exc}\n\n"
                + self.tr(
                    "Your text is still in the notes field; it replaces theirs when it is "
                    "saved (when you edit it or choose another response).",
                )
            )
            return
        except ServiceError as exc:
            self.page._failed(str(exc))
            return
        metadata.notes_seen = text.strip()
        self.page.list.model.update_row(row)

    def edit_party(self, party_id: int) -> None:
        if self.page.detail is None or self.page.consultation_id is None:
            return
        row = self.page.detail.row
        shown = next((p for p in row.parties if p.id == party_id), None)
        try:
            party = self.page.services.parties.get(party_id)
            contact = (
                self.page.services.parties.get(shown.contact_id)
                if shown is not None and shown.contact_id is not None
                else None
            )
            hints = [
                (s.organisation_id, s.text)
                for s in self.page.services.parties.suggestions(row.id)
                if s.person_id == party_id
            ]
            others = self.page.services.parties.all(self.page.consultation_id)
        except ServiceError as exc:
            self.page._failed(str(exc))
            return
        note = shown.note if shown is not None and shown.uncertain else ""
        dialog = PartyDialog(
            party, others, self.page, contact=contact, note=note, suggestions=hints
        )
        if dialog.exec() != PartyDialog.DialogCode.Accepted:
            return
        try:
            if dialog.action == PartyAction.MERGE and dialog.merge_into is not None:
                self.page.undo.push(
                    MergeParties(
                        self.page.services, self._after_merge, self.page._failed, row.id,
                        dialog.merge_into, party_id,
                    )
                )  # fmt: skip
                return
            if dialog.action == PartyAction.SPLIT:
                self.page.services.parties.split(party_id, row.id)
            elif dialog.action == PartyAction.LINK and dialog.link_to is not None:
                self.page.services.parties.link_as_contact(row.id, party_id, dialog.link_to)
            else:
                self.page.services.parties.update(party_id, **dialog.changed_values())
                changes = dialog.contact_values()
                if contact is not None and changes is not None:
                    self.page.services.parties.update(contact.id, **changes)
        except ServiceError as exc:
            self.page._failed(str(exc))
        self.page.reload(row.id)
        self.page.show_response(row.id)

    def _after_merge(self, response_id: int | None) -> None:
        """A merge (or its undo) changes every response of both senders: list and details."""
        self.page.reload(response_id)
        if response_id is not None:
            self.page.show_response(response_id)

    def confirm_senders(self) -> None:
        """The officer has looked: the senders are right as they stand."""
        if self.page.detail is None:
            return
        try:
            self.page.services.parties.confirm_response(self.page.detail.row.id)
        except ServiceError as exc:
            self.page._failed(str(exc))
            return
        self.page.refresh_response(self.page.detail.row.id)

    def add_party(self) -> None:
        if self.page.detail is None or self.page.consultation_id is None:
            return
        dialog = PartyDialog(None, [], self.page)
        if dialog.exec() != PartyDialog.DialogCode.Accepted:
            return
        try:
            self.page.services.parties.add_to_response(self.page.detail.row.id, **dialog.values())
        except ServiceError as exc:
            self.page._failed(str(exc))
        self.page.refresh_response(self.page.detail.row.id)

    def anonymise(self) -> None:
        """Replace the private sender(s) by a pseudonym everywhere, after a yes."""
        if self.page.detail is None:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Anonymise sender"),
            self.tr(
                "Replace the private sender's name, address, e-mail and phone with a pseudonym "
                "everywhere – in the text, the recommendations and the stored files? "
                "This cannot be undone. Backups made before still hold the data until they "
                "rotate out (daily copies after 7 days, weekly after 4 weeks).",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row, privacy = self.page.detail.row, self.page.services.privacy
        go, person = private_person_choice(self.page, row.parties)  # one taken for an organisation?
        if not go:
            return
        rid = row.id
        self._privacy_job(
            lambda _progress, _cancelled: privacy.anonymise(rid, person),
            self.tr("Anonymising the sender everywhere…"),
            self._anonymised,
        )

    def _privacy_job(self, job: Job, label: str, done: Callable[[Any], None]) -> None:
        """Run a privacy change off the GUI thread behind a modal progress dialog."""
        assert self.page.detail is not None
        self.privacy_response = self.page.detail.row.id
        self.privacy_job = BackgroundJob(job)
        self.privacy_job.finished.connect(done)
        self.privacy_job.failed.connect(self.page._failed)
        JobProgress(self.privacy_job, label, self.page, cancellable=False)
        self.privacy_job.start()

    def _after_privacy(self) -> None:
        assert self.privacy_response is not None
        self.page.undo.clear()  # earlier steps may point at text that no longer exists
        self.page.reload(self.privacy_response)
        self.page.show_response(self.privacy_response)

    @Slot(object)
    def _anonymised(self, pseudonyms: list[str]) -> None:
        self._after_privacy()
        self.page.status_message.emit(self.tr("Anonymised as {0}.").format(", ".join(pseudonyms)))

    def erase(self) -> None:
        """Erase the response's personal data, keeping its anonymised recommendations."""
        if self.page.detail is None:
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Erase personal data"),
            self.tr(
                "Erase all personal data in this response – senders' names and contact details, "
                "notes and the stored files? The anonymised text and recommendations are kept. "
                "This cannot be undone. Backups made before still hold the data until they "
                "rotate out (daily copies after 7 days, weekly after 4 weeks).",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rid, privacy = self.page.detail.row.id, self.page.services.privacy
        self._privacy_job(
            lambda _progress, _cancelled: privacy.erase(rid),
            self.tr("Erasing the personal data…"),
            self._erased,
        )

    @Slot(object)
    def _erased(self, _result: object) -> None:
        self._after_privacy()
        self.page.status_message.emit(self.tr("The personal data was erased."))

    def open_file(self, position: int) -> None:
        """Open a stored file with the system's default application."""
        if self.page.detail is None:
            return
        try:
            copy = open_stored_file(self.page.services, self.page.detail.row.id, position)
        except ServiceError as exc:
            self.page._failed(str(exc))
            return
        if copy is not None:
            self.page.status_message.emit(
                self.tr("No program could open {0}; a copy is in {1}.").format(
                    copy.name, copy.parent
                )
            )
