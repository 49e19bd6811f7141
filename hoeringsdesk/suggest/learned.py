"""What the officer has tagged in this consultation, as nearest neighbours for a new passage.

Each accepted recommendation is kept as a normalised term vector (log term frequency), and
its most telling terms in an inverted index. A new passage is compared with the passages
that share its rarer terms; its ten nearest neighbours vote for their sections, weighted by
similarity. Adding or removing a tag touches only that tag, so retraining after a few tags
costs what those tags cost, not what the consultation holds.
"""

from __future__ import annotations

import heapq
import math
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

INDEXED_TERMS = 16  # a passage is found by its this many most telling terms
QUERY_TERMS = 12
NEIGHBOURS = 10
RESCORED = 60  # candidates found through the index, compared in full
SIMILAR = 0.2  # a neighbour this similar counts as "a passage like it"
COMMON_SHARE = 0.05  # terms in more than this share of the tags are too common to look up
MIN_COMMON = 50
FULL_VOTE = 1.5  # summed similarity of a section's neighbours that counts as certain


@dataclass(frozen=True)
class TaggedPassage:
    key: int  # the recommendation's id
    version: int
    sections: tuple[int, ...]
    vector: dict[str, float]


def vector(terms: Sequence[str]) -> dict[str, float]:
    """Log term frequencies, scaled to length 1."""
    counts = Counter(terms)
    weights = {t: 1.0 + math.log(c) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


class LearnedModel:
    """Nearest neighbours over the officer's accepted tags (of one consultation)."""

    def __init__(self) -> None:
        self.passages: dict[int, TaggedPassage] = {}
        self.df: Counter[str] = Counter()
        self.postings: dict[str, set[int]] = {}
        self.section_counts: Counter[int] = Counter()
        self.generation = 0  # changes whenever a tag is added, changed or removed
        self.token = secrets.token_hex(4)  # tells this model from an earlier one

    def __len__(self) -> int:
        return len(self.passages)

    def version_of(self, key: int) -> int | None:
        p = self.passages.get(key)
        return None if p is None else p.version

    def idf(self, term: str) -> float:
        return math.log(1 + (len(self.passages) + 1) / (self.df.get(term, 0) + 1))

    def add(self, key: int, version: int, sections: Sequence[int], terms: Sequence[str]) -> None:
        """Add (or replace) one tagged passage."""
        self.remove(key)
        if not sections or not terms:
            return
        p = TaggedPassage(key, version, tuple(sorted(set(sections))), vector(terms))
        self.passages[key] = p
        self.df.update(p.vector.keys())
        self.section_counts.update(p.sections)
        telling = heapq.nlargest(INDEXED_TERMS, p.vector, key=lambda t: p.vector[t] * self.idf(t))
        for term in telling:
            self.postings.setdefault(term, set()).add(key)
        self.generation += 1

    def remove(self, key: int) -> None:
        p = self.passages.pop(key, None)
        if p is None:
            return
        self.df.subtract(p.vector.keys())
        self.section_counts.subtract(p.sections)
        for term in p.vector:
            keys = self.postings.get(term)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self.postings[term]
        self.generation += 1

    def neighbours(self, terms: Sequence[str]) -> list[tuple[float, TaggedPassage]]:
        """The tagged passages most like these terms, most similar first."""
        if not self.passages or not terms:
            return []
        limit = max(MIN_COMMON, int(COMMON_SHARE * len(self.passages)))
        q = {t: w * self.idf(t) for t, w in vector(terms).items()}
        norm = math.sqrt(sum(w * w for w in q.values())) or 1.0
        lookup = heapq.nlargest(
            QUERY_TERMS, (t for t in q if t in self.postings), key=q.__getitem__
        )
        rough: dict[int, float] = {}
        for term in lookup:
            keys = self.postings[term]
            if len(keys) > limit:
                continue
            w = q[term]
            for key in keys:
                rough[key] = rough.get(key, 0.0) + w * self.passages[key].vector[term]
        scored = []
        for key in heapq.nlargest(RESCORED, rough, key=rough.__getitem__):
            p = self.passages[key]
            sim = sum(w * p.vector.get(t, 0.0) for t, w in q.items()) / norm
            scored.append((sim, key))
        best = heapq.nlargest(NEIGHBOURS, scored)
        return [(sim, self.passages[key]) for sim, key in best if sim > 0]

    def scores(self, terms: Sequence[str]) -> dict[int, tuple[float, int]]:
        """Each section's vote (0–1: its neighbours' summed similarity, capped) and how many
        of them are "like it" (similarity ≥ SIMILAR): a few faint neighbours say little."""
        near = self.neighbours(terms)
        if not near:
            return {}
        votes: dict[int, float] = {}
        alike: Counter[int] = Counter()
        for sim, p in near:
            for section_id in p.sections:
                votes[section_id] = votes.get(section_id, 0.0) + sim / len(p.sections)
                if sim >= SIMILAR:
                    alike[section_id] += 1
        return {sid: (min(1.0, v / FULL_VOTE), alike.get(sid, 0)) for sid, v in votes.items()}
