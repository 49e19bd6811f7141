"""Plain read-only records that services hand to the GUI, CLI and exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

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
from hoeringsdesk.domain.suggestions import SectionCandidate

UNKNOWN_SENDER = "(ukendt afsender)"  # the one name shown where no sender is known


@dataclass(frozen=True)
class ConsultationInfo:
    id: int
    title: str
    authority: str
    case_number: str
    deadline: date
    start_date: date | None = None
    reply_addresses: tuple[str, ...] = ()
    delete_after: date | None = None
    created_at: datetime | None = None
    invited: tuple[InvitedInfo, ...] = ()
    description: str = ""
    published_where: str = ""


@dataclass(frozen=True)
class InvitedInfo:
    """An entry of the høringsliste. ``kind``: what sort of party it is (None: not given).
    ``answers``: the response numbers the officer says this party sent (None: keep the
    automatic ticks and any earlier correction)."""

    name: str
    email: str = ""
    kind: PartyKind | None = None
    id: int | None = field(default=None, compare=False)
    answers: tuple[int, ...] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MatchedResponse:
    """A response ticked against an invited party, and why (email/name/domain/officer)."""

    response_id: int
    number: int
    received: datetime | None
    how: str


@dataclass(frozen=True)
class InvitedStatus:
    """An invited party with the responses it is ticked for, after the officer's
    corrections; ``possible``: numbers that may be theirs but are not ticked."""

    invited: InvitedInfo
    responses: tuple[MatchedResponse, ...] = ()
    possible: tuple[int, ...] = ()
    corrected: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.responses)


# The review's node for recommendations tagged to no section of the draft ("Generelle
# bemærkninger"): not a stored section, so no real section id (they start at 1) is 0.
GENERAL_REMARKS = 0


@dataclass(frozen=True)
class SectionNode:
    """A draft section in document order; ``depth`` 0 is a top-level heading."""

    id: int
    label: str
    heading: str
    depth: int
    parent_id: int | None
    position: int
    body: str = ""
    ordinal: int = 0

    @property
    def title(self) -> str:
        return f"{self.label} {self.heading}".strip() if self.label else self.heading


@dataclass(frozen=True)
class ParsedSection:
    """A section as read from a draft file, before it is stored."""

    heading: str
    depth: int
    label: str = ""
    body: str = ""


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
class SectionRefInfo:
    id: int
    heading: str
    label: str = ""


@dataclass(frozen=True)
class RecommendationInfo:
    id: int
    response_id: int
    status: RecommendationStatus
    type: RecommendationType
    passage: str
    start: int
    end: int
    summary: str
    sections: tuple[SectionRefInfo, ...]
    source_label: str = ""
    comment_id: int | None = None
    comment: str = ""
    outcome: Outcome = Outcome.UNDECIDED
    version: int = 1
    campaign_origin_id: int | None = None
    comment_version: int = 0
    candidates: tuple[SectionCandidate, ...] = ()  # a suggestion's sections, best first


@dataclass(frozen=True)
class RecommendationState:
    """What a recommendation says, as an undo step left it; undo refuses if it says otherwise.

    Compared by value, not by version: the officer's own later steps (accept, an answer, a
    rescoring) change the version without changing what the step wrote."""

    status: RecommendationStatus
    type: RecommendationType
    summary: str
    start: int
    end: int
    section_ids: frozenset[int]

    @classmethod
    def of(cls, info: RecommendationInfo) -> RecommendationState:
        return cls(
            RecommendationStatus(info.status),
            RecommendationType(info.type),
            info.summary,
            info.start,
            info.end,
            frozenset(s.id for s in info.sections),
        )


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
class ReviewItem:
    """A recommendation as shown beside a section: who said it, and the answer."""

    rec: RecommendationInfo
    response_number: int | None
    sender: str
    party_kind: PartyKind | None  # the senders', None when there is none
    campaign_size: int = 0  # members the item stands for when it is a campaign's

    @property
    def answered(self) -> bool:
        return bool(self.rec.comment.strip()) and self.rec.outcome != Outcome.UNDECIDED


class ReviewRow(NamedTuple):
    """One line of the review table: a ReviewItem without the passage and comment texts.

    A plain tuple so that a chapter's 20,000 lines are built once and shared, not per look."""

    id: int  # the recommendation's
    response_id: int
    response_number: int | None
    sender: str
    party_kind: PartyKind | None  # the senders', None when there is none
    campaign_size: int  # members the line stands for when it is a campaign's
    type: RecommendationType
    summary: str
    start: int
    comment_id: int | None
    outcome: Outcome  # UNDECIDED when there is no comment
    commented: bool  # the comment has any text (ReviewItem.rec.comment != "")
    answered: bool  # as ReviewItem.answered


def review_row(item: ReviewItem) -> ReviewRow:
    """The table line of a full review item."""
    rec = item.rec
    return ReviewRow(
        rec.id,
        rec.response_id,
        item.response_number,
        item.sender,
        item.party_kind,
        item.campaign_size,
        rec.type,
        rec.summary,
        rec.start,
        rec.comment_id,
        rec.outcome,
        rec.comment != "",
        item.answered,
    )


@dataclass(frozen=True)
class SectionCoverage:
    """Counts for one section's badge (its own tags only)."""

    by_type: dict[RecommendationType, int]
    total: int
    unanswered: int


@dataclass(frozen=True)
class Gap:
    """Something missing before export, with where to find it."""

    kind: str  # unfinished | suggestion | unanswered | late_undecided | no_sections
    #          | sender_uncertain
    message: str
    response_id: int | None = None
    recommendation_id: int | None = None


@dataclass(frozen=True)
class Overview:
    """The consultation's numbers."""

    responses: int
    on_time: int
    late: int
    time_unknown: int
    duplicates: int
    campaigns: int
    campaign_members: int
    by_party_kind: dict[PartyKind, int]  # UNKNOWN: also those with no known sender
    per_section: list[tuple[str, int]]
    per_type: dict[str, int]
    answered: int
    recommendations: int


@dataclass(frozen=True)
class SearchHit:
    """One full-text match: a response or a recommendation, with a highlighted snippet."""

    kind: str  # response | recommendation
    ref_id: int
    response_id: int
    snippet: str
    rank: float


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change: when (UTC), who, what, and the values before and after."""

    at: datetime
    user: str
    entity: str
    entity_id: int | None
    action: str
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class AuditNames:
    """What the ids in audit entries stand for: sections by title, responses by number."""

    sections: dict[int, str]
    responses: dict[int, int | None]
