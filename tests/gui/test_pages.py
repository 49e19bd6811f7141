"""The pages' one interface: what changed reaches a page in front at once, one behind
another tab when it comes to the front, and never overwrites an answer being typed."""

from __future__ import annotations

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from tests.gui.loading import loaded
from tests.gui.test_review_page import shown, tagged


def test_a_page_behind_another_tab_reads_once_when_it_comes_to_the_front(
    make_window, qtbot, services: Services, demo_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.review)
    loaded(qtbot, window.review)
    window.review.select_section(ids["job"])
    loaded(qtbot, window.review)
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
    loaded(qtbot, window.review)  # read off the GUI thread; the catch-up finds nothing left
    assert len(reads) == 1
    assert shown(window) == sorted([ids["r1"], ids["r4"], new])


def test_a_colleagues_change_waits_while_an_answer_is_typed(
    make_window, qtbot, services: Services, demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    ids = tagged(services, demo_id)
    window = make_window()
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    loaded(qtbot, review)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    review.table.selectRow(0)
    typed_on = review.selected_items()[0].rec.id
    review.editor.comment.setPlainText("Vi ser på det")
    assert review.editor.busy()
    new = services.tagging.create(ids["rid"], 30, 52, [ids["job"]], "change").id
    window.refresh(Changes(recommendations=True))
    assert not review.loader.busy  # held: nothing is read while the officer types
    assert new not in shown(window)  # the officer's typing is not disturbed
    assert review.editor.comment.toPlainText() == "Vi ser på det"
    window.flush_pages()  # the answer is saved (and the page reloads with it)
    assert services.review.details(demo_id, [typed_on])[0].rec.comment == "Vi ser på det"
    window.refresh(Changes())
    loaded(qtbot, review)
    assert new in shown(window)


def test_a_page_coming_to_the_front_reloads_only_what_the_officer_changed_elsewhere(
    make_window, qtbot, services: Services, demo_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The services report the officer's own changes (the audit trail): a tag made while
    the responses are in front reloads the review when it comes back; a mailbox's settings
    change nothing it shows, so it reads nothing."""
    ids = tagged(services, demo_id)
    window = make_window()
    window.poller.stop()  # only the page switch may tell the review (the poll: test_team_*)
    review = window.review
    window.tabs.setCurrentWidget(review)
    loaded(qtbot, review)
    review.select_section(ids["job"])
    loaded(qtbot, review)
    reads: list[int] = []
    real_rows = services.review.rows

    def rows(*args, **kwargs):  # type: ignore[no-untyped-def]  # observed, not replaced
        reads.append(1)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(services.review, "rows", rows)
    window.tabs.setCurrentWidget(window.workspace)
    window.tabs.setCurrentWidget(review)
    loaded(qtbot, review)
    assert reads == []  # nothing changed: nothing read
    window.tabs.setCurrentWidget(window.workspace)
    services.mailboxes.add(demo_id, name="Høringer", host="imap.example.dk", username="hoering")
    window.tabs.setCurrentWidget(review)
    loaded(qtbot, review)
    assert reads == []  # a mailbox's settings: nothing the review shows
    window.tabs.setCurrentWidget(window.workspace)
    new = services.tagging.create(ids["rid"], 30, 52, [ids["job"]], "change").id
    window.tabs.setCurrentWidget(review)
    loaded(qtbot, review)
    assert len(reads) == 1
    assert shown(window) == sorted([ids["r1"], ids["r4"], new])
