"""Team mode: two officers on one store — no lost update, each other's work, assignment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.recommendations import RecommendationState
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.samples.demo_set import demo_files
from hoeringsdesk.services.errors import ConflictError
from tests.builders import add_response, section_id


@pytest.fixture
def pair(store_url: str) -> Iterator[tuple[Services, Services]]:
    anne = open_app(store_url, user="anne")
    bo = open_app(store_url, user="bo")
    yield anne, bo
    bo.close()
    anne.close()


@pytest.fixture
def rec_id(pair: tuple[Services, Services]) -> int:
    anne, _ = pair
    cid = anne.demo.create(with_responses=False)
    rid = add_response(anne, cid, "Flere småjobs til unge. Mere tolkning i sundhedsplejen.")
    return anne.tagging.create(rid, 0, 23, [section_id(anne, cid, "Beskæft")]).id


def test_second_save_of_a_recommendation_is_refused_and_shows_the_first(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    seen_by_bo = bo.tagging.snapshot(rec_id)
    version = anne.tagging.update(rec_id, summary="Småjobs til unge").version - 1
    with pytest.raises(ConflictError) as info:
        bo.tagging.update(rec_id, summary="Flere job", expected_version=version)
    assert "anne" in str(info.value) and "Småjobs til unge" in str(info.value)
    assert seen_by_bo.summary != "Småjobs til unge"
    assert anne.tagging.snapshot(rec_id).summary == "Småjobs til unge"


def test_second_answer_is_refused_and_shows_the_first(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    seen = {rec_id: (None, 0)}
    anne.review.set_answer([rec_id], "Indarbejdes i afsnit 4.", "yes", expected=seen)
    with pytest.raises(ConflictError) as info:
        bo.review.set_answer([rec_id], "Nej tak.", "no", expected=seen)
    assert "anne" in str(info.value) and "Indarbejdes i afsnit 4." in str(info.value)
    (state,) = bo.review.answer_states([rec_id])
    assert (state.text, state.outcome) == ("Indarbejdes i afsnit 4.", "yes")


def test_a_race_inside_one_save_is_a_conflict_not_a_lost_update(
    pair: tuple[Services, Services], rec_id: int, backend: str
) -> None:
    if backend == "sqlite":
        pytest.skip("SQLite admits one writer at a time, so two saves cannot interleave")
    anne, bo = pair
    rid = anne.tagging.snapshot(rec_id).response_id
    writes = bo.responses._write  # the same unit of work every service uses
    with pytest.raises(ConflictError), writes.begin() as s:
        response = s.get(Response, rid)
        assert response is not None
        anne.responses.update(rid, notes="Anne ringede til afsenderen.")
        response.notes = "Bo's note"
    assert anne.responses.detail(rid).notes == "Anne ringede til afsenderen."


def test_new_work_shows_up_for_the_other_officer(pair: tuple[Services, Services]) -> None:
    anne, bo = pair
    cid = anne.demo.create(with_responses=False)
    token = bo.audit.last_change(cid)
    name, data = demo_files()[2]
    outcome = anne.intake.import_bytes(cid, name, data)
    assert bo.audit.last_change(cid) > token
    assert [r.id for r in bo.responses.rows(cid)] == [outcome.response_id]
    anne.responses.update(outcome.response_id, assigned_to="bo")
    assert bo.responses.row(outcome.response_id).assigned_to == "bo"
    entries = bo.audit.for_response(outcome.response_id)
    assert [(e.user, e.action) for e in entries] == [("anne", "import"), ("anne", "update")]
    assert entries[-1].after == {"assigned_to": "bo"}
    assert bo.audit.users(cid) == ["anne"]


def test_deleting_a_recommendation_a_colleague_just_edited_is_refused(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    rid = anne.tagging.snapshot(rec_id).response_id
    (shown,) = bo.responses.detail(rid).recommendations  # what Bo's window shows
    anne.tagging.update(rec_id, summary="Småjobs til unge")
    with pytest.raises(ConflictError) as info:
        bo.tagging.delete(rec_id, expected_version=shown.version)
    message = str(info.value)
    assert "anne" in message and "ikke slettet" in message and "Småjobs til unge" in message
    assert anne.tagging.snapshot(rec_id).summary == "Småjobs til unge"
    (fresh,) = bo.responses.detail(rid).recommendations
    bo.tagging.delete(rec_id, expected_version=fresh.version)  # seen now: deleted
    assert bo.responses.detail(rid).recommendations == ()


def test_response_notes_are_checked_against_the_notes_the_officer_saw(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    rid = anne.tagging.snapshot(rec_id).response_id
    seen_by_bo = bo.responses.detail(rid).notes
    anne.responses.update(rid, notes="Anne ringede til afsenderen.", expected={"notes": ""})
    with pytest.raises(ConflictError) as info:
        bo.responses.update(rid, notes="Bo's note", expected={"notes": seen_by_bo})
    message = str(info.value)
    assert "Noterne er ændret af anne" in message and "Anne ringede til afsenderen." in message
    assert anne.responses.detail(rid).notes == "Anne ringede til afsenderen."
    entries = [e for e in bo.audit.for_response(rid) if e.action == "update"]
    assert [e.user for e in entries] == ["anne"]


def test_undo_of_an_edit_is_refused_after_a_colleagues_newer_edit(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    before = anne.tagging.snapshot(rec_id)
    seen = anne.responses.detail(before.response_id).recommendations[0].version
    edited = anne.tagging.update(rec_id, summary="Småjobs til unge", expected_version=seen)
    bo.tagging.update(rec_id, summary="Småjobs til unge i ferien")
    # Anne's Ctrl+Z writes her old summary back only if it still says what she left.
    with pytest.raises(ConflictError) as info:
        anne.tagging.update(
            rec_id, summary=before.summary, expected_version=RecommendationState.of(edited)
        )
    assert "bo" in str(info.value) and "Småjobs til unge i ferien" in str(info.value)
    assert bo.tagging.snapshot(rec_id).summary == "Småjobs til unge i ferien"


def test_undo_of_an_edit_passes_after_the_officers_own_accept_and_its_undo(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, _ = pair
    anne.tagging.set_status(rec_id, "suggested")
    before = anne.tagging.snapshot(rec_id)
    edited = anne.tagging.update(rec_id, summary="Småjobs til unge")
    accepted = anne.tagging.accept([rec_id])  # a new version, the same words
    anne.tagging.unaccept({rec_id: RecommendationState.of(accepted[0])})
    undone = anne.tagging.update(
        rec_id, summary=before.summary, expected_version=RecommendationState.of(edited)
    )
    assert undone.summary == before.summary and undone.status == "suggested"


def test_undo_of_an_answer_is_refused_after_a_colleagues_newer_answer(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    step = anne.review.set_answer_for_undo([rec_id], "Indarbejdes i afsnit 4.", "yes")
    assert [(s.text, s.outcome) for s in step.before] == [("", Outcome.UNDECIDED)]
    bo.review.set_answer([rec_id], "Bo: indarbejdes delvist.", "partly")
    # Anne's Ctrl+Z puts her earlier answer back only if it still says what she left.
    with pytest.raises(ConflictError) as info:
        anne.review.restore_answers(step.before, step.left)
    message = str(info.value)
    assert "ændret af bo" in message and "ikke fortrudt" in message
    assert "Bo: indarbejdes delvist." in message and "Delvist" in message
    (state,) = anne.review.answer_states([rec_id])
    assert (state.text, state.outcome) == ("Bo: indarbejdes delvist.", Outcome.PARTLY)
    events = anne.audit.for_response(anne.tagging.snapshot(rec_id).response_id)
    assert [(e.user, e.action) for e in events if e.entity == "comment"] == [
        ("anne", "answer"),
        ("bo", "answer"),
    ]  # the refused undo recorded nothing


def test_undo_of_an_answer_passes_after_the_officers_own_later_answer_and_its_undo(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, _ = pair
    first = anne.review.set_answer_for_undo([rec_id], "Første svar.", "no")
    second = anne.review.set_answer_for_undo([rec_id], "Andet svar.", "yes")
    anne.review.restore_answers(second.before, second.left)  # a new version, her words
    anne.review.restore_answers(first.before, first.left)
    (state,) = anne.review.answer_states([rec_id])
    assert (state.comment_id, state.text, state.outcome) == (None, "", Outcome.UNDECIDED)


def test_redo_of_an_answer_is_refused_after_a_colleague_answered_since_the_undo(
    pair: tuple[Services, Services], rec_id: int
) -> None:
    anne, bo = pair
    step = anne.review.set_answer_for_undo([rec_id], "Indarbejdes.", "yes")
    anne.review.restore_answers(step.before, step.left)
    bo.review.set_answer([rec_id], "Bos svar.", "no")
    with pytest.raises(ConflictError) as info:
        anne.review.set_answer_for_undo([rec_id], "Indarbejdes.", "yes", left=step.before)
    assert "ændret af bo" in str(info.value) and "Bos svar." in str(info.value)
    (state,) = bo.review.answer_states([rec_id])
    assert (state.text, state.outcome) == ("Bos svar.", Outcome.NO)


def test_undo_of_a_merge_is_refused_after_a_colleague_changed_the_kept_sender(
    pair: tuple[Services, Services],
) -> None:
    anne, bo = pair
    cid = anne.demo.create()
    first, second = _two_senders(anne, cid)
    keep, other = first.senders[0], second.senders[0]
    merged = anne.parties.merge(keep.id, other.id)
    bo.parties.update(keep.id, phone="21 43 65 87")  # Bo corrects the kept sender meanwhile
    with pytest.raises(ConflictError, match="ændret af bo"):
        anne.parties.unmerge(merged)
    assert anne.parties.get(keep.id).phone == "21 43 65 87"  # Bo's change is kept
    assert anne.responses.row(second.id).senders[0].id == keep.id  # and the merge stands


def test_undo_of_a_merge_passes_when_nobody_changed_the_kept_sender(
    pair: tuple[Services, Services],
) -> None:
    anne, _ = pair
    cid = anne.demo.create()
    first, second = _two_senders(anne, cid)
    merged = anne.parties.merge(first.senders[0].id, second.senders[0].id)
    back = anne.parties.unmerge(merged)
    assert back.id == second.senders[0].id
    assert anne.responses.row(second.id).senders[0].id == back.id


def _two_senders(services: Services, cid: int) -> tuple[ResponseRow, ResponseRow]:
    """Two responses whose first senders are different parties."""
    rows = [r for r in services.responses.rows(cid) if r.senders]
    first = rows[0]
    second = next(r for r in rows if r.senders[0].id != first.senders[0].id)
    return first, second
