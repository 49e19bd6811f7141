"""Records of a consultation: its settings, the høringsliste and the draft's sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hoeringsdesk.domain.enums import PartyKind


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
