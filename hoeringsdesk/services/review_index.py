"""A consultation's review lines held in memory, so choosing a section reads no rows at all."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Engine, case, event, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.review import GENERAL_REMARKS, ReviewRow, SectionCoverage
from hoeringsdesk.services.large_reads import SLICE, in_slices
from hoeringsdesk.services.review_queries import NO_SENDER, answered_flag, reviewed, senders

Token = tuple[int, int]  # (this process's commits, the consultation's newest audit event)
IndexedAnswer = tuple[int, int | None, str, bool, bool]  # id, comment, outcome, commented, answered
CHUNK = 900  # ids per IN (...): well below every backend's limit on bound parameters


class LocalCommits:
    """Counts the commits this process makes on the store, by any service or session."""

    def __init__(self, read: sessionmaker[Session]) -> None:
        self.count = 0
        engine = read.kw.get("bind")
        if isinstance(engine, Engine):
            event.listen(engine, "commit", self._bump)

    def _bump(self, _conn: Any) -> None:
        self.count += 1


def last_audit(conn: Connection, consultation_id: int) -> int:
    """The newest recorded change of the consultation (what the main window polls, too)."""
    latest = conn.scalar(
        select(func.max(AuditEvent.id)).where(AuditEvent.consultation_id == consultation_id)
    )
    return int(latest or 0)


def audits_since(conn: Connection, consultation_id: int, after: int) -> int:
    return int(
        conn.scalar(
            select(func.count()).where(
                AuditEvent.consultation_id == consultation_id, AuditEvent.id > after
            )
        )
        or 0
    )


class ReviewIndex:
    """Every reviewed recommendation in the review's order, by section (those tagged to no
    section under ``GENERAL_REMARKS``), handed out as ReviewRows.

    Kept as columns (one sequence per field), not as 100,000 tuples, which made every full
    collection, in whichever thread, hold the interpreter for a third of a second; columns
    of plain values are tuples the collector stops looking at.

    Valid while ``token`` is: a commit by this process or a recorded change by anyone else
    makes the service build it anew; the service patches its own answers in place."""

    def __init__(
        self,
        consultation_id: int,
        token: Token,
        columns: list[Sequence[Any]],
        by_section: dict[int, list[int]],
        children: dict[int | None, list[int]],
    ) -> None:
        self.consultation_id = consultation_id
        self.token = token
        self._columns = columns  # ReviewRow's fields in the review's order (lists if patched)
        self._by_section = by_section  # section id → positions in the columns, ascending
        self._children = children
        self._position = {rec_id: p for p, rec_id in enumerate(columns[0])}

    def subtree(self, section_id: int) -> list[int]:
        out, stack = [], [section_id]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(self._children.get(current, ()))
        return out

    def rows(self, section_ids: Collection[int]) -> list[ReviewRow]:
        """The sections' rows, each once, in the review's order."""
        lists = [p for s in section_ids if (p := self._by_section.get(s))]
        if not lists:
            return []
        positions = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        picked = [[column[p] for p in positions] for column in self._columns]
        return [ReviewRow(*fields) for fields in zip(*picked, strict=True)]

    def coverage(self) -> dict[int, SectionCoverage]:
        """Per section: rows by type, and how many are unanswered (the tree's badges)."""
        types, answered = self._columns[_TYPE], self._columns[_ANSWERED]
        out = {}
        for sid, positions in self._by_section.items():
            counts = dict(Counter(types[p] for p in positions))
            unanswered = sum(1 for p in positions if not answered[p])
            out[sid] = SectionCoverage(counts, len(positions), unanswered)
        return out

    def patch(self, states: Iterable[IndexedAnswer]) -> None:
        """Put recommendations' new answers in (after this process answered them)."""
        comment_ids, outcomes, commented_, answered_ = (
            cast(list[Any], self._columns[n])
            for n in (_COMMENT_ID, _OUTCOME, _COMMENTED, _ANSWERED)
        )
        for rec_id, comment_id, outcome, commented, answered in states:
            p = self._position.get(rec_id)
            if p is not None:
                comment_ids[p] = comment_id
                outcomes[p] = Outcome(outcome)
                commented_[p] = commented
                answered_[p] = answered


_FIELDS = ReviewRow._fields
_TYPE, _COMMENT_ID, _OUTCOME, _COMMENTED, _ANSWERED = (
    _FIELDS.index(name) for name in ("type", "comment_id", "outcome", "commented", "answered")
)
_PATCHED = frozenset((_COMMENT_ID, _OUTCOME, _COMMENTED, _ANSWERED))  # lists: patched in place


def _answer_columns(conn: Connection) -> tuple[Any, ...]:
    return (
        Recommendation.comment_id,
        AdministrationComment.outcome,
        case((AdministrationComment.text != "", 1), else_=0),
        answered_flag(conn),
    )


def build(conn: Connection, consultation_id: int, token: Token) -> ReviewIndex:
    """Read the consultation's reviewed recommendations, senders and section links once.

    The rows come sorted from the store and are read a slice at a time (``in_slices``), so
    the reading thread never holds the interpreter long: the GUI thread goes on meanwhile."""
    recs = conn.execute(
        select(
            Recommendation.id,
            Recommendation.response_id,
            Response.number,
            Recommendation.type,
            Recommendation.summary,
            Recommendation.start,
            *_answer_columns(conn),
        )
        .join(Response, Response.id == Recommendation.response_id)
        .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
        .where(reviewed(consultation_id))
        .order_by(func.coalesce(Response.number, 0), Recommendation.start, Recommendation.id)
    )
    who = senders(
        conn,
        select(Response.id).where(
            Response.consultation_id == consultation_id, Response.duplicate_of_id.is_(None)
        ),
    )
    copies = dict(  # a copy's origin is in the same consultation: no join needed
        conn.execute(
            select(Recommendation.campaign_origin_id, func.count())
            .where(Recommendation.campaign_origin_id.is_not(None))
            .group_by(Recommendation.campaign_origin_id)
        ).all()
    )
    columns: list[list[Any]] = [[] for _ in _FIELDS]
    lines: list[tuple[Any, ...]] = []  # a slice of lines, then put in the columns

    def put_in_columns() -> None:
        for column, values in zip(columns, zip(*lines, strict=True), strict=False):
            column.extend(values)
        lines.clear()

    for (
        rec_id,
        response_id,
        number,
        rec_type,
        summary,
        start,
        cid,
        outcome,
        said,
        done,
    ) in in_slices(recs):
        sender, kind = who.get(response_id, NO_SENDER)
        n = copies.get(rec_id, 0)
        lines.append(
            (
                rec_id,
                response_id,
                number,
                sender,
                kind,
                n + 1 if n else 0,
                rec_type,  # the enum columns hand back members
                summary,
                start,
                cid,
                Outcome.UNDECIDED if outcome is None else outcome,
                bool(said),
                bool(done),
            )
        )
        if len(lines) == SLICE:
            put_in_columns()
    put_in_columns()
    # The columns never patched become tuples: one of plain values (numbers, texts) is
    # left alone by the collector after its first look, where a list of 100,000 is walked
    # item by item in every collection that reaches it (tens of ms per sweep).
    kept: list[Sequence[Any]] = [c if n in _PATCHED else tuple(c) for n, c in enumerate(columns)]
    position = {rec_id: p for p, rec_id in enumerate(kept[0])}
    children: dict[int | None, list[int]] = defaultdict(list)
    for sid, parent in conn.execute(
        select(DraftSection.id, DraftSection.parent_id).where(
            DraftSection.consultation_id == consultation_id
        )
    ).all():
        children[parent].append(sid)
    # "+ 0" keeps SQLite from the section index here: one pass over the links table beats
    # 200,000 look-ups through it (0.07 s against 0.14 s at 100,000 recommendations).
    sections = select(DraftSection.id).where(DraftSection.consultation_id == consultation_id)
    by_section: dict[int, list[int]] = defaultdict(list)
    placed = bytearray(len(position))  # 1: tagged to a section (no set of 100,000 numbers)
    for rec_id, sid in in_slices(
        conn.execute(
            select(RecommendationSection.recommendation_id, RecommendationSection.section_id).where(
                (RecommendationSection.section_id + 0).in_(sections)
            )
        )
    ):
        p = position.get(rec_id)
        if p is not None:
            by_section[sid].append(p)
            placed[p] = 1
    for positions in by_section.values():
        positions.sort()  # one section's at a time: short calls
    general = [p for p, tagged in enumerate(placed) if not tagged]
    if general:  # tagged to no section: the review's "general remarks", answered there
        by_section[GENERAL_REMARKS] = general
    return ReviewIndex(consultation_id, token, kept, dict(by_section), dict(children))


def indexed_answers(
    conn: Connection, rec_ids: Sequence[int], comment_ids: Collection[int]
) -> list[IndexedAnswer]:
    """The answers now of the recommendations, and of every one sharing those comments."""
    out: list[IndexedAnswer] = []
    ids, cids = list(rec_ids), sorted(comment_ids)
    for i in range(0, max(len(ids), len(cids)), CHUNK):
        some, some_c = ids[i : i + CHUNK], cids[i : i + CHUNK]
        rows = conn.execute(
            select(Recommendation.id, *_answer_columns(conn))
            .outerjoin(AdministrationComment, AdministrationComment.id == Recommendation.comment_id)
            .where(or_(Recommendation.id.in_(some), Recommendation.comment_id.in_(some_c)))
        ).all()
        out.extend(
            (rid, cid, str(outcome) if outcome is not None else "undecided", bool(s), bool(d))
            for rid, cid, outcome, s, d in rows
        )
    return out
