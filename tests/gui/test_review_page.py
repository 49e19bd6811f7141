"""The review page: a section's recommendations, answers in place with undo, trace and back."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.db.models.parties import ResponseParty
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.review import GENERAL_REMARKS, review_row
from hoeringsdesk.gui.review_model import KIND, ReviewModel
from hoeringsdesk.gui.roles import GapRole
from tests.builders import add_response, section_id
from tests.gui.loading import loaded

TEXT = "Flere småjobs. Mere tolkning. Bedre skolesamarbejde. Styrk foreningerne."


def tagged(services: Services, cid: int) -> dict[str, int]:
    rid = add_response(services, cid, TEXT)
    other = add_response(
        services,
        cid,
        TEXT,
        organisation="",
        contact="Eva Holm",
        email="eva@example.dk",
        kind="private",
    )
    ids = {"rid": rid, "other": other}
    ids["principles"] = section_id(services, cid, "Principper")
    ids["a"] = section_id(services, cid, "Princip A")
    ids["job"] = section_id(services, cid, "Beskæft")
    ids["r1"] = services.tagging.create(rid, 0, 14, [ids["job"]], "change").id
    ids["r2"] = services.tagging.create(rid, 15, 29, [ids["a"]], "support").id
    ids["r3"] = services.tagging.create(other, 30, 52, [ids["principles"]], "question").id
    ids["r4"] = services.tagging.create(other, 53, 73, [ids["job"]], "change").id
    return ids


def open_review(make_window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """A main window with the review page in front, loaded, and that page."""
    window = make_window()
    window.tabs.setCurrentWidget(window.review)
    loaded(qtbot, window.review)
    return window, window.review


def shown(window) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(row.id for row in window.review.model.items())


def test_choose_a_section_shows_exactly_its_recommendations(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["principles"])
    loaded(qtbot, review)
    assert shown(window) == sorted([ids["r2"], ids["r3"]])
    review.subsections.setChecked(False)
    loaded(qtbot, review)
    assert shown(window) == [ids["r3"]]
    review.select_section(ids["job"])
    loaded(qtbot, review)
    assert shown(window) == sorted([ids["r1"], ids["r4"]])
    review.type_filter.setCurrentIndex(review.type_filter.findData("change"))
    review.kind_filter.setCurrentIndex(review.kind_filter.findData("private"))
    assert shown(window) == [ids["r4"]]
    assert "(2 · 2 ubesvarede)" in review.tree_model.data(review.tree_model.index_of(ids["job"]))


def test_answer_in_place_is_saved_and_undoable(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectRow(0)
    first = review.selected_items()[0].rec.id
    editor = review.editor
    qtbot.keyClicks(editor.comment, "Indarbejdes i afsnittet.")
    editor.outcome.setCurrentIndex(editor.outcome.findData("yes"))
    editor.outcome.activated.emit(editor.outcome.currentIndex())
    rec = next(
        r
        for r in services.responses.detail(
            ids["rid"] if first == ids["r1"] else ids["other"]
        ).recommendations
        if r.id == first
    )
    assert (rec.comment, rec.outcome) == ("Indarbejdes i afsnittet.", "yes")
    loaded(qtbot, review)
    assert "(2 · 1 ubesvaret)" in review.tree_model.data(review.tree_model.index_of(ids["job"]))
    window.undo_action.trigger()
    states = services.review.answer_states([first])
    assert states[0].comment_id is None


def test_one_answer_for_several(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectAll()
    assert len(review.selected_items()) == 2
    assert "2 valgte" in review.editor.shared.text()
    review.editor.comment.setPlainText("Samme svar til begge.")
    review.editor.flush()
    states = services.review.answer_states([ids["r1"], ids["r4"]])
    assert len({s.comment_id for s in states}) == 1 and states[0].comment_id is not None
    assert {s.text for s in states} == {"Samme svar til begge."}


def test_jump_to_the_passage_and_back(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["principles"])
    loaded(qtbot, review)
    review.subsections.setChecked(False)
    loaded(qtbot, review)
    review.table.selectRow(0)
    qtbot.mouseClick(review.jump_button, Qt.MouseButton.LeftButton)
    ws = window.workspace
    assert window.tabs.currentWidget() is ws
    assert ws.detail.row.id == ids["other"]
    assert ws.panel.current().id == ids["r3"]
    assert ws.reader.selected_range() == (30, 52)
    assert window.back_action.isVisible()
    window.back_action.trigger()
    assert window.tabs.currentWidget() is review
    assert [i.rec.id for i in review.selected_items()] == [ids["r3"]]


def test_overview_and_gaps_move_with_the_work(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.overview)
    page = window.overview
    loaded(qtbot, page)
    assert page.numbers["recommendations"].text() == "4"
    assert page.progress.value() == 0
    kinds = {page.gaps.item(i).data(GapRole).kind for i in range(page.gaps.count())}
    assert kinds == {"unfinished", "unanswered"}
    services.review.set_answer([ids["r1"], ids["r2"]], "OK", "no")
    page.refresh(Changes(answers=True))
    loaded(qtbot, page)
    assert page.progress.value() == 2
    assert dict(page.per_section.rows())["Beskæftigelsesområdet"] == 2


def test_review_model_passes_the_model_tester(
    qtmodeltester, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    tagged(services, demo_id)
    model = ReviewModel()
    items = services.review.items(demo_id)
    model.set_items(
        [review_row(i) for i in items], services.review.passages([i.rec.id for i in items])
    )
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_line_with_no_sender_sorts_by_party_kind_with_the_others(
    services: Services, demo_id: int
) -> None:
    ids = tagged(services, demo_id)
    with services.store.sessions.write.begin() as s:  # the other response loses its sender
        s.execute(delete(ResponseParty).where(ResponseParty.response_id == ids["other"]))
    services.review.drop_index()
    rows = [review_row(i) for i in services.review.items(demo_id)]
    assert {r.party_kind for r in rows} == {PartyKind.ORGANISATION, None}
    model = ReviewModel()
    model.set_items(rows)
    model.sort(KIND)
    kinds = [model.item_at(row).party_kind for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert kinds == [None, None, PartyKind.ORGANISATION, PartyKind.ORGANISATION]
    assert model.data(model.index(0, KIND)) == "–"


def test_tooltips_come_from_lines_already_loaded(
    make_window, qtbot: QtBot, services: Services, demo_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    read_from: list[bool] = []
    real_passages = services.review.passages

    def passages(rec_ids):  # type: ignore[no-untyped-def]  # observed, not replaced
        read_from.append(threading.get_ident() == threading.main_thread().ident)
        return real_passages(rec_ids)

    monkeypatch.setattr(services.review, "passages", passages)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    qtbot.waitUntil(review.model.has_passages)
    assert read_from and not any(read_from)  # for the section's lines, in a worker thread
    reads = len(read_from)
    tips = [
        review.model.data(review.model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
        for row in range(review.model.rowCount())
    ]
    recs = {item.rec.id: item.rec for item in services.review.items(demo_id)}
    lines = [review.model.item_at(row) for row in range(review.model.rowCount())]
    assert tips == [recs[line.id].passage[:800] for line in lines if line is not None]
    assert len(read_from) == reads  # hovering read nothing


def test_answering_twice_in_a_row_is_not_a_conflict(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectRow(0)
    first = review.selected_items()[0].rec.id
    for text in ("Første udkast til svar.", "Andet udkast til svar."):
        review.editor.comment.setPlainText(text)
        review.editor.flush()
        assert [i.rec.id for i in review.selected_items()] == [first]
    (state,) = services.review.answer_states([first])
    assert state.text == "Andet udkast til svar."


def test_typing_then_choosing_another_saves_to_the_one_typed_for(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectRow(0)
    first = review.selected_items()[0].rec
    qtbot.waitUntil(review.model.has_passages)  # read off the GUI thread; a hover reads none
    assert review.model.data(review.model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == (
        first.passage
    )
    review.editor.comment.setPlainText("Svar til den første.")  # typed, not saved yet
    review.table.selectRow(1)
    states = {s.rec_id: s.text for s in services.review.answer_states([ids["r1"], ids["r4"]])}
    assert states[first.id] == "Svar til den første."
    assert [text for rid, text in states.items() if rid != first.id] == [""]


def test_an_answer_given_elsewhere_meanwhile_is_not_overwritten(
    make_window, qtbot: QtBot, services: Services, demo_id: int, store_path: Path, shown_dialogs
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectRow(0)
    first = review.selected_items()[0].rec.id
    other = open_app(store_path, user="bo", lock=False)
    try:
        other.review.set_answer([first], "Bos svar.", "no")
    finally:
        other.close()
    review.editor.comment.setPlainText("Mit svar.")
    review.editor.flush()  # the real warning box, answered OK by the recorder
    loaded(qtbot, review)
    (warning,) = shown_dialogs.shown
    assert warning.on_gui_thread and "Bos svar." in warning.text
    assert [i.rec.comment for i in review.selected_items()] == ["Bos svar."]
    assert review.editor.comment.toPlainText() == "Bos svar."
    review.editor.comment.setPlainText("Mit svar, efter at have læst Bos.")
    review.editor.flush()
    (state,) = services.review.answer_states([first])
    assert state.text == "Mit svar, efter at have læst Bos."


def test_coverage_by_type_in_the_tooltip_and_the_counts(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window, review = open_review(make_window, qtbot)
    tip = review.tree_model.data(
        review.tree_model.index_of(ids["job"]), Qt.ItemDataRole.ToolTipRole
    )
    assert "Ændringsforslag: 2" in tip and "Ubesvarede: 2" in tip
    review.select_section(ids["principles"])
    loaded(qtbot, review)
    assert "Opbakning 1" in review.counts.text() and "Spørgsmål 1" in review.counts.text()


def test_general_remarks_have_a_node_of_their_own_and_are_answered_there(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    general = services.tagging.create(ids["rid"], 53, 73, [], "general").id
    change = services.tagging.create(ids["other"], 0, 14, [], "change").id
    window, review = open_review(make_window, qtbot)
    first = review.tree_model.index(0, 0)
    assert review.tree_model.node(first).id == GENERAL_REMARKS
    assert review.tree_model.data(first) == "Generelle bemærkninger  (2 · 2 ubesvarede)"
    review.select_section(GENERAL_REMARKS)
    loaded(qtbot, review)
    assert review.title.text() == "Generelle bemærkninger"
    assert shown(window) == sorted([general, change])
    review.select_section(ids["job"])
    loaded(qtbot, review)
    assert general not in shown(window)  # tagged to no section: only under general remarks
    review.select_section(GENERAL_REMARKS)
    loaded(qtbot, review)
    review.table.selectAll()
    review.editor.comment.setPlainText(
        "Forvaltningen tager bemærkningerne med i det videre arbejde."
    )
    review.editor.outcome.setCurrentIndex(review.editor.outcome.findData("no"))
    review.editor.outcome.activated.emit(review.editor.outcome.currentIndex())
    review.editor.flush()
    loaded(qtbot, review)
    assert review.tree_model.data(first) == "Generelle bemærkninger  (2 · alle besvaret)"
    gaps = {(g.kind, g.recommendation_id) for g in services.review.gaps(demo_id)}
    assert ("no_sections", general) not in gaps  # a general remark needs no section
    assert ("no_sections", change) in gaps  # a change proposal without one is still a gap
    assert not {("unanswered", general), ("unanswered", change)} & gaps


def test_from_a_gap_in_the_overview_and_back_to_the_overview(
    make_window, qtbot: QtBot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.overview)
    loaded(qtbot, window.overview)
    gaps = window.overview.gaps
    row = next(
        i for i in range(gaps.count()) if gaps.item(i).data(GapRole).recommendation_id == ids["r3"]
    )
    rect = gaps.visualItemRect(gaps.item(row))
    qtbot.mouseClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.workspace
    assert window.workspace.panel.current().id == ids["r3"]
    assert (
        window.back_action.isVisible() and window.back_action.text() == "← Tilbage til overblikket"
    )
    qtbot.keyClick(window.workspace.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.overview
    assert not window.back_action.isVisible()
