"""Hjælp → Om Høringsdesk: the version from the package metadata and the open database."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.gui.about import AboutDialog
from hoeringsdesk.gui.main_window import MainWindow
from tests.gui.dialogs import DialogDriver


def test_help_about_shows_version_and_store(
    make_window: Callable[[], MainWindow], store_path: Path
) -> None:
    window = make_window()
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Hjælp" in menus
    about = [a for a in menus["&Hjælp"].actions() if a.text() == "&Om Høringsdesk…"]
    assert about == [window.about_action]
    seen: dict[str, str] = {}

    def read(dialog: AboutDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["heading"] = dialog.title.text()
        seen["details"] = dialog.details.text()

    with DialogDriver(AboutDialog, read):
        window.about_action.trigger()
    version = metadata.version("hoeringsdesk")
    assert seen["title"] == "Om Høringsdesk"
    assert f"Høringsdesk {version}" in seen["heading"]
    assert f"<td>{version}</td>" in seen["details"]
    assert str(store_path.resolve()) in seen["details"]
    assert "Licens" in seen["details"] and "GPL-3.0-or-later" in seen["details"]


def test_a_broken_preset_stops_the_window_with_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from hoeringsdesk.gui import launch

    preset = tmp_path / "etc" / "Hoeringsdesk" / "hoeringsdesk.ini"
    preset.parent.mkdir(parents=True)
    preset.write_text("[database\nurl = x\n", "utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.delenv("HOERINGSDESK_DB", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen: list[str] = []
    with DialogDriver(QMessageBox, lambda box: seen.append(box.text())):
        assert launch.run_gui(None) == 1
    assert seen and seen[0].startswith(f"Den fælles opsætning {preset} er ikke en gyldig")
