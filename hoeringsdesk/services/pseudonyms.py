"""One numbering of private persons per consultation: "Privatperson N" in the window, in the
internal and in the public export alike (and what later redaction builds on).

A private party's number is stored in ``Party.pseudonym`` the first time the store is written
for it (when the officer anonymises, or exports from the window) and never changes after.
Until then it has the number it will get: after the highest stored one, in the order of the
first response the party appears in, then party id — so a read-only export numbers exactly as
the next write will store."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind

LABEL = "Privatperson {}"
PATTERN = re.compile(r"^Privatperson (\d+)$")


def labels(s: Session, consultation_id: int) -> dict[int, str]:
    """party id → "Privatperson N" for every private party of the consultation."""
    first = (
        select(ResponseParty.party_id, func.min(Response.number).label("first"))
        .join(Response, Response.id == ResponseParty.response_id)
        .where(Response.consultation_id == consultation_id)
        .group_by(ResponseParty.party_id)
        .subquery()
    )
    rows = s.execute(
        select(Party.id, Party.pseudonym, first.c.first)
        .outerjoin(first, first.c.party_id == Party.id)
        .where(Party.consultation_id == consultation_id, Party.kind == PartyKind.PRIVATE)
    ).all()
    out: dict[int, str] = {}
    used = [0]
    for party_id, pseudonym, _first in rows:
        match = PATTERN.match(pseudonym or "")
        if match:
            out[party_id] = pseudonym
            used.append(int(match.group(1)))
    waiting = sorted(
        (r for r in rows if r[0] not in out),
        key=lambda r: (r[2] is None, r[2] or 0, r[0]),
    )
    number = max(used)
    for party_id, _pseudonym, _first in waiting:
        number += 1
        out[party_id] = LABEL.format(number)
    return out


def store(s: Session, consultation_id: int) -> dict[int, str]:
    """Fix the numbers of the consultation's private parties that have none stored yet."""
    found = labels(s, consultation_id)
    for party in s.scalars(
        select(Party).where(Party.id.in_(list(found)), func.coalesce(Party.pseudonym, "") == "")
    ):
        party.pseudonym = found[party.id]
    s.flush()
    return found
