"""The pages' one interface: what changed reaches a page in front at once, one behind
another tab when it comes to the front, and never overwrites an answer being typed."""

from __future__ import annotations

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from tests.gui.test_review_page import shown, tagged


def test_a_page_behind_another_tab_reads_once_when_it_comes_to_the_front(
    make_window, qtbot, services: Services, demo_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.review)
    window.review.select_section(ids["job"])
    assert shown(window) == sorted([ids["r1"], ids["r4"]])
    window.tabs.setCurrentWidget(window.workspace)
    reads: list[int] = []
    real_rows = services.review.rows

    def rows(*args, **kwargs):  # type: ignore[no-untyped-def]  # observed, not replaced
        reads.append(1)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(services.review, "rows", rows)
    new = services.tagging.create(ids["rid"], 30, 52, [ids["job"]], "change").id
    window.refresh(Changes(recommendations=True))
    window.refresh(Changes(answers=True))
    assert reads == []  # behind the responses: nothing read yet
    window.tabs.setCurrentWidget(window.review)
    qtbot.wait(50)  # the page's own catch-up (queued) finds nothing left to do
    assert len(reads) == 1
    assert shown(window) == sorted([ids["r1"], ids["r4"], new])


def test_a_colleagues_change_waits_while_an_answer_is_typed(
    make_window, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    review.select_section(ids["job"])
    review.table.selectRow(0)
    typed_on = review.selected_items()[0].rec.id
    review.editor.comment.setPlainText("Vi ser på det")
    assert review.editor.busy()
    new = services.tagging.create(ids["rid"], 30, 52, [ids["job"]], "change").id
    window.refresh(Changes(recommendations=True))
    assert new not in shown(window)  # the officer's typing is not disturbed
    assert review.editor.comment.toPlainText() == "Vi ser på det"
    window.flush_pages()  # the answer is saved (and the page reloads with it)
    assert services.review.details(demo_id, [typed_on])[0].rec.comment == "Vi ser på det"
    window.refresh(Changes())
    assert new in shown(window)
