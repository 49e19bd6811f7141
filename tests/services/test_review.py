"""Review through the service: a section's items, shared answers with undo, gaps, overview."""

from __future__ import annotations

from datetime import datetime

import pytest

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.domain.records.review import review_row
from hoeringsdesk.services.errors import ConflictError
from tests.builders import add_response, section_id

TEXT = "Flere småjobs. Mere tolkning. Bedre skolesamarbejde."


@pytest.fixture
def tagged(services: Services, demo_id: int) -> dict[str, int]:
    rid = add_response(services, demo_id, TEXT)
    late = add_response(
        services,
        demo_id,
        TEXT,
        organisation="Ældrerådet",
        email="a@example.dk",
        received=datetime(2026, 11, 2, 9, 0),
    )
    principles = section_id(services, demo_id, "Principper")
    a = section_id(services, demo_id, "Princip A")
    job = section_id(services, demo_id, "Beskæft")
    r1 = services.tagging.create(rid, 0, 14, [job]).id
    r2 = services.tagging.create(rid, 15, 29, [a]).id
    r3 = services.tagging.create(late, 30, 52, [principles]).id
    return {
        "rid": rid,
        "late": late,
        "principles": principles,
        "a": a,
        "job": job,
        "r1": r1,
        "r2": r2,
        "r3": r3,
    }


def test_section_items_with_and_without_subsections(
    services: Services, demo_id: int, tagged: dict[str, int]
) -> None:
    own = services.review.items(demo_id, [tagged["principles"]])
    assert [i.rec.id for i in own] == [tagged["r3"]]
    tree = services.review.subtree(demo_id, tagged["principles"])
    assert tagged["a"] in tree
    both = services.review.items(demo_id, tree)
    assert sorted(i.rec.id for i in both) == sorted([tagged["r2"], tagged["r3"]])
    assert own[0].sender.startswith("Ældrerådet")


def test_one_answer_for_several_and_undo(
    services: Services, demo_id: int, tagged: dict[str, int]
) -> None:
    ids = [tagged["r1"], tagged["r2"]]
    before = services.review.answer_states(ids)
    cid = services.review.set_answer(ids, "Tages til efterretning.", "partly")
    detail = services.responses.detail(tagged["rid"])
    assert {r.comment_id for r in detail.recommendations} == {cid}
    assert {r.outcome for r in detail.recommendations} == {"partly"}
    # editing one of them edits the shared answer
    assert services.review.set_answer([tagged["r1"]], "Indarbejdes.", "yes") == cid
    assert services.responses.detail(tagged["rid"]).recommendations[1].comment == "Indarbejdes."
    services.review.restore_answers(before)
    assert {r.comment_id for r in services.responses.detail(tagged["rid"]).recommendations} == {
        None
    }


def test_stale_answer_is_refused(services: Services, demo_id: int, tagged: dict[str, int]) -> None:
    cid = services.review.set_answer([tagged["r1"]], "Første", "no")
    services.review.set_answer([tagged["r1"]], "Anden", "no")
    with pytest.raises(ConflictError, match="Anden"):
        services.review.set_answer(
            [tagged["r1"]], "Tredje", "yes", expected={tagged["r1"]: (cid, 1)}
        )


def test_gaps_and_coverage_and_overview(
    services: Services, demo_id: int, tagged: dict[str, int]
) -> None:
    kinds = {g.kind for g in services.review.gaps(demo_id)}
    assert kinds == {"unfinished", "late_undecided", "unanswered"}
    services.review.set_answer([tagged["r1"], tagged["r2"], tagged["r3"]], "Ok", "no")
    services.responses.update(tagged["late"], accepted_late=True, status="done")
    services.responses.update(tagged["rid"], status="done")
    assert services.review.gaps(demo_id) == []
    cover = services.review.coverage(demo_id)
    assert cover[tagged["job"]].total == 1 and cover[tagged["job"]].unanswered == 0
    ov = services.review.overview(demo_id)
    assert (ov.responses, ov.on_time, ov.late, ov.answered, ov.recommendations) == (2, 1, 1, 3, 3)


def test_rows_are_the_items_lines_and_follow_own_changes(
    services: Services, demo_id: int, tagged: dict[str, int]
) -> None:
    def same(section: int, subsections: bool = True) -> bool:
        ids = services.review.subtree(demo_id, section) if subsections else [section]
        lines = [review_row(i) for i in services.review.items(demo_id, ids)]
        return services.review.rows(demo_id, section, subsections) == lines

    assert same(tagged["principles"]) and same(tagged["principles"], subsections=False)
    services.review.set_answer([tagged["r2"], tagged["r3"]], "Tages til efterretning.", "no")
    assert same(tagged["principles"])
    assert all(r.answered for r in services.review.rows(demo_id, tagged["principles"]))
    # editing one of two that share an answer changes both lines
    services.review.set_answer([tagged["r3"]], "   ", "yes")
    assert same(tagged["principles"])
    assert not any(r.answered for r in services.review.rows(demo_id, tagged["principles"]))
    # any other commit of this process is seen too (here: a new type and a new section)
    services.tagging.update(tagged["r1"], type="question", section_ids=[tagged["a"]])
    assert same(tagged["principles"]) and same(tagged["job"])
    assert [r.type for r in services.review.rows(demo_id, tagged["a"])] == ["question", "change"]
    details = services.review.details(demo_id, [tagged["r3"], tagged["r1"]])
    assert [i.rec.id for i in details] == [tagged["r3"], tagged["r1"]]
    assert details[0].rec.comment_version == 2 and details[0].rec.comment == ""


def test_rows_follow_undo(services: Services, demo_id: int, tagged: dict[str, int]) -> None:
    ids = [tagged["r1"], tagged["r2"]]
    before = services.review.answer_states(ids)
    services.review.set_answer(ids, "Ok", "yes")
    assert all(r.answered for r in services.review.rows(demo_id, tagged["job"]))
    services.review.restore_answers(before)
    (line,) = services.review.rows(demo_id, tagged["job"])
    assert (line.comment_id, line.outcome, line.answered) == (None, "undecided", False)


def test_rows_follow_changes_made_elsewhere(
    services: Services, demo_id: int, tagged: dict[str, int], store_url: str
) -> None:
    (line,) = services.review.rows(demo_id, tagged["job"])
    assert not line.answered
    other = open_app(store_url, user="bo", lock=False)
    try:
        other.review.set_answer([tagged["r1"]], "Indarbejdes.", "yes")
        (line,) = services.review.rows(demo_id, tagged["job"])
        assert (line.outcome, line.answered) == ("yes", True)
        other.tagging.create(tagged["late"], 0, 14, [tagged["job"]], "question")
        assert len(services.review.rows(demo_id, tagged["job"])) == 2
        assert services.review.coverage(demo_id)[tagged["job"]].unanswered == 1
    finally:
        other.close()
