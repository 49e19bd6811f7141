"""Where each recommendation and answer goes in the høringsnotat (pure; no Word).

The notat's parts come in this order: general remarks (recommendations without a section),
then one part per draft section in draft order. A recommendation appears under every section
it concerns: in full the first time, as a reference after that. Recommendations that share
one answer are grouped under it; the answer is printed in full where it first appears and
names every response it answers; later it is a reference too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.export.model import ExportData, RecommendationRow, SectionRow

GENERAL: None = None  # the key of the general remarks
CHANGE_OUTCOMES = (Outcome.YES, Outcome.PARTLY)
Place = int | None  # a section id, or GENERAL


@dataclass
class Plan:
    """Indices into ``data.recommendations``, placed."""

    sections: tuple[SectionRow, ...]  # in draft order
    groups: dict[Place, list[list[int]]] = field(default_factory=dict)  # place → answer groups
    first_place: list[Place] = field(default_factory=list)  # per recommendation
    comment_place: dict[int, Place] = field(default_factory=dict)  # where an answer is printed
    comment_numbers: dict[int, set[int]] = field(default_factory=dict)  # responses it answers
    with_remarks: set[int] = field(default_factory=set)  # sections with remarks in their subtree

    def order(self) -> Iterator[Place]:
        """Places in the document's order: general remarks first, then the sections."""
        yield GENERAL
        for s in self.sections:
            yield s.id


def _places(rec: RecommendationRow, ordinals: dict[int, int]) -> list[Place]:
    known = [i for i in rec.section_ids if i in ordinals]
    if len(known) > 1:
        known = sorted(set(known), key=ordinals.__getitem__)
    return list(known) if known else [GENERAL]


def plan(data: ExportData) -> Plan:
    sections = tuple(sorted(data.sections, key=lambda s: s.ordinal))
    ordinals = {s.id: s.ordinal for s in sections}
    result = Plan(sections)
    by_place: dict[Place, list[int]] = {}
    for i, rec in enumerate(data.recommendations):
        places = _places(rec, ordinals)
        result.first_place.append(places[0])
        for place in places:
            by_place.setdefault(place, []).append(i)
        if rec.comment_id is not None:
            result.comment_numbers.setdefault(rec.comment_id, set()).add(rec.response_number)
    recs = data.recommendations
    for place in result.order():
        groups: list[list[int]] = []
        by_comment: dict[int, list[int]] = {}
        for i in by_place.get(place, ()):
            cid = recs[i].comment_id
            if cid is None:
                groups.append([i])
            elif cid in by_comment:
                by_comment[cid].append(i)
            else:
                by_comment[cid] = [i]
                groups.append(by_comment[cid])
                result.comment_place.setdefault(cid, place)
        if groups:
            result.groups[place] = groups
    result.with_remarks = _subtree_has(sections, result.groups)
    return result


def _subtree_has(
    sections: tuple[SectionRow, ...], groups: dict[Place, list[list[int]]]
) -> set[int]:
    """Ids of sections that have remarks themselves or in a subsection."""
    has: set[int] = set()
    stack: list[tuple[int, bool]] = []  # (depth, has) of the sections below, scanning backwards
    for s in reversed(sections):
        below = False
        while stack and stack[-1][0] > s.depth:
            _, child_has = stack.pop()
            below = below or child_has
        mine = below or bool(groups.get(s.id))
        if mine:
            has.add(s.id)
        stack.append((s.depth, mine))
    return has


def changes(data: ExportData, p: Plan) -> list[tuple[Place, list[int]]]:
    """Per place (document order), the answers there that change the draft: for each, the
    index of its first recommendation at that place."""
    out: list[tuple[Place, list[int]]] = []
    recs = data.recommendations
    for place in p.order():
        found = [
            group[0]
            for group in p.groups.get(place, ())
            if recs[group[0]].comment_id is not None and recs[group[0]].outcome in CHANGE_OUTCOMES
        ]
        if found:
            out.append((place, found))
    return out
