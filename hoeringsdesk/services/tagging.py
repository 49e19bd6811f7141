"""Tagging use cases: create, edit, re-link, split, accept, delete and restore recommendations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models import (
    AdministrationComment,
    AuditEvent,
    DraftSection,
    Recommendation,
    RecommendationSection,
    Response,
)
from hoeringsdesk.domain.enums import RecommendationStatus, RecommendationType
from hoeringsdesk.domain.records import RecommendationInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.rec_snapshot import RecommendationSnapshot, audit_view, snapshot_of
from hoeringsdesk.services.responses import recommendation_info
from hoeringsdesk.services.tagging_more import SplitAndCampaign
from hoeringsdesk.suggest.summary import default_summary

__all__ = ["RecommendationSnapshot", "TaggingService"]


class TaggingService(SplitAndCampaign):
    """Recommendations in a response, as the officer tags them by hand."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user

    # --- helpers ---

    def _load(self, s: Session, rec_id: int) -> Recommendation:
        r = s.scalar(
            select(Recommendation)
            .where(Recommendation.id == rec_id)
            .options(selectinload(Recommendation.section_links))
        )
        if r is None:
            raise NotFound(f"Anbefaling {rec_id} findes ikke (længere).")
        return r

    def _info(self, rec_id: int) -> RecommendationInfo:
        with self._read() as s:
            r = s.scalar(
                select(Recommendation)
                .where(Recommendation.id == rec_id)
                .options(
                    selectinload(Recommendation.section_links).selectinload(
                        RecommendationSection.section
                    ),
                    selectinload(Recommendation.comment),
                )
            )
            if r is None:
                raise NotFound(f"Anbefaling {rec_id} findes ikke (længere).")
            return recommendation_info(r)

    def _check_sections(
        self, s: Session, response: Response, section_ids: Iterable[int]
    ) -> list[int]:
        ids = list(dict.fromkeys(section_ids))
        if not ids:
            return ids
        valid = set(
            s.scalars(
                select(DraftSection.id).where(
                    DraftSection.id.in_(ids),
                    DraftSection.consultation_id == response.consultation_id,
                )
            )
        )
        if set(ids) - valid:
            raise ServiceError("Et af de valgte afsnit hører ikke til høringens udkast.")
        return ids

    @staticmethod
    def _conflict_message(
        s: Session, r: Recommendation, outcome: str = "din ændring blev ikke gemt"
    ) -> str:
        """Who changed the recommendation first, and what it says now."""
        last = s.scalar(
            select(AuditEvent)
            .where(AuditEvent.entity == "recommendation", AuditEvent.entity_id == r.id)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
        who = last.user if last is not None else "en anden"
        sections = ", ".join(sorted(link.section.heading for link in r.section_links))
        return (
            f"Anbefalingen er ændret af {who} i mellemtiden, så {outcome}. "
            f"Nu står der: »{r.summary}« ({r.type}; {sections or 'ingen afsnit'})."
        )

    def _audit(self, s: Session, r: Recommendation, action: str, before, after) -> None:  # type: ignore[no-untyped-def]
        response = s.get(Response, r.response_id)
        audit.record(
            s,
            self._user,
            "recommendation",
            r.id,
            action,
            before,
            after,
            consultation_id=response.consultation_id if response else None,
            response_id=r.response_id,
        )

    # --- use cases ---

    def create(
        self,
        response_id: int,
        start: int,
        end: int,
        section_ids: Sequence[int],
        type: str = RecommendationType.CHANGE,
        summary: str | None = None,
    ) -> RecommendationInfo:
        """Tag the passage [start, end) of the response's text as an accepted recommendation."""
        with self._write.begin() as s:
            response = s.get(Response, response_id)
            if response is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            start, end = max(0, min(start, end)), min(len(response.text), max(start, end))
            passage = response.text[start:end]
            if not passage.strip():
                raise ServiceError("Markér først den tekst, anbefalingen handler om.")
            ids = self._check_sections(s, response, section_ids)
            r = Recommendation(
                response_id=response_id,
                status=RecommendationStatus.ACCEPTED,
                type=RecommendationType(type),
                passage=passage,
                start=start,
                end=end,
                summary=(summary if summary is not None else default_summary(passage)).strip(),
                created_at=audit.utcnow(),
            )
            s.add(r)
            s.flush()
            for section_id in ids:
                s.add(RecommendationSection(recommendation_id=r.id, section_id=section_id))
            s.flush()
            s.refresh(r)
            if response.status == "new":
                response.status = "in_progress"  # type: ignore[assignment]
            self._audit(s, r, "create", None, audit_view(r))
            rec_id = r.id
        return self._info(rec_id)

    def update(
        self,
        rec_id: int,
        *,
        summary: str | None = None,
        type: str | None = None,
        section_ids: Sequence[int] | None = None,
        start: int | None = None,
        end: int | None = None,
        expected_version: int | None = None,
    ) -> RecommendationInfo:
        """Edit the summary, type, sections or passage of a recommendation."""
        with self._write.begin() as s:
            r = self._load(s, rec_id)
            if expected_version is not None and r.version != expected_version:
                raise ConflictError(self._conflict_message(s, r))
            before = audit_view(r)
            if summary is not None:
                r.summary = summary.strip()
            if type is not None:
                r.type = RecommendationType(type)
            if start is not None or end is not None:
                response = s.get(Response, r.response_id)
                assert response is not None
                a = r.start if start is None else start
                b = r.end if end is None else end
                a, b = max(0, min(a, b)), min(len(response.text), max(a, b))
                if not response.text[a:b].strip():
                    raise ServiceError("Passagen kan ikke være tom.")
                r.start, r.end, r.passage = a, b, response.text[a:b]
            if section_ids is not None:
                response = s.get(Response, r.response_id)
                assert response is not None
                ids = self._check_sections(s, response, section_ids)
                for link in list(r.section_links):
                    if link.section_id not in ids:
                        r.section_links.remove(link)
                have = {link.section_id for link in r.section_links}
                for section_id in ids:
                    if section_id not in have:
                        r.section_links.append(RecommendationSection(section_id=section_id))
            s.flush()
            self._audit(s, r, "update", before, audit_view(r))
        return self._info(rec_id)

    def accept(self, rec_ids: Iterable[int]) -> list[RecommendationInfo]:
        """Accept suggestions as they are."""
        ids = list(rec_ids)
        with self._write.begin() as s:
            for rec_id in ids:
                r = self._load(s, rec_id)
                if r.status != RecommendationStatus.ACCEPTED:
                    before = audit_view(r)
                    r.status = RecommendationStatus.ACCEPTED
                    s.flush()
                    self._audit(s, r, "accept", before, audit_view(r))
                    response = s.get(Response, r.response_id)
                    if response is not None and response.status == "new":
                        response.status = "in_progress"  # type: ignore[assignment]
        return [self._info(i) for i in ids]

    def suggestions(
        self, response_id: int | None = None, consultation_id: int | None = None
    ) -> list[int]:
        """Ids of open suggestions in one response or a whole consultation."""
        with self._read() as s:
            q = select(Recommendation.id).where(
                Recommendation.status == RecommendationStatus.SUGGESTED
            )
            if response_id is not None:
                q = q.where(Recommendation.response_id == response_id)
            if consultation_id is not None:
                q = q.join(Response, Response.id == Recommendation.response_id).where(
                    Response.consultation_id == consultation_id, Response.duplicate_of_id.is_(None)
                )
            return list(s.scalars(q.order_by(Recommendation.id)))

    def set_status(self, rec_id: int, status: str) -> RecommendationInfo:
        """Back to a suggestion (undo of accept) or accepted."""
        with self._write.begin() as s:
            r = self._load(s, rec_id)
            before = audit_view(r)
            r.status = RecommendationStatus(status)
            s.flush()
            self._audit(s, r, "status", before, audit_view(r))
        return self._info(rec_id)

    def snapshot(self, rec_id: int) -> RecommendationSnapshot:
        with self._read() as s:
            return snapshot_of(self._load(s, rec_id))

    def delete(self, rec_id: int, expected_version: int | None = None) -> RecommendationSnapshot:
        """Delete (or discard a suggestion); the snapshot lets undo put it back. With the
        version the officer saw, a recommendation a colleague changed since is kept."""
        with self._write.begin() as s:
            r = self._load(s, rec_id)
            if expected_version is not None and r.version != expected_version:
                raise ConflictError(self._conflict_message(s, r, "den blev ikke slettet"))
            snap = snapshot_of(r)
            self._audit(s, r, "delete", audit_view(r), None)
            s.delete(r)
        return snap

    def restore(self, snap: RecommendationSnapshot) -> RecommendationInfo:
        """Put a deleted recommendation back with its id, sections and answer."""
        with self._write.begin() as s:
            if s.get(Recommendation, snap.id) is not None:
                raise ServiceError("Anbefalingen findes allerede.")
            comment_id = (
                snap.comment_id
                if snap.comment_id and s.get(AdministrationComment, snap.comment_id)
                else None
            )
            r = Recommendation(
                id=snap.id,
                response_id=snap.response_id,
                status=RecommendationStatus(snap.status),
                type=RecommendationType(snap.type),
                passage=snap.passage,
                start=snap.start,
                end=snap.end,
                summary=snap.summary,
                source_label=snap.source_label,
                comment_id=comment_id,
                campaign_origin_id=snap.campaign_origin_id,
                created_at=snap.created_at,
                suggestion=snap.suggestion,
            )
            s.add(r)
            s.flush()
            existing = set(
                s.scalars(select(DraftSection.id).where(DraftSection.id.in_(snap.section_ids)))
            )
            for section_id in snap.section_ids:
                if section_id in existing:
                    s.add(RecommendationSection(recommendation_id=r.id, section_id=section_id))
            s.flush()
            s.refresh(r)
            self._audit(s, r, "restore", None, audit_view(r))
        return self._info(snap.id)
