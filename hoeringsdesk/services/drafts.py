"""Use cases for the draft: import a draft file into a consultation, read its section tree."""

from __future__ import annotations

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.records.consultations import ParsedSection, SectionNode
from hoeringsdesk.intake.draft import DraftError, read_draft
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.consultations import _load
from hoeringsdesk.services.errors import ServiceError


def to_node(d: DraftSection) -> SectionNode:
    return SectionNode(
        d.id, d.label, d.heading, d.depth, d.parent_id, d.position, d.body, d.ordinal
    )


class DraftService(Service):
    """Import and read the draft's sections."""

    def import_file(self, consultation_id: int, filename: str, data: bytes) -> list[SectionNode]:
        """Replace the consultation's (untagged) draft with the one in the file."""
        try:
            parsed = read_draft(filename, data)
        except DraftError as exc:
            raise ServiceError(str(exc)) from None
        return self.import_sections(consultation_id, parsed, source=filename)

    def import_sections(
        self, consultation_id: int, parsed: list[ParsedSection], source: str = ""
    ) -> list[SectionNode]:
        with self._write.begin() as s:
            _load(s, consultation_id)
            if _has_tags(s, consultation_id):
                raise ServiceError(
                    "Udkastet kan ikke genindlæses: der er allerede anbefalinger knyttet til "
                    "afsnittene. (Versioner af udkastet kommer senere.)"
                )
            old = s.scalar(
                select(DraftSection.id)
                .where(DraftSection.consultation_id == consultation_id)
                .limit(1)
            )
            s.execute(delete(DraftSection).where(DraftSection.consultation_id == consultation_id))
            stack: list[DraftSection] = []
            counters: dict[int | None, int] = {}
            for ordinal, sec in enumerate(parsed):
                while len(stack) > sec.depth:
                    stack.pop()
                parent = stack[-1] if stack else None
                parent_id = parent.id if parent else None
                position = counters.get(parent_id, 0)
                counters[parent_id] = position + 1
                row = DraftSection(
                    consultation_id=consultation_id,
                    parent_id=parent_id,
                    position=position,
                    ordinal=ordinal,
                    depth=len(stack),
                    label=sec.label,
                    heading=sec.heading,
                    body=sec.body,
                )
                s.add(row)
                s.flush()
                stack.append(row)
            audit.record(
                s,
                self._user,
                "draft",
                consultation_id,
                "replace" if old else "import",
                None,
                {"file": source, "sections": len(parsed)},
                consultation_id=consultation_id,
            )
        return self.sections(consultation_id)

    def sections(self, consultation_id: int) -> list[SectionNode]:
        """The section tree in document order."""
        with self._read() as s:
            rows = s.scalars(
                select(DraftSection)
                .where(DraftSection.consultation_id == consultation_id)
                .order_by(DraftSection.ordinal)
            ).all()
            return [to_node(d) for d in rows]


def _has_tags(s: Session, consultation_id: int) -> bool:
    return bool(
        s.scalar(
            select(
                exists().where(
                    RecommendationSection.recommendation_id == Recommendation.id,
                    Recommendation.response_id == Response.id,
                    Response.consultation_id == consultation_id,
                )
            )
        )
    )
