"""Senders in the window: the uncertain flagged and filtered; a merge chosen, confirmed, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.party_dialog import PartyDialog
from hoeringsdesk.gui.response_model import SENDER, UNCERTAIN
from tests.gui.dialogs import DialogDriver
from tests.gui.test_workspace import drop, imported_window, select_row


def test_merging_senders_needs_a_choice_a_confirmation_and_can_be_undone(
    make_window, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from hoeringsdesk.samples.demo_set import demo_files

    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    for name, data in demo_files():
        (inbox / name).write_bytes(data)
    window = imported_window(make_window, qtbot, services, inbox)
    workspace = window.workspace
    rows = {r.number: r for r in workspace.list.model.all_rows() if r.number}
    maria, ali = rows[6].senders[0], rows[7].senders[0]  # two citizens at two providers
    select_row(window, 7)
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def act(dialog: PartyDialog) -> None:
        assert dialog.merge_target.currentData() is None  # nobody chosen beforehand
        assert not dialog.merge_button.isEnabled()
        dialog.merge_target.setCurrentIndex(dialog.merge_target.findData(maria.id))
        assert dialog.merge_button.isEnabled()
        QTimer.singleShot(0, answer_yes)
        dialog.merge_button.click()

    with DialogDriver(PartyDialog, act):
        workspace.details.edit_party(ali.id)
    assert asked and "Ali Demir" in asked[0] and "Maria Hansen" in asked[0]
    merged = {r.number: r for r in workspace.list.model.all_rows() if r.number}
    assert merged[7].senders[0].id == maria.id
    window.undo.undo()
    back = {r.number: r for r in workspace.list.model.all_rows() if r.number}
    assert back[7].senders[0].id == ali.id and back[7].sender_display == "Ali Demir"
    assert services.responses.row(rows[7].id).senders[0].email == "ali.demir@hotmail.com"


def test_an_uncertain_sender_is_marked_and_can_be_filtered(
    make_window, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    (inbox / "brev.txt").write_text("Kort bemærkning uden underskrift.", encoding="utf-8")
    (inbox / "andet.txt").write_text(
        "Jeg støtter planen.\n\nVenlig hilsen\nAnne Holm\nMøllevej 4\n2400 København NV",
        encoding="utf-8",
    )
    services.demo.create(with_responses=False)
    window = make_window()
    window.imports.show_report = False
    drop(window, [inbox])
    with qtbot.waitSignal(window.imports.flow.done, timeout=120_000):
        pass
    workspace = window.workspace
    model = workspace.list.model
    shown = [model.data(model.index(r, SENDER)) for r in range(model.rowCount())]
    assert "⚠ (ukendt afsender)" in shown and "Anne Holm" in shown
    kind = workspace.list.kind
    kind.setCurrentIndex(kind.findData(UNCERTAIN))
    assert [model.data(model.index(r, SENDER)) for r in range(model.rowCount())] == [
        "⚠ (ukendt afsender)"
    ]
    assert kind.currentText() == "Afsender usikker"
