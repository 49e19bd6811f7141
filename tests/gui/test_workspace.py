"""The workspace as an officer uses it: drop mail, read, tag by keyboard, undo, restart."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.gui.recommendation_model import RecommendationModel
from hoeringsdesk.gui.response_model import RECEIVED, ResponseTableModel
from hoeringsdesk.gui.tag_dialog import TagDialog
from hoeringsdesk.samples.demo_set import demo_files
from tests.gui.dialogs import DialogDriver
from tests.gui.loading import response_shown


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "indbakke"
    folder.mkdir()
    for name, data in demo_files():
        (folder / name).write_bytes(data)
    return folder


def drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """What Qt calls when files are dragged over the window and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, mods = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, buttons, mods)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, buttons, mods))


def imported_window(make_window, qtbot: QtBot, services: Services, inbox: Path):  # type: ignore[no-untyped-def]
    services.demo.create(with_responses=False)
    window = make_window()
    window.imports.show_report = False
    drop(window, [inbox])
    assert window.imports.flow is not None
    with qtbot.waitSignal(window.imports.flow.done, timeout=120_000):
        pass
    window.activateWindow()  # back from the import's progress dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def select_row(window, number: int) -> None:  # type: ignore[no-untyped-def]
    rid = next(r.id for r in window.workspace.list.model.all_rows() if r.number == number)
    window.workspace.list.select(rid)
    response_shown(window.workspace, rid)


