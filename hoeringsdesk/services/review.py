"""Review use cases: a section's recommendations, answers, coverage, gaps and the overview."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from hoeringsdesk.db.models import (
    AdministrationComment,
    DraftSection,
    Recommendation,
    Response,
)
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records import (
    Gap,
    Overview,
    ReviewItem,
    ReviewRow,
    SectionCoverage,
)
from hoeringsdesk.services import audit, gap_queries
from hoeringsdesk.services import review_index as index_queries
from hoeringsdesk.services import review_queries as queries
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.bulk import gc_paused, settle
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.response_rows import deadline_of
from hoeringsdesk.services.responses import ResponseService
from hoeringsdesk.services.review_index import LocalCommits, ReviewIndex


@dataclass(frozen=True)
class AnswerState:
    """A recommendation's answer as it was (for undo)."""

    rec_id: int
    comment_id: int | None
    text: str
    outcome: str


class ReviewService(Service):
    """The side-by-side review and the administration's answers."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        user: str,
        responses: ResponseService,
    ) -> None:
        super().__init__(write, read, user)
        self._responses = responses
        self._commits = LocalCommits(read)
        self._index: ReviewIndex | None = None
        self._lock = threading.RLock()

    # --- reading ---

    def rows(
        self, consultation_id: int, section_id: int, subsections: bool = True
    ) -> list[ReviewRow]:
        """A section's table lines (with its sub-sections'), campaigns once, in review order;
        ``GENERAL_REMARKS`` for those tagged to no section.

        Served from the consultation's review index, which is read once and read again only
        after a change (this process's commits, or a change anyone recorded since)."""
        index = self._current(consultation_id)
        return index.rows(index.subtree(section_id) if subsections else [section_id])

    def details(self, consultation_id: int, rec_ids: Sequence[int]) -> list[ReviewItem]:
        """The full items (passage, comment and its version) of rows, in the order given."""
        found: dict[int, ReviewItem] = {}
        ids = list(dict.fromkeys(rec_ids))
        with self._read() as s, gc_paused():
            conn = s.connection()
            for i in range(0, len(ids), index_queries.CHUNK):
                chunk = ids[i : i + index_queries.CHUNK]
                found.update(
                    (item.rec.id, item)
                    for item in queries.items(conn, consultation_id, rec_ids=chunk)
                )
        return [found[rid] for rid in ids if rid in found]

    def passages(self, rec_ids: Sequence[int], limit: int = 800) -> dict[int, str]:
        """The quoted passages of recommendations (the table's tooltips), each cut at
        ``limit`` characters; read off the GUI thread for a section's lines at once."""
        found: dict[int, str] = {}
        ids = list(dict.fromkeys(rec_ids))
        with self._read() as s:
            for i in range(0, len(ids), index_queries.CHUNK):
                chunk = ids[i : i + index_queries.CHUNK]
                found.update(
                    (rid, text or "")
                    for rid, text in s.execute(
                        select(
                            Recommendation.id, func.substr(Recommendation.passage, 1, limit)
                        ).where(Recommendation.id.in_(chunk))
                    ).all()
                )
        return found

    def drop_index(self) -> None:
        """Forget the review index: the next read builds it anew."""
        with self._lock:
            self._index = None

    def _current(self, consultation_id: int) -> ReviewIndex:
        with self._lock:
            commits = self._commits.count
            with self._read() as s:
                conn = s.connection()
                token = (commits, index_queries.last_audit(conn, consultation_id))
                index = self._index
                key = (consultation_id, token)
                if index is None or (index.consultation_id, index.token) != key:
                    with gc_paused():
                        index = index_queries.build(conn, consultation_id, token)
                    settle()
                    self._index = index
            return index

    def _after_answering(
        self,
        commits: int,
        rec_ids: Sequence[int],
        comment_ids: Collection[int],
        consultation_id: int | None,
        recorded: int,
    ) -> None:
        """Patch this process's answer into the index instead of reading it all again.

        ``commits`` is the count before the one commit that answered; ``recorded`` the audit
        events it added to ``consultation_id``. Anything else since drops the index."""
        with self._lock:
            index = self._index
            if index is None:
                return
            if index.token[0] != commits or self._commits.count != commits + 1:
                self._index = None
                return
            cid, seen = index.consultation_id, index.token[1]
            with self._read() as s:
                conn = s.connection()
                expected = recorded if consultation_id == cid else 0
                if index_queries.audits_since(conn, cid, seen) != expected:
                    self._index = None
                    return
                states = index_queries.answer_states(conn, rec_ids, comment_ids)
                index.token = (commits + 1, index_queries.last_audit(conn, cid))
            index.patch(states)

    def items(
        self, consultation_id: int, section_ids: Iterable[int] | None = None
    ) -> list[ReviewItem]:
        """Accepted recommendations (of the given sections, or all), campaigns once."""
        ids = list(section_ids) if section_ids is not None else None
        with self._read() as s, gc_paused():
            return queries.items(s.connection(), consultation_id, ids)

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
        """Per section (and ``GENERAL_REMARKS``): accepted recommendations by type, and how
        many are unanswered."""
        return self._current(consultation_id).coverage()

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
        commits = self._commits.count
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
        self._after_answering(commits, rec_ids, {done[0]}, done[1], recorded=1)
        return done[0]

    def restore_answers(self, states: Sequence[AnswerState]) -> None:
        """Put answers back as they were (undo of set_answer)."""
        commits = self._commits.count
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
        self._after_answering(
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

    # --- before export ---

    def gaps(self, consultation_id: int) -> list[Gap]:
        """What is missing before export, each with where to find it."""
        with self._read() as s, gc_paused():
            conn = s.connection()
            deadline = self._deadline(conn, consultation_id)
            return gap_queries.response_gaps(
                conn, consultation_id, deadline
            ) + gap_queries.recommendation_gaps(conn, consultation_id)

    def overview(self, consultation_id: int) -> Overview:
        """The consultation's numbers for the overview page."""
        with self._read() as s, gc_paused():
            conn = s.connection()
            deadline = self._deadline(conn, consultation_id)
            facts = queries.response_facts(conn, consultation_id, deadline)
            counted = [f for f in facts if f[4] is None]
            kinds = queries.senders(
                conn,
                select(Response.id).where(
                    Response.consultation_id == consultation_id,
                    Response.duplicate_of_id.is_(None),
                ),
            )
            coverage = queries.coverage(conn, consultation_id)
            per_type, answered, total = queries.type_counts(conn, consultation_id)
            sections = conn.execute(
                select(DraftSection.id, DraftSection.label, DraftSection.heading)
                .where(DraftSection.consultation_id == consultation_id)
                .order_by(DraftSection.ordinal)
            ).all()
        return Overview(
            responses=len(counted),
            on_time=sum(1 for f in counted if f[2] is False),
            late=sum(1 for f in counted if f[2]),
            time_unknown=sum(1 for f in counted if f[2] is None),
            duplicates=len(facts) - len(counted),
            campaigns=len({f[3] for f in counted if f[3]}),
            campaign_members=sum(1 for f in counted if f[3]),
            by_party_kind=dict(Counter(kinds.get(f[0], ("", ""))[1] or "unknown" for f in counted)),
            per_section=[
                (f"{label} {heading}".strip(), coverage[sid].total if sid in coverage else 0)
                for sid, label, heading in sections
            ],
            per_type=per_type,
            answered=answered,
            recommendations=total,
        )

    @staticmethod
    def _deadline(conn: Connection, consultation_id: int) -> date:
        deadline = deadline_of(conn, consultation_id)
        if deadline is None:
            raise NotFound(f"Høring {consultation_id} findes ikke.")
        return deadline


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
