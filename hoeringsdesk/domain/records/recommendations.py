"""Records of a recommendation: what it says, its sections and the state undo checks."""

from __future__ import annotations

from dataclasses import dataclass

from hoeringsdesk.domain.enums import Outcome, RecommendationStatus, RecommendationType
from hoeringsdesk.domain.suggestions import SectionCandidate


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
