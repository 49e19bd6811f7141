"""The audit trail: record who changed what, with before and after values."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent, AuditEventResponse
from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.parties import ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.changes import NOTHING, Changes, of_entities
from hoeringsdesk.domain.records.audit import AuditEntry, AuditNames


def current_user() -> str:
    """The OS login of the officer (falls back to 'ukendt')."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt"


def utcnow() -> datetime:
    """Now in UTC as a naive datetime (the store keeps UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def record(
    session: Session,
    user: str,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    *,
    consultation_id: int | None = None,
    response_id: int | None = None,
    response_ids: Iterable[int] = (),
) -> None:
    """Add one audit event to the session's transaction (only changed keys are kept).

    It shows in the history of ``response_id`` and of each of ``response_ids``; a sender's
    event (entity "party") also in that of every response the sender is on."""
    row = event_row(
        user,
        entity,
        entity_id,
        action,
        before,
        after,
        consultation_id=consultation_id,
        response_id=response_id,
    )
    if row is None:
        return
    also = set(response_ids)
    if entity == "party" and entity_id is not None:
        also.update(
            session.scalars(
                select(ResponseParty.response_id).where(ResponseParty.party_id == entity_id)
            )
        )
    also.discard(response_id)  # type: ignore[arg-type]
    event = AuditEvent(**row)
    event.also = [AuditEventResponse(response_id=r) for r in sorted(also)]
    session.add(event)


def event_row(
    user: str,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    *,
    consultation_id: int | None = None,
    response_id: int | None = None,
) -> dict[str, Any] | None:
    """The audit_event row for one change (None when nothing changed), for Core inserts."""
    if before is not None and after is not None:
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        if not changed:
            return None
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after.get(k) for k in sorted(changed)}
    return {
        "at": utcnow(),
        "user": user,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "before": _jsonable(before),
        "after": _jsonable(after),
        "consultation_id": consultation_id,
        "response_id": response_id,
    }


def _jsonable(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    out: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, datetime) or hasattr(item, "isoformat"):
            out[key] = item.isoformat()
        elif isinstance(item, (list, tuple)):
            out[key] = [str(x) if not isinstance(x, (int, float, str, bool)) else x for x in item]
        elif item is None or isinstance(item, (int, float, str, bool)):
            out[key] = item
        else:
            out[key] = str(item)
    return out


class AuditService:
    """Reads the audit trail: who changed what, per response or consultation."""

    def __init__(self, read: sessionmaker[Session]) -> None:
        self._read = read

    def for_response(self, response_id: int) -> list[AuditEntry]:
        """Everything recorded about a response, its recommendations, its senders and the
        answers that cover them, oldest first."""
        with self._read() as s:
            linked = select(AuditEventResponse.event_id).where(
                AuditEventResponse.response_id == response_id
            )
            rows = s.scalars(
                select(AuditEvent)
                .where(or_(AuditEvent.response_id == response_id, AuditEvent.id.in_(linked)))
                .order_by(AuditEvent.at, AuditEvent.id)
            ).all()
            return [_entry(e) for e in rows]

    def names(self, entries: Iterable[AuditEntry]) -> AuditNames:
        """The titles of the sections and the numbers of the responses the entries name."""
        section_ids: set[int] = set()
        response_ids: set[int] = set()
        for entry in entries:
            for values in (entry.before or {}, entry.after or {}):
                section_ids.update(_ids(values.get("sections")))
                section_ids.update(_ids(values.get("section_ids")))
                response_ids.update(_ids(values.get("responses")))
                response_ids.update(_ids(values.get("duplicate_of")))
        with self._read() as s:
            sections = {
                sid: f"{label} {heading}".strip()
                for sid, label, heading in s.execute(
                    select(DraftSection.id, DraftSection.label, DraftSection.heading).where(
                        DraftSection.id.in_(sorted(section_ids))
                    )
                )
            }
            numbers = dict(
                s.execute(
                    select(Response.id, Response.number).where(
                        Response.id.in_(sorted(response_ids))
                    )
                ).all()
            )
        return AuditNames(sections, numbers)

    def last_change(self, consultation_id: int) -> int:
        """A token that grows with every recorded change (to notice others' work)."""
        with self._read() as s:
            latest = s.scalar(
                select(func.max(AuditEvent.id)).where(AuditEvent.consultation_id == consultation_id)
            )
            return int(latest or 0)

    def changes_since(self, consultation_id: int, token: int) -> tuple[int, Changes]:
        """The newest change token, and what the changes recorded after ``token`` touched."""
        with self._read() as s:
            found = s.execute(
                select(AuditEvent.entity, func.max(AuditEvent.id))
                .where(AuditEvent.consultation_id == consultation_id, AuditEvent.id > token)
                .group_by(AuditEvent.entity)
            ).all()
        if not found:
            return token, NOTHING
        return max(int(newest) for _, newest in found), of_entities({e for e, _ in found})

    def users(self, consultation_id: int) -> list[str]:
        """Everyone who has changed something in the consultation."""
        with self._read() as s:
            return sorted(
                set(
                    s.scalars(
                        select(AuditEvent.user)
                        .where(AuditEvent.consultation_id == consultation_id)
                        .distinct()
                    )
                )
            )


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(
        e.at.replace(tzinfo=UTC), e.user, e.entity, e.entity_id, e.action, e.before, e.after
    )


def _ids(value: Any) -> list[int]:
    """The ids in an audit value: one id, or a list of them."""
    items = value if isinstance(value, list) else [value]
    return [int(v) for v in items if isinstance(v, int) or (isinstance(v, str) and v.isdigit())]
