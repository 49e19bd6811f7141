"""The main window's commands on the store and the program: backup, restore, which database,
which language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from hoeringsdesk.gui.worker import BackgroundJob, JobProgress

if TYPE_CHECKING:
    from hoeringsdesk.gui.main_window import MainWindow


class StoreCommands(QObject):
    """Backups run off the GUI thread (``backup_job``); a restore is handed to the launcher
    through the window's ``restore_requested``; the database and language apply next start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_job: BackgroundJob | None = None

    def make_backup(self) -> None:
        from datetime import date

        suggested = Path.home() / f"hoeringsdesk-sikkerhedskopi-{date.today():%Y-%m-%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Backup"),
            str(suggested),
            self.tr("Høringsdesk backups (*.sqlite3)"),
        )
        if not path:
            return
        target = Path(path)
        backups = self.window.services.backups
        self.backup_job = BackgroundJob(lambda _progress, _cancelled: backups.backup_to(target))
        self.backup_job.finished.connect(self._backup_done)
        self.backup_job.failed.connect(self._backup_failed)
        JobProgress(
            self.backup_job,
            self.tr("Making and checking the backup…"),
            self.window,
            title=self.tr("Backup"),
            cancellable=False,
        )
        self.backup_job.start()

    def _backup_done(self, copy: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Backup saved and checked: {0}").format(copy))

    def _backup_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Backup"), message)

    def restore_backup(self) -> None:
        folder = self.window.services.backups.folder or Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(folder),
            self.tr("Høringsdesk backups (*.sqlite3)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in the store with the backup {0}? The current content is "
                "saved as a backup first."
            ).format(Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.restore_requested.emit(Path(path))

    def choose_database(self) -> None:
        """Save which database to open: the local file, or a team's PostgreSQL server."""
        win = self.window
        current = str(win.settings.value("database/url", "") or "")
        store = win.services.store
        where = str(store.path) if store.path else store.url.render_as_string(hide_password=True)
        now = (
            self.tr("Open now (read-only): {0}") if store.read_only else self.tr("Open now: {0}")
        ).format(where)
        url, ok = QInputDialog.getText(
            win,
            self.tr("Database"),
            now
            + "\n\n"
            + self.tr(
                "Leave empty for the default (the local database, or the one IT has preset "
                "for this computer), or give the team's server, e.g.\n"
                "postgresql+psycopg://user:password@server/hoeringsdesk\n"
                "(used from the next start; --db and HOERINGSDESK_DB still win):"
            ),
            text=current,
        )
        if ok:
            win.settings.setValue("database/url", url.strip())
            win.statusBar().showMessage(
                self.tr("Saved; the database changes the next time Høringsdesk starts.")
            )

    def set_language(self, code: str) -> None:
        self.window.settings.setValue("language", code)
        QMessageBox.information(
            self.window,
            "Høringsdesk",
            self.tr("The language changes the next time Høringsdesk starts."),
        )

    def stop(self) -> None:
        """Wait for a backup under way (the window is closing)."""
        if self.backup_job is not None:
            self.backup_job.wait(deliver=False)
