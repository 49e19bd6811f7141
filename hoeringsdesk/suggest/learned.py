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
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import Final

INDEXED_TERMS = 16  # a passage is found by its this many most telling terms
QUERY_TERMS = 12
NEIGHBOURS = 10
RESCORED = 60  # candidates found through the index, compared in full
SIMILAR = 0.2  # a neighbour this similar counts as "a passage like it"
COMMON_SHARE = 0.05  # terms in more than this share of the tags are too common to look up
MIN_COMMON = 50
FULL_VOTE = 1.5  # summed similarity of a section's neighbours that counts as certain


# A tagged passage is kept as a flat tuple of ints (version, *sections), its vector apart (a
# dict of str to float), the index as arrays of ids. Python's cyclic garbage collector stops
# tracking a flat tuple of ints at its first young collection and never tracks such a dict,
# so 100,000 tags leave it next to nothing to walk: neither a sweep after the first training
# nor any later full collection (on any thread, the window's too) pauses for their sake.
# (A tuple holding a dict stays tracked for good; one holding a tuple may, the order of a
# collection's pass decides.)
Tagged = tuple[int, ...]
VERSION: Final = 0
SECTIONS: Final = slice(1, None)


def vector(terms: Sequence[str]) -> dict[str, float]:
    """Log term frequencies, scaled to length 1."""
    counts = Counter(terms)
    weights = {t: 1.0 + math.log(c) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


class LearnedModel:
    """Nearest neighbours over the officer's accepted tags (of one consultation)."""

    def __init__(self) -> None:
        self.passages: dict[int, Tagged] = {}
        self.vectors: dict[int, dict[str, float]] = {}
        self.df: Counter[str] = Counter()
        self.postings: dict[str, array[int]] = {}
        self.section_counts: Counter[int] = Counter()
        self.generation = 0  # changes whenever a tag is added, changed or removed
        self.token = secrets.token_hex(4)  # tells this model from an earlier one

    def __len__(self) -> int:
        return len(self.passages)

    def version_of(self, key: int) -> int | None:
        p = self.passages.get(key)
        return None if p is None else p[VERSION]

    def sections_of(self, key: int) -> tuple[int, ...] | None:
        p = self.passages.get(key)
        return None if p is None else p[SECTIONS]

    def idf(self, term: str) -> float:
        return math.log(1 + (len(self.passages) + 1) / (self.df.get(term, 0) + 1))

    def add(self, key: int, version: int, sections: Sequence[int], terms: Sequence[str]) -> None:
        """Add (or replace) one tagged passage."""
        self.add_many([(key, version, sections, terms)])

    def add_many(self, items: Sequence[tuple[int, int, Sequence[int], Sequence[str]]]) -> None:
        """Add (or replace) tagged passages: (key, version, sections, terms) each. The index
        takes each passage's most telling terms, weighed with the term rarity after all of
        them are counted."""
        added: list[tuple[int, dict[str, float]]] = []
        for key, version, sections, terms in items:
            self.remove(key)
            if not sections or not terms:
                continue
            weights = vector(terms)
            kept = tuple(sorted(set(sections)))
            self.passages[key] = (version, *kept)
            self.vectors[key] = weights
            self.df.update(weights.keys())
            self.section_counts.update(kept)
            added.append((key, weights))
        if not added:
            return
        n = len(self.passages) + 1
        df = self.df
        rarity: dict[str, float] = {}
        postings = self.postings
        for key, weights in added:
            for t in weights:
                if t not in rarity:
                    rarity[t] = math.log(1 + n / (df[t] + 1))
            if len(weights) > INDEXED_TERMS:
                telling = heapq.nlargest(
                    INDEXED_TERMS, weights, key=lambda t: weights[t] * rarity[t]
                )
            else:
                telling = list(weights)
            for term in telling:
                keys = postings.get(term)
                if keys is None:
                    postings[term] = array("q", (key,))
                else:
                    keys.append(key)
        self.generation += 1

    def remove(self, key: int) -> None:
        p = self.passages.pop(key, None)
        if p is None:
            return
        weights = self.vectors.pop(key)
        self.df.subtract(weights.keys())
        self.section_counts.subtract(p[SECTIONS])
        for term in weights:
            keys = self.postings.get(term)
            if keys is not None and key in keys:
                keys.remove(key)
                if not keys:
                    del self.postings[term]
        self.generation += 1

    def neighbours(self, terms: Sequence[str]) -> list[tuple[float, Tagged]]:
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
                rough[key] = rough.get(key, 0.0) + w * self.vectors[key][term]
        scored = []
        for key in heapq.nlargest(RESCORED, rough, key=rough.__getitem__):
            weights = self.vectors[key]
            sim = sum(w * weights.get(t, 0.0) for t, w in q.items()) / norm
            scored.append((sim, key))
        best = heapq.nlargest(NEIGHBOURS, scored)
        return [(sim, self.passages[key]) for sim, key in best if sim > 0]

    def scores(self, terms: Sequence[str]) -> dict[int, tuple[float, int]]:
        """Each section's vote (0–1: the summed similarity of its neighbours, capped) and how
        many neighbours gave it. Only neighbours "like it" (similarity ≥ SIMILAR) vote: with
        few tags the nearest are often faint, and faint neighbours say little."""
        votes: dict[int, float] = {}
        alike: Counter[int] = Counter()
        for sim, p in self.neighbours(terms):
            if sim < SIMILAR:
                continue
            sections = p[SECTIONS]
            for section_id in sections:
                votes[section_id] = votes.get(section_id, 0.0) + sim / len(sections)
                alike[section_id] += 1
        return {sid: (min(1.0, v / FULL_VOTE), alike[sid]) for sid, v in votes.items()}
