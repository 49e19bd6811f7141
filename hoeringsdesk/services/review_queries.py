"""The review's reads as plain column queries and SQL aggregates (fast at 100,000 tags)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.sql import ColumnElement, Select

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.deadline import is_late
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.records.recommendations import RecommendationInfo, SectionRefInfo
from hoeringsdesk.domain.records.responses import UNKNOWN_SENDER, ResponseRow
from hoeringsdesk.domain.records.review import ReviewItem, SectionCoverage
from hoeringsdesk.services.large_reads import breathing
from hoeringsdesk.services.response_parties import parties_by_response
from hoeringsdesk.services.response_rows import aware

# Every character Python's str.strip() removes, so SQL's "answered" equals ReviewItem.answered.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
SENDER_ROLES = (PartyRole.SENDER, PartyRole.CO_SIGNER)
NO_SENDER: tuple[str, PartyKind | None] = (UNKNOWN_SENDER, None)  # a response without one


def reviewed(consultation_id: int) -> ColumnElement[bool]:
    """Recommendations the review shows: accepted, not a duplicate's, campaigns once."""
    return and_(
        Response.consultation_id == consultation_id,
        Response.duplicate_of_id.is_(None),
        Recommendation.status == RecommendationStatus.ACCEPTED,
        Recommendation.campaign_origin_id.is_(None),
    )


def in_sections(section_ids: Collection[int]) -> ColumnElement[bool]:
    return Recommendation.id.in_(
        select(RecommendationSection.recommendation_id).where(
            RecommendationSection.section_id.in_(list(section_ids))
        )
    )


def answered_flag(conn: Connection) -> ColumnElement[int]:
    """1 when a recommendation's comment has text and an outcome (as ReviewItem.answered)."""
    trim = func.btrim if conn.dialect.name == "postgresql" else func.trim
    return case(
        (
            and_(
                AdministrationComment.id.is_not(None),
                trim(AdministrationComment.text, WHITESPACE) != "",
                AdministrationComment.outcome != Outcome.UNDECIDED,
            ),
            1,
        ),
        else_=0,
    )


def _reviewed_recs(consultation_id: int, section_ids: Collection[int] | None) -> Select:  # type: ignore[type-arg]
    query = (
        select(Recommendation.id)
        .join(Response, Response.id == Recommendation.response_id)
        .where(reviewed(consultation_id))
    )
    return query if section_ids is None else query.where(in_sections(section_ids))


def section_refs(conn: Connection, consultation_id: int) -> dict[int, tuple[int, SectionRefInfo]]:
    """Section id → (document order, reference record)."""
    rows = conn.execute(
        select(
            DraftSection.id, DraftSection.ordinal, DraftSection.heading, DraftSection.label
        ).where(DraftSection.consultation_id == consultation_id)
    ).all()
    return {
        sid: (ordinal, SectionRefInfo(sid, heading, label)) for sid, ordinal, heading, label in rows
    }


def senders(conn: Connection, response_ids: Select) -> dict[int, tuple[str, PartyKind | None]]:  # type: ignore[type-arg]
    """Response id → (sender display, party kind), exactly as a ResponseRow shows them."""
    consultation_id = conn.execute(
        select(Response.consultation_id).where(Response.id.in_(response_ids)).limit(1)
    ).scalar()
    if consultation_id is None:
        return {}
    everyone = parties_by_response(conn, consultation_id, response_ids)
    parties = {rid: [p for p in infos if p.role in SENDER_ROLES] for rid, infos in everyone.items()}
    out = {}
    for rid, infos in breathing(parties.items()):
        row = ResponseRow(rid, None, None, None, None, ResponseStatus.NEW, tuple(infos))
        out[rid] = (row.sender_display, row.party_kind)
    return out


