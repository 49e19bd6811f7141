"""Two officers on one store: the window checks a delete, the notes, an edit's undo and an
answer's undo against what it showed or wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.gui import undo_commands as cmd
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.manual_dialogs import EditText
from hoeringsdesk.gui.workspace import WorkspacePage
from tests.builders import add_response, section_id
from tests.gui.dialogs import DialogDriver
from tests.gui.loading import loaded, response_shown


@dataclass
class Shown:
    """Anne's window, the response it shows and that response's one recommendation."""

    window: MainWindow
    rid: int
    section: int

    @property
    def ws(self) -> WorkspacePage:
        return self.window.workspace

    @property
    def rec(self) -> RecommendationInfo:
        detail = self.ws.detail
        assert detail is not None
        (rec,) = detail.recommendations
        return rec


@pytest.fixture
def colleague(store_path: Path, services: Services) -> Iterator[Services]:
    """Bo, working in the same store (as he would from his own machine on the server)."""
    bo = open_app(store_path, user="bo", lock=False)
    yield bo
    bo.close()


@pytest.fixture
def shown(make_window: Callable[[], MainWindow], services: Services) -> Shown:
    """Anne's window showing a response with one (accepted) recommendation."""
    cid = services.demo.create(with_responses=False)
    rid = add_response(services, cid, "Flere småjobs til unge. Mere tolkning i sundhedsplejen.")
    section = section_id(services, cid, "Beskæft")
    services.tagging.create(rid, 0, 23, [section])
    window = make_window()
    window.poller.stop()  # Anne acts before her window would look for colleagues' changes
    window.workspace.list.select(rid)
    response_shown(window.workspace, rid)
    shown = Shown(window, rid, section)
    assert shown.rec.response_id == rid
    return shown


def warning_text(trigger: Callable[[], object]) -> str:
    """The text of the message box ``trigger`` shows (answered OK)."""
    seen: list[str] = []
    with DialogDriver(QMessageBox, lambda box: seen.append(box.text())):
        trigger()
    return seen[0]


def test_delete_of_a_recommendation_bo_just_edited_is_refused(
    shown: Shown, colleague: Services
) -> None:
    rec = shown.rec
    colleague.tagging.update(rec.id, summary="Småjobs til unge i ferien")
    text = warning_text(lambda: shown.ws.tagging.delete_recommendation(rec.id))
    assert "bo" in text and "ikke slettet" in text and "Småjobs til unge i ferien" in text
    assert [r.summary for r in colleague.responses.detail(shown.rid).recommendations] == [
        "Småjobs til unge i ferien"
    ]
    assert shown.rec.summary == "Småjobs til unge i ferien"


def test_notes_bo_saved_meanwhile_are_not_overwritten_unseen(
    qtbot: QtBot, shown: Shown, colleague: Services
) -> None:
    metadata = shown.ws.metadata
    colleague.responses.update(shown.rid, notes="Bo har ringet til Havbo.")
    metadata.notes.setFocus()
    qtbot.keyClicks(metadata.notes, "Anne: svar sendt videre.")
    text = warning_text(metadata.flush_notes)
    assert "Noterne er ændret af bo" in text and "Bo har ringet til Havbo." in text
    assert colleague.responses.detail(shown.rid).notes == "Bo har ringet til Havbo."
    assert metadata.notes.toPlainText() == "Anne: svar sendt videre."  # her text is kept
    metadata.flush_notes()  # she saves again, having read his
    assert colleague.responses.detail(shown.rid).notes == "Anne: svar sendt videre."


def test_ctrl_z_of_an_edit_is_refused_after_bo_edited_it(shown: Shown, colleague: Services) -> None:
    ws, rec = shown.ws, shown.rec
    sections = tuple(s.id for s in rec.sections)
    ws.undo.push(
        cmd.EditRecommendation(
            ws.services,
            ws.refresh_response,
            ws._failed,
            shown.rid,
            rec.id,
            cmd.RecommendationEdit(rec.summary, rec.type, sections),
            cmd.RecommendationEdit("Småjobs til unge", rec.type, sections),
            expected_version=rec.version,
        )
    )
    assert colleague.tagging.snapshot(rec.id).summary == "Småjobs til unge"
    colleague.tagging.update(rec.id, summary="Småjobs til unge i ferien")
    text = warning_text(shown.window.undo_action.trigger)
    assert "bo" in text and "Småjobs til unge i ferien" in text
    assert colleague.tagging.snapshot(rec.id).summary == "Småjobs til unge i ferien"
    assert shown.rec.summary == "Småjobs til unge i ferien"


def test_ctrl_z_of_an_answer_is_refused_after_bo_answered_it(
    qtbot: QtBot, shown: Shown, colleague: Services
) -> None:
    window, rec_id = shown.window, shown.rec.id
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    loaded(qtbot, review)  # the review reads off the GUI thread
    review.select_section(shown.section)
    loaded(qtbot, review)
    review.table.selectRow(0)
    assert [i.rec.id for i in review.selected_items()] == [rec_id]
    review.editor.comment.setPlainText("Anne: indarbejdes i afsnit 4.")
    review.editor.flush()  # saved, as one step on the undo stack
    (state,) = colleague.review.answer_states([rec_id])
    assert state.text == "Anne: indarbejdes i afsnit 4."
    colleague.review.set_answer([rec_id], "Bo: indarbejdes delvist.", "partly")
    text = warning_text(window.undo_action.trigger)  # Anne's Ctrl+Z
    loaded(qtbot, review)  # the page reads what is saved now
    assert "ændret af bo" in text and "ikke fortrudt" in text
    assert "Bo: indarbejdes delvist." in text
    (state,) = colleague.review.answer_states([rec_id])
    assert (state.text, state.outcome) == ("Bo: indarbejdes delvist.", Outcome.PARTLY)
    assert review.editor.comment.toPlainText() == "Bo: indarbejdes delvist."  # shown now


def test_ctrl_z_of_a_text_edit_is_refused_after_bo_edited_the_text(
    shown: Shown, colleague: Services
) -> None:
    window, rid = shown.window, shown.rid
    detail = window.services.responses.detail(rid)
    mine = detail.text.replace("småjobs", "fritidsjob")
    told: list[str] = []
    edit = EditText(
        window.services, shown.ws.refresh_response, told.append, rid, mine, detail.version
    )
    window.undo.push(edit)
    assert colleague.responses.detail(rid).text == mine
    his = mine.replace("tolkning", "tolkebistand")
    colleague.texts.edit(rid, his, colleague.responses.detail(rid).version)  # Bo, after her
    told.clear()  # (what the edit itself told her)
    window.undo_action.trigger()
    assert colleague.responses.detail(rid).text == his  # Bo's correction is kept
    assert told and "ændret af en anden" in told[0]
