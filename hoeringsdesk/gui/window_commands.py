"""The main window's commands: moving between pages, consultations, imports, export, backup
and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hoeringsdesk.gui.consultation_dialog import ConsultationDialog
from hoeringsdesk.gui.files import open_stored_file
from hoeringsdesk.gui.import_flow import ImportFlow
from hoeringsdesk.gui.outlook_drop import has_outlook_files, save_outlook_files
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress
from hoeringsdesk.services.errors import ServiceError


class WindowCommands:
    """Mixed into MainWindow; its strings keep the MainWindow translation context."""

    import_flow: ImportFlow | None
    backup_job: BackgroundJob | None
    _back_to: QWidget | None

    # --- moving between pages ---

    def show_passage_from_review(self, response_id: int, rec_id: int) -> None:
        """Trace a recommendation to its passage; Alt+Left goes back to the review."""
        self._went_from(self.review)
        self.workspace.show_passage(response_id, rec_id)

    def _went_from(self, page: QWidget) -> None:
        """To the responses from ``page``; "← Back" (Alt+Left) returns to it."""
        self.tabs.setCurrentWidget(self.workspace)
        self._back_to = page
        self.back_action.setText(
            QCoreApplication.translate("MainWindow", "← Back to the overview")
            if page is self.overview
            else QCoreApplication.translate("MainWindow", "← Back to the review")
        )
        self.back_action.setVisible(True)

    def back_to_review(self) -> None:
        """Back to the page the officer came from (the review, or the overview)."""
        self.tabs.setCurrentWidget(self._back_to or self.review)
        self.back_action.setVisible(False)

    def go_to_gap(self, gap: object) -> None:
        """From the completeness check to the response or recommendation concerned."""
        from hoeringsdesk.domain.records import Gap

        if not isinstance(gap, Gap) or gap.response_id is None:
            return
        self._went_from(self.overview)
        if gap.recommendation_id is not None:
            self.workspace.show_passage(gap.response_id, gap.recommendation_id)
        else:
            self.workspace.show_passage_response(gap.response_id)

    # --- consultations ---

    def new_consultation(self) -> None:
        dialog = ConsultationDialog(None, self)
        if dialog.exec() != ConsultationDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            info = self.services.consultations.create(
                values.pop("title"), values.pop("deadline"), **values
            )
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "New consultation"), str(exc)
            )
            return
        self.reload_consultations(info.id)

    def edit_consultation(self) -> None:
        if self.consultation_id is None:
            return
        dialog = ConsultationDialog(
            self.services.consultations.get(self.consultation_id),
            self,
            self.services.consultations.invited_status(self.consultation_id),
        )
        if dialog.exec() != ConsultationDialog.DialogCode.Accepted:
            return
        try:
            self.services.consultations.update(self.consultation_id, **dialog.values())
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Consultation settings"), str(exc)
            )
            return
        self.reload_consultations(self.consultation_id)

    def create_demo(self) -> None:
        self.reload_consultations(self.services.demo.create())

    def import_draft(self) -> None:
        if self.consultation_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import draft"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Drafts (*.docx *.md *.txt *.odt)"),
        )
        if path:
            self.import_draft_file(Path(path))

    def import_draft_file(self, path: Path) -> bool:
        assert self.consultation_id is not None
        try:
            self.services.drafts.import_file(self.consultation_id, path.name, path.read_bytes())
        except (ServiceError, OSError) as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Import draft"), str(exc)
            )
            return False
        self.refresh()
        return True

    def open_original(self, response_id: int) -> None:
        try:
            copy = open_stored_file(self.services, response_id)
        except ServiceError as exc:
            QMessageBox.warning(self, "Høringsdesk", str(exc))
            return
        if copy is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "No program could open {0}; a copy is in {1}."
                ).format(copy.name, copy.parent)
            )

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("MainWindow", "Import responses"),
            str(Path.home()),
            QCoreApplication.translate(
                "MainWindow",
                "Responses (*.eml *.msg *.docx *.pdf *.txt *.html *.htm *.odt *.png *.jpg *.jpeg "
                "*.tif *.tiff);;All files (*)",
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("MainWindow", "Import a folder"), str(Path.home())
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> ImportFlow | None:
        """Import files and folders off the GUI thread; the list refreshes when done."""
        if self.consultation_id is None or not paths:
            return None
        if self.import_flow is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "An import is already running.")
            )
            return None
        flow = ImportFlow(self.services, self.consultation_id, paths, self, self.show_import_report)
        flow.done.connect(self._import_done)
        self.import_flow = flow
        return flow

    def fetch_mailboxes(self) -> ImportFlow | None:
        """Hent fra postkasser: what is new in every mailbox of the consultation."""
        from hoeringsdesk.gui.fetch_flow import FetchFlow

        if self.consultation_id is None:
            return None
        if self.import_flow is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "An import is already running.")
            )
            return None
        if not self.services.mailboxes.list(self.consultation_id):
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Fetch from mailboxes"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The consultation has no mailboxes yet. Add the mailboxes the responses "
                    "arrive in; then fetch again.",
                ),
            )
            self.edit_mailboxes()
            if not self.services.mailboxes.list(self.consultation_id):
                return None
        flow = FetchFlow(self.services, self.consultation_id, [], self, self.show_import_report)
        flow.done.connect(self._import_done)
        self.import_flow = flow
        return flow

    def edit_mailboxes(self) -> None:
        from hoeringsdesk.gui.mailbox_dialog import MailboxesDialog

        if self.consultation_id is not None:
            MailboxesDialog(self.services, self.consultation_id, self).exec()

    def _import_done(self, report: object) -> None:
        self.import_flow = None
        win: Any = self  # the main window this is mixed into
        win.workspace.reload()
        if win.tabs.currentWidget() is not win.workspace:
            # The page in front (the overview, the review) counts the new responses too.
            win._page_changed(win.tabs.currentIndex())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.consultation_id is not None and (mime.hasUrls() or has_outlook_files(mime)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths and has_outlook_files(mime):
            event.acceptProposedAction()
            self.import_outlook_drop(mime)
            return
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_outlook_drop(self, mime: QMimeData) -> ImportFlow | None:
        """Mails dragged straight out of Outlook: imported as the .msg files they are."""
        dropped = save_outlook_files(mime)
        if dropped.problems:
            message = "\n".join(dropped.problems)
            if dropped.paths:
                self.statusBar().showMessage(message)
            else:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "Import"), message
                )
        return self.import_paths(dropped.paths) if dropped.paths else None

    def export(self) -> None:
        from hoeringsdesk.gui.export_dialog import ExportDialog

        if self.consultation_id is not None:
            self.review.editor.flush()
            ExportDialog(self.services, self.consultation_id, self, self.settings).exec()

    def show_due(self) -> None:
        from hoeringsdesk.gui.due_dialog import DueDialog

        DueDialog(self.services, self).exec()
        self.refresh()

    def make_backup(self) -> None:
        from datetime import date

        suggested = Path.home() / f"hoeringsdesk-sikkerhedskopi-{date.today():%Y-%m-%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Backup"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "Høringsdesk backups (*.sqlite3)"),
        )
        if not path:
            return
        target = Path(path)
        backups = self.services.backups
        self.backup_job = BackgroundJob(lambda _progress, _cancelled: backups.backup_to(target))
        self.backup_job.finished.connect(self._backup_done)
        self.backup_job.failed.connect(self._backup_failed)
        JobProgress(
            self.backup_job,
            QCoreApplication.translate("MainWindow", "Making and checking the backup…"),
            self,
            title=QCoreApplication.translate("MainWindow", "Backup"),
            cancellable=False,
        )
        self.backup_job.start()

    def _backup_done(self, copy: Path) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backup saved and checked: {0}").format(copy)
        )

    def _backup_failed(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Backup"), message)

    def restore_backup(self) -> None:
        folder = self.services.backups.folder or Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Restore from backup"),
            str(folder),
            QCoreApplication.translate("MainWindow", "Høringsdesk backups (*.sqlite3)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Restore from backup"),
            QCoreApplication.translate(
                "MainWindow",
                "Replace everything in the store with the backup {0}? The current content is "
                "saved as a backup first.",
            ).format(Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(Path(path))

    def choose_database(self) -> None:
        """Save which database to open: the local file, or a team's PostgreSQL server."""
        from PySide6.QtWidgets import QInputDialog

        current = str(self.settings.value("database/url", "") or "")
        store = self.services.store
        where = str(store.path) if store.path else store.url.render_as_string(hide_password=True)
        now = (
            QCoreApplication.translate("MainWindow", "Open now (read-only): {0}")
            if store.read_only
            else QCoreApplication.translate("MainWindow", "Open now: {0}")
        ).format(where)
        url, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "Database"),
            now
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "Leave empty for the default (the local database, or the one IT has preset "
                "for this computer), or give the team's server, e.g.\n"
                "postgresql+psycopg://user:password@server/hoeringsdesk\n"
                "(used from the next start; --db and HOERINGSDESK_DB still win):",
            ),
            text=current,
        )
        if ok:
            self.settings.setValue("database/url", url.strip())
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Saved; the database changes the next time Høringsdesk starts."
                )
            )

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(
            self,
            "Høringsdesk",
            QCoreApplication.translate(
                "MainWindow", "The language changes the next time Høringsdesk starts."
            ),
        )
