"""Rank a draft's sections for a passage, with reasons: names, shared words, the officer's tags.

Shared words are weighed with BM25 over each section's heading (counted three times) and body
text, on Snowball stems with compounds split into the draft's own words.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from hoeringsdesk.domain.suggestions import (
    HEADING,
    LABEL,
    LEARNED,
    NAMED,
    WORDS,
    Reason,
    SectionCandidate,
)
from hoeringsdesk.suggest.names import NameFinder, section_name
from hoeringsdesk.suggest.words import Vocabulary, content_words

HEADING_WEIGHT = 3  # a heading's word counts as three of the body's
K1, B = 1.2, 0.75  # BM25's usual constants
WORD_DAMPING = 2.0  # BM25 score s counts s / (best + damping): weak evidence stays weak
NAMED_SCORE = 3.0  # the passage names the section
HEADING_SCORE = 2.0  # the heading or lead-in above it does
NAMED_WORD_SCORE = 1.0  # a one-word heading ("Demens") occurs in it: likely, not certain
LABEL_SCORE = 4.0  # the template row's label does (the respondent put it there)
LEARNED_SCORE = 1.5  # full agreement with what the officer tagged
MAX_CANDIDATES = 5
SHOWN_WORDS = 4
MIN_PREFIX = 4  # a stem this long may meet the draft's compounds that begin with it
MIN_PART_TAIL = 3
PREFIX_WEIGHT = 0.5
MIN_WORDS_SCORE = 0.35  # below this, shared words alone are no suggestion worth a section


TITLE = re.compile(r"høring|politik|bemærkning|udkast", re.IGNORECASE)


class SectionLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def heading(self) -> str: ...
    @property
    def body(self) -> str: ...


class LearnedScores(Protocol):
    """What the learned model gives the scorer for one passage's terms."""

    def scores(self, terms: Sequence[str]) -> dict[int, tuple[float, int]]: ...


@dataclass(frozen=True)
class _Doc:
    id: int
    tf: dict[str, float]
    length: float


