"""The høringsliste in the window: entered, imported, ticks shown and corrected; Overblik."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.consultation_dialog import ConsultationDialog
from hoeringsdesk.gui.export_dialog import ExportDialog
from hoeringsdesk.gui.invited_editor import ANSWERS, HOW, NAME
from hoeringsdesk.gui.overview_page import OverviewPage
from tests.export.builders import Built, build_consultation
from tests.gui.loading import loaded


@pytest.fixture
def built(services: Services) -> Built:
    return build_consultation(services.store.sessions.write)


def dialog_for(qtbot: QtBot, services: Services, cid: int) -> ConsultationDialog:
    dialog = ConsultationDialog(
        services.consultations.get(cid), None, services.consultations.invited_status(cid)
    )
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog: ConsultationDialog, name: str) -> int:
    table = dialog.invited.table
    return next(r for r in range(table.rowCount()) if table.item(r, NAME).text() == name)


def test_ticks_are_shown_and_a_correction_is_saved(
    qtbot: QtBot, services: Services, built: Built
) -> None:
    cid = built.consultation_id
    dialog = dialog_for(qtbot, services, cid)
    table = dialog.invited.table
    havbo = row_of(dialog, "Boligselskabet Havbo")
    assert table.item(havbo, ANSWERS).text() == "1"
    assert table.item(havbo, HOW).text() == "e-mail"
    handicap = row_of(dialog, "Handicaprådet")
    assert table.item(handicap, ANSWERS).text() == ""
    table.item(handicap, ANSWERS).setText("8")
    values = dialog.values()
    changed = {i.name: i.answers for i in values["invited"]}
    assert changed["Handicaprådet"] == (8,) and changed["Boligselskabet Havbo"] is None
    services.consultations.update(cid, **values)
    again = dialog_for(qtbot, services, cid)
    row = row_of(again, "Handicaprådet")
    assert again.invited.table.item(row, ANSWERS).text() == "8"
    assert again.invited.table.item(row, HOW).text() == "rettet"


def test_bad_numbers_keep_the_dialog_open(qtbot: QtBot, services: Services, built: Built) -> None:
    dialog = dialog_for(qtbot, services, built.consultation_id)
    dialog.invited.table.item(0, ANSWERS).setText("nr. 3")
    dialog._accept()
    assert dialog.result() == 0 and "nr. 3" in dialog.error.text()


def test_import_from_csv_and_a_bad_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConsultationDialog()
    qtbot.addWidget(dialog)
    good = tmp_path / "liste.csv"
    good.write_text("Navn;E-mail;Type\nÆldrerådet;aeldre@example.dk;myndighed\n", "utf-8")
    assert dialog.invited.import_file(good)
    bad = tmp_path / "liste.xlsx"
    bad.write_bytes(b"ikke en projektmappe")
    assert not dialog.invited.import_file(bad)
    assert "kan ikke læses" in dialog.invited.message.text()
    [entry] = dialog.values()["invited"]
    assert (entry.name, entry.email, entry.kind) == ("Ældrerådet", "aeldre@example.dk", "authority")


def test_overview_shows_who_was_invited_and_has_not_answered(
    qtbot: QtBot, services: Services, built: Built
) -> None:
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.show()
    page.set_consultation(built.consultation_id)
    loaded(qtbot, page)  # read off the GUI thread
    items = [page.not_answered.item(i).text() for i in range(page.not_answered.count())]
    assert items == ["Handicaprådet"]
    assert "3" in page.invited_label.text() and "4" in page.invited_label.text()


def test_export_dialog_offers_the_combined_pdf(
    qtbot: QtBot, services: Services, demo_id: int
) -> None:
    dialog = ExportDialog(services, demo_id)
    qtbot.addWidget(dialog)
    dialog.pdf.setChecked(True)
    assert dialog.fmt() == "pdf" and dialog.path.text().endswith("-offentlig.pdf")
