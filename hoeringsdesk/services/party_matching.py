"""Find or create the one Party per organisation or person within a consultation."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm.exc import StaleDataError

from hoeringsdesk.db.models import Party
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.intake.party_keys import (
    FREE_MAIL,
    ORG_WORDS,
    PERSON_NAME,
    email_domain,
    header_candidate,
    looks_like_person,
    match_key,
)
from hoeringsdesk.intake.prepare import PartyLink
from hoeringsdesk.services.unit_of_work import inserted_id

__all__ = [
    "FREE_MAIL",
    "ORG_WORDS",
    "PERSON_NAME",
    "email_domain",
    "find_or_create",
    "header_candidate",
    "looks_like_person",
    "match_key",
]

PARTY = cast(Table, Party.__table__)
FILLED = ("organisation", "contact_name", "email", "phone")  # filled in when missing
_COLUMNS = (PARTY.c.id, PARTY.c.version, *(PARTY.c[name] for name in FILLED))


def find_or_create(conn: Connection, consultation_id: int, link: PartyLink) -> tuple[int, str]:
    """The consultation's party for a named party (its id and e-mail); missing details are
    filled in. Core statements: no ORM unit of work for a row read and written once."""
    found = link.candidate
    row = conn.execute(
        select(*_COLUMNS).where(
            PARTY.c.consultation_id == consultation_id, PARTY.c.match_key == link.key
        )
    ).first()
    if row is None and link.domain:
        # A sender known only by an organisation's address joins that organisation.
        row = conn.execute(
            select(*_COLUMNS)
            .where(
                PARTY.c.consultation_id == consultation_id,
                PARTY.c.kind != PartyKind.PRIVATE,
                func.lower(PARTY.c.email).like(f"%@{link.domain}"),
            )
            .order_by(PARTY.c.id)
            .limit(1)
        ).first()
    if row is None:
        values = {name: getattr(found, name) for name in FILLED}
        party_id = inserted_id(
            conn.execute(
                insert(PARTY).values(
                    consultation_id=consultation_id, kind=found.kind, match_key=link.key, **values
                )
            )
        )
        return party_id, found.email
    have = row._mapping
    fill = {n: getattr(found, n) for n in FILLED if not have[n] and getattr(found, n)}
    if fill:
        done = conn.execute(
            update(PARTY)
            .where(PARTY.c.id == row.id, PARTY.c.version == row.version)
            .values(version=PARTY.c.version + 1, **fill)
        )
        if done.rowcount != 1:  # what the ORM's version counter would have caught
            raise StaleDataError(f"party {row.id} was changed by someone else")
    return int(row.id), fill.get("email", row.email)