class DraftScorer:
    """Scores passages against one draft's sections (built once per import and worker)."""

    def __init__(self, sections: Iterable[SectionLike]) -> None:
        self.sections = list(sections)
        vocabulary = Vocabulary()
        for s in self.sections:
            for w in content_words(f"{s.label} {s.heading} {s.body}"):
                vocabulary.add(w)
        self.vocabulary = vocabulary
        self.finder = NameFinder(
            [section_name(s.id, s.label, s.heading, vocabulary) for s in self.sections],
            vocabulary,
        )
        docs = []
        for s in self.sections:
            tf: dict[str, float] = {}
            for term in vocabulary.terms(f"{s.label} {s.heading}"):
                tf[term] = tf.get(term, 0.0) + HEADING_WEIGHT
            for term in vocabulary.terms(s.body):
                tf[term] = tf.get(term, 0.0) + 1.0
            docs.append(_Doc(s.id, tf, sum(tf.values())))
        self._docs = docs
        self._prefix_cache: dict[str, list[tuple[int, float]]] = {}
        n = len(docs)
        self._avg = (sum(d.length for d in docs) / n) if n else 1.0
        df: dict[str, int] = {}
        for d in docs:
            for term in d.tf:
                df[term] = df.get(term, 0) + 1
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._sorted_terms: list[str] = []
        for i, d in enumerate(docs):
            norm = K1 * (1 - B + B * d.length / (self._avg or 1.0))
            for term, f in d.tf.items():
                weight = self._idf[term] * f * (K1 + 1) / (f + norm)
                self._postings.setdefault(term, []).append((i, weight))
        self._sorted_terms = sorted(self._postings)

    # --- the parts ---

    def terms(self, text: str) -> list[str]:
        return self.vocabulary.terms(text)

    def word_scores(self, text: str) -> dict[int, tuple[float, list[str]]]:
        """BM25 score of each section that shares a word with the text, and those words as
        written (the most telling first)."""
        surface: dict[str, str] = {}
        for w in content_words(text):
            for term in self.vocabulary.parts(w):
                surface.setdefault(term, w)
        scores: dict[int, float] = {}
        shared: dict[int, list[tuple[float, str]]] = {}
        for term, word in surface.items():
            for i, weight in self._postings_of(term):
                scores[i] = scores.get(i, 0.0) + weight
                shared.setdefault(i, []).append((weight, word))
        out = {}
        for i, score in scores.items():
            shown = list(dict.fromkeys(w for _, w in sorted(shared[i], key=lambda x: -x[0])))
            out[self._docs[i].id] = (score, shown[:SHOWN_WORDS])
        return out

    def _postings_of(self, term: str) -> list[tuple[int, float]]:
        """The term's postings; a term the draft lacks meets the draft's compounds that begin
        with it ("mentor" → "mentorordning") or that it begins with ("sprogcafé" → "sprog"),
        at half weight."""
        found = self._postings.get(term)
        if found is not None:
            return found
        if len(term) < MIN_PREFIX:
            return []
        cached = self._prefix_cache.get(term)
        if cached is not None:
            return cached
        related: list[str] = []
        head = term[: max(MIN_PREFIX + 1, (len(term) * 3 + 4) // 5)]  # "demente" ~ "demens"
        at = bisect_left(self._sorted_terms, head)
        while at < len(self._sorted_terms) and self._sorted_terms[at].startswith(head):
            related.append(self._sorted_terms[at])
            at += 1
        for k in range(len(term) - MIN_PART_TAIL, MIN_PREFIX - 1, -1):
            if term[:k] in self._postings:
                related.append(term[:k])
                break
        merged: dict[int, float] = {}
        for other in related:
            for i, weight in self._postings[other]:
                merged[i] = max(merged.get(i, 0.0), weight * PREFIX_WEIGHT)
        out = list(merged.items())
        if len(self._prefix_cache) < 100_000:
            self._prefix_cache[term] = out
        return out

    # --- all together ---

    def rank(
        self,
        passage: str,
        context: str = "",
        label_sections: Sequence[int] = (),
        label: str = "",
        learned: LearnedScores | None = None,
    ) -> list[SectionCandidate]:
        """The likeliest sections for a passage, best first, each with its reasons."""
        totals: dict[int, float] = {}
        reasons: dict[int, list[Reason]] = {}

        def add(section_id: int, score: float, reason: Reason) -> None:
            totals[section_id] = totals.get(section_id, 0.0) + score
            reasons.setdefault(section_id, []).append(reason)

        for section_id in label_sections:
            add(section_id, LABEL_SCORE, Reason(LABEL, label))
        for mention in self.finder.find(passage):
            score = NAMED_SCORE if mention.strong else NAMED_WORD_SCORE
            add(mention.section_id, score, Reason(NAMED, mention.text))
        if context:
            for mention in self.finder.find(context):
                if mention.section_id not in reasons:
                    score = HEADING_SCORE if mention.strong else NAMED_WORD_SCORE
                    add(mention.section_id, score, Reason(HEADING, mention.text))
        # A heading's words help ("Hjemmeplejen"), the letter's title does not ("Høringssvar
        # om integrationspolitikken" shares words with every section).
        topical = context and not TITLE.search(context)
        words = self.word_scores(f"{passage}\n{context}" if topical else passage)
        best = max((s for s, _ in words.values()), default=0.0)
        for section_id, (score, shown) in words.items():
            add(section_id, score / (best + WORD_DAMPING), Reason(WORDS, words=tuple(shown)))
        if learned is not None:
            for section_id, (score, count) in learned.scores(self.terms(passage)).items():
                add(section_id, LEARNED_SCORE * score, Reason(LEARNED, count=count))
        order = sorted(totals, key=lambda sid: (-totals[sid], self._position(sid)))
        return [
            SectionCandidate(sid, totals[sid], tuple(reasons.get(sid, ())))
            for sid in order[:MAX_CANDIDATES]
            if totals[sid] > 0
        ]

    def _position(self, section_id: int) -> int:
        if not hasattr(self, "_positions"):
            self._positions = {s.id: i for i, s in enumerate(self.sections)}
        return self._positions.get(section_id, 0)


def confident(candidate: SectionCandidate | None) -> bool:
    """Is the best candidate worth linking as the suggestion's section (still a suggestion,
    the officer decides)? A name or label always is; shared words only when strong."""
    if candidate is None:
        return False
    kinds = {r.kind for r in candidate.reasons}
    if kinds & {LABEL, NAMED, HEADING}:
        return True
    return candidate.score >= MIN_WORDS_SCORE
