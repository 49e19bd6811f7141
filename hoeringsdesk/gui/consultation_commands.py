"""The main window's commands on the consultation itself: create, settings, draft, mailboxes,
personal data due for deletion, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hoeringsdesk.gui.consultation_dialog import ConsultationDialog
from hoeringsdesk.services.errors import ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow


class ConsultationCommands(QObject):
    """Menu Høring (and File → Import draft, Export): each asks, calls one service, and has
    the window show the result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_consultation(self) -> None:
        win = self.window
        dialog = ConsultationDialog(None, win)
        if dialog.exec() != ConsultationDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            info = win.services.consultations.create(
                values.pop("title"), values.pop("deadline"), **values
            )
        except ServiceError as exc:
            QMessageBox.warning(win, self.tr("New consultation"), str(exc))
            return
        win.reload_consultations(info.id)

    def edit_consultation(self) -> None:
        win, cid = self.window, self.window.consultation_id
        if cid is None:
            return
        consultations = win.services.consultations
        dialog = ConsultationDialog(consultations.get(cid), win, consultations.invited_status(cid))
        if dialog.exec() != ConsultationDialog.DialogCode.Accepted:
            return
        try:
            consultations.update(cid, **dialog.values())
        except ServiceError as exc:
            QMessageBox.warning(win, self.tr("Consultation settings"), str(exc))
            return
        win.reload_consultations(cid)

    def create_demo(self) -> None:
        self.window.reload_consultations(self.window.services.demo.create())

    def import_draft(self) -> None:
        if self.window.consultation_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import draft"),
            str(Path.home()),
            self.tr("Drafts (*.docx *.md *.txt *.odt)"),
        )
        if path:
            self.import_draft_file(Path(path))

    def import_draft_file(self, path: Path) -> bool:
        win = self.window
        assert win.consultation_id is not None
        try:
            win.services.drafts.import_file(win.consultation_id, path.name, path.read_bytes())
        except (ServiceError, OSError) as exc:
            QMessageBox.warning(win, self.tr("Import draft"), str(exc))
            return False
        win.reload_pages()
        return True

    def edit_mailboxes(self) -> None:
        from hoeringsdesk.gui.mailbox_dialog import MailboxesDialog

        win = self.window
        if win.consultation_id is not None:
            MailboxesDialog(win.services, win.consultation_id, win).exec()

    def show_due(self) -> None:
        from hoeringsdesk.gui.due_dialog import DueDialog

        DueDialog(self.window.services, self.window).exec()
        self.window.reload_pages()

    def export(self) -> None:
        from hoeringsdesk.gui.export_dialog import ExportDialog

        win = self.window
        if win.consultation_id is not None:
            win.flush_pages()
            ExportDialog(win.services, win.consultation_id, win, win.settings).exec()

    def review_redaction(self) -> None:
        """Fil → Gennemse anonymisering: what the public variant hides, and decisions on it."""
        from hoeringsdesk.gui.redaction_dialog import RedactionDialog

        win = self.window
        if win.consultation_id is not None:
            win.flush_pages()
            RedactionDialog(win.services, win.consultation_id, win).exec()
