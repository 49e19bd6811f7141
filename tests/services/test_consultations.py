"""Consultation use cases: create, list, resolve the default, update with audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from hoeringsdesk.app import Services
from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.services.errors import NotFound, ServiceError


def test_create_list_and_latest(services: Services) -> None:
    a = services.consultations.create("Skolepolitik", date(2027, 5, 1), case_number="27-1")
    b = services.consultations.create(
        "Trafikplan",
        date(2027, 6, 1),
        authority="Teknik- og Miljøforvaltningen",
        reply_addresses=["Hoering@Example.dk", "hoering@example.dk", " "],
        invited=[InvitedInfo("Cyklistforbundet", "info@cykel.example.dk"), InvitedInfo("  ")],
    )
    assert [c.id for c in services.consultations.list()] == [b.id, a.id]
    assert services.consultations.resolve(None) == b.id
    assert services.consultations.resolve(a.id) == a.id
    got = services.consultations.get(b.id)
    assert got.reply_addresses == ("hoering@example.dk",)
    assert got.invited == (InvitedInfo("Cyklistforbundet", "info@cykel.example.dk"),)
    assert got.authority == "Teknik- og Miljøforvaltningen"


def test_resolve_without_consultations_says_what_to_do(services: Services) -> None:
    with pytest.raises(NotFound, match="demo"):
        services.consultations.resolve(None)
    with pytest.raises(NotFound, match="42"):
        services.consultations.resolve(42)


def test_validation(services: Services) -> None:
    with pytest.raises(ServiceError, match="titel"):
        services.consultations.create("  ", date(2027, 1, 1))
    with pytest.raises(ServiceError, match="starte efter"):
        services.consultations.create("X", date(2027, 1, 1), start_date=date(2027, 2, 1))


def test_update_records_before_and_after(services: Services) -> None:
    c = services.consultations.create("Skolepolitik", date(2027, 5, 1))
    updated = services.consultations.update(
        c.id, deadline=date(2027, 5, 15), invited=[InvitedInfo("Skolebestyrelsen")]
    )
    assert updated.deadline == date(2027, 5, 15)
    assert updated.invited == (InvitedInfo("Skolebestyrelsen"),)
    with services.store.sessions.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).all()
    assert len(events) == 1
    assert events[0].user == "tester"
    assert events[0].before == {"deadline": "2027-05-01", "invited": []}
    assert events[0].after == {"deadline": "2027-05-15", "invited": ["Skolebestyrelsen"]}
    with pytest.raises(ServiceError, match="Ukendte"):
        services.consultations.update(c.id, colour="blue")
