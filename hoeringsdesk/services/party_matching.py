"""Which party of the consultation a person or organisation read from a file is.

The store's side of identity (reading a file's senders is ``intake.senders``): a person is
found by e-mail address, or by name and address when the file gives no address; an
organisation by its normalised name (or CVR). Two different e-mail addresses are never one
person unless the officer merged them (their keys are then aliases of one party). Nothing
joins by mail domain. A party the officer confirmed is never changed by intake."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, bindparam, insert, select, update
from sqlalchemy.orm.exc import StaleDataError

from hoeringsdesk.db.models.parties import Party, PartyAlias
from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType
from hoeringsdesk.intake.senders import FoundParty, SenderReading
from hoeringsdesk.intake.senders.names import same_person_name
from hoeringsdesk.services.unit_of_work import inserted_id

PARTY = cast(Table, Party.__table__)
ALIAS = cast(Table, PartyAlias.__table__)
FILLED = ("email", "phone", "street", "postcode", "town", "address", "cvr", "first_name",
          "surname")  # fmt: skip  # filled in when missing
_COLUMNS = (
    PARTY.c.id,
    PARTY.c.version,
    PARTY.c.kind,
    PARTY.c.party_type,
    PARTY.c.confirmed,
    PARTY.c.contact_name,
    PARTY.c.organisation,
    *(PARTY.c[n] for n in FILLED),
)
BY_KEY = select(*_COLUMNS).where(
    PARTY.c.consultation_id == bindparam("cid"), PARTY.c.match_key == bindparam("key")
)
BY_ALIAS = (
    select(*_COLUMNS)
    .join(ALIAS, ALIAS.c.party_id == PARTY.c.id)
    .where(ALIAS.c.consultation_id == bindparam("cid"), ALIAS.c.key == bindparam("key"))
    .order_by(PARTY.c.id)
)
SHARED_ADDRESS = "Andre personer har skrevet fra samme e-mailadresse ({0}) under et andet navn"
INSERT_PARTY = insert(PARTY)
INSERT_ALIAS = insert(ALIAS)
HAS_ALIAS = select(ALIAS.c.id).where(
    ALIAS.c.consultation_id == bindparam("cid"),
    ALIAS.c.key == bindparam("key"),
    ALIAS.c.party_id == bindparam("party_id"),
)


@dataclass(frozen=True)
class StoredLink:
    """A response's link to a party, ready to insert."""

    party_id: int
    role: PartyRole
    position: int
    contact_for_id: int | None
    seen_key: str
    uncertain: bool
    note: str
    email: str  # the party's address (for duplicate and campaign checks)


def values_of(found: FoundParty, kind: PartyKind) -> dict[str, Any]:
    """A found party as the columns of a new party row."""
    person = found.is_person
    return {
        "party_type": found.type,
        "kind": kind,
        "organisation": "" if person else found.name,
        "contact_name": found.name if person else "",
        "first_name": found.first_name if person else "",
        "surname": found.surname if person else "",
        "email": found.email,
        "phone": found.phone,
        "street": found.street,
        "postcode": found.postcode,
        "town": found.town,
        "address": found.address,
        "cvr": found.cvr,
        "match_key": found.key,
    }


def lookup(conn: Connection, consultation_id: int, found: FoundParty) -> Row[Any] | None:
    """The party this found person or organisation is, if the consultation has it."""
    key = found.key
    if key:
        row = _same_one(conn.execute(BY_KEY, {"cid": consultation_id, "key": key}).all(), found)
        if row is None and not _other_name_at(conn, consultation_id, found):
            rows = conn.execute(BY_ALIAS, {"cid": consultation_id, "key": key}).all()
            row = rows[0] if len({r.id for r in rows}) == 1 else None
        if row is not None:
            return row
    for alias in found.aliases:
        rows = list(conn.execute(BY_ALIAS, {"cid": consultation_id, "key": alias}).all())
        rows += conn.execute(BY_KEY, {"cid": consultation_id, "key": alias}).all()
        ids = {r.id for r in rows}
        if len(ids) != 1:
            continue  # nobody, or more than one: never guess
        row = rows[0]
        if row.email and found.email and row.email.casefold() != found.email.casefold():
            continue  # the same name and address at another e-mail address: another person
        return row
    return None


def _signed_otherwise(row: Row[Any], found: FoundParty) -> bool:
    """A person's row under the same e-mail address, signed with another person's name:
    'Anne Holm' and 'Bo Holm' writing from familien.holm@… are two people."""
    if not found.is_person or row.party_type != PartyType.PERSON:
        return False
    known, name = row.contact_name or "", found.name
    return bool(known and name) and not same_person_name(known, name)


