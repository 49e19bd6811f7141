"""Start the GUI: application object, language, error handling, store and main window."""

from __future__ import annotations

import os
import sys
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress, stop_all
from hoeringsdesk.paths import resources_dir
from hoeringsdesk.services.large_reads import freeze_lasting

ORGANISATION = "Hoeringsdesk"
APPLICATION = "Hoeringsdesk"
LANGUAGES = ("da", "en")


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load our own and Qt's translations for the chosen language (Danish by default)."""
    language = language or str(settings().value("language", "da"))
    if language not in LANGUAGES:
        language = "da"
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"hoeringsdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Høringsdesk")
    return app


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: logged with the traceback, shown as a plain dialog; work is kept."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    path = log_unexpected(exc.with_traceback(tb))
    QMessageBox.critical(
        None,
        "Høringsdesk",
        QApplication.translate(
            "Launch",
            "Something unexpected went wrong: {0}\n\nYour work up to the last change is saved. "
            "Details were written to {1}.",
        ).format(exc, path),
    )


def open_services(target: str, parent=None, chosen: bool = False):  # type: ignore[no-untyped-def]
    """Open the store for the window; when someone else holds it, ask what to do. A store
    whose file or folder may not be written is opened read-only, and the officer told so.
    ``chosen``: the officer chose this place in the window (its folder may be created)."""
    from hoeringsdesk.app import StoreError, StoreLocked, StoreReadOnly, open_app

    try:
        return open_app(target, auto_backup=True, create_folder=chosen or None)
    except StoreReadOnly as exc:
        try:
            services = open_app(target, read_only=True)
        except StoreError as again:
            QMessageBox.critical(parent, "Høringsdesk", str(again))
            return None
        services.store.notices.append(
            f"{exc} " + QApplication.translate("Launch", "It has been opened read-only.")
        )
        return services
    except StoreLocked as locked:
        box = QMessageBox(QMessageBox.Icon.Warning, "Høringsdesk", str(locked), parent=parent)
        read_only = box.addButton(
            QApplication.translate("Launch", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        take_over = (
            box.addButton(
                QApplication.translate("Launch", "Take over the lock"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            if locked.stale
            else None
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        try:
            if box.clickedButton() is read_only:
                return open_app(target, read_only=True)
            if take_over is not None and box.clickedButton() is take_over:
                return open_app(target, take_over=True, auto_backup=True)
        except (StoreError, StoreLocked) as exc:
            QMessageBox.critical(parent, "Høringsdesk", str(exc))
        return None
    except StoreError as exc:
        QMessageBox.critical(parent, "Høringsdesk", str(exc))
        return None


class Session(QObject):
    """The open store and its window; a restore closes both and opens them again."""

    def __init__(self, target: str, chosen: bool = False) -> None:
        super().__init__()
        self.target = target
        self.chosen = chosen
        self.services = None
        self.window = None
        self.restore_job: BackgroundJob | None = None
        self._old_window = None

    def open(self) -> bool:
        from hoeringsdesk.gui.main_window import MainWindow

        self.services = open_services(self.target, self.window, self.chosen)
        if self.services is None:
            return False
        self.window = MainWindow(self.services, settings())
        self.window.restore_requested.connect(self.restore)
        self.window.show()
        freeze_lasting()  # every full collection after this is half as long a pause
        for notice in self.services.store.notices:
            QMessageBox.information(self.window, "Høringsdesk", notice)
        return True

    def restore(self, source: object) -> None:
        """Close the store, restore the backup off the GUI thread, then open it again."""
        from pathlib import Path

        from hoeringsdesk.services.backups import restore_store

        assert self.services is not None and self.window is not None
        path = self.services.store.path
        if path is None or self.restore_job is not None:
            return
        old_window = self._old_window = self.window
        old_window.prepare_for_restore()
        stop_all()
        self.services.close()
        backup = Path(str(source))
        self.restore_job = BackgroundJob(lambda _p, _c: restore_store(path, backup))
        self.restore_job.finished.connect(self._restored)
        self.restore_job.failed.connect(self._restore_failed)
        JobProgress(
            self.restore_job,
            QApplication.translate("Launch", "Restoring from the backup…"),
            old_window,
            title="Høringsdesk",
            cancellable=False,
        )
        self.restore_job.start()

    def _restored(self, safety: object) -> None:
        self._reopen(safety)

    def _restore_failed(self, message: str) -> None:
        QMessageBox.critical(self._old_window, "Høringsdesk", message)
        self._reopen(None)

    def _reopen(self, safety: object) -> None:
        old_window, self._old_window = self._old_window, None
        self.restore_job = None
        opened = self.open()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if opened and safety is not None:
            QMessageBox.information(
                self.window,
                "Høringsdesk",
                QApplication.translate(
                    "Launch", "The store was restored. The previous content is kept in {0}."
                ).format(safety),
            )

    def close(self) -> None:
        stop_all()
        if self.services is not None:
            self.services.close()


def _gui_target(cli_value: str | None) -> tuple[str, bool]:
    """The target — --db, then HOERINGSDESK_DB, then the connection saved in the settings,
    then the machine-wide preset, then the default local store — and whether the officer
    chose it in the window (the saved setting)."""
    from hoeringsdesk.paths import ENV_DB, store_target

    saved = str(settings().value("database/url", "") or "").strip()
    chosen = bool(saved) and not (cli_value or os.environ.get(ENV_DB, "").strip())
    return store_target(cli_value, saved), chosen


def run_gui(cli_value: str | None = None) -> int:
    """Open the store and show the main window until it is closed."""
    from hoeringsdesk.paths import PresetError

    app = application()
    install_translators(app)
    sys.excepthook = _excepthook
    try:
        target, chosen = _gui_target(cli_value)
    except PresetError as exc:
        QMessageBox.critical(None, "Høringsdesk", str(exc))
        return 1
    session = Session(target, chosen)
    if not session.open():
        return 1
    try:
        return app.exec()
    finally:
        session.close()
