"""Records of a response: its line in the list, its senders, files, parts and full detail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoeringsdesk.domain.enums import (
    Channel,
    HitKind,
    PartyKind,
    PartyRole,
    PartyType,
    ResponseStatus,
)
from hoeringsdesk.domain.parsed import PartKind
from hoeringsdesk.domain.records.recommendations import RecommendationInfo

UNKNOWN_SENDER = "(ukendt afsender)"  # the one name shown where no sender is known


@dataclass(frozen=True)
class PartyInfo:
    """A party as linked to one response (with its role there).

    ``type``: a person or an organisation. An organisation is shown with its contact person
    in this response folded in (``contact_id``, ``contact_name``, ``email`` and ``phone`` are
    the contact's then; ``organisation_email`` is the organisation's own address).
    ``uncertain``/``note``: the reading was not sure who this is, and why."""

    id: int
    kind: PartyKind
    organisation: str
    contact_name: str
    email: str
    phone: str = ""
    address: str = ""
    role: PartyRole = PartyRole.SENDER
    type: PartyType = PartyType.ORGANISATION
    contact_id: int | None = None
    organisation_email: str = ""
    uncertain: bool = False
    note: str = ""
    cvr: str = ""

    @property
    def display(self) -> str:
        if self.organisation and self.contact_name:
            return f"{self.organisation} v. {self.contact_name}"
        return self.organisation or self.contact_name or self.email or UNKNOWN_SENDER


@dataclass(frozen=True)
class ResponseRow:
    """One line of the response list; plain data so lists sort and filter fast."""

    id: int
    number: int | None
    received: datetime | None  # aware, UTC
    late: bool | None
    accepted_late: bool | None  # None: the officer has not decided
    status: ResponseStatus
    parties: tuple[PartyInfo, ...]
    duplicate_of: int | None = None
    duplicate_of_number: int | None = None
    new_version_of: int | None = None
    new_version_of_number: int | None = None
    campaign_id: int | None = None
    campaign_size: int = 0
    recommendations: int = 0
    open_suggestions: int = 0
    document_number: str = ""
    subject: str = ""
    source_name: str = ""
    assigned_to: str = ""
    section_ids: frozenset[int] = frozenset()

    @property
    def senders(self) -> tuple[PartyInfo, ...]:
        return tuple(p for p in self.parties if p.role in (PartyRole.SENDER, PartyRole.CO_SIGNER))

    @property
    def organisations(self) -> list[str]:
        return [p.organisation for p in self.senders if p.organisation]

    @property
    def private_person(self) -> bool:
        senders = self.senders
        return bool(senders) and all(p.kind == PartyKind.PRIVATE for p in senders)

    @property
    def party_kind(self) -> PartyKind | None:
        kinds = {p.kind for p in self.senders}
        for kind in (
            PartyKind.AUTHORITY,
            PartyKind.ORGANISATION,
            PartyKind.COMPANY,
            PartyKind.PRIVATE,
            PartyKind.UNKNOWN,
        ):
            if kind in kinds:
                return kind
        return None

    @property
    def sender_uncertain(self) -> bool:
        """The officer should look at who sent it: no sender found, a sender of unknown kind,
        or a reading that was not sure (until the officer confirms it)."""
        senders = self.senders
        return (
            not senders
            or any(p.kind == PartyKind.UNKNOWN for p in senders)
            or any(p.uncertain for p in self.parties if p.role != PartyRole.FORWARDER)
        )

    @property
    def sender_note(self) -> str:
        """Why the sender is uncertain (Danish), '' when it is not."""
        if not self.senders:
            return "Ingen afsender fundet"
        notes: list[str] = []
        for p in self.parties:
            for note in p.note.split("; ") if p.uncertain and p.note else ():
                if note not in notes:
                    notes.append(note)
        if not notes and any(p.kind == PartyKind.UNKNOWN for p in self.senders):
            notes.append("Det er uklart, om afsenderen er en privatperson eller en organisation")
        return "; ".join(notes)

    @property
    def sender_display(self) -> str:
        return "; ".join(p.display for p in self.senders) or UNKNOWN_SENDER


@dataclass(frozen=True)
class FileInfo:
    position: int
    filename: str
    content_type: str
    sha256: str
    size: int
    parent_position: int | None = None


@dataclass(frozen=True)
class PartInfo:
    position: int
    kind: PartKind
    label: str
    start: int
    end: int
    file_position: int


@dataclass(frozen=True)
class ResponseDetail:
    """Everything about one response, for the reader and `response show`."""

    row: ResponseRow
    text: str
    parts: tuple[PartInfo, ...]
    files: tuple[FileInfo, ...]
    warnings: tuple[str, ...]
    notes: str
    recommendations: tuple[RecommendationInfo, ...]
    received_source: str = ""
    message_id: str = ""
    version: int = 1
    channel: Channel = Channel.FILE  # post, telephone, in person: entered by hand
    ocr_words: tuple[tuple[int, int, int], ...] = ()  # (start, end, confidence) read by OCR


@dataclass(frozen=True)
class SearchHit:
    """One full-text match: a response or a recommendation, with a highlighted snippet."""

    kind: HitKind
    ref_id: int
    response_id: int
    snippet: str
    rank: float