def items(
    conn: Connection,
    consultation_id: int,
    section_ids: Collection[int] | None = None,
    rec_ids: Collection[int] | None = None,
) -> list[ReviewItem]:
    """Accepted recommendations (of the given sections or ids, or all), campaigns once."""
    scope = _reviewed_recs(consultation_id, section_ids)
    query = (
        select(
            Recommendation.id,
            Recommendation.response_id,
            Recommendation.status,
            Recommendation.type,
            Recommendation.passage,
            Recommendation.start,
            Recommendation.end,
            Recommendation.summary,
            Recommendation.source_label,
            Recommendation.comment_id,
            AdministrationComment.text,
            AdministrationComment.outcome,
            AdministrationComment.version,
            Recommendation.version,
            Response.number,
        )
        .join(Response, Response.id == Recommendation.response_id)
        .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
        .where(reviewed(consultation_id))
    )
    if section_ids is not None:
        query = query.where(in_sections(section_ids))
    if rec_ids is not None:
        query = query.where(Recommendation.id.in_(list(rec_ids)))
    recs = conn.execute(query).all()
    refs = section_refs(conn, consultation_id)
    # The links and senders are read for a superset (the sections' recommendations, not only
    # the reviewed ones): a plain index lookup, cheaper than repeating the review's filter.
    wanted: Select | list[int] = (  # type: ignore[type-arg]
        list(rec_ids)
        if rec_ids is not None
        else select(RecommendationSection.recommendation_id).where(
            RecommendationSection.section_id.in_(list(section_ids))
        )
        if section_ids is not None
        else scope
    )
    links: dict[int, list[tuple[int, SectionRefInfo]]] = defaultdict(list)
    for rec_id, section_id in conn.execute(
        select(RecommendationSection.recommendation_id, RecommendationSection.section_id).where(
            RecommendationSection.recommendation_id.in_(wanted)
        )
    ).all():
        links[rec_id].append(refs[section_id])
    who = senders(conn, select(Recommendation.response_id).where(Recommendation.id.in_(wanted)))
    copies = dict(  # a copy's origin is in the same consultation: no join needed
        conn.execute(
            select(Recommendation.campaign_origin_id, func.count())
            .where(
                Recommendation.campaign_origin_id.is_not(None)
                if rec_ids is None
                else Recommendation.campaign_origin_id.in_(list(rec_ids))
            )
            .group_by(Recommendation.campaign_origin_id)
        ).all()
    )
    out = []
    for (
        rec_id,
        response_id,
        status,
        rec_type,
        passage,
        start,
        end,
        summary,
        source_label,
        comment_id,
        comment,
        outcome,
        comment_version,
        version,
        number,
    ) in recs:
        sections = links.get(rec_id)
        if sections and len(sections) > 1:
            sections.sort(key=lambda pair: pair[0])
        info = RecommendationInfo(
            id=rec_id,
            response_id=response_id,
            status=status,  # the enum columns hand back members
            type=rec_type,
            passage=passage,
            start=start,
            end=end,
            summary=summary,
            sections=tuple(ref for _, ref in sections) if sections else (),
            source_label=source_label,
            comment_id=comment_id,
            comment=comment if comment is not None else "",
            outcome=Outcome.UNDECIDED if outcome is None else outcome,
            version=version,
            campaign_origin_id=None,
            comment_version=comment_version or 0,
        )
        sender, kind = who.get(response_id, NO_SENDER)
        n = copies.get(rec_id, 0)
        out.append(ReviewItem(info, number, sender, kind, n + 1 if n else 0))
    out.sort(key=lambda i: (i.response_number or 0, i.rec.start, i.rec.id))
    return out


def coverage(conn: Connection, consultation_id: int) -> dict[int, SectionCoverage]:
    """Per section: reviewed recommendations by type, and how many are unanswered."""
    answered = answered_flag(conn)
    rows = conn.execute(
        select(
            RecommendationSection.section_id,
            Recommendation.type,
            func.count(),
            func.sum(1 - answered),
        )
        .select_from(Response)
        .join(Recommendation, Recommendation.response_id == Response.id)
        .join(RecommendationSection, RecommendationSection.recommendation_id == Recommendation.id)
        .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
        .where(reviewed(consultation_id))
        .group_by(RecommendationSection.section_id, Recommendation.type)
    ).all()
    by_type: dict[int, dict[RecommendationType, int]] = defaultdict(dict)
    unanswered: dict[int, int] = defaultdict(int)
    for section_id, rec_type, n, open_ in rows:
        by_type[section_id][RecommendationType(rec_type)] = n
        unanswered[section_id] += int(open_ or 0)
    return {
        sid: SectionCoverage(counts, sum(counts.values()), unanswered[sid])
        for sid, counts in by_type.items()
    }


def type_counts(
    conn: Connection, consultation_id: int
) -> tuple[dict[RecommendationType, int], int, int]:
    """Reviewed recommendations per type, and (answered, total)."""
    rows = conn.execute(
        select(Recommendation.type, func.count(), func.sum(answered_flag(conn)))
        .select_from(Response)
        .join(Recommendation, Recommendation.response_id == Response.id)
        .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
        .where(reviewed(consultation_id))
        .group_by(Recommendation.type)
    ).all()
    per_type: dict[RecommendationType, int] = {}
    answered = total = 0
    for rec_type, n, done in rows:
        per_type[RecommendationType(rec_type)] = n
        total += n
        answered += int(done or 0)
    return per_type, answered, total


def response_facts(
    conn: Connection, consultation_id: int, deadline: date
) -> list[tuple[int, int | None, bool | None, int | None, int | None]]:
    """(id, number, late, campaign, duplicate of) of every response, in id order."""
    rows = conn.execute(
        select(
            Response.id,
            Response.number,
            Response.received_at,
            Response.campaign_id,
            Response.duplicate_of_id,
        )
        .where(Response.consultation_id == consultation_id)
        .order_by(Response.id)
    ).all()
    return [
        (rid, number, is_late(aware(received), deadline), campaign, dup)
        for rid, number, received, campaign, dup in rows
    ]
