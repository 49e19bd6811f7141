"""The main window's commands for responses entered by hand and for editing a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from hoeringsdesk.gui.manual_dialogs import (
    EditText,
    EditTextDialog,
    ManualEntryFlow,
    NewResponseDialog,
)
from hoeringsdesk.services.errors import ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow


class ManualCommands(QObject):
    """Nyt høringssvar (registered off the GUI thread, ``flow``) and Rediger tekst (one
    undoable change on the window's undo stack)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.flow: ManualEntryFlow | None = None
        self.dialog: NewResponseDialog | None = None

    def new_response(self) -> NewResponseDialog | None:
        """Ask for a response entered by hand and register it off the GUI thread."""
        win = self.window
        if win.consultation_id is None:
            return None
        dialog = NewResponseDialog(win)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog
        try:
            entry = dialog.entry()
        except ServiceError as exc:
            QMessageBox.warning(win, self.tr("New response"), str(exc))
            return dialog
        flow = ManualEntryFlow(win.services, win.consultation_id, entry, win)
        flow.done.connect(self._done)
        self.flow = flow
        return dialog

    def _done(self, response_id: object) -> None:
        win = self.window
        self.flow = None
        win.workspace.reload()
        if isinstance(response_id, int):
            win.workspace.show_passage_response(response_id)
            win.statusBar().showMessage(self.tr("The response is registered."))

    def edit_response_text(self) -> None:
        """Correct the shown response's text (or type it in) as one undoable change."""
        win = self.window
        detail = win.workspace.detail
        if detail is None:
            win.statusBar().showMessage(self.tr("Choose a response in the list first."))
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
        QMessageBox.information(self.window, self.tr("Edit response text"), message)
