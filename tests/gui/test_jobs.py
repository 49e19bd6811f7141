"""Each background job driven through the window as an officer starts it: import, backup,
restore, anonymise, erase and the team-mode refresh. The message boxes and report dialogs
they bring up are the real ones, recorded with the thread that showed them."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.gui import launch
from hoeringsdesk.gui.due_dialog import DueDialog
from hoeringsdesk.gui.import_flow import ImportReportDialog
from hoeringsdesk.gui.launch import Session
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.samples.demo_set import demo_files
from tests.builders import section_id
from tests.gui.dialogs import DialogDriver, ShownDialogs
from tests.gui.loading import loaded, response_shown


def only_on_gui_thread(recorder: ShownDialogs) -> None:
    assert recorder.shown and all(s.on_gui_thread for s in recorder.shown), recorder.shown


def choose_file(path: Path):  # type: ignore[no-untyped-def]
    """Answer Qt's own file dialog with a file name, as typed by the officer."""

    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return act


def test_import_reports_on_the_gui_thread(
    make_window, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create(with_responses=False)
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    for name, data in demo_files()[:4]:
        (inbox / name).write_bytes(data)
    window = make_window()
    recorder = ShownDialogs(kinds=(QMessageBox, ImportReportDialog))
    try:
        flow = window.imports.import_paths([inbox])
        assert flow is not None
        with qtbot.waitSignal(flow.done, timeout=120_000):
            pass
    finally:
        recorder.close()
    (report,) = recorder.shown
    assert report.kind == "ImportReportDialog" and report.on_gui_thread
    assert report.title == "Importrapport"
    assert window.imports.flow is None and window.workspace.list.model.rowCount() >= 3


def test_an_import_on_the_overview_is_counted_there_at_once(
    make_window, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Imported while Overblik is in front: its numbers move when the import ends, not at
    the next look for colleagues' changes."""
    cid = services.demo.create(with_responses=False)
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    for name, data in demo_files()[:3]:
        (inbox / name).write_bytes(data)
    window = make_window()
    window.tabs.setCurrentWidget(window.overview)
    loaded(qtbot, window.overview)
    assert window.overview.numbers["responses"].text() == "0"
    window.poller.timer.stop()  # only the import's own ending may refresh the page
    recorder = ShownDialogs(kinds=(QMessageBox, ImportReportDialog))
    try:
        flow = window.imports.import_paths([inbox])
        assert flow is not None
        with qtbot.waitSignal(flow.done, timeout=120_000):
            pass
    finally:
        recorder.close()
    registered = services.review.overview(cid).responses
    loaded(qtbot, window.overview)  # read off the GUI thread when the import ended
    assert registered > 0 and window.overview.numbers["responses"].text() == str(registered)


def test_a_failed_import_is_told_on_the_gui_thread(
    make_window, qtbot: QtBot, services: Services, demo_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    (name, data) = demo_files()[0]
    (tmp_path / name).write_bytes(data)
    window.consultation_id = demo_id + 1000  # e.g. a colleague removed it meanwhile
    recorder = ShownDialogs(kinds=(QMessageBox, ImportReportDialog))
    try:
        flow = window.imports.import_paths([tmp_path / name])
        assert flow is not None
        with qtbot.waitSignal(flow.done, timeout=60_000):
            pass
    finally:
        recorder.close()
    (shown,) = recorder.shown
    assert shown.kind == "QMessageBox" and shown.on_gui_thread and "findes ikke" in shown.text


def test_backup_through_the_file_dialog(
    make_window, qtbot: QtBot, services: Services, demo_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    target = tmp_path / "kopi.sqlite3"
    with DialogDriver(QFileDialog, choose_file(target)):
        window.backup_action.trigger()
    assert window.store_commands.backup_job is not None
    qtbot.waitUntil(lambda: window.store_commands.backup_job.done, timeout=60_000)
    assert target.exists() and "kontrolleret" in window.statusBar().currentMessage()


def test_a_failed_backup_is_told_on_the_gui_thread(
    make_window, qtbot: QtBot, services: Services, demo_id: int, shown_dialogs: ShownDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert services.store.path is not None
    with DialogDriver(QFileDialog, choose_file(services.store.path)):
        window.backup_action.trigger()  # onto the store itself (Qt asks first): refused
    qtbot.waitUntil(lambda: len(shown_dialogs.shown) == 2, timeout=60_000)
    only_on_gui_thread(shown_dialogs)
    replace, refused = shown_dialogs.texts()
    assert "erstatte" in replace and "oven i selve databasen" in refused


def test_restore_from_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_dialogs: ShownDialogs
) -> None:
    monkeypatch.setattr(
        launch,
        "settings",
        lambda: launch.QSettings(str(tmp_path / "s.ini"), launch.QSettings.Format.IniFormat),
    )
    session = Session(str(tmp_path / "h.sqlite3"))
    assert session.open()
    window = session.window
    window.services.demo.create(with_responses=False)
    copy = window.services.backups.backup_to(tmp_path / "kopi.sqlite3")
    window.services.consultations.create(
        "Efter kopien", window.services.consultations.list()[0].deadline
    )
    window.restore_requested.emit(copy)
    qtbot.waitUntil(
        lambda: session.window is not window and bool(shown_dialogs.shown), timeout=60_000
    )
    only_on_gui_thread(shown_dialogs)
    assert "gendannet" in shown_dialogs.texts()[-1]
    titles = [c.title for c in session.window.services.consultations.list()]
    assert "Efter kopien" not in titles and len(titles) == 1
    session.window.close()
    session.close()


def test_anonymise_and_erase_from_the_details_panel(
    make_window, qtbot: QtBot, services: Services, full_demo_id: int, shown_dialogs: ShownDialogs
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    ws = window.workspace
    rid = next(r.id for r in ws.list.model.all_rows() if r.number == 3)
    ws.list.select(rid)
    response_shown(ws, rid)
    assert ws.metadata.anonymise_button.isEnabled()
    ws.metadata.anonymise_button.click()
    qtbot.waitUntil(lambda: ws.detail.row.sender_display.startswith("Privatperson"), timeout=60_000)
    assert "Peter Madsen" not in ws.reader.toPlainText()
    assert "Anonymiseret som Privatperson" in window.statusBar().currentMessage()
    ws.metadata.erase_button.click()
    qtbot.waitUntil(lambda: "slettet" in window.statusBar().currentMessage(), timeout=60_000)
    (asked_anonymise, asked_erase) = shown_dialogs.shown
    only_on_gui_thread(shown_dialogs)
    assert "pseudonym" in asked_anonymise.text and "Slet" in asked_erase.text
    assert services.responses.detail(rid).files == ()


def test_erase_a_due_consultation_from_its_dialog(
    qtbot: QtBot, services: Services, full_demo_id: int, shown_dialogs: ShownDialogs
) -> None:
    services.consultations.update(full_demo_id, delete_after=date.today() - timedelta(days=1))
    dialog = DueDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: not dialog.erase_button.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=60_000)
    only_on_gui_thread(shown_dialogs)
    assert services.privacy.due() == []
    assert dialog.list.item(0).text() == "Intet skal slettes nu."


def test_team_refresh_reads_off_the_gui_thread(
    qtbot: QtBot,
    store_path: Path,
    services: Services,
    full_demo_id: int,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_from: list[bool] = []
    real_last_change = services.audit.last_change

    def last_change(consultation_id: int) -> int:  # observed, not replaced: it still reads
        looked_from.append(threading.get_ident() == threading.main_thread().ident)
        return real_last_change(consultation_id)

    real_changes_since = services.audit.changes_since

    def changes_since(consultation_id: int, token: int) -> tuple[int, Changes]:  # observed too
        looked_from.append(threading.get_ident() == threading.main_thread().ident)
        return real_changes_since(consultation_id, token)

    monkeypatch.setattr(services.audit, "last_change", last_change)
    monkeypatch.setattr(services.audit, "changes_since", changes_since)
    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    colleague = open_app(store_path, user="mette", lock=False)
    try:
        rid = next(r.id for r in window.workspace.list.model.all_rows() if r.number == 3)
        window.workspace.list.select(rid)
        response_shown(window.workspace, rid)
        before = len(window.workspace.detail.recommendations)
        text = colleague.responses.detail(rid).text
        start = text.index("Jeg foreslår")
        colleague.tagging.create(
            rid, start, start + 40, [section_id(colleague, full_demo_id, "Princip C")]
        )
        window.poll_changes()
        assert window.poller.reads.busy
        qtbot.waitUntil(
            lambda: len(window.workspace.detail.recommendations) == before + 1, timeout=20_000
        )
        assert looked_from[0] is True  # the window's first token, when it opens
        assert looked_from[1:] and not any(looked_from[1:])  # every poll: a worker thread
    finally:
        window.close()
        colleague.close()
