"""Section suggestions that learn: the officer's accepted tags train a model per consultation,
open suggestions are scored again with it, and a new selection gets its candidates.

Nothing here accepts anything: a suggestion stays a suggestion until the officer accepts it
(TaggingService). Retraining reads only the tags that changed since the last time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import and_, delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models import DraftSection, Recommendation, RecommendationSection, Response
from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.suggestions import SectionCandidate, candidates_from_json
from hoeringsdesk.intake.section_match import SectionRef
from hoeringsdesk.suggest.learned import LearnedModel
from hoeringsdesk.suggest.scorer import DraftScorer, confident

ACCEPTED = RecommendationStatus.ACCEPTED
SUGGESTED = RecommendationStatus.SUGGESTED
CHUNK = 900  # ids per IN (…) list


@dataclass
class _Consultation:
    scorer: DraftScorer
    sections_key: tuple[tuple[int, str, str, int], ...]
    model: LearnedModel


class SuggestionService:
    """Per consultation: the draft's section index and the model learned from the tags."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user
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
        """Bring the consultation's model up to date with the accepted tags (those that
        changed since last time are read again); returns how many tags it holds. Safe to
        call from a worker thread."""
        with self._read() as s:
            state = self._consultation(s, consultation_id)
            tags = s.execute(
                select(Recommendation.id, Recommendation.version, RecommendationSection.section_id)
                .join(Response, Response.id == Recommendation.response_id)
                .join(
                    RecommendationSection,
                    RecommendationSection.recommendation_id == Recommendation.id,
                )
                .where(
                    Response.consultation_id == consultation_id,
                    Response.duplicate_of_id.is_(None),
                    Recommendation.status == ACCEPTED,
                    Recommendation.campaign_origin_id.is_(None),
                )
            ).all()
            current: dict[int, tuple[int, list[int]]] = {}
            for rec_id, version, section_id in tags:
                current.setdefault(rec_id, (version, []))[1].append(section_id)
            model = state.model
            changed = [
                rec_id
                for rec_id, (version, sections) in current.items()
                if model.version_of(rec_id) != version
                or model.passages[rec_id].sections != tuple(sorted(set(sections)))
            ]
            gone = [key for key in model.passages if key not in current]
            passages: dict[int, str] = {}
            for at in range(0, len(changed), CHUNK):
                ids = changed[at : at + CHUNK]
                passages.update(
                    s.execute(
                        select(Recommendation.id, Recommendation.passage).where(
                            Recommendation.id.in_(ids)
                        )
                    ).all()
                )
        terms = {rec_id: state.scorer.terms(text) for rec_id, text in passages.items()}
        with self._lock:
            for key in gone:
                model.remove(key)
            for rec_id, found in terms.items():
                version, sections = current[rec_id]
                model.add(rec_id, version, sections, found)
            return len(model)

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
        section). Only suggestions change; returns whether any did."""
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
                    c.section_id for c in old if any(r.kind == "label" for r in c.reasons)
                ]
                if label and not old and linked.get(rec_id):
                    label_sections = sorted(linked[rec_id])  # stored before candidates were
                ranked = state.scorer.rank(
                    passage, str(stored.get("context", "")), label_sections, label, state.model
                )
                stored.update(candidates=[c.as_json() for c in ranked], model=generation)
                best = ranked[0] if ranked else None
                section = None
                if not label_sections and best is not None and confident(best):
                    section = best.section_id
                updates.append((rec_id, version, stored, section, label_sections))
        changed = False
        with self._write.begin() as s:
            for rec_id, version, stored, section, label_sections in updates:
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
