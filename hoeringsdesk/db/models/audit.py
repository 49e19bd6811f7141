"""Tables of the audit trail: each recorded change and the responses it touched."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoeringsdesk.db.models.base import Base

if TYPE_CHECKING:
    pass


class AuditEvent(Base):
    """Who changed what, when: before/after values of one change."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(100))
    consultation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    response_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    # The responses the change concerns besides ``response_id``: every response a sender
    # is on, every response an answer covers. Each response's history shows the event.
    also: Mapped[list[AuditEventResponse]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class AuditEventResponse(Base):
    """A response an audit event concerns (no foreign key: the history outlives an erasure)."""

    __tablename__ = "audit_event_response"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("audit_event.id", ondelete="CASCADE"), primary_key=True
    )
    response_id: Mapped[int] = mapped_column(Integer, primary_key=True)


Index("ix_audit_event_response_response", AuditEventResponse.response_id)
