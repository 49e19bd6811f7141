"""GUI fixtures: a QSettings file per test and a main window on the test's store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.launch import install_translators
from hoeringsdesk.gui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def danish(qapp):  # type: ignore[no-untyped-def]
    """The GUI tests run in the default language, Danish."""
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(
    qtbot: QtBot, services: Services, qsettings: QSettings
) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(services, qsettings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
