"""The main window's commands for responses entered by hand and for editing a text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from hoeringsdesk.gui.manual_dialogs import (
    EditText,
    EditTextDialog,
    ManualEntryFlow,
    NewResponseDialog,
)
from hoeringsdesk.services.errors import ServiceError


class ManualCommands:
    """Nyt høringssvar and Rediger tekst, mixed into the main window (whose services,
    consultation, workspace and undo stack they use)."""

    manual_flow: ManualEntryFlow | None = None
    manual_dialog: NewResponseDialog | None = None

    def new_response(self) -> NewResponseDialog | None:
        """Ask for a response entered by hand and register it off the GUI thread."""
        win: Any = self
        if win.consultation_id is None:
            return None
        dialog = NewResponseDialog(win)
        self.manual_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog
        try:
            entry = dialog.entry()
        except ServiceError as exc:
            QMessageBox.warning(
                win, QCoreApplication.translate("MainWindow", "New response"), str(exc)
            )
            return dialog
        flow = ManualEntryFlow(win.services, win.consultation_id, entry, win)
        flow.done.connect(self._manual_done)
        self.manual_flow = flow
        return dialog

    def _manual_done(self, response_id: object) -> None:
        win: Any = self
        self.manual_flow = None
        win.workspace.reload()
        if isinstance(response_id, int):
            win.workspace.show_passage_response(response_id)
            win.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The response is registered.")
            )

    def edit_response_text(self) -> None:
        """Correct the shown response's text (or type it in) as one undoable change."""
        win: Any = self
        detail = win.workspace.detail
        if detail is None:
            win.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Choose a response in the list first.")
            )
            return
        dialog = EditTextDialog(detail.text, win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.editor.toPlainText()
        if text == detail.text:
            return
        command = EditText(
            win.services,
            win.workspace.refresh_response,
            self._tell_edit,
            detail.row.id,
            text,
            detail.version,
        )
        win.undo.push(command)

    def _tell_edit(self, message: str) -> None:
        win: Any = self
        QMessageBox.information(
            win, QCoreApplication.translate("MainWindow", "Edit response text"), message
        )
