"""Review use cases: a section's recommendations, answers, coverage, gaps and the overview."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models import (
    AdministrationComment,
    DraftSection,
    Recommendation,
    RecommendationSection,
    Response,
)
from hoeringsdesk.domain.enums import Outcome, RecommendationStatus
from hoeringsdesk.domain.records import (
    Gap,
    Overview,
    ReviewItem,
    SectionCoverage,
)
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.responses import ResponseService, recommendation_info


@dataclass(frozen=True)
class AnswerState:
    """A recommendation's answer as it was (for undo)."""

    rec_id: int
    comment_id: int | None
    text: str
    outcome: str


class ReviewService:
    """The side-by-side review and the administration's answers."""

    def __init__(
        self,
        write: sessionmaker[Session],
        read: sessionmaker[Session],
        user: str,
        responses: ResponseService,
    ) -> None:
        self._write = write
        self._read = read
        self._user = user
        self._responses = responses

    # --- reading ---

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

    def subtree(self, consultation_id: int, section_id: int) -> list[int]:
        """A section and all its descendants."""
        with self._read() as s:
            pairs = s.execute(
                select(DraftSection.id, DraftSection.parent_id).where(
                    DraftSection.consultation_id == consultation_id
                )
            ).all()
        children: dict[int | None, list[int]] = defaultdict(list)
        for sid, parent in pairs:
            children[parent].append(sid)
        out, stack = [], [section_id]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(children.get(current, ()))
        return out

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

    # --- answering ---

    def answer_states(self, rec_ids: Sequence[int]) -> list[AnswerState]:
        with self._read() as s:
            recs = s.scalars(
                select(Recommendation)
                .where(Recommendation.id.in_(rec_ids))
                .options(selectinload(Recommendation.comment))
            ).all()
            return [
                AnswerState(
                    r.id,
                    r.comment_id,
                    r.comment.text if r.comment else "",
                    str(r.comment.outcome) if r.comment else "undecided",
                )
                for r in recs
            ]

    def set_answer(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: str,
        expected: dict[int, tuple[int | None, int]] | None = None,
    ) -> int:
        """Give one answer to the recommendations (and their campaign copies).

        When they already share one comment, it is edited; otherwise they get a new shared
        comment. ``expected`` maps recommendation id → (comment id, comment version) as the
        officer saw them; if someone has answered since, nothing is saved (ConflictError)."""
        if not rec_ids:
            raise ServiceError("Vælg mindst én anbefaling.")
        outcome = Outcome(outcome)
        with self._write.begin() as s:
            recs = s.scalars(
                select(Recommendation)
                .where(Recommendation.id.in_(rec_ids))
                .options(selectinload(Recommendation.comment))
            ).all()
            if len(recs) != len(set(rec_ids)):
                raise NotFound("En af anbefalingerne findes ikke længere.")
            copies = s.scalars(
                select(Recommendation).where(Recommendation.campaign_origin_id.in_(rec_ids))
            ).all()
            if expected:
                for r in recs:
                    seen = expected.get(r.id)
                    now = (r.comment_id, r.comment.version if r.comment else 0)
                    if seen is not None and tuple(seen) != now:
                        raise ConflictError(_answer_conflict(r.comment))
            comment_ids = {r.comment_id for r in recs}
            response = s.get(Response, recs[0].response_id)
            assert response is not None
            if len(comment_ids) == 1 and None not in comment_ids:
                comment = recs[0].comment
                assert comment is not None
                before = {"text": comment.text, "outcome": str(comment.outcome)}
            else:
                comment = AdministrationComment(consultation_id=response.consultation_id)
                s.add(comment)
                before = None
            comment.text = text.strip()
            comment.outcome = outcome
            comment.updated_at = audit.utcnow()
            comment.updated_by = self._user
            s.flush()
            for r in [*recs, *copies]:
                r.comment_id = comment.id
            s.flush()
            self._drop_orphans(s, comment_ids - {comment.id})
            audit.record(
                s,
                self._user,
                "comment",
                comment.id,
                "answer",
                before,
                {
                    "text": comment.text,
                    "outcome": str(comment.outcome),
                    "recommendations": sorted(rec_ids),
                },
                consultation_id=response.consultation_id,
                response_id=response.id if len(recs) == 1 else None,
            )
            return comment.id

    def restore_answers(self, states: Sequence[AnswerState]) -> None:
        """Put answers back as they were (undo of set_answer)."""
        with self._write.begin() as s:
            touched: set[int | None] = set()
            for state in states:
                r = s.get(Recommendation, state.rec_id)
                if r is None:
                    continue
                touched.add(r.comment_id)
                comment = (
                    s.get(AdministrationComment, state.comment_id) if (state.comment_id) else None
                )
                if state.comment_id and comment is None:
                    comment = AdministrationComment(
                        id=state.comment_id, consultation_id=r.response.consultation_id
                    )
                    s.add(comment)
                if comment is not None:
                    comment.text = state.text
                    comment.outcome = Outcome(state.outcome)
                    comment.updated_at = audit.utcnow()
                    comment.updated_by = self._user
                s.flush()
                r.comment_id = state.comment_id
                for copy in s.scalars(
                    select(Recommendation).where(Recommendation.campaign_origin_id == r.id)
                ):
                    copy.comment_id = state.comment_id
            s.flush()
            self._drop_orphans(s, touched)

    @staticmethod
    def _drop_orphans(s: Session, comment_ids: Iterable[int | None]) -> None:
        for cid in comment_ids:
            if cid is None:
                continue
            used = s.scalar(
                select(Recommendation.id).where(Recommendation.comment_id == cid).limit(1)
            )
            if used is None:
                comment = s.get(AdministrationComment, cid)
                if comment is not None:
                    s.delete(comment)

    # --- before export ---

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


def _answer_conflict(comment: AdministrationComment | None) -> str:
    if comment is None:
        return (
            "Svaret er fjernet af en anden i mellemtiden, så dit svar blev ikke gemt. "
            "Visningen er opdateret; prøv igen."
        )
    from hoeringsdesk.domain.enums import danish

    return (
        f"Forvaltningens bemærkning er ændret af {comment.updated_by or 'en anden'} i "
        f"mellemtiden, så dit svar blev ikke gemt. Nu står der: »{comment.text}« "
        f"(ændring: {danish(Outcome(comment.outcome))})."
    )
