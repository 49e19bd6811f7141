"""Two officers' windows on one PostgreSQL database see each other's work by themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import open_app
from hoeringsdesk.gui.main_window import MainWindow
from tests.builders import section_id
from tests.gui.loading import response_shown


def window_for(qtbot: QtBot, url: str, user: str, tmp_path: Path) -> MainWindow:
    services = open_app(url, user=user)
    window = MainWindow(
        services, QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_two_windows_on_one_database(qtbot: QtBot, pg_url: str, tmp_path: Path) -> None:
    setup = open_app(pg_url, user="anne")
    cid = setup.demo.create()
    setup.close()
    anne = window_for(qtbot, pg_url, "anne", tmp_path)
    bo = window_for(qtbot, pg_url, "bo", tmp_path)
    try:
        rid = next(r.id for r in bo.workspace.list.model.all_rows() if r.number == 3)
        bo.workspace.list.select(rid)
        response_shown(bo.workspace, rid)

        def accepted() -> int:
            recs = bo.workspace.detail.recommendations
            return sum(1 for r in recs if r.status == "accepted")

        assert accepted() == 0  # the letter's points are only suggested
        text = anne.services.responses.detail(rid).text
        start = text.index("Jeg foreslår")
        anne.services.tagging.create(
            rid, start, start + 40, [section_id(anne.services, cid, "Princip C")]
        )
        qtbot.waitUntil(lambda: accepted() == 1, timeout=10_000)
        assert (
            bo.workspace.list.model.row_at(bo.workspace.list.model.row_of(rid)).recommendations == 1
        )
        anne.services.responses.update(rid, assigned_to="bo")
        qtbot.waitUntil(lambda: bo.workspace.detail.row.assigned_to == "bo", timeout=10_000)
        bo.workspace.list.mine.setChecked(True)
        assert [r.id for r in bo.workspace.list.model.visible_rows()] == [rid]
    finally:
        for window in (anne, bo):
            window.close()
            window.services.close()
