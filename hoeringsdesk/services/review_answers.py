"""The administration's answers to recommendations: give one, read them, put them back (undo)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models import AdministrationComment, Recommendation, Response
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.review_cache import ReviewIndexCache


@dataclass(frozen=True)
class AnswerState:
    """A recommendation's answer as it was (for undo)."""

    rec_id: int
    comment_id: int | None
    text: str
    outcome: str


class Answers(Service):
    """Writes answers in one transaction each and patches the review index after them."""

    def __init__(
        self, write: WriteUnit, read: sessionmaker[Session], user: str, cache: ReviewIndexCache
    ) -> None:
        super().__init__(write, read, user)
        self._cache = cache

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
        commits = self._cache.commits
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
                **_touched({r.response_id for r in [*recs, *copies]}),
                consultation_id=response.consultation_id,
            )
            done = (comment.id, response.consultation_id)
        self._cache.after_answering(commits, rec_ids, {done[0]}, done[1], recorded=1)
        return done[0]

    def restore_answers(self, states: Sequence[AnswerState]) -> None:
        """Put answers back as they were (undo of set_answer)."""
        commits = self._cache.commits
        consultation_id = None
        with self._write.begin() as s:
            touched: set[int | None] = set()
            responses: set[int] = set()
            for state in states:
                r = s.get(Recommendation, state.rec_id)
                if r is None:
                    continue
                consultation_id = r.response.consultation_id
                responses.add(r.response_id)
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
                    responses.add(copy.response_id)
            s.flush()
            self._drop_orphans(s, touched)
            if consultation_id is not None:
                audit.record(
                    s,
                    self._user,
                    "comment",
                    None,
                    "restore",
                    None,
                    {
                        "recommendations": sorted(st.rec_id for st in states),
                        "answers": [st.text for st in states],
                    },
                    **_touched(responses),
                    consultation_id=consultation_id,
                )
        restored = {state.comment_id for state in states if state.comment_id}
        self._cache.after_answering(
            commits,
            [st.rec_id for st in states],
            restored,
            consultation_id,
            recorded=1 if consultation_id is not None else 0,
        )

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


def _touched(response_ids: set[int]) -> dict[str, Any]:
    """An answer's event belongs to its response, or to each of the responses it covers."""
    if len(response_ids) == 1:
        return {"response_id": next(iter(response_ids))}
    return {"response_id": None, "response_ids": sorted(response_ids)}


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