def _same_one(rows: Sequence[Row[Any]], found: FoundParty) -> Row[Any] | None:
    """The row of ``rows`` (all with the found party's key) that is this party: one whose
    name does not say it is someone else; None when none is, or which one cannot be told."""
    fitting = [r for r in rows if not _signed_otherwise(r, found)]
    if not found.name and len(fitting) > 1:
        return None  # an address several people sign from, and no name: never guess
    named = [r for r in fitting if r.contact_name or r.organisation]
    chosen = named or fitting
    return chosen[0] if chosen else None


def _other_name_at(conn: Connection, consultation_id: int, found: FoundParty) -> bool:
    """Someone else, by name, is already stored under this person's e-mail address."""
    if not (found.is_person and found.email and found.name):
        return False
    rows = conn.execute(BY_KEY, {"cid": consultation_id, "key": found.key}).all()
    return any(_signed_otherwise(r, found) for r in rows)


def find_or_create(
    conn: Connection, consultation_id: int, found: FoundParty, kind: PartyKind
) -> tuple[int, str, bool]:
    """The party (its id, e-mail address, and whether the officer confirmed it) for a found
    person or organisation; created when new, missing details filled in when known and not
    confirmed by the officer."""
    row = lookup(conn, consultation_id, found)
    if row is None:
        values = values_of(found, kind)
        party_id = inserted_id(
            conn.execute(INSERT_PARTY, {"consultation_id": consultation_id} | values)
        )
        _aliases(conn, consultation_id, party_id, found)
        return party_id, found.email, False
    if row.confirmed:
        return int(row.id), row.email, True
    mine = values_of(found, kind)
    fill = {n: mine[n] for n in FILLED if not getattr(row, n) and mine[n]}
    if row.kind == PartyKind.UNKNOWN and kind is not PartyKind.UNKNOWN:
        fill["kind"] = kind
    name = "contact_name" if row.party_type == PartyType.PERSON else "organisation"
    if not getattr(row, name) and found.name:
        fill[name] = found.name
    if fill:
        done = conn.execute(
            update(PARTY)
            .where(PARTY.c.id == row.id, PARTY.c.version == row.version)
            .values(version=PARTY.c.version + 1, **fill)
        )
        if done.rowcount != 1:  # what the ORM's version counter would have caught
            raise StaleDataError(f"party {row.id} was changed by someone else")
    _aliases(conn, consultation_id, int(row.id), found)
    return int(row.id), fill.get("email", row.email), False


def _aliases(conn: Connection, consultation_id: int, party_id: int, found: FoundParty) -> None:
    for key in found.aliases:
        params = {"cid": consultation_id, "key": key, "party_id": party_id}
        if conn.execute(HAS_ALIAS, params).first() is None:
            conn.execute(
                INSERT_ALIAS,
                {
                    "consultation_id": consultation_id,
                    "key": key,
                    "party_id": party_id,
                    "source": "intake",
                },
            )


def store_reading(
    conn: Connection, consultation_id: int, reading: SenderReading
) -> list[StoredLink]:
    """Every party of a reading found or created, as the response's links (in order; one
    link per party and role)."""
    links: list[StoredLink] = []
    ids: dict[int, int] = {}
    seen: set[tuple[int, PartyRole]] = set()
    parties = reading.parties
    for position, found in enumerate(parties):
        kind = found.kind
        if found.contact_for is not None and found.is_person:
            kind = parties[found.contact_for].kind  # a contact acts for its organisation
        party_id, email, confirmed = find_or_create(conn, consultation_id, found, kind)
        ids[position] = party_id
        if (party_id, found.role) in seen:
            continue
        seen.add((party_id, found.role))
        contact_for = ids.get(found.contact_for) if found.contact_for is not None else None
        shared = not confirmed and _other_name_at(conn, consultation_id, found)
        uncertain = (found.uncertain or shared) and not confirmed  # the officer decided
        if shared:
            found = replace(found, reasons=(*found.reasons, SHARED_ADDRESS.format(found.email)))
        note = "; ".join(found.reasons)
        links.append(
            StoredLink(
                party_id,
                found.role,
                position,
                contact_for,
                found.key,
                uncertain,
                note if uncertain else "",
                email,
            )
        )
    if reading.reasons and links:
        first = links[0]
        note = "; ".join([*reading.reasons, first.note] if first.note else reading.reasons)
        links[0] = StoredLink(
            first.party_id,
            first.role,
            first.position,
            first.contact_for_id,
            first.seen_key,
            True,
            note,
            first.email,
        )
    return links
