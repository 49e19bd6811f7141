"""Find or create the one Party per organisation or person within a consultation."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from sqlalchemy import Connection, Row, update
from sqlalchemy.orm.exc import StaleDataError

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
from hoeringsdesk.services.intake_sql import (
    FILLED,
    INSERT_PARTY,
    ORGANISATION_EMAILS,
    PARTY,
    PARTY_BY_DOMAIN,
    PARTY_BY_DOMAIN_AMONG,
    PARTY_BY_KEY,
)
from hoeringsdesk.services.unit_of_work import inserted_id

__all__ = [
    "FREE_MAIL",
    "ORG_WORDS",
    "PERSON_NAME",
    "email_domain",
    "PartyDomains",
    "find_or_create",
    "header_candidate",
    "looks_like_person",
    "match_key",
]


class PartyDomains:
    """For one import run: which non-private parties have an address at each e-mail domain.

    Joining an organisation by a sender's domain asked the store for
    ``lower(email) LIKE '%@domain'``, a scan of every party in the consultation for each
    such sender. The ids here, loaded once and kept current with the parties this run
    writes, narrow that same query to the few parties that can match; a party changed by
    someone else meanwhile is still judged by the store."""

    MAX_IDS = 500  # more parties at one domain than this: the store scans as before

    def __init__(self, consultation_id: int) -> None:
        self.consultation_id = consultation_id
        self._ids: dict[str, list[int]] | None = None

    def first_party(self, conn: Connection, domain: str) -> Row[Any] | None:
        """The consultation's first (by id) non-private party with an address at ``domain``."""
        params: dict[str, Any] = {"cid": self.consultation_id, "pattern": f"%@{domain}"}
        if "%" in domain or "_" in domain:  # wildcards in the pattern: only the store knows
            return conn.execute(PARTY_BY_DOMAIN, params).first()
        if self._ids is None:
            self._ids = {}
            for party_id, email in conn.execute(ORGANISATION_EMAILS, params):
                self.note(party_id, PartyKind.ORGANISATION, email)
        ids = self._ids.get(domain)
        if not ids:
            return None
        if len(ids) > self.MAX_IDS:
            return conn.execute(PARTY_BY_DOMAIN, params).first()
        return conn.execute(PARTY_BY_DOMAIN_AMONG, params | {"ids": ids}).first()

    def note(self, party_id: int, kind: str, email: str) -> None:
        """A party written with this address (kept in id order, once)."""
        domain = email_domain(email)
        if self._ids is None or not domain or kind == PartyKind.PRIVATE:
            return
        ids = self._ids.setdefault(domain, [])
        at = bisect_left(ids, party_id)
        if at == len(ids) or ids[at] != party_id:
            ids.insert(at, party_id)


def find_or_create(
    conn: Connection, consultation_id: int, link: PartyLink, domains: PartyDomains | None = None
) -> tuple[int, str]:
    """The consultation's party for a named party (its id and e-mail); missing details are
    filled in. Core statements: no ORM unit of work for a row read and written once."""
    domains = domains or PartyDomains(consultation_id)
    found = link.candidate
    row = conn.execute(PARTY_BY_KEY, {"cid": consultation_id, "key": link.key}).first()
    if row is None and link.domain:
        # A sender known only by an organisation's address joins that organisation.
        row = domains.first_party(conn, link.domain)
    if row is None:
        values = {name: getattr(found, name) for name in FILLED}
        party_id = inserted_id(
            conn.execute(
                INSERT_PARTY,
                {"consultation_id": consultation_id, "kind": found.kind, "match_key": link.key}
                | values,
            )
        )
        domains.note(party_id, found.kind, found.email)
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
        if "email" in fill:
            domains.note(row.id, row.kind, fill["email"])
    return int(row.id), fill.get("email", row.email)
