"""Tables of the senders: parties, the keys intake finds them by, and their links to responses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType

if TYPE_CHECKING:
    from hoeringsdesk.db.models.responses import Response


class Party(Base):
    """A person or an organisation (``party_type``); one per identity in a consultation.

    A person: ``contact_name`` (the whole name), first name, surname, e-mail, phone and a
    structured address (street, postcode, town; ``address`` is the one-line form). An
    organisation: ``organisation`` (its name), ``kind`` (authority, organisation, company,
    or unknown), e-mail, phone, address, CVR. ``match_key`` is the identity intake finds it by
    (e-mail address; name and address; normalised organisation name); ``confirmed`` is set
    once the officer has edited or confirmed it, and intake then never changes it."""

    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    party_type: Mapped[PartyType] = mapped_column(
        EnumText(PartyType), default=PartyType.ORGANISATION, server_default="organisation"
    )
    kind: Mapped[PartyKind] = mapped_column(EnumText(PartyKind), default=PartyKind.ORGANISATION)
    organisation: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    first_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    surname: Mapped[str] = mapped_column(Text, default="", server_default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    street: Mapped[str] = mapped_column(Text, default="", server_default="")
    postcode: Mapped[str] = mapped_column(String(20), default="", server_default="")
    town: Mapped[str] = mapped_column(Text, default="", server_default="")
    cvr: Mapped[str] = mapped_column(String(20), default="", server_default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    match_key: Mapped[str] = mapped_column(Text, default="", index=True)
    pseudonym: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    links: Mapped[list[ResponseParty]] = relationship(
        back_populates="party",
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="ResponseParty.party_id",
    )
    __mapper_args__ = {"version_id_col": version}


class PartyAlias(Base):
    """A further key that finds a party: a person's name and address, a CVR, or a key the
    officer's correction remembered (a merged address, a corrected name)."""

    __tablename__ = "party_alias"
    __table_args__ = (
        UniqueConstraint("consultation_id", "key", "party_id"),
        Index("ix_party_alias_lookup", "consultation_id", "key"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20), default="intake")  # intake | officer


class ResponseParty(Base):
    """Link between a response and a party, with the party's role in it.

    ``contact_for_id``: the organisation a contact person speaks for in this response.
    ``seen_key``: who the file says this is (its identity key as read), so that campaigns and
    new versions never depend on how parties were grouped. ``uncertain``/``note``: the
    reading is not sure, and why (the officer confirms or corrects)."""

    __tablename__ = "response_party"
    __table_args__ = (UniqueConstraint("response_id", "party_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"), index=True)
    role: Mapped[PartyRole] = mapped_column(EnumText(PartyRole), default=PartyRole.SENDER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    contact_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("party.id", ondelete="SET NULL"), index=True
    )
    seen_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    response: Mapped[Response] = relationship(back_populates="party_links")
    party: Mapped[Party] = relationship(back_populates="links", foreign_keys=[party_id])
