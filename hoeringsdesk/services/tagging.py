"""Tagging use cases: create, edit, re-link, split, accept, delete and restore recommendations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import RecommendationStatus, RecommendationType, ResponseStatus
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.rec_snapshot import (
    Expected,
    RecommendationSnapshot,
    SplitUndo,
    audit_view,
    snapshot_of,
)
from hoeringsdesk.services.recommendation_access import RecommendationAccess
from hoeringsdesk.services.split_and_campaign import SplitAndCampaign
from hoeringsdesk.services.unit_of_work import WriteUnit
from hoeringsdesk.suggest.summary import default_summary

__all__ = ["RecommendationSnapshot", "SplitUndo", "TaggingService"]


class TaggingService:
    """Recommendations in a response, as the officer tags them by hand, and their undo.

    Every use case (and every inverse undo calls) is one transaction; the ones undo calls take
    the versions the officer saw, so a colleague's newer change is refused, not overwritten."""

    def __init__(self, write: WriteUnit, read: sessionmaker[Session], user: str):
        self._records = RecommendationAccess(write, read, user)
        self._write = write
        self._read = read
        self.passages = SplitAndCampaign(self._records)

    # --- split and campaign (composed) ---

    def split(self, rec_id: int, at: int) -> tuple[RecommendationInfo, RecommendationInfo]:
        return self.passages.split(rec_id, at)

    def split_for_undo(self, rec_id: int, at: int) -> SplitUndo:
        return self.passages.split_for_undo(rec_id, at)

    def unsplit(self, undo: SplitUndo) -> RecommendationInfo:
        return self.passages.unsplit(undo)

    def apply_to_campaign(self, rec_id: int) -> list[RecommendationInfo]:
        return self.passages.apply_to_campaign(rec_id)

    # --- use cases ---

    def create(
        self,
        response_id: int,
        start: int,
        end: int,
        section_ids: Sequence[int],
        type: RecommendationType = RecommendationType.CHANGE,
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
            ids = self._records.check_sections(s, response, section_ids)
            r = Recommendation(
                response_id=response_id,
                status=RecommendationStatus.ACCEPTED,
                type=type,
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
            if response.status == ResponseStatus.NEW:
                response.status = ResponseStatus.IN_PROGRESS
            self._records.audit(s, r, "create", None, audit_view(r))
            rec_id = r.id
        return self._records.info(rec_id)

    def update(
        self,
        rec_id: int,
        *,
        summary: str | None = None,
        type: RecommendationType | None = None,
        section_ids: Sequence[int] | None = None,
        start: int | None = None,
        end: int | None = None,
        expected_version: Expected = None,
    ) -> RecommendationInfo:
        """Edit the summary, type, sections or passage of a recommendation.

        With ``expected_version`` (the version the officer saw, or for undo the state the
        officer's step left), a colleague's newer change is refused, not overwritten."""
        with self._write.begin() as s:
            r = self._records.load(s, rec_id)
            self._records.check(s, r, expected_version, "din ændring blev ikke gemt")
            before = audit_view(r)
            if summary is not None:
                r.summary = summary.strip()
            if type is not None:
                r.type = type
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
                ids = self._records.check_sections(s, response, section_ids)
                for link in list(r.section_links):
                    if link.section_id not in ids:
                        r.section_links.remove(link)
                have = {link.section_id for link in r.section_links}
                for section_id in ids:
                    if section_id not in have:
                        r.section_links.append(RecommendationSection(section_id=section_id))
            s.flush()
            self._records.audit(s, r, "update", before, audit_view(r))
        return self._records.info(rec_id)

    def accept(self, rec_ids: Iterable[int]) -> list[RecommendationInfo]:
        """Accept suggestions as they are."""
        ids = list(rec_ids)
        with self._write.begin() as s:
            for rec_id in ids:
                r = self._records.load(s, rec_id)
                if r.status != RecommendationStatus.ACCEPTED:
                    before = audit_view(r)
                    r.status = RecommendationStatus.ACCEPTED
                    s.flush()
                    self._records.audit(s, r, "accept", before, audit_view(r))
                    response = s.get(Response, r.response_id)
                    if response is not None and response.status == ResponseStatus.NEW:
                        response.status = ResponseStatus.IN_PROGRESS
        return [self._records.info(i) for i in ids]

    def unaccept(self, expected: Mapping[int, Expected]) -> list[RecommendationInfo]:
        """Undo of accept, in one transaction: the recommendations are suggestions again.

        ``expected`` maps each id to what accept left (see ``Expected``); if a colleague has
        changed one since, nothing is changed (ConflictError naming the colleague)."""
        with self._write.begin() as s:
            for rec_id, version in expected.items():
                r = self._records.load(s, rec_id)
                self._records.check(s, r, version, "fortrydelsen blev ikke gemt")
                before = audit_view(r)
                r.status = RecommendationStatus.SUGGESTED
                s.flush()
                self._records.audit(s, r, "status", before, audit_view(r))
        return [self._records.info(i) for i in expected]

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

    def set_status(self, rec_id: int, status: RecommendationStatus) -> RecommendationInfo:
        """Back to a suggestion or accepted."""
        with self._write.begin() as s:
            r = self._records.load(s, rec_id)
            before = audit_view(r)
            r.status = status
            s.flush()
            self._records.audit(s, r, "status", before, audit_view(r))
        return self._records.info(rec_id)

    def snapshot(self, rec_id: int) -> RecommendationSnapshot:
        with self._read() as s:
            return snapshot_of(self._records.load(s, rec_id))

    def delete(self, rec_id: int, expected_version: Expected = None) -> RecommendationSnapshot:
        """Delete (or discard a suggestion); the snapshot lets undo put it back. With the
        version the officer saw, a recommendation a colleague changed since is kept."""
        (snap,) = self.delete_all({rec_id: expected_version})
        return snap

    def delete_all(self, expected: Mapping[int, Expected]) -> list[RecommendationSnapshot]:
        """Delete several recommendations in one transaction (all or none); the snapshots let
        undo put them back. ``expected`` maps id → what the officer saw (``Expected``)."""
        snaps: list[RecommendationSnapshot] = []
        with self._write.begin() as s:
            for rec_id, version in expected.items():
                r = self._records.load(s, rec_id)
                self._records.check(s, r, version, "den blev ikke slettet")
                snaps.append(snapshot_of(r))
                self._records.audit(s, r, "delete", audit_view(r), None)
                s.delete(r)
                s.flush()
        return snaps

    def restore(self, snap: RecommendationSnapshot) -> RecommendationInfo:
        """Put a deleted recommendation back with its id, sections and answer."""
        (info,) = self.restore_all([snap])
        return info

    def restore_all(self, snaps: Sequence[RecommendationSnapshot]) -> list[RecommendationInfo]:
        """Put deleted recommendations back (undo of delete_all), in one transaction."""
        with self._write.begin() as s:
            for snap in snaps:
                self._restore_in(s, snap)
        return [self._records.info(snap.id) for snap in snaps]

    def _restore_in(self, s: Session, snap: RecommendationSnapshot) -> None:
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
        self._records.audit(s, r, "restore", None, audit_view(r))
