"""Insert invented responses straight into a store, for service and GUI tests."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select

from hoeringsdesk.app import Services
from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Campaign, Response
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.services.audit import utcnow


def add_response(
    services: Services,
    consultation_id: int,
    text: str,
    *,
    organisation: str = "Boligselskabet Havbo",
    contact: str = "Mette Lund",
    email: str = "ml@havbo.example.dk",
    kind: PartyKind = PartyKind.ORGANISATION,
    received: datetime | None = datetime(2026, 10, 1, 10, 0),
    campaign_id: int | None = None,
    duplicate_of: int | None = None,
) -> int:
    """A registered response with one sender party; returns its id."""
    with services.store.sessions.write.begin() as s:
        number = None
        if duplicate_of is None:
            number = (
                s.scalar(
                    select(func.max(Response.number)).where(
                        Response.consultation_id == consultation_id
                    )
                )
                or 0
            ) + 1
        r = Response(
            consultation_id=consultation_id,
            number=number,
            text=text,
            source_sha256=hashlib.sha256(f"{text}{number}{email}".encode()).hexdigest(),
            received_at=received,
            received_source="date" if received else "",
            campaign_id=campaign_id,
            duplicate_of_id=duplicate_of,
            created_at=utcnow(),
        )
        s.add(r)
        party = Party(
            consultation_id=consultation_id,
            kind=kind,
            organisation=organisation,
            contact_name=contact,
            email=email,
            match_key=f"t:{email}:{organisation}",
        )
        s.add(party)
        s.flush()
        s.add(ResponseParty(response_id=r.id, party_id=party.id, role=PartyRole.SENDER))
        return r.id


def add_campaign(services: Services, consultation_id: int, label: str = "Kampagne") -> int:
    with services.store.sessions.write.begin() as s:
        c = Campaign(consultation_id=consultation_id, label=label)
        s.add(c)
        s.flush()
        return c.id


def section_id(services: Services, consultation_id: int, heading_start: str) -> int:
    return next(
        n.id
        for n in services.drafts.sections(consultation_id)
        if n.heading.startswith(heading_start)
    )


def audit_events(services: Services, consultation_id: int) -> list[AuditEvent]:
    """The consultation's recorded changes, newest first, read straight from the store."""
    with services.store.sessions.read() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.consultation_id == consultation_id)
                .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            )
        )
