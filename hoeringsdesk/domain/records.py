"""Plain read-only records that services hand to the GUI, CLI and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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


@dataclass(frozen=True)
class InvitedInfo:
    name: str
    email: str = ""


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
