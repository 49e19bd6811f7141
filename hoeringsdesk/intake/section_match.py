"""Map a template row label to the draft sections it is about (fuzzy, accent-aware)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

THRESHOLD = 0.85  # difflib ratio for a fuzzy match (small typos, missing quotes)
CONTAINED = 0.9  # score when the section heading appears whole inside the label
MAX_LABEL = 500  # longer labels are cut (difflib is quadratic in the length)


@dataclass(frozen=True)
class SectionRef:
    """What the matcher needs to know about one draft section."""

    id: int
    label: str  # short label ("Princip E", "3.2"); may be ""
    heading: str  # the heading text ("Beskæftigelsesområdet")
    parent_id: int | None
    depth: int
    body: str = ""  # the section's text (suggestions match words against it)


_FORSLAG = re.compile(
    r"^forslag til aendring(?:er)?\b\s*(?:(?:i|til|af|om|under|vedr|vedroerende)\b\s*)?"
    r"(?:(?:afsnittet|afsnit|kapitlet|kapitel)\b\s*(?:om\b\s*)?)?(.*)$"
)
_NO_SECTION = ("afsender", "generelle bemaerkning", "generel bemaerkning")
_SPLIT_NAMES = re.compile(r",|;|/|&|\bog\b|\bsamt\b|\bsamt\b")
_IDENT = re.compile(r"\b(?:\d+|[a-z])\b")


def fold(text: str) -> str:
    """Comparison key: case-folded, æ/ø/å spelled ae/oe/aa, accents and punctuation removed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    text = re.sub(r"[^\w\s]|_", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _target(folded: str) -> str:
    match = _FORSLAG.match(folded)
    return match.group(1).strip() if match else folded


def _score(target: str, candidate: str) -> float:
    if not target or not candidate:
        return 0.0
    if target == candidate:
        return 1.0
    if set(_IDENT.findall(target)) != set(_IDENT.findall(candidate)):
        return 0.0  # "Pejlemærke 3" is not "Pejlemærke 2", "Princip E" is not "Princip F"
    if len(candidate) >= 4 and re.search(rf"\b{re.escape(candidate)}\b", target):
        return CONTAINED
    return SequenceMatcher(None, target, candidate, autojunk=False).ratio()


def _best(target: str, sections: Sequence[SectionRef]) -> list[int]:
    if not target:
        return []
    scored: list[tuple[float, int]] = []
    for section in sections:
        keys = [k for k in (fold(section.heading), fold(section.label)) if k]
        score = max((_score(target, k) for k in keys), default=0.0)
        scored.append((score, section.id))
    best = max((s for s, _ in scored), default=0.0)
    if best < THRESHOLD:
        return []
    return [sid for s, sid in scored if s >= best - 1e-9]


def match_label(label: str, sections: Sequence[SectionRef]) -> list[int]:
    """Ids of the sections a template row label points at, in the order of ``sections``.

    "Forslag til ændringer i "Beskæftigelsesområdet"" → the section headed
    "Beskæftigelsesområdet"; "… indledende afsnit (forord, indledning og pejlemærker og
    principper)" → every section named in the parenthesis; "Afsender" and "Generelle
    bemærkninger" → []; no match → [].
    """
    label = (label or "")[:MAX_LABEL]
    folded = fold(label)
    if not folded or folded.startswith(_NO_SECTION):
        return []
    found: set[int] = set()
    paren = re.search(r"\(([^)]*)\)", label or "")
    if paren:
        inside = fold(paren.group(1))
        whole = _best(inside, sections)
        if whole:
            found.update(whole)
        else:
            for name in _SPLIT_NAMES.split(inside):
                found.update(_best(name.strip(), sections))
        outside = fold((label or "")[: paren.start()] + " " + (label or "")[paren.end() :])
        found.update(_best(_target(outside), sections))
    else:
        found.update(_best(_target(folded), sections))
    return [s.id for s in sections if s.id in found]
