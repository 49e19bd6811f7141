"""What is missing before export, read with lean column queries (no full review items)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, exists, func, select

from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.deadline import is_late
from hoeringsdesk.domain.enums import (
    GapKind,
    Outcome,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.records.review import Gap
from hoeringsdesk.services.large_reads import in_slices
from hoeringsdesk.services.response_parties import uncertain_senders
from hoeringsdesk.services.response_rows import aware
from hoeringsdesk.services.review_queries import NO_SENDER, reviewed, senders


class GapList(list[Gap]):
    """Gaps as found: the first ``limit`` kept (None: all), every one counted in ``found``
    (the overview shows 500 of 100,000: the rest are not kept, so not left for the garbage
    collector to walk)."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = limit
        self.found = 0

    def append(self, gap: Gap) -> None:
        self.found += 1
        if self.limit is None or len(self) < self.limit:
            super().append(gap)


def response_gaps(
    conn: Connection, consultation_id: int, deadline: date, gaps: GapList | None = None
) -> GapList:
    """Unfinished responses, open suggestions and undecided late responses, in id order."""
    originals = select(Response.id).where(
        Response.consultation_id == consultation_id, Response.duplicate_of_id.is_(None)
    )
    rows = conn.execute(
        select(
            Response.id,
            Response.number,
            Response.status,
            Response.received_at,
            Response.accepted_late,
        )
        .where(Response.id.in_(originals))
        .order_by(Response.id)
    ).all()
    suggestions = dict(
        conn.execute(
            select(Recommendation.response_id, func.count())
            .where(
                Recommendation.response_id.in_(originals),
                Recommendation.status != RecommendationStatus.ACCEPTED,
            )
            .group_by(Recommendation.response_id)
        ).all()
    )
    who = senders(conn, originals)
    unsure = uncertain_senders(conn, consultation_id)
    gaps = GapList() if gaps is None else gaps
    for rid, number, status, received, accepted_late in rows:
        label = f"Svar nr. {number} ({who.get(rid, NO_SENDER)[0]})"
        if rid in unsure:
            gaps.append(
                Gap(
                    GapKind.SENDER_UNCERTAIN,
                    f"{label}: afsenderen er usikker – {unsure[rid]}.",
                    rid,
                )
            )
        if status != ResponseStatus.DONE:
            gaps.append(Gap(GapKind.UNFINISHED, f"{label} er ikke færdigbehandlet.", rid))
        open_suggestions = suggestions.get(rid, 0)
        if open_suggestions:
            gaps.append(
                Gap(
                    GapKind.SUGGESTION,
                    f"{label} har {open_suggestions} forslag, der "
                    "hverken er godkendt eller kasseret.",
                    rid,
                )
            )
        if accepted_late is None and is_late(aware(received), deadline):
            gaps.append(
                Gap(
                    GapKind.LATE_UNDECIDED,
                    f"{label} kom for sent, og det er ikke besluttet, om det tages med.",
                    rid,
                )
            )
    return gaps


def recommendation_gaps(
    conn: Connection, consultation_id: int, gaps: GapList | None = None
) -> GapList:
    """Reviewed recommendations without an answer, or without a section when they are not
    general remarks (those are answered under the review's "general remarks"), in the
    review's order."""
    has_section = exists().where(RecommendationSection.recommendation_id == Recommendation.id)
    rows = conn.execute(
        select(
            Recommendation.id,
            Recommendation.response_id,
            Response.number,
            Recommendation.start,
            Recommendation.summary,
            Recommendation.type,
            has_section,
            AdministrationComment.text,
            AdministrationComment.outcome,
        )
        .join(Response, Response.id == Recommendation.response_id)
        .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
        .where(reviewed(consultation_id))
        .order_by(func.coalesce(Response.number, 0), Recommendation.start, Recommendation.id)
    )  # sorted by the store and read in slices: the GUI thread goes on meanwhile
    gaps = GapList() if gaps is None else gaps
    for (
        rec_id,
        response_id,
        number,
        _start,
        summary,
        kind,
        sectioned,
        comment,
        outcome,
    ) in in_slices(rows):
        label = f"Svar nr. {number}: »{summary[:60]}«"
        if not sectioned and kind != RecommendationType.GENERAL:
            gaps.append(
                Gap(
                    GapKind.NO_SECTIONS,
                    f"{label} er ikke knyttet til et afsnit.",
                    response_id,
                    rec_id,
                )
            )
        if not (comment or "").strip():
            gaps.append(
                Gap(
                    GapKind.UNANSWERED,
                    f"{label} mangler forvaltningens bemærkning.",
                    response_id,
                    rec_id,
                )
            )
        elif outcome is None or outcome == Outcome.UNDECIDED:
            gaps.append(
                Gap(
                    GapKind.UNANSWERED,
                    f"{label} mangler stillingtagen til ændring.",
                    response_id,
                    rec_id,
                )
            )
    return gaps
