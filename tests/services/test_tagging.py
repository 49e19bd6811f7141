"""Tagging by hand through the service: create, edit, split, delete/restore, campaigns."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from hoeringsdesk.app import Services
from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.domain.enums import (
    Outcome,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.services.errors import ConflictError, ServiceError
from tests.builders import add_campaign, add_response, section_id

TEXT = (
    "Vi støtter pejlemærkerne. Kommunen bør oprette flere småjobs på særlige vilkår. "
    "Hvorfor er sundhedsområdet så kort?"
)


def test_create_on_two_sections_with_default_summary(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, TEXT)
    job, health = section_id(services, demo_id, "Beskæft"), section_id(services, demo_id, "Sundh")
    start = TEXT.index("Kommunen")
    end = TEXT.index("Hvorfor")
    rec = services.tagging.create(rid, start, end, [job, health, job], "change")
    assert rec.passage == "Kommunen bør oprette flere småjobs på særlige vilkår. "
    assert rec.summary == "Kommunen bør oprette flere småjobs på særlige vilkår."
    assert rec.status == "accepted" and rec.type == "change"
    assert {s.id for s in rec.sections} == {job, health}
    assert services.responses.row(rid).status == "in_progress"
    with services.store.sessions.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "recommendation")).one()
    assert event.action == "create" and event.user == "tester"


def test_empty_selection_and_foreign_section_are_refused(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, TEXT)
    with pytest.raises(ServiceError, match="Markér"):
        services.tagging.create(rid, 5, 5, [])
    other = services.consultations.create("Anden", date(2027, 1, 1)).id
    services.drafts.import_file(other, "u.md", b"# Andet afsnit\n")
    foreign = services.drafts.sections(other)[0].id
    with pytest.raises(ServiceError, match="hører ikke til"):
        services.tagging.create(rid, 0, 10, [foreign])


def test_update_relink_and_version_conflict(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, TEXT)
    job = section_id(services, demo_id, "Beskæft")
    culture = section_id(services, demo_id, "Kultur")
    rec = services.tagging.create(rid, 0, 25, [job], "support")
    updated = services.tagging.update(
        rec.id,
        summary="Støtte til pejlemærker",
        type="support",
        section_ids=[culture],
        expected_version=rec.version,
    )
    assert [s.id for s in updated.sections] == [culture]
    assert updated.summary == "Støtte til pejlemærker"
    assert updated.version == rec.version + 1
    with pytest.raises(ConflictError):
        services.tagging.update(rec.id, summary="X", expected_version=rec.version)


def test_split_and_delete_restore(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, TEXT)
    job = section_id(services, demo_id, "Beskæft")
    rec = services.tagging.create(rid, 0, len(TEXT), [job])
    at = TEXT.index("Kommunen")
    first, second = services.tagging.split(rec.id, at)
    assert first.passage + second.passage == TEXT
    assert [s.id for s in second.sections] == [job]
    snap = services.tagging.delete(second.id)
    assert [r.id for r in services.responses.detail(rid).recommendations] == [first.id]
    back = services.tagging.restore(snap)
    assert back.id == second.id and back.passage == second.passage
    with pytest.raises(ServiceError, match="inde i"):
        services.tagging.split(first.id, 0)


def test_apply_to_campaign_copies_once_and_finds_the_passage(
    services: Services, demo_id: int
) -> None:
    camp = add_campaign(services, demo_id)
    letter = "Kære byråd. Bevar sprogskolen i bydelen. Venlig hilsen {}"
    ids = [
        add_response(
            services,
            demo_id,
            letter.format(name),
            organisation="",
            contact=name,
            email=f"{name.lower()}@example.dk",
            campaign_id=camp,
        )
        for name in ("Anna", "Bo", "Carl")
    ]
    lang = section_id(services, demo_id, "Princip C")
    start = letter.index("Bevar")
    rec = services.tagging.create(
        ids[0], start, start + len("Bevar sprogskolen i bydelen."), [lang], "criticism"
    )
    copies = services.tagging.apply_to_campaign(rec.id)
    assert sorted(c.response_id for c in copies) == ids[1:]
    assert all(c.passage == rec.passage and c.start == start for c in copies)
    assert services.tagging.apply_to_campaign(rec.id) == []
    items = services.review.items(demo_id, [lang])
    assert len(items) == 1 and items[0].campaign_size == 3


def test_records_carry_the_enum_members_the_store_holds(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, TEXT)
    rec = services.tagging.create(rid, 0, 25, [section_id(services, demo_id, "Beskæft")])
    assert rec.status is RecommendationStatus.ACCEPTED and rec.type is RecommendationType.CHANGE
    assert rec.outcome is Outcome.UNDECIDED
    assert services.responses.row(rid).status is ResponseStatus.IN_PROGRESS
    assert services.responses.detail(rid).recommendations[0].status is rec.status
