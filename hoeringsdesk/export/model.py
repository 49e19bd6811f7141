"""Plain frozen records of what is exported, and the report each export returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from hoeringsdesk.domain.enums import (
    DecisionKind,
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.records.responses import UNKNOWN_SENDER

INTERNAL = "intern"
PUBLIC = "offentlig"


@dataclass(frozen=True, slots=True)
class ConsultationFacts:
    title: str
    authority: str
    case_number: str
    start_date: date | None
    deadline: date
    published_where: str = ""
    own_domains: tuple[str, ...] = ()  # the municipality's mail domains (kept in the public)


@dataclass(frozen=True, slots=True)
class SectionRow:
    """A draft section; ``ordinal`` is its place in the document."""

    id: int
    label: str
    heading: str
    depth: int
    ordinal: int

    @property
    def title(self) -> str:
        return f"{self.label} {self.heading}".strip() if self.label else self.heading


@dataclass(frozen=True, slots=True)
class PartyRow:
    """One party of a response, in its role there."""

    party_id: int
    kind: PartyKind
    organisation: str = ""
    contact: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    role: PartyRole = PartyRole.SENDER

    @property
    def name(self) -> str:
        """Organisation with its contact person in parentheses, or the person's name."""
        if self.organisation and self.contact:
            return f"{self.organisation} ({self.contact})"
        return self.organisation or self.contact or UNKNOWN_SENDER


@dataclass(frozen=True, slots=True)
class ExportedResponse:
    """One exported response (never a duplicate)."""

    number: int
    received: datetime | None  # aware, Copenhagen time
    late: bool | None
    accepted_late: bool | None  # None: the officer has not decided (only matters when late)
    parties: tuple[PartyRow, ...]
    document_number: str
    recommendation_count: int
    status: ResponseStatus
    campaign_label: str = ""
    campaign_size: int = 0
    new_version_of: int | None = None
    source_name: str = ""
    campaign_numbers: tuple[int, ...] = ()  # every response of its campaign (one shared tuple)
    campaign_signatories: int = 0  # distinct parties across the campaign's responses

    @property
    def left_out(self) -> bool:
        """Received late and the officer decided to leave it out."""
        return bool(self.late) and self.accepted_late is False


class RecommendationRow(NamedTuple):
    """One accepted recommendation with the administration's answer (if written yet).
    A named tuple: an export builds 100,000 of them, at a quarter of a dataclass's cost."""

    response_number: int
    section_ids: tuple[int, ...]
    type: RecommendationType
    summary: str
    passage: str
    comment_text: str = ""
    outcome: Outcome | None = None
    comment_id: int | None = None


@dataclass(frozen=True, slots=True)
class InvitedRow:
    """One entry of the høringsliste and whether (and when) it answered."""

    name: str
    email: str
    answered: bool
    answered_at: datetime | None = None
    response_numbers: tuple[int, ...] = ()
    kind: PartyKind | None = None
    how: str = ""  # how the ticks were found, in Danish ("e-mail", "navn", …)


@dataclass(frozen=True, slots=True)
class ResponseText:
    """A response's whole text in its parts (e-mail body, attached files), labelled."""

    number: int
    parts: tuple[tuple[str, str], ...]  # (label, text)


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One of the officer's redaction decisions: a find lifted (``kind`` LIFT: its text
    stays in the public variant) or a text added (HIDE), where and by whom."""

    id: int
    kind: DecisionKind
    text: str
    rule: str = ""
    response_number: int | None = None
    by: str = ""
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything one export writes; recommendations are in draft order."""

    consultation: ConsultationFacts
    sections: tuple[SectionRow, ...]
    responses: tuple[ExportedResponse, ...]
    recommendations: tuple[RecommendationRow, ...]
    invited: tuple[InvitedRow, ...]
    exported_at: datetime
    public: bool = False
    notes: tuple[str, ...] = ()  # warnings found while collecting
    # party id → "Privatperson N": the consultation's one numbering (services.pseudonyms);
    # empty when the data was built without a store (then the exported responses number them)
    pseudonyms: Mapping[int, str] = field(default_factory=dict)
    # the officer's redaction decisions for the public variant: finds to leave, texts to hide
    lifted: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()  # the same, as the officer made them

    @property
    def variant(self) -> str:
        return PUBLIC if self.public else INTERNAL


@dataclass(frozen=True, slots=True)
class TruncatedCell:
    sheet: str
    row: int
    column: str
    length: int  # the original length in characters


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What one export wrote, and what it had to change on the way."""

    path: Path
    format: str  # "xlsx" or "docx"
    variant: str  # INTERNAL or PUBLIC
    responses: int
    recommendations: int
    truncated: tuple[TruncatedCell, ...] = ()
    replaced_characters: int = 0
    warnings: tuple[str, ...] = field(default=())


class ExportCancelled(Exception):
    """The officer cancelled the export; nothing was written."""
