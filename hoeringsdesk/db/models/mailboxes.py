"""Tables of the mailboxes intake reads: the accounts, their folders' state, the messages seen."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity

if TYPE_CHECKING:
    pass


class Mailbox(Base):
    """A mailbox the consultation's responses arrive in, fetched over IMAP. Its password (or
    sign-in token) is in the operating system's keyring, never here."""

    __tablename__ = "mailbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(Text)
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[MailboxSecurity] = mapped_column(
        EnumText(MailboxSecurity), default=MailboxSecurity.TLS
    )
    username: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(Text, default="INBOX")
    since: Mapped[date | None] = mapped_column(Date)
    auth: Mapped[MailboxAuth] = mapped_column(EnumText(MailboxAuth), default=MailboxAuth.PASSWORD)
    oauth_client_id: Mapped[str] = mapped_column(Text, default="")
    oauth_tenant: Mapped[str] = mapped_column(Text, default="")
    ca_file: Mapped[str] = mapped_column(Text, default="")  # an internal CA, if IT has one
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class MailboxState(Base):
    """Per mailbox and folder: the UIDVALIDITY seen and the highest UID handled under it."""

    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("mailbox_id", "folder"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailbox.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(Text)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # 32-bit unsigned in IMAP
    highest_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailboxMessage(Base):
    """One message handled from a mailbox: where it was, what it was, what became of it."""

    __tablename__ = "mailbox_message"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "folder", "uidvalidity", "uid"),
        Index("ix_mailbox_message_mailbox_message", "mailbox_id", "message_id"),
        Index("ix_mailbox_message_mailbox_sha256", "mailbox_id", "sha256"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailbox.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(Text)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # a FileStatus, or "known": handled before under an earlier UIDVALIDITY (kept, not read)
    status: Mapped[str] = mapped_column(String(20))
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
