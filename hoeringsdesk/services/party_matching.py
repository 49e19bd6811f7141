"""Find or create the one Party per organisation or person within a consultation."""

from __future__ import annotations

from sqlalchemy import Connection, update
from sqlalchemy.orm.exc import StaleDataError

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
from hoeringsdesk.services.intake_sql import (
    FILLED,
    INSERT_PARTY,
    PARTY,
    PARTY_BY_DOMAIN,
    PARTY_BY_KEY,
)
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


def find_or_create(conn: Connection, consultation_id: int, link: PartyLink) -> tuple[int, str]:
    """The consultation's party for a named party (its id and e-mail); missing details are
    filled in. Core statements: no ORM unit of work for a row read and written once."""
    found = link.candidate
    row = conn.execute(PARTY_BY_KEY, {"cid": consultation_id, "key": link.key}).first()
    if row is None and link.domain:
        # A sender known only by an organisation's address joins that organisation.
        pattern = f"%@{link.domain}"
        row = conn.execute(PARTY_BY_DOMAIN, {"cid": consultation_id, "pattern": pattern}).first()
    if row is None:
        values = {name: getattr(found, name) for name in FILLED}
        party_id = inserted_id(
            conn.execute(
                INSERT_PARTY,
                {"consultation_id": consultation_id, "kind": found.kind, "match_key": link.key}
                | values,
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
