"""Read and edit responses: the list's plain rows, one response in full, its metadata."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models import (
    Consultation,
    DraftSection,
    Party,
    Recommendation,
    RecommendationSection,
    Response,
    ResponseParty,
)
from hoeringsdesk.domain.deadline import is_late
from hoeringsdesk.domain.enums import RecommendationStatus, ResponseStatus
from hoeringsdesk.domain.records import (
    FileInfo,
    PartInfo,
    PartyInfo,
    RecommendationInfo,
    ResponseDetail,
    ResponseRow,
    SectionRefInfo,
)
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.search import SearchService

EDITABLE = {"accepted_late", "status", "document_number", "notes", "assigned_to"}


def aware(value):  # type: ignore[no-untyped-def]
    return value.replace(tzinfo=UTC) if value is not None else None


def recommendation_info(r: Recommendation) -> RecommendationInfo:
    sections = sorted((link.section for link in r.section_links), key=lambda d: d.ordinal)
    return RecommendationInfo(
        id=r.id,
        response_id=r.response_id,
        status=str(r.status),
        type=str(r.type),
        passage=r.passage,
        start=r.start,
        end=r.end,
        summary=r.summary,
        sections=tuple(SectionRefInfo(d.id, d.heading, d.label) for d in sections),
        source_label=r.source_label,
        comment_id=r.comment_id,
        comment=r.comment.text if r.comment else "",
        outcome=str(r.comment.outcome) if r.comment else "undecided",
        version=r.version,
        campaign_origin_id=r.campaign_origin_id,
        comment_version=r.comment.version if r.comment else 0,
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ResponseService:
    """Queries and metadata edits on responses."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user
        self._search = SearchService(read)

    # --- reading ---

    def rows(self, consultation_id: int, ids: list[int] | None = None) -> list[ResponseRow]:
        """Every response of the consultation (duplicates too), as plain rows."""
        with self._read() as s:
            deadline = s.scalar(
                select(Consultation.deadline).where(Consultation.id == consultation_id)
            )
            if deadline is None:
                raise NotFound(f"Høring {consultation_id} findes ikke.")
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
                query = query.where(Response.id.in_(ids))
            base = s.execute(query.order_by(Response.id)).all()
            numbers = dict(
                s.execute(
                    select(Response.id, Response.number).where(
                        Response.consultation_id == consultation_id
                    )
                ).all()
            )
            parties = self._parties_by_response(s, consultation_id)
            counts = self._recommendation_counts(s, consultation_id)
            sections = self._sections_by_response(s, consultation_id)
            campaign_sizes = dict(
                s.execute(
                    select(Response.campaign_id, func.count())
                    .where(
                        Response.consultation_id == consultation_id,
                        Response.campaign_id.is_not(None),
                        Response.duplicate_of_id.is_(None),
                    )
                    .group_by(Response.campaign_id)
                ).all()
            )
        rows = []
        for r in base:
            accepted, suggested = counts.get(r.id, (0, 0))
            rows.append(
                ResponseRow(
                    id=r.id,
                    number=r.number,
                    received=aware(r.received_at),
                    late=is_late(aware(r.received_at), deadline),
                    accepted_late=r.accepted_late,
                    status=str(r.status),
                    parties=tuple(parties.get(r.id, ())),
                    duplicate_of=r.duplicate_of_id,
                    duplicate_of_number=numbers.get(r.duplicate_of_id),
                    new_version_of=r.new_version_of_id,
                    new_version_of_number=numbers.get(r.new_version_of_id),
                    campaign_id=r.campaign_id,
                    campaign_size=campaign_sizes.get(r.campaign_id, 0) if r.campaign_id else 0,
                    recommendations=accepted,
                    open_suggestions=suggested,
                    document_number=r.document_number,
                    subject=r.subject,
                    source_name=r.source_name,
                    assigned_to=r.assigned_to,
                    section_ids=frozenset(sections.get(r.id, ())),
                )
            )
        return rows

    def row(self, response_id: int) -> ResponseRow:
        with self._read() as s:
            cid = s.scalar(select(Response.consultation_id).where(Response.id == response_id))
        if cid is None:
            raise NotFound(f"Høringssvar {response_id} findes ikke.")
        return self.rows(cid, [response_id])[0]

    @staticmethod
    def _parties_by_response(s: Session, cid: int) -> dict[int, list[PartyInfo]]:
        out: dict[int, list[PartyInfo]] = defaultdict(list)
        rows = s.execute(
            select(ResponseParty.response_id, ResponseParty.role, Party)
            .join(Party, Party.id == ResponseParty.party_id)
            .where(Party.consultation_id == cid)
            .order_by(ResponseParty.response_id, ResponseParty.position, ResponseParty.id)
        ).all()
        for response_id, role, p in rows:
            out[response_id].append(
                PartyInfo(
                    p.id,
                    str(p.kind),
                    p.organisation,
                    p.contact_name,
                    p.email,
                    p.phone,
                    p.address,
                    str(role),
                )
            )
        return out

    @staticmethod
    def _recommendation_counts(s: Session, cid: int) -> dict[int, tuple[int, int]]:
        rows = s.execute(
            select(Recommendation.response_id, Recommendation.status, func.count())
            .join(Response, Response.id == Recommendation.response_id)
            .where(Response.consultation_id == cid)
            .group_by(Recommendation.response_id, Recommendation.status)
        ).all()
        out: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for response_id, status, n in rows:
            out[response_id][0 if status == RecommendationStatus.ACCEPTED else 1] += n
        return {k: (v[0], v[1]) for k, v in out.items()}

    @staticmethod
    def _sections_by_response(s: Session, cid: int) -> dict[int, set[int]]:
        rows = s.execute(
            select(Recommendation.response_id, RecommendationSection.section_id)
            .join(
                RecommendationSection, RecommendationSection.recommendation_id == Recommendation.id
            )
            .join(Response, Response.id == Recommendation.response_id)
            .where(Response.consultation_id == cid)
        ).all()
        out: dict[int, set[int]] = defaultdict(set)
        for response_id, section_id in rows:
            out[response_id].add(section_id)
        return out

    def detail(self, response_id: int) -> ResponseDetail:
        """One response in full: text, parts, files, warnings, recommendations."""
        row = self.row(response_id)
        with self._read() as s:
            r = s.scalar(
                select(Response)
                .where(Response.id == response_id)
                .options(
                    selectinload(Response.files),
                    selectinload(Response.parts),
                    selectinload(Response.recommendations)
                    .selectinload(Recommendation.section_links)
                    .selectinload(RecommendationSection.section),
                    selectinload(Response.recommendations).selectinload(Recommendation.comment),
                )
            )
            assert r is not None
            return ResponseDetail(
                row=row,
                text=r.text,
                parts=tuple(
                    PartInfo(p.position, p.kind, p.label, p.start, p.end, p.file_position)
                    for p in r.parts
                ),
                files=tuple(
                    FileInfo(
                        f.position, f.filename, f.content_type, f.sha256, f.size, f.parent_position
                    )
                    for f in r.files
                ),
                warnings=tuple(r.warnings or ()),
                notes=r.notes,
                recommendations=tuple(recommendation_info(x) for x in r.recommendations),
                received_source=r.received_source,
                message_id=r.message_id,
                version=r.version,
            )

    def file_bytes(self, response_id: int, position: int = 0) -> tuple[str, bytes]:
        """A stored file exactly as received: (filename, bytes)."""
        with self._read() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            for f in r.files:
                if f.position == position:
                    return f.filename, f.blob.data
        raise NotFound(f"Høringssvar {response_id} har ingen fil nr. {position}.")

    def search_ids(self, consultation_id: int, query: str) -> set[int]:
        """Responses matching every word: in the full text (and recommendations), or in the
        number, file name, document number or senders."""
        words = [w for w in query.split() if w]
        if not words:
            return set()
        hits = self._search.response_ids(consultation_id, query)
        with self._read() as s:
            q = select(Response.id).where(Response.consultation_id == consultation_id)
            for word in words:
                like = f"%{_escape_like(word)}%"
                party_hit = (
                    select(ResponseParty.response_id)
                    .join(Party, Party.id == ResponseParty.party_id)
                    .where(
                        Party.organisation.ilike(like, escape="\\")
                        | Party.contact_name.ilike(like, escape="\\")
                        | Party.email.ilike(like, escape="\\")
                    )
                )
                condition = (
                    Response.source_name.ilike(like, escape="\\")
                    | Response.document_number.ilike(like, escape="\\")
                    | Response.id.in_(party_hit)
                )
                if word.isdigit():
                    condition = condition | (Response.number == int(word))
                q = q.where(condition)
            return hits | set(s.scalars(q))

    def section_headings(self, consultation_id: int) -> dict[int, str]:
        with self._read() as s:
            return dict(
                s.execute(
                    select(DraftSection.id, DraftSection.heading).where(
                        DraftSection.consultation_id == consultation_id
                    )
                ).all()
            )

    # --- editing ---

    def update(self, response_id: int, **changes: Any) -> ResponseRow:
        """Change accepted_late, status, document_number, notes or assigned_to."""
        unknown = set(changes) - EDITABLE
        if unknown:
            raise ServiceError(f"Ukendte felter: {', '.join(sorted(unknown))}")
        if "status" in changes:
            changes["status"] = ResponseStatus(changes["status"])
        with self._write.begin() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            before = {k: getattr(r, k) for k in changes}
            for key, value in changes.items():
                setattr(r, key, value.strip() if isinstance(value, str) else value)
            after = {k: getattr(r, k) for k in changes}
            audit.record(
                s,
                self._user,
                "response",
                r.id,
                "update",
                before,
                after,
                consultation_id=r.consultation_id,
                response_id=r.id,
            )
        return self.row(response_id)
