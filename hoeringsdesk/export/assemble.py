"""Pure helpers that shape collected data: draft order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from hoeringsdesk.export.model import RecommendationRow, SectionRow

_NOT_WORD = re.compile(r"[\W_]+")
UNPLACED = 1 << 62  # sorts recommendations without a section after every section


def normalise_name(name: str) -> str:
    """An organisation name for matching: case, punctuation and spacing ignored."""
    return " ".join(_NOT_WORD.sub(" ", name.casefold()).split())


def first_ordinal(section_ids: Iterable[int], ordinals: Mapping[int, int]) -> int:
    """The document position of the earliest known section (UNPLACED if none)."""
    known = [ordinals[s] for s in section_ids if s in ordinals]
    return min(known) if known else UNPLACED


def sort_sections(section_ids: Iterable[int], ordinals: Mapping[int, int]) -> tuple[int, ...]:
    """Known section ids in draft order (unknown ids dropped)."""
    return tuple(sorted((s for s in set(section_ids) if s in ordinals), key=ordinals.__getitem__))


def in_draft_order(
    recommendations: Iterable[tuple[RecommendationRow, int]],
    sections: Sequence[SectionRow],
) -> tuple[RecommendationRow, ...]:
    """Recommendations (each with a tie-breaker, e.g. its start offset) in draft order:
    by the first section they concern, then response number, then the tie-breaker."""
    ordinals = {s.id: s.ordinal for s in sections}
    keyed = []
    for i, (r, tie) in enumerate(recommendations):
        ids = r.section_ids
        first = ordinals.get(ids[0], UNPLACED) if len(ids) == 1 else first_ordinal(ids, ordinals)
        keyed.append((first, r.response_number, tie, i, r))  # i is unique: r is never compared
    keyed.sort()
    return tuple(item[4] for item in keyed)
