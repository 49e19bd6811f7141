"""Section suggestions that learn: the officer's accepted tags train a model per consultation,
open suggestions are scored again with it, and a new selection gets its candidates.

Nothing here accepts anything: a suggestion stays a suggestion until the officer accepts it
(TaggingService). Retraining reads only the tags that changed since the last time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import ReasonKind, RecommendationStatus
from hoeringsdesk.domain.suggestions import SectionCandidate, candidates_from_json
from hoeringsdesk.intake.section_match import SectionRef
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.large_reads import gc_paused, settle, sweep
from hoeringsdesk.suggest.learned import LearnedModel
from hoeringsdesk.suggest.scorer import DraftScorer, confident

ACCEPTED = RecommendationStatus.ACCEPTED
SUGGESTED = RecommendationStatus.SUGGESTED
CHUNK = 900  # ids per IN (…) list
STREAM = 2000  # rows per slice of a long read


@dataclass
class _Consultation:
    scorer: DraftScorer
    sections_key: tuple[tuple[int, str, str, int], ...]
    model: LearnedModel
    seen: int | None = None  # the last audit event the model has learned from


class SuggestionService(Service):
    """Per consultation: the draft's section index and the model learned from the tags."""

    def __init__(self, write: WriteUnit, read: sessionmaker[Session], user: str):
        super().__init__(write, read, user)
        self._state: dict[int, _Consultation] = {}
        self._lock = threading.Lock()  # guards the models while a retrain changes them

    # --- the draft ---

    def _sections(self, s: Session, consultation_id: int) -> list[SectionRef]:
        rows = s.execute(
            select(
                DraftSection.id,
                DraftSection.label,
                DraftSection.heading,
                DraftSection.parent_id,
                DraftSection.depth,
                DraftSection.body,
            )
            .where(DraftSection.consultation_id == consultation_id)
            .order_by(DraftSection.ordinal)
        ).all()
        return [SectionRef(*row) for row in rows]

    def _consultation(self, s: Session, consultation_id: int) -> _Consultation:
        sections = self._sections(s, consultation_id)
        key = tuple((x.id, x.heading, x.body, len(x.label)) for x in sections)
        state = self._state.get(consultation_id)
        if state is None or state.sections_key != key:
            state = _Consultation(DraftScorer(sections), key, LearnedModel())
            self._state[consultation_id] = state
        return state

    # --- learning ---

    def retrain(self, consultation_id: int) -> int:
        """Bring the consultation's model up to date with the accepted tags; returns how many
        it holds. The first time every tag is read; after that only the recommendations the
        audit trail says changed (anyone's, in team mode). Safe to call from a worker."""
        # The collector waits (full collections over a growing model would pause every thread
        # for a fifth of a second); what each step built is swept before the next (young
        # collections of a slice each, in this thread), so no sweep is long enough to stall
        # the window, and the model's tuples are no longer tracked once swept.
        with gc_paused(), self._read() as s:
            conn = s.connection()
            state = self._consultation(s, consultation_id)
            top = int(conn.scalar(select(func.max(AuditEvent.id))) or 0)
            scope: set[int] | None = None  # None: every tag
            if state.seen is not None and top >= state.seen:
                scope = self._changed_since(conn, consultation_id, state.seen)
                if not scope:
                    state.seen = top
                    return len(state.model)
            current = self._tags(conn, consultation_id, scope)
            sweep()
            model = state.model
            known = model.passages
            candidates = list(known) if scope is None else list(scope)
            gone = [key for key in candidates if key in known and key not in current]
            changed = [
                rec_id
                for rec_id, (version, sections) in current.items()
                if model.version_of(rec_id) != version or model.sections_of(rec_id) != sections
            ]
            with self._lock:
                for key in gone:
                    model.remove(key)
            terms = state.scorer.terms
            # A slice at a time: read, tokenised, learned and let go, so no single step (nor
            # freeing a whole consultation's passages at once) keeps the window waiting.
            for at in range(0, len(changed), CHUNK):
                ids = changed[at : at + CHUNK]
                texts = conn.execute(
                    select(Recommendation.id, Recommendation.passage).where(
                        Recommendation.id.in_(ids)
                    )
                ).all()
                items = [
                    (rec_id, current[rec_id][0], current[rec_id][1], terms(text))
                    for rec_id, text in texts
                ]
                with self._lock:
                    model.add_many(items)
                del texts, items
                sweep()
            state.seen = top
            count = len(model)
            for big in (current, changed, candidates, gone):
                _let_go(big)
        settle()
        return count

    @staticmethod
    def _changed_since(conn: Connection, consultation_id: int, seen: int) -> set[int]:
        """Recommendations the audit trail names after event ``seen``: changed themselves, or
        in a response that changed (anonymised, erased)."""
        events = conn.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.response_id).where(
                AuditEvent.id > seen, AuditEvent.consultation_id == consultation_id
            )
        ).all()
        ids = {eid for entity, eid, _ in events if entity == "recommendation" and eid}
        responses = {rid for entity, _, rid in events if entity != "recommendation" and rid}
        if responses:
            ids.update(
                conn.scalars(
                    select(Recommendation.id).where(Recommendation.response_id.in_(responses))
                )
            )
        return ids

    @staticmethod
    def _tags(
        conn: Connection, consultation_id: int, scope: set[int] | None
    ) -> dict[int, tuple[int, tuple[int, ...]]]:
        """Accepted tags (not campaign copies, not in duplicates): id → (version, sections)."""
        query = (
            select(Recommendation.id, Recommendation.version, RecommendationSection.section_id)
            .join(Response, Response.id == Recommendation.response_id)
            .join(
                RecommendationSection, RecommendationSection.recommendation_id == Recommendation.id
            )
            .where(
                Response.consultation_id == consultation_id,
                Response.duplicate_of_id.is_(None),
                Recommendation.status == ACCEPTED,
                Recommendation.campaign_origin_id.is_(None),
            )
        )
        found: dict[int, tuple[int, list[int]]] = {}

        def take(rows: Iterable[tuple[int, int, int]]) -> None:
            for rec_id, version, section_id in rows:
                found.setdefault(rec_id, (version, []))[1].append(section_id)

        if scope is None:  # in slices: one long fetch would keep the window waiting
            result = conn.execution_options(yield_per=STREAM).execute(query)
            for part in result.partitions():
                take(part)  # type: ignore[arg-type]
        else:
            ordered = sorted(scope)
            for at in range(0, len(ordered), CHUNK):
                ids = ordered[at : at + CHUNK]
                take(conn.execute(query.where(Recommendation.id.in_(ids))).all())  # type: ignore[arg-type]
        return {k: (v, tuple(sorted(set(s)))) for k, (v, s) in found.items()}

    def tags(self, consultation_id: int) -> int:
        """How many tags the consultation's model has learned from (0 before a retrain)."""
        state = self._state.get(consultation_id)
        return len(state.model) if state else 0

    # --- scoring ---

    def candidates(
        self, consultation_id: int, passage: str, context: str = ""
    ) -> tuple[SectionCandidate, ...]:
        """The likeliest sections for a passage the officer selected, with reasons."""
        with self._read() as s:
            state = self._consultation(s, consultation_id)
        with self._lock:
            learned = state.model if len(state.model) else None
            return tuple(state.scorer.rank(passage, context, learned=learned))

    def refresh(self, response_id: int) -> bool:
        """Score the response's open suggestions again with what the officer has tagged
        since, and store the new ranking (and, where no row label decides, the new best
        section). Only suggestions change; returns whether any did: its candidates, their
        reasons ("ligner 4 passager …") or its section. Safe to call from a worker."""
        with self._read() as s:
            consultation_id = s.scalar(
                select(Response.consultation_id).where(Response.id == response_id)
            )
            if consultation_id is None:
                return False
            state = self._consultation(s, consultation_id)
            rows = s.execute(
                select(
                    Recommendation.id,
                    Recommendation.version,
                    Recommendation.passage,
                    Recommendation.source_label,
                    Recommendation.suggestion,
                ).where(
                    Recommendation.response_id == response_id,
                    Recommendation.status == SUGGESTED,
                )
            ).all()
            linked: dict[int, set[int]] = {}
            for rec_id, section_id in s.execute(
                select(RecommendationSection.recommendation_id, RecommendationSection.section_id)
                .join(Recommendation)
                .where(Recommendation.response_id == response_id)
            ).all():
                linked.setdefault(rec_id, set()).add(section_id)
        if not len(state.model):
            return False
        generation = f"{state.model.token}-{state.model.generation}"
        updates = []
        with self._lock:
            for rec_id, version, passage, label, stored in rows:
                stored = dict(stored or {})
                if stored.get("model") == generation:
                    continue
                old = candidates_from_json(stored.get("candidates"))
                label_sections = [
                    c.section_id for c in old if any(r.kind == ReasonKind.LABEL for r in c.reasons)
                ]
                if label and not old and linked.get(rec_id):
                    label_sections = sorted(linked[rec_id])  # stored before candidates were
                ranked = state.scorer.rank(
                    passage, str(stored.get("context", "")), label_sections, label, state.model
                )
                before = stored.get("candidates")
                stored.update(candidates=[c.as_json() for c in ranked], model=generation)
                best = ranked[0] if ranked else None
                section = None
                if not label_sections and best is not None and confident(best):
                    section = best.section_id
                shown = stored["candidates"] != before  # the ranking or its reasons differ
                updates.append((rec_id, version, stored, section, label_sections, shown))
        changed = False
        with self._write.begin() as s:
            for rec_id, version, stored, section, label_sections, shown in updates:
                done = s.execute(
                    update(Recommendation)
                    .where(
                        and_(
                            Recommendation.id == rec_id,
                            Recommendation.version == version,
                            Recommendation.status == SUGGESTED,
                        )
                    )
                    .values(suggestion=stored)
                    .execution_options(synchronize_session=False)
                )
                if not getattr(done, "rowcount", 0):
                    continue  # someone changed it meanwhile: theirs stands
                changed = changed or shown
                if label_sections or section is None or linked.get(rec_id) == {section}:
                    continue
                s.execute(
                    delete(RecommendationSection).where(
                        RecommendationSection.recommendation_id == rec_id
                    )
                )
                s.add(RecommendationSection(recommendation_id=rec_id, section_id=section))
                changed = True
        return changed


def _let_go(items: dict | list) -> None:  # type: ignore[type-arg]
    """Empty a large container a piece at a time: freeing 100,000 entries in one go is one
    long step that no other thread (the window's) can interrupt."""
    pop = items.popitem if isinstance(items, dict) else items.pop
    while items:
        pop()
