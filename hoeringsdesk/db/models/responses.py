"""Tables of a response: the response, its stored files and blobs, text parts and campaign."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.domain.enums import Channel, ResponseStatus
from hoeringsdesk.domain.parsed import PartKind

if TYPE_CHECKING:
    from hoeringsdesk.db.models.parties import ResponseParty
    from hoeringsdesk.db.models.recommendations import Recommendation


class Blob(Base):
    """File bytes, content-addressed by SHA-256 so identical files are stored once."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Campaign(Base):
    """Near-identical form-letter responses, tagged once."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text, default="")


class Response(Base):
    __tablename__ = "response"
    __table_args__ = (
        UniqueConstraint("consultation_id", "number"),
        # intake's lookups: is this file / this Message-ID already in the consultation?
        Index("ix_response_consultation_source", "consultation_id", "source_sha256"),
        Index("ix_response_consultation_message", "consultation_id", "message_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int | None] = mapped_column(Integer)  # None for a duplicate
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(Text, default="")
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, naive
    received_source: Mapped[str] = mapped_column(String(20), default="")
    accepted_late: Mapped[bool | None] = mapped_column(Boolean)  # None: not decided
    status: Mapped[ResponseStatus] = mapped_column(
        EnumText(ResponseStatus), default=ResponseStatus.NEW
    )
    document_number: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    text_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    fingerprint: Mapped[bytes | None] = mapped_column(LargeBinary)  # MinHash signature
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    # how a response entered by hand came in ("" for an imported file or e-mail)
    channel: Mapped[Channel] = mapped_column(
        EnumText(Channel), default=Channel.FILE, server_default=""
    )
    # words read by OCR: [[start, end, confidence 0-100], …] into ``text``, or None
    ocr_words: Mapped[list[list[int]] | None] = mapped_column(JSON)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    new_version_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )
    assigned_to: Mapped[str] = mapped_column(String(100), default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    files: Mapped[list[StoredFile]] = relationship(
        back_populates="response",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StoredFile.position",
    )
    parts: Mapped[list[ResponsePart]] = relationship(
        back_populates="response",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ResponsePart.position",
    )
    party_links: Mapped[list[ResponseParty]] = relationship(
        back_populates="response",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ResponseParty.position",
    )
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="response",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Recommendation.start",
    )
    __mapper_args__ = {"version_id_col": version}


class StoredFile(Base):
    """A file of a response: the original (position 0) or an attachment, kept byte-for-byte."""

    __tablename__ = "stored_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    parent_position: Mapped[int | None] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)

    response: Mapped[Response] = relationship(back_populates="files")
    blob: Mapped[Blob] = relationship()


class ResponsePart(Base):
    """A piece of a response's text: [start, end) in Response.text, traced to its file."""

    __tablename__ = "response_part"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    file_position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[PartKind] = mapped_column(EnumText(PartKind))
    label: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    response: Mapped[Response] = relationship(back_populates="parts")
