"""Tagging use cases beyond one passage: split a recommendation, copy it to a campaign."""

from __future__ import annotations

from sqlalchemy import select

from hoeringsdesk.db.models import Recommendation, RecommendationSection, Response
from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records import RecommendationInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.rec_snapshot import RecommendationSnapshot, audit_view
from hoeringsdesk.suggest.summary import default_summary


class SplitAndCampaign:
    """Mixed into TaggingService (which provides _write, _read, _load, _info, _audit)."""

    def split(self, rec_id: int, at: int) -> tuple[RecommendationInfo, RecommendationInfo]:
        """Split a recommendation's passage at an offset into two with the same sections."""
        with self._write.begin() as s:
            r = self._load(s, rec_id)
            response = s.get(Response, r.response_id)
            assert response is not None
            if not (r.start < at < r.end):
                raise ServiceError("Vælg et delingspunkt inde i passagen.")
            first, second = response.text[r.start : at], response.text[at : r.end]
            if not first.strip() or not second.strip():
                raise ServiceError("Begge dele skal indeholde tekst.")
            before = audit_view(r)
            old_end = r.end
            r.end, r.passage = at, first
            r.summary = default_summary(first)
            other = Recommendation(
                response_id=r.response_id,
                status=r.status,
                type=r.type,
                passage=second,
                start=at,
                end=old_end,
                summary=default_summary(second),
                source_label=r.source_label,
                comment_id=r.comment_id,
                created_at=audit.utcnow(),
            )
            s.add(other)
            s.flush()
            for link in r.section_links:
                s.add(RecommendationSection(recommendation_id=other.id, section_id=link.section_id))
            s.flush()
            s.refresh(other)
            self._audit(s, r, "split", before, audit_view(r))
            self._audit(s, other, "create", None, audit_view(other))
            ids = (r.id, other.id)
        return self._info(ids[0]), self._info(ids[1])

    def unsplit(
        self,
        first_id: int,
        second_snapshot: RecommendationSnapshot,
        original: RecommendationSnapshot,
    ) -> RecommendationInfo:
        """Undo a split: delete the second half and restore the first to its original."""
        self.delete(second_snapshot.id)
        self.delete(first_id)
        return self.restore(original)

    def apply_to_campaign(self, rec_id: int) -> list[RecommendationInfo]:
        """Copy a recommendation to every other member of its response's campaign.

        The same passage is looked up in each member's text; members where it is not found
        get the recommendation on their whole text's start with the same wording."""
        with self._write.begin() as s:
            r = self._load(s, rec_id)
            response = s.get(Response, r.response_id)
            assert response is not None
            if response.campaign_id is None:
                raise ServiceError("Høringssvaret hører ikke til en kampagne.")
            members = s.scalars(
                select(Response).where(
                    Response.campaign_id == response.campaign_id,
                    Response.id != response.id,
                    Response.duplicate_of_id.is_(None),
                )
            ).all()
            section_ids = [link.section_id for link in r.section_links]
            created: list[int] = []
            for member in members:
                already = s.scalar(
                    select(Recommendation.id).where(
                        Recommendation.response_id == member.id,
                        Recommendation.campaign_origin_id == r.id,
                    )
                )
                if already:
                    continue
                at = member.text.find(r.passage)
                start, end = (at, at + len(r.passage)) if at >= 0 else (0, 0)
                copy = Recommendation(
                    response_id=member.id,
                    status=RecommendationStatus.ACCEPTED,
                    type=r.type,
                    passage=r.passage,
                    start=start,
                    end=end,
                    summary=r.summary,
                    source_label=r.source_label,
                    comment_id=r.comment_id,
                    campaign_origin_id=r.id,
                    created_at=audit.utcnow(),
                )
                s.add(copy)
                s.flush()
                for section_id in section_ids:
                    s.add(RecommendationSection(recommendation_id=copy.id, section_id=section_id))
                s.flush()
                s.refresh(copy)
                self._audit(s, copy, "campaign_copy", None, audit_view(copy))
                created.append(copy.id)
        return [self._info(i) for i in created]

    def campaign_copies(self, rec_id: int) -> list[int]:
        with self._read() as s:
            return list(
                s.scalars(
                    select(Recommendation.id).where(Recommendation.campaign_origin_id == rec_id)
                )
            )
