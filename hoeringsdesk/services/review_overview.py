"""Before export: what is still missing, and the consultation's numbers for the overview."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import Connection, select

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.review import Overview
from hoeringsdesk.services import gap_queries
from hoeringsdesk.services import review_queries as queries
from hoeringsdesk.services.errors import NotFound
from hoeringsdesk.services.gap_queries import GapList
from hoeringsdesk.services.response_rows import deadline_of


def gaps(conn: Connection, consultation_id: int, limit: int | None = None) -> GapList:
    """What is missing before export, each with where to find it (the first ``limit``)."""
    deadline = _deadline(conn, consultation_id)
    found = gap_queries.response_gaps(conn, consultation_id, deadline, GapList(limit))
    return gap_queries.recommendation_gaps(conn, consultation_id, found)


def overview(conn: Connection, consultation_id: int) -> Overview:
    """The consultation's numbers for the overview page."""
    deadline = _deadline(conn, consultation_id)
    facts = queries.response_facts(conn, consultation_id, deadline)
    counted = [f for f in facts if f[4] is None]
    kinds = queries.senders(
        conn,
        select(Response.id).where(
            Response.consultation_id == consultation_id,
            Response.duplicate_of_id.is_(None),
        ),
    )
    coverage = queries.coverage(conn, consultation_id)
    per_type, answered, total = queries.type_counts(conn, consultation_id)
    sections = conn.execute(
        select(DraftSection.id, DraftSection.label, DraftSection.heading)
        .where(DraftSection.consultation_id == consultation_id)
        .order_by(DraftSection.ordinal)
    ).all()
    return Overview(
        responses=len(counted),
        on_time=sum(1 for f in counted if f[2] is False),
        late=sum(1 for f in counted if f[2]),
        time_unknown=sum(1 for f in counted if f[2] is None),
        duplicates=len(facts) - len(counted),
        campaigns=len({f[3] for f in counted if f[3]}),
        campaign_members=sum(1 for f in counted if f[3]),
        by_party_kind=dict(
            Counter(kinds.get(f[0], queries.NO_SENDER)[1] or PartyKind.UNKNOWN for f in counted)
        ),
        per_section=[
            (f"{label} {heading}".strip(), coverage[sid].total if sid in coverage else 0)
            for sid, label, heading in sections
        ],
        per_type=per_type,
        answered=answered,
        recommendations=total,
    )


def _deadline(conn: Connection, consultation_id: int) -> date:
    deadline = deadline_of(conn, consultation_id)
    if deadline is None:
        raise NotFound(f"Høring {consultation_id} findes ikke.")
    return deadline
