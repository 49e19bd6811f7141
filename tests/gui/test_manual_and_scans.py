"""Nyt høringssvar, Rediger tekst with undo, and a scanned letter's uncertain words marked."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.manual_dialogs import EditTextDialog, NewResponseDialog
from hoeringsdesk.samples import scans
from tests.gui.dialogs import DialogDriver
from tests.gui.loading import response_shown

LETTER = "Jeg foreslår, at kommunen sætter lys på stien langs åen."


def test_new_response_by_telephone_then_edit_its_text_and_undo(
    make_window, qtbot: QtBot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create(with_responses=False)
    window = make_window()

    def fill(dialog: NewResponseDialog) -> None:
        qtbot.keyClicks(dialog.senders, "Ida Holm, Egevej 4, 8000 Aarhus C")
        dialog.kind.setCurrentIndex(dialog.kind.findText("Privatperson"))
        dialog.channel.setCurrentIndex(dialog.channel.findText("Telefon"))
        qtbot.keyClicks(dialog.text, LETTER)
        dialog.accept()

    with DialogDriver(NewResponseDialog, fill):
        window.new_response_action.trigger()
    assert window.manual.flow is not None
    with qtbot.waitSignal(window.manual.flow.done, timeout=60_000):
        pass
    ws = window.workspace
    assert ws.detail is not None and ws.detail.text == LETTER
    assert ws.detail.channel == "telephone"
    assert "Ida Holm" in ws.detail.row.sender_display

    def correct(dialog: EditTextDialog) -> None:
        cursor = dialog.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        dialog.editor.setTextCursor(cursor)
        qtbot.keyClicks(dialog.editor, " Tak.")
        dialog.accept()

    with DialogDriver(EditTextDialog, correct):
        window.edit_text_action.trigger()
    assert ws.detail.text == LETTER + " Tak."
    assert ws.reader.toPlainText().endswith("Tak.")
    window.undo_action.trigger()
    assert ws.detail.text == LETTER
    window.redo_action.trigger()
    assert ws.detail.text == LETTER + " Tak."


def test_scanned_letter_shows_uncertain_words_marked(
    make_window, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create(with_responses=False)
    window = make_window()
    window.imports.show_report = False
    path = tmp_path / "brev.jpg"
    path.write_bytes(
        scans.encode(scans.render(scans.letter(8), 150, seed=8, noise=True), "jpeg", 150)
    )
    flow = window.imports.import_paths([path])
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=120_000):
        pass
    ws = window.workspace
    ws.list.select(ws.list.model.all_rows()[0].id)
    response_shown(ws, ws.list.model.all_rows()[0].id)
    detail = ws.detail
    assert detail is not None and detail.ocr_words
    uncertain = [(a, b) for a, b, c in detail.ocr_words if c < 70]
    assert ws.reader.uncertain == len(uncertain)
    marked = 0
    block = ws.reader.document().begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):  # type: ignore[attr-defined]
            style = fragment.charFormat().underlineStyle()
            marked += style == QTextCharFormat.UnderlineStyle.WaveUnderline
        block = block.next()
    assert (marked > 0) == bool(uncertain)
    shots = os.environ.get("HOERINGSDESK_SHOTS")
    if shots:
        ws.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        window.grab().save(str(Path(shots) / "reader-ocr.png"))
