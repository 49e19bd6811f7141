"""Read and edit responses: the list's plain rows, one response in full, its metadata."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import (
    Channel,
    Outcome,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.records.recommendations import RecommendationInfo, SectionRefInfo
from hoeringsdesk.domain.records.responses import FileInfo, PartInfo, ResponseDetail, ResponseRow
from hoeringsdesk.domain.suggestions import candidates_from_json
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.large_reads import gc_paused
from hoeringsdesk.services.response_rows import deadline_of, read_rows
from hoeringsdesk.services.search import SearchService

EDITABLE = {"accepted_late", "status", "document_number", "notes", "assigned_to"}
FIELD_NAMES = {
    "accepted_late": "Beslutningen om det sene svar",
    "status": "Status",
    "document_number": "Dokumentnummeret",
    "notes": "Noterne",
    "assigned_to": "Tildelingen",
}


def _changed_meanwhile(s: Session, r: Response, key: str) -> str:
    """Who changed a response's field first, and what it says now."""
    events = s.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == "response",
            AuditEvent.entity_id == r.id,
            AuditEvent.action == "update",
        )
        .order_by(AuditEvent.id.desc())
        .limit(50)
    )
    who = next((e.user for e in events if key in (e.after or {})), "en anden")
    now = getattr(r, key)
    shown = "ingenting" if now in ("", None) else f"»{now}«"
    return (
        f"{FIELD_NAMES[key]} er ændret af {who} i mellemtiden, så din ændring blev ikke gemt. "
        f"Nu står der: {shown}"
    )


def recommendation_info(r: Recommendation) -> RecommendationInfo:
    sections = sorted((link.section for link in r.section_links), key=lambda d: d.ordinal)
    return RecommendationInfo(
        id=r.id,
        response_id=r.response_id,
        status=RecommendationStatus(r.status),
        type=RecommendationType(r.type),
        passage=r.passage,
        start=r.start,
        end=r.end,
        summary=r.summary,
        sections=tuple(SectionRefInfo(d.id, d.heading, d.label) for d in sections),
        source_label=r.source_label,
        comment_id=r.comment_id,
        comment=r.comment.text if r.comment else "",
        outcome=Outcome(r.comment.outcome) if r.comment else Outcome.UNDECIDED,
        version=r.version,
        campaign_origin_id=r.campaign_origin_id,
        comment_version=r.comment.version if r.comment else 0,
        candidates=candidates_from_json((r.suggestion or {}).get("candidates")),
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ResponseService(Service):
    """Queries and metadata edits on responses."""

    def __init__(self, write: WriteUnit, read: sessionmaker[Session], user: str):
        super().__init__(write, read, user)
        self._search = SearchService(read)

    # --- reading ---

    def rows(self, consultation_id: int, ids: list[int] | None = None) -> list[ResponseRow]:
        """Every response of the consultation (duplicates too), as plain rows."""
        with self._read() as s, gc_paused():
            conn = s.connection()
            deadline = deadline_of(conn, consultation_id)
            if deadline is None:
                raise NotFound(f"Høring {consultation_id} findes ikke.")
            return read_rows(conn, consultation_id, deadline, ids)

    def row(self, response_id: int) -> ResponseRow:
        with self._read() as s:
            cid = s.scalar(select(Response.consultation_id).where(Response.id == response_id))
        if cid is None:
            raise NotFound(f"Høringssvar {response_id} findes ikke.")
        return self.rows(cid, [response_id])[0]

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
                channel=Channel(r.channel or ""),
                ocr_words=tuple((a, b, c) for a, b, c in r.ocr_words or ()),
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

    # --- editing ---

    def update(
        self, response_id: int, *, expected: Mapping[str, Any] | None = None, **changes: Any
    ) -> ResponseRow:
        """Change accepted_late, status, document_number, notes or assigned_to.

        ``expected`` holds the values the officer saw (e.g. the notes as they were shown);
        when a colleague has changed one since, nothing is saved (ConflictError)."""
        unknown = (set(changes) | set(expected or {})) - EDITABLE
        if unknown:
            raise ServiceError(f"Ukendte felter: {', '.join(sorted(unknown))}")
        if "status" in changes:
            changes["status"] = ResponseStatus(changes["status"])
        with self._write.begin() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            for key, seen in (expected or {}).items():
                if getattr(r, key) != seen:
                    raise ConflictError(_changed_meanwhile(s, r, key))
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
