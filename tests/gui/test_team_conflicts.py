"""Two officers on one store: the window checks a delete and the notes against what it showed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.gui import undo_commands as cmd
from tests.builders import add_response, section_id
from tests.gui.dialogs import DialogDriver


@pytest.fixture
def colleague(store_path: Path, services: Services) -> Iterator[Services]:
    """Bo, working in the same store (as he would from his own machine on the server)."""
    bo = open_app(store_path, user="bo", lock=False)
    yield bo
    bo.close()


@pytest.fixture
def shown(make_window, services: Services):  # type: ignore[no-untyped-def]
    """Anne's window showing a response with one recommendation."""
    cid = services.demo.create(with_responses=False)
    rid = add_response(services, cid, "Flere småjobs til unge. Mere tolkning i sundhedsplejen.")
    services.tagging.create(rid, 0, 23, [section_id(services, cid, "Beskæft")])
    window = make_window()
    window.poller.stop()  # Anne acts before her window would look for colleagues' changes
    window.workspace.list.select(rid)
    assert len(window.workspace.detail.recommendations) == 1
    return window, rid


def warning_text(qtbot: QtBot, trigger) -> str:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    with DialogDriver(QMessageBox, lambda box: seen.append(box.text())):
        trigger()
    return seen[0]


def test_delete_of_a_recommendation_bo_just_edited_is_refused(
    qtbot: QtBot,
    shown,
    colleague: Services,  # type: ignore[no-untyped-def]
) -> None:
    window, rid = shown
    ws = window.workspace
    (rec,) = ws.detail.recommendations
    colleague.tagging.update(rec.id, summary="Småjobs til unge i ferien")
    text = warning_text(qtbot, lambda: ws.tagging.delete_recommendation(rec.id))
    assert "bo" in text and "ikke slettet" in text and "Småjobs til unge i ferien" in text
    assert [r.summary for r in colleague.responses.detail(rid).recommendations] == [
        "Småjobs til unge i ferien"
    ]
    assert [r.summary for r in ws.detail.recommendations] == ["Småjobs til unge i ferien"]


def test_notes_bo_saved_meanwhile_are_not_overwritten_unseen(
    qtbot: QtBot,
    shown,
    colleague: Services,  # type: ignore[no-untyped-def]
) -> None:
    window, rid = shown
    notes = window.workspace.metadata.notes
    colleague.responses.update(rid, notes="Bo har ringet til Havbo.")
    notes.setFocus()
    qtbot.keyClicks(notes, "Anne: svar sendt videre.")
    text = warning_text(qtbot, window.workspace.metadata.flush_notes)
    assert "Noterne er ændret af bo" in text and "Bo har ringet til Havbo." in text
    assert colleague.responses.detail(rid).notes == "Bo har ringet til Havbo."
    assert notes.toPlainText() == "Anne: svar sendt videre."  # her text is kept, not lost
    window.workspace.metadata.flush_notes()  # she saves again, having read his
    assert colleague.responses.detail(rid).notes == "Anne: svar sendt videre."


def test_ctrl_z_of_an_edit_is_refused_after_bo_edited_it(
    qtbot: QtBot,
    shown,
    colleague: Services,  # type: ignore[no-untyped-def]
) -> None:
    window, rid = shown
    ws = window.workspace
    (rec,) = ws.detail.recommendations
    sections = tuple(s.id for s in rec.sections)
    ws.undo.push(
        cmd.EditRecommendation(
            ws.services,
            ws.refresh_response,
            ws._failed,
            rid,
            rec.id,
            cmd.RecommendationEdit(rec.summary, rec.type, sections),
            cmd.RecommendationEdit("Småjobs til unge", rec.type, sections),
            expected_version=rec.version,
        )
    )
    assert colleague.tagging.snapshot(rec.id).summary == "Småjobs til unge"
    colleague.tagging.update(rec.id, summary="Småjobs til unge i ferien")
    text = warning_text(qtbot, window.undo_action.trigger)
    assert "bo" in text and "Småjobs til unge i ferien" in text
    assert colleague.tagging.snapshot(rec.id).summary == "Småjobs til unge i ferien"
    assert [r.summary for r in ws.detail.recommendations] == ["Småjobs til unge i ferien"]
