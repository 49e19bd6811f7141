"""The parties of responses, as every reader of them (list, review, exports) shows them.

One organisation per line with its contact person in that response folded in; persons who
send on their own, co-sign, forward, or are a further contact each on their own line. The
høringsliste matching, the exports and the GUI all read senders through here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, select

from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType, ResponseStatus
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.services.large_reads import breathing, in_slices

_COLUMNS = (
    ResponseParty.response_id,
    ResponseParty.role,
    ResponseParty.contact_for_id,
    ResponseParty.uncertain,
    ResponseParty.note,
    Party.id,
    Party.party_type,
    Party.kind,
    Party.organisation,
    Party.contact_name,
    Party.email,
    Party.phone,
    Party.address,
    Party.cvr,
)


def parties_query(consultation_id: int) -> Any:
    return (
        select(*_COLUMNS)
        .join(Party, Party.id == ResponseParty.party_id)
        .where(Party.consultation_id == consultation_id)
        .order_by(ResponseParty.response_id, ResponseParty.position, ResponseParty.id)
    )


def parties_by_response(
    conn: Connection,
    consultation_id: int,
    scope: Iterable[int] | Select[Any] | None = None,
    roles: tuple[str, ...] | None = None,
) -> dict[int, tuple[PartyInfo, ...]]:
    """Each response's parties in their order (``scope``: only these responses; ``roles``:
    only links in these roles)."""
    if scope is None:
        query = parties_query(consultation_id)
    else:  # the scope's responses are the consultation's: the links lead (not each party
        # against every response of the scope, 10,000 x 10,000 look-ups at scale)
        ids: Any = scope if isinstance(scope, Select) else list(scope)
        query = (
            select(*_COLUMNS)
            .join(Party, Party.id == ResponseParty.party_id)
            .where(ResponseParty.response_id.in_(ids))
            .order_by(ResponseParty.response_id, ResponseParty.position, ResponseParty.id)
        )
    if roles is not None:
        query = query.where(ResponseParty.role.in_(roles))
    rows: dict[int, list[Any]] = defaultdict(list)
    for row in in_slices(conn.execute(query)):
        rows[row.response_id].append(row)
    made: dict[tuple[Any, ...], PartyInfo] = {}  # a party shared by many responses: one record
    return {rid: tuple(compose(links, made)) for rid, links in breathing(rows.items())}


def compose(
    links: list[Any], made: dict[tuple[Any, ...], PartyInfo] | None = None
) -> list[PartyInfo]:
    """One response's link rows as PartyInfo records, contacts folded into their
    organisation (the first contact of each; further ones stay on their own line)."""
    made = {} if made is None else made
    folded: dict[int, Any] = {}
    for link in links:
        target = link.contact_for_id
        if target is not None and target not in folded and link.party_type == PartyType.PERSON:
            folded[target] = link
    used = {id(link) for link in folded.values()}
    out: list[PartyInfo] = []
    for link in links:
        if id(link) in used and any(x.id == link.contact_for_id for x in links):
            continue
        contact = folded.get(link.id) if link.party_type == PartyType.ORGANISATION else None
        key = (
            link.id,
            link.role,
            link.uncertain,
            link.note,
            contact.id if contact else None,
            contact.uncertain if contact else None,
        )
        info = made.get(key)
        if info is None:
            info = _info(link, contact)
            made[key] = info
        out.append(info)
    return out


def _info(link: Any, contact: Any | None) -> PartyInfo:
    uncertain = bool(link.uncertain or (contact is not None and contact.uncertain))
    notes = [n for n in (link.note, contact.note if contact is not None else "") if n]
    if contact is None:
        return PartyInfo(
            link.id,
            PartyKind(link.kind),
            link.organisation,
            link.contact_name,
            link.email,
            link.phone,
            link.address,
            PartyRole(link.role),
            PartyType(link.party_type),
            None,
            link.email if link.party_type == PartyType.ORGANISATION else "",
            uncertain,
            "; ".join(notes),
            link.cvr,
        )
    return PartyInfo(
        link.id,
        PartyKind(link.kind),
        link.organisation,
        contact.contact_name,
        contact.email or link.email,
        contact.phone or link.phone,
        link.address,
        PartyRole(link.role),
        PartyType.ORGANISATION,
        contact.id,
        link.email,
        uncertain,
        "; ".join(notes),
        link.cvr,
    )


def uncertain_senders(conn: Connection, consultation_id: int) -> dict[int, str]:
    """Responses (not duplicates) whose senders the officer should look at, and why."""
    from hoeringsdesk.db.models.responses import Response
    from hoeringsdesk.domain.records.responses import ResponseRow

    originals = select(Response.id).where(
        Response.consultation_id == consultation_id, Response.duplicate_of_id.is_(None)
    )
    everyone = parties_by_response(conn, consultation_id, originals)
    out: dict[int, str] = {}
    for rid in conn.scalars(originals):
        row = ResponseRow(rid, None, None, None, None, ResponseStatus.NEW, everyone.get(rid, ()))
        if row.sender_uncertain:
            out[rid] = row.sender_note.rstrip(".")
    return out
