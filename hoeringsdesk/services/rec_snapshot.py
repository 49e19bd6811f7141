"""A recommendation as it stands: the snapshot undo restores, and the audit trail's view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoeringsdesk.db.models.recommendations import Recommendation
from hoeringsdesk.domain.enums import RecommendationStatus, RecommendationType
from hoeringsdesk.domain.records.recommendations import RecommendationState

Expected = int | RecommendationState | None
"""What undo checks before it writes: the version seen, what the step left, or nothing."""


@dataclass(frozen=True)
class RecommendationSnapshot:
    """Everything needed to put a deleted recommendation back exactly (for undo)."""

    id: int
    response_id: int
    status: RecommendationStatus
    type: RecommendationType
    passage: str
    start: int
    end: int
    summary: str
    source_label: str
    section_ids: tuple[int, ...]
    comment_id: int | None
    campaign_origin_id: int | None
    created_at: datetime
    suggestion: dict | None = None


def snapshot_of(r: Recommendation) -> RecommendationSnapshot:
    return RecommendationSnapshot(
        r.id,
        r.response_id,
        RecommendationStatus(r.status),
        RecommendationType(r.type),
        r.passage,
        r.start,
        r.end,
        r.summary,
        r.source_label,
        tuple(link.section_id for link in r.section_links),
        r.comment_id,
        r.campaign_origin_id,
        r.created_at,
        r.suggestion,
    )


def audit_view(r: Recommendation) -> dict[str, object]:
    return {
        "status": str(r.status),
        "type": str(r.type),
        "summary": r.summary,
        "passage": r.passage,
        "sections": sorted(link.section_id for link in r.section_links),
    }


@dataclass(frozen=True)
class SplitUndo:
    """What undoing a split needs: the recommendation before it, both halves' ids and versions."""

    original: RecommendationSnapshot
    first: RecommendationState
    second_id: int
    second: RecommendationState


def state_of(r: Recommendation) -> RecommendationState:
    return RecommendationState(
        RecommendationStatus(r.status),
        RecommendationType(r.type),
        r.summary,
        r.start,
        r.end,
        frozenset(link.section_id for link in r.section_links),
    )
