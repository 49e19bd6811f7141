"""Fil → Eksportér: the gaps come first, then the file is written off the GUI thread."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui import export_dialog
from hoeringsdesk.gui.export_dialog import ExportDialog


def test_export_public_workbook_from_the_dialog(
    qtbot: QtBot,
    services: Services,
    full_demo_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportDialog(services, full_demo_id)
    qtbot.addWidget(dialog)
    assert dialog.gaps.count() == len(services.review.gaps(full_demo_id)) > 0
    assert dialog.public.isChecked() and dialog.path.text().endswith("-offentlig.xlsx")
    target = tmp_path / "byraad.xlsx"
    dialog.path.setText(str(target))
    dialog.open_after.setChecked(False)
    messages: list[str] = []
    monkeypatch.setattr(
        export_dialog.QMessageBox,
        "information",
        lambda _parent, _title, text: messages.append(text),
    )
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.run_export()
    assert target.exists() and str(target) in messages[0]
    with zipfile.ZipFile(target) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml")).lower()
    assert b"peter madsen" not in xml and b"privatperson" in xml


def test_docx_internal_path_follows_the_choice(
    qtbot: QtBot, services: Services, demo_id: int
) -> None:
    dialog = ExportDialog(services, demo_id)
    qtbot.addWidget(dialog)
    dialog.docx.setChecked(True)
    dialog.internal.setChecked(True)
    assert dialog.fmt() == "docx" and dialog.path.text().endswith("-intern.docx")
