"""GUI fixtures: a QSettings file per test, a main window on the test's store, a recorder of
the dialogs shown, and no background job left running."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.launch import install_translators
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.worker import running_jobs, stop_all
from tests.gui.dialogs import ShownDialogs
from tests.gui.loading import response_shown


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
        window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small
        window.resize(1366, 768)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        response_shown(window.workspace)  # the first response, read off the GUI thread
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def shown_dialogs() -> Iterator[ShownDialogs]:
    """Every message box and dialog shown during the test, answered Yes/OK/Close."""
    recorder = ShownDialogs()
    yield recorder
    recorder.close()


@pytest.fixture(autouse=True)
def no_job_left_running() -> Iterator[None]:
    """A test leaves no background job running (its thread would outlive the window)."""
    yield
    left = running_jobs()
    stop_all()
    assert not left, f"{len(left)} background job(s) were still running after the test"
