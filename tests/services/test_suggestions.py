"""Suggestions for free letters through the services: found at import, scored with reasons,
learned from the officer's tags, and never accepted without the officer."""

from __future__ import annotations

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.responses import ResponseDetail


@pytest.fixture
def cid(services: Services) -> int:
    return services.demo.create()


def detail_of(services: Services, cid: int, name: str) -> ResponseDetail:
    row = next(r for r in services.responses.rows(cid) if r.source_name == name)
    return services.responses.detail(row.id)


def heading_of(services: Services, cid: int, section_id: int) -> str:
    return next(s.heading for s in services.drafts.sections(cid) if s.id == section_id)


def test_a_free_mail_gets_its_points_as_suggestions_with_reasons(
    services: Services, cid: int
) -> None:
    peter = detail_of(services, cid, "03_borger_peter.eml")
    recs = peter.recommendations
    assert [r.passage[:30] for r in recs] == [
        "Jeg har gået på sprogskole i N",
        "Det er også svært at finde ud ",
    ]
    assert all(r.status == "suggested" for r in recs)
    for r in recs:
        assert peter.text[r.start : r.end] == r.passage
        assert "hilsen" not in r.passage and "Hej" not in r.passage
    # the summary is the sentence with the proposal, not the first
    assert recs[0].summary == "Jeg foreslår, at der også er hold om aftenen og i weekenden."
    best = recs[0].candidates[0]
    assert heading_of(services, cid, best.section_id) == "Princip C: Sprog åbner døre"
    assert [s.id for s in recs[0].sections] == [best.section_id]
    words = next(r for r in best.reasons if r.kind == "words").words
    assert "sprogskole" in words


def test_a_pdf_letter_naming_a_principle_is_suggested_under_it(
    services: Services, cid: int
) -> None:
    council = detail_of(services, cid, "05_handicapraadet.eml")
    rec = next(r for r in council.recommendations if "princip B" in r.passage)
    named = next(r for r in rec.candidates[0].reasons if r.kind == "named")
    assert named.text == "princip B"
    assert [s.heading for s in rec.sections] == ["Princip B: Helhed for borgeren"]


def test_a_campaign_is_suggested_once(services: Services, cid: int) -> None:
    members = [r for r in services.responses.rows(cid) if r.campaign_id]
    assert len(members) == 4
    counts = sorted(r.open_suggestions for r in members)
    assert counts == [0, 0, 0, 1]


def test_template_rows_without_a_section_get_candidates(services: Services, cid: int) -> None:
    council = detail_of(services, cid, "02_integrationsraadet.eml")
    general = next(r for r in council.recommendations if r.type == "general")
    assert general.candidates  # "Generelle bemærkninger" are ranked too
    row = next(r for r in council.recommendations if "tolk" in r.passage)
    assert [s.heading for s in row.sections] == ["Børne- og ungdomsområdet"]
    assert row.candidates[0].reasons[0].kind == "label"


def test_learning_from_tags_changes_the_open_suggestions_and_accepts_nothing(
    services: Services, cid: int
) -> None:
    before = {
        r.id: r.status
        for row in services.responses.rows(cid)
        for r in services.responses.detail(row.id).recommendations
    }
    culture = next(s.id for s in services.drafts.sections(cid) if s.heading.startswith("Kultur"))
    hanne = detail_of(services, cid, "04_videresendt_hanne.eml")
    start = hanne.text.index("Jeg bor")
    # the officer tags a few passages about "blokke" and "boliger" to culture (odd, but theirs)
    for response in services.responses.rows(cid)[:3]:
        d = services.responses.detail(response.id)
        services.tagging.create(d.row.id, 0, min(40, len(d.text)), [culture])
    services.tagging.create(hanne.row.id, start, start + 60, [culture])
    assert services.suggestions.retrain(cid) >= 4
    open_rec = next(r for r in hanne.recommendations if r.status == "suggested")
    services.suggestions.refresh(hanne.row.id)
    fresh = next(
        r for r in services.responses.detail(hanne.row.id).recommendations if r.id == open_rec.id
    )
    learned = [
        reason
        for c in fresh.candidates
        if c.section_id == culture
        for reason in c.reasons
        if reason.kind == "learned"
    ]
    assert learned and learned[0].count >= 1
    # refreshing and retraining never accepted anything
    after = {
        r.id: r.status
        for row in services.responses.rows(cid)
        for r in services.responses.detail(row.id).recommendations
        if r.id in before
    }
    assert after == before


def test_retraining_notices_removed_and_changed_tags(services: Services, cid: int) -> None:
    sections = services.drafts.sections(cid)
    peter = detail_of(services, cid, "03_borger_peter.eml")
    rec = services.tagging.create(peter.row.id, 0, 40, [sections[0].id])
    assert services.suggestions.retrain(cid) == services.suggestions.tags(cid)
    n = services.suggestions.tags(cid)
    services.tagging.update(rec.id, section_ids=[sections[1].id])
    assert services.suggestions.retrain(cid) == n
    services.tagging.delete(rec.id)
    assert services.suggestions.retrain(cid) == n - 1


def test_candidates_for_a_new_selection(services: Services, cid: int) -> None:
    found = services.suggestions.candidates(cid, "Vi savner flere blandede boliger.")
    assert heading_of(services, cid, found[0].section_id) == "Boligområdet"


def test_anonymising_takes_the_person_out_of_the_stored_reasons(services: Services) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from hoeringsdesk.db.models.recommendations import Recommendation
    from hoeringsdesk.samples.mail import eml, make_mail

    cid = services.demo.create(with_responses=False)
    body = (
        "Karen Bøgholt Sørensen\n\n"
        "Jeg foreslår, at sprogundervisningen også ligger om aftenen, så man kan passe et "
        "arbejde ved siden af.\n\nVenlig hilsen\nKaren Bøgholt Sørensen"
    )
    data = eml(
        make_mail(
            "Karen Bøgholt Sørensen <karen.bs.1970@gmail.com>",
            "hoering@nordkysten.example.dk",
            "Sprogskolen",
            body,
            datetime(2026, 10, 3, 12, tzinfo=UTC),
        )
    )
    outcome = services.intake.import_bytes(cid, "karen.eml", data)
    assert outcome.response_id is not None

    def stored() -> str:
        with services.store.sessions.read() as s:
            return str(
                s.scalars(
                    select(Recommendation.suggestion).where(
                        Recommendation.response_id == outcome.response_id
                    )
                ).all()
            )

    assert "Bøgholt" in stored()  # the letter's first line is the heading it stood under
    services.privacy.anonymise(outcome.response_id)
    assert "Bøgholt" not in stored() and "Karen" not in stored()
