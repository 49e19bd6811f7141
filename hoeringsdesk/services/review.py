"""Review use cases: a section's recommendations, answers, coverage, gaps and the overview.

The service is the one door the GUI uses; the work is done by its parts: the review index
(``review_cache``), the answers (``review_answers``) and the before-export reads
(``review_overview``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import Recommendation
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.review import Gap, Overview, ReviewItem, ReviewRow, SectionCoverage
from hoeringsdesk.services import review_index as index_queries
from hoeringsdesk.services import review_overview
from hoeringsdesk.services import review_queries as queries
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.large_reads import gc_paused
from hoeringsdesk.services.responses import ResponseService
from hoeringsdesk.services.review_answers import Answers, AnswerState, AnswerStep
from hoeringsdesk.services.review_cache import ReviewIndexCache

__all__ = ["AnswerState", "AnswerStep", "ReviewService"]


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
        self._cache = ReviewIndexCache(read)
        self._answers = Answers(write, read, user, self._cache)

    # --- reading ---

    def rows(
        self, consultation_id: int, section_id: int, subsections: bool = True
    ) -> list[ReviewRow]:
        """A section's table lines (with its sub-sections'), campaigns once, in review order;
        ``GENERAL_REMARKS`` for those tagged to no section.

        Served from the consultation's review index, which is read once and read again only
        after a change (this process's commits, or a change anyone recorded since)."""
        index = self._cache.current(consultation_id)
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
        self._cache.drop()

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
        return self._cache.current(consultation_id).coverage()

    # --- answering ---

    def answer_states(self, rec_ids: Sequence[int]) -> list[AnswerState]:
        """The recommendations' answers as they are now (kept by an undo step)."""
        return self._answers.answer_states(rec_ids)

    def set_answer(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None = None,
    ) -> int:
        """Give one answer to the recommendations (and their campaign copies); see
        ``Answers.set_answer``. Returns the comment's id."""
        return self._answers.set_answer(rec_ids, text, outcome, expected)

    def set_answer_for_undo(
        self,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None = None,
        left: Sequence[AnswerState] | None = None,
    ) -> AnswerStep:
        """``set_answer`` as an undo step: returns the answers it replaced and what it left,
        for the undo; ``left`` (on a redo) is what the undo left, checked likewise."""
        return self._answers.set_answer_for_undo(rec_ids, text, outcome, expected, left)

    def restore_answers(
        self, states: Sequence[AnswerState], left: Sequence[AnswerState] | None = None
    ) -> None:
        """Put answers back as they were (undo of set_answer) in one transaction; refused if
        a colleague has answered since the step left ``left``."""
        self._answers.restore_answers(states, left)

    # --- before export ---

    def gaps(self, consultation_id: int) -> list[Gap]:
        """What is missing before export, each with where to find it."""
        with self._read() as s, gc_paused():
            return list(review_overview.gaps(s.connection(), consultation_id))

    def first_gaps(self, consultation_id: int, limit: int) -> tuple[list[Gap], int]:
        """The first ``limit`` of ``gaps``, and how many there are in all."""
        with self._read() as s, gc_paused():
            found = review_overview.gaps(s.connection(), consultation_id, limit)
            return list(found), found.found

    def overview(self, consultation_id: int) -> Overview:
        """The consultation's numbers for the overview page."""
        with self._read() as s, gc_paused():
            return review_overview.overview(s.connection(), consultation_id)
