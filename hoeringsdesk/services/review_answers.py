"""The administration's answers to recommendations: give one, read them, put them back (undo)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models.recommendations import AdministrationComment, Recommendation
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import Outcome, danish
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.review_cache import ReviewIndexCache


@dataclass(frozen=True)
class AnswerState:
    """A recommendation's answer as it was before an undo step, or as the step left it.

    Undo and redo compare what a recommendation says now with what the step left (text and
    outcome, by value: the officer's own later steps may change the comment's version
    without changing its words) and refuse if a colleague has answered since."""

    rec_id: int
    comment_id: int | None
    text: str
    outcome: Outcome

    def says(self) -> tuple[str, Outcome]:
        return self.text, self.outcome


@dataclass(frozen=True)
class AnswerStep:
    """One answer given: its comment, the answers it replaced, and what it left."""

    comment_id: int
    before: list[AnswerState]
    left: list[AnswerState]


def _says(r: Recommendation) -> tuple[str, Outcome]:
    """What a recommendation's answer says now (no answer reads as an empty, undecided one)."""
    if r.comment is None:
        return "", Outcome.UNDECIDED
    return r.comment.text, Outcome(r.comment.outcome)


def _check_left(
    recs: Iterable[Recommendation], left: Sequence[AnswerState] | None, outcome: str
) -> None:
    """Refuse (naming who answered and what the answer says now) unless every recommendation
    still says what the officer's step left it saying."""
    if left is None:
        return
    by_id = {state.rec_id: state for state in left}
    for r in recs:
        state = by_id.get(r.id)
        if state is not None and _says(r) != state.says():
            raise ConflictError(_answer_conflict(r.comment, outcome))


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
            return [AnswerState(r.id, r.comment_id, *_says(r)) for r in recs]

    def set_answer(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None = None,
    ) -> int:
        """Give one answer to the recommendations (and their campaign copies).

        When they already share one comment, it is edited; otherwise they get a new shared
        comment. ``expected`` maps recommendation id → (comment id, comment version) as the
        officer saw them; if someone has answered since, nothing is saved (ConflictError)."""
        return self._set(rec_ids, text, outcome, expected, None).comment_id

    def set_answer_for_undo(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None = None,
        left: Sequence[AnswerState] | None = None,
    ) -> AnswerStep:
        """``set_answer``, returning the answers before it and what it left (for its undo to
        put back and check), read in its transaction. ``left``, on a redo, is what the undo
        left: refused if a colleague has answered since."""
        return self._set(rec_ids, text, outcome, expected, left)

    def _set(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None,
        left: Sequence[AnswerState] | None,
    ) -> AnswerStep:
        if not rec_ids:
            raise ServiceError("Vælg mindst én anbefaling.")
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
            _check_left(recs, left, "dit svar blev ikke gemt igen")
            before = [AnswerState(r.id, r.comment_id, *_says(r)) for r in recs]
            comment_ids = {r.comment_id for r in recs}
            response = s.get(Response, recs[0].response_id)
            assert response is not None
            if len(comment_ids) == 1 and None not in comment_ids:
                comment = recs[0].comment
                assert comment is not None
                was: dict[str, object] | None = {
                    "text": comment.text,
                    "outcome": str(comment.outcome),
                }
            else:
                comment = AdministrationComment(consultation_id=response.consultation_id)
                s.add(comment)
                was = None
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
                was,
                {
                    "text": comment.text,
                    "outcome": str(comment.outcome),
                    "recommendations": sorted(rec_ids),
                },
                **_touched({r.response_id for r in [*recs, *copies]}),
                consultation_id=response.consultation_id,
            )
            done = (comment.id, response.consultation_id)
            after = [AnswerState(r.id, comment.id, comment.text, outcome) for r in recs]
        self._cache.after_answering(commits, rec_ids, {done[0]}, done[1], recorded=1)
        return AnswerStep(done[0], before, after)

    def restore_answers(
        self, states: Sequence[AnswerState], left: Sequence[AnswerState] | None = None
    ) -> None:
        """Put answers back as they were (undo of set_answer), in one transaction.

        ``left`` is what the undone step left (``set_answer_for_undo``): if a colleague has
        answered one of the recommendations since, nothing is put back (ConflictError)."""
        commits = self._cache.commits
        consultation_id = None
        with self._write.begin() as s:
            if left is not None:
                now = s.scalars(
                    select(Recommendation)
                    .where(Recommendation.id.in_([st.rec_id for st in left]))
                    .options(selectinload(Recommendation.comment))
                ).all()
                _check_left(now, left, "dit svar blev ikke fortrudt")
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


def _answer_conflict(
    comment: AdministrationComment | None, outcome: str = "dit svar blev ikke gemt"
) -> str:
    """Who answered first and what the answer says now; ``outcome`` says what was refused."""
    if comment is None:
        return (
            f"Svaret er fjernet af en anden i mellemtiden, så {outcome}. "
            "Visningen er opdateret; prøv igen."
        )
    return (
        f"Forvaltningens bemærkning er ændret af {comment.updated_by or 'en anden'} i "
        f"mellemtiden, så {outcome}. Nu står der: »{comment.text}« "
        f"(ændring: {danish(Outcome(comment.outcome))})."
    )
