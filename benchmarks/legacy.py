"""The services' read paths as they were before the scale work (ORM loads): the baseline."""

# Copied from hoeringsdesk/services/{responses,review}.py at commit 9efcd22, unchanged but
# for the class name (and the PartyInfo fields added later, read from the same rows), so the
# benchmarks can measure old and new code in the same run.
# ruff: noqa: E501

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models.consultations import Consultation, DraftSection
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.deadline import is_late
from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records.responses import PartyInfo, ResponseRow
from hoeringsdesk.domain.records.review import Gap, Overview, ReviewItem, SectionCoverage
from hoeringsdesk.services.errors import NotFound
from hoeringsdesk.services.responses import recommendation_info


def aware(value):  # type: ignore[no-untyped-def]
    return value.replace(tzinfo=UTC) if value is not None else None


class LegacyReads:
    """rows(), items(), coverage(), gaps() and overview() as they were."""

    def __init__(self, read: sessionmaker[Session]) -> None:
        self._read = read
        self._responses = self

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
                    # fields PartyInfo gained with issue 14, read from the same row
                    type=p.party_type,
                    organisation_email=p.email if p.party_type == "organisation" else "",
                    cvr=p.cvr,
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

    def items(
        self, consultation_id: int, section_ids: Iterable[int] | None = None
    ) -> list[ReviewItem]:
        """Accepted recommendations (of the given sections, or all), campaigns once."""
        rows = {r.id: r for r in self._responses.rows(consultation_id)}
        with self._read() as s:
            q = (
                select(Recommendation)
                .join(Response, Response.id == Recommendation.response_id)
                .where(
                    Response.consultation_id == consultation_id,
                    Response.duplicate_of_id.is_(None),
                    Recommendation.status == RecommendationStatus.ACCEPTED,
                    Recommendation.campaign_origin_id.is_(None),
                )
                .options(
                    selectinload(Recommendation.section_links).selectinload(
                        RecommendationSection.section
                    ),
                    selectinload(Recommendation.comment),
                )
            )
            if section_ids is not None:
                ids = list(section_ids)
                q = q.where(
                    Recommendation.id.in_(
                        select(RecommendationSection.recommendation_id).where(
                            RecommendationSection.section_id.in_(ids)
                        )
                    )
                )
            recs = s.scalars(q).all()
            infos = [recommendation_info(r) for r in recs]
            copies = Counter(
                s.scalars(
                    select(Recommendation.campaign_origin_id)
                    .join(Response, Response.id == Recommendation.response_id)
                    .where(
                        Response.consultation_id == consultation_id,
                        Recommendation.campaign_origin_id.is_not(None),
                    )
                )
            )
        items = []
        for info in infos:
            row = rows[info.response_id]
            n = copies.get(info.id, 0)
            items.append(
                ReviewItem(info, row.number, row.sender_display, row.party_kind, n + 1 if n else 0)
            )
        items.sort(key=lambda i: (i.response_number or 0, i.rec.start, i.rec.id))
        return items

    def coverage(self, consultation_id: int) -> dict[int, SectionCoverage]:
        """Per section: accepted recommendations by type, and how many are unanswered."""
        by_type: dict[int, Counter[str]] = defaultdict(Counter)
        unanswered: Counter[int] = Counter()
        for item in self.items(consultation_id):
            for section in item.rec.sections:
                by_type[section.id][item.rec.type] += 1
                if not item.answered:
                    unanswered[section.id] += 1
        return {
            sid: SectionCoverage(dict(c), sum(c.values()), unanswered[sid])
            for sid, c in by_type.items()
        }

    def gaps(self, consultation_id: int) -> list[Gap]:
        """What is missing before export, each with where to find it."""
        gaps: list[Gap] = []
        rows = [r for r in self._responses.rows(consultation_id) if r.duplicate_of is None]
        for r in rows:
            label = f"Svar nr. {r.number} ({r.sender_display})"
            if r.status != "done":
                gaps.append(Gap("unfinished", f"{label} er ikke færdigbehandlet.", r.id))
            if r.open_suggestions:
                gaps.append(
                    Gap(
                        "suggestion",
                        f"{label} har {r.open_suggestions} forslag, der "
                        "hverken er godkendt eller kasseret.",
                        r.id,
                    )
                )
            if r.late and r.accepted_late is None:
                gaps.append(
                    Gap(
                        "late_undecided",
                        f"{label} kom for sent, og det er ikke besluttet, om det tages med.",
                        r.id,
                    )
                )
        for item in self.items(consultation_id):
            label = f"Svar nr. {item.response_number}: »{item.rec.summary[:60]}«"
            if not item.rec.sections:
                gaps.append(
                    Gap(
                        "no_sections",
                        f"{label} er ikke knyttet til et afsnit.",
                        item.rec.response_id,
                        item.rec.id,
                    )
                )
            if not item.rec.comment.strip():
                gaps.append(
                    Gap(
                        "unanswered",
                        f"{label} mangler forvaltningens bemærkning.",
                        item.rec.response_id,
                        item.rec.id,
                    )
                )
            elif item.rec.outcome == "undecided":
                gaps.append(
                    Gap(
                        "unanswered",
                        f"{label} mangler stillingtagen til ændring.",
                        item.rec.response_id,
                        item.rec.id,
                    )
                )
        return gaps

    def overview(self, consultation_id: int) -> Overview:
        """The consultation's numbers for the overview page."""
        rows = self._responses.rows(consultation_id)
        counted = [r for r in rows if r.duplicate_of is None]
        campaigns = {r.campaign_id for r in counted if r.campaign_id}
        items = self.items(consultation_id)
        with self._read() as s:
            sections = s.execute(
                select(DraftSection.id, DraftSection.label, DraftSection.heading)
                .where(DraftSection.consultation_id == consultation_id)
                .order_by(DraftSection.ordinal)
            ).all()
        per_section = Counter(sec.id for item in items for sec in item.rec.sections)
        return Overview(
            responses=len(counted),
            on_time=sum(1 for r in counted if r.late is False),
            late=sum(1 for r in counted if r.late),
            time_unknown=sum(1 for r in counted if r.late is None),
            duplicates=len(rows) - len(counted),
            campaigns=len(campaigns),
            campaign_members=sum(1 for r in counted if r.campaign_id),
            by_party_kind=dict(Counter(r.party_kind or "unknown" for r in counted)),
            per_section=[
                (f"{label} {heading}".strip(), per_section.get(sid, 0))
                for sid, label, heading in sections
            ],
            per_type=dict(Counter(i.rec.type for i in items)),
            answered=sum(1 for i in items if i.answered),
            recommendations=len(items),
        )
