"""The response list's plain rows, read with a few Core queries (fast at 10,000 responses)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, String, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import ColumnElement, Select

from hoeringsdesk.db.models.consultations import Consultation
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.deadline import is_late
from hoeringsdesk.domain.enums import RecommendationStatus, ResponseStatus
from hoeringsdesk.domain.records.responses import PartyInfo, ResponseRow
from hoeringsdesk.services.large_reads import breathing, in_slices
from hoeringsdesk.services.response_parties import parties_by_response

FEW = 500  # up to this many ids, the side queries are limited to them too

Column = ColumnElement[int] | InstrumentedAttribute[int]
Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


def aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None else None


def id_list(conn: Connection, column: Column) -> ColumnElement[str]:
    """A group's ids as one comma-separated string, repeats left in (SQLite and PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        return func.string_agg(cast(column, String), ",")
    return func.group_concat(column)


def parse_ids(text: str | None) -> frozenset[int]:
    return frozenset(map(int, text.split(","))) if text else frozenset()


def deadline_of(conn: Connection, consultation_id: int) -> date | None:
    return conn.scalar(select(Consultation.deadline).where(Consultation.id == consultation_id))


def read_rows(
    conn: Connection,
    consultation_id: int,
    deadline: date,
    ids: Collection[int] | None = None,
) -> list[ResponseRow]:
    """Every response of the consultation (or those with the given ids), in id order."""
    few = ids is not None and len(ids) <= FEW
    query = select(
        Response.id,
        Response.number,
        Response.received_at,
        Response.accepted_late,
        Response.status,
        Response.duplicate_of_id,
        Response.new_version_of_id,
        Response.campaign_id,
        Response.document_number,
        Response.subject,
        Response.source_name,
        Response.assigned_to,
    ).where(Response.consultation_id == consultation_id)
    if ids is not None:
        query = query.where(Response.id.in_(list(ids)))
    base = list(in_slices(conn.execute(query.order_by(Response.id))))
    scope = [r[0] for r in base] if few else None
    numbers = _numbers(conn, consultation_id, base)
    parties = parties_by_response(conn, consultation_id, scope)
    counts = _recommendation_counts(conn, consultation_id, scope)
    sections = _sections_by_response(conn, consultation_id, scope)
    campaign_sizes = _campaign_sizes(conn, consultation_id, {r[7] for r in base})
    rows = []
    no_parties: tuple[PartyInfo, ...] = ()
    no_sections: frozenset[int] = frozenset()
    for (
        rid,
        number,
        received_at,
        accepted_late,
        status,
        duplicate_of,
        new_version_of,
        campaign_id,
        document_number,
        subject,
        source_name,
        assigned_to,
    ) in breathing(base):
        accepted, suggested = counts.get(rid, (0, 0))
        received = aware(received_at)
        rows.append(
            ResponseRow(
                id=rid,
                number=number,
                received=received,
                late=is_late(received, deadline),
                accepted_late=accepted_late,
                status=ResponseStatus(status),
                parties=parties.get(rid, no_parties),
                duplicate_of=duplicate_of,
                duplicate_of_number=numbers.get(duplicate_of),
                new_version_of=new_version_of,
                new_version_of_number=numbers.get(new_version_of),
                campaign_id=campaign_id,
                campaign_size=campaign_sizes.get(campaign_id, 0) if campaign_id else 0,
                recommendations=accepted,
                open_suggestions=suggested,
                document_number=document_number,
                subject=subject,
                source_name=source_name,
                assigned_to=assigned_to,
                section_ids=sections.get(rid, no_sections),
            )
        )
    return rows


def _numbers(
    conn: Connection, cid: int, base: Sequence[tuple[Any, ...]]
) -> dict[int | None, int | None]:
    """Numbers of the rows read and of the responses they refer to (duplicates, versions)."""
    known: dict[int | None, int | None] = {r[0]: r[1] for r in base}
    wanted = {x for r in base for x in (r[5], r[6]) if x is not None and x not in known}
    if not wanted:
        return known
    query = select(Response.id, Response.number)
    if len(wanted) <= FEW:
        query = query.where(Response.id.in_(wanted))
    else:
        query = query.where(Response.consultation_id == cid)
    return known | dict(conn.execute(query).all())


def _limit(query: Query, column: Column, scope: list[int] | None) -> Query:
    return query if scope is None else query.where(column.in_(scope))


def _recommendation_counts(
    conn: Connection, cid: int, scope: list[int] | None
) -> dict[int, tuple[int, int]]:
    # Grouped by the response's id, which the scan already visits in order (no temp b-tree).
    query = (
        select(Response.id, Recommendation.status, func.count())
        .join(Recommendation, Recommendation.response_id == Response.id)
        .where(Response.consultation_id == cid)
        .group_by(Response.id, Recommendation.status)
    )
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for response_id, status, n in conn.execute(_limit(query, Response.id, scope)).all():
        out[response_id][0 if status == RecommendationStatus.ACCEPTED else 1] += n
    return {k: (v[0], v[1]) for k, v in out.items()}


def _sections_by_response(
    conn: Connection, cid: int, scope: list[int] | None
) -> dict[int, frozenset[int]]:
    query = (
        select(Response.id, id_list(conn, RecommendationSection.section_id))
        .join(Recommendation, Recommendation.response_id == Response.id)
        .join(RecommendationSection, RecommendationSection.recommendation_id == Recommendation.id)
        .where(Response.consultation_id == cid)
        .group_by(Response.id)
    )
    result = conn.execute(_limit(query, Response.id, scope)).all()
    return {rid: parse_ids(text) for rid, text in result}


def _campaign_sizes(conn: Connection, cid: int, campaigns: set[int | None]) -> dict[int, int]:
    campaigns.discard(None)
    if not campaigns:
        return {}
    sizes = conn.execute(
        select(Response.campaign_id, func.count())
        .where(
            Response.consultation_id == cid,
            Response.campaign_id.is_not(None),
            Response.duplicate_of_id.is_(None),
            *([Response.campaign_id.in_(campaigns)] if len(campaigns) <= FEW else []),
        )
        .group_by(Response.campaign_id)
    ).all()
    return {campaign: n for campaign, n in sizes if campaign is not None}
