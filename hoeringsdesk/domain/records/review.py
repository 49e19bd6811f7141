"""Records of the review: a section's items and lines, coverage, gaps and the overview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from hoeringsdesk.domain.enums import GapKind, Outcome, PartyKind, RecommendationType
from hoeringsdesk.domain.records.recommendations import RecommendationInfo

# The review's node for recommendations tagged to no section of the draft ("Generelle
# bemærkninger"): not a stored section, so no real section id (they start at 1) is 0.
GENERAL_REMARKS = 0


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

    kind: GapKind
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
    per_type: dict[RecommendationType, int]
    answered: int
    recommendations: int
