"""Gennemse anonymisering: the real dialog on a real store lists every find (read in the
background), lifts a false hit, hides a typed text, takes a decision back; reachable from
the export dialog and the File menu. The decisions count in the next public export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.export_dialog import ExportDialog
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.redaction_dialog import RedactionDialog
from tests.export.ooxml import xml_text
from tests.gui.dialogs import DialogDriver
from tests.services.test_redaction_decisions import VENUE, citizen


def loaded(qtbot: QtBot, dialog: RedactionDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=60_000)
    assert dialog.review is not None and dialog.hide_button.isEnabled()


def row_of(dialog: RedactionDialog, text: str) -> int:
    rows = [
        r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).finding.text == text
    ]
    assert rows, text
    return rows[0]


def cell(dialog: RedactionDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_review_lift_hide_and_take_back(
    qtbot: QtBot, services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    citizen(services, full_demo_id)
    dialog = RedactionDialog(services, full_demo_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    loaded(qtbot, dialog)
    assert dialog.windowTitle() == "Gennemse anonymisering"
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Nr.", "Hvor", "Fundet tekst i sin sammenhæng", "Regel", "Offentlig udgave"]
    assert dialog.model.rowCount() == len(services.redaction.review(full_demo_id).findings) > 3
    row = row_of(dialog, "Torkild Vindefjord")
    assert cell(dialog, row, 3) == "navn (familie eller nabo)"
    assert "Min nabo [Torkild Vindefjord] og jeg" in cell(dialog, row, 2)
    assert cell(dialog, row, 1) == "Citat" and cell(dialog, row, 4) == "skjules"

    dialog.table.selectRow(row_of(dialog, VENUE))
    assert dialog.lift_button.isEnabled() and not dialog.unlift_button.isEnabled()
    assert cell(dialog, row_of(dialog, VENUE), 3) == "telefonnummer"
    dialog.lift_button.click()
    loaded(qtbot, dialog)
    assert cell(dialog, row_of(dialog, VENUE), 4) == "vises (ophævet)"
    assert dialog.table.currentIndex().row() == row_of(dialog, VENUE)  # the place stays
    assert dialog.unlift_button.isEnabled() and not dialog.lift_button.isEnabled()

    dialog.hide_text.setText("Lyset")
    dialog.hide_button.click()
    loaded(qtbot, dialog)
    assert dialog.hide_text.text() == ""
    texts = [dialog.decisions.item(i).text() for i in range(dialog.decisions.count())]
    assert texts[0].startswith(f"Vises: “{VENUE}”") and texts[0].endswith("telefonnummer")
    assert texts[1].startswith("Skjules også: “Lyset”")
    assert cell(dialog, row_of(dialog, "Lyset"), 3) == "tilføjet af sagsbehandleren"
    assert "1 vises alligevel" in dialog.status.text()

    services.export.export_xlsx(full_demo_id, tmp_path / "o.xlsx", public=True)
    xml = xml_text(tmp_path / "o.xlsx")
    assert VENUE in xml and "Lyset" not in xml

    dialog.decisions.setCurrentRow(1)  # the added text: shown again
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    loaded(qtbot, dialog)
    assert dialog.decisions.count() == 1
    dialog.table.selectRow(row_of(dialog, VENUE))
    dialog.unlift_button.click()  # the lifted find: hidden again
    loaded(qtbot, dialog)
    assert dialog.decisions.count() == 0
    assert cell(dialog, row_of(dialog, VENUE), 4) == "skjules"
    assert services.redaction.decisions(full_demo_id) == ()


def test_a_bad_text_is_told_and_nothing_is_kept(
    qtbot: QtBot, services: Services, full_demo_id: int, shown_dialogs
) -> None:  # type: ignore[no-untyped-def]
    dialog = RedactionDialog(services, full_demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    loaded(qtbot, dialog)
    dialog.hide_text.setText("--")
    dialog.hide_button.click()
    (shown,) = shown_dialogs.shown
    assert "bogstaver eller tal" in shown.text
    assert dialog.hide_text.text() == "--" and dialog.decisions.count() == 0


def test_reachable_from_the_export_dialog_and_the_file_menu(
    qtbot: QtBot,
    services: Services,
    full_demo_id: int,
    make_window: Callable[[], MainWindow],
) -> None:
    export = ExportDialog(services, full_demo_id)
    qtbot.addWidget(export)
    export.show()
    assert export.review_button.text() == "Gennemse anonymisering …"
    with DialogDriver(RedactionDialog, lambda d: loaded(qtbot, d)):
        export.review_button.click()
    window = make_window()
    window.show_consultation(full_demo_id)
    assert window.redaction_action.text() == "Gennemse &anonymisering …"
    assert window.redaction_action.isEnabled()
    with DialogDriver(RedactionDialog, lambda d: loaded(qtbot, d)):
        window.redaction_action.trigger()


def test_closing_while_reading_does_not_wait(
    qtbot: QtBot, services: Services, full_demo_id: int
) -> None:
    dialog = RedactionDialog(services, full_demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    job = dialog.job
    assert job is not None
    assert job.running()  # its result comes through the event loop, not run yet
    dialog.reject()  # at once, while the finds are still being read
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None and dialog.review is None  # finished unseen
