"""Tables of a consultation: its settings, høringsliste, draft sections and redaction decisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.domain.enums import DecisionKind, PartyKind

if TYPE_CHECKING:
    pass


class Consultation(Base):
    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    authority: Mapped[str] = mapped_column(Text, default="")
    case_number: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    reply_addresses: Mapped[list[str]] = mapped_column(JSON, default=list)
    delete_after: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # where the draft was published for the høringsperiode (e.g. the municipality's website)
    published_where: Mapped[str] = mapped_column(Text, default="", server_default="")

    sections: Mapped[list[DraftSection]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", passive_deletes=True
    )
    invited: Mapped[list[InvitedParty]] = relationship(
        back_populates="consultation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="InvitedParty.position",
    )
    __mapper_args__ = {"version_id_col": version}


class InvitedParty(Base):
    """One entry of the høringsliste: who was asked to respond."""

    __tablename__ = "invited_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[PartyKind | None] = mapped_column(  # "" in the store: not given
        EnumText(PartyKind, blank=True), default=None, server_default="", nullable=False
    )
    consultation: Mapped[Consultation] = relationship(back_populates="invited")
    corrections: Mapped[list[InvitedMatch]] = relationship(
        back_populates="invited", cascade="all, delete-orphan", passive_deletes=True
    )


class InvitedMatch(Base):
    """The officer's correction of the høringsliste's automatic ticks: this invited party
    did (``answered`` true) or did not (false) send this response."""

    __tablename__ = "invited_match"
    __table_args__ = (UniqueConstraint("invited_party_id", "response_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    invited_party_id: Mapped[int] = mapped_column(
        ForeignKey("invited_party.id", ondelete="CASCADE"), index=True
    )
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    answered: Mapped[bool] = mapped_column(Boolean)
    invited: Mapped[InvitedParty] = relationship(back_populates="corrections")


class DraftSection(Base):
    """A node of the draft's section tree; ``ordinal`` is the document order."""

    __tablename__ = "draft_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("draft_section.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    depth: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(50), default="")
    heading: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")

    consultation: Mapped[Consultation] = relationship(back_populates="sections")


class RedactionDecision(Base):
    """The officer's decision on the public variant's redaction in one consultation: a find
    lifted as a false hit (LIFT: its text stays public), or a text added (HIDE: hidden
    wherever it stands). Applied to every later public export and to anonymising."""

    __tablename__ = "redaction_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DecisionKind] = mapped_column(EnumText(DecisionKind, length=10))
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text, default="")  # the rule of a lifted find
    response_number: Mapped[int | None] = mapped_column(Integer)  # where it was decided
    created_by: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
