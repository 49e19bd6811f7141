"""Shared steps of the tagging use cases: load, check, describe a conflict, audit, read back."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.rec_snapshot import Expected, state_of
from hoeringsdesk.services.responses import recommendation_info
from hoeringsdesk.services.unit_of_work import WriteUnit


class RecommendationAccess:
    """The store and user the tagging use cases share, and the steps each of them repeats."""

    def __init__(self, write: WriteUnit, read: sessionmaker[Session], user: str) -> None:
        self.write = write
        self.read = read
        self.user = user

    def load(self, s: Session, rec_id: int) -> Recommendation:
        r = s.scalar(
            select(Recommendation)
            .where(Recommendation.id == rec_id)
            .options(selectinload(Recommendation.section_links))
        )
        if r is None:
            raise NotFound(f"Anbefaling {rec_id} findes ikke (længere).")
        return r

    def info(self, rec_id: int) -> RecommendationInfo:
        with self.read() as s:
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

    def check_sections(
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

    def check(self, s: Session, r: Recommendation, expected: Expected, outcome: str) -> None:
        """Refuse (naming who changed it and what it says now) unless the recommendation is at
        the version the officer saw, or says what the officer's step left it saying."""
        if expected is None:
            return
        stale = r.version != expected if isinstance(expected, int) else state_of(r) != expected
        if stale:
            raise ConflictError(self.conflict_message(s, r, outcome))

    @staticmethod
    def conflict_message(
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

    def audit(
        self,
        s: Session,
        r: Recommendation,
        action: str,
        before: dict[str, object] | None,
        after: dict[str, object] | None,
    ) -> None:
        response = s.get(Response, r.response_id)
        audit.record(
            s,
            self.user,
            "recommendation",
            r.id,
            action,
            before,
            after,
            consultation_id=response.consultation_id if response else None,
            response_id=r.response_id,
        )
