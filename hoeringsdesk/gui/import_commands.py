"""The main window's commands that bring responses in: files, folders, mailboxes, drops, and
opening an original file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.gui.files import open_stored_file
from hoeringsdesk.gui.import_flow import ImportFlow
from hoeringsdesk.gui.outlook_drop import has_outlook_files, save_outlook_files
from hoeringsdesk.services.errors import ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow


class ImportCommands(QObject):
    """One import at a time, off the GUI thread (``flow``); the pages learn of the new
    responses when it is done."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.flow: ImportFlow | None = None
        self.show_report = True  # the report dialog after an import (tests turn it off)

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import responses"),
            str(Path.home()),
            self.tr(
                "Responses (*.eml *.msg *.docx *.pdf *.txt *.html *.htm *.odt *.png *.jpg *.jpeg "
                "*.tif *.tiff);;All files (*)"
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder"), str(Path.home())
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> ImportFlow | None:
        """Import files and folders off the GUI thread; the list refreshes when done."""
        win = self.window
        if win.consultation_id is None or not paths or self._already_running():
            return None
        flow = ImportFlow(win.services, win.consultation_id, paths, win, self.show_report)
        flow.done.connect(self._done)
        self.flow = flow
        return flow

    def fetch_mailboxes(self) -> ImportFlow | None:
        """Hent fra postkasser: what is new in every mailbox of the consultation."""
        from hoeringsdesk.gui.fetch_flow import FetchFlow

        win, cid = self.window, self.window.consultation_id
        if cid is None or self._already_running():
            return None
        if not win.services.mailboxes.list(cid):
            QMessageBox.information(
                win,
                self.tr("Fetch from mailboxes"),
                self.tr(
                    "The consultation has no mailboxes yet. Add the mailboxes the responses "
                    "arrive in; then fetch again."
                ),
            )
            win.consultation_commands.edit_mailboxes()
            if not win.services.mailboxes.list(cid):
                return None
        flow = FetchFlow(win.services, cid, [], win, self.show_report)
        flow.done.connect(self._done)
        self.flow = flow
        return flow

    def accepts_drop(self, mime: QMimeData) -> bool:
        """Files, folders or Outlook mails dragged onto the window, with a consultation open."""
        return self.window.consultation_id is not None and (
            mime.hasUrls() or has_outlook_files(mime)
        )

    def drop(self, mime: QMimeData) -> bool:
        """Import what was dropped; False if there is nothing to import in it."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths and has_outlook_files(mime):
            self.import_outlook_drop(mime)
            return True
        if paths:
            self.import_paths(paths)
            return True
        return False

    def import_outlook_drop(self, mime: QMimeData) -> ImportFlow | None:
        """Mails dragged straight out of Outlook: imported as the .msg files they are."""
        dropped = save_outlook_files(mime)
        if dropped.problems:
            message = "\n".join(dropped.problems)
            if dropped.paths:
                self.window.statusBar().showMessage(message)
            else:
                QMessageBox.warning(self.window, self.tr("Import"), message)
        return self.import_paths(dropped.paths) if dropped.paths else None

    def open_original(self, response_id: int) -> None:
        try:
            copy = open_stored_file(self.window.services, response_id)
        except ServiceError as exc:
            QMessageBox.warning(self.window, "Høringsdesk", str(exc))
            return
        if copy is not None:
            self.window.statusBar().showMessage(
                self.tr("No program could open {0}; a copy is in {1}.").format(
                    copy.name, copy.parent
                )
            )

    def stop(self) -> None:
        if self.flow is not None:
            self.flow.stop()

    def _already_running(self) -> bool:
        if self.flow is None:
            return False
        self.window.statusBar().showMessage(self.tr("An import is already running."))
        return True

    def _done(self, _report: object) -> None:
        self.flow = None
        # The page in front lists or counts the new responses; the others when shown.
        self.window.refresh(Changes(responses=True))
