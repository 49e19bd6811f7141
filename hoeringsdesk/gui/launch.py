"""Start the GUI: application object, language, error handling, store and main window."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.paths import resources_dir

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


def run_gui(target: str) -> int:
    """Open the store and show the main window until it is closed."""
    from hoeringsdesk.app import StoreError, open_app
    from hoeringsdesk.gui.main_window import MainWindow

    app = application()
    install_translators(app)
    sys.excepthook = _excepthook
    try:
        services = open_app(target)
    except StoreError as exc:
        QMessageBox.critical(None, "Høringsdesk", str(exc))
        return 1
    window = MainWindow(services, settings())
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
