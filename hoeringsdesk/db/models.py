"""SQLAlchemy 2 typed models of the store (one module: the schema at a glance)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.domain.enums import (
    Channel,
    Outcome,
    PartyKind,
    PartyRole,
    PartyType,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.parsed import PartKind

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoreInfo(Base):
    """Key/value facts about the store itself (marks a file as a Høringsdesk store)."""

    __tablename__ = "store_info"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


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


class AdministrationComment(Base):
    """The administration's answer; one comment may answer several recommendations."""

    __tablename__ = "administration_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[Outcome] = mapped_column(EnumText(Outcome), default=Outcome.UNDECIDED)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    recommendations: Mapped[list[Recommendation]] = relationship(back_populates="comment")
    __mapper_args__ = {"version_id_col": version}


class Recommendation(Base):
    """One point made in a response: passage [start, end) of its text, summary, type."""

    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[RecommendationStatus] = mapped_column(
        EnumText(RecommendationStatus), default=RecommendationStatus.SUGGESTED, index=True
    )
    type: Mapped[RecommendationType] = mapped_column(
        EnumText(RecommendationType), default=RecommendationType.CHANGE
    )
    passage: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    source_label: Mapped[str] = mapped_column(Text, default="")
    # A suggestion's section candidates with their reasons (see domain.suggestions).
    suggestion: Mapped[dict | None] = mapped_column(JSON)
    campaign_origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="SET NULL"), index=True
    )
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("administration_comment.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    response: Mapped[Response] = relationship(back_populates="recommendations")
    comment: Mapped[AdministrationComment | None] = relationship(back_populates="recommendations")
    section_links: Mapped[list[RecommendationSection]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": version}


class RecommendationSection(Base):
    """Many-to-many link: a recommendation concerns one or more draft sections."""

    __tablename__ = "recommendation_section"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[int] = mapped_column(
        ForeignKey("draft_section.id", ondelete="CASCADE"), primary_key=True
    )
    recommendation: Mapped[Recommendation] = relationship(back_populates="section_links")
    section: Mapped[DraftSection] = relationship()


Index("ix_recommendation_section_section", RecommendationSection.section_id)


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
    security: Mapped[str] = mapped_column(String(20), default="tls")  # "tls" | "starttls"
    username: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(Text, default="INBOX")
    since: Mapped[date | None] = mapped_column(Date)
    auth: Mapped[str] = mapped_column(String(20), default="password")  # | "oauth2"
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
    status: Mapped[str] = mapped_column(String(20))  # imported | duplicate | rejected
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime)


class RedactionDecision(Base):
    """The officer's decision on the public variant's redaction in one consultation: a find
    lifted as a false hit ("lift": its text stays public), or a text added ("hide": hidden
    wherever it stands). Applied to every later public export and to anonymising."""

    __tablename__ = "redaction_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))  # "lift" | "hide"
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text, default="")  # the rule of a lifted find
    response_number: Mapped[int | None] = mapped_column(Integer)  # where it was decided
    created_by: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
