"""Near-duplicate text for form-letter campaigns: shingle fingerprints, Jaccard, sketches."""

# Hashes are zlib.crc32 / sha256, so fingerprints are stable across runs and machines (Python's
# own hash() is randomised per process and must not be used for stored values).

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
import zlib
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence

SHINGLE = 5  # words per shingle
SKETCH = 16  # smallest hashes kept per text for candidate search
MAX_SHINGLES = 200_000  # a longer text is compared by its first this many shingles

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, punctuation and whitespace dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def normalise(text: str) -> str:
    """The text as normalised words separated by single spaces."""
    return " ".join(words(text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: equal for texts differing only in case/spacing."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def fingerprint(text: str, k: int = SHINGLE) -> frozenset[int]:
    """crc32 hashes of the text's word k-shingles (one shingle for texts shorter than k).

    A very long text is judged by its first ``MAX_SHINGLES`` shingles (some 250 pages):
    its words are read one by one, never all held in a list (a 20-million-character text
    would need hundreds of megabytes for that)."""
    if len(text) > MAX_SHINGLES * 40:
        text = text[: MAX_SHINGLES * 40]
    found = _WORD.finditer(unicodedata.normalize("NFKC", text or "").casefold())
    window: deque[str] = deque(maxlen=k)
    out: set[int] = set()
    for match in found:
        window.append(match.group())
        if len(window) == k:
            out.add(zlib.crc32(" ".join(window).encode("utf-8")))
            if len(out) >= MAX_SHINGLES:
                break
    if not out and window:  # fewer than k words
        out.add(zlib.crc32(" ".join(window).encode("utf-8")))
    return frozenset(out)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 when both are empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def similarity(a: str | frozenset[int], b: str | frozenset[int]) -> float:
    """Jaccard similarity of two texts (or of two fingerprints), 0.0–1.0."""
    fa = a if isinstance(a, frozenset) else fingerprint(a)
    fb = b if isinstance(b, frozenset) else fingerprint(b)
    return jaccard(fa, fb)


def sketch(fp: Iterable[int], size: int = SKETCH) -> tuple[int, ...]:
    """The ``size`` smallest shingle hashes (a bottom-k MinHash sketch), ascending."""
    return tuple(heapq.nsmallest(size, fp))


def sketch_similarity(a: Sequence[int], b: Sequence[int], size: int = SKETCH) -> float:
    """Estimate of the Jaccard similarity from two bottom-k sketches."""
    union = heapq.nsmallest(size, set(a) | set(b))
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def group_similar(
    fingerprints: Sequence[frozenset[int]], threshold: float = 0.8, size: int = SKETCH
) -> list[list[int]]:
    """Groups (of two or more indexes) of near-identical texts, e.g. a form-letter campaign.

    Candidates share a hash in their bottom-k sketches; each candidate is verified with the
    exact Jaccard similarity against the first text seen with that hash, so the work grows
    about linearly with the number of texts.
    """
    parent = list(range(len(fingerprints)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    representatives: dict[int, list[int]] = defaultdict(list)
    for i, fp in enumerate(fingerprints):
        if not fp:
            continue
        for h in sketch(fp, size):
            reps = representatives[h]
            for rep in reps:
                if find(rep) != find(i) and jaccard(fp, fingerprints[rep]) >= threshold:
                    parent[find(i)] = find(rep)
                    break
            if len(reps) < 3:  # a few representatives per hash keep chains from breaking
                reps.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(fingerprints)):
        groups[find(i)].append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
