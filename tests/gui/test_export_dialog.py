"""Fil → Eksportér: the gaps come first, the file is written off the GUI thread, and the real
message box that reports it is shown by the GUI thread (recorded, not replaced)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.export_dialog import ExportDialog
from tests.gui.dialogs import ShownDialogs


def test_export_public_workbook_from_the_dialog(
    qtbot: QtBot,
    services: Services,
    full_demo_id: int,
    tmp_path: Path,
    shown_dialogs: ShownDialogs,
) -> None:
    dialog = ExportDialog(services, full_demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.gaps.count() == len(services.review.gaps(full_demo_id)) > 0
    assert dialog.public.isChecked() and dialog.path.text().endswith("-offentlig.xlsx")
    target = tmp_path / "byraad.xlsx"
    dialog.path.setText(str(target))
    dialog.open_after.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.export_button.click()
    (shown,) = shown_dialogs.shown
    assert shown.kind == "QMessageBox" and shown.on_gui_thread
    assert shown.title == "Eksportér" and str(target) in shown.text
    with zipfile.ZipFile(target) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml")).lower()
    assert b"peter madsen" not in xml and b"privatperson" in xml


def test_a_failed_export_is_told_on_the_gui_thread_and_the_dialog_stays(
    qtbot: QtBot, services: Services, demo_id: int, tmp_path: Path, shown_dialogs: ShownDialogs
) -> None:
    dialog = ExportDialog(services, demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "findes-ikke" / "notat.xlsx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown_dialogs.shown), timeout=30_000)
    (shown,) = shown_dialogs.shown
    assert shown.on_gui_thread and "findes ikke" in shown.text
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_docx_internal_path_follows_the_choice(
    qtbot: QtBot, services: Services, demo_id: int
) -> None:
    dialog = ExportDialog(services, demo_id)
    qtbot.addWidget(dialog)
    dialog.docx.setChecked(True)
    dialog.internal.setChecked(True)
    assert dialog.fmt() == "docx" and dialog.path.text().endswith("-intern.docx")


def test_the_dialog_remembers_format_variant_and_folder(
    qtbot: QtBot,
    services: Services,
    demo_id: int,
    tmp_path: Path,
    qsettings: QSettings,
    shown_dialogs: ShownDialogs,
) -> None:
    first = ExportDialog(services, demo_id, settings=qsettings)
    qtbot.addWidget(first)
    first.show()
    assert first.xlsx.isChecked() and first.public.isChecked()
    assert Path(first.path.text()).parent == Path.home()
    first.docx.setChecked(True)
    first.internal.setChecked(True)
    first.open_after.setChecked(False)
    folder = tmp_path / "til-byraadet"
    folder.mkdir()
    first.path.setText(str(folder / "notat.docx"))
    with qtbot.waitSignal(first.accepted, timeout=60_000):
        first.export_button.click()
    again = ExportDialog(services, demo_id, settings=qsettings)
    qtbot.addWidget(again)
    assert again.docx.isChecked() and again.internal.isChecked()
    assert not again.open_after.isChecked()
    suggested = Path(again.path.text())
    assert suggested.parent == folder and suggested.name.endswith("-intern.docx")