def test_drop_folder_then_tag_by_keyboard_with_undo(
    make_window, qtbot: QtBot, services: Services, inbox: Path, qsettings
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    assert ws.list.model.rowCount() == 13  # 12 responses + the duplicate under its original
    assert "12 høringssvar" in window.counts.text()

    select_row(window, 3)  # Peter Madsen's free letter
    assert "sprogskole" in ws.reader.toPlainText()
    with qtbot.waitActive(window):
        window.activateWindow()
    ws.reader.setFocus()
    text = ws.detail.text
    start = text.index("Jeg foreslår")
    ws.reader.select_range(start, start)  # caret before the sentence
    for _ in range(len("Jeg foreslår, at der også er hold om aftenen og i weekenden.")):
        qtbot.keyClick(ws.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert ws.reader.selected_range() is not None

    def tag(dialog: TagDialog) -> None:
        qtbot.keyClicks(dialog.picker.filter, "princip c")
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
        dialog.picker.filter.clear()
        qtbot.keyClicks(dialog.picker.filter, "beskæft")
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.type
        qtbot.keyClick(dialog.type, Qt.Key.Key_1)
        qtbot.keyClick(dialog.type, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.summary
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    suggested = [r.id for r in ws.detail.recommendations if r.status == "suggested"]
    assert len(suggested) == 2  # the letter's two points, found at import, not accepted
    with DialogDriver(TagDialog, tag):
        qtbot.keyClick(ws.reader, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    recs = [r for r in ws.detail.recommendations if r.status == "accepted"]
    assert len(recs) == 1
    rec = recs[0]
    assert rec.passage == "Jeg foreslår, at der også er hold om aftenen og i weekenden."
    assert {s.heading for s in rec.sections} == {
        "Princip C: Sprog åbner døre",
        "Beskæftigelsesområdet",
    }
    assert rec.summary == rec.passage and rec.type == "change"

    window.undo_action.trigger()
    assert [r.id for r in ws.detail.recommendations] == suggested
    window.redo_action.trigger()
    assert rec.id in [r.id for r in ws.detail.recommendations]

    # restart: a new window on the same store finds everything again
    window.close()
    again = make_window()
    select_row(again, 3)
    accepted = [r for r in again.workspace.detail.recommendations if r.status == "accepted"]
    assert [r.passage for r in accepted] == [rec.passage]


def test_accept_a_suggestion_with_one_key_and_apply_to_campaign(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    select_row(window, 2)  # Integrationsrådet: template suggestions
    panel = ws.panel
    assert panel.model.rowCount() == 4
    panel.table.setFocus()
    panel.select(panel.model.rec_at(1).id)
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    assert sum(r.status == "accepted" for r in ws.detail.recommendations) == 1
    window.undo_action.trigger()
    assert all(r.status == "suggested" for r in ws.detail.recommendations)
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert all(r.status == "accepted" for r in ws.detail.recommendations)

    select_row(window, 6)  # a campaign member
    text = ws.detail.text
    start = text.index("Jeg vil gerne")
    ws.reader.select_range(start, text.index("Sprogcaféen er"))
    ws.reader.setFocus()

    def tag(dialog: TagDialog) -> None:
        qtbot.keyClicks(dialog.picker.filter, "kultur")
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
        dialog._accept()

    with DialogDriver(TagDialog, tag):
        ws.new_action.trigger()
    rec = next(r for r in ws.detail.recommendations if r.status == "accepted")
    panel.select(rec.id)
    assert panel.campaign_button.isEnabled()
    qtbot.mouseClick(panel.campaign_button, Qt.MouseButton.LeftButton)
    members = [r for r in services.responses.rows(window.consultation_id) if r.campaign_id]
    assert all(r.recommendations == 1 for r in members)
    window.undo_action.trigger()
    members = [r for r in services.responses.rows(window.consultation_id) if r.campaign_id]
    assert sorted(r.recommendations for r in members) == [0, 0, 0, 1]


def test_filter_the_list(make_window, qtbot: QtBot, services: Services, inbox: Path) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    lst = window.workspace.list
    lst.late.setCurrentIndex(lst.late.findData("late"))
    assert [r.number for r in lst.model.visible_rows()] == [10]
    lst.late.setCurrentIndex(0)
    lst.kind.setCurrentIndex(lst.kind.findData("private"))
    assert {r.sender_display for r in lst.model.visible_rows()} >= {"Peter Madsen", "Maria Hansen"}
    lst.kind.setCurrentIndex(0)
    qtbot.keyClicks(lst.text, "ungdomsklubberne")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1, timeout=3000)
    assert lst.model.row_at(0).number == 11
    lst.text.clear()
    qtbot.waitUntil(lambda: lst.model.rowCount() == 13, timeout=3000)
    lst.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
    assert lst.model.row_at(0).number == 10
    # the duplicate stays right under its original whatever the sort
    numbers = [r.number for r in lst.model.visible_rows()]
    assert numbers[numbers.index(1) + 1] is None


def test_reader_hover_shows_the_recommendation(
    make_window, qtbot: QtBot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create()
    window = make_window()
    select_row(window, 1)
    ws = window.workspace
    rec = ws.detail.recommendations[0]
    with qtbot.waitSignal(ws.reader.recommendation_clicked) as blocker:
        cursor_rect = ws.reader.cursorRect(ws.reader.textCursor())
        ws.reader.select_range(rec.start + 1, rec.start + 1)
        cursor_rect = ws.reader.cursorRect()
        point = cursor_rect.center() + QPoint(1, 0)
        qtbot.mouseClick(ws.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [rec.id]
    assert ws.panel.current().id == rec.id


def test_models_pass_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    cid = services.demo.create()
    model = ResponseTableModel()
    model.set_rows(services.responses.rows(cid))
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    recs = RecommendationModel()
    first = services.responses.rows(cid)[0].id
    recs.set_rows(list(services.responses.detail(first).recommendations))
    qtmodeltester.check(recs)


def test_split_at_the_cursor_by_keyboard_and_undo(
    make_window, qtbot: QtBot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create()
    window = make_window()
    ws = window.workspace
    ws.list.table.setFocus()
    qtbot.keyClick(ws.list.table, Qt.Key.Key_Home)  # the first response: the joint one
    assert ws.detail.row.number == 1
    rec = next(r for r in ws.detail.recommendations if r.type == "general")
    middle = rec.passage.index("Lokalsamfundets") + rec.start
    qtbot.keyClick(ws, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    ws.reader.select_range(middle, middle)  # the caret, as arrows would put it
    ws.panel.table.clearSelection()
    qtbot.keyClick(
        ws.reader,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    parts = sorted(
        (r for r in ws.detail.recommendations if r.type == "general"), key=lambda r: r.start
    )
    assert len(parts) == 2 and parts[1].passage.startswith("Lokalsamfundets")
    assert parts[0].id == rec.id
    window.undo_action.trigger()
    (whole,) = [r for r in ws.detail.recommendations if r.type == "general"]
    assert whole.id == rec.id and whole.passage == rec.passage


def test_reader_caret_messages_and_where_passages_meet(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    from hoeringsdesk.gui.reader import ACCEPTED, ACCEPTED_NEXT, word_boundary

    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    assert ws.reader.cursorWidth() == 2
    select_row(window, 3)
    text = ws.detail.text
    start = text.index("Jeg foreslår")
    middle = start + len("Jeg foreslår, at der")
    end = text.index(".", middle) + 1
    for rec in ws.detail.recommendations:  # the letter's own suggestions out of the way
        if rec.status == "suggested":
            services.tagging.delete(rec.id)
    for a, b in ((start, middle), (middle + 1, end)):  # two passages, one space apart
        services.tagging.create(ws.detail.row.id, a, b, [])
    ws.refresh_response(ws.detail.row.id)
    colours = {
        ws.reader.text_offset(sel.cursor.selectionStart()): sel.format.background().color()
        for sel in ws.reader.extraSelections()
    }
    assert colours[start] == ACCEPTED and colours[middle + 1] == ACCEPTED_NEXT
    # a cursor inside a word splits before the word, not in it
    assert word_boundary(text, start + 5, start, end) == start + 4
    assert word_boundary(text, start + 2, start, end) == start + 3  # the first word: after it
    ws.status_message.emit("Anvendt på 3 andre svar i kampagnen.")
    assert window.statusBar().currentMessage() == "Anvendt på 3 andre svar i kampagnen."
    select_row(window, 4)
    assert window.statusBar().currentMessage() == ""
    assert "høringssvar" in window.counts.text()


def test_a_free_letters_suggestion_shows_its_reasons_and_waits_for_the_officer(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    select_row(window, 5)  # Handicaprådet's PDF: "princip B" named in the text
    bar = ws.suggestion_bar
    assert bar.isVisible() and bar.rec is not None
    rec_b = next(r for r in ws.detail.recommendations if "princip B" in r.passage)
    ws.panel.select(rec_b.id)
    shown = bar.text.text()
    assert "Princip B: Helhed for borgeren" in shown
    assert "nævner »princip B«" in shown and "ord:" in shown
    # showing, scoring again and learning accept nothing
    assert all(r.status == "suggested" for r in ws.detail.recommendations)
    ws.retrainer.request(window.consultation_id)
    qtbot.waitUntil(lambda: not ws.retrainer.busy, timeout=30_000)
    ws.show_response(ws.detail.row.id)
    assert all(r.status == "suggested" for r in ws.detail.recommendations)
    # one key in the reader accepts the suggestion the bar shows
    ws.panel.select(rec_b.id)
    ws.reader.setFocus()
    qtbot.keyClick(ws.reader, Qt.Key.Key_A)
    accepted = [r for r in ws.detail.recommendations if r.status == "accepted"]
    assert [r.id for r in accepted] == [rec_b.id]
    assert [s.heading for s in accepted[0].sections] == ["Princip B: Helhed for borgeren"]


def test_the_tag_dialog_offers_three_candidates_and_ticks_one_only_when_asked(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    select_row(window, 4)  # Hanne Kjær: housing, in her own words
    text = ws.detail.text
    start = text.index("Vi har brug")
    ws.reader.select_range(start, text.index("Kommunen bør"))
    ws.reader.setFocus()
    seen: dict[str, object] = {}

    def look(dialog: TagDialog) -> None:
        seen["buttons"] = [b.text() for b in dialog.candidate_buttons]
        seen["checked_before"] = dialog.picker.checked_ids()
        dialog.activateWindow()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        seen["checked_after"] = dialog.picker.checked_ids()
        dialog.reject()

    with DialogDriver(TagDialog, look):
        ws.new_action.trigger()
    buttons = seen["buttons"]
    assert isinstance(buttons, list) and 1 <= len(buttons) <= 3
    assert buttons[0].startswith("1  Boligområdet — ord: ")
    assert seen["checked_before"] == []  # nothing ticked until the officer says so
    assert len(seen["checked_after"]) == (1 if len(buttons) >= 2 else 0)  # type: ignore[arg-type]
    assert not any(r.status == "accepted" for r in ws.detail.recommendations)


def test_the_bar_says_which_tagged_passages_a_suggestion_is_like(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    # This is about learning → rescoring → the bar. The colleague's tags below come in through
    # the team poll too; its timing would decide which rescoring reports a change (the poll's
    # own refresh is tested in test_a_colleagues_tag_on_the_shown_response_keeps_…).
    window.poller.stop()
    ws = window.workspace
    cid = window.consultation_id
    culture = next(s for s in services.drafts.sections(cid) if s.heading.startswith("Kultur"))
    select_row(window, 4)  # Hanne Kjær: housing in Vestparken, in her own words
    hanne = ws.detail
    assert hanne is not None
    start = hanne.text.index("Jeg bor")
    housing = next(r for r in hanne.recommendations if r.start <= start < r.end)
    assert housing.status == "suggested"
    ws.panel.select(housing.id)
    assert "du har tagget her" not in ws.suggestion_bar.text.text()
    qtbot.waitUntil(lambda: not ws.retrainer.busy, timeout=60_000)  # the opening's training
    qtbot.waitUntil(lambda: not ws.rescorer.busy, timeout=60_000)  # and its rescoring
    # the officer (in another window) has tagged passages like hers under culture
    services.tagging.create(hanne.row.id, start, start + 60, [culture.id])
    others = [r for r in services.responses.rows(cid) if r.duplicate_of is None]
    for row in [r for r in others if r.id != hanne.row.id][:3]:
        d = services.responses.detail(row.id)
        services.tagging.create(d.row.id, 0, min(40, len(d.text)), [culture.id])
    ws.reader.select_range(start, start + 7)  # the officer is reading "Jeg bor"
    with qtbot.waitSignal(ws.rescorer.rescored, timeout=60_000) as rescored:
        ws.retrainer.request(cid)  # as after every few tags; the same response stays open
    (result,) = rescored.args
    assert (result.response_id, result.changed) == (hanne.row.id, True)
    assert result.detail == services.responses.detail(hanne.row.id)  # read in the worker
    assert services.suggestions.tags(cid) >= 4
    # the open response's bar follows what was learned, without showing the response again,
    # and the reader keeps the officer's selection
    assert ws.reader.selected_range() == (start, start + 7)
    assert ws.detail is not None and ws.detail.row.id == hanne.row.id
    assert ws.panel.current() is not None and ws.panel.current().id == housing.id
    assert ws.suggestion_bar.rec is not None and ws.suggestion_bar.rec.id == housing.id
    shown = ws.suggestion_bar.text.text()
    assert "Kultur- og fritidsområdet" in shown
    assert "du har tagget her" in shown  # "ligner N passager du har tagget her"
    fresh = next(r for r in ws.detail.recommendations if r.id == housing.id)
    assert fresh.status == "suggested"  # learning accepted nothing


def test_a_colleagues_tag_on_the_shown_response_keeps_the_officers_selection(
    make_window, qtbot: QtBot, services: Services, inbox: Path
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    cid = window.consultation_id
    culture = next(s for s in services.drafts.sections(cid) if s.heading.startswith("Kultur"))
    select_row(window, 4)
    shown = ws.detail
    assert shown is not None
    start = shown.text.index("Jeg bor")
    ws.reader.select_range(start, start + 7)
    before = len(ws.panel.model.rows())
    # a colleague tags a passage in the same response; the window's poll picks it up
    services.tagging.create(shown.row.id, 0, 30, [culture.id])
    ws.refresh(Changes(recommendations=True))
    assert len(ws.panel.model.rows()) == before + 1  # the new tag is shown at once
    assert ws.reader.selected_range() == (start, start + 7)  # and the officer's place is kept
    # a response whose text changed is shown afresh
    select_row(window, 3)
    assert ws.detail is not None and ws.detail.row.id != shown.row.id
    assert ws.reader.selected_range() is None


def test_showing_a_response_scores_its_suggestions_off_the_gui_thread(
    make_window, qtbot: QtBot, services: Services, inbox: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = imported_window(make_window, qtbot, services, inbox)
    ws = window.workspace
    qtbot.waitUntil(lambda: not ws.retrainer.busy and not ws.rescorer.busy, timeout=60_000)
    scored_from: list[bool] = []
    real_refresh = services.suggestions.refresh

    def refresh(response_id: int) -> bool:  # observed, not replaced: it still scores
        scored_from.append(threading.get_ident() == threading.main_thread().ident)
        return real_refresh(response_id)

    monkeypatch.setattr(services.suggestions, "refresh", refresh)
    select_row(window, 4)
    assert ws.detail is not None and ws.detail.row.number == 4  # shown at once
    qtbot.waitUntil(lambda: not ws.rescorer.busy, timeout=60_000)
    assert scored_from and not any(scored_from)  # scored in a worker thread
    assert ws.detail == services.responses.detail(ws.detail.row.id)  # the bar followed
