"""The Qt part of `hoeringsdesk selfcheck`: the Danish translations load and translate."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from hoeringsdesk.paths import resources_dir

# A string of each catalogue that must come out Danish: (context, source).
OURS = ("MainWindow", "&File")
QTBASE = ("QPlatformTheme", "Cancel")


def check_translations() -> str:
    """Load Høringsdesk's and Qt's Danish catalogues as the window does, and translate one
    string from each; raise when a catalogue is missing or does not translate."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    found, problems = [], []
    for name, folder, (context, source) in (
        ("hoeringsdesk_da", str(resources_dir() / "translations"), OURS),
        ("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), QTBASE),
    ):
        translator = QTranslator()
        if not translator.load(name, folder):
            problems.append(f"{name}.qm findes ikke i {folder}")
            continue
        app.installTranslator(translator)
        try:
            text = QCoreApplication.translate(context, source)
        finally:
            app.removeTranslator(translator)
        if not text or text == source:
            problems.append(f"{name}.qm oversætter ikke '{source}'")
        else:
            found.append(f"{name} ('{source}' → '{text}')")
    if problems:
        raise RuntimeError("; ".join(problems))
    return ", ".join(found)
