"""Tagging use cases beyond one passage: split a recommendation, copy it to a campaign."""

from __future__ import annotations

from sqlalchemy import select

from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import RecommendationStatus, RecommendationType
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.rec_snapshot import SplitUndo, audit_view, snapshot_of, state_of
from hoeringsdesk.services.recommendation_access import RecommendationAccess
from hoeringsdesk.suggest.summary import default_summary


class SplitAndCampaign:
    """Split a recommendation in two (and undo it); copy one to its campaign's other members."""

    def __init__(self, records: RecommendationAccess) -> None:
        self._records = records

    def split(self, rec_id: int, at: int) -> tuple[RecommendationInfo, RecommendationInfo]:
        """Split a recommendation's passage at an offset into two with the same sections."""
        undo = self.split_for_undo(rec_id, at)
        return self._records.info(rec_id), self._records.info(undo.second_id)

    def split_for_undo(self, rec_id: int, at: int) -> SplitUndo:
        """Split as ``split`` does; the record says what ``unsplit`` needs to take it back."""
        with self._records.write.begin() as s:
            r = self._records.load(s, rec_id)
            original = snapshot_of(r)
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
            self._records.audit(s, r, "split", before, audit_view(r))
            self._records.audit(s, other, "create", None, audit_view(other))
            s.flush()
            undo = SplitUndo(original, state_of(r), other.id, state_of(other))
        return undo

    def unsplit(self, undo: SplitUndo) -> RecommendationInfo:
        """Undo a split in one transaction: the second half goes, the first is the original
        again. Refused (ConflictError) if a colleague changed either half since the split."""
        outcome = "delingen blev ikke fortrudt"
        original = undo.original
        with self._records.write.begin() as s:
            first = self._records.load(s, original.id)
            second = self._records.load(s, undo.second_id)
            self._records.check(s, first, undo.first, outcome)
            self._records.check(s, second, undo.second, outcome)
            self._records.audit(s, second, "delete", audit_view(second), None)
            s.delete(second)
            s.flush()
            before = audit_view(first)
            first.status = RecommendationStatus(original.status)
            first.type = RecommendationType(original.type)
            first.start, first.end = original.start, original.end
            first.passage, first.summary = original.passage, original.summary
            first.comment_id = original.comment_id
            have = {link.section_id for link in first.section_links}
            for link in list(first.section_links):
                if link.section_id not in original.section_ids:
                    first.section_links.remove(link)
            for section_id in original.section_ids:
                if section_id not in have:
                    first.section_links.append(RecommendationSection(section_id=section_id))
            s.flush()
            self._records.audit(s, first, "unsplit", before, audit_view(first))
        return self._records.info(original.id)

    def apply_to_campaign(self, rec_id: int) -> list[RecommendationInfo]:
        """Copy a recommendation to every other member of its response's campaign.

        The same passage is looked up in each member's text; members where it is not found
        get the recommendation on their whole text's start with the same wording."""
        with self._records.write.begin() as s:
            r = self._records.load(s, rec_id)
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
                self._records.audit(s, copy, "campaign_copy", None, audit_view(copy))
                created.append(copy.id)
        return [self._records.info(i) for i in created]
